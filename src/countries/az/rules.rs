//! Azerbaijan: registration at the place of stay (Migration Code Art. 21), re-registration after
//! a move, stay limits, residence permits and penalties, from 2015 to today, as data. Each row
//! carries its period in force and its sources, graded as in `docs/research/az.md` (high =
//! official text or official site read; medium = official text in an unofficial copy, or a
//! reputable secondary source; low = one secondary source).
//!
//! Counting (docs/research/conventions.md item 8): a period "within N days of arrival" runs
//! from the day after the event (Civil Code Art. 368) and, for calendar days, is not moved off
//! a non-working day (the Migration Code has no such rule; Civil Code 370.2 only by analogy, so
//! that reading is shown as the other one, when it gives a later day).

use crate::count::{CountRule, Start, Unit};
use crate::date::ymd;
use crate::rules::*;
use crate::scenario::{Passport, PermitKind, Visa};
use crate::source::{Confidence::*, Source};
use crate::stay::Limit;

// ---------------------------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------------------------

const MC_21: Source = Source::new("az-src-mc-21", Medium);
const MC_21_9: Source = Source::new("az-src-mc-21-9", Medium);
const SMS_OYQ: Source = Source::new("az-src-sms-oyq", High);
const SMS_569: Source = Source::new("az-src-sms-569", High);
const SMS_NEWS_13561: Source = Source::new("az-src-sms-news-13561", High);
const CIVIL_CODE_368: Source = Source::new("az-src-civil-code-368", Medium);
const TREND_2018_15_DAYS: Source = Source::new("az-src-trend-2018-15-days", Medium);
const REPORT_KZ_30: Source = Source::new("az-src-report-kz-30", Low);
const MC_22: Source = Source::new("az-src-mc-22", Medium);
const MC_44_52: Source = Source::new("az-src-mc-44-52", Medium);
const MC_45_49: Source = Source::new("az-src-mc-45-49", Medium);
const MC_52_54: Source = Source::new("az-src-mc-52-54", Medium);
const MC_39_43: Source = Source::new("az-src-mc-39-43", Medium);
const SMS_FEES: Source = Source::new("az-src-sms-fees", High);
const MC_20: Source = Source::new("az-src-mc-20", Medium);
const MFA_VISA_FREE: Source = Source::new("az-src-mfa-visa-free", High);
const TREND_TR: Source = Source::new("az-src-trend-tr", Medium);
const TREND_AE: Source = Source::new("az-src-trend-ae", Medium);
const RU_561: Source = Source::new("az-src-ru-561", Medium);
const RU_561_SMS: Source = Source::new("az-src-ru-561-sms", Medium);
const CN_2025: Source = Source::new("az-src-cn-2025", Medium);
const CN_2024: Source = Source::new("az-src-cn-2024", Medium);
const ASAN_VISA: Source = Source::new("az-src-asan-visa", High);
const IXM_575_577: Source = Source::new("az-src-ixm-575-577", Medium);
const SMS_594: Source = Source::new("az-src-sms-594", High);

// ---------------------------------------------------------------------------------------------
// Channels
// ---------------------------------------------------------------------------------------------

