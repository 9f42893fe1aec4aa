//! The analysis as the JSON report of the evaluation format: offsets in
//! Unicode code points, one object with `quotes`, `numbers`, `mentions`,
//! `positions`, and the `parties` they name.

use serde::Serialize;

use crate::{Analysis, Span};

#[derive(Serialize)]
pub struct Report {
    pub parties: Vec<PartyOut>,
    pub quotes: Vec<QuoteOut>,
    pub numbers: Vec<NumberOut>,
    pub mentions: Vec<MentionOut>,
    pub positions: Vec<PositionOut>,
}

#[derive(Serialize)]
pub struct PartyOut {
    pub name: String,
    pub mentions: usize,
}

#[derive(Serialize)]
pub struct QuoteOut {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub speaker: Option<String>,
    pub party: Option<String>,
    pub partial: bool,
}

#[derive(Serialize)]
pub struct NumberOut {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub value: Option<f64>,
    pub unit: Option<String>,
    pub kind: &'static str,
}

#[derive(Serialize)]
pub struct MentionOut {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub party: String,
}

#[derive(Serialize)]
pub struct PositionOut {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub party: String,
    pub stance: &'static str,
}

/// Converts byte offsets to code-point offsets in one forward walk.
struct CodePoints<'t> {
    text: &'t str,
    /// Byte offset → code point offset, for every char boundary.
    table: Vec<u32>,
}

impl<'t> CodePoints<'t> {
    fn new(text: &'t str) -> Self {
        let mut table = vec![0u32; text.len() + 1];
        let mut n = 0u32;
        for (i, c) in text.char_indices() {
            for slot in &mut table[i..i + c.len_utf8()] {
                *slot = n;
            }
            n += 1;
        }
        table[text.len()] = n;
        CodePoints { text, table }
    }
    fn at(&self, byte: usize) -> usize {
        self.table[byte] as usize
    }
    fn span(&self, s: Span) -> (usize, usize, String) {
        (
            self.at(s.start),
            self.at(s.end),
            s.of(self.text).to_string(),
        )
    }
}

impl Report {
    pub fn new(text: &str, a: &Analysis) -> Report {
        let cp = CodePoints::new(text);
        let party = |p: usize| a.parties[p].name.clone();
        Report {
            parties: a
                .parties
                .iter()
                .map(|p| PartyOut {
                    name: p.name.clone(),
                    mentions: p.weight,
                })
                .collect(),
            quotes: a
                .quotes
                .iter()
                .map(|q| {
                    let (start, end, text) = cp.span(q.inner);
                    QuoteOut {
                        start,
                        end,
                        text,
                        speaker: q.speaker.as_ref().map(|s| a.speaker_name(s)),
                        party: q
                            .speaker
                            .as_ref()
                            .and_then(|s| a.speaker_party(s))
                            .map(party),
                        partial: q.partial,
                    }
                })
                .collect(),
            numbers: a
                .quantities
                .iter()
                .map(|n| {
                    let (start, end, text) = cp.span(n.span);
                    NumberOut {
                        start,
                        end,
                        text,
                        value: n.value,
                        unit: n.unit.clone(),
                        kind: n.kind.as_str(),
                    }
                })
                .collect(),
            mentions: a
                .mentions
                .iter()
                .map(|m| {
                    let (start, end, text) = cp.span(m.span);
                    MentionOut {
                        start,
                        end,
                        text,
                        party: party(m.party),
                    }
                })
                .collect(),
            positions: a
                .positions
                .iter()
                .map(|p| {
                    let (start, end, text) = cp.span(p.span);
                    PositionOut {
                        start,
                        end,
                        text,
                        party: party(p.party),
                        stance: p.stance.as_str(),
                    }
                })
                .collect(),
        }
    }

    #[cfg(feature = "json")]
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("the report holds only strings and numbers")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_are_code_points() {
        let text = "« Déjà » said Élise Moreau of France.";
        let a = crate::analyze(text);
        let r = Report::new(text, &a);
        let chars: Vec<char> = text.chars().collect();
        let named: Vec<String> = r
            .mentions
            .iter()
            .map(|m| chars[m.start..m.end].iter().collect())
            .collect();
        assert_eq!(named, ["Élise Moreau", "France"]);
        let quote: String = chars[r.quotes[0].start..r.quotes[0].end].iter().collect();
        assert_eq!(quote, " Déjà ");
        #[cfg(feature = "json")]
        assert!(r.to_json().contains("\"mentions\""));
    }
}
