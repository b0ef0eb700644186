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
use crate::rules::{Allowance, Channel, Country, ObligationRule, Penalty, Sanction, Trigger, Who};
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
            // The same conditions as plain words that follow "if", for a warning said instead.
            let mut if_words: Vec<String> = Vec::new();
            match rule.applies.eval(&facts) {
                Tri::False => continue,
                Tri::Unknown(w) => {
                    if_words.push(w.clone());
                    conditions.push(t(lang, msg::ONLY_IF, &[("condition", text(w))]))
                }
                Tri::True => {}
            }
            // Whom the rule reaches, by citizenship, where its data says: a citizenship no
            // row lists is simply not concerned (no exemption to list either).
            let scope = if rule.scope.is_empty() {
                None
            } else {
                let code = s.citizenship.code();
                match rule.scope.iter().find(|r| r.citizens.contains(&code)) {
                    None => continue,
                    Some(r) => Some(r),
                }
            };
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
                    Tri::Unknown(w) => {
                        if_words.push(ex.applies.words(lang, true));
                        conditions.push(t(
                            lang,
                            msg::UNLESS,
                            &[("condition", text(w)), ("reason", Arg::Tr(ex.reason))],
                        ))
                    }
                    Tri::False => {}
                }
            }
            if exempt {
                continue;
            }
            let conditional =
                (!conditions.is_empty()).then(|| conditions.join(tr(lang, msg::LIST_SEPARATOR)));
            if let Some(r) = scope.filter(|r| !r.note.is_empty()) {
                let message = if if_words.is_empty() {
                    tr(lang, r.note).to_owned()
                } else {
                    t(
                        lang,
                        msg::IF_THEN,
                        &[
                            ("condition", text(if_words.join(tr(lang, msg::JOIN_AND)))),
                            ("message", Arg::Tr(r.note)),
                        ],
                    )
                };
                let code = if r.confidence == Confidence::Unknown {
                    "scope-unknown"
                } else {
                    "scope-uncertain"
                };
                if !warnings
                    .iter()
                    .any(|w: &Warning| w.code == code && w.message == message)
                {
                    warnings.push(Warning {
                        code,
                        message,
                        sources: r.sources,
                    });
                }
            }
            if scope.is_some_and(|r| r.confidence == Confidence::Unknown) {
                continue;
            }
            let mut o = obligation(c, cal, rule, kind, on, accommodation, conditional, lang);
            if let Some(r) = scope {
                o.confidence = o.confidence.min(r.confidence);
            }
            obligations.push(o);
        }
    }
    crate::sort::sort_by_key(&mut obligations, |o| (o.due_date, o.trigger.date));

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
    rule_change_warnings(c, s, regime, &mut warnings);
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
            let facts = Facts {
                scenario: s,
                on: s.entry_date,
                regime: None,
                lang,
            };
            let (code, said, sources) = c
                .no_allowance_notes
                .iter()
                .find(|n| n.in_force.contains(s.entry_date) && n.applies.eval(&facts) == Tri::True)
                .map_or((c.no_allowance_code, c.no_allowance, c.stay_sources), |n| {
                    (n.code, n.message, n.sources)
                });
            let m = format!("{who} {}", tr(lang, said));
            warnings.push(Warning {
                code,
                message: m.clone(),
                sources,
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
    beyond_allowance(c, s, a, out.last_day, warnings);
    out
}

/// What the country's data says to someone whose planned stay goes beyond the visa-free
/// allowance (for Kazakhstan: no permit can be had in the country, so a visa is needed before
/// entry). Said outright when the exit date is after the last lawful day, as a condition when
/// the exit date is not given.
fn beyond_allowance(
    c: &Country,
    s: &Scenario,
    a: &'static Allowance,
    last: Option<NaiveDate>,
    warnings: &mut Vec<Warning>,
) {
    let lang = s.lang;
    let Some(last) = last else { return };
    let beyond = match s.exit_date {
        Some(exit) if exit > last => Tri::True,
        Some(_) => return,
        None => Tri::Unknown(t(
            lang,
            msg::STAY_BEYOND,
            &[("last", text(crate::i18n::date(lang, last)))],
        )),
    };
    let facts = Facts {
        scenario: s,
        on: s.entry_date,
        regime: Some(a.regime),
        lang,
    };
    for n in c
        .beyond_allowance
        .iter()
        .filter(|n| n.in_force.contains(s.entry_date))
    {
        if n.applies.eval(&facts) != Tri::True {
            continue;
        }
        let said = t(
            lang,
            n.message,
            &[("last", text(crate::i18n::date(lang, last)))],
        );
        let message = match &beyond {
            Tri::Unknown(w) => t(
                lang,
                msg::IF_THEN,
                &[("condition", text(w.clone())), ("message", text(said))],
            ),
            _ => said,
        };
        warnings.push(Warning {
            code: n.code,
            message,
            sources: n.sources,
        });
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
        .map(|a| {
            let due_date = count::count(cal, on, a.count).due_date;
            // The rules' data puts the earliest reading first (reference convention 5; a test
            // checks every rule on every day), so another reading is later or the same.
            let (compared, template) = if due_date == due {
                ("same", msg::ALT_SAME)
            } else {
                ("later", msg::ALT_LATER)
            };
            AlternativeOut {
                reading: t(lang, template, &[("reading", Arg::Tr(a.reading))]),
                compared,
                due_date,
                sources: a.sources,
            }
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
        result: rule.result.map(|r| tr(lang, r)),
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
                    party: tier.party.as_str(),
                    sanction: "warning",
                    text: None,
                    units: None,
                    amount: None,
                },
                Sanction::Fine { units } => PenaltyLine {
                    offender,
                    party: tier.party.as_str(),
                    sanction: "fine",
                    text: None,
                    units: Some(units),
                    amount: unit.map(|u| u64::from(units) * u64::from(u.value)),
                },
                Sanction::Unknown => PenaltyLine {
                    offender,
                    party: tier.party.as_str(),
                    sanction: "unknown",
                    text: None,
                    units: None,
                    amount: None,
                },
                Sanction::Unquantified(what) => PenaltyLine {
                    offender,
                    party: tier.party.as_str(),
                    sanction: "unquantified",
                    text: Some(tr(lang, what)),
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
                _ if l.text.is_some() => t(
                    lang,
                    msg::UNQUANTIFIED_SANCTION,
                    &[who, ("sanction", text(l.text.unwrap_or_default()))],
                ),
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

/// Whether `rule` could reach this person on `on`: its condition is not false, its scope (if
/// any) lists the citizenship, and no exemption in force then certainly applies. A rule that
/// starts during the stay is named only when this holds (and a move rule only when the
/// scenario has a move in the rule's period).
fn could_apply(
    c: &Country,
    s: &Scenario,
    rule: &ObligationRule,
    on: NaiveDate,
    regime: Option<&'static str>,
) -> bool {
    let facts = Facts {
        scenario: s,
        on,
        regime,
        lang: s.lang,
    };
    if rule.applies.eval(&facts) == Tri::False {
        return false;
    }
    if !rule.scope.is_empty() {
        let code = s.citizenship.code();
        if !rule.scope.iter().any(|r| r.citizens.contains(&code)) {
            return false;
        }
    }
    if rule.trigger != Trigger::Arrival && !s.moves.iter().any(|m| rule.in_force.contains(m.date)) {
        return false;
    }
    !c.exemptions.iter().any(|e| {
        e.kinds.contains(&rule.kind)
            && e.in_force.contains(on)
            && e.applies.eval(&facts) == Tri::True
    })
}

/// Warns of every rule that starts or ends during the planned stay and could concern this
/// person (reference convention 1).
fn rule_change_warnings(
    c: &Country,
    s: &Scenario,
    regime: Option<&'static str>,
    warnings: &mut Vec<Warning>,
) {
    let lang = s.lang;
    let Some(exit) = s.exit_date else { return };
    let mut changes: Vec<(NaiveDate, String)> = Vec::new();
    // The day a period starts or the day after it ends, when that falls inside the stay.
    let edges = |p: crate::rules::Period| {
        let start = p.from.filter(|&f| f > s.entry_date && f <= exit);
        let end =
            p.to.filter(|&to| to >= s.entry_date && to < exit)
                .map(|to| date::add_days(to, 1));
        (start, end)
    };
    let mut note = |(start, end): (Option<NaiveDate>, Option<NaiveDate>), what: String| {
        if let Some(f) = start {
            changes.push((
                f,
                t(lang, msg::TAKES_EFFECT, &[("what", text(what.clone()))]),
            ));
        }
        if let Some(d) = end {
            changes.push((d, t(lang, msg::ENDS, &[("what", text(what))])));
        }
    };
    for r in c.obligations {
        let (start, end) = edges(r.in_force);
        // A rule that starts is judged on its first day; one that ends, on the entry day.
        let start = start.filter(|&f| could_apply(c, s, r, f, regime));
        let end = end.filter(|_| could_apply(c, s, r, s.entry_date, regime));
        note(
            (start, end),
            t(lang, msg::RULE_NAMED, &[("title", Arg::Tr(r.title))]),
        );
    }
    for e in c.exemptions {
        let (start, end) = edges(e.in_force);
        let judged = |on: NaiveDate| {
            let facts = Facts {
                scenario: s,
                on,
                regime,
                lang,
            };
            e.applies.eval(&facts) != Tri::False
        };
        note(
            (
                start.filter(|&f| judged(f)),
                end.filter(|_| judged(s.entry_date)),
            ),
            t(lang, msg::EXEMPTION_NAMED, &[("reason", Arg::Tr(e.reason))]),
        );
    }
    let code = s.citizenship.code();
    let rows = || c.allowances.iter().filter(|a| a.citizens.contains(&code));
    // The row for this citizenship on a day, by its limits: a new row with the same limits
    // (a new source, say) changes nothing for the traveller and is not announced.
    let limits_on = |d: NaiveDate| rows().find(|a| a.in_force.contains(d)).map(|a| a.limits);
    for a in rows() {
        let (start, end) = edges(a.in_force);
        let start = start.filter(|&f| limits_on(date::add_days(f, -1)) != Some(a.limits));
        let end = end.filter(|&d| limits_on(d) != Some(a.limits));
        note(
            (start, end),
            t(lang, msg::ALLOWANCE_NAMED, &[("note", Arg::Tr(a.note))]),
        );
    }
    crate::sort::sort(&mut changes);
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
