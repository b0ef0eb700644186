### The engine's generic messages: the answer's sentences, conditions, counting steps, stay limits.

# Start of the stay note when no visa-free regime applies ("Citizens of Germany (DE):"); $country a country name.
citizens-of = Граждане страны { $country }:

# Start of the stay note when no visa-free regime applies, for a stateless person.
stateless-persons = Лица без гражданства:

# The stay note when no visa-free regime applies: $who is "Citizens of X:" or "Stateless persons:", $note the country's note.
no-allowance-note = { $who } { $note }

# A list already joined by its separator (conditions, penalty lines): only the list itself; keep as is.
items = { $items }

# Warning: the visa-free days are already used up on the entry day.
allowance-used-up = Безвизовые дни, допустимые в периоде до этого въезда, уже исчерпаны: въезд без визы в эту дату нарушил бы лимит.

# Warning: the planned exit is after the last lawful day; $days a number of days, $exit a date, $last a date.
overstay = Планируемая дата выезда ({ $exit }) на { $days } { $days ->
        [one] день
        [few] дня
       *[many] дней
    } позже последнего дня законного пребывания ({ $last }): выезжайте не позднее этого дня, если только разрешение или виза не допускают более длительного пребывания (см. обязанности и предупреждения).

# Another reading of a deadline, under the obligation, when it gives a later date; $reading a reading of the rule.
alt-later = { $reading } — даёт более позднюю дату; tirkeu использует более раннюю.

# Another reading of a deadline, under the obligation, when it gives the same date; $reading a reading of the rule.
alt-same = { $reading } — даёт здесь ту же дату.

# A penalty line whose sanction is known in kind, not in amount; $offender who is fined, $sanction a sanction.
unquantified-sanction = { $offender }: { $sanction }

# Warning: a deadline counts days of a calendar that is not final; $year a year.
calendar-provisional = Срок исчисляется по дням, календарь которых ещё не окончателен (переходящий праздник ещё не подтверждён или год после { $year }, постановления на который неизвестны): проверьте его ещё раз ближе к дате.

# Under "assumptions": a field left out was taken at its default; $field the field in words (field-passport…), $value the value taken, a code as typed.
assumed = Поле «{ $field }» не заполнено: принято значение «{ $value }».

# Under "assumptions": no exit date was given; $field the field in words (field-exit-date).
no-exit-date = Поле «{ $field }» не заполнено: правила, зависящие от продолжительности пребывания, показаны с их условием.

# Under "assumptions": no birth date was given; $field the field in words (field-birth-date).
no-birth-date = Поле «{ $field }» не заполнено: правила, зависящие от возраста, показаны с их условием.

# The condition under an obligation that depends on something the scenario does not say; $condition a condition.
only-if = только если { $condition }

# The condition under an obligation that an exemption may lift; $condition a condition, $reason an exemption reason.
unless = кроме случая, когда { $condition } ({ $reason })

# A warning that holds only under a condition; $condition a condition, $message a message.
if-then = Если { $condition }: { $message }

# Warning: a rule starts or ends during the stay; $date a date, $what a phrase.
rule-change = В период этого пребывания ({ $date }) { $what }. Каждая обязанность определяется правилами, действующими в день порождающего её события (въезда или переезда).

# Inside rule-change: a rule, exemption or allowance starts; $what a phrase.
takes-effect = { $what } вступает в силу

# Inside rule-change: a rule, exemption or allowance ends; $what a phrase.
ends = { $what } прекращает действие

# Inside takes-effect/ends: a rule named by its title; $title a rule title.
rule-named = «{ $title }»

# Inside takes-effect/ends: an exemption named by its reason; $reason an exemption reason.
exemption-named = освобождение «{ $reason }»

# Inside takes-effect/ends: a visa-free allowance named by its note; $note an allowance note.
allowance-named = норма безвизового пребывания «{ $note }»

# The fee line of an obligation when the service is free.
fee-free = Бесплатно: государство не взимает за это плату.

# A penalty line: a fine in fine units and in money; $amount money with its currency, $offender who is fined, $unit the fine unit (MRP), $units a number.
fine-with-amount = { $offender }: штраф { $units } { $unit } ({ $amount })

# A penalty line: a fine in fine units (its money value not known for the year); $offender who is fined, $unit the fine unit (MRP), $units a number.
fine = { $offender }: штраф { $units } { $unit }

