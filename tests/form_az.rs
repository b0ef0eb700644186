//! Azerbaijan's application for registration at the place of stay (src/countries/az/form.rs):
//! its labels and every Azerbaijani letter come out of the PDF as text; what is official and what
//! is tirkeu's reconstruction is visible; values are mapped into Azerbaijani; each details value
//! up to its maximum is printed whole and one more character is refused; the due date is the
//! registration's (hand-worked in docs/research/az.md §8).

use serde_json::{json, Value};
use std::process::Command;
use tirkeu::form::spec::{FormSpec, Text};
use tirkeu::json::Json;
use tirkeu::{Assessment, ErrorCode, Scenario};

fn j(v: Value) -> Json {
    serde_json::from_value(v).expect("test JSON")
}

/// A Georgian citizen, visa-free, in a private flat from Wed 3 Jun to Fri 10 Jul 2026:
/// registration due 3 Jun + 15 = Thu 18 Jun 2026 (docs/research/az.md, C1).
fn scenario(extra: Value) -> (Scenario, Assessment) {
    let mut v = json!({
        "destination": "AZ", "citizenship": "GE", "entryDate": "2026-06-03",
        "exitDate": "2026-07-10", "birthDate": "1990-05-01", "accommodation": "private"
    });
    for (k, x) in extra.as_object().unwrap() {
        v[k] = x.clone();
    }
    let s = tirkeu::scenario::parse(&j(v)).unwrap();
    let a = tirkeu::evaluate(&s).unwrap();
    (s, a)
}

fn spec() -> &'static FormSpec {
    let spec = tirkeu::forms::spec_for("AZ");
    assert_eq!(spec.country, "AZ", "Azerbaijan has its own form");
    spec
}

fn details(v: Value, s: &Scenario) -> tirkeu::form::FormDetails {
    tirkeu::forms::parse_details_for(&j(v), s).unwrap_or_else(|e| panic!("{e}"))
}

fn pdftotext(pdf: &[u8], name: &str) -> Option<String> {
    let dir = std::env::temp_dir().join(format!("tirkeu-form-az-{}", std::process::id()));
    std::fs::create_dir_all(&dir).ok()?;
    let path = dir.join(name);
    std::fs::write(&path, pdf).ok()?;
    let out = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .ok()?;
    assert!(out.status.success(), "pdftotext failed");
    Some(String::from_utf8(out.stdout).unwrap())
}

const FLAT: fn(&str) -> String = |s| s.split_whitespace().collect();

