//! Kazakhstan: who must register or notify a foreigner's stay, by when, and on what basis,
//! from 2015 to today, as data. Each row carries its period in force and its sources, graded
//! as in `docs/research/kz.md` (high = official text read; medium = reputable secondary or an
//! official paraphrase; low = one secondary source).
//!
//! Reading the periods: a row applies when its triggering date (the entry, or the move) falls in
//! `in_force`, both ends included.

use crate::count::{CountRule, Start, Unit};
use crate::date::ymd;
use crate::rules::*;
use crate::scenario::{Passport, Visa};
use crate::source::{Confidence::*, Source};
use crate::stay::Limit;

// ---------------------------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------------------------

const AIFC_EXPAT: Source = Source::new("kz-src-aifc-expat", Medium);
const INVESTASTANA_2020: Source = Source::new("kz-src-investastana-2020", Medium);
const DOS_NOTIFICATION: Source = Source::new("kz-src-dos-notification", Medium);
const DECREE_148_P9: Source = Source::new("kz-src-decree-148-p9", Medium);
const RULES_0001_COUNTING: Source = Source::new("kz-src-rules-0001-counting", Low);
const ADMIN_PROCEDURES_12_1: Source = Source::new("kz-src-admin-procedures-12-1", Medium);
const CIVIL_CODE_NEXT_DAY: Source = Source::new("kz-src-civil-code-next-day", Low);
const ORDER_404_EQONAQ: Source = Source::new("kz-src-order-404-eqonaq", Medium);
const ZONT_DOCUMENTS: Source = Source::new("kz-src-zont-documents", Low);
const INVEST_GOV_REGISTRATION: Source = Source::new("kz-src-invest-gov-registration", Medium);
const ASTANA_3D_REGISTRATION: Source = Source::new("kz-src-astana-3d-registration", Low);
const MIA_2019_VISA_FREE: Source = Source::new("kz-src-mia-2019-visa-free", Medium);
const RU_KZ_2012_AGREEMENT: Source = Source::new("kz-src-ru-kz-2012-agreement", Medium);
const MIGRATION_CARD_RULES: Source = Source::new("kz-src-migration-card-rules", Medium);
const ORDER_274_2020: Source = Source::new("kz-src-order-274-2020", High);
const GOV_TRP_SERVICE: Source = Source::new("kz-src-gov-trp-service", High);
const DOS_TRP: Source = Source::new("kz-src-dos-trp", Medium);
const ORDER_923_INFORM: Source = Source::new("kz-src-order-923-inform", Medium);
const ORDER_923_24KG: Source = Source::new("kz-src-order-923-24kg", Medium);
const ASTANA_TIMES_2023: Source = Source::new("kz-src-astana-times-2023", Medium);
const DECREE_848_2016: Source = Source::new("kz-src-decree-848-2016", Medium);
const PILOT_2014: Source = Source::new("kz-src-pilot-2014", Medium);
const ART_518: Source = Source::new("kz-src-art-518", Medium);
const ART_517: Source = Source::new("kz-src-art-517", Medium);
const EGOV_FREE: Source = Source::new("kz-src-egov-free", Medium);

const KAZINFORM_2019_HOST: Source = Source::new("kz-src-kazinform-2019-host", Medium);
const RULES_TR_HOST_AND_REGISTRATION: Source =
    Source::new("kz-src-rules-tr-host-and-registration", Low);
const INVEST_GOV_ARRIVAL: Source = Source::new("kz-src-invest-gov-arrival", Medium);
const EQONAQ_PRIVATE_HOSTS: Source = Source::new("kz-src-eqonaq-private-hosts", Low);
const AIFC_ITRP_FAQ: Source = Source::new("kz-src-aifc-itrp-faq", Medium);
const AIFC_EXPAT_TRP: Source = Source::new("kz-src-aifc-expat-trp", Medium);
const QAZINFORM_2025_RULES: Source = Source::new("kz-src-qazinform-2025-rules", Medium);
const MFA_CHINA_VISA: Source = Source::new("kz-src-mfa-china-visa", Medium);
const ORDER_923_ZAKON: Source = Source::new("kz-src-order-923-zakon", Medium);
const ORDER_923_TREND: Source = Source::new("kz-src-order-923-trend", Medium);
const ASIAPLUS_TJ: Source = Source::new("kz-src-asiaplus-tj", Medium);
const KZ_TJ_2018: Source = Source::new("kz-src-kz-tj-2018", Medium);
const ONE_UZ_923: Source = Source::new("kz-src-one-uz-923", Low);
const STEPPE_2022_SANCTIONS: Source = Source::new("kz-src-steppe-2022-sanctions", Low);
const ERNUR_BAN: Source = Source::new("kz-src-ernur-ban", Low);

// ---------------------------------------------------------------------------------------------
// Channels
// ---------------------------------------------------------------------------------------------

