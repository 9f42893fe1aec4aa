//! The built-in knowledge of the world: countries with their capitals, seats
//! of power and adjectives, international organisations, and a small table
//! of public figures. The tables live in `data/` (their sources are named
//! there) and are matched against the whole text in one Aho-Corasick pass.

use std::sync::OnceLock;

use daachorse::{DoubleArrayAhoCorasick, DoubleArrayAhoCorasickBuilder, MatchKind};

use std::collections::HashSet;

use crate::document::Document;
use crate::lexicon::{FastHash, Gender};
use crate::{PartyKind, Span};

const COUNTRIES: &str = include_str!("../data/countries.tsv");
const ORGANISATIONS: &str = include_str!("../data/organisations.tsv");
const FIGURES: &str = include_str!("../data/figures.tsv");

/// Capitals that news writes for the international body seated there,
/// when the story names that body: "Brussels said" after "the European
/// Union" is the Union, not Belgium. The bodies in the order preferred.
const SEATS_OF_BODIES: &[(&str, &[&str])] = &[(
    "Brussels",
    &["European Union", "European Commission", "European Council"],
)];

/// How a name refers to its party.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// "Russia", "Russian Federation", "NATO".
    Name,
    /// "Moscow": a party when it acts, a place after "in".
    Capital,
    /// "the Kremlin", "the White House".
    Seat,
    /// "Russian oil", "Ukrainian officials".
    Adjective,
    /// "Russians".
    People,
    /// A public figure from the table: the index into [`Gazetteer::figures`].
    Figure(usize),
}

#[derive(Clone, Copy, Debug)]
pub struct Entry {
    /// The canonical name of the party ("United States").
    pub party: &'static str,
    pub kind: PartyKind,
    pub form: Form,
}

#[derive(Clone, Debug)]
pub struct Figure {
    pub name: &'static str,
    pub party: &'static str,
    pub role: &'static str,
    pub gender: Option<Gender>,
}

pub struct Gazetteer {
    automaton: DoubleArrayAhoCorasick<u32>,
    entries: Vec<Entry>,
    pub figures: Vec<Figure>,
    /// The first word (up to a space) of every name, so that the automaton
    /// runs only where a word of the text can start one.
    first_words: HashSet<String, FastHash>,
    /// The longest name, in bytes.
    longest: usize,
}

/// A name found in the text.
#[derive(Clone, Copy, Debug)]
pub struct Hit {
    pub span: Span,
    pub entry: Entry,
}

fn rows(table: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    table
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').collect())
}

