use std::rc::Rc;

use standpoint_engine::Analysis;
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::describe;
use crate::layout::Mark;

/// A tooltip to show: for which highlight, and where (pixels from the
/// article column's top left corner).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tip {
    pub mark: Mark,
    pub left: f64,
    pub top: f64,
}

#[derive(Properties, PartialEq)]
pub struct TooltipProps {
    pub tip: Option<Tip>,
    pub text: Rc<str>,
    pub analysis: Rc<Analysis>,
}

/// What a highlight is: its speaker and side, its value, its stance.
#[function_component(Tooltip)]
pub fn tooltip(props: &TooltipProps) -> Html {
    let node = use_node_ref();
    // Placed through the CSSOM, which a strict Content-Security-Policy allows.
    use_effect_with((props.tip, node.clone()), |(tip, node)| {
        if let (Some(tip), Some(el)) = (tip, node.cast::<HtmlElement>()) {
            // Kept inside the column, so a host that clips its widget still shows it whole.
            let room = el.parent_element().map_or(f64::MAX, |p| {
                f64::from(p.client_width() - el.offset_width())
            });
            let left = tip.left.min(room).max(0.0);
            let style = el.style();
            let _ = style.set_property("left", &format!("{}px", crate::describe::fixed(left, 0)));
            let _ = style.set_property("top", &format!("{}px", crate::describe::fixed(tip.top, 0)));
        }
    });
    let Some(tip) = props.tip else {
        return html! { <div id="sp-tooltip" class="sp-tooltip" role="tooltip" hidden=true ref={node}></div> };
    };
    let (heading, lines) = describe::tooltip(&props.analysis, &props.text, tip.mark);
    html! {
        <div id="sp-tooltip" class="sp-tooltip" role="tooltip" ref={node} data-for={tip.mark.id()}>
            <strong class="sp-tooltip-heading">{ heading }</strong>
            { for lines.into_iter().map(|l| html! { <span class="sp-tooltip-line">{ l }</span> }) }
        </div>
    }
}
