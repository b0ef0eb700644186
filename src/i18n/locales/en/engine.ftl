### The engine's generic messages: the answer's sentences, conditions, counting steps, stay limits.

# Start of the stay note when no visa-free regime applies ("Citizens of Germany (DE):"); $country a country name.
citizens-of = Citizens of { $country }:

# Start of the stay note when no visa-free regime applies, for a stateless person.
stateless-persons = Stateless persons:

# The stay note when no visa-free regime applies: $who is "Citizens of X:" or "Stateless persons:", $note the country's note.
no-allowance-note = { $who } { $note }

# A list already joined by its separator (conditions, penalty lines): only the list itself; keep as is.
items = { $items }

# Warning: the visa-free days are already used up on the entry day.
allowance-used-up = The visa-free days allowed in the period before this entry are already used up: entering without a visa on this date would break the limit.

# Warning: the planned exit is after the last lawful day; $days a number of days, $exit a date, $last a date.
overstay = The planned exit, { $exit }, is { $days } { $days ->
        [one] day
       *[other] days
    } after the last lawful day, { $last }: leave by then, unless a permit or visa allows the longer stay (see the obligations and warnings).

# Another reading of a deadline, under the obligation, when it gives a later date; $reading a reading of the rule.
alt-later = { $reading } — gives a later date; tirkeu uses the earlier one.

# Another reading of a deadline, under the obligation, when it gives the same date; $reading a reading of the rule.
alt-same = { $reading } — gives the same date here.

# A penalty line whose sanction is known in kind, not in amount; $offender who is fined, $sanction a sanction.
unquantified-sanction = { $offender }: { $sanction }

# Warning: a deadline counts days of a calendar that is not final; $year a year.
calendar-provisional = A deadline counts days whose calendar is not final (a movable holiday not yet confirmed, or a year after { $year } whose decrees are not known): check it again closer to the date.

# Under "assumptions": a field left out was taken at its default; $field the field in words (field-passport…), $value the value taken, a code as typed.
assumed = Taken as "{ $value }", since { $field } was not given.

# Under "assumptions": no exit date was given; $field the field in words (field-exit-date).
no-exit-date = Since { $field } was not given, rules that depend on the length of the stay are shown with their condition.

# Under "assumptions": no birth date was given; $field the field in words (field-birth-date).
no-birth-date = Since { $field } was not given, rules that depend on age are shown with their condition.

# The condition under an obligation that depends on something the scenario does not say; $condition a condition.
only-if = only if { $condition }

# The condition under an obligation that an exemption may lift; $condition a condition, $reason an exemption reason.
unless = unless { $condition } ({ $reason })

# A warning that holds only under a condition; $condition a condition, $message a message.
if-then = If { $condition }: { $message }

# Warning: a rule starts or ends during the stay; $date a date, $what a phrase.
rule-change = On { $date } during this stay, { $what }. Each obligation follows the rules in force on the day that triggers it (the entry, or the move).

# Inside rule-change: a rule, exemption or allowance starts; $what a phrase.
takes-effect = { $what } takes effect

# Inside rule-change: a rule, exemption or allowance ends; $what a phrase.
ends = { $what } ends

# Inside takes-effect/ends: a rule named by its title; $title a rule title.
rule-named = "{ $title }"

# Inside takes-effect/ends: an exemption named by its reason; $reason an exemption reason.
exemption-named = the exemption "{ $reason }"

# Inside takes-effect/ends: a visa-free allowance named by its note; $note an allowance note.
allowance-named = the visa-free allowance "{ $note }"

# The fee line of an obligation when the service is free.
fee-free = Free: the state charges no fee for this.

# A penalty line: a fine in fine units and in money; $amount money with its currency, $offender who is fined, $unit the fine unit (MRP), $units a number.
fine-with-amount = { $offender }: a fine of { $units } { $unit } ({ $amount })

# A penalty line: a fine in fine units (its money value not known for the year); $offender who is fined, $unit the fine unit (MRP), $units a number.
fine = { $offender }: a fine of { $units } { $unit }

# A penalty line: a warning; $offender who is fined.
warning-sanction = { $offender }: a warning

# A penalty line whose sanction is not established; $offender who is fined.
not-established = { $offender }: not established

# The penalty in one sentence: article, offence, its lines; $article a legal article, $lines the penalty lines, joined, $offence the offence.
penalty-text = { $article } — { $offence }: { $lines }.

# Between the items of a list of conditions or penalty lines (keep the space).
list-separator = ;{ " " }

# Between conditions that all hold ("… and …"; keep the spaces).
join-and = { " " }and{ " " }

# Between conditions of which one holds ("… or …"; keep the spaces).
join-or = { " " }or{ " " }

# A condition in words, as it follows "if" or "only if".
always = always

# A condition in words, as it follows "if" or "only if".
never = never

# A condition in words, as it follows "if" or "only if"; $n a number.
age-under = the person is under { $n }

# A condition in words, as it follows "if" or "only if"; $n a number.
age-at-least = the person is { $n } or older

