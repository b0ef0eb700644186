## Names of Russia's public holidays and non-working days (src/countries/ru/calendar.rs),
## shown in the calendar picture, the counting steps and calendar().

# The name of a non-working day in Russia, on 1–6 January and 8 January, in the calendar picture and the counting steps.
ru-holiday-new-year-holidays = Новогодние каникулы

# The name of a non-working day in Russia, on 1–2 January, in the calendar picture and the counting steps.
ru-holiday-new-year = Новый год

# The name of a non-working day in Russia, on 1–2 May, in the calendar picture and the counting steps.
ru-holiday-labour-day = Праздник Весны и Труда

# The name of a non-working day in Russia, on 7 January, in the calendar picture and the counting steps.
ru-holiday-christmas = Рождество Христово

# The name of a non-working day in Russia, on 23 February, in the calendar picture and the counting steps.
ru-holiday-defender-day = День защитника Отечества

# The name of a non-working day in Russia, on 8 March, in the calendar picture and the counting steps.
ru-holiday-womens-day = Международный женский день

# The name of a non-working day in Russia, on 9 May, in the calendar picture and the counting steps.
ru-holiday-victory-day = День Победы

# The name of a non-working day in Russia, on 12 June, in the calendar picture and the counting steps.
ru-holiday-russia-day = День России

# The name of a non-working day in Russia, on 4 November, in the calendar picture and the counting steps.
ru-holiday-unity-day = День народного единства

# The name of a non-working day in Russia, on 7 November, in the calendar picture and the counting steps.
ru-holiday-reconciliation-day = День согласия и примирения

# The name of a non-working day in Russia, on 12 December, in the calendar picture and the counting steps.
ru-holiday-constitution-day = День Конституции Российской Федерации
