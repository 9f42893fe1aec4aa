use std::rc::Rc;

use standpoint_engine::{Analysis, PartyId, Span};
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use super::Tip;
use crate::describe;
use crate::layout::{self, Layer, Layers, Mark, Node};
use crate::palette;

#[derive(Properties, PartialEq)]
pub struct ArticleProps {
    pub text: Rc<str>,
    pub analysis: Rc<Analysis>,
    pub hidden: Layers,
    pub selected: Option<PartyId>,
    pub marked: Option<Mark>,
    pub on_tip: Callback<Option<Tip>>,
}

/// The article with its highlights. Its text content is exactly the text
/// given: paragraphs are elements, and the line breaks between them are
/// kept as hidden text.
#[function_component(Article)]
pub fn article(props: &ArticleProps) -> Html {
    let pieces = use_memo(props.analysis.clone(), |a| {
        let marks = layout::marks(a);
        a.paragraphs
            .iter()
            .map(|p| (*p, layout::paragraph(*p, &marks)))
            .collect::<Vec<_>>()
    });
    let short = use_memo((props.analysis.clone(), props.text.clone()), |(a, text)| {
        describe::short_names(a, text)
    });
    let ctx = Context {
        text: &props.text,
        analysis: &props.analysis,
        short: &short,
        selected: props.selected,
        marked: props.marked,
    };

    let tip_from = |target: Option<web_sys::EventTarget>| -> Option<Tip> {
        let el = target?
            .dyn_into::<Element>()
            .ok()?
            .closest("[data-hl]")
            .ok()??;
        let mark = Mark::from_id(&el.get_attribute("data-hl")?)?;
        let rect = el.get_bounding_client_rect();
        let column = el.closest(".sp-main").ok()??.get_bounding_client_rect();
        Some(Tip {
            mark,
            left: rect.left() - column.left(),
            top: rect.bottom() - column.top() + 6.0,
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
    let text = &*props.text;
    let mut children = Vec::with_capacity(pieces.len() * 2 + 1);
    let mut last = 0;
    for (i, (span, nodes)) in pieces.iter().enumerate() {
        if last < span.start {
            children.push(html! { <span class="sp-gap" key={format!("g{i}")}>{ &text[last..span.start] }</span> });
        }
        children.push(html! { <p class="sp-p" key={format!("p{i}")}>{ for nodes.iter().map(|n| render(n, &ctx)) }</p> });
        last = span.end;
    }
    if last < text.len() {
        children.push(html! { <span class="sp-gap" key="end">{ &text[last..] }</span> });
    }
    html! {
        <article {class} onmouseover={on_over} onmouseleave={on_leave} onfocusin={on_focus} onfocusout={on_blur}>
            { for children }
        </article>
    }
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
            data-label={label} tabindex={tabindex} {role} aria-label={spoken}>
            { for children.iter().map(|n| render(n, ctx)) }
        </span>
    }
}
