//! Our engine: `view-core` views written with `view!`, rendered with [`RenderHtml::to_html`].
//!
//! This is the one file that says how our views are written; nothing else in the harness
//! refers to it. The builder-API version it replaced rendered the same HTML.

use std::sync::Arc;

use view_core::prelude::*;

use crate::data::{BigTable, Item, Page, Teams};

/// How our views are written today, shown in the report's table.
pub const SYNTAX: &str = "`view!` macro";

/// `big-table`: `<table>` of 100 `<tr>` of 100 `<td>{n}</td>`.
pub fn big_table(data: &BigTable) -> String {
    view! {
        <table>
            {data.rows.iter().map(|row| view! {
                <tr>{row.iter().map(|&cell| view! { <td>{cell}</td> })}</tr>
            })}
        </table>
    }
    .to_html()
}

/// `teams`: the year and four teams, the first with `class="champion"`.
pub fn teams(data: &Teams) -> String {
    view! {
        <html>
            <title>{data.year}</title>
            <div class="teams">
                <p>"CSL " {data.year}</p>
                <ul>
                    // `class:champion=false` writes `class=""` (as Leptos), so the champion's
                    // row is its own branch, as in the Leptos peer.
                    {data.teams.iter().enumerate().map(|(i, team)| if i == 0 {
                        Either::Left(view! {
                            <li class="champion"><b>{team.name.as_str()}</b> ": " {team.score}</li>
                        })
                    } else {
                        Either::Right(view! {
                            <li><b>{team.name.as_str()}</b> ": " {team.score}</li>
                        })
                    })}
                </ul>
            </div>
        </html>
    }
    .to_html()
}

/// `page`: about 200 nested elements with escape-heavy text and attributes.
pub fn page(data: &Page) -> String {
    view! {
        <div class="page" id="page" data-theme="light">
            <div class="header">
                <a class="logo" href="/" title=data.title.as_str()>
                    <img src="/logo.png" alt=data.title.as_str() />
                </a>
                <ul class="nav">
                    {data.nav.iter().map(|link| view! {
                        <li class="nav-item">
                            <a href=link.href.as_str() title=link.label.as_str()>{link.label.as_str()}</a>
                        </li>
                    })}
                </ul>
                <div class="user">
                    <span class="name">{data.user.as_str()}</span>
                    {data.is_admin.then(|| view! {
                        <span class="badge" title="Administrator">"admin"</span>
                    })}
                </div>
            </div>
            <div class="main">
                <p class="intro">{data.intro.as_str()}</p>
                <ul class="items" data-count=data.items.len()>
                    {data.items.iter().map(|item| view! {
                        <li class="item" class:featured=item.featured id=item.slug.as_str() data-id=item.id>
                            <a href=item.href.as_str() title=item.title.as_str()>{item.name.as_str()}</a>
                            <span class="desc">{item.description.as_str()}</span>
                        </li>
                    })}
                </ul>
                <table class="stats"><tbody>
                    <tr><td>"Label"</td><td>"Count"</td><td>"Share"</td></tr>
                    {data.stats.iter().map(|(label, count, share)| view! {
                        <tr><td>{label.as_str()}</td><td>{*count}</td><td>{*share} "%"</td></tr>
                    })}
                </tbody></table>
            </div>
            <div class="footer">
                <p>"Signed in as " <strong>{data.user.as_str()}</strong></p>
                <a class="button" href="/logout">"Log out"</a>
            </div>
        </div>
    }
    .to_html()
}

// The forms users write (issue 12): each renders the same HTML as its workload's function above
// (the full page adds a document around it), written the way a user new to view-core or coming
// from Leptos would.

/// `big-table` with `.collect::<Vec<_>>()` per row and per cell (the common Leptos style).
pub fn big_table_collect(data: &BigTable) -> String {
    view! {
        <table>
            {data.rows.iter().map(|row| view! {
                <tr>{row.iter().map(|&cell| view! { <td>{cell}</td> }).collect::<Vec<_>>()}</tr>
            }).collect::<Vec<_>>()}
        </table>
    }
    .to_html()
}