static ESERVICE: Channel = Channel {
    id: "az-sms-eservice",
    name: "az-channel-eservice-name",
    url: "https://migration.gov.az/en/oyq",
    online: true,
    mode: "online",
    needs: "az-channel-scan-needs",
    processing: "az-channel-processing",
    in_force: Period::ALWAYS,
    sources: &[SMS_OYQ, MC_21],
};
static EMAIL: Channel = Channel {
    id: "az-sms-email",
    name: "az-channel-email-name",
    url: "mailto:qeydiyyat@migration.gov.az",
    online: true,
    mode: "online",
    needs: "az-channel-scan-needs",
    processing: "az-channel-processing",
    in_force: Period::ALWAYS,
    sources: &[SMS_OYQ, MC_21],
};
static REGIONAL: Channel = Channel {
    id: "az-regional-migration-department",
    name: "az-channel-regional-name",
    url: "https://migration.gov.az",
    online: false,
    mode: "in-person",
    needs: "az-channel-in-person-needs",
    processing: "az-channel-processing",
    in_force: Period::ALWAYS,
    sources: &[SMS_OYQ, SMS_569],
};
static ASAN: Channel = Channel {
    id: "az-asan",
    name: "az-channel-asan-name",
    url: "https://asan.gov.az",
    online: false,
    mode: "in-person",
    needs: "az-channel-in-person-needs",
    processing: "az-channel-processing",
    in_force: Period::ALWAYS,
    sources: &[SMS_OYQ, SMS_569],
};
static HOTEL: Channel = Channel {
    id: "az-hotel",
    name: "az-channel-hotel-name",
    url: "",
    online: true,
    mode: "online",
    needs: "az-channel-hotel-needs",
    processing: "az-channel-processing",
    in_force: Period::ALWAYS,
    sources: &[MC_21],
};
static PERMIT_CHANNELS: &[&Channel] = &[&ESERVICE, &REGIONAL, &ASAN];
static REGISTRATION_CHANNELS: &[&Channel] = &[&ESERVICE, &EMAIL, &REGIONAL, &ASAN, &HOTEL];

// ---------------------------------------------------------------------------------------------
// Penalties: Code of Administrative Offences (İXM) of 2015, in force from 1 March 2016; fines
// are set in manats (no fine unit).
// ---------------------------------------------------------------------------------------------

const IXM_FROM: Period = Period::since(ymd(2016, 3, 1));

static REGISTRATION_PENALTY: Penalty = Penalty {
    article: "az-registration-penalty-article",
    offence: "az-registration-penalty-offence",
    tiers: &[
        PenaltyTier {
            offender: "az-penalty-host",
            party: Party::Individual,
            sanction: Sanction::Amount { min: 300, max: 500 },
        },
        PenaltyTier {
            offender: "az-penalty-official",
            party: Party::Organization,
            sanction: Sanction::Amount { min: 300, max: 500 },
        },
        PenaltyTier {
            offender: "az-penalty-entity",
            party: Party::Organization,
            sanction: Sanction::Amount {
                min: 2_000,
                max: 3_000,
            },
        },
        PenaltyTier {
            offender: "az-penalty-foreigner",
            party: Party::Foreigner,
            sanction: Sanction::Amount { min: 300, max: 400 },
        },
    ],
    note: "az-penalty-note",
    in_force: IXM_FROM,
    sources: &[IXM_575_577, SMS_594],
};

static RE_REGISTRATION_PENALTY: Penalty = Penalty {
    article: "az-re-registration-penalty-article",
    offence: "az-re-registration-penalty-offence",
    ..REGISTRATION_PENALTY
};

static OVERSTAY_PENALTY: Penalty = Penalty {
    article: "az-overstay-penalty-article",
    offence: "az-overstay-penalty-offence",
    tiers: &[PenaltyTier {
        offender: "az-penalty-foreigner",
        party: Party::Foreigner,
        sanction: Sanction::Amount { min: 300, max: 400 },
    }],
    note: "az-overstay-penalty-note",
    in_force: IXM_FROM,
    sources: &[IXM_575_577, SMS_594],
};

// ---------------------------------------------------------------------------------------------
// Counting
// ---------------------------------------------------------------------------------------------

const fn calendar_days(days: u32) -> CountRule {
    CountRule {
        days,
        unit: Unit::Calendar,
        start: Start::NextDay,
        roll_forward: false,
    }
}

const fn roll_forward_reading(days: u32) -> Alternative {
    Alternative {
        reading: "az-roll-forward-reading",
        count: CountRule {
            roll_forward: true,
            ..calendar_days(days)
        },
        sources: &[CIVIL_CODE_368],
        only_if_later: true,
    }
}

