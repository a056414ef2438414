//! The README's table of every fact the tutorials teach, with its source and the day it was
//! checked, built from the tutorials' `[[source]]` entries so a commune can see what to re-check.
//! `cargo xtask facts` writes it; `content_check` says when the README's copy is out of date.

use crate::authoring::content_check::{tutorial_files, TUTORIALS_FOLDER};
use crate::content::tutorials::Tutorial;
use std::path::Path;

/// The README lines between which the table lives.
pub const START: &str = "<!-- facts:start (written by `cargo xtask facts`) -->";
pub const END: &str = "<!-- facts:end -->";

/// The table, in tutorial file order, or what keeps a tutorial file from being read.
pub fn table(root: &Path) -> Result<String, String> {
    let files = tutorial_files(root);
    if files.is_empty() {
        return Err(format!("{TUTORIALS_FOLDER}: no tutorial could be listed"));
    }
    let mut lines = vec![
        "| Tutorial | Fact | Source | Checked |".to_string(),
        "|---|---|---|---|".to_string(),
    ];
    for path in files {
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let tutorial = Tutorial::parse(&text).map_err(|e| format!("{}: {e}", path.display()))?;
        for source in &tutorial.sources {
            lines.push(format!(
                "| {} | {} | <{}> | {} |",
                tutorial.id,
                source.fact.replace('|', "\\|"),
                source.url,
                source.checked
            ));
        }
    }
    Ok(lines.join("\n"))
}

/// `readme` with the text between the markers replaced by `table`; `None` without the markers.
pub fn with_table(readme: &str, table: &str) -> Option<String> {
    let start = readme.find(START)? + START.len();
    let end = start + readme[start..].find(END)?;
    Some(format!("{}\n{table}\n{}", &readme[..start], &readme[end..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_goes_between_the_markers() {
        let readme = format!("# Title\n{START}\nold\n{END}\nafter\n");
        let new = with_table(&readme, "| a |").expect("markers");
        assert_eq!(new, format!("# Title\n{START}\n| a |\n{END}\nafter\n"));
        assert_eq!(with_table("no markers", "| a |"), None);
    }
}
