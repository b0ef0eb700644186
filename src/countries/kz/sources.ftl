## Kazakhstan's sources: the title, the article (paragraph or part; { "" } when the source is a whole page)
## and the address of every source its rules and calendar cite (src/countries/kz/*.rs
## name each by its ID). Citations, shown as written whatever the page's language: one file for
## every language (build.rs and scripts/catalogs.mjs put it in each language's catalog; the page
## gets it with the destination's part, www/locales/<lang>/kz.ftl). Not for translation.

# Source title (a citation: not translated).
kz-src-decree-1146-2022 = Government Decree No. 1146 of 31 December 2022 amending Decree No. 148 (continent-online title; Intermark summary)
# The source's article, paragraph or part.
kz-src-decree-1146-2022-article = visa-free non-EAEU: 30 days from crossing, 90 days in each 180; EAEU: 90 in each 180; in force 27 January 2023
# Where the source can be read.
kz-src-decree-1146-2022-url = https://intermarkrelocation.com/news/immigration/kazakhstan-visa-free-visitors-may-not-stay-in-country-over-90-days-in-180-days-/

# Source title (a citation: not translated).
kz-src-pilot-2015-wko = WKO (Austrian Economic Chamber): visa-free entry to Kazakhstan for 19 countries from 16 July 2015
# The source's article, paragraph or part.
kz-src-pilot-2015-wko-article = Government decision of 26 June 2015: 15 days for 19 countries until 31 December 2017; Korea by a bilateral 30-day agreement
# Where the source can be read.
kz-src-pilot-2015-wko-url = https://www.wko.at/Content.Node/service/aussenwirtschaft/kz/Ab-sofort-visafreie-Einreise-nach-Kasachstan-fuer-19-Laend.html

# Source title (a citation: not translated).
kz-src-added-2019-source = Kabar (ca-news): Kazakhstan lifts visas for 12 more countries (MFA briefing of 30 September 2019)
# The source's article, paragraph or part.
kz-src-added-2019-source-article = Bahrain, Vatican, Vietnam, Indonesia, Qatar, Colombia, Kuwait, Liechtenstein, Oman, Saudi Arabia, Thailand, Philippines
# Where the source can be read.
kz-src-added-2019-source-url = https://tr.kabar.kg/news/kazakistandan-12-ulke-icin-vizesiz-giri-karar

# Source title (a citation: not translated).
kz-src-covid-suspension = Suspension of para 17 of the Rules (Government Decrees No. 220 of 17 April 2020 and No. 727 of 30 October 2020; MFA, 4 May 2021)
# The source's article, paragraph or part.
kz-src-covid-suspension-article = unilateral visa-free regime suspended (State Commission from March 2020), extended to 31 December 2021 for 54 countries; resumed 1 January 2022
# Where the source can be read.
kz-src-covid-suspension-url = https://www.rferl.org/amp/kazakhstan-extends-suspension-of-visa-free-visits-by-citizens-due-to-pandemic/31237724.html

# Source title (a citation: not translated).
kz-src-covid-resumed = el.kz (MFA): visa-free entry resumed for 57 countries from 1 January 2022; India, Iran, China 14 days from 8 July 2022
# The source's article, paragraph or part.
kz-src-covid-resumed-article = Government Decree No. 464 of 7 July 2022
# Where the source can be read.
kz-src-covid-resumed-url = https://el.kz/en/news/news/kazakhstan_introduces_visa_free_travel_for_citizens_of_india-_iran-_and_china/

# Source title (a citation: not translated).
kz-src-decree-464-kpmg = KPMG Kazakhstan legal alert: Government Decree No. 464 of 7 July 2022
# The source's article, paragraph or part.
kz-src-decree-464-kpmg-article = citizens of China, India, Iran: up to 14 days per entry, 42 days in 180, from 8 July 2022
# Where the source can be read.
kz-src-decree-464-kpmg-url = https://kpmg.com/kz/en/home/insights/2022/07/legal-alert.html

