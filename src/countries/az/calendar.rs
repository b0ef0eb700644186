//! Azerbaijan: statutory non-working days (Labour Code Arts. 105, 105-1, 106), the transfer
//! rules (Art. 105.5 and 105.6), and the years 2015–2027 (the Cabinet of Ministers' dates of
//! Ramazan and Qurban bayrams, its swaps of working days and rest days under Art. 105.7, and
//! voting days), each with its source.
//!
//! Research notes: `docs/research/az-ru-calendar.md` (§ Azerbaijan). Second source for the
//! cross-check: the Python `holidays` package (MIT), `holidays/countries/azerbaijan.py`, version
//! in `tests/fixtures/az_python_holidays.json`; the explained disagreements are
//! [`PYTHON_HOLIDAYS_DIFFERENCES`].
//!
//! Names: each holiday holds the ID of its name in `locales/<lang>/calendar.ftl` (en, ru, kk,
//! zh); each message's note gives the official Azerbaijani name.
//!
//! The calendar is that of the five-day week (Saturday and Sunday rest days), which state bodies
//! work (Labour Code Art. 104(1)); employers on a six-day week have other rest days.

use crate::calendar::{
    ymd, CountryCalendar, Holiday, KnownDifference, MovableHoliday, OnWeekend, Transfer,
    TransferRule, WeekendTransfer, YearRecord, YearSpan,
};
use crate::source::{Confidence, Source};
use chrono::{NaiveDate, Weekday};

// ---------------------------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------------------------

/// The Labour Code: the list of non-working holidays and the transfer rules. Read as an
/// official text in an unofficial copy (e-qanun.az PDFs converted to text, August 2025).
pub const LABOUR_CODE: Source = Source::new("az-src-labour-code", Confidence::Medium);

/// Art. 106: 20 January, the day of national mourning, is not a working day.
pub const LABOUR_CODE_106: Source = Source::new("az-src-labour-code-106", Confidence::Medium);

/// Art. 105-1 and the Electoral Code Art. 8.2: a voting day is not a working day where the vote
/// is held.
pub const VOTING_DAY_LAW: Source = Source::new("az-src-voting-day-law", Confidence::Medium);

/// The weekend rule since the Law of 30 Dec 2005 (applied from 2006).
pub const TURAN_WEEKEND_RULE: Source = Source::new("az-src-turan-weekend-rule", Confidence::Medium);

/// The Ministry of Labour's production calendar, as archived (python-holidays' reference).
pub const SOSIAL_GOV_AZ: Source = Source::new("az-src-sosial-gov-az", Confidence::Medium);

/// The second source, also the only source for some start years before 2015.
pub const PY_HOLIDAYS: Source = Source::new("az-src-py-holidays", Confidence::Low);

/// The Cabinet of Ministers' resolutions on holidays and swaps, 2007–2020, as collected and
/// cited by python-holidays (not read here).
pub const CABINET_2007_2020: Source = Source::new("az-src-cabinet-2007-2020", Confidence::Medium);

const fn press(id: &'static str) -> Source {
    Source::new(id, Confidence::Medium)
}

/// A Cabinet of Ministers decision (nk.gov.az), as archived and cited by python-holidays.
const fn cabinet(id: &'static str) -> Source {
    Source::new(id, Confidence::Medium)
}

// ---------------------------------------------------------------------------------------------
// Statutory holidays
// ---------------------------------------------------------------------------------------------

const STATUTE: &[Source] = &[LABOUR_CODE];
const STATUTE_SINCE_LIB: &[Source] = &[LABOUR_CODE, PY_HOLIDAYS];
const MOURNING: &[Source] = &[LABOUR_CODE_106, PY_HOLIDAYS];

const OPEN: i32 = i32::MAX;
/// An Art. 105 holiday: the transfer rules apply.
const MOVED: OnWeekend = OnWeekend::Moved;
/// 20 January (Art. 106) and voting days (Art. 105-1): non-working, but not Art. 105 holidays,
/// so neither moved off a weekend nor counted in a collision.
const NOT_MOVED: OnWeekend = OnWeekend::NotMoved;
const fn years(from: i32, to: i32) -> YearSpan {
    YearSpan { from, to }
}

