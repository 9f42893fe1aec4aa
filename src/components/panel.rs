use std::rc::Rc;

use standpoint_engine::{Analysis, PartyId, Speaker};
use yew::prelude::*;

use crate::describe;
use crate::layout::{Layer, Mark};
use crate::palette;

#[derive(Properties, PartialEq)]
pub struct PanelProps {
    pub text: Rc<str>,
    pub analysis: Rc<Analysis>,
    pub selected: Option<PartyId>,
    pub on_select: Callback<Option<PartyId>>,
    pub on_jump: Callback<Mark>,
    /// A complementary landmark on the reader page; in a widget, a part of
    /// the widget's own landmark, found by its headings.
    pub landmark: bool,
}

/// The lines a list shows at first. A news article's lists fit whole; a
/// book-length text's run to thousands of lines, which would hold the page
/// for a second to render and lay out at once, so the rest come on asking,
/// `MORE` more lines a list at a time.
const LISTED: usize = 20;
const MORE: usize = 100;

/// "Where each side stands": a card per party with its positions and its
/// quotes by speaker, then the story's figures. Every line jumps to its
/// highlight.
#[function_component(SidePanel)]
pub fn side_panel(props: &PanelProps) -> Html {
    let a = &*props.analysis;
    let text = &*props.text;
    let jump = |mark: Mark| props.on_jump.reform(move |_: MouseEvent| mark);
    // How many lines each list shows, for this analysis (a new article
    // starts with short lists again). Asking for more lengthens them all.
    let article = Rc::as_ptr(&props.analysis) as usize;
    let limit = use_state_eq(|| (article, LISTED));
    let lines = if limit.0 == article { limit.1 } else { LISTED };
    let shown = |items: &'_ [usize]| 0..items.len().min(lines);
    let more = |len: usize| -> Html {
        if lines >= len {
            return Html::default();
        }
        let label = format!(
            "Show {} more ({} not shown)",
            MORE.min(len - lines),
            describe::format_value((len - lines) as f64)
        );
        let limit = limit.clone();
        let onclick = Callback::from(move |_: MouseEvent| limit.set((article, lines + MORE)));
        line("sp-item sp-more", onclick, html! { label })
    };
    let cards = a.parties.iter().enumerate().filter(|(id, _)| has_content(a, *id)).map(|(id, party)| {
        let positions: Vec<usize> = (0..a.positions.len()).filter(|&i| a.positions[i].party == id).collect();
        let quotes: Vec<usize> = (0..a.quotes.len()).filter(|&i| quote_party(a, i) == Some(id)).collect();
        // Quotes grouped by speaker, speakers in order of first quote.
        let mut speakers: Vec<(String, Vec<usize>)> = Vec::new();
        for &q in &quotes {
            let name = a.quotes[q].speaker.as_ref().map(|s| a.speaker_name(s)).unwrap_or_default();
            match speakers.iter_mut().find(|(n, _)| *n == name) {
                Some((_, list)) => list.push(q),
                None => speakers.push((name.to_string(), vec![q])),
            }
        }
        let people: Vec<String> = people_of(a, id);
        let figures = describe::figures_of(a, id);
        // Named, even when it neither speaks nor takes a position.
        let named = a.mentions.iter().filter(|m| m.party == id).count();
        let summary = format!(
            "{}named {named} time{} · {} quote{} · {} position{}",
            if people.is_empty() { String::new() } else { format!("{} · ", people.join(", ")) },
            if named == 1 { "" } else { "s" },
            quotes.len(),
            if quotes.len() == 1 { "" } else { "s" },
            positions.len(),
            if positions.len() == 1 { "" } else { "s" },
        );
        let selected = props.selected == Some(id);
        let on_select = props.on_select.reform(move |_: MouseEvent| Some(id));
        html! {
            <section class={classes!("sp-card", palette::party_class(id), selected.then_some("is-selected"))} key={party.name.clone()}>
                <h3 class="sp-card-title">
                    <button type="button" class="sp-party-button" aria-pressed={super::pressed(selected)} onclick={on_select}
                        title="Show only this side in the text">
                        <span class="sp-dot" aria-hidden="true"></span>{ party.name.clone() }
                    </button>
                </h3>
                <p class="sp-card-summary">{ summary }</p>
                if !positions.is_empty() {
                    <ul class="sp-items">
                        { for positions[shown(&positions)].iter().map(|&i| {
                            let p = &a.positions[i];
                            line("sp-item", jump(Mark { layer: Layer::Positions, index: i }), html! { <>
                                <span class={classes!("sp-stance", format!("sp-stance-{}", p.stance.as_str()))}>{ p.stance.as_str() }</span>
                                <span class="sp-item-text">{ describe::clip(p.span.of(text), 90) }</span>
                            </> })
                        }) }
                        { more(positions.len()) }
                    </ul>
                }
                { for speakers.iter().map(|(name, qs)| html! {
                    <div class="sp-speaker">
                        <h4 class="sp-speaker-name">{ name.clone() }</h4>
                        <ul class="sp-items">
                            { for qs[shown(qs)].iter().map(|&q| line("sp-item sp-item-quote", jump(Mark { layer: Layer::Quotes, index: q }), html! {
                                <span class="sp-item-text">{ format!("“{}”", describe::clip(a.quotes[q].inner.of(text), 110)) }</span>
                            })) }
                            { more(qs.len()) }
                        </ul>
                    </div>
                }) }
                if !figures.is_empty() {
                    <ul class="sp-items sp-card-figures" aria-label="Figures">
                        { for figures[shown(&figures)].iter().map(|&i| line("sp-item sp-figure", jump(Mark { layer: Layer::Numbers, index: i }), html! {
                            <span class="sp-figure-value">{ describe::figure(&a.quantities[i]) }</span>
                        })) }
                        { more(figures.len()) }
                    </ul>
                }
            </section>
        }
    });
    let figures: Vec<usize> = (0..a.quantities.len())
        .filter(|&i| !a.quantities[i].kind.is_quiet())
        .collect();
    let contents = html! {
        <>
            <h2 class="sp-panel-title">{ "Where each side stands" }</h2>
            if a.parties.is_empty() {
                <p class="sp-empty">{ "No parties found in this text." }</p>
            }
            { for cards }
            <h2 class="sp-panel-title">{ "Figures" }</h2>
            if figures.is_empty() {
                <p class="sp-empty">{ "No figures in this text." }</p>
            } else {
                <ul class="sp-card sp-figures">
                    { for figures[shown(&figures)].iter().map(|&i| {
                        let q = &a.quantities[i];
                        line("sp-item sp-figure", jump(Mark { layer: Layer::Numbers, index: i }), html! { <>
                            <span class="sp-figure-value">{ describe::figure(q) }</span>
                            <span class="sp-item-text">{ describe::excerpt(text, q.span) }</span>
                        </> })
                    }) }
                    { more(figures.len()) }
                </ul>
            }
        </>
    };
    if props.landmark {
        html! { <aside class="sp-panel" aria-label="Where each side stands">{ contents }</aside> }
    } else {
        html! { <div class="sp-panel">{ contents }</div> }
    }
}

/// One line of a list: a button that jumps to its highlight, or shows more.
fn line(class: &'static str, onclick: Callback<MouseEvent>, contents: Html) -> Html {
    html! { <li><button type="button" {class} {onclick}>{ contents }</button></li> }
}

fn quote_party(a: &Analysis, q: usize) -> Option<PartyId> {
    a.quotes[q]
        .speaker
        .as_ref()
        .and_then(|s| a.speaker_party(s))
}

fn has_content(a: &Analysis, id: PartyId) -> bool {
    a.positions.iter().any(|p| p.party == id)
        || (0..a.quotes.len()).any(|q| quote_party(a, q) == Some(id))
        || a.parties[id].weight > 1
}

/// The people the story has speak or act for a party: "Rubio, Graham".
fn people_of(a: &Analysis, id: PartyId) -> Vec<String> {
    let mut out = Vec::new();
    for p in a.people.iter().filter(|p| p.party == Some(id)) {
        let short = p.name.split_whitespace().last().unwrap_or("").to_string();
        if !out.contains(&short)
            && a.quotes.iter().any(
                |q| matches!(&q.speaker, Some(Speaker::Person(x)) if a.people[*x].name == p.name),
            )
        {
            out.push(short);
        }
    }
    out
}
