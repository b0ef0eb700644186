### tirkeu: the page's own strings (www/index.html, www/js). IDs start with ui-.
### Format: a Fluent subset, docs/i18n.md. Each message has a note for translators above it.

# Link for keyboard users that jumps to the results.
ui-skip = Перейти к результатам

# Label of the language menu.
ui-lang-label = Язык

# Under the heading: nothing leaves the browser.
ui-privacy-short = Всё вычисляется в этом браузере. Ничего из введённого никуда не отправляется.

# The questions about the trip (heading, and the button that folds them into one line). $audience: who uses the page (traveller, host, hotel, organization).
ui-trip-h = { $audience ->
        [traveller] Ваша поездка
       *[other] Пребывание гостя
    }

# Label or hint of a question about the trip.
ui-f-destination = Куда

# Label or hint of a question about the trip.
ui-f-citizenship = Гражданство

# Label or hint of a question about the trip.
ui-f-citizenship-choose = — выберите —

# Label or hint of a question about the trip.
ui-f-citizenship-stateless = Лицо без гражданства

# Label or hint of a question about the trip.
ui-f-passport = Паспорт

# A choice in the passport list.
ui-passport-ordinary = Обычный

# A choice in the passport list.
ui-passport-diplomatic = Дипломатический

# A choice in the passport list.
ui-passport-service = Служебный

# Label or hint of a question about the trip.
ui-f-visa = Виза

# A choice in the visa list.
ui-visa-none = Без визы (безвизовый въезд)

# A choice in the visa list: a visa issued online before the trip (e-visa).
ui-visa-e-visa = Электронная виза

# A choice in the visa list.
ui-visa-tourist = Туристическая

# A choice in the visa list.
ui-visa-business = Деловая

# A choice in the visa list.
ui-visa-private = Частная (к родственникам или друзьям)

# A choice in the visa list.
ui-visa-work = Рабочая

# A choice in the visa list.
ui-visa-student = Студенческая

# A choice in the visa list.
ui-visa-investor = Инвесторская

# A choice in the visa list.
ui-visa-diplomatic = Дипломатическая

# A choice in the visa list.
ui-visa-service = Служебная

# A choice in the visa list.
ui-visa-transit = Транзитная

# A choice in the visa list.
ui-visa-medical = Для лечения

# A choice in the visa list.
ui-visa-humanitarian = Гуманитарная

# A choice in the visa list.
ui-visa-missionary = Миссионерская

# A choice in the visa list.
ui-visa-family = Для воссоединения семьи

# Label or hint of a question about the trip.
ui-f-entry-date = Дата въезда

# Label or hint of a question about the trip.
ui-f-exit-date = Планируемая дата выезда

# Label or hint of a question about the trip.
ui-f-exit-date-hint = Необязательно; без неё часть ответов останется условной.

# Label or hint of a question about the trip.
ui-f-trip-exit = Дата выезда

# Label or hint of a question about the trip.
ui-f-birth-date = Дата рождения

# Label or hint of a question about the trip.
ui-f-birth-date-hint = Необязательно; некоторые правила зависят от возраста.

# Label or hint of a question about the trip. $audience: who uses the page (traveller, host, hotel, organization).
ui-f-accommodation = { $audience ->
        [traveller] Где вы живёте
       *[other] Где живёт гость
    }

# A choice: where the traveller stays.
ui-acc-private = У частного лица (квартира, дом, друзья)

# A choice: where the traveller stays.
ui-acc-hotel = В гостинице или хостеле

# A choice: where the traveller stays.
ui-acc-organization = У организации (работодатель, университет)

# The list of earlier trips to the country.
ui-trips-h = Прежние поездки в эту страну

# The list of earlier trips to the country.
ui-trips-none = Прежние поездки не добавлены.

# The list of earlier trips to the country.
ui-trips-add = Добавить прежнюю поездку

# The list of earlier trips to the country. Variables: $n a number.
ui-trips-remove = Удалить поездку { $n }

# The list of earlier trips to the country. Variables: $n a number.
ui-trips-row = Поездка { $n }

# The list of moves to another address during the stay.
ui-moves-h = Переезды во время пребывания (необязательно)

# The list of moves to another address during the stay.
ui-moves-none = Переезды не добавлены.

# The list of moves to another address during the stay.
ui-moves-add = Добавить переезд

# The list of moves to another address during the stay. Variables: $n a number.
ui-moves-remove = Удалить переезд { $n }

# The list of moves to another address during the stay. Variables: $n a number.
ui-moves-row = Переезд { $n }

