//! `evaluate`: a scenario in, an assessment out. Pure and deterministic: the same scenario
//! always gives the same assessment, and nothing here reads the clock.
//!
//! The engine knows no country: it selects the rows of the destination's data in force on each
//! triggering date and carries them out.

use chrono::NaiveDate;

use crate::assessment::*;
use crate::calendar::CountryCalendar;
use crate::count::{self, Count};
use crate::country;
use crate::date;
use crate::error::{ErrorCode, InputError};
use crate::rules::cond::{Facts, Tri};
use crate::rules::{Allowance, Country, Kind, ObligationRule, Penalty, Sanction, Trigger, Who};
use crate::scenario::{Accommodation, Scenario, Visa};
use crate::source::{Confidence, Source};
use crate::stay;

pub const ENGINE_VERSION: &str = env!("CARGO_PKG_VERSION");

/// Evaluates a validated scenario.
pub fn evaluate(s: &Scenario) -> Result<Assessment, InputError> {
    let c = crate::rules::country(s.destination).ok_or_else(|| {
        let names: Vec<&str> = crate::rules::countries().iter().map(|c| c.code).collect();
        InputError::new(
            ErrorCode::UnsupportedDestination,
            "destination",
            format!(
                "destination: tirkeu has no rules for {} ({}) yet; it covers {}.",
                country::name(s.destination),
                s.destination,
                names.join(", ")
            ),
        )
    })?;
    if s.citizenship.code() == c.code {
        return Err(InputError::new(
            ErrorCode::CitizenOfDestination,
            "citizenship",
            format!(
                "citizenship: citizens of {} are not foreigners there; nothing to register.",
                c.name
            ),
        ));
    }
    if !c.covers.contains(s.entry_date) {
        return Err(InputError::new(
            ErrorCode::OutOfRange,
            "entryDate",
            format!(
                "entryDate {}: tirkeu's rules for {} cover entries from {} to {}.",
                date::iso(s.entry_date),
                c.name,
                c.covers.from.map_or("the start".into(), date::iso),
                c.covers.to.map_or("today".into(), date::iso),
            ),
        ));
    }
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
            };
            let mut conditions = Vec::new();
            match rule.applies.eval(&facts) {
                Tri::False => continue,
                Tri::Unknown(w) => conditions.push(format!("only if {w}")),
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
                                reason: ex.reason,
                                sources: ex.sources,
                            });
                        }
                        break;
                    }
                    Tri::Unknown(w) => conditions.push(format!("unless {w} ({})", ex.reason)),
                    Tri::False => {}
                }
            }
            if exempt {
                continue;
            }
            let conditional = (!conditions.is_empty()).then(|| conditions.join("; "));
            obligations.push(obligation(
                c,
                cal,
                rule,
                kind,
                on,
                accommodation,
                conditional,
            ));
        }
    }
    obligations.sort_by_key(|o| (o.due_date, o.trigger.date));

    // Notes in force on the day of entry.
    let facts = Facts {
        scenario: s,
        on: s.entry_date,
        regime,
    };
    for n in c.notes.iter().filter(|n| n.in_force.contains(s.entry_date)) {
        match n.applies.eval(&facts) {
            Tri::True => warnings.push(Warning {
                code: n.code,
                message: n.message.to_owned(),
                sources: n.sources,
            }),
            Tri::Unknown(w) => warnings.push(Warning {
                code: n.code,
                message: format!("If {w}: {}", n.message),
                sources: n.sources,
            }),
            Tri::False => {}
        }
    }
    rule_change_warnings(c, s, &mut warnings);
    if obligations.iter().any(|o| o.count.provisional) {
        warnings.push(Warning {
            code: "calendar-provisional",
            message: format!(
                "A deadline counts days whose calendar is not final (a movable holiday not yet confirmed, or a year after {} whose decrees are not known): check it again closer to the date.",
                cal.last_year()
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
        assumptions.push(format!("{f} was not given: taken as \"{v}\"."));
    }
    if s.exit_date.is_none() {
        assumptions.push("exitDate was not given: rules that depend on the length of the stay are shown with their condition.".into());
    }
    if s.birth_date.is_none() {
        assumptions.push(
            "birthDate was not given: rules that depend on age are shown with their condition."
                .into(),
        );
    }

    Ok(Assessment {
        destination: c.code,
        rules_checked_on: c.rules_checked_on,
        engine_version: ENGINE_VERSION,
        obligations,
        exemptions,
        stay,
        warnings,
        assumptions,
        disclaimer: c.disclaimer,
    })
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
            warnings.push(Warning {
                code: "visa-required",
                message: format!("{} {}", citizens_of(s), c.no_allowance),
                sources: c.stay_sources,
            });
            format!("{} {}", citizens_of(s), c.no_allowance)
        } else {
            c.visa_bounds_stay.to_owned()
        };
        return out;
    };
    out.sources.extend_from_slice(a.sources);
    out.limits = a
        .limits
        .iter()
        .map(|&l| stay::apply(l, s.entry_date, &s.trips))
        .collect();
    out.last_day = stay::last_day(&out.limits);
    out.steps_text = out.limits.iter().map(|l| l.text.clone()).collect();
    out.note = a.note.to_owned();
    match (out.last_day, s.exit_date) {
        (None, _) => {
            warnings.push(Warning {
                code: "allowance-used-up",
                message: "The visa-free days allowed in the period before this entry are already used up: entering without a visa on this date would break the limit.".into(),
                sources: a.sources,
            });
        }
        (Some(last), Some(exit)) if exit > last => {
            let over = date::days_between(last, exit);
            out.overstay_days = Some(over);
            let on = date::add_days(last, 1);
            out.penalty = c
                .overstay_penalty
                .iter()
                .find(|p| p.in_force.contains(on))
                .map(|p| penalty(c, p, on));
            warnings.push(Warning {
                code: "overstay",
                message: format!(
                    "The planned exit, {}, is {over} day(s) after the last lawful day, {}: leave by then, or hold a visa or permit for the longer stay.",
                    date::human(exit),
                    date::human(last)
                ),
                sources: a.sources,
            });
        }
        _ => {}
    }
    out
}

