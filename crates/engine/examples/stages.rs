//! Prints how long each stage of the engine takes on a text repeated to
//! about 1 MB, and the whole analysis in MB/s: the best of several runs.
//!
//!     cargo run --release -p standpoint-engine --example stages -- FILE [RUNS]

use std::time::{Duration, Instant};

use standpoint_engine::{numbers, parties, positions, quotes, speakers, Document};

const STAGES: [&str; 7] = [
    "document",
    "quotes",
    "parties",
    "speakers",
    "numbers",
    "positions",
    "assemble",
];

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: stages FILE [RUNS]");
        std::process::exit(2);
    };
    let runs: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(8);
    let sample = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        eprintln!("stages: {path}: {e}");
        std::process::exit(2);
    });
    let text = sample.repeat((1 << 20) / sample.len().max(1) + 1);
    // The built-in tables are built once per process; keep that out of the figures.
    let _ = standpoint_engine::analyze("Russia");
    let mut best = [Duration::MAX; 7];
    for _ in 0..runs {
        let mut marks = [Duration::ZERO; 7];
        let clock = Instant::now();
        let doc = Document::new(&text);
        marks[0] = clock.elapsed();
        let found = quotes::find(&doc);
        marks[1] = clock.elapsed();
        let cast = parties::find(&doc);
        marks[2] = clock.elapsed();
        let found = speakers::attribute(&doc, found, &cast);
        marks[3] = clock.elapsed();
        let quantities = numbers::find(&doc);
        marks[4] = clock.elapsed();
        let stances = positions::find(&doc, &cast, &found);
        marks[5] = clock.elapsed();
        let analysis = cast.into_analysis(&doc, found, quantities, stances);
        marks[6] = clock.elapsed();
        std::hint::black_box(analysis);
        for k in 0..7 {
            let since = if k == 0 { Duration::ZERO } else { marks[k - 1] };
            best[k] = best[k].min(marks[k] - since);
        }
    }
    println!("{} bytes, best of {runs} runs", text.len());
    for (name, time) in STAGES.iter().zip(best) {
        println!("  {name:<10} {:>8.2} ms", time.as_secs_f64() * 1e3);
    }
    let total: Duration = best.iter().sum();
    println!(
        "  {:<10} {:>8.2} ms  {:.1} MB/s",
        "total",
        total.as_secs_f64() * 1e3,
        text.len() as f64 / total.as_secs_f64() / 1e6
    );
}
