## Russia's sources: the title, the article (paragraph or part; { "" } when the source is a whole page)
## and the address of every source its rules and calendar cite (src/countries/ru/*.rs
## name each by its ID). Citations, shown as written whatever the page's language: one file for
## every language (build.rs and scripts/catalogs.mjs put it in each language's catalog; the page
## gets it with the destination's part, www/locales/<lang>/ru.ftl). Not for translation.

# Source title (a citation: not translated).
ru-src-labour-code-112 = Labour Code of the Russian Federation (Трудовой кодекс РФ), Art. 112 "Нерабочие праздничные дни"
# The source's article, paragraph or part.
ru-src-labour-code-112-article = Part 1 (1-6 and 8 January New Year holidays, 7 January Christmas, 23 February, 8 March, 1 May, 9 May, 12 June, 4 November); part 2 (a weekend day meeting a non-working holiday moves to the next working day after the holiday, except the weekend days meeting the holidays of 1-8 January, two of which the Government moves to other days of the year); part 5 (the Government may transfer days off; its decree on the next year is published at least a month before the year begins)
# Where the source can be read.
ru-src-labour-code-112-url = https://lawnotes.ru/tk-rf/chast-3/razdel-v/glava-18/statya-112

# Source title (a citation: not translated).
ru-src-law-35-fz = Federal Law of 23 April 2012 No. 35-FZ amending Labour Code Art. 112 (from 2013: 6 and 8 January non-working; weekend days meeting 1-8 January moved by the Government)
# The source's article, paragraph or part.
ru-src-law-35-fz-article = { "" }
# Where the source can be read.
ru-src-law-35-fz-url = https://www.consultant.ru/document/cons_doc_LAW_129268/

# Source title (a citation: not translated).
ru-src-py-holidays = python-holidays 0.109 (vacanza), Russia (holidays/countries/russia.py)
# The source's article, paragraph or part.
ru-src-py-holidays-article = { "" }
# Where the source can be read.
ru-src-py-holidays-url = https://github.com/vacanza/holidays/blob/dev/holidays/countries/russia.py

# Source title (a citation: not translated).
ru-src-1 = Government decree on the transfer of days off in 2015 (ConsultantPlus LAW_167928), archived: Sat 3 Jan → Fri 9 Jan, Sun 4 Jan → Mon 4 May
# The source's article, paragraph or part.
ru-src-1-article = { "" }
# Where the source can be read.
ru-src-1-url = https://web.archive.org/web/20250415134053/https://www.consultant.ru/document/cons_doc_LAW_167928/

# Source title (a citation: not translated).
ru-src-2 = Government decree on the transfer of days off in 2016 (ConsultantPlus LAW_186505), archived: Sat 20 Feb → Mon 22 Feb (Sat 20 Feb a working day), Sat 2 Jan → Mon 7 Mar, Sun 3 Jan → Tue 3 May
# The source's article, paragraph or part.
ru-src-2-article = { "" }
# Where the source can be read.
ru-src-2-url = https://web.archive.org/web/20250417021701/https://www.consultant.ru/document/cons_doc_LAW_186505/

# Source title (a citation: not translated).
ru-src-3 = Government decree on the transfer of days off in 2017 (ConsultantPlus LAW_202871), archived: Sun 1 Jan → Fri 24 Feb, Sat 7 Jan → Mon 8 May
# The source's article, paragraph or part.
ru-src-3-article = { "" }
# Where the source can be read.
ru-src-3-url = https://web.archive.org/web/20250414184011/https://www.consultant.ru/document/cons_doc_LAW_202871/

# Source title (a citation: not translated).
ru-src-4 = ntpp.biz: the Ministry of Labour's draft for 2017 ("с воскресенья 1 января на пятницу 24 февраля и с субботы 7 января на понедельник 8 мая")
# The source's article, paragraph or part.
ru-src-4-article = { "" }
# Where the source can be read.
ru-src-4-url = https://ntpp.biz/press/?ID=21018&PAGEN_1=978&print=Y

# Source title (a citation: not translated).
ru-src-5 = Government decree on the transfer of days off in 2018 (ConsultantPlus LAW_280526), archived
# The source's article, paragraph or part.
ru-src-5-article = { "" }
# Where the source can be read.
ru-src-5-url = https://web.archive.org/web/20250414223644/https://www.consultant.ru/document/cons_doc_LAW_280526/

