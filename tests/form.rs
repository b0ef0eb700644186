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
    tirkeu::forms::parse_details(&j(v)).unwrap_or_else(|e| panic!("{e}"))
}

fn details_err(v: Value) -> tirkeu::InputError {
    match tirkeu::forms::parse_details(&j(v.clone())) {
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
    assert!(tirkeu::forms::parse_details(&j(json!({ "address": "ж".repeat(200) }))).is_ok());
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
    let html = tirkeu::forms::form_html(&s, &a, &details(full()));
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
    let empty = tirkeu::forms::form_html(&s, &a, &FormDetails::default());
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
    let html = tirkeu::forms::form_html(&s, &a, &d);
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
        tirkeu::forms::form_html(&s, &a, &d)
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
    // Every label has all four languages (from the form's catalogs now, not a table in Rust).
    let spec = tirkeu::forms::spec_for("KZ");
    let mut ids = vec![spec.title.id];
    for p in spec.pages {
        for b in p.blocks {
            ids.extend(b.title.map(|t| t.id));
            for f in b.rows.iter().flat_map(|r| r.fields) {
                ids.push(f.label.id);
                if let form::spec::Kind::Choice(opts) = f.kind {
                    ids.extend(opts.iter().map(|o| o.label.id));
                }
            }
        }
    }
    assert!(ids.len() > 40, "{}", ids.len());
    for lang in tirkeu::i18n::Lang::ALL {
        for id in &ids {
            assert!(
                form::catalog_text(spec, lang, id).is_some_and(|t| !t.is_empty()),
                "{id} in {lang:?}"
            );
        }
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
    let html = tirkeu::forms::form_html(&s, &a, &details(full()));
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
    let html = tirkeu::forms::form_html(&s, &a, &FormDetails::default());
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
    let pdf = tirkeu::forms::form_pdf(&s, &a, &details(full()));
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
    assert_eq!(pdf, tirkeu::forms::form_pdf(&s, &a, &details(full())));
}

#[test]
fn pdf_text_extracts_every_value_including_kazakh_letters() {
    for lang in ["en", "ru", "kk", "zh"] {
        let (s, a) = scenario(json!({ "lang": lang }));
        let pdf = tirkeu::forms::form_pdf(&s, &a, &details(full()));
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
            "en" => assert!(
                text.contains("Surname") && text.contains("Not the official form"),
                "{lang}"
            ),
            // Chinese under the Russian, from the Chinese subset font, as extractable text
            // (before issue 11 the PDF printed English here).
            "zh" => {
                let flat: String = text.split_whitespace().collect();
                for l in [
                    "外国人或无国籍人抵达通知",
                    "非官方表格。",
                    "姓",
                    "父称（如有）",
                    "个人识别号／企业识别号",
                    "临时居住地址（州、市、街道、楼号、房号）",
                    "仅供参考，不构成法律意见。",
                ] {
                    assert!(flat.contains(l), "{lang}: {l} not extracted from:\n{text}");
                }
                assert!(!text.contains("Surname"), "{lang}");
                let pdf = String::from_utf8_lossy(&pdf);
                assert!(pdf.contains("/F2 ") && pdf.contains("/BaseFont /NotoSansSC-Regular"));
            }
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
    let pdf = tirkeu::forms::form_pdf(
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
    let empty = tirkeu::forms::form_pdf(&s, &a, &FormDetails::default());
    if let Some(text) = pdftotext(&empty, "empty.pdf") {
        assert!(
            text.contains("лицо без гражданства") && text.contains("06.03.2026"),
            "{text}"
        );
    }
    let long = "Алматы ".repeat(28) + "д. 1";
    let d = details(
        json!({ "address": long, "surname": "W".repeat(tirkeu::forms::max_len("surname")) }),
    );
    let pdf = tirkeu::forms::form_pdf(&s, &a, &d);
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
            match tirkeu::forms::parse_details(&j(json!({ key: v.clone(), "children": [{ "name": v }] }))) {
                Err(e) => proptest::prop_assert!(e.field.starts_with("details."), "{e}"),
                Ok(d) => {
                    let html = tirkeu::forms::form_html(&s, &asm, &d);
                    let body = html.replace("<section", "").replace("</", "");
                    proptest::prop_assert!(!body.contains("<script"));
                    let pdf = tirkeu::forms::form_pdf(&s, &asm, &d);
                    proptest::prop_assert!(pdf.starts_with(b"%PDF-"));
                }
            }
        }
    }
}

// ---- Every accepted value is printed whole (issue 12, point 4). ----

/// The text a PDF shows, as its text objects (`BT` … `ET`, one drawn line each: the `Tj`
/// operations in it joined) page by page, decoded through the ToUnicode map of the font each
/// is shown in: a small extractor for the PDFs `form_pdf` writes (uncompressed content
/// streams, CID fonts with two-byte codes: `/F1` Latin and Cyrillic, `/F2` the Chinese labels;
/// their ToUnicode maps come in that order).
fn pdf_text_ops(pdf: &[u8]) -> Vec<Vec<String>> {
    let text = String::from_utf8_lossy(pdf);
    // The ToUnicode maps, one per font: <glyph> <UTF-16> pairs.
    let mut maps = Vec::new();
    for cmap in text.split("begincmap").skip(1) {
        let cmap = cmap.split("endcmap").next().unwrap();
        let mut map = std::collections::HashMap::new();
        for section in cmap.split("beginbfchar").skip(1) {
            let section = section.split("endbfchar").next().unwrap();
            for line in section.lines().filter(|l| l.starts_with('<')) {
                let parts: Vec<&str> = line
                    .split(['<', '>', ' '])
                    .filter(|s| !s.is_empty())
                    .collect();
                let g = u16::from_str_radix(parts[0], 16).unwrap();
                let units: Vec<u16> = (0..parts[1].len() / 4)
                    .map(|i| u16::from_str_radix(&parts[1][4 * i..4 * i + 4], 16).unwrap())
                    .collect();
                map.insert(g, String::from_utf16(&units).unwrap());
            }
        }
        maps.push(map);
    }
    let find = |hay: &[u8], needle: &[u8], from: usize| -> Option<usize> {
        hay[from..]
            .windows(needle.len())
            .position(|w| w == needle)
            .map(|p| p + from)
    };
    let mut pages = Vec::new();
    let mut at = 0;
    while let Some(p) = find(pdf, b"/Contents ", at) {
        at = p + 10;
        let n: String = pdf[at..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .map(|&c| char::from(c))
            .collect();
        let obj = find(pdf, format!("\n{n} 0 obj").as_bytes(), 0).expect("content object");
        let start = find(pdf, b"stream\n", obj).unwrap() + 7;
        let end = find(pdf, b"\nendstream", start).unwrap();
        let s = &pdf[start..end];
        let mut ops = Vec::new();
        let (mut font, mut line) = (0usize, String::new());
        let mut i = 0;
        while i < s.len() {
            let bytes = match s[i] {
                b'(' => {
                    let mut out = Vec::new();
                    let mut depth = 1;
                    i += 1;
                    while depth > 0 {
                        match s[i] {
                            b'\\' => {
                                i += 1;
                                match s[i] {
                                    b'n' => out.push(b'\n'),
                                    b'r' => out.push(b'\r'),
                                    b't' => out.push(b'\t'),
                                    b'b' => out.push(8),
                                    b'f' => out.push(12),
                                    b'0'..=b'7' => {
                                        let mut v = 0u32;
                                        let mut k = 0;
                                        while k < 3 && (b'0'..=b'7').contains(&s[i]) {
                                            v = v * 8 + u32::from(s[i] - b'0');
                                            i += 1;
                                            k += 1;
                                        }
                                        i -= 1;
                                        out.push(v as u8);
                                    }
                                    c => out.push(c),
                                }
                            }
                            b'(' => {
                                depth += 1;
                                out.push(b'(');
                            }
                            b')' => {
                                depth -= 1;
                                if depth > 0 {
                                    out.push(b')');
                                }
                            }
                            c => out.push(c),
                        }
                        i += 1;
                    }
                    Some(out)
                }
                b'<' => {
                    let close = i + s[i..].iter().position(|&b| b == b'>').unwrap();
                    let hex = std::str::from_utf8(&s[i + 1..close]).unwrap();
                    let hex: String = hex.split_whitespace().collect();
                    i = close + 1;
                    Some(
                        (0..hex.len() / 2)
                            .map(|k| u8::from_str_radix(&hex[2 * k..2 * k + 2], 16).unwrap())
                            .collect(),
                    )
                }
                b'/' if s[i..].starts_with(b"/F") => {
                    font = usize::from(s[i + 2] - b'1');
                    i += 3;
                    None
                }
                b'E' if s[i..].starts_with(b"ET") && (i == 0 || s[i - 1].is_ascii_whitespace()) => {
                    ops.push(std::mem::take(&mut line));
                    i += 2;
                    None
                }
                _ => {
                    i += 1;
                    None
                }
            };
            if let Some(b) = bytes {
                let rest = std::str::from_utf8(&s[i..(i + 4).min(s.len())]).unwrap_or("");
                if rest.trim_start().starts_with("Tj") {
                    line.extend(
                        b.chunks(2)
                            .map(|g| maps[font][&u16::from_be_bytes([g[0], g[1]])].clone()),
                    );
                }
            }
        }
        pages.push(ops);
    }
    pages
}

/// Whether `v` is drawn whole: a run of consecutive lines that, joined at the spaces where
/// they were wrapped (or with nothing, where a word was cut), gives `v` exactly.
fn drawn_whole(pages: &[Vec<String>], v: &str) -> bool {
    let ops: Vec<&String> = pages.iter().flatten().collect();
    (0..ops.len()).any(|i| {
        let mut pos = 0;
        for op in &ops[i..] {
            if op.is_empty() || !v[pos..].starts_with(op.as_str()) {
                return false;
            }
            pos += op.len();
            if pos == v.len() {
                return true;
            }
            if v[pos..].starts_with(' ') {
                pos += 1;
            }
        }
        false
    })
}

/// Every value of the details as the form prints it.
fn values(d: &FormDetails) -> Vec<String> {
    let mut v: Vec<String> = [
        &d.surname,
        &d.given_names,
        &d.patronymic,
        &d.passport_number,
        &d.visa_number,
        &d.purpose,
        &d.checkpoint,
        &d.address,
        &d.host_name,
        &d.host_id,
        &d.host_phone,
        &d.host_address,
        &d.host_contact,
    ]
    .into_iter()
    .flatten()
    .cloned()
    .collect();
    for c in &d.children {
        v.extend(c.name.clone());
        v.extend(c.passport_number.clone());
        v.extend(c.birth_date.map(form::dmy));
    }
    for date in [
        d.birth_date,
        d.passport_issue_date,
        d.passport_expiry,
        d.visa_expiry,
    ] {
        v.extend(date.map(form::dmy));
    }
    v
}

/// Checks every value is whole in the HTML and in the PDF; returns the PDF.
fn assert_printed_whole(lang: &str, d: &FormDetails) -> Vec<u8> {
    let (s, a) = scenario(json!({ "lang": lang, "accommodation": "organization" }));
    let html = tirkeu::forms::form_html(&s, &a, d);
    let pdf = tirkeu::forms::form_pdf(&s, &a, d);
    let pages = pdf_text_ops(&pdf);
    for v in values(d) {
        assert!(
            html.contains(&form::escape_html(&v)),
            "{lang}: {v:?} not whole in the HTML"
        );
        assert!(
            drawn_whole(&pages, &v),
            "{lang}: {v:?} not whole in the PDF: {pages:?}"
        );
    }
    pdf
}

/// Every text field of the details the Kazakh form reads (from its table of maximum lengths).
fn text_fields() -> Vec<&'static str> {
    tirkeu::forms::spec_for("KZ").text_keys().collect()
}

#[test]
fn the_extractor_reads_what_pdftotext_reads() {
    let (s, a) = scenario(json!({ "lang": "kk" }));
    let d = details(full());
    let pdf = tirkeu::forms::form_pdf(&s, &a, &d);
    let pages = pdf_text_ops(&pdf);
    assert_eq!(pages.len(), 1);
    assert!(
        drawn_whole(&pages, "Құрманғазыұлы") && drawn_whole(&pages, "Müller-Lüdenscheidt Jürgen")
    );
    assert!(!drawn_whole(&pages, "Құрманғазыұлы Х") && !drawn_whole(&pages, "nothing like this"));
    if let Some(text) = pdftotext(&pdf, "extractor.pdf") {
        let theirs: String = text.split_whitespace().collect();
        for op in &pages[0] {
            let ours: String = op.split_whitespace().collect();
            assert!(
                theirs.contains(&ours),
                "{ours:?} is not in pdftotext's text"
            );
        }
    }
}

#[test]
fn each_field_at_its_maximum_is_printed_whole_and_one_more_is_refused() {
    // A realistic text for each field, cut or repeated to the field's maximum.
    let sample = |k: &str, n: usize| -> String {
        let base = match k {
            "passportNumber" | "children[].passportNumber" => "N 1234567 AB ".to_owned(),
            "visaNumber" => "KZ-E-2026-0001234 ".to_owned(),
            "hostPhone" => "+7 701 234 56 78, +7 727 ".to_owned(),
            "hostId" => "9001 0130 0123 ".to_owned(),
            _ => "Wałęsa-Dvořák Məmmədov Алматы, ул. Абая 150 ".to_owned(),
        };
        let s: String = base.chars().cycle().take(n).collect();
        // No trailing space: it would be trimmed, and the value would be one shorter.
        s.trim_end().to_owned() + &"x".repeat(n - s.trim_end().chars().count())
    };
    for k in text_fields()
        .into_iter()
        .chain(["children[].name", "children[].passportNumber"])
    {
        let max = tirkeu::forms::max_len(k);
        let body = |v: String| match k.strip_prefix("children[].") {
            Some(c) => json!({ "children": [{ c: v }] }),
            None => json!({ k: v }),
        };
        let field = match k.strip_prefix("children[].") {
            Some(c) => format!("details.children[0].{c}"),
            None => format!("details.{k}"),
        };
        if k == "hostId" {
            // 12 digits, however spaced, up to the maximum; then one character too many.
            let spaced = |n: usize| format!("{:-<n$}", "900101300123");
            let d = details(body(spaced(max)));
            assert_eq!(d.host_id.as_deref(), Some("900101300123"));
            assert_printed_whole("ru", &d);
            let e = details_err(body(spaced(max + 1)));
            assert_eq!(
                (e.code, e.field.as_str()),
                (ErrorCode::OutOfRange, field.as_str()),
                "{e}"
            );
            continue;
        }
        let d = details(body(sample(k, max)));
        for lang in ["en", "ru", "kk", "zh"] {
            assert_printed_whole(lang, &d);
        }
        let e = details_err(body(sample(k, max + 1)));
        assert_eq!(
            (e.code, e.field.as_str()),
            (ErrorCode::OutOfRange, field.as_str()),
            "{e}"
        );
        assert!(e.message.contains(&max.to_string()), "{e}");
    }
}

#[test]
fn everything_at_its_maximum_at_once_is_printed_whole_with_a_continuation_sheet() {
    let mut v = serde_json::Map::new();
    for k in text_fields() {
        if k != "hostId" {
            v.insert(k.into(), "Ж".repeat(tirkeu::forms::max_len(k)).into());
        }
    }
    v.insert("hostId".into(), "900101300123".into());
    let child = json!({ "name": "Ł".repeat(tirkeu::forms::max_len("children[].name")), "birthDate": "2015-07-30",
        "passportNumber": "W".repeat(tirkeu::forms::max_len("children[].passportNumber")) });
    v.insert(
        "children".into(),
        json!([
            child.clone(),
            child.clone(),
            child.clone(),
            child.clone(),
            child
        ]),
    );
    let d = details(Value::Object(v));
    for lang in ["en", "ru", "kk", "zh"] {
        let pdf = assert_printed_whole(lang, &d);
        let pages = pdf_text_ops(&pdf);
        assert!(pages.len() >= 2, "{lang}");
        let all = pages[1..].concat().join("\n");
        assert!(all.contains("Продолжение уведомления о прибытии"), "{lang}");
        assert!(
            pages[0].iter().any(|l| l.ends_with("… [1]")),
            "{lang}: the first box marks its continuation"
        );
        assert!(
            pages[0].iter().any(|l| l.contains("Поля с пометкой [1]")),
            "{lang}"
        );
        if let Some(text) = pdftotext(&pdf, &format!("max-{lang}.pdf")) {
            let flat: String = text.split_whitespace().collect();
            for v in values(&d) {
                let v: String = v.split_whitespace().collect();
                assert!(flat.contains(&v), "{lang}: pdftotext does not give {v}");
            }
        }
    }
}

#[test]
fn a_long_purpose_goes_whole_to_the_continuation_sheet() {
    let purpose = "Участие в международной научной конференции по истории Великого шёлкового пути \
        в Алматы, затем встречи с коллегами в Астане и Шымкенте и посещение родственников \
        в Туркестанской области.";
    let purpose = purpose.to_uppercase();
    assert!(purpose.chars().count() <= tirkeu::forms::max_len("purpose"));
    let d = details(json!({ "surname": "Wałęsa", "givenNames": "Łukasz", "purpose": purpose }));
    let pdf = assert_printed_whole("en", &d);
    let pages = pdf_text_ops(&pdf);
    assert_eq!(pages.len(), 2);
    let sheet2 = pages[1].join("\n");
    assert!(
        sheet2.contains("Лист 2 из 2. Продолжение уведомления о прибытии"),
        "{sheet2}"
    );
    assert!(sheet2.contains("Sheet 2 of 2. Continuation of the notification of arrival"));
    assert!(sheet2.contains("[1] 2. Въезд: Цель визита"), "{sheet2}");
    assert!(
        sheet2.contains("Иностранец / Foreigner: Wałęsa Łukasz"),
        "{sheet2}"
    );
    // A short purpose stays on one page.
    let d = details(json!({ "purpose": "Туризм" }));
    assert_eq!(pdf_text_ops(&assert_printed_whole("en", &d)).len(), 1);
}

#[test]
fn latin_names_beyond_ascii_print_as_typed_after_nfc() {
    let names = [
        ("Müller", "Mu\u{308}ller"),
        ("Łukasz Wałęsa", "Łukasz Wałe\u{328}sa"),
        ("Dvořák", "Dvor\u{30C}a\u{301}k"),
        ("Çağlar Şahin", "C\u{327}ag\u{306}lar S\u{327}ahin"),
        ("Məmmədov", "Məmmədov"),
        ("ƏLİYEV", "ƏLI\u{307}YEV"),
        ("Ørsted", "Ørsted"),
        ("Núñez", "Nu\u{301}n\u{303}ez"),
        ("Őrsi Ŧ", "O\u{30B}rsi Ŧ"),
    ];
    for (nfc, typed) in names {
        let d = details(json!({ "surname": typed, "givenNames": nfc, "hostName": typed }));
        assert_eq!(d.surname.as_deref(), Some(nfc), "NFC of {typed:?}");
        let pdf = assert_printed_whole("en", &d);
        if let Some(text) = pdftotext(&pdf, "latin.pdf") {
            assert!(text.contains(nfc), "{nfc} not extracted from:\n{text}");
        }
    }
    // A combining mark with no precomposed letter in the font is refused, and named.
    let e = details_err(json!({ "surname": "Ə\u{301}liyev" }));
    assert_eq!(
        (e.code, e.field.as_str()),
        (ErrorCode::OutOfRange, "details.surname")
    );
    assert!(e.message.contains("U+0301"), "{}", e.message);
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(40))]
    /// For any accepted details, every value is whole in the HTML and in the PDF.
    #[test]
    fn any_accepted_details_are_printed_whole(
        texts in proptest::collection::vec(
            "[a-zA-Zа-яА-ЯәғқңөұүһіӘҒҚҢӨҰҮҺІÀ-ÿĀ-ſƏə0-9 .,/№«»()-]{0,200}", 15),
        present in proptest::collection::vec(proptest::bool::ANY, 15),
        children in 0usize..=5,
        lang in proptest::sample::select(vec!["en", "ru", "kk", "zh"]),
    ) {
        let mut v = serde_json::Map::new();
        // Each text cut to its field's maximum, so that most are accepted.
        let cut = |t: &str, k: &str| -> String { t.chars().take(tirkeu::forms::max_len(k)).collect() };
        for (i, k) in text_fields().iter().enumerate() {
            if present[i] && *k != "hostId" {
                v.insert((*k).into(), cut(&texts[i], k).into());
            }
        }
        let kids: Vec<Value> = (0..children)
            .map(|i| json!({ "name": cut(&texts[13 + i % 2], "children[].name"),
                "passportNumber": cut(&texts[14 - i % 2], "children[].passportNumber"), "birthDate": "2016-02-29" }))
            .collect();
        v.insert("children".into(), Value::Array(kids));
        let d = tirkeu::forms::parse_details(&j(Value::Object(v)));
        proptest::prop_assert!(d.is_ok(), "{d:?}");
        assert_printed_whole(lang, &d.unwrap());
    }
}

