//! Parties and the places the text names them.
//!
//! Two passes over the proper-name chunks of the text. The first finds the
//! parties the article introduces itself: organisation names ("… Workers
//! Union", "Tigray Defence Forces"), names presented as organisations
//! ("news agency Reuters"), acronyms defined in brackets and armed groups
//! ("Amhara special forces"). The second resolves every chunk, together
//! with the built-in gazetteer, into references to a party or to a person,
//! and gives people their side from titles, appositives and "of" phrases.

use std::collections::HashMap;
use std::ops::Range;

use crate::document::Document;
use crate::gazetteer::{Form, Gazetteer};
use crate::lexicon::{self, words, FastHash, Gender};
use crate::token::{bare, is_possessive, TokenKind};
use crate::{
    Analysis, Mention, MentionKind, Party, PartyId, PartyKind, Person, PersonId, Position,
    Quantity, Quote, Span,
};

/// What kind of organisation a discovered party is, for "the company" and "the union".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    Country,
    Company,
    Union,
    /// A built-in agency ("the agency"): the World Food Programme.
    Agency,
    /// A built-in armed group or movement ("the group"): the Houthis.
    Armed,
    Other,
}

#[derive(Clone, Debug)]
pub struct PartyRecord {
    pub name: String,
    pub kind: PartyKind,
    pub category: Category,
}

#[derive(Clone, Debug)]
pub struct PersonRecord {
    pub name: String,
    /// A built-in figure's name as the article spells it, when it spells it
    /// otherwise in as many words ("Volodymyr Zelenskyy"): the name shown.
    pub written: Option<String>,
    pub title: Option<String>,
    pub party: Option<PartyId>,
    pub gender: Option<Gender>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    Party(PartyId),
    Person(PersonId),
}

/// A map from token indices to small numbers, as one slot per token.
#[derive(Debug, Default)]
/// Each value is kept plus one, so that an empty index is all zeros, which
/// the allocator hands out without writing it.
struct TokenIndex(Vec<u32>);

impl TokenIndex {
    fn new(tokens: usize) -> Self {
        TokenIndex(vec![0; tokens])
    }
    fn insert(&mut self, token: usize, value: usize) {
        self.0[token] = value as u32 + 1;
    }
    fn get(&self, token: usize) -> Option<usize> {
        self.0
            .get(token)
            .filter(|&&v| v != 0)
            .map(|&v| v as usize - 1)
    }
    fn contains(&self, token: usize) -> bool {
        self.get(token).is_some()
    }
}

/// A stretch of tokens that names a party or a person.
#[derive(Clone, Debug)]
pub struct Reference {
    pub tokens: Range<usize>,
    pub target: Target,
    /// Names the party without it acting: a capital after "in" (a place),
    /// or a country that only says where people or a firm are from ("US
    /// staff"). Not a mention.
    pub not_acting: bool,
}

/// The parties and people of one text, and every reference to them.
#[derive(Debug, Default)]
pub struct Cast {
    pub parties: Vec<PartyRecord>,
    pub people: Vec<PersonRecord>,
    /// In reading order, never overlapping.
    pub references: Vec<Reference>,
    /// The country the story is set in, for "the federal government"; or
    /// the region whose government it names ("the Queensland government").
    pub home: Option<PartyId>,
    /// The country of a home region ("the federal government" there), else `home`.
    home_country: Option<PartyId>,
    by_name: HashMap<String, PartyId, FastHash>,
    /// Name parts ("Rubio", "Marco") to the people they name.
    by_name_part: HashMap<String, PersonId, FastHash>,
    /// Token index → index into `references`, for references starting there.
    starts: TokenIndex,
    /// The same for references whose last token is there.
    ends: TokenIndex,
    /// The one party each kind of generic reference stands for, once all are known.
    only_called: Vec<Option<PartyId>>,
    /// Organisations by the first word of their name (four bytes or more),
    /// the first found for each, for [`discovered_by_stem`]. (The same map
    /// type as `by_name`: one hash table type fewer in the Wasm bundle.)
    by_first_word: HashMap<String, PartyId, FastHash>,
    /// What appositions called organisations ("the association that sets
    /// prices"): the noun, in lower case, and the party, or `usize::MAX`
    /// when it called several so; "the association" after it is that party.
    described_as: HashMap<String, PartyId, FastHash>,
}

/// Words that join the parts of a multiword proper name.
fn is_name_connector(word: &str) -> bool {
    matches!(
        word.as_bytes(),
        b"of" | b"and" | b"for" | b"the" | b"de" | b"du" | b"al" | b"on" | b"&"
    )
}

/// Lower-case words inside a person's name: "van", "von", "bin".
fn is_name_particle(word: &str) -> bool {
    words!["van", "von", "der", "den", "ter", "bin", "ibn", "binti"].contains(word)
}

/// Prepositions after which a capital city is a place, not an actor.
fn is_place_preposition(word: &str) -> bool {
    const PLACE_PREPOSITIONS: lexicon::Words = lexicon::words![
        "in", "at", "near", "outside", "to", "from", "across", "around", "via", "into", "towards",
        "toward", "inside", "through", "visit", "visited", "visiting",
    ];
    PLACE_PREPOSITIONS.contains_any_case(word)
}

impl Cast {
    pub fn party_id(&mut self, name: &str, kind: PartyKind, category: Category) -> PartyId {
        if let Some(&id) = self.by_name.get(name) {
            return id;
        }
        let id = self.parties.len();
        self.parties.push(PartyRecord {
            name: name.to_string(),
            kind,
            category,
        });
        let first = name.split_whitespace().next().unwrap_or("");
        if kind == PartyKind::Organisation && first.len() >= 4 {
            self.by_first_word.entry(first.to_string()).or_insert(id);
        }
        self.by_name.insert(name.to_string(), id);
        id
    }

    /// The party of a built-in name: a country, or a body of the tables.
    fn built_in_party(&mut self, entry: &crate::gazetteer::Entry) -> PartyId {
        if let Some(&id) = self.by_name.get(entry.party) {
            return id;
        }
        let category = match entry.kind {
            PartyKind::Country => Category::Country,
            _ => match Gazetteer::get().body_of(entry.party) {
                Some("a") => Category::Agency,
                Some("g") => Category::Armed,
                _ => Category::Other,
            },
        };
        self.party_id(entry.party, entry.kind, category)
    }

    fn alias(&mut self, alias: &str, party: PartyId) {
        self.by_name.entry(alias.to_string()).or_insert(party);
    }

    pub fn party_named(&self, name: &str) -> Option<PartyId> {
        self.by_name.get(name).copied()
    }

    /// The one party a generic noun can stand for: "union" when the story
    /// has one union, "company" when it has one company.
    pub fn only_party_called(&self, word: &str) -> Option<PartyId> {
        let mut buffer = [0u8; lexicon::MAX_WORD];
        let described = lexicon::lowercase(word, &mut buffer)
            .and_then(|noun| self.described_as.get(noun))
            .filter(|&&p| p != usize::MAX);
        if let Some(&p) = described {
            return Some(p);
        }
        let kind = lexicon::generic_organisation_reference(word)?;
        // "the group" with no company: the story's armed group, else its bloc.
        self.only_called[kind].or_else(|| {
            let group = word.eq_ignore_ascii_case("group");
            let armed = self.only_called[lexicon::ARMED_REFERENCE];
            armed
                .or(self.only_called[lexicon::BLOC_REFERENCE])
                .filter(|_| group)
        })
    }

    /// The reference that starts at token `i`, if any.
    pub fn reference_at(&self, i: usize) -> Option<&Reference> {
        self.starts.get(i).map(|r| &self.references[r])
    }

    /// The reference whose last token is `i`, if any.
    pub fn reference_ending_at(&self, i: usize) -> Option<&Reference> {
        self.ends.get(i).map(|r| &self.references[r])
    }

    /// The party a reference stands for (a person's side, for a person).
    /// The party "its" or "their" at token `i` stands for: at the start of
    /// a sentence, the party the sentence before opened with ("The African
    /// Union named a mediator. Its envoy …"); else, or failing that, the
    /// party last named before it, among the few references before.
    pub fn antecedent_of(&self, doc: &Document, i: usize) -> Option<PartyId> {
        let s = doc.sentence_of(i);
        let opening = (doc.starts_sentence(i) && s > 0)
            .then(|| party_opening(doc, self, &doc.sentences[s - 1].tokens))
            .flatten();
        // "The protesters, … say …. Their leader": people no party is.
        let people_before =
            opening.is_none() && doc.is(i, "their") && doc.starts_sentence(i) && s > 0 && {
                let previous = &doc.sentences[s - 1].tokens;
                let first = previous.start + usize::from(doc.is(previous.start, "the"));
                doc.word(first).ends_with('s')
                    && !doc.is_capitalized(first)
                    && self.reference_at(first).is_none()
            };
        if people_before {
            return None;
        }
        let before = self.references.partition_point(|r| r.tokens.end <= i);
        opening.or_else(|| {
            self.references[before.saturating_sub(8)..before]
                .iter()
                .rev()
                .find_map(|r| match r.target {
                    Target::Party(p) => Some(p),
                    Target::Person(_) => None,
                })
        })
    }

    pub fn party_of(&self, target: Target) -> Option<PartyId> {
        match target {
            Target::Party(p) => Some(p),
            Target::Person(p) => self.people[p].party,
        }
    }

    /// A person whose name has the part `word`.
    pub fn person_named(&self, word: &str) -> Option<PersonId> {
        self.by_name_part.get(bare(word)).copied()
    }

    fn add_person(
        &mut self,
        name: &str,
        title: Option<&str>,
        party: Option<PartyId>,
        gender: Option<Gender>,
    ) -> PersonId {
        let words = NameWords::of(name);
        // The same person named again, perhaps more fully.
        if let Some(&existing) = words.last.and_then(|last| self.by_name_part.get(last)) {
            let person = &mut self.people[existing];
            // Named just as before (the usual case), or by the same first or last name.
            let same_name = person.name == name;
            let known = if same_name {
                words
            } else {
                NameWords::of(&person.name)
            };
            // "Peter Vance" is not "JD Vance": two full names with the same
            // surname are one person only if their first names agree.
            let other_first_name = known.count > 1
                && words.count > 1
                && !first_names_agree(known.first.unwrap_or(""), words.first.unwrap_or(""));
            if (known.last == words.last && !other_first_name) || known.first == words.first {
                if words.count > known.count {
                    person.name = name.to_string();
                }
                if person.title.is_none() {
                    person.title = title.map(str::to_string);
                }
                person.party = person.party.or(party);
                person.gender = person.gender.or(gender);
                // A name given before has had its words indexed then.
                if !same_name {
                    self.index_name_parts(name, existing, false);
                }
                return existing;
            }
        }
        let id = self.people.len();
        self.people.push(PersonRecord {
            name: name.to_string(),
            written: None,
            title: title.map(str::to_string),
            party,
            gender,
        });
        self.index_name_parts(name, id, true);
        id
    }

    /// Each word of a person's name longer than an initial finds them; a
    /// word that already finds someone else does so still unless `replace`.
    fn index_name_parts(&mut self, name: &str, person: PersonId, replace: bool) {
        for part in name.split_whitespace() {
            let initial = part.len() <= 4 && part.chars().nth(1).is_none();
            if !initial && (replace || !self.by_name_part.contains_key(part)) {
                self.by_name_part.insert(part.to_string(), person);
            }
        }
    }

    fn push_reference(&mut self, tokens: Range<usize>, target: Target, not_acting: bool) {
        self.references.push(Reference {
            tokens,
            target,
            not_acting,
        });
    }

    /// Turns the cast and the other stages' results into the public
    /// analysis, with parties ranked by how often the text names them.
    pub fn into_analysis(
        self,
        doc: &Document,
        mut quotes: Vec<Quote>,
        quantities: Vec<Quantity>,
        mut positions: Vec<Position>,
    ) -> Analysis {
        let mut weight = vec![0usize; self.parties.len()];
        let mut mentions = Vec::new();
        for r in &self.references {
            if r.not_acting {
                continue;
            }
            let Some(party) = self.party_of(r.target) else {
                continue;
            };
            weight[party] += 1;
            let kind = match r.target {
                Target::Party(_) => MentionKind::Name,
                Target::Person(_) => MentionKind::Person,
            };
            mentions.push(Mention {
                span: trim_possessive(doc, r.tokens.clone()),
                party,
                kind,
            });
        }
        for q in &quotes {
            if let Some(crate::Speaker::Party(p) | crate::Speaker::Described(_, Some(p))) =
                q.speaker
            {
                weight[p] += 1;
            }
        }
        for p in &positions {
            weight[p.party] += 1;
        }
        // Rank, then keep only parties the text actually names.
        let mut order: Vec<PartyId> = (0..self.parties.len()).filter(|&p| weight[p] > 0).collect();
        crate::order::by_key(&mut order, |&p| (usize::MAX - weight[p], p, 0));
        let mut rank = vec![usize::MAX; self.parties.len()];
        for (r, &p) in order.iter().enumerate() {
            rank[p] = r;
        }
        let parties = order
            .iter()
            .map(|&p| Party {
                name: self.parties[p].name.clone(),
                kind: self.parties[p].kind,
                weight: weight[p],
            })
            .collect();
        for m in &mut mentions {
            m.party = rank[m.party];
        }
        for p in &mut positions {
            p.party = rank[p.party];
        }
        let people = self
            .people
            .iter()
            .map(|p| Person {
                name: p.written.as_ref().unwrap_or(&p.name).clone(),
                title: p.title.clone(),
                party: p.party.map(|x| rank[x]).filter(|&x| x != usize::MAX),
            })
            .collect();
        for q in &mut quotes {
            if let Some(crate::Speaker::Party(p) | crate::Speaker::Described(_, Some(p))) =
                &mut q.speaker
            {
                *p = rank[*p];
            }
        }
        Analysis {
            paragraphs: doc.paragraphs.iter().map(|p| p.span).collect(),
            parties,
            people,
            mentions,
            quotes,
            quantities,
            positions,
        }
    }
}

/// "Russia's" is highlighted as "Russia".
fn trim_possessive(doc: &Document, tokens: Range<usize>) -> Span {
    let span = doc.range_span(tokens.start, tokens.end);
    let last = doc.word(tokens.end - 1);
    Span::new(span.start, span.end - (last.len() - bare(last).len()))
}

/// A run of capitalised tokens (with connectors between them).
#[derive(Clone, Debug)]
struct Chunk {
    tokens: Range<usize>,
}

fn is_name_word(doc: &Document, i: usize) -> bool {
    let lex = doc.lex(i);
    lex.is_capitalised() && (!lex.is_common_capitalised() || doc.is_capitalized(i + 1))
}

/// A plural possessive, "Workers'", "Nurses’", "People's": the members an
/// organisation is named for, not a country that owns what follows.
fn owners_possessive(word: &str) -> bool {
    let stem = bare(word);
    let plural_mark = word.len() - stem.len() <= "’".len() && stem.ends_with('s');
    plural_mark || matches!(stem, "People" | "Children" | "Women" | "Men")
}

/// `known_end` gives, for a token where a built-in name starts, the token
/// after that name: a chunk always covers a built-in name whole, even one
/// with a possessive inside ("United Nations Children's Fund").
fn chunks(doc: &Document, known_end: impl Fn(usize) -> Option<usize>) -> Vec<Chunk> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < doc.len() {
        let lex = doc.lex(i);
        let common = !is_name_word(doc, i) || (lex.is_common_capitalised() && !lex.is_name_part());
        if common && !(lex.is_capitalised() && names_portfolio(doc, i)) {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i + 1;
        let mut reach = end;
        loop {
            reach = reach.max(known_end(end - 1).unwrap_or(0));
            if end < reach {
                end += 1;
                continue;
            }
            // A possessive ends a name: "Russia's foreign minister", but
            // not a people's inside an organisation's: "the Transport
            // Workers' Union", "the People's Party".
            if is_possessive(doc.word(end - 1))
                && !(owners_possessive(doc.word(end - 1))
                    && doc.lex(end).is_organisation_word()
                    && is_name_word(doc, end)
                    && !(start..end).any(|k| known_end(k) == Some(end)))
            {
                break;
            }
            let w = doc.word(end);
            // An initial with its dot: "Richard J. Harrington".
            if w == "."
                && doc.touching(end - 1)
                && doc.word(end - 1).len() <= 4
                && doc.word(end - 1).chars().count() == 1
                && is_name_word(doc, end + 1)
            {
                end += 2;
                continue;
            }
            if is_name_word(doc, end) && doc.sentence_of(end) == doc.sentence_of(start) {
                end += 1;
                continue;
            }
            // "Pieter van Loon", "Fahd bin Mansour": a particle inside a
            // person's name, which stays one part of it.
            if is_name_word(doc, end + 1) && is_name_particle(w) {
                end += 1;
                continue;
            }
            let joins = is_name_connector(w)
                && !(w == "and" && doc.word(end + 1) == "the")
                // "the Acme Corporation and Zenith" are two names.
                && !(w == "and" && doc.lex(end - 1).is_organisation_word() && !names_portfolio(doc, end - 1))
                // "the DOJ and CCB": an acronym is a whole name.
                && !(w == "and" && (is_acronym(doc.word(end - 1)) || is_acronym(doc.word(end + 1))))
                // "carmaker Voltar and Brazilian farmers": a built-in name after
                // "and" starts a name of its own.
                && !(w == "and" && known_end(end + 1).is_some())
                && (is_name_word(doc, end + 1)
                    || (w == "of" && doc.word(end + 1) == "the" && is_name_word(doc, end + 2)));
            if joins {
                end += if doc.word(end + 1) == "the" { 2 } else { 1 };
                continue;
            }
            break;
        }
        out.push(Chunk { tokens: start..end });
        i = end;
    }
    out
}

