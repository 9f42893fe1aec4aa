//! The report as JavaScript values: the JSON the reader's download saves.

use standpoint_engine::report::Report;
use standpoint_engine::Analysis;
use wasm_bindgen::JsValue;

/// The JSON report, indented, for the page's download. Its objects are
/// made field by field, in the report's order: a generic serializer cost
/// the bundle 1.5 KB more.
pub fn report_json(text: &str, analysis: &Analysis) -> String {
    let r = Report::new(text, analysis);
    let name = |s: Option<&str>| s.map_or(JsValue::NULL, JsValue::from_str);
    let at = |n: usize| JsValue::from(n as u32);
    let parties = r
        .parties
        .iter()
        .map(|p| object(&[("name", p.name.into()), ("mentions", at(p.mentions))]));
    let quotes = r.quotes.iter().map(|q| {
        object(&[
            ("start", at(q.start)),
            ("end", at(q.end)),
            ("text", q.text.into()),
            ("speaker", name(q.speaker)),
            ("party", name(q.party)),
            ("partial", q.partial.into()),
        ])
    });
    let numbers = r.numbers.iter().map(|n| {
        object(&[
            ("start", at(n.start)),
            ("end", at(n.end)),
            ("text", n.text.into()),
            ("value", n.value.map_or(JsValue::NULL, JsValue::from_f64)),
            ("unit", name(n.unit)),
            ("kind", n.kind.into()),
        ])
    });
    let mentions = r.mentions.iter().map(|m| {
        object(&[
            ("start", at(m.start)),
            ("end", at(m.end)),
            ("text", m.text.into()),
            ("party", m.party.into()),
        ])
    });
    let positions = r.positions.iter().map(|p| {
        object(&[
            ("start", at(p.start)),
            ("end", at(p.end)),
            ("text", p.text.into()),
            ("party", p.party.into()),
            ("stance", p.stance.into()),
        ])
    });
    let report = object(&[
        ("parties", parties.collect::<js_sys::Array>().into()),
        ("quotes", quotes.collect::<js_sys::Array>().into()),
        ("numbers", numbers.collect::<js_sys::Array>().into()),
        ("mentions", mentions.collect::<js_sys::Array>().into()),
        ("positions", positions.collect::<js_sys::Array>().into()),
    ]);
    js_sys::JSON::stringify_with_replacer_and_space(&report, &JsValue::NULL, &JsValue::from(2))
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_default()
}

/// A JavaScript object with `fields`, in order. Setting a property of a
/// new plain object cannot fail.
pub fn object(fields: &[(&str, JsValue)]) -> JsValue {
    let object = js_sys::Object::new();
    for (key, value) in fields {
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), value);
    }
    object.into()
}
