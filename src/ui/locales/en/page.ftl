### tirkeu: the page's own strings (www/index.html, www/js). IDs start with ui-.
### Format: a Fluent subset, docs/i18n.md. Each message has a note for translators above it.

# Link for keyboard users that jumps to the results.
ui-skip = Skip to the results

# Label of the language menu.
ui-lang-label = Language

# Under the heading: nothing leaves the browser.
ui-privacy-short = Everything is computed in this browser. Nothing you type is sent anywhere.

# The questions about the trip (heading, and the button that folds them into one line). $audience: who uses the page (traveller, host, hotel, organization).
ui-trip-h = { $audience ->
        [traveller] Your trip
       *[other] The guest's stay
    }

# Label or hint of a question about the trip.
ui-f-destination = Where to

# Label or hint of a question about the trip.
ui-f-citizenship = Citizenship

# Label or hint of a question about the trip.
ui-f-citizenship-choose = — choose —

# Label or hint of a question about the trip.
ui-f-citizenship-stateless = Stateless person

# Label or hint of a question about the trip.
ui-f-passport = Passport

# A choice in the passport list.
ui-passport-ordinary = Ordinary

# A choice in the passport list.
ui-passport-diplomatic = Diplomatic

# A choice in the passport list.
ui-passport-service = Service (official)

# Label or hint of a question about the trip.
ui-f-visa = Visa

# A choice in the visa list.
ui-visa-none = No visa (visa-free)

# A choice in the visa list: a visa issued online before the trip (e-visa).
ui-visa-e-visa = Electronic visa (e-visa)

# A choice in the visa list.
ui-visa-tourist = Tourist

# A choice in the visa list.
ui-visa-business = Business

# A choice in the visa list.
ui-visa-private = Private (visiting relatives or friends)

# A choice in the visa list.
ui-visa-work = Work

# A choice in the visa list.
ui-visa-student = Student

# A choice in the visa list.
ui-visa-investor = Investor

# A choice in the visa list.
ui-visa-diplomatic = Diplomatic

# A choice in the visa list.
ui-visa-service = Service

# A choice in the visa list.
ui-visa-transit = Transit

# A choice in the visa list.
ui-visa-medical = Medical treatment

# A choice in the visa list.
ui-visa-humanitarian = Humanitarian

# A choice in the visa list.
ui-visa-missionary = Missionary

# A choice in the visa list.
ui-visa-family = Family reunification

# Label or hint of a question about the trip.
ui-f-entry-date = Entry date

# Label or hint of a question about the trip.
ui-f-exit-date = Planned exit date

# Label or hint of a question about the trip.
ui-f-exit-date-hint = Optional; without it some answers stay conditional.

# Label or hint of a question about the trip.
ui-f-trip-exit = Exit date

# Label or hint of a question about the trip.
ui-f-birth-date = Birth date

# Label or hint of a question about the trip.
ui-f-birth-date-hint = Optional; some rules depend on age.

# Label or hint of a question about the trip. $audience: who uses the page (traveller, host, hotel, organization).
ui-f-accommodation = { $audience ->
        [traveller] Where you stay
       *[other] Where the guest stays
    }

# A choice: where the traveller stays.
ui-acc-private = With a private host (flat, house, friends)

# A choice: where the traveller stays.
ui-acc-hotel = In a hotel or hostel

# A choice: where the traveller stays.
ui-acc-organization = Housed by an organisation (employer, university)

# The list of earlier trips to the country.
ui-trips-h = Earlier trips to this country

# The list of earlier trips to the country.
ui-trips-none = No earlier trips added.

# The list of earlier trips to the country.
ui-trips-add = Add an earlier trip

# The list of earlier trips to the country. Variables: $n a number.
ui-trips-remove = Remove trip { $n }

# The list of earlier trips to the country. Variables: $n a number.
ui-trips-row = Trip { $n }

# The list of moves to another address during the stay.
ui-moves-h = Moves during the stay (optional)

# The list of moves to another address during the stay.
ui-moves-none = No moves added.

# The list of moves to another address during the stay.
ui-moves-add = Add a move

