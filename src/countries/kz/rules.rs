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

const AIFC_EXPAT: Source = Source {
    title: "AIFC Expat Centre: Notification and registration",
    article: "since 11 January 2020: no registration up to 30 days; host notifies within 3 business days at each entry",
    url: "https://expatcentre.aifc.kz/notification-and-registration",
    confidence: Medium,
};
const INVESTASTANA_2020: Source = Source {
    title: "Astana Invest: Mandatory registration of foreigners abolished in Kazakhstan",
    article: "receiving party notifies within three working days of arrival; stays over 30 days need a temporary residence permit",
    url: "https://investastana.kz/kz/astana-invest/press-center/news/v-kazakhstane-otmenena-obyazatelnaya-registratsiya-inostrantsev",
    confidence: Medium,
};
const DOS_NOTIFICATION: Source = Source {
    title: "DOS Immigration (law firm): Submission of notification on arrival",
    article: "arrived 23:50 on Friday: Friday is the first day; due on each arrival, change of address and move to another region",
    url: "https://dos-immigration.kz/en/services/submission-of-notification-on-arrival",
    confidence: Medium,
};
const DECREE_148_P9: Source = Source {
    title: "Rules of entry and stay of immigrants, Government Decree No. 148 of 21 January 2012 (as amended), quoted by Korgan Zan",
    article: "para 9: registration on the basis of information from receiving persons; receiving persons inform within 3 working days",
    url: "https://korgan-zan.kz/en/rules-and-grounds-for-the-stay-of-foreigners-in-the-republic-of-kazakhstan/amp",
    confidence: Medium,
};
const RULES_0001_COUNTING: Source = Source {
    title: "Rules text (translation) on the counting of the notification period",
    article: "\"calculation of these periods starts at 00:01 of the day on which the foreigner crossed the border and arrived\"",
    url: "https://ontustiktravel.kz/tr/migracionnyy-uchet",
    confidence: Low,
};
const ADMIN_PROCEDURES_12_1: Source = Source {
    title: "Law \"On administrative procedures\" of 27 November 2000 No. 107-II",
    article: "Art. 12-1: a period begins from the calendar date or the day of the event that defines its start",
    url: "http://www.pavlodar.com/zakon/?dok=00768&uro=080015",
    confidence: Medium,
};
const CIVIL_CODE_NEXT_DAY: Source = Source {
    title: "Civil Code of the Republic of Kazakhstan (General Part)",
    article: "general civil-law rule that a period runs from the day after the event (not checked against the code's text)",
    url: "https://adilet.zan.kz/rus/docs/K940001000_",
    confidence: Low,
};
const ORDER_404_EQONAQ: Source = Source {
    title: "MIA Order No. 404 of 30 May 2022 amending Order No. 83 (eQonaq channel), reported by Zhaik Press",
    article: "notification also through the eQonaq information system",
    url: "https://zhaikpress.kz/ru/news/v-kazaxstane-rasshiryat-sposoby-podachi-informacii-o-priexavshix-v-gosti-inostrancax",
    confidence: Medium,
};
const ZONT_DOCUMENTS: Source = Source {
    title: "Zont Company: Notification of foreign citizens' arrival",
    article: "documents: passport copy, visa copy, address, receiving party's details",
    url: "https://zont-company.kz/en/uvedomlenie-inostrannyh-grazhdan-o-pribytii-v-rk-v-migratsii",
    confidence: Low,
};
const INVEST_GOV_REGISTRATION: Source = Source {
    title: "invest.gov.kz: Registration of foreign citizens (pre-2018 text)",
    article: "registration of stays over 5 calendar days; exempt: diplomatic and service passports, diplomatic, service and investor visas, under 16; 15-day visa-free list of 16 July 2015",
    url: "http://invest.gov.kz/pages/registraciya-inostrannyh-grazhdan",
    confidence: Medium,
};
const ASTANA_3D_REGISTRATION: Source = Source {
    title: "Astana city migration page (pre-2020): registration of foreigners",
    article: "register within five days of entry; Russians 30 days and Ukrainians 90 days without registration",
    url: "http://3d.astana.kz/en/reg/reg",
    confidence: Low,
};
const MIA_2019_VISA_FREE: Source = Source {
    title: "MIA Migration Service Committee statement, 22 July 2019 (New Europe)",
    article: "45 countries unilaterally up to 30 days without the need to register; bilateral 90-day and 30-day lists",
    url: "https://www.neweurope.eu/article/kazakhstan-expands-list-of-visa-free-countries/",
    confidence: Medium,
};
const RU_KZ_2012_AGREEMENT: Source = Source {
    title: "Agreement between Russia and Kazakhstan on the stay of citizens, 7 June 2012 (ratified by Kazakhstan 2014)",
    article: "citizens exempt from registration for up to 30 days from entry",
    url: "http://russianskz.info/compatriot/6144-kazahstan-ratificiroval-soglashenie-s-rossiey-ob-uproschennom-poryadke-prebyvaniya-grazhdan.html",
    confidence: Medium,
};
const MIGRATION_CARD_RULES: Source = Source {
    title: "Rules for issuing migration cards (2012–2016 editions), summarised by xpat.kz",
    article: "card for each foreigner aged 16 and over; not for diplomatic, service and investor visas, crews, transit passengers",
    url: "http://xpat.kz/discussion/195/migration-cards-kazakhstan-updated-2015",
    confidence: Medium,
};
const ORDER_274_2020: Source = Source {
    title: "MIA Order No. 274 of 31 March 2020 amending Order No. 83",
    article: "the making and issuing of migration cards removed from the Rules",
    url: "https://zakon.uchet.kz/rus/docs/V2000020235",
    confidence: High,
};
const GOV_TRP_SERVICE: Source = Source {
    title: "gov.kz public service 4631: Temporary residence permit for foreigners and stateless persons",
    article: "online with EDS or at a Public Service Centre; documents; health insurance except EAEU citizens; fingerprinting",
    url: "https://www.gov.kz/services/4631?lang=en",
    confidence: High,
};
const DOS_TRP: Source = Source {
    title: "DOS Immigration: Temporary residence permit (TRP)",
    article: "children under 16 do not need a TRP; arrival notification is one of the documents",
    url: "https://dos-immigration.kz/en/services/temporary-residence-permit-trp-and-registration-of-a-foreigner-s-passport",
    confidence: Medium,
};
const ORDER_923_INFORM: Source = Source {
    title: "MIA Order No. 923 of 17 November 2025, Rules of registration of immigrants (Kazinform)",
    article: "from 1 July 2026 immigrants of 90-day regime states register not later than the 30th calendar day from crossing the border",
    url: "https://www.inform.kz/ru/pravila-registratsii-immigrantov-v-kazahstane-izmenyatsya-af3b97",
    confidence: Medium,
};
const ORDER_923_24KG: Source = Source {
    title: "24.kg: New registration rules for migrants in Kazakhstan from 1 July 2026",
    article: "a change of address requires re-registration within five working days",
    url: "https://24.kg/obschestvo/352265_vkazahstane_s1iyulya_2026_goda_migrantov_budut_registrirovat_ponovyim_pravilam/",
    confidence: Medium,
};
const ASTANA_TIMES_2023: Source = Source {
    title: "The Astana Times: Kazakhstan amends immigration rules, cancels visa run (MIA)",
    article: "from 27 January 2023: visa-free non-EAEU 30 days per entry and 90 in each 180; EAEU 90 in each 180; not for visa or TRP holders",
    url: "https://astanatimes.com/2023/01/kazakhstan-amends-immigration-rules-cancels-visa-run-for-foreign-nationals/",
    confidence: Medium,
};
const DECREE_848_2016: Source = Source {
    title: "Government Decree No. 848 of 23 December 2016 (30-day visa-free list from 1 January 2017), as listed by arlberg-lech.com",
    article: "unilateral visa-free stay up to 30 days",
    url: "http://arlberg-lech.com/de/motorradshuttle-tipps/kasachstan/visum-republik-kasachstan.html",
    confidence: Medium,
};
const PILOT_2014: Source = Source {
    title: "eTN / kazworld.info: 15-day visa-free pilot, 15 July 2014 – 15 July 2015",
    article: "10 countries, 15 days, registration by the border stamp",
    url: "http://kazworld.info/?p=37580",
    confidence: Medium,
};
const ART_518: Source = Source {
    title: "Code of the Republic of Kazakhstan on Administrative Offences, 5 July 2014 No. 235-V",
    article: "Art. 518(1): untimely informing of the internal affairs bodies by a receiving person",
    url: "https://kodeksy-kz.com/ob_administrativnyh_pravonarusheniyah/518.htm",
    confidence: Medium,
};
const ART_517: Source = Source {
    title: "Code of the Republic of Kazakhstan on Administrative Offences, Art. 517(3), quoted by the Otandastar Qory foundation (2023)",
    article: "Art. 517(3): overstay up to 3 days a warning; more than 3 up to 5 days 10 MRP",
    url: "https://oq.gov.kz/en/news/872-pervyy-forum-molodedgi-diaspory-organizovannyy-gosudarstvennym-komitetom-azerbay",
    confidence: Medium,
};
const EGOV_FREE: Source = Source {
    title: "AIFC Expat Centre / Visa-migration portal: notification is filed online with an EDS, no state fee",
    article: "",
    url: "https://expatcentre.aifc.kz/notification-and-registration",
    confidence: Medium,
};

