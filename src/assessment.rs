//! What [`crate::evaluate`] answers: obligations, exemptions, the stay's last lawful day and
//! warnings, each with its sources. Field names are public API (camelCase in JS).

use chrono::NaiveDate;
use serde::Serialize;

use crate::count::{Count, Step};
use crate::date;
use crate::i18n::Lang;
use crate::rules::{Channel, Kind};
use crate::source::{Confidence, Source};
use crate::stay::LimitResult;

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Assessment {
    pub destination: &'static str,
    /// The language of the texts.
    pub lang: Lang,
    /// When the rule data was last checked against its sources.
    #[serde(serialize_with = "date::ser")]
    pub rules_checked_on: NaiveDate,
    pub engine_version: &'static str,
    pub obligations: Vec<Obligation>,
    pub exemptions: Vec<Exemption>,
    pub stay: Stay,
    pub warnings: Vec<Warning>,
    /// Defaults taken for fields the scenario left out.
    pub assumptions: Vec<String>,
    pub disclaimer: &'static str,
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
pub struct Fee {
    /// 0 when the service is free; `null` when the amount is not a fixed number.
    pub amount: Option<u32>,
    pub currency: &'static str,
    pub text: &'static str,
    pub sources: &'static [Source],
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PenaltyLine {
    pub offender: &'static str,
    /// Whom the line is for: `individual`, `organization` (an organisation or its official) or
    /// `foreigner`; `offender` says it in words.
    pub party: &'static str,
    /// `warning`, `fine`, `unknown`, or `unquantified` (known in kind, not in amount: `text`
    /// says what the sources show).
    pub sanction: &'static str,
    /// What the sanction is, in words, for `unquantified`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<&'static str>,
    /// The fine in fine units (MRP), for fines.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub units: Option<u32>,
    /// The fine in the currency at the fine unit's value in force on the due date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount: Option<u64>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PenaltyOut {
    pub article: &'static str,
    pub offence: &'static str,
    pub lines: Vec<PenaltyLine>,
    pub currency: &'static str,
    /// "MRP".
    pub unit_name: &'static str,
    /// The fine unit's value used for `amount`, and the date it was taken for.
    pub unit_value: Option<u32>,
    #[serde(serialize_with = "date::ser")]
    pub unit_date: NaiveDate,
    pub note: &'static str,
    pub text: String,
    pub sources: Vec<Source>,
}

/// Another reading of the deadline (reference convention 5).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AlternativeOut {
    /// The reading, and whether it gives a later date or the same one.
    pub reading: String,
    /// `later` or `same`: how its date compares with the obligation's (tirkeu uses the earliest).
    pub compared: &'static str,
    #[serde(serialize_with = "date::ser")]
    pub due_date: NaiveDate,
    pub sources: &'static [Source],
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Obligation {
    /// The rule's id in the data.
    pub rule: &'static str,
    pub kind: Kind,
    /// `host`, `hotel`, `organization` or `foreigner`.
    pub who: &'static str,
    pub who_detail: &'static str,
    pub title: &'static str,
    pub what: &'static str,
    pub trigger: TriggerOut,
    #[serde(serialize_with = "date::ser")]
    pub due_date: NaiveDate,
    pub count: Count,
    pub steps: Vec<Step>,
    /// The same steps as plain English lines.
    pub steps_text: Vec<String>,
    pub convention: &'static str,
    /// Present when the obligation depends on something the scenario does not say:
    /// "only if the stay lasts longer than 30 days".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conditional: Option<String>,
    /// Ways to do it, in force on the triggering day, texts in the answer's language.
    pub channels: Vec<Channel>,
    pub documents: Vec<&'static str>,
    pub fee: Fee,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub penalty: Option<PenaltyOut>,
    pub alternatives: Vec<AlternativeOut>,
    pub sources: &'static [Source],
    /// The best confidence among the sources, or the rule's scope row's confidence for this
    /// citizenship when that is lower.
    pub confidence: Confidence,
    /// What the person holds once it is done (e.g. an electronic registration certificate).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub result: Option<&'static str>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Exemption {
    pub kind: Kind,
    pub rule: &'static str,
    pub reason: &'static str,
    pub sources: &'static [Source],
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Stay {
    /// The last day of lawful stay under the visa-free allowance; absent when it depends on a
    /// visa or permit the scenario does not describe, or when the allowance is used up.
    #[serde(serialize_with = "date::ser_opt")]
    pub last_day: Option<NaiveDate>,
    /// The allowance row used.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allowance: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub regime: Option<&'static str>,
    pub limits: Vec<LimitResult>,
    /// Days the planned exit is after the last lawful day.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub overstay_days: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub penalty: Option<PenaltyOut>,
    pub note: String,
    pub steps_text: Vec<String>,
    pub sources: Vec<Source>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Warning {
    pub code: &'static str,
    pub message: String,
    pub sources: &'static [Source],
}
