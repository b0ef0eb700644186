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

fn pdftotext(pdf: &[u8], name: &str, layout: bool) -> Option<Vec<String>> {
    let dir = std::env::temp_dir().join(format!("tirkeu-form-ru-{}", std::process::id()));
    std::fs::create_dir_all(&dir).ok()?;
    let path = dir.join(name);
    std::fs::write(&path, pdf).ok()?;
    let info = Command::new("pdfinfo").arg(&path).output().ok()?;
    let info = String::from_utf8(info.stdout).unwrap();
    let n: usize = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))?
        .trim()
        .parse()
        .ok()?;
    Some(
        (1..=n)
            .map(|p| {
                let mut c = Command::new("pdftotext");
                if layout {
                    c.arg("-layout");
                }
                let out = c
                    .args(["-enc", "UTF-8", "-f", &p.to_string(), "-l", &p.to_string()])
                    .arg(&path)
                    .arg("-")
                    .output()
                    .unwrap();
                assert!(out.status.success(), "pdftotext failed");
                String::from_utf8(out.stdout).unwrap()
            })
            .collect(),
    )
}

const FLAT: fn(&str) -> String = |s| s.split_whitespace().collect();

/// Every official text the form prints: version, title, notice, block titles, notes and cut
/// lines, labels, tick boxes' labels, footer.
fn printed_texts(spec: &FormSpec) -> Vec<Text> {
    let mut v = vec![spec.title];
    v.extend(spec.notice.iter().chain(&spec.version));
    for b in spec.pages.iter().flat_map(|p| p.blocks) {
        v.extend(b.title.iter().chain(&b.note).chain(&b.cut));
        for f in b.rows.iter().flat_map(|r| r.fields) {
            v.push(f.label);
            if let tirkeu::form::spec::Kind::Choice(opts) = f.kind {
                v.extend(opts.iter().map(|o| o.label));
            }
        }
    }
    v.extend([spec.chrome.footer, spec.chrome.not_advice]);
    v
}

