//! The three workloads' input data, built once and shared by every engine.
//!
//! Anything an engine would otherwise have to format per render (slugs, hrefs) is prepared here,
//! so that every engine renders exactly the same fields and only the rendering is timed.

use std::sync::Arc;

/// `big-table`: a `size`×`size` table of integers (the template-benchmarks-rs shape).
pub struct BigTable {
    /// Rows of cells; row `r`, column `c` holds `c`.
    pub rows: Vec<Vec<usize>>,
    /// The same rows, shared: the props of the component form (a component's view is
    /// `'static`, so it cannot borrow a row).
    pub shared_rows: Vec<Arc<[usize]>>,
}

impl BigTable {
    /// A square table with `size` rows of `0..size`.
    pub fn new(size: usize) -> Self {
        let rows: Vec<Vec<usize>> = (0..size).map(|_| (0..size).collect()).collect();
        BigTable {
            shared_rows: rows.iter().map(|row| Arc::from(row.as_slice())).collect(),
            rows,
        }
    }
}

/// `teams`: a year and a ranking of teams; the first team is the champion.
pub struct Teams {
    /// The season.
    pub year: u16,
    /// Teams in ranking order.
    pub teams: Vec<Team>,
}

/// One team of [`Teams`].
pub struct Team {
    /// The team's name.
    pub name: String,
    /// The team's score.
    pub score: u8,
}

impl Teams {
    /// The fixed four-team season.
    pub fn new() -> Self {
        let team = |name: &str, score| Team {
            name: name.to_owned(),
            score,
        };
        Teams {
            year: 2015,
            teams: vec![
                team("Jiangsu", 43),
                team("Beijing", 27),
                team("Guangzhou", 22),
                team("Shandong", 12),
            ],
        }
    }
}

/// `page`: a realistic, escape-heavy page of about 200 elements.
pub struct Page {
    /// The page title (contains characters that need escaping).
    pub title: String,
    /// The signed-in user's name.
    pub user: String,
    /// Whether to show the conditional "admin" badge.
    pub is_admin: bool,
    /// Navigation links.
    pub nav: Vec<Link>,
    /// Introduction paragraph text.
    pub intro: String,
    /// The 50 list items.
    pub items: Vec<Item>,
    /// A small summary table: rows of (label, count, share).
    pub stats: Vec<(String, u32, u32)>,
}

/// A navigation link of [`Page`].
pub struct Link {
    /// Target URL.
    pub href: String,
    /// Visible label.
    pub label: String,
}

/// A list item of [`Page`].
pub struct Item {
    /// Numeric id (written into `data-id`).
    pub id: u32,
    /// Element id, `item-<id>`.
    pub slug: String,
    /// Link target, with a query string that needs escaping.
    pub href: String,
    /// Title attribute text with quotes and angle brackets.
    pub title: String,
    /// Visible name with `< > & " '`.
    pub name: String,
    /// Description with `< > & " '`.
    pub description: String,
    /// Whether the item is highlighted (class toggle).
    pub featured: bool,
}

impl Page {
    /// The fixed page: 5 nav links, 50 items, 5 stats rows, the admin badge shown.
    pub fn new() -> Self {
        Page {
            title: "Tom & Jerry's <Catalogue>".to_owned(),
            user: "Ada \"the admin\" O'Hara".to_owned(),
            is_admin: true,
            nav: [
                "Home",
                "Products & Services",
                "Blog",
                "About <us>",
                "Contact",
            ]
            .iter()
            .enumerate()
            .map(|(i, label)| Link {
                href: format!("/section/{i}?lang=en&ref=nav"),
                label: (*label).to_owned(),
            })
            .collect(),
            intro: "Prices are shown in \"EUR\" & include VAT; items marked <new> ship today. \
                    Don't miss O'Brien's picks."
                .to_owned(),
            items: (0..50)
                .map(|i| Item {
                    id: i,
                    slug: format!("item-{i}"),
                    href: format!("/items/{i}?sort=price&dir=asc"),
                    title: format!("Item #{i}: \"quoted\" <title> & 'more'"),
                    name: format!("Widget <{i}> & \"Co\""),
                    description: format!(
                        "A 'useful' widget: 1 < 2 & 3 > 2, said \"everyone\" (#{i})."
                    ),
                    featured: i % 7 == 0,
                })
                .collect(),
            stats: [
                ("Widgets <all>", 50, 100),
                ("Featured & new", 8, 16),
                ("Sold \"out\"", 3, 6),
            ]
            .iter()
            .map(|(label, count, share)| ((*label).to_owned(), *count, *share))
            .collect(),
        }
    }
}