# Label or hint of a question about the trip.
ui-f-move-date = Дата переезда

# Label or hint of a question about the trip.
ui-f-move-accommodation = Новое место

# Label or hint of a question about the trip.
ui-f-other-region = В другой регион

# Label of a question about a move: the new home belongs to the owner of the one where the stay is registered (a destination that asks it: Azerbaijan).
ui-f-same-owner = В жильё того же собственника

# An error message shown under the field it concerns.
ui-err-missing-field = Заполните это поле.

# An error message shown under the field it concerns.
ui-err-invalid-date = Это не настоящая дата.

# An error message shown under the field it concerns.
ui-err-bad-date = Дата введена не полностью или неверно.

# An error message shown under the field it concerns.
ui-err-wrong-type = Значение в неверном виде.

# An error message shown under the field it concerns.
ui-err-unknown-country = Выберите страну из списка.

# An error message shown under the field it concerns.
ui-err-unsupported-destination = Для этой страны у tirkeu пока нет правил: выберите страну из списка.

# An error message shown under the field it concerns.
ui-err-unknown-value = Выберите значение из списка.

# An error message shown under the field it concerns.
ui-err-exit-before-entry = Выезд не может быть раньше въезда.

# An error message shown under the field it concerns.
ui-err-birth-after-entry = Дата рождения должна быть раньше въезда.

# An error message shown under the field it concerns.
ui-err-trip-overlap = Поездки пересекаются друг с другом или с текущим пребыванием.

# An error message shown under the field it concerns. Variables: $from a year or number; $to a year or number.
ui-err-out-of-range = Эта дата вне того, на что отвечает tirkeu (въезды с { $from } по { $to } г., пребывание до 5 лет).

# An error message shown under the field it concerns.
ui-err-out-of-range-birth-date = Дата рождения должна быть между 1 января 1900 г. и датой въезда.

# An error message shown under the field it concerns.
ui-err-out-of-range-trip = Прежняя поездка должна быть между 1 января 1900 г. и этим въездом.

# An error message shown under the field it concerns.
ui-err-out-of-range-move = Дата переезда вне пребывания: она должна быть между въездом и выездом (или в пределах 5 лет после въезда).

# An error message shown under the field it concerns.
ui-err-invalid-input = Не удалось прочитать введённые данные.

# An error message shown under the field it concerns.
ui-err-general = Проверьте введённые данные.

# An error message shown under the field it concerns.
ui-err-fix = Исправьте отмеченное поле, чтобы увидеть результаты. Введённое сохранено.

# An error message shown under the field it concerns.
ui-err-phone = Только цифры, пробелы, +, - и скобки.

# An error message shown under the field it concerns.
ui-err-passport-expiry = Паспорт истекает раньше планируемого выезда.

# An error message shown under the field it concerns.
ui-err-choose-citizenship = Выберите гражданство, чтобы увидеть результаты.

# An error message shown under the field it concerns. Variables: $n a number; $max a number.
ui-err-link-too-many = В ссылке их { $n }; tirkeu принимает не более { $max }, поэтому ни одна не загружена. Добавьте здесь нужные.

# An error message shown under the field it concerns. Variables: $value what the link gave, quoted.
ui-err-link-value = В ссылке указано «{ $value }» — такого варианта в списке нет. Выберите из списка.

# The results: key dates at a glance.
ui-res-h = Ваши результаты

# The results: key dates at a glance.
ui-res-entry = Въезд

# The results: key dates at a glance.
ui-res-exit = Планируемый выезд

# The results: key dates at a glance.
ui-res-last-day = Последний законный день

# The results: key dates at a glance.
ui-res-no-last-day = Фиксированного последнего дня нет

# The results: key dates at a glance.
ui-res-nothing = Ничего делать не нужно: для этого пребывания уведомление и регистрация не требуются.

# The results: key dates at a glance. Variables: $n a number.
ui-res-overstay = { $n ->
        [one] на { $n } день позже последнего законного дня
        [few] на { $n } дня позже последнего законного дня
       *[many] на { $n } дней позже последнего законного дня
    }

# The month calendar of the stay (legend, cell descriptions for screen readers). $audience: who uses the page (traveller, host, hotel, organization).
ui-tl-h = { $audience ->
        [traveller] Календарь пребывания
       *[other] Календарь пребывания гостя
    }

# The month calendar of the stay (legend, cell descriptions for screen readers).
ui-tl-legend = Обозначения

