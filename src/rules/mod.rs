//! The shape of a country's rule data. Everything country-specific lives in the data
//! (`src/countries/<code>/`); the engine ([`crate::engine`]) walks these tables the same way for every
//! country. Adding a country means a new data module, a calendar and a form.

pub mod cond;
pub mod faq;
pub mod ui;

use chrono::NaiveDate;
use serde::Serialize;

use crate::calendar::CountryCalendar;
use crate::count::CountRule;
use crate::source::{Confidence, Source};
use crate::stay::Limit;
pub use cond::Cond;

/// When a rule is in force: both ends inclusive; `None` = open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

impl Period {
    pub const ALWAYS: Period = Period {
        from: None,
        to: None,
    };
    pub const fn between(from: NaiveDate, to: NaiveDate) -> Period {
        Period {
            from: Some(from),
            to: Some(to),
        }
    }
    pub const fn since(from: NaiveDate) -> Period {
        Period {
            from: Some(from),
            to: None,
        }
    }
    pub const fn until(to: NaiveDate) -> Period {
        Period {
            from: None,
            to: Some(to),
        }
    }
    pub fn contains(&self, d: NaiveDate) -> bool {
        self.from.is_none_or(|f| f <= d) && self.to.is_none_or(|t| d <= t)
    }
}

/// Declares [`Kind`] with its public API names, and [`Kind::ALL`] from the same list, so that
/// no second copy of the kinds is kept by hand.
macro_rules! kinds {
    ($($(#[$doc:meta])* $variant:ident = $name:literal,)+) => {
        /// The kinds of obligation (public API names).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
        pub enum Kind {
            $($(#[$doc])* #[serde(rename = $name)] $variant,)+
        }

        impl Kind {
            /// Every kind, in declaration order.
            pub const ALL: &'static [Kind] = &[$(Kind::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self {
                    $(Kind::$variant => $name,)+
                }
            }
        }
    };
}

kinds! {
    /// The receiving party informs the migration authority of the foreigner's arrival or move.
    HostNotification = "host-notification",
    /// The foreigner's stay is registered (pre-2020 passport registration; 2026 self-registration).
    Registration = "registration",
    /// Registration again at a new address.
    ReRegistration = "re-registration",
    /// The migration card filled in at the border and kept until exit.
    MigrationCard = "migration-card",
    /// A temporary residence permit, needed for a stay beyond what is allowed without one.
    TemporaryResidencePermit = "temporary-residence-permit",
    /// A permanent residence permit (applied for before the temporary one ends).
    PermanentResidencePermit = "permanent-residence-permit",
    /// A permit holder reports changed identity data or a lost permit card.
    PermitDataChange = "permit-data-change",
    /// An extension of the allowed stay, on the grounds the law lists.
    StayExtension = "stay-extension",
    /// A hotel (or a place like it) reports the foreigner's departure.
    HotelDeparture = "hotel-departure",
}

/// Who must act.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Who {
    /// The receiving party: the private host, the hotel or the organisation, after the
    /// scenario's (or the move's) accommodation.
    ReceivingParty,
    /// The foreigner.
    Foreigner,
}

/// What starts the count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trigger {
    /// Entry into the country (crossing the border).
    Arrival,
    /// Each change of address listed in the scenario's `moves`.
    Move,
    /// Only changes of address to another region.
    MoveToOtherRegion,
    /// The last lawful day of the stay (counted back from it); only when the planned exit is
    /// after it, or not given.
    StayEnd,
    /// The last day of validity of the residence permit the person holds (counted back from it).
    PermitExpiry,
    /// The day the permit holder's identity data changed or the card was lost.
    PermitChange,
    /// Leaving a hotel (or a place like it): on the planned exit, or on a move out of it. The
    /// receiving party is the hotel left.
    Departure,
}

impl Trigger {
    /// The public name of the trigger (`trigger.kind` in the answer).
    pub fn as_str(self) -> &'static str {
        match self {
            Trigger::Arrival => "arrival",
            Trigger::Move | Trigger::MoveToOtherRegion => "move",
            Trigger::StayEnd => "stay-end",
            Trigger::PermitExpiry => "permit-expiry",
            Trigger::PermitChange => "permit-change",
            Trigger::Departure => "departure",
        }
    }
}

