//! Russia: the non-working holidays of Labour Code Art. 112, its weekend rule, and the years
//! 2015–2027 (each year's Government decree on the transfer of days off), each with its source:
//! the federal production calendar of the five-day week.
//!
//! Research notes: `docs/research/az-ru-calendar.md` (§ Russia). Second source for the
//! cross-check: the Python `holidays` package (MIT), `holidays/countries/russia.py`, version in
//! `tests/fixtures/ru_python_holidays.json`.
//!
//! Regional non-working days (Uraza and Kurban Bayram in Tatarstan, Bashkortostan, Chechnya and
//! others; regional republic days) are not in the federal calendar and are not modelled.

use crate::calendar::{
    ymd, CountryCalendar, Holiday, KnownDifference, OnWeekend, Transfer, TransferRule,
    WeekendTransfer, YearRecord, YearSpan,
};
use crate::source::{Confidence, Source};
use chrono::{NaiveDate, Weekday};

// ---------------------------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------------------------

/// Art. 112: the list of non-working holidays and the weekend rule with its January exception.
pub const LABOUR_CODE_112: Source = Source::new("ru-src-labour-code-112", Confidence::High);

/// The 2012 amendment that made 6 and 8 January holidays and added the January exception.
pub const LAW_35_FZ: Source = Source::new("ru-src-law-35-fz", Confidence::Medium);

/// The second source; its start years before 2015 are the only source for some rows.
pub const PY_HOLIDAYS: Source = Source::new("ru-src-py-holidays", Confidence::Low);

/// A Government decree on the transfer of days off, in ConsultantPlus, as archived and cited
/// by python-holidays.
const fn decree(id: &'static str) -> Source {
    Source::new(id, Confidence::Medium)
}

const fn press(id: &'static str) -> Source {
    Source::new(id, Confidence::Medium)
}

// ---------------------------------------------------------------------------------------------
// Statutory holidays
// ---------------------------------------------------------------------------------------------

const STATUTE: &[Source] = &[LABOUR_CODE_112];
const STATUTE_2013: &[Source] = &[LABOUR_CODE_112, LAW_35_FZ];
const STATUTE_SINCE_LIB: &[Source] = &[LABOUR_CODE_112, PY_HOLIDAYS];
const HISTORY_LIB: &[Source] = &[PY_HOLIDAYS];

const OPEN: i32 = i32::MAX;
/// A holiday the weekend rule of Art. 112 part 2 moves.
const MOVED: OnWeekend = OnWeekend::Moved;
/// 1–8 January: on a weekend day not moved by the rule; the Government's yearly decree moves
/// those weekend days (they are that year's [`Transfer`]s).
const BY_DECREE: OnWeekend = OnWeekend::ByDecree;
const fn years(from: i32, to: i32) -> YearSpan {
    YearSpan { from, to }
}

const NEW_YEAR_HOLIDAYS: &str = "ru-holiday-new-year-holidays";
const NEW_YEAR: &str = "ru-holiday-new-year";
const LABOUR_DAY: &str = "ru-holiday-labour-day";

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