const NEW_YEAR: &str = "az-holiday-new-year";
const NOVRUZ: &str = "az-holiday-novruz";
pub const RAMAZAN: &str = "az-holiday-ramazan";
pub const QURBAN: &str = "az-holiday-qurban";
const PRESIDENTIAL_ELECTION: &str = "az-holiday-presidential-election";
const MUNICIPAL_ELECTIONS: &str = "az-holiday-municipal-elections";
const REFERENDUM: &str = "az-holiday-referendum";

/// The ids the collision rule (Art. 105(6)) applies to.
pub const BAYRAM_IDS: &[&str] = &["ramazan-bayram", "qurban-bayram"];

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

/// The non-working days of Labour Code Art. 105(2) on fixed dates, and 20 January (Art. 106).
/// Novruz is five fixed days, 20–24 March: the Cabinet's yearly decision (Art. 105(4)) has
/// named 20–24 March in every year checked (2014, 2015, 2018, 2022, 2023, 2025, 2026). Start
/// years before 2015 follow python-holidays (LOW) and matter only for provisional old dates.
pub const HOLIDAYS: &[Holiday] = &[
    h(
        "new-year-1",
        1,
        1,
        NEW_YEAR,
        MOVED,
        years(1990, OPEN),
        STATUTE,
    ),
    h(
        "new-year-2",
        1,
        2,
        NEW_YEAR,
        MOVED,
        years(2006, OPEN),
        STATUTE_SINCE_LIB,
    ),
    h(
        "national-mourning-day",
        1,
        20,
        "az-holiday-national-mourning-day",
        NOT_MOVED,
        years(2000, OPEN),
        MOURNING,
    ),
    h(
        "womens-day",
        3,
        8,
        "az-holiday-womens-day",
        MOVED,
        years(1990, OPEN),
        STATUTE,
    ),
    h("novruz-1", 3, 20, NOVRUZ, MOVED, years(1990, OPEN), STATUTE),
    h("novruz-2", 3, 21, NOVRUZ, MOVED, years(1990, OPEN), STATUTE),
    h(
        "novruz-3",
        3,
        22,
        NOVRUZ,
        MOVED,
        years(2007, OPEN),
        STATUTE_SINCE_LIB,
    ),
    h(
        "novruz-4",
        3,
        23,
        NOVRUZ,
        MOVED,
        years(2007, OPEN),
        STATUTE_SINCE_LIB,
    ),
    h(
        "novruz-5",
        3,
        24,
        NOVRUZ,
        MOVED,
        years(2007, OPEN),
        STATUTE_SINCE_LIB,
    ),
    h(
        "victory-over-fascism-day",
        5,
        9,
        "az-holiday-victory-over-fascism-day",
        MOVED,
        years(1990, OPEN),
        STATUTE,
    ),
    h(
        "independence-day",
        5,
        28,
        "az-holiday-republic-day",
        MOVED,
        years(1992, 2020),
        STATUTE_SINCE_LIB,
    ),
    h(
        "independence-day",
        5,
        28,
        "az-holiday-independence-day",
        MOVED,
        years(2021, OPEN),
        STATUTE_SINCE_LIB,
    ),
    h(
        "national-salvation-day",
        6,
        15,
        "az-holiday-national-salvation-day",
        MOVED,
        years(1997, OPEN),
        STATUTE_SINCE_LIB,
    ),
    h(
        "armed-forces-day",
        6,
        26,
        "az-holiday-armed-forces-day",
        MOVED,
        years(1998, OPEN),
        STATUTE_SINCE_LIB,
    ),
    h(
        "victory-day",
        11,
        8,
        "az-holiday-victory-day",
        MOVED,
        years(2021, OPEN),
        STATUTE,
    ),
    h(
        "national-flag-day",
        11,
        9,
        "az-holiday-national-flag-day",
        MOVED,
        years(2010, OPEN),
        STATUTE_SINCE_LIB,
    ),
    h(
        "solidarity-day",
        12,
        31,
        "az-holiday-solidarity-day",
        MOVED,
        years(1993, OPEN),
        STATUTE_SINCE_LIB,
    ),
];