# Source title (a citation: not translated).
ru-src-6 = magcity74.ru: the 2018 transfers (Sat 6 Jan → Fri 9 Mar; Sat 28 Apr → Mon 30 Apr; Sat 9 Jun → Mon 11 Jun; Sat 29 Dec → Mon 31 Dec)
# The source's article, paragraph or part.
ru-src-6-article = { "" }
# Where the source can be read.
ru-src-6-url = https://www.magcity74.ru/news/41260-vlasti-objavili-rabochie-subboty-v-sledujushhem-godu.html

# Source title (a citation: not translated).
ru-src-7 = Government decree on the transfer of days off in 2019 (ConsultantPlus LAW_307996), archived: Sat 5 Jan → Thu 2 May, Sun 6 Jan → Fri 3 May, Sat 23 Feb → Fri 10 May
# The source's article, paragraph or part.
ru-src-7-article = { "" }
# Where the source can be read.
ru-src-7-url = https://web.archive.org/web/20250414103842/https://www.consultant.ru/document/cons_doc_LAW_307996/

# Source title (a citation: not translated).
ru-src-8 = Government decree on the transfer of days off in 2020 (ConsultantPlus LAW_328918), archived: Sat 4 Jan → Mon 4 May, Sun 5 Jan → Tue 5 May
# The source's article, paragraph or part.
ru-src-8-article = { "" }
# Where the source can be read.
ru-src-8-url = https://web.archive.org/web/20250414071714/https://www.consultant.ru/document/cons_doc_law_328918/

# Source title (a citation: not translated).
ru-src-9 = Government decree on the transfer of days off in 2021 (ConsultantPlus LAW_365179), archived: Sat 20 Feb → Mon 22 Feb, Sat 2 Jan → Fri 5 Nov, Sun 3 Jan → Fri 31 Dec
# The source's article, paragraph or part.
ru-src-9-article = { "" }
# Where the source can be read.
ru-src-9-url = https://web.archive.org/web/20250414071843/https://www.consultant.ru/document/cons_doc_law_365179/

