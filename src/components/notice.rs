use yew::prelude::*;

/// Why an article was not taken; the article on screen stays (`keeps`
/// says whether one is on screen). A plain function, not a component: it
/// is cheap to build on every render of the lens, and each component type
/// costs a few KB of lifecycle code in the bundle.
pub fn notice(message: String, keeps: bool, on_dismiss: &Callback<()>) -> Html {
    let onclick = on_dismiss.reform(|_: MouseEvent| ());
    html! {
        <div class="sp-notice" role="alert">
            <span>{ message }</span>
            if keeps {
                <span class="sp-notice-keep">{ " The article below is unchanged." }</span>
            }
            <button type="button" class="sp-link" {onclick}>{ "Dismiss" }</button>
        </div>
    }
}
