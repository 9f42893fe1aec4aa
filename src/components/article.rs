use std::rc::Rc;

use standpoint_engine::{Analysis, PartyId, Span};
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use super::Tip;
use crate::browser::{self, Timeout};
use crate::describe;
use crate::layout::{self, Layer, Layers, Mark, Node};
use crate::palette;

#[derive(Properties)]
pub struct ArticleProps {
    pub text: Rc<str>,
    pub analysis: Rc<Analysis>,
    pub hidden: Layers,
    pub selected: Option<PartyId>,
    pub marked: Option<Mark>,
    /// The paragraphs to render, as the batches they came in
    /// (`Reader::batches`): each is one block, which later batches leave alone.
    pub batches: Vec<(usize, usize)>,
    pub on_tip: Callback<Option<Tip>>,
    /// Asks for the next batch of paragraphs, once this one is on the page.
    pub on_more: Callback<()>,
}

impl PartialEq for ArticleProps {
    fn eq(&self, other: &Self) -> bool {
        // The same analysis, not merely an equal one: comparing a long
        // article's spans on every batch would cost more than the batch.
        Rc::ptr_eq(&self.analysis, &other.analysis)
            && self.text == other.text
            && self.hidden == other.hidden
            && self.selected == other.selected
            && self.marked == other.marked
            && self.batches == other.batches
            && self.on_tip == other.on_tip
            && self.on_more == other.on_more
    }
}

/// An article with more paragraphs than this lets the browser skip laying
/// out those far off screen (`is-long` in the stylesheet).
const LONG: usize = 150;

/// The article with its highlights. Its text content is exactly the text
/// given once every paragraph is rendered: paragraphs are elements, and the
/// line breaks between them are kept as hidden text. A long article comes
/// a batch at a time, each batch asked for after the last one rendered, so
/// no render holds the page for long.
#[function_component(Article)]
pub fn article(props: &ArticleProps) -> Html {
    let analysis = Same(props.analysis.clone());
    let marks = use_memo(analysis.clone(), |a| {
        Rc::new(layout::marks_by_paragraph(&a.0))
    });
    let short = use_memo((analysis.clone(), props.text.clone()), |(a, text)| {
        Rc::new(describe::short_names(&a.0, text))
    });
    let a = &*props.analysis;
    let total = a.paragraphs.len();
    let shown = props.batches.last().map_or(0, |b| b.1);
    let complete = shown == total;

    {
        let on_more = props.on_more.clone();
        use_effect_with((analysis, shown), move |_| {
            // In a task of its own, so the browser paints this batch first.
            let next = (!complete).then(|| Timeout::new(0, move || on_more.emit(())));
            if complete {
                browser::mark("standpoint:highlighted");
            }
            move || drop(next)
        });
    }

    // A hidden layer's highlights leave the keyboard's path and say nothing
    // to a screen reader, and come back when shown. Set on the elements, so
    // toggling a layer renders nothing again, however long the article.
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with((props.hidden, shown), move |&(hidden, _)| {
            if let Some(article) = node.cast::<Element>() {
                // A new batch renders every highlight as shown: with nothing
                // hidden now or before (`data-quieted`), there is nothing to
                // change, and a long article is not searched again for every
                // batch it comes in.
                const QUIETED: &str = "data-quieted";
                if hidden.is_empty() && !article.has_attribute(QUIETED) {
                    return;
                }
                let _ = if hidden.is_empty() {
                    article.remove_attribute(QUIETED)
                } else {
                    article.set_attribute(QUIETED, "")
                };
                let Ok(list) = article.query_selector_all("[id^=hl-]") else {
                    return;
                };
                for k in 0..list.length() {
                    let Some(el) = list.item(k).and_then(|n| n.dyn_into::<Element>().ok()) else {
                        continue;
                    };
                    let mark = Mark::from_id(&el.id());
                    quiet(&el, mark.is_some_and(|m| hidden.contains(m.layer)));
                }
            }
        });
    }

    let tip_from = |target: Option<web_sys::EventTarget>| -> Option<Tip> {
        let el = target?
            .dyn_into::<Element>()
            .ok()?
            .closest("[data-hl]")
            .ok()??;
        let mark = Mark::from_id(&el.get_attribute("data-hl")?)?;
        if el.has_attribute("data-quiet") {
            return None;
        }
        let rect = el.get_bounding_client_rect();
        let column = el.closest(".sp-main").ok()??.get_bounding_client_rect();
        Some(Tip {
            mark,
            left: rect.left() - column.left(),
            top: rect.bottom() - column.top() + 6.0,
            above: rect.top() - column.top() - 6.0,
        })
    };
    let on_over = {
        let on_tip = props.on_tip.clone();
        Callback::from(move |e: MouseEvent| on_tip.emit(tip_from(e.target())))
    };
    let on_focus = {
        let on_tip = props.on_tip.clone();
        Callback::from(move |e: FocusEvent| on_tip.emit(tip_from(e.target())))
    };
    let on_leave = props.on_tip.reform(|_: MouseEvent| None);
    let on_blur = props.on_tip.reform(|_: FocusEvent| None);

    let mut class = classes!("sp-article");
    for layer in props.hidden.iter() {
        class.push(format!("hide-{}", layer.kind()));
    }
    if props.selected.is_some() {
        class.push("is-filtered");
    }
    if total > LONG {
        class.push("is-long");
    }
    let text = &props.text;
    let mut children = Vec::with_capacity(props.batches.len() + 1);
    for &(start, end) in &props.batches {
        let (selected, marked) = touching(a, &marks[start..end], props.selected, props.marked);
        children.push(html! {
            <Block key={start} {start} {end} text={text.clone()} analysis={props.analysis.clone()}
                marks={(*marks).clone()} short={(*short).clone()} {selected} {marked} />
        });
    }
    let last = a.paragraphs.last().map_or(0, |p| p.end);
    if complete && last < text.len() {
        children.push(html! { <span class="sp-gap" key="end">{ &text[last..] }</span> });
    }
    html! {
        <article ref={node} {class} aria-busy={(!complete).then_some("true")}
            onmouseover={on_over} onmouseleave={on_leave} onfocusin={on_focus} onfocusout={on_blur}>
            { for children }
        </article>
    }
}

