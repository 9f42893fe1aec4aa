use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// What the box holds, kept by the page while the box is closed: nothing
/// typed is lost to Escape, Cancel or a file that is refused.
pub type Draft = std::rc::Rc<std::cell::RefCell<String>>;

#[derive(Properties, PartialEq)]
pub struct PasteProps {
    pub on_submit: Callback<String>,
    pub on_close: Callback<()>,
    pub on_file: Callback<web_sys::File>,
    pub draft: Draft,
    /// Why the text last submitted was not taken, said inside the box.
    pub problem: Option<String>,
}

/// A box to paste or type an article into.
#[function_component(PasteDialog)]
pub fn paste_dialog(props: &PasteProps) -> Html {
    let area = use_node_ref();
    let dialog = use_node_ref();
    // The box takes the focus, and gives it back to what had it on closing.
    use_effect_with(area.clone(), {
        let draft = props.draft.clone();
        move |area| {
            let before = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.active_element())
                .and_then(|e| e.dyn_into::<HtmlElement>().ok());
            if let Some(el) = area.cast::<HtmlTextAreaElement>() {
                el.set_value(&draft.borrow());
                let _ = el.focus();
            }
            move || {
                if let Some(el) = before {
                    let _ = el.focus();
                }
            }
        }
    });
    let oninput = {
        let draft = props.draft.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(el) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlTextAreaElement>().ok())
            {
                *draft.borrow_mut() = el.value();
            }
        })
    };
    let onsubmit = {
        let area = area.clone();
        let on_submit = props.on_submit.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(el) = area.cast::<HtmlTextAreaElement>() {
                on_submit.emit(el.value());
            }
        })
    };
    let on_cancel = props.on_close.reform(|_: MouseEvent| ());
    let onkeydown = {
        let on_close = props.on_close.clone();
        let dialog = dialog.clone();
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "Escape" => on_close.emit(()),
            // A modal dialog: Tab goes round its own controls, not the page behind.
            "Tab" => {
                if let Some(target) = wrap_target(&dialog, e.shift_key()) {
                    e.prevent_default();
                    let _ = target.focus();
                }
            }
            _ => {}
        })
    };
    let on_file = props.on_file.clone();
    let on_close = props.on_close.clone();
    let onchange = Callback::from(move |e: Event| {
        let input = e
            .target()
            .and_then(|t| t.dyn_into::<HtmlInputElement>().ok());
        if let Some(file) = input.and_then(|i| i.files()).and_then(|f| f.get(0)) {
            on_file.emit(file);
            on_close.emit(());
        }
    });
    html! {
        <div class="sp-overlay" {onkeydown}>
            <div class="sp-dialog" ref={dialog} role="dialog" aria-modal="true" aria-labelledby="sp-paste-title">
            <form {onsubmit}>
                <h2 id="sp-paste-title">{ "Analyse your own article" }</h2>
                <label for="sp-paste-text" class="sp-dialog-help">
                    { "Paste or type the article's text, one paragraph a line. It is analysed in your browser and never leaves it." }
                </label>
                <textarea id="sp-paste-text" ref={area} rows="14" spellcheck="false" {oninput}
                    aria-describedby={props.problem.is_some().then_some("sp-paste-problem")} />
                if let Some(problem) = &props.problem {
                    <p id="sp-paste-problem" class="sp-dialog-problem" role="alert">{ problem.clone() }</p>
                }
                <div class="sp-dialog-actions">
                    <label class="sp-button">
                        { "Choose a .txt or .html file" }
                        <input type="file" class="sp-visually-hidden" accept=".txt,.text,.md,.html,.htm,text/plain,text/html" {onchange} />
                    </label>
                    <span class="sp-spacer"></span>
                    <button type="button" class="sp-button" onclick={on_cancel}>{ "Cancel" }</button>
                    <button type="submit" class="sp-button sp-primary">{ "Analyse" }</button>
                </div>
            </form>
            </div>
        </div>
    }
}

/// Where Tab should go instead of leaving the dialog: the first control
/// after the last, the last before the first; `None` inside.
fn wrap_target(dialog: &NodeRef, backwards: bool) -> Option<HtmlElement> {
    let dialog = dialog.cast::<web_sys::Element>()?;
    let list = dialog.query_selector_all("textarea, input, button").ok()?;
    let first = list.item(0)?.dyn_into::<HtmlElement>().ok()?;
    let last = list
        .item(list.length() - 1)?
        .dyn_into::<HtmlElement>()
        .ok()?;
    let active = web_sys::window()?.document()?.active_element()?;
    match backwards {
        true if active.is_same_node(Some(first.as_ref())) => Some(last),
        false if active.is_same_node(Some(last.as_ref())) => Some(first),
        _ => None,
    }
}