static VMP: Channel = Channel {
    id: "kz-vmp",
    name: "kz-channel-vmp-name",
    url: "https://vmp.gov.kz",
    online: true,
    mode: "online",
    needs: "kz-channel-vmp-needs",
    processing: "kz-channel-vmp-processing",
    in_force: Period::ALWAYS,
    sources: &[INVESTASTANA_2020, AIFC_EXPAT],
};
static EGOV: Channel = Channel {
    id: "kz-egov",
    name: "kz-channel-egov-name",
    url: "https://egov.kz",
    online: true,
    mode: "online",
    needs: "kz-channel-vmp-needs",
    processing: "kz-channel-egov-processing",
    in_force: Period::since(ymd(2020, 1, 11)),
    sources: &[ORDER_404_EQONAQ],
};
static EQONAQ: Channel = Channel {
    id: "kz-eqonaq",
    name: "kz-channel-eqonaq-name",
    url: "https://eqonaq.kz",
    online: true,
    mode: "online",
    needs: "kz-channel-eqonaq-needs",
    processing: "kz-channel-eqonaq-processing",
    // Order No. 404 of 30 May 2022 took effect ten days after publication (June 2022).
    in_force: Period::since(ymd(2022, 6, 13)),
    sources: &[ORDER_404_EQONAQ, INVEST_GOV_ARRIVAL, EQONAQ_PRIVATE_HOSTS],
};
static POST: Channel = Channel {
    id: "kz-post",
    name: "kz-channel-post-name",
    url: "",
    online: false,
    mode: "post",
    needs: "kz-channel-post-needs",
    processing: "kz-channel-post-processing",
    in_force: Period::ALWAYS,
    sources: &[INVEST_GOV_ARRIVAL],
};
static HOTEL_SYSTEM: Channel = Channel {
    id: "kz-hotel",
    name: "kz-channel-hotel-name",
    url: "",
    online: true,
    mode: "online",
    needs: "kz-channel-hotel-needs",
    processing: "kz-channel-hotel-processing",
    in_force: Period::ALWAYS,
    sources: &[DECREE_148_P9],
};
static MIGRATION_OFFICE: Channel = Channel {
    id: "kz-migration-office",
    name: "kz-channel-migration-office-name",
    url: "",
    online: false,
    mode: "in-person",
    needs: "kz-channel-migration-office-needs",
    processing: "kz-channel-migration-office-processing",
    in_force: Period::ALWAYS,
    sources: &[AIFC_EXPAT],
};
static PUBLIC_SERVICE_CENTRE: Channel = Channel {
    id: "kz-con",
    name: "kz-channel-con-name",
    url: "https://www.gov.kz/services/4631?lang=en",
    online: true,
    mode: "online",
    needs: "kz-channel-con-needs",
    processing: "kz-channel-con-processing",
    in_force: Period::ALWAYS,
    sources: &[GOV_TRP_SERVICE, DOS_TRP],
};
static IS_MP_2026: Channel = Channel {
    id: "kz-is-mp",
    name: "kz-channel-is-mp-name",
    url: "",
    online: true,
    mode: "online",
    needs: "kz-channel-is-mp-needs",
    processing: "kz-channel-is-mp-processing",
    in_force: Period::since(ymd(2026, 7, 1)),
    sources: &[ORDER_923_INFORM],
};

// ---------------------------------------------------------------------------------------------
// Penalties and the fine unit (MRP)
// ---------------------------------------------------------------------------------------------

static HOST_PENALTY: Penalty = Penalty {
    article: "kz-host-penalty-article",
    offence: "kz-host-penalty-offence",
    tiers: &[
        PenaltyTier {
            offender: "kz-host-penalty-tier-1",
            party: Party::Individual,
            sanction: Sanction::Warning,
        },
        PenaltyTier {
            offender: "kz-host-penalty-tier-2",
            party: Party::Organization,
            sanction: Sanction::Fine { units: 10 },
        },
        PenaltyTier {
            offender: "kz-host-penalty-tier-3",
            party: Party::Organization,
            sanction: Sanction::Fine { units: 15 },
        },
        PenaltyTier {
            offender: "kz-host-penalty-tier-4",
            party: Party::Organization,
            sanction: Sanction::Fine { units: 20 },
        },
    ],
    note: "kz-host-penalty-note",
    in_force: Period::since(ymd(2015, 1, 1)),
    sources: &[ART_518],
};

static OVERSTAY_PENALTY: Penalty = Penalty {
    article: "kz-overstay-penalty-article",
    offence: "kz-overstay-penalty-offence",
    tiers: &[
        PenaltyTier {
            offender: "kz-overstay-penalty-tier-1",
            party: Party::Foreigner,
            sanction: Sanction::Warning,
        },
        PenaltyTier {
            offender: "kz-overstay-penalty-tier-2",
            party: Party::Foreigner,
            sanction: Sanction::Fine { units: 10 },
        },
        PenaltyTier {
            offender: "kz-overstay-penalty-tier-3",
            party: Party::Foreigner,
            sanction: Sanction::Unquantified("kz-overstay-penalty-tier-3-sanction"),
        },
    ],
    note: "kz-overstay-penalty-note",
    in_force: Period::since(ymd(2015, 1, 1)),
    sources: &[ART_517, ASTANA_TIMES_2023, STEPPE_2022_SANCTIONS, ERNUR_BAN],
};