/// Art. 112 part 1 as in force since 2013, and earlier rows as python-holidays models them
/// (LOW; they matter only for provisional dates before 2015).
pub const HOLIDAYS: &[Holiday] = &[
    h(
        "new-year-1",
        1,
        1,
        NEW_YEAR,
        MOVED,
        years(1991, 2004),
        HISTORY_LIB,
    ),
    h(
        "new-year-2",
        1,
        2,
        NEW_YEAR,
        MOVED,
        years(1993, 2004),
        HISTORY_LIB,
    ),
    h(
        "new-year-holidays-1",
        1,
        1,
        NEW_YEAR_HOLIDAYS,
        BY_DECREE,
        years(2005, OPEN),
        STATUTE,
    ),
    h(
        "new-year-holidays-2",
        1,
        2,
        NEW_YEAR_HOLIDAYS,
        BY_DECREE,
        years(2005, OPEN),
        STATUTE,
    ),
    h(
        "new-year-holidays-3",
        1,
        3,
        NEW_YEAR_HOLIDAYS,
        BY_DECREE,
        years(2005, OPEN),
        STATUTE,
    ),
    h(
        "new-year-holidays-4",
        1,
        4,
        NEW_YEAR_HOLIDAYS,
        BY_DECREE,
        years(2005, OPEN),
        STATUTE,
    ),
    h(
        "new-year-holidays-5",
        1,
        5,
        NEW_YEAR_HOLIDAYS,
        BY_DECREE,
        years(2005, OPEN),
        STATUTE,
    ),
    h(
        "new-year-holidays-6",
        1,
        6,
        NEW_YEAR_HOLIDAYS,
        BY_DECREE,
        years(2013, OPEN),
        STATUTE_2013,
    ),
    h(
        "christmas",
        1,
        7,
        "ru-holiday-christmas",
        BY_DECREE,
        years(1991, OPEN),
        STATUTE,
    ),
    h(
        "new-year-holidays-8",
        1,
        8,
        NEW_YEAR_HOLIDAYS,
        BY_DECREE,
        years(2013, OPEN),
        STATUTE_2013,
    ),
    h(
        "defender-day",
        2,
        23,
        "ru-holiday-defender-day",
        MOVED,
        years(2002, OPEN),
        STATUTE_SINCE_LIB,
    ),
    h(
        "womens-day",
        3,
        8,
        "ru-holiday-womens-day",
        MOVED,
        years(1991, OPEN),
        STATUTE,
    ),
    h(
        "labour-day",
        5,
        1,
        LABOUR_DAY,
        MOVED,
        years(1992, OPEN),
        STATUTE,
    ),
    h(
        "labour-day-2",
        5,
        2,
        LABOUR_DAY,
        MOVED,
        years(1992, 2004),
        HISTORY_LIB,
    ),
    h(
        "victory-day",
        5,
        9,
        "ru-holiday-victory-day",
        MOVED,
        years(1991, OPEN),
        STATUTE,
    ),
    h(
        "russia-day",
        6,
        12,
        "ru-holiday-russia-day",
        MOVED,
        years(2002, OPEN),
        STATUTE_SINCE_LIB,
    ),
    h(
        "unity-day",
        11,
        4,
        "ru-holiday-unity-day",
        MOVED,
        years(2005, OPEN),
        STATUTE_SINCE_LIB,
    ),
    h(
        "reconciliation-day",
        11,
        7,
        "ru-holiday-reconciliation-day",
        MOVED,
        years(1996, 2004),
        HISTORY_LIB,
    ),
    h(
        "constitution-day",
        12,
        12,
        "ru-holiday-constitution-day",
        MOVED,
        years(1994, 2004),
        HISTORY_LIB,
    ),
];

/// The weekend rule of Russia: [`WeekendTransfer::NextWorkday`] (Labour Code Art. 112 part 2,
/// in force since the Code, 1 Feb 2002): "При совпадении выходного и нерабочего праздничного
/// дней выходной день переносится на следующий после праздничного рабочий день, за исключением
/// выходных дней, совпадающих с нерабочими праздничными днями, указанными в абзацах втором и
/// третьем части первой настоящей статьи" — the exception being 1–8 January, marked
/// [`OnWeekend::ByDecree`]: the Government moves those weekend days each year (part 2, second
/// sentence), and its decree is the year's [`Transfer`]s. No collision rule: Russia's holidays
/// never share a date. python-holidays has no rule for Russia; it lists every year's moved days.
pub const TRANSFER_RULES: &[TransferRule] = &[TransferRule::new(
    WeekendTransfer::NextWorkday,
    years(2002, OPEN),
    &[LABOUR_CODE_112, LAW_35_FZ],
)];

// ---------------------------------------------------------------------------------------------
// Years
// ---------------------------------------------------------------------------------------------

const fn t(day_off: NaiveDate, worked: NaiveDate) -> Transfer {
    Transfer { day_off, worked }
}

#[cfg_attr(not(feature = "research"), allow(dead_code))] // only in research notes
const COVID_2020: &str = "Not modelled: the paid \"non-working days\" declared by Presidential decrees in 2020 (30 Mar - 11 May; 24 Jun, the Victory parade; 1 Jul, the constitutional vote). They were not holidays and did not change the production calendar; migration deadlines were separately suspended (Presidential Decree No. 274 of 18 Apr 2020). tirkeu counts them as working days, as python-holidays does.";
#[cfg_attr(not(feature = "research"), allow(dead_code))] // only in research notes
const COVID_2021: &str = "Not modelled: the paid \"non-working days\" declared by Presidential decrees in 2021 (4-7 May; 30 Oct - 7 Nov, of which 1-3 and 5 Nov were working days of the production calendar). tirkeu counts them as working days, as python-holidays does.";

