## The route view (js/route.js): a route of several stays in several countries, its deadlines in one list by date. IDs ui-x-r-.

# Under the summary "A route through several countries": what to fill in and where the traveller's details come from.
ui-x-r-intro = Перечислите страны в том порядке, в каком вы их посещаете, с датами. Гражданство, паспорт и дата рождения берутся из вопросов выше, как и прежние поездки (в страну, о которой там спрашивается).

# Heading of one leg of the route in the list of legs. $n: the leg's number (1, 2, …); $country: the country's name.
ui-x-r-leg = Этап { $n }: { $country }

# Label of the list of countries of one leg of the route.
ui-x-r-f-country = Страна

# Button that adds one more leg at the end of the route.
ui-x-r-add = Добавить этап

# Accessible name of the button (×) that removes one leg. $n: the leg's number; $country: its country's name.
ui-x-r-remove = Удалить этап { $n }: { $country }

# Next to the disabled "Add a leg" button when the route is full. $max: the most legs a route has (30).
ui-x-r-max = В маршруте не больше { $max } этапов: удалите один, чтобы добавить другой.

# Under a leg's entry date when it is before the previous leg ends. $n: the previous leg's number; $exit: its exit date, written out.
ui-x-r-err-overlap = Этот этап начинается раньше, чем заканчивается этап { $n } ({ $exit }). Этапы не могут пересекаться; выехать из одной страны и въехать в следующую в один день можно.

# Shown in the route view when a question above (citizenship, passport, birth date, earlier trips) has a problem. $message: what is wrong, in the page's words.
ui-x-r-err-questions = Сначала исправьте ответы на вопросы выше: { $message }

# Heading of the list of every date of the route (entries, deadlines, last lawful days, exits), in date order.
ui-x-r-timeline-h = Все сроки маршрута по датам

# An entry in the route's list of dates. $country: the country's name; $n: the leg's number.
ui-x-r-ev-entry = { $country }: въезд (этап { $n })

# An entry in the route's list of dates. $country: the country's name; $n: the leg's number.
ui-x-r-ev-exit = { $country }: выезд (этап { $n })

# An entry in the route's list of dates: the last day the stay in that country is lawful. $country: the country's name; $n: the leg's number.
ui-x-r-ev-last = { $country }: последний законный день (этап { $n })

# An entry in the route's list of dates: a deadline (who does what follows on the next line). $country: the country's name; $n: the leg's number.
ui-x-r-ev-due = { $country }: срок (этап { $n })

# Heading of the short summary of each leg (its dates, how long the stay may last, its last lawful day).
ui-x-r-legs-h = По этапам

# A leg's dates when it has no exit date (only the last leg may). $date: the entry date, written out.
ui-x-r-from = С { $date }; дата выезда не указана

# Label before the words saying how long a stay in that country may last (the country's rule for this traveller).
ui-x-r-allowed = Разрешённое пребывание

# Button under a leg's summary: shows that leg in the calculator above, with all its details. $n: the leg's number; $country: its country's name.
ui-x-r-show = Открыть этап { $n } ({ $country }) как основной ответ

# Summary of a collapsible list of the notes and warnings of one leg. $n: how many there are.
ui-x-r-notes = Подробнее об этом этапе ({ $n })

# Button: downloads one calendar file (.ics) with every deadline of the route.
ui-x-r-ics = Добавить все сроки маршрута в календарь (.ics)

# Shown instead of deadlines when no leg of the route asks for a notification or registration.
ui-x-r-nothing = На этом маршруте не нужны ни уведомления, ни регистрация.
