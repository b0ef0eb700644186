### The engine's input errors (the scenario, the calendar's and the form's arguments).
### Variables are worded before they get here: dates, numbers, field paths.

# An input error message (thrown as { code, field, message }); $field the field in words (the date of exit, the exit date of earlier trip 3: field-…), $got what it is (a-string… worded), $want what it must be (a-string, a-number… worded).
wrong-type = Поле «{ $field }» должно быть { $want }, а не { $got }.

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

# What a JS value is, in an input error ("… must be X, not <this>"); $error the error text, $field the field in words (the date of exit, the exit date of earlier trip 3: field-…).
read-threw = Не удалось прочитать поле «{ $field }»: при чтении возникла ошибка ({ $error }).

# What a JS value is, in an input error ("… must be X, not <this>"); $field the field in words (the date of exit, the exit date of earlier trip 3: field-…), $max a number.
string-too-long = Поле «{ $field }» слишком длинное: читается не более { $max } символов.

# What a JS value is, in an input error ("… must be X, not <this>"); $date a date, $field the field in words (the date of exit, the exit date of earlier trip 3: field-…), $from a date.
birth-too-early = Поле «{ $field }»: { $date } — слишком рано; tirkeu принимает даты рождения с { $from } по дату въезда.

# What a JS value is, in an input error ("… must be X, not <this>"); $date a date, $field the field in words (the date of exit, the exit date of earlier trip 3: field-…), $from a date, $to a date.
date-not-in-range = Поле «{ $field }»: { $date } выходит за пределы допустимых дат, с { $from } по { $to }.

# What a JS value is, in an input error ("… must be X, not <this>"); $field the field in words (the date of exit, the exit date of earlier trip 3: field-…).
date-format = Поле «{ $field }» должно содержать дату в формате YYYY-MM-DD, например 2026-03-06.

# What a JS value is, in an input error ("… must be X, not <this>"); $field the field in words (the date of exit, the exit date of earlier trip 3: field-…), $value the value given.
no-such-day = Поле «{ $field }»: { $value } — такого дня в календаре нет.

# What a JS value is, in an input error ("… must be X, not <this>"); $field the field in words (the date of exit, the exit date of earlier trip 3: field-…).
required = Поле «{ $field }» обязательно.

# What a JS value is, in an input error ("… must be X, not <this>"); $field the field in words (the date of exit, the exit date of earlier trip 3: field-…), $list the accepted values, $value the value given.
not-one-of = Поле «{ $field }»: «{ $value }» не входит в число допустимых значений: { $list }.

# What a JS value is, in an input error ("… must be X, not <this>"); $got what it is (a-string… worded).
not-an-object = Сценарий должен быть объектом, а не { $got }.

# An input error; $field the field in words (field-destination), $value the value given.
unknown-destination = Поле «{ $field }»: «{ $value }» не является кодом страны ISO 3166-1 alpha-2.

# An input error; $field the field in words (field-citizenship), $value the value given.
unknown-citizenship = Поле «{ $field }»: «{ $value }» не является кодом страны ISO 3166-1 alpha-2 (или «stateless»).

# An input error; $field and $other the fields in words (the exit's, the entry's), $exit and $entry their dates.
exit-before-entry = Даты перепутаны: { $field } ({ $exit }) раньше, чем { $other } ({ $entry }).

# An input error; $field the field in words (field-exit-date), $days a number of days.
stay-too-long = Поле «{ $field }»: планируемое пребывание более { $days } { $days ->
        [one] дня
       *[many] дней
    } выходит за рамки того, на что отвечает tirkeu.

# An input error; $field and $other the fields in words (field-birth-date, field-entry-date), $birth and $entry their dates.
birth-after-entry = Даты перепутаны: { $field } ({ $birth }) позже, чем { $other } ({ $entry }).

# An input error; $field the field in words (field-birth-date), $birth a date, $age years.
too-old = Поле «{ $field }»: при дате { $birth } лицу на дату въезда было бы больше { $age } { $age ->
        [one] года
       *[many] лет
    }.

# What a JS value is, in an input error ("… must be X, not <this>"); $field the field in words (the date of exit, the exit date of earlier trip 3: field-…), $max a number, $n a number.
too-many = Поле «{ $field }»: указано записей: { $n }; допускается не более { $max }.

