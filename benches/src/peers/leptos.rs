//! Leptos 0.8 (`ssr` feature): its `view!` macro, rendered with `RenderHtml::to_html`.

use leptos::either::Either;
use leptos::prelude::*;

use crate::data::{BigTable, Page, Teams};

/// Renders `big-table`.
pub fn big_table(data: &BigTable) -> String {
    view! {
        <table>
            {data.rows.iter().map(|row| view! {
                <tr>{row.iter().map(|&cell| view! { <td>{cell}</td> }).collect_view()}</tr>
            }).collect_view()}
        </table>
    }
    .to_html()
}

/// Renders `teams`.
pub fn teams(data: &Teams) -> String {
    view! {
        <html>
            <title>{data.year}</title>
            <div class="teams">
                <p>"CSL " {data.year}</p>
                <ul>
                    // `class:champion=false` would still write `class=""`, so the champion's
                    // row is its own branch.
                    {data.teams.iter().enumerate().map(|(i, team)| if i == 0 {
                        Either::Left(view! {
                            <li class="champion"><b>{team.name.as_str()}</b> ": " {team.score}</li>
                        })
                    } else {
                        Either::Right(view! {
                            <li><b>{team.name.as_str()}</b> ": " {team.score}</li>
                        })
                    }).collect_view()}
                </ul>
            </div>
        </html>
    }
    .to_html()
}

/// Renders `page`.
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
                    }).collect_view()}
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
                        <li class=if item.featured { "item featured" } else { "item" } id=item.slug.as_str() data-id=item.id>
                            <a href=item.href.as_str() title=item.title.as_str()>{item.name.as_str()}</a>
                            <span class="desc">{item.description.as_str()}</span>
                        </li>
                    }).collect_view()}
                </ul>
                <table class="stats"><tbody>
                    <tr><td>"Label"</td><td>"Count"</td><td>"Share"</td></tr>
                    {data.stats.iter().map(|(label, count, share)| view! {
                        <tr><td>{label.as_str()}</td><td>{*count}</td><td>{*share} "%"</td></tr>
                    }).collect_view()}
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
