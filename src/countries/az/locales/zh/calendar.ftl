## Names of Azerbaijan's public holidays and non-working days (src/countries/az/calendar.rs),
## shown in the calendar picture, the counting steps and calendar().

# The name of a non-working day in Azerbaijan, on 1–2 January, in the calendar picture and the counting steps. Official Azerbaijani name: Yeni il bayramı.
az-holiday-new-year = 新年

# The name of a non-working day in Azerbaijan, on 20–24 March, in the calendar picture and the counting steps. Official Azerbaijani name: Novruz bayramı.
az-holiday-novruz = 诺鲁孜节

# The name of a non-working day in Azerbaijan, on a date set each year, in the calendar picture and the counting steps. Official Azerbaijani name: Ramazan bayramı.
az-holiday-ramazan = 开斋节

# The name of a non-working day in Azerbaijan, on a date set each year, in the calendar picture and the counting steps. Official Azerbaijani name: Qurban bayramı.
az-holiday-qurban = 古尔邦节

# The name of a non-working day in Azerbaijan, on a date set each year, in the calendar picture and the counting steps. Official Azerbaijani name: Prezident seçkiləri.
az-holiday-presidential-election = 总统选举（投票日）

# The name of a non-working day in Azerbaijan, on a date set each year, in the calendar picture and the counting steps. Official Azerbaijani name: Bələdiyyə seçkiləri.
az-holiday-municipal-elections = 市政选举（投票日）

# The name of a non-working day in Azerbaijan, on a date set each year, in the calendar picture and the counting steps. Official Azerbaijani name: Ümumxalq səsverməsi (referendum).
az-holiday-referendum = 全民公投（投票日）

# The name of a non-working day in Azerbaijan, on 20 January, in the calendar picture and the counting steps. Official Azerbaijani name: Ümumxalq hüzn günü.
az-holiday-national-mourning-day = 全国哀悼日

# The name of a non-working day in Azerbaijan, on 8 March, in the calendar picture and the counting steps. Official Azerbaijani name: Qadınlar günü.
az-holiday-womens-day = 妇女节

# The name of a non-working day in Azerbaijan, on 9 May, in the calendar picture and the counting steps. Official Azerbaijani name: Faşizm üzərində qələbə günü.
az-holiday-victory-over-fascism-day = 反法西斯胜利日

# The name of a non-working day in Azerbaijan, on 28 May, in the calendar picture and the counting steps. Official Azerbaijani name: Respublika Günü (until 2020).
az-holiday-republic-day = 共和国日

# The name of a non-working day in Azerbaijan, on 28 May, in the calendar picture and the counting steps. Official Azerbaijani name: Müstəqillik Günü (from 2021).
az-holiday-independence-day = 独立日

# The name of a non-working day in Azerbaijan, on 15 June, in the calendar picture and the counting steps. Official Azerbaijani name: Azərbaycan xalqının milli qurtuluş günü.
az-holiday-national-salvation-day = 阿塞拜疆人民民族救亡日

# The name of a non-working day in Azerbaijan, on 26 June, in the calendar picture and the counting steps. Official Azerbaijani name: Azərbaycan Respublikasının Silahlı Qüvvələri günü.
az-holiday-armed-forces-day = 阿塞拜疆武装部队日

# The name of a non-working day in Azerbaijan, on 8 November, in the calendar picture and the counting steps. Official Azerbaijani name: Zəfər Günü (added by Law 217-VIQD of 18 Dec 2020).
az-holiday-victory-day = 胜利日

# The name of a non-working day in Azerbaijan, on 9 November, in the calendar picture and the counting steps. Official Azerbaijani name: Azərbaycan Respublikasının Dövlət bayrağı günü.
az-holiday-national-flag-day = 国旗日

# The name of a non-working day in Azerbaijan, on 31 December, in the calendar picture and the counting steps. Official Azerbaijani name: Dünya azərbaycanlılarının həmrəyliyi günü.
az-holiday-solidarity-day = 世界阿塞拜疆人团结日