const CALENDAR_CONVENTION: &str = "az-calendar-convention";
const WORKING_CONVENTION: &str = "az-working-convention";
const BACK_CONVENTION: &str = "az-back-convention";

const REGISTRATION_DOCUMENTS: &[&str] =
    &["az-registration-document-1", "az-registration-document-2"];
const TRP_DOCUMENTS: &[&str] = &[
    "az-trp-document-1",
    "az-trp-document-2",
    "az-trp-document-3",
    "az-trp-document-4",
    "az-trp-document-5",
];
const PRP_DOCUMENTS: &[&str] = &[
    "az-prp-document-1",
    "az-prp-document-2",
    "az-prp-document-3",
];
const EXTENSION_DOCUMENTS: &[&str] = &[
    "az-extension-document-1",
    "az-extension-document-2",
    "az-extension-document-3",
];
const DATA_CHANGE_DOCUMENTS: &[&str] = &["az-data-change-document-1", "az-data-change-document-2"];

// ---------------------------------------------------------------------------------------------
// Who must register: stays longer than 15 days (10 before 14 July 2018); citizens of
// Kazakhstan entering from 26 August 2021: 30 days.
// ---------------------------------------------------------------------------------------------

const KZ_30_FROM: chrono::NaiveDate = ymd(2021, 8, 26);
/// Law 902-VQD: no re-registration in another dwelling of the same owner, from 17 Dec 2017.
const SAME_OWNER_FROM: chrono::NaiveDate = ymd(2017, 12, 17);
const TEN_TO_FIFTEEN: chrono::NaiveDate = ymd(2018, 7, 14);
const KZ_30: Cond = Cond::All(&[Cond::Citizenship(&["KZ"]), Cond::EnteredFrom(KZ_30_FROM)]);
const NOT_KZ_30: Cond = Cond::Not(&KZ_30);
/// Whether the stay is long enough to be registered, for a move's re-registration.
const REGISTERED_STAY: Cond = Cond::Any(&[
    Cond::All(&[KZ_30, Cond::StayPast(30)]),
    Cond::All(&[
        NOT_KZ_30,
        Cond::EnteredFrom(TEN_TO_FIFTEEN),
        Cond::StayPast(15),
    ]),
    Cond::All(&[
        Cond::Not(&Cond::EnteredFrom(TEN_TO_FIFTEEN)),
        Cond::StayPast(10),
    ]),
]);

const fn registration(
    id: &'static str,
    in_force: Period,
    applies: Cond,
    days: u32,
    alternatives: &'static [Alternative],
    what: &'static str,
    sources: &'static [Source],
) -> ObligationRule {
    ObligationRule {
        id,
        kind: Kind::Registration,
        who: Who::ReceivingParty,
        trigger: Trigger::Arrival,
        in_force,
        applies,
        count: calendar_days(days),
        convention: CALENDAR_CONVENTION,
        title: "az-registration-title",
        what,
        channels: REGISTRATION_CHANNELS,
        documents: REGISTRATION_DOCUMENTS,
        fee: None,
        fee_sources: &[MC_21, SMS_569],
        penalty: Some(&REGISTRATION_PENALTY),
        alternatives,
        sources,
        scope: &[],
        result: Some("az-registration-result"),
    }
}

const HOLDS_NO_PERMIT: Cond = Cond::Not(&Cond::Permit(&[
    PermitKind::Temporary,
    PermitKind::Permanent,
]));

const fn back(days: u32, unit: Unit) -> CountRule {
    CountRule {
        days,
        unit,
        start: Start::Before,
        roll_forward: false,
    }
}

