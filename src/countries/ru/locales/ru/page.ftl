### Russia: the page's texts that name the country.

# The browser tab's title.
ru-ui-doc-title = tirkeu — регистрация пребывания в России

# The page's heading and the line under it; the host/hotel/organisation variants speak of "the guest". $audience: who uses the page (traveller, host, hotel, organization).
ru-ui-title = { $audience ->
        [traveller] Регистрация вашего пребывания в России
       *[other] Регистрация пребывания гостя в России
    }

# The page's heading and the line under it; the host/hotel/organisation variants speak of "the guest". $audience: who uses the page (traveller, host, hotel, organization).
ru-ui-lead = { $audience ->
        [traveller] Кто должен уведомить о вашем прибытии, до какой даты, как считать и на каком правовом основании.
       *[other] Кто должен уведомить о прибытии гостя, до какой даты, как считать и на каком правовом основании.
    }

# An error message shown under the field it concerns.
ru-ui-err-citizen-of-destination = Граждане России не встают на миграционный учёт в России как иностранцы.

# The link from the key dates to the FAQ (the FAQ's own texts are in faq.ftl, fetched after the first answer).
ru-faq-link = «Карта» на 5 лет? Действует во всём ЕАЭС? Что пишут путеводители — проверено для этого случая

# The list of moves to another address during the stay. (The destination's own words: the page asks for <code>-ui-moves-hint.)
ru-ui-moves-hint = Для каждого нового адреса его принимающая сторона подаёт новое уведомление о прибытии (7 рабочих дней; гостиница — на следующий рабочий день).

# The pre-filled form section. (The destination's own words: the page asks for <code>-ui-form-h.)
ru-ui-form-h = Заполненное уведомление о прибытии

# The list of earlier trips to the country (the destination's own words: the page asks for <code>-ui-trips-hint). $audience: who uses the page (traveller, host, hotel, organization).
ru-ui-trips-hint = { $audience ->
        [traveller] Прежние поездки учитываются при безвизовом пребывании (90 дней в любые 180 до 2024 года, 90 дней в календарном году с 2025); добавьте свои прежние поездки.
       *[other] Прежние поездки учитываются при безвизовом пребывании (90 дней в любые 180 до 2024 года, 90 дней в календарном году с 2025); добавьте прежние поездки гостя.
    }
