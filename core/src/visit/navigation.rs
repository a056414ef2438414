//! Every screen of the kiosk, its address, and where the toolbar's "Back" goes.
//!
//! [`Screen`] is the one vocabulary of addresses: the app's route table is an exhaustive `match`
//! on it, every link and navigation takes one, and the agent guard asks it. A screen renamed or
//! added without its view is a compile error, not a dead link found by a person.
//!
//! Back goes to the screen before in the kiosk's own order, not to the browser's history. The
//! browser's history can hold the previous person's screens (a reload does not empty it), so a
//! `history.back()` after a reset could show the next person where the last one went.

use crate::visit::settings::{Contrast, Display, TextSize};

/// One screen, with its typed parameters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Screen {
    /// `/`: the invitation and the language picker.
    Welcome,
    /// `/home`: a large button per part of the kiosk.
    Home,
    /// `/help`: how to use the kiosk.
    Help,
    /// `/help-near-me`: places by kind of need.
    HelpNearMe,
    /// `/assessment/<n>`: question n (1-based) of the person's path.
    Question(usize),
    /// `/assessment/result`: the self-assessment's outcome and ticket.
    AssessmentResult,
    /// `/tutorials`: the tutorials by theme.
    Tutorials,
    /// `/tutorials/<id>/<step>`: one step (1-based) of a tutorial.
    TutorialStep { tutorial: String, step: usize },
    /// `/agent`: the PIN pad.
    AgentEntry,
    /// `/agent/dashboard`: the agent's menu.
    AgentDashboard,
    /// `/agent/launch`: launch a tutorial for someone.
    AgentLaunch,
    /// `/agent/status`: the kiosk's state for the agent.
    AgentStatus,
    /// `/agent/stats`: the anonymous figures.
    AgentStats,
}

impl Screen {
    /// The screen's address.
    pub fn path(&self) -> String {
        match self {
            Screen::Welcome => "/".into(),
            Screen::Home => "/home".into(),
            Screen::Help => "/help".into(),
            Screen::HelpNearMe => "/help-near-me".into(),
            Screen::Question(number) => format!("/assessment/{number}"),
            Screen::AssessmentResult => "/assessment/result".into(),
            Screen::Tutorials => "/tutorials".into(),
            Screen::TutorialStep { tutorial, step } => format!("/tutorials/{tutorial}/{step}"),
            Screen::AgentEntry => "/agent".into(),
            Screen::AgentDashboard => "/agent/dashboard".into(),
            Screen::AgentLaunch => "/agent/launch".into(),
            Screen::AgentStatus => "/agent/status".into(),
            Screen::AgentStats => "/agent/stats".into(),
        }
    }

    /// The screen at an address (a trailing `/` is ignored), or `None`: "this screen does not
    /// exist".
    pub fn parse(path: &str) -> Option<Screen> {
        let trimmed = path.trim_end_matches('/');
        let parts: Vec<&str> = trimmed.split('/').skip(1).collect();
        let screen = match parts.as_slice() {
            [] => Screen::Welcome,
            ["home"] => Screen::Home,
            ["help"] => Screen::Help,
            ["help-near-me"] => Screen::HelpNearMe,
            ["assessment", "result"] => Screen::AssessmentResult,
            ["assessment", number] => Screen::Question(number.parse().ok()?),
            ["tutorials"] => Screen::Tutorials,
            ["tutorials", id, step] if !id.is_empty() => Screen::TutorialStep {
                tutorial: (*id).to_string(),
                step: step.parse().ok()?,
            },
            ["agent"] => Screen::AgentEntry,
            ["agent", "dashboard"] => Screen::AgentDashboard,
            ["agent", "launch"] => Screen::AgentLaunch,
            ["agent", "status"] => Screen::AgentStatus,
            ["agent", "stats"] => Screen::AgentStats,
            _ => return None,
        };
        Some(screen)
    }

    /// The agent screens that show only in agent mode (the PIN pad shows instead).
    pub fn needs_agent_mode(&self) -> bool {
        matches!(
            self,
            Screen::AgentDashboard | Screen::AgentLaunch | Screen::AgentStatus | Screen::AgentStats
        )
    }

    /// The agent's screens, the PIN pad included: leaving them ends agent mode.
    pub fn is_agent_screen(&self) -> bool {
        self.needs_agent_mode() || *self == Screen::AgentEntry
    }

    /// The first step of a tutorial.
    pub fn tutorial(id: &str) -> Screen {
        Screen::TutorialStep {
            tutorial: id.to_string(),
            step: 1,
        }
    }
}

