//! The reader page: owns the state, wires the components together.

use std::rc::Rc;

use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, KeyboardEvent};
use yew::prelude::*;

use crate::components::{Article, Header, Legend, Notice, PasteDialog, SidePanel, Tip, Tooltip};
use crate::input::{self, FileKind, Problem};
use crate::layout::Mark;
use crate::state::{Action, Reader};

/// Milliseconds from the page's clock, for timing the analysis.
fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// The state as Yew holds it.
#[derive(PartialEq)]
struct ReaderState(Reader);

impl Reducible for ReaderState {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(ReaderState(self.0.apply(action, now_ms)))
    }
}

/// Mounts the reader on the page's `#standpoint` element (or the body).
pub fn mount() {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("a page to render into");
    match document.get_element_by_id("standpoint") {
        Some(root) => {
            yew::Renderer::<App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<App>::new().render();
        }
    }
}

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer_eq(|| ReaderState(Reader::new(now_ms)));
    let reader = &state.0;
    let tip = use_state(|| None::<Tip>);
    let pasting = use_state(|| false);
    let dragging = use_state(|| false);

    // After a jump from the panel, bring the highlight into view and focus it.
    use_effect_with(reader.marked, |marked| {
        if let Some(mark) = marked {
            if let Some(el) = element_by_id(&mark.id()) {
                let options = web_sys::ScrollIntoViewOptions::new();
                options.set_behavior(web_sys::ScrollBehavior::Smooth);
                options.set_block(web_sys::ScrollLogicalPosition::Center);
                el.scroll_into_view_with_scroll_into_view_options(&options);
                let _ = el.focus();
            }
        }
    });

    // j / k move between highlights; Escape closes the tooltip.
    {
        let tip = tip.clone();
        use_effect_with((), move |_| {
            let window = web_sys::window().expect("a window");
            let listener = EventListener::new(&window, "keydown", move |event| {
                let Some(event) = event.dyn_ref::<KeyboardEvent>() else {
                    return;
                };
                if event.ctrl_key() || event.meta_key() || event.alt_key() || typing_in_a_field() {
                    return;
                }
                match event.key().as_str() {
                    "j" => step_focus(1),
                    "k" => step_focus(-1),
                    "Escape" => tip.set(None),
                    _ => {}
                }
            });
            move || drop(listener)
        });
    }

    let dispatch = state.dispatcher();
    let on_toggle = {
        let dispatch = dispatch.clone();
        Callback::from(move |layer| dispatch.dispatch(Action::ToggleLayer(layer)))
    };
    let on_select = {
        let dispatch = dispatch.clone();
        Callback::from(move |party| dispatch.dispatch(Action::SelectParty(party)))
    };
    let on_jump = {
        let dispatch = dispatch.clone();
        Callback::from(move |mark: Mark| dispatch.dispatch(Action::MarkHighlight(Some(mark))))
    };
    let on_tip = {
        let tip = tip.clone();
        Callback::from(move |t: Option<Tip>| tip.set(t))
    };
    let on_paste_open = {
        let pasting = pasting.clone();
        Callback::from(move |_| pasting.set(true))
    };
    let on_paste_close = {
        let pasting = pasting.clone();
        Callback::from(move |_| pasting.set(false))
    };
    let on_paste_submit = {
        let dispatch = dispatch.clone();
        let pasting = pasting.clone();
        Callback::from(move |text: String| {
            let ok = input::check(&text).is_ok();
            dispatch.dispatch(Action::Load { text, title: None });
            if ok {
                pasting.set(false);
            }
        })
    };
    let on_file = {
        let dispatch = dispatch.clone();
        Callback::from(move |file: web_sys::File| read_file(file, dispatch.clone()))
    };
    let on_dismiss = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| dispatch.dispatch(Action::DismissProblem))
    };
    let ondragover = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(true);
        })
    };
    let ondragleave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let ondrop = {
        let dragging = dragging.clone();
        let on_file = on_file.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            let file = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0));
            if let Some(file) = file {
                on_file.emit(file);
            }
        })
    };

    let chars = reader.text.chars().count();
    let root_class = classes!("sp-reader", dragging.then_some("is-dragging"));
    html! {
        <div class={root_class} {ondragover} {ondragleave} {ondrop}>
            <Header on_paste={on_paste_open} on_file={on_file.clone()} />
            <Legend reader={Rc::new(reader.clone())} on_toggle={on_toggle} />
            if let Some(problem) = &reader.problem {
                <Notice message={problem.message()} on_dismiss={on_dismiss} />
            }
            <div class="sp-body">
                <main class="sp-main" aria-label="Article">
                    <h1 class="sp-title">{ reader.title.as_deref().unwrap_or("Your article").to_string() }</h1>
                    <p class="sp-meta">
                        { format!("Analysed in your browser · {} characters · {} ms", group(chars), crate::describe::fixed(reader.analysis_ms, 1)) }
                    </p>
                    <Article
                        text={reader.text.clone()}
                        analysis={reader.analysis.clone()}
                        hidden={reader.hidden.clone()}
                        selected={reader.selected}
                        marked={reader.marked}
                        on_tip={on_tip}
                    />
                </main>
                <SidePanel
                    text={reader.text.clone()}
                    analysis={reader.analysis.clone()}
                    selected={reader.selected}
                    on_select={on_select}
                    on_jump={on_jump}
                />
            </div>
            <Tooltip tip={*tip} text={reader.text.clone()} analysis={reader.analysis.clone()} />
            if *pasting {
                <PasteDialog on_submit={on_paste_submit} on_close={on_paste_close} on_file={on_file} />
            }
            <div class="sp-drop-hint" aria-hidden="true">{ "Drop a .txt or .html file to analyse it" }</div>
        </div>
    }
}