# A penalty line: a warning; $offender who is fined.
warning-sanction = { $offender }: предупреждение

# A penalty line whose sanction is not established; $offender who is fined.
not-established = { $offender }: не установлено

# The penalty in one sentence: article, offence, its lines; $article a legal article, $lines the penalty lines, joined, $offence the offence.
penalty-text = { $article } — { $offence }: { $lines }.

# Between the items of a list of conditions or penalty lines (keep the space).
list-separator = ;{ " " }

# Between conditions that all hold ("… and …"; keep the spaces).
join-and = { " " }и{ " " }

# Between conditions of which one holds ("… or …"; keep the spaces).
join-or = { " " }или{ " " }

# A condition in words, as it follows "if" or "only if".
always = всегда

# A condition in words, as it follows "if" or "only if".
never = никогда

# A condition in words, as it follows "if" or "only if"; $n a number.
age-under = лицо не достигло { $n }-летнего возраста

# A condition in words, as it follows "if" or "only if"; $n a number.
age-at-least = лицо достигло { $n }-летнего возраста

# A condition in words, as it follows "if" or "only if"; $n a number.
stay-longer = пребывание длится более { $n } { $n ->
        [one] дня
       *[many] дней
    }

# A condition in words, as it follows "if" or "only if"; $n a number.
stay-at-most = пребывание длится не более { $n } { $n ->
        [one] дня
       *[many] дней
    }

# A condition in words, as it follows "if" or "only if".
cond-passport = паспорт относится к указанному виду

# A condition in words, as it follows "if" or "only if".
cond-not-passport = паспорт относится к иному виду

# A condition in words, as it follows "if" or "only if".
cond-visa = виза относится к указанному виду

# A condition in words, as it follows "if" or "only if".
cond-not-visa = виза относится к иному виду

# A condition in words, as it follows "if" or "only if".
cond-citizenship = гражданство входит в перечень

# A condition in words, as it follows "if" or "only if".
cond-not-citizenship = гражданство не входит в перечень

# A condition in words, as it follows "if" or "only if".
cond-regime = безвизовый режим относится к указанному виду

# A condition in words, as it follows "if" or "only if".
cond-not-regime = безвизовый режим относится к иному виду

# A condition in words, as it follows "if" or "only if".
cond-accommodation = место проживания относится к указанному типу

# A condition in words, as it follows "if" or "only if".
cond-not-accommodation = место проживания относится к иному типу

# A condition in words, as it follows "if" or "only if".
cond-crew = лицо является членом экипажа при исполнении служебных обязанностей

# A condition in words, as it follows "if" or "only if"; $date a date.
present-on = лицо всё ещё находится в стране по состоянию на { $date }

# A condition in words, as it follows "if" or "only if"; $date a date.
gone-by = лицо выезжает из страны до { $date }

# A condition in words, as it follows "if" or "only if"; $last a date.
stay-beyond = пребывание продолжается после { $last }

# A condition in words, as it follows "if" or "only if".
cond-not-crew = лицо не является членом экипажа при исполнении служебных обязанностей

# A line or word of the counting steps under a deadline.
working-day = рабочий день

# A line or word of the counting steps under a deadline.
calendar-day = календарный день

# A line or word of the counting steps under a deadline.
weekend = выходной день

# A line or word of the counting steps under a deadline.
arrival = прибытия

# A line or word of the counting steps under a deadline.
the-move = переезда

# A line or word of the counting steps under a deadline; $date a date, $event arrival or the move.
day-of = { $date } (день { $event })

# A line or word of the counting steps under a deadline; $day a date, $n a number, $unit the fine unit (MRP).
step-counted = { $day }: { $unit } { $n }

# A line or word of the counting steps under a deadline; $day a date, $kind what the day is, $n a number, $unit the fine unit (MRP).
step-kind-counted = { $day }: { $kind }, { $unit } { $n }

# A line or word of the counting steps under a deadline; $day a date, $kind what the day is.
step-not-counted = { $day }: { $kind }, не засчитывается

# A line or word of the counting steps under a deadline; $day a date, $kind what the day is.
step-kind = { $day }: { $kind }

# A line or word of the counting steps under a deadline; $line a step line.
due-mark = { $line } — крайний срок

