### Kazakhstan: the page's texts that name the country, its ID numbers or its fine unit.

# The browser tab's title.
kz-ui-doc-title = tirkeu — регистрация пребывания в Казахстане

# The page's heading and the line under it; the host/hotel/organisation variants speak of "the guest". $audience: who uses the page (traveller, host, hotel, organization).
kz-ui-title = { $audience ->
        [traveller] Регистрация вашего пребывания в Казахстане
       *[other] Регистрация пребывания гостя в Казахстане
    }

# The page's heading and the line under it; the host/hotel/organisation variants speak of "the guest". $audience: who uses the page (traveller, host, hotel, organization).
kz-ui-lead = { $audience ->
        [traveller] Кто должен сообщить о вашем пребывании, до какого числа, как считается срок и на каком правовом основании.
       *[other] Кто должен сообщить о пребывании гостя, до какого числа, как считается срок и на каком правовом основании.
    }

# An error message shown under the field it concerns.
kz-ui-err-citizen-of-destination = Гражданам Казахстана не нужна регистрация в Казахстане.

# An error message shown under the field it concerns.
kz-ui-err-host-id = ИИН или БИН состоит из 12 цифр.

# Label of a personal detail for the form.
kz-ui-d-host-id = ИИН / БИН

# The fine unit, short, after a number ("10 MRP"): Kazakhstan's monthly calculation index.
kz-ui-fine-unit = МРП

# The fine unit, spelled out, before its value in a given year.
kz-ui-fine-unit-long = МРП (месячный расчётный показатель)

# The link from the key dates to the FAQ (the FAQ's own texts are in faq.ftl, fetched after the first answer).
kz-faq-link = 72 часа? 15 000 тенге? Что пишут в блогах — проверено для этого случая

# The list of moves to another address during the stay. (The destination's own words: the page asks for <code>-ui-moves-hint.)
kz-ui-moves-hint = Новый адрес — новое уведомление.

# The pre-filled form section. (The destination's own words: the page asks for <code>-ui-form-h.)
kz-ui-form-h = Заполненное уведомление

# The list of earlier trips to the country (the destination's own words: the page asks for <code>-ui-trips-hint). $audience: who uses the page (traveller, host, hotel, organization).
kz-ui-trips-hint = { $audience ->
        [traveller] Безвизовые дни считаются за последние 180 дней; добавьте прежние поездки.
       *[other] Безвизовые дни считаются за последние 180 дней; добавьте прежние поездки гостя.
    }