/// Takes a highlight off the keyboard's path and out of what a screen
/// reader says (`hide`), or puts it back as it was rendered.
fn quiet(el: &Element, hide: bool) {
    const KEPT: [(&str, &str); 4] = [
        ("tabindex", "data-kept-tabindex"),
        ("role", "data-kept-role"),
        ("aria-label", "data-kept-aria-label"),
        ("aria-describedby", "data-kept-aria-describedby"),
    ];
    if hide == el.has_attribute("data-quiet") {
        return;
    }
    let _ = if hide {
        el.set_attribute("data-quiet", "")
    } else {
        el.remove_attribute("data-quiet")
    };
    for (name, kept) in KEPT {
        let (from, to) = if hide { (name, kept) } else { (kept, name) };
        if let Some(value) = el.get_attribute(from) {
            let _ = el.set_attribute(to, &value);
            let _ = el.remove_attribute(from);
        }
    }
}

/// An `Rc` compared by identity.
#[derive(Clone)]
struct Same<T>(Rc<T>);

impl<T> PartialEq for Same<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The selection and the mark, each only if it touches these paragraphs'
/// highlights: a change renders again only the paragraphs it changes.
fn touching(
    a: &Analysis,
    marks: &[Vec<(Mark, Span)>],
    selected: Option<PartyId>,
    marked: Option<Mark>,
) -> (Option<PartyId>, Option<Mark>) {
    let all = || marks.iter().flatten();
    (
        selected.filter(|&s| all().any(|&(m, _)| describe::party_of(a, m) == Some(s))),
        marked.filter(|m| all().any(|(x, _)| x == m)),
    )
}

