//! The year-first date input: the recent years as big buttons (newest first), "Earlier" for a
//! list of older years, and "Add the month" for month buttons (January–December in words) or
//! "I don't remember the month". Which years and months are offered is the core's rule
//! ([`skillpass_core::when`]); this only draws them and reports taps.

use leptos::prelude::*;
use skillpass_core::i18n::{month_name, Msg};
use skillpass_core::{when, YearMonth};

use crate::state::use_app;

/// This year by the device's clock, kept within the years a date may have.
pub fn this_year() -> u16 {
    use chrono::Datelike;
    (chrono::Utc::now().year().clamp(
        i32::from(skillpass_core::month::MIN_YEAR),
        i32::from(skillpass_core::month::MAX_YEAR),
    )) as u16
}

/// `prefix` names the buttons (`{prefix}-year-2024`, `{prefix}-earlier`, `{prefix}-add-month`,
/// `{prefix}-month-5`, `{prefix}-no-month`). `on_year(year, month)` gets the month tapped before
/// the year, if any, and whether the month buttons are open with none tapped yet (the person
/// means to add one); `on_month(None)` is "I don't remember the month".
#[component]
pub fn YearPick(
    prefix: String,
    /// A name for the group of year buttons (read by screen readers).
    label: &'static str,
    #[prop(into)] value: Signal<Option<YearMonth>>,
    /// The earliest year offered (an end year is never before the start year).
    #[prop(into)]
    from: Signal<u16>,
    /// The months that may be tapped once a year is chosen.
    #[prop(into)]
    months: Signal<Vec<u8>>,
    on_year: impl Fn(u16, Option<u8>, bool) + Copy + Send + Sync + 'static,
    on_month: impl Fn(Option<u8>) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let s = use_app();
    let now = this_year();
    let recent = move || when::recent_years(now, from.get());
    let earlier = move || when::earlier_years(now, from.get());
    let saved_is_earlier = move || {
        value
            .get_untracked()
            .is_some_and(|v| v.year() + when::RECENT_YEARS <= now)
    };
    let earlier_open = RwSignal::new(saved_is_earlier());
    let month_open = RwSignal::new(value.get_untracked().is_some_and(|v| v.month().is_some()));
    // A month tapped before any year: used when the year is tapped.
    let pending = RwSignal::new(None::<u8>);
    let year_of = move || value.get().map(YearMonth::year);
    let pick_year = move |y: u16| {
        let m = pending.get_untracked();
        pending.set(None);
        let kept = value.get_untracked().and_then(YearMonth::month);
        on_year(
            y,
            m,
            month_open.get_untracked() && m.is_none() && kept.is_none(),
        );
    };
    let earlier_id = format!("{prefix}-earlier");
    let earlier_year_id = format!("{prefix}-earlier-year");
    let add_month_id = format!("{prefix}-add-month");
    let no_month_id = format!("{prefix}-no-month");
    let p = prefix.clone();
    let year_buttons = move || {
        recent()
            .into_iter()
            .map(|y| {
                view! {
                    <button type="button" class="year-button" id=format!("{p}-year-{y}")
                        aria-pressed=move || (year_of() == Some(y)).to_string()
                        on:click=move |_| pick_year(y)>
                        {y}
                    </button>
                }
            })
            .collect_view()
    };
    let p = prefix.clone();
    let month_buttons = move || {
        (1..=12u8)
            .map(|m| {
                let allowed = move || value.get().is_none() || months.with(|ms| ms.contains(&m));
                let on = move || {
                    value.get().and_then(YearMonth::month) == Some(m)
                        || (value.get().is_none() && pending.get() == Some(m))
                };
                view! {
                    <button type="button" class="month-button" id=format!("{p}-month-{m}")
                        aria-pressed=move || on().to_string()
                        disabled=move || !allowed()
                        on:click=move |_| {
                            if value.get_untracked().is_some() {
                                on_month(Some(m));
                            } else {
                                pending.set(Some(m));
                            }
                        }>
                        {month_name(s.l(), m)}
                    </button>
                }
            })
            .collect_view()
    };
    let no_month_on = move || {
        month_open.get()
            && value.get().is_some_and(|v| v.month().is_none())
            && pending.get().is_none()
    };
    view! {
        <div class="year-grid" role="group" aria-label=label>
            {year_buttons}
            <Show when=move || !earlier().is_empty()>
                <button type="button" class="year-button earlier" id=earlier_id.clone()
                    aria-expanded=move || earlier_open.get().to_string()
                    on:click=move |_| earlier_open.update(|o| *o = !*o)>
                    {s.t(Msg::WhenEarlier)}
                </button>
            </Show>
        </div>
        <Show when=move || earlier_open.get() && !earlier().is_empty()>
            <div class="field earlier-years">
                <label for=earlier_year_id.clone()>{s.t(Msg::WhenPickYear)}</label>
                <select id=earlier_year_id.clone() on:change=move |ev| {
                    if let Ok(y) = event_target_value(&ev).parse() {
                        pick_year(y);
                    }
                }>
                    <option value="" selected=move || !year_of().is_some_and(|y| earlier().contains(&y))>"—"</option>
                    {move || earlier().into_iter().map(|y| view! {
                        <option value=y.to_string() selected=move || year_of() == Some(y)>{y}</option>
                    }).collect_view()}
                </select>
            </div>
        </Show>
        <Show when=move || !month_open.get()>
            <button type="button" class="link-button add-month" id=add_month_id.clone()
                aria-expanded="false"
                on:click=move |_| month_open.set(true)>
                {s.t(Msg::WhenAddMonth)}
            </button>
        </Show>
        <Show when=move || month_open.get()>
            <div class="month-pick">
            <div class="month-grid" role="group" aria-label=s.t(Msg::Month)>
                {month_buttons.clone()}
            </div>
            </div>
            <button type="button" class="secondary no-month" id=no_month_id.clone()
                aria-pressed=move || no_month_on().to_string()
                on:click=move |_| {
                    pending.set(None);
                    month_open.set(false);
                    if value.get_untracked().is_some() {
                        on_month(None);
                    }
                }>
                {s.t(Msg::WhenNoMonth)}
            </button>
        </Show>
    }
}
