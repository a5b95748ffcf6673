//! The modules of every crate import each other without loops, so each one can be read,
//! tested and changed after the ones it uses. A loop is reported with the modules in it.
//!
//! An import is a `crate::`, `$crate::` or `super::` path in code (comments are skipped);
//! a module's use of its own ancestors is not counted, since a child is part of its parent.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// The source folders of the crates, each with the name its modules are shown under.
const CRATES: [(&str, &str); 3] = [
    ("src", "widget"),
    ("crates/engine/src", "engine"),
    ("crates/authoring/src", "authoring"),
];

type Module = (String, Vec<String>);

/// Every module of a crate (its path below the crate root) with its code.
fn modules(root: &Path, dir: &Path, out: &mut Vec<(Vec<String>, String)>) {
    for entry in fs::read_dir(dir).expect("a source folder can be read") {
        let path = entry.expect("a folder entry").path();
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n != "bin") {
                modules(root, &path, out);
            }
            continue;
        }
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let relative = path.strip_prefix(root).expect("below the root");
        let mut parts: Vec<String> = relative
            .with_extension("")
            .iter()
            .map(|p| p.to_string_lossy().into_owned())
            .collect();
        if matches!(
            parts.last().map(String::as_str),
            Some("mod" | "lib" | "main")
        ) {
            parts.pop();
        }
        let code = fs::read_to_string(&path).expect("a source file can be read");
        let code: String = code
            .lines()
            .filter(|line| !line.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        out.push((parts, code));
    }
}

/// The paths after each `crate::`/`super::` in `code`, with which of the two it was.
fn imported_paths(code: &str) -> Vec<(bool, Vec<String>)> {
    let mut found = Vec::new();
    for (start, _) in code.match_indices("::") {
        let before = &code[..start];
        let word_start = before
            .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .map_or(0, |i| i + 1);
        let word = &before[word_start..];
        let preceded_by_path = before[..word_start].ends_with("::");
        if preceded_by_path || !(word == "crate" || word == "super") {
            continue;
        }
        let rest = &code[start + 2..];
        let path: Vec<String> = rest
            .split("::")
            .map(|seg| {
                seg.chars()
                    .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_')
                    .collect::<String>()
            })
            .take_while(|seg| !seg.is_empty())
            .collect();
        found.push((word == "crate", path));
    }
    found
}

/// The import edges between the modules of all crates.
fn graph() -> BTreeMap<Module, BTreeSet<Module>> {
    let mut edges = BTreeMap::new();
    for (dir, name) in CRATES {
        let root = Path::new(dir);
        let mut found = Vec::new();
        modules(root, root, &mut found);
        let known: BTreeSet<Vec<String>> = found.iter().map(|(m, _)| m.clone()).collect();
        for (module, code) in &found {
            let mut targets = BTreeSet::new();
            for (from_root, path) in imported_paths(code) {
                let mut full = if from_root {
                    Vec::new()
                } else {
                    module[..module.len().saturating_sub(1)].to_vec()
                };
                full.extend(path);
                while !full.is_empty() && !known.contains(&full) {
                    full.pop();
                }
                let ancestor_or_self = module.starts_with(&full);
                if !full.is_empty() && !ancestor_or_self {
                    targets.insert((name.to_string(), full));
                }
            }
            edges.insert((name.to_string(), module.clone()), targets);
        }
    }
    edges
}

