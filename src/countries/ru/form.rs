//! Russia's notification of the arrival of a foreign citizen or stateless person at the place of
//! stay («Уведомление о прибытии иностранного гражданина или лица без гражданства в место
//! пребывания», Annex 4 to MVD Order No. 856 of 10 Dec 2020, as amended by Order No. 628 of
//! 22 Oct 2024, in force 5 Feb 2025), as data ([`FORM`]) for the generic renderers in
//! `src/form/`. Filed by the receiving party (or the foreigner, 109-FZ Art. 22) with the MVD's
//! migration unit, a public services centre (MFC), by post or on Gosuslugi; the stamped tear-off
//! part is the proof (Art. 22(7)).
//!
//! What it rests on (docs/research/ru.md §6): the blank's two sheets, each printed on both
//! sides: sheet 1 the person (front) and the addresses (back); sheet 2 the receiving party, and
//! under the "Линия отрыва" its tear-off part («ОТРЫВНАЯ ЧАСТЬ БЛАНКА УВЕДОМЛЕНИЯ»), front and
//! back. The fields and their box counts come from the MVD blank's cell coordinates, checked
//! with an independent reproduction; where the two disagree the smaller count is taken
//! (docs/form.md). Labels that were not read verbatim on the official blank (ru.md's * labels,
//! the signature lines) carry a `*`, and the notice says that they are tirkeu's reading; so is
//! the layout (labels beside one box per character, in rows that fit A4). Values in boxes are
//! printed in capitals; labels are Russian, the form's language; their renderings in the
//! user's language are in `locales/<lang>/form.ftl` (`ru-form-…`).

use crate::form::spec::{
    t, Block, Chrome, Edition, Field, FormSpec, Input, Kind, Opt, Page, Row, Text,
};

/// Every visa kind the Russian rules know, for the tick "виза" (visa-free entry ticks none).
const VISAS: &[&str] = &[
    "e-visa",
    "tourist",
    "business",
    "private",
    "work",
    "student",
    "humanitarian",
    "diplomatic",
    "service",
    "transit",
];

/// The identity document's kind, as the form's 29 boxes take it.
const PASSPORTS: &[(&str, &str)] = &[
    ("ordinary", "ПАСПОРТ"),
    ("diplomatic", "ДИПЛОМАТИЧЕСКИЙ ПАСПОРТ"),
    ("service", "СЛУЖЕБНЫЙ ПАСПОРТ"),
];

/// The same in the tear-off part's 10 boxes: every kind is a passport.
const PASSPORT_SHORT: &[(&str, &str)] = &[
    ("ordinary", "ПАСПОРТ"),
    ("diplomatic", "ПАСПОРТ"),
    ("service", "ПАСПОРТ"),
];

/// A row of one field.
macro_rules! row {
    ($f:expr) => {
        Row { fields: &[$f] }
    };
}

/// `n` boxes for `key`, the label beside them (what the boxes leave, at least 15 %).
const fn boxes(key: &'static str, label: Text, width: u8, n: u8) -> Field {
    Field::boxed(key, label, width, n).beside(15)
}

/// `rows` rows of `n` boxes for one value.
const fn rows(key: &'static str, label: Text, n: u8, rows: u8) -> Field {
    Field {
        lines: rows,
        ..boxes(key, label, 100, n)
    }
}

/// A date, the label beside it.
const fn date(key: &'static str, label: Text, width: u8) -> Field {
    Field::date(key, label, width).beside(50)
}

const fn mapped(f: Field, map: &'static [(&'static str, &'static str)]) -> Field {
    Field { map, ..f }
}

const fn only(f: Field, when: &'static [&'static str]) -> Field {
    Field { when, ..f }
}

const SEX: Field = Field::choice(
    "sex",
    t("Пол", "ru-form-sex"),
    25,
    &[
        Opt {
            when: &["M"],
            label: t("мужской", "ru-form-male"),
        },
        Opt {
            when: &["F"],
            label: t("женский", "ru-form-female"),
        },
    ],
);

