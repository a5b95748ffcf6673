//! Where each question and tip is written, so that problems found after conversion can
//! name the file and line.

use std::collections::HashMap;

use super::error::{ContentError, SourceFile};

/// Where a question or tip is written, for messages found after conversion.
#[derive(Debug, Clone, Default)]
pub struct Places {
    map: HashMap<(String, String), (String, usize)>,
}

impl Places {
    /// Records where `item` of `topic` is written.
    pub fn add(&mut self, topic: &str, item: &str, file: &SourceFile, offset: usize) {
        let key = (topic.to_string(), item.to_string());
        self.map
            .insert(key, (file.name.clone(), file.line_of(offset)));
    }

    /// An error at the place of a question or tip of a topic.
    pub fn error(&self, topic: &str, item: &str, message: String) -> ContentError {
        let (file, line) = self
            .map
            .get(&(topic.to_string(), item.to_string()))
            .cloned()
            .unwrap_or_else(|| (format!("topic {topic}"), 1));
        ContentError {
            file,
            line,
            message,
        }
    }
}
