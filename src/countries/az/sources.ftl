## Azerbaijan's sources: the title, the article (paragraph or part; { "" } when the source is a whole page)
## and the address of every source its rules and calendar cite (src/countries/az/*.rs
## name each by its ID). Citations, shown as written whatever the page's language: one file for
## every language (build.rs and scripts/catalogs.mjs put it in each language's catalog; the page
## gets it with the destination's part, www/locales/<lang>/az.ftl). Not for translation.

# Source title (a citation: not translated).
az-src-labour-code = Labour Code of the Republic of Azerbaijan (Əmək Məcəlləsi), text as of August 2025 (e-qanun.az, unofficial copy)
# The source's article, paragraph or part.
az-src-labour-code-article = Art. 105(2) (non-working holidays), 105(4) (Novruz, Qurban and Ramazan dates announced by the end of December for the next year), 105(5) (a rest day meeting a holiday moves to the next working day), 105(6) (Qurban or Ramazan meeting another holiday: the next working day is a rest day), 105(7) (the Cabinet may swap working days and rest days); Art. 104(1) (five-day week: two rest days)
# Where the source can be read.
az-src-labour-code-url = https://github.com/mzffreyvazov/rag-pipeline-eqanun/tree/9a2f549f366a747de83622fefb76d43ce40c6230/docling_converter/mecelleler-md

# Source title (a citation: not translated).
az-src-labour-code-106 = Labour Code of the Republic of Azerbaijan, text as of August 2025 (e-qanun.az, unofficial copy)
# The source's article, paragraph or part.
az-src-labour-code-106-article = Art. 106: "Hər il yanvarın 20-si … ümumxalq hüzn günüdür. Bu gün iş günü hesab edilmir." (20 January is the day of national mourning and not a working day); not an Art. 105 holiday, so Art. 105(5) does not move it
# Where the source can be read.
az-src-labour-code-106-url = https://github.com/mzffreyvazov/rag-pipeline-eqanun/tree/9a2f549f366a747de83622fefb76d43ce40c6230/docling_converter/mecelleler-md

# Source title (a citation: not translated).
az-src-voting-day-law = Labour Code Art. 105-1 (Law 771-IIIQD of 24 Feb 2009) and Electoral Code Art. 8.2: "səsvermə günü seçki (referendum) keçirilən ərazidə iş günü hesab edilmir" (a voting day is not a working day where the election or referendum is held)
# The source's article, paragraph or part.
az-src-voting-day-law-article = Labour Code Art. 105-1; Electoral Code Art. 8.2
# Where the source can be read.
az-src-voting-day-law-url = https://github.com/mzffreyvazov/rag-pipeline-eqanun/tree/9a2f549f366a747de83622fefb76d43ce40c6230/docling_converter/mecelleler-md

# Source title (a citation: not translated).
az-src-turan-weekend-rule = turan.az: November 10 a day off (the weekend-transfer rule of the Labour Code, in force since the Law of 30 December 2005)
# The source's article, paragraph or part.
az-src-turan-weekend-rule-article = { "" }
# Where the source can be read.
az-src-turan-weekend-rule-url = https://turan.az/en/economics/november-10-day-off

# Source title (a citation: not translated).
az-src-sosial-gov-az = Ministry of Labour and Social Protection of Population: production calendar (İstehsalat təqvimi), archived 11 Dec 2025
# The source's article, paragraph or part.
az-src-sosial-gov-az-article = { "" }
# Where the source can be read.
az-src-sosial-gov-az-url = https://web.archive.org/web/20251211151027/https://sosial.gov.az/az/faydali/istehsalat-teqvimi

# Source title (a citation: not translated).
az-src-py-holidays = python-holidays 0.109 (vacanza), Azerbaijan (holidays/countries/azerbaijan.py)
# The source's article, paragraph or part.
az-src-py-holidays-article = { "" }
# Where the source can be read.
az-src-py-holidays-url = https://github.com/vacanza/holidays/blob/dev/holidays/countries/azerbaijan.py

