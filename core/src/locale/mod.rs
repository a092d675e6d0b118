//! Languages and their words. Every word the app shows lives in one file per language,
//! `core/locales/<tag>.tsv` (see TRANSLATIONS.md): English is compiled in; every other language is
//! installed at run time from its file ([`install`]), which the shell fetches when it is chosen.
//! Until then, and for any key a file lacks, English is shown.
//!
//! Invariant: this module knows no domain types (no profile, taxonomy or credential): it maps keys
//! to words. Everything above it asks for words by key.

mod catalog;
mod plural;

pub use catalog::{PackError, Template};
pub use plural::{cldr_form, set_plural_rule, Form};

use catalog::Catalog;
use std::sync::OnceLock;

include!(concat!(env!("OUT_DIR"), "/locale_gen.rs"));

/// Writing direction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dir {
    Ltr,
    Rtl,
}

/// The languages the app speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    Es,
    ZhHans,
    Vi,
    Ar,
    Ht,
    Tl,
}

struct Row {
    tag: &'static str,
    own: &'static str,
    dir: Dir,
    speech: &'static str,
}

/// The language table: BCP 47 tag (also the file name), name in itself, direction, the tag a
/// voice is looked for with.
const TABLE: [Row; 7] = [
    Row {
        tag: "en",
        own: "English",
        dir: Dir::Ltr,
        speech: "en-US",
    },
    Row {
        tag: "es",
        own: "Español",
        dir: Dir::Ltr,
        speech: "es-US",
    },
    Row {
        tag: "zh-Hans",
        own: "中文",
        dir: Dir::Ltr,
        speech: "zh-CN",
    },
    Row {
        tag: "vi",
        own: "Tiếng Việt",
        dir: Dir::Ltr,
        speech: "vi-VN",
    },
    Row {
        tag: "ar",
        own: "العربية",
        dir: Dir::Rtl,
        speech: "ar",
    },
    Row {
        tag: "ht",
        own: "Kreyòl ayisyen",
        dir: Dir::Ltr,
        speech: "ht",
    },
    Row {
        tag: "tl",
        own: "Tagalog",
        dir: Dir::Ltr,
        speech: "fil-PH",
    },
];

impl Lang {
    pub const ALL: [Lang; 7] = [
        Lang::En,
        Lang::Es,
        Lang::ZhHans,
        Lang::Vi,
        Lang::Ar,
        Lang::Ht,
        Lang::Tl,
    ];

    fn row(self) -> &'static Row {
        &TABLE[self as usize]
    }

    /// The BCP 47 tag: `lang` attribute, file name (`locales/<tag>.tsv`), saved choice.
    pub fn code(self) -> &'static str {
        self.row().tag
    }

    /// Its ISO 639 code, as the list of languages a worker speaks has it (`zh` for Chinese).
    pub fn iso639(self) -> &'static str {
        self.code().split('-').next().unwrap_or("en")
    }

    /// The language's name in itself ("Tiếng Việt").
    pub fn own_name(self) -> &'static str {
        self.row().own
    }

    pub fn dir(self) -> Dir {
        self.row().dir
    }

    pub fn is_rtl(self) -> bool {
        self.dir() == Dir::Rtl
    }

    /// The BCP 47 tag used to pick a voice for reading aloud.
    pub fn speech_tag(self) -> &'static str {
        self.row().speech
    }

    /// Whether a voice's language tag (`"vi-VN"`, `"fil_PH"`) speaks this language.
    pub fn voice_fits(self, voice: &str) -> bool {
        Lang::from_code(voice) == Some(self)
    }

    /// A browser language tag to one of ours: any Chinese reads Simplified Chinese (the closest we
    /// have), Filipino is Tagalog; case and `_` are forgiven.
    pub fn from_code(code: &str) -> Option<Lang> {
        let code = code.trim().replace('_', "-").to_ascii_lowercase();
        let primary = code.split('-').next()?;
        match primary {
            "zh" | "cmn" => Some(Lang::ZhHans),
            "fil" => Some(Lang::Tl),
            p => Lang::ALL.into_iter().find(|l| l.code() == p),
        }
    }

    /// The first supported language in the browser's preference list, else English.
    pub fn pick<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        preferred
            .into_iter()
            .find_map(Lang::from_code)
            .unwrap_or(Lang::En)
    }

    /// Every language, the browser's preferred ones first (in its order), then the rest in the
    /// table's order: the language screen's list.
    pub fn preferred_first<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Vec<Lang> {
        let mut out: Vec<Lang> = Vec::new();
        for l in preferred.into_iter().filter_map(Lang::from_code) {
            if !out.contains(&l) {
                out.push(l);
            }
        }
        let rest: Vec<Lang> = Lang::ALL.into_iter().filter(|l| !out.contains(l)).collect();
        out.extend(rest);
        out
    }

    /// "This language is not on this device yet…" in the language itself, compiled in so it can be
    /// said before the language's file is here.
    pub fn offline_words(self) -> &'static str {
        OFFLINE
            .iter()
            .find(|(t, _)| *t == self.code())
            .or_else(|| OFFLINE.iter().find(|(t, _)| *t == "en"))
            .map_or("", |(_, w)| w)
    }
}

static CATALOGS: [OnceLock<Catalog>; 7] = [
    OnceLock::new(),
    OnceLock::new(),
    OnceLock::new(),
    OnceLock::new(),
    OnceLock::new(),
    OnceLock::new(),
    OnceLock::new(),
];

fn english() -> &'static Catalog {
    CATALOGS[0].get_or_init(|| Catalog::english(EN_MSGS, EN_COMPACT))
}