const CITIZENSHIP: Field = Field {
    kind: Kind::Country,
    map: &[("stateless", "лицо без гражданства")],
    ..Field::new(
        "scenario.citizenship",
        t("Гражданство (подданство)", "ru-form-citizenship"),
        50,
    )
};

const BIRTH_DATE: Field = Field::date("birthDate", t("Дата рождения", "ru-form-birth-date"), 25);

/// The four lines of an address in Russia, as the form divides them (its sub-labels were not
/// read verbatim: ru.md §6).
const ADDRESS_PARTS: &str = "Адрес: субъект РФ, муниципальное образование, поселение, населенный пункт, улица, дом, корпус, строение, квартира*";

const PERSON: Block = Block::new(
    Some(t(
        "1. Сведения о лице, подлежащем постановке на учет",
        "ru-form-block-person",
    )),
    &[
        row!(boxes("surname", t("Фамилия", "ru-form-surname"), 100, 28)),
        row!(boxes(
            "surnameLatin",
            t("Фамилия латинскими буквами*", "ru-form-surname-latin"),
            100,
            22,
        )),
        row!(boxes(
            "givenNames",
            t("Имя", "ru-form-given-names"),
            100,
            28
        )),
        row!(boxes(
            "givenNamesLatin",
            t("Имя латинскими буквами*", "ru-form-given-names-latin"),
            100,
            23,
        )),
        row!(boxes(
            "patronymic",
            t("Отчество (при наличии)", "ru-form-patronymic"),
            100,
            24,
        )),
        row!(boxes(
            "patronymicLatin",
            t("Отчество латинскими буквами*", "ru-form-patronymic-latin"),
            100,
            22,
        )),
        Row {
            fields: &[CITIZENSHIP, BIRTH_DATE, SEX],
        },
        row!(boxes(
            "",
            t("Место рождения: государство", "ru-form-birth-state"),
            100,
            25,
        )),
        row!(boxes(
            "",
            t("город (населенный пункт)", "ru-form-birth-place"),
            100,
            31,
        )),
        row!(mapped(
            boxes(
                "scenario.passport",
                t("Документ, удостоверяющий личность: вид", "ru-form-id-kind"),
                100,
                29,
            ),
            PASSPORTS,
        )),
        Row {
            fields: &[
                boxes("", t("серия", "ru-form-series"), 40, 6),
                boxes("passportNumber", t("№", "ru-form-number"), 60, 21),
            ],
        },
        Row {
            fields: &[
                date("passportIssueDate", t("дата выдачи", "ru-form-issued"), 50),
                date("passportExpiry", t("срок действия", "ru-form-valid"), 50),
            ],
        },
        row!(boxes(
            "",
            t(
                "Для ребенка без собственного документа: номер записи акта о рождении*",
                "ru-form-birth-record",
            ),
            100,
            21,
        )),
        row!(Field::new(
            "",
            t(
                "дата записи и наименование органа, составившего запись*",
                "ru-form-birth-record-by",
            ),
            100,
        )
        .beside(25)),
        row!(Field::choice(
            "scenario.visa",
            t(
                "Документ, подтверждающий право на пребывание (проживание)",
                "ru-form-stay-doc",
            ),
            100,
            &[
                Opt {
                    when: VISAS,
                    label: t("виза", "ru-form-stay-doc-visa"),
                },
                Opt {
                    when: &[],
                    label: t("вид на жительство", "ru-form-stay-doc-residence"),
                },
                Opt {
                    when: &[],
                    label: t("разрешение на временное проживание", "ru-form-stay-doc-trp",),
                },
                Opt {
                    when: &[],
                    label: t(
                        "разрешение на временное проживание в целях получения образования",
                        "ru-form-stay-doc-trp-study",
                    ),
                },
            ],
        )
        .beside(25)),
        Row {
            fields: &[
                boxes("", t("серия", "ru-form-series"), 40, 6),
                boxes("visaNumber", t("№", "ru-form-number"), 60, 21),
            ],
        },
        Row {
            fields: &[
                date("", t("дата выдачи", "ru-form-issued"), 50),
                date("visaExpiry", t("срок действия", "ru-form-valid"), 50),
            ],
        },
        // The purpose follows the visa's kind (an inference: the form asks it, the scenario
        // has the visa); visa-free and e-visa entries tick none.
        row!(Field::choice(
            "scenario.visa",
            t("Цель въезда", "ru-form-purpose"),
            100,
            &[
                Opt {
                    when: &["diplomatic", "service"],
                    label: t("служебная", "ru-form-purpose-official"),
                },
                Opt {
                    when: &["tourist"],
                    label: t("туризм", "ru-form-purpose-tourism"),
                },
                Opt {
                    when: &["business"],
                    label: t("деловая", "ru-form-purpose-business"),
                },
                Opt {
                    when: &["student"],
                    label: t("учеба", "ru-form-purpose-study"),
                },
                Opt {
                    when: &["work"],
                    label: t("работа", "ru-form-purpose-work"),
                },
                Opt {
                    when: &["private"],
                    label: t("частная", "ru-form-purpose-private"),
                },
                Opt {
                    when: &["transit"],
                    label: t("транзит", "ru-form-purpose-transit"),
                },
                Opt {
                    when: &["humanitarian"],
                    label: t("гуманитарная", "ru-form-purpose-humanitarian"),
                },
                Opt {
                    when: &[],
                    label: t("другая", "ru-form-purpose-other"),
                },
            ],
        )
        .beside(15)),
        row!(boxes("", t("Телефон +7", "ru-form-phone"), 100, 10)),
        row!(boxes("", t("Профессия", "ru-form-profession"), 100, 27)),
        Row {
            fields: &[
                date(
                    "scenario.entryDate",
                    t("Дата въезда", "ru-form-entry-date"),
                    50,
                ),
                date(
                    "facts.stayUntil",
                    t("Срок пребывания до", "ru-form-stay-until"),
                    50,
                ),
            ],
        },
        Row {
            fields: &[
                boxes(
                    "migrationCardSeries",
                    t("Миграционная карта: серия", "ru-form-card-series"),
                    40,
                    4,
                ),
                boxes("migrationCardNumber", t("№", "ru-form-number"), 60, 13),
            ],
        },
        row!(Field {
            lines: 2,
            ..Field::new(
                "",
                t(
                    "Сведения о законных представителях",
                    "ru-form-representatives",
                ),
                100,
            )
            .beside(25)
        }),
    ],
);

