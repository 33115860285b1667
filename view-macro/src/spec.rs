//! What the checks know about HTML, SVG and MathML: tag names, void elements, attributes and
//! content-model categories (WHATWG HTML living standard, SVG 2, MathML Core).
//!
//! Tables are plain sorted-by-topic string slices; lookups are linear, which is fast enough for
//! the few hundred names involved and keeps the tables readable.

/// Every HTML element (HTML § 4 "The elements of HTML"), excluding obsolete ones.
pub(crate) const HTML_ELEMENTS: &[&str] = &[
    "a",
    "abbr",
    "address",
    "area",
    "article",
    "aside",
    "audio",
    "b",
    "base",
    "bdi",
    "bdo",
    "blockquote",
    "body",
    "br",
    "button",
    "canvas",
    "caption",
    "cite",
    "code",
    "col",
    "colgroup",
    "data",
    "datalist",
    "dd",
    "del",
    "details",
    "dfn",
    "dialog",
    "div",
    "dl",
    "dt",
    "em",
    "embed",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "header",
    "hgroup",
    "hr",
    "html",
    "i",
    "iframe",
    "img",
    "input",
    "ins",
    "kbd",
    "label",
    "legend",
    "li",
    "link",
    "main",
    "map",
    "mark",
    "menu",
    "meta",
    "meter",
    "nav",
    "noscript",
    "object",
    "ol",
    "optgroup",
    "option",
    "output",
    "p",
    "picture",
    "pre",
    "progress",
    "q",
    "rp",
    "rt",
    "ruby",
    "s",
    "samp",
    "script",
    "search",
    "section",
    "select",
    "selectedcontent",
    "slot",
    "small",
    "source",
    "span",
    "strong",
    "style",
    "sub",
    "summary",
    "sup",
    "table",
    "tbody",
    "td",
    "template",
    "textarea",
    "tfoot",
    "th",
    "thead",
    "time",
    "title",
    "tr",
    "track",
    "u",
    "ul",
    "var",
    "video",
    "wbr",
];

/// Void elements: no end tag, no children (HTML § 13.1.2 "Elements", void elements).
pub(crate) const VOID_ELEMENTS: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr",
];

/// Raw-text elements (`script`, `style`: HTML § 13.1.2) and escapable raw-text (RCDATA)
/// elements (`textarea`, `title`): text children only.
pub(crate) const RAW_TEXT_ELEMENTS: &[&str] = &["script", "style"];
/// See [`RAW_TEXT_ELEMENTS`].
pub(crate) const RCDATA_ELEMENTS: &[&str] = &["textarea", "title"];

/// SVG 2 elements (SVG 2 "Element Index"), in their case-sensitive spelling.
pub(crate) const SVG_ELEMENTS: &[&str] = &[
    "a",
    "animate",
    "animateMotion",
    "animateTransform",
    "circle",
    "clipPath",
    "defs",
    "desc",
    "ellipse",
    "feBlend",
    "feColorMatrix",
    "feComponentTransfer",
    "feComposite",
    "feConvolveMatrix",
    "feDiffuseLighting",
    "feDisplacementMap",
    "feDistantLight",
    "feDropShadow",
    "feFlood",
    "feFuncA",
    "feFuncB",
    "feFuncG",
    "feFuncR",
    "feGaussianBlur",
    "feImage",
    "feMerge",
    "feMergeNode",
    "feMorphology",
    "feOffset",
    "fePointLight",
    "feSpecularLighting",
    "feSpotLight",
    "feTile",
    "feTurbulence",
    "filter",
    "foreignObject",
    "g",
    "image",
    "line",
    "linearGradient",
    "marker",
    "mask",
    "metadata",
    "mpath",
    "path",
    "pattern",
    "polygon",
    "polyline",
    "radialGradient",
    "rect",
    "script",
    "set",
    "stop",
    "style",
    "svg",
    "switch",
    "symbol",
    "text",
    "textPath",
    "title",
    "tspan",
    "use",
    "view",
];

