### Azerbaijan: the page's texts that name the country.

# The browser tab's title.
az-ui-doc-title = tirkeu — регистрация пребывания в Азербайджане

# The page's heading and the line under it; the host/hotel/organisation variants speak of "the guest". $audience: who uses the page (traveller, host, hotel, organization).
az-ui-title = { $audience ->
        [traveller] Регистрация вашего пребывания в Азербайджане
       *[other] Регистрация пребывания гостя в Азербайджане
    }

# The page's heading and the line under it; the host/hotel/organisation variants speak of "the guest". $audience: who uses the page (traveller, host, hotel, organization).
az-ui-lead = { $audience ->
        [traveller] Кто должен зарегистрировать ваше пребывание, до какого числа, как считается срок и на каком правовом основании.
       *[other] Кто должен зарегистрировать пребывание гостя, до какого числа, как считается срок и на каком правовом основании.
    }

# An error message shown under the field it concerns.
az-ui-err-citizen-of-destination = Граждане Азербайджана не регистрируют пребывание в Азербайджане.

# The link from the key dates to the FAQ (the FAQ's own texts are in faq.ftl, fetched after the first answer).
az-faq-link = «Регистрационная карта»? 10 дней после переезда? Что пишут в путеводителях — проверено для этого случая

# The list of moves to another address during the stay. (The destination's own words: the page asks for <code>-ui-moves-hint.)
az-ui-moves-hint = Новый адрес регистрируют заново в течение 5 рабочих дней, если только жильё не принадлежит тому же собственнику.

# The pre-filled form section. (The destination's own words: the page asks for <code>-ui-form-h.)
az-ui-form-h = Заполненная анкета-заявление о регистрации

# The list of earlier trips to the country (the destination's own words: the page asks for <code>-ui-trips-hint). $audience: who uses the page (traveller, host, hotel, organization).
az-ui-trips-hint = { $audience ->
        [traveller] Прежние поездки учитываются для граждан России (90 дней в календарном году) и Китая (90 дней из любых 180); добавьте прежние поездки.
       *[other] Прежние поездки учитываются для граждан России (90 дней в календарном году) и Китая (90 дней из любых 180); добавьте прежние поездки гостя.
    }
