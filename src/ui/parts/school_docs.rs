//! The school's own documents (`doc-<kind>` in the embed settings): a link in every tip and
//! "Leg dit klaar" line that names the kind, and a list on the result of those referred to.
//! Titles are rendered as text; links are only the checked `http(s)` ones.

use leptos::prelude::*;

use crate::content::{CONTENT, UI};
use crate::ui::context::Zelfcheck;
use crate::ui::labels::tr;
use zelfcheck_engine::settings::SchoolDoc;
use zelfcheck_engine::{DocumentKind, Lang, Text, Tip};

/// The school's documents whose kind `names` finds in the text shown, in the order of
/// `documents.toml`.
pub fn referred(
    docs: &[SchoolDoc],
    names: impl Fn(&DocumentKind) -> bool,
) -> Vec<(SchoolDoc, &'static DocumentKind)> {
    docs.iter()
        .filter_map(|d| {
            let kind = CONTENT.documents.iter().find(|k| k.id == d.kind)?;
            names(kind).then(|| (d.clone(), kind))
        })
        .collect()
}

/// The school's documents named by any of these tips or lines, in `lang`.
pub fn referred_by_all(
    docs: &[SchoolDoc],
    tips: &[&Tip],
    lines: &[Text],
    lang: Lang,
) -> Vec<(SchoolDoc, &'static DocumentKind)> {
    referred(docs, |kind| {
        tips.iter().any(|t| kind.named_in_tip(t, lang))
            || lines.iter().any(|l| kind.named_in(l.get(lang), lang))
    })
}

/// The link to one document: its title from the settings, or the kind's name.
fn link(doc: SchoolDoc, kind: &'static DocumentKind, lang: RwSignal<Lang>) -> impl IntoView {
    let label = doc.title.clone();
    view! {
        <a class="zc-school-doc-link" href=doc.url.clone()>
            {move || label.clone().unwrap_or_else(|| kind.name.get(lang.get()).to_string())}
        </a>
    }
}

/// "Bij jullie school: <link>" under a tip or line that names a kind the school linked.
fn links_where(
    names: impl Fn(&DocumentKind, Lang) -> bool + Send + Sync + 'static,
) -> impl IntoView {
    let state = Zelfcheck::expect();
    let lang = state.lang;
    let docs = state.setup.with_value(|s| s.settings.docs.clone());
    // Most pages name no documents: then each tip gets nothing to track.
    (!docs.is_empty()).then_some(move || {
        let lang_now = lang.get();
        let found = referred(&docs, |kind| names(kind, lang_now));
        (!found.is_empty()).then(|| {
            view! {
                <span class="zc-school-doc">
                    {tr(lang, UI.school_doc_label)}
                    " "
                    {found
                        .into_iter()
                        .enumerate()
                        .map(|(i, (doc, kind))| view! { {(i > 0).then_some(", ")} {link(doc, kind, lang)} })
                        .collect_view()}
                </span>
            }
        })
    })
}

/// The links for a tip.
pub fn tip_links(tip: &'static Tip) -> impl IntoView {
    links_where(move |kind, lang| kind.named_in_tip(tip, lang))
}

/// The links for a line of text.
pub fn line_links(text: Text) -> impl IntoView {
    links_where(move |kind, lang| kind.named_in(text.get(lang), lang))
}

/// "Documenten van jullie school" on the result: each document the tips or lines on it
/// name, with its link written out in print.
#[component]
pub fn SchoolDocsCard(
    /// The tips on the result.
    tips: Vec<&'static Tip>,
    /// The other lines on it ("Leg dit klaar").
    lines: Vec<Text>,
) -> impl IntoView {
    let state = Zelfcheck::expect();
    let lang = state.lang;
    let docs = state.setup.with_value(|s| s.settings.docs.clone());
    move || {
        let found = referred_by_all(&docs, &tips, &lines, lang.get());
        (!found.is_empty()).then(|| {
            view! {
                <section class="zc-card zc-school-docs" aria-labelledby="zc-school-docs-heading">
                    <h2 id="zc-school-docs-heading">{tr(lang, UI.school_docs_heading)}</h2>
                    <ul>
                        {found
                            .into_iter()
                            .map(|(doc, kind)| view! {
                                <li><strong>{tr(lang, kind.name)}</strong> ": " {link(doc, kind, lang)}</li>
                            })
                            .collect_view()}
                    </ul>
                </section>
            }
        })
    }
}