# Source title (a citation: not translated).
az-src-cabinet-2007-2020 = Cabinet of Ministers of Azerbaijan: resolutions on Novruz, Ramazan and Qurban days and on swapping working days and rest days, 2007-2020 (archive cited by python-holidays; not read here)
# The source's article, paragraph or part.
az-src-cabinet-2007-2020-article = { "" }
# Where the source can be read.
az-src-cabinet-2007-2020-url = https://archive.org/details/azerbaijan_holidays_resolutions_2007-2020

# Source title (a citation: not translated).
az-src-py-confirmed = python-holidays 0.109, Azerbaijan: Ramazan and Qurban dates marked confirmed for 2002-2026 (AzerbaijanIslamicHolidays), from the Cabinet's resolutions
# The source's article, paragraph or part.
az-src-py-confirmed-article = { "" }
# Where the source can be read.
az-src-py-confirmed-url = https://github.com/vacanza/holidays/blob/dev/holidays/countries/azerbaijan.py

# Source title (a citation: not translated).
az-src-1 = report.az (24 Nov 2014): Cabinet of Ministers decision on Novruz (20-24 Mar), Ramazan (17-18 Jul) and Qurban (24-25 Sep) in 2015
# The source's article, paragraph or part.
az-src-1-article = { "" }
# Where the source can be read.
az-src-1-url = https://report.az/en/sosial-security/days-off-for-novruz-ramadan-eid-holidays-in-azerbaijan-in-2015-announced/

# Source title (a citation: not translated).
az-src-2 = gomap.az / APA (25 Nov 2014): 25-26 Mar, 20 Jul and 26-27 Sep follow from the Labour Code
# The source's article, paragraph or part.
az-src-2-article = { "" }
# Where the source can be read.
az-src-2-url = https://m.gomap.az/Info/Detailed_News.aspx?id=15402&lng=en

# Source title (a citation: not translated).
az-src-3 = news.az (Vestnik Kavkaza, abc.az): Cabinet decision for 2018: Novruz 20-24 Mar, Ramazan 15-16 Jun, Qurban 22-23 Aug
# The source's article, paragraph or part.
az-src-3-article = { "" }
# Where the source can be read.
az-src-3-url = https://news.az/news/non-working-days-on-novruz-ramadan-and-gurban-published

# Source title (a citation: not translated).
az-src-y2021-swap = baku.ws / abc.az (May 2021): Ramazan 13-14 May 2021 (Cabinet decision); working days 11 and 12 May swapped with rest days 8 and 16 May, non-working 9-15 May
# The source's article, paragraph or part.
az-src-y2021-swap-article = { "" }
# Where the source can be read.
az-src-y2021-swap-url = https://baku.ws/lifestyle/118950

# Source title (a citation: not translated).
az-src-4 = abc.az (2 Dec 2021): Cabinet decision for 2022: Novruz 20-24 Mar, Ramazan 2-3 May, Qurban 9-10 Jul
# The source's article, paragraph or part.
az-src-4-article = { "" }
# Where the source can be read.
az-src-4-url = https://abc.az/en/news/85226

# Source title (a citation: not translated).
az-src-5 = aqreqator.az (news.day.az): Cabinet decision for 2023: Novruz 20-24 Mar, Ramazan 21-22 Apr, Qurban 28-29 Jun
# The source's article, paragraph or part.
az-src-5-article = { "" }
# Where the source can be read.
az-src-5-url = https://aqreqator.az/ru/obshestva/2284584

# Source title (a citation: not translated).
az-src-6 = metbuat.az (Apr 2023): Ramazan 21-22 Apr 2023; 22 Apr a Saturday, so 21-24 Apr not working
# The source's article, paragraph or part.
az-src-6-article = { "" }
# Where the source can be read.
az-src-6-url = https://metbuat.az/news/1466038/azerbaycanda-bayram-namazi-qilinib.html

# Source title (a citation: not translated).
az-src-y2024-ramazan = metbuat.az (Apr 2024): Ramazan 10-11 Apr 2024; Cabinet decision swaps Fri 12 Apr with Sat 6 Apr, non-working 10-14 Apr
# The source's article, paragraph or part.
az-src-y2024-ramazan-article = { "" }
# Where the source can be read.
az-src-y2024-ramazan-url = https://metbuat.az/news/1497079/sabahdan-ramazan-tetili-baslayir.html

