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
pub const LAW_HOLIDAYS: Source = Source {
    title: "Law of the Republic of Kazakhstan \"On holidays in the Republic of Kazakhstan\" of 13 December 2001 No. 267-II",
    article: "Arts. 1-2 (national and state holidays); Art. 5 (holidays are days off; when a holiday falls on a day off, the next working day is a day off)",
    url: "https://adilet.zan.kz/rus/docs/Z010000267_",
    confidence: Confidence::Medium,
};

/// The Law's amendment history (Republic Day restored, First President Day and 17 December
/// dropped from 2022; Constitution Day moved).
pub const LAW_HOLIDAYS_HISTORY: Source = Source {
    title: "Law \"On holidays in the Republic of Kazakhstan\" No. 267-II: history of amendments",
    article: "",
    url: "https://adilet.zan.kz/rus/docs/Z010000267_/history",
    confidence: Confidence::Medium,
};

/// Art. 5 quoted by the press (the weekend rule; no transfer for religious holidays).
pub const ART5_PRESS: Source = Source {
    title: "yk-news.kz: Kurban Ait 2014 falls on Saturday, no transfer (quoting Art. 5 of the Law on holidays)",
    article: "",
    url: "https://yk-news.kz/node/10882",
    confidence: Confidence::Medium,
};

pub const LABOUR_CODE: Source = Source {
    title: "Labour Code of the Republic of Kazakhstan of 23 November 2015 No. 414-V",
    article: "Art. 84 (holidays and days off; para 5: the first day of Kurban Ait and 7 January are days off); Art. 85(3) (the Government may transfer days off)",
    url: "https://adilet.zan.kz/rus/docs/K1500000414",
    confidence: Confidence::Medium,
};

/// Ministry of Labour 2025: religious holidays on a day off are not transferred.
pub const MLSPP_2025: Source = Source {
    title: "caravan.kz: Ministry of Labour and Social Protection on Kurban Ait 2025 (Fri 6 June) and on religious holidays not being transferred; Order No. 436 of 21 Nov 2024",
    article: "",
    url: "https://www.caravan.kz/amp/news/v-ijune-2025-goda-kazahstancev-ozhidaet-dopolnitelnyj-vyhodnoj-den",
    confidence: Confidence::Medium,
};

/// The second source, also the only source for some pre-2015 start years.
pub const PY_HOLIDAYS: Source = Source {
    title: "python-holidays 0.109 (vacanza), Kazakhstan (holidays/countries/kazakhstan.py)",
    article: "",
    url: "https://github.com/vacanza/holidays/blob/dev/holidays/countries/kazakhstan.py",
    confidence: Confidence::Low,
};

pub const CONSTITUTION_2026_JUSTICE: Source = Source {
    title: "zakon.kz: Ministry of Justice on Constitution Day (4 Mar 2026): the adoption day of the new Constitution becomes Constitution Day, 30 August loses holiday status",
    article: "",
    url: "https://www.zakon.kz/obshestvo/6509867-v-minyuste-obyasnili-chto-budet-s-dnem-konstitutsii-30-avgusta.html",
    confidence: Confidence::Medium,
};

pub const CONSTITUTION_2026_REFERENDUM: Source = Source {
    title: "echofm.online: referendum of 15 March 2026 approved the new Constitution; 15 March announced as Constitution Day",
    article: "",
    url: "https://echofm.online/news/8715-grazhdan-kazahstana-odobrili-novuyu-konstitucziyu-czik",
    confidence: Confidence::Medium,
};

pub const CONSTITUTION_2026_FROM_NEXT_YEAR: Source = Source {
    title: "aimaqaqshamy.kz: the new Constitution in force 1 July 2026, the new Constitution Day celebrated from the next year",
    article: "",
    url: "https://aimaqaqshamy.kz/ru/news/v-sluchae-prinyatiya-na-referendume-kogda-vstupit-v-silu-novaya-konstitutsiya",
    confidence: Confidence::Medium,
};

const fn adilet(title: &'static str, url: &'static str) -> Source {
    Source {
        title,
        article: "",
        url,
        confidence: Confidence::Medium,
    }
}

