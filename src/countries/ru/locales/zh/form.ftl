### Russia's notification of arrival at the place of stay (src/countries/ru/form.rs): the renderings
### of its Russian labels in Chinese, printed under each label when the page is in this language.

# The version line above the title: the annex and order the blank belongs to, as amended by Order 628 (printed for entries from 5 Feb 2025).
ru-form-version = 俄罗斯内务部2020年12月10日第856号令附件4（2024年10月22日第628号令版）

# The version line for an entry before 5 Feb 2025: the annex and order without the amending Order 628.
ru-form-version-856 = 俄罗斯内务部2020年12月10日第856号令附件4

# The version line for an entry before Order 856 existed: the current blank is printed, and an earlier form (not established) applied then.
ru-form-version-before-856 = 俄罗斯内务部2020年12月10日第856号令附件4（入境日的官方表格非此表格，其内容 tirkeu 尚不明确）

# The form's title.
ru-form-title = 外国人或无国籍人抵达停留地通知

# The framed notice under the title: what is official and what is tirkeu's (the layout, the labels marked *), how to fill in and print the blank, and where it is filed.
ru-form-notice = 非官方表格：栏目及格子依据附件4的公开信息，版式由 tirkeu 整理；标有*的栏目名称由 tirkeu 整理，其官方名称尚不明确。填写时格中各写一字；双面打印，第3–4页有撕下部分。通知向内务部移民机构、公共服务中心（MFC）提交，或以邮件（2份）、Gosuslugi 提交。

# Label: sex, two tick boxes.
ru-form-sex = 性别

# Tick box: male.
ru-form-male = 男

# Tick box: female.
ru-form-female = 女

# Label: citizenship (the form adds 'or allegiance', for subjects of a monarchy).
ru-form-citizenship = 国籍

# Label: date of birth.
ru-form-birth-date = 出生日期

# Heading of part 1: the person to be registered at the place of stay (sheet 1, front).
ru-form-block-person = 1. 须登记人信息

# Label: surname (of the person, on the form and its tear-off part, and of a receiving person).
ru-form-surname = 姓

# Label: the surname in Latin letters, as in the passport (* the wording was not checked on the blank).
ru-form-surname-latin = 姓（拉丁字母）*

# Label: given name(s).
ru-form-given-names = 名

# Label: the given name(s) in Latin letters, as in the passport (*: not checked on the blank).
ru-form-given-names-latin = 名（拉丁字母）*

# Label: patronymic, if the person has one.
ru-form-patronymic = 父称（如有）

# Label: the patronymic in Latin letters (*: not checked on the blank).
ru-form-patronymic-latin = 父称（拉丁字母）*

# Label: place of birth, the state.
ru-form-birth-state = 出生国

# Label: place of birth, the city or other locality (the line after the state).
ru-form-birth-place = 市（或其他地方）

# Label: the identity document (a passport), its kind.
ru-form-id-kind = 个人证件：种类

# Label: a document's series (letters or digits before its number).
ru-form-series = 系列

# Label: a document's number (the form prints the sign №).
ru-form-number = 号码

# Label: a document's date of issue.
ru-form-issued = 签发日期

# Label: the date until which a document is valid.
ru-form-valid = 有效期至

# Label: for a child without a document of its own, the number of its birth registration record (*: not checked on the blank).
ru-form-birth-record = 无个人证件的子女：出生登记号码*

# Label: the date of that birth record and the authority that made it (*: not checked on the blank).
ru-form-birth-record-by = 登记日期及登记机关名称*

# Label: the document that gives the right to stay or reside in Russia; four tick boxes follow.
ru-form-stay-doc = 停留（居住）依据证件

# Tick box: a visa.
ru-form-stay-doc-visa = 签证

# Tick box: a residence permit.
ru-form-stay-doc-residence = 居留证

# Tick box: a temporary residence permit.
ru-form-stay-doc-trp = 临时居住证

# Tick box: a temporary residence permit for study.
ru-form-stay-doc-trp-study = 临时居住证（学生）

# Label: the purpose of entry; nine tick boxes follow.
ru-form-purpose = 入境目的

# Tick box: purpose 'official' (service).
ru-form-purpose-official = 公务

# Tick box: purpose tourism.
ru-form-purpose-tourism = 旅游

# Tick box: purpose business.
ru-form-purpose-business = 业务

# Tick box: purpose study.
ru-form-purpose-study = 留学

# Tick box: purpose work.
ru-form-purpose-work = 就业

# Tick box: a private visit.
ru-form-purpose-private = 私人

# Tick box: purpose transit.
ru-form-purpose-transit = 过境

# Tick box: purpose humanitarian.
ru-form-purpose-humanitarian = 人道

# Tick box: another purpose.
ru-form-purpose-other = 其他

# Label: a phone number; the form prints the country code +7 before the 10 boxes.
ru-form-phone = 电话 +7

# Label: profession.
ru-form-profession = 职业

# Label: the date of entry into Russia.
ru-form-entry-date = 入境日期

# Label: the end of the period of stay (tirkeu prints the last lawful day, else the planned exit).
ru-form-stay-until = 停留期至

