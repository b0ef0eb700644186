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

const LAW_109_22: Source = Source {
    title: "Federal Law No. 109-FZ of 18 July 2006 on the migration registration of foreigners, Art. 22 (text copy)",
    article: "the receiving party sends the notification; the foreigner files himself when he owns the premises, with the host's consent, or for documented reasons; the tear-off part confirms it",
    url: "https://lawnotes.ru/laws/federalnyy-zakon-ot-18.07.2006-n-109-fz/glava-4/statya-22",
    confidence: High,
};
const LAW_109_20: Source = Source {
    title: "Federal Law No. 109-FZ, Art. 20 (text copy, before October 2023)",
    article: "the receiving party notifies within seven working days of the foreigner's arrival at the place of stay; hotels and the places the article lists within one working day",
    url: "https://nalogcodex.ru/laws/federalnyy-zakon-ot-18.07.2006-n-109-fz/glava-4/statya-20",
    confidence: Medium,
};
const LAW_109_2008: Source = Source {
    title: "Amendments of 2008 to 109-FZ (Art. 20(3.1), Art. 22(7))",
    article: "arrival at a hotel on a non-working day: within the working day that follows; the tear-off part of the notification is the confirmation",
    url: "https://docs.cntd.ru/document/902111476/titles/6500IL",
    confidence: High,
};
const KONTUR_HOTELS: Source = Source {
    title: "Kontur (klerk.ru): migration registration of foreign guests in hotels, 26 January 2026",
    article: "within one working day following the day of arrival, for every guest, even for a few hours; departure by 12:00 of the next day",
    url: "https://www.klerk.ru/blogs/skb-kontur/675188/",
    confidence: Medium,
};
const POLICE_DEPARTURE: Source = Source {
    title: "Police notice (zeml-trub.ru), 5 November 2020: your guests are foreigners",
    article: "the organisation's administration notifies the departure not later than 12:00 of the day following the day of departure",
    url: "https://zeml-trub.ru/society/2020/11/05/vashi-gosti-inostranczy",
    confidence: Medium,
};
const VEDOMOSTI_2025: Source = Source {
    title: "Vedomosti, 18 November 2025: the government supports articles for hoteliers",
    article: "hotels deregister guests within one working day after check-out",
    url: "https://www.vedomosti.ru/business/articles/2025/11/18/1155722-v-pravitelstve-podderzhali-ideyu-o-vvedenii-statei-spetsialno-dlya-otelerov",
    confidence: Medium,
};
const MFC_163: Source = Source {
    title: "MFC (mfc-sl.ru): migration registration after Federal Law No. 163-FZ of 27 June 2018",
    article: "from 8 July 2018 the receiving party is the person who provides the premises for actual residence",
    url: "https://mfc-sl.ru/news/migracionnyy-uchet",
    confidence: Medium,
};
const LAW_156: Source = Source {
    title: "Federal Law No. 156-FZ of 28 April 2023 (Rossiyskaya Gazeta)",
    article: "from 26 October 2023 the foreigner may file through Gosuslugi with the owner's consent given there",
    url: "https://rg.ru./documents/2023/05/04/migratsionniy-uchyot.html",
    confidence: High,
};
const DECREE_10: Source = Source {
    title: "Government Decree No. 10 of 15 January 2007 (text copy)",
    article: "the postal fee for sending the notification: 118 roubles",
    url: "https://zakonbase.ru/content/base/100592/?print=1",
    confidence: High,
};
const CIVIL_CODE_191: Source = Source {
    title: "Civil Code of the Russian Federation, Arts. 191 and 193 (by analogy)",
    article: "a period in days begins on the day after the event; a last day that is non-working moves to the next working day",
    url: "https://www.consultant.ru/document/cons_doc_LAW_5142/",
    confidence: Medium,
};
const BAIBOL_EXEMPT: Source = Source {
    title: "baibol.ru, 5 March 2024: arrived in Russia — how to register",
    article: "EAEU citizens: 30 days; citizens of Uzbekistan and Tajikistan: 15 days",
    url: "https://baibol.ru/news/priekhal-v-rossiyu-kak-zaregistrirovatsya.html",
    confidence: Low,
};
const KZ_RU_2012: Source = Source {
    title: "Agreement between Russia and Kazakhstan on the stay of citizens, 7 June 2012 (ratified 2014)",
    article: "citizens exempt from registration for up to 30 days from entry",
    url: "http://russianskz.info/compatriot/6144-kazahstan-ratificiroval-soglashenie-s-rossiey-ob-uproschennom-poryadke-prebyvaniya-grazhdan.html",
    confidence: Medium,
};
const TASS_AM_2015: Source = Source {
    title: "TASS, 9 March 2015: Russia ratified the agreement with Armenia on the stay of citizens",
    article:
        "30 days without registration, whatever the purpose (Federal Law No. 27-FZ of 8 March 2015)",
    url: "https://tass.ru/politika/1816543",
    confidence: Medium,
};
const KG_EAEU_2015: Source = Source {
    title: "EAEU Treaty Art. 97 and Kyrgyzstan's accession (12 August 2015)",
    article: "30 days from entry without registration for EAEU workers and their families; the bilateral agreement's date not verified",
    url: "https://www.gursesintour.com/",
    confidence: Low,
};
const BY_PROTOCOL: Source = Source {
    title: "Kremlin: protocol of 3 March 2015 to the Russia–Belarus agreement, submitted for ratification 22 September 2015",
    article: "citizens of Belarus register within 90 days (30 before); the day it took effect was not found: tirkeu applies it from 1 January 2016",
    url: "http://en.special.kremlin.ru/catalog/keywords/104/events/50353",
    confidence: Low,
};
const TJ_2013: Source = Source {
    title: "klerk.ru (Kremlin release): Russia ratified the agreement with Tajikistan (Federal Law No. 393-FZ of 28 December 2013)",
    article: "citizens of Tajikistan register within 15 days of entry",
    url: "https://klerk.ru/law/news/343001",
    confidence: High,
};
const UZ_2022: Source = Source {
    title: "kun.uz, 29 January 2022: the Russia–Uzbekistan agreement on the stay of citizens",
    article: "15 days without registration; in force from 4 June 2022 (reported)",
    url: "https://kun.uz/ru/news/2022/01/29/",
    confidence: Medium,
};
const UA_2004: Source = Source {
    title: "Government Decree No. 588 of 30 October 2004 (the 2004 protocol) and Ukraine's termination of the agreement from 1 July 2022",
    article: "citizens of Ukraine: registration within 90 days from 1 November 2004 until 30 June 2022",
    url: "http://businesspravo.ru/Docum/DocumShow.asp?DocumID=94663&DocumType=3",
    confidence: Medium,
};
const LAW_115_2014: Source = Source {
    title: "Federal Law No. 115-FZ, Art. 5 as amended from 1 January 2014 (text copy)",
    article: "a visa-free stay may not exceed 90 days in total in any 180",
    url: "https://docs.cntd.ru/document/499067436/titles/6520IM",
    confidence: High,
};
const LAW_115_2025: Source = Source {
    title: "Ministry of Foreign Affairs, 26 December 2024 (Nakanune.ru): Federal Law No. 260-FZ of 8 August 2024",
    article: "from 1 January 2025 a visa-free stay may not exceed 90 days in total in a calendar year, nor 90 days continuously",
    url: "https://pda.nakanune.ru/news/2024/12/26/22801843",
    confidence: Medium,
};
const E_VISA_2023: Source = Source {
    title: "Federal Law No. 114-FZ, Art. 25.16-1 (unified electronic visa), ConsultantPlus",
    article: "single entry, stay up to 16 days, valid 60 days (from 1 August 2023)",
    url: "https://consultant.ru/document/cons_doc_LAW_482893/af1950c179db5ac2b6ae709416d1504f28f402e1",
    confidence: Medium,
};
const E_VISA_2025: Source = Source {
    title: "RIA Novosti, 23 August 2025: Federal Law No. 257-FZ of 23 July 2025",
    article: "the unified electronic visa: stay up to 30 days, valid 120 days",
    url: "https://ria.ru/20250823/zakon-2037099373.html",
    confidence: Medium,
};
const KOAP_18_8: Source = Source {
    title: "Code of Administrative Offences, Art. 18.8 (text copy) and TASS, 29 January 2026 (amounts)",
    article: "a foreigner breaking the registration rules or the regime of stay: 2,000–5,000 roubles with or without expulsion; Moscow, St Petersburg and their regions: 5,000–7,000 with expulsion",
    url: "https://docs.cntd.ru/document/901807667/titles/3ODF13H",
    confidence: Medium,
};
const KOAP_18_9: Source = Source {
    title: "Code of Administrative Offences, Art. 18.9 (kodeksrf.net; advokat-kk.ru)",
    article: "the receiving party failing its registration duties: citizens 2,000–4,000, officials 40,000–50,000, legal entities 400,000–500,000 roubles; Moscow, St Petersburg and their regions higher",
    url: "http://www.kodeksrf.net/koap-kodeksrf/s18_9.html",
    confidence: Medium,
};
const KLERK_18_9: Source = Source {
    title: "klerk.ru, 1 December 2025: the Government's explanatory note on the hotel fines bill",
    article: "legal entities now pay 400,000–500,000 roubles per foreigner; the bill (first reading 21 January 2026) is not law",
    url: "https://www.klerk.ru/buh/news/670755/",
    confidence: High,
};
const RKL: Source = Source {
    title: "Federal Law No. 260-FZ of 8 August 2024 (kremlin.ru) and the MVD's explanation of the register of controlled persons",
    article: "from 5 February 2025 a foreigner whose lawful stay has ended is entered in the register: no change of address without the MVD's permission, expulsion by the MVD",
    url: "http://www.kremlin.ru/acts/bank/18669/page/23",
    confidence: High,
};
const RUID: Source = Source {
    title: "ConsultantPlus, 8 July 2025: RuID, the second stage of the experiment (Decree No. 1510 of 7 November 2024)",
    article: "a voluntary application before entry since 30 June 2025; no sanctions; mandatory for work or study from 1 July 2026 only in a draft",
    url: "https://www.consultant.ru/law/hotdocs/89948.html",
    confidence: Medium,
};
const WORLD_CUP_2018: Source = Source {
    title: "nm.tj: special registration rules in the World Cup host cities (25 May – 25 July 2018)",
    article: "registration within 3 days in the eleven host cities, for everyone",
    url: "https://nm.tj/society/50976-osobye-pravila-registracii-v-rossii-vstupili-v-silu-dlya-tadzhikistancev.html",
    confidence: High,
};
const COVID_274: Source = Source {
    title: "Presidential Decree No. 274 of 18 April 2020 and its extensions",
    article: "the migration deadlines of foreigners in Russia suspended from 15 March 2020; the end of the suspension not researched",
    url: "http://www.kremlin.ru/acts/bank/45442",
    confidence: Medium,
};
const MIGRATION_CARD: Source = Source {
    title: "Federal Law No. 115-FZ and the Government's rules on the migration card; Belarus exempt",
    article: "filled in at entry (electronically at some checkpoints) and kept until exit; not for citizens of Belarus",
    url: "https://www.consultant.ru/document/cons_doc_LAW_37868/",
    confidence: Medium,
};

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
/// researched: docs/research/ru.md §11.1).
const CIS: &[&str] = &["AM", "AZ", "KG", "KZ", "MD", "TJ", "UZ"];

