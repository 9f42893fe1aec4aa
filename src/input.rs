//! What the reader accepts as an article, and the message when it cannot.

/// The longest article the reader analyses at once.
pub const MAX_BYTES: usize = 2 * 1024 * 1024;

#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    Empty,
    Binary,
    TooLong(usize),
    NotUtf8,
    UnsupportedFile(String),
    /// A shared link whose article could not be unpacked.
    BadLink,
    /// An article the page pointed to that could not be fetched: why.
    Unreachable(String),
}

impl Problem {
    pub fn message(&self) -> String {
        match self {
            Problem::Empty => "There is no text to analyse: the article is empty.".into(),
            Problem::Binary => {
                "This does not look like text (it holds binary data), so it was not analysed."
                    .into()
            }
            Problem::TooLong(n) => format!(
                "This text is {} MB; Standpoint reads articles of up to {} MB at once.",
                crate::describe::fixed(*n as f64 / 1_048_576.0, 1),
                MAX_BYTES / 1_048_576
            ),
            Problem::NotUtf8 => "This file is not UTF-8 text, so it was not analysed.".into(),
            Problem::BadLink => {
                "This link's article could not be read: the link may have been cut short.".into()
            }
            Problem::Unreachable(why) => format!("The article could not be loaded: {why}."),
            Problem::UnsupportedFile(name) => {
                format!("“{name}” is not a text or HTML file. Drop a .txt or .html file, or paste the text.")
            }
        }
    }
}

/// Checks that `text` is an article the reader can show.
pub fn check(text: &str) -> Result<(), Problem> {
    if text.len() > MAX_BYTES {
        return Err(Problem::TooLong(text.len()));
    }
    if text.trim().is_empty() {
        return Err(Problem::Empty);
    }
    // One pass over the bytes (a pasted article can be megabytes): control
    // characters are C0 and DEL (one byte each) and C1 (0xC2 0x80..=0x9F).
    let bytes = text.as_bytes();
    let (mut chars, mut controls) = (0usize, 0usize);
    for (i, &b) in bytes.iter().enumerate() {
        if b == 0 {
            return Err(Problem::Binary);
        }
        chars += usize::from(b & 0xC0 != 0x80);
        let c0 = (b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t')) || b == 0x7F;
        let c1 = b == 0xC2 && bytes.get(i + 1).is_some_and(|n| (0x80..0xA0).contains(n));
        controls += usize::from(c0 || c1);
    }
    if controls * 100 > chars {
        return Err(Problem::Binary);
    }
    Ok(())
}

/// Decodes a dropped file's bytes.
pub fn decode(bytes: Vec<u8>) -> Result<String, Problem> {
    if bytes.len() > MAX_BYTES {
        return Err(Problem::TooLong(bytes.len()));
    }
    if bytes.contains(&0) {
        return Err(Problem::Binary);
    }
    let text = String::from_utf8(bytes).map_err(|_| Problem::NotUtf8)?;
    Ok(text
        .strip_prefix('\u{FEFF}')
        .map(str::to_string)
        .unwrap_or(text))
}

/// How a dropped file is read, from its name and type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    Text,
    Html,
}

pub fn file_kind(name: &str, mime: &str) -> Option<FileKind> {
    let lower = name.to_ascii_lowercase();
    if lower.ends_with(".html") || lower.ends_with(".htm") || mime == "text/html" {
        Some(FileKind::Html)
    } else if lower.ends_with(".txt")
        || lower.ends_with(".text")
        || lower.ends_with(".md")
        || mime.starts_with("text/")
    {
        Some(FileKind::Text)
    } else {
        None
    }
}

/// Where the HTML reader marks the end of a block (a paragraph, a list
/// item, a heading): the Unicode paragraph separator.
pub const BLOCK_END: char = '\u{2029}';

/// Tidies text taken from HTML into one paragraph a line. Paragraphs end
/// at the end of a block or at a blank line; a single line break is only
/// a space, as HTML source wraps its lines anywhere.
pub fn tidy_paragraphs(raw: &str) -> String {
    let mut paragraphs: Vec<String> = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for block in raw.split(BLOCK_END) {
        for line in block.lines().chain([""]) {
            if line.trim().is_empty() {
                if !current.is_empty() {
                    paragraphs.push(current.join(" "));
                    current.clear();
                }
            } else {
                current.extend(line.split_whitespace());
            }
        }
    }
    paragraphs.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_what_is_not_an_article() {
        assert_eq!(check("  \n\t "), Err(Problem::Empty));
        assert_eq!(check("abc\0def"), Err(Problem::Binary));
        assert_eq!(
            check(&"a".repeat(MAX_BYTES + 1)),
            Err(Problem::TooLong(MAX_BYTES + 1))
        );
        assert_eq!(check("Moscow said no."), Ok(()));
        // More than one character in a hundred a control character (C0 or C1).
        let text = format!("{}\u{1}\u{1}", "a".repeat(150));
        assert_eq!(check(&text), Err(Problem::Binary));
        let text = format!("{}\u{85}\u{9f}", "é".repeat(150));
        assert_eq!(check(&text), Err(Problem::Binary));
        let text = format!("{}\u{85}\t\r\n\u{a0}", "é".repeat(150));
        assert_eq!(check(&text), Ok(()));
        assert!(Problem::TooLong(3 << 20).message().contains("3.0 MB"));
    }

    #[test]
    fn decodes_files() {
        assert_eq!(decode(b"\xEF\xBB\xBFHello".to_vec()), Ok("Hello".into()));
        assert_eq!(decode(vec![0xff, 0xfe, 0x41]), Err(Problem::NotUtf8));
        assert_eq!(decode(vec![b'a', 0, b'b']), Err(Problem::Binary));
        assert_eq!(file_kind("story.HTML", ""), Some(FileKind::Html));
        assert_eq!(file_kind("story.txt", ""), Some(FileKind::Text));
        assert_eq!(file_kind("photo.png", "image/png"), None);
    }

    #[test]
    fn tidies_html_text() {
        assert_eq!(
            tidy_paragraphs("  Title \n\n\n  One   two\n three \u{2029}Four\u{2029}\u{2029}"),
            "Title\nOne two three\nFour"
        );
        assert_eq!(tidy_paragraphs("a\r\n\r\nb\n  \n c"), "a\nb\nc");
    }
}