/// A way to fulfil an obligation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Channel {
    pub id: &'static str,
    pub name: &'static str,
    /// Empty for in-person channels without a page.
    pub url: &'static str,
    pub online: bool,
    /// `online`, `in-person` or `post`: how the filing reaches the authority.
    pub mode: &'static str,
    /// What the person needs to use it (e.g. an electronic digital signature).
    pub needs: &'static str,
    pub processing: &'static str,
    #[serde(skip)]
    pub in_force: Period,
    pub sources: &'static [Source],
}

/// What a sanction is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sanction {
    Warning,
    /// A fine in the country's fine unit (Kazakhstan: MRP).
    Fine {
        units: u32,
    },
    /// Not established by our sources; the text says what is known.
    Unknown,
    /// Known in kind but not in amount ("a fine, possible expulsion and an entry ban; amounts
    /// not established"): the text says what the sources show.
    Unquantified(&'static str),
    /// A fine set in the currency itself, from `min` to `max` (equal for a fixed sum), for
    /// countries whose fines have no unit (Azerbaijan: manats).
    Amount {
        min: u32,
        max: u32,
    },
}

/// Whom a penalty line is for, as a code a page can act on (the `offender` text is translated):
/// a private person, an organisation or its official, or the foreigner.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Party {
    Individual,
    Organization,
    Foreigner,
}

impl Party {
    pub fn as_str(self) -> &'static str {
        match self {
            Party::Individual => "individual",
            Party::Organization => "organization",
            Party::Foreigner => "foreigner",
        }
    }
}

/// One line of a penalty: who, what sanction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PenaltyTier {
    pub offender: &'static str,
    pub party: Party,
    pub sanction: Sanction,
}

/// The penalty for missing an obligation or overstaying.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Penalty {
    pub article: &'static str,
    pub offence: &'static str,
    pub tiers: &'static [PenaltyTier],
    pub note: &'static str,
    pub in_force: Period,
    pub sources: &'static [Source],
}

/// The value of the fine unit in a period (Kazakhstan: the monthly calculation index, MRP).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FineUnit {
    pub in_force: Period,
    pub value: u32,
    pub sources: &'static [Source],
}

/// Another reading of a deadline that a source supports; the engine uses the earliest due date
/// (reference convention 5) and shows the others.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Alternative {
    pub reading: &'static str,
    pub count: CountRule,
    pub sources: &'static [Source],
    /// Shown only when it gives a later date than the rule (a reading that moves a due date off
    /// a non-working day says nothing when the day is a working one).
    pub only_if_later: bool,
}

/// Whom a rule reaches, by citizenship, and how sure the sources are of it. A rule with a scope
/// applies only to the citizenships its rows list: a row graded [`Confidence::Unknown`] gives no
/// obligation but a warning that the question is open; a row with a `note` gives the obligation
/// and the note beside it (a flagged reading).
#[derive(Debug, Clone, Copy)]
pub struct Scope {
    pub citizens: &'static [&'static str],
    pub confidence: Confidence,
    /// Said with the obligation (or, for an unknown row, instead of it); empty for none.
    pub note: &'static str,
    pub sources: &'static [Source],
}

/// An obligation rule.
#[derive(Debug, Clone, Copy)]
pub struct ObligationRule {
    pub id: &'static str,
    pub kind: Kind,
    pub who: Who,
    pub trigger: Trigger,
    /// Applies when the triggering date (entry or move) is in this period.
    pub in_force: Period,
    /// Applies to whom (before exemptions).
    pub applies: Cond,
    pub count: CountRule,
    /// How the count is read, shown with the steps.
    pub convention: &'static str,
    pub title: &'static str,
    pub what: &'static str,
    pub channels: &'static [&'static Channel],
    pub documents: &'static [&'static str],
    /// `None`: no fee (the service is free).
    pub fee: Option<&'static str>,
    pub fee_sources: &'static [Source],
    pub penalty: Option<&'static Penalty>,
    pub alternatives: &'static [Alternative],
    pub sources: &'static [Source],
    /// Citizenships the rule reaches; empty = everyone its condition admits.
    pub scope: &'static [Scope],
    /// What the person holds once it is done (e.g. "an electronic registration certificate"),
    /// when the sources say; `None` when nothing is issued or it is not known.
    pub result: Option<&'static str>,
}

