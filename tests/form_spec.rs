//! The reach of a form spec (issue 11, item 4): a test-only form, not shipped, shaped like
//! Russia's notification of arrival — one box per character, two pages, a tear-off part after a
//! cut line, a printed version and date — drawn by the same HTML and PDF renderers as
//! Kazakhstan's form. pdftotext reads the values back; each character sits in its own box; a
//! value longer than its boxes goes whole to the continuation sheet.

use serde_json::{json, Value};
use std::process::Command;
use tirkeu::form::spec::{t, Block, Chrome, Field, FormSpec, Input, Kind, Page, Row, Text};
use tirkeu::form::{self, FormDetails};

const SURNAME: Text = t("Фамилия", "test-form-surname");
const GIVEN: Text = t("Имя", "test-form-given");

static TEST_FORM: FormSpec = FormSpec {
    id: "test-arrival",
    country: "XX",
    lang: "ru",
    title: t("Уведомление о прибытии (тестовая форма)", "test-form-title"),
    subtitle: None,
    notice: None,
    version: Some(t("Приложение № 4 (проверка)", "test-form-version")),
    date: Some("16.11.2022"),
    editions: &[],
    capitals: false,
    pages: &[
        Page {
            blocks: &[
                Block::new(
                    Some(t("1. Сведения о лице", "test-form-person")),
                    &[
                        Row { fields: &[Field::boxed("surname", SURNAME, 100, 28)] },
                        Row { fields: &[Field::boxed("givenNames", GIVEN, 100, 28)] },
                        Row {
                            fields: &[
                                Field::date("birthDate", t("Дата рождения", "test-form-birth"), 40),
                                Field {
                                    kind: Kind::Country,
                                    ..Field::new(
                                        "scenario.citizenship",
                                        t("Гражданство", "test-form-citizenship"),
                                        60,
                                    )
                                },
                            ],
                        },
                    ],
                ),
                Block::new(
                    Some(t("Документ", "test-form-document")),
                    &[Row {
                        fields: &[
                            Field::boxed("passportNumber", t("№", "test-form-number"), 60, 12),
                            Field::date("passportExpiry", t("Срок действия", "test-form-expiry"), 40),
                        ],
                    }],
                ),
            ],
        },
        Page {
            blocks: &[
                Block::new(
                    Some(t("3. Принимающая сторона", "test-form-host")),
                    &[
                        Row { fields: &[Field::new("hostName", t("Наименование", "test-form-host-name"), 100)] },
                        Row { fields: &[Field::boxed("hostId", t("ИНН", "test-form-host-id"), 50, 12), Field::new("hostPhone", t("Телефон", "test-form-phone"), 50)] },
                    ],
                ),
                Block {
                    cut: Some(t("Линия отрыва", "test-form-cut")),
                    ..Block::new(
                        Some(t("Отрывная часть", "test-form-tear-off")),
                        &[
                            Row { fields: &[Field::boxed("surname", SURNAME, 100, 28)] },
                            Row {
                                fields: &[Field::date(
                                    "scenario.exitDate",
                                    t("Заявленный срок пребывания до", "test-form-until"),
                                    100,
                                )],
                            },
                        ],
                    )
                },
            ],
        },
    ],
    person_keys: &["surname", "givenNames"],
    chrome: Chrome {
        sheet: t("Лист { $n } из { $m }", "test-form-sheet"),
        cont_title: t("Продолжение", "test-form-cont-title"),
        cont_sub: t("Поля, не поместившиеся в клетки, полностью.", "test-form-cont-sub"),
        cont_note: t("Поля с пометкой [1] … полностью на листе продолжения.", "test-form-cont-note"),
        person: t("Иностранец", "test-form-person-name"),
        item: t("№ { $n }", "test-form-item"),
        footer: t("Проверка; правила проверены", "test-form-footer"),
        not_advice: t("Не консультация.", "test-form-not-advice"),
    },
    inputs: &[Input::name("surname", 80), Input::name("givenNames", 80)],
    catalogs: &[(
        "en",
        "# test\ntest-form-title = Notification of arrival (test form)\ntest-form-version = Annex 4 (check)\n\
         test-form-surname = Surname\ntest-form-given = Given name\ntest-form-cut = Tear-off line\n\
         test-form-tear-off = Tear-off part\ntest-form-cont-title = Continuation\ntest-form-sheet = Sheet { $n } of { $m }\n",
    )],
};

fn scenario() -> (tirkeu::Scenario, tirkeu::Assessment) {
    let j: tirkeu::json::Json = serde_json::from_value(json!({
        "destination": "KZ", "citizenship": "DE", "entryDate": "2026-03-06",
        "exitDate": "2026-03-28", "lang": "en"
    }))
    .unwrap();
    let s = tirkeu::scenario::parse(&j).unwrap();
    let a = tirkeu::evaluate(&s).unwrap();
    (s, a)
}

