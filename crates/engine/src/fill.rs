//! Fills the placeholders of a screen text, with the right singular or plural.
//!
//! `{name}` becomes the value. `{name|one|other}` becomes `one` when the value is 1 and
//! `other` otherwise; a `#` in either is replaced by the value, so
//! `{n|1 tip|# tips}` reads "1 tip" or "3 tips". An optional third form is used for 0:
//! `{left|1 vraag|# vragen|geen vragen}`.

/// Fills `{name}` and `{name|one|other}` placeholders; unknown names are left as written.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        let Some(end) = after.find('}') else {
            out.push_str(&rest[start..]);
            return out;
        };
        let inner = &after[..end];
        let mut parts = inner.split('|');
        let name = parts.next().unwrap_or_default();
        match values.iter().find(|(n, _)| *n == name) {
            Some((_, value)) => match (parts.next(), parts.next(), parts.next()) {
                (Some(one), Some(other), zero) => {
                    let form = match (value.trim(), zero) {
                        ("1", _) => one,
                        ("0", Some(zero)) => zero,
                        _ => other,
                    };
                    out.push_str(&form.replace('#', value));
                }
                _ => out.push_str(value),
            },
            None => {
                out.push('{');
                out.push_str(inner);
                out.push('}');
            }
        }
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::fill;

    #[test]
    fn plain_placeholders_are_filled() {
        assert_eq!(fill("Vraag {n}", &[("n", "3")]), "Vraag 3");
        assert_eq!(fill("{a} en {a}", &[("a", "x")]), "x en x");
    }

    #[test]
    fn plurals_follow_the_number() {
        let t = "Je hebt {n|1 tip|# tips}.";
        assert_eq!(fill(t, &[("n", "1")]), "Je hebt 1 tip.");
        assert_eq!(fill(t, &[("n", "0")]), "Je hebt 0 tips.");
        assert_eq!(fill(t, &[("n", "12")]), "Je hebt 12 tips.");
        let t = "nog {n|1 vraag|# vragen|geen vragen}";
        assert_eq!(fill(t, &[("n", "0")]), "nog geen vragen");
        assert_eq!(fill(t, &[("n", "2")]), "nog 2 vragen");
    }

    #[test]
    fn unknown_names_and_broken_braces_stay() {
        assert_eq!(fill("{x} {n", &[("n", "1")]), "{x} {n");
    }
}
