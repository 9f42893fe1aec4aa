use std::rc::Rc;

use yew::prelude::*;

use crate::layout::Layer;
use crate::state::Reader;

#[derive(Properties, PartialEq)]
pub struct LegendProps {
    pub reader: Rc<Reader>,
    pub on_toggle: Callback<Layer>,
    /// A navigation landmark on the reader page; in a widget, a group.
    pub landmark: bool,
}

/// One toggle per layer, drawn in the shape the layer has in the text.
#[function_component(Legend)]
pub fn legend(props: &LegendProps) -> Html {
    let toggles = html! {
            <ul class="sp-layers">
                { for Layer::ALL.iter().map(|&layer| {
                    let shown = props.reader.shows(layer);
                    let onclick = props.on_toggle.reform(move |_: MouseEvent| layer);
                    html! {
                        <li>
                            <button type="button" class={classes!("sp-toggle", shown.then_some("is-on"))}
                                aria-pressed={shown.to_string()} data-layer={layer.kind()} {onclick}>
                                <span class={classes!("sp-swatch", format!("sp-swatch-{}", layer.kind()))} aria-hidden="true"></span>
                                <span class="sp-toggle-label">{ layer.label() }</span>
                                <span class="sp-count">{ props.reader.count(layer) }</span>
                            </button>
                        </li>
                    }
                }) }
            </ul>
    };
    let hint = html! { <p class="sp-hint">{ "Tab or j / k to move between highlights, Escape to close a tooltip" }</p> };
    if props.landmark {
        html! { <nav class="sp-legend" aria-label="Layers">{ toggles }{ hint }</nav> }
    } else {
        html! { <div class="sp-legend" role="group" aria-label="Layers">{ toggles }{ hint }</div> }
    }
}