const PREVIOUS: Block = Block::new(
    Some(t(
        "Адрес прежнего места пребывания в Российской Федерации",
        "ru-form-block-previous",
    )),
    &[row!(rows(
        "",
        t(ADDRESS_PARTS, "ru-form-address-parts"),
        31,
        4
    ))],
);

const STAY: Block = Block::new(
    Some(t("2. Место пребывания", "ru-form-block-stay")),
    &[
        row!(rows(
            "address",
            t(ADDRESS_PARTS, "ru-form-address-parts"),
            31,
            4
        )),
        // Inferred from the accommodation (a private home, a hotel or an organisation).
        row!(Field::choice(
            "scenario.accommodation",
            t("Место пребывания*", "ru-form-premises"),
            100,
            &[
                Opt {
                    when: &["private"],
                    label: t("жилое помещение", "ru-form-premises-dwelling"),
                },
                Opt {
                    when: &[],
                    label: t("иное помещение", "ru-form-premises-other"),
                },
                Opt {
                    when: &["hotel", "organization"],
                    label: t("организация", "ru-form-premises-organization"),
                },
            ],
        )
        .beside(25)),
        row!(Field {
            lines: 2,
            ..Field::new(
                "",
                t(
                    "Наименование и реквизиты документа о праве пользования помещением*",
                    "ru-form-use-document",
                ),
                100,
            )
            .beside(25)
        }),
        row!(boxes(
            "",
            t("Кадастровый номер", "ru-form-cadastral"),
            100,
            20
        )),
        row!(rows(
            "",
            t("Фактическое место нахождения", "ru-form-actual-place"),
            31,
            3,
        )),
        row!(boxes(
            "",
            t(
                "Кадастровый номер земельного (лесного) участка",
                "ru-form-plot-cadastral",
            ),
            100,
            20,
        )),
    ],
);

