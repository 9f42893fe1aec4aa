//! How the analysis becomes nested highlights.
//!
//! Every quote, position, mention and number is a mark over a byte range.
//! Marks of different layers may overlap partly (a position that runs out
//! of a quote), but elements must nest: a mark is cut at the boundaries of
//! the marks of outer layers, so every piece lies wholly inside or wholly
//! outside each of them. Quotes are outermost, then positions, mentions,
//! and numbers innermost.

use standpoint_engine::{Analysis, Span};

/// The four layers of highlights, outermost first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Layer {
    Quotes,
    Positions,
    Mentions,
    Numbers,
}

impl Layer {
    pub const ALL: [Layer; 4] = [
        Layer::Quotes,
        Layer::Numbers,
        Layer::Mentions,
        Layer::Positions,
    ];

    /// The `data-kind` of its elements.
    pub fn kind(self) -> &'static str {
        match self {
            Layer::Quotes => "quote",
            Layer::Numbers => "number",
            Layer::Mentions => "mention",
            Layer::Positions => "position",
        }
    }

    /// Its name where a page or a link lists layers: "quotes numbers".
    pub fn name(self) -> &'static str {
        match self {
            Layer::Quotes => "quotes",
            Layer::Numbers => "numbers",
            Layer::Mentions => "mentions",
            Layer::Positions => "positions",
        }
    }

    /// The layer a name lists; the legend's word for mentions, "parties", works too.
    pub fn from_name(name: &str) -> Option<Layer> {
        match name.trim().to_ascii_lowercase().as_str() {
            "quotes" | "quote" => Some(Layer::Quotes),
            "numbers" | "number" => Some(Layer::Numbers),
            "mentions" | "mention" | "parties" | "party" => Some(Layer::Mentions),
            "positions" | "position" => Some(Layer::Positions),
            _ => None,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Layer::Quotes => "Quotes",
            Layer::Numbers => "Numbers",
            Layer::Mentions => "Parties",
            Layer::Positions => "Positions",
        }
    }

    fn prefix(self) -> char {
        match self {
            Layer::Quotes => 'q',
            Layer::Numbers => 'n',
            Layer::Mentions => 'm',
            Layer::Positions => 'p',
        }
    }
}

/// A set of layers, one bit each: `Copy`, and no tree code in the bundle.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Layers(u8);

impl Layers {
    pub const NONE: Layers = Layers(0);

    pub fn of(layers: &[Layer]) -> Layers {
        layers.iter().copied().collect()
    }

    fn bit(layer: Layer) -> u8 {
        1 << layer as u8
    }

    pub fn contains(self, layer: Layer) -> bool {
        self.0 & Layers::bit(layer) != 0
    }

    pub fn with(self, layer: Layer) -> Layers {
        Layers(self.0 | Layers::bit(layer))
    }

    pub fn without(self, layer: Layer) -> Layers {
        Layers(self.0 & !Layers::bit(layer))
    }

    pub fn toggled(self, layer: Layer) -> Layers {
        Layers(self.0 ^ Layers::bit(layer))
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The layers in the set, in the legend's order.
    pub fn iter(self) -> impl Iterator<Item = Layer> {
        Layer::ALL.into_iter().filter(move |&l| self.contains(l))
    }
}

impl FromIterator<Layer> for Layers {
    fn from_iter<I: IntoIterator<Item = Layer>>(layers: I) -> Layers {
        layers.into_iter().fold(Layers::NONE, Layers::with)
    }
}

/// One highlight: a layer and the index of its item in the analysis.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Mark {
    pub layer: Layer,
    pub index: usize,
}

impl Mark {
    /// The element id of the mark's first piece: "q0", "n3".
    pub fn id(self) -> String {
        format!("hl-{}{}", self.layer.prefix(), self.index)
    }

    /// The mark an element id names.
    pub fn from_id(id: &str) -> Option<Mark> {
        let rest = id.strip_prefix("hl-")?;
        let mut chars = rest.chars();
        let layer = match chars.next()? {
            'q' => Layer::Quotes,
            'n' => Layer::Numbers,
            'm' => Layer::Mentions,
            'p' => Layer::Positions,
            _ => return None,
        };
        Some(Mark {
            layer,
            index: chars.as_str().parse().ok()?,
        })
    }
}