pub const YEARS: &[YearRecord] = &[
    YearRecord {
        year: 2015,
        movable: &[],
        transfers: &[
            t(ymd(2015, 1, 9), ymd(2015, 1, 3)),
            t(ymd(2015, 5, 4), ymd(2015, 1, 4)),
        ],
        sources: &[decree("ru-src-1")],
        notes: research!["8 Mar (Sun) and 9 May (Sat) give Mon 9 Mar and Mon 11 May off (Art. 112 part 2)."],
    },
    YearRecord {
        year: 2016,
        movable: &[],
        transfers: &[
            t(ymd(2016, 2, 22), ymd(2016, 2, 20)),
            t(ymd(2016, 3, 7), ymd(2016, 1, 2)),
            t(ymd(2016, 5, 3), ymd(2016, 1, 3)),
        ],
        sources: &[decree("ru-src-2")],
        notes: research!["1 May (Sun) and 12 Jun (Sun) give Mon 2 May and Mon 13 Jun off."],
    },
    YearRecord {
        year: 2017,
        movable: &[],
        transfers: &[
            t(ymd(2017, 2, 24), ymd(2017, 1, 1)),
            t(ymd(2017, 5, 8), ymd(2017, 1, 7)),
        ],
        sources: &[
            decree("ru-src-3"),
            press("ru-src-4"),
        ],
        notes: research!["4 Nov (Sat) gives Mon 6 Nov off."],
    },
    YearRecord {
        year: 2018,
        movable: &[],
        transfers: &[
            t(ymd(2018, 3, 9), ymd(2018, 1, 6)),
            t(ymd(2018, 4, 30), ymd(2018, 4, 28)),
            t(ymd(2018, 5, 2), ymd(2018, 1, 7)),
            t(ymd(2018, 6, 11), ymd(2018, 6, 9)),
            t(ymd(2018, 12, 31), ymd(2018, 12, 29)),
        ],
        sources: &[
            decree("ru-src-5"),
            press("ru-src-6"),
        ],
        notes: research!["Working Saturdays: 28 Apr, 9 Jun, 29 Dec. 4 Nov (Sun) gives Mon 5 Nov off."],
    },
    YearRecord {
        year: 2019,
        movable: &[],
        transfers: &[
            t(ymd(2019, 5, 2), ymd(2019, 1, 5)),
            t(ymd(2019, 5, 3), ymd(2019, 1, 6)),
            t(ymd(2019, 5, 10), ymd(2019, 2, 25)),
        ],
        sources: &[decree("ru-src-7")],
        notes: research!["Defender of the Fatherland Day fell on Sat 23 Feb, so Mon 25 Feb would have been off (Art. 112 part 2); the decree moved that day off to Fri 10 May, and Mon 25 Feb was a working day."],
    },
    YearRecord {
        year: 2020,
        movable: &[],
        transfers: &[
            t(ymd(2020, 5, 4), ymd(2020, 1, 4)),
            t(ymd(2020, 5, 5), ymd(2020, 1, 5)),
        ],
        sources: &[decree("ru-src-8")],
        notes: research![
            "23 Feb (Sun), 8 Mar (Sun) and 9 May (Sat) give Mon 24 Feb, Mon 9 Mar and Mon 11 May off.",
            COVID_2020,
        ],
    },
    YearRecord {
        year: 2021,
        movable: &[],
        transfers: &[
            t(ymd(2021, 2, 22), ymd(2021, 2, 20)),
            t(ymd(2021, 11, 5), ymd(2021, 1, 2)),
            t(ymd(2021, 12, 31), ymd(2021, 1, 3)),
        ],
        sources: &[
            decree("ru-src-9"),
            press("ru-src-10"),
        ],
        notes: research![
            "1 May (Sat), 9 May (Sun) and 12 Jun (Sat) give Mon 3 May, Mon 10 May and Mon 14 Jun off.",
            COVID_2021,
        ],
    },
    YearRecord {
        year: 2022,
        movable: &[],
        transfers: &[
            t(ymd(2022, 3, 7), ymd(2022, 3, 5)),
            t(ymd(2022, 5, 3), ymd(2022, 1, 1)),
            t(ymd(2022, 5, 10), ymd(2022, 1, 2)),
        ],
        sources: &[decree("ru-src-11")],
        notes: research!["1 May (Sun) and 12 Jun (Sun) give Mon 2 May and Mon 13 Jun off."],
    },
    YearRecord {
        year: 2023,
        movable: &[],
        transfers: &[
            t(ymd(2023, 2, 24), ymd(2023, 1, 1)),
            t(ymd(2023, 5, 8), ymd(2023, 1, 8)),
        ],
        sources: &[decree("ru-src-12")],
        notes: research!["4 Nov (Sat) gives Mon 6 Nov off."],
    },
    YearRecord {
        year: 2024,
        movable: &[],
        transfers: &[
            t(ymd(2024, 4, 29), ymd(2024, 4, 27)),
            t(ymd(2024, 4, 30), ymd(2024, 11, 2)),
            t(ymd(2024, 5, 10), ymd(2024, 1, 6)),
            t(ymd(2024, 12, 30), ymd(2024, 12, 28)),
            t(ymd(2024, 12, 31), ymd(2024, 1, 7)),
        ],
        sources: &[
            decree("ru-src-13"),
            press("ru-src-14"),
        ],
        notes: research!["Working Saturdays: 27 Apr, 2 Nov, 28 Dec."],
    },
    YearRecord {
        year: 2025,
        movable: &[],
        transfers: &[
            t(ymd(2025, 5, 2), ymd(2025, 1, 4)),
            t(ymd(2025, 5, 8), ymd(2025, 2, 24)),
            t(ymd(2025, 6, 13), ymd(2025, 3, 10)),
            t(ymd(2025, 11, 3), ymd(2025, 11, 1)),
            t(ymd(2025, 12, 31), ymd(2025, 1, 5)),
        ],
        sources: &[
            decree("ru-src-15"),
            press("ru-src-16"),
        ],
        notes: research!["23 Feb (Sun) and 8 Mar (Sat) would have given Mon 24 Feb and Mon 10 Mar off (Art. 112 part 2); the decree moved those days off to Thu 8 May and Fri 13 Jun, so 24 Feb and 10 Mar were working days. Working Saturday: 1 Nov."],
    },
    YearRecord {
        year: 2026,
        movable: &[],
        transfers: &[
            t(ymd(2026, 1, 9), ymd(2026, 1, 3)),
            t(ymd(2026, 12, 31), ymd(2026, 1, 4)),
        ],
        sources: &[
            decree("ru-src-17"),
            press("ru-src-18"),
            press("ru-src-19"),
        ],
        notes: research!["8 Mar (Sun) and 9 May (Sat) give Mon 9 Mar and Mon 11 May off. No working Saturday in 2026."],
    },
    YearRecord {
        year: 2027,
        movable: &[],
        transfers: &[
            t(ymd(2027, 2, 22), ymd(2027, 2, 20)),
            t(ymd(2027, 11, 5), ymd(2027, 1, 2)),
            t(ymd(2027, 12, 31), ymd(2027, 1, 3)),
        ],
        sources: &[
            decree("ru-src-20"),
            Source::new("ru-src-21", Confidence::Medium),
        ],
        notes: research![
            "Sat 20 Feb a working day, Mon 22 Feb off; Sat 2 Jan → Fri 5 Nov; Sun 3 Jan → Fri 31 Dec. 1 May (Sat), 9 May (Sun) and 12 Jun (Sat) give Mon 3 May, Mon 10 May and Mon 14 Jun off. New Year break 31 Dec 2026 - 10 Jan 2027.",
            "The December 2025 forecast of a working Saturday 13 Nov 2027 was not adopted.",
        ],
    },
];

/// Known, explained disagreements with python-holidays 0.109 for 2015–2027 (see
/// `tests/calendar_python_holidays.rs`). None: every date agrees.
pub const PYTHON_HOLIDAYS_DIFFERENCES: &[KnownDifference] = research![];

pub static RU: CountryCalendar = CountryCalendar {
    country: "RU",
    weekend: &[Weekday::Sat, Weekday::Sun],
    holidays: HOLIDAYS,
    transfer_rules: TRANSFER_RULES,
    years: YEARS,
    second_source: "python-holidays",
    differences: PYTHON_HOLIDAYS_DIFFERENCES,
};