/// Writes PDFs to look at into test-artifacts/ (a long purpose with a Polish and an Azerbaijani
/// name, in English and Kazakh; everything at its maximum in English).
#[test]
fn pdfs_to_look_at() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("test-artifacts");
    std::fs::create_dir_all(&dir).unwrap();
    let purpose = "Участие в международной научной конференции по истории Великого шёлкового пути \
        в Алматы, затем встречи с коллегами в Астане и Шымкенте и посещение родственников \
        в Туркестанской области."
        .to_uppercase();
    let d = details(json!({
        "surname": "Wałęsa-Məmmədov", "givenNames": "Łukasz Çağlar", "patronymic": "Əliyevich",
        "passportNumber": "EA 1234567", "purpose": purpose, "checkpoint": "Международный аэропорт Алматы",
        "address": "Алматы, проспект Достык, дом 105, квартира 12", "hostName": "Dvořák Núñez Ørsted Müller",
        "hostId": "900101300123", "hostPhone": "+7 701 234 56 78",
        "children": [{ "name": "Zoë Wałęsa", "birthDate": "2015-07-30", "passportNumber": "EB 7654321" }]
    }));
    for lang in ["en", "kk"] {
        let (s, a) = scenario(json!({ "lang": lang }));
        std::fs::write(
            dir.join(format!("form-long-purpose-{lang}.pdf")),
            tirkeu::forms::form_pdf(&s, &a, &d),
        )
        .unwrap();
    }
    let mut v = serde_json::Map::new();
    for k in text_fields() {
        if k != "hostId" {
            v.insert(
                k.into(),
                "Wałęsa Məmmədov Алматы "
                    .repeat(20)
                    .chars()
                    .take(tirkeu::forms::max_len(k))
                    .collect::<String>()
                    .trim_end()
                    .into(),
            );
        }
    }
    let (s, a) = scenario(json!({ "lang": "en" }));
    std::fs::write(
        dir.join("form-max-en.pdf"),
        tirkeu::forms::form_pdf(&s, &a, &details(Value::Object(v))),
    )
    .unwrap();
}

