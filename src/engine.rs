//! `evaluate`: a scenario in, an assessment out. Pure and deterministic: the same scenario
//! always gives the same assessment, and nothing here reads the clock.
//!
//! The engine knows no country: it selects the rows of the destination's data in force on each
//! triggering date and carries them out. Every text comes out in the scenario's language.

use chrono::NaiveDate;

use crate::assessment::*;
use crate::calendar::CountryCalendar;
use crate::count::{self, Count};
use crate::country::{self, Citizenship};
use crate::date;
use crate::error::{ErrorCode, InputError};
use crate::i18n::{msg, t, tr, Arg, Lang};
use crate::rules::cond::{Facts, Tri};
use crate::rules::{
    Allowance, Channel, Country, Kind, ObligationRule, Penalty, Sanction, Trigger, Who,
};
use crate::scenario::{Accommodation, Scenario, Visa};
use crate::source::{Confidence, Source};
use crate::stay;

pub const ENGINE_VERSION: &str = env!("CARGO_PKG_VERSION");

fn text(s: impl Into<String>) -> Arg {
    Arg::Text(s.into())
}

/// A country's name for messages: the English short name in English, the code otherwise
/// (the page shows localised names with `Intl.DisplayNames`).
fn country_name(lang: Lang, code: &str) -> String {
    match lang {
        Lang::En => format!("{} ({code})", country::name(code)),
        _ => code.to_owned(),
    }
}

/// Evaluates a validated scenario.
pub fn evaluate(s: &Scenario) -> Result<Assessment, InputError> {
    let c = check(s).map_err(|e| e.localized(s.lang))?;
    Ok(assess(c, s))
}

/// The destination's rules, if it has them and the scenario is within what they cover.
fn check(s: &Scenario) -> Result<&'static Country, InputError> {
    let Some(c) = crate::rules::country(s.destination) else {
        let names: Vec<&str> = crate::rules::countries().iter().map(|c| c.code).collect();
        return Err(InputError::new(
            ErrorCode::UnsupportedDestination,
            "destination",
            msg::UNSUPPORTED_DESTINATION,
            vec![
                ("country", text(country_name(s.lang, s.destination))),
                ("list", text(names.join(", "))),
            ],
        ));
    };
    if s.citizenship.code() == c.code {
        return Err(InputError::new(
            ErrorCode::CitizenOfDestination,
            "citizenship",
            msg::OWN_CITIZEN,
            vec![("country", text(country_name(s.lang, c.code)))],
        ));
    }
    if !c.covers.contains(s.entry_date) {
        return Err(InputError::new(
            ErrorCode::OutOfRange,
            "entryDate",
            msg::ENTRY_OUT_OF_RANGE,
            vec![
                ("entry", text(date::iso(s.entry_date))),
                ("country", text(country_name(s.lang, c.code))),
                ("from", text(c.covers.from.map_or(String::new(), date::iso))),
                ("to", text(c.covers.to.map_or(String::new(), date::iso))),
            ],
        ));
    }
    Ok(c)
}

