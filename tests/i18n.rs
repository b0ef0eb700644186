//! The catalogs (src/**/locales/<lang>/*.ftl): every message in every language with the same
//! variables, each with a note for translators, none stale, all inside tirkeu's subset of
//! Fluent; plurals chosen by CLDR's rules; and no answer or error in any language falls back to
//! English or leaves a variable unfilled.

mod common;

use serde_json::json;
use std::collections::{BTreeMap, BTreeSet};
use tirkeu::i18n::fluent::{self, plural, Catalog, Value};
use tirkeu::i18n::{self, msg, Lang};
use tirkeu::text::{Arg, Text};

/// Each language's files: path relative to the language folder → messages.
fn files(lang: Lang) -> BTreeMap<String, Vec<fluent::Message>> {
    i18n::embedded_files(lang)
        .into_iter()
        .map(|(path, text)| {
            let msgs = fluent::parse(text).unwrap_or_else(|e| panic!("{path}: {e}"));
            let key = path.replace(&format!("/locales/{}/", lang.code()), "/locales/*/");
            (key, msgs)
        })
        .collect()
}

/// Every ID the code and the data can produce.
fn used_ids() -> BTreeSet<&'static str> {
    let mut v: BTreeSet<&'static str> = msg::ALL.iter().copied().collect();
    v.extend(tirkeu::forms::messages());
    v.insert(tirkeu::text::ITEMS);
    for f in tirkeu::countries::FORMS {
        v.extend(f.message_ids());
    }
    for c in tirkeu::countries::ALL {
        v.extend(c.message_ids());
    }
    // Holiday names: every calendar's, destinations' and pending ones'.
    for cal in tirkeu::countries::CALENDARS {
        v.extend(cal.message_ids());
    }
    // Sources' words (src/countries/<code>/sources.ftl): every source the rules and the
    // calendars cite, its title, article and address.
    let sources = tirkeu::countries::ALL
        .iter()
        .flat_map(|c| c.sources())
        .chain(
            tirkeu::countries::CALENDARS
                .iter()
                .flat_map(|c| c.sources()),
        );
    for s in sources {
        v.extend(s.message_ids().map(|id| &*Box::leak(id.into_boxed_str())));
    }
    v
}

#[test]
fn every_file_reads_in_every_language() {
    for lang in Lang::ALL {
        let f = files(lang);
        assert!(f.len() >= 3, "{lang:?}: {:?}", f.keys());
        assert!(i18n::catalog(lang).is_some(), "{lang:?}");
    }
}

#[test]
fn every_message_in_every_language_with_the_same_variables_and_a_note() {
    let en = files(Lang::En);
    for lang in [Lang::Ru, Lang::Kk, Lang::Zh] {
        let other = files(lang);
        assert_eq!(
            en.keys().collect::<Vec<_>>(),
            other.keys().collect::<Vec<_>>(),
            "{lang:?}: the same files"
        );
        for (file, msgs) in &en {
            let theirs: BTreeMap<&str, &fluent::Message> =
                other[file].iter().map(|m| (m.id.as_str(), m)).collect();
            let ours: BTreeSet<&str> = msgs.iter().map(|m| m.id.as_str()).collect();
            let extra: Vec<&&str> = theirs.keys().filter(|k| !ours.contains(*k)).collect();
            assert!(
                extra.is_empty(),
                "{lang:?} {file}: not in English: {extra:?}"
            );
            for m in msgs {
                let t = theirs
                    .get(m.id.as_str())
                    .unwrap_or_else(|| panic!("{lang:?} {file}: {} is missing", m.id));
                assert_eq!(
                    t.variables(),
                    m.variables(),
                    "{lang:?} {file}: {} uses other variables than in English",
                    m.id
                );
                assert!(!t.note.trim().is_empty(), "{lang:?}: {} has no note", m.id);
            }
        }
    }
    for m in en.values().flatten() {
        assert!(
            !m.note.trim().is_empty(),
            "en: {} has no note for translators",
            m.id
        );
    }
}

