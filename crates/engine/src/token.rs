//! Tokens: words, numbers, quote marks and punctuation, as byte ranges.
//!
//! A word keeps its inner apostrophes and hyphens ("don't", "Russia's",
//! "war-hit"); a number keeps its separators ("1,000", "3.5", "1 000");
//! abbreviations keep their dots ("U.S."). Quote marks are tokens of their
//! own: whether one opens, closes or is an apostrophe is for [`crate::quotes`].

use crate::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    /// Starts with a digit: "1,000", "30-day", "25km", "737".
    Number,
    /// One of the marks in [`is_quote_mark`].
    Quote,
    Punct,
}

/// A token takes 8 bytes: its start, and its end with its kind in the top
/// two bits. Texts beyond [`MAX_TEXT`] are tokenized up to there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    start: u32,
    end_and_kind: u32,
}

/// The most bytes of a text that are tokenized: 1 GiB.
pub const MAX_TEXT: usize = 1 << KIND_SHIFT;
const KIND_SHIFT: u32 = 30;
const KINDS: [TokenKind; 4] = [
    TokenKind::Word,
    TokenKind::Number,
    TokenKind::Quote,
    TokenKind::Punct,
];

impl Token {
    pub fn new(span: Span, kind: TokenKind) -> Token {
        Token {
            start: span.start as u32,
            end_and_kind: span.end as u32 | (kind as u32) << KIND_SHIFT,
        }
    }

    #[inline(always)]
    pub fn span(&self) -> Span {
        let end = self.end_and_kind & ((1 << KIND_SHIFT) - 1);
        Span::new(self.start as usize, end as usize)
    }

    #[inline(always)]
    pub fn kind(&self) -> TokenKind {
        KINDS[(self.end_and_kind >> KIND_SHIFT) as usize]
    }
}

/// Every mark that may open or close a quote (and the apostrophes).
pub fn is_quote_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '“'
            | '”'
            | '‘'
            | '’'
            | '«'
            | '»'
            | '„'
            | '‚'
            | '‹'
            | '›'
            | '「'
            | '」'
            | '『'
            | '』'
    )
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Spaces that may separate digit groups: "1 000".
fn is_group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{00A0}' | '\u{2009}' | '\u{202F}')
}

/// Strips a possessive: "Russia's" → "Russia", "workers’" → "workers".
pub fn bare(word: &str) -> &str {
    // By the last bytes ('’' is E2 80 99): most words end in none of these.
    let stem = match word.as_bytes() {
        [.., b'\'', b's'] => word.len() - 2,
        [.., 0xE2, 0x80, 0x99, b's'] => word.len() - 4,
        [.., b'\''] => word.len() - 1,
        [.., 0xE2, 0x80, 0x99] => word.len() - 3,
        _ => return word,
    };
    if stem == 0 {
        return word;
    }
    &word[..stem]
}

/// Does `word` end with a possessive: "Russia's", "workers’"?
pub fn is_possessive(word: &str) -> bool {
    bare(word).len() != word.len()
}

/// What an ASCII byte starts; every byte from 0x80 is `Other`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ByteClass {
    Space,
    Alphanumeric,
    Quote,
    Punct,
    Other,
}

/// The class of each byte, so that ASCII text is read by table look-up.
const BYTE_CLASS: [ByteClass; 256] = {
    let mut table = [ByteClass::Other; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = if c.is_ascii_whitespace() || c.is_ascii_control() || c == 0x0b {
            ByteClass::Space
        } else if c.is_ascii_alphanumeric() {
            ByteClass::Alphanumeric
        } else if c == b'"' || c == b'\'' {
            ByteClass::Quote
        } else {
            ByteClass::Punct
        };
        b += 1;
    }
    table
};

