## Names of Kazakhstan's public holidays and non-working days (src/countries/kz/calendar.rs),
## shown in the calendar picture, the counting steps and calendar().

# The name of a non-working day in Kazakhstan, on 1–2 January, in the calendar picture and the counting steps.
kz-holiday-new-year = Новый год

# The name of a non-working day in Kazakhstan, on 21–23 March, in the calendar picture and the counting steps.
kz-holiday-nauryz = Наурыз мейрамы

# The name of a non-working day in Kazakhstan, on 16–17 December, in the calendar picture and the counting steps.
kz-holiday-independence-day = День Независимости

# The name of a non-working day in Kazakhstan, on 15 March and 30 August, in the calendar picture and the counting steps.
kz-holiday-constitution-day = День Конституции Республики Казахстан

# The name of a non-working day in Kazakhstan, on a date set each year, in the calendar picture and the counting steps.
kz-holiday-kurban-ait = Курбан айт (первый день)

# The name of a non-working day in Kazakhstan, on 7 January, in the calendar picture and the counting steps.
kz-holiday-orthodox-christmas = Православное Рождество

# The name of a non-working day in Kazakhstan, on 8 March, in the calendar picture and the counting steps.
kz-holiday-womens-day = Международный женский день

# The name of a non-working day in Kazakhstan, on 1 May, in the calendar picture and the counting steps.
kz-holiday-unity-day = Праздник единства народа Казахстана

# The name of a non-working day in Kazakhstan, on 7 May, in the calendar picture and the counting steps.
kz-holiday-defender-day = День защитника Отечества

# The name of a non-working day in Kazakhstan, on 9 May, in the calendar picture and the counting steps.
kz-holiday-victory-day = День Победы

# The name of a non-working day in Kazakhstan, on 6 July, in the calendar picture and the counting steps.
kz-holiday-capital-day = День Столицы

# The name of a non-working day in Kazakhstan, on 25 October, in the calendar picture and the counting steps.
kz-holiday-republic-day = День Республики

# The name of a non-working day in Kazakhstan, on 25 October, in the calendar picture and the counting steps.
kz-holiday-republic-of-kazakhstan-day = День Республики Казахстан

# The name of a non-working day in Kazakhstan, on 1 December, in the calendar picture and the counting steps.
kz-holiday-first-president-day = День Первого Президента Республики Казахстан
