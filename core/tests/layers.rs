//! The rooms of `pasapas-core` depend on each other one way only, lowest first:
//! `problem` ← `agent` ← `installation` ← `content` ← `visit`, and `authoring` reads any of them.
//! A `use crate::…` that points up a layer (or makes a loop) fails here, with the file and line.

use std::path::Path;

/// Each room and the rooms it may use besides itself.
const MAY_USE: &[(&str, &[&str])] = &[
    ("problem", &[]),
    ("agent", &["problem"]),
    ("installation", &["problem", "agent"]),
    ("content", &["problem", "agent", "installation"]),
    ("visit", &["problem", "agent", "installation", "content"]),
    (
        "authoring",
        &["problem", "agent", "installation", "content", "visit"],
    ),
];

fn rust_files(folder: &Path, found: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(folder)
        .expect("a folder of core/src")
        .flatten()
    {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

#[test]
fn every_room_uses_only_the_rooms_below_it() {
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&source, &mut files);
    let mut wrong = Vec::new();
    let mut seen_rooms = 0;
    for file in &files {
        let relative = file.strip_prefix(&source).expect("below core/src");
        let first = relative
            .iter()
            .next()
            .and_then(|p| p.to_str())
            .unwrap_or("");
        let room = first.trim_end_matches(".rs");
        let Some((_, allowed)) = MAY_USE.iter().find(|(name, _)| *name == room) else {
            if room != "lib" {
                wrong.push(format!(
                    "core/src/{}: a room the layers test does not know; add it to MAY_USE",
                    relative.display()
                ));
            }
            continue;
        };
        seen_rooms += 1;
        let text = std::fs::read_to_string(file).expect("a source file");
        for (n, line) in text.lines().enumerate() {
            for (at, _) in line.match_indices("crate::") {
                let used = line[at + "crate::".len()..]
                    .split(|c: char| !(c.is_alphanumeric() || c == '_'))
                    .next()
                    .unwrap_or("");
                if used != room && !allowed.contains(&used) {
                    wrong.push(format!(
                        "core/src/{}:{}: `{room}` uses `{used}`, a room above it",
                        relative.display(),
                        n + 1
                    ));
                }
            }
        }
    }
    assert!(seen_rooms > 10, "the test read too few files: {seen_rooms}");
    assert!(wrong.is_empty(), "\n{}\n", wrong.join("\n"));
}
