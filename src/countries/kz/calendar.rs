//! Kazakhstan: statutory holidays, the weekend rule, and the years 2015–2027 (Kurban Ait and
//! the Government's / Ministry of Labour's transfers of days off), each with its source.
//!
//! Research notes: `docs/research/kz.md` §6. Second source for the cross-check: the Python
//! `holidays` package (MIT), `holidays/countries/kazakhstan.py`, version in
//! `tests/fixtures/kz_python_holidays.json`.

use crate::calendar::{
    ymd, CountryCalendar, Holiday, KnownDifference, MovableHoliday, OnWeekend, Transfer,
    TransferRule, WeekendTransfer, YearRecord, YearSpan,
};
use crate::source::{Confidence, Source};
use chrono::Weekday;

// ---------------------------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------------------------

/// The Law on holidays: the list of national and state holidays and the weekend rule.
pub const LAW_HOLIDAYS: Source = Source::new("kz-src-law-holidays", Confidence::Medium);

/// The Law's amendment history (Republic Day restored, First President Day and 17 December
/// dropped from 2022; Constitution Day moved).
pub const LAW_HOLIDAYS_HISTORY: Source =
    Source::new("kz-src-law-holidays-history", Confidence::Medium);

/// Art. 5 quoted by the press (the weekend rule; no transfer for religious holidays).
pub const ART5_PRESS: Source = Source::new("kz-src-art5-press", Confidence::Medium);

pub const LABOUR_CODE: Source = Source::new("kz-src-labour-code", Confidence::Medium);

/// Ministry of Labour 2025: religious holidays on a day off are not transferred.
pub const MLSPP_2025: Source = Source::new("kz-src-mlspp-2025", Confidence::Medium);

/// The second source, also the only source for some pre-2015 start years.
pub const PY_HOLIDAYS: Source = Source::new("kz-src-py-holidays", Confidence::Low);

pub const CONSTITUTION_2026_JUSTICE: Source =
    Source::new("kz-src-constitution-2026-justice", Confidence::Medium);

pub const CONSTITUTION_2026_REFERENDUM: Source =
    Source::new("kz-src-constitution-2026-referendum", Confidence::Medium);

pub const CONSTITUTION_2026_FROM_NEXT_YEAR: Source = Source::new(
    "kz-src-constitution-2026-from-next-year",
    Confidence::Medium,
);

const fn adilet(id: &'static str) -> Source {
    Source::new(id, Confidence::Medium)
}

const fn press(id: &'static str) -> Source {
    Source::new(id, Confidence::Medium)
}

// ---------------------------------------------------------------------------------------------
// Statutory holidays
// ---------------------------------------------------------------------------------------------

const STATUTE: &[Source] = &[LAW_HOLIDAYS];
const STATUTE_AMENDED: &[Source] = &[LAW_HOLIDAYS, LAW_HOLIDAYS_HISTORY];
const STATUTE_SINCE_LIB: &[Source] = &[LAW_HOLIDAYS, LAW_HOLIDAYS_HISTORY, PY_HOLIDAYS];
const RELIGIOUS: &[Source] = &[LABOUR_CODE, LAW_HOLIDAYS, ART5_PRESS, MLSPP_2025];
const CONSTITUTION_NEW: &[Source] = &[
    CONSTITUTION_2026_JUSTICE,
    CONSTITUTION_2026_REFERENDUM,
    CONSTITUTION_2026_FROM_NEXT_YEAR,
    PY_HOLIDAYS,
];

const OPEN: i32 = i32::MAX;
/// A national or state holiday: on a weekend day, the next working day is a day off (Law on
/// holidays Art. 5).
const MOVED: OnWeekend = OnWeekend::Moved;
/// A religious holiday (Orthodox Christmas, the first day of Kurban Ait): a day off by Labour
/// Code Art. 84(5), but not a "праздничный день", so never moved (see [`TRANSFER_RULES`]).
const NOT_MOVED: OnWeekend = OnWeekend::NotMoved;
const fn years(from: i32, to: i32) -> YearSpan {
    YearSpan { from, to }
}

const NEW_YEAR: &str = "kz-holiday-new-year";
const NAURYZ: &str = "kz-holiday-nauryz";
const INDEPENDENCE: &str = "kz-holiday-independence-day";
const CONSTITUTION: &str = "kz-holiday-constitution-day";
pub const KURBAN_AIT: &str = "kz-holiday-kurban-ait";

const fn h(
    id: &'static str,
    month: u32,
    day: u32,
    name: &'static str,
    on_weekend: OnWeekend,
    in_force: YearSpan,
    sources: &'static [Source],
) -> Holiday {
    Holiday {
        id,
        month,
        day,
        name,
        on_weekend,
        in_force,
        sources,
    }
}

