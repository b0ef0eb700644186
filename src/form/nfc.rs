//! Unicode Normalization Form C for the form's details, for the text the form can print.
//!
//! A name typed with combining marks ("Mu\u{308}ller", "Dvor\u{30C}a\u{301}k", macOS and some
//! keyboards do this) must be checked against the font and printed as the precomposed letters
//! the font has, and a reader of the PDF must find "Müller". The `unicode-normalization` crate
//! does full NFC, but it added 121 kB (60 kB gzipped) to the page's form module, half its size
//! again; the font draws only 213 letters with diacritics, so this composes exactly those
//! (`nfc_table.rs`, generated with the font by `tools/subset_font.py`).
//!
//! The result equals full NFC whenever full NFC gives text the font can draw, which is the only
//! text the form accepts: every letter the font has with a diacritic is one base and one mark,
//! and is NFC itself (checked when the table is made). For text the form refuses anyway the
//! result can differ (a leftover mark instead of a precomposed letter outside the font); the
//! refusal is the same. Tests compare it with the crate's NFC on every character and on random
//! strings.

use super::nfc_table::{PAIRS, SINGLETONS};

/// The letter composed from `base` and the combining `mark`, when the font has it.
fn compose(base: char, mark: char) -> Option<char> {
    PAIRS
        .binary_search_by(|&(b, m, _)| (b, m).cmp(&(base, mark)))
        .ok()
        .map(|i| PAIRS[i].2)
}

/// NFC of `s`, restricted to the letters the font draws (see the module's notes).
pub fn nfc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut last: Option<char> = None;
    for c in s.chars() {
        let c = match SINGLETONS.binary_search_by(|&(a, _)| a.cmp(&c)) {
            Ok(i) => SINGLETONS[i].1,
            Err(_) => c,
        };
        if let Some(x) = last.and_then(|b| compose(b, c)) {
            out.pop();
            out.push(x);
            last = Some(x);
            continue;
        }
        out.push(c);
        last = Some(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::form::font;
    use unicode_normalization::UnicodeNormalization;

    fn full(s: &str) -> String {
        s.nfc().collect()
    }

    #[test]
    fn composes_names_typed_with_combining_marks() {
        assert_eq!(nfc("Mu\u{308}ller"), "Müller");
        assert_eq!(nfc("Dvor\u{30C}a\u{301}k"), "Dvořák");
        assert_eq!(nfc("C\u{327}ag\u{306}lar S\u{327}ahin"), "Çağlar Şahin");
        assert_eq!(nfc("L\u{301}odz\u{301} Wa\u{328}sik"), "Ĺodź Wąsik");
        assert_eq!(nfc("Nu\u{301}n\u{303}ez"), "Núñez");
        assert_eq!(nfc("и\u{306}ё е\u{308}"), "йё ё");
        assert_eq!(nfc("\u{212B}ngstro\u{308}m"), "Ångström");
        // Already composed text, and text without letters to compose, come back unchanged.
        for s in [
            "Məmmədov",
            "Łukasz Wałęsa",
            "Ørsted",
            "Құрманғазыұлы",
            "",
            "a\u{301}\u{301}",
        ] {
            assert_eq!(nfc(&nfc(s)), nfc(s));
        }
        assert_eq!(nfc("Ørsted"), "Ørsted");
    }

    /// The table holds every printable letter with a decomposition, each as the crate
    /// decomposes it, and every singleton that ends in the font.
    #[test]
    fn the_table_is_the_fonts_part_of_nfc() {
        let mut n = 0;
        for c in (0..=0xFFFFu32)
            .filter_map(char::from_u32)
            .filter(|&c| font::covers(c))
        {
            assert_eq!(full(&c.to_string()), c.to_string(), "{c} is NFC");
            let d: Vec<char> = c.to_string().nfd().collect();
            if d.len() > 1 {
                assert_eq!(d.len(), 2, "{c}");
                assert_eq!(compose(d[0], d[1]), Some(c), "{c}");
                n += 1;
            }
        }
        assert_eq!(n, PAIRS.len());
        assert!(PAIRS
            .windows(2)
            .all(|w| (w[0].0, w[0].1) < (w[1].0, w[1].1)));
        assert!(SINGLETONS.windows(2).all(|w| w[0].0 < w[1].0));
        let marks: Vec<char> = PAIRS.iter().map(|p| p.1).collect();
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let s = c.to_string();
            let f: Vec<char> = full(&s).chars().collect();
            if f.len() == 1 && f[0] != c && (font::covers(f[0]) || marks.contains(&f[0])) {
                assert_eq!(nfc(&s), full(&s), "U+{:04X}", c as u32);
            }
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        /// Whenever full NFC or this one gives printable text, they agree.
        #[test]
        fn agrees_with_full_nfc_on_printable_text(
            s in "[aeiouAEIOUcCnNsSzZrRgGlLkK иИеЕәӘ\u{300}-\u{30C}\u{323}\u{327}\u{328}\u{340}\u{341}\u{212A}\u{212B}ǖǕȩ\u{1E09}Åçé]{0,12}",
        ) {
            let ours = nfc(&s);
            let theirs = full(&s);
            if ours.chars().all(font::covers) || theirs.chars().all(font::covers) {
                proptest::prop_assert_eq!(ours, theirs);
            }
        }
    }
}
