### tirkeu: the page's own strings (www/index.html, www/js). IDs start with ui-.
### Format: a Fluent subset, docs/i18n.md. Each message has a note for translators above it.

# Link for keyboard users that jumps to the results.
ui-skip = Нәтижелерге өту

# Label of the language menu.
ui-lang-label = Тіл

# Under the heading: nothing leaves the browser.
ui-privacy-short = Бәрі осы браузерде есептеледі. Енгізгеніңіздің ешқайсысы ешқайда жіберілмейді.

# The questions about the trip (heading, and the button that folds them into one line). $audience: who uses the page (traveller, host, hotel, organization).
ui-trip-h = { $audience ->
        [traveller] Сапарыңыз
       *[other] Қонақтың болуы
    }

# Label or hint of a question about the trip.
ui-f-destination = Қайда

# Label or hint of a question about the trip.
ui-f-citizenship = Азаматтық

# Label or hint of a question about the trip.
ui-f-citizenship-choose = — таңдаңыз —

# Label or hint of a question about the trip.
ui-f-citizenship-stateless = Азаматтығы жоқ адам

# Label or hint of a question about the trip.
ui-f-passport = Төлқұжат

# A choice in the passport list.
ui-passport-ordinary = Қарапайым

# A choice in the passport list.
ui-passport-diplomatic = Дипломатиялық

# A choice in the passport list.
ui-passport-service = Қызметтік

# Label or hint of a question about the trip.
ui-f-visa = Виза

# A choice in the visa list.
ui-visa-none = Визасыз

# A choice in the visa list: a visa issued online before the trip (e-visa).
ui-visa-e-visa = Электрондық виза

# A choice in the visa list.
ui-visa-tourist = Туристік

# A choice in the visa list.
ui-visa-business = Іскерлік

# A choice in the visa list.
ui-visa-private = Жеке (туыстарға немесе достарға)

# A choice in the visa list.
ui-visa-work = Жұмыс

# A choice in the visa list.
ui-visa-student = Студенттік

# A choice in the visa list.
ui-visa-investor = Инвесторлық

# A choice in the visa list.
ui-visa-diplomatic = Дипломатиялық

# A choice in the visa list.
ui-visa-service = Қызметтік

# A choice in the visa list.
ui-visa-transit = Транзиттік

# A choice in the visa list.
ui-visa-medical = Емделуге

# A choice in the visa list.
ui-visa-humanitarian = Гуманитарлық

# A choice in the visa list.
ui-visa-missionary = Миссионерлік

# A choice in the visa list.
ui-visa-family = Отбасымен қосылу үшін

# Label or hint of a question about the trip.
ui-f-entry-date = Кіру күні

# Label or hint of a question about the trip.
ui-f-exit-date = Жоспарланған шығу күні

# Label or hint of a question about the trip.
ui-f-exit-date-hint = Міндетті емес; онсыз кейбір жауаптар шартты болып қалады.

# Label or hint of a question about the trip.
ui-f-trip-exit = Шығу күні

# Label or hint of a question about the trip.
ui-f-birth-date = Туған күні

# Label or hint of a question about the trip.
ui-f-birth-date-hint = Міндетті емес; кейбір ережелер жасқа байланысты.

# Label or hint of a question about the trip. $audience: who uses the page (traveller, host, hotel, organization).
ui-f-accommodation = { $audience ->
        [traveller] Қайда тұрасыз
       *[other] Қонақ қайда тұрады
    }

# A choice: where the traveller stays.
ui-acc-private = Жеке тұлғада (пәтер, үй, достар)

# A choice: where the traveller stays.
ui-acc-hotel = Қонақүйде немесе хостелде

# A choice: where the traveller stays.
ui-acc-organization = Ұйымда (жұмыс беруші, университет)

# The list of earlier trips to the country.
ui-trips-h = Осы елге бұрынғы сапарлар

# The list of earlier trips to the country.
ui-trips-none = Бұрынғы сапарлар қосылмаған.

# The list of earlier trips to the country.
ui-trips-add = Бұрынғы сапарды қосу

# The list of earlier trips to the country. Variables: $n a number.
ui-trips-remove = { $n }-сапарды жою

# The list of earlier trips to the country. Variables: $n a number.
ui-trips-row = { $n }-сапар