# The list of moves to another address during the stay. Variables: $n a number.
ui-moves-remove = Remove move { $n }

# The list of moves to another address during the stay. Variables: $n a number.
ui-moves-row = Move { $n }

# Label or hint of a question about the trip.
ui-f-move-date = Date of the move

# Label or hint of a question about the trip.
ui-f-move-accommodation = New place

# Label or hint of a question about the trip.
ui-f-other-region = In another region

# Label of a question about a move: the new home belongs to the owner of the one where the stay is registered (a destination that asks it: Azerbaijan).
ui-f-same-owner = To a home of the same owner

# An error message shown under the field it concerns.
ui-err-missing-field = Please fill this in.

# An error message shown under the field it concerns.
ui-err-invalid-date = This is not a valid date.

# An error message shown under the field it concerns.
ui-err-bad-date = This date is incomplete or not valid.

# An error message shown under the field it concerns.
ui-err-wrong-type = This value has the wrong form.

# An error message shown under the field it concerns.
ui-err-unknown-country = Choose a country from the list.

# An error message shown under the field it concerns.
ui-err-unsupported-destination = tirkeu has no rules for this destination yet: choose one from the list.

# An error message shown under the field it concerns.
ui-err-unknown-value = Choose a value from the list.

# An error message shown under the field it concerns.
ui-err-exit-before-entry = The exit cannot be before the entry.

# An error message shown under the field it concerns.
ui-err-birth-after-entry = The birth date must be before the entry.

# An error message shown under the field it concerns.
ui-err-trip-overlap = Trips overlap each other or the current stay.

# An error message shown under the field it concerns. Variables: $from a year or number; $to a year or number.
ui-err-out-of-range = This date is outside what tirkeu answers (entries from { $from } to { $to }, stays of up to 5 years).

# An error message shown under the field it concerns.
ui-err-out-of-range-birth-date = The birth date must be between 1 January 1900 and the entry date.

# An error message shown under the field it concerns.
ui-err-out-of-range-trip = An earlier trip must lie between 1 January 1900 and this entry.

# An error message shown under the field it concerns.
ui-err-out-of-range-move = The move date is outside the stay: it must be between the entry and the exit (or within 5 years of the entry).

# An error message shown under the field it concerns.
ui-err-invalid-input = This input could not be read.

# An error message shown under the field it concerns.
ui-err-general = Check the input.

# An error message shown under the field it concerns.
ui-err-fix = Fix the marked field to see the results. What you typed is kept.

# An error message shown under the field it concerns.
ui-err-phone = Use digits, spaces, +, - and brackets only.

# An error message shown under the field it concerns.
ui-err-passport-expiry = The passport expires before the planned exit.

# An error message shown under the field it concerns.
ui-err-choose-citizenship = Choose the citizenship to see the results.

# An error message shown under the field it concerns. Variables: $n a number; $max a number.
ui-err-link-too-many = The link lists { $n } of these; tirkeu takes at most { $max }, so none were loaded. Add the ones that matter here.

# An error message shown under the field it concerns. Variables: $value what the link gave, quoted.
ui-err-link-value = The link gave “{ $value }”, which is not one of the choices here. Choose from the list.

# The results: key dates at a glance.
ui-res-h = Your results

# The results: key dates at a glance.
ui-res-entry = Entry

# The results: key dates at a glance.
ui-res-exit = Planned exit

# The results: key dates at a glance.
ui-res-last-day = Last lawful day

# The results: key dates at a glance.
ui-res-no-last-day = No fixed last day

# The results: key dates at a glance.
ui-res-nothing = Nothing to do: no notification or registration is needed for this stay.

# The results: key dates at a glance. Variables: $n a number.
ui-res-overstay = { $n ->
        [one] { $n } day beyond the last lawful day
       *[other] { $n } days beyond the last lawful day
    }

# The month calendar of the stay (legend, cell descriptions for screen readers). $audience: who uses the page (traveller, host, hotel, organization).
ui-tl-h = { $audience ->
        [traveller] Calendar of your stay
       *[other] Calendar of the guest's stay
    }

# The month calendar of the stay (legend, cell descriptions for screen readers).
ui-tl-legend = Legend