static OBLIGATIONS: &[ObligationRule] = &[
    registration(
        "az-registration-2014",
        Period::until(ymd(2018, 7, 13)),
        Cond::StayPast(10),
        10,
        &[roll_forward_reading(10)],
        "az-registration-10-what",
        &[MC_21, CIVIL_CODE_368],
    ),
    registration(
        "az-registration-2018",
        Period::since(TEN_TO_FIFTEEN),
        Cond::All(&[NOT_KZ_30, Cond::StayPast(15)]),
        15,
        &[roll_forward_reading(15)],
        "az-registration-what",
        &[MC_21, SMS_OYQ, SMS_569, TREND_2018_15_DAYS, CIVIL_CODE_368],
    ),
    ObligationRule {
        // The rule is the State Migration Service's (high); its first day is the announcement's
        // (low): the obligation carries the lower confidence.
        scope: &[Scope {
            citizens: &["KZ"],
            confidence: Low,
            note: "",
            sources: &[REPORT_KZ_30],
        }],
        ..registration(
            "az-registration-kz-2021",
            Period::since(KZ_30_FROM),
            Cond::All(&[KZ_30, Cond::StayPast(30)]),
            30,
            &[roll_forward_reading(30)],
            "az-registration-kz-what",
            &[SMS_OYQ, REPORT_KZ_30, MC_21, CIVIL_CODE_368],
        )
    },
    ObligationRule {
        id: "az-re-registration-2019",
        kind: Kind::ReRegistration,
        who: Who::ReceivingParty,
        trigger: Trigger::Move,
        in_force: Period::since(ymd(2019, 7, 24)),
        applies: REGISTERED_STAY,
        count: CountRule {
            days: 5,
            unit: Unit::Working,
            start: Start::NextDay,
            roll_forward: false,
        },
        convention: WORKING_CONVENTION,
        title: "az-re-registration-title",
        what: "az-re-registration-what",
        channels: REGISTRATION_CHANNELS,
        documents: REGISTRATION_DOCUMENTS,
        fee: None,
        fee_sources: &[MC_21],
        penalty: Some(&RE_REGISTRATION_PENALTY),
        alternatives: &[],
        sources: &[MC_21_9, SMS_NEWS_13561, SMS_OYQ, CIVIL_CODE_368],
        scope: &[],
        result: Some("az-registration-result"),
    },
    ObligationRule {
        id: "az-trp",
        kind: Kind::TemporaryResidencePermit,
        who: Who::Foreigner,
        trigger: Trigger::StayEnd,
        in_force: Period::ALWAYS,
        // A permit holder's own permit has its renewal rule (az-trp-renewal).
        applies: HOLDS_NO_PERMIT,
        count: back(30, Unit::Calendar),
        convention: BACK_CONVENTION,
        title: "az-trp-title",
        what: "az-trp-what",
        channels: PERMIT_CHANNELS,
        documents: TRP_DOCUMENTS,
        fee: Some("az-trp-fee"),
        fee_sources: &[SMS_FEES],
        penalty: None,
        alternatives: &[Alternative {
            reading: "az-trp-reading",
            count: back(29, Unit::Calendar),
            sources: &[MC_45_49],
            only_if_later: false,
        }],
        sources: &[MC_45_49, SMS_FEES],
        scope: &[],
        result: Some("az-trp-result"),
    },
    ObligationRule {
        id: "az-stay-extension",
        kind: Kind::StayExtension,
        who: Who::Foreigner,
        trigger: Trigger::StayEnd,
        in_force: Period::ALWAYS,
        applies: HOLDS_NO_PERMIT,
        count: back(3, Unit::Working),
        convention: BACK_CONVENTION,
        title: "az-extension-title",
        what: "az-extension-what",
        channels: PERMIT_CHANNELS,
        documents: EXTENSION_DOCUMENTS,
        fee: Some("az-extension-fee"),
        fee_sources: &[SMS_FEES],
        penalty: None,
        alternatives: &[Alternative {
            reading: "az-extension-reading",
            count: CountRule {
                days: 3,
                unit: Unit::Working,
                start: Start::NthBefore,
                roll_forward: false,
            },
            sources: &[MC_39_43],
            only_if_later: false,
        }],
        sources: &[MC_39_43, SMS_FEES],
        scope: &[],
        result: Some("az-extension-result"),
    },
    ObligationRule {
        id: "az-trp-renewal",
        kind: Kind::TemporaryResidencePermit,
        who: Who::Foreigner,
        trigger: Trigger::PermitExpiry,
        in_force: Period::ALWAYS,
        applies: Cond::Permit(&[PermitKind::Temporary]),
        count: back(30, Unit::Calendar),
        convention: BACK_CONVENTION,
        title: "az-trp-renewal-title",
        what: "az-trp-renewal-what",
        channels: PERMIT_CHANNELS,
        documents: TRP_DOCUMENTS,
        fee: Some("az-trp-fee"),
        fee_sources: &[SMS_FEES],
        penalty: None,
        alternatives: &[],
        sources: &[MC_45_49, SMS_FEES],
        scope: &[],
        result: Some("az-trp-result"),
    },
    ObligationRule {
        id: "az-prp",
        kind: Kind::PermanentResidencePermit,
        who: Who::Foreigner,
        trigger: Trigger::PermitExpiry,
        in_force: Period::ALWAYS,
        applies: Cond::Permit(&[PermitKind::Temporary]),
        count: back(3, Unit::Month),
        convention: BACK_CONVENTION,
        title: "az-prp-title",
        what: "az-prp-what",
        channels: PERMIT_CHANNELS,
        documents: PRP_DOCUMENTS,
        fee: Some("az-prp-fee"),
        fee_sources: &[SMS_FEES],
        penalty: None,
        alternatives: &[],
        sources: &[MC_52_54],
        scope: &[],
        result: Some("az-prp-result"),
    },
    ObligationRule {
        id: "az-prp-renewal",
        kind: Kind::PermanentResidencePermit,
        who: Who::Foreigner,
        trigger: Trigger::PermitExpiry,
        in_force: Period::ALWAYS,
        applies: Cond::Permit(&[PermitKind::Permanent]),
        count: back(3, Unit::Month),
        convention: BACK_CONVENTION,
        title: "az-prp-renewal-title",
        what: "az-prp-renewal-what",
        channels: PERMIT_CHANNELS,
        documents: PRP_DOCUMENTS,
        fee: Some("az-prp-fee"),
        fee_sources: &[SMS_FEES],
        penalty: None,
        alternatives: &[],
        sources: &[MC_52_54],
        scope: &[],
        result: Some("az-prp-result"),
    },
    ObligationRule {
        id: "az-permit-data-change",
        kind: Kind::PermitDataChange,
        who: Who::Foreigner,
        trigger: Trigger::PermitChange,
        in_force: Period::ALWAYS,
        applies: Cond::Permit(&[PermitKind::Temporary, PermitKind::Permanent]),
        count: CountRule {
            days: 10,
            unit: Unit::Working,
            start: Start::NextDay,
            roll_forward: false,
        },
        convention: WORKING_CONVENTION,
        title: "az-data-change-title",
        what: "az-data-change-what",
        channels: PERMIT_CHANNELS,
        documents: DATA_CHANGE_DOCUMENTS,
        fee: Some("az-data-change-fee"),
        fee_sources: &[SMS_FEES],
        penalty: None,
        alternatives: &[],
        sources: &[MC_44_52, CIVIL_CODE_368],
        scope: &[],
        result: None,
    },
];