/// A `big-table` row as a component. Its prop is shared (`Arc`), not borrowed: a component's
/// view is `'static`.
#[component]
fn BigTableRow(cells: Arc<[usize]>) -> impl IntoView {
    view! {
        <tr>{(0..cells.len()).map(move |i| view! { <BigTableCell value=cells[i]/> })}</tr>
    }
}

/// A `big-table` cell as a component.
#[component]
fn BigTableCell(value: usize) -> impl IntoView {
    view! { <td>{value}</td> }
}

/// `big-table` with a component per row and per cell.
pub fn big_table_components(data: &BigTable) -> String {
    view! {
        <table>
            {data.shared_rows.iter().map(|row| view! { <BigTableRow cells=row.clone()/> })}
        </table>
    }
    .to_html()
}

/// `page` with its `id` and `href` values made by `format!` from the item's id.
pub fn page_format(data: &Page) -> String {
    page_with(data, |item| {
        view! {
            <li class="item" class:featured=item.featured id=format!("item-{}", item.id) data-id=item.id>
                <a href=format!("/items/{}?sort=price&dir=asc", item.id) title=item.title.as_str()>{item.name.as_str()}</a>
                <span class="desc">{item.description.as_str()}</span>
            </li>
        }
    })
}

/// `page` with each item's description an option: `.then(|| view! {…})`.
pub fn page_options(data: &Page) -> String {
    page_with(data, |item| {
        view! {
            <li class="item" class:featured=item.featured id=item.slug.as_str() data-id=item.id>
                <a href=item.href.as_str() title=item.title.as_str()>{item.name.as_str()}</a>
                {(!item.description.is_empty()).then(|| view! {
                    <span class="desc">{item.description.as_str()}</span>
                })}
            </li>
        }
    })
}

/// `page` as a full document: `<html>`, `<head>` and `<body>` around it.
pub fn page_document(data: &Page) -> String {
    view! {
        <html lang="en">
            <head>
                <meta charset="utf-8"/>
                <title>"Catalogue"</title>
            </head>
            <body>{page_view(data, page_item)}</body>
        </html>
    }
    .to_html()
}

/// [`page`] with the list item written by `item`.
fn page_with<'a, V: RenderHtml + 'a>(data: &'a Page, item: impl Fn(&'a Item) -> V + 'a) -> String {
    page_view(data, item).to_html()
}

/// Today's list item of [`page`].
fn page_item(item: &Item) -> impl RenderHtml + '_ {
    view! {
        <li class="item" class:featured=item.featured id=item.slug.as_str() data-id=item.id>
            <a href=item.href.as_str() title=item.title.as_str()>{item.name.as_str()}</a>
            <span class="desc">{item.description.as_str()}</span>
        </li>
    }
}

/// The `page` view with the list item written by `item`.
fn page_view<'a, V: RenderHtml + 'a>(
    data: &'a Page,
    item: impl Fn(&'a Item) -> V + 'a,
) -> impl RenderHtml + 'a {
    view! {
        <div class="page" id="page" data-theme="light">
            <div class="header">
                <a class="logo" href="/" title=data.title.as_str()>
                    <img src="/logo.png" alt=data.title.as_str() />
                </a>
                <ul class="nav">
                    {data.nav.iter().map(|link| view! {
                        <li class="nav-item">
                            <a href=link.href.as_str() title=link.label.as_str()>{link.label.as_str()}</a>
                        </li>
                    })}
                </ul>
                <div class="user">
                    <span class="name">{data.user.as_str()}</span>
                    {data.is_admin.then(|| view! {
                        <span class="badge" title="Administrator">"admin"</span>
                    })}
                </div>
            </div>
            <div class="main">
                <p class="intro">{data.intro.as_str()}</p>
                <ul class="items" data-count=data.items.len()>{data.items.iter().map(item)}</ul>
                <table class="stats"><tbody>
                    <tr><td>"Label"</td><td>"Count"</td><td>"Share"</td></tr>
                    {data.stats.iter().map(|(label, count, share)| view! {
                        <tr><td>{label.as_str()}</td><td>{*count}</td><td>{*share} "%"</td></tr>
                    })}
                </tbody></table>
            </div>
            <div class="footer">
                <p>"Signed in as " <strong>{data.user.as_str()}</strong></p>
                <a class="button" href="/logout">"Log out"</a>
            </div>
        </div>
    }
}
