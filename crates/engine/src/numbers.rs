//! Quantities: counts, percentages, money, durations and measures, with
//! their values; dates, years, times and ordinals are marked as such.
//!
//! One pass over the tokens. A number is digits ("1,000", "3.5", "25km",
//! "£8.7bn") or number words ("two and a half", "twenty-five"), then an optional scale ("million", "bn"), then
//! what it measures ("per cent", "years", "kilometres", a counted noun).
//! Idioms ("on the one hand", "no one") and names with digits ("737 Max",
//! "G7") are not quantities.

use crate::document::Document;
use crate::lexicon::{self, table, words, WordTable, Words, MAX_WORD};
use crate::token::TokenKind;
use crate::{Quantity, QuantityKind, Span};

/// `word` in lower case, for the number tables (all ASCII): `None` for a
/// word outside ASCII or too long for any table.
fn lower<'b>(word: &str, buf: &'b mut [u8; MAX_WORD]) -> Option<&'b str> {
    word.is_ascii()
        .then(|| lexicon::lowercase(word, buf))
        .flatten()
}

fn small_number(word: &str) -> Option<f64> {
    const SMALL_NUMBERS: WordTable<u8> = table![u8;
        0 => ["zero"],
        1 => ["one"],
        2 => ["two"],
        3 => ["three"],
        4 => ["four"],
        5 => ["five"],
        6 => ["six"],
        7 => ["seven"],
        8 => ["eight"],
        9 => ["nine"],
        10 => ["ten"],
        11 => ["eleven"],
        12 => ["twelve", "dozen"],
        13 => ["thirteen"],
        14 => ["fourteen"],
        15 => ["fifteen"],
        16 => ["sixteen"],
        17 => ["seventeen"],
        18 => ["eighteen"],
        19 => ["nineteen"],
        20 => ["twenty"],
        30 => ["thirty"],
        40 => ["forty"],
        50 => ["fifty"],
        60 => ["sixty"],
        70 => ["seventy"],
        80 => ["eighty"],
        90 => ["ninety"],
    ];
    SMALL_NUMBERS.get(word).map(f64::from)
}

/// Scale words and suffixes: "million", "bn", "k".
fn scale(word: &str) -> Option<f64> {
    const SCALES: WordTable<f64> = table![f64;
        1e2 => ["hundred"],
        1e3 => ["thousand", "k"],
        1e6 => ["million", "mn", "m", "mln"],
        1e9 => ["billion", "bn", "b"],
        1e12 => ["trillion", "tn", "trn"],
    ];
    SCALES.get(word)
}

fn is_number_word(word: &str) -> bool {
    const SCALE_WORDS: Words = words!["hundred", "thousand", "million", "billion", "trillion"];
    small_number(word).is_some() || SCALE_WORDS.contains(word)
}

/// The ordinals shown quietly, with their value: "first" → 1.
fn ordinal(word: &str) -> Option<f64> {
    const ORDINALS: WordTable<u8> = table![u8;
        1 => ["first"],
        2 => ["second"],
        3 => ["third"],
        4 => ["fourth"],
        5 => ["fifth"],
        6 => ["sixth"],
        7 => ["seventh"],
        8 => ["eighth"],
        9 => ["ninth"],
        10 => ["tenth"],
    ];
    ORDINALS.get(word).map(f64::from)
}

/// Vague amounts: "dozens", "hundreds", "tens".
fn is_vague_amount(word: &str) -> bool {
    const VAGUE_AMOUNTS: Words = words![
        "dozens",
        "hundreds",
        "thousands",
        "millions",
        "billions",
        "tens",
        "scores"
    ];
    VAGUE_AMOUNTS.contains(word)
}

/// Can a quantity in words start with `lower` (a word in lower case)?
/// Every word that [`Builder::words`] reads more of passes; the lexicon
/// keeps the answer per word, so the pass skips all the others.
pub fn may_start_quantity(lower: &str) -> bool {
    let head = lower.split_once('-').map_or(lower, |(head, _)| head);
    is_number_word(head)
        || ordinal(lower).is_some()
        || is_vague_amount(lower)
        || matches!(lower, "a" | "half")
}

/// Currency symbols and codes, with the ISO code the value is in.
fn currency(word: &str) -> Option<&'static str> {
    const CURRENCIES: WordTable<&str> = table![&str;
        "USD" => ["$", "US$", "USD", "dollar", "dollars"],
        "EUR" => ["€", "EUR", "euro", "euros"],
        "GBP" => ["£", "GBP", "pound", "pounds", "sterling"],
        "JPY" => ["¥", "JPY", "yen"],
        "INR" => ["₹", "INR", "rupees"],
        "RUB" => ["₽", "RUB", "roubles", "rubles"],
        "UAH" => ["₴", "UAH", "hryvnias"],
        "CHF" => ["CHF", "francs"],
        "CNY" => ["yuan", "CNY", "RMB"],
    ];
    CURRENCIES.get(word)
}

/// The dollar a prefix before "$" names: "C" in "C$2,500" is Canada's.
fn dollar_of(prefix: &str) -> Option<&'static str> {
    Some(match prefix {
        "US" | "U.S." => "USD",
        "C" | "CA" | "Can" => "CAD",
        "A" | "AU" => "AUD",
        "NZ" => "NZD",
        "HK" => "HKD",
        "S" => "SGD",
        "NT" => "TWD",
        "R" => "BRL",
        "MX" => "MXN",
        _ => return None,
    })
}

/// Units of time, as the singular the value is given in.
fn time_unit(word: &str) -> Option<&'static str> {
    const TIME_UNITS: WordTable<&str> = table![&str;
        "year" => ["year", "years", "yr", "yrs"],
        "month" => ["month", "months"],
        "week" => ["week", "weeks"],
        "day" => ["day", "days"],
        "hour" => ["hour", "hours", "hr", "hrs"],
        "minute" => ["minute", "minutes", "min", "mins"],
        "second" => ["second", "seconds"],
        "decade" => ["decade", "decades"],
        "century" => ["century", "centuries"],
    ];
    TIME_UNITS.get(word)
}

/// Words after which a span of time is counted: "for one day", "within a
/// week".
const COUNTS_TIME_AFTER: Words = words![
    "for", "in", "within", "than", "only", "just", "about", "after", "over", "least", "nearly",
    "almost", "lasting", "lasted", "per", "each", "by",
];

