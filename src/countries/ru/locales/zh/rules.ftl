### Russia's rule data: obligations, channels, documents, penalties, exemptions, stays and notes.
### IDs come from the rule's id and field. Source titles are citations and stay in their own
### language (not here).

# Stay note when no visa-free regime is known for the citizenship; follows "Citizens of X:".
ru-no-allowance = tirkeu的数据中没有该国籍在此日期进入俄罗斯适用的免签制度。这并不意味着需要签证：tirkeu只了解独联体框架内的协定和针对中国公民的临时制度（2025年12月1日至2026年9月14日入境），不了解俄罗斯的其他免签协定。请向俄罗斯领事馆核实；如果您持有签证，请选择其类型。

# Stay note when the citizen of China travels on a diplomatic or service passport (outside the 2025 decree); follows "Citizens of X:".
ru-no-allowance-cn-official = 针对中国公民的临时免签制度（2025年12月1日第872号俄罗斯联邦总统令）仅适用于中华人民共和国普通护照。外交护照和公务护照另有协定（俄中两国2013年3月22日协定：据报道，外交护照免签，公务护照免签停留最多30天），tirkeu不计算该协定。请向本国使领馆或俄罗斯领事馆核实；如果您持有签证，请选择其类型。

# Stay note for a citizen of China entering after the 2025 decree's last day (no extension known); follows "Citizens of X:".
ru-no-allowance-cn-ended = tirkeu的数据中没有该国籍在此日期进入俄罗斯适用的免签制度。2025年12月1日第872号俄罗斯联邦总统令规定的临时免签制度允许在2026年9月14日（含）之前入境，tirkeu不知道该制度有任何延期。这并不意味着需要签证：请向俄罗斯领事馆核实该制度是否已延期；如果您持有签证，请选择其类型。

# Stay note for a person holding a visa.
ru-visa-bounds-stay = 持签证时，停留受签证有效期的限制（第115-FZ号联邦法第5条），而场景中未描述该有效期：请查看签证本身。仍须办理抵达通知。

# Stay note for a person holding a residence permit valid on the day of entry.
ru-permit-bounds-stay = 持居留许可时，停留受许可有效期的限制：许可的最后一天即为合法停留的最后一天。居留许可持有人在居住地登记；在其他地方停留时仍须办理抵达通知。

# The disclaimer under every answer.
ru-disclaimer = tirkeu仅提供信息，不构成法律意见。规则已于所注日期依据所引来源进行核对；来源可靠性较弱之处，已在旁注明。法律草案仅作为草案列出，从不适用。最终以俄罗斯内务部的意见为准。

# The fine unit's short name; Russia's fines are set in roubles.
ru-fine-unit = 卢布

# Who must act, on an obligation card, when the party is the host.
ru-receiving-party-host = 接待方：为外国人实际居住提供公寓或房屋的人——房主，或经房主同意的租户（第109-FZ号联邦法第2条，自2018年7月8日起）。临时来访停留的人不能担任接待方。以下情况外国人可自行申报：本人拥有该住房；接待方以书面形式或在国家服务门户Gosuslugi上表示同意（自2023年10月26日起）；或接待方因有文件证明的原因无法办理。

# Who must act, on an obligation card, when the party is the hotel.
ru-receiving-party-hotel = 酒店、青年旅舍、疗养院、露营地或其他住宿场所：由其通过自己的渠道申报；请在前台索取回执联或确认。

# Who must act, on an obligation card, when the party is the organization.
ru-receiving-party-organization = 提供住房的组织（雇主提供的住房、大学宿舍）作为接待方。

# Who must act, on an obligation card, when the party is the foreigner.
ru-receiving-party-foreigner = 外国人本人。

# Title of the obligation card (rules ru-host-notification-*).
ru-notification-title = 向移民部门办理抵达停留地通知

# Title of the obligation card (rules ru-host-notification-move, -hotel-move).
ru-notification-move-title = 办理抵达新停留地的通知

# What the obligation is (rule ru-host-notification-housing).
ru-notification-what = 接待方须在外国人抵达后7个工作日内提交其抵达停留地的通知（第109-FZ号联邦法第20条），可通过邮寄、多功能公共服务中心（MFC）、内务部移民部门或国家服务门户Gosuslugi办理。外国人出示护照和移民卡，并领取回执联。只有停留超过截止日期时才需要办理；tirkeu从入境当天起算，入境日与抵达该地址的日期相同或更早。

# What the obligation is (rule ru-host-notification-move).
ru-notification-move-what = 每个新的停留地都需要由该地的接待方在外国人抵达后7个工作日内重新提交通知（第109-FZ号联邦法第20条、第22条）；原有的移民登记随之终止。

