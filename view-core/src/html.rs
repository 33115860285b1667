//! HTML elements (WHATWG HTML living standard) and their attributes.
//!
//! One constructor per element (`div()`, `a()`, `input()`, …), global attributes on every
//! element, and element-specific attributes on their elements only (`a().href(..)`,
//! `input().r#type(..)`).

use crate::define::{attributes, elements};
use crate::element::ElementType;

elements! { Html;
    a A "a" Flow HtmlAnchorElement;
    b B "b" Flow HtmlElement;
    br Br "br" Void HtmlBrElement;
    button Button "button" Flow HtmlButtonElement;
    div Div "div" Flow HtmlDivElement;
    html Html "html" Flow HtmlHtmlElement;
    img Img "img" Void HtmlImageElement;
    input Input "input" Void HtmlInputElement;
    i I "i" Flow HtmlElement;
    li Li "li" Flow HtmlLiElement;
    p P "p" Flow HtmlParagraphElement;
    script Script "script" RawText HtmlScriptElement;
    span Span "span" Flow HtmlSpanElement;
    strong Strong "strong" Flow HtmlElement;
    style Style "style" RawText HtmlStyleElement;
    table Table "table" Flow HtmlTableElement;
    td Td "td" Flow HtmlTableCellElement;
    textarea Textarea "textarea" Rcdata HtmlTextAreaElement;
    title Title "title" Rcdata HtmlTitleElement;
    tr Tr "tr" Flow HtmlTableRowElement;
    ul Ul "ul" Flow HtmlUListElement;
}

attributes! { impl [E: ElementType,] for E;
    title "title", lang "lang", dir "dir", hidden "hidden", tabindex "tabindex",
    aria_label "aria-label",
}

attributes! { impl [] for A; href "href", target "target", rel "rel" }
attributes! { impl [] for Input; r#type "type", value "value", placeholder "placeholder", checked "checked", disabled "disabled", name "name" }
attributes! { impl [] for Img; src "src", alt "alt", width "width", height "height" }