const RULE_SOURCES: &[Source] = &[LABOUR_CODE, TURAN_WEEKEND_RULE];

/// The transfer rules of Azerbaijan (docs/calendar.md, "Azerbaijan"), both since 2006
/// (python-holidays `observed_since=2006`; the Law of 30 Dec 2005):
///
/// - [`WeekendTransfer::NextWorkday`], Art. 105(5): "Həftələrarası istirahət günləri və iş günü
///   hesab olunmayan bayram günləri üst-üstə düşərsə, həmin istirahət günü bilavasitə bayram
///   günündən sonrakı iş gününə keçirilir" (a rest day meeting a holiday moves to the next
///   working day after the holiday).
/// - [`WeekendTransfer::OnCollisionMoveOn`] for the bayrams, Art. 105(6): "Qurban və Ramazan
///   bayramları iş günü hesab olunmayan başqa bayram günü ilə üst-üstə düşdükdə növbəti iş
///   günü istirahət günü hesab edilir" (Qurban or Ramazan meeting another non-working holiday:
///   the next working day is a rest day). Example: 28 May 2026, Qurban and Independence Day,
///   gives Fri 29 May off.
pub const TRANSFER_RULES: &[TransferRule] = &[
    TransferRule::new(
        WeekendTransfer::NextWorkday,
        years(2006, OPEN),
        RULE_SOURCES,
    ),
    TransferRule::new(
        WeekendTransfer::OnCollisionMoveOn { only: BAYRAM_IDS },
        years(2006, OPEN),
        RULE_SOURCES,
    ),
];

// ---------------------------------------------------------------------------------------------
// Years
// ---------------------------------------------------------------------------------------------

const fn movable(
    id: &'static str,
    name: &'static str,
    on_weekend: OnWeekend,
    date: NaiveDate,
    provisional: bool,
    sources: &'static [Source],
) -> MovableHoliday {
    MovableHoliday {
        id,
        date,
        name,
        on_weekend,
        provisional,
        sources,
    }
}

/// The two days of Ramazan bayram from `first`.
const fn ramazan(
    first: NaiveDate,
    provisional: bool,
    sources: &'static [Source],
) -> [MovableHoliday; 2] {
    let second = match first.succ_opt() {
        Some(d) => d,
        None => first,
    };
    [
        movable(
            "ramazan-bayram",
            RAMAZAN,
            MOVED,
            first,
            provisional,
            sources,
        ),
        movable(
            "ramazan-bayram",
            RAMAZAN,
            MOVED,
            second,
            provisional,
            sources,
        ),
    ]
}

/// The two days of Qurban bayram from `first`.
const fn qurban(
    first: NaiveDate,
    provisional: bool,
    sources: &'static [Source],
) -> [MovableHoliday; 2] {
    let second = match first.succ_opt() {
        Some(d) => d,
        None => first,
    };
    [
        movable("qurban-bayram", QURBAN, MOVED, first, provisional, sources),
        movable("qurban-bayram", QURBAN, MOVED, second, provisional, sources),
    ]
}

/// A voting day (Art. 105-1): non-working, never moved.
const fn vote(name: &'static str, date: NaiveDate, sources: &'static [Source]) -> MovableHoliday {
    movable("voting-day", name, NOT_MOVED, date, false, sources)
}

const fn t(day_off: NaiveDate, worked: NaiveDate) -> Transfer {
    Transfer { day_off, worked }
}

