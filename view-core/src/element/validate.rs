//! Validation of names that come from run-time values: attribute names and custom element names.
//!
//! A name that fails is never written; the caller gets an [`InvalidName`] (or a panic with the
//! same message from the panicking builders).

use std::fmt;

/// A rejected attribute or element name, with the reason.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InvalidName {
    /// What kind of name it was (`"attribute"`, `"custom element"`).
    pub kind: &'static str,
    /// The rejected name.
    pub name: String,
    /// Why it was rejected.
    pub reason: &'static str,
}

impl fmt::Display for InvalidName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "invalid {} name {:?}: {}",
            self.kind, self.name, self.reason
        )
    }
}

impl std::error::Error for InvalidName {}

fn invalid(kind: &'static str, name: &str, reason: &'static str) -> InvalidName {
    InvalidName {
        kind,
        name: name.to_owned(),
        reason,
    }
}

fn is_noncharacter(c: char) -> bool {
    let c = c as u32;
    (0xFDD0..=0xFDEF).contains(&c) || (c & 0xFFFE) == 0xFFFE
}

/// Checks an attribute name: non-empty, and without whitespace, controls, `"`, `'`, `<`, `>`,
/// `/`, `=` or noncharacters (HTML § 13.1.2.3 "Attributes").
pub fn check_attribute_name(name: &str) -> Result<(), InvalidName> {
    const KIND: &str = "attribute";
    if name.is_empty() {
        return Err(invalid(KIND, name, "the name is empty"));
    }
    for c in name.chars() {
        if c.is_whitespace() || c.is_control() {
            return Err(invalid(
                KIND,
                name,
                "it contains whitespace or a control character",
            ));
        }
        if matches!(c, '"' | '\'' | '<' | '>' | '/' | '=') {
            return Err(invalid(KIND, name, "it contains one of \" ' < > / ="));
        }
        if is_noncharacter(c) {
            return Err(invalid(KIND, name, "it contains a Unicode noncharacter"));
        }
    }
    Ok(())
}

/// Names the HTML standard reserves, which are not valid custom element names.
const RESERVED_CUSTOM_NAMES: [&str; 8] = [
    "annotation-xml",
    "color-profile",
    "font-face",
    "font-face-src",
    "font-face-uri",
    "font-face-format",
    "font-face-name",
    "missing-glyph",
];

/// Checks a custom element name (HTML § 4.13.2 "valid custom element name"): starts with a
/// lowercase ASCII letter, contains `-`, has no uppercase ASCII letters and only name
/// characters, and is not one of the reserved names.
pub fn check_custom_element_name(name: &str) -> Result<(), InvalidName> {
    const KIND: &str = "custom element";
    if !name.starts_with(|c: char| c.is_ascii_lowercase()) {
        return Err(invalid(
            KIND,
            name,
            "it must start with a lowercase ASCII letter",
        ));
    }
    if !name.contains('-') {
        return Err(invalid(KIND, name, "it must contain a `-`"));
    }
    let name_char = |c: char| {
        matches!(c, '-' | '.' | '_' | '0'..='9' | 'a'..='z' | '\u{B7}')
            || matches!(c as u32, 0xC0..=0xD6 | 0xD8..=0xF6 | 0xF8..=0x37D | 0x37F..=0x1FFF
                | 0x200C..=0x200D | 0x203F..=0x2040 | 0x2070..=0x218F | 0x2C00..=0x2FEF
                | 0x3001..=0xD7FF | 0xF900..=0xFDCF | 0xFDF0..=0xFFFD | 0x10000..=0xEFFFF)
    };
    if let Some(c) = name.chars().find(|&c| !name_char(c)) {
        return Err(if c.is_ascii_uppercase() {
            invalid(KIND, name, "it must not contain uppercase ASCII letters")
        } else {
            invalid(
                KIND,
                name,
                "it contains a character not allowed in element names",
            )
        });
    }
    if RESERVED_CUSTOM_NAMES.contains(&name) {
        return Err(invalid(KIND, name, "the HTML standard reserves this name"));
    }
    Ok(())
}