# The list of moves to another address during the stay.
ui-moves-h = Болу кезіндегі көшулер (міндетті емес)

# The list of moves to another address during the stay.
ui-moves-none = Көшулер қосылмаған.

# The list of moves to another address during the stay.
ui-moves-add = Көшуді қосу

# The list of moves to another address during the stay. Variables: $n a number.
ui-moves-remove = { $n }-көшуді жою

# The list of moves to another address during the stay. Variables: $n a number.
ui-moves-row = { $n }-көшу

# Label or hint of a question about the trip.
ui-f-move-date = Көшу күні

# Label or hint of a question about the trip.
ui-f-move-accommodation = Жаңа орын

# Label or hint of a question about the trip.
ui-f-other-region = Басқа өңірге

# Label of a question about a move: the new home belongs to the owner of the one where the stay is registered (a destination that asks it: Azerbaijan).
ui-f-same-owner = Сол меншік иесінің тұрғын үйіне

# An error message shown under the field it concerns.
ui-err-missing-field = Осы өрісті толтырыңыз.

# An error message shown under the field it concerns.
ui-err-invalid-date = Бұл жарамды күн емес.

# An error message shown under the field it concerns.
ui-err-bad-date = Күн толық емес немесе қате енгізілген.

# An error message shown under the field it concerns.
ui-err-wrong-type = Мәннің пішімі қате.

# An error message shown under the field it concerns.
ui-err-unknown-country = Тізімнен елді таңдаңыз.

# An error message shown under the field it concerns.
ui-err-unsupported-destination = Бұл ел үшін tirkeu-де әзірге ереже жоқ: тізімнен таңдаңыз.

# An error message shown under the field it concerns.
ui-err-unknown-value = Тізімнен мәнді таңдаңыз.

# An error message shown under the field it concerns.
ui-err-exit-before-entry = Шығу күні кіру күнінен ерте бола алмайды.

# An error message shown under the field it concerns.
ui-err-birth-after-entry = Туған күні кіру күнінен бұрын болуы тиіс.

# An error message shown under the field it concerns.
ui-err-trip-overlap = Сапарлар бір-бірімен немесе осы сапармен қиылысады.

# An error message shown under the field it concerns. Variables: $from a year or number; $to a year or number.
ui-err-out-of-range = Бұл күн tirkeu жауап беретін шектен тыс ({ $from }–{ $to } жылдардағы кірулер, 5 жылға дейінгі болу).

# An error message shown under the field it concerns.
ui-err-out-of-range-birth-date = Туған күн 1900 жылғы 1 қаңтар мен келу күні аралығында болуы керек.

# An error message shown under the field it concerns.
ui-err-out-of-range-trip = Бұрынғы сапар 1900 жылғы 1 қаңтар мен осы келу аралығында болуы керек.

# An error message shown under the field it concerns.
ui-err-out-of-range-move = Көшу күні болу кезеңінен тыс: ол келу мен кету аралығында (немесе келуден кейінгі 5 жыл ішінде) болуы керек.

# An error message shown under the field it concerns.
ui-err-invalid-input = Енгізілген деректерді оқу мүмкін болмады.

# An error message shown under the field it concerns.
ui-err-general = Енгізілген деректерді тексеріңіз.

# An error message shown under the field it concerns.
ui-err-fix = Нәтижелерді көру үшін белгіленген өрісті түзетіңіз. Енгізгеніңіз сақталады.

# An error message shown under the field it concerns.
ui-err-phone = Тек цифрлар, бос орын, +, - және жақшалар.

# An error message shown under the field it concerns.
ui-err-passport-expiry = Төлқұжаттың мерзімі жоспарланған шығу күнінен бұрын бітеді.

# An error message shown under the field it concerns.
ui-err-choose-citizenship = Нәтижелерді көру үшін азаматтықты таңдаңыз.

# An error message shown under the field it concerns. Variables: $n a number; $max a number.
ui-err-link-too-many = Сілтемеде олардың саны { $n }; tirkeu ең көбі { $max } қабылдайды, сондықтан ешқайсысы жүктелмеді. Керектерін осында қосыңыз.

# An error message shown under the field it concerns. Variables: $value what the link gave, quoted.
ui-err-link-value = Сілтемеде «{ $value }» берілген — тізімде мұндай нұсқа жоқ. Тізімнен таңдаңыз.

