//! `evaluate`: a scenario in, an assessment out. Pure and deterministic: the same scenario
//! always gives the same assessment, and nothing here reads the clock.
//!
//! The engine knows no country: it selects the rows of the destination's data in force on each
//! triggering date and carries them out. It knows no language either: every text it produces is
//! a message reference ([`Text`]); [`crate::wording`] words them with one catalog.

use chrono::NaiveDate;

use crate::assessment::*;
use crate::calendar::CountryCalendar;
use crate::count::{self, Count};
use crate::country::Citizenship;
use crate::date;
use crate::error::{ErrorCode, InputError};
use crate::i18n::msg;
use crate::rules::cond::{Facts, Tri};
use crate::rules::{Allowance, Channel, Country, ObligationRule, Penalty, Sanction, Trigger, Who};
use crate::scenario::{Accommodation, Scenario, Visa};
use crate::source::{Confidence, Source};
use crate::stay;
use crate::text::{Arg, Text};

pub const ENGINE_VERSION: &str = env!("CARGO_PKG_VERSION");

fn text(s: impl Into<String>) -> Arg {
    Arg::Str(s.into())
}

fn t(id: &'static str, args: Vec<(&'static str, Arg)>) -> Text {
    Text::with(id, args)
}

fn country_arg(code: &str) -> Arg {
    Arg::Country(code.to_owned())
}

/// Computes the facts of a validated scenario: the assessment with every text a message
/// reference, in no language (its `lang` is not read). Errors carry their message as a
/// reference too (worded in English; [`InputError::localized`] words them again).
pub fn compute(s: &Scenario) -> Result<Assessment<Text>, InputError> {
    let c = check(s)?;
    Ok(assess(c, s))
}

/// The destination's rules, if it has them and the scenario is within what they cover.
pub(crate) fn check(s: &Scenario) -> Result<&'static Country, InputError> {
    let Some(c) = crate::countries::find(s.destination) else {
        let names: Vec<&str> = crate::countries::ALL.iter().map(|c| c.code).collect();
        return Err(InputError::new(
            ErrorCode::UnsupportedDestination,
            "destination",
            msg::UNSUPPORTED_DESTINATION,
            vec![
                ("field", Arg::field("destination")),
                ("country", country_arg(s.destination)),
                ("list", text(names.join(", "))),
            ],
        ));
    };
    if s.citizenship.code() == c.code {
        return Err(InputError::new(
            ErrorCode::CitizenOfDestination,
            "citizenship",
            msg::OWN_CITIZEN,
            vec![
                ("field", Arg::field("citizenship")),
                ("country", country_arg(c.code)),
            ],
        ));
    }
    if !c.covers.contains(s.entry_date) {
        return Err(InputError::new(
            ErrorCode::OutOfRange,
            "entryDate",
            msg::ENTRY_OUT_OF_RANGE,
            vec![
                ("field", Arg::field("entryDate")),
                ("entry", text(date::iso(s.entry_date))),
                ("country", country_arg(c.code)),
                ("from", text(c.covers.from.map_or(String::new(), date::iso))),
                ("to", text(c.covers.to.map_or(String::new(), date::iso))),
            ],
        ));
    }
    Ok(c)
}