/// The letters in the boxes of the `nth` field labelled `label` in the HTML (one string per
/// row of boxes, empty boxes as spaces, trailing spaces cut), and the number of boxes.
fn boxes_of(html: &str, label: &str, nth: usize) -> Option<(Vec<String>, usize)> {
    let at = html
        .match_indices(&format!(
            r#"<div class="tf-v tf-boxes" aria-label="{label}">"#
        ))
        .nth(nth)?
        .0;
    let field = &html[at..];
    let field = &field[..field.find("</div>")?];
    let mut rows = Vec::new();
    let mut n = 0;
    for row in field
        .split(r#"<span class="tf-chs" aria-hidden="true">"#)
        .skip(1)
    {
        let cells: Vec<&str> = row
            .split(r#"<span class="tf-ch">"#)
            .skip(1)
            .map(|c| c.split('<').next().unwrap())
            .collect();
        n += cells.len();
        let letters: String = cells
            .iter()
            .map(|c| if c.is_empty() { " " } else { c })
            .collect();
        rows.push(letters.trim_end().to_owned());
    }
    Some((rows, n))
}

/// The HTML value of the plain field labelled `label`: `None` for an empty box.
fn value_of(html: &str, label: &str) -> Option<String> {
    let at = html.find(&format!(r#"<div class="tf-l">{label}<"#))?;
    let rest = &html[at..];
    let v = &rest[rest.find(r#"<div class="tf-v"#)?..];
    let text = &v[v.find('>')? + 1..v.find("</div>")?];
    (!text.is_empty()).then(|| text.to_owned())
}

/// Whether the tick box `label` is ticked in the `nth` choice that offers it.
fn ticked(html: &str, label: &str, nth: usize) -> bool {
    let (at, _) = html
        .match_indices(&format!(r#"</span>{label}<"#))
        .nth(nth)
        .unwrap_or_else(|| panic!("no tick box {label}"));
    let before = &html[..at];
    let open = before.rfind(r#"<span class="tf-cb"#).unwrap();
    before[open..].starts_with(r#"<span class="tf-cb tf-on""#)
}

const DUE: &str = "Направить не позднее (расчет tirkeu)";

#[test]
fn every_label_comes_out_of_the_pdf_as_text_with_the_users_language() {
    let spec = spec();
    let texts = printed_texts(spec);
    assert!(texts.len() > 80);
    for lang in ["en", "zh"] {
        let (s, a) = scenario(json!({ "lang": lang }));
        let d = details(full(), &s);
        let pdf = tirkeu::forms::form_pdf(&s, &a, &d);
        let Some(pages) = pdftotext(&pdf, &format!("labels-{lang}.pdf"), false) else {
            eprintln!("poppler missing: not read back");
            return;
        };
        assert_eq!(pages.len(), 4, "two sheets, both sides");
        let flat = FLAT(&pages.concat());
        for t in &texts {
            assert!(
                flat.contains(&FLAT(t.official)),
                "{lang}: {:?} is not in the PDF's text",
                t.official
            );
            let under =
                tirkeu::form::catalog_text(spec, tirkeu::i18n::Lang::parse(lang).unwrap(), t.id)
                    .unwrap_or_else(|| panic!("{lang}: no rendering of {}", t.id));
            assert!(
                flat.contains(&FLAT(under)),
                "{lang}: {under:?} ({}) is not in the PDF's text",
                t.id
            );
        }
        // The typed values, in capitals, one a box.
        for v in [
            "МЮЛЛЕР",
            "MUELLER",
            "ЮРГЕН",
            "JUERGEN",
            "C01X00T47",
            "ИВАНОВА",
            "СЕРГЕЕВНА",
            "4617",
            "1234567",
            "9161234567",
        ] {
            assert!(flat.contains(v), "{lang}: {v}");
        }
        assert_eq!(
            pdf.windows(b"/BaseFont /NotoSansSC-Regular".len())
                .any(|w| w == b"/BaseFont /NotoSansSC-Regular"),
            lang == "zh",
            "{lang}: the Chinese subset only in Chinese"
        );
    }
}

/// The boxed inputs with their labels and box counts (rows × boxes), as ru.md §6 counts them
/// (the smaller count where its two sources disagree; docs/form.md).
const BOXED: &[(&str, &str, usize)] = &[
    ("surname", "Фамилия", 28),
    ("surnameLatin", "Фамилия латинскими буквами*", 22),
    ("givenNames", "Имя", 28),
    ("givenNamesLatin", "Имя латинскими буквами*", 23),
    // 24 boxes on sheet 1, 23 in the tear-off part: the smaller.
    ("patronymic", "Отчество (при наличии)", 23),
    ("patronymicLatin", "Отчество латинскими буквами*", 22),
    // 21 boxes on sheet 1, 10 in the tear-off part (12 by the other source): the smallest.
    ("passportNumber", "№", 10),
    ("visaNumber", "№", 21),
    ("migrationCardSeries", "Миграционная карта: серия", 4),
    ("migrationCardNumber", "№", 13),
    // Four rows of 31.
    ("address", "Адрес: субъект РФ, муниципальное образование, поселение, населенный пункт, улица, дом, корпус, строение, квартира*", 124),
    ("hostSurname", "Фамилия", 28),
    ("hostGivenNames", "Имя", 28),
    ("hostPatronymic", "Отчество (при наличии)", 23),
    // 26 + 16 on sheet 2, 22 + 17 in the tear-off part: 39.
    ("hostName", "Наименование организации", 39),
    ("hostId", "ИНН", 12),
    ("hostPhone", "Телефон +7", 10),
    ("hostAddress", "Адрес места жительства", 124),
];

#[test]
fn each_value_fills_exactly_its_boxes_and_one_more_is_refused() {
    let spec = spec();
    let (s, a) = scenario(json!({ "lang": "en" }));
    let keys: Vec<&str> = spec.text_keys().collect();
    assert_eq!(keys, BOXED.iter().map(|b| b.0).collect::<Vec<_>>());
    for &(k, label, n) in BOXED {
        assert_eq!(tirkeu::form::max_len_in(spec, k), n, "{k}");
        // Letters and digits with no space, so that every box holds one.
        let v: String = "ЖШЩЫAWMQ0123456789".chars().cycle().take(n).collect();
        let d = details(json!({ k: v }), &s);
        let html = tirkeu::forms::form_html(&s, &a, &d);
        // The boxes of that field with the value (the first of the labels it shares).
        let (rows, cells) = (0..4)
            .filter_map(|i| boxes_of(&html, label, i))
            .find(|(rows, _)| rows.concat() == v)
            .unwrap_or_else(|| panic!("{k}: no boxes hold {v}"));
        assert!(cells >= n && cells % rows.len() == 0, "{k}: {cells} boxes");
        if k != "passportNumber" && k != "patronymic" && k != "hostName" {
            assert_eq!(cells, n, "{k}: the boxes are the value's maximum");
        }
        let pdf = tirkeu::forms::form_pdf(&s, &a, &d);
        if let Some(pages) = pdftotext(&pdf, &format!("max-{k}.pdf"), false) {
            assert_eq!(pages.len(), 4, "{k}: no continuation sheet");
            assert!(
                FLAT(&pages.concat()).contains(&v),
                "{k} not whole in the PDF"
            );
        }
        let e = tirkeu::forms::parse_details_for(&j(json!({ k: format!("{v}Я") })), &s)
            .expect_err("one more is refused");
        assert_eq!(
            (e.code, e.field.as_str()),
            (ErrorCode::OutOfRange, format!("details.{k}").as_str()),
            "{e}"
        );
    }
    // Where one value has fewer boxes in the tear-off part, it is the tear-off part's count.
    let v = "ABCDEFGHIJ";
    let (s, a) = scenario(json!({ "lang": "ru" }));
    let html = tirkeu::forms::form_html(
        &s,
        &a,
        &details(
            json!({ "passportNumber": v, "patronymic": "Ж".repeat(23) }),
            &s,
        ),
    );
    let numbers: Vec<(Vec<String>, usize)> =
        (0..6).filter_map(|i| boxes_of(&html, "№", i)).collect();
    assert!(
        numbers.iter().any(|(r, n)| r.concat() == v && *n == 21),
        "sheet 1: 21 boxes"
    );
    assert!(
        numbers.iter().any(|(r, n)| r.concat() == v && *n == 10),
        "the tear-off part: 10 boxes"
    );
    let patronymic: Vec<usize> = (0..4)
        .filter_map(|i| boxes_of(&html, "Отчество (при наличии)", i))
        .filter(|(r, _)| r.concat() == "Ж".repeat(23))
        .map(|(_, n)| n)
        .collect();
    assert_eq!(patronymic, [24, 23]);
}

#[test]
fn the_tear_off_part_repeats_the_person_the_document_and_the_address() {
    for lang in ["ru", "zh"] {
        let (s, a) = scenario(json!({ "lang": lang }));
        let d = details(full(), &s);
        let html = tirkeu::forms::form_html(&s, &a, &d);
        // Sheet 2: after the cut line, the tear-off part's heading and its rows.
        let cut = html
            .find(r#"<p class="tf-cut">Линия отрыва"#)
            .expect("cut line");
        let tear = &html[cut..];
        assert!(tear.contains("ОТРЫВНАЯ ЧАСТЬ БЛАНКА УВЕДОМЛЕНИЯ"));
        assert!(tear.contains("Настоящим подтверждается, что"));
        assert!(tear
            .contains("в установленном порядке уведомил о прибытии в место пребывания по адресу:"));
        assert!(
            html[..cut].matches(r#"<div class="tf-page">"#).count() == 3,
            "on the third page"
        );
        for (label, want) in [("Фамилия", "МЮЛЛЕР"), ("Имя", "ЮРГЕН"), ("№", "C01X00T47")]
        {
            assert_eq!(
                boxes_of(tear, label, 0).unwrap().0.concat(),
                want,
                "{lang}: {label}"
            );
        }
        let addr = boxes_of(
            tear,
            "Адрес: субъект РФ, муниципальное образование, поселение, населенный пункт, улица, дом, корпус, строение, квартира*",
            0,
        )
        .unwrap();
        // Whole words to a row while the rest fits the rows after it.
        assert_eq!(
            addr.0,
            ["Г. МОСКВА, УЛ. ТВЕРСКАЯ, Д. 7,", "КВ. 12", "", ""],
            "{lang}"
        );
        assert_eq!(
            value_of(tear, "Заявленный срок пребывания до").as_deref(),
            Some("10.04.2025")
        );
        assert!(
            tear.contains("DE — Germany")
                && tear.contains("01.05.1990")
                && tear.contains("15.01.2020")
        );
        let pdf = tirkeu::forms::form_pdf(&s, &a, &d);
        if let Some(pages) = pdftotext(&pdf, &format!("tear-{lang}.pdf"), false) {
            let p3 = FLAT(&pages[2]);
            let at = p3.find("Линияотрыва").expect("the cut line on page 3");
            for v in [
                "МЮЛЛЕР",
                "ЮРГЕН",
                "DE—Germany",
                "01.05.1990",
                "C01X00T47",
                "15.01.2020",
                "14.01.2030",
                "10.04.2025",
            ] {
                assert!(
                    p3[at..].contains(v),
                    "{lang}: {v} in the tear-off part:\n{}",
                    pages[2]
                );
            }
            // The address, a row of boxes to a line of the layout (its label beside them).
            let layout = pdftotext(&pdf, &format!("tear-{lang}-layout.pdf"), true).unwrap();
            let lines: Vec<String> = layout[2].lines().map(FLAT).collect();
            let cut = lines
                .iter()
                .position(|l| l.contains("Линияотрыва"))
                .unwrap();
            for row in ["Г.МОСКВА,УЛ.ТВЕРСКАЯ,Д.7,", "КВ.12"] {
                assert!(
                    lines[cut..].iter().any(|l| l.contains(row)),
                    "{lang}: {row}:\n{}",
                    layout[2]
                );
            }
            // The back of the tear-off part: the receiving party.
            let p4 = FLAT(&pages[3]);
            let at = p4.find("Линияотрыва").expect("the cut line on page 4");
            for v in ["ИВАНОВА", "АННА", "СЕРГЕЕВНА"] {
                assert!(
                    p4[at..].contains(v),
                    "{lang}: {v} on the back of the tear-off part"
                );
            }
        }
    }
}

#[test]
fn the_due_date_is_the_notifications_hand_worked() {
    let due = |extra: Value| {
        let (s, a) = scenario(extra);
        let html = tirkeu::forms::form_html(&s, &a, &details(json!(null), &s));
        value_of(&html, DUE)
    };
    // Case 1: a tourist visa, a flat, entry Fri 14 Mar 2025: 7 working days, Tue 25 Mar.
    assert_eq!(due(json!({})).as_deref(), Some("25.03.2025"));
    // Case 5: a hotel, arrival Fri 31 Oct 2025: the first working day after it is the
    // working Saturday 1 Nov 2025 (Decree 1335).
    assert_eq!(
        due(
            json!({ "accommodation": "hotel", "entryDate": "2025-10-31", "exitDate": "2025-11-10" })
        )
        .as_deref(),
        Some("01.11.2025")
    );
    // Case 6: a hotel, arrival Sat 3 Jan 2026: Sun 4 weekend, 5–8 holidays, Fri 9 off (moved
    // from 3 Jan), 10–11 weekend: Mon 12 Jan.
    assert_eq!(
        due(
            json!({ "accommodation": "hotel", "entryDate": "2026-01-03", "exitDate": "2026-01-20" })
        )
        .as_deref(),
        Some("12.01.2026")
    );
    // Case 9: a Kazakh citizen, 30 days exempt from Sun 1 Mar 2026, leaving Tue 31 Mar: due on
    // the window's last day, entry + 29 = Mon 30 Mar. Case 8: leaving on 30 Mar, no
    // notification, an empty box.
    let kz = json!({ "citizenship": "KZ", "visa": "none", "entryDate": "2026-03-01", "exitDate": "2026-03-31" });
    assert_eq!(due(kz).as_deref(), Some("30.03.2026"));
    let kz = json!({ "citizenship": "KZ", "visa": "none", "entryDate": "2026-03-01", "exitDate": "2026-03-30" });
    assert_eq!(due(kz), None);
}

#[test]
fn the_stay_runs_to_the_last_lawful_day_when_known_else_to_the_exit() {
    let until = |extra: Value| {
        let (s, a) = scenario(extra);
        let html = tirkeu::forms::form_html(&s, &a, &details(json!(null), &s));
        (
            value_of(&html, "Срок пребывания до"),
            value_of(&html, "Заявленный срок пребывания до"),
        )
    };
    // A visa holder: the rules leave the last day to the visa, so the planned exit.
    let d = |s: &str| Some(s.to_owned());
    assert_eq!(until(json!({})), (d("10.04.2025"), d("10.04.2025")));
    // Visa-free (Azerbaijan), entry Mon 3 Mar 2025, no earlier stay: 90 days a stay and 90 in
    // 2025 both end on day 90, Sat 31 May (3–31 Mar = 29, April 30, May 31: 29 + 30 + 31 = 90).
    let az = json!({ "citizenship": "AZ", "visa": "none", "entryDate": "2025-03-03", "exitDate": "2025-03-20" });
    assert_eq!(until(az), (d("31.05.2025"), d("31.05.2025")));
    // A visa holder with no planned exit: empty, to fill in.
    assert_eq!(until(json!({ "exitDate": null })), (None, None));
}

#[test]
fn the_version_line_follows_the_entry_date() {
    let version = |entry: &str| {
        let exit =
            chrono::NaiveDate::parse_from_str(entry, "%Y-%m-%d").unwrap() + chrono::Days::new(20);
        let (s, a) =
            scenario(json!({ "entryDate": entry, "exitDate": exit.to_string(), "lang": "en" }));
        let html = tirkeu::forms::form_html(&s, &a, &details(json!(null), &s));
        let at = html.find(r#"<p class="tf-ver">"#).unwrap() + r#"<p class="tf-ver">"#.len();
        let line = html[at..].split('<').next().unwrap().to_owned();
        // It heads the form, above the title.
        assert!(at < html.find("Уведомление о прибытии иностранного").unwrap());
        line
    };
    let current = "Приложение № 4 к приказу МВД России от 10.12.2020 № 856 (в ред. приказа от 22.10.2024 № 628)";
    let order_856 = "Приложение № 4 к приказу МВД России от 10.12.2020 № 856";
    // Order 628 in force from 5 Feb 2025: the day before and the day.
    assert_eq!(version("2025-02-04"), order_856);
    assert_eq!(version("2025-02-05"), current);
    assert_eq!(version("2026-06-01"), current);
    // Order 856 of 10 Dec 2020: an entry before it gets the current blank, which says so.
    assert_eq!(version("2020-12-10"), order_856);
    let before = version("2020-12-09");
    assert!(
        before.starts_with(order_856) && before.contains("прежняя форма"),
        "{before}"
    );
    assert_eq!(version("2019-07-01"), before);
}

#[test]
fn what_is_tirkeus_reading_is_marked_in_every_language() {
    let spec = spec();
    let labels: Vec<&str> = printed_texts(spec).iter().map(|t| t.official).collect();
    // ru.md §6's labels not verified verbatim carry a star.
    for l in [
        "Фамилия латинскими буквами*",
        "Имя латинскими буквами*",
        "Отчество латинскими буквами*",
        "Для ребенка без собственного документа: номер записи акта о рождении*",
        "Наименование и реквизиты документа о праве пользования помещением*",
        "Подпись принимающей стороны*",
    ] {
        assert!(labels.contains(&l), "{l}");
    }
    // The official ones do not.
    for l in [
        "Фамилия",
        "Гражданство (подданство)",
        "Цель въезда",
        "Линия отрыва",
        "ОТРЫВНАЯ ЧАСТЬ БЛАНКА УВЕДОМЛЕНИЯ",
        "Заявленный срок пребывания до",
    ] {
        assert!(labels.contains(&l), "{l}");
    }
    let said = [
        ("en", "labels marked * are tirkeu&#39;s reading"),
        ("ru", "подписи со знаком * — прочтение tirkeu"),
        ("kk", "* белгісі бар жазулар — tirkeu оқуы"),
        ("zh", "标有*的栏目名称由 tirkeu 整理"),
    ];
    for (lang, words) in said {
        let (s, a) = scenario(json!({ "lang": lang }));
        let html = tirkeu::forms::form_html(&s, &a, &details(json!(null), &s));
        assert!(html.starts_with(r#"<section class="tirkeu-form" lang="ru">"#));
        assert!(html.contains(words), "{lang}: {words}");
        assert!(
            html.contains(r#"<p class="tf-notice" role="note">Не официальный бланк"#),
            "{lang}"
        );
        // Nothing under the Russian labels for a Russian reader; the reader's language else.
        assert_eq!(
            html.contains(r#"<span class="tf-u""#),
            lang != "ru",
            "{lang}"
        );
        assert_eq!(
            html.matches(r#"<div class="tf-page">"#).count(),
            4,
            "{lang}: four pages"
        );
    }
}

#[test]
fn values_from_the_scenario_tick_their_boxes() {
    // A tourist visa in a private flat: visa, tourism, residential premises, an individual host;
    // the host's address is the home address, not an organisation's.
    let (s, a) = scenario(json!({ "lang": "en" }));
    let d = details(
        json!({ "surname": "Müller", "hostAddress": "Москва, ул. Льва Толстого, 16", "sex": "f" }),
        &s,
    );
    let html = tirkeu::forms::form_html(&s, &a, &d);
    for (label, on) in [
        ("виза", true),
        ("туризм", true),
        ("деловая", false),
        ("жилое помещение", true),
        ("физическое лицо", true),
        ("женский", true),
        ("мужской", false),
    ] {
        assert_eq!(ticked(&html, label, 0), on, "{label}");
    }
    assert!(!ticked(&html, "организация", 0) && !ticked(&html, "организация", 1));
    assert_eq!(
        boxes_of(&html, "Фамилия", 0).unwrap().0.concat(),
        "MÜLLER",
        "in capitals"
    );
    let home = boxes_of(&html, "Адрес места жительства", 0).unwrap().0;
    assert_eq!(home[0], "МОСКВА, УЛ. ЛЬВА ТОЛСТОГО, 16");
    assert_eq!(
        boxes_of(&html, "Фактический адрес организации", 0)
            .unwrap()
            .0
            .concat(),
        ""
    );
    assert!(
        html.contains(">ПАСПОРТ<")
            || boxes_of(&html, "Документ, удостоверяющий личность: вид", 0)
                .unwrap()
                .0[0]
                == "ПАСПОРТ"
    );
    // Visa-free in a hotel, a diplomatic passport: no visa tick, no purpose, an organisation.
    let (s, a) = scenario(
        json!({ "citizenship": "AZ", "visa": "none", "accommodation": "hotel", "passport": "diplomatic" }),
    );
    let d = details(
        json!({ "hostName": "ООО «Гостиница Космос»", "hostAddress": "Москва, пр-т Мира, 150" }),
        &s,
    );
    let html = tirkeu::forms::form_html(&s, &a, &d);
    for (label, on) in [
        ("виза", false),
        ("туризм", false),
        ("служебная", false),
        ("жилое помещение", false),
        ("физическое лицо", false),
    ] {
        assert_eq!(ticked(&html, label, 0), on, "{label}");
    }
    assert!(ticked(&html, "организация", 0) && ticked(&html, "организация", 1));
    assert_eq!(
        boxes_of(&html, "Документ, удостоверяющий личность: вид", 0)
            .unwrap()
            .0[0],
        "ДИПЛОМАТИЧЕСКИЙ ПАСПОРТ"
    );
    assert_eq!(
        boxes_of(&html, "Адрес места жительства", 0)
            .unwrap()
            .0
            .concat(),
        ""
    );
    assert_eq!(
        boxes_of(&html, "Фактический адрес организации", 0)
            .unwrap()
            .0[0],
        "МОСКВА, ПР-Т МИРА, 150"
    );
    // The organisation's name: 26 boxes a row on sheet 2, 22 in the tear-off part.
    assert_eq!(
        boxes_of(&html, "Наименование организации", 0).unwrap().0,
        ["ООО «ГОСТИНИЦА КОСМОС»", ""]
    );
    let (rows, n) = boxes_of(&html, "Наименование организации", 1).unwrap();
    assert_eq!(
        (rows, n),
        (vec!["ООО «ГОСТИНИЦА КОСМОС»".to_owned(), String::new()], 44)
    );
    // A stateless person on a work visa: the form's words.
    let (s, a) = scenario(json!({ "citizenship": "stateless", "visa": "work" }));
    let html = tirkeu::forms::form_html(&s, &a, &details(json!(null), &s));
    assert!(html.contains("лицо без гражданства"));
    assert!(ticked(&html, "работа", 0) && ticked(&html, "виза", 0));
}