/// Concatenates the two bayrams' days (and any voting days) into one `movable` slice.
macro_rules! days {
    ($($part:expr),* $(,)?) => {{
        const PARTS: &[&[MovableHoliday]] = &[$(&$part),*];
        const N: usize = {
            let mut n = 0;
            let mut i = 0;
            while i < PARTS.len() {
                n += PARTS[i].len();
                i += 1;
            }
            n
        };
        const ALL: [MovableHoliday; N] = {
            let mut out = [PARTS[0][0]; N];
            let mut k = 0;
            let mut i = 0;
            while i < PARTS.len() {
                let mut j = 0;
                while j < PARTS[i].len() {
                    out[k] = PARTS[i][j];
                    k += 1;
                    j += 1;
                }
                i += 1;
            }
            out
        };
        &ALL
    }};
}

const PY_CONFIRMED: Source = Source::new("az-src-py-confirmed", Confidence::Low);

const Y2015: &[Source] = &[press("az-src-1"), press("az-src-2")];
const Y2018: &[Source] = &[press("az-src-3")];
const Y2021_SWAP: Source = press("az-src-y2021-swap");
const Y2022: &[Source] = &[press("az-src-4")];
const Y2023: &[Source] = &[press("az-src-5"), press("az-src-6")];
const Y2024_RAMAZAN: Source = press("az-src-y2024-ramazan");
const Y2025: &[Source] = &[press("az-src-7")];
const Y2026: &[Source] = &[press("az-src-8"), press("az-src-9")];
const Y2027_ESTIMATE: &[Source] = &[PY_HOLIDAYS];
const OLD_YEARS: &[Source] = &[CABINET_2007_2020, PY_CONFIRMED];