fn assess(c: &Country, s: &Scenario) -> Assessment<Text> {
    let cal = (c.calendar)();
    let mut warnings = Vec::new();

    // The allowance in force on the day of entry.
    let allowance = allowance_on(c, s, s.entry_date);
    let stay = assess_stay(c, s, allowance, &mut warnings);
    let regime = allowance.map(|a| a.regime);

    // Obligations, per trigger, under the rules in force on the trigger's date.
    let mut obligations = Vec::new();
    let mut exemptions: Vec<Exemption<Text>> = Vec::new();
    let events = events(s, stay.last_day);
    for rule in c.obligations {
        for ev in &events {
            let (kind, on, accommodation) = (ev.trigger, ev.on, ev.accommodation);
            let fires = match rule.trigger {
                Trigger::MoveToOtherRegion => kind == Trigger::Move && ev.other_region,
                t => kind == t,
            };
            if !fires || !rule.in_force.contains(on) {
                continue;
            }
            // Counted once: a condition may ask for the due date (a duty that arises only for a
            // stay past it), and the obligation carries the count.
            let from = anchor(s, rule, on);
            let counted = count::count(cal, from, rule.count);
            let facts = Facts {
                same_owner: ev.same_owner,
                due: Some(counted.due_date),
                accommodation,
                ..Facts::new(s, on, regime)
            };
            let mut conditions = Vec::new();
            // The same conditions as plain words that follow "if", for a warning said instead.
            let mut if_words: Vec<Text> = Vec::new();
            // Counted back from the last lawful day: only for a stay planned beyond it.
            if kind == Trigger::StayEnd {
                match s.exit_date {
                    Some(exit) if exit <= on => continue,
                    Some(_) => {}
                    None => {
                        let w = t(msg::STAY_BEYOND, vec![("last", Arg::Date(on))]);
                        if_words.push(w.clone());
                        conditions.push(t(msg::ONLY_IF, vec![("condition", w.into())]));
                    }
                }
            }
            match rule.applies.eval(&facts) {
                Tri::False => continue,
                Tri::Unknown(w) => {
                    if_words.push(w.clone());
                    conditions.push(t(msg::ONLY_IF, vec![("condition", w.into())]))
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
                                reason: Text::new(ex.reason),
                                sources: ex.sources,
                            });
                        }
                        break;
                    }
                    Tri::Unknown(w) => {
                        if_words.push(ex.applies.words(true));
                        conditions.push(t(
                            msg::UNLESS,
                            vec![("condition", w.into()), ("reason", Arg::msg(ex.reason))],
                        ))
                    }
                    Tri::False => {}
                }
            }
            if exempt {
                continue;
            }
            let conditional =
                (!conditions.is_empty()).then(|| Text::list(msg::LIST_SEPARATOR, conditions));
            if let Some(r) = scope.filter(|r| !r.note.is_empty()) {
                let message = if if_words.is_empty() {
                    Text::new(r.note)
                } else {
                    t(
                        msg::IF_THEN,
                        vec![
                            ("condition", Text::list(msg::JOIN_AND, if_words).into()),
                            ("message", Arg::msg(r.note)),
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
                    .any(|w: &Warning<Text>| w.code == code && w.message == message)
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
            let mut o = obligation(
                c,
                cal,
                rule,
                kind,
                on,
                (from, counted),
                accommodation,
                conditional,
            );
            // Counted back from the last lawful day to before the entry: it cannot be done in
            // the country in time; said as a warning rather than a date in the past.
            if kind == Trigger::StayEnd && o.due_date < s.entry_date {
                warnings.push(Warning {
                    code: "too-late-in-country",
                    message: t(
                        msg::BACK_COUNT_BEFORE_ENTRY,
                        vec![
                            ("title", Arg::msg(rule.title)),
                            ("date", Arg::Date(o.due_date)),
                        ],
                    ),
                    sources: rule.sources,
                });
                continue;
            }
            if let Some(r) = scope {
                o.confidence = o.confidence.min(r.confidence);
            }
            obligations.push(o);
        }
    }
    crate::sort::sort_by_key(&mut obligations, |o| (o.due_date, o.trigger.date));
    regional_day_warnings(c, &obligations, &mut warnings);

    // Notes in force on the day of entry.
    let facts = Facts::new(s, s.entry_date, regime);
    for n in c.notes.iter().filter(|n| n.in_force.contains(s.entry_date)) {
        let message = match n.applies.eval(&facts) {
            Tri::True => Text::new(n.message),
            Tri::Unknown(w) => t(
                msg::IF_THEN,
                vec![("condition", w.into()), ("message", Arg::msg(n.message))],
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
                msg::CALENDAR_PROVISIONAL,
                vec![("year", Arg::Num(i64::from(cal.last_year())))],
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
            msg::ASSUMED,
            vec![("field", Arg::field(*f)), ("value", text(v))],
        ));
    }
    if s.exit_date.is_none() {
        assumptions.push(Text::new(msg::NO_EXIT_DATE).arg("field", Arg::field("exitDate")));
    }
    if s.birth_date.is_none() {
        assumptions.push(Text::new(msg::NO_BIRTH_DATE).arg("field", Arg::field("birthDate")));
    }

    Assessment {
        destination: c.code,
        lang: None,
        rules_checked_on: c.rules_checked_on,
        engine_version: ENGINE_VERSION,
        obligations,
        exemptions,
        stay,
        warnings,
        assumptions,
        disclaimer: Text::new(c.disclaimer),
    }
}

/// The day a rule's count runs from: the entry for a count from the day of entry
/// ([`count::Start::EntryDay`]), else the triggering event.
fn anchor(s: &Scenario, rule: &ObligationRule, on: NaiveDate) -> NaiveDate {
    if rule.count.start == count::Start::EntryDay {
        s.entry_date
    } else {
        on
    }
}

/// A day that may start an obligation's count.
struct Event {
    trigger: Trigger,
    on: NaiveDate,
    accommodation: Accommodation,
    other_region: bool,
    same_owner: bool,
}

/// The scenario's events: the arrival, each move, the last lawful day (if known), the held
/// permit's expiry and the change of its holder's data, and each departure from a hotel.
fn events(s: &Scenario, last_day: Option<NaiveDate>) -> Vec<Event> {
    let ev = |trigger, on| Event {
        trigger,
        on,
        accommodation: s.accommodation,
        other_region: false,
        same_owner: false,
    };
    let mut v = vec![ev(Trigger::Arrival, s.entry_date)];
    v.extend(s.moves.iter().map(|m| Event {
        trigger: Trigger::Move,
        on: m.date,
        accommodation: m.accommodation,
        other_region: m.other_region,
        same_owner: m.same_owner,
    }));
    v.extend(last_day.map(|d| ev(Trigger::StayEnd, d)));
    if let Some(p) = s.permit {
        v.push(ev(Trigger::PermitExpiry, p.valid_until));
        v.extend(p.changed_on.map(|d| ev(Trigger::PermitChange, d)));
    }
    // Leaving a hotel: on a move out of one, and on the exit from the last place.
    let hotel_left = |on| Event {
        accommodation: Accommodation::Hotel,
        ..ev(Trigger::Departure, on)
    };
    let mut at = s.accommodation;
    for m in &s.moves {
        if at == Accommodation::Hotel {
            v.push(hotel_left(m.date));
        }
        at = m.accommodation;
    }
    if let (Accommodation::Hotel, Some(exit)) = (at, s.exit_date) {
        v.push(hotel_left(exit));
    }
    v
}

/// Warns of each regional day off that falls within a deadline's count (after its start, up
/// to the due date): offices in those regions may be closed. Said once per day.
fn regional_day_warnings(
    c: &Country,
    obligations: &[Obligation<Text>],
    warnings: &mut Vec<Warning<Text>>,
) {
    for d in c.regional_days {
        let within = obligations
            .iter()
            .find(|o| o.count.from < d.date && d.date <= o.due_date);
        let Some(o) = within else { continue };
        let regions = d.regions.iter().map(|r| Text::new(r)).collect();
        warnings.push(Warning {
            code: "regional-day",
            message: t(
                if d.provisional {
                    msg::REGIONAL_DAY_PROVISIONAL
                } else {
                    msg::REGIONAL_DAY
                },
                vec![
                    ("date", Arg::Date(d.date)),
                    ("name", Arg::msg(d.name)),
                    ("regions", Text::list(msg::JOIN_AND, regions).into()),
                    ("title", o.title.clone().into()),
                ],
            ),
            sources: d.sources,
        });
    }
}

/// The stay a person may make entering on `on`: without a visa, the first allowance row in
/// force that lists the citizenship (and covers the passport); with one, the first row of the visa's own stays (an
/// e-visa's days) in force; `None` when neither is known.
pub fn allowance_on(c: &Country, s: &Scenario, on: NaiveDate) -> Option<&'static Allowance> {
    if s.visa == Visa::None {
        let code = s.citizenship.code();
        c.allowances
            .iter()
            .find(|a| a.in_force.contains(on) && a.citizens.contains(&code) && a.covers(s.passport))
    } else {
        c.visa_stays
            .iter()
            .find(|(v, a)| *v == s.visa && a.in_force.contains(on))
            .map(|(_, a)| a)
    }
}