// ---------------------------------------------------------------------------------------------
// Exemptions
// ---------------------------------------------------------------------------------------------

static EXEMPTIONS: &[ExemptionRule] = &[
    ExemptionRule {
        id: "az-exempt-diplomatic",
        kinds: &[
            Kind::Registration,
            Kind::ReRegistration,
            Kind::TemporaryResidencePermit,
            Kind::StayExtension,
        ],
        in_force: Period::ALWAYS,
        applies: Cond::Any(&[
            Cond::Passport(&[Passport::Diplomatic]),
            Cond::Visa(&[Visa::Diplomatic, Visa::Service]),
        ]),
        reason: "az-exempt-diplomatic-reason",
        sources: &[MC_22],
    },
    ExemptionRule {
        id: "az-exempt-permit-holder",
        kinds: &[Kind::Registration, Kind::ReRegistration],
        in_force: Period::ALWAYS,
        applies: Cond::Permit(&[PermitKind::Temporary, PermitKind::Permanent]),
        reason: "az-exempt-permit-holder-reason",
        sources: &[MC_44_52],
    },
    ExemptionRule {
        id: "az-exempt-same-owner",
        kinds: &[Kind::ReRegistration],
        in_force: Period::since(SAME_OWNER_FROM),
        applies: Cond::SameOwner,
        reason: "az-exempt-same-owner-reason",
        sources: &[MC_21_9],
    },
];

