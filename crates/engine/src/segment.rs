//! Paragraphs and sentences.
//!
//! A paragraph is a run of non-blank lines' text between line breaks (news
//! text puts one paragraph on a line). A sentence ends at `.`, `!` or `?`
//! (with any closing quote marks after it) when the next word starts a new
//! sentence, except after an abbreviation or an initial.

use crate::lexicon;
use crate::token::{Token, TokenKind};
use crate::Span;

/// The paragraphs of `text`, each trimmed of surrounding white space.
pub fn paragraphs(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    while let Some(i) = next_line_break(bytes, start) {
        push_trimmed(text, Span::new(start, i), &mut out);
        start = i + 1;
    }
    push_trimmed(text, Span::new(start, text.len()), &mut out);
    out
}

/// The first `\n` or `\r` at or after `from`, eight bytes at a time.
fn next_line_break(bytes: &[u8], from: usize) -> Option<usize> {
    const ONES: u64 = u64::from_ne_bytes([1; 8]);
    const HIGHS: u64 = ONES << 7;
    let has_zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGHS != 0;
    let mut at = from;
    while let Some(chunk) = bytes.get(at..at + 8) {
        let x = u64::from_ne_bytes(chunk.try_into().unwrap_or_default());
        if has_zero(x ^ (ONES * u64::from(b'\n'))) || has_zero(x ^ (ONES * u64::from(b'\r'))) {
            break;
        }
        at += 8;
    }
    bytes[at..]
        .iter()
        .position(|&b| b == b'\n' || b == b'\r')
        .map(|i| at + i)
}

fn push_trimmed(text: &str, span: Span, out: &mut Vec<Span>) {
    let line = span.of(text);
    let lead = line.len() - line.trim_start().len();
    let trimmed = line.trim();
    if !trimmed.is_empty() {
        let start = span.start + lead;
        out.push(Span::new(start, start + trimmed.len()));
    }
}

/// Sentence boundaries as token index ranges `[first, last)`, given tokens
/// that all lie inside one paragraph.
pub fn sentences(
    text: &str,
    tokens: &[Token],
    first: usize,
    last: usize,
    out: &mut Vec<(usize, usize)>,
) {
    let mut start = first;
    let mut i = first;
    while i < last {
        let t = tokens[i];
        let last_byte = text.as_bytes()[t.span().end - 1];
        if t.kind() == TokenKind::Punct && matches!(last_byte, b'.' | b'!' | b'?') {
            // Closing marks and brackets belong to the sentence they close.
            let mut end = i + 1;
            while end < last && is_closer(text, tokens, end) {
                end += 1;
            }
            if end >= last
                || (starts_sentence(text, tokens[end])
                    && !is_abbreviation_end(text, tokens, i, first))
            {
                out.push((start, end));
                start = end;
            }
            i = end;
            continue;
        }
        // An initialism that ends a sentence carries the full stop: "in the U.S. The".
        if t.kind() == TokenKind::Word && last_byte == b'.' && i + 1 < last {
            let next = tokens[i + 1].span().of(text);
            if lexicon::is_sentence_opener(next) {
                out.push((start, i + 1));
                start = i + 1;
            }
        }
        i += 1;
    }
    if start < last {
        out.push((start, last));
    }
}

fn is_closer(text: &str, tokens: &[Token], i: usize) -> bool {
    let s = tokens[i].span().of(text);
    match tokens[i].kind() {
        TokenKind::Quote => {
            // A mark right after the stop closes; one after a space opens the next sentence.
            let prev_end = tokens[i - 1].span().end;
            prev_end == tokens[i].span().start
        }
        TokenKind::Punct => matches!(s, ")" | "]"),
        _ => false,
    }
}

fn starts_sentence(text: &str, t: Token) -> bool {
    let c = t.span().of(text).chars().next().unwrap_or(' ');
    c.is_uppercase()
        || c.is_ascii_digit()
        || t.kind() == TokenKind::Quote
        || !c.is_alphabetic() && t.kind() == TokenKind::Punct
}

fn is_abbreviation_end(text: &str, tokens: &[Token], stop: usize, first: usize) -> bool {
    if stop == first || tokens[stop - 1].span().end != tokens[stop].span().start {
        return false;
    }
    let word = tokens[stop - 1].span().of(text);
    let single_initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    single_initial || lexicon::is_abbreviation(word)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;

    fn split(text: &str) -> Vec<&str> {
        let tokens = tokenize(text);
        let mut out = Vec::new();
        sentences(text, &tokens, 0, tokens.len(), &mut out);
        out.iter()
            .map(|&(a, b)| &text[tokens[a].span().start..tokens[b - 1].span().end])
            .collect()
    }

    #[test]
    fn paragraphs_are_lines() {
        let text = "One.\r\n\r\n  Two two.\n\nThree";
        let p: Vec<&str> = paragraphs(text).iter().map(|s| s.of(text)).collect();
        assert_eq!(p, ["One.", "Two two.", "Three"]);
    }

    #[test]
    fn splits_at_stops_but_not_after_titles_or_initials() {
        assert_eq!(
            split(
                "Mr. Smith met Dr. Jones. They spoke with Richard J. Harrington! Was it late? Yes."
            ),
            [
                "Mr. Smith met Dr. Jones.",
                "They spoke with Richard J. Harrington!",
                "Was it late?",
                "Yes."
            ]
        );
    }

    #[test]
    fn closing_marks_stay_with_their_sentence() {
        assert_eq!(
            split("“We will go.” He left. \"No.\" she said"),
            ["“We will go.”", "He left.", "\"No.\" she said"]
        );
    }

    #[test]
    fn initialism_can_end_a_sentence() {
        assert_eq!(
            split("They flew to the U.S. The talks began."),
            ["They flew to the U.S.", "The talks began."]
        );
        assert_eq!(split("The U.S. Senate voted."), ["The U.S. Senate voted."]);
    }
}