# What the obligation is (rules ru-host-notification-hotel, -hotel-move).
ru-notification-hotel-what = 酒店以及第20条所列的其他场所（疗养院、休养所、露营地、医院等）须在每位外国客人抵达后的第一个工作日内提交抵达通知，即使只停留几个小时；国籍豁免不免除其此项义务。酒店办理的登记只涵盖在该酒店的停留。

# What the obligation is (rule ru-host-notification-exempt-30).
ru-notification-exempt-30-what = 哈萨克斯坦、亚美尼亚（自2015年3月9日起）、吉尔吉斯斯坦（自2015年8月12日起）公民，以及2016年以前的白俄罗斯公民，自入境之日起30天内无需办理通知。停留更久时，接待方须最迟于第30天提交通知，入境当天算作第1天。

# What the obligation is (rule ru-host-notification-exempt-15).
ru-notification-exempt-15-what = 塔吉克斯坦公民以及自2022年6月4日起的乌兹别克斯坦公民，自入境之日起15天内无需办理通知。停留更久时，接待方须最迟于第15天提交通知，入境当天算作第1天。

# What the obligation is (rule ru-host-notification-exempt-90).
ru-notification-exempt-90-what = 白俄罗斯公民（自2016年起；2015年议定书的生效日期未查到）以及2022年6月30日以前的乌克兰公民，自入境之日起90天内无需办理通知。停留更久时，接待方须最迟于第90天提交通知，入境当天算作第1天。

# The fee (rules ru-host-notification-*).
ru-notification-fee = 不收国家规费。邮寄时须支付保价信的邮费（依2007年第10号政府决议为118卢布，另加信封费；此后金额是否调整未查到）。

# What the person holds once it is done.
ru-notification-result = 盖有移民部门、多功能公共服务中心或邮局印章的通知表回执联（通过Gosuslugi办理时为电子确认），须保存至离境；在该地址的登记按申报的期限有效

# A document to bring.
ru-notification-document-1 = 通知表，用俄文大写印刷体填写（邮寄时一式两份）

# A document to bring.
ru-notification-document-2 = 外国人护照和移民卡的复印件（如有签证，也须附签证复印件）

# A document to bring.
ru-notification-document-3 = 接待方身份证件的复印件

# A document to bring.
ru-notification-document-4 = 外国人自行申报时：接待方的书面同意书、租赁合同或产权证明

# A document to bring.
ru-hotel-document-1 = 入住时出示护照、移民卡以及签证（如有）

# How the deadline is counted, first line of the counting steps (working days).
ru-working-convention = 俄罗斯“自抵达之日起”的期限从次日起算（类推适用《民法典》第191条）：第1天为抵达后的第一个工作日。周末、公共假日以及依政府决议调休的休息日不计入；调为工作日的周六计入。地方节日不影响计算，但当地机关在这些日子可能不办公。

# How the deadline is counted, first line of the counting steps (exemptions).
ru-exempt-convention = 条约规定的“自入境之日起N天”将入境当天算作第1天；最后一个豁免日，即入境日 + N − 1，就是停留超出豁免期时提交通知的截止日。

# The other reading of an exemption's deadline.
ru-exempt-reading = 按《民法典》解读：从入境次日起算，且最后一天如逢非工作日则顺延至下一个工作日

# Title of the obligation card (rule ru-hotel-departure).
ru-departure-title = 通知客人离开

# What the obligation is (rule ru-hotel-departure).
ru-departure-what = 外国客人离开后，酒店须最迟于次日12:00前提交离开通知（第9号政府决议；2018年第257-FZ号联邦法：登记于离开时终止）。私人接待方没有此项义务。

# How the deadline is counted, first line of the counting steps (departure).
ru-departure-convention = 离开后的次日12:00前，无论该日是否为工作日；tirkeu只计算日历日期，具体时间以文字说明。

# The other reading of the departure notice.
ru-departure-reading = 据2025年的一篇报道：退房后一个工作日内

# Penalty: the articles.
ru-departure-penalty-article = 《俄罗斯联邦行政违法法典》第18.9条第4款和第5款

# Penalty: the offence.
ru-departure-penalty-offence = 未按时通知客人离开

# Title of the obligation card (rule ru-migration-card).
ru-migration-card-title = 在边境填写移民卡

# What the obligation is (rule ru-migration-card).
ru-migration-card-what = 移民卡在入境时填写（部分口岸为电子形式），由边防人员盖章，保存至离境；办理抵达通知时需要它。白俄罗斯公民没有移民卡。

# How the deadline is counted, first line of the counting steps (migration card).
ru-migration-card-convention = 在边境，入境当天。

# What the person holds once it is done.
ru-migration-card-result = 盖有边防印章的移民卡，须保存至离境

# A document to bring.
ru-migration-card-document-1 = 护照

