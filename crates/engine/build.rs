//! The built-in tables go into the engine without their comment lines,
//! which name the sources for readers of `data/` but would only weigh on
//! the Wasm bundle, and without the columns the engine does not read: the
//! figures' last (the year each took office) and the organisations' kind.

use std::{env, fs, path::Path};

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for (name, columns) in [
        ("countries.tsv", usize::MAX),
        ("organisations.tsv", 2),
        ("figures.tsv", 5),
    ] {
        let source = Path::new("data").join(name);
        println!("cargo:rerun-if-changed={}", source.display());
        let text = fs::read_to_string(&source).expect("the engine's data tables are readable");
        let mut kept = String::with_capacity(text.len());
        for line in text.lines() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let row: Vec<&str> = line.split('\t').take(columns).collect();
            kept.push_str(&row.join("\t"));
            kept.push('\n');
        }
        fs::write(Path::new(&out).join(name), kept).expect("OUT_DIR is writable");
    }
}
