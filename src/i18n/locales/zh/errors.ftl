### The engine's input errors (the scenario, the calendar's and the form's arguments).
### Variables are worded before they get here: dates, numbers, field paths.

# An input error message (thrown as { code, field, message }); $field the field in words (the date of exit, the exit date of earlier trip 3: field-…), $got what it is (a-string… worded), $want what it must be (a-string, a-number… worded).
wrong-type = “{ $field }”必须是{ $want }，而不是{ $got }。

# An input error message (thrown as { code, field, message }).
a-string = 字符串

# An input error message (thrown as { code, field, message }).
a-number = 数字

# An input error message (thrown as { code, field, message }).
a-boolean = 布尔值

# An input error message (thrown as { code, field, message }).
an-array = 数组

# An input error message (thrown as { code, field, message }).
an-object = 对象

# An input error message (thrown as { code, field, message }).
null = null

# An input error message (thrown as { code, field, message }).
true-or-false = true 或 false

# An input error message (thrown as { code, field, message }).
a-whole-number = 整数

# What a JS value is, in an input error ("… must be X, not <this>").
a-symbol = 符号（Symbol）

# What a JS value is, in an input error ("… must be X, not <this>").
a-function = 函数

# What a JS value is, in an input error ("… must be X, not <this>").
a-bigint = BigInt 整数

# What a JS value is, in an input error ("… must be X, not <this>").
binary-data = 二进制数据

# What a JS value is, in an input error ("… must be X, not <this>").
a-map = Map 对象

# What a JS value is, in an input error ("… must be X, not <this>").
a-set = Set 对象

# What a JS value is, in an input error ("… must be X, not <this>").
a-date-object = Date 对象

# What a JS value is, in an input error ("… must be X, not <this>"); $error the error text, $field the field in words (the date of exit, the exit date of earlier trip 3: field-…).
read-threw = 无法读取“{ $field }”：读取时出错（{ $error }）。

# What a JS value is, in an input error ("… must be X, not <this>"); $field the field in words (the date of exit, the exit date of earlier trip 3: field-…), $max a number.
string-too-long = “{ $field }”过长：最多读取{ $max }个字符。

# What a JS value is, in an input error ("… must be X, not <this>"); $date a date, $field the field in words (the date of exit, the exit date of earlier trip 3: field-…), $from a date.
birth-too-early = “{ $field }”：{ $date }过早；tirkeu接受的出生日期为{ $from }至入境日期。

# What a JS value is, in an input error ("… must be X, not <this>"); $date a date, $field the field in words (the date of exit, the exit date of earlier trip 3: field-…), $from a date, $to a date.
date-not-in-range = “{ $field }”：{ $date }超出了可接受的日期范围（{ $from }至{ $to }）。

# What a JS value is, in an input error ("… must be X, not <this>"); $field the field in words (the date of exit, the exit date of earlier trip 3: field-…).
date-format = “{ $field }”必须是YYYY-MM-DD格式的日期，例如2026-03-06。

# What a JS value is, in an input error ("… must be X, not <this>"); $field the field in words (the date of exit, the exit date of earlier trip 3: field-…), $value the value given.
no-such-day = “{ $field }”：{ $value }不是日历上存在的日期。

# What a JS value is, in an input error ("… must be X, not <this>"); $field the field in words (the date of exit, the exit date of earlier trip 3: field-…).
required = “{ $field }”为必填项。

# What a JS value is, in an input error ("… must be X, not <this>"); $field the field in words (the date of exit, the exit date of earlier trip 3: field-…), $list the accepted values, $value the value given.
not-one-of = “{ $field }”：“{ $value }”不是以下值之一：{ $list }。

# What a JS value is, in an input error ("… must be X, not <this>"); $got what it is (a-string… worded).
not-an-object = 场景必须是对象，而不是{ $got }。

# An input error; $field the field in words (field-destination), $value the value given.
unknown-destination = “{ $field }”：“{ $value }”不是ISO 3166-1 alpha-2国家代码。

# An input error; $field the field in words (field-citizenship), $value the value given.
unknown-citizenship = “{ $field }”：“{ $value }”不是ISO 3166-1 alpha-2国家代码（也不是“stateless”）。

# An input error; $field and $other the fields in words (the exit's, the entry's), $exit and $entry their dates.
exit-before-entry = 日期顺序有误：{ $field }（{ $exit }）早于{ $other }（{ $entry }）。

# An input error; $field the field in words (field-exit-date), $days a number of days.
stay-too-long = “{ $field }”：超过{ $days }天的计划停留不在tirkeu的解答范围内。

