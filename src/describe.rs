//! The words the reader shows for each highlight: labels, tooltips and
//! panel lines. Pure functions of the analysis, shared by the components.

use standpoint_engine::{Analysis, MentionKind, PartyId, Quantity, QuantityKind, Span, Speaker};

use crate::layout::{Layer, Mark};

/// Short names of the parties for labels: the party's name when it is
/// short, else the shortest proper form the article itself uses for it
/// ("US" for the United States), else its initials.
pub fn short_names(a: &Analysis, text: &str) -> Vec<String> {
    let mut out: Vec<String> = a.parties.iter().map(|p| initials(&p.name)).collect();
    for (id, party) in a.parties.iter().enumerate() {
        if party.name.chars().count() <= 10 {
            out[id] = party.name.clone();
            continue;
        }
        let used = a
            .mentions
            .iter()
            .filter(|m| m.party == id && m.kind == MentionKind::Name)
            .map(|m| m.span.of(text))
            .filter(|t| t.chars().count() >= 2 && t.starts_with(char::is_uppercase))
            .min_by_key(|t| t.chars().count());
        if let Some(used) = used {
            if used.chars().count() <= 14 {
                out[id] = used.to_string();
            }
        }
    }
    out
}

fn initials(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    if name.chars().count() <= 14 || words.len() < 2 {
        return name.to_string();
    }
    words
        .iter()
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect()
}

/// A short form of a speaker's name: the surname, or the organisation.
pub fn short_speaker(a: &Analysis, short: &[String], speaker: &Speaker) -> String {
    match speaker {
        Speaker::Person(p) => a.people[*p]
            .name
            .split_whitespace()
            .last()
            .unwrap_or("")
            .to_string(),
        Speaker::Party(p) => short[*p].clone(),
        Speaker::Described(text, _) => text
            .split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" "),
    }
}

/// The label at a quote's start: "Rubio · US".
pub fn quote_label(a: &Analysis, short: &[String], index: usize) -> String {
    let Some(speaker) = &a.quotes[index].speaker else {
        return "unattributed".into();
    };
    let who = short_speaker(a, short, speaker);
    match a.speaker_party(speaker) {
        Some(p) if !matches!(speaker, Speaker::Party(_)) => format!("{who} · {}", short[p]),
        _ => who,
    }
}

/// The party a highlight belongs to, if it has one.
pub fn party_of(a: &Analysis, mark: Mark) -> Option<PartyId> {
    match mark.layer {
        Layer::Quotes => a.quotes[mark.index]
            .speaker
            .as_ref()
            .and_then(|s| a.speaker_party(s)),
        Layer::Mentions => Some(a.mentions[mark.index].party),
        Layer::Positions => Some(a.positions[mark.index].party),
        Layer::Numbers => None,
    }
}

/// A value with thousands separators: 8700000000 → "8,700,000,000".
pub fn format_value(v: f64) -> String {
    let s = fixed(v, if v.fract() == 0.0 { 0 } else { 6 });
    let s = if s.as_bytes().contains(&b'.') {
        s.trim_end_matches('0').trim_end_matches('.')
    } else {
        &s
    };
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    let grouped = group(int);
    if frac.is_empty() {
        grouped
    } else {
        format!("{grouped}.{frac}")
    }
}

/// `v` rounded to `decimals` places. Written with integer arithmetic: the
/// standard float formatter would add its large tables to the Wasm bundle.
pub fn fixed(v: f64, decimals: u32) -> String {
    if !v.is_finite() {
        return "—".into();
    }
    let mut magnitude = v.abs();
    let mut decimals = decimals.min(9);
    // Beyond u64, keep the leading digits and write the rest as zeros.
    let mut zeros = 0;
    while magnitude * 10f64.powi(decimals as i32) >= 1.8e19 {
        if decimals > 0 {
            decimals -= 1;
        } else {
            magnitude /= 10.0;
            zeros += 1;
        }
    }
    let scale = 10u64.pow(decimals);
    let n = (magnitude * scale as f64).round() as u64;
    let mut out = String::new();
    if v < 0.0 && n != 0 {
        out.push('-');
    }
    out.push_str(&(n / scale).to_string());
    out.push_str(&"0".repeat(zeros));
    if decimals > 0 {
        let frac = (n % scale).to_string();
        out.push('.');
        out.push_str(&"0".repeat(decimals as usize - frac.len()));
        out.push_str(&frac);
    }
    out
}

fn group(digits: &str) -> String {
    let (sign, digits) = digits.strip_prefix('-').map_or(("", digits), |d| ("-", d));
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    format!("{sign}{out}")
}

