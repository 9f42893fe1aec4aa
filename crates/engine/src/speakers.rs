//! Who said each quote.
//!
//! In order of trust: for a phrase quoted in narrative, the party named
//! right before the verb that takes it ("prompting Beijing to threaten
//! “firm countermeasures”"); an attribution right after the quote ("…,”
//! Rubio said; “…,” said Rubio), one before it in the same sentence (Rubio
//! said: “…”; insisting that … the “root causes”), then the speaker of the
//! quote before it in the paragraph, or of the quote the paragraph
//! continues. A pronoun ("he added") goes to the person the text last made
//! a subject or a speaker, if the gender fits, or to a speaker only
//! described ("a Kremlin spokesman") who came later.

use crate::document::Document;
use crate::lexicon::{self, words, Gender, Words};
use crate::parties::{Cast, Target};
use crate::token::TokenKind;
use crate::token::{bare, is_possessive};
use crate::{Quote, Speaker};

/// Something that can be a speaker, found at a token.
#[derive(Clone, Debug, PartialEq)]
enum Candidate {
    Known(Target),
    Pronoun(Option<Gender>),
    /// "it", "the organisation": the last party that was a subject.
    PartyPronoun,
    Described(String, Option<crate::PartyId>),
}

/// Attaches a speaker to each quote.
pub fn attribute(doc: &Document, mut quotes: Vec<Quote>, cast: &Cast) -> Vec<Quote> {
    let subjects = sentence_subjects(doc, cast);
    let mut recent_speakers: Vec<(usize, Target)> = Vec::new();
    // The last speaker the text only described ("a Kremlin spokesman"), and where.
    let mut described: Option<(usize, Speaker)> = None;
    let (mut opens, mut closes) = (doc.cursor(), doc.cursor());
    // The paragraph of each quote, and whether its speaker comes from its
    // own attribution.
    let mut paragraph_of = Vec::with_capacity(quotes.len());
    let mut own = vec![false; quotes.len()];
    for q in 0..quotes.len() {
        let open = opens.seek(quotes[q].span.start);
        let close = closes.seek(quotes[q].span.end);
        let paragraph = doc.paragraph_of(open.min(doc.len().saturating_sub(1)));
        paragraph_of.push(paragraph);
        // Marks with no word between them quote nobody.
        let says_something = quotes[q]
            .inner
            .of(doc.text)
            .chars()
            .any(char::is_alphanumeric);
        let phrase = quotes[q]
            .partial
            .then(|| phrase_subject(doc, cast, open))
            .flatten();
        let found = says_something
            .then(|| {
                phrase
                    .or_else(|| after(doc, cast, close, paragraph))
                    .or_else(|| before(doc, cast, open))
            })
            .flatten();
        own[q] = found.is_some();
        let continues = q > 0
            && (paragraph_of[q - 1] == paragraph
                || opens_next_paragraph(doc, &quotes, &paragraph_of, q));
        // "Szymanski said the union was ready. ¶ “Nobody wants a strike …”":
        // a paragraph of quote alone is the words of whoever the paragraph
        // before, with no quote of its own, ended reporting. (Not its own
        // attribution: a quote that runs on takes the one after it.)
        let introduced = || {
            // Read once a paragraph at most: only a quote that opens it.
            let own = doc.paragraphs[paragraph].tokens.clone();
            if !says_something || open != own.start || paragraph == 0 {
                return None;
            }
            if (close..own.end).any(|k| doc.lex(k).is_speech_verb()) {
                return None;
            }
            let before_it = doc.paragraphs[paragraph - 1].tokens.clone();
            let quoted = before_it
                .clone()
                .any(|k| doc.kind(k) == Some(TokenKind::Quote));
            let last = before_it.end.checked_sub(1).filter(|_| !quoted)?;
            before(doc, cast, last)
        };
        let found = found.or_else(|| (!continues).then(introduced).flatten());
        let speaker = match found {
            Some((at, candidate)) => {
                let recent = Recent {
                    subjects: &subjects,
                    speakers: &recent_speakers,
                    described: described.as_ref(),
                };
                resolve(cast, candidate, at, recent)
            }
            None => continues.then(|| quotes[q - 1].speaker.clone()).flatten(),
        };
        match &speaker {
            Some(Speaker::Person(p)) => recent_speakers.push((open, Target::Person(*p))),
            Some(d @ Speaker::Described(..)) => described = Some((open, d.clone())),
            _ => {}
        }
        quotes[q].speaker = speaker;
    }
    // A quote that runs on into the next paragraph has the speaker named
    // after its last part: “… ¶ “…,” the minister said.
    for q in (0..quotes.len().saturating_sub(1)).rev() {
        let runs_on = quotes[q].span.end == quotes[q].inner.end;
        if runs_on
            && opens_next_paragraph(doc, &quotes, &paragraph_of, q + 1)
            && !own[q]
            && quotes[q + 1].speaker.is_some()
        {
            quotes[q].speaker = quotes[q + 1].speaker.clone();
            own[q] = own[q + 1];
        }
    }
    quotes
}