# An input error: no leg was given (a route has 1 to $max legs; more are too-many); $field the field in words, $max a number.
legs-count = { $field }: укажите от 1 до { $max } этапов.

# An input error: a leg starts before the previous one ends; $field the field in words, $n the previous leg's number, $exit a date.
leg-overlap = Поле «{ $field }»: дата раньше окончания этапа { $n } ({ $exit }): этапы не могут пересекаться; выехать из одной страны и въехать в другую в один день можно.

# An input error: the asked length of stay is not a whole number in range; $field the field in words, $max a number.
plan-days = Поле «{ $field }»: нужно целое число дней от 1 до { $max }.

# An input error: a trip starts within another; $field the field in words, $n the other trip's number.
plan-trips-overlap = Поле «{ $field }»: дата приходится на поездку { $n }; поездки не могут пересекаться.

# What a JS value is, in an input error ("… must be X, not <this>"); $date a date, $entry a date, $field the field in words (the date of exit, the exit date of earlier trip 3: field-…).
trip-after-entry = Поле «{ $field }»: { $date } позже въезда в этот раз ({ $entry }): укажите только более ранние поездки.

# An input error; $first and $second two earlier trips in words (field-trip).
trips-overlap = Поездки пересекаются: { $second } и { $first }; каждый день можно провести в стране только один раз.

# What a JS value is, in an input error ("… must be X, not <this>"); $date a date, $field the field in words (the date of exit, the exit date of earlier trip 3: field-…).
move-outside = Поле «{ $field }»: { $date } выходит за пределы пребывания.

# An input error; $field the field in words (field-destination), $country a country name, $list the codes covered.
unsupported-destination = Поле «{ $field }»: в tirkeu пока нет правил для страны { $country }; охвачены: { $list }.

# An input error; $field the field in words (field-citizenship), $country a country name.
own-citizen = Поле «{ $field }»: граждане страны { $country } не являются там иностранцами; регистрировать нечего.

# An input error; $field the field in words (field-entry-date), $entry a date, $country a country name, $from and $to dates.
entry-out-of-range = Поле «{ $field }»: { $entry } — правила tirkeu для страны { $country } охватывают въезды с { $from } по { $to }.

# What a JS value is, in an input error ("… must be X, not <this>"); $error the error text, $what a phrase.
unreadable = Не удалось прочитать { $what } как простые данные: { $error }.

# What a JS value is, in an input error ("… must be X, not <this>").
the-scenario = сценарий

# What a JS value is, in an input error ("… must be X, not <this>").
the-country = страну

# What a JS value is, in an input error ("… must be X, not <this>").
the-year = год

# What a JS value is, in an input error ("… must be X, not <this>").
the-route = маршрут

# What a JS value is, in an input error ("… must be X, not <this>").
the-countries = список стран

# What a JS value is, in an input error ("… must be X, not <this>").
the-details = подробности

# An input error of calendar(country, year): the country is not an ISO 3166-1 alpha-2 code.
country-not-iso = Страна указана не кодом ISO 3166-1 alpha-2.

# What a JS value is, in an input error ("… must be X, not <this>"); $code a country code.
no-calendar = В tirkeu пока нет календаря рабочих дней для { $code }.

# An input error of calendar(country, year); $code a country code, $from and $to years.
year-out-of-range = Год вне календаря { $code }: он охватывает период с { $from } по { $to }.

# An input error of the form's details; $field the field in words (the date of exit, the exit date of earlier trip 3: field-…), $max a number.
too-long = Поле «{ $field }»: допускается не более { $max } символов.

# An input error of the form's details; $char the refused character, $field the field in words (the date of exit, the exit date of earlier trip 3: field-…).
name-not-printable = Поле «{ $field }»: символ «{ $char }» нельзя напечатать на бланке: напишите имя как в паспорте, латиницей или кириллицей.

# An input error of the form's details; $char the refused character, $field the field in words (the date of exit, the exit date of earlier trip 3: field-…).
not-printable = Поле «{ $field }»: символ «{ $char }» нельзя напечатать на бланке: пишите латиницей или кириллицей.

## Fields in words: messages name a field with these, never by its path (exitDate, trips[0]).

