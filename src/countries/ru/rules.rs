//! Russia: the notification of arrival at the place of stay (109-FZ Arts. 20–22), its
//! citizenship exemptions, the hotel's departure notice, the migration card, stay limits and
//! penalties, from 2015 to today, as data. Each row carries its period in force and its
//! sources, graded as in `docs/research/ru.md` (high = official text or official publication
//! read; medium = reputable secondary source or an official text in an unofficial copy; low =
//! one secondary source). Bills are never applied.
//!
//! Counting (docs/research/ru.md §1): "seven working days from the day of arrival" runs from
//! the day after arrival (Civil Code Art. 191 by analogy); an exemption "for N days from the
//! date of entry" counts the entry day as day 1, so the notification is due on entry + N − 1
//! when the stay goes beyond it.

use crate::count::{CountRule, Start, Unit};
use crate::date::ymd;
use crate::rules::*;
use crate::scenario::{Accommodation, Passport, Visa};
use crate::source::{Confidence::*, Source};
use crate::stay::Limit;

// ---------------------------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------------------------

const LAW_109_22: Source = Source::new("ru-src-law-109-22", High);
const LAW_109_20: Source = Source::new("ru-src-law-109-20", Medium);
const LAW_109_2008: Source = Source::new("ru-src-law-109-2008", High);
const KONTUR_HOTELS: Source = Source::new("ru-src-kontur-hotels", Medium);
const POLICE_DEPARTURE: Source = Source::new("ru-src-police-departure", Medium);
const VEDOMOSTI_2025: Source = Source::new("ru-src-vedomosti-2025", Medium);
const MFC_163: Source = Source::new("ru-src-mfc-163", Medium);
const LAW_156: Source = Source::new("ru-src-law-156", High);
const DECREE_10: Source = Source::new("ru-src-decree-10", High);
const CIVIL_CODE_191: Source = Source::new("ru-src-civil-code-191", Medium);
const BAIBOL_EXEMPT: Source = Source::new("ru-src-baibol-exempt", Low);
const KZ_RU_2012: Source = Source::new("ru-src-kz-ru-2012", Medium);
const TASS_AM_2015: Source = Source::new("ru-src-tass-am-2015", Medium);
const KG_EAEU_2015: Source = Source::new("ru-src-kg-eaeu-2015", Low);
const BY_PROTOCOL: Source = Source::new("ru-src-by-protocol", Low);
const TJ_2013: Source = Source::new("ru-src-tj-2013", High);
const UZ_2022: Source = Source::new("ru-src-uz-2022", Medium);
const UA_2004: Source = Source::new("ru-src-ua-2004", Medium);
const LAW_115_2014: Source = Source::new("ru-src-law-115-2014", High);
const LAW_115_2025: Source = Source::new("ru-src-law-115-2025", Medium);
const E_VISA_2023: Source = Source::new("ru-src-e-visa-2023", Medium);
const E_VISA_2025: Source = Source::new("ru-src-e-visa-2025", Medium);
const KOAP_18_8: Source = Source::new("ru-src-koap-18-8", Medium);
const KOAP_18_9: Source = Source::new("ru-src-koap-18-9", Medium);
const KLERK_18_9: Source = Source::new("ru-src-klerk-18-9", High);
const RKL: Source = Source::new("ru-src-rkl", High);
const RUID: Source = Source::new("ru-src-ruid", Medium);
const WORLD_CUP_2018: Source = Source::new("ru-src-world-cup-2018", High);
const COVID_274: Source = Source::new("ru-src-covid-274", Medium);
const MIGRATION_CARD: Source = Source::new("ru-src-migration-card", Medium);
/// Presidential Decree No. 872 of 1 December 2025 (China): its text as quoted by the press; the
/// official publication (publication.pravo.gov.ru) is reported, not read here.
const DECREE_872: Source = Source::new("ru-src-decree-872", Medium);
const VEDOMOSTI_CN: Source = Source::new("ru-src-vedomosti-cn", Medium);
/// The Russia–China agreement of 22 March 2013 (diplomatic and service passports), as reported.
const CN_2013: Source = Source::new("ru-src-cn-2013", Medium);

// ---------------------------------------------------------------------------------------------
// Channels
// ---------------------------------------------------------------------------------------------

