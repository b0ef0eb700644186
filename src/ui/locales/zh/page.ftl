### tirkeu: the page's own strings (www/index.html, www/js). IDs start with ui-.
### Format: a Fluent subset, docs/i18n.md. Each message has a note for translators above it.

# Link for keyboard users that jumps to the results.
ui-skip = 跳到结果

# Label of the language menu.
ui-lang-label = 语言

# Under the heading: nothing leaves the browser.
ui-privacy-short = 所有计算都在本浏览器中完成。您输入的任何内容都不会被发送到任何地方。

# The questions about the trip (heading, and the button that folds them into one line). $audience: who uses the page (traveller, host, hotel, organization).
ui-trip-h = { $audience ->
        [traveller] 您的行程
       *[other] 客人的停留
    }

# Label or hint of a question about the trip.
ui-f-destination = 目的地

# Label or hint of a question about the trip.
ui-f-citizenship = 国籍

# Label or hint of a question about the trip.
ui-f-citizenship-choose = — 请选择 —

# Label or hint of a question about the trip.
ui-f-citizenship-stateless = 无国籍人士

# Label or hint of a question about the trip.
ui-f-passport = 护照

# A choice in the passport list.
ui-passport-ordinary = 普通护照

# A choice in the passport list.
ui-passport-diplomatic = 外交护照

# A choice in the passport list.
ui-passport-service = 公务护照

# Label or hint of a question about the trip.
ui-f-visa = 签证

# A choice in the visa list.
ui-visa-none = 无签证（免签）

# A choice in the visa list: a visa issued online before the trip (e-visa).
ui-visa-e-visa = 电子签证

# A choice in the visa list.
ui-visa-tourist = 旅游签证

# A choice in the visa list.
ui-visa-business = 商务签证

# A choice in the visa list.
ui-visa-private = 私人签证（探亲访友）

# A choice in the visa list.
ui-visa-work = 工作签证

# A choice in the visa list.
ui-visa-student = 学生签证

# A choice in the visa list.
ui-visa-investor = 投资者签证

# A choice in the visa list.
ui-visa-diplomatic = 外交签证

# A choice in the visa list.
ui-visa-service = 公务签证

# A choice in the visa list.
ui-visa-transit = 过境签证

# A choice in the visa list.
ui-visa-medical = 就医签证

# A choice in the visa list.
ui-visa-humanitarian = 人道主义签证

# A choice in the visa list.
ui-visa-missionary = 传教签证

# A choice in the visa list.
ui-visa-family = 家庭团聚签证

# Label or hint of a question about the trip.
ui-f-entry-date = 入境日期

# Label or hint of a question about the trip.
ui-f-exit-date = 计划出境日期

# Label or hint of a question about the trip.
ui-f-exit-date-hint = 可选；不填时部分答案将保留条件。

# Label or hint of a question about the trip.
ui-f-trip-exit = 出境日期

# Label or hint of a question about the trip.
ui-f-birth-date = 出生日期

# Label or hint of a question about the trip.
ui-f-birth-date-hint = 可选；部分规定取决于年龄。

# Label or hint of a question about the trip. $audience: who uses the page (traveller, host, hotel, organization).
ui-f-accommodation = { $audience ->
        [traveller] 住宿地点
       *[other] 客人的住宿地点
    }

# A choice: where the traveller stays.
ui-acc-private = 住在私人家中（公寓、房屋、朋友家）

# A choice: where the traveller stays.
ui-acc-hotel = 住在酒店或青年旅舍

# A choice: where the traveller stays.
ui-acc-organization = 由单位安排住宿（雇主、大学）

# The list of earlier trips to the country.
ui-trips-h = 以前到该国的行程

# The list of earlier trips to the country.
ui-trips-none = 尚未添加以前的行程。

# The list of earlier trips to the country.
ui-trips-add = 添加以前的行程

# The list of earlier trips to the country. Variables: $n a number.
ui-trips-remove = 删除行程 { $n }

# The list of earlier trips to the country. Variables: $n a number.
ui-trips-row = 行程 { $n }

# The list of moves to another address during the stay.
ui-moves-h = 停留期间的搬迁（可选）

# The list of moves to another address during the stay.
ui-moves-none = 尚未添加搬迁。

# The list of moves to another address during the stay.
ui-moves-add = 添加搬迁