/// "Mining and Energy Ministry": two capitalised common nouns, joined,
/// name a ministry's portfolio from token `i`.
fn names_portfolio(doc: &Document, i: usize) -> bool {
    doc.lex(i).is_capitalised()
        && doc.is(i + 1, "and")
        && (i + 2..i + 5)
            .take_while(|&k| doc.lex(k).is_capitalised())
            .any(|k| is_ministry_word(doc, k))
}

/// The word a ministry's name ends with: "Ministry", "Department", "Office".
fn is_ministry_word(doc: &Document, k: usize) -> bool {
    doc.is_any(k, words!["ministry", "department", "office"])
}

/// "Oslo-listed", "Paris-based": where a firm is, not its name.
fn is_location_modifier(word: &str) -> bool {
    [
        "-listed",
        "-based",
        "-headquartered",
        "-owned",
        "-backed",
        "-run",
    ]
    .iter()
    .any(|s| word.ends_with(s))
}

/// Where an organisation's name starts in a chunk: after a capitalised
/// opener ("The"), and after a person's title ("CEO of the Acme Corporation").
fn organisation_start(doc: &Document, t: &Range<usize>) -> usize {
    let mut start = t.start;
    // "The …", and "Oslo-listed …", "Paris-based …": where it is, not its name.
    // "Drugmaker Halvern Therapeutics" at a sentence's start: what it is.
    let descriptor = |i: usize| {
        let lex = doc.lex(i);
        lex.is_organisation_descriptor()
            && !lex.is_organisation_word()
            && i + 1 < t.end
            && doc.is_capitalized(i + 1)
    };
    while start < t.end
        && ((doc.lex(start).is_common_capitalised() && !doc.lex(start).is_name_part())
            || is_location_modifier(doc.word(start))
            || descriptor(start))
    {
        start += 1;
    }
    let mut j = start;
    while j < t.end && doc.lex(j).is_title_word() {
        j += 1;
    }
    if j > start && doc.is(j, "of") {
        j += 1 + usize::from(doc.is(j + 1, "the"));
        if j < t.end && has_organisation_word(doc, &(j..t.end)) {
            start = j;
        }
    }
    // "Jane Roe of Halvorsen Bank": a person's name, then whose.
    if let Some(of) = person_before_of(doc, start..t.end) {
        start = of + 1 + usize::from(doc.is(of + 1, "the"));
    }
    start
}

/// Where "of" is in "Jane Roe of Halvorsen Bank": two to four name words
/// with no organisation word among them, then an organisation's name.
fn person_before_of(doc: &Document, t: Range<usize>) -> Option<usize> {
    let of = (t.start + 2..(t.start + 5).min(t.end)).find(|&k| doc.is(k, "of"))?;
    let person = (t.start..of).all(|k| {
        let lex = doc.lex(k);
        !lex.is_organisation_word()
            && !lex.is_title_word()
            && !lex.is_common_capitalised()
            && (lex.is_capitalised() || is_name_particle(doc.word(k)))
    });
    (person && has_organisation_word(doc, &(of + 1..t.end))).then_some(of)
}

/// A company's word with only company words after it: "Acme Energy Group",
/// "Meridian Terminals Ltd", not the "Strategic Petroleum Reserve".
fn company_named(doc: &Document, t: &Range<usize>) -> bool {
    let corporate = |i: usize| doc.lex(i).is_company_word() || doc.is(i, "Group");
    let mut tail = (t.start..t.end).rev().take_while(|&i| corporate(i));
    tail.any(|i| doc.lex(i).is_company_word())
}

fn has_organisation_word(doc: &Document, tokens: &Range<usize>) -> bool {
    // "Energy Minister", "Mining Ministry": before an office, a company
    // word names a portfolio.
    const OFFICES: lexicon::Words = lexicon::words![
        "Minister",
        "Ministry",
        "Secretary",
        "Department",
        "Commissioner"
    ];
    tokens
        .clone()
        .any(|i| doc.lex(i).is_organisation_word() && !OFFICES.contains(doc.word(i + 1)))
}

/// The parts of a chunk without an organisation word, split at connectors.
fn parts<'d>(doc: &'d Document, chunk: &Chunk) -> impl Iterator<Item = Range<usize>> + 'd {
    let end = chunk.tokens.end;
    let mut start = chunk.tokens.start;
    std::iter::from_fn(move || {
        while start < end {
            let first = start;
            let mut connector = first;
            while connector < end && !is_name_connector(doc.word(connector)) {
                connector += 1;
            }
            // "Mines and Energy Ministry" is one portfolio's ministry.
            let portfolio = connector == first + 1
                && doc.is(connector, "and")
                && (connector + 2..end).all(|k| !is_name_connector(doc.word(k)))
                && is_ministry_word(doc, end - 1);
            if portfolio {
                start = end;
                return Some(first..end);
            }
            start = connector + 1;
            if first < connector {
                return Some(first..connector);
            }
        }
        None
    })
}

/// The union a story already has by this name, with or without "Union"
/// after it: "the … Workers union" and "the … Workers Union" are one.
fn union_named(cast: &Cast, name: &str) -> Option<PartyId> {
    let base = name.strip_suffix(" Union").unwrap_or(name);
    cast.party_named(base)
        .or_else(|| cast.party_named(&format!("{base} Union")))
}

fn text_of(doc: &Document, tokens: Range<usize>) -> String {
    let text = trim_possessive(doc, tokens).of(doc.text);
    // Most names are ASCII words between single spaces: kept as they are.
    let mut previous_space = false;
    let plain = text.bytes().all(|b| {
        let ok = b == b' ' && !previous_space || b.is_ascii_graphic();
        previous_space = b == b' ';
        ok
    });
    if plain {
        return text.to_string();
    }
    // Names are kept on one line even when the text breaks them.
    let mut name = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !name.is_empty() {
            name.push(' ');
        }
        name.push_str(word);
    }
    name
}

/// The first and last words of a person's name, and how many it has.
#[derive(Clone, Copy)]
struct NameWords<'n> {
    first: Option<&'n str>,
    last: Option<&'n str>,
    count: usize,
}

impl<'n> NameWords<'n> {
    fn of(name: &'n str) -> Self {
        let mut words = NameWords {
            first: None,
            last: None,
            count: 0,
        };
        for word in name.split_whitespace() {
            words.first = words.first.or(Some(word));
            words.last = Some(word);
            words.count += 1;
        }
        words
    }
}

/// The same first name, or initials that fit it: "JD" and "J.D." fit
/// "James", not "Peter".
fn first_names_agree(a: &str, b: &str) -> bool {
    let initials =
        |w: &str| w.contains('.') || (w.len() <= 3 && w.bytes().all(|c| c.is_ascii_uppercase()));
    let fits = |i: &str, w: &str| initials(i) && i.bytes().next() == w.bytes().next();
    a == b || fits(a, b) || fits(b, a)
}

/// Finds the parties and people of a text and every reference to them.
/// Where each built-in name of `known` starts: token → its index there.
fn index_known(doc: &Document, known: &[(Range<usize>, crate::gazetteer::Entry)]) -> TokenIndex {
    let mut index = TokenIndex::new(doc.len());
    for (k, (r, _)) in known.iter().enumerate() {
        index.insert(r.start, k);
    }
    index
}

pub fn find(doc: &Document) -> Cast {
    let gazetteer = Gazetteer::get();
    let mut cast = Cast::default();

    // Built-in names, as token ranges.
    let mut known: Vec<(Range<usize>, crate::gazetteer::Entry)> = Vec::new();
    let mut cursor = doc.cursor();
    for hit in gazetteer.find_in(doc) {
        let a = cursor.seek(hit.span.start);
        let mut b = a;
        while b < doc.len() && doc.span(b).start < hit.span.end {
            b += 1;
        }
        if a < b && doc.span(a).start == hit.span.start && doc.span(b - 1).end >= hit.span.end {
            known.push((a..b, hit.entry));
        }
    }
    let mut known_at = index_known(doc, &known);

    let mut chunks = chunks(doc, |i| known_at.get(i).map(|k| known[k].0.end));
    // "the Kenya Medical Practitioners, Pharmacists and Dentists Union": a
    // name that lists its members with a comma is one name.
    let listed = |a: &Chunk, b: &Chunk| {
        doc.word(a.tokens.end) == ","
            && b.tokens.start == a.tokens.end + 1
            && a.tokens.len() > 1
            && !has_organisation_word(doc, &a.tokens)
            && b.tokens.clone().any(|k| doc.is(k, "and"))
            && doc.lex(b.tokens.end - 1).is_organisation_word()
    };
    // In place, in one pass: each chunk is kept, or joined to the one before.
    let mut kept = 0;
    for k in 0..chunks.len() {
        if kept > 0 && listed(&chunks[kept - 1], &chunks[k]) {
            chunks[kept - 1].tokens.end = chunks[k].tokens.end;
        } else {
            chunks[kept] = chunks[k].clone();
            kept += 1;
        }
    }
    chunks.truncate(kept);
    // "the Paris Agreement", "the Clean Air Act": a law or a treaty is no
    // party, nor is a city in its name ("the Canada Labour Code" still
    // names Canada).
    const INSTRUMENTS: lexicon::Words = lexicon::words![
        "Act",
        "Agreement",
        "Accord",
        "Accords",
        "Treaty",
        "Convention",
        "Protocol",
        "Code",
        "Charter"
    ];
    let instrument =
        |c: &Chunk| c.tokens.len() > 1 && INSTRUMENTS.contains(doc.word(c.tokens.end - 1));
    if chunks.iter().any(instrument) {
        let laws: Vec<Range<usize>> = chunks
            .iter()
            .filter(|c| instrument(c))
            .map(|c| c.tokens.clone())
            .collect();
        chunks.retain(|c| !instrument(c));
        // Both in reading order: one walk through the two.
        let mut law = laws.iter().peekable();
        known.retain(|(r, e)| {
            while law.next_if(|l| l.end <= r.start).is_some() {}
            let inside = law
                .peek()
                .is_some_and(|l| l.start <= r.start && r.end <= l.end);
            e.form == Form::Name || !inside
        });
        known_at = index_known(doc, &known);
    }

    // "the Commission" after "the European Commission": the last word of a
    // built-in name the text uses stands for it, when only one name ends so.
    let mut by_last_word: HashMap<&str, Option<crate::gazetteer::Entry>, FastHash> =
        HashMap::default();
    for (_, entry) in &known {
        let Some((_, last)) = entry.party.rsplit_once(' ') else {
            continue;
        };
        if entry.form == Form::Name {
            let slot = by_last_word.entry(last).or_insert(Some(*entry));
            if slot.is_some_and(|e| e.party != entry.party) {
                *slot = None;
            }
        }
    }

    // Pass 1: organisations the article introduces.
    let mut organisation_chunks = TokenIndex::new(doc.len());
    for chunk in &chunks {
        let t = chunk.tokens.clone();
        let whole_known = known_at.get(t.start).is_some_and(|k| known[k].0 == t);
        if whole_known {
            continue;
        }
        // "China’s Ministry of Commerce": an organ of the country named
        // before it, which speaks for that country.
        let country_before = (t.start.saturating_sub(3)..t.start).any(|s| {
            known_at.get(s).is_some_and(|k| {
                let (r, e) = &known[k];
                r.end == t.start
                    && e.kind == PartyKind::Country
                    && is_possessive(doc.word(r.end - 1))
            })
        });
        // "China's Commerce Ministry", "Japan's Finance Ministry", "South
        // Korea's Supreme Court" too.
        let organ_named = is_state_organ_name(doc.word(t.start))
            || is_ministry_word(doc, t.end - 1)
            || matches!(doc.word(t.end - 1), "Court" | "Parliament");
        if country_before && organ_named {
            continue;
        }
        // "drugmaker Halvern", and "Drugmaker Halvern" opening a sentence.
        let opening = doc.lex(t.start);
        let descriptor = t.start > 0 && doc.lex(t.start - 1).is_organisation_descriptor()
            || t.len() > 1
                && opening.is_organisation_descriptor()
                && !opening.is_organisation_word();
        let followed_by_union = doc.is(t.end, "union");
        let corporate = is_company_by_what_it_has(doc, &t);
        // What an apposition calls a name that has no organisation word of
        // its own ("Western Shippers Council, an industry group" is no company).
        let named_so = has_organisation_word(doc, &t);
        let described = described_after(doc, t.end)
            .or_else(|| described_before(doc, &t))
            .filter(|_| !named_so);
        let described_as = described.map(|(_, head)| head);
        let described = described.map(|(category, _)| category);
        if named_so
            || descriptor
            || followed_by_union
            || corporate
            || described.is_some()
            || abbreviated_after(doc, &t)
            || represents_after(doc, t.end)
        {
            let start = organisation_start(doc, &t);
            if start == t.end {
                continue;
            }
            // "Russian Defence Ministry" is Russia; "US Department of Justice" is a body of its own.
            let leading = known_at.get(start).map(|k| &known[k]);
            if let Some((r, e)) = leading {
                let rest: Vec<&str> = (r.end..t.end).map(|i| bare(doc.word(i))).collect();
                if rest.iter().all(|w| is_state_organ_name(w))
                    && matches!(e.form, Form::Adjective | Form::Name)
                {
                    continue;
                }
            }
            let name = text_of(doc, start..t.end);
            // "the Queensland Teachers' Federation" is a union too.
            const MEMBERS: lexicon::Words = lexicon::words![
                "Union",
                "Workers",
                "Teachers",
                "Nurses",
                "Pilots",
                "Doctors",
                "Employees",
                "Miners",
                "Mineworkers",
                "Machinists",
                "Drivers",
                "Firefighters",
                "Teamsters"
            ];
            // "the train drivers' union GDL" too.
            let union_before = followed_by_union || doc.is(t.start.wrapping_sub(1), "union");
            let category =
                if union_before || (t.clone()).any(|i| MEMBERS.contains(bare(doc.word(i)))) {
                    Category::Union
                } else if descriptor
                    || corporate
                    || company_named(doc, &t)
                    || runs_business_after(doc, t.end)
                {
                    Category::Company
                } else {
                    described.unwrap_or(Category::Other)
                };
            // "Thomson Corporation" is Thomson when Thomson is already a party.
            let first = bare(doc.word(start));
            let shortened = by_last_word.get(name.as_str()).copied().flatten();
            // "Government spokeswoman …", "Police said": a common noun,
            // capitalised, names no organisation of its own.
            // Not "the GMB union": initials before "union" name one.
            let named_so_after = descriptor
                || corporate
                || described.is_some()
                || represents_after(doc, t.end)
                || (followed_by_union && is_acronym(first));
            let common_noun = start + 1 == t.end && !named_so_after;
            if common_noun && shortened.is_none() && cast.party_named(first).is_none() {
                continue;
            }
            let same_union = (category == Category::Union)
                .then(|| union_named(&cast, &name))
                .flatten();
            // "Nordal chief executive …" after "Nordal Energi".
            let named = cast.party_named(&name);
            let id = match (cast.party_named(first), named, shortened, same_union) {
                (Some(id), _, _, _)
                    if start + 1 < t.end && has_organisation_word(doc, &(start + 1..t.end)) =>
                {
                    id
                }
                (_, Some(id), _, _) => id,
                (_, _, Some(entry), _) => cast.built_in_party(&entry),
                (_, _, _, Some(id)) => id,
                _ => cast.party_id(&name, PartyKind::Organisation, category),
            };
            cast.alias(&name, id);
            if let Some(head) = described_as {
                let noun = bare(doc.word(head)).to_ascii_lowercase();
                let slot = cast.described_as.entry(noun).or_insert(id);
                if *slot != id {
                    *slot = usize::MAX;
                }
            }
            // "Meridian Terminals … Meridian said": a company goes by its first word.
            if category == Category::Company
                && start + 1 < t.end
                && !doc.lex(start).is_common_capitalised()
                && !known_at.contains(start)
                && cast.party_named(first).is_none()
            {
                cast.alias(first, id);
            }
            organisation_chunks.insert(chunk.tokens.start, id);
            // "… Aerospace Workers (IAM)": the acronym in brackets names it
            // too, as does the one it is "known as".
            // "(Aosis)": written as a word, the initials still abbreviate it.
            let bracketed = doc.word(t.end + 1);
            let abbreviates = || {
                is_acronym(bracketed)
                    || initials(&name)
                        .iter()
                        .any(|s| s.eq_ignore_ascii_case(bracketed))
            };
            if doc.word(t.end) == "(" && doc.word(t.end + 2) == ")" && abbreviates() {
                cast.alias(bracketed, id);
            }
            let known_as =
                doc.word(t.end) == "," && doc.is(t.end + 1, "known") && doc.is(t.end + 2, "as");
            // "…, known as Rengo,": one word that names nothing else.
            let other_name = is_acronym(doc.word(t.end + 3))
                || (is_name_word(doc, t.end + 3)
                    && !is_name_word(doc, t.end + 4)
                    && !known_at.contains(t.end + 3));
            if known_as && other_name {
                cast.alias(doc.word(t.end + 3), id);
            }
        }
    }
    // Armed groups named by their forces: "Amhara special forces".
    for chunk in &chunks {
        let t = chunk.tokens.clone();
        if t.len() != 1 || organisation_chunks.contains(t.start) || known_at.contains(t.start) {
            continue;
        }
        let mut next = t.end;
        if doc.is(next, "special") || doc.is(next, "regional") {
            next += 1;
        }
        if doc.lex(next).is_force_noun() {
            let word = doc.word(t.start);
            if !doc.lex(t.start).is_common_capitalised()
                && !lexicon::is_generic_force_modifier(word)
                && discovered_by_stem(&cast, word).is_none()
            {
                cast.party_id(word, PartyKind::Organisation, Category::Other);
            }
        }
    }
    // Acronyms that abbreviate a party's name without being defined: "DOJ".
    let mut by_initials: HashMap<String, PartyId, FastHash> = HashMap::default();
    for (name, &p) in &cast.by_name {
        for short in initials(name) {
            by_initials.entry(short).or_insert(p);
        }
    }
    for chunk in &chunks {
        let w = doc.word(chunk.tokens.start);
        if chunk.tokens.len() == 1
            && is_acronym(w)
            && cast.party_named(w).is_none()
            && !known_at.contains(chunk.tokens.start)
        {
            if let Some(&p) = by_initials.get(w) {
                cast.alias(w, p);
            } else if chunk.tokens.start > 0 // a dateline: "KYIV, Ukraine (AP) —"
                && in_list_of_parties(doc, chunk.tokens.start, &known_at, &cast)
            {
                cast.party_id(w, PartyKind::Organisation, Category::Other);
            }
        }
    }
    // After the acronyms: "the DOJ said" is the Department of Justice, not a
    // one-word name of its own.
    speaking_names(doc, &chunks, &known_at, &organisation_chunks, &mut cast);

    // Pass 2: every reference, in reading order.
    let mut k = 0; // next built-in hit
    for chunk in &chunks {
        while k < known.len() && known[k].0.start < chunk.tokens.start {
            push_known(doc, gazetteer, &mut cast, &known[k]);
            k += 1;
        }
        // An organisation's name, after the name of a person of it ("Jane
        // Roe of Halvorsen Bank"), which is read as any other part.
        let organisation = organisation_chunks.get(chunk.tokens.start).map(|id| {
            let person = person_before_of(doc, chunk.tokens.clone());
            (id, person.map_or(chunk.tokens.start, |of| of + 1))
        });
        for part in parts(doc, chunk) {
            if let Some((id, _)) = organisation.filter(|&(_, from)| part.start >= from) {
                let start = organisation_start(doc, &chunk.tokens);
                cast.push_reference(start..chunk.tokens.end, Target::Party(id), false);
                while k < known.len() && known[k].0.start < chunk.tokens.end {
                    k += 1;
                }
                break;
            }
            resolve_part(doc, gazetteer, &mut cast, part, &known, &known_at, &mut k);
        }
    }
    while k < known.len() {
        push_known(doc, gazetteer, &mut cast, &known[k]);
        k += 1;
    }
    crate::order::by_key(&mut cast.references, |r| (r.tokens.start, 0, 0));
    cast.references
        .dedup_by(|b, a| b.tokens.start < a.tokens.end);

    cast.home = home_country(doc, &cast);
    // "LONDON — Nurses will strike against the government": a story that
    // names no country is set in its dateline's.
    if cast.home.is_none() && cast.parties.iter().all(|p| p.kind != PartyKind::Country) {
        cast.home =
            dateline_place(doc).map(|c| cast.party_id(c, PartyKind::Country, Category::Country));
    }
    // "the federal government" in a story set in Queensland, or in one that
    // names no country but Texas: the region's country.
    let first_region = || {
        let mut parties = cast
            .references
            .iter()
            .filter_map(|r| cast.party_of(r.target));
        parties.find(|&p| cast.parties[p].kind == PartyKind::Region)
    };
    cast.home_country = cast.home.or_else(first_region).map(|home| {
        let region = cast.parties[home].kind == PartyKind::Region;
        let country = region.then(|| gazetteer.country_of_region(&cast.parties[home].name));
        match country.flatten() {
            Some(country) => cast.party_id(country, PartyKind::Country, Category::Country),
            None => home,
        }
    });
    cast.only_called = only_parties_called(&cast);
    find_generic_references(doc, &mut cast);
    cast.starts = TokenIndex::new(doc.len());
    cast.ends = TokenIndex::new(doc.len());
    for (k, r) in cast.references.iter().enumerate() {
        cast.starts.insert(r.tokens.start, k);
        cast.ends.insert(r.tokens.end - 1, k);
    }
    give_people_their_side(doc, &mut cast);
    cast
}

