//! Checks on the language files `core/locales/<tag>.tsv` (see TRANSLATIONS.md): every language has
//! every English key (and every plural form its language uses, and nothing else), the same
//! `{placeholders}` as English, no empty or invisible-control text, no string translated from older
//! English, and every file installs and speaks. `tools/locales.py check <tag>` gives the same
//! answers without Rust.
//!
//! The checks are functions over the files' text, so they can be shown to fail on altered input.

use sha2::{Digest, Sha256};
use skillpass_core::locale::{
    self, cldr_form, plural, plural_text, text, Form, Lang, Msg, Template, Words,
};
use std::collections::{BTreeMap, BTreeSet};

/// The text of `core/locales/<tag>.tsv`.
fn file(tag: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(format!("{tag}.tsv"));
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{tag}: cannot read {}: {e}", path.display()))
}

/// One line of a language file.
#[derive(Clone, Debug)]
struct Entry {
    key: String,
    /// The hash of the English it was translated from (`None` in en.tsv).
    hash: Option<String>,
    text: String,
    line: usize,
}

/// Every line that is not blank or a `#` comment. English lines are `key<TAB>text`, the others
/// `key<TAB>hash<TAB>text`; anything else (a tab inside a text makes an extra cell) is a problem.
fn parse(tag: &str, text: &str) -> (Vec<Entry>, Vec<String>) {
    let english = tag == "en";
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let cells: Vec<&str> = line.split('\t').collect();
        let entry = match (english, cells.as_slice()) {
            (true, [k, t]) => Some((k, None, t)),
            (false, [k, h, t]) => Some((k, Some(h.to_string()), t)),
            _ => None,
        };
        match entry {
            Some((k, hash, t)) if !k.is_empty() => out.push(Entry {
                key: k.to_string(),
                hash,
                text: t.to_string(),
                line: i + 1,
            }),
            _ => problems.push(format!(
                "{tag} line {}: needs {} separated by exactly {} tab(s) (a tab inside a text is not allowed): {line:?}",
                i + 1,
                if english { "key<TAB>text" } else { "key<TAB>hash<TAB>text" },
                if english { 1 } else { 2 },
            )),
        }
    }
    (out, problems)
}

fn entries(tag: &str, text: &str) -> Vec<Entry> {
    let (e, problems) = parse(tag, text);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    e
}

/// The English file as key → text.
fn english_map(en_text: &str) -> BTreeMap<String, String> {
    entries("en", en_text)
        .into_iter()
        .map(|e| (e.key, e.text))
        .collect()
}

/// The first 8 hex digits of the SHA-256 of `s`: the hash written on each translated line.
fn hash(s: &str) -> String {
    Sha256::digest(s.as_bytes())
        .iter()
        .take(4)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// `msg.X.<form>` → (`msg.X`, form); any other key → (key, None). Only `msg.*` keys have plural forms.
fn split(key: &str) -> (&str, Option<Form>) {
    if key.starts_with("msg.") {
        if let Some((base, f)) = key.rsplit_once('.') {
            if let Some(form) = Form::from_name(f) {
                return (base, Some(form));
            }
        }
    }
    (key, None)
}

/// The English a key is translated from: the same key, else (a plural form English does not
/// have) English's `other` form.
fn source<'a>(en: &'a BTreeMap<String, String>, key: &str) -> Option<&'a str> {
    if let Some(t) = en.get(key) {
        return Some(t);
    }
    match split(key) {
        (base, Some(_)) => en.get(&format!("{base}.other")).map(String::as_str),
        _ => None,
    }
}

/// English's plural messages: base key (`msg.X`) → its forms in English.
fn plural_groups(en: &BTreeMap<String, String>) -> BTreeMap<String, Vec<Form>> {
    let mut out: BTreeMap<String, Vec<Form>> = BTreeMap::new();
    for k in en.keys() {
        if let (base, Some(f)) = split(k) {
            out.entry(base.to_string()).or_default().push(f);
        }
    }
    out
}

fn holes(s: &str) -> BTreeSet<String> {
    Template::new(s)
        .holes()
        .into_iter()
        .map(str::to_string)
        .collect()
}

