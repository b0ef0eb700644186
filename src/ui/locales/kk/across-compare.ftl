### The comparison across borders: the trip of the questions answered in each destination, side by side (www/js/compare.js). IDs ui-x-c-.

# Caption of the comparison table. $trip: the traveller and the dates of the questions, e.g. "China · 13 Oct – 5 Nov 2026".
ui-x-c-caption = Әр елдегі сол бір сапар: { $trip }

# Shown instead of the comparison while the main questions have an error or no citizenship.
ui-x-c-fix = Елдерді салыстыру үшін жоғарыдағы сұрақтарға жауап беріңіз (немесе белгіленген өрісті түзетіңіз). Онда енгізгеніңіз сақталады.

# Shown in the comparison when it could not be drawn (an unexpected error).
ui-x-c-failed = Бұл жауаптар үшін салыстыру жасалмады. Жоғарыдағы жауапқа бұл әсер етпейді.

# Small mark beside the name of the country chosen in the questions, in the comparison's column header.
ui-x-c-yours = жоғарыда таңдалған

# Row header of the comparison: each duty, who does it and its due date.
ui-x-c-h-duties = Кім не істеуі керек және қай күнге дейін

# Row header of the comparison: the fee and the fine for being late.
ui-x-c-h-cost = Бағасы қанша

# Row header of the comparison: how long the stay may last, each limit with the days used and left.
ui-x-c-h-stay = Қанша уақыт болуға болады

# Row header of the comparison: the warnings that decide whether and how long the traveller may come.
ui-x-c-h-watch = Неге назар аудару керек

# Row header of the comparison: the name of the form the page fills in for that country.
ui-x-c-h-form = Бланк

# Row header (read by screen readers only) of the row of buttons to each country's full answer.
ui-x-c-h-go = Толық жауап

# A button under a column of the comparison: makes that country the destination of the questions and goes to its answer. $country: the country's name.
ui-x-c-show = Толық жауапты көрсету: { $country }

# In a column of the comparison: no duty at all for this trip (the exemptions follow, if any).
ui-x-c-none = Бұл сапар үшін тіркелудің қажеті жоқ.

# In a column of the comparison: the fine for being late with a duty, a sum or a range. $who: who does it ("Your host"), $amount: the money, e.g. "2,000 ₽ to 4,000 ₽".
ui-x-c-fine = { $who }, кешіктірсе: { $amount } айыппұл

# The same as ui-x-c-fine when a warning may be given instead of the fine. $who: who does it, $amount: the money.
ui-x-c-fine-or-warning = { $who }, кешіктірсе: ескерту немесе { $amount } айыппұл

# In a column of the comparison: the words before the list of fines for one party when there are several (an official and the legal entity; the capitals' higher fines), each line "offender: sum". $who: who does it ("Your host").
ui-x-c-fine-lines = { $who }, кешіктірсе:

# In a column of the comparison: the only sanction for being late is a warning. $who: who does it ("Your host").
ui-x-c-warning-only = { $who }, кешіктірсе: ескерту

# In a column of the comparison: a sanction whose amount is not known. $who: who does it.
ui-x-c-fine-unknown = { $who }, кешіктірсе: айыппұл, мөлшері анықталмаған

# In a column of the comparison: the last lawful day of the stay. $date: the date (bold).
ui-x-c-last-day = Заңды соңғы күн: { $date }

# In a column of the comparison: no limit of tirkeu's data ends the stay (a visa's own dates, or no regime known).
ui-x-c-no-last-day = tirkeu деректерінде соңғы күн жоқ: төменде қараңыз.

# A limit in plain words: so many days from each entry. $days: the number of days, $last: the last day it allows.
ui-x-c-limit-per-entry = Әр кірген сайын { $days } күн: бұл болудың соңғы күні — { $last }.

# A limit in plain words: at most $days days in any $window days. $used: days of earlier trips in the $window days before this entry, $n: how many days this stay may last, $last: until when.
ui-x-c-limit-rolling = Кез келген { $window } күнде { $days } күн: осы сапарға дейін { $used } күн пайдаланылған; бұл болу { $n } күнге созыла алады, соңғы күні — { $last }.

# The same limit already used up on the day of entry. $days, $window: the limit, $used: the days used before this trip.
ui-x-c-limit-rolling-out = Кез келген { $window } күнде { $days } күн: осы сапарға дейін { $used } күн пайдаланылған, сондықтан кірген күні бос күн қалмайды.

# A limit in plain words: at most $days days per calendar year. $used: days already spent there in $year before this trip, $n: how many days this stay may last, $last: until when.
ui-x-c-limit-year = Күнтізбелік жылда { $days } күн: осы сапарға дейін { $year } жылы { $used } күн пайдаланылған; бұл болу { $n } күнге созыла алады, соңғы күні — { $last }.

# The same limit already used up before this trip. $days: the limit, $year: the year.
ui-x-c-limit-year-out = Күнтізбелік жылда { $days } күн: { $year } жылғы күндердің бәрі осы сапарға дейін пайдаланылған.

# A limit on visits in plain words. $entries: visits allowed from $from to $to, $used: visits made before this one.
ui-x-c-limit-visits = Кезең: { $from } – { $to }; ең көбі { $entries } рет кіруге болады: осыған дейін { $used } рет кірген.

# The same limit already used up. $entries: visits allowed from $from to $to.
ui-x-c-limit-visits-out = Кезең: { $from } – { $to }; ең көбі { $entries } рет кіруге болады: бәрі осы кіруге дейін пайдаланылған.

# In a column of the comparison: none of the warnings that decide whether and how long one may come.
ui-x-c-no-warnings = Бұл сапарды шектейтін ештеңе жоқ.

# In a column of the comparison: a choice of the questions that country does not have, replaced by its default. $field: the question ("Visa"), $value: what is used there, $asked: what was chosen above.
ui-x-c-instead = { $field }: мұнда «{ $value }», өйткені бұл елде «{ $asked }» деген таңдау жоқ.

# In a column of the comparison other than the destination of the questions, when a visa was chosen there: a visa is issued by one country, so the column assumes one of the same kind for its own. $visa: the kind of visa.
ui-x-c-same-visa = Бұл елге де осындай виза бар деп есептеледі: { $visa }.

# Under the comparison. $country: the destination of the questions.
ui-x-c-only-here = Жоғарыда көрсетілген бұрынғы сапарлар мен көшулер тек мына елде ескеріледі: { $country }. Басқа елдерде бұл сапар сол елге алғашқы сапар ретінде, көшусіз есептеледі.