/// The offices of a state, in a title: "President", "Finance Minister".
const STATE_OFFICES: lexicon::Words = words![
    "President",
    "Minister",
    "Secretary",
    "Adviser",
    "Advisor",
    "Premier",
    "Attorney"
];

/// People the titles did not place get their side from the words around
/// their first mention, now that every reference is known.
fn give_people_their_side(doc: &Document, cast: &mut Cast) {
    let mut first_reference = vec![None; cast.people.len()];
    for (k, r) in cast.references.iter().enumerate() {
        if let Target::Person(p) = r.target {
            first_reference[p].get_or_insert(k);
        }
    }
    for (person, first) in first_reference.into_iter().enumerate() {
        let Some(first) = first else {
            continue;
        };
        let tokens = cast.references[first].tokens.clone();
        // "Nigerian President Samuel Adebayo, who chairs the bloc": the
        // body they head, whatever their title says.
        if let Some(body) = body_headed(doc, cast, tokens.end) {
            cast.people[person].party = Some(body);
            continue;
        }
        if cast.people[person].party.is_some() {
            continue;
        }
        // "President Samuel Kachingwe", "Information Minister Felix Mhango",
        // "Deputy Treasury Secretary Mia Holt" with no country named: the
        // country of the story. Not a union's or a party's general secretary.
        let office_of_state = cast.people[person].title.as_deref().is_some_and(|t| {
            let words = t.split(' ');
            let has = |word: &str| words.clone().any(|w| w.eq_ignore_ascii_case(word));
            words.clone().any(|w| STATE_OFFICES.contains(bare(w)))
                && !(has("general") && has("secretary"))
        });
        // "chief executive Martin Duclos", "CEO Ana Roth": the story's one
        // company, the title in the name or in lower case before it.
        let firm_title = words!["executive", "ceo", "chairman", "chairwoman", "founder"];
        let office_of_firm = cast.people[person]
            .title
            .as_deref()
            .is_some_and(|t| t.split(' ').any(|w| firm_title.contains_any_case(w)))
            || (tokens.start > 0 && doc.is_any(tokens.start - 1, firm_title));
        // "federal Education Minister Hamish Calder" in a story set in a
        // region: the country's.
        let federal = (tokens.start.saturating_sub(4)..tokens.start).any(|k| doc.is(k, "federal"));
        let home = if federal {
            cast.home_country
        } else {
            cast.home
        };
        // "Governor Teresa Alvarado", "Premier Danielle Smith": the story's
        // one state or province; "Trade Commissioner Petra Lindholm": its
        // one commission.
        let body = cast.people[person].title.as_deref().and_then(|t| {
            t.split(' ').find_map(|w| match w {
                "Governor" | "Premier" => Some("state"),
                "Commissioner" => Some("commission"),
                _ => None,
            })
        });
        cast.people[person].party = side_from_context(doc, cast, tokens.clone())
            .or_else(|| body.and_then(|body| cast.only_party_called(body)))
            .or_else(|| {
                office_of_state
                    .then(|| reported_country(doc, cast, tokens.end))
                    .flatten()
            })
            .or_else(|| office_of_state.then_some(home).flatten())
            .or_else(|| {
                office_of_firm
                    .then(|| cast.only_party_called("company"))
                    .flatten()
            })
            .or_else(|| {
                let title = cast.people[person].title.as_deref()?;
                role_given_before(doc, cast, title.rsplit(' ').next()?, tokens.start)
            });
    }
}

/// "the European Union's envoy said … Envoy Tomas Lindqvist": the party
/// whose `role` the text named, without a name, shortly before token `at`.
fn role_given_before(doc: &Document, cast: &Cast, role: &str, at: usize) -> Option<PartyId> {
    const REACH: usize = 120;
    (at.saturating_sub(REACH)..at).rev().find_map(|k| {
        let holder = doc.word(k).eq_ignore_ascii_case(role) && doc.lex(k).is_role_noun();
        let owner = holder
            .then(|| cast.reference_ending_at(k.wrapping_sub(1)))
            .flatten()?;
        cast.party_of(owner.target)
    })
}

/// "…, who chairs the Alliance of Small Island States": the body a person
/// whose name ends before `end` heads.
fn body_headed(doc: &Document, cast: &Cast, end: usize) -> Option<PartyId> {
    let heads = words!["chairs", "leads", "heads", "runs", "represents", "directs"];
    let verb = relative_verb_after(doc, end, words!["who"]).filter(|&v| doc.is_any(v, heads))?;
    party_in(doc, cast, verb + 1, doc.sentence(end).tokens.end)
}

/// The country whose possessive comes at most three words before token `i`
/// ("Haiti's transitional council"). References are sorted, not yet indexed.
fn country_owning(doc: &Document, cast: &Cast, i: usize) -> Option<PartyId> {
    let before = cast.references.partition_point(|r| r.tokens.start < i);
    let r = cast.references[..before].last()?;
    let owner = cast.party_of(r.target)?;
    let possessive = r.tokens.end + 3 > i && is_possessive(doc.word(r.tokens.end - 1));
    (possessive && cast.parties[owner].kind == PartyKind::Country).then_some(owner)
}

/// The armed group, when it is the organisation last named in the few
/// references before token `i`, in a story with a company that "the group"
/// could also be.
fn last_group_before(cast: &Cast, i: usize) -> Option<PartyId> {
    const REACH: usize = 6;
    let before = cast.references.partition_point(|r| r.tokens.start < i);
    let armed = cast.references[before.saturating_sub(REACH)..before]
        .iter()
        .rev()
        .find_map(|r| match r.target {
            Target::Party(p) if cast.parties[p].kind == PartyKind::Organisation => Some(p),
            _ => None,
        })
        .filter(|&p| cast.parties[p].category == Category::Armed)?;
    cast.only_party_called("company").and(Some(armed))
}

/// "Deputy Prime Minister Arkady Volkonsky said Moscow would": the country
/// an official whose name ends before `verb` reports on, which, when the
/// text names no country of theirs, is the one they speak for.
fn reported_country(doc: &Document, cast: &Cast, verb: usize) -> Option<PartyId> {
    let subject = verb + 1 + usize::from(doc.is(verb + 1, "that"));
    let country = doc
        .lex(verb)
        .is_speech_verb()
        .then(|| cast.reference_at(subject));
    country
        .flatten()
        .and_then(|r| cast.party_of(r.target))
        .filter(|&p| cast.parties[p].kind == PartyKind::Country)
}

fn is_state_organ_name(word: &str) -> bool {
    const STATE_ORGAN_NAMES: lexicon::Words = words![
        "Government",
        "Army",
        "Military",
        "Navy",
        "Ministry",
        "Foreign",
        "Defence",
        "Defense",
        "Armed",
        "Forces",
        "Air",
        "Force",
        "Cabinet",
        "Administration",
        "Embassy",
        "Interior",
        "Office",
        "Coast",
        "Guard",
    ];
    STATE_ORGAN_NAMES.contains(word)
}

/// One-word names that act like an organisation: "Apple said", "Oxfam
/// welcomed it". A word is taken when it is written with a capital inside a
/// sentence somewhere (not only as a sentence's first word: "Officials
/// said"), is right before a verb of speech or stance somewhere, and is
/// never part of a longer name ("Ana Berg … Berg said", "Ana said"). It is a company
/// when the story speaks of "the company" or the like.
fn speaking_names<'t>(
    doc: &Document<'t>,
    chunks: &[Chunk],
    known_at: &TokenIndex,
    organisation_chunks: &TokenIndex,
    cast: &mut Cast,
) {
    #[derive(Default, Clone, Copy)]
    struct Seen<'t> {
        word: &'t str,
        inside_sentence: bool,
        acts: bool,
        in_a_name: bool,
    }
    // Words in the order the text first uses them, found through a map of
    // the type the cast already uses (one hash table type fewer in Wasm).
    let mut seen: Vec<Seen> = Vec::new();
    let mut index: HashMap<String, usize, FastHash> = HashMap::default();
    let mut slot = |word: &'t str, seen: &mut Vec<Seen<'t>>| -> usize {
        if let Some(&k) = index.get(word) {
            return k;
        }
        seen.push(Seen {
            word,
            ..Seen::default()
        });
        index.insert(word.to_string(), seen.len() - 1);
        seen.len() - 1
    };
    for chunk in chunks {
        let t = chunk.tokens.clone();
        // Words of a longer name, even one that starts with a built-in
        // name ("Qatari Minister … Khalid al-Mansouri"), are a person's.
        if t.len() > 1 && !organisation_chunks.contains(t.start) {
            for i in t {
                let k = slot(bare(doc.word(i)), &mut seen);
                seen[k].in_a_name = true;
            }
            continue;
        }
        if known_at.contains(t.start) || organisation_chunks.contains(t.start) {
            continue;
        }
        if t.len() > 1 {
            for i in t {
                let k = slot(bare(doc.word(i)), &mut seen);
                seen[k].in_a_name = true;
            }
            continue;
        }
        // "the Government", "the Treasury": a state's organ, not a name.
        if doc.lex(t.start).is_state_organ() {
            continue;
        }
        let word = bare(doc.word(t.start));
        let k = slot(word, &mut seen);
        seen[k].inside_sentence |= !doc.starts_sentence(t.start);
        let next = doc.lex(t.end);
        // "European rules", "Asian demands": an adjective of a people before
        // a noun, not a name before its verb.
        let people = ["ean", "ian", "ese", "ish"]
            .iter()
            .any(|end| word.ends_with(end));
        seen[k].acts |= !people && (next.is_speech_verb() || next.stance().is_some());
    }
    let mut names = seen
        .iter()
        .filter(|s| s.inside_sentence && s.acts && !s.in_a_name)
        .peekable();
    if names.peek().is_none() {
        return;
    }
    let company_spoken_of = (1..doc.len()).any(|i| {
        doc.lex(i).may_be_generic_reference()
            && doc.is(i - 1, "the")
            && lexicon::generic_organisation_reference(doc.word(i))
                .is_some_and(lexicon::generic_reference_is_corporate)
    });
    // "the company" is the firm the story already has, if it has one.
    let has_company = cast.parties.iter().any(|p| p.category == Category::Company);
    let category = if company_spoken_of && !has_company {
        Category::Company
    } else {
        Category::Other
    };
    for s in names {
        if cast.party_named(s.word).is_none() {
            cast.party_id(s.word, PartyKind::Organisation, category);
        }
    }
}

/// "the Royal College of Nursing (RCN)": a name of several words that the
/// acronym in brackets after it abbreviates is an organisation's.
fn abbreviated_after(doc: &Document, t: &Range<usize>) -> bool {
    let acronym = doc.word(t.end + 1);
    let start = organisation_start(doc, t);
    doc.word(t.end) == "("
        && doc.word(t.end + 2) == ")"
        && is_acronym(acronym)
        && start + 1 < t.end
        && initials(&text_of(doc, start..t.end))
            .iter()
            .any(|s| s == acronym)
}