# Source title (a citation: not translated).
az-src-7 = turan.az (11 Dec 2024): Cabinet decision for 2025: Novruz 20-24 Mar, Ramazan 30-31 Mar, Qurban 6-7 Jun
# The source's article, paragraph or part.
az-src-7-article = { "" }
# Where the source can be read.
az-src-7-url = https://turan.az/en/social/the-cabinet-of-ministers-has-established-public-holidays-for-2025-in-connection-with-novruz-ramadan-and-gurban-bayram-788064

# Source title (a citation: not translated).
az-src-8 = news.az (2 Dec 2025): Cabinet decision for 2026: Novruz 20-24 Mar, Ramazan 20-21 Mar, Qurban 27-28 May
# The source's article, paragraph or part.
az-src-8-article = { "" }
# Where the source can be read.
az-src-8-url = https://news.az/news/azerbaijan-sets-2026-dates-for-novruz-ramadan-eid-al-adha

# Source title (a citation: not translated).
az-src-9 = ain.az: the Cabinet decision for 2026 quoted ("martın 20, 21-i Ramazan bayramı, mayın 27, 28-i Qurban bayramı")
# The source's article, paragraph or part.
az-src-9-article = { "" }
# Where the source can be read.
az-src-9-url = https://www.ain.az/az/article/23974882

# Source title (a citation: not translated).
az-src-10 = gomap.az / APA (25 Nov 2014): Novruz 20-24 Mar 2015 with 25-26 Mar off under the Labour Code
# The source's article, paragraph or part.
az-src-10-article = { "" }
# Where the source can be read.
az-src-10-url = https://m.gomap.az/Info/Detailed_News.aspx?id=15402&lng=en

# Source title (a citation: not translated).
az-src-11 = abzas.net (25 Sep 2016): by Electoral Code Art. 8.2, 26 September (referendum) is a non-working day in Azerbaijan
# The source's article, paragraph or part.
az-src-11-article = { "" }
# Where the source can be read.
az-src-11-url = http://abzas.net/2016/09/referendumqabagi-t%c9%99sviqat-mudd%c9%99ti-basa-catib/

# Source title (a citation: not translated).
az-src-12 = qadin.net (Milli.Az, Trend): the referendum day 26 September will be a non-working day
# The source's article, paragraph or part.
az-src-12-article = { "" }
# Where the source can be read.
az-src-12-url = https://qadin.net/news/75162-sentyabrn-bu-gn-azrbaycanda-i-olmayacaq.html

# Source title (a citation: not translated).
az-src-13 = report.az: 9 non-working days declared over Novruz (2016: Sat 19 - Sun 27 Mar)
# The source's article, paragraph or part.
az-src-13-article = { "" }
# Where the source can be read.
az-src-13-url = https://report.az/en/domestic-politics/9-non-working-days-declared-over-novruz-holiday/

# Source title (a citation: not translated).
az-src-14 = Trend (23 Dec 2019): "In connection with the municipal elections, December 23 has been declared a non-working day in Azerbaijan"
# The source's article, paragraph or part.
az-src-14-article = { "" }
# Where the source can be read.
az-src-14-url = https://en.trend.az/azerbaijan/politics/3167759.html

# Source title (a citation: not translated).
az-src-15 = azerbaycan24.com: the Central Election Commission sets the municipal elections for 23 December 2019
# The source's article, paragraph or part.
az-src-15-article = { "" }
# Where the source can be read.
az-src-15-url = https://www.azerbaycan24.com/en/date-of-municipal-elections-in-azerbaijan-unveiled-2/

# Source title (a citation: not translated).
az-src-16 = yenixeber.org: 23 December a non-working day (municipal elections, Electoral Code Art. 8.2)
# The source's article, paragraph or part.
az-src-16-article = { "" }
# Where the source can be read.
az-src-16-url = https://yenixeber.org/sosial/83992-gelen-ay-.html