/// Units of measure, by their usual symbol.
fn measure_unit(word: &str) -> Option<&'static str> {
    const MEASURE_UNITS: WordTable<&str> = table![&str;
        "km" => ["km", "kilometre", "kilometres", "kilometer", "kilometers"],
        "mile" => ["mile", "miles"],
        "m" => ["m", "metre", "metres", "meter", "meters"],
        "cm" => ["cm", "centimetres", "centimeters"],
        "mm" => ["mm", "millimetres", "millimeters"],
        "kg" => ["kg", "kilogram", "kilograms", "kilos"],
        "g" => ["g", "gram", "grams"],
        "t" => ["tonne", "tonnes", "ton", "tons", "t"],
        "lb" => ["lb", "lbs", "pound-weight"],
        "l" => ["litre", "litres", "liter", "liters", "l"],
        "barrel" => ["barrel", "barrels", "bpd"],
        "acre" => ["acre", "acres"],
        "ha" => ["hectare", "hectares", "ha"],
        "ft" => ["feet", "foot", "ft"],
        "in" => ["inch", "inches"],
        "degree" => ["degree", "degrees", "°c", "°f"],
        "mph" => ["mph"],
        "km/h" => ["kmh", "km/h"],
        "MW" => ["mw", "megawatts"],
        "GW" => ["gw", "gigawatts"],
        "kWh" => ["kwh"],
        "sq" => ["sq"],
    ];
    MEASURE_UNITS.get(word)
}

/// An area or a volume in words, "square kilometres", "cubic feet": the
/// length unit's symbol squared or cubed.
fn area_or_volume(power: &str, length: &str) -> Option<String> {
    let exponent = match power {
        "square" | "sq" => '²',
        "cubic" => '³',
        _ => return None,
    };
    let unit = measure_unit(length)
        .filter(|u| matches!(*u, "km" | "m" | "cm" | "mm" | "mile" | "ft" | "in"))?;
    Some(match unit {
        "mile" => format!("mi{exponent}"),
        _ => format!("{unit}{exponent}"),
    })
}

/// Words after "one" that make it an idiom, not a count.
fn is_idiom_after_one(word: &str) -> bool {
    words![
        "of",
        "another",
        "hand",
        "way",
        "thing",
        "who",
        "that",
        "which",
        "more",
        "such",
        "day",
        "and",
        "or",
        "side",
        "point",
        "time",
        "in",
        "to",
        "is",
        "was",
        "the",
        "has",
        "had",
        "can",
        "could",
        "would",
        "will",
        "might",
        ",",
        ".",
        "'s",
        "must",
        "should",
        "knows",
        "not one we wanted",
        "we",
        "i",
        "you",
        "they",
        "he",
        "she",
    ]
    .contains(word)
}

/// Words before "one" that make it a pronoun: "no one", "the one".
fn is_idiom_before_one(word: &str) -> bool {
    words![
        "the", "no", "any", "every", "some", "each", "this", "that", "which", "someone", "anyone",
        "only",
    ]
    .contains(word)
}

/// Words that say a number is near: "roughly 17", "nearly half".
fn is_approximation(word: &str) -> bool {
    words![
        "roughly",
        "nearly",
        "almost",
        "approximately",
        "some",
        "only",
        "just",
        "up"
    ]
    .contains(word)
}

/// Words that are never the noun a number counts.
fn is_function_word(word: &str) -> bool {
    const FUNCTION_WORDS: Words = words![
        "of", "the", "a", "an", "and", "or", "to", "in", "on", "at", "by", "for", "from", "with",
        "was", "were", "is", "are", "had", "has", "have", "be", "been", "that", "which", "who",
        "than", "as", "per", "it", "its", "this", "these", "those", "their", "them", "they",
        "more", "less", "fewer", "over", "under", "about", "around", "since", "after", "before",
        "until", "between", "took", "will", "would", "could", "can", "may", "did", "do", "not",
        "also",
    ];
    FUNCTION_WORDS.contains(word)
}

struct Builder<'d, 't> {
    doc: &'d Document<'t>,
    out: Vec<Quantity>,
}

/// All quantities in the document, in reading order.
pub fn find(doc: &Document) -> Vec<Quantity> {
    let mut b = Builder {
        doc,
        out: Vec::new(),
    };
    let mut i = 0;
    while i < doc.len() {
        i = match doc.kind(i) {
            Some(TokenKind::Number) => b.digits(i),
            Some(TokenKind::Word) if doc.lex(i).may_start_quantity() => b.words(i),
            _ => i + 1,
        };
    }
    b.out
}

