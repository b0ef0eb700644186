## Names of Russia's public holidays and non-working days (src/countries/ru/calendar.rs),
## shown in the calendar picture, the counting steps and calendar().

# The name of a non-working day in Russia, on 1–6 January and 8 January, in the calendar picture and the counting steps.
ru-holiday-new-year-holidays = New Year holidays

# The name of a non-working day in Russia, on 1–2 January, in the calendar picture and the counting steps.
ru-holiday-new-year = New Year

# The name of a non-working day in Russia, on 1–2 May, in the calendar picture and the counting steps.
ru-holiday-labour-day = Spring and Labour Day

# The name of a non-working day in Russia, on 7 January, in the calendar picture and the counting steps.
ru-holiday-christmas = Christmas

# The name of a non-working day in Russia, on 23 February, in the calendar picture and the counting steps.
ru-holiday-defender-day = Defender of the Fatherland Day

# The name of a non-working day in Russia, on 8 March, in the calendar picture and the counting steps.
ru-holiday-womens-day = International Women's Day

# The name of a non-working day in Russia, on 9 May, in the calendar picture and the counting steps.
ru-holiday-victory-day = Victory Day

# The name of a non-working day in Russia, on 12 June, in the calendar picture and the counting steps.
ru-holiday-russia-day = Russia Day

# The name of a non-working day in Russia, on 4 November, in the calendar picture and the counting steps.
ru-holiday-unity-day = Unity Day

# The name of a non-working day in Russia, on 7 November, in the calendar picture and the counting steps.
ru-holiday-reconciliation-day = Day of Accord and Reconciliation

# The name of a non-working day in Russia, on 12 December, in the calendar picture and the counting steps.
ru-holiday-constitution-day = Constitution Day