/// Splits `text` into tokens in one pass.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut limit = text.len().min(MAX_TEXT - 1);
    while !text.is_char_boundary(limit) {
        limit -= 1;
    }
    let text = &text[..limit];
    let bytes = text.as_bytes();
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let mut at = 0;
    while at < bytes.len() {
        let start = at;
        let b = bytes[at];
        let kind = match BYTE_CLASS[b as usize] {
            ByteClass::Space => {
                at += 1;
                continue;
            }
            ByteClass::Quote => {
                at += 1;
                TokenKind::Quote
            }
            ByteClass::Punct => {
                at += 1;
                TokenKind::Punct
            }
            ByteClass::Alphanumeric => {
                // Most words are a run of ASCII letters or digits that ends
                // at a space or a mark no word goes on through.
                let mut end = at + 1;
                while end < bytes.len()
                    && BYTE_CLASS[bytes[end] as usize] == ByteClass::Alphanumeric
                {
                    end += 1;
                }
                at = match bytes.get(end) {
                    Some(&next)
                        if !next.is_ascii() || matches!(next, b'-' | b'\'' | b',' | b'.') =>
                    {
                        word_end(text, start, b as char)
                    }
                    _ => end,
                };
                if b.is_ascii_digit() {
                    TokenKind::Number
                } else {
                    TokenKind::Word
                }
            }
            ByteClass::Other => match other_token(text, start) {
                Some((end, kind)) => {
                    at = end;
                    kind
                }
                None => {
                    at += char_at(text, start).len_utf8();
                    continue;
                }
            },
        };
        tokens.push(Token::new(Span::new(start, at), kind));
    }
    tokens
}

/// The token that starts with a character outside ASCII at byte `start`,
/// with where it ends; `None` for a space or a control character.
fn other_token(text: &str, start: usize) -> Option<(usize, TokenKind)> {
    let c = char_at(text, start);
    let at = start + c.len_utf8();
    if c.is_whitespace() || c.is_control() {
        return None;
    }
    Some(if is_quote_mark(c) {
        (at, TokenKind::Quote)
    } else if !c.is_alphanumeric() {
        (at, TokenKind::Punct)
    } else {
        // Digits outside ASCII ("٣") start words: numbers are read from ASCII digits.
        (word_end(text, start, c), TokenKind::Word)
    })
}

/// The character at byte `at`, read fast when it is ASCII.
fn char_at(text: &str, at: usize) -> char {
    match text.as_bytes()[at] {
        b if b.is_ascii() => b as char,
        _ => text[at..].chars().next().unwrap_or(' '),
    }
}

/// The end of the word or number that starts with `first` at byte `start`.
fn word_end(text: &str, start: usize, first: char) -> usize {
    let bytes = text.as_bytes();
    let numeric = first.is_ascii_digit();
    let mut end = start + first.len_utf8();
    let mut prev = first;
    // Letters since the last dot, to keep "U.S." whole but not "end.Next".
    let mut segment_letters = 1usize;
    while end < bytes.len() {
        // Most words are plain ASCII letters: take a run of them at once.
        let run_start = end;
        while end < bytes.len() && BYTE_CLASS[bytes[end] as usize] == ByteClass::Alphanumeric {
            end += 1;
        }
        if end > run_start {
            prev = bytes[end - 1] as char;
            segment_letters += end - run_start;
            if end == bytes.len() {
                break;
            }
        }
        // Only these ASCII marks may join a word to what follows (the
        // other joiners are outside ASCII).
        if bytes[end].is_ascii() && !matches!(bytes[end], b'-' | b'\'' | b',' | b'.') {
            break;
        }
        let i = end;
        let next = char_at(text, i);
        if next.is_alphanumeric() {
            end = i + next.len_utf8();
            prev = next;
            segment_letters += 1;
            continue;
        }
        let after = (i + next.len_utf8() < bytes.len()).then(|| char_at(text, i + next.len_utf8()));
        let joins = match (next, after) {
            (c, Some(a)) if (c == '-' || c == '‑') && a.is_alphanumeric() => {
                prev.is_alphanumeric()
            }
            (c, Some(a)) if is_apostrophe(c) && a.is_alphabetic() => prev.is_alphabetic(),
            // A plural's possessive before a name, "the Workers' Union", "the
            // Netherlands’ Foreign Ministry"; before a lower-case word the mark
            // may as well close a quotation.
            (c, Some(' ')) if is_apostrophe(c) => {
                matches!(prev, 's' | 'S')
                    && text[i + c.len_utf8() + 1..]
                        .chars()
                        .next()
                        .is_some_and(char::is_uppercase)
            }
            (',', Some(a)) => {
                prev.is_ascii_digit() && a.is_ascii_digit() && digit_group_follows(bytes, i + 1)
            }
            ('.', Some(a)) => {
                (prev.is_ascii_digit() && a.is_ascii_digit())
                    || (segment_letters == 1 && prev.is_uppercase() && a.is_uppercase() && {
                        // "U.S" continues only as a run of single letters.
                        let rest = &text[i + 1 + a.len_utf8()..];
                        rest.starts_with('.')
                    })
            }
            (s, Some(a)) if numeric && is_group_space(s) && s != ' ' => {
                prev.is_ascii_digit()
                    && a.is_ascii_digit()
                    && digit_group_follows(bytes, i + s.len_utf8())
            }
            _ => false,
        };
        if !joins {
            // The final dot of an initialism: "U.S.", "U.N.".
            if next == '.'
                && segment_letters == 1
                && prev.is_uppercase()
                && text.as_bytes()[start..end].contains(&b'.')
            {
                end = i + 1;
            }
            break;
        }
        segment_letters = if next == '.' { 0 } else { segment_letters };
        end = i + next.len_utf8();
        prev = next;
    }
    end
}