# A line or word of the counting steps under a deadline; $line a step line.
provisional-mark = { $line } (календарь не окончательный)

# A line or word of the counting steps under a deadline; $n a number.
calendar-days-between = … календарные дни со 2-го по { $n }-й засчитываются независимо от того, какой это день …

# A line or word of the counting steps under a deadline; $name a holiday name.
public-holiday-named = праздничный день ({ $name })

# A line or word of the counting steps under a deadline.
public-holiday = праздничный день

# A line or word of the counting steps under a deadline; $date a date, $name a holiday name.
day-off-for-moved = выходной день в связи с праздником «{ $name }» (перенесён с { $date })

# A line or word of the counting steps under a deadline; $date a date.
day-off-moved = выходной день, перенесённый с { $date }

# A line or word of the counting steps under a deadline; $name a holiday name.
day-off-for = выходной день в связи с праздником «{ $name }»

# A line or word of the counting steps under a deadline.
day-off = дополнительный выходной день

# A line or word of the counting steps under a deadline; $date a date.
saturday-working = рабочая суббота (выходной перенесён на { $date })

# A line or word of the counting steps under a deadline; $date a date.
sunday-working = рабочее воскресенье (выходной перенесён на { $date })

# A line or word of the counting steps under a deadline.
weekend-working = выходной день, объявленный рабочим

# The explanation of a stay limit, in the stay section; $days a number of days, $entry a date, $last a date.
per-entry-text = { $days } { $days ->
        [one] день
        [few] дня
       *[many] дней
    } за один въезд: день въезда ({ $entry }) считается днём 1, поэтому день { $days } — это { $last }.

# The explanation of a stay limit, in the stay section; $days a number of days, $entry a date, $last a date, $used a number of days, $window a number of days.
rolling-text = { $days } { $days ->
        [one] день
        [few] дня
       *[many] дней
    } в любом { $window }-дневном периоде: на { $window }-дневный период, заканчивающийся накануне въезда, приходится { $used } { $used ->
        [one] день
        [few] дня
       *[many] дней
    } прежних поездок; при пребывании в период { $entry } – { $last } в каждом { $window }-дневном периоде набирается не более { $days } { $days ->
        [one] дня
       *[many] дней
    }, а при ещё одном дне — уже нет.

# The explanation of a stay limit, in the stay section; $days a number of days, $entry a date, $used a number of days, $window a number of days.
rolling-used-up = { $days } { $days ->
        [one] день
        [few] дня
       *[many] дней
    } в любом { $window }-дневном периоде: на { $window }-дневный период, заканчивающийся накануне въезда, уже приходится { $used } { $used ->
        [one] день
        [few] дня
       *[many] дней
    } прежних поездок, поэтому даже день въезда ({ $entry }) превысил бы лимит.

# The explanation of a stay limit, in the stay section; $days a number of days, $last a date, $used a number of days, $year a year.
year-text = { $days } { $days ->
        [one] день
        [few] дня
       *[many] дней
    } в календарном году: до въезда уже использовано { $used } { $used ->
        [one] день
        [few] дня
       *[many] дней
    } { $year } года, поэтому последний допустимый день пребывания — { $last }.

# The explanation of a stay limit, in the stay section; $days a number of days, $year a year.
year-used-up = { $days } { $days ->
        [one] день
        [few] дня
       *[many] дней
    } в календарном году: все { $days } { $days ->
        [one] день
        [few] дня
       *[many] дней
    } { $year } года уже использованы до въезда.

# A penalty line: a fine in the currency; $offender who is fined, $amount the sum.
fine-amount = { $offender }: штраф { $amount }

# A penalty line: a fine in the currency, from $min to $max; $offender who is fined.
fine-amount-range = { $offender }: штраф от { $min } до { $max }

# A condition in words, as it follows "if" or "only if"; $n a number of days.
stay-past = пребывание продолжается более { $n } { $n ->
        [one] дня
       *[other] дней
    } после дня въезда

# A condition in words, as it follows "if" or "only if"; $n a number of days.
stay-not-past = пребывание заканчивается в течение { $n } { $n ->
        [one] дня
       *[other] дней
    } после дня въезда

# A condition in words, as it follows "if" or "only if".
cond-same-owner = новое жильё принадлежит тому же собственнику