# The month calendar of the stay (legend, cell descriptions for screen readers).
ui-tl-stay = Days of the stay

# The month calendar of the stay (legend, cell descriptions for screen readers).
ui-tl-overstay = Days after the last lawful day

# The month calendar of the stay (legend, cell descriptions for screen readers).
ui-tl-weekend = Weekend

# The month calendar of the stay (legend, cell descriptions for screen readers).
ui-tl-holiday = Public holiday

# The month calendar of the stay (legend, cell descriptions for screen readers).
ui-tl-dayoff = Day off (moved)

# The month calendar of the stay (legend, cell descriptions for screen readers).
ui-tl-working-weekend = Working Saturday or Sunday

# The month calendar of the stay (legend, cell descriptions for screen readers).
ui-tl-entry = Entry

# The month calendar of the stay (legend, cell descriptions for screen readers).
ui-tl-exit = Exit

# The month calendar of the stay (legend, cell descriptions for screen readers).
ui-tl-due = Deadline

# The month calendar of the stay (legend, cell descriptions for screen readers).
ui-tl-last-day = Last lawful day

# The month calendar of the stay (legend, cell descriptions for screen readers). Variables: $n a number.
ui-tl-more = { $n ->
        [one] { $n } more month without events is not shown.
       *[other] { $n } more months without events are not shown.
    }

# The month calendar of the stay (legend, cell descriptions for screen readers). Variables: $date a date, already written out.
ui-tl-moved-from = moved from { $date }

# The month calendar of the stay (legend, cell descriptions for screen readers).
ui-tl-provisional = provisional

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-h = What must be done

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-who = Who

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-due = Due by

# A card for one obligation: who must do what by when, how, and the penalty. $audience: who uses the page (traveller, host, hotel, organization).
ui-ob-result = { $audience ->
        [traveller] What you get
       *[other] What the guest gets
    }

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-due-also = Other reading

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-when = Triggered by

# A card for one obligation: who must do what by when, how, and the penalty. Variables: $date a date, already written out.
ui-ob-trigger-arrival = arrival on { $date }

# A card for one obligation: who must do what by when, how, and the penalty. Variables: $date a date, already written out.
ui-ob-trigger-move = the move on { $date }

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-conditional = Condition

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-how = Where and how

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-online = Online

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-by-post = by post

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-in-person = In person

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-needs = Needs

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-processing = Takes

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-documents = Documents

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-fee = Fee

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-penalty = If it is late or not done

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-warning = a warning

# A fine on an obligation card. Variables: $units a number of fine units; $unit the country's fine unit, short (kz-ui-fine-unit); $amount the amount in money, already formatted.
ui-ob-fine = { $units } { $unit } ({ $amount })

# A fine set in money as a range, on an obligation card (Azerbaijan's 300–400 manats). Variables: $min and $max the lowest and highest sums, already formatted with their currency.
ui-ob-fine-range = { $min } to { $max }

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-unknown-fine = amount not established

# Under a penalty: the value of the fine unit in that year. Variables: $unit the fine unit, long (kz-ui-fine-unit-long); $year a year; $amount the money, already formatted.
ui-ob-unit-value = { $unit } in { $year }: { $amount }

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-steps = How the date is counted

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-sources = Legal basis and sources

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-provisional = Provisional: a holiday date in this count is not yet fixed by decree.

# Who does it, on an obligation card, as seen by whoever uses the page.
ui-who-host = Your host (the receiving party)

# Who does it, on an obligation card, as seen by whoever uses the page.
ui-who-hotel = The hotel

# Who does it, on an obligation card, as seen by whoever uses the page.
ui-who-organization = The receiving organisation

# Who does it, on an obligation card, as seen by whoever uses the page.
ui-who-foreigner = You

# One line of the day-by-day count of a deadline.
ui-step-working = working day

# One line of the day-by-day count of a deadline.
ui-step-weekend = weekend

# One line of the day-by-day count of a deadline.
ui-step-holiday = public holiday

# One line of the day-by-day count of a deadline.
ui-step-day-off = day off

# One line of the day-by-day count of a deadline.
ui-step-working-weekend = weekend made a working day

