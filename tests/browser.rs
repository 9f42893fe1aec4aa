//! The reader in a real browser: `make test` runs these in headless
//! Chromium through wasm-bindgen-test-runner.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use standpoint_reader::state::SEED_TEXT;
use standpoint_reader::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlFormElement, HtmlTextAreaElement};

wasm_bindgen_test_configure!(run_in_browser);

/// A reader mounted in its own element, removed when dropped.
struct Mounted {
    root: Element,
    app: Option<yew::AppHandle<App>>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        self.root.remove();
    }
}

impl Mounted {
    async fn new() -> Mounted {
        let document = web_sys::window().unwrap().document().unwrap();
        let root = document.create_element("div").unwrap();
        document.body().unwrap().append_child(&root).unwrap();
        let app = yew::Renderer::<App>::with_root(root.clone()).render();
        settle().await;
        Mounted {
            root,
            app: Some(app),
        }
    }

    fn all(&self, selector: &str) -> Vec<HtmlElement> {
        let list = self.root.query_selector_all(selector).unwrap();
        (0..list.length())
            .filter_map(|i| list.item(i)?.dyn_into().ok())
            .collect()
    }

    fn one(&self, selector: &str) -> HtmlElement {
        self.all(selector)
            .into_iter()
            .next()
            .unwrap_or_else(|| panic!("nothing matches {selector}"))
    }

    fn article_text(&self) -> String {
        self.one(".sp-article").text_content().unwrap_or_default()
    }
}

async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(60)).await;
}

fn texts(elements: &[HtmlElement]) -> Vec<String> {
    elements
        .iter()
        .map(|e| e.text_content().unwrap_or_default())
        .collect()
}

#[wasm_bindgen_test]
async fn the_seed_article_is_highlighted() {
    let r = Mounted::new().await;
    let quotes = r.all("[data-kind=quote][id]");
    assert!(quotes.len() >= 5, "quotes: {}", quotes.len());
    let rubio = quotes
        .iter()
        .filter(|q| q.get_attribute("data-party").as_deref() == Some("United States"))
        .count();
    assert!(rubio >= 4, "quotes for the United States: {rubio}");
    let root_causes = quotes
        .iter()
        .find(|q| q.text_content().unwrap_or_default().contains("root causes"))
        .expect("the partial quote");
    assert_eq!(
        root_causes.get_attribute("data-party").as_deref(),
        Some("Russia")
    );
    assert_eq!(
        root_causes.get_attribute("data-label").as_deref(),
        Some("Russia")
    );

    let numbers = texts(&r.all("[data-kind=number]:not(.is-quiet)"));
    for expected in ["three years", "1,000", "500 per cent", "30-day"] {
        assert!(
            numbers.iter().any(|n| n == expected),
            "{expected} in {numbers:?}"
        );
    }
    assert!(
        !numbers.iter().any(|n| n.contains("one")),
        "no number in “on the one hand”: {numbers:?}"
    );

    let mentions = r.all("[data-kind=mention]");
    let party_of = |text: &str| {
        mentions
            .iter()
            .find(|m| m.text_content().as_deref() == Some(text))
            .and_then(|m| m.get_attribute("data-party"))
    };
    assert_eq!(party_of("Moscow").as_deref(), Some("Russia"));
    assert_eq!(party_of("Kyiv").as_deref(), Some("Ukraine"));

    let positions = r.all("[data-kind=position]");
    assert!(
        positions.iter().any(
            |p| p.get_attribute("data-party").as_deref() == Some("Russia")
                && p.text_content().unwrap_or_default().contains("rejected a")
        ),
        "Russia's rejection of the ceasefire is a position"
    );
}

#[wasm_bindgen_test]
async fn the_rendered_text_is_exactly_the_input() {
    let r = Mounted::new().await;
    assert_eq!(r.article_text(), SEED_TEXT);
}