# The results: key dates at a glance.
ui-res-h = Нәтижелеріңіз

# The results: key dates at a glance.
ui-res-entry = Кіру

# The results: key dates at a glance.
ui-res-exit = Жоспарланған шығу

# The results: key dates at a glance.
ui-res-last-day = Заңды болудың соңғы күні

# The results: key dates at a glance.
ui-res-no-last-day = Белгіленген соңғы күн жоқ

# The results: key dates at a glance.
ui-res-nothing = Ештеңе істеудің қажеті жоқ: бұл сапарға хабарлама да, тіркеу де керек емес.

# The results: key dates at a glance. Variables: $n a number.
ui-res-overstay = заңды соңғы күннен { $n } күн кейін

# The month calendar of the stay (legend, cell descriptions for screen readers). $audience: who uses the page (traveller, host, hotel, organization).
ui-tl-h = { $audience ->
        [traveller] Болу күнтізбесі
       *[other] Қонақтың болу күнтізбесі
    }

# The month calendar of the stay (legend, cell descriptions for screen readers).
ui-tl-legend = Шартты белгілер

# The month calendar of the stay (legend, cell descriptions for screen readers).
ui-tl-stay = Болу күндері

# The month calendar of the stay (legend, cell descriptions for screen readers).
ui-tl-overstay = Заңды соңғы күннен кейінгі күндер

# The month calendar of the stay (legend, cell descriptions for screen readers).
ui-tl-weekend = Демалыс күні

# The month calendar of the stay (legend, cell descriptions for screen readers).
ui-tl-holiday = Мереке күні

# The month calendar of the stay (legend, cell descriptions for screen readers).
ui-tl-dayoff = Ауыстырылған демалыс

# The month calendar of the stay (legend, cell descriptions for screen readers).
ui-tl-working-weekend = Жұмыс күні болған сенбі не жексенбі

# The month calendar of the stay (legend, cell descriptions for screen readers).
ui-tl-entry = Кіру

# The month calendar of the stay (legend, cell descriptions for screen readers).
ui-tl-exit = Шығу

# The month calendar of the stay (legend, cell descriptions for screen readers).
ui-tl-due = Мерзім

# The month calendar of the stay (legend, cell descriptions for screen readers).
ui-tl-last-day = Заңды соңғы күн

# The month calendar of the stay (legend, cell descriptions for screen readers). Variables: $n a number.
ui-tl-more = Оқиғасыз тағы { $n } ай көрсетілмеген.

# The month calendar of the stay (legend, cell descriptions for screen readers). Variables: $date a date, already written out.
ui-tl-moved-from = { $date } күнінен ауыстырылған

# The month calendar of the stay (legend, cell descriptions for screen readers).
ui-tl-provisional = алдын ала

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-h = Не істеу керек

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-who = Кім

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-due = Мерзімі

# A card for one obligation: who must do what by when, how, and the penalty. $audience: who uses the page (traveller, host, hotel, organization).
ui-ob-result = { $audience ->
        [traveller] Не аласыз
       *[other] Қонақ не алады
    }

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-due-also = Басқа түсіндірме

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-when = Себебі

# A card for one obligation: who must do what by when, how, and the penalty. Variables: $date a date, already written out.
ui-ob-trigger-arrival = келу: { $date }

# A card for one obligation: who must do what by when, how, and the penalty. Variables: $date a date, already written out.
ui-ob-trigger-move = көшу: { $date }

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-conditional = Шарт

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-how = Қайда және қалай

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-online = Онлайн

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-by-post = поштамен

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-in-person = Жеке барып

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-needs = Қажет

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-processing = Ұзақтығы

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-documents = Құжаттар

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-fee = Төлем

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-penalty = Кешіктірсе немесе орындамаса

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-warning = ескерту

# A fine on an obligation card. Variables: $units a number of fine units; $unit the country's fine unit, short (kz-ui-fine-unit); $amount the amount in money, already formatted.
ui-ob-fine = { $units } { $unit } ({ $amount })

# A fine set in money as a range, on an obligation card (Azerbaijan's 300–400 manats). Variables: $min and $max the lowest and highest sums, already formatted with their currency.
ui-ob-fine-range = { $min } бастап { $max } дейін

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-unknown-fine = сомасы анықталмаған