# Source title (a citation: not translated).
az-src-17 = Cabinet of Ministers decision on swapping working days and rest days (2021), archived
# The source's article, paragraph or part.
az-src-17-article = { "" }
# Where the source can be read.
az-src-17-url = https://web.archive.org/web/20240616014651/https://nk.gov.az/az/senedler/qerarlar/is-va-istirahat-gunlarinin-yerlarinin-dayisdirilmasi-haqqinda-5423

# Source title (a citation: not translated).
az-src-18 = Cabinet of Ministers decision on swapping working days and rest days (2022, March), archived
# The source's article, paragraph or part.
az-src-18-article = { "" }
# Where the source can be read.
az-src-18-url = https://web.archive.org/web/20250427175631/https://nk.gov.az/az/senedler/qerarlar/is-va-istirahat-gunlarinin-yerlarinin--dayisdirilmasi-haqqinda-5982

# Source title (a citation: not translated).
az-src-19 = Cabinet of Ministers decision on swapping working days and rest days (2022, November), archived
# The source's article, paragraph or part.
az-src-19-article = { "" }
# Where the source can be read.
az-src-19-url = https://web.archive.org/web/20250427175637/https://nk.gov.az/az/senedler/qerarlar/is-va-istirahat-gunlarinin-yerlarinin-dayisdirilmasi-haqqinda-6488

# Source title (a citation: not translated).
az-src-20 = Cabinet of Ministers decision on swapping working days and rest days (2023, June), archived
# The source's article, paragraph or part.
az-src-20-article = { "" }
# Where the source can be read.
az-src-20-url = https://web.archive.org/web/20240814143858/https://nk.gov.az/az/senedler/qerarlar/is-ve-istirahet-gunlerinin-yerlerinin-deyisdirilme-7047

# Source title (a citation: not translated).
az-src-21 = Cabinet of Ministers decision on swapping working days and rest days (2023, November), archived
# The source's article, paragraph or part.
az-src-21-article = { "" }
# Where the source can be read.
az-src-21-url = https://web.archive.org/web/20250427175636/https://nk.gov.az/az/senedler/qerarlar/is-ve-istirahet-gunlerinin-yerlerinin-deyisdirilme-7466

# Source title (a citation: not translated).
az-src-22 = metbuat.az (Feb 2024): 7 February, the snap presidential election, a non-working day (Electoral Code)
# The source's article, paragraph or part.
az-src-22-article = { "" }
# Where the source can be read.
az-src-22-url = https://metbuat.az/news/1491361/7-fevral-qeyri-is-gunudur.html

# Source title (a citation: not translated).
az-src-23 = metbuat.az (May 2024): 15-19 June non-working (Qurban 16-17 Jun, National Salvation Day 15 Jun)
# The source's article, paragraph or part.
az-src-23-article = { "" }
# Where the source can be read.
az-src-23-url = https://metbuat.az/news/1500952/ardicil-5-gun-is-olmayacaq.html

# Source title (a citation: not translated).
az-src-24 = regionxeberlericom.az (31 Dec 2023): a week of New Year rest; Sat 30 Dec 2023 and Sun 7 Jan 2024 worked for 4-5 Jan
# The source's article, paragraph or part.
az-src-24-article = { "" }
# Where the source can be read.
az-src-24-url = https://regionxeberlericom.az/cam/93360-azerbaycanda-bir-heftelik-bayram-tetili-baslayib.html

# Source title (a citation: not translated).
az-src-25 = sheffafliq.az: the November 2024 swap (12/13 Nov with Sat 16/23 Nov)
# The source's article, paragraph or part.
az-src-25-article = { "" }
# Where the source can be read.
az-src-25-url = https://sheffafliq.az/index.php?newsid=37711

# Source title (a citation: not translated).
az-src-26 = metbuat.az (Dec 2024): 7 days in a row off; Sat 28 and Sun 29 Dec worked for 30 Dec and 3 Jan 2025
# The source's article, paragraph or part.
az-src-26-article = { "" }
# Where the source can be read.
az-src-26-url = https://metbuat.az/news/1515537/ardicil-7-gun-is-olacaq.html