/// The page's and the embed's own files (`page.ftl`, `faq.ftl`, `embed.ftl`, and the views
/// across borders' `across-*.ftl`): their IDs are used by the page's code, and
/// `tests/e2e/i18n.test.mjs` checks them (none stale, none missing).
fn is_page_file(path: &str) -> bool {
    ["/page.ftl", "/faq.ftl", "/embed.ftl"]
        .iter()
        .any(|f| path.ends_with(f))
        || path
            .rsplit('/')
            .next()
            .is_some_and(|f| f.starts_with("across-"))
}

/// The IDs the page's own files define in `lang`.
fn page_ids(lang: Lang) -> BTreeSet<String> {
    files(lang)
        .into_iter()
        .filter(|(path, _)| is_page_file(path))
        .flat_map(|(_, msgs)| msgs.into_iter().map(|m| m.id))
        .collect()
}

#[test]
fn every_message_is_used_and_every_used_message_exists() {
    let used = used_ids();
    for lang in Lang::ALL {
        let c = i18n::catalog(lang).unwrap();
        let page = page_ids(lang);
        assert!(page.len() > 100, "{lang:?}: the page's files are read");
        let have: BTreeSet<&str> = c
            .messages()
            .iter()
            .map(|m| m.id.as_str())
            .filter(|id| !page.contains(*id))
            .collect();
        let missing: Vec<&&str> = used.iter().filter(|id| !have.contains(*id)).collect();
        assert!(
            missing.is_empty(),
            "{lang:?}: used but not in the catalog: {missing:?}"
        );
        let stale: Vec<&&str> = have.iter().filter(|id| !used.contains(*id)).collect();
        assert!(
            stale.is_empty(),
            "{lang:?}: in the catalog, used by nothing: {stale:?}"
        );
    }
}

#[test]
fn select_keys_are_plural_categories_of_the_language_or_numbers() {
    let cats: [(Lang, &[&str]); 4] = [
        (Lang::En, &["one", "other"]),
        (Lang::Ru, &["one", "few", "many", "other"]),
        (Lang::Kk, &["one", "other"]),
        (Lang::Zh, &["other"]),
    ];
    // Besides plural categories and numbers, the page's messages select on who uses it
    // (`$audience`: www/js/i18n.js AUDIENCES), and only on that.
    const AUDIENCES: [&str; 4] = ["traveller", "host", "hotel", "organization"];
    for (lang, ok) in cats {
        let page = page_ids(lang);
        for m in i18n::catalog(lang).unwrap().messages() {
            for k in m.variant_keys() {
                let audience = page.contains(&m.id)
                    && AUDIENCES.contains(&k.as_str())
                    && m.variables().contains(&"audience".to_owned());
                assert!(
                    ok.contains(&k.as_str()) || k.parse::<i64>().is_ok() || audience,
                    "{lang:?}: {} has the variant [{k}]",
                    m.id
                );
            }
        }
    }
}

fn days(lang: Lang, n: i64) -> String {
    let t = Text::new(msg::YEAR_TEXT)
        .arg("days", 90u32)
        .arg("used", Arg::Num(n))
        .arg("year", Arg::Num(2026))
        .arg(
            "last",
            Arg::Date(chrono::NaiveDate::from_ymd_opt(2026, 5, 1).unwrap()),
        );
    i18n::word_in(lang, &t).unwrap()
}

