//! The root of each of the kiosk's two pages: the contexts, the effects on `<html>`, and the one
//! route table ([`screen_view`]).
//!
//! The kiosk is two pages, each its own wasm: the people's screens ([`App`], `index.html`), and
//! the agent's ([`AgentApp`], `agent-page/index.html`, built from `src/bin/pasapas-agent.rs`).
//! A person never needs the agent's screens (the PIN pad, the figures, the launch, the status),
//! so their code is not in the wasm that every start loads. A screen of the other page is reached
//! by a full load of its address (`kiosk::open_page`), like the reset's.

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
use pasapas_core::visit::navigation::Carried;

/// The people's page: every screen but the agent's.
#[component]
pub fn App() -> impl IntoView {
    shell(screen_view::<false>)
}

/// The agent's page: the PIN pad and agent mode's screens.
#[component]
pub fn AgentApp() -> impl IntoView {
    shell(screen_view::<true>)
}

/// What a page draws for a screen: [`screen_view`] for one of the two pages.
type ScreenView = fn(Option<Screen>, bool) -> AnyView;

/// The page around the screens, the same on both: contexts, guards, the router.
fn shell(screens: ScreenView) -> impl IntoView {
    kiosk::remember_the_start_address();
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
    let arrived = kiosk::arrive_from_other_page(locale, session, counting);

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
            <Screens
                locale=locale
                session=session
                config=config
                agent=agent
                screens=screens
                arrived=arrived
            />
        </Router>
    }
}

/// Everything inside the router: the toolbar (not on Welcome), the screen, the idle warning.
#[component]
fn Screens(
    locale: Locale,
    session: Session,
    config: Config,
    agent: AgentMode,
    screens: ScreenView,
    arrived: Signal<bool>,
) -> impl IntoView {
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
    // The configured language of Welcome, once the file is read, unless someone already chose
    // (a pick whose files are still on their way counts: it must not be overtaken).
    Effect::new(move |previous: Option<String>| {
        let wanted = default_language.get();
        let untouched = untrack(|| {
            on_welcome.get()
                && locale.loading().is_none()
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
    let current_screen = move || view! { <CurrentScreen screens=screens arrived=arrived /> };
    view! {
        <Show when=move || !on_welcome.get()>
            <Toolbar />
        </Show>
        <main id="main" class="k-main">
            // One route that takes every address: `screen_view` is the route table. leptos_router's
            // `Routes` stays because it is what lets the router write each navigation in the
            // address bar (without it the screen changes but the address does not).
            <Routes fallback=current_screen>
                <Route path=path!("/") view=current_screen />
                <Route path=path!("/*any") view=current_screen />
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

/// The screen at the current address, through the page's [`screen_view`]; nothing until the
/// language carried from the other page is shown (`arrived`), so that no screen opens in French
/// first.
#[component]
fn CurrentScreen(screens: ScreenView, arrived: Signal<bool>) -> impl IntoView {
    let current = use_current_screen();
    let agent = crate::agent::use_agent_mode();
    move || {
        if !arrived.get() {
            return ().into_any();
        }
        let screen = current.get();
        // Agent mode is read only for the screens that need it, so turning it off on the way out
        // of the agent screens does not draw the next screen twice.
        let allowed = screen
            .as_ref()
            .is_none_or(|s| !s.needs_agent_mode() || agent.is_on());
        screens(screen, allowed)
    }
}

/// The route table: the view of each [`Screen`], with its typed parameters, on the page that has
/// it (`AGENT_PAGE`). An exhaustive match, so a screen added or renamed without its view does not
/// compile. A screen of the other page is left for it ([`ToOtherPage`]); `allowed` is false for
/// an agent screen outside agent mode: the PIN pad shows instead.
///
/// Why a const parameter: each page's `main` names one instance, so the other page's screens are
/// never called from it and the linker leaves them out of its wasm.
fn screen_view<const AGENT_PAGE: bool>(screen: Option<Screen>, allowed: bool) -> AnyView {
    let Some(screen) = screen else {
        return view! { <NotFound /> }.into_any();
    };
    if screen.is_agent_screen() != AGENT_PAGE {
        return view! { <ToOtherPage screen=screen /> }.into_any();
    }
    let people = !AGENT_PAGE;
    let agent = AGENT_PAGE;
    if !allowed {
        return drawn_if(agent, || view! { <AgentEntry /> }.into_any());
    }
    match screen {
        Screen::Welcome => drawn_if(people, || view! { <Welcome /> }.into_any()),
        Screen::Home => drawn_if(people, || view! { <Home /> }.into_any()),
        Screen::Help => drawn_if(people, || view! { <Help /> }.into_any()),
        Screen::HelpNearMe => drawn_if(people, || view! { <HelpNearMe /> }.into_any()),
        Screen::Question(number) => drawn_if(people, || {
            view! { <AssessmentQuestion number=number /> }.into_any()
        }),
        Screen::AssessmentResult => drawn_if(people, || view! { <AssessmentResult /> }.into_any()),
        Screen::Tutorials => drawn_if(people, || view! { <TutorialList /> }.into_any()),
        Screen::TutorialStep { tutorial, step } => drawn_if(people, || {
            view! { <TutorialStep tutorial=tutorial step=step /> }.into_any()
        }),
        Screen::AgentEntry => drawn_if(agent, || view! { <AgentEntry /> }.into_any()),
        Screen::AgentDashboard => drawn_if(agent, || view! { <AgentDashboard /> }.into_any()),
        Screen::AgentLaunch => drawn_if(agent, || view! { <AgentLaunch /> }.into_any()),
        Screen::AgentStatus => drawn_if(agent, || view! { <AgentStatus /> }.into_any()),
        Screen::AgentStats => drawn_if(agent, || view! { <AgentStats /> }.into_any()),
    }
}

/// `draw()` on the page that has the screen. Never called with `false` (the screens of the other
/// page are left before the match); inlined, so that the other page's branch is not compiled in.
#[inline(always)]
fn drawn_if(on_this_page: bool, draw: impl FnOnce() -> AnyView) -> AnyView {
    if on_this_page {
        draw()
    } else {
        ().into_any()
    }
}

/// A screen of the other page: its address is loaded in full, which starts that page there. When
/// this page was itself loaded at that address, the server gave the wrong page (a server without
/// the kit's site, or `cargo xtask dev`, which serves one page): loading it again would go round
/// in circles, so "not found" shows, and the console says why.
#[component]
fn ToOtherPage(screen: Screen) -> impl IntoView {
    let address = screen.path();
    if kiosk::started_at(&address) {
        log::error!(
            "{address} belongs to the kiosk's other page, but the server answered it with this \
             one: serve dist/ with the kit's nginx site or `cargo xtask serve`"
        );
        return view! { <NotFound /> }.into_any();
    }
    let language = crate::i18n::use_locale().get_untracked().code.as_str();
    let display = crate::session::use_session().display_untracked();
    kiosk::open_page(
        &Carried::page(language)
            .with_display(display)
            .address(&screen),
    );
    ().into_any()
}
