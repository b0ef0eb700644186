//! Azerbaijan's application for the registration of a foreigner or stateless person at the place
//! of stay («ƏRİZƏ-ANKET», Annex 6 to the Regulation under the Law "On registration at the place
//! of residence and the place of stay"), as data ([`FORM`]) for the generic renderers in
//! `src/form/`. Filed by the receiving party or the foreigner (Migration Code Art. 21.2–21.3).
//!
//! What is official (docs/research/az.md §6, from the copy reproduced by the Kuwaiti embassy in
//! 2017): the annex heading, the title, the request line and items 1.1–1.7 with their labels,
//! printed as that copy has them. The rest of the form was not found: the block "Other
//! information" is tirkeu's reconstruction, from what Art. 21.2/21.5 and the State Migration
//! Service ask for (passport, entry, visa, address, period, the receiving party, signature), and
//! says so under its title; its labels are tirkeu's words, not the form's, and carry no item
//! numbers. No character boxes (the copy seen has none). Labels are Azerbaijani, the form's
//! language; their renderings in the user's language are in `locales/<lang>/form.ftl`
//! (`az-form-…`).

use crate::form::spec::{t, Block, Chrome, Field, FormSpec, Input, Kind, Page, Row, Text};

/// The visa kinds as the form prints them: the Migration Code's names (Arts. 24–33: «işgüzar
/// səfər vizası» …), visa-free entry as Art. 21.5.2 says it, the e-visa as ASAN Viza.
const VISAS: &[(&str, &str)] = &[
    ("none", "viza tələb olunmayan qaydada"),
    ("e-visa", "elektron viza (ASAN Viza)"),
    ("tourist", "turizm vizası"),
    ("business", "işgüzar səfər vizası"),
    ("work", "əmək vizası"),
    ("student", "elm və ya təhsil vizası"),
    ("private", "şəxsi səfər vizası"),
    ("diplomatic", "diplomatik viza"),
    ("service", "xidməti viza"),
    ("transit", "tranzit viza"),
    ("medical", "müalicə vizası"),
    ("humanitarian", "humanitar səfər vizası"),
];

/// The passport kinds as the form prints them.
const PASSPORTS: &[(&str, &str)] = &[
    ("ordinary", "ümumvətəndaş pasportu"),
    ("diplomatic", "diplomatik pasport"),
    ("service", "xidməti pasport"),
];

const fn text(key: &'static str, label: Text, width: u8, map: &'static [(&str, &str)]) -> Field {
    Field {
        map,
        ..Field::new(key, label, width)
    }
}

/// Part 1 as printed: the person, items 1.1–1.7.
const FOREIGNER: Block = Block::new(
    Some(t(
        "1. Əcnəbi və ya vətəndaşlığı olmayan şəxs haqqında məlumatlar:",
        "az-form-block-foreigner",
    )),
    &[
        Row {
            fields: &[
                Field::new("surname", t("1.1. soyadı", "az-form-surname"), 50),
                Field::new("givenNames", t("1.2. adı", "az-form-given-name"), 50),
            ],
        },
        Row {
            fields: &[
                Field::new(
                    "patronymic",
                    t("1.3. atasının adı", "az-form-patronymic"),
                    40,
                ),
                Field::date(
                    "birthDate",
                    t("1.4. doğulduğu tarix (gün, ay, il)", "az-form-birth-date"),
                    30,
                ),
                // The copy seen has a line, not tick boxes: the word is written.
                text(
                    "sex",
                    t("1.5. cinsi", "az-form-sex"),
                    30,
                    &[("M", "kişi"), ("F", "qadın")],
                ),
            ],
        },
        Row {
            fields: &[
                Field::new(
                    "arrivedFrom",
                    t("1.6. hansı ölkədən gəlmişdir", "az-form-arrived-from"),
                    50,
                ),
                Field {
                    kind: Kind::Country,
                    map: &[("stateless", "vətəndaşlığı olmayan şəxs")],
                    ..Field::new(
                        "scenario.citizenship",
                        t("1.7. vətəndaşlıq mənsubiyyəti", "az-form-citizenship"),
                        50,
                    )
                },
            ],
        },
    ],
);

