//! Links that carry an article: the fragment holds the text, compressed by
//! the browser (raw DEFLATE) and written in URL-safe Base64, with the
//! title and the layers shown. Fragments never reach a server, so a link
//! opens the same analysis on any copy of the reader.
//!
//! `#v=1&layers=quotes,numbers&title=…&text=…`

use crate::layout::Layers;
use crate::options;

/// What a link carries. `packed` is the article compressed.
#[derive(Clone, Debug, PartialEq)]
pub struct Shared {
    pub title: Option<String>,
    pub hidden: Layers,
    pub packed: Vec<u8>,
}

/// The longest fragment a link carries; browsers take about 2 MB of URL.
pub const MAX_FRAGMENT: usize = 2_000_000;

impl Shared {
    /// The fragment, starting with '#'.
    pub fn fragment(&self) -> String {
        let mut out = String::from("#v=1&layers=");
        out.push_str(&options::shown_layers(self.hidden));
        if let Some(title) = &self.title {
            out.push_str("&title=");
            out.push_str(&base64url(title.as_bytes()));
        }
        out.push_str("&text=");
        out.push_str(&base64url(&self.packed));
        out
    }

    /// Is the fragment meant as one of our links, whole or not? A link cut
    /// short or mangled is still one, and deserves to be told so.
    pub fn is_meant_as_link(fragment: &str) -> bool {
        fragment
            .strip_prefix('#')
            .unwrap_or(fragment)
            .starts_with("v=")
    }

    /// What a fragment carries, if it is one of ours and whole.
    pub fn parse(fragment: &str) -> Option<Shared> {
        let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
        let mut version = None;
        let mut shared = Shared {
            title: None,
            hidden: Layers::NONE,
            packed: Vec::new(),
        };
        let mut has_text = false;
        for pair in fragment.split('&') {
            let (key, value) = pair.split_once('=')?;
            match key {
                "v" => version = Some(value),
                "layers" => shared.hidden = options::hidden_layers(Some(value)),
                "title" => {
                    shared.title = String::from_utf8(unbase64url(value)?)
                        .ok()
                        .filter(|t| !t.trim().is_empty())
                }
                "text" => {
                    shared.packed = unbase64url(value)?;
                    has_text = true;
                }
                _ => {}
            }
        }
        (version == Some("1") && has_text).then_some(shared)
    }
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// URL-safe Base64 without padding (RFC 4648, section 5).
pub fn base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | (b as u32) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

/// The bytes of URL-safe Base64; `None` for anything else.
pub fn unbase64url(text: &str) -> Option<Vec<u8>> {
    let text = text.trim_end_matches('=');
    if text.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    for chunk in text.as_bytes().chunks(4) {
        let mut n = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            let digit = match c {
                b'A'..=b'Z' => c - b'A',
                b'a'..=b'z' => c - b'a' + 26,
                b'0'..=b'9' => c - b'0' + 52,
                b'-' | b'+' => 62,
                b'_' | b'/' => 63,
                _ => return None,
            };
            n |= (digit as u32) << (18 - 6 * i);
        }
        for i in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::Layer;

    #[test]
    fn base64url_matches_the_standard_vectors() {
        // RFC 4648, section 10, without padding.
        for (plain, coded) in [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64url(plain.as_bytes()), coded);
            assert_eq!(unbase64url(coded).unwrap(), plain.as_bytes());
        }
        let all: Vec<u8> = (0..=255).collect();
        let coded = base64url(&all);
        assert!(!coded.contains(['+', '/', '=']));
        assert_eq!(unbase64url(&coded).unwrap(), all);
        assert_eq!(unbase64url("Zm9v!"), None);
        assert_eq!(unbase64url("Z"), None);
    }

    #[test]
    fn a_fragment_round_trips() {
        let shared = Shared {
            title: Some("Talks in Istanbul — “day two”".into()),
            hidden: Layers::of(&[Layer::Numbers]),
            packed: vec![0, 1, 2, 250, 251, 252, 253],
        };
        let fragment = shared.fragment();
        assert!(fragment.starts_with("#v=1&layers=quotes,mentions,positions&title="));
        assert_eq!(Shared::parse(&fragment), Some(shared));
    }

    #[test]
    fn other_fragments_are_not_links() {
        assert_eq!(Shared::parse(""), None);
        assert_eq!(Shared::parse("#hl-q3"), None);
        assert_eq!(Shared::parse("#v=2&text=AAAA"), None);
        assert_eq!(Shared::parse("#v=1&layers=quotes"), None);
        assert_eq!(Shared::parse("#v=1&text=%%%"), None);
        assert!(!Shared::is_meant_as_link("#hl-q3"));
        assert!(Shared::is_meant_as_link("#v=1&text=%%%"));
        assert!(Shared::is_meant_as_link("#v=1&layers=quo"));
        let bare = Shared::parse("#v=1&text=AAE").unwrap();
        assert_eq!(bare.packed, vec![0, 1]);
        assert_eq!(bare.title, None);
        assert!(bare.hidden.is_empty());
    }
}