/// MathML Core elements (MathML Core § 3 "Presentation Markup").
pub(crate) const MATHML_ELEMENTS: &[&str] = &[
    "annotation",
    "annotation-xml",
    "maction",
    // Not in MathML Core (MathML 4 full), but supported by browsers and by `view_core::mathml`.
    "menclose",
    "math",
    "merror",
    "mfrac",
    "mi",
    "mmultiscripts",
    "mn",
    "mo",
    "mover",
    "mpadded",
    "mphantom",
    "mprescripts",
    "mroot",
    "mrow",
    "ms",
    "mspace",
    "msqrt",
    "mstyle",
    "msub",
    "msubsup",
    "msup",
    "mtable",
    "mtd",
    "mtext",
    "mtr",
    "munder",
    "munderover",
    "semantics",
];

/// SVG presentation and conditional-processing attributes, allowed on every SVG element (SVG 2
/// § "Attribute Index", presentation attributes; CSS properties that SVG maps to attributes).
pub(crate) const SVG_GLOBAL_ATTRIBUTES: &[&str] = &[
    "alignment-baseline",
    "baseline-shift",
    "clip-path",
    "clip-rule",
    "color",
    "color-interpolation",
    "color-interpolation-filters",
    "cursor",
    "direction",
    "display",
    "dominant-baseline",
    "fill",
    "fill-opacity",
    "fill-rule",
    "filter",
    "flood-color",
    "flood-opacity",
    "font-family",
    "font-size",
    "font-size-adjust",
    "font-stretch",
    "font-style",
    "font-variant",
    "font-weight",
    "image-rendering",
    "letter-spacing",
    "lighting-color",
    "marker-end",
    "marker-mid",
    "marker-start",
    "mask",
    "mask-type",
    "opacity",
    "overflow",
    "paint-order",
    "pointer-events",
    "shape-rendering",
    "stop-color",
    "stop-opacity",
    "stroke",
    "stroke-dasharray",
    "stroke-dashoffset",
    "stroke-linecap",
    "stroke-linejoin",
    "stroke-miterlimit",
    "stroke-opacity",
    "stroke-width",
    "text-anchor",
    "text-decoration",
    "text-overflow",
    "text-rendering",
    "transform",
    "transform-origin",
    "unicode-bidi",
    "vector-effect",
    "visibility",
    "white-space",
    "word-spacing",
    "writing-mode",
    "requiredExtensions",
    "systemLanguage",
];