# Label: the migration card, its series (its number follows).
ru-form-card-series = 移民卡：系列

# Label: the person's legal representatives (for a child).
ru-form-representatives = 法律代理人信息

# Heading on sheet 1, back: the address of the previous place of stay in Russia.
ru-form-block-previous = 俄罗斯境内上个停留地的地址

# Label beside the four rows of boxes of an address in Russia: its parts, in order (*: the form's sub-labels were not checked word for word).
ru-form-address-parts = 地址：州、市、居民地、街道、楼号、房号*

# Heading of part 2: the place of stay.
ru-form-block-stay = 2. 停留地

# Label: what the place of stay is; three tick boxes follow (*: tirkeu's word for them).
ru-form-premises = 停留地*

# Tick box: residential premises (a flat, a house).
ru-form-premises-dwelling = 住房

# Tick box: other premises.
ru-form-premises-other = 其他处所

# Tick box: an organisation (a hotel, an employer's premises).
ru-form-premises-organization = 单位

# Label: the document on the right to use the premises (a lease, a title): its name and details (*: not checked on the blank).
ru-form-use-document = 住房依据证件：名称及号码*

# Label: the premises' cadastral number.
ru-form-cadastral = 地籍号

# Label: where the place is when it has no address.
ru-form-actual-place = 所处地方

# Label: the cadastral number of the land or forest plot.
ru-form-plot-cadastral = 土地（林地）地籍号

# Heading of part 3: the receiving party (sheet 2, front).
ru-form-block-host = 3. 接待方信息

# Label: who the receiving party is; two tick boxes follow.
ru-form-host-kind = 接待方

# Tick box: the receiving party is an organisation.
ru-form-host-organization = 单位

# Tick box: the receiving party is an individual.
ru-form-host-person = 自然人

# Label: the receiving person's home address (four rows of boxes).
ru-form-host-home = 居住地址

# The caption of the dashed line along which the tear-off part is cut off.
ru-form-cut = 撕下处

# The first words of the tear-off part, before the person's data.
ru-form-confirmed = 证明如下：

# Heading of the tear-off part, which the foreigner keeps as proof once it is stamped.
ru-form-block-tear-off = 通知表格撕下部分

# Label in the tear-off part: the document's validity, when limited (*: the end of the wording was not checked).
ru-form-tear-id-valid = 有效期至（如有）*

# The tear-off part's words before the address (the sentence begun by 'It is hereby confirmed that' and the person's data).
ru-form-notified-at = 依规提交抵达以下停留地地址的通知：

# Label in the tear-off part: the declared end of the stay.
ru-form-declared-until = 申明停留期至

# Heading on sheet 2, back: the rest of the receiving party's data (*: tirkeu's heading).
ru-form-block-host-more = 3. 接待方信息（续）*

# Label: the organisation's name (two rows of boxes).
ru-form-org-name = 单位名称

# Label: the taxpayer number (INN).
ru-form-inn = 纳税人识别号（INN）

# Label: the organisation's actual address (four rows of boxes).
ru-form-org-address = 单位地址

# Label: the last day to send the notification, as tirkeu counted it (not a field of the blank).
ru-form-due = 最迟提交日期（tirkeu 计算）

# Label: the date of signing (*: not checked on the blank).
ru-form-signed-on = 日期*

# Label: the receiving party's signature (*: not checked on the blank).
ru-form-signature = 接待方签字*

# Under the heading of the tear-off part's back: whose data follow (*: the wording was not checked).
ru-form-tear-back-note = 供接待方或外国人（第22条第3.1项）填写*

# Heading of the tear-off part's back (*: tirkeu's heading).
ru-form-block-tear-back = 通知表格撕下部分（后页）*

# Label: the signature of the receiving party, or of the foreigner who files himself (*: the wording was not checked).
ru-form-tear-signature = 接待方或外国人签字*

# Label: the organisation's seal, if it has one.
ru-form-seal = 单位印章（如有）

# Label of the box for the mark of the MVD, the MFC or the post office that confirms the filing (*: the wording was not checked).
ru-form-mark = 证明接待方及外国人完成停留地登记的标记*

# Page n of m, in the footer (the form is two sheets printed on both sides); $n is the page, $m the number of pages.
ru-form-sheet = 第{ $n }页，共{ $m }页

# Title of the continuation sheet, after 'Page n of m.'.
ru-form-cont-title = 抵达通知续页

# Under that title: what the continuation sheet holds.
ru-form-cont-sub = 格子中容纳不下的栏目的完整内容。格子中这些栏目以方括号中的编号标出。

# Above the footer of a page with values continued on the continuation sheet.
ru-form-cont-note = 标有[1]、[2]……的栏目完整内容见续页。

# On the continuation sheet, before the person's name: whose form it is.
ru-form-foreigner = 外国人

# An item of a list on the continuation sheet; $n is its number.
ru-form-item = 第{ $n }项

# The footer, followed by the date the rules were checked.
ru-form-footer = 由 tirkeu 生成；规则核对日期

# The footer's last sentence.
ru-form-not-advice = 仅供参考，不构成法律意见。
