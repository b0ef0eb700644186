## The route view (js/route.js): a route of several stays in several countries, its deadlines in one list by date. IDs ui-x-r-.

# Under the summary "A route through several countries": what to fill in and where the traveller's details come from.
ui-x-r-intro = List the countries in the order you visit them, with the dates. Citizenship, passport and birth date are taken from the questions above, and so are the earlier trips (to the country asked about there).

# Heading of one leg of the route in the list of legs. $n: the leg's number (1, 2, …); $country: the country's name.
ui-x-r-leg = Leg { $n }: { $country }

# Label of the list of countries of one leg of the route.
ui-x-r-f-country = Country

# Button that adds one more leg at the end of the route.
ui-x-r-add = Add a leg

# Accessible name of the button (×) that removes one leg. $n: the leg's number; $country: its country's name.
ui-x-r-remove = Remove leg { $n }: { $country }

# Next to the disabled "Add a leg" button when the route is full. $max: the most legs a route has (30).
ui-x-r-max = A route has at most { $max } legs: remove one to add another.

# Under a leg's entry date when it is before the previous leg ends. $n: the previous leg's number; $exit: its exit date, written out.
ui-x-r-err-overlap = This leg begins before leg { $n } ends ({ $exit }). Legs may not overlap; leaving one country and entering the next on the same day is fine.

# Shown in the route view when a question above (citizenship, passport, birth date, earlier trips) has a problem. $message: what is wrong, in the page's words.
ui-x-r-err-questions = Fix the questions above first: { $message }

# Heading of the list of every date of the route (entries, deadlines, last lawful days, exits), in date order.
ui-x-r-timeline-h = Every deadline of the route, by date

# An entry in the route's list of dates. $country: the country's name; $n: the leg's number.
ui-x-r-ev-entry = Entry into { $country } (leg { $n })

# An entry in the route's list of dates. $country: the country's name; $n: the leg's number.
ui-x-r-ev-exit = Exit from { $country } (leg { $n })

# An entry in the route's list of dates: the last day the stay in that country is lawful. $country: the country's name; $n: the leg's number.
ui-x-r-ev-last = Last lawful day in { $country } (leg { $n })

# An entry in the route's list of dates: a deadline (who does what follows on the next line). $country: the country's name; $n: the leg's number.
ui-x-r-ev-due = Deadline in { $country } (leg { $n })

# Heading of the short summary of each leg (its dates, how long the stay may last, its last lawful day).
ui-x-r-legs-h = Leg by leg

# A leg's dates when it has no exit date (only the last leg may). $date: the entry date, written out.
ui-x-r-from = From { $date }; no exit date given

# Label before the words saying how long a stay in that country may last (the country's rule for this traveller).
ui-x-r-allowed = Allowed stay

# Button under a leg's summary: shows that leg in the calculator above, with all its details. $n: the leg's number; $country: its country's name.
ui-x-r-show = Open leg { $n } ({ $country }) as the main answer

# Summary of a collapsible list of the notes and warnings of one leg. $n: how many there are.
ui-x-r-notes = More about this leg ({ $n })

# Button: downloads one calendar file (.ics) with every deadline of the route.
ui-x-r-ics = Add every deadline of the route to a calendar (.ics)

# Shown instead of deadlines when no leg of the route asks for a notification or registration.
ui-x-r-nothing = No notification or registration is due on this route.