# One line of the day-by-day count of a deadline. Variables: $n a number.
ui-step-counts-working = working day { $n }

# One line of the day-by-day count of a deadline. Variables: $n a number.
ui-step-counts-calendar = day { $n }

# One line of the day-by-day count of a deadline.
ui-step-not-counted = not counted

# One line of the day-by-day count of a deadline.
ui-step-event-arrival = day of arrival

# One line of the day-by-day count of a deadline.
ui-step-event-move = day of the move

# One line of the day-by-day count of a deadline.
ui-step-due = due date

# One line of the day-by-day count of a deadline. Variables: $from a year or number; $to a year or number.
ui-step-gap = days { $from } to { $to } count whatever the day is

# How sure the source is: a badge next to each source.
ui-conf-high = official text

# How sure the source is: a badge next to each source.
ui-conf-medium = reliable secondary

# How sure the source is: a badge next to each source.
ui-conf-low = single secondary source

# How sure the source is: a badge next to each source.
ui-conf-unknown = not assessed

# How sure the source is: a badge next to each source. Variables: $c the confidence (another message).
ui-conf-label = Confidence: { $c }

# Heading of the exemptions card. $audience: who uses the page (traveller, host, hotel, organization).
ui-ex-h = { $audience ->
        [traveller] What you do not need, and why
       *[other] What is not needed, and why
    }

# The card on how long the stay may last. $audience: who uses the page (traveller, host, hotel, organization).
ui-stay-h = { $audience ->
        [traveller] How long you may stay
       *[other] How long the guest may stay
    }

# The card on how long the stay may last.
ui-stay-limits = Limits

# Heading of the warnings card.
ui-warn-h = Warnings

# Heading of the assumptions the answer makes.
ui-assume-h = Assumptions

# The FAQ: an answer to a claim, computed for this case.
ui-faq-h = Common claims, checked for your case

# The FAQ: an answer to a claim, computed for this case.
ui-faq-wrong = Wrong for your case

# The FAQ: an answer to a claim, computed for this case.
ui-faq-right = Right for your case

# The pre-filled form section.
ui-form-intro = Add personal details to fill in the form. They stay in this browser: they are never put in the address bar and never stored unless you tick the box below.

# The pre-filled form section.
ui-form-person = Traveller

# The pre-filled form section.
ui-form-host = Host (receiving party)

# Label of a personal detail for the form.
ui-d-surname = Surname

# Label of a personal detail for the form.
ui-d-given-names = Given names

# Label of a personal detail for the form.
ui-d-patronymic = Patronymic

# Label of a personal detail for the form.
ui-d-sex = Sex

# Label of a personal detail for the form.
ui-d-sex-none = —

# Label of a personal detail for the form.
ui-d-sex-m = Male

# Label of a personal detail for the form.
ui-d-sex-f = Female

# Label of a personal detail for the form.
ui-d-passport-number = Passport number

# Label of a personal detail for the form.
ui-d-passport-issue-date = Passport issued on

# Label of a personal detail for the form.
ui-d-visa-expiry = Visa valid until

# Label of a personal detail for the form.
ui-d-host-contact = Responsible person (for an organisation)

# Label of a personal detail for the form.
ui-d-passport-expiry = Passport valid until

# Label of a personal detail for the form.
ui-d-visa-number = Visa number

# Label of a personal detail for the form.
ui-d-purpose = Purpose of the trip

# Label of a personal detail for the form.
ui-d-checkpoint = Entry checkpoint

# Label of a personal detail for the form.
ui-d-address = Address of the stay

# Label of a personal detail for the form.
ui-d-host-name = Host's name or organisation

# Label of a personal detail for the form.
ui-d-host-phone = Host's phone

# Label of a personal detail for the form.
ui-d-host-address = Host's address

# Label of a personal detail for the form: the country the traveller came from (the destination's form asks it).
ui-d-arrived-from = Country arrived from

# Label of a personal detail for the form: the receiving party's identity document or tax number (the destination's form says which).
ui-d-host-id = Host's ID or tax number