impl Builder<'_, '_> {
    /// A number written in digits at token `i`; returns the next token to read.
    fn digits(&mut self, i: usize) -> usize {
        let doc = self.doc;
        let word = doc.word(i);
        let span = doc.span(i);
        // "10-15" is a range: each end is a number.
        if let Some((a, b)) = word.split_once('-') {
            let all_digits = |s: &str| {
                !s.is_empty()
                    && s.bytes()
                        .all(|c| c.is_ascii_digit() || c == b'.' || c == b',')
            };
            if all_digits(a) && all_digits(b) {
                for (part, offset) in [(a, 0), (b, a.len() + 1)] {
                    let value = parse_digits(part).map(|(v, _)| v);
                    let s = Span::new(span.start + offset, span.start + offset + part.len());
                    self.out.push(Quantity {
                        span: s,
                        value,
                        unit: None,
                        kind: QuantityKind::Count,
                    });
                }
                return i + 1;
            }
        }
        let (head, tail) = word.split_once(['-', '‑']).unwrap_or((word, ""));
        let Some((mut value, suffix)) = parse_digits(head) else {
            return i + 1;
        };
        // Names with digits: "737 Max", "Boeing 777", "the A320 and 737".
        if self.is_model_number(i) {
            return i + 1;
        }
        let mut buf = [0u8; MAX_WORD];
        let suffix_lower = lower(suffix, &mut buf).unwrap_or("");
        let mut start = span.start;
        let mut end = span.end;
        let mut unit: Option<String> = None;
        let mut kind = QuantityKind::Count;
        // A currency symbol before: "$1.2", "€300m", "US$5".
        if i > 0 && doc.touching(i - 1) {
            if let Some(code) = currency(doc.word(i - 1)) {
                start = doc.span(i - 1).start;
                unit = Some(code.into());
                kind = QuantityKind::Money;
                // "US$5", "C$2,500", "A$40": the dollar of a country.
                if i > 1 && doc.touching(i - 2) && code == "USD" {
                    if let Some(dollar) = dollar_of(doc.word(i - 2)) {
                        start = doc.span(i - 2).start;
                        unit = Some(dollar.into());
                    }
                }
            }
        }
        // "Union No. 1", "the world's No. 2 economy": a rank, not a quantity.
        let numbered = i >= 2 && doc.word(i - 1) == "." && doc.is_any(i - 2, words!["no"]);
        if numbered && suffix.is_empty() {
            return self.quiet(i, QuantityKind::Ordinal, value);
        }
        // Suffixes written onto the digits: "8.7bn", "25km", "691p", "21st", "1990s".
        match suffix_lower {
            "" => {}
            "st" | "nd" | "rd" | "th" => return self.quiet(i, QuantityKind::Ordinal, value),
            "s" if suffix.len() == 1 && (1000.0..2100.0).contains(&value) => {
                return self.quiet(i, QuantityKind::Year, value)
            }
            "p" => {
                unit = Some("GBX".into());
                kind = QuantityKind::Money;
            }
            "am" | "pm" => return self.quiet(i, QuantityKind::Time, value),
            // "45C": degrees; "5G" is a network's generation, not grams.
            _ if suffix == "C" || suffix == "F" => {
                unit = Some("degree".into());
                kind = QuantityKind::Measure;
            }
            _ if suffix == "G" => return i + 1,
            s => {
                if let Some(f) = scale(s) {
                    value *= f;
                } else if let Some(u) = measure_unit(s) {
                    unit = Some(u.into());
                    kind = QuantityKind::Measure;
                } else if let Some(u) = time_unit(s) {
                    unit = Some(u.into());
                    kind = QuantityKind::Duration;
                } else {
                    return i + 1;
                }
            }
        }
        // "30-day", "3.1-billion-dollar"
        if !tail.is_empty() {
            let tail_end = end;
            end = span.start + head.len();
            let mut parts = tail.split(['-', '‑']);
            for part in parts.by_ref() {
                let mut buf = [0u8; MAX_WORD];
                let p = lower(part, &mut buf).unwrap_or("");
                if let Some(f) = scale(p) {
                    value *= f;
                } else if let Some(u) = time_unit(p) {
                    unit = Some(u.into());
                    kind = QuantityKind::Duration;
                } else if let Some(u) = measure_unit(p) {
                    unit = Some(u.into());
                    kind = QuantityKind::Measure;
                } else if let Some(code) = currency(p) {
                    unit = Some(code.into());
                    kind = QuantityKind::Money;
                } else if matches!(p, "percent" | "per") {
                    kind = QuantityKind::Percent;
                    unit = Some("percent".into());
                } else {
                    break;
                }
                end = tail_end;
            }
            end = end.max(span.start + head.len());
            let q = Quantity {
                span: Span::new(start, end),
                value: Some(value),
                unit,
                kind,
            };
            self.out.push(q);
            return i + 1;
        }
        // Dates and years: "13 April", "April 13", "Sept. 9", "in 2024".
        let prev_is_month = i > 0
            && (doc.lex(i - 1).is_month()
                || (i > 1 && doc.word(i - 1) == "." && doc.lex(i - 2).is_month()));
        // "June 12 and 13", "12 to 14 May": a day joined to a date's.
        let joined = |k: usize| doc.is_any(k, words!["and", "to", "or", "-", "–"]);
        let day_joined = (i >= 3
            && joined(i - 1)
            && doc.kind(i - 2) == Some(TokenKind::Number)
            && doc.lex(i - 3).is_month())
            || (joined(i + 1)
                && doc.kind(i + 2) == Some(TokenKind::Number)
                && doc.lex(i + 3).is_month());
        if unit.is_none()
            && value.fract() == 0.0
            && (1.0..=31.0).contains(&value)
            && (doc.lex(i + 1).is_month() || prev_is_month || day_joined)
        {
            return self.quiet(i, QuantityKind::Date, value);
        }
        let plain_integer = suffix.is_empty() && head.bytes().all(|c| c.is_ascii_digit());
        if unit.is_none() && plain_integer && head.len() == 4 && (1800.0..=2100.0).contains(&value)
        {
            let next = doc.word(i + 1);
            // "in 2022 killed", "a 2023 strike", "Russia's 2014 annexation":
            // after these, a year.
            let year_before = i > 0
                && (doc.is_any(
                    i - 1,
                    words!["in", "since", "during", "until", "by", "from", "of", "a", "the"],
                ) || crate::token::is_possessive(doc.word(i - 1)));
            let counted = next.chars().next().is_some_and(char::is_lowercase)
                && !is_function_word(next)
                && scale(next).is_none()
                && !year_before;
            if !counted {
                return self.quiet(i, QuantityKind::Year, value);
            }
        }
        // A clock time: "10:30".
        if doc.word(i + 1) == ":"
            && doc.touching(i)
            && doc.kind(i + 2) == Some(TokenKind::Number)
            && doc.touching(i + 1)
        {
            return self.quiet(i, QuantityKind::Time, value) + 2;
        }
        self.finish(i + 1, start, end, value, unit, kind)
    }