// ---------------------------------------------------------------------------------------------
// Visa-free stays (Art. 20.1 and treaties)
// ---------------------------------------------------------------------------------------------

pub const NINETY: &str = "az-90";
pub const RU_YEAR: &str = "az-ru-year";
pub const THIRTY: &str = "az-30";
pub const CN: &str = "az-cn";

static ALLOWANCES: &[Allowance] = &[
    Allowance {
        id: "az-cis-90",
        in_force: Period::ALWAYS,
        citizens: &["BY", "GE", "KG", "KZ", "MD", "TJ", "UA", "UZ"],
        regime: NINETY,
        passports: &[],
        limits: &[Limit::PerEntry { days: 90 }],
        note: "az-allowance-90-note",
        sources: &[MFA_VISA_FREE, MC_20],
    },
    Allowance {
        id: "az-ru-90",
        in_force: Period::until(ymd(2024, 12, 31)),
        citizens: &["RU"],
        regime: NINETY,
        passports: &[],
        limits: &[Limit::PerEntry { days: 90 }],
        note: "az-allowance-90-note",
        sources: &[MFA_VISA_FREE, MC_20],
    },
    Allowance {
        id: "az-ru-2025",
        in_force: Period::since(ymd(2025, 1, 1)),
        citizens: &["RU"],
        regime: RU_YEAR,
        passports: &[],
        limits: &[
            Limit::PerEntry { days: 90 },
            Limit::CalendarYear { days: 90 },
        ],
        note: "az-allowance-ru-note",
        sources: &[RU_561, RU_561_SMS, MC_20],
    },
    Allowance {
        id: "az-tr-90",
        in_force: Period::since(ymd(2020, 8, 13)),
        citizens: &["TR"],
        regime: NINETY,
        passports: &[],
        limits: &[Limit::PerEntry { days: 90 }],
        note: "az-allowance-90-note",
        sources: &[TREND_TR, MFA_VISA_FREE],
    },
    Allowance {
        id: "az-ae-90",
        in_force: Period::since(ymd(2023, 7, 8)),
        citizens: &["AE"],
        regime: NINETY,
        passports: &[],
        limits: &[Limit::PerEntry { days: 90 }],
        note: "az-allowance-90-note",
        sources: &[TREND_AE],
    },
    Allowance {
        id: "az-qa-30",
        in_force: Period::ALWAYS,
        citizens: &["QA"],
        regime: THIRTY,
        passports: &[],
        limits: &[Limit::PerEntry { days: 30 }],
        note: "az-allowance-qa-note",
        sources: &[MFA_VISA_FREE],
    },
    Allowance {
        id: "az-cn-2024",
        in_force: Period::between(ymd(2024, 7, 20), ymd(2025, 7, 15)),
        citizens: &["CN"],
        regime: CN,
        passports: &[],
        limits: &[
            Limit::PerEntry { days: 30 },
            Limit::Visits {
                entries: 3,
                from: ymd(2024, 7, 20),
                to: ymd(2025, 7, 19),
            },
        ],
        note: "az-allowance-cn-2024-note",
        sources: &[CN_2024],
    },
    Allowance {
        id: "az-cn-2025",
        in_force: Period::since(ymd(2025, 7, 16)),
        citizens: &["CN"],
        regime: CN,
        passports: &[],
        limits: &[
            Limit::PerEntry { days: 30 },
            Limit::Rolling {
                days: 90,
                window: 180,
            },
        ],
        note: "az-allowance-cn-note",
        sources: &[CN_2025],
    },
];