const KAZINFORM_2019_HOST: Source = Source {
    title: "Kazinform: Kazakhstan introduces e-visa for foreigners from 1 January 2019 (3 Jan 2019)",
    article: "\"The Kazakh inviting side informs the migration authorities about arrived foreigners within three working days (this service is available online at the Visa and Migration Portal)\"",
    url: "https://en.inform.kz/news/kazakhstan-introduces-e-visa-for-foreigners-from-jan-1-2019_a3484103/",
    confidence: Medium,
};
const RULES_TR_HOST_AND_REGISTRATION: Source = Source {
    title: "Rules of entry and stay before 2020, Turkish machine translation (ontustiktravel.kz)",
    article: "register within five days (excluding weekends); receiving parties inform within three working days of arrival; counting starts at 00:01 of the day",
    url: "https://ontustiktravel.kz/tr/migracionnyy-uchet",
    confidence: Low,
};
const INVEST_GOV_ARRIVAL: Source = Source {
    title: "invest.gov.kz (Kyzylorda region investment guide): Arrival, citing the Rules of entry and stay (adilet P1200000148)",
    article: "receiving parties enter data via vmp.gov.kz or egov.kz, or by direct contact with the migration service units, or send them by mail; also through eQonaq by users of that system",
    url: "https://kyzylorda.invest.gov.kz/zh/invest-guide/arrival",
    confidence: Medium,
};
const EQONAQ_PRIVATE_HOSTS: Source = Source {
    title: "A guest's notes on the arrival notice (creewick.github.io) and Loginov Agency (dzen.ru): private hosts filing through the eQonaq mobile app",
    article: "not confirmed by an official or 2026 source",
    url: "https://creewick.github.io/notes/immigration/kz/doc/arrival-notice",
    confidence: Low,
};
const AIFC_ITRP_FAQ: Source = Source {
    title: "AIFC iTRP FAQ: who can get a temporary residence permit in Kazakhstan",
    article: "\"The issuance of the TRP is available only within the territory of Kazakhstan and for the citizens of Azerbaijan, Armenia, Russia, Tajikistan, Kyrgyzstan, Belarus, and Uzbekistan. Other applicants shall obtain an investor visa.\"",
    url: "https://itrp.aifc.kz/en/faq?category=20",
    confidence: Medium,
};
const AIFC_EXPAT_TRP: Source = Source {
    title: "AIFC Expat Centre: Notification and registration",
    article: "a permit is needed by citizens of CIS countries staying more than 30 calendar days and by EAEU citizens staying more than 90",
    url: "https://expatcentre.aifc.kz/en/notification-and-registration",
    confidence: Medium,
};
const QAZINFORM_2025_RULES: Source = Source {
    title: "Qazinform: Turkish nationals to be allowed to stay in Kazakhstan without visas for 90 days (draft Rules, July 2025)",
    article: "\"In case the purposes or duration of the visit exceed the limits set, it is required to obtain a visa before entering the Republic of Kazakhstan\"; 66 countries 30 days, 90 in 180; India and Iran 14 days, 42 in 180",
    url: "https://qazinform.com/news/turkish-nationals-to-be-allowed-to-stay-in-kazakhstan-without-visas-for-90-days-924758",
    confidence: Medium,
};
const MFA_CHINA_VISA: Source = Source {
    title:
        "Ministry of Foreign Affairs on the visa-free regime with China (kazface.kz, 11 Nov 2023)",
    article: "to stay more than 30 days, obtain an entry visa of the right category in advance",
    url: "https://kazface.kz/ru/new/v-kazaxstane-vstupil-silu-bezvizovyi-rezim-s-kitaem",
    confidence: Medium,
};
const ORDER_923_ZAKON: Source = Source {
    title: "zakon.kz: MIA approves new rules of registration of immigrants (Order No. 923, ~25 Nov 2025)",
    article: "immigrants from states with a stay regime of up to 90 days register not later than the 30th calendar day from crossing the border; a registration certificate is formed in the immigrant's personal cabinet",
    url: "https://www.zakon.kz/pravo/6498893-novye-pravila-registratsii-immigrantov-utverdilo-mvd.html",
    confidence: Medium,
};
const ORDER_923_TREND: Source = Source {
    title: "Trend: Kazakhstan changes rules of registration of immigrants (25 Nov 2025, citing the official e-bank of legal acts)",
    article: "deregistration from the previous address will occur automatically",
    url: "https://www.trend.az/casia/kazakhstan/4122066.html",
    confidence: Medium,
};
const ASIAPLUS_TJ: Source = Source {
    title: "Asia-Plus: new rules of registration of foreigners in Kazakhstan — what citizens of Tajikistan need to know (26 Nov 2025)",
    article: "applies to all foreigners who may stay in Kazakhstan up to 90 days without a visa, including citizens of Tajikistan",
    url: "https://asiaplus.news/2025/11/26/v-kazahstane-vvodyat-novye-pravila-registraczii-inostranczev-chto-vazhno-znat-grazhdanam-tadzhikistana",
    confidence: Medium,
};
const KZ_TJ_2018: Source = Source {
    title: "Kazinform: agreement between Kazakhstan and Tajikistan of 14 March 2018 on the stay of citizens",
    article: "foresees stays of up to 90 days",
    url: "https://en.inform.kz/news/kazakhstanis-to-stay-up-to-30-days-without-registration-in-tajikistan_a3477095/",
    confidence: Medium,
};
const ONE_UZ_923: Source = Source {
    title: "one.uz: digital registration system for migrants to be introduced in Kazakhstan",
    article: "\"including citizens of Uzbekistan\" (the article gives the wrong year)",
    url: "https://one.uz/en/news/world/27401-digital-registration-system-for-migrants-to-be-introduced-in-kazakhstan.html",
    confidence: Low,
};
const STEPPE_2022_SANCTIONS: Source = Source {
    title: "The Steppe (MFA, July 2022) on breaching the visa-free regime",
    article: "fine of 10 to 25 MRP, arrest up to 15 days, expulsion, entry ban for 5 years by court decision (may describe an older edition)",
    url: "https://the-steppe.com/novosti/dlya-indii-irana-i-knr-v-kazahstane-vveden-bezvizovyy-rezhim-na-14-dney",
    confidence: Low,
};
const ERNUR_BAN: Source = Source {
    title: "ernur.kz: a court orders expulsion with a 5-year entry ban under Art. 517(4)",
    article: "",
    url: "http://ernur.kz/kazakstan/elde-zansyz-zhurgen-bangladeshtin-ush-azamaty-ustaldy",
    confidence: Low,
};

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
    ($from:expr, $to:expr, $v:literal, $title:literal, $url:literal, $c:ident) => {
        FineUnit {
            in_force: Period::between($from, $to),
            value: $v,
            sources: &[Source {
                title: $title,
                article: "monthly calculation index (MRP)",
                url: $url,
                confidence: $c,
            }],
        }
    };
}