# Under a penalty: the value of the fine unit in that year. Variables: $unit the fine unit, long (kz-ui-fine-unit-long); $year a year; $amount the money, already formatted.
ui-ob-unit-value = { $year } жылғы { $unit }: { $amount }

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-steps = Мерзім қалай есептеледі

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-sources = Құқықтық негіз және дереккөздер

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-provisional = Алдын ала: бұл есептегі мереке күні әлі қаулымен бекітілмеген.

# Who does it, on an obligation card, as seen by whoever uses the page.
ui-who-host = Қабылдаушы тарап (сізді қабылдаған адам)

# Who does it, on an obligation card, as seen by whoever uses the page.
ui-who-hotel = Қонақүй

# Who does it, on an obligation card, as seen by whoever uses the page.
ui-who-organization = Қабылдаушы ұйым

# Who does it, on an obligation card, as seen by whoever uses the page.
ui-who-foreigner = Сіз

# One line of the day-by-day count of a deadline.
ui-step-working = жұмыс күні

# One line of the day-by-day count of a deadline.
ui-step-weekend = демалыс күні

# One line of the day-by-day count of a deadline.
ui-step-holiday = мереке күні

# One line of the day-by-day count of a deadline.
ui-step-day-off = ауыстырылған демалыс

# One line of the day-by-day count of a deadline.
ui-step-working-weekend = жұмыс күні болған демалыс

# One line of the day-by-day count of a deadline. Variables: $n a number.
ui-step-counts-working = { $n }-жұмыс күні

# One line of the day-by-day count of a deadline. Variables: $n a number.
ui-step-counts-calendar = { $n }-күн

# One line of the day-by-day count of a deadline.
ui-step-not-counted = есептелмейді

# One line of the day-by-day count of a deadline.
ui-step-event-arrival = келген күн

# One line of the day-by-day count of a deadline.
ui-step-event-move = көшкен күн

# One line of the day-by-day count of a deadline.
ui-step-due = мерзімнің соңғы күні

# One line of the day-by-day count of a deadline. Variables: $from a year or number; $to a year or number.
ui-step-gap = { $from }–{ $to } күндер қандай күн болса да есептеледі

# How sure the source is: a badge next to each source.
ui-conf-high = ресми мәтін

# How sure the source is: a badge next to each source.
ui-conf-medium = сенімді қайталама дереккөз

# How sure the source is: a badge next to each source.
ui-conf-low = жалғыз қайталама дереккөз

# How sure the source is: a badge next to each source.
ui-conf-unknown = бағаланбаған

# How sure the source is: a badge next to each source. Variables: $c the confidence (another message).
ui-conf-label = Сенімділік: { $c }

# Heading of the exemptions card. $audience: who uses the page (traveller, host, hotel, organization).
ui-ex-h = { $audience ->
        [traveller] Сізге не қажет емес және неге
       *[other] Не қажет емес және неге
    }

# The card on how long the stay may last. $audience: who uses the page (traveller, host, hotel, organization).
ui-stay-h = { $audience ->
        [traveller] Қанша уақыт болуға болады
       *[other] Қонақ қанша уақыт бола алады
    }

# The card on how long the stay may last.
ui-stay-limits = Шектеулер

# Heading of the warnings card.
ui-warn-h = Ескертулер

# Heading of the assumptions the answer makes.
ui-assume-h = Болжамдар

# The FAQ: an answer to a claim, computed for this case.
ui-faq-h = Жиі айтылатын пікірлер — сіздің жағдайыңызға тексеру

# The FAQ: an answer to a claim, computed for this case.
ui-faq-wrong = Сіздің жағдайыңызда қате

# The FAQ: an answer to a claim, computed for this case.
ui-faq-right = Сіздің жағдайыңызда дұрыс

# The pre-filled form section.
ui-form-intro = Нысанды толтыру үшін жеке деректерді қосыңыз. Олар осы браузерде қалады: мекенжай жолына ешқашан түспейді және төменде белгілемесеңіз, сақталмайды.

# The pre-filled form section.
ui-form-person = Саяхатшы

# The pre-filled form section.
ui-form-host = Қабылдаушы тарап