# A field in words, in input errors: the whole input (the scenario).
field-input = входные данные

# A field in words, in input errors and assumptions: the destination country.
field-destination = страна назначения

# A field in words: the traveller's citizenship.
field-citizenship = гражданство

# A field in words: the date of entry of this stay.
field-entry-date = дата въезда

# A field in words: the planned date of exit.
field-exit-date = дата выезда

# A field in words: the traveller's date of birth.
field-birth-date = дата рождения

# A field in words: the kind of passport.
field-passport = паспорт

# A field in words: the visa entered on.
field-visa = виза

# A field in words: where the traveller stays.
field-accommodation = место проживания

# A field in words: the yes/no question "crew member on duty".
field-crew = член экипажа при исполнении

# A field in words: the language of the answer.
field-lang = язык

# A field in words: the list of earlier trips.
field-trips = прежние поездки

# A field in words: one earlier trip; $n its number in the list (1, 2, …).
field-trip = прежняя поездка { $n }

# A field in words: the entry date of an earlier trip; $n the trip's number.
field-trip-entry-date = дата въезда прежней поездки { $n }

# A field in words: the exit date of an earlier trip; $n the trip's number.
field-trip-exit-date = дата выезда прежней поездки { $n }

# A field in words: the list of changes of address.
field-moves = смены адреса

# A field in words: one change of address; $n its number.
field-move = смена адреса { $n }

# A field in words: the date of a change of address; $n its number.
field-move-date = дата переезда { $n }

# A field in words: where the traveller stays after a change of address; $n its number.
field-move-accommodation = место проживания после переезда { $n }

# A field in words: the yes/no question "the new address is in another region" of a change of address; $n its number.
field-move-other-region = другой регион при переезде { $n }

# A field in words: the yes/no question "the new dwelling has the same owner" of a change of address; $n its number.
field-move-same-owner = ответ «тот же собственник» для переезда { $n }

# A field in words: the residence permit the person holds.
field-permit = вид на жительство

# A field in words: the kind (temporary or permanent) of the residence permit held.
field-permit-kind = вид разрешения на проживание

# A field in words: the last day of validity of the residence permit held.
field-permit-valid-until = срок действия разрешения на проживание

# A field in words: the day the permit holder's identity data changed or the card was lost.
field-permit-changed-on = дата изменения данных или утраты карточки

# A field in words: the legs of a route.
field-legs = этапы маршрута

# A field in words: the length of stay asked about, in days.
field-days = продолжительность пребывания в днях

# A field in words: one leg of a route; $n its number.
field-leg = этап маршрута { $n }

# A field in words: a field of one leg of a route; $field the field in words, $n the leg's number.
field-of-leg = { $field } (этап { $n })

# A field in words: the list of countries to compare.
field-countries = страны для сравнения

# A field in words: one of the countries to compare; $n its number.
field-countries-item = страна { $n } для сравнения

# A field in words: the country of an earlier trip; $n its number.
field-trip-destination = страна поездки { $n }

# A field in words: the traveller's details for the pre-filled form, as a whole.
field-details = данные для бланка

# A field in words: the list of accompanying children on the form.
field-children = сопровождающие дети

# A field in words: one accompanying child; $n its number.
field-child = ребёнок { $n }

# A field of the form's details in words; $label the field's label on the form, in this language (Surname).
field-labelled = { $label }

# A field of the form's details in words, when the form has no label for it.
field-detail = данные для бланка

# A field in words: a detail of an accompanying child; $field the detail in words (field-labelled), $n the child's number.
field-of-child = { $field } (ребёнок { $n })

# A field in words: the facts the form module takes from the answer (due date, rules checked on), as a whole.
field-facts = сведения для бланка

# A field in words: the due date of the notification, given to the form module.
field-due-date = срок

# A field in words: the date the rules were last checked, given to the form module.
field-rules-checked-on = дата проверки правил

# A field in words: the country asked of calendar(country, year).
field-country = страна

# A field in words: the year asked of calendar(country, year).
field-year = год

# A field tirkeu does not know, in words; $name the key as the caller wrote it.
field-other = значение „{ $name }“

# A part of a field tirkeu does not know, in words; $name the key as the caller wrote it, $field the field it is in, in words.
field-part = значение „{ $name }“ ({ $field })