static MRP: &[FineUnit] = &[
    mrp!(ymd(2015, 1, 1), ymd(2015, 12, 31), 1982, "wfin.kz: MRP 2015 is 1,982 tenge", "https://archive.wfin.kz/novosti/zakonodatelstvo/4224-mesjachnyj-raschetnyj-pokazatel-sostavljaet-1-tys-982-tenge.html", Medium),
    mrp!(ymd(2016, 1, 1), ymd(2016, 12, 31), 2121, "newtimes.kz: MRP 2016", "https://newtimes.kz/obshchestvo/24510-v-kazakhstane-ustanovlena-novaya-velichina-prozhitochnogo-minimuma-i-mrp/amp", Medium),
    mrp!(ymd(2017, 1, 1), ymd(2017, 12, 31), 2269, "Law on the republican budget 2017–2019 (value not re-checked here)", "https://adilet.zan.kz/rus/docs/Z1600000024", Low),
    mrp!(ymd(2018, 1, 1), ymd(2018, 12, 31), 2405, "Law on the republican budget 2018–2020 (value not re-checked here)", "https://adilet.zan.kz/rus/docs/Z1700000113", Low),
    mrp!(ymd(2019, 1, 1), ymd(2019, 12, 31), 2525, "DOS Immigration (15 MRP = 37,875 tenge)", "https://dos-immigration.kz/en/bez-rubriki-en/fine-instead-of-court-mia-of-kazakhstan-suggested-to-mitigate-punishment-for-registration/", Low),
    mrp!(ymd(2020, 1, 1), ymd(2020, 3, 31), 2651, "Law on the republican budget 2020–2022 (value not re-checked here)", "https://adilet.zan.kz/rus/docs/Z1900000276", Low),
    mrp!(ymd(2020, 4, 1), ymd(2020, 12, 31), 2778, "MRP raised from 1 April 2020 to 2,778 tenge", "https://xn--80aeaj2aesddcjte.kz/stabilno-42500-minimalnaya-zarplata-v-kazakhstane-ne-uvelichilas/", Medium),
    mrp!(ymd(2021, 1, 1), ymd(2021, 12, 31), 2917, "Korgan Zan: MRP 2021", "https://korgan-zan.kz/en/rules-and-grounds-for-the-stay-of-foreigners-in-the-republic-of-kazakhstan/amp", Medium),
    mrp!(ymd(2022, 1, 1), ymd(2022, 3, 31), 3063, "pricom.kz: MRP 2022", "https://pricom.kz/aktualno/kakimi-budut-razmer-mzp-pensij-i-mrp-v-2022-godu.html", Medium),
    mrp!(ymd(2022, 4, 1), ymd(2022, 12, 31), 3180, "Mid-year raise of the MRP from 1 April 2022 (value not re-checked here)", "https://adilet.zan.kz/rus/docs/Z2100000075", Low),
    mrp!(ymd(2023, 1, 1), ymd(2023, 12, 31), 3450, "knews.kz: MRP 2023", "https://knews.kz/economy/153-mrp-2023", Medium),
    mrp!(ymd(2024, 1, 1), ymd(2024, 12, 31), 3692, "Tengrinews: MRP 2024", "https://tengrinews.kz/kazakhstan_news/minimalnaya-zarplata-mrp-novyie-pokazateli-vstupili-silu-521858", Medium),
    mrp!(ymd(2025, 1, 1), ymd(2025, 12, 31), 3932, "alau.kz: MRP 2025", "https://alau.kz/povyshajutsja-mrp-pensii-i-prozhitochnyj-minimum-tokaev-utverdil-bjudzhet/", Medium),
    mrp!(ymd(2026, 1, 1), ymd(2026, 12, 31), 4325, "Law on the republican budget 2026–2028, signed 8 December 2025 (lada.kz; also ddn.kz)", "https://www.lada.kz/kazakhstan-news/146822-tokaev-podpisal-triokhletnii-biudzhet-chto-izmenitsia-dlia-kazakhstantsev.html", Medium),
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