/// A piece of the article: plain text, or a highlight holding more pieces.
#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    Text(Span),
    Mark {
        mark: Mark,
        span: Span,
        /// The first piece of its mark carries the id and the label.
        first: bool,
        children: Vec<Node>,
    },
}

/// Every mark of the analysis with its span (quiet numbers included).
pub fn marks(a: &Analysis) -> Vec<(Mark, Span)> {
    let mut out = Vec::new();
    let mut add = |layer, spans: &mut dyn Iterator<Item = Span>| {
        for (index, span) in spans.enumerate() {
            if !span.is_empty() {
                out.push((Mark { layer, index }, span));
            }
        }
    };
    add(Layer::Quotes, &mut a.quotes.iter().map(|q| q.span));
    add(Layer::Positions, &mut a.positions.iter().map(|p| p.span));
    add(Layer::Mentions, &mut a.mentions.iter().map(|m| m.span));
    add(Layer::Numbers, &mut a.quantities.iter().map(|n| n.span));
    out
}

/// The span a mark covers in the text.
pub fn span_of(a: &Analysis, mark: Mark) -> Span {
    match mark.layer {
        Layer::Quotes => a.quotes[mark.index].span,
        Layer::Positions => a.positions[mark.index].span,
        Layer::Mentions => a.mentions[mark.index].span,
        Layer::Numbers => a.quantities[mark.index].span,
    }
}

/// The index of the paragraph a byte offset falls in, or of the first
/// paragraph after it (`paragraphs.len()` after the last).
pub fn paragraph_at(a: &Analysis, offset: usize) -> usize {
    a.paragraphs.partition_point(|p| p.end <= offset)
}

/// Every mark of the analysis (quiet numbers included), given to each
/// paragraph it overlaps, in the order of `marks`. Each mark is placed by
/// binary search over the paragraphs (which are in reading order and
/// disjoint), so a long article costs marks × log(paragraphs), not
/// marks × paragraphs.
pub fn marks_by_paragraph(a: &Analysis) -> Vec<Vec<(Mark, Span)>> {
    let mut out = vec![Vec::new(); a.paragraphs.len()];
    for (mark, span) in marks(a) {
        let first = paragraph_at(a, span.start);
        for (i, p) in a.paragraphs.iter().enumerate().skip(first) {
            if p.start >= span.end {
                break;
            }
            if p.overlaps(span) {
                out[i].push((mark, span));
            }
        }
    }
    out
}

/// The nested pieces of one paragraph.
pub fn paragraph(paragraph: Span, marks: &[(Mark, Span)]) -> Vec<Node> {
    // Marks inside the paragraph, clipped to it.
    let inside: Vec<(Mark, Span)> = marks
        .iter()
        .filter(|(_, s)| s.overlaps(paragraph))
        .map(|&(m, s)| {
            (
                m,
                Span::new(s.start.max(paragraph.start), s.end.min(paragraph.end)),
            )
        })
        .collect();
    // Cut each mark at the boundaries of outer layers' marks.
    let mut pieces: Vec<(Mark, Span, bool)> = Vec::new();
    for &(mark, span) in &inside {
        let mut cuts: Vec<usize> = inside
            .iter()
            .filter(|(m, s)| m.layer < mark.layer && s.overlaps(span))
            .flat_map(|(_, s)| [s.start, s.end])
            .filter(|&p| span.start < p && p < span.end)
            .collect();
        standpoint_engine::order::by_key(&mut cuts, |&p| (p, 0, 0));
        cuts.dedup();
        let mut start = span.start;
        for p in cuts.into_iter().chain([span.end]) {
            pieces.push((mark, Span::new(start, p), start == span.start));
            start = p;
        }
    }
    standpoint_engine::order::by_key(&mut pieces, |(mark, span, _)| {
        (span.start, usize::MAX - span.end, mark.layer as usize)
    });
    let mut next = 0;
    build(&pieces, &mut next, paragraph)
}

fn build(pieces: &[(Mark, Span, bool)], next: &mut usize, within: Span) -> Vec<Node> {
    let mut out = Vec::new();
    let mut pos = within.start;
    while *next < pieces.len() && pieces[*next].1.start < within.end {
        let (mark, span, first) = pieces[*next];
        *next += 1;
        // Same-layer marks that cross are clipped to their container.
        let span = Span::new(span.start.max(pos), span.end.min(within.end));
        if span.is_empty() {
            continue;
        }
        if pos < span.start {
            out.push(Node::Text(Span::new(pos, span.start)));
        }
        let children = build(pieces, next, span);
        out.push(Node::Mark {
            mark,
            span,
            first,
            children,
        });
        pos = span.end;
    }
    if pos < within.end {
        out.push(Node::Text(Span::new(pos, within.end)));
    }
    out
}

