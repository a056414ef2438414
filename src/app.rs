//! The root: the contexts, the effects on `<html>`, and the one route table ([`screen_view`]).

use crate::agent::{agent_idle, AgentMode};
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
use crate::screen::{use_current_screen, Screen};
use crate::session::Session;
use crate::{kiosk, screen, speech, t};
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
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
    let counting = crate::stats::provide_counting(agent);
    kiosk::use_kiosk_guards();
    kiosk::count_recoveries(counting);
    crate::stats::tidy_after_start();
    speech::warm_up();
    crate::offline::register_service_worker();
    crate::components::icon::warm_pictures();

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
            let size = session.text_size().percent().to_string();
            let _ = html.set_attribute("data-text-size", &size);
            let _ = html.set_attribute("data-contrast", session.contrast().as_attr());
        }
    });

    view! {
        <Router>
            <Screens locale=locale session=session config=config agent=agent />
        </Router>
    }
}

/// Everything inside the router: the toolbar (not on Welcome), the screen, the idle warning.
#[component]
fn Screens(locale: Locale, session: Session, config: Config, agent: AgentMode) -> impl IntoView {
    let counting = crate::stats::use_counting();
    let current = use_current_screen();
    let on_welcome = Memo::new(move |_| current.get() == Some(Screen::Welcome));
    screen::use_screen_change(locale, session);
    let default_language = Memo::new(move |_| config.settings().default_language.clone());
    // Agent mode belongs to the agent screens: leaving them (Home, Back) ends it, so the next
    // person never finds it on, nor the agent screens open without the PIN.
    Effect::new(move |_| {
        let on_agent_screen = current.get().is_some_and(|s| s.is_agent_screen());
        if !on_agent_screen && agent.is_on_untracked() {
            agent.close();
        }
    });
    // A visit has started as soon as a screen other than Welcome shows, whatever opened it
    // (a language on Welcome, an agent's "Start for the person", a deep link): back on Welcome
    // afterwards, the person's answers may still be in memory, so the reset must still come.
    Effect::new(move |_| {
        if !on_welcome.get() {
            session.start_visit();
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
            locale.choose(&wanted, |_| {});
        }
        wanted
    });
    // On an untouched Welcome there is nothing to forget, so no warning. Back on Welcome after a
    // visit, the language or text size may still be the person's: then the reset must come.
    let something_to_forget = Signal::derive(move || {
        agent.is_on() || !on_welcome.get() || !session.is_pristine(locale, &default_language.get())
    });
    // Agent mode ends after 60 s untouched; a person's visit after the configured delay.
    let idle_timing = Memo::new(move |_| {
        let settings = config.settings();
        if agent.is_on() {
            agent_idle(settings.warning_seconds)
        } else {
            (settings.idle_seconds, settings.warning_seconds)
        }
    });
    view! {
        <Show when=move || !on_welcome.get()>
            <Toolbar />
        </Show>
        <main id="main" class="k-main">
            // One route that takes every address: `screen_view` is the route table. leptos_router's
            // `Routes` stays because it is what lets the router write each navigation in the
            // address bar (without it the screen changes but the address does not).
            <Routes fallback=CurrentScreen>
                <Route path=path!("/") view=CurrentScreen />
                <Route path=path!("/*any") view=CurrentScreen />
            </Routes>
        </main>
        <ScrollButtons />
        {move || {
            let (idle_seconds, warning_seconds) = idle_timing.get();
            view! {
                <IdleWarning
                    idle_seconds=idle_seconds
                    warning_seconds=warning_seconds
                    active=something_to_forget
                    on_reset=Callback::new(move |_| {
                        counting.record(Event::IdleReset);
                    })
                />
            }
        }}
    }
}

/// The screen at the current address, through [`screen_view`].
#[component]
fn CurrentScreen() -> impl IntoView {
    let current = use_current_screen();
    let agent = crate::agent::use_agent_mode();
    move || {
        let screen = current.get();
        // Agent mode is read only for the screens that need it, so turning it off on the way out
        // of the agent screens does not draw the next screen twice.
        let allowed = screen
            .as_ref()
            .is_none_or(|s| !s.needs_agent_mode() || agent.is_on());
        screen_view(screen, allowed)
    }
}

/// The route table: the view of each [`Screen`], with its typed parameters. An exhaustive match,
/// so a screen added or renamed without its view does not compile. `allowed` is false for an
/// agent screen outside agent mode: the PIN pad shows instead.
fn screen_view(screen: Option<Screen>, allowed: bool) -> AnyView {
    let Some(screen) = screen else {
        return view! { <NotFound /> }.into_any();
    };
    if !allowed {
        return view! { <AgentEntry /> }.into_any();
    }
    match screen {
        Screen::Welcome => view! { <Welcome /> }.into_any(),
        Screen::Home => view! { <Home /> }.into_any(),
        Screen::Help => view! { <Help /> }.into_any(),
        Screen::HelpNearMe => view! { <HelpNearMe /> }.into_any(),
        Screen::Question(number) => view! { <AssessmentQuestion number=number /> }.into_any(),
        Screen::AssessmentResult => view! { <AssessmentResult /> }.into_any(),
        Screen::Tutorials => view! { <TutorialList /> }.into_any(),
        Screen::TutorialStep { tutorial, step } => {
            view! { <TutorialStep tutorial=tutorial step=step /> }.into_any()
        }
        Screen::AgentEntry => view! { <AgentEntry /> }.into_any(),
        Screen::AgentDashboard => view! { <AgentDashboard /> }.into_any(),
        Screen::AgentLaunch => view! { <AgentLaunch /> }.into_any(),
        Screen::AgentStatus => view! { <AgentStatus /> }.into_any(),
        Screen::AgentStats => view! { <AgentStats /> }.into_any(),
    }
}
