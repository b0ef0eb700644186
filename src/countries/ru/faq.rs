//! The claims of Russia's FAQ (`ui::UI.faq`), answered for the case (see `rules::faq`): the
//! myths of the guides to the "Russian registration card" (docs/research/ru.md §9) — a card
//! valid from 3 months to 5 years, more paper and interviews, higher fees, a card recognised
//! across the EAEU. Its words are `ru-faq-<claim>-…` in `locales/<lang>/faq.ftl`. Each claim
//! cites the law its fixed sentences state, then the case's sources the paragraphs said.
//!
//! The subject of every claim is the notification of arrival (`host-notification`): the
//! housing one (7 working days), a hotel's (1 working day) or, for a citizen exempt by a
//! treaty whose stay goes beyond the window, the one due on the window's last day (counted in
//! calendar days: the `WorkingDays` test tells the two apart).

use crate::rules::faq::{say, About::*, Cite, Claim, Test::*, Verdict};
use crate::rules::Kind::*;
use crate::source::{Citation as Source, Confidence::*};

const LAW_109_22: Source = Source {
    title: "Federal Law No. 109-FZ of 18 July 2006 on the migration registration of foreigners, Art. 22 (text copy)",
    article: "the receiving party sends one notification form with copies of the documents; the tear-off part of the form confirms it; no state duty",
    url: "https://lawnotes.ru/laws/federalnyy-zakon-ot-18.07.2006-n-109-fz/glava-4/statya-22",
    confidence: High,
};
const LAW_115_PERMITS: Source = Source {
    title: "Federal Law No. 115-FZ of 25 July 2002 on the legal status of foreigners, Arts. 6, 8 and 15.1 (ConsultantPlus)",
    article: "a temporary residence permit for 3 years within a quota; a residence permit for 5 years (indefinite since 2019); the Russian language, history and law test for permits and patents",
    url: "https://www.consultant.ru/document/cons_doc_LAW_37868/",
    confidence: Medium,
};
const ORDER_628: Source = Source {
    title: "russianroute.com: the MVD's new rules of migration registration (Order No. 628, 2025)",
    article: "registration for the declared period at the address; the procedure for updating it",
    url: "https://russianroute.com/news/utverzhden-novyj-reglament-mvd-po-migraczionnomu-uchetu-v-2025-godu/",
    confidence: Low,
};
const DECREE_10: Source = Source {
    title: "Government Decree No. 10 of 15 January 2007 (text copy)",
    article: "the postal fee for sending the notification: 118 roubles",
    url: "https://zakonbase.ru/content/base/100592/?print=1",
    confidence: High,
};
const E_VISA: Source = Source {
    title: "severnoje.postimees.ee / MFA: the unified electronic visa",
    article: "a consular fee of about US$52 with charges",
    url: "https://severnoje.postimees.ee/",
    confidence: Medium,
};
const LAW_274: Source = Source {
    title: "Federal Law No. 274-FZ of 1 July 2021 (ConsultantPlus)",
    article: "from 29 December 2021 visa-free arrivals for work: fingerprinting, photo and medical examination within 30 days of entry",
    url: "https://www.consultant.ru/law/hotdocs/72669.html",
    confidence: Medium,
};
const EAEU_97: Source = Source {
    title: "Treaty on the Eurasian Economic Union of 29 May 2014, Art. 97 (ConsultantPlus)",
    article: "workers of member states and their families are exempt from registration for 30 days from entry, in the state of employment; each state applies its own registration",
    url: "https://www.consultant.ru/document/cons_doc_LAW_163855/",
    confidence: Medium,
};

const WRONG: Option<Verdict> = Some(Verdict::Wrong);

pub const FAQ: &[Claim] = &[
    // "The Russian registration card is valid from 3 months to 5 years."
    Claim {
        claim: "card",
        subject: &[HostNotification],
        verdict: WRONG,
        cite: &[],
        parts: &[
            say("ru-faq-card-registration"),
            say("ru-faq-card-permits"),
            say("ru-faq-card-notify")
                .when(&[Present])
                .cite(Cite::Obligation),
            say("ru-faq-card-exempt")
                .when(&[Absent, Exempt])
                .cite(Cite::SubjectExemption),
            say("ru-faq-card-short").when(&[Absent]).otherwise(),
        ],
        sources: &[LAW_109_22, LAW_115_PERMITS, ORDER_628],
    },
    // "Registration means more paper and interviews."
    Claim {
        claim: "paper",
        subject: &[HostNotification],
        verdict: WRONG,
        cite: &[],
        parts: &[
            say("ru-faq-paper-form"),
            say("ru-faq-paper-tests"),
            say("ru-faq-paper-case")
                .when(&[Present])
                .cite(Cite::Obligation),
            say("ru-faq-paper-none").when(&[Absent]),
            say("ru-faq-paper-card")
                .about(First(MigrationCard))
                .when(&[Present]),
        ],
        sources: &[LAW_109_22, LAW_115_PERMITS],
    },
    // "Registration brings higher fees."
    Claim {
        claim: "fees",
        subject: &[HostNotification],
        verdict: None,
        cite: &[],
        parts: &[
            say("ru-faq-fees-free")
                .when(&[Present, Fee])
                .cite(Cite::Fee)
                .verdict(Verdict::Wrong),
            say("ru-faq-fees-fine")
                .when(&[Present, Penalty])
                .cite(Cite::Penalty),
            say("ru-faq-fees-none")
                .when(&[Absent])
                .cite(Cite::Exemption)
                .verdict(Verdict::Wrong),
            say("ru-faq-fees-other"),
        ],
        sources: &[LAW_109_22, DECREE_10, E_VISA, LAW_274],
    },
    // "The Russian card is recognised across the EAEU."
    Claim {
        claim: "eaeu",
        subject: &[HostNotification],
        verdict: WRONG,
        cite: &[],
        parts: &[
            say("ru-faq-eaeu-national"),
            say("ru-faq-eaeu-treaty"),
            say("ru-faq-eaeu-notify")
                .when(&[Present, WorkingDays])
                .cite(Cite::Obligation),
            say("ru-faq-eaeu-window")
                .when(&[Present])
                .otherwise()
                .cite(Cite::Obligation),
            say("ru-faq-eaeu-exempt")
                .when(&[Absent, Exempt])
                .cite(Cite::SubjectExemption),
            say("ru-faq-eaeu-stay")
                .about(Stay)
                .when(&[LastDay])
                .cite(Cite::Stay),
        ],
        sources: &[EAEU_97, LAW_109_22],
    },
];