fn citizens_of(s: &Scenario) -> String {
    match s.citizenship {
        crate::country::Citizenship::Stateless => "Stateless persons:".to_owned(),
        crate::country::Citizenship::Country(code) => {
            format!("Citizens of {} ({code}):", country::name(code))
        }
    }
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

fn obligation(
    c: &Country,
    cal: &CountryCalendar,
    rule: &'static ObligationRule,
    trigger: Trigger,
    on: NaiveDate,
    acc: Accommodation,
    conditional: Option<String>,
) -> Obligation {
    let counted: Count = count::count(cal, on, rule.count);
    let due = counted.due_date;
    let (who, who_detail) = who(c, rule, acc);
    let alternatives = rule
        .alternatives
        .iter()
        .map(|a| AlternativeOut {
            reading: a.reading,
            due_date: count::count(cal, on, a.count).due_date,
            sources: a.sources,
        })
        .collect();
    let mut steps_text = vec![rule.convention.to_owned()];
    steps_text.extend(count::render_en(
        &counted,
        if trigger == Trigger::Arrival {
            "arrival"
        } else {
            "the move"
        },
    ));
    Obligation {
        rule: rule.id,
        kind: rule.kind,
        who,
        who_detail,
        title: rule.title,
        what: rule.what,
        trigger: TriggerOut {
            kind: if trigger == Trigger::Arrival {
                "arrival"
            } else {
                "move"
            },
            date: on,
        },
        due_date: due,
        steps: counted.steps.clone(),
        count: counted,
        steps_text,
        convention: rule.convention,
        conditional,
        channels: rule
            .channels
            .iter()
            .filter(|ch| ch.in_force.contains(on))
            .map(|&&ch| ch)
            .collect(),
        documents: rule.documents,
        fee: match rule.fee {
            None => Fee {
                amount: Some(0),
                currency: c.currency,
                text: "Free: the state charges no fee for this.",
                sources: rule.fee_sources,
            },
            Some(t) => Fee {
                amount: None,
                currency: c.currency,
                text: t,
                sources: rule.fee_sources,
            },
        },
        penalty: rule.penalty.map(|p| penalty(c, p, date::add_days(due, 1))),
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
fn penalty(c: &Country, p: &Penalty, on: NaiveDate) -> PenaltyOut {
    let unit = c.fine_units.iter().find(|u| u.in_force.contains(on));
    let mut sources: Vec<Source> = p.sources.to_vec();
    if let Some(u) = unit {
        sources.extend_from_slice(u.sources);
    }
    let lines: Vec<PenaltyLine> = p
        .tiers
        .iter()
        .map(|t| match t.sanction {
            Sanction::Warning => PenaltyLine {
                offender: t.offender,
                sanction: "warning",
                units: None,
                amount: None,
            },
            Sanction::Fine { units } => PenaltyLine {
                offender: t.offender,
                sanction: "fine",
                units: Some(units),
                amount: unit.map(|u| u64::from(units) * u64::from(u.value)),
            },
            Sanction::Unknown => PenaltyLine {
                offender: t.offender,
                sanction: "unknown",
                units: None,
                amount: None,
            },
        })
        .collect();
    let text = lines
        .iter()
        .map(|l| match (l.units, l.amount) {
            (Some(n), Some(a)) => format!(
                "{}: a fine of {n} {} ({a} {})",
                l.offender, c.fine_unit_name, c.currency
            ),
            (Some(n), None) => format!("{}: a fine of {n} {}", l.offender, c.fine_unit_name),
            _ if l.sanction == "warning" => format!("{}: a warning", l.offender),
            _ => format!("{}: not established", l.offender),
        })
        .collect::<Vec<_>>()
        .join("; ");
    PenaltyOut {
        article: p.article,
        offence: p.offence,
        lines,
        currency: c.currency,
        unit_name: c.fine_unit_name,
        unit_value: unit.map(|u| u.value),
        unit_date: on,
        note: p.note,
        text: format!("{} — {}: {}.", p.article, p.offence, text),
        sources,
    }
}

/// Warns of every rule that starts or ends during the planned stay (reference convention 1).
fn rule_change_warnings(c: &Country, s: &Scenario, warnings: &mut Vec<Warning>) {
    let Some(exit) = s.exit_date else { return };
    let mut changes: Vec<(NaiveDate, String)> = Vec::new();
    let mut note = |p: crate::rules::Period, what: &str| {
        if let Some(f) = p.from {
            if f > s.entry_date && f <= exit {
                changes.push((f, format!("{what} takes effect")));
            }
        }
        if let Some(t) = p.to {
            if t >= s.entry_date && t < exit {
                changes.push((date::add_days(t, 1), format!("{what} ends")));
            }
        }
    };
    for r in c.obligations {
        note(
            r.in_force,
            &format!("\"{}\" ({})", r.title, r.kind.as_str()),
        );
    }
    for e in c.exemptions {
        note(e.in_force, &format!("the exemption \"{}\"", e.reason));
    }
    let code = s.citizenship.code();
    for a in c.allowances.iter().filter(|a| a.citizens.contains(&code)) {
        note(a.in_force, &format!("the visa-free allowance \"{}\"", a.id));
    }
    changes.sort();
    changes.dedup();
    for (d, what) in changes {
        warnings.push(Warning {
            code: "rule-change",
            message: format!(
                "On {} during this stay, {what}. Each obligation follows the rules in force on the day that triggers it (the entry, or the move).",
                date::human(d)
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