# Source title (a citation: not translated).
az-src-27 = Cabinet of Ministers decision on swapping working days and rest days 2024-2025, archived
# The source's article, paragraph or part.
az-src-27-article = { "" }
# Where the source can be read.
az-src-27-url = https://web.archive.org/web/20250410132503/https://nk.gov.az/az/senedler/qerarlar/is-ve-istirahet-gunlerinin-yerlerinin-deyisdirilme-8449

# Source title (a citation: not translated).
az-src-28 = Central Election Commission: municipal elections of 29 January 2025, archived
# The source's article, paragraph or part.
az-src-28-article = { "" }
# Where the source can be read.
az-src-28-url = https://web.archive.org/web/20250421013220/https://www.msk.gov.az/en/elections/pages/municipal-elections/belediyye-29-01-2025

# Source title (a citation: not translated).
az-src-29 = mia.az (15 Feb 2025): Cabinet decision, non-working 20-31 Mar; "martın 10-u və aprelin 1-i iş günü hesab edilir" (10 March and 1 April are working days)
# The source's article, paragraph or part.
az-src-29-article = { "" }
# Where the source can be read.
az-src-29-url = https://mia.az/w1079208/novruz-ve-ramazan-bayramlarinda-nece-gun-is-olmayacaq-hokumet-qerar-verdi-2025-02-15-133301

# Source title (a citation: not translated).
az-src-30 = abc.az (17 Jun 2025): Saturday 21 June is officially a working day (swapped with Fri 27 Jun)
# The source's article, paragraph or part.
az-src-30-article = { "" }
# Where the source can be read.
az-src-30-url = https://abc.az/ru/news/176838/subbota-na-etoi-nedele-oficialno-yavlyaetsya-rabocim-dnem

# Source title (a citation: not translated).
az-src-31 = Cabinet of Ministers decision on swapping working days and rest days (2025, February), archived
# The source's article, paragraph or part.
az-src-31-article = { "" }
# Where the source can be read.
az-src-31-url = https://web.archive.org/web/20250216200846/https://nk.gov.az/az/senedler/qerarlar/is-ve-istirahet-gunlerinin-yerlerinin-deyisdirilme-8623

# Source title (a citation: not translated).
az-src-32 = Cabinet of Ministers decision on swapping working days and rest days (2025, June), archived
# The source's article, paragraph or part.
az-src-32-article = { "" }
# Where the source can be read.
az-src-32-url = https://web.archive.org/web/20250711211545/https://nk.gov.az/az/senedler/qerarlar/is-ve-istirahet-gunlerinin-yerlerinin-deyisdirilme-8864

# Source title (a citation: not translated).
az-src-33 = 1news.az (19 Mar 2026): 11 days of holidays, 20-30 Mar; first working day 31 Mar
# The source's article, paragraph or part.
az-src-33-article = { "" }
# Where the source can be read.
az-src-33-url = https://1news.az/en/news/20260319125505139-11-Day-Holidays-Begin-in-Azerbaijan-on-March-20

# Source title (a citation: not translated).
az-src-34 = news.day.az (24 Dec 2025): no New Year 2025/26 swap
# The source's article, paragraph or part.
az-src-34-article = { "" }
# Where the source can be read.
az-src-34-url = https://news.day.az/society/1804829.html

# Source title (a citation: not translated).
az-src-35 = news.day.az (13 Mar 2026): 27-31 May non-working (Qurban 27-28 May and Independence Day; Fri 29 May off)
# The source's article, paragraph or part.
az-src-35-article = { "" }
# Where the source can be read.
az-src-35-url = https://news.day.az/society/1821872.html

# Source title (a citation: not translated).
az-src-36 = abzas.net (25 Sep 2016): 26 September a non-working day (Electoral Code Art. 8.2)
# The source's article, paragraph or part.
az-src-36-article = { "" }
# Where the source can be read.
az-src-36-url = http://abzas.net/2016/09/referendumqabagi-t%c9%99sviqat-mudd%c9%99ti-basa-catib/

