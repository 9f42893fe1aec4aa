//! The embedded widget: the lens on a text a page gives, with the layers,
//! panel and theme the page asks for. `embed/standpoint-embed.js` wraps it
//! in the `<standpoint-reader>` element and the `mount` function; this
//! file is what that script calls.

use std::rc::Rc;

use standpoint_engine::lexicon::WordMap;
use standpoint_engine::report::Report;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

use crate::app::ReaderState;
use crate::browser::now_ms;
use crate::components::Lens;
use crate::input::{self, Problem};
use crate::json::object;
use crate::layout::Layers;
use crate::options::{self, Theme};
use crate::state::{Action, Reader};

#[derive(Properties, PartialEq, Clone)]
pub struct WidgetProps {
    pub text: Rc<str>,
    pub hidden: Layers,
    pub panel: bool,
    pub theme: Theme,
    /// Why the page could not give the text (its `src` did not load).
    pub problem: Option<Problem>,
}

#[function_component(WidgetView)]
pub fn widget_view(props: &WidgetProps) -> Html {
    let state = use_reducer_eq(|| {
        ReaderState(Reader::open(
            props.text.to_string(),
            None,
            props.hidden,
            now_ms,
        ))
    });
    // The page changed the text, the layers or the problem: follow it.
    {
        let state = state.clone();
        use_effect_with(props.text.clone(), move |text| {
            if state.0.text != *text {
                state.dispatch(Action::Load {
                    text: text.to_string(),
                    title: None,
                });
            }
        });
    }
    {
        let dispatch = state.dispatcher();
        use_effect_with(props.hidden, move |hidden| {
            dispatch.dispatch(Action::HideLayers(*hidden))
        });
    }
    {
        let dispatch = state.dispatcher();
        use_effect_with(props.problem.clone(), move |problem| {
            if let Some(problem) = problem {
                dispatch.dispatch(Action::Refuse(problem.clone()));
            }
        });
    }
    let on_action = use_callback(state.dispatcher(), |action, dispatch| {
        dispatch.dispatch(action)
    });
    html! {
        <Lens reader={Rc::new(state.0.clone())} {on_action} panel={props.panel} theme={props.theme}>
            <p class="sp-credit">{ "Analysed in your browser by Standpoint" }</p>
        </Lens>
    }
}

fn props(
    text: String,
    layers: Option<String>,
    panel: bool,
    theme: Option<String>,
    problem: Option<String>,
) -> WidgetProps {
    WidgetProps {
        text: Rc::from(text),
        hidden: options::hidden_layers(layers.as_deref()),
        panel,
        theme: Theme::parse(theme.as_deref()),
        problem: problem.map(Problem::Unreachable),
    }
}

/// A widget on a page, for JavaScript.
#[wasm_bindgen]
pub struct Widget {
    app: Option<yew::AppHandle<WidgetView>>,
}

#[wasm_bindgen]
impl Widget {
    /// Renders a widget into `root`. `layers` lists the layers to show
    /// ("quotes numbers"; all when absent), `theme` is light, dark or auto,
    /// `problem` says why the page has no text to give.
    #[wasm_bindgen(constructor)]
    pub fn new(
        root: web_sys::Element,
        text: String,
        layers: Option<String>,
        panel: bool,
        theme: Option<String>,
        problem: Option<String>,
    ) -> Widget {
        let props = props(text, layers, panel, theme, problem);
        Widget {
            app: Some(yew::Renderer::<WidgetView>::with_root_and_props(root, props).render()),
        }
    }

    /// Gives the widget new text or options; only what changed is redone.
    pub fn update(
        &mut self,
        text: String,
        layers: Option<String>,
        panel: bool,
        theme: Option<String>,
        problem: Option<String>,
    ) {
        if let Some(app) = self.app.as_mut() {
            app.update(props(text, layers, panel, theme, problem));
        }
    }

    /// Removes the widget and everything it rendered.
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
    }
}

/// The analysis of `text` as the JSON report, in the compact form that
/// `standpoint-embed.js` unpacks into the report's object: its numbers in
/// typed arrays, each distinct name once, and no item's text, which the
/// script slices from the text it already has. A JavaScript string and
/// object made here for every item would cost more than the analysis.
///
/// `ints` holds the five list lengths, then per party: name, mentions; per
/// quote: start, end, speaker, party, partial; per number: start, end,
/// unit, kind (its value is in `values`, NaN for none); per mention: start,
/// end, party; per position: start, end, party, stance. Names are indices
/// into `strings`, plus one where a name may be missing (0 for none).
#[wasm_bindgen(js_name = analyzeCompact)]
pub fn analyze_compact(text: &str) -> Result<JsValue, JsError> {
    if text.len() > input::MAX_BYTES {
        return Err(JsError::new(&Problem::TooLong(text.len()).message()));
    }
    let analysis = standpoint_engine::analyze(text);
    let r = Report::new(text, &analysis);
    let mut c = Compact::default();
    let lengths = [
        r.parties.len(),
        r.quotes.len(),
        r.numbers.len(),
        r.mentions.len(),
        r.positions.len(),
    ];
    c.ints.extend(lengths.map(|n| n as u32));
    for p in &r.parties {
        let name = c.name(p.name);
        c.ints.extend([name, p.mentions as u32]);
    }
    for q in &r.quotes {
        let (speaker, party) = (c.maybe(q.speaker), c.maybe(q.party));
        let partial = u32::from(q.partial);
        c.ints
            .extend([q.start as u32, q.end as u32, speaker, party, partial]);
    }
    for n in &r.numbers {
        let (unit, kind) = (c.maybe(n.unit), c.name(n.kind));
        c.ints.extend([n.start as u32, n.end as u32, unit, kind]);
        c.values.push(n.value.unwrap_or(f64::NAN));
    }
    for m in &r.mentions {
        let party = c.name(m.party);
        c.ints.extend([m.start as u32, m.end as u32, party]);
    }
    for p in &r.positions {
        let (party, stance) = (c.name(p.party), c.name(p.stance));
        c.ints.extend([p.start as u32, p.end as u32, party, stance]);
    }
    let strings: js_sys::Array = c.strings.iter().map(|&s| JsValue::from_str(s)).collect();
    Ok(object(&[
        ("ints", js_sys::Uint32Array::from(&c.ints[..]).into()),
        ("values", js_sys::Float64Array::from(&c.values[..]).into()),
        ("strings", strings.into()),
    ]))
}

/// [`analyze_compact`]'s arrays as they are filled.
#[derive(Default)]
struct Compact<'a> {
    ints: Vec<u32>,
    values: Vec<f64>,
    strings: Vec<&'a str>,
    index: WordMap<'a, u32>,
}

impl<'a> Compact<'a> {
    /// The index of `name` in `strings`, adding it the first time.
    fn name(&mut self, name: &'a str) -> u32 {
        *self.index.entry(name).or_insert_with(|| {
            self.strings.push(name);
            self.strings.len() as u32 - 1
        })
    }

    /// A name that may be missing: its index plus one, or 0.
    fn maybe(&mut self, name: Option<&'a str>) -> u32 {
        name.map_or(0, |n| self.name(n) + 1)
    }
}

/// The readable text of HTML markup (an element's contents), one
/// paragraph a line. Nothing in the markup runs or loads.
#[wasm_bindgen(js_name = textFromHtml)]
pub fn text_from_html(html: &str) -> String {
    crate::browser::html_to_text(html)
}
