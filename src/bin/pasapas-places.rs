//! The places reader: a web worker that reads the commune's places file and works out each
//! place's timetable (`pasapas_core::installation::places::read_places_on`), so that the pages'
//! wasm holds neither the CSV reader nor the `opening_hours` parser, and that reading a large
//! file never holds up a tap. `src/places.rs` asks it, one job per worker: `[bytes,
//! "YYYY-MM-DD"]` in, the answer's postcard bytes out, or a sentence saying what went wrong.

use js_sys::{Array, Uint8Array};
use pasapas_core::installation::places::{encode_places_read, read_places_on};
use wasm_bindgen::prelude::*;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

fn main() {
    console_error_panic_hook::set_once();
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let answer_to = scope.clone();
    let on_job = Closure::<dyn Fn(MessageEvent)>::new(move |job: MessageEvent| {
        if let Err(error) = answer_to.post_message(&read(&job.data())) {
            web_sys::console::error_1(&error);
        }
    });
    scope.set_onmessage(Some(on_job.as_ref().unchecked_ref()));
    on_job.forget();
    // A job sent before the wasm was running is lost (its module loads asynchronously), so the
    // page waits for this word before it sends one.
    if let Err(error) = scope.post_message(&JsValue::from_str("ready")) {
        web_sys::console::error_1(&error);
    }
}

fn read(job: &JsValue) -> JsValue {
    let job = Array::from(job);
    let bytes = Uint8Array::new(&job.get(0)).to_vec();
    let Some(day) = job.get(1).as_string().and_then(|day| day.parse().ok()) else {
        return JsValue::from_str("the job gives no day (YYYY-MM-DD)");
    };
    match encode_places_read(&read_places_on(&bytes, day)) {
        Ok(answer) => Uint8Array::from(answer.as_slice()).into(),
        Err(why) => JsValue::from_str(&why),
    }
}