# A condition in words, as it follows "if" or "only if"; $n a number.
stay-longer = the stay lasts longer than { $n } days

# A condition in words, as it follows "if" or "only if"; $n a number.
stay-at-most = the stay lasts { $n } days or fewer

# A condition in words, as it follows "if" or "only if".
cond-passport = the passport is of the listed kind

# A condition in words, as it follows "if" or "only if".
cond-not-passport = the passport is of another kind

# A condition in words, as it follows "if" or "only if".
cond-visa = the visa is of the listed kind

# A condition in words, as it follows "if" or "only if".
cond-not-visa = the visa is of another kind

# A condition in words, as it follows "if" or "only if".
cond-citizenship = the citizenship is listed

# A condition in words, as it follows "if" or "only if".
cond-not-citizenship = the citizenship is not listed

# A condition in words, as it follows "if" or "only if".
cond-regime = the visa-free regime is listed

# A condition in words, as it follows "if" or "only if".
cond-not-regime = the visa-free regime is another

# A condition in words, as it follows "if" or "only if".
cond-accommodation = the accommodation is listed

# A condition in words, as it follows "if" or "only if".
cond-not-accommodation = the accommodation is another

# A condition in words, as it follows "if" or "only if".
cond-crew = the person is crew on duty

# A condition in words, as it follows "if" or "only if"; $date a date.
present-on = the person is still in the country on { $date }

# A condition in words, as it follows "if" or "only if"; $date a date.
gone-by = the person leaves before { $date }

# A condition in words, as it follows "if" or "only if"; $last a date.
stay-beyond = the stay goes beyond { $last }

# A condition in words, as it follows "if" or "only if".
cond-not-crew = the person is not crew on duty

# A line or word of the counting steps under a deadline.
working-day = working day

# A line or word of the counting steps under a deadline.
calendar-day = calendar day

# A line or word of the counting steps under a deadline.
weekend = weekend

# A line or word of the counting steps under a deadline.
arrival = arrival

# A line or word of the counting steps under a deadline.
the-move = the move

# A line or word of the counting steps under a deadline; $date a date, $event arrival or the move.
day-of = { $date } (day of { $event })

# A line or word of the counting steps under a deadline; $day a date, $n a number, $unit the fine unit (MRP).
step-counted = { $day }: { $unit } { $n }

# A line or word of the counting steps under a deadline; $day a date, $kind what the day is, $n a number, $unit the fine unit (MRP).
step-kind-counted = { $day }: { $kind }, { $unit } { $n }

# A line or word of the counting steps under a deadline; $day a date, $kind what the day is.
step-not-counted = { $day }: { $kind }, not counted

# A line or word of the counting steps under a deadline; $day a date, $kind what the day is.
step-kind = { $day }: { $kind }

# A line or word of the counting steps under a deadline; $line a step line.
due-mark = { $line } — due date

# A line or word of the counting steps under a deadline; $line a step line.
provisional-mark = { $line } (calendar not final)

# A line or word of the counting steps under a deadline; $n a number.
calendar-days-between = … calendar days 2 to { $n } count whatever the day is …

# A line or word of the counting steps under a deadline; $name a holiday name.
public-holiday-named = public holiday ({ $name })

# A line or word of the counting steps under a deadline.
public-holiday = public holiday

# A line or word of the counting steps under a deadline; $date a date, $name a holiday name.
day-off-for-moved = day off for { $name } (moved from { $date })

# A line or word of the counting steps under a deadline; $date a date.
day-off-moved = day off moved from { $date }

# A line or word of the counting steps under a deadline; $name a holiday name.
day-off-for = day off for { $name }

# A line or word of the counting steps under a deadline.
day-off = day off

# A line or word of the counting steps under a deadline; $date a date.
saturday-working = Saturday made a working day (in exchange for { $date })

# A line or word of the counting steps under a deadline; $date a date.
sunday-working = Sunday made a working day (in exchange for { $date })

# A line or word of the counting steps under a deadline.
weekend-working = weekend day made a working day

# The explanation of a stay limit, in the stay section; $days a number of days, $entry a date, $last a date.
per-entry-text = { $days } days per entry: the day of entry, { $entry }, is day 1, so day { $days } is { $last }.

# The explanation of a stay limit, in the stay section; $days a number of days, $entry a date, $last a date, $used a number of days, $window a number of days.
rolling-text = { $days } days in any { $window }: { $used } { $used ->
        [one] day
       *[other] days
    } of earlier trips fall in the { $window } days up to the day before entry; staying from { $entry } to { $last } keeps every { $window }-day window at { $days } days or fewer, and one more day would not.

# The explanation of a stay limit, in the stay section; $days a number of days, $entry a date, $used a number of days, $window a number of days.
rolling-used-up = { $days } days in any { $window }: { $used } { $used ->
        [one] day
       *[other] days
    } of earlier trips already fall in the { $window } days up to the day before entry, so even the day of entry, { $entry }, would exceed the limit.

