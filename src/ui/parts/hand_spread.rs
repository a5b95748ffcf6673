//! Training mode, on revealing the case's answer: how the team's hands spread over the
//! answer options, with the case's answer marked in words, so the team sees where it
//! differed. Nothing when no hands were counted.

use leptos::prelude::*;

use crate::content::UI;
use crate::ui::context::Zelfcheck;
use crate::ui::labels::{fill, tr};
use crate::ui::parts::hands::option_text;
use zelfcheck_engine::Question;
use zelfcheck_engine::training::option_ids;

/// Per option: the hands, their percentage of all hands for the question and a bar.
#[component]
pub fn HandSpread(
    /// The question on screen.
    question: &'static Question,
    /// The options the case's answer ticks.
    case_answer: &'static [&'static str],
) -> impl IntoView {
    let state = Zelfcheck::expect();
    let lang = state.lang;
    let spread = Memo::new(move |_| {
        state.session.with(|s| {
            let hands = s.hands();
            let options = option_ids(question);
            (
                hands.total(question.id),
                hands.spread(question.id, &options, case_answer),
            )
        })
    });
    let heading_id = format!("zc-spread-{}", question.id);
    move || {
        let (total, shares) = spread.get();
        (total > 0).then(|| {
            view! {
                <section class="zc-spread" aria-labelledby=heading_id.clone()>
                    <h3 id=heading_id.clone()>{tr(lang, UI.training_spread_heading)}</h3>
                    <p class="zc-spread-total">
                        {move || fill(UI.training_hands_total.get(lang.get()), &[("n", &total.to_string())])}
                    </p>
                    <ul class="zc-spread-list">
                        {shares
                            .into_iter()
                            .map(|share| {
                                let count = move || {
                                    fill(
                                        UI.training_spread_count.get(lang.get()),
                                        &[
                                            ("count", &share.count.to_string()),
                                            ("total", &total.to_string()),
                                            ("percent", &share.percent.to_string()),
                                        ],
                                    )
                                };
                                view! {
                                    <li data-option=share.option class:zc-fits-case=share.case_answer>
                                        <p class="zc-spread-option">
                                            {share.case_answer.then(|| view! { <span aria-hidden="true">"✓ "</span> })}
                                            {tr(lang, option_text(question, share.option))}
                                            {share.case_answer.then(|| view! {
                                                " " <span class="zc-fits">"(" {tr(lang, UI.training_case_answer)} ")"</span>
                                            })}
                                        </p>
                                        <p class="zc-spread-bar">
                                            <span class="zc-spread-count">{count}</span>
                                            <progress max="100" value=share.percent aria-hidden="true"></progress>
                                        </p>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </section>
            }
        })
    }
}