const fn press(title: &'static str, url: &'static str) -> Source {
    Source {
        title,
        article: "",
        url,
        confidence: Confidence::Medium,
    }
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

const NO_TRANSFERS_2015: Source = press(
    "kapital.kz: the 2015 holiday calendar on egov.kz (9 Mar, 24-25 Mar, 11 May, 31 Aug days off under the weekend rule; no transfers)",
    "https://kapital.kz/gosudarstvo/36862/na-nauryz-kazakhstantsy-otdokhnut-5-dney.html",
);

pub const YEARS: &[YearRecord] = &[
    YearRecord {
        year: 2015,
        movable: &[kurban(
            ymd(2015, 9, 24),
            false,
            &[
                press("tengrinews.kz: a day off in mid-week in September (Kurban Ait, Thu 24 Sep 2015)", "https://tengrinews.kz/kazakhstan_news/kazahstantsam-dadut-den-otdyiha-sredi-nedeli-sentyabre-280125"),
                press("altyn-orda.kz (NUR.KZ): Kurban Ait on Thu 24 Sep 2015 per egov.kz", "https://altyn-orda.kz/?p=105716"),
            ],
        )],
        transfers: &[],
        sources: &[NO_TRANSFERS_2015, PY_HOLIDAYS],
        notes: &["No Government decree transferring days off in 2015 was found; python-holidays lists none either."],
    },
    YearRecord {
        year: 2016,
        movable: &[kurban(
            ymd(2016, 9, 12),
            false,
            &[press("kapital.kz: Kurban Ait on Mon 12 Sep 2016 (egov.kz calendar)", "https://kapital.kz/gosudarstvo/52183/kazakhstantsev-zhdut-tri-vykhodnykh-k-prazdniku-kurban-ayt")],
        )],
        transfers: &[t(ymd(2016, 3, 7), ymd(2016, 3, 5))],
        sources: &[adilet("Government Decree on the transfer of a day off (adilet P1600000067): Sat 5 Mar → Mon 7 Mar 2016", "https://adilet.zan.kz/rus/docs/P1600000067")],
        notes: &[],
    },
    YearRecord {
        year: 2017,
        movable: &[kurban(ymd(2017, 9, 1), false, &[PY_HOLIDAYS])],
        transfers: &[t(ymd(2017, 3, 20), ymd(2017, 3, 18)), t(ymd(2017, 7, 7), ymd(2017, 7, 1))],
        sources: &[adilet("Government Decree on the transfer of days off (adilet P1700000005): Sat 18 Mar → Mon 20 Mar, Sat 1 Jul → Fri 7 Jul 2017", "https://adilet.zan.kz/rus/docs/P1700000005")],
        notes: &["Kurban Ait 2017 (Fri 1 Sep) is from python-holidays only (LOW)."],
    },
    YearRecord {
        year: 2018,
        movable: &[kurban(
            ymd(2018, 8, 21),
            false,
            &[press("mgorod.kz: Kurban Ait on 21 Aug 2018; day off moved from Sat 25 Aug to Fri 31 Aug", "https://mgorod.kz/news/kazaxstancy-v-avguste-otdoxnut-10-dnej")],
        )],
        transfers: &[
            t(ymd(2018, 3, 9), ymd(2018, 3, 3)),
            t(ymd(2018, 4, 30), ymd(2018, 4, 28)),
            t(ymd(2018, 5, 8), ymd(2018, 5, 5)),
            t(ymd(2018, 8, 31), ymd(2018, 8, 25)),
            t(ymd(2018, 12, 31), ymd(2018, 12, 29)),
        ],
        sources: &[adilet("Government Decree on the transfer of days off in 2018 (adilet P1700000864)", "https://adilet.zan.kz/rus/docs/P1700000864")],
        notes: &[],
    },
    YearRecord {
        year: 2019,
        movable: &[kurban(
            ymd(2019, 8, 11),
            false,
            &[press("kokshetau.online: 2019 holiday calendar (Kurban Ait on Sun 11 Aug 2019, no transfer)", "https://kokshetau.online/kalendar-prazdnichnyh-vyhodnyh-dnej-v-kazahstane-na-2019-god")],
        )],
        transfers: &[t(ymd(2019, 5, 10), ymd(2019, 5, 4))],
        sources: &[adilet("Government Decree on the transfer of a day off in 2019 (adilet P1800000888): Sat 4 May → Fri 10 May 2019", "https://adilet.zan.kz/rus/docs/P1800000888")],
        notes: &["Kurban Ait on a Sunday: religious holidays are not moved off weekends, so no day off."],
    },
    YearRecord {
        year: 2020,
        movable: &[kurban(
            ymd(2020, 7, 31),
            false,
            &[press("kz.kursiv.media: the first day of Kurban Ait on 31 July 2020", "https://kz.kursiv.media/2020-06-29/u-kazakhstancev-budut-dopolnitelnye-vykhodnye/"), PY_HOLIDAYS],
        )],
        transfers: &[
            t(ymd(2020, 1, 3), ymd(2020, 1, 5)),
            t(ymd(2020, 5, 8), ymd(2020, 5, 11)),
            t(ymd(2020, 12, 18), ymd(2020, 12, 20)),
        ],
        sources: &[
            adilet("Government Decree on the transfer of days off in 2020 (adilet P1900000820): Sun 5 Jan → Fri 3 Jan, Mon 11 May → Fri 8 May, Sun 20 Dec → Fri 18 Dec 2020", "https://adilet.zan.kz/rus/docs/P1900000820"),
            press("kyzylorda-news.kz: the 2020 transfer decree quoted (\"from Monday 11 May 2020 to Friday 8 May 2020\")", "https://kyzylorda-news.kz/ru/obshestvo/kak-kazahstanczy-otdohnut-v-2020-godu-kalendar-31660/"),
        ],
        notes: &["Victory Day fell on Sat 9 May 2020, so Mon 11 May was a day off under the weekend rule; the decree moved that day off to Fri 8 May, and Mon 11 May was a working day. (A September 2019 draft had proposed Sat 16 May instead.)"],
    },
    YearRecord {
        year: 2021,
        movable: &[kurban(ymd(2021, 7, 20), false, &[PY_HOLIDAYS])],
        transfers: &[t(ymd(2021, 7, 5), ymd(2021, 7, 3))],
        sources: &[adilet("Government Decree on the transfer of a day off in 2021 (adilet P2000000930): Sat 3 Jul → Mon 5 Jul 2021", "https://adilet.zan.kz/rus/docs/P2000000930")],
        notes: &["Kurban Ait 2021 (Tue 20 Jul) is from python-holidays (LOW)."],
    },
    YearRecord {
        year: 2022,
        movable: &[kurban(ymd(2022, 7, 9), false, &[PY_HOLIDAYS])],
        transfers: &[
            t(ymd(2022, 3, 7), ymd(2022, 3, 5)),
            t(ymd(2022, 8, 29), ymd(2022, 8, 27)),
            t(ymd(2022, 10, 24), ymd(2022, 10, 22)),
        ],
        sources: &[adilet("Government Decree on the transfer of days off in 2022 (adilet P2200000796): Sat 5 Mar → Mon 7 Mar, Sat 27 Aug → Mon 29 Aug, Sat 22 Oct → Mon 24 Oct 2022", "https://adilet.zan.kz/rus/docs/P2200000796")],
        notes: &[
            "From 2022: Republic Day (25 Oct) is a holiday again; First President Day (1 Dec) and the second day of Independence Day (17 Dec) are no longer holidays.",
            "Kurban Ait 2022 (Sat 9 Jul) is from python-holidays (LOW); on a Saturday it gives no day off either way.",
        ],
    },
    YearRecord {
        year: 2023,
        movable: &[kurban(
            ymd(2023, 6, 28),
            false,
            &[press("sn.kz (Zakon.kz): 28 June 2023 the first day of Kurban Ait; Sat 1 Jul → Fri 7 Jul", "https://sn.kz/sn-akparat-agyny/103060-ku-rban-ait-pen-astana-kuni-kazakstandyktar-kalai-demalatyny-belgili-boldy/amp")],
        )],
        transfers: &[t(ymd(2023, 7, 7), ymd(2023, 7, 1))],
        sources: &[
            adilet("Government Decree on the transfer of a day off (adilet P2300000326): Sat 1 Jul → Fri 7 Jul 2023", "https://adilet.zan.kz/rus/docs/P2300000326"),
            press("forbes.kz: Government moves the day off from Sat 1 Jul to Fri 7 Jul 2023", "https://forbes.kz/news/newsid_300087/amp"),
        ],
        notes: &[],
    },
    YearRecord {
        year: 2024,
        movable: &[kurban(
            ymd(2024, 6, 16),
            false,
            &[
                press("tengrinews.kz: Kurban Ait on Sun 16 Jun 2024, no day off", "https://new.tengrinews.kz/curious/kak-kazahstantsyi-otdohnut-na-kurban-ayt-537007"),
                press("altyalash.kz: no day off for Kurban Ait 2024, the Ministry explains", "https://altyalash.kz/2024/06/07/aza-standy-tar-rban-ajtta-demalmajdy-e-bek-ministrligi-sebebin-t-sindirdi/?lang=kz"),
            ],
        )],
        transfers: &[t(ymd(2024, 5, 8), ymd(2024, 5, 4))],
        sources: &[
            adilet("Order of the Minister of Labour and Social Protection on the transfer of a day off in 2024 (adilet G24G0000109): Sat 4 May → Wed 8 May 2024", "https://adilet.zan.kz/rus/docs/G24G0000109"),
            press("alataunews.kz: \"transfer the day off from Saturday 4 May 2024 to Wednesday 8 May 2024\"", "https://alataunews.kz/ru/novosti/kak-budut-otdyhat-kazahstanczy-na-majskie-prazdniki-s-uchetom-perenosa-vyhodnyh-dnej"),
        ],
        notes: &["Kurban Ait was first announced for Mon 17 Jun 2024 (a day off); about a week before, the Spiritual Administration of Muslims moved it to Sun 16 Jun, and the Ministry confirmed there would be no day off: Mon 17 Jun 2024 was a working day."],
    },
    YearRecord {
        year: 2025,
        movable: &[kurban(
            ymd(2025, 6, 6),
            false,
            &[MLSPP_2025, press("mgorod.kz: Kurban Ait on Fri 6 Jun 2025", "https://mgorod.kz/news/skolko-dnej-otdohnut-kazahstancy-na-kurban-ajt-v-2025-godu")],
        )],
        transfers: &[t(ymd(2025, 1, 3), ymd(2025, 1, 5))],
        sources: &[
            adilet("Order of the Minister of Labour and Social Protection of 21 Nov 2024 No. 436 on the transfer of a day off in 2025 (adilet G24G0000436): Sun 5 Jan → Fri 3 Jan 2025", "https://adilet.zan.kz/rus/docs/G24G0000436"),
            press("informburodata.com: the day off moved from Sunday 5 January to Friday 3 January 2025", "https://informburodata.com/novosti/v-novyi-god-kazaxstancy-otdoxnut-cetyre-dnya-podryad"),
        ],
        notes: &["Constitution Day 30 Aug 2025 (Sat) gives Mon 1 Sep 2025 off; it is the last year 30 August is a holiday."],
    },
    YearRecord {
        year: 2026,
        movable: &[kurban(
            ymd(2026, 5, 27),
            false,
            &[
                press("Kazinform (2 Jan 2026), from the eGov calendar: \"in 2026 the first day of Kurban Ait falls on 27 May\"", "https://www.inform.kz/ru/kak-budut-otdihat-kazahstantsi-v-2026-godu-947dd6"),
                press("zakon.kz: the Spiritual Administration of Muslims' 2026 calendar (Kurban Ait 27 May 2026)", "https://www.zakon.kz/obshestvo/6496885-ramazan2026-oraza-i-kurban-ayt-opublikovan-kalendar-musulmanskikh-prazdnikov-v-kazakhstane.html"),
                press("kazpravda.kz: the Spiritual Administration of Muslims announces the dates of Muslim holidays in 2026", "https://kazpravda.kz/n/dumk-obyavilo-daty-musulmanskih-prazdnikov-na-2026-god/"),
            ],
        )],
        transfers: &[],
        sources: &[
            press(
                "alau.kz (19 Nov 2025): official 2026 calendar of days off; 1-2 Jan holidays then the weekend, no transfer",
                "https://alau.kz/novyj-god-2026-utverzhdjon-oficialnyj-kalendar-vyhodnyh/",
            ),
            press(
                "Taspanews (18 Mar 2026): the Ministry of Labour says 30 August is no longer Constitution Day from this year, so Mon 31 Aug 2026 is a working day",
                "https://taspanews.kz/novosti-kazakhstana/v-etom-godu-u-kazakhstantsev-ne-budet-odnogo-vykhodnogo-795514517615",
            ),
        ],
        notes: &[
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
        notes: &[
            "No decree on transfers for 2027 is known yet (none published by the time of writing); check again.",
            "Kurban Ait Sun 16 May 2027 is an astronomical estimate (python-holidays): provisional, LOW. On a Sunday it would give no day off anyway; if it moves to Monday 17 May, that day will be off.",
            "Constitution Day 15 March (Mon 15 Mar 2027) is a holiday from 2027.",
        ],
    },
];

/// Known, explained disagreements with python-holidays for 2015–2027 (see
/// `tests/calendar_kz.rs`). None are known at present: every date agrees.
pub const PYTHON_HOLIDAYS_DIFFERENCES: &[KnownDifference] = &[];

pub static KZ: CountryCalendar = CountryCalendar {
    country: "KZ",
    weekend: &[Weekday::Sat, Weekday::Sun],
    holidays: HOLIDAYS,
    transfer_rules: TRANSFER_RULES,
    years: YEARS,
    second_source: "python-holidays",
    differences: PYTHON_HOLIDAYS_DIFFERENCES,
};
