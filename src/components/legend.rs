use yew::prelude::*;

use crate::layout::Layer;
use crate::state::Reader;

/// One toggle per layer, drawn in the shape the layer has in the text: a
/// navigation landmark on the reader page (`landmark`), in a widget a
/// group. A plain function, not a component, for the bundle's size (see
/// `notice`).
pub fn legend(reader: &Reader, on_toggle: &Callback<Layer>, landmark: bool) -> Html {
    let toggles = html! {
            <ul class="sp-layers">
                { for Layer::ALL.iter().map(|&layer| {
                    let shown = reader.shows(layer);
                    let onclick = on_toggle.reform(move |_: MouseEvent| layer);
                    html! {
                        <li>
                            <button type="button" class={classes!("sp-toggle", shown.then_some("is-on"))}
                                aria-pressed={super::pressed(shown)} data-layer={layer.kind()} {onclick}>
                                <span class={classes!("sp-swatch", format!("sp-swatch-{}", layer.kind()))} aria-hidden="true"></span>
                                <span class="sp-toggle-label">{ layer.label() }</span>
                                <span class="sp-count">{ reader.count(layer) }</span>
                            </button>
                        </li>
                    }
                }) }
            </ul>
    };
    let hint = html! { <p class="sp-hint">{ "Tab or j / k to move between highlights, Escape to close a tooltip" }</p> };
    if landmark {
        html! { <nav class="sp-legend" aria-label="Layers">{ toggles }{ hint }</nav> }
    } else {
        html! { <div class="sp-legend" role="group" aria-label="Layers">{ toggles }{ hint }</div> }
    }
}
