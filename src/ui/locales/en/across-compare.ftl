### The comparison across borders: the trip of the questions answered in each destination, side by side (www/js/compare.js). IDs ui-x-c-.

# Caption of the comparison table. $trip: the traveller and the dates of the questions, e.g. "China · 13 Oct – 5 Nov 2026".
ui-x-c-caption = The same trip in each country: { $trip }

# Shown instead of the comparison while the main questions have an error or no citizenship.
ui-x-c-fix = Answer the questions above (or fix the marked field) to compare the countries. What you typed there is kept.

# Shown in the comparison when it could not be drawn (an unexpected error).
ui-x-c-failed = The comparison could not be made for these answers. The answer above is not affected.

# Small mark beside the name of the country chosen in the questions, in the comparison's column header.
ui-x-c-yours = chosen above

# Row header of the comparison: each duty, who does it and its due date.
ui-x-c-h-duties = Who must do what, by when

# Row header of the comparison: the fee and the fine for being late.
ui-x-c-h-cost = What it costs

# Row header of the comparison: how long the stay may last, each limit with the days used and left.
ui-x-c-h-stay = How long you may stay

# Row header of the comparison: the warnings that decide whether and how long the traveller may come.
ui-x-c-h-watch = What to watch

# Row header of the comparison: the name of the form the page fills in for that country.
ui-x-c-h-form = The form

# Row header (read by screen readers only) of the row of buttons to each country's full answer.
ui-x-c-h-go = The full answer

# A button under a column of the comparison: makes that country the destination of the questions and goes to its answer. $country: the country's name.
ui-x-c-show = Show the full answer for { $country }

# In a column of the comparison: no duty at all for this trip (the exemptions follow, if any).
ui-x-c-none = Nothing to register for this trip.

# In a column of the comparison: the fine for being late with a duty, a sum or a range. $who: who does it ("Your host"), $amount: the money, e.g. "2,000 ₽ to 4,000 ₽".
ui-x-c-fine = { $who }, if late: a fine of { $amount }

# The same as ui-x-c-fine when a warning may be given instead of the fine. $who: who does it, $amount: the money.
ui-x-c-fine-or-warning = { $who }, if late: a warning or a fine of { $amount }

# In a column of the comparison: the words before the list of fines for one party when there are several (an official and the legal entity; the capitals' higher fines), each line "offender: sum". $who: who does it ("Your host").
ui-x-c-fine-lines = { $who }, if late:

# In a column of the comparison: the only sanction for being late is a warning. $who: who does it ("Your host").
ui-x-c-warning-only = { $who }, if late: a warning

# In a column of the comparison: a sanction whose amount is not known. $who: who does it.
ui-x-c-fine-unknown = { $who }, if late: a fine, amount not established

# In a column of the comparison: the last lawful day of the stay. $date: the date (bold).
ui-x-c-last-day = Last lawful day: { $date }

# In a column of the comparison: no limit of tirkeu's data ends the stay (a visa's own dates, or no regime known).
ui-x-c-no-last-day = No last day in tirkeu's data: see below.

# A limit in plain words: so many days from each entry. $days: the number of days, $last: the last day it allows.
ui-x-c-limit-per-entry = { $days } days per entry: this stay may last until { $last }.

# A limit in plain words: at most $days days in any $window days. $used: days of earlier trips in the $window days before this entry, $n: how many days this stay may last, $last: until when.
ui-x-c-limit-rolling = { $days } days in any { $window }: { $used } { $used ->
        [one] day
       *[other] days
    } used before this trip; this stay may last { $n } { $n ->
        [one] day
       *[other] days
    }, until { $last }.

# The same limit already used up on the day of entry. $days, $window: the limit, $used: the days used before this trip.
ui-x-c-limit-rolling-out = { $days } days in any { $window }: { $used } { $used ->
        [one] day
       *[other] days
    } used before this trip, so no day is left on the day of entry.

# A limit in plain words: at most $days days per calendar year. $used: days already spent there in $year before this trip, $n: how many days this stay may last, $last: until when.
ui-x-c-limit-year = { $days } days per calendar year: { $used } { $used ->
        [one] day
       *[other] days
    } of { $year } used before this trip; this stay may last { $n } { $n ->
        [one] day
       *[other] days
    }, until { $last }.

# The same limit already used up before this trip. $days: the limit, $year: the year.
ui-x-c-limit-year-out = { $days } days per calendar year: all of them used in { $year } before this trip.

# A limit on visits in plain words. $entries: visits allowed from $from to $to, $used: visits made before this one.
ui-x-c-limit-visits = At most { $entries } visits from { $from } to { $to }: { $used } made before this one.

# The same limit already used up. $entries: visits allowed from $from to $to.
ui-x-c-limit-visits-out = At most { $entries } visits from { $from } to { $to }: all of them made before this one.

# In a column of the comparison: none of the warnings that decide whether and how long one may come.
ui-x-c-no-warnings = Nothing that limits this trip.

# In a column of the comparison: a choice of the questions that country does not have, replaced by its default. $field: the question ("Visa"), $value: what is used there, $asked: what was chosen above.
ui-x-c-instead = { $field }: { $value } here, since “{ $asked }” is not a choice in this country.

# In a column of the comparison other than the destination of the questions, when a visa was chosen there: a visa is issued by one country, so the column assumes one of the same kind for its own. $visa: the kind of visa.
ui-x-c-same-visa = Counted as if you held the same kind of visa for this country: { $visa }.

# Under the comparison. $country: the destination of the questions.
ui-x-c-only-here = Earlier trips and moves given above count only in { $country }: in the other countries this trip is taken as the first one there, without moves.