fn assess_stay(
    c: &Country,
    s: &Scenario,
    allowance: Option<&'static Allowance>,
    warnings: &mut Vec<Warning<Text>>,
) -> Stay<Text> {
    let mut out = Stay {
        last_day: None,
        allowance: allowance.map(|a| a.id),
        regime: allowance.map(|a| a.regime),
        limits: Vec::new(),
        overstay_days: None,
        penalty: None,
        note: Text::new(c.visa_bounds_stay),
        steps_text: Vec::new(),
        sources: c.stay_sources.to_vec(),
    };
    // A residence permit valid on the day of entry bounds the stay, whatever the visa.
    if let Some(p) = s.permit.filter(|p| p.valid_until >= s.entry_date) {
        out.allowance = None;
        out.regime = None;
        out.last_day = Some(p.valid_until);
        out.note = Text::new(c.permit_bounds_stay);
        if let Some(exit) = s.exit_date.filter(|&x| x > p.valid_until) {
            out.overstay_days = Some(overstay(exit, p.valid_until, &[], warnings));
        }
        return out;
    }
    let Some(a) = allowance else {
        out.note = if s.visa == Visa::None {
            let who = match s.citizenship {
                Citizenship::Stateless => Text::new(msg::STATELESS_PERSONS),
                Citizenship::Country(code) => {
                    t(msg::CITIZENS_OF, vec![("country", country_arg(code))])
                }
            };
            let facts = Facts::new(s, s.entry_date, None);
            let (code, said, sources) = c
                .no_allowance_notes
                .iter()
                .find(|n| n.in_force.contains(s.entry_date) && n.applies.eval(&facts) == Tri::True)
                .map_or((c.no_allowance_code, c.no_allowance, c.stay_sources), |n| {
                    (n.code, n.message, n.sources)
                });
            let m = t(
                msg::NO_ALLOWANCE_NOTE,
                vec![("who", who.into()), ("note", Arg::msg(said))],
            );
            warnings.push(Warning {
                code,
                message: m.clone(),
                sources,
            });
            m
        } else {
            Text::new(c.visa_bounds_stay)
        };
        return out;
    };
    out.sources.extend_from_slice(a.sources);
    let trips: Vec<(NaiveDate, NaiveDate)> = s
        .trips
        .iter()
        .map(|t| (t.entry_date, t.exit_date))
        .collect();
    out.limits = a
        .limits
        .iter()
        .map(|&l| stay::apply(l, s.entry_date, &trips))
        .collect();
    out.last_day = stay::last_day(&out.limits);
    out.steps_text = out.limits.iter().map(|l| l.text.clone()).collect();
    out.note = Text::new(a.note);
    // A row without limits (a free stay by treaty): no last day, nothing used up.
    if a.limits.is_empty() {
        out.last_day = None;
        return out;
    }
    match (out.last_day, s.exit_date) {
        (None, _) => warnings.push(Warning {
            code: "allowance-used-up",
            message: Text::new(msg::ALLOWANCE_USED_UP),
            sources: a.sources,
        }),
        (Some(last), Some(exit)) if exit > last => {
            let on = date::add_days(last, 1);
            out.penalty = c
                .overstay_penalty
                .iter()
                .find(|p| p.in_force.contains(on))
                .map(|p| penalty(c, p, on));
            out.overstay_days = Some(overstay(exit, last, a.sources, warnings));
        }
        _ => {}
    }
    beyond_last_day(c, s, a, out.last_day, warnings);
    out
}