    /// What follows a number: a scale, a percent sign, a unit or a counted noun.
    fn finish(
        &mut self,
        mut j: usize,
        start: usize,
        mut end: usize,
        mut value: f64,
        mut unit: Option<String>,
        mut kind: QuantityKind,
    ) -> usize {
        let doc = self.doc;
        let mut buf = [0u8; MAX_WORD];
        let next = lower(doc.word(j), &mut buf).unwrap_or("");
        if let Some(f) = scale(next).filter(|_| next.len() > 1 || doc.touching(j - 1)) {
            // "1.2 million", "300m"
            if !(next == "m"
                && doc.kind(j + 1) == Some(TokenKind::Word)
                && measure_unit("m").is_some()
                && kind != QuantityKind::Money)
                || kind == QuantityKind::Money
            {
                value *= f;
                end = doc.span(j).end;
                j += 1;
            }
        }
        let mut buf = [0u8; MAX_WORD];
        let next = lower(doc.word(j), &mut buf).unwrap_or("");
        let mut buf2 = [0u8; MAX_WORD];
        let after = lower(doc.word(j + 1), &mut buf2).unwrap_or("");
        if next == "%" || next == "percent" || next == "pc" {
            end = doc.span(j).end;
            j += 1;
            kind = QuantityKind::Percent;
            unit = Some("percent".into());
        } else if next == "per" && after == "cent" {
            end = doc.span(j + 1).end;
            j += 2;
            kind = QuantityKind::Percent;
            unit = Some("percent".into());
        } else if next == "percentage" && (after == "points" || after == "point") {
            end = doc.span(j + 1).end;
            j += 2;
            kind = QuantityKind::Percent;
            unit = Some("percentage points".into());
        } else if let (Some(code), QuantityKind::Count, false) = (
            currency(next).or_else(|| currency(doc.word(j))),
            kind,
            // "1,000 $1,000": the symbol is the next amount's.
            doc.touching(j) && doc.kind(j + 1) == Some(TokenKind::Number),
        ) {
            // "300 euros", "5 USD"
            end = doc.span(j).end;
            j += 1;
            unit = Some(code.into());
            kind = QuantityKind::Money;
        } else if let (Some(u), QuantityKind::Count) = (time_unit(next), kind) {
            end = doc.span(j).end;
            j += 1;
            unit = Some(u.into());
            kind = QuantityKind::Duration;
        } else if kind == QuantityKind::Count
            && doc.word(j) == "°"
            && doc.touching(j)
            && (doc.is(j + 1, "C") || doc.is(j + 1, "F"))
        {
            // "45°C", "45 °F"
            end = doc.span(j + 1).end;
            j += 2;
            unit = Some("degree".into());
            kind = QuantityKind::Measure;
        } else if let (Some(u), QuantityKind::Count) = (area_or_volume(next, after), kind) {
            // "120 square kilometres", "74 billion cubic metres"
            end = doc.span(j + 1).end;
            j += 2;
            unit = Some(u);
            kind = QuantityKind::Measure;
        } else if let (Some(u), QuantityKind::Count) = (measure_unit(next), kind) {
            // Single letters are units only when written onto the number: "5 m" is not "5 metres".
            if next.len() > 1 || doc.touching(j - 1) {
                end = doc.span(j).end;
                j += 1;
                unit = Some(u.into());
                kind = QuantityKind::Measure;
            }
        } else if kind == QuantityKind::Count && unit.is_none() {
            unit = self.counted_noun(j);
        }
        self.out.push(Quantity {
            span: Span::new(start, end),
            value: Some(value),
            unit,
            kind,
        });
        j
    }

    /// The noun a count counts: "1,000 detainees", "37 African countries".
    fn counted_noun(&self, j: usize) -> Option<String> {
        let doc = self.doc;
        (j..j + 3)
            .take_while(|&k| doc.kind(k) == Some(TokenKind::Word) && !is_function_word(doc.word(k)))
            .map(|k| doc.word(k))
            .find(|w| w.ends_with('s') && w.chars().next().is_some_and(char::is_lowercase))
            .or_else(|| {
                let w = doc.word(j);
                (doc.kind(j) == Some(TokenKind::Word)
                    && !is_function_word(w)
                    && w.chars().next().is_some_and(char::is_lowercase))
                .then_some(w)
            })
            .map(str::to_string)
    }

    fn quiet(&mut self, i: usize, kind: QuantityKind, value: f64) -> usize {
        self.out.push(Quantity {
            span: self.doc.span(i),
            value: Some(value),
            unit: None,
            kind,
        });
        i + 1
    }

    /// "737 Max", "Boeing 777", "the 737 Max and 777": a name, not a quantity.
    fn is_model_number(&self, i: usize) -> bool {
        let doc = self.doc;
        let word = doc.word(i);
        if !word.bytes().all(|c| c.is_ascii_digit()) {
            return false;
        }
        let next = doc.word(i + 1);
        // "37 African countries": a nationality is no model name.
        let nationality = ["an", "ese", "ish", "ch", "i"]
            .iter()
            .any(|end| next.len() > 3 && next.ends_with(end));
        // "14 U.N. staff", "27 EU members": a party's name is no model name;
        // "300 Stratos 450 jets" counts the model named after it.
        let capital_next = doc.is_capitalized(i + 1)
            && doc.kind(i + 2) != Some(TokenKind::Number)
            && !doc.lex(i + 1).is_month()
            && currency(next).is_none()
            && !nationality
            && !crate::gazetteer::Gazetteer::get().may_start_name(next);
        // Not after a possessive: "the EU's 27 member states"; nor after a
        // sentence's first word that is no name: "About 17 million".
        let mut buf = [0u8; MAX_WORD];
        let opener = lower(doc.word(i.wrapping_sub(1)), &mut buf)
            .filter(|w| is_function_word(w) || is_approximation(w));
        let prev_is_name = i > 0
            && doc.is_capitalized(i - 1)
            && !crate::token::is_possessive(doc.word(i - 1))
            && !doc.lex(i - 1).is_month()
            && currency(doc.word(i - 1)).is_none()
            && !doc.lex(i - 1).is_common_capitalised()
            && !(doc.starts_sentence(i - 1) && opener.is_some());
        // "737 Max and 777": listed beside a model number.
        let listed = i >= 3
            && matches!(doc.word(i - 1), "and" | "or" | ",")
            && doc.is_capitalized(i - 2)
            && currency(doc.word(i - 2)).is_none()
            && doc.kind(i - 3) == Some(TokenKind::Number);
        // "gave SkyVista 15 days": a span of time after a name is counted.
        let counts_time = time_unit(next).is_some();
        capital_next || (prev_is_name && !counts_time) || listed
    }