/// “… ¶ “…: quote `q` opens its paragraph, the one after the quote before's.
fn opens_next_paragraph(
    doc: &Document,
    quotes: &[Quote],
    paragraph_of: &[usize],
    q: usize,
) -> bool {
    q > 0
        && paragraph_of[q - 1] + 1 == paragraph_of[q]
        && doc.paragraphs[paragraph_of[q]].span.start == quotes[q].span.start
}

/// Who a pronoun may stand for, each with the token where the text last
/// named them.
struct Recent<'a> {
    subjects: &'a [(usize, Target)],
    speakers: &'a [(usize, Target)],
    described: Option<&'a (usize, Speaker)>,
}

fn resolve(cast: &Cast, candidate: Candidate, at: usize, recent: Recent) -> Option<Speaker> {
    let Recent {
        subjects,
        speakers,
        described,
    } = recent;
    match candidate {
        Candidate::Known(Target::Person(p)) => Some(Speaker::Person(p)),
        Candidate::Known(Target::Party(p)) => Some(Speaker::Party(p)),
        Candidate::Described(text, party) => Some(Speaker::Described(text, party)),
        Candidate::Pronoun(gender) => {
            let fits = |t: &Target| match t {
                Target::Person(p) => {
                    gender.is_none() || cast.people[*p].gender.is_none_or(|g| Some(g) == gender)
                }
                Target::Party(_) => false,
            };
            let last = |list: &[(usize, Target)]| latest_before(list, at, fits);
            // The later of the last subject and the last speaker; a speaker
            // only described ("…,” a Kremlin spokesman said. He said …)
            // if it came later still.
            let best = match (last(subjects), last(speakers)) {
                (Some(a), Some(b)) => Some(if a.0 >= b.0 { a } else { b }),
                (a, b) => a.or(b),
            };
            if let Some((said, speaker)) = described {
                if *said < at && best.is_none_or(|b| b.0 < *said) {
                    return Some(speaker.clone());
                }
            }
            match best?.1 {
                Target::Person(p) => Some(Speaker::Person(p)),
                Target::Party(p) => Some(Speaker::Party(p)),
            }
        }
        Candidate::PartyPronoun => {
            match latest_before(subjects, at, |t| matches!(t, Target::Party(_)))?.1 {
                Target::Party(p) => Some(Speaker::Party(p)),
                Target::Person(_) => None,
            }
        }
    }
}

/// How many earlier subjects or speakers a pronoun may reach back over: a
/// pronoun stands for someone recent, and the bound keeps the search
/// constant per quote however long the text.
const ANTECEDENT_REACH: usize = 64;

/// The last entry of `list` (in reading order) before token `at` that fits.
fn latest_before(
    list: &[(usize, Target)],
    at: usize,
    fits: impl Fn(&Target) -> bool,
) -> Option<(usize, Target)> {
    let end = list.partition_point(|(i, _)| *i < at);
    list[end.saturating_sub(ANTECEDENT_REACH)..end]
        .iter()
        .rev()
        .find(|(_, t)| fits(t))
        .copied()
}

/// The first person (or else party) named in each sentence before its
/// first verb-like word: who the sentence is about.
fn sentence_subjects(doc: &Document, cast: &Cast) -> Vec<(usize, Target)> {
    let mut out = Vec::new();
    for sentence in &doc.sentences {
        let mut party = None;
        let mut i = sentence.tokens.start;
        let mut depth = 0;
        while i < sentence.tokens.end {
            if doc.kind(i) == Some(TokenKind::Quote) {
                depth ^= 1;
            }
            if depth == 0 {
                if let Some(r) = cast.reference_at(i) {
                    if matches!(r.target, Target::Person(_)) {
                        out.push((i, r.target));
                        party = None;
                        break;
                    }
                    party = party.or(Some((i, r.target)));
                    i = r.tokens.end;
                    continue;
                }
            }
            i += 1;
        }
        out.extend(party);
    }
    out
}

