//! Russia's notification of arrival at the place of stay (src/countries/ru/form.rs): its labels
//! come out of the PDF as text; the two sheets, both sides, the tear-off part after its cut
//! line; each boxed value fills exactly its boxes, one more character is refused; the tear-off
//! part repeats the person and the address; the version line follows the entry date; the due
//! date is the notification's (hand-worked in docs/research/ru.md §8); what is tirkeu's reading
//! is marked.

use serde_json::{json, Value};
use std::process::Command;
use tirkeu::form::spec::{FormSpec, Text};
use tirkeu::json::Json;
use tirkeu::{Assessment, ErrorCode, Scenario};

fn j(v: Value) -> Json {
    serde_json::from_value(v).expect("test JSON")
}

/// A German citizen on a tourist visa in a private flat, entry Fri 14 Mar 2025, exit Thu
/// 10 Apr 2025: the host's notification is due Tue 25 Mar 2025 (ru.md §8 case 1: Sat 15, Sun
/// 16 weekend; Mon 17 = 1 … Fri 21 = 5; Sat 22, Sun 23 weekend; Mon 24 = 6, Tue 25 = 7).
fn scenario(extra: Value) -> (Scenario, Assessment) {
    let mut v = json!({
        "destination": "RU", "citizenship": "DE", "entryDate": "2025-03-14",
        "exitDate": "2025-04-10", "birthDate": "1990-05-01", "accommodation": "private",
        "visa": "tourist"
    });
    for (k, x) in extra.as_object().unwrap() {
        v[k] = x.clone();
    }
    let s = tirkeu::scenario::parse(&j(v)).unwrap();
    let a = tirkeu::evaluate(&s).unwrap();
    (s, a)
}

fn spec() -> &'static FormSpec {
    let spec = tirkeu::forms::spec_for("RU");
    assert_eq!(spec.country, "RU", "Russia has its own form");
    spec
}

fn details(v: Value, s: &Scenario) -> tirkeu::form::FormDetails {
    tirkeu::forms::parse_details_for(&j(v), s).unwrap_or_else(|e| panic!("{e}"))
}

fn full() -> Value {
    json!({
        "surname": "Мюллер", "surnameLatin": "MUELLER", "givenNames": "Юрген",
        "givenNamesLatin": "JUERGEN", "sex": "M", "passportNumber": "C01X00T47",
        "passportIssueDate": "2020-01-15", "passportExpiry": "2030-01-14",
        "visaNumber": "123456789", "visaExpiry": "2025-05-30",
        "migrationCardSeries": "4617", "migrationCardNumber": "1234567",
        "address": "г. Москва, ул. Тверская, д. 7, кв. 12",
        "hostSurname": "Иванова", "hostGivenNames": "Анна", "hostPatronymic": "Сергеевна",
        "hostPhone": "9161234567", "hostAddress": "г. Москва, ул. Тверская, д. 7, кв. 12"
    })
}

/// Keeps the PDFs and HTML to look at in test-artifacts/.
#[test]
fn pdfs_to_look_at() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("test-artifacts");
    std::fs::create_dir_all(&dir).unwrap();
    for lang in ["ru", "zh", "en", "kk"] {
        let (s, a) = scenario(json!({ "lang": lang }));
        let d = details(full(), &s);
        std::fs::write(
            dir.join(format!("form-ru-{lang}.pdf")),
            tirkeu::forms::form_pdf(&s, &a, &d),
        )
        .unwrap();
        let html = tirkeu::forms::form_html(&s, &a, &d);
        std::fs::write(
            dir.join(format!("form-ru-{lang}.html")),
            format!(
                "<!doctype html><meta charset=utf-8><style>{}</style>{html}",
                tirkeu::form::FORM_CSS
            ),
        )
        .unwrap();
    }
}