fn details(v: Value) -> FormDetails {
    let j: tirkeu::json::Json = serde_json::from_value(v).unwrap();
    form::parse_details_in(&TEST_FORM, &j).unwrap()
}

/// pdftotext of each page (`None` when poppler is missing), and with `-bbox` the words of
/// page `bbox_page` with their horizontal centres.
fn pdf_pages(pdf: &[u8], name: &str) -> Option<Vec<String>> {
    let dir = std::env::temp_dir().join(format!("tirkeu-spec-{}", std::process::id()));
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
                let out = Command::new("pdftotext")
                    .args([
                        "-layout",
                        "-enc",
                        "UTF-8",
                        "-f",
                        &p.to_string(),
                        "-l",
                        &p.to_string(),
                    ])
                    .arg(&path)
                    .arg("-")
                    .output()
                    .unwrap();
                String::from_utf8(out.stdout).unwrap()
            })
            .collect(),
    )
}

/// Words of page `page` with the centre of each, from `pdftotext -bbox`.
fn words(pdf: &[u8], page: usize) -> Vec<(String, f32, f32)> {
    let path = std::env::temp_dir().join(format!("tirkeu-spec-bbox-{}.pdf", std::process::id()));
    std::fs::write(&path, pdf).unwrap();
    let out = Command::new("pdftotext")
        .args(["-bbox", "-f", &page.to_string(), "-l", &page.to_string()])
        .arg(&path)
        .arg("-")
        .output()
        .unwrap();
    let html = String::from_utf8(out.stdout).unwrap();
    html.split("<word ")
        .skip(1)
        .map(|w| {
            let attr = |k: &str| -> f32 {
                let at = w.find(&format!("{k}=\"")).unwrap() + k.len() + 2;
                w[at..].split('"').next().unwrap().parse().unwrap()
            };
            let text = w
                .split('>')
                .nth(1)
                .unwrap()
                .split('<')
                .next()
                .unwrap()
                .to_owned();
            (text, (attr("xMin") + attr("xMax")) / 2.0, attr("yMin"))
        })
        .collect()
}

const FLAT: fn(&str) -> String = |s| s.split_whitespace().collect();

