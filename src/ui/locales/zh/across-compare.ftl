### The comparison across borders: the trip of the questions answered in each destination, side by side (www/js/compare.js). IDs ui-x-c-.

# Caption of the comparison table. $trip: the traveller and the dates of the questions, e.g. "China · 13 Oct – 5 Nov 2026".
ui-x-c-caption = 同一行程在各国：{ $trip }

# Shown instead of the comparison while the main questions have an error or no citizenship.
ui-x-c-fix = 请先回答上面的问题（或改正标出的字段），才能比较各国。您在上面填写的内容会保留。

# Shown in the comparison when it could not be drawn (an unexpected error).
ui-x-c-failed = 无法根据这些回答进行比较。上面的答案不受影响。

# Small mark beside the name of the country chosen in the questions, in the comparison's column header.
ui-x-c-yours = 上面所选

# Row header of the comparison: each duty, who does it and its due date.
ui-x-c-h-duties = 谁须在何时之前做什么

# Row header of the comparison: the fee and the fine for being late.
ui-x-c-h-cost = 费用

# Row header of the comparison: how long the stay may last, each limit with the days used and left.
ui-x-c-h-stay = 可停留多久

# Row header of the comparison: the warnings that decide whether and how long the traveller may come.
ui-x-c-h-watch = 注意事项

# Row header of the comparison: the name of the form the page fills in for that country.
ui-x-c-h-form = 表格

# Row header (read by screen readers only) of the row of buttons to each country's full answer.
ui-x-c-h-go = 完整答案

# A button under a column of the comparison: makes that country the destination of the questions and goes to its answer. $country: the country's name.
ui-x-c-show = 查看{ $country }的完整答案

# In a column of the comparison: no duty at all for this trip (the exemptions follow, if any).
ui-x-c-none = 此行程无需登记。

# In a column of the comparison: the fine for being late with a duty, a sum or a range. $who: who does it ("Your host"), $amount: the money, e.g. "2,000 ₽ to 4,000 ₽".
ui-x-c-fine = { $who }逾期：罚款 { $amount }

# The same as ui-x-c-fine when a warning may be given instead of the fine. $who: who does it, $amount: the money.
ui-x-c-fine-or-warning = { $who }逾期：警告或罚款 { $amount }

# In a column of the comparison: the words before the list of fines for one party when there are several (an official and the legal entity; the capitals' higher fines), each line "offender: sum". $who: who does it ("Your host").
ui-x-c-fine-lines = { $who }逾期：

# In a column of the comparison: the only sanction for being late is a warning. $who: who does it ("Your host").
ui-x-c-warning-only = { $who }逾期：警告

# In a column of the comparison: a sanction whose amount is not known. $who: who does it.
ui-x-c-fine-unknown = { $who }逾期：罚款，金额未确定

# In a column of the comparison: the last lawful day of the stay. $date: the date (bold).
ui-x-c-last-day = 最后合法停留日：{ $date }

# In a column of the comparison: no limit of tirkeu's data ends the stay (a visa's own dates, or no regime known).
ui-x-c-no-last-day = tirkeu 的数据中没有最后停留日：见下方。

# A limit in plain words: so many days from each entry. $days: the number of days, $last: the last day it allows.
ui-x-c-limit-per-entry = 每次入境 { $days } 天：本次停留可至 { $last }。

# A limit in plain words: at most $days days in any $window days. $used: days of earlier trips in the $window days before this entry, $n: how many days this stay may last, $last: until when.
ui-x-c-limit-rolling = 任意 { $window } 天内最多 { $days } 天：本次行程前已用 { $used } 天；本次停留可达 { $n } 天，至 { $last }。

# The same limit already used up on the day of entry. $days, $window: the limit, $used: the days used before this trip.
ui-x-c-limit-rolling-out = 任意 { $window } 天内最多 { $days } 天：本次行程前已用 { $used } 天，入境当天已无剩余天数。

# A limit in plain words: at most $days days per calendar year. $used: days already spent there in $year before this trip, $n: how many days this stay may last, $last: until when.
ui-x-c-limit-year = 每个日历年最多 { $days } 天：本次行程前 { $year } 年已用 { $used } 天；本次停留可达 { $n } 天，至 { $last }。

# The same limit already used up before this trip. $days: the limit, $year: the year.
ui-x-c-limit-year-out = 每个日历年最多 { $days } 天：{ $year } 年的天数在本次行程前已全部用完。

# A limit on visits in plain words. $entries: visits allowed from $from to $to, $used: visits made before this one.
ui-x-c-limit-visits = { $from } 至 { $to } 期间最多入境 { $entries } 次：此前已入境 { $used } 次。

# The same limit already used up. $entries: visits allowed from $from to $to.
ui-x-c-limit-visits-out = { $from } 至 { $to } 期间最多入境 { $entries } 次：在本次之前已全部用完。

# In a column of the comparison: none of the warnings that decide whether and how long one may come.
ui-x-c-no-warnings = 没有限制本次行程的事项。

# In a column of the comparison: a choice of the questions that country does not have, replaced by its default. $field: the question ("Visa"), $value: what is used there, $asked: what was chosen above.
ui-x-c-instead = { $field }：此处按“{ $value }”计算，因为该国没有“{ $asked }”这一选项。

# In a column of the comparison other than the destination of the questions, when a visa was chosen there: a visa is issued by one country, so the column assumes one of the same kind for its own. $visa: the kind of visa.
ui-x-c-same-visa = 按您也持有该国同类签证计算：{ $visa }。

# Under the comparison. $country: the destination of the questions.
ui-x-c-only-here = 上面填写的以往行程和住址变更只计入{ $country }：在其他国家，本次行程按首次前往、无住址变更计算。
