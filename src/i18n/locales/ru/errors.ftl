### The engine's input errors (the scenario, the calendar's and the form's arguments).
### Variables are worded before they get here: dates, numbers, field paths.

# An input error message (thrown as { code, field, message }); $field the field's path (entryDate, trips[0].exitDate), as is, $got what it is (a-string… worded), $want what it must be (a-string, a-number… worded).
wrong-type = Поле { $field } должно быть { $want }, а не { $got }.

# An input error message (thrown as { code, field, message }).
a-string = строкой

# An input error message (thrown as { code, field, message }).
a-number = числом

# An input error message (thrown as { code, field, message }).
a-boolean = логическим значением

# An input error message (thrown as { code, field, message }).
an-array = массивом

# An input error message (thrown as { code, field, message }).
an-object = объектом

# An input error message (thrown as { code, field, message }).
null = null

# An input error message (thrown as { code, field, message }).
true-or-false = true или false

# An input error message (thrown as { code, field, message }).
a-whole-number = целым числом

# What a JS value is, in an input error ("… must be X, not <this>").
a-symbol = символом

# What a JS value is, in an input error ("… must be X, not <this>").
a-function = функцией

# What a JS value is, in an input error ("… must be X, not <this>").
a-bigint = числом BigInt

# What a JS value is, in an input error ("… must be X, not <this>").
binary-data = двоичными данными

# What a JS value is, in an input error ("… must be X, not <this>").
a-map = объектом Map

# What a JS value is, in an input error ("… must be X, not <this>").
a-set = объектом Set

# What a JS value is, in an input error ("… must be X, not <this>").
a-date-object = объектом Date

# What a JS value is, in an input error ("… must be X, not <this>"); $error the error text, $field the field's path (entryDate, trips[0].exitDate), as is.
read-threw = Не удалось прочитать { $field }: при чтении возникла ошибка ({ $error }).

# What a JS value is, in an input error ("… must be X, not <this>"); $field the field's path (entryDate, trips[0].exitDate), as is, $max a number.
string-too-long = Поле { $field } слишком длинное: читается не более { $max } символов.

# What a JS value is, in an input error ("… must be X, not <this>"); $date a date, $field the field's path (entryDate, trips[0].exitDate), as is, $from a date.
birth-too-early = { $field } { $date }: tirkeu принимает даты рождения с { $from } по дату въезда.

# What a JS value is, in an input error ("… must be X, not <this>"); $date a date, $field the field's path (entryDate, trips[0].exitDate), as is, $from a date, $to a date.
date-not-in-range = { $field } { $date } выходит за пределы дат, допустимых для этого поля: с { $from } по { $to }.

# What a JS value is, in an input error ("… must be X, not <this>"); $field the field's path (entryDate, trips[0].exitDate), as is.
date-format = Поле { $field } должно содержать дату в формате YYYY-MM-DD, например 2026-03-06.

# What a JS value is, in an input error ("… must be X, not <this>"); $field the field's path (entryDate, trips[0].exitDate), as is, $value the value given.
no-such-day = { $field }: { $value } — такого дня в календаре нет.

# What a JS value is, in an input error ("… must be X, not <this>"); $field the field's path (entryDate, trips[0].exitDate), as is.
required = Поле { $field } обязательно.

# What a JS value is, in an input error ("… must be X, not <this>"); $field the field's path (entryDate, trips[0].exitDate), as is, $list the accepted values, $value the value given.
not-one-of = { $field }: «{ $value }» не входит в число допустимых значений: { $list }.

# What a JS value is, in an input error ("… must be X, not <this>"); $got what it is (a-string… worded).
not-an-object = Сценарий должен быть объектом, а не { $got }.

# What a JS value is, in an input error ("… must be X, not <this>"); $value the value given.
unknown-destination = destination: «{ $value }» не является кодом страны ISO 3166-1 alpha-2.

# What a JS value is, in an input error ("… must be X, not <this>"); $value the value given.
unknown-citizenship = citizenship: «{ $value }» не является кодом страны ISO 3166-1 alpha-2 (или «stateless»).

