## Names of Azerbaijan's public holidays and non-working days (src/countries/az/calendar.rs),
## shown in the calendar picture, the counting steps and calendar().

# The name of a non-working day in Azerbaijan, on 1–2 January, in the calendar picture and the counting steps. Official Azerbaijani name: Yeni il bayramı.
az-holiday-new-year = Жаңа жыл

# The name of a non-working day in Azerbaijan, on 20–24 March, in the calendar picture and the counting steps. Official Azerbaijani name: Novruz bayramı.
az-holiday-novruz = Наурыз мейрамы

# The name of a non-working day in Azerbaijan, on a date set each year, in the calendar picture and the counting steps. Official Azerbaijani name: Ramazan bayramı.
az-holiday-ramazan = Ораза айт

# The name of a non-working day in Azerbaijan, on a date set each year, in the calendar picture and the counting steps. Official Azerbaijani name: Qurban bayramı.
az-holiday-qurban = Құрбан айт

# The name of a non-working day in Azerbaijan, on a date set each year, in the calendar picture and the counting steps. Official Azerbaijani name: Prezident seçkiləri.
az-holiday-presidential-election = Президент сайлауы (дауыс беру күні)

# The name of a non-working day in Azerbaijan, on a date set each year, in the calendar picture and the counting steps. Official Azerbaijani name: Bələdiyyə seçkiləri.
az-holiday-municipal-elections = Муниципалдық сайлау (дауыс беру күні)

# The name of a non-working day in Azerbaijan, on a date set each year, in the calendar picture and the counting steps. Official Azerbaijani name: Ümumxalq səsverməsi (referendum).
az-holiday-referendum = Референдум (дауыс беру күні)

# The name of a non-working day in Azerbaijan, on 20 January, in the calendar picture and the counting steps. Official Azerbaijani name: Ümumxalq hüzn günü.
az-holiday-national-mourning-day = Жалпыхалықтық қаза күні

# The name of a non-working day in Azerbaijan, on 8 March, in the calendar picture and the counting steps. Official Azerbaijani name: Qadınlar günü.
az-holiday-womens-day = Әйелдер күні

# The name of a non-working day in Azerbaijan, on 9 May, in the calendar picture and the counting steps. Official Azerbaijani name: Faşizm üzərində qələbə günü.
az-holiday-victory-over-fascism-day = Фашизмді жеңу күні

# The name of a non-working day in Azerbaijan, on 28 May, in the calendar picture and the counting steps. Official Azerbaijani name: Respublika Günü (until 2020).
az-holiday-republic-day = Республика күні

# The name of a non-working day in Azerbaijan, on 28 May, in the calendar picture and the counting steps. Official Azerbaijani name: Müstəqillik Günü (from 2021).
az-holiday-independence-day = Тәуелсіздік күні

# The name of a non-working day in Azerbaijan, on 15 June, in the calendar picture and the counting steps. Official Azerbaijani name: Azərbaycan xalqının milli qurtuluş günü.
az-holiday-national-salvation-day = Әзербайжан халқының ұлттық құтқарылу күні

# The name of a non-working day in Azerbaijan, on 26 June, in the calendar picture and the counting steps. Official Azerbaijani name: Azərbaycan Respublikasının Silahlı Qüvvələri günü.
az-holiday-armed-forces-day = Әзербайжан Республикасы Қарулы Күштерінің күні

# The name of a non-working day in Azerbaijan, on 8 November, in the calendar picture and the counting steps. Official Azerbaijani name: Zəfər Günü (added by Law 217-VIQD of 18 Dec 2020).
az-holiday-victory-day = Жеңіс күні

# The name of a non-working day in Azerbaijan, on 9 November, in the calendar picture and the counting steps. Official Azerbaijani name: Azərbaycan Respublikasının Dövlət bayrağı günü.
az-holiday-national-flag-day = Әзербайжан Республикасының Мемлекеттік Туы күні

# The name of a non-working day in Azerbaijan, on 31 December, in the calendar picture and the counting steps. Official Azerbaijani name: Dünya azərbaycanlılarının həmrəyliyi günü.
az-holiday-solidarity-day = Әлем әзербайжандарының ынтымақ күні
