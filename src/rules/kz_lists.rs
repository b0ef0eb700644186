// Visa-free allowances for Kazakhstan by citizenship and period (included by kz.rs).
// The first row in force on the entry date that lists the citizenship applies; a test checks
// that rows overlapping in time never list the same citizenship twice.

/// 15-day pilot, 15 July 2014 – 15 July 2015.
const PILOT_2014_LIST: &[&str] = &["AE", "DE", "FR", "GB", "IT", "JP", "KR", "MY", "NL", "US"];
/// 15-day list, 16 July 2015 – 31 December 2016 (nominally to the end of 2017; replaced by the
/// 30-day list on 1 January 2017).
const PILOT_2015_LIST: &[&str] = &[
    "AE", "AU", "BE", "CH", "DE", "ES", "FI", "FR", "GB", "IT", "JP", "MC", "MY", "NL", "NO", "SE", "SG", "US",
];
/// 30-day unilateral list from 1 January 2017 (Government Decree No. 848 of 23 December 2016).
const UNILATERAL_2017_LIST: &[&str] = &[
    "AT", "AU", "BE", "BG", "CA", "CH", "CL", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GB", "GR",
    "HR", "HU", "IE", "IL", "IS", "IT", "JP", "LT", "LU", "LV", "MC", "MT", "MX", "MY", "NL", "NO", "NZ",
    "PL", "PT", "RO", "SE", "SG", "SI", "SK", "US",
];
/// Bilateral 30-day agreements in force through the period (MIA, July 2019).
const BILATERAL_30_LIST: &[&str] = &["AE", "AR", "AZ", "BR", "CU", "EC", "KR", "RS", "TJ", "TR"];
/// Bilateral 90-day agreements with non-EAEU CIS states and Mongolia (MIA, July 2019).
const BILATERAL_90_LIST: &[&str] = &["GE", "MD", "MN", "UA", "UZ"];

static ALLOWANCES: &[Allowance] = &[
    // --- EAEU: 90 days; since 27 January 2023 at most 90 in any 180 ---------------------------
    Allowance {
        id: "kz-eaeu-90-2015",
        in_force: Period::between(ymd!(2015, 1, 1), ymd!(2023, 1, 26)),
        citizens: EAEU,
        regime: NINETY_DAY,
        limits: &[Limit::PerEntry { days: 90 }],
        note: "Citizens of the EAEU states could stay up to 90 days from each entry.",
        sources: &[MIA_2019_VISA_FREE],
    },
    Allowance {
        id: "kz-eaeu-90-in-180-2023",
        in_force: Period::since(ymd!(2023, 1, 27)),
        citizens: EAEU,
        regime: NINETY_DAY,
        limits: &[Limit::Rolling { days: 90, window: 180 }],
        note: "Since 27 January 2023 EAEU citizens may stay up to 90 days in any 180-day period.",
        sources: &[ASTANA_TIMES_2023],
    },
    // --- Other bilateral agreements -------------------------------------------------------------
    Allowance {
        id: "kz-bilateral-90-2015",
        in_force: Period::between(ymd!(2015, 1, 1), ymd!(2023, 1, 26)),
        citizens: BILATERAL_90_LIST,
        regime: BILATERAL,
        limits: &[Limit::PerEntry { days: 90 }],
        note: "A bilateral agreement allowed up to 90 days from each entry.",
        sources: &[MIA_2019_VISA_FREE],
    },
    Allowance {
        id: "kz-bilateral-30-2015",
        in_force: Period::between(ymd!(2015, 1, 1), ymd!(2023, 1, 26)),
        citizens: BILATERAL_30_LIST,
        regime: BILATERAL,
        limits: &[Limit::PerEntry { days: 30 }],
        note: "A bilateral agreement allowed up to 30 days from each entry.",
        sources: &[MIA_2019_VISA_FREE],
    },
    // --- Unilateral lists -------------------------------------------------------------------------
    Allowance {
        id: "kz-pilot-15-2014",
        in_force: Period::between(ymd!(2015, 1, 1), ymd!(2015, 7, 15)),
        citizens: PILOT_2014_LIST,
        regime: UNILATERAL,
        limits: &[Limit::PerEntry { days: 15 }],
        note: "15-day visa-free pilot (15 July 2014 – 15 July 2015).",
        sources: &[PILOT_2014],
    },
    Allowance {
        id: "kz-pilot-15-2015",
        in_force: Period::between(ymd!(2015, 7, 16), ymd!(2016, 12, 31)),
        citizens: PILOT_2015_LIST,
        regime: UNILATERAL,
        limits: &[Limit::PerEntry { days: 15 }],
        note: "15-day visa-free regime from 16 July 2015; the stay could be extended with a 30-day business visa or a 90-day investor visa obtained in Kazakhstan.",
        sources: &[INVEST_GOV_REGISTRATION],
    },
    Allowance {
        id: "kz-unilateral-30-2017",
        in_force: Period::between(ymd!(2017, 1, 1), ymd!(2023, 1, 26)),
        citizens: UNILATERAL_2017_LIST,
        regime: UNILATERAL,
        limits: &[Limit::PerEntry { days: 30 }],
        note: "30-day unilateral visa-free regime from 1 January 2017; before 27 January 2023 each entry started a new 30 days.",
        sources: &[DECREE_848_2016, MIA_2019_VISA_FREE],
    },
    // --- Since 27 January 2023: every visa-free non-EAEU citizen: 30 per entry, 90 in 180 ----------
    Allowance {
        id: "kz-visa-free-30-90-2023",
        in_force: Period::since(ymd!(2023, 1, 27)),
        citizens: UNILATERAL_2017_LIST,
        regime: UNILATERAL,
        limits: &[Limit::PerEntry { days: 30 }, Limit::Rolling { days: 90, window: 180 }],
        note: "Since 27 January 2023 visa-free citizens of non-EAEU states may stay up to 30 days per entry and 90 days in any 180.",
        sources: &[ASTANA_TIMES_2023],
    },
    Allowance {
        id: "kz-bilateral-30-90-2023",
        in_force: Period::since(ymd!(2023, 1, 27)),
        citizens: BILATERAL_30_LIST,
        regime: BILATERAL,
        limits: &[Limit::PerEntry { days: 30 }, Limit::Rolling { days: 90, window: 180 }],
        note: "Since 27 January 2023 visa-free citizens of non-EAEU states may stay up to 30 days per entry and 90 days in any 180.",
        sources: &[ASTANA_TIMES_2023],
    },
    Allowance {
        id: "kz-bilateral-90-30-90-2023",
        in_force: Period::since(ymd!(2023, 1, 27)),
        citizens: BILATERAL_90_LIST,
        regime: BILATERAL,
        limits: &[Limit::PerEntry { days: 30 }, Limit::Rolling { days: 90, window: 180 }],
        note: "Since 27 January 2023 visa-free citizens of non-EAEU states may stay up to 30 days per entry and 90 days in any 180.",
        sources: &[ASTANA_TIMES_2023],
    },
];
