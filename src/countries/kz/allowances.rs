// Visa-free allowances for Kazakhstan by citizenship and period (included by kz.rs).
// Research behind each row: docs/research/kz-visa-free.md.
// The first row in force on the entry date that lists the citizenship applies; a test checks
// that rows overlapping in time never list the same citizenship twice.
// Where sources disagree on a stay limit, the row takes the shorter reading (reference
// convention 5) and its note names the other.

const DECREE_1146_2022: Source = Source {
    title: "Government Decree No. 1146 of 31 December 2022 amending Decree No. 148 (continent-online title; Intermark summary)",
    article: "visa-free non-EAEU: 30 days from crossing, 90 days in each 180; EAEU: 90 in each 180; in force 27 January 2023",
    url: "https://intermarkrelocation.com/news/immigration/kazakhstan-visa-free-visitors-may-not-stay-in-country-over-90-days-in-180-days-/",
    confidence: Medium,
};
const PILOT_2015_WKO: Source = Source {
    title: "WKO (Austrian Economic Chamber): visa-free entry to Kazakhstan for 19 countries from 16 July 2015",
    article: "Government decision of 26 June 2015: 15 days for 19 countries until 31 December 2017; Korea by a bilateral 30-day agreement",
    url: "https://www.wko.at/Content.Node/service/aussenwirtschaft/kz/Ab-sofort-visafreie-Einreise-nach-Kasachstan-fuer-19-Laend.html",
    confidence: Medium,
};
const ADDED_2019_SOURCE: Source = Source {
    title: "Kabar (ca-news): Kazakhstan lifts visas for 12 more countries (MFA briefing of 30 September 2019)",
    article: "Bahrain, Vatican, Vietnam, Indonesia, Qatar, Colombia, Kuwait, Liechtenstein, Oman, Saudi Arabia, Thailand, Philippines",
    url: "https://tr.kabar.kg/news/kazakistandan-12-ulke-icin-vizesiz-giri-karar",
    confidence: Medium,
};
const COVID_SUSPENSION: Source = Source {
    title: "Suspension of para 17 of the Rules (Government Decrees No. 220 of 17 April 2020 and No. 727 of 30 October 2020; MFA, 4 May 2021)",
    article: "unilateral visa-free regime suspended (State Commission from March 2020), extended to 31 December 2021 for 54 countries; resumed 1 January 2022",
    url: "https://www.rferl.org/amp/kazakhstan-extends-suspension-of-visa-free-visits-by-citizens-due-to-pandemic/31237724.html",
    confidence: Medium,
};
const COVID_RESUMED: Source = Source {
    title: "el.kz (MFA): visa-free entry resumed for 57 countries from 1 January 2022; India, Iran, China 14 days from 8 July 2022",
    article: "Government Decree No. 464 of 7 July 2022",
    url: "https://el.kz/en/news/news/kazakhstan_introduces_visa_free_travel_for_citizens_of_india-_iran-_and_china/",
    confidence: Medium,
};
const DECREE_464_KPMG: Source = Source {
    title: "KPMG Kazakhstan legal alert: Government Decree No. 464 of 7 July 2022",
    article: "citizens of China, India, Iran: up to 14 days per entry, 42 days in 180, from 8 July 2022",
    url: "https://kpmg.com/kz/en/home/insights/2022/07/legal-alert.html",
    confidence: Medium,
};
const CN_KZ_2023: Source = Source {
    title: "China–Kazakhstan mutual visa exemption agreement (Xi'an, 17 May 2023), in force 10 November 2023 (Kazinform)",
    article: "30 days per entry, 90 days in 180",
    url: "https://en.inform.kz/news/kazakhstan-approves-mutual-visa-free-agreement-with-china_a4097696/",
    confidence: Medium,
};
const UZ_KZ_2023: Source = Source {
    title: "Kazakhstan–Uzbekistan protocol of 2023 (Kazakhstan Today)",
    article: "stay not over 30 calendar days from crossing, 90 days in total in each 180",
    url: "https://www.kt.kz/rus/state/kazahstantsy_smogut_do_30_dney_nahoditsya_v_uzbekistane_1377946235.html",
    confidence: Medium,
};
const MIA_ABC_2023: Source = Source {
    title: "ABC.AZ citing the MIA of Kazakhstan (January 2023)",
    article: "citizens of the EAEU, Azerbaijan, Tajikistan, Ukraine may stay 90 days in 180",
    url: "https://abc.az/en/news/111945",
    confidence: Low,
};
const TR_2025: Source = Source {
    title: "zakon.kz: Turkish citizens may stay in Kazakhstan without a visa up to 90 days (Government decree of 25 August 2025)",
    article: "90 days within each 180; in force ten days after publication (exact day not established)",
    url: "https://www.zakon.kz/pravo/6488830-grazhdane-turtsii-mogut-nakhoditsya-v-kazakhstane-bez-vizy-do-90-dney.html",
    confidence: Medium,
};
const DECREE_2025_LIST: Source = Source {
    title: "zakon.kz: Government decree of 25 August 2025 amending the Rules of entry and stay (30-day list; Turkey 90 days)",
    article: "66 states visa-free up to 30 days, 90 in each 180; the stored excerpt names AU, US, AT, BH, BE, BG, AE, VA, VN, DE, GR, DK, NZ, JP, IL, IE, IS, ES, ID, IT, CA, QA, CY, CO, KR, KW, LV, LT, LI, LU, HU, MY, MT, MX, MC, NL, NO, OM, PL, and is cut there",
    url: "https://www.zakon.kz/pravo/6488830-grazhdane-turtsii-mogut-nakhoditsya-v-kazakhstane-bez-vizy-do-90-dney.html",
    confidence: Medium,
};
const QAZMONITOR_2022: Source = Source {
    title: "QazMonitor: What countries have a visa-free regime with Kazakhstan in 2022 (citing the MIA)",
    article: "adds GB, RO, SA, SG, SK, SI, TH, PH, FI, HR, FR, CZ, CL, CH, SE, EE to the names above",
    url: "https://qazmonitor.com/news/570/what-countries-have-visa-free-regime-with-kazakhstan-in-2022",
    confidence: Medium,
};
const TR_KZ_1992: Source = Source {
    title: "Agreement between Kazakhstan and Turkey on visa-free travel (1992)",
    article: "citizens may stay up to one month",
    url: "https://prg.kz/document/?doc_id=1020099",
    confidence: Medium,
};