/// Installs a language from the text of its file. Once installed, a language stays for the life of
/// the page (a second install of the same language is ignored). A file that is not a locale file
/// (an error page, a cut-off download) is refused and nothing changes.
pub fn install(lang: Lang, text: String) -> Result<(), PackError> {
    if lang == Lang::En || CATALOGS[lang as usize].get().is_some() {
        return Ok(());
    }
    let text: &'static str = Box::leak(text.into_boxed_str());
    let catalog = Catalog::parse(text)?;
    if catalog.len() < english().len() / 2 {
        return Err(PackError::TooFew);
    }
    let _ = CATALOGS[lang as usize].set(catalog);
    Ok(())
}

/// Whether `lang`'s words are here (English always is).
pub fn is_ready(lang: Lang) -> bool {
    lang == Lang::En || catalog(lang).is_some()
}

/// The languages whose words are here.
pub fn ready() -> impl Iterator<Item = Lang> {
    Lang::ALL.into_iter().filter(|l| is_ready(*l))
}

fn catalog(lang: Lang) -> Option<&'static Catalog> {
    // Natively (tests, benches, tools) every language file is read from disk on first use; in the
    // browser the shell fetches a language's file when it is chosen.
    #[cfg(not(target_arch = "wasm32"))]
    {
        static DISK: std::sync::Once = std::sync::Once::new();
        DISK.call_once(install_all_from_disk);
    }
    if lang == Lang::En {
        Some(english())
    } else {
        CATALOGS[lang as usize].get()
    }
}

/// The words for a key (`skill.<id>`, `occ.<soc>`, `sector.health`, …) in `lang`, else in
/// English; `None` for a key English lacks.
pub fn word(lang: Lang, key: &str) -> Option<&'static str> {
    catalog(lang)
        .and_then(|c| c.get(key))
        .or_else(|| english().get(key))
}

/// The words for a key in `lang` only (no English in its place).
pub fn word_in(lang: Lang, key: &str) -> Option<&'static str> {
    catalog(lang).and_then(|c| c.get(key))
}

/// The words for `msg` in `lang` (English if `lang`'s file is not here or lacks it). A plural
/// message gives its `other` form.
pub fn text(lang: Lang, msg: Msg) -> &'static str {
    let i = msg as usize;
    catalog(lang)
        .and_then(|c| c.msg(i))
        .or_else(|| english().msg(i))
        .unwrap_or(Msg::KEYS[i])
}

/// `msg` with its `{placeholders}` filled in.
pub fn fill(lang: Lang, msg: Msg, args: &[(&str, &str)]) -> String {
    Template::new(text(lang, msg)).fill(args)
}

/// The form of a plural message for the count `n`, picked by the language's plural rule
/// ([`set_plural_rule`]: the browser's `Intl.PluralRules`; natively the CLDR rules in `plural`),
/// with `{n}` and `args` filled in. A form the file lacks falls back to its `other` form.
pub fn plural(lang: Lang, msg: Msg, n: u64, args: &[(&str, &str)]) -> String {
    let count = n.to_string();
    let mut all: Vec<(&str, &str)> = vec![("n", &count)];
    all.extend_from_slice(args);
    Template::new(plural_text(lang, msg, n)).fill(&all)
}

/// The raw template of `msg`'s form for `n`.
pub fn plural_text(lang: Lang, msg: Msg, n: u64) -> &'static str {
    let base = Msg::KEYS[msg as usize];
    let form = plural::form(lang, n);
    let find = |c: &'static Catalog, f: Form| c.get(&format!("msg.{base}.{}", f.name()));
    catalog(lang)
        .and_then(|c| find(c, form).or_else(|| find(c, Form::Other)))
        .or_else(|| find(english(), plural::form(Lang::En, n)))
        .or_else(|| find(english(), Form::Other))
        .unwrap_or(base)
}

/// A handle to some words by their key: what the taxonomy and the language list hold instead of
/// words, so they carry facts only and read in whichever language is asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Words(&'static str);

impl Words {
    pub const fn key(key: &'static str) -> Words {
        Words(key)
    }

    pub fn key_str(&self) -> &'static str {
        self.0
    }

    /// In `lang`, else English; the key itself if even English lacks it (a test forbids that).
    pub fn get(&self, lang: Lang) -> &'static str {
        word(lang, self.0).unwrap_or(self.0)
    }

    pub fn en(&self) -> &'static str {
        self.get(Lang::En)
    }

    /// Spanish: from its file when installed, else (job titles and certificate names) from the
    /// table kept in the wasm for links and saves made in Spanish, else English.
    pub fn es(&self) -> &'static str {
        word_in(Lang::Es, self.0)
            .or_else(|| legacy_es(self.0))
            .unwrap_or_else(|| self.en())
    }

    /// Every wording known on this device right now: English, the kept Spanish names, and each
    /// installed language. Used to recognise a title picked from the list in any language.
    pub fn known(&self) -> Vec<&'static str> {
        let mut out = vec![self.en()];
        out.extend(legacy_es(self.0));
        for l in ready().filter(|l| *l != Lang::En) {
            out.extend(word_in(l, self.0));
        }
        out
    }
}

pub(crate) fn legacy_es(key: &str) -> Option<&'static str> {
    LEGACY_ES
        .binary_search_by(|(k, _)| (*k).cmp(key))
        .ok()
        .map(|i| LEGACY_ES[i].1)
}

/// Reads the locale files from `core/locales/` and installs every language (native tests and
/// tools; the browser fetches them instead).
#[cfg(not(target_arch = "wasm32"))]
pub fn install_all_from_disk() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    for lang in Lang::ALL.into_iter().skip(1) {
        if let Ok(text) = std::fs::read_to_string(dir.join(format!("{}.tsv", lang.code()))) {
            install(lang, text).unwrap_or_else(|e| panic!("{}: {e:?}", lang.code()));
        }
    }
}