/// Who is exempt from which obligations, and why.
#[derive(Debug, Clone, Copy)]
pub struct ExemptionRule {
    pub id: &'static str,
    pub kinds: &'static [Kind],
    /// Judged on the entry date.
    pub in_force: Period,
    pub applies: Cond,
    pub reason: &'static str,
    pub sources: &'static [Source],
}

/// How long citizens of some countries may stay without a visa.
#[derive(Debug, Clone, Copy)]
pub struct Allowance {
    pub id: &'static str,
    /// Judged on the entry date.
    pub in_force: Period,
    /// ISO codes of the citizenships this row covers.
    pub citizens: &'static [&'static str],
    /// A tag that obligation and exemption rules can test with [`Cond::Regime`].
    pub regime: &'static str,
    /// The passports this row covers (a decree for ordinary passports only, say); empty: any.
    pub passports: &'static [crate::scenario::Passport],
    pub limits: &'static [Limit],
    pub note: &'static str,
    pub sources: &'static [Source],
}

impl Allowance {
    /// Whether this row covers a person travelling on `passport`.
    pub fn covers(&self, passport: crate::scenario::Passport) -> bool {
        self.passports.is_empty() || self.passports.contains(&passport)
    }
}

/// A warning or note shown when its condition holds on the entry date.
#[derive(Debug, Clone, Copy)]
pub struct NoteRule {
    pub code: &'static str,
    pub in_force: Period,
    pub applies: Cond,
    pub message: &'static str,
    pub sources: &'static [Source],
}

/// A day off in some regions only (a republic's holiday): it does not change the federal count,
/// but offices there may be closed; the engine warns when a deadline's count passes it.
#[derive(Debug, Clone, Copy)]
pub struct RegionalDay {
    pub date: NaiveDate,
    /// The regions, as message IDs of their names.
    pub regions: &'static [&'static str],
    /// The day's name, a message ID.
    pub name: &'static str,
    /// Set by decree each year and not yet decreed for this one (a religious feast's estimate).
    pub provisional: bool,
    pub sources: &'static [Source],
}

/// Everything tirkeu knows about one destination.
pub struct Country {
    pub code: &'static str,
    pub name: &'static str,
    /// The day the rule data was last checked against its sources.
    pub rules_checked_on: NaiveDate,
    /// Entry dates the data answers for.
    pub covers: Period,
    pub calendar: fn() -> &'static CountryCalendar,
    pub currency: &'static str,
    /// What the fine unit is called ("MRP").
    pub fine_unit_name: &'static str,
    pub fine_units: &'static [FineUnit],
    pub allowances: &'static [Allowance],
    /// Stays fixed by the kind of visa rather than by citizenship (an e-visa's 30 days): the
    /// first row in force on the entry day for the person's visa.
    pub visa_stays: &'static [(crate::scenario::Visa, Allowance)],
    /// Said when a visa-free entry matches no allowance row: the first row in force on the
    /// entry day whose condition holds (e.g. a suspension known to require a visa), else
    /// `no_allowance`, under the code `no_allowance_code`.
    pub no_allowance_notes: &'static [NoteRule],
    pub no_allowance: &'static str,
    pub no_allowance_code: &'static str,
    /// Said when the planned stay goes beyond the visa-free allowance and the rows' condition
    /// holds (no way to extend in the country, say). `{last}` is the last lawful day.
    pub beyond_allowance: &'static [NoteRule],
    /// Said when the planned stay goes beyond the last lawful day, each row judged on the first
    /// day beyond it (its condition is not read). `{last}` is the last lawful day.
    pub overstay_notes: &'static [NoteRule],
    /// Said when the person holds a visa: the stay is bounded by it.
    pub visa_bounds_stay: &'static str,
    /// Said when the person holds a residence permit valid on the entry day: the stay is
    /// bounded by the permit (its last day is the last lawful day).
    pub permit_bounds_stay: &'static str,
    pub overstay_penalty: &'static [Penalty],
    pub obligations: &'static [ObligationRule],
    pub exemptions: &'static [ExemptionRule],
    pub notes: &'static [NoteRule],
    /// Regional days off, for a warning (never a change to the count).
    pub regional_days: &'static [RegionalDay],
    pub stay_sources: &'static [Source],
    /// Who the receiving party is, for each kind of accommodation.
    pub receiving_party: ReceivingParty,
    pub disclaimer: &'static str,
    /// What a user interface asks and offers for this destination (`countries()`).
    pub ui: &'static ui::CountryUi,
}