/// 15-day pilot, 15 July 2014 – 15 July 2015.
const PILOT_2014_LIST: &[&str] = &["AE", "DE", "FR", "GB", "IT", "JP", "KR", "MY", "NL", "US"];
/// 15-day list, 16 July 2015 – 31 December 2016 (nominally to the end of 2017; replaced by the
/// 30-day list on 1 January 2017). 19 countries: invest.gov.kz names 18, without Hungary;
/// WKO and another source name Hungary too.
const PILOT_2015_LIST: &[&str] = &[
    "AE", "AU", "BE", "CH", "DE", "ES", "FI", "FR", "GB", "HU", "IT", "JP", "MC", "MY", "NL", "NO", "SE", "SG", "US",
];
/// 30-day unilateral list from 1 January 2017 (Government Decree No. 848 of 23 December 2016):
/// 45 countries, less Korea and Turkey, which have bilateral rows of their own.
const UNILATERAL_2017_LIST: &[&str] = &[
    "AT", "AU", "BE", "BG", "CA", "CH", "CL", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GB", "GR",
    "HR", "HU", "IE", "IL", "IS", "IT", "JP", "LT", "LU", "LV", "MC", "MT", "MX", "MY", "NL", "NO", "NZ",
    "PL", "PT", "RO", "SE", "SG", "SI", "SK", "US", "AE",
];
/// Added to the 30-day list in 2019 (in force by 30 September 2019; the exact day is not
/// established, so the latest possible day is used).
const ADDED_2019_LIST: &[&str] = &["BH", "CO", "ID", "KW", "LI", "OM", "PH", "QA", "SA", "TH", "VA", "VN"];
/// Bilateral 30-day agreements (MIA, July 2019). Korea from 16 July 2015 (before: the pilot).
const BILATERAL_30_LIST: &[&str] = &["AR", "BR", "CU", "EC", "RS"];
/// Azerbaijan and Tajikistan: 30 days (MIA 2019).
const CIS_30_LIST: &[&str] = &["AZ", "TJ"];
/// Bilateral 90-day agreements with non-EAEU CIS states and Mongolia (MIA, July 2019).
const BILATERAL_90_LIST: &[&str] = &["GE", "MD", "MN", "UA"];
/// India and Iran: 14 days per entry, 42 in 180, from 8 July 2022.
const FOURTEEN_DAY_LIST: &[&str] = &["IN", "IR"];

