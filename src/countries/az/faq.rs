//! The claims of Azerbaijan's FAQ (`ui::UI.faq`), answered for the case (see `rules::faq`): the
//! myths of the Chinese-language guide to the "registration card" (Qeydiyyat kartı), with the
//! answers and sources of `docs/research/az.md` §5.2. Its words are `az-faq-<claim>-…` in
//! `locales/<lang>/faq.ftl`. Each claim cites the Code's articles its fixed sentences state
//! (the Migration Code in the unofficial copy of e-qanun.az the research read: medium), then
//! the case's sources the paragraphs said.

use crate::rules::faq::{say, About::*, Cite, Claim, Test::*, Verdict};
use crate::rules::Kind::*;
use crate::source::{Citation as Source, Confidence::*};

const CODES_URL: &str = "https://github.com/mzffreyvazov/rag-pipeline-eqanun/tree/9a2f549f366a747de83622fefb76d43ce40c6230/docling_converter/mecelleler-md";
const MC: &str = "Migration Code of the Republic of Azerbaijan (official text, unofficial copy of e-qanun.az, 2025)";

const fn mc(article: &'static str) -> Source {
    Source {
        title: MC,
        article,
        url: CODES_URL,
        confidence: Medium,
    }
}

const MC_21_2: Source = mc("Art. 21.2: the receiving party files the application form and a copy of the passport (other border-crossing document)");
const MC_21_4: Source = mc("Art. 21.4: on receipt the service enters the data in the Unified Migration Information System at once, which registers the person, and informs the applicant within 1 working day");
const MC_21_9: Source = mc("Art. 21.9: at a new place of stay, registration within 5 working days of arriving there; not needed in another dwelling of the same owner");
const MC_20_2: Source = mc("Art. 20.2: a person whose stay ends must leave unless it was extended, a permit was granted, or an application for one was accepted");
const MC_39_2: Source = mc("Art. 39.2: the decision extending a temporary stay");
const MC_41_2_46_2: Source = mc("Arts. 41.2, 46.2: the state-fee receipt is handed in when the decision or the permit card is issued");
const MC_42_5: Source = mc("Art. 42.5: an extension of stay is decided in the period the state fee paid sets (1 or 3 working days)");
const MC_44_3_52_3: Source =
    mc("Arts. 44.3, 52.3: the temporary and the permanent residence permit cards");
const MC_44_4: Source = mc("Art. 44.4: the permit card certifies registration at the place of residence and the right to leave and return");
const MC_44_5: Source =
    mc("Art. 44.5: changed identity-document data or a lost card reported within 10 working days");
const MC_50_1_7_1: Source = mc("Art. 50.1.7-1: a temporary permit is cancelled if, after the host asks to de-register the holder, no other dwelling is shown within 10 working days");
const MC_45_1: Source = mc("Art. 45.1: grounds of a temporary residence permit (investment of at least 500,000 manats; real estate, a deposit or state securities of at least 100,000 manats; …)");
const MC_46_1: Source = mc("Art. 46.1: the documents of a temporary residence permit application (notarised proof of the ground and consents, 46.1.4 and 46.1.4-1; a medical certificate of not carrying the listed infectious diseases, 46.1.5)");
const MC_46_3: Source =
    mc("Art. 46.3: fingerprints of applicants for a temporary residence permit aged 15 and over");
const MC_47_5: Source = mc("Art. 47.5: a temporary residence permit is decided in 15 or 20 working days, by the state fee paid");
const MC_49: Source = mc("Art. 49: a temporary residence permit for up to 1 year, extended for up to 2 years; investors (45.1.2) up to 3 years");
const MC_52_1: Source = mc("Art. 52.1 and its note 1: a permanent residence permit after 2 years of continuous temporary residence, on its grounds (investment of at least 500,000 manats; real estate or a deposit of at least 200,000 manats; a close relative who is a citizen; …)");
const MC_54_12: Source =
    mc("Art. 54.12: a permanent residence permit is valid for 5 years, renewable");
const SMS_FEES: Source = Source {
    title: "State Migration Service: state fees",
    article: "temporary residence permit by validity and speed (15 or 20 working days); extension of stay by speed (1 or 3 working days)",
    url: "https://www.migration.gov.az/index.php/az/useful/62",
    confidence: High,
};

