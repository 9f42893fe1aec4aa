//! Where each party stands: clauses whose subject is a party (or someone
//! speaking for it) and whose predicate states a stance.
//!
//! A predicate is a stance verb ("rejected", "will not support", "seeks"),
//! a modal ("would assess"), or a stance adjective ("appears undeterred",
//! "were pleased"), with its auxiliaries and negation. Its subject is the
//! reference just before it, or for a participle ("…, insisting that") or
//! a coordinated verb ("… and has rejected") the subject of the clause
//! before. Inside a quote, "we" and "I" are the speaker's party. The span
//! runs to the end of the clause: the sentence's end, a dash, a semicolon,
//! or a comma or "and" that starts another clause.

use crate::document::Document;
use crate::lexicon::{self, words, Words, DETERMINERS};
use crate::parties::{opens_description, Cast, Target};
use crate::token::{is_possessive, TokenKind};
use crate::{PartyId, Position, Quote, Span, Speaker, Stance};

/// The words of a state's office after its name: "China's foreign
/// ministry condemned", "the US state department said".
fn is_office_word(doc: &Document, j: usize) -> bool {
    doc.lex(j).is_state_organ()
        || doc.is_any(
            j,
            words![
                "ministry",
                "department",
                "office",
                "foreign",
                "defence",
                "defense",
                "interior",
                "finance",
                "trade",
                "health",
                "justice",
                "state"
            ],
        )
}

fn negate(stance: Stance) -> Stance {
    match stance {
        Stance::Support | Stance::Agree => Stance::Oppose,
        Stance::Oppose | Stance::Reject => Stance::Support,
        Stance::Demand | Stance::Propose | Stance::Intend | Stance::Act => Stance::Reject,
        other => other,
    }
}

/// "is", "was": what a clause says something is (or was).
const FINITE_BE: Words = words!["is", "are", "was", "were"];

/// Prepositions whose object is never a clause's subject ("talks with
/// Russia will"); not "of", which titles take ("the President of Kenya").
const OBJECT_PREPOSITIONS: Words =
    words!["with", "to", "for", "from", "against", "by", "on", "in", "at", "between"];

/// Is the name that starts at token `start` the object of a preposition
/// ("talks with (the) Kremlin"), looking back no further than token `from`?
fn object_of_preposition(doc: &Document, start: usize, from: usize) -> bool {
    let k = start - usize::from(start > from && doc.is(start - 1, "the"));
    k > from && doc.is_any(k - 1, OBJECT_PREPOSITIONS)
}

/// The dashes that set off a clause, for matching a token's bytes.
const EN_DASH: &[u8] = "–".as_bytes();
const EM_DASH: &[u8] = "—".as_bytes();

/// A finite verb form that can start a coordinated predicate: "and withdrew".
fn is_finite(word: &str) -> bool {
    word.ends_with("ed")
        || word.ends_with('s')
        || words!["withdrew", "sought", "struck", "began", "took", "said"].contains(word)
}

/// Where a phrase of time that ends right before token `group` starts
/// ("The US on Wednesday imposed", "Kenya last week agreed"); `group`
/// itself when there is none.
fn time_before(doc: &Document, group: usize, sentence_start: usize) -> usize {
    let word = |k: usize| {
        if k >= sentence_start && k < group {
            doc.word(k)
        } else {
            ""
        }
    };
    let g = group;
    // "Monday" … "Sunday" (and "Today", as much a time).
    let weekday = |w: &str| w.len() >= 6 && w.ends_with("day") && w.starts_with(char::is_uppercase);
    if g >= sentence_start + 2 && word(g - 2) == "on" && weekday(word(g - 1)) {
        return g - 2;
    }
    // "on March 3", "on 3 March"
    if g >= sentence_start + 3
        && word(g - 3) == "on"
        && ((doc.lex(g - 2).is_month() && doc.kind(g - 1) == Some(TokenKind::Number))
            || (doc.kind(g - 2) == Some(TokenKind::Number) && doc.lex(g - 1).is_month()))
    {
        return g - 3;
    }
    if g >= sentence_start + 2
        && words!["last", "this", "earlier", "late"].contains(word(g - 2))
        && (words!["week", "month", "year", "weekend"].contains(word(g - 1))
            || weekday(word(g - 1)))
    {
        return g - 2;
    }
    const TIMES: Words = words![
        "yesterday",
        "today",
        "separately",
        "earlier",
        "overnight",
        "jointly",
        "initially",
    ];
    if g > sentence_start && TIMES.contains(word(g - 1)) {
        return g - 1;
    }
    // "fully supports": an adverb in -ly between the subject and the verb
    // (the common ones, "also", "firmly", are auxiliaries of the lexicon).
    const NOUNS_IN_LY: Words = words!["ally", "family", "assembly", "supply", "rally", "monopoly"];
    let w = word(g.wrapping_sub(1));
    let in_ly = w.len() >= 5 && w.ends_with("ly") && w.starts_with(char::is_lowercase);
    if g > sentence_start && in_ly && !NOUNS_IN_LY.contains(w) {
        return time_before(doc, g - 1, sentence_start);
    }
    // "it “fully supports” the plan": a quote opened on the verb.
    let opens_quote = g > sentence_start + 1
        && doc.kind(g - 1) == Some(TokenKind::Quote)
        && doc.touching(g - 1)
        && !doc.touching(g - 2);
    if opens_quote {
        return time_before(doc, g - 1, sentence_start);
    }
    group
}

struct Finder<'d, 't> {
    doc: &'d Document<'t>,
    cast: &'d Cast,
    quoted_party: QuotedParty,
    out: Vec<Position>,
    /// The party the last main clause was about (a reporter, or the subject
    /// of a stance no report introduced): what "it" most likely stands for.
    topic: Option<PartyId>,
    /// The parties of the last subject that named more than one: what
    /// "the two sides" are.
    sides: Vec<PartyId>,
}

/// For each token, whether it is inside a quote and the speaker's party if
/// so, as one `u32` a token: zero outside (so that the allocator hands the
/// table out already written), one for no party, the party plus two.
struct QuotedParty(Vec<u32>);

impl QuotedParty {
    const OUTSIDE: u32 = 0;
    const NO_PARTY: u32 = 1;

    fn new(tokens: usize) -> Self {
        QuotedParty(vec![Self::OUTSIDE; tokens])
    }

    fn set(&mut self, tokens: std::ops::Range<usize>, party: Option<PartyId>) {
        let value = party.map_or(Self::NO_PARTY, |p| p as u32 + 2);
        self.0[tokens].fill(value);
    }

    /// `None` outside quotes; inside, the speaker's party if known. Asked
    /// of every token: inlined, or the size-tuned Wasm makes it a call.
    #[inline(always)]
    fn get(&self, i: usize) -> Option<Option<PartyId>> {
        match self.0.get(i).copied() {
            None | Some(Self::OUTSIDE) => None,
            Some(Self::NO_PARTY) => Some(None),
            Some(p) => Some(Some(p as usize - 2)),
        }
    }
}

/// What a speaker may call "this": "an important step", "welcome news".
const POSITIVE_JUDGEMENTS: lexicon::Words = lexicon::words![
    "important",
    "significant",
    "major",
    "positive",
    "welcome",
    "historic",
    "crucial",
    "key",
    "good",
    "great",
    "excellent",
    "encouraging",
    "promising",
    "vital",
    "constructive",
    "landmark",
    "huge",
    "meaningful",
    "decisive",
    "fair",
    "reasonable",
    "win",
    "victory",
    "milestone",
    "breakthrough",
    "sensible",
    "balanced",
    "helpful",
];

/// …or "a grave mistake", "unacceptable".
const NEGATIVE_JUDGEMENTS: lexicon::Words = lexicon::words![
    "unacceptable",
    "dangerous",
    "bad",
    "wrong",
    "grave",
    "terrible",
    "provocative",
    "regrettable",
    "deplorable",
    "outrageous",
    "disappointing",
    "unfair",
    "unjustified",
    "unjustifiable",
    "illegal",
    "irresponsible",
    "reckless",
    "absurd",
    "ridiculous",
    "mistake",
    "disgrace",
    "betrayal",
    "insult",
    "blow",
    "setback",
    "violation",
    "provocation",
    "discriminatory",
    "baseless",
    "groundless",
    "unlawful",
    "arbitrary",
    "hostile",
    "protectionism",
    "protectionist",
    "counterproductive",
    "lawless",
    "insufficient",
    "inadequate",
    "unworkable",
    "misguided",
    "disproportionate",
    "unrealistic",
    "shameful",
    "politically",
    "politicised",
    "politicized",
];

/// A judgement starting at token `j`, after its copula: "(not) (a) (very)
/// (“)unacceptable", with its stance and the token after its word.
fn judgement_at(doc: &Document, mut j: usize) -> Option<(Stance, usize)> {
    let negated = doc.is(j, "not");
    j += usize::from(negated);
    j += usize::from(doc.is_any(j, words!["a", "an"]));
    j += usize::from(doc.is_any(
        j,
        words![
            "very",
            "really",
            "truly",
            "extremely",
            "hugely",
            "deeply",
            "far"
        ],
    ));
    j += usize::from(doc.kind(j) == Some(TokenKind::Quote) && doc.touching(j));
    // "far too low", "too little, too late": too much of anything is a fault.
    if doc.is(j, "too") && doc.kind(j + 1) == Some(TokenKind::Word) && !doc.is_capitalized(j + 1) {
        let stance = if negated {
            Stance::Support
        } else {
            Stance::Oppose
        };
        return Some((stance, j + 2));
    }
    let stance_at = |k: usize| {
        if doc.is_any(k, POSITIVE_JUDGEMENTS) {
            Some(Stance::Support)
        } else if doc.is_any(k, NEGATIVE_JUDGEMENTS) {
            Some(Stance::Oppose)
        } else {
            None
        }
    };
    // One modifier may come first: "a blatant violation", "naked protectionism".
    let (stance, at) = match stance_at(j) {
        Some(stance) => (stance, j),
        None if doc.kind(j) == Some(TokenKind::Word) && !doc.is_capitalized(j) => {
            (stance_at(j + 1)?, j + 1)
        }
        None => return None,
    };
    Some((if negated { negate(stance) } else { stance }, at + 1))
}

/// How many references back a pronoun's antecedent is sought.
const RECENT_REFERENCES: usize = 64;
/// How many tokens after a verb of speech its report is taken to reach.
const REPORT_REACH: usize = 40;

/// How far before its verb a share of members ("95% of those who voted")
/// may start.
const SHARE_REACH: usize = 12;

/// Every position in the document, in reading order. Inlined into its one
/// caller: left a function of its own, the size-tuned Wasm is 0.3 KB
/// larger after gzip.
#[inline(always)]
pub fn find(doc: &Document, cast: &Cast, quotes: &[Quote]) -> Vec<Position> {
    let mut quoted_party = QuotedParty::new(doc.len());
    let (mut starts, mut ends) = (doc.cursor(), doc.cursor());
    let mut spoken = Vec::new();
    for q in quotes {
        let party = q.speaker.as_ref().and_then(|s| match s {
            Speaker::Person(p) => cast.people[*p].party,
            Speaker::Party(p) => Some(*p),
            Speaker::Described(_, p) => *p,
        });
        let (a, b) = (starts.seek(q.inner.start), ends.seek(q.inner.end));
        quoted_party.set(a..b, party);
        // A short quote is a statement if it starts like a sentence.
        let statement = a < b && (!q.partial || doc.is_capitalized(a));
        if let (Some(party), true) = (party, statement) {
            spoken.push(Spoken {
                tokens: a..b,
                party,
            });
        }
    }
    let mut f = Finder {
        doc,
        cast,
        quoted_party,
        out: Vec::new(),
        topic: None,
        sides: Vec::new(),
    };
    for s in 0..doc.sentences.len() {
        f.sentence(doc.sentences[s].tokens.clone());
    }
    let positions = nested(f.out);
    let statements = quoted_statements(doc, &spoken, &positions);
    if statements.is_empty() {
        return positions;
    }
    // Both in reading order, and apart from each other: merged, not sorted.
    let mut merged = Vec::with_capacity(positions.len() + statements.len());
    let mut statements = statements.into_iter().peekable();
    for p in positions {
        while let Some(q) = statements.next_if(|q| q.span.start < p.span.start) {
            merged.push(q);
        }
        merged.push(p);
    }
    merged.extend(statements);
    merged
}

