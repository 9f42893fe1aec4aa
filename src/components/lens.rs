use std::rc::Rc;

use gloo_events::EventListener;
use standpoint_engine::PartyId;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent};
use yew::prelude::*;

use super::{legend, notice, tooltip, use_tooltip_place, Article, SidePanel, Tip};
use crate::describe;
use crate::layout::{Layer, Mark};
use crate::options::Theme;
use crate::state::{Action, Reader};

#[derive(Properties, PartialEq)]
pub struct LensProps {
    pub reader: Rc<Reader>,
    pub on_action: Callback<Action>,
    pub panel: bool,
    pub theme: Theme,
    /// The lens is the whole page (the reader page), not a widget among a
    /// host's content: j / k work anywhere on it, and its legend, article
    /// and panel are the page's landmarks. A widget is one landmark of its
    /// own, named after its article, so that many on a page stay distinct.
    #[prop_or_default]
    pub page: bool,
    /// Above the legend (the page's header).
    #[prop_or_default]
    pub top: Html,
    /// Above the article (the page's title).
    #[prop_or_default]
    pub heading: Html,
    /// After everything (dialogs, hints).
    #[prop_or_default]
    pub children: Html,
}

/// The article with its legend, side panel and tooltips: everything the
/// reader page and an embedded widget have in common.
#[function_component(Lens)]
pub fn lens(props: &LensProps) -> Html {
    let root = use_node_ref();
    let tip = use_state(|| None::<Tip>);
    let tip_node = use_node_ref();
    use_tooltip_place(*tip, tip_node.clone());
    let reader = &props.reader;

    // After a jump from the panel, bring the highlight into view and focus
    // it: at once, or once a long article has rendered as far as it.
    {
        let root = root.clone();
        let rendered = reader.marked.is_some_and(|m| reader.renders(m));
        use_effect_with((reader.marked, rendered), move |(marked, _)| {
            if let Some(el) = marked.and_then(|m| find(&root, &format!("#{}", m.id()))) {
                let options = web_sys::ScrollIntoViewOptions::new();
                options.set_behavior(web_sys::ScrollBehavior::Smooth);
                options.set_block(web_sys::ScrollLogicalPosition::Center);
                el.scroll_into_view_with_scroll_into_view_options(&options);
                let _ = el.focus();
            }
        });
    }

    // j / k move between highlights; Escape closes the tooltip.
    {
        let tip = tip.clone();
        let root = root.clone();
        use_effect_with(props.page, move |on_window| {
            let target: Option<web_sys::EventTarget> = if *on_window {
                web_sys::window().map(Into::into)
            } else {
                root.cast::<Element>().map(Into::into)
            };
            let listener = target.map(|target| {
                EventListener::new(&target, "keydown", move |event| {
                    let Some(event) = event.dyn_ref::<KeyboardEvent>() else {
                        return;
                    };
                    if event.ctrl_key() || event.meta_key() || event.alt_key() || typing(event) {
                        return;
                    }
                    match event.key().as_str() {
                        "j" => step_focus(&root, 1),
                        "k" => step_focus(&root, -1),
                        "Escape" => tip.set(None),
                        _ => {}
                    }
                })
            });
            move || drop(listener)
        });
    }

    // The same callbacks from render to render, so that the parts they go
    // to are not rendered again while a long article comes in.
    let calls = use_memo(
        (props.on_action.clone(), tip.setter()),
        |(on_action, tip)| {
            let tip = tip.clone();
            Calls {
                toggle: on_action.reform(Action::ToggleLayer),
                select: on_action.reform(Action::SelectParty),
                jump: on_action.reform(|mark| Action::MarkHighlight(Some(mark))),
                dismiss: on_action.reform(|_| Action::DismissProblem),
                more: on_action.reform(|_| Action::ShowMore),
                tip: Callback::from(move |t| tip.set(t)),
            }
        },
    );

    let class = classes!(
        "sp-reader",
        props.theme.class(),
        (!props.panel).then_some("sp-no-panel")
    );
    let article = html! {
        <>
            { props.heading.clone() }
            <Article
                text={reader.text.clone()}
                analysis={reader.analysis.clone()}
                hidden={reader.hidden}
                selected={reader.selected}
                marked={reader.marked}
                batches={reader.batches()}
                on_tip={calls.tip.clone()}
                on_more={calls.more.clone()}
            />
            // Inside the article's landmark, placed from the column's corner:
            // a screen reader finds it where the highlight is.
            { tooltip(*tip, &reader.text, &reader.analysis, &tip_node) }
        </>
    };
    let (role, name) = if props.page {
        (None, None)
    } else {
        (Some("region"), Some(describe::widget_name(&reader.text)))
    };
    html! {
        <div {class} ref={root} {role} aria-label={name}>
            <div class="sp-frame">
            { props.top.clone() }
            { legend(reader, &calls.toggle, props.page) }
            if let Some(problem) = &reader.problem {
                { notice(problem.message(), !reader.text.is_empty(), &calls.dismiss) }
            }
            <div class="sp-body">
                if props.page {
                    <main class="sp-main" aria-label="Article">{ article }</main>
                } else {
                    <div class="sp-main">{ article }</div>
                }
                if props.panel {
                    <SidePanel
                        landmark={props.page}
                        text={reader.text.clone()}
                        analysis={reader.analysis.clone()}
                        selected={reader.selected}
                        on_select={calls.select.clone()}
                        on_jump={calls.jump.clone()}
                    />
                }
            </div>
            </div>
            { props.children.clone() }
        </div>
    }
}