    /// A fraction at token `i` and the token after it: "a third of", "two
    /// thirds", "half the", "half a million".
    fn fraction(&self, i: usize, first: &str) -> Option<(f64, usize)> {
        let doc = self.doc;
        let mut buf = [0u8; MAX_WORD];
        let next = lower(doc.word(i + 1), &mut buf).unwrap_or("");
        if first == "half" {
            let prev = doc.word(i.wrapping_sub(1));
            let part_of_phrase =
                words!["a", "and", "the", "first", "second", "other", "latter", "former", "one"]
                    .contains_any_case(prev);
            if part_of_phrase {
                return None;
            }
            if next == "a" || next == "an" {
                let scaled = scale(&doc.word(i + 2).to_ascii_lowercase());
                return Some(match scaled {
                    Some(f) => (0.5 * f, i + 3),
                    None => (0.5, i + 1),
                });
            }
            let whole_follows =
                words!["of", "the", "its", "their", "his", "her", "our", "all", "those", "these"]
                    .contains(next);
            return whole_follows.then_some((0.5, i + 1));
        }
        let (numerator, plural) = match first {
            "a" | "one" => (1.0, false),
            w => (small_number(w).filter(|n| (2.0..=9.0).contains(n))?, true),
        };
        let denominator = match next.strip_suffix('s').filter(|_| plural).unwrap_or(next) {
            "third" => 3.0,
            "quarter" => 4.0,
            "fifth" => 5.0,
            "sixth" => 6.0,
            "eighth" => 8.0,
            "tenth" => 10.0,
            _ => return None,
        };
        let singular = !next.ends_with('s');
        // "a third of the vote", "two thirds of members"; not "a third round".
        (singular != plural && doc.is(i + 2, "of")).then_some((numerator / denominator, i + 2))
    }

    /// "for a year", "gave them a week to leave", "a month ago": one unit of
    /// time, counted. Not a rate ("$5 a day") nor some time ("a day after").
    fn a_span_of_time(&self, i: usize) -> Option<Quantity> {
        let doc = self.doc;
        let unit = doc.word(i + 1);
        if unit.ends_with('s') || doc.kind(i + 1) != Some(TokenKind::Word) {
            return None;
        }
        // "a decade" is loose talk more often than a count.
        // "a second day" is an ordinal.
        let unit = time_unit(unit).filter(|u| !matches!(*u, "decade" | "century" | "second"))?;
        // "$5 a day", "1.1 billion kwacha ($50 million) a year": a rate.
        let rate = i > 1
            && self
                .out
                .last()
                .is_some_and(|q| q.span.end >= doc.span(i - 2).start);
        let counted = (i > 0 && doc.is_any(i - 1, COUNTS_TIME_AFTER))
            || doc.is(i + 2, "ago")
            || (doc.is(i + 2, "to")
                && doc.kind(i + 3) == Some(TokenKind::Word)
                && !doc.is_any(i + 3, lexicon::DETERMINERS));
        if rate || !counted {
            return None;
        }
        Some(Quantity {
            span: doc.range_span(i, i + 2),
            value: Some(1.0),
            unit: Some(unit.into()),
            kind: QuantityKind::Duration,
        })
    }

    /// A number written in words at token `i`; returns the next token to read.
    fn words(&mut self, i: usize) -> usize {
        let doc = self.doc;
        let mut buf = [0u8; MAX_WORD];
        let Some(first) = lower(doc.word(i), &mut buf) else {
            return i + 1;
        };
        // A capitalised number word inside a sentence names something:
        // "Group of Seven", "the Second World War".
        if doc.is_capitalized(i) && !doc.starts_sentence(i) {
            return i + 1;
        }
        if let Some((value, end)) = self.fraction(i, first) {
            let span = doc.range_span(i, end);
            return self.finish(end, span.start, span.end, value, None, QuantityKind::Count);
        }
        // Ordinals are shown quietly.
        let seconds_counted = first == "second"
            && time_unit(first).is_some()
            && i > 0
            && doc.kind(i - 1) == Some(TokenKind::Number);
        if let Some(value) = ordinal(first).filter(|_| !seconds_counted) {
            // "a third of" is a fraction, read above.
            if !(doc.is(i.wrapping_sub(1), "a") && doc.is(i + 1, "of")) {
                return self.quiet(i, QuantityKind::Ordinal, value);
            }
        }
        // Vague amounts: "dozens", "hundreds of thousands", "tens of millions".
        if is_vague_amount(first) {
            let mut end = i + 1;
            while doc.is(end, "of")
                && matches!(
                    doc.word(end + 1),
                    "thousands" | "millions" | "billions" | "hundreds"
                )
            {
                end += 2;
            }
            let tens_alone = first == "tens" && end == i + 1;
            let preceded_by_number = i > 0
                && (doc.kind(i - 1) == Some(TokenKind::Number) || is_number_word(doc.word(i - 1)));
            if !tens_alone && !preceded_by_number {
                let span = doc.range_span(i, end);
                let unit = self.counted_noun(if doc.is(end, "of") { end + 1 } else { end });
                self.out.push(Quantity {
                    span,
                    value: None,
                    unit,
                    kind: QuantityKind::Approximate,
                });
            }
            return end;
        }
        // A hyphenated number word with a unit: "ten-month", "two-year".
        let (head, tail) = first.split_once('-').unwrap_or((first, ""));
        if !tail.is_empty() && small_number(head).is_some() {
            let value = small_number(head).unwrap_or(0.0);
            let span = doc.span(i);
            if let Some(u) = time_unit(tail) {
                let q = Quantity {
                    span,
                    value: Some(value),
                    unit: Some(u.into()),
                    kind: QuantityKind::Duration,
                };
                self.out.push(q);
                return i + 1;
            }
            if let Some(u) = measure_unit(tail) {
                let q = Quantity {
                    span,
                    value: Some(value),
                    unit: Some(u.into()),
                    kind: QuantityKind::Measure,
                };
                self.out.push(q);
                return i + 1;
            }
            // "twenty-five": a compound number, read below.
            if small_number(tail).is_none() {
                return i + 1;
            }
        }
        if first == "a" {
            if let Some(q) = self.a_span_of_time(i) {
                self.out.push(q);
                return i + 2;
            }
        }
        let starts_number = is_number_word(head)
            || (first == "a" && matches!(doc.word(i + 1), "dozen" | "half" | "couple"));
        if !starts_number {
            return i + 1;
        }
        // "one" is an idiom more often than a count.
        if first == "one" {
            let prev = doc.word(i.wrapping_sub(1)).to_ascii_lowercase();
            let next = doc.word(i + 1).to_ascii_lowercase();
            // "one day" is some day, unless it is counted: "for one day".
            let counted_time = COUNTS_TIME_AFTER.contains(&prev);
            let vague_time = matches!(next.as_str(), "day" | "time" | "night" | "morning");
            let next_is_unit = (time_unit(&next).is_some() && (counted_time || !vague_time))
                || measure_unit(&next).is_some()
                || scale(&next).is_some()
                || next == "percent"
                || next == "per"
                || next == "%"
                || currency(&next).is_some();
            if !next_is_unit
                && (is_idiom_before_one(&prev)
                    || is_idiom_after_one(&next)
                    || doc.kind(i + 1) != Some(TokenKind::Word))
            {
                return i + 1;
            }
        }
        // Gather the number words: "two hundred and fifty", "a couple of".
        let mut end = i;
        let mut words: Vec<String> = Vec::new();
        let mut value_override = None;
        if first == "a" {
            match doc.word(i + 1) {
                "dozen" => value_override = Some(12.0),
                "couple" if doc.is(i + 2, "of") => value_override = Some(2.0),
                _ => return i + 1,
            }
            end = i + if doc.word(i + 1) == "couple" { 3 } else { 2 };
        } else {
            while end < doc.len() {
                let w = doc.word(end).to_ascii_lowercase();
                let parts_ok = w.split('-').all(is_number_word);
                if parts_ok && doc.kind(end) == Some(TokenKind::Word) {
                    words.push(w);
                    end += 1;
                } else if w == "and"
                    && doc
                        .word(end + 1)
                        .to_ascii_lowercase()
                        .split('-')
                        .all(is_number_word)
                    && words.last().is_some_and(|l| scale(l).is_some())
                {
                    end += 1;
                } else {
                    break;
                }
            }
        }
        let mut value = match value_override {
            Some(v) => v,
            None => words_value(&words).unwrap_or(f64::NAN),
        };
        if value.is_nan() {
            return end.max(i + 1);
        }
        // "two and a half"
        if doc.is(end, "and") && doc.is(end + 1, "a") && doc.is(end + 2, "half") {
            value += 0.5;
            end += 3;
        }
        let span = doc.range_span(i, end);
        self.finish(end, span.start, span.end, value, None, QuantityKind::Count)
    }
}