/// Where the verb that voices a stance noun at token `i` starts, if one
/// does, with at most one word between ("voiced support", "lodged a
/// protest", "issued a warning"). Out of line, for the size-tuned Wasm as
/// `with_particle`.
#[inline(never)]
fn voiced_before(doc: &Document, i: usize) -> Option<usize> {
    const VOICING: Words = words![
        "lodged",
        "filed",
        "registered",
        "issued",
        "gave",
        "voiced",
        "voices",
        "expressed",
        "expresses",
        "offered",
        "offers",
        "pledged",
        "pledges",
        "reiterated",
        "reiterates",
        "reaffirmed",
        "reaffirms",
        "signalled",
        "signaled",
        "signals",
        "threw",
        "lent",
        "declared"
    ];
    (i.saturating_sub(2)..i)
        .rev()
        .take_while(|&k| doc.kind(k) == Some(TokenKind::Word))
        .find(|&k| doc.is_any(k, VOICING))
}

/// A quote's words, as tokens, and the party of its speaker.
struct Spoken {
    tokens: std::ops::Range<usize>,
    party: PartyId,
}

/// "ruled out", "turned down", "pulled out", "called off", "backed away":
/// a particle after the verb at `j` makes a rejection, and "backed down"
/// no predicate at all. "Turn" and "pull" are stances only so: "turned to
/// China" says nothing. The stance `worded` of the verb as it stands, and
/// whether a particle set it. Out of line: inlined into the predicate it
/// makes the size-tuned Wasm 0.3 KB larger after gzip.
#[inline(never)]
fn with_particle(
    doc: &Document,
    j: usize,
    worded: Option<Stance>,
) -> Option<(Option<Stance>, bool)> {
    const TURNS: lexicon::Words =
        words!["turn", "turns", "turned", "turning", "pull", "pulls", "pulled", "pulling"];
    let particle = doc.is_any(j + 1, words!["out", "down", "off", "away"]);
    let phrasal = particle
        && (doc.is_any(j, TURNS)
            || doc.is_any(
                j,
                words![
                    "rule", "rules", "ruled", "ruling", "call", "calls", "called", "calling",
                    "back", "backs", "backed", "backing",
                ],
            ));
    if phrasal && doc.is(j + 1, "down") && doc.begins(j, "back") {
        return None;
    }
    // "stands with its ally", "stood by the deal" support, "stands ready
    // to help" intends; "stood at 5%" is no predicate.
    if doc.is_any(j, words!["stand", "stands", "stood", "standing"]) {
        if doc.is(j + 1, "ready") {
            return Some((Some(Stance::Intend), false));
        }
        return doc
            .is_any(j + 1, words!["with", "by", "behind"])
            .then_some((worded, false));
    }
    Some(match (phrasal, doc.is_any(j, TURNS)) {
        (true, _) => (Some(Stance::Reject), true),
        (false, true) => (None, false),
        (false, false) => (worded, false),
    })
}

/// "asked the WHO for doses", "appealed to donors for help": what is asked
/// for may come after whom it is asked of, as what they are asked to do may
/// ("asked the public to stay home"; not "asked to comment", which someone
/// else asked). Out of line, for the size-tuned Wasm as `with_particle`.
#[inline(never)]
/// "gave the junta a week to restore …", "gives them until Friday to
/// leave": a time given to do something, after the verb of giving at token
/// `i`, is an ultimatum.
fn ultimatum(doc: &Document, i: usize, end: usize) -> bool {
    let time =
        words!["day", "days", "week", "weeks", "month", "months", "hour", "hours", "until", "till"];
    (i + 1..end.min(i + 8))
        .find(|&k| doc.is_any(k, time))
        .is_some_and(|k| (k + 1..end.min(k + 4)).any(|m| doc.is(m, "to")))
}

fn asks_for(doc: &Document, j: usize, end: usize) -> bool {
    !doc.is(j + 1, "to")
        && (j + 1..(j + 9).min(end))
            .take_while(|&k| doc.kind(k) == Some(TokenKind::Word))
            .any(|k| doc.is_any(k, words!["for", "to"]))
}

/// The fewest words a quoted sentence needs to be a statement rather than
/// a phrase.
const STATEMENT_WORDS: usize = 4;

/// A whole sentence a party's speaker is quoted saying, that no clause
/// found before covers, is a stance when it says what must, will or will
/// not be: "There will be no partition of the country." Phrases quoted
/// inside the narrative ("free to leave at once") are not statements.
fn quoted_statements(doc: &Document, spoken: &[Spoken], positions: &[Position]) -> Vec<Position> {
    // Sentences come in reading order, as `positions` do: how far the
    // positions that start before a sentence ends reach tells if one
    // overlaps it.
    let (mut next, mut reach) = (0, 0);
    let mut out = Vec::new();
    // The sentence each quote starts in, walked to rather than looked up:
    // the walk reads the sentences in order, which the cache likes.
    let mut first = 0;
    for q in spoken {
        while doc
            .sentences
            .get(first)
            .is_some_and(|s| s.tokens.end <= q.tokens.start)
        {
            first += 1;
        }
        let mut s = first;
        while s < doc.sentences.len() && doc.sentences[s].tokens.start < q.tokens.end {
            let sentence = &doc.sentences[s].tokens;
            let from = sentence.start.max(q.tokens.start);
            let mut to = sentence.end.min(q.tokens.end);
            s += 1;
            while to > from && doc.kind(to - 1) != Some(TokenKind::Word) {
                to -= 1;
            }
            let words = (from..to).filter(|&k| doc.kind(k) == Some(TokenKind::Word));
            if words.count() < STATEMENT_WORDS {
                continue;
            }
            let span = doc.range_span(from, to);
            while positions.get(next).is_some_and(|p| p.span.start < span.end) {
                reach = reach.max(positions[next].span.end);
                next += 1;
            }
            if reach > span.start {
                continue;
            }
            if let Some(stance) = statement_stance(doc, from..to) {
                out.push(Position {
                    span,
                    party: q.party,
                    stance,
                });
            }
        }
    }
    out
}

/// What a quoted sentence's words make of it: "must", "should", "need" or
/// "has to" a demand; a modal ("will", "can") an intention, or with a
/// negation an objection; "no" or "nothing" ("There is nothing to
/// negotiate") an objection too. A sentence with none of them, or with
/// only a "not" ("the disease is not ours alone"), states no stance.
fn statement_stance(doc: &Document, tokens: std::ops::Range<usize>) -> Option<Stance> {
    if ends_in_preposition(doc, tokens.clone()) {
        return None;
    }
    let (mut negated, mut modal, mut none) = (false, false, false);
    for k in tokens {
        let duty = doc.is_any(k, words!["must", "should", "need", "needs"])
            || (doc.is_any(k, words!["has", "have"]) && doc.is(k + 1, "to"));
        if duty {
            return Some(Stance::Demand);
        }
        negated |= doc.lex(k).is_negation();
        none |= doc.is_any(k, words!["no", "nothing"]);
        modal |= doc.lex(k).is_modal();
    }
    match (modal, negated || none) {
        (true, false) => Some(Stance::Intend),
        (true, true) => Some(Stance::Oppose),
        (false, _) if none => Some(Stance::Oppose),
        _ => None,
    }
}

/// "other things that we also need to be paying attention to": a clause
/// that ends in its preposition is about a thing named before it, not a
/// stance. Not "Russia has not agreed to", "if we have to".
#[inline(never)]
fn ends_in_preposition(doc: &Document, tokens: std::ops::Range<usize>) -> bool {
    let end = tokens.end;
    end >= tokens.start + 2
        && doc.is_any(end - 1, words!["to", "of", "about", "with", "for"])
        && doc.lex(end - 2).stance().is_none()
        && !doc.lex(end - 2).is_auxiliary()
}

/// The positions in reading order, without any that partly overlaps one
/// kept before it: the reader draws a layer's spans nested or apart.
fn nested(mut positions: Vec<Position>) -> Vec<Position> {
    crate::order::by_key(&mut positions, |p| {
        (p.span.start, usize::MAX - p.span.end, 0)
    });
    let mut open: Vec<Span> = Vec::new();
    positions.retain(|p| {
        while open.last().is_some_and(|o| o.end <= p.span.start) {
            open.pop();
        }
        let fits = open.last().is_none_or(|o| p.span.end <= o.end);
        if fits {
            open.push(p.span);
        }
        fits
    });
    positions
}

impl Finder<'_, '_> {
    fn in_quote(&self, i: usize) -> bool {
        self.quoted_party.get(i).is_some()
    }

    fn sentence(&mut self, tokens: std::ops::Range<usize>) {
        let doc = self.doc;
        // The subject of the clause before, for participles and coordinated verbs.
        let mut clause_subject: Option<(Vec<PartyId>, bool)> = None;
        // A party reporting the sentence ("Boeing said …"), and where it
        // said so: a verb joined on after the report, with no party named
        // between, is the reporter's ("… and withdrew the offer").
        let mut reporter: Option<(Vec<PartyId>, usize)> = None;
        let mut i = tokens.start;
        while i < tokens.end {
            if let Some((stance, party)) = self.evaluation(i) {
                let end = self.clause_end(i + 2, tokens.end);
                self.out.push(Position {
                    span: doc.range_span(i, end),
                    party: self.speaker_at(i).unwrap_or(party),
                    stance,
                });
                i = end;
                continue;
            }
            let Some((stance, group_start, verb_end)) = self.predicate(i, tokens.end) else {
                if doc.lex(i).is_speech_verb() && !self.in_quote(i) {
                    // "Russia backed the plan but said …": the subject of
                    // the clause before reports it.
                    let joined = i > tokens.start && doc.is_any(i - 1, words!["and", "but"]);
                    let before = clause_subject
                        .as_ref()
                        .filter(|(_, quoted)| joined && !quoted)
                        .map(|(parties, _)| parties.clone());
                    reporter = self
                        .subject(i, tokens.start)
                        .map(|(parties, _)| parties)
                        .or(before)
                        .map(|parties| (parties, i));
                    if let Some((parties, _)) = &reporter {
                        // "Peru backed it, while Chile said … and urged
                        // talks": a verb joined on after a report is the
                        // reporter's, not the subject's before it.
                        clause_subject = None;
                        self.topic = parties.first().copied();
                        if let Some((stance, start, after)) = self.reported_judgement(i, tokens.end)
                        {
                            let end = self.clause_end(after, tokens.end);
                            let speaker = self.speaker_at(start).map(|p| [p]);
                            let parties = speaker.as_ref().map_or(&parties[..], |p| p);
                            self.push_each(parties, doc.range_span(start, end), stance);
                            i = end;
                            continue;
                        }
                    }
                }
                i += 1;
                continue;
            };
            let subject = self
                .subject(group_start, tokens.start)
                .or_else(|| self.members_vote(group_start, tokens.start, stance));
            let before = if group_start > tokens.start {
                doc.word(group_start - 1)
            } else {
                ""
            };
            let subject_named = subject.is_some();
            let (parties, start) = match subject {
                Some((parties, start)) => {
                    if parties.len() > 1 {
                        self.sides.clone_from(&parties);
                    }
                    (parties, start)
                }
                None => {
                    let participle = doc.word(i).ends_with("ing")
                        && (before == "," || before == "and" || before == "but");
                    // "… and withdrew", "… and would ship": a verb or an
                    // auxiliary joined on to the clause before.
                    // "would write down the stake and seek to exit": a bare
                    // verb with what it is for, after a modal's.
                    let coordinated = (before == "and" || before == "but")
                        && (is_finite(doc.word(group_start))
                            || group_start < i
                            || doc.lex(group_start).is_auxiliary()
                            || doc.is(group_start + 1, "to"));
                    let reported = reporter.as_ref().filter(|(by, said)| {
                        !self.in_quote(i) && self.none_but_named_between(by, *said, group_start)
                    });
                    match (&clause_subject, reported, participle || coordinated) {
                        (Some((parties, quoted)), _, true) if *quoted == self.in_quote(i) => {
                            (parties.clone(), group_start)
                        }
                        (None, Some((parties, _)), true) => (parties.clone(), group_start),
                        // "Hungary went further, threatening to block it":
                        // the party the sentence opens with.
                        (None, None, true) if participle => match self.opening_party(&tokens) {
                            Some(party) => (vec![party], group_start),
                            None => {
                                i = verb_end.max(i + 1);
                                continue;
                            }
                        },
                        // "Lund said the duties would stay in place", "she
                        // said members were prepared to stay out": what a
                        // party says will be, of no party, is its stance. Not
                        // "The rebel claims could not be confirmed": a noun.
                        // Not "a cut that would cost jobs": a relative
                        // clause describes a thing.
                        (_, Some((parties, said)), false)
                            if (doc.lex(group_start).is_modal()
                                || doc.is_any(group_start, FINITE_BE))
                                && *said + 1 < group_start
                                && !doc.is_any(group_start - 1, words!["that", "which"])
                                && self.reported_clause(*said, group_start) =>
                        {
                            let that = (*said + 1..group_start).rev().find(|&k| doc.is(k, "that"));
                            (parties.clone(), that.map_or(*said + 1, |k| k + 1))
                        }
                        _ => {
                            i = verb_end.max(i + 1);
                            continue;
                        }
                    }
                }
            };
            // "China, which has spent … with Manila, called on": the span
            // leaves the subject's relative clause out, and the subject with it.
            let relative =
                |k: usize| doc.word(k) == "," && doc.is_any(k + 1, words!["which", "who"]);
            let start = if (start..group_start).any(relative) {
                group_start
            } else {
                start
            };
            let mut end = self.clause_end(verb_end, tokens.end);
            // A relative clause set off by commas ends at the next one.
            if start == group_start && doc.is_any(start.wrapping_sub(1), words!["which", "who"]) {
                end = (verb_end..end).find(|&k| doc.word(k) == ",").unwrap_or(end);
            }
            // "Boeing said the union was stalling": what one party reports of
            // another is the reporter's claim, not the other's stance.
            let claimed = reporter.as_ref().is_some_and(|(by, said)| {
                !self.in_quote(i)
                    && parties.iter().all(|p| !by.contains(p))
                    && self.reported_clause(*said, start)
            });
            // "If Beijing is ready to offer …, we will look": a condition that
            // opens the sentence is not a stance.
            // "Asked whether the government would act": a question, neither.
            let condition = start > tokens.start
                && (doc.is(start - 1, "whether")
                    || doc.is_any(start - 1, words!["if", "unless"])
                        && (start - 1 == tokens.start
                            || doc.kind(start - 2) != Some(TokenKind::Word)));
            // "Egypt said Ethiopia should halt the filling": what the reporter
            // says another must do is the reporter's demand.
            let obliged = doc.is_any(group_start, words!["should", "must"]);
            if let Some((by, _)) = reporter
                .as_ref()
                .filter(|_| claimed && obliged && !condition)
            {
                let end = self.clause_end(verb_end, tokens.end);
                self.push_each(by, doc.range_span(start, end), Stance::Demand);
                i = end;
                continue;
            }
            if claimed || condition {
                i = verb_end.max(i + 1);
                continue;
            }
            // "Russia said any deal must protect its interests": what must
            // be, of no party, the reporter demands.
            // "the deal should close within 30 days" is a forecast.
            let forecast = || {
                (verb_end..end).any(|k| {
                    doc.is_any(
                        k,
                        words!["within", "by", "soon", "next", "later", "before", "early"],
                    )
                })
            };
            let demanded = !subject_named && obliged && !self.in_quote(i) && !forecast();
            let stance = match &reporter {
                Some((_, said)) if demanded && start > *said => Stance::Demand,
                _ => stance,
            };
            let span = doc.range_span(start, end);
            let speaker = self.speaker_at(start).map(|p| [p]);
            let owners = speaker.as_ref().map_or(&parties[..], |p| p);
            // "“Japan must respect the ruling,” said a lawyer": what someone
            // of no party says of a party is no stance of that party's.
            if self.in_quote(start) && speaker.is_none() && subject_named {
                i = end;
                continue;
            }
            // A clause about a thing named before it is still read past
            // (and sets the topic), but states no stance of its own.
            let gapped = ends_in_preposition(doc, start..end);
            if !gapped && !self.extend_last(owners, stance, start, span.end) {
                self.push_each(owners, span, stance);
            }
            if reporter.is_none() && !self.in_quote(i) {
                self.topic = parties.first().copied();
            }
            clause_subject = Some((parties, self.in_quote(start)));
            i = end;
        }
    }

