use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub on_paste: Callback<()>,
    pub on_file: Callback<web_sys::File>,
}

/// The top bar: the name, what it does, and the ways to bring an article.
#[function_component(Header)]
pub fn header(props: &HeaderProps) -> Html {
    let on_paste = props.on_paste.reform(|_: MouseEvent| ());
    let on_file = props.on_file.clone();
    let onchange = Callback::from(move |e: Event| {
        let input = e
            .target()
            .and_then(|t| t.dyn_into::<HtmlInputElement>().ok());
        if let Some(file) = input
            .as_ref()
            .and_then(|i| i.files())
            .and_then(|f| f.get(0))
        {
            on_file.emit(file);
        }
        if let Some(input) = input {
            input.set_value("");
        }
    });
    html! {
        <header class="sp-header">
            <div class="sp-brand">
                <span class="sp-name">{ "Standpoint" }</span>
                <span class="sp-tagline">{ "who said what · the numbers · where each side stands" }</span>
            </div>
            <div class="sp-actions">
                <button type="button" class="sp-button" onclick={on_paste}>{ "Paste or drop an article" }</button>
                <label class="sp-button">
                    { "Open file" }
                    <input type="file" class="sp-visually-hidden" accept=".txt,.text,.md,.html,.htm,text/plain,text/html" {onchange} />
                </label>
            </div>
        </header>
    }
}
