//! A small stable hash for fingerprints and storage keys.

use super::model::Content;

/// FNV-1a, 64 bits, over strings each ended by a zero byte: small, and stable across builds
/// and platforms.
pub fn fnv1a<'a>(parts: impl IntoIterator<Item = &'a str>) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for b in part.bytes().chain([0]) {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    hash
}

/// A fingerprint of the content's structure (topics, questions and options), so a saved
/// session can tell that the questions have changed since it was saved.
pub fn fingerprint(content: &Content) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for topic in content.topics {
        parts.push(topic.id);
        for q in topic.questions {
            parts.push(q.id);
            parts.extend(q.options.iter().map(|o| o.id));
            parts.push(if q.dont_know.is_some() { "?" } else { "" });
        }
    }
    format!("{:016x}", fnv1a(parts))
}
