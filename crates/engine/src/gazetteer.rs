//! The built-in knowledge of the world: countries with their capitals, seats
//! of power and adjectives, international organisations, and a small table
//! of public figures. The tables live in `data/` (their sources are named
//! there) and looked up from each word that can start a name: by the
//! name's first word, then the longest name the text goes on with.

use std::ops::Range;
use std::sync::OnceLock;

use crate::document::Document;
use crate::lexicon::{Gender, WordMap};
use crate::{PartyKind, Span};

// As `build.rs` leaves them: without comments.
const COUNTRIES: &str = include_str!(concat!(env!("OUT_DIR"), "/countries.tsv"));
const ORGANISATIONS: &str = include_str!(concat!(env!("OUT_DIR"), "/organisations.tsv"));
const FIGURES: &str = include_str!(concat!(env!("OUT_DIR"), "/figures.tsv"));

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
    /// Every name and alias, in every spelling, once; `entries` is parallel.
    names: Vec<&'static str>,
    entries: Vec<Entry>,
    pub figures: Vec<Figure>,
    /// Each region with its country.
    regions: Vec<(&'static str, &'static str)>,
    /// The organisations that are agencies (`a`) or armed groups and
    /// movements (`g`), with that letter (see `build.rs`).
    bodies: Vec<(&'static str, &'static str)>,
    /// The names by their first word (up to a space): an index into `groups`,
    /// each a range of `by_length`.
    by_first_word: WordMap<'static, u32>,
    groups: Vec<Range<usize>>,
    /// Indices into `names`, each group's together and longest first.
    by_length: Vec<usize>,
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

/// A name made from the tables, which live as long as the program.
fn leak(name: String) -> &'static str {
    Box::leak(name.into_boxed_str())
}

/// A row's canonical name and the other names in its second column.
fn names_of<'r>(row: &'r [&'static str]) -> impl Iterator<Item = &'static str> + 'r {
    std::iter::once(row[0]).chain(values(row.get(1)))
}

