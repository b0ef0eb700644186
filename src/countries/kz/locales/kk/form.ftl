### Kazakhstan's arrival notification form (src/countries/kz/form.rs): the renderings of its
### Russian labels in Kazakh, printed under each label when the page is in this language.

# The form's title.
kz-form-title = Шетелдіктің немесе азаматтығы жоқ адамның келгені туралы хабарлама

# Under the title: who files the form, and with whom.
kz-form-subtitle = қабылдаушы тарап ішкі істер органдарына (көші-қон қызметіне) береді

# The framed notice under the title: this sheet is not the official layout.
kz-form-notice = Ресми бланк емес. Өрістер Қағидалар қосымшасы (ҚР ІІМ № 83 бұйрығы) мен vmp.gov.kz нысаны туралы мәліметтер бойынша жасалған; ресми нысаны мен орналасуы анықталмаған. Хабарлама vmp.gov.kz, egov.kz, eQonaq арқылы немесе көші-қон қызметінде беріледі.

# Heading of block 1, the person registered.
kz-form-block-foreigner = 1. Шетелдік туралы мәліметтер

# Field: the foreigner's surname.
kz-form-surname = Тегі

# Field: the foreigner's given name(s).
kz-form-given-names = Аты

# Field: patronymic, if the passport has one.
kz-form-patronymic = Әкесінің аты (бар болса)

# Field: date of birth (the foreigner's, and a child's).
kz-form-birth-date = Туған күні

# Field: sex, two tick boxes.
kz-form-sex = Жынысы

# Tick box of the sex field.
kz-form-male = ер

# Tick box of the sex field.
kz-form-female = әйел

# Field: citizenship.
kz-form-citizenship = Азаматтығы

# Field: the passport's number.
kz-form-passport-number = Паспорт нөмірі

# Field: the passport's date of issue.
kz-form-passport-issued = Берілген күні

# Field: the date the passport is valid until.
kz-form-passport-expiry = Жарамдылық мерзімі

# Field: the visa's number.
kz-form-visa-number = Виза нөмірі

# Field: the type of visa (or visa-free).
kz-form-visa-kind = Виза түрі

# Field: the date the visa is valid until.
kz-form-visa-expiry = Виза жарамды

# Heading of block 2, the entry.
kz-form-block-entry = 2. Келу

# Field: the date of entry into the country.
kz-form-entry-date = Қазақстан Республикасына келген күні

# Field: the border crossing point.
kz-form-checkpoint = Шекарадан өткізу пункті

# Field: the purpose of the visit.
kz-form-purpose = Сапар мақсаты

# Heading of block 3, the stay.
kz-form-block-stay = 3. Болу

# Field: the address of temporary stay; the brackets list its parts.
kz-form-address = Уақытша болатын мекенжайы (облыс, қала, көше, үй, пәтер)

# Field: first day of the stay ("stay from").
kz-form-stay-from = Болу мерзімі: басы

# Field right after "stay from": its last day.
kz-form-stay-until = соңы

# Field: the kind of accommodation, three tick boxes.
kz-form-accommodation = Орналасу орны

# Tick box: a private home.
kz-form-acc-private = жеке тұрғын үй

# Tick box: a hotel.
kz-form-acc-hotel = қонақүй

# Tick box: an organisation (employer, university).
kz-form-acc-organization = ұйым

# Heading of block 4, children travelling with the foreigner.
kz-form-block-children = 4. Бірге жүрген балалар (бар болса)

# Column: a child's full name.
kz-form-child-name = Тегі, аты

# Column: a child's passport number.
kz-form-child-passport = Паспорт нөмірі

# Heading of block 5, the receiving party (host).
kz-form-block-host = 5. Қабылдаушы тарап

# Field: whether the receiving party is an individual or a legal entity.
kz-form-host-kind = Қабылдаушы тарап

# Tick box: an individual.
kz-form-host-person = жеке тұлға

# Tick box: a legal entity.
kz-form-host-entity = заңды тұлға

# Field: the host's full name, or the organisation's name.
kz-form-host-name = Аты-жөні / ұйымның атауы

# Field: the host's Kazakh identification number (IIN for a person, BIN for an organisation); keep the abbreviations your language uses for them.
kz-form-host-id = ЖСН / БСН

# Field: the host's phone number.
kz-form-host-phone = Телефоны

# Field: the person responsible, when the host is an organisation.
kz-form-host-contact = Жауапты тұлға (заңды тұлға үшін)

# Field: the host's address.
kz-form-host-address = Қабылдаушы тараптың мекенжайы

# Field: the last day to file this notification.
kz-form-due = Хабарлау мерзімі (кешіктірмей)

# Field: the date the form is filled in (left empty).
kz-form-filled-on = Толтырылған күні

# Field: the host's signature (left empty).
kz-form-signature = Қабылдаушы тараптың қолы

# Title of the continuation sheet, after "Sheet n of m.".
kz-form-cont-title = Келгені туралы хабарламаның жалғасы

# Under the continuation sheet's title: what it holds.
kz-form-cont-sub = 1-параққа сыймаған өрістер толық. 1-парақта олар төртбұрышты жақшадағы нөмірімен белгіленген.

# On sheet 1, above the footer, when some fields are continued.
kz-form-cont-note = [1], [2] … белгісі бар өрістер жалғасы парағында толық берілген.

# Sheet number in footers and on the continuation sheet. $n: this sheet; $m: the number of sheets.
kz-form-sheet = { $m } парақтың { $n }-парағы

# After a child's field on the continuation sheet: which child. $n: 1, 2, …
kz-form-child-n = { $n }-бала

# On the continuation sheet, before the foreigner's name, so the sheets can be matched.
kz-form-foreigner = Шетелдік

# Footer, followed by the date the rules were checked (DD.MM.YYYY) and a full stop.
kz-form-footer = tirkeu арқылы дайындалды; қағидалар тексерілген күні

# Footer, last sentence.
kz-form-not-advice = Анықтама, заң кеңесі емес.
