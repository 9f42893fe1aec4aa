//! Word tables of English news prose.
//!
//! Sources: the reporting verbs of news style guides (AP Stylebook, BBC
//! News style guide) and of Levin's "English Verb Classes and Alternations"
//! (1993), §37.7 "say" verbs; stance verbs from the same book's classes of
//! verbs of wanting (§32), of social interaction (§36) and of judgement
//! (§33), grouped by the stance they state; titles, organisation words and
//! abbreviations from the style guides above. Countries, organisations and
//! public figures live in `data/`, read by [`crate::gazetteer`].

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use crate::Stance;

/// A list of words packed in one string of bytes, grouped by length: per
/// length, the length and how many words have it, then their bytes. In
/// the Wasm bundle a list of `&str` costs eight bytes of pointer and
/// length a word, which compress far worse than the words themselves; the
/// groups let a search look at words of the right length only. Lists
/// searched per token are `Words` too: a `match` on `&str` is a call per
/// word in the size-tuned build, and a `match` on bytes a decision tree
/// that costs the bundle more.
#[derive(Clone, Copy)]
pub struct Words(pub(crate) &'static [u8]);

impl Words {
    pub fn iter(self) -> WordsIter {
        WordsIter {
            list: self.0,
            at: 0,
            len: 0,
            left: 0,
        }
    }
    pub fn contains(self, word: &str) -> bool {
        find_packed(self.0, word.as_bytes(), false, false).is_some()
    }
    /// Does the list (of words in lower case) hold `word` in any ASCII case?
    pub fn contains_any_case(self, word: &str) -> bool {
        self.contains_bytes_any_case(word.as_bytes())
    }
    /// As [`Words::contains_any_case`], for a word's bytes: a token's
    /// bytes need no check that they fall on character boundaries.
    pub fn contains_bytes_any_case(self, word: &[u8]) -> bool {
        find_packed(self.0, word, false, true).is_some()
    }
}

impl IntoIterator for Words {
    type Item = &'static str;
    type IntoIter = WordsIter;
    fn into_iter(self) -> WordsIter {
        self.iter()
    }
}

/// Groups of words, each standing for a value (`table!`): packed as
/// [`Words`] are, with each word's group before its bytes.
pub struct WordTable<T: 'static> {
    pub(crate) words: &'static [u8],
    pub(crate) values: &'static [T],
}

impl<T: Copy> WordTable<T> {
    /// The value of the group that holds `word`.
    pub fn get(&self, word: &str) -> Option<T> {
        let group = find_packed(self.words, word.as_bytes(), true, false)?;
        self.values.get(group).copied()
    }
}

/// Where `word` is in a packed list: for a table, its group; for a list,
/// 0. With `fold_case`, the list's words are in lower case and `word`'s
/// ASCII letters match in either case.
// Inlined natively, where every list gets a search of its own; the
// size-tuned Wasm keeps one.
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
fn find_packed(list: &[u8], word: &[u8], table: bool, fold_case: bool) -> Option<usize> {
    let stride = word.len() + usize::from(table);
    let mut at = 0;
    while at + 1 < list.len() {
        let (len, count) = (list[at] as usize, list[at + 1] as usize);
        let words = at + 2;
        at = words + count * (len + usize::from(table));
        // The groups come shortest first.
        if len < word.len() {
            continue;
        }
        if len > word.len() {
            return None;
        }
        // The group's words are sorted (`packed`): halve them.
        let (mut low, mut high) = (0, count);
        while low < high {
            let middle = (low + high) / 2;
            let entry = words + middle * stride;
            let listed = list.get(entry + usize::from(table)..entry + stride)?;
            // Index loops: the size-tuned build calls iterator adapters.
            let folded = |b: u8| if fold_case { b.to_ascii_lowercase() } else { b };
            let mut k = 0;
            while k < word.len() && listed[k] == folded(word[k]) {
                k += 1;
            }
            if k == word.len() {
                return Some(if table { list[entry] as usize } else { 0 });
            }
            if listed[k] < folded(word[k]) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return None;
    }
    None
}

/// The words of a [`Words`] list, shortest first.
pub struct WordsIter {
    list: &'static [u8],
    at: usize,
    len: usize,
    left: usize,
}

impl Iterator for WordsIter {
    type Item = &'static str;
    fn next(&mut self) -> Option<&'static str> {
        while self.left == 0 {
            let [len, count] = *self.list.get(self.at..self.at + 2)? else {
                return None;
            };
            (self.len, self.left, self.at) = (len as usize, count as usize, self.at + 2);
        }
        let word = self.list.get(self.at..self.at + self.len)?;
        (self.at, self.left) = (self.at + self.len, self.left - 1);
        // Cut from a `&str` at its separators: always UTF-8.
        Some(std::str::from_utf8(word).unwrap_or_default())
    }
}

/// How many bytes `list` takes packed ([`packed`]).
pub const fn packed_len(list: &str, table: bool) -> usize {
    let bytes = list.as_bytes();
    let mut seen = [false; 256];
    let (mut start, mut i, mut size) = (0, 0, 0);
    while i < bytes.len() {
        match bytes[i] {
            b'|' => {
                let len = i - start;
                assert!(0 < len && len < 256, "a listed word has 1 to 255 bytes");
                if !seen[len] {
                    seen[len] = true;
                    size += 2;
                }
                size += len + table as usize;
                start = i + 1;
            }
            b'\n' => start = i + 1,
            _ => {}
        }
        i += 1;
    }
    size
}

/// `list` packed by length, as [`Words`] and [`WordTable`] keep it; what
/// `words!` and `table!` build at compile time. `list` is each word with a
/// `|` after it, and for a table each group with a line break after it.
pub const fn packed<const N: usize>(list: &str, table: bool) -> [u8; N] {
    let bytes = list.as_bytes();
    let mut out = [0u8; N];
    let (mut at, mut len) = (0, 1);
    while at < N {
        let (mut start, mut i, mut count) = (0, 0, 0);
        while i < bytes.len() {
            match bytes[i] {
                b'|' => {
                    count += (i - start == len) as usize;
                    start = i + 1;
                }
                b'\n' => start = i + 1,
                _ => {}
            }
            i += 1;
        }
        if count > 0 {
            assert!(count < 256, "a list has under 256 words of one length");
            (out[at], out[at + 1], at) = (len as u8, count as u8, at + 2);
            let group_start = at;
            let (mut start, mut i, mut group) = (0, 0, 0);
            while i < bytes.len() {
                match bytes[i] {
                    b'|' => {
                        if i - start == len {
                            if table {
                                assert!(group < 256, "a table has under 256 groups");
                                (out[at], at) = (group as u8, at + 1);
                            }
                            let mut k = 0;
                            while k < len {
                                out[at + k] = bytes[start + k];
                                k += 1;
                            }
                            at += len;
                        }
                        start = i + 1;
                    }
                    b'\n' => {
                        group += 1;
                        start = i + 1;
                    }
                    _ => {}
                }
                i += 1;
            }
            sort_entries(&mut out, group_start, at, len, table as usize);
        }
        len += 1;
    }
    out
}