/// tirkeu's reconstruction of the items after 1.7 (not found): the data Art. 21.2/21.5 and the
/// State Migration Service ask for, in tirkeu's words.
const OTHER: Block = Block {
    note: Some(t(
        "Bu hissə imzaya qədər tirkeu-nun bərpasıdır: rəsmi blankın 1.7-ci bənddən sonrakı bəndləri tapılmayıb. Aşağıdakı sətirlər blankın sözləri deyil, Miqrasiya Məcəlləsinin 21-ci maddəsinin və Dövlət Miqrasiya Xidmətinin tələb etdiyi məlumatlardır; onları rəsmi blankın uyğun bəndlərinə köçürün.",
        "az-form-other-note",
    )),
    ..Block::new(
        Some(t(
            "Digər məlumatlar (rəsmi blankda olduğu kimi doldurulmalıdır)",
            "az-form-block-other",
        )),
        &[
            Row {
                fields: &[
                    text(
                        "scenario.passport",
                        t(
                            "pasportun (sərhədkeçmə sənədinin) növü",
                            "az-form-passport-kind",
                        ),
                        35,
                        PASSPORTS,
                    ),
                    Field::new(
                        "passportNumber",
                        t("seriyası və nömrəsi", "az-form-passport-number"),
                        30,
                    ),
                    Field::date(
                        "scenario.entryDate",
                        t(
                            "Azərbaycan Respublikasına gəldiyi tarix",
                            "az-form-entry-date",
                        ),
                        35,
                    ),
                ],
            },
            Row {
                fields: &[
                    text("scenario.visa", t("viza", "az-form-visa-kind"), 40, VISAS),
                    Field::new(
                        "visaNumber",
                        t("vizanın nömrəsi", "az-form-visa-number"),
                        30,
                    ),
                    Field::date(
                        "visaExpiry",
                        t("viza etibarlıdır (tarixədək)", "az-form-visa-expiry"),
                        30,
                    ),
                ],
            },
            Row {
                fields: &[Field {
                    lines: 2,
                    ..Field::new(
                        "address",
                        t("olduğu yerin ünvanı", "az-form-address"),
                        100,
                    )
                }],
            },
            Row {
                fields: &[
                    Field::date(
                        "scenario.entryDate",
                        t("olma müddəti: başlanğıcı", "az-form-stay-from"),
                        50,
                    ),
                    Field::date(
                        "scenario.exitDate",
                        t("olma müddəti: sonu", "az-form-stay-until"),
                        50,
                    ),
                ],
            },
            Row {
                fields: &[
                    Field::new(
                        "hostName",
                        t(
                            "qəbul edən tərəf: soyadı, adı və ya təşkilatın adı",
                            "az-form-host-name",
                        ),
                        60,
                    ),
                    Field::new(
                        "hostId",
                        t(
                            "qəbul edən tərəfin FİN-i, şəxsiyyət vəsiqəsi və ya VÖEN-i",
                            "az-form-host-id",
                        ),
                        40,
                    ),
                ],
            },
            Row {
                fields: &[
                    Field::new(
                        "hostAddress",
                        t("qəbul edən tərəfin ünvanı", "az-form-host-address"),
                        60,
                    ),
                    Field::new(
                        "hostPhone",
                        t("qəbul edən tərəfin telefonu", "az-form-host-phone"),
                        40,
                    ),
                ],
            },
        ],
    )
};