/// The value of number words: "two hundred and fifty", "twenty-five
/// thousand", "nineteen hundred". Words out of order ("five six", "ten
/// twenty") are not one number.
fn words_value(words: &[String]) -> Option<f64> {
    if let [w] = words {
        if let Some(v) = small_number(w) {
            return Some(v);
        }
    }
    // `total` holds the finished thousands, millions…; `group` the part
    // below the last of them; `last_scale` keeps scales descending.
    let (mut total, mut group, mut last_scale, mut any) = (0.0f64, 0.0f64, f64::INFINITY, false);
    for part in words.iter().flat_map(|w| w.split('-')) {
        if part == "and" {
            continue;
        }
        // Whole numbers below ten thousand: an integer remainder, as a
        // float's would bring in the software `fmod`.
        let below_hundred = group as u32 % 100;
        if part == "hundred" {
            if group >= 100.0 || below_hundred == 0 && group > 0.0 {
                return None;
            }
            group = group.max(1.0) * 100.0;
        } else if let Some(scale) = scale(part).filter(|&s| s >= 1e3) {
            if scale >= last_scale {
                return None;
            }
            total += group.max(1.0) * scale;
            group = 0.0;
            last_scale = scale;
        } else {
            let v = small_number(part).filter(|_| part != "dozen")?;
            let fits = match v {
                // "zero" stands alone.
                0.0 => words.len() == 1,
                1.0..10.0 => below_hundred == 0 || (below_hundred >= 20 && below_hundred % 10 == 0),
                _ => below_hundred == 0,
            };
            if !fits {
                return None;
            }
            group += v;
        }
        any = true;
    }
    any.then_some(total + group)
}

/// The value of a number written in digits, and any letters after it.
fn parse_digits(token: &str) -> Option<(f64, &str)> {
    let digits_end = token
        .find(|c: char| {
            !(c.is_ascii_digit()
                || matches!(c, ',' | '.' | ' ' | '\u{00A0}' | '\u{2009}' | '\u{202F}'))
        })
        .unwrap_or(token.len());
    let (digits, suffix) = token.split_at(digits_end);
    let digits = digits.trim_end_matches(['.', ',']);
    Some((decimal(digits)?, suffix))
}