# The explanation of a stay limit, in the stay section; $days a number of days, $last a date, $used a number of days, $year a year.
year-text = { $days } days per calendar year: { $used } { $used ->
        [one] day
       *[other] days
    } of { $year } already used before entry, so the stay may last until { $last }.

# The explanation of a stay limit, in the stay section; $days a number of days, $year a year.
year-used-up = { $days } days per calendar year: all { $days } days of { $year } are already used before entry.

# A penalty line: a fine in the currency; $offender who is fined, $amount the sum.
fine-amount = { $offender }: a fine of { $amount }

# A penalty line: a fine in the currency, from $min to $max; $offender who is fined.
fine-amount-range = { $offender }: a fine of { $min } to { $max }

# A condition in words, as it follows "if" or "only if"; $n a number of days.
stay-past = the stay goes on more than { $n } days after the day of entry

# A condition in words, as it follows "if" or "only if"; $n a number of days.
stay-not-past = the stay ends within { $n } days after the day of entry

# A condition in words, as it follows "if" or "only if".
cond-same-owner = the new dwelling belongs to the same owner

# A condition in words, as it follows "if" or "only if".
cond-not-same-owner = the new dwelling belongs to another owner

# A condition in words, as it follows "if" or "only if".
cond-permit = the person holds a residence permit

# A condition in words, as it follows "if" or "only if".
cond-not-permit = the person holds no residence permit

# A line or word of the counting steps under a deadline: the event a count runs back from (see day-of).
last-lawful-day = the end of the allowed stay

# A line or word of the counting steps under a deadline: the event a count runs back from (see day-of).
permit-expiry = the permit's expiry

# A line or word of the counting steps under a deadline: the event a count starts from (see day-of).
permit-change = the change of data or loss of the card

# A line or word of the counting steps under a deadline.
month-unit = month

# A line of the counting steps of a deadline counted back from an event; $event the event (see day-of), $unit working or calendar day, $n a number.
count-back = Counted back: the day of { $event } is { $unit } 1; the due date is the day before { $unit } { $n }, so that { $n } remain.

# A line of the counting steps of a deadline counted back by months; $event the event (see day-of), $n a number.
count-months-back = { $n ->
        [one] One month
       *[other] { $n } months
    } before the day of { $event }: the same day of the month, or the last day of a shorter month.

# A condition in words, as it follows "if" or "only if"; $date a date.
entered-from = the entry is on or after { $date }

# A condition in words, as it follows "if" or "only if"; $date a date.
entered-before = the entry is before { $date }

# A condition in words, as it follows "if" or "only if"; $date a date.
move-by = the address changes on or before { $date }

# A condition in words, as it follows "if" or "only if"; $date a date.
no-move-by = the address does not change by { $date }

# A warning: a deadline counted back from the last lawful day falls before the entry; $title the obligation's title, $date a date.
back-count-before-entry = { $title }: the latest day for it, { $date }, comes before the day of entry — with this allowance it cannot be done in the country in time; plan it before travelling (a visa of the right kind, say).

# How a visits limit was applied, under the last lawful day; $entries a number, $from and $to dates, $n a number.
visits-text = At most { $entries } visits between { $from } and { $to }: this entry is visit { $n }.

# A visits limit already used up on the day of entry; $entries a number, $from and $to dates.
visits-used-up = At most { $entries } visits between { $from } and { $to }: all were made before this entry.

# A line of the counting steps of a deadline counted back from an event, day N itself being the due date; $event the event (see day-of), $unit working or calendar day, $n a number.
count-back-nth = Counted back: the day of { $event } is { $unit } 1; the due date is { $unit } { $n }.

# A condition in words, as it follows "if" or "only if".
present-after-due = the stay goes on after the due date

# A condition in words, as it follows "if" or "only if".
gone-by-due = the person leaves by the due date

# A line or word of the counting steps under a deadline: the event a count starts from (see day-of).
departure = the departure

# A warning: a regional day off within a deadline's count; $date a date, $regions region names joined, $name the day's name, $title the obligation's title.
regional-day = { $date } is a day off in { $regions } ({ $name }), within the count of "{ $title }": it does not change the deadline, but offices there may be closed — file earlier or online.

# A warning: an expected regional day off (date not yet decreed) within a deadline's count; $date a date, $regions region names joined, $name the day's name, $title the obligation's title.
regional-day-provisional = { $date } is expected to be a day off in { $regions } ({ $name }; the date is set by decree each year and not yet known), within the count of "{ $title }": it does not change the deadline, but offices there may be closed.

# A route warning: each country counts its own days.
route-limits-per-country = Each country counts its own days: days in one country do not count towards another's limit, and each registration is for that country only.

# A route warning: a leg goes beyond the last lawful day; $n the leg's number, $country a country, $days a number of days.
route-leg-overstay = Leg { $n } ({ $country }) goes { $days ->
        [one] { $days } day
       *[other] { $days } days
    } beyond the last lawful day: shorten it or get a visa or permit for it.