/// Start years before 2015 follow python-holidays (LOW); 2015 onwards is the point of this data.
pub const HOLIDAYS: &[Holiday] = &[
    h(
        "new-year-1",
        1,
        1,
        NEW_YEAR,
        MOVED,
        years(1991, OPEN),
        STATUTE,
    ),
    h(
        "new-year-2",
        1,
        2,
        NEW_YEAR,
        MOVED,
        years(1991, OPEN),
        STATUTE,
    ),
    h(
        "orthodox-christmas",
        1,
        7,
        "kz-holiday-orthodox-christmas",
        NOT_MOVED,
        years(2006, OPEN),
        RELIGIOUS,
    ),
    h(
        "womens-day",
        3,
        8,
        "kz-holiday-womens-day",
        MOVED,
        years(1991, OPEN),
        STATUTE,
    ),
    h(
        "constitution-day-new",
        3,
        15,
        CONSTITUTION,
        MOVED,
        years(2027, OPEN),
        CONSTITUTION_NEW,
    ),
    h(
        "nauryz-1",
        3,
        21,
        NAURYZ,
        MOVED,
        years(2010, OPEN),
        STATUTE_SINCE_LIB,
    ),
    h(
        "nauryz-2",
        3,
        22,
        NAURYZ,
        MOVED,
        years(2002, OPEN),
        STATUTE_SINCE_LIB,
    ),
    h(
        "nauryz-3",
        3,
        23,
        NAURYZ,
        MOVED,
        years(2010, OPEN),
        STATUTE_SINCE_LIB,
    ),
    h(
        "unity-day",
        5,
        1,
        "kz-holiday-unity-day",
        MOVED,
        years(1991, OPEN),
        STATUTE,
    ),
    h(
        "defender-day",
        5,
        7,
        "kz-holiday-defender-day",
        MOVED,
        years(2013, OPEN),
        STATUTE_SINCE_LIB,
    ),
    h(
        "victory-day",
        5,
        9,
        "kz-holiday-victory-day",
        MOVED,
        years(1991, OPEN),
        STATUTE,
    ),
    h(
        "capital-day",
        7,
        6,
        "kz-holiday-capital-day",
        MOVED,
        years(2009, OPEN),
        STATUTE_SINCE_LIB,
    ),
    h(
        "constitution-day",
        8,
        30,
        CONSTITUTION,
        MOVED,
        years(1996, 2025),
        CONSTITUTION_NEW,
    ),
    h(
        "republic-day",
        10,
        25,
        "kz-holiday-republic-day",
        MOVED,
        years(1994, 2008),
        STATUTE_SINCE_LIB,
    ),
    h(
        "republic-day",
        10,
        25,
        "kz-holiday-republic-day",
        MOVED,
        years(2022, 2025),
        STATUTE_AMENDED,
    ),
    h(
        "republic-day",
        10,
        25,
        "kz-holiday-republic-of-kazakhstan-day",
        MOVED,
        years(2026, OPEN),
        STATUTE_SINCE_LIB,
    ),
    h(
        "first-president-day",
        12,
        1,
        "kz-holiday-first-president-day",
        MOVED,
        years(2012, 2021),
        STATUTE_AMENDED,
    ),
    h(
        "independence-day-1",
        12,
        16,
        INDEPENDENCE,
        MOVED,
        years(1991, OPEN),
        STATUTE,
    ),
    h(
        "independence-day-2",
        12,
        17,
        INDEPENDENCE,
        MOVED,
        years(2002, 2021),
        STATUTE_AMENDED,
    ),
];

const WEEKEND_RULE_SOURCES: &[Source] = &[LAW_HOLIDAYS, ART5_PRESS, LABOUR_CODE];

/// The weekend-transfer rules of Kazakhstan (docs/calendar.md, "Kazakhstan"):
///
/// - [`WeekendTransfer::NextWorkday`] since 2002 (the Law on holidays of 13 Dec 2001, Art. 5;
///   python-holidays `observed_since=2002`): "при совпадении выходного и праздничного дней
///   выходным днем является следующий после праздничного рабочий день". One day per weekend
///   day: the law moves the weekly rest day, not each holiday.
/// - No [`WeekendTransfer::OnCollisionMoveOn`]: no provision gives a day off for two holidays on
///   one working day, and the religious days off are expressly not moved when they meet a day
///   of rest (Labour Code 2007 Art. 96(4), quoted by zakon.kz 2011; the Ministry of Labour in
///   2025). No such coincidence has occurred since Kurban Ait became a day off (2006); the next
///   is expected about 2032 (Kurban Ait near Nauryz, 21–22 March). Confidence: MEDIUM.
pub const TRANSFER_RULES: &[TransferRule] = &[TransferRule::new(
    WeekendTransfer::NextWorkday,
    years(2002, OPEN),
    WEEKEND_RULE_SOURCES,
)];

