//! The built-in tables go into the engine without their comment lines,
//! which name the sources for readers of `data/` but would only weigh on
//! the Wasm bundle, and without the columns the engine does not read: the
//! figures' last (the year each took office) and the organisations' kind.
//! A country's peoples that are its adjectives with an "s" ("Afghan",
//! "Afghans") are written as "+", which the gazetteer spells out again,
//! and the regions join the countries' table. Of the organisations' kinds
//! only two letters are left: `a` for an agency, `g` for an armed group or
//! a movement (what "the agency" and "the group" can stand for).

use std::{env, fs, path::Path};

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    // The regions go first in the countries' table, with their country in
    // a seventh column: the gazetteer reads both in one pass.
    let regions = kept_rows("regions.tsv", usize::MAX)
        .into_iter()
        .map(|row| format!("{}\t{}\t\t\t\t\t{}", row[0], row[1], row[2]));
    for (name, columns) in [
        ("countries.tsv", usize::MAX),
        ("organisations.tsv", 3),
        ("figures.tsv", 5),
    ] {
        let mut kept: Vec<String> = Vec::new();
        if name == "countries.tsv" {
            kept.extend(regions.clone());
        }
        for mut row in kept_rows(name, columns) {
            if name == "organisations.tsv" && row.len() > 2 {
                let kind = match row[2].as_str() {
                    "agency" => "a",
                    "armed group" | "movement" => "g",
                    _ => "",
                };
                row[2] = kind.to_string();
            }
            if name == "countries.tsv" && row.len() > 5 {
                let plurals = row[4]
                    .split('|')
                    .map(|a| format!("{a}s"))
                    .collect::<Vec<_>>();
                if !row[4].is_empty() && plurals.join("|") == row[5] {
                    row[5] = "+".to_string();
                }
            }
            kept.push(row.join("\t"));
        }
        let text: String = kept.iter().map(|row| format!("{row}\n")).collect();
        fs::write(Path::new(&out).join(name), text).expect("OUT_DIR is writable");
    }
}

/// The rows of table `name`, without comments and cut to `columns`.
fn kept_rows(name: &str, columns: usize) -> Vec<Vec<String>> {
    let source = Path::new("data").join(name);
    println!("cargo:rerun-if-changed={}", source.display());
    let text = fs::read_to_string(&source).expect("the engine's data tables are readable");
    text.lines()
        .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
        .map(|line| line.split('\t').take(columns).map(str::to_string).collect())
        .collect()
}