# A channel's name.
ru-channel-mvd-name = 内务部移民部门（现场办理）

# A channel's name.
ru-channel-mfc-name = 多功能公共服务中心（MFC，“我的文件”）

# A channel's name.
ru-channel-post-name = 俄罗斯邮政：保价信，附内件清单

# A channel's name.
ru-channel-gosuslugi-name = 国家服务门户Gosuslugi：“外国公民停留地登记”，通过接待方的账户办理

# A channel's name.
ru-channel-gosuslugi-self-name = 国家服务门户Gosuslugi，通过外国人本人的账户办理，房主须在其本人账户中表示同意（自2023年10月26日起）

# A channel's name.
ru-channel-hotel-name = 酒店自己的电子渠道

# A channel's name.
ru-channel-border-name = 边境口岸

# What a channel needs.
ru-channel-paper-needs = 填好的表格、证件原件及复印件；由接待方办理时，外国人无需到场

# What a channel needs.
ru-channel-post-needs = 表格一式两份、证件复印件、邮费

# What a channel needs.
ru-channel-gosuslugi-needs = 接待方经认证的Gosuslugi账户

# What a channel needs.
ru-channel-gosuslugi-self-needs = 外国人经认证的Gosuslugi账户，以及房主（俄罗斯公民）在Gosuslugi上确认的同意

# What a channel needs.
ru-channel-hotel-needs = 入住时客人的护照和移民卡

# What a channel needs.
ru-channel-border-needs = 护照；移民卡在现场发放，或以电子方式填写

# How long a channel takes.
ru-channel-stamped-processing = 表格受理时当场在回执联上盖章

# How long a channel takes.
ru-channel-post-processing = 邮局受理时在回执联上盖章：回执联即为收据

# How long a channel takes.
ru-channel-gosuslugi-processing = 电子办理；确认会发送至账户

# How long a channel takes.
ru-channel-hotel-processing = 由酒店办理；请索取确认

# How long a channel takes.
ru-channel-border-processing = 在护照检查时当即办理

# Penalty: the articles.
ru-host-penalty-article = 《俄罗斯联邦行政违法法典》第18.9条第4–5款、第18.8条第1款和第3款

# Penalty: the offence.
ru-host-penalty-offence = 未按时提交抵达通知

# Penalty line: who is fined.
ru-penalty-citizen = 作为私人的接待方（第18.9条第4款）

# Penalty line: who is fined.
ru-penalty-official = 酒店或组织的负责人员（第18.9条第4款）

# Penalty line: who is fined.
ru-penalty-entity = 作为法人的酒店或组织，按每名外国人计（第18.9条第4款）

# Penalty line: who is fined.
ru-penalty-foreigner = 外国人，可并处或不并处驱逐出境（第18.8条第1款）

# Penalty line: who is fined.
ru-penalty-citizen-capitals = 莫斯科、圣彼得堡及莫斯科州、列宁格勒州的接待方（第18.9条第5款）

# Penalty line: who is fined.
ru-penalty-official-capitals = 莫斯科、圣彼得堡及莫斯科州、列宁格勒州的负责人员（第18.9条第5款）

# Penalty line: who is fined.
ru-penalty-entity-capitals = 莫斯科、圣彼得堡及莫斯科州、列宁格勒州的法人（第18.9条第5款）

# Penalty line: who is fined.
ru-penalty-foreigner-capitals = 莫斯科、圣彼得堡及莫斯科州、列宁格勒州的外国人，并处驱逐出境（第18.8条第3款）

# Penalty: a note under the lines.
ru-host-penalty-note = 莫斯科、圣彼得堡及莫斯科州、列宁格勒州的较高罚款额取自二手资料，未对照法典原文复核。提高罚款的法律草案（酒店：2026年1月21日一读通过；外国人：25,000–50,000卢布）尚不是法律，不予适用。

# Penalty: the articles.
ru-overstay-penalty-article = 《俄罗斯联邦行政违法法典》第18.8条第1.1款和第3.1款

# Penalty: the offence.
ru-overstay-penalty-offence = 在允许停留期结束后继续停留

# Penalty: a note under the lines.
ru-overstay-penalty-note = 并处行政驱逐出境和禁止入境。自2025年2月5日起，当事人还会被列入受控人员登记册。

# An exemption's reason.
ru-exempt-30-reason = 哈萨克斯坦、亚美尼亚、吉尔吉斯斯坦公民（以及2016年以前的白俄罗斯公民）自入境之日起停留不超过30天，无需办理通知（双边协定；《欧亚经济联盟条约》第97条）。

# An exemption's reason.
ru-exempt-15-reason = 塔吉克斯坦公民以及（自2022年6月4日起）乌兹别克斯坦公民自入境之日起停留不超过15天，无需办理通知。

