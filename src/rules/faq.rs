//! A destination's FAQ as data (issue 13): the claims travellers read in blogs and guides, each
//! answered for the person's own case. The page (`www/js/faq.js`) builds every answer the same
//! way from this data, the assessment and the country's catalog (`<code>-faq-…` messages in
//! `src/countries/<code>/locales/<lang>/faq.ftl`), so it names no claim and no country.
//!
//! An answer is a question (`<code>-faq-<claim>-q`), a verdict ("wrong for your case"), a list
//! of paragraphs and its sources. A paragraph ([`Part`]) says a catalog message, or one of the
//! assessment's own texts, about one obligation of the case (or about the stay), when its tests
//! hold; the message gets that obligation's facts as variables (`$who`, `$date`, `$title`, `$n`,
//! `$days`, `$result`, `$fee`, `$penalty`, `$reason`: see [`About`]). The sources are the claim's
//! own citations (the law the answer states), then those of the case the paragraphs said.

use serde::Serialize;

use super::Kind;
use crate::source::Citation;

/// The answer to one claim of [`super::ui::CountryUi::faq`].
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Claim {
    /// The claim's ID, as `CountryUi::faq` lists it (`card`); its question is the message
    /// `<code>-faq-<id>-q`.
    pub claim: &'static str,
    /// What the claim is about in the case: its *subject* is the first obligation of one of these
    /// kinds that a move did not trigger, else the first of these kinds.
    pub subject: &'static [Kind],
    /// Said above the answer whatever the case; `None`: only if a part said gives one.
    pub verdict: Option<Verdict>,
    /// The case's sources listed whatever is said (after the claim's own).
    pub cite: &'static [Cite],
    /// The paragraphs, in order.
    pub parts: &'static [Part],
    /// The claim's own citations: the articles the answer's fixed sentences state.
    pub sources: &'static [Citation],
}

/// Whether the claim holds for the case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    Right,
    Wrong,
}

/// One paragraph.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Part {
    pub say: Say,
    pub about: About,
    /// Said only if every test holds.
    pub when: &'static [Test],
    /// Said only if the part before it was not (nor the one before that, if it was also an
    /// `otherwise`): the second and later of alternatives.
    pub otherwise: bool,
    pub style: Style,
    /// The case's sources this paragraph adds, when said.
    pub cite: Option<Cite>,
    /// The verdict this paragraph gives, when said and the claim has none of its own.
    pub verdict: Option<Verdict>,
}

/// What a paragraph says.
#[derive(Debug, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Say {
    /// A message of the country's catalog, with the facts of [`Part::about`].
    Message(&'static str),
    /// The stay's note (`stay.note`), as the engine words it.
    StayNote,
    /// Each of the stay's limits (`stay.limits[].text`), one paragraph each.
    StayLimits,
    /// The message of the assessment's warning with this code, if it has one.
    Warning(&'static str),
}

/// Which obligation a paragraph is about: its facts become the message's variables. For an
/// obligation: `$who` (who does it, in the visitor's words), `$date` (its due date), `$title`,
/// `$n` (its count's days), `$days` (the calendar days from the count's first day to the due
/// date), `$result`, `$fee`, `$penalty` (their texts); for the stay: `$date` (the last lawful
/// day) and `$n` (the days beyond it). Always: `$reason`, the reason of the first exemption, and
/// `$exempt`, of the first exemption from one of the subject's kinds.
#[derive(Debug, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum About {
    /// The claim's subject ([`Claim::subject`]).
    Subject,
    /// The first obligation of this kind.
    First(Kind),
    /// The first obligation that has a result (`result`: what the person gets).
    WithResult,
    /// Each obligation of the foreigner other than the subject: the paragraph is said once
    /// for each.
    EachOtherOfForeigner,
    /// The stay (`stay.lastDay`, `stay.overstayDays`).
    Stay,
}

/// A test on the case; the obligation tests are on the part's obligation ([`Part::about`]).
#[derive(Debug, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Test {
    /// The obligation is in the case.
    Present,
    /// It is not.
    Absent,
    /// It is of this kind.
    IsKind(Kind),
    /// Its count is in working days.
    WorkingDays,
    /// The visitor does it themselves (a host, a hotel or an organisation using the page, for
    /// its own obligation).
    ByVisitor,
    /// This party does it (`foreigner`, `host`, `hotel`, `organization`).
    By(&'static str),
    /// It has a fee.
    Fee,
    /// Its fee is nothing.
    Free,
    /// It has a fee that is not nothing.
    Charged,
    /// It has a penalty.
    Penalty,
    /// The person holds no visa (visa-free entry).
    VisaFree,
    /// The stay has a last lawful day.
    LastDay,
    /// The planned exit is after it.
    Overstay,
    /// An exemption takes away one of the subject's kinds.
    Exempt,
    /// The scenario has a move.
    Moved,
    /// The scenario has a move to another dwelling of the same owner.
    MovedSameOwner,
}

/// How a paragraph looks.
#[derive(Debug, Clone, Copy, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Style {
    Plain,
    /// The answer in large type (a date).
    Big,
    /// A warning.
    Warn,
    /// A detail, in small type.
    Small,
}

/// Sources of the case.
#[derive(Debug, Clone, Copy, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Cite {
    /// The part's obligation's.
    Obligation,
    /// Its fee's.
    Fee,
    /// Its penalty's.
    Penalty,
    /// The first exemption's.
    Exemption,
    /// The first exemption's from one of the subject's kinds.
    SubjectExemption,
    /// The stay's.
    Stay,
    /// The warning's the part says.
    Warning,
}

/// A paragraph that says `message` about the claim's subject, always, in plain type, adding no
/// source and no verdict; the builders below change one thing each.
pub const fn say(message: &'static str) -> Part {
    Part {
        say: Say::Message(message),
        about: About::Subject,
        when: &[],
        otherwise: false,
        style: Style::Plain,
        cite: None,
        verdict: None,
    }
}

impl Part {
    pub const fn about(self, about: About) -> Part {
        Part { about, ..self }
    }
    pub const fn when(self, when: &'static [Test]) -> Part {
        Part { when, ..self }
    }
    pub const fn otherwise(self) -> Part {
        Part {
            otherwise: true,
            ..self
        }
    }
    pub const fn style(self, style: Style) -> Part {
        Part { style, ..self }
    }
    pub const fn cite(self, cite: Cite) -> Part {
        Part {
            cite: Some(cite),
            ..self
        }
    }
    pub const fn verdict(self, verdict: Verdict) -> Part {
        Part {
            verdict: Some(verdict),
            ..self
        }
    }
    pub const fn text(say: Say) -> Part {
        Part {
            say,
            ..self::say("")
        }
    }
}
