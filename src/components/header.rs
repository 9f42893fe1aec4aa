use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

pub struct HeaderProps {
    pub on_paste: Callback<()>,
    pub on_file: Callback<web_sys::File>,
    pub on_copy_link: Callback<()>,
    pub on_copy_summary: Callback<()>,
    pub on_export: Callback<()>,
    /// Whether the side panel is shown, and the switch for it.
    pub panel: bool,
    pub on_panel: Callback<()>,
    /// What the last share or export did.
    pub status: String,
}

/// The top bar: the name, what it does, the ways to bring an article, and
/// the ways to pass on what was found. A plain function, not a component:
/// the page renders it again only when its own state changes, and each
/// component type adds its own lifecycle code to the bundle.
pub fn header(props: HeaderProps) -> Html {
    let on_paste = props.on_paste.reform(|_: MouseEvent| ());
    let on_copy_link = props.on_copy_link.reform(|_: MouseEvent| ());
    let on_copy_summary = props.on_copy_summary.reform(|_: MouseEvent| ());
    let on_export = props.on_export.reform(|_: MouseEvent| ());
    let on_panel = props.on_panel.reform(|_: MouseEvent| ());
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
                <button type="button" class="sp-button" aria-pressed={super::pressed(props.panel)} onclick={on_panel}
                    title="Where each side stands and the figures, beside the article">{ "Side panel" }</button>
                <label class="sp-button">
                    { "Open file" }
                    <input type="file" class="sp-visually-hidden" accept=".txt,.text,.md,.html,.htm,text/plain,text/html" {onchange} />
                </label>
            </div>
            <div class="sp-actions" role="group" aria-label="Share and export">
                <button type="button" class="sp-button" onclick={on_copy_link}
                    title="A link that carries this article and the layers shown">{ "Copy link" }</button>
                <button type="button" class="sp-button" onclick={on_copy_summary}
                    title="Who said what, where each side stands and the figures, in Markdown">{ "Copy summary" }</button>
                <button type="button" class="sp-button" onclick={on_export}
                    title="Everything found, as JSON">{ "Download JSON" }</button>
            </div>
            <p class="sp-status" role="status">{ props.status.clone() }</p>
        </header>
    }
}
