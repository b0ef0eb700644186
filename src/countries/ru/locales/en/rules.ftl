### Russia's rule data: obligations, channels, documents, penalties, exemptions, stays and notes.
### IDs come from the rule's id and field. Source titles are citations and stay in their own
### language (not here).

# Stay note when no visa-free regime is known for the citizenship; follows "Citizens of X:".
ru-no-allowance = tirkeu's data lists no visa-free regime in Russia for this citizenship on this date. That does not mean a visa is required: tirkeu knows the CIS agreements and the temporary regime for citizens of China (entries from 1 December 2025 to 14 September 2026) only, not Russia's other visa-free agreements. Check with a Russian consulate; if you hold a visa, choose its type.

# Stay note when the citizen of China travels on a diplomatic or service passport (outside the 2025 decree); follows "Citizens of X:".
ru-no-allowance-cn-official = the temporary visa-free regime for citizens of China (Presidential Decree No. 872 of 1 December 2025) is for an ordinary passport of the People's Republic of China only. Diplomatic and service passports have their own agreement (Russia–China, 22 March 2013: diplomatic passports without a visa, service passports without a visa for up to 30 days, as reported), which tirkeu does not count. Check with your mission or a Russian consulate; if you hold a visa, choose its type.

# Stay note for a citizen of China entering after the 2025 decree's last day (no extension known); follows "Citizens of X:".
ru-no-allowance-cn-ended = tirkeu's data lists no visa-free regime in Russia for this citizenship on this date. The temporary visa-free regime of Presidential Decree No. 872 of 1 December 2025 allowed entries until 14 September 2026 inclusive, and tirkeu knows of no extension. That does not mean a visa is required: check with a Russian consulate whether the regime was extended; if you hold a visa, choose its type.

# Stay note for a person holding a visa.
ru-visa-bounds-stay = With a visa, the stay is bounded by the visa's validity (Federal Law No. 115-FZ Art. 5), which the scenario does not describe: check the visa itself. The notification of arrival is still needed.

# Stay note for a person holding a residence permit valid on the day of entry.
ru-permit-bounds-stay = With a residence permit, the stay is bounded by the permit's validity: its last day is the last lawful day. A permit holder is registered at the place of residence; a stay elsewhere still needs a notification of arrival.

# The disclaimer under every answer.
ru-disclaimer = tirkeu informs; it is not legal advice. The rules were checked against the sources cited on the date given; where a source is weak, that is said next to it. Bills are shown as bills, never applied. The Ministry of Internal Affairs has the final word.

# The fine unit's short name; Russia's fines are set in roubles.
ru-fine-unit = rouble

# Who must act, on an obligation card, when the party is the host.
ru-receiving-party-host = The receiving party: the person who provides the flat or house where the foreigner actually lives — the owner, or the tenant with the owner's consent (Federal Law No. 109-FZ Art. 2, since 8 July 2018). A visitor staying temporarily cannot be a host. The foreigner files himself when he owns the premises, when the host consents in writing or on Gosuslugi (since 26 October 2023), or when the host cannot for documented reasons.

# Who must act, on an obligation card, when the party is the hotel.
ru-receiving-party-hotel = The hotel, hostel, sanatorium, camp site or other place of accommodation: it files through its own channel; ask at reception for the tear-off part or the confirmation.

# Who must act, on an obligation card, when the party is the organization.
ru-receiving-party-organization = The organisation that provides the premises (an employer's housing, a university's dormitory), as the receiving party.

# Who must act, on an obligation card, when the party is the foreigner.
ru-receiving-party-foreigner = The foreigner personally.

# Title of the obligation card (rules ru-host-notification-*).
ru-notification-title = Notify the migration authority of the arrival at the place of stay

# Title of the obligation card (rules ru-host-notification-move, -hotel-move).
ru-notification-move-title = Notify the arrival at the new place of stay

# What the obligation is (rule ru-host-notification-housing).
ru-notification-what = The receiving party sends the notification of the foreigner's arrival at the place of stay within 7 working days of the arrival (Federal Law No. 109-FZ Art. 20), by post, at a public services centre (MFC), at the Ministry of Internal Affairs' migration unit, or on Gosuslugi. The foreigner shows his passport and migration card and receives the tear-off part. Only a stay that goes on past the deadline needs it; tirkeu counts from the day of entry, which is the same as or earlier than the arrival at the address.

# What the obligation is (rule ru-host-notification-move).
ru-notification-move-what = Each new place of stay needs a new notification, by its receiving party, within 7 working days of the arrival there (109-FZ Arts. 20, 22); the previous registration ends.