# The month calendar of the stay (legend, cell descriptions for screen readers).
ui-tl-stay = Дни пребывания

# The month calendar of the stay (legend, cell descriptions for screen readers).
ui-tl-overstay = Дни после последнего законного дня

# The month calendar of the stay (legend, cell descriptions for screen readers).
ui-tl-weekend = Выходной

# The month calendar of the stay (legend, cell descriptions for screen readers).
ui-tl-holiday = Праздник

# The month calendar of the stay (legend, cell descriptions for screen readers).
ui-tl-dayoff = Перенесённый выходной

# The month calendar of the stay (legend, cell descriptions for screen readers).
ui-tl-working-weekend = Рабочая суббота или воскресенье

# The month calendar of the stay (legend, cell descriptions for screen readers).
ui-tl-entry = Въезд

# The month calendar of the stay (legend, cell descriptions for screen readers).
ui-tl-exit = Выезд

# The month calendar of the stay (legend, cell descriptions for screen readers).
ui-tl-due = Срок

# The month calendar of the stay (legend, cell descriptions for screen readers).
ui-tl-last-day = Последний законный день

# The month calendar of the stay (legend, cell descriptions for screen readers). Variables: $n a number.
ui-tl-more = { $n ->
        [one] Ещё { $n } месяц без событий не показан.
        [few] Ещё { $n } месяца без событий не показаны.
       *[many] Ещё { $n } месяцев без событий не показаны.
    }

# The month calendar of the stay (legend, cell descriptions for screen readers). Variables: $date a date, already written out.
ui-tl-moved-from = перенесён с { $date }

# The month calendar of the stay (legend, cell descriptions for screen readers).
ui-tl-provisional = предварительно

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-h = Что нужно сделать

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-who = Кто

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-due = Срок до

# A card for one obligation: who must do what by when, how, and the penalty. $audience: who uses the page (traveller, host, hotel, organization).
ui-ob-result = { $audience ->
        [traveller] Что вы получите
       *[other] Что получит гость
    }

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-due-also = Другое толкование

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-when = Повод

# A card for one obligation: who must do what by when, how, and the penalty. Variables: $date a date, already written out.
ui-ob-trigger-arrival = прибытие { $date }

# A card for one obligation: who must do what by when, how, and the penalty. Variables: $date a date, already written out.
ui-ob-trigger-move = переезд { $date }

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-conditional = Условие

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-how = Где и как

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-online = Онлайн

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-by-post = почтой

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-in-person = Лично

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-needs = Нужно

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-processing = Срок

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-documents = Документы

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-fee = Плата

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-penalty = Если опоздать или не сделать

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-warning = предупреждение

# A fine on an obligation card. Variables: $units a number of fine units; $unit the country's fine unit, short (kz-ui-fine-unit); $amount the amount in money, already formatted.
ui-ob-fine = { $units } { $unit } ({ $amount })

# A fine set in money as a range, on an obligation card (Azerbaijan's 300–400 manats). Variables: $min and $max the lowest and highest sums, already formatted with their currency.
ui-ob-fine-range = от { $min } до { $max }

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-unknown-fine = сумма не установлена

# Under a penalty: the value of the fine unit in that year. Variables: $unit the fine unit, long (kz-ui-fine-unit-long); $year a year; $amount the money, already formatted.
ui-ob-unit-value = { $unit } в { $year } г.: { $amount }

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-steps = Как считается срок

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-sources = Правовое основание и источники

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-provisional = Предварительно: дата праздника в этом расчёте ещё не закреплена постановлением.

# Who does it, on an obligation card, as seen by whoever uses the page.
ui-who-host = Принимающая сторона (ваш хозяин жилья)

# Who does it, on an obligation card, as seen by whoever uses the page.
ui-who-hotel = Гостиница

# Who does it, on an obligation card, as seen by whoever uses the page.
ui-who-organization = Принимающая организация

# Who does it, on an obligation card, as seen by whoever uses the page.
ui-who-foreigner = Вы

# One line of the day-by-day count of a deadline.
ui-step-working = рабочий день

# One line of the day-by-day count of a deadline.
ui-step-weekend = выходной

# One line of the day-by-day count of a deadline.
ui-step-holiday = праздник

# One line of the day-by-day count of a deadline.
ui-step-day-off = выходной (перенос)

# One line of the day-by-day count of a deadline.
ui-step-working-weekend = выходной, объявленный рабочим

# One line of the day-by-day count of a deadline. Variables: $n a number.
ui-step-counts-working = рабочий день { $n }

