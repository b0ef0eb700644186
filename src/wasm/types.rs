//! The JS contract as TypeScript declarations. wasm-bindgen writes this section into each
//! package's `.d.ts`, and the exports name these types (`unchecked_param_type`,
//! `unchecked_return_type`), so TypeScript users get the contract the README documents.
//! `tests/ts/contract.ts` is type-checked against the generated declarations, and
//! `tests/js/types.test.mjs` checks real answers against the interfaces' keys.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const CONTRACT: &str = r#"
/** An ISO `YYYY-MM-DD` civil date. */
export type IsoDate = string;
export type Lang = "en" | "ru" | "kk" | "zh" | (string & {});
export type Confidence = "high" | "medium" | "low" | "unknown";
export type Accommodation = "private" | "hotel" | "organization";
export type Passport = "ordinary" | "diplomatic" | "service";
export type Visa = "none" | "e-visa" | "tourist" | "business" | "private" | "work" | "student" | "investor"
  | "diplomatic" | "service" | "transit" | "medical" | "humanitarian" | "missionary" | "family";

export interface Trip { entryDate: IsoDate; exitDate: IsoDate; }
export interface Move {
  date: IsoDate; accommodation?: Accommodation; otherRegion?: boolean;
  /** The new dwelling belongs to the owner of the one the person is registered at. */
  sameOwner?: boolean;
}
/** A residence permit the person holds in the destination. */
export interface Permit {
  kind: "temporary" | "permanent";
  validUntil: IsoDate;
  /** The day the holder's identity data changed or the permit card was lost. */
  changedOn?: IsoDate;
}

/** What `evaluate` reads. Unknown fields are ignored; bad values throw an `InputError`. */
export interface Scenario {
  destination: string;
  citizenship: string;
  entryDate: IsoDate;
  exitDate?: IsoDate;
  birthDate?: IsoDate;
  passport?: Passport;
  visa?: Visa;
  accommodation?: Accommodation;
  trips?: Trip[];
  moves?: Move[];
  crew?: boolean;
  permit?: Permit;
  lang?: Lang;
}

/**
 * A message reference, as `compute` gives every text: a catalog message ID (docs/i18n.md) and
 * its arguments, typed, to be worded with the catalog of one language.
 */
export interface Text { id: string; args: { [name: string]: TextArg }; }
/**
 * An argument: verbatim text, a number (also the plural selector), a date, money, a country
 * code, another message (a holiday's name is one: `kz-holiday-nauryz`), messages joined by the
 * message `sep`, or a field (its path, worded as its name).
 */
export type TextArg = string | number | { date: IsoDate } | { amount: number; currency: string }
  | { country: string } | Text | { list: Text[]; sep: string }
  /** A field of the input by its path, worded as its name; `label` the catalog ID of its label on the form. */
  | { field: string; label?: string };

/** A text in each language whose catalog is at hand (all four in the full package). */
export type ByLang = { en?: string; ru?: string; kk?: string; zh?: string };

/** What every export throws on bad input. */
export interface InputError { code: string; field: string; message: string; }

export interface Source {
  title: string; article: string; url: string; confidence: Confidence;
  /** The language the title is written in (BCP 47: en, ru, kk, zh), for its element's `lang`. */
  lang: string;
}

export interface Step<T = string> {
  date: IsoDate;
  weekday: string;
  kind: "working" | "weekend" | "holiday" | "day-off" | "working-weekend";
  /** The holiday's name (worded in the answer's language; a reference in `compute`'s facts). */
  name?: T;
  /** The other holidays of the day when two or more fall on it; absent when none. */
  also?: T[];
  movedFrom?: IsoDate;
  countsAs?: number;
  eventDay: boolean;
  due: boolean;
  provisional: boolean;
}

export interface Count {
  from: IsoDate; days: number; unit: "working" | "calendar" | "month"; start: "event-day" | "next-day" | "before" | "nth-before";
  dueDate: IsoDate; provisional: boolean;
}