/// A candidate speaker at token `i`.
fn candidate_at(doc: &Document, cast: &Cast, i: usize) -> Option<Candidate> {
    if let Some(r) = cast.reference_at(i) {
        if !r.not_acting {
            return Some(Candidate::Known(r.target));
        }
    }
    // Every other candidate is a word.
    if doc.kind(i) != Some(TokenKind::Word) {
        return None;
    }
    let w = doc.word(i);
    if let Some(g) = lexicon::pronoun_gender(w) {
        return matches!(w, "he" | "He" | "she" | "She").then_some(Candidate::Pronoun(Some(g)));
    }
    if matches!(w, "it" | "It") {
        return Some(Candidate::PartyPronoun);
    }
    // "Greenpeace called it …": a name the story never introduced, right
    // before the verb of speech, speaks by that name.
    let lex = doc.lex(i);
    if lex.is_capitalised()
        && !lex.is_common_capitalised()
        && doc.lex(i + 1).is_speech_verb()
        && cast.reference_at(i + 1).is_none()
    {
        return Some(Candidate::Described(w.to_string(), None));
    }
    described(doc, cast, i)
}

/// "a spokesman for the Tigrayan forces", "the statement", "a UN source".
fn described(doc: &Document, cast: &Cast, i: usize) -> Option<Candidate> {
    if !doc.is_any(i, words!["a", "an", "the", "one", "another"]) {
        return None;
    }
    let mut j = i + 1;
    let mut party = None;
    while j < i + 4 && (doc.kind(j) == Some(TokenKind::Word)) {
        if let Some(r) = cast.reference_at(j) {
            party = cast.party_of(r.target);
            j = r.tokens.end;
            continue;
        }
        let w = doc.word(j);
        // "the union's leader": a possessive only leads to the noun.
        let possessive = is_possessive(w);
        if !possessive && (is_speaking_noun(w) || doc.lex(j).is_role_noun()) {
            let mut end = j + 1;
            // "the union's general secretary": a title of several words.
            while end < j + 3 && doc.lex(end).is_title_word() && !doc.lex(end).is_capitalised() {
                end += 1;
            }
            let mut of_someone = false;
            if matches!(doc.word(end), "for" | "of") {
                if let Some(r) = (end + 1..end + 4).find_map(|k| cast.reference_at(k)) {
                    party = party.or(cast.party_of(r.target));
                    end = r.tokens.end;
                    of_someone = true;
                    // "a spokesman for Kenya's president": the whole title.
                    if is_possessive(doc.word(end - 1)) {
                        while end < r.tokens.end + 2 && doc.lex(end).is_title_word() {
                            end += 1;
                        }
                    }
                } else if doc.lex(end + 1).is_title_word() {
                    // "the secretary of state"
                    end += 2;
                }
            }
            // "the union's leader, Anna Berg": the name in apposition, unless
            // it names whoever the speaker speaks for.
            // "the federation's president, Captain Neha Rao": after a rank.
            if doc.word(end) == "," && !of_someone {
                let mut name = end + 1;
                while name < end + 3
                    && doc.lex(name).is_title_word()
                    && cast.reference_at(name).is_none()
                {
                    name += 1;
                }
                if let Some(Target::Person(p)) = cast.reference_at(name).map(|r| r.target) {
                    return Some(Candidate::Known(Target::Person(p)));
                }
            }
            // "An industry executive, who declined to be named, said … "…,"
            // the executive said": the one described just before, by the
            // same noun, not a person the story gave that title earlier.
            if doc.is(i, "the") {
                let noun = doc.word(j);
                let same = |m: usize| doc.word(m).eq_ignore_ascii_case(noun);
                let described_before = (i.saturating_sub(60)..i).rev().find_map(|k| {
                    let a = doc.is_any(k, words!["a", "an"]);
                    a.then(|| (k + 1..k + 4).find(|&m| same(m)).map(|m| (k, m)))
                        .flatten()
                });
                if let Some((k, m)) = described_before {
                    // As it was described: "A Chinese diplomat" is China's.
                    return described(doc, cast, k).or_else(|| {
                        let text = doc.range_span(k, m + 1).of(doc.text);
                        Some(Candidate::Described(text.to_string(), party))
                    });
                }
            }
            // "the secretary of state" is the person the story gave that title.
            if let Some(p) = titled_person(doc, cast, i + 1, end) {
                return Some(Candidate::Known(Target::Person(p)));
            }
            let text = doc.range_span(i, end).of(doc.text);
            // An organisation speaking through a generic name is that organisation.
            if let (Some(p), true) = (
                party,
                lexicon::generic_organisation_reference(w).is_some() && end == j + 1,
            ) {
                return Some(Candidate::Known(Target::Party(p)));
            }
            return Some(Candidate::Described(text.to_string(), party));
        }
        if w.chars().next().is_some_and(char::is_uppercase) && cast.reference_at(j).is_none() {
            j += 1;
            continue;
        }
        j += 1;
    }
    None
}

