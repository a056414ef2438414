//! Trunk takes CSS file by file, from `<link data-trunk rel="css">` lines in `index.html`: a
//! widget's CSS file that is not linked there is silently left out of the kiosk. This test names
//! each one, and each link whose file is gone.

mod common;

use std::path::Path;

#[test]
fn every_css_file_of_the_app_is_linked_in_index_html() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let index = std::fs::read_to_string(root.join("index.html")).expect("index.html");
    let linked: Vec<&str> = index
        .lines()
        .filter(|line| line.contains("data-trunk") && line.contains("rel=\"css\""))
        .filter_map(|line| line.split("href=\"").nth(1)?.split('"').next())
        .collect();
    let mut files = common::files_with_extension(&root.join("src"), "css");
    files.extend(common::files_with_extension(
        &root.join("assets/style"),
        "css",
    ));
    assert!(files.len() > 5, "too few CSS files found: {files:?}");
    let mut wrong = Vec::new();
    for file in &files {
        let relative = file
            .strip_prefix(&root)
            .expect("below the repository")
            .to_string_lossy()
            .replace('\\', "/");
        if !linked.contains(&relative.as_str()) {
            wrong.push(format!(
                "{relative} is not linked: add <link data-trunk rel=\"css\" href=\"{relative}\" /> to index.html, after tokens.css and base.css"
            ));
        }
    }
    for link in &linked {
        if !root.join(link).is_file() {
            wrong.push(format!("index.html links {link}, which does not exist"));
        }
    }
    assert!(wrong.is_empty(), "\n{}\n", wrong.join("\n"));
}