/// Warns that the planned exit is after the last lawful day; the days over.
fn overstay(
    exit: NaiveDate,
    last: NaiveDate,
    sources: &'static [Source],
    warnings: &mut Vec<Warning<Text>>,
) -> i64 {
    let over = date::days_between(last, exit);
    warnings.push(Warning {
        code: "overstay",
        message: t(
            msg::OVERSTAY,
            vec![
                ("exit", Arg::Date(exit)),
                ("days", Arg::Num(over)),
                ("last", Arg::Date(last)),
            ],
        ),
        sources,
    });
    over
}

/// What the country's data says to someone whose planned stay goes beyond the last lawful day:
/// its `beyond_allowance` rows (for Kazakhstan: no permit can be had in the country, so a visa
/// is needed before entry), judged on the entry day with their condition, then its
/// `overstay_notes`, each judged on the first day beyond (a rule that starts during the stay
/// reaches an overstay after its start). Said outright when the exit date is after the last
/// lawful day, as a condition when the exit date is not given.
fn beyond_last_day(
    c: &Country,
    s: &Scenario,
    a: &'static Allowance,
    last: Option<NaiveDate>,
    warnings: &mut Vec<Warning<Text>>,
) {
    let Some(last) = last else { return };
    let condition = match s.exit_date {
        Some(exit) if exit > last => None,
        Some(_) => return,
        None => Some(t(msg::STAY_BEYOND, vec![("last", Arg::Date(last))])),
    };
    let facts = Facts::new(s, s.entry_date, Some(a.regime));
    let over = date::add_days(last, 1);
    let rows = c
        .beyond_allowance
        .iter()
        .filter(|n| n.in_force.contains(s.entry_date) && n.applies.eval(&facts) == Tri::True)
        .chain(
            c.overstay_notes
                .iter()
                .filter(|n| n.in_force.contains(over)),
        );
    for n in rows {
        let said = t(n.message, vec![("last", Arg::Date(last))]);
        let message = match &condition {
            Some(w) => t(
                msg::IF_THEN,
                vec![("condition", w.clone().into()), ("message", said.into())],
            ),
            None => said,
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

/// The channel with its texts as message references.
fn channel(ch: &Channel) -> ChannelOut<Text> {
    ChannelOut {
        id: ch.id,
        name: Text::new(ch.name),
        url: ch.url,
        online: ch.online,
        mode: ch.mode,
        needs: Text::new(ch.needs),
        processing: Text::new(ch.processing),
        sources: ch.sources,
    }
}

#[allow(clippy::too_many_arguments)]
fn obligation(
    c: &Country,
    cal: &CountryCalendar,
    rule: &'static ObligationRule,
    trigger: Trigger,
    on: NaiveDate,
    (from, mut counted): (NaiveDate, Count),
    acc: Accommodation,
    conditional: Option<Text>,
) -> Obligation<Text> {
    let due = counted.due_date;
    let (who, who_detail) = who(c, rule, acc);
    let alternatives = rule
        .alternatives
        .iter()
        .filter_map(|a| {
            let due_date = count::count(cal, from, a.count).due_date;
            if a.only_if_later && due_date <= due {
                return None;
            }
            // The rules' data puts the earliest reading first (reference convention 5; a test
            // checks every rule on every day), so another reading is later or the same.
            let (compared, template) = if due_date == due {
                ("same", msg::ALT_SAME)
            } else {
                ("later", msg::ALT_LATER)
            };
            Some(AlternativeOut {
                reading: t(template, vec![("reading", Arg::msg(a.reading))]),
                compared,
                due_date,
                sources: a.sources,
            })
        })
        .collect();
    let mut steps_text = vec![Text::new(rule.convention)];
    let event = match trigger {
        Trigger::Arrival => msg::ARRIVAL,
        Trigger::Move | Trigger::MoveToOtherRegion => msg::THE_MOVE,
        Trigger::StayEnd => msg::LAST_LAWFUL_DAY,
        Trigger::PermitExpiry => msg::PERMIT_EXPIRY,
        Trigger::PermitChange => msg::PERMIT_CHANGE,
        Trigger::Departure => msg::DEPARTURE,
    };
    steps_text.extend(count::render(&counted, event));
    Obligation {
        rule: rule.id,
        kind: rule.kind,
        who,
        who_detail: Text::new(who_detail),
        title: Text::new(rule.title),
        what: Text::new(rule.what),
        trigger: TriggerOut {
            kind: trigger.as_str(),
            date: on,
        },
        due_date: due,
        // The steps are the obligation's own (`count` serialises without them): moved, not copied.
        steps: std::mem::take(&mut counted.steps),
        count: counted,
        steps_text,
        convention: Text::new(rule.convention),
        conditional,
        channels: rule
            .channels
            .iter()
            .filter(|ch| ch.in_force.contains(on))
            .map(|ch| channel(ch))
            .collect(),
        documents: rule.documents.iter().map(|d| Text::new(d)).collect(),
        fee: match rule.fee {
            None => Fee {
                amount: Some(0),
                currency: c.currency,
                text: Text::new(msg::FEE_FREE),
                sources: rule.fee_sources,
            },
            Some(f) => Fee {
                amount: None,
                currency: c.currency,
                text: Text::new(f),
                sources: rule.fee_sources,
            },
        },
        penalty: rule
            .penalty
            .filter(|p| p.in_force.contains(date::add_days(due, 1)))
            .map(|p| penalty(c, p, date::add_days(due, 1))),
        alternatives,
        sources: rule.sources,
        confidence: rule
            .sources
            .iter()
            .map(|s| s.confidence)
            .max()
            .unwrap_or(Confidence::Unknown),
        result: rule.result.map(Text::new),
    }
}

/// A penalty with its fines converted at the fine unit in force on `on`.
fn penalty(c: &Country, p: &Penalty, on: NaiveDate) -> PenaltyOut<Text> {
    let unit = c.fine_units.iter().find(|u| u.in_force.contains(on));
    let mut sources: Vec<Source> = p.sources.to_vec();
    if let Some(u) = unit {
        sources.extend_from_slice(u.sources);
    }
    let lines: Vec<PenaltyLine<Text>> = p
        .tiers
        .iter()
        .map(|tier| {
            let offender = Text::new(tier.offender);
            match tier.sanction {
                Sanction::Warning => PenaltyLine {
                    offender,
                    party: tier.party.as_str(),
                    sanction: "warning",
                    text: None,
                    units: None,
                    amount: None,
                    amount_max: None,
                },
                Sanction::Fine { units } => PenaltyLine {
                    offender,
                    party: tier.party.as_str(),
                    sanction: "fine",
                    text: None,
                    units: Some(units),
                    amount: unit.map(|u| u64::from(units) * u64::from(u.value)),
                    amount_max: None,
                },
                Sanction::Amount { min, max } => PenaltyLine {
                    offender,
                    party: tier.party.as_str(),
                    sanction: "fine",
                    text: None,
                    units: None,
                    amount: Some(u64::from(min)),
                    amount_max: Some(u64::from(max)),
                },
                Sanction::Unknown => PenaltyLine {
                    offender,
                    party: tier.party.as_str(),
                    sanction: "unknown",
                    text: None,
                    units: None,
                    amount: None,
                    amount_max: None,
                },
                Sanction::Unquantified(what) => PenaltyLine {
                    offender,
                    party: tier.party.as_str(),
                    sanction: "unquantified",
                    text: Some(Text::new(what)),
                    units: None,
                    amount: None,
                    amount_max: None,
                },
            }
        })
        .collect();
    let described: Vec<Text> = lines
        .iter()
        .map(|l| {
            let who = ("offender", Arg::from(l.offender.clone()));
            let money = |amount: u64| Arg::Money {
                amount,
                currency: c.currency,
            };
            match (l.units, l.amount) {
                (None, Some(min)) => match l.amount_max.filter(|&max| max != min) {
                    Some(max) => t(
                        msg::FINE_AMOUNT_RANGE,
                        vec![who, ("min", money(min)), ("max", money(max))],
                    ),
                    None => t(msg::FINE_AMOUNT, vec![who, ("amount", money(min))]),
                },
                (Some(n), Some(a)) => t(
                    msg::FINE_WITH_AMOUNT,
                    vec![
                        who,
                        ("units", Arg::from(n)),
                        ("unit", Arg::msg(c.fine_unit_name)),
                        (
                            "amount",
                            Arg::Money {
                                amount: a,
                                currency: c.currency,
                            },
                        ),
                    ],
                ),
                (Some(n), None) => t(
                    msg::FINE,
                    vec![
                        who,
                        ("units", Arg::from(n)),
                        ("unit", Arg::msg(c.fine_unit_name)),
                    ],
                ),
                _ if l.sanction == "warning" => t(msg::WARNING_SANCTION, vec![who]),
                _ => match &l.text {
                    Some(x) => t(
                        msg::UNQUANTIFIED_SANCTION,
                        vec![who, ("sanction", x.clone().into())],
                    ),
                    None => t(msg::NOT_ESTABLISHED, vec![who]),
                },
            }
        })
        .collect();
    PenaltyOut {
        article: Text::new(p.article),
        offence: Text::new(p.offence),
        text: t(
            msg::PENALTY_TEXT,
            vec![
                ("article", Arg::msg(p.article)),
                ("offence", Arg::msg(p.offence)),
                ("lines", Text::list(msg::LIST_SEPARATOR, described).into()),
            ],
        ),
        lines,
        currency: c.currency,
        unit_name: Text::new(c.fine_unit_name),
        unit_value: unit.map(|u| u.value),
        unit_date: on,
        note: Text::new(p.note),
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
    let facts = Facts::new(s, on, regime);
    if rule.applies.eval(&facts) == Tri::False {
        return false;
    }
    if !rule.scope.is_empty() {
        let code = s.citizenship.code();
        if !rule.scope.iter().any(|r| r.citizens.contains(&code)) {
            return false;
        }
    }
    match rule.trigger {
        Trigger::Arrival => {}
        Trigger::Move | Trigger::MoveToOtherRegion => {
            if !s.moves.iter().any(|m| rule.in_force.contains(m.date)) {
                return false;
            }
        }
        // Counted back from a day the scenario names: judged on that day, not announced.
        Trigger::StayEnd | Trigger::PermitExpiry | Trigger::PermitChange | Trigger::Departure => {
            return false
        }
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
    warnings: &mut Vec<Warning<Text>>,
) {
    let Some(exit) = s.exit_date else { return };
    let mut changes: Vec<(NaiveDate, Text)> = Vec::new();
    // The day a period starts or the day after it ends, when that falls inside the stay.
    let edges = |p: crate::rules::Period| {
        let start = p.from.filter(|&f| f > s.entry_date && f <= exit);
        let end =
            p.to.filter(|&to| to >= s.entry_date && to < exit)
                .map(|to| date::add_days(to, 1));
        (start, end)
    };
    let mut note = |(start, end): (Option<NaiveDate>, Option<NaiveDate>), what: Text| {
        if let Some(f) = start {
            changes.push((f, t(msg::TAKES_EFFECT, vec![("what", what.clone().into())])));
        }
        if let Some(d) = end {
            changes.push((d, t(msg::ENDS, vec![("what", what.into())])));
        }
    };
    for r in c.obligations {
        let (start, end) = edges(r.in_force);
        // A rule that starts is judged on its first day; one that ends, on the entry day.
        let start = start.filter(|&f| could_apply(c, s, r, f, regime));
        let end = end.filter(|_| could_apply(c, s, r, s.entry_date, regime));
        note(
            (start, end),
            t(msg::RULE_NAMED, vec![("title", Arg::msg(r.title))]),
        );
    }
    for e in c.exemptions {
        let (start, end) = edges(e.in_force);
        let judged = |on: NaiveDate| {
            let facts = Facts::new(s, on, regime);
            e.applies.eval(&facts) != Tri::False
        };
        note(
            (
                start.filter(|&f| judged(f)),
                end.filter(|_| judged(s.entry_date)),
            ),
            t(msg::EXEMPTION_NAMED, vec![("reason", Arg::msg(e.reason))]),
        );
    }
    let code = s.citizenship.code();
    let rows = || {
        c.allowances
            .iter()
            .filter(|a| a.citizens.contains(&code) && a.covers(s.passport))
    };
    // The row for this citizenship on a day, by its limits: a new row with the same limits
    // (a new source, say) changes nothing for the traveller and is not announced.
    let limits_on = |d: NaiveDate| rows().find(|a| a.in_force.contains(d)).map(|a| a.limits);
    for a in rows() {
        let (start, end) = edges(a.in_force);
        let start = start.filter(|&f| limits_on(date::add_days(f, -1)) != Some(a.limits));
        let end = end.filter(|&d| limits_on(d) != Some(a.limits));
        note(
            (start, end),
            t(msg::ALLOWANCE_NAMED, vec![("note", Arg::msg(a.note))]),
        );
    }
    // By date; on one date, in the order of the data (rules, exemptions, allowances), the same
    // in every language (a stable sort).
    crate::sort::sort_by_key(&mut changes, |c| c.0);
    changes.dedup();
    for (d, what) in changes {
        warnings.push(Warning {
            code: "rule-change",
            message: t(
                msg::RULE_CHANGE,
                vec![("date", Arg::Date(d)), ("what", what.into())],
            ),
            sources: &[],
        });
    }
}
