//! The document model every stage reads: the text, its tokens, and the
//! paragraphs and sentences as token ranges.

use std::ops::Range;

use crate::lexicon::{self, Lex, WordMap};
use crate::segment;
use crate::token::{self, bare, Token, TokenKind};
use crate::Span;

#[derive(Clone, Debug)]
pub struct Paragraph {
    pub span: Span,
    pub tokens: Range<usize>,
}

#[derive(Clone, Debug)]
pub struct Sentence {
    pub tokens: Range<usize>,
    pub paragraph: usize,
}

#[derive(Debug)]
pub struct Document<'t> {
    pub text: &'t str,
    pub tokens: Vec<Token>,
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<Sentence>,
    /// The sentence each token belongs to.
    sentence_of: Vec<u32>,
    /// What the word tables say of each token, looked up once.
    lex: Vec<Lex>,
}

impl<'t> Document<'t> {
    pub fn new(text: &'t str) -> Self {
        let tokens = token::tokenize(text);
        let mut paragraphs = Vec::new();
        let mut sentences = Vec::new();
        let mut sentence_of = vec![0u32; tokens.len()];
        let mut next = 0;
        let mut bounds = Vec::new();
        for span in segment::paragraphs(text) {
            let first = next;
            while next < tokens.len() && tokens[next].span().start < span.end {
                next += 1;
            }
            bounds.clear();
            segment::sentences(text, &tokens, first, next, &mut bounds);
            for &(a, b) in &bounds {
                for s in &mut sentence_of[a..b] {
                    *s = sentences.len() as u32;
                }
                sentences.push(Sentence {
                    tokens: a..b,
                    paragraph: paragraphs.len(),
                });
            }
            paragraphs.push(Paragraph {
                span,
                tokens: first..next,
            });
        }
        // A text repeats its words: each distinct one is looked up once.
        let mut seen = LexCache::default();
        let lex = tokens
            .iter()
            .map(|t| match t.kind() {
                TokenKind::Word => seen.get(text, t.span()),
                _ => Lex::default(),
            })
            .collect();
        Document {
            text,
            lex,
            tokens,
            paragraphs,
            sentences,
            sentence_of,
        }
    }

    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }

    /// The text of token `i` ("" past the end, so look-ahead needs no checks).
    /// These accessors are called for every token by every stage: they are
    /// inlined even where the build is tuned for size.
    #[inline(always)]
    pub fn word(&self, i: usize) -> &'t str {
        match self.tokens.get(i) {
            Some(t) => t.span().of(self.text),
            None => "",
        }
    }

    /// What the word tables say of token `i` (nothing past the end). A
    /// possessive is looked up without its ending: "Union's" as "Union".
    #[inline(always)]
    pub fn lex(&self, i: usize) -> Lex {
        match self.lex.get(i) {
            Some(&lex) => lex,
            None => Lex::default(),
        }
    }

    #[inline(always)]
    // Spelled out: the size-tuned Wasm build calls a combinator instead of inlining it.
    #[allow(clippy::manual_map)]
    pub fn kind(&self, i: usize) -> Option<TokenKind> {
        match self.tokens.get(i) {
            Some(t) => Some(t.kind()),
            None => None,
        }
    }

    #[inline(always)]
    pub fn span(&self, i: usize) -> Span {
        self.tokens[i].span()
    }

    /// The span from the start of token `a` to the end of token `b - 1`.
    pub fn range_span(&self, a: usize, b: usize) -> Span {
        Span::new(self.tokens[a].span().start, self.tokens[b - 1].span().end)
    }

    pub fn sentence_of(&self, i: usize) -> usize {
        self.sentence_of[i] as usize
    }

    pub fn sentence(&self, i: usize) -> &Sentence {
        &self.sentences[self.sentence_of(i)]
    }

    pub fn paragraph_of(&self, i: usize) -> usize {
        self.sentence(i).paragraph
    }

    /// Is token `i` the word `w`, ignoring ASCII case?
    pub fn is(&self, i: usize, w: &str) -> bool {
        // Lengths first: most calls are answered without reading the word.
        self.tokens.get(i).is_some_and(|t| {
            let span = t.span();
            span.end - span.start == w.len()
                && self.text.as_bytes()[span.start..span.end].eq_ignore_ascii_case(w.as_bytes())
        })
    }

    /// Is token `i` one of `list` (words in lower case), ignoring ASCII case?
    pub fn is_any(&self, i: usize, list: lexicon::Words) -> bool {
        let word = match self.tokens.get(i) {
            Some(t) => t.span().bytes_of(self.text),
            None => b"",
        };
        list.contains_bytes_any_case(word)
    }

    /// Does token `i` begin with `stem`, ignoring ASCII case ("Called", "asks")?
    pub fn begins(&self, i: usize, stem: &str) -> bool {
        self.tokens.get(i).is_some_and(|t| {
            let span = t.span();
            span.end - span.start >= stem.len()
                && self.text.as_bytes()[span.start..span.start + stem.len()]
                    .eq_ignore_ascii_case(stem.as_bytes())
        })
    }

    /// Does token `i` start with a capital letter?
    pub fn is_capitalized(&self, i: usize) -> bool {
        self.lex(i).is_capitalised()
    }

    /// Is token `i` the first word of its sentence (after any quote marks)?
    pub fn starts_sentence(&self, i: usize) -> bool {
        let first = self.sentence(i).tokens.start;
        (first..i).rev().all(|j| {
            self.kind(j) != Some(TokenKind::Word) && self.kind(j) != Some(TokenKind::Number)
        })
    }

    /// Are tokens `a` and `a + 1` written with no space between them?
    pub fn touching(&self, a: usize) -> bool {
        a + 1 < self.tokens.len() && self.tokens[a].span().end == self.tokens[a + 1].span().start
    }

    /// The index of the first token that starts at or after byte `at`.
    pub fn token_at(&self, at: usize) -> usize {
        self.tokens.partition_point(|t| t.span().start < at)
    }

    /// A cursor for [`Document::token_at`] over offsets that mostly come in
    /// reading order: it walks forward instead of searching each time.
    pub fn cursor(&self) -> TokenCursor<'_, 't> {
        TokenCursor { doc: self, at: 0 }
    }
}