/// Element-specific SVG attributes (SVG 2, each element's "Attributes" list), in their
/// case-sensitive spelling. The HTML global attributes apply to SVG elements too.
pub(crate) const SVG_ATTRIBUTES: &[(&str, &[&str])] = &[
    (
        "svg",
        &[
            "xmlns",
            "x",
            "y",
            "width",
            "height",
            "viewBox",
            "preserveAspectRatio",
        ],
    ),
    (
        "symbol",
        &[
            "x",
            "y",
            "width",
            "height",
            "viewBox",
            "preserveAspectRatio",
            "refX",
            "refY",
        ],
    ),
    ("use", &["href", "x", "y", "width", "height"]),
    (
        "image",
        &[
            "href",
            "x",
            "y",
            "width",
            "height",
            "preserveAspectRatio",
            "crossorigin",
        ],
    ),
    ("style", &["type", "media"]),
    ("script", &["type", "href", "crossorigin"]),
    ("path", &["d", "pathLength"]),
    (
        "rect",
        &["x", "y", "width", "height", "rx", "ry", "pathLength"],
    ),
    ("circle", &["cx", "cy", "r", "pathLength"]),
    ("ellipse", &["cx", "cy", "rx", "ry", "pathLength"]),
    ("line", &["x1", "y1", "x2", "y2", "pathLength"]),
    ("polyline", &["points", "pathLength"]),
    ("polygon", &["points", "pathLength"]),
    (
        "text",
        &["x", "y", "dx", "dy", "rotate", "lengthAdjust", "textLength"],
    ),
    (
        "tspan",
        &["x", "y", "dx", "dy", "rotate", "lengthAdjust", "textLength"],
    ),
    (
        "textPath",
        &[
            "href",
            "lengthAdjust",
            "method",
            "path",
            "side",
            "spacing",
            "startOffset",
            "textLength",
        ],
    ),
    (
        "marker",
        &[
            "markerHeight",
            "markerUnits",
            "markerWidth",
            "orient",
            "preserveAspectRatio",
            "refX",
            "refY",
            "viewBox",
        ],
    ),
    (
        "linearGradient",
        &[
            "gradientTransform",
            "gradientUnits",
            "href",
            "spreadMethod",
            "x1",
            "y1",
            "x2",
            "y2",
        ],
    ),
    (
        "radialGradient",
        &[
            "cx",
            "cy",
            "fr",
            "fx",
            "fy",
            "gradientTransform",
            "gradientUnits",
            "href",
            "r",
            "spreadMethod",
        ],
    ),
    ("stop", &["offset"]),
    (
        "pattern",
        &[
            "x",
            "y",
            "width",
            "height",
            "href",
            "patternContentUnits",
            "patternTransform",
            "patternUnits",
            "preserveAspectRatio",
            "viewBox",
        ],
    ),
    ("clipPath", &["clipPathUnits"]),
    (
        "mask",
        &["x", "y", "width", "height", "maskContentUnits", "maskUnits"],
    ),
    (
        "filter",
        &["x", "y", "width", "height", "filterUnits", "primitiveUnits"],
    ),
    (
        "feBlend",
        &["x", "y", "width", "height", "result", "in", "in2", "mode"],
    ),
    (
        "feColorMatrix",
        &[
            "x", "y", "width", "height", "result", "in", "type", "values",
        ],
    ),
    (
        "feComponentTransfer",
        &["x", "y", "width", "height", "result", "in"],
    ),
    (
        "feComposite",
        &[
            "x", "y", "width", "height", "result", "in", "in2", "operator", "k1", "k2", "k3", "k4",
        ],
    ),
    (
        "feConvolveMatrix",
        &[
            "x",
            "y",
            "width",
            "height",
            "result",
            "in",
            "order",
            "kernelMatrix",
            "divisor",
            "bias",
            "targetX",
            "targetY",
            "edgeMode",
            "kernelUnitLength",
            "preserveAlpha",
        ],
    ),
    (
        "feDiffuseLighting",
        &[
            "x",
            "y",
            "width",
            "height",
            "result",
            "in",
            "surfaceScale",
            "diffuseConstant",
            "kernelUnitLength",
        ],
    ),
    (
        "feDisplacementMap",
        &[
            "x",
            "y",
            "width",
            "height",
            "result",
            "in",
            "in2",
            "scale",
            "xChannelSelector",
            "yChannelSelector",
        ],
    ),
    ("feDistantLight", &["azimuth", "elevation"]),
    (
        "feDropShadow",
        &[
            "x",
            "y",
            "width",
            "height",
            "result",
            "in",
            "dx",
            "dy",
            "stdDeviation",
        ],
    ),
    ("feFlood", &["x", "y", "width", "height", "result"]),
    (
        "feFuncA",
        &[
            "type",
            "tableValues",
            "slope",
            "intercept",
            "amplitude",
            "exponent",
            "offset",
        ],
    ),
    (
        "feFuncB",
        &[
            "type",
            "tableValues",
            "slope",
            "intercept",
            "amplitude",
            "exponent",
            "offset",
        ],
    ),
    (
        "feFuncG",
        &[
            "type",
            "tableValues",
            "slope",
            "intercept",
            "amplitude",
            "exponent",
            "offset",
        ],
    ),
    (
        "feFuncR",
        &[
            "type",
            "tableValues",
            "slope",
            "intercept",
            "amplitude",
            "exponent",
            "offset",
        ],
    ),
    (
        "feGaussianBlur",
        &[
            "x",
            "y",
            "width",
            "height",
            "result",
            "in",
            "stdDeviation",
            "edgeMode",
        ],
    ),
    (
        "feImage",
        &[
            "x",
            "y",
            "width",
            "height",
            "result",
            "href",
            "preserveAspectRatio",
            "crossorigin",
        ],
    ),
    ("feMerge", &["x", "y", "width", "height", "result"]),
    ("feMergeNode", &["in"]),
    (
        "feMorphology",
        &[
            "x", "y", "width", "height", "result", "in", "operator", "radius",
        ],
    ),
    (
        "feOffset",
        &["x", "y", "width", "height", "result", "in", "dx", "dy"],
    ),
    ("fePointLight", &["x", "y", "z"]),
    (
        "feSpecularLighting",
        &[
            "x",
            "y",
            "width",
            "height",
            "result",
            "in",
            "surfaceScale",
            "specularConstant",
            "specularExponent",
            "kernelUnitLength",
        ],
    ),
    (
        "feSpotLight",
        &[
            "x",
            "y",
            "z",
            "pointsAtX",
            "pointsAtY",
            "pointsAtZ",
            "specularExponent",
            "limitingConeAngle",
        ],
    ),
    ("feTile", &["x", "y", "width", "height", "result", "in"]),
    (
        "feTurbulence",
        &[
            "x",
            "y",
            "width",
            "height",
            "result",
            "baseFrequency",
            "numOctaves",
            "seed",
            "stitchTiles",
            "type",
        ],
    ),
    ("foreignObject", &["x", "y", "width", "height"]),
    (
        "a",
        &[
            "href",
            "target",
            "download",
            "ping",
            "rel",
            "hreflang",
            "type",
            "referrerpolicy",
        ],
    ),
    ("view", &["viewBox", "preserveAspectRatio"]),
    (
        "animate",
        &[
            "href",
            "begin",
            "dur",
            "end",
            "min",
            "max",
            "restart",
            "repeatCount",
            "repeatDur",
            "attributeName",
            "calcMode",
            "values",
            "keyTimes",
            "keySplines",
            "from",
            "to",
            "by",
            "additive",
            "accumulate",
        ],
    ),
    (
        "animateMotion",
        &[
            "href",
            "begin",
            "dur",
            "end",
            "min",
            "max",
            "restart",
            "repeatCount",
            "repeatDur",
            "calcMode",
            "values",
            "keyTimes",
            "keySplines",
            "from",
            "to",
            "by",
            "additive",
            "accumulate",
            "path",
            "keyPoints",
            "rotate",
        ],
    ),
    (
        "animateTransform",
        &[
            "href",
            "begin",
            "dur",
            "end",
            "min",
            "max",
            "restart",
            "repeatCount",
            "repeatDur",
            "attributeName",
            "calcMode",
            "values",
            "keyTimes",
            "keySplines",
            "from",
            "to",
            "by",
            "additive",
            "accumulate",
            "type",
        ],
    ),
    (
        "set",
        &[
            "href",
            "begin",
            "dur",
            "end",
            "min",
            "max",
            "restart",
            "repeatCount",
            "repeatDur",
            "attributeName",
            "to",
        ],
    ),
    ("mpath", &["href"]),
];

