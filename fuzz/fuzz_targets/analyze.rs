//! Any bytes that are UTF-8, through the engine, the report the command
//! line prints (code-point offsets) and the reader's layout: no panic,
//! every span sound, and the laid-out article exactly the text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use standpoint_engine::{analyze, report::Report};
use standpoint_reader::layout;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let analysis = analyze(text);
    if let Err(problem) = analysis.check(text) {
        panic!("{problem}");
    }
    let report = Report::new(text, &analysis);
    assert_eq!(report.quotes.len(), analysis.quotes.len());
    let marks = layout::marks(&analysis);
    let mut rebuilt = String::with_capacity(text.len());
    let mut last = 0;
    for p in &analysis.paragraphs {
        rebuilt.push_str(&text[last..p.start]);
        rebuilt.push_str(&layout::text_of(&layout::paragraph(*p, &marks), text));
        last = p.end;
    }
    rebuilt.push_str(&text[last..]);
    assert_eq!(rebuilt, text);
});