    /// Whatever a quote says is its speaker's stance: "Russia must
    /// withdraw," said Ukraine's minister, is Ukraine's demand. The
    /// speaker's party, for a clause that starts at token `i` in a quote.
    fn speaker_at(&self, i: usize) -> Option<PartyId> {
        self.quoted_party.get(i).flatten()
    }

    /// The same position for each of `parties`.
    fn push_each(&mut self, parties: &[PartyId], span: Span, stance: Stance) {
        for &party in parties {
            self.out.push(Position {
                span,
                party,
                stance,
            });
        }
    }

    /// "We remain committed to a resolution and will work with the union":
    /// a predicate joined by "and" to the one before, of the same parties
    /// and stance, lengthens its position to `end` instead of making one
    /// more. Whether it did.
    fn extend_last(
        &mut self,
        parties: &[PartyId],
        stance: Stance,
        start: usize,
        end: usize,
    ) -> bool {
        let doc = self.doc;
        if !(start >= 1 && doc.is_any(start - 1, words!["and", "but"])) {
            return false;
        }
        let Some(last) = self
            .out
            .len()
            .checked_sub(parties.len())
            .map(|k| &mut self.out[k..])
        else {
            return false;
        };
        let before = doc.span(start - 1).start;
        let same = last.iter().zip(parties).all(|(p, &party)| {
            p.party == party
                && p.stance == stance
                && p.span.end <= before
                && doc.text[p.span.end..before].trim().is_empty()
        });
        if !same {
            return false;
        }
        for p in last {
            p.span.end = end;
        }
        true
    }

    /// A stance predicate starting at token `i`: its stance, where its
    /// verb group starts (with auxiliaries before it) and where it ends.
    fn predicate(&self, i: usize, end: usize) -> Option<(Stance, usize, usize)> {
        let doc = self.doc;
        // Nearly every word is ruled out by its lexicon entry alone.
        let lex = doc.lex(i);
        if !(lex.is_auxiliary() || lex.stance().is_some() || lex.adjective_stance().is_some())
            || doc.kind(i) != Some(TokenKind::Word)
        {
            let gives = lex.is_giving() && ultimatum(doc, i, end);
            return gives.then_some((Stance::Threaten, i, i + 1));
        }
        // Auxiliaries are read from the start of the group.
        let mut j = i;
        let mut negated = false;
        let mut modal = false;
        let mut quote_opened = false;
        loop {
            while j < end && doc.lex(j).is_auxiliary() && !doc.lex(j).is_first_person() {
                negated |= doc.lex(j).is_negation();
                // "We are not going to trade our jobs": an intention, as a modal is.
                modal |= doc.lex(j).is_modal() || (doc.is(j, "going") && doc.is(j + 1, "to"));
                j += 1;
            }
            // "Beijing would “take all necessary measures”", "was “not going
            // to let …”": the group goes on inside a quote.
            if quote_opened || j == i || doc.kind(j) != Some(TokenKind::Quote) || !doc.touching(j) {
                break;
            }
            quote_opened = true;
            j += 1;
        }
        let starts_group =
            j > i || doc.lex(i).stance().is_some() || doc.lex(i).adjective_stance().is_some();
        if !starts_group || j >= end {
            return None;
        }
        // "would be allowed": the first stance word after the auxiliaries.
        let worded = doc
            .lex(j)
            .stance()
            .or(doc.lex(j).adjective_stance())
            .or_else(|| {
                (doc.word(j) == "in" && matches!(doc.word(j + 1), "favour" | "favor"))
                    .then_some(Stance::Support)
            });
        // "will be one of the largest", "would be a mistake": a modal before
        // what something is describes it; it intends nothing.
        let describes = j > i
            && doc.is(j - 1, "be")
            && (doc.kind(j) == Some(TokenKind::Number)
                || doc.is_any(j, words!["a", "an", "the", "one", "worth", "among", "part"]));
        // "It was rejected", "has been declared over": the subject is what
        // the stance is about, not who holds it. Not "is opposed to", "would
        // be allowed to", nor a stance adjective ("was opposed"); and "would
        // be quarantined" still says what will be.
        let passive = j > i
            && !modal
            && doc.word(j).ends_with("ed")
            && doc.is_any(
                j - 1,
                words!["is", "are", "was", "were", "be", "been", "being"],
            )
            && doc.lex(j).adjective_stance().is_none()
            && !doc.is(j + 1, "to");
        if passive {
            return None;
        }
        let modal_intends = modal && !describes;
        let (worded, phrasal) = with_particle(doc, j, worded)?;
        let stance = worded.or_else(|| modal_intends.then_some(Stance::Intend))?;
        // "voted" is a stance only for or against something ("voted in the
        // ballot rejecting it" rejects), or as what will be.
        if doc.begins(j, "vot") && !doc.is_any(j + 1, words!["for", "against"]) && !modal {
            return None;
        }
        // "pushed for a ceasefire" demands it, "pushed back against it"
        // opposes it; "pushed into the town" does neither.
        let back_against = doc.is(j + 1, "back") && doc.is(j + 2, "against");
        if doc.begins(j, "push") && !doc.is(j + 1, "for") && !back_against {
            return None;
        }
        // "voted against", "ruled against", "lobbied against": whatever the
        // verb, against something is a stance against it.
        let stance = if doc.is(j + 1, "against") || back_against {
            Stance::Oppose
        } else {
            stance
        };
        // "voiced support for", "lodged a protest": a stance noun after a
        // verb that only voices it.
        let voiced = if j == i { voiced_before(doc, i) } else { None };
        // A verb that heads a noun phrase is no predicate: "the offer", "a ban".
        if j == i && i > 0 && doc.is_any(i - 1, DETERMINERS) && voiced.is_none() {
            return None;
        }
        // "press secretary Dana Cole", "the press officer said": a noun
        // before a role noun, in a title. Not "rejecting official results".
        let titled = |k| doc.is_capitalized(k) || doc.lex(k).is_speech_verb();
        if j == i && doc.lex(i + 1).is_role_noun() && !doc.is_capitalized(i + 1) && titled(i + 2) {
            return None;
        }
        // "to support": an infinitive inside another clause.
        if j == i && doc.is(i.wrapping_sub(1), "to") {
            return None;
        }
        // "called for a ceasefire" demands; "called it a wall" only names it,
        // and "asked about the talks" only asks.
        // Without what is asked for, only a modal before them ("will appeal
        // the verdict") states anything: an intention.
        let calls = doc.begins(j, "call") && !phrasal;
        let asks_nothing = (calls && !["for", "on", "upon"].iter().any(|w| doc.is(j + 1, w)))
            || ((doc.begins(j, "ask") || doc.begins(j, "appeal")) && !asks_for(doc, j, end));
        if asks_nothing && !modal_intends {
            return None;
        }
        // "cleared out of the town" left it; "cleared the merger" agrees.
        if doc.begins(j, "clear") && doc.is(j + 1, "out") {
            return None;
        }
        // "reached a staff-level agreement" agrees; "reached Kyiv" arrives.
        let deal = words![
            "deal",
            "agreement",
            "accord",
            "compromise",
            "settlement",
            "truce",
            "ceasefire"
        ];
        if doc.begins(j, "reach") && !(j + 1..j + 5).any(|k| doc.is_any(k, deal)) {
            return None;
        }
        // "the revenue it needs for roads", "the $2 billion it sought for the
        // country": what is wanted was named before,
        // in a clause that only describes it.
        let gap = words!["for", "from", "in", "at", "by", "with"];
        let wants = doc.begins(j, "need") || doc.begins(j, "want") || doc.begins(j, "sought");
        if wants && doc.is_any(j + 1, gap) {
            return None;
        }
        // "put turnout at 68%" only states a figure; "put forward" proposes.
        if doc.is(j, "put") && !doc.is(j + 1, "forward") {
            return None;
        }
        // "declined to comment": no stance on anything.
        let no_comment = doc.is(j + 1, "to")
            && doc.is_any(j + 2, words!["comment", "elaborate", "say", "speculate"]);
        if no_comment && worded.is_some() {
            return None;
        }
        let stance = if asks_nothing { Stance::Intend } else { stance };
        // "…, the minister announced on Friday": a verb of speech with nothing
        // after it but the time or place reports the clause before. Not
        // after a modal: "operations would continue" says what will be.
        let reports_only = !calls
            && !modal
            && doc.lex(j).is_speech_verb()
            && (j + 1 >= end
                || matches!(doc.word(j + 1), "." | "," | ";")
                || doc.is_any(
                    j + 1,
                    words![
                        "on",
                        "in",
                        "at",
                        "during",
                        "after",
                        "late",
                        "early",
                        "yesterday",
                        "today"
                    ],
                ));
        if reports_only || self.wants_only_to_say(j, end) {
            return None;
        }
        let stance = if negated { negate(stance) } else { stance };
        Some((stance, voiced.unwrap_or(i), j + 1))
    }

    /// "I want to thank …", "we would like to reassure …", "not one we
    /// wanted.": a wish to say something, or for nothing named, demands nothing.
    fn wants_only_to_say(&self, j: usize, end: usize) -> bool {
        let doc = self.doc;
        if !(doc.begins(j, "want") || doc.begins(j, "wish") || doc.is(j, "like")) {
            return false;
        }
        let nothing_after = j + 1 >= end || matches!(doc.word(j + 1), "." | "," | ";" | "!" | "?");
        nothing_after
            || (doc.is(j + 1, "to")
                && doc.is_any(
                    j + 2,
                    words![
                        "thank",
                        "share",
                        "express",
                        "say",
                        "stress",
                        "emphasise",
                        "emphasize",
                        "acknowledge",
                        "recognise",
                        "recognize",
                        "congratulate",
                        "apologise",
                        "apologize",
                        "welcome",
                        "remind",
                        "reassure",
                        "clarify",
                        "note",
                        "add",
                        "update",
                        "inform",
                        "assure",
                        "praise",
                        "commend"
                    ],
                ))
    }

