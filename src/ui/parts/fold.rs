//! A fold (`<details>`) whose body is built the first time it opens, or when the page is
//! printed. Most folds on a result page are never opened, and they held more than half of
//! its elements: building them up front made the page slow on an old laptop.

use leptos::prelude::*;

use crate::ui::context::Zelfcheck;

/// A `<details>` with class `class`, showing `summary`; `body` makes what it folds away,
/// once, when the fold is first opened or the widget is about to be printed
/// ([`Zelfcheck::unfold`]).
pub fn fold<V>(
    class: &'static str,
    summary: impl IntoView + 'static,
    body: impl FnOnce() -> V + 'static,
) -> AnyView
where
    V: IntoView + 'static,
{
    // One fold for every kind of body: the fold's own code is not repeated per use.
    folded(
        class,
        summary.into_any(),
        Box::new(move || body().into_any()),
    )
}

fn folded(class: &'static str, summary: AnyView, body: Box<dyn FnOnce() -> AnyView>) -> AnyView {
    let unfold = Zelfcheck::expect().unfold;
    let opened = RwSignal::new(false);
    let body = StoredValue::new_local(Some(body));
    // Once built, a body stays: closing the fold only hides it.
    let built = Memo::new(move |was: Option<&bool>| {
        was.copied().unwrap_or(false) || opened.get() || unfold.get()
    });
    let on_toggle = move |ev: leptos::ev::Event| {
        if event_target::<web_sys::HtmlDetailsElement>(&ev).open() {
            opened.set(true);
        }
    };
    view! {
        <details class=class on:toggle=on_toggle>
            <summary>{summary}</summary>
            {move || {
                built
                    .get()
                    .then(|| body.try_update_value(Option::take).flatten().map(|make| make()))
            }}
        </details>
    }
    .into_any()
}
