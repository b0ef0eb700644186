### The engine's input errors (the scenario, the calendar's and the form's arguments).
### Variables are worded before they get here: dates, numbers, field paths.

# An input error message (thrown as { code, field, message }); $field the field in words (the date of exit, the exit date of earlier trip 3: field-…), $got what it is (a-string… worded), $want what it must be (a-string, a-number… worded).
wrong-type = «{ $field }» өрісінің мәні { $want } болуы керек, { $got } емес.

# An input error message (thrown as { code, field, message }).
a-string = мәтіндік жол

# An input error message (thrown as { code, field, message }).
a-number = сан

# An input error message (thrown as { code, field, message }).
a-boolean = логикалық мән

# An input error message (thrown as { code, field, message }).
an-array = массив

# An input error message (thrown as { code, field, message }).
an-object = объект

# An input error message (thrown as { code, field, message }).
null = null

# An input error message (thrown as { code, field, message }).
true-or-false = true немесе false

# An input error message (thrown as { code, field, message }).
a-whole-number = бүтін сан

# What a JS value is, in an input error ("… must be X, not <this>").
a-symbol = символ

# What a JS value is, in an input error ("… must be X, not <this>").
a-function = функция

# What a JS value is, in an input error ("… must be X, not <this>").
a-bigint = BigInt саны

# What a JS value is, in an input error ("… must be X, not <this>").
binary-data = екілік деректер

# What a JS value is, in an input error ("… must be X, not <this>").
a-map = Map объектісі

# What a JS value is, in an input error ("… must be X, not <this>").
a-set = Set объектісі

# What a JS value is, in an input error ("… must be X, not <this>").
a-date-object = Date объектісі

# What a JS value is, in an input error ("… must be X, not <this>"); $error the error text, $field the field in words (the date of exit, the exit date of earlier trip 3: field-…).
read-threw = «{ $field }» өрісі оқылмады: оқу кезінде қате шықты ({ $error }).

# What a JS value is, in an input error ("… must be X, not <this>"); $field the field in words (the date of exit, the exit date of earlier trip 3: field-…), $max a number.
string-too-long = «{ $field }» өрісі тым ұзын: ең көбі { $max } таңба оқылады.

# What a JS value is, in an input error ("… must be X, not <this>"); $date a date, $field the field in words (the date of exit, the exit date of earlier trip 3: field-…), $from a date.
birth-too-early = «{ $field }» өрісі: { $date } тым ерте; tirkeu туған күнді { $from } бастап келу күніне дейін қабылдайды.

# What a JS value is, in an input error ("… must be X, not <this>"); $date a date, $field the field in words (the date of exit, the exit date of earlier trip 3: field-…), $from a date, $to a date.
date-not-in-range = «{ $field }» өрісі: { $date } қабылданатын күндерден тыс: { $from } – { $to }.

# What a JS value is, in an input error ("… must be X, not <this>"); $field the field in words (the date of exit, the exit date of earlier trip 3: field-…).
date-format = «{ $field }» өрісінің мәні YYYY-MM-DD түрінде жазылған күн болуы керек, мысалы 2026-03-06.

# What a JS value is, in an input error ("… must be X, not <this>"); $field the field in words (the date of exit, the exit date of earlier trip 3: field-…), $value the value given.
no-such-day = «{ $field }» өрісі: { $value } — күнтізбеде жоқ күн.

# What a JS value is, in an input error ("… must be X, not <this>"); $field the field in words (the date of exit, the exit date of earlier trip 3: field-…).
required = «{ $field }» өрісін толтыру міндетті.

# What a JS value is, in an input error ("… must be X, not <this>"); $field the field in words (the date of exit, the exit date of earlier trip 3: field-…), $list the accepted values, $value the value given.
not-one-of = «{ $field }» өрісі: «{ $value }» — мына мәндердің бірі емес: { $list }.

# What a JS value is, in an input error ("… must be X, not <this>"); $got what it is (a-string… worded).
not-an-object = Сценарий объект болуы керек, { $got } емес.

# An input error; $field the field in words (field-destination), $value the value given.
unknown-destination = «{ $field }» өрісі: «{ $value }» — ISO 3166-1 alpha-2 ел коды емес.

# An input error; $field the field in words (field-citizenship), $value the value given.
unknown-citizenship = «{ $field }» өрісі: «{ $value }» — ISO 3166-1 alpha-2 ел коды емес (және «stateless» емес).

# An input error; $field and $other the fields in words (the exit's, the entry's), $exit and $entry their dates.
exit-before-entry = Күндер шатасқан: { $field } ({ $exit }) { $other } ({ $entry }) күнінен ерте.

# An input error; $field the field in words (field-exit-date), $days a number of days.
stay-too-long = «{ $field }» өрісі: { $days } күннен ұзақ жоспарланған болу tirkeu жауап беретін шектен тыс.