/// The value of digits with at most one decimal point, ignoring group
/// separators. Exact for up to 15 significant digits, the value the
/// standard parser gives, without its tables in the Wasm bundle.
fn decimal(digits: &str) -> Option<f64> {
    let mut mantissa = 0u64;
    let mut shift = 0i32; // the power of ten the mantissa is off by
    let mut seen_digit = false;
    let mut after_point = false;
    for c in digits.chars() {
        match c {
            '0'..='9' => {
                seen_digit = true;
                if mantissa < 100_000_000_000_000_000 {
                    mantissa = mantissa * 10 + u64::from(c as u8 - b'0');
                    shift -= i32::from(after_point);
                } else {
                    shift += i32::from(!after_point);
                }
            }
            '.' if !after_point => after_point = true,
            '.' => return None,
            _ => {}
        }
    }
    if !seen_digit {
        return None;
    }
    let power = 10f64.powi(shift.abs());
    Some(if shift < 0 {
        mantissa as f64 / power
    } else {
        mantissa as f64 * power
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_read_like_the_standard_parser() {
        for s in [
            "0",
            "7",
            "1000",
            "12500.75",
            "3.5",
            "0.1",
            "8.7",
            "123456789012345",
            "0.001",
        ] {
            assert_eq!(decimal(s), s.parse().ok(), "{s}");
        }
        assert_eq!(decimal("1,000,000"), Some(1e6));
        assert_eq!(decimal("1\u{202F}000"), Some(1000.0));
        assert_eq!(decimal("1.2.3"), None);
        assert_eq!(decimal(","), None);
        assert_eq!(decimal(&"9".repeat(40)), Some(1e40));
    }

    fn found(text: &str) -> Vec<(String, Option<f64>, QuantityKind)> {
        let doc = Document::new(text);
        find(&doc)
            .into_iter()
            .map(|q| (q.span.of(text).to_string(), q.value, q.kind))
            .collect()
    }

    fn one(text: &str) -> (String, Option<f64>, QuantityKind) {
        let f = found(text);
        assert_eq!(f.len(), 1, "{text}: {f:?}");
        f[0].clone()
    }

    #[test]
    fn temperatures_are_measures_and_a_network_generation_is_no_number() {
        for (text, written) in [
            ("It hit 45C.", "45C"),
            ("It hit 45°C.", "45°C"),
            ("It fell to 30 °F.", "30 °F"),
        ] {
            let (span, value, kind) = one(text);
            assert_eq!(span, written, "{text}");
            assert!(value.is_some() && kind == QuantityKind::Measure, "{text}");
        }
        assert!(found("The 5G network and 4G phones.").is_empty());
        assert_eq!(one("It weighs 5g.").2, QuantityKind::Measure);
    }

    #[test]
    fn digits_with_separators() {
        assert_eq!(one("They freed 1,000 prisoners.").1, Some(1000.0));
        assert_eq!(one("It rose 3.5 points.").1, Some(3.5));
        assert_eq!(one("A bill of 12,500.75 was paid.").1, Some(12500.75));
        assert_eq!(one("Some 1\u{202F}000 people came.").1, Some(1000.0));
    }

    #[test]
    fn scales_and_money() {
        assert_eq!(
            one("a £8.7bn deal"),
            ("£8.7bn".into(), Some(8.7e9), QuantityKind::Money)
        );
        assert_eq!(
            one("a $1.2 billion loan"),
            ("$1.2 billion".into(), Some(1.2e9), QuantityKind::Money)
        );
        assert_eq!(one("worth €300m in all").1, Some(3e8));
        assert_eq!(one("some 2.3 million doses").1, Some(2.3e6));
        assert_eq!(
            one("a 691p offer"),
            ("691p".into(), Some(691.0), QuantityKind::Money)
        );
        assert_eq!(one("US$5 trillion of debt").1, Some(5e12));
        assert_eq!(one("about 20k fans").1, Some(20e3));
        let two = found("from 1,000 $1,000 to 50 €20");
        assert_eq!(two.len(), 4, "{two:?}");
        assert_eq!(two[1].0, "$1,000");
        assert_eq!(two[3].0, "€20");
    }

    #[test]
    fn percentages() {
        assert_eq!(
            one("tariffs of 500 per cent"),
            ("500 per cent".into(), Some(500.0), QuantityKind::Percent)
        );
        assert_eq!(one("a 30% rise").2, QuantityKind::Percent);
        assert_eq!(one("Forty percent agreed.").1, Some(40.0));
        assert_eq!(one("up 2 percentage points").2, QuantityKind::Percent);
    }

    #[test]
    fn durations_and_measures() {
        assert_eq!(
            one("a 30-day ceasefire"),
            ("30-day".into(), Some(30.0), QuantityKind::Duration)
        );
        assert_eq!(
            one("in three years"),
            ("three years".into(), Some(3.0), QuantityKind::Duration)
        );
        assert_eq!(
            one("a ten-month wait"),
            ("ten-month".into(), Some(10.0), QuantityKind::Duration)
        );
        assert_eq!(
            one("about 25km away"),
            ("25km".into(), Some(25.0), QuantityKind::Measure)
        );
        let f = found("13 kilometres (eight miles) away");
        assert_eq!(
            f[0],
            ("13 kilometres".into(), Some(13.0), QuantityKind::Measure)
        );
        assert_eq!(
            f[1],
            ("eight miles".into(), Some(8.0), QuantityKind::Measure)
        );
    }

    #[test]
    fn a_prefix_names_the_dollar() {
        let units: Vec<_> = find(&Document::new("C$2,500 (US$1,830), A$40 and $7"))
            .into_iter()
            .map(|q| q.unit)
            .collect();
        assert_eq!(
            units,
            ["CAD", "USD", "AUD", "USD"].map(|u| Some(u.to_string()))
        );
    }

    #[test]
    fn areas_and_volumes() {
        let units = |text: &str| -> Vec<(String, Option<String>, QuantityKind)> {
            let doc = Document::new(text);
            find(&doc)
                .into_iter()
                .map(|q| (q.span.of(text).to_string(), q.unit, q.kind))
                .collect()
        };
        let measure =
            |s: &str, u: &str| (s.to_string(), Some(u.to_string()), QuantityKind::Measure);
        assert_eq!(
            units("It holds 74 billion cubic metres and burned 120 square kilometres, or 46 sq miles."),
            [
                measure("74 billion cubic metres", "m³"),
                measure("120 square kilometres", "km²"),
                measure("46 sq miles", "mi²"),
            ]
        );
        // "square" before anything but a length is no area.
        assert_eq!(
            units("12 square meals"),
            [(
                "12".to_string(),
                Some("meals".to_string()),
                QuantityKind::Count
            )]
        );
    }

    #[test]
    fn number_words() {
        assert_eq!(one("two hundred and fifty people").1, Some(250.0));
        assert_eq!(one("twenty-five people").1, Some(25.0));
        assert_eq!(one("two and a half years").1, Some(2.5));
        assert_eq!(one("a dozen boats").1, Some(12.0));
        assert_eq!(one("a couple of boats").1, Some(2.0));
    }

    #[test]
    fn words_in_order_make_one_number() {
        let value = |phrase: &str| {
            let words: Vec<String> = phrase.split(' ').map(str::to_string).collect();
            words_value(&words)
        };
        assert_eq!(value("nineteen hundred"), Some(1900.0));
        assert_eq!(
            value("one hundred and five thousand and twelve"),
            Some(105_012.0)
        );
        assert_eq!(value("three billion four hundred million"), Some(3.4e9));
        assert_eq!(value("thousand"), Some(1000.0));
        assert_eq!(value("five six"), None);
        assert_eq!(value("ten twenty"), None);
        assert_eq!(value("twenty-five-six"), None);
        assert_eq!(value("thousand million"), None);
        assert_eq!(value("million thousand million"), None);
        assert_eq!(value("zero one"), None);
        assert_eq!(value("five hundred hundred"), None);
        assert_eq!(value("and"), None);
    }

    #[test]
    fn fractions() {
        assert_eq!(one("a third of voters").1, Some(1.0 / 3.0));
        assert_eq!(one("two thirds of members").1, Some(2.0 / 3.0));
        assert_eq!(one("one quarter of the budget").1, Some(0.25));
        assert_eq!(one("half the staff left").1, Some(0.5));
        assert_eq!(one("half a million people").1, Some(5e5));
        assert!(found("in the second half of the year")
            .iter()
            .all(|f| f.2.is_quiet()));
        assert_eq!(one("a third round of talks").2, QuantityKind::Ordinal);
    }

    #[test]
    fn currencies_after_the_amount() {
        for (text, code) in [
            ("paid 50 USD each", "USD"),
            ("paid 20 euros each", "EUR"),
            ("paid 30 pounds each", "GBP"),
            ("a stamp costs 45p now", "GBX"),
        ] {
            let doc = Document::new(text);
            let q = &find(&doc)[0];
            assert_eq!(q.kind, QuantityKind::Money, "{text}");
            assert_eq!(q.unit.as_deref(), Some(code), "{text}");
        }
        let listed: Vec<_> = found("It cost ¥300, 50 USD, 20 euros.");
        assert_eq!(listed.len(), 3, "{listed:?}");
    }

    #[test]
    fn ranges_give_both_ends() {
        let values: Vec<Option<f64>> = found("between 2,000 and 3,000 troops, 10-15 tanks")
            .iter()
            .map(|f| f.1)
            .collect();
        assert_eq!(values, [Some(2000.0), Some(3000.0), Some(10.0), Some(15.0)]);
        let ends: Vec<(String, Option<f64>)> =
            found("from 40 to 25 units, 10 to 15 boats, $150 to $300 each")
                .into_iter()
                .map(|f| (f.0, f.1))
                .collect();
        assert_eq!(
            ends,
            [
                ("40".into(), Some(40.0)),
                ("25".into(), Some(25.0)),
                ("10".into(), Some(10.0)),
                ("15".into(), Some(15.0)),
                ("$150".into(), Some(150.0)),
                ("$300".into(), Some(300.0)),
            ]
        );
    }

    #[test]
    fn vague_amounts() {
        assert_eq!(
            one("hundreds of thousands face famine"),
            (
                "hundreds of thousands".into(),
                None,
                QuantityKind::Approximate
            )
        );
        assert_eq!(one("dozens were hurt").2, QuantityKind::Approximate);
    }

    #[test]
    fn idioms_and_names_are_not_quantities() {
        for text in [
            "On the one hand, it works.",
            "It is one of the largest.",
            "No one came.",
            "It builds the 737 Max and 777 jets.",
            "The A320neo and COP28 and the G7 met.",
            "Boeing 787 deliveries resumed.",
            "They will win one day, he said.",
            "It is not one we wanted.",
            "One day the war will end.",
            "The Group of Seven met after the Second World War.",
        ] {
            let counted: Vec<_> = found(text)
                .into_iter()
                .filter(|f| !f.2.is_quiet())
                .collect();
            assert!(counted.is_empty(), "{text}: {counted:?}");
        }
    }

    #[test]
    fn a_count_of_nationals_is_no_model_number() {
        assert_eq!(one("He said 37 African countries agreed.").1, Some(37.0));
        assert_eq!(one("It sent 12 Ukrainian soldiers home.").1, Some(12.0));
    }

    #[test]
    fn a_party_or_an_opening_word_beside_a_number_makes_no_model_name() {
        assert_eq!(one("They hold 14 U.N. staff members.").1, Some(14.0));
        assert_eq!(one("About 17 million people are hungry.").1, Some(17e6));
        assert_eq!(one("Roughly 40 people came.").1, Some(40.0));
        // "No. 2" is a rank.
        assert!(found("The world's No. 2 economy grew.")
            .iter()
            .all(|f| f.2.is_quiet()));
        // A count of a model's planes: "300 Stratos 450 jets".
        assert_eq!(
            found("It checked about 300 Stratos 450 jets.")[0].1,
            Some(300.0)
        );
        // A name before the number still makes one: "Boeing 737".
        assert!(found("Boeing 737 jets flew.")
            .iter()
            .all(|f| f.2.is_quiet()));
    }

    #[test]
    fn one_day_counts_when_it_is_counted() {
        assert_eq!(one("a strike for one day only").1, Some(1.0));
        assert_eq!(one("within one day of the vote").2, QuantityKind::Duration);
    }

    #[test]
    fn a_unit_of_time_counts_when_it_is_counted() {
        for text in [
            "They gave the council a week to answer.",
            "The talks will resume within a month.",
            "Cuts were extended by a year.",
            "Prices were lower a year ago.",
        ] {
            let found = one(text);
            assert_eq!(
                (found.1, found.2),
                (Some(1.0), QuantityKind::Duration),
                "{text}"
            );
        }
        // A rate, and some time, are not counted.
        assert!(found("It pays $500 a week.")
            .iter()
            .all(|f| f.0 != "a week"));
        assert!(found("It adds 1.1 billion kwacha a year to costs.")
            .iter()
            .all(|f| f.0 != "a year"));
        assert!(found("He spoke, a day after the vote.").is_empty());
        assert!(found("They meet twice a month.").is_empty());
        assert!(found("Fighting went on for a second day.")
            .iter()
            .all(|f| f.2.is_quiet()));
    }

    #[test]
    fn a_span_of_time_after_a_name_is_counted() {
        assert_eq!(one("It gave Northway 15 days to comply.").1, Some(15.0));
    }

    #[test]
    fn dates_years_and_ordinals_are_quiet() {
        let kinds: Vec<QuantityKind> = found("On 26 March 2024, the first round; the 21st time.")
            .iter()
            .map(|f| f.2)
            .collect();
        assert_eq!(
            kinds,
            [
                QuantityKind::Date,
                QuantityKind::Year,
                QuantityKind::Ordinal,
                QuantityKind::Ordinal
            ]
        );
    }

    #[test]
    fn dates_with_an_abbreviated_month_and_years_before_a_noun() {
        let kind = |text: &str| one(text).2;
        assert_eq!(kind("OSLO, Sept. 9 — The talks began."), QuantityKind::Date);
        assert_eq!(kind("The deadline is Feb. 28."), QuantityKind::Date);
        for text in [
            "They strike on June 12 and 13.",
            "They strike on 12 to 14 May.",
        ] {
            assert!(
                found(text).iter().all(|f| f.2 == QuantityKind::Date),
                "{text}"
            );
        }
        assert_eq!(kind("It called a 2019 strike."), QuantityKind::Year);
        assert_eq!(kind("A flood in 2021 killed many."), QuantityKind::Year);
        assert_eq!(kind("Peru's 2020 census was late."), QuantityKind::Year);
        // After a possessive, a count is still a count, not a model name.
        assert_eq!(
            one("the bloc's 27 member states"),
            ("27".into(), Some(27.0), QuantityKind::Count)
        );
        assert_eq!(kind("Officials counted 2000 ballots."), QuantityKind::Count);
    }
}
