### Kazakhstan's rule data: obligations, channels, documents, penalties, exemptions,
### allowances and notes. IDs come from the rule's id and field. Source titles are citations and
### stay in their own language (not here).

# Stay note when no visa-free regime is known for the citizenship; follows "Citizens of X:".
kz-no-allowance = tirkeu's data lists no visa-free regime for this citizenship on this date. That does not mean a visa is required: tirkeu's lists are incomplete (the decree of 25 August 2025 names 66 states with 30 days visa-free and tirkeu has identified 56; agreements it does not know may apply). Check with a Kazakh consulate or the e-visa portal before travelling; if you hold a visa, choose its type.

# Stay note for a person holding a visa.
kz-visa-bounds-stay = With a visa, the stay is bounded by the visa's validity and number of days, which the scenario does not describe: check the visa itself. The 30-days-per-entry and 90-in-180 visa-free limits do not apply to visa or permit holders.

# The disclaimer under every answer.
kz-disclaimer = tirkeu informs; it is not legal advice. The rules were checked against the sources cited on the date given; where a source is weak, that is said next to it. The migration police have the final word.

# The fine unit's short name, in penalty lines after the number of units.
kz-fine-unit = MRP

# Who must act, on an obligation card, when the party is the host.
kz-receiving-party-host = The receiving party: the citizen of Kazakhstan, or foreigner permanently resident there, who provides the accommodation (owner or tenant).

# Who must act, on an obligation card, when the party is the hotel.
kz-receiving-party-hotel = The hotel, hostel, guest house or other place of accommodation; it files through its own access to the migration system — ask at reception for the confirmation.

# Who must act, on an obligation card, when the party is the organization.
kz-receiving-party-organization = The organisation (a legal entity registered in Kazakhstan, by its BIN) that invited the foreigner or provides the accommodation.

# Who must act, on an obligation card, when the party is the foreigner.
kz-receiving-party-foreigner = The foreigner personally.

# Title of the obligation card (rule kz-host-notification-2015).
kz-host-notification-title = Notify the migration authority of the arrival

# What the obligation is, under its title (rule kz-host-notification-2015).
kz-host-notification-2015-what = Before 11 January 2020 the receiving party informed the internal affairs bodies of the foreigner's arrival within 3 working days, in addition to the registration of stays over 5 calendar days (Rules of entry and stay, Decree No. 148, para 9). Since when exactly the duty applied is not established (at the latest from MIA Order No. 83 of 2016); tirkeu shows it from 2015, where its data begins. Only the arrival is covered: whether a move needed a new notice before 2020 is not established.

# How the deadline is counted, first line of the counting steps (rule kz-host-notification-2015).
kz-working-convention = Kazakhstan counts the day of arrival (or of the move) as working day 1 when it is a working day — the Rules: "counting starts at 00:01 of the day of arrival"; practitioners: "arrived 23:50 on Friday — Friday is the first day" — otherwise day 1 is the first working day after it. Weekends, public holidays and days off moved by decree are skipped; a Saturday or Sunday made a working day by decree counts.

# A document to bring, in the obligation card's list.
kz-notification-document-1 = The foreigner's passport (its data, or a copy for a paper notice)

# A document to bring, in the obligation card's list.
kz-notification-document-2 = The Kazakhstan visa, if the foreigner has one (copy)

# A document to bring, in the obligation card's list.
kz-notification-document-3 = The address of the stay

# A document to bring, in the obligation card's list.
kz-notification-document-4 = The receiving party's details: IIN for an individual, BIN for an organisation; its EDS to file online

# A document to bring, in the obligation card's list.
kz-notification-document-5 = Children travelling with the foreigner are listed in the same notification

# Another reading of the deadline, before " — gives a later date …".
kz-notification-next-day-reading = Civil-law reading: counting starts on the day after arrival (not the reading tirkeu follows)

# The name of a way to file, in the card's list of channels.
kz-channel-vmp-name = Visa and migration portal (vmp.gov.kz)

# What the person needs to use this channel.
kz-channel-vmp-needs = the receiving party's electronic digital signature (EDS)

# How long this channel takes.
kz-channel-vmp-processing = about 15 minutes; the notice appears in the personal cabinet

# The name of a way to file, in the card's list of channels.
kz-channel-hotel-name = The hotel's own connection to the migration system

# What the person needs to use this channel.
kz-channel-hotel-needs = nothing from the guest but the passport at check-in

# How long this channel takes.
kz-channel-hotel-processing = done by the hotel