impl Gazetteer {
    /// The built-in tables, read once.
    pub fn get() -> &'static Gazetteer {
        static GAZETTEER: OnceLock<Gazetteer> = OnceLock::new();
        GAZETTEER.get_or_init(Gazetteer::build)
    }

    fn build() -> Gazetteer {
        let mut names: Vec<&'static str> = Vec::new();
        let mut entries = Vec::new();
        // Each spelling once: the index of each name in `names`.
        let mut exact: WordMap<'static, u32> = WordMap::default();
        let mut add = |name: &'static str, entry: Entry| {
            // Writers use both apostrophes; the data uses the straight one.
            // The tables live as long as the program, so the second spelling does too.
            let curly: Option<&'static str> = name
                .as_bytes()
                .contains(&b'\'')
                .then(|| leak(name.replace('\'', "’")));
            for form in std::iter::once(name).chain(curly) {
                if !exact.contains_key(form) {
                    exact.insert(form, names.len() as u32);
                    names.push(form);
                    entries.push(entry);
                }
            }
        };
        let mut regions = Vec::new();
        // The regions come first (see `build.rs`), with their country in a
        // seventh column: "Victoria" is the Australian state rather than
        // the capital of the Seychelles.
        for row in rows(COUNTRIES) {
            let party = row[0];
            let kind = match row.get(6) {
                Some(&country) => {
                    regions.push((party, country));
                    PartyKind::Region
                }
                None => PartyKind::Country,
            };
            let places = [
                (2, Form::Capital),
                (3, Form::Seat),
                (4, Form::Adjective),
                (5, Form::People),
            ]
            .into_iter()
            .flat_map(|(column, form)| values(row.get(column)).map(move |v| (v, form)));
            for (v, form) in names_of(&row).map(|v| (v, Form::Name)).chain(places) {
                if v == "+" {
                    // See `build.rs`: the adjectives with an "s".
                    for adjective in values(row.get(4)) {
                        add(
                            leak(adjective.to_owned() + "s"),
                            Entry { party, kind, form },
                        );
                    }
                } else {
                    add(v, Entry { party, kind, form });
                }
            }
        }
        let mut bodies = Vec::new();
        for row in rows(ORGANISATIONS) {
            let party = row[0];
            let kind = PartyKind::Organisation;
            if let Some(&body) = row.get(2).filter(|k| !k.is_empty()) {
                bodies.push((party, body));
            }
            for v in names_of(&row) {
                let form = Form::Name;
                add(v, Entry { party, kind, form });
            }
        }
        let countries: Vec<&str> = rows(COUNTRIES).map(|row| row[0]).collect();
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
            let kind = if countries.contains(&figure.party) {
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
                add(v, entry);
            }
            figures.push(figure);
        }
        let mut by_first_word: WordMap<'static, u32> = WordMap::default();
        let group_of: Vec<usize> = names
            .iter()
            .map(|name| {
                // "OPEC+" is found from the word "OPEC": the "+" is a token of its own.
                let first = name.split(' ').next().unwrap_or("").trim_end_matches('+');
                let next = by_first_word.len() as u32;
                *by_first_word.entry(first).or_insert(next) as usize
            })
            .collect();
        let mut by_length: Vec<usize> = (0..names.len()).collect();
        crate::order::by_key(&mut by_length, |&n| {
            (group_of[n], usize::MAX - names[n].len(), 0)
        });
        let mut groups = vec![0..0; by_first_word.len()];
        for (k, &n) in by_length.iter().enumerate() {
            let group = &mut groups[group_of[n]];
            if group.end == group.start {
                *group = k..k;
            }
            group.end = k + 1;
        }
        Gazetteer {
            names,
            entries,
            figures,
            regions,
            bodies,
            by_first_word,
            groups,
            by_length,
        }
    }

    /// The country region `name` is part of: "United States" for "Texas".
    pub fn country_of_region(&self, name: &str) -> Option<&'static str> {
        second_of(&self.regions, name)
    }

    /// What body organisation `name` is: `a` an agency, `g` an armed group
    /// or a movement, else nothing.
    pub fn body_of(&self, name: &str) -> Option<&'static str> {
        second_of(&self.bodies, name)
    }

    /// The entry of a name written as `name` in any case ("NEW DELHI").
    pub fn entry_named_in_any_case(&self, name: &str) -> Option<Entry> {
        let n = self
            .names
            .iter()
            .position(|n| eq_ignore_latin_case(n, name))?;
        Some(self.entries[n])
    }

    /// Can a name start with `word` (a token: "Russia's", "U.S.",
    /// "Russia-Ukraine")? True when the word, or the part of it before one
    /// of its marks, is the first word of a name.
    pub fn may_start_name(&self, word: &str) -> bool {
        self.first_words_in(word).next().is_some()
    }

    /// The groups of names whose first word is `word` or the part of it up
    /// to one of its marks (before or after the mark).
    fn first_words_in<'w>(&'w self, word: &'w str) -> impl Iterator<Item = &'w [usize]> + 'w {
        let marks = word
            .char_indices()
            .filter(|&(_, c)| !c.is_alphanumeric())
            .flat_map(|(k, c)| [k, k + c.len_utf8()]);
        std::iter::once(word.len())
            .chain(marks)
            .filter_map(|end| self.by_first_word.get(&word[..end]))
            .map(|&g| &self.by_length[self.groups[g as usize].clone()])
    }

    /// Every whole-word occurrence of a known name in the document, in
    /// order: looked up from each word the lexicon marks as able to start
    /// a name, the longest name the text goes on with.
    pub fn find_in(&self, doc: &Document) -> Vec<Hit> {
        let text = doc.text;
        let mut hits = Vec::new();
        let mut covered = 0;
        for i in 0..doc.len() {
            if !doc.lex(i).may_start_name() || doc.span(i).start < covered {
                continue;
            }
            let start = doc.span(i).start;
            let rest = &text[start..];
            let longest = self
                .first_words_in(doc.word(i))
                .filter_map(|group| group.iter().find(|&&n| rest.starts_with(self.names[n])))
                .max_by_key(|&&n| self.names[n].len());
            let Some(&n) = longest else {
                continue;
            };
            let span = Span::new(start, start + self.names[n].len());
            if Self::whole_words(text, span) {
                hits.push(Hit {
                    span,
                    entry: self.entries[n],
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
    #[cfg(test)]
    fn find(&self, text: &str) -> Vec<Hit> {
        self.find_in(&Document::new(text))
    }

    /// The figure a table name belongs to.
    pub fn figure(&self, form: Form) -> Option<&Figure> {
        match form {
            Form::Figure(i) => self.figures.get(i),
            _ => None,
        }
    }
}

/// What `pairs` gives `name`: a short list, read once a party at most.
fn second_of(pairs: &[(&'static str, &'static str)], name: &str) -> Option<&'static str> {
    pairs.iter().find(|pair| pair.0 == name).map(|pair| pair.1)
}

/// Equal but for the case of ASCII and Latin-1 letters: "ASUNCIÓN" is
/// "Asunción". (Unicode's case tables would weigh more in the Wasm.)
fn eq_ignore_latin_case(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    a.len() == b.len()
        && (0..a.len()).all(|k| {
            let (x, y) = (a[k], b[k]);
            // À–Þ and à–þ differ by 0x20 in the byte after 0xC3.
            let latin = k > 0 && a[k - 1] == 0xC3 && b[k - 1] == 0xC3 && x >= 0x80 && y >= 0x80;
            x.eq_ignore_ascii_case(&y) || (latin && x | 0x20 == y | 0x20)
        })
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
    fn takes_the_longest_name_the_text_goes_on_with() {
        let g = Gazetteer::get();
        let text =
            "Guinea-Bissau, Guinea, Papua New Guinea's and South Sudanese troops in Port Sudan.";
        let found: Vec<(&str, &str)> = g
            .find(text)
            .iter()
            .map(|h| (h.span.of(text), h.entry.party))
            .collect();
        assert_eq!(
            found,
            [
                ("Guinea-Bissau", "Guinea-Bissau"),
                ("Guinea", "Guinea"),
                ("Papua New Guinea", "Papua New Guinea"),
                ("South Sudanese", "South Sudan"),
                ("Port Sudan", "Sudan"),
            ]
        );
    }

    #[test]
    fn knows_names_with_either_apostrophe() {
        let g = Gazetteer::get();
        let text = "Côte d'Ivoire, Côte d’Ivoire and N’Djamena";
        let parties: Vec<&str> = g.find(text).iter().map(|h| h.entry.party).collect();
        assert_eq!(parties, ["Ivory Coast", "Ivory Coast", "Chad"]);
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
        let kiev: Vec<(Span, &str)> = g
            .find("Kiev")
            .iter()
            .map(|h| (h.span, h.entry.party))
            .collect();
        assert_eq!(kiev, [(Span::new(0, 4), "Ukraine")]);
    }
}
