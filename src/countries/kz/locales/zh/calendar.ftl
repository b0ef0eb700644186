## Names of Kazakhstan's public holidays and non-working days (src/countries/kz/calendar.rs),
## shown in the calendar picture, the counting steps and calendar().

# The name of a non-working day in Kazakhstan, on 1–2 January, in the calendar picture and the counting steps.
kz-holiday-new-year = 新年

# The name of a non-working day in Kazakhstan, on 21–23 March, in the calendar picture and the counting steps.
kz-holiday-nauryz = 纳吾肉孜节

# The name of a non-working day in Kazakhstan, on 16–17 December, in the calendar picture and the counting steps.
kz-holiday-independence-day = 独立日

# The name of a non-working day in Kazakhstan, on 15 March and 30 August, in the calendar picture and the counting steps.
kz-holiday-constitution-day = 宪法日

# The name of a non-working day in Kazakhstan, on a date set each year, in the calendar picture and the counting steps.
kz-holiday-kurban-ait = 古尔邦节（第一天）

# The name of a non-working day in Kazakhstan, on 7 January, in the calendar picture and the counting steps.
kz-holiday-orthodox-christmas = 东正教圣诞节

# The name of a non-working day in Kazakhstan, on 8 March, in the calendar picture and the counting steps.
kz-holiday-womens-day = 国际妇女节

# The name of a non-working day in Kazakhstan, on 1 May, in the calendar picture and the counting steps.
kz-holiday-unity-day = 哈萨克斯坦人民团结日

# The name of a non-working day in Kazakhstan, on 7 May, in the calendar picture and the counting steps.
kz-holiday-defender-day = 祖国保卫者日

# The name of a non-working day in Kazakhstan, on 9 May, in the calendar picture and the counting steps.
kz-holiday-victory-day = 胜利日

# The name of a non-working day in Kazakhstan, on 6 July, in the calendar picture and the counting steps.
kz-holiday-capital-day = 首都日

# The name of a non-working day in Kazakhstan, on 25 October, in the calendar picture and the counting steps.
kz-holiday-republic-day = 共和国日

# The name of a non-working day in Kazakhstan, on 25 October, in the calendar picture and the counting steps.
kz-holiday-republic-of-kazakhstan-day = 哈萨克斯坦共和国日

# The name of a non-working day in Kazakhstan, on 1 December, in the calendar picture and the counting steps.
kz-holiday-first-president-day = 首任总统日
