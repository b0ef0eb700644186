//! The pre-filled arrival notification: details parsing, HTML (escaping, blanks, dates,
//! languages) and the PDF (structure; text extracted with poppler's `pdftotext`).

use serde_json::{json, Value};
use tirkeu::form::{self, FormDetails, Sex};
use tirkeu::json::Json;
use tirkeu::{Assessment, ErrorCode, Scenario};

fn j(v: Value) -> Json {
    serde_json::from_value(v).expect("test JSON")
}

fn scenario(extra: Value) -> (Scenario, Assessment) {
    let mut v = json!({
        "destination": "KZ", "citizenship": "DE", "entryDate": "2026-03-06",
        "exitDate": "2026-03-28", "birthDate": "1990-05-01", "accommodation": "private"
    });
    for (k, x) in extra.as_object().unwrap() {
        v[k] = x.clone();
    }
    let s = tirkeu::scenario::parse(&j(v)).unwrap();
    let a = tirkeu::evaluate(&s).unwrap();
    (s, a)
}

fn details(v: Value) -> FormDetails {
    form::parse_details(&j(v)).unwrap_or_else(|e| panic!("{e}"))
}

fn details_err(v: Value) -> tirkeu::InputError {
    match form::parse_details(&j(v.clone())) {
        Ok(d) => panic!("{v}: expected an error, got {d:?}"),
        Err(e) => e,
    }
}

fn full() -> Value {
    json!({
        "surname": "Құрманғазыұлы", "givenNames": "Әлихан", "patronymic": "Іңкәр",
        "birthDate": "1990-05-01", "sex": "M", "passportNumber": "N12345678",
        "passportIssueDate": "2020-01-15", "passportExpiry": "2030-01-14",
        "visaNumber": "", "purpose": "Туризм / tourism", "checkpoint": "Алматы (аэропорт)",
        "address": "г. Алматы, ул. Абая, д. 150, кв. 12",
        "hostName": "Müller-Lüdenscheidt Jürgen", "hostId": "900101 300123", "hostPhone": "+7 701 234 56 78",
        "hostAddress": "г. Астана, пр. Мангилик Ел, 55",
        "children": [{ "name": "Ғалия Құрманғазы", "birthDate": "2015-07-30", "passportNumber": "N7654321" }]
    })
}

#[test]
fn details_are_read_and_cleaned() {
    let d = details(full());
    assert_eq!(d.surname.as_deref(), Some("Құрманғазыұлы"));
    assert_eq!(d.sex, Some(Sex::M));
    assert_eq!(d.host_id.as_deref(), Some("900101300123"));
    assert_eq!(d.visa_number, None, "an empty string is no value");
    assert_eq!(d.children.len(), 1);
    assert_eq!(
        d.children[0].birth_date,
        chrono::NaiveDate::from_ymd_opt(2015, 7, 30)
    );
    // null and {} are no details; control characters go, line breaks become spaces.
    assert_eq!(details(json!(null)), FormDetails::default());
    assert_eq!(details(json!({})), FormDetails::default());
    let d = details(json!({ "address": "ул. Абая\u{0007}, 150\r\nкв.\t12\u{202E}", "sex": "f" }));
    assert_eq!(d.address.as_deref(), Some("ул. Абая, 150 кв. 12"));
    assert_eq!(d.sex, Some(Sex::F));
}