/// Every language but English, with its file's text.
fn translations() -> Vec<(Lang, String)> {
    Lang::ALL
        .into_iter()
        .filter(|l| *l != Lang::En)
        .map(|l| (l, file(l.code())))
        .collect()
}

/// What is missing from `lang`'s file, or there but unknown to English (a key English lacks, a
/// plural form of a message English does not count, a plural form the language does not use),
/// or there twice.
fn completeness(lang: Lang, en_text: &str, lang_text: &str) -> Vec<String> {
    let tag = lang.code();
    let en = english_map(en_text);
    let groups = plural_groups(&en);
    let rows = entries(tag, lang_text);
    let mut out = Vec::new();
    let mut have: BTreeMap<&str, usize> = BTreeMap::new();
    for e in &rows {
        if let Some(first) = have.insert(&e.key, e.line) {
            out.push(format!(
                "{tag} {}: written twice (lines {first} and {})",
                e.key, e.line
            ));
        }
    }
    let needed = Form::needed(lang);
    for k in en.keys() {
        if split(k).1.is_none() && !have.contains_key(k.as_str()) {
            out.push(format!("{tag} {k}: missing (English: {:?})", en[k]));
        }
    }
    for base in groups.keys() {
        for f in needed {
            let k = format!("{base}.{}", f.name());
            if !have.contains_key(k.as_str()) {
                out.push(format!(
                    "{tag} {k}: missing plural form {:?} ({tag} uses {:?})",
                    f.name(),
                    needed.iter().map(|f| f.name()).collect::<Vec<_>>()
                ));
            }
        }
    }
    for e in &rows {
        let (base, form) = split(&e.key);
        match form {
            None if !en.contains_key(&e.key) => out.push(format!(
                "{tag} {} (line {}): a key English does not have",
                e.key, e.line
            )),
            Some(_) if !groups.contains_key(base) => out.push(format!(
                "{tag} {} (line {}): a plural form of {base}, which English does not count",
                e.key, e.line
            )),
            Some(f) if !needed.contains(&f) => out.push(format!(
                "{tag} {} (line {}): plural form {:?} is not used in {tag} (it uses {:?})",
                e.key,
                e.line,
                f.name(),
                needed.iter().map(|f| f.name()).collect::<Vec<_>>()
            )),
            _ => {}
        }
    }
    out
}

/// Placeholders that differ from English: a plain key and a plural `other` form must have exactly
/// English's placeholders (for a plural message, those of all its English forms together); the
/// other plural forms may drop some (Arabic's "two" need not say the number) but add none.
fn placeholders(lang: Lang, en_text: &str, lang_text: &str) -> Vec<String> {
    let tag = lang.code();
    let en = english_map(en_text);
    let groups = plural_groups(&en);
    let mut out = Vec::new();
    for e in entries(tag, lang_text) {
        let (base, form) = split(&e.key);
        let english: BTreeSet<String> = match form {
            None => match en.get(&e.key) {
                Some(t) => holes(t),
                None => continue, // reported by `completeness`
            },
            Some(_) => match groups.get(base) {
                Some(forms) => forms
                    .iter()
                    .flat_map(|f| holes(&en[&format!("{base}.{}", f.name())]))
                    .collect(),
                None => continue,
            },
        };
        let got = holes(&e.text);
        let exact = matches!(form, None | Some(Form::Other));
        let bad = if exact {
            got != english
        } else {
            !got.is_subset(&english)
        };
        if bad {
            out.push(format!(
                "{tag} {} (line {}): placeholders {got:?} but English has {english:?}{}",
                e.key,
                e.line,
                if exact {
                    ""
                } else {
                    " (this form may drop some, never add one)"
                }
            ));
        }
    }
    out
}

/// The bidirectional controls a text must not carry (embeddings, overrides, isolates): they would
/// reorder the text around them on screen and in files.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Empty texts and texts carrying a tab or a bidi control (any file, English too).
fn bad_text(tag: &str, text: &str) -> Vec<String> {
    let (rows, mut out) = parse(tag, text);
    for e in rows {
        if e.text.trim().is_empty() {
            out.push(format!("{tag} {} (line {}): empty text", e.key, e.line));
        }
        if e.text.contains('\t') {
            out.push(format!(
                "{tag} {} (line {}): a tab in the text",
                e.key, e.line
            ));
        }
        if let Some(c) = e.text.chars().find(|c| is_bidi_control(*c)) {
            out.push(format!(
                "{tag} {} (line {}): bidi control character U+{:04X} in the text",
                e.key, e.line, c as u32
            ));
        }
    }
    out
}

