### Russia's notification of arrival at the place of stay (src/countries/ru/form.rs): the renderings
### of its Russian labels in Kazakh, printed under each label when the page is in this language.

# The version line above the title: the annex and order the blank belongs to, as amended by Order 628 (printed for entries from 5 Feb 2025).
ru-form-version = Ресей ІІМ-нің 10.12.2020 № 856 бұйрығына 4-қосымша (22.10.2024 № 628 бұйрықпен өзгертілген редакцияда)

# The version line for an entry before 5 Feb 2025: the annex and order without the amending Order 628.
ru-form-version-856 = Ресей ІІМ-нің 10.12.2020 № 856 бұйрығына 4-қосымша

# The version line for an entry before Order 856 existed: the current blank is printed, and an earlier form (not established) applied then.
ru-form-version-before-856 = Ресей ІІМ-нің 10.12.2020 № 856 бұйрығына 4-қосымша (кірген күні бұрынғы нысан қолданылған, оның деректемелерін tirkeu анықтамаған)

# The form's title.
ru-form-title = Шетел азаматының немесе азаматтығы жоқ адамның болатын жеріне келгені туралы хабарлама

# The framed notice under the title: what is official and what is tirkeu's (the layout, the labels marked *), how to fill in and print the blank, and where it is filed.
ru-form-notice = Ресми бланк емес: өрістер мен торкөздер саны — 4-қосымша туралы мәліметтер бойынша, орналасуы — tirkeu; * белгісі бар жазулар — tirkeu оқуы, бланкте сөзбе-сөз тексерілмеген. Баспа әріптерімен, әр торкөзге бір әріптен толтырылады; екі жағына басылады: 1–2-беттер — 1-парақ, 3–4-беттер — жыртып алынатын бөлігі бар 2-парақ. ІІМ-нің көші-қон бөлімшесіне, халыққа қызмет көрсету орталығы (МФЦ) арқылы, поштамен (екі данада) немесе Госуслуги арқылы беріледі.

# Label: sex, two tick boxes.
ru-form-sex = Жынысы

# Tick box: male.
ru-form-male = ер

# Tick box: female.
ru-form-female = әйел

# Label: citizenship (the form adds 'or allegiance', for subjects of a monarchy).
ru-form-citizenship = Азаматтығы (бодандығы)

# Label: date of birth.
ru-form-birth-date = Туған күні

# Heading of part 1: the person to be registered at the place of stay (sheet 1, front).
ru-form-block-person = 1. Есепке қойылатын адам туралы мәліметтер

# Label: surname (of the person, on the form and its tear-off part, and of a receiving person).
ru-form-surname = Тегі

# Label: the surname in Latin letters, as in the passport (* the wording was not checked on the blank).
ru-form-surname-latin = Тегі латын әріптерімен*

# Label: given name(s).
ru-form-given-names = Аты

# Label: the given name(s) in Latin letters, as in the passport (*: not checked on the blank).
ru-form-given-names-latin = Аты латын әріптерімен*

# Label: patronymic, if the person has one.
ru-form-patronymic = Әкесінің аты (болса)

# Label: the patronymic in Latin letters (*: not checked on the blank).
ru-form-patronymic-latin = Әкесінің аты латын әріптерімен*

# Label: place of birth, the state.
ru-form-birth-state = Туған жері: мемлекет

# Label: place of birth, the city or other locality (the line after the state).
ru-form-birth-place = қала (елді мекен)

# Label: the identity document (a passport), its kind.
ru-form-id-kind = Жеке басын куәландыратын құжат: түрі

# Label: a document's series (letters or digits before its number).
ru-form-series = сериясы

# Label: a document's number (the form prints the sign №).
ru-form-number = №

# Label: a document's date of issue.
ru-form-issued = берілген күні

# Label: the date until which a document is valid.
ru-form-valid = жарамдылық мерзімі

# Label: for a child without a document of its own, the number of its birth registration record (*: not checked on the blank).
ru-form-birth-record = Өз құжаты жоқ бала үшін: туу туралы акт жазбасының нөмірі*