/// The screen that comes before `current` (`None`: an address that is no screen), or `None` on
/// the first screen.
pub fn back_target(current: Option<&Screen>) -> Option<Screen> {
    let Some(current) = current else {
        return Some(Screen::Home);
    };
    match current {
        Screen::Welcome => None,
        Screen::Home | Screen::AgentEntry | Screen::AgentDashboard => Some(Screen::Welcome),
        Screen::AgentLaunch | Screen::AgentStatus | Screen::AgentStats => {
            Some(Screen::AgentDashboard)
        }
        // Inside a tutorial, Back is the step before; from the first step, the list.
        Screen::TutorialStep { tutorial, step } if *step > 1 => Some(Screen::TutorialStep {
            tutorial: tutorial.clone(),
            step: step - 1,
        }),
        Screen::TutorialStep { .. } => Some(Screen::Tutorials),
        // In the self-assessment, Back is the question before, where the answer can change.
        Screen::Question(number) if *number > 1 => Some(Screen::Question(number - 1)),
        Screen::Question(_)
        | Screen::AssessmentResult
        | Screen::Help
        | Screen::HelpNearMe
        | Screen::Tutorials => Some(Screen::Home),
    }
}

/// What an address carries from one of the kiosk's two pages to the other (the people's and the
/// agent's, each loaded in full), in its query, read once by the page it opens: the language, and
/// the person's display settings, so that an agent's visit does not undo a text size or a
/// contrast chosen for the person's eyes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Carried<'a> {
    /// A page change (`/agent?language=ar`) or an agent's launch of a tutorial step for a person
    /// (`/tutorials/email-send/3?launch=ar`).
    pub crossing: Crossing,
    /// The language's code.
    pub language: &'a str,
    /// The person's display settings; in the query only those that are not the default
    /// (`&text=200&contrast=high&read-aloud=on`).
    pub display: Display,
}

/// Why a page is opened by the other one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Crossing {
    /// The screen asked for is the other page's: the language displayed goes with it.
    Page,
    /// An agent's launch of a tutorial step for a person. The people's page counts it as the
    /// start of a visit (the agent's own taps never count).
    Launch,
}

const LANGUAGE_KEY: &str = "language";
const LAUNCH_KEY: &str = "launch";
const TEXT_KEY: &str = "text";
const CONTRAST_KEY: &str = "contrast";
const READ_ALOUD_KEY: &str = "read-aloud";

impl<'a> Carried<'a> {
    /// A page change in `language` with the default display.
    pub fn page(language: &'a str) -> Self {
        Self::new(Crossing::Page, language)
    }

    /// An agent's launch in `language` with the default display.
    pub fn launch(language: &'a str) -> Self {
        Self::new(Crossing::Launch, language)
    }

    fn new(crossing: Crossing, language: &'a str) -> Self {
        Self {
            crossing,
            language,
            display: Display::default(),
        }
    }

    /// The same, with these display settings.
    pub fn with_display(self, display: Display) -> Self {
        Self { display, ..self }
    }

    /// The address of `screen` carrying this.
    pub fn address(&self, screen: &Screen) -> String {
        let key = match self.crossing {
            Crossing::Page => LANGUAGE_KEY,
            Crossing::Launch => LAUNCH_KEY,
        };
        let mut address = format!("{}?{key}={}", screen.path(), self.language);
        let display = self.display;
        if display.text_size != TextSize::default() {
            address.push_str(&format!("&{TEXT_KEY}={}", display.text_size.percent()));
        }
        if display.contrast != Contrast::default() {
            address.push_str(&format!("&{CONTRAST_KEY}={}", display.contrast.as_attr()));
        }
        if display.read_aloud {
            address.push_str(&format!("&{READ_ALOUD_KEY}=on"));
        }
        address
    }

