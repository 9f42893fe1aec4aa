//! A short Markdown summary of an analysis, for the reader to copy: who
//! said what, where each side stands, the figures. The article's words
//! are escaped, so they cannot turn into links or markup where it is pasted.

use std::fmt::Write;

use standpoint_engine::Analysis;

use crate::describe;

/// How much of a quote or a clause a line keeps.
const CLIP: usize = 160;

/// The marks around a quote; the summary sets its own.
const QUOTE_MARKS: [char; 16] = [
    '"', '\'', '“', '”', '‘', '’', '«', '»', '„', '‚', '‹', '›', '「', '」', '『', '』',
];

pub fn markdown(a: &Analysis, text: &str, title: Option<&str>) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", escape(title.unwrap_or("Article")));

    if !a.quotes.is_empty() {
        out.push_str("## Who said what\n\n");
        for q in &a.quotes {
            let who = match &q.speaker {
                Some(s) => {
                    let name = a.speaker_name(s);
                    match a.speaker_party(s).map(|p| a.parties[p].name.as_str()) {
                        Some(party) if party != name => {
                            format!("**{}** ({})", escape(name), escape(party))
                        }
                        _ => format!("**{}**", escape(name)),
                    }
                }
                None => "*Unattributed*".to_string(),
            };
            let quoted = q
                .span
                .of(text)
                .trim_matches(|c: char| c.is_whitespace() || QUOTE_MARKS.contains(&c))
                // The comma before "she said" belongs to the sentence around.
                .trim_end_matches(',');
            let _ = writeln!(out, "- {who}: “{}”", escape(&describe::clip(quoted, CLIP)));
        }
        out.push('\n');
    }

    if !a.positions.is_empty() {
        out.push_str("## Where each side stands\n\n");
        for (id, party) in a.parties.iter().enumerate() {
            let clauses: Vec<_> = a.positions.iter().filter(|p| p.party == id).collect();
            if clauses.is_empty() {
                continue;
            }
            let _ = writeln!(out, "- **{}**", escape(&party.name));
            for p in clauses {
                let _ = writeln!(
                    out,
                    "  - {}: {}",
                    p.stance.as_str(),
                    escape(&describe::clip(p.span.of(text), CLIP))
                );
            }
        }
        out.push('\n');
    }

    let figures: Vec<_> = a.quantities.iter().filter(|q| !q.kind.is_quiet()).collect();
    if !figures.is_empty() {
        out.push_str("## The figures\n\n");
        for q in figures {
            let line = match describe::what_it_counts(text, q) {
                Some(counted) => format!("{} — {counted}", describe::figure(q)),
                None => describe::figure(q),
            };
            let _ = writeln!(out, "- {} (“{}”)", escape(&line), escape(q.span.of(text)));
        }
        out.push('\n');
    }
    out.push_str("*Found by Standpoint, in the browser.*\n");
    out
}

/// The text with every character Markdown or HTML would act on escaped.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(
            c,
            '\\' | '`'
                | '*'
                | '_'
                | '['
                | ']'
                | '('
                | ')'
                | '#'
                | '<'
                | '>'
                | '!'
                | '|'
                | '~'
                | '&'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use standpoint_engine::analyze;

    #[test]
    fn lists_speakers_sides_and_figures() {
        let text = "Kenya rejected the plan. \"We will not pay,\" said Foreign Minister Ada Obi of Kenya. \
                    The plan would cost $5 billion.";
        let a = analyze(text);
        let md = markdown(&a, text, Some("Budget talks"));
        assert!(md.starts_with("# Budget talks\n"), "{md}");
        assert!(
            md.contains("## Who said what\n\n- **Ada Obi** (Kenya): “We will not pay”"),
            "{md}"
        );
        assert!(
            md.contains("## Where each side stands\n\n- **Kenya**\n  - reject: "),
            "{md}"
        );
        assert!(md.contains("## The figures\n\n- 5,000,000,000 USD"), "{md}");
    }

    #[test]
    fn the_article_cannot_inject_markup() {
        let text = "\"<script>alert(1)</script> [click](javascript:alert(1))\" said Ada Obi.";
        let md = markdown(&analyze(text), text, Some("<b>x</b>"));
        assert!(!md.contains("<script>"), "{md}");
        assert!(md.contains("\\<script\\>"), "{md}");
        assert!(
            md.contains("\\[click\\]\\(javascript:alert\\(1\\)\\)"),
            "{md}"
        );
        assert!(md.starts_with("# \\<b\\>x\\</b\\>"), "{md}");
    }

    #[test]
    fn an_article_with_nothing_found_still_summarises() {
        let md = markdown(&analyze("Nothing here."), "Nothing here.", None);
        assert_eq!(md, "# Article\n\n*Found by Standpoint, in the browser.*\n");
    }
}
