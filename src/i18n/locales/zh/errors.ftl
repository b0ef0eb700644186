### The engine's input errors (the scenario, the calendar's and the form's arguments).
### Variables are worded before they get here: dates, numbers, field paths.

# An input error message (thrown as { code, field, message }); $field the field's path (entryDate, trips[0].exitDate), as is, $got what it is (a-string… worded), $want what it must be (a-string, a-number… worded).
wrong-type = { $field }必须是{ $want }，而不是{ $got }。

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

# What a JS value is, in an input error ("… must be X, not <this>"); $error the error text, $field the field's path (entryDate, trips[0].exitDate), as is.
read-threw = 无法读取{ $field }：读取时出错（{ $error }）。

# What a JS value is, in an input error ("… must be X, not <this>"); $field the field's path (entryDate, trips[0].exitDate), as is, $max a number.
string-too-long = { $field }过长：最多读取{ $max }个字符。

# What a JS value is, in an input error ("… must be X, not <this>"); $date a date, $field the field's path (entryDate, trips[0].exitDate), as is, $from a date.
birth-too-early = { $field } { $date }：tirkeu接受的出生日期为{ $from }至入境日期。

# What a JS value is, in an input error ("… must be X, not <this>"); $date a date, $field the field's path (entryDate, trips[0].exitDate), as is, $from a date, $to a date.
date-not-in-range = { $field } { $date }超出了该字段可接受的日期范围（{ $from }至{ $to }）。

# What a JS value is, in an input error ("… must be X, not <this>"); $field the field's path (entryDate, trips[0].exitDate), as is.
date-format = { $field }必须是YYYY-MM-DD格式的日期，例如2026-03-06。

# What a JS value is, in an input error ("… must be X, not <this>"); $field the field's path (entryDate, trips[0].exitDate), as is, $value the value given.
no-such-day = { $field }：{ $value }不是日历上存在的日期。

# What a JS value is, in an input error ("… must be X, not <this>"); $field the field's path (entryDate, trips[0].exitDate), as is.
required = { $field }为必填项。

# What a JS value is, in an input error ("… must be X, not <this>"); $field the field's path (entryDate, trips[0].exitDate), as is, $list the accepted values, $value the value given.
not-one-of = { $field }：“{ $value }”不是以下值之一：{ $list }。

# What a JS value is, in an input error ("… must be X, not <this>"); $got what it is (a-string… worded).
not-an-object = 场景必须是对象，而不是{ $got }。

# What a JS value is, in an input error ("… must be X, not <this>"); $value the value given.
unknown-destination = destination：“{ $value }”不是ISO 3166-1 alpha-2国家代码。

# What a JS value is, in an input error ("… must be X, not <this>"); $value the value given.
unknown-citizenship = citizenship：“{ $value }”不是ISO 3166-1 alpha-2国家代码（也不是“stateless”）。

# What a JS value is, in an input error ("… must be X, not <this>"); $entry a date, $exit a date, $field the field's path (entryDate, trips[0].exitDate), as is, $other the other field.
exit-before-entry = { $field } { $exit }早于{ $other } { $entry }。

# What a JS value is, in an input error ("… must be X, not <this>"); $days a number of days.
stay-too-long = exitDate：超过{ $days }天的计划停留不在tirkeu的解答范围内。

# What a JS value is, in an input error ("… must be X, not <this>"); $birth a date, $entry a date.
birth-after-entry = birthDate { $birth }晚于entryDate { $entry }。

# What a JS value is, in an input error ("… must be X, not <this>"); $age years, $birth a date.
too-old = 按birthDate { $birth }，此人入境时将超过{ $age }岁。

# What a JS value is, in an input error ("… must be X, not <this>"); $field the field's path (entryDate, trips[0].exitDate), as is, $max a number, $n a number.
too-many = { $field }：提供了{ $n }项；最多接受{ $max }项。

# What a JS value is, in an input error ("… must be X, not <this>"); $date a date, $entry a date, $field the field's path (entryDate, trips[0].exitDate), as is.
trip-after-entry = { $field } { $date }晚于本次停留的entryDate { $entry }：只需列出更早的行程。

# What a JS value is, in an input error ("… must be X, not <this>"); $first a trip, $second a trip.
trips-overlap = { $second }与{ $first }重叠：每一天只能在该国度过一次。

# What a JS value is, in an input error ("… must be X, not <this>"); $date a date, $field the field's path (entryDate, trips[0].exitDate), as is.
move-outside = { $field } { $date }不在停留期间内。

# What a JS value is, in an input error ("… must be X, not <this>"); $country a country name, $list the accepted values.
unsupported-destination = destination：tirkeu尚无{ $country }的规则；目前涵盖{ $list }。

# What a JS value is, in an input error ("… must be X, not <this>"); $country a country name.
own-citizen = citizenship：{ $country }公民在该国不是外国人；无需登记。

# What a JS value is, in an input error ("… must be X, not <this>"); $country a country name, $entry a date, $from a date, $to a date.
entry-out-of-range = entryDate { $entry }：tirkeu关于{ $country }的规则涵盖{ $from }至{ $to }的入境。

# What a JS value is, in an input error ("… must be X, not <this>"); $error the error text, $what a phrase.
unreadable = 无法将{ $what }读取为纯数据：{ $error }。

# What a JS value is, in an input error ("… must be X, not <this>").
the-scenario = 场景

# What a JS value is, in an input error ("… must be X, not <this>").
the-country = 国家

# What a JS value is, in an input error ("… must be X, not <this>").
the-year = 年份

# What a JS value is, in an input error ("… must be X, not <this>").
the-details = 详细信息

# What a JS value is, in an input error ("… must be X, not <this>").
country-not-iso = country不是ISO 3166-1 alpha-2代码。

# What a JS value is, in an input error ("… must be X, not <this>"); $code a country code.
no-calendar = tirkeu尚无{ $code }的工作日日历。

# What a JS value is, in an input error ("… must be X, not <this>"); $code a country code, $from a date, $to a date.
year-out-of-range = year：{ $code }日历涵盖{ $from }至{ $to }。

# An input error of the form's details; $field the field's path (entryDate, trips[0].exitDate), as is, $max a number.
too-long = { $field }：最多接受{ $max }个字符。

# An input error of the form's details; $char the refused character, $field the field's path (entryDate, trips[0].exitDate), as is.
name-not-printable = { $field }：字符“{ $char }”无法打印在表格上：请按护照上的写法，用拉丁字母或西里尔字母填写姓名。

# An input error of the form's details; $char the refused character, $field the field's path (entryDate, trips[0].exitDate), as is.
not-printable = { $field }：字符“{ $char }”无法打印在表格上：请用拉丁字母或西里尔字母填写。

