//! What the page and the embed ask about a stay in Azerbaijan (see `rules::ui`). A first version
//! without the form's details (the form comes with its own module).

use crate::rules::ui::{CountryUi, OwnChannels, UiDefaults};
use crate::scenario::{Accommodation, Passport, Visa};

const PORTALS: &[&str] = &[
    "az-sms-eservice",
    "az-sms-email",
    "az-regional-migration-department",
    "az-asan",
];

pub static UI: CountryUi = CountryUi {
    passports: &[Passport::Ordinary, Passport::Diplomatic, Passport::Service],
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
    ],
    accommodations: &[
        Accommodation::Private,
        Accommodation::Hotel,
        Accommodation::Organization,
    ],
    details: &[],
    defaults: UiDefaults {
        passport: Passport::Ordinary,
        visa: Visa::None,
        accommodation: Accommodation::Private,
        stay_days: 20,
    },
    own_channels: OwnChannels {
        host: PORTALS,
        hotel: &["az-hotel"],
        organization: PORTALS,
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
