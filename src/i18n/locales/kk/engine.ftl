### The engine's generic messages: the answer's sentences, conditions, counting steps, stay limits.

# Start of the stay note when no visa-free regime applies ("Citizens of Germany (DE):"); $country a country name.
citizens-of = { $country } азаматтары:

# Start of the stay note when no visa-free regime applies, for a stateless person.
stateless-persons = Азаматтығы жоқ адамдар:

# The stay note when no visa-free regime applies: $who is "Citizens of X:" or "Stateless persons:", $note the country's note.
no-allowance-note = { $who } { $note }

# A list already joined by its separator (conditions, penalty lines): only the list itself; keep as is.
items = { $items }

# Warning: the visa-free days are already used up on the entry day.
allowance-used-up = Осы келуге дейінгі кезеңде рұқсат етілген визасыз күндер пайдаланылып қойған: осы күні визасыз кіру шектеуді бұзады.

# Warning: the planned exit is after the last lawful day; $days a number of days, $exit a date, $last a date.
overstay = Жоспарланған шығу күні ({ $exit }) заңды болудың соңғы күнінен ({ $last }) { $days } күн кейін: егер рұқсат немесе виза ұзағырақ болуға мүмкіндік бермесе, осы күнге дейін елден шығыңыз (міндеттер мен ескертулерді қараңыз).

# Another reading of a deadline, under the obligation, when it gives a later date; $reading a reading of the rule.
alt-later = { $reading } — кешірек күн шығады; tirkeu ертерегін пайдаланады.

# Another reading of a deadline, under the obligation, when it gives the same date; $reading a reading of the rule.
alt-same = { $reading } — бұл жағдайда дәл сол күн шығады.

# A penalty line whose sanction is known in kind, not in amount; $offender who is fined, $sanction a sanction.
unquantified-sanction = { $offender }: { $sanction }

# Warning: a deadline counts days of a calendar that is not final; $year a year.
calendar-provisional = Мерзімді есептеуге күнтізбесі түпкілікті емес күндер кіреді (әлі бекітілмеген ауыспалы мереке немесе қаулылары белгісіз, { $year } жылдан кейінгі жыл): мерзім жақындағанда оны қайта тексеріңіз.

# Under "assumptions": a field left out was taken at its default; $field the field in words (field-passport…), $value the value taken, a code as typed.
assumed = «{ $field }» өрісі көрсетілмеген: «{ $value }» деп қабылданды.

# Under "assumptions": no exit date was given; $field the field in words (field-exit-date).
no-exit-date = «{ $field }» өрісі көрсетілмеген: болу ұзақтығына байланысты ережелер өз шартымен көрсетіледі.

# Under "assumptions": no birth date was given; $field the field in words (field-birth-date).
no-birth-date = «{ $field }» өрісі көрсетілмеген: жасқа байланысты ережелер өз шартымен көрсетіледі.

# The condition under an obligation that depends on something the scenario does not say; $condition a condition.
only-if = тек { $condition } жағдайда

# The condition under an obligation that an exemption may lift; $condition a condition, $reason an exemption reason.
unless = { $condition } жағдайды қоспағанда ({ $reason })

# A warning that holds only under a condition; $condition a condition, $message a message.
if-then = Егер { $condition } болса: { $message }

# Warning: a rule starts or ends during the stay; $date a date, $what a phrase.
rule-change = Осы болу кезеңінде { $date } күні { $what }. Әр міндет оны туындататын күні (келу немесе көшу күні) қолданыста болған ережелерге сәйкес айқындалады.

# Inside rule-change: a rule, exemption or allowance starts; $what a phrase.
takes-effect = { $what } күшіне енеді

# Inside rule-change: a rule, exemption or allowance ends; $what a phrase.
ends = { $what } қолданылуын тоқтатады

# Inside takes-effect/ends: a rule named by its title; $title a rule title.
rule-named = «{ $title }»

# Inside takes-effect/ends: an exemption named by its reason; $reason an exemption reason.
exemption-named = «{ $reason }» деген босату

# Inside takes-effect/ends: a visa-free allowance named by its note; $note an allowance note.
allowance-named = «{ $note }» деген визасыз болу шарты

# The fee line of an obligation when the service is free.
fee-free = Тегін: мемлекет бұл үшін алым алмайды.