# Label of a personal detail for the form: the surname in Latin letters, as in the passport (a form that asks it beside the surname in its own script).
ui-d-surname-latin = Surname in Latin letters (as in the passport)

# Label of a personal detail for the form: the given names in Latin letters.
ui-d-given-names-latin = Given names in Latin letters

# Label of a personal detail for the form: the patronymic in Latin letters.
ui-d-patronymic-latin = Patronymic in Latin letters

# Label of a personal detail for the form: the series of the migration card filled in at the border.
ui-d-migration-card-series = Migration card series

# Label of a personal detail for the form: the number of the migration card.
ui-d-migration-card-number = Migration card number

# Label of a personal detail for the form: the receiving person's surname, when the host is a person.
ui-d-host-surname = Host's surname (a person)

# Label of a personal detail for the form: the receiving person's given names.
ui-d-host-given-names = Host's given names

# Label of a personal detail for the form: the receiving person's patronymic.
ui-d-host-patronymic = Host's patronymic

# Label of a personal detail for the form: the name of the organisation that receives the traveller, when it is one (a hotel, an employer).
ui-d-host-org-name = Organisation's name (if the host is one)

# Label of a personal detail for the form: the receiving organisation's taxpayer number (INN).
ui-d-host-inn = Organisation's taxpayer number (INN)

# Label of a personal detail for the form: the host's phone, as the form's ten boxes after the printed +7 take it.
ui-d-host-phone-10 = Host's phone: the 10 digits after +7

# The pre-filled form section.
ui-form-preview = Form preview

# The pre-filled form section.
ui-form-not-yet = The printable form is not in this version of the engine yet. The summary below can be printed meanwhile.

# The pre-filled form section.
ui-form-unavailable = The form appears when the trip above is complete.

# The pre-filled form section.
ui-form-print = Print the form

# The pre-filled form section.
ui-form-pdf = Download PDF

# The pre-filled form section.
ui-form-ics = Add deadlines to calendar (.ics)

# The pre-filled form section. Variables: $name a file name.
ui-form-made = Saved: { $name }

# The pre-filled form section: why the PDF was not made. Variables: $message the engine's error message (it names the field in words).
ui-form-pdf-blocked = The PDF was not made. { $message }

# The pre-filled form section.
ui-form-summary = Summary for the migration notification

# Storage on this device (opt-in).
ui-store-h = Your data on this device

# Storage on this device (opt-in). $audience: who uses the page (traveller, host, hotel, organization).
ui-store-remember = { $audience ->
        [traveller] Remember my trip on this device
       *[other] Remember this stay on this device
    }

# Storage on this device (opt-in).
ui-store-remember-details = Also remember the personal details

# Storage on this device (opt-in).
ui-store-forget = Forget everything

# Storage on this device (opt-in).
ui-store-forgotten = Everything was deleted from this device and the address bar.

# Storage on this device (opt-in).
ui-store-note = The trip (not your personal details) is kept in the page address after #, so a reload or a shared link shows the same results. Nothing is ever sent to a server.

# The page's footer. Variables: $date a date, already written out.
ui-foot-checked = Rules last checked on { $date }.

# The page's footer.
ui-foot-not-advice = This is information, not legal advice.

# The page's footer. Variables: $v the engine version.
ui-foot-engine = Engine { $v }

# The notice that a new version was downloaded.
ui-sw-update = A new version of tirkeu is ready.

# The notice that a new version was downloaded.
ui-sw-reload = Reload
## Across borders (the section; the views' own words are in across-*.ftl, IDs ui-x-)
# Heading of the section with the views across borders (several destinations at once).
ui-across-h = Across borders
# $countries: the destinations, e.g. "Kazakhstan, Azerbaijan and Russia"
ui-across-intro = { $countries } each count their own days and have their own deadlines. Compare them for this trip, plan a route through several of them, or find when you can come back.
# Summary of a collapsible view: the traveller's trip answered in every destination, in columns.
ui-across-compare = The same trip in each country, side by side
# Summary of a collapsible view: a route of several stays in several destinations, with every deadline in one list.
ui-across-route = A route through several countries
# Summary of a collapsible view: for how many days the traveller may come back from a date, and the earliest date a stay of N days fits.
ui-across-plan = When can I come back, and for how long?
# Shown in a view across borders while its words and code load.
ui-across-loading = Loading…
# Shown in a view across borders when its code or words could not be loaded.
ui-across-failed = This view could not be loaded. Reload the page to try again.


