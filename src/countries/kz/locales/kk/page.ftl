### Kazakhstan: the page's texts that name the country, its ID numbers or its fine unit.

# The browser tab's title.
kz-ui-doc-title = tirkeu — Қазақстанда болуды тіркеу

# The page's heading and the line under it; the host/hotel/organisation variants speak of "the guest". $audience: who uses the page (traveller, host, hotel, organization).
kz-ui-title = { $audience ->
        [traveller] Қазақстанда болуыңызды тіркеу
       *[other] Қазақстанда қонақтың болуын тіркеу
    }

# The page's heading and the line under it; the host/hotel/organisation variants speak of "the guest". $audience: who uses the page (traveller, host, hotel, organization).
kz-ui-lead = { $audience ->
        [traveller] Сіздің болуыңыз туралы кім хабарлауы тиіс, қай күнге дейін, мерзім қалай есептеледі және қандай құқықтық негізде.
       *[other] Қонақтың болуы туралы кім хабарлауы тиіс, қай күнге дейін, мерзім қалай есептеледі және қандай құқықтық негізде.
    }

# An error message shown under the field it concerns.
kz-ui-err-citizen-of-destination = Қазақстан азаматтары Қазақстанда тіркелмейді.

# An error message shown under the field it concerns.
kz-ui-err-host-id = ЖСН немесе БСН 12 цифрдан тұрады.

# Label of a personal detail for the form.
kz-ui-d-host-id = ЖСН / БСН

# The fine unit, short, after a number ("10 MRP"): Kazakhstan's monthly calculation index.
kz-ui-fine-unit = АЕК

# The fine unit, spelled out, before its value in a given year.
kz-ui-fine-unit-long = АЕК (айлық есептік көрсеткіш)

# The link from the key dates to the FAQ (the FAQ's own texts are in faq.ftl, fetched after the first answer).
kz-faq-link = 72 сағат па? 15 000 теңге ме? Блогтарда жазылғаны — осы жағдай үшін тексерілген

# The list of moves to another address during the stay. (The destination's own words: the page asks for <code>-ui-moves-hint.)
kz-ui-moves-hint = Жаңа мекенжай — жаңа хабарлама.

# The pre-filled form section. (The destination's own words: the page asks for <code>-ui-form-h.)
kz-ui-form-h = Толтырылған хабарлама нысаны

# The list of earlier trips to the country (the destination's own words: the page asks for <code>-ui-trips-hint). $audience: who uses the page (traveller, host, hotel, organization).
kz-ui-trips-hint = { $audience ->
        [traveller] Визасыз күндер соңғы 180 күн ішінде есептеледі; бұрынғы сапарларыңызды қосыңыз.
       *[other] Визасыз күндер соңғы 180 күн ішінде есептеледі; қонақтың бұрынғы сапарларын қосыңыз.
    }
