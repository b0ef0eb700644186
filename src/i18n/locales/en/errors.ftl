### The engine's input errors (the scenario, the calendar's and the form's arguments).
### Variables are worded before they get here: dates, numbers, field paths.

# An input error message (thrown as { code, field, message }); $field the field in words (the date of exit, the exit date of earlier trip 3: field-…), $got what it is (a-string… worded), $want what it must be (a-string, a-number… worded).
wrong-type = Expected { $want } for { $field }, not { $got }.

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

# What a JS value is, in an input error ("… must be X, not <this>"); $error the error text, $field the field in words (the date of exit, the exit date of earlier trip 3: field-…).
read-threw = Could not read { $field }: reading it threw an error ({ $error }).

# What a JS value is, in an input error ("… must be X, not <this>"); $field the field in words (the date of exit, the exit date of earlier trip 3: field-…), $max a number.
string-too-long = The text of { $field } is too long: at most { $max } characters are read.

# What a JS value is, in an input error ("… must be X, not <this>"); $date a date, $field the field in words (the date of exit, the exit date of earlier trip 3: field-…), $from a date.
birth-too-early = For { $field }, { $date } is too early: tirkeu takes birth dates from { $from } to the entry date.

# What a JS value is, in an input error ("… must be X, not <this>"); $date a date, $field the field in words (the date of exit, the exit date of earlier trip 3: field-…), $from a date, $to a date.
date-not-in-range = For { $field }, { $date } is outside the dates tirkeu accepts, { $from } to { $to }.

# What a JS value is, in an input error ("… must be X, not <this>"); $field the field in words (the date of exit, the exit date of earlier trip 3: field-…).
date-format = Write { $field } as a date in the form YYYY-MM-DD, like 2026-03-06.

# What a JS value is, in an input error ("… must be X, not <this>"); $field the field in words (the date of exit, the exit date of earlier trip 3: field-…), $value the value given.
no-such-day = For { $field }, { $value } is not a day of the calendar.

# What a JS value is, in an input error ("… must be X, not <this>"); $field the field in words (the date of exit, the exit date of earlier trip 3: field-…).
required = Give { $field }: it is required.

# What a JS value is, in an input error ("… must be X, not <this>"); $field the field in words (the date of exit, the exit date of earlier trip 3: field-…), $list the accepted values, $value the value given.
not-one-of = For { $field }, "{ $value }" is not one of { $list }.

# What a JS value is, in an input error ("… must be X, not <this>"); $got what it is (a-string… worded).
not-an-object = The scenario must be an object, not { $got }.

# An input error; $field the field in words (field-destination), $value the value given.
unknown-destination = For { $field }, "{ $value }" is not an ISO 3166-1 alpha-2 country code.

# An input error; $field the field in words (field-citizenship), $value the value given.
unknown-citizenship = For { $field }, "{ $value }" is not an ISO 3166-1 alpha-2 country code (or "stateless").

# An input error; $field and $other the fields in words (the exit's, the entry's), $exit and $entry their dates.
exit-before-entry = The dates are the wrong way round: { $field }, { $exit }, is before { $other }, { $entry }.

# An input error; $field the field in words (field-exit-date), $days a number of days.
stay-too-long = For { $field }: a planned stay of more than { $days } days is outside what tirkeu answers.

# An input error; $field and $other the fields in words (field-birth-date, field-entry-date), $birth and $entry their dates.
birth-after-entry = The dates are the wrong way round: { $field }, { $birth }, is after { $other }, { $entry }.

# An input error; $field the field in words (field-birth-date), $birth a date, $age years.
too-old = For { $field }, { $birth } would make the person older than { $age } on entry.

# What a JS value is, in an input error ("… must be X, not <this>"); $field the field in words (the date of exit, the exit date of earlier trip 3: field-…), $max a number, $n a number.
too-many = For { $field }, { $n } entries were given; at most { $max } are accepted.

# An input error: no leg was given (a route has 1 to $max legs; more are too-many); $field the field in words, $max a number.
legs-count = Give between 1 and { $max } legs for { $field }.

