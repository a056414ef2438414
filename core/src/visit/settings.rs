//! The display settings a person can change for their visit. They live in memory only and are
//! forgotten at the reset (RGAA 10.4 / WCAG 1.4.4: text up to 200 % from an in-app control).

/// Everything a person can change of the display for their visit, as one value: it crosses from
/// one of the kiosk's pages to the other with the language (`navigation::Carried`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Display {
    pub text_size: TextSize,
    pub contrast: Contrast,
    /// Every screen read aloud when it opens.
    pub read_aloud: bool,
}

/// Text size, as a share of the default size.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TextSize {
    #[default]
    Normal,
    Large,
    Largest,
}

impl TextSize {
    /// Percent of the default size: 100, 150 or 200.
    pub fn percent(self) -> u32 {
        match self {
            TextSize::Normal => 100,
            TextSize::Large => 150,
            TextSize::Largest => 200,
        }
    }

    /// The size of `percent` (100, 150 or 200), if it is one.
    pub fn from_percent(percent: u32) -> Option<Self> {
        [TextSize::Normal, TextSize::Large, TextSize::Largest]
            .into_iter()
            .find(|size| size.percent() == percent)
    }

    /// The next size on one tap of the toolbar control; after the largest comes the normal size.
    pub fn next(self) -> Self {
        match self {
            TextSize::Normal => TextSize::Large,
            TextSize::Large => TextSize::Largest,
            TextSize::Largest => TextSize::Normal,
        }
    }
}

/// Colour theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Contrast {
    #[default]
    Standard,
    High,
}

impl Contrast {
    /// The value of `data-contrast` on `<html>`, which swaps the colour tokens.
    pub fn as_attr(self) -> &'static str {
        match self {
            Contrast::Standard => "standard",
            Contrast::High => "high",
        }
    }

    /// The theme whose attribute value is `value`, if it is one.
    pub fn from_attr(value: &str) -> Option<Self> {
        [Contrast::Standard, Contrast::High]
            .into_iter()
            .find(|contrast| contrast.as_attr() == value)
    }

    pub fn toggled(self) -> Self {
        match self {
            Contrast::Standard => Contrast::High,
            Contrast::High => Contrast::Standard,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_size_cycles_through_the_three_sizes() {
        let mut size = TextSize::default();
        let mut seen = vec![size.percent()];
        for _ in 0..3 {
            size = size.next();
            seen.push(size.percent());
        }
        assert_eq!(seen, [100, 150, 200, 100]);
    }

    #[test]
    fn contrast_toggles() {
        assert_eq!(Contrast::default().toggled(), Contrast::High);
        assert_eq!(Contrast::High.toggled().as_attr(), "standard");
    }
}
