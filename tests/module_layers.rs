//! No import circles: the files of `src/emulator` (and of `src/client` and `cli/src`) form
//! layers, each importing only files below it. The graph is computed from the source: an
//! edge from a file to each sibling it names through `super::NAME` or `crate::emulator::NAME`
//! (`crate::client::NAME`, `crate::NAME` in the command line), in `use` declarations and in
//! paths alike, comments and `#[cfg(test)]` modules left out. A circle fails the test with
//! the files on it. In `src/emulator`, no file imports the wiring at the top (`mod.rs`)
//! either: it declares the others and re-exports what is public.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Source without comments (line comments, doc comments, block comments) and string
/// contents, so that a path written in prose or in a message is not an import.
fn code_only(source: &str) -> String {
    let bytes = source.as_bytes();
    let mut out = String::with_capacity(source.len());
    let mut i = 0;
    while i < bytes.len() {
        let rest = &source[i..];
        if rest.starts_with("//") {
            i += rest.find('\n').unwrap_or(rest.len());
        } else if rest.starts_with("/*") {
            i += rest.find("*/").map_or(rest.len(), |end| end + 2);
        } else if rest.starts_with('"') {
            // A string: skip to its closing quote, honouring escapes.
            let mut j = 1;
            while j < rest.len() && rest.as_bytes()[j] != b'"' {
                j += if rest.as_bytes()[j] == b'\\' { 2 } else { 1 };
            }
            out.push_str("\"\"");
            i += (j + 1).min(rest.len());
        } else if rest.starts_with("'\"'") {
            i += 3;
        } else {
            let c = rest.chars().next().unwrap();
            out.push(c);
            i += c.len_utf8();
        }
    }
    out
}

/// `code` without its `#[cfg(test)] mod NAME { ... }` blocks.
fn without_test_modules(code: &str) -> String {
    let mut out = code.to_owned();
    while let Some(at) = out.find("#[cfg(test)]") {
        let after = &out[at..];
        let Some(open) = after.find('{') else { break };
        let is_module = after[..open].contains("mod ");
        if !is_module {
            out.replace_range(at..at + "#[cfg(test)]".len(), "");
            continue;
        }
        let mut depth = 0;
        let mut end = after.len();
        for (k, c) in after[open..].char_indices() {
            match c {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        end = open + k + 1;
                        break;
                    }
                }
                _ => {}
            }
        }
        out.replace_range(at..at + end, "");
    }
    out
}

/// The first names after `prefix` wherever it occurs in `code`: `a` of `prefix a::b`, and
/// each first name of a group, `a` and `c` of `prefix {a::b, c}`.
fn names_after(code: &str, prefix: &str) -> BTreeSet<String> {
    let ident = |s: &str| -> String {
        s.chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect()
    };
    let mut names = BTreeSet::new();
    for (at, _) in code.match_indices(prefix) {
        // `super::` must not be the tail of `super::super::` read twice, nor a longer word.
        let before = code[..at].chars().last();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let rest = code[at + prefix.len()..].trim_start();
        if let Some(group) = rest.strip_prefix('{') {
            let mut depth = 0;
            let mut item_start = true;
            for (k, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => item_start = true,
                    c if item_start && !c.is_whitespace() => {
                        names.insert(ident(&group[k..]));
                        item_start = false;
                    }
                    _ => {}
                }
            }
        } else {
            names.insert(ident(rest));
        }
    }
    names.remove("");
    names
}

/// The import graph of the files of `dir`: file -> the siblings it names. `prefixes` are how
/// a file names a sibling (`super::`, `crate::emulator::`). `root` is the file that declares
/// the others (`mod.rs`, `main.rs`): not a sibling, and its own imports are not followed.
fn graph(dir: &Path, root: &str, prefixes: &[&str]) -> BTreeMap<String, BTreeSet<String>> {
    let files: BTreeMap<String, String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "rs"))
        .map(|path| {
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            let code = without_test_modules(&code_only(&std::fs::read_to_string(&path).unwrap()));
            (name, code)
        })
        .collect();
    let modules: BTreeSet<&String> = files.keys().filter(|n| *n != root).collect();
    files
        .iter()
        .filter(|(name, _)| *name != root)
        .map(|(name, code)| {
            let mut edges: BTreeSet<String> = BTreeSet::new();
            for prefix in prefixes {
                for target in names_after(code, prefix) {
                    if modules.contains(&target) && &target != name {
                        edges.insert(target);
                    } else if !modules.contains(&target) && target != "self" {
                        // An item of the root file (`super::Emulator`).
                        edges.insert(root.to_owned());
                    }
                }
            }
            (name.clone(), edges)
        })
        .collect()
}

