### The planning view across borders: "When can I come back, and for how long?" (www/js/plan.js). IDs ui-x-p-.

# The line at the top of the planning view.
ui-x-p-intro = Choose a country and a date: you see how long a stay entering then may last, and the earliest date a stay of the length you want fits every limit. The citizenship, passport and visa are those of the questions above.

# Label of the planning view's list of countries.
ui-x-p-dest = Country

# Label of the planning view's date field: the day of the entry asked about.
ui-x-p-from = Entering on

# Label of the planning view's field for the length of the stay wanted, in days.
ui-x-p-days = Days wanted

# Hint under the field of the days wanted. $max: the largest number accepted.
ui-x-p-days-hint = A whole number of days, from 1 to { $max }.

# An error message under the field of the days wanted (empty, zero, negative, too large, not a number). $max: the largest number accepted.
ui-x-p-days-bad = Write the number of days as a whole number from 1 to { $max }.

# An error message under the planning view's date field when it is empty.
ui-x-p-from-empty = Choose the date of entry.

# An error message under the planning view's date field when it is not a real date.
ui-x-p-from-bad = This is not a date: choose the day, month and year of entry.

# An error message under the planning view's date field. $from and $to: the first and last entry dates tirkeu answers for in $country.
ui-x-p-from-range = Choose a date from { $from } to { $to }: tirkeu answers for entries into { $country } within these dates.

# Shown instead of the plan while a field of the planning view has an error.
ui-x-p-fix-fields = Fix the marked field to see the plan. What you typed is kept.

# Shown instead of the plan while the main questions have an error or no citizenship.
ui-x-p-fix = Answer the questions above (or fix the marked field) first: the plan uses their citizenship, passport, visa and trips. What you typed is kept.

# Shown in the planning view when it could not be drawn (an unexpected error).
ui-x-p-failed = The plan could not be made for these answers. The answer above is not affected.

# Heading of the plan for the chosen country. $country: its name.
ui-x-p-answer-h = In { $country }

# The plan's answer. $date: the chosen date of entry, $n: how many days a stay entering then may last, $last: its last day.
ui-x-p-available = A stay entering on { $date } may last { $n } { $n ->
        [one] day
       *[other] days
    }, until { $last }.

# The plan's answer when no limit of tirkeu's data bounds the stay (a visa's own dates, or no regime known). $date: the chosen date of entry.
ui-x-p-unbounded = A stay entering on { $date }: no limit in tirkeu's data bounds it (see the note below).

# The plan's answer when the limits are used up on that day. $date: the chosen date of entry.
ui-x-p-none = Entering on { $date }, no day is left: the limits are used up then.

# The plan's answer when the chosen date lies within a trip counted there. $date: the chosen date, $country: the country.
ui-x-p-inside = On { $date } you are already in { $country } (one of the trips counted below): choose a date after it.

# The earliest date for the stay wanted. $n: the days wanted, $date: the earliest date of entry (bold), $last: the last lawful day of a stay entering then.
ui-x-p-earliest = The earliest entry for a stay of { $n } { $n ->
        [one] day
       *[other] days
    }: { $date }; a stay entering then may last until { $last }.

# The same when no limit of tirkeu's data bounds a stay entering then. $n: the days wanted, $date: the earliest date of entry.
ui-x-p-earliest-open = The earliest entry for a stay of { $n } { $n ->
        [one] day
       *[other] days
    }: { $date }; no limit in tirkeu's data bounds a stay entering then.

# When no date within three years fits the stay wanted. $n: the days wanted.
ui-x-p-never = No entry within the next three years fits a stay of { $n } { $n ->
        [one] day
       *[other] days
    }.

# Above the limits of the stay on the chosen date, each in words.
ui-x-p-limits-h = The limits, counted on that date:

# Heading of the list of trips the plan counts in the chosen country. $country: its name.
ui-x-p-counted-h = Trips counted in { $country }

# A trip counted: the trip of the main questions. $dates: its dates.
ui-x-p-trip-main = { $dates } (the trip above)

# A trip counted: an earlier trip of the main questions. $dates: its dates.
ui-x-p-trip-earlier = { $dates } (an earlier trip given above)

# A trip counted: a stop of the route view. $dates: its dates, $n: its number in the route.
ui-x-p-trip-leg = { $dates } (stop { $n } of the route)

# When no trip is counted in the chosen country.
ui-x-p-counted-none = None: this would be the first stay there.

# Under the trips counted.
ui-x-p-counted-note = Trips in other countries do not count here: each country counts only its own days. Planned trips (after the date) count too: a stay must leave room for them.

# Caption of the planning view's table of every country. $date: the date of entry, $n: the days wanted.
ui-x-p-all-caption = Every country, entering on { $date }, for { $n } { $n ->
        [one] day
       *[other] days
    }

# Column header of the planning view's table: the country.
ui-x-p-col-country = Country

# Column header of the planning view's table: how long a stay entering on the date may last.
ui-x-p-col-available = A stay entering then may last

# Column header of the planning view's table: the earliest entry for the days wanted. $n: the days wanted.
ui-x-p-col-earliest = Earliest entry for { $n } { $n ->
        [one] day
       *[other] days
    }

# A cell of the planning view's table. $n: a number of days, $last: the last day.
ui-x-p-cell-days = { $n } { $n ->
        [one] day
       *[other] days
    }, until { $last }

# A cell of the planning view's table: no limit of tirkeu's data bounds the stay.
ui-x-p-cell-open = No limit known

# A cell of the planning view's table: no day available.
ui-x-p-cell-none = No day left

# A cell of the planning view's table: no date within three years fits.
ui-x-p-cell-never = Not within three years