/// The attachments (Art. 21.2 and the State Migration Service), the due date tirkeu counted, the
/// date and the signature.
const END: Block = Block {
    note: Some(t(
        "Əlavə: pasportun (digər sərhədkeçmə sənədinin) surəti, o cümlədən viza səhifəsi və son giriş möhürü olan səhifə.",
        "az-form-attachments",
    )),
    ..Block::new(
        None,
        &[Row {
            fields: &[
                Field::date(
                    "facts.dueDate",
                    t("təqdim etməyin son günü (tirkeu)", "az-form-due"),
                    30,
                ),
                Field::new("", t("tarix", "az-form-filled-on"), 30),
                Field::new(
                    "",
                    t(
                        "qəbul edən tərəfin və ya əcnəbinin imzası",
                        "az-form-signature",
                    ),
                    40,
                ),
            ],
        }],
    )
};

/// The form.
pub const FORM: FormSpec = FormSpec {
    id: "az-place-of-stay-registration",
    country: "AZ",
    lang: "az",
    title: t(
        "Əcnəbinin və ya vətəndaşlığı olmayan şəxsin olduğu yer üzrə qeydiyyata alınması haqqında ƏRİZƏ-ANKET",
        "az-form-title",
    ),
    subtitle: Some(t(
        "Aşağıdakı məlumatları nəzərə alaraq, əcnəbinin və ya vətəndaşlığı olmayan şəxsin olduğu yer üzrə qeydiyyata alınmasını xahiş edirəm:",
        "az-form-request",
    )),
    notice: Some(t(
        "Rəsmi blank deyil. Başlıq, xahiş sətri və 1.1–1.7-ci bəndlər Əsasnamənin 6 saylı Əlavəsinin dərc olunmuş surətindən (2017) götürülüb; sonrakı bəndlərin mətni tapılmayıb. Ərizə-anket pasportun surəti ilə Dövlət Miqrasiya Xidmətinin elektron xidməti, qeydiyyat@migration.gov.az, regional miqrasiya idarəsi və ya «ASAN xidmət» mərkəzi vasitəsilə təqdim edilir.",
        "az-form-notice",
    )),
    version: Some(t(
        "\"Yaşayış yeri və olduğu yer üzrə qeydiyyat haqqında\" Azərbaycan Respublikası Qanununun tətbiqi haqqında Əsasnamə\"yə 6 saylı Əlavə",
        "az-form-annex",
    )),
    date: None,
    editions: &[],
    capitals: false,
    pages: &[Page {
        blocks: &[FOREIGNER, OTHER, END],
    }],
    person_keys: &["surname", "givenNames", "patronymic"],
    chrome: Chrome {
        sheet: t("Vərəq { $n } / { $m }", "az-form-sheet"),
        cont_title: t("Ərizə-anketin davamı", "az-form-cont-title"),
        cont_sub: t(
            "1-ci vərəqə sığmayan sahələr tam halda. 1-ci vərəqdə onlar kvadrat mötərizədəki nömrə ilə qeyd olunub.",
            "az-form-cont-sub",
        ),
        cont_note: t(
            "[1], [2] … ilə qeyd olunmuş sahələr davam vərəqində tam verilib.",
            "az-form-cont-note",
        ),
        person: t("Əcnəbi", "az-form-foreigner"),
        item: t("№ { $n }", "az-form-item"),
        footer: t(
            "tirkeu tərəfindən hazırlanıb; qaydaların yoxlanıldığı tarix",
            "az-form-footer",
        ),
        not_advice: t(
            "Məlumat xarakterlidir, hüquqi məsləhət deyil.",
            "az-form-not-advice",
        ),
    },
    // The longest value of each field (the reasons are in docs/form.md).
    inputs: &[
        Input::name("surname", 80),
        Input::name("givenNames", 80),
        Input::name("patronymic", 80),
        Input::new("arrivedFrom", 80),
        Input::new("passportNumber", 20),
        Input::new("visaNumber", 30),
        Input::new("address", 200),
        Input::name("hostName", 200),
        Input::new("hostId", 30),
        Input::new("hostPhone", 40),
        Input::new("hostAddress", 200),
    ],
    // The renderings are in the country's catalogs (locales/<lang>/form.ftl).
    catalogs: &[],
};
