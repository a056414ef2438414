//! Component tests in headless Chromium (wasm-bindgen-test), run by `cargo xtask test`.
//! Each test mounts the whole `App` on a fresh address, acts as a person would (clicks), and checks
//! the document. The design tokens are loaded so computed sizes are real.

#![cfg(target_arch = "wasm32")]

use gloo_timers::future::TimeoutFuture;
use leptos::prelude::*;
use pasapas::app::App;
use pasapas::i18n::message_in;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlStyleElement};

wasm_bindgen_test_configure!(run_in_browser);

const TOKENS: &str = include_str!("../assets/style/tokens.css");

/// Mounts the kiosk on Welcome, with the design tokens, and returns the handle (unmounts on drop).
fn mount_kiosk() -> impl Sized {
    let _ = window()
        .history()
        .map(|h| h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("/")));
    if document().get_element_by_id("k-test-tokens").is_none() {
        if let Ok(style) = document().create_element("style") {
            style.set_id("k-test-tokens");
            style.set_text_content(Some(TOKENS));
            if let (Some(head), Ok(style)) =
                (document().head(), style.dyn_into::<HtmlStyleElement>())
            {
                let _ = head.append_child(&style);
            }
        }
    }
    let Some(root) = document()
        .create_element("div")
        .ok()
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    else {
        panic!("cannot create a container");
    };
    let _ = document().body().map(|b| b.append_child(&root));
    leptos::mount::mount_to(root, App)
}

/// The first element matching `selector` whose text contains `text`.
fn find(selector: &str, text: &str) -> HtmlElement {
    let nodes = document()
        .query_selector_all(selector)
        .unwrap_or_else(|_| panic!("bad selector {selector}"));
    (0..nodes.length())
        .filter_map(|i| nodes.item(i)?.dyn_into::<HtmlElement>().ok())
        .find(|e| e.text_content().unwrap_or_default().contains(text))
        .unwrap_or_else(|| panic!("no {selector} with the text {text:?}"))
}

fn root_attribute(name: &str) -> Option<String> {
    document().document_element()?.get_attribute(name)
}

fn root_font_size() -> String {
    let html = document().document_element();
    html.and_then(|h| window().get_computed_style(&h).ok().flatten())
        .and_then(|style| style.get_property_value("font-size").ok())
        .unwrap_or_default()
}

async fn tick() {
    TimeoutFuture::new(30).await;
}

#[wasm_bindgen_test]
async fn picking_arabic_sets_lang_and_dir_and_every_text() {
    let _kiosk = mount_kiosk();
    tick().await;
    assert_eq!(root_attribute("lang").as_deref(), Some("fr"));
    find("button[lang='ar']", "").click();
    tick().await;
    assert_eq!(root_attribute("lang").as_deref(), Some("ar"));
    assert_eq!(root_attribute("dir").as_deref(), Some("rtl"));
    let heading = find("h1", "").text_content().unwrap_or_default();
    assert_eq!(heading, message_in("ar", "home-title"));
    find("button", &message_in("ar", "toolbar-language")).click();
    tick().await;
    find("dialog[open] button[lang='en']", "").click();
    tick().await;
    assert_eq!(root_attribute("lang").as_deref(), Some("en"));
    assert_eq!(root_attribute("dir").as_deref(), Some("ltr"));
    assert_eq!(
        find("h1", "").text_content().unwrap_or_default(),
        message_in("en", "home-title")
    );
}

#[wasm_bindgen_test]
async fn the_text_size_control_changes_the_root_size() {
    let _kiosk = mount_kiosk();
    tick().await;
    find("button[lang='fr']", "").click();
    tick().await;
    assert_eq!(root_font_size(), "16px");
    let control = || find("button", &message_in("fr", "toolbar-text-size"));
    control().click();
    tick().await;
    assert_eq!(root_attribute("data-text-size").as_deref(), Some("150"));
    assert_eq!(root_font_size(), "24px");
    control().click();
    tick().await;
    assert_eq!(root_font_size(), "32px");
    control().click();
    tick().await;
    assert_eq!(root_font_size(), "16px", "a third tap comes back to 100 %");
}

#[wasm_bindgen_test]
async fn the_contrast_control_swaps_the_colour_tokens() {
    let _kiosk = mount_kiosk();
    tick().await;
    find("button[lang='fr']", "").click();
    tick().await;
    let text_colour = || {
        document()
            .document_element()
            .and_then(|h| window().get_computed_style(&h).ok().flatten())
            .and_then(|s| s.get_property_value("--k-color-text").ok())
            .unwrap_or_default()
            .trim()
            .to_string()
    };
    assert_eq!(text_colour(), "#161b2e");
    let control = find("button", &message_in("fr", "toolbar-contrast"));
    control.click();
    tick().await;
    assert_eq!(root_attribute("data-contrast").as_deref(), Some("high"));
    assert_eq!(
        control.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    assert_eq!(text_colour(), "#ffffff");
}
