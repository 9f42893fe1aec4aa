//! The Standpoint engine: a parser of news text.
//!
//! Text goes in, typed spans come out: who said what ([`Quote`]), which
//! numbers matter ([`Quantity`]), which parties the story is about
//! ([`Party`], [`Mention`]) and where each one stands ([`Position`]).
//! Every span is a byte range into the text that was analysed; the engine
//! never formats anything. The reader, the JSON report and the command
//! line are consumers of the same [`Analysis`].
//!
//! The stages run in a row over one [`Document`]:
//! [`segment`] → [`token`] → [`quotes`] → [`parties`] → [`speakers`] →
//! [`numbers`] → [`positions`].

pub mod document;
pub mod gazetteer;
pub mod lexicon;
pub mod numbers;
pub mod order;
pub mod parties;
pub mod positions;
pub mod quotes;
pub mod segment;
pub mod speakers;
pub mod token;

#[cfg(feature = "serde")]
pub mod report;

use std::mem::take;

pub use document::Document;

/// A half-open byte range `start..end` into the analysed text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    pub const fn len(&self) -> usize {
        self.end - self.start
    }
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub const fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
    /// The text this span covers.
    #[inline(always)]
    pub fn of<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
    /// The bytes this span covers: no check of character boundaries.
    #[inline(always)]
    pub fn bytes_of<'t>(&self, text: &'t str) -> &'t [u8] {
        &text.as_bytes()[self.start..self.end]
    }
}

/// Index of a party in [`Analysis::parties`].
pub type PartyId = usize;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PartyKind {
    Country,
    /// A state, province or nation within a country, with a government of
    /// its own: "California", "Quebec", "Scotland".
    Region,
    Organisation,
}

/// A side in the story: a country, a region, an international body, or an
/// organisation the article introduces (a company, a union, an armed group).
#[derive(Clone, Debug, PartialEq)]
pub struct Party {
    /// The display name: "Russia", "United Nations", "Boeing".
    pub name: String,
    pub kind: PartyKind,
    /// How many times the text mentions it; parties are ranked by this.
    pub weight: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MentionKind {
    /// The party named, or named by its capital, seat or adjective.
    Name,
    /// A person acting for the party.
    Person,
}

/// A place in the text that names a party or a person acting for one.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    pub span: Span,
    pub party: PartyId,
    pub kind: MentionKind,
}

/// A person the article names, with what it tells of them.
#[derive(Clone, Debug, PartialEq)]
pub struct Person {
    /// The fullest form of the name the article gives ("Marco Rubio").
    pub name: String,
    /// Title or role as the article gives it ("US Secretary of State").
    pub title: Option<String>,
    pub party: Option<PartyId>,
}

/// Index of a person in [`Analysis::people`].
pub type PersonId = usize;

/// Who a quote is attributed to.
#[derive(Clone, Debug, PartialEq)]
pub enum Speaker {
    Person(PersonId),
    /// An organisation or a place that speaks ("the ministry", "Moscow").
    Party(PartyId),
    /// Someone the article describes but does not name ("a UN source"),
    /// with the side the description gives.
    Described(String, Option<PartyId>),
}

/// A stretch of quoted words.
#[derive(Clone, Debug, PartialEq)]
pub struct Quote {
    /// The quote with its marks.
    pub span: Span,
    /// The quoted words, without the marks.
    pub inner: Span,
    /// A few words quoted inside narrative ("what it called “demands”").
    pub partial: bool,
    pub speaker: Option<Speaker>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuantityKind {
    Count,
    Percent,
    Money,
    Duration,
    Measure,
    /// A vague amount: "tens of thousands", "dozens".
    Approximate,
    Ordinal,
    Date,
    Year,
    Time,
}

impl QuantityKind {
    pub fn as_str(self) -> &'static str {
        match self {
            QuantityKind::Count => "count",
            QuantityKind::Percent => "percent",
            QuantityKind::Money => "money",
            QuantityKind::Duration => "duration",
            QuantityKind::Measure => "measure",
            QuantityKind::Approximate => "approximate",
            QuantityKind::Ordinal => "ordinal",
            QuantityKind::Date => "date",
            QuantityKind::Year => "year",
            QuantityKind::Time => "time",
        }
    }

