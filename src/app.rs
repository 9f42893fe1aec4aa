//! The reader page: the lens with a header to bring an article, share it
//! and export what was found. It owns the page's state.

use std::cell::Cell;
use std::rc::Rc;

use gloo_events::EventListener;
use standpoint_engine::Analyzer;
use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::browser::{self, now_ms};
use crate::components::{header, HeaderProps, Lens, PasteDialog};
use crate::input::{self, FileKind, Problem};
use crate::layout::Layer;
use crate::options::Theme;
use crate::share::{self, Shared};
use crate::state::{self, Action, Reader};
use wasm_bindgen::JsCast;

/// The element of the reader page the reader renders into. A page that
/// embeds widgets has none, so loading the bundle there starts nothing.
pub const PAGE_ROOT: &str = "standpoint-page";

/// How long a status message stays, in milliseconds.
const STATUS_MS: i32 = 8000;

/// The state as Yew holds it.
#[derive(PartialEq)]
pub(crate) struct ReaderState(pub Reader);

impl Reducible for ReaderState {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(ReaderState(self.0.apply(action, now_ms)))
    }
}

/// Mounts the reader page if this is it.
pub fn mount() {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(PAGE_ROOT));
    if let Some(root) = root {
        root.set_text_content(None);
        yew::Renderer::<App>::with_root(root).render();
    }
}

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer_eq(|| ReaderState(Reader::new(now_ms)));
    let reader = Rc::new(state.0.clone());
    let pasting = use_state(|| false);
    let draft = use_mut_ref(String::new);
    let paste_problem = use_state(|| None::<String>);
    let dragging = use_state(|| false);
    // What the last share or export did, said politely.
    let status = use_state(String::new);
    let dispatch = state.dispatcher();

    // A shared link opens its article, now and whenever the fragment changes.
    use_effect_with((), {
        let dispatch = dispatch.clone();
        move |_| {
            open_shared_link(dispatch.clone());
            let listener = web_sys::window().map(|w| {
                EventListener::new(&w, "hashchange", move |_| {
                    open_shared_link(dispatch.clone())
                })
            });
            move || drop(listener)
        }
    });

    // A new article the reader brought: say what was found, for those who
    // cannot see it, and start the keyboard at its title. What the status
    // says is for a moment: it then makes room again.
    {
        let status = status.clone();
        let article = Rc::as_ptr(&reader.text) as *const u8 as usize;
        let last_article = use_mut_ref(|| article);
        let counts = [Layer::Quotes, Layer::Numbers, Layer::Positions].map(|l| reader.count(l));
        use_effect_with((article, (*status).clone()), move |(article, message)| {
            if std::mem::replace(&mut *last_article.borrow_mut(), *article) != *article {
                announce(&status, counts);
            }
            let clear = (!message.is_empty()).then(|| {
                let status = status.clone();
                browser::Timeout::new(STATUS_MS, move || status.set(String::new()))
            });
            move || drop(clear)
        });
    }

    // The same callback from render to render (the dispatcher never changes).
    let on_action = use_memo((), {
        let dispatch = dispatch.clone();
        move |_| Callback::from(move |action| dispatch.dispatch(action))
    });
    let on_panel = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| dispatch.dispatch(Action::TogglePanel))
    };
    let on_paste_open = {
        let pasting = pasting.clone();
        let paste_problem = paste_problem.clone();
        Callback::from(move |_| {
            paste_problem.set(None);
            pasting.set(true);
        })
    };
    let on_paste_close = {
        let pasting = pasting.clone();
        Callback::from(move |_| pasting.set(false))
    };
    let on_paste_submit = {
        let dispatch = dispatch.clone();
        let pasting = pasting.clone();
        let paste_problem = paste_problem.clone();
        Callback::from(move |text: String| match input::check(&text) {
            Ok(()) => {
                pasting.set(false);
                load_apart(dispatch.clone(), text, None);
            }
            // Says why inside the box, which stays open with the text.
            Err(problem) => paste_problem.set(Some(problem.message())),
        })
    };
    let on_file = {
        let dispatch = dispatch.clone();
        Callback::from(move |file: web_sys::File| read_file(file, dispatch.clone()))
    };
    let on_copy_link = {
        let reader = reader.clone();
        let status = status.clone();
        Callback::from(move |_| {
            let reader = reader.clone();
            let status = status.clone();
            wasm_bindgen_futures::spawn_local(async move {
                status.set(copy_link(&reader).await);
            });
        })
    };
    let on_copy_summary = {
        let reader = reader.clone();
        let status = status.clone();
        Callback::from(move |_| {
            let summary =
                crate::summary::markdown(&reader.analysis, &reader.text, reader.title.as_deref());
            let status = status.clone();
            wasm_bindgen_futures::spawn_local(async move {
                status.set(match browser::copy(&summary).await {
                    Ok(()) => "Summary copied as Markdown.".into(),
                    Err(_) => "The clipboard could not be reached, so nothing was copied.".into(),
                });
            });
        })
    };
    let on_export = {
        let reader = reader.clone();
        let status = status.clone();
        Callback::from(move |_| {
            let json = crate::json::report_json(&reader.text, &reader.analysis);
            status.set(
                match browser::download("standpoint-analysis.json", "application/json", &json) {
                    Ok(()) => "The analysis was saved as standpoint-analysis.json.".into(),
                    Err(_) => "The analysis could not be saved.".into(),
                },
            );
        })
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
        let pasting = pasting.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            // The dropped article is shown, not hidden behind the box.
            pasting.set(false);
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
    let top = header(HeaderProps {
        on_paste: on_paste_open,
        on_file: on_file.clone(),
        on_copy_link,
        on_copy_summary,
        on_export,
        panel: !reader.panel_closed,
        on_panel,
        status: (*status).clone(),
    });
    let heading = html! {
        <>
            <h1 class="sp-title" tabindex="-1">{ reader.title.as_deref().unwrap_or("Your article").to_string() }</h1>
            <p class="sp-meta">
                { format!("Analysed in your browser · {} characters · {} ms",
                    crate::describe::format_value(chars as f64), crate::describe::fixed(reader.analysis_ms, 1)) }
            </p>
        </>
    };
    html! {
        <div class={classes!("sp-page", dragging.then_some("is-dragging"))} {ondragover} {ondragleave} {ondrop}>
            <Lens reader={reader.clone()} on_action={(*on_action).clone()} panel={!reader.panel_closed} theme={Theme::Auto} page=true {top} {heading}>
                if *pasting {
                    <PasteDialog on_submit={on_paste_submit} on_close={on_paste_close} on_file={on_file}
                        draft={draft.clone()} problem={(*paste_problem).clone()} />
                }
                <div class="sp-drop-hint" aria-hidden="true">{ "Drop a .txt or .html file to analyse it" }</div>
            </Lens>
        </div>
    }
}

