//! The IDs of the engine's generic messages (`src/i18n/locales/<lang>/errors.ftl` up to
//! `TOO_LONG`'s section, `engine.ftl` from [`CITIZENS_OF`] on). A message used in code is a
//! constant here (and in [`ALL`]), so that the tests can check every catalog has it and no
//! catalog keeps one that is no longer used.

macro_rules! templates {
    ($($name:ident = $text:literal;)+) => {
        $(pub const $name: &str = $text;)+
        /// All IDs, for the tests.
        pub const ALL: &[&str] = &[$($name),+];
    };
}

templates! {
    // Input errors.
    WRONG_TYPE = "wrong-type";
    A_STRING = "a-string";
    A_NUMBER = "a-number";
    A_BOOLEAN = "a-boolean";
    AN_ARRAY = "an-array";
    AN_OBJECT = "an-object";
    NULL = "null";
    TRUE_OR_FALSE = "true-or-false";
    A_WHOLE_NUMBER = "a-whole-number";
    // What a JS value is, when it is none of the above (the JS reader, src/wasm/read.rs).
    A_SYMBOL = "a-symbol";
    A_FUNCTION = "a-function";
    A_BIGINT = "a-bigint";
    BINARY_DATA = "binary-data";
    A_MAP = "a-map";
    A_SET = "a-set";
    A_DATE_OBJECT = "a-date-object";
    READ_THREW = "read-threw";
    STRING_TOO_LONG = "string-too-long";
    BIRTH_TOO_EARLY = "birth-too-early";
    DATE_NOT_IN_RANGE = "date-not-in-range";
    DATE_FORMAT = "date-format";
    NO_SUCH_DAY = "no-such-day";
    REQUIRED = "required";
    NOT_ONE_OF = "not-one-of";
    NOT_AN_OBJECT = "not-an-object";
    UNKNOWN_DESTINATION = "unknown-destination";
    UNKNOWN_CITIZENSHIP = "unknown-citizenship";
    EXIT_BEFORE_ENTRY = "exit-before-entry";
    STAY_TOO_LONG = "stay-too-long";
    BIRTH_AFTER_ENTRY = "birth-after-entry";
    TOO_OLD = "too-old";
    TOO_MANY = "too-many";
    TRIP_AFTER_ENTRY = "trip-after-entry";
    TRIPS_OVERLAP = "trips-overlap";
    MOVE_OUTSIDE = "move-outside";
    UNSUPPORTED_DESTINATION = "unsupported-destination";
    OWN_CITIZEN = "own-citizen";
    ENTRY_OUT_OF_RANGE = "entry-out-of-range";
    UNREADABLE = "unreadable";
    THE_SCENARIO = "the-scenario";
    THE_COUNTRY = "the-country";
    THE_YEAR = "the-year";
    THE_DETAILS = "the-details";
    COUNTRY_NOT_ISO = "country-not-iso";
    NO_CALENDAR = "no-calendar";
    YEAR_OUT_OF_RANGE = "year-out-of-range";
    // A field of the input in words (`Arg::Field`, src/i18n/field.rs): messages never show a path.
    FIELD_INPUT = "field-input";
    FIELD_DESTINATION = "field-destination";
    FIELD_CITIZENSHIP = "field-citizenship";
    FIELD_ENTRY_DATE = "field-entry-date";
    FIELD_EXIT_DATE = "field-exit-date";
    FIELD_BIRTH_DATE = "field-birth-date";
    FIELD_PASSPORT = "field-passport";
    FIELD_VISA = "field-visa";
    FIELD_ACCOMMODATION = "field-accommodation";
    FIELD_CREW = "field-crew";
    FIELD_LANG = "field-lang";
    FIELD_TRIPS = "field-trips";
    FIELD_TRIP = "field-trip";
    FIELD_TRIP_ENTRY_DATE = "field-trip-entry-date";
    FIELD_TRIP_EXIT_DATE = "field-trip-exit-date";
    FIELD_MOVES = "field-moves";
    FIELD_MOVE = "field-move";
    FIELD_MOVE_DATE = "field-move-date";
    FIELD_MOVE_ACCOMMODATION = "field-move-accommodation";
    FIELD_MOVE_OTHER_REGION = "field-move-other-region";
    FIELD_MOVE_SAME_OWNER = "field-move-same-owner";
    FIELD_PERMIT = "field-permit";
    FIELD_PERMIT_KIND = "field-permit-kind";
    FIELD_PERMIT_VALID_UNTIL = "field-permit-valid-until";
    FIELD_PERMIT_CHANGED_ON = "field-permit-changed-on";
    FIELD_DETAILS = "field-details";
    FIELD_CHILDREN = "field-children";
    FIELD_CHILD = "field-child";
    FIELD_LABELLED = "field-labelled";
    FIELD_DETAIL = "field-detail";
    FIELD_OF_CHILD = "field-of-child";
    FIELD_FACTS = "field-facts";
    FIELD_DUE_DATE = "field-due-date";
    FIELD_RULES_CHECKED_ON = "field-rules-checked-on";
    FIELD_COUNTRY = "field-country";
    FIELD_YEAR = "field-year";
    FIELD_OTHER = "field-other";
    FIELD_PART = "field-part";

    // Assessment messages.
    CITIZENS_OF = "citizens-of";
    STATELESS_PERSONS = "stateless-persons";
    NO_ALLOWANCE_NOTE = "no-allowance-note";
    ALLOWANCE_USED_UP = "allowance-used-up";
    OVERSTAY = "overstay";
    REGIONAL_DAY = "regional-day";
    REGIONAL_DAY_PROVISIONAL = "regional-day-provisional";
    BACK_COUNT_BEFORE_ENTRY = "back-count-before-entry";
    ALT_LATER = "alt-later";
    ALT_SAME = "alt-same";
    UNQUANTIFIED_SANCTION = "unquantified-sanction";
    CALENDAR_PROVISIONAL = "calendar-provisional";
    ASSUMED = "assumed";
    NO_EXIT_DATE = "no-exit-date";
    NO_BIRTH_DATE = "no-birth-date";
    ONLY_IF = "only-if";
    UNLESS = "unless";
    IF_THEN = "if-then";
    RULE_CHANGE = "rule-change";
    TAKES_EFFECT = "takes-effect";
    ENDS = "ends";
    RULE_NAMED = "rule-named";
    EXEMPTION_NAMED = "exemption-named";
    ALLOWANCE_NAMED = "allowance-named";
    FEE_FREE = "fee-free";
    FINE_WITH_AMOUNT = "fine-with-amount";
    FINE = "fine";
    FINE_AMOUNT = "fine-amount";
    FINE_AMOUNT_RANGE = "fine-amount-range";
    WARNING_SANCTION = "warning-sanction";
    NOT_ESTABLISHED = "not-established";
    PENALTY_TEXT = "penalty-text";
    LIST_SEPARATOR = "list-separator";
    JOIN_AND = "join-and";
    JOIN_OR = "join-or";

    // Conditions in words.
    ALWAYS = "always";
    NEVER = "never";
    AGE_UNDER = "age-under";
    AGE_AT_LEAST = "age-at-least";
    STAY_LONGER = "stay-longer";
    STAY_AT_MOST = "stay-at-most";
    COND_PASSPORT = "cond-passport";
    COND_NOT_PASSPORT = "cond-not-passport";
    COND_VISA = "cond-visa";
    COND_NOT_VISA = "cond-not-visa";
    COND_CITIZENSHIP = "cond-citizenship";
    COND_NOT_CITIZENSHIP = "cond-not-citizenship";
    COND_REGIME = "cond-regime";
    COND_NOT_REGIME = "cond-not-regime";
    COND_ACCOMMODATION = "cond-accommodation";
    COND_NOT_ACCOMMODATION = "cond-not-accommodation";
    COND_CREW = "cond-crew";
    PRESENT_ON = "present-on";
    GONE_BY = "gone-by";
    STAY_BEYOND = "stay-beyond";
    STAY_PAST = "stay-past";
    STAY_NOT_PAST = "stay-not-past";
    COND_SAME_OWNER = "cond-same-owner";
    PRESENT_AFTER_DUE = "present-after-due";
    GONE_BY_DUE = "gone-by-due";
    COND_NOT_SAME_OWNER = "cond-not-same-owner";
    COND_PERMIT = "cond-permit";
    ENTERED_FROM = "entered-from";
    ENTERED_BEFORE = "entered-before";
    MOVE_BY = "move-by";
    NO_MOVE_BY = "no-move-by";
    COND_NOT_PERMIT = "cond-not-permit";
    COND_NOT_CREW = "cond-not-crew";

    // Counting steps.
    WORKING_DAY = "working-day";
    CALENDAR_DAY = "calendar-day";
    WEEKEND = "weekend";
    ARRIVAL = "arrival";
    THE_MOVE = "the-move";
    LAST_LAWFUL_DAY = "last-lawful-day";
    PERMIT_EXPIRY = "permit-expiry";
    PERMIT_CHANGE = "permit-change";
    DEPARTURE = "departure";
    MONTH_UNIT = "month-unit";
    COUNT_BACK = "count-back";
    COUNT_BACK_NTH = "count-back-nth";
    COUNT_MONTHS_BACK = "count-months-back";
    DAY_OF = "day-of";
    STEP_COUNTED = "step-counted";
    STEP_KIND_COUNTED = "step-kind-counted";
    STEP_NOT_COUNTED = "step-not-counted";
    STEP_KIND = "step-kind";
    DUE_MARK = "due-mark";
    PROVISIONAL_MARK = "provisional-mark";
    CALENDAR_DAYS_BETWEEN = "calendar-days-between";
    PUBLIC_HOLIDAY_NAMED = "public-holiday-named";
    PUBLIC_HOLIDAY = "public-holiday";
    DAY_OFF_FOR_MOVED = "day-off-for-moved";
    DAY_OFF_MOVED = "day-off-moved";
    DAY_OFF_FOR = "day-off-for";
    DAY_OFF = "day-off";
    SATURDAY_WORKING = "saturday-working";
    SUNDAY_WORKING = "sunday-working";
    WEEKEND_WORKING = "weekend-working";

    // Stay limits.
    PER_ENTRY_TEXT = "per-entry-text";
    ROLLING_TEXT = "rolling-text";
    ROLLING_USED_UP = "rolling-used-up";
    YEAR_TEXT = "year-text";
    YEAR_USED_UP = "year-used-up";
    VISITS_TEXT = "visits-text";
    VISITS_USED_UP = "visits-used-up";
}