# A penalty line: a fine in fine units and in money; $amount money with its currency, $offender who is fined, $unit the fine unit (MRP), $units a number.
fine-with-amount = { $offender }: { $units } { $unit } айыппұл ({ $amount })

# A penalty line: a fine in fine units (its money value not known for the year); $offender who is fined, $unit the fine unit (MRP), $units a number.
fine = { $offender }: { $units } { $unit } айыппұл

# A penalty line: a warning; $offender who is fined.
warning-sanction = { $offender }: ескерту

# A penalty line whose sanction is not established; $offender who is fined.
not-established = { $offender }: анықталмаған

# The penalty in one sentence: article, offence, its lines; $article a legal article, $lines the penalty lines, joined, $offence the offence.
penalty-text = { $article } — { $offence }: { $lines }.

# Between the items of a list of conditions or penalty lines (keep the space).
list-separator = ;{ " " }

# Between conditions that all hold ("… and …"; keep the spaces).
join-and = { " " }және{ " " }

# Between conditions of which one holds ("… or …"; keep the spaces).
join-or = { " " }немесе{ " " }

# A condition in words, as it follows "if" or "only if".
always = әрқашан

# A condition in words, as it follows "if" or "only if".
never = ешқашан

# A condition in words, as it follows "if" or "only if"; $n a number.
age-under = адам { $n } жасқа толмаған

# A condition in words, as it follows "if" or "only if"; $n a number.
age-at-least = адам { $n } жасқа толған

# A condition in words, as it follows "if" or "only if"; $n a number.
stay-longer = болу мерзімі { $n } күннен асатын

# A condition in words, as it follows "if" or "only if"; $n a number.
stay-at-most = болу мерзімі { $n } күннен аспайтын

# A condition in words, as it follows "if" or "only if".
cond-passport = паспорт тізімде көрсетілген түрге жататын

# A condition in words, as it follows "if" or "only if".
cond-not-passport = паспорт басқа түрге жататын

# A condition in words, as it follows "if" or "only if".
cond-visa = виза тізімде көрсетілген түрге жататын

# A condition in words, as it follows "if" or "only if".
cond-not-visa = виза басқа түрге жататын

# A condition in words, as it follows "if" or "only if".
cond-citizenship = азаматтығы тізімде көрсетілген

# A condition in words, as it follows "if" or "only if".
cond-not-citizenship = азаматтығы тізімде көрсетілмеген

# A condition in words, as it follows "if" or "only if".
cond-regime = визасыз режим тізімде көрсетілген

# A condition in words, as it follows "if" or "only if".
cond-not-regime = визасыз режим басқа түрдегі

# A condition in words, as it follows "if" or "only if".
cond-accommodation = тұру орны тізімде көрсетілген

# A condition in words, as it follows "if" or "only if".
cond-not-accommodation = тұру орны басқа түрдегі

# A condition in words, as it follows "if" or "only if".
cond-crew = адам қызмет бабындағы экипаж құрамына кіретін

# A condition in words, as it follows "if" or "only if"; $date a date.
present-on = адам { $date } күні әлі де елде болатын

# A condition in words, as it follows "if" or "only if"; $date a date.
gone-by = адам { $date } күнінен бұрын елден шығатын

# A condition in words, as it follows "if" or "only if"; $last a date.
stay-beyond = болу мерзімі { $last } күнінен асатын

# A condition in words, as it follows "if" or "only if".
cond-not-crew = адам қызмет бабындағы экипаж құрамына кірмейтін

# A line or word of the counting steps under a deadline.
working-day = жұмыс күні

# A line or word of the counting steps under a deadline.
calendar-day = күнтізбелік күн

# A line or word of the counting steps under a deadline.
weekend = демалыс күні

# A line or word of the counting steps under a deadline.
arrival = келу

# A line or word of the counting steps under a deadline.
the-move = көшу

# A line or word of the counting steps under a deadline; $date a date, $event arrival or the move.
day-of = { $date } ({ $event } күні)

# A line or word of the counting steps under a deadline; $day a date, $n a number, $unit the fine unit (MRP).
step-counted = { $day }: { $n }-{ $unit }

# A line or word of the counting steps under a deadline; $day a date, $kind what the day is, $n a number, $unit the fine unit (MRP).
step-kind-counted = { $day }: { $kind }, { $n }-{ $unit }