static MVD: Channel = Channel {
    id: "ru-mvd",
    name: "ru-channel-mvd-name",
    url: "https://мвд.рф",
    online: false,
    mode: "in-person",
    needs: "ru-channel-paper-needs",
    processing: "ru-channel-stamped-processing",
    in_force: Period::ALWAYS,
    sources: &[LAW_109_22],
};
static MFC: Channel = Channel {
    id: "ru-mfc",
    name: "ru-channel-mfc-name",
    url: "https://www.gosuslugi.ru",
    online: false,
    mode: "in-person",
    needs: "ru-channel-paper-needs",
    processing: "ru-channel-stamped-processing",
    in_force: Period::ALWAYS,
    sources: &[LAW_109_22],
};
static POST: Channel = Channel {
    id: "ru-post",
    name: "ru-channel-post-name",
    url: "https://www.pochta.ru",
    online: false,
    mode: "post",
    needs: "ru-channel-post-needs",
    processing: "ru-channel-post-processing",
    in_force: Period::ALWAYS,
    sources: &[DECREE_10, LAW_109_22],
};
static GOSUSLUGI: Channel = Channel {
    id: "ru-gosuslugi-host",
    name: "ru-channel-gosuslugi-name",
    url: "https://www.gosuslugi.ru/600380/1/form",
    online: true,
    mode: "online",
    needs: "ru-channel-gosuslugi-needs",
    processing: "ru-channel-gosuslugi-processing",
    // The start for private hosts was not found; shown from 2020 (low).
    in_force: Period::since(ymd(2020, 1, 1)),
    sources: &[LAW_156],
};
static GOSUSLUGI_SELF: Channel = Channel {
    id: "ru-gosuslugi-self",
    name: "ru-channel-gosuslugi-self-name",
    url: "https://www.gosuslugi.ru/600380/1/form",
    online: true,
    mode: "online",
    needs: "ru-channel-gosuslugi-self-needs",
    processing: "ru-channel-gosuslugi-processing",
    in_force: Period::since(ymd(2023, 10, 26)),
    sources: &[LAW_156],
};
static HOTEL: Channel = Channel {
    id: "ru-hotel",
    name: "ru-channel-hotel-name",
    url: "",
    online: true,
    mode: "online",
    needs: "ru-channel-hotel-needs",
    processing: "ru-channel-hotel-processing",
    in_force: Period::ALWAYS,
    sources: &[KONTUR_HOTELS],
};
static BORDER: Channel = Channel {
    id: "ru-border",
    name: "ru-channel-border-name",
    url: "",
    online: false,
    mode: "in-person",
    needs: "ru-channel-border-needs",
    processing: "ru-channel-border-processing",
    in_force: Period::ALWAYS,
    sources: &[MIGRATION_CARD],
};
static HOUSING_CHANNELS: &[&Channel] = &[&POST, &MFC, &MVD, &GOSUSLUGI, &GOSUSLUGI_SELF];
static HOTEL_CHANNELS: &[&Channel] = &[&HOTEL, &MVD, &POST];

// ---------------------------------------------------------------------------------------------
// Penalties: Code of Administrative Offences, in roubles (no fine unit). The higher amounts of
// Moscow, St Petersburg and their regions are further lines: the scenario has no region.
// ---------------------------------------------------------------------------------------------

const fn tier(offender: &'static str, party: Party, min: u32, max: u32) -> PenaltyTier {
    PenaltyTier {
        offender,
        party,
        sanction: Sanction::Amount { min, max },
    }
}

static HOST_PENALTY: Penalty = Penalty {
    article: "ru-host-penalty-article",
    offence: "ru-host-penalty-offence",
    tiers: &[
        tier("ru-penalty-citizen", Party::Individual, 2_000, 4_000),
        tier("ru-penalty-official", Party::Organization, 40_000, 50_000),
        tier("ru-penalty-entity", Party::Organization, 400_000, 500_000),
        tier("ru-penalty-foreigner", Party::Foreigner, 2_000, 5_000),
        tier(
            "ru-penalty-citizen-capitals",
            Party::Individual,
            5_000,
            7_000,
        ),
        tier(
            "ru-penalty-official-capitals",
            Party::Organization,
            45_000,
            70_000,
        ),
        tier(
            "ru-penalty-entity-capitals",
            Party::Organization,
            600_000,
            800_000,
        ),
        tier(
            "ru-penalty-foreigner-capitals",
            Party::Foreigner,
            5_000,
            7_000,
        ),
    ],
    note: "ru-host-penalty-note",
    in_force: Period::ALWAYS,
    sources: &[KOAP_18_9, KLERK_18_9, KOAP_18_8],
};