# An input error; $field and $other the fields in words (field-birth-date, field-entry-date), $birth and $entry their dates.
birth-after-entry = 日期顺序有误：{ $field }（{ $birth }）晚于{ $other }（{ $entry }）。

# An input error; $field the field in words (field-birth-date), $birth a date, $age years.
too-old = “{ $field }”：按{ $birth }，此人入境时将超过{ $age }岁。

# What a JS value is, in an input error ("… must be X, not <this>"); $field the field in words (the date of exit, the exit date of earlier trip 3: field-…), $max a number, $n a number.
too-many = “{ $field }”：提供了{ $n }项；最多接受{ $max }项。

# An input error: no leg was given (a route has 1 to $max legs; more are too-many); $field the field in words, $max a number.
legs-count = { $field }：请填写 1 至 { $max } 段。

# An input error: a leg starts before the previous one ends; $field the field in words, $n the previous leg's number, $exit a date.
leg-overlap = { $field }早于第 { $n } 段的结束日（{ $exit }）：各段不能重叠；同一天离开一国并进入下一国是允许的。

# An input error: the asked length of stay is not a whole number in range; $field the field in words, $max a number.
plan-days = { $field }必须是 1 到 { $max } 之间的整数天数。

# An input error: a trip starts within another; $field the field in words, $n the other trip's number.
plan-trips-overlap = { $field }落在第 { $n } 次旅行期间：各次旅行不能重叠。

# What a JS value is, in an input error ("… must be X, not <this>"); $date a date, $entry a date, $field the field in words (the date of exit, the exit date of earlier trip 3: field-…).
trip-after-entry = “{ $field }”：{ $date }晚于本次停留的入境日期（{ $entry }）：只需列出更早的行程。

# An input error; $first and $second two earlier trips in words (field-trip).
trips-overlap = 行程重叠：{ $second }与{ $first }；每一天只能在该国度过一次。

# What a JS value is, in an input error ("… must be X, not <this>"); $date a date, $field the field in words (the date of exit, the exit date of earlier trip 3: field-…).
move-outside = “{ $field }”：{ $date }不在停留期间内。

# An input error; $field the field in words (field-destination), $country a country name, $list the codes covered.
unsupported-destination = “{ $field }”：tirkeu尚无{ $country }的规则；目前涵盖{ $list }。

# An input error; $field the field in words (field-citizenship), $country a country name.
own-citizen = “{ $field }”：{ $country }公民在该国不是外国人；无需登记。

# An input error; $field the field in words (field-entry-date), $entry a date, $country a country name, $from and $to dates.
entry-out-of-range = “{ $field }”：{ $entry }——tirkeu关于{ $country }的规则涵盖{ $from }至{ $to }的入境。

# What a JS value is, in an input error ("… must be X, not <this>"); $error the error text, $what a phrase.
unreadable = 无法将{ $what }读取为纯数据：{ $error }。

# What a JS value is, in an input error ("… must be X, not <this>").
the-scenario = 场景

# What a JS value is, in an input error ("… must be X, not <this>").
the-country = 国家

# What a JS value is, in an input error ("… must be X, not <this>").
the-year = 年份

# What a JS value is, in an input error ("… must be X, not <this>").
the-route = 路线

# What a JS value is, in an input error ("… must be X, not <this>").
the-countries = 国家列表

# What a JS value is, in an input error ("… must be X, not <this>").
the-details = 详细信息

# An input error of calendar(country, year): the country is not an ISO 3166-1 alpha-2 code.
country-not-iso = 国家未以ISO 3166-1 alpha-2代码给出。

# What a JS value is, in an input error ("… must be X, not <this>"); $code a country code.
no-calendar = tirkeu尚无{ $code }的工作日日历。

# An input error of calendar(country, year); $code a country code, $from and $to years.
year-out-of-range = 年份不在{ $code }日历范围内：该日历涵盖{ $from }至{ $to }。

# An input error of the form's details; $field the field in words (the date of exit, the exit date of earlier trip 3: field-…), $max a number.
too-long = “{ $field }”：最多接受{ $max }个字符。

# An input error of the form's details; $char the refused character, $field the field in words (the date of exit, the exit date of earlier trip 3: field-…).
name-not-printable = “{ $field }”：字符“{ $char }”无法打印在表格上：请按护照上的写法，用拉丁字母或西里尔字母填写姓名。

