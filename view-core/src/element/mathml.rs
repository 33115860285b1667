//! MathML Core elements and their attributes.
//!
//! Every element here is created in the MathML namespace and maps to web-sys `MathMlElement`.
//! The MathML global attributes ([`GLOBAL_ATTRIBUTES`]: `displaystyle`, `mathcolor`,
//! `mathvariant`, …) are on every MathML element through [`MathMlElementType`]; the
//! element-specific ones (`mo().stretchy(..)`, `mfrac().linethickness(..)`) on their elements
//! only (see [`ELEMENTS`]). The HTML global attributes (`dir`, `tabindex`, …) apply too.
//!
//! ```
//! use view_core::prelude::*;
//! use view_core::mathml::{math, mfrac, mi, mn};
//! let view = math().display("block").child(mfrac().child((mi().child("x"), mn().child(2))));
//! assert_eq!(
//!     view.to_html(),
//!     r#"<math display="block"><mfrac><mi>x</mi><mn>2</mn></mfrac></math>"#,
//! );
//! ```

use crate::ElementType;
use crate::element::define::{attributes, elements};

/// Implemented by every MathML tag type of this module; carries the MathML global attributes.
pub trait MathMlElementType: ElementType {}

elements! { MathMl, MathMlElementType;
    math Math "math" Flow MathMlElement [display "display", alttext "alttext"];
    annotation Annotation "annotation" Flow MathMlElement [encoding "encoding"];
    annotation_xml AnnotationXml "annotation-xml" Flow MathMlElement [encoding "encoding"];
    maction Maction "maction" Flow MathMlElement [actiontype "actiontype", selection "selection"];
    menclose Menclose "menclose" Flow MathMlElement [notation "notation"];
    merror Merror "merror" Flow MathMlElement [];
    mfrac Mfrac "mfrac" Flow MathMlElement [linethickness "linethickness"];
    mi Mi "mi" Flow MathMlElement [];
    mmultiscripts Mmultiscripts "mmultiscripts" Flow MathMlElement [];
    mn Mn "mn" Flow MathMlElement [];
    mo Mo "mo" Flow MathMlElement [
        form "form", fence "fence", separator "separator", lspace "lspace", rspace "rspace",
        stretchy "stretchy", symmetric "symmetric", largeop "largeop",
        movablelimits "movablelimits", maxsize "maxsize", minsize "minsize",
    ];
    mover Mover "mover" Flow MathMlElement [accent "accent"];
    mpadded Mpadded "mpadded" Flow MathMlElement [
        width "width", height "height", depth "depth", lspace "lspace", voffset "voffset",
    ];
    mphantom Mphantom "mphantom" Flow MathMlElement [];
    mprescripts Mprescripts "mprescripts" Flow MathMlElement [];
    mroot Mroot "mroot" Flow MathMlElement [];
    mrow Mrow "mrow" Flow MathMlElement [];
    ms Ms "ms" Flow MathMlElement [];
    mspace Mspace "mspace" Flow MathMlElement [width "width", height "height", depth "depth"];
    msqrt Msqrt "msqrt" Flow MathMlElement [];
    mstyle Mstyle "mstyle" Flow MathMlElement [];
    msub Msub "msub" Flow MathMlElement [];
    msubsup Msubsup "msubsup" Flow MathMlElement [];
    msup Msup "msup" Flow MathMlElement [];
    mtable Mtable "mtable" Flow MathMlElement [];
    mtd Mtd "mtd" Flow MathMlElement [columnspan "columnspan", rowspan "rowspan"];
    mtext Mtext "mtext" Flow MathMlElement [];
    mtr Mtr "mtr" Flow MathMlElement [];
    munder Munder "munder" Flow MathMlElement [accentunder "accentunder"];
    munderover Munderover "munderover" Flow MathMlElement [
        accent "accent", accentunder "accentunder",
    ];
    semantics Semantics "semantics" Flow MathMlElement [];
}

attributes! {
    pub const GLOBAL_ATTRIBUTES, GLOBAL_ATTRIBUTE_METHODS;
    impl [E: MathMlElementType,] for E;
    displaystyle "displaystyle", mathbackground "mathbackground", mathcolor "mathcolor",
    mathsize "mathsize", mathvariant "mathvariant", scriptlevel "scriptlevel",
}
