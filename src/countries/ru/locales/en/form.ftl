### Russia's notification of arrival at the place of stay (src/countries/ru/form.rs): the renderings
### of its Russian labels in English, printed under each label when the page is in this language.

# The version line above the title: the annex and order the blank belongs to, as amended by Order 628 (printed for entries from 5 Feb 2025).
ru-form-version = Annex 4 to Order No. 856 of the Ministry of Internal Affairs of Russia of 10.12.2020 (as amended by Order No. 628 of 22.10.2024)

# The version line for an entry before 5 Feb 2025: the annex and order without the amending Order 628.
ru-form-version-856 = Annex 4 to Order No. 856 of the Ministry of Internal Affairs of Russia of 10.12.2020

# The version line for an entry before Order 856 existed: the current blank is printed, and an earlier form (not established) applied then.
ru-form-version-before-856 = Annex 4 to Order No. 856 of the Ministry of Internal Affairs of Russia of 10.12.2020 (on the entry date an earlier form applied; tirkeu has not established its details)

# The form's title.
ru-form-title = Notification of the arrival of a foreign citizen or stateless person at the place of stay

# The framed notice under the title: what is official and what is tirkeu's (the layout, the labels marked *), how to fill in and print the blank, and where it is filed.
ru-form-notice = Not the official blank: the fields and their numbers of boxes follow what is known of Annex 4, the layout is tirkeu's; labels marked * are tirkeu's reading, not checked word for word on the blank. Fill in block capitals, one per box; print on both sides: pages 1–2 are sheet 1, pages 3–4 sheet 2 with the tear-off part. It is filed with the MVD's migration unit, at a public services centre (MFC), by post (two copies) or on Gosuslugi.

# Label: sex, two tick boxes.
ru-form-sex = Sex

# Tick box: male.
ru-form-male = male

# Tick box: female.
ru-form-female = female

# Label: citizenship (the form adds 'or allegiance', for subjects of a monarchy).
ru-form-citizenship = Citizenship (nationality)

# Label: date of birth.
ru-form-birth-date = Date of birth

# Heading of part 1: the person to be registered at the place of stay (sheet 1, front).
ru-form-block-person = 1. Information on the person to be registered

# Label: surname (of the person, on the form and its tear-off part, and of a receiving person).
ru-form-surname = Surname

# Label: the surname in Latin letters, as in the passport (* the wording was not checked on the blank).
ru-form-surname-latin = Surname in Latin letters*

# Label: given name(s).
ru-form-given-names = Given name(s)

# Label: the given name(s) in Latin letters, as in the passport (*: not checked on the blank).
ru-form-given-names-latin = Given name(s) in Latin letters*

# Label: patronymic, if the person has one.
ru-form-patronymic = Patronymic (if any)

# Label: the patronymic in Latin letters (*: not checked on the blank).
ru-form-patronymic-latin = Patronymic in Latin letters*

# Label: place of birth, the state.
ru-form-birth-state = Place of birth: state

# Label: place of birth, the city or other locality (the line after the state).
ru-form-birth-place = city (locality)

# Label: the identity document (a passport), its kind.
ru-form-id-kind = Identity document: type

# Label: a document's series (letters or digits before its number).
ru-form-series = series

# Label: a document's number (the form prints the sign №).
ru-form-number = No.

# Label: a document's date of issue.
ru-form-issued = date of issue

# Label: the date until which a document is valid.
ru-form-valid = valid until

# Label: for a child without a document of its own, the number of its birth registration record (*: not checked on the blank).
ru-form-birth-record = For a child without a document of its own: number of the birth registration record*

# Label: the date of that birth record and the authority that made it (*: not checked on the blank).
ru-form-birth-record-by = date of the record and name of the authority that made it*

# Label: the document that gives the right to stay or reside in Russia; four tick boxes follow.
ru-form-stay-doc = Document confirming the right to stay (reside)

# Tick box: a visa.
ru-form-stay-doc-visa = visa

# Tick box: a residence permit.
ru-form-stay-doc-residence = residence permit

# Tick box: a temporary residence permit.
ru-form-stay-doc-trp = temporary residence permit

# Tick box: a temporary residence permit for study.
ru-form-stay-doc-trp-study = temporary residence permit for study

# Label: the purpose of entry; nine tick boxes follow.
ru-form-purpose = Purpose of entry

# Tick box: purpose 'official' (service).
ru-form-purpose-official = official

# Tick box: purpose tourism.
ru-form-purpose-tourism = tourism

# Tick box: purpose business.
ru-form-purpose-business = business

# Tick box: purpose study.
ru-form-purpose-study = study

# Tick box: purpose work.
ru-form-purpose-work = work

# Tick box: a private visit.
ru-form-purpose-private = private

# Tick box: purpose transit.
ru-form-purpose-transit = transit

# Tick box: purpose humanitarian.
ru-form-purpose-humanitarian = humanitarian

# Tick box: another purpose.
ru-form-purpose-other = other

# Label: a phone number; the form prints the country code +7 before the 10 boxes.
ru-form-phone = Phone +7

# Label: profession.
ru-form-profession = Profession

# Label: the date of entry into Russia.
ru-form-entry-date = Date of entry

# Label: the end of the period of stay (tirkeu prints the last lawful day, else the planned exit).
ru-form-stay-until = Period of stay until