static DEPARTURE_PENALTY: Penalty = Penalty {
    article: "ru-departure-penalty-article",
    offence: "ru-departure-penalty-offence",
    tiers: &[
        tier("ru-penalty-official", Party::Organization, 40_000, 50_000),
        tier("ru-penalty-entity", Party::Organization, 400_000, 500_000),
        tier(
            "ru-penalty-official-capitals",
            Party::Organization,
            45_000,
            70_000,
        ),
        tier(
            "ru-penalty-entity-capitals",
            Party::Organization,
            600_000,
            800_000,
        ),
    ],
    note: "ru-host-penalty-note",
    in_force: Period::ALWAYS,
    sources: &[KOAP_18_9, KLERK_18_9],
};

static OVERSTAY_PENALTY: Penalty = Penalty {
    article: "ru-overstay-penalty-article",
    offence: "ru-overstay-penalty-offence",
    tiers: &[
        tier("ru-penalty-foreigner", Party::Foreigner, 2_000, 5_000),
        tier(
            "ru-penalty-foreigner-capitals",
            Party::Foreigner,
            5_000,
            7_000,
        ),
    ],
    note: "ru-overstay-penalty-note",
    in_force: Period::ALWAYS,
    sources: &[KOAP_18_8],
};

// ---------------------------------------------------------------------------------------------
// Counting and documents
// ---------------------------------------------------------------------------------------------

const SEVEN_WORKING: CountRule = CountRule {
    days: 7,
    unit: Unit::Working,
    start: Start::NextDay,
    roll_forward: false,
};
const ONE_WORKING: CountRule = CountRule {
    days: 1,
    unit: Unit::Working,
    start: Start::NextDay,
    roll_forward: false,
};
const WORKING_CONVENTION: &str = "ru-working-convention";
const EXEMPT_CONVENTION: &str = "ru-exempt-convention";
const DEPARTURE_CONVENTION: &str = "ru-departure-convention";

const NOTIFICATION_DOCUMENTS: &[&str] = &[
    "ru-notification-document-1",
    "ru-notification-document-2",
    "ru-notification-document-3",
    "ru-notification-document-4",
];
const HOTEL_DOCUMENTS: &[&str] = &["ru-hotel-document-1"];

// ---------------------------------------------------------------------------------------------
// Citizenship exemptions: "N days from the date of entry" (treaties)
// ---------------------------------------------------------------------------------------------

const BY_90_FROM: chrono::NaiveDate = ymd(2016, 1, 1);
const NOT_HOTEL: Cond = Cond::Not(&Cond::Accommodation(&[Accommodation::Hotel]));
/// 30 days: Kazakhstan (2012 agreement), Armenia from 9 March 2015, Kyrgyzstan from 12 August
/// 2015, Belarus before the 2015 protocol took effect.
const EX30: Cond = Cond::Any(&[
    Cond::Citizenship(&["KZ"]),
    Cond::All(&[
        Cond::Citizenship(&["AM"]),
        Cond::EnteredFrom(ymd(2015, 3, 9)),
    ]),
    Cond::All(&[
        Cond::Citizenship(&["KG"]),
        Cond::EnteredFrom(ymd(2015, 8, 12)),
    ]),
    Cond::All(&[
        Cond::Citizenship(&["BY"]),
        Cond::Not(&Cond::EnteredFrom(BY_90_FROM)),
    ]),
]);
/// 15 days: Tajikistan; Uzbekistan from 4 June 2022.
const EX15: Cond = Cond::Any(&[
    Cond::Citizenship(&["TJ"]),
    Cond::All(&[
        Cond::Citizenship(&["UZ"]),
        Cond::EnteredFrom(ymd(2022, 6, 4)),
    ]),
]);
/// 90 days: Belarus from the 2015 protocol; Ukraine until 30 June 2022.
const EX90: Cond = Cond::Any(&[
    Cond::All(&[Cond::Citizenship(&["BY"]), Cond::EnteredFrom(BY_90_FROM)]),
    Cond::All(&[
        Cond::Citizenship(&["UA"]),
        Cond::Not(&Cond::EnteredFrom(ymd(2022, 7, 1))),
    ]),
]);
const EXEMPT_CITIZEN: Cond = Cond::Any(&[EX30, EX15, EX90]);