#[test]
fn details_errors_name_their_field() {
    let cases: Vec<(Value, ErrorCode, &str)> = vec![
        (json!("Müller"), ErrorCode::WrongType, "details"),
        (json!([1]), ErrorCode::WrongType, "details"),
        (
            json!({ "surname": 42 }),
            ErrorCode::WrongType,
            "details.surname",
        ),
        (
            json!({ "givenNames": true }),
            ErrorCode::WrongType,
            "details.givenNames",
        ),
        (
            json!({ "birthDate": "2026-02-30" }),
            ErrorCode::InvalidDate,
            "details.birthDate",
        ),
        (
            json!({ "passportExpiry": "14.01.2030" }),
            ErrorCode::InvalidDate,
            "details.passportExpiry",
        ),
        (
            json!({ "sex": "X" }),
            ErrorCode::UnknownValue,
            "details.sex",
        ),
        (
            json!({ "hostId": "12345" }),
            ErrorCode::UnknownValue,
            "details.hostId",
        ),
        (
            json!({ "hostId": "12345678901a" }),
            ErrorCode::UnknownValue,
            "details.hostId",
        ),
        (
            json!({ "address": "x".repeat(201) }),
            ErrorCode::OutOfRange,
            "details.address",
        ),
        (
            json!({ "surname": "王" }),
            ErrorCode::OutOfRange,
            "details.surname",
        ),
        (
            json!({ "purpose": "旅游" }),
            ErrorCode::OutOfRange,
            "details.purpose",
        ),
        (
            json!({ "children": {} }),
            ErrorCode::WrongType,
            "details.children",
        ),
        (
            json!({ "children": [{}, 3] }),
            ErrorCode::WrongType,
            "details.children[1]",
        ),
        (
            json!({ "children": [{ "name": 5 }] }),
            ErrorCode::WrongType,
            "details.children[0].name",
        ),
        (
            json!({ "children": [{ "birthDate": "2015-13-01" }] }),
            ErrorCode::InvalidDate,
            "details.children[0].birthDate",
        ),
        (
            json!({ "children": vec![json!({ "name": "A" }); 6] }),
            ErrorCode::OutOfRange,
            "details.children",
        ),
    ];
    for (v, code, field) in cases {
        let e = details_err(v.clone());
        assert_eq!((e.code, e.field.as_str()), (code, field), "{v}: {e}");
        assert!(e.message.len() > 10, "{e}");
    }
    // 200 characters are fine, 201 are not.
    assert!(form::parse_details(&j(json!({ "address": "ж".repeat(200) }))).is_ok());
    let e = details_err(json!({ "surname": "李小龍" }));
    assert!(
        e.message
            .contains("write the name as in the passport, in Latin or Cyrillic letters"),
        "{}",
        e.message
    );
}

