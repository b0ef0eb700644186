### Azerbaijan: the page's texts that name the country.

# The browser tab's title.
az-ui-doc-title = tirkeu — Әзербайжанда болуды тіркеу

# The page's heading and the line under it; the host/hotel/organisation variants speak of "the guest". $audience: who uses the page (traveller, host, hotel, organization).
az-ui-title = { $audience ->
        [traveller] Әзербайжанда болуыңызды тіркеу
       *[other] Қонақтың Әзербайжанда болуын тіркеу
    }

# The page's heading and the line under it; the host/hotel/organisation variants speak of "the guest". $audience: who uses the page (traveller, host, hotel, organization).
az-ui-lead = { $audience ->
        [traveller] Болуыңызды кім, қай күнге дейін тіркеуі тиіс, мерзім қалай есептеледі және қандай құқықтық негізде.
       *[other] Қонақтың болуын кім, қай күнге дейін тіркеуі тиіс, мерзім қалай есептеледі және қандай құқықтық негізде.
    }

# An error message shown under the field it concerns.
az-ui-err-citizen-of-destination = Әзербайжан азаматтары Әзербайжанда болуын тіркемейді.

# The link from the key dates to the FAQ (the FAQ's own texts are in faq.ftl, fetched after the first answer).
az-faq-link = «Тіркеу картасы» ма? Көшкеннен кейін 10 күн бе? Жол нұсқаулықтарында жазылғаны — осы жағдай үшін тексерілген

# The list of moves to another address during the stay. (The destination's own words: the page asks for <code>-ui-moves-hint.)
az-ui-moves-hint = Жаңа мекенжай 5 жұмыс күні ішінде қайта тіркеледі, егер тұрғын үй сол меншік иесіне тиесілі болмаса.

# The pre-filled form section. (The destination's own words: the page asks for <code>-ui-form-h.)
az-ui-form-h = Толтырылған тіркеу өтініш-сауалнамасы

# The list of earlier trips to the country (the destination's own words: the page asks for <code>-ui-trips-hint). $audience: who uses the page (traveller, host, hotel, organization).
az-ui-trips-hint = { $audience ->
        [traveller] Бұрынғы сапарлар Ресей азаматтары (күнтізбелік жылда 90 күн) мен Қытай азаматтары (кез келген 180 күнде 90 күн) үшін есептеледі; бұрынғы сапарларыңызды қосыңыз.
       *[other] Бұрынғы сапарлар Ресей азаматтары (күнтізбелік жылда 90 күн) мен Қытай азаматтары (кез келген 180 күнде 90 күн) үшін есептеледі; қонақтың бұрынғы сапарларын қосыңыз.
    }
