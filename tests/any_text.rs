//! Any text at all, through the engine and the reader's layout: no panic,
//! every span sound (`Analysis::check`: inside the text on character
//! boundaries, each layer sorted and never partly overlapping itself), and
//! the laid-out article exactly the text given.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use standpoint_engine::{analyze, Analysis};
use standpoint_reader::layout;

/// Text that looks enough like news to reach every stage: words, names,
/// numbers, quote marks of every family, punctuation and line breaks, with
/// arbitrary Unicode mixed in.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => prop::sample::select(vec![
            "the ", "said ", "Russia ", "Ukraine ", "rejected ", "demanded ", "Marco Rubio ",
            "United Nations ", "minister ", "of ", "and ", "will not ", "per cent ", "$", "£",
            "1,000 ", "3.5bn ", "two hundred and five ", "half ", "a third of ", "on the one hand ",
            "“", "”", "\"", "'", "‘", "’", "«", "»", "„", "「", "」", "『", "』", ", ", ". ", "\n",
            "\r\n", "\r", "—", "-", "(", ")", "US ", "U.S. ", "Mr ", "Dr ", "President ", "who ",
        ]).prop_map(str::to_string),
        1 => any::<char>().prop_map(|c| c.to_string()),
        1 => "[a-zA-Z0-9 ]{1,12}",
    ];
    prop::collection::vec(piece, 0..120).prop_map(|v| v.concat())
}

fn check(text: &str) -> Result<Analysis, TestCaseError> {
    let a = analyze(text);
    if let Err(problem) = a.check(text) {
        return Err(TestCaseError::fail(problem));
    }
    // The article as the reader lays it out: paragraphs, and the text
    // between them, give back the text exactly.
    let marks = layout::marks(&a);
    let mut rebuilt = String::new();
    let mut last = 0;
    for p in &a.paragraphs {
        rebuilt.push_str(&text[last..p.start]);
        rebuilt.push_str(&layout::text_of(&layout::paragraph(*p, &marks), text));
        last = p.end;
    }
    rebuilt.push_str(&text[last..]);
    prop_assert_eq!(rebuilt, text);
    Ok(a)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(600))]

    #[test]
    fn any_unicode_text(text in any::<String>()) {
        check(&text)?;
    }

    #[test]
    fn newsy_text(text in newsy()) {
        check(&text)?;
    }
}
