//! The whole analysis, timed by criterion: on the seed article, on about
//! 1 MB built from the project's sample texts, on 10 KB to 10 MB of the
//! same text to show how time grows with size, and on unusual inputs (the
//! pathological ones of `tests/pathological.rs`) at 512 KB and 1 MB.
//!
//! The texts are also written to `target/bench-texts/`, so that the
//! browser and `compromise` benchmarks (scripts/bench.mjs) read the very
//! same bytes.

use std::path::{Path, PathBuf};
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use standpoint_engine::analyze;

const SEED: &str = include_str!("../../../src/seed.txt");
const SAMPLES: [&str; 3] = [
    include_str!("../samples/trade-talks.txt"),
    include_str!("../samples/port-strike.txt"),
    include_str!("../samples/climate-pledge.txt"),
];

/// The seed and the samples, one after another, repeated until the text is
/// at least `bytes` long, then cut at the end of a paragraph.
fn corpus(bytes: usize) -> String {
    let round: String = std::iter::once(SEED)
        .chain(SAMPLES)
        .map(|t| format!("{}\n", t.trim_end()))
        .collect();
    let mut text = String::with_capacity(bytes + round.len());
    while text.len() < bytes {
        text.push_str(&round);
    }
    let cut = text[bytes.min(text.len())..]
        .find('\n')
        .map_or(text.len(), |i| bytes + i + 1);
    text.truncate(cut);
    text
}

fn texts_dir() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target"));
    target.join("bench-texts")
}

fn write_texts(texts: &[(&str, &str)]) {
    let dir = texts_dir();
    if std::fs::create_dir_all(&dir).is_ok() {
        for (name, text) in texts {
            let _ = std::fs::write(dir.join(format!("{name}.txt")), text);
        }
    }
}

fn whole_analysis(c: &mut Criterion) {
    let megabyte = corpus(1 << 20);
    write_texts(&[("seed", SEED), ("1mb", &megabyte)]);
    // The built-in tables are built once per process; keep that out of the figures.
    analyze("Russia");
    let mut group = c.benchmark_group("analyze");
    for (name, text) in [("seed", SEED), ("1mb", megabyte.as_str())] {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), text, |b, t| {
            b.iter(|| analyze(t))
        });
    }
    group.finish();
}

fn scaling(c: &mut Criterion) {
    let mut group = c.benchmark_group("scaling");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(4));
    for (name, bytes) in [
        ("10kb", 10_000),
        ("100kb", 100_000),
        ("1mb", 1_000_000),
        ("10mb", 10_000_000),
    ] {
        let text = corpus(bytes);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), &text, |b, t| {
            b.iter(|| analyze(t))
        });
    }
    group.finish();
}

/// Text that is no article, repeated to `bytes`: each must still take
/// time in proportion to its size.
const UNUSUAL: [(&str, &str); 9] = [
    ("quote-marks", "\""),
    ("curly-quotes", "“a” "),
    ("one-word", "a"),
    ("digits", "1,2.3 4,,5..6 7\u{a0}8 "),
    ("punctuation", ".,;:!?()[]{}—–-…/|@#%^&*_=+~<>"),
    (
        "right-to-left",
        "قالت الحكومة إنها «لن تقبل الاتفاق» بعد محادثات. Egypt rejected it.\n",
    ),
    (
        "cjk",
        "外務大臣は「交渉を続ける」と述べた。『合意はない』。\n",
    ),
    (
        "emoji-controls",
        "👍🏽 Ukraine 🇺🇦 said\u{1}\u{7} 5\u{301}0 e\u{301}\u{302} \"fine\" \r",
    ),
    ("unclosed-quote", "\""),
];

fn unusual(c: &mut Criterion) {
    let mut group = c.benchmark_group("unusual");
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(2));
    for (name, piece) in UNUSUAL {
        for (size, bytes) in [("512kb", 1 << 19), ("1mb", 1 << 20)] {
            let text = if name == "unclosed-quote" {
                // One open quote, then ordinary news.
                format!("{piece}{}", corpus(bytes))
            } else {
                piece.repeat(bytes / piece.len())
            };
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(BenchmarkId::new(name, size), &text, |b, t| {
                b.iter(|| analyze(t))
            });
        }
    }
    group.finish();
}

criterion_group!(benches, whole_analysis, scaling, unusual);
criterion_main!(benches);