/// MathML attributes allowed on every MathML element (MathML Core § 2.1.3 "Global
/// attributes"); the HTML global attributes apply too.
pub(crate) const MATHML_GLOBAL_ATTRIBUTES: &[&str] = &[
    "displaystyle",
    "mathbackground",
    "mathcolor",
    "mathsize",
    "mathvariant",
    "scriptlevel",
];

/// Element-specific MathML attributes (MathML Core § 3, each element's attributes).
pub(crate) const MATHML_ATTRIBUTES: &[(&str, &[&str])] = &[
    ("math", &["display", "alttext"]),
    ("annotation", &["encoding"]),
    ("annotation-xml", &["encoding"]),
    ("maction", &["actiontype", "selection"]),
    ("menclose", &["notation"]),
    ("mfrac", &["linethickness"]),
    (
        "mo",
        &[
            "form",
            "fence",
            "separator",
            "lspace",
            "rspace",
            "stretchy",
            "symmetric",
            "largeop",
            "movablelimits",
            "maxsize",
            "minsize",
        ],
    ),
    ("mover", &["accent"]),
    (
        "mpadded",
        &["width", "height", "depth", "lspace", "voffset"],
    ),
    ("mspace", &["width", "height", "depth"]),
    ("mtd", &["columnspan", "rowspan"]),
    ("munder", &["accentunder"]),
    ("munderover", &["accent", "accentunder"]),
];

/// Global attributes (HTML § 3.2.6 "Global attributes"); event handler content attributes
/// (`onclick`, …) are left out on purpose: use `on:click`.
pub(crate) const GLOBAL_ATTRIBUTES: &[&str] = &[
    "accesskey",
    "autocapitalize",
    "autocorrect",
    "autofocus",
    "class",
    "contenteditable",
    "dir",
    "draggable",
    "enterkeyhint",
    "exportparts",
    "hidden",
    "id",
    "inert",
    "inputmode",
    "is",
    "itemid",
    "itemprop",
    "itemref",
    "itemscope",
    "itemtype",
    "lang",
    "nonce",
    "part",
    "popover",
    "role",
    "slot",
    "spellcheck",
    "style",
    "tabindex",
    "title",
    "translate",
    "writingsuggestions",
];