# An exemption's reason.
ru-exempt-90-reason = 白俄罗斯公民（自2016年起）和乌克兰公民（至2022年6月30日）自入境之日起停留不超过90天，无需办理通知。

# An exemption's reason.
ru-exempt-diplomatic-reason = 外交代表机构和领事机构的成员及其家属通过俄罗斯外交部登记，而不是通过抵达通知（护照或签证会显示外交身份；请向使领馆核实）。

# Stay note of an allowance.
ru-allowance-2014-note = 免签：任意180天内最多停留90天（第115-FZ号联邦法第5条，2014–2024年），每次停留最多90天。

# Stay note of an allowance.
ru-allowance-2025-note = 免签：自2025年1月1日起，每个日历年内累计最多90天，连续停留最多90天（第260-FZ号联邦法）。入境日和出境日均计入；跨越12月31日的停留，自1月1日起开始计算新一年的天数。

# Stay note of an allowance.
ru-allowance-by-note = 白俄罗斯公民：停留期限不受限制（联盟国家的协定）；停留超过90天须办理通知。

# Stay note of an allowance.
ru-allowance-cn-2025-note = 免签，持中华人民共和国普通护照（2025年12月1日第872号俄罗斯联邦总统令）：2025年12月1日至2026年9月14日（含）入境的，每次停留最多30天，目的为探亲访友或商务访问、旅游、参加科学、文化、社会政治、经济、体育活动或过境；并且与所有免签入境的外国人一样，每个日历年内累计最多90天（第115-FZ号联邦法第5条）。不适用于为在俄罗斯工作（包括新闻工作）、学习或居住而入境，也不适用于国际道路运输的司机和乘务人员：他们需要签证。不适用于外交护照和公务护照（另有协定）。总统令未说明2026年9月14日之前开始的停留能否延续到该日之后：此处显示的最后合法停留日为停留的第30天，但稳妥的做法是不晚于2026年9月14日离境。

# Stay note of the e-visa.
ru-e-visa-2023-note = 统一电子签证：单次入境，停留最多16天，有效期60天（2023年8月1日至2025年8月22日）。

# Stay note of the e-visa.
ru-e-visa-2025-note = 统一电子签证：单次入境，停留最多30天，有效期120天（自2025年8月23日起）。

# A warning on an overstay (from 5 February 2025); $last the last lawful day.
ru-note-controlled-persons = { $last }之后，当事人将被列入受控人员登记册（自2025年2月5日起）：未经内务部许可不得变更住址或离开所在地区，银行业务受限，内务部可不经法院将其驱逐出境。请在合法停留的最后一天之前离境，或在此之前使停留合法化。

# A warning: RuID.
ru-note-ruid = RuID（入境前申请和数字档案）是一项入境手续，不是移民登记：它从不改变通知的截止日期。自2025年6月30日起自愿办理；一项草案拟自2026年7月1日起对以工作或学习为目的免签入境者强制实行（未见通过）。

# A warning for entries in 2020–2021.
ru-note-covid = 自2020年3月15日起，外国人在俄罗斯的各项移民期限依第274号总统令及其延期令暂停计算；暂停何时结束未作研究。所示期限为不考虑暂停的法定期限。

# A warning for entries in the 2018 World Cup period.
ru-note-world-cup = 2018年5月25日至7月25日，世界杯的十一个主办城市实行特别制度：所有人须在3天内办理登记。tirkeu不知道所在城市；所示为一般期限。

# A warning for a citizen of an exempt state who moves.
ru-note-exempt-move = 豁免期从入境当天起算，搬家时不会重新开始：如果停留超过豁免期的最后一天，当事人届时所住地址的接待方须最迟于该日提交通知（依照实践；对搬家的情形没有来源明确说明）。

# A note: the foreigner's own filing.
ru-note-self-filing = 以下情况外国人可自行提交通知：本人拥有该住房；接待方书面同意；接待方因有文件证明的原因无法办理；或自2023年10月26日起，在房主于国家服务门户Gosuslugi上表示同意后，通过该门户办理（第156-FZ号联邦法）。

# A region's name, in a regional day-off warning ("a day off in …").
ru-region-ta = 鞑靼斯坦

# A region's name, in a regional day-off warning ("a day off in …").
ru-region-ba = 巴什科尔托斯坦

# A regional day off's name.
ru-regional-uraza = 开斋节

# A regional day off's name.
ru-regional-kurban = 古尔邦节

# A regional day off's name.
ru-regional-ta-republic = 鞑靼斯坦共和国日

# A regional day off's name.
ru-regional-ta-constitution = 鞑靼斯坦宪法日

# A regional day off's name.
ru-regional-ba-republic = 巴什科尔托斯坦共和国日
