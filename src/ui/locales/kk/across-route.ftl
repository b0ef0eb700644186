## The route view (js/route.js): a route of several stays in several countries, its deadlines in one list by date. IDs ui-x-r-.

# Under the summary "A route through several countries": what to fill in and where the traveller's details come from.
ui-x-r-intro = Елдерді баратын ретіңізбен, күндерімен жазыңыз. Азаматтық, паспорт және туған күн жоғарыдағы сұрақтардан алынады, бұрынғы сапарлар да (сол жерде сұралған елге).

# Heading of one leg of the route in the list of legs. $n: the leg's number (1, 2, …); $country: the country's name.
ui-x-r-leg = { $n }-кезең: { $country }

# Label of the list of countries of one leg of the route.
ui-x-r-f-country = Ел

# Button that adds one more leg at the end of the route.
ui-x-r-add = Кезең қосу

# Accessible name of the button (×) that removes one leg. $n: the leg's number; $country: its country's name.
ui-x-r-remove = { $n }-кезеңді өшіру: { $country }

# Next to the disabled "Add a leg" button when the route is full. $max: the most legs a route has (30).
ui-x-r-max = Маршрутта ең көбі { $max } кезең болады: басқасын қосу үшін біреуін өшіріңіз.

# Under a leg's entry date when it is before the previous leg ends. $n: the previous leg's number; $exit: its exit date, written out.
ui-x-r-err-overlap = Бұл кезең { $n }-кезең аяқталмай ({ $exit }) басталады. Кезеңдер қабаттаспауы керек; бір елден шығып, келесі елге сол күні кіруге болады.

# Shown in the route view when a question above (citizenship, passport, birth date, earlier trips) has a problem. $message: what is wrong, in the page's words.
ui-x-r-err-questions = Алдымен жоғарыдағы сұрақтардың жауабын түзетіңіз: { $message }

# Heading of the list of every date of the route (entries, deadlines, last lawful days, exits), in date order.
ui-x-r-timeline-h = Маршруттың барлық мерзімдері, күн ретімен

# An entry in the route's list of dates. $country: the country's name; $n: the leg's number.
ui-x-r-ev-entry = { $country }: кіру ({ $n }-кезең)

# An entry in the route's list of dates. $country: the country's name; $n: the leg's number.
ui-x-r-ev-exit = { $country }: шығу ({ $n }-кезең)

# An entry in the route's list of dates: the last day the stay in that country is lawful. $country: the country's name; $n: the leg's number.
ui-x-r-ev-last = { $country }: заңды болудың соңғы күні ({ $n }-кезең)

# An entry in the route's list of dates: a deadline (who does what follows on the next line). $country: the country's name; $n: the leg's number.
ui-x-r-ev-due = { $country }: мерзім ({ $n }-кезең)

# Heading of the short summary of each leg (its dates, how long the stay may last, its last lawful day).
ui-x-r-legs-h = Кезең бойынша

# A leg's dates when it has no exit date (only the last leg may). $date: the entry date, written out.
ui-x-r-from = { $date } бастап; шығу күні көрсетілмеген

# Label before the words saying how long a stay in that country may last (the country's rule for this traveller).
ui-x-r-allowed = Рұқсат етілген болу мерзімі

# Button under a leg's summary: shows that leg in the calculator above, with all its details. $n: the leg's number; $country: its country's name.
ui-x-r-show = { $n }-кезеңді ({ $country }) негізгі жауап ретінде ашу

# Summary of a collapsible list of the notes and warnings of one leg. $n: how many there are.
ui-x-r-notes = Бұл кезең туралы толығырақ ({ $n })

# Button: downloads one calendar file (.ics) with every deadline of the route.
ui-x-r-ics = Маршруттың барлық мерзімдерін күнтізбеге қосу (.ics)

# Shown instead of deadlines when no leg of the route asks for a notification or registration.
ui-x-r-nothing = Бұл маршрутта хабарлама да, тіркеу де қажет емес.
