//! The reader's state and its transitions. Components render it and send
//! actions; only here does an article get analysed.

use std::rc::Rc;

use standpoint_engine::{analyze, Analysis, PartyId};

use crate::input::{self, Problem};
use crate::layout::{self, Layer, Layers, Mark};

pub const SEED_TITLE: &str =
    "Rubio: US will not support endless Russia-Ukraine talks without progress";
pub const SEED_TEXT: &str = include_str!("seed.txt");

/// The text a new article first renders highlighted: a few screens, so
/// the first screen comes with the analysis, and a news article all at once.
pub const FIRST_BATCH_BYTES: usize = 16 * 1024;
/// The text each later render adds, until the whole article is in: small
/// enough that one render stays a short task on the browser's main thread.
pub const BATCH_BYTES: usize = 24 * 1024;

#[derive(Clone, Debug, PartialEq)]
pub struct Reader {
    pub text: Rc<str>,
    pub title: Option<Rc<str>>,
    pub analysis: Rc<Analysis>,
    /// How long the analysis took, in milliseconds.
    pub analysis_ms: f64,
    pub hidden: Layers,
    /// A party the reader picked: everything else is dimmed.
    pub selected: Option<PartyId>,
    /// The highlight the reader jumped to from the panel.
    pub marked: Option<Mark>,
    /// How many paragraphs, from the first, are rendered so far. A long
    /// article is rendered a batch at a time (`Action::ShowMore`).
    pub shown: usize,
    /// Why the last article offered was not taken.
    pub problem: Option<Problem>,
    /// The reader closed the side panel with the page's switch (a widget's
    /// panel is its host's choice instead).
    pub panel_closed: bool,
}

/// An article with its analysis, ready to show (`Action::Show`): made
/// apart from the render that shows it, so that a long article is analysed
/// in tasks of its own.
#[derive(Clone, Debug, PartialEq)]
pub struct Analysed {
    text: Rc<str>,
    analysis: Rc<Analysis>,
    analysis_ms: f64,
}

impl Analysed {
    /// `text` with what the engine found in it, in `analysis_ms`.
    pub fn new(text: String, analysis: Analysis, analysis_ms: f64) -> Analysed {
        Analysed {
            text: Rc::from(text),
            analysis: Rc::new(analysis),
            analysis_ms,
        }
    }
}

/// Analyses `text` if it is an article; if not, says why.
pub fn analyse(text: String, clock: fn() -> f64) -> Result<Analysed, Problem> {
    input::check(&text)?;
    let started = clock();
    let analysis = analyze(&text);
    Ok(Analysed::new(text, analysis, clock() - started))
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// A new article; `title` is shown above it when known.
    Load {
        text: String,
        title: Option<String>,
    },
    /// A new article, already analysed.
    Show {
        article: Analysed,
        title: Option<String>,
    },
    /// An article that could not be read (a bad file).
    Refuse(Problem),
    ToggleLayer(Layer),
    /// The layers to hide, all at once (a page's or a link's choice).
    HideLayers(Layers),
    SelectParty(Option<PartyId>),
    TogglePanel,
    MarkHighlight(Option<Mark>),
    DismissProblem,
    /// The article's last batch is on screen: render the next one.
    ShowMore,
}

impl Reader {
    /// The reader on its default article.
    pub fn new(clock: fn() -> f64) -> Reader {
        Reader::open(
            SEED_TEXT.to_string(),
            Some(SEED_TITLE.to_string()),
            Layers::NONE,
            clock,
        )
    }

    /// The reader on `text`; if it cannot be read, on nothing, saying why.
    pub fn open(text: String, title: Option<String>, hidden: Layers, clock: fn() -> f64) -> Reader {
        let mut reader = Reader {
            text: Rc::from(""),
            title: None,
            analysis: Rc::new(Analysis::default()),
            analysis_ms: 0.0,
            hidden,
            selected: None,
            marked: None,
            shown: 0,
            problem: None,
            panel_closed: false,
        };
        reader.load(text, title, clock);
        reader
    }

    fn load(&mut self, text: String, title: Option<String>, clock: fn() -> f64) {
        match analyse(text, clock) {
            Ok(article) => self.show(article, title),
            // The article on screen stays.
            Err(problem) => self.problem = Some(problem),
        }
    }

