//! Where the toolbar's "Back" goes.
//!
//! Back goes to the screen before in the kiosk's own order, not to the browser's history. The
//! browser's history can hold the previous person's screens (a reload does not empty it), so a
//! `history.back()` after a reset could show the next person where the last one went.

/// The screen that comes before `path`, or `None` on the first screen.
pub fn back_target(path: &str) -> Option<String> {
    let path = path.trim_end_matches('/');
    match path {
        "" => None,
        "/home" | "/agent" | "/agent/dashboard" => Some("/".into()),
        _ if path.starts_with("/agent/") => Some("/agent/dashboard".into()),
        _ => Some(
            tutorial_back(path)
                .or_else(|| question_back(path))
                .unwrap_or_else(|| "/home".into()),
        ),
    }
}

/// Inside a tutorial, Back is the step before; from the first step, the list of tutorials.
fn tutorial_back(path: &str) -> Option<String> {
    let rest = path.strip_prefix("/tutorials/")?;
    let (id, step) = rest.split_once('/')?;
    match step.parse::<usize>().ok()? {
        0 | 1 => Some("/tutorials".into()),
        n => Some(format!("/tutorials/{id}/{}", n - 1)),
    }
}

/// In the self-assessment, Back is the question before, where the person can change the answer.
fn question_back(path: &str) -> Option<String> {
    let number = path.strip_prefix("/assessment/")?.parse::<usize>().ok()?;
    (number > 1).then(|| format!("/assessment/{}", number - 1))
}

/// The address of a tutorial's step (1-based).
pub fn step_path(tutorial_id: &str, step: usize) -> String {
    format!("/tutorials/{tutorial_id}/{step}")
}

#[cfg(test)]
mod tests {
    use super::back_target;

    #[test]
    fn welcome_is_the_first_screen() {
        assert_eq!(back_target("/"), None);
    }

    #[test]
    fn home_goes_back_to_welcome() {
        assert_eq!(back_target("/home").as_deref(), Some("/"));
        assert_eq!(back_target("/home/").as_deref(), Some("/"));
    }

    #[test]
    fn a_step_goes_back_to_the_step_before_then_to_the_list() {
        assert_eq!(
            back_target("/tutorials/email-send/3").as_deref(),
            Some("/tutorials/email-send/2")
        );
        assert_eq!(
            back_target("/tutorials/email-send/1").as_deref(),
            Some("/tutorials")
        );
        assert_eq!(back_target("/tutorials").as_deref(), Some("/home"));
        assert_eq!(
            back_target("/tutorials/x/not-a-number").as_deref(),
            Some("/home")
        );
    }

    #[test]
    fn a_question_goes_back_to_the_question_before() {
        assert_eq!(
            back_target("/assessment/3").as_deref(),
            Some("/assessment/2")
        );
        assert_eq!(back_target("/assessment/1").as_deref(), Some("/home"));
        assert_eq!(back_target("/assessment/result").as_deref(), Some("/home"));
    }

    #[test]
    fn any_other_screen_goes_back_home() {
        assert_eq!(back_target("/help").as_deref(), Some("/home"));
        assert_eq!(back_target("/no-such-screen").as_deref(), Some("/home"));
    }
}
