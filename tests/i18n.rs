//! Every text the engine can show exists in Russian, Kazakh and Chinese, keeps its
//! placeholders, and no answer in those languages falls back to English.

mod common;

use serde_json::json;
use std::collections::BTreeSet;
use tirkeu::i18n::{self, Lang};

fn placeholders(s: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = s;
    while let Some(a) = rest.find('{') {
        match rest[a..].find('}') {
            Some(b) => {
                out.insert(rest[a + 1..a + b].to_owned());
                rest = &rest[a + b + 1..];
            }
            None => break,
        }
    }
    out
}

/// Writes the list translators work from: `cargo test --test i18n -- --ignored write_strings`.
#[test]
#[ignore]
fn write_strings() {
    let texts = i18n::all_texts();
    std::fs::create_dir_all("docs/i18n").unwrap();
    std::fs::write("docs/i18n/strings-en.txt", texts.join("\n") + "\n").unwrap();
}

#[test]
fn every_text_is_translated_with_its_placeholders() {
    let texts = i18n::all_texts();
    for lang in [Lang::Ru, Lang::Kk, Lang::Zh] {
        let table = lang.table();
        let keys: BTreeSet<&str> = table.iter().map(|(k, _)| *k).collect();
        assert_eq!(
            keys.len(),
            table.len(),
            "{lang:?}: a key is translated twice"
        );
        let mut missing = Vec::new();
        for t in &texts {
            match table.iter().find(|(k, _)| k == t) {
                None => missing.push(*t),
                Some((_, v)) => {
                    assert!(!v.trim().is_empty(), "{lang:?}: empty translation of {t:?}");
                    assert_eq!(
                        placeholders(t),
                        placeholders(v),
                        "{lang:?}: placeholders differ in {t:?} → {v:?}"
                    );
                }
            }
        }
        assert!(
            missing.is_empty(),
            "{lang:?}: {} texts without a translation, e.g. {:?}",
            missing.len(),
            &missing[..missing.len().min(5)]
        );
        let stale: Vec<&str> = keys
            .iter()
            .filter(|k| !texts.contains(k))
            .copied()
            .collect();
        assert!(
            stale.is_empty(),
            "{lang:?}: translations of texts that no longer exist: {stale:?}"
        );
    }
}

#[test]
fn answers_in_every_language_use_no_english_fallback() {
    let scenarios = [
        json!({"destination": "KZ", "citizenship": "DE", "entryDate": "2026-03-06", "exitDate": "2026-04-20", "trips": [{"entryDate": "2025-11-01", "exitDate": "2025-11-20"}]}),
        json!({"destination": "KZ", "citizenship": "RU", "entryDate": "2026-07-01", "moves": [{"date": "2026-07-20", "accommodation": "hotel", "otherRegion": true}]}),
        json!({"destination": "KZ", "citizenship": "CN", "visa": "tourist", "entryDate": "2019-12-28", "exitDate": "2020-01-25", "accommodation": "organization"}),
        json!({"destination": "KZ", "citizenship": "stateless", "entryDate": "2025-05-01", "passport": "diplomatic", "crew": true}),
        json!({"destination": "KZ", "citizenship": "AM", "entryDate": "2025-04-01", "exitDate": "2025-07-09", "birthDate": "2015-06-01"}),
        json!({"destination": "KZ", "citizenship": "SG", "entryDate": "2016-03-01", "exitDate": "2016-03-30"}),
        json!({"destination": "KZ", "citizenship": "DE", "entryDate": "2020-03-20"}),
        json!({"destination": "KZ", "citizenship": "US", "entryDate": "2027-12-29", "exitDate": "2028-01-20", "birthDate": "2012-01-01"}),
    ];
    let errors = [
        json!({"destination": "KZ", "citizenship": "DE", "entryDate": "2026-02-30"}),
        json!({"destination": "KZ", "citizenship": "XX", "entryDate": "2026-02-03"}),
        json!({"destination": "FR", "citizenship": "DE", "entryDate": "2026-02-03"}),
        json!({"destination": "KZ", "citizenship": "DE", "entryDate": 5}),
        json!({"destination": "KZ", "citizenship": "DE", "entryDate": "2026-02-03", "trips": [{"entryDate": "2026-01-01"}]}),
    ];
    let _ = i18n::misses::take();
    for lang in ["ru", "kk", "zh"] {
        for s in &scenarios {
            let mut s = s.clone();
            s["lang"] = json!(lang);
            let a = common::eval(s);
            assert_eq!(a.lang.code(), lang);
        }
        for s in &errors {
            let mut s = s.clone();
            s["lang"] = json!(lang);
            let e = common::eval_err(s);
            assert!(
                !e.message.is_ascii() || lang == "en",
                "{lang}: {}",
                e.message
            );
        }
    }
    let misses = i18n::misses::take();
    assert!(
        misses.is_empty(),
        "{} texts fell back to English, e.g. {:?}",
        misses.len(),
        &misses[..misses.len().min(5)]
    );
}

#[test]
fn dates_read_naturally() {
    let d = chrono::NaiveDate::from_ymd_opt(2024, 5, 3).unwrap();
    assert_eq!(i18n::date(Lang::En, d), "Fri 3 May 2024");
    assert_eq!(i18n::date(Lang::Ru, d), "пт, 3 мая 2024");
    assert_eq!(i18n::date(Lang::Kk, d), "2024 ж. 3 мамыр, жм");
    assert_eq!(i18n::date(Lang::Zh, d), "2024年5月3日（周五）");
}