#[test]
fn plurals_follow_cldr() {
    assert_eq!(
        [1, 2, 5, 11, 21, 22, 111, 0].map(|n| plural(Lang::Ru, n)),
        ["one", "few", "many", "many", "one", "few", "many", "many"]
    );
    assert_eq!(
        [1, 2, 0].map(|n| plural(Lang::En, n)),
        ["one", "other", "other"]
    );
    assert_eq!([1, 2].map(|n| plural(Lang::Kk, n)), ["one", "other"]);
    assert_eq!([1, 2].map(|n| plural(Lang::Zh, n)), ["other", "other"]);
    let ru: Vec<String> = [1, 2, 5, 11, 21, 22]
        .iter()
        .map(|&n| days(Lang::Ru, n))
        .collect();
    for (s, want) in ru.iter().zip([
        "использовано 1 день 2026",
        "использовано 2 дня 2026",
        "использовано 5 дней 2026",
        "использовано 11 дней 2026",
        "использовано 21 день 2026",
        "использовано 22 дня 2026",
    ]) {
        assert!(s.contains(want), "{s}");
    }
    assert!(
        days(Lang::En, 1).contains(": 1 day of 2026"),
        "{}",
        days(Lang::En, 1)
    );
    assert!(
        days(Lang::En, 2).contains(": 2 days of 2026"),
        "{}",
        days(Lang::En, 2)
    );
    // Kazakh and Chinese nouns do not change after a numeral.
    assert!(days(Lang::Kk, 1).contains("2026 жылдың 1 күні"));
    assert!(days(Lang::Kk, 5).contains("2026 жылдың 5 күні"));
    assert!(days(Lang::Zh, 1).contains("2026年的1天"));
    assert!(days(Lang::Zh, 5).contains("2026年的5天"));
}

