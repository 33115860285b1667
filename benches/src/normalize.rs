//! Output equivalence: engines may differ only in marker comments and entity spelling.
//!
//! [`normalize`] removes comments (Leptos's and our `<!>` hydration markers, `<!--…-->`) and
//! rewrites every character reference to one canonical spelling *for the context it is in*:
//!
//! | context | canonical |
//! |---|---|
//! | text | `&amp;`, `&lt;`; quotes and `>` decoded to the plain character |
//! | double-quoted attribute value | `&amp;`, `&lt;`, `&quot;`; `'` and `>` decoded |
//!
//! Attributes of each start tag are also sorted by name: HTML ignores their order, and Leptos
//! writes `class` last where we write it first.
//!
//! A missing escape stays visible: a raw `<` or `&` in text, or a raw `"` ending an attribute
//! early, never normalizes to the same string as the escaped form.

/// Returns `html` in canonical form (see the module docs).
pub fn normalize(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    let mut in_tag = false;
    let mut in_value = false;
    while let Some(c) = rest.chars().next() {
        if !in_tag && rest.starts_with("<!") {
            // A comment or a `<!>` marker: drop it (`<!DOCTYPE` is kept).
            if let Some(body) = rest.strip_prefix("<!--") {
                let end = body.find("-->").map_or(body.len(), |at| at + 3);
                rest = &body[end..];
                continue;
            }
            if let Some(after) = rest.strip_prefix("<!>") {
                rest = after;
                continue;
            }
        }
        if c == '&' {
            let (canonical, len) = canonical_entity(rest, in_value);
            out.push_str(canonical);
            rest = &rest[len..];
            continue;
        }
        match c {
            '<' if !in_tag => in_tag = true,
            '"' if in_tag => in_value = !in_value,
            '>' if in_tag && !in_value => in_tag = false,
            _ => {}
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    sort_attributes(&out)
}

/// Sorts the attributes of every start tag of canonical `html` by name.
fn sort_attributes(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        rest = &rest[open..];
        // Find the end of the tag, skipping `>` inside quoted values.
        let mut quoted = false;
        let end = rest
            .char_indices()
            .find(|&(_, c)| {
                if c == '"' {
                    quoted = !quoted;
                }
                c == '>' && !quoted
            })
            .map_or(rest.len(), |(at, _)| at + 1);
        let tag = &rest[..end];
        rest = &rest[end..];
        let inner = tag.trim_start_matches('<').trim_end_matches('>');
        let (inner, self_closing) = match inner.strip_suffix('/') {
            Some(inner) => (inner, true),
            None => (inner, false),
        };
        let Some(space) = inner.find(' ').filter(|_| !inner.starts_with('/')) else {
            out.push_str(tag);
            continue;
        };
        let mut attributes = split_attributes(&inner[space..]);
        attributes.sort_unstable();
        out.push('<');
        out.push_str(&inner[..space]);
        for attribute in attributes {
            out.push(' ');
            out.push_str(attribute);
        }
        out.push_str(if self_closing { "/>" } else { ">" });
    }
    out.push_str(rest);
    out
}

/// Splits ` a="x" b c="y"` into `a="x"`, `b`, `c="y"`.
fn split_attributes(text: &str) -> Vec<&str> {
    let mut attributes = Vec::new();
    let mut start = None;
    let mut quoted = false;
    for (at, c) in text.char_indices() {
        match c {
            '"' => quoted = !quoted,
            ' ' if !quoted => {
                if let Some(from) = start.take() {
                    attributes.push(&text[from..at]);
                }
                continue;
            }
            _ => {}
        }
        start.get_or_insert(at);
    }
    if let Some(from) = start {
        attributes.push(&text[from..]);
    }
    attributes
}

/// The canonical spelling of the character reference at the start of `text`, and how many bytes
/// it spans; an unknown `&…` is kept as a lone `&`.
fn canonical_entity(text: &str, in_value: bool) -> (&'static str, usize) {
    let Some(end) = text[..text.len().min(12)].find(';') else {
        return ("&", 1);
    };
    let name = &text[1..end];
    let code = match name {
        "amp" => Some(b'&'),
        "lt" => Some(b'<'),
        "gt" => Some(b'>'),
        "apos" => Some(b'\''),
        "quot" => Some(b'"'),
        _ => name
            .strip_prefix('#')
            .and_then(|number| match number.strip_prefix(['x', 'X']) {
                Some(hex) => u8::from_str_radix(hex, 16).ok(),
                None => number.parse().ok(),
            }),
    };
    let canonical = match code {
        Some(b'&') => "&amp;",
        Some(b'<') => "&lt;",
        Some(b'>') => ">",
        Some(b'\'') => "'",
        Some(b'"') if in_value => "&quot;",
        Some(b'"') => "\"",
        _ => return ("&", 1),
    };
    (canonical, end + 1)
}

/// Describes the first difference between `expected` and `actual`, with context around it.
pub fn diff(expected: &str, actual: &str) -> String {
    let at = expected
        .bytes()
        .zip(actual.bytes())
        .position(|(a, b)| a != b)
        .unwrap_or(expected.len().min(actual.len()));
    let window = |s: &str| {
        let mut start = at.saturating_sub(80);
        while !s.is_char_boundary(start) {
            start -= 1;
        }
        let mut end = (at + 80).min(s.len());
        while !s.is_char_boundary(end) {
            end += 1;
        }
        s.get(start..end).unwrap_or("").to_owned()
    };
    format!(
        "first difference at byte {at} (lengths {} vs {})\n  ours:   …{}…\n  theirs: …{}…",
        expected.len(),
        actual.len(),
        window(expected),
        window(actual)
    )
}

#[cfg(test)]
mod tests {
    use super::normalize;

    #[test]
    fn markers_and_comments_are_removed() {
        assert_eq!(normalize("<p>a<!>b<!---->c<!--x--></p>"), "<p>abc</p>");
    }

    #[test]
    fn entity_spellings_in_text_become_one() {
        assert_eq!(
            normalize("&#39;&#039;&#34;&quot;&gt;&#38;&#x3C;"),
            "''\"\">&amp;&lt;"
        );
    }

    #[test]
    fn quotes_in_attribute_values_stay_escaped() {
        assert_eq!(
            normalize(r#"<a title="&#34;x&#39;&gt;">"#),
            r#"<a title="&quot;x'>">"#
        );
    }

    #[test]
    fn attributes_are_sorted_by_name() {
        assert_eq!(
            normalize(r#"<a title="x y" class="c" hidden>t</a><br/>"#),
            r#"<a class="c" hidden title="x y">t</a><br/>"#
        );
    }

    #[test]
    fn a_missing_escape_stays_different() {
        assert_ne!(normalize("<p>a < b</p>"), normalize("<p>a &lt; b</p>"));
        assert_ne!(
            normalize(r#"<a title="a"b">"#),
            normalize(r#"<a title="a&quot;b">"#)
        );
    }
}