#[test]
fn html_draws_boxes_pages_and_the_tear_off_part() {
    let (s, a) = scenario();
    let d = details(
        json!({ "surname": "IVANOVA", "givenNames": "Ləman", "hostName": "OOO «Ромашка»",
        "hostId": "7701234567", "passportNumber": "720123456" }),
    );
    let html = form::render_html(&TEST_FORM, &s, &a, &d);
    assert!(html.starts_with(r#"<section class="tirkeu-form" lang="ru">"#));
    assert_eq!(
        html.matches(r#"<div class="tf-page">"#).count(),
        2,
        "two pages"
    );
    assert!(html.contains(r#"<p class="tf-ver">Приложение № 4 (проверка) 16.11.2022<span class="tf-u" lang="en">Annex 4 (check)</span></p>"#), "{html}");
    // The cut line comes before the tear-off block, on the second page.
    let cut = html
        .find(r#"<p class="tf-cut">Линия отрыва"#)
        .expect("cut line");
    assert!(
        cut > html.find(r#"<div class="tf-page">"#).unwrap()
            && cut < html.find("Отрывная часть").unwrap()
    );
    // 28 boxes for the surname (twice: the form and its tear-off part), a letter in each.
    let field = |label: &str| -> Vec<String> {
        html.split(&format!(
            r#"<div class="tf-v tf-boxes" aria-label="{label}">"#
        ))
        .skip(1)
        .map(|rest| rest.split("</div>").next().unwrap().to_owned())
        .collect()
    };
    let surname = field("Фамилия");
    assert_eq!(surname.len(), 2);
    for f in &surname {
        assert_eq!(f.matches(r#"<span class="tf-ch">"#).count(), 28);
        let letters: String = f
            .split(r#"<span class="tf-ch">"#)
            .skip(1)
            .map(|c| c.split('<').next().unwrap())
            .collect();
        assert_eq!(letters, "IVANOVA");
        assert!(f.contains(r#"<span class="tf-sr">IVANOVA</span>"#));
    }
    assert_eq!(
        field("ИНН")[0].matches(r#"<span class="tf-ch">"#).count(),
        12
    );
    // Every class the fragment uses has a rule in the form's CSS.
    for c in [
        "tf-page", "tf-ver", "tf-cut", "tf-boxes", "tf-chs", "tf-ch", "tf-sr",
    ] {
        assert!(form::FORM_CSS.contains(&format!(".{c} ")), "{c} has no CSS");
    }
    // A value longer than its boxes is whole, in a second row of boxes.
    let long = "SCHMIDT-WAŁĘSA-MƏMMƏDOVA-KOWALSKA";
    let html = form::render_html(&TEST_FORM, &s, &a, &details(json!({ "surname": long })));
    let f = html
        .split(r#"aria-label="Фамилия">"#)
        .nth(1)
        .unwrap()
        .split("</div>")
        .next()
        .unwrap();
    assert_eq!(f.matches(r#"<span class="tf-ch">"#).count(), 56);
    assert!(f.contains(&format!(r#"<span class="tf-sr">{long}</span>"#)));
}

#[test]
fn pdf_draws_two_pages_a_letter_a_box_and_the_tear_off_part() {
    let (s, a) = scenario();
    let d = details(
        json!({ "surname": "IVANOVA", "givenNames": "Ləman", "hostName": "OOO «Ромашка»",
        "hostId": "7701234567", "passportNumber": "720123456", "birthDate": "1990-05-01" }),
    );
    let pdf = form::render_pdf(&TEST_FORM, &s, &a, &d);
    let Some(pages) = pdf_pages(&pdf, "spec.pdf") else {
        eprintln!("poppler missing: not read back");
        return;
    };
    assert_eq!(pages.len(), 2, "{pages:?}");
    let (p1, p2) = (FLAT(&pages[0]), FLAT(&pages[1]));
    for v in [
        "IVANOVA",
        "Ləman",
        "720123456",
        "01.05.1990",
        "DE—Germany",
        "Приложение№4(проверка)16.11.2022",
        "Лист1из2",
    ] {
        assert!(p1.contains(v), "page 1: {v} in {}", pages[0]);
    }
    for v in [
        "OOO«Ромашка»",
        "7701234567",
        "Линияотрыва",
        "Tear-offline",
        "Отрывнаячасть",
        "IVANOVA",
        "28.03.2026",
        "Лист2из2",
    ] {
        assert!(p2.contains(v), "page 2: {v} in {}", pages[1]);
    }
    // Each letter in its own box: 28 boxes across the page's width, one pitch apart.
    let w = words(&pdf, 1);
    let letters: Vec<&(String, f32, f32)> = w
        .iter()
        .filter(|(t, _, y)| {
            t.chars().count() == 1
                && (*y - w.iter().find(|(t, ..)| t == "I").unwrap().2).abs() < 1.0
        })
        .collect();
    let spelled: String = letters.iter().map(|(t, ..)| t.as_str()).collect();
    assert_eq!(spelled, "IVANOVA", "{w:?}");
    let pitch = (595.276 - 2.0 * 34.0) / 28.0;
    for pair in letters.windows(2) {
        assert!(
            ((pair[1].1 - pair[0].1) - pitch).abs() < 0.5,
            "{pair:?}, pitch {pitch}"
        );
    }
}

#[test]
fn a_value_longer_than_its_boxes_goes_whole_to_the_continuation_sheet() {
    let (s, a) = scenario();
    let long = "SCHMIDT-WAŁĘSA-MƏMMƏDOVA-KOWALSKA";
    assert!(long.chars().count() > 28);
    let d = details(json!({ "surname": long, "givenNames": "Ləman" }));
    let pdf = form::render_pdf(&TEST_FORM, &s, &a, &d);
    // Kept to look at.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("test-artifacts");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("form-spec-boxes.pdf"), &pdf).unwrap();
    let html = form::render_html(&TEST_FORM, &s, &a, &d);
    std::fs::write(
        dir.join("form-spec-boxes.html"),
        format!(
            "<!doctype html><meta charset=utf-8><style>{}</style>{html}",
            form::FORM_CSS
        ),
    )
    .unwrap();
    let Some(pages) = pdf_pages(&pdf, "spec-long.pdf") else {
        return;
    };
    assert_eq!(pages.len(), 3, "two pages and a continuation sheet");
    let (p1, p2, p3) = (FLAT(&pages[0]), FLAT(&pages[1]), FLAT(&pages[2]));
    // In the boxes: the beginning and the marker; never the whole value on the form's pages.
    assert!(p1.contains("SCHMIDT-WAŁĘSA-MƏMMƏDOVA-[1]"), "{}", pages[0]);
    assert!(p2.contains("SCHMIDT-WAŁĘSA-MƏMMƏDOVA-[2]"), "{}", pages[1]);
    assert!(!p1.contains(long) && !p2.contains(long));
    // On the sheet, whole, twice (the form and its tear-off part), each under its label, and
    // once more in the name of the person it belongs to.
    assert_eq!(p3.matches(long).count(), 3, "{}", pages[2]);
    assert!(
        p3.contains("Лист3из3.Продолжение") && p3.contains("Sheet3of3.Continuation"),
        "{}",
        pages[2]
    );
    assert!(
        p3.contains("[1]1.Сведенияолице:Фамилия") && p3.contains("[2]Отрывнаячасть:Фамилия"),
        "{}",
        pages[2]
    );
    assert!(
        p3.contains(&FLAT(&format!("Иностранец: {long} Ləman"))),
        "{}",
        pages[2]
    );
    assert!(
        p1.contains("Поляспометкой[1]"),
        "the page says where the rest is"
    );
}