# What the obligation is (rules ru-host-notification-hotel, -hotel-move).
ru-notification-hotel-what = Hotels and the other places Art. 20 lists (sanatoriums, rest homes, camp sites, hospitals and others) notify every foreign guest's arrival within the first working day after it, even for a stay of a few hours; a citizenship exemption does not relieve them. The hotel's registration covers the stay at that hotel only.

# What the obligation is (rule ru-host-notification-exempt-30).
ru-notification-exempt-30-what = Citizens of Kazakhstan, Armenia (from 9 March 2015), Kyrgyzstan (from 12 August 2015) and, before 2016, Belarus need no notification for 30 days from the date of entry. For a longer stay, the receiving party notifies by the 30th day, the day of entry counted as day 1.

# What the obligation is (rule ru-host-notification-exempt-15).
ru-notification-exempt-15-what = Citizens of Tajikistan and, from 4 June 2022, Uzbekistan need no notification for 15 days from the date of entry. For a longer stay, the receiving party notifies by the 15th day, the day of entry counted as day 1.

# What the obligation is (rule ru-host-notification-exempt-90).
ru-notification-exempt-90-what = Citizens of Belarus (from 2016; the day the 2015 protocol took effect was not found) and, until 30 June 2022, Ukraine need no notification for 90 days from the date of entry. For a longer stay, the receiving party notifies by the 90th day, the day of entry counted as day 1.

# The fee (rules ru-host-notification-*).
ru-notification-fee = No state duty. By post, the letter with declared value costs the postal fee (118 roubles under Decree No. 10 of 2007, plus the envelope; whether the amount changed since was not found).

# What the person holds once it is done.
ru-notification-result = the tear-off part of the notification form with the stamp of the migration unit, the public services centre or the post office (on Gosuslugi: an electronic confirmation), kept until departure; the registration runs for the declared period at that address

# A document to bring.
ru-notification-document-1 = The notification form, filled in in Russian block capitals (two copies by post)

# A document to bring.
ru-notification-document-2 = Copies of the foreigner's passport and migration card (and visa, if any)

# A document to bring.
ru-notification-document-3 = A copy of the host's identity document

# A document to bring.
ru-notification-document-4 = When the foreigner files himself: the host's written consent, the lease, or the proof of ownership

# A document to bring.
ru-hotel-document-1 = The passport, the migration card and the visa, if any, at check-in

# How the deadline is counted, first line of the counting steps (working days).
ru-working-convention = Russia counts "from the day of arrival" from the day after it (Civil Code Art. 191 by analogy): day 1 is the first working day after the arrival. Weekends, public holidays and days off moved by the Government's decree are skipped; a Saturday made a working day counts. Regional holidays do not change the count, but offices there may be closed.

# How the deadline is counted, first line of the counting steps (exemptions).
ru-exempt-convention = A treaty's "N days from the date of entry" counts the day of entry as day 1; the last exempt day, entry + N − 1, is the day by which the notification is due when the stay goes beyond it.

# The other reading of an exemption's deadline.
ru-exempt-reading = the Civil Code's reading: counted from the day after entry, and a non-working last day moved to the next working day

# Title of the obligation card (rule ru-hotel-departure).
ru-departure-title = Notify the guest's departure

# What the obligation is (rule ru-hotel-departure).
ru-departure-what = A hotel notifies the departure of a foreign guest not later than 12:00 of the day after it (Government Decree No. 9; Federal Law No. 257-FZ of 2018: the registration ends on departure). A private host has no such duty.

# How the deadline is counted, first line of the counting steps (departure).
ru-departure-convention = The day after the departure, by 12:00, whatever the day is; tirkeu counts civil dates only and says the hour in words.

# The other reading of the departure notice.
ru-departure-reading = within one working day after check-out, as a 2025 report says

# Penalty: the articles.
ru-departure-penalty-article = Code of Administrative Offences, Art. 18.9(4) and (5)

# Penalty: the offence.
ru-departure-penalty-offence = not notifying a guest's departure in time

# Title of the obligation card (rule ru-migration-card).
ru-migration-card-title = Fill in the migration card at the border

# What the obligation is (rule ru-migration-card).
ru-migration-card-what = A migration card is filled in on entry (electronically at some checkpoints), stamped by the border guard and kept until departure; the notification needs it. Citizens of Belarus have none.

# How the deadline is counted, first line of the counting steps (migration card).
ru-migration-card-convention = At the border, on the day of entry.

# What the person holds once it is done.
ru-migration-card-result = the migration card with the border stamp, kept until departure

