//! Lists the pictures the kiosk ships (`assets/icons/`, `assets/illustrations/`) for the app's
//! warm-up after the start (`components::icon::warm`), so a new picture needs no code change.

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
    std::fs::write(std::path::Path::new(&out).join("pictures.rs"), list)
        .expect("OUT_DIR is writable");
}