/// Says what the new article holds, and puts the focus on its title.
fn announce(status: &UseStateHandle<String>, [quotes, numbers, positions]: [usize; 3]) {
    let count = |n: usize, what: &str| format!("{n} {what}{}", if n == 1 { "" } else { "s" });
    status.set(format!(
        "Analysed: {}, {}, {}.",
        count(quotes, "quote"),
        count(numbers, "figure"),
        count(positions, "position")
    ));
    let title = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(".sp-title").ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(title) = title {
        let _ = title.focus();
    }
}

/// Texts longer than this are analysed over several tasks, the browser
/// free between the engine's stages; a pause costs the rest a few ms.
const PAUSED_BYTES: usize = 100_000;

thread_local! {
    /// How many articles were offered to `load_apart`: one still being
    /// analysed when another is offered is not shown.
    static OFFERED: Cell<u32> = const { Cell::new(0) };
}

/// Loads an article in tasks after this one: the analysis (several for a
/// long text), then the render that shows it. None then holds the page as
/// long as all would.
fn load_apart(dispatch: UseReducerDispatcher<ReaderState>, text: String, title: Option<String>) {
    let offer = OFFERED.with(|n| {
        n.set(n.get() + 1);
        n.get()
    });
    wasm_bindgen_futures::spawn_local(async move {
        let _ = browser::next_task().await;
        let action = match input::check(&text) {
            Err(problem) => Action::Refuse(problem),
            Ok(()) => {
                let long = text.len() > PAUSED_BYTES;
                // The time the engine took, not counting the pauses.
                let mut started = now_ms();
                let mut analyzer = Analyzer::new(&text);
                let mut busy = 0.0;
                let analysis = loop {
                    let done = analyzer.step();
                    busy += now_ms() - started;
                    if let Some(analysis) = done {
                        break analysis;
                    }
                    if long {
                        let _ = browser::next_task().await;
                    }
                    started = now_ms();
                };
                let article = state::Analysed::new(text, analysis, busy);
                Action::Show { article, title }
            }
        };
        let _ = browser::next_task().await;
        if OFFERED.with(Cell::get) != offer {
            return;
        }
        if matches!(action, Action::Show { .. }) {
            forget_link();
        }
        dispatch.dispatch(action);
    });
}

