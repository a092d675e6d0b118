//! `bits::base64` (the PIN envelope's salt, nonce and ciphertext) against the `base64` crate's
//! STANDARD engine: the same text for any bytes, the same bytes back, and the same refusals for any
//! text — a damaged or edited envelope is refused, never misread.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use proptest::prelude::*;
use skillpass_core::bits::base64 as ours;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]
    #[test]
    fn encodes_as_the_crate_does_and_decodes_back(bytes in proptest::collection::vec(any::<u8>(), 0..80)) {
        let text = ours::encode(&bytes);
        prop_assert_eq!(&text, &STANDARD.encode(&bytes));
        prop_assert_eq!(ours::decode(&text), Some(bytes));
    }

    #[test]
    fn refuses_what_the_crate_refuses(text in "[A-Za-z0-9+/=\\-_ .é]{0,13}") {
        prop_assert_eq!(ours::decode(&text), STANDARD.decode(&text).ok(), "{:?}", text);
    }

    #[test]
    fn one_changed_letter_of_real_output(bytes in proptest::collection::vec(any::<u8>(), 1..40), at in any::<prop::sample::Index>(), c in "[A-Za-z0-9+/=]") {
        let mut text = ours::encode(&bytes).into_bytes();
        let i = at.index(text.len());
        text[i] = c.as_bytes()[0];
        let text = String::from_utf8(text).unwrap();
        prop_assert_eq!(ours::decode(&text), STANDARD.decode(&text).ok(), "{:?}", text);
    }
}