#[test]
fn answers_and_errors_in_every_language_use_no_english_fallback() {
    let scenarios = [
        json!({"destination": "KZ", "citizenship": "DE", "entryDate": "2026-03-06", "exitDate": "2026-04-20", "trips": [{"entryDate": "2025-11-01", "exitDate": "2025-11-20"}]}),
        json!({"destination": "KZ", "citizenship": "RU", "entryDate": "2026-07-01", "moves": [{"date": "2026-07-20", "accommodation": "hotel", "otherRegion": true}]}),
        json!({"destination": "KZ", "citizenship": "CN", "visa": "tourist", "entryDate": "2019-12-28", "exitDate": "2020-01-25", "accommodation": "organization"}),
        json!({"destination": "KZ", "citizenship": "stateless", "entryDate": "2025-05-01", "passport": "diplomatic", "crew": true}),
        json!({"destination": "KZ", "citizenship": "AM", "entryDate": "2025-04-01", "exitDate": "2025-07-09", "birthDate": "2015-06-01"}),
        json!({"destination": "KZ", "citizenship": "SG", "entryDate": "2016-03-01", "exitDate": "2016-03-30"}),
        json!({"destination": "KZ", "citizenship": "DE", "entryDate": "2020-03-20"}),
        json!({"destination": "KZ", "citizenship": "US", "entryDate": "2027-12-29", "exitDate": "2028-01-20", "birthDate": "2012-01-01"}),
        json!({"destination": "KZ", "citizenship": "TR", "entryDate": "2026-06-20", "exitDate": "2026-11-20"}),
        json!({"destination": "KZ", "citizenship": "DE", "entryDate": "2026-03-01", "trips": [{"entryDate": "2025-11-01", "exitDate": "2026-01-29"}]}),
        // Azerbaijan: registration with both readings, a move and a same-owner move, a
        // permit-to-be counted back; the Kazakh 30 days at the edge; a borderline exit; visa
        // required; the e-visa; China's visits; a move before the 5-day rule; a permit holder
        // with its own deadlines; a stay whose permit deadline is before the entry.
        json!({"destination": "AZ", "citizenship": "UA", "entryDate": "2026-03-10", "moves": [{"date": "2026-03-19"}, {"date": "2026-04-01", "sameOwner": true}]}),
        json!({"destination": "AZ", "citizenship": "KZ", "entryDate": "2021-08-20", "exitDate": "2021-09-19"}),
        json!({"destination": "AZ", "citizenship": "KZ", "entryDate": "2026-06-01", "exitDate": "2026-07-01"}),
        json!({"destination": "AZ", "citizenship": "GE", "entryDate": "2026-06-03", "exitDate": "2026-06-18", "accommodation": "hotel"}),
        json!({"destination": "AZ", "citizenship": "FR", "entryDate": "2026-06-03"}),
        json!({"destination": "AZ", "citizenship": "US", "visa": "e-visa", "entryDate": "2026-05-01", "accommodation": "organization"}),
        json!({"destination": "AZ", "citizenship": "CN", "entryDate": "2024-08-01", "exitDate": "2024-09-15"}),
        json!({"destination": "AZ", "citizenship": "RU", "entryDate": "2025-12-20", "exitDate": "2026-04-15", "trips": [{"entryDate": "2025-03-01", "exitDate": "2025-05-09"}]}),
        json!({"destination": "AZ", "citizenship": "GE", "entryDate": "2016-02-18", "exitDate": "2019-09-01", "moves": [{"date": "2019-07-23"}]}),
        json!({"destination": "AZ", "citizenship": "GE", "entryDate": "2026-01-10", "passport": "diplomatic", "permit": {"kind": "temporary", "validUntil": "2027-03-31", "changedOn": "2027-03-05"}}),
        json!({"destination": "AZ", "citizenship": "QA", "entryDate": "2026-02-01", "exitDate": "2026-03-20"}),
        // Russia: housing with a move into a hotel and out (departure), an exempt citizen beyond
        // the window and one moving, Belarus, the e-visa, an overstay in 2025, the 2018 and
        // 2020 notes, a diplomat, no exit date.
        json!({"destination": "RU", "citizenship": "AZ", "entryDate": "2025-10-30", "exitDate": "2026-01-20", "moves": [{"date": "2025-12-01", "accommodation": "hotel"}, {"date": "2025-12-05", "accommodation": "organization"}]}),
        json!({"destination": "RU", "citizenship": "KZ", "entryDate": "2026-03-01", "exitDate": "2026-04-20", "moves": [{"date": "2026-03-20"}]}),
        json!({"destination": "RU", "citizenship": "BY", "entryDate": "2026-03-01"}),
        json!({"destination": "RU", "citizenship": "US", "visa": "e-visa", "entryDate": "2025-09-01", "accommodation": "hotel", "exitDate": "2025-09-20"}),
        json!({"destination": "RU", "citizenship": "UZ", "entryDate": "2025-02-01", "exitDate": "2025-06-30"}),
        json!({"destination": "RU", "citizenship": "TJ", "entryDate": "2018-06-01", "exitDate": "2018-06-10", "birthDate": "2015-01-01"}),
        json!({"destination": "RU", "citizenship": "DE", "visa": "tourist", "entryDate": "2020-04-01", "passport": "diplomatic"}),
        json!({"destination": "RU", "citizenship": "FR", "entryDate": "2026-04-01"}),
    ];
    let errors = [
        json!({"destination": "KZ", "citizenship": "DE", "entryDate": "2026-02-30"}),
        json!({"destination": "KZ", "citizenship": "XX", "entryDate": "2026-02-03"}),
        json!({"destination": "FR", "citizenship": "DE", "entryDate": "2026-02-03"}),
        json!({"destination": "KZ", "citizenship": "DE", "entryDate": 5}),
        json!({"destination": "KZ", "citizenship": "DE", "entryDate": "2026-02-03", "trips": [{"entryDate": "2026-01-01"}]}),
        json!({"destination": "KZ", "citizenship": "KZ", "entryDate": "2026-02-03"}),
        json!({"destination": "KZ", "citizenship": "DE", "entryDate": "2026-02-03", "exitDate": "2036-02-03"}),
        json!({"destination": "KZ", "citizenship": "DE", "entryDate": "2026-02-03", "birthDate": "1880-02-03"}),
        json!({"destination": "AZ", "citizenship": "AZ", "entryDate": "2026-02-03"}),
        json!({"destination": "RU", "citizenship": "RU", "entryDate": "2026-02-03"}),
        json!({"destination": "AZ", "citizenship": "DE", "entryDate": "2026-02-03", "moves": [{"date": "2026-02-05", "sameOwner": "yes"}]}),
        json!({"destination": "AZ", "citizenship": "DE", "entryDate": "2026-02-03", "permit": {"kind": "forever", "validUntil": "2027-01-01"}}),
        json!({"destination": "AZ", "citizenship": "DE", "entryDate": "2026-02-03", "permit": {"kind": "temporary"}}),
        json!({"destination": "AZ", "citizenship": "DE", "entryDate": "2026-02-03", "permit": {"kind": "temporary", "validUntil": "2027-02-30"}}),
        json!({"destination": "AZ", "citizenship": "DE", "entryDate": "2026-02-03", "permit": "yes"}),
    ];
    let _ = i18n::misses::take();
    for lang in ["en", "ru", "kk", "zh"] {
        for s in &scenarios {
            let mut s = s.clone();
            s["lang"] = json!(lang);
            let a = common::eval(s.clone());
            assert_eq!(a.lang.map(Lang::code), Some(lang));
            let text = serde_json::to_string(&a).unwrap();
            assert!(!text.contains("{$"), "{lang}: an unfilled variable in {s}");
        }
        for s in &errors {
            let mut s = s.clone();
            s["lang"] = json!(lang);
            let e = common::eval_err(s);
            assert!(!e.message.contains("{$"), "{lang}: {}", e.message);
            assert!(
                lang == "en" || !e.message.is_ascii(),
                "{lang}: {}",
                e.message
            );
        }
    }
    let misses = i18n::misses::take();
    assert!(
        misses.is_empty(),
        "messages missing from a catalog: {misses:?}"
    );
}