# Label of a personal detail for the form.
ui-d-surname = Тегі

# Label of a personal detail for the form.
ui-d-given-names = Аты

# Label of a personal detail for the form.
ui-d-patronymic = Әкесінің аты

# Label of a personal detail for the form.
ui-d-sex = Жынысы

# Label of a personal detail for the form.
ui-d-sex-none = —

# Label of a personal detail for the form.
ui-d-sex-m = Ер

# Label of a personal detail for the form.
ui-d-sex-f = Әйел

# Label of a personal detail for the form.
ui-d-passport-number = Төлқұжат нөмірі

# Label of a personal detail for the form.
ui-d-passport-issue-date = Төлқұжаттың берілген күні

# Label of a personal detail for the form.
ui-d-visa-expiry = Визаның жарамдылық мерзімі

# Label of a personal detail for the form.
ui-d-host-contact = Жауапты тұлға (ұйым үшін)

# Label of a personal detail for the form.
ui-d-passport-expiry = Төлқұжаттың жарамдылық мерзімі

# Label of a personal detail for the form.
ui-d-visa-number = Виза нөмірі

# Label of a personal detail for the form.
ui-d-purpose = Сапар мақсаты

# Label of a personal detail for the form.
ui-d-checkpoint = Кіру кезіндегі өткізу пункті

# Label of a personal detail for the form.
ui-d-address = Болатын мекенжай

# Label of a personal detail for the form.
ui-d-host-name = Қабылдаушы тараптың аты-жөні не атауы

# Label of a personal detail for the form.
ui-d-host-phone = Қабылдаушы тараптың телефоны

# Label of a personal detail for the form.
ui-d-host-address = Қабылдаушы тараптың мекенжайы

# Label of a personal detail for the form: the country the traveller came from (the destination's form asks it).
ui-d-arrived-from = Қай елден келді

# Label of a personal detail for the form: the receiving party's identity document or tax number (the destination's form says which).
ui-d-host-id = Қабылдаушы тараптың құжат нөмірі немесе СТН

# Label of a personal detail for the form: the surname in Latin letters, as in the passport (a form that asks it beside the surname in its own script).
ui-d-surname-latin = Тегі латын әріптерімен (паспорттағыдай)

# Label of a personal detail for the form: the given names in Latin letters.
ui-d-given-names-latin = Аты латын әріптерімен

# Label of a personal detail for the form: the patronymic in Latin letters.
ui-d-patronymic-latin = Әкесінің аты латын әріптерімен

# Label of a personal detail for the form: the series of the migration card filled in at the border.
ui-d-migration-card-series = Көші-қон картасының сериясы

# Label of a personal detail for the form: the number of the migration card.
ui-d-migration-card-number = Көші-қон картасының нөмірі

# Label of a personal detail for the form: the receiving person's surname, when the host is a person.
ui-d-host-surname = Қабылдаушы тараптың тегі (жеке тұлға)

# Label of a personal detail for the form: the receiving person's given names.
ui-d-host-given-names = Қабылдаушы тараптың аты

# Label of a personal detail for the form: the receiving person's patronymic.
ui-d-host-patronymic = Қабылдаушы тараптың әкесінің аты

# Label of a personal detail for the form: the name of the organisation that receives the traveller, when it is one (a hotel, an employer).
ui-d-host-org-name = Ұйымның атауы (қабылдаушы ұйым болса)

# Label of a personal detail for the form: the receiving organisation's taxpayer number (INN).
ui-d-host-inn = Ұйымның салық төлеуші нөмірі (ИНН)

# Label of a personal detail for the form: the host's phone, as the form's ten boxes after the printed +7 take it.
ui-d-host-phone-10 = Қабылдаушы тараптың телефоны: +7-ден кейінгі 10 цифр

# The pre-filled form section.
ui-form-preview = Нысанды алдын ала қарау

# The pre-filled form section.
ui-form-not-yet = Басып шығаруға арналған нысан қозғалтқыштың бұл нұсқасында әлі жоқ. Әзірге төмендегі қорытындыны басып шығаруға болады.

# The pre-filled form section.
ui-form-unavailable = Жоғарыдағы сапар деректері толтырылғанда нысан пайда болады.

# The pre-filled form section.
ui-form-print = Нысанды басып шығару