/// The notification for a citizen of an exempt state whose stay goes beyond the window: due on
/// its last day (entry + N − 1); the Civil Code reading (entry + N, moved off a non-working
/// day) shown as the other one.
const fn exempt_rule(
    id: &'static str,
    trigger: Trigger,
    citizens: Cond,
    days: u32,
    what: &'static str,
    sources: &'static [Source],
    alternatives: &'static [Alternative],
) -> ObligationRule {
    ObligationRule {
        id,
        kind: Kind::HostNotification,
        who: Who::ReceivingParty,
        trigger,
        in_force: Period::ALWAYS,
        applies: citizens,
        count: CountRule {
            days,
            unit: Unit::Calendar,
            start: Start::EntryDay,
            roll_forward: false,
        },
        convention: EXEMPT_CONVENTION,
        title: if matches!(trigger, Trigger::Move) {
            "ru-notification-move-title"
        } else {
            "ru-notification-title"
        },
        what,
        channels: HOUSING_CHANNELS,
        documents: NOTIFICATION_DOCUMENTS,
        fee: Some("ru-notification-fee"),
        fee_sources: &[DECREE_10],
        penalty: Some(&HOST_PENALTY),
        alternatives,
        sources,
        scope: &[],
        result: Some("ru-notification-result"),
    }
}

/// The notification for a flat, a house or an organisation's premises, at the arrival or a
/// move: 7 working days, owed only for a stay at that address past the deadline.
const fn housing(
    id: &'static str,
    trigger: Trigger,
    title: &'static str,
    what: &'static str,
    sources: &'static [Source],
) -> ObligationRule {
    ObligationRule {
        id,
        kind: Kind::HostNotification,
        who: Who::ReceivingParty,
        trigger,
        in_force: Period::ALWAYS,
        applies: Cond::All(&[NOT_HOTEL, Cond::Not(&EXEMPT_CITIZEN), Cond::PresentAfterDue]),
        count: SEVEN_WORKING,
        convention: WORKING_CONVENTION,
        title,
        what,
        channels: HOUSING_CHANNELS,
        documents: NOTIFICATION_DOCUMENTS,
        fee: Some("ru-notification-fee"),
        fee_sources: &[DECREE_10],
        penalty: Some(&HOST_PENALTY),
        alternatives: &[],
        sources,
        scope: &[],
        result: Some("ru-notification-result"),
    }
}

/// A hotel's notification, at the arrival or a move into it: the first working day after,
/// whatever the stay and the citizenship.
const fn hotel(id: &'static str, trigger: Trigger, title: &'static str) -> ObligationRule {
    ObligationRule {
        id,
        kind: Kind::HostNotification,
        who: Who::ReceivingParty,
        trigger,
        in_force: Period::ALWAYS,
        applies: Cond::Accommodation(&[Accommodation::Hotel]),
        count: ONE_WORKING,
        convention: WORKING_CONVENTION,
        title,
        what: "ru-notification-hotel-what",
        channels: HOTEL_CHANNELS,
        documents: HOTEL_DOCUMENTS,
        fee: None,
        fee_sources: &[KONTUR_HOTELS],
        penalty: Some(&HOST_PENALTY),
        alternatives: &[],
        sources: &[LAW_109_20, LAW_109_2008, KONTUR_HOTELS],
        scope: &[],
        result: Some("ru-notification-result"),
    }
}

/// Counted from the entry as the rule is: the day after entry is day 1 (`NextDay` from the
/// anchor, which is the entry for these rules).
const fn gk_reading(days: u32) -> Alternative {
    Alternative {
        reading: "ru-exempt-reading",
        count: CountRule {
            days,
            unit: Unit::Calendar,
            start: Start::NextDay,
            roll_forward: true,
        },
        sources: &[CIVIL_CODE_191],
        only_if_later: false,
    }
}