# Offline use and installing the page as an app.
ui-app-h = Offline, and as an app

# Offline use and installing the page as an app.
ui-app-offline = Once this page has loaded, it also works without an internet connection: open the same address again, even offline. Everything is computed on this device.

# Offline use and installing the page as an app.
ui-app-installed = tirkeu is installed on this device: open it like any other app.

# Offline use and installing the page as an app.
ui-app-install = Install tirkeu

# Offline use and installing the page as an app.
ui-app-how-chromium = To install it as an app: click the install icon at the right of the address bar, or open the browser menu (⋮) and choose “Install tirkeu…” (in newer versions: “Cast, save and share” → “Install page as app…”).

# Offline use and installing the page as an app.
ui-app-how-android = To install it: open the browser menu (⋮) and choose “Install app” or “Add to Home screen”.

# Offline use and installing the page as an app.
ui-app-how-ios = To install it: tap the Share button, then “Add to Home Screen”.

# Offline use and installing the page as an app.
ui-app-how-safari = To install it: in Safari, choose File → “Add to Dock…” (macOS 14 Sonoma or later).

# Offline use and installing the page as an app.
ui-app-how-firefox = Firefox on a computer does not install web apps: bookmark this page instead — it works offline here too.

# Offline use and installing the page as an app.
ui-app-how-other = To install it, look for “Install” or “Add to Home screen” in your browser’s menu.

# The questions about the trip (heading, and the button that folds them into one line).
ui-trip-change = Change

# The questions about the trip (heading, and the button that folds them into one line).
ui-trip-hide = Hide the questions

# Where the guest stays, short, inside the one-line summary of the trip.
ui-acc-short-private = private host

# Where the guest stays, short, inside the one-line summary of the trip.
ui-acc-short-hotel = hotel

# Where the guest stays, short, inside the one-line summary of the trip.
ui-acc-short-organization = organisation

# Part of the one-line summary of the trip. Variables: $n a number.
ui-sum-trips = earlier trips: { $n }

# Part of the one-line summary of the trip. Variables: $n a number.
ui-sum-moves = moves: { $n }

# Label or hint of a question about the trip.
ui-f-audience = You are

# Who uses the page: the first question.
ui-aud-traveller = The traveller (the foreigner who stays)

# Who uses the page: the first question.
ui-aud-host = The host: a private person receiving a guest

# Who uses the page: the first question.
ui-aud-hotel = A hotel, hostel or guest house

# Who uses the page: the first question.
ui-aud-organization = An organisation receiving them (employer, university)

# Who uses the page: the first question. Variables: $acc where the guest stays (another message).
ui-aud-acc-set = Where the guest stays is now: { $acc }.

# Who does it, on an obligation card, as seen by whoever uses the page.
ui-who-self-host = You (the host)

# Who does it, on an obligation card, as seen by whoever uses the page.
ui-who-self-hotel = You (the hotel)

# Who does it, on an obligation card, as seen by whoever uses the page.
ui-who-self-organization = You (the receiving organisation)

# Who does it, on an obligation card, as seen by whoever uses the page. $audience: who uses the page (traveller, host, hotel, organization).
ui-who-guest = { $audience ->
        [organization] The foreigner you receive
       *[other] Your guest (the foreigner)
    }

# Who does it, on an obligation card, as seen by whoever uses the page.
ui-who-other-host = The receiving party (a private host)

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-mine = Your duty

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-your-part = Your part: give your passport (and visa) details on arrival, and ask for the confirmation that it was filed.

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-guest-part = The guest does this themselves; you may remind them of the date.

# A card for one obligation: who must do what by when, how, and the penalty. $audience: who uses the page (traveller, host, hotel, organization).
ui-ob-other-channels = { $audience ->
        [hotel] Other ways (used mostly by private hosts)
       *[other] Other ways
    }

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-for-you = applies to you

