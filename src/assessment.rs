//! What [`crate::evaluate`] answers: obligations, exemptions, the stay's last lawful day and
//! warnings, each with its sources. Field names are public API (camelCase in JS).
//!
//! One shape, two stages: the engine fills it with message references
//! (`Assessment<Text>`, [`crate::compute`]: the facts, in no language), the wording stage
//! ([`crate::wording`]) with the words of one catalog (`Assessment<String>`, the default).

use chrono::NaiveDate;
use serde::Serialize;

use crate::count::{Count, Step};
use crate::date;
use crate::i18n::Lang;
use crate::rules::Kind;
use crate::source::{Confidence, Source};
use crate::stay::LimitResult;
use crate::text::Text;

/// What the engine computes: the assessment with every text a message reference.
pub type Facts = Assessment<Text>;

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Assessment<T = String> {
    pub destination: &'static str,
    /// The language of the texts; absent from the facts, which have none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<Lang>,
    /// When the rule data was last checked against its sources.
    #[serde(serialize_with = "date::ser")]
    pub rules_checked_on: NaiveDate,
    pub engine_version: &'static str,
    pub obligations: Vec<Obligation<T>>,
    pub exemptions: Vec<Exemption<T>>,
    pub stay: Stay<T>,
    pub warnings: Vec<Warning<T>>,
    /// Defaults taken for fields the scenario left out.
    pub assumptions: Vec<T>,
    pub disclaimer: T,
}

/// What triggered an obligation.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TriggerOut {
    /// `arrival` or `move`.
    pub kind: &'static str,
    #[serde(serialize_with = "date::ser")]
    pub date: NaiveDate,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Fee<T = String> {
    /// 0 when the service is free; `null` when the amount is not a fixed number.
    pub amount: Option<u32>,
    pub currency: &'static str,
    pub text: T,
    pub sources: &'static [Source],
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PenaltyLine<T = String> {
    pub offender: T,
    /// Whom the line is for: `individual`, `organization` (an organisation or its official) or
    /// `foreigner`; `offender` says it in words.
    pub party: &'static str,
    /// `warning`, `fine`, `unknown`, or `unquantified` (known in kind, not in amount: `text`
    /// says what the sources show).
    pub sanction: &'static str,
    /// What the sanction is, in words, for `unquantified`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<T>,
    /// The fine in fine units (MRP), for fines.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub units: Option<u32>,
    /// The fine in the currency at the fine unit's value in force on the due date; for a fine
    /// set as a range in the currency, its lowest amount.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount: Option<u64>,
    /// For a fine set as a range in the currency, its highest amount.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount_max: Option<u64>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PenaltyOut<T = String> {
    pub article: T,
    pub offence: T,
    pub lines: Vec<PenaltyLine<T>>,
    pub currency: &'static str,
    /// "MRP".
    pub unit_name: T,
    /// The fine unit's value used for `amount`, and the date it was taken for.
    pub unit_value: Option<u32>,
    #[serde(serialize_with = "date::ser")]
    pub unit_date: NaiveDate,
    pub note: T,
    pub text: T,
    pub sources: Vec<Source>,
}

/// Another reading of the deadline (reference convention 5).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AlternativeOut<T = String> {
    /// The reading, and whether it gives a later date or the same one.
    pub reading: T,
    /// `later` or `same`: how its date compares with the obligation's (tirkeu uses the earliest).
    pub compared: &'static str,
    #[serde(serialize_with = "date::ser")]
    pub due_date: NaiveDate,
    pub sources: &'static [Source],
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Obligation<T = String> {
    /// The rule's id in the data.
    pub rule: &'static str,
    pub kind: Kind,
    /// `host`, `hotel`, `organization` or `foreigner`.
    pub who: &'static str,
    pub who_detail: T,
    pub title: T,
    pub what: T,
    pub trigger: TriggerOut,
    #[serde(serialize_with = "date::ser")]
    pub due_date: NaiveDate,
    pub count: Count,
    pub steps: Vec<Step<T>>,
    /// The same steps as plain English lines.
    pub steps_text: Vec<T>,
    pub convention: T,
    /// Present when the obligation depends on something the scenario does not say:
    /// "only if the stay lasts longer than 30 days".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conditional: Option<T>,
    /// Ways to do it, in force on the triggering day, texts in the answer's language.
    pub channels: Vec<ChannelOut<T>>,
    pub documents: Vec<T>,
    pub fee: Fee<T>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub penalty: Option<PenaltyOut<T>>,
    pub alternatives: Vec<AlternativeOut<T>>,
    pub sources: &'static [Source],
    /// The best confidence among the sources, or the rule's scope row's confidence for this
    /// citizenship when that is lower.
    pub confidence: Confidence,
    /// What the person holds once it is done (e.g. an electronic registration certificate).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub result: Option<T>,
}

/// A way to fulfil an obligation ([`crate::rules::Channel`] with its texts).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ChannelOut<T = String> {
    pub id: &'static str,
    pub name: T,
    /// Empty for in-person channels without a page.
    pub url: &'static str,
    pub online: bool,
    /// `online`, `in-person` or `post`: how the filing reaches the authority.
    pub mode: &'static str,
    /// What the person needs to use it (e.g. an electronic digital signature).
    pub needs: T,
    pub processing: T,
    pub sources: &'static [Source],
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Exemption<T = String> {
    pub kind: Kind,
    pub rule: &'static str,
    pub reason: T,
    pub sources: &'static [Source],
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Stay<T = String> {
    /// The last day of lawful stay under the visa-free allowance; absent when it depends on a
    /// visa or permit the scenario does not describe, or when the allowance is used up.
    #[serde(serialize_with = "date::ser_opt")]
    pub last_day: Option<NaiveDate>,
    /// The allowance row used.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allowance: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub regime: Option<&'static str>,
    pub limits: Vec<LimitResult<T>>,
    /// Days the planned exit is after the last lawful day.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub overstay_days: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub penalty: Option<PenaltyOut<T>>,
    pub note: T,
    pub steps_text: Vec<T>,
    pub sources: Vec<Source>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Warning<T = String> {
    pub code: &'static str,
    pub message: T,
    pub sources: &'static [Source],
}