#[test]
fn html_fills_values_as_dd_mm_yyyy_and_leaves_blanks() {
    let (s, a) = scenario(json!({}));
    let html = form::form_html(&s, &a, &details(full()));
    assert!(
        html.starts_with(r#"<section class="tirkeu-form" lang="ru">"#)
            && html.ends_with("</section>")
    );
    for v in [
        "Құрманғазыұлы",
        "Әлихан",
        "Іңкәр",
        "N12345678",
        "01.05.1990",
        "15.01.2020",
        "14.01.2030",
        "06.03.2026",
        "28.03.2026",
        "900101300123",
        "Ғалия Құрманғазы",
        "30.07.2015",
        "DE — Germany",
    ] {
        assert!(html.contains(v), "{v} missing");
    }
    // The host notification is due on the 3rd working day: Wed 11 March 2026.
    assert!(html.contains("11.03.2026"));
    assert!(!html.contains("2026-03-06"), "dates print as DD.MM.YYYY");
    // The sex and the accommodation are ticked; the form says it is not the official layout.
    assert_eq!(
        html.matches(r#"tf-cb tf-on"#).count(),
        3,
        "male, private home, individual"
    );
    assert!(html.contains("Не официальный бланк") && html.contains("vmp.gov.kz"));
    assert!(html.contains("Not the official form"));

    // Without details: the scenario's values only, every other field an empty box.
    let empty = form::form_html(&s, &a, &FormDetails::default());
    assert!(empty.contains("06.03.2026") && empty.contains("01.05.1990"));
    let blanks = empty.matches("tf-empty").count();
    assert!(blanks >= 20, "{blanks} empty boxes");
    assert!(blanks > html.matches("tf-empty").count());
    assert_eq!(
        empty.matches(r#"tf-cb tf-on"#).count(),
        2,
        "sex unknown: not ticked"
    );
}

#[test]
fn html_escapes_hostile_text() {
    let (s, a) = scenario(json!({}));
    let evil = r#"<script>alert("x")</script> & 'quote' "dq" <img src=x onerror=alert(1)>"#;
    let d =
        details(json!({ "surname": evil, "address": evil, "hostName": evil, "purpose": "a&b" }));
    let html = form::form_html(&s, &a, &d);
    assert!(
        !html.contains("<script") && !html.contains("<img"),
        "{html}"
    );
    assert!(
        html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quote&#39;")
    );
    assert!(html.contains("a&amp;b"));
    assert_eq!(form::escape_html(r#"<>&"'"#), "&lt;&gt;&amp;&quot;&#39;");
    // No inline styles or scripts: the page's Content-Security-Policy forbids them.
    assert!(!html.contains("style=") && !html.contains("<script"));
}

#[test]
fn html_labels_are_russian_with_the_users_language_underneath() {
    let d = FormDetails::default();
    let html = |lang: &str| {
        let (s, a) = scenario(json!({ "lang": lang }));
        form::form_html(&s, &a, &d)
    };
    let (ru, en, kk, zh) = (html("ru"), html("en"), html("kk"), html("zh"));
    for h in [&ru, &en, &kk, &zh] {
        assert!(
            h.contains("Фамилия") && h.contains("Принимающая сторона") && h.contains("ИИН / БИН")
        );
    }
    assert!(!ru.contains("tf-u"), "Russian: nothing underneath");
    assert!(en.contains(r#"<span class="tf-u" lang="en">Surname</span>"#));
    assert!(kk.contains(r#"<span class="tf-u" lang="kk">Тегі</span>"#));
    assert!(zh.contains(r#"<span class="tf-u" lang="zh">姓</span>"#));
    // Every label has all four languages.
    for l in form::labels::ALL {
        assert!(
            !l.ru.is_empty() && !l.en.is_empty() && !l.kk.is_empty() && !l.zh.is_empty(),
            "{l:?}"
        );
    }
}

#[test]
fn html_fits_a4_with_its_css() {
    let css = form::FORM_CSS;
    assert!(css.contains("@page") && css.contains("A4"));
    assert!(css.contains("break-inside: avoid"));
    assert!(!css.contains("</style"), "the CSS can be embedded safely");
    // Every class the fragment uses is styled.
    let (s, a) = scenario(json!({ "lang": "en" }));
    let html = form::form_html(&s, &a, &details(full()));
    let mut classes: Vec<&str> = html
        .split(r#"class=""#)
        .skip(1)
        .flat_map(|rest| rest.split('"').next().unwrap_or("").split(' '))
        .collect();
    classes.sort_unstable();
    classes.dedup();
    for c in classes {
        assert!(css.contains(&format!(".{c}")), "class {c} has no CSS");
    }
}

#[test]
fn hotel_and_organisation_tick_legal_entity_and_a_missing_exit_stays_blank() {
    let (s, a) = scenario(json!({ "accommodation": "hotel", "exitDate": null, "visa": "tourist" }));
    let html = form::form_html(&s, &a, &FormDetails::default());
    let ticked: Vec<&str> = html
        .split(r#"tf-cb tf-on">X</span>"#)
        .skip(1)
        .map(|r| r.split('<').next().unwrap_or(""))
        .collect();
    assert_eq!(ticked, vec!["гостиница", "юр. лицо"]);
    assert!(html.contains("туристическая"));
    assert!(
        html.contains(r#"aria-label="по""#),
        "no exit date: the 'until' box is empty"
    );
}

fn pdftotext(pdf: &[u8], name: &str) -> Option<String> {
    let dir = std::env::temp_dir().join(format!("tirkeu-form-{}", std::process::id()));
    std::fs::create_dir_all(&dir).ok()?;
    let path = dir.join(name);
    std::fs::write(&path, pdf).ok()?;
    let out = match std::process::Command::new("pdftotext")
        .arg("-enc")
        .arg("UTF-8")
        .arg(&path)
        .arg("-")
        .output()
    {
        Ok(o) => o,
        Err(_) => {
            eprintln!("pdftotext not found: text extraction not checked");
            return None;
        }
    };
    assert!(
        out.status.success(),
        "pdftotext: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(String::from_utf8(out.stdout).unwrap())
}

#[test]
fn pdf_is_one_a4_page_with_the_font_embedded() {
    let (s, a) = scenario(json!({}));
    let pdf = form::form_pdf(&s, &a, &details(full()));
    assert!(pdf.starts_with(b"%PDF-"));
    assert!(pdf.ends_with(b"%%EOF") || pdf.ends_with(b"%%EOF\n"));
    let text = String::from_utf8_lossy(&pdf);
    assert_eq!(
        text.matches("/Type /Page\n").count()
            + text.matches("/Type /Page/").count()
            + text.matches("/Type /Page ").count(),
        1,
        "one page"
    );
    assert!(text.contains("/MediaBox [0 0 595.276 841.89]"));
    for k in [
        "/Subtype /Type0",
        "/Identity-H",
        "/CIDFontType2",
        "/FontFile2",
        "/ToUnicode",
        "/CIDToGIDMap /Identity",
        "/W [",
    ] {
        assert!(text.contains(k), "{k}");
    }
    assert!(pdf.len() < 80_000, "{} bytes", pdf.len());
    // Deterministic.
    assert_eq!(pdf, form::form_pdf(&s, &a, &details(full())));
}

#[test]
fn pdf_text_extracts_every_value_including_kazakh_letters() {
    for lang in ["en", "ru", "kk", "zh"] {
        let (s, a) = scenario(json!({ "lang": lang }));
        let pdf = form::form_pdf(&s, &a, &details(full()));
        let Some(text) = pdftotext(&pdf, &format!("full-{lang}.pdf")) else {
            return;
        };
        for v in [
            "Құрманғазыұлы",
            "Әлихан",
            "Іңкәр",
            "N12345678",
            "01.05.1990",
            "15.01.2020",
            "14.01.2030",
            "06.03.2026",
            "28.03.2026",
            "11.03.2026",
            "900101300123",
            "Müller-Lüdenscheidt Jürgen",
            "Ғалия Құрманғазы",
            "30.07.2015",
            "N7654321",
            "+7 701 234 56 78",
            "Уведомление о прибытии",
            "Не официальный бланк",
            "Фамилия",
        ] {
            assert!(text.contains(v), "{lang}: {v} not extracted from:\n{text}");
        }
        match lang {
            "en" | "zh" => assert!(
                text.contains("Surname") && text.contains("Not the official form"),
                "{lang}"
            ),
            "kk" => assert!(
                text.contains("Тегі") && text.contains("Ресми бланк емес"),
                "{lang}"
            ),
            _ => assert!(!text.contains("Surname")),
        }
    }
    // Capitals and small letters of every Kazakh-specific letter.
    let (s, a) = scenario(json!({}));
    let kz = "ӘәҒғҚқҢңӨөҰұҮүҺһІі";
    let pdf = form::form_pdf(
        &s,
        &a,
        &details(json!({ "surname": kz, "givenNames": "Smith-O'Brien É" })),
    );
    if let Some(text) = pdftotext(&pdf, "kazakh.pdf") {
        assert!(text.contains(kz), "{text}");
        assert!(
            text.contains("Smith-O'Brien É") || text.contains("Smith-O’Brien É"),
            "{text}"
        );
    }
}

#[test]
fn pdf_of_an_empty_form_and_the_longest_values() {
    let (s, a) = scenario(json!({ "citizenship": "stateless", "lang": "kk" }));
    let empty = form::form_pdf(&s, &a, &FormDetails::default());
    if let Some(text) = pdftotext(&empty, "empty.pdf") {
        assert!(
            text.contains("лицо без гражданства") && text.contains("06.03.2026"),
            "{text}"
        );
    }
    let long = "Алматы ".repeat(28) + "д. 1";
    let d = details(json!({ "address": long, "surname": "W".repeat(200) }));
    let pdf = form::form_pdf(&s, &a, &d);
    if let Some(text) = pdftotext(&pdf, "long.pdf") {
        let words = text.split_whitespace().filter(|w| *w == "Алматы").count();
        assert_eq!(words, 28, "the whole long address is printed (wrapped)");
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
    /// Any text in any field either is refused with a details.* error or gives a form,
    /// never a panic; the HTML never carries a raw `<` from the input.
    #[test]
    fn any_text_is_refused_or_printed(
        a in "\\PC{0,220}",
        b in "[a-zA-Zа-яА-ЯәғқңөұүһіӘҒҚҢӨҰҮҺІ<>&\"' \\t\\n\\u{0}-\\u{1f}\\u{202e}]{0,230}",
        key in proptest::sample::select(vec!["surname", "address", "hostName", "purpose", "hostPhone"]),
    ) {
        let (s, asm) = scenario(json!({ "lang": "kk" }));
        for v in [a, b] {
            match form::parse_details(&j(json!({ key: v.clone(), "children": [{ "name": v }] }))) {
                Err(e) => proptest::prop_assert!(e.field.starts_with("details."), "{e}"),
                Ok(d) => {
                    let html = form::form_html(&s, &asm, &d);
                    let body = html.replace("<section", "").replace("</", "");
                    proptest::prop_assert!(!body.contains("<script"));
                    let pdf = form::form_pdf(&s, &asm, &d);
                    proptest::prop_assert!(pdf.starts_with(b"%PDF-"));
                }
            }
        }
    }
}