# An input error: a leg starts before the previous one ends; $field the field in words, $n the previous leg's number, $exit a date.
leg-overlap = For { $field }, the date is before the end of leg { $n } ({ $exit }): legs may not overlap; leaving one country and entering the next on the same day is allowed.

# An input error: the asked length of stay is not a whole number in range; $field the field in words, $max a number.
plan-days = For { $field }, give a whole number of days from 1 to { $max }.

# An input error: a trip starts within another; $field the field in words, $n the other trip's number.
plan-trips-overlap = For { $field }, the date falls within trip { $n }: trips may not overlap.

# What a JS value is, in an input error ("… must be X, not <this>"); $date a date, $entry a date, $field the field in words (the date of exit, the exit date of earlier trip 3: field-…).
trip-after-entry = For { $field }, { $date } is after this stay's entry, { $entry }: list only earlier trips.

# An input error; $first and $second two earlier trips in words (field-trip).
trips-overlap = The dates of { $second } overlap those of { $first }: each day can be spent in the country only once.

# What a JS value is, in an input error ("… must be X, not <this>"); $date a date, $field the field in words (the date of exit, the exit date of earlier trip 3: field-…).
move-outside = For { $field }, { $date } is outside the stay.

# An input error; $field the field in words (field-destination), $country a country name, $list the codes covered.
unsupported-destination = tirkeu has no rules for { $country } as { $field } yet; it covers { $list }.

# An input error; $field the field in words (field-citizenship), $country a country name.
own-citizen = With { $country } as { $field }, there is nothing to register: its citizens are not foreigners there.

# An input error; $field the field in words (field-entry-date), $entry a date, $country a country name, $from and $to dates.
entry-out-of-range = For { $field }, { $entry } is outside what tirkeu's rules for { $country } cover: entries from { $from } to { $to }.

# What a JS value is, in an input error ("… must be X, not <this>"); $error the error text, $what a phrase.
unreadable = The { $what } could not be read as plain data: { $error }.

# What a JS value is, in an input error ("… must be X, not <this>").
the-scenario = scenario

# What a JS value is, in an input error ("… must be X, not <this>").
the-country = country

# What a JS value is, in an input error ("… must be X, not <this>").
the-year = year

# What a JS value is, in an input error ("… must be X, not <this>").
the-route = route

# What a JS value is, in an input error ("… must be X, not <this>").
the-countries = countries

# What a JS value is, in an input error ("… must be X, not <this>").
the-details = details

# An input error of calendar(country, year): the country is not an ISO 3166-1 alpha-2 code.
country-not-iso = The country is not given as an ISO 3166-1 alpha-2 code.

# What a JS value is, in an input error ("… must be X, not <this>"); $code a country code.
no-calendar = tirkeu has no working-day calendar for { $code } yet.

# An input error of calendar(country, year); $code a country code, $from and $to years.
year-out-of-range = The year is outside the { $code } calendar, which covers { $from } to { $to }.

# An input error of the form's details; $field the field in words (the date of exit, the exit date of earlier trip 3: field-…), $max a number.
too-long = For { $field }, at most { $max } characters are accepted.

# An input error of the form's details; $char the refused character, $field the field in words (the date of exit, the exit date of earlier trip 3: field-…).
name-not-printable = For { $field }, "{ $char }" cannot be printed on the form: write the name as in the passport, in Latin or Cyrillic letters.

# An input error of the form's details; $char the refused character, $field the field in words (the date of exit, the exit date of earlier trip 3: field-…).
not-printable = For { $field }, "{ $char }" cannot be printed on the form: write it in Latin or Cyrillic letters.

## Fields in words: messages name a field with these, never by its path (exitDate, trips[0]).

# A field in words, in input errors: the whole input (the scenario).
field-input = the input

# A field in words, in input errors and assumptions: the destination country.
field-destination = the destination

# A field in words: the traveller's citizenship.
field-citizenship = the citizenship

