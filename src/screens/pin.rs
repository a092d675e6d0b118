use leptos::prelude::*;
use leptos::task::spawn_local;
use skillpass_core::i18n::{wait_secs, Msg};
use skillpass_core::pin;
use skillpass_core::wizard::Step;

use crate::state::{use_app, wrong_pins};
use crate::widgets::{back_bar::back_bar, read_aloud::ReadAloud};

fn pin_input(id: &'static str, label: Msg, value: RwSignal<String>) -> impl IntoView {
    let s = use_app();
    view! {
        <div class="field">
            <label for=id data-read>{s.t(label)}</label>
            <input id=id type="password" inputmode="numeric" autocomplete="off" maxlength="8" class="short pin"
                prop:value=move || value.get() on:input=move |e| value.set(event_target_value(&e))/>
        </div>
    }
}

/// Seconds to wait before the next PIN may be tried, counting down; it starts from the wrong PINs
/// so far, kept across reloads.
fn wait_countdown() -> RwSignal<u32> {
    let wait = RwSignal::new(pin::wait_after(wrong_pins()));
    let tick = set_interval_with_handle(
        move || {
            if wait.get_untracked() > 0 {
                wait.update(|w| *w -= 1);
            }
        },
        std::time::Duration::from_secs(1),
    )
    .ok();
    on_cleanup(move || {
        if let Some(t) = tick {
            t.clear();
        }
    });
    wait
}

fn wait_line(wait: RwSignal<u32>) -> impl IntoView {
    let s = use_app();
    move || {
        (wait.get() > 0).then(
            || view! { <p role="status" data-testid="pin-wait">{wait_secs(s.l(), wait.get())}</p> },
        )
    }
}

/// The profile on this device is locked: the PIN opens it. Wrong PINs make the next try wait
/// longer (the count survives a reload); a forgotten PIN is explained honestly.
#[component]
pub fn UnlockScreen() -> impl IntoView {
    let s = use_app();
    let code = RwSignal::new(String::new());
    let wrong = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let wait = wait_countdown();
    let forgot = RwSignal::new(false);
    let try_it = move |_| {
        if busy.get_untracked() || wait.get_untracked() > 0 {
            return;
        }
        busy.set(true);
        let attempt = code.get_untracked();
        spawn_local(async move {
            let ok = pin::valid(&attempt) && s.unlock(attempt).await;
            if !ok {
                wrong.set(true);
                code.set(String::new());
                wait.set(pin::wait_after(wrong_pins()));
            }
            busy.set(false);
        });
    };
    view! {
        <section class="unlock">
            <h1 tabindex="-1" data-read>{s.t(Msg::UnlockTitle)}</h1>
            <ReadAloud/>
            <p class="hint" data-read>{s.t(Msg::UnlockHint)}</p>
            {pin_input("unlock-pin", Msg::PinLabel, code)}
            {move || wrong.get().then(|| view! { <p class="error-message" role="alert" data-testid="pin-wrong">{s.t(Msg::PinWrong)}</p> })}
            {wait_line(wait)}
            <button type="button" class="primary" data-testid="unlock" on:click=try_it
                disabled=move || { busy.get() || wait.get() > 0 }>
                {move || s.t(if busy.get() { Msg::PinWorking } else { Msg::UnlockButton })}
            </button>
            <button type="button" class="link-button" data-testid="forgot-pin" on:click=move |_| forgot.set(true)>
                {s.t(Msg::ForgotPin)}
            </button>
            {move || forgot.get().then(|| view! {
                <div class="decision">
                    <p data-read>{s.t(Msg::ForgotHint)}</p>
                    <button type="button" class="secondary danger" data-testid="erase-locked" on:click=move |_| s.erase_here()>
                        {s.t(Msg::EraseStart)}
                    </button>
                </div>
            })}
        </section>
    }
}

/// Setting a PIN: a backup file first (the only way back if the PIN is forgotten), then the PIN
/// twice. With a PIN set, the page changes or removes it, and both take the PIN now.
#[component]
pub fn PinScreen() -> impl IntoView {
    let s = use_app();
    let has_pin = s.has_pin();
    let backed_up = RwSignal::new(false);
    let current = RwSignal::new(String::new());
    let first = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<Msg>);
    let busy = RwSignal::new(false);
    // Wrong current PINs make changing or removing wait too, as unlocking does.
    let wait = wait_countdown();
    let after = move |r: Result<(), Msg>| {
        if r == Err(Msg::PinWrong) {
            wait.set(pin::wait_after(wrong_pins()));
        }
        r
    };
    let save_backup = move |_| {
        if s.save_backup() {
            backed_up.set(true);
        }
    };
    let now = move || has_pin.then(|| current.get_untracked());
    let lock = move |_| {
        let (a, b) = (first.get_untracked(), again.get_untracked());
        if !pin::valid(&a) {
            problem.set(Some(Msg::PinFormat));
        } else if a != b {
            problem.set(Some(Msg::PinMismatch));
        } else if !busy.get_untracked() && wait.get_untracked() == 0 {
            problem.set(None);
            busy.set(true);
            spawn_local(async move {
                match after(s.set_pin(a, now()).await) {
                    Ok(()) => {
                        s.flash.set(Some(Msg::PinSet));
                        s.go(Step::Profile);
                    }
                    Err(m) => problem.set(Some(m)),
                }
                busy.set(false);
            });
        }
    };
    let remove = move |_| {
        if busy.get_untracked() || wait.get_untracked() > 0 {
            return;
        }
        busy.set(true);
        spawn_local(async move {
            match after(s.remove_pin(current.get_untracked()).await) {
                Ok(()) => {
                    s.flash.set(Some(Msg::PinRemoved));
                    s.go(Step::Profile);
                }
                Err(m) => problem.set(Some(m)),
            }
            busy.set(false);
        });
    };
    let problem_line = move || {
        problem.get().map(|m| {
            view! { <p class="error-message" role="alert" data-testid="pin-problem">{s.t(m)}</p> }
        })
    };
    view! {
        <section class="pin-setup">
            {back_bar(Step::Profile)}
            <h1 tabindex="-1" data-read>{s.t(if has_pin { Msg::PinManageLink } else { Msg::PinLink })}</h1>
            <ReadAloud/>
            <p class="hint" data-read>{s.t(Msg::PinHonest)}</p>
            {has_pin.then(|| view! {
                <div class="pin-remove">
                    <p data-read>{s.t(Msg::PinRemoveHint)}</p>
                    {pin_input("pin-current", Msg::PinCurrent, current)}
                    <Show when=move || !backed_up.get()>{problem_line}</Show>
                    {wait_line(wait)}
                    <button type="button" class="secondary" data-testid="pin-remove" on:click=remove disabled=move || { busy.get() || wait.get() > 0 }>
                        {s.t(Msg::PinRemove)}
                    </button>
                </div>
                <h2 data-read>{s.t(Msg::PinChangeTitle)}</h2>
            })}
            <p class="lead" data-read>{s.t(Msg::PinBackupFirst)}</p>
            <button type="button" class="secondary" data-testid="pin-backup" on:click=save_backup>
                {s.t(Msg::SaveBackup)}
            </button>
            <Show when=move || backed_up.get()>
                {pin_input("pin-new", Msg::PinNew, first)}
                {pin_input("pin-again", Msg::PinAgain, again)}
                {problem_line}
                <button type="button" class="primary" data-testid="pin-save" on:click=lock disabled=move || { busy.get() || wait.get() > 0 }>
                    {move || s.t(if busy.get() { Msg::PinWorking } else { Msg::PinSave })}
                </button>
            </Show>
        </section>
    }
}
