//! Inputs no article looks like: each gives a sensible result. How long
//! they take is measured by `make bench` (its "Unusual input" rows, from
//! `benches/analyze.rs`), never by a test.

use standpoint_engine::{analyze, Analysis};

fn run(text: &str) -> Analysis {
    let a = analyze(text);
    if let Err(problem) = a.check(text) {
        panic!("{problem}");
    }
    a
}

const STORY: &str = "Norway proposed a ban on deep-sea mining. \"The risks are too great,\" said Ingrid Dahl, Norway's climate minister. Japan rejected the ban, saying 40 per cent of its metals could come from the seabed.\n";

#[test]
fn ten_megabytes_of_news() {
    let text = STORY.repeat(10_000_000 / STORY.len());
    let a = run(&text);
    let copies = text.len() / STORY.len();
    assert_eq!(a.quotes.len(), copies);
    assert_eq!(a.paragraphs.len(), copies);
}

#[test]
fn a_hundred_thousand_quote_marks() {
    for mark in ["\"", "“", "”", "«", "'", "「"] {
        let text = mark.repeat(100_000);
        let a = run(&text);
        // Marks with nothing between them quote nothing worth a speaker.
        assert!(a.quotes.iter().all(|q| q.speaker.is_none()), "{mark}");
        let text = format!("Russia said {}", "“a” ".repeat(100_000));
        run(&text);
    }
}

#[test]
fn one_word_of_a_megabyte() {
    let word = "a".repeat(1 << 20);
    let a = run(&word);
    assert!(a.quotes.is_empty() && a.quantities.is_empty() && a.mentions.is_empty());
    let digits = "7".repeat(1 << 20);
    let a = run(&digits);
    assert!(a.quantities.len() <= 1);
    let mixed = format!("Russia {word} said");
    assert_eq!(run(&mixed).mentions.len(), 1);
}

#[test]
fn only_digits_and_separators() {
    let text = "1,2.3 4,,5..6 ,.,. 7\u{a0}8\u{2009}9 ".repeat(50_000);
    run(&text);
    let text = "1234567890".repeat(100_000);
    run(&text);
}

#[test]
fn only_punctuation() {
    let text = ".,;:!?()[]{}—–-…/\\|@#%^&*_=+~`<>".repeat(30_000);
    let a = run(&text);
    assert!(a.mentions.is_empty() && a.positions.is_empty());
}

#[test]
fn right_to_left_text() {
    let text = "قالت الحكومة إنها «لن تقبل الاتفاق» بعد محادثات استمرت ثلاثة أيام. ‏Egypt rejected the deal.\n".repeat(1000);
    let a = run(&text);
    assert_eq!(
        a.quotes.len(),
        1000,
        "the guillemets are quote marks in Arabic text too"
    );
    assert!(a.mentions.iter().any(|m| m.span.of(&text) == "Egypt"));
}

#[test]
fn cjk_with_its_own_quote_marks() {
    let text = "外務大臣は「交渉を続ける」と述べた。『合意はない』。China rejected the plan.";
    let a = run(text);
    let quoted: Vec<&str> = a.quotes.iter().map(|q| q.inner.of(text)).collect();
    assert_eq!(quoted, ["交渉を続ける", "合意はない"]);
    assert!(a.mentions.iter().any(|m| m.span.of(text) == "China"));
}

#[test]
fn emoji_and_combining_marks() {
    let text = "👍🏽 Ukraine 🇺🇦 said 50\u{301}0 people 👨‍👩‍👧 e\u{301}\u{302}\u{303} \"fine\u{308}\" "
        .repeat(2000);
    let a = run(&text);
    assert!(a.mentions.iter().all(|m| m.span.of(&text) == "Ukraine"));
}

#[test]
fn nul_and_control_characters() {
    let text =
        "Russia\0said\u{1}\u{7}\u{1b}[31m \"no\"\u{8}\u{7f} 5\u{0}0 people\u{c}".repeat(5000);
    let a = run(&text);
    assert!(a.mentions.iter().any(|m| m.span.of(&text) == "Russia"));
}

#[test]
fn crlf_and_lone_cr_line_ends() {
    let crlf = STORY.replace('\n', "\r\n").repeat(3);
    let a = run(&crlf);
    assert_eq!(a.paragraphs.len(), 3);
    assert!(a.paragraphs.iter().all(|p| !p.of(&crlf).contains('\r')));
    let cr = STORY.replace('\n', "\r").repeat(3);
    let a = run(&cr);
    assert_eq!(a.paragraphs.len(), 3, "a lone CR ends a line too");
    assert_eq!(a.quotes.len(), 3);
}

#[test]
fn an_unclosed_quote_at_the_start_of_a_long_article() {
    let text = format!("\"Unclosed at the start.\n{}", STORY.repeat(20_000));
    let a = run(&text);
    // The open quote ends with its paragraph; the rest reads as usual.
    assert_eq!(a.quotes[0].span.of(&text), "\"Unclosed at the start.");
    assert_eq!(a.quotes.len(), 20_001);
}

#[test]
fn thousands_of_people_then_thousands_of_pronouns() {
    // Every "It" looks back for a party among references that are all
    // people: the look back is bounded, so this stays linear.
    let people: String = (0..20_000)
        .map(|n| format!("Senator Ana Ruiz{} spoke. ", n % 50))
        .collect();
    let text = format!("{people}{}", "It rejected the plan. ".repeat(20_000));
    let a = run(&text);
    assert!(a.positions.is_empty(), "no party was named");
}
