//! Conditions in rule data, judged on a scenario with three values: a planned stay whose exit
//! date is not given, or a person whose birth date is not given, makes some conditions unknown,
//! and then the obligation is shown with the condition in words ("if the stay lasts longer
//! than 30 days").

use chrono::NaiveDate;

use crate::i18n::msg;
use crate::scenario::{Accommodation, Passport, PermitKind, Scenario, Visa};
use crate::text::{Arg, Text};

/// A condition on the scenario.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cond {
    Always,
    Passport(&'static [Passport]),
    Visa(&'static [Visa]),
    /// Younger than this many whole years on the triggering date.
    AgeUnder(u32),
    /// The planned stay (entry to exit, both counted) is longer than this many days.
    StayLongerThan(u32),
    /// The planned exit is later than this many days after the entry day (a stay "longer than
    /// N days" counted from the day after entry: exit > entry + N).
    StayPast(u32),
    /// The planned exit is exactly this many days after the entry day; false when the exit is
    /// not given (for a warning about that one day, which would be noise as a condition).
    ExitOn(u32),
    /// The stay at the triggering address goes on past the rule's own due date (a duty that
    /// arises only for a stay that outlasts its deadline): the address is left at the next
    /// move, else at the planned exit; unknown when neither is given.
    PresentAfterDue,
    /// The triggering event is on or before the rule's due date and no move follows it up to
    /// and including that date: this is the address where the person is on the due date (or
    /// the last one before an earlier exit).
    AddressOnDue,
    /// The triggering move is to another dwelling of the owner of the one the person is
    /// registered at (false for any other trigger).
    SameOwner,
    /// The person holds a residence permit of one of these kinds, valid on the triggering date.
    Permit(&'static [PermitKind]),
    /// The entry is on or after this day (for a rule that reaches entries from a date while
    /// another rule of the same kind goes on).
    EnteredFrom(NaiveDate),
    /// The scenario has a move on or before the first day; a move to a dwelling of the same
    /// owner does not count from the second day on, if given (when that exception started).
    MoveBy(NaiveDate, Option<NaiveDate>),
    /// ISO codes (and `"stateless"`).
    Citizenship(&'static [&'static str]),
    /// The visa-free allowance row that applies carries one of these regime tags.
    Regime(&'static [&'static str]),
    /// Where the person stays from the triggering event on (see [`Facts::accommodation`]).
    Accommodation(&'static [Accommodation]),
    /// A crew member on duty.
    Crew,
    /// The person is in the country on this day (entered on or before it and leaves on or after
    /// it); unknown when the exit date is not given and the entry is on or before the day.
    PresentOn(NaiveDate),
    Not(&'static Cond),
    All(&'static [Cond]),
    Any(&'static [Cond]),
}

/// A three-valued judgement. `Unknown` carries the condition in words (a message reference).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tri {
    True,
    False,
    Unknown(Text),
}

/// What a condition is judged on.
pub struct Facts<'a> {
    pub scenario: &'a Scenario,
    /// The triggering date (entry or move).
    pub on: NaiveDate,
    /// The regime tag of the allowance that applies, if any.
    pub regime: Option<&'static str>,
    /// The trigger is a move to another dwelling of the same owner.
    pub same_owner: bool,
    /// The rule's due date for this trigger, when a condition needs it.
    pub due: Option<NaiveDate>,
    /// Where the person stays from the triggering event on (the scenario's accommodation at
    /// arrival, the move's after a move, the hotel left on a departure).
    pub accommodation: Accommodation,
}

impl<'a> Facts<'a> {
    /// The facts of `scenario` on `on`, for a condition not tied to a move, a due date or an
    /// address of its own: the scenario's accommodation.
    pub fn new(scenario: &'a Scenario, on: NaiveDate, regime: Option<&'static str>) -> Self {
        Facts {
            scenario,
            on,
            regime,
            same_owner: false,
            due: None,
            accommodation: scenario.accommodation,
        }
    }
}

fn tri(b: bool) -> Tri {
    if b {
        Tri::True
    } else {
        Tri::False
    }
}

impl Cond {
    pub fn eval(&self, f: &Facts) -> Tri {
        let s = f.scenario;
        match *self {
            Cond::Always => Tri::True,
            Cond::Passport(list) => tri(list.contains(&s.passport)),
            Cond::Visa(list) => tri(list.contains(&s.visa)),
            Cond::AgeUnder(n) => match s.age_on(f.on) {
                Some(a) => tri(a < n),
                None => Tri::Unknown(self.words(false)),
            },
            Cond::StayLongerThan(n) => match s.stay_days() {
                Some(d) => tri(d > i64::from(n)),
                None => Tri::Unknown(self.words(false)),
            },
            Cond::StayPast(n) => match s.exit_date {
                Some(x) => tri(x > crate::date::add_days(s.entry_date, i64::from(n))),
                None => Tri::Unknown(self.words(false)),
            },
            Cond::SameOwner => tri(f.same_owner),
            Cond::PresentAfterDue => {
                let next_move = s.moves.iter().map(|m| m.date).find(|&d| d > f.on);
                match (f.due, next_move.or(s.exit_date)) {
                    (None, _) => Tri::False,
                    (Some(due), Some(left)) => tri(left > due),
                    (Some(due), None) => {
                        Tri::Unknown(Text::with(msg::STAY_BEYOND, vec![("last", Arg::Date(due))]))
                    }
                }
            }
            Cond::AddressOnDue => match f.due {
                None => Tri::False,
                Some(due) => {
                    tri(f.on <= due && !s.moves.iter().any(|m| m.date > f.on && m.date <= due))
                }
            },
            Cond::ExitOn(n) => {
                tri(s.exit_date == Some(crate::date::add_days(s.entry_date, i64::from(n))))
            }
            Cond::EnteredFrom(d) => tri(s.entry_date >= d),
            Cond::MoveBy(d, except) => tri(s
                .moves
                .iter()
                .any(|m| m.date <= d && !(m.same_owner && except.is_some_and(|x| m.date >= x)))),
            Cond::Permit(kinds) => tri(s
                .permit
                .is_some_and(|p| kinds.contains(&p.kind) && p.valid_until >= f.on)),
            Cond::Citizenship(list) => tri(list.contains(&s.citizenship.code())),
            Cond::Regime(list) => tri(f.regime.is_some_and(|r| list.contains(&r))),
            Cond::Accommodation(list) => tri(list.contains(&f.accommodation)),
            Cond::Crew => tri(s.crew),
            Cond::PresentOn(d) => {
                if s.entry_date > d {
                    Tri::False
                } else {
                    match s.exit_date {
                        Some(exit) => tri(exit >= d),
                        None => Tri::Unknown(self.words(false)),
                    }
                }
            }
            Cond::Not(c) => match c.eval(f) {
                Tri::True => Tri::False,
                Tri::False => Tri::True,
                Tri::Unknown(_) => Tri::Unknown(c.words(true)),
            },
            Cond::All(cs) => {
                let mut unknown = Vec::new();
                for c in cs {
                    match c.eval(f) {
                        Tri::False => return Tri::False,
                        Tri::Unknown(w) => unknown.push(w),
                        Tri::True => {}
                    }
                }
                if unknown.is_empty() {
                    Tri::True
                } else {
                    Tri::Unknown(Text::list(msg::JOIN_AND, unknown))
                }
            }
            Cond::Any(cs) => {
                let mut unknown = Vec::new();
                for c in cs {
                    match c.eval(f) {
                        Tri::True => return Tri::True,
                        Tri::Unknown(w) => unknown.push(w),
                        Tri::False => {}
                    }
                }
                if unknown.is_empty() {
                    Tri::False
                } else {
                    Tri::Unknown(Text::list(msg::JOIN_OR, unknown))
                }
            }
        }
    }

    /// The condition in words, as it would follow "if": "the stay lasts longer than 30 days".
    pub fn words(&self, negated: bool) -> Text {
        let pick = |yes: &'static str, no: &'static str| Text::new(if negated { no } else { yes });
        let n = |v: u32| vec![("n", Arg::from(v))];
        match *self {
            Cond::Always => pick(msg::ALWAYS, msg::NEVER),
            Cond::AgeUnder(v) => Text::with(
                if negated {
                    msg::AGE_AT_LEAST
                } else {
                    msg::AGE_UNDER
                },
                n(v),
            ),
            Cond::StayLongerThan(v) => Text::with(
                if negated {
                    msg::STAY_AT_MOST
                } else {
                    msg::STAY_LONGER
                },
                n(v),
            ),
            Cond::StayPast(v) => Text::with(
                if negated {
                    msg::STAY_NOT_PAST
                } else {
                    msg::STAY_PAST
                },
                n(v),
            ),
            Cond::PresentOn(d) => Text::with(
                if negated {
                    msg::GONE_BY
                } else {
                    msg::PRESENT_ON
                },
                vec![("date", Arg::Date(d))],
            ),
            Cond::Not(c) => c.words(!negated),
            Cond::All(cs) | Cond::Any(cs) => {
                let joiner = match (*self, negated) {
                    (Cond::All(_), false) | (Cond::Any(_), true) => msg::JOIN_AND,
                    _ => msg::JOIN_OR,
                };
                Text::list(joiner, cs.iter().map(|c| c.words(negated)).collect())
            }
            // The others are always known from the scenario; their words are only for completeness.
            Cond::Passport(_) => pick(msg::COND_PASSPORT, msg::COND_NOT_PASSPORT),
            Cond::Visa(_) => pick(msg::COND_VISA, msg::COND_NOT_VISA),
            Cond::Citizenship(_) => pick(msg::COND_CITIZENSHIP, msg::COND_NOT_CITIZENSHIP),
            Cond::Regime(_) => pick(msg::COND_REGIME, msg::COND_NOT_REGIME),
            Cond::Accommodation(_) => pick(msg::COND_ACCOMMODATION, msg::COND_NOT_ACCOMMODATION),
            Cond::Crew => pick(msg::COND_CREW, msg::COND_NOT_CREW),
            Cond::SameOwner => pick(msg::COND_SAME_OWNER, msg::COND_NOT_SAME_OWNER),
            Cond::PresentAfterDue => pick(msg::PRESENT_AFTER_DUE, msg::GONE_BY_DUE),
            Cond::AddressOnDue => pick(msg::PRESENT_AFTER_DUE, msg::GONE_BY_DUE),
            Cond::Permit(_) => pick(msg::COND_PERMIT, msg::COND_NOT_PERMIT),
            Cond::ExitOn(v) => Text::with(
                if negated {
                    msg::STAY_NOT_PAST
                } else {
                    msg::STAY_PAST
                },
                n(v.saturating_sub(1)),
            ),
            Cond::EnteredFrom(d) => Text::with(
                if negated {
                    msg::ENTERED_BEFORE
                } else {
                    msg::ENTERED_FROM
                },
                vec![("date", Arg::Date(d))],
            ),
            Cond::MoveBy(d, _) => Text::with(
                if negated {
                    msg::NO_MOVE_BY
                } else {
                    msg::MOVE_BY
                },
                vec![("date", Arg::Date(d))],
            ),
        }
    }
}