# The pre-filled form section.
ui-form-pdf = PDF жүктеп алу

# The pre-filled form section.
ui-form-ics = Мерзімдерді күнтізбеге қосу (.ics)

# The pre-filled form section. Variables: $name a file name.
ui-form-made = Сақталды: { $name }

# The pre-filled form section: why the PDF was not made. Variables: $message the engine's error message (it names the field in words).
ui-form-pdf-blocked = PDF жасалмады. { $message }

# The pre-filled form section.
ui-form-summary = Келу туралы хабарламаға арналған қорытынды

# Storage on this device (opt-in).
ui-store-h = Осы құрылғыдағы деректеріңіз

# Storage on this device (opt-in). $audience: who uses the page (traveller, host, hotel, organization).
ui-store-remember = { $audience ->
        [traveller] Сапарымды осы құрылғыда есте сақтау
       *[other] Осы болуды осы құрылғыда есте сақтау
    }

# Storage on this device (opt-in).
ui-store-remember-details = Жеке деректерді де есте сақтау

# Storage on this device (opt-in).
ui-store-forget = Бәрін ұмыту

# Storage on this device (opt-in).
ui-store-forgotten = Барлығы осы құрылғыдан және мекенжай жолынан жойылды.

# Storage on this device (opt-in).
ui-store-note = Сапар деректері (жеке деректер емес) бет мекенжайында # белгісінен кейін сақталады, сондықтан бетті жаңартқанда немесе жіберілген сілтеме бойынша сол нәтижелер көрінеді. Серверге ештеңе жіберілмейді.

# The page's footer. Variables: $date a date, already written out.
ui-foot-checked = Ережелер соңғы рет тексерілген күн: { $date }.

# The page's footer.
ui-foot-not-advice = Бұл — ақпарат, заң кеңесі емес.

# The page's footer. Variables: $v the engine version.
ui-foot-engine = Қозғалтқыш { $v }

# The notice that a new version was downloaded.
ui-sw-update = tirkeu-дің жаңа нұсқасы дайын.

# The notice that a new version was downloaded.
ui-sw-reload = Қайта жүктеу
## Шекара арқылы (бөлім; көріністердің өз сөздері across-*.ftl ішінде, ID ui-x-)
# Heading of the section with the views across borders (several destinations at once).
ui-across-h = Шекара арқылы
# $countries: the destinations, joined as a list ("Kazakhstan, Azerbaijan and Russia").
ui-across-intro = { $countries } — әр ел өз күндерін санайды және өз мерзімдерін белгілейді. Осы сапар үшін оларды салыстырыңыз, бірнеше ел арқылы өтетін бағытты жоспарлаңыз немесе қашан қайта келуге болатынын біліңіз.
# Summary of a collapsible view: the traveller's trip answered in every destination, in columns.
ui-across-compare = Бір сапар әр елде, қатар
# Summary of a collapsible view: a route of several stays in several destinations, with every deadline in one list.
ui-across-route = Бірнеше ел арқылы өтетін бағыт
# Summary of a collapsible view: for how many days the traveller may come back from a date, and the earliest date a stay of N days fits.
ui-across-plan = Қашан қайта келуге болады және қанша күнге?
# Shown in a view across borders while its words and code load.
ui-across-loading = Жүктелуде…
# Shown in a view across borders when its code or words could not be loaded.
ui-across-failed = Бұл бөлімді жүктеу мүмкін болмады. Қайталау үшін бетті қайта жүктеңіз.


# Offline use and installing the page as an app.
ui-app-h = Интернетсіз және қолданба ретінде

# Offline use and installing the page as an app.
ui-app-offline = Бұл бет бір рет жүктелгеннен кейін интернетсіз де жұмыс істейді: сол мекенжайды қайта ашыңыз, желі болмаса да. Бәрі осы құрылғыда есептеледі.

# Offline use and installing the page as an app.
ui-app-installed = tirkeu осы құрылғыға орнатылған: оны кез келген қолданба сияқты ашыңыз.

# Offline use and installing the page as an app.
ui-app-install = tirkeu-ді орнату

