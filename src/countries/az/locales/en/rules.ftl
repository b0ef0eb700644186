### Azerbaijan's rule data: obligations, channels, documents, penalties, exemptions, stays and
### notes. IDs come from the rule's id and field. Source titles are citations and stay in their
### own language (not here).

# Stay note when no visa-free regime is known for the citizenship; follows "Citizens of X:".
az-no-allowance = no visa-free entry to Azerbaijan is known for this citizenship on this date: a visa is needed — the ASAN e-visa (30 days, single entry) or a consular visa. If you hold one, choose its type.

# Stay note for a person holding a visa.
az-visa-bounds-stay = With a visa, the stay is bounded by the period of stay in the visa (Migration Code Art. 20.2), which the scenario does not describe: check the visa itself. Registration covers the same period (Art. 21.5.1).

# Stay note for a person holding a residence permit valid on the day of entry.
az-permit-bounds-stay = With a residence permit, the stay is bounded by the permit's validity: its last day is the last lawful day, and the card lets the holder leave and return without a visa while it is valid (Migration Code Arts. 44.3, 52.3).

# The disclaimer under every answer.
az-disclaimer = tirkeu informs; it is not legal advice. The rules were checked against the sources cited on the date given; where a source is weak, that is said next to it. The State Migration Service has the final word.

# The fine unit's short name; Azerbaijan's fines are set in manats.
az-fine-unit = manat

# Who must act, on an obligation card, when the party is the host.
az-receiving-party-host = The receiving party: the owner of the flat or house where the foreigner stays (Migration Code Art. 21.2) — or the foreigner, who may file himself (Art. 21.3).

# Who must act, on an obligation card, when the party is the hotel.
az-receiving-party-hotel = The management of the hotel, guest house, sanatorium, hostel or other place of stay (Art. 21.2); ask at reception whether it has registered you.

# Who must act, on an obligation card, when the party is the organization.
az-receiving-party-organization = The organisation that provides the accommodation, as the receiving party (Art. 21.2), or the foreigner himself (Art. 21.3).

# Who must act, on an obligation card, when the party is the foreigner.
az-receiving-party-foreigner = The foreigner personally.

# Title of the obligation card (rules az-registration-2014, -2018, -kz-2021).
az-registration-title = Register at the place of stay

# What the obligation is (rule az-registration-2018).
az-registration-what = A foreigner staying in Azerbaijan longer than 15 days is registered at the place of stay within 15 days of arrival in the country: the hotel's management or the owner of the dwelling files the application form and a passport copy with the State Migration Service, online, by e-mail or in person; the foreigner may file it himself (Migration Code Art. 21.1–21.3). It is free. Nothing is issued: the person is entered in the Unified Migration Information System, and the applicant is told within 1 working day.

# What the obligation is (rule az-registration-2014).
az-registration-10-what = From 6 November 2014 to 13 July 2018 a foreigner staying longer than 10 days was registered at the place of stay within 10 days of arrival, by the receiving party or himself (Migration Code Art. 21 as then in force). Free of charge.

# What the obligation is (rule az-registration-kz-2021).
az-registration-kz-what = Citizens of Kazakhstan staying longer than 30 days are registered at the place of stay within 30 days of arrival (the 2019 protocol to the Azerbaijan–Kazakhstan agreement, announced by the State Migration Service on 26 August 2021). The hotel's management or the owner of the dwelling files it, or the foreigner himself; free.

# What the person holds once registered (rules az-registration-*, az-re-registration-2019).
az-registration-result = no card or certificate: an entry in the Unified Migration Information System for the visa's period of stay or 90 days (Art. 21.4–21.5); the applicant is informed within 1 working day

# How the deadline is counted, first line of the counting steps (registration).
az-calendar-convention = Azerbaijan counts a period from the day after the event (Civil Code Art. 368): the day of arrival is not counted, the next day is day 1, and every calendar day counts. The Migration Code does not move a last day that falls on a non-working day, and filing works online and by e-mail on any day, so tirkeu keeps that day; if it is non-working, the other reading (the next working day) is shown below it.

# The other reading of the registration deadline.
az-roll-forward-reading = if the last day is a non-working day, the next working day (Civil Code Art. 370.2 by analogy)

# Title of the obligation card (rule az-re-registration-2019).
az-re-registration-title = Register again at the new address

