//! CLDR plural categories for whole numbers. In the browser the shell installs
//! `Intl.PluralRules` ([`set_plural_rule`]); these rules are the native answer (tests, tools) and
//! a browser test holds the two to the same answers.
use super::Lang;
use std::sync::OnceLock;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Form {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl Form {
    pub const ALL: [Form; 6] = [
        Form::Zero,
        Form::One,
        Form::Two,
        Form::Few,
        Form::Many,
        Form::Other,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Form::Zero => "zero",
            Form::One => "one",
            Form::Two => "two",
            Form::Few => "few",
            Form::Many => "many",
            Form::Other => "other",
        }
    }

    pub fn from_name(s: &str) -> Option<Form> {
        Form::ALL.into_iter().find(|f| f.name() == s)
    }

    /// The forms a language's file must have for each plural message (CLDR's categories for
    /// whole numbers; Haitian Creole has no CLDR rules and uses `other` alone).
    pub fn needed(lang: Lang) -> &'static [Form] {
        match lang {
            Lang::En | Lang::Tl => &[Form::One, Form::Other],
            Lang::Es => &[Form::One, Form::Many, Form::Other],
            Lang::ZhHans | Lang::Vi | Lang::Ht => &[Form::Other],
            Lang::Ar => &Form::ALL,
        }
    }
}

/// CLDR's rule for a whole number `n` in `lang`.
pub fn cldr_form(lang: Lang, n: u64) -> Form {
    match lang {
        Lang::En => {
            if n == 1 {
                Form::One
            } else {
                Form::Other
            }
        }
        Lang::Es => match n {
            1 => Form::One,
            n if n != 0 && n % 1_000_000 == 0 => Form::Many,
            _ => Form::Other,
        },
        Lang::ZhHans | Lang::Vi | Lang::Ht => Form::Other,
        // Filipino: one for i = 1, 2, 3, or i % 10 not 4, 6, 9.
        Lang::Tl => {
            if matches!(n, 1..=3) || !matches!(n % 10, 4 | 6 | 9) {
                Form::One
            } else {
                Form::Other
            }
        }
        Lang::Ar => match (n, n % 100) {
            (0, _) => Form::Zero,
            (1, _) => Form::One,
            (2, _) => Form::Two,
            (_, 3..=10) => Form::Few,
            (_, 11..=99) => Form::Many,
            _ => Form::Other,
        },
    }
}

type Rule = fn(Lang, u64) -> Option<Form>;
static RULE: OnceLock<Rule> = OnceLock::new();

/// Lets the shell answer with the browser's `Intl.PluralRules` (`None` falls back to CLDR's rule
/// here). Set once, at start.
pub fn set_plural_rule(rule: Rule) {
    let _ = RULE.set(rule);
}

pub(super) fn form(lang: Lang, n: u64) -> Form {
    RULE.get()
        .and_then(|r| r(lang, n))
        .filter(|f| Form::needed(lang).contains(f) || *f == Form::Other)
        .unwrap_or_else(|| cldr_form(lang, n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_and_filipino_follow_cldr() {
        let ar: Vec<Form> = [0, 1, 2, 3, 10, 11, 99, 100, 102, 103, 111]
            .map(|n| cldr_form(Lang::Ar, n))
            .into();
        use Form::*;
        assert_eq!(
            ar,
            [Zero, One, Two, Few, Few, Many, Many, Other, Other, Few, Many]
        );
        let tl: Vec<Form> = [0, 1, 4, 6, 9, 10, 14, 21]
            .map(|n| cldr_form(Lang::Tl, n))
            .into();
        assert_eq!(tl, [One, One, Other, Other, Other, One, Other, One]);
        assert_eq!(cldr_form(Lang::Es, 1_000_000), Many);
        assert_eq!(cldr_form(Lang::Es, 0), Other);
    }

    #[test]
    fn every_rule_answers_a_form_the_language_needs() {
        for lang in Lang::ALL {
            for n in 0..2_000 {
                assert!(
                    Form::needed(lang).contains(&cldr_form(lang, n)),
                    "{lang:?} {n}"
                );
            }
        }
    }
}
