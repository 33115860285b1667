//! SVG 2 elements and their attributes.
//!
//! Tags keep their camelCase (`"linearGradient"`); constructors are snake_case
//! (`linear_gradient()`, `fe_gaussian_blur()`, `r#use()`), tag types UpperCamelCase
//! (`LinearGradient`). Every element here is created in the SVG namespace and has content
//! `Flow`: in foreign content even `<script>` and `<style>` are parsed as normal elements.
//! `svg::a()`, `svg::title()`, `svg::script()` and `svg::style()` are distinct from their HTML
//! namesakes.
//!
//! Attributes: the presentation and core attributes ([`GLOBAL_ATTRIBUTES`]: `fill`, `stroke`,
//! `stroke_width` → `stroke-width`, `transform`, …) are on every SVG element through
//! [`SvgElementType`]; geometry and other element-specific attributes (`cx`, `view_box` →
//! `viewBox`, `d`, `href`, …) on their elements only (see [`ELEMENTS`]). The HTML global
//! attributes (`tabindex`, `lang`, `aria_*`, …) apply too.
//!
//! ```
//! use view_core::prelude::*;
//! use view_core::svg::{circle, svg};
//! let view = svg()
//!     .view_box("0 0 10 10")
//!     .child(circle().cx(5).cy(5).r(4).stroke("black").stroke_width(2));
//! assert_eq!(
//!     view.to_html(),
//!     concat!(
//!         r#"<svg viewBox="0 0 10 10">"#,
//!         r#"<circle cx="5" cy="5" r="4" stroke="black" stroke-width="2"></circle></svg>"#,
//!     ),
//! );
//! ```

use crate::ElementType;
use crate::element::define::{attributes, elements};

/// Implemented by every SVG tag type of this module; carries the SVG presentation attributes.
pub trait SvgElementType: ElementType {}

