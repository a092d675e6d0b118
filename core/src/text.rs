//! Text folding for search and matching: case, accents (Vietnamese tones included: "thu ngan"
//! finds "Thu ngân"), Arabic letter forms (alef and hamza forms, final yeh and teh marbuta,
//! diacritics, tatweel) and Arabic-Indic digits. Chinese has no case or accents; search matches
//! it by substring ([`contains_cjk`]). Label wrapping by display columns ([`wrap`]), and bidi control
//! characters removed ([`strip_bidi`]). Pure functions with no other module below them.

/// The base letter of each code point from U+00C0 to U+024F (`\0`: not a letter with one).
const LATIN: &[u8] = "aaaaaaaceeeeiiii\0nooooo\0ouuuuy\0saaaaaaaceeeeiiiidnooooo\0ouuuuytyaaaaaaccccccccddddeeeeeeeeeegggggggghh\0\0iiiiiiiiii\0\0jjkk\0llllll\0\0llnnnnnn\0\0\0oooooooorrrrrrsssssssstttt\0\0uuuuuuuuuuuuwwyyyzzzzzz\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0oo\0\0\0\0\0\0\0\0\0\0\0\0\0uu\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0aaiioouuuuuuuuuu\0aaaa\0\0\0\0ggkkoooo\0\0j\0\0\0gg\0\0nnaa\0\0\0\0aaaaeeeeiiiioooorrrruuuusstt\0\0hh\0\0\0\0\0\0aaeeooooooooyy\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0".as_bytes();
/// The same for U+1E00 to U+1EFF (Latin Extended Additional: Vietnamese).
const LATIN_ADDITIONAL: &[u8] = "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmmmmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvvwwwwwwwwwwxxxxyyzzzzzzhtwy\0\0\0\0\0\0aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy\0\0\0\0\0\0".as_bytes();

/// `c` folded: `None` when it is dropped (an Arabic diacritic, tatweel, a combining mark).
fn fold_char(c: char) -> Option<char> {
    let cp = c as u32;
    let from = |t: &[u8], i: u32| match t[i as usize] {
        0 => c.to_lowercase().next().unwrap_or(c),
        b => b as char,
    };
    Some(match cp {
        0x41..=0x5A => c.to_ascii_lowercase(),
        0xC0..=0x24F => from(LATIN, cp - 0xC0),
        0x1E00..=0x1EFF => from(LATIN_ADDITIONAL, cp - 0x1E00),
        0x300..=0x36F => return None,
        // Arabic: harakat, superscript alef, tatweel.
        0x64B..=0x65F | 0x670 | 0x640 => return None,
        0x622 | 0x623 | 0x625 | 0x671 => '\u{627}',
        0x649 | 0x626 => '\u{64A}',
        0x629 => '\u{647}',
        0x624 => '\u{648}',
        0x660..=0x669 => char::from_u32(cp - 0x660 + 0x30).unwrap_or(c),
        0x6F0..=0x6F9 => char::from_u32(cp - 0x6F0 + 0x30).unwrap_or(c),
        _ => return c.to_lowercase().next().or(Some(c)),
    })
}

/// Left-to-right/right-to-left embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069),
/// the left-to-right and right-to-left marks (U+200E, U+200F) and the Arabic letter mark (U+061C).
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// `s` without bidi control characters, so it reads in the order it was typed
/// ([`crate::bidi::plain_profile`] does a whole profile).
pub fn strip_bidi(s: &str) -> String {
    if s.chars().any(is_bidi_control) {
        s.chars().filter(|c| !is_bidi_control(*c)).collect()
    } else {
        s.to_string()
    }
}

/// Lower case without accents or letter-form differences, so "Cajero", "cajero" and "CAJERO"
/// compare equal, "thu ngan" matches "Thu ngân", and "أمين" matches "امين".
pub fn fold(s: &str) -> String {
    s.chars().filter_map(fold_char).collect()
}

/// Whether `s` has Chinese, Japanese or Korean characters (written without spaces: matched by
/// substring, not by word).
pub fn contains_cjk(s: &str) -> bool {
    s.chars().any(is_cjk)
}

pub fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x2E80..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF | 0x20000..=0x2FA1F)
}

/// The words of an already folded text (letters and digits; CJK runs stay whole).
pub fn words(folded: &str) -> Vec<&str> {
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect()
}

/// Drops a plural or gender ending, so "cooks" matches "cook" and "cajera" matches "cajero".
pub fn stem(w: &str) -> &str {
    for end in ["es", "s", "a", "o"] {
        if let Some(s) = w.strip_suffix(end) {
            if s.chars().count() >= 3 && s.is_char_boundary(s.len()) {
                return s;
            }
        }
    }
    w
}