export interface Channel<T = string> {
  id: string; name: T; url: string; online: boolean; mode: "online" | "in-person" | "post";
  needs: T; processing: T; sources: Source[];
}

export interface PenaltyLine<T = string> {
  offender: T;
  /** Whom the line is for, as a code; `offender` says it in words. */
  party: "individual" | "organization" | "foreigner";
  sanction: "warning" | "fine" | "unknown" | "unquantified";
  text?: T;
  /** The fine in fine units (MRP), for countries whose fines are set in units. */
  units?: number;
  /** The fine in the currency; for a range set in the currency (300–500 AZN), its lowest sum. */
  amount?: number;
  /** For a fine set as a range in the currency, its highest sum. */
  amountMax?: number;
}

export interface Penalty<T = string> {
  article: T; offence: T; lines: PenaltyLine<T>[]; currency: string; unitName: T;
  unitValue: number | null; unitDate: IsoDate; note: T; text: T; sources: Source[];
}

export interface Alternative<T = string> { reading: T; compared: "later" | "same"; dueDate: IsoDate; sources: Source[]; }

export interface Obligation<T = string> {
  rule: string;
  kind: "host-notification" | "registration" | "re-registration" | "migration-card"
    | "temporary-residence-permit" | "permanent-residence-permit" | "permit-data-change"
    | "stay-extension" | "hotel-departure" | (string & {});
  who: "host" | "hotel" | "organization" | "foreigner";
  whoDetail: T;
  title: T;
  what: T;
  /** What starts the count: counts from `stay-end` (the last lawful day) and `permit-expiry`
   * run back from that day; `permit-change` is the day the permit holder's data changed;
   * `departure` the day a hotel guest leaves (on the exit or a move out of the hotel). */
  trigger: { kind: "arrival" | "move" | "stay-end" | "permit-expiry" | "permit-change" | "departure"; date: IsoDate };
  dueDate: IsoDate;
  count: Count;
  steps: Step<T>[];
  stepsText: T[];
  convention: T;
  conditional?: T;
  channels: Channel<T>[];
  documents: T[];
  fee: { amount: number | null; currency: string; text: T; sources: Source[] };
  penalty?: Penalty<T>;
  alternatives: Alternative<T>[];
  sources: Source[];
  confidence: Confidence;
  result?: T;
}

export interface Exemption<T = string> { kind: string; rule: string; reason: T; sources: Source[]; }

export interface LimitResult<T = string> {
  /** `visits`: at most `entries` entries between `from` and `to` (no `days`). */
  limit: { kind: "per-entry" | "rolling" | "calendar-year" | "visits"; days?: number; window?: number;
    entries?: number; from?: IsoDate; to?: IsoDate };
  lastDay: IsoDate | null;
  daysUsedBefore: number;
  text: T;
}

export interface Stay<T = string> {
  lastDay: IsoDate | null;
  allowance: string | null;
  regime: string | null;
  limits: LimitResult<T>[];
  overstayDays?: number;
  penalty?: Penalty<T>;
  note: T;
  stepsText: T[];
  sources: Source[];
}

export interface Warning<T = string> { code: string; message: T; sources: Source[]; }

/** What `evaluate` returns: every text in the scenario's `lang`, every date ISO. */
export interface Assessment<T = string> {
  destination: string;
  lang: string;
  rulesCheckedOn: IsoDate;
  engineVersion: string;
  disclaimer: T;
  obligations: Obligation<T>[];
  exemptions: Exemption<T>[];
  stay: Stay<T>;
  warnings: Warning<T>[];
  assumptions: T[];
}

/** What `compute` returns: the assessment with every text a message reference, and no `lang`. */
export type Facts = Omit<Assessment<Text>, "lang">;

/** A personal detail the destination's form asks for; `label` and `error` are catalog IDs. */
export interface DetailField {
  code: keyof Details; kind: "text" | "date" | "sex" | "phone" | "id"; maxLength: number;
  group: "person" | "host"; label: string; pattern: string; error: string; wide: boolean;
}