    /// "This is an important step", "That would be a grave mistake": a
    /// speaker judging what "this" or "that" is, in its own party's quote,
    /// supports or opposes it.
    fn evaluation(&self, i: usize) -> Option<(Stance, PartyId)> {
        let doc = self.doc;
        let party = self.quoted_party.get(i).flatten()?;
        if !(doc.is(i, "this") || doc.is(i, "that")) {
            return None;
        }
        // The subject of its clause: "“This is", "…, and that was".
        let opens = i == 0
            || doc.kind(i - 1) == Some(TokenKind::Quote)
            || matches!(doc.word(i - 1), "." | "," | "and" | "but" | ";");
        let mut j = i + 1;
        if doc.lex(j).is_modal() && doc.is(j + 1, "be") {
            j += 2;
        } else if ["is", "was", "’s", "'s"].iter().any(|w| doc.is(j, w)) {
            j += 1;
        } else {
            return None;
        }
        if !opens {
            return None;
        }
        judgement_at(doc, j).map(|(stance, _)| (stance, party))
    }

    /// "Russia said the sanctions were illegal", "the ministry said in a
    /// statement that the decision was “naked protectionism”": a report,
    /// at the verb of speech `said`, of what its speaker judges a thing
    /// (not a party) to be. The stance, and where the judged thing and the
    /// judgement start and end.
    fn reported_judgement(&self, said: usize, end: usize) -> Option<(Stance, usize, usize)> {
        let doc = self.doc;
        // "said in a statement that …", "said on Monday that …"
        let that = (said + 1..(said + 7).min(end))
            .take_while(|&k| doc.kind(k) == Some(TokenKind::Word))
            .find(|&k| doc.is(k, "that"));
        let start = that.map_or(said + 1, |k| k + 1);
        // "Russia called the decision unacceptable", "… called it “a
        // mistake”": the judgement right after what is judged.
        let calls = that.is_none()
            && doc.is_any(
                said,
                words!["called", "calls", "branded", "brands", "termed"],
            );
        let determiner = doc.is_any(
            start,
            words!["the", "this", "these", "those", "such", "its", "their"],
        );
        if !(determiner || calls && doc.is(start, "it")) {
            return None;
        }
        let words = (start + 1..(start + 6).min(end)).take_while(|&k| {
            doc.kind(k) == Some(TokenKind::Word) || calls && doc.kind(k) == Some(TokenKind::Quote)
        });
        let judged = if calls {
            words.clone().find(|&k| judgement_at(doc, k).is_some())?
        } else {
            words.clone().find(|&k| doc.is_any(k, FINITE_BE))? + 1
        };
        // "said the US decision was a mistake" judges through another's
        // name only when the reporter calls it so: "called the Chinese
        // actions illegal".
        if !calls && (start..judged).any(|k| self.cast.reference_at(k).is_some()) {
            return None;
        }
        let (stance, after) = judgement_at(doc, judged)?;
        Some((stance, start, after))
    }

    /// The parties of the subject that ends right before token `group`,
    /// and where the subject starts.
    fn subject(&self, group: usize, sentence_start: usize) -> Option<(Vec<PartyId>, usize)> {
        let doc = self.doc;
        let group = time_before(doc, group, sentence_start);
        if group == sentence_start {
            return None;
        }
        let last = group - 1;
        // "the two sides said", "both countries agreed", "they will": the
        // parties last named together.
        let pair_noun = doc.is_any(last.wrapping_sub(1), words!["two", "both"])
            && doc.is_any(
                last,
                words![
                    "sides",
                    "countries",
                    "governments",
                    "nations",
                    "neighbours",
                    "neighbors"
                ],
            );
        let pair_pronoun = doc.is_any(last, words!["they", "both"]) && !self.in_quote(last);
        if pair_noun || pair_pronoun {
            let mut start = last - usize::from(pair_noun);
            if start > sentence_start && doc.is(start - 1, "the") {
                start -= 1;
            }
            if let Some(pair) = self.pair_named_before(start, sentence_start) {
                // "Britain, France and Germany … they": the whole list the
                // last two closed.
                let listed = self.sides.len() > 2 && pair.iter().all(|p| self.sides.contains(p));
                return Some((if listed { self.sides.clone() } else { pair }, start));
            }
            if doc.is(last, "sides") && self.sides.len() > 1 {
                return Some((self.sides.clone(), start));
            }
        }
        // "Its negotiators said", "their foreign ministers demanded": the
        // party last named, or the two last named together.
        let head = || {
            doc.lex(last).is_role_noun()
                || doc.lex(last).is_force_noun()
                || is_office_word(doc, last)
        };
        let owner = head()
            .then(|| {
                (last.saturating_sub(3)..last)
                    .filter(|&k| k >= sentence_start)
                    .find(|&k| doc.is_any(k, words!["its", "their"]))
            })
            .flatten();
        if let Some(k) = owner.filter(|_| !self.in_quote(last)) {
            let plain = (k + 1..=last).all(|m| doc.word(m).starts_with(char::is_lowercase));
            if plain {
                let pair = doc
                    .is(k, "their")
                    .then(|| self.pair_named_before(k, sentence_start));
                return match pair.flatten() {
                    Some(pair) => Some((pair, k)),
                    None => self.cast.antecedent_of(doc, k).map(|p| (vec![p], k)),
                };
            }
        }
        // "The US, which has urged producers to pump more, …": the subject
        // of a relative clause set off by a comma is the name before it.
        if last > sentence_start + 1
            && doc.is_any(last, words!["which", "who"])
            && doc.word(last - 1) == ","
        {
            if let Some(r) = self.reference_ending_at(last - 2) {
                return Some((vec![self.cast.party_of(r.target)?], group));
            }
        }
        // In a quote: "we", "I".
        if let Some(party) = self.quoted_party.get(last) {
            if doc.lex(last).is_first_person() {
                return party.map(|p| (vec![p], last));
            }
        }
        // "we’re trying": the pronoun and auxiliary are one token.
        if let Some(Some(party)) = self.quoted_party.get(group) {
            if doc.lex(group).is_first_person()
                && group == last + 1
                && doc.word(group).contains(['\'', '’'])
            {
                return Some((vec![party], group));
            }
        }
        // "a measure Rubio said would apply": a report right before a modal
        // is a relative clause; what it says is the reporter's.
        let reports = ["said", "says", "say"].iter().any(|w| doc.is(last, w));
        if last > sentence_start && reports && doc.lex(group).is_modal() && !self.in_quote(last) {
            if let Some(r) = self.reference_ending_at(last - 1) {
                return Some((vec![self.cast.party_of(r.target)?], r.tokens.start));
            }
        }
        // A reference ending just before the group, or a few title words before it:
        // "Moscow has", "The US Secretary of State also hinted".
        let mut j = last + 1;
        let mut steps = 0;
        let mut companions = Vec::new();
        while j > sentence_start && steps < 6 {
            j -= 1;
            steps += 1;
            let w = doc.word(j);
            if let Some(r) = self.reference_ending_at(j) {
                // "Talks with Russia will resume": the object of a
                // preposition is not the subject.
                if object_of_preposition(doc, r.tokens.start, sentence_start) {
                    return None;
                }
                let party = self.cast.party_of(r.target)?;
                let mut parties = vec![party];
                let mut start = r.tokens.start;
                // "The US Department of Justice and the European Commission ruled"
                let mut k = start;
                while k >= 2 && matches!(doc.word(k - 1).as_bytes(), b"and" | b"," | b"the") {
                    let mut m = k - 1;
                    while m > sentence_start
                        && matches!(doc.word(m).as_bytes(), b"and" | b"," | b"the")
                    {
                        m -= 1;
                    }
                    // "Congo's government and …": the party before its organ.
                    let organ = is_office_word(doc, m) || doc.lex(m).is_force_noun();
                    if organ && m > sentence_start && self.reference_ending_at(m).is_none() {
                        m -= 1;
                    }
                    match self
                        .reference_ending_at(m)
                        .and_then(|r| self.cast.party_of(r.target).map(|p| (p, r.tokens.start)))
                    {
                        Some((p, s)) => {
                            parties.insert(0, p);
                            start = s;
                            k = s;
                        }
                        None => break,
                    }
                }
                parties.append(&mut companions);
                if parties.len() > 1 {
                    parties.dedup();
                    return Some((parties, group));
                }
                // Include the article before a party's name: "The United States will".
                if start > sentence_start && doc.is(start - 1, "the") {
                    start -= 1;
                }
                return Some((parties, start));
            }
            // "The army's commander, General Omar Said, rejected": a person
            // named in apposition, set off by commas, is the subject.
            // "The Malawi Electoral Commission (MEC) dismissed": its acronym.
            if w == ")" && j >= 2 && doc.word(j - 2) == "(" {
                j -= 2;
                continue;
            }
            let apposed_person = j == last
                && w == ","
                && j > 0
                && self
                    .reference_ending_at(j - 1)
                    .is_some_and(|r| matches!(r.target, Target::Person(_)));
            if apposed_person {
                continue;
            }
            if j == last && w == "," {
                // "Moscow, he said, would find other routes": the subject
                // before a report set off by commas. "Felix Mhango, the
                // government's spokesman, said": the person before a role.
                // The comma before, within reach of an apposition; the
                // shorter asides below are looked for nearer.
                let far_comma = (j.saturating_sub(14)..j)
                    .rev()
                    .find(|&k| doc.word(k) == "," && k > sentence_start);
                let comma = far_comma.filter(|&k| k >= j.saturating_sub(8));
                let aside = comma.filter(|&k| (k + 1..j).any(|m| doc.lex(m).is_speech_verb()));
                let role = comma.filter(|&k| {
                    (k + 1..j).any(|m| doc.lex(m).is_role_noun())
                        && self
                            .reference_ending_at(k - 1)
                            .is_some_and(|r| matches!(r.target, Target::Person(_)))
                });
                if let Some(k) = aside.or(role) {
                    j = k;
                    continue;
                }
                // "Peru, along with Chile, demanded": both.
                let along = comma.filter(|&k| {
                    doc.is(k + 1, "alongside")
                        || (doc.is_any(k + 1, words!["along", "together"]) && doc.is(k + 2, "with"))
                });
                // "Peru, however, rejected", "Peru, for its part, has": a
                // short aside that names no one else. "Unite, Britain's
                // biggest union, rejected": nor does one that names the
                // party before it again, or an owner.
                let named_before = comma
                    .and_then(|k| self.reference_ending_at(k.checked_sub(1)?))
                    .and_then(|r| self.cast.party_of(r.target));
                let short_aside = comma.filter(|&k| {
                    j - k <= 4
                        && (k + 1..j).all(|m| {
                            doc.kind(m) == Some(TokenKind::Word)
                                && self.cast.reference_at(m).is_none_or(|r| {
                                    is_possessive(doc.word(r.tokens.end - 1))
                                        || named_before.is_some()
                                            && self.cast.party_of(r.target) == named_before
                                })
                        })
                });
                // "Acme, a volunteer group representing parents at 400
                // schools, urged": a party's apposition, however long.
                let apposition = far_comma.filter(|&k| {
                    opens_description(doc, k + 1) && self.reference_ending_at(k - 1).is_some()
                });
                if let Some(k) = short_aside.or(apposition).filter(|_| along.is_none()) {
                    j = k;
                    continue;
                }
                if let Some(k) = along {
                    companions.extend(
                        (k + 2..j)
                            .filter_map(|m| self.reference_ending_at(m))
                            .filter_map(|r| self.cast.party_of(r.target)),
                    );
                    j = k;
                    continue;
                }
                // "Germany, whose carmakers sell most there, had lobbied": the
                // name before a relative clause set off by commas.
                let k = self.before_relative_clause(j, sentence_start);
                if k != j {
                    j = k + 1;
                    continue;
                }
            }
            // "M23 rebels agreed", "Russian troops seized": the forces of a
            // party; "OPEC+ oil producers agreed", "EU member states
            // backed": its members, with a word before the noun.
            const MEMBERS: Words = words![
                "members",
                "producers",
                "exporters",
                "states",
                "nations",
                "countries",
                "governments",
                "allies",
                "partners",
                "delegates",
                "delegations"
            ];
            let lex = doc.lex(j);
            let verb = lex.is_speech_verb() || lex.stance().is_some() || lex.is_modal();
            let members = (j == last && doc.is_any(j, MEMBERS))
                || (j + 1 == last
                    && doc.is_any(last, MEMBERS)
                    && doc.word(j).starts_with(char::is_lowercase)
                    && !verb
                    && !lex.is_auxiliary());
            let title_like = members
                || doc.lex(j).is_title_word()
                || w == "of"
                || is_office_word(doc, j)
                || doc.lex(j).is_force_noun()
                || (doc.is_capitalized(j) && !doc.lex(j).is_common_capitalised());
            if !title_like {
                break;
            }
        }
        // "he", "it" as the subject: the last person or party before.
        let w = doc.word(last);
        let pronoun = w.as_bytes();
        if matches!(pronoun, b"he" | b"He" | b"she" | b"She" | b"it" | b"It")
            && !self.in_quote(last)
        {
            let want_person = !matches!(pronoun, b"it" | b"It");
            // "Nordal said on Thursday that it would": the one who reports.
            let mut b = last;
            if b > sentence_start && doc.is(b - 1, "that") {
                b -= 1;
            }
            b = time_before(doc, b, sentence_start);
            if b > sentence_start + 1 && doc.lex(b - 1).is_speech_verb() {
                let reporter = self
                    .reference_ending_at(self.before_relative_clause(b - 2, sentence_start))
                    .filter(|r| matches!(r.target, Target::Person(_)) == want_person);
                // "The Philippine foreign ministry, which …, said it", "Manila
                // summoned the envoy and said it": the one the sentence opens with.
                let opening = || {
                    let k = sentence_start + usize::from(doc.is(sentence_start, "the"));
                    self.cast.reference_at(k).filter(|r| !r.not_acting)
                };
                let reporter = reporter
                    .or_else(opening)
                    .filter(|r| matches!(r.target, Target::Person(_)) == want_person);
                if let Some(r) = reporter {
                    return self.cast.party_of(r.target).map(|p| (vec![p], last));
                }
            }
            let found = self.cast.references[..self
                .cast
                .references
                .partition_point(|r| r.tokens.start < last)]
                .iter()
                .rev()
                // A pronoun stands for someone recent: the look back is bounded.
                .take(RECENT_REFERENCES)
                .find(|r| matches!(r.target, Target::Person(_)) == want_person && !r.not_acting);
            // "It" with no party before it in its sentence is what the text
            // was last about, rather than the last party it named.
            let topic = self
                .topic
                .filter(|_| !want_person && found.is_none_or(|r| r.tokens.start < sentence_start));
            if let Some(topic) = topic {
                return Some((vec![topic], last));
            }
            return self.cast.party_of(found?.target).map(|p| (vec![p], last));
        }
        None
    }