/// Sorts the entries of one length group by their bytes (an entry is a
/// table's group byte, `skip`, then `len` bytes), so that a search can
/// halve them; a word listed twice is a mistake in the list.
const fn sort_entries<const N: usize>(
    out: &mut [u8; N],
    start: usize,
    end: usize,
    len: usize,
    skip: usize,
) {
    let stride = skip + len;
    let mut sorted = start + stride;
    while sorted < end {
        let mut at = sorted;
        while at > start {
            let (a, b) = (at - stride, at);
            let mut k = 0;
            while k < len && out[a + skip + k] == out[b + skip + k] {
                k += 1;
            }
            assert!(k < len, "a word is listed once");
            if out[a + skip + k] < out[b + skip + k] {
                break;
            }
            let mut j = 0;
            while j < stride {
                (out[a + j], out[b + j]) = (out[b + j], out[a + j]);
                j += 1;
            }
            at = a;
        }
        sorted += stride;
    }
}

macro_rules! words {
    ($($word:literal),* $(,)?) => {{
        const LIST: &str = concat!($($word, "|"),*);
        const PACKED: &[u8] =
            &$crate::lexicon::packed::<{ $crate::lexicon::packed_len(LIST, false) }>(LIST, false);
        const WORDS: $crate::lexicon::Words = $crate::lexicon::Words(PACKED);
        WORDS
    }};
}

/// `table![T; value => ["word", …], …]`: a [`WordTable`] built at compile time.
macro_rules! table {
    ($t:ty; $($value:expr => [$($word:literal),* $(,)?]),* $(,)?) => {{
        const LIST: &str = concat!($($($word, "|",)* "\n",)*);
        const PACKED: &[u8] =
            &$crate::lexicon::packed::<{ $crate::lexicon::packed_len(LIST, true) }>(LIST, true);
        const TABLE: $crate::lexicon::WordTable<$t> =
            $crate::lexicon::WordTable { words: PACKED, values: &[$($value),*] };
        TABLE
    }};
}
pub(crate) use table;
pub(crate) use words;

/// Does a word end with a full stop without ending the sentence ("Mr.")?
pub fn is_abbreviation(word: &str) -> bool {
    const ABBREVIATIONS: Words = words![
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Col", "Lt", "Sgt", "Capt", "Maj", "Cmdr", "Adm",
        "Sen", "Rep", "Gov", "Pres", "Rev", "Hon", "St", "Jr", "Sr", "vs", "etc", "Inc", "Ltd",
        "Co", "Corp", "No", "Nos", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
        "Oct", "Nov", "Dec", "Mt", "approx", "e.g", "i.e",
    ];
    ABBREVIATIONS.contains(word)
}

/// Does a word, after an initialism with a full stop, show a new sentence?
pub fn is_sentence_opener(word: &str) -> bool {
    const SENTENCE_OPENERS: Words = words![
        "The",
        "A",
        "An",
        "He",
        "She",
        "It",
        "They",
        "We",
        "I",
        "In",
        "But",
        "And",
        "This",
        "That",
        "On",
        "At",
        "His",
        "Her",
        "Their",
        "Its",
        "However",
        "There",
        "Meanwhile",
    ];
    SENTENCE_OPENERS.contains(word)
}

/// Verbs that report speech: "said", "told", "added", "wrote".
const SPEECH_VERBS: Words = words![
    "say",
    "said",
    "tell",
    "told",
    "add",
    "note",
    "insist",
    "warn",
    "argue",
    "stress",
    "declare",
    "explain",
    "ask",
    "reply",
    "state",
    "claim",
    "write",
    "wrote",
    "written",
    "tweet",
    "post",
    "announce",
    "comment",
    "observe",
    "remark",
    "acknowledge",
    "admit",
    "confirm",
    "emphasise",
    "emphasize",
    "conclude",
    "respond",
    "recall",
    "suggest",
    "concede",
    "continue",
    "quip",
    "mention",
    "assert",
    "maintain",
    "report",
    "reiterate",
    "predict",
    "vow",
    "pledge",
    "promise",
    "urge",
    "call",
    "describe",
    "boast",
    "complain",
    "contend",
];

/// Modal and future auxiliaries: "will", "would", "must".
const MODALS: Words = words![
    "will",
    "would",
    "shall",
    "should",
    "must",
    "may",
    "might",
    "can",
    "could",
    "'ll",
    "’ll",
    "cannot",
    "can't",
    "can’t",
    "won't",
    "won’t",
    "wouldn't",
    "wouldn’t",
    "couldn't",
    "couldn’t",
];

/// Other words that may stand between a subject and its verb: "has", "not",
/// "still", "reportedly".
const AUXILIARIES: Words = words![
    "has",
    "have",
    "had",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "do",
    "does",
    "did",
    "am",
    "to",
    "not",
    "never",
    "no",
    "longer",
    "also",
    "still",
    "now",
    "already",
    "further",
    "reportedly",
    "repeatedly",
    "long",
    "consistently",
    "previously",
    "recently",
    "since",
    "unanimously",
    "flatly",
    "openly",
    "categorically",
    "vehemently",
    "initially",
    "ultimately",
    "reluctantly",
    "tentatively",
    "again",
    "then",
    "first",
    "later",
    "once",
    "just",
    "finally",
    "formally",
    "officially",
    "publicly",
    "firmly",
    "strongly",
    "immediately",
    "quickly",
    "swiftly",
    "apparently",
    "effectively",
    "only",
    "even",
    "going",
    "appears",
    "appeared",
    "seems",
    "seemed",
    "remains",
    "remained",
    "won't",
    "wouldn't",
    "can't",
    "cannot",
    "didn't",
    "doesn't",
    "don't",
    "isn't",
    "hasn't",
    "haven't",
    "won’t",
    "wouldn’t",
    "can’t",
    "didn’t",
    "doesn’t",
    "don’t",
    "isn’t",
    "hasn’t",
    "haven’t",
];

