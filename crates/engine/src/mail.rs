//! `mailto:` links that open the user's own mail program with a subject and a text. The
//! widget sends nothing itself; the user reads and edits the mail before sending it.

/// A `mailto:` link to `address` with this subject and body. Every part is percent-encoded
/// (RFC 6068), so nothing in them can add a header such as `cc` or `bcc`; line breaks in
/// the body become CRLF.
pub fn mailto(address: &str, subject: &str, body: &str) -> String {
    let (local, domain) = address.split_once('@').unwrap_or((address, ""));
    let body = body.replace("\r\n", "\n").replace('\n', "\r\n");
    format!(
        "mailto:{}@{}?subject={}&body={}",
        encode(local),
        encode(domain),
        encode(subject),
        encode(&body)
    )
}

/// Percent-encodes every byte but ASCII letters, digits and `-._~`.
fn encode(text: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subject_and_body_are_encoded_with_crlf_line_breaks() {
        assert_eq!(
            mailto(
                "helpdesk@schoolenveiligheid.nl",
                "Vraag: pesten & zo",
                "Regel 1\nRegel 2 ë"
            ),
            "mailto:helpdesk@schoolenveiligheid.nl?subject=Vraag%3A%20pesten%20%26%20zo&body=Regel%201%0D%0ARegel%202%20%C3%AB"
        );
    }

    #[test]
    fn an_address_cannot_add_a_header() {
        let link = mailto("x?cc=iemand@elders.nl", "s", "b");
        assert!(
            link.starts_with("mailto:x%3Fcc%3Diemand@elders.nl?subject=s&body=b"),
            "{link}"
        );
        assert_eq!(link.matches('?').count(), 1);
        assert_eq!(link.matches('&').count(), 1);
    }
}