/// The person whose title, as the article gave it, holds the words of
/// tokens `a..b` ("secretary of state" in "US Secretary of State"); the one
/// named last when several do. Only the people named most recently are
/// searched, so a book with thousands of names stays linear.
fn titled_person(doc: &Document, cast: &Cast, a: usize, b: usize) -> Option<usize> {
    const RECENT: usize = 64;
    if a >= b {
        return None;
    }
    // ASCII case folding: titles are matched without Unicode's case tables,
    // which would weigh more in the Wasm bundle than all of this stage.
    // Do the words a..b run, in order, somewhere in the title?
    let names_it = |title: &str| {
        let mut from = title.split(' ');
        loop {
            let mut run = from.clone();
            if (a..b).all(|k| {
                run.next()
                    .is_some_and(|w| w.eq_ignore_ascii_case(doc.word(k)))
            }) {
                return true;
            }
            if from.next().is_none() {
                return false;
            }
        }
    };
    let from = cast.people.len().saturating_sub(RECENT);
    let found = cast.people[from..]
        .iter()
        .rposition(|person| person.title.as_deref().is_some_and(names_it));
    found.map(|p| from + p)
}

fn is_speaking_noun(word: &str) -> bool {
    const SPEAKING_NOUNS: Words = words![
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "source",
        "sources",
        "official",
        "officials",
        "statement",
        "ministry",
        "spokesmen",
        "diplomat",
        "witness",
        "woman",
        "man",
        "resident",
        "analyst",
        "employer",
        "company",
        "union",
        "government",
        "report",
        "agency",
        "military",
        "army",
        "delegate",
        "delegates",
        "embassy",
        "board",
    ];
    SPEAKING_NOUNS.contains_any_case(bare(word))
}

/// "…,” Rubio said", "…,” said Rubio", "…,” he added", "…”, according to X".
fn after(
    doc: &Document,
    cast: &Cast,
    close: usize,
    paragraph: usize,
) -> Option<(usize, Candidate)> {
    let limit = (close + 12).min(doc.paragraphs[paragraph].tokens.end);
    let mut j = close;
    let mut first_candidate: Option<(usize, Candidate)> = None;
    while j < limit {
        let w = doc.word(j);
        // ", and urged Japan to": a new clause, not this quote's attribution.
        // "…,” a day after New Delhi said": a clause of its own.
        let new_clause = matches!(
            w,
            "and" | "but" | "after" | "before" | "while" | "when" | "since"
        ) && first_candidate.is_none();
        if doc.kind(j) == Some(TokenKind::Quote) || matches!(w, "." | "!" | "?" | ";") || new_clause
        {
            break;
        }
        if w == "according" && doc.is(j + 1, "to") {
            return (j + 2..limit).find_map(|k| candidate_at(doc, cast, k).map(|c| (k, c)));
        }
        // "Minister of State" is no verb of speech.
        if doc.lex(j).is_speech_verb()
            && doc.kind(j) == Some(TokenKind::Word)
            && !doc.lex(j).is_capitalised()
        {
            if let Some(found) = first_candidate {
                // "IMF mission chief Katrin Vollmer said": the person named
                // right before the verb, not the party before their title.
                let person = cast.reference_ending_at(j - 1).filter(|r| {
                    matches!(r.target, Target::Person(_))
                        && r.tokens.start > found.0
                        && !r.not_acting
                });
                if let Some(r) = person {
                    return Some((r.tokens.start, Candidate::Known(r.target)));
                }
                return Some(person_in_apposition(doc, cast, found, j));
            }
            // "said X", "said X's chief negotiator, Y"
            return (j + 1..limit.min(j + 10))
                .find_map(|k| candidate_at(doc, cast, k).map(|c| (k, c)))
                .map(|found| person_in_apposition(doc, cast, found, limit));
        }
        if first_candidate.is_none() {
            if let Some(c) = candidate_at(doc, cast, j) {
                first_candidate = Some((j, c));
                j = cast.reference_at(j).map_or(j + 1, |r| r.tokens.end);
                continue;
            }
        }
        j += 1;
    }
    None
}