macro_rules! mrp {
    ($from:expr, $to:expr, $v:literal, $id:literal, $c:ident) => {
        FineUnit {
            in_force: Period::between($from, $to),
            value: $v,
            sources: &[Source::new($id, $c)],
        }
    };
}

static MRP: &[FineUnit] = &[
    mrp!(
        ymd(2015, 1, 1),
        ymd(2015, 12, 31),
        1982,
        "kz-src-mrp-1982",
        Medium
    ),
    mrp!(
        ymd(2016, 1, 1),
        ymd(2016, 12, 31),
        2121,
        "kz-src-mrp-2121",
        Medium
    ),
    mrp!(
        ymd(2017, 1, 1),
        ymd(2017, 12, 31),
        2269,
        "kz-src-mrp-2269",
        Low
    ),
    mrp!(
        ymd(2018, 1, 1),
        ymd(2018, 12, 31),
        2405,
        "kz-src-mrp-2405",
        Low
    ),
    mrp!(
        ymd(2019, 1, 1),
        ymd(2019, 12, 31),
        2525,
        "kz-src-mrp-2525",
        Low
    ),
    mrp!(
        ymd(2020, 1, 1),
        ymd(2020, 3, 31),
        2651,
        "kz-src-mrp-2651",
        Low
    ),
    mrp!(
        ymd(2020, 4, 1),
        ymd(2020, 12, 31),
        2778,
        "kz-src-mrp-2778",
        Medium
    ),
    mrp!(
        ymd(2021, 1, 1),
        ymd(2021, 12, 31),
        2917,
        "kz-src-mrp-2917",
        Medium
    ),
    mrp!(
        ymd(2022, 1, 1),
        ymd(2022, 3, 31),
        3063,
        "kz-src-mrp-3063",
        Medium
    ),
    mrp!(
        ymd(2022, 4, 1),
        ymd(2022, 12, 31),
        3180,
        "kz-src-mrp-3180",
        Low
    ),
    mrp!(
        ymd(2023, 1, 1),
        ymd(2023, 12, 31),
        3450,
        "kz-src-mrp-3450",
        Medium
    ),
    mrp!(
        ymd(2024, 1, 1),
        ymd(2024, 12, 31),
        3692,
        "kz-src-mrp-3692",
        Medium
    ),
    mrp!(
        ymd(2025, 1, 1),
        ymd(2025, 12, 31),
        3932,
        "kz-src-mrp-3932",
        Medium
    ),
    mrp!(
        ymd(2026, 1, 1),
        ymd(2026, 12, 31),
        4325,
        "kz-src-mrp-4325",
        Medium
    ),
    // 2027: the budget law for 2027–2029 was not found; fines after 2026 are shown in MRP only.
];

// ---------------------------------------------------------------------------------------------
// Counting
// ---------------------------------------------------------------------------------------------

/// "Within 3 working days from arrival", the arrival day being day 1 (reference convention 2).
const THREE_WORKING_DAYS: CountRule = CountRule {
    days: 3,
    unit: Unit::Working,
    start: Start::EventDay,
    roll_forward: false,
};
const KZ_WORKING_CONVENTION: &str = "kz-working-convention";
const NEXT_DAY_READING: Alternative = Alternative {
    reading: "kz-notification-next-day-reading",
    count: CountRule {
        days: 3,
        unit: Unit::Working,
        start: Start::NextDay,
        roll_forward: false,
    },
    sources: &[CIVIL_CODE_NEXT_DAY],
    only_if_later: false,
};
/// Order No. 923's 30 days counted from the day after the crossing, as civil law counts periods.
const NEXT_DAY_30: Alternative = Alternative {
    reading: "kz-registration-2026-reading",
    count: CountRule {
        days: 30,
        unit: Unit::Calendar,
        start: Start::NextDay,
        roll_forward: false,
    },
    sources: &[CIVIL_CODE_NEXT_DAY],
    only_if_later: false,
};
const NEXT_DAY_5_WORKING: Alternative = Alternative {
    reading: "kz-re-registration-2026-reading",
    count: CountRule {
        days: 5,
        unit: Unit::Working,
        start: Start::NextDay,
        roll_forward: false,
    },
    sources: &[CIVIL_CODE_NEXT_DAY],
    only_if_later: false,
};
const CALENDAR_CONVENTION: &str = "kz-calendar-convention";

// ---------------------------------------------------------------------------------------------
// Documents
// ---------------------------------------------------------------------------------------------