# The list of moves to another address during the stay. Variables: $n a number.
ui-moves-remove = 删除搬迁 { $n }

# The list of moves to another address during the stay. Variables: $n a number.
ui-moves-row = 搬迁 { $n }

# Label or hint of a question about the trip.
ui-f-move-date = 搬迁日期

# Label or hint of a question about the trip.
ui-f-move-accommodation = 新住处

# Label or hint of a question about the trip.
ui-f-other-region = 搬到其他州或直辖市

# Label of a question about a move: the new home belongs to the owner of the one where the stay is registered (a destination that asks it: Azerbaijan).
ui-f-same-owner = 搬到同一房主的住所

# An error message shown under the field it concerns.
ui-err-missing-field = 请填写此项。

# An error message shown under the field it concerns.
ui-err-invalid-date = 这不是有效的日期。

# An error message shown under the field it concerns.
ui-err-bad-date = 日期不完整或无效。

# An error message shown under the field it concerns.
ui-err-wrong-type = 此值的格式不对。

# An error message shown under the field it concerns.
ui-err-unknown-country = 请从列表中选择国家。

# An error message shown under the field it concerns.
ui-err-unsupported-destination = tirkeu 暂时没有该目的地的规定：请从列表中选择。

# An error message shown under the field it concerns.
ui-err-unknown-value = 请从列表中选择。

# An error message shown under the field it concerns.
ui-err-exit-before-entry = 出境日期不能早于入境日期。

# An error message shown under the field it concerns.
ui-err-birth-after-entry = 出生日期必须早于入境日期。

# An error message shown under the field it concerns.
ui-err-trip-overlap = 行程之间或与本次停留的日期重叠。

# An error message shown under the field it concerns. Variables: $from a year or number; $to a year or number.
ui-err-out-of-range = 此日期超出 tirkeu 的范围（{ $from }–{ $to } 年的入境，停留不超过 5 年）。

# An error message shown under the field it concerns.
ui-err-out-of-range-birth-date = 出生日期必须在1900年1月1日至入境日期之间。

# An error message shown under the field it concerns.
ui-err-out-of-range-trip = 以前的行程必须在1900年1月1日至本次入境之间。

# An error message shown under the field it concerns.
ui-err-out-of-range-move = 搬迁日期超出停留期间：必须在入境与离境之间（或入境后5年内）。

# An error message shown under the field it concerns.
ui-err-invalid-input = 无法读取输入内容。

# An error message shown under the field it concerns.
ui-err-general = 请检查输入内容。

# An error message shown under the field it concerns.
ui-err-fix = 请更正标出的字段以查看结果。您输入的内容已保留。

# An error message shown under the field it concerns.
ui-err-phone = 只能使用数字、空格、+、- 和括号。

# An error message shown under the field it concerns.
ui-err-passport-expiry = 护照在计划出境日期之前到期。

# An error message shown under the field it concerns.
ui-err-choose-citizenship = 请选择国籍以查看结果。

# An error message shown under the field it concerns. Variables: $n a number; $max a number.
ui-err-link-too-many = 链接中列出了 { $n } 条；tirkeu 最多接受 { $max } 条，因此一条也未载入。请在此添加需要的条目。

# An error message shown under the field it concerns. Variables: $value what the link gave, quoted.
ui-err-link-value = 链接中的“{ $value }”不在可选项中，请从列表中选择。

# The results: key dates at a glance.
ui-res-h = 您的结果

# The results: key dates at a glance.
ui-res-entry = 入境

# The results: key dates at a glance.
ui-res-exit = 计划出境

# The results: key dates at a glance.
ui-res-last-day = 合法停留的最后一天

# The results: key dates at a glance.
ui-res-no-last-day = 没有固定的最后一天

# The results: key dates at a glance.
ui-res-nothing = 无需办理：本次停留不需要申报或登记。

# The results: key dates at a glance. Variables: $n a number.
ui-res-overstay = 超过合法停留最后一天 { $n } 天

# The month calendar of the stay (legend, cell descriptions for screen readers). $audience: who uses the page (traveller, host, hotel, organization).
ui-tl-h = { $audience ->
        [traveller] 停留日历
       *[other] 客人的停留日历
    }

# The month calendar of the stay (legend, cell descriptions for screen readers).
ui-tl-legend = 图例

