//! Kazakhstan's notification of the arrival of a foreigner, filed by the receiving party, as data
//! ([`FORM`]) for the generic renderers in `src/form/`. The official annex to the Rules (MIA Order
//! No. 83) was not found (docs/research/kz.md §7.1): the field set is the proposal of kz.md §7.2,
//! an inference, and the form says so on its face. Labels are Russian, the form's language; their
//! renderings in the user's language are in `locales/<lang>/form.ftl` (`kz-form-…`).

use crate::form::spec::{
    t, Block, Chrome, Field, FormSpec, Group, Input, Kind, Opt, Page, Row, Rule,
};

/// The message of the `tax-id-12-digits` check of the IIN / BIN (in the catalogs'
/// `errors.ftl`, which the form module embeds).
pub const HOST_ID_MESSAGE: &str = "kz-form-err-host-id";

/// The Russian names of the visa kinds, as the form prints them.
const VISAS: &[(&str, &str)] = &[
    ("none", "без визы (безвизовый въезд)"),
    ("tourist", "туристическая"),
    ("business", "деловая"),
    ("private", "частная"),
    ("work", "рабочая"),
    ("student", "студенческая"),
    ("investor", "инвесторская"),
    ("diplomatic", "дипломатическая"),
    ("service", "служебная"),
    ("transit", "транзитная"),
    ("medical", "на лечение"),
    ("humanitarian", "гуманитарная"),
    ("missionary", "миссионерская"),
    ("family", "воссоединение семьи"),
];

const BIRTH_DATE: crate::form::spec::Text = t("Дата рождения", "kz-form-birth-date");

const FOREIGNER: Block = Block::new(
    Some(t("1. Сведения об иностранце", "kz-form-block-foreigner")),
    &[
        Row {
            fields: &[
                Field::new("surname", t("Фамилия", "kz-form-surname"), 50),
                Field::new("givenNames", t("Имя", "kz-form-given-names"), 50),
            ],
        },
        Row {
            fields: &[
                Field::new(
                    "patronymic",
                    t("Отчество (при наличии)", "kz-form-patronymic"),
                    35,
                ),
                Field::date("birthDate", BIRTH_DATE, 20),
                Field::choice(
                    "sex",
                    t("Пол", "kz-form-sex"),
                    20,
                    &[
                        Opt {
                            when: &["M"],
                            label: t("муж.", "kz-form-male"),
                        },
                        Opt {
                            when: &["F"],
                            label: t("жен.", "kz-form-female"),
                        },
                    ],
                ),
                Field {
                    kind: Kind::Country,
                    map: &[("stateless", "лицо без гражданства")],
                    ..Field::new(
                        "scenario.citizenship",
                        t("Гражданство", "kz-form-citizenship"),
                        25,
                    )
                },
            ],
        },
        Row {
            fields: &[
                Field::new(
                    "passportNumber",
                    t("Паспорт: номер", "kz-form-passport-number"),
                    40,
                ),
                Field::date(
                    "passportIssueDate",
                    t("Дата выдачи", "kz-form-passport-issued"),
                    30,
                ),
                Field::date(
                    "passportExpiry",
                    t("Действителен до", "kz-form-passport-expiry"),
                    30,
                ),
            ],
        },
        Row {
            fields: &[
                Field::new("visaNumber", t("Виза: номер", "kz-form-visa-number"), 30),
                Field {
                    map: VISAS,
                    ..Field::new("scenario.visa", t("Вид визы", "kz-form-visa-kind"), 40)
                },
                Field::date(
                    "visaExpiry",
                    t("Виза действительна до", "kz-form-visa-expiry"),
                    30,
                ),
            ],
        },
    ],
);

const ENTRY: Block = Block::new(
    Some(t("2. Въезд", "kz-form-block-entry")),
    &[Row {
        fields: &[
            Field::date(
                "scenario.entryDate",
                t("Дата въезда в Республику Казахстан", "kz-form-entry-date"),
                30,
            ),
            Field::new(
                "checkpoint",
                t("Пункт пропуска через границу", "kz-form-checkpoint"),
                35,
            ),
            Field::new("purpose", t("Цель визита", "kz-form-purpose"), 35),
        ],
    }],
);

const STAY: Block = Block::new(
    Some(t("3. Пребывание", "kz-form-block-stay")),
    &[
        Row {
            fields: &[Field {
                lines: 2,
                ..Field::new(
                    "address",
                    t(
                        "Адрес временного пребывания (область, город, улица, дом, квартира)",
                        "kz-form-address",
                    ),
                    100,
                )
            }],
        },
        Row {
            fields: &[
                Field::date(
                    "scenario.entryDate",
                    t("Срок пребывания: с", "kz-form-stay-from"),
                    20,
                ),
                Field::date("scenario.exitDate", t("по", "kz-form-stay-until"), 20),
                Field::choice(
                    "scenario.accommodation",
                    t("Место размещения", "kz-form-accommodation"),
                    60,
                    &[
                        Opt {
                            when: &["private"],
                            label: t("жильё физ. лица", "kz-form-acc-private"),
                        },
                        Opt {
                            when: &["hotel"],
                            label: t("гостиница", "kz-form-acc-hotel"),
                        },
                        Opt {
                            when: &["organization"],
                            label: t("организация", "kz-form-acc-organization"),
                        },
                    ],
                ),
            ],
        },
    ],
);