/// Who the receiving party is, in words, per accommodation.
pub struct ReceivingParty {
    pub host: &'static str,
    pub hotel: &'static str,
    pub organization: &'static str,
    pub foreigner: &'static str,
}

impl Country {
    /// Every catalog message ID this country's data names (the tests check each is in every
    /// language's catalog, and that the catalogs keep no other `<code>-` message).
    /// Every source the rules cite (each once): their words are catalog messages
    /// (`src/countries/<code>/sources.ftl`), which the tests check against this list.
    pub fn sources(&self) -> Vec<Source> {
        let mut v: Vec<Source> = Vec::new();
        let penalty = |p: &Penalty, v: &mut Vec<Source>| v.extend(p.sources);
        for f in self.fine_units {
            v.extend(f.sources);
        }
        for a in self
            .allowances
            .iter()
            .chain(self.visa_stays.iter().map(|(_, a)| a))
        {
            v.extend(a.sources);
        }
        for n in [
            self.no_allowance_notes,
            self.beyond_allowance,
            self.overstay_notes,
            self.notes,
        ]
        .into_iter()
        .flatten()
        {
            v.extend(n.sources);
        }
        for p in self.overstay_penalty {
            penalty(p, &mut v);
        }
        for o in self.obligations {
            v.extend(o.sources);
            v.extend(o.fee_sources);
            for ch in o.channels {
                v.extend(ch.sources);
            }
            for a in o.alternatives {
                v.extend(a.sources);
            }
            for s in o.scope {
                v.extend(s.sources);
            }
            if let Some(p) = o.penalty {
                penalty(p, &mut v);
            }
        }
        for e in self.exemptions {
            v.extend(e.sources);
        }
        for d in self.regional_days {
            v.extend(d.sources);
        }
        v.extend(self.stay_sources);
        let mut out: Vec<Source> = Vec::new();
        for s in v {
            if !out.contains(&s) {
                out.push(s);
            }
        }
        out
    }

    pub fn message_ids(&self) -> Vec<&'static str> {
        let mut v: Vec<&'static str> = vec![
            self.no_allowance,
            self.visa_bounds_stay,
            self.permit_bounds_stay,
            self.disclaimer,
            self.fine_unit_name,
        ];
        let rp = &self.receiving_party;
        v.extend([rp.host, rp.hotel, rp.organization, rp.foreigner]);
        let penalty = |p: &'static Penalty, v: &mut Vec<&'static str>| {
            v.extend([p.article, p.offence, p.note]);
            for t in p.tiers {
                v.push(t.offender);
                if let Sanction::Unquantified(text) = t.sanction {
                    v.push(text);
                }
            }
        };
        for o in self.obligations {
            v.extend([o.title, o.what, o.convention]);
            v.extend(o.fee);
            v.extend(o.result);
            v.extend(o.scope.iter().map(|s| s.note));
            v.extend(o.documents.iter().copied());
            v.extend(o.alternatives.iter().map(|a| a.reading));
            for ch in o.channels {
                v.extend([ch.name, ch.needs, ch.processing]);
            }
            if let Some(p) = o.penalty {
                penalty(p, &mut v);
            }
        }
        for p in self.overstay_penalty {
            penalty(p, &mut v);
        }
        v.extend(self.exemptions.iter().map(|e| e.reason));
        v.extend(self.allowances.iter().map(|a| a.note));
        v.extend(self.visa_stays.iter().map(|(_, a)| a.note));
        v.extend(self.notes.iter().map(|n| n.message));
        for d in self.regional_days {
            v.push(d.name);
            v.extend(d.regions.iter().copied());
        }
        v.extend(self.no_allowance_notes.iter().map(|n| n.message));
        v.extend(self.beyond_allowance.iter().map(|n| n.message));
        v.extend(self.overstay_notes.iter().map(|n| n.message));
        v.retain(|s| !s.is_empty());
        crate::sort::sort(&mut v);
        v.dedup();
        v
    }
}
