## Names of Russia's public holidays and non-working days (src/countries/ru/calendar.rs),
## shown in the calendar picture, the counting steps and calendar().

# The name of a non-working day in Russia, on 1–6 January and 8 January, in the calendar picture and the counting steps.
ru-holiday-new-year-holidays = 新年假期

# The name of a non-working day in Russia, on 1–2 January, in the calendar picture and the counting steps.
ru-holiday-new-year = 新年

# The name of a non-working day in Russia, on 1–2 May, in the calendar picture and the counting steps.
ru-holiday-labour-day = 春天与劳动节

# The name of a non-working day in Russia, on 7 January, in the calendar picture and the counting steps.
ru-holiday-christmas = 圣诞节（东正教）

# The name of a non-working day in Russia, on 23 February, in the calendar picture and the counting steps.
ru-holiday-defender-day = 祖国保卫者日

# The name of a non-working day in Russia, on 8 March, in the calendar picture and the counting steps.
ru-holiday-womens-day = 国际妇女节

# The name of a non-working day in Russia, on 9 May, in the calendar picture and the counting steps.
ru-holiday-victory-day = 胜利日

# The name of a non-working day in Russia, on 12 June, in the calendar picture and the counting steps.
ru-holiday-russia-day = 俄罗斯日

# The name of a non-working day in Russia, on 4 November, in the calendar picture and the counting steps.
ru-holiday-unity-day = 民族团结日

# The name of a non-working day in Russia, on 7 November, in the calendar picture and the counting steps.
ru-holiday-reconciliation-day = 和谐和解日

# The name of a non-working day in Russia, on 12 December, in the calendar picture and the counting steps.
ru-holiday-constitution-day = 宪法日