    /// Dates, years, times and ordinals are shown quietly, not as figures.
    pub fn is_quiet(self) -> bool {
        matches!(
            self,
            QuantityKind::Ordinal | QuantityKind::Date | QuantityKind::Year | QuantityKind::Time
        )
    }
}

/// A number in the text with its value.
#[derive(Clone, Debug, PartialEq)]
pub struct Quantity {
    pub span: Span,
    /// The value in units (£8.7bn → 8.7e9); `None` for a vague amount.
    pub value: Option<f64>,
    /// "percent", "GBP", "km", "day", or the noun counted ("detainees").
    pub unit: Option<String>,
    pub kind: QuantityKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Stance {
    Support,
    Oppose,
    Reject,
    Demand,
    Propose,
    Threaten,
    Agree,
    Intend,
    Warn,
    Act,
}

impl Stance {
    pub fn as_str(self) -> &'static str {
        match self {
            Stance::Support => "support",
            Stance::Oppose => "oppose",
            Stance::Reject => "reject",
            Stance::Demand => "demand",
            Stance::Propose => "propose",
            Stance::Threaten => "threaten",
            Stance::Agree => "agree",
            Stance::Intend => "intend",
            Stance::Warn => "warn",
            Stance::Act => "act",
        }
    }
}

/// A clause that states where a party stands.
#[derive(Clone, Debug, PartialEq)]
pub struct Position {
    pub span: Span,
    pub party: PartyId,
    pub stance: Stance,
}

/// Everything the engine found in one text.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Analysis {
    pub paragraphs: Vec<Span>,
    /// Ranked: the party the story is most about comes first.
    pub parties: Vec<Party>,
    pub people: Vec<Person>,
    pub mentions: Vec<Mention>,
    pub quotes: Vec<Quote>,
    pub quantities: Vec<Quantity>,
    pub positions: Vec<Position>,
}

impl Analysis {
    /// The display name of whoever said a quote.
    pub fn speaker_name<'a>(&'a self, speaker: &'a Speaker) -> &'a str {
        match speaker {
            Speaker::Person(id) => &self.people[*id].name,
            Speaker::Party(id) => &self.parties[*id].name,
            Speaker::Described(text, _) => text,
        }
    }

    /// Checks what every analysis promises of its spans: each lies inside
    /// `text` on character boundaries, each layer is in reading order and
    /// never partly overlaps itself, and a quote's words lie inside it.
    /// For tests and fuzzing; says what is wrong.
    pub fn check(&self, text: &str) -> Result<(), String> {
        let layers: [(&str, Vec<Span>); 6] = [
            ("paragraphs", self.paragraphs.clone()),
            ("quotes", self.quotes.iter().map(|q| q.span).collect()),
            (
                "quote insides",
                self.quotes.iter().map(|q| q.inner).collect(),
            ),
            ("numbers", self.quantities.iter().map(|n| n.span).collect()),
            ("mentions", self.mentions.iter().map(|m| m.span).collect()),
            ("positions", self.positions.iter().map(|p| p.span).collect()),
        ];
        for (layer, spans) in &layers {
            for s in spans {
                if s.start > s.end || s.end > text.len() {
                    return Err(format!("{layer}: {s:?} outside the text"));
                }
                if !text.is_char_boundary(s.start) || !text.is_char_boundary(s.end) {
                    return Err(format!("{layer}: {s:?} splits a character"));
                }
            }
            for pair in spans.windows(2) {
                let (a, b) = (pair[0], pair[1]);
                if a.start > b.start {
                    return Err(format!("{layer}: {a:?} then {b:?} out of order"));
                }
                if b.start < a.end && b.end > a.end {
                    return Err(format!("{layer}: {a:?} and {b:?} partly overlap"));
                }
            }
        }
        match self.quotes.iter().find(|q| !q.span.contains(q.inner)) {
            Some(q) => Err(format!(
                "quote {:?}: its words {:?} outside it",
                q.span, q.inner
            )),
            None => Ok(()),
        }
    }

