//! What the page and the embed ask about a stay in Russia (see `rules::ui`). A first version
//! without the form's details (the form comes with its own module).

use crate::rules::ui::{CountryUi, OwnChannels, UiDefaults};
use crate::scenario::{Accommodation, Passport, Visa};

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
    details: &[],
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