/// Element-specific HTML attributes (HTML § 4, each element's "Content attributes" list).
pub(crate) const HTML_ATTRIBUTES: &[(&str, &[&str])] = &[
    (
        "a",
        &[
            "download",
            "href",
            "hreflang",
            "ping",
            "referrerpolicy",
            "rel",
            "target",
            "type",
        ],
    ),
    (
        "area",
        &[
            "alt",
            "coords",
            "download",
            "href",
            "ping",
            "referrerpolicy",
            "rel",
            "shape",
            "target",
        ],
    ),
    (
        "audio",
        &[
            "autoplay",
            "controls",
            "crossorigin",
            "loop",
            "muted",
            "preload",
            "src",
        ],
    ),
    ("base", &["href", "target"]),
    ("blockquote", &["cite"]),
    (
        "button",
        &[
            "command",
            "commandfor",
            "disabled",
            "form",
            "formaction",
            "formenctype",
            "formmethod",
            "formnovalidate",
            "formtarget",
            "name",
            "popovertarget",
            "popovertargetaction",
            "type",
            "value",
        ],
    ),
    ("canvas", &["height", "width"]),
    ("col", &["span"]),
    ("colgroup", &["span"]),
    ("data", &["value"]),
    ("del", &["cite", "datetime"]),
    ("details", &["name", "open"]),
    ("dialog", &["closedby", "open"]),
    ("embed", &["height", "src", "type", "width"]),
    ("fieldset", &["disabled", "form", "name"]),
    (
        "form",
        &[
            "accept-charset",
            "action",
            "autocomplete",
            "enctype",
            "method",
            "name",
            "novalidate",
            "rel",
            "target",
        ],
    ),
    ("html", &["xmlns"]),
    (
        "iframe",
        &[
            "allow",
            "allowfullscreen",
            "height",
            "loading",
            "name",
            "referrerpolicy",
            "sandbox",
            "src",
            "srcdoc",
            "width",
        ],
    ),
    (
        "img",
        &[
            "alt",
            "crossorigin",
            "decoding",
            "fetchpriority",
            "height",
            "ismap",
            "loading",
            "referrerpolicy",
            "sizes",
            "src",
            "srcset",
            "usemap",
            "width",
        ],
    ),
    (
        "input",
        &[
            "accept",
            "alpha",
            "alt",
            "autocomplete",
            "checked",
            "colorspace",
            "dirname",
            "disabled",
            "form",
            "formaction",
            "formenctype",
            "formmethod",
            "formnovalidate",
            "formtarget",
            "height",
            "list",
            "max",
            "maxlength",
            "min",
            "minlength",
            "multiple",
            "name",
            "pattern",
            "placeholder",
            "popovertarget",
            "popovertargetaction",
            "readonly",
            "required",
            "size",
            "src",
            "step",
            "type",
            "value",
            "width",
        ],
    ),
    ("ins", &["cite", "datetime"]),
    ("label", &["for"]),
    ("li", &["value"]),
    (
        "link",
        &[
            "as",
            "blocking",
            "color",
            "crossorigin",
            "disabled",
            "fetchpriority",
            "href",
            "hreflang",
            "imagesizes",
            "imagesrcset",
            "integrity",
            "media",
            "referrerpolicy",
            "rel",
            "sizes",
            "type",
        ],
    ),
    ("map", &["name"]),
    (
        "meta",
        &["charset", "content", "http-equiv", "media", "name"],
    ),
    ("meter", &["high", "low", "max", "min", "optimum", "value"]),
    (
        "object",
        &["data", "form", "height", "name", "type", "width"],
    ),
    ("ol", &["reversed", "start", "type"]),
    ("optgroup", &["disabled", "label"]),
    ("option", &["disabled", "label", "selected", "value"]),
    ("output", &["for", "form", "name"]),
    ("progress", &["max", "value"]),
    ("q", &["cite"]),
    (
        "script",
        &[
            "async",
            "blocking",
            "crossorigin",
            "defer",
            "fetchpriority",
            "integrity",
            "nomodule",
            "referrerpolicy",
            "src",
            "type",
        ],
    ),
    (
        "select",
        &[
            "autocomplete",
            "disabled",
            "form",
            "multiple",
            "name",
            "required",
            "size",
        ],
    ),
    ("slot", &["name"]),
    (
        "source",
        &["height", "media", "sizes", "src", "srcset", "type", "width"],
    ),
    ("style", &["blocking", "media"]),
    ("td", &["colspan", "headers", "rowspan"]),
    (
        "template",
        &[
            "shadowrootclonable",
            "shadowrootcustomelementregistry",
            "shadowrootdelegatesfocus",
            "shadowrootmode",
            "shadowrootserializable",
        ],
    ),
    (
        "textarea",
        &[
            "autocomplete",
            "cols",
            "dirname",
            "disabled",
            "form",
            "maxlength",
            "minlength",
            "name",
            "placeholder",
            "readonly",
            "required",
            "rows",
            "wrap",
        ],
    ),
    ("th", &["abbr", "colspan", "headers", "rowspan", "scope"]),
    ("time", &["datetime"]),
    ("track", &["default", "kind", "label", "src", "srclang"]),
    (
        "video",
        &[
            "autoplay",
            "controls",
            "crossorigin",
            "height",
            "loop",
            "muted",
            "playsinline",
            "poster",
            "preload",
            "src",
            "width",
        ],
    ),
];

