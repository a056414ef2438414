//! The root: the contexts, the effects on `<html>`, and the one route table.

use crate::agent::{agent_idle, set_agent_mode, AgentMode};
use crate::components::idle_warning::IdleWarning;
use crate::components::scroll_buttons::ScrollButtons;
use crate::components::toolbar::Toolbar;
use crate::config::Config;
use crate::i18n::{Locale, LANGUAGES};
use crate::pages::{
    agent_dashboard::AgentDashboard, agent_entry::AgentEntry, agent_launch::AgentLaunch,
    agent_stats::AgentStats, agent_status::AgentStatus, assessment_question::AssessmentQuestion,
    assessment_result::AssessmentResult, help::Help, help_near_me::HelpNearMe, home::Home,
    not_found::NotFound, tutorial_list::TutorialList, tutorial_step::TutorialStep,
    welcome::Welcome,
};
use crate::session::Session;
use crate::{kiosk, screen, speech, t};
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::path;
use pasapas_core::agent::stats::Event;

/// The whole kiosk.
#[component]
pub fn App() -> impl IntoView {
    let locale = Locale::new();
    let session = Session::new();
    provide_context(locale);
    provide_context(session);
    let config = crate::config::provide_config();
    crate::places::provide_places(config);
    crate::assessment::provide_assessment();
    let agent = crate::agent::provide_agent_mode();
    kiosk::use_kiosk_guards();
    kiosk::count_recoveries();
    crate::stats::tidy_after_start();
    speech::warm_up();
    crate::offline::register_service_worker();

    // The outside world: <html lang dir>, the window title, and the display settings as
    // attributes that tokens.css reads (so the theme swaps tokens only).
    Effect::new(move |_| {
        let language = locale.get();
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", &language.code);
            let _ = html.set_attribute("dir", language.direction.as_html());
        }
        document().set_title(&t!(locale, "app-title"));
        kiosk::keep_crash_texts(language);
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
            <Screens locale=locale session=session config=config agent=agent/>
        </Router>
    }
}

/// Everything inside the router: the toolbar (not on Welcome), the screen, the idle warning.
#[component]
fn Screens(locale: Locale, session: Session, config: Config, agent: AgentMode) -> impl IntoView {
    let location = use_location();
    let on_welcome = Memo::new(move |_| location.pathname.get() == "/");
    screen::use_screen_change(locale, session);
    let default_language = Memo::new(move |_| config.settings().default_language.clone());
    // Agent mode belongs to the agent screens: leaving them (Home, Back) ends it, so the next
    // person never finds it on, nor the agent screens open without the PIN.
    Effect::new(move |_| {
        let path = location.pathname.get();
        if !path.starts_with("/agent") && agent.0.get_untracked() {
            set_agent_mode(agent, false);
        }
    });
    // A visit has started as soon as a screen other than Welcome shows, whatever opened it
    // (a language on Welcome, an agent's "Start for the person", a deep link): back on Welcome
    // afterwards, the person's answers may still be in memory, so the reset must still come.
    Effect::new(move |_| {
        if !on_welcome.get() && !session.visit_started.get_untracked() {
            session.visit_started.set(true);
        }
    });
    // The configured language of Welcome, once the file is read, unless someone already chose.
    Effect::new(move |previous: Option<String>| {
        let wanted = default_language.get();
        let untouched = untrack(|| {
            on_welcome.get()
                && session.is_pristine(locale, previous.as_deref().unwrap_or(&LANGUAGES.default))
        });
        if untouched {
            locale.set(&wanted);
        }
        wanted
    });
    // On an untouched Welcome there is nothing to forget, so no warning. Back on Welcome after a
    // visit, the language or text size may still be the person's: then the reset must come.
    let something_to_forget = Signal::derive(move || {
        agent.0.get() || !on_welcome.get() || !session.is_pristine(locale, &default_language.get())
    });
    // Agent mode ends after 60 s untouched; a person's visit after the configured delay.
    let idle_timing = Memo::new(move |_| {
        let settings = config.settings();
        if agent.0.get() {
            agent_idle(settings.warning_seconds)
        } else {
            (settings.idle_seconds, settings.warning_seconds)
        }
    });
    let agent_only = move |screen: fn() -> AnyView| {
        move || {
            if agent.0.get() {
                screen()
            } else {
                view! { <AgentEntry/> }.into_any()
            }
        }
    };
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
                <Route path=path!("/agent") view=AgentEntry/>
                <Route path=path!("/agent/dashboard") view=agent_only(|| view! { <AgentDashboard/> }.into_any())/>
                <Route path=path!("/agent/launch") view=agent_only(|| view! { <AgentLaunch/> }.into_any())/>
                <Route path=path!("/agent/status") view=agent_only(|| view! { <AgentStatus/> }.into_any())/>
                <Route path=path!("/agent/stats") view=agent_only(|| view! { <AgentStats/> }.into_any())/>
            </Routes>
        </main>
        <ScrollButtons/>
        {move || {
            let (idle_seconds, warning_seconds) = idle_timing.get();
            view! {
                <IdleWarning
                    idle_seconds=idle_seconds
                    warning_seconds=warning_seconds
                    active=something_to_forget
                    on_reset=Callback::new(move |_| {
                        if !agent.0.get_untracked() {
                            crate::stats::record(Event::IdleReset);
                        }
                    })
                />
            }
        }}
    }
}
