//! The root: the contexts, the effects on `<html>`, and the one route table.

use crate::components::idle_warning::IdleWarning;
use crate::components::scroll_buttons::ScrollButtons;
use crate::components::toolbar::Toolbar;
use crate::i18n::Locale;
use crate::pages::{
    assessment_question::AssessmentQuestion, assessment_result::AssessmentResult, help::Help,
    help_near_me::HelpNearMe, home::Home, not_found::NotFound, tutorial_list::TutorialList,
    tutorial_step::TutorialStep, welcome::Welcome,
};
use crate::session::Session;
use crate::{kiosk, screen, speech, t};
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::path;
use pasapas_core::idle::{DEFAULT_IDLE_SECONDS, DEFAULT_WARNING_SECONDS};

/// The whole kiosk.
#[component]
pub fn App() -> impl IntoView {
    let locale = Locale::new();
    let session = Session::new();
    provide_context(locale);
    provide_context(session);
    crate::places::provide_places();
    crate::assessment::provide_assessment();
    kiosk::use_kiosk_guards();
    speech::warm_up();

    // The outside world: <html lang dir>, the window title, and the display settings as
    // attributes that tokens.css reads (so the theme swaps tokens only).
    Effect::new(move |_| {
        let language = locale.get();
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", &language.code);
            let _ = html.set_attribute("dir", language.direction.as_html());
        }
        document().set_title(&t!(locale, "app-title"));
    });
    Effect::new(move |_| {
        if let Some(html) = document().document_element() {
            let size = session.text_size.get().percent().to_string();
            let _ = html.set_attribute("data-text-size", &size);
            let _ = html.set_attribute("data-contrast", session.contrast.get().as_attr());
        }
    });

    view! {
        <Router>
            <Screens locale=locale session=session/>
        </Router>
    }
}

/// Everything inside the router: the toolbar (not on Welcome), the screen, the idle warning.
#[component]
fn Screens(locale: Locale, session: Session) -> impl IntoView {
    let location = use_location();
    let on_welcome = Memo::new(move |_| location.pathname.get() == "/");
    screen::use_screen_change(locale, session);
    // On an untouched Welcome there is nothing to forget, so no warning. Back on Welcome after a
    // visit, the language or text size may still be the person's: then the reset must come.
    let something_to_forget =
        Signal::derive(move || !on_welcome.get() || !session.is_pristine(locale));
    view! {
        <Show when=move || !on_welcome.get()>
            <Toolbar/>
        </Show>
        <main id="main" class="k-main">
            <Routes fallback=NotFound>
                <Route path=path!("/") view=Welcome/>
                <Route path=path!("/home") view=Home/>
                <Route path=path!("/help") view=Help/>
                <Route path=path!("/help-near-me") view=HelpNearMe/>
                <Route path=path!("/assessment/result") view=AssessmentResult/>
                <Route path=path!("/assessment/:n") view=AssessmentQuestion/>
                <Route path=path!("/tutorials") view=TutorialList/>
                <Route path=path!("/tutorials/:id/:step") view=TutorialStep/>
            </Routes>
        </main>
        <ScrollButtons/>
        <IdleWarning
            idle_seconds=DEFAULT_IDLE_SECONDS
            warning_seconds=DEFAULT_WARNING_SECONDS
            active=something_to_forget
        />
    }
}
