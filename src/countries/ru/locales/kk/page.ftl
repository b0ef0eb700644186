### Russia: the page's texts that name the country.

# The browser tab's title.
ru-ui-doc-title = tirkeu — Ресейде болуды тіркеу

# The page's heading and the line under it; the host/hotel/organisation variants speak of "the guest". $audience: who uses the page (traveller, host, hotel, organization).
ru-ui-title = { $audience ->
        [traveller] Ресейде болуыңызды тіркеу
       *[other] Қонақтың Ресейде болуын тіркеу
    }

# The page's heading and the line under it; the host/hotel/organisation variants speak of "the guest". $audience: who uses the page (traveller, host, hotel, organization).
ru-ui-lead = { $audience ->
        [traveller] Сіздің келгеніңіз туралы кім, қай күнге дейін хабарлауы керек, қалай саналады және қандай құқықтық негізде.
       *[other] Қонақтың келгені туралы кім, қай күнге дейін хабарлауы керек, қалай саналады және қандай құқықтық негізде.
    }

# An error message shown under the field it concerns.
ru-ui-err-citizen-of-destination = Ресей азаматтары Ресейде шетелдік ретінде көші-қон есебіне тұрмайды.

# The link from the key dates to the FAQ (the FAQ's own texts are in faq.ftl, fetched after the first answer).
ru-faq-link = 5 жылдық «карта»? Бүкіл ЕАЭО-да жарамды ма? Анықтамалықтар не дейді — осы жағдай үшін тексерілді

# The list of moves to another address during the stay. (The destination's own words: the page asks for <code>-ui-moves-hint.)
ru-ui-moves-hint = Әр жаңа мекенжай үшін оның қабылдаушы тарапы жаңа келу туралы хабарлама береді (7 жұмыс күні; қонақүй — келесі жұмыс күні).

# The pre-filled form section. (The destination's own words: the page asks for <code>-ui-form-h.)
ru-ui-form-h = Толтырылған келу туралы хабарлама

# The list of earlier trips to the country (the destination's own words: the page asks for <code>-ui-trips-hint). $audience: who uses the page (traveller, host, hotel, organization).
ru-ui-trips-hint = { $audience ->
        [traveller] Бұрынғы сапарлар визасыз болуда есептеледі (2024 жылға дейін кез келген 180 күнде 90 күн, 2025 жылдан күнтізбелік жылда 90 күн); бұрынғы сапарларыңызды қосыңыз.
       *[other] Бұрынғы сапарлар визасыз болуда есептеледі (2024 жылға дейін кез келген 180 күнде 90 күн, 2025 жылдан күнтізбелік жылда 90 күн); қонақтың бұрынғы сапарларын қосыңыз.
    }