# The name of a way to file, in the card's list of channels.
kz-channel-migration-office-name = Migration service of the police, in person (written notice)

# What the person needs to use this channel.
kz-channel-migration-office-needs = the documents listed, on paper

# How long this channel takes.
kz-channel-migration-office-processing = 1 working day

# The name of a way to file, in the card's list of channels.
kz-channel-post-name = By post, to the migration service of the police

# What the person needs to use this channel.
kz-channel-post-needs = a written notice with the documents listed; post it early: whether the day of posting or the day of receipt counts for the deadline is not established, so an online channel is safer

# How long this channel takes.
kz-channel-post-processing = the time the letter takes

# The penalty's legal article, as its card heading.
kz-host-penalty-article = Administrative Code Art. 518(1)

# The offence the penalty punishes.
kz-host-penalty-offence = the receiving party informs the migration authority late or not at all

# A note under the penalty on its card.
kz-host-penalty-note = Amounts as worded in 2024; a repeat within a year is fined more (30–100 MRP in 2021 sources). Earlier editions of the article differed.

# Whom a penalty line is for (before the sanction: "<this>: a fine of …").
kz-host-penalty-tier-1 = individual

# Whom a penalty line is for (before the sanction: "<this>: a fine of …").
kz-host-penalty-tier-2 = official, small business or non-profit organisation

# Whom a penalty line is for (before the sanction: "<this>: a fine of …").
kz-host-penalty-tier-3 = medium business

# Whom a penalty line is for (before the sanction: "<this>: a fine of …").
kz-host-penalty-tier-4 = large business

# What the obligation is, under its title (rule kz-host-notification-2020).
kz-host-notification-2020-what = The receiving party informs the internal affairs (migration) bodies that the foreigner has arrived and stays at its address. Required at every entry, whatever the citizenship, age or purpose, and in addition to any visa or permit.

# The name of a way to file, in the card's list of channels.
kz-channel-egov-name = eGov portal (egov.kz)

# How long this channel takes.
kz-channel-egov-processing = about 15 minutes

# The name of a way to file, in the card's list of channels.
kz-channel-eqonaq-name = eQonaq (eqonaq.kz, web and mobile app)