fn assess(c: &Country, s: &Scenario) -> Assessment {
    let lang = s.lang;
    let cal = (c.calendar)();
    let mut warnings = Vec::new();

    // The allowance in force on the day of entry.
    let allowance = if s.visa == Visa::None {
        select_allowance(c, s)
    } else {
        None
    };
    let stay = assess_stay(c, s, allowance, &mut warnings);
    let regime = allowance.map(|a| a.regime);

    // Obligations, per trigger, under the rules in force on the trigger's date.
    let mut obligations = Vec::new();
    let mut exemptions: Vec<Exemption> = Vec::new();
    let mut triggers = vec![(Trigger::Arrival, s.entry_date, s.accommodation, false)];
    triggers.extend(
        s.moves
            .iter()
            .map(|m| (Trigger::Move, m.date, m.accommodation, m.other_region)),
    );
    for rule in c.obligations {
        for &(kind, on, accommodation, other_region) in &triggers {
            let fires = match rule.trigger {
                Trigger::Arrival => kind == Trigger::Arrival,
                Trigger::Move => kind == Trigger::Move,
                Trigger::MoveToOtherRegion => kind == Trigger::Move && other_region,
            };
            if !fires || !rule.in_force.contains(on) {
                continue;
            }
            let facts = Facts {
                scenario: s,
                on,
                regime,
                lang,
            };
            let mut conditions = Vec::new();
            match rule.applies.eval(&facts) {
                Tri::False => continue,
                Tri::Unknown(w) => {
                    conditions.push(t(lang, msg::ONLY_IF, &[("condition", text(w))]))
                }
                Tri::True => {}
            }
            let mut exempt = false;
            for ex in c
                .exemptions
                .iter()
                .filter(|e| e.kinds.contains(&rule.kind) && e.in_force.contains(on))
            {
                match ex.applies.eval(&facts) {
                    Tri::True => {
                        exempt = true;
                        if !exemptions
                            .iter()
                            .any(|e| e.rule == ex.id && e.kind == rule.kind)
                        {
                            exemptions.push(Exemption {
                                kind: rule.kind,
                                rule: ex.id,
                                reason: tr(lang, ex.reason),
                                sources: ex.sources,
                            });
                        }
                        break;
                    }
                    Tri::Unknown(w) => conditions.push(t(
                        lang,
                        msg::UNLESS,
                        &[("condition", text(w)), ("reason", Arg::Tr(ex.reason))],
                    )),
                    Tri::False => {}
                }
            }
            if exempt {
                continue;
            }
            let conditional =
                (!conditions.is_empty()).then(|| conditions.join(tr(lang, msg::LIST_SEPARATOR)));
            obligations.push(obligation(
                c,
                cal,
                rule,
                kind,
                on,
                accommodation,
                conditional,
                lang,
            ));
        }
    }
    obligations.sort_by_key(|o| (o.due_date, o.trigger.date));

    // Notes in force on the day of entry.
    let facts = Facts {
        scenario: s,
        on: s.entry_date,
        regime,
        lang,
    };
    for n in c.notes.iter().filter(|n| n.in_force.contains(s.entry_date)) {
        let message = match n.applies.eval(&facts) {
            Tri::True => tr(lang, n.message).to_owned(),
            Tri::Unknown(w) => t(
                lang,
                msg::IF_THEN,
                &[("condition", text(w)), ("message", Arg::Tr(n.message))],
            ),
            Tri::False => continue,
        };
        warnings.push(Warning {
            code: n.code,
            message,
            sources: n.sources,
        });
    }
    rule_change_warnings(c, s, &mut warnings);
    if obligations.iter().any(|o| o.count.provisional) {
        warnings.push(Warning {
            code: "calendar-provisional",
            message: t(
                lang,
                msg::CALENDAR_PROVISIONAL,
                &[("year", text(cal.last_year().to_string()))],
            ),
            sources: &[],
        });
    }

    let mut assumptions = Vec::new();
    for f in &s.defaulted {
        let v = match *f {
            "passport" => s.passport.as_str(),
            "visa" => s.visa.as_str(),
            "accommodation" => s.accommodation.as_str(),
            _ => continue,
        };
        assumptions.push(t(
            lang,
            msg::ASSUMED,
            &[("field", text(*f)), ("value", text(v))],
        ));
    }
    if s.exit_date.is_none() {
        assumptions.push(tr(lang, msg::NO_EXIT_DATE).to_owned());
    }
    if s.birth_date.is_none() {
        assumptions.push(tr(lang, msg::NO_BIRTH_DATE).to_owned());
    }

    Assessment {
        destination: c.code,
        lang,
        rules_checked_on: c.rules_checked_on,
        engine_version: ENGINE_VERSION,
        obligations,
        exemptions,
        stay,
        warnings,
        assumptions,
        disclaimer: tr(lang, c.disclaimer),
    }
}

/// The first allowance row in force on the entry day that lists the citizenship.
pub fn select_allowance(c: &Country, s: &Scenario) -> Option<&'static Allowance> {
    let code = s.citizenship.code();
    c.allowances
        .iter()
        .find(|a| a.in_force.contains(s.entry_date) && a.citizens.contains(&code))
}