/// The keys of `lang_text` whose hash is not the hash of the English they come from now (or that
/// have no hash), each with the message a translator sees.
fn stale(tag: &str, en_text: &str, lang_text: &str) -> Vec<(String, String)> {
    let en = english_map(en_text);
    let mut out = Vec::new();
    for e in entries(tag, lang_text) {
        let Some(src) = source(&en, &e.key) else {
            continue;
        }; // unknown keys: `completeness`
        let now = hash(src);
        if e.hash.as_deref() != Some(now.as_str()) {
            out.push((
                e.key.clone(),
                format!(
                    "{tag} {} was translated from older English: update it and its hash (python3 tools/locales.py stamp {tag} after fixing) [line {}: hash {:?}, English now {src:?} = {now}]",
                    e.key,
                    e.line,
                    e.hash.as_deref().unwrap_or("")
                ),
            ));
        }
    }
    out
}

fn report(problems: Vec<String>) {
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn every_language_has_every_english_key_and_no_other() {
    let en = file("en");
    let mut problems = Vec::new();
    for (lang, text) in translations() {
        problems.extend(completeness(lang, &en, &text));
    }
    report(problems);
}

#[test]
fn placeholders_are_the_same_as_english() {
    let en = file("en");
    let mut problems = Vec::new();
    for (lang, text) in translations() {
        problems.extend(placeholders(lang, &en, &text));
    }
    report(problems);
}

#[test]
fn no_text_is_empty_or_has_a_tab_or_a_bidi_control() {
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        problems.extend(bad_text(lang.code(), &file(lang.code())));
    }
    report(problems);
}

#[test]
fn no_translation_is_stale() {
    let en = file("en");
    let mut problems = Vec::new();
    for (lang, text) in translations() {
        problems.extend(stale(lang.code(), &en, &text).into_iter().map(|(_, m)| m));
    }
    report(problems);
}

