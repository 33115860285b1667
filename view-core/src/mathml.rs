//! MathML Core elements and their attributes.

use crate::define::elements;

elements! { MathMl;
    math Math "math" Flow MathMlElement;
    mi Mi "mi" Flow MathMlElement;
}
