//! Quote marks paired into quotes.
//!
//! Each paragraph is read left to right with a small stack of open marks.
//! Curly, straight, low-9, guillemet and corner marks are all understood;
//! a quote nested in another is part of it; a closing mark of another
//! family closes a quote when its own never comes (“…’); a quote left open
//! ends with its paragraph. An apostrophe (don't, Russia's, the ’90s, the
//! workers’ union) is never taken for a mark.

use crate::document::Document;
use crate::token::TokenKind;
use crate::{Quote, Span};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Family {
    Double,
    Single,
    Guillemet,
    Corner,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    /// A straight mark between two words: opens or closes by parity.
    Either,
}

/// What a mark at byte `at` can be, from the characters around it.
fn classify(text: &str, at: usize, mark: char) -> Option<(Family, Role)> {
    let before = text[..at].chars().next_back();
    let after = text[at + mark.len_utf8()..].chars().next();
    let space_before = before
        .is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '[' | '{' | '—' | '–' | '-' | '/'));
    let space_after = after.is_none_or(|c| {
        c.is_whitespace()
            || matches!(
                c,
                ',' | '.' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '—' | '–'
            )
    });
    Some(match mark {
        '“' | '„' => (Family::Double, Role::Open),
        '”' => (Family::Double, Role::Close),
        '«' | '‹' => (Family::Guillemet, Role::Open),
        '»' | '›' => (Family::Guillemet, Role::Close),
        '「' | '『' => (Family::Corner, Role::Open),
        '」' | '』' => (Family::Corner, Role::Close),
        '‘' | '‚' => (Family::Single, Role::Open),
        // ’ never opens: "’90s", "’n’" are apostrophes.
        '’' if !space_before => (Family::Single, Role::Close),
        '"' if space_before => (Family::Double, Role::Open),
        '"' if space_after => (Family::Double, Role::Close),
        '"' => (Family::Double, Role::Either),
        '\'' if space_before
            && after.is_some_and(|c| c.is_alphabetic() || matches!(c, '"' | '“')) =>
        {
            (Family::Single, Role::Open)
        }
        '\'' if !space_before && space_after => (Family::Single, Role::Close),
        _ => return None,
    })
}

/// Every quote in the document, in reading order.
pub fn find(doc: &Document) -> Vec<Quote> {
    let mut quotes = Vec::new();
    // Each open mark: its family, its span, and whether it was a low-9 („ ‚),
    // which German style closes with “ ‘.
    let mut stack: Vec<(Family, Span, bool)> = Vec::new();
    for paragraph in &doc.paragraphs {
        stack.clear();
        for i in paragraph.tokens.clone() {
            if doc.kind(i) != Some(TokenKind::Quote) {
                continue;
            }
            let span = doc.span(i);
            let mark = doc.word(i).chars().next().unwrap_or(' ');
            let Some((family, mut role)) = classify(doc.text, span.start, mark) else {
                continue;
            };
            let open_of_family = stack.iter().rposition(|&(f, _, _)| f == family);
            if matches!(mark, '“' | '‘') && open_of_family.is_some_and(|d| stack[d].2) {
                role = Role::Close;
            }
            let closes = match role {
                Role::Close => true,
                Role::Open => false,
                Role::Either => open_of_family.is_some(),
            };
            // Straight marks do not nest inside their own kind.
            let closes = closes || (mark == '"' && open_of_family.is_some());
            if !closes {
                if stack.len() < 4 {
                    stack.push((family, span, matches!(mark, '„' | '‚')));
                }
                continue;
            }
            let depth = match open_of_family {
                Some(d) => d,
                // A stray closer of another family ends a quote that has no closer of its own (“…’ ).
                None if family != Family::Single
                    && !stack.is_empty()
                    && !closer_follows(doc, i, paragraph.tokens.end, stack[0].0) =>
                {
                    0
                }
                None => continue,
            };
            if depth == 0 {
                let open = stack[0].1;
                let mut quote = make_quote(doc, open, span.end, open.end, span.start);
                if quote.partial && hands_over(doc, quote.inner, i + 1) {
                    quote.partial = false;
                }
                quotes.push(quote);
            }
            stack.truncate(depth);
        }
        // A quote still open ends with its paragraph.
        if let Some(&(_, open, _)) = stack.first() {
            let end = paragraph.span.end;
            quotes.push(make_quote(doc, open, end, open.end, end));
        }
    }
    quotes
}

/// Does a closing mark of `family` come later in the paragraph?
fn closer_follows(doc: &Document, after: usize, end: usize, family: Family) -> bool {
    (after + 1..end).any(|j| {
        doc.kind(j) == Some(TokenKind::Quote)
            && doc
                .word(j)
                .chars()
                .next()
                .and_then(|m| classify(doc.text, doc.span(j).start, m))
                == Some((family, Role::Close))
    })
}