/** A test on the case, for a paragraph of a FAQ answer (src/rules/faq.rs `Test`). */
export type FaqTest =
  | "present" | "absent" | "working-days" | "by-visitor" | "fee" | "free" | "charged" | "penalty"
  | "visa-free" | "last-day" | "overstay" | "exempt" | "moved" | "moved-same-owner"
  | { "is-kind": Obligation["kind"] } | { by: string };
/** What a paragraph is about: the claim's subject, the first obligation of a kind, the first
 *  with a result, each other obligation of the foreigner (one paragraph each), or the stay. */
export type FaqAbout = "subject" | { first: Obligation["kind"] } | "with-result" | "each-other-of-foreigner" | "stay";
export type FaqCite = "obligation" | "fee" | "penalty" | "exemption" | "subject-exemption" | "stay" | "warning";
export interface FaqPart {
  /** A catalog message, the stay's note, each of its limits, or a warning's message. */
  say: { message: string } | "stay-note" | "stay-limits" | { warning: string };
  about: FaqAbout;
  /** Said only if every test holds. */
  when: FaqTest[];
  /** Said only if the part before it was not. */
  otherwise: boolean;
  style: "plain" | "big" | "warn" | "small";
  cite: FaqCite | null;
  verdict: "right" | "wrong" | null;
}
export interface FaqAnswer {
  /** The claim (`card`); its question is the message `<code>-faq-<claim>-q`. */
  claim: string;
  /** The obligation kinds the claim is about: its subject is the first of them a move did not trigger, else the first. */
  subject: Obligation["kind"][];
  verdict: "right" | "wrong" | null;
  cite: FaqCite[];
  parts: FaqPart[];
  /** The claim's own citations. */
  sources: Source[];
}

export interface CountryInfo {
  code: string; name: string; rulesCheckedOn: IsoDate; entriesFrom: IsoDate; entriesTo: IsoDate;
  calendarYears: [number, number];
  /** ISO 4217 code of the money fines are paid in. */
  currency: string;
  /** The choices a user interface offers (labels: `ui-passport-<code>`, `ui-visa-<code>`, `ui-acc-<code>`). */
  passports: Passport[]; visas: Visa[]; accommodations: Accommodation[];
  details: DetailField[];
  defaults: { passport: Passport; visa: Visa; accommodation: Accommodation; stayDays: number };
  /** Channel IDs each receiving party uses itself (shown first on its own obligations). */
  ownChannels: { host: string[]; hotel: string[]; organization: string[] };
  /** The yes/no questions a move asks (labels `ui-f-other-region`, `ui-f-same-owner`). */
  moveQuestions: ("otherRegion" | "sameOwner")[];
  /** The claims the country's FAQ answers, in order. */
  faq: string[];
  /** How a user interface answers each claim for the case (src/rules/faq.rs): which catalog
   *  messages (`<code>-faq-…`) to say about which obligation, when, and the sources. */
  faqAnswers: FaqAnswer[];
  /** The fine unit's code; its names are `<code>-ui-fine-unit(-long)` in the catalog. */
  fineUnit: string;
}

export interface CalendarDay {
  date: IsoDate;
  kind: "holiday" | "day-off" | "working-day";
  /** The holiday's name in `lang` (its message ID when no catalog of `lang` is at hand). */
  name: string | null;
  /** The ID of the name's message (`kz-holiday-nauryz`), to word it from a UI's own catalog. */
  nameId: string | null;
  /** The name in each language whose catalog is at hand: all four in the full package; in a
   *  build without catalogs (the page's core module), those given with `loadCatalog`. */
  names: ByLang | null;
  /** The other holidays of the day when two or more fall on it (or that a day off also stands
   *  in for), in `lang` like `name`; usually empty. */
  also: string[];
  /** Their message IDs, like `nameId`. */
  alsoIds: string[];
  /** The same in each language at hand, like `names`. */
  alsoNames: ByLang[];
  movedFrom: IsoDate | null;
  provisional: boolean;
  sources: Source[];
}