/// What the lexicon says of each distinct word of one text. A word of up
/// to 16 bytes (nearly every word) is its own key, as two integers, so a
/// hit costs a multiply and two comparisons; longer words go to a map.
#[derive(Default)]
struct LexCache<'t> {
    /// Open addressing, a power of two long; a slot with `len == 0` is empty.
    slots: Vec<CacheSlot>,
    used: usize,
    long: WordMap<'t, Lex>,
}

#[derive(Clone, Copy, Default)]
struct CacheSlot {
    key: [u64; 2],
    len: u8,
    lex: Lex,
}

impl<'t> LexCache<'t> {
    fn get(&mut self, text: &'t str, span: Span) -> Lex {
        let word = span.of(text);
        if word.len() > 16 {
            return *self
                .long
                .entry(word)
                .or_insert_with(|| lexicon::lookup(bare(word)));
        }
        let key = Self::key(text.as_bytes(), span);
        let len = word.len() as u8;
        if self.used * 2 >= self.slots.len() {
            self.grow();
        }
        let mask = self.slots.len() - 1;
        let mut at = Self::hash(key, len) & mask;
        loop {
            let slot = &mut self.slots[at];
            if slot.len == 0 {
                let lex = lexicon::lookup(bare(word));
                *slot = CacheSlot { key, len, lex };
                self.used += 1;
                return lex;
            }
            // Compared as two integers: as an array, a call in the size-tuned build.
            if slot.key[0] == key[0] && slot.key[1] == key[1] && slot.len == len {
                return slot.lex;
            }
            at = (at + 1) & mask;
        }
    }