static OBLIGATIONS: &[ObligationRule] = &[
    housing(
        "ru-host-notification-housing",
        Trigger::Arrival,
        "ru-notification-title",
        "ru-notification-what",
        &[LAW_109_20, LAW_109_22, MFC_163, CIVIL_CODE_191],
    ),
    housing(
        "ru-host-notification-move",
        Trigger::Move,
        "ru-notification-move-title",
        "ru-notification-move-what",
        &[LAW_109_20, LAW_109_22, CIVIL_CODE_191],
    ),
    exempt_rule(
        "ru-host-notification-exempt-30",
        Trigger::Arrival,
        // The receiving party of the address where the person is on the window's last day.
        Cond::All(&[NOT_HOTEL, EX30, Cond::AddressOnDue]),
        30,
        "ru-notification-exempt-30-what",
        &[
            KZ_RU_2012,
            TASS_AM_2015,
            KG_EAEU_2015,
            BY_PROTOCOL,
            BAIBOL_EXEMPT,
        ],
        &[gk_reading(30)],
    ),
    exempt_rule(
        "ru-host-notification-exempt-30-move",
        Trigger::Move,
        // The receiving party of the address where the person is on the window's last day.
        Cond::All(&[NOT_HOTEL, EX30, Cond::AddressOnDue]),
        30,
        "ru-notification-exempt-30-what",
        &[
            KZ_RU_2012,
            TASS_AM_2015,
            KG_EAEU_2015,
            BY_PROTOCOL,
            BAIBOL_EXEMPT,
        ],
        &[gk_reading(30)],
    ),
    exempt_rule(
        "ru-host-notification-exempt-15",
        Trigger::Arrival,
        // The receiving party of the address where the person is on the window's last day.
        Cond::All(&[NOT_HOTEL, EX15, Cond::AddressOnDue]),
        15,
        "ru-notification-exempt-15-what",
        &[TJ_2013, UZ_2022, BAIBOL_EXEMPT],
        &[gk_reading(15)],
    ),
    exempt_rule(
        "ru-host-notification-exempt-15-move",
        Trigger::Move,
        // The receiving party of the address where the person is on the window's last day.
        Cond::All(&[NOT_HOTEL, EX15, Cond::AddressOnDue]),
        15,
        "ru-notification-exempt-15-what",
        &[TJ_2013, UZ_2022, BAIBOL_EXEMPT],
        &[gk_reading(15)],
    ),
    exempt_rule(
        "ru-host-notification-exempt-90",
        Trigger::Arrival,
        // The receiving party of the address where the person is on the window's last day.
        Cond::All(&[NOT_HOTEL, EX90, Cond::AddressOnDue]),
        90,
        "ru-notification-exempt-90-what",
        &[BY_PROTOCOL, UA_2004],
        &[gk_reading(90)],
    ),
    exempt_rule(
        "ru-host-notification-exempt-90-move",
        Trigger::Move,
        // The receiving party of the address where the person is on the window's last day.
        Cond::All(&[NOT_HOTEL, EX90, Cond::AddressOnDue]),
        90,
        "ru-notification-exempt-90-what",
        &[BY_PROTOCOL, UA_2004],
        &[gk_reading(90)],
    ),
    hotel(
        "ru-host-notification-hotel",
        Trigger::Arrival,
        "ru-notification-title",
    ),
    hotel(
        "ru-host-notification-hotel-move",
        Trigger::Move,
        "ru-notification-move-title",
    ),
    ObligationRule {
        id: "ru-hotel-departure",
        kind: Kind::HotelDeparture,
        who: Who::ReceivingParty,
        trigger: Trigger::Departure,
        in_force: Period::ALWAYS,
        applies: Cond::Always,
        count: CountRule {
            days: 1,
            unit: Unit::Calendar,
            start: Start::NextDay,
            roll_forward: false,
        },
        convention: DEPARTURE_CONVENTION,
        title: "ru-departure-title",
        what: "ru-departure-what",
        channels: &[&HOTEL, &MVD],
        documents: &[],
        fee: None,
        fee_sources: &[KONTUR_HOTELS],
        penalty: Some(&DEPARTURE_PENALTY),
        alternatives: &[Alternative {
            reading: "ru-departure-reading",
            count: ONE_WORKING,
            sources: &[VEDOMOSTI_2025],
            only_if_later: true,
        }],
        sources: &[POLICE_DEPARTURE, KONTUR_HOTELS],
        scope: &[],
        result: None,
    },
    ObligationRule {
        id: "ru-migration-card",
        kind: Kind::MigrationCard,
        who: Who::Foreigner,
        trigger: Trigger::Arrival,
        in_force: Period::ALWAYS,
        applies: Cond::Not(&Cond::Citizenship(&["BY"])),
        count: CountRule {
            days: 1,
            unit: Unit::Calendar,
            start: Start::EventDay,
            roll_forward: false,
        },
        convention: "ru-migration-card-convention",
        title: "ru-migration-card-title",
        what: "ru-migration-card-what",
        channels: &[&BORDER],
        documents: &["ru-migration-card-document-1"],
        fee: None,
        fee_sources: &[MIGRATION_CARD],
        penalty: None,
        alternatives: &[],
        sources: &[MIGRATION_CARD],
        scope: &[],
        result: Some("ru-migration-card-result"),
    },
];