# Label: the migration card, its series (its number follows).
ru-form-card-series = Migration card: series

# Label: the person's legal representatives (for a child).
ru-form-representatives = Legal representatives

# Heading on sheet 1, back: the address of the previous place of stay in Russia.
ru-form-block-previous = Address of the previous place of stay in the Russian Federation

# Label beside the four rows of boxes of an address in Russia: its parts, in order (*: the form's sub-labels were not checked word for word).
ru-form-address-parts = Address: region of Russia, municipality, settlement, locality, street, house, block, building, flat*

# Heading of part 2: the place of stay.
ru-form-block-stay = 2. Place of stay

# Label: what the place of stay is; three tick boxes follow (*: tirkeu's word for them).
ru-form-premises = Place of stay*

# Tick box: residential premises (a flat, a house).
ru-form-premises-dwelling = residential premises

# Tick box: other premises.
ru-form-premises-other = other premises

# Tick box: an organisation (a hotel, an employer's premises).
ru-form-premises-organization = organisation

# Label: the document on the right to use the premises (a lease, a title): its name and details (*: not checked on the blank).
ru-form-use-document = Name and details of the document on the right to use the premises*

# Label: the premises' cadastral number.
ru-form-cadastral = Cadastral number

# Label: where the place is when it has no address.
ru-form-actual-place = Actual location

# Label: the cadastral number of the land or forest plot.
ru-form-plot-cadastral = Cadastral number of the land (forest) plot

# Heading of part 3: the receiving party (sheet 2, front).
ru-form-block-host = 3. Information on the receiving party

# Label: who the receiving party is; two tick boxes follow.
ru-form-host-kind = Receiving party

# Tick box: the receiving party is an organisation.
ru-form-host-organization = organisation

# Tick box: the receiving party is an individual.
ru-form-host-person = individual

# Label: the receiving person's home address (four rows of boxes).
ru-form-host-home = Home address

# The caption of the dashed line along which the tear-off part is cut off.
ru-form-cut = Tear-off line

# The first words of the tear-off part, before the person's data.
ru-form-confirmed = It is hereby confirmed that

# Heading of the tear-off part, which the foreigner keeps as proof once it is stamped.
ru-form-block-tear-off = TEAR-OFF PART OF THE NOTIFICATION FORM

# Label in the tear-off part: the document's validity, when limited (*: the end of the wording was not checked).
ru-form-tear-id-valid = Valid until (if the document's validity is limited)*

# The tear-off part's words before the address (the sentence begun by 'It is hereby confirmed that' and the person's data).
ru-form-notified-at = has duly notified the arrival at the place of stay at the address:

# Label in the tear-off part: the declared end of the stay.
ru-form-declared-until = Declared period of stay until

# Heading on sheet 2, back: the rest of the receiving party's data (*: tirkeu's heading).
ru-form-block-host-more = 3. Information on the receiving party (continued)*

# Label: the organisation's name (two rows of boxes).
ru-form-org-name = Name of the organisation

# Label: the taxpayer number (INN).
ru-form-inn = Taxpayer number (INN)

# Label: the organisation's actual address (four rows of boxes).
ru-form-org-address = Actual address of the organisation

# Label: the last day to send the notification, as tirkeu counted it (not a field of the blank).
ru-form-due = Send no later than (tirkeu's count)

# Label: the date of signing (*: not checked on the blank).
ru-form-signed-on = Date*

# Label: the receiving party's signature (*: not checked on the blank).
ru-form-signature = Signature of the receiving party*

# Under the heading of the tear-off part's back: whose data follow (*: the wording was not checked).
ru-form-tear-back-note = For the receiving party or, in the case under Part 3.1 of Article 22, the foreign citizen*

# Heading of the tear-off part's back (*: tirkeu's heading).
ru-form-block-tear-back = TEAR-OFF PART OF THE NOTIFICATION FORM (reverse)*

# Label: the signature of the receiving party, or of the foreigner who files himself (*: the wording was not checked).
ru-form-tear-signature = Signature of the receiving party or of the foreign citizen*

# Label: the organisation's seal, if it has one.
ru-form-seal = Seal of the organisation (if any)

# Label of the box for the mark of the MVD, the MFC or the post office that confirms the filing (*: the wording was not checked).
ru-form-mark = Mark confirming that the receiving party and the foreign citizen have done what is needed to register him at the place of stay*

# Page n of m, in the footer (the form is two sheets printed on both sides); $n is the page, $m the number of pages.
ru-form-sheet = Page { $n } of { $m }

# Title of the continuation sheet, after 'Page n of m.'.
ru-form-cont-title = Continuation of the notification of arrival

# Under that title: what the continuation sheet holds.
ru-form-cont-sub = Values that did not fit their boxes, in full. In the boxes they are marked with their number in square brackets.

# Above the footer of a page with values continued on the continuation sheet.
ru-form-cont-note = Values marked [1], [2] … are given in full on the continuation sheet.

# On the continuation sheet, before the person's name: whose form it is.
ru-form-foreigner = Foreign citizen

# An item of a list on the continuation sheet; $n is its number.
ru-form-item = No. { $n }

# The footer, followed by the date the rules were checked.
ru-form-footer = Prepared by tirkeu; rules checked

# The footer's last sentence.
ru-form-not-advice = Information, not legal advice.