/// The host's kind follows the accommodation: a private home's host is a person.
const HOST: Block = Block::new(
    Some(t("3. Сведения о принимающей стороне", "ru-form-block-host")),
    &[
        row!(Field::choice(
            "scenario.accommodation",
            t("Принимающая сторона", "ru-form-host-kind"),
            100,
            &[
                Opt {
                    when: &["hotel", "organization"],
                    label: t("организация", "ru-form-host-organization"),
                },
                Opt {
                    when: &["private"],
                    label: t("физическое лицо", "ru-form-host-person"),
                },
            ],
        )
        .beside(25)),
        row!(boxes(
            "hostSurname",
            t("Фамилия", "ru-form-surname"),
            100,
            28
        )),
        row!(boxes(
            "hostGivenNames",
            t("Имя", "ru-form-given-names"),
            100,
            28
        )),
        row!(boxes(
            "hostPatronymic",
            t("Отчество (при наличии)", "ru-form-patronymic"),
            100,
            23,
        )),
        Row {
            fields: &[
                boxes(
                    "",
                    t("Документ, удостоверяющий личность: вид", "ru-form-id-kind"),
                    40,
                    10,
                ),
                boxes("", t("серия", "ru-form-series"), 20, 4),
                boxes("", t("№", "ru-form-number"), 40, 12),
            ],
        },
        Row {
            fields: &[
                date("", t("дата выдачи", "ru-form-issued"), 50),
                date("", t("срок действия", "ru-form-valid"), 50),
            ],
        },
        row!(only(
            rows(
                "hostAddress",
                t("Адрес места жительства", "ru-form-host-home"),
                31,
                4,
            ),
            &["private"],
        )),
    ],
);

/// The tear-off part, front: whose arrival at which address was notified, until when.
const TEAR_FRONT: Block = Block {
    cut: Some(t("Линия отрыва", "ru-form-cut")),
    note: Some(t("Настоящим подтверждается, что", "ru-form-confirmed")),
    ..Block::new(
        Some(t(
            "ОТРЫВНАЯ ЧАСТЬ БЛАНКА УВЕДОМЛЕНИЯ",
            "ru-form-block-tear-off",
        )),
        &[
            row!(boxes("surname", t("Фамилия", "ru-form-surname"), 100, 28)),
            row!(boxes(
                "givenNames",
                t("Имя", "ru-form-given-names"),
                100,
                28
            )),
            row!(boxes(
                "patronymic",
                t("Отчество (при наличии)", "ru-form-patronymic"),
                100,
                23,
            )),
            Row {
                fields: &[CITIZENSHIP, BIRTH_DATE, SEX],
            },
            Row {
                fields: &[
                    mapped(
                        boxes(
                            "scenario.passport",
                            t("Документ, удостоверяющий личность: вид", "ru-form-id-kind"),
                            40,
                            10,
                        ),
                        PASSPORT_SHORT,
                    ),
                    boxes("", t("серия", "ru-form-series"), 20, 4),
                    boxes("passportNumber", t("№", "ru-form-number"), 40, 10),
                ],
            },
            Row {
                fields: &[
                    date("passportIssueDate", t("дата выдачи", "ru-form-issued"), 50),
                    date(
                        "passportExpiry",
                        t(
                            "Срок действия до (в случае ограничения срока действия)*",
                            "ru-form-tear-id-valid",
                        ),
                        50,
                    ),
                ],
            },
        ],
    )
};