static EXEMPTIONS: &[ExemptionRule] = &[
    ExemptionRule {
        id: "ru-exempt-30",
        kinds: &[Kind::HostNotification],
        in_force: Period::ALWAYS,
        applies: Cond::All(&[NOT_HOTEL, EX30, Cond::Not(&Cond::StayLongerThan(30))]),
        reason: "ru-exempt-30-reason",
        sources: &[KZ_RU_2012, TASS_AM_2015, KG_EAEU_2015, BY_PROTOCOL],
    },
    ExemptionRule {
        id: "ru-exempt-15",
        kinds: &[Kind::HostNotification],
        in_force: Period::ALWAYS,
        applies: Cond::All(&[NOT_HOTEL, EX15, Cond::Not(&Cond::StayLongerThan(15))]),
        reason: "ru-exempt-15-reason",
        sources: &[TJ_2013, UZ_2022],
    },
    ExemptionRule {
        id: "ru-exempt-90",
        kinds: &[Kind::HostNotification],
        in_force: Period::ALWAYS,
        applies: Cond::All(&[NOT_HOTEL, EX90, Cond::Not(&Cond::StayLongerThan(90))]),
        reason: "ru-exempt-90-reason",
        sources: &[BY_PROTOCOL, UA_2004],
    },
    ExemptionRule {
        id: "ru-exempt-diplomatic",
        kinds: &[Kind::HostNotification, Kind::MigrationCard],
        in_force: Period::ALWAYS,
        applies: Cond::Any(&[
            Cond::Passport(&[Passport::Diplomatic]),
            Cond::Visa(&[Visa::Diplomatic]),
        ]),
        reason: "ru-exempt-diplomatic-reason",
        sources: &[LAW_109_20],
    },
];

// ---------------------------------------------------------------------------------------------
// Stays (115-FZ Art. 5)
// ---------------------------------------------------------------------------------------------

pub const VISA_FREE: &str = "ru-visa-free";
pub const BELARUS: &str = "ru-by";
/// Visa-free by the CIS agreements (the full list of Russia's visa-free states was not
/// researched: docs/research/ru.md §11.1); China's temporary regime is a row of its own.
const CIS: &[&str] = &["AM", "AZ", "KG", "KZ", "MD", "TJ", "UZ"];

/// The temporary visa-free regime for citizens of China (Decree No. 872): entry dates.
const CN_FROM: chrono::NaiveDate = ymd(2025, 12, 1);
const CN_UNTIL: chrono::NaiveDate = ymd(2026, 9, 14);

static ALLOWANCES: &[Allowance] = &[
    Allowance {
        id: "ru-visa-free-2014",
        in_force: Period::until(ymd(2024, 12, 31)),
        citizens: CIS,
        regime: VISA_FREE,
        passports: &[],
        limits: &[
            Limit::PerEntry { days: 90 },
            Limit::Rolling {
                days: 90,
                window: 180,
            },
        ],
        note: "ru-allowance-2014-note",
        sources: &[LAW_115_2014],
    },
    Allowance {
        id: "ru-visa-free-2025",
        in_force: Period::since(ymd(2025, 1, 1)),
        citizens: CIS,
        regime: VISA_FREE,
        passports: &[],
        limits: &[
            Limit::PerEntry { days: 90 },
            Limit::CalendarYear { days: 90 },
        ],
        note: "ru-allowance-2025-note",
        sources: &[LAW_115_2025],
    },
    Allowance {
        id: "ru-ua-2014",
        in_force: Period::until(ymd(2022, 6, 30)),
        citizens: &["UA"],
        regime: VISA_FREE,
        passports: &[],
        limits: &[
            Limit::PerEntry { days: 90 },
            Limit::Rolling {
                days: 90,
                window: 180,
            },
        ],
        note: "ru-allowance-2014-note",
        sources: &[LAW_115_2014, UA_2004],
    },
    // China: Presidential Decree No. 872 of 1 December 2025, in force on signing, "until
    // 14 September 2026 inclusive": entries on 1 Dec 2025 – 14 Sep 2026, ordinary passports only
    // (a diplomatic or service passport gets no row: `no_allowance_notes`). 30 days per stay;
    // the 90 days per calendar year of 115-FZ Art. 5(1) bind every foreigner who arrived
    // visa-free. Whether a stay begun before 14 Sep 2026 may run past it the decree does not say:
    // the last lawful day is entry + 29 (no `Limit` ends on a fixed date) and the note gives the
    // safe reading, leaving by 14 Sep 2026; a planned exit after it gets `rule-change`.
    Allowance {
        id: "ru-visa-free-cn-2025",
        in_force: Period::between(CN_FROM, CN_UNTIL),
        citizens: &["CN"],
        regime: VISA_FREE,
        passports: &[Passport::Ordinary],
        limits: &[
            Limit::PerEntry { days: 30 },
            Limit::CalendarYear { days: 90 },
        ],
        note: "ru-allowance-cn-2025-note",
        sources: &[DECREE_872, VEDOMOSTI_CN, LAW_115_2025],
    },
    Allowance {
        id: "ru-by",
        in_force: Period::ALWAYS,
        citizens: &["BY"],
        regime: BELARUS,
        passports: &[],
        limits: &[],
        note: "ru-allowance-by-note",
        sources: &[BY_PROTOCOL],
    },
];