# One line of the day-by-day count of a deadline. Variables: $n a number.
ui-step-counts-calendar = день { $n }

# One line of the day-by-day count of a deadline.
ui-step-not-counted = не считается

# One line of the day-by-day count of a deadline.
ui-step-event-arrival = день прибытия

# One line of the day-by-day count of a deadline.
ui-step-event-move = день переезда

# One line of the day-by-day count of a deadline.
ui-step-due = последний день срока

# One line of the day-by-day count of a deadline. Variables: $from a year or number; $to a year or number.
ui-step-gap = дни с { $from } по { $to } считаются, какими бы они ни были

# How sure the source is: a badge next to each source.
ui-conf-high = официальный текст

# How sure the source is: a badge next to each source.
ui-conf-medium = надёжный вторичный

# How sure the source is: a badge next to each source.
ui-conf-low = один вторичный источник

# How sure the source is: a badge next to each source.
ui-conf-unknown = не оценено

# How sure the source is: a badge next to each source. Variables: $c the confidence (another message).
ui-conf-label = Достоверность: { $c }

# Heading of the exemptions card. $audience: who uses the page (traveller, host, hotel, organization).
ui-ex-h = { $audience ->
        [traveller] Что вам не нужно и почему
       *[other] Что не нужно и почему
    }

# The card on how long the stay may last. $audience: who uses the page (traveller, host, hotel, organization).
ui-stay-h = { $audience ->
        [traveller] Сколько можно находиться
       *[other] Сколько гость может находиться в стране
    }

# The card on how long the stay may last.
ui-stay-limits = Ограничения

# Heading of the warnings card.
ui-warn-h = Предупреждения

# Heading of the assumptions the answer makes.
ui-assume-h = Допущения

# The FAQ: an answer to a claim, computed for this case.
ui-faq-h = Распространённые утверждения — проверка для вашего случая

# The FAQ: an answer to a claim, computed for this case.
ui-faq-wrong = Для вашего случая неверно

# The FAQ: an answer to a claim, computed for this case.
ui-faq-right = Для вашего случая верно

# The pre-filled form section.
ui-form-intro = Добавьте личные данные, чтобы заполнить форму. Они остаются в этом браузере: никогда не попадают в адресную строку и не сохраняются, если вы не отметите это ниже.

# The pre-filled form section.
ui-form-person = Путешественник

# The pre-filled form section.
ui-form-host = Принимающая сторона

# Label of a personal detail for the form.
ui-d-surname = Фамилия

# Label of a personal detail for the form.
ui-d-given-names = Имя

# Label of a personal detail for the form.
ui-d-patronymic = Отчество

# Label of a personal detail for the form.
ui-d-sex = Пол

# Label of a personal detail for the form.
ui-d-sex-none = —

# Label of a personal detail for the form.
ui-d-sex-m = Мужской

# Label of a personal detail for the form.
ui-d-sex-f = Женский

# Label of a personal detail for the form.
ui-d-passport-number = Номер паспорта

# Label of a personal detail for the form.
ui-d-passport-issue-date = Дата выдачи паспорта

# Label of a personal detail for the form.
ui-d-visa-expiry = Виза действительна до

# Label of a personal detail for the form.
ui-d-host-contact = Ответственное лицо (для организации)

# Label of a personal detail for the form.
ui-d-passport-expiry = Паспорт действителен до

# Label of a personal detail for the form.
ui-d-visa-number = Номер визы

# Label of a personal detail for the form.
ui-d-purpose = Цель поездки

# Label of a personal detail for the form.
ui-d-checkpoint = Пункт пропуска при въезде

# Label of a personal detail for the form.
ui-d-address = Адрес пребывания

# Label of a personal detail for the form.
ui-d-host-name = ФИО или название принимающей стороны

# Label of a personal detail for the form.
ui-d-host-phone = Телефон принимающей стороны

# Label of a personal detail for the form.
ui-d-host-address = Адрес принимающей стороны

# Label of a personal detail for the form: the country the traveller came from (the destination's form asks it).
ui-d-arrived-from = Из какой страны прибыли

# Label of a personal detail for the form: the receiving party's identity document or tax number (the destination's form says which).
ui-d-host-id = Номер документа или ИНН принимающей стороны

# Label of a personal detail for the form: the surname in Latin letters, as in the passport (a form that asks it beside the surname in its own script).
ui-d-surname-latin = Фамилия латиницей (как в паспорте)