const TEAR_ADDRESS: Block = Block {
    note: Some(t(
        "в установленном порядке уведомил о прибытии в место пребывания по адресу:",
        "ru-form-notified-at",
    )),
    ..Block::new(
        None,
        &[
            row!(rows(
                "address",
                t(ADDRESS_PARTS, "ru-form-address-parts"),
                31,
                4
            )),
            row!(boxes(
                "",
                t("Кадастровый номер", "ru-form-cadastral"),
                100,
                20
            )),
            row!(rows(
                "",
                t("Фактическое место нахождения", "ru-form-actual-place"),
                31,
                3,
            )),
            row!(boxes(
                "",
                t(
                    "Кадастровый номер земельного (лесного) участка",
                    "ru-form-plot-cadastral",
                ),
                100,
                20,
            )),
            row!(Field::date(
                "facts.stayUntil",
                t("Заявленный срок пребывания до", "ru-form-declared-until"),
                100,
            )
            .beside(50)),
        ],
    )
};

/// Sheet 2, back, upper part: the receiving party's phone, an organisation's name, taxpayer
/// number and address, and the signature; the due date tirkeu counted.
const HOST_MORE: Block = Block::new(
    Some(t(
        "3. Сведения о принимающей стороне (продолжение)*",
        "ru-form-block-host-more",
    )),
    &[
        row!(boxes(
            "hostPhone",
            t("Телефон +7", "ru-form-phone"),
            100,
            10
        )),
        row!(rows(
            "hostName",
            t("Наименование организации", "ru-form-org-name"),
            26,
            2,
        )),
        row!(boxes("hostId", t("ИНН", "ru-form-inn"), 100, 12)),
        row!(only(
            rows(
                "hostAddress",
                t("Фактический адрес организации", "ru-form-org-address"),
                31,
                4,
            ),
            &["hotel", "organization"],
        )),
        Row {
            fields: &[
                Field::date(
                    "facts.dueDate",
                    t("Направить не позднее (расчет tirkeu)", "ru-form-due"),
                    30,
                ),
                Field::new("", t("Дата*", "ru-form-signed-on"), 20),
                Field::new(
                    "",
                    t("Подпись принимающей стороны*", "ru-form-signature"),
                    50,
                ),
            ],
        },
    ],
);

/// The tear-off part, back: the receiving party, its signature and seal, and the box for the
/// MVD's (or the post office's) mark.
const TEAR_BACK: Block = Block {
    cut: Some(t("Линия отрыва", "ru-form-cut")),
    note: Some(t(
        "Для принимающей стороны либо иностранного гражданина в случае, предусмотренном частью 3.1 статьи 22*",
        "ru-form-tear-back-note",
    )),
    ..Block::new(
        Some(t(
            "ОТРЫВНАЯ ЧАСТЬ БЛАНКА УВЕДОМЛЕНИЯ (оборотная сторона)*",
            "ru-form-block-tear-back",
        )),
        &[
            row!(boxes("hostSurname", t("Фамилия", "ru-form-surname"), 100, 28)),
            row!(boxes("hostGivenNames", t("Имя", "ru-form-given-names"), 100, 28)),
            row!(boxes(
                "hostPatronymic",
                t("Отчество (при наличии)", "ru-form-patronymic"),
                100,
                23,
            )),
            row!(rows(
                "hostName",
                t("Наименование организации", "ru-form-org-name"),
                22,
                2,
            )),
            Row {
                fields: &[
                    boxes("hostId", t("ИНН", "ru-form-inn"), 50, 12),
                    date("", t("Дата*", "ru-form-signed-on"), 50),
                ],
            },
            Row {
                fields: &[
                    Field {
                        lines: 6,
                        ..Field::new(
                            "",
                            t(
                                "Подпись принимающей стороны либо иностранного гражданина*",
                                "ru-form-tear-signature",
                            ),
                            35,
                        )
                    },
                    Field {
                        lines: 6,
                        ..Field::new(
                            "",
                            t("Печать организации (при наличии)", "ru-form-seal"),
                            25,
                        )
                    },
                    Field {
                        lines: 6,
                        ..Field::new(
                            "",
                            t(
                                "Отметка о подтверждении выполнения принимающей стороной и иностранным гражданином действий, необходимых для его постановки на учет по месту пребывания*",
                                "ru-form-mark",
                            ),
                            40,
                        )
                    },
                ],
            },
        ],
    )
};

