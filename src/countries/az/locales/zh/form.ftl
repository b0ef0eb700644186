### Azerbaijan's application for registration at the place of stay (src/countries/az/form.rs):
### the renderings of its Azerbaijani labels in Chinese (simplified), printed under each label when the page is in this language.

# The annex heading above the title: the act the form is an annex to.
az-form-annex = 《阿塞拜疆居住地及停留地登记法》施行规则附件6

# The form's title (the official one ends with the word "APPLICATION FORM" in capitals).
az-form-title = 外国人或无国籍人停留地登记申请表

# The request line under the title, before item 1 (ends with a colon, as on the form).
az-form-request = 依据以下信息，申请对此外国人或无国籍人进行停留地登记：

# The framed notice under the title: which parts come from the official form, which do not, and how the form is filed.
az-form-notice = 非官方表格。表格名称、申请说明及第1.1–1.7项依据附件6的公开信息（2017）；第1.7项以下各项的官方内容尚不明确。申请表附护照复印件，通过移民服务机构电子服务、qeydiyyat@migration.gov.az、地方移民服务机构或 ASAN xidmət 服务中心提交。

# Heading of part 1, the person to be registered (ends with a colon, as on the form).
az-form-block-foreigner = 1. 外国人或无国籍人信息：

# Item 1.1: the person's surname.
az-form-surname = 姓

# Item 1.2: the person's given name.
az-form-given-name = 名

# Item 1.3: the patronymic; in Azerbaijani literally "father's name".
az-form-patronymic = 父称（父名）

# Item 1.4: date of birth; the brackets give the order of its parts.
az-form-birth-date = 出生日期（日、月、年）

# Item 1.5: sex (written as a word: male or female).
az-form-sex = 性别

# Item 1.6: the country the person came from.
az-form-arrived-from = 出发国

# Item 1.7: citizenship.
az-form-citizenship = 国籍

# Heading of the part after item 1.7, which tirkeu reconstructed because the official items were not found.
az-form-block-other = 其他信息（依官方表格填写）

# Under that heading: what the part is and what to do with it.
az-form-other-note = 此部分至签字处由 tirkeu 整理：官方表格第1.7项以下各项的内容尚不明确。以下各栏名称非官方名称，其内容依据《移民法典》第21条及移民服务机构的公开信息；请据此填写官方表格。

# Line: the type of passport (ordinary, diplomatic, service) or other border-crossing document.
az-form-passport-kind = 护照（出入境证件）种类

# Line: the passport's series and number.
az-form-passport-number = 护照编号

# Line: the date of arrival in Azerbaijan.
az-form-entry-date = 抵达阿塞拜疆日期

# Line: the visa (its kind), or visa-free entry.
az-form-visa-kind = 签证

# Line: the visa's number.
az-form-visa-number = 签证号码

# Line: the last day the visa is valid.
az-form-visa-expiry = 签证有效期至

# Line: the address where the person stays.
az-form-address = 停留地地址

# Line: the first day of the stay.
az-form-stay-from = 停留期自

# Line: the last day of the stay.
az-form-stay-until = 停留期至

# Line: the receiving party (the host or the hotel, organisation) — a person's name or an organisation's.
az-form-host-name = 接待方：姓名或单位名称

# Line: the receiving party's identification: a person's PIN (FİN) or identity card, an organisation's tax number (VÖEN); keep the Azerbaijani abbreviations.
az-form-host-id = 接待方个人识别号（FİN）、证件号或纳税人识别号（VÖEN）

# Line: the receiving party's address.
az-form-host-address = 接待方地址

# Line: the receiving party's phone number.
az-form-host-phone = 接待方电话

# Above the last line: the documents that go with the form.
az-form-attachments = 附件：护照（或其他出入境证件）复印件，包括签证页及最后入境章页。

# Line: the last day to file the form, as tirkeu counted it.
az-form-due = 最迟提交日期（tirkeu 计算）

# Line: the date the form is signed (left empty).
az-form-filled-on = 日期

# Line: the signature (left empty).
az-form-signature = 接待方或外国人签字

# Title of the continuation sheet, after "Sheet n of m.".
az-form-cont-title = 申请表续页

# Under the continuation sheet's title: what it holds.
az-form-cont-sub = 第1页容纳不下的栏目的完整内容。第1页上这些栏目以方括号中的编号标出。

# On sheet 1, above the footer, when some fields are continued.
az-form-cont-note = 标有[1]、[2]……的栏目完整内容见续页。

# Sheet number in footers and on the continuation sheet. $n: this sheet; $m: the number of sheets.
az-form-sheet = 第{ $n }页，共{ $m }页

# After a field of a repeated item on the continuation sheet: which item. $n: 1, 2, …
az-form-item = 第{ $n }项

# On the continuation sheet, before the foreigner's name, so the sheets can be matched.
az-form-foreigner = 外国人

# Footer, followed by the date the rules were checked (DD.MM.YYYY) and a full stop.
az-form-footer = 由 tirkeu 生成；规则核对日期

# Footer, last sentence.
az-form-not-advice = 仅供参考，不构成法律意见。