/// The Chinese subset font (scripts/cjk-font.mjs) has every character of the forms' Chinese
/// label renderings that the Latin font lacks: a label added without remaking the subset fails
/// here, not as a blank in a PDF.
#[test]
fn every_chinese_label_character_has_a_glyph() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/countries");
    let mut n = 0;
    for c in std::fs::read_dir(&dir).unwrap() {
        let f = c.unwrap().path().join("locales/zh/form.ftl");
        let Ok(ftl) = std::fs::read_to_string(&f) else {
            continue;
        };
        for line in ftl.lines().filter(|l| !l.starts_with('#')) {
            let Some((_, v)) = line.split_once('=') else {
                continue;
            };
            for ch in v.chars() {
                let (font, g) = tirkeu::form::font::pick(ch);
                assert!(g != 0, "{ch:?} in {line:?} ({}) has no glyph", f.display());
                if std::ptr::eq(font, &tirkeu::form::font::CJK) {
                    n += 1;
                }
            }
        }
    }
    assert!(n > 200, "{n} CJK characters drawn");
    eprintln!("CJK subset: {} bytes", tirkeu::form::font::CJK.ttf().len());
}

/// Travellers' names in Latin letters beyond ASCII: every letter of the Azerbaijani, Turkish,
/// Polish and Czech alphabets (capital and small) is accepted by the details' checks, and comes
/// out of the PDF as typed.
#[test]
fn azerbaijani_turkish_polish_and_czech_names_are_accepted_and_printed() {
    // Capital and small letters written out (Rust's to_lowercase turns İ into i + U+0307).
    let alphabets = [
        (
            "az",
            "ABCÇDEƏFGĞHXIİJKQLMNOÖPRSŞTUÜVYZ abcçdeəfgğhxıijkqlmnoöprsştuüvyz",
        ),
        (
            "tr",
            "ABCÇDEFGĞHIİJKLMNOÖPRSŞTUÜVYZ abcçdefgğhıijklmnoöprsştuüvyz",
        ),
        (
            "pl",
            "AĄBCĆDEĘFGHIJKLŁMNŃOÓPRSŚTUWYZŹŻ aąbcćdeęfghijklłmnńoóprsśtuwyzźż",
        ),
        (
            "cs",
            "AÁBCČDĎEÉĚFGHIÍJKLMNŇOÓPQRŘSŠTŤUÚŮVWXYÝZŽ aábcčdďeéěfghiíjklmnňoópqrřsštťuúůvwxyýzž",
        ),
    ];
    let names = [
        "Məmmədov Gülşən Əliağa qızı",
        "İsmail Çağlar Işık Şahin Öztürk Ünal",
        "Grzegorz Brzęczyszczykiewicz Łódź Żółć Ślęża",
        "Dvořák Šťastný Ůžasný Kněžna Ďáblová",
    ];
    for (lang, abc) in alphabets {
        let (caps, small) = abc.split_once(' ').unwrap();
        let d = details(json!({ "surname": caps, "givenNames": small, "hostName": abc }));
        assert_eq!(d.surname.as_deref(), Some(caps), "{lang}");
        assert_eq!(d.given_names.as_deref(), Some(small), "{lang}");
        let pdf = assert_printed_whole("en", &d);
        if let Some(text) = pdftotext(&pdf, &format!("alphabet-{lang}.pdf")) {
            for v in [caps, small] {
                assert!(text.contains(v), "{lang}: {v} not extracted");
            }
        }
    }
    for n in names {
        let d = details(json!({ "surname": n, "children": [{ "name": n }] }));
        assert_printed_whole("kk", &d);
    }
}
