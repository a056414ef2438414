//! `cargo xtask pictograms`: gathers the pictograms of `assets/icons/` into one SVG sprite,
//! `assets/pictograms.svg`, one `<symbol>` per file, named after it. Trunk pastes it into
//! `index.html`, and the kiosk draws a pictogram as `<svg><use href="#k-pictogram-home"/></svg>`:
//! no document to build, no file to fetch. Drawn as a CSS mask, each file was a document of its
//! own, built the first time it was shown (about 15 ms each at 4x CPU throttling, 13 on Home: a
//! tap on Welcome right after a reset waited for them). A sprite in a file of its own
//! (`/pictograms.svg#home`), tried first, showed a document load again after screen changes in a
//! trace. The sprite is committed; a test fails when it is not the one the folder makes.

use std::path::Path;

/// Where the sprite is written, from the repository root (trunk pastes it into `index.html`).
pub const SPRITE: &str = "assets/pictograms.svg";

/// Before each symbol's name, so that no id of the page's own can take it (`#k-pictogram-home`;
/// `components::icon` says the same).
const SYMBOL_PREFIX: &str = "k-pictogram-";

/// The sprite made from every `.svg` file of `folder`, in name order.
pub fn sprite(folder: &Path) -> Result<String, String> {
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .map_err(|e| format!("{}: {e}", folder.display()))?
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(".svg"))
        .collect();
    names.sort();
    // Pasted into index.html's <body> by trunk: never drawn itself, only through `<use>`.
    let mut sprite = String::from(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" aria-hidden=\"true\" style=\"display: none\">\n\
         <!-- Made by `cargo xtask pictograms` from assets/icons/: edit those files, not this one. -->\n",
    );
    for name in names {
        let path = folder.join(&name);
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let id = name.trim_end_matches(".svg");
        sprite.push_str(&symbol(id, &text).map_err(|e| format!("{}: {e}", path.display()))?);
        sprite.push('\n');
    }
    sprite.push_str("</svg>\n");
    Ok(sprite)
}

/// One pictogram as a `<symbol>`: the root's `viewBox` and its painting attributes (stroke, fill),
/// so that `currentColor` takes the colour of the text around it; its content as written.
fn symbol(id: &str, text: &str) -> Result<String, String> {
    let document = roxmltree::Document::parse(text).map_err(|e| e.to_string())?;
    let root = document.root_element();
    if root.tag_name().name() != "svg" {
        return Err("the root element is not <svg>".to_string());
    }
    if root.attribute("viewBox").is_none() {
        return Err("the <svg> has no viewBox, so it cannot be scaled".to_string());
    }
    let mut symbol = format!("<symbol id=\"{SYMBOL_PREFIX}{id}\"");
    for attribute in root.attributes() {
        // The size is the page's to choose; the class and namespace mean nothing in a symbol.
        if ["width", "height", "class", "xmlns"].contains(&attribute.name())
            || attribute.namespace().is_some()
        {
            continue;
        }
        let value = attribute
            .value()
            .replace('&', "&amp;")
            .replace('"', "&quot;");
        symbol.push_str(&format!(" {}=\"{value}\"", attribute.name()));
    }
    symbol.push('>');
    // Each drawn element as written; the icon set's invisible frame (`stroke="none"
    // fill="none"`, there to keep the 24 px box in editors) is left out.
    let invisible = |node: &roxmltree::Node| {
        node.attribute("stroke") == Some("none") && node.attribute("fill") == Some("none")
    };
    for child in root
        .children()
        .filter(|node| node.is_element() && !invisible(node))
    {
        let written = &text[child.range()];
        symbol.extend(written.lines().map(str::trim));
    }
    symbol.push_str("</symbol>");
    Ok(symbol)
}

/// `cargo xtask pictograms`: writes the sprite.
pub fn write_sprite() -> Result<(), String> {
    let root = crate::root();
    let sprite = sprite(&root.join("assets/icons"))?;
    let path = root.join(SPRITE);
    std::fs::write(&path, sprite).map_err(|e| format!("{}: {e}", path.display()))?;
    eprintln!("wrote {SPRITE}");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{sprite, symbol, SPRITE};

    #[test]
    fn the_committed_sprite_is_the_one_assets_icons_makes() {
        let root = crate::root();
        let made = sprite(&root.join("assets/icons")).expect("every pictogram reads");
        let committed = std::fs::read_to_string(root.join(SPRITE)).unwrap_or_default();
        assert!(
            committed == made,
            "{SPRITE} is not the one assets/icons/ makes (a pictogram was added, changed or \
             removed): run `cargo xtask pictograms` and commit {SPRITE}"
        );
    }

    #[test]
    fn a_symbol_keeps_the_view_box_the_painting_and_the_drawing_not_the_size_or_the_frame() {
        let file = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"24\" height=\"24\" \
                    viewBox=\"0 0 24 24\" fill=\"none\" stroke=\"currentColor\" class=\"x\">\n  \
                    <path stroke=\"none\" d=\"M0 0h24v24H0z\" fill=\"none\" />\n  \
                    <path d=\"M5 12l-2 0\" />\n  <circle cx=\"1\" cy=\"1\" r=\"1\"/>\n</svg>";
        assert_eq!(
            symbol("home", file).as_deref(),
            Ok(
                "<symbol id=\"k-pictogram-home\" viewBox=\"0 0 24 24\" fill=\"none\" \
                stroke=\"currentColor\"><path d=\"M5 12l-2 0\" /><circle cx=\"1\" cy=\"1\" \
                r=\"1\"/></symbol>"
            )
        );
    }

    #[test]
    fn a_file_without_a_view_box_or_not_svg_is_refused_with_the_reason() {
        let no_box = "<svg xmlns=\"http://www.w3.org/2000/svg\"><path d=\"M0 0\"/></svg>";
        assert!(symbol("a", no_box).is_err_and(|e| e.contains("viewBox")));
        assert!(symbol("a", "<html/>").is_err_and(|e| e.contains("not <svg>")));
        assert!(symbol("a", "<svg").is_err());
    }
}
