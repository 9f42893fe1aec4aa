//! What the reader asks of the browser beyond rendering: the clock and
//! timers, compression for links, the clipboard, downloads, and reading HTML.
//! Each is a thin wrapper; what to do with the result is decided elsewhere.

use js_sys::{Promise, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::input;

/// `input::BLOCK_END` as the text node the HTML reader appends.
const BLOCK_END_STR: &str = "\u{2029}";

#[wasm_bindgen]
extern "C" {
    // web-sys lists these as unstable; every current browser has them.
    type CompressionStream;
    #[wasm_bindgen(constructor)]
    fn new(format: &str) -> CompressionStream;

    type DecompressionStream;
    #[wasm_bindgen(constructor)]
    fn new(format: &str) -> DecompressionStream;
}

/// Milliseconds from the page's clock, for timing the analysis.
pub fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// Marks a moment on the page's performance timeline, for measurement.
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}

/// Ready in a task of its own, after what the browser has queued: awaiting
/// it lets the page paint and handle input first.
pub fn next_task() -> JsFuture {
    let promise = Promise::new(&mut |resolve, _| {
        let queued = web_sys::window().is_some_and(|window| {
            window
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
                .is_ok()
        });
        // With no timer to wait for, go on at once rather than never.
        if !queued {
            let _ = resolve.call0(&JsValue::NULL);
        }
    });
    JsFuture::from(promise)
}

/// A callback the browser runs once, in a task of its own, after `ms`
/// milliseconds; dropping it first cancels it.
pub struct Timeout {
    id: Option<i32>,
    // Kept alive until the browser has run it or it is cancelled.
    _callback: Closure<dyn FnMut()>,
}

impl Timeout {
    pub fn new(ms: i32, run: impl FnOnce() + 'static) -> Timeout {
        let mut run = Some(run);
        let callback = Closure::<dyn FnMut()>::new(move || {
            if let Some(run) = run.take() {
                run();
            }
        });
        let id = web_sys::window().and_then(|w| {
            w.set_timeout_with_callback_and_timeout_and_arguments_0(
                callback.as_ref().unchecked_ref(),
                ms,
            )
            .ok()
        });
        Timeout {
            id,
            _callback: callback,
        }
    }
}

impl Drop for Timeout {
    fn drop(&mut self) {
        if let (Some(id), Some(window)) = (self.id, web_sys::window()) {
            window.clear_timeout_with_handle(id);
        }
    }
}

/// Runs bytes through a browser (de)compression stream.
async fn through(bytes: &[u8], transform: &JsValue) -> Result<Vec<u8>, JsValue> {
    let parts = js_sys::Array::of1(&Uint8Array::from(bytes));
    let blob = web_sys::Blob::new_with_u8_array_sequence(&parts)?;
    let stream = blob
        .stream()
        .pipe_through(transform.unchecked_ref::<web_sys::ReadableWritablePair>());
    let response = web_sys::Response::new_with_opt_readable_stream(Some(&stream))?;
    let buffer = JsFuture::from(response.array_buffer()?).await?;
    Ok(Uint8Array::new(&buffer).to_vec())
}

/// Raw DEFLATE, as a link carries the article.
pub async fn deflate(bytes: &[u8]) -> Result<Vec<u8>, JsValue> {
    through(bytes, &CompressionStream::new("deflate-raw")).await
}

pub async fn inflate(bytes: &[u8]) -> Result<Vec<u8>, JsValue> {
    through(bytes, &DecompressionStream::new("deflate-raw")).await
}

/// Puts text on the clipboard.
pub async fn copy(text: &str) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or(JsValue::NULL)?;
    let promise: Promise = window.navigator().clipboard().write_text(text);
    JsFuture::from(promise).await.map(|_| ())
}

/// Offers `contents` as a file to save.
pub fn download(name: &str, mime: &str, contents: &str) -> Result<(), JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or(JsValue::NULL)?;
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(
        &js_sys::Array::of1(&JsValue::from_str(contents)),
        &options,
    )?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.click();
    web_sys::Url::revoke_object_url(&url)
}

/// The readable text of an HTML page, one paragraph a line. The page is
/// parsed into an inert document: nothing in it runs or loads.
pub fn html_to_text(html: &str) -> String {
    let Ok(parser) = web_sys::DomParser::new() else {
        return String::new();
    };
    let Ok(doc) = parser.parse_from_string(html, web_sys::SupportedType::TextHtml) else {
        return String::new();
    };
    if let Ok(junk) = doc.query_selector_all(
        "script, style, noscript, template, iframe, svg, head, nav, footer, form",
    ) {
        for i in 0..junk.length() {
            if let Some(node) = junk.item(i) {
                if let Some(parent) = node.parent_node() {
                    let _ = parent.remove_child(&node);
                }
            }
        }
    }
    if let Ok(blocks) = doc.query_selector_all(
        "p, div, br, li, h1, h2, h3, h4, h5, h6, blockquote, tr, section, article, pre",
    ) {
        for i in 0..blocks.length() {
            if let Some(node) = blocks.item(i) {
                // A block ends the text before it too: "text<p>para</p>" is two paragraphs.
                if let Some(parent) = node.parent_node() {
                    let _ = parent.insert_before(&doc.create_text_node(BLOCK_END_STR), Some(&node));
                }
                let _ = node.append_child(&doc.create_text_node(BLOCK_END_STR));
            }
        }
    }
    let raw = doc
        .body()
        .and_then(|b| b.text_content())
        .unwrap_or_default();
    input::tidy_paragraphs(&raw)
}