#[derive(Properties)]
struct BlockProps {
    /// The paragraphs `start..end`.
    start: usize,
    end: usize,
    text: Rc<str>,
    analysis: Rc<Analysis>,
    marks: Rc<Vec<Vec<(Mark, Span)>>>,
    short: Rc<Vec<String>>,
    selected: Option<PartyId>,
    marked: Option<Mark>,
}

impl PartialEq for BlockProps {
    fn eq(&self, other: &Self) -> bool {
        self.start == other.start
            && self.end == other.end
            && Rc::ptr_eq(&self.analysis, &other.analysis)
            && Rc::ptr_eq(&self.marks, &other.marks)
            && Rc::ptr_eq(&self.short, &other.short)
            && Rc::ptr_eq(&self.text, &other.text)
            && self.selected == other.selected
            && self.marked == other.marked
    }
}

/// One batch of paragraphs with their highlights, each after the hidden
/// line break before it. Rendered again only when the selection or the
/// mark changes inside it.
#[function_component(Block)]
fn block(props: &BlockProps) -> Html {
    let a = &*props.analysis;
    let text = &*props.text;
    let ctx = Context {
        text,
        analysis: a,
        short: &props.short,
        selected: props.selected,
        marked: props.marked,
    };
    let mut last = props
        .start
        .checked_sub(1)
        .map_or(0, |before| a.paragraphs[before].end);
    let mut children = Vec::with_capacity(2 * (props.end - props.start));
    for index in props.start..props.end {
        let span = a.paragraphs[index];
        if last < span.start {
            children.push(html! { <span class="sp-gap">{ &text[last..span.start] }</span> });
        }
        let pieces: Vec<Html> = layout::paragraph(span, &props.marks[index])
            .iter()
            .map(|n| render(n, &ctx))
            .collect();
        children.push(html! { <p class="sp-p">{ pieces }</p> });
        last = span.end;
    }
    html! { <>{ for children }</> }
}

struct Context<'a> {
    text: &'a str,
    analysis: &'a Analysis,
    /// Short party names for the quote labels.
    short: &'a [String],
    selected: Option<PartyId>,
    marked: Option<Mark>,
}

fn render(node: &Node, ctx: &Context) -> Html {
    match node {
        Node::Text(span) => html! { { span.of(ctx.text) } },
        Node::Mark {
            mark,
            span,
            first,
            children,
        } => render_mark(*mark, *span, *first, children, ctx),
    }
}

fn render_mark(mark: Mark, _span: Span, first: bool, children: &[Node], ctx: &Context) -> Html {
    let a = ctx.analysis;
    let party = describe::party_of(a, mark);
    let mut class = classes!("hl", format!("hl-{}", mark.layer.kind()));
    if let Some(p) = party {
        class.push(palette::party_class(p));
    }
    if party.is_some() && party == ctx.selected {
        class.push("is-selected");
    }
    if ctx.marked == Some(mark) {
        class.push("is-marked");
    }
    let quiet_number = mark.layer == Layer::Numbers && a.quantities[mark.index].kind.is_quiet();
    if quiet_number {
        class.push("is-quiet");
    }
    if mark.layer == Layer::Quotes && a.quotes[mark.index].partial {
        class.push("is-partial");
    }
    let label = (first && mark.layer == Layer::Quotes)
        .then(|| describe::quote_label(a, ctx.short, mark.index));
    let party_name = party.map(|p| a.parties[p].name.clone());
    let id = first.then(|| mark.id());
    // Said once, where the highlight starts; the label drawn before a quote
    // is decoration (the stylesheet gives it no alternative text).
    let spoken = first.then(|| describe::spoken(a, ctx.text, mark));
    let role = first.then_some("group");
    // Quiet numbers (dates, years, ordinals) are shown but not a stop for the keyboard.
    let tabindex = (first && !quiet_number).then_some("0");
    html! {
        <span {class} id={id} data-hl={mark.id()} data-kind={mark.layer.kind()} data-party={party_name}
            data-label={label} tabindex={tabindex} {role} aria-label={spoken}
            aria-describedby={tabindex.and(Some("sp-tooltip"))}>
            { for children.iter().map(|n| render(n, ctx)) }
        </span>
    }
}
