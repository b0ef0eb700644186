//! Legal and factual sources: every rule row and every calendar row carries at least one.

use serde::Serialize;

/// How sure we are of a statement, after the grading used in `docs/research/conventions.md`:
/// `high` = the official text was read; `medium` = reputable secondary source or an
/// official source paraphrased; `low` = a single secondary source; `unknown` = not established.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    Unknown,
    Low,
    Medium,
    High,
}

/// One source of a rule or a calendar fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Source {
    /// The act or page, e.g. "Code of Administrative Offences of the Republic of Kazakhstan".
    pub title: &'static str,
    /// The article, paragraph or part, e.g. "Art. 518(1)"; empty when the source is a whole page.
    pub article: &'static str,
    /// Where it can be read.
    pub url: &'static str,
    pub confidence: Confidence,
}
