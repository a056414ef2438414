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
        "/home" => Some("/".into()),
        _ => Some("/home".into()),
    }
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
    fn any_other_screen_goes_back_home() {
        assert_eq!(back_target("/help").as_deref(), Some("/home"));
        assert_eq!(back_target("/no-such-screen").as_deref(), Some("/home"));
    }
}
