//! Word tables of English news prose.
//!
//! Sources: the reporting verbs of news style guides (AP Stylebook, BBC
//! News style guide) and of Levin's "English Verb Classes and Alternations"
//! (1993), §37.7 "say" verbs; stance verbs from the same book's classes of
//! verbs of wanting (§32), of social interaction (§36) and of judgement
//! (§33), grouped by the stance they state; titles, organisation words and
//! abbreviations from the style guides above. Countries, organisations and
//! public figures live in `data/`, read by [`crate::gazetteer`].

use crate::Stance;

/// Words that end with a full stop without ending the sentence.
pub const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Col", "Lt", "Sgt", "Capt", "Maj", "Cmdr", "Adm",
    "Sen", "Rep", "Gov", "Pres", "Rev", "Hon", "St", "Jr", "Sr", "vs", "etc", "Inc", "Ltd", "Co",
    "Corp", "No", "Nos", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
    "Nov", "Dec", "Mt", "approx", "e.g", "i.e",
];

/// Words that, after an initialism with a full stop, show a new sentence.
pub const SENTENCE_OPENERS: &[&str] = &[
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

/// The base form of a verb, tried against the inflections a regular verb takes.
/// Irregular forms are listed in the tables themselves.
pub fn lemmas(word: &str) -> impl Iterator<Item = std::borrow::Cow<'_, str>> {
    use std::borrow::Cow;
    let mut out: [Option<Cow<'_, str>>; 4] = [Some(Cow::Borrowed(word)), None, None, None];
    let undouble = |stem: &str| -> Option<String> {
        let b = stem.as_bytes();
        let n = b.len();
        (n >= 2 && b[n - 1] == b[n - 2] && !b"aeiouls".contains(&b[n - 1]))
            .then(|| stem[..n - 1].to_string())
    };
    if let Some(stem) = word.strip_suffix("ies") {
        out[1] = Some(Cow::Owned(format!("{stem}y")));
    } else if let Some(stem) = word.strip_suffix("ing") {
        out[1] = Some(Cow::Borrowed(stem));
        out[2] = Some(Cow::Owned(format!("{stem}e")));
        out[3] = undouble(stem).map(Cow::Owned);
    } else if let Some(stem) = word.strip_suffix("ied") {
        out[1] = Some(Cow::Owned(format!("{stem}y")));
    } else if let Some(stem) = word.strip_suffix("ed") {
        out[1] = Some(Cow::Borrowed(stem));
        out[2] = Some(Cow::Borrowed(&word[..word.len() - 1]));
        out[3] = undouble(stem).map(Cow::Owned);
    } else if let Some(stem) = word.strip_suffix("es") {
        out[1] = Some(Cow::Borrowed(stem));
        out[2] = Some(Cow::Borrowed(&word[..word.len() - 1]));
    } else if let Some(stem) = word.strip_suffix('s') {
        out[1] = Some(Cow::Borrowed(stem));
    }
    out.into_iter().flatten()
}

fn lookup<T: Copy>(word: &str, table: impl Fn(&str) -> Option<T>) -> Option<T> {
    if word.len() > 24 || !word.is_ascii() {
        return None;
    }
    let lower = word.to_ascii_lowercase();
    let found = lemmas(&lower).find_map(|l| table(&l));
    found
}

/// Verbs that report speech: "said", "told", "added", "wrote".
pub fn is_speech_verb(word: &str) -> bool {
    lookup(word, |w| {
        matches!(
            w,
            "say"
                | "said"
                | "tell"
                | "told"
                | "add"
                | "note"
                | "insist"
                | "warn"
                | "argue"
                | "stress"
                | "declare"
                | "explain"
                | "ask"
                | "reply"
                | "state"
                | "claim"
                | "write"
                | "wrote"
                | "written"
                | "tweet"
                | "post"
                | "announce"
                | "comment"
                | "observe"
                | "remark"
                | "acknowledge"
                | "admit"
                | "confirm"
                | "emphasise"
                | "emphasize"
                | "conclude"
                | "respond"
                | "recall"
                | "suggest"
                | "concede"
                | "continue"
                | "quip"
                | "mention"
                | "assert"
                | "maintain"
                | "report"
                | "reiterate"
                | "predict"
                | "vow"
                | "pledge"
                | "promise"
                | "urge"
                | "call"
                | "describe"
                | "boast"
                | "complain"
                | "contend"
        )
        .then_some(())
    })
    .is_some()
}

/// Verbs that state a stance, with the stance they state.
pub fn stance_verb(word: &str) -> Option<Stance> {
    use Stance::*;
    lookup(word, |w| {
        Some(match w {
            "support" | "back" | "endorse" | "welcome" | "favour" | "favor" | "praise"
            | "defend" | "hail" | "applaud" | "champion" | "embrace" => Support,
            "oppose" | "criticise" | "criticize" | "condemn" | "denounce" | "deny" | "dispute"
            | "object" | "resist" | "protest" | "boycott" | "accuse" | "blame" | "slam"
            | "decry" | "fight" | "attack" | "strike" | "struck" => Oppose,
            "reject" | "refuse" | "rebuff" | "dismiss" | "decline" | "withdraw" | "withdrew"
            | "withdrawn" | "veto" | "block" | "halt" | "suspend" | "cancel" | "scrap"
            | "abandon" | "spurn" | "bar" | "ban" | "end" => Reject,
            "demand" | "insist" | "urge" | "press" | "require" | "want" | "seek" | "sought"
            | "need" | "call" => Demand,
            "propose" | "offer" | "suggest" | "table" | "submit" | "introduce" | "unveil"
            | "approach" | "float" | "put" => Propose,
            "threaten" | "warn" | "hint" | "menace" => Threaten,
            "agree" | "accept" | "approve" | "sign" | "allow" | "ratify" | "rule" | "secure"
            | "settle" | "grant" | "clear" | "endorsed" => Agree,
            "plan" | "intend" | "aim" | "try" | "hope" | "expect" | "prepare" | "vow"
            | "pledge" | "promise" | "commit" | "launch" | "declare" | "consider" | "assess"
            | "remain" | "work" | "move" | "begin" | "began" | "begun" | "start" | "continue"
            | "resume" | "liberate" | "seize" | "seized" | "impose" | "send" | "sent"
            | "deploy" | "order" | "announce" => Intend,
            _ => return None,
        })
    })
}

/// Modal and future auxiliaries: "will", "would", "must".
pub fn is_modal(word: &str) -> bool {
    matches!(
        word.to_ascii_lowercase().as_str(),
        "will"
            | "would"
            | "shall"
            | "should"
            | "must"
            | "may"
            | "might"
            | "can"
            | "could"
            | "'ll"
            | "’ll"
    )
}

/// Auxiliaries that may stand between a subject and its verb.
pub fn is_auxiliary(word: &str) -> bool {
    is_modal(word)
        || matches!(
            word.to_ascii_lowercase().as_str(),
            "has"
                | "have"
                | "had"
                | "is"
                | "are"
                | "was"
                | "were"
                | "be"
                | "been"
                | "being"
                | "do"
                | "does"
                | "did"
                | "am"
                | "to"
                | "not"
                | "never"
                | "no"
                | "longer"
                | "also"
                | "still"
                | "now"
                | "already"
                | "further"
                | "reportedly"
                | "repeatedly"
                | "again"
                | "then"
                | "first"
                | "later"
                | "once"
                | "just"
                | "finally"
                | "formally"
                | "officially"
                | "publicly"
                | "firmly"
                | "strongly"
                | "immediately"
                | "quickly"
                | "swiftly"
                | "apparently"
                | "effectively"
                | "only"
                | "even"
                | "going"
                | "appears"
                | "appeared"
                | "seems"
                | "seemed"
                | "remains"
                | "remained"
                | "won't"
                | "wouldn't"
                | "can't"
                | "cannot"
                | "didn't"
                | "doesn't"
                | "don't"
                | "isn't"
                | "hasn't"
                | "haven't"
                | "won’t"
                | "wouldn’t"
                | "can’t"
                | "didn’t"
                | "doesn’t"
                | "don’t"
                | "isn’t"
                | "hasn’t"
                | "haven’t"
        )
}

/// Words that turn a stance around: "will not support".
pub fn is_negation(word: &str) -> bool {
    let w = word.to_ascii_lowercase();
    matches!(w.as_str(), "not" | "never" | "no" | "cannot")
        || w.ends_with("n't")
        || w.ends_with("n’t")
}

/// Personal pronouns that can stand for a speaker, with their gender.
pub fn pronoun_gender(word: &str) -> Option<Gender> {
    match word {
        "he" | "He" | "him" | "his" | "His" => Some(Gender::Male),
        "she" | "She" | "her" | "Her" => Some(Gender::Female),
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

/// Words of a title before or after a name: "US Secretary of State Marco
/// Rubio", "Stephanie Pope, president and chief executive of …".
pub fn is_title_word(word: &str) -> bool {
    lookup(word, |w| {
        matches!(
            w,
            "president"
                | "minister"
                | "secretary"
                | "senator"
                | "sen"
                | "representative"
                | "rep"
                | "governor"
                | "gov"
                | "mayor"
                | "chancellor"
                | "king"
                | "queen"
                | "prince"
                | "ambassador"
                | "envoy"
                | "general"
                | "gen"
                | "colonel"
                | "spokesman"
                | "spokeswoman"
                | "spokesperson"
                | "spokesmen"
                | "chief"
                | "director"
                | "director-general"
                | "ceo"
                | "chairman"
                | "chairwoman"
                | "chair"
                | "commissioner"
                | "judge"
                | "premier"
                | "leader"
                | "head"
                | "deputy"
                | "vice"
                | "executive"
                | "officer"
                | "negotiator"
                | "adviser"
                | "advisor"
                | "official"
                | "lawmaker"
                | "congressman"
                | "congresswoman"
                | "speaker"
                | "commander"
                | "founder"
                | "cfo"
                | "coo"
                | "chairperson"
                | "diplomat"
                | "lieutenant"
                | "marshal"
                | "admiral"
                | "captain"
                | "attorney"
                | "prosecutor"
                | "spokesperson's"
                | "emir"
                | "sheikh"
                | "foreign"
                | "defence"
                | "defense"
                | "health"
                | "finance"
                | "interior"
                | "trade"
                | "economy"
                | "energy"
                | "justice"
                | "prime"
                | "state"
                | "affairs"
                | "treasury"
                | "national"
                | "security"
                | "senior"
                | "top"
                | "current"
                | "former"
                | "acting"
                | "mp"
                | "mep"
                | "managing"
                | "regional"
                | "military"
                | "army"
                | "party"
                | "opposition"
        )
        .then_some(())
    })
    .is_some()
}

/// Role nouns that make a title on their own (the head of a title phrase).
pub fn is_role_noun(word: &str) -> bool {
    lookup(word, |w| {
        matches!(
            w,
            "president"
                | "minister"
                | "secretary"
                | "senator"
                | "sen"
                | "representative"
                | "governor"
                | "mayor"
                | "chancellor"
                | "king"
                | "queen"
                | "ambassador"
                | "envoy"
                | "general"
                | "spokesman"
                | "spokeswoman"
                | "spokesperson"
                | "chief"
                | "director"
                | "director-general"
                | "ceo"
                | "chairman"
                | "chairwoman"
                | "chair"
                | "commissioner"
                | "premier"
                | "leader"
                | "head"
                | "executive"
                | "negotiator"
                | "adviser"
                | "advisor"
                | "official"
                | "lawmaker"
                | "commander"
                | "founder"
                | "prosecutor"
                | "diplomat"
                | "cfo"
                | "coo"
                | "mp"
                | "mep"
                | "officer"
                | "speaker"
        )
        .then_some(())
    })
    .is_some()
}

/// The last word of an organisation's proper name: "… Workers Union",
/// "Thomson Corporation", "Tigray Defence Forces".
pub fn is_organisation_word(word: &str) -> bool {
    matches!(
        word,
        "Union"
            | "Association"
            | "Party"
            | "Ministry"
            | "Department"
            | "Corporation"
            | "Corp"
            | "Company"
            | "Co"
            | "Inc"
            | "Ltd"
            | "Plc"
            | "PLC"
            | "LLC"
            | "Group"
            | "Forces"
            | "Force"
            | "Army"
            | "Council"
            | "Commission"
            | "Committee"
            | "Bureau"
            | "Agency"
            | "Authority"
            | "Bank"
            | "Fund"
            | "Federation"
            | "Front"
            | "Movement"
            | "Organisation"
            | "Organization"
            | "Institute"
            | "Foundation"
            | "Court"
            | "Airlines"
            | "Airways"
            | "Holdings"
            | "Industries"
            | "Motors"
            | "Technologies"
            | "League"
            | "Alliance"
            | "Coalition"
            | "Congress"
            | "Parliament"
            | "Assembly"
            | "Senate"
            | "Office"
            | "Service"
            | "Police"
            | "Guard"
            | "Brigade"
            | "Brigades"
            | "Militia"
            | "Board"
            | "Workers"
            | "Tribunal"
            | "Cabinet"
            | "Government"
            | "Administration"
            | "Reserve"
            | "Exchange"
            | "Trust"
            | "Society"
            | "Network"
            | "Airplanes"
            | "Systems"
            | "Club"
            | "Mission"
            | "Directorate"
    )
}

/// Nouns that present the proper name after them as an organisation:
/// "aerospace business Boeing", "news agency Reuters".
pub fn is_organisation_descriptor(word: &str) -> bool {
    lookup(word, |w| {
        matches!(
            w,
            "company"
                | "firm"
                | "giant"
                | "business"
                | "group"
                | "agency"
                | "carrier"
                | "airline"
                | "maker"
                | "manufacturer"
                | "producer"
                | "lender"
                | "bank"
                | "insurer"
                | "retailer"
                | "broadcaster"
                | "publisher"
                | "conglomerate"
                | "rival"
                | "startup"
                | "start-up"
                | "operator"
                | "supplier"
                | "union"
                | "regulator"
                | "watchdog"
                | "charity"
                | "outlet"
                | "developer"
                | "chipmaker"
                | "automaker"
                | "carmaker"
                | "planemaker"
                | "miner"
                | "distributor"
                | "exporter"
                | "brand"
                | "platform"
                | "network"
                | "organisation"
                | "organization"
                | "militia"
                | "movement"
                | "subsidiary"
                | "owner"
                | "parent"
                | "bloc"
                | "coalition"
                | "party"
        )
        .then_some(())
    })
    .is_some()
}

/// Generic references to an organisation the story has named: "the union",
/// "the company". The value is the organisation word it stands for.
pub fn generic_organisation_reference(word: &str) -> Option<&'static [&'static str]> {
    Some(match word.to_ascii_lowercase().as_str() {
        "company" | "firm" | "employer" | "carrier" | "airline" | "manufacturer" | "group" => &[
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
        "union" => &["Union", "Workers", "union"],
        "ministry" => &["Ministry"],
        "agency" => &["Agency"],
        "commission" => &["Commission"],
        "department" => &["Department"],
        "party" => &["Party"],
        _ => return None,
    })
}

/// Nouns for a state's own organs: "the federal government", "government
/// troops". They stand for the country the story is set in.
pub fn is_state_organ(word: &str) -> bool {
    matches!(
        word.to_ascii_lowercase().as_str(),
        "government"
            | "army"
            | "military"
            | "troops"
            | "authorities"
            | "regime"
            | "junta"
            | "cabinet"
    )
}

/// Premodifiers that make a state organ explicit: "federal troops".
pub fn is_state_premodifier(word: &str) -> bool {
    matches!(
        word.to_ascii_lowercase().as_str(),
        "federal" | "national" | "central" | "government"
    )
}

/// Nouns for armed forces after a proper name: "Amhara special forces".
pub fn is_force_noun(word: &str) -> bool {
    matches!(
        word.to_ascii_lowercase().as_str(),
        "forces" | "fighters" | "troops" | "militia" | "militias" | "rebels" | "soldiers" | "army"
    )
}

/// Capitalised words that are never a party or a person on their own.
pub fn is_common_capitalised(word: &str) -> bool {
    matches!(
        word,
        "The"
            | "A"
            | "An"
            | "In"
            | "On"
            | "At"
            | "For"
            | "But"
            | "And"
            | "Or"
            | "If"
            | "As"
            | "It"
            | "He"
            | "She"
            | "They"
            | "We"
            | "I"
            | "This"
            | "That"
            | "These"
            | "Those"
            | "There"
            | "Here"
            | "When"
            | "While"
            | "After"
            | "Before"
            | "Since"
            | "Also"
            | "However"
            | "Meanwhile"
            | "According"
            | "Monday"
            | "Tuesday"
            | "Wednesday"
            | "Thursday"
            | "Friday"
            | "Saturday"
            | "Sunday"
            | "January"
            | "February"
            | "March"
            | "April"
            | "May"
            | "June"
            | "July"
            | "August"
            | "September"
            | "October"
            | "November"
            | "December"
            | "So"
            | "Otherwise"
            | "Then"
            | "Our"
            | "Their"
            | "His"
            | "Her"
            | "Its"
            | "My"
            | "Your"
            | "To"
            | "From"
            | "By"
            | "With"
            | "Of"
            | "Yet"
            | "Still"
            | "Now"
            | "Today"
            | "Yesterday"
            | "Tomorrow"
            | "Last"
            | "Next"
            | "More"
            | "Most"
            | "Some"
            | "Many"
            | "All"
            | "No"
            | "Not"
            | "Both"
            | "Each"
            | "Every"
            | "Any"
            | "What"
            | "Who"
            | "Why"
            | "How"
            | "Where"
            | "Which"
            | "Read"
            | "Related"
            | "Advertisement"
            | "Click"
            | "Photo"
            | "Image"
            | "Video"
            | "Watch"
            | "Christmas"
            | "Easter"
            | "Ramadan"
            | "God"
            | "Internet"
            | "Covid"
            | "COVID"
            | "Atlantic"
            | "Pacific"
            | "Northwest"
            | "Southeast"
            | "Northeast"
            | "Southwest"
            | "North"
            | "South"
            | "East"
            | "West"
            | "Western"
            | "Eastern"
            | "Northern"
            | "Southern"
            | "Central"
            | "Despite"
            | "Although"
            | "Though"
            | "Under"
            | "Over"
            | "Amid"
            | "During"
            | "Earlier"
            | "Later"
            | "Speaking"
            | "Asked"
            | "Like"
            | "Unlike"
            | "Even"
            | "Just"
            | "Only"
            | "Such"
            | "Because"
    )
}

/// Months, for dates: "13 April", "May 5".
pub fn is_month(word: &str) -> bool {
    matches!(
        word,
        "January"
            | "February"
            | "March"
            | "April"
            | "May"
            | "June"
            | "July"
            | "August"
            | "September"
            | "October"
            | "November"
            | "December"
            | "Jan"
            | "Feb"
            | "Mar"
            | "Apr"
            | "Jun"
            | "Jul"
            | "Aug"
            | "Sep"
            | "Sept"
            | "Oct"
            | "Nov"
            | "Dec"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verbs_are_found_in_any_inflection() {
        for w in [
            "said", "says", "saying", "told", "added", "insisted", "Warned", "replies", "wrote",
            "stated",
        ] {
            assert!(is_speech_verb(w), "{w}");
        }
        assert!(!is_speech_verb("sandwich"));
        assert_eq!(stance_verb("rejected"), Some(Stance::Reject));
        assert_eq!(stance_verb("rejecting"), Some(Stance::Reject));
        assert_eq!(stance_verb("supports"), Some(Stance::Support));
        assert_eq!(stance_verb("threatened"), Some(Stance::Threaten));
        assert_eq!(stance_verb("planning"), Some(Stance::Intend));
        assert_eq!(stance_verb("proposes"), Some(Stance::Propose));
        assert_eq!(stance_verb("banned"), Some(Stance::Reject));
        assert_eq!(stance_verb("tried"), Some(Stance::Intend));
        assert_eq!(stance_verb("table-tennis"), None);
    }

    #[test]
    fn negations_and_modals() {
        assert!(is_negation("not") && is_negation("won't") && is_negation("don’t"));
        assert!(!is_negation("note"));
        assert!(is_modal("Will") && is_modal("must") && !is_modal("willing"));
    }
}