pub const YEARS: &[YearRecord] = &[
    YearRecord {
        year: 2015,
        movable: days![
            ramazan(ymd(2015, 7, 17), false, Y2015),
            qurban(ymd(2015, 9, 24), false, Y2015),
        ],
        transfers: &[t(ymd(2015, 3, 27), ymd(2015, 3, 29))],
        sources: &[
            CABINET_2007_2020,
            press("az-src-10"),
            PY_HOLIDAYS,
        ],
        notes: research![
            "Novruz 2015: 20-24 Mar with 21-22 Mar on a weekend, so 25-26 Mar are days off (Art. 105(5)); the Cabinet swapped Fri 27 Mar with Sun 29 Mar.",
            "The Sunday 29 March 2015 swap rests on python-holidays and the Cabinet archive it cites (MEDIUM).",
        ],
    },
    YearRecord {
        year: 2016,
        movable: days![
            ramazan(ymd(2016, 7, 6), false, OLD_YEARS),
            qurban(ymd(2016, 9, 12), false, OLD_YEARS),
            [vote(
                REFERENDUM,
                ymd(2016, 9, 26),
                &[
                    VOTING_DAY_LAW,
                    press("az-src-11"),
                    press("az-src-12"),
                ],
            )],
        ],
        transfers: &[],
        sources: &[
            CABINET_2007_2020,
            press("az-src-13"),
            PY_HOLIDAYS,
        ],
        notes: research![
            "Novruz 2016: 20 Mar a Sunday, so Fri 25 Mar is a day off (Art. 105(5)): Sat 19 - Sun 27 Mar, 9 non-working days.",
            "Mon 26 Sep 2016, the constitutional referendum, was a non-working day (Art. 105-1); python-holidays does not have it.",
        ],
    },
    YearRecord {
        year: 2017,
        movable: days![
            ramazan(ymd(2017, 6, 26), false, OLD_YEARS),
            qurban(ymd(2017, 9, 1), false, OLD_YEARS),
        ],
        transfers: &[],
        sources: &[CABINET_2007_2020, PY_HOLIDAYS],
        notes: research![
            "Ramazan Mon 26 Jun 2017 fell on Armed Forces Day: Wed 28 Jun is a day off (Art. 105(6)); Tue 27 Jun is the second day of Ramazan.",
            "Solidarity Day Sat 31 Dec 2016 and New Year Sun 1 Jan 2017 give Tue 3 and Wed 4 Jan off.",
        ],
    },
    YearRecord {
        year: 2018,
        movable: days![
            [vote(
                PRESIDENTIAL_ELECTION,
                ymd(2018, 4, 11),
                &[VOTING_DAY_LAW, CABINET_2007_2020, PY_HOLIDAYS],
            )],
            ramazan(ymd(2018, 6, 15), false, Y2018),
            qurban(ymd(2018, 8, 22), false, Y2018),
        ],
        transfers: &[],
        sources: &[CABINET_2007_2020, PY_HOLIDAYS],
        notes: research!["Ramazan Fri 15 Jun 2018 fell on National Salvation Day and its second day on Saturday: Mon 18 and Tue 19 Jun off (Art. 105(5), (6))."],
    },
    YearRecord {
        year: 2019,
        movable: days![
            ramazan(ymd(2019, 6, 5), false, OLD_YEARS),
            qurban(ymd(2019, 8, 12), false, OLD_YEARS),
            [vote(
                MUNICIPAL_ELECTIONS,
                ymd(2019, 12, 23),
                &[
                    VOTING_DAY_LAW,
                    press("az-src-14"),
                    press("az-src-15"),
                    press("az-src-16"),
                ],
            )],
        ],
        transfers: &[],
        sources: &[CABINET_2007_2020, PY_HOLIDAYS],
        notes: research![
            "The municipal elections were held on Mon 23 Dec 2019 (non-working, Art. 105-1); python-holidays puts them on Fri 27 Dec.",
            "Sat 28 and Sun 29 Dec 2019 are working days, swapped with Fri 3 and Mon 6 Jan 2020 (see 2020).",
        ],
    },
    YearRecord {
        year: 2020,
        movable: days![
            ramazan(ymd(2020, 5, 24), false, OLD_YEARS),
            qurban(ymd(2020, 7, 31), false, OLD_YEARS),
        ],
        transfers: &[
            t(ymd(2020, 1, 3), ymd(2019, 12, 28)),
            t(ymd(2020, 1, 6), ymd(2019, 12, 29)),
            t(ymd(2020, 3, 27), ymd(2020, 3, 29)),
            t(ymd(2020, 5, 27), ymd(2020, 5, 31)),
        ],
        sources: &[CABINET_2007_2020, PY_HOLIDAYS],
        notes: research![
            "Cabinet swaps (as python-holidays lists them from the Cabinet archive, MEDIUM): Fri 3 and Mon 6 Jan ← Sat 28 and Sun 29 Dec 2019; Fri 27 Mar ← Sun 29 Mar; Wed 27 May ← Sun 31 May.",
            "Parliamentary elections were held on Sun 9 Feb 2020 (a rest day anyway).",
        ],
    },
    YearRecord {
        year: 2021,
        movable: days![
            ramazan(ymd(2021, 5, 13), false, &[Y2021_SWAP, CABINET_2007_2020, PY_CONFIRMED]),
            qurban(ymd(2021, 7, 20), false, OLD_YEARS),
        ],
        transfers: &[
            t(ymd(2021, 5, 11), ymd(2021, 5, 8)),
            t(ymd(2021, 5, 12), ymd(2021, 5, 16)),
            t(ymd(2021, 7, 19), ymd(2021, 7, 17)),
        ],
        sources: &[
            Y2021_SWAP,
            cabinet("az-src-17"),
            PY_HOLIDAYS,
        ],
        notes: research![
            "From 2021: Victory Day (8 Nov) is a holiday; 28 May is named Independence Day.",
            "The Sat 17 Jul ↔ Mon 19 Jul swap rests on python-holidays and the Cabinet decision it cites (MEDIUM).",
        ],
    },
    YearRecord {
        year: 2022,
        movable: days![
            ramazan(ymd(2022, 5, 2), false, Y2022),
            qurban(ymd(2022, 7, 9), false, Y2022),
        ],
        transfers: &[
            t(ymd(2022, 3, 7), ymd(2022, 3, 5)),
            t(ymd(2022, 11, 7), ymd(2022, 11, 5)),
        ],
        sources: &[
            cabinet("az-src-18"),
            cabinet("az-src-19"),
            PY_HOLIDAYS,
        ],
        notes: research!["Qurban Sat 9 - Sun 10 Jul 2022: Mon 11 and Tue 12 Jul off (Art. 105(5))."],
    },
    YearRecord {
        year: 2023,
        movable: days![
            ramazan(ymd(2023, 4, 21), false, Y2023),
            qurban(ymd(2023, 6, 28), false, Y2023),
        ],
        transfers: &[
            t(ymd(2023, 6, 27), ymd(2023, 6, 24)),
            t(ymd(2023, 6, 30), ymd(2023, 6, 25)),
            t(ymd(2023, 11, 10), ymd(2023, 11, 4)),
        ],
        sources: &[
            cabinet("az-src-20"),
            cabinet("az-src-21"),
            PY_HOLIDAYS,
        ],
        notes: research![
            "Novruz 2023: Sat 18 - Sun 26 Mar, 9 non-working days (buta.tv).",
            "Sat 30 Dec 2023 is a working day, swapped with Thu 4 Jan 2024 (see 2024).",
        ],
    },
    YearRecord {
        year: 2024,
        movable: days![
            [vote(
                PRESIDENTIAL_ELECTION,
                ymd(2024, 2, 7),
                &[
                    VOTING_DAY_LAW,
                    press("az-src-22"),
                ],
            )],
            ramazan(ymd(2024, 4, 10), false, &[Y2024_RAMAZAN, PY_CONFIRMED]),
            qurban(ymd(2024, 6, 16), false, &[
                press("az-src-23"),
                PY_CONFIRMED,
            ]),
        ],
        transfers: &[
            t(ymd(2024, 1, 4), ymd(2023, 12, 30)),
            t(ymd(2024, 1, 5), ymd(2024, 1, 7)),
            t(ymd(2024, 4, 12), ymd(2024, 4, 6)),
            t(ymd(2024, 11, 12), ymd(2024, 11, 16)),
            t(ymd(2024, 11, 13), ymd(2024, 11, 23)),
            t(ymd(2024, 12, 30), ymd(2024, 12, 28)),
        ],
        sources: &[
            press("az-src-24"),
            Y2024_RAMAZAN,
            press("az-src-25"),
            press("az-src-26"),
            cabinet("az-src-27"),
            PY_HOLIDAYS,
        ],
        notes: research![
            "Qurban Sun 16 - Mon 17 Jun 2024 with National Salvation Day on Sat 15 Jun: Tue 18 and Wed 19 Jun off, 15-19 Jun non-working.",
            "Parliamentary elections were held on Sun 1 Sep 2024 (a rest day anyway).",
        ],
    },
    YearRecord {
        year: 2025,
        movable: days![
            [vote(
                MUNICIPAL_ELECTIONS,
                ymd(2025, 1, 29),
                &[
                    VOTING_DAY_LAW,
                    Source::new("az-src-28", Confidence::High),
                ],
            )],
            ramazan(ymd(2025, 3, 30), false, Y2025),
            qurban(ymd(2025, 6, 6), false, Y2025),
        ],
        transfers: &[
            t(ymd(2025, 1, 3), ymd(2024, 12, 29)),
            t(ymd(2025, 3, 27), ymd(2025, 3, 10)),
            t(ymd(2025, 3, 28), ymd(2025, 4, 1)),
            t(ymd(2025, 6, 27), ymd(2025, 6, 21)),
        ],
        sources: &[
            press("az-src-29"),
            press("az-src-30"),
            cabinet("az-src-31"),
            cabinet("az-src-32"),
            PY_HOLIDAYS,
        ],
        notes: research![
            "March 2025: Women's Day Sat 8 Mar gave Mon 10 Mar off and Ramazan Sun 30 Mar gave Tue 1 Apr off (Art. 105(5)); the Cabinet made both working days and moved them to Thu 27 and Fri 28 Mar: non-working 20-31 Mar.",
            "Qurban Fri 6 - Sat 7 Jun: Mon 9 Jun off (turan.az's \"Monday, June 8\" is a misprint: 8 June 2025 is a Sunday).",
        ],
    },
    YearRecord {
        year: 2026,
        movable: days![
            ramazan(ymd(2026, 3, 20), false, Y2026),
            qurban(ymd(2026, 5, 27), false, Y2026),
        ],
        transfers: &[],
        sources: &[
            press("az-src-33"),
            press("az-src-34"),
            press("az-src-35"),
            SOSIAL_GOV_AZ,
            PY_HOLIDAYS,
        ],
        notes: research![
            "March 2026: Novruz 20-24 Mar and Ramazan 20-21 Mar. Each bayram day sharing a day with Novruz gives a day off (Art. 105(6)) and each weekend holiday day one more (Art. 105(5)): 25, 26, 27 and 30 Mar off; non-working 20-30 Mar.",
            "Qurban Thu 28 May 2026 meets Independence Day: Fri 29 May off (Art. 105(6)).",
            "No Cabinet swap for 2026 is known (none found for the New Year; later 2026 swaps not searched).",
        ],
    },
    YearRecord {
        year: 2027,
        movable: days![
            ramazan(ymd(2027, 3, 9), true, Y2027_ESTIMATE),
            qurban(ymd(2027, 5, 16), true, Y2027_ESTIMATE),
        ],
        transfers: &[],
        sources: &[PY_HOLIDAYS],
        notes: research![
            "Provisional: the Cabinet decides the 2027 dates of Ramazan and Qurban by the end of December 2026 (Art. 105(4)); the dates here (Ramazan Tue 9 - Wed 10 Mar, Qurban Sun 16 - Mon 17 May) are python-holidays' estimates (LOW).",
            "No Cabinet swap for 2027 is known yet.",
        ],
    },
];