// ---------------------------------------------------------------------------------------------
// Years
// ---------------------------------------------------------------------------------------------

const fn kurban(
    date: chrono::NaiveDate,
    provisional: bool,
    sources: &'static [Source],
) -> MovableHoliday {
    MovableHoliday {
        id: "kurban-ait",
        date,
        name: KURBAN_AIT,
        on_weekend: NOT_MOVED,
        provisional,
        sources,
    }
}

const fn t(day_off: chrono::NaiveDate, worked: chrono::NaiveDate) -> Transfer {
    Transfer { day_off, worked }
}

const NO_TRANSFERS_2015: Source = press("kz-src-no-transfers-2015");

pub const YEARS: &[YearRecord] = &[
    YearRecord {
        year: 2015,
        movable: &[kurban(
            ymd(2015, 9, 24),
            false,
            &[
                press("kz-src-1"),
                press("kz-src-2"),
            ],
        )],
        transfers: &[],
        sources: &[NO_TRANSFERS_2015, PY_HOLIDAYS],
        notes: research!["No Government decree transferring days off in 2015 was found; python-holidays lists none either."],
    },
    YearRecord {
        year: 2016,
        movable: &[kurban(
            ymd(2016, 9, 12),
            false,
            &[press("kz-src-3")],
        )],
        transfers: &[t(ymd(2016, 3, 7), ymd(2016, 3, 5))],
        sources: &[adilet("kz-src-4")],
        notes: research![],
    },
    YearRecord {
        year: 2017,
        movable: &[kurban(ymd(2017, 9, 1), false, &[PY_HOLIDAYS])],
        transfers: &[t(ymd(2017, 3, 20), ymd(2017, 3, 18)), t(ymd(2017, 7, 7), ymd(2017, 7, 1))],
        sources: &[adilet("kz-src-5")],
        notes: research!["Kurban Ait 2017 (Fri 1 Sep) is from python-holidays only (LOW)."],
    },
    YearRecord {
        year: 2018,
        movable: &[kurban(
            ymd(2018, 8, 21),
            false,
            &[press("kz-src-6")],
        )],
        transfers: &[
            t(ymd(2018, 3, 9), ymd(2018, 3, 3)),
            t(ymd(2018, 4, 30), ymd(2018, 4, 28)),
            t(ymd(2018, 5, 8), ymd(2018, 5, 5)),
            t(ymd(2018, 8, 31), ymd(2018, 8, 25)),
            t(ymd(2018, 12, 31), ymd(2018, 12, 29)),
        ],
        sources: &[adilet("kz-src-7")],
        notes: research![],
    },
    YearRecord {
        year: 2019,
        movable: &[kurban(
            ymd(2019, 8, 11),
            false,
            &[press("kz-src-8")],
        )],
        transfers: &[t(ymd(2019, 5, 10), ymd(2019, 5, 4))],
        sources: &[adilet("kz-src-9")],
        notes: research!["Kurban Ait on a Sunday: religious holidays are not moved off weekends, so no day off."],
    },
    YearRecord {
        year: 2020,
        movable: &[kurban(
            ymd(2020, 7, 31),
            false,
            &[press("kz-src-10"), PY_HOLIDAYS],
        )],
        transfers: &[
            t(ymd(2020, 1, 3), ymd(2020, 1, 5)),
            t(ymd(2020, 5, 8), ymd(2020, 5, 11)),
            t(ymd(2020, 12, 18), ymd(2020, 12, 20)),
        ],
        sources: &[
            adilet("kz-src-11"),
            press("kz-src-12"),
        ],
        notes: research!["Victory Day fell on Sat 9 May 2020, so Mon 11 May was a day off under the weekend rule; the decree moved that day off to Fri 8 May, and Mon 11 May was a working day. (A September 2019 draft had proposed Sat 16 May instead.)"],
    },
    YearRecord {
        year: 2021,
        movable: &[kurban(ymd(2021, 7, 20), false, &[PY_HOLIDAYS])],
        transfers: &[t(ymd(2021, 7, 5), ymd(2021, 7, 3))],
        sources: &[adilet("kz-src-13")],
        notes: research!["Kurban Ait 2021 (Tue 20 Jul) is from python-holidays (LOW)."],
    },
    YearRecord {
        year: 2022,
        movable: &[kurban(ymd(2022, 7, 9), false, &[PY_HOLIDAYS])],
        transfers: &[
            t(ymd(2022, 3, 7), ymd(2022, 3, 5)),
            t(ymd(2022, 8, 29), ymd(2022, 8, 27)),
            t(ymd(2022, 10, 24), ymd(2022, 10, 22)),
        ],
        sources: &[adilet("kz-src-14")],
        notes: research![
            "From 2022: Republic Day (25 Oct) is a holiday again; First President Day (1 Dec) and the second day of Independence Day (17 Dec) are no longer holidays.",
            "Kurban Ait 2022 (Sat 9 Jul) is from python-holidays (LOW); on a Saturday it gives no day off either way.",
        ],
    },
    YearRecord {
        year: 2023,
        movable: &[kurban(
            ymd(2023, 6, 28),
            false,
            &[press("kz-src-15")],
        )],
        transfers: &[t(ymd(2023, 7, 7), ymd(2023, 7, 1))],
        sources: &[
            adilet("kz-src-16"),
            press("kz-src-17"),
        ],
        notes: research![],
    },
    YearRecord {
        year: 2024,
        movable: &[kurban(
            ymd(2024, 6, 16),
            false,
            &[
                press("kz-src-18"),
                press("kz-src-19"),
            ],
        )],
        transfers: &[t(ymd(2024, 5, 8), ymd(2024, 5, 4))],
        sources: &[
            adilet("kz-src-20"),
            press("kz-src-21"),
        ],
        notes: research!["Kurban Ait was first announced for Mon 17 Jun 2024 (a day off); about a week before, the Spiritual Administration of Muslims moved it to Sun 16 Jun, and the Ministry confirmed there would be no day off: Mon 17 Jun 2024 was a working day."],
    },
    YearRecord {
        year: 2025,
        movable: &[kurban(
            ymd(2025, 6, 6),
            false,
            &[MLSPP_2025, press("kz-src-22")],
        )],
        transfers: &[t(ymd(2025, 1, 3), ymd(2025, 1, 5))],
        sources: &[
            adilet("kz-src-23"),
            press("kz-src-24"),
        ],
        notes: research!["Constitution Day 30 Aug 2025 (Sat) gives Mon 1 Sep 2025 off; it is the last year 30 August is a holiday."],
    },
    YearRecord {
        year: 2026,
        movable: &[kurban(
            ymd(2026, 5, 27),
            false,
            &[
                press("kz-src-25"),
                press("kz-src-26"),
                press("kz-src-27"),
            ],
        )],
        transfers: &[],
        sources: &[
            press("kz-src-28"),
            press("kz-src-29"),
        ],
        notes: research![
            "No transfer of days off for 2026 is known. Kurban Ait Wed 27 May 2026 is in the official (eGov) calendar and has passed: confirmed.",
            "2026 has no Constitution Day: 30 August loses its status with the new Constitution (adopted 15 Mar 2026, in force 1 Jul 2026); 15 March is celebrated from 2027. The Ministry of Labour confirmed (March 2026) that Mon 31 Aug 2026 is a working day, although the January calendars still showed it off.",
            "From 2026, 25 October is named Republic of Kazakhstan Day (python-holidays).",
        ],
    },
    YearRecord {
        year: 2027,
        movable: &[kurban(ymd(2027, 5, 16), true, &[PY_HOLIDAYS])],
        transfers: &[],
        sources: &[PY_HOLIDAYS],
        notes: research![
            "No decree on transfers for 2027 is known yet (none published by the time of writing); check again.",
            "Kurban Ait Sun 16 May 2027 is an astronomical estimate (python-holidays): provisional, LOW. On a Sunday it would give no day off anyway; if it moves to Monday 17 May, that day will be off.",
            "Constitution Day 15 March (Mon 15 Mar 2027) is a holiday from 2027.",
        ],
    },
];

/// Known, explained disagreements with python-holidays for 2015–2027 (see
/// `tests/calendar_kz.rs`). None are known at present: every date agrees.
pub const PYTHON_HOLIDAYS_DIFFERENCES: &[KnownDifference] = research![];

pub static KZ: CountryCalendar = CountryCalendar {
    country: "KZ",
    weekend: &[Weekday::Sat, Weekday::Sun],
    holidays: HOLIDAYS,
    transfer_rules: TRANSFER_RULES,
    years: YEARS,
    second_source: "python-holidays",
    differences: PYTHON_HOLIDAYS_DIFFERENCES,
};
