//! What the page and the embed ask about a stay in Kazakhstan (see `rules::ui`): every passport,
//! visa and accommodation kind the rules distinguish, the details of the notification form
//! (maximum lengths as `form::LIMITS`, checked by `tests/country_ui.rs`), the IIN/BIN of the
//! receiving party (12 digits), the FAQ's five claims, and the channels each receiving party
//! uses itself.

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

/// The portals a private host or an organisation files through.
const PORTALS: &[&str] = &["kz-vmp", "kz-egov", "kz-migration-office", "kz-post"];

pub static UI: CountryUi = CountryUi {
    passports: &[Passport::Ordinary, Passport::Diplomatic, Passport::Service],
    visas: &[
        Visa::None,
        Visa::Tourist,
        Visa::Business,
        Visa::Private,
        Visa::Work,
        Visa::Student,
        Visa::Investor,
        Visa::Diplomatic,
        Visa::Service,
        Visa::Transit,
        Visa::Medical,
        Visa::Humanitarian,
        Visa::Missionary,
        Visa::Family,
    ],
    accommodations: &[
        Accommodation::Private,
        Accommodation::Hotel,
        Accommodation::Organization,
    ],
    details: &[
        field("surname", "text", 80, "person", "ui-d-surname"),
        field("givenNames", "text", 80, "person", "ui-d-given-names"),
        field("patronymic", "text", 80, "person", "ui-d-patronymic"),
        field("sex", "sex", 0, "person", "ui-d-sex"),
        field(
            "passportNumber",
            "text",
            20,
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
        field("visaNumber", "text", 30, "person", "ui-d-visa-number"),
        field("visaExpiry", "date", 0, "person", "ui-d-visa-expiry"),
        field("purpose", "text", 200, "person", "ui-d-purpose"),
        field("checkpoint", "text", 100, "person", "ui-d-checkpoint"),
        wide(field("address", "text", 200, "person", "ui-d-address")),
        field("hostName", "text", 200, "host", "ui-d-host-name"),
        DetailField {
            pattern: "^[0-9]{12}$",
            error: "kz-ui-err-host-id",
            ..field("hostId", "id", 30, "host", "kz-ui-d-host-id")
        },
        field("hostPhone", "phone", 40, "host", "ui-d-host-phone"),
        field("hostContact", "text", 100, "host", "ui-d-host-contact"),
        wide(field(
            "hostAddress",
            "text",
            200,
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
        hotel: &["kz-hotel", "kz-eqonaq"],
        organization: PORTALS,
    },
    move_questions: &["otherRegion"],
    faq: &["card", "fee", "who", "renew", "stay"],
    fine_unit: "mrp",
};