# Source title (a citation: not translated).
az-src-mc-21 = Migration Code of the Republic of Azerbaijan, Art. 21 (official text, unofficial copy of e-qanun.az, 2025)
# The source's article, paragraph or part.
az-src-mc-21-article = Art. 21.1–21.8: registration at the place of stay of stays over 15 days, by the receiving party or the foreigner, within 15 days of arrival; no state fee; amended 6 Nov 2014 (10 days) and 14 Jul 2018 (15 days)
# Where the source can be read.
az-src-mc-21-url = https://github.com/mzffreyvazov/rag-pipeline-eqanun/tree/9a2f549f366a747de83622fefb76d43ce40c6230/docling_converter/mecelleler-md

# Source title (a citation: not translated).
az-src-mc-21-9 = Migration Code, Art. 21.9 (official text, unofficial copy of e-qanun.az, 2025)
# The source's article, paragraph or part.
az-src-mc-21-9-article = a change of place of stay: register at the new place within 5 working days of arriving there (Law 1623-VQD, from 24 Jul 2019); not needed in another dwelling of the same owner (Law 902-VQD, from 17 Dec 2017)
# Where the source can be read.
az-src-mc-21-9-url = https://github.com/mzffreyvazov/rag-pipeline-eqanun/tree/9a2f549f366a747de83622fefb76d43ce40c6230/docling_converter/mecelleler-md

# Source title (a citation: not translated).
az-src-sms-oyq = State Migration Service: Registration upon place of stay
# The source's article, paragraph or part.
az-src-sms-oyq-article = foreigners staying over 15 days (citizens of Kazakhstan over 30) register within 15 (30) days; online, by e-mail, at regional departments and ASAN centres; passport copy with the visa page and the last entry stamp
# Where the source can be read.
az-src-sms-oyq-url = https://migration.gov.az/en/oyq

# Source title (a citation: not translated).
az-src-sms-569 = State Migration Service: registration at the place of stay (useful information)
# The source's article, paragraph or part.
az-src-sms-569-article = how and where to register; documents; no fee
# Where the source can be read.
az-src-sms-569-url = https://www.migration.gov.az/index.php/en/useful_detail/569

# Source title (a citation: not translated).
az-src-sms-news-13561 = State Migration Service news: re-registration within 5 working days after a change of address
# The source's article, paragraph or part.
az-src-sms-news-13561-article = Migration Code 21.9 as amended in 2019
# Where the source can be read.
az-src-sms-news-13561-url = https://migration.gov.az/en/news_detail/13561

# Source title (a citation: not translated).
az-src-civil-code-368 = Civil Code of the Republic of Azerbaijan, Arts. 367–370 (official text, unofficial copy)
# The source's article, paragraph or part.
az-src-civil-code-368-article = 368: a period starts on the day after the event; 370.2: a last day that is non-working moves to the next working day (for periods set by a transaction or a court)
# Where the source can be read.
az-src-civil-code-368-url = https://github.com/mzffreyvazov/rag-pipeline-eqanun/tree/9a2f549f366a747de83622fefb76d43ce40c6230/docling_converter/mecelleler-md

# Source title (a citation: not translated).
az-src-trend-2018-15-days = Trend: registration period for foreigners extended to 15 days (14 July 2018)
# The source's article, paragraph or part.
az-src-trend-2018-15-days-article = Law 1218-VQD of 29 Jun 2018, in force on publication, 14 Jul 2018
# Where the source can be read.
az-src-trend-2018-15-days-url = https://en.trend.az/azerbaijan/society/2929221.html

# Source title (a citation: not translated).
az-src-report-kz-30 = Report.az (State Migration Service): Azerbaijan and Kazakhstan amend the visa-free travel document (26 August 2021)
# The source's article, paragraph or part.
az-src-report-kz-30-article = citizens of Kazakhstan may stay up to 30 days without registration; the protocol of 14 Oct 2019 in force (the exact day in Azerbaijan was not found: 26 Aug 2021 is the announcement)
# Where the source can be read.
az-src-report-kz-30-url = https://static.report.az/en/foreign-politics/azerbaijan-kazakhstan-amend-document-on-visa-free-travel

# Source title (a citation: not translated).
az-src-mc-22 = Migration Code, Art. 22 (official text, unofficial copy)
# The source's article, paragraph or part.
az-src-mc-22-article = staff of diplomatic missions, consular posts and international organisations and their families are registered by the Ministry of Foreign Affairs
# Where the source can be read.
az-src-mc-22-url = https://github.com/mzffreyvazov/rag-pipeline-eqanun/tree/9a2f549f366a747de83622fefb76d43ce40c6230/docling_converter/mecelleler-md

