//! The school's own documents: `doc-<kind>="https://… | Titel"`, one per kind of document
//! in the content's `documents.toml`. Tips that name the kind link to it.

use crate::model::Content;

/// The prefix of a document setting's name: `doc-pestprotocol`.
pub const DOC_PREFIX: &str = "doc-";

/// The longest title kept; a longer one is cut.
const MAX_TITLE: usize = 120;

/// A document of the school, linked from the tips that name its kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchoolDoc {
    /// The kind, an id from `documents.toml`.
    pub kind: &'static str,
    /// An absolute `http(s)` link.
    pub url: String,
    /// The school's own title, if given; shown as plain text.
    pub title: Option<String>,
}

/// The setting names of every kind: `doc-pestprotocol`, ….
pub fn doc_names(content: &Content) -> Vec<String> {
    content
        .documents
        .iter()
        .map(|d| format!("{DOC_PREFIX}{}", d.id))
        .collect()
}

/// Reads `link | title` for the kind in `name` (which starts with [`DOC_PREFIX`]).
pub fn parse_doc(content: &'static Content, name: &str, value: &str) -> Result<SchoolDoc, String> {
    let id = name.strip_prefix(DOC_PREFIX).unwrap_or(name);
    let Some(kind) = content.documents.iter().find(|d| d.id == id) else {
        return Err(format!(
            "is not a kind of school document; ignored. Kinds: {}.",
            doc_names(content).join(", ")
        ));
    };
    let (url, title) = value.split_once('|').unwrap_or((value, ""));
    let url = url.trim();
    let lower = url.to_ascii_lowercase();
    let web = lower.starts_with("https://") || lower.starts_with("http://");
    let clean = !url
        .chars()
        .any(|c| c.is_whitespace() || "\"'<>`\\".contains(c));
    if !web || !clean || url.len() > 2000 || url.len() <= "https://".len() {
        return Err("is not a full web link (write it as https://… | title); ignored.".into());
    }
    let title = title.trim();
    Ok(SchoolDoc {
        kind: kind.id,
        url: url.to_string(),
        title: (!title.is_empty()).then(|| title.chars().take(MAX_TITLE).collect()),
    })
}