/// The groups of modules that import each other in a loop (Tarjan's strongly connected
/// components of more than one module).
fn loops(edges: &BTreeMap<Module, BTreeSet<Module>>) -> Vec<Vec<Module>> {
    struct Search<'a> {
        edges: &'a BTreeMap<Module, BTreeSet<Module>>,
        index: BTreeMap<&'a Module, (usize, usize)>,
        stack: Vec<&'a Module>,
        next: usize,
        found: Vec<Vec<Module>>,
    }
    impl<'a> Search<'a> {
        fn visit(&mut self, v: &'a Module) {
            self.index.insert(v, (self.next, self.next));
            self.next += 1;
            self.stack.push(v);
            for w in &self.edges[v] {
                let w = self
                    .edges
                    .get_key_value(w)
                    .expect("every import is a module")
                    .0;
                match self.index.get(w).copied() {
                    None => {
                        self.visit(w);
                        let low = self.index[w].1.min(self.index[v].1);
                        self.index.get_mut(v).expect("visited").1 = low;
                    }
                    Some((w_index, _)) if self.stack.contains(&w) => {
                        let low = w_index.min(self.index[v].1);
                        self.index.get_mut(v).expect("visited").1 = low;
                    }
                    Some(_) => {}
                }
            }
            let (index, low) = self.index[v];
            if index == low {
                let at = self
                    .stack
                    .iter()
                    .position(|m| *m == v)
                    .expect("on the stack");
                let group: Vec<Module> = self.stack.drain(at..).cloned().collect();
                if group.len() > 1 {
                    self.found.push(group);
                }
            }
        }
    }
    let mut search = Search {
        edges,
        index: BTreeMap::new(),
        stack: Vec::new(),
        next: 0,
        found: Vec::new(),
    };
    for v in edges.keys() {
        if !search.index.contains_key(v) {
            search.visit(v);
        }
    }
    search.found
}

fn show(group: &[Module]) -> String {
    let names: Vec<String> = group
        .iter()
        .map(|(krate, path)| format!("{krate}::{}", path.join("::")))
        .collect();
    names.join(", ")
}

#[test]
fn no_module_imports_itself_through_others() {
    let edges = graph();
    assert!(edges.len() > 50, "the modules were found: {}", edges.len());
    let found = loops(&edges);
    let shown: Vec<String> = found.iter().map(|g| show(g)).collect();
    assert!(found.is_empty(), "import loops: {shown:#?}");
}

#[test]
fn the_loop_finder_finds_a_loop() {
    let module = |name: &str| ("t".to_string(), vec![name.to_string()]);
    let mut edges = BTreeMap::new();
    edges.insert(module("a"), BTreeSet::from([module("b")]));
    edges.insert(module("b"), BTreeSet::from([module("c")]));
    edges.insert(module("c"), BTreeSet::from([module("a")]));
    edges.insert(module("d"), BTreeSet::from([module("a")]));
    let found = loops(&edges);
    assert_eq!(found.len(), 1);
    assert_eq!(show(&found[0]).matches("t::").count(), 3);
    edges.insert(module("c"), BTreeSet::new());
    assert!(loops(&edges).is_empty());
}

#[test]
fn imports_are_read_from_code_not_comments_or_longer_paths() {
    let code = "use crate::model::Text;\nuse super::codec::{Pack, Writer};\nlet x = zelfcheck_engine::crate_thing;\n$crate::packed::Unpacker";
    let paths = imported_paths(code);
    let shown: Vec<String> = paths
        .iter()
        .map(|(root, p)| format!("{root}:{}", p.join("::")))
        .collect();
    assert_eq!(
        shown,
        ["true:model", "false:codec", "true:packed"],
        "{shown:?}"
    );
}

#[test]
fn the_engine_keeps_no_global_state() {
    let root = Path::new("crates/engine/src");
    let mut found = Vec::new();
    modules(root, root, &mut found);
    for (module, code) in found {
        for line in code.lines() {
            let line = line.trim_start();
            let global = line.starts_with("static ") || line.starts_with("pub static ");
            let changing = [
                "RwLock",
                "Mutex",
                "Cell",
                "OnceLock",
                "LazyLock",
                "static mut",
            ]
            .iter()
            .any(|kind| line.contains(kind));
            assert!(
                !(global && changing),
                "engine::{} keeps a global that can change: {line}",
                module.join("::")
            );
        }
    }
}
