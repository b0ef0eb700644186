### The engine's input errors (the scenario, the calendar's and the form's arguments).
### Variables are worded before they get here: dates, numbers, field paths.

# An input error message (thrown as { code, field, message }); $field the field's path (entryDate, trips[0].exitDate), as is, $got what it is (a-string… worded), $want what it must be (a-string, a-number… worded).
wrong-type = { $field } must be { $want }, not { $got }.

# An input error message (thrown as { code, field, message }).
a-string = a string

# An input error message (thrown as { code, field, message }).
a-number = a number

# An input error message (thrown as { code, field, message }).
a-boolean = a boolean

# An input error message (thrown as { code, field, message }).
an-array = an array

# An input error message (thrown as { code, field, message }).
an-object = an object

# An input error message (thrown as { code, field, message }).
null = null

# An input error message (thrown as { code, field, message }).
true-or-false = true or false

# An input error message (thrown as { code, field, message }).
a-whole-number = a whole number

# What a JS value is, in an input error ("… must be X, not <this>").
a-symbol = a symbol

# What a JS value is, in an input error ("… must be X, not <this>").
a-function = a function

# What a JS value is, in an input error ("… must be X, not <this>").
a-bigint = a BigInt

# What a JS value is, in an input error ("… must be X, not <this>").
binary-data = binary data

# What a JS value is, in an input error ("… must be X, not <this>").
a-map = a Map

# What a JS value is, in an input error ("… must be X, not <this>").
a-set = a Set

# What a JS value is, in an input error ("… must be X, not <this>").
a-date-object = a Date object

# What a JS value is, in an input error ("… must be X, not <this>"); $error the error text, $field the field's path (entryDate, trips[0].exitDate), as is.
read-threw = { $field } could not be read: reading it threw an error ({ $error }).

# What a JS value is, in an input error ("… must be X, not <this>"); $field the field's path (entryDate, trips[0].exitDate), as is, $max a number.
string-too-long = { $field } is too long: at most { $max } characters are read.

# What a JS value is, in an input error ("… must be X, not <this>"); $date a date, $field the field's path (entryDate, trips[0].exitDate), as is, $from a date.
birth-too-early = { $field } { $date }: tirkeu takes birth dates from { $from } to the entry date.

# What a JS value is, in an input error ("… must be X, not <this>"); $date a date, $field the field's path (entryDate, trips[0].exitDate), as is, $from a date, $to a date.
date-not-in-range = { $field } { $date } is outside the dates tirkeu accepts for it, { $from } to { $to }.

# What a JS value is, in an input error ("… must be X, not <this>"); $field the field's path (entryDate, trips[0].exitDate), as is.
date-format = { $field } must be a date written YYYY-MM-DD, like 2026-03-06.

# What a JS value is, in an input error ("… must be X, not <this>"); $field the field's path (entryDate, trips[0].exitDate), as is, $value the value given.
no-such-day = { $field }: { $value } is not a day of the calendar.

# What a JS value is, in an input error ("… must be X, not <this>"); $field the field's path (entryDate, trips[0].exitDate), as is.
required = { $field } is required.

# What a JS value is, in an input error ("… must be X, not <this>"); $field the field's path (entryDate, trips[0].exitDate), as is, $list the accepted values, $value the value given.
not-one-of = { $field }: "{ $value }" is not one of { $list }.

# What a JS value is, in an input error ("… must be X, not <this>"); $got what it is (a-string… worded).
not-an-object = The scenario must be an object, not { $got }.

# What a JS value is, in an input error ("… must be X, not <this>"); $value the value given.
unknown-destination = destination: "{ $value }" is not an ISO 3166-1 alpha-2 country code.

# What a JS value is, in an input error ("… must be X, not <this>"); $value the value given.
unknown-citizenship = citizenship: "{ $value }" is not an ISO 3166-1 alpha-2 country code (or "stateless").

# What a JS value is, in an input error ("… must be X, not <this>"); $entry a date, $exit a date, $field the field's path (entryDate, trips[0].exitDate), as is, $other the other field.
exit-before-entry = { $field } { $exit } is before { $other } { $entry }.

# What a JS value is, in an input error ("… must be X, not <this>"); $days a number of days.
stay-too-long = exitDate: a planned stay of more than { $days } days is outside what tirkeu answers.

# What a JS value is, in an input error ("… must be X, not <this>"); $birth a date, $entry a date.
birth-after-entry = birthDate { $birth } is after entryDate { $entry }.

# What a JS value is, in an input error ("… must be X, not <this>"); $age years, $birth a date.
too-old = birthDate { $birth } would make the person older than { $age } on entry.

# What a JS value is, in an input error ("… must be X, not <this>"); $field the field's path (entryDate, trips[0].exitDate), as is, $max a number, $n a number.
too-many = { $field }: { $n } entries given; at most { $max } are accepted.

# What a JS value is, in an input error ("… must be X, not <this>"); $date a date, $entry a date, $field the field's path (entryDate, trips[0].exitDate), as is.
trip-after-entry = { $field } { $date } is after this stay's entryDate { $entry }: list only earlier trips.

# What a JS value is, in an input error ("… must be X, not <this>"); $first a trip, $second a trip.
trips-overlap = { $second } overlaps { $first }: each day can be spent in the country only once.

# What a JS value is, in an input error ("… must be X, not <this>"); $date a date, $field the field's path (entryDate, trips[0].exitDate), as is.
move-outside = { $field } { $date } is outside the stay.

# What a JS value is, in an input error ("… must be X, not <this>"); $country a country name, $list the accepted values.
unsupported-destination = destination: tirkeu has no rules for { $country } yet; it covers { $list }.

# What a JS value is, in an input error ("… must be X, not <this>"); $country a country name.
own-citizen = citizenship: citizens of { $country } are not foreigners there; nothing to register.

# What a JS value is, in an input error ("… must be X, not <this>"); $country a country name, $entry a date, $from a date, $to a date.
entry-out-of-range = entryDate { $entry }: tirkeu's rules for { $country } cover entries from { $from } to { $to }.

# What a JS value is, in an input error ("… must be X, not <this>"); $error the error text, $what a phrase.
unreadable = The { $what } could not be read as plain data: { $error }.

# What a JS value is, in an input error ("… must be X, not <this>").
the-scenario = scenario

# What a JS value is, in an input error ("… must be X, not <this>").
the-country = country

# What a JS value is, in an input error ("… must be X, not <this>").
the-year = year

# What a JS value is, in an input error ("… must be X, not <this>").
the-details = details

# What a JS value is, in an input error ("… must be X, not <this>").
country-not-iso = country is not an ISO 3166-1 alpha-2 code.

# What a JS value is, in an input error ("… must be X, not <this>"); $code a country code.
no-calendar = tirkeu has no working-day calendar for { $code } yet.

# What a JS value is, in an input error ("… must be X, not <this>"); $code a country code, $from a date, $to a date.
year-out-of-range = year: the { $code } calendar covers { $from } to { $to }.

# An input error of the form's details; $field the field's path (entryDate, trips[0].exitDate), as is, $max a number.
too-long = { $field }: at most { $max } characters are accepted.

# An input error of the form's details; $char the refused character, $field the field's path (entryDate, trips[0].exitDate), as is.
name-not-printable = { $field }: "{ $char }" cannot be printed on the form: write the name as in the passport, in Latin or Cyrillic letters.

# An input error of the form's details; $char the refused character, $field the field's path (entryDate, trips[0].exitDate), as is.
not-printable = { $field }: "{ $char }" cannot be printed on the form: write it in Latin or Cyrillic letters.