    /// The side a quote's speaker belongs to.
    pub fn speaker_party(&self, speaker: &Speaker) -> Option<PartyId> {
        match speaker {
            Speaker::Person(id) => self.people[*id].party,
            Speaker::Party(id) => Some(*id),
            Speaker::Described(_, party) => *party,
        }
    }
}

/// Analyse a news text. Runs in one pass per stage, linear in the text.
pub fn analyze(text: &str) -> Analysis {
    let mut analyzer = Analyzer::new(text);
    analyzer.quotes_and_parties();
    analyzer.speakers_and_numbers();
    analyzer.positions_and_all()
}

/// [`analyze`] a few stages at a time, for a caller with other work to do
/// in between (a page that lets the browser paint, so that a long text
/// does not hold it in one long task): call [`Analyzer::step`] until it
/// gives the analysis.
pub struct Analyzer<'t> {
    doc: Document<'t>,
    quotes: Vec<Quote>,
    cast: parties::Cast,
    quantities: Vec<Quantity>,
    steps: u8,
}

impl<'t> Analyzer<'t> {
    /// Reads `text` into a document, the first stage.
    pub fn new(text: &'t str) -> Analyzer<'t> {
        Analyzer {
            doc: Document::new(text),
            quotes: Vec::new(),
            cast: parties::Cast::default(),
            quantities: Vec::new(),
            steps: 0,
        }
    }

    /// Runs the next stages, each step about as much work as the document
    /// took; the third gives the analysis, and leaves the analyzer spent.
    pub fn step(&mut self) -> Option<Analysis> {
        self.steps += 1;
        match self.steps {
            1 => self.quotes_and_parties(),
            2 => self.speakers_and_numbers(),
            _ => return Some(self.positions_and_all()),
        }
        None
    }

    fn quotes_and_parties(&mut self) {
        self.quotes = quotes::find(&self.doc);
        self.cast = parties::find(&self.doc);
    }

    fn speakers_and_numbers(&mut self) {
        self.quotes = speakers::attribute(&self.doc, take(&mut self.quotes), &self.cast);
        self.quantities = numbers::find(&self.doc);
    }

    /// The last stage, and the analysis of all.
    fn positions_and_all(&mut self) -> Analysis {
        let doc = &self.doc;
        let positions = positions::find(doc, &self.cast, &self.quotes);
        let (cast, quotes) = (take(&mut self.cast), take(&mut self.quotes));
        cast.into_analysis(doc, quotes, take(&mut self.quantities), positions)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_analysis_in_steps_is_the_same_analysis() {
        let text = "Kyiv said “no”. Russia demanded 5 percent more, the Kremlin said.";
        let mut analyzer = Analyzer::new(text);
        let mut steps = 1;
        let analysis = loop {
            steps += 1;
            if let Some(analysis) = analyzer.step() {
                break analysis;
            }
        };
        assert_eq!(steps, 4, "the document and three steps");
        assert_eq!(analysis, analyze(text));
        assert!(!analysis.quotes.is_empty() && !analysis.quantities.is_empty());
        assert!(!analysis.positions.is_empty());
    }

    #[test]
    fn check_finds_each_broken_promise() {
        let text = "Kyiv said “no”.";
        let good = analyze(text);
        assert_eq!(good.check(text), Ok(()));
        let with = |f: &dyn Fn(&mut Analysis)| {
            let mut a = good.clone();
            f(&mut a);
            a.check(text)
        };
        assert!(with(&|a| a.paragraphs[0].end = 99).is_err(), "outside");
        assert!(
            with(&|a| a.quotes[0].inner.start = 12).is_err(),
            "inside a character"
        );
        assert!(
            with(&|a| a.paragraphs = vec![Span::new(5, 9), Span::new(0, 4)]).is_err(),
            "out of order"
        );
        assert!(
            with(&|a| a.paragraphs = vec![Span::new(0, 8), Span::new(4, 12)]).is_err(),
            "overlap"
        );
        assert!(
            with(&|a| a.quotes[0].inner = Span::new(0, 4)).is_err(),
            "words outside the quote"
        );
    }
}