/// The HTML value of the field labelled `label` (its official text): `None` for an empty box.
fn value_of(html: &str, label: &str) -> Option<String> {
    let at = html.find(&format!(r#"<div class="tf-l">{label}<"#))?;
    let rest = &html[at..];
    let v = &rest[rest.find(r#"<div class="tf-v"#)?..];
    let text = &v[v.find('>')? + 1..v.find("</div>")?];
    (!text.is_empty()).then(|| text.to_owned())
}

const DUE: &str = "təqdim etməyin son günü (tirkeu)";

/// Every official text the first sheet prints: heading, title, request line, notice, block
/// titles and notes, labels, footer.
fn printed_texts(spec: &FormSpec) -> Vec<Text> {
    let mut v = vec![spec.title];
    v.extend(
        spec.subtitle
            .iter()
            .chain(&spec.notice)
            .chain(&spec.version),
    );
    for b in spec.pages.iter().flat_map(|p| p.blocks) {
        v.extend(b.title.iter().chain(&b.note));
        v.extend(b.rows.iter().flat_map(|r| r.fields).map(|f| f.label));
    }
    v.extend([spec.chrome.footer, spec.chrome.not_advice]);
    v
}

/// The Azerbaijani letters beyond ASCII, capital and small.
const LETTERS: &str = "ƏəĞğIıİiŞşÇçÖöÜü";

#[test]
fn every_azerbaijani_label_and_letter_comes_out_of_the_pdf_as_text() {
    let spec = spec();
    let texts = printed_texts(spec);
    let all: String = texts.iter().map(|t| t.official).collect();
    // The labels use these letters (ƏRİZƏ-ANKET has the dotted capital İ).
    for c in "Əəğıİşçöü".chars() {
        assert!(all.contains(c), "no {c} in the labels");
    }
    // A value with every letter, capital and small.
    let (caps, small) = ("ƏĞIİŞÇÖÜ", "əğıişçöü");
    for lang in ["en", "zh"] {
        let (s, a) = scenario(json!({ "lang": lang }));
        let d = details(
            json!({ "surname": caps, "givenNames": small, "hostName": LETTERS }),
            &s,
        );
        let pdf = tirkeu::forms::form_pdf(&s, &a, &d);
        let Some(text) = pdftotext(&pdf, &format!("letters-{lang}.pdf")) else {
            eprintln!("poppler missing: not read back");
            return;
        };
        let flat = FLAT(&text);
        for t in &texts {
            assert!(
                flat.contains(&FLAT(t.official)),
                "{lang}: {:?} is not in the PDF's text:\n{text}",
                t.official
            );
        }
        for v in [caps, small, LETTERS] {
            assert!(flat.contains(v), "{lang}: {v} not extracted");
        }
        // The user's language under the labels (Chinese from the Chinese subset).
        let under = if lang == "zh" {
            "其他信息（依官方表格填写）"
        } else {
            "Other information (to be completed as on the official form)"
        };
        assert!(flat.contains(&FLAT(under)), "{lang}: {under}");
    }
}

#[test]
fn the_official_part_and_the_reconstruction_are_told_apart() {
    let spec = spec();
    assert_eq!(spec.lang, "az");
    let blocks: Vec<_> = spec.pages.iter().flat_map(|p| p.blocks).collect();
    // Part 1: items 1.1–1.7, numbered as printed.
    let part1: Vec<&str> = blocks[0]
        .rows
        .iter()
        .flat_map(|r| r.fields)
        .map(|f| f.label.official)
        .collect();
    assert_eq!(part1.len(), 7);
    for (i, l) in part1.iter().enumerate() {
        assert!(l.starts_with(&format!("1.{}. ", i + 1)), "{l}");
    }
    // After 1.7: no item numbers, a note under the title saying whose words these are.
    for b in &blocks[1..] {
        for f in b.rows.iter().flat_map(|r| r.fields) {
            assert!(
                !f.label.official.starts_with(|c: char| c.is_ascii_digit()),
                "{}",
                f.label.official
            );
        }
    }
    let other = blocks[1];
    assert!(other
        .title
        .unwrap()
        .official
        .starts_with("Digər məlumatlar"));
    assert!(other
        .note
        .unwrap()
        .official
        .contains("tirkeu-nun bərpasıdır"));
    // Visible in the HTML, in Azerbaijani and the user's language, and no character boxes.
    let said = [
        ("en", "reconstruction, since the official form"),
        ("ru", "реконструкция tirkeu"),
        ("kk", "tirkeu қалпына келтірген"),
        ("zh", "由 tirkeu 整理"),
    ];
    for (lang, words) in said {
        let (s, a) = scenario(json!({ "lang": lang }));
        let html = tirkeu::forms::form_html(&s, &a, &details(json!(null), &s));
        assert!(html.starts_with(r#"<section class="tirkeu-form" lang="az">"#));
        assert!(html.contains("tirkeu-nun bərpasıdır"), "{lang}");
        assert!(html.contains(words), "{lang}: {words}");
        assert!(html.contains("Rəsmi blank deyil."), "{lang}: the notice");
        assert!(!html.contains("tf-boxes"), "{lang}: no character boxes");
        // The annex heading comes first, then the title.
        let ver = html.find(r#"<p class="tf-ver">"#).unwrap();
        assert!(ver < html.find("ƏRİZƏ-ANKET").unwrap());
    }
}

#[test]
fn values_are_written_in_azerbaijani_and_the_due_date_is_the_registrations() {
    let (s, a) = scenario(json!({ "lang": "en", "passport": "diplomatic" }));
    let html = tirkeu::forms::form_html(
        &s,
        &a,
        &details(json!({ "sex": "M", "arrivedFrom": "Gürcüstan" }), &s),
    );
    assert!(html.contains("diplomatik pasport") && html.contains(">kişi<"));
    assert!(html.contains("Gürcüstan") && html.contains("GE — Georgia"));

    let (s, a) = scenario(json!({ "lang": "ru" }));
    let html = tirkeu::forms::form_html(&s, &a, &details(json!({ "sex": "f" }), &s));
    for v in [
        "ümumvətəndaş pasportu",
        "viza tələb olunmayan qaydada",
        ">qadın<",
        "03.06.2026",
        "10.07.2026",
    ] {
        assert!(html.contains(v), "{v}");
    }
    // Registration due 3 Jun + 15 = 18 Jun 2026 (C1).
    assert_eq!(value_of(&html, DUE).as_deref(), Some("18.06.2026"));
    // An e-visa holder in a hotel, Fri 1 – Sat 30 May 2026: due 1 May + 15 = Sat 16 May (C26).
    let (s, a) = scenario(json!({ "lang": "kk", "citizenship": "DE", "visa": "e-visa",
        "entryDate": "2026-05-01", "exitDate": "2026-05-30", "accommodation": "hotel" }));
    let html = tirkeu::forms::form_html(&s, &a, &details(json!(null), &s));
    assert!(html.contains("elektron viza (ASAN Viza)"));
    assert_eq!(value_of(&html, DUE).as_deref(), Some("16.05.2026"));
    // A stateless person.
    let (s, a) = scenario(json!({ "lang": "zh", "citizenship": "stateless", "visa": "work" }));
    let html = tirkeu::forms::form_html(&s, &a, &details(json!(null), &s));
    assert!(html.contains("vətəndaşlığı olmayan şəxs") && html.contains("əmək vizası"));
    // Leaving on entry + 15 (Thu 18 Jun): a stay of 15 days, not more, so no registration
    // (C7 a) and an empty box.
    let (s, a) = scenario(json!({ "exitDate": "2026-06-18" }));
    let html = tirkeu::forms::form_html(&s, &a, &details(json!(null), &s));
    assert_eq!(value_of(&html, DUE), None);
    assert_eq!(
        value_of(&html, "olma müddəti: sonu").as_deref(),
        Some("18.06.2026")
    );
}

#[test]
fn each_value_up_to_its_maximum_is_printed_whole_and_one_more_is_refused() {
    let spec = spec();
    let (s, a) = scenario(json!({ "lang": "en" }));
    let keys: Vec<&str> = spec.text_keys().collect();
    assert_eq!(
        keys,
        [
            "surname",
            "givenNames",
            "patronymic",
            "arrivedFrom",
            "passportNumber",
            "visaNumber",
            "address",
            "hostName",
            "hostId",
            "hostPhone",
            "hostAddress"
        ]
    );
    for k in keys {
        let max = tirkeu::form::max_len_in(spec, k);
        let v: String = "Ağayev Şəki-Göyçay Ünal 12 "
            .chars()
            .cycle()
            .take(max - 1)
            .collect::<String>()
            + "x";
        let d = details(json!({ k: v }), &s);
        let html = tirkeu::forms::form_html(&s, &a, &d);
        assert!(html.contains(&v), "{k} not whole in the HTML");
        let pdf = tirkeu::forms::form_pdf(&s, &a, &d);
        if let Some(text) = pdftotext(&pdf, &format!("max-{k}.pdf")) {
            assert!(FLAT(&text).contains(&FLAT(&v)), "{k} not whole in the PDF");
        }
        let e = tirkeu::forms::parse_details_for(&j(json!({ k: format!("{v}y") })), &s)
            .expect_err("one more is refused");
        assert_eq!(
            (e.code, e.field.as_str()),
            (ErrorCode::OutOfRange, format!("details.{k}").as_str()),
            "{e}"
        );
    }
    // The receiving party's number is free text here (FİN, an identity card or a VÖEN), not
    // Kazakhstan's 12 digits.
    let d = details(json!({ "hostId": "AZE 12345678" }), &s);
    assert_eq!(d.host_id.as_deref(), Some("AZE 12345678"));
}