# What the obligation is (rule az-re-registration-2019).
az-re-registration-what = After a change of place of stay the foreigner is registered at the new address within 5 working days of arriving there, in the same way as the first registration (Migration Code Art. 21.9, from 24 July 2019). Not needed when the new dwelling belongs to the same owner as the one where the foreigner is registered. Free.

# How the deadline is counted, first line of the counting steps (working days).
az-working-convention = The day of the event is not counted; day 1 is the first working day after it (Civil Code Art. 368). Weekends, public holidays, days off moved under the Labour Code (Art. 105) or by the Cabinet of Ministers and voting days are skipped; a Saturday or Sunday made a working day by the Cabinet counts.

# How a deadline counted back from a day is read, first line of the counting steps.
az-back-convention = "At least N days before" the end: the last day is counted as day 1, and the due date is the day before day N, so that N full days remain. Apply earlier if you can: an accepted application lets the person stay while it is considered (Migration Code Art. 20.2).

# A document to bring, in the obligation card's list.
az-registration-document-1 = The application form for registration at the place of stay (Annex 6; tirkeu prints it filled in)

# A document to bring, in the obligation card's list.
az-registration-document-2 = A copy of the passport, with the page of the visa (if any) and the page with the last entry stamp

# A channel's name.
az-channel-eservice-name = State Migration Service e-service "Registration at the place of stay"

# A channel's name.
az-channel-email-name = E-mail to the State Migration Service (qeydiyyat@migration.gov.az)

# A channel's name.
az-channel-regional-name = A regional migration department of the State Migration Service (in Baku: the Baku City department)

# A channel's name.
az-channel-asan-name = An ASAN service centre

# A channel's name.
az-channel-hotel-name = The hotel files it itself, as the receiving party

# What a channel needs.
az-channel-scan-needs = The filled form and a scan of the passport (the visa page and the last entry stamp)

# What a channel needs.
az-channel-in-person-needs = The filled form and a passport copy; the host brings an identity document

# What a channel needs.
az-channel-hotel-needs = Your passport at check-in

# How long a channel takes.
az-channel-processing = Entered in the system at once; the applicant is informed within 1 working day (Art. 21.4)

# Penalty: the articles.
az-registration-penalty-article = Code of Administrative Offences, Arts. 577, 575.3 and 575.1.1

# Penalty: the offence.
az-registration-penalty-offence = no registration at the place of stay in time

# Penalty: the articles.
az-re-registration-penalty-article = Code of Administrative Offences, Arts. 577, 575.3 and 575.1.5

# Penalty: the offence.
az-re-registration-penalty-offence = not registering at the new place of stay after a move

# Penalty line: who is fined.
az-penalty-host = the host who gave housing (Art. 577)

# Penalty line: who is fined.
az-penalty-official = officials of the hotel or organisation (Art. 575.3)

# Penalty line: who is fined.
az-penalty-entity = the hotel or organisation as a legal entity (Art. 575.3)

# Penalty line: who is fined.
az-penalty-foreigner = the foreigner (Art. 575.1)

# Penalty: a note under the lines.
az-penalty-note = The foreigner's fine may come with administrative expulsion. An unpaid fine for breaking the rules of stay bars entry until it is paid (Migration Code Arts. 16.1.8, 16.4). Amounts of the Code in force since 1 March 2016.

# Penalty: the articles.
az-overstay-penalty-article = Code of Administrative Offences, Art. 575.1.6

# Penalty: the offence.
az-overstay-penalty-offence = staying after the allowed period ended

# Penalty: a note under the lines.
az-overstay-penalty-note = With or without administrative expulsion, which carries a ban on entry; an unpaid fine bars entry until paid (Migration Code Art. 16.1.8).

# Title of the obligation card (rule az-trp).
az-trp-title = Apply for a temporary residence permit

# What the obligation is (rule az-trp).
az-trp-what = To stay beyond the allowed period, a foreigner with a ground of Migration Code Art. 45.1 (close relative of a citizen, work permit, studies, investment of at least 500,000 manats, real estate or a deposit of at least 100,000 manats, and others) applies for a temporary residence permit at least 30 days before the stay ends (Art. 47.1). Decided in 15 or 20 working days, by the fee paid (Art. 47.5). Without a permit, an extension or an accepted application, the person must leave by the last lawful day.