const WRONG: Option<Verdict> = Some(Verdict::Wrong);

pub const FAQ: &[Claim] = &[
    // Registration is a "card" the service issues, needed for a bank account, a SIM or a lease.
    Claim {
        claim: "card",
        subject: &[Registration],
        verdict: WRONG,
        cite: &[],
        parts: &[
            say("az-faq-card-not-a-card"),
            say("az-faq-card-permits"),
            say("az-faq-card-bank"),
            say("az-faq-card-register")
                .when(&[Present])
                .cite(Cite::Obligation),
            say("az-faq-card-exempt")
                .when(&[Absent, Exempt])
                .cite(Cite::SubjectExemption),
            say("az-faq-card-short").when(&[Absent]).otherwise(),
        ],
        sources: &[MC_21_4, MC_44_3_52_3],
    },
    // The temporary card is usually for 1 year; the permanent one is for investors from
    // US$100,000 or spouses.
    Claim {
        claim: "permit",
        subject: &[TemporaryResidencePermit, PermanentResidencePermit],
        verdict: WRONG,
        cite: &[],
        parts: &[
            say("az-faq-permit-trp"),
            say("az-faq-permit-prp"),
            say("az-faq-permit-manats"),
            // the case's own permit deadlines: a first permit, its renewal, a permanent one
            say("az-faq-permit-case")
                .about(First(TemporaryResidencePermit))
                .when(&[Present])
                .cite(Cite::Obligation),
            say("az-faq-permit-case")
                .about(First(PermanentResidencePermit))
                .when(&[Present])
                .cite(Cite::Obligation),
        ],
        sources: &[MC_49, MC_52_1, MC_54_12, MC_45_1],
    },
    // It takes 3–4 weeks.
    Claim {
        claim: "time",
        subject: &[Registration],
        verdict: WRONG,
        cite: &[],
        parts: &[
            say("az-faq-time-registration"),
            say("az-faq-time-permits"),
            say("az-faq-time-case").when(&[Present]),
        ],
        sources: &[MC_21_4, MC_47_5, MC_42_5, SMS_FEES],
    },
    // 2025 brought fingerprints and face scans.
    Claim {
        claim: "biometrics",
        subject: &[],
        verdict: WRONG,
        cite: &[],
        parts: &[
            say("az-faq-biometrics-trp"),
            say("az-faq-biometrics-registration"),
        ],
        sources: &[MC_46_3, MC_21_2],
    },
    // Health insurance is required.
    Claim {
        claim: "insurance",
        subject: &[],
        verdict: WRONG,
        cite: &[],
        parts: &[
            say("az-faq-insurance-documents"),
            say("az-faq-insurance-certificate"),
        ],
        sources: &[MC_21_2, MC_46_1],
    },
    // After a move the address must be updated within 10 days.
    Claim {
        claim: "move",
        subject: &[ReRegistration],
        verdict: WRONG,
        cite: &[],
        parts: &[
            say("az-faq-move-rule"),
            say("az-faq-move-ten"),
            say("az-faq-move-case")
                .when(&[Present])
                .cite(Cite::Obligation),
            say("az-faq-move-exempt")
                .when(&[Absent, Moved, Exempt])
                .cite(Cite::SubjectExemption),
        ],
        sources: &[MC_21_9, MC_44_5, MC_50_1_7_1],
    },
    // Every document needs a certified translation.
    Claim {
        claim: "translation",
        subject: &[],
        verdict: WRONG,
        cite: &[],
        parts: &[
            say("az-faq-translation-registration"),
            say("az-faq-translation-permit"),
        ],
        sources: &[MC_21_2, MC_46_1],
    },
    // The receipt is a proof of lawful stay.
    Claim {
        claim: "receipt",
        subject: &[],
        verdict: WRONG,
        cite: &[],
        parts: &[
            say("az-faq-receipt-payment"),
            say("az-faq-receipt-right"),
            say("az-faq-receipt-case")
                .about(Stay)
                .when(&[LastDay])
                .cite(Cite::Stay),
        ],
        sources: &[MC_41_2_46_2, MC_39_2, MC_44_4, MC_20_2],
    },
];