const NOTIFICATION_DOCUMENTS: &[&str] = &[
    "kz-notification-document-1",
    "kz-notification-document-2",
    "kz-notification-document-3",
    "kz-notification-document-4",
    "kz-notification-document-5",
];
const REGISTRATION_2012_DOCUMENTS: &[&str] = &[
    "kz-registration-2012-document-1",
    "kz-registration-2012-document-2",
    "kz-registration-2012-document-3",
];
const MIGRATION_CARD_DOCUMENTS: &[&str] = &["kz-migration-card-document-1"];
const TRP_DOCUMENTS: &[&str] = &[
    "kz-trp-document-1",
    "kz-trp-document-2",
    "kz-trp-document-3",
    "kz-trp-document-4",
    "kz-trp-document-5",
    "kz-trp-document-6",
];
const REGISTRATION_2026_DOCUMENTS: &[&str] = &[
    "kz-registration-2026-document-1",
    "kz-registration-2026-document-2",
    "kz-registration-2026-document-3",
];

// ---------------------------------------------------------------------------------------------
// Citizenship lists (ISO 3166-1 alpha-2)
// ---------------------------------------------------------------------------------------------

/// Eurasian Economic Union members other than Kazakhstan (Armenia from 2 January 2015,
/// Kyrgyzstan from 12 August 2015; both already had 90-day visa-free stays by CIS agreements).
const EAEU: &[&str] = &["AM", "BY", "KG", "RU"];

include!("allowances.rs");

// ---------------------------------------------------------------------------------------------
// The rule set
// ---------------------------------------------------------------------------------------------

/// Regime tags.
pub const UNILATERAL: &str = "kz-unilateral";
pub const NINETY_DAY: &str = "kz-90-day";
pub const BILATERAL: &str = "kz-bilateral";

/// Citizens who may get a temporary residence permit inside Kazakhstan after a visa-free entry
/// (AIFC iTRP FAQ; AIFC Expat Centre): the EAEU beyond 90 days, Azerbaijan, Tajikistan and
/// Uzbekistan beyond 30. Everyone else staying visa-free must leave by the last lawful day or
/// come with a visa of the right category (`needs-visa`).
const TRP_ROUTE_30: &[&str] = &["AZ", "TJ", "UZ"];
const TRP_ROUTE: &[&str] = &["AM", "BY", "KG", "RU", "AZ", "TJ", "UZ"];

/// Whom MIA Order No. 923 (self-registration from 1 July 2026) reaches: "immigrants from states
/// with which a stay regime of up to 90 days is established". No source lists the states.
static SCOPE_923: &[Scope] = &[
    Scope {
        citizens: EAEU,
        confidence: Medium,
        note: "",
        sources: &[ORDER_923_INFORM, ORDER_923_ZAKON],
    },
    Scope {
        citizens: &["TJ"],
        confidence: Medium,
        note: "kz-registration-2026-scope-2",
        sources: &[ASIAPLUS_TJ, KZ_TJ_2018],
    },
    Scope {
        citizens: &["TR"],
        confidence: Low,
        note: "kz-registration-2026-scope-3",
        sources: &[ORDER_923_INFORM, TR_2025],
    },
    Scope {
        citizens: &["UZ", "AZ", "UA", "GE", "MD", "MN"],
        confidence: Unknown,
        note: "kz-registration-2026-scope-4",
        sources: &[ORDER_923_INFORM, ONE_UZ_923, MIA_2019_VISA_FREE],
    },
];
/// Everyone [`SCOPE_923`] names, the open rows included: the transition warning concerns them.
const SCOPE_923_ALL: &[&str] = &[
    "AM", "BY", "KG", "RU", "TJ", "TR", "UZ", "AZ", "UA", "GE", "MD", "MN",
];

const NOTIFICATION_CHANNELS: &[&Channel] = &[
    &VMP,
    &EGOV,
    &EQONAQ,
    &HOTEL_SYSTEM,
    &MIGRATION_OFFICE,
    &POST,
];

