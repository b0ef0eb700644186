//! Conditions in rule data, judged on a scenario with three values: a planned stay whose exit
//! date is not given, or a person whose birth date is not given, makes some conditions unknown,
//! and then the obligation is shown with the condition in words ("if the stay lasts longer
//! than 30 days").

use chrono::NaiveDate;

use crate::scenario::{Accommodation, Passport, Scenario, Visa};

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
    /// ISO codes (and `"stateless"`).
    Citizenship(&'static [&'static str]),
    /// The visa-free allowance row that applies carries one of these regime tags.
    Regime(&'static [&'static str]),
    Accommodation(&'static [Accommodation]),
    /// A crew member on duty.
    Crew,
    Not(&'static Cond),
    All(&'static [Cond]),
    Any(&'static [Cond]),
}

/// A three-valued judgement. `Unknown` carries the condition in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tri {
    True,
    False,
    Unknown(String),
}

/// What a condition is judged on.
pub struct Facts<'a> {
    pub scenario: &'a Scenario,
    /// The triggering date (entry or move).
    pub on: NaiveDate,
    /// The regime tag of the allowance that applies, if any.
    pub regime: Option<&'static str>,
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
            Cond::Citizenship(list) => tri(list.contains(&s.citizenship.code())),
            Cond::Regime(list) => tri(f.regime.is_some_and(|r| list.contains(&r))),
            Cond::Accommodation(list) => tri(list.contains(&s.accommodation)),
            Cond::Crew => tri(s.crew),
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
                    Tri::Unknown(unknown.join(" and "))
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
                    Tri::Unknown(unknown.join(" or "))
                }
            }
        }
    }

    /// The condition in English words, as it would follow "if": "the stay lasts longer than 30 days".
    pub fn words(&self, negated: bool) -> String {
        let not = |yes: &str, no: &str| {
            if negated {
                no.to_owned()
            } else {
                yes.to_owned()
            }
        };
        match *self {
            Cond::Always => not("always", "never"),
            Cond::AgeUnder(n) => not(
                &format!("the person is under {n}"),
                &format!("the person is {n} or older"),
            ),
            Cond::StayLongerThan(n) => not(
                &format!("the stay lasts longer than {n} days"),
                &format!("the stay lasts {n} days or fewer"),
            ),
            Cond::Not(c) => c.words(!negated),
            Cond::All(cs) | Cond::Any(cs) => {
                let joiner = match (*self, negated) {
                    (Cond::All(_), false) | (Cond::Any(_), true) => " and ",
                    _ => " or ",
                };
                cs.iter()
                    .map(|c| c.words(negated))
                    .collect::<Vec<_>>()
                    .join(joiner)
            }
            // The others are always known from the scenario; their words are only for completeness.
            Cond::Passport(_) => not(
                "the passport is of the listed kind",
                "the passport is of another kind",
            ),
            Cond::Visa(_) => not(
                "the visa is of the listed kind",
                "the visa is of another kind",
            ),
            Cond::Citizenship(_) => {
                not("the citizenship is listed", "the citizenship is not listed")
            }
            Cond::Regime(_) => not(
                "the visa-free regime is listed",
                "the visa-free regime is another",
            ),
            Cond::Accommodation(_) => not(
                "the accommodation is listed",
                "the accommodation is another",
            ),
            Cond::Crew => not(
                "the person is crew on duty",
                "the person is not crew on duty",
            ),
        }
    }
}