# A line or word of the counting steps under a deadline; $day a date, $kind what the day is.
step-not-counted = { $day }: { $kind }, есептелмейді

# A line or word of the counting steps under a deadline; $day a date, $kind what the day is.
step-kind = { $day }: { $kind }

# A line or word of the counting steps under a deadline; $line a step line.
due-mark = { $line } — мерзімнің соңғы күні

# A line or word of the counting steps under a deadline; $line a step line.
provisional-mark = { $line } (күнтізбе түпкілікті емес)

# A line or word of the counting steps under a deadline; $n a number.
calendar-days-between = … 2-күннен { $n }-күнге дейінгі күнтізбелік күндер аптаның қай күні болса да есептеледі …

# A line or word of the counting steps under a deadline; $name a holiday name.
public-holiday-named = мереке күні ({ $name })

# A line or word of the counting steps under a deadline.
public-holiday = мереке күні

# A line or word of the counting steps under a deadline; $date a date, $name a holiday name.
day-off-for-moved = { $name } үшін демалыс күні ({ $date } күнінен ауыстырылған)

# A line or word of the counting steps under a deadline; $date a date.
day-off-moved = { $date } күнінен ауыстырылған демалыс күні

# A line or word of the counting steps under a deadline; $name a holiday name.
day-off-for = { $name } үшін демалыс күні

# A line or word of the counting steps under a deadline.
day-off = қосымша демалыс күні

# A line or word of the counting steps under a deadline; $date a date.
saturday-working = жұмыс сенбісі ({ $date } орнына)

# A line or word of the counting steps under a deadline; $date a date.
sunday-working = жұмыс күні болып белгіленген жексенбі ({ $date } орнына)

# A line or word of the counting steps under a deadline.
weekend-working = жұмыс күні болып белгіленген демалыс күні

# The explanation of a stay limit, in the stay section; $days a number of days, $entry a date, $last a date.
per-entry-text = Әр келуге { $days } күн: келу күні ({ $entry }) — 1-күн, сондықтан { $days }-күн — { $last }.

# The explanation of a stay limit, in the stay section; $days a number of days, $entry a date, $last a date, $used a number of days, $window a number of days.
rolling-text = Кез келген { $window } күн ішінде { $days } күн: бұрынғы сапарлардың { $used } күні келу алдындағы күнге дейінгі { $window } күнге түседі; { $entry } – { $last } аралығында болғанда әрбір { $window } күндік кезеңде { $days } күннен аспайды, ал тағы бір күн бұл шектен асып кетеді.

# The explanation of a stay limit, in the stay section; $days a number of days, $entry a date, $used a number of days, $window a number of days.
rolling-used-up = Кез келген { $window } күн ішінде { $days } күн: бұрынғы сапарлардың { $used } күні келу алдындағы күнге дейінгі { $window } күнге түсіп қойған, сондықтан тіпті келу күнінің өзі ({ $entry }) шектен асып кетеді.

# The explanation of a stay limit, in the stay section; $days a number of days, $last a date, $used a number of days, $year a year.
year-text = Күнтізбелік жылына { $days } күн: { $year } жылдың { $used } күні келуге дейін пайдаланылған, сондықтан болудың соңғы рұқсат етілген күні — { $last }.

# The explanation of a stay limit, in the stay section; $days a number of days, $year a year.
year-used-up = Күнтізбелік жылына { $days } күн: { $year } жылдың барлық { $days } күні келуге дейін пайдаланылып қойған.

# A penalty line: a fine in the currency; $offender who is fined, $amount the sum.
fine-amount = { $offender }: { $amount } айыппұл

# A penalty line: a fine in the currency, from $min to $max; $offender who is fined.
fine-amount-range = { $offender }: { $min } бастап { $max } дейін айыппұл

# A condition in words, as it follows "if" or "only if"; $n a number of days.
stay-past = болу келген күннен кейін { $n } күннен асады

# A condition in words, as it follows "if" or "only if"; $n a number of days.
stay-not-past = болу келген күннен кейін { $n } күн ішінде аяқталады

# A condition in words, as it follows "if" or "only if".
cond-same-owner = жаңа тұрғын үй сол меншік иесіне тиесілі

# A condition in words, as it follows "if" or "only if".
cond-not-same-owner = жаңа тұрғын үй басқа меншік иесіне тиесілі

# A condition in words, as it follows "if" or "only if".
cond-permit = тұлғаның тұруға рұқсаты бар