# Source title (a citation: not translated).
kz-src-cn-kz-2023 = China–Kazakhstan mutual visa exemption agreement (Xi'an, 17 May 2023), in force 10 November 2023 (Kazinform)
# The source's article, paragraph or part.
kz-src-cn-kz-2023-article = 30 days per entry, 90 days in 180
# Where the source can be read.
kz-src-cn-kz-2023-url = https://en.inform.kz/news/kazakhstan-approves-mutual-visa-free-agreement-with-china_a4097696/

# Source title (a citation: not translated).
kz-src-uz-kz-2023 = Kazakhstan–Uzbekistan protocol of 2023 (Kazakhstan Today)
# The source's article, paragraph or part.
kz-src-uz-kz-2023-article = stay not over 30 calendar days from crossing, 90 days in total in each 180
# Where the source can be read.
kz-src-uz-kz-2023-url = https://www.kt.kz/rus/state/kazahstantsy_smogut_do_30_dney_nahoditsya_v_uzbekistane_1377946235.html

# Source title (a citation: not translated).
kz-src-mia-abc-2023 = ABC.AZ citing the MIA of Kazakhstan (January 2023)
# The source's article, paragraph or part.
kz-src-mia-abc-2023-article = citizens of the EAEU, Azerbaijan, Tajikistan, Ukraine may stay 90 days in 180
# Where the source can be read.
kz-src-mia-abc-2023-url = https://abc.az/en/news/111945

# Source title (a citation: not translated).
kz-src-tr-2025 = zakon.kz: Turkish citizens may stay in Kazakhstan without a visa up to 90 days (Government decree of 25 August 2025)
# The source's article, paragraph or part.
kz-src-tr-2025-article = 90 days within each 180; in force ten days after publication (exact day not established)
# Where the source can be read.
kz-src-tr-2025-url = https://www.zakon.kz/pravo/6488830-grazhdane-turtsii-mogut-nakhoditsya-v-kazakhstane-bez-vizy-do-90-dney.html

# Source title (a citation: not translated).
kz-src-decree-2025-list = zakon.kz: Government decree of 25 August 2025 amending the Rules of entry and stay (30-day list; Turkey 90 days)
# The source's article, paragraph or part.
kz-src-decree-2025-list-article = 66 states visa-free up to 30 days, 90 in each 180; the stored excerpt names AU, US, AT, BH, BE, BG, AE, VA, VN, DE, GR, DK, NZ, JP, IL, IE, IS, ES, ID, IT, CA, QA, CY, CO, KR, KW, LV, LT, LI, LU, HU, MY, MT, MX, MC, NL, NO, OM, PL, and is cut there
# Where the source can be read.
kz-src-decree-2025-list-url = https://www.zakon.kz/pravo/6488830-grazhdane-turtsii-mogut-nakhoditsya-v-kazakhstane-bez-vizy-do-90-dney.html

# Source title (a citation: not translated).
kz-src-qazmonitor-2022 = QazMonitor: What countries have a visa-free regime with Kazakhstan in 2022 (citing the MIA)
# The source's article, paragraph or part.
kz-src-qazmonitor-2022-article = adds GB, RO, SA, SG, SK, SI, TH, PH, FI, HR, FR, CZ, CL, CH, SE, EE to the names above
# Where the source can be read.
kz-src-qazmonitor-2022-url = https://qazmonitor.com/news/570/what-countries-have-visa-free-regime-with-kazakhstan-in-2022

# Source title (a citation: not translated).
kz-src-tr-kz-1992 = Agreement between Kazakhstan and Turkey on visa-free travel (1992)
# The source's article, paragraph or part.
kz-src-tr-kz-1992-article = citizens may stay up to one month
# Where the source can be read.
kz-src-tr-kz-1992-url = https://prg.kz/document/?doc_id=1020099

# Source title (a citation: not translated).
kz-src-law-holidays = Law of the Republic of Kazakhstan "On holidays in the Republic of Kazakhstan" of 13 December 2001 No. 267-II
# The source's article, paragraph or part.
kz-src-law-holidays-article = Arts. 1-2 (national and state holidays); Art. 5 (holidays are days off; when a holiday falls on a day off, the next working day is a day off)
# Where the source can be read.
kz-src-law-holidays-url = https://adilet.zan.kz/rus/docs/Z010000267_

# Source title (a citation: not translated).
kz-src-law-holidays-history = Law "On holidays in the Republic of Kazakhstan" No. 267-II: history of amendments
# The source's article, paragraph or part.
kz-src-law-holidays-history-article = { "" }
# Where the source can be read.
kz-src-law-holidays-history-url = https://adilet.zan.kz/rus/docs/Z010000267_/history

# Source title (a citation: not translated).
kz-src-art5-press = yk-news.kz: Kurban Ait 2014 falls on Saturday, no transfer (quoting Art. 5 of the Law on holidays)
# The source's article, paragraph or part.
kz-src-art5-press-article = { "" }
# Where the source can be read.
kz-src-art5-press-url = https://yk-news.kz/node/10882

# Source title (a citation: not translated).
kz-src-labour-code = Labour Code of the Republic of Kazakhstan of 23 November 2015 No. 414-V
# The source's article, paragraph or part.
kz-src-labour-code-article = Art. 84 (holidays and days off; para 5: the first day of Kurban Ait and 7 January are days off); Art. 85(3) (the Government may transfer days off)
# Where the source can be read.
kz-src-labour-code-url = https://adilet.zan.kz/rus/docs/K1500000414

# Source title (a citation: not translated).
kz-src-mlspp-2025 = caravan.kz: Ministry of Labour and Social Protection on Kurban Ait 2025 (Fri 6 June) and on religious holidays not being transferred; Order No. 436 of 21 Nov 2024
# The source's article, paragraph or part.
kz-src-mlspp-2025-article = { "" }
# Where the source can be read.
kz-src-mlspp-2025-url = https://www.caravan.kz/amp/news/v-ijune-2025-goda-kazahstancev-ozhidaet-dopolnitelnyj-vyhodnoj-den

# Source title (a citation: not translated).
kz-src-py-holidays = python-holidays 0.109 (vacanza), Kazakhstan (holidays/countries/kazakhstan.py)
# The source's article, paragraph or part.
kz-src-py-holidays-article = { "" }
# Where the source can be read.
kz-src-py-holidays-url = https://github.com/vacanza/holidays/blob/dev/holidays/countries/kazakhstan.py

# Source title (a citation: not translated).
kz-src-constitution-2026-justice = zakon.kz: Ministry of Justice on Constitution Day (4 Mar 2026): the adoption day of the new Constitution becomes Constitution Day, 30 August loses holiday status
# The source's article, paragraph or part.
kz-src-constitution-2026-justice-article = { "" }
# Where the source can be read.
kz-src-constitution-2026-justice-url = https://www.zakon.kz/obshestvo/6509867-v-minyuste-obyasnili-chto-budet-s-dnem-konstitutsii-30-avgusta.html

# Source title (a citation: not translated).
kz-src-constitution-2026-referendum = echofm.online: referendum of 15 March 2026 approved the new Constitution; 15 March announced as Constitution Day
# The source's article, paragraph or part.
kz-src-constitution-2026-referendum-article = { "" }
# Where the source can be read.
kz-src-constitution-2026-referendum-url = https://echofm.online/news/8715-grazhdan-kazahstana-odobrili-novuyu-konstitucziyu-czik

# Source title (a citation: not translated).
kz-src-constitution-2026-from-next-year = aimaqaqshamy.kz: the new Constitution in force 1 July 2026, the new Constitution Day celebrated from the next year
# The source's article, paragraph or part.
kz-src-constitution-2026-from-next-year-article = { "" }
# Where the source can be read.
kz-src-constitution-2026-from-next-year-url = https://aimaqaqshamy.kz/ru/news/v-sluchae-prinyatiya-na-referendume-kogda-vstupit-v-silu-novaya-konstitutsiya

# Source title (a citation: not translated).
kz-src-no-transfers-2015 = kapital.kz: the 2015 holiday calendar on egov.kz (9 Mar, 24-25 Mar, 11 May, 31 Aug days off under the weekend rule; no transfers)
# The source's article, paragraph or part.
kz-src-no-transfers-2015-article = { "" }
# Where the source can be read.
kz-src-no-transfers-2015-url = https://kapital.kz/gosudarstvo/36862/na-nauryz-kazakhstantsy-otdokhnut-5-dney.html

# Source title (a citation: not translated).
kz-src-1 = tengrinews.kz: a day off in mid-week in September (Kurban Ait, Thu 24 Sep 2015)
# The source's article, paragraph or part.
kz-src-1-article = { "" }
# Where the source can be read.
kz-src-1-url = https://tengrinews.kz/kazakhstan_news/kazahstantsam-dadut-den-otdyiha-sredi-nedeli-sentyabre-280125

# Source title (a citation: not translated).
kz-src-2 = altyn-orda.kz (NUR.KZ): Kurban Ait on Thu 24 Sep 2015 per egov.kz
# The source's article, paragraph or part.
kz-src-2-article = { "" }
# Where the source can be read.
kz-src-2-url = https://altyn-orda.kz/?p=105716

# Source title (a citation: not translated).
kz-src-3 = kapital.kz: Kurban Ait on Mon 12 Sep 2016 (egov.kz calendar)
# The source's article, paragraph or part.
kz-src-3-article = { "" }
# Where the source can be read.
kz-src-3-url = https://kapital.kz/gosudarstvo/52183/kazakhstantsev-zhdut-tri-vykhodnykh-k-prazdniku-kurban-ayt

# Source title (a citation: not translated).
kz-src-4 = Government Decree on the transfer of a day off (adilet P1600000067): Sat 5 Mar → Mon 7 Mar 2016
# The source's article, paragraph or part.
kz-src-4-article = { "" }
# Where the source can be read.
kz-src-4-url = https://adilet.zan.kz/rus/docs/P1600000067

# Source title (a citation: not translated).
kz-src-5 = Government Decree on the transfer of days off (adilet P1700000005): Sat 18 Mar → Mon 20 Mar, Sat 1 Jul → Fri 7 Jul 2017
# The source's article, paragraph or part.
kz-src-5-article = { "" }
# Where the source can be read.
kz-src-5-url = https://adilet.zan.kz/rus/docs/P1700000005

# Source title (a citation: not translated).
kz-src-6 = mgorod.kz: Kurban Ait on 21 Aug 2018; day off moved from Sat 25 Aug to Fri 31 Aug
# The source's article, paragraph or part.
kz-src-6-article = { "" }
# Where the source can be read.
kz-src-6-url = https://mgorod.kz/news/kazaxstancy-v-avguste-otdoxnut-10-dnej

# Source title (a citation: not translated).
kz-src-7 = Government Decree on the transfer of days off in 2018 (adilet P1700000864)
# The source's article, paragraph or part.
kz-src-7-article = { "" }
# Where the source can be read.
kz-src-7-url = https://adilet.zan.kz/rus/docs/P1700000864

# Source title (a citation: not translated).
kz-src-8 = kokshetau.online: 2019 holiday calendar (Kurban Ait on Sun 11 Aug 2019, no transfer)
# The source's article, paragraph or part.
kz-src-8-article = { "" }
# Where the source can be read.
kz-src-8-url = https://kokshetau.online/kalendar-prazdnichnyh-vyhodnyh-dnej-v-kazahstane-na-2019-god

# Source title (a citation: not translated).
kz-src-9 = Government Decree on the transfer of a day off in 2019 (adilet P1800000888): Sat 4 May → Fri 10 May 2019
# The source's article, paragraph or part.
kz-src-9-article = { "" }
# Where the source can be read.
kz-src-9-url = https://adilet.zan.kz/rus/docs/P1800000888

# Source title (a citation: not translated).
kz-src-10 = kz.kursiv.media: the first day of Kurban Ait on 31 July 2020
# The source's article, paragraph or part.
kz-src-10-article = { "" }
# Where the source can be read.
kz-src-10-url = https://kz.kursiv.media/2020-06-29/u-kazakhstancev-budut-dopolnitelnye-vykhodnye/

# Source title (a citation: not translated).
kz-src-11 = Government Decree on the transfer of days off in 2020 (adilet P1900000820): Sun 5 Jan → Fri 3 Jan, Mon 11 May → Fri 8 May, Sun 20 Dec → Fri 18 Dec 2020
# The source's article, paragraph or part.
kz-src-11-article = { "" }
# Where the source can be read.
kz-src-11-url = https://adilet.zan.kz/rus/docs/P1900000820

# Source title (a citation: not translated).
kz-src-12 = kyzylorda-news.kz: the 2020 transfer decree quoted ("from Monday 11 May 2020 to Friday 8 May 2020")
# The source's article, paragraph or part.
kz-src-12-article = { "" }
# Where the source can be read.
kz-src-12-url = https://kyzylorda-news.kz/ru/obshestvo/kak-kazahstanczy-otdohnut-v-2020-godu-kalendar-31660/

# Source title (a citation: not translated).
kz-src-13 = Government Decree on the transfer of a day off in 2021 (adilet P2000000930): Sat 3 Jul → Mon 5 Jul 2021
# The source's article, paragraph or part.
kz-src-13-article = { "" }
# Where the source can be read.
kz-src-13-url = https://adilet.zan.kz/rus/docs/P2000000930

# Source title (a citation: not translated).
kz-src-14 = Government Decree on the transfer of days off in 2022 (adilet P2200000796): Sat 5 Mar → Mon 7 Mar, Sat 27 Aug → Mon 29 Aug, Sat 22 Oct → Mon 24 Oct 2022
# The source's article, paragraph or part.
kz-src-14-article = { "" }
# Where the source can be read.
kz-src-14-url = https://adilet.zan.kz/rus/docs/P2200000796

# Source title (a citation: not translated).
kz-src-15 = sn.kz (Zakon.kz): 28 June 2023 the first day of Kurban Ait; Sat 1 Jul → Fri 7 Jul
# The source's article, paragraph or part.
kz-src-15-article = { "" }
# Where the source can be read.
kz-src-15-url = https://sn.kz/sn-akparat-agyny/103060-ku-rban-ait-pen-astana-kuni-kazakstandyktar-kalai-demalatyny-belgili-boldy/amp

# Source title (a citation: not translated).
kz-src-16 = Government Decree on the transfer of a day off (adilet P2300000326): Sat 1 Jul → Fri 7 Jul 2023
# The source's article, paragraph or part.
kz-src-16-article = { "" }
# Where the source can be read.
kz-src-16-url = https://adilet.zan.kz/rus/docs/P2300000326

# Source title (a citation: not translated).
kz-src-17 = forbes.kz: Government moves the day off from Sat 1 Jul to Fri 7 Jul 2023
# The source's article, paragraph or part.
kz-src-17-article = { "" }
# Where the source can be read.
kz-src-17-url = https://forbes.kz/news/newsid_300087/amp

# Source title (a citation: not translated).
kz-src-18 = tengrinews.kz: Kurban Ait on Sun 16 Jun 2024, no day off
# The source's article, paragraph or part.
kz-src-18-article = { "" }
# Where the source can be read.
kz-src-18-url = https://new.tengrinews.kz/curious/kak-kazahstantsyi-otdohnut-na-kurban-ayt-537007

# Source title (a citation: not translated).
kz-src-19 = altyalash.kz: no day off for Kurban Ait 2024, the Ministry explains
# The source's article, paragraph or part.
kz-src-19-article = { "" }
# Where the source can be read.
kz-src-19-url = https://altyalash.kz/2024/06/07/aza-standy-tar-rban-ajtta-demalmajdy-e-bek-ministrligi-sebebin-t-sindirdi/?lang=kz

# Source title (a citation: not translated).
kz-src-20 = Order of the Minister of Labour and Social Protection on the transfer of a day off in 2024 (adilet G24G0000109): Sat 4 May → Wed 8 May 2024
# The source's article, paragraph or part.
kz-src-20-article = { "" }
# Where the source can be read.
kz-src-20-url = https://adilet.zan.kz/rus/docs/G24G0000109

# Source title (a citation: not translated).
kz-src-21 = alataunews.kz: "transfer the day off from Saturday 4 May 2024 to Wednesday 8 May 2024"
# The source's article, paragraph or part.
kz-src-21-article = { "" }
# Where the source can be read.
kz-src-21-url = https://alataunews.kz/ru/novosti/kak-budut-otdyhat-kazahstanczy-na-majskie-prazdniki-s-uchetom-perenosa-vyhodnyh-dnej

# Source title (a citation: not translated).
kz-src-22 = mgorod.kz: Kurban Ait on Fri 6 Jun 2025
# The source's article, paragraph or part.
kz-src-22-article = { "" }
# Where the source can be read.
kz-src-22-url = https://mgorod.kz/news/skolko-dnej-otdohnut-kazahstancy-na-kurban-ajt-v-2025-godu

# Source title (a citation: not translated).
kz-src-23 = Order of the Minister of Labour and Social Protection of 21 Nov 2024 No. 436 on the transfer of a day off in 2025 (adilet G24G0000436): Sun 5 Jan → Fri 3 Jan 2025
# The source's article, paragraph or part.
kz-src-23-article = { "" }
# Where the source can be read.
kz-src-23-url = https://adilet.zan.kz/rus/docs/G24G0000436

# Source title (a citation: not translated).
kz-src-24 = informburodata.com: the day off moved from Sunday 5 January to Friday 3 January 2025
# The source's article, paragraph or part.
kz-src-24-article = { "" }
# Where the source can be read.
kz-src-24-url = https://informburodata.com/novosti/v-novyi-god-kazaxstancy-otdoxnut-cetyre-dnya-podryad

# Source title (a citation: not translated).
kz-src-25 = Kazinform (2 Jan 2026), from the eGov calendar: "in 2026 the first day of Kurban Ait falls on 27 May"
# The source's article, paragraph or part.
kz-src-25-article = { "" }
# Where the source can be read.
kz-src-25-url = https://www.inform.kz/ru/kak-budut-otdihat-kazahstantsi-v-2026-godu-947dd6

# Source title (a citation: not translated).
kz-src-26 = zakon.kz: the Spiritual Administration of Muslims' 2026 calendar (Kurban Ait 27 May 2026)
# The source's article, paragraph or part.
kz-src-26-article = { "" }
# Where the source can be read.
kz-src-26-url = https://www.zakon.kz/obshestvo/6496885-ramazan2026-oraza-i-kurban-ayt-opublikovan-kalendar-musulmanskikh-prazdnikov-v-kazakhstane.html

# Source title (a citation: not translated).
kz-src-27 = kazpravda.kz: the Spiritual Administration of Muslims announces the dates of Muslim holidays in 2026
# The source's article, paragraph or part.
kz-src-27-article = { "" }
# Where the source can be read.
kz-src-27-url = https://kazpravda.kz/n/dumk-obyavilo-daty-musulmanskih-prazdnikov-na-2026-god/

# Source title (a citation: not translated).
kz-src-28 = alau.kz (19 Nov 2025): official 2026 calendar of days off; 1-2 Jan holidays then the weekend, no transfer
# The source's article, paragraph or part.
kz-src-28-article = { "" }
# Where the source can be read.
kz-src-28-url = https://alau.kz/novyj-god-2026-utverzhdjon-oficialnyj-kalendar-vyhodnyh/

# Source title (a citation: not translated).
kz-src-29 = Taspanews (18 Mar 2026): the Ministry of Labour says 30 August is no longer Constitution Day from this year, so Mon 31 Aug 2026 is a working day
# The source's article, paragraph or part.
kz-src-29-article = { "" }
# Where the source can be read.
kz-src-29-url = https://taspanews.kz/novosti-kazakhstana/v-etom-godu-u-kazakhstantsev-ne-budet-odnogo-vykhodnogo-795514517615

# Source title (a citation: not translated).
kz-src-mrp-1982 = wfin.kz: MRP 2015 is 1,982 tenge
# The source's article, paragraph or part.
kz-src-mrp-1982-article = monthly calculation index (MRP)
# Where the source can be read.
kz-src-mrp-1982-url = https://archive.wfin.kz/novosti/zakonodatelstvo/4224-mesjachnyj-raschetnyj-pokazatel-sostavljaet-1-tys-982-tenge.html

# Source title (a citation: not translated).
kz-src-mrp-2121 = newtimes.kz: MRP 2016
# The source's article, paragraph or part.
kz-src-mrp-2121-article = monthly calculation index (MRP)
# Where the source can be read.
kz-src-mrp-2121-url = https://newtimes.kz/obshchestvo/24510-v-kazakhstane-ustanovlena-novaya-velichina-prozhitochnogo-minimuma-i-mrp/amp

# Source title (a citation: not translated).
kz-src-mrp-2269 = Law on the republican budget 2017–2019 (value not re-checked here)
# The source's article, paragraph or part.
kz-src-mrp-2269-article = monthly calculation index (MRP)
# Where the source can be read.
kz-src-mrp-2269-url = https://adilet.zan.kz/rus/docs/Z1600000024

# Source title (a citation: not translated).
kz-src-mrp-2405 = Law on the republican budget 2018–2020 (value not re-checked here)
# The source's article, paragraph or part.
kz-src-mrp-2405-article = monthly calculation index (MRP)
# Where the source can be read.
kz-src-mrp-2405-url = https://adilet.zan.kz/rus/docs/Z1700000113

# Source title (a citation: not translated).
kz-src-mrp-2525 = DOS Immigration (15 MRP = 37,875 tenge)
# The source's article, paragraph or part.
kz-src-mrp-2525-article = monthly calculation index (MRP)
# Where the source can be read.
kz-src-mrp-2525-url = https://dos-immigration.kz/en/bez-rubriki-en/fine-instead-of-court-mia-of-kazakhstan-suggested-to-mitigate-punishment-for-registration/

# Source title (a citation: not translated).
kz-src-mrp-2651 = Law on the republican budget 2020–2022 (value not re-checked here)
# The source's article, paragraph or part.
kz-src-mrp-2651-article = monthly calculation index (MRP)
# Where the source can be read.
kz-src-mrp-2651-url = https://adilet.zan.kz/rus/docs/Z1900000276

# Source title (a citation: not translated).
kz-src-mrp-2778 = MRP raised from 1 April 2020 to 2,778 tenge
# The source's article, paragraph or part.
kz-src-mrp-2778-article = monthly calculation index (MRP)
# Where the source can be read.
kz-src-mrp-2778-url = https://xn--80aeaj2aesddcjte.kz/stabilno-42500-minimalnaya-zarplata-v-kazakhstane-ne-uvelichilas/

# Source title (a citation: not translated).
kz-src-mrp-2917 = Korgan Zan: MRP 2021
# The source's article, paragraph or part.
kz-src-mrp-2917-article = monthly calculation index (MRP)
# Where the source can be read.
kz-src-mrp-2917-url = https://korgan-zan.kz/en/rules-and-grounds-for-the-stay-of-foreigners-in-the-republic-of-kazakhstan/amp

# Source title (a citation: not translated).
kz-src-mrp-3063 = pricom.kz: MRP 2022
# The source's article, paragraph or part.
kz-src-mrp-3063-article = monthly calculation index (MRP)
# Where the source can be read.
kz-src-mrp-3063-url = https://pricom.kz/aktualno/kakimi-budut-razmer-mzp-pensij-i-mrp-v-2022-godu.html

# Source title (a citation: not translated).
kz-src-mrp-3180 = Mid-year raise of the MRP from 1 April 2022 (value not re-checked here)
# The source's article, paragraph or part.
kz-src-mrp-3180-article = monthly calculation index (MRP)
# Where the source can be read.
kz-src-mrp-3180-url = https://adilet.zan.kz/rus/docs/Z2100000075

# Source title (a citation: not translated).
kz-src-mrp-3450 = knews.kz: MRP 2023
# The source's article, paragraph or part.
kz-src-mrp-3450-article = monthly calculation index (MRP)
# Where the source can be read.
kz-src-mrp-3450-url = https://knews.kz/economy/153-mrp-2023

# Source title (a citation: not translated).
kz-src-mrp-3692 = Tengrinews: MRP 2024
# The source's article, paragraph or part.
kz-src-mrp-3692-article = monthly calculation index (MRP)
# Where the source can be read.
kz-src-mrp-3692-url = https://tengrinews.kz/kazakhstan_news/minimalnaya-zarplata-mrp-novyie-pokazateli-vstupili-silu-521858

# Source title (a citation: not translated).
kz-src-mrp-3932 = alau.kz: MRP 2025
# The source's article, paragraph or part.
kz-src-mrp-3932-article = monthly calculation index (MRP)
# Where the source can be read.
kz-src-mrp-3932-url = https://alau.kz/povyshajutsja-mrp-pensii-i-prozhitochnyj-minimum-tokaev-utverdil-bjudzhet/

# Source title (a citation: not translated).
kz-src-mrp-4325 = Law on the republican budget 2026–2028, signed 8 December 2025 (lada.kz; also ddn.kz)
# The source's article, paragraph or part.
kz-src-mrp-4325-article = monthly calculation index (MRP)
# Where the source can be read.
kz-src-mrp-4325-url = https://www.lada.kz/kazakhstan-news/146822-tokaev-podpisal-triokhletnii-biudzhet-chto-izmenitsia-dlia-kazakhstantsev.html

# Source title (a citation: not translated).
kz-src-aifc-expat = AIFC Expat Centre: Notification and registration
# The source's article, paragraph or part.
kz-src-aifc-expat-article = since 11 January 2020: no registration up to 30 days; host notifies within 3 business days at each entry
# Where the source can be read.
kz-src-aifc-expat-url = https://expatcentre.aifc.kz/notification-and-registration

# Source title (a citation: not translated).
kz-src-investastana-2020 = Astana Invest: Mandatory registration of foreigners abolished in Kazakhstan
# The source's article, paragraph or part.
kz-src-investastana-2020-article = receiving party notifies within three working days of arrival; stays over 30 days need a temporary residence permit
# Where the source can be read.
kz-src-investastana-2020-url = https://investastana.kz/kz/astana-invest/press-center/news/v-kazakhstane-otmenena-obyazatelnaya-registratsiya-inostrantsev

# Source title (a citation: not translated).
kz-src-dos-notification = DOS Immigration (law firm): Submission of notification on arrival
# The source's article, paragraph or part.
kz-src-dos-notification-article = arrived 23:50 on Friday: Friday is the first day; due on each arrival, change of address and move to another region
# Where the source can be read.
kz-src-dos-notification-url = https://dos-immigration.kz/en/services/submission-of-notification-on-arrival

# Source title (a citation: not translated).
kz-src-decree-148-p9 = Rules of entry and stay of immigrants, Government Decree No. 148 of 21 January 2012 (as amended), quoted by Korgan Zan
# The source's article, paragraph or part.
kz-src-decree-148-p9-article = para 9: registration on the basis of information from receiving persons; receiving persons inform within 3 working days
# Where the source can be read.
kz-src-decree-148-p9-url = https://korgan-zan.kz/en/rules-and-grounds-for-the-stay-of-foreigners-in-the-republic-of-kazakhstan/amp

# Source title (a citation: not translated).
kz-src-rules-0001-counting = Rules text (translation) on the counting of the notification period
# The source's article, paragraph or part.
kz-src-rules-0001-counting-article = "calculation of these periods starts at 00:01 of the day on which the foreigner crossed the border and arrived"
# Where the source can be read.
kz-src-rules-0001-counting-url = https://ontustiktravel.kz/tr/migracionnyy-uchet

# Source title (a citation: not translated).
kz-src-admin-procedures-12-1 = Law "On administrative procedures" of 27 November 2000 No. 107-II
# The source's article, paragraph or part.
kz-src-admin-procedures-12-1-article = Art. 12-1: a period begins from the calendar date or the day of the event that defines its start
# Where the source can be read.
kz-src-admin-procedures-12-1-url = http://www.pavlodar.com/zakon/?dok=00768&uro=080015

# Source title (a citation: not translated).
kz-src-civil-code-next-day = Civil Code of the Republic of Kazakhstan (General Part)
# The source's article, paragraph or part.
kz-src-civil-code-next-day-article = general civil-law rule that a period runs from the day after the event (not checked against the code's text)
# Where the source can be read.
kz-src-civil-code-next-day-url = https://adilet.zan.kz/rus/docs/K940001000_

# Source title (a citation: not translated).
kz-src-order-404-eqonaq = MIA Order No. 404 of 30 May 2022 amending Order No. 83 (eQonaq channel), reported by Zhaik Press
# The source's article, paragraph or part.
kz-src-order-404-eqonaq-article = notification also through the eQonaq information system
# Where the source can be read.
kz-src-order-404-eqonaq-url = https://zhaikpress.kz/ru/news/v-kazaxstane-rasshiryat-sposoby-podachi-informacii-o-priexavshix-v-gosti-inostrancax

# Source title (a citation: not translated).
kz-src-zont-documents = Zont Company: Notification of foreign citizens' arrival
# The source's article, paragraph or part.
kz-src-zont-documents-article = documents: passport copy, visa copy, address, receiving party's details
# Where the source can be read.
kz-src-zont-documents-url = https://zont-company.kz/en/uvedomlenie-inostrannyh-grazhdan-o-pribytii-v-rk-v-migratsii

# Source title (a citation: not translated).
kz-src-invest-gov-registration = invest.gov.kz: Registration of foreign citizens (pre-2018 text)
# The source's article, paragraph or part.
kz-src-invest-gov-registration-article = registration of stays over 5 calendar days; exempt: diplomatic and service passports, diplomatic, service and investor visas, under 16; 15-day visa-free list of 16 July 2015
# Where the source can be read.
kz-src-invest-gov-registration-url = http://invest.gov.kz/pages/registraciya-inostrannyh-grazhdan

# Source title (a citation: not translated).
kz-src-astana-3d-registration = Astana city migration page (pre-2020): registration of foreigners
# The source's article, paragraph or part.
kz-src-astana-3d-registration-article = register within five days of entry; Russians 30 days and Ukrainians 90 days without registration
# Where the source can be read.
kz-src-astana-3d-registration-url = http://3d.astana.kz/en/reg/reg

# Source title (a citation: not translated).
kz-src-mia-2019-visa-free = MIA Migration Service Committee statement, 22 July 2019 (New Europe)
# The source's article, paragraph or part.
kz-src-mia-2019-visa-free-article = 45 countries unilaterally up to 30 days without the need to register; bilateral 90-day and 30-day lists
# Where the source can be read.
kz-src-mia-2019-visa-free-url = https://www.neweurope.eu/article/kazakhstan-expands-list-of-visa-free-countries/

# Source title (a citation: not translated).
kz-src-ru-kz-2012-agreement = Agreement between Russia and Kazakhstan on the stay of citizens, 7 June 2012 (ratified by Kazakhstan 2014)
# The source's article, paragraph or part.
kz-src-ru-kz-2012-agreement-article = citizens exempt from registration for up to 30 days from entry
# Where the source can be read.
kz-src-ru-kz-2012-agreement-url = http://russianskz.info/compatriot/6144-kazahstan-ratificiroval-soglashenie-s-rossiey-ob-uproschennom-poryadke-prebyvaniya-grazhdan.html

# Source title (a citation: not translated).
kz-src-migration-card-rules = Rules for issuing migration cards (2012–2016 editions), summarised by xpat.kz
# The source's article, paragraph or part.
kz-src-migration-card-rules-article = card for each foreigner aged 16 and over; not for diplomatic, service and investor visas, crews, transit passengers
# Where the source can be read.
kz-src-migration-card-rules-url = http://xpat.kz/discussion/195/migration-cards-kazakhstan-updated-2015

# Source title (a citation: not translated).
kz-src-order-274-2020 = MIA Order No. 274 of 31 March 2020 amending Order No. 83
# The source's article, paragraph or part.
kz-src-order-274-2020-article = the making and issuing of migration cards removed from the Rules
# Where the source can be read.
kz-src-order-274-2020-url = https://zakon.uchet.kz/rus/docs/V2000020235

# Source title (a citation: not translated).
kz-src-gov-trp-service = gov.kz public service 4631: Temporary residence permit for foreigners and stateless persons
# The source's article, paragraph or part.
kz-src-gov-trp-service-article = online with EDS or at a Public Service Centre; documents; health insurance except EAEU citizens; fingerprinting
# Where the source can be read.
kz-src-gov-trp-service-url = https://www.gov.kz/services/4631?lang=en

# Source title (a citation: not translated).
kz-src-dos-trp = DOS Immigration: Temporary residence permit (TRP)
# The source's article, paragraph or part.
kz-src-dos-trp-article = children under 16 do not need a TRP; arrival notification is one of the documents
# Where the source can be read.
kz-src-dos-trp-url = https://dos-immigration.kz/en/services/temporary-residence-permit-trp-and-registration-of-a-foreigner-s-passport

# Source title (a citation: not translated).
kz-src-order-923-inform = MIA Order No. 923 of 17 November 2025, Rules of registration of immigrants (Kazinform)
# The source's article, paragraph or part.
kz-src-order-923-inform-article = from 1 July 2026 immigrants of 90-day regime states register not later than the 30th calendar day from crossing the border
# Where the source can be read.
kz-src-order-923-inform-url = https://www.inform.kz/ru/pravila-registratsii-immigrantov-v-kazahstane-izmenyatsya-af3b97

# Source title (a citation: not translated).
kz-src-order-923-24kg = 24.kg: New registration rules for migrants in Kazakhstan from 1 July 2026
# The source's article, paragraph or part.
kz-src-order-923-24kg-article = a change of address requires re-registration within five working days
# Where the source can be read.
kz-src-order-923-24kg-url = https://24.kg/obschestvo/352265_vkazahstane_s1iyulya_2026_goda_migrantov_budut_registrirovat_ponovyim_pravilam/

# Source title (a citation: not translated).
kz-src-astana-times-2023 = The Astana Times: Kazakhstan amends immigration rules, cancels visa run (MIA)
# The source's article, paragraph or part.
kz-src-astana-times-2023-article = from 27 January 2023: visa-free non-EAEU 30 days per entry and 90 in each 180; EAEU 90 in each 180; not for visa or TRP holders
# Where the source can be read.
kz-src-astana-times-2023-url = https://astanatimes.com/2023/01/kazakhstan-amends-immigration-rules-cancels-visa-run-for-foreign-nationals/

# Source title (a citation: not translated).
kz-src-decree-848-2016 = Government Decree No. 848 of 23 December 2016 (30-day visa-free list from 1 January 2017), as listed by arlberg-lech.com
# The source's article, paragraph or part.
kz-src-decree-848-2016-article = unilateral visa-free stay up to 30 days
# Where the source can be read.
kz-src-decree-848-2016-url = http://arlberg-lech.com/de/motorradshuttle-tipps/kasachstan/visum-republik-kasachstan.html

# Source title (a citation: not translated).
kz-src-pilot-2014 = eTN / kazworld.info: 15-day visa-free pilot, 15 July 2014 – 15 July 2015
# The source's article, paragraph or part.
kz-src-pilot-2014-article = 10 countries, 15 days, registration by the border stamp
# Where the source can be read.
kz-src-pilot-2014-url = http://kazworld.info/?p=37580

# Source title (a citation: not translated).
kz-src-art-518 = Code of the Republic of Kazakhstan on Administrative Offences, 5 July 2014 No. 235-V
# The source's article, paragraph or part.
kz-src-art-518-article = Art. 518(1): untimely informing of the internal affairs bodies by a receiving person
# Where the source can be read.
kz-src-art-518-url = https://kodeksy-kz.com/ob_administrativnyh_pravonarusheniyah/518.htm

# Source title (a citation: not translated).
kz-src-art-517 = Code of the Republic of Kazakhstan on Administrative Offences, Art. 517(3), quoted by the Otandastar Qory foundation (2023)
# The source's article, paragraph or part.
kz-src-art-517-article = Art. 517(3): overstay up to 3 days a warning; more than 3 up to 5 days 10 MRP
# Where the source can be read.
kz-src-art-517-url = https://oq.gov.kz/en/news/872-pervyy-forum-molodedgi-diaspory-organizovannyy-gosudarstvennym-komitetom-azerbay

# Source title (a citation: not translated).
kz-src-egov-free = AIFC Expat Centre / Visa-migration portal: notification is filed online with an EDS, no state fee
# The source's article, paragraph or part.
kz-src-egov-free-article = { "" }
# Where the source can be read.
kz-src-egov-free-url = https://expatcentre.aifc.kz/notification-and-registration

# Source title (a citation: not translated).
kz-src-kazinform-2019-host = Kazinform: Kazakhstan introduces e-visa for foreigners from 1 January 2019 (3 Jan 2019)
# The source's article, paragraph or part.
kz-src-kazinform-2019-host-article = "The Kazakh inviting side informs the migration authorities about arrived foreigners within three working days (this service is available online at the Visa and Migration Portal)"
# Where the source can be read.
kz-src-kazinform-2019-host-url = https://en.inform.kz/news/kazakhstan-introduces-e-visa-for-foreigners-from-jan-1-2019_a3484103/

# Source title (a citation: not translated).
kz-src-rules-tr-host-and-registration = Rules of entry and stay before 2020, Turkish machine translation (ontustiktravel.kz)
# The source's article, paragraph or part.
kz-src-rules-tr-host-and-registration-article = register within five days (excluding weekends); receiving parties inform within three working days of arrival; counting starts at 00:01 of the day
# Where the source can be read.
kz-src-rules-tr-host-and-registration-url = https://ontustiktravel.kz/tr/migracionnyy-uchet

# Source title (a citation: not translated).
kz-src-invest-gov-arrival = invest.gov.kz (Kyzylorda region investment guide): Arrival, citing the Rules of entry and stay (adilet P1200000148)
# The source's article, paragraph or part.
kz-src-invest-gov-arrival-article = receiving parties enter data via vmp.gov.kz or egov.kz, or by direct contact with the migration service units, or send them by mail; also through eQonaq by users of that system
# Where the source can be read.
kz-src-invest-gov-arrival-url = https://kyzylorda.invest.gov.kz/zh/invest-guide/arrival

# Source title (a citation: not translated).
kz-src-eqonaq-private-hosts = A guest's notes on the arrival notice (creewick.github.io) and Loginov Agency (dzen.ru): private hosts filing through the eQonaq mobile app
# The source's article, paragraph or part.
kz-src-eqonaq-private-hosts-article = not confirmed by an official or 2026 source
# Where the source can be read.
kz-src-eqonaq-private-hosts-url = https://creewick.github.io/notes/immigration/kz/doc/arrival-notice

# Source title (a citation: not translated).
kz-src-aifc-itrp-faq = AIFC iTRP FAQ: who can get a temporary residence permit in Kazakhstan
# The source's article, paragraph or part.
kz-src-aifc-itrp-faq-article = "The issuance of the TRP is available only within the territory of Kazakhstan and for the citizens of Azerbaijan, Armenia, Russia, Tajikistan, Kyrgyzstan, Belarus, and Uzbekistan. Other applicants shall obtain an investor visa."
# Where the source can be read.
kz-src-aifc-itrp-faq-url = https://itrp.aifc.kz/en/faq?category=20

# Source title (a citation: not translated).
kz-src-aifc-expat-trp = AIFC Expat Centre: Notification and registration
# The source's article, paragraph or part.
kz-src-aifc-expat-trp-article = a permit is needed by citizens of CIS countries staying more than 30 calendar days and by EAEU citizens staying more than 90
# Where the source can be read.
kz-src-aifc-expat-trp-url = https://expatcentre.aifc.kz/en/notification-and-registration

# Source title (a citation: not translated).
kz-src-qazinform-2025-rules = Qazinform: Turkish nationals to be allowed to stay in Kazakhstan without visas for 90 days (draft Rules, July 2025)
# The source's article, paragraph or part.
kz-src-qazinform-2025-rules-article = "In case the purposes or duration of the visit exceed the limits set, it is required to obtain a visa before entering the Republic of Kazakhstan"; 66 countries 30 days, 90 in 180; India and Iran 14 days, 42 in 180
# Where the source can be read.
kz-src-qazinform-2025-rules-url = https://qazinform.com/news/turkish-nationals-to-be-allowed-to-stay-in-kazakhstan-without-visas-for-90-days-924758

# Source title (a citation: not translated).
kz-src-mfa-china-visa = Ministry of Foreign Affairs on the visa-free regime with China (kazface.kz, 11 Nov 2023)
# The source's article, paragraph or part.
kz-src-mfa-china-visa-article = to stay more than 30 days, obtain an entry visa of the right category in advance
# Where the source can be read.
kz-src-mfa-china-visa-url = https://kazface.kz/ru/new/v-kazaxstane-vstupil-silu-bezvizovyi-rezim-s-kitaem

# Source title (a citation: not translated).
kz-src-order-923-zakon = zakon.kz: MIA approves new rules of registration of immigrants (Order No. 923, ~25 Nov 2025)
# The source's article, paragraph or part.
kz-src-order-923-zakon-article = immigrants from states with a stay regime of up to 90 days register not later than the 30th calendar day from crossing the border; a registration certificate is formed in the immigrant's personal cabinet
# Where the source can be read.
kz-src-order-923-zakon-url = https://www.zakon.kz/pravo/6498893-novye-pravila-registratsii-immigrantov-utverdilo-mvd.html

# Source title (a citation: not translated).
kz-src-order-923-trend = Trend: Kazakhstan changes rules of registration of immigrants (25 Nov 2025, citing the official e-bank of legal acts)
# The source's article, paragraph or part.
kz-src-order-923-trend-article = deregistration from the previous address will occur automatically
# Where the source can be read.
kz-src-order-923-trend-url = https://www.trend.az/casia/kazakhstan/4122066.html

# Source title (a citation: not translated).
kz-src-asiaplus-tj = Asia-Plus: new rules of registration of foreigners in Kazakhstan — what citizens of Tajikistan need to know (26 Nov 2025)
# The source's article, paragraph or part.
kz-src-asiaplus-tj-article = applies to all foreigners who may stay in Kazakhstan up to 90 days without a visa, including citizens of Tajikistan
# Where the source can be read.
kz-src-asiaplus-tj-url = https://asiaplus.news/2025/11/26/v-kazahstane-vvodyat-novye-pravila-registraczii-inostranczev-chto-vazhno-znat-grazhdanam-tadzhikistana

# Source title (a citation: not translated).
kz-src-kz-tj-2018 = Kazinform: agreement between Kazakhstan and Tajikistan of 14 March 2018 on the stay of citizens
# The source's article, paragraph or part.
kz-src-kz-tj-2018-article = foresees stays of up to 90 days
# Where the source can be read.
kz-src-kz-tj-2018-url = https://en.inform.kz/news/kazakhstanis-to-stay-up-to-30-days-without-registration-in-tajikistan_a3477095/

# Source title (a citation: not translated).
kz-src-one-uz-923 = one.uz: digital registration system for migrants to be introduced in Kazakhstan
# The source's article, paragraph or part.
kz-src-one-uz-923-article = "including citizens of Uzbekistan" (the article gives the wrong year)
# Where the source can be read.
kz-src-one-uz-923-url = https://one.uz/en/news/world/27401-digital-registration-system-for-migrants-to-be-introduced-in-kazakhstan.html

# Source title (a citation: not translated).
kz-src-steppe-2022-sanctions = The Steppe (MFA, July 2022) on breaching the visa-free regime
# The source's article, paragraph or part.
kz-src-steppe-2022-sanctions-article = fine of 10 to 25 MRP, arrest up to 15 days, expulsion, entry ban for 5 years by court decision (may describe an older edition)
# Where the source can be read.
kz-src-steppe-2022-sanctions-url = https://the-steppe.com/novosti/dlya-indii-irana-i-knr-v-kazahstane-vveden-bezvizovyy-rezhim-na-14-dney

# Source title (a citation: not translated).
kz-src-ernur-ban = ernur.kz: a court orders expulsion with a 5-year entry ban under Art. 517(4)
# The source's article, paragraph or part.
kz-src-ernur-ban-article = { "" }
# Where the source can be read.
kz-src-ernur-ban-url = http://ernur.kz/kazakstan/elde-zansyz-zhurgen-bangladeshtin-ush-azamaty-ustaldy