static VISA_STAYS: &[(Visa, Allowance)] = &[(
    Visa::EVisa,
    Allowance {
        id: "az-e-visa",
        in_force: Period::since(ymd(2017, 1, 10)),
        citizens: &[],
        regime: "az-e-visa",
        passports: &[],
        limits: &[Limit::PerEntry { days: 30 }],
        note: "az-e-visa-note",
        sources: &[ASAN_VISA],
    },
)];

// ---------------------------------------------------------------------------------------------
// Notes
// ---------------------------------------------------------------------------------------------

static NOTES: &[NoteRule] = &[
    NoteRule {
        code: "borderline-stay",
        in_force: Period::since(TEN_TO_FIFTEEN),
        applies: Cond::All(&[NOT_KZ_30, Cond::ExitOn(15)]),
        message: "az-note-borderline-15",
        sources: &[MC_21, CIVIL_CODE_368],
    },
    NoteRule {
        code: "borderline-stay",
        in_force: Period::since(KZ_30_FROM),
        applies: Cond::All(&[KZ_30, Cond::ExitOn(30)]),
        message: "az-note-borderline-30",
        sources: &[SMS_OYQ, CIVIL_CODE_368],
    },
    NoteRule {
        code: "az-re-registration-no-period",
        in_force: Period::until(ymd(2019, 7, 23)),
        applies: Cond::MoveBy(ymd(2019, 7, 23), Some(SAME_OWNER_FROM)),
        message: "az-note-re-registration-no-period",
        sources: &[MC_21_9],
    },
    NoteRule {
        code: "az-kz-30-start",
        in_force: Period::between(ymd(2021, 7, 1), ymd(2021, 8, 25)),
        applies: Cond::Citizenship(&["KZ"]),
        message: "az-note-kz-30-start",
        sources: &[REPORT_KZ_30],
    },
    NoteRule {
        code: "az-no-penalty-data",
        in_force: Period::until(ymd(2016, 2, 29)),
        applies: Cond::Always,
        message: "az-note-no-penalty-data",
        sources: &[IXM_575_577],
    },
];

fn az_calendar() -> &'static crate::calendar::CountryCalendar {
    &super::calendar::AZ
}

pub static AZERBAIJAN: Country = Country {
    code: "AZ",
    name: "Azerbaijan",
    rules_checked_on: ymd(2026, 12, 1),
    covers: Period::between(ymd(2015, 1, 1), ymd(2027, 12, 31)),
    calendar: az_calendar,
    currency: "AZN",
    fine_unit_name: "az-fine-unit",
    fine_units: &[],
    allowances: ALLOWANCES,
    visa_stays: VISA_STAYS,
    no_allowance_notes: &[],
    no_allowance: "az-no-allowance",
    no_allowance_code: "visa-required",
    beyond_allowance: &[],
    overstay_notes: &[],
    visa_bounds_stay: "az-visa-bounds-stay",
    permit_bounds_stay: "az-permit-bounds-stay",
    overstay_penalty: &[OVERSTAY_PENALTY],
    obligations: OBLIGATIONS,
    exemptions: EXEMPTIONS,
    notes: NOTES,
    regional_days: &[],
    stay_sources: &[MC_20, MFA_VISA_FREE],
    receiving_party: ReceivingParty {
        host: "az-receiving-party-host",
        hotel: "az-receiving-party-hotel",
        organization: "az-receiving-party-organization",
        foreigner: "az-receiving-party-foreigner",
    },
    disclaimer: "az-disclaimer",
    ui: &super::ui::UI,
};