#[wasm_bindgen_test]
async fn a_layer_toggles_off_and_on() {
    let r = Mounted::new().await;
    let toggle = r.one("button[data-layer=number]");
    assert_eq!(
        toggle.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    toggle.click();
    settle().await;
    assert!(r.one(".sp-article").class_list().contains("hide-number"));
    assert_eq!(
        r.one("button[data-layer=number]")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("false")
    );
    // The text stays whole with the layer off.
    assert_eq!(r.article_text(), SEED_TEXT);
    r.one("button[data-layer=number]").click();
    settle().await;
    assert!(!r.one(".sp-article").class_list().contains("hide-number"));
}

#[wasm_bindgen_test]
async fn a_tooltip_opens_on_keyboard_focus() {
    let r = Mounted::new().await;
    let number = r
        .all("[data-kind=number][tabindex]")
        .into_iter()
        .find(|n| n.text_content().as_deref() == Some("1,000"))
        .unwrap();
    number.focus().unwrap();
    settle().await;
    let tip = r.one("#sp-tooltip");
    assert!(!tip.hidden(), "the tooltip shows");
    let content = tip.text_content().unwrap_or_default();
    assert!(
        content.contains("1,000") && content.contains("one thousand"),
        "{content}"
    );
    assert_eq!(tip.get_attribute("data-for"), number.get_attribute("id"));
}

#[wasm_bindgen_test]
async fn the_panel_jumps_to_a_highlight() {
    let r = Mounted::new().await;
    let item = r
        .all(".sp-panel .sp-item")
        .into_iter()
        .next()
        .expect("the panel lists items");
    item.click();
    settle().await;
    let marked = r.all(".is-marked");
    assert_eq!(marked.len(), 1, "one highlight is marked");
    let active = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .active_element()
        .unwrap();
    assert_eq!(
        active.id(),
        marked[0].id(),
        "the marked highlight has the focus"
    );
}

#[wasm_bindgen_test]
async fn pasted_text_replaces_the_article_and_bad_input_keeps_it() {
    let r = Mounted::new().await;
    let paste = |text: &'static str| {
        let r = &r;
        async move {
            r.one(".sp-header .sp-button").click();
            settle().await;
            let area: HtmlTextAreaElement = r.one("#sp-paste-text").dyn_into().unwrap();
            area.set_value(text);
            let form: HtmlFormElement = r.one(".sp-dialog form").dyn_into().unwrap();
            form.request_submit().unwrap();
            settle().await;
        }
    };
    let hostile = "<script>window.hacked = 1</script><img src=x onerror=\"window.hacked = 2\">\nKenya's president said: “We will not sign.”";
    paste(hostile).await;
    assert_eq!(r.article_text(), hostile);
    assert!(
        r.all(".sp-article img, .sp-article script").is_empty(),
        "markup in the text stays text"
    );
    let hacked = js_sys::Reflect::get(&web_sys::window().unwrap(), &"hacked".into()).unwrap();
    assert!(hacked.is_undefined(), "nothing in the text ran");
    assert!(!r.all("[data-kind=quote]").is_empty());

    paste("   \n ").await;
    assert!(r
        .one("[role=alert]")
        .text_content()
        .unwrap_or_default()
        .contains("empty"));
    // The dialog stays open with the message, and the article is unchanged.
    assert_eq!(r.article_text(), hostile);
}

#[wasm_bindgen_test]
async fn a_long_pasted_article_comes_in_batches_and_ends_up_exactly_the_input() {
    let r = Mounted::new().await;
    // The seed about 120 times over: many batches.
    let text = vec![SEED_TEXT.trim_end(); 120].join("\n");
    r.one(".sp-header .sp-button").click();
    settle().await;
    let area: HtmlTextAreaElement = r.one("#sp-paste-text").dyn_into().unwrap();
    area.set_value(&text);
    let form: HtmlFormElement = r.one(".sp-dialog form").dyn_into().unwrap();
    form.request_submit().unwrap();
    // Until the last batch is in, the article says it is busy.
    for _ in 0..200 {
        settle().await;
        let article = r.one(".sp-article");
        if !article.has_attribute("aria-busy")
            && article.query_selector_all(".sp-p").unwrap().length() > 10
        {
            break;
        }
    }
    assert!(!r.one(".sp-article").has_attribute("aria-busy"));
    assert_eq!(r.article_text(), text);
    let quotes = r.all(".sp-article [data-kind=quote][id]").len();
    let seed_quotes = Mounted::new().await.all("[data-kind=quote][id]").len();
    assert_eq!(quotes, seed_quotes * 120);
}
