## Names of Azerbaijan's public holidays and non-working days (src/countries/az/calendar.rs),
## shown in the calendar picture, the counting steps and calendar().

# The name of a non-working day in Azerbaijan, on 1–2 January, in the calendar picture and the counting steps. Official Azerbaijani name: Yeni il bayramı.
az-holiday-new-year = New Year

# The name of a non-working day in Azerbaijan, on 20–24 March, in the calendar picture and the counting steps. Official Azerbaijani name: Novruz bayramı.
az-holiday-novruz = Novruz Bayram

# The name of a non-working day in Azerbaijan, on a date set each year, in the calendar picture and the counting steps. Official Azerbaijani name: Ramazan bayramı.
az-holiday-ramazan = Ramazan Bayram (Eid al-Fitr)

# The name of a non-working day in Azerbaijan, on a date set each year, in the calendar picture and the counting steps. Official Azerbaijani name: Qurban bayramı.
az-holiday-qurban = Gurban Bayram (Eid al-Adha)

# The name of a non-working day in Azerbaijan, on a date set each year, in the calendar picture and the counting steps. Official Azerbaijani name: Prezident seçkiləri.
az-holiday-presidential-election = Presidential election (voting day)

# The name of a non-working day in Azerbaijan, on a date set each year, in the calendar picture and the counting steps. Official Azerbaijani name: Bələdiyyə seçkiləri.
az-holiday-municipal-elections = Municipal elections (voting day)

# The name of a non-working day in Azerbaijan, on a date set each year, in the calendar picture and the counting steps. Official Azerbaijani name: Ümumxalq səsverməsi (referendum).
az-holiday-referendum = Referendum (voting day)

# The name of a non-working day in Azerbaijan, on 20 January, in the calendar picture and the counting steps. Official Azerbaijani name: Ümumxalq hüzn günü.
az-holiday-national-mourning-day = Day of National Mourning

# The name of a non-working day in Azerbaijan, on 8 March, in the calendar picture and the counting steps. Official Azerbaijani name: Qadınlar günü.
az-holiday-womens-day = Women's Day

# The name of a non-working day in Azerbaijan, on 9 May, in the calendar picture and the counting steps. Official Azerbaijani name: Faşizm üzərində qələbə günü.
az-holiday-victory-over-fascism-day = Victory over Fascism Day

# The name of a non-working day in Azerbaijan, on 28 May, in the calendar picture and the counting steps. Official Azerbaijani name: Respublika Günü (until 2020).
az-holiday-republic-day = Republic Day

# The name of a non-working day in Azerbaijan, on 28 May, in the calendar picture and the counting steps. Official Azerbaijani name: Müstəqillik Günü (from 2021).
az-holiday-independence-day = Independence Day

# The name of a non-working day in Azerbaijan, on 15 June, in the calendar picture and the counting steps. Official Azerbaijani name: Azərbaycan xalqının milli qurtuluş günü.
az-holiday-national-salvation-day = National Salvation Day of the Azerbaijani People

# The name of a non-working day in Azerbaijan, on 26 June, in the calendar picture and the counting steps. Official Azerbaijani name: Azərbaycan Respublikasının Silahlı Qüvvələri günü.
az-holiday-armed-forces-day = Armed Forces Day

# The name of a non-working day in Azerbaijan, on 8 November, in the calendar picture and the counting steps. Official Azerbaijani name: Zəfər Günü (added by Law 217-VIQD of 18 Dec 2020).
az-holiday-victory-day = Victory Day

# The name of a non-working day in Azerbaijan, on 9 November, in the calendar picture and the counting steps. Official Azerbaijani name: Azərbaycan Respublikasının Dövlət bayrağı günü.
az-holiday-national-flag-day = National Flag Day

# The name of a non-working day in Azerbaijan, on 31 December, in the calendar picture and the counting steps. Official Azerbaijani name: Dünya azərbaycanlılarının həmrəyliyi günü.
az-holiday-solidarity-day = World Azerbaijanis Solidarity Day