    /// What an address's query (`location.search`) carries; `None` when nothing, or when it is not
    /// one the kiosk writes: the language or launch first, a language code (letters and `-`
    /// only), then only a known text size, contrast and reading aloud, each at most once.
    pub fn read(search: &'a str) -> Option<Self> {
        let is_code = |code: &str| {
            !code.is_empty() && code.chars().all(|c| c.is_ascii_alphabetic() || c == '-')
        };
        let mut pairs = search
            .strip_prefix('?')?
            .split('&')
            .map(|pair| pair.split_once('='));
        let (key, language) = pairs.next()??;
        let crossing = match key {
            LANGUAGE_KEY => Crossing::Page,
            LAUNCH_KEY => Crossing::Launch,
            _ => return None,
        };
        if !is_code(language) {
            return None;
        }
        let mut carried = Self::new(crossing, language);
        let mut seen = Vec::new();
        for pair in pairs {
            let (key, value) = pair?;
            if seen.contains(&key) {
                return None;
            }
            seen.push(key);
            let display = &mut carried.display;
            match (key, value) {
                (TEXT_KEY, _) => display.text_size = TextSize::from_percent(value.parse().ok()?)?,
                (CONTRAST_KEY, _) => display.contrast = Contrast::from_attr(value)?,
                (READ_ALOUD_KEY, "on") => display.read_aloud = true,
                _ => return None,
            }
        }
        Some(carried)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_carries_a_language_or_a_launch_and_nothing_else_passes_for_one() {
        let step = Screen::TutorialStep {
            tutorial: "email-send".into(),
            step: 3,
        };
        let launch = Carried::launch("prs").address(&step);
        assert_eq!(launch, "/tutorials/email-send/3?launch=prs");
        let (path, search) = launch.split_at(launch.find('?').unwrap_or(launch.len()));
        assert_eq!(Screen::parse(path), Some(step));
        assert_eq!(Carried::read(search), Some(Carried::launch("prs")));
        let agent = Carried::page("ar").address(&Screen::AgentStats);
        assert_eq!(agent, "/agent/stats?language=ar");
        assert_eq!(
            Carried::read("?language=ar").map(|c| c.language),
            Some("ar")
        );
        for nothing in [
            "",
            "?recovered",
            "?launch=",
            "?launch=ar&x=1",
            "?language=<b>",
            "?lang=ar",
            "?text=200",
            "?language=ar&text=120",
            "?language=ar&text=big",
            "?language=ar&contrast=dark",
            "?language=ar&text=200&text=150",
            "?language=ar&contrast",
            "?language=ar&read-aloud=off",
        ] {
            assert_eq!(Carried::read(nothing), None, "{nothing}");
        }
    }

    #[test]
    fn the_display_settings_cross_with_the_language_and_only_when_changed() {
        let all = Display {
            text_size: TextSize::Largest,
            contrast: Contrast::High,
            read_aloud: true,
        };
        let agent = Carried::page("fr")
            .with_display(all)
            .address(&Screen::AgentEntry);
        assert_eq!(
            agent,
            "/agent?language=fr&text=200&contrast=high&read-aloud=on"
        );
        let back = Carried::read(&agent[agent.find('?').unwrap_or(0)..]);
        assert_eq!(back, Some(Carried::page("fr").with_display(all)));
        let launch = Carried::launch("ar").with_display(Display {
            text_size: TextSize::Large,
            ..Display::default()
        });
        let step = Screen::TutorialStep {
            tutorial: "scams".into(),
            step: 1,
        };
        assert_eq!(
            launch.address(&step),
            "/tutorials/scams/1?launch=ar&text=150"
        );
        assert_eq!(Carried::read("?launch=ar&text=150"), Some(launch));
        assert_eq!(
            Carried::read("?language=ar&read-aloud=on&contrast=high&text=200"),
            Some(Carried::page("ar").with_display(all)),
            "in any order"
        );
    }

    fn back(path: &str) -> Option<String> {
        back_target(Screen::parse(path).as_ref()).map(|s| s.path())
    }

    #[test]
    fn every_screen_reads_back_from_its_own_address() {
        let all = [
            Screen::Welcome,
            Screen::Home,
            Screen::Help,
            Screen::HelpNearMe,
            Screen::Question(3),
            Screen::AssessmentResult,
            Screen::Tutorials,
            Screen::tutorial("email-send"),
            Screen::AgentEntry,
            Screen::AgentDashboard,
            Screen::AgentLaunch,
            Screen::AgentStatus,
            Screen::AgentStats,
        ];
        for screen in all {
            assert_eq!(Screen::parse(&screen.path()), Some(screen.clone()));
            assert_eq!(
                Screen::parse(&format!("{}/", screen.path())),
                Some(screen.clone())
            );
        }
    }

    #[test]
    fn addresses_that_are_no_screen_are_none() {
        for path in [
            "/no-such-screen",
            "/assessment/x",
            "/tutorials/x/not-a-number",
            "/tutorials/x",
            "/agent/other",
            "/home/more",
        ] {
            assert_eq!(Screen::parse(path), None, "{path}");
        }
    }

    #[test]
    fn only_the_agent_screens_need_agent_mode() {
        assert!(Screen::AgentStats.needs_agent_mode());
        assert!(!Screen::AgentEntry.needs_agent_mode());
        assert!(Screen::AgentEntry.is_agent_screen());
        assert!(!Screen::Home.is_agent_screen());
    }

    #[test]
    fn welcome_is_the_first_screen() {
        assert_eq!(back("/"), None);
    }

    #[test]
    fn home_and_the_agent_menu_go_back_to_welcome() {
        assert_eq!(back("/home").as_deref(), Some("/"));
        assert_eq!(back("/home/").as_deref(), Some("/"));
        assert_eq!(back("/agent/dashboard").as_deref(), Some("/"));
        assert_eq!(back("/agent/stats").as_deref(), Some("/agent/dashboard"));
    }

    #[test]
    fn a_step_goes_back_to_the_step_before_then_to_the_list() {
        assert_eq!(
            back("/tutorials/email-send/3").as_deref(),
            Some("/tutorials/email-send/2")
        );
        assert_eq!(
            back("/tutorials/email-send/1").as_deref(),
            Some("/tutorials")
        );
        assert_eq!(back("/tutorials").as_deref(), Some("/home"));
        assert_eq!(back("/tutorials/x/not-a-number").as_deref(), Some("/home"));
    }

    #[test]
    fn a_question_goes_back_to_the_question_before() {
        assert_eq!(back("/assessment/3").as_deref(), Some("/assessment/2"));
        assert_eq!(back("/assessment/1").as_deref(), Some("/home"));
        assert_eq!(back("/assessment/result").as_deref(), Some("/home"));
    }

    #[test]
    fn any_other_screen_goes_back_home() {
        assert_eq!(back("/help").as_deref(), Some("/home"));
        assert_eq!(back("/no-such-screen").as_deref(), Some("/home"));
    }
}