# The fee (rules az-trp, az-trp-renewal).
az-trp-fee = State fee by validity and speed: for 1 year, 160 manats in 15 working days or 120 in 20 (3 months 40/30, 2 years 320/240, 3 years 480/360); minors and full-time students pay less. Paid before the card is issued.

# What the person holds once it is done (rules az-trp, az-trp-renewal).
az-trp-result = a temporary residence permit card, valid up to 1 year (extensions up to 2; investors up to 3), which also certifies registration at the place of residence

# The other reading of the permit deadline.
az-trp-reading = if "30 days remaining" includes the day of application, one day later

# A document to bring.
az-trp-document-1 = The application form and a passport copy; the passport valid at least 3 months beyond the permit's end

# A document to bring.
az-trp-document-2 = Notarised proof of the ground (and, for relatives or family members, their notarised consent)

# A document to bring.
az-trp-document-3 = A medical certificate of not carrying the infectious diseases on the Cabinet's list (not health insurance)

# A document to bring.
az-trp-document-4 = Two photos 3.5 × 4.5 cm and the document of the dwelling, with the application and ID copy of the person who provides it

# A document to bring.
az-trp-document-5 = Fingerprints are taken from applicants aged 15 and over (Art. 46.3)

# Title of the obligation card (rule az-stay-extension).
az-extension-title = Ask for an extension of the stay (on the grounds of Art. 40)

# What the obligation is (rule az-stay-extension).
az-extension-what = Only on the grounds of Migration Code Art. 40 — urgent medical treatment, a close relative in Azerbaijan gravely ill or dead, the inviting body's official need, a forced stop in transit, or a family member's extended stay — the stay can be extended up to 60 days; apply at least 3 working days before it ends (Art. 42.4). Decided in 1 or 3 working days, by the fee.

# The fee (rule az-stay-extension).
az-extension-fee = State fee: 50 manats (up to 30 days) or 100 (up to 60) in 1 working day; 30 or 60 in 3 working days; minors 30/60 and 15/30.

# What the person holds once it is done (rule az-stay-extension).
az-extension-result = a decision on the extension, the document giving the right to stay (Art. 39.2)

# A document to bring.
az-extension-document-1 = The application form and a passport copy

# A document to bring.
az-extension-document-2 = Proof of the ground, two photos 3.5 × 4.5 cm

# A document to bring.
az-extension-document-3 = The document of the dwelling, with the application and ID copy of the person who provides it

# Title of the obligation card (rule az-trp-renewal).
az-trp-renewal-title = Apply to extend the temporary residence permit

# What the obligation is (rule az-trp-renewal).
az-trp-renewal-what = A holder of a temporary residence permit who wants to stay on applies for its extension at least 30 days before it ends (Migration Code Art. 47.1); each extension is for up to 2 years (Art. 49.1).

# Title of the obligation card (rule az-prp).
az-prp-title = Apply for a permanent residence permit

# What the obligation is (rule az-prp).
az-prp-what = After 2 years of continuous temporary residence on the grounds of Art. 45.1.1–45.1.7 (not more than 90 days abroad in any 180), a foreigner with a ground of Art. 52.1 (a close relative who is a citizen; investment of at least 500,000 manats; real estate or a deposit of at least 200,000 manats; and others) may apply for a permanent residence permit at least 3 months before the temporary permit ends (Art. 54.1). A language and rights test applies, except to minors, people over 65 and the severely disabled.

# Title of the obligation card (rule az-prp-renewal).
az-prp-renewal-title = Apply to extend the permanent residence permit

# What the obligation is (rule az-prp-renewal).
az-prp-renewal-what = A permanent residence permit is valid 5 years; apply for its extension, for another 5, at least 3 months before it ends (Migration Code Art. 54.12).

# The fee (rules az-prp, az-prp-renewal).
az-prp-fee = A state fee by processing time; the amount for adults since 2019 was not found (minors: 150 manats).

# What the person holds once it is done (rules az-prp, az-prp-renewal).
az-prp-result = a permanent residence permit card, valid 5 years, which also certifies registration at the place of residence

# A document to bring.
az-prp-document-1 = The application form, a passport copy and a family-composition certificate

# A document to bring.
az-prp-document-2 = Proof of 2 years' temporary residence and of the Art. 52.1 ground (notarised where required)

# A document to bring.
az-prp-document-3 = A medical certificate of not carrying the listed infectious diseases

