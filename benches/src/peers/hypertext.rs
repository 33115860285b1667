//! hypertext: its `maud!` macro (lazy, type-checked), rendered with `render`.

use hypertext::prelude::*;

use crate::data::{BigTable, Page, Teams};

/// Renders `big-table`.
pub fn big_table(data: &BigTable) -> String {
    maud! {
        table {
            @for row in &data.rows {
                tr { @for cell in row { td { (cell) } } }
            }
        }
    }
    .render()
    .into_inner()
}

/// Renders `teams`.
pub fn teams(data: &Teams) -> String {
    maud! {
        html {
            title { (data.year) }
            div class="teams" {
                p { "CSL " (data.year) }
                ul {
                    @for (i, team) in data.teams.iter().enumerate() {
                        li class=[(i == 0).then_some("champion")] {
                            b { (team.name) } ": " (team.score)
                        }
                    }
                }
            }
        }
    }
    .render()
    .into_inner()
}

/// Renders `page`.
pub fn page(data: &Page) -> String {
    maud! {
        div class="page" id="page" "data-theme"="light" {
            div class="header" {
                a class="logo" href="/" title=(data.title) { img src="/logo.png" alt=(data.title); }
                ul class="nav" {
                    @for link in &data.nav {
                        li class="nav-item" { a href=(link.href) title=(link.label) { (link.label) } }
                    }
                }
                div class="user" {
                    span class="name" { (data.user) }
                    @if data.is_admin {
                        span class="badge" title="Administrator" { "admin" }
                    }
                }
            }
            div class="main" {
                p class="intro" { (data.intro) }
                ul class="items" "data-count"=(data.items.len()) {
                    @for item in &data.items {
                        li class={ "item" @if item.featured { " featured" } } id=(item.slug) "data-id"=(item.id) {
                            a href=(item.href) title=(item.title) { (item.name) }
                            span class="desc" { (item.description) }
                        }
                    }
                }
                table class="stats" {
                    tbody {
                        tr { td { "Label" } td { "Count" } td { "Share" } }
                        @for (label, count, share) in &data.stats {
                            tr { td { (label) } td { (count) } td { (share) "%" } }
                        }
                    }
                }
            }
            div class="footer" {
                p { "Signed in as " strong { (data.user) } }
                a class="button" href="/logout" { "Log out" }
            }
        }
    }
    .render()
    .into_inner()
}