/// Words of a title before or after a name besides the role nouns below:
/// "US Secretary of State Marco Rubio", "Stephanie Pope, president and
/// chief executive of …".
const TITLE_WORDS: Words = words![
    "rep",
    "gov",
    "prince",
    "gen",
    "colonel",
    "spokesmen",
    "judge",
    "deputy",
    "vice",
    "congressman",
    "congresswoman",
    "chairperson",
    "lieutenant",
    "marshal",
    "admiral",
    "commodore",
    "brigadier",
    "captain",
    "coast",
    "navy",
    "attorney",
    "spokesperson's",
    "emir",
    "sheikh",
    "foreign",
    "defence",
    "defense",
    "health",
    "finance",
    "interior",
    "trade",
    "economy",
    "energy",
    "justice",
    "agriculture",
    "food",
    "transport",
    "education",
    "environment",
    "commerce",
    "fisheries",
    "tourism",
    "culture",
    "housing",
    "prime",
    "state",
    "affairs",
    "treasury",
    "national",
    "security",
    "senior",
    "top",
    "current",
    "former",
    "acting",
    "managing",
    "regional",
    "military",
    "army",
    "party",
    "opposition",
];

/// Role nouns that make a title on their own (the head of a title phrase).
/// Each is a title word too.
const ROLE_NOUNS: Words = words![
    "president",
    "minister",
    "secretary",
    "senator",
    "sen",
    "representative",
    "governor",
    "mayor",
    "chancellor",
    "king",
    "queen",
    "ambassador",
    "envoy",
    "general",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "chief",
    "director",
    "director-general",
    "ceo",
    "chairman",
    "chairwoman",
    "chair",
    "commissioner",
    "premier",
    "leader",
    "head",
    "executive",
    "negotiator",
    "adviser",
    "advisor",
    "official",
    "lawmaker",
    "commander",
    "founder",
    "prosecutor",
    "diplomat",
    "cfo",
    "coo",
    "mp",
    "mep",
    "officer",
    "speaker",
    "candidate",
    "nominee",
    "counterpart",
];

/// The last word of an organisation's proper name: "… Workers Union",
/// "Thomson Corporation", "Tigray Defence Forces". Case matters.
const ORGANISATION_WORDS: Words = words![
    "Union",
    "Association",
    "Party",
    "Ministry",
    "Department",
    "Group",
    "Forces",
    "Force",
    "Army",
    "Council",
    "Commission",
    "Committee",
    "Bureau",
    "Agency",
    "Authority",
    "Bank",
    "Fund",
    "Federation",
    "Front",
    "Movement",
    "Organisation",
    "Organization",
    "Institute",
    "College",
    "Nation",
    "Campaign",
    "Confederation",
    "Chamber",
    "Forum",
    "Center",
    "Centre",
    "Foundation",
    "Court",
    "Industries",
    "Technologies",
    "League",
    "Alliance",
    "Coalition",
    "Congress",
    "Parliament",
    "Assembly",
    "Senate",
    "Office",
    "Service",
    "Police",
    "Guard",
    "Brigade",
    "Brigades",
    "Militia",
    "Board",
    "Workers",
    "Tribunal",
    "Cabinet",
    "Government",
    "Administration",
    "Reserve",
    "Exchange",
    "Trust",
    "Society",
    "Network",
    "Systems",
    "Club",
    "Mission",
    "Directorate",
];

/// The last word of a company's name: "Thomson Corporation", "Meridian
/// Terminals". Each is an organisation word too. Case matters.
const COMPANY_WORDS: Words = words![
    "Corporation",
    "Corp",
    "Company",
    "Co",
    "Inc",
    "Ltd",
    "Plc",
    "PLC",
    "LLC",
    "Airlines",
    "Airways",
    "Holdings",
    "Airplanes",
    "Motors",
    "Terminals",
    "Energy",
    "Energi",
    "Petroleum",
    "Mining",
    "Resources",
    "Pharmaceuticals",
    "Logistics",
    "Shipping",
    "Steel",
    "Chemicals",
    "Telecom",
    "Communications",
    "Semiconductor",
    "Electronics",
    "Insurance",
    "Securities",
    "Capital",
    "Partners",
    "Ventures",
    "Foods",
    "Brands",
    "Mines",
    "Minerals",
    "Metals",
    "Refining",
    "Therapeutics",
    "Biosciences",
    "Biotech",
    "Pharma",
    "Labs",
    "Software",
    "Solutions",
    "Automotive",
    "Aerospace",
    "Railways",
    "Studios",
    "Enterprises",
    "Textiles",
    "Cement",
];

/// Nouns for a firm that present the proper name after them as a company:
/// "aerospace business Boeing", "chip designer Lumera". A country before
/// them only says where the firm is from (see `PRIVATE_HEADS`).
const FIRM_DESCRIPTORS: Words = words![
    "company",
    "firm",
    "giant",
    "business",
    "group",
    "carrier",
    "airline",
    "maker",
    "manufacturer",
    "producer",
    "lender",
    "bank",
    "insurer",
    "retailer",
    "broadcaster",
    "publisher",
    "conglomerate",
    "rival",
    "startup",
    "start-up",
    "operator",
    "supplier",
    "developer",
    "chipmaker",
    "automaker",
    "carmaker",
    "planemaker",
    "miner",
    "distributor",
    "exporter",
    "brand",
    "subsidiary",
    "designer",
    "provider",
    "refiner",
    "shipper",
    "trader",
    "drugmaker",
    "chain",
];

/// Other nouns that present the proper name after them as an organisation:
/// "news agency Reuters", "the regulator Ofcom".
const ORGANISATION_DESCRIPTORS: Words = words![
    "agency",
    "union",
    "regulator",
    "watchdog",
    "charity",
    "outlet",
    "platform",
    "network",
    "organisation",
    "organization",
    "militia",
    "movement",
    "owner",
    "parent",
    "bloc",
    "coalition",
    "party",
    "utility",
];

/// Nouns for a state's own organs: "the federal government", "government
/// troops". They stand for the country the story is set in.
const STATE_ORGANS: Words = words![
    "government",
    "administration",
    "army",
    "military",
    "troops",
    "authorities",
    "regime",
    "junta",
    "cabinet",
    "treasury",
];

/// Premodifiers that make a state organ explicit: "federal troops".
const STATE_PREMODIFIERS: Words = words!["federal", "national", "central", "government"];

/// Nouns for armed forces after a proper name: "Amhara special forces".
const FORCE_NOUNS: Words = words![
    "forces",
    "fighters",
    "troops",
    "militia",
    "militias",
    "rebels",
    "rebel",
    "insurgents",
    "soldiers",
    "army",
];

/// Words that make a common phrase of "forces" and name no group of their
/// own: "Security forces", "Border forces", capitalised only as the
/// sentence's first word. (Words such as "Police" name bodies and are
/// organisation words.)
const GENERIC_FORCE_MODIFIERS: &[&str] = &[
    "Security",
    "Opposition",
    "Allied",
    "Armed",
    "Foreign",
    "Border",
    "Rebel",
    "Special",
    "Regional",
    "Local",
    "Enemy",
    "Ground",
    "Elite",
    "Federal",
    "State",
    "Paramilitary",
    "Peacekeeping",
    "Western",
];

/// Does `word` before "forces" make a common phrase rather than a name?
pub fn is_generic_force_modifier(word: &str) -> bool {
    GENERIC_FORCE_MODIFIERS.contains(&word)
}