const CHILDREN: Block = Block {
    group: Some(Group {
        key: "children",
        min: 3,
    }),
    ..Block::new(
        Some(t(
            "4. Сопровождающие дети (при наличии)",
            "kz-form-block-children",
        )),
        &[Row {
            fields: &[
                Field::new(
                    "children[].name",
                    t("Фамилия, имя", "kz-form-child-name"),
                    50,
                ),
                Field::date("children[].birthDate", BIRTH_DATE, 20),
                Field::new(
                    "children[].passportNumber",
                    t("Паспорт (номер)", "kz-form-child-passport"),
                    30,
                ),
            ],
        }],
    )
};

const HOST: Block = Block::new(
    Some(t("5. Принимающая сторона", "kz-form-block-host")),
    &[
        Row {
            fields: &[
                // Inference from the accommodation: a private home's host is an individual.
                Field::choice(
                    "scenario.accommodation",
                    t("Принимающая сторона", "kz-form-host-kind"),
                    40,
                    &[
                        Opt {
                            when: &["private"],
                            label: t("физ. лицо", "kz-form-host-person"),
                        },
                        Opt {
                            when: &["hotel", "organization"],
                            label: t("юр. лицо", "kz-form-host-entity"),
                        },
                    ],
                ),
                Field::new("hostId", t("ИИН / БИН", "kz-form-host-id"), 30),
                Field::new("hostPhone", t("Телефон", "kz-form-host-phone"), 30),
            ],
        },
        Row {
            fields: &[
                Field::new(
                    "hostName",
                    t("ФИО / наименование организации", "kz-form-host-name"),
                    60,
                ),
                Field::new(
                    "hostContact",
                    t("Ответственное лицо (для юр. лица)", "kz-form-host-contact"),
                    40,
                ),
            ],
        },
        Row {
            fields: &[Field::new(
                "hostAddress",
                t("Адрес принимающей стороны", "kz-form-host-address"),
                100,
            )],
        },
    ],
);

const END: Block = Block::new(
    None,
    &[Row {
        fields: &[
            Field::date(
                "facts.dueDate",
                t("Уведомить не позднее", "kz-form-due"),
                30,
            ),
            Field::new("", t("Дата заполнения", "kz-form-filled-on"), 30),
            Field::new(
                "",
                t("Подпись принимающей стороны", "kz-form-signature"),
                40,
            ),
        ],
    }],
);

/// The form.
pub const FORM: FormSpec = FormSpec {
    id: "kz-arrival-notification",
    country: "KZ",
    lang: "ru",
    title: t(
        "Уведомление о прибытии иностранца или лица без гражданства",
        "kz-form-title",
    ),
    subtitle: Some(t(
        "подаётся принимающей стороной в органы внутренних дел (миграционную службу)",
        "kz-form-subtitle",
    )),
    notice: Some(t(
        "Не официальный бланк. Поля составлены по сведениям о приложении к Правилам (приказ МВД РК № 83) и о форме на vmp.gov.kz; официальная форма и её расположение не установлены. Уведомление подаётся через vmp.gov.kz, egov.kz, eQonaq или в миграционной службе.",
        "kz-form-notice",
    )),
    version: None,
    date: None,
    editions: &[],
    capitals: false,
    pages: &[Page {
        blocks: &[FOREIGNER, ENTRY, STAY, CHILDREN, HOST, END],
    }],
    person_keys: &["surname", "givenNames", "patronymic"],
    chrome: Chrome {
        sheet: t("Лист { $n } из { $m }", "kz-form-sheet"),
        cont_title: t("Продолжение уведомления о прибытии", "kz-form-cont-title"),
        cont_sub: t(
            "Поля, не поместившиеся на листе 1, полностью. На листе 1 они отмечены своим номером в квадратных скобках.",
            "kz-form-cont-sub",
        ),
        cont_note: t(
            "Поля с пометкой [1], [2] … полностью приведены на листе продолжения.",
            "kz-form-cont-note",
        ),
        person: t("Иностранец", "kz-form-foreigner"),
        item: t("ребёнок { $n }", "kz-form-child-n"),
        footer: t("Подготовлено tirkeu; правила проверены", "kz-form-footer"),
        not_advice: t("Справка, а не юридическая консультация.", "kz-form-not-advice"),
    },
    // The longest value of each field (the reasons are in docs/form.md), and the IIN/BIN check.
    inputs: &[
        Input::name("surname", 80),
        Input::name("givenNames", 80),
        Input::name("patronymic", 80),
        Input::new("passportNumber", 20),
        Input::new("visaNumber", 30),
        Input::new("purpose", 200),
        Input::new("checkpoint", 100),
        Input::new("address", 200),
        Input::name("hostName", 200),
        Input {
            rule: Some((
                "tax-id-12-digits",
                Rule::Digits { n: 12, ignore: " -" },
                HOST_ID_MESSAGE,
            )),
            ..Input::new("hostId", 30)
        },
        Input::new("hostPhone", 40),
        Input::new("hostAddress", 200),
        Input::name("hostContact", 100),
        Input::name("children[].name", 120),
        Input::new("children[].passportNumber", 20),
    ],
    // The renderings are in the country's catalogs (locales/<lang>/form.ftl).
    catalogs: &[],
};
