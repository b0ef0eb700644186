### The engine's generic messages: the answer's sentences, conditions, counting steps, stay limits.

# Start of the stay note when no visa-free regime applies ("Citizens of Germany (DE):"); $country a country name.
citizens-of = { $country }公民：

# Start of the stay note when no visa-free regime applies, for a stateless person.
stateless-persons = 无国籍人士：

# The stay note when no visa-free regime applies: $who is "Citizens of X:" or "Stateless persons:", $note the country's note.
no-allowance-note = { $who } { $note }

# A list already joined by its separator (conditions, penalty lines): only the list itself; keep as is.
items = { $items }

# Warning: the visa-free days are already used up on the entry day.
allowance-used-up = 本次入境前的期间内允许的免签天数已经用完：在此日期免签入境将违反限额。

# Warning: the planned exit is after the last lawful day; $days a number of days, $exit a date, $last a date.
overstay = 计划出境日{ $exit }比最后合法停留日{ $last }晚{ $days }天：请在该日之前离境，除非许可或签证允许更长的停留（见各项义务和警告）。

# Another reading of a deadline, under the obligation, when it gives a later date; $reading a reading of the rule.
alt-later = { $reading }——得出的日期较晚；tirkeu采用较早的日期。

# Another reading of a deadline, under the obligation, when it gives the same date; $reading a reading of the rule.
alt-same = { $reading }——在此得出相同的日期。

# A penalty line whose sanction is known in kind, not in amount; $offender who is fined, $sanction a sanction.
unquantified-sanction = { $offender }：{ $sanction }

# Warning: a deadline counts days of a calendar that is not final; $year a year.
calendar-provisional = 某个期限计入了日历尚未最终确定的日子（尚未确认的浮动节日，或{ $year }年之后尚不知道相关法令的年份）：请在临近该日期时再次核对。

# Under "assumptions": a field left out was taken at its default; $field the field in words (field-passport…), $value the value taken, a code as typed.
assumed = 未提供“{ $field }”：按“{ $value }”处理。

# Under "assumptions": no exit date was given; $field the field in words (field-exit-date).
no-exit-date = 未提供“{ $field }”：取决于停留时长的规则将连同其条件一并显示。

# Under "assumptions": no birth date was given; $field the field in words (field-birth-date).
no-birth-date = 未提供“{ $field }”：取决于年龄的规则将连同其条件一并显示。

# The condition under an obligation that depends on something the scenario does not say; $condition a condition.
only-if = 仅当{ $condition }时

# The condition under an obligation that an exemption may lift; $condition a condition, $reason an exemption reason.
unless = 除非{ $condition }（{ $reason }）

# A warning that holds only under a condition; $condition a condition, $message a message.
if-then = 如果{ $condition }：{ $message }

# Warning: a rule starts or ends during the stay; $date a date, $what a phrase.
rule-change = 本次停留期间，于{ $date }，{ $what }。每项义务均适用触发该义务之日（入境日或搬迁日）有效的规则。

# Inside rule-change: a rule, exemption or allowance starts; $what a phrase.
takes-effect = { $what }生效

# Inside rule-change: a rule, exemption or allowance ends; $what a phrase.
ends = { $what }失效

# Inside takes-effect/ends: a rule named by its title; $title a rule title.
rule-named = “{ $title }”

# Inside takes-effect/ends: an exemption named by its reason; $reason an exemption reason.
exemption-named = 豁免“{ $reason }”

# Inside takes-effect/ends: a visa-free allowance named by its note; $note an allowance note.
allowance-named = 免签停留规定“{ $note }”

# The fee line of an obligation when the service is free.
fee-free = 免费：国家对此不收取费用。

# A penalty line: a fine in fine units and in money; $amount money with its currency, $offender who is fined, $unit the fine unit (MRP), $units a number.
fine-with-amount = { $offender }：罚款{ $units } { $unit }（{ $amount }）

# A penalty line: a fine in fine units (its money value not known for the year); $offender who is fined, $unit the fine unit (MRP), $units a number.
fine = { $offender }：罚款{ $units } { $unit }

# A penalty line: a warning; $offender who is fined.
warning-sanction = { $offender }：警告

# A penalty line whose sanction is not established; $offender who is fined.
not-established = { $offender }：尚未确定

# The penalty in one sentence: article, offence, its lines; $article a legal article, $lines the penalty lines, joined, $offence the offence.
penalty-text = { $article }——{ $offence }：{ $lines }。

# Between the items of a list of conditions or penalty lines (keep the space).
list-separator = ；

# Between conditions that all hold ("… and …"; keep the spaces).
join-and = ，且

# Between conditions of which one holds ("… or …"; keep the spaces).
join-or = ，或

# A condition in words, as it follows "if" or "only if".
always = 始终

# A condition in words, as it follows "if" or "only if".
never = 从不

# A condition in words, as it follows "if" or "only if"; $n a number.
age-under = 此人未满{ $n }岁

# A condition in words, as it follows "if" or "only if"; $n a number.
age-at-least = 此人年满{ $n }岁