/// "Brazil's environment minister, Marina Silva, said": a party named in
/// the possessive, then a title, then a person set off by commas — the
/// person is the speaker. Looks no further than token `until`.
fn person_in_apposition(
    doc: &Document,
    cast: &Cast,
    found: (usize, Candidate),
    until: usize,
) -> (usize, Candidate) {
    let (k, Candidate::Known(Target::Party(_))) = found else {
        return found;
    };
    let Some(name_end) = cast.reference_at(k).map(|r| r.tokens.end) else {
        return found;
    };
    // "CMA chief executive Sarah Whitcombe said", "EU Trade Commissioner
    // Henrik Lund told": a title between.
    let mut m = name_end;
    let mut role = false;
    while m < until.min(name_end + 5)
        && cast.reference_at(m).is_none()
        && (doc.lex(m).is_title_word() || doc.lex(m).is_capitalised() || (doc.is(m, "of") && role))
    {
        role |= doc.lex(m).is_role_noun();
        m += 1;
    }
    if role {
        if let Some(Target::Person(p)) = cast.reference_at(m).map(|r| r.target) {
            return (m, Candidate::Known(Target::Person(p)));
        }
    }
    if !is_possessive(doc.word(name_end - 1)) {
        return found;
    }
    let mut m = name_end;
    while m < until.min(name_end + 5) && doc.kind(m) == Some(TokenKind::Word) {
        m += 1;
    }
    match cast.reference_at(m + 1).map(|r| r.target) {
        Some(Target::Person(p)) if m > name_end && doc.word(m) == "," => {
            (m + 1, Candidate::Known(Target::Person(p)))
        }
        _ => found,
    }
}

/// How many words may stand between a quoted phrase and the party that
/// uses it: "Beijing to threaten “…”", "what the operator called its “…”".
const PHRASE_REACH: usize = 4;

/// The party whose words a phrase quoted in narrative are: the one named
/// right before the verb that takes the phrase ("prompting Beijing to
/// threaten “firm countermeasures”", "what the operator called its
/// “final” offer"). Not a name with no verb between ("the Russian
/// “operation”", "a deal with Iran on “security guarantees”").
fn phrase_subject(doc: &Document, cast: &Cast, open: usize) -> Option<(usize, Candidate)> {
    let mut verb = false;
    for k in (open.saturating_sub(PHRASE_REACH)..open).rev() {
        if doc.kind(k) != Some(TokenKind::Word) {
            return None;
        }
        if let Some(r) = cast.reference_ending_at(k) {
            let start = r.tokens.start;
            let acts = verb && !r.not_acting && !reported(doc, start);
            return acts.then_some((start, Candidate::Known(r.target)));
        }
        let lex = doc.lex(k);
        verb |=
            lex.is_speech_verb() || lex.stance().is_some() || lex.is_auxiliary() || lex.is_modal();
    }
    None
}

/// Is the clause that token `i` starts reported speech: "Raman said
/// Ottawa was “closely monitoring”"? Then the phrase is the reporter's.
/// A comma ends the search: "…, prompting Beijing to threaten “…”".
fn reported(doc: &Document, i: usize) -> bool {
    let sentence = doc.sentence(i).tokens.start;
    (sentence.max(i.saturating_sub(BEFORE_REACH))..i)
        .rev()
        .take_while(|&k| doc.kind(k) == Some(TokenKind::Word))
        .any(|k| doc.lex(k).is_speech_verb())
}

/// How many tokens before a quote its attribution may start.
const BEFORE_REACH: usize = 48;

