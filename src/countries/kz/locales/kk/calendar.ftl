## Names of Kazakhstan's public holidays and non-working days (src/countries/kz/calendar.rs),
## shown in the calendar picture, the counting steps and calendar().

# The name of a non-working day in Kazakhstan, on 1–2 January, in the calendar picture and the counting steps.
kz-holiday-new-year = Жаңа жыл

# The name of a non-working day in Kazakhstan, on 21–23 March, in the calendar picture and the counting steps.
kz-holiday-nauryz = Наурыз мейрамы

# The name of a non-working day in Kazakhstan, on 16–17 December, in the calendar picture and the counting steps.
kz-holiday-independence-day = Тәуелсіздік күні

# The name of a non-working day in Kazakhstan, on 15 March and 30 August, in the calendar picture and the counting steps.
kz-holiday-constitution-day = Қазақстан Республикасының Конституциясы күні

# The name of a non-working day in Kazakhstan, on a date set each year, in the calendar picture and the counting steps.
kz-holiday-kurban-ait = Құрбан айт (бірінші күні)

# The name of a non-working day in Kazakhstan, on 7 January, in the calendar picture and the counting steps.
kz-holiday-orthodox-christmas = Православиелік Рождество

# The name of a non-working day in Kazakhstan, on 8 March, in the calendar picture and the counting steps.
kz-holiday-womens-day = Халықаралық әйелдер күні

# The name of a non-working day in Kazakhstan, on 1 May, in the calendar picture and the counting steps.
kz-holiday-unity-day = Қазақстан халқының бірлігі мерекесі

# The name of a non-working day in Kazakhstan, on 7 May, in the calendar picture and the counting steps.
kz-holiday-defender-day = Отан қорғаушы күні

# The name of a non-working day in Kazakhstan, on 9 May, in the calendar picture and the counting steps.
kz-holiday-victory-day = Жеңіс күні

# The name of a non-working day in Kazakhstan, on 6 July, in the calendar picture and the counting steps.
kz-holiday-capital-day = Астана күні

# The name of a non-working day in Kazakhstan, on 25 October, in the calendar picture and the counting steps.
kz-holiday-republic-day = Республика күні

# The name of a non-working day in Kazakhstan, on 25 October, in the calendar picture and the counting steps.
kz-holiday-republic-of-kazakhstan-day = Қазақстан Республикасы күні

# The name of a non-working day in Kazakhstan, on 1 December, in the calendar picture and the counting steps.
kz-holiday-first-president-day = Қазақстан Республикасының Тұңғыш Президенті күні
