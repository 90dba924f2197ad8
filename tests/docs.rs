//! The README and the guides in `docs/` cannot drift from the repository:
//!
//! - the README fits on a few screens (at most 250 lines);
//! - every ```` ```sh ```` block says what checks it, on the line before it:
//!   `<!-- checked by: PATH::test_function, ... -->` (the test exists in that file) or
//!   `<!-- checked by: .ci/run -->` (a file CI runs); a command nobody checks fails here;
//! - a block after `<!-- verbatim: PATH -->` is that file as it is (CI runs the file);
//! - every link stays inside the package and reaches a file (and, with `#anchor`, a heading);
//! - the file map in `docs/development.md` names only paths that exist, and every file of the
//!   crate's folders (a folder's row names each of its files).

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// README.md and every page of docs/, as (path relative to the root, text).
fn pages() -> Vec<(String, String)> {
    let mut names = vec!["README.md".to_owned()];
    let mut docs: Vec<String> = fs::read_dir(root().join("docs"))
        .expect("docs/ exists")
        .map(|entry| entry.unwrap().file_name().into_string().unwrap())
        .filter(|name| name.ends_with(".md"))
        .map(|name| format!("docs/{name}"))
        .collect();
    docs.sort();
    names.extend(docs);
    names
        .into_iter()
        .map(|name| {
            let text = fs::read_to_string(root().join(&name)).unwrap();
            (name, text)
        })
        .collect()
}

/// A fenced block: its info string, its body, and the last non-empty line before it.
struct Block {
    info: String,
    body: String,
    before: String,
    line: usize,
}

fn blocks(text: &str) -> Vec<Block> {
    let lines: Vec<&str> = text.lines().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let Some(info) = lines[i].trim_start().strip_prefix("```") else {
            i += 1;
            continue;
        };
        let before = lines[..i]
            .iter()
            .rev()
            .find(|l| !l.trim().is_empty())
            .map_or(String::new(), |l| l.trim().to_owned());
        let end = (i + 1..lines.len())
            .find(|&j| lines[j].trim_start().starts_with("```"))
            .unwrap_or_else(|| panic!("a block opened at line {} is never closed", i + 1));
        found.push(Block {
            info: info.trim().to_owned(),
            body: lines[i + 1..end].join("\n"),
            before,
            line: i + 1,
        });
        i = end + 1;
    }
    found
}

fn comment<'a>(line: &'a str, key: &str) -> Option<&'a str> {
    line.strip_prefix("<!-- ")?
        .strip_suffix(" -->")?
        .strip_prefix(key)?
        .strip_prefix(": ")
}

#[test]
fn the_readme_fits_on_a_few_screens() {
    let lines = fs::read_to_string(root().join("README.md"))
        .unwrap()
        .lines()
        .count();
    assert!(
        lines <= 250,
        "README.md has {lines} lines; at most 250 (guides go to docs/)"
    );
}

#[test]
fn every_shell_block_names_what_checks_it() {
    let mut checked = 0;
    for (page, text) in pages() {
        for block in blocks(&text).iter().filter(|b| b.info == "sh") {
            let at = format!("{page}:{}", block.line);
            let Some(checkers) = comment(&block.before, "checked by") else {
                panic!("{at}: a sh block without `<!-- checked by: FILE::test -->` before it");
            };
            for checker in checkers.split(", ") {
                let (file, function) = checker.split_once("::").unwrap_or((checker, ""));
                let source = fs::read_to_string(root().join(file))
                    .unwrap_or_else(|e| panic!("{at}: checked by {file}, which is absent: {e}"));
                if !function.is_empty() {
                    assert!(
                        source.contains(&format!("fn {function}(")),
                        "{at}: {file} has no test `{function}`"
                    );
                }
            }
            checked += 1;
        }
    }
    assert!(checked >= 10, "only {checked} sh blocks found");
}

#[test]
fn files_shown_verbatim_are_shown_as_they_are() {
    let mut shown = 0;
    for (page, text) in pages() {
        for block in blocks(&text) {
            let Some(file) = comment(&block.before, "verbatim") else {
                continue;
            };
            let source = fs::read_to_string(root().join(file)).unwrap();
            assert_eq!(
                block.body.trim_end(),
                source.trim_end(),
                "{page}:{}: the block differs from {file}; copy the file into the page",
                block.line
            );
            shown += 1;
        }
    }
    assert!(shown >= 3, "only {shown} verbatim blocks found");
}