# A condition in words, as it follows "if" or "only if".
cond-not-permit = тұлғаның тұруға рұқсаты жоқ

# A line or word of the counting steps under a deadline: the event a count runs back from (see day-of).
last-lawful-day = рұқсат етілген болудың соңғы

# A line or word of the counting steps under a deadline: the event a count runs back from (see day-of).
permit-expiry = рұқсаттың қолданылуының соңғы

# A line or word of the counting steps under a deadline: the event a count starts from (see day-of).
permit-change = деректер өзгерген немесе карточка жоғалған

# A line or word of the counting steps under a deadline.
month-unit = ай

# A line of the counting steps of a deadline counted back from an event; $event the event (see day-of), $unit working or calendar day, $n a number.
count-back = Кері санау: { $event } күні — { $unit } 1; мерзім — «{ $unit } { $n }» алдындағы күн, сонда { $n } қалады.

# A line of the counting steps of a deadline counted back by months; $event the event (see day-of), $n a number.
count-months-back = { $event } күнінен { $n } ай бұрын: айдың сол күні немесе қысқа айдың соңғы күні.

# A condition in words, as it follows "if" or "only if"; $date a date.
entered-from = келу { $date } немесе одан кейін болды

# A condition in words, as it follows "if" or "only if"; $date a date.
entered-before = келу { $date } дейін болды

# A condition in words, as it follows "if" or "only if"; $date a date.
move-by = мекенжай { $date } дейін ауысады

# A condition in words, as it follows "if" or "only if"; $date a date.
no-move-by = мекенжай { $date } дейін ауыспайды

# A warning: a deadline counted back from the last lawful day falls before the entry; $title the obligation's title, $date a date.
back-count-before-entry = { $title }: бұған соңғы күн, { $date }, келу күнінен бұрын — мұндай мерзіммен мұны елде уақытында жасау мүмкін емес; сапарға дейін жоспарлаңыз (мысалы, тиісті визаны).

# How a visits limit was applied, under the last lawful day; $entries a number, $from and $to dates, $n a number.
visits-text = { $from } мен { $to } аралығында ең көбі { $entries } сапар: бұл келу — { $n }-сапар.

# A visits limit already used up on the day of entry; $entries a number, $from and $to dates.
visits-used-up = { $from } мен { $to } аралығында ең көбі { $entries } сапар: олардың барлығы осы келуге дейін жасалған.

# A line of the counting steps of a deadline counted back from an event, day N itself being the due date; $event the event (see day-of), $unit working or calendar day, $n a number.
count-back-nth = Кері санау: { $event } күні — { $unit } 1; мерзім — «{ $unit } { $n }» күні.

# A condition in words, as it follows "if" or "only if".
present-after-due = болу мерзімнен кейін жалғасады

# A condition in words, as it follows "if" or "only if".
gone-by-due = тұлға мерзімге дейін кетеді

# A line or word of the counting steps under a deadline: the event a count starts from (see day-of).
departure = кету

# A warning: a regional day off within a deadline's count; $date a date, $regions region names joined, $name the day's name, $title the obligation's title.
regional-day = { $date } — { $regions } демалыс күні ({ $name }), «{ $title }» мерзімінің ішінде: мерзім өзгермейді, бірақ ондағы мекемелер жұмыс істемеуі мүмкін — ертерек немесе онлайн тапсырыңыз.

# A warning: an expected regional day off (date not yet decreed) within a deadline's count; $date a date, $regions region names joined, $name the day's name, $title the obligation's title.
regional-day-provisional = { $date } — { $regions } күтілетін демалыс күні ({ $name }; күні жыл сайын жарлықпен белгіленеді, әлі белгісіз), «{ $title }» мерзімінің ішінде: мерзім өзгермейді, бірақ мекемелер жұмыс істемеуі мүмкін.

# A route warning: each country counts its own days.
route-limits-per-country = Әр ел өз күндерін санайды: бір елдегі күндер басқа елдің шегіне есептелмейді, әр тіркеу тек өз елінде жарамды.

# A route warning: a leg goes beyond the last lawful day; $n the leg's number, $country a country, $days a number of days.
route-leg-overstay = { $n }-кезең ({ $country }) заңды соңғы күннен { $days } күнге асады: оны қысқартыңыз немесе виза не рұқсат алыңыз.