/// Does token `i` open a description of what was just named: an article
/// ("the country's largest union", "a chipmaker") or a possessive
/// ("Britain's biggest union")?
pub(crate) fn opens_description(doc: &Document, i: usize) -> bool {
    doc.is_any(i, words!["the", "a", "an"]) || is_possessive(doc.word(i))
}

/// Is token `i` the apostrophe of a plural's possessive ("the insurers'
/// association"), a token of its own when a lower-case word follows?
fn plural_possessive(doc: &Document, i: usize) -> bool {
    matches!(doc.word(i), "'" | "’")
        && i > 0
        && doc.touching(i - 1)
        && doc.word(i - 1).ends_with('s')
}

/// "Unison, the country's largest union,", "Acme, a chipmaker,", "Unite,
/// Britain's biggest union,": a name that an apposition after it calls an
/// organisation, and what kind, with the token of the apposition's noun.
fn described_after(doc: &Document, end: usize) -> Option<(Category, usize)> {
    if doc.word(end) != "," || !opens_description(doc, end + 1) {
        return None;
    }
    // The noun phrase ends at a comma, or where a clause or a phrase
    // after it begins: "a patients' group that represents …", "a volunteer
    // group representing parents", "a group of …".
    let after_head = words![
        "that", "which", "who", "whose", "of", "for", "with", "in", "at", "from", "on", "and",
        "or", "to", "based"
    ];
    let head = (end + 2..end + 7).find(|&k| {
        // "a patients' group": a plural's apostrophe is a token of its own.
        (doc.kind(k) != Some(TokenKind::Word) && !plural_possessive(doc, k))
            || doc.is_any(k, after_head)
            || doc.word(k).ends_with("ing")
    })? - 1;
    if head < end + 2 || doc.is_capitalized(head) {
        return None;
    }
    Some((category_of_noun(doc, head)?, head))
}

/// "The main opposition party, Tehreek-e-Insaf, said": a name set off
/// after what it is, with its head noun.
fn described_before(doc: &Document, t: &Range<usize>) -> Option<(Category, usize)> {
    if t.start < 3 || doc.word(t.start - 1) != "," || doc.word(t.end) != "," {
        return None;
    }
    let head = t.start - 2;
    // "the main opposition party", "the country's largest union".
    let opens =
        |k: usize| doc.is_any(k, words!["the", "its", "their"]) || is_possessive(doc.word(k));
    let start = (head.saturating_sub(4)..head).rev().find(|&k| opens(k))?;
    let plain = (start + 1..=head).all(|k| doc.word(k).starts_with(char::is_lowercase));
    if !plain {
        return None;
    }
    Some((category_of_noun(doc, head)?, head))
}

/// What kind of organisation the noun at `head` says a name is, if any.
fn category_of_noun(doc: &Document, head: usize) -> Option<Category> {
    Some(
        match lexicon::generic_organisation_reference(doc.word(head)) {
            Some(kind) if lexicon::generic_reference_names(kind).contains(&"union") => {
                Category::Union
            }
            // "a patients' group", "an industry group": no company.
            _ if doc.is(head, "group") => Category::Other,
            Some(kind) if lexicon::generic_reference_is_corporate(kind) => Category::Company,
            Some(_) => Category::Other,
            None if doc.lex(head).is_organisation_descriptor() => Category::Other,
            None => return None,
        },
    )
}

/// "NHS Providers, which represents hospital trusts,", "Lumen Social,
/// which owns the Pixa app,": what speaks for members, or owns or runs
/// something, is an organisation.
fn represents_after(doc: &Document, end: usize) -> bool {
    let speaks = words!["represents", "represent", "speaks", "lobbies"];
    relative_verb_after(doc, end, words!["which", "that"])
        .is_some_and(|verb| doc.is_any(verb, speaks))
        || runs_business_after(doc, end)
}

/// "Andina Cobre, which produces 300,000 tonnes of copper,": what makes,
/// sells or employs is a company.
fn runs_business_after(doc: &Document, end: usize) -> bool {
    let business =
        words!["owns", "runs", "operates", "produces", "makes", "employs", "sells", "serves"];
    relative_verb_after(doc, end, words!["which", "that"])
        .is_some_and(|verb| doc.is_any(verb, business))
}

/// The verb of a relative clause set off after a name that ends before
/// `end`: "…, which represents", "…, who chairs".
fn relative_verb_after(doc: &Document, end: usize, pronouns: lexicon::Words) -> Option<usize> {
    (doc.word(end) == "," && doc.is_any(end + 1, pronouns)).then_some(end + 2)
}

/// A one-word name that only a company could be: "Volkswagen's chief
/// executive", "Acme's shareholders", "shares in Acme".
fn is_company_by_what_it_has(doc: &Document, t: &Range<usize>) -> bool {
    if t.len() != 1 {
        return false;
    }
    let possessive = is_possessive(doc.word(t.start));
    let owned = |k: usize| {
        doc.is_any(
            k,
            words![
                "ceo",
                "chairman",
                "chairwoman",
                "shareholders",
                "shares",
                "executives",
                "board"
            ],
        ) || (doc.is(k, "chief")
            && ["executive", "financial", "operating"]
                .iter()
                .any(|w| doc.is(k + 1, w)))
    };
    let shares_in = t.start >= 2
        && doc.is(t.start - 2, "shares")
        && ["in", "of"].iter().any(|w| doc.is(t.start - 1, w));
    // "Lumera chief executive Owen Pryce", "Lumera shares rose".
    let owned_plainly =
        !doc.lex(t.start).is_common_capitalised() && owned(t.end) && !doc.is(t.end, "board");
    (possessive && owned(t.end)) || owned_plainly || shares_in
}

/// "NATO", "IAEA", and with a hyphen inside, "G-BA".
fn is_acronym(word: &str) -> bool {
    let b = word.as_bytes();
    (2..=6).contains(&b.len())
        && b.iter().all(|&c| c.is_ascii_uppercase() || c == b'-')
        && b[0] != b'-'
        && b[b.len() - 1] != b'-'
}

/// The acronyms a name could be written as: with and without its small words.
fn initials(name: &str) -> Vec<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let all: String = words
        .iter()
        .filter_map(|w| w.chars().next())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    let big: String = words
        .iter()
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect();
    // "US Department of Justice" is also written "DOJ".
    let tail = |s: &str| {
        s.get(s.chars().next().map_or(0, char::len_utf8)..)
            .unwrap_or("")
            .to_string()
    };
    let mut out = vec![all.clone(), big.clone()];
    if words.first().is_some_and(|w| is_acronym(w)) && words.len() > 2 {
        out.push(tail(&all));
        out.push(tail(&big));
    }
    out.retain(|s| s.chars().count() >= 2);
    out
}

/// Is the acronym at `i` listed beside parties: "with the EC, DOJ and CCB"?
fn in_list_of_parties(doc: &Document, i: usize, known_at: &TokenIndex, cast: &Cast) -> bool {
    let is_party = |j: usize| known_at.contains(j) || cast.party_named(doc.word(j)).is_some();
    let before = i >= 2 && matches!(doc.word(i - 1), "," | "and") && is_party(i - 2);
    let after = matches!(doc.word(i + 1), "," | "and") && is_party(i + 2);
    before || after
}

/// A party the article introduced whose first word starts `word`: "Tigrayan" → "Tigray Defence Forces".
fn discovered_by_stem(cast: &Cast, word: &str) -> Option<PartyId> {
    if cast.by_first_word.is_empty() {
        return None;
    }
    // Each shorter start of the word, looked up: the party found first wins.
    (4..word.len())
        .filter(|&k| word.is_char_boundary(k))
        .filter_map(|k| cast.by_first_word.get(&word[..k]).copied())
        .min()
}

fn push_known(
    doc: &Document,
    gazetteer: &Gazetteer,
    cast: &mut Cast,
    (tokens, entry): &(Range<usize>, crate::gazetteer::Entry),
) {
    // "Sudan virus" names no party at all, not even the story's place;
    // nor does the "US" of "US$1,830".
    let currency = doc.touching(tokens.end - 1) && doc.word(tokens.end) == "$";
    if entry.kind == PartyKind::Country && (names_a_disease(doc, tokens.end) || currency) {
        return;
    }
    let written = trim_possessive(doc, tokens.clone()).of(doc.text);
    // "Peter Vance … Vance said": a surname the article gave someone else.
    let namesake = gazetteer
        .figure(entry.form)
        .filter(|_| !written.contains(' '))
        .and_then(|figure| {
            let p = cast.person_named(written)?;
            let name = &cast.people[p].name;
            (name != figure.name && NameWords::of(name).last == Some(written)).then_some(p)
        });
    if let Some(person) = namesake {
        cast.push_reference(tokens.clone(), Target::Person(person), false);
        return;
    }
    let party = cast.built_in_party(entry);
    let target = match gazetteer.figure(entry.form) {
        Some(figure) => {
            let person =
                cast.add_person(figure.name, Some(figure.role), Some(party), figure.gender);
            let words = |name: &str| name.split_whitespace().count();
            let record = &mut cast.people[person];
            if record.written.is_none()
                && written != figure.name
                && words(written) == words(figure.name)
            {
                record.written = Some(written.to_string());
            }
            Target::Person(person)
        }
        None => Target::Party(party),
    };
    // "criticism from Washington", "pressure from Beijing": a capital that
    // answers or presses is its government, not a place.
    const REACTIONS: lexicon::Words = lexicon::words![
        "response",
        "reaction",
        "criticism",
        "condemnation",
        "pressure",
        "support",
        "backing",
        "opposition",
        "objections",
        "warning",
        "warnings",
        "calls",
        "demands",
        "protest",
        "protests",
        "rebuke",
        "approval",
        "pushback"
    ];
    let reacting = tokens.start > 1
        && doc.is(tokens.start - 1, "from")
        && doc.is_any(tokens.start - 2, REACTIONS);
    // "the government in Pristina", "the authorities in Kyiv": the capital
    // says whose organ it is.
    let seat = tokens.start > 1
        && doc.is(tokens.start - 1, "in")
        && doc.lex(tokens.start - 2).is_state_organ();
    let place_only = (entry.form == Form::Capital || entry.kind == PartyKind::Region)
        && is_place_preposition(doc.word(place_start(doc, tokens.start).wrapping_sub(1)))
        && !reacting
        && !seat;
    // "a California-based firm", and the dateline "VANCOUVER, British
    // Columbia, Oct. 14 —": a region that only says where; and any
    // "Washington-based" group.
    let based = doc.word(tokens.end - 1).ends_with("-based");
    let region_where = based
        || entry.kind == PartyKind::Region
            && (doc.word(tokens.end - 1).contains('-')
                || tokens.start <= 4
                    && doc.is(tokens.start.wrapping_sub(1), ",")
                    && doc.is_any(tokens.end, words![",", "(", "—", "–"]));
    let origin_only = matches!(entry.form, Form::Name | Form::Adjective)
        && entry.kind == PartyKind::Country
        && (describes_private_people_or_firm(doc, tokens.end)
            || (entry.form == Form::Adjective && starts_another_name(doc, tokens.end)));
    cast.push_reference(
        tokens.clone(),
        target,
        place_only || origin_only || region_where,
    );
}

/// Where the phrase naming a place at token `i` starts: "the Australian
/// state of Queensland" before "Queensland", else `i`.
fn place_start(doc: &Document, i: usize) -> usize {
    let state_of = i >= 2 && doc.is(i - 1, "of") && doc.is_any(i - 2, words!["state", "province"]);
    if !state_of {
        return i;
    }
    (i.saturating_sub(5)..i - 2)
        .rev()
        .find(|&k| doc.is(k, "the"))
        .unwrap_or(i)
}

/// Is a country's adjective before token `i` the first word of another
/// name ("British Columbia", "American Airlines")? Not when a title
/// follows ("French Ecological Transition Minister").
fn starts_another_name(doc: &Document, i: usize) -> bool {
    let run =
        (i..i + 4).take_while(|&j| doc.kind(j) == Some(TokenKind::Word) && doc.is_capitalized(j));
    let mut any = false;
    for j in run {
        if doc.lex(j).is_title_word() || doc.lex(j).is_common_capitalised() {
            return false;
        }
        any = true;
    }
    any
}

/// Does a country's name before token `i` only say where private people
/// or a firm are from? "striking US staff", "Canadian financial media giant
/// Thomson": one of the few lowercase words after it is a noun of
/// [`lexicon::Lex::is_private_head`]. Not one after a verb: "Iraq pressed
/// producers".
fn describes_private_people_or_firm(doc: &Document, i: usize) -> bool {
    (i..i + 3)
        .take_while(|&j| {
            doc.kind(j) == Some(TokenKind::Word)
                && doc.word(j).starts_with(|c: char| c.is_lowercase())
                && !doc.is(j, "and")
                // "Peru gave the miners": no noun phrase goes on past "the".
                && !doc.is_any(j, lexicon::DETERMINERS)
                && doc.lex(j).stance().is_none()
                && !doc.lex(j).is_speech_verb()
        })
        .any(|j| doc.lex(j).is_private_head())
}

/// Does token `i` make the country before it the name of a disease ("Sudan
/// virus", "the Delta variant", "Spanish flu")?
fn names_a_disease(doc: &Document, i: usize) -> bool {
    const DISEASE_WORDS: lexicon::Words =
        lexicon::words!["virus", "strain", "variant", "flu", "fever"];
    doc.kind(i) == Some(TokenKind::Word) && DISEASE_WORDS.contains_any_case(doc.word(i))
}

/// Resolves one part of a name chunk: titles and countries before a
/// person's name, a person named again, or a party the article introduced.
fn resolve_part(
    doc: &Document,
    gazetteer: &Gazetteer,
    cast: &mut Cast,
    part: Range<usize>,
    known: &[(Range<usize>, crate::gazetteer::Entry)],
    known_at: &TokenIndex,
    k: &mut usize,
) {
    // "Minister for European Affairs, Gábor Szalay,": the portfolio of a
    // title before the name set off after it, no one's name.
    let portfolio = part.start > 1
        && doc.is_any(part.start - 1, words!["for", "of"])
        && doc.lex(part.start - 2).is_title_word()
        && doc.word(part.end) == ","
        && (part.start..part.end).all(|k| !known_at.contains(k))
        && cast.party_named(bare(doc.word(part.start))).is_none();
    if portfolio {
        return;
    }
    let mut i = part.start;
    let mut side: Option<PartyId> = None;
    let mut title: Vec<&str> = Vec::new();
    let mut gender = None;
    let mut figure = None;
    while i < part.end {
        if let Some(kn) = known_at.get(i) {
            // A built-in name inside the chunk: a country before a title, or a figure.
            let (range, entry) = &known[kn];
            if range.end > part.end {
                break;
            }
            while *k < known.len() && known[*k].0.start < i {
                *k += 1;
            }
            push_known(doc, gazetteer, cast, &known[kn]);
            *k = (*k).max(kn + 1);
            if let Form::Figure(f) = entry.form {
                figure = Some(f);
            } else {
                side = cast.party_named(entry.party);
            }
            i = range.end;
            continue;
        }
        let w = doc.word(i);
        if let Some(g) = lexicon::honorific(w) {
            gender = g.or(gender);
            i += 1 + usize::from(doc.word(i + 1) == ".");
            continue;
        }
        if doc.lex(i).is_title_word() && i + 1 < part.end {
            title.push(w);
            i += 1;
            continue;
        }
        if let Some(p) = cast.party_named(bare(w)) {
            // A party the article introduced, or the start of its longer
            // name, up to a title: "Kafue Chief Executive Pieter Vos".
            let end = if i + 1 < part.end && (cast.party_named(doc.word(i + 1)).is_none()) {
                (i + 1..part.end)
                    .find(|&j| doc.lex(j).is_title_word())
                    .unwrap_or(part.end)
            } else {
                i + 1
            };
            cast.push_reference(i..end, Target::Party(p), false);
            side = Some(p);
            i = end;
            continue;
        }
        break;
    }
    if figure.is_some() || i >= part.end {
        return;
    }
    // "Ecological Transition Minister Claire Dumont": words the lexicon
    // does not know, up to a role noun, are part of the title.
    if let Some(role) = (i..part.end.saturating_sub(1))
        .rev()
        .find(|&k| doc.lex(k).is_role_noun())
    {
        if role >= i {
            title.extend((i..=role).map(|k| doc.word(k)));
            i = role + 1;
        }
    }
    let rest = i..part.end;
    // "Russia's Foreign Ministry": a title word before an organisation's
    // name makes no person of it.
    let organisation_named = doc.lex(part.end - 1).is_organisation_word();
    let word_count = rest
        .clone()
        .filter(|&j| doc.kind(j) == Some(TokenKind::Word))
        .count();
    if word_count == 1 {
        // "Prime Minister's spokesman Kenji Hayama": a role is nobody's name.
        if doc.lex(rest.start).is_role_noun() {
            return;
        }
        let w = doc.word(rest.start);
        if let Some(person) = cast.person_named(w) {
            cast.push_reference(rest, Target::Person(person), false);
        } else if let Some(p) = discovered_by_stem(cast, w) {
            cast.push_reference(rest, Target::Party(p), false);
        } else if (!title.is_empty() || gender.is_some()) && !organisation_named {
            // "Senator Graham", "Mr Smith": a person the article names by surname.
            let person = cast.add_person(w, title_text(&title).as_deref(), side, gender);
            cast.push_reference(rest, Target::Person(person), false);
        }
        return;
    }
    if word_count > 4
        || organisation_named
        || rest.clone().any(|j| doc.lex(j).is_common_capitalised())
    {
        return;
    }
    // "the Canada Labour Code": after "the", a name with no title is a
    // thing's, not a person's.
    if title.is_empty() && gender.is_none() && part.start > 0 && doc.is(part.start - 1, "the") {
        return;
    }
    // A place: "around Mai Tsebri", "in Emba Madre".
    let according_to = part.start > 1 && doc.is(part.start - 2, "according");
    if part.start > 0
        && is_place_preposition(doc.word(part.start - 1))
        && title.is_empty()
        && !according_to
    {
        return;
    }
    let name = text_of(doc, rest.clone());
    let person = cast.add_person(&name, title_text(&title).as_deref(), side, gender);
    cast.push_reference(rest, Target::Person(person), false);
}