/// "one thousand": small and round values in words, for the tooltip.
pub fn value_in_words(v: f64) -> Option<String> {
    const SMALL: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 10] = [
        "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    fn below_thousand(n: u64) -> String {
        let mut parts = Vec::new();
        if n >= 100 {
            parts.push(format!("{} hundred", SMALL[(n / 100) as usize]));
        }
        let rest = n % 100;
        if rest > 0 || n == 0 {
            parts.push(if rest < 20 {
                SMALL[rest as usize].to_string()
            } else if rest % 10 == 0 {
                TENS[(rest / 10) as usize].to_string()
            } else {
                format!(
                    "{}-{}",
                    TENS[(rest / 10) as usize],
                    SMALL[(rest % 10) as usize]
                )
            });
        }
        parts.join(" and ")
    }
    if v < 0.0 || v.fract() != 0.0 || v >= 1e15 {
        // "2.3 million": a decimal of a round scale.
        for (scale, name) in [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")] {
            if v >= scale && ((v / scale) * 10.0).fract() == 0.0 {
                return Some(format!("{} {name}", format_value(v / scale)));
            }
        }
        return None;
    }
    let mut n = v as u64;
    let mut parts = Vec::new();
    for (scale, name) in [
        (1_000_000_000_000u64, "trillion"),
        (1_000_000_000, "billion"),
        (1_000_000, "million"),
        (1_000, "thousand"),
    ] {
        if n >= scale {
            parts.push(format!("{} {name}", below_thousand(n / scale)));
            n %= scale;
        }
    }
    if n > 0 || parts.is_empty() {
        parts.push(below_thousand(n));
    }
    Some(parts.join(" "))
}

/// A figure as the panel lists it: "1,000 detainees", "500%", "£8.7bn".
pub fn figure(q: &Quantity) -> String {
    let Some(v) = q.value else {
        return "many".into();
    };
    let value = format_value(v);
    match (q.kind, q.unit.as_deref()) {
        (QuantityKind::Percent, Some("percentage points")) => format!("{value} points"),
        (QuantityKind::Percent, _) => format!("{value}%"),
        (QuantityKind::Money, Some(code)) => format!("{value} {code}"),
        (_, Some(unit)) => {
            let plural = v != 1.0
                && !unit.ends_with('s')
                && matches!(q.kind, QuantityKind::Duration | QuantityKind::Measure);
            format!(
                "{value} {unit}{}",
                if plural && unit.len() > 2 { "s" } else { "" }
            )
        }
        _ => value,
    }
}

/// What a count counts, as the sentence says it: "detainees, from each
/// side" for "1,000 detainees from each side".
pub fn what_it_counts(text: &str, q: &Quantity) -> Option<String> {
    let noun = q
        .unit
        .as_deref()
        .filter(|unit| q.kind == QuantityKind::Count && !unit.is_empty())?;
    let rest = &text[q.span.end..];
    let line = &rest[..rest
        .find(['\n', '.', ';', ':', '“', '"'])
        .unwrap_or(rest.len())];
    let at = line
        .as_bytes()
        .windows(noun.len())
        .take(40)
        .position(|w| w == noun.as_bytes())?;
    let after = &line[at + noun.len()..];
    let mut words = after.split_whitespace();
    let opens_phrase = |w: &str| {
        matches!(
            w,
            "from" | "in" | "on" | "at" | "of" | "for" | "across" | "with" | "per" | "each"
        )
    };
    let mut phrase = Vec::new();
    if words.clone().next().is_some_and(opens_phrase) && !after.starts_with(',') {
        for w in words.by_ref().take(5) {
            let end = w.trim_end_matches([',', ')']);
            phrase.push(end);
            if end.len() != w.len() {
                break;
            }
        }
    }
    Some(if phrase.is_empty() {
        noun.to_string()
    } else {
        format!("{noun}, {}", phrase.join(" "))
    })
}

