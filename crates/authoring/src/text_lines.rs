//! The texts of the content files line by line, for checks that need a file and line for
//! every finding: which files hold texts, and which lines hold a language's values.

use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;

use super::error::{ContentError, SourceFile};

/// A content file that may be left out: nothing when it is not there, else the file (for
/// messages) and what it holds, or where it is not valid TOML.
pub fn read_toml<T: DeserializeOwned>(
    path: &Path,
) -> Option<(SourceFile, Result<T, ContentError>)> {
    let text = std::fs::read_to_string(path).ok()?;
    let file = SourceFile {
        name: path.display().to_string(),
        text,
    };
    let parsed = toml::from_str(&file.text).map_err(|e| {
        file.error(
            e.span().map_or(0, |s| s.start),
            e.message().trim().to_string(),
        )
    });
    Some((file, parsed))
}

/// One line of a text that readers see, with its place.
pub struct Shown<'a> {
    /// The file it is in.
    pub path: &'a Path,
    /// The whole file.
    pub file: &'a str,
    /// `nl` or `en`.
    pub lang: &'static str,
    /// 1-based.
    pub line: usize,
    /// The key it is the value of, e.g. `text.nl`.
    pub key: &'a str,
    /// The line's text.
    pub value: &'a str,
}

impl Shown<'_> {
    /// An error at this line, naming its key.
    pub fn error(&self, message: impl std::fmt::Display) -> ContentError {
        ContentError {
            file: self.path.display().to_string(),
            line: self.line,
            message: format!("{}: {message}", self.key),
        }
    }
}

/// Calls `each` for every line, in both languages, of the texts readers see; search
/// keywords are matched, not shown, and left out.
pub fn each_shown(files: &[(PathBuf, String)], mut each: impl FnMut(&Shown)) {
    for (path, file) in files {
        for lang in ["nl", "en"] {
            for (line, key, value) in lang_lines(file, lang) {
                if !key.starts_with("keywords") {
                    each(&Shown {
                        path,
                        file,
                        lang,
                        line,
                        key,
                        value,
                    });
                }
            }
        }
    }
}

/// The content files that hold texts for people, with their contents: the screen texts,
/// contacts, rules, glossary, editions, the printable pages' words, and every file in `topics/`, `quick/` and `cases/`.
pub fn text_files(dir: &Path) -> Vec<(PathBuf, String)> {
    let mut files = vec![
        dir.join("ui.toml"),
        dir.join("contacts.toml"),
        dir.join("rules.toml"),
        dir.join("glossary.toml"),
        dir.join("editions.toml"),
        dir.join("documents.toml"),
        dir.join("triage.toml"),
        dir.join("print.toml"),
    ];
    for folder in ["topics", "quick", "cases"] {
        if let Ok(entries) = std::fs::read_dir(dir.join(folder)) {
            let mut found: Vec<_> = entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "toml"))
                .collect();
            found.sort();
            files.extend(found);
        }
    }
    files
        .into_iter()
        .filter_map(|path| std::fs::read_to_string(&path).ok().map(|text| (path, text)))
        .collect()
}

/// The lines (1-based) that hold text in `lang` (`"nl"` or `"en"`): the values of keys
/// named `lang` or ending in `.lang` (`text.en = ...`, `[x] en = ...`,
/// `keywords.en = [...]`), multi-line strings included, each with its key.
pub fn lang_lines<'a>(text: &'a str, lang: &str) -> Vec<(usize, &'a str, &'a str)> {
    let mut found = Vec::new();
    let mut open: Option<(&str, &str)> = None;
    let suffix = format!(".{lang}");
    for (i, line) in text.lines().enumerate() {
        if let Some((close, key)) = open {
            found.push((i + 1, key, line));
            if line.contains(close) {
                open = None;
            }
            continue;
        }
        let trimmed = line.trim_start();
        if trimmed.starts_with('#') {
            continue;
        }
        let Some((key, value)) = trimmed.split_once('=') else {
            continue;
        };
        let key = key.trim();
        if key == lang || key.ends_with(&suffix) {
            found.push((i + 1, key, value));
            for quote in ["\"\"\"", "'''"] {
                if value.matches(quote).count() == 1 {
                    open = Some((quote, key));
                }
            }
        }
    }
    found
}

/// The name of the table that holds `line` (1-based): `questions.options` for a line under
/// `[[questions.options]]`, empty at the top of the file.
pub fn table_of(text: &str, line: usize) -> &str {
    let lines: Vec<&str> = text.lines().take(line).collect();
    lines
        .into_iter()
        .rev()
        .map(str::trim)
        .find(|l| l.starts_with('['))
        .map_or("", |l| l.trim_matches(['[', ']']).trim())
}

#[cfg(test)]
mod tests {
    use super::lang_lines;

    #[test]
    fn values_are_found_with_their_lines() {
        let text = "text.nl = \"Goed dat\"\ntext.en = \"Good that\"\nx.en = \"\"\"\nmore\n\"\"\"\nid = \"a\"\n# en = \"no\"\n";
        let lines: Vec<usize> = lang_lines(text, "en").iter().map(|(l, _, _)| *l).collect();
        assert_eq!(lines, vec![2, 3, 4, 5]);
        assert_eq!(lang_lines(text, "nl")[0].1, "text.nl");
    }
}