/// The text the pieces cover, in order: what a reader sees.
pub fn text_of(nodes: &[Node], text: &str) -> String {
    let mut out = String::new();
    for node in nodes {
        match node {
            Node::Text(span) => out.push_str(span.of(text)),
            Node::Mark { children, .. } => out.push_str(&text_of(children, text)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(nodes: &[Node], text: &str) -> String {
        let mut out = String::new();
        for node in nodes {
            match node {
                Node::Text(s) => out.push_str(s.of(text)),
                Node::Mark { mark, children, .. } => {
                    out.push_str(&format!("[{}:", mark.layer.kind()));
                    out.push_str(&shape(children, text));
                    out.push(']');
                }
            }
        }
        out
    }

    #[test]
    fn layers_nest_and_crossing_marks_are_cut() {
        let text = "He said it rejects 30 days now";
        let q = |l, i| Mark { layer: l, index: i };
        let marks = vec![
            (q(Layer::Quotes, 0), Span::new(8, 22)), // "it rejects 30 "
            (q(Layer::Positions, 0), Span::new(11, 30)), // crosses the quote's end
            (q(Layer::Numbers, 0), Span::new(19, 26)), // "30 days"
        ];
        let nodes = paragraph(Span::new(0, text.len()), &marks);
        assert_eq!(text_of(&nodes, text), text);
        assert_eq!(
            shape(&nodes, text),
            "He said [quote:it [position:rejects [number:30 ]]][position:[number:days] now]"
        );
    }

    #[test]
    fn marks_are_clipped_to_their_paragraph() {
        let text = "one two\nthree";
        let marks = vec![(
            Mark {
                layer: Layer::Quotes,
                index: 0,
            },
            Span::new(4, 13),
        )];
        let nodes = paragraph(Span::new(0, 7), &marks);
        assert_eq!(shape(&nodes, text), "one [quote:two]");
    }

    #[test]
    fn ids_round_trip() {
        let m = Mark {
            layer: Layer::Positions,
            index: 12,
        };
        assert_eq!(Mark::from_id(&m.id()), Some(m));
        assert_eq!(Mark::from_id("hl-x1"), None);
    }

    #[test]
    fn marks_reach_every_paragraph_they_overlap_and_no_other() {
        // The seed three times over; then a quote that runs across paragraphs.
        let seed = include_str!("seed.txt");
        let text = format!("{seed}\n{seed}\n\n{seed}");
        let a = standpoint_engine::analyze(&text);
        let all = marks(&a);
        let by_paragraph = marks_by_paragraph(&a);
        assert_eq!(by_paragraph.len(), a.paragraphs.len());
        for (p, found) in a.paragraphs.iter().zip(&by_paragraph) {
            let expected: Vec<(Mark, Span)> = all
                .iter()
                .copied()
                .filter(|(_, s)| s.overlaps(*p))
                .collect();
            assert_eq!(found, &expected);
        }
        let long = Analysis {
            paragraphs: vec![
                Span::new(0, 3),
                Span::new(4, 5),
                Span::new(6, 9),
                Span::new(10, 12),
            ],
            quotes: vec![standpoint_engine::Quote {
                span: Span::new(1, 7),
                ..a.quotes[0].clone()
            }],
            ..Analysis::default()
        };
        let found = marks_by_paragraph(&long);
        assert_eq!(found.iter().map(Vec::len).collect::<Vec<_>>(), [1, 1, 1, 0]);
        assert_eq!(paragraph_at(&long, 3), 1);
        assert_eq!(paragraph_at(&long, 7), 2);
        assert_eq!(paragraph_at(&long, 12), 4);
    }

    #[test]
    fn the_seed_article_renders_to_its_own_text() {
        let text = include_str!("seed.txt");
        let a = standpoint_engine::analyze(text);
        let marks = marks(&a);
        let mut rendered = String::new();
        let mut last = 0;
        for p in &a.paragraphs {
            rendered.push_str(&text[last..p.start]);
            rendered.push_str(&text_of(&paragraph(*p, &marks), text));
            last = p.end;
        }
        rendered.push_str(&text[last..]);
        assert_eq!(rendered, text);
    }
}