# A condition in words, as it follows "if" or "only if".
cond-not-same-owner = новое жильё принадлежит другому собственнику

# A condition in words, as it follows "if" or "only if".
cond-permit = лицо имеет разрешение на проживание

# A condition in words, as it follows "if" or "only if".
cond-not-permit = лицо не имеет разрешения на проживание

# A line or word of the counting steps under a deadline: the event a count runs back from (see day-of).
last-lawful-day = окончания разрешённого пребывания

# A line or word of the counting steps under a deadline: the event a count runs back from (see day-of).
permit-expiry = окончания срока действия разрешения

# A line or word of the counting steps under a deadline: the event a count starts from (see day-of).
permit-change = изменения данных или утраты карточки

# A line or word of the counting steps under a deadline.
month-unit = месяц

# A line of the counting steps of a deadline counted back from an event; $event the event (see day-of), $unit working or calendar day, $n a number.
count-back = Отсчёт назад: день { $event } — { $unit } 1; срок — день перед днём «{ $unit } { $n }», чтобы до события оставалось { $n }.

# A line of the counting steps of a deadline counted back by months; $event the event (see day-of), $n a number.
count-months-back = За { $n } { $n ->
        [one] месяц
        [few] месяца
       *[other] месяцев
    } до дня { $event }: то же число месяца или последний день более короткого месяца.

# A condition in words, as it follows "if" or "only if"; $date a date.
entered-from = въезд состоялся { $date } или позже

# A condition in words, as it follows "if" or "only if"; $date a date.
entered-before = въезд состоялся до { $date }

# A condition in words, as it follows "if" or "only if"; $date a date.
move-by = адрес меняется не позднее { $date }

# A condition in words, as it follows "if" or "only if"; $date a date.
no-move-by = адрес не меняется до { $date }

# A warning: a deadline counted back from the last lawful day falls before the entry; $title the obligation's title, $date a date.
back-count-before-entry = { $title }: последний день для этого, { $date }, наступает раньше дня въезда — при таком безвизовом сроке сделать это в стране вовремя нельзя; планируйте заранее (например, визу нужного вида).

# How a visits limit was applied, under the last lawful day; $entries a number, $from and $to dates, $n a number.
visits-text = Не более { $entries } въездов с { $from } по { $to }: этот въезд — { $n }-й.

# A visits limit already used up on the day of entry; $entries a number, $from and $to dates.
visits-used-up = Не более { $entries } въездов с { $from } по { $to }: все они уже совершены до этого въезда.

# A line of the counting steps of a deadline counted back from an event, day N itself being the due date; $event the event (see day-of), $unit working or calendar day, $n a number.
count-back-nth = Отсчёт назад: день { $event } — { $unit } 1; срок — день «{ $unit } { $n }».

# A condition in words, as it follows "if" or "only if".
present-after-due = пребывание продолжается после срока

# A condition in words, as it follows "if" or "only if".
gone-by-due = лицо выезжает не позднее срока

# A line or word of the counting steps under a deadline: the event a count starts from (see day-of).
departure = убытия

# A warning: a regional day off within a deadline's count; $date a date, $regions region names joined, $name the day's name, $title the obligation's title.
regional-day = { $date } — нерабочий день в { $regions } ({ $name }), в пределах срока «{ $title }»: срок от этого не меняется, но учреждения там могут не работать — подайте раньше или онлайн.

# A warning: an expected regional day off (date not yet decreed) within a deadline's count; $date a date, $regions region names joined, $name the day's name, $title the obligation's title.
regional-day-provisional = { $date } — ожидаемый нерабочий день в { $regions } ({ $name }; дата устанавливается указом ежегодно и пока не известна), в пределах срока «{ $title }»: срок от этого не меняется, но учреждения там могут не работать.

# A route warning: each country counts its own days.
route-limits-per-country = Каждая страна считает свои дни: дни в одной стране не идут в зачёт лимита другой, и каждая регистрация действует только в своей стране.

# A route warning: a leg goes beyond the last lawful day; $n the leg's number, $country a country, $days a number of days.
route-leg-overstay = Этап { $n } ({ $country }) выходит за последний законный день на { $days } { $days ->
        [one] день
        [few] дня
       *[other] дней
    }: сократите его или оформите визу или разрешение.
