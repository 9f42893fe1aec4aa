//! Any integer written in digits (with or without separators) or in words,
//! up to the hundreds of billions, is read back with its exact value.

use proptest::prelude::*;
use standpoint_engine::{analyze, QuantityKind};

const ONES: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 10] = [
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// 0 < n < 1000 in words, British ("and") or American style.
fn below_thousand(n: u64, and: bool) -> String {
    let mut parts = Vec::new();
    if n >= 100 {
        parts.push(format!("{} hundred", ONES[(n / 100) as usize]));
    }
    let rest = n % 100;
    if rest > 0 {
        if n >= 100 && and {
            parts.push("and".to_string());
        }
        parts.push(match rest {
            0..=19 => ONES[rest as usize].to_string(),
            _ if rest % 10 == 0 => TENS[(rest / 10) as usize].to_string(),
            _ => format!(
                "{}-{}",
                TENS[(rest / 10) as usize],
                ONES[(rest % 10) as usize]
            ),
        });
    }
    parts.join(" ")
}

fn in_words(n: u64, and: bool) -> String {
    if n == 0 {
        return "zero".into();
    }
    let mut parts = Vec::new();
    let mut rest = n;
    for (scale, name) in [
        (1_000_000_000, "billion"),
        (1_000_000, "million"),
        (1_000, "thousand"),
    ] {
        if rest >= scale {
            parts.push(format!("{} {name}", below_thousand(rest / scale, and)));
            rest %= scale;
        }
    }
    if rest > 0 {
        parts.push(below_thousand(rest, and));
    }
    parts.join(" ")
}

fn with_separators(n: u64, separator: &str) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push_str(separator);
        }
        out.push(c);
    }
    out
}

/// The one counted quantity in `text`, as (the words it covers, its value).
fn read(text: &str) -> (String, Option<f64>) {
    let analysis = analyze(text);
    let counted: Vec<_> = analysis
        .quantities
        .iter()
        .filter(|q| q.kind == QuantityKind::Count)
        .collect();
    assert_eq!(counted.len(), 1, "{text}: {:?}", analysis.quantities);
    (counted[0].span.of(text).to_string(), counted[0].value)
}

proptest! {
    #[test]
    fn digits_read_back(n in 0u64..1_000_000_000_000, style in 0usize..4) {
        let written = match style {
            0 => n.to_string(),
            1 => with_separators(n, ","),
            2 => with_separators(n, "\u{202F}"),
            _ => with_separators(n, "\u{00A0}"),
        };
        let text = format!("Officials counted {written} ballots on the day.");
        prop_assert_eq!(read(&text), (written, Some(n as f64)));
    }

    #[test]
    fn words_read_back(n in 0u64..1_000_000_000_000, and in any::<bool>()) {
        let written = in_words(n, and);
        let text = format!("Officials counted {written} ballots on the day.");
        prop_assert_eq!(read(&text), (written, Some(n as f64)));
    }
}

#[test]
fn the_writers_write_what_they_should() {
    assert_eq!(
        in_words(1_234_567, true),
        "one million two hundred and thirty-four thousand five hundred and sixty-seven"
    );
    assert_eq!(with_separators(1234567, ","), "1,234,567");
}
