### The engine's input errors (the scenario, the calendar's and the form's arguments).
### Variables are worded before they get here: dates, numbers, field paths.

# An input error message (thrown as { code, field, message }); $field the field's path (entryDate, trips[0].exitDate), as is, $got what it is (a-string… worded), $want what it must be (a-string, a-number… worded).
wrong-type = { $field } мәні { $want } болуы керек, { $got } емес.

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

# What a JS value is, in an input error ("… must be X, not <this>"); $error the error text, $field the field's path (entryDate, trips[0].exitDate), as is.
read-threw = { $field } оқылмады: оқу кезінде қате шықты ({ $error }).

# What a JS value is, in an input error ("… must be X, not <this>"); $field the field's path (entryDate, trips[0].exitDate), as is, $max a number.
string-too-long = { $field } тым ұзын: ең көбі { $max } таңба оқылады.

# What a JS value is, in an input error ("… must be X, not <this>"); $date a date, $field the field's path (entryDate, trips[0].exitDate), as is, $from a date.
birth-too-early = { $field } { $date }: tirkeu туған күнді { $from } бастап келу күніне дейін қабылдайды.

# What a JS value is, in an input error ("… must be X, not <this>"); $date a date, $field the field's path (entryDate, trips[0].exitDate), as is, $from a date, $to a date.
date-not-in-range = { $field } { $date } бұл өріс үшін қабылданатын күндерден тыс: { $from } – { $to }.

# What a JS value is, in an input error ("… must be X, not <this>"); $field the field's path (entryDate, trips[0].exitDate), as is.
date-format = { $field } мәні YYYY-MM-DD түрінде жазылған күн болуы керек, мысалы 2026-03-06.

# What a JS value is, in an input error ("… must be X, not <this>"); $field the field's path (entryDate, trips[0].exitDate), as is, $value the value given.
no-such-day = { $field }: { $value } — күнтізбеде жоқ күн.

# What a JS value is, in an input error ("… must be X, not <this>"); $field the field's path (entryDate, trips[0].exitDate), as is.
required = { $field } көрсетілуі міндетті.

# What a JS value is, in an input error ("… must be X, not <this>"); $field the field's path (entryDate, trips[0].exitDate), as is, $list the accepted values, $value the value given.
not-one-of = { $field }: «{ $value }» — мына мәндердің бірі емес: { $list }.

# What a JS value is, in an input error ("… must be X, not <this>"); $got what it is (a-string… worded).
not-an-object = Сценарий объект болуы керек, { $got } емес.

# What a JS value is, in an input error ("… must be X, not <this>"); $value the value given.
unknown-destination = destination: «{ $value }» — ISO 3166-1 alpha-2 ел коды емес.

# What a JS value is, in an input error ("… must be X, not <this>"); $value the value given.
unknown-citizenship = citizenship: «{ $value }» — ISO 3166-1 alpha-2 ел коды емес (және «stateless» емес).

# What a JS value is, in an input error ("… must be X, not <this>"); $entry a date, $exit a date, $field the field's path (entryDate, trips[0].exitDate), as is, $other the other field.
exit-before-entry = { $field } { $exit } мәні { $other } { $entry } мәнінен ерте.

# What a JS value is, in an input error ("… must be X, not <this>"); $days a number of days.
stay-too-long = exitDate: { $days } күннен ұзақ жоспарланған болу tirkeu жауап беретін шектен тыс.

# What a JS value is, in an input error ("… must be X, not <this>"); $birth a date, $entry a date.
birth-after-entry = birthDate { $birth } мәні entryDate { $entry } мәнінен кейін.

# What a JS value is, in an input error ("… must be X, not <this>"); $age years, $birth a date.
too-old = birthDate { $birth } бойынша адам келген күні { $age } жастан үлкен болып шығады.

# What a JS value is, in an input error ("… must be X, not <this>"); $field the field's path (entryDate, trips[0].exitDate), as is, $max a number, $n a number.
too-many = { $field }: { $n } жазба берілді; ең көбі { $max } жазба қабылданады.

# What a JS value is, in an input error ("… must be X, not <this>"); $date a date, $entry a date, $field the field's path (entryDate, trips[0].exitDate), as is.
trip-after-entry = { $field } { $date } мәні осы болудың entryDate { $entry } мәнінен кейін: тек бұрынғы сапарларды көрсетіңіз.

# What a JS value is, in an input error ("… must be X, not <this>"); $first a trip, $second a trip.
trips-overlap = { $second } және { $first } бір-бірімен қиылысады: әр күнді елде тек бір рет өткізуге болады.

# What a JS value is, in an input error ("… must be X, not <this>"); $date a date, $field the field's path (entryDate, trips[0].exitDate), as is.
move-outside = { $field } { $date } болу кезеңінен тыс.

# What a JS value is, in an input error ("… must be X, not <this>"); $country a country name, $list the accepted values.
unsupported-destination = destination: tirkeu әзірге { $country } үшін ережелерді қамтымайды; қамтылатындары: { $list }.

# What a JS value is, in an input error ("… must be X, not <this>"); $country a country name.
own-citizen = citizenship: { $country } азаматтары ол жерде шетелдік болып саналмайды; тіркейтін ештеңе жоқ.

# What a JS value is, in an input error ("… must be X, not <this>"); $country a country name, $entry a date, $from a date, $to a date.
entry-out-of-range = entryDate { $entry }: { $country } бойынша tirkeu ережелері { $from } – { $to } аралығындағы келулерді қамтиды.

# What a JS value is, in an input error ("… must be X, not <this>"); $error the error text, $what a phrase.
unreadable = Берілген { $what } қарапайым дерек ретінде оқылмады: { $error }.

# What a JS value is, in an input error ("… must be X, not <this>").
the-scenario = сценарий

# What a JS value is, in an input error ("… must be X, not <this>").
the-country = ел

# What a JS value is, in an input error ("… must be X, not <this>").
the-year = жыл

# What a JS value is, in an input error ("… must be X, not <this>").
the-details = мәліметтер

# What a JS value is, in an input error ("… must be X, not <this>").
country-not-iso = country — ISO 3166-1 alpha-2 коды емес.

# What a JS value is, in an input error ("… must be X, not <this>"); $code a country code.
no-calendar = tirkeu әзірге { $code } үшін жұмыс күндерінің күнтізбесін қамтымайды.

# What a JS value is, in an input error ("… must be X, not <this>"); $code a country code, $from a date, $to a date.
year-out-of-range = year: { $code } күнтізбесі { $from } – { $to } жылдарды қамтиды.

# An input error of the form's details; $field the field's path (entryDate, trips[0].exitDate), as is, $max a number.
too-long = { $field }: ең көбі { $max } таңба қабылданады.

# An input error of the form's details; $char the refused character, $field the field's path (entryDate, trips[0].exitDate), as is.
name-not-printable = { $field }: «{ $char }» таңбасын бланкіде басып шығаруға болмайды: атын төлқұжаттағыдай латын немесе кирилл әріптерімен жазыңыз.

# An input error of the form's details; $char the refused character, $field the field's path (entryDate, trips[0].exitDate), as is.
not-printable = { $field }: «{ $char }» таңбасын бланкіде басып шығаруға болмайды: латын немесе кирилл әріптерімен жазыңыз.

