//! What the page and the embed ask about a stay in Azerbaijan (see `rules::ui`): the passport,
//! visa and accommodation kinds the rules distinguish, the details of the registration
//! application (`form.rs`: maximum lengths as its `inputs`, checked by `tests/country_ui.rs`),
//! the FAQ's eight claims (docs/research/az.md §5.2), and the channels each receiving party uses
//! itself. Azerbaijan has no fine unit: its fines are in manats.

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

/// The ways a private host or an organisation files (Migration Code Art. 21.2; the State
/// Migration Service's page): its e-service, e-mail, a regional department, an ASAN centre.
const CHANNELS: &[&str] = &[
    "az-sms-eservice",
    "az-sms-email",
    "az-regional-migration-department",
    "az-asan",
];

pub static UI: CountryUi = CountryUi {
    passports: &[Passport::Ordinary, Passport::Diplomatic, Passport::Service],
    // The Migration Code's visas (Arts. 24–33: official, business, science or study, work,
    // medical, private, humanitarian, culture and sport, tourism, transit) and the e-visa; a
    // family visit is a private visa (Art. 30.1), so there is no family kind.
    visas: &[
        Visa::None,
        Visa::EVisa,
        Visa::Tourist,
        Visa::Business,
        Visa::Work,
        Visa::Student,
        Visa::Private,
        Visa::Diplomatic,
        Visa::Service,
        Visa::Transit,
        Visa::Medical,
        Visa::Humanitarian,
    ],
    accommodations: &[
        Accommodation::Private,
        Accommodation::Hotel,
        Accommodation::Organization,
    ],
    // The application's inputs (form.rs), in its order.
    details: &[
        field("surname", "text", 80, "person", "ui-d-surname"),
        field("givenNames", "text", 80, "person", "ui-d-given-names"),
        field("patronymic", "text", 80, "person", "ui-d-patronymic"),
        field("sex", "sex", 0, "person", "ui-d-sex"),
        field("arrivedFrom", "text", 80, "person", "ui-d-arrived-from"),
        field(
            "passportNumber",
            "text",
            20,
            "person",
            "ui-d-passport-number",
        ),
        field("visaNumber", "text", 30, "person", "ui-d-visa-number"),
        field("visaExpiry", "date", 0, "person", "ui-d-visa-expiry"),
        wide(field("address", "text", 200, "person", "ui-d-address")),
        field("hostName", "text", 200, "host", "ui-d-host-name"),
        field("hostId", "text", 30, "host", "ui-d-host-id"),
        field("hostPhone", "phone", 40, "host", "ui-d-host-phone"),
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
        stay_days: 20,
    },
    own_channels: OwnChannels {
        host: CHANNELS,
        hotel: &["az-hotel", "az-sms-eservice", "az-sms-email"],
        organization: CHANNELS,
    },
    move_questions: &["sameOwner"],
    faq: &[
        "card",
        "permit",
        "time",
        "biometrics",
        "insurance",
        "move",
        "translation",
        "receipt",
    ],
    fine_unit: "",
};
