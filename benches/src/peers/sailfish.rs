//! sailfish: compiled templates in `templates/*.stpl`, rendered with `render_once` (`TemplateSimple`: fields bound by name).

use sailfish::TemplateSimple;

use crate::data::{BigTable, Page, Team, Teams};

#[derive(TemplateSimple)]
#[template(path = "big_table.stpl")]
struct BigTableTemplate<'a> {
    rows: &'a [Vec<usize>],
}

#[derive(TemplateSimple)]
#[template(path = "teams.stpl")]
struct TeamsTemplate<'a> {
    year: u16,
    teams: &'a [Team],
}

#[derive(TemplateSimple)]
#[template(path = "page.stpl")]
struct PageTemplate<'a> {
    page: &'a Page,
}

/// Renders `big-table`.
pub fn big_table(data: &BigTable) -> String {
    BigTableTemplate { rows: &data.rows }
        .render_once()
        .expect("sailfish big-table")
}

/// Renders `teams`.
pub fn teams(data: &Teams) -> String {
    TeamsTemplate {
        year: data.year,
        teams: &data.teams,
    }
    .render_once()
    .expect("sailfish teams")
}

/// Renders `page`.
pub fn page(data: &Page) -> String {
    PageTemplate { page: data }
        .render_once()
        .expect("sailfish page")
}