    /// The party a sentence opens with as its subject: "Hungary …", "The
    /// union …".
    fn opening_party(&self, sentence: &std::ops::Range<usize>) -> Option<PartyId> {
        let k = sentence.start + usize::from(self.doc.is(sentence.start, "the"));
        let r = self.cast.reference_at(k).filter(|r| !r.not_acting)?;
        self.cast.party_of(r.target)
    }

    /// "Chad and Sudan met. The two sides …": the two parties named last,
    /// joined by "and", in this sentence or the one before, before token
    /// `at`. Not the object of a preposition ("talks in Chad and Sudan").
    fn pair_named_before(&self, at: usize, sentence_start: usize) -> Option<Vec<PartyId>> {
        let doc = self.doc;
        let s = doc.sentence_of(sentence_start);
        let since = s
            .checked_sub(1)
            .map_or(sentence_start, |p| doc.sentences[p].tokens.start);
        let references = &self.cast.references;
        let before = references.partition_point(|r| r.tokens.start < at);
        let recent = &references[before.saturating_sub(RECENT_REFERENCES)..before];
        recent.windows(2).rev().find_map(|w| {
            let (a, b) = (&w[0], &w[1]);
            if a.tokens.start < since {
                return None;
            }
            let joined = b.tokens.start == a.tokens.end + 1 && doc.is(a.tokens.end, "and");
            let k = a.tokens.start;
            let object = object_of_preposition(doc, k, 0);
            if !joined || object || a.not_acting || b.not_acting {
                return None;
            }
            let (pa, pb) = (self.cast.party_of(a.target)?, self.cast.party_of(b.target)?);
            (pa != pb).then(|| vec![pa, pb])
        })
    }

    /// "Nordal, which holds a stake, said": where the reporter's name ends,
    /// before a relative clause set off by commas that ends at `j`.
    fn before_relative_clause(&self, j: usize, sentence_start: usize) -> usize {
        let doc = self.doc;
        if doc.word(j) != "," {
            return j;
        }
        let reach = j.saturating_sub(REPORT_REACH).max(sentence_start + 1);
        (reach..j)
            .rev()
            .find(|&k| {
                doc.word(k - 1) == "," && ["which", "who", "whose"].iter().any(|w| doc.is(k, w))
            })
            .and_then(|k| k.checked_sub(2))
            .unwrap_or(j)
    }

    /// "with 95% of those who voted rejecting", "while 96% were in
    /// favour": a percentage opening the clause before `group`, with no
    /// comma between, is a share of members voting, and so the vote of
    /// the story's union when it has one. A share intends nothing: a bare
    /// modal after it ("40% will be cut") gives no position.
    fn members_vote(
        &self,
        group: usize,
        sentence_start: usize,
        stance: Stance,
    ) -> Option<(Vec<PartyId>, usize)> {
        let union = self
            .cast
            .only_party_called("union")
            .filter(|_| stance != Stance::Intend)?;
        let doc = self.doc;
        let reach = group.saturating_sub(SHARE_REACH).max(sentence_start);
        let mut k = group;
        while k > reach {
            k -= 1;
            if matches!(doc.word(k), "," | ";" | ":") || self.in_quote(k) {
                return None;
            }
            let percent = doc.kind(k) == Some(TokenKind::Number)
                && (doc.is(k + 1, "%")
                    || doc.is(k + 1, "percent")
                    || (doc.is(k + 1, "per") && doc.is(k + 2, "cent")));
            if !percent {
                continue;
            }
            let opens_clause = k == sentence_start
                || matches!(
                    doc.word(k - 1),
                    "," | "with" | "While" | "while" | "and" | "but" | "whereas" | "said" | "that"
                );
            return opens_clause.then(|| (vec![union], k));
        }
        None
    }

    /// The reference of an acting party or person whose last token is `j`.
    fn reference_ending_at(&self, j: usize) -> Option<&crate::parties::Reference> {
        self.cast.reference_ending_at(j).filter(|r| !r.not_acting)
    }

    /// Does the report at token `said` reach token `b`, with no "but",
    /// "while" or semicolon opening a clause of the writer's own between?
    /// Only a short way is looked at: farther than that, the answer is no.
    fn reported_clause(&self, said: usize, b: usize) -> bool {
        let doc = self.doc;
        said < b
            && b <= said + REPORT_REACH
            && (said + 1..b).all(|j| {
                // "… two weeks after the government declared": the writer's;
                // "… but that a delegation would travel": the report goes on.
                let writers = doc.is_any(
                    j,
                    words![
                        "but", "while", "whereas", "although", "though", "yet", ";", "after",
                        "before", "since"
                    ],
                ) && !doc.is(j + 1, "that");
                // "…, the Commission said, prompting Beijing to threaten": what
                // the report led to is the writer's account too.
                let consequence = doc.word(j - 1) == ","
                    && doc.is_any(
                        j,
                        words![
                            "prompting",
                            "forcing",
                            "leading",
                            "sparking",
                            "triggering",
                            "provoking",
                            "drawing",
                            "causing"
                        ],
                    );
                !writers && !consequence
            })
    }

    /// Is no party or person but those of `parties` named from after token
    /// `a` up to `b` ("Canada's minister said Ottawa was … and urged")? A
    /// place ("workers at the plant in Ohio") names no one, nor does the
    /// object of a preposition ("in contact with British authorities").
    /// Only a short way is looked at: farther than that, the answer is no.
    fn none_but_named_between(&self, parties: &[PartyId], a: usize, b: usize) -> bool {
        let doc = self.doc;
        b <= a + REPORT_REACH
            && (a + 1..b).all(|j| {
                let named = self
                    .cast
                    .reference_at(j)
                    .filter(|r| !r.not_acting && !object_of_preposition(doc, j, 0));
                named.is_none_or(|r| {
                    self.cast
                        .party_of(r.target)
                        .is_some_and(|p| parties.contains(&p))
                })
            })
    }

    /// Where the clause that continues after token `from` ends.
    fn clause_end(&self, from: usize, sentence_end: usize) -> usize {
        let doc = self.doc;
        let quoted = self.in_quote(from.saturating_sub(1));
        let limit = sentence_end.min(from + 60);
        let mut j = from;
        while j < limit {
            let w = doc.word(j);
            // Most tokens are words, and of those only two can end a clause:
            // before a predicate, or a second report ("said X but that Y").
            if doc.kind(j) == Some(TokenKind::Word) {
                let next_clause = self.predicate_follows(j + 1) || doc.is(j + 1, "that");
                if matches!(w.as_bytes(), b"and" | b"but") && next_clause {
                    return j;
                }
                // "called for calm after the commission declared …": what
                // the stance came after, or because of, is the writer's.
                if j > from && doc.lex(j).is_subordinator() {
                    return j;
                }
                j += 1;
                continue;
            }
            if matches!(w.as_bytes(), b";" | EN_DASH | EM_DASH | b"(" | b":")
                || (w == "-" && !doc.touching(j) && j > 0 && !doc.touching(j - 1))
            {
                return j;
            }
            // The quote the clause is in ends here, after its stop.
            if quoted && doc.kind(j) == Some(TokenKind::Quote) && !self.in_quote(j) {
                let mut end = j;
                while end > from && matches!(doc.word(end - 1).as_bytes(), b"." | b"!" | b"?") {
                    end -= 1;
                }
                return end;
            }
            if w.as_bytes() == b"," {
                let next = doc.word(j + 1);
                let mut buffer = [0u8; lexicon::MAX_WORD];
                let lower = lexicon::lowercase(next, &mut buffer).unwrap_or("");
                let starts_clause = (next.ends_with("ing") && next.chars().all(char::is_lowercase))
                    || words!["which", "who", "while", "but", "although", "though", "whereas"]
                        .contains(lower)
                    || self.attribution_follows(j + 1, limit);
                if starts_clause {
                    return j;
                }
            }
            j += 1;
        }
        // Leave a sentence's closing stop and marks out of the clause, but
        // not a number's "%".
        let mut end = limit;
        while end > from
            && matches!(
                doc.kind(end - 1),
                Some(TokenKind::Punct) | Some(TokenKind::Quote)
            )
            && doc.word(end - 1) != "%"
        {
            end -= 1;
        }
        end.max(from)
    }

    /// Does a new predicate start at token `j`, after "and" or "but"
    /// ("rejecting the results and demanding a recount", "and will strike")?
    fn predicate_follows(&self, j: usize) -> bool {
        let (next, after) = (self.doc.word(j), self.doc.lex(j));
        let participle = next.ends_with("ing") && after.stance().is_some();
        after.is_auxiliary() && next != "not"
            || participle
            || (after.stance().is_some() && self.doc.is(j + 1, "to"))
            || (is_finite(next) && (after.stance().is_some() || after.is_speech_verb()))
    }

    /// "…, US Secretary of State Marco Rubio has said": an attribution, not more of the clause.
    fn attribution_follows(&self, from: usize, limit: usize) -> bool {
        let doc = self.doc;
        (from..limit.min(from + 8))
            .take_while(|&k| doc.word(k) != ",")
            .any(|k| doc.lex(k).is_speech_verb())
            && (from..from + 4).any(|k| {
                self.cast.reference_at(k).is_some()
                    || lexicon::pronoun_gender(doc.word(k)).is_some()
            })
    }
}

#[cfg(test)]
mod tests {
    use crate::analyze;

    fn positions(text: &str) -> Vec<(String, String, &'static str)> {
        let a = analyze(text);
        a.positions
            .iter()
            .map(|p| {
                (
                    p.span.of(text).to_string(),
                    a.parties[p.party].name.clone(),
                    p.stance.as_str(),
                )
            })
            .collect()
    }

    /// The party and stance of the one position in `text`.
    fn sole_position(text: &str) -> (String, &'static str) {
        let found = positions(text);
        assert_eq!(found.len(), 1, "{found:?}");
        (found[0].1.clone(), found[0].2)
    }

