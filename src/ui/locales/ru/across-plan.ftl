### The planning view across borders: "When can I come back, and for how long?" (www/js/plan.js). IDs ui-x-p-.

# The line at the top of the planning view.
ui-x-p-intro = Выберите страну и дату: вы увидите, сколько может длиться пребывание с въездом в этот день и с какого самого раннего дня пребывание нужной длины укладывается во все ограничения. Гражданство, паспорт и виза берутся из вопросов выше.

# Label of the planning view's list of countries.
ui-x-p-dest = Страна

# Label of the planning view's date field: the day of the entry asked about.
ui-x-p-from = Дата въезда

# Label of the planning view's field for the length of the stay wanted, in days.
ui-x-p-days = Сколько дней нужно

# Hint under the field of the days wanted. $max: the largest number accepted.
ui-x-p-days-hint = Целое число дней от 1 до { $max }.

# An error message under the field of the days wanted (empty, zero, negative, too large, not a number). $max: the largest number accepted.
ui-x-p-days-bad = Укажите число дней целым числом от 1 до { $max }.

# An error message under the planning view's date field when it is empty.
ui-x-p-from-empty = Выберите дату въезда.

# An error message under the planning view's date field when it is not a real date.
ui-x-p-from-bad = Это не дата: выберите день, месяц и год въезда.

# An error message under the planning view's date field. $from and $to: the first and last entry dates tirkeu answers for in $country.
ui-x-p-from-range = Выберите дату с { $from } по { $to }: tirkeu отвечает о въездах в страну { $country } в эти даты.

# Shown instead of the plan while a field of the planning view has an error.
ui-x-p-fix-fields = Исправьте отмеченное поле, чтобы увидеть план. Введённое сохраняется.

# Shown instead of the plan while the main questions have an error or no citizenship.
ui-x-p-fix = Сначала ответьте на вопросы выше (или исправьте отмеченное поле): план берёт из них гражданство, паспорт, визу и поездки. Введённое сохраняется.

# Shown in the planning view when it could not be drawn (an unexpected error).
ui-x-p-failed = Для этих ответов план составить не удалось. На ответ выше это не влияет.

# Heading of the plan for the chosen country. $country: its name.
ui-x-p-answer-h = Страна: { $country }

# The plan's answer. $date: the chosen date of entry, $n: how many days a stay entering then may last, $last: its last day.
ui-x-p-available = При въезде { $date } пребывание может длиться { $n } { $n ->
        [one] день
        [few] дня
       *[many] дней
    }, по { $last } включительно.

# The plan's answer when no limit of tirkeu's data bounds the stay (a visa's own dates, or no regime known). $date: the chosen date of entry.
ui-x-p-unbounded = При въезде { $date } срок пребывания не ограничен ни одним правилом из данных tirkeu (см. пояснение ниже).

# The plan's answer when the limits are used up on that day. $date: the chosen date of entry.
ui-x-p-none = При въезде { $date } дней не остаётся: к этому дню ограничения исчерпаны.

# The plan's answer when the chosen date lies within a trip counted there. $date: the chosen date, $country: the country.
ui-x-p-inside = { $date } вы уже находитесь в стране { $country } (одна из учтённых поездок ниже): выберите дату после неё.

# The earliest date for the stay wanted. $n: the days wanted, $date: the earliest date of entry (bold), $last: the last lawful day of a stay entering then.
ui-x-p-earliest = Самый ранний въезд для пребывания на { $n } { $n ->
        [one] день
        [few] дня
       *[many] дней
    }: { $date }; пребывание с въездом в этот день может длиться по { $last } включительно.

# The same when no limit of tirkeu's data bounds a stay entering then. $n: the days wanted, $date: the earliest date of entry.
ui-x-p-earliest-open = Самый ранний въезд для пребывания на { $n } { $n ->
        [one] день
        [few] дня
       *[many] дней
    }: { $date }; срок пребывания с въездом в этот день не ограничен ни одним правилом из данных tirkeu.

# When no date within three years fits the stay wanted. $n: the days wanted.
ui-x-p-never = Ни один въезд в ближайшие три года не позволяет пробыть { $n } { $n ->
        [one] день
        [few] дня
       *[many] дней
    }.

# Above the limits of the stay on the chosen date, each in words.
ui-x-p-limits-h = Ограничения на эту дату:

# Heading of the list of trips the plan counts in the chosen country. $country: its name.
ui-x-p-counted-h = Учтённые поездки: { $country }

# A trip counted: the trip of the main questions. $dates: its dates.
ui-x-p-trip-main = { $dates } (поездка выше)

# A trip counted: an earlier trip of the main questions. $dates: its dates.
ui-x-p-trip-earlier = { $dates } (прежняя поездка, указанная выше)

# A trip counted: a stop of the route view. $dates: its dates, $n: its number in the route.
ui-x-p-trip-leg = { $dates } (остановка { $n } маршрута)

# When no trip is counted in the chosen country.
ui-x-p-counted-none = Нет: это было бы первое пребывание там.

# Under the trips counted.
ui-x-p-counted-note = Поездки в другие страны здесь не учитываются: каждая страна считает только свои дни. Запланированные поездки (после этой даты) тоже учитываются: пребывание должно оставить для них место.

# Caption of the planning view's table of every country. $date: the date of entry, $n: the days wanted.
ui-x-p-all-caption = Все страны: въезд { $date }, на { $n } { $n ->
        [one] день
        [few] дня
       *[many] дней
    }

# Column header of the planning view's table: the country.
ui-x-p-col-country = Страна

# Column header of the planning view's table: how long a stay entering on the date may last.
ui-x-p-col-available = Пребывание с въездом в этот день может длиться

# Column header of the planning view's table: the earliest entry for the days wanted. $n: the days wanted.
ui-x-p-col-earliest = Самый ранний въезд на { $n } { $n ->
        [one] день
        [few] дня
       *[many] дней
    }

# A cell of the planning view's table. $n: a number of days, $last: the last day.
ui-x-p-cell-days = { $n } { $n ->
        [one] день
        [few] дня
       *[many] дней
    }, по { $last }

# A cell of the planning view's table: no limit of tirkeu's data bounds the stay.
ui-x-p-cell-open = Ограничение неизвестно

# A cell of the planning view's table: no day available.
ui-x-p-cell-none = Дней не осталось

# A cell of the planning view's table: no date within three years fits.
ui-x-p-cell-never = Не в ближайшие три года