fn title_text(words: &[&str]) -> Option<String> {
    (!words.is_empty()).then(|| words.join(" "))
}

/// A person's side from the words around the name: an appositive
/// ("Stephanie Pope, president of Boeing,") or an "of" phrase before it
/// ("the head of Russia's delegation, Vladimir Medinsky").
fn side_from_context(doc: &Document, cast: &Cast, name: Range<usize>) -> Option<PartyId> {
    let sentence = doc.sentence(name.start).tokens.clone();
    // "Japan will double its spending, Prime Minister Ken Sato said": who
    // reports a sentence about a country speaks for it.
    if doc.lex(name.end).is_speech_verb() && name.start > sentence.start {
        let country = party_opening(doc, cast, &sentence)
            .filter(|&p| cast.parties[p].kind == PartyKind::Country);
        if country.is_some() {
            return country;
        }
    }
    // "Anna Weber of Germany"
    if doc.is(name.end, "of") || doc.is(name.end, "from") {
        if let Some(p) = party_in(doc, cast, name.end + 1, sentence.end) {
            return Some(p);
        }
    }
    // After the name: ", [the] role … of/at/for PARTY ,"; not "…, Helena
    // Voss, and Iranian officials", which goes on to others.
    if doc.word(name.end) == "," && !doc.is_any(name.end + 1, words!["and", "or"]) {
        let mut j = name.end + 1;
        let mut saw_role = false;
        while j < sentence.end && j < name.end + 16 && doc.word(j) != "," {
            let w = doc.word(j);
            saw_role |= doc.lex(j).is_role_noun();
            if saw_role && (doc.is(j, "of") || doc.is(j, "at") || doc.is(j, "for")) {
                if let Some(p) = party_in(doc, cast, j + 1, sentence.end) {
                    return Some(p);
                }
            }
            // "…, the government's chief spokesman": the country of the story.
            if is_possessive(w) && doc.lex(j).is_state_organ() && cast.home.is_some() {
                return cast.home;
            }
            // "…, Mexico's agriculture secretary", "…, the US special
            // envoy": a party's, then its title.
            let titled = || (j + 1..j + 4).any(|k| doc.lex(k).is_role_noun());
            if !saw_role && (is_possessive(w) || doc.is_capitalized(j)) && titled() {
                if let Some(p) = party_in(doc, cast, j, j + 1) {
                    return Some(p);
                }
            }
            // "the current CEO of Reuters who …"
            if saw_role && is_possessive(w) {
                if let Some(p) = party_in(doc, cast, j, j + 1) {
                    return Some(p);
                }
            }
            j += 1;
        }
    }
    // Before the name: "PARTY's role NAME", "a spokesman for PARTY, NAME".
    let mut j = name.start;
    let mut saw_role = false;
    while j > sentence.start && j + 6 > name.start {
        j -= 1;
        let w = doc.word(j);
        // "… taken by the United States, Finance Minister Marie Tremblay
        // said": a comma right before the name's own title ends the search.
        if w == "," && saw_role && doc.lex(j + 1).is_title_word() {
            break;
        }
        // "the president of Peru, Ana Ruiz,"
        if doc.is(j, "of") && j > 0 && doc.lex(j - 1).is_role_noun() {
            if let Some(p) = party_in(doc, cast, j + 1, name.start) {
                return Some(p);
            }
        }
        saw_role |= doc.lex(j).is_role_noun();
        // "The African Union named a mediator. Its special envoy, Ana
        // Ruiz,": the party last named before "its"; "His spokesman, Peter
        // Banda,": the side of the person last named.
        if saw_role && doc.is_any(j, words!["its", "their"]) {
            return cast.antecedent_of(doc, j);
        }
        if saw_role && doc.is_any(j, words!["his", "her"]) {
            let before = cast.references.partition_point(|r| r.tokens.end <= j);
            return cast.references[before.saturating_sub(8)..before]
                .iter()
                .rev()
                .find_map(|r| match r.target {
                    Target::Person(p) => Some(cast.people[p].party),
                    Target::Party(_) => None,
                })
                .flatten();
        }
        if saw_role {
            // "union leader Ana Silva": the story's only union; "government
            // spokeswoman Ana Silva": the country the story is set in.
            // "Cabinet Secretary Kenji Moriyama said Japan was": the
            // country reported on before the story's.
            // "Prime Minister's spokesman Kenji Hayama": a state office's too.
            let organ = || {
                let home = || reported_country(doc, cast, name.end).or(cast.home);
                let office = is_possessive(w) && STATE_OFFICES.contains(bare(w));
                (doc.lex(j).is_state_organ() || office).then(home).flatten()
            };
            if let Some(p) = party_in(doc, cast, j, j + 1)
                // The word's lexicon entry, of its bare form, says if it can be one.
                .or_else(|| {
                    let generic = doc.lex(j).may_be_generic_reference();
                    generic.then(|| cast.only_party_called(bare(w))).flatten()
                })
                .or_else(organ)
            {
                return Some(p);
            }
        }
    }
    // "A spokesman for the rebels said … . Jane Roe said …": the spokesperson named.
    let s = doc.sentence_of(name.start);
    if doc.starts_sentence(name.start) && s > 0 && doc.lex(name.end).is_speech_verb() {
        let previous = doc.sentences[s - 1].tokens.clone();
        let opening: Vec<usize> = previous.clone().take(3).collect();
        if let Some(&noun) = opening.iter().find(|&&k| is_spokesperson(doc.word(k))) {
            if doc.is(noun + 1, "for") || doc.is(noun + 1, "of") {
                return party_in(doc, cast, noun + 2, previous.end);
            }
        }
    }
    // "China's foreign ministry condemned it. Spokesman Li Ming said …": a
    // spokesperson speaks for the party the sentence before began with.
    let title = (sentence.start..name.start)
        .rev()
        .find(|&k| doc.kind(k) == Some(TokenKind::Word));
    let spokesperson = title.is_some_and(|k| is_spokesperson(&doc.word(k).to_ascii_lowercase()));
    if spokesperson && s > 0 && doc.lex(name.end).is_speech_verb() {
        return party_opening(doc, cast, &doc.sentences[s - 1].tokens);
    }
    None
}

/// The party the tokens `sentence` open with, after any "the".
fn party_opening(doc: &Document, cast: &Cast, sentence: &Range<usize>) -> Option<PartyId> {
    let first = sentence.start + usize::from(doc.is(sentence.start, "the"));
    cast.reference_at(first)
        .and_then(|r| cast.party_of(r.target))
}

fn is_spokesperson(word: &str) -> bool {
    words![
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "representative",
        "negotiator"
    ]
    .contains(word)
}

/// The first party named in tokens `from..to` (within a few words).
fn party_in(doc: &Document, cast: &Cast, from: usize, to: usize) -> Option<PartyId> {
    let _ = doc;
    (from..to.min(from + 4)).find_map(|j| {
        cast.reference_at(j)
            .filter(|r| !r.not_acting)
            .and_then(|r| cast.party_of(r.target))
    })
}

/// "WASHINGTON, Jan. 15 —", "KYIV, Ukraine (AP) —": the country whose
/// capital (or whose name) opens the story in capitals, when the story
/// names that country again.
fn dateline_country(doc: &Document, cast: &Cast) -> Option<PartyId> {
    cast.party_named(dateline_place(doc)?)
}

/// The country whose capital (or name) the dateline gives.
fn dateline_place(doc: &Document) -> Option<&'static str> {
    let caps = |k: usize| {
        let w = doc.word(k);
        // "ASUNCIÓN": capitals, with any letters beyond ASCII.
        w.len() > 1
            && w.bytes().all(|b| b.is_ascii_uppercase() || b >= 0x80)
            && w.bytes().any(|b| b.is_ascii_uppercase())
    };
    let words = (0..3).take_while(|&k| caps(k)).count();
    if words == 0 || !matches!(doc.word(words), "," | "(" | "—" | "–" | "-") {
        return None;
    }
    // "NEW DELHI" is "New Delhi": once a story, so a walk through the names.
    let place = doc.range_span(0, words).of(doc.text);
    let entry = Gazetteer::get().entry_named_in_any_case(place)?;
    let country =
        entry.kind == PartyKind::Country && matches!(entry.form, Form::Capital | Form::Name);
    country.then_some(entry.party)
}

/// The country the story is set in: the one whose organs it names, or
/// that its dateline names, or else the country most named, when one
/// clearly leads.
fn home_country(doc: &Document, cast: &Cast) -> Option<PartyId> {
    let mut count = vec![0usize; cast.parties.len()];
    // "Congo's government", "the Kenyan authorities": the one country whose
    // organs the story names is the one "the government" stands for.
    let mut organs: Option<Option<PartyId>> = None;
    for r in &cast.references {
        if let Some(p) = cast.party_of(r.target) {
            let kind = cast.parties[p].kind;
            // A region is home only by its organs: "the Queensland government".
            if kind == PartyKind::Country {
                count[p] += 1;
            }
            // The organ as the head of its phrase: not "Chinese military
            // aircraft", which only says whose the planes are.
            let organ = r.tokens.end;
            let modifies = doc.kind(organ + 1) == Some(TokenKind::Word)
                && doc.word(organ + 1).starts_with(char::is_lowercase)
                && !(doc.lex(organ + 1).is_speech_verb()
                    || doc.lex(organ + 1).is_auxiliary()
                    || doc.lex(organ + 1).stance().is_some()
                    || doc.is_any(organ + 1, words!["and", "or", "of", "in", "on", "for"]));
            if kind != PartyKind::Organisation
                && doc.lex(organ).is_state_organ()
                && !modifies
                && !r.not_acting
            {
                organs = match organs {
                    None => Some(Some(p)),
                    Some(Some(q)) if q == p => Some(Some(p)),
                    Some(_) => Some(None),
                };
            }
        }
    }
    if let Some(Some(p)) = organs {
        return Some(p);
    }
    if let Some(p) = dateline_country(doc, cast) {
        return Some(p);
    }
    let best = (0..count.len()).max_by_key(|&p| (count[p], std::cmp::Reverse(p)))?;
    let second = (0..count.len())
        .filter(|&p| p != best)
        .map(|p| count[p])
        .max()
        .unwrap_or(0);
    // A story that names one country once is still set there.
    let clear_lead = count[best] >= 2 && count[best] > second;
    (clear_lead || (count[best] == 1 && second == 0)).then_some(best)
}

/// The country of the last "Country's … Ministry" (or embassy, or office)
/// before token `i`, looked for among the few references before it.
fn ministry_owner(doc: &Document, cast: &Cast, i: usize) -> Option<PartyId> {
    let before = cast.references.partition_point(|r| r.tokens.start < i);
    cast.references[before.saturating_sub(16)..before]
        .iter()
        .rev()
        .filter(|r| is_possessive(doc.word(r.tokens.end - 1)))
        .filter_map(|r| Some((r, cast.party_of(r.target)?)))
        .find(|&(r, p)| {
            cast.parties[p].kind == PartyKind::Country
                && (r.tokens.end..r.tokens.end + 3)
                    .any(|k| doc.is_any(k, words!["ministry", "embassy", "office"]))
        })
        .map(|(_, p)| p)
}

/// For each kind of generic reference, the one party of the story it fits:
/// the one of its category ("the union" a trade union), else the one whose
/// name has the word ("the union" the African Union). Found once, when
/// every party is known, so that each "the company" costs a look-up, not a
/// search of every party.
fn only_parties_called(cast: &Cast) -> Vec<Option<PartyId>> {
    let mut named = vec![0; cast.parties.len()];
    for r in &cast.references {
        if let Some(p) = cast.party_of(r.target).filter(|_| !r.not_acting) {
            named[p] += 1;
        }
    }
    let named = Some(&named[..]);
    (0..lexicon::GENERIC_REFERENCE_KINDS)
        .map(|kind| {
            let words = lexicon::generic_reference_names(kind);
            let parties = 0..cast.parties.len();
            let by_category = parties.clone().filter(|&p| match cast.parties[p].category {
                Category::Company => lexicon::generic_reference_is_corporate(kind),
                Category::Union => words.contains(&"union"),
                Category::Agency => words.contains(&"Agency"),
                Category::Armed => words.contains(&"Forces"),
                _ => cast.parties[p].kind == PartyKind::Region && words.contains(&"state"),
            });
            let by_name = parties.filter(|&p| {
                let party = &cast.parties[p];
                party.name.split_whitespace().any(|n| words.contains(&n))
            });
            one_of(by_category, named)
                .or_else(|| one_of(by_name, named))
                .flatten()
        })
        .collect()
}

/// `Some(Some(p))` when `p` is the only party listed, or, given how often
/// the text names each party, the one named far more often than the others
/// ("the bank" is the central bank of the story, not an analyst's bank
/// named once); `Some(None)` when none stands out; `None` when none is
/// listed.
fn one_of(
    parties: impl Iterator<Item = PartyId>,
    named: Option<&[usize]>,
) -> Option<Option<PartyId>> {
    let mut best: Option<(PartyId, usize)> = None;
    let (mut runner_up, mut listed) = (0, 0);
    // "shares fell in New York": a party named only as a place is no one's
    // "the state".
    let named_at_all = |p: &PartyId| named.is_none_or(|named| named[*p] > 0);
    for p in parties.filter(named_at_all) {
        listed += 1;
        let n = named.map_or(0, |named| named[p]);
        match best {
            Some((_, m)) if m >= n => runner_up = runner_up.max(n),
            Some((_, m)) => {
                runner_up = runner_up.max(m);
                best = Some((p, n));
            }
            None => best = Some((p, n)),
        }
    }
    let (p, n) = best?;
    let leads = n >= 3 && n >= 2 * runner_up;
    Some((listed == 1 || leads).then_some(p))
}

