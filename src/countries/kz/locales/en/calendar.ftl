## Names of Kazakhstan's public holidays and non-working days (src/countries/kz/calendar.rs),
## shown in the calendar picture, the counting steps and calendar().

# The name of a non-working day in Kazakhstan, on 1–2 January, in the calendar picture and the counting steps.
kz-holiday-new-year = New Year

# The name of a non-working day in Kazakhstan, on 21–23 March, in the calendar picture and the counting steps.
kz-holiday-nauryz = Nauryz Meirami

# The name of a non-working day in Kazakhstan, on 16–17 December, in the calendar picture and the counting steps.
kz-holiday-independence-day = Independence Day

# The name of a non-working day in Kazakhstan, on 15 March and 30 August, in the calendar picture and the counting steps.
kz-holiday-constitution-day = Constitution Day

# The name of a non-working day in Kazakhstan, on a date set each year, in the calendar picture and the counting steps.
kz-holiday-kurban-ait = Kurban Ait (first day)

# The name of a non-working day in Kazakhstan, on 7 January, in the calendar picture and the counting steps.
kz-holiday-orthodox-christmas = Orthodox Christmas

# The name of a non-working day in Kazakhstan, on 8 March, in the calendar picture and the counting steps.
kz-holiday-womens-day = International Women's Day

# The name of a non-working day in Kazakhstan, on 1 May, in the calendar picture and the counting steps.
kz-holiday-unity-day = Kazakhstan People's Unity Day

# The name of a non-working day in Kazakhstan, on 7 May, in the calendar picture and the counting steps.
kz-holiday-defender-day = Defender of the Fatherland Day

# The name of a non-working day in Kazakhstan, on 9 May, in the calendar picture and the counting steps.
kz-holiday-victory-day = Victory Day

# The name of a non-working day in Kazakhstan, on 6 July, in the calendar picture and the counting steps.
kz-holiday-capital-day = Capital Day

# The name of a non-working day in Kazakhstan, on 25 October, in the calendar picture and the counting steps.
kz-holiday-republic-day = Republic Day

# The name of a non-working day in Kazakhstan, on 25 October, in the calendar picture and the counting steps.
kz-holiday-republic-of-kazakhstan-day = Republic of Kazakhstan Day

# The name of a non-working day in Kazakhstan, on 1 December, in the calendar picture and the counting steps.
kz-holiday-first-president-day = First President Day