# Label of a personal detail for the form: the given names in Latin letters.
ui-d-given-names-latin = Имя латиницей

# Label of a personal detail for the form: the patronymic in Latin letters.
ui-d-patronymic-latin = Отчество латиницей

# Label of a personal detail for the form: the series of the migration card filled in at the border.
ui-d-migration-card-series = Миграционная карта: серия

# Label of a personal detail for the form: the number of the migration card.
ui-d-migration-card-number = Миграционная карта: номер

# Label of a personal detail for the form: the receiving person's surname, when the host is a person.
ui-d-host-surname = Фамилия принимающей стороны (физического лица)

# Label of a personal detail for the form: the receiving person's given names.
ui-d-host-given-names = Имя принимающей стороны

# Label of a personal detail for the form: the receiving person's patronymic.
ui-d-host-patronymic = Отчество принимающей стороны

# Label of a personal detail for the form: the name of the organisation that receives the traveller, when it is one (a hotel, an employer).
ui-d-host-org-name = Наименование организации (если принимает организация)

# Label of a personal detail for the form: the receiving organisation's taxpayer number (INN).
ui-d-host-inn = ИНН организации

# Label of a personal detail for the form: the host's phone, as the form's ten boxes after the printed +7 take it.
ui-d-host-phone-10 = Телефон принимающей стороны: 10 цифр после +7

# The pre-filled form section.
ui-form-preview = Предпросмотр формы

# The pre-filled form section.
ui-form-not-yet = Печатной формы в этой версии движка пока нет. Пока можно распечатать сводку ниже.

# The pre-filled form section.
ui-form-unavailable = Форма появится, когда данные поездки выше будут заполнены.

# The pre-filled form section.
ui-form-print = Распечатать форму

# The pre-filled form section.
ui-form-pdf = Скачать PDF

# The pre-filled form section.
ui-form-ics = Сроки в календарь (.ics)

# The pre-filled form section. Variables: $name a file name.
ui-form-made = Сохранено: { $name }

# The pre-filled form section: why the PDF was not made. Variables: $message the engine's error message (it names the field in words).
ui-form-pdf-blocked = PDF не создан. { $message }

# The pre-filled form section.
ui-form-summary = Сводка для уведомления о прибытии

# Storage on this device (opt-in).
ui-store-h = Ваши данные на этом устройстве

# Storage on this device (opt-in). $audience: who uses the page (traveller, host, hotel, organization).
ui-store-remember = { $audience ->
        [traveller] Запомнить поездку на этом устройстве
       *[other] Запомнить это пребывание на этом устройстве
    }

# Storage on this device (opt-in).
ui-store-remember-details = Запомнить и личные данные

# Storage on this device (opt-in).
ui-store-forget = Забыть всё

# Storage on this device (opt-in).
ui-store-forgotten = Всё удалено с этого устройства и из адресной строки.

# Storage on this device (opt-in).
ui-store-note = Данные поездки (но не личные данные) хранятся в адресе страницы после знака #, поэтому после перезагрузки или по присланной ссылке видны те же результаты. На сервер ничего не отправляется.

# The page's footer. Variables: $date a date, already written out.
ui-foot-checked = Правила последний раз проверены { $date }.

# The page's footer.
ui-foot-not-advice = Это информация, а не юридическая консультация.

# The page's footer. Variables: $v the engine version.
ui-foot-engine = Движок { $v }

# The notice that a new version was downloaded.
ui-sw-update = Готова новая версия tirkeu.

# The notice that a new version was downloaded.
ui-sw-reload = Перезагрузить
## Через границы (раздел; слова самих видов в across-*.ftl, ID ui-x-)
# Heading of the section with the views across borders (several destinations at once).
ui-across-h = Через границы
# $countries: the destinations, joined as a list ("Kazakhstan, Azerbaijan and Russia").
ui-across-intro = { $countries } — каждая страна считает свои дни и ставит свои сроки. Сравните их для этой поездки, спланируйте маршрут через несколько стран или узнайте, когда можно вернуться.
# Summary of a collapsible view: the traveller's trip answered in every destination, in columns.
ui-across-compare = Та же поездка в каждой стране, рядом
# Summary of a collapsible view: a route of several stays in several destinations, with every deadline in one list.
ui-across-route = Маршрут через несколько стран
# Summary of a collapsible view: for how many days the traveller may come back from a date, and the earliest date a stay of N days fits.
ui-across-plan = Когда можно вернуться и на сколько?
# Shown in a view across borders while its words and code load.
ui-across-loading = Загрузка…
# Shown in a view across borders when its code or words could not be loaded.
ui-across-failed = Не удалось загрузить этот раздел. Перезагрузите страницу и попробуйте снова.


