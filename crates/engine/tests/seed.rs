//! The engine on the seed article: what a reader must see there.

use standpoint_engine::{analyze, Analysis, QuantityKind, Speaker, Stance};

const SEED: &str = include_str!("../../../src/seed.txt");

fn party(a: &Analysis, id: usize) -> &str {
    &a.parties[id].name
}

#[test]
fn rubio_says_four_quotes_and_moscow_says_root_causes() {
    let a = analyze(SEED);
    let by = |words: &str| {
        let q = a
            .quotes
            .iter()
            .find(|q| q.inner.of(SEED).contains(words))
            .unwrap_or_else(|| panic!("a quote with {words:?}"));
        let speaker = q.speaker.as_ref().expect("every seed quote has a speaker");
        (
            a.speaker_name(speaker),
            a.speaker_party(speaker).map(|p| party(&a, p).to_string()),
        )
    };
    for words in [
        "On the one hand",
        "On the other hand",
        "We don’t want to be involved",
        "If those papers",
    ] {
        assert_eq!(
            by(words),
            ("Marco Rubio", Some("United States".to_string())),
            "{words}"
        );
    }
    let root = a
        .quotes
        .iter()
        .find(|q| q.inner.of(SEED) == "root causes")
        .expect("the partial quote “root causes”");
    assert!(root.partial);
    assert!(matches!(root.speaker, Some(Speaker::Party(p)) if party(&a, p) == "Russia"));
}

#[test]
fn the_numbers_that_matter_and_no_others() {
    let a = analyze(SEED);
    let figures: Vec<(&str, Option<f64>)> = a
        .quantities
        .iter()
        .filter(|q| !q.kind.is_quiet())
        .map(|q| (q.span.of(SEED), q.value))
        .collect();
    assert_eq!(
        figures,
        [
            ("three years", Some(3.0)),
            ("1,000", Some(1000.0)),
            ("500 per cent", Some(500.0)),
            ("30-day", Some(30.0))
        ]
    );
    let kinds: Vec<QuantityKind> = a
        .quantities
        .iter()
        .filter(|q| !q.kind.is_quiet())
        .map(|q| q.kind)
        .collect();
    assert_eq!(
        kinds,
        [
            QuantityKind::Duration,
            QuantityKind::Count,
            QuantityKind::Percent,
            QuantityKind::Duration
        ]
    );
    assert!(
        a.quantities
            .iter()
            .all(|q| !q.span.of(SEED).contains("one")),
        "“on the one hand” is no number"
    );
}

#[test]
fn capitals_stand_for_their_countries() {
    let a = analyze(SEED);
    let of = |word: &str| {
        a.mentions
            .iter()
            .find(|m| m.span.of(SEED) == word)
            .map(|m| party(&a, m.party).to_string())
    };
    assert_eq!(of("Moscow").as_deref(), Some("Russia"));
    assert_eq!(of("Kyiv").as_deref(), Some("Ukraine"));
    assert_eq!(of("Lindsey Graham").as_deref(), Some("United States"));
    assert_eq!(
        of("Istanbul"),
        None,
        "Istanbul is only where the talks were held"
    );
    assert_eq!(
        party(&a, 0),
        "United States",
        "the story is most about the United States"
    );
}

#[test]
fn russia_rejects_the_ceasefire_and_the_us_will_not_support_endless_talks() {
    let a = analyze(SEED);
    let stance_of = |words: &str| {
        a.positions
            .iter()
            .find(|p| p.span.of(SEED).contains(words))
            .map(|p| (party(&a, p.party).to_string(), p.stance))
    };
    assert_eq!(
        stance_of("rejected a 30-day ceasefire"),
        Some(("Russia".to_string(), Stance::Reject))
    );
    assert_eq!(
        stance_of("will not support"),
        Some(("United States".to_string(), Stance::Oppose))
    );
    assert_eq!(
        stance_of("insisting that"),
        Some(("Russia".to_string(), Stance::Demand))
    );
    let rejection = a
        .positions
        .iter()
        .find(|p| p.span.of(SEED).contains("rejected"))
        .unwrap();
    assert!(
        rejection.span.len() < 80,
        "a position is its clause, not the paragraph"
    );
}