# Label: the date of that birth record and the authority that made it (*: not checked on the blank).
ru-form-birth-record-by = жазба күні және оны жасаған органның атауы*

# Label: the document that gives the right to stay or reside in Russia; four tick boxes follow.
ru-form-stay-doc = Болу (тұру) құқығын растайтын құжат

# Tick box: a visa.
ru-form-stay-doc-visa = виза

# Tick box: a residence permit.
ru-form-stay-doc-residence = тұруға ықтиярхат

# Tick box: a temporary residence permit.
ru-form-stay-doc-trp = уақытша тұруға рұқсат

# Tick box: a temporary residence permit for study.
ru-form-stay-doc-trp-study = білім алу үшін уақытша тұруға рұқсат

# Label: the purpose of entry; nine tick boxes follow.
ru-form-purpose = Келу мақсаты

# Tick box: purpose 'official' (service).
ru-form-purpose-official = қызметтік

# Tick box: purpose tourism.
ru-form-purpose-tourism = туризм

# Tick box: purpose business.
ru-form-purpose-business = іскерлік

# Tick box: purpose study.
ru-form-purpose-study = оқу

# Tick box: purpose work.
ru-form-purpose-work = жұмыс

# Tick box: a private visit.
ru-form-purpose-private = жеке

# Tick box: purpose transit.
ru-form-purpose-transit = транзит

# Tick box: purpose humanitarian.
ru-form-purpose-humanitarian = гуманитарлық

# Tick box: another purpose.
ru-form-purpose-other = басқа

# Label: a phone number; the form prints the country code +7 before the 10 boxes.
ru-form-phone = Телефон +7

# Label: profession.
ru-form-profession = Кәсібі

# Label: the date of entry into Russia.
ru-form-entry-date = Елге кірген күні

# Label: the end of the period of stay (tirkeu prints the last lawful day, else the planned exit).
ru-form-stay-until = Болу мерзімі, дейін

# Label: the migration card, its series (its number follows).
ru-form-card-series = Көші-қон картасы: сериясы

# Label: the person's legal representatives (for a child).
ru-form-representatives = Заңды өкілдері туралы мәліметтер

# Heading on sheet 1, back: the address of the previous place of stay in Russia.
ru-form-block-previous = Ресей Федерациясындағы бұрынғы болған жерінің мекенжайы

# Label beside the four rows of boxes of an address in Russia: its parts, in order (*: the form's sub-labels were not checked word for word).
ru-form-address-parts = Мекенжай: РФ субъектісі, муниципалдық құрылым, қоныс, елді мекен, көше, үй, корпус, құрылыс, пәтер*

# Heading of part 2: the place of stay.
ru-form-block-stay = 2. Болатын жері

# Label: what the place of stay is; three tick boxes follow (*: tirkeu's word for them).
ru-form-premises = Болатын жері*

# Tick box: residential premises (a flat, a house).
ru-form-premises-dwelling = тұрғын үй-жай

# Tick box: other premises.
ru-form-premises-other = өзге үй-жай

# Tick box: an organisation (a hotel, an employer's premises).
ru-form-premises-organization = ұйым

# Label: the document on the right to use the premises (a lease, a title): its name and details (*: not checked on the blank).
ru-form-use-document = Үй-жайды пайдалану құқығы туралы құжаттың атауы мен деректемелері*

# Label: the premises' cadastral number.
ru-form-cadastral = Кадастрлық нөмірі

# Label: where the place is when it has no address.
ru-form-actual-place = Нақты орналасқан жері

# Label: the cadastral number of the land or forest plot.
ru-form-plot-cadastral = Жер (орман) учаскесінің кадастрлық нөмірі

# Heading of part 3: the receiving party (sheet 2, front).
ru-form-block-host = 3. Қабылдаушы тарап туралы мәліметтер

# Label: who the receiving party is; two tick boxes follow.
ru-form-host-kind = Қабылдаушы тарап

# Tick box: the receiving party is an organisation.
ru-form-host-organization = ұйым

# Tick box: the receiving party is an individual.
ru-form-host-person = жеке тұлға

# Label: the receiving person's home address (four rows of boxes).
ru-form-host-home = Тұрғылықты жерінің мекенжайы

