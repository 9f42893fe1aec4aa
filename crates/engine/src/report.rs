//! The analysis as the JSON report of the evaluation format: offsets in
//! Unicode code points, one object with `quotes`, `numbers`, `mentions`,
//! `positions`, and the `parties` they name.

use serde::Serialize;

use crate::{Analysis, Span};

/// Borrows its strings from the text and the analysis: building it copies
/// no text.
#[derive(Serialize)]
pub struct Report<'a> {
    pub parties: Vec<PartyOut<'a>>,
    pub quotes: Vec<QuoteOut<'a>>,
    pub numbers: Vec<NumberOut<'a>>,
    pub mentions: Vec<MentionOut<'a>>,
    pub positions: Vec<PositionOut<'a>>,
}

#[derive(Serialize)]
pub struct PartyOut<'a> {
    pub name: &'a str,
    pub mentions: usize,
}

#[derive(Serialize)]
pub struct QuoteOut<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub speaker: Option<&'a str>,
    pub party: Option<&'a str>,
    pub partial: bool,
}

#[derive(Serialize)]
pub struct NumberOut<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub value: Option<f64>,
    pub unit: Option<&'a str>,
    pub kind: &'static str,
}

#[derive(Serialize)]
pub struct MentionOut<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub party: &'a str,
}

#[derive(Serialize)]
pub struct PositionOut<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub party: &'a str,
    pub stance: &'static str,
}

/// Converts byte offsets to code-point offsets: the count at every
/// [`CodePoints::BLOCK`]th byte, read once, and then the few bytes from
/// there (a table for every byte would take four times the text).
struct CodePoints<'t> {
    text: &'t str,
    /// The code points before each block of bytes; empty for ASCII text,
    /// where the two offsets agree.
    before_block: Vec<u32>,
}

impl<'t> CodePoints<'t> {
    const BLOCK: usize = 32;

    fn new(text: &'t str) -> Self {
        let mut before_block = Vec::new();
        if !text.is_ascii() {
            let mut n = 0u32;
            for block in text.as_bytes().chunks(Self::BLOCK) {
                before_block.push(n);
                n += Self::starts(block);
            }
            // For the end of a text that fills its last block.
            before_block.push(n);
        }
        CodePoints { text, before_block }
    }

    /// How many characters start in `bytes` (every byte but a continuation
    /// byte, `10xxxxxx`), eight bytes at a time.
    fn starts(bytes: &[u8]) -> u32 {
        const HIGH: u64 = u64::from_ne_bytes([0x80; 8]);
        let words = bytes.chunks_exact(8);
        let rest = words.remainder();
        let continuations: u32 = words
            .map(|w| {
                let x = u64::from_ne_bytes(w.try_into().unwrap_or_default());
                (x & !(x << 1) & HIGH).count_ones()
            })
            .sum::<u32>()
            + rest.iter().filter(|&&b| b & 0xC0 == 0x80).count() as u32;
        bytes.len() as u32 - continuations
    }

    fn at(&self, byte: usize) -> usize {
        if self.before_block.is_empty() {
            return byte;
        }
        let block = byte / Self::BLOCK;
        let before = self.before_block[block];
        let within = &self.text.as_bytes()[block * Self::BLOCK..byte];
        (before + Self::starts(within)) as usize
    }

    fn span(&self, s: Span) -> (usize, usize, &'t str) {
        (self.at(s.start), self.at(s.end), s.of(self.text))
    }
}

impl<'a> Report<'a> {
    pub fn new(text: &'a str, a: &'a Analysis) -> Report<'a> {
        let cp = CodePoints::new(text);
        let party = |p: usize| a.parties[p].name.as_str();
        Report {
            parties: a
                .parties
                .iter()
                .map(|p| PartyOut {
                    name: &p.name,
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
                        unit: n.unit.as_deref(),
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
    fn every_boundary_converts_to_its_code_point_count() {
        for text in [
            String::new(),
            "plain ASCII only".repeat(40),
            "« Déjà » — 東京 😀 x".repeat(30),
            "é".repeat(128),
            format!("{}é", "a".repeat(255)),
        ] {
            let cp = CodePoints::new(&text);
            for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
                assert_eq!(
                    cp.at(byte),
                    text[..byte].chars().count(),
                    "{byte} in {text:?}"
                );
            }
        }
    }

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