/// "the union", "the company" (when the story has one), and "the federal
/// government", "federal troops" (the home country's organs).
fn find_generic_references(doc: &Document, cast: &mut Cast) {
    let mut taken = vec![false; doc.len()];
    for r in &cast.references {
        taken[r.tokens.clone()].fill(true);
    }
    let mut found = Vec::new();
    let regions = cast.parties.iter().any(|p| p.kind == PartyKind::Region);
    for (i, &taken) in taken.iter().enumerate() {
        let lex = doc.lex(i);
        if taken
            || doc.kind(i) != Some(TokenKind::Word)
            || !(lex.is_state_premodifier()
                || lex.may_be_generic_reference()
                || lex.is_state_organ())
        {
            continue;
        }
        let w = doc.word(i);
        let lower_first = w.chars().next().is_some_and(char::is_lowercase);
        // "the rebel group": one reference, by its noun.
        if lex.is_force_noun()
            && doc.lex(i + 1).may_be_generic_reference()
            && !doc.lex(i + 1).is_force_noun()
        {
            continue;
        }
        // "the government in Pristina": the capital after it names it.
        // (References are sorted, but not yet indexed by token.)
        let named_at = |k: usize| {
            cast.references
                .binary_search_by_key(&k, |r| r.tokens.start)
                .is_ok()
        };
        if lex.is_state_organ() && doc.is(i + 1, "in") && named_at(i + 2) {
            continue;
        }
        // "The Government said", "the Treasury will", "the military said":
        // a state's organ named alone, in either case, is the story's
        // country's ("the government" alone is below, with its premodifiers).
        let with_premodifiers = lex.is_state_premodifier() && lower_first;
        // "accused the army of breaking a truce": "of" before what it did.
        let of_whom = doc.is(i + 1, "of") && !doc.word(i + 2).ends_with("ing");
        let organ_alone = lex.is_state_organ()
            && !with_premodifiers
            && !doc.is(i, "troops")
            && doc.is(i.wrapping_sub(1), "the")
            && !of_whom
            && !doc.is_capitalized(i + 1);
        if organ_alone {
            found.extend(cast.home.map(|home| (i..i + 1, home)));
            continue;
        }
        // "federal defence forces", "the federal government", "government troops"
        if lex.is_state_premodifier() && lower_first {
            let home = if bare(w) == "government" {
                cast.home
            } else {
                cast.home_country
            };
            if let Some(home) = home {
                // Only modifiers between: not "government and M23 rebels".
                let mut j = i + 1;
                while j < i + 3
                    && !doc.lex(j).is_state_organ()
                    && !doc.lex(j).is_force_noun()
                    && doc.kind(j) == Some(TokenKind::Word)
                    && !doc.is(j, "and")
                    && !doc.is(j, "or")
                {
                    j += 1;
                }
                let organ = doc.lex(j).is_state_organ() || doc.lex(j).is_force_noun();
                if organ
                    && doc.word(j).chars().all(|c| c.is_lowercase())
                    && !doc.word(i.saturating_sub(1)).ends_with("pro")
                {
                    found.push((i..j + 1, home));
                } else if bare(w) == "government"
                    && doc.is(i.wrapping_sub(1), "the")
                    && !doc.is(i + 1, "of")
                {
                    // "the government" alone: the story's country's.
                    found.push((i..i + 1, home));
                }
            }
            continue;
        }
        // "Uganda's Health Ministry … The ministry said": the country whose
        // ministry the story last named, else the story's country.
        // "the health ministry", "the foreign office", "the embassy", and
        // before a spokesperson's name: "foreign office spokeswoman Ayesha
        // Qureshi".
        let portfolio = usize::from(
            i > 1
                && doc.lex(i - 1).is_title_word()
                && !doc.is_capitalized(i - 1)
                && !is_possessive(doc.word(i - 1)),
        );
        let organ = doc.is(i, "ministry")
            || doc.is(i, "embassy")
            || (doc.is(i, "office") && portfolio == 1);
        let before_name = doc.lex(i + 1).is_role_noun() && doc.is_capitalized(i + 2);
        if organ
            && (doc.is(i.wrapping_sub(1 + portfolio), "the") || before_name)
            && !doc.is(i + 1, "of")
            && !doc.is_capitalized(i + 1)
        {
            // "Chinese foreign ministry spokesman": the country just before;
            // with no country named, a spokesperson's ministry is no
            // guess at the story's country.
            let adjacent = cast
                .reference_ending_at((i - portfolio).wrapping_sub(1))
                .and_then(|r| cast.party_of(r.target))
                .filter(|&p| cast.parties[p].kind == PartyKind::Country);
            let owner = adjacent
                .or_else(|| cast.only_party_called(w))
                .or_else(|| ministry_owner(doc, cast, i))
                .or(cast.home.filter(|_| !before_name));
            if let Some(p) = owner {
                found.push((i - portfolio..i + 1, p));
            }
            continue;
        }
        // "the union"; "rebels" need no article: "local rebels", "rebel advances".
        // "Malawi's main opposition party": after a possessive, with at
        // most two lowercase modifiers between.
        let after_possessive = || {
            (1..=3).any(|back| {
                i >= back
                    && (is_possessive(doc.word(i - back)) || plural_possessive(doc, i - back))
                    && (i - back + 1..i).all(|k| doc.word(k).starts_with(char::is_lowercase))
            })
        };
        // "the 27-nation bloc", "the 39-member group".
        let sized = i >= 2
            && doc.kind(i - 1) == Some(TokenKind::Number)
            && doc.word(i - 1).contains('-')
            && doc.is(i - 2, "the");
        // "the Calgary-based airline", "the militant group": one modifier,
        // which makes no other party of it ("the rival union").
        let modifier = doc.word(i.wrapping_sub(1));
        let located = i >= 2
            && doc.is(i - 2, "the")
            && (is_location_modifier(modifier)
                || modifier.starts_with(char::is_lowercase)
                    && !words![
                        "other", "rival", "new", "second", "former", "sister", "parent", "same"
                    ]
                    .contains(modifier));
        // "company spokeswoman Lena Ortiz", "union vice president Gord Hale"
        let title =
            1 + usize::from(doc.lex(i + 1).is_title_word() && !doc.lex(i + 1).is_role_noun());
        let before_role = doc.lex(i + title).is_role_noun() && doc.is_capitalized(i + title + 1);
        if lex.may_be_generic_reference()
            && (doc.is_any(i.wrapping_sub(1), words!["the", "their", "our", "this"])
                || located
                || before_role
                || sized
                || lex.is_force_noun()
                || after_possessive())
            && !doc.is_capitalized(i + 1)
            && !of_whom
        {
            // "The Houthis … The group said", in a story with a company too:
            // a group is whichever organisation was named last.
            let group = doc
                .is(i, "group")
                .then(|| last_group_before(cast, i))
                .flatten()
                // "Haiti's transitional council": a country's own body.
                .or_else(|| {
                    let public = words!["council", "committee", "commission", "authority"];
                    doc.is_any(i, public)
                        .then(|| country_owning(doc, cast, i))
                        .flatten()
                })
                // "the state would appeal", in a story of no region: the
                // country. Not "the state news agency".
                .or_else(|| {
                    let next = doc.lex(i + 1);
                    let acts =
                        next.is_auxiliary() || next.is_speech_verb() || next.stance().is_some();
                    (doc.is(i, "state") && acts && !regions)
                        .then_some(cast.home)
                        .flatten()
                });
            if let Some(only) = group.or_else(|| cast.only_party_called(bare(w))) {
                found.push((i..i + 1, only));
            }
        }
    }
    // Both lists are in reading order: merge them, the earlier first on a tie.
    let mut found = found.into_iter().peekable();
    let known = std::mem::take(&mut cast.references);
    cast.references.reserve(known.len() + found.len());
    for r in known {
        while let Some((tokens, party)) = found.next_if(|(t, _)| t.start < r.tokens.start) {
            cast.push_reference(tokens, Target::Party(party), false);
        }
        cast.references.push(r);
    }
    for (tokens, party) in found {
        cast.push_reference(tokens, Target::Party(party), false);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mentions(text: &str) -> Vec<(String, String)> {
        let doc = Document::new(text);
        let cast = find(&doc);
        cast.references
            .iter()
            .filter(|r| !r.not_acting)
            .filter_map(|r| {
                let party = cast.party_of(r.target)?;
                Some((
                    trim_possessive(&doc, r.tokens.clone()).of(text).to_string(),
                    cast.parties[party].name.clone(),
                ))
            })
            .collect()
    }

    /// The names of the parties a whole analysis lists.
    fn parties(text: &str) -> Vec<String> {
        crate::analyze(text)
            .parties
            .into_iter()
            .map(|p| p.name)
            .collect()
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn a_union_named_with_and_without_union_is_one_party() {
        let text = "Talks with the Harbour Pilots union failed. Later the Harbour Pilots \
                    Union said the union would meet again.";
        let found = mentions(text);
        assert!(found.len() >= 3, "{found:?}");
        assert!(
            found.iter().all(|(_, p)| p == "Harbour Pilots"),
            "{found:?}"
        );
    }

    #[test]
    fn capitals_act_but_are_places_after_in() {
        assert_eq!(
            mentions("Talks between Moscow and Kyiv were held in Ankara, the Kremlin said."),
            pairs(&[
                ("Moscow", "Russia"),
                ("Kyiv", "Ukraine"),
                ("Kremlin", "Russia")
            ])
        );
        // The seat of a government.
        assert_eq!(
            mentions("Serbia objected after the government in Pristina sent police."),
            pairs(&[("Serbia", "Serbia"), ("Pristina", "Kosovo")])
        );
    }

    #[test]
    fn a_country_before_a_verb_acts_whatever_the_verb_is_about() {
        assert_eq!(
            mentions("Peru pressed producers to cut. Chile urged farmers to wait."),
            pairs(&[("Peru", "Peru"), ("Chile", "Chile")])
        );
    }

    #[test]
    fn a_company_word_before_an_office_names_a_portfolio() {
        assert_eq!(
            mentions(
                "Saudi Energy Minister Omar Fahd met US Energy Secretary Dana Holt. \
                 Later Norsk Energy said it would sell."
            ),
            pairs(&[
                ("Saudi", "Saudi Arabia"),
                ("Omar Fahd", "Saudi Arabia"),
                ("US", "United States"),
                ("Dana Holt", "United States"),
                ("Norsk Energy", "Norsk Energy"),
            ])
        );
    }

    #[test]
    fn a_bloc_is_the_bloc_and_the_group_when_no_company_is() {
        assert_eq!(
            mentions("OPEC+ met on Sunday. The group kept its cuts."),
            pairs(&[("OPEC+", "OPEC+"), ("group", "OPEC+")])
        );
        assert_eq!(
            mentions("The European Union set duties. The 27-nation bloc will not back down."),
            pairs(&[
                ("European Union", "European Union"),
                ("bloc", "European Union")
            ])
        );
        // With a company in the story, "the group" is the company.
        let found = mentions("OPEC+ met. Acme Corporation said the group would drill.");
        assert_eq!(
            found.last(),
            Some(&("group".into(), "Acme Corporation".into()))
        );
    }

    #[test]
    fn a_person_after_the_office_of_a_country_is_that_country_s() {
        assert_eq!(
            mentions("The president of Peru, Ana Ruiz, rejected the offer."),
            pairs(&[("Peru", "Peru"), ("Ana Ruiz", "Peru")])
        );
    }

    #[test]
    fn a_counterpart_is_of_the_country_before_it() {
        assert_eq!(
            mentions("Ana Ruiz met her Chilean counterpart Luis Vera."),
            pairs(&[("Chilean", "Chile"), ("Luis Vera", "Chile")])
        );
    }

    #[test]
    fn an_adviser_with_no_country_named_is_the_story_s_country_s() {
        let found = mentions(
            "MANILA, May 4 — The Philippines protested. National Security Adviser Elena Cruz \
             said Manila would stay.",
        );
        assert!(
            found.contains(&("Elena Cruz".into(), "Philippines".into())),
            "{found:?}"
        );
    }

    #[test]
    fn a_country_that_only_says_where_people_or_a_firm_are_from_does_not_act() {
        assert_eq!(
            mentions(
                "The offer went to striking US workers. German carmaker Voltar and Brazilian \
                 farmers protested. US officials and French negotiators met Japanese \
                 Prime Minister Aiko Sato. Dockers in British Columbia backed British chip \
                 designer Lumex."
            ),
            pairs(&[
                ("Voltar", "Voltar"),
                ("US", "United States"),
                ("French", "France"),
                ("Japanese", "Japan"),
                ("Aiko Sato", "Japan"),
                ("Lumex", "Lumex"),
            ])
        );
    }

    #[test]
    fn the_government_is_the_country_whose_organs_the_story_names() {
        // Qatar is named most, but the government spoken of is Congo's.
        let text = "Congo's government and M23 rebels agreed to a truce in Doha, Qatar said. \
                    Qatari officials hailed it. Government spokeswoman Ana Lobo said Kinshasa \
                    would comply.";
        assert_eq!(
            mentions(text),
            pairs(&[
                ("Congo", "Democratic Republic of the Congo"),
                ("M23", "M23"),
                ("Qatar", "Qatar"),
                ("Qatari", "Qatar"),
                ("Ana Lobo", "Democratic Republic of the Congo"),
                ("Kinshasa", "Democratic Republic of the Congo"),
            ])
        );
    }

    #[test]
    fn companies_by_their_name_words_and_what_they_have() {
        let text =
            "Dockers rejected the offer from Oslo-listed Harbourline Terminals. Harbourline \
                    said talks were over. Talvik chief executive Mia Berg said Talvik shares rose.";
        assert_eq!(
            mentions(text),
            pairs(&[
                ("Harbourline Terminals", "Harbourline Terminals"),
                ("Harbourline", "Harbourline Terminals"),
                ("Talvik", "Talvik"),
                ("Mia Berg", "Talvik"),
                ("Talvik", "Talvik"),
            ])
        );
    }

    #[test]
    fn a_possessive_party_then_a_title_after_the_name() {
        assert_eq!(
            side_of(
                "Talks will resume, said Luis Ortega, Mexico's agriculture secretary.",
                "Luis Ortega"
            )
            .as_deref(),
            Some("Mexico")
        );
    }

    #[test]
    fn people_of_a_party_or_a_state_with_no_country_named() {
        let text = "Peru's main opposition party said it would appeal. The Green Party (GP), \
                    whose candidate Rosa Quispe came second, agreed. President Luis Ramos \
                    and Interior Minister Ana Vera, the government's chief spokeswoman, met.";
        assert_eq!(
            mentions(text),
            pairs(&[
                ("Peru", "Peru"),
                ("party", "Green Party"),
                ("Green Party", "Green Party"),
                ("GP", "Green Party"),
                ("Rosa Quispe", "Green Party"),
                ("Luis Ramos", "Peru"),
                ("Ana Vera", "Peru"),
                ("government", "Peru"),
            ])
        );
    }

    #[test]
    fn titles_give_people_their_side() {
        assert_eq!(
            mentions("French Foreign Minister Jean Dupont met Senator Alma Reyes of Chile."),
            pairs(&[
                ("French", "France"),
                ("Jean Dupont", "France"),
                ("Alma Reyes", "Chile"),
                ("Chile", "Chile")
            ])
        );
    }

    #[test]
    fn appositives_give_people_their_side() {
        let text =
            "Acme said. Jane Roe, chief executive of Acme Airlines, said it was over. Roe left.";
        let doc = Document::new(text);
        let cast = find(&doc);
        let roe = cast.person_named("Roe").expect("Jane Roe is a person");
        assert_eq!(cast.people[roe].name, "Jane Roe");
        let party = cast.people[roe]
            .party
            .map(|p| cast.parties[p].name.as_str());
        assert_eq!(party, Some("Acme Airlines"));
    }

    #[test]
    fn organisations_the_article_introduces() {
        let found = mentions(
            "Shipping firm Maersk met the Dockers Union of Ports and Harbours (DUPH). \
             Later Maersk and the DUPH spoke. The union said no.",
        );
        assert_eq!(
            found,
            pairs(&[
                ("Maersk", "Maersk"),
                (
                    "Dockers Union of Ports and Harbours",
                    "Dockers Union of Ports and Harbours"
                ),
                ("DUPH", "Dockers Union of Ports and Harbours"),
                ("Maersk", "Maersk"),
                ("DUPH", "Dockers Union of Ports and Harbours"),
                ("union", "Dockers Union of Ports and Harbours"),
            ])
        );
    }

    #[test]
    fn a_group_named_by_its_forces_but_not_a_common_phrase() {
        let found = mentions(
            "Karen special forces held the pass. Security forces stayed in the valley. \
             Border forces sealed it off.",
        );
        assert_eq!(found, pairs(&[("Karen", "Karen")]));
    }

    /// The side the analysis gives the person named `name` in `text`.
    fn side_of(text: &str, name: &str) -> Option<String> {
        let a = crate::analyze(text);
        let person = a.people.iter().find(|p| p.name == name).expect(name);
        person.party.map(|p| a.parties[p].name.clone())
    }

    #[test]
    fn an_apposition_or_an_acronym_in_brackets_makes_an_organisation() {
        let found = mentions("Unison, the country’s largest union, said it would ballot members.");
        assert!(
            found.contains(&("Unison".into(), "Unison".into())),
            "{found:?}"
        );
        let found = mentions("Talks stalled. Acme, a chipmaker, said it would cut jobs.");
        assert!(found.contains(&("Acme".into(), "Acme".into())), "{found:?}");
        // After a country's possessive: the union is the one named, not a
        // union the story named before.
        let found = mentions(
            "The African Union met. Unite, Britain's biggest union, said it would strike.",
        );
        assert!(
            found.contains(&("union".into(), "Unite".into())),
            "{found:?}"
        );
        // A person's apposition makes no organisation of them.
        let found = mentions("Talks stalled. Ana Berg, the union’s leader, said no.");
        assert!(found.is_empty(), "{found:?}");
        let found =
            mentions("But the Royal College of Nursing (RCN) said no. Talks with the RCN failed.");
        assert_eq!(
            found,
            pairs(&[
                ("Royal College of Nursing", "Royal College of Nursing"),
                ("RCN", "Royal College of Nursing"),
                ("RCN", "Royal College of Nursing"),
            ])
        );
        // Initials written as a word, British style.
        let found = mentions("The Alliance of Small Island States (Aosis) met. Aosis said no.");
        assert_eq!(
            found
                .iter()
                .filter(|m| m.1 == "Alliance of Small Island States")
                .count(),
            3,
            "{found:?}"
        );
        // Brackets that do not abbreviate the name before them.
        let found = mentions("But the Royal Nursing Circle (UK) said no.");
        assert!(
            found.iter().all(|(t, _)| t != "Royal Nursing Circle"),
            "{found:?}"
        );
    }

    #[test]
    fn a_figure_is_shown_as_the_article_spells_them() {
        let names = |text: &str| -> Vec<String> {
            crate::analyze(text)
                .people
                .into_iter()
                .map(|p| p.name)
                .collect()
        };
        // The surname alone first, the whole name after: one person.
        let text = "Zelenskyy spoke. Volodymyr Zelenskyy said Ukraine would not give up.";
        assert_eq!(names(text), ["Volodymyr Zelenskyy"]);
        assert_eq!(
            side_of(text, "Volodymyr Zelenskyy").as_deref(),
            Some("Ukraine")
        );
        assert_eq!(names("Volodymyr Zelensky spoke."), ["Volodymyr Zelensky"]);
    }

    #[test]
    fn a_ministry_after_a_country_is_that_country() {
        assert_eq!(parties("Chile’s Ministry of Finance said no."), ["Chile"]);
        assert_eq!(
            parties("China's Commerce Ministry announced duties."),
            ["China"]
        );
        // A title word before it makes no person of the ministry.
        assert_eq!(
            mentions("Russia's Foreign Ministry said no. The ministry also said it would act."),
            pairs(&[("Russia", "Russia"), ("ministry", "Russia")])
        );
        // Without the country before it, a body of its own.
        assert_eq!(
            parties("The Ministry of Finance and Chile met."),
            ["Ministry of Finance", "Chile"]
        );
    }

    #[test]
    fn a_person_who_heads_a_body_is_on_its_side() {
        let text = "“Act now,” said Mara Lind, who chairs the World Health Organization.";
        assert_eq!(
            side_of(text, "Mara Lind").as_deref(),
            Some("World Health Organization")
        );
        let text = "“Act now,” said Mara Lind, who visited the World Health Organization.";
        assert_eq!(side_of(text, "Mara Lind"), None);
        // Whatever the title says, and by the body's generic name.
        let text = "The Economic Community of West African States met. “No coup,” said \
                    Nigerian President Sam Ade, who chairs the bloc.";
        assert_eq!(side_of(text, "Sam Ade").as_deref(), Some("ECOWAS"));
    }

    #[test]
    fn a_role_the_text_gave_a_party_before_is_the_holder_s_side() {
        let text = "Talks resumed, the European Union's envoy said. Envoy Tomas Lind said so.";
        assert_eq!(
            side_of(text, "Tomas Lind").as_deref(),
            Some("European Union")
        );
    }

    #[test]
    fn an_armed_group_and_its_army_by_their_generic_names() {
        // "rebel group" is one reference; "the army of" before what it did
        // is the state's.
        assert_eq!(
            mentions(
                "Peru halted talks with the National Liberation Army. The rebel group \
                 accused the army of breaking a truce."
            ),
            pairs(&[
                ("Peru", "Peru"),
                ("National Liberation Army", "National Liberation Army"),
                ("group", "National Liberation Army"),
                ("army", "Peru"),
            ])
        );
        // "The group" after an armed group, in a story with a company.
        let found = mentions(
            "Acme Shipping Ltd rerouted its ships. The Houthis attacked ships near Yemen. \
             The group said it would stop.",
        );
        assert_eq!(found.last(), Some(&("group".into(), "Houthis".into())));
        let found = mentions("The Suez Canal Authority cut its fees. The authority said so.");
        assert_eq!(
            found.last(),
            Some(&("authority".into(), "Suez Canal Authority".into()))
        );
    }

    #[test]
    fn a_spokesperson_speaks_for_whoever_began_the_sentence_before() {
        let text = "Chile's foreign ministry condemned it. Spokesman Li Ming said no.";
        assert_eq!(side_of(text, "Li Ming").as_deref(), Some("Chile"));
    }

    #[test]
    fn who_reports_a_sentence_about_a_country_speaks_for_it() {
        let text = "Peru will raise taxes, Prime Minister Ana Soto said on Friday.";
        assert_eq!(side_of(text, "Ana Soto").as_deref(), Some("Peru"));
    }

    #[test]
    fn a_one_word_name_that_speaks_is_an_organisation() {
        let found = mentions("Regulators fined Lumora. Lumora said it would appeal.");
        assert_eq!(found, pairs(&[("Lumora", "Lumora"), ("Lumora", "Lumora")]));
        // Only ever first in its sentence, or part of a person's name: not taken.
        assert!(mentions("Officials said no. Officials agreed.").is_empty());
        let found = mentions("Getachew Reda spoke. Later, Getachew said no.");
        assert!(found.iter().all(|(_, p)| p != "Getachew"), "{found:?}");
    }

    #[test]
    fn what_produces_or_employs_is_a_company() {
        let text = "Andina Cobre, which produces copper, halted output. The company said so.";
        assert_eq!(
            mentions(text),
            pairs(&[
                ("Andina Cobre", "Andina Cobre"),
                ("company", "Andina Cobre")
            ])
        );
    }

    #[test]
    fn bodies_by_generic_names_of_the_state_and_its_councils() {
        // Initials before "union" name one; what serves people is a company.
        let text = "Vale Water, which serves 2 million people, was fined. The GMB union \
                    urged a takeover.";
        assert_eq!(parties(text), ["Vale Water", "GMB"]);
        // "the state" acting, in a story of no region, is the country.
        let text = "Kenya's court ruled. Kenya said the state would appeal.";
        assert_eq!(
            mentions(text).last(),
            Some(&("state".into(), "Kenya".into()))
        );
        assert!(mentions("Peru met. Peru told the state news agency.")
            .iter()
            .all(|(t, _)| t != "state"));
        // A country's own council, in a story with another council.
        let text = "Kenya's National Security Council met. Haiti's transitional council objected.";
        assert_eq!(
            mentions(text).last(),
            Some(&("council".into(), "Haiti".into()))
        );
    }

    #[test]
    fn of_before_what_a_party_did_names_no_other() {
        let text = "Alberta objected. Ottawa accused the province of exaggerating.";
        assert_eq!(
            mentions(text).last(),
            Some(&("province".into(), "Alberta".into()))
        );
    }

    #[test]
    fn their_after_people_of_no_party_is_no_party_s() {
        let text = "Acme Mining Ltd halted output. The protesters say it must pay. Their \
                    leader, Rosa Quispe, said no.";
        assert!(mentions(text).iter().all(|(t, _)| t != "Rosa Quispe"));
    }

    #[test]
    fn a_portfolio_after_a_title_is_no_one_s_name() {
        let text = "Hungary's Minister for European Affairs, Gábor Szalay, said no.";
        assert_eq!(
            mentions(text),
            pairs(&[("Hungary", "Hungary"), ("Gábor Szalay", "Hungary")])
        );
    }

    #[test]
    fn an_adjective_of_a_people_before_a_noun_is_no_name() {
        assert!(parties("Acme said the cut broke European rules.")
            .iter()
            .all(|p| p != "European"));
    }

    #[test]
    fn a_name_with_a_chief_executive_or_shares_is_a_company() {
        let found =
            mentions("Norsk agreed to pay. Norsk's chief executive resigned. The carmaker fell.");
        assert_eq!(
            found,
            pairs(&[
                ("Norsk", "Norsk"),
                ("Norsk", "Norsk"),
                ("carmaker", "Norsk")
            ])
        );
        let found = mentions("Shares in Lumo rose. Lumo said it would grow.");
        assert_eq!(found, pairs(&[("Lumo", "Lumo"), ("Lumo", "Lumo")]));
        // A person's things are not a company's.
        assert!(mentions("Ana Berg's shoes were red.").is_empty());
    }

    #[test]
    fn brussels_is_the_union_a_story_names() {
        let found =
            mentions("The European Union met Peru. Brussels said no. Talks in Brussels ended.");
        assert_eq!(
            found,
            pairs(&[
                ("European Union", "European Union"),
                ("Peru", "Peru"),
                ("Brussels", "European Union"),
            ])
        );
        let found = mentions("Brussels said no.");
        assert_eq!(found, pairs(&[("Brussels", "Belgium")]));
    }

    #[test]
    fn a_place_word_may_start_a_name() {
        let found = mentions("Northern Ferries Ltd cut routes. Western diplomats were silent.");
        assert_eq!(
            found,
            pairs(&[("Northern Ferries Ltd", "Northern Ferries Ltd")])
        );
    }

    #[test]
    fn the_last_word_of_a_built_in_name_stands_for_it() {
        let found = mentions("The European Commission met. Later the Commission agreed.");
        assert_eq!(
            found,
            pairs(&[
                ("European Commission", "European Commission"),
                ("Commission", "European Commission"),
            ])
        );
    }

    #[test]
    fn a_disease_named_after_a_country_names_no_party() {
        let text = "Peru confirmed three cases of Bolivia virus. Peru said the Bolivia strain \
                    spreads fast. Health Minister Rosa Quispe said Peru would act.";
        let found = mentions(text);
        assert!(found.iter().all(|(_, party)| party == "Peru"), "{found:?}");
        // Nor does it make the story Bolivia's: the minister is Peru's.
        assert!(
            found.contains(&("Rosa Quispe".into(), "Peru".into())),
            "{found:?}"
        );
        let found = mentions("Bolivia said the Spanish flu of 1918 reached it late.");
        assert_eq!(found, [("Bolivia".to_string(), "Bolivia".to_string())]);
    }

    #[test]
    fn a_state_organ_alone_in_either_case_is_the_story_country() {
        let story = "Peru votes on Sunday. Peru is calm. The Government said it was ready, \
                     the Treasury will pay, and the military said it would stay in barracks.";
        let found = mentions(story);
        for organ in ["Government", "Treasury", "military"] {
            assert!(
                found.contains(&(organ.into(), "Peru".into())),
                "{organ}: {found:?}"
            );
        }
        // Not a party of its own, and not with no country to stand for.
        let found = mentions("The Government said it was ready. The Treasury will pay.");
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn the_dateline_names_the_story_country() {
        // Chile is named more, but the story is filed from Peru's capital.
        let story = "LIMA, May 2 — Chile and Chile's navy left. Chile's envoy met Peru's. \
                     The government said talks would go on. Deputy Treasury Secretary \
                     Ana Ruiz said so.";
        let found = mentions(story);
        assert!(
            found.contains(&("government".into(), "Peru".into())),
            "{found:?}"
        );
        assert!(
            found.contains(&("Ana Ruiz".into(), "Peru".into())),
            "{found:?}"
        );
        // "NEW DELHI" is found as "New Delhi"; a dateline of a country the
        // story never names again sets nothing.
        let found = mentions("NEW DELHI (AP) — India and Chile met. The government said no.");
        assert!(
            found.contains(&("government".into(), "India".into())),
            "{found:?}"
        );
        let found =
            mentions("LIMA, May 2 — Chile voted. Chile met Bolivia. The government said no.");
        assert!(
            found.contains(&("government".into(), "Chile".into())),
            "{found:?}"
        );
        // Written with letters beyond ASCII.
        let found =
            mentions("ASUNCIÓN — Brazil and Paraguay met. Foreign Minister Luis Roa said no.");
        assert!(
            found.contains(&("Luis Roa".into(), "Paraguay".into())),
            "{found:?}"
        );
        // A dateline is no list of parties.
        let found = mentions("KYIV, Ukraine (AP) — Russia struck Ukraine. Kyiv said so.");
        assert!(found.iter().all(|(t, _)| t != "KYIV"), "{found:?}");
        // A union's general secretary is not an officer of the state.
        let found = mentions("LIMA — Peru voted. General Secretary Rosa Quispe said so.");
        assert!(found.iter().all(|(t, _)| t != "Rosa Quispe"), "{found:?}");
    }

    #[test]
    fn the_government_alone_is_the_story_country() {
        let found =
            mentions("Peru votes on Sunday. Peru is calm, and the government has asked for help.");
        assert!(
            found.contains(&("government".into(), "Peru".into())),
            "{found:?}"
        );
        // Another's government is named as such.
        let found = mentions(
            "Peru votes. Peru and Peru wait. The talks with the government of Chile failed.",
        );
        assert!(
            found.iter().all(|(text, _)| text != "government"),
            "{found:?}"
        );
    }

    #[test]
    fn state_organs_stand_for_the_home_country() {
        let found = mentions(
            "Kenya's army fought. In Kenya, federal troops and the federal government held firm.",
        );
        assert!(
            found.contains(&("federal troops".into(), "Kenya".into())),
            "{found:?}"
        );
        assert!(
            found.contains(&("federal government".into(), "Kenya".into())),
            "{found:?}"
        );
    }

    #[test]
    fn undefined_acronyms_of_named_bodies() {
        let found = mentions(
            "The Federal Trade Board ruled. Talks with the FTB and the XYZ, EU and UN went on.",
        );
        assert!(
            found.contains(&("FTB".into(), "Federal Trade Board".into())),
            "{found:?}"
        );
        assert!(found.contains(&("XYZ".into(), "XYZ".into())), "{found:?}");
        // Acronyms joined by "and" are two names.
        let found =
            mentions("The Federal Trade Board ruled. Talks with the EU, FTB and XYZ went on.");
        assert!(
            found.contains(&("FTB".into(), "Federal Trade Board".into())),
            "{found:?}"
        );
        assert!(found.contains(&("XYZ".into(), "XYZ".into())), "{found:?}");
        // An acronym that speaks is still the body it abbreviates.
        let found = mentions("The Federal Trade Board ruled. Later the FTB said no.");
        assert_eq!(
            found[1],
            ("FTB".into(), "Federal Trade Board".into()),
            "{found:?}"
        );
    }

    #[test]
    fn a_title_before_of_is_not_part_of_the_name() {
        assert_eq!(
            mentions("Ann Lee, president and CEO of the Acme Corporation, spoke."),
            pairs(&[
                ("Ann Lee", "Acme Corporation"),
                ("Acme Corporation", "Acme Corporation")
            ])
        );
    }

    #[test]
    fn a_ministry_of_two_portfolios_is_one() {
        let text = "Brazil's Mines and Energy Ministry said it would talk.";
        assert_eq!(parties(text), ["Brazil"]);
        let text = "South Korea's Supreme Court ordered Acme Steel to pay.";
        assert_eq!(parties(text), ["South Korea", "Acme Steel"]);
    }

    #[test]
    fn two_organisations_joined_by_and_stay_two() {
        let found = mentions("The Acme Corporation and the Zenith Group agreed.");
        assert_eq!(
            found,
            pairs(&[
                ("Acme Corporation", "Acme Corporation"),
                ("Zenith Group", "Zenith Group")
            ])
        );
        let found = mentions("The Acme Corporation and Zenith Group agreed.");
        assert_eq!(
            found[0],
            pairs(&[("Acme Corporation", "Acme Corporation")])[0]
        );
    }

    #[test]
    fn a_built_in_name_with_a_possessive_inside_stays_whole() {
        assert_eq!(
            mentions("The United Nations Children’s Fund sent doses."),
            pairs(&[("United Nations Children’s Fund", "UNICEF")])
        );
    }

    #[test]
    fn a_namesake_of_a_known_figure_is_someone_else() {
        // Not JD Vance: another first name, and his surname after it.
        assert_eq!(
            mentions("Peter Vance, a pilot, said no. Vance added more."),
            pairs(&[])
        );
        assert_eq!(
            mentions("Vice President J.D. Vance spoke. Vance added more."),
            pairs(&[("J.D. Vance", "United States"), ("Vance", "United States")])
        );
    }

    #[test]
    fn people_and_generic_names_of_the_story_s_firm_and_union() {
        let text = "Castellan Airways and the Harbour Workers' Union met. \
                    \"No,\" said Tom Hale, the union's general secretary. \
                    Company spokeswoman Lena Ortiz said the Calgary-based airline \
                    would wait. Chief executive Martin Duclos said this company \
                    can pay.";
        let firm = "Castellan Airways";
        let union = "Harbour Workers' Union";
        assert_eq!(
            mentions(text),
            pairs(&[
                (firm, firm),
                (union, union),
                ("Tom Hale", union),
                ("union", union),
                ("Company", firm),
                ("Lena Ortiz", firm),
                ("airline", firm),
                ("Martin Duclos", firm),
                ("company", firm),
            ])
        );
        assert_eq!(
            mentions("The World Bank said the lender would help."),
            pairs(&[("World Bank", "World Bank"), ("lender", "World Bank")])
        );
    }

    #[test]
    fn a_law_or_a_currency_named_for_a_country_is_no_one() {
        assert_eq!(
            mentions("Under the Canada Labour Code, she said: \"No.\" It costs US$5."),
            pairs(&[("Canada", "Canada")])
        );
        // Nor a treaty, with the city it is named for, nor a law's words.
        assert_eq!(
            mentions(
                "Peru said the Paris Agreement and the Mines and Minerals Development Act stand."
            ),
            pairs(&[("Peru", "Peru")])
        );
        // "Washington-based" says where a group is, not what Washington does.
        assert_eq!(
            mentions("A Washington-based group said Peru erred."),
            pairs(&[("Peru", "Peru")])
        );
    }

    #[test]
    fn other_names_of_an_organisation() {
        let found =
            mentions("The Federal Joint Committee (G-BA) found no benefit. The G-BA said so.");
        assert!(
            found
                .iter()
                .filter(|m| m.1 == "Federal Joint Committee")
                .count()
                == 3,
            "{found:?}"
        );
        let found = mentions(
            "The European Consumer Organisation, known as BEUC, welcomed it. BEUC said so.",
        );
        assert_eq!(
            found
                .iter()
                .filter(|m| m.0 == "BEUC" && m.1 == "European Consumer Organisation")
                .count(),
            2,
            "{found:?}"
        );
        // What an apposition called it: "the association" after it.
        let found = mentions(
            "Talks with the Spitzenverband, the association that sets prices, failed. \
             The insurers' association dismissed the threat.",
        );
        assert_eq!(
            found.iter().filter(|m| m.1 == "Spitzenverband").count(),
            3,
            "{found:?}"
        );
        // A count before a name is no part of it.
        let found = mentions("Two China Coast Guard ships shadowed the boat.");
        assert_eq!(found, pairs(&[("China", "China")]));
    }

    #[test]
    fn a_firm_s_title_before_a_person_ends_the_firm_s_name() {
        let found = mentions("Kafue Copper Mines said no. Kafue Chief Executive Pieter Vos left.");
        assert_eq!(
            found,
            pairs(&[
                ("Kafue Copper Mines", "Kafue Copper Mines"),
                ("Kafue", "Kafue Copper Mines"),
                ("Pieter Vos", "Kafue Copper Mines"),
            ])
        );
    }

    #[test]
    fn a_ministry_by_its_portfolio_is_its_country_s() {
        let found = mentions("Germany sued. Later the health ministry said so.");
        assert_eq!(
            found,
            pairs(&[("Germany", "Germany"), ("health ministry", "Germany")])
        );
        for portfolio in [
            "agriculture",
            "food",
            "transport",
            "education",
            "environment",
        ] {
            let text = format!("India banned exports. The {portfolio} ministry said so.");
            let ministry = format!("{portfolio} ministry");
            assert!(
                mentions(&text).contains(&(ministry, "India".into())),
                "{text}"
            );
        }
        let found = mentions(
            "Pakistan protested. Pakistan met. Later the foreign office said so, \
             and foreign office spokeswoman Ayesha Qureshi agreed.",
        );
        // A spokesperson's office with no country named is left unowned.
        assert_eq!(
            found.iter().filter(|m| m.0 == "foreign office").count(),
            1,
            "{found:?}"
        );
        // The country just before it, not the story's.
        let text = "India's government acted. India's government met. In Beijing, Chinese \
                    foreign ministry spokesman Zhou Minghui said China would stand by Pakistan.";
        assert_eq!(side_of(text, "Zhou Minghui").as_deref(), Some("China"));
        let found = mentions("China's embassy said so. Later the embassy said so again.");
        assert!(
            found.contains(&("embassy".into(), "China".into())),
            "{found:?}"
        );
    }

    #[test]
    fn what_an_apposition_called_a_group_names_it_later() {
        let found = mentions(
            "Drugmaker Halvern said no. Onko, a patients' group that helps 300 people, \
             called on Halvern to stay. The group said so.",
        );
        // The apposition's own noun, the name, and "the group".
        let group: Vec<_> = found.iter().filter(|m| m.1 == "Onko").collect();
        assert_eq!(group.len(), 3, "{found:?}");
        assert!(
            found.contains(&("Halvern".into(), "Halvern".into())),
            "{found:?}"
        );
        assert!(
            found.iter().all(|m| m.0 != "group" || m.1 == "Onko"),
            "{found:?}"
        );
    }

    #[test]
    fn a_company_word_inside_a_public_body_s_name_makes_no_company() {
        let found =
            mentions("Oil came from the Strategic Petroleum Reserve. OPEC met. The group said no.");
        assert!(
            found.contains(&("group".into(), "OPEC".into())),
            "{found:?}"
        );
    }

    #[test]
    fn the_bank_is_the_bank_the_story_names_most() {
        let text = "The European Central Bank cut rates. The European Central Bank said \
                    more could follow. Pieter van Loon of Halvorsen Bank spoke. The European \
                    Central Bank meets again in July, and the bank will decide then.";
        let found = mentions(text);
        assert!(
            found.contains(&("bank".into(), "European Central Bank".into())),
            "{found:?}"
        );
        assert!(
            found.contains(&("Pieter van Loon".into(), "Halvorsen Bank".into())),
            "{found:?}"
        );
    }

    #[test]
    fn a_capital_that_answers_is_its_government() {
        let found =
            mentions("The fine drew a swift response from Washington. Delegates from Moscow came.");
        assert_eq!(found, pairs(&[("Washington", "United States")]));
    }

    #[test]
    fn an_official_with_no_country_speaks_for_the_one_reported_on() {
        let text = "MANILA (Reuters) - The Philippines protested. In Tokyo, Chief Cabinet \
                    Secretary Kenji Moriyama said Japan was concerned. Deputy Prime Minister \
                    Arkady Volkonsky said Moscow would honour its commitments.";
        assert_eq!(side_of(text, "Kenji Moriyama").as_deref(), Some("Japan"));
        assert_eq!(side_of(text, "Arkady Volkonsky").as_deref(), Some("Russia"));
    }

    #[test]
    fn a_second_speaking_name_is_no_second_company() {
        let text = "Drugmaker Halvern Therapeutics threatened to leave. The company said so. \
                    \"We cannot,\" Chief Executive Mathilde Aurand said. Talks with the \
                    Spitzenverband stalled, and the Spitzenverband said it would wait.";
        assert_eq!(
            side_of(text, "Mathilde Aurand").as_deref(),
            Some("Halvern Therapeutics")
        );
        let text = "\u{201c}We are tired,\u{201d} federation President Megan Thorsby told \
                    members of the Queensland Teachers\u{2019} Federation.";
        assert_eq!(
            side_of(text, "Megan Thorsby").as_deref(),
            Some("Queensland Teachers\u{2019} Federation")
        );
    }

    #[test]
    fn a_plural_possessive_inside_a_name_stays_whole() {
        let union = "National Aviation Workers' Union";
        assert_eq!(
            mentions("The National Aviation Workers' Union said no. The union will strike."),
            pairs(&[(union, union), ("union", union)])
        );
        assert_eq!(
            parties("The Nurses’ Federation and the People's Party protested."),
            ["Nurses’ Federation", "People's Party"]
        );
        // A country's possessive still ends the name.
        assert_eq!(
            mentions("The Philippines’ Foreign Ministry protested."),
            pairs(&[("Philippines", "Philippines")])
        );
    }

    #[test]
    fn a_state_or_province_is_a_side_of_its_own() {
        let text = "Texas sued the federal government on Monday. The state said the rule \
                    was unlawful, and Governor Ruth Ames vowed to fight it in court.";
        assert_eq!(
            mentions(text),
            pairs(&[
                ("Texas", "Texas"),
                ("federal government", "United States"),
                ("state", "Texas"),
                ("Ruth Ames", "Texas"),
            ])
        );
        // "The state" with no region named is no one.
        assert_eq!(
            mentions("The state of the talks worried Peru."),
            pairs(&[("Peru", "Peru")])
        );
        // "Victoria" is the Australian state, not the Seychelles' capital.
        assert_eq!(
            parties("Victoria and Tasmania agreed."),
            ["Victoria", "Tasmania"]
        );
    }

    #[test]
    fn a_story_set_in_a_region_has_its_government_and_a_federal_one() {
        let text = "The Manitoba government rejected the offer. The government said the \
                    federal government should pay, and federal Health Minister Ian Boyd \
                    declined. Canada has no plan.";
        let found = mentions(text);
        for (mention, party) in [
            ("Manitoba", "Manitoba"),
            ("government", "Manitoba"),
            ("federal government", "Canada"),
            ("Ian Boyd", "Canada"),
        ] {
            assert!(
                found.contains(&(mention.into(), party.into())),
                "{mention}: {found:?}"
            );
        }
    }

    #[test]
    fn a_region_that_only_says_where_is_no_party() {
        for text in [
            "Workers at the plant in Ohio walked out.",
            "Teachers in the southern state of Queensland walked out.",
            "An Ontario-based miner walked out.",
            "WINNIPEG, Manitoba, May 2 — Workers walked out.",
        ] {
            assert_eq!(mentions(text), pairs(&[]), "{text}");
        }
        // A region that acts is one, in the dateline's sentence too.
        assert_eq!(
            mentions("WINNIPEG, May 2 — Manitoba walked out."),
            pairs(&[("Manitoba", "Manitoba")])
        );
    }

    #[test]
    fn the_agency_the_group_and_a_commissioner_are_the_story_s_body() {
        assert_eq!(
            mentions("The World Food Programme cut rations. The agency said so."),
            pairs(&[
                ("World Food Programme", "World Food Programme"),
                ("agency", "World Food Programme")
            ])
        );
        // "The group" in a story with an armed group and no company.
        assert_eq!(
            mentions("The Houthis held the staff. The group said the militants would stay."),
            pairs(&[
                ("Houthis", "Houthis"),
                ("group", "Houthis"),
                ("militants", "Houthis")
            ])
        );
        let text = "The European Commission proposed duties. Trade Commissioner Ana Moll said so.";
        assert_eq!(
            side_of(text, "Ana Moll").as_deref(),
            Some("European Commission")
        );
        // "The administration", as "the government", is the story's country's.
        assert_eq!(
            mentions("Peru and Peru voted. The administration said no."),
            pairs(&[
                ("Peru", "Peru"),
                ("Peru", "Peru"),
                ("administration", "Peru")
            ])
        );
    }

    #[test]
    fn a_story_that_names_no_country_is_set_in_its_dateline_s() {
        let text = "LONDON (Wire) — Nurses in England will strike. Health Secretary Ian Roe \
                    said the government would not move.";
        assert_eq!(
            mentions(text),
            pairs(&[
                ("Ian Roe", "United Kingdom"),
                ("government", "United Kingdom")
            ])
        );
        // A role is nobody's name; the office before a spokesman is the state's.
        let text = "TOKYO (Wire) — Japan met. Prime Minister's spokesman Ken Abe said so.";
        assert_eq!(side_of(text, "Ken Abe").as_deref(), Some("Japan"));
        assert!(crate::analyze(text)
            .people
            .iter()
            .all(|p| !p.name.contains("Minister")));
    }

    #[test]
    fn what_represents_members_is_an_organisation() {
        let text = "NHS Providers, which represents hospital trusts, said so. The Royal \
                    College of Midwives agreed. Hamas left, and the militant group said so.";
        let mut found = parties(text);
        found.sort();
        assert_eq!(
            found,
            ["Hamas", "NHS Providers", "Royal College of Midwives"]
        );
        assert!(mentions(text).contains(&("group".into(), "Hamas".into())));
    }

    #[test]
    fn names_set_off_after_what_they_are_and_the_body_s_other_names() {
        let text = "The main opposition party, Tehreek-e-Insaf, said no. The party will march. \
                    The International Monetary Fund agreed, the lender said, and the fund paid.";
        let found = mentions(text);
        for (mention, party) in [
            ("Tehreek-e-Insaf", "Tehreek-e-Insaf"),
            ("party", "Tehreek-e-Insaf"),
            ("lender", "International Monetary Fund"),
            ("fund", "International Monetary Fund"),
        ] {
            assert!(
                found.contains(&(mention.into(), party.into())),
                "{mention}: {found:?}"
            );
        }
        // "union vice president Marcus Bell"; "His spokesman, Peter Banda,".
        let text = "The Harbour Pilots Union met. Union vice president Marcus Bell said no.";
        assert_eq!(
            side_of(text, "Marcus Bell").as_deref(),
            Some("Harbour Pilots Union")
        );
        let text =
            "Peru voted. President Tomas Ruiz thanked voters. His spokesman, Peter Banda, said so.";
        assert_eq!(side_of(text, "Peter Banda").as_deref(), Some("Peru"));
        // "The Kawenna First Nation", and a body by its U.N. name.
        let text =
            "The Kawenna First Nation sued. The United Nations refugee agency, UNHCR, urged calm.";
        let mut found = parties(text);
        found.sort();
        assert_eq!(found, ["Kawenna First Nation", "UNHCR"]);
        // "the agency" after an administration; a campaign is an organisation.
        let text = "The Federal Aviation Administration acted. The Treatment Action \
                    Campaign agreed with the agency.";
        let found = mentions(text);
        assert!(
            found.contains(&("agency".into(), "Federal Aviation Administration".into())),
            "{found:?}"
        );
        assert!(
            found.iter().any(|m| m.1 == "Treatment Action Campaign"),
            "{found:?}"
        );
        // "…, Helena Voss, and Iranian officials": no apposition of hers.
        let text = "The IAEA met. Talks between the agency's chief, Helena Voss, and Iranian officials ended.";
        assert_eq!(
            side_of(text, "Helena Voss").as_deref(),
            Some("International Atomic Energy Agency")
        );
        // A confederation is an organisation; an attorney general serves the state.
        let text = "WASHINGTON (Wire) — The General Confederation of Labour (CGT) struck. \
                    The U.S. sued, and Attorney General Martin Cole said so.";
        assert!(parties(text).contains(&"General Confederation of Labour".to_string()));
        assert_eq!(
            side_of(text, "Martin Cole").as_deref(),
            Some("United States")
        );
        // "grocery chain Harvest Market", a chamber of commerce, and
        // Washington State, which is not Washington.
        let text = "Regulators sued grocery chain Harvest Market. The Hong Kong General \
                    Chamber of Commerce objected, as did Washington State.";
        let mut found = parties(text);
        found.sort();
        assert_eq!(
            found,
            [
                "Harvest Market",
                "Hong Kong General Chamber of Commerce",
                "Washington State"
            ]
        );
        // A head of state's organ as a modifier ("Chinese military aircraft")
        // sets no home; a comma before a name's own title ends its context.
        let text = "TAIPEI (Wire) — Taiwan saw 45 Chinese military aircraft. China and \
                    China warned. Defence Minister Lin Chen told reporters so.";
        assert_eq!(side_of(text, "Lin Chen").as_deref(), Some("Taiwan"));
        let text = "Peru will act, matching steps taken by Chile, Finance Minister Ana Roe said.";
        assert_eq!(side_of(text, "Ana Roe").as_deref(), Some("Peru"));
        assert!(
            parties("Nasima Begum of the Dhaka Center for Worker Solidarity said no.")
                .contains(&"Dhaka Center for Worker Solidarity".to_string())
        );
        // A forum is an organisation, and so is Greenpeace.
        let mut found = parties("The Nigeria Governors' Forum objected, and Greenpeace agreed.");
        found.sort();
        assert_eq!(found, ["Greenpeace", "Nigeria Governors' Forum"]);
        // "the train drivers' union GDL" is a union; what owns an app is an
        // organisation; Somaliland is a region.
        let text = "The union GDL struck. Lumen Social, which owns the Pixa app, said so. \
                    The union agreed with Somaliland.";
        let found = mentions(text);
        for (mention, party) in [
            ("union", "GDL"),
            ("Lumen Social", "Lumen Social"),
            ("Somaliland", "Somaliland"),
        ] {
            assert!(
                found.contains(&(mention.into(), party.into())),
                "{mention}: {found:?}"
            );
        }
        // A name that lists its members with a comma is one name.
        let union = "Kenya Medical Practitioners, Pharmacists and Dentists Union";
        assert_eq!(
            mentions("The Kenya Medical Practitioners, Pharmacists and Dentists Union said no. The union will strike."),
            pairs(&[(union, union), ("union", union)])
        );
        // A region named only as a place is no one's "the state".
        let text = "Ohio Governor Ann Lee spoke. Shares fell in New York. The state said so.";
        assert!(mentions(text).contains(&("state".into(), "Ohio".into())));
    }
}