    fn show(&mut self, article: Analysed, title: Option<String>) {
        self.analysis_ms = article.analysis_ms;
        self.analysis = article.analysis;
        self.text = article.text;
        self.title = title.map(Rc::from);
        self.selected = None;
        self.marked = None;
        self.problem = None;
        self.shown = self.batch_end(0, FIRST_BATCH_BYTES);
    }

    /// Where a batch that starts at paragraph `from` and holds about
    /// `bytes` of text ends: at least one paragraph, and whole paragraphs.
    fn batch_end(&self, from: usize, bytes: usize) -> usize {
        let paragraphs = &self.analysis.paragraphs;
        let mut taken = 0;
        let mut end = from;
        while end < paragraphs.len() && (end == from || taken < bytes) {
            taken += paragraphs[end].len();
            end += 1;
        }
        end
    }

    /// The paragraphs rendered so far, as the batches they came in: ranges
    /// of paragraphs, in order, that end at `shown`.
    pub fn batches(&self) -> Vec<(usize, usize)> {
        let mut batches = Vec::new();
        let mut start = 0;
        while start < self.shown {
            let bytes = if start == 0 {
                FIRST_BATCH_BYTES
            } else {
                BATCH_BYTES
            };
            let end = self.batch_end(start, bytes);
            batches.push((start, end));
            start = end;
        }
        batches
    }

    /// Whether every paragraph of the article is rendered.
    pub fn complete(&self) -> bool {
        self.shown >= self.analysis.paragraphs.len()
    }

    /// Whether a highlight is rendered yet (a jump to it waits until it is).
    pub fn renders(&self, mark: Mark) -> bool {
        let span = layout::span_of(&self.analysis, mark);
        layout::paragraph_at(&self.analysis, span.start) < self.shown
    }

    pub fn apply(&self, action: Action, clock: fn() -> f64) -> Reader {
        let mut next = self.clone();
        match action {
            Action::Load { text, title } => next.load(text, title, clock),
            Action::Show { article, title } => next.show(article, title),
            Action::Refuse(problem) => next.problem = Some(problem),
            Action::ToggleLayer(layer) => {
                next.hidden = next.hidden.toggled(layer);
            }
            Action::HideLayers(hidden) => next.hidden = hidden,
            Action::SelectParty(party) => {
                next.selected = if self.selected == party { None } else { party }
            }
            Action::MarkHighlight(mark) => {
                // A hidden layer is shown again when the reader asks for one of its highlights.
                if let Some(m) = mark {
                    next.hidden = next.hidden.without(m.layer);
                }
                next.marked = mark;
            }
            Action::DismissProblem => next.problem = None,
            Action::TogglePanel => next.panel_closed = !next.panel_closed,
            Action::ShowMore => next.shown = self.batch_end(self.shown, BATCH_BYTES),
        }
        next
    }

    pub fn shows(&self, layer: Layer) -> bool {
        !self.hidden.contains(layer)
    }

