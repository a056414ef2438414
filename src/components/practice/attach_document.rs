use super::Feedback;
use crate::components::icon::{pictogram, Icon, Illustration};
use crate::content::PRACTICE;
use crate::i18n::{shown_text, text, use_locale};
use crate::t;
use leptos::prelude::*;

/// Attach a photo of a paper to a pretend message: open the gallery (`gallery` in
/// `assets/content/practice.toml`), pick a photo, see it attached, send. Nothing is sent.
#[component]
pub fn AttachDocument() -> impl IntoView {
    let locale = use_locale();
    let gallery_open = RwSignal::new(false);
    let attached = RwSignal::new(None::<usize>);
    let sent = RwSignal::new(None::<bool>);
    let photos = move || {
        PRACTICE
            .gallery
            .iter()
            .enumerate()
            .map(|(i, photo)| {
                let (picture, name) = (&photo.picture, photo.name.as_str());
                view! {
                    <li>
                        <button
                            type="button"
                            class="k-photo"
                            aria-pressed=move || (attached.get() == Some(i)).to_string()
                            on:click=move |_| {
                                attached.set(Some(i));
                                gallery_open.set(false);
                                sent.set(None);
                            }
                        >
                            <Illustration
                                name=picture.to_string()
                                alt=Signal::derive(move || shown_text(locale, name))
                            />
                            <span>{move || text(locale, name)}</span>
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <div class="k-mail">
            <p class="k-mail__line">
                <strong>{move || t!(locale, "practice-attach-to")}</strong>
                " "
                <bdi dir="ltr">{move || t!(locale, "practice-attach-address")}</bdi>
            </p>
            <p class="k-mail__line">{move || t!(locale, "practice-attach-message")}</p>
            {move || {
                attached
                    .get()
                    .map(|i| {
                        view! {
                            <p class="k-mail__attachment">
                                <Icon name=pictogram::PAPERCLIP />
                                <span>
                                    {move || {
                                        let name = PRACTICE
                                            .gallery
                                            .get(i)
                                            .map(|p| text(locale, &p.name))
                                            .unwrap_or_default();
                                        t!(locale, "practice-attach-attached", name = name)
                                    }}
                                </span>
                            </p>
                        }
                    })
            }}
        </div>
        <div class="k-practice__actions">
            <button
                type="button"
                class="k-button k-button--secondary"
                aria-expanded=move || gallery_open.get().to_string()
                on:click=move |_| gallery_open.update(|o| *o = !*o)
            >
                <Icon name=pictogram::PAPERCLIP />
                <span>{move || t!(locale, "practice-attach-button")}</span>
            </button>
            <button
                type="button"
                class="k-button k-button--primary"
                on:click=move |_| sent.set(Some(attached.get().is_some()))
            >
                <Icon name=pictogram::SEND />
                <span>{move || t!(locale, "practice-attach-send")}</span>
            </button>
        </div>
        <Show when=move || gallery_open.get()>
            <p id="k-gallery-title">{move || t!(locale, "practice-attach-gallery")}</p>
            <ul class="k-gallery" aria-labelledby="k-gallery-title">
                {photos}
            </ul>
        </Show>
        {move || {
            sent.get()
                .map(|ok| {
                    view! {
                        <Feedback
                            text=Signal::derive(move || {
                                if ok {
                                    t!(locale, "practice-attach-sent")
                                } else {
                                    t!(locale, "practice-attach-need")
                                }
                            })
                            good=ok
                        />
                    }
                })
        }}
    }
}