# A condition in words, as it follows "if" or "only if"; $n a number.
stay-longer = 停留超过{ $n }天

# A condition in words, as it follows "if" or "only if"; $n a number.
stay-at-most = 停留不超过{ $n }天

# A condition in words, as it follows "if" or "only if".
cond-passport = 护照属于所列类型

# A condition in words, as it follows "if" or "only if".
cond-not-passport = 护照属于其他类型

# A condition in words, as it follows "if" or "only if".
cond-visa = 签证属于所列类型

# A condition in words, as it follows "if" or "only if".
cond-not-visa = 签证属于其他类型

# A condition in words, as it follows "if" or "only if".
cond-citizenship = 国籍在所列范围内

# A condition in words, as it follows "if" or "only if".
cond-not-citizenship = 国籍不在所列范围内

# A condition in words, as it follows "if" or "only if".
cond-regime = 免签制度属于所列类型

# A condition in words, as it follows "if" or "only if".
cond-not-regime = 适用其他免签制度

# A condition in words, as it follows "if" or "only if".
cond-accommodation = 住宿属于所列类型

# A condition in words, as it follows "if" or "only if".
cond-not-accommodation = 住宿属于其他类型

# A condition in words, as it follows "if" or "only if".
cond-crew = 此人是执勤机组人员

# A condition in words, as it follows "if" or "only if"; $date a date.
present-on = 此人在{ $date }仍在境内

# A condition in words, as it follows "if" or "only if"; $date a date.
gone-by = 此人在{ $date }之前离境

# A condition in words, as it follows "if" or "only if"; $last a date.
stay-beyond = 停留超过{ $last }

# A condition in words, as it follows "if" or "only if".
cond-not-crew = 此人不是执勤机组人员

# A line or word of the counting steps under a deadline.
working-day = 工作日

# A line or word of the counting steps under a deadline.
calendar-day = 日历日

# A line or word of the counting steps under a deadline.
weekend = 周末

# A line or word of the counting steps under a deadline.
arrival = 抵达

# A line or word of the counting steps under a deadline.
the-move = 搬迁

# A line or word of the counting steps under a deadline; $date a date, $event arrival or the move.
day-of = { $date }（{ $event }日）

# A line or word of the counting steps under a deadline; $day a date, $n a number, $unit the fine unit (MRP).
step-counted = { $day }：第{ $n }个{ $unit }

# A line or word of the counting steps under a deadline; $day a date, $kind what the day is, $n a number, $unit the fine unit (MRP).
step-kind-counted = { $day }：{ $kind }，第{ $n }个{ $unit }

# A line or word of the counting steps under a deadline; $day a date, $kind what the day is.
step-not-counted = { $day }：{ $kind }，不计入

# A line or word of the counting steps under a deadline; $day a date, $kind what the day is.
step-kind = { $day }：{ $kind }

# A line or word of the counting steps under a deadline; $line a step line.
due-mark = { $line }——截止日期

# A line or word of the counting steps under a deadline; $line a step line.
provisional-mark = { $line }（日历尚未最终确定）

# A line or word of the counting steps under a deadline; $n a number.
calendar-days-between = ……第2至第{ $n }个日历日无论是哪种日子均计入……

# A line or word of the counting steps under a deadline; $name a holiday name.
public-holiday-named = 公共假日（{ $name }）

# A line or word of the counting steps under a deadline.
public-holiday = 公共假日

# A line or word of the counting steps under a deadline; $date a date, $name a holiday name.
day-off-for-moved = { $name }休息日（由{ $date }调休而来）

# A line or word of the counting steps under a deadline; $date a date.
day-off-moved = 调休的休息日（由{ $date }调来）

# A line or word of the counting steps under a deadline; $name a holiday name.
day-off-for = { $name }休息日

# A line or word of the counting steps under a deadline.
day-off = 休息日

# A line or word of the counting steps under a deadline; $date a date.
saturday-working = 调休上班的周六（与{ $date }调换）

# A line or word of the counting steps under a deadline; $date a date.
sunday-working = 调休上班的周日（与{ $date }调换）

# A line or word of the counting steps under a deadline.
weekend-working = 调休上班的周末

# The explanation of a stay limit, in the stay section; $days a number of days, $entry a date, $last a date.
per-entry-text = 每次入境{ $days }天：入境当天{ $entry }为第1天，因此第{ $days }天为{ $last }。

# The explanation of a stay limit, in the stay section; $days a number of days, $entry a date, $last a date, $used a number of days, $window a number of days.
rolling-text = 任意{ $window }天内{ $days }天：此前行程中有{ $used }天落在入境前一天为止的{ $window }天内；从{ $entry }停留至{ $last }，可使每个{ $window }天的时间窗口内都不超过{ $days }天，再多停留一天则会超出。

# The explanation of a stay limit, in the stay section; $days a number of days, $entry a date, $used a number of days, $window a number of days.
rolling-used-up = 任意{ $window }天内{ $days }天：此前行程中已有{ $used }天落在入境前一天为止的{ $window }天内，因此即使是入境当天{ $entry }也会超出限额。

