//! Every message template the engine fills, in English. Placeholders are `{name}`.
//! A text used in code must be a constant here (and in [`ALL`]), so translators see it.

macro_rules! templates {
    ($($name:ident = $text:literal;)+) => {
        $(pub const $name: &str = $text;)+
        /// All templates, for translators and tests.
        pub const ALL: &[&str] = &[$($name),+];
    };
}

templates! {
    // Input errors.
    WRONG_TYPE = "{field} must be {want}, not {got}.";
    A_STRING = "a string";
    A_NUMBER = "a number";
    A_BOOLEAN = "a boolean";
    AN_ARRAY = "an array";
    AN_OBJECT = "an object";
    NULL = "null";
    TRUE_OR_FALSE = "true or false";
    A_WHOLE_NUMBER = "a whole number";
    // What a JS value is, when it is none of the above (the JS reader, src/wasm/read.rs).
    A_SYMBOL = "a symbol";
    A_FUNCTION = "a function";
    A_BIGINT = "a BigInt";
    BINARY_DATA = "binary data";
    A_MAP = "a Map";
    A_SET = "a Set";
    A_DATE_OBJECT = "a Date object";
    READ_THREW = "{field} could not be read: reading it threw an error ({error}).";
    STRING_TOO_LONG = "{field} is too long: at most {max} characters are read.";
    BIRTH_TOO_EARLY = "{field} {date}: tirkeu takes birth dates from {from} to the entry date.";
    DATE_NOT_IN_RANGE = "{field} {date} is outside the dates tirkeu accepts for it, {from} to {to}.";
    DATE_FORMAT = "{field} must be a date written YYYY-MM-DD, like 2026-03-06.";
    NO_SUCH_DAY = "{field}: {value} is not a day of the calendar.";
    REQUIRED = "{field} is required.";
    NOT_ONE_OF = "{field}: \"{value}\" is not one of {list}.";
    NOT_AN_OBJECT = "The scenario must be an object, not {got}.";
    UNKNOWN_DESTINATION = "destination: \"{value}\" is not an ISO 3166-1 alpha-2 country code.";
    UNKNOWN_CITIZENSHIP = "citizenship: \"{value}\" is not an ISO 3166-1 alpha-2 country code (or \"stateless\").";
    EXIT_BEFORE_ENTRY = "{field} {exit} is before {other} {entry}.";
    STAY_TOO_LONG = "exitDate: a planned stay of more than {days} days is outside what tirkeu answers.";
    BIRTH_AFTER_ENTRY = "birthDate {birth} is after entryDate {entry}.";
    TOO_OLD = "birthDate {birth} would make the person older than {age} on entry.";
    TOO_MANY = "{field}: {n} entries given; at most {max} are accepted.";
    TRIP_AFTER_ENTRY = "{field} {date} is after this stay's entryDate {entry}: list only earlier trips.";
    TRIPS_OVERLAP = "{second} overlaps {first}: each day can be spent in the country only once.";
    MOVE_OUTSIDE = "{field} {date} is outside the stay.";
    UNSUPPORTED_DESTINATION = "destination: tirkeu has no rules for {country} yet; it covers {list}.";
    OWN_CITIZEN = "citizenship: citizens of {country} are not foreigners there; nothing to register.";
    ENTRY_OUT_OF_RANGE = "entryDate {entry}: tirkeu's rules for {country} cover entries from {from} to {to}.";
    UNREADABLE = "The {what} could not be read as plain data: {error}.";
    THE_SCENARIO = "scenario";
    THE_COUNTRY = "country";
    THE_YEAR = "year";
    THE_DETAILS = "details";
    COUNTRY_NOT_ISO = "country is not an ISO 3166-1 alpha-2 code.";
    NO_CALENDAR = "tirkeu has no working-day calendar for {code} yet.";
    YEAR_OUT_OF_RANGE = "year: the {code} calendar covers {from} to {to}.";

    // Assessment messages.
    CITIZENS_OF = "Citizens of {country}:";
    STATELESS_PERSONS = "Stateless persons:";
    ALLOWANCE_USED_UP = "The visa-free days allowed in the period before this entry are already used up: entering without a visa on this date would break the limit.";
    OVERSTAY = "The planned exit, {exit}, is {days} day(s) after the last lawful day, {last}: leave by then, unless a permit or visa allows the longer stay (see the obligations and warnings).";
    ALT_LATER = "{reading} — gives a later date; tirkeu uses the earlier one.";
    ALT_SAME = "{reading} — gives the same date here.";
    UNQUANTIFIED_SANCTION = "{offender}: {sanction}";
    CALENDAR_PROVISIONAL = "A deadline counts days whose calendar is not final (a movable holiday not yet confirmed, or a year after {year} whose decrees are not known): check it again closer to the date.";
    ASSUMED = "{field} was not given: taken as \"{value}\".";
    NO_EXIT_DATE = "exitDate was not given: rules that depend on the length of the stay are shown with their condition.";
    NO_BIRTH_DATE = "birthDate was not given: rules that depend on age are shown with their condition.";
    ONLY_IF = "only if {condition}";
    UNLESS = "unless {condition} ({reason})";
    IF_THEN = "If {condition}: {message}";
    RULE_CHANGE = "On {date} during this stay, {what}. Each obligation follows the rules in force on the day that triggers it (the entry, or the move).";
    TAKES_EFFECT = "{what} takes effect";
    ENDS = "{what} ends";
    RULE_NAMED = "\"{title}\"";
    EXEMPTION_NAMED = "the exemption \"{reason}\"";
    ALLOWANCE_NAMED = "the visa-free allowance \"{note}\"";
    FEE_FREE = "Free: the state charges no fee for this.";
    FINE_WITH_AMOUNT = "{offender}: a fine of {units} {unit} ({amount} {currency})";
    FINE = "{offender}: a fine of {units} {unit}";
    WARNING_SANCTION = "{offender}: a warning";
    NOT_ESTABLISHED = "{offender}: not established";
    PENALTY_TEXT = "{article} — {offence}: {lines}.";
    LIST_SEPARATOR = "; ";
    JOIN_AND = " and ";
    JOIN_OR = " or ";

    // Conditions in words.
    ALWAYS = "always";
    NEVER = "never";
    AGE_UNDER = "the person is under {n}";
    AGE_AT_LEAST = "the person is {n} or older";
    STAY_LONGER = "the stay lasts longer than {n} days";
    STAY_AT_MOST = "the stay lasts {n} days or fewer";
    COND_PASSPORT = "the passport is of the listed kind";
    COND_NOT_PASSPORT = "the passport is of another kind";
    COND_VISA = "the visa is of the listed kind";
    COND_NOT_VISA = "the visa is of another kind";
    COND_CITIZENSHIP = "the citizenship is listed";
    COND_NOT_CITIZENSHIP = "the citizenship is not listed";
    COND_REGIME = "the visa-free regime is listed";
    COND_NOT_REGIME = "the visa-free regime is another";
    COND_ACCOMMODATION = "the accommodation is listed";
    COND_NOT_ACCOMMODATION = "the accommodation is another";
    COND_CREW = "the person is crew on duty";
    PRESENT_ON = "the person is still in the country on {date}";
    GONE_BY = "the person leaves before {date}";
    STAY_BEYOND = "the stay goes beyond {last}";
    COND_NOT_CREW = "the person is not crew on duty";

    // Counting steps.
    WORKING_DAY = "working day";
    CALENDAR_DAY = "calendar day";
    WEEKEND = "weekend";
    ARRIVAL = "arrival";
    THE_MOVE = "the move";
    DAY_OF = "{date} (day of {event})";
    STEP_COUNTED = "{day}: {unit} {n}";
    STEP_KIND_COUNTED = "{day}: {kind}, {unit} {n}";
    STEP_NOT_COUNTED = "{day}: {kind}, not counted";
    STEP_KIND = "{day}: {kind}";
    DUE_MARK = "{line} — due date";
    PROVISIONAL_MARK = "{line} (calendar not final)";
    CALENDAR_DAYS_BETWEEN = "… calendar days 2 to {n} count whatever the day is …";
    PUBLIC_HOLIDAY_NAMED = "public holiday ({name})";
    PUBLIC_HOLIDAY = "public holiday";
    DAY_OFF_FOR_MOVED = "day off for {name} (moved from {date})";
    DAY_OFF_MOVED = "day off moved from {date}";
    DAY_OFF_FOR = "day off for {name}";
    DAY_OFF = "day off";
    SATURDAY_WORKING = "Saturday made a working day (in exchange for {date})";
    SUNDAY_WORKING = "Sunday made a working day (in exchange for {date})";
    WEEKEND_WORKING = "weekend day made a working day";

    // Stay limits.
    PER_ENTRY_TEXT = "{days} days per entry: the day of entry, {entry}, is day 1, so day {days} is {last}.";
    ROLLING_TEXT = "{days} days in any {window}: {used} day(s) of earlier trips fall in the {window} days up to the day before entry; staying from {entry} to {last} keeps every {window}-day window at {days} days or fewer, and one more day would not.";
    ROLLING_USED_UP = "{days} days in any {window}: {used} day(s) of earlier trips already fall in the {window} days up to the day before entry, so even the day of entry, {entry}, would exceed the limit.";
    YEAR_TEXT = "{days} days per calendar year: {used} day(s) of {year} already used before entry, so the stay may last until {last}.";
    YEAR_USED_UP = "{days} days per calendar year: all {days} days of {year} are already used before entry.";
}