# The caption of the dashed line along which the tear-off part is cut off.
ru-form-cut = Жыртып алу сызығы

# The first words of the tear-off part, before the person's data.
ru-form-confirmed = Осымен расталады:

# Heading of the tear-off part, which the foreigner keeps as proof once it is stamped.
ru-form-block-tear-off = ХАБАРЛАМА БЛАНКІСІНІҢ ЖЫРТЫП АЛЫНАТЫН БӨЛІГІ

# Label in the tear-off part: the document's validity, when limited (*: the end of the wording was not checked).
ru-form-tear-id-valid = Жарамдылық мерзімі (шектелген жағдайда)*

# The tear-off part's words before the address (the sentence begun by 'It is hereby confirmed that' and the person's data).
ru-form-notified-at = белгіленген тәртіппен болатын жеріне келгені туралы мына мекенжай бойынша хабарлады:

# Label in the tear-off part: the declared end of the stay.
ru-form-declared-until = Мәлімделген болу мерзімі, дейін

# Heading on sheet 2, back: the rest of the receiving party's data (*: tirkeu's heading).
ru-form-block-host-more = 3. Қабылдаушы тарап туралы мәліметтер (жалғасы)*

# Label: the organisation's name (two rows of boxes).
ru-form-org-name = Ұйымның атауы

# Label: the taxpayer number (INN).
ru-form-inn = Салық төлеушінің сәйкестендіру нөмірі (ИНН)

# Label: the organisation's actual address (four rows of boxes).
ru-form-org-address = Ұйымның нақты мекенжайы

# Label: the last day to send the notification, as tirkeu counted it (not a field of the blank).
ru-form-due = Жіберудің соңғы күні (tirkeu есебі)

# Label: the date of signing (*: not checked on the blank).
ru-form-signed-on = Күні*

# Label: the receiving party's signature (*: not checked on the blank).
ru-form-signature = Қабылдаушы тараптың қолы*

# Under the heading of the tear-off part's back: whose data follow (*: the wording was not checked).
ru-form-tear-back-note = Қабылдаушы тарап үшін немесе 22-баптың 3.1-бөлігінде көзделген жағдайда шетел азаматы үшін*

# Heading of the tear-off part's back (*: tirkeu's heading).
ru-form-block-tear-back = ХАБАРЛАМА БЛАНКІСІНІҢ ЖЫРТЫП АЛЫНАТЫН БӨЛІГІ (сырт жағы)*

# Label: the signature of the receiving party, or of the foreigner who files himself (*: the wording was not checked).
ru-form-tear-signature = Қабылдаушы тараптың немесе шетел азаматының қолы*

# Label: the organisation's seal, if it has one.
ru-form-seal = Ұйымның мөрі (болса)

# Label of the box for the mark of the MVD, the MFC or the post office that confirms the filing (*: the wording was not checked).
ru-form-mark = Қабылдаушы тарап пен шетел азаматының оны болатын жері бойынша есепке қою үшін қажетті әрекеттерді орындағанын растайтын белгі*

# Page n of m, in the footer (the form is two sheets printed on both sides); $n is the page, $m the number of pages.
ru-form-sheet = { $m } беттің { $n }-беті

# Title of the continuation sheet, after 'Page n of m.'.
ru-form-cont-title = Келу туралы хабарламаның жалғасы

# Under that title: what the continuation sheet holds.
ru-form-cont-sub = Торкөздерге сыймаған мәндер толық. Торкөздерде олар төртбұрышты жақшадағы нөмірімен белгіленген.

# Above the footer of a page with values continued on the continuation sheet.
ru-form-cont-note = [1], [2] … белгісі бар мәндер жалғасы парағында толық берілген.

# On the continuation sheet, before the person's name: whose form it is.
ru-form-foreigner = Шетел азаматы

# An item of a list on the continuation sheet; $n is its number.
ru-form-item = № { $n }

# The footer, followed by the date the rules were checked.
ru-form-footer = tirkeu арқылы дайындалды; қағидалар тексерілген күні

# The footer's last sentence.
ru-form-not-advice = Анықтама, заң кеңесі емес.