/// Elements whose `<p>` parent is closed by the parser: flow content that is not phrasing
/// content (HTML § 13.2.6.4.7 "in body": a start tag whose name is one of these "closes a p
/// element" that is in button scope).
pub(crate) const CLOSES_P: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "details",
    "dialog",
    "div",
    "dl",
    "dd",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "li",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "search",
    "section",
    "summary",
    "table",
    "ul",
];

/// Interactive content (HTML § 3.2.5.2.7), by tag name; `a`, `audio`/`video` with `controls`,
/// `img` with `usemap` and `input` not of type `hidden` are interactive only with those
/// attributes, which [`is_interactive`] checks.
const INTERACTIVE: &[&str] = &[
    "a", "button", "details", "embed", "iframe", "label", "select", "textarea",
];

/// Whether an element with `tag` and literal attributes `attrs` is interactive content
/// (HTML § 3.2.5.2.7 "Interactive content").
pub(crate) fn is_interactive(tag: &str, attr: impl Fn(&str) -> Option<Option<String>>) -> bool {
    match tag {
        "input" => !matches!(attr("type"), Some(Some(kind)) if kind.eq_ignore_ascii_case("hidden")),
        "audio" | "video" => attr("controls").is_some(),
        "img" => attr("usemap").is_some(),
        _ => INTERACTIVE.contains(&tag),
    }
}

/// Whether `name` is an HTML element.
pub(crate) fn is_html_element(name: &str) -> bool {
    HTML_ELEMENTS.contains(&name)
}

/// Whether `name` is an SVG element.
pub(crate) fn is_svg_element(name: &str) -> bool {
    SVG_ELEMENTS.contains(&name)
}

/// Whether `name` is a MathML element.
pub(crate) fn is_mathml_element(name: &str) -> bool {
    MATHML_ELEMENTS.contains(&name)
}

/// Whether `name` is a void HTML element.
pub(crate) fn is_void(name: &str) -> bool {
    VOID_ELEMENTS.contains(&name)
}

/// Whether `attribute` is allowed on the HTML element `tag` (global or element-specific).
pub(crate) fn is_html_attribute(tag: &str, attribute: &str) -> bool {
    GLOBAL_ATTRIBUTES.contains(&attribute)
        || HTML_ATTRIBUTES
            .iter()
            .any(|(element, names)| *element == tag && names.contains(&attribute))
}

/// Whether `attribute` is allowed on the SVG element `tag`: an SVG presentation attribute, one
/// of the element's own, or an HTML global attribute (those apply to SVG elements too).
pub(crate) fn is_svg_attribute(tag: &str, attribute: &str) -> bool {
    SVG_GLOBAL_ATTRIBUTES.contains(&attribute)
        || GLOBAL_ATTRIBUTES.contains(&attribute)
        || SVG_ATTRIBUTES
            .iter()
            .any(|(element, names)| *element == tag && names.contains(&attribute))
}

