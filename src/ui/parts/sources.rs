//! The list of sources under a tip or a quick answer, each a link with its publisher.

use leptos::prelude::*;

use zelfcheck_engine::Source;

/// "Title (publisher); Title (publisher)", each title a link.
#[component]
pub fn SourceLinks(
    /// The sources, in the order cited.
    sources: &'static [&'static Source],
) -> impl IntoView {
    sources
        .iter()
        .enumerate()
        .map(|(i, source)| {
            view! {
                {(i > 0).then_some("; ")}
                // Every source is a Dutch publication; marked so a screen reader reads it in
                // Dutch inside the English check too.
                <span lang="nl">
                    <a href=source.url>{source.title}</a>
                    " ("
                    {source.publisher}
                    ")"
                </span>
            }
        })
        .collect_view()
}
