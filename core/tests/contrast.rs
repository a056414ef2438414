//! The colour tokens keep their contrast promises in both themes: text at least 7:1 (WCAG 1.4.6,
//! AAA), control borders, pictograms and the focus ring at least 3:1 (WCAG 1.4.11).
//! A failure names the theme, the two tokens and the ratio, so a designer can pick another colour.

use std::collections::HashMap;
use std::path::Path;

const TOKENS: &str = "../assets/style/tokens.css";

/// (foreground, background, minimum ratio, what it is for)
const PAIRS: &[(&str, &str, f64, &str)] = &[
    ("text", "page", 7.0, "body text"),
    ("text", "surface", 7.0, "text on buttons and cards"),
    ("muted", "page", 7.0, "secondary text"),
    ("muted", "surface", 7.0, "secondary text on cards"),
    (
        "accent",
        "page",
        7.0,
        "pictograms and titles in the accent colour",
    ),
    ("accent", "surface", 7.0, "pictograms on cards"),
    ("on-accent", "accent", 7.0, "text of primary buttons"),
    (
        "danger",
        "surface",
        7.0,
        "text of the \"I have finished\" button",
    ),
    ("on-danger", "danger", 7.0, "text of the erase button"),
    ("text", "pressed", 7.0, "text of a pressed toggle"),
    ("line", "surface", 3.0, "borders of controls"),
    ("line", "page", 3.0, "borders of controls on the page"),
    ("focus", "page", 3.0, "focus ring on the page"),
    ("focus", "surface", 3.0, "focus ring on cards and dialogs"),
];

/// The `--k-color-*` tokens of one CSS block, as RGB.
fn colours_in(block: &str) -> HashMap<String, [u8; 3]> {
    block
        .lines()
        .filter_map(|line| {
            let (name, value) = line.trim().strip_prefix("--k-color-")?.split_once(':')?;
            let hex = value.split_whitespace().next()?.trim_end_matches(';');
            let hex = hex.strip_prefix('#')?;
            if hex.len() != 6 {
                return None;
            }
            let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
            Some((name.trim().to_string(), [byte(0)?, byte(2)?, byte(4)?]))
        })
        .collect()
}

/// The CSS block that starts with `selector {`.
fn block<'a>(css: &'a str, selector: &str) -> &'a str {
    let start = css
        .find(&format!("{selector} {{"))
        .unwrap_or_else(|| panic!("{TOKENS}: no block `{selector} {{`"));
    let rest = &css[start..];
    &rest[..rest.find('}').unwrap_or(rest.len())]
}

fn luminance([r, g, b]: [u8; 3]) -> f64 {
    let channel = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

fn ratio(a: [u8; 3], b: [u8; 3]) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[test]
fn both_themes_keep_their_contrast_ratios() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(TOKENS);
    let css = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{TOKENS}: {e}"));
    let standard = colours_in(block(&css, ":root"));
    let mut high = standard.clone();
    high.extend(colours_in(block(&css, ":root[data-contrast=\"high\"]")));
    let mut problems = Vec::new();
    for (theme, colours) in [("standard", &standard), ("high contrast", &high)] {
        for (fg, bg, minimum, what) in PAIRS {
            let (Some(f), Some(b)) = (colours.get(*fg), colours.get(*bg)) else {
                problems.push(format!(
                    "{theme}: --k-color-{fg} or --k-color-{bg} is missing"
                ));
                continue;
            };
            let r = ratio(*f, *b);
            if r < *minimum {
                problems.push(format!(
                    "{theme}: --k-color-{fg} on --k-color-{bg} ({what}) is {r:.2}:1, needs {minimum}:1"
                ));
            }
        }
    }
    assert!(problems.is_empty(), "in {TOKENS}:\n{}", problems.join("\n"));
}

#[test]
fn the_ratio_formula_matches_known_values() {
    assert!((ratio([0, 0, 0], [255, 255, 255]) - 21.0).abs() < 0.01);
    assert!((ratio([0x76, 0x76, 0x76], [255, 255, 255]) - 4.54).abs() < 0.01);
}