/// Conjunctions that open a clause of what a stance came after or because
/// of: "called for calm after the commission declared …".
const SUBORDINATORS: Words =
    words!["after", "because", "when", "although", "though", "despite", "whereas"];

/// The verb of giving someone time to act: "gave the junta a week to …".
const GIVING: Words = words!["give", "gave", "gives", "giving"];

/// Nouns for private people. A country before them, or before a firm's
/// descriptor, says only where they are from ("US staff", "a Canadian
/// media giant"): the country does not act. Lowercase; plurals are found
/// through their stem.
const PRIVATE_HEADS: Words = words![
    "staff",
    "worker",
    "employee",
    "consumer",
    "customer",
    "shopper",
    "investor",
    "shareholder",
    "farmer",
    "household",
    "passenger",
    "traveller",
    "tourist",
    "student",
    "companies",
    "businesses",
    "importer",
];

/// Capitalised words that are never a party or a person on their own. Case matters.
const COMMON_CAPITALISED_WORDS: Words = words![
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "For",
    "But",
    "And",
    "Or",
    "If",
    "As",
    "It",
    "He",
    "She",
    "They",
    "We",
    "I",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "Here",
    "When",
    "While",
    "After",
    "Before",
    "Since",
    "Also",
    "However",
    "Meanwhile",
    "According",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "So",
    "Otherwise",
    "Then",
    "Our",
    "Their",
    "His",
    "Her",
    "Its",
    "My",
    "Your",
    "To",
    "From",
    "By",
    "With",
    "Of",
    "Yet",
    "Still",
    "Now",
    "Today",
    "Yesterday",
    "Tomorrow",
    "Last",
    "Next",
    "More",
    "Most",
    "Some",
    "Many",
    "All",
    "No",
    "Not",
    "Both",
    "Each",
    "Every",
    "Any",
    "What",
    "Who",
    "Why",
    "How",
    "Where",
    "Which",
    "Read",
    "Related",
    "Advertisement",
    "Click",
    "Photo",
    "Image",
    "Video",
    "Watch",
    "Christmas",
    "Easter",
    "Ramadan",
    "God",
    "Internet",
    "Covid",
    "COVID",
    "Despite",
    "Although",
    "Though",
    "Under",
    "Over",
    "Amid",
    "During",
    "Earlier",
    "Later",
    "Speaking",
    "Asked",
    "Like",
    "Unlike",
    "Even",
    "Just",
    "Only",
    "Such",
    "Because",
    // "Two China Coast Guard ships": a count, not part of a name.
    "One",
    "Two",
    "Three",
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Ten",
    "Several",
    "Dozens",
    "Hundreds",
    "Thousands",
];

/// Words of place that are no name alone but may start one ("Atlantic
/// Terminals Ltd", "Northern Rail"); alone, like the words above, they are
/// never a party.
const NAME_PARTS: Words = words![
    "Atlantic",
    "Pacific",
    "Northwest",
    "Southeast",
    "Northeast",
    "Southwest",
    "North",
    "South",
    "East",
    "West",
    "Western",
    "Eastern",
    "Northern",
    "Southern",
    "Central",
];

/// Months, for dates: "13 April", "May 5". Case matters. Like the
/// words above, a month is never a party or a person on its own.
const MONTHS: Words = words![
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Months as news style abbreviates them: "Jan 5".
const MONTH_ABBREVIATIONS: Words =
    words!["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",];

/// Verbs that state a stance, grouped by the stance they state.
const STANCE_VERBS: &[(Stance, Words)] = &[
    (
        Stance::Support,
        words![
            "support", "back", "endorse", "welcome", "favour", "favor", "praise", "defend", "hail",
            "applaud", "champion", "embrace", "commend", "laud", "stand", "stood", "prefer",
        ],
    ),
    (
        Stance::Oppose,
        words![
            "oppose",
            "disagree",
            "challenge",
            "criticise",
            "criticize",
            "condemn",
            "denounce",
            "deny",
            "dispute",
            "object",
            "resist",
            "protest",
            "boycott",
            "accuse",
            "blame",
            "slam",
            "decry",
            "deplore",
            "regret",
            "lambast",
            "contest",
            "sue",
            "fight",
            "attack",
            "strike",
            "struck",
        ],
    ),
    (
        Stance::Reject,
        words![
            "reject",
            "refuse",
            "rebuff",
            "dismiss",
            "decline",
            "withdraw",
            "withdrew",
            "withdrawn",
            "veto",
            "block",
            "halt",
            "suspend",
            "cancel",
            "scrap",
            "abandon",
            "spurn",
            "bar",
            "ban",
            "prohibit",
            "refute",
            "end",
            "turn",
            "pull",
        ],
    ),
    (
        Stance::Demand,
        words![
            "demand", "insist", "urge", "press", "push", "lobby", "require", "want", "seek",
            "sought", "need", "call", "ask", "appeal", "request",
        ],
    ),
    (
        Stance::Propose,
        words![
            "propose",
            "offer",
            "suggest",
            "table",
            "submit",
            "introduce",
            "unveil",
            "approach",
            "float",
            "invite",
            "put",
        ],
    ),
    (
        Stance::Threaten,
        words!["threaten", "warn", "hint", "menace"],
    ),
    (
        Stance::Act,
        // "opened an inquiry"; only so inflected, as "open" is the
        // adjective of "open to talks".
        words![
            "fine", "freeze", "froze", "frozen", "expel", "summon", "release", "sanction", "vote",
            "opened", "opens", "file", "closed", "closes",
        ],
    ),
    (
        Stance::Agree,
        words![
            "agree", "accept", "approve", "sign", "allow", "ratify", "rule", "secure", "settle",
            "grant", "clear", "endorsed", "respect", "reach",
        ],
    ),
    (
        Stance::Intend,
        words![
            "plan", "intend", "aim", "try", "hope", "expect", "prepare", "vow", "pledge",
            "promise", "commit", "launch", "declare", "consider", "assess", "remain", "work",
            "move", "begin", "began", "begun", "start", "continue", "resume", "liberate", "seize",
            "seized", "impose", "send", "sent", "deploy", "order", "announce", "reserve",
        ],
    ),
];

/// Adjectives of stance after "is", "are", "remains": "ready", "opposed".
const STANCE_ADJECTIVES: &[(Stance, Words)] = &[
    (
        Stance::Oppose,
        words![
            "undeterred",
            "opposed",
            "unwilling",
            "disappointed",
            "dismayed",
            "reluctant",
            "defiant",
            "against"
        ],
    ),
    (
        Stance::Intend,
        words![
            "committed",
            "determined",
            "ready",
            "willing",
            "prepared",
            "keen",
            "eager",
        ],
    ),
    (
        Stance::Support,
        words![
            "pleased",
            "supportive",
            "open",
            "happy",
            "grateful",
            "confident",
        ],
    ),
];

/// First-person pronouns, alone or joined to their auxiliary.
const FIRST_PERSON: Words = words![
    "we", "i", "we're", "we've", "we'll", "we'd", "i'm", "i've", "i'll", "i'd", "we’re", "we’ve",
    "we’ll", "we’d", "i’m", "i’ve", "i’ll", "i’d",
];

/// What the tables say of one word. Computed once per token (see
/// [`crate::Document::lex`]) so that the stages test bits, not strings.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Lex {
    /// The classes below, and from bit [`STANCE_SHIFT`] two stances as
    /// four bits each (0 for none): the four bytes a token's entry takes.
    classes: u32,
}

