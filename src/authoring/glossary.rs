//! Checks the English texts against `glossary.toml`: one rendering per Dutch term, and no
//! known calques. Works on the raw files so every finding has its file and line.

use std::path::Path;

use super::error::{ContentError, SourceFile};
use super::source::GlossaryFile;

/// Every English text in the content folder that holds a rendering the glossary rules out.
/// Without a `glossary.toml` there is nothing to check.
pub fn check_dir(dir: &Path) -> Vec<ContentError> {
    let path = dir.join("glossary.toml");
    let Ok(text) = std::fs::read_to_string(&path) else {
        return Vec::new();
    };
    let glossary_file = SourceFile {
        name: path.display().to_string(),
        text,
    };
    let glossary: GlossaryFile = match toml::from_str(&glossary_file.text) {
        Ok(g) => g,
        Err(e) => {
            let at = e.span().map_or(0, |s| s.start);
            return vec![glossary_file.error(at, e.message().trim().to_string())];
        }
    };
    let mut files = vec![
        dir.join("ui.toml"),
        dir.join("contacts.toml"),
        dir.join("rules.toml"),
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
    let mut errors = Vec::new();
    for path in files {
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        for (line, english) in english_lines(&text) {
            for term in &glossary.terms {
                for avoid in &term.avoid {
                    let hit = if term.exact_case {
                        english.contains(avoid.as_str())
                    } else {
                        english.to_lowercase().contains(&avoid.to_lowercase())
                    };
                    if hit {
                        errors.push(ContentError {
                            file: path.display().to_string(),
                            line,
                            message: format!(
                                "the English text uses '{avoid}'; the glossary renders '{}' as '{}'",
                                term.nl, term.en
                            ),
                        });
                    }
                }
            }
        }
    }
    errors
}

/// The lines (1-based) that hold English: the values of `en` keys (`text.en = ...`,
/// `[x] en = ...`, `keywords.en = [...]`), multi-line strings included.
fn english_lines(text: &str) -> Vec<(usize, &str)> {
    let mut found = Vec::new();
    let mut open: Option<&str> = None;
    for (i, line) in text.lines().enumerate() {
        if let Some(close) = open {
            found.push((i + 1, line));
            if line.contains(close) {
                open = None;
            }
            continue;
        }
        let trimmed = line.trim_start();
        let Some((key, value)) = trimmed.split_once('=') else {
            continue;
        };
        let key = key.trim();
        if key == "en" || key.ends_with(".en") {
            found.push((i + 1, value));
            for quote in ["\"\"\"", "'''"] {
                if value.matches(quote).count() == 1 {
                    open = Some(quote);
                }
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::english_lines;

    #[test]
    fn english_values_are_found_with_their_lines() {
        let text = "text.nl = \"Goed dat\"\ntext.en = \"Good that\"\nx.en = \"\"\"\nmore\n\"\"\"\nid = \"a\"\n";
        let lines: Vec<usize> = english_lines(text).iter().map(|(l, _)| *l).collect();
        assert_eq!(lines, vec![2, 3, 4, 5]);
    }
}
