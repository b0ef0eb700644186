### Azerbaijan's application for registration at the place of stay (src/countries/az/form.rs):
### the renderings of its Azerbaijani labels in Russian, printed under each label when the page is in this language.

# The annex heading above the title: the act the form is an annex to.
az-form-annex = Приложение 6 к Положению о применении Закона Азербайджанской Республики «О регистрации по месту жительства и месту пребывания»

# The form's title (the official one ends with the word "APPLICATION FORM" in capitals).
az-form-title = Заявление-анкета о регистрации иностранца или лица без гражданства по месту пребывания

# The request line under the title, before item 1 (ends with a colon, as on the form).
az-form-request = С учётом приведённых ниже сведений прошу зарегистрировать иностранца или лицо без гражданства по месту пребывания:

# The framed notice under the title: which parts come from the official form, which do not, and how the form is filed.
az-form-notice = Не официальный бланк. Заголовок, строка с просьбой и пункты 1.1–1.7 взяты из опубликованной копии Приложения 6 к Положению (2017); текст следующих пунктов не найден. Заявление-анкета подаётся с копией паспорта через электронную услугу Государственной миграционной службы, по адресу qeydiyyat@migration.gov.az, в региональном миграционном управлении или в центре «ASAN xidmət».

# Heading of part 1, the person to be registered (ends with a colon, as on the form).
az-form-block-foreigner = 1. Сведения об иностранце или лице без гражданства:

# Item 1.1: the person's surname.
az-form-surname = Фамилия

# Item 1.2: the person's given name.
az-form-given-name = Имя

# Item 1.3: the patronymic; in Azerbaijani literally "father's name".
az-form-patronymic = Отчество (имя отца)

# Item 1.4: date of birth; the brackets give the order of its parts.
az-form-birth-date = Дата рождения (день, месяц, год)

# Item 1.5: sex (written as a word: male or female).
az-form-sex = Пол

# Item 1.6: the country the person came from.
az-form-arrived-from = Из какой страны прибыл(а)

# Item 1.7: citizenship.
az-form-citizenship = Гражданство

# Heading of the part after item 1.7, which tirkeu reconstructed because the official items were not found.
az-form-block-other = Прочие сведения (заполняются так, как в официальном бланке)

# Under that heading: what the part is and what to do with it.
az-form-other-note = Отсюда до подписи — реконструкция tirkeu: пункты официального бланка после 1.7 не найдены. Эти строки — не формулировки бланка, а сведения, которых требуют статья 21 Миграционного кодекса и Государственная миграционная служба; перенесите их в соответствующие пункты официального бланка.

# Line: the type of passport (ordinary, diplomatic, service) or other border-crossing document.
az-form-passport-kind = Вид паспорта (документа для пересечения границы)

# Line: the passport's series and number.
az-form-passport-number = Серия и номер

# Line: the date of arrival in Azerbaijan.
az-form-entry-date = Дата прибытия в Азербайджанскую Республику

# Line: the visa (its kind), or visa-free entry.
az-form-visa-kind = Виза

# Line: the visa's number.
az-form-visa-number = Номер визы

# Line: the last day the visa is valid.
az-form-visa-expiry = Виза действительна до

# Line: the address where the person stays.
az-form-address = Адрес места пребывания

# Line: the first day of the stay.
az-form-stay-from = Срок пребывания: с

# Line: the last day of the stay.
az-form-stay-until = Срок пребывания: по

# Line: the receiving party (the host or the hotel, organisation) — a person's name or an organisation's.
az-form-host-name = Принимающая сторона: фамилия и имя или название организации

# Line: the receiving party's identification: a person's PIN (FİN) or identity card, an organisation's tax number (VÖEN); keep the Azerbaijani abbreviations.
az-form-host-id = ФИН, удостоверение личности или ИНН (VÖEN) принимающей стороны

# Line: the receiving party's address.
az-form-host-address = Адрес принимающей стороны

# Line: the receiving party's phone number.
az-form-host-phone = Телефон принимающей стороны

# Above the last line: the documents that go with the form.
az-form-attachments = Прилагается: копия паспорта (иного документа для пересечения границы), включая страницу с визой и страницу с последней отметкой о въезде.

# Line: the last day to file the form, as tirkeu counted it.
az-form-due = Последний день подачи (расчёт tirkeu)

# Line: the date the form is signed (left empty).
az-form-filled-on = Дата

# Line: the signature (left empty).
az-form-signature = Подпись принимающей стороны или иностранца

# Title of the continuation sheet, after "Sheet n of m.".
az-form-cont-title = Продолжение заявления-анкеты

# Under the continuation sheet's title: what it holds.
az-form-cont-sub = Поля, не поместившиеся на листе 1, полностью. На листе 1 они отмечены своим номером в квадратных скобках.

# On sheet 1, above the footer, when some fields are continued.
az-form-cont-note = Поля с пометкой [1], [2] … полностью приведены на листе продолжения.

# Sheet number in footers and on the continuation sheet. $n: this sheet; $m: the number of sheets.
az-form-sheet = Лист { $n } из { $m }

# After a field of a repeated item on the continuation sheet: which item. $n: 1, 2, …
az-form-item = № { $n }

# On the continuation sheet, before the foreigner's name, so the sheets can be matched.
az-form-foreigner = Иностранец

# Footer, followed by the date the rules were checked (DD.MM.YYYY) and a full stop.
az-form-footer = Подготовлено tirkeu; правила проверены

# Footer, last sentence.
az-form-not-advice = Справка, а не юридическая консультация.
