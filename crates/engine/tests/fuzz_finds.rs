//! Every input the fuzzer (`make fuzz`) found a fault with, kept in
//! `tests/fuzz-finds/`: each must now analyse soundly.

use standpoint_engine::analyze;

#[test]
fn every_fuzz_find_analyses_soundly() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-finds");
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).expect("tests/fuzz-finds is there") {
        let path = entry.expect("a readable entry").path();
        let bytes = std::fs::read(&path).expect("a readable file");
        let text = String::from_utf8(bytes).expect("the fuzzer only keeps UTF-8 text");
        if let Err(problem) = analyze(&text).check(&text) {
            panic!("{}: {problem}", path.display());
        }
        seen += 1;
    }
    assert!(seen > 0, "no inputs in {}", dir.display());
}