    /// The word's bytes as two integers, zero past its end: read straight
    /// from the text when 16 bytes remain there, which is nearly always.
    fn key(text: &[u8], span: Span) -> [u64; 2] {
        let len = span.end - span.start;
        let mut padded = [0u8; 16];
        let window = match text.get(span.start..span.start + 16) {
            Some(window) => window,
            None => {
                padded[..len].copy_from_slice(&text[span.start..span.end]);
                &padded
            }
        };
        let (lo, hi) = window.split_at(8);
        let lo = u64::from_le_bytes(lo.try_into().unwrap_or_default());
        let hi = u64::from_le_bytes(hi.try_into().unwrap_or_default());
        let mask = |bytes: usize| match bytes {
            0 => 0,
            8.. => u64::MAX,
            n => (1u64 << (8 * n)) - 1,
        };
        [lo & mask(len), hi & mask(len.saturating_sub(8))]
    }

    fn hash(key: [u64; 2], len: u8) -> usize {
        const K: u64 = 0x9E37_79B9_7F4A_7C15;
        let h = (key[0] ^ key[1].rotate_left(23) ^ len as u64).wrapping_mul(K);
        (h >> 32) as usize
    }

    fn grow(&mut self) {
        let old = std::mem::take(&mut self.slots);
        self.slots = vec![CacheSlot::default(); (old.len() * 2).max(1024)];
        let mask = self.slots.len() - 1;
        for slot in old.into_iter().filter(|s| s.len > 0) {
            let mut at = Self::hash(slot.key, slot.len) & mask;
            while self.slots[at].len != 0 {
                at = (at + 1) & mask;
            }
            self.slots[at] = slot;
        }
    }
}

pub struct TokenCursor<'d, 't> {
    doc: &'d Document<'t>,
    at: usize,
}

impl TokenCursor<'_, '_> {
    /// The first token that starts at or after byte `offset`.
    pub fn seek(&mut self, offset: usize) -> usize {
        let tokens = &self.doc.tokens;
        if self.at > 0
            && tokens
                .get(self.at - 1)
                .is_some_and(|t| t.span().start >= offset)
        {
            // Backwards: search, as the walk would not be linear.
            self.at = self.doc.token_at(offset);
        }
        // Forwards: gallop, then search the last stride, so that a seek
        // far ahead costs a few steps and a walk over every token is linear.
        if tokens.get(self.at).is_some_and(|t| t.span().start < offset) {
            let (mut behind, mut stride) = (self.at, 1);
            while tokens
                .get(behind + stride)
                .is_some_and(|t| t.span().start < offset)
            {
                behind += stride;
                stride *= 2;
            }
            let ahead = (behind + stride).min(tokens.len());
            self.at =
                behind + 1 + tokens[behind + 1..ahead].partition_point(|t| t.span().start < offset);
        }
        self.at
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_know_their_sentence_and_paragraph() {
        let doc = Document::new("One two. Three.\n\nFour five.");
        assert_eq!(doc.paragraphs.len(), 2);
        assert_eq!(doc.sentences.len(), 3);
        let four = (0..doc.len()).find(|&i| doc.word(i) == "Four").unwrap();
        assert_eq!(doc.sentence_of(four), 2);
        assert_eq!(doc.paragraph_of(four), 1);
        assert!(doc.starts_sentence(four));
        assert!(!doc.starts_sentence(four + 1));
    }

    #[test]
    fn the_cursor_agrees_with_the_search_in_any_order() {
        let doc = Document::new("One two. Three.\n\nFour five, six.");
        let mut cursor = doc.cursor();
        for at in [0, 3, 4, 9, 30, 2, 17, 17, 100, 0] {
            assert_eq!(cursor.seek(at), doc.token_at(at), "at {at}");
        }
        // Long strides forwards, short ones, and every offset of a longer text.
        let text = "Alpha, beta gamma. Delta epsilon zeta eta theta. ".repeat(40);
        let doc = Document::new(&text);
        for stride in [1, 7, 64, 500, 3000] {
            let mut cursor = doc.cursor();
            for at in (0..=text.len() + 2).step_by(stride) {
                assert_eq!(
                    cursor.seek(at),
                    doc.token_at(at),
                    "stride {stride}, at {at}"
                );
            }
        }
    }

    #[test]
    fn empty_text_has_nothing() {
        let doc = Document::new("  \n\n ");
        assert!(doc.is_empty());
        assert!(doc.paragraphs.is_empty());
    }
}