# Source title (a citation: not translated).
az-src-mc-44-52 = Migration Code, Arts. 44.3–44.5 and 52.3–52.4 (official text, unofficial copy)
# The source's article, paragraph or part.
az-src-mc-44-52-article = the temporary and permanent residence permit cards certify registration at the place of residence; changed identity data or a lost card reported within 10 working days
# Where the source can be read.
az-src-mc-44-52-url = https://github.com/mzffreyvazov/rag-pipeline-eqanun/tree/9a2f549f366a747de83622fefb76d43ce40c6230/docling_converter/mecelleler-md

# Source title (a citation: not translated).
az-src-mc-45-49 = Migration Code, Arts. 45–50 (official text, unofficial copy)
# The source's article, paragraph or part.
az-src-mc-45-49-article = grounds of a temporary residence permit (45.1); documents (46.1); apply at least 30 days before the temporary stay or residence ends (47.1); 15 or 20 working days by fee (47.5); up to 1 year, extensions up to 2, investors up to 3 (49)
# Where the source can be read.
az-src-mc-45-49-url = https://github.com/mzffreyvazov/rag-pipeline-eqanun/tree/9a2f549f366a747de83622fefb76d43ce40c6230/docling_converter/mecelleler-md

# Source title (a citation: not translated).
az-src-mc-52-54 = Migration Code, Arts. 52–55 (official text, unofficial copy)
# The source's article, paragraph or part.
az-src-mc-52-54-article = permanent residence after 2 years of continuous temporary residence on the grounds of 52.1; apply at least 3 months before the temporary permit ends (54.1); 5 years, renewable (54.12)
# Where the source can be read.
az-src-mc-52-54-url = https://github.com/mzffreyvazov/rag-pipeline-eqanun/tree/9a2f549f366a747de83622fefb76d43ce40c6230/docling_converter/mecelleler-md

# Source title (a citation: not translated).
az-src-mc-39-43 = Migration Code, Arts. 39–43 (official text, unofficial copy)
# The source's article, paragraph or part.
az-src-mc-39-43-article = extension of a temporary stay up to 60 days on the grounds of Art. 40; apply at least 3 working days before the stay ends (42.4); decided in 1 or 3 working days by fee
# Where the source can be read.
az-src-mc-39-43-url = https://github.com/mzffreyvazov/rag-pipeline-eqanun/tree/9a2f549f366a747de83622fefb76d43ce40c6230/docling_converter/mecelleler-md

# Source title (a citation: not translated).
az-src-sms-fees = State Migration Service: state fees
# The source's article, paragraph or part.
az-src-sms-fees-article = temporary residence permit by validity and speed (15 or 20 working days); extension of stay by speed (1 or 3 working days); re-issue of a lost card 10 AZN
# Where the source can be read.
az-src-sms-fees-url = https://www.migration.gov.az/index.php/az/useful/62

# Source title (a citation: not translated).
az-src-mc-20 = Migration Code, Art. 20 (official text, unofficial copy)
# The source's article, paragraph or part.
az-src-mc-20-article = a visa-free temporary stay may not exceed 90 days, except as international treaties provide; visa holders: the period of the visa
# Where the source can be read.
az-src-mc-20-url = https://github.com/mzffreyvazov/rag-pipeline-eqanun/tree/9a2f549f366a747de83622fefb76d43ce40c6230/docling_converter/mecelleler-md

# Source title (a citation: not translated).
az-src-mfa-visa-free = Ministry of Foreign Affairs: countries whose citizens need no visa
# The source's article, paragraph or part.
az-src-mfa-visa-free-article = 90 days: Belarus, Georgia, Kazakhstan, Kyrgyzstan, Moldova, Russia, Tajikistan, Ukraine, Uzbekistan, Turkey; 30 days: Qatar
# Where the source can be read.
az-src-mfa-visa-free-url = http://mfa.gov.az/en/content/189