export interface CalendarYear { country: string; year: number; days: CalendarDay[]; }

/** Personal details for the form; all optional strings, dates `YYYY-MM-DD`. */
export interface Details {
  surname?: string; givenNames?: string; patronymic?: string; birthDate?: IsoDate; sex?: "M" | "F";
  passportNumber?: string; passportIssueDate?: IsoDate; passportExpiry?: IsoDate;
  visaNumber?: string; visaExpiry?: IsoDate; purpose?: string; checkpoint?: string; address?: string;
  hostName?: string; hostId?: string; hostPhone?: string; hostAddress?: string; hostContact?: string;
  /** The country the person arrived from, as written (Azerbaijan's form, item 1.6). */
  arrivedFrom?: string;
  /** The names in Latin letters as in the passport, beside the names in the form's script (Russia's form). */
  surnameLatin?: string; givenNamesLatin?: string; patronymicLatin?: string;
  /** The migration card's series and number. */
  migrationCardSeries?: string; migrationCardNumber?: string;
  /** The receiving party's names when it is a person and the form asks them apart (`hostName` is then an organisation's). */
  hostSurname?: string; hostGivenNames?: string; hostPatronymic?: string;
  children?: { name?: string; birthDate?: IsoDate; passportNumber?: string }[];
}

/** The facts the form-only module takes from the core module's assessment: the due date of the
 *  filing the form is for, the date the rules were checked, and the last lawful day
 *  (`stay.lastDay`, the end of a notification's declared period when known). */
export interface FormFacts { dueDate: IsoDate; rulesCheckedOn: IsoDate; lastDay?: IsoDate | null; }

/** One country's answer in `compare`, or why it has none. */
export type CompareRow =
  | { destination: string; assessment: Assessment; error?: undefined }
  | { destination: string; error: InputError; assessment?: undefined };

/** A leg of a route: one stay in one country. Every leg but the last has an `exitDate`. */
export interface Leg {
  destination: string; entryDate: IsoDate; exitDate?: IsoDate;
  accommodation?: Accommodation; visa?: Visa; moves?: Move[]; crew?: boolean; permit?: Permit;
}
/** What `itinerary` and `itineraryIcs` read: one traveller, the legs in order (a leg may start
 * on the day the previous one ends), earlier stays anywhere. */
export interface Route {
  citizenship: string; passport?: Passport; birthDate?: IsoDate; lang?: Lang;
  legs: Leg[];
  trips?: { destination: string; entryDate: IsoDate; exitDate: IsoDate }[];
}
/** A route's answer: each leg's assessment (as `evaluate` of that leg with the earlier legs in
 * the same country as its trips), every deadline by date, and warnings about the whole route. */
export interface Itinerary {
  legs: Assessment[];
  obligations: { destination: string; leg: number; kind: Obligation["kind"]; who: Obligation["who"];
    dueDate: IsoDate; title: string }[];
  warnings: { code: string; message: string; leg?: number }[];
}

/** What `plan` reads: a scenario whose `entryDate` is the date to look from, the stay wanted in
 * days (default 1), and trips past or planned, at any dates, not overlapping. */
export type PlanQuery = Omit<Scenario, "trips" | "exitDate" | "moves"> & {
  days?: number; trips?: Trip[];
};
/** How long a stay from `from` may last, and when a stay of `days` fits at the earliest. */
export interface Plan {
  destination: string; from: IsoDate; days: number;
  /** Days a stay entering on `from` may last; `null` when no limit of tirkeu's bounds it. */
  available: number | null; lastDay: IsoDate | null;
  earliest: { entryDate: IsoDate; lastDay: IsoDate | null } | null;
  allowance: string | null; note: string; limits: string[];
}
"#;
