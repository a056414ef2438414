//! Every screen of the kiosk, its address, and where the toolbar's "Back" goes.
//!
//! [`Screen`] is the one vocabulary of addresses: the app's route table is an exhaustive `match`
//! on it, every link and navigation takes one, and the agent guard asks it. A screen renamed or
//! added without its view is a compile error, not a dead link found by a person.
//!
//! Back goes to the screen before in the kiosk's own order, not to the browser's history. The
//! browser's history can hold the previous person's screens (a reload does not empty it), so a
//! `history.back()` after a reset could show the next person where the last one went.

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
/// agent's, each loaded in full), in its query, read once by the page it opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Carried<'a> {
    /// The language displayed when the page was left: `/agent?language=ar`.
    Language(&'a str),
    /// An agent's launch of a tutorial step for a person, in this language:
    /// `/tutorials/email-send/3?launch=ar`. The people's page counts it as the start of a visit
    /// (the agent's own taps never count).
    Launch(&'a str),
}

const LANGUAGE_QUERY: &str = "?language=";
const LAUNCH_QUERY: &str = "?launch=";

impl Carried<'_> {
    /// The address of `screen` carrying this.
    pub fn address(&self, screen: &Screen) -> String {
        match self {
            Carried::Language(code) => format!("{}{LANGUAGE_QUERY}{code}", screen.path()),
            Carried::Launch(code) => format!("{}{LAUNCH_QUERY}{code}", screen.path()),
        }
    }

    /// What an address's query (`location.search`) carries; `None` when nothing, or when its
    /// language is not a language code (letters and `-` only).
    pub fn read(search: &str) -> Option<Carried<'_>> {
        let is_code = |code: &str| {
            !code.is_empty() && code.chars().all(|c| c.is_ascii_alphabetic() || c == '-')
        };
        if let Some(code) = search.strip_prefix(LANGUAGE_QUERY) {
            is_code(code).then_some(Carried::Language(code))
        } else if let Some(code) = search.strip_prefix(LAUNCH_QUERY) {
            is_code(code).then_some(Carried::Launch(code))
        } else {
            None
        }
    }

    /// The language carried.
    pub fn language(&self) -> &str {
        match self {
            Carried::Language(code) | Carried::Launch(code) => code,
        }
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
        let launch = Carried::Launch("prs").address(&step);
        assert_eq!(launch, "/tutorials/email-send/3?launch=prs");
        let (path, search) = launch.split_at(launch.find('?').unwrap_or(launch.len()));
        assert_eq!(Screen::parse(path), Some(step));
        assert_eq!(Carried::read(search), Some(Carried::Launch("prs")));
        let agent = Carried::Language("ar").address(&Screen::AgentStats);
        assert_eq!(agent, "/agent/stats?language=ar");
        assert_eq!(
            Carried::read("?language=ar").map(|c| c.language().to_string()),
            Some("ar".into())
        );
        for nothing in [
            "",
            "?recovered",
            "?launch=",
            "?launch=ar&x=1",
            "?language=<b>",
            "?lang=ar",
        ] {
            assert_eq!(Carried::read(nothing), None, "{nothing}");
        }
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