fn assess_stay(
    c: &Country,
    s: &Scenario,
    allowance: Option<&'static Allowance>,
    warnings: &mut Vec<Warning>,
) -> Stay {
    let lang = s.lang;
    let mut out = Stay {
        last_day: None,
        allowance: allowance.map(|a| a.id),
        regime: allowance.map(|a| a.regime),
        limits: Vec::new(),
        overstay_days: None,
        penalty: None,
        note: String::new(),
        steps_text: Vec::new(),
        sources: c.stay_sources.to_vec(),
    };
    let Some(a) = allowance else {
        out.note = if s.visa == Visa::None {
            let who = match s.citizenship {
                Citizenship::Stateless => tr(lang, msg::STATELESS_PERSONS).to_owned(),
                Citizenship::Country(code) => t(
                    lang,
                    msg::CITIZENS_OF,
                    &[("country", text(country_name(lang, code)))],
                ),
            };
            let m = format!("{who} {}", tr(lang, c.no_allowance));
            warnings.push(Warning {
                code: "visa-required",
                message: m.clone(),
                sources: c.stay_sources,
            });
            m
        } else {
            tr(lang, c.visa_bounds_stay).to_owned()
        };
        return out;
    };
    out.sources.extend_from_slice(a.sources);
    out.limits = a
        .limits
        .iter()
        .map(|&l| stay::apply(l, s.entry_date, &s.trips, lang))
        .collect();
    out.last_day = stay::last_day(&out.limits);
    out.steps_text = out.limits.iter().map(|l| l.text.clone()).collect();
    out.note = tr(lang, a.note).to_owned();
    match (out.last_day, s.exit_date) {
        (None, _) => warnings.push(Warning {
            code: "allowance-used-up",
            message: tr(lang, msg::ALLOWANCE_USED_UP).to_owned(),
            sources: a.sources,
        }),
        (Some(last), Some(exit)) if exit > last => {
            let over = date::days_between(last, exit);
            out.overstay_days = Some(over);
            let on = date::add_days(last, 1);
            out.penalty = c
                .overstay_penalty
                .iter()
                .find(|p| p.in_force.contains(on))
                .map(|p| penalty(c, p, on, lang));
            warnings.push(Warning {
                code: "overstay",
                message: t(
                    lang,
                    msg::OVERSTAY,
                    &[
                        ("exit", text(crate::i18n::date(lang, exit))),
                        ("days", text(over.to_string())),
                        ("last", text(crate::i18n::date(lang, last))),
                    ],
                ),
                sources: a.sources,
            });
        }
        _ => {}
    }
    out
}

fn who(c: &Country, rule: &ObligationRule, acc: Accommodation) -> (&'static str, &'static str) {
    match (rule.who, acc) {
        (Who::Foreigner, _) => ("foreigner", c.receiving_party.foreigner),
        (Who::ReceivingParty, Accommodation::Private) => ("host", c.receiving_party.host),
        (Who::ReceivingParty, Accommodation::Hotel) => ("hotel", c.receiving_party.hotel),
        (Who::ReceivingParty, Accommodation::Organization) => {
            ("organization", c.receiving_party.organization)
        }
    }
}

/// The channel with its texts in `lang`.
fn channel(ch: &Channel, lang: Lang) -> Channel {
    Channel {
        name: tr(lang, ch.name),
        needs: tr(lang, ch.needs),
        processing: tr(lang, ch.processing),
        ..*ch
    }
}

#[allow(clippy::too_many_arguments)]
fn obligation(
    c: &Country,
    cal: &CountryCalendar,
    rule: &'static ObligationRule,
    trigger: Trigger,
    on: NaiveDate,
    acc: Accommodation,
    conditional: Option<String>,
    lang: Lang,
) -> Obligation {
    let mut counted: Count = count::count(cal, on, rule.count);
    let due = counted.due_date;
    let (who, who_detail) = who(c, rule, acc);
    let alternatives = rule
        .alternatives
        .iter()
        .map(|a| AlternativeOut {
            reading: tr(lang, a.reading),
            due_date: count::count(cal, on, a.count).due_date,
            sources: a.sources,
        })
        .collect();
    let mut steps_text = vec![tr(lang, rule.convention).to_owned()];
    let event = if trigger == Trigger::Arrival {
        msg::ARRIVAL
    } else {
        msg::THE_MOVE
    };
    steps_text.extend(count::render(&counted, event, lang));
    Obligation {
        rule: rule.id,
        kind: rule.kind,
        who,
        who_detail: tr(lang, who_detail),
        title: tr(lang, rule.title),
        what: tr(lang, rule.what),
        trigger: TriggerOut {
            kind: if trigger == Trigger::Arrival {
                "arrival"
            } else {
                "move"
            },
            date: on,
        },
        due_date: due,
        // The steps are the obligation's own (`count` serialises without them): moved, not copied.
        steps: std::mem::take(&mut counted.steps),
        count: counted,
        steps_text,
        convention: tr(lang, rule.convention),
        conditional,
        channels: rule
            .channels
            .iter()
            .filter(|ch| ch.in_force.contains(on))
            .map(|ch| channel(ch, lang))
            .collect(),
        documents: rule.documents.iter().map(|d| tr(lang, d)).collect(),
        fee: match rule.fee {
            None => Fee {
                amount: Some(0),
                currency: c.currency,
                text: tr(lang, msg::FEE_FREE),
                sources: rule.fee_sources,
            },
            Some(f) => Fee {
                amount: None,
                currency: c.currency,
                text: tr(lang, f),
                sources: rule.fee_sources,
            },
        },
        penalty: rule
            .penalty
            .map(|p| penalty(c, p, date::add_days(due, 1), lang)),
        alternatives,
        sources: rule.sources,
        confidence: rule
            .sources
            .iter()
            .map(|s| s.confidence)
            .max()
            .unwrap_or(Confidence::Unknown),
    }
}