/// "Rubio said: “…”", "He added, “…”", "… insisting that … the “root causes”".
fn before(doc: &Document, cast: &Cast, open: usize) -> Option<(usize, Candidate)> {
    if open >= doc.len() {
        return None;
    }
    let mut sentence = doc.sentence(open).tokens.clone();
    // "He said:" may end the sentence before the quote.
    if sentence.start == open && open > 0 && doc.word(open - 1) == ":" {
        sentence = doc.sentence(open - 1).tokens.clone();
    }
    // Only the words shortly before the quote: a run-on "sentence" of
    // many quotes would otherwise be read again for every one of them.
    sentence.start = sentence.start.max(open.saturating_sub(BEFORE_REACH));
    // Outside other quotes of the sentence only.
    let mut depth = 0;
    let mut verb = None;
    // "X said …, but Y rejected it, calling it “…”": the clause of the verb.
    let (mut clause, mut verb_clause) = (sentence.start, sentence.start);
    for j in sentence.start..open {
        if doc.kind(j) == Some(TokenKind::Quote) {
            depth ^= 1;
        } else if depth == 0 && doc.lex(j).is_speech_verb() && doc.kind(j) == Some(TokenKind::Word)
        {
            verb = Some(j);
            verb_clause = clause;
        } else if depth == 0 && starts_clause(doc, j) {
            clause = j + 1;
        }
    }
    // Outside quotes: "“… the CMA's finding …,” a Corvane spokesperson said".
    let subject = |from: usize, to: usize| -> Option<(usize, Candidate)> {
        let mut first = None;
        let (mut j, mut quoted) = (from, false);
        while j < to {
            quoted ^= doc.kind(j) == Some(TokenKind::Quote);
            let found = (!quoted).then(|| candidate_at(doc, cast, j)).flatten();
            // "In a separate statement, the coast guard said": where it
            // was said, not who said it.
            let setting = matches!(found, Some(Candidate::Described(..)))
                && j > 0
                && doc.is_any(j - 1, words!["in", "on", "at", "with", "during"]);
            if let Some(c) = found.filter(|_| !setting) {
                if matches!(
                    c,
                    Candidate::Known(Target::Person(_)) | Candidate::Pronoun(_)
                ) {
                    return Some((j, c));
                }
                first = first.or(Some((j, c)));
                j = cast.reference_at(j).map_or(j + 1, |r| r.tokens.end);
                continue;
            }
            j += 1;
        }
        first
    };
    match verb {
        Some(v) => subject(verb_clause, v)
            .or_else(|| subject(sentence.start, verb_clause))
            .or_else(|| (v + 1..open).find_map(|k| candidate_at(doc, cast, k).map(|c| (k, c)))),
        // A few words quoted in narrative belong to the sentence's subject.
        None if open > sentence.start => subject(sentence.start, open),
        None => None,
    }
}

/// Does a new clause, with a subject of its own, start after token `j`?
/// "…, but", "…; ", "…, while".
fn starts_clause(doc: &Document, j: usize) -> bool {
    doc.word(j) == ";"
        || (["but", "while", "whereas"].iter().any(|w| doc.is(j, w))
            && doc.word(j.wrapping_sub(1)) == ",")
}

#[cfg(test)]
mod tests {
    use crate::analyze;

    fn speakers(text: &str) -> Vec<Option<String>> {
        let a = analyze(text);
        a.quotes
            .iter()
            .map(|q| q.speaker.as_ref().map(|s| a.speaker_name(s).to_string()))
            .collect()
    }

    fn some(names: &[&str]) -> Vec<Option<String>> {
        names.iter().map(|n| Some(n.to_string())).collect()
    }

    #[test]
    fn a_phrase_quoted_in_narrative_is_the_words_of_the_party_that_uses_it() {
        // The party right before the verb that takes the phrase.
        assert_eq!(
            speakers(
                "Lima raised its duties, prompting Chile to promise “swift retaliation” in kind."
            ),
            some(&["Chile"])
        );
        assert_eq!(
            speakers(
                "Dockers at Baltic Ports Ltd rejected what the operator called its “last” offer."
            ),
            some(&["Baltic Ports Ltd"])
        );
        // Not a party that only qualifies the phrase, or that a
        // preposition takes: the sentence's subject speaks.
        assert_eq!(
            speakers("Ana Ruiz criticised the Chilean “special tariffs” again."),
            some(&["Ana Ruiz"])
        );
        assert_eq!(
            speakers("Ana Ruiz wants a deal with Chile on “fair access” to ports."),
            some(&["Ana Ruiz"])
        );
        // In reported speech the phrase is the reporter's.
        assert_eq!(
            speakers("Trade minister Ana Ruiz said Lima was “watching closely”."),
            some(&["Ana Ruiz"])
        );
    }

    #[test]
    fn the_person_before_the_verb_speaks_not_the_party_before_their_title() {
        let text = "“Rules matter,” IMF mission chief Katrin Vollmer said in Lusaka.";
        assert_eq!(speakers(text), some(&["Katrin Vollmer"]));
    }