# The month calendar of the stay (legend, cell descriptions for screen readers).
ui-tl-stay = 停留日

# The month calendar of the stay (legend, cell descriptions for screen readers).
ui-tl-overstay = 超过合法最后一天的日子

# The month calendar of the stay (legend, cell descriptions for screen readers).
ui-tl-weekend = 周末

# The month calendar of the stay (legend, cell descriptions for screen readers).
ui-tl-holiday = 法定节日

# The month calendar of the stay (legend, cell descriptions for screen readers).
ui-tl-dayoff = 调休休息日

# The month calendar of the stay (legend, cell descriptions for screen readers).
ui-tl-working-weekend = 调为工作日的周六或周日

# The month calendar of the stay (legend, cell descriptions for screen readers).
ui-tl-entry = 入境

# The month calendar of the stay (legend, cell descriptions for screen readers).
ui-tl-exit = 出境

# The month calendar of the stay (legend, cell descriptions for screen readers).
ui-tl-due = 截止日期

# The month calendar of the stay (legend, cell descriptions for screen readers).
ui-tl-last-day = 合法停留最后一天

# The month calendar of the stay (legend, cell descriptions for screen readers). Variables: $n a number.
ui-tl-more = 另有 { $n } 个月没有事件，未显示。

# The month calendar of the stay (legend, cell descriptions for screen readers). Variables: $date a date, already written out.
ui-tl-moved-from = 由 { $date } 调休

# The month calendar of the stay (legend, cell descriptions for screen readers).
ui-tl-provisional = 暂定

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-h = 必须办理的事项

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-who = 办理人

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-due = 截止日期

# A card for one obligation: who must do what by when, how, and the penalty. $audience: who uses the page (traveller, host, hotel, organization).
ui-ob-result = { $audience ->
        [traveller] 办完后您将获得
       *[other] 办完后客人将获得
    }

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-due-also = 另一种解释

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-when = 起因

# A card for one obligation: who must do what by when, how, and the penalty. Variables: $date a date, already written out.
ui-ob-trigger-arrival = { $date } 抵达

# A card for one obligation: who must do what by when, how, and the penalty. Variables: $date a date, already written out.
ui-ob-trigger-move = { $date } 搬迁

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-conditional = 条件

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-how = 在哪里、如何办理

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-online = 网上

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-by-post = 邮寄

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-in-person = 现场

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-needs = 需要

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-processing = 用时

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-documents = 材料

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-fee = 费用

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-penalty = 逾期或未办理的后果

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-warning = 警告

# A fine on an obligation card. Variables: $units a number of fine units; $unit the country's fine unit, short (kz-ui-fine-unit); $amount the amount in money, already formatted.
ui-ob-fine = { $units } 个 { $unit }（{ $amount }）

# A fine set in money as a range, on an obligation card (Azerbaijan's 300–400 manats). Variables: $min and $max the lowest and highest sums, already formatted with their currency.
ui-ob-fine-range = { $min }至{ $max }

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-unknown-fine = 金额未确定

# Under a penalty: the value of the fine unit in that year. Variables: $unit the fine unit, long (kz-ui-fine-unit-long); $year a year; $amount the money, already formatted.
ui-ob-unit-value = { $year } 年的 { $unit }：{ $amount }

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-steps = 期限如何计算

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-sources = 法律依据与来源

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-provisional = 暂定：此计算中的某个节日日期尚未由政府决议确定。

# Who does it, on an obligation card, as seen by whoever uses the page.
ui-who-host = 您的接待方（房东或邀请人）

# Who does it, on an obligation card, as seen by whoever uses the page.
ui-who-hotel = 酒店

# Who does it, on an obligation card, as seen by whoever uses the page.
ui-who-organization = 接待单位

# Who does it, on an obligation card, as seen by whoever uses the page.
ui-who-foreigner = 您本人

# One line of the day-by-day count of a deadline.
ui-step-working = 工作日

# One line of the day-by-day count of a deadline.
ui-step-weekend = 周末

# One line of the day-by-day count of a deadline.
ui-step-holiday = 法定节日

# One line of the day-by-day count of a deadline.
ui-step-day-off = 调休休息日

# One line of the day-by-day count of a deadline.
ui-step-working-weekend = 调为工作日的周末

# One line of the day-by-day count of a deadline. Variables: $n a number.
ui-step-counts-working = 第 { $n } 个工作日

