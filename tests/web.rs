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

/// French's tutorial texts, as the start fetches them: the test server serves no `/locales/`.
const FRENCH_TUTORIALS: [&str; 12] = [
    include_str!("../locales/fr/tutorials/ameli-attestation.ftl"),
    include_str!("../locales/fr/tutorials/caf-declaration.ftl"),
    include_str!("../locales/fr/tutorials/email-create.ftl"),
    include_str!("../locales/fr/tutorials/email-send.ftl"),
    include_str!("../locales/fr/tutorials/france-travail-actualisation.ftl"),
    include_str!("../locales/fr/tutorials/franceconnect.ftl"),
    include_str!("../locales/fr/tutorials/impots-declaration.ftl"),
    include_str!("../locales/fr/tutorials/internet.ftl"),
    include_str!("../locales/fr/tutorials/passwords.ftl"),
    include_str!("../locales/fr/tutorials/scams.ftl"),
    include_str!("../locales/fr/tutorials/touch-screen.ftl"),
    include_str!("../locales/fr/tutorials/video-call.ftl"),
];

/// Mounts the kiosk on Welcome, with the design tokens and French's tutorial texts, and returns
/// the handle (unmounts on drop).
fn mount_kiosk() -> impl Sized {
    assert_eq!(
        FRENCH_TUTORIALS.len(),
        pasapas::i18n::TUTORIAL_FILES.len(),
        "tests/web.rs: list every file of locales/fr/tutorials/ in FRENCH_TUTORIALS"
    );
    pasapas::i18n::add_tutorials("fr", &FRENCH_TUTORIALS);
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

/// Gives the kiosk the Arabic and English screen texts, as a pick would fetch them: the test
/// server serves no `/locales/` (the end-to-end tests fetch them from the real server).
fn give_fetched_languages() {
    pasapas::i18n::add_screens("ar", include_str!("../locales/ar/pasapas.ftl"));
    pasapas::i18n::add_screens("en", include_str!("../locales/en/pasapas.ftl"));
}

#[wasm_bindgen_test]
async fn picking_arabic_sets_lang_and_dir_and_every_text() {
    give_fetched_languages();
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

/// Mounts the kiosk at `path` in French, as after picking French on Welcome.
async fn open_in_french(path: &str) -> impl Sized {
    let kiosk = mount_kiosk();
    tick().await;
    find("button[lang='fr']", "").click();
    tick().await;
    go_inside(path).await;
    kiosk
}

/// Moves inside the app without a reload, as a link would.
async fn go_inside(path: &str) {
    let _ = window()
        .history()
        .map(|h| h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(path)));
    if let Ok(event) = web_sys::PopStateEvent::new("popstate") {
        let _ = window().dispatch_event(&event);
    }
    tick().await;
}

fn heading() -> String {
    find("h1", "").text_content().unwrap_or_default()
}

/// The first tutorial step holding this practice screen, as an address.
fn step_with(practice: pasapas_core::content::tutorials::Practice) -> String {
    pasapas::content::TUTORIALS
        .iter()
        .find_map(|tutorial| {
            let n = tutorial
                .steps
                .iter()
                .position(|s| s.practice == Some(practice))?;
            Some(format!("/tutorials/{}/{}", tutorial.id, n + 1))
        })
        .unwrap_or_else(|| panic!("no tutorial step has the practice {practice:?}"))
}

#[wasm_bindgen_test]
async fn a_tutorial_moves_step_by_step_and_shows_its_progress() {
    let _kiosk = open_in_french("/tutorials/touch-screen/1").await;
    let tutorial = pasapas::content::tutorial("touch-screen").expect("tutorial touch-screen");
    let total = tutorial.steps.len();
    assert_eq!(heading(), message_in("fr", &tutorial.steps[0].title));
    let progress = || {
        let bar = find("progress", "");
        (bar.get_attribute("value"), bar.get_attribute("max"))
    };
    assert_eq!(progress(), (Some("1".into()), Some(total.to_string())));
    assert!(find("p", "Étape 1 sur")
        .text_content()
        .unwrap_or_default()
        .ends_with(&total.to_string()));
    // Follow the link by its address: routers of the tests mounted before this one still listen
    // to clicks on the page (the end-to-end tests tap the real links).
    let next = find("a", &message_in("fr", "step-next"));
    assert_eq!(
        next.get_attribute("href").as_deref(),
        Some("/tutorials/touch-screen/2")
    );
    go_inside("/tutorials/touch-screen/2").await;
    assert_eq!(heading(), message_in("fr", &tutorial.steps[1].title));
    assert_eq!(progress().0, Some("2".into()));
    let previous = find("a", &message_in("fr", "step-previous"));
    assert_eq!(
        previous.get_attribute("href").as_deref(),
        Some("/tutorials/touch-screen/1")
    );
    go_inside("/tutorials/touch-screen/1").await;
    assert_eq!(heading(), message_in("fr", &tutorial.steps[0].title));
    go_inside(&format!("/tutorials/touch-screen/{total}")).await;
    assert!(
        document()
            .query_selector("a.k-step__next")
            .ok()
            .flatten()
            .is_none(),
        "no Next on the last step"
    );
    find("button", &message_in("fr", "step-print"));
}

#[wasm_bindgen_test]
async fn the_email_practice_guides_key_by_key() {
    let _kiosk = open_in_french(&step_with(
        pasapas_core::content::tutorials::Practice::EmailKeyboard,
    ))
    .await;
    let feedback = || {
        find("[role='status'].k-feedback", "")
            .text_content()
            .unwrap_or_default()
    };
    assert_eq!(feedback(), message_in("fr", "practice-email-empty"));
    for key in ["m", "a"] {
        find("button.k-key", key).click();
    }
    tick().await;
    assert_eq!(feedback(), message_in("fr", "practice-email-missing-at"));
    for key in ["@", "b", ".", "f", "r"] {
        find("button.k-key", key).click();
        tick().await;
    }
    let field = find("#k-practice-email", "")
        .dyn_into::<web_sys::HtmlInputElement>()
        .expect("an input");
    assert_eq!(field.value(), "ma@b.fr");
    assert_eq!(feedback(), message_in("fr", "practice-email-good"));
    find("button.k-key", &message_in("fr", "keyboard-erase")).click();
    tick().await;
    assert_eq!(field.value(), "ma@b.f");
    assert_eq!(feedback(), message_in("fr", "practice-email-missing-dot"));
}

#[wasm_bindgen_test]
async fn the_scam_practice_explains_each_answer_and_counts() {
    let _kiosk = open_in_french(&step_with(
        pasapas_core::content::tutorials::Practice::ScamOrReal,
    ))
    .await;
    let cards = document().query_selector_all(".k-scam").expect("cards");
    assert_eq!(cards.length(), 3);
    let answer = |card: u32, label: &str| {
        let card = cards
            .item(card)
            .and_then(|c| c.dyn_into::<web_sys::Element>().ok())
            .expect("card");
        let buttons = card.query_selector_all("button").expect("buttons");
        (0..buttons.length())
            .filter_map(|i| buttons.item(i)?.dyn_into::<HtmlElement>().ok())
            .find(|b| b.text_content().unwrap_or_default().contains(label))
            .expect("answer button")
            .click();
    };
    answer(0, &message_in("fr", "practice-scam-scam"));
    tick().await;
    let first = find(".k-scam", "").text_content().unwrap_or_default();
    assert!(
        first.contains(&message_in("fr", "practice-scam-right")),
        "{first}"
    );
    assert!(
        first.contains(&message_in("fr", "practice-scam-1-why")),
        "{first}"
    );
    answer(1, &message_in("fr", "practice-scam-scam"));
    answer(2, &message_in("fr", "practice-scam-scam"));
    tick().await;
    let score = find(".k-practice__score", "")
        .text_content()
        .unwrap_or_default();
    assert!(score.contains('2') && score.contains('3'), "{score}");
}

#[wasm_bindgen_test]
async fn the_franceconnect_practice_accepts_only_the_shown_account() {
    let _kiosk = open_in_french(&step_with(
        pasapas_core::content::tutorials::Practice::FranceconnectLogin,
    ))
    .await;
    find("button", "ameli.fr").click();
    tick().await;
    let type_in = |field: &str, text: &str| {
        find(field, "").focus().expect("focus");
        for c in text.chars() {
            find("button.k-key", &c.to_string()).click();
        }
    };
    type_in("#k-fc-identifier", "1234");
    tick().await;
    type_in("#k-fc-password", "soleix");
    tick().await;
    let password = find("#k-fc-password", "");
    assert_eq!(password.get_attribute("type").as_deref(), Some("password"));
    find("button", &message_in("fr", "practice-fc-connect")).click();
    tick().await;
    assert_eq!(
        find(".k-feedback", "").text_content().unwrap_or_default(),
        message_in("fr", "practice-fc-wrong")
    );
    find("button.k-key", &message_in("fr", "keyboard-erase")).click();
    find("button.k-key", "l").click();
    find("button", &message_in("fr", "practice-fc-show")).click();
    tick().await;
    assert_eq!(password.get_attribute("type").as_deref(), Some("text"));
    find("button", &message_in("fr", "practice-fc-connect")).click();
    tick().await;
    assert_eq!(
        find(".k-feedback", "").text_content().unwrap_or_default(),
        message_in("fr", "practice-fc-good")
    );
}

#[wasm_bindgen_test]
async fn the_attach_practice_needs_a_photo_before_sending() {
    let _kiosk = open_in_french(&step_with(
        pasapas_core::content::tutorials::Practice::AttachDocument,
    ))
    .await;
    find("button", &message_in("fr", "practice-attach-send")).click();
    tick().await;
    assert_eq!(
        find(".k-feedback", "").text_content().unwrap_or_default(),
        message_in("fr", "practice-attach-need")
    );
    find("button", &message_in("fr", "practice-attach-button")).click();
    tick().await;
    find(
        "button.k-photo",
        &message_in("fr", "practice-attach-photo-bill"),
    )
    .click();
    tick().await;
    let mail = find(".k-mail", "").text_content().unwrap_or_default();
    assert!(
        mail.contains(&message_in("fr", "practice-attach-photo-bill")),
        "{mail}"
    );
    find("button", &message_in("fr", "practice-attach-send")).click();
    tick().await;
    assert_eq!(
        find(".k-feedback", "").text_content().unwrap_or_default(),
        message_in("fr", "practice-attach-sent")
    );
}

/// The good copy of a commune file is the bytes given, even when the wasm memory grows while the
/// cache opens: the bytes are a view into that memory, which a growth empties. (An empty
/// configuration was kept that way, and later served without the agent's PIN.)
#[wasm_bindgen_test]
async fn a_kept_copy_holds_the_bytes_even_if_memory_grows_meanwhile() {
    let address = "/test/kept-copy.toml";
    let bytes = b"pin_hash = \"kept\"\n".repeat(50);
    let keeping = pasapas::offline::keep_copy(address, &bytes);
    // Grows the wasm memory before the cache has opened, as a start's other work can.
    let growth = std::hint::black_box(vec![1u8; 64 << 20]);
    let _ = wasm_bindgen_futures::JsFuture::from(keeping).await;
    drop(growth);
    let Some((kept, _)) = pasapas::offline::read_kept_copy(address).await else {
        panic!("no copy kept");
    };
    assert_eq!(kept.len(), bytes.len(), "the length of the kept copy");
    assert_eq!(kept, bytes, "the kept copy");
}

/// A pick whose files are on their way can be overtaken (the configured language, read
/// meanwhile, or another tap). It must still end: a page held until a launched language shows
/// would otherwise stay blank.
#[wasm_bindgen_test]
async fn a_pick_overtaken_while_its_files_come_still_ends() {
    // The kiosk's own locale is left alone; mounting starts the page's task executor.
    let _kiosk = mount_kiosk();
    let locale = pasapas::i18n::Locale::new();
    let ended = RwSignal::new(None);
    // Romanian's files are not given: its pick waits for a fetch.
    locale.choose_for_tutorial("ro", move |shown| ended.set(Some(shown)));
    locale.choose("fr", |_| {});
    for _ in 0..100 {
        if ended.get_untracked().is_some() {
            break;
        }
        tick().await;
    }
    assert_eq!(
        ended.get_untracked(),
        Some(false),
        "the overtaken pick ends, and says its language is not shown"
    );
    assert_eq!(locale.get_untracked().code, "fr");
    assert!(
        untrack(|| locale.failed()).is_none(),
        "an overtaken pick is not a failure"
    );
}

/// A fetch that has ended leaves no timer behind: its time limit would otherwise abort it long
/// after, as a stray task on whatever tap comes then (the languages Welcome prepares at its start
/// were aborted 10 s later, when a person picks).
#[wasm_bindgen_test]
async fn a_fetch_that_has_ended_is_not_aborted_later() {
    let count_aborts = js_sys::Function::new_no_args(
        "const original = AbortController.prototype.abort;
         window.__aborts = 0;
         AbortController.prototype.abort = function (...reason) {
           window.__aborts += 1;
           return original.apply(this, reason);
         };
         return () => { AbortController.prototype.abort = original; };",
    );
    let restore: js_sys::Function = count_aborts
        .call0(&wasm_bindgen::JsValue::NULL)
        .expect("the abort counter installs")
        .unchecked_into();
    let text = "kiosk-title = Pas à pas";
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/plain");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .expect("a file in memory");
    let address = web_sys::Url::create_object_url_with_blob(&blob).expect("its address");
    let fetched = pasapas::browser::fetch_bytes_within(&address, 300, 300).await;
    // Past both time limits.
    TimeoutFuture::new(700).await;
    let aborts = js_sys::Reflect::get(&window(), &"__aborts".into())
        .ok()
        .and_then(|n| n.as_f64());
    let _ = restore.call0(&wasm_bindgen::JsValue::NULL);
    assert_eq!(
        fetched.map(|b| b.len()),
        Ok(text.len()),
        "the file was fetched whole"
    );
    assert_eq!(aborts, Some(0.0), "aborts after the fetch had ended");
}
