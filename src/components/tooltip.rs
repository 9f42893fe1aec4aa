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
    /// Where the tooltip's bottom goes when it opens above the highlight.
    pub above: f64,
}

/// Places the tooltip drawn by `tooltip` in `node` where `tip` says.
/// Placed through the CSSOM, which a strict Content-Security-Policy allows.
#[hook]
pub fn use_tooltip_place(tip: Option<Tip>, node: NodeRef) {
    use_effect_with((tip, node), |(tip, node)| {
        if let (Some(tip), Some(el)) = (tip, node.cast::<HtmlElement>()) {
            // Kept inside the column, so a host that clips its widget still shows it whole.
            let room = el.parent_element().map_or(f64::MAX, |p| {
                f64::from(p.client_width() - el.offset_width())
            });
            let left = tip.left.min(room).max(0.0);
            let style = el.style();
            let px = |v: f64| format!("{}px", crate::describe::fixed(v, 0));
            let _ = style.set_property("left", &px(left));
            let _ = style.set_property("top", &px(tip.top));
            // Opens above the highlight when the window has no room below it.
            let height = f64::from(el.offset_height());
            let bottom = el.get_bounding_client_rect().bottom();
            let window_height = web_sys::window()
                .and_then(|w| w.inner_height().ok())
                .and_then(|h| h.as_f64())
                .unwrap_or(f64::MAX);
            let top_on_screen =
                el.get_bounding_client_rect().top() - (tip.top - tip.above) - height;
            if bottom > window_height && top_on_screen >= 0.0 {
                let _ = style.set_property("top", &px(tip.above - height));
            }
        }
    });
}

/// What a highlight is: its speaker and side, its value, its stance. A
/// plain function, not a component: the lens renders again whenever the
/// tip changes anyway, and each component type adds its own lifecycle code
/// to the bundle.
pub fn tooltip(tip: Option<Tip>, text: &str, analysis: &Analysis, node: &NodeRef) -> Html {
    let Some(tip) = tip else {
        return html! { <div id="sp-tooltip" class="sp-tooltip" role="tooltip" hidden=true ref={node}></div> };
    };
    let (heading, lines) = describe::tooltip(analysis, text, tip.mark);
    html! {
        <div id="sp-tooltip" class="sp-tooltip" role="tooltip" ref={node} data-for={tip.mark.id()}>
            <strong class="sp-tooltip-heading">{ heading }</strong>
            { for lines.into_iter().map(|l| html! { <span class="sp-tooltip-line">{ l }</span> }) }
        </div>
    }
}