# What the person needs to use this channel.
kz-channel-eqonaq-needs = an eQonaq account of the receiving party (open to the system's users: hotels and other accommodation providers); private hosts are reported to use the mobile app too, which no official or 2026 source confirms

# How long this channel takes.
kz-channel-eqonaq-processing = minutes

# Title of the obligation card (rule kz-host-notification-move-2020).
kz-host-notification-move-2020-title = Notify the migration authority of the new address

# What the obligation is, under its title (rule kz-host-notification-move-2020).
kz-host-notification-move-2020-what = On a change of address within the region, or a move to another region (a business trip included), the receiving party at the new address informs the migration bodies again.

# Title of the obligation card (rule kz-registration-2012).
kz-registration-2012-title = Register the foreigner's stay (passport registration)

# What the obligation is, under its title (rule kz-registration-2012).
kz-registration-2012-what = Before 11 January 2020 a foreigner staying more than 5 calendar days had to be registered by the internal affairs bodies, on the application of the receiving party, within 5 calendar days of crossing the border.

# How the deadline is counted, first line of the counting steps (rule kz-registration-2012).
kz-calendar-convention = Calendar days: the day of entry is day 1, so the Nth day is entry + N − 1; weekends and holidays count like any day and the date is not moved.

# A document to bring, in the obligation card's list.
kz-registration-2012-document-1 = The foreigner's passport and the migration card with the border stamp

# A document to bring, in the obligation card's list.
kz-registration-2012-document-2 = The receiving party's application and details

# A document to bring, in the obligation card's list.
kz-registration-2012-document-3 = For a stay over 6 months, as reported (the source text was not found): address sheet of arrival, statistical coupon, one 3.5 × 4.5 cm photo

# Another reading of the deadline, before " — gives a later date …".
kz-registration-2012-reading = Some texts of the Rules count the 5 days excluding weekends and holidays (5 working days)

# Title of the obligation card (rule kz-migration-card).
kz-migration-card-title = Fill in a migration card at the border

# What the obligation is, under its title (rule kz-migration-card).
kz-migration-card-what = The migration card is filled in on entry, stamped by the border service, kept during the stay and handed in on exit; its stamps also served as registration for some nationalities.

# How the deadline is counted, first line of the counting steps (rule kz-migration-card).
kz-migration-card-convention = At the border, on the day of entry.

# A document to bring, in the obligation card's list.
kz-migration-card-document-1 = The passport; the card is filled in at the border, stamped, kept, and handed in on exit

# Title of the obligation card (rule kz-trp-2020).
kz-trp-2020-title = Hold a temporary residence permit to stay beyond 30 days

# What the obligation is, under its title (rule kz-trp-2020).
kz-trp-2020-what = Citizens of Azerbaijan, Tajikistan and Uzbekistan may stay up to 30 days with the arrival notification. Staying longer needs a temporary residence permit, which they can get inside Kazakhstan on a ground the law recognises (work, study, family), before the 30th day ends.

# The fee of the obligation (rule kz-trp-2020).
kz-trp-fee = State fee and costs as set for the permit (not covered here)

# A document to bring, in the obligation card's list.
kz-trp-document-1 = Application form

# A document to bring, in the obligation card's list.
kz-trp-document-2 = Passport copy

# A document to bring, in the obligation card's list.
kz-trp-document-3 = Health insurance (not for EAEU citizens)

# A document to bring, in the obligation card's list.
kz-trp-document-4 = Notarised consent of the housing owner, if the foreigner is not the owner

# A document to bring, in the obligation card's list.
kz-trp-document-5 = Fingerprinting certificate (from 2024)

# A document to bring, in the obligation card's list.
kz-trp-document-6 = The arrival notification and the document giving the ground (work, study, family)

# The name of a way to file, in the card's list of channels.
kz-channel-con-name = Public Service Centre ("Government for Citizens") or eGov, for a temporary residence permit

# What the person needs to use this channel.
kz-channel-con-needs = an EDS or a one-time password for online filing

# How long this channel takes.
kz-channel-con-processing = 1–2 working days (practitioners)

# The penalty's legal article, as its card heading.
kz-overstay-penalty-article = Administrative Code Art. 517(3)

# The offence the penalty punishes.
kz-overstay-penalty-offence = the foreigner stays after the lawful period ends

# A note under the penalty on its card.
kz-overstay-penalty-note = Tiers as quoted in 2023; for longer overstays the sources show fines, expulsion and an entry ban of up to 5 years by a court's decision, but not the amounts in force. A foreigner who broke the 90-in-180 limit may be refused entry next time.

# Whom a penalty line is for (before the sanction: "<this>: a fine of …").
kz-overstay-penalty-tier-1 = overstay of up to 3 days

# Whom a penalty line is for (before the sanction: "<this>: a fine of …").
kz-overstay-penalty-tier-2 = overstay of more than 3 and up to 5 days

# Whom a penalty line is for (before the sanction: "<this>: a fine of …").
kz-overstay-penalty-tier-3 = overstay of more than 5 days

# A sanction known in kind but not in amount, after "<offender>: ".
kz-overstay-penalty-tier-3-sanction = a fine, possible expulsion and an entry ban; amounts not established

# Title of the obligation card (rule kz-trp-2020-90-day).
kz-trp-2020-90-day-title = Hold a temporary residence permit to stay beyond 90 days

# What the obligation is, under its title (rule kz-trp-2020-90-day).
kz-trp-2020-90-day-what = Citizens of the EAEU states (Armenia, Belarus, Kyrgyzstan, Russia) may stay up to 90 days with the arrival notification; a longer stay needs a temporary residence permit (work, study, family), which they can get inside Kazakhstan before the 90th day ends. The 90-in-180 limit is a ceiling, not an extension.

# Title of the obligation card (rule kz-registration-2026).
kz-registration-2026-title = Register yourself online (90-day regime immigrants)

# What the obligation is, under its title (rule kz-registration-2026).
kz-registration-2026-what = Since 1 July 2026 an immigrant from a state with a 90-day stay regime registers in the migration information system: enters name, birth date, passport, the accommodation provider and the address; the provider confirms in the mobile app and a registration certificate appears in the personal cabinet. The host's 3-working-day notification still applies alongside.

# How the deadline is counted, first line of the counting steps (rule kz-registration-2026).
kz-registration-2026-convention = "Not later than the 30th calendar day from crossing the State Border": the day of crossing is day 1, so the 30th day is entry + 29; weekends and holidays are not skipped.

# What the person holds once the obligation is done (rule kz-registration-2026).
kz-registration-certificate = An electronic registration certificate in the immigrant's personal cabinet of the migration system — a certificate, not a card

# A warning on whom rule kz-registration-2026 reaches by citizenship (may follow "If …: ").
kz-registration-2026-scope-2 = For citizens of Tajikistan the 2026 self-registration is shown on the strength of a press report (Asia-Plus, November 2025) and the Kazakhstan–Tajikistan agreement of 2018 on stays of up to 90 days; the Order's own list of states was not found.

# A warning on whom rule kz-registration-2026 reaches by citizenship (may follow "If …: ").
kz-registration-2026-scope-3 = For citizens of Turkey the 2026 self-registration is tirkeu's inference, not a source's statement: it covers states with a stay regime of up to 90 days, and Turkish citizens have had 90 days in any 180 since September 2025. No source names Turkey; ask the migration service.

# A warning on whom rule kz-registration-2026 reaches by citizenship (may follow "If …: ").
kz-registration-2026-scope-4 = Whether the self-registration of immigrants introduced on 1 July 2026 (by the 30th calendar day from crossing the border, MIA Order No. 923) covers citizens of this state is not known: it covers "states with which a stay regime of up to 90 days is established", and no source lists them. tirkeu computes no deadline for it; ask the migration service, and if it applies, register by the 30th day.

# A document to bring, in the obligation card's list.
kz-registration-2026-document-1 = Surname, name, patronymic (if any), date of birth

# A document to bring, in the obligation card's list.
kz-registration-2026-document-2 = Passport data

# A document to bring, in the obligation card's list.
kz-registration-2026-document-3 = The accommodation provider's details and the temporary address; the provider confirms in the app

# Another reading of the deadline, before " — gives a later date …".
kz-registration-2026-reading = Counting from the day after the crossing, as civil law counts periods: the 30th day is entry + 30

# The name of a way to file, in the card's list of channels.
kz-channel-is-mp-name = Migration police information system (online; the accommodation provider confirms in a mobile app)

# What the person needs to use this channel.
kz-channel-is-mp-needs = passport data, the address, and the accommodation provider's confirmation

# How long this channel takes.
kz-channel-is-mp-processing = the registration certificate appears in the personal cabinet once the provider confirms

# Title of the obligation card (rule kz-re-registration-2026).
kz-re-registration-2026-title = Register again at the new address

# What the obligation is, under its title (rule kz-re-registration-2026).
kz-re-registration-2026-what = Under the 2026 Rules a registered immigrant who changes address registers again within 5 working days; the old address is deregistered automatically.

# Another reading of the deadline, before " — gives a later date …".
kz-re-registration-2026-reading = Civil-law reading: counting starts on the day after the move (not the reading tirkeu follows)

# Why the person is exempt, on the exemption line (also in "unless …" conditions).
kz-exempt-diplomatic-reason = Holders of diplomatic or service passports, or of diplomatic or service visas, are registered through the Ministry of Foreign Affairs, not the migration police.

# Why the person is exempt, on the exemption line (also in "unless …" conditions).
kz-exempt-investor-reason = Holders of investor visas (or confirmed investor status) were not registered and got no migration card.

# Why the person is exempt, on the exemption line (also in "unless …" conditions).
kz-exempt-under-16-reason = Children under 16 were not registered separately and got no migration card.

# Why the person is exempt, on the exemption line (also in "unless …" conditions).
kz-exempt-under-16-trp-reason = Children under 16 need no temporary residence permit of their own (practitioners); they are listed in the parent's notification.

# Why the person is exempt, on the exemption line (also in "unless …" conditions).
kz-exempt-crew-transit-reason = Crews of aircraft, ships and trains on duty, and transit passengers, fall under the transit rules, not registration (migration-card rules; the transit part of Order No. 83).

# Why the person is exempt, on the exemption line (also in "unless …" conditions).
kz-exempt-short-stay-2012-reason = Stays of up to 5 calendar days needed no registration before 11 January 2020.

# Why the person is exempt, on the exemption line (also in "unless …" conditions).
kz-exempt-border-registration-reason = Citizens of the unilateral visa-free list were registered on entry by the border service (two stamps on the migration card) and needed no further registration for their visa-free stay.

# Why the person is exempt, on the exemption line (also in "unless …" conditions).
kz-exempt-russia-30-days-reason = Russian citizens are exempt from registration for up to 30 days from entry (Russia–Kazakhstan agreement of 7 June 2012).

# Why the person is exempt, on the exemption line (also in "unless …" conditions).
kz-exempt-ukraine-90-days-reason = Ukrainian citizens could stay up to 90 days without registration (protocol to the Kazakhstan–Ukraine agreement of 19 May 2000).

# Why the person is exempt, on the exemption line (also in "unless …" conditions).
kz-exempt-short-stay-2020-reason = Since 11 January 2020 a stay of up to 30 calendar days needs no registration or permit (only the host's notification); the 2026 self-registration falls due on the 30th day, so a stay that ends by then needs none.

# Why the person is exempt, on the exemption line (also in "unless …" conditions).
kz-exempt-90-day-trp-reason = Citizens of 90-day regime states (the EAEU) need no permit for a stay of up to 90 days.

# Why the person is exempt, on the exemption line (also in "unless …" conditions).
kz-exempt-migration-card-visa-reason = Diplomatic, service and investor visa holders got no migration card.

# The visa-free allowance that applies, in the stay section.
kz-eaeu-90-2015-note = Citizens of the EAEU states could stay up to 90 days from each entry.

# The visa-free allowance that applies, in the stay section.
kz-eaeu-90-in-180-2023-note = Since 27 January 2023 EAEU citizens may stay up to 90 days in any 180-day period.

# The visa-free allowance that applies, in the stay section.
kz-cis-90-2015-note = A bilateral agreement allowed up to 90 days from each entry.

# The visa-free allowance that applies, in the stay section.
kz-cis-30-2015-note = Up to 30 days from each entry (MIA, 2019).

# The visa-free allowance that applies, in the stay section.
kz-uz-2015-note = Visa-free; the stay limit before 2023 is not established in tirkeu's sources, so the shorter 30 days is used.

# The visa-free allowance that applies, in the stay section.
kz-cis-30-90-2023-note = Since 27 January 2023 visa-free citizens of non-EAEU states may stay up to 30 days per entry and 90 days in any 180. For Azerbaijan, Tajikistan and Ukraine one report of the MIA says 90 days in 180 without the 30-day cap, and Georgia, Moldova and Mongolia had 90-day agreements: tirkeu uses the shorter reading; ask the migration service if you need longer.

# The visa-free allowance that applies, in the stay section.
kz-bilateral-30-2015-note = A bilateral agreement allowed up to 30 days from each entry (for Argentina one source says 30 days within a year).

# The visa-free allowance that applies, in the stay section.
kz-bilateral-30-90-2023-note = Since 27 January 2023 visa-free citizens of non-EAEU states may stay up to 30 days per entry and 90 days in any 180.

# The visa-free allowance that applies, in the stay section.
kz-kr-30-2015-note = Korea–Kazakhstan bilateral agreement: up to 30 days from each entry.

# The visa-free allowance that applies, in the stay section.
kz-kr-30-90-2023-note = Since 27 January 2023: up to 30 days per entry and 90 days in any 180.

# The visa-free allowance that applies, in the stay section.
kz-tr-30-2015-note = Turkey–Kazakhstan agreement of 1992: up to one month from each entry.

# The visa-free allowance that applies, in the stay section.
kz-tr-90-2025-note = Since September 2025 (decree of 25 August 2025; the first day used here is the latest likely one) Turkish citizens may stay up to 90 days in any 180.

# The visa-free allowance that applies, in the stay section.
kz-hk-14-2015-note = Hong Kong SAR passports: up to 14 days (MIA, 2019).

# The visa-free allowance that applies, in the stay section.
kz-hk-14-2023-note = Hong Kong SAR passports: up to 14 days per entry (MIA, 2019), and since 27 January 2023 at most 90 days in any 180.

# The visa-free allowance that applies, in the stay section.
kz-cn-in-ir-14-2022-note = Since 8 July 2022: up to 14 days per entry and 42 days in any 180.

# The visa-free allowance that applies, in the stay section.
kz-in-ir-14-2023-note = Up to 14 days per entry and 42 days in any 180 (since 8 July 2022; kept by the decree of 25 August 2025).

# The visa-free allowance that applies, in the stay section.
kz-cn-30-90-2023-note = China–Kazakhstan agreement, in force 10 November 2023: up to 30 days per entry and 90 days in any 180.

# The visa-free allowance that applies, in the stay section.
kz-pilot-15-2014-note = 15-day visa-free pilot (15 July 2014 – 15 July 2015).

# The visa-free allowance that applies, in the stay section.
kz-pilot-15-2015-note = 15-day visa-free regime from 16 July 2015 (several entries allowed); a longer stay needed a 30-day business visa from the migration police or an investor visa (up to 90 days single entry) from the Ministry of Foreign Affairs.

# The visa-free allowance that applies, in the stay section.
kz-unilateral-30-2017-note = 30-day unilateral visa-free regime from 1 January 2017; before 27 January 2023 each entry started a new 30 days.

# The visa-free allowance that applies, in the stay section.
kz-unilateral-30-2019-note = 30-day unilateral visa-free regime, extended to 12 more countries in 2019.

# The visa-free allowance that applies, in the stay section.
kz-ae-30-2021-note = The UAE were exempted from the COVID-19 suspension from May 2021.

# The visa-free allowance that applies, in the stay section.
kz-unilateral-30-2022-note = 30-day unilateral visa-free regime, resumed on 1 January 2022.

# The visa-free allowance that applies, in the stay section.
kz-visa-free-30-90-2025-note = Up to 30 days per entry and 90 days in any 180 (decree of 25 August 2025, which lists 66 states; tirkeu has identified 56 of them).

# A warning shown when its condition holds (may follow "If …: ").
kz-note-diplomatic-notification-unsettled = Holders of diplomatic or service passports or visas are accredited through the Ministry of Foreign Affairs. tirkeu found no text of the current Rules that exempts them from the host's arrival notification, so it is still shown: ask the Ministry's consular service.

# A warning shown when its condition holds (may follow "If …: ").
kz-note-transit-notification = Crews on duty and transit passengers are not registered, but if they stay at an address (a hotel for the night) the place of stay is still expected to notify; the host notification is shown for that case.

# A warning shown when its condition holds (may follow "If …: ").
kz-note-covid-suspension = From March 2020 to 31 December 2021 the unilateral visa-free regime was suspended because of COVID-19 (the United Arab Emirates were exempted from May 2021); entry needed a visa. The first day of the suspension differs between sources (16 or 30 March 2020); tirkeu uses the earlier.

# A warning shown when its condition holds (may follow "If …: ").
kz-note-children-in-notification = Children are listed in the same arrival notification as the parent they travel with; there is no separate exemption from notification for minors.

# A warning shown when its condition holds (may follow "If …: ").
kz-note-host-and-self-registration = From 1 July 2026 immigrants of 90-day regime states register themselves by the 30th day. No source says the host's 3-working-day notification was repealed, so both are shown: do both.

# A warning shown when its condition holds (may follow "If …: ").
kz-note-self-registration-transition = On 1 July 2026, during this stay, the self-registration of immigrants from 90-day regime states (MIA Order No. 923: register by the 30th calendar day from crossing the border) takes effect. The sources tirkeu has say nothing of people already in Kazakhstan on that day: whether they must register too, and by when, is an open question. tirkeu follows the rules in force on the day of entry and computes no deadline for it; to be safe, register in the first days of July 2026 or ask the migration service.

# A warning shown when its condition holds (may follow "If …: ").
kz-note-no-visa-run = Since 27 January 2023 leaving and coming back does not restart the count: visa-free days are limited to 90 in any 180 days, and the limit counts every day spent in Kazakhstan.

# A warning shown when its condition holds (may follow "If …: ").
kz-note-extend-15-day-stay = Visitors under the 15-day visa-free regime could extend their stay by obtaining a 30-day business visa or a 90-day investor visa in Kazakhstan.

# Stay note when the citizenship has no visa-free regime on the date; follows "Citizens of X:".
kz-visa-required = the visa-free regime was suspended on this date because of COVID-19: entry needed a visa. If you held one, choose its type.

# A warning when the planned stay goes beyond the visa-free allowance; $last is the last lawful day.
kz-needs-visa = A visa-free stay cannot be extended inside Kazakhstan for this citizenship: a temporary residence permit is issued in the country only to citizens of Armenia, Azerbaijan, Belarus, Kyrgyzstan, Russia, Tajikistan and Uzbekistan. To stay beyond { $last }, or for a purpose the visa-free regime does not cover (work, study), obtain a visa of the right category before entering — at a Kazakh consulate, or as an e-visa where your country is eligible. { $last } is a hard limit: leave by then. Staying longer is an offence (Administrative Code Art. 517(3)): a warning for up to 3 days, 10 MRP for more than 3 and up to 5 days, and beyond that a fine, possible expulsion and an entry ban (amounts not established). The government's permit page ties eligibility to ratified visa-free agreements: if your state has one, ask the migration service before counting on it.

# Stay note for a person holding a residence permit valid on the day of entry.
kz-permit-bounds-stay = With a residence permit, the stay is bounded by the permit's validity: its last day is the last lawful day. The visa-free limits do not apply to permit holders.