# Source title (a citation: not translated).
ru-src-10 = vladcons.ru (ConsultantPlus review of the Ministry of Labour's draft, Sep 2020)
# The source's article, paragraph or part.
ru-src-10-article = { "" }
# Where the source can be read.
ru-src-10-url = https://vladcons.ru/2020/09/08/proekt-mintruda-kak-rabotaem-i-otdyxaem-v-2021-godu

# Source title (a citation: not translated).
ru-src-11 = Government decree on the transfer of days off in 2022 (ConsultantPlus LAW_395538), archived: Sat 5 Mar → Mon 7 Mar, Sat 1 Jan → Tue 3 May, Sun 2 Jan → Tue 10 May
# The source's article, paragraph or part.
ru-src-11-article = { "" }
# Where the source can be read.
ru-src-11-url = https://web.archive.org/web/20240613213507/https://www.consultant.ru/document/cons_doc_LAW_395538/

# Source title (a citation: not translated).
ru-src-12 = Government decree on the transfer of days off in 2023 (ConsultantPlus LAW_425407), archived: Sun 1 Jan → Fri 24 Feb, Sun 8 Jan → Mon 8 May
# The source's article, paragraph or part.
ru-src-12-article = { "" }
# Where the source can be read.
ru-src-12-url = https://web.archive.org/web/20240908190857/https://www.consultant.ru/document/cons_doc_LAW_425407/

# Source title (a citation: not translated).
ru-src-13 = Government Decree of 10 Aug 2023 No. 1314 on the transfer of days off in 2024 (ConsultantPlus LAW_455140), archived
# The source's article, paragraph or part.
ru-src-13-article = { "" }
# Where the source can be read.
ru-src-13-url = https://web.archive.org/web/20250417024116/https://www.consultant.ru/document/cons_doc_LAW_455140/

# Source title (a citation: not translated).
ru-src-14 = noncoring.ru: Decree No. 1314 of 10 Aug 2023 quoted (6, 7 Jan → 10 May, 31 Dec; 27 Apr → 29 Apr; 2 Nov → 30 Apr; 28 Dec → 30 Dec)
# The source's article, paragraph or part.
ru-src-14-article = { "" }
# Where the source can be read.
ru-src-14-url = https://noncoring.ru/novosti/perenos-vihodnih-dnej

# Source title (a citation: not translated).
ru-src-15 = Government Decree of 4 Oct 2024 No. 1335 on the transfer of days off in 2025 (ConsultantPlus LAW_481586), archived
# The source's article, paragraph or part.
ru-src-15-article = { "" }
# Where the source can be read.
ru-src-15-url = https://web.archive.org/web/20250414071812/https://www.consultant.ru/document/cons_doc_LAW_481586/

# Source title (a citation: not translated).
ru-src-16 = teko.cntd.ru: the transfer of days off in 2025 ("с субботы, 1 ноября, на понедельник, 3 ноября"; 4/5 Jan → 2 May/31 Dec; 23 Feb → 8 May; 8 Mar → 13 Jun)
# The source's article, paragraph or part.
ru-src-16-article = { "" }
# Where the source can be read.
ru-src-16-url = https://teko.cntd.ru/news/read/reglamentirovan-perenos-vyhodnyh-dney-v-2025-godu

# Source title (a citation: not translated).
ru-src-17 = Government decree of 24 Sep 2025 on the transfer of days off in 2026 (ConsultantPlus LAW_515170; number not seen), archived
# The source's article, paragraph or part.
ru-src-17-article = { "" }
# Where the source can be read.
ru-src-17-url = https://web.archive.org/web/20250927144157/https://www.consultant.ru/document/cons_doc_LAW_515170/

# Source title (a citation: not translated).
ru-src-18 = TASS (24 Sep 2025): the 2026 days off: 3 Jan → 9 Jan, 4 Jan → 31 Dec
# The source's article, paragraph or part.
ru-src-18-article = { "" }
# Where the source can be read.
ru-src-18-url = https://tass.ru/obschestvo/25149527

# Source title (a citation: not translated).
ru-src-19 = RIA Novosti (24 Sep 2025): "их решено перенести на пятницу, 9 января, и четверг, 31 декабря"
# The source's article, paragraph or part.
ru-src-19-article = { "" }
# Where the source can be read.
ru-src-19-url = https://ria.ru/20250924/mishustin--2044066128.html

# Source title (a citation: not translated).
ru-src-20 = Government decree on the transfer of days off in 2027 (ConsultantPlus LAW_544706; number not seen), archived 19 Sep 2026
# The source's article, paragraph or part.
ru-src-20-article = { "" }
# Where the source can be read.
ru-src-20-url = https://web.archive.org/web/20260919183121/https://www.consultant.ru/document/cons_doc_LAW_544706/

# Source title (a citation: not translated).
ru-src-21 = xmlcalendar data set, ru/2027/calendar.xml (dated 2026-09-02): the same 2027 transfers
# The source's article, paragraph or part.
ru-src-21-article = { "" }
# Where the source can be read.
ru-src-21-url = https://github.com/xmlcalendar/data

# Source title (a citation: not translated).
ru-src-law-109-22 = Federal Law No. 109-FZ of 18 July 2006 on the migration registration of foreigners, Art. 22 (text copy)
# The source's article, paragraph or part.
ru-src-law-109-22-article = the receiving party sends the notification; the foreigner files himself when he owns the premises, with the host's consent, or for documented reasons; the tear-off part confirms it
# Where the source can be read.
ru-src-law-109-22-url = https://lawnotes.ru/laws/federalnyy-zakon-ot-18.07.2006-n-109-fz/glava-4/statya-22

# Source title (a citation: not translated).
ru-src-law-109-20 = Federal Law No. 109-FZ, Art. 20 (text copy, before October 2023)
# The source's article, paragraph or part.
ru-src-law-109-20-article = the receiving party notifies within seven working days of the foreigner's arrival at the place of stay; hotels and the places the article lists within one working day
# Where the source can be read.
ru-src-law-109-20-url = https://nalogcodex.ru/laws/federalnyy-zakon-ot-18.07.2006-n-109-fz/glava-4/statya-20

# Source title (a citation: not translated).
ru-src-law-109-2008 = Amendments of 2008 to 109-FZ (Art. 20(3.1), Art. 22(7))
# The source's article, paragraph or part.
ru-src-law-109-2008-article = arrival at a hotel on a non-working day: within the working day that follows; the tear-off part of the notification is the confirmation
# Where the source can be read.
ru-src-law-109-2008-url = https://docs.cntd.ru/document/902111476/titles/6500IL

# Source title (a citation: not translated).
ru-src-kontur-hotels = Kontur (klerk.ru): migration registration of foreign guests in hotels, 26 January 2026
# The source's article, paragraph or part.
ru-src-kontur-hotels-article = within one working day following the day of arrival, for every guest, even for a few hours; departure by 12:00 of the next day
# Where the source can be read.
ru-src-kontur-hotels-url = https://www.klerk.ru/blogs/skb-kontur/675188/

# Source title (a citation: not translated).
ru-src-police-departure = Police notice (zeml-trub.ru), 5 November 2020: your guests are foreigners
# The source's article, paragraph or part.
ru-src-police-departure-article = the organisation's administration notifies the departure not later than 12:00 of the day following the day of departure
# Where the source can be read.
ru-src-police-departure-url = https://zeml-trub.ru/society/2020/11/05/vashi-gosti-inostranczy

# Source title (a citation: not translated).
ru-src-vedomosti-2025 = Vedomosti, 18 November 2025: the government supports articles for hoteliers
# The source's article, paragraph or part.
ru-src-vedomosti-2025-article = hotels deregister guests within one working day after check-out
# Where the source can be read.
ru-src-vedomosti-2025-url = https://www.vedomosti.ru/business/articles/2025/11/18/1155722-v-pravitelstve-podderzhali-ideyu-o-vvedenii-statei-spetsialno-dlya-otelerov

# Source title (a citation: not translated).
ru-src-mfc-163 = MFC (mfc-sl.ru): migration registration after Federal Law No. 163-FZ of 27 June 2018
# The source's article, paragraph or part.
ru-src-mfc-163-article = from 8 July 2018 the receiving party is the person who provides the premises for actual residence
# Where the source can be read.
ru-src-mfc-163-url = https://mfc-sl.ru/news/migracionnyy-uchet

# Source title (a citation: not translated).
ru-src-law-156 = Federal Law No. 156-FZ of 28 April 2023 (Rossiyskaya Gazeta)
# The source's article, paragraph or part.
ru-src-law-156-article = from 26 October 2023 the foreigner may file through Gosuslugi with the owner's consent given there
# Where the source can be read.
ru-src-law-156-url = https://rg.ru./documents/2023/05/04/migratsionniy-uchyot.html

# Source title (a citation: not translated).
ru-src-decree-10 = Government Decree No. 10 of 15 January 2007 (text copy)
# The source's article, paragraph or part.
ru-src-decree-10-article = the postal fee for sending the notification: 118 roubles
# Where the source can be read.
ru-src-decree-10-url = https://zakonbase.ru/content/base/100592/?print=1

# Source title (a citation: not translated).
ru-src-civil-code-191 = Civil Code of the Russian Federation, Arts. 191 and 193 (by analogy)
# The source's article, paragraph or part.
ru-src-civil-code-191-article = a period in days begins on the day after the event; a last day that is non-working moves to the next working day
# Where the source can be read.
ru-src-civil-code-191-url = https://www.consultant.ru/document/cons_doc_LAW_5142/

# Source title (a citation: not translated).
ru-src-baibol-exempt = baibol.ru, 5 March 2024: arrived in Russia — how to register
# The source's article, paragraph or part.
ru-src-baibol-exempt-article = EAEU citizens: 30 days; citizens of Uzbekistan and Tajikistan: 15 days
# Where the source can be read.
ru-src-baibol-exempt-url = https://baibol.ru/news/priekhal-v-rossiyu-kak-zaregistrirovatsya.html

# Source title (a citation: not translated).
ru-src-kz-ru-2012 = Agreement between Russia and Kazakhstan on the stay of citizens, 7 June 2012 (ratified 2014)
# The source's article, paragraph or part.
ru-src-kz-ru-2012-article = citizens exempt from registration for up to 30 days from entry
# Where the source can be read.
ru-src-kz-ru-2012-url = http://russianskz.info/compatriot/6144-kazahstan-ratificiroval-soglashenie-s-rossiey-ob-uproschennom-poryadke-prebyvaniya-grazhdan.html

# Source title (a citation: not translated).
ru-src-tass-am-2015 = TASS, 9 March 2015: Russia ratified the agreement with Armenia on the stay of citizens
# The source's article, paragraph or part.
ru-src-tass-am-2015-article = 30 days without registration, whatever the purpose (Federal Law No. 27-FZ of 8 March 2015)
# Where the source can be read.
ru-src-tass-am-2015-url = https://tass.ru/politika/1816543

# Source title (a citation: not translated).
ru-src-kg-eaeu-2015 = EAEU Treaty Art. 97 and Kyrgyzstan's accession (12 August 2015)
# The source's article, paragraph or part.
ru-src-kg-eaeu-2015-article = 30 days from entry without registration for EAEU workers and their families; the bilateral agreement's date not verified
# Where the source can be read.
ru-src-kg-eaeu-2015-url = https://www.gursesintour.com/

# Source title (a citation: not translated).
ru-src-by-protocol = Kremlin: protocol of 3 March 2015 to the Russia–Belarus agreement, submitted for ratification 22 September 2015
# The source's article, paragraph or part.
ru-src-by-protocol-article = citizens of Belarus register within 90 days (30 before); the day it took effect was not found: tirkeu applies it from 1 January 2016
# Where the source can be read.
ru-src-by-protocol-url = http://en.special.kremlin.ru/catalog/keywords/104/events/50353

# Source title (a citation: not translated).
ru-src-tj-2013 = klerk.ru (Kremlin release): Russia ratified the agreement with Tajikistan (Federal Law No. 393-FZ of 28 December 2013)
# The source's article, paragraph or part.
ru-src-tj-2013-article = citizens of Tajikistan register within 15 days of entry
# Where the source can be read.
ru-src-tj-2013-url = https://klerk.ru/law/news/343001

# Source title (a citation: not translated).
ru-src-uz-2022 = kun.uz, 29 January 2022: the Russia–Uzbekistan agreement on the stay of citizens
# The source's article, paragraph or part.
ru-src-uz-2022-article = 15 days without registration; in force from 4 June 2022 (reported)
# Where the source can be read.
ru-src-uz-2022-url = https://kun.uz/ru/news/2022/01/29/

# Source title (a citation: not translated).
ru-src-ua-2004 = Government Decree No. 588 of 30 October 2004 (the 2004 protocol) and Ukraine's termination of the agreement from 1 July 2022
# The source's article, paragraph or part.
ru-src-ua-2004-article = citizens of Ukraine: registration within 90 days from 1 November 2004 until 30 June 2022
# Where the source can be read.
ru-src-ua-2004-url = http://businesspravo.ru/Docum/DocumShow.asp?DocumID=94663&DocumType=3

# Source title (a citation: not translated).
ru-src-law-115-2014 = Federal Law No. 115-FZ, Art. 5 as amended from 1 January 2014 (text copy)
# The source's article, paragraph or part.
ru-src-law-115-2014-article = a visa-free stay may not exceed 90 days in total in any 180
# Where the source can be read.
ru-src-law-115-2014-url = https://docs.cntd.ru/document/499067436/titles/6520IM

# Source title (a citation: not translated).
ru-src-law-115-2025 = Ministry of Foreign Affairs, 26 December 2024 (Nakanune.ru): Federal Law No. 260-FZ of 8 August 2024
# The source's article, paragraph or part.
ru-src-law-115-2025-article = from 1 January 2025 a visa-free stay may not exceed 90 days in total in a calendar year, nor 90 days continuously
# Where the source can be read.
ru-src-law-115-2025-url = https://pda.nakanune.ru/news/2024/12/26/22801843

# Source title (a citation: not translated).
ru-src-e-visa-2023 = Federal Law No. 114-FZ, Art. 25.16-1 (unified electronic visa), ConsultantPlus
# The source's article, paragraph or part.
ru-src-e-visa-2023-article = single entry, stay up to 16 days, valid 60 days (from 1 August 2023)
# Where the source can be read.
ru-src-e-visa-2023-url = https://consultant.ru/document/cons_doc_LAW_482893/af1950c179db5ac2b6ae709416d1504f28f402e1

# Source title (a citation: not translated).
ru-src-e-visa-2025 = RIA Novosti, 23 August 2025: Federal Law No. 257-FZ of 23 July 2025
# The source's article, paragraph or part.
ru-src-e-visa-2025-article = the unified electronic visa: stay up to 30 days, valid 120 days
# Where the source can be read.
ru-src-e-visa-2025-url = https://ria.ru/20250823/zakon-2037099373.html

# Source title (a citation: not translated).
ru-src-koap-18-8 = Code of Administrative Offences, Art. 18.8 (text copy) and TASS, 29 January 2026 (amounts)
# The source's article, paragraph or part.
ru-src-koap-18-8-article = a foreigner breaking the registration rules or the regime of stay: 2,000–5,000 roubles with or without expulsion; Moscow, St Petersburg and their regions: 5,000–7,000 with expulsion
# Where the source can be read.
ru-src-koap-18-8-url = https://docs.cntd.ru/document/901807667/titles/3ODF13H

# Source title (a citation: not translated).
ru-src-koap-18-9 = Code of Administrative Offences, Art. 18.9 (kodeksrf.net; advokat-kk.ru)
# The source's article, paragraph or part.
ru-src-koap-18-9-article = the receiving party failing its registration duties: citizens 2,000–4,000, officials 40,000–50,000, legal entities 400,000–500,000 roubles; Moscow, St Petersburg and their regions higher
# Where the source can be read.
ru-src-koap-18-9-url = http://www.kodeksrf.net/koap-kodeksrf/s18_9.html

# Source title (a citation: not translated).
ru-src-klerk-18-9 = klerk.ru, 1 December 2025: the Government's explanatory note on the hotel fines bill
# The source's article, paragraph or part.
ru-src-klerk-18-9-article = legal entities now pay 400,000–500,000 roubles per foreigner; the bill (first reading 21 January 2026) is not law
# Where the source can be read.
ru-src-klerk-18-9-url = https://www.klerk.ru/buh/news/670755/

# Source title (a citation: not translated).
ru-src-rkl = Federal Law No. 260-FZ of 8 August 2024 (kremlin.ru) and the MVD's explanation of the register of controlled persons
# The source's article, paragraph or part.
ru-src-rkl-article = from 5 February 2025 a foreigner whose lawful stay has ended is entered in the register: no change of address without the MVD's permission, expulsion by the MVD
# Where the source can be read.
ru-src-rkl-url = http://www.kremlin.ru/acts/bank/18669/page/23

# Source title (a citation: not translated).
ru-src-ruid = ConsultantPlus, 8 July 2025: RuID, the second stage of the experiment (Decree No. 1510 of 7 November 2024)
# The source's article, paragraph or part.
ru-src-ruid-article = a voluntary application before entry since 30 June 2025; no sanctions; mandatory for work or study from 1 July 2026 only in a draft
# Where the source can be read.
ru-src-ruid-url = https://www.consultant.ru/law/hotdocs/89948.html

# Source title (a citation: not translated).
ru-src-world-cup-2018 = nm.tj: special registration rules in the World Cup host cities (25 May – 25 July 2018)
# The source's article, paragraph or part.
ru-src-world-cup-2018-article = registration within 3 days in the eleven host cities, for everyone
# Where the source can be read.
ru-src-world-cup-2018-url = https://nm.tj/society/50976-osobye-pravila-registracii-v-rossii-vstupili-v-silu-dlya-tadzhikistancev.html

# Source title (a citation: not translated).
ru-src-covid-274 = Presidential Decree No. 274 of 18 April 2020 and its extensions
# The source's article, paragraph or part.
ru-src-covid-274-article = the migration deadlines of foreigners in Russia suspended from 15 March 2020; the end of the suspension not researched
# Where the source can be read.
ru-src-covid-274-url = http://www.kremlin.ru/acts/bank/45442

# Source title (a citation: not translated).
ru-src-migration-card = Federal Law No. 115-FZ and the Government's rules on the migration card; Belarus exempt
# The source's article, paragraph or part.
ru-src-migration-card-article = filled in at entry (electronically at some checkpoints) and kept until exit; not for citizens of Belarus
# Where the source can be read.
ru-src-migration-card-url = https://www.consultant.ru/document/cons_doc_LAW_37868/

# Source title (a citation: not translated).
ru-src-ta-2025 = RBC Tatarstan: non-working days in Tatarstan in 2025
# The source's article, paragraph or part.
ru-src-ta-2025-article = Kurban Bayram Fri 6 June 2025; Constitution Day 6 November; a holiday on a weekend is not moved
# Where the source can be read.
ru-src-ta-2025-url = https://rt.rbc.ru/tatarstan/freenews/67aedf019a794705187533b3

# Source title (a citation: not translated).
ru-src-ta-2026 = Mosregtoday, 19 January 2026: March and May give Tatarstan two more days off
# The source's article, paragraph or part.
ru-src-ta-2026-article = Uraza Bayram Fri 20 March 2026 and Kurban Bayram Wed 27 May 2026 in Tatarstan
# Where the source can be read.
ru-src-ta-2026-url = https://mosregtoday.ru/news/soc/mart-i-maj-podarjat-tatarstantsam-dva-dopolnitelnyh-vyhodnyh-v-chest-bolshih-prazdnikov/

# Source title (a citation: not translated).
ru-src-ba-2026 = Tuvest, 27 May 2025: Bashkortostan sets the religious holidays of 2026 as days off
# The source's article, paragraph or part.
ru-src-ba-2026-article = Uraza Bayram 20 March and Kurban Bayram 27 May 2026; Republic Day 11 October
# Where the source can be read.
ru-src-ba-2026-url = https://tuvest.ru/news/novosti/2025-05-27/v-bashkirii-utverdili-nerabochimi-dni-religioznyh-prazdnikov-v-2026-godu-4252549

# Source title (a citation: not translated).
ru-src-ta-days = Laws of the Republic of Tatarstan on holidays (Evening Kazan, 9 March 2026)
# The source's article, paragraph or part.
ru-src-ta-days-article = Republic Day 30 August and Constitution Day 6 November are days off in Tatarstan
# Where the source can be read.
ru-src-ta-days-url = https://www.evening-kazan.ru/

# Source title (a citation: not translated).
ru-src-eid-2027-estimate = Estimated date of Eid al-Fitr 2027 (the republics' decrees for 2027 not yet issued)
# The source's article, paragraph or part.
ru-src-eid-2027-estimate-article = Uraza Bayram expected Tue 9 March 2027; the date is fixed each year by decree
# Where the source can be read.
ru-src-eid-2027-estimate-url = https://github.com/vacanza/holidays


# Source title (a citation: not translated).
ru-src-decree-872 = Presidential Decree No. 872 of 1 December 2025 "On the temporary procedure of entry into and exit from the Russian Federation of citizens of the People's Republic of China" (Указ Президента РФ от 01.12.2025 № 872), text as quoted by Mossovetinfo; published on publication.pravo.gov.ru, in force on signing
# The source's article, paragraph or part.
ru-src-decree-872-article = point 1: until 14 September 2026 inclusive, on the principle of reciprocity, citizens of the PRC may enter and stay no more than 30 days for guest or business visits, tourism, scientific, cultural, socio-political, economic and sports events, transit and exit, without a visa, on an ordinary PRC passport; not for work (journalism included), study, residence or international road transport
# Where the source can be read.
ru-src-decree-872-url = https://mossovetinfo.ru/news/v_rossii/bezvizovyy_rezhim_dlya_grazhdan_kitaya_s_gostevym_ili_delovym_vizitom_vveden_s_1_dekabrya/

# Source title (a citation: not translated).
ru-src-vedomosti-cn = Vedomosti, 1 December 2025: Putin introduced visa-free entry for citizens of China
# The source's article, paragraph or part.
ru-src-vedomosti-cn-article = up to 30 days for guest, business or tourist visits, events and transit, on an ordinary PRC passport; until 14 September 2026
# Where the source can be read.
ru-src-vedomosti-cn-url = https://www.vedomosti.ru/politics/news/2025/12/01/1159493-putin-vvel-bezvizovii

# Source title (a citation: not translated).
ru-src-cn-2013 = Agreement between the Governments of Russia and China of 22 March 2013 on facilitating travel of citizens (ratified 2014), as reported by RIA Novosti
# The source's article, paragraph or part.
ru-src-cn-2013-article = visa-free travel for holders of diplomatic passports, and for holders of service passports up to 30 days
# Where the source can be read.
ru-src-cn-2013-url = https://ria.ru/20140103/987815297.html