elements! { Svg, SvgElementType;
    svg Svg "svg" Flow SvgsvgElement [
        xmlns "xmlns", x "x", y "y", width "width", height "height", view_box "viewBox",
        preserve_aspect_ratio "preserveAspectRatio",
    ];
    g G "g" Flow SvggElement [];
    defs Defs "defs" Flow SvgDefsElement [];
    desc Desc "desc" Flow SvgDescElement [];
    title Title "title" Flow SvgTitleElement [];
    metadata Metadata "metadata" Flow SvgMetadataElement [];
    symbol Symbol "symbol" Flow SvgSymbolElement [
        x "x", y "y", width "width", height "height", view_box "viewBox",
        preserve_aspect_ratio "preserveAspectRatio", ref_x "refX", ref_y "refY",
    ];
    r#use Use "use" Flow SvgUseElement [href "href", x "x", y "y", width "width", height "height"];
    image Image "image" Flow SvgImageElement [
        href "href", x "x", y "y", width "width", height "height",
        preserve_aspect_ratio "preserveAspectRatio", crossorigin "crossorigin",
    ];
    switch Switch "switch" Flow SvgSwitchElement [];
    style Style "style" Flow SvgStyleElement [r#type "type", media "media"];
    script Script "script" Flow SvgScriptElement [
        r#type "type", href "href", crossorigin "crossorigin",
    ];
    path Path "path" Flow SvgPathElement [d "d", path_length "pathLength"];
    rect Rect "rect" Flow SvgRectElement [
        x "x", y "y", width "width", height "height", rx "rx", ry "ry", path_length "pathLength",
    ];
    circle Circle "circle" Flow SvgCircleElement [
        cx "cx", cy "cy", r "r", path_length "pathLength",
    ];
    ellipse Ellipse "ellipse" Flow SvgEllipseElement [
        cx "cx", cy "cy", rx "rx", ry "ry", path_length "pathLength",
    ];
    line Line "line" Flow SvgLineElement [
        x1 "x1", y1 "y1", x2 "x2", y2 "y2", path_length "pathLength",
    ];
    polyline Polyline "polyline" Flow SvgPolylineElement [
        points "points", path_length "pathLength",
    ];
    polygon Polygon "polygon" Flow SvgPolygonElement [points "points", path_length "pathLength"];
    text Text "text" Flow SvgTextElement [
        x "x", y "y", dx "dx", dy "dy", rotate "rotate", length_adjust "lengthAdjust",
        text_length "textLength",
    ];
    tspan Tspan "tspan" Flow SvgtSpanElement [
        x "x", y "y", dx "dx", dy "dy", rotate "rotate", length_adjust "lengthAdjust",
        text_length "textLength",
    ];
    text_path TextPath "textPath" Flow SvgTextPathElement [
        href "href", length_adjust "lengthAdjust", method "method", path "path", side "side",
        spacing "spacing", start_offset "startOffset", text_length "textLength",
    ];
    marker Marker "marker" Flow SvgMarkerElement [
        marker_height "markerHeight", marker_units "markerUnits", marker_width "markerWidth",
        orient "orient", preserve_aspect_ratio "preserveAspectRatio", ref_x "refX", ref_y "refY",
        view_box "viewBox",
    ];
    linear_gradient LinearGradient "linearGradient" Flow SvgLinearGradientElement [
        gradient_transform "gradientTransform", gradient_units "gradientUnits", href "href",
        spread_method "spreadMethod", x1 "x1", y1 "y1", x2 "x2", y2 "y2",
    ];
    radial_gradient RadialGradient "radialGradient" Flow SvgRadialGradientElement [
        cx "cx", cy "cy", fr "fr", fx "fx", fy "fy", gradient_transform "gradientTransform",
        gradient_units "gradientUnits", href "href", r "r", spread_method "spreadMethod",
    ];
    stop Stop "stop" Flow SvgStopElement [offset "offset"];
    pattern Pattern "pattern" Flow SvgPatternElement [
        x "x", y "y", width "width", height "height", href "href",
        pattern_content_units "patternContentUnits", pattern_transform "patternTransform",
        pattern_units "patternUnits", preserve_aspect_ratio "preserveAspectRatio",
        view_box "viewBox",
    ];
    clip_path ClipPath "clipPath" Flow SvgClipPathElement [clip_path_units "clipPathUnits"];
    mask Mask "mask" Flow SvgMaskElement [
        x "x", y "y", width "width", height "height", mask_content_units "maskContentUnits",
        mask_units "maskUnits",
    ];
    filter Filter "filter" Flow SvgFilterElement [
        x "x", y "y", width "width", height "height", filter_units "filterUnits",
        primitive_units "primitiveUnits",
    ];
    fe_blend FeBlend "feBlend" Flow SvgfeBlendElement [
        x "x", y "y", width "width", height "height", result "result", r#in "in", in2 "in2",
        mode "mode",
    ];
    fe_color_matrix FeColorMatrix "feColorMatrix" Flow SvgfeColorMatrixElement [
        x "x", y "y", width "width", height "height", result "result", r#in "in", r#type "type",
        values "values",
    ];
    fe_component_transfer FeComponentTransfer "feComponentTransfer" Flow
        SvgfeComponentTransferElement [
        x "x", y "y", width "width", height "height", result "result", r#in "in",
    ];
    fe_composite FeComposite "feComposite" Flow SvgfeCompositeElement [
        x "x", y "y", width "width", height "height", result "result", r#in "in", in2 "in2",
        operator "operator", k1 "k1", k2 "k2", k3 "k3", k4 "k4",
    ];
    fe_convolve_matrix FeConvolveMatrix "feConvolveMatrix" Flow SvgfeConvolveMatrixElement [
        x "x", y "y", width "width", height "height", result "result", r#in "in", order "order",
        kernel_matrix "kernelMatrix", divisor "divisor", bias "bias", target_x "targetX",
        target_y "targetY", edge_mode "edgeMode", kernel_unit_length "kernelUnitLength",
        preserve_alpha "preserveAlpha",
    ];
    fe_diffuse_lighting FeDiffuseLighting "feDiffuseLighting" Flow SvgfeDiffuseLightingElement [
        x "x", y "y", width "width", height "height", result "result", r#in "in",
        surface_scale "surfaceScale", diffuse_constant "diffuseConstant",
        kernel_unit_length "kernelUnitLength",
    ];
    fe_displacement_map FeDisplacementMap "feDisplacementMap" Flow SvgfeDisplacementMapElement [
        x "x", y "y", width "width", height "height", result "result", r#in "in", in2 "in2",
        scale "scale", x_channel_selector "xChannelSelector", y_channel_selector "yChannelSelector",
    ];
    fe_distant_light FeDistantLight "feDistantLight" Flow SvgfeDistantLightElement [
        azimuth "azimuth", elevation "elevation",
    ];
    fe_drop_shadow FeDropShadow "feDropShadow" Flow SvgfeDropShadowElement [
        x "x", y "y", width "width", height "height", result "result", r#in "in", dx "dx", dy "dy",
        std_deviation "stdDeviation",
    ];
    fe_flood FeFlood "feFlood" Flow SvgfeFloodElement [
        x "x", y "y", width "width", height "height", result "result",
    ];
    fe_func_a FeFuncA "feFuncA" Flow SvgfeFuncAElement [
        r#type "type", table_values "tableValues", slope "slope", intercept "intercept",
        amplitude "amplitude", exponent "exponent", offset "offset",
    ];
    fe_func_b FeFuncB "feFuncB" Flow SvgfeFuncBElement [
        r#type "type", table_values "tableValues", slope "slope", intercept "intercept",
        amplitude "amplitude", exponent "exponent", offset "offset",
    ];
    fe_func_g FeFuncG "feFuncG" Flow SvgfeFuncGElement [
        r#type "type", table_values "tableValues", slope "slope", intercept "intercept",
        amplitude "amplitude", exponent "exponent", offset "offset",
    ];
    fe_func_r FeFuncR "feFuncR" Flow SvgfeFuncRElement [
        r#type "type", table_values "tableValues", slope "slope", intercept "intercept",
        amplitude "amplitude", exponent "exponent", offset "offset",
    ];
    fe_gaussian_blur FeGaussianBlur "feGaussianBlur" Flow SvgfeGaussianBlurElement [
        x "x", y "y", width "width", height "height", result "result", r#in "in",
        std_deviation "stdDeviation", edge_mode "edgeMode",
    ];
    fe_image FeImage "feImage" Flow SvgfeImageElement [
        x "x", y "y", width "width", height "height", result "result", href "href",
        preserve_aspect_ratio "preserveAspectRatio", crossorigin "crossorigin",
    ];
    fe_merge FeMerge "feMerge" Flow SvgfeMergeElement [
        x "x", y "y", width "width", height "height", result "result",
    ];
    fe_merge_node FeMergeNode "feMergeNode" Flow SvgfeMergeNodeElement [r#in "in"];
    fe_morphology FeMorphology "feMorphology" Flow SvgfeMorphologyElement [
        x "x", y "y", width "width", height "height", result "result", r#in "in",
        operator "operator", radius "radius",
    ];
    fe_offset FeOffset "feOffset" Flow SvgfeOffsetElement [
        x "x", y "y", width "width", height "height", result "result", r#in "in", dx "dx", dy "dy",
    ];
    fe_point_light FePointLight "fePointLight" Flow SvgfePointLightElement [x "x", y "y", z "z"];
    fe_specular_lighting FeSpecularLighting "feSpecularLighting" Flow SvgfeSpecularLightingElement [
        x "x", y "y", width "width", height "height", result "result", r#in "in",
        surface_scale "surfaceScale", specular_constant "specularConstant",
        specular_exponent "specularExponent", kernel_unit_length "kernelUnitLength",
    ];
    fe_spot_light FeSpotLight "feSpotLight" Flow SvgfeSpotLightElement [
        x "x", y "y", z "z", points_at_x "pointsAtX", points_at_y "pointsAtY",
        points_at_z "pointsAtZ", specular_exponent "specularExponent",
        limiting_cone_angle "limitingConeAngle",
    ];
    fe_tile FeTile "feTile" Flow SvgfeTileElement [
        x "x", y "y", width "width", height "height", result "result", r#in "in",
    ];
    fe_turbulence FeTurbulence "feTurbulence" Flow SvgfeTurbulenceElement [
        x "x", y "y", width "width", height "height", result "result",
        base_frequency "baseFrequency", num_octaves "numOctaves", seed "seed",
        stitch_tiles "stitchTiles", r#type "type",
    ];
    foreign_object ForeignObject "foreignObject" Flow SvgForeignObjectElement [
        x "x", y "y", width "width", height "height",
    ];
    a A "a" Flow SvgaElement [
        href "href", target "target", download "download", ping "ping", rel "rel",
        hreflang "hreflang", r#type "type", referrerpolicy "referrerpolicy",
    ];
    view View "view" Flow SvgViewElement [
        view_box "viewBox", preserve_aspect_ratio "preserveAspectRatio",
    ];
    animate Animate "animate" Flow SvgAnimateElement [
        href "href", begin "begin", dur "dur", end "end", min "min", max "max", restart "restart",
        repeat_count "repeatCount", repeat_dur "repeatDur", attribute_name "attributeName",
        calc_mode "calcMode", values "values", key_times "keyTimes", key_splines "keySplines",
        from "from", to "to", by "by", additive "additive", accumulate "accumulate",
    ];
    animate_motion AnimateMotion "animateMotion" Flow SvgAnimateMotionElement [
        href "href", begin "begin", dur "dur", end "end", min "min", max "max", restart "restart",
        repeat_count "repeatCount", repeat_dur "repeatDur", calc_mode "calcMode", values "values",
        key_times "keyTimes", key_splines "keySplines", from "from", to "to", by "by",
        additive "additive", accumulate "accumulate", path "path", key_points "keyPoints",
        rotate "rotate",
    ];
    animate_transform AnimateTransform "animateTransform" Flow SvgAnimateTransformElement [
        href "href", begin "begin", dur "dur", end "end", min "min", max "max", restart "restart",
        repeat_count "repeatCount", repeat_dur "repeatDur", attribute_name "attributeName",
        calc_mode "calcMode", values "values", key_times "keyTimes", key_splines "keySplines",
        from "from", to "to", by "by", additive "additive", accumulate "accumulate", r#type "type",
    ];
    set Set "set" Flow SvgSetElement [
        href "href", begin "begin", dur "dur", end "end", min "min", max "max", restart "restart",
        repeat_count "repeatCount", repeat_dur "repeatDur", attribute_name "attributeName", to "to",
    ];
    mpath Mpath "mpath" Flow SvgmPathElement [href "href"];
}

attributes! {
    pub const GLOBAL_ATTRIBUTES, GLOBAL_ATTRIBUTE_METHODS;
    impl [E: SvgElementType,] for E;
    alignment_baseline "alignment-baseline", baseline_shift "baseline-shift", clip_path "clip-path",
    clip_rule "clip-rule", color "color", color_interpolation "color-interpolation",
    color_interpolation_filters "color-interpolation-filters", cursor "cursor",
    direction "direction", display "display", dominant_baseline "dominant-baseline", fill "fill",
    fill_opacity "fill-opacity", fill_rule "fill-rule", filter "filter", flood_color "flood-color",
    flood_opacity "flood-opacity", font_family "font-family", font_size "font-size",
    font_size_adjust "font-size-adjust", font_stretch "font-stretch", font_style "font-style",
    font_variant "font-variant", font_weight "font-weight", image_rendering "image-rendering",
    letter_spacing "letter-spacing", lighting_color "lighting-color", marker_end "marker-end",
    marker_mid "marker-mid", marker_start "marker-start", mask "mask", mask_type "mask-type",
    opacity "opacity", overflow "overflow", paint_order "paint-order",
    pointer_events "pointer-events", shape_rendering "shape-rendering", stop_color "stop-color",
    stop_opacity "stop-opacity", stroke "stroke", stroke_dasharray "stroke-dasharray",
    stroke_dashoffset "stroke-dashoffset", stroke_linecap "stroke-linecap",
    stroke_linejoin "stroke-linejoin", stroke_miterlimit "stroke-miterlimit",
    stroke_opacity "stroke-opacity", stroke_width "stroke-width", text_anchor "text-anchor",
    text_decoration "text-decoration", text_overflow "text-overflow",
    text_rendering "text-rendering", transform "transform", transform_origin "transform-origin",
    unicode_bidi "unicode-bidi", vector_effect "vector-effect", visibility "visibility",
    white_space "white-space", word_spacing "word-spacing", writing_mode "writing-mode",
    required_extensions "requiredExtensions", system_language "systemLanguage",
}