/// A circle of `graph`, as the files on it, if there is one.
fn circle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|n| n == node) {
            let mut found = path[at..].to_vec();
            found.push(node.to_owned());
            return Some(found);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_owned());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(found) = visit(next, graph, path, done) {
                return Some(found);
            }
        }
        path.pop();
        done.insert(node.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|node| visit(node, graph, &mut Vec::new(), &mut done))
}

/// Every group of files that import each other round a circle (each file reaches every
/// other of its group), as sorted names.
fn circles(graph: &BTreeMap<String, BTreeSet<String>>) -> BTreeSet<Vec<String>> {
    let reach = |from: &str| {
        let mut seen = BTreeSet::new();
        let mut todo = vec![from.to_owned()];
        while let Some(node) = todo.pop() {
            for next in graph.get(&node).into_iter().flatten() {
                if seen.insert(next.clone()) {
                    todo.push(next.clone());
                }
            }
        }
        seen
    };
    let reached: BTreeMap<&String, BTreeSet<String>> =
        graph.keys().map(|n| (n, reach(n))).collect();
    graph
        .keys()
        .filter(|n| reached[n].contains(*n))
        .map(|n| {
            let group: Vec<String> = (reached[n].iter())
                .filter(|m| reached.get(m).is_some_and(|r| r.contains(n)))
                .cloned()
                .collect();
            group
        })
        .collect()
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn the_emulators_files_import_in_layers_and_never_the_wiring() {
    let emulator = graph(
        &root().join("src/emulator"),
        "mod",
        &["super::", "crate::emulator::"],
    );
    assert!(emulator.len() > 20, "{} files", emulator.len());
    assert_eq!(circle(&emulator), None, "an import circle in src/emulator");
    let importers: Vec<&String> = (emulator.iter())
        .filter(|(_, edges)| edges.contains("mod"))
        .map(|(name, _)| name)
        .collect();
    assert!(
        importers.is_empty(),
        "these files import from src/emulator/mod.rs, the wiring at the top: {importers:?}"
    );
    // State is below every handler: it imports none of the files that serve a resource.
    let handlers = [
        "org_keys",
        "project_keys",
        "access_lists",
        "agent_keys",
        "user_keys",
    ];
    for handler in handlers {
        assert!(!emulator["state"].contains(handler));
        assert!(emulator[handler].contains("state"), "{handler}");
    }
}

#[test]
fn the_clients_and_the_command_lines_files_import_in_layers() {
    let client = graph(
        &root().join("src/client"),
        "mod",
        &["super::", "crate::client::"],
    );
    assert!(client.len() > 10, "{} files", client.len());
    let found = circles(&client);
    assert_eq!(found, BTreeSet::new(), "the import circles of src/client");
    let cli = graph(&root().join("cli/src"), "main", &["super::", "crate::"]);
    assert!(cli.len() > 5, "{} files", cli.len());
    assert_eq!(
        circles(&cli),
        BTreeSet::new(),
        "the import circles of cli/src"
    );
}

#[test]
fn the_graph_finds_imports_in_every_form_and_circles_through_them() {
    let code = code_only(
        "use super::{a::X, b, c::{D, E}};\n// super::z\nfn f() { super::d::g(); \
         let s = \"super::y\"; crate::emulator::e::h(); }\n#[cfg(test)]\nmod tests { use super::w; }",
    );
    let code = without_test_modules(&code);
    assert_eq!(
        names_after(&code, "super::"),
        ["a", "b", "c", "d"].map(String::from).into()
    );
    assert_eq!(
        names_after(&code, "crate::emulator::"),
        ["e"].map(String::from).into()
    );
    let edges = |pairs: &[(&str, &str)]| {
        let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (from, to) in pairs {
            graph
                .entry((*from).into())
                .or_default()
                .insert((*to).into());
            graph.entry((*to).into()).or_default();
        }
        graph
    };
    assert_eq!(circle(&edges(&[("a", "b"), ("b", "c"), ("a", "c")])), None);
    let three = edges(&[("state", "keys"), ("keys", "errors"), ("errors", "state")]);
    assert_eq!(
        circle(&three),
        Some(
            ["errors", "state", "keys", "errors"]
                .map(String::from)
                .to_vec()
        )
    );
    let groups = circles(&edges(&[("a", "b"), ("b", "a"), ("b", "c"), ("d", "d")]));
    let names = |n: &[&str]| n.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
    assert_eq!(groups, [names(&["a", "b"]), names(&["d"])].into());
}