    /// Only the stances of the positions in `text`.
    fn stances(text: &str) -> Vec<&'static str> {
        positions(text).into_iter().map(|p| p.2).collect()
    }

    #[test]
    fn an_apposition_that_names_the_party_again_is_set_aside() {
        assert_eq!(
            sole_position("Unite, Britain's biggest union, rejected the offer."),
            ("Unite".into(), "reject")
        );
        // An aside that names another party is no apposition.
        assert!(positions("Peru, not Chile, demanded talks.").is_empty());
    }

    #[test]
    fn a_party_s_members_and_pushing_back() {
        assert_eq!(
            sole_position("OPEC+ oil producers agreed to extend their cuts."),
            ("OPEC+".into(), "agree")
        );
        assert_eq!(
            sole_position("Kazakhstan pushed back against demands for deeper cuts."),
            ("Kazakhstan".into(), "oppose")
        );
        assert!(positions("Kazakhstan pushed into the town.").is_empty());
    }

    #[test]
    fn what_a_party_says_must_be_it_demands() {
        assert_eq!(
            stances("Russia said any deal must protect its interests."),
            ["demand"]
        );
        // A forecast, and what it says it must do itself, are no demands.
        assert_eq!(
            stances("Russia said the deal should close within 30 days."),
            ["intend"]
        );
        assert_eq!(stances("Russia said it must act."), ["intend"]);
        // The subject of the clause before reports what comes after "but said".
        assert_eq!(
            stances("Russia backed the plan but said any deal must protect its interests."),
            ["support", "demand"]
        );
    }

    #[test]
    fn an_adverb_or_a_quote_mark_before_the_verb() {
        assert_eq!(stances("Japan also firmly rejected the plan."), ["reject"]);
        assert_eq!(
            stances("Peru said it \"fully supports\" the plan and called on Chile to join."),
            ["support", "demand"]
        );
        // A noun in -ly is no adverb.
        assert!(stances("Japan and its ally met.").is_empty());
    }

    #[test]
    fn what_a_party_calls_a_thing_is_its_judgement() {
        assert_eq!(
            stances("Russia called the decision “unacceptable”."),
            ["oppose"]
        );
        assert_eq!(stances("Japan called it a welcome step."), ["support"]);
        assert!(stances("Russia called the talks on Monday.").is_empty());
    }

    #[test]
    fn cannot_and_won_t_are_modals_negated() {
        assert_eq!(
            stances("Harlow Motors said it cannot match the figure."),
            ["reject"]
        );
        assert_eq!(stances("Russia won't accept the plan."), ["oppose"]);
    }

    #[test]
    fn standing_with_or_by_supports() {
        assert_eq!(
            stances("The United States stands with its ally."),
            ["support"]
        );
        assert_eq!(stances("Japan will stand by the deal."), ["support"]);
        assert_eq!(stances("Japan stands ready to help."), ["intend"]);
        assert!(stances("Inflation in Japan stood at 5 percent.").is_empty());
    }

    #[test]
    fn its_and_their_stand_for_the_party_before() {
        let found = positions(
            "The African Union appointed a mediator. Its special envoy, Ana Ruiz, proposed a pause.",
        );
        assert!(
            found.contains(&(
                "Ana Ruiz, proposed a pause".into(),
                "African Union".into(),
                "propose"
            )),
            "{found:?}"
        );
        // The party the sentence before opened with, not its object.
        let found = positions("Spain backed the Commission. Its negotiators rejected the plan.");
        assert!(
            found.iter().any(|p| p.1 == "Spain" && p.2 == "reject"),
            "{found:?}"
        );
        let found =
            positions("Egypt and Sudan met. Their foreign ministers demanded a binding deal.");
        let parties: Vec<&str> = found.iter().map(|p| p.1.as_str()).collect();
        assert_eq!(parties, ["Egypt", "Sudan"], "{found:?}");
    }

    #[test]
    fn a_stance_noun_voiced_by_a_verb_is_a_stance() {
        assert_eq!(
            positions("Japan and Peru voiced support for the plan."),
            [
                (
                    "voiced support for the plan".into(),
                    "Japan".into(),
                    "support"
                ),
                (
                    "voiced support for the plan".into(),
                    "Peru".into(),
                    "support"
                ),
            ]
        );
        assert_eq!(
            stances("Chile expressed strong support for the deal."),
            ["support"]
        );
        // Only a verb that voices it: support lost is no stance.
        assert_eq!(
            stances("Chile lost support among voters."),
            Vec::<&str>::new()
        );
    }

    #[test]
    fn a_relative_clause_after_a_party_is_its_stance_and_left_out_of_the_next() {
        assert_eq!(
            positions(
                "The United States, which has urged producers to pump more oil, pressed \
                 Riyadh to reconsider."
            ),
            [
                (
                    "has urged producers to pump more oil".into(),
                    "United States".into(),
                    "demand"
                ),
                (
                    "pressed Riyadh to reconsider".into(),
                    "United States".into(),
                    "demand"
                ),
            ]
        );
    }

    #[test]
    fn it_after_a_report_is_the_reporter_the_sentence_opens_with() {
        for text in [
            "Peru summoned Chile's envoy on Monday and said it would not withdraw its ships.",
            "The Peruvian foreign ministry, which summoned Chile's envoy, said it would not \
             withdraw its ships.",
        ] {
            let found = positions(text);
            let last = found.last().expect(text);
            assert_eq!(
                last.0, "it would not withdraw its ships",
                "{text}: {found:?}"
            );
            assert_eq!(last.1, "Peru", "{text}");
        }
    }

    #[test]
    fn a_bare_verb_with_to_after_and_is_a_stance_of_its_own() {
        assert_eq!(
            positions("Peru said it would sell the stake and seek to exit within a year."),
            [
                ("it would sell the stake".into(), "Peru".into(), "intend"),
                ("seek to exit within a year".into(), "Peru".into(), "demand"),
            ]
        );
    }

    #[test]
    fn common_wire_verbs_state_stances() {
        for (text, stance) in [
            ("Peru has long opposed the plan.", "oppose"),
            ("Peru has consistently opposed the plan.", "oppose"),
            ("Peru is pushing for a ceasefire.", "demand"),
            ("Peru summoned Chile's ambassador.", "act"),
            ("Peru froze the assets of three banks.", "act"),
            ("Peru lodged a protest with Chile.", "oppose"),
            ("Peru issued a warning to Chile.", "threaten"),
            ("Peru said it regretted the decision.", "oppose"),
            ("Peru said it was disappointed by the ruling.", "oppose"),
            ("Peru said it had closed the border.", "act"),
            (
                "Peru asked the United Nations Security Council to meet.",
                "demand",
            ),
        ] {
            assert_eq!(stances(text), [stance], "{text}");
        }
        // Pushing anywhere but for something is no demand.
        assert_eq!(
            stances("Peruvian troops pushed into the town."),
            Vec::<&str>::new()
        );
    }

    #[test]
    fn the_two_countries_and_they_are_the_pair_named_last() {
        for (text, start) in [
            (
                "Peru and Chile met. The two countries agreed to reopen the border.",
                "The two",
            ),
            (
                "Peru and Chile met. Both governments rejected the report.",
                "Both",
            ),
            (
                "Peru and Chile met. They agreed to reopen the border.",
                "They",
            ),
            ("Peru and Chile both rejected the report.", "both"),
        ] {
            let found = positions(text);
            let parties: Vec<&str> = found.iter().map(|p| p.1.as_str()).collect();
            assert_eq!(parties, ["Peru", "Chile"], "{text}");
            assert!(found[0].0.starts_with(start), "{text}: {found:?}");
        }
        // A pair named as a place, or two sentences back, is not who "they" are.
        assert!(positions("Protests in Peru and Chile grew. They demanded pay.").is_empty());
        assert!(positions("Peru and Chile met. It rained. They agreed to talk.").is_empty());
    }

    #[test]
    fn a_short_aside_between_a_party_and_its_verb_is_passed_over() {
        for text in [
            "Peru, however, has rejected the offer.",
            "Peru's government, for its part, rejected the offer.",
        ] {
            let found = positions(text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert_eq!(found[0].1, "Peru", "{text}");
        }
    }

    #[test]
    fn a_party_along_with_another_speaks_for_both() {
        assert_eq!(
            positions("Peru, along with Chile, demanded an inquiry."),
            [
                ("demanded an inquiry".into(), "Peru".into(), "demand"),
                ("demanded an inquiry".into(), "Chile".into(), "demand"),
            ]
        );
    }

    #[test]
    fn a_country_s_ministry_speaks_for_the_country() {
        assert_eq!(
            positions("Russia's Foreign Ministry rejected the claim."),
            [(
                "Russia's Foreign Ministry rejected the claim".into(),
                "Russia".into(),
                "reject"
            )]
        );
    }

    #[test]
    fn a_bloc_agrees_as_a_party() {
        assert_eq!(
            positions("OPEC+ agreed on Sunday to extend its cuts."),
            [(
                "OPEC+ agreed on Sunday to extend its cuts".into(),
                "OPEC+".into(),
                "agree"
            )]
        );
    }

    #[test]
    fn a_particle_sets_the_stance_of_its_verb() {
        for (text, stance) in [
            ("Peru ruled out a truce.", "reject"),
            ("Peru turned down the offer.", "reject"),
            ("Peru pulled out of the talks.", "reject"),
            ("Peru called off the visit.", "reject"),
            ("Peru commended the decision.", "support"),
        ] {
            assert_eq!(stances(text), [stance], "{text}");
        }
        // Without their particle these say nothing, unless a modal intends.
        assert_eq!(stances("Peru turned to Chile."), Vec::<&str>::new());
        assert_eq!(stances("Peru backed down on the tax."), Vec::<&str>::new());
        assert_eq!(stances("Peru would turn to Chile."), ["intend"]);
        assert_eq!(stances("Peru backed the plan."), ["support"]);
    }

    #[test]
    fn a_stance_verb_in_a_title_is_a_noun() {
        assert_eq!(
            positions("White House press secretary Ana Ruiz said Washington supported the plan."),
            [(
                "Washington supported the plan".into(),
                "United States".into(),
                "support"
            )]
        );
        assert_eq!(
            stances("The press officer said nothing."),
            Vec::<&str>::new()
        );
        // Before a role noun that is no title, still a verb.
        assert_eq!(
            stances("Peru opposed the vote, rejecting official results."),
            ["oppose", "reject"]
        );
    }

    #[test]
    fn they_after_a_list_of_three_are_all_three() {
        let text = "Britain, France and Germany backed the plan. The three countries said they \
                    remained open to talks.";
        let parties: Vec<String> = positions(text).into_iter().skip(3).map(|p| p.1).collect();
        assert_eq!(parties, ["United Kingdom", "France", "Germany"]);
    }

    #[test]
    fn a_relative_clause_in_a_report_describes_a_thing() {
        assert!(positions("Peru said the cap was a cut that would cost jobs.").is_empty());
        assert_eq!(stances("Peru said the cap would cost jobs."), ["intend"]);
    }

    #[test]
    fn a_verb_joined_on_after_a_report_is_the_reporter_s() {
        let found =
            positions("Peru backed the plan, while Chile said it was unfair and urged talks.");
        assert_eq!(found.last().map(|p| p.1.as_str()), Some("Chile"));
    }

    #[test]
    fn what_someone_of_no_party_says_of_a_party_is_no_stance() {
        for text in [
            "“Japan must respect the ruling,” said Lee Min, a lawyer for the victims.",
            "“Norway cannot open new fields,” campaigner Frode Hals said.",
        ] {
            assert!(positions(text).is_empty(), "{:?}", positions(text));
        }
        let text = "“Japan must respect the ruling,” said South Korean Foreign Minister Lee Min.";
        assert_eq!(positions(text)[0].1, "South Korea");
    }

    #[test]
    fn time_given_to_act_is_an_ultimatum() {
        let found = sole_position("Peru gave the miners a week to leave or face arrest.");
        assert_eq!(found.1, "threaten");
        let found = sole_position("Chile gives Acme until Friday to answer.");
        assert_eq!(found.1, "threaten");
        assert!(positions("Peru gave the miners a week off.").is_empty());
    }

    #[test]
    fn what_is_needed_named_before_is_no_demand() {
        assert!(positions("Peru lost money it needs for schools.").is_empty());
        assert_eq!(sole_position("Peru needs new schools.").1, "demand");
    }

    #[test]
    fn asking_demands_only_for_something() {
        assert_eq!(
            positions("Kenya asked for emergency aid on Monday."),
            [(
                "Kenya asked for emergency aid on Monday".into(),
                "Kenya".into(),
                "demand"
            )]
        );
        assert_eq!(stances("Kenya appealed for calm."), ["demand"]);
        assert_eq!(stances("Kenya asked about the talks."), Vec::<&str>::new());
        assert_eq!(
            positions("\"We are asking everyone to stay home,\" Kenya's health ministry said."),
            [(
                "We are asking everyone to stay home".into(),
                "Kenya".into(),
                "demand"
            )]
        );
        assert_eq!(stances("Kenya asked to speak first."), Vec::<&str>::new());
        assert_eq!(stances("Kenya will appeal the verdict."), ["intend"]);
    }

    #[test]
    fn a_share_of_members_voting_is_the_unions_vote() {
        let story = "Dockers belong to the Harbour Workers Union. In the ballot, 88% of \
                     members rejected the pay offer, while 91 per cent were in favour of a strike.";
        let found = positions(story);
        let union = "Harbour Workers Union";
        assert!(
            found.contains(&(
                "88% of members rejected the pay offer".into(),
                union.into(),
                "reject"
            )),
            "{found:?}"
        );
        assert!(
            found.contains(&(
                "91 per cent were in favour of a strike".into(),
                union.into(),
                "support"
            )),
            "{found:?}"
        );
        // "91 per day" is a rate, not a share.
        let story = "Dockers belong to the Harbour Workers Union. In the strike, 91 per \
                     day were in favour of talks.";
        assert!(
            positions(story).iter().all(|p| p.1 != union),
            "{:?}",
            positions(story)
        );
        // With no union in the story, a share is only a figure.
        assert_eq!(
            positions("In the poll, 60% of voters rejected the plan."),
            []
        );
        // A share intends nothing, and one inside a longer phrase is no subject.
        let story =
            "The Harbour Workers Union is on strike. Meanwhile, 40% of sailings will be cut. \
                     Ferries carrying 30% of freight rejected the union's claims.";
        assert!(
            positions(story).iter().all(|p| p.1 != union),
            "{:?}",
            positions(story)
        );
    }

    #[test]
    fn rebels_are_the_storys_one_armed_group() {
        let found = positions(
            "Fighting resumed after local rebels rejected the truce. A spokesman for \
             the Northern Defence Forces said the group would fight on.",
        );
        assert_eq!(
            found[0],
            (
                "rebels rejected the truce".into(),
                "Northern Defence Forces".into(),
                "reject"
            ),
            "{found:?}"
        );
        // Two such groups: "rebels" could be either, and stands for neither.
        let found = positions(
            "Fighting resumed after local rebels rejected the truce. The Northern Defence \
             Forces and the Southern Defence Forces both claimed the town.",
        );
        assert_eq!(found, [], "{found:?}");
    }

    #[test]
    fn a_verb_joined_to_a_report_has_the_reporter_for_subject() {
        let found = positions("Russia said further talks made no sense and withdrew its offer.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "withdrew its offer");
        assert_eq!(found[0].1, "Russia");
        let found = positions("Peru said on Monday that prices were high, rejecting the plan.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            (found[0].0.as_str(), found[0].1.as_str()),
            ("rejecting the plan", "Peru")
        );
        // Another party named after the report is the verb's subject, or may be.
        let found = positions("Russia said Ukraine walked out and rejected the offer.");
        assert!(found.iter().all(|p| p.1 != "Russia"), "{found:?}");
        // A verb of its own clause is no part of the report.
        let found = positions("Peru said prices were high. Officials rejected the plan.");
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_report_before_a_modal_is_a_relative_clause_of_the_reporter() {
        assert_eq!(
            positions("The levy is a measure Peru said would hurt exporters."),
            [(
                "Peru said would hurt exporters".into(),
                "Peru".into(),
                "intend"
            )]
        );
        // "said" before a noun that is also a stance word states nothing.
        assert!(positions("Peru said fighting was over.").is_empty());
    }

    #[test]
    fn a_speaker_judging_this_in_its_own_quote() {
        let story = |quote: &str| format!("Peru's trade minister said: “{quote}”");
        assert_eq!(
            positions(&story("This is a very welcome step for our farmers.")),
            [(
                "This is a very welcome step for our farmers".into(),
                "Peru".into(),
                "support"
            )]
        );
        assert_eq!(
            stances(&story("That would be a grave mistake.")),
            ["oppose"]
        );
        assert_eq!(
            stances(&story("This is not reasonable. That is unfair.")),
            ["oppose", "oppose"]
        );
        assert_eq!(stances(&story("This is not fair.")), ["oppose"]);
        // No judgement, or no speaker's party: nothing.
        assert!(positions(&story("This is a long road.")).is_empty());
        assert!(positions("“This is a welcome step,” a passer-by said.").is_empty());
        assert!(positions("This is a welcome step for Peru.").is_empty());
    }

    #[test]
    fn the_subject_across_a_time_or_a_relative_clause() {
        assert_eq!(
            positions("Chile on Monday rejected the plan."),
            [(
                "Chile on Monday rejected the plan".into(),
                "Chile".into(),
                "reject"
            )]
        );
        assert_eq!(stances("Chile last week agreed to the deal."), ["agree"]);
        // "it" is whoever reports, not the party named last.
        let found = positions(
            "Talvik Energy, which holds a stake in a Peruvian field, said on Friday that \
             it would exit the venture.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].1, "Talvik Energy");
    }

    #[test]
    fn coordinated_participles_and_a_clause_after_but_are_positions_of_their_own() {
        let found = positions(
            "Peru rejected the results, demanding a recount and threatening a boycott. \
             Chile would not reopen talks but remained willing to meet.",
        );
        let spans: Vec<(&str, &str)> = found
            .iter()
            .map(|(s, p, _)| (s.as_str(), p.as_str()))
            .collect();
        assert_eq!(
            spans,
            [
                ("Peru rejected the results", "Peru"),
                ("demanding a recount", "Peru"),
                ("threatening a boycott", "Peru"),
                ("Chile would not reopen talks", "Chile"),
                ("remained willing to meet", "Chile"),
            ]
        );
    }

    #[test]
    fn more_verbs_of_stance_and_a_subject_with_its_acronym() {
        assert_eq!(
            stances(
                "The Trade Practices Board (TPB) cleared the merger. The TPB fined the firm. \
                 Chile disagreed. Peru lobbied against the duties. Chile invited Peru to talks."
            ),
            // Lobbying against the duties opposes them.
            ["agree", "act", "oppose", "oppose", "propose"]
        );
        // Opening an inquiry acts; being open to talks supports them.
        assert_eq!(
            stances("Chad opened an inquiry into the imports. Chad is open to talks."),
            ["act", "support"]
        );
    }

    #[test]
    fn no_comment_and_a_figure_put_are_no_stance() {
        assert!(stances("Peru declined to comment. Chile refused to say.").is_empty());
        assert!(stances("Peru put turnout at 60%.").is_empty());
        assert_eq!(stances("Peru put forward a plan."), ["propose"]);
    }

    #[test]
    fn forces_of_a_party_and_a_time_clause_inside_a_report() {
        assert_eq!(stances("M23 rebels agreed to a truce."), ["agree"]);
        let found = positions(
            "A spokesman for the Northern Defence Forces said they seized the town, two weeks \
             after Peru declared a ceasefire.",
        );
        assert!(
            found
                .iter()
                .any(|(s, p, _)| p == "Peru" && s.starts_with("Peru declared")),
            "{found:?}"
        );
        // "cleared out" of a place is no approval.
        assert!(stances("Rebel forces cleared out of the town.").is_empty());
    }

    #[test]
    fn what_a_party_reports_of_another_is_its_claim() {
        // Not Ukraine's stance: Russia's account of it.
        assert!(positions("Russia said Ukraine rejected the offer.").is_empty());
        // A clause of the writer's own after the report is a stance again.
        let found = positions("Russia said it had offered talks, but Ukraine rejected the offer.");
        assert!(
            found.iter().any(|p| p.1 == "Ukraine" && p.2 == "reject"),
            "{found:?}"
        );
    }

    #[test]
    fn it_is_what_the_text_was_last_about() {
        // "It" opens a sentence: the party that reported the one before, not
        // the party that report named last.
        let found = positions("Peru said Chile had walked out. It then rejected the plan.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!((found[0].1.as_str(), found[0].2), ("Peru", "reject"));
        // Within one sentence the party before it still comes first.
        let found = positions("Peru said talks were over. Chile said it rejected the plan.");
        assert!(found.iter().all(|p| p.1 == "Chile"), "{found:?}");
    }

    #[test]
    fn a_modal_before_what_something_is_intends_nothing() {
        assert!(stances("Peru said the plant will be one of the largest.").is_empty());
        assert!(stances("Peru said it would be a mistake.").is_empty());
        assert_eq!(stances("Peru will be sending troops."), ["intend"]);
        assert_eq!(stances("Peru will be allowed to join."), ["agree"]);
    }

    #[test]
    fn a_wish_to_say_something_demands_nothing() {
        assert_eq!(
            stances("\"We want to thank our staff,\" Peru said."),
            Vec::<&str>::new()
        );
        assert_eq!(
            stances("Peru would like to reassure its allies."),
            Vec::<&str>::new()
        );
        assert_eq!(
            stances("It was not a result Peru wanted."),
            Vec::<&str>::new()
        );
        assert_eq!(stances("Peru wants to end the talks."), ["demand"]);
        assert_eq!(stances("Peru wants a ceasefire."), ["demand"]);
    }

    #[test]
    fn a_ministry_after_its_country_is_the_subject() {
        let found = positions("China's foreign ministry condemned the plan.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!((found[0].1.as_str(), found[0].2), ("China", "oppose"));
    }

    #[test]
    fn a_person_in_apposition_is_the_subject() {
        let found = positions("Chile's minister, Rosa Vidal, rejected the plan.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!((found[0].1.as_str(), found[0].2), ("Chile", "reject"));
        assert!(found[0].0.ends_with("rejected the plan"), "{found:?}");
    }

    #[test]
    fn a_verb_of_speech_that_only_reports_states_nothing() {
        assert_eq!(stances("Peru announced a new tax."), ["intend"]);
        assert_eq!(
            stances("Taxes will rise, Peru announced on Friday."),
            Vec::<&str>::new()
        );
        assert!(stances("Peru announced on Friday.").is_empty());
    }

    #[test]
    fn calling_demands_only_for_something() {
        assert_eq!(stances("Peru called for a ceasefire."), ["demand"]);
        assert_eq!(stances("Peru called on Chile to stop."), ["demand"]);
        assert!(stances("Peru called the plan a trick.").is_empty());
    }

    #[test]
    fn negated_modal_is_opposition() {
        assert_eq!(
            positions("France will not support the plan, Foreign Minister Jean Dupont said."),
            [(
                "France will not support the plan".to_string(),
                "France".to_string(),
                "oppose"
            )]
        );
    }

    #[test]
    fn participles_and_coordinated_verbs_inherit_the_subject() {
        let found = positions("Moscow appears undeterred by sanctions and has rejected a truce, insisting that talks must go on.");
        let spans: Vec<&str> = found.iter().map(|p| p.0.as_str()).collect();
        assert_eq!(
            spans,
            [
                "Moscow appears undeterred by sanctions",
                "has rejected a truce",
                "insisting that talks must go on"
            ]
        );
        assert!(found.iter().all(|p| p.1 == "Russia"));
        assert_eq!(found[1].2, "reject");
        // No stance before the participle: the party the sentence opens with.
        assert_eq!(
            positions("Hungary went further, threatening to block the fund."),
            [(
                "threatening to block the fund".into(),
                "Hungary".into(),
                "threaten"
            )]
        );
    }

    #[test]
    fn what_a_party_says_another_should_do_is_its_demand() {
        assert_eq!(
            positions("Egypt said Ethiopia should halt the filling."),
            [(
                "Ethiopia should halt the filling".into(),
                "Egypt".into(),
                "demand"
            )]
        );
        // Without "should" or "must", a claim about the other, not a stance.
        assert_eq!(positions("Egypt said Ethiopia was stalling."), []);
    }

    #[test]
    fn too_much_of_anything_is_a_fault() {
        assert_eq!(
            positions("Kenya said the offer was far too low."),
            [("the offer was far too low".into(), "Kenya".into(), "oppose")]
        );
        assert_eq!(
            stances("Kenya said the plan was not too costly."),
            ["support"]
        );
    }

    #[test]
    fn what_a_party_says_will_be_is_its_stance() {
        assert_eq!(
            positions("Kenya said the border crossings would stay closed until March."),
            [(
                "the border crossings would stay closed until March".into(),
                "Kenya".into(),
                "intend"
            )]
        );
        let found = positions("Peru said in a statement that all fishing boats must stay in port.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "all fishing boats must stay in port");
        // Not a noun that only looks like a report: "claims".
        assert!(positions("The Kenyan claims could not be confirmed.").is_empty());
    }

    #[test]
    fn a_quote_states_its_speakers_stance_whoever_it_names() {
        // The subject is Peru; the stance is Chile's, whose minister says it.
        let found = positions(
            "Chile's foreign minister Rosa Diaz said: “Peru must return the fishing boats.”",
        );
        let found: Vec<(&str, &str)> = found.iter().map(|p| (&*p.0, &*p.1)).collect();
        assert_eq!(found, [("Peru must return the fishing boats", "Chile")]);
    }

    #[test]
    fn a_quoted_sentence_that_says_what_will_or_must_be_is_a_stance() {
        let story = |quote: &str| {
            format!("Norway's trade minister Lars Berg said on Friday: “{quote}” He left.")
        };
        let stance = |quote: &str| {
            let text = story(quote);
            positions(&text)
                .into_iter()
                .filter(|p| p.1 == "Norway")
                .map(|p| (p.0, p.2))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            stance("There will be no new licences this year."),
            [("There will be no new licences this year".into(), "oppose")]
        );
        assert_eq!(
            stance("Salmon farms have to pay the full tax."),
            [("Salmon farms have to pay the full tax".into(), "demand")]
        );
        assert_eq!(
            stance("The fleet can leave port by Monday."),
            [("The fleet can leave port by Monday".into(), "intend")]
        );
        assert_eq!(
            stance("There is nothing to discuss about quotas."),
            [("There is nothing to discuss about quotas".into(), "oppose")]
        );
        // Each sentence of a quote is weighed on its own: only the second
        // says what must be.
        assert_eq!(
            stance("The quota stays. Boats must report every catch.").len(),
            1
        );
        // A fact, or a bare "not", takes no side; nor does a phrase quoted
        // inside the narrative.
        assert!(stance("The harbour was busy all week.").is_empty());
        assert!(stance("The problem is not ours alone.").is_empty());
        let phrase =
            "Norway's trade minister Lars Berg said the boats were “free to leave at once”.";
        assert!(positions(phrase).is_empty(), "{:?}", positions(phrase));
    }

    #[test]
    fn first_person_in_a_quote_is_the_speakers_party() {
        let found = positions(
            "Chancellor Anna Weber of Germany said: “We want a deal and we will sign it.”",
        );
        assert!(
            found
                .iter()
                .any(|p| p.0.starts_with("We want a deal") && p.1 == "Germany" && p.2 == "demand"),
            "{found:?}"
        );
    }

    #[test]
    fn compound_subjects_give_each_party_the_position() {
        let found = positions("Japan and the European Union approved the merger on Monday.");
        let parties: Vec<&str> = found.iter().map(|p| p.1.as_str()).collect();
        assert_eq!(parties, ["Japan", "European Union"]);
    }

    #[test]
    fn the_two_sides_are_the_parties_last_named_together() {
        let text = "Chad and Sudan agreed to talks. The two sides said they would \
                    reopen the border. Both sides will release prisoners.";
        let found = positions(text);
        let parties: Vec<&str> = found.iter().map(|p| p.1.as_str()).collect();
        assert_eq!(parties, ["Chad", "Sudan", "Chad", "Sudan", "Chad", "Sudan"]);
        assert_eq!(found[2].0, "they would reopen the border");
        // No two parties named together: "the two sides" are no one's.
        assert_eq!(
            positions("Chad agreed to talks. The two sides will meet.").len(),
            1
        );
    }

    #[test]
    fn a_party_reporting_its_judgement_of_a_thing_takes_a_stance() {
        let found = positions("Brazil said on Friday that the new tariffs were unjustified.");
        assert_eq!(
            found,
            [(
                "the new tariffs were unjustified".to_string(),
                "Brazil".to_string(),
                "oppose"
            )]
        );
        let found = positions("Chile said the agreement was a “historic” step.");
        assert_eq!(found[0].2, "support", "{found:?}");
        let found = positions("Peru said the ruling was a blatant violation of its rights.");
        assert_eq!(found[0].2, "oppose", "{found:?}");
        // A party judged, or a pronoun, is not a thing judged.
        assert!(positions("Chile said Peru was unfair to it.").is_empty());
        assert!(positions("Chile said it was unfair.").is_empty());
        assert!(positions("Chile said the weather was cold.").is_empty());
    }

    #[test]
    fn the_verb_of_a_predicate_may_open_a_quote() {
        let found = positions("Norway would “take every step needed” to keep the talks alive.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!((found[0].1.as_str(), found[0].2), ("Norway", "intend"));
    }

    #[test]
    fn a_relative_clause_stands_between_a_party_and_its_verb() {
        let found =
            positions("Spain, whose farmers export most of the fruit, had opposed the duties.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!((found[0].1.as_str(), found[0].2), ("Spain", "oppose"));
    }

    #[test]
    fn what_a_report_led_to_is_not_part_of_the_report() {
        let found = positions(
            "Canada will raise its tariffs, the Canadian government said, prompting Mexico to threaten retaliation.",
        );
        assert!(
            found.iter().any(|p| p.1 == "Mexico" && p.2 == "threaten"),
            "{found:?}"
        );
    }

    #[test]
    fn an_auxiliary_after_and_goes_on_with_the_subject() {
        let found = positions(
            "The WHO said it had released $2 million and would send 5,000 doses within a week.",
        );
        let stances: Vec<&str> = found.iter().map(|p| p.2).collect();
        assert_eq!(stances, ["act", "intend"], "{found:?}");
        // The same stance again lengthens the position instead.
        let found = positions("Kenya will host the talks and will pay for them.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            found[0].0,
            "Kenya will host the talks and will pay for them"
        );
    }

    #[test]
    fn going_to_is_an_intention() {
        let found = positions("Norway is not going to sign the treaty.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!((found[0].1.as_str(), found[0].2), ("Norway", "oppose"));
        let found = positions("Norway is going to host the talks.");
        assert_eq!(
            (found[0].1.as_str(), found[0].2),
            ("Norway", "intend"),
            "{found:?}"
        );
        // "not" inside the quote the verb opens still turns it around.
        let found = positions("Norway would “not accept any delay”.");
        assert_eq!(
            (found[0].1.as_str(), found[0].2),
            ("Norway", "oppose"),
            "{found:?}"
        );
    }

    #[test]
    fn what_a_stance_is_about_does_not_hold_it() {
        // The passive: the subject is what was rejected.
        for text in [
            "Peru made an offer. It was rejected on Friday.",
            "Peru has been rejected by the court.",
            "Talks with Peru will resume on Monday.",
            "Anyone who trades with Peru should expect checks.",
        ] {
            let found = positions(text);
            assert!(found.is_empty(), "{text}: {found:?}");
        }
        // Still stances: a stance adjective, "opposed to", and what will be.
        for text in [
            "Peru is opposed to the plan.",
            "Peru has rejected the offer.",
            "Peru said anyone who enters would be quarantined.",
            "The President of Peru will veto the bill.",
        ] {
            let found = positions(text);
            assert!(found.iter().any(|p| p.1 == "Peru"), "{text}: {found:?}");
        }
    }

    #[test]
    fn a_vote_for_or_against_is_a_stance() {
        let stance = |text| {
            positions(text)
                .into_iter()
                .map(|p| (p.1, p.2))
                .collect::<Vec<_>>()
        };
        let chile = |stance| vec![("Chile".to_string(), stance)];
        assert_eq!(stance("Chile voted against the treaty."), chile("oppose"));
        assert_eq!(stance("Chile lobbied against the treaty."), chile("oppose"));
        assert_eq!(stance("Chile voted for the treaty."), chile("act"));
        assert_eq!(stance("Chile will vote on Monday."), chile("act"));
        assert!(stance("Chile voted on Monday.").is_empty());
        // A union's members, in a share the union reports.
        assert_eq!(
            stance("The Dock Workers Union said 91% of members voted against the offer."),
            [("Dock Workers Union".to_string(), "oppose")]
        );
    }

    #[test]
    fn what_a_party_says_others_are_ready_for_is_its_stance() {
        let found = positions(
            "The Dock Workers Union met. Union leader Ana Silva said members were prepared to stay out.",
        );
        assert_eq!(
            found,
            [(
                "members were prepared to stay out".to_string(),
                "Dock Workers Union".to_string(),
                "intend"
            )]
        );
    }

    #[test]
    fn a_clause_that_ends_in_its_preposition_is_about_what_came_before() {
        let quoted = "\"There is a lot we need to pay attention to,\" Chad's minister said.";
        assert!(stances(quoted).is_empty());
        assert_eq!(stances("Chad has not agreed to."), ["oppose"]);
        assert_eq!(
            stances("\"We will strike if we have to,\" Chad's minister said."),
            ["oppose"]
        );
    }

    #[test]
    fn a_question_is_no_stance() {
        let found = positions(
            "Peru is calm. Asked whether the government would impose a curfew, the minister smiled.",
        );
        assert!(found.is_empty(), "{found:?}");
        let found =
            positions("Peru is calm. The government would impose a curfew, the minister said.");
        assert!(found.iter().any(|p| p.1 == "Peru"), "{found:?}");
    }

    #[test]
    fn a_person_before_a_role_set_off_by_commas_is_the_reporter() {
        let found = positions(
            "Chile's foreign minister, Rosa Pinto, spoke first. Defence Minister Tomas Vera, \
             the government's chief negotiator, said the deal would not hold.",
        );
        assert!(
            found
                .iter()
                .any(|p| p.0 == "the deal would not hold" && p.1 == "Chile"),
            "{found:?}"
        );
    }

    #[test]
    fn a_reporter_named_again_by_its_capital_keeps_the_report() {
        let found = positions(
            "Prime Minister Ana Silva of Portugal said Lisbon was watching closely and urged both sides to talk.",
        );
        assert!(
            found
                .iter()
                .any(|p| p.0.starts_with("urged") && p.1 == "Portugal"),
            "{found:?}"
        );
    }

    #[test]
    fn a_report_set_off_by_commas_stands_between_a_party_and_its_verb() {
        for text in [
            "Moscow, he said, would find other routes for its oil.",
            "Moscow, the minister said on Monday, would not change course.",
        ] {
            let found = positions(text);
            assert_eq!(found.len(), 1, "{found:?}");
            assert!(
                found[0].0.starts_with("Moscow") && found[0].1 == "Russia",
                "{found:?}"
            );
        }
    }

    #[test]
    fn their_union_is_the_storys_union() {
        let found = positions(
            "The Dockers Union met. Workers walked out after their union rejected the offer.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            (found[0].1.as_str(), found[0].2),
            ("Dockers Union", "reject")
        );
    }

    #[test]
    fn a_condition_is_no_stance() {
        let found = positions(
            "Chile's minister said: “If Peru is ready to offer a deal, we will look at it.”",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            (found[0].0.as_str(), found[0].1.as_str()),
            ("we will look at it", "Chile")
        );
    }

    #[test]
    fn nouns_and_infinitives_are_not_predicates() {
        assert!(positions("The offer and the ban were discussed in Paris.").is_empty());
    }

    #[test]
    fn a_state_that_sues_and_a_report_that_names_a_place() {
        assert_eq!(
            sole_position("Oregon sued the federal government over the rule."),
            ("Oregon".into(), "oppose")
        );
        assert_eq!(
            sole_position("The Harbour Pilots Union filed a complaint against the port."),
            ("Harbour Pilots Union".into(), "act")
        );
        assert_eq!(
            sole_position("Germany said it preferred a negotiated solution."),
            ("Germany".into(), "support")
        );
        // A quote opened inside the verb group, and a word that judges.
        assert_eq!(
            sole_position("Peru said it was \"not going to let anyone rewrite the law.\""),
            ("Peru".into(), "reject")
        );
        assert_eq!(
            stances("Texas called the revocation \"lawless\"."),
            ["oppose"]
        );
        assert_eq!(
            stances("Peru called the Chilean actions illegal."),
            ["oppose"]
        );
        // The object of a preposition in a report names no other subject.
        assert_eq!(
            stances("The European Commission said it was in contact with British officials and urged both sides to talk."),
            ["demand"]
        );
        // "reserved the right" is a stance of its own.
        assert_eq!(
            stances("Slovakia reserved the right to set its own pace."),
            ["intend"]
        );
        // "reached a deal" agrees, "reached Lima" does not.
        assert_eq!(
            stances("Peru reached a deal with Chile. Peru reached Lima."),
            ["agree"]
        );
        // What a stance came after is the writer's.
        assert_eq!(
            positions("Peru called for calm after the commission declared the result.")[0].0,
            "Peru called for calm"
        );
        // A verb of speech after a modal says what will be.
        assert_eq!(
            sole_position("Israel said its operations would continue."),
            ("Israel".into(), "intend")
        );
        // "said X but that Y": two reports, two clauses.
        let found = positions(
            "Peru said it supported the fund but that any money would depend on Congress.",
        );
        assert_eq!(found[0].0, "it supported the fund", "{found:?}");
        assert_eq!(
            positions("Peru said the plan was poor but that envoys would travel to Lima.")
                .iter()
                .map(|p| p.0.as_str())
                .collect::<Vec<_>>(),
            ["envoys would travel to Lima"]
        );
        // The plants' places name no one else: the report is the union's.
        let found = positions(
            "The Allied Metal Workers Union threatened a strike. Its leader Jo Park \
             said workers at the plant in Ohio and the mill in Indiana would walk out.",
        );
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(
            (found[1].0.as_str(), found[1].1.as_str()),
            (
                "workers at the plant in Ohio and the mill in Indiana would walk out",
                "Allied Metal Workers Union"
            )
        );
    }
}