# One line of the day-by-day count of a deadline. Variables: $n a number.
ui-step-counts-calendar = 第 { $n } 天

# One line of the day-by-day count of a deadline.
ui-step-not-counted = 不计入

# One line of the day-by-day count of a deadline.
ui-step-event-arrival = 抵达当天

# One line of the day-by-day count of a deadline.
ui-step-event-move = 搬迁当天

# One line of the day-by-day count of a deadline.
ui-step-due = 截止日

# One line of the day-by-day count of a deadline. Variables: $from a year or number; $to a year or number.
ui-step-gap = 第 { $from } 至 { $to } 天无论何种日子都计入

# How sure the source is: a badge next to each source.
ui-conf-high = 官方文本

# How sure the source is: a badge next to each source.
ui-conf-medium = 可靠的二手来源

# How sure the source is: a badge next to each source.
ui-conf-low = 单一二手来源

# How sure the source is: a badge next to each source.
ui-conf-unknown = 未评估

# How sure the source is: a badge next to each source. Variables: $c the confidence (another message).
ui-conf-label = 可信度：{ $c }

# Heading of the exemptions card. $audience: who uses the page (traveller, host, hotel, organization).
ui-ex-h = { $audience ->
        [traveller] 您无需办理的事项及原因
       *[other] 无需办理的事项及原因
    }

# The card on how long the stay may last. $audience: who uses the page (traveller, host, hotel, organization).
ui-stay-h = { $audience ->
        [traveller] 可以停留多久
       *[other] 客人可以停留多久
    }

# The card on how long the stay may last.
ui-stay-limits = 限制

# Heading of the warnings card.
ui-warn-h = 警告

# Heading of the assumptions the answer makes.
ui-assume-h = 假设

# The FAQ: an answer to a claim, computed for this case.
ui-faq-h = 常见说法——按您的情况核实

# The FAQ: an answer to a claim, computed for this case.
ui-faq-wrong = 对您的情况不成立

# The FAQ: an answer to a claim, computed for this case.
ui-faq-right = 对您的情况成立

# The pre-filled form section.
ui-form-intro = 填写个人信息以生成表格。这些信息只留在本浏览器中：绝不会出现在地址栏里，除非您勾选下面的选项，否则也不会被保存。

# The pre-filled form section.
ui-form-person = 旅行者

# The pre-filled form section.
ui-form-host = 接待方

# Label of a personal detail for the form.
ui-d-surname = 姓

# Label of a personal detail for the form.
ui-d-given-names = 名

# Label of a personal detail for the form.
ui-d-patronymic = 父称

# Label of a personal detail for the form.
ui-d-sex = 性别

# Label of a personal detail for the form.
ui-d-sex-none = —

# Label of a personal detail for the form.
ui-d-sex-m = 男

# Label of a personal detail for the form.
ui-d-sex-f = 女

# Label of a personal detail for the form.
ui-d-passport-number = 护照号码

# Label of a personal detail for the form.
ui-d-passport-issue-date = 护照签发日期

# Label of a personal detail for the form.
ui-d-visa-expiry = 签证有效期至

# Label of a personal detail for the form.
ui-d-host-contact = 负责人（单位填写）

# Label of a personal detail for the form.
ui-d-passport-expiry = 护照有效期至

# Label of a personal detail for the form.
ui-d-visa-number = 签证号码

# Label of a personal detail for the form.
ui-d-purpose = 行程目的

# Label of a personal detail for the form.
ui-d-checkpoint = 入境口岸

# Label of a personal detail for the form.
ui-d-address = 停留地址

# Label of a personal detail for the form.
ui-d-host-name = 接待方姓名或单位名称

# Label of a personal detail for the form.
ui-d-host-phone = 接待方电话

# Label of a personal detail for the form.
ui-d-host-address = 接待方地址

# Label of a personal detail for the form: the country the traveller came from (the destination's form asks it).
ui-d-arrived-from = 从哪个国家抵达

# Label of a personal detail for the form: the receiving party's identity document or tax number (the destination's form says which).
ui-d-host-id = 接待方证件号或税号

# Label of a personal detail for the form: the surname in Latin letters, as in the passport (a form that asks it beside the surname in its own script).
ui-d-surname-latin = 姓（拉丁字母，与护照一致）