#[test]
fn the_checks_catch_altered_files() {
    let en = file("en");
    let es = file("es");
    assert!(
        stale("es", &en, &es).is_empty(),
        "es.tsv must be current for this test"
    );

    // One English text changed: exactly that key of Spanish is stale.
    let changed = en.replace("msg.Start\tStart\n", "msg.Start\tBegin\n");
    assert_ne!(changed, en, "en.tsv has no line msg.Start<TAB>Start");
    let keys: Vec<String> = stale("es", &changed, &es)
        .into_iter()
        .map(|(k, _)| k)
        .collect();
    assert_eq!(
        keys,
        ["msg.Start"],
        "changing English msg.Start must make es msg.Start stale"
    );
    let (_, message) = &stale("es", &changed, &es)[0];
    assert!(
        message.starts_with("es msg.Start was translated from older English"),
        "{message}"
    );

    // English's `other` form changed: every Spanish form made from it is stale, `many` too (English
    // has no `many`, so Spanish's was made from `other`), and the `one` form is not.
    let (base, other) = english_map(&en)
        .into_iter()
        .find(|(k, _)| k.ends_with(".other"))
        .expect("English has a plural message");
    let base = base.trim_end_matches(".other").to_string();
    let changed = en.replace(
        &format!("{base}.other\t{other}\n"),
        &format!("{base}.other\t{other}!\n"),
    );
    let keys: BTreeSet<String> = stale("es", &changed, &es)
        .into_iter()
        .map(|(k, _)| k)
        .collect();
    let want: BTreeSet<String> = [format!("{base}.other"), format!("{base}.many")].into();
    assert_eq!(keys, want);

    // A line written without a hash is stale until stamped.
    let unstamped = es.replacen(
        &format!("msg.Start\t{}\t", hash("Start")),
        "msg.Start\t\t",
        1,
    );
    let keys: Vec<String> = stale("es", &en, &unstamped)
        .into_iter()
        .map(|(k, _)| k)
        .collect();
    assert_eq!(keys, ["msg.Start"]);

    // A key removed, a form the language does not use, a key English lacks.
    let broken = es.replacen(&format!("msg.Start\t{}\tEmpezar\n", hash("Start")), "", 1)
        + &format!(
            "{base}.two\t{}\tdos\nmsg.NoSuchThing\t00000000\tnada\n",
            hash(&other)
        );
    let found = completeness(Lang::Es, &en, &broken).join("\n");
    assert!(found.contains("es msg.Start: missing"), "{found}");
    assert!(
        found.contains(&format!("es {base}.two")) && found.contains("not used in es"),
        "{found}"
    );
    assert!(found.contains("es msg.NoSuchThing"), "{found}");

    // A placeholder lost, renamed, or added to a form.
    let en_map = english_map(&en);
    let (key, with_hole) = en_map
        .iter()
        .find(|(k, t)| split(k).1.is_none() && !holes(t).is_empty())
        .expect("English has a message with a placeholder");
    let line = entries("es", &es)
        .into_iter()
        .find(|e| &e.key == key)
        .unwrap();
    let lost = es.replacen(
        &format!("{key}\t{}\t{}\n", line.hash.as_deref().unwrap(), line.text),
        &format!("{key}\t{}\tsin hueco\n", hash(with_hole)),
        1,
    );
    assert!(
        placeholders(Lang::Es, &en, &lost)
            .iter()
            .any(|p| p.starts_with(&format!("es {key} "))),
        "a lost placeholder in es {key} must be found"
    );
    let extra = es.replacen(
        &format!("{base}.one\t{}\t", hash(&en_map[&format!("{base}.one")])),
        &format!(
            "{base}.one\t{}\t{{extra}} ",
            hash(&en_map[&format!("{base}.one")])
        ),
        1,
    );
    assert_ne!(extra, es);
    assert!(
        !placeholders(Lang::Es, &en, &extra).is_empty(),
        "an added placeholder must be found"
    );

    // Empty text, bidi control, and a tab (which makes an extra cell).
    let bad = "msg.A\tx\t\nmsg.B\tx\t  \nmsg.C\tx\tab\u{202E}c\nmsg.D\tx\ta\tb\n".to_string();
    let found = bad_text("es", &bad).join("\n");
    assert!(
        found.contains("es msg.A") && found.contains("es msg.B"),
        "{found}"
    );
    assert!(
        found.contains("es msg.C") && found.contains("U+202E"),
        "{found}"
    );
    assert!(found.contains("es line 4"), "{found}");
}

#[test]
fn every_language_installs_and_speaks() {
    // Natively the first use installs every file from disk, panicking on a file that is refused.
    for lang in Lang::ALL {
        assert!(
            locale::is_ready(lang),
            "{}: its file did not install",
            lang.code()
        );
    }
    for (lang, body) in translations() {
        let tag = lang.code();
        // A second install of an installed language is ignored: Ok.
        assert_eq!(locale::install(lang, body.clone()), Ok(()), "{tag}");
        // What was installed is what the file says.
        for e in entries(tag, &body) {
            assert_eq!(
                locale::word_in(lang, &e.key),
                Some(e.text.as_str()),
                "{tag} {}: installed words differ from the file",
                e.key
            );
        }
        assert_ne!(
            text(lang, Msg::Start),
            text(Lang::En, Msg::Start),
            "{tag} msg.Start is still English"
        );
    }
    for lang in Lang::ALL {
        let tag = lang.code();
        assert_eq!(
            Lang::from_code(tag),
            Some(lang),
            "{tag}: Lang::from_code(code()) is not itself"
        );
        for (i, msg) in Msg::ALL.iter().enumerate() {
            if !Msg::PLURAL[i] {
                continue;
            }
            let key = Msg::KEYS[i];
            for n in 0..=200u64 {
                let said = plural(lang, *msg, n, &[]);
                assert!(
                    !said.contains('{'),
                    "{tag} msg.{key} for {n}: a hole is left in {said:?}"
                );
                let template = plural_text(lang, *msg, n);
                if Template::new(template).holes().contains(&"n") {
                    assert!(
                        said.contains(&n.to_string()),
                        "{tag} msg.{key} for {n}: the number is not in {said:?}"
                    );
                } else {
                    // Only a form used for one number alone may leave the number out ("one", "two",
                    // "zero" as in Arabic); Tagalog's "one" also counts 21, 25, … so it must say it.
                    let form = cldr_form(lang, n);
                    let numbers = (0..=200u64).filter(|m| cldr_form(lang, *m) == form).count();
                    assert!(
                        matches!(form, Form::Zero | Form::One | Form::Two) && numbers == 1,
                        "{tag} msg.{key}.{} drops {{n}}, but that form is used for {numbers} numbers (e.g. {n}): {said:?}",
                        form.name()
                    );
                }
            }
        }
    }
}

