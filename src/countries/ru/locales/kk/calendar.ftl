## Names of Russia's public holidays and non-working days (src/countries/ru/calendar.rs),
## shown in the calendar picture, the counting steps and calendar().

# The name of a non-working day in Russia, on 1–6 January and 8 January, in the calendar picture and the counting steps.
ru-holiday-new-year-holidays = Жаңа жылдық демалыс

# The name of a non-working day in Russia, on 1–2 January, in the calendar picture and the counting steps.
ru-holiday-new-year = Жаңа жыл

# The name of a non-working day in Russia, on 1–2 May, in the calendar picture and the counting steps.
ru-holiday-labour-day = Көктем және Еңбек мерекесі

# The name of a non-working day in Russia, on 7 January, in the calendar picture and the counting steps.
ru-holiday-christmas = Рождество

# The name of a non-working day in Russia, on 23 February, in the calendar picture and the counting steps.
ru-holiday-defender-day = Отан қорғаушы күні

# The name of a non-working day in Russia, on 8 March, in the calendar picture and the counting steps.
ru-holiday-womens-day = Халықаралық әйелдер күні

# The name of a non-working day in Russia, on 9 May, in the calendar picture and the counting steps.
ru-holiday-victory-day = Жеңіс күні

# The name of a non-working day in Russia, on 12 June, in the calendar picture and the counting steps.
ru-holiday-russia-day = Ресей күні

# The name of a non-working day in Russia, on 4 November, in the calendar picture and the counting steps.
ru-holiday-unity-day = Халық бірлігі күні

# The name of a non-working day in Russia, on 7 November, in the calendar picture and the counting steps.
ru-holiday-reconciliation-day = Келісім және татуласу күні

# The name of a non-working day in Russia, on 12 December, in the calendar picture and the counting steps.
ru-holiday-constitution-day = Ресей Федерациясы Конституциясы күні
