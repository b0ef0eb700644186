### Russia's notification of arrival at the place of stay (src/countries/ru/form.rs): the renderings
### of its Russian labels in Russian, printed under each label when the page is in this language
### (in Russian they are the labels themselves: nothing is printed under them; the details' errors name a field by them).

# The version line above the title: the annex and order the blank belongs to, as amended by Order 628 (printed for entries from 5 Feb 2025).
ru-form-version = Приложение № 4 к приказу МВД России от 10.12.2020 № 856 (в ред. приказа от 22.10.2024 № 628)

# The version line for an entry before 5 Feb 2025: the annex and order without the amending Order 628.
ru-form-version-856 = Приложение № 4 к приказу МВД России от 10.12.2020 № 856

# The version line for an entry before Order 856 existed: the current blank is printed, and an earlier form (not established) applied then.
ru-form-version-before-856 = Приложение № 4 к приказу МВД России от 10.12.2020 № 856 (на дату въезда действовала прежняя форма, ее реквизиты tirkeu не установлены)

# The form's title.
ru-form-title = Уведомление о прибытии иностранного гражданина или лица без гражданства в место пребывания

# The framed notice under the title: what is official and what is tirkeu's (the layout, the labels marked *), how to fill in and print the blank, and where it is filed.
ru-form-notice = Не официальный бланк: поля и число клеток — по сведениям о приложении № 4, расположение — tirkeu; подписи со знаком * — прочтение tirkeu, дословно на бланке не проверены. Заполняется печатными буквами, по одной в клетке; печать с двух сторон: стр. 1–2 — лист 1, стр. 3–4 — лист 2 с отрывной частью. Подается в подразделение МВД по вопросам миграции, через МФЦ, почтой (два экземпляра) или через Госуслуги.

# Label: sex, two tick boxes.
ru-form-sex = Пол

# Tick box: male.
ru-form-male = мужской

# Tick box: female.
ru-form-female = женский

# Label: citizenship (the form adds 'or allegiance', for subjects of a monarchy).
ru-form-citizenship = Гражданство (подданство)

# Label: date of birth.
ru-form-birth-date = Дата рождения

# Heading of part 1: the person to be registered at the place of stay (sheet 1, front).
ru-form-block-person = 1. Сведения о лице, подлежащем постановке на учет

# Label: surname (of the person, on the form and its tear-off part, and of a receiving person).
ru-form-surname = Фамилия

# Label: the surname in Latin letters, as in the passport (* the wording was not checked on the blank).
ru-form-surname-latin = Фамилия латинскими буквами*

# Label: given name(s).
ru-form-given-names = Имя

# Label: the given name(s) in Latin letters, as in the passport (*: not checked on the blank).
ru-form-given-names-latin = Имя латинскими буквами*

# Label: patronymic, if the person has one.
ru-form-patronymic = Отчество (при наличии)

# Label: the patronymic in Latin letters (*: not checked on the blank).
ru-form-patronymic-latin = Отчество латинскими буквами*

# Label: place of birth, the state.
ru-form-birth-state = Место рождения: государство

# Label: place of birth, the city or other locality (the line after the state).
ru-form-birth-place = город (населенный пункт)

# Label: the identity document (a passport), its kind.
ru-form-id-kind = Документ, удостоверяющий личность: вид

# Label: a document's series (letters or digits before its number).
ru-form-series = серия

# Label: a document's number (the form prints the sign №).
ru-form-number = №

# Label: a document's date of issue.
ru-form-issued = дата выдачи

# Label: the date until which a document is valid.
ru-form-valid = срок действия

# Label: for a child without a document of its own, the number of its birth registration record (*: not checked on the blank).
ru-form-birth-record = Для ребенка без собственного документа: номер записи акта о рождении*

# Label: the date of that birth record and the authority that made it (*: not checked on the blank).
ru-form-birth-record-by = дата записи и наименование органа, составившего запись*

# Label: the document that gives the right to stay or reside in Russia; four tick boxes follow.
ru-form-stay-doc = Документ, подтверждающий право на пребывание (проживание)

# Tick box: a visa.
ru-form-stay-doc-visa = виза

# Tick box: a residence permit.
ru-form-stay-doc-residence = вид на жительство

# Tick box: a temporary residence permit.
ru-form-stay-doc-trp = разрешение на временное проживание

# Tick box: a temporary residence permit for study.
ru-form-stay-doc-trp-study = разрешение на временное проживание в целях получения образования

# Label: the purpose of entry; nine tick boxes follow.
ru-form-purpose = Цель въезда

# Tick box: purpose 'official' (service).
ru-form-purpose-official = служебная

# Tick box: purpose tourism.
ru-form-purpose-tourism = туризм

# Tick box: purpose business.
ru-form-purpose-business = деловая

# Tick box: purpose study.
ru-form-purpose-study = учеба

# Tick box: purpose work.
ru-form-purpose-work = работа

# Tick box: a private visit.
ru-form-purpose-private = частная

# Tick box: purpose transit.
ru-form-purpose-transit = транзит

# Tick box: purpose humanitarian.
ru-form-purpose-humanitarian = гуманитарная

# Tick box: another purpose.
ru-form-purpose-other = другая

# Label: a phone number; the form prints the country code +7 before the 10 boxes.
ru-form-phone = Телефон +7

# Label: profession.
ru-form-profession = Профессия

# Label: the date of entry into Russia.
ru-form-entry-date = Дата въезда

# Label: the end of the period of stay (tirkeu prints the last lawful day, else the planned exit).
ru-form-stay-until = Срок пребывания до

# Label: the migration card, its series (its number follows).
ru-form-card-series = Миграционная карта: серия

