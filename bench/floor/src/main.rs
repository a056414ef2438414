//! The smallest Leptos CSR page with one interactive control: what the framework costs by itself.
//! `cargo xtask bench` measures it beside the kiosk, in the same run and with the same profile, so
//! the report can state the kiosk's ratio to this floor. It is never shown to a person, so its two
//! words are not translated.

use leptos::prelude::*;

fn main() {
    mount_to_body(|| {
        let count = RwSignal::new(0);
        view! {
            <main>
                <h1>"Floor"</h1>
                <button on:click=move |_| count.update(|n| *n += 1)>{move || count.get()}</button>
            </main>
        }
    });
}