/// What the lens's parts report, made once per `on_action`.
struct Calls {
    toggle: Callback<Layer>,
    select: Callback<Option<PartyId>>,
    jump: Callback<Mark>,
    dismiss: Callback<()>,
    more: Callback<()>,
    tip: Callback<Option<Tip>>,
}

/// The first element under the lens matching `selector`. Searched from the
/// lens's own root, so it works inside a shadow root and with many widgets.
fn find(root: &NodeRef, selector: &str) -> Option<HtmlElement> {
    root.cast::<Element>()?
        .query_selector(selector)
        .ok()??
        .dyn_into()
        .ok()
}

/// Whether a key press is typing in a field rather than a command.
fn typing(event: &KeyboardEvent) -> bool {
    let path = event.composed_path();
    let target = path.get(0).dyn_into::<Element>().ok();
    target.is_some_and(|el| {
        matches!(el.tag_name().as_str(), "TEXTAREA" | "INPUT" | "SELECT")
            || el.has_attribute("contenteditable")
    })
}

/// Moves focus to the next (or previous) highlight in reading order.
fn step_focus(root: &NodeRef, direction: i32) {
    let Some(root) = root.cast::<Element>() else {
        return;
    };
    let Ok(list) = root.query_selector_all(".sp-article [id^=hl-][tabindex]") else {
        return;
    };
    let count = list.length() as i32;
    if count == 0 {
        return;
    }
    // The focused element, seen from inside a shadow root if there is one.
    let active = root
        .get_root_node()
        .dyn_into::<web_sys::ShadowRoot>()
        .ok()
        .and_then(|shadow| shadow.active_element())
        .or_else(|| web_sys::window()?.document()?.active_element());
    let current = (0..count).find(|&i| {
        let node = list.item(i as u32);
        node.is_some()
            && active.as_ref().is_some_and(|a| {
                node.as_ref()
                    .is_some_and(|n| n.is_same_node(Some(a.as_ref())))
            })
    });
    let next = match current {
        None if direction > 0 => 0,
        None => count - 1,
        Some(i) => (i + direction).rem_euclid(count),
    };
    if let Some(el) = list
        .item(next as u32)
        .and_then(|n| n.dyn_into::<HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}
