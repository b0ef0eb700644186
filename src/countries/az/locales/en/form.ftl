### Azerbaijan's application for registration at the place of stay (src/countries/az/form.rs):
### the renderings of its Azerbaijani labels in English, printed under each label when the page is in this language.

# The annex heading above the title: the act the form is an annex to.
az-form-annex = Annex 6 to the Regulation on applying the Law of the Republic of Azerbaijan "On registration at the place of residence and the place of stay"

# The form's title (the official one ends with the word "APPLICATION FORM" in capitals).
az-form-title = Application form on the registration of a foreigner or stateless person at the place of stay

# The request line under the title, before item 1 (ends with a colon, as on the form).
az-form-request = Taking into account the information below, I ask that the foreigner or stateless person be registered at the place of stay:

# The framed notice under the title: which parts come from the official form, which do not, and how the form is filed.
az-form-notice = Not the official form. The heading, the request line and items 1.1–1.7 are taken from a published copy of Annex 6 to the Regulation (2017); the text of the later items was not found. The form is filed with a copy of the passport through the State Migration Service's e-service, at qeydiyyat@migration.gov.az, at a regional migration department or at an "ASAN xidmət" centre.

# Heading of part 1, the person to be registered (ends with a colon, as on the form).
az-form-block-foreigner = 1. Information on the foreigner or stateless person:

# Item 1.1: the person's surname.
az-form-surname = Surname

# Item 1.2: the person's given name.
az-form-given-name = Given name

# Item 1.3: the patronymic; in Azerbaijani literally "father's name".
az-form-patronymic = Patronymic (father's name)

# Item 1.4: date of birth; the brackets give the order of its parts.
az-form-birth-date = Date of birth (day, month, year)

# Item 1.5: sex (written as a word: male or female).
az-form-sex = Sex

# Item 1.6: the country the person came from.
az-form-arrived-from = Country arrived from

# Item 1.7: citizenship.
az-form-citizenship = Citizenship

# Heading of the part after item 1.7, which tirkeu reconstructed because the official items were not found.
az-form-block-other = Other information (to be completed as on the official form)

# Under that heading: what the part is and what to do with it.
az-form-other-note = From here to the signature: tirkeu's reconstruction, since the official form's items after 1.7 were not found. These lines are not the form's wording but the data that Article 21 of the Migration Code and the State Migration Service ask for; copy them into the matching items of the official form.

# Line: the type of passport (ordinary, diplomatic, service) or other border-crossing document.
az-form-passport-kind = Type of passport (border-crossing document)

# Line: the passport's series and number.
az-form-passport-number = Series and number

# Line: the date of arrival in Azerbaijan.
az-form-entry-date = Date of arrival in the Republic of Azerbaijan

# Line: the visa (its kind), or visa-free entry.
az-form-visa-kind = Visa

# Line: the visa's number.
az-form-visa-number = Visa number

# Line: the last day the visa is valid.
az-form-visa-expiry = Visa valid until

# Line: the address where the person stays.
az-form-address = Address of the place of stay

# Line: the first day of the stay.
az-form-stay-from = Period of stay: from

# Line: the last day of the stay.
az-form-stay-until = Period of stay: until

# Line: the receiving party (the host or the hotel, organisation) — a person's name or an organisation's.
az-form-host-name = Receiving party: surname and name, or name of the organisation

# Line: the receiving party's identification: a person's PIN (FİN) or identity card, an organisation's tax number (VÖEN); keep the Azerbaijani abbreviations.
az-form-host-id = Receiving party's PIN (FİN), identity card or tax number (VÖEN)

# Line: the receiving party's address.
az-form-host-address = Receiving party's address

# Line: the receiving party's phone number.
az-form-host-phone = Receiving party's phone

# Above the last line: the documents that go with the form.
az-form-attachments = Attached: a copy of the passport (or other border-crossing document), including the visa page and the page with the last entry stamp.

# Line: the last day to file the form, as tirkeu counted it.
az-form-due = Last day to file (tirkeu's count)

# Line: the date the form is signed (left empty).
az-form-filled-on = Date

# Line: the signature (left empty).
az-form-signature = Signature of the receiving party or the foreigner

# Title of the continuation sheet, after "Sheet n of m.".
az-form-cont-title = Continuation of the application form

# Under the continuation sheet's title: what it holds.
az-form-cont-sub = The fields that did not fit on sheet 1, in full. On sheet 1 they are marked with their number in square brackets.

# On sheet 1, above the footer, when some fields are continued.
az-form-cont-note = Fields marked [1], [2] … are given in full on the continuation sheet.

# Sheet number in footers and on the continuation sheet. $n: this sheet; $m: the number of sheets.
az-form-sheet = Sheet { $n } of { $m }

# After a field of a repeated item on the continuation sheet: which item. $n: 1, 2, …
az-form-item = no. { $n }

# On the continuation sheet, before the foreigner's name, so the sheets can be matched.
az-form-foreigner = Foreigner

# Footer, followed by the date the rules were checked (DD.MM.YYYY) and a full stop.
az-form-footer = Prepared with tirkeu; rules checked on

# Footer, last sentence.
az-form-not-advice = Information, not legal advice.