# Label: the person's legal representatives (for a child).
ru-form-representatives = Сведения о законных представителях

# Heading on sheet 1, back: the address of the previous place of stay in Russia.
ru-form-block-previous = Адрес прежнего места пребывания в Российской Федерации

# Label beside the four rows of boxes of an address in Russia: its parts, in order (*: the form's sub-labels were not checked word for word).
ru-form-address-parts = Адрес: субъект РФ, муниципальное образование, поселение, населенный пункт, улица, дом, корпус, строение, квартира*

# Heading of part 2: the place of stay.
ru-form-block-stay = 2. Место пребывания

# Label: what the place of stay is; three tick boxes follow (*: tirkeu's word for them).
ru-form-premises = Место пребывания*

# Tick box: residential premises (a flat, a house).
ru-form-premises-dwelling = жилое помещение

# Tick box: other premises.
ru-form-premises-other = иное помещение

# Tick box: an organisation (a hotel, an employer's premises).
ru-form-premises-organization = организация

# Label: the document on the right to use the premises (a lease, a title): its name and details (*: not checked on the blank).
ru-form-use-document = Наименование и реквизиты документа о праве пользования помещением*

# Label: the premises' cadastral number.
ru-form-cadastral = Кадастровый номер

# Label: where the place is when it has no address.
ru-form-actual-place = Фактическое место нахождения

# Label: the cadastral number of the land or forest plot.
ru-form-plot-cadastral = Кадастровый номер земельного (лесного) участка

# Heading of part 3: the receiving party (sheet 2, front).
ru-form-block-host = 3. Сведения о принимающей стороне

# Label: who the receiving party is; two tick boxes follow.
ru-form-host-kind = Принимающая сторона

# Tick box: the receiving party is an organisation.
ru-form-host-organization = организация

# Tick box: the receiving party is an individual.
ru-form-host-person = физическое лицо

# Label: the receiving person's home address (four rows of boxes).
ru-form-host-home = Адрес места жительства

# The caption of the dashed line along which the tear-off part is cut off.
ru-form-cut = Линия отрыва

# The first words of the tear-off part, before the person's data.
ru-form-confirmed = Настоящим подтверждается, что

# Heading of the tear-off part, which the foreigner keeps as proof once it is stamped.
ru-form-block-tear-off = ОТРЫВНАЯ ЧАСТЬ БЛАНКА УВЕДОМЛЕНИЯ

# Label in the tear-off part: the document's validity, when limited (*: the end of the wording was not checked).
ru-form-tear-id-valid = Срок действия до (в случае ограничения срока действия)*

# The tear-off part's words before the address (the sentence begun by 'It is hereby confirmed that' and the person's data).
ru-form-notified-at = в установленном порядке уведомил о прибытии в место пребывания по адресу:

# Label in the tear-off part: the declared end of the stay.
ru-form-declared-until = Заявленный срок пребывания до

# Heading on sheet 2, back: the rest of the receiving party's data (*: tirkeu's heading).
ru-form-block-host-more = 3. Сведения о принимающей стороне (продолжение)*

# Label: the organisation's name (two rows of boxes).
ru-form-org-name = Наименование организации

# Label: the taxpayer number (INN).
ru-form-inn = ИНН

# Label: the organisation's actual address (four rows of boxes).
ru-form-org-address = Фактический адрес организации

# Label: the last day to send the notification, as tirkeu counted it (not a field of the blank).
ru-form-due = Направить не позднее (расчет tirkeu)

# Label: the date of signing (*: not checked on the blank).
ru-form-signed-on = Дата*

# Label: the receiving party's signature (*: not checked on the blank).
ru-form-signature = Подпись принимающей стороны*

# Under the heading of the tear-off part's back: whose data follow (*: the wording was not checked).
ru-form-tear-back-note = Для принимающей стороны либо иностранного гражданина в случае, предусмотренном частью 3.1 статьи 22*

# Heading of the tear-off part's back (*: tirkeu's heading).
ru-form-block-tear-back = ОТРЫВНАЯ ЧАСТЬ БЛАНКА УВЕДОМЛЕНИЯ (оборотная сторона)*

# Label: the signature of the receiving party, or of the foreigner who files himself (*: the wording was not checked).
ru-form-tear-signature = Подпись принимающей стороны либо иностранного гражданина*

# Label: the organisation's seal, if it has one.
ru-form-seal = Печать организации (при наличии)

# Label of the box for the mark of the MVD, the MFC or the post office that confirms the filing (*: the wording was not checked).
ru-form-mark = Отметка о подтверждении выполнения принимающей стороной и иностранным гражданином действий, необходимых для его постановки на учет по месту пребывания*

# Page n of m, in the footer (the form is two sheets printed on both sides); $n is the page, $m the number of pages.
ru-form-sheet = Стр. { $n } из { $m }

# Title of the continuation sheet, after 'Page n of m.'.
ru-form-cont-title = Продолжение уведомления о прибытии

# Under that title: what the continuation sheet holds.
ru-form-cont-sub = Значения, не поместившиеся в клетки, полностью. В клетках они отмечены своим номером в квадратных скобках.

# Above the footer of a page with values continued on the continuation sheet.
ru-form-cont-note = Значения с пометкой [1], [2] … полностью приведены на листе продолжения.

# On the continuation sheet, before the person's name: whose form it is.
ru-form-foreigner = Иностранный гражданин

# An item of a list on the continuation sheet; $n is its number.
ru-form-item = № { $n }

# The footer, followed by the date the rules were checked.
ru-form-footer = Подготовлено tirkeu; правила проверены

# The footer's last sentence.
ru-form-not-advice = Справка, а не юридическая консультация.