/// Whether a folded search term matches a folded text: a word of it starts with the term (or
/// shares its stem); CJK terms match anywhere inside.
pub fn term_matches(folded_text: &str, term: &str) -> bool {
    if contains_cjk(term) {
        return folded_text.contains(term);
    }
    words(folded_text)
        .iter()
        .any(|w| w.starts_with(term) || stem(w) == stem(term))
}

/// The folded search terms of what someone typed.
pub fn terms(query: &str) -> Vec<String> {
    words(&fold(query))
        .into_iter()
        .map(str::to_string)
        .collect()
}

/// How wide `s` draws, in columns of a Latin letter (a CJK character is two).
pub fn columns(s: &str) -> usize {
    s.chars().map(|c| if is_cjk(c) { 2 } else { 1 }).sum()
}

/// Breaks a label into lines of at most `width` columns: at spaces, or between any two CJK
/// characters (Chinese is written without spaces). A word longer than a line keeps a line of its
/// own rather than being cut.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    // (piece, whether a space goes before it)
    let mut pieces: Vec<(String, bool)> = Vec::new();
    for word in text.split_whitespace() {
        let mut first = true;
        let mut run = String::new();
        for c in word.chars() {
            if is_cjk(c) {
                if !run.is_empty() {
                    pieces.push((std::mem::take(&mut run), first));
                    first = false;
                }
                pieces.push((c.to_string(), first));
                first = false;
            } else {
                run.push(c);
            }
        }
        if !run.is_empty() {
            pieces.push((run, first));
        }
    }
    let mut lines: Vec<String> = Vec::new();
    for (piece, spaced) in pieces {
        let gap = usize::from(spaced);
        match lines.last_mut() {
            Some(line) if columns(line) + gap + columns(&piece) <= width => {
                if spaced {
                    line.push(' ');
                }
                line.push_str(&piece);
            }
            // A CJK punctuation mark or closing bracket never starts a line.
            Some(line) if !spaced && piece.chars().all(|c| "，。、）」』：；！？".contains(c)) => {
                line.push_str(&piece)
            }
            _ => lines.push(piece),
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vietnamese_spanish_and_arabic_fold() {
        assert_eq!(fold("Thu ngân"), "thu ngan");
        assert_eq!(fold("Phụ bếp ĐẦU"), "phu bep dau");
        assert_eq!(fold("Cajera ÑANDÚ"), "cajera nandu");
        assert_eq!(fold("أمين الصندوق"), fold("امين الصندوق"));
        assert_eq!(fold("كـــاشير"), fold("كاشير"));
        assert_eq!(fold("مُساعِد"), fold("مساعد"));
        assert_eq!(fold("مستشفى"), fold("مستشفي"));
        assert_eq!(fold("٣١"), "31");
        assert_eq!(fold("Kreyòl"), "kreyol");
    }

    #[test]
    fn terms_match_by_word_start_or_inside_chinese() {
        assert!(term_matches(&fold("Thu ngân"), "ngan"));
        assert!(term_matches(&fold("收银员"), "银员"));
        assert!(!term_matches(&fold("收银员"), "厨师"));
        assert!(term_matches(&fold("Line cooks"), "cook"));
        assert!(!term_matches(&fold("Janitor"), "cook"));
    }

    #[test]
    fn labels_wrap_at_spaces_and_between_chinese_characters() {
        assert_eq!(wrap("Home health aide", 10), ["Home", "health", "aide"]);
        assert_eq!(wrap("Home health aide", 11), ["Home health", "aide"]);
        let zh = wrap("执业护士（持照实习护士）", 8);
        assert!(zh.len() > 1, "{zh:?}");
        assert!(
            zh.iter().all(|l| columns(l) <= 8 || l.chars().count() <= 5),
            "{zh:?}"
        );
        assert_eq!(zh.concat(), "执业护士（持照实习护士）");
        assert_eq!(wrap(&"x".repeat(30), 8), ["x".repeat(30)]);
        assert_eq!(wrap("CNA 护理助理", 8), ["CNA 护理", "助理"]);
    }

    #[test]
    fn odd_input_never_panics() {
        for s in ["", "\u{202e}", "𝔘𝔫𝔦", "a\u{301}", &"ữ".repeat(300), "ـــ"] {
            let f = fold(s);
            let _ = terms(&f);
            let _ = term_matches(&f, "x");
        }
    }
}
