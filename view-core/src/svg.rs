//! SVG 2 elements and their attributes.

use crate::define::elements;

elements! { Svg;
    svg Svg "svg" Flow SvgsvgElement;
    circle Circle "circle" Flow SvgCircleElement;
}