# A document to bring.
ru-migration-card-document-1 = The passport

# A channel's name.
ru-channel-mvd-name = The migration unit of the Ministry of Internal Affairs (in person)

# A channel's name.
ru-channel-mfc-name = A public services centre (MFC, "My Documents")

# A channel's name.
ru-channel-post-name = Russian Post: a letter with declared value and a list of contents

# A channel's name.
ru-channel-gosuslugi-name = Gosuslugi: "Registration of foreign citizens at the place of stay", from the host's account

# A channel's name.
ru-channel-gosuslugi-self-name = Gosuslugi, from the foreigner's own account, with the owner's consent given in the owner's account (since 26 October 2023)

# A channel's name.
ru-channel-hotel-name = The hotel's own electronic channel

# A channel's name.
ru-channel-border-name = The border checkpoint

# What a channel needs.
ru-channel-paper-needs = The filled form, the documents' originals and copies; the foreigner need not come when the host files

# What a channel needs.
ru-channel-post-needs = Two copies of the form, the copies of the documents, the postal fee

# What a channel needs.
ru-channel-gosuslugi-needs = A confirmed Gosuslugi account of the receiving party

# What a channel needs.
ru-channel-gosuslugi-self-needs = The foreigner's confirmed Gosuslugi account, and the owner's (a citizen of Russia) consent confirmed on Gosuslugi

# What a channel needs.
ru-channel-hotel-needs = The guest's passport and migration card at check-in

# What a channel needs.
ru-channel-border-needs = The passport; the card is handed out or filled in electronically

# How long a channel takes.
ru-channel-stamped-processing = The tear-off part is stamped on the spot, when the form is accepted

# How long a channel takes.
ru-channel-post-processing = The post office stamps the tear-off part on acceptance: it is the receipt

# How long a channel takes.
ru-channel-gosuslugi-processing = Electronic; the confirmation arrives in the account

# How long a channel takes.
ru-channel-hotel-processing = The hotel files it; ask for the confirmation

# How long a channel takes.
ru-channel-border-processing = Immediately, at passport control

# Penalty: the articles.
ru-host-penalty-article = Code of Administrative Offences, Arts. 18.9(4)–(5) and 18.8(1), (3)

# Penalty: the offence.
ru-host-penalty-offence = no notification of arrival in time

# Penalty line: who is fined.
ru-penalty-citizen = the host, a private person (18.9(4))

# Penalty line: who is fined.
ru-penalty-official = officials of the hotel or organisation (18.9(4))

# Penalty line: who is fined.
ru-penalty-entity = the hotel or organisation as a legal entity, per foreigner (18.9(4))

# Penalty line: who is fined.
ru-penalty-foreigner = the foreigner, with or without expulsion (18.8(1))

# Penalty line: who is fined.
ru-penalty-citizen-capitals = in Moscow, St Petersburg and the Moscow and Leningrad regions: the host (18.9(5))

# Penalty line: who is fined.
ru-penalty-official-capitals = in Moscow, St Petersburg and their regions: officials (18.9(5))

# Penalty line: who is fined.
ru-penalty-entity-capitals = in Moscow, St Petersburg and their regions: the legal entity (18.9(5))

# Penalty line: who is fined.
ru-penalty-foreigner-capitals = in Moscow, St Petersburg and their regions: the foreigner, with expulsion (18.8(3))

# Penalty: a note under the lines.
ru-host-penalty-note = The higher amounts of Moscow, St Petersburg and their regions were taken from secondary notes, not re-read in the Code. Bills to raise the fines (hotels: first reading 21 January 2026; foreigners: 25,000–50,000 roubles) are not law and are not applied.

# Penalty: the articles.
ru-overstay-penalty-article = Code of Administrative Offences, Art. 18.8(1.1) and (3.1)

# Penalty: the offence.
ru-overstay-penalty-offence = staying after the allowed period ended

# Penalty: a note under the lines.
ru-overstay-penalty-note = With administrative expulsion and an entry ban. Since 5 February 2025 the person is also entered in the register of controlled persons.

# An exemption's reason.
ru-exempt-30-reason = Citizens of Kazakhstan, Armenia, Kyrgyzstan (and of Belarus before 2016) need no notification for a stay of up to 30 days from the date of entry (bilateral agreements; EAEU Treaty Art. 97).

# An exemption's reason.
ru-exempt-15-reason = Citizens of Tajikistan and (from 4 June 2022) Uzbekistan need no notification for a stay of up to 15 days from the date of entry.

