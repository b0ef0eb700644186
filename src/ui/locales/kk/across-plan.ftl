### The planning view across borders: "When can I come back, and for how long?" (www/js/plan.js). IDs ui-x-p-.

# The line at the top of the planning view.
ui-x-p-intro = Елді және күнді таңдаңыз: сол күні кірсеңіз қанша уақыт болуға болатынын және қалаған ұзақтықтағы болу барлық шектеулерге сыятын ең ерте күнді көресіз. Азаматтық, паспорт және виза жоғарыдағы сұрақтардан алынады.

# Label of the planning view's list of countries.
ui-x-p-dest = Ел

# Label of the planning view's date field: the day of the entry asked about.
ui-x-p-from = Кіру күні

# Label of the planning view's field for the length of the stay wanted, in days.
ui-x-p-days = Қажетті күн саны

# Hint under the field of the days wanted. $max: the largest number accepted.
ui-x-p-days-hint = 1-ден { $max }-ге дейінгі бүтін күн саны.

# An error message under the field of the days wanted (empty, zero, negative, too large, not a number). $max: the largest number accepted.
ui-x-p-days-bad = Күн санын 1-ден { $max }-ге дейінгі бүтін санмен жазыңыз.

# An error message under the planning view's date field when it is empty.
ui-x-p-from-empty = Кіру күнін таңдаңыз.

# An error message under the planning view's date field when it is not a real date.
ui-x-p-from-bad = Бұл күн емес: кірудің күнін, айын және жылын таңдаңыз.

# An error message under the planning view's date field. $from and $to: the first and last entry dates tirkeu answers for in $country.
ui-x-p-from-range = Мына кезеңнен күн таңдаңыз: { $from } – { $to }. tirkeu осы кезеңде елге кіру туралы жауап береді: { $country }.

# Shown instead of the plan while a field of the planning view has an error.
ui-x-p-fix-fields = Жоспарды көру үшін белгіленген өрісті түзетіңіз. Енгізгеніңіз сақталады.

# Shown instead of the plan while the main questions have an error or no citizenship.
ui-x-p-fix = Алдымен жоғарыдағы сұрақтарға жауап беріңіз (немесе белгіленген өрісті түзетіңіз): жоспар олардан азаматтықты, паспортты, визаны және сапарларды алады. Енгізгеніңіз сақталады.

# Shown in the planning view when it could not be drawn (an unexpected error).
ui-x-p-failed = Бұл жауаптар үшін жоспар жасалмады. Жоғарыдағы жауапқа бұл әсер етпейді.

# Heading of the plan for the chosen country. $country: its name.
ui-x-p-answer-h = Ел: { $country }

# The plan's answer. $date: the chosen date of entry, $n: how many days a stay entering then may last, $last: its last day.
ui-x-p-available = Кіру күні { $date } болса, болу { $n } күнге созыла алады, соңғы күні — { $last }.

# The plan's answer when no limit of tirkeu's data bounds the stay (a visa's own dates, or no regime known). $date: the chosen date of entry.
ui-x-p-unbounded = Кіру күні { $date } болса, tirkeu деректеріндегі ешбір шектеу болу мерзімін шектемейді (төмендегі түсініктемені қараңыз).

# The plan's answer when the limits are used up on that day. $date: the chosen date of entry.
ui-x-p-none = Кіру күні { $date } болса, бос күн қалмайды: сол күнге қарай шектеулер таусылған.

# The plan's answer when the chosen date lies within a trip counted there. $date: the chosen date, $country: the country.
ui-x-p-inside = { $date } күні сіз елде боласыз: { $country } (төменде ескерілген сапарлардың бірі). Одан кейінгі күнді таңдаңыз.

# The earliest date for the stay wanted. $n: the days wanted, $date: the earliest date of entry (bold), $last: the last lawful day of a stay entering then.
ui-x-p-earliest = { $n } күндік болу үшін ең ерте кіру күні: { $date }; сол күні кірсеңіз, болудың соңғы күні — { $last }.

# The same when no limit of tirkeu's data bounds a stay entering then. $n: the days wanted, $date: the earliest date of entry.
ui-x-p-earliest-open = { $n } күндік болу үшін ең ерте кіру күні: { $date }; сол күні кірсеңіз, tirkeu деректеріндегі ешбір шектеу болу мерзімін шектемейді.

# When no date within three years fits the stay wanted. $n: the days wanted.
ui-x-p-never = Алдағы үш жылда { $n } күндік болуға сыятын кіру күні жоқ.

# Above the limits of the stay on the chosen date, each in words.
ui-x-p-limits-h = Сол күнге есептелген шектеулер:

# Heading of the list of trips the plan counts in the chosen country. $country: its name.
ui-x-p-counted-h = Ескерілген сапарлар: { $country }

# A trip counted: the trip of the main questions. $dates: its dates.
ui-x-p-trip-main = { $dates } (жоғарыдағы сапар)

# A trip counted: an earlier trip of the main questions. $dates: its dates.
ui-x-p-trip-earlier = { $dates } (жоғарыда көрсетілген бұрынғы сапар)

# A trip counted: a stop of the route view. $dates: its dates, $n: its number in the route.
ui-x-p-trip-leg = { $dates } (маршруттың { $n }-аялдамасы)

# When no trip is counted in the chosen country.
ui-x-p-counted-none = Жоқ: бұл сол елге алғашқы сапар болар еді.

# Under the trips counted.
ui-x-p-counted-note = Басқа елдерге сапарлар мұнда ескерілмейді: әр ел тек өз күндерін санайды. Жоспарланған сапарлар (осы күннен кейінгі) да ескеріледі: болу оларға орын қалдыруы керек.

# Caption of the planning view's table of every country. $date: the date of entry, $n: the days wanted.
ui-x-p-all-caption = Барлық елдер: кіру күні { $date }, { $n } күнге

# Column header of the planning view's table: the country.
ui-x-p-col-country = Ел

# Column header of the planning view's table: how long a stay entering on the date may last.
ui-x-p-col-available = Сол күні кірсеңіз, болу ұзақтығы

# Column header of the planning view's table: the earliest entry for the days wanted. $n: the days wanted.
ui-x-p-col-earliest = { $n } күнге ең ерте кіру

# A cell of the planning view's table. $n: a number of days, $last: the last day.
ui-x-p-cell-days = { $n } күн, соңғы күні — { $last }

# A cell of the planning view's table: no limit of tirkeu's data bounds the stay.
ui-x-p-cell-open = Шектеу белгісіз

# A cell of the planning view's table: no day available.
ui-x-p-cell-none = Бос күн жоқ

# A cell of the planning view's table: no date within three years fits.
ui-x-p-cell-never = Үш жыл ішінде жоқ