static VISA_STAYS: &[(Visa, Allowance)] = &[
    (
        Visa::EVisa,
        Allowance {
            id: "ru-e-visa-2023",
            in_force: Period::between(ymd(2023, 8, 1), ymd(2025, 8, 22)),
            citizens: &[],
            regime: "ru-e-visa",
            passports: &[],
            limits: &[Limit::PerEntry { days: 16 }],
            note: "ru-e-visa-2023-note",
            sources: &[E_VISA_2023],
        },
    ),
    (
        Visa::EVisa,
        Allowance {
            id: "ru-e-visa-2025",
            in_force: Period::since(ymd(2025, 8, 23)),
            citizens: &[],
            regime: "ru-e-visa",
            passports: &[],
            limits: &[Limit::PerEntry { days: 30 }],
            note: "ru-e-visa-2025-note",
            sources: &[E_VISA_2025],
        },
    ),
];

// ---------------------------------------------------------------------------------------------
// Notes
// ---------------------------------------------------------------------------------------------

static NOTES: &[NoteRule] = &[
    NoteRule {
        code: "ru-ruid",
        in_force: Period::since(ymd(2025, 6, 30)),
        // Not for citizens of Belarus, children under 6 and diplomats (docs/research/ru.md §4.4).
        applies: Cond::All(&[
            Cond::Visa(&[Visa::None]),
            Cond::Not(&Cond::Citizenship(&["BY"])),
            Cond::Not(&Cond::AgeUnder(6)),
            Cond::Not(&Cond::Passport(&[Passport::Diplomatic])),
        ]),
        message: "ru-note-ruid",
        sources: &[RUID],
    },
    NoteRule {
        code: "ru-covid",
        in_force: Period::between(ymd(2020, 3, 15), ymd(2021, 6, 15)),
        applies: Cond::Always,
        message: "ru-note-covid",
        sources: &[COVID_274],
    },
    NoteRule {
        code: "ru-world-cup",
        in_force: Period::between(ymd(2018, 5, 25), ymd(2018, 7, 25)),
        applies: Cond::Always,
        message: "ru-note-world-cup",
        sources: &[WORLD_CUP_2018],
    },
    NoteRule {
        code: "ru-exempt-move",
        in_force: Period::ALWAYS,
        applies: Cond::All(&[EXEMPT_CITIZEN, Cond::MoveBy(ymd(2100, 1, 1), None)]),
        message: "ru-note-exempt-move",
        sources: &[BAIBOL_EXEMPT],
    },
    NoteRule {
        code: "ru-self-filing",
        in_force: Period::since(ymd(2023, 10, 26)),
        applies: Cond::All(&[NOT_HOTEL, Cond::Not(&EXEMPT_CITIZEN)]),
        message: "ru-note-self-filing",
        sources: &[LAW_156, LAW_109_22],
    },
];

/// Said on an overstay from 5 February 2025 (the register of controlled persons).
static BEYOND: &[NoteRule] = &[NoteRule {
    code: "ru-controlled-persons",
    in_force: Period::since(ymd(2025, 2, 5)),
    applies: Cond::Always,
    message: "ru-note-controlled-persons",
    sources: &[RKL],
}];

// ---------------------------------------------------------------------------------------------
// Regional days off (docs/research/ru.md §10): a warning, never a change to the federal count.
// Weekend dates are left out (offices are closed anyway; Tatarstan does not move them).
// ---------------------------------------------------------------------------------------------