# Source title (a citation: not translated).
az-src-trend-tr = Trend (State Migration Service): Turkish citizens stay visa-free up to 90 days (August 2020)
# The source's article, paragraph or part.
az-src-trend-tr-article = agreement in force 13 August 2020; registration after 15 days as for everyone
# Where the source can be read.
az-src-trend-tr-url = https://en.trend.az/azerbaijan/society/3280503.html

# Source title (a citation: not translated).
az-src-trend-ae = Trend (MFA): visa-free regime with the United Arab Emirates (July 2023)
# The source's article, paragraph or part.
az-src-trend-ae-article = 90 days, in force 8 July 2023
# Where the source can be read.
az-src-trend-ae-url = https://en.trend.az/azerbaijan/politics/3770675.html

# Source title (a citation: not translated).
az-src-ru-561 = Turan: Azerbaijan limits the temporary stay of Russian citizens (Cabinet Decision No. 561 of 29 December 2024)
# The source's article, paragraph or part.
az-src-ru-561-article = from 1 January 2025 citizens of Russia may stay up to 90 days in a calendar year
# Where the source can be read.
az-src-ru-561-url = https://turan.az/en/politics/azerbaijan-limits-the-period-of-temporary-stay-for-russians-788737

# Source title (a citation: not translated).
az-src-ru-561-sms = icma.az: the State Migration Service's address to citizens of Russia (January 2025)
# The source's article, paragraph or part.
az-src-ru-561-sms-article = 90 days per calendar year, the days of entry and exit counted
# Where the source can be read.
az-src-ru-561-sms-url = https://icma.az/news/dovlet-xidmetinden-rusiya-vetendaslarina-muraciet-383405

# Source title (a citation: not translated).
az-src-cn-2025 = AZERTAC: mutual visa exemption agreement between Azerbaijan and China enters into force (16 July 2025)
# The source's article, paragraph or part.
az-src-cn-2025-article = up to 30 days per visit, 90 days in any 180
# Where the source can be read.
az-src-cn-2025-url = https://azertag.az/en/xeber/mutual_visa_exemption_agreement_between_azerbaijan_and_china_enters_into_force-3659575

# Source title (a citation: not translated).
az-src-cn-2024 = marja.az (State Migration Service): Chinese citizens may visit Azerbaijan visa-free (July 2024)
# The source's article, paragraph or part.
az-src-cn-2024-article = from 20 July 2024 for a year: up to 30 days per visit, three visits; registration after 15 days
# Where the source can be read.
az-src-cn-2024-url = https://user132.marja.az/117753/cinliler-azerbaycana-vizasiz-sefer-ede-bilecekler

# Source title (a citation: not translated).
az-src-ixm-575-577 = Code of Administrative Offences, Arts. 575 and 577 (official text, unofficial copy; in force from 1 March 2016)
# The source's article, paragraph or part.
az-src-ixm-575-577-article = 575.1: a foreigner without registration or breaking the rules when moving, or overstaying: 300–400 manats, with or without expulsion; 575.3: officials 300–500, legal entities 2,000–3,000; 577: a host who gave housing without timely registration: 300–500
# Where the source can be read.
az-src-ixm-575-577-url = https://github.com/mzffreyvazov/rag-pipeline-eqanun/tree/9a2f549f366a747de83622fefb76d43ce40c6230/docling_converter/mecelleler-md

# Source title (a citation: not translated).
az-src-sms-594 = State Migration Service: liability for breaking the migration rules
# The source's article, paragraph or part.
az-src-sms-594-article = fines of the Code of Administrative Offences for foreigners and receiving parties
# Where the source can be read.
az-src-sms-594-url = https://migration.gov.az/index.php/en/useful_detail/594

# Source title (a citation: not translated).
az-src-asan-visa = Embassy of Azerbaijan in Moldova: ASAN Visa (e-visa)
# The source's article, paragraph or part.
az-src-asan-visa-article = single entry, valid 90 days, stay up to 30 days; standard 3 working days (US$20), urgent 3 hours (US$50)
# Where the source can be read.
az-src-asan-visa-url = https://chisinau.mfa.gov.az/en/content/150/asan-visa-e-visa