const SPEECH: u32 = 1;
const MODAL: u32 = 1 << 1;
const AUXILIARY: u32 = 1 << 2;
const TITLE: u32 = 1 << 3;
const ROLE: u32 = 1 << 4;
const ORGANISATION_WORD: u32 = 1 << 5;
const DESCRIPTOR: u32 = 1 << 6;
const STATE_ORGAN: u32 = 1 << 7;
const STATE_PREMODIFIER: u32 = 1 << 8;
const FORCE: u32 = 1 << 9;
const COMMON_CAPITALISED: u32 = 1 << 10;
const MONTH: u32 = 1 << 11;
const NEGATION: u32 = 1 << 12;
const FIRST_PERSON_PRONOUN: u32 = 1 << 13;
/// A word a quantity in words can start with: "two", "half", "dozens", "a".
const NUMBER_START: u32 = 1 << 14;
/// Starts with a capital letter (any script's).
const CAPITALISED: u32 = 1 << 15;
const NAME_PART: u32 = 1 << 16;
/// A built-in name may start with this word.
const NAME_START: u32 = 1 << 17;
/// "company", "union": a noun that may stand for one party of the story.
const GENERIC_REFERENCE: u32 = 1 << 18;
const COMPANY_WORD: u32 = 1 << 19;

/// Where the stance of a stance verb is kept, and then that of an adjective
/// of stance, as [`Stance`]'s index plus one.
const STANCE_SHIFT: u32 = 20;
const ADJECTIVE_STANCE_SHIFT: u32 = 24;
// The classes must stay below the stances.
const _: () = assert!(COMPANY_WORD < 1 << STANCE_SHIFT);
/// Above the stances: a noun for private people or firms ("staff", "firm").
const PRIVATE_HEAD: u32 = 1 << 28;
const _: () = assert!(ADJECTIVE_STANCE_SHIFT + 4 <= 28);
const SUBORDINATOR: u32 = 1 << 29;
const GIVE: u32 = 1 << 30;
/// Every stance in declaration order, so that `STANCES[s as usize] == s`.
const STANCES: [Stance; 10] = [
    Stance::Support,
    Stance::Oppose,
    Stance::Reject,
    Stance::Demand,
    Stance::Propose,
    Stance::Threaten,
    Stance::Agree,
    Stance::Intend,
    Stance::Warn,
    Stance::Act,
];

/// Classes that hold for any inflection of a verb or noun ("warned", "chiefs").
const INFLECTED: u32 = SPEECH | TITLE | ROLE | DESCRIPTOR | PRIVATE_HEAD;

impl Lex {
    const fn has(self, class: u32) -> bool {
        self.classes & class != 0
    }
    fn stance_at(self, shift: u32) -> Option<Stance> {
        let code = (self.classes >> shift) & 0xF;
        code.checked_sub(1).map(|i| STANCES[i as usize])
    }
    fn set_stance_at(&mut self, shift: u32, stance: Option<Stance>) {
        let code = stance.map_or(0, |s| s as u32 + 1);
        self.classes = (self.classes & !(0xF << shift)) | code << shift;
    }
    /// The stance of a stance verb, in any inflection.
    pub fn stance(self) -> Option<Stance> {
        self.stance_at(STANCE_SHIFT)
    }
    /// The stance of an adjective of stance ("ready", "opposed").
    pub fn adjective_stance(self) -> Option<Stance> {
        self.stance_at(ADJECTIVE_STANCE_SHIFT)
    }
    /// "said", "told", "added", in any inflection.
    pub const fn is_speech_verb(self) -> bool {
        self.has(SPEECH)
    }
    /// "will", "would", "must".
    pub const fn is_modal(self) -> bool {
        self.has(MODAL)
    }
    /// A word that may stand between a subject and its verb, modals included.
    pub const fn is_auxiliary(self) -> bool {
        self.has(AUXILIARY | MODAL)
    }
    /// A word that turns a stance around: "not", "never", "won't".
    pub const fn is_negation(self) -> bool {
        self.has(NEGATION)
    }
    pub const fn is_title_word(self) -> bool {
        self.has(TITLE)
    }
    pub const fn is_role_noun(self) -> bool {
        self.has(ROLE)
    }
    pub const fn is_organisation_word(self) -> bool {
        self.has(ORGANISATION_WORD)
    }
    /// A noun for private people or firms, in any inflection ("workers").
    pub const fn is_private_head(self) -> bool {
        self.has(PRIVATE_HEAD)
    }
    /// "after", "because": opens a clause a stance does not reach into.
    pub const fn is_subordinator(self) -> bool {
        self.has(SUBORDINATOR)
    }
    /// "gave", "gives": of giving.
    pub const fn is_giving(self) -> bool {
        self.has(GIVE)
    }
    /// Does the word end a company's name ("Corporation", "Airlines")?
    pub const fn is_company_word(self) -> bool {
        self.has(COMPANY_WORD)
    }
    pub const fn is_organisation_descriptor(self) -> bool {
        self.has(DESCRIPTOR)
    }
    pub const fn is_state_organ(self) -> bool {
        self.has(STATE_ORGAN)
    }
    pub const fn is_state_premodifier(self) -> bool {
        self.has(STATE_PREMODIFIER)
    }
    pub const fn is_force_noun(self) -> bool {
        self.has(FORCE)
    }
    pub const fn is_common_capitalised(self) -> bool {
        self.has(COMMON_CAPITALISED)
    }
    pub const fn is_month(self) -> bool {
        self.has(MONTH)
    }
    /// "Atlantic", "Northern": no name alone, but the start of one.
    pub const fn is_name_part(self) -> bool {
        self.has(NAME_PART)
    }
    /// May a built-in name (a country, a body, a figure) start here?
    pub const fn may_start_name(self) -> bool {
        self.has(NAME_START)
    }
    /// Could the word be one of [`generic_organisation_reference`]'s nouns?
    pub const fn may_be_generic_reference(self) -> bool {
        self.has(GENERIC_REFERENCE)
    }
    /// Does the word start with a capital letter?
    pub const fn is_capitalised(self) -> bool {
        self.has(CAPITALISED)
    }
    /// "we", "I", "we're".
    pub const fn is_first_person(self) -> bool {
        self.has(FIRST_PERSON_PRONOUN)
    }
    /// Could a quantity in words start here? Most words are ruled out by
    /// this one bit, so the numbers stage reads only the rest.
    pub const fn may_start_quantity(self) -> bool {
        self.has(NUMBER_START)
    }
}