static OBLIGATIONS: &[ObligationRule] = &[
    ObligationRule {
        id: "kz-host-notification-2015",
        kind: Kind::HostNotification,
        who: Who::ReceivingParty,
        trigger: Trigger::Arrival,
        in_force: Period::until(ymd(2020, 1, 10)),
        applies: Cond::Always,
        count: THREE_WORKING_DAYS,
        convention: KZ_WORKING_CONVENTION,
        title: "kz-host-notification-title",
        what: "kz-host-notification-2015-what",
        channels: &[&VMP, &HOTEL_SYSTEM, &MIGRATION_OFFICE, &POST],
        documents: NOTIFICATION_DOCUMENTS,
        fee: None,
        fee_sources: &[EGOV_FREE],
        penalty: Some(&HOST_PENALTY),
        alternatives: &[NEXT_DAY_READING],
        sources: &[
            DECREE_148_P9,
            KAZINFORM_2019_HOST,
            RULES_TR_HOST_AND_REGISTRATION,
            RULES_0001_COUNTING,
        ],
        scope: &[],
        result: None,
    },
    ObligationRule {
        id: "kz-host-notification-2020",
        kind: Kind::HostNotification,
        who: Who::ReceivingParty,
        trigger: Trigger::Arrival,
        in_force: Period::since(ymd(2020, 1, 11)),
        applies: Cond::Always,
        count: THREE_WORKING_DAYS,
        convention: KZ_WORKING_CONVENTION,
        title: "kz-host-notification-title",
        what: "kz-host-notification-2020-what",
        channels: NOTIFICATION_CHANNELS,
        documents: NOTIFICATION_DOCUMENTS,
        fee: None,
        fee_sources: &[EGOV_FREE],
        penalty: Some(&HOST_PENALTY),
        alternatives: &[NEXT_DAY_READING],
        sources: &[
            DECREE_148_P9,
            AIFC_EXPAT,
            INVESTASTANA_2020,
            DOS_NOTIFICATION,
            RULES_0001_COUNTING,
            ADMIN_PROCEDURES_12_1,
            ZONT_DOCUMENTS,
            INVEST_GOV_ARRIVAL,
        ],
        scope: &[],
        result: None,
    },
    ObligationRule {
        id: "kz-host-notification-move-2020",
        kind: Kind::HostNotification,
        who: Who::ReceivingParty,
        trigger: Trigger::Move,
        in_force: Period::since(ymd(2020, 1, 11)),
        applies: Cond::Always,
        count: THREE_WORKING_DAYS,
        convention: KZ_WORKING_CONVENTION,
        title: "kz-host-notification-move-2020-title",
        what: "kz-host-notification-move-2020-what",
        channels: NOTIFICATION_CHANNELS,
        documents: NOTIFICATION_DOCUMENTS,
        fee: None,
        fee_sources: &[EGOV_FREE],
        penalty: Some(&HOST_PENALTY),
        alternatives: &[NEXT_DAY_READING],
        sources: &[DOS_NOTIFICATION, DECREE_148_P9],
        scope: &[],
        result: None,
    },
    ObligationRule {
        id: "kz-registration-2012",
        kind: Kind::Registration,
        who: Who::ReceivingParty,
        trigger: Trigger::Arrival,
        in_force: Period::until(ymd(2020, 1, 10)),
        // Stays of up to 5 days are an exemption below, so that the answer says why.
        applies: Cond::Always,
        count: CountRule {
            days: 5,
            unit: Unit::Calendar,
            start: Start::EventDay,
            roll_forward: false,
        },
        convention: CALENDAR_CONVENTION,
        title: "kz-registration-2012-title",
        what: "kz-registration-2012-what",
        channels: &[&HOTEL_SYSTEM, &MIGRATION_OFFICE],
        documents: REGISTRATION_2012_DOCUMENTS,
        fee: None,
        fee_sources: &[INVEST_GOV_REGISTRATION],
        penalty: Some(&HOST_PENALTY),
        alternatives: &[Alternative {
            reading: "kz-registration-2012-reading",
            count: CountRule {
                days: 5,
                unit: Unit::Working,
                start: Start::EventDay,
                roll_forward: false,
            },
            sources: &[RULES_0001_COUNTING, RULES_TR_HOST_AND_REGISTRATION],
            only_if_later: false,
        }],
        sources: &[
            INVEST_GOV_REGISTRATION,
            ASTANA_3D_REGISTRATION,
            MIA_2019_VISA_FREE,
        ],
        scope: &[],
        result: None,
    },
    ObligationRule {
        id: "kz-migration-card",
        kind: Kind::MigrationCard,
        who: Who::Foreigner,
        trigger: Trigger::Arrival,
        // Order No. 274 of 31 March 2020 took the card out of the Rules ten days after its
        // publication; the exact last day of paper cards in practice is not established.
        in_force: Period::until(ymd(2020, 4, 12)),
        applies: Cond::Always,
        count: CountRule {
            days: 1,
            unit: Unit::Calendar,
            start: Start::EventDay,
            roll_forward: false,
        },
        convention: "kz-migration-card-convention",
        title: "kz-migration-card-title",
        what: "kz-migration-card-what",
        channels: &[],
        documents: MIGRATION_CARD_DOCUMENTS,
        fee: None,
        fee_sources: &[MIGRATION_CARD_RULES],
        penalty: None,
        alternatives: &[],
        sources: &[MIGRATION_CARD_RULES, ORDER_274_2020],
        scope: &[],
        result: None,
    },
    ObligationRule {
        id: "kz-trp-2020",
        kind: Kind::TemporaryResidencePermit,
        who: Who::Foreigner,
        trigger: Trigger::Arrival,
        in_force: Period::since(ymd(2020, 1, 11)),
        applies: Cond::All(&[Cond::Visa(&[Visa::None]), Cond::Citizenship(TRP_ROUTE_30)]),
        count: CountRule {
            days: 30,
            unit: Unit::Calendar,
            start: Start::EventDay,
            roll_forward: false,
        },
        convention: CALENDAR_CONVENTION,
        title: "kz-trp-2020-title",
        what: "kz-trp-2020-what",
        channels: &[&PUBLIC_SERVICE_CENTRE],
        documents: TRP_DOCUMENTS,
        fee: Some("kz-trp-fee"),
        fee_sources: &[GOV_TRP_SERVICE],
        penalty: Some(&OVERSTAY_PENALTY),
        alternatives: &[],
        sources: &[
            AIFC_ITRP_FAQ,
            AIFC_EXPAT_TRP,
            INVESTASTANA_2020,
            GOV_TRP_SERVICE,
            DOS_TRP,
        ],
        scope: &[],
        result: None,
    },
    ObligationRule {
        id: "kz-trp-2020-90-day",
        kind: Kind::TemporaryResidencePermit,
        who: Who::Foreigner,
        trigger: Trigger::Arrival,
        in_force: Period::since(ymd(2020, 1, 11)),
        applies: Cond::All(&[Cond::Visa(&[Visa::None]), Cond::Citizenship(EAEU)]),
        count: CountRule {
            days: 90,
            unit: Unit::Calendar,
            start: Start::EventDay,
            roll_forward: false,
        },
        convention: CALENDAR_CONVENTION,
        title: "kz-trp-2020-90-day-title",
        what: "kz-trp-2020-90-day-what",
        channels: &[&PUBLIC_SERVICE_CENTRE],
        documents: TRP_DOCUMENTS,
        fee: Some("kz-trp-fee"),
        fee_sources: &[GOV_TRP_SERVICE],
        penalty: Some(&OVERSTAY_PENALTY),
        alternatives: &[],
        sources: &[
            AIFC_ITRP_FAQ,
            AIFC_EXPAT_TRP,
            ASTANA_TIMES_2023,
            GOV_TRP_SERVICE,
            DOS_TRP,
        ],
        scope: &[],
        result: None,
    },
    ObligationRule {
        id: "kz-registration-2026",
        kind: Kind::Registration,
        who: Who::Foreigner,
        trigger: Trigger::Arrival,
        in_force: Period::since(ymd(2026, 7, 1)),
        applies: Cond::Visa(&[Visa::None]),
        count: CountRule {
            days: 30,
            unit: Unit::Calendar,
            start: Start::EventDay,
            roll_forward: false,
        },
        convention: "kz-registration-2026-convention",
        title: "kz-registration-2026-title",
        what: "kz-registration-2026-what",
        channels: &[&IS_MP_2026],
        documents: REGISTRATION_2026_DOCUMENTS,
        fee: None,
        fee_sources: &[ORDER_923_INFORM],
        penalty: None,
        alternatives: &[NEXT_DAY_30],
        sources: &[
            ORDER_923_INFORM,
            ORDER_923_ZAKON,
            ORDER_923_TREND,
            ORDER_923_24KG,
        ],
        scope: SCOPE_923,
        result: Some("kz-registration-certificate"),
    },
    ObligationRule {
        id: "kz-re-registration-2026",
        kind: Kind::ReRegistration,
        who: Who::Foreigner,
        trigger: Trigger::Move,
        in_force: Period::since(ymd(2026, 7, 1)),
        applies: Cond::All(&[Cond::Visa(&[Visa::None]), Cond::StayLongerThan(30)]),
        count: CountRule {
            days: 5,
            unit: Unit::Working,
            start: Start::EventDay,
            roll_forward: false,
        },
        convention: KZ_WORKING_CONVENTION,
        title: "kz-re-registration-2026-title",
        what: "kz-re-registration-2026-what",
        channels: &[&IS_MP_2026],
        documents: REGISTRATION_2026_DOCUMENTS,
        fee: None,
        fee_sources: &[ORDER_923_INFORM],
        penalty: None,
        alternatives: &[NEXT_DAY_5_WORKING],
        sources: &[ORDER_923_24KG, ORDER_923_INFORM, ORDER_923_TREND],
        scope: SCOPE_923,
        result: Some("kz-registration-certificate"),
    },
];