#[test]
fn spanish_compatibility_table_matches_es_tsv() {
    for e in entries("es", &file("es")) {
        if e.key.starts_with("occ.") || e.key.starts_with("cert.") {
            let key: &'static str = Box::leak(e.key.clone().into_boxed_str());
            assert_eq!(
                Words::key(key).es(),
                e.text,
                "es {}: the Spanish kept in the wasm differs from es.tsv",
                e.key
            );
            // Natively es.tsv is installed, so `es()` reads it; the table kept in the wasm (used
            // before es.tsv is fetched) shows as the second of `known()`: English, the kept
            // Spanish, then each installed language's words.
            let w = Words::key(key);
            let installed = Lang::ALL
                .into_iter()
                .filter(|l| *l != Lang::En && locale::word_in(*l, key).is_some())
                .count();
            let known = w.known();
            assert_eq!(
                known.len(),
                2 + installed,
                "es {}: no Spanish kept in the wasm for it (known: {known:?})",
                e.key
            );
            assert_eq!(
                known[1], e.text,
                "es {}: the Spanish kept in the wasm differs from es.tsv",
                e.key
            );
        }
    }
}

/// English is compiled into the wasm in a smaller form than en.tsv (build.rs): every line of
/// en.tsv must read back exactly, and nothing else may be there.
#[test]
fn the_compiled_english_is_en_tsv_word_for_word() {
    let en =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/en.tsv")).unwrap();
    let mut n = 0;
    for line in en.lines().filter(|l| !l.is_empty() && !l.starts_with('#')) {
        let (key, words) = line.split_once('\t').unwrap();
        assert_eq!(locale::word_in(Lang::En, key), Some(words), "{key}");
        n += 1;
    }
    assert!(n > 1500, "{n} English keys");
    for msg in Msg::ALL {
        if !Msg::PLURAL[*msg as usize] {
            let key = format!("msg.{}", Msg::KEYS[*msg as usize]);
            assert!(en.contains(&format!("\n{key}\t")), "{key}");
        }
    }
}

/// The plural form the core picks natively for 0…200 in each language, kept in
/// `tests/e2e/fixtures/plurals.json`: a browser test holds each engine's `Intl.PluralRules` (what
/// the app uses there) to the same answers. `UPDATE_FIXTURES=1` rewrites the file.
#[test]
fn the_plural_rules_fixture_for_the_browser_tests_is_up_to_date() {
    use skillpass_core::locale::cldr_form;
    let mut out = String::from("{\n");
    for (i, lang) in Lang::ALL.into_iter().enumerate() {
        let forms: Vec<String> = (0..=200u64)
            .map(|n| format!("\"{}\"", cldr_form(lang, n).name()))
            .collect();
        let comma = if i + 1 < Lang::ALL.len() { "," } else { "" };
        out += &format!("  \"{}\": [{}]{comma}\n", lang.code(), forms.join(","));
    }
    out += "}\n";
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/e2e/fixtures/plurals.json"
    );
    if std::env::var_os("UPDATE_FIXTURES").is_some() {
        std::fs::write(path, &out).unwrap();
    }
    let on_disk = std::fs::read_to_string(path).unwrap_or_default();
    assert!(on_disk == out, "tests/e2e/fixtures/plurals.json is out of date: run UPDATE_FIXTURES=1 cargo test -p skillpass-core --test locales");
}