/// Whether a quote ends with a comma that hands over to its attribution
/// ("We will not pay," said Ada Obi / she said): then it was a statement,
/// however short. `next` is the token after the closing mark.
fn hands_over(doc: &Document, inner: Span, next: usize) -> bool {
    inner.of(doc.text).trim_end().ends_with(',')
        && (doc.lex(next).is_speech_verb()
            || (doc.word(next).starts_with(char::is_uppercase)
                || matches!(doc.word(next), "he" | "she" | "they" | "we"))
                && doc.lex(next + 1).is_speech_verb())
}

fn make_quote(
    doc: &Document,
    open: Span,
    end: usize,
    inner_start: usize,
    inner_end: usize,
) -> Quote {
    let inner = Span::new(inner_start, inner_end.max(inner_start));
    let text = inner.of(doc.text);
    let sentence_like = stops_before_last_word(text) || more_words_than(text, 8);
    Quote {
        span: Span::new(open.start, end),
        inner,
        partial: !sentence_like,
        speaker: None,
    }
}

/// Does a ".", "!" or "?" come before the last letter or digit of `text`
/// ("Go. Now", not "Go.")? The marks are ASCII, so the bytes are searched.
fn stops_before_last_word(text: &str) -> bool {
    let stop = text.bytes().rposition(|b| matches!(b, b'.' | b'!' | b'?'));
    stop.is_some_and(|at| text[at + 1..].chars().any(char::is_alphanumeric))
}

/// Does white space separate more than `n` words in `text`? Read byte by
/// byte, decoding only what is not ASCII, and no further than word `n + 1`.
fn more_words_than(text: &str, n: usize) -> bool {
    let bytes = text.as_bytes();
    let (mut count, mut in_word, mut at) = (0, false, 0);
    while at < bytes.len() {
        let (space, width) = match bytes[at] {
            b if b.is_ascii() => (b.is_ascii_whitespace() || b == 0x0b, 1),
            _ => {
                let c = text[at..].chars().next().unwrap_or(' ');
                (c.is_whitespace(), c.len_utf8())
            }
        };
        if !space && !in_word {
            count += 1;
            if count > n {
                return true;
            }
        }
        in_word = !space;
        at += width;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<&str> {
        let doc = Document::new(text);
        find(&doc).iter().map(|q| q.inner.of(text)).collect()
    }

    #[test]
    fn counts_words_as_white_space_separates_them() {
        for text in [
            "",
            " ",
            "one",
            " two  words ",
            "a\tb\nc\u{b}d",
            "new\u{a0}words here",
            "“It’s\u{2003}over—now”\u{3000}she\u{2029}said",
        ] {
            let words = text.split_whitespace().count();
            for n in 0..6 {
                assert_eq!(more_words_than(text, n), words > n, "{text:?} {n}");
            }
        }
    }

    #[test]
    fn a_stop_counts_only_before_the_last_word() {
        for (text, stops) in [
            ("Go. Now", true),
            ("Go.", false),
            ("Go!” ", false),
            ("Why? Because", true),
            ("Is it 3.5", true),
            ("no mark at all", false),
            ("déjà vu. été", true),
            ("", false),
        ] {
            assert_eq!(stops_before_last_word(text), stops, "{text:?}");
        }
    }

    #[test]
    fn pairs_every_kind_of_mark() {
        assert_eq!(
            quoted("He said \"yes\" and “no” and «oui» and „ja“ and ‘maybe’."),
            ["yes", "no", "oui", "ja", "maybe"]
        );
        assert_eq!(
            quoted("She wrote 「はい」 then 『いいえ』."),
            ["はい", "いいえ"]
        );
    }

    #[test]
    fn nested_quote_is_part_of_the_outer_one() {
        assert_eq!(
            quoted("\"He called it 'swift', then left,\" she said."),
            ["He called it 'swift', then left,"]
        );
        assert_eq!(
            quoted("‘They said “never” to us.’"),
            ["They said “never” to us."]
        );
    }

    #[test]
    fn apostrophes_are_not_marks() {
        assert_eq!(
            quoted("Russia's view: don't go. The ’90s, rock ’n’ roll at 5 o’clock."),
            Vec::<&str>::new()
        );
        assert_eq!(
            quoted("The workers’ union and the workers' union met."),
            Vec::<&str>::new()
        );
        assert_eq!(
            quoted("The workers’ union ‘will strike’ soon."),
            ["will strike"]
        );
    }

    #[test]
    fn mismatched_and_missing_closers() {
        assert_eq!(
            quoted("‘We were pleased,” he said. Done."),
            ["We were pleased,"]
        );
        assert_eq!(
            quoted("“This never closes. And more.\n“Next one.”"),
            ["This never closes. And more.", "Next one."]
        );
    }

    #[test]
    fn partial_quotes_are_marked() {
        let text = "It rejected what it called “unacceptable demands”. “We will not go back. Never,” he said.";
        let doc = Document::new(text);
        let q = find(&doc);
        assert!(q[0].partial);
        assert!(!q[1].partial);
        let text = "“We will not pay,” said Ada Obi. “No,” she said. They called it “a bad deal,” not a loan.";
        let q = find(&Document::new(text));
        assert!(!q[0].partial);
        assert!(!q[1].partial);
        assert!(q[2].partial);
    }
}