fn values(column: Option<&&'static str>) -> impl Iterator<Item = &'static str> {
    column
        .copied()
        .unwrap_or("")
        .split('|')
        .map(str::trim)
        .filter(|v| !v.is_empty())
}

/// A row's canonical name and the other names in its second column.
fn names<'r>(row: &'r [&'static str]) -> impl Iterator<Item = &'static str> + 'r {
    std::iter::once(row[0]).chain(values(row.get(1)))
}

impl Gazetteer {
    /// The built-in tables, read once.
    pub fn get() -> &'static Gazetteer {
        static GAZETTEER: OnceLock<Gazetteer> = OnceLock::new();
        GAZETTEER.get_or_init(Gazetteer::build)
    }

    fn build() -> Gazetteer {
        let mut patterns: Vec<(String, u32)> = Vec::new();
        let mut entries = Vec::new();
        // The engine's one hasher: a set with std's default one would add
        // its own hash table code to the Wasm bundle.
        let mut seen: HashSet<String, FastHash> = HashSet::default();
        let mut add = |name: &str,
                       entry: Entry,
                       patterns: &mut Vec<(String, u32)>,
                       entries: &mut Vec<Entry>| {
            // Writers use both apostrophes; the data uses the straight one.
            for form in [name.to_string(), name.replace('\'', "’")] {
                if seen.insert(form.clone()) {
                    patterns.push((form, entries.len() as u32));
                    entries.push(entry);
                }
            }
        };
        for row in rows(COUNTRIES) {
            let party = row[0];
            let kind = PartyKind::Country;
            let places = [
                (2, Form::Capital),
                (3, Form::Seat),
                (4, Form::Adjective),
                (5, Form::People),
            ]
            .into_iter()
            .flat_map(|(column, form)| values(row.get(column)).map(move |v| (v, form)));
            let forms = names(&row).map(|v| (v, Form::Name)).chain(places);
            for (v, form) in forms {
                add(v, Entry { party, kind, form }, &mut patterns, &mut entries);
            }
        }
        for row in rows(ORGANISATIONS) {
            let party = row[0];
            let kind = PartyKind::Organisation;
            for v in names(&row) {
                let form = Form::Name;
                add(v, Entry { party, kind, form }, &mut patterns, &mut entries);
            }
        }
        let countries: HashSet<&str, FastHash> = rows(COUNTRIES).map(|row| row[0]).collect();
        let mut figures = Vec::new();
        for row in rows(FIGURES) {
            let figure = Figure {
                name: row[0],
                party: row.get(2).copied().unwrap_or(""),
                role: row.get(3).copied().unwrap_or(""),
                gender: match row.get(4).copied() {
                    Some("m") => Some(Gender::Male),
                    Some("f") => Some(Gender::Female),
                    _ => None,
                },
            };
            let kind = if countries.contains(figure.party) {
                PartyKind::Country
            } else {
                PartyKind::Organisation
            };
            let entry = Entry {
                party: figure.party,
                kind,
                form: Form::Figure(figures.len()),
            };
            for v in std::iter::once(row[0]).chain(values(row.get(1))) {
                add(v, entry, &mut patterns, &mut entries);
            }
            figures.push(figure);
        }
        let first_words = patterns
            .iter()
            .map(|(p, _)| p.split(' ').next().unwrap_or("").to_string())
            .collect();
        let longest = patterns.iter().map(|(p, _)| p.len()).max().unwrap_or(0);
        let automaton = DoubleArrayAhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build_with_values(patterns.iter().map(|(p, v)| (p.as_str(), *v)))
            .expect("the gazetteer tables hold distinct, non-empty names");
        Gazetteer {
            automaton,
            entries,
            figures,
            first_words,
            longest,
        }
    }

    /// Can a name start with `word` (a token: "Russia's", "U.S.",
    /// "Russia-Ukraine")? True when the word, or the part of it before one
    /// of its marks, is the first word of a name.
    pub fn may_start_name(&self, word: &str) -> bool {
        self.first_words.contains(word)
            || word.char_indices().any(|(k, c)| {
                !c.is_alphanumeric()
                    && (self.first_words.contains(&word[..k])
                        || self.first_words.contains(&word[..k + c.len_utf8()]))
            })
    }

    /// Every whole-word occurrence of a known name in the document, in
    /// order: the automaton runs from each word the lexicon marks as able
    /// to start a name, never over the rest of the text.
    pub fn find_in(&self, doc: &Document) -> Vec<Hit> {
        let text = doc.text;
        let mut hits = Vec::new();
        let mut covered = 0;
        for i in 0..doc.len() {
            if !doc.lex(i).may_start_name() || doc.span(i).start < covered {
                continue;
            }
            let start = doc.span(i).start;
            let mut end = (start + self.longest).min(text.len());
            while !text.is_char_boundary(end) {
                end += 1;
            }
            let Some(m) = self.automaton.leftmost_find_iter(&text[start..end]).next() else {
                continue;
            };
            let span = Span::new(start + m.start(), start + m.end());
            if m.start() == 0 && Self::whole_words(text, span) {
                hits.push(Hit {
                    span,
                    entry: self.entries[m.value() as usize],
                });
                covered = span.end;
            }
        }
        Self::seat_bodies_named(text, &mut hits);
        hits
    }

    /// A capital that stands for the body seated there ([`SEATS_OF_BODIES`])
    /// is that body when the text names it; still a capital, so that after
    /// "in" it is a place, not an actor.
    fn seat_bodies_named(text: &str, hits: &mut [Hit]) {
        for (capital, bodies) in SEATS_OF_BODIES {
            let named = bodies.iter().find_map(|body| {
                hits.iter()
                    .find(|h| h.entry.party == *body && h.entry.form == Form::Name)
                    .map(|h| h.entry)
            });
            let Some(body) = named else {
                continue;
            };
            for hit in hits.iter_mut() {
                if hit.entry.form == Form::Capital && hit.span.of(text) == *capital {
                    hit.entry = Entry {
                        form: Form::Capital,
                        ..body
                    };
                }
            }
        }
    }

    /// Does `span` hold whole words? "U.S." is written with its dot; a name
    /// never continues with a hyphenated word.
    fn whole_words(text: &str, span: Span) -> bool {
        let before = text[..span.start].chars().next_back();
        let after = text[span.end..].chars().next();
        let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
        boundary(before) && boundary(after) && before != Some('-')
    }

    /// Every whole-word occurrence of a known name in `text`, in order.
    pub fn find(&self, text: &str) -> Vec<Hit> {
        let mut hits = Vec::new();
        for m in self.automaton.leftmost_find_iter(text) {
            let span = Span::new(m.start(), m.end());
            if Self::whole_words(text, span) {
                hits.push(Hit {
                    span,
                    entry: self.entries[m.value() as usize],
                });
            }
        }
        hits
    }

    /// The figure a table name belongs to.
    pub fn figure(&self, form: Form) -> Option<&Figure> {
        match form {
            Form::Figure(i) => self.figures.get(i),
            _ => None,
        }
    }

    /// The canonical party whose name (or alias) is exactly `name`.
    pub fn party_named(&self, name: &str) -> Option<Entry> {
        self.find(name)
            .into_iter()
            .find(|h| {
                h.span == Span::new(0, name.len()) && !matches!(h.entry.form, Form::Figure(_))
            })
            .map(|h| h.entry)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_countries_by_every_form() {
        let g = Gazetteer::get();
        let text = "Moscow and Kyiv met; the U.S. and Russian officials, the Kremlin said.";
        let found: Vec<(&str, &str, Form)> = g
            .find(text)
            .iter()
            .map(|h| (h.span.of(text), h.entry.party, h.entry.form))
            .collect();
        assert_eq!(
            found,
            [
                ("Moscow", "Russia", Form::Capital),
                ("Kyiv", "Ukraine", Form::Capital),
                ("U.S.", "United States", Form::Name),
                ("Russian", "Russia", Form::Adjective),
                ("Kremlin", "Russia", Form::Seat),
            ]
        );
    }

    #[test]
    fn finds_whole_words_only() {
        let g = Gazetteer::get();
        assert!(g.find("Usually Chinatown Russiagate").is_empty());
    }

    #[test]
    fn knows_organisations_and_figures() {
        let g = Gazetteer::get();
        let text = "NATO and the UN heard Putin and the WHO.";
        let parties: Vec<&str> = g.find(text).iter().map(|h| h.entry.party).collect();
        assert_eq!(
            parties,
            [
                "NATO",
                "United Nations",
                "Russia",
                "World Health Organization"
            ]
        );
        assert_eq!(g.party_named("Kiev").map(|e| e.party), Some("Ukraine"));
    }
}