# An input error of the form's details; $char the refused character, $field the field in words (the date of exit, the exit date of earlier trip 3: field-…).
not-printable = “{ $field }”：字符“{ $char }”无法打印在表格上：请用拉丁字母或西里尔字母填写。

## Fields in words: messages name a field with these, never by its path (exitDate, trips[0]).

# A field in words, in input errors: the whole input (the scenario).
field-input = 输入

# A field in words, in input errors and assumptions: the destination country.
field-destination = 目的地国家

# A field in words: the traveller's citizenship.
field-citizenship = 国籍

# A field in words: the date of entry of this stay.
field-entry-date = 入境日期

# A field in words: the planned date of exit.
field-exit-date = 出境日期

# A field in words: the traveller's date of birth.
field-birth-date = 出生日期

# A field in words: the kind of passport.
field-passport = 护照类型

# A field in words: the visa entered on.
field-visa = 签证

# A field in words: where the traveller stays.
field-accommodation = 住宿

# A field in words: the yes/no question "crew member on duty".
field-crew = 执勤机组人员

# A field in words: the language of the answer.
field-lang = 语言

# A field in words: the list of earlier trips.
field-trips = 以往行程

# A field in words: one earlier trip; $n its number in the list (1, 2, …).
field-trip = 以往行程{ $n }

# A field in words: the entry date of an earlier trip; $n the trip's number.
field-trip-entry-date = 以往行程{ $n }的入境日期

# A field in words: the exit date of an earlier trip; $n the trip's number.
field-trip-exit-date = 以往行程{ $n }的出境日期

# A field in words: the list of changes of address.
field-moves = 地址变更

# A field in words: one change of address; $n its number.
field-move = 地址变更{ $n }

# A field in words: the date of a change of address; $n its number.
field-move-date = 第{ $n }次搬迁的日期

# A field in words: where the traveller stays after a change of address; $n its number.
field-move-accommodation = 第{ $n }次搬迁后的住宿

# A field in words: the yes/no question "the new address is in another region" of a change of address; $n its number.
field-move-other-region = 第{ $n }次搬迁是否跨地区

# A field in words: the yes/no question "the new dwelling has the same owner" of a change of address; $n its number.
field-move-same-owner = 第 { $n } 次搬迁的“同一房主”选项

# A field in words: the residence permit the person holds.
field-permit = 居留许可

# A field in words: the kind (temporary or permanent) of the residence permit held.
field-permit-kind = 居留许可类型

# A field in words: the last day of validity of the residence permit held.
field-permit-valid-until = 居留许可有效期截止日

# A field in words: the day the permit holder's identity data changed or the card was lost.
field-permit-changed-on = 身份信息变更或证件遗失的日期

# A field in words: the legs of a route.
field-legs = 路线的各段

# A field in words: the length of stay asked about, in days.
field-days = 停留天数

# A field in words: one leg of a route; $n its number.
field-leg = 路线第 { $n } 段

# A field in words: a field of one leg of a route; $field the field in words, $n the leg's number.
field-of-leg = { $field }（第 { $n } 段）

# A field in words: the list of countries to compare.
field-countries = 要比较的国家

# A field in words: one of the countries to compare; $n its number.
field-countries-item = 要比较的第 { $n } 个国家

# A field in words: the country of an earlier trip; $n its number.
field-trip-destination = 第 { $n } 次旅行的国家

# A field in words: the traveller's details for the pre-filled form, as a whole.
field-details = 表格信息

# A field in words: the list of accompanying children on the form.
field-children = 随行子女

# A field in words: one accompanying child; $n its number.
field-child = 子女{ $n }

# A field of the form's details in words; $label the field's label on the form, in this language (Surname).
field-labelled = { $label }

# A field of the form's details in words, when the form has no label for it.
field-detail = 表格信息

# A field in words: a detail of an accompanying child; $field the detail in words (field-labelled), $n the child's number.
field-of-child = 子女{ $n }的{ $field }

# A field in words: the facts the form module takes from the answer (due date, rules checked on), as a whole.
field-facts = 表格所需信息

# A field in words: the due date of the notification, given to the form module.
field-due-date = 截止日期

# A field in words: the date the rules were last checked, given to the form module.
field-rules-checked-on = 规则核对日期

# A field in words: the country asked of calendar(country, year).
field-country = 国家

# A field in words: the year asked of calendar(country, year).
field-year = 年份

# A field tirkeu does not know, in words; $name the key as the caller wrote it.
field-other = 值“{ $name }”

# A part of a field tirkeu does not know, in words; $name the key as the caller wrote it, $field the field it is in, in words.
field-part = { $field }中的值“{ $name }”