/// Every table in one map, built once: lower-case forms for the classes
/// that ignore case, exact forms for those where case matters.
struct Tables {
    lower: FastMap<Lex>,
    exact: FastMap<u32>,
}

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| {
        let mut lower: FastMap<Lex> = FastMap::default();
        let mut exact: FastMap<u32> = FastMap::default();
        let lower_lists: [(Words, u32); 14] = [
            (SPEECH_VERBS, SPEECH),
            (SUBORDINATORS, SUBORDINATOR),
            (GIVING, GIVE),
            (MODALS, MODAL),
            (AUXILIARIES, AUXILIARY),
            (TITLE_WORDS, TITLE),
            (ROLE_NOUNS, ROLE | TITLE),
            (FIRM_DESCRIPTORS, DESCRIPTOR | PRIVATE_HEAD),
            (ORGANISATION_DESCRIPTORS, DESCRIPTOR),
            (STATE_ORGANS, STATE_ORGAN),
            (STATE_PREMODIFIERS, STATE_PREMODIFIER),
            (FORCE_NOUNS, FORCE),
            (FIRST_PERSON, FIRST_PERSON_PRONOUN),
            (PRIVATE_HEADS, PRIVATE_HEAD),
        ];
        for (list, class) in lower_lists {
            for w in list {
                lower.entry(w).or_default().classes |= class;
            }
        }
        for (stance, list) in STANCE_VERBS {
            for w in list.iter() {
                let entry = lower.entry(w).or_default();
                if entry.stance().is_none() {
                    entry.set_stance_at(STANCE_SHIFT, Some(*stance));
                }
            }
        }
        for (stance, list) in STANCE_ADJECTIVES {
            for w in list.iter() {
                let entry = lower.entry(w).or_default();
                entry.set_stance_at(ADJECTIVE_STANCE_SHIFT, Some(*stance));
            }
        }
        for (nouns, _) in GENERIC_REFERENCES {
            for w in *nouns {
                lower.entry(w).or_default().classes |= GENERIC_REFERENCE;
            }
        }
        for w in ["not", "never", "no", "cannot"] {
            lower.entry(w).or_default().classes |= NEGATION;
        }
        let exact_lists: [(Words, u32); 6] = [
            (ORGANISATION_WORDS, ORGANISATION_WORD),
            (COMPANY_WORDS, COMPANY_WORD | ORGANISATION_WORD),
            (COMMON_CAPITALISED_WORDS, COMMON_CAPITALISED),
            (NAME_PARTS, NAME_PART | COMMON_CAPITALISED),
            (MONTHS, MONTH | COMMON_CAPITALISED),
            (MONTH_ABBREVIATIONS, MONTH),
        ];
        for (list, class) in exact_lists {
            for w in list {
                *exact.entry(w).or_default() |= class;
            }
        }
        Tables { lower, exact }
    })
}

/// The longest word the tables are asked about; longer words are in none.
pub const MAX_WORD: usize = 32;

/// What the tables say of `word`, trying the inflections a regular verb or
/// noun takes ("rejected" → "reject", "replies" → "reply"). No allocation.
pub fn lookup(word: &str) -> Lex {
    let tables = tables();
    let mut lex = Lex {
        classes: tables.exact.get(word).copied().unwrap_or(0),
    };
    // "al-Mansouri", "el-Sisi": a name after its article.
    let particle_name = ["al-", "el-", "ad-", "as-", "ash-", "an-"].iter().any(|p| {
        word.strip_prefix(p)
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_uppercase()))
    });
    if word.chars().next().is_some_and(char::is_uppercase) || particle_name {
        lex.classes |= CAPITALISED;
    }
    if crate::gazetteer::Gazetteer::get().may_start_name(word) {
        lex.classes |= NAME_START;
    }
    let mut buffer = [0u8; MAX_WORD];
    let Some(lower) = lowercase(word, &mut buffer) else {
        return lex;
    };
    if lower.ends_with("n't") || lower.ends_with("n’t") {
        lex.classes |= NEGATION;
    }
    if let Some(found) = tables.lower.get(lower) {
        // The word's own classes and stances (it has none of the latter yet).
        lex.classes |= found.classes;
    }
    // The number words are the numbers stage's own tables.
    if crate::numbers::may_start_quantity(lower) {
        lex.classes |= NUMBER_START;
    }
    if !word.is_ascii() {
        return lex;
    }
    for_each_stem(lower, |stem| {
        if let Some(found) = tables.lower.get(stem) {
            lex.classes |= found.classes & INFLECTED;
            if lex.stance().is_none() {
                lex.set_stance_at(STANCE_SHIFT, found.stance());
            }
        }
    });
    lex
}

/// `word` in ASCII lower case, written into `buffer`; `None` when too long.
pub fn lowercase<'b>(word: &str, buffer: &'b mut [u8; MAX_WORD]) -> Option<&'b str> {
    let lower = buffer.get_mut(..word.len())?;
    lower.copy_from_slice(word.as_bytes());
    // Lower-casing ASCII bytes only keeps UTF-8 valid ("won’t").
    lower.make_ascii_lowercase();
    std::str::from_utf8(lower).ok()
}

/// Calls `f` with each base form a regular inflection of `word` may have
/// ("ies" → "y", "ing" → "" or "e", doubled consonants undone, "ed", "es",
/// "s"). Irregular forms are listed in the tables themselves.
fn for_each_stem(word: &str, mut f: impl FnMut(&str)) {
    let mut buffer = [0u8; MAX_WORD + 1];
    let mut with_suffix = |stem: &str, suffix: &str, f: &mut dyn FnMut(&str)| {
        let n = stem.len();
        buffer[..n].copy_from_slice(stem.as_bytes());
        buffer[n..n + suffix.len()].copy_from_slice(suffix.as_bytes());
        if let Ok(s) = std::str::from_utf8(&buffer[..n + suffix.len()]) {
            f(s);
        }
    };
    let undoubled = |stem: &str| -> Option<usize> {
        let b = stem.as_bytes();
        let n = b.len();
        (n >= 2 && b[n - 1] == b[n - 2] && !b"aeious".contains(&b[n - 1])).then(|| n - 1)
    };
    if let Some(stem) = word
        .strip_suffix("ies")
        .or_else(|| word.strip_suffix("ied"))
    {
        with_suffix(stem, "y", &mut f);
    } else if let Some(stem) = word.strip_suffix("ing") {
        f(stem);
        with_suffix(stem, "e", &mut f);
        if let Some(n) = undoubled(stem) {
            f(&stem[..n]);
        }
    } else if let Some(stem) = word.strip_suffix("ed") {
        f(stem);
        f(&word[..word.len() - 1]);
        if let Some(n) = undoubled(stem) {
            f(&stem[..n]);
        }
    } else if let Some(stem) = word.strip_suffix("es") {
        f(stem);
        f(&word[..word.len() - 1]);
    } else if let Some(stem) = word.strip_suffix('s') {
        f(stem);
    }
}

