//! Lists the pictures the kiosk ships (`assets/icons/`, `assets/illustrations/`) for the app's
//! warm-up after the start (`components::icon::warm`), so a new picture needs no code change; and
//! makes one constant per pictogram (`components::icon::pictogram`), so the code cannot name a
//! pictogram that has no file.

use std::fmt::Write as _;

fn main() {
    let mut list = String::from(
        "/// Every picture's address, pictograms first.\npub const PICTURES: &[&str] = &[\n",
    );
    for (folder, address) in [
        ("assets/icons", "/icons"),
        ("assets/illustrations", "/illustrations"),
    ] {
        println!("cargo:rerun-if-changed={folder}");
        let mut names: Vec<String> = std::fs::read_dir(folder)
            .map(|entries| {
                entries
                    .flatten()
                    .filter_map(|entry| entry.file_name().into_string().ok())
                    .filter(|name| name.ends_with(".svg"))
                    .collect()
            })
            .unwrap_or_default();
        names.sort();
        for name in names {
            let _ = writeln!(list, "    \"{address}/{name}\",");
        }
    }
    list.push_str("];\n");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    let out = std::path::Path::new(&out);
    std::fs::write(out.join("pictures.rs"), list).expect("OUT_DIR is writable");
    std::fs::write(out.join("pictograms.rs"), pictogram_constants()).expect("OUT_DIR is writable");
}

/// One constant per file of `assets/icons/` (`check-in.svg` gives `CHECK_IN`), the only way the
/// app's code names a pictogram: a name without its file does not compile.
fn pictogram_constants() -> String {
    let mut names: Vec<String> = std::fs::read_dir("assets/icons")
        .map(|entries| {
            entries
                .flatten()
                .filter_map(|entry| entry.file_name().into_string().ok())
                .filter_map(|name| name.strip_suffix(".svg").map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    let mut constants = String::from("use super::Pictogram;\n");
    for name in names {
        let constant = name.to_uppercase().replace('-', "_");
        let _ = writeln!(
            constants,
            "/// `assets/icons/{name}.svg`.\npub const {constant}: Pictogram = Pictogram(\"{name}\");"
        );
    }
    constants
}
