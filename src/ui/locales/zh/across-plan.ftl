### The planning view across borders: "When can I come back, and for how long?" (www/js/plan.js). IDs ui-x-p-.

# The line at the top of the planning view.
ui-x-p-intro = 选择国家和日期：可看到当天入境可停留多久，以及您想要的停留天数最早从哪一天起符合所有限制。国籍、护照和签证取自上面的问题。

# Label of the planning view's list of countries.
ui-x-p-dest = 国家

# Label of the planning view's date field: the day of the entry asked about.
ui-x-p-from = 入境日期

# Label of the planning view's field for the length of the stay wanted, in days.
ui-x-p-days = 想停留的天数

# Hint under the field of the days wanted. $max: the largest number accepted.
ui-x-p-days-hint = 1 到 { $max } 之间的整数天数。

# An error message under the field of the days wanted (empty, zero, negative, too large, not a number). $max: the largest number accepted.
ui-x-p-days-bad = 请把天数写成 1 到 { $max } 之间的整数。

# An error message under the planning view's date field when it is empty.
ui-x-p-from-empty = 请选择入境日期。

# An error message under the planning view's date field when it is not a real date.
ui-x-p-from-bad = 这不是日期：请选择入境的年、月、日。

# An error message under the planning view's date field. $from and $to: the first and last entry dates tirkeu answers for in $country.
ui-x-p-from-range = 请选择 { $from } 至 { $to } 之间的日期：tirkeu 只回答这段时间内入境{ $country }的情况。

# Shown instead of the plan while a field of the planning view has an error.
ui-x-p-fix-fields = 请改正标出的字段以查看计划。您填写的内容会保留。

# Shown instead of the plan while the main questions have an error or no citizenship.
ui-x-p-fix = 请先回答上面的问题（或改正标出的字段）：计划使用其中的国籍、护照、签证和行程。您填写的内容会保留。

# Shown in the planning view when it could not be drawn (an unexpected error).
ui-x-p-failed = 无法根据这些回答制定计划。上面的答案不受影响。

# Heading of the plan for the chosen country. $country: its name.
ui-x-p-answer-h = 在{ $country }

# The plan's answer. $date: the chosen date of entry, $n: how many days a stay entering then may last, $last: its last day.
ui-x-p-available = { $date } 入境，可停留 { $n } 天，至 { $last }。

# The plan's answer when no limit of tirkeu's data bounds the stay (a visa's own dates, or no regime known). $date: the chosen date of entry.
ui-x-p-unbounded = { $date } 入境：tirkeu 数据中没有限制停留期限的规定（见下方说明）。

# The plan's answer when the limits are used up on that day. $date: the chosen date of entry.
ui-x-p-none = { $date } 入境已无剩余天数：届时限制已用完。

# The plan's answer when the chosen date lies within a trip counted there. $date: the chosen date, $country: the country.
ui-x-p-inside = { $date } 您已在{ $country }境内（下面计入的行程之一）：请选择其后的日期。

# The earliest date for the stay wanted. $n: the days wanted, $date: the earliest date of entry (bold), $last: the last lawful day of a stay entering then.
ui-x-p-earliest = 停留 { $n } 天最早可于 { $date } 入境；当天入境可停留至 { $last }。

# The same when no limit of tirkeu's data bounds a stay entering then. $n: the days wanted, $date: the earliest date of entry.
ui-x-p-earliest-open = 停留 { $n } 天最早可于 { $date } 入境；tirkeu 数据中没有限制当天入境停留期限的规定。

# When no date within three years fits the stay wanted. $n: the days wanted.
ui-x-p-never = 未来三年内没有可停留 { $n } 天的入境日期。

# Above the limits of the stay on the chosen date, each in words.
ui-x-p-limits-h = 按该日期计算的限制：

# Heading of the list of trips the plan counts in the chosen country. $country: its name.
ui-x-p-counted-h = 计入{ $country }的行程

# A trip counted: the trip of the main questions. $dates: its dates.
ui-x-p-trip-main = { $dates }（上面的行程）

# A trip counted: an earlier trip of the main questions. $dates: its dates.
ui-x-p-trip-earlier = { $dates }（上面填写的以往行程）

# A trip counted: a stop of the route view. $dates: its dates, $n: its number in the route.
ui-x-p-trip-leg = { $dates }（路线第 { $n } 站）

# When no trip is counted in the chosen country.
ui-x-p-counted-none = 无：这将是首次在该国停留。

# Under the trips counted.
ui-x-p-counted-note = 前往其他国家的行程不计入此处：每个国家只计算本国的天数。计划中的行程（该日期之后）也会计入：停留须为其留出余地。

# Caption of the planning view's table of every country. $date: the date of entry, $n: the days wanted.
ui-x-p-all-caption = 所有国家：{ $date } 入境，停留 { $n } 天

# Column header of the planning view's table: the country.
ui-x-p-col-country = 国家

# Column header of the planning view's table: how long a stay entering on the date may last.
ui-x-p-col-available = 当天入境可停留

# Column header of the planning view's table: the earliest entry for the days wanted. $n: the days wanted.
ui-x-p-col-earliest = 停留 { $n } 天最早入境日期

# A cell of the planning view's table. $n: a number of days, $last: the last day.
ui-x-p-cell-days = { $n } 天，至 { $last }

# A cell of the planning view's table: no limit of tirkeu's data bounds the stay.
ui-x-p-cell-open = 无已知限制

# A cell of the planning view's table: no day available.
ui-x-p-cell-none = 无剩余天数

# A cell of the planning view's table: no date within three years fits.
ui-x-p-cell-never = 三年内无
