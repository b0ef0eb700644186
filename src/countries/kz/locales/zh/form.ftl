### Kazakhstan's arrival notification form (src/countries/kz/form.rs): the renderings of its
### Russian labels in Chinese (simplified), printed under each label when the page is in this language.

# The form's title.
kz-form-title = 外国人或无国籍人抵达通知

# Under the title: who files the form, and with whom.
kz-form-subtitle = 由接待方向内务（移民）机关提交

# The framed notice under the title: this sheet is not the official layout.
kz-form-notice = 非官方表格。各栏目依据有关《规则》附件（哈萨克斯坦内务部第83号令）及 vmp.gov.kz 表格的公开信息整理，官方版式尚不明确。正式通知须通过 vmp.gov.kz、egov.kz、eQonaq 或移民服务机构提交。

# Heading of block 1, the person registered.
kz-form-block-foreigner = 1. 外国人信息

# Field: the foreigner's surname.
kz-form-surname = 姓

# Field: the foreigner's given name(s).
kz-form-given-names = 名

# Field: patronymic, if the passport has one.
kz-form-patronymic = 父称（如有）

# Field: date of birth (the foreigner's, and a child's).
kz-form-birth-date = 出生日期

# Field: sex, two tick boxes.
kz-form-sex = 性别

# Tick box of the sex field.
kz-form-male = 男

# Tick box of the sex field.
kz-form-female = 女

# Field: citizenship.
kz-form-citizenship = 国籍

# Field: the passport's number.
kz-form-passport-number = 护照号码

# Field: the passport's date of issue.
kz-form-passport-issued = 签发日期

# Field: the date the passport is valid until.
kz-form-passport-expiry = 有效期至

# Field: the visa's number.
kz-form-visa-number = 签证号码

# Field: the type of visa (or visa-free).
kz-form-visa-kind = 签证种类

# Field: the date the visa is valid until.
kz-form-visa-expiry = 签证有效期至

# Heading of block 2, the entry.
kz-form-block-entry = 2. 入境

# Field: the date of entry into the country.
kz-form-entry-date = 入境哈萨克斯坦日期

# Field: the border crossing point.
kz-form-checkpoint = 入境口岸

# Field: the purpose of the visit.
kz-form-purpose = 访问目的

# Heading of block 3, the stay.
kz-form-block-stay = 3. 停留

# Field: the address of temporary stay; the brackets list its parts.
kz-form-address = 临时居住地址（州、市、街道、楼号、房号）

# Field: first day of the stay ("stay from").
kz-form-stay-from = 停留期自

# Field right after "stay from": its last day.
kz-form-stay-until = 至

# Field: the kind of accommodation, three tick boxes.
kz-form-accommodation = 住宿类型

# Tick box: a private home.
kz-form-acc-private = 私人住所

# Tick box: a hotel.
kz-form-acc-hotel = 酒店

# Tick box: an organisation (employer, university).
kz-form-acc-organization = 单位

# Heading of block 4, children travelling with the foreigner.
kz-form-block-children = 4. 随行子女（如有）

# Column: a child's full name.
kz-form-child-name = 姓名

# Column: a child's passport number.
kz-form-child-passport = 护照号码

# Heading of block 5, the receiving party (host).
kz-form-block-host = 5. 接待方

# Field: whether the receiving party is an individual or a legal entity.
kz-form-host-kind = 接待方类型

# Tick box: an individual.
kz-form-host-person = 自然人

# Tick box: a legal entity.
kz-form-host-entity = 法人

# Field: the host's full name, or the organisation's name.
kz-form-host-name = 姓名／单位名称

# Field: the host's Kazakh identification number (IIN for a person, BIN for an organisation); keep the abbreviations your language uses for them.
kz-form-host-id = 个人识别号／企业识别号

# Field: the host's phone number.
kz-form-host-phone = 电话

# Field: the person responsible, when the host is an organisation.
kz-form-host-contact = 负责人（法人）

# Field: the host's address.
kz-form-host-address = 接待方地址

# Field: the last day to file this notification.
kz-form-due = 最迟通知日期

# Field: the date the form is filled in (left empty).
kz-form-filled-on = 填写日期

# Field: the host's signature (left empty).
kz-form-signature = 接待方签字

# Title of the continuation sheet, after "Sheet n of m.".
kz-form-cont-title = 抵达通知续页

# Under the continuation sheet's title: what it holds.
kz-form-cont-sub = 第1页容纳不下的栏目的完整内容。第1页上这些栏目以方括号中的编号标出。

# On sheet 1, above the footer, when some fields are continued.
kz-form-cont-note = 标有[1]、[2]……的栏目完整内容见续页。

# Sheet number in footers and on the continuation sheet. $n: this sheet; $m: the number of sheets.
kz-form-sheet = 第{ $n }页，共{ $m }页

# After a child's field on the continuation sheet: which child. $n: 1, 2, …
kz-form-child-n = 子女{ $n }

# On the continuation sheet, before the foreigner's name, so the sheets can be matched.
kz-form-foreigner = 外国人

# Footer, followed by the date the rules were checked (DD.MM.YYYY) and a full stop.
kz-form-footer = 由 tirkeu 生成；规则核对日期

# Footer, last sentence.
kz-form-not-advice = 仅供参考，不构成法律意见。