/// Whether `attribute` is allowed on the MathML element `tag`: a MathML global attribute, one
/// of the element's own, or an HTML global attribute.
pub(crate) fn is_mathml_attribute(tag: &str, attribute: &str) -> bool {
    MATHML_GLOBAL_ATTRIBUTES.contains(&attribute)
        || GLOBAL_ATTRIBUTES.contains(&attribute)
        || MATHML_ATTRIBUTES
            .iter()
            .any(|(element, names)| *element == tag && names.contains(&attribute))
}

/// A valid custom element name (HTML § 4.13.3 "Core concepts"): starts with a lowercase ASCII
/// letter, contains a hyphen, no uppercase ASCII, and is not one of the reserved names.
pub(crate) fn is_valid_custom_element_name(name: &str) -> bool {
    const RESERVED: &[&str] = &[
        "annotation-xml",
        "color-profile",
        "font-face",
        "font-face-src",
        "font-face-uri",
        "font-face-format",
        "font-face-name",
        "missing-glyph",
    ];
    name.starts_with(|c: char| c.is_ascii_lowercase())
        && name.contains('-')
        && !name
            .chars()
            .any(|c| c.is_ascii_uppercase() || c.is_whitespace() || "/>\"'=".contains(c))
        && !RESERVED.contains(&name)
}

/// The edit distance between `a` and `b` (ASCII case-insensitive): Levenshtein plus adjacent
/// transpositions (optimal string alignment), so `dvi` is one edit from `div`.
pub(crate) fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().map(|c| c.to_ascii_lowercase()).collect();
    let b: Vec<char> = b.chars().map(|c| c.to_ascii_lowercase()).collect();
    let width = b.len() + 1;
    let mut d = vec![0usize; (a.len() + 1) * width];
    for i in 0..=a.len() {
        d[i * width] = i;
    }
    for (j, cell) in d.iter_mut().enumerate().take(width) {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[(i - 1) * width + j] + 1)
                .min(d[i * width + j - 1] + 1)
                .min(d[(i - 1) * width + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[(i - 2) * width + j - 2] + 1);
            }
            d[i * width + j] = best;
        }
    }
    d[a.len() * width + b.len()]
}

/// The closest name in `candidates` to `name`, if it is close enough to be a likely typo.
pub(crate) fn suggest<'a>(
    name: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let limit = (name.chars().count().div_ceil(3)).max(1);
    candidates
        .into_iter()
        .map(|candidate| (distance(name, candidate), candidate))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, candidate)| candidate)
}

/// The Rust method name of an attribute: `-` → `_`, camelCase → snake_case, keywords raw.
pub(crate) fn attribute_method(name: &str) -> String {
    let mut method = String::with_capacity(name.len() + 2);
    for c in name.chars() {
        match c {
            '-' | ':' | '.' => method.push('_'),
            c if c.is_ascii_uppercase() => {
                method.push('_');
                method.push(c.to_ascii_lowercase());
            }
            c => method.push(c),
        }
    }
    method
}

/// The Rust function name of an element: like [`attribute_method`].
pub(crate) fn element_fn(name: &str) -> String {
    attribute_method(name)
}

/// Whether `name` is a Rust keyword that must be written raw (`r#type`).
pub(crate) fn is_keyword(name: &str) -> bool {
    matches!(
        name,
        "as" | "async"
            | "await"
            | "break"
            | "const"
            | "continue"
            | "crate"
            | "dyn"
            | "else"
            | "enum"
            | "extern"
            | "false"
            | "fn"
            | "for"
            | "if"
            | "impl"
            | "in"
            | "let"
            | "loop"
            | "match"
            | "mod"
            | "move"
            | "mut"
            | "pub"
            | "ref"
            | "return"
            | "static"
            | "struct"
            | "super"
            | "trait"
            | "true"
            | "type"
            | "unsafe"
            | "use"
            | "where"
            | "while"
            | "abstract"
            | "become"
            | "box"
            | "do"
            | "final"
            | "macro"
            | "override"
            | "priv"
            | "typeof"
            | "unsized"
            | "virtual"
            | "yield"
            | "try"
            | "gen"
    )
}