/// A few words around a figure, from its own paragraph line, as the text
/// has them: "…in three years, held…", with an ellipsis only where
/// the line goes on.
pub fn excerpt(text: &str, span: standpoint_engine::Span) -> String {
    const BEFORE: usize = 4;
    const AFTER: usize = 6;
    let bytes = text.as_bytes();
    let line_start = text[..span.start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[span.end..]
        .find('\n')
        .map_or(text.len(), |i| span.end + i);
    let space = |i: usize| bytes[i].is_ascii_whitespace();
    // Back to the start of the BEFORE-th word before the figure (spaces
    // are ASCII, so every index stepped on is a character boundary).
    let mut from = span.start;
    for _ in 0..BEFORE {
        while from > line_start && space(from - 1) {
            from -= 1;
        }
        while from > line_start && !space(from - 1) {
            from -= 1;
        }
    }
    // On to the end of the AFTER-th word after it.
    let mut to = span.end;
    for _ in 0..AFTER {
        while to < line_end && space(to) {
            to += 1;
        }
        while to < line_end && !space(to) {
            to += 1;
        }
    }
    let whole_start = text[line_start..from].trim().is_empty();
    let whole_end = text[to..line_end].trim().is_empty();
    format!(
        "{}{}{}",
        if whole_start { "" } else { "…" },
        text[from..to].trim(),
        if whole_end { "" } else { "…" }
    )
}

/// The figures tied to a party: those inside its positions or its quotes.
pub fn figures_of(a: &Analysis, party: usize) -> Vec<usize> {
    let positions: Vec<Span> = a
        .positions
        .iter()
        .filter(|p| p.party == party)
        .map(|p| p.span)
        .collect();
    let quotes: Vec<Span> = a
        .quotes
        .iter()
        .filter(|q| q.speaker.as_ref().and_then(|s| a.speaker_party(s)) == Some(party))
        .map(|q| q.span)
        .collect();
    let (positions, quotes) = (Reach::new(positions), Reach::new(quotes));
    (0..a.quantities.len())
        .filter(|&i| {
            let q = &a.quantities[i];
            !q.kind.is_quiet() && (positions.covers(q.span) || quotes.covers(q.span))
        })
        .collect()
}

/// Spans in reading order (as each layer of an analysis is), asked
/// whether one of them contains a span: of the spans that start at or
/// before it, the one reaching furthest must reach past its end. A binary
/// search each, not a pass over every span, as a long article has
/// thousands of figures and thousands of quotes.
struct Reach {
    spans: Vec<Span>,
    /// The furthest end of the spans up to each one.
    furthest: Vec<usize>,
}

impl Reach {
    fn new(spans: Vec<Span>) -> Reach {
        let furthest = spans
            .iter()
            .scan(0, |end, s| {
                *end = s.end.max(*end);
                Some(*end)
            })
            .collect();
        Reach { spans, furthest }
    }

    fn covers(&self, span: Span) -> bool {
        let before = self.spans.partition_point(|s| s.start <= span.start);
        before > 0 && self.furthest[before - 1] >= span.end
    }
}

/// The lines of a highlight's tooltip: a heading, then details.
pub fn tooltip(a: &Analysis, text: &str, mark: Mark) -> (String, Vec<String>) {
    match mark.layer {
        Layer::Quotes => {
            let q = &a.quotes[mark.index];
            let Some(speaker) = &q.speaker else {
                return (
                    "Quote".into(),
                    vec!["The article does not say who said this.".into()],
                );
            };
            let mut lines = Vec::new();
            if let Speaker::Person(p) = speaker {
                if let Some(title) = &a.people[*p].title {
                    lines.push(title.clone());
                }
            }
            match a.speaker_party(speaker) {
                Some(p) => lines.push(format!("Side: {}", a.parties[p].name)),
                None => lines.push("Side: not stated".into()),
            }
            if q.partial {
                lines.push("A few words quoted in the narrative".into());
            }
            (a.speaker_name(speaker).to_string(), lines)
        }
        Layer::Numbers => {
            let n = &a.quantities[mark.index];
            let mut lines = Vec::new();
            // In words, unless the text already has it so ("three years").
            if n.span.of(text).contains(|c: char| c.is_ascii_digit()) {
                if let Some(words) = n.value.and_then(value_in_words) {
                    lines.push(words);
                }
            }
            lines.push(n.kind.as_str().to_string());
            // A count says what it counts; any other figure carries its unit.
            let heading = match (n.value, what_it_counts(text, n)) {
                (None, _) => format!("{} (approximate)", n.span.of(text)),
                (Some(v), Some(counted)) => format!("{} — {counted}", format_value(v)),
                (Some(_), None) => figure(n),
            };
            (heading, lines)
        }
        Layer::Mentions => {
            let m = &a.mentions[mark.index];
            let how = match m.kind {
                standpoint_engine::MentionKind::Name => "names the party",
                standpoint_engine::MentionKind::Person => "acts for the party",
            };
            (
                a.parties[m.party].name.clone(),
                vec![format!("“{}” {how}", m.span.of(text))],
            )
        }
        Layer::Positions => {
            let p = &a.positions[mark.index];
            (
                a.parties[p.party].name.clone(),
                vec![format!("Stance: {}", p.stance.as_str())],
            )
        }
    }
}

/// What a highlight is, in a few words, for a screen reader to say once
/// when it reaches it: "quote, Marco Rubio, United States",
/// "number, 1,000 — troops, count", "party, Russia",
/// "position, Russia, reject".
pub fn spoken(a: &Analysis, text: &str, mark: Mark) -> String {
    match mark.layer {
        Layer::Quotes => {
            let q = &a.quotes[mark.index];
            let what = if q.partial { "partial quote" } else { "quote" };
            let Some(speaker) = &q.speaker else {
                return format!("{what}, speaker not stated");
            };
            let who = a.speaker_name(speaker);
            match a.speaker_party(speaker) {
                Some(p) if !matches!(speaker, Speaker::Party(_)) => {
                    format!("{what}, {who}, {}", a.parties[p].name)
                }
                _ => format!("{what}, {who}"),
            }
        }
        Layer::Numbers => {
            let (heading, _) = tooltip(a, text, mark);
            format!(
                "number, {heading}, {}",
                a.quantities[mark.index].kind.as_str()
            )
        }
        Layer::Mentions => format!("party, {}", a.parties[a.mentions[mark.index].party].name),
        Layer::Positions => {
            let p = &a.positions[mark.index];
            format!(
                "position, {}, {}",
                a.parties[p.party].name,
                p.stance.as_str()
            )
        }
    }
}

/// The name of a widget's landmark: its article's first words, so that
/// two widgets on one page are told apart.
pub fn widget_name(text: &str) -> String {
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    if first.is_empty() {
        return "Standpoint".into();
    }
    format!("Standpoint: {}", clip(first, 60))
}

/// A clause shortened for the panel.
pub fn clip(s: &str, max: usize) -> String {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().count() <= max {
        return s;
    }
    let cut: String = s.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{cut}…")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_read_in_digits_and_words() {
        assert_eq!(format_value(8_700_000_000.0), "8,700,000,000");
        assert_eq!(format_value(12500.75), "12,500.75");
        assert_eq!(format_value(3.0), "3");
        assert_eq!(format_value(-0.25), "-0.25");
        assert_eq!(format_value(5e12), "5,000,000,000,000");
        assert_eq!(format_value(2e20), "200,000,000,000,000,000,000");
        assert_eq!(format_value(f64::NAN), "—");
    }

    #[test]
    fn an_excerpt_keeps_the_texts_own_spacing() {
        let text = "Intro line.\nTalks between Moscow and Kyiv in three years, held in Istanbul on Friday.\nNext.";
        let at = text.find("three years").unwrap();
        let span = Span {
            start: at,
            end: at + "three years".len(),
        };
        assert_eq!(
            excerpt(text, span),
            "…Moscow and Kyiv in three years, held in Istanbul on Friday."
        );
        let short = "It costs $5 billion.";
        let at = short.find("$5 billion").unwrap();
        let span = Span {
            start: at,
            end: at + 10,
        };
        assert_eq!(excerpt(short, span), "It costs $5 billion.");
    }

    #[test]
    fn a_count_says_what_it_counts() {
        let text = "It freed 1,000 detainees from each side, and 20 more. It sent 5 ships.";
        let a = standpoint_engine::analyze(text);
        let counted: Vec<Option<String>> = a
            .quantities
            .iter()
            .map(|q| what_it_counts(text, q))
            .collect();
        assert_eq!(
            counted,
            [
                Some("detainees, from each side".to_string()),
                None,
                Some("ships".to_string())
            ]
        );
        // The noun is looked for only in the few words after the figure.
        let count = |unit: &str| Quantity {
            unit: Some(unit.to_string()),
            ..a.quantities[2].clone()
        };
        assert_eq!(what_it_counts(text, &count("ships")), Some("ships".into()));
        assert_eq!(what_it_counts(text, &count("")), None);
        let far = "It sent 5 of the ones it had kept in the harbour for years, ships.";
        assert_eq!(
            what_it_counts(
                far,
                &Quantity {
                    span: Span::new(8, 9),
                    ..count("ships")
                }
            ),
            None
        );
        let mark = Mark {
            layer: Layer::Numbers,
            index: 0,
        };
        let (heading, lines) = tooltip(&a, text, mark);
        assert_eq!(heading, "1,000 — detainees, from each side");
        assert_eq!(lines, ["one thousand", "count"]);
        // A figure with a unit says it once, and a figure in words is not
        // said again in words.
        let seed = crate::state::SEED_TEXT;
        let a = standpoint_engine::analyze(seed);
        let tip_of = |figure: &str| {
            let index = a
                .quantities
                .iter()
                .position(|q| q.span.of(seed) == figure)
                .unwrap();
            tooltip(
                &a,
                seed,
                Mark {
                    layer: Layer::Numbers,
                    index,
                },
            )
        };
        assert_eq!(
            tip_of("500 per cent"),
            ("500%".into(), vec!["five hundred".into(), "percent".into()])
        );
        assert_eq!(
            tip_of("three years"),
            ("3 years".into(), vec!["duration".into()])
        );
    }

    #[test]
    fn figures_of_a_party_are_those_inside_one_of_its_spans() {
        let text = [crate::state::SEED_TEXT; 4].join("\n");
        let a = standpoint_engine::analyze(&text);
        for party in 0..a.parties.len() {
            let spans: Vec<Span> = a
                .positions
                .iter()
                .filter(|p| p.party == party)
                .map(|p| p.span)
                .chain(
                    a.quotes
                        .iter()
                        .filter(|q| {
                            q.speaker.as_ref().and_then(|s| a.speaker_party(s)) == Some(party)
                        })
                        .map(|q| q.span),
                )
                .collect();
            let inside: Vec<usize> = (0..a.quantities.len())
                .filter(|&i| {
                    let q = &a.quantities[i];
                    !q.kind.is_quiet() && spans.iter().any(|s| s.contains(q.span))
                })
                .collect();
            assert_eq!(figures_of(&a, party), inside, "{}", a.parties[party].name);
        }
    }

    #[test]
    fn figures_belong_to_the_side_that_states_them() {
        let a = standpoint_engine::analyze(crate::state::SEED_TEXT);
        let russia = a.parties.iter().position(|p| p.name == "Russia").unwrap();
        let figures: Vec<&str> = figures_of(&a, russia)
            .into_iter()
            .map(|i| a.quantities[i].span.of(crate::state::SEED_TEXT))
            .collect();
        assert!(figures.contains(&"30-day"), "{figures:?}");
        assert!(!figures.contains(&"500 per cent"), "{figures:?}");
    }

    #[test]
    fn fixed_rounds_like_the_float_formatter() {
        // Halves round away from zero (the formatter rounds them to even).
        assert_eq!(fixed(1234.5, 0), "1235");
        for (v, d) in [(69.46, 1), (0.05, 1), (2.71, 3), (0.001, 2), (-2.5, 1)] {
            assert_eq!(fixed(v, d), format!("{v:.*}", d as usize), "{v} to {d}");
        }
        assert_eq!(value_in_words(1000.0).as_deref(), Some("one thousand"));
        assert_eq!(
            value_in_words(20121.0).as_deref(),
            Some("twenty thousand one hundred and twenty-one")
        );
        assert_eq!(
            value_in_words(2_300_000.0).as_deref(),
            Some("two million three hundred thousand")
        );
        assert_eq!(value_in_words(2.5), None);
    }

    #[test]
    fn labels_on_the_seed_article() {
        let text = include_str!("seed.txt");
        let a = standpoint_engine::analyze(text);
        let short = short_names(&a, text);
        assert_eq!(quote_label(&a, &short, 0), "Rubio · US");
        let root = a
            .quotes
            .iter()
            .position(|q| q.inner.of(text) == "root causes")
            .unwrap();
        assert_eq!(quote_label(&a, &short, root), "Russia");
        assert_eq!(initials("International Association of Machinists"), "IAM");
        assert_eq!(clip("one two three four", 10), "one two…");
        assert_eq!(
            widget_name("\n Kenya said no.\nMore."),
            "Standpoint: Kenya said no."
        );
        assert_eq!(widget_name(""), "Standpoint");
    }

    #[test]
    fn each_highlight_says_what_it_is_in_words() {
        let text = "Kenya rejected a 10 per cent levy. \"We will not pay,\" said Ada Obi of Kenya.";
        let a = standpoint_engine::analyze(text);
        let said = |layer, index| spoken(&a, text, Mark { layer, index });
        assert_eq!(said(Layer::Quotes, 0), "quote, Ada Obi, Kenya");
        assert_eq!(said(Layer::Mentions, 0), "party, Kenya");
        assert!(
            said(Layer::Numbers, 0).starts_with("number, 10"),
            "{}",
            said(Layer::Numbers, 0)
        );
        assert!(said(Layer::Numbers, 0).ends_with(", percent"));
        assert_eq!(said(Layer::Positions, 0), "position, Kenya, reject");
        let alone = "\"We have nothing more to say about the talks today.\"";
        let unsaid = standpoint_engine::analyze(alone);
        let mark = Mark {
            layer: Layer::Quotes,
            index: 0,
        };
        assert_eq!(spoken(&unsaid, alone, mark), "quote, speaker not stated");
    }
}
