//! The wording stage: the engine's facts (every text a message reference) and the catalog of
//! one language in, the worded assessment out. The page, the embed, the iframe and JS/Node
//! callers all get their words here; `evaluate` is `compute`, then `word`.

use crate::assessment::*;
use crate::i18n::{self, fluent::Catalog};
use crate::stay::LimitResult;
use crate::text::Text;

/// `facts` worded with `cat`; `lang` is the catalog's.
pub fn word(facts: &Facts, cat: &Catalog) -> Assessment {
    let w = |t: &Text| i18n::word(t, cat);
    let ws = |v: &[Text]| v.iter().map(w).collect::<Vec<String>>();
    let penalty = |p: &PenaltyOut<Text>| PenaltyOut {
        article: w(&p.article),
        offence: w(&p.offence),
        lines: p
            .lines
            .iter()
            .map(|l| PenaltyLine {
                offender: w(&l.offender),
                party: l.party,
                sanction: l.sanction,
                text: l.text.as_ref().map(w),
                units: l.units,
                amount: l.amount,
                amount_max: l.amount_max,
            })
            .collect(),
        currency: p.currency,
        unit_name: w(&p.unit_name),
        unit_value: p.unit_value,
        unit_date: p.unit_date,
        note: w(&p.note),
        text: w(&p.text),
        sources: p.sources.clone(),
    };
    Assessment {
        destination: facts.destination,
        lang: Some(cat.lang),
        rules_checked_on: facts.rules_checked_on,
        engine_version: facts.engine_version,
        obligations: facts
            .obligations
            .iter()
            .map(|o| Obligation {
                rule: o.rule,
                kind: o.kind,
                who: o.who,
                who_detail: w(&o.who_detail),
                title: w(&o.title),
                what: w(&o.what),
                trigger: o.trigger.clone(),
                due_date: o.due_date,
                count: o.count.clone(),
                steps: o.steps.iter().map(|s| s.map(w)).collect(),
                steps_text: ws(&o.steps_text),
                convention: w(&o.convention),
                conditional: o.conditional.as_ref().map(w),
                channels: o
                    .channels
                    .iter()
                    .map(|c| ChannelOut {
                        id: c.id,
                        name: w(&c.name),
                        url: c.url,
                        online: c.online,
                        mode: c.mode,
                        needs: w(&c.needs),
                        processing: w(&c.processing),
                        sources: c.sources,
                    })
                    .collect(),
                documents: ws(&o.documents),
                fee: Fee {
                    amount: o.fee.amount,
                    currency: o.fee.currency,
                    text: w(&o.fee.text),
                    sources: o.fee.sources,
                },
                penalty: o.penalty.as_ref().map(penalty),
                alternatives: o
                    .alternatives
                    .iter()
                    .map(|a| AlternativeOut {
                        reading: w(&a.reading),
                        compared: a.compared,
                        due_date: a.due_date,
                        sources: a.sources,
                    })
                    .collect(),
                sources: o.sources,
                confidence: o.confidence,
                result: o.result.as_ref().map(w),
            })
            .collect(),
        exemptions: facts
            .exemptions
            .iter()
            .map(|e| Exemption {
                kind: e.kind,
                rule: e.rule,
                reason: w(&e.reason),
                sources: e.sources,
            })
            .collect(),
        stay: Stay {
            last_day: facts.stay.last_day,
            allowance: facts.stay.allowance,
            regime: facts.stay.regime,
            limits: facts
                .stay
                .limits
                .iter()
                .map(|l| LimitResult {
                    limit: l.limit,
                    last_day: l.last_day,
                    days_used_before: l.days_used_before,
                    text: w(&l.text),
                })
                .collect(),
            overstay_days: facts.stay.overstay_days,
            penalty: facts.stay.penalty.as_ref().map(penalty),
            note: w(&facts.stay.note),
            steps_text: ws(&facts.stay.steps_text),
            sources: facts.stay.sources.clone(),
        },
        warnings: facts
            .warnings
            .iter()
            .map(|x| Warning {
                code: x.code,
                message: w(&x.message),
                sources: x.sources,
            })
            .collect(),
        assumptions: ws(&facts.assumptions),
        disclaimer: w(&facts.disclaimer),
    }
}