# An input error; $field and $other the fields in words (field-birth-date, field-entry-date), $birth and $entry their dates.
birth-after-entry = Күндер шатасқан: { $field } ({ $birth }) { $other } ({ $entry }) күнінен кейін.

# An input error; $field the field in words (field-birth-date), $birth a date, $age years.
too-old = «{ $field }» өрісі: { $birth } бойынша адам келген күні { $age } жастан үлкен болып шығады.

# What a JS value is, in an input error ("… must be X, not <this>"); $field the field in words (the date of exit, the exit date of earlier trip 3: field-…), $max a number, $n a number.
too-many = «{ $field }» өрісі: { $n } жазба берілді; ең көбі { $max } жазба қабылданады.

# An input error: no leg was given (a route has 1 to $max legs; more are too-many); $field the field in words, $max a number.
legs-count = { $field }: 1-ден { $max }-ге дейін кезең көрсетіңіз.

# An input error: a leg starts before the previous one ends; $field the field in words, $n the previous leg's number, $exit a date.
leg-overlap = «{ $field }» өрісі: күн { $n }-кезеңнің соңынан ({ $exit }) бұрын: кезеңдер қиылыспауы керек; бір елден шығып, келесісіне сол күні кіруге болады.

# An input error: the asked length of stay is not a whole number in range; $field the field in words, $max a number.
plan-days = «{ $field }» өрісі: 1-ден { $max }-ге дейінгі бүтін күн саны болуы керек.

# An input error: a trip starts within another; $field the field in words, $n the other trip's number.
plan-trips-overlap = «{ $field }» өрісі: күн { $n }-сапарға түседі; сапарлар қиылыспауы керек.

# What a JS value is, in an input error ("… must be X, not <this>"); $date a date, $entry a date, $field the field in words (the date of exit, the exit date of earlier trip 3: field-…).
trip-after-entry = «{ $field }» өрісі: { $date } осы жолғы келу күнінен ({ $entry }) кейін: тек бұрынғы сапарларды көрсетіңіз.

# An input error; $first and $second two earlier trips in words (field-trip).
trips-overlap = Сапарлар қиылысады: { $second } және { $first }; әр күнді елде тек бір рет өткізуге болады.

# What a JS value is, in an input error ("… must be X, not <this>"); $date a date, $field the field in words (the date of exit, the exit date of earlier trip 3: field-…).
move-outside = «{ $field }» өрісі: { $date } болу кезеңінен тыс.

# An input error; $field the field in words (field-destination), $country a country name, $list the codes covered.
unsupported-destination = «{ $field }» өрісі: tirkeu әзірге { $country } үшін ережелерді қамтымайды; қамтылатындары: { $list }.

# An input error; $field the field in words (field-citizenship), $country a country name.
own-citizen = «{ $field }» өрісі: { $country } азаматтары ол жерде шетелдік болып саналмайды; тіркейтін ештеңе жоқ.

# An input error; $field the field in words (field-entry-date), $entry a date, $country a country name, $from and $to dates.
entry-out-of-range = «{ $field }» өрісі: { $entry } — { $country } бойынша tirkeu ережелері { $from } – { $to } аралығындағы келулерді қамтиды.

# What a JS value is, in an input error ("… must be X, not <this>"); $error the error text, $what a phrase.
unreadable = Берілген { $what } қарапайым дерек ретінде оқылмады: { $error }.

# What a JS value is, in an input error ("… must be X, not <this>").
the-scenario = сценарий

# What a JS value is, in an input error ("… must be X, not <this>").
the-country = ел

# What a JS value is, in an input error ("… must be X, not <this>").
the-year = жыл

# What a JS value is, in an input error ("… must be X, not <this>").
the-route = маршрут

# What a JS value is, in an input error ("… must be X, not <this>").
the-countries = елдер тізімі

# What a JS value is, in an input error ("… must be X, not <this>").
the-details = мәліметтер

# An input error of calendar(country, year): the country is not an ISO 3166-1 alpha-2 code.
country-not-iso = Ел ISO 3166-1 alpha-2 кодымен көрсетілмеген.

# What a JS value is, in an input error ("… must be X, not <this>"); $code a country code.
no-calendar = tirkeu әзірге { $code } үшін жұмыс күндерінің күнтізбесін қамтымайды.

# An input error of calendar(country, year); $code a country code, $from and $to years.
year-out-of-range = Жыл { $code } күнтізбесінен тыс: ол { $from } – { $to } жылдарды қамтиды.

# An input error of the form's details; $field the field in words (the date of exit, the exit date of earlier trip 3: field-…), $max a number.
too-long = «{ $field }» өрісі: ең көбі { $max } таңба қабылданады.

# An input error of the form's details; $char the refused character, $field the field in words (the date of exit, the exit date of earlier trip 3: field-…).
name-not-printable = «{ $field }» өрісі: «{ $char }» таңбасын бланкіде басып шығаруға болмайды: атын төлқұжаттағыдай латын немесе кирилл әріптерімен жазыңыз.