# Offline use and installing the page as an app.
ui-app-h = Без интернета и как приложение

# Offline use and installing the page as an app.
ui-app-offline = Если страница хотя бы раз загрузилась, она работает и без интернета: откройте тот же адрес снова, даже офлайн. Всё вычисляется на этом устройстве.

# Offline use and installing the page as an app.
ui-app-installed = tirkeu установлен на этом устройстве: открывайте его как любое приложение.

# Offline use and installing the page as an app.
ui-app-install = Установить tirkeu

# Offline use and installing the page as an app.
ui-app-how-chromium = Чтобы установить как приложение: нажмите значок установки справа в адресной строке или откройте меню браузера (⋮) и выберите «Установить приложение tirkeu…» (в новых версиях: «Трансляция, сохранение и отправка» → «Установить страницу как приложение…»).

# Offline use and installing the page as an app.
ui-app-how-android = Чтобы установить: откройте меню браузера (⋮) и выберите «Установить приложение» или «Добавить на главный экран».

# Offline use and installing the page as an app.
ui-app-how-ios = Чтобы установить: нажмите «Поделиться», затем «На экран „Домой“».

# Offline use and installing the page as an app.
ui-app-how-safari = Чтобы установить: в Safari выберите «Файл» → «Добавить в Dock…» (macOS 14 Sonoma и новее).

# Offline use and installing the page as an app.
ui-app-how-firefox = Firefox на компьютере не устанавливает веб-приложения: добавьте страницу в закладки — без интернета она работает и здесь.

# Offline use and installing the page as an app.
ui-app-how-other = Чтобы установить, найдите в меню браузера «Установить» или «Добавить на главный экран».

# The questions about the trip (heading, and the button that folds them into one line).
ui-trip-change = Изменить

# The questions about the trip (heading, and the button that folds them into one line).
ui-trip-hide = Скрыть вопросы

# Where the guest stays, short, inside the one-line summary of the trip.
ui-acc-short-private = у частного лица

# Where the guest stays, short, inside the one-line summary of the trip.
ui-acc-short-hotel = гостиница

# Where the guest stays, short, inside the one-line summary of the trip.
ui-acc-short-organization = организация

# Part of the one-line summary of the trip. Variables: $n a number.
ui-sum-trips = прежние поездки: { $n }

# Part of the one-line summary of the trip. Variables: $n a number.
ui-sum-moves = переезды: { $n }

# Label or hint of a question about the trip.
ui-f-audience = Кто вы

# Who uses the page: the first question.
ui-aud-traveller = Путешественник (иностранец, который приезжает)

# Who uses the page: the first question.
ui-aud-host = Принимающая сторона: частное лицо, у которого живёт гость

# Who uses the page: the first question.
ui-aud-hotel = Гостиница, хостел или гостевой дом

# Who uses the page: the first question.
ui-aud-organization = Принимающая организация (работодатель, университет)

# Who uses the page: the first question. Variables: $acc where the guest stays (another message).
ui-aud-acc-set = Место проживания гостя теперь: { $acc }.

# Who does it, on an obligation card, as seen by whoever uses the page.
ui-who-self-host = Вы (принимающая сторона)

# Who does it, on an obligation card, as seen by whoever uses the page.
ui-who-self-hotel = Вы (гостиница)

# Who does it, on an obligation card, as seen by whoever uses the page.
ui-who-self-organization = Вы (принимающая организация)

# Who does it, on an obligation card, as seen by whoever uses the page. $audience: who uses the page (traveller, host, hotel, organization).
ui-who-guest = { $audience ->
        [organization] Принимаемый вами иностранец
       *[other] Ваш гость (иностранец)
    }

# Who does it, on an obligation card, as seen by whoever uses the page.
ui-who-other-host = Принимающая сторона (частное лицо)

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-mine = Ваша обязанность

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-your-part = Ваша часть: по приезде передайте паспортные (и визовые) данные и попросите подтверждение, что уведомление подано.

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-guest-part = Это гость делает сам; можно напомнить ему о сроке.

# A card for one obligation: who must do what by when, how, and the penalty. $audience: who uses the page (traveller, host, hotel, organization).
ui-ob-other-channels = { $audience ->
        [hotel] Другие способы (ими пользуются в основном частные лица)
       *[other] Другие способы
    }

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-for-you = относится к вам

