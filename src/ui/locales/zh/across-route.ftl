## The route view (js/route.js): a route of several stays in several countries, its deadlines in one list by date. IDs ui-x-r-.

# Under the summary "A route through several countries": what to fill in and where the traveller's details come from.
ui-x-r-intro = 请按到访顺序填写各个国家及日期。国籍、护照和出生日期取自上面的问题，以前的行程（前往上面所问国家的行程）也一样。

# Heading of one leg of the route in the list of legs. $n: the leg's number (1, 2, …); $country: the country's name.
ui-x-r-leg = 第 { $n } 段：{ $country }

# Label of the list of countries of one leg of the route.
ui-x-r-f-country = 国家

# Button that adds one more leg at the end of the route.
ui-x-r-add = 添加一段行程

# Accessible name of the button (×) that removes one leg. $n: the leg's number; $country: its country's name.
ui-x-r-remove = 删除第 { $n } 段：{ $country }

# Next to the disabled "Add a leg" button when the route is full. $max: the most legs a route has (30).
ui-x-r-max = 一条路线最多 { $max } 段：请先删除一段，再添加新的一段。

# Under a leg's entry date when it is before the previous leg ends. $n: the previous leg's number; $exit: its exit date, written out.
ui-x-r-err-overlap = 这一段在第 { $n } 段结束（{ $exit }）之前就开始了。各段不能重叠；同一天离开一个国家并进入下一个国家是可以的。

# Shown in the route view when a question above (citizenship, passport, birth date, earlier trips) has a problem. $message: what is wrong, in the page's words.
ui-x-r-err-questions = 请先修改上面问题的回答：{ $message }

# Heading of the list of every date of the route (entries, deadlines, last lawful days, exits), in date order.
ui-x-r-timeline-h = 路线上的所有期限（按日期）

# An entry in the route's list of dates. $country: the country's name; $n: the leg's number.
ui-x-r-ev-entry = 入境{ $country }（第 { $n } 段）

# An entry in the route's list of dates. $country: the country's name; $n: the leg's number.
ui-x-r-ev-exit = 离开{ $country }（第 { $n } 段）

# An entry in the route's list of dates: the last day the stay in that country is lawful. $country: the country's name; $n: the leg's number.
ui-x-r-ev-last = 在{ $country }的最后合法停留日（第 { $n } 段）

# An entry in the route's list of dates: a deadline (who does what follows on the next line). $country: the country's name; $n: the leg's number.
ui-x-r-ev-due = 在{ $country }的期限（第 { $n } 段）

# Heading of the short summary of each leg (its dates, how long the stay may last, its last lawful day).
ui-x-r-legs-h = 逐段说明

# A leg's dates when it has no exit date (only the last leg may). $date: the entry date, written out.
ui-x-r-from = 自 { $date } 起；未填写离境日期

# Label before the words saying how long a stay in that country may last (the country's rule for this traveller).
ui-x-r-allowed = 允许停留

# Button under a leg's summary: shows that leg in the calculator above, with all its details. $n: the leg's number; $country: its country's name.
ui-x-r-show = 将第 { $n } 段（{ $country }）作为主要答案打开

# Summary of a collapsible list of the notes and warnings of one leg. $n: how many there are.
ui-x-r-notes = 关于这一段的更多说明（{ $n }）

# Button: downloads one calendar file (.ics) with every deadline of the route.
ui-x-r-ics = 将路线上的所有期限添加到日历（.ics）

# Shown instead of deadlines when no leg of the route asks for a notification or registration.
ui-x-r-nothing = 这条路线上不需要办理任何通知或登记。