    #[test]
    fn the_noun_of_a_description_just_before_is_that_speaker() {
        let text = "Kafue chief executive Pieter Vos spoke first. A Chinese executive, who \
                    declined to be named, said more would follow. “Nobody wants a fight,” \
                    the executive said.";
        assert_eq!(speakers(text), some(&["A Chinese executive"]));
    }

    #[test]
    fn a_clause_after_the_quote_that_opens_with_after_is_not_its_attribution() {
        let text = "Pakistan said any move would be “an act of war”, a day after New Delhi \
                    said it would act.";
        assert_eq!(speakers(text), some(&["Pakistan"]));
    }

    #[test]
    fn a_paragraph_of_quote_alone_is_whoever_the_paragraph_before_reported() {
        let text = "UAW President Raymond Szymanski said the union was ready.\n\n\
                    \"Nobody wants a strike.\n\n\"Harlow can end this tonight.\"\n\n\
                    Abu Dhabi said no.\n\n\"No deal,\" a Gulf delegate said.";
        assert_eq!(
            speakers(text),
            some(&["Raymond Szymanski", "Raymond Szymanski", "a Gulf delegate"])
        );
    }

    #[test]
    fn where_it_was_said_is_not_who_said_it() {
        let text = "Manila protested. In a separate statement, the China Coast Guard said it \
                    had “expelled” the boat.";
        assert_eq!(speakers(text), some(&["China"]));
    }

    #[test]
    fn names_inside_a_quote_do_not_speak_it_or_the_next() {
        let text = "“We reject the Commission's ruling,” a Tesla spokesperson said, \
                    adding that the carmaker had “done nothing wrong”.";
        assert_eq!(
            speakers(text),
            some(&["a Tesla spokesperson", "a Tesla spokesperson"])
        );
    }

    #[test]
    fn he_may_be_a_speaker_the_text_only_described() {
        let text = "Ingrid Solberg spoke first. “Sanctions never work,” a Kremlin spokesman \
                    told reporters. Moscow, he said, would find “other buyers” soon.";
        assert_eq!(
            speakers(text),
            some(&["a Kremlin spokesman", "a Kremlin spokesman"])
        );
    }

    #[test]
    fn attribution_after_the_quote() {
        assert_eq!(
            speakers("“We will stay,” Anna Berg said. “We will not go,” said Tom Field. “Never,” he added."),
            some(&["Anna Berg", "Tom Field", "Tom Field"])
        );
    }

    #[test]
    fn a_person_set_off_by_commas_after_a_title_speaks() {
        assert_eq!(
            speakers("“Rivers are rising,” Chile's water minister, Rosa Vidal, told reporters."),
            some(&["Rosa Vidal"])
        );
        assert_eq!(
            speakers("“We stay out,” the union's general secretary, Ivo Kern, said."),
            some(&["Ivo Kern"])
        );
        // The name after "for" is whom the speaker speaks for.
        assert_eq!(
            speakers("“Not today,” said a spokesman for Peru's president, Luis Ortega."),
            some(&["a spokesman for Peru's president"])
        );
    }

    #[test]
    fn the_subject_of_the_verbs_own_clause() {
        assert_eq!(
            speakers(
                "Chile said it had offered a cut, but Peru rejected it, calling it “a trick”."
            ),
            some(&["Peru"])
        );
    }

    #[test]
    fn a_verb_after_and_attributes_nothing() {
        assert_eq!(
            speakers("Spokesman Li Ming said Tokyo was “hyping threats”, and urged Japan to stop."),
            some(&["Li Ming"])
        );
    }

    #[test]
    fn someone_described_but_not_named() {
        assert_eq!(
            speakers("“We heard shelling,” one woman told reporters."),
            some(&["one woman"])
        );
    }

    #[test]
    fn a_name_never_introduced_speaks_by_that_name() {
        assert_eq!(
            speakers("Oxfam called the pledge “far too small”."),
            some(&["Oxfam"])
        );
    }

    #[test]
    fn attribution_before_the_quote() {
        assert_eq!(
            speakers("Maria Lopez, the head of Acme Corporation, said: “We are ready.”\nShe added, “Soon.”"),
            some(&["Maria Lopez", "Maria Lopez"])
        );
    }

    #[test]
    fn quotes_continue_their_speaker() {
        let text = "Karl Ode said: “First part.\n“Second part.” Then: “Third part.”";
        assert_eq!(speakers(text), some(&["Karl Ode", "Karl Ode", "Karl Ode"]));
    }