# Title of the obligation card (rule az-permit-data-change).
az-data-change-title = Report the changed data or the lost card

# What the obligation is (rule az-permit-data-change).
az-data-change-what = When the data in the identity document of a permit holder change (a new passport, say) or the permit card is lost, the holder informs the State Migration Service within 10 working days and applies for the card's re-issue or cancellation (Migration Code Art. 44.5). Losing or damaging the card is fined 30 manats (Code of Administrative Offences Art. 566).

# The fee (rule az-permit-data-change).
az-data-change-fee = Re-issue of a lost card: 10 manats.

# A document to bring.
az-data-change-document-1 = The application and the new identity document (or proof of the loss)

# A document to bring.
az-data-change-document-2 = The permit card, unless lost

# An exemption's reason.
az-exempt-diplomatic-reason = Staff of diplomatic missions, consular posts and international organisations and their families are registered by the Ministry of Foreign Affairs, not at the place of stay (Migration Code Art. 22).

# An exemption's reason.
az-exempt-permit-holder-reason = A temporary or permanent residence permit card certifies registration at the place of residence (Migration Code Arts. 44.4, 52.4): no registration at the place of stay.

# An exemption's reason.
az-exempt-same-owner-reason = The new dwelling belongs to the owner of the one where the foreigner is registered: no new registration is needed (Migration Code Art. 21.9, from 17 December 2017).

# Stay note of an allowance.
az-allowance-90-note = Up to 90 days per stay without a visa (Migration Code Art. 20.1; the list of the Ministry of Foreign Affairs). The entry day is day 1.

# Stay note of an allowance.
az-allowance-ru-note = Citizens of Russia: from 1 January 2025 up to 90 days in each calendar year, the days of entry and exit counted, and up to 90 days per stay (Cabinet Decision No. 561 of 29 December 2024, as reported; its text was not read). A stay across 31 December starts a new year's count on 1 January.

# Stay note of an allowance.
az-allowance-qa-note = Citizens of Qatar: up to 30 days without a visa (the list of the Ministry of Foreign Affairs; the date it took effect was not found).

# Stay note of an allowance.
az-allowance-cn-2024-note = Citizens of China, 20 July 2024 – 15 July 2025: up to 30 days per visit, at most three visits in that year (a unilateral regime announced by the State Migration Service).

# Stay note of an allowance.
az-allowance-cn-note = Citizens of China: from 16 July 2025 up to 30 days per visit and 90 days in any 180 (the mutual visa-exemption agreement).

# Stay note of the e-visa.
az-e-visa-note = ASAN e-visa: single entry, valid 90 days, a stay of up to 30 days; a new e-visa only after leaving (Migration Code Art. 38). Issued in 3 working days for a state fee of US$20, or in 3 hours, even on a non-working day, for US$50; the portal adds a service fee (amount not confirmed).

# A warning: a stay that ends exactly on the 15th day after entry.
az-note-borderline-15 = You leave on the 15th day after the day of entry. Counted from the day after entry, as the Civil Code counts, the stay is not longer than 15 days and needs no registration; counted in days of presence, entry and exit included, it is 16. To be safe, register.

# A warning: a stay of a citizen of Kazakhstan that ends exactly on the 30th day after entry.
az-note-borderline-30 = You leave on the 30th day after the day of entry. Counted from the day after entry, the stay is not longer than 30 days and needs no registration; counted in days of presence, entry and exit included, it is 31. To be safe, register.

# A warning: a move before 24 July 2019.
az-note-re-registration-no-period = Before 24 July 2019 the Migration Code required registration at the new place of stay after a move without setting a period of its own: tirkeu gives no date for such a move.

# A warning for citizens of Kazakhstan entering in July–August 2021.
az-note-kz-30-start = The 30 days for citizens of Kazakhstan come from a protocol that took effect in July or August 2021; tirkeu applies them from 26 August 2021, the day the State Migration Service announced them. For an earlier entry the 15-day rule is shown, which may be stricter than the law then was.


# A warning for stays before 1 March 2016.
az-note-no-penalty-data = The fines of the Code of Administrative Offences in force before 1 March 2016 were not researched: no penalty is shown for deadlines before that day.

# The other reading of the extension deadline.
az-extension-reading = counting back 3 working days with the last day as day 1, the third working day itself (one working day later)
