use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PasteProps {
    pub on_submit: Callback<String>,
    pub on_close: Callback<()>,
    pub on_file: Callback<web_sys::File>,
}

/// A box to paste or type an article into.
#[function_component(PasteDialog)]
pub fn paste_dialog(props: &PasteProps) -> Html {
    let area = use_node_ref();
    use_effect_with(area.clone(), |area| {
        if let Some(el) = area.cast::<HtmlTextAreaElement>() {
            let _ = el.focus();
        }
    });
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
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                on_close.emit(());
            }
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
            <form class="sp-dialog" role="dialog" aria-modal="true" aria-labelledby="sp-paste-title" {onsubmit}>
                <h2 id="sp-paste-title">{ "Analyse your own article" }</h2>
                <label for="sp-paste-text" class="sp-dialog-help">
                    { "Paste or type the article's text, one paragraph a line. It is analysed in your browser and never leaves it." }
                </label>
                <textarea id="sp-paste-text" ref={area} rows="14" spellcheck="false" />
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
    }
}
