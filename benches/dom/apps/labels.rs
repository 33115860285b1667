//! The js-framework-benchmark label generator, shared by every engine's app (`#[path]`), so
//! all of them make the same rows and the harness can compare their tables.

use std::sync::atomic::{AtomicU32, AtomicUsize, Ordering};

pub(crate) const ADJECTIVES: [&str; 25] = [
    "pretty",
    "large",
    "big",
    "small",
    "tall",
    "short",
    "long",
    "handsome",
    "plain",
    "quaint",
    "clean",
    "elegant",
    "easy",
    "angry",
    "crazy",
    "helpful",
    "mushy",
    "odd",
    "unsightly",
    "adorable",
    "important",
    "inexpensive",
    "cheap",
    "expensive",
    "fancy",
];
pub(crate) const COLOURS: [&str; 11] = [
    "red", "yellow", "blue", "green", "pink", "brown", "purple", "brown", "white", "black",
    "orange",
];
pub(crate) const NOUNS: [&str; 13] = [
    "table", "chair", "house", "bbq", "desk", "car", "pony", "cookie", "sandwich", "burger",
    "pizza", "mouse", "keyboard",
];

/// Deterministic generator shared (in logic) by every engine, so the harness can compare them.
pub(crate) static SEED: AtomicU32 = AtomicU32::new(1);
pub(crate) static NEXT_ID: AtomicUsize = AtomicUsize::new(1);

pub(crate) fn random(max: usize) -> usize {
    let seed = SEED
        .load(Ordering::Relaxed)
        .wrapping_mul(1_103_515_245)
        .wrapping_add(12_345);
    SEED.store(seed, Ordering::Relaxed);
    (seed >> 16) as usize % max
}