# A field in words: the date of entry of this stay.
field-entry-date = the date of entry

# A field in words: the planned date of exit.
field-exit-date = the date of exit

# A field in words: the traveller's date of birth.
field-birth-date = the date of birth

# A field in words: the kind of passport.
field-passport = the passport

# A field in words: the visa entered on.
field-visa = the visa

# A field in words: where the traveller stays.
field-accommodation = the accommodation

# A field in words: the yes/no question "crew member on duty".
field-crew = the answer to "crew member on duty"

# A field in words: the language of the answer.
field-lang = the language

# A field in words: the list of earlier trips.
field-trips = the earlier trips

# A field in words: one earlier trip; $n its number in the list (1, 2, …).
field-trip = earlier trip { $n }

# A field in words: the entry date of an earlier trip; $n the trip's number.
field-trip-entry-date = the entry date of earlier trip { $n }

# A field in words: the exit date of an earlier trip; $n the trip's number.
field-trip-exit-date = the exit date of earlier trip { $n }

# A field in words: the list of changes of address.
field-moves = the changes of address

# A field in words: one change of address; $n its number.
field-move = change of address { $n }

# A field in words: the date of a change of address; $n its number.
field-move-date = the date of move { $n }

# A field in words: where the traveller stays after a change of address; $n its number.
field-move-accommodation = the accommodation after move { $n }

# A field in words: the yes/no question "the new address is in another region" of a change of address; $n its number.
field-move-other-region = the answer to "another region" for move { $n }

# A field in words: the yes/no question "the new dwelling has the same owner" of a change of address; $n its number.
field-move-same-owner = the answer to "same owner" for move { $n }

# A field in words: the residence permit the person holds.
field-permit = the residence permit

# A field in words: the kind (temporary or permanent) of the residence permit held.
field-permit-kind = the kind of residence permit

# A field in words: the last day of validity of the residence permit held.
field-permit-valid-until = the residence permit's expiry date

# A field in words: the day the permit holder's identity data changed or the card was lost.
field-permit-changed-on = the date the permit data changed or the card was lost

# A field in words: the legs of a route.
field-legs = the legs of the route

# A field in words: the length of stay asked about, in days.
field-days = the length of the stay in days

# A field in words: one leg of a route; $n its number.
field-leg = leg { $n } of the route

# A field in words: a field of one leg of a route; $field the field in words, $n the leg's number.
field-of-leg = { $field } (leg { $n })

# A field in words: the list of countries to compare.
field-countries = the countries to compare

# A field in words: one of the countries to compare; $n its number.
field-countries-item = country { $n } to compare

# A field in words: the country of an earlier trip; $n its number.
field-trip-destination = the country of earlier trip { $n }

# A field in words: the traveller's details for the pre-filled form, as a whole.
field-details = the details for the form

# A field in words: the list of accompanying children on the form.
field-children = the accompanying children

# A field in words: one accompanying child; $n its number.
field-child = child { $n }

# A field of the form's details in words; $label the field's label on the form, in this language (Surname).
field-labelled = the field “{ $label }”

# A field of the form's details in words, when the form has no label for it.
field-detail = a detail for the form

# A field in words: a detail of an accompanying child; $field the detail in words (field-labelled), $n the child's number.
field-of-child = { $field } of child { $n }

# A field in words: the facts the form module takes from the answer (due date, rules checked on), as a whole.
field-facts = the facts for the form

# A field in words: the due date of the notification, given to the form module.
field-due-date = the due date

# A field in words: the date the rules were last checked, given to the form module.
field-rules-checked-on = the date the rules were checked

# A field in words: the country asked of calendar(country, year).
field-country = the country

# A field in words: the year asked of calendar(country, year).
field-year = the year

# A field tirkeu does not know, in words; $name the key as the caller wrote it.
field-other = the value “{ $name }”

# A part of a field tirkeu does not know, in words; $name the key as the caller wrote it, $field the field it is in, in words.
field-part = the value “{ $name }” of { $field }