const DIPLOMATIC: Cond = Cond::Any(&[
    Cond::Passport(&[Passport::Diplomatic, Passport::Service]),
    Cond::Visa(&[Visa::Diplomatic, Visa::Service]),
]);

static EXEMPTIONS: &[ExemptionRule] = &[
    ExemptionRule {
        id: "kz-exempt-diplomatic",
        kinds: &[
            Kind::Registration,
            Kind::ReRegistration,
            Kind::MigrationCard,
            Kind::TemporaryResidencePermit,
        ],
        in_force: Period::ALWAYS,
        applies: DIPLOMATIC,
        reason: "kz-exempt-diplomatic-reason",
        sources: &[INVEST_GOV_REGISTRATION, MIGRATION_CARD_RULES],
    },
    ExemptionRule {
        id: "kz-exempt-investor",
        kinds: &[Kind::Registration, Kind::MigrationCard],
        in_force: Period::until(ymd(2020, 1, 10)),
        applies: Cond::Visa(&[Visa::Investor]),
        reason: "kz-exempt-investor-reason",
        sources: &[INVEST_GOV_REGISTRATION, MIGRATION_CARD_RULES],
    },
    ExemptionRule {
        id: "kz-exempt-under-16",
        kinds: &[Kind::Registration, Kind::MigrationCard],
        in_force: Period::until(ymd(2020, 4, 12)),
        applies: Cond::AgeUnder(16),
        reason: "kz-exempt-under-16-reason",
        sources: &[INVEST_GOV_REGISTRATION, MIGRATION_CARD_RULES],
    },
    ExemptionRule {
        id: "kz-exempt-under-16-trp",
        kinds: &[Kind::TemporaryResidencePermit],
        in_force: Period::since(ymd(2020, 1, 11)),
        applies: Cond::AgeUnder(16),
        reason: "kz-exempt-under-16-trp-reason",
        sources: &[DOS_TRP],
    },
    ExemptionRule {
        id: "kz-exempt-crew-transit",
        kinds: &[
            Kind::Registration,
            Kind::MigrationCard,
            Kind::TemporaryResidencePermit,
        ],
        in_force: Period::ALWAYS,
        applies: Cond::Any(&[Cond::Crew, Cond::Visa(&[Visa::Transit])]),
        reason: "kz-exempt-crew-transit-reason",
        sources: &[MIGRATION_CARD_RULES, DECREE_148_P9],
    },
    ExemptionRule {
        id: "kz-exempt-short-stay-2012",
        kinds: &[Kind::Registration],
        in_force: Period::until(ymd(2020, 1, 10)),
        applies: Cond::Not(&Cond::StayLongerThan(5)),
        reason: "kz-exempt-short-stay-2012-reason",
        sources: &[INVEST_GOV_REGISTRATION],
    },
    ExemptionRule {
        id: "kz-exempt-border-registration",
        kinds: &[Kind::Registration],
        in_force: Period::until(ymd(2020, 1, 10)),
        applies: Cond::Regime(&[UNILATERAL]),
        reason: "kz-exempt-border-registration-reason",
        sources: &[MIA_2019_VISA_FREE, PILOT_2014, DECREE_848_2016],
    },
    ExemptionRule {
        id: "kz-exempt-russia-30-days",
        kinds: &[Kind::Registration],
        in_force: Period::ALWAYS,
        applies: Cond::All(&[
            Cond::Citizenship(&["RU"]),
            Cond::Not(&Cond::StayLongerThan(30)),
        ]),
        reason: "kz-exempt-russia-30-days-reason",
        sources: &[RU_KZ_2012_AGREEMENT],
    },
    ExemptionRule {
        id: "kz-exempt-ukraine-90-days",
        kinds: &[Kind::Registration],
        in_force: Period::until(ymd(2020, 1, 10)),
        applies: Cond::All(&[
            Cond::Citizenship(&["UA"]),
            Cond::Not(&Cond::StayLongerThan(90)),
        ]),
        reason: "kz-exempt-ukraine-90-days-reason",
        sources: &[ASTANA_3D_REGISTRATION],
    },
    ExemptionRule {
        id: "kz-exempt-short-stay-2020",
        kinds: &[Kind::TemporaryResidencePermit, Kind::Registration],
        in_force: Period::since(ymd(2020, 1, 11)),
        applies: Cond::Not(&Cond::StayLongerThan(30)),
        reason: "kz-exempt-short-stay-2020-reason",
        sources: &[AIFC_EXPAT, INVESTASTANA_2020, ORDER_923_INFORM],
    },
    ExemptionRule {
        id: "kz-exempt-90-day-trp",
        kinds: &[Kind::TemporaryResidencePermit],
        in_force: Period::since(ymd(2020, 1, 11)),
        applies: Cond::All(&[
            Cond::Regime(&[NINETY_DAY]),
            Cond::Not(&Cond::StayLongerThan(90)),
        ]),
        reason: "kz-exempt-90-day-trp-reason",
        sources: &[ASTANA_TIMES_2023],
    },
    ExemptionRule {
        id: "kz-exempt-migration-card-visa",
        kinds: &[Kind::MigrationCard],
        in_force: Period::ALWAYS,
        applies: Cond::Visa(&[Visa::Diplomatic, Visa::Service, Visa::Investor]),
        reason: "kz-exempt-migration-card-visa-reason",
        sources: &[MIGRATION_CARD_RULES],
    },
];