    #[test]
    fn places_and_organisations_speak() {
        assert_eq!(
            speakers("Moscow insisted that talks address the “root causes” of the war."),
            some(&["Russia"])
        );
        assert_eq!(speakers("“No deal,” the Kremlin said."), some(&["Russia"]));
    }

    #[test]
    fn pronouns_follow_the_last_subject() {
        let text = "Ms Jane Cole spoke. Later Mr Mark Dunn arrived. “Fine,” she said.";
        assert_eq!(speakers(text), some(&["Jane Cole"]));
    }

    #[test]
    fn according_to() {
        assert_eq!(
            speakers("“It is over”, according to Lena Holm."),
            some(&["Lena Holm"])
        );
    }
    #[test]
    fn every_attribution_form() {
        for (text, who) in [
            ("“We will strike,” Anna Berg told reporters.", "Anna Berg"),
            (
                "“We will strike,” Anna Berg wrote on social media.",
                "Anna Berg",
            ),
            (
                "Anna Berg was quoted as saying: “We will strike.”",
                "Anna Berg",
            ),
            ("“We will strike,” says Anna Berg.", "Anna Berg"),
            ("“We will strike,” Anna Berg insisted.", "Anna Berg"),
            ("“We will strike,” replied Anna Berg.", "Anna Berg"),
            (
                "“We will strike,” said the union's leader, Anna Berg.",
                "Anna Berg",
            ),
        ] {
            assert_eq!(speakers(text), some(&[who]), "{text}");
        }
    }

    #[test]
    fn attribution_between_two_parts() {
        assert_eq!(
            speakers("“We are ready,” Tom Reed said. “Very ready.”"),
            some(&["Tom Reed", "Tom Reed"])
        );
    }

    #[test]
    fn the_person_after_a_party_and_a_title_speaks() {
        let text = "“We agree,” Talvik chief executive Mia Berg said. “We do not,” EU Trade \
                    Commissioner Jan Holm told reporters. “It is real,” French Ecological \
                    Transition Minister Anne Roux said. “We are ready,” Qatari Minister of \
                    State Khalid al-Mansouri said. “Soon,” al-Mansouri added.";
        assert_eq!(
            speakers(text),
            some(&[
                "Mia Berg",
                "Jan Holm",
                "Anne Roux",
                "Khalid al-Mansouri",
                "Khalid al-Mansouri"
            ])
        );
    }

    #[test]
    fn a_title_names_the_person_who_holds_it() {
        let text = "US Secretary of State Marco Rubio spoke first.\n\
                    “We will see,” the secretary of state said.";
        assert_eq!(speakers(text), some(&["Marco Rubio"]));
    }

    #[test]
    fn a_title_matches_whole_words_only() {
        let text = "Chairwoman Ann Lee spoke.\n“We will see,” the chair said.";
        assert_eq!(speakers(text), some(&["the chair"]));
        let text = "Chairwoman Ann Lee spoke.\n“We will see,” the chairwoman said.";
        assert_eq!(speakers(text), some(&["Ann Lee"]));
    }

    #[test]
    fn an_unnamed_official_is_described() {
        assert_eq!(
            speakers("“It is over,” the minister said."),
            some(&["the minister"])
        );
    }

    #[test]
    fn a_quote_over_two_paragraphs_has_the_speaker_of_its_end() {
        let text = "Talks went on.\n“This runs on\n“and ends here,” the minister said.";
        assert_eq!(speakers(text), some(&["the minister", "the minister"]));
    }

    #[test]
    fn pronouns_take_the_speaker_of_their_gender() {
        let text = "“Fine,” Mr Tom Reed said. “No,” Ms Anna Berg said. \
                    “Why?” he asked. “Because,” she said.";
        assert_eq!(
            speakers(text),
            some(&["Tom Reed", "Anna Berg", "Tom Reed", "Anna Berg"])
        );
    }

    #[test]
    fn a_name_in_apposition_after_a_rank_speaks() {
        assert_eq!(
            speakers("\"Tired crews are a risk,\" the union's president, Captain Neha Rao, said."),
            some(&["Neha Rao"])
        );
    }

    #[test]
    fn a_board_that_speaks_in_a_statement_is_the_speaker() {
        assert_eq!(
            speakers("\u{201c}Risks have eased,\u{201d} the board said in a statement."),
            [Some("the board".to_string())]
        );
    }
}