# Label of a personal detail for the form: the given names in Latin letters.
ui-d-given-names-latin = 名（拉丁字母）

# Label of a personal detail for the form: the patronymic in Latin letters.
ui-d-patronymic-latin = 父称（拉丁字母）

# Label of a personal detail for the form: the series of the migration card filled in at the border.
ui-d-migration-card-series = 移民卡系列号

# Label of a personal detail for the form: the number of the migration card.
ui-d-migration-card-number = 移民卡号码

# Label of a personal detail for the form: the receiving person's surname, when the host is a person.
ui-d-host-surname = 接待方的姓（自然人）

# Label of a personal detail for the form: the receiving person's given names.
ui-d-host-given-names = 接待方的名

# Label of a personal detail for the form: the receiving person's patronymic.
ui-d-host-patronymic = 接待方的父称

# Label of a personal detail for the form: the name of the organisation that receives the traveller, when it is one (a hotel, an employer).
ui-d-host-org-name = 单位名称（接待方为单位时）

# Label of a personal detail for the form: the receiving organisation's taxpayer number (INN).
ui-d-host-inn = 单位纳税人识别号（INN）

# Label of a personal detail for the form: the host's phone, as the form's ten boxes after the printed +7 take it.
ui-d-host-phone-10 = 接待方电话：+7后的10位数字

# The pre-filled form section.
ui-form-preview = 表格预览

# The pre-filled form section.
ui-form-not-yet = 此版本的引擎尚无可打印的表格。目前可以打印下面的摘要。

# The pre-filled form section.
ui-form-unavailable = 填好上面的行程后将显示表格。

# The pre-filled form section.
ui-form-print = 打印表格

# The pre-filled form section.
ui-form-pdf = 下载 PDF

# The pre-filled form section.
ui-form-ics = 将截止日期加入日历（.ics）

# The pre-filled form section. Variables: $name a file name.
ui-form-made = 已保存：{ $name }

# The pre-filled form section: why the PDF was not made. Variables: $message the engine's error message (it names the field in words).
ui-form-pdf-blocked = 未生成 PDF。{ $message }

# The pre-filled form section.
ui-form-summary = 抵达申报摘要

# Storage on this device (opt-in).
ui-store-h = 本设备上的数据

# Storage on this device (opt-in). $audience: who uses the page (traveller, host, hotel, organization).
ui-store-remember = { $audience ->
        [traveller] 在本设备上记住我的行程
       *[other] 在本设备上记住此次停留
    }

# Storage on this device (opt-in).
ui-store-remember-details = 同时记住个人信息

# Storage on this device (opt-in).
ui-store-forget = 全部清除

# Storage on this device (opt-in).
ui-store-forgotten = 已从本设备和地址栏中清除所有内容。

# Storage on this device (opt-in).
ui-store-note = 行程信息（不含个人信息）保存在页面地址 # 号之后，因此刷新或分享链接后会显示相同的结果。任何内容都不会发送到服务器。

# The page's footer. Variables: $date a date, already written out.
ui-foot-checked = 规定最后核对日期：{ $date }。

# The page's footer.
ui-foot-not-advice = 本页内容仅供参考，不构成法律意见。

# The page's footer. Variables: $v the engine version.
ui-foot-engine = 引擎 { $v }

# The notice that a new version was downloaded.
ui-sw-update = tirkeu 的新版本已就绪。

# The notice that a new version was downloaded.
ui-sw-reload = 重新加载
## 跨境（本节；各视图自己的文字在 across-*.ftl，ID ui-x-）
# Heading of the section with the views across borders (several destinations at once).
ui-across-h = 跨境出行
# $countries: the destinations, joined as a list ("Kazakhstan, Azerbaijan and Russia").
ui-across-intro = { $countries }各自计算停留天数、各有各的期限。可以就这次行程对比各国，规划经过几个国家的路线，或查询何时可以再来。
# Summary of a collapsible view: the traveller's trip answered in every destination, in columns.
ui-across-compare = 同一行程在各国的要求对比
# Summary of a collapsible view: a route of several stays in several destinations, with every deadline in one list.
ui-across-route = 经过多个国家的路线
# Summary of a collapsible view: for how many days the traveller may come back from a date, and the earliest date a stay of N days fits.
ui-across-plan = 何时可以再来，能停留多久？
# Shown in a view across borders while its words and code load.
ui-across-loading = 正在加载…
# Shown in a view across borders when its code or words could not be loaded.
ui-across-failed = 无法加载此部分。请刷新页面后重试。


