//! Early events: clicks, input and key presses that happen after the server's HTML is shown
//! but before the wasm has hydrated it. An inline script (written by the server, opt-in)
//! records them; hydration replays them on the hydrated nodes, which are the very nodes the
//! user acted on (hydration keeps the server's nodes). Input values typed meanwhile are already
//! in those nodes; their `input`/`change` events are replayed so the app sees them.

use crate::RenderHtml;
use crate::html::script;

/// The recorder: listens (capture phase, on the document) for `click`, `input`, `change`,
/// `keydown` and `submit`, keeps the events (a submit is also held back with
/// `preventDefault`, so the page does not navigate before the app can handle it), and defines
/// `window.__viewCoreEarly.replay()`, which hydration calls: it stops recording and dispatches
/// a copy of each event on its target, in order. A click on a checkbox or radio button is not
/// replayed (its toggle already happened; its `input`/`change` events are).
pub const EARLY_EVENTS_SCRIPT: &str = "(()=>{const q=[],t=['click','input','change','keydown','submit'],\
h=e=>{if(e.type==='submit')e.preventDefault();q.push(e)};\
for(const n of t)document.addEventListener(n,h,true);\
window.__viewCoreEarly={replay(){for(const n of t)document.removeEventListener(n,h,true);\
for(const e of q){const g=e.target;if(!g||!g.isConnected)continue;\
if(e.type==='click'&&g.matches&&g.matches('input[type=checkbox],input[type=radio]'))continue;\
let r;if(e.type==='click')r=new MouseEvent('click',e);\
else if(e.type==='keydown')r=new KeyboardEvent('keydown',e);\
else if(e.type==='submit')r=new SubmitEvent('submit',{bubbles:true,cancelable:true,submitter:e.submitter});\
else r=new Event(e.type,{bubbles:true});g.dispatchEvent(r)}q.length=0}}})();";

/// The recorder as a `<script>` element, to put in the page's `<head>` (or first in the body,
/// before the hydrated content) on the server; see [`EARLY_EVENTS_SCRIPT`].
///
/// ```
/// use view_core::prelude::*;
/// let head = view_core::hydration::early_events_script().to_html();
/// assert!(head.starts_with("<script>(()=>{"));
/// assert!(head.ends_with("})();</script>"));
/// ```
pub fn early_events_script() -> impl RenderHtml {
    script().child(EARLY_EVENTS_SCRIPT)
}

/// Replays the recorded events, if the page has the recorder (browser only).
#[cfg(feature = "hydrate")]
pub(crate) fn replay() {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::{JsCast, JsValue};
        let global = js_sys::global();
        let Ok(early) = js_sys::Reflect::get(&global, &JsValue::from_str("__viewCoreEarly")) else {
            return;
        };
        if early.is_undefined() || early.is_null() {
            return;
        }
        if let Ok(replay) = js_sys::Reflect::get(&early, &JsValue::from_str("replay"))
            && let Some(replay) = replay.dyn_ref::<js_sys::Function>()
        {
            let _ = replay.call0(&early);
        }
    }
}