static NOTES: &[NoteRule] = &[
    NoteRule {
        code: "diplomatic-notification-unsettled",
        in_force: Period::ALWAYS,
        applies: DIPLOMATIC,
        message: "kz-note-diplomatic-notification-unsettled",
        sources: &[INVEST_GOV_REGISTRATION],
    },
    NoteRule {
        code: "transit-notification",
        in_force: Period::ALWAYS,
        applies: Cond::Any(&[Cond::Crew, Cond::Visa(&[Visa::Transit])]),
        message: "kz-note-transit-notification",
        sources: &[DECREE_148_P9],
    },
    NoteRule {
        code: "covid-suspension",
        in_force: Period::between(ymd(2020, 3, 16), ymd(2021, 12, 31)),
        applies: COVID_SUSPENDED,
        message: "kz-note-covid-suspension",
        sources: &[COVID_SUSPENSION],
    },
    NoteRule {
        code: "children-in-notification",
        in_force: Period::since(ymd(2020, 1, 11)),
        applies: Cond::AgeUnder(16),
        message: "kz-note-children-in-notification",
        sources: &[INVESTASTANA_2020, DOS_NOTIFICATION],
    },
    NoteRule {
        code: "host-and-self-registration",
        in_force: Period::since(ymd(2026, 7, 1)),
        applies: Cond::All(&[
            Cond::Visa(&[Visa::None]),
            Cond::Citizenship(&["AM", "BY", "KG", "RU", "TJ", "TR"]),
            Cond::StayLongerThan(30),
        ]),
        message: "kz-note-host-and-self-registration",
        sources: &[ORDER_923_INFORM, ORDER_923_ZAKON],
    },
    NoteRule {
        code: "self-registration-transition",
        in_force: Period::until(ymd(2026, 6, 30)),
        applies: Cond::All(&[
            Cond::Visa(&[Visa::None]),
            Cond::Citizenship(SCOPE_923_ALL),
            Cond::PresentOn(ymd(2026, 7, 1)),
            Cond::StayLongerThan(30),
        ]),
        message: "kz-note-self-registration-transition",
        sources: &[ORDER_923_INFORM, ORDER_923_ZAKON, ORDER_923_24KG],
    },
    NoteRule {
        code: "no-visa-run",
        in_force: Period::since(ymd(2023, 1, 27)),
        applies: Cond::Regime(&[UNILATERAL, BILATERAL]),
        message: "kz-note-no-visa-run",
        sources: &[ASTANA_TIMES_2023],
    },
    NoteRule {
        code: "extend-15-day-stay",
        in_force: Period::between(ymd(2015, 7, 16), ymd(2016, 12, 31)),
        applies: Cond::Regime(&[UNILATERAL]),
        message: "kz-note-extend-15-day-stay",
        sources: &[INVEST_GOV_REGISTRATION],
    },
];

