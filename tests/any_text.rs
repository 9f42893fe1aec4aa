//! Any text at all, through the engine and the reader's layout: no panic,
//! every span inside the text on character boundaries, each layer sorted
//! and never partly overlapping itself, and the laid-out article exactly
//! the text given.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use standpoint_engine::{analyze, Analysis, Span};
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

fn check_spans(text: &str, layer: &str, spans: &[Span]) -> Result<(), TestCaseError> {
    for s in spans {
        prop_assert!(
            s.start <= s.end && s.end <= text.len(),
            "{layer}: {s:?} outside the text"
        );
        prop_assert!(
            text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
            "{layer}: {s:?} splits a character"
        );
    }
    for pair in spans.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        prop_assert!(a.start <= b.start, "{layer}: {a:?} then {b:?} out of order");
        let nested = b.end <= a.end;
        prop_assert!(
            b.start >= a.end || nested,
            "{layer}: {a:?} and {b:?} partly overlap"
        );
    }
    Ok(())
}

fn check(text: &str) -> Result<Analysis, TestCaseError> {
    let a = analyze(text);
    check_spans(text, "paragraphs", &a.paragraphs)?;
    check_spans(
        text,
        "quotes",
        &a.quotes.iter().map(|q| q.span).collect::<Vec<_>>(),
    )?;
    check_spans(
        text,
        "quote insides",
        &a.quotes.iter().map(|q| q.inner).collect::<Vec<_>>(),
    )?;
    check_spans(
        text,
        "numbers",
        &a.quantities.iter().map(|n| n.span).collect::<Vec<_>>(),
    )?;
    check_spans(
        text,
        "mentions",
        &a.mentions.iter().map(|m| m.span).collect::<Vec<_>>(),
    )?;
    check_spans(
        text,
        "positions",
        &a.positions.iter().map(|p| p.span).collect::<Vec<_>>(),
    )?;
    for q in &a.quotes {
        prop_assert!(q.span.contains(q.inner), "a quote's inside is inside it");
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
