### Kazakhstan's arrival notification form (src/countries/kz/form.rs): the renderings of its
### Russian labels in Russian, printed under each label when the page is in this language.

# The form's title.
kz-form-title = Уведомление о прибытии иностранца или лица без гражданства

# Under the title: who files the form, and with whom.
kz-form-subtitle = подаётся принимающей стороной в органы внутренних дел (миграционную службу)

# The framed notice under the title: this sheet is not the official layout.
kz-form-notice = Не официальный бланк. Поля составлены по сведениям о приложении к Правилам (приказ МВД РК № 83) и о форме на vmp.gov.kz; официальная форма и её расположение не установлены. Уведомление подаётся через vmp.gov.kz, egov.kz, eQonaq или в миграционной службе.

# Heading of block 1, the person registered.
kz-form-block-foreigner = 1. Сведения об иностранце

# Field: the foreigner's surname.
kz-form-surname = Фамилия

# Field: the foreigner's given name(s).
kz-form-given-names = Имя

# Field: patronymic, if the passport has one.
kz-form-patronymic = Отчество (при наличии)

# Field: date of birth (the foreigner's, and a child's).
kz-form-birth-date = Дата рождения

# Field: sex, two tick boxes.
kz-form-sex = Пол

# Tick box of the sex field.
kz-form-male = муж.

# Tick box of the sex field.
kz-form-female = жен.

# Field: citizenship.
kz-form-citizenship = Гражданство

# Field: the passport's number.
kz-form-passport-number = Паспорт: номер

# Field: the passport's date of issue.
kz-form-passport-issued = Дата выдачи

# Field: the date the passport is valid until.
kz-form-passport-expiry = Действителен до

# Field: the visa's number.
kz-form-visa-number = Виза: номер

# Field: the type of visa (or visa-free).
kz-form-visa-kind = Вид визы

# Field: the date the visa is valid until.
kz-form-visa-expiry = Виза действительна до

# Heading of block 2, the entry.
kz-form-block-entry = 2. Въезд

# Field: the date of entry into the country.
kz-form-entry-date = Дата въезда в Республику Казахстан

# Field: the border crossing point.
kz-form-checkpoint = Пункт пропуска через границу

# Field: the purpose of the visit.
kz-form-purpose = Цель визита

# Heading of block 3, the stay.
kz-form-block-stay = 3. Пребывание

# Field: the address of temporary stay; the brackets list its parts.
kz-form-address = Адрес временного пребывания (область, город, улица, дом, квартира)

# Field: first day of the stay ("stay from").
kz-form-stay-from = Срок пребывания: с

# Field right after "stay from": its last day.
kz-form-stay-until = по

# Field: the kind of accommodation, three tick boxes.
kz-form-accommodation = Место размещения

# Tick box: a private home.
kz-form-acc-private = жильё физ. лица

# Tick box: a hotel.
kz-form-acc-hotel = гостиница

# Tick box: an organisation (employer, university).
kz-form-acc-organization = организация

# Heading of block 4, children travelling with the foreigner.
kz-form-block-children = 4. Сопровождающие дети (при наличии)

# Column: a child's full name.
kz-form-child-name = Фамилия, имя

# Column: a child's passport number.
kz-form-child-passport = Паспорт (номер)

# Heading of block 5, the receiving party (host).
kz-form-block-host = 5. Принимающая сторона

# Field: whether the receiving party is an individual or a legal entity.
kz-form-host-kind = Принимающая сторона

# Tick box: an individual.
kz-form-host-person = физ. лицо

# Tick box: a legal entity.
kz-form-host-entity = юр. лицо

# Field: the host's full name, or the organisation's name.
kz-form-host-name = ФИО / наименование организации

# Field: the host's Kazakh identification number (IIN for a person, BIN for an organisation); keep the abbreviations your language uses for them.
kz-form-host-id = ИИН / БИН

# Field: the host's phone number.
kz-form-host-phone = Телефон

# Field: the person responsible, when the host is an organisation.
kz-form-host-contact = Ответственное лицо (для юр. лица)

# Field: the host's address.
kz-form-host-address = Адрес принимающей стороны

# Field: the last day to file this notification.
kz-form-due = Уведомить не позднее

# Field: the date the form is filled in (left empty).
kz-form-filled-on = Дата заполнения

# Field: the host's signature (left empty).
kz-form-signature = Подпись принимающей стороны

# Title of the continuation sheet, after "Sheet n of m.".
kz-form-cont-title = Продолжение уведомления о прибытии

# Under the continuation sheet's title: what it holds.
kz-form-cont-sub = Поля, не поместившиеся на листе 1, полностью. На листе 1 они отмечены своим номером в квадратных скобках.

# On sheet 1, above the footer, when some fields are continued.
kz-form-cont-note = Поля с пометкой [1], [2] … полностью приведены на листе продолжения.

# Sheet number in footers and on the continuation sheet. $n: this sheet; $m: the number of sheets.
kz-form-sheet = Лист { $n } из { $m }

# After a child's field on the continuation sheet: which child. $n: 1, 2, …
kz-form-child-n = ребёнок { $n }

# On the continuation sheet, before the foreigner's name, so the sheets can be matched.
kz-form-foreigner = Иностранец

# Footer, followed by the date the rules were checked (DD.MM.YYYY) and a full stop.
kz-form-footer = Подготовлено tirkeu; правила проверены

# Footer, last sentence.
kz-form-not-advice = Справка, а не юридическая консультация.