/// True when exactly three digits follow `at` and then no further digit.
fn digit_group_follows(bytes: &[u8], at: usize) -> bool {
    let group = bytes.get(at..at + 3);
    matches!(group, Some(g) if g.iter().all(u8::is_ascii_digit))
        && !bytes.get(at + 3).is_some_and(u8::is_ascii_digit)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.span().of(text)).collect()
    }

    #[test]
    fn bare_strips_a_possessive_only() {
        for (word, stem) in [
            ("Russia's", "Russia"),
            ("Russia’s", "Russia"),
            ("workers'", "workers"),
            ("workers’", "workers"),
            ("'s", "'s"),
            ("’s", "’s"),
            ("'", "'"),
            ("’", "’"),
            ("s", "s"),
            ("'s'", "'s"),
            ("Jones", "Jones"),
            ("", ""),
        ] {
            assert_eq!(bare(word), stem, "{word}");
        }
    }

    #[test]
    fn keeps_apostrophes_and_hyphens_inside_words() {
        assert_eq!(
            words("Russia's war-hit town don't"),
            ["Russia's", "war-hit", "town", "don't"]
        );
        assert_eq!(
            words("the workers’ union"),
            ["the", "workers", "’", "union"]
        );
        // Before a capital, a plural's possessive; elsewhere a closing mark.
        assert_eq!(
            words("the Workers' Union and the Netherlands’ Foreign Ministry"),
            [
                "the",
                "Workers'",
                "Union",
                "and",
                "the",
                "Netherlands’",
                "Foreign",
                "Ministry"
            ]
        );
        assert_eq!(
            words("'the bosses' said"),
            ["'", "the", "bosses", "'", "said"]
        );
        assert_eq!(words("Jess' cat"), ["Jess", "'", "cat"]);
    }

    #[test]
    fn keeps_number_separators() {
        assert_eq!(
            words("1,000 detainees, 3.5 and 12,500.75"),
            ["1,000", "detainees", ",", "3.5", "and", "12,500.75"]
        );
        assert_eq!(words("1\u{202F}000 people"), ["1\u{202F}000", "people"]);
        assert_eq!(
            words("Russia,Ukraine 5,3"),
            ["Russia", ",", "Ukraine", "5", ",", "3"]
        );
    }

    #[test]
    fn keeps_initialisms_whole() {
        assert_eq!(words("the U.S. said"), ["the", "U.S.", "said"]);
        assert_eq!(words("the end.Next"), ["the", "end", ".", "Next"]);
        assert_eq!(
            words("Harrington J. Smith"),
            ["Harrington", "J", ".", "Smith"]
        );
    }

    #[test]
    fn marks_quote_marks_and_numbers() {
        let text = "“30-day” £8.7bn";
        let kinds: Vec<TokenKind> = tokenize(text).iter().map(|t| t.kind()).collect();
        assert_eq!(
            kinds,
            [
                TokenKind::Quote,
                TokenKind::Number,
                TokenKind::Quote,
                TokenKind::Punct,
                TokenKind::Number
            ]
        );
    }
}
