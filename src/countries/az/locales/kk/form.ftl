### Azerbaijan's application for registration at the place of stay (src/countries/az/form.rs):
### the renderings of its Azerbaijani labels in Kazakh, printed under each label when the page is in this language.

# The annex heading above the title: the act the form is an annex to.
az-form-annex = Әзербайжан Республикасының «Тұрғылықты жері және болатын жері бойынша тіркеу туралы» Заңын қолдану туралы ережеге 6-қосымша

# The form's title (the official one ends with the word "APPLICATION FORM" in capitals).
az-form-title = Шетелдікті немесе азаматтығы жоқ адамды болатын жері бойынша тіркеу туралы өтініш-сауалнама

# The request line under the title, before item 1 (ends with a colon, as on the form).
az-form-request = Төмендегі мәліметтерді ескере отырып, шетелдікті немесе азаматтығы жоқ адамды болатын жері бойынша тіркеуді сұраймын:

# The framed notice under the title: which parts come from the official form, which do not, and how the form is filed.
az-form-notice = Ресми бланк емес. Тақырып, өтініш жолы және 1.1–1.7-тармақтар Ережеге 6-қосымшаның жарияланған көшірмесінен (2017) алынған; кейінгі тармақтардың мәтіні табылмады. Өтініш-сауалнама паспорт көшірмесімен бірге Мемлекеттік көші-қон қызметінің электрондық қызметі, qeydiyyat@migration.gov.az мекенжайы, өңірлік көші-қон басқармасы немесе «ASAN xidmət» орталығы арқылы беріледі.

# Heading of part 1, the person to be registered (ends with a colon, as on the form).
az-form-block-foreigner = 1. Шетелдік немесе азаматтығы жоқ адам туралы мәліметтер:

# Item 1.1: the person's surname.
az-form-surname = Тегі

# Item 1.2: the person's given name.
az-form-given-name = Аты

# Item 1.3: the patronymic; in Azerbaijani literally "father's name".
az-form-patronymic = Әкесінің аты

# Item 1.4: date of birth; the brackets give the order of its parts.
az-form-birth-date = Туған күні (күні, айы, жылы)

# Item 1.5: sex (written as a word: male or female).
az-form-sex = Жынысы

# Item 1.6: the country the person came from.
az-form-arrived-from = Қай елден келді

# Item 1.7: citizenship.
az-form-citizenship = Азаматтығы

# Heading of the part after item 1.7, which tirkeu reconstructed because the official items were not found.
az-form-block-other = Басқа мәліметтер (ресми бланктегідей толтырылады)

# Under that heading: what the part is and what to do with it.
az-form-other-note = Осы жерден қолтаңбаға дейін — tirkeu қалпына келтірген бөлік: ресми бланктің 1.7-тармақтан кейінгі тармақтары табылмады. Бұл жолдар бланктің сөздері емес, Көші-қон кодексінің 21-бабы мен Мемлекеттік көші-қон қызметі талап ететін мәліметтер; оларды ресми бланктің тиісті тармақтарына көшіріңіз.

# Line: the type of passport (ordinary, diplomatic, service) or other border-crossing document.
az-form-passport-kind = Паспорттың (шекарадан өту құжатының) түрі

# Line: the passport's series and number.
az-form-passport-number = Сериясы мен нөмірі

# Line: the date of arrival in Azerbaijan.
az-form-entry-date = Әзербайжан Республикасына келген күні

# Line: the visa (its kind), or visa-free entry.
az-form-visa-kind = Виза

# Line: the visa's number.
az-form-visa-number = Визаның нөмірі

# Line: the last day the visa is valid.
az-form-visa-expiry = Визаның жарамдылық мерзімі

# Line: the address where the person stays.
az-form-address = Болатын жерінің мекенжайы

# Line: the first day of the stay.
az-form-stay-from = Болу мерзімі: басы

# Line: the last day of the stay.
az-form-stay-until = Болу мерзімі: соңы

# Line: the receiving party (the host or the hotel, organisation) — a person's name or an organisation's.
az-form-host-name = Қабылдаушы тарап: тегі мен аты немесе ұйымның атауы

# Line: the receiving party's identification: a person's PIN (FİN) or identity card, an organisation's tax number (VÖEN); keep the Azerbaijani abbreviations.
az-form-host-id = Қабылдаушы тараптың ФИН-і, жеке куәлігі немесе СТН-і (VÖEN)

# Line: the receiving party's address.
az-form-host-address = Қабылдаушы тараптың мекенжайы

# Line: the receiving party's phone number.
az-form-host-phone = Қабылдаушы тараптың телефоны

# Above the last line: the documents that go with the form.
az-form-attachments = Қоса беріледі: паспорттың (шекарадан өтудің өзге құжатының) көшірмесі, оның ішінде визасы бар бет және соңғы кіру мөрі бар бет.

# Line: the last day to file the form, as tirkeu counted it.
az-form-due = Берудің соңғы күні (tirkeu есебі)

# Line: the date the form is signed (left empty).
az-form-filled-on = Күні

# Line: the signature (left empty).
az-form-signature = Қабылдаушы тараптың немесе шетелдіктің қолы

# Title of the continuation sheet, after "Sheet n of m.".
az-form-cont-title = Өтініш-сауалнаманың жалғасы

# Under the continuation sheet's title: what it holds.
az-form-cont-sub = 1-параққа сыймаған өрістер толық. 1-парақта олар төртбұрышты жақшадағы нөмірімен белгіленген.

# On sheet 1, above the footer, when some fields are continued.
az-form-cont-note = [1], [2] … белгісі бар өрістер жалғасы парағында толық берілген.

# Sheet number in footers and on the continuation sheet. $n: this sheet; $m: the number of sheets.
az-form-sheet = { $m } парақтың { $n }-парағы

# After a field of a repeated item on the continuation sheet: which item. $n: 1, 2, …
az-form-item = № { $n }

# On the continuation sheet, before the foreigner's name, so the sheets can be matched.
az-form-foreigner = Шетелдік

# Footer, followed by the date the rules were checked (DD.MM.YYYY) and a full stop.
az-form-footer = tirkeu арқылы дайындалды; қағидалар тексерілген күні

# Footer, last sentence.
az-form-not-advice = Анықтама, заң кеңесі емес.