# Offline use and installing the page as an app.
ui-app-h = 离线使用，或安装为应用

# Offline use and installing the page as an app.
ui-app-offline = 本页面加载过一次后，没有网络也能使用：再次打开同一网址即可，即使处于离线状态。所有计算都在本设备上完成。

# Offline use and installing the page as an app.
ui-app-installed = tirkeu 已安装在本设备上，可以像其他应用一样打开。

# Offline use and installing the page as an app.
ui-app-install = 安装 tirkeu

# Offline use and installing the page as an app.
ui-app-how-chromium = 安装为应用：点击地址栏右侧的安装图标，或打开浏览器菜单（⋮）并选择“安装 tirkeu…”（较新版本中为“投放、保存和分享”→“将网页作为应用安装…”）。

# Offline use and installing the page as an app.
ui-app-how-android = 安装方法：打开浏览器菜单（⋮），选择“安装应用”或“添加到主屏幕”。

# Offline use and installing the page as an app.
ui-app-how-ios = 安装方法：轻点“分享”按钮，然后选择“添加到主屏幕”。

# Offline use and installing the page as an app.
ui-app-how-safari = 安装方法：在 Safari 中选择“文件”→“添加到程序坞…”（macOS 14 Sonoma 或更高版本）。

# Offline use and installing the page as an app.
ui-app-how-firefox = 电脑版 Firefox 无法安装网页应用：请将本页加入书签——在这里同样可以离线使用。

# Offline use and installing the page as an app.
ui-app-how-other = 如需安装，请在浏览器菜单中查找“安装”或“添加到主屏幕”。

# The questions about the trip (heading, and the button that folds them into one line).
ui-trip-change = 修改

# The questions about the trip (heading, and the button that folds them into one line).
ui-trip-hide = 收起问题

# Where the guest stays, short, inside the one-line summary of the trip.
ui-acc-short-private = 私人住所

# Where the guest stays, short, inside the one-line summary of the trip.
ui-acc-short-hotel = 酒店

# Where the guest stays, short, inside the one-line summary of the trip.
ui-acc-short-organization = 单位安排

# Part of the one-line summary of the trip. Variables: $n a number.
ui-sum-trips = 以前的行程：{ $n }

# Part of the one-line summary of the trip. Variables: $n a number.
ui-sum-moves = 搬迁：{ $n }

# Label or hint of a question about the trip.
ui-f-audience = 您的身份

# Who uses the page: the first question.
ui-aud-traveller = 旅行者（前来停留的外国人）

# Who uses the page: the first question.
ui-aud-host = 接待方：接待客人的私人

# Who uses the page: the first question.
ui-aud-hotel = 酒店、青年旅舍或民宿

# Who uses the page: the first question.
ui-aud-organization = 接待单位（雇主、大学）

# Who uses the page: the first question. Variables: $acc where the guest stays (another message).
ui-aud-acc-set = 客人的住宿地点已设为：{ $acc }。

# Who does it, on an obligation card, as seen by whoever uses the page.
ui-who-self-host = 您（接待方）

# Who does it, on an obligation card, as seen by whoever uses the page.
ui-who-self-hotel = 您（酒店）

# Who does it, on an obligation card, as seen by whoever uses the page.
ui-who-self-organization = 您（接待单位）

# Who does it, on an obligation card, as seen by whoever uses the page. $audience: who uses the page (traveller, host, hotel, organization).
ui-who-guest = { $audience ->
        [organization] 您接待的外国人
       *[other] 您的客人（外国人）
    }

# Who does it, on an obligation card, as seen by whoever uses the page.
ui-who-other-host = 接待方（私人）

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-mine = 您的义务

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-your-part = 您需要做的：抵达时提供护照（及签证）信息，并索取已提交申报的确认。

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-guest-part = 此事由客人本人办理；您可以提醒其截止日期。

# A card for one obligation: who must do what by when, how, and the penalty. $audience: who uses the page (traveller, host, hotel, organization).
ui-ob-other-channels = { $audience ->
        [hotel] 其他方式（主要供私人接待方使用）
       *[other] 其他方式
    }

# A card for one obligation: who must do what by when, how, and the penalty.
ui-ob-for-you = 适用于您

