//! The command-line analyzer: `standpoint analyze [--json] FILE|-`.

use std::io::Read;
use std::process::ExitCode;

use standpoint_engine::report::Report;
use standpoint_engine::{analyze, Analysis};

const USAGE: &str = "usage: standpoint analyze [--json] FILE   (FILE may be - for standard input)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut json = false;
    let mut file = None;
    match args.first().map(String::as_str) {
        Some("analyze") => {}
        Some("-h" | "--help") => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        _ => return fail(USAGE),
    }
    for arg in &args[1..] {
        match arg.as_str() {
            "--json" => json = true,
            a if file.is_none() => file = Some(a.to_string()),
            _ => return fail(USAGE),
        }
    }
    let Some(file) = file else { return fail(USAGE) };
    let text = match read(&file) {
        Ok(text) => text,
        Err(message) => return fail(&message),
    };
    let analysis = analyze(&text);
    if json {
        println!("{}", Report::new(&text, &analysis).to_json());
    } else {
        print!("{}", summary(&text, &analysis));
    }
    ExitCode::SUCCESS
}

fn fail(message: &str) -> ExitCode {
    eprintln!("standpoint: {message}");
    ExitCode::from(2)
}

/// Reads the article, refusing what is not usable text.
fn read(file: &str) -> Result<String, String> {
    let bytes = if file == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
        buf
    } else {
        let meta =
            std::fs::metadata(file).map_err(|e| format!("cannot read {file}: {}", describe(&e)))?;
        if meta.is_dir() {
            return Err(format!("{file} is a directory, not a text file"));
        }
        std::fs::read(file).map_err(|e| format!("cannot read {file}: {}", describe(&e)))?
    };
    let text = String::from_utf8(bytes).map_err(|e| {
        format!(
            "{file} is not UTF-8 text (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })?;
    if text.trim().is_empty() {
        return Err(format!("{file} is empty: there is nothing to analyse"));
    }
    if text.contains('\0') {
        return Err(format!("{file} holds binary data (NUL bytes), not text"));
    }
    Ok(text)
}

fn describe(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

/// A readable summary: each side with its positions, the quotes, the figures.
fn summary(text: &str, a: &Analysis) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let clip = |s: &str| {
        let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
        if s.chars().count() > 100 {
            format!("{}…", s.chars().take(99).collect::<String>())
        } else {
            s
        }
    };
    let _ = writeln!(out, "Where each side stands");
    for (id, party) in a.parties.iter().enumerate() {
        let _ = writeln!(out, "\n  {} ({} mentions)", party.name, party.weight);
        for p in a.positions.iter().filter(|p| p.party == id) {
            let _ = writeln!(
                out,
                "    {:<9} {}",
                p.stance.as_str(),
                clip(p.span.of(text))
            );
        }
        for q in a
            .quotes
            .iter()
            .filter(|q| q.speaker.as_ref().and_then(|s| a.speaker_party(s)) == Some(id))
        {
            let who = q
                .speaker
                .as_ref()
                .map(|s| a.speaker_name(s))
                .unwrap_or_default();
            let _ = writeln!(out, "    “{}” — {}", clip(q.inner.of(text)), who);
        }
    }
    let _ = writeln!(out, "\nQuotes");
    for q in &a.quotes {
        let who = q
            .speaker
            .as_ref()
            .map_or("unattributed", |s| a.speaker_name(s));
        let side = q
            .speaker
            .as_ref()
            .and_then(|s| a.speaker_party(s))
            .map(|p| format!(" ({})", a.parties[p].name));
        let _ = writeln!(
            out,
            "  {}{}: “{}”",
            who,
            side.unwrap_or_default(),
            clip(q.inner.of(text))
        );
    }
    let _ = writeln!(out, "\nFigures");
    for n in a.quantities.iter().filter(|n| !n.kind.is_quiet()) {
        let value = n
            .value
            .map_or("an approximate amount".to_string(), |v| format!("{v}"));
        let unit = n
            .unit
            .as_deref()
            .map(|u| format!(" {u}"))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "  {:<24} = {}{} ({})",
            n.span.of(text),
            value,
            unit,
            n.kind.as_str()
        );
    }
    out
}