type FastMap<V> = WordMap<'static, V>;

/// A hash map keyed by words, with a fast non-cryptographic hash. A hostile
/// text can at worst make its own words collide, which costs time in
/// proportion to its distinct words, never more.
pub type WordMap<'w, V> = HashMap<&'w str, V, FastHash>;

pub type FastHash = BuildHasherDefault<WordHasher>;

/// FxHash's multiply-rotate over eight bytes at a time.
#[derive(Default)]
pub struct WordHasher(u64);

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut mix = |word: u64| self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(K);
        let words = bytes.chunks_exact(8);
        let rest = words.remainder();
        for word in words {
            mix(u64::from_le_bytes(word.try_into().unwrap_or_default()));
        }
        if !rest.is_empty() {
            // The last bytes, zero-padded, as one word (no copy call).
            mix(rest
                .iter()
                .rev()
                .fold(0u64, |word, &b| word << 8 | u64::from(b)));
        }
    }
    fn write_u8(&mut self, b: u8) {
        self.write(&[b]);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// Personal pronouns that can stand for a speaker, with their gender.
pub fn pronoun_gender(word: &str) -> Option<Gender> {
    // On bytes: a match on `&str` calls its comparison once per arm.
    match word.as_bytes() {
        b"he" | b"He" | b"him" | b"his" | b"His" => Some(Gender::Male),
        b"she" | b"She" | b"her" | b"Her" => Some(Gender::Female),
        _ => None,
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

/// Honorifics before a name, with the gender they show.
pub fn honorific(word: &str) -> Option<Option<Gender>> {
    match word.trim_end_matches('.') {
        "Mr" | "Sir" | "Lord" | "King" | "Prince" | "Sheikh" | "Emir" => Some(Some(Gender::Male)),
        "Mrs" | "Ms" | "Miss" | "Dame" | "Lady" | "Queen" | "Princess" => {
            Some(Some(Gender::Female))
        }
        "Dr" | "Prof" => Some(None),
        _ => None,
    }
}

/// Words that open a noun phrase: before a verb they make it a noun ("the
/// offer"), and no premodifier comes before them.
pub const DETERMINERS: Words =
    words!["the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "any",];

/// Generic references to an organisation the story has named ("the
/// union", "the company"), each with the name words of the organisations
/// it can stand for.
const GENERIC_REFERENCES: &[(&[&str], &[&str])] = &[
    (
        &[
            "company",
            "firm",
            "employer",
            "carrier",
            "airline",
            "manufacturer",
            "group",
            "carmaker",
            "automaker",
            "planemaker",
            "chipmaker",
            "drugmaker",
            "retailer",
            "insurer",
            "miner",
            "operator",
        ],
        &[
            "company",
            "Corporation",
            "Corp",
            "Company",
            "Inc",
            "Ltd",
            "Group",
            "Airlines",
            "Airplanes",
        ],
    ),
    (&["union"], &["Union", "Workers", "union"]),
    // "the state", "the province": the story's region ("state" marks the
    // kind: no name has the word so).
    (&["state", "province"], &["state"]),
    // An armed group's own name seldom calls it rebels: "Defence Forces".
    (
        &["rebels", "rebel", "insurgents", "militants", "militia"],
        &["Forces", "Front", "Movement", "Army"],
    ),
    (&["ministry"], &["Ministry"]),
    (&["embassy"], &["Embassy"]),
    (&["office"], &["Office"]),
    (&["association"], &["Association"]),
    (&["federation"], &["Federation"]),
    (&["council"], &["Council"]),
    (&["committee"], &["Committee"]),
    (&["agency"], &["Agency", "Administration"]),
    (&["authority"], &["Authority"]),
    // "the regulator", "the watchdog": the story's one public body that rules.
    (
        &["regulator", "watchdog"],
        &[
            "Agency",
            "Authority",
            "Administration",
            "Commission",
            "Directorate",
            "Regulator",
        ],
    ),
    (&["commission"], &["Commission"]),
    (&["department"], &["Department"]),
    (&["party"], &["Party"]),
    // "the lender": a bank, the fund, or a company (see `only_parties_called`).
    (&["lender"], &["Bank", "Fund"]),
    (&["bank"], &["Bank"]),
    (&["fund"], &["Fund"]),
    // "the bloc", "the alliance", and "the group" in a story with no company.
    (
        &["bloc", "alliance", "cartel"],
        &[
            "Union",
            "League",
            "Community",
            "Alliance",
            "NATO",
            "OPEC",
            "OPEC+",
            "ASEAN",
            "BRICS",
            "ECOWAS",
            "SADC",
            "Mercosur",
            "CARICOM",
        ],
    ),
];

/// The kind of generic reference "the group" is when no company fits it.
pub const BLOC_REFERENCE: usize = GENERIC_REFERENCES.len() - 1;

/// The kind of generic reference "the rebels" is, which "the group" is
/// too in a story with an armed group and no company.
pub const ARMED_REFERENCE: usize = 3;

/// How many kinds of generic reference there are.
pub const GENERIC_REFERENCE_KINDS: usize = GENERIC_REFERENCES.len();

/// Which generic reference `word` is, if any: an index below
/// [`GENERIC_REFERENCE_KINDS`].
pub fn generic_organisation_reference(word: &str) -> Option<usize> {
    let mut buffer = [0u8; MAX_WORD];
    let lower = lowercase(word, &mut buffer)?;
    GENERIC_REFERENCES
        .iter()
        .position(|(nouns, _)| nouns.contains(&lower))
}

/// Can generic reference `kind` stand for a company: "the firm", "the lender"?
pub fn generic_reference_is_corporate(kind: usize) -> bool {
    let names = GENERIC_REFERENCES[kind].1;
    names.contains(&"company") || names.contains(&"Bank")
}

/// The name words of the organisations generic reference `kind` can stand for.
pub fn generic_reference_names(kind: usize) -> &'static [&'static str] {
    GENERIC_REFERENCES[kind].1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_packed_list_holds_its_words_and_no_other() {
        const LIST: Words = words!["of", "the", "a", "€", "kilometres", "km/h", "an"];
        let mut all: Vec<&str> = LIST.iter().collect();
        assert!(all.windows(2).all(|w| w[0].len() <= w[1].len()), "{all:?}");
        all.sort_unstable();
        assert_eq!(all, ["a", "an", "kilometres", "km/h", "of", "the", "€"]);
        assert!(all.iter().all(|w| LIST.contains(w)));
        for missing in ["", "o", "th", "thee", "The", "kilometre", "km", "€€", "|"] {
            assert!(!LIST.contains(missing), "{missing:?}");
        }
        assert!(LIST.contains_any_case("The") && LIST.contains_any_case("KM/H"));
        assert!(!LIST.contains_any_case("Thee") && !LIST.contains_any_case("€€"));
        assert_eq!(words![].iter().count(), 0);
        assert!(!words![].contains("a"));
    }

    #[test]
    fn the_armed_and_bloc_references_are_the_rebels_and_the_bloc() {
        assert!(GENERIC_REFERENCES[ARMED_REFERENCE].0.contains(&"rebels"));
        assert!(GENERIC_REFERENCES[BLOC_REFERENCE].0.contains(&"bloc"));
    }

    #[test]
    fn a_packed_table_gives_each_word_its_group() {
        const TABLE: WordTable<&str> = table![&str;
            "km" => ["km", "kilometre"],
            "€" => ["€", "euro", "EUR"],
            "one" => ["a"],
        ];
        for (word, value) in [
            ("km", "km"),
            ("kilometre", "km"),
            ("€", "€"),
            ("euro", "€"),
            ("EUR", "€"),
            ("a", "one"),
        ] {
            assert_eq!(TABLE.get(word), Some(value), "{word:?}");
        }
        for missing in ["", "k", "eur", "kilometres", "b"] {
            assert_eq!(TABLE.get(missing), None, "{missing:?}");
        }
    }

    #[test]
    fn a_search_halves_a_long_group_of_one_length() {
        // Listed out of order on purpose: the build sorts each length group.
        const LIST: Words = words![
            "wolf", "bear", "lynx", "hare", "deer", "boar", "mole", "vole", "newt", "toad", "frog",
            "crow", "wren", "kite", "hawk", "dove", "swan", "duck", "gull", "tern", "orca", "seal",
            "crab", "clam", "moth", "wasp", "gnat", "flea", "mink", "ibex",
        ];
        let all: Vec<&str> = LIST.iter().collect();
        assert!(all.windows(2).all(|w| w[0] < w[1]), "{all:?}");
        for word in &all {
            assert!(LIST.contains(word), "{word:?}");
            assert!(LIST.contains_any_case(&word.to_uppercase()), "{word:?}");
        }
        for missing in [
            "aard", "bea", "bearr", "dovf", "zzzz", "wolg", "Wolf", "ibey", "Ωolf",
        ] {
            assert!(!LIST.contains(missing), "{missing:?}");
        }
        const TABLE: WordTable<u8> = table![u8;
            1 => ["tonne", "gramo", "ounce"],
            2 => ["litre", "pints", "gills"],
            3 => ["metre", "yards", "miles", "inchs"],
        ];
        for (word, value) in [
            ("gills", 2),
            ("gramo", 1),
            ("inchs", 3),
            ("yards", 3),
            ("tonne", 1),
        ] {
            assert_eq!(TABLE.get(word), Some(value), "{word:?}");
        }
        for missing in ["gill", "gramp", "aaaaa", "zzzzz", "metres"] {
            assert_eq!(TABLE.get(missing), None, "{missing:?}");
        }
    }

    #[test]
    fn each_stance_is_kept_in_its_four_bits() {
        for (i, &stance) in STANCES.iter().enumerate() {
            assert_eq!(stance as usize, i);
            let mut lex = lookup("NATO");
            let classes = lex.classes;
            lex.set_stance_at(STANCE_SHIFT, Some(stance));
            lex.set_stance_at(ADJECTIVE_STANCE_SHIFT, Some(STANCES[9 - i]));
            assert_eq!(lex.stance(), Some(stance));
            assert_eq!(lex.adjective_stance(), Some(STANCES[9 - i]));
            lex.set_stance_at(STANCE_SHIFT, None);
            assert_eq!(lex.stance(), None);
            assert_eq!(lex.adjective_stance(), Some(STANCES[9 - i]));
            assert!(lex.may_start_name() && lex.is_capitalised());
            lex.set_stance_at(ADJECTIVE_STANCE_SHIFT, None);
            assert_eq!(lex.classes, classes);
        }
    }

    #[test]
    fn verbs_are_found_in_any_inflection() {
        for w in [
            "said", "says", "saying", "told", "added", "insisted", "Warned", "replies", "wrote",
            "stated",
        ] {
            assert!(lookup(w).is_speech_verb(), "{w}");
        }
        assert!(!lookup("sandwich").is_speech_verb());
        let stance = |w| lookup(w).stance();
        assert_eq!(stance("rejected"), Some(Stance::Reject));
        assert_eq!(stance("rejecting"), Some(Stance::Reject));
        assert_eq!(stance("supports"), Some(Stance::Support));
        assert_eq!(stance("threatened"), Some(Stance::Threaten));
        assert_eq!(stance("planning"), Some(Stance::Intend));
        assert_eq!(stance("proposes"), Some(Stance::Propose));
        assert_eq!(stance("banned"), Some(Stance::Reject));
        assert_eq!(stance("tried"), Some(Stance::Intend));
        // British spelling doubles the l: "cancelled", "cancelling".
        assert_eq!(stance("cancelled"), Some(Stance::Reject));
        assert_eq!(stance("cancelling"), Some(Stance::Reject));
        assert_eq!(stance("deplored"), Some(Stance::Oppose));
        assert_eq!(stance("table-tennis"), None);
    }

    #[test]
    fn negations_and_modals() {
        assert!(lookup("not").is_negation());
        assert!(lookup("won't").is_negation() && lookup("don’t").is_negation());
        assert!(!lookup("note").is_negation());
        assert!(lookup("Will").is_modal() && lookup("must").is_modal());
        assert!(!lookup("willing").is_modal());
        assert!(lookup("won’t").is_auxiliary() && lookup("reportedly").is_auxiliary());
    }

    #[test]
    fn case_matters_only_where_it_should() {
        assert!(lookup("Union").is_organisation_word());
        assert!(!lookup("union").is_organisation_word());
        assert!(lookup("union").is_organisation_descriptor());
        assert!(lookup("May").is_month() && !lookup("may").is_month());
        assert!(lookup("Spokeswoman").is_title_word() && lookup("chiefs").is_role_noun());
    }

    #[test]
    fn long_and_foreign_words_are_in_no_table() {
        assert_eq!(lookup(&"a".repeat(100)), Lex::default());
        assert_eq!(lookup("говорит"), Lex::default());
        assert_eq!(lookup(""), Lex::default());
    }
}