#[test]
fn the_facts_name_no_language_and_word_into_the_same_answer() {
    let s = json!({"destination": "KZ", "citizenship": "DE", "entryDate": "2026-03-06", "exitDate": "2026-04-20", "lang": "ru"});
    let j: tirkeu::json::Json = serde_json::from_value(s.clone()).unwrap();
    let facts = tirkeu::compute_json(&j).unwrap();
    assert_eq!(facts.lang, None);
    let v = serde_json::to_value(&facts).unwrap();
    assert!(v.get("lang").is_none());
    assert_eq!(
        v["obligations"][0]["title"]["id"],
        "kz-host-notification-title"
    );
    assert_eq!(
        v["stay"]["limits"][0]["text"]["args"]["entry"],
        json!({"date": "2026-03-06"})
    );
    let ru = i18n::catalog(Lang::Ru).unwrap();
    let worded = tirkeu::wording::word(&facts, &ru);
    assert_eq!(
        serde_json::to_value(&worded).unwrap(),
        serde_json::to_value(common::eval(s)).unwrap()
    );
}

#[test]
fn a_loaded_catalog_is_used_and_a_broken_one_refused() {
    // zh's catalog, read again from its files and given with `load`: the same answers.
    let texts: Vec<&str> = i18n::embedded_files(Lang::Zh).iter().map(|f| f.1).collect();
    let n = i18n::load(Lang::Zh, &texts.join("\n")).unwrap();
    assert_eq!(n, i18n::catalog(Lang::Zh).unwrap().messages().len());
    let e = i18n::load(Lang::Zh, "a = { -term }").unwrap_err();
    assert!(
        e.to_string().contains("line 1") && e.to_string().contains("terms"),
        "{e}"
    );
    assert!(i18n::catalog(Lang::Zh)
        .unwrap()
        .get(msg::WRONG_TYPE)
        .is_some());
}

#[test]
fn a_message_formats_its_variables() {
    let c = Catalog::parse(Lang::En, &["m = { $a } and { $b }"]).unwrap();
    let m = c.get("m").unwrap();
    let got = c.format(m, &mut |v| {
        (v == "a").then(|| Value {
            text: "x".into(),
            number: None,
        })
    });
    assert_eq!(got, "x and {$b}");
}

#[test]
fn dates_read_naturally() {
    let d = chrono::NaiveDate::from_ymd_opt(2024, 5, 3).unwrap();
    assert_eq!(i18n::date(Lang::En, d), "Fri 3 May 2024");
    assert_eq!(i18n::date(Lang::Ru, d), "пт, 3 мая 2024");
    assert_eq!(i18n::date(Lang::Kk, d), "2024 ж. 3 мамыр, жм");
    assert_eq!(i18n::date(Lang::Zh, d), "2024年5月3日（周五）");
}