fn group(n: usize) -> String {
    crate::describe::format_value(n as f64)
}

fn element_by_id(id: &str) -> Option<HtmlElement> {
    web_sys::window()?
        .document()?
        .get_element_by_id(id)?
        .dyn_into()
        .ok()
}

fn typing_in_a_field() -> bool {
    let active = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element());
    active.is_some_and(|el| matches!(el.tag_name().as_str(), "TEXTAREA" | "INPUT"))
}

/// Moves focus to the next (or previous) highlight in reading order.
fn step_focus(direction: i32) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(list) = document.query_selector_all(".sp-article [id^=hl-]") else {
        return;
    };
    let count = list.length() as i32;
    if count == 0 {
        return;
    }
    let active = document.active_element();
    let mut current = -1;
    for i in 0..count {
        if let (Some(node), Some(active)) = (list.item(i as u32), active.as_ref()) {
            if node.is_same_node(Some(active.as_ref())) {
                current = i;
            }
        }
    }
    let next = if current < 0 {
        if direction > 0 {
            0
        } else {
            count - 1
        }
    } else {
        (current + direction).rem_euclid(count)
    };
    if let Some(el) = list
        .item(next as u32)
        .and_then(|n| n.dyn_into::<HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Reads a dropped or chosen file: text as it is, HTML through the
/// browser's parser reduced to its readable text.
fn read_file(file: web_sys::File, dispatch: UseReducerDispatcher<ReaderState>) {
    let name = file.name();
    let Some(kind) = input::file_kind(&name, &file.type_()) else {
        dispatch.dispatch(Action::Refuse(Problem::UnsupportedFile(name)));
        return;
    };
    if file.size() > input::MAX_BYTES as f64 {
        dispatch.dispatch(Action::Refuse(Problem::TooLong(file.size() as usize)));
        return;
    }
    let blob = gloo_file::Blob::from(file);
    wasm_bindgen_futures::spawn_local(async move {
        let action = match gloo_file::futures::read_as_bytes(&blob).await {
            Err(_) => Action::Refuse(Problem::NotUtf8),
            Ok(bytes) => match input::decode(bytes) {
                Err(problem) => Action::Refuse(problem),
                Ok(text) => {
                    let text = if kind == FileKind::Html {
                        html_to_text(&text)
                    } else {
                        text
                    };
                    Action::Load { text, title: None }
                }
            },
        };
        dispatch.dispatch(action);
    });
}

/// The readable text of an HTML page, one paragraph a line. The page is
/// parsed into an inert document: nothing in it runs or loads.
pub fn html_to_text(html: &str) -> String {
    let Ok(parser) = web_sys::DomParser::new() else {
        return String::new();
    };
    let Ok(doc) = parser.parse_from_string(html, web_sys::SupportedType::TextHtml) else {
        return String::new();
    };
    if let Ok(junk) = doc.query_selector_all(
        "script, style, noscript, template, iframe, svg, head, nav, footer, form",
    ) {
        for i in 0..junk.length() {
            if let Some(node) = junk.item(i) {
                if let Some(parent) = node.parent_node() {
                    let _ = parent.remove_child(&node);
                }
            }
        }
    }
    if let Ok(blocks) = doc.query_selector_all(
        "p, div, br, li, h1, h2, h3, h4, h5, h6, blockquote, tr, section, article, pre",
    ) {
        for i in 0..blocks.length() {
            if let Some(node) = blocks.item(i) {
                let _ = node.append_child(&doc.create_text_node("\n"));
            }
        }
    }
    let raw = doc
        .body()
        .and_then(|b| b.text_content())
        .unwrap_or_default();
    input::tidy_paragraphs(&raw)
}
