//! The peers, each rendering the same three workloads as [`crate::ours`].

pub mod askama;
pub mod hypertext;
pub mod leptos;
pub mod maud;
pub mod sailfish;
