//! Languages a worker speaks: the list offered on "Which languages do you speak?" (each named in
//! itself, the common ones first), the search over it, and the names shown on the profile. The
//! list is data (`core/data/languages.tsv`: ISO 639 code, own name, whether it is among the common
//! ones, writing direction; its name in each app language is `lang.<code>` in the locale files); a
//! profile keeps only the codes.

use std::sync::OnceLock;

use crate::locale::{Lang, Words};
use crate::text::fold;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Language {
    /// ISO 639-1 where there is one, else ISO 639-3 (`ase`, `hmn`): lower-case letters.
    pub code: &'static str,
    /// The language's name in itself ("Español", "中文").
    pub own: &'static str,
    /// Its name in each app language (`lang.<code>`).
    pub words: Words,
    /// Shown before anyone searches.
    pub common: bool,
    /// Written right to left (its own name is shown with `dir="rtl"`).
    pub rtl: bool,
}

impl Language {
    /// Its name for a reader of `lang` ("Spanish", "español").
    pub fn name(&self, lang: Lang) -> &'static str {
        self.words.get(lang)
    }

    /// Its own name and its names in English and every app language whose words are here.
    fn all_names(&self) -> Vec<&'static str> {
        let mut out = vec![self.own];
        out.extend(self.words.known());
        out
    }
}

const TSV: &str = include_str!("../data/languages.tsv");

/// Every language offered, in the file's order (the common ones first).
pub fn all() -> &'static [Language] {
    static LIST: OnceLock<Vec<Language>> = OnceLock::new();
    LIST.get_or_init(|| {
        TSV.lines()
            .skip(1)
            .filter(|l| !l.trim().is_empty())
            .map(|line| {
                let f: Vec<&'static str> = line.split('\t').collect();
                let at = |i: usize| f.get(i).copied().unwrap_or("").trim();
                Language {
                    code: at(0),
                    own: at(1),
                    words: Words::key(Box::leak(format!("lang.{}", at(0)).into_boxed_str())),
                    common: at(2) == "1",
                    rtl: at(3) == "rtl",
                }
            })
            .collect()
    })
}

/// The language with this code, if it is one the list knows.
pub fn get(code: &str) -> Option<&'static Language> {
    all().iter().find(|l| l.code == code)
}

/// Whether a profile may keep this code: only languages the list knows (so every code shown
/// has a name, and nothing from a link or a file can smuggle other text in).
pub fn known(code: &str) -> bool {
    get(code).is_some()
}

/// The ones shown before searching.
pub fn common() -> impl Iterator<Item = &'static Language> {
    all().iter().filter(|l| l.common)
}

/// Languages whose own, English or Spanish name has a word starting with what was typed, or
/// whose code is what was typed (accents and case ignored: "espa", "spanish", "kreyol", "中文").
/// Nothing for a blank query.
pub fn search(query: &str) -> Vec<&'static Language> {
    let q = fold(query.trim());
    if q.is_empty() || q.chars().count() > 40 {
        return Vec::new();
    }
    let words_start = |name: &str| {
        let name = fold(name);
        name.starts_with(&q)
            || name
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| !w.is_empty() && w.starts_with(&q))
    };
    all()
        .iter()
        .filter(|l| l.code == q || l.all_names().into_iter().any(words_start))
        .collect()
}

/// The language of the app in use, ticked for someone who has said nothing yet (they can untick it).
pub fn preset(have: &[String], app: Lang) -> Vec<String> {
    if have.is_empty() {
        vec![app.iso639().to_string()]
    } else {
        have.to_vec()
    }
}

/// How a profile's languages read for someone reading in `lang` ("English, Spanish"); a code
/// the list does not know (an old save) is shown as it is.
pub fn names(codes: &[String], lang: Lang) -> Vec<String> {
    codes
        .iter()
        .map(|c| get(c).map_or_else(|| c.clone(), |l| l.name(lang).to_string()))
        .collect()
}