# Offline use and installing the page as an app.
ui-app-how-chromium = Қолданба ретінде орнату үшін: мекенжай жолының оң жағындағы орнату белгішесін басыңыз немесе браузер мәзірін (⋮) ашып, «tirkeu қолданбасын орнату…» тармағын таңдаңыз (жаңа нұсқаларда: «Трансляциялау, сақтау және бөлісу» → «Бетті қолданба ретінде орнату…»).

# Offline use and installing the page as an app.
ui-app-how-android = Орнату үшін: браузер мәзірін (⋮) ашып, «Қолданбаны орнату» немесе «Басты экранға қосу» тармағын таңдаңыз.

# Offline use and installing the page as an app.
ui-app-how-ios = Орнату үшін: «Бөлісу» түймесін, содан кейін «Басты экранға қосу» тармағын түртіңіз.

# Offline use and installing the page as an app.
ui-app-how-safari = Орнату үшін: Сафариде «Файл» → «Докқа қосу…» тармағын таңдаңыз (мак жүйесінің 14-нұсқасынан бастап).

# Offline use and installing the page as an app.
ui-app-how-firefox = Компьютердегі Файрфокс веб-қолданбаларды орнатпайды: бұл бетті бетбелгілерге қосыңыз — интернетсіз мұнда да жұмыс істейді.

# Offline use and installing the page as an app.
ui-app-how-other = Орнату үшін браузер мәзірінен «Орнату» немесе «Басты экранға қосу» тармағын іздеңіз.

# The questions about the trip (heading, and the button that folds them into one line).
ui-trip-change = Өзгерту

# The questions about the trip (heading, and the button that folds them into one line).
ui-trip-hide = Сұрақтарды жасыру

# Where the guest stays, short, inside the one-line summary of the trip.
ui-acc-short-private = жеке тұлғада

# Where the guest stays, short, inside the one-line summary of the trip.
ui-acc-short-hotel = қонақүй

# Where the guest stays, short, inside the one-line summary of the trip.
ui-acc-short-organization = ұйым

# Part of the one-line summary of the trip. Variables: $n a number.
ui-sum-trips = бұрынғы сапарлар: { $n }

# Part of the one-line summary of the trip. Variables: $n a number.
ui-sum-moves = көшулер: { $n }

# Label or hint of a question about the trip.
ui-f-audience = Сіз кімсіз

# Who uses the page: the first question.
ui-aud-traveller = Саяхатшы (келген шетелдік)

# Who uses the page: the first question.
ui-aud-host = Қабылдаушы тарап: қонақты қабылдаған жеке тұлға

# Who uses the page: the first question.
ui-aud-hotel = Қонақүй, хостел немесе қонақ үйі

# Who uses the page: the first question.
ui-aud-organization = Қабылдаушы ұйым (жұмыс беруші, университет)

# Who uses the page: the first question. Variables: $acc where the guest stays (another message).
ui-aud-acc-set = Қонақтың тұратын жері енді: { $acc }.

# Who does it, on an obligation card, as seen by whoever uses the page.
ui-who-self-host = Сіз (қабылдаушы тарап)

# Who does it, on an obligation card, as seen by whoever uses the page.
ui-who-self-hotel = Сіз (қонақүй)

# Who does it, on an obligation card, as seen by whoever uses the page.
ui-who-self-organization = Сіз (қабылдаушы ұйым)

# Who does it, on an obligation card, as seen by whoever uses the page. $audience: who uses the page (traveller, host, hotel, organization).
ui-who-guest = { $audience ->
        [organization] Сіз қабылдаған шетелдік
       *[other] Қонағыңыз (шетелдік)
    }

# Who does it, on an obligation card, as seen by whoever uses the page.
ui-who-other-host = Қабылдаушы тарап (жеке тұлға)

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-mine = Сіздің міндетіңіз

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-your-part = Сіздің бөлігіңіз: келгенде төлқұжат (және виза) деректерін беріңіз және хабарлама жіберілгені туралы растауды сұраңыз.

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-guest-part = Мұны қонақтың өзі жасайды; оған мерзімді еске салуға болады.

# A card for one obligation: who must do what by when, how, and the penalty. $audience: who uses the page (traveller, host, hotel, organization).
ui-ob-other-channels = { $audience ->
        [hotel] Басқа тәсілдер (оларды негізінен жеке тұлғалар пайдаланады)
       *[other] Басқа тәсілдер
    }

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-for-you = сізге қатысты

