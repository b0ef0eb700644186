//! What the page and the embed ask about a stay in Russia (see `rules::ui`): the passport, visa
//! and accommodation kinds, the details of the notification of arrival (`form.rs`: each
//! maximum is the number of its boxes, as its `inputs`; checked by `tests/country_ui.rs`), the
//! FAQ's claims, and the channels each receiving party uses itself. Fines are in roubles.

use crate::rules::ui::{CountryUi, DetailField, OwnChannels, UiDefaults};
use crate::scenario::{Accommodation, Passport, Visa};

const fn field(
    code: &'static str,
    kind: &'static str,
    max_length: u16,
    group: &'static str,
    label: &'static str,
) -> DetailField {
    DetailField {
        code,
        kind,
        max_length,
        group,
        label,
        pattern: "",
        error: "",
        wide: false,
    }
}
const fn wide(f: DetailField) -> DetailField {
    DetailField { wide: true, ..f }
}

const PORTALS: &[&str] = &["ru-post", "ru-mfc", "ru-mvd", "ru-gosuslugi-host"];

pub static UI: CountryUi = CountryUi {
    passports: &[Passport::Ordinary, Passport::Diplomatic, Passport::Service],
    visas: &[
        Visa::None,
        Visa::EVisa,
        Visa::Tourist,
        Visa::Business,
        Visa::Private,
        Visa::Work,
        Visa::Student,
        Visa::Humanitarian,
        Visa::Diplomatic,
        Visa::Service,
        Visa::Transit,
    ],
    accommodations: &[
        Accommodation::Private,
        Accommodation::Hotel,
        Accommodation::Organization,
    ],
    // The notification's inputs (form.rs), in its order: the person (sheet 1), the place of
    // stay, the receiving party (sheet 2). The rest of the blank is filled by hand.
    details: &[
        field("surname", "text", 28, "person", "ui-d-surname"),
        field("surnameLatin", "text", 22, "person", "ui-d-surname-latin"),
        field("givenNames", "text", 28, "person", "ui-d-given-names"),
        field(
            "givenNamesLatin",
            "text",
            23,
            "person",
            "ui-d-given-names-latin",
        ),
        field("patronymic", "text", 23, "person", "ui-d-patronymic"),
        field(
            "patronymicLatin",
            "text",
            22,
            "person",
            "ui-d-patronymic-latin",
        ),
        field("sex", "sex", 0, "person", "ui-d-sex"),
        field(
            "passportNumber",
            "text",
            10,
            "person",
            "ui-d-passport-number",
        ),
        field(
            "passportIssueDate",
            "date",
            0,
            "person",
            "ui-d-passport-issue-date",
        ),
        field(
            "passportExpiry",
            "date",
            0,
            "person",
            "ui-d-passport-expiry",
        ),
        field("visaNumber", "text", 21, "person", "ui-d-visa-number"),
        field("visaExpiry", "date", 0, "person", "ui-d-visa-expiry"),
        field(
            "migrationCardSeries",
            "text",
            4,
            "person",
            "ui-d-migration-card-series",
        ),
        field(
            "migrationCardNumber",
            "text",
            13,
            "person",
            "ui-d-migration-card-number",
        ),
        wide(field("address", "text", 124, "person", "ui-d-address")),
        field("hostSurname", "text", 28, "host", "ui-d-host-surname"),
        field(
            "hostGivenNames",
            "text",
            28,
            "host",
            "ui-d-host-given-names",
        ),
        field("hostPatronymic", "text", 23, "host", "ui-d-host-patronymic"),
        field("hostName", "text", 39, "host", "ui-d-host-org-name"),
        field("hostId", "text", 12, "host", "ui-d-host-inn"),
        field("hostPhone", "phone", 10, "host", "ui-d-host-phone-10"),
        wide(field(
            "hostAddress",
            "text",
            124,
            "host",
            "ui-d-host-address",
        )),
    ],
    defaults: UiDefaults {
        passport: Passport::Ordinary,
        visa: Visa::None,
        accommodation: Accommodation::Private,
        stay_days: 14,
    },
    own_channels: OwnChannels {
        host: PORTALS,
        hotel: &["ru-hotel"],
        organization: PORTALS,
    },
    move_questions: &[],
    faq: &["card", "paper", "fees", "eaeu"],
    fine_unit: "",
};