const NINETY_IN_180: Limit = Limit::Rolling { days: 90, window: 180 };
const THIRTY_PER_ENTRY: Limit = Limit::PerEntry { days: 30 };

macro_rules! row {
    ($id:literal, $period:expr, $citizens:expr, $regime:expr, [$($limit:expr),+], $note:literal, [$($src:expr),+]) => {
        Allowance { id: $id, in_force: $period, citizens: $citizens, regime: $regime, limits: &[$($limit),+], note: $note, sources: &[$($src),+] }
    };
}

static ALLOWANCES: &[Allowance] = &[
    // --- EAEU: 90 days per entry; since 27 January 2023 at most 90 in any 180 ---------------------
    row!("kz-eaeu-90-2015", Period::between(ymd(2015, 1, 1), ymd(2023, 1, 26)), EAEU, NINETY_DAY,
        [Limit::PerEntry { days: 90 }],
        "kz-eaeu-90-2015-note", [MIA_2019_VISA_FREE]),
    row!("kz-eaeu-90-in-180-2023", Period::since(ymd(2023, 1, 27)), EAEU, NINETY_DAY,
        [NINETY_IN_180],
        "kz-eaeu-90-in-180-2023-note", [DECREE_1146_2022, ASTANA_TIMES_2023]),
    // --- Other CIS states and Mongolia ------------------------------------------------------------
    row!("kz-cis-90-2015", Period::between(ymd(2015, 1, 1), ymd(2023, 1, 26)), BILATERAL_90_LIST, BILATERAL,
        [Limit::PerEntry { days: 90 }],
        "kz-cis-90-2015-note", [MIA_2019_VISA_FREE]),
    row!("kz-cis-30-2015", Period::between(ymd(2015, 1, 1), ymd(2023, 1, 26)), CIS_30_LIST, BILATERAL,
        [THIRTY_PER_ENTRY],
        "kz-cis-30-2015-note", [MIA_2019_VISA_FREE]),
    row!("kz-uz-2015", Period::between(ymd(2015, 1, 1), ymd(2023, 1, 26)), &["UZ"], BILATERAL,
        [THIRTY_PER_ENTRY],
        "kz-uz-2015-note", [UZ_KZ_2023]),
    row!("kz-cis-30-90-2023", Period::since(ymd(2023, 1, 27)), &["AZ", "TJ", "UA", "GE", "MD", "MN", "UZ"], BILATERAL,
        [THIRTY_PER_ENTRY, NINETY_IN_180],
        "kz-cis-30-90-2023-note",
        [DECREE_1146_2022, UZ_KZ_2023, MIA_ABC_2023]),
    // --- Bilateral 30-day agreements --------------------------------------------------------------
    row!("kz-bilateral-30-2015", Period::between(ymd(2015, 1, 1), ymd(2023, 1, 26)), BILATERAL_30_LIST, BILATERAL,
        [THIRTY_PER_ENTRY],
        "kz-bilateral-30-2015-note", [MIA_2019_VISA_FREE]),
    row!("kz-bilateral-30-90-2023", Period::since(ymd(2023, 1, 27)), BILATERAL_30_LIST, BILATERAL,
        [THIRTY_PER_ENTRY, NINETY_IN_180],
        "kz-bilateral-30-90-2023-note", [DECREE_1146_2022, MIA_2019_VISA_FREE]),
    row!("kz-kr-30-2015", Period::between(ymd(2015, 7, 16), ymd(2023, 1, 26)), &["KR"], BILATERAL,
        [THIRTY_PER_ENTRY],
        "kz-kr-30-2015-note", [PILOT_2015_WKO, MIA_2019_VISA_FREE]),
    row!("kz-kr-30-90-2023", Period::since(ymd(2023, 1, 27)), &["KR"], BILATERAL,
        [THIRTY_PER_ENTRY, NINETY_IN_180],
        "kz-kr-30-90-2023-note", [DECREE_1146_2022]),
    row!("kz-tr-30-2015", Period::between(ymd(2015, 1, 1), ymd(2023, 1, 26)), &["TR"], BILATERAL,
        [THIRTY_PER_ENTRY],
        "kz-tr-30-2015-note", [TR_KZ_1992, MIA_2019_VISA_FREE]),
    row!("kz-tr-30-90-2023", Period::between(ymd(2023, 1, 27), ymd(2025, 9, 7)), &["TR"], BILATERAL,
        [THIRTY_PER_ENTRY, NINETY_IN_180],
        "kz-kr-30-90-2023-note", [DECREE_1146_2022, TR_KZ_1992]),
    row!("kz-tr-90-2025", Period::since(ymd(2025, 9, 8)), &["TR"], NINETY_DAY,
        [NINETY_IN_180],
        "kz-tr-90-2025-note",
        [TR_2025]),
    row!("kz-hk-14-2015", Period::between(ymd(2015, 1, 1), ymd(2023, 1, 26)), &["HK"], BILATERAL,
        [Limit::PerEntry { days: 14 }],
        "kz-hk-14-2015-note", [MIA_2019_VISA_FREE]),
    row!("kz-hk-14-2023", Period::since(ymd(2023, 1, 27)), &["HK"], BILATERAL,
        [Limit::PerEntry { days: 14 }, NINETY_IN_180],
        "kz-hk-14-2023-note", [MIA_2019_VISA_FREE, DECREE_1146_2022]),
    // --- China, India, Iran ---------------------------------------------------------------------
    row!("kz-cn-in-ir-14-2022", Period::between(ymd(2022, 7, 8), ymd(2023, 11, 9)), &["CN", "IN", "IR"], UNILATERAL,
        [Limit::PerEntry { days: 14 }, Limit::Rolling { days: 42, window: 180 }],
        "kz-cn-in-ir-14-2022-note", [DECREE_464_KPMG, COVID_RESUMED]),
    row!("kz-in-ir-14-2023", Period::since(ymd(2023, 11, 10)), FOURTEEN_DAY_LIST, UNILATERAL,
        [Limit::PerEntry { days: 14 }, Limit::Rolling { days: 42, window: 180 }],
        "kz-in-ir-14-2023-note", [DECREE_464_KPMG, COVID_RESUMED, DECREE_2025_LIST]),
    row!("kz-cn-30-90-2023", Period::since(ymd(2023, 11, 10)), &["CN"], BILATERAL,
        [THIRTY_PER_ENTRY, NINETY_IN_180],
        "kz-cn-30-90-2023-note", [CN_KZ_2023]),
    // --- Unilateral lists ------------------------------------------------------------------------
    row!("kz-pilot-15-2014", Period::between(ymd(2015, 1, 1), ymd(2015, 7, 15)), PILOT_2014_LIST, UNILATERAL,
        [Limit::PerEntry { days: 15 }],
        "kz-pilot-15-2014-note", [PILOT_2014]),
    row!("kz-pilot-15-2015", Period::between(ymd(2015, 7, 16), ymd(2016, 12, 31)), PILOT_2015_LIST, UNILATERAL,
        [Limit::PerEntry { days: 15 }],
        "kz-pilot-15-2015-note",
        [INVEST_GOV_REGISTRATION, PILOT_2015_WKO]),
    row!("kz-unilateral-30-2017", Period::between(ymd(2017, 1, 1), ymd(2020, 3, 15)), UNILATERAL_2017_LIST, UNILATERAL,
        [THIRTY_PER_ENTRY],
        "kz-unilateral-30-2017-note", [DECREE_848_2016, MIA_2019_VISA_FREE]),
    row!("kz-unilateral-30-2019", Period::between(ymd(2019, 9, 30), ymd(2020, 3, 15)), ADDED_2019_LIST, UNILATERAL,
        [THIRTY_PER_ENTRY],
        "kz-unilateral-30-2019-note", [ADDED_2019_SOURCE]),
    row!("kz-ae-30-2021", Period::between(ymd(2021, 5, 4), ymd(2021, 12, 31)), &["AE"], UNILATERAL,
        [THIRTY_PER_ENTRY],
        "kz-ae-30-2021-note", [COVID_SUSPENSION]),
    row!("kz-unilateral-30-2022", Period::between(ymd(2022, 1, 1), ymd(2023, 1, 26)), UNILATERAL_2017_LIST, UNILATERAL,
        [THIRTY_PER_ENTRY],
        "kz-unilateral-30-2022-note", [COVID_RESUMED, DECREE_848_2016]),
    row!("kz-unilateral-30-2022-added", Period::between(ymd(2022, 1, 1), ymd(2023, 1, 26)), ADDED_2019_LIST, UNILATERAL,
        [THIRTY_PER_ENTRY],
        "kz-unilateral-30-2022-note", [COVID_RESUMED, ADDED_2019_SOURCE]),
    // --- Since 27 January 2023: 30 per entry, 90 in 180 -------------------------------------------
    row!("kz-visa-free-30-90-2023", Period::between(ymd(2023, 1, 27), ymd(2025, 9, 7)), UNILATERAL_2017_LIST, UNILATERAL,
        [THIRTY_PER_ENTRY, NINETY_IN_180],
        "kz-bilateral-30-90-2023-note", [DECREE_1146_2022, ASTANA_TIMES_2023]),
    row!("kz-visa-free-30-90-2023-added", Period::between(ymd(2023, 1, 27), ymd(2025, 9, 7)), ADDED_2019_LIST, UNILATERAL,
        [THIRTY_PER_ENTRY, NINETY_IN_180],
        "kz-bilateral-30-90-2023-note", [DECREE_1146_2022, ADDED_2019_SOURCE]),
    // --- The decree of 25 August 2025: 66 states, 30 per entry and 90 in 180 --------------------
    // Its in-force date was not found (such decrees take effect ten days after publication);
    // 8 September 2025 is used, as for Turkey. The limits are unchanged, so no change is
    // announced to a traveller whose stay crosses that day.
    row!("kz-visa-free-30-90-2025", Period::since(ymd(2025, 9, 8)), UNILATERAL_2017_LIST, UNILATERAL,
        [THIRTY_PER_ENTRY, NINETY_IN_180],
        "kz-visa-free-30-90-2025-note", [DECREE_2025_LIST, QAZMONITOR_2022, DECREE_1146_2022]),
    row!("kz-visa-free-30-90-2025-added", Period::since(ymd(2025, 9, 8)), ADDED_2019_LIST, UNILATERAL,
        [THIRTY_PER_ENTRY, NINETY_IN_180],
        "kz-visa-free-30-90-2025-note", [DECREE_2025_LIST, ADDED_2019_SOURCE]),
];

/// Citizens whose visa-free entry was suspended during COVID-19 (para 17 of the Rules).
const COVID_SUSPENDED: Cond = Cond::Any(&[Cond::Citizenship(UNILATERAL_2017_LIST), Cond::Citizenship(ADDED_2019_LIST)]);
