//! The claims of Kazakhstan's FAQ (`ui::UI.faq`), answered for the case (see `rules::faq`): the
//! registration card and 72 hours, the 15,000 tenge, who does it, renewing 30 days before, how
//! long one may stay. Its words are `kz-faq-…` in `locales/<lang>/faq.ftl`; its sources are the
//! case's (the notification's, the stay's).

use crate::rules::faq::{say, About::*, Cite, Claim, Part, Say, Style, Test::*, Verdict};
use crate::rules::Kind::{self, *};

/// The obligations that register a stay, whoever files them: the claims about "registration"
/// are about the first of them.
const NOTICE: &[Kind] = &[HostNotification, Registration, ReRegistration];

pub const FAQ: &[Claim] = &[
    Claim {
        claim: "card",
        subject: NOTICE,
        verdict: Some(Verdict::Wrong),
        cite: &[],
        parts: &[
            say("kz-faq-no-card")
                .when(&[Present])
                .cite(Cite::Obligation),
            say("kz-faq-notify-self")
                .when(&[Present, IsKind(HostNotification), WorkingDays, ByVisitor])
                .cite(Cite::Obligation),
            say("kz-faq-notify")
                .when(&[Present, IsKind(HostNotification), WorkingDays])
                .otherwise()
                .cite(Cite::Obligation),
            say("kz-faq-register")
                .when(&[Present])
                .otherwise()
                .cite(Cite::Obligation),
            say("kz-faq-nothing-to-do")
                .when(&[Absent])
                .cite(Cite::Exemption),
            // the 2026 self-registration's electronic certificate, said only to those it concerns
            say("kz-faq-certificate").about(WithResult).when(&[Present]),
            say("kz-faq-migration-card")
                .about(First(MigrationCard))
                .when(&[Present]),
        ],
        sources: &[],
    },
    Claim {
        claim: "fee",
        subject: NOTICE,
        verdict: None,
        cite: &[],
        parts: &[
            say("kz-faq-free")
                .when(&[Present, Free])
                .cite(Cite::Fee)
                .verdict(Verdict::Wrong),
            say("kz-faq-fee-unknown")
                .when(&[Present, Charged])
                .cite(Cite::Fee),
            say("kz-faq-fine")
                .when(&[Present, Fee, Penalty])
                .cite(Cite::Penalty),
            say("kz-faq-nothing-to-pay")
                .when(&[Absent])
                .cite(Cite::Exemption)
                .verdict(Verdict::Wrong),
        ],
        sources: &[],
    },
    Claim {
        claim: "who",
        subject: NOTICE,
        verdict: None,
        cite: &[],
        parts: &[
            say("kz-faq-who-you")
                .when(&[Present, By("foreigner")])
                .cite(Cite::Obligation),
            say("kz-faq-who-self")
                .when(&[Present, ByVisitor])
                .otherwise()
                .cite(Cite::Obligation),
            say("kz-faq-who")
                .when(&[Present])
                .otherwise()
                .cite(Cite::Obligation),
            say("kz-faq-who-none").when(&[Absent]).cite(Cite::Exemption),
            say("kz-faq-you-also")
                .about(EachOtherOfForeigner)
                .when(&[Present]),
        ],
        sources: &[],
    },
    Claim {
        claim: "renew",
        subject: NOTICE,
        verdict: Some(Verdict::Wrong),
        cite: &[Cite::Stay],
        parts: &[
            say("kz-faq-renew-no")
                .about(Stay)
                .when(&[VisaFree, LastDay]),
            say("kz-faq-renew-visa").about(Stay).otherwise(),
            say("kz-faq-trp")
                .about(First(TemporaryResidencePermit))
                .when(&[Present])
                .cite(Cite::Obligation),
            // no permit route in the country: the engine's own words (a visa before entry)
            Part::text(Say::Warning("needs-visa"))
                .about(Stay)
                .style(Style::Warn)
                .cite(Cite::Warning),
        ],
        sources: &[],
    },
    Claim {
        claim: "stay",
        subject: NOTICE,
        verdict: None,
        cite: &[Cite::Stay],
        parts: &[
            say("kz-faq-stay-until")
                .about(Stay)
                .when(&[LastDay])
                .style(Style::Big),
            Part::text(Say::StayNote).about(Stay),
            Part::text(Say::StayLimits).about(Stay).style(Style::Small),
            say("kz-faq-overstay")
                .about(Stay)
                .when(&[Overstay])
                .style(Style::Warn),
        ],
        sources: &[],
    },
];