# The explanation of a stay limit, in the stay section; $days a number of days, $last a date, $used a number of days, $year a year.
year-text = 每个日历年{ $days }天：入境前已使用{ $year }年的{ $used }天，因此最多可停留至{ $last }。

# The explanation of a stay limit, in the stay section; $days a number of days, $year a year.
year-used-up = 每个日历年{ $days }天：{ $year }年的全部{ $days }天在入境前已经用完。

# A penalty line: a fine in the currency; $offender who is fined, $amount the sum.
fine-amount = { $offender }：罚款{ $amount }

# A penalty line: a fine in the currency, from $min to $max; $offender who is fined.
fine-amount-range = { $offender }：罚款{ $min }至{ $max }

# A condition in words, as it follows "if" or "only if"; $n a number of days.
stay-past = 停留在入境日之后超过{ $n }天

# A condition in words, as it follows "if" or "only if"; $n a number of days.
stay-not-past = 停留在入境日之后{ $n }天内结束

# A condition in words, as it follows "if" or "only if".
cond-same-owner = 新住所属于同一房主

# A condition in words, as it follows "if" or "only if".
cond-not-same-owner = 新住所属于另一房主

# A condition in words, as it follows "if" or "only if".
cond-permit = 此人持有居留许可

# A condition in words, as it follows "if" or "only if".
cond-not-permit = 此人没有居留许可

# A line or word of the counting steps under a deadline: the event a count runs back from (see day-of).
last-lawful-day = 允许停留的最后一

# A line or word of the counting steps under a deadline: the event a count runs back from (see day-of).
permit-expiry = 许可到期

# A line or word of the counting steps under a deadline: the event a count starts from (see day-of).
permit-change = 资料变更或证件遗失

# A line or word of the counting steps under a deadline.
month-unit = 月

# A line of the counting steps of a deadline counted back from an event; $event the event (see day-of), $unit working or calendar day, $n a number.
count-back = 倒数计算：{ $event }日为{ $unit }第 1 天；截止日期是{ $unit }第 { $n } 天的前一天，这样还剩 { $n } 天。

# A line of the counting steps of a deadline counted back by months; $event the event (see day-of), $n a number.
count-months-back = { $event }日前{ $n }个月：同月同日，若该月较短则为月末。

# A condition in words, as it follows "if" or "only if"; $date a date.
entered-from = 入境日期在{ $date }或之后

# A condition in words, as it follows "if" or "only if"; $date a date.
entered-before = 入境日期在{ $date }之前

# A condition in words, as it follows "if" or "only if"; $date a date.
move-by = 地址在{ $date }或之前变更

# A condition in words, as it follows "if" or "only if"; $date a date.
no-move-by = 地址在{ $date }之前不变更

# A warning: a deadline counted back from the last lawful day falls before the entry; $title the obligation's title, $date a date.
back-count-before-entry = { $title }：最晚办理日 { $date } 早于入境日——按此停留期限无法在境内及时办理；请在出行前安排（例如办理相应类型的签证）。

# How a visits limit was applied, under the last lawful day; $entries a number, $from and $to dates, $n a number.
visits-text = { $from }至{ $to }期间最多入境{ $entries }次：本次为第{ $n }次。

# A visits limit already used up on the day of entry; $entries a number, $from and $to dates.
visits-used-up = { $from }至{ $to }期间最多入境{ $entries }次：本次入境前次数已用完。

# A line of the counting steps of a deadline counted back from an event, day N itself being the due date; $event the event (see day-of), $unit working or calendar day, $n a number.
count-back-nth = 倒数计算：{ $event }日为{ $unit }第 1 天；截止日期为{ $unit }第 { $n } 天。

# A condition in words, as it follows "if" or "only if".
present-after-due = 停留持续到截止日期之后

# A condition in words, as it follows "if" or "only if".
gone-by-due = 此人在截止日期前离开

# A line or word of the counting steps under a deadline: the event a count starts from (see day-of).
departure = 离开

# A warning: a regional day off within a deadline's count; $date a date, $regions region names joined, $name the day's name, $title the obligation's title.
regional-day = { $date }是{ $regions }的休息日（{ $name }），在“{ $title }”的计算期内：截止日期不变，但当地机构可能不办公——请提前或在网上办理。

# A warning: an expected regional day off (date not yet decreed) within a deadline's count; $date a date, $regions region names joined, $name the day's name, $title the obligation's title.
regional-day-provisional = { $date }预计是{ $regions }的休息日（{ $name }；日期每年由法令确定，目前尚未公布），在“{ $title }”的计算期内：截止日期不变，但当地机构可能不办公。

# A route warning: each country counts its own days.
route-limits-per-country = 每个国家各自计算天数：在一国的天数不计入另一国的限额，每项登记只在本国有效。

# A route warning: a leg goes beyond the last lawful day; $n the leg's number, $country a country, $days a number of days.
route-leg-overstay = 第 { $n } 段（{ $country }）超出最后合法停留日 { $days } 天：请缩短行程，或办理签证或许可。
