//! The profile page's offers.

use crate::device::DeviceMode;
use crate::i18n::Msg;

/// The PIN link on the profile page, if any: "Manage your PIN" when there is one; else "Add a
/// PIN" on the person's own phone (or before the device is known). A shared computer forgets the
/// profile anyway and a caseworker's computer holds other people's profiles, so neither offers one.
pub fn pin_link(has_pin: bool, mode: Option<DeviceMode>) -> Option<Msg> {
    if has_pin {
        Some(Msg::PinManageLink)
    } else if mode.is_none_or(|m| m == DeviceMode::OwnPhone) {
        Some(Msg::PinLink)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pin_is_offered_on_her_own_phone_only() {
        assert_eq!(
            pin_link(false, Some(DeviceMode::OwnPhone)),
            Some(Msg::PinLink)
        );
        assert_eq!(
            pin_link(false, None),
            Some(Msg::PinLink),
            "before she said whose device it is"
        );
        assert_eq!(pin_link(false, Some(DeviceMode::Shared)), None);
        assert_eq!(pin_link(false, Some(DeviceMode::Caseworker)), None);
    }

    #[test]
    fn a_pin_already_set_can_always_be_managed() {
        for mode in [
            None,
            Some(DeviceMode::OwnPhone),
            Some(DeviceMode::Shared),
            Some(DeviceMode::Caseworker),
        ] {
            assert_eq!(pin_link(true, mode), Some(Msg::PinManageLink), "{mode:?}");
        }
    }
}
