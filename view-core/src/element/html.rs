//! HTML elements (WHATWG HTML living standard) and their attributes.
//!
//! One constructor per element (`div()`, `a()`, `input()`, …), global attributes on every
//! element, and element-specific attributes on their elements only (`a().href(..)`,
//! `input().r#type(..)`). Names follow the rule in the crate's `define` module: `-` becomes `_`,
//! keywords are raw identifiers (`r#type`, `r#for`, `r#as`, `r#loop`, `r#async`).
//!
//! Attribute values: `bool` writes an HTML *boolean* attribute (`true`: present, `false`:
//! absent). Enumerated attributes whose keywords are `"true"`/`"false"` (`aria-*`,
//! `draggable`, `spellcheck`, `contenteditable`) take those words as strings:
//! `.aria_expanded("false")`.
//!
//! ```
//! use view_core::prelude::*;
//! use view_core::html::{button, input};
//! let view = button().r#type("submit").aria_label("Save").disabled(false).child("Save");
//! assert_eq!(view.to_html(), r#"<button type="submit" aria-label="Save">Save</button>"#);
//! let checkbox = input().r#type("checkbox").checked(true);
//! assert_eq!(checkbox.to_html(), r#"<input type="checkbox" checked>"#);
//! ```
//!
//! Event handler attributes (`on*`) are not here: events are attached with listeners. The
//! tag type of `<option>` is [`OptionElement`] (not `Option`, so a glob import does not shadow
//! the standard `Option`).
//!
//! The tables [`ELEMENTS`], [`RUST_NAMES`], [`GLOBAL_ATTRIBUTES`] and
//! [`GLOBAL_ATTRIBUTE_METHODS`] list every name defined here, for tooling.

use crate::element::define::{attributes, elements};
use crate::{Custom, ElementType};

/// Implemented by every HTML tag type of this module (and by [`Custom`] elements).
pub trait HtmlElementType: ElementType {}

impl HtmlElementType for Custom {}

