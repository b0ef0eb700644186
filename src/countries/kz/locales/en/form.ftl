### Kazakhstan's arrival notification form (src/countries/kz/form.rs): the renderings of its
### Russian labels in English, printed under each label when the page is in this language.

# The form's title.
kz-form-title = Notification of the arrival of a foreigner or stateless person

# Under the title: who files the form, and with whom.
kz-form-subtitle = filed by the receiving party with the internal affairs (migration) authority

# The framed notice under the title: this sheet is not the official layout.
kz-form-notice = Not the official form. The fields follow those reported for the annex to the Rules (MIA Order No. 83) and the vmp.gov.kz form; the official layout is not established. The notification itself is filed via vmp.gov.kz, egov.kz, eQonaq or at the migration service.

# Heading of block 1, the person registered.
kz-form-block-foreigner = 1. The foreigner

# Field: the foreigner's surname.
kz-form-surname = Surname

# Field: the foreigner's given name(s).
kz-form-given-names = Given name(s)

# Field: patronymic, if the passport has one.
kz-form-patronymic = Patronymic (if any)

# Field: date of birth (the foreigner's, and a child's).
kz-form-birth-date = Date of birth

# Field: sex, two tick boxes.
kz-form-sex = Sex

# Tick box of the sex field.
kz-form-male = male

# Tick box of the sex field.
kz-form-female = female

# Field: citizenship.
kz-form-citizenship = Citizenship

# Field: the passport's number.
kz-form-passport-number = Passport number

# Field: the passport's date of issue.
kz-form-passport-issued = Date of issue

# Field: the date the passport is valid until.
kz-form-passport-expiry = Valid until

# Field: the visa's number.
kz-form-visa-number = Visa number

# Field: the type of visa (or visa-free).
kz-form-visa-kind = Type of visa

# Field: the date the visa is valid until.
kz-form-visa-expiry = Visa valid until

# Heading of block 2, the entry.
kz-form-block-entry = 2. Entry

# Field: the date of entry into the country.
kz-form-entry-date = Date of entry into Kazakhstan

# Field: the border crossing point.
kz-form-checkpoint = Border checkpoint

# Field: the purpose of the visit.
kz-form-purpose = Purpose of the visit

# Heading of block 3, the stay.
kz-form-block-stay = 3. Stay

# Field: the address of temporary stay; the brackets list its parts.
kz-form-address = Address of temporary stay (region, city, street, house, flat)

# Field: first day of the stay ("stay from").
kz-form-stay-from = Stay from

# Field right after "stay from": its last day.
kz-form-stay-until = until

# Field: the kind of accommodation, three tick boxes.
kz-form-accommodation = Accommodation

# Tick box: a private home.
kz-form-acc-private = private home

# Tick box: a hotel.
kz-form-acc-hotel = hotel

# Tick box: an organisation (employer, university).
kz-form-acc-organization = organisation

# Heading of block 4, children travelling with the foreigner.
kz-form-block-children = 4. Accompanying children (if any)

# Column: a child's full name.
kz-form-child-name = Full name

# Column: a child's passport number.
kz-form-child-passport = Passport number

# Heading of block 5, the receiving party (host).
kz-form-block-host = 5. Receiving party (host)

# Field: whether the receiving party is an individual or a legal entity.
kz-form-host-kind = Receiving party is

# Tick box: an individual.
kz-form-host-person = individual

# Tick box: a legal entity.
kz-form-host-entity = legal entity

# Field: the host's full name, or the organisation's name.
kz-form-host-name = Full name / name of the organisation

# Field: the host's Kazakh identification number (IIN for a person, BIN for an organisation); keep the abbreviations your language uses for them.
kz-form-host-id = IIN / BIN

# Field: the host's phone number.
kz-form-host-phone = Phone

# Field: the person responsible, when the host is an organisation.
kz-form-host-contact = Responsible person (legal entity)

# Field: the host's address.
kz-form-host-address = Address of the receiving party

# Field: the last day to file this notification.
kz-form-due = Notify no later than

# Field: the date the form is filled in (left empty).
kz-form-filled-on = Date filled in

# Field: the host's signature (left empty).
kz-form-signature = Signature of the receiving party

# Title of the continuation sheet, after "Sheet n of m.".
kz-form-cont-title = Continuation of the notification of arrival

# Under the continuation sheet's title: what it holds.
kz-form-cont-sub = The fields that did not fit on sheet 1, in full. On sheet 1 they are marked with their number in square brackets.

# On sheet 1, above the footer, when some fields are continued.
kz-form-cont-note = Fields marked [1], [2] … are given in full on the continuation sheet.

# Sheet number in footers and on the continuation sheet. $n: this sheet; $m: the number of sheets.
kz-form-sheet = Sheet { $n } of { $m }

# After a child's field on the continuation sheet: which child. $n: 1, 2, …
kz-form-child-n = child { $n }

# On the continuation sheet, before the foreigner's name, so the sheets can be matched.
kz-form-foreigner = Foreigner

# Footer, followed by the date the rules were checked (DD.MM.YYYY) and a full stop.
kz-form-footer = Prepared with tirkeu; rules checked on

# Footer, last sentence.
kz-form-not-advice = Information, not legal advice.