pub static KAZAKHSTAN: Country = Country {
    code: "KZ",
    name: "Kazakhstan",
    rules_checked_on: ymd(2026, 12, 1),
    covers: Period::between(ymd(2015, 1, 1), ymd(2027, 12, 31)),
    calendar: kz_calendar,
    currency: "KZT",
    fine_unit_name: "kz-fine-unit",
    fine_units: MRP,
    allowances: ALLOWANCES,
    visa_stays: &[],
    no_allowance_notes: &[NoteRule {
        code: "visa-required",
        in_force: Period::between(ymd(2020, 3, 16), ymd(2021, 12, 31)),
        applies: COVID_SUSPENDED,
        message: "kz-visa-required",
        sources: &[COVID_SUSPENSION],
    }],
    no_allowance: "kz-no-allowance",
    no_allowance_code: "visa-free-unknown",
    beyond_allowance: &[NoteRule {
        code: "needs-visa",
        in_force: Period::since(ymd(2020, 1, 11)),
        applies: Cond::Not(&Cond::Citizenship(TRP_ROUTE)),
        message: "kz-needs-visa",
        sources: &[
            AIFC_ITRP_FAQ,
            QAZINFORM_2025_RULES,
            MFA_CHINA_VISA,
            GOV_TRP_SERVICE,
            ART_517,
            STEPPE_2022_SANCTIONS,
        ],
    }],
    overstay_notes: &[],
    visa_bounds_stay: "kz-visa-bounds-stay",
    permit_bounds_stay: "kz-permit-bounds-stay",
    overstay_penalty: &[OVERSTAY_PENALTY],
    obligations: OBLIGATIONS,
    exemptions: EXEMPTIONS,
    notes: NOTES,
    regional_days: &[],
    stay_sources: &[ASTANA_TIMES_2023, MIA_2019_VISA_FREE],
    receiving_party: ReceivingParty {
        host: "kz-receiving-party-host",
        hotel: "kz-receiving-party-hotel",
        organization: "kz-receiving-party-organization",
        foreigner: "kz-receiving-party-foreigner",
    },
    disclaimer: "kz-disclaimer",
    ui: &super::ui::UI,
};

fn kz_calendar() -> &'static crate::calendar::CountryCalendar {
    &super::calendar::KZ
}