elements! { Html, HtmlElementType;
    html Html "html" Flow HtmlHtmlElement [xmlns "xmlns"];
    head Head "head" Flow HtmlHeadElement [];
    title Title "title" Rcdata HtmlTitleElement [];
    base Base "base" Void HtmlBaseElement [href "href", target "target"];
    link Link "link" Void HtmlLinkElement [
        href "href", crossorigin "crossorigin", rel "rel", r#as "as", media "media",
        hreflang "hreflang", r#type "type", sizes "sizes", imagesrcset "imagesrcset",
        imagesizes "imagesizes", referrerpolicy "referrerpolicy", integrity "integrity",
        blocking "blocking", color "color", disabled "disabled", fetchpriority "fetchpriority",
    ];
    meta Meta "meta" Void HtmlMetaElement [
        name "name", http_equiv "http-equiv", content "content", charset "charset", media "media",
    ];
    style Style "style" RawText HtmlStyleElement [media "media", blocking "blocking"];
    body Body "body" Flow HtmlBodyElement [];
    article Article "article" Flow HtmlElement [];
    section Section "section" Flow HtmlElement [];
    nav Nav "nav" Flow HtmlElement [];
    aside Aside "aside" Flow HtmlElement [];
    h1 H1 "h1" Flow HtmlHeadingElement [];
    h2 H2 "h2" Flow HtmlHeadingElement [];
    h3 H3 "h3" Flow HtmlHeadingElement [];
    h4 H4 "h4" Flow HtmlHeadingElement [];
    h5 H5 "h5" Flow HtmlHeadingElement [];
    h6 H6 "h6" Flow HtmlHeadingElement [];
    hgroup Hgroup "hgroup" Flow HtmlElement [];
    header Header "header" Flow HtmlElement [];
    footer Footer "footer" Flow HtmlElement [];
    address Address "address" Flow HtmlElement [];
    p P "p" Flow HtmlParagraphElement [];
    hr Hr "hr" Void HtmlHrElement [];
    pre Pre "pre" Flow HtmlPreElement [];
    blockquote Blockquote "blockquote" Flow HtmlQuoteElement [cite "cite"];
    ol Ol "ol" Flow HtmlOListElement [reversed "reversed", start "start", r#type "type"];
    ul Ul "ul" Flow HtmlUListElement [];
    menu Menu "menu" Flow HtmlMenuElement [];
    li Li "li" Flow HtmlLiElement [value "value"];
    dl Dl "dl" Flow HtmlDListElement [];
    dt Dt "dt" Flow HtmlElement [];
    dd Dd "dd" Flow HtmlElement [];
    figure Figure "figure" Flow HtmlElement [];
    figcaption Figcaption "figcaption" Flow HtmlElement [];
    main Main "main" Flow HtmlElement [];
    search Search "search" Flow HtmlElement [];
    div Div "div" Flow HtmlDivElement [];
    a A "a" Flow HtmlAnchorElement [
        href "href", target "target", download "download", ping "ping", rel "rel",
        hreflang "hreflang", r#type "type", referrerpolicy "referrerpolicy",
    ];
    em Em "em" Flow HtmlElement [];
    strong Strong "strong" Flow HtmlElement [];
    small Small "small" Flow HtmlElement [];
    s S "s" Flow HtmlElement [];
    cite Cite "cite" Flow HtmlElement [];
    q Q "q" Flow HtmlQuoteElement [cite "cite"];
    dfn Dfn "dfn" Flow HtmlElement [];
    abbr Abbr "abbr" Flow HtmlElement [];
    ruby Ruby "ruby" Flow HtmlElement [];
    rt Rt "rt" Flow HtmlElement [];
    rp Rp "rp" Flow HtmlElement [];
    data Data "data" Flow HtmlDataElement [value "value"];
    time Time "time" Flow HtmlTimeElement [datetime "datetime"];
    code Code "code" Flow HtmlElement [];
    var Var "var" Flow HtmlElement [];
    samp Samp "samp" Flow HtmlElement [];
    kbd Kbd "kbd" Flow HtmlElement [];
    sub Sub "sub" Flow HtmlElement [];
    sup Sup "sup" Flow HtmlElement [];
    i I "i" Flow HtmlElement [];
    b B "b" Flow HtmlElement [];
    u U "u" Flow HtmlElement [];
    mark Mark "mark" Flow HtmlElement [];
    bdi Bdi "bdi" Flow HtmlElement [];
    bdo Bdo "bdo" Flow HtmlElement [];
    span Span "span" Flow HtmlSpanElement [];
    br Br "br" Void HtmlBrElement [];
    wbr Wbr "wbr" Void HtmlElement [];
    ins Ins "ins" Flow HtmlModElement [cite "cite", datetime "datetime"];
    del Del "del" Flow HtmlModElement [cite "cite", datetime "datetime"];
    picture Picture "picture" Flow HtmlPictureElement [];
    source Source "source" Void HtmlSourceElement [
        r#type "type", media "media", src "src", srcset "srcset", sizes "sizes", width "width",
        height "height",
    ];
    img Img "img" Void HtmlImageElement [
        alt "alt", src "src", srcset "srcset", sizes "sizes", crossorigin "crossorigin",
        usemap "usemap", ismap "ismap", width "width", height "height",
        referrerpolicy "referrerpolicy", decoding "decoding", loading "loading",
        fetchpriority "fetchpriority",
    ];
    iframe Iframe "iframe" Flow HtmlIFrameElement [
        src "src", srcdoc "srcdoc", name "name", sandbox "sandbox", allow "allow",
        allowfullscreen "allowfullscreen", width "width", height "height",
        referrerpolicy "referrerpolicy", loading "loading",
    ];
    embed Embed "embed" Void HtmlEmbedElement [
        src "src", r#type "type", width "width", height "height",
    ];
    object Object "object" Flow HtmlObjectElement [
        data "data", r#type "type", name "name", form "form", width "width", height "height",
    ];
    video Video "video" Flow HtmlVideoElement [
        src "src", crossorigin "crossorigin", poster "poster", preload "preload",
        autoplay "autoplay", playsinline "playsinline", r#loop "loop", muted "muted",
        controls "controls", width "width", height "height",
    ];
    audio Audio "audio" Flow HtmlAudioElement [
        src "src", crossorigin "crossorigin", preload "preload", autoplay "autoplay", r#loop "loop",
        muted "muted", controls "controls",
    ];
    track Track "track" Void HtmlTrackElement [
        default "default", kind "kind", label "label", src "src", srclang "srclang",
    ];
    map Map "map" Flow HtmlMapElement [name "name"];
    area Area "area" Void HtmlAreaElement [
        alt "alt", coords "coords", shape "shape", href "href", target "target",
        download "download", ping "ping", rel "rel", referrerpolicy "referrerpolicy",
    ];
    table Table "table" Flow HtmlTableElement [];
    caption Caption "caption" Flow HtmlTableCaptionElement [];
    colgroup Colgroup "colgroup" Flow HtmlTableColElement [span "span"];
    col Col "col" Void HtmlTableColElement [span "span"];
    tbody Tbody "tbody" Flow HtmlTableSectionElement [];
    thead Thead "thead" Flow HtmlTableSectionElement [];
    tfoot Tfoot "tfoot" Flow HtmlTableSectionElement [];
    tr Tr "tr" Flow HtmlTableRowElement [];
    td Td "td" Flow HtmlTableCellElement [colspan "colspan", rowspan "rowspan", headers "headers"];
    th Th "th" Flow HtmlTableCellElement [
        colspan "colspan", rowspan "rowspan", headers "headers", scope "scope", abbr "abbr",
    ];
    form Form "form" Flow HtmlFormElement [
        accept_charset "accept-charset", action "action", autocomplete "autocomplete",
        enctype "enctype", method "method", name "name", novalidate "novalidate", target "target",
        rel "rel",
    ];
    label Label "label" Flow HtmlLabelElement [r#for "for"];
    input Input "input" Void HtmlInputElement [
        accept "accept", alpha "alpha", alt "alt", autocomplete "autocomplete", checked "checked",
        colorspace "colorspace", dirname "dirname", disabled "disabled", form "form",
        formaction "formaction", formenctype "formenctype", formmethod "formmethod",
        formnovalidate "formnovalidate", formtarget "formtarget", height "height", list "list",
        max "max", maxlength "maxlength", min "min", minlength "minlength", multiple "multiple",
        name "name", pattern "pattern", placeholder "placeholder", popovertarget "popovertarget",
        popovertargetaction "popovertargetaction", readonly "readonly", required "required",
        size "size", src "src", step "step", r#type "type", value "value", width "width",
    ];
    button Button "button" Flow HtmlButtonElement [
        command "command", commandfor "commandfor", disabled "disabled", form "form",
        formaction "formaction", formenctype "formenctype", formmethod "formmethod",
        formnovalidate "formnovalidate", formtarget "formtarget", name "name",
        popovertarget "popovertarget", popovertargetaction "popovertargetaction", r#type "type",
        value "value",
    ];
    select Select "select" Flow HtmlSelectElement [
        autocomplete "autocomplete", disabled "disabled", form "form", multiple "multiple",
        name "name", required "required", size "size",
    ];
    datalist Datalist "datalist" Flow HtmlDataListElement [];
    optgroup Optgroup "optgroup" Flow HtmlOptGroupElement [disabled "disabled", label "label"];
    option OptionElement "option" Flow HtmlOptionElement [
        disabled "disabled", label "label", selected "selected", value "value",
    ];
    textarea Textarea "textarea" Rcdata HtmlTextAreaElement [
        autocomplete "autocomplete", cols "cols", dirname "dirname", disabled "disabled",
        form "form", maxlength "maxlength", minlength "minlength", name "name",
        placeholder "placeholder", readonly "readonly", required "required", rows "rows",
        wrap "wrap",
    ];
    output Output "output" Flow HtmlOutputElement [r#for "for", form "form", name "name"];
    progress Progress "progress" Flow HtmlProgressElement [value "value", max "max"];
    meter Meter "meter" Flow HtmlMeterElement [
        value "value", min "min", max "max", low "low", high "high", optimum "optimum",
    ];
    fieldset Fieldset "fieldset" Flow HtmlFieldSetElement [
        disabled "disabled", form "form", name "name",
    ];
    legend Legend "legend" Flow HtmlLegendElement [];
    details Details "details" Flow HtmlDetailsElement [name "name", open "open"];
    summary Summary "summary" Flow HtmlElement [];
    dialog Dialog "dialog" Flow HtmlDialogElement [open "open", closedby "closedby"];
    script Script "script" RawText HtmlScriptElement [
        src "src", r#type "type", nomodule "nomodule", r#async "async", defer "defer",
        crossorigin "crossorigin", integrity "integrity", referrerpolicy "referrerpolicy",
        blocking "blocking", fetchpriority "fetchpriority",
    ];
    noscript Noscript "noscript" Flow HtmlElement [];
    template Template "template" Flow HtmlTemplateElement [
        shadowrootmode "shadowrootmode", shadowrootdelegatesfocus "shadowrootdelegatesfocus",
        shadowrootclonable "shadowrootclonable", shadowrootserializable "shadowrootserializable",
        shadowrootcustomelementregistry "shadowrootcustomelementregistry",
    ];
    slot Slot "slot" Flow HtmlSlotElement [name "name"];
    canvas Canvas "canvas" Flow HtmlCanvasElement [width "width", height "height"];
    selectedcontent Selectedcontent "selectedcontent" Flow HtmlElement [];
}

attributes! {
    pub const GLOBAL_ATTRIBUTES, GLOBAL_ATTRIBUTE_METHODS;
    impl [E: ElementType,] for E;
    accesskey "accesskey", autocapitalize "autocapitalize", autocorrect "autocorrect",
    autofocus "autofocus", contenteditable "contenteditable", dir "dir", draggable "draggable",
    enterkeyhint "enterkeyhint", exportparts "exportparts", hidden "hidden", inert "inert",
    inputmode "inputmode", is "is", itemid "itemid", itemprop "itemprop", itemref "itemref",
    itemscope "itemscope", itemtype "itemtype", lang "lang", nonce "nonce", part "part",
    popover "popover", slot "slot", spellcheck "spellcheck", tabindex "tabindex", title "title",
    translate "translate", writingsuggestions "writingsuggestions", role "role",
    aria_activedescendant "aria-activedescendant", aria_atomic "aria-atomic",
    aria_autocomplete "aria-autocomplete", aria_braillelabel "aria-braillelabel",
    aria_brailleroledescription "aria-brailleroledescription", aria_busy "aria-busy",
    aria_checked "aria-checked", aria_colcount "aria-colcount", aria_colindex "aria-colindex",
    aria_colindextext "aria-colindextext", aria_colspan "aria-colspan",
    aria_controls "aria-controls", aria_current "aria-current", aria_describedby "aria-describedby",
    aria_description "aria-description", aria_details "aria-details", aria_disabled "aria-disabled",
    aria_dropeffect "aria-dropeffect", aria_errormessage "aria-errormessage",
    aria_expanded "aria-expanded", aria_flowto "aria-flowto", aria_grabbed "aria-grabbed",
    aria_haspopup "aria-haspopup", aria_hidden "aria-hidden", aria_invalid "aria-invalid",
    aria_keyshortcuts "aria-keyshortcuts", aria_label "aria-label",
    aria_labelledby "aria-labelledby", aria_level "aria-level", aria_live "aria-live",
    aria_modal "aria-modal", aria_multiline "aria-multiline",
    aria_multiselectable "aria-multiselectable", aria_orientation "aria-orientation",
    aria_owns "aria-owns", aria_placeholder "aria-placeholder", aria_posinset "aria-posinset",
    aria_pressed "aria-pressed", aria_readonly "aria-readonly", aria_relevant "aria-relevant",
    aria_required "aria-required", aria_roledescription "aria-roledescription",
    aria_rowcount "aria-rowcount", aria_rowindex "aria-rowindex",
    aria_rowindextext "aria-rowindextext", aria_rowspan "aria-rowspan",
    aria_selected "aria-selected", aria_setsize "aria-setsize", aria_sort "aria-sort",
    aria_valuemax "aria-valuemax", aria_valuemin "aria-valuemin", aria_valuenow "aria-valuenow",
    aria_valuetext "aria-valuetext",
}