# An input error of the form's details; $char the refused character, $field the field in words (the date of exit, the exit date of earlier trip 3: field-…).
not-printable = «{ $field }» өрісі: «{ $char }» таңбасын бланкіде басып шығаруға болмайды: латын немесе кирилл әріптерімен жазыңыз.

## Fields in words: messages name a field with these, never by its path (exitDate, trips[0]).

# A field in words, in input errors: the whole input (the scenario).
field-input = кіріс деректері

# A field in words, in input errors and assumptions: the destination country.
field-destination = баратын ел

# A field in words: the traveller's citizenship.
field-citizenship = азаматтық

# A field in words: the date of entry of this stay.
field-entry-date = келу күні

# A field in words: the planned date of exit.
field-exit-date = кету күні

# A field in words: the traveller's date of birth.
field-birth-date = туған күні

# A field in words: the kind of passport.
field-passport = төлқұжат

# A field in words: the visa entered on.
field-visa = виза

# A field in words: where the traveller stays.
field-accommodation = тұратын орын

# A field in words: the yes/no question "crew member on duty".
field-crew = кезекшіліктегі экипаж мүшесі

# A field in words: the language of the answer.
field-lang = тіл

# A field in words: the list of earlier trips.
field-trips = бұрынғы сапарлар

# A field in words: one earlier trip; $n its number in the list (1, 2, …).
field-trip = { $n }-бұрынғы сапар

# A field in words: the entry date of an earlier trip; $n the trip's number.
field-trip-entry-date = { $n }-бұрынғы сапардың келу күні

# A field in words: the exit date of an earlier trip; $n the trip's number.
field-trip-exit-date = { $n }-бұрынғы сапардың кету күні

# A field in words: the list of changes of address.
field-moves = мекенжай ауыстырулары

# A field in words: one change of address; $n its number.
field-move = { $n }-мекенжай ауыстыру

# A field in words: the date of a change of address; $n its number.
field-move-date = { $n }-көшу күні

# A field in words: where the traveller stays after a change of address; $n its number.
field-move-accommodation = { $n }-көшуден кейінгі тұратын орын

# A field in words: the yes/no question "the new address is in another region" of a change of address; $n its number.
field-move-other-region = { $n }-көшудегі басқа өңір

# A field in words: the yes/no question "the new dwelling has the same owner" of a change of address; $n its number.
field-move-same-owner = { $n }-көшудегі «сол меншік иесі» жауабы

# A field in words: the residence permit the person holds.
field-permit = тұруға рұқсат

# A field in words: the kind (temporary or permanent) of the residence permit held.
field-permit-kind = тұруға рұқсаттың түрі

# A field in words: the last day of validity of the residence permit held.
field-permit-valid-until = тұруға рұқсаттың қолданылу мерзімі

# A field in words: the day the permit holder's identity data changed or the card was lost.
field-permit-changed-on = деректер өзгерген немесе карточка жоғалған күн

# A field in words: the legs of a route.
field-legs = маршрут кезеңдері

# A field in words: the length of stay asked about, in days.
field-days = болу ұзақтығы (күн)

# A field in words: one leg of a route; $n its number.
field-leg = маршруттың { $n }-кезеңі

# A field in words: a field of one leg of a route; $field the field in words, $n the leg's number.
field-of-leg = { $field } ({ $n }-кезең)

# A field in words: the list of countries to compare.
field-countries = салыстырылатын елдер

# A field in words: one of the countries to compare; $n its number.
field-countries-item = салыстырылатын { $n }-ел

# A field in words: the country of an earlier trip; $n its number.
field-trip-destination = { $n }-сапардың елі

# A field in words: the traveller's details for the pre-filled form, as a whole.
field-details = бланкке арналған деректер

# A field in words: the list of accompanying children on the form.
field-children = бірге жүрген балалар

# A field in words: one accompanying child; $n its number.
field-child = { $n }-бала

# A field of the form's details in words; $label the field's label on the form, in this language (Surname).
field-labelled = { $label }

# A field of the form's details in words, when the form has no label for it.
field-detail = бланкке арналған дерек

# A field in words: a detail of an accompanying child; $field the detail in words (field-labelled), $n the child's number.
field-of-child = { $field } ({ $n }-бала)

# A field in words: the facts the form module takes from the answer (due date, rules checked on), as a whole.
field-facts = бланкке арналған мәліметтер

# A field in words: the due date of the notification, given to the form module.
field-due-date = мерзім

# A field in words: the date the rules were last checked, given to the form module.
field-rules-checked-on = ережелер тексерілген күн

# A field in words: the country asked of calendar(country, year).
field-country = ел

# A field in words: the year asked of calendar(country, year).
field-year = жыл

# A field tirkeu does not know, in words; $name the key as the caller wrote it.
field-other = „{ $name }“ мәні

# A part of a field tirkeu does not know, in words; $name the key as the caller wrote it, $field the field it is in, in words.
field-part = „{ $name }“ мәні ({ $field })