/// Takes a shared link out of the address bar, once another article is
/// shown: reloading or copying the address must not bring back the old one.
fn forget_link() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    if location.hash().is_ok_and(|h| h.len() > 1) {
        if let Ok(history) = window.history() {
            let _ =
                history.replace_state_with_url(&JsValue::NULL, "", Some(&page_address(&location)));
        }
    }
}

/// The reader page's address, without a fragment (the page takes no query).
fn page_address(location: &web_sys::Location) -> String {
    location.origin().unwrap_or_default() + &location.pathname().unwrap_or_default()
}

/// Opens the article a shared link carries, if the page's fragment is one.
fn open_shared_link(dispatch: UseReducerDispatcher<ReaderState>) {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    if hash.len() <= 1 {
        return;
    }
    let Some(shared) = Shared::parse(&hash) else {
        if Shared::is_meant_as_link(&hash) {
            dispatch.dispatch(Action::Refuse(Problem::BadLink));
        }
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        let text = browser::inflate(&shared.packed)
            .await
            .ok()
            .and_then(|bytes| String::from_utf8(bytes).ok());
        match text {
            Some(text) => {
                dispatch.dispatch(Action::Load {
                    text,
                    title: shared.title,
                });
                dispatch.dispatch(Action::HideLayers(shared.hidden));
            }
            None => dispatch.dispatch(Action::Refuse(Problem::BadLink)),
        }
    });
}

/// Puts a link to this article, with the layers shown, in the address bar
/// and on the clipboard; says what happened.
async fn copy_link(reader: &Reader) -> String {
    let Ok(packed) = browser::deflate(reader.text.as_bytes()).await else {
        return "This browser cannot compress the article, so no link was made.".into();
    };
    let fragment = Shared {
        title: reader.title.as_deref().map(str::to_string),
        hidden: reader.hidden,
        packed,
    }
    .fragment();
    if fragment.len() > share::MAX_FRAGMENT {
        return "This article is too long to carry in a link.".into();
    }
    let Some(window) = web_sys::window() else {
        return String::new();
    };
    let url = page_address(&window.location()) + &fragment;
    // replaceState, not the hash itself: no hashchange, no second analysis.
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
    match browser::copy(&url).await {
        Ok(()) => "Link copied: it opens this article and these layers.".into(),
        Err(_) => "The clipboard could not be reached; the link is in the address bar.".into(),
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
        let problem = match gloo_file::futures::read_as_bytes(&blob).await {
            Err(_) => Problem::NotUtf8,
            Ok(bytes) => match input::decode(bytes) {
                Err(problem) => problem,
                Ok(text) => {
                    let text = if kind == FileKind::Html {
                        browser::html_to_text(&text)
                    } else {
                        text
                    };
                    return load_apart(dispatch, text, None);
                }
            },
        };
        dispatch.dispatch(Action::Refuse(problem));
    });
}