static ALLOWANCES: &[Allowance] = &[
    Allowance {
        id: "ru-visa-free-2014",
        in_force: Period::until(ymd(2024, 12, 31)),
        citizens: CIS,
        regime: VISA_FREE,
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
    Allowance {
        id: "ru-by",
        in_force: Period::ALWAYS,
        citizens: &["BY"],
        regime: BELARUS,
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

const TA_2025: Source = Source {
    title: "RBC Tatarstan: non-working days in Tatarstan in 2025",
    article: "Kurban Bayram Fri 6 June 2025; Constitution Day 6 November; a holiday on a weekend is not moved",
    url: "https://rt.rbc.ru/tatarstan/freenews/67aedf019a794705187533b3",
    confidence: Medium,
};
const TA_2026: Source = Source {
    title: "Mosregtoday, 19 January 2026: March and May give Tatarstan two more days off",
    article: "Uraza Bayram Fri 20 March 2026 and Kurban Bayram Wed 27 May 2026 in Tatarstan",
    url: "https://mosregtoday.ru/news/soc/mart-i-maj-podarjat-tatarstantsam-dva-dopolnitelnyh-vyhodnyh-v-chest-bolshih-prazdnikov/",
    confidence: Medium,
};
const BA_2026: Source = Source {
    title: "Tuvest, 27 May 2025: Bashkortostan sets the religious holidays of 2026 as days off",
    article: "Uraza Bayram 20 March and Kurban Bayram 27 May 2026; Republic Day 11 October",
    url: "https://tuvest.ru/news/novosti/2025-05-27/v-bashkirii-utverdili-nerabochimi-dni-religioznyh-prazdnikov-v-2026-godu-4252549",
    confidence: Medium,
};
const TA_DAYS: Source = Source {
    title: "Laws of the Republic of Tatarstan on holidays (Evening Kazan, 9 March 2026)",
    article: "Republic Day 30 August and Constitution Day 6 November are days off in Tatarstan",
    url: "https://www.evening-kazan.ru/",
    confidence: Medium,
};
const EID_2027_ESTIMATE: Source = Source {
    title: "Estimated date of Eid al-Fitr 2027 (the republics' decrees for 2027 not yet issued)",
    article: "Uraza Bayram expected Tue 9 March 2027; the date is fixed each year by decree",
    url: "https://github.com/vacanza/holidays",
    confidence: Low,
};

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
    no_allowance_notes: &[],
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