/// The form.
pub const FORM: FormSpec = FormSpec {
    id: "ru-arrival-notification",
    country: "RU",
    lang: "ru",
    title: t(
        "Уведомление о прибытии иностранного гражданина или лица без гражданства в место пребывания",
        "ru-form-title",
    ),
    subtitle: None,
    notice: Some(t(
        "Не официальный бланк: поля и число клеток — по сведениям о приложении № 4, расположение — tirkeu; подписи со знаком * — прочтение tirkeu, дословно на бланке не проверены. Заполняется печатными буквами, по одной в клетке; печать с двух сторон: стр. 1–2 — лист 1, стр. 3–4 — лист 2 с отрывной частью. Подается в подразделение МВД по вопросам миграции, через МФЦ, почтой (два экземпляра) или через Госуслуги.",
        "ru-form-notice",
    )),
    version: Some(t(
        "Приложение № 4 к приказу МВД России от 10.12.2020 № 856 (в ред. приказа от 22.10.2024 № 628)",
        "ru-form-version",
    )),
    date: None,
    // Order 628 came into force on 5 Feb 2025; Order 856 is of 10 Dec 2020 (the form before
    // it, an FMS/MVD order, was not established: the current blank is printed, and says so).
    editions: &[
        Edition {
            until: "2020-12-10",
            version: t(
                "Приложение № 4 к приказу МВД России от 10.12.2020 № 856 (на дату въезда действовала прежняя форма, ее реквизиты tirkeu не установлены)",
                "ru-form-version-before-856",
            ),
        },
        Edition {
            until: "2025-02-05",
            version: t(
                "Приложение № 4 к приказу МВД России от 10.12.2020 № 856",
                "ru-form-version-856",
            ),
        },
    ],
    capitals: true,
    pages: &[
        Page {
            blocks: &[PERSON],
        },
        Page {
            blocks: &[PREVIOUS, STAY],
        },
        Page {
            blocks: &[HOST, TEAR_FRONT, TEAR_ADDRESS],
        },
        Page {
            blocks: &[HOST_MORE, TEAR_BACK],
        },
    ],
    person_keys: &["surname", "givenNames", "patronymic"],
    chrome: Chrome {
        sheet: t("Стр. { $n } из { $m }", "ru-form-sheet"),
        cont_title: t("Продолжение уведомления о прибытии", "ru-form-cont-title"),
        cont_sub: t(
            "Значения, не поместившиеся в клетки, полностью. В клетках они отмечены своим номером в квадратных скобках.",
            "ru-form-cont-sub",
        ),
        cont_note: t(
            "Значения с пометкой [1], [2] … полностью приведены на листе продолжения.",
            "ru-form-cont-note",
        ),
        person: t("Иностранный гражданин", "ru-form-foreigner"),
        item: t("№ { $n }", "ru-form-item"),
        footer: t("Подготовлено tirkeu; правила проверены", "ru-form-footer"),
        not_advice: t("Справка, а не юридическая консультация.", "ru-form-not-advice"),
    },
    // Each value's longest length is its box count; a value in two places takes the smaller
    // (docs/form.md): the patronymic 23 (24 on sheet 1), the passport number 10 (21 on sheet
    // 1), an organisation's name 39 (26 + 16 on sheet 2, 22 + 17 on the tear-off part).
    inputs: &[
        Input::name("surname", 28),
        Input::name("surnameLatin", 22),
        Input::name("givenNames", 28),
        Input::name("givenNamesLatin", 23),
        Input::name("patronymic", 23),
        Input::name("patronymicLatin", 22),
        Input::new("passportNumber", 10),
        Input::new("visaNumber", 21),
        Input::new("migrationCardSeries", 4),
        Input::new("migrationCardNumber", 13),
        Input::new("address", 124),
        Input::name("hostSurname", 28),
        Input::name("hostGivenNames", 28),
        Input::name("hostPatronymic", 23),
        Input::new("hostName", 39),
        Input::new("hostId", 12),
        Input::new("hostPhone", 10),
        Input::new("hostAddress", 124),
    ],
    // The renderings are in the country's catalogs (locales/<lang>/form.ftl).
    catalogs: &[],
};
