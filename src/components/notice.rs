use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoticeProps {
    pub message: String,
    /// Whether an article is on screen, and stays.
    pub keeps: bool,
    pub on_dismiss: Callback<()>,
}

/// Why an article was not taken; the article on screen stays.
#[function_component(Notice)]
pub fn notice(props: &NoticeProps) -> Html {
    let onclick = props.on_dismiss.reform(|_: MouseEvent| ());
    html! {
        <div class="sp-notice" role="alert">
            <span>{ props.message.clone() }</span>
            if props.keeps {
                <span class="sp-notice-keep">{ " The article below is unchanged." }</span>
            }
            <button type="button" class="sp-link" {onclick}>{ "Dismiss" }</button>
        </div>
    }
}
