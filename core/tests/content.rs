//! Every tutorial and every text passes the authors' checker (`cargo xtask check-content` prints
//! the same list). A failure lists each problem with its file, in plain words.

use std::path::Path;

#[test]
fn the_content_has_no_problem() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let problems = pasapas_core::authoring::content_check::check_repository(&root);
    let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(
        list.is_empty(),
        "\n{} problem(s):\n{}\n",
        list.len(),
        list.join("\n")
    );
}