# An exemption's reason.
ru-exempt-90-reason = Citizens of Belarus (from 2016) and of Ukraine (until 30 June 2022) need no notification for a stay of up to 90 days from the date of entry.

# An exemption's reason.
ru-exempt-diplomatic-reason = Members of diplomatic missions and consular posts and their families are registered through the Ministry of Foreign Affairs, not by a notification (the passport or visa shows a diplomatic status; check with the mission).

# Stay note of an allowance.
ru-allowance-2014-note = Without a visa: up to 90 days in any 180 (Federal Law No. 115-FZ Art. 5, 2014–2024), and 90 days at most per stay.

# Stay note of an allowance.
ru-allowance-2025-note = Without a visa: from 1 January 2025, up to 90 days in total in each calendar year and 90 days at most in a row (Federal Law No. 260-FZ). The days of entry and exit count; a stay across 31 December starts a new year's count on 1 January.

# Stay note of an allowance.
ru-allowance-by-note = Citizens of Belarus: no limit on the length of a stay (the Union State's agreements); a notification is needed after 90 days.

# Stay note of an allowance.
ru-allowance-cn-2025-note = Without a visa, on an ordinary passport of the People's Republic of China (Presidential Decree No. 872 of 1 December 2025): for entries from 1 December 2025 to 14 September 2026 inclusive, at most 30 days per stay, for a guest or business visit, tourism, scientific, cultural, socio-political, economic or sports events, or transit; and, as for every foreigner who arrived without a visa, at most 90 days in total in each calendar year (Federal Law No. 115-FZ Art. 5). Not for entering to work (journalism included), to study or to live in Russia, nor for drivers and crews of international road transport: they need a visa. Not for diplomatic or service passports (their own agreement). The decree does not say whether a stay begun before 14 September 2026 may go on after it: the last lawful day shown here is the 30th day of the stay, but the safe reading is to leave by 14 September 2026.

# Stay note of the e-visa.
ru-e-visa-2023-note = The unified electronic visa: single entry, a stay of up to 16 days, valid 60 days (1 August 2023 – 22 August 2025).

# Stay note of the e-visa.
ru-e-visa-2025-note = The unified electronic visa: single entry, a stay of up to 30 days, valid 120 days (from 23 August 2025).

# A warning on an overstay (from 5 February 2025); $last the last lawful day.
ru-note-controlled-persons = After { $last } the person is entered in the register of controlled persons (from 5 February 2025): no change of address or leaving the region without the Ministry of Internal Affairs' permission, limited bank operations, and expulsion by the Ministry without a court. Leave by the last lawful day or regularise the stay before it.

# A warning: RuID.
ru-note-ruid = RuID, the pre-arrival application and digital profile, is an entry formality, not a registration: it never changes a notification deadline. Voluntary since 30 June 2025; a draft would make it mandatory for visa-free entry to work or study from 1 July 2026 (not seen adopted).

# A warning for entries in 2020–2021.
ru-note-covid = From 15 March 2020 the migration deadlines of foreigners in Russia were suspended by Presidential Decree No. 274 and its extensions; when the suspension ended was not researched. The deadlines shown are those of the law without the suspension.

# A warning for entries in the 2018 World Cup period.
ru-note-world-cup = From 25 May to 25 July 2018 the eleven World Cup host cities had a special regime: registration within 3 days, for everyone. tirkeu does not know the city; the deadlines shown are the general ones.

# A warning for a citizen of an exempt state who moves.
ru-note-exempt-move = The exemption counts from the day of entry and does not start again at a move: if the stay goes beyond its last day, the receiving party of the address where the person is on that day notifies by it (practice; no source says so for a move).

# A note: the foreigner's own filing.
ru-note-self-filing = The foreigner may file the notification himself when he owns the premises, when the host consents in writing, when the host cannot for documented reasons, or — since 26 October 2023 — on Gosuslugi with the owner's consent given there (Federal Law No. 156-FZ).

# A region's name, in a regional day-off warning ("a day off in …").
ru-region-ta = Tatarstan

# A region's name, in a regional day-off warning ("a day off in …").
ru-region-ba = Bashkortostan

# A regional day off's name.
ru-regional-uraza = Uraza Bayram

# A regional day off's name.
ru-regional-kurban = Kurban Bayram

# A regional day off's name.
ru-regional-ta-republic = Republic Day of Tatarstan

# A regional day off's name.
ru-regional-ta-constitution = Constitution Day of Tatarstan

# A regional day off's name.
ru-regional-ba-republic = Republic Day of Bashkortostan
