//! askama: compiled templates in `templates/*.html`, rendered with `Template::render`.

use askama::Template;

use crate::data::{BigTable, Page, Team, Teams};

#[derive(Template)]
#[template(path = "big_table.html")]
struct BigTableTemplate<'a> {
    rows: &'a [Vec<usize>],
}

#[derive(Template)]
#[template(path = "teams.html")]
struct TeamsTemplate<'a> {
    year: u16,
    teams: &'a [Team],
}

#[derive(Template)]
#[template(path = "page.html")]
struct PageTemplate<'a> {
    page: &'a Page,
}

/// Renders `big-table`.
pub fn big_table(data: &BigTable) -> String {
    BigTableTemplate { rows: &data.rows }
        .render()
        .expect("askama big-table")
}

/// Renders `teams`.
pub fn teams(data: &Teams) -> String {
    TeamsTemplate {
        year: data.year,
        teams: &data.teams,
    }
    .render()
    .expect("askama teams")
}

/// Renders `page`.
pub fn page(data: &Page) -> String {
    PageTemplate { page: data }.render().expect("askama page")
}
