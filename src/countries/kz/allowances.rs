// Visa-free allowances for Kazakhstan by citizenship and period (included by kz.rs).
// Research behind each row: docs/research/kz-visa-free.md.
// The first row in force on the entry date that lists the citizenship applies; a test checks
// that rows overlapping in time never list the same citizenship twice.
// Where sources disagree on a stay limit, the row takes the shorter reading (reference
// convention 5) and its note names the other.

const DECREE_1146_2022: Source = Source::new("kz-src-decree-1146-2022", Medium);
const PILOT_2015_WKO: Source = Source::new("kz-src-pilot-2015-wko", Medium);
const ADDED_2019_SOURCE: Source = Source::new("kz-src-added-2019-source", Medium);
const COVID_SUSPENSION: Source = Source::new("kz-src-covid-suspension", Medium);
const COVID_RESUMED: Source = Source::new("kz-src-covid-resumed", Medium);
const DECREE_464_KPMG: Source = Source::new("kz-src-decree-464-kpmg", Medium);
const CN_KZ_2023: Source = Source::new("kz-src-cn-kz-2023", Medium);
const UZ_KZ_2023: Source = Source::new("kz-src-uz-kz-2023", Medium);
const MIA_ABC_2023: Source = Source::new("kz-src-mia-abc-2023", Low);
const TR_2025: Source = Source::new("kz-src-tr-2025", Medium);
const DECREE_2025_LIST: Source = Source::new("kz-src-decree-2025-list", Medium);
const QAZMONITOR_2022: Source = Source::new("kz-src-qazmonitor-2022", Medium);
const TR_KZ_1992: Source = Source::new("kz-src-tr-kz-1992", Medium);

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
        Allowance { id: $id, in_force: $period, citizens: $citizens, regime: $regime, passports: &[], limits: &[$($limit),+], note: $note, sources: &[$($src),+] }
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