/// Reads a language as a résumé file names it: its code, or its name in itself, English or
/// Spanish ("Spanish", "Español", "es").
pub fn from_name(name: &str) -> Option<&'static str> {
    let f = fold(name.trim());
    if f.is_empty() {
        return None;
    }
    // "Spanish (native)" or "es-MX": the first part names it.
    let head = f
        .split(['(', '-', '_', ','])
        .next()
        .unwrap_or_default()
        .trim()
        .to_string();
    all()
        .iter()
        .find(|l| {
            [f.as_str(), head.as_str()].into_iter().any(|q| {
                l.code == q
                    || l.all_names().into_iter().any(|n| {
                        let n = fold(n);
                        n == q || n.split(" (").next() == Some(q)
                    })
            })
        })
        .map(|l| l.code)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn codes_are_unique_and_valid_and_every_name_is_there() {
        let mut seen = HashSet::new();
        assert!(all().len() >= 40);
        for l in all() {
            assert!(seen.insert(l.code), "{} twice", l.code);
            assert!(
                (2..=3).contains(&l.code.len()) && l.code.bytes().all(|b| b.is_ascii_lowercase()),
                "{} is not an ISO 639 code",
                l.code
            );
            for n in [l.own, l.words.en(), l.words.es()] {
                assert!(!n.trim().is_empty(), "{} lacks a name", l.code);
                assert!(!crate::bidi::plain(n).is_empty() && crate::bidi::plain(n) == n);
            }
        }
        // The common ones come first, so the list reads in the order shown.
        let firsts: Vec<bool> = all().iter().map(|l| l.common).collect();
        assert!(firsts.windows(2).all(|w| w[0] || !w[1]));
        assert_eq!(
            common().map(|l| l.code).take(2).collect::<Vec<_>>(),
            ["en", "es"]
        );
        assert!(get("ar").unwrap().rtl && !get("es").unwrap().rtl);
    }

    #[test]
    fn search_finds_a_language_by_any_of_its_names() {
        let codes = |q: &str| search(q).iter().map(|l| l.code).collect::<Vec<_>>();
        assert_eq!(codes("spanish"), ["es"]);
        assert_eq!(codes("ESPAÑOL"), ["es"]);
        assert!(codes("kreyol").contains(&"ht"));
        assert!(codes("criollo").contains(&"ht"));
        assert_eq!(codes("中文"), ["zh"]);
        assert!(codes("sign").contains(&"ase"));
        assert!(codes("farsi").contains(&"fa"));
        assert_eq!(codes("ase"), ["ase"]);
        assert!(codes("").is_empty() && codes("   ").is_empty());
        assert!(codes(&"x".repeat(300)).is_empty());
        assert!(codes("\u{202e}zzz").is_empty());
    }

    #[test]
    fn the_app_language_is_ticked_only_for_someone_who_said_nothing() {
        assert_eq!(preset(&[], Lang::Es), ["es"]);
        // Every app language is on the list (Chinese as `zh`), so it is really ticked.
        for lang in Lang::ALL {
            let code = preset(&[], lang).remove(0);
            assert!(known(&code), "{code}");
        }
        let have = vec!["vi".to_string()];
        assert_eq!(preset(&have, Lang::En), have);
    }

    #[test]
    fn names_read_in_the_readers_language() {
        let codes = vec!["en".to_string(), "es".into(), "xx".into()];
        assert_eq!(names(&codes, Lang::En), ["English", "Spanish", "xx"]);
        assert_eq!(names(&codes, Lang::Es), ["inglés", "español", "xx"]);
    }

    #[test]
    fn names_from_a_file_map_back_to_codes() {
        for (name, code) in [
            ("English", Some("en")),
            ("Spanish", Some("es")),
            ("español", Some("es")),
            ("es", Some("es")),
            ("es-MX", Some("es")),
            ("Chinese", Some("zh")),
            ("Tagalog", Some("tl")),
            ("Klingon", None),
            ("", None),
        ] {
            assert_eq!(from_name(name), code, "{name}");
        }
        for l in all() {
            assert_eq!(from_name(l.words.en()), Some(l.code), "{}", l.words.en());
            assert_eq!(from_name(l.own), Some(l.code), "{}", l.own);
        }
    }
}