/// A penalty with its fines converted at the fine unit in force on `on`.
fn penalty(c: &Country, p: &Penalty, on: NaiveDate, lang: Lang) -> PenaltyOut {
    let unit = c.fine_units.iter().find(|u| u.in_force.contains(on));
    let mut sources: Vec<Source> = p.sources.to_vec();
    if let Some(u) = unit {
        sources.extend_from_slice(u.sources);
    }
    let lines: Vec<PenaltyLine> = p
        .tiers
        .iter()
        .map(|tier| {
            let offender = tr(lang, tier.offender);
            match tier.sanction {
                Sanction::Warning => PenaltyLine {
                    offender,
                    sanction: "warning",
                    units: None,
                    amount: None,
                },
                Sanction::Fine { units } => PenaltyLine {
                    offender,
                    sanction: "fine",
                    units: Some(units),
                    amount: unit.map(|u| u64::from(units) * u64::from(u.value)),
                },
                Sanction::Unknown => PenaltyLine {
                    offender,
                    sanction: "unknown",
                    units: None,
                    amount: None,
                },
            }
        })
        .collect();
    let described: Vec<String> = lines
        .iter()
        .map(|l| {
            let who = ("offender", text(l.offender));
            match (l.units, l.amount) {
                (Some(n), Some(a)) => t(
                    lang,
                    msg::FINE_WITH_AMOUNT,
                    &[
                        who,
                        ("units", text(n.to_string())),
                        ("unit", Arg::Tr(c.fine_unit_name)),
                        ("amount", text(a.to_string())),
                        ("currency", text(c.currency)),
                    ],
                ),
                (Some(n), None) => t(
                    lang,
                    msg::FINE,
                    &[
                        who,
                        ("units", text(n.to_string())),
                        ("unit", Arg::Tr(c.fine_unit_name)),
                    ],
                ),
                _ if l.sanction == "warning" => t(lang, msg::WARNING_SANCTION, &[who]),
                _ => t(lang, msg::NOT_ESTABLISHED, &[who]),
            }
        })
        .collect();
    PenaltyOut {
        article: tr(lang, p.article),
        offence: tr(lang, p.offence),
        text: t(
            lang,
            msg::PENALTY_TEXT,
            &[
                ("article", Arg::Tr(p.article)),
                ("offence", Arg::Tr(p.offence)),
                ("lines", text(described.join(tr(lang, msg::LIST_SEPARATOR)))),
            ],
        ),
        lines,
        currency: c.currency,
        unit_name: tr(lang, c.fine_unit_name),
        unit_value: unit.map(|u| u.value),
        unit_date: on,
        note: tr(lang, p.note),
        sources,
    }
}

/// Warns of every rule that starts or ends during the planned stay (reference convention 1).
fn rule_change_warnings(c: &Country, s: &Scenario, warnings: &mut Vec<Warning>) {
    let lang = s.lang;
    let Some(exit) = s.exit_date else { return };
    let mut changes: Vec<(NaiveDate, String)> = Vec::new();
    let mut note = |p: crate::rules::Period, what: String| {
        if let Some(f) = p.from {
            if f > s.entry_date && f <= exit {
                changes.push((
                    f,
                    t(lang, msg::TAKES_EFFECT, &[("what", text(what.clone()))]),
                ));
            }
        }
        if let Some(to) = p.to {
            if to >= s.entry_date && to < exit {
                changes.push((
                    date::add_days(to, 1),
                    t(lang, msg::ENDS, &[("what", text(what))]),
                ));
            }
        }
    };
    for r in c.obligations {
        note(
            r.in_force,
            t(lang, msg::RULE_NAMED, &[("title", Arg::Tr(r.title))]),
        );
    }
    for e in c.exemptions {
        note(
            e.in_force,
            t(lang, msg::EXEMPTION_NAMED, &[("reason", Arg::Tr(e.reason))]),
        );
    }
    let code = s.citizenship.code();
    for a in c.allowances.iter().filter(|a| a.citizens.contains(&code)) {
        note(
            a.in_force,
            t(lang, msg::ALLOWANCE_NAMED, &[("note", Arg::Tr(a.note))]),
        );
    }
    changes.sort();
    changes.dedup();
    for (d, what) in changes {
        warnings.push(Warning {
            code: "rule-change",
            message: t(
                lang,
                msg::RULE_CHANGE,
                &[
                    ("date", text(crate::i18n::date(lang, d))),
                    ("what", text(what)),
                ],
            ),
            sources: &[],
        });
    }
}

/// Kinds used by this crate's rules, for documentation and tests.
pub const KINDS: &[Kind] = &[
    Kind::HostNotification,
    Kind::Registration,
    Kind::ReRegistration,
    Kind::MigrationCard,
    Kind::TemporaryResidencePermit,
];
