//! A problem in the content files, with the place to fix it.

use std::fmt;

/// One problem in a content file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    /// The file, relative to where the check was started.
    pub file: String,
    /// 1-based line number.
    pub line: usize,
    /// What is wrong, in plain words.
    pub message: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

impl std::error::Error for ContentError {}

/// One content file's text, to turn byte offsets into line numbers.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The path as shown in messages.
    pub name: String,
    /// The whole file.
    pub text: String,
}

impl SourceFile {
    /// The 1-based line of a byte offset.
    pub fn line_of(&self, offset: usize) -> usize {
        let end = offset.min(self.text.len());
        self.text.as_bytes()[..end]
            .iter()
            .filter(|b| **b == b'\n')
            .count()
            + 1
    }

    /// An error at this byte offset.
    pub fn error(&self, offset: usize, message: impl Into<String>) -> ContentError {
        ContentError {
            file: self.name.clone(),
            line: self.line_of(offset),
            message: message.into(),
        }
    }
}