/// GitHub's anchor for a heading: lower case, spaces to hyphens, punctuation dropped.
fn anchor(heading: &str) -> String {
    heading
        .trim()
        .to_lowercase()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c),
            _ => None,
        })
        .collect()
}

/// The lines of `text` outside fenced code blocks.
fn prose(text: &str) -> impl Iterator<Item = &str> {
    let mut in_block = false;
    text.lines().filter(move |line| {
        let fence = line.trim_start().starts_with("```");
        in_block ^= fence;
        !fence && !in_block
    })
}

fn anchors(text: &str) -> BTreeSet<String> {
    prose(text)
        .filter(|line| line.starts_with('#'))
        .map(|line| anchor(line.trim_start_matches('#')))
        .collect()
}

/// Every `](target)` outside code.
fn links(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for line in prose(text) {
        let mut rest = line;
        while let Some(start) = rest.find("](") {
            let tail = &rest[start + 2..];
            let end = tail.find(')').expect("a link is closed on its line");
            found.push(tail[..end].to_owned());
            rest = &tail[end..];
        }
    }
    found
}

#[test]
fn links_stay_inside_the_package_and_reach_something() {
    let root = fs::canonicalize(root()).unwrap();
    for (page, text) in pages() {
        assert!(
            !text.contains("../shared"),
            "{page} refers to ../shared, which is not part of the package"
        );
        let dir = root.join(&page).parent().unwrap().to_owned();
        for link in links(&text) {
            if link.starts_with("https://") || link.starts_with("http://") {
                continue;
            }
            let (file, fragment) = link.split_once('#').unwrap_or((&link, ""));
            let target = if file.is_empty() {
                root.join(&page)
            } else {
                fs::canonicalize(dir.join(file))
                    .unwrap_or_else(|e| panic!("{page}: link {link} reaches nothing: {e}"))
            };
            assert!(
                target.starts_with(&root),
                "{page}: link {link} leaves the package"
            );
            if !fragment.is_empty() {
                let headings = anchors(&fs::read_to_string(&target).unwrap());
                assert!(
                    headings.contains(fragment),
                    "{page}: no heading #{fragment} in {link}"
                );
            }
        }
    }
}

/// The rows of the file map: (path, description).
fn file_map() -> Vec<(String, String)> {
    let text = fs::read_to_string(root().join("docs/development.md")).unwrap();
    let section = text
        .split("## What is where")
        .nth(1)
        .expect("docs/development.md has a `## What is where` section");
    let section = section.split("\n## ").next().unwrap();
    section
        .lines()
        .filter_map(|line| {
            let cells: Vec<&str> = line.split(" | ").collect();
            let path = cells.first()?.strip_prefix("| `")?.strip_suffix('`')?;
            Some((path.to_owned(), cells[1..].join(" | ")))
        })
        .collect()
}

/// The files of a folder, not recursing, that a map row must name.
fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().unwrap().is_file())
        .map(|e| e.file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".rs") || n.ends_with(".py"))
        .collect();
    names.sort();
    names
}

#[test]
fn the_file_map_names_every_file_and_only_files_that_exist() {
    let rows = file_map();
    assert!(rows.len() > 40, "{} rows", rows.len());
    for (path, description) in &rows {
        let full = root().join(path);
        assert!(
            full.exists(),
            "docs/development.md maps {path}, which does not exist"
        );
        if path.ends_with('/') {
            for name in files_in(&full) {
                assert!(
                    description.contains(&format!("`{name}`")),
                    "docs/development.md: the row of {path} does not name {name}"
                );
            }
        }
    }
    let mapped: BTreeSet<&str> = rows.iter().map(|(p, _)| p.as_str()).collect();
    for dir in [
        "",
        "src/",
        "tests/",
        "build/",
        "examples/",
        "bench/",
        "cli/",
    ] {
        for name in files_in(&root().join(dir)) {
            let path = format!("{dir}{name}");
            let in_row =
                mapped.contains(path.as_str()) || (!dir.is_empty() && mapped.contains(dir));
            assert!(in_row, "docs/development.md has no row for {path}");
        }
    }
    for dir in ["src/", "tests/", "cli/"] {
        for entry in fs::read_dir(root().join(dir)).unwrap() {
            let entry = entry.unwrap();
            if entry.file_type().unwrap().is_dir() {
                let path = format!("{dir}{}/", entry.file_name().into_string().unwrap());
                assert!(
                    mapped.contains(path.as_str()),
                    "docs/development.md has no row for {path}"
                );
            }
        }
    }
}