const TA_2025: Source = Source::new("ru-src-ta-2025", Medium);
const TA_2026: Source = Source::new("ru-src-ta-2026", Medium);
const BA_2026: Source = Source::new("ru-src-ba-2026", Medium);
const TA_DAYS: Source = Source::new("ru-src-ta-days", Medium);
const EID_2027_ESTIMATE: Source = Source::new("ru-src-eid-2027-estimate", Low);

const TA: &[&str] = &["ru-region-ta"];
const TA_BA: &[&str] = &["ru-region-ta", "ru-region-ba"];

const fn regional(
    date: chrono::NaiveDate,
    regions: &'static [&'static str],
    name: &'static str,
    provisional: bool,
    sources: &'static [Source],
) -> RegionalDay {
    RegionalDay {
        date,
        regions,
        name,
        provisional,
        sources,
    }
}

static REGIONAL_DAYS: &[RegionalDay] = &[
    regional(ymd(2025, 6, 6), TA, "ru-regional-kurban", false, &[TA_2025]),
    regional(
        ymd(2025, 11, 6),
        TA,
        "ru-regional-ta-constitution",
        false,
        &[TA_2025, TA_DAYS],
    ),
    regional(
        ymd(2026, 3, 20),
        TA_BA,
        "ru-regional-uraza",
        false,
        &[TA_2026, BA_2026],
    ),
    regional(
        ymd(2026, 5, 27),
        TA_BA,
        "ru-regional-kurban",
        false,
        &[TA_2026, BA_2026],
    ),
    regional(
        ymd(2026, 11, 6),
        TA,
        "ru-regional-ta-constitution",
        false,
        &[TA_DAYS],
    ),
    regional(
        ymd(2027, 3, 9),
        TA_BA,
        "ru-regional-uraza",
        true,
        &[EID_2027_ESTIMATE],
    ),
    regional(
        ymd(2027, 8, 30),
        TA,
        "ru-regional-ta-republic",
        false,
        &[TA_DAYS],
    ),
    regional(
        ymd(2027, 10, 11),
        &["ru-region-ba"],
        "ru-regional-ba-republic",
        false,
        &[BA_2026],
    ),
];

fn ru_calendar() -> &'static crate::calendar::CountryCalendar {
    &super::calendar::RU
}

pub static RUSSIA: Country = Country {
    code: "RU",
    name: "Russia",
    rules_checked_on: ymd(2026, 12, 1),
    covers: Period::between(ymd(2015, 1, 1), ymd(2027, 12, 31)),
    calendar: ru_calendar,
    currency: "RUB",
    fine_unit_name: "ru-fine-unit",
    fine_units: &[],
    allowances: ALLOWANCES,
    visa_stays: VISA_STAYS,
    no_allowance_notes: &[
        // A Chinese diplomatic or service passport: outside the decree (ordinary passports only).
        NoteRule {
            code: "visa-free-unknown",
            in_force: Period::between(CN_FROM, CN_UNTIL),
            applies: Cond::All(&[
                Cond::Citizenship(&["CN"]),
                Cond::Passport(&[Passport::Diplomatic, Passport::Service]),
            ]),
            message: "ru-no-allowance-cn-official",
            sources: &[DECREE_872, CN_2013],
        },
        // After the decree's last day: no extension is known (docs/research/ru.md §4.5).
        NoteRule {
            code: "visa-free-unknown",
            in_force: Period::since(ymd(2026, 9, 15)),
            applies: Cond::Citizenship(&["CN"]),
            message: "ru-no-allowance-cn-ended",
            sources: &[DECREE_872, VEDOMOSTI_CN],
        },
    ],
    no_allowance: "ru-no-allowance",
    no_allowance_code: "visa-free-unknown",
    beyond_allowance: &[],
    overstay_notes: BEYOND,
    visa_bounds_stay: "ru-visa-bounds-stay",
    permit_bounds_stay: "ru-permit-bounds-stay",
    overstay_penalty: &[OVERSTAY_PENALTY],
    obligations: OBLIGATIONS,
    exemptions: EXEMPTIONS,
    notes: NOTES,
    regional_days: REGIONAL_DAYS,
    stay_sources: &[LAW_115_2014, LAW_115_2025],
    receiving_party: ReceivingParty {
        host: "ru-receiving-party-host",
        hotel: "ru-receiving-party-hotel",
        organization: "ru-receiving-party-organization",
        foreigner: "ru-receiving-party-foreigner",
    },
    disclaimer: "ru-disclaimer",
    ui: &super::ui::UI,
};