# What a JS value is, in an input error ("… must be X, not <this>"); $entry a date, $exit a date, $field the field's path (entryDate, trips[0].exitDate), as is, $other the other field.
exit-before-entry = { $field } { $exit } раньше, чем { $other } { $entry }.

# What a JS value is, in an input error ("… must be X, not <this>"); $days a number of days.
stay-too-long = exitDate: планируемое пребывание более { $days } { $days ->
        [one] дня
       *[many] дней
    } выходит за рамки того, на что отвечает tirkeu.

# What a JS value is, in an input error ("… must be X, not <this>"); $birth a date, $entry a date.
birth-after-entry = birthDate { $birth } позже, чем entryDate { $entry }.

# What a JS value is, in an input error ("… must be X, not <this>"); $age years, $birth a date.
too-old = При birthDate { $birth } лицу на дату въезда было бы больше { $age } { $age ->
        [one] года
       *[many] лет
    }.

# What a JS value is, in an input error ("… must be X, not <this>"); $field the field's path (entryDate, trips[0].exitDate), as is, $max a number, $n a number.
too-many = { $field }: указано записей: { $n }; допускается не более { $max }.

# What a JS value is, in an input error ("… must be X, not <this>"); $date a date, $entry a date, $field the field's path (entryDate, trips[0].exitDate), as is.
trip-after-entry = { $field } { $date } позже entryDate этого пребывания ({ $entry }): укажите только более ранние поездки.

# What a JS value is, in an input error ("… must be X, not <this>"); $first a trip, $second a trip.
trips-overlap = { $second } пересекается с { $first }: каждый день можно провести в стране только один раз.

# What a JS value is, in an input error ("… must be X, not <this>"); $date a date, $field the field's path (entryDate, trips[0].exitDate), as is.
move-outside = { $field } { $date } выходит за пределы пребывания.

# What a JS value is, in an input error ("… must be X, not <this>"); $country a country name, $list the accepted values.
unsupported-destination = destination: в tirkeu пока нет правил для страны { $country }; охвачены: { $list }.

# What a JS value is, in an input error ("… must be X, not <this>"); $country a country name.
own-citizen = citizenship: граждане страны { $country } не являются там иностранцами; регистрировать нечего.

# What a JS value is, in an input error ("… must be X, not <this>"); $country a country name, $entry a date, $from a date, $to a date.
entry-out-of-range = entryDate { $entry }: правила tirkeu для страны { $country } охватывают въезды с { $from } по { $to }.

# What a JS value is, in an input error ("… must be X, not <this>"); $error the error text, $what a phrase.
unreadable = Не удалось прочитать { $what } как простые данные: { $error }.

# What a JS value is, in an input error ("… must be X, not <this>").
the-scenario = сценарий

# What a JS value is, in an input error ("… must be X, not <this>").
the-country = страну

# What a JS value is, in an input error ("… must be X, not <this>").
the-year = год

# What a JS value is, in an input error ("… must be X, not <this>").
the-details = подробности

# What a JS value is, in an input error ("… must be X, not <this>").
country-not-iso = country не является кодом ISO 3166-1 alpha-2.

# What a JS value is, in an input error ("… must be X, not <this>"); $code a country code.
no-calendar = В tirkeu пока нет календаря рабочих дней для { $code }.

# What a JS value is, in an input error ("… must be X, not <this>"); $code a country code, $from a date, $to a date.
year-out-of-range = year: календарь { $code } охватывает период с { $from } по { $to }.

# An input error of the form's details; $field the field's path (entryDate, trips[0].exitDate), as is, $max a number.
too-long = { $field }: допускается не более { $max } символов.

# An input error of the form's details; $char the refused character, $field the field's path (entryDate, trips[0].exitDate), as is.
name-not-printable = { $field }: символ «{ $char }» нельзя напечатать на бланке: напишите имя как в паспорте, латиницей или кириллицей.

# An input error of the form's details; $char the refused character, $field the field's path (entryDate, trips[0].exitDate), as is.
not-printable = { $field }: символ «{ $char }» нельзя напечатать на бланке: пишите латиницей или кириллицей.