    /// How many highlights a layer has (numbers: only the figures that matter).
    pub fn count(&self, layer: Layer) -> usize {
        let a = &self.analysis;
        match layer {
            Layer::Quotes => a.quotes.len(),
            Layer::Numbers => a.quantities.iter().filter(|n| !n.kind.is_quiet()).count(),
            Layer::Mentions => a.mentions.len(),
            Layer::Positions => a.positions.len(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clock() -> f64 {
        0.0
    }

    #[test]
    fn opens_on_the_seed_article() {
        let r = Reader::new(clock);
        assert_eq!(&*r.text, SEED_TEXT);
        assert!(r.count(Layer::Quotes) >= 5);
    }

    #[test]
    fn bad_input_keeps_the_article() {
        let r = Reader::new(clock);
        let next = r.apply(
            Action::Load {
                text: "   ".into(),
                title: None,
            },
            clock,
        );
        assert_eq!(next.problem, Some(Problem::Empty));
        assert_eq!(next.text, r.text);
        let next = next.apply(
            Action::Load {
                text: "Kenya said no.".into(),
                title: None,
            },
            clock,
        );
        assert_eq!(&*next.text, "Kenya said no.");
        assert_eq!(next.problem, None);
    }

    #[test]
    fn opens_on_any_text_or_says_why_not() {
        let hidden = Layers::of(&[Layer::Numbers]);
        let r = Reader::open("Kenya said no.".into(), None, hidden, clock);
        assert_eq!(&*r.text, "Kenya said no.");
        assert_eq!(r.hidden, hidden);
        let r = Reader::open(String::new(), None, Layers::NONE, clock);
        assert_eq!(r.problem, Some(Problem::Empty));
        assert_eq!(&*r.text, "");
        let r = r.apply(Action::HideLayers(hidden), clock);
        assert_eq!(r.hidden, hidden);
    }

    #[test]
    fn layers_toggle_and_marking_shows_the_layer() {
        let r = Reader::new(clock);
        let r = r.apply(Action::ToggleLayer(Layer::Numbers), clock);
        assert!(!r.shows(Layer::Numbers));
        let r = r.apply(
            Action::MarkHighlight(Some(Mark {
                layer: Layer::Numbers,
                index: 0,
            })),
            clock,
        );
        assert!(r.shows(Layer::Numbers));
        let r = r
            .apply(Action::SelectParty(Some(1)), clock)
            .apply(Action::SelectParty(Some(1)), clock);
        assert_eq!(r.selected, None);
    }

    /// The seed article repeated to about `bytes`.
    fn long_text(bytes: usize) -> String {
        let mut text = String::new();
        while text.len() < bytes {
            text.push_str(SEED_TEXT);
            text.push('\n');
        }
        text
    }

    #[test]
    fn an_article_analysed_apart_shows_as_if_loaded() {
        let r = Reader::new(clock);
        let loaded = r.apply(
            Action::Load {
                text: "Kenya said no.".into(),
                title: Some("No".into()),
            },
            clock,
        );
        let article = analyse("Kenya said no.".into(), clock).unwrap();
        let shown = r.apply(
            Action::Show {
                article,
                title: Some("No".into()),
            },
            clock,
        );
        assert_eq!(shown, loaded);
        assert_eq!(analyse(" ".into(), clock), Err(Problem::Empty));
    }

    #[test]
    fn a_news_article_renders_whole_at_once() {
        let r = Reader::new(clock);
        assert!(r.complete());
        assert_eq!(r.batches(), [(0, r.analysis.paragraphs.len())]);
        assert_eq!(r.shown, r.analysis.paragraphs.len());
        assert_eq!(r.apply(Action::ShowMore, clock), r);
    }

    #[test]
    fn a_long_article_renders_batch_by_batch_until_every_paragraph_is_in() {
        let text = long_text(300_000);
        let mut r = Reader::open(text.clone(), None, Layers::NONE, clock);
        let total = r.analysis.paragraphs.len();
        assert!(!r.complete());
        let first: usize = r.analysis.paragraphs[..r.shown]
            .iter()
            .map(|p| p.len())
            .sum();
        assert!(
            (FIRST_BATCH_BYTES..FIRST_BATCH_BYTES + 2048).contains(&first),
            "{first}"
        );
        let last = Mark {
            layer: Layer::Quotes,
            index: r.analysis.quotes.len() - 1,
        };
        r = r.apply(Action::MarkHighlight(Some(last)), clock);
        assert!(!r.renders(last));
        let mut batches = 0;
        while !r.complete() {
            let next = r.apply(Action::ShowMore, clock);
            let mut before = r.batches();
            before.push((r.shown, next.shown));
            assert_eq!(
                next.batches(),
                before,
                "a batch leaves the earlier ones alone"
            );
            assert!(next.shown > r.shown, "every batch adds a paragraph");
            let added: usize = r.analysis.paragraphs[r.shown..next.shown]
                .iter()
                .map(|p| p.len())
                .sum();
            assert!(added < BATCH_BYTES + 2048, "{added}");
            r = next;
            batches += 1;
        }
        assert_eq!(r.shown, total);
        assert!(r.renders(last));
        assert!(batches >= text.len() / (BATCH_BYTES + 2048), "{batches}");
        // A new article starts again from its first batch.
        let again = r.apply(Action::Load { text, title: None }, clock);
        assert_eq!(again.marked, None);
        assert!(!again.complete());
    }

    #[test]
    fn the_panel_switch_closes_and_reopens_the_panel_and_a_new_article_keeps_it() {
        let r = Reader::new(clock);
        assert!(!r.panel_closed);
        let closed = r.apply(Action::TogglePanel, clock);
        assert!(closed.panel_closed);
        let loaded = closed.apply(
            Action::Load {
                text: "Kenya said no.".into(),
                title: None,
            },
            clock,
        );
        assert!(loaded.panel_closed);
        assert!(!loaded.apply(Action::TogglePanel, clock).panel_closed);
    }
}