// ---------------------------------------------------------------------------------------------
// Differences with python-holidays
// ---------------------------------------------------------------------------------------------

#[cfg_attr(not(feature = "research"), allow(dead_code))] // only in research notes
const TREND_2019: Source = press("az-src-14");

/// Known, explained disagreements with python-holidays 0.109 for 2015–2027 (checked by
/// `tests/calendar_python_holidays.rs`). In each, tirkeu follows the law and the official
/// announcements as reported by the press.
pub const PYTHON_HOLIDAYS_DIFFERENCES: &[KnownDifference] = research![
    KnownDifference {
        date: ymd(2016, 9, 26),
        ours_working: false,
        theirs_working: true,
        theirs_label: "(ordinary day)",
        explanation: "The constitutional referendum was held on Mon 26 Sep 2016; a voting day is not a working day (Labour Code Art. 105-1, Electoral Code Art. 8.2), as the press reported at the time. python-holidays lists no referendum day.",
        sources: &[
            VOTING_DAY_LAW,
            press("az-src-36"),
        ],
    },
    KnownDifference {
        date: ymd(2019, 12, 23),
        ours_working: false,
        theirs_working: true,
        theirs_label: "(ordinary day)",
        explanation: "The municipal elections were held on Mon 23 Dec 2019, declared a non-working day (Art. 105-1); python-holidays has them on Fri 27 Dec.",
        sources: &[VOTING_DAY_LAW, TREND_2019],
    },
    KnownDifference {
        date: ymd(2019, 12, 27),
        ours_working: true,
        theirs_working: false,
        theirs_label: "Municipal elections",
        explanation: "python-holidays puts the 2019 municipal elections on Fri 27 Dec; they were held on Mon 23 Dec (the Central Election Commission's date, and the press on the day), so 27 Dec was an ordinary working day.",
        sources: &[
            TREND_2019,
            press("az-src-15"),
        ],
    },
];

pub static AZ: CountryCalendar = CountryCalendar {
    country: "AZ",
    weekend: &[Weekday::Sat, Weekday::Sun],
    holidays: HOLIDAYS,
    transfer_rules: TRANSFER_RULES,
    years: YEARS,
    second_source: "python-holidays",
    differences: PYTHON_HOLIDAYS_DIFFERENCES,
};
