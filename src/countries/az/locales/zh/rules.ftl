### Azerbaijan's rule data: obligations, channels, documents, penalties, exemptions, stays and
### notes. IDs come from the rule's id and field. Source titles are citations and stay in their
### own language (not here).

# Stay note when no visa-free regime is known for the citizenship; follows "Citizens of X:".
az-no-allowance = 目前未知该国籍在此日期可免签进入阿塞拜疆：需要签证——ASAN电子签证（30天，单次入境）或领事馆签证。如果您持有签证，请选择其类型。

# Stay note for a person holding a visa.
az-visa-bounds-stay = 持签证时，停留受签证所载停留期的限制（《移民法典》第20.2条），而场景中未描述该停留期：请查看签证本身。停留地登记的有效期与之相同（第21.5.1条）。

# Stay note for a person holding a residence permit valid on the day of entry.
az-permit-bounds-stay = 持居留许可时，停留受许可有效期的限制：许可的最后一天即为合法停留的最后一天；在居留卡有效期内，持有人可免签出境和返回（《移民法典》第44.3条、第52.3条）。

# The disclaimer under every answer.
az-disclaimer = tirkeu仅提供信息，不构成法律意见。规则已于所注日期依据所引来源进行核对；来源可靠性较弱之处，已在旁注明。最终以国家移民局的意见为准。

# The fine unit's short name; Azerbaijan's fines are set in manats.
az-fine-unit = 马纳特

# Who must act, on an obligation card, when the party is the host.
az-receiving-party-host = 接待方：外国人所住公寓或房屋的房主（《移民法典》第21.2条）——或外国人本人，其可自行申报（第21.3条）。

# Who must act, on an obligation card, when the party is the hotel.
az-receiving-party-hotel = 酒店、民宿、疗养院、青年旅舍或其他停留场所的管理方（第21.2条）；请在前台询问是否已为您办理登记。

# Who must act, on an obligation card, when the party is the organization.
az-receiving-party-organization = 提供住宿的组织作为接待方（第21.2条），或外国人本人（第21.3条）。

# Who must act, on an obligation card, when the party is the foreigner.
az-receiving-party-foreigner = 外国人本人。

# Title of the obligation card (rules az-registration-2014, -2018, -kz-2021).
az-registration-title = 办理停留地登记

# What the obligation is (rule az-registration-2018).
az-registration-what = 在阿塞拜疆停留超过15天的外国人，须在入境后15天内办理停留地登记：由酒店管理方或住房所有人通过网上、电子邮件或现场方式，向国家移民局提交申请表和护照复印件；外国人也可自行提交（《移民法典》第21.1–21.3条）。免费办理。不签发任何证件：当事人被录入统一移民信息系统，申请人会在1个工作日内收到通知。

# What the obligation is (rule az-registration-2014).
az-registration-10-what = 2014年11月6日至2018年7月13日期间，停留超过10天的外国人须在抵达后10天内办理停留地登记，由接待方或本人办理（当时有效的《移民法典》第21条）。免费。

# What the obligation is (rule az-registration-kz-2021).
az-registration-kz-what = 停留超过30天的哈萨克斯坦公民，须在抵达后30天内办理停留地登记（阿塞拜疆与哈萨克斯坦协定的2019年议定书，国家移民局于2021年8月26日宣布）。由酒店管理方或住房所有人办理，或外国人本人办理；免费。

# What the person holds once registered (rules az-registration-*, az-re-registration-2019).
az-registration-result = 不发卡片或证明：在统一移民信息系统中录入一条记录，有效期为签证所载停留期或90天（第21.4–21.5条）；申请人会在1个工作日内收到通知

# How the deadline is counted, first line of the counting steps (registration).
az-calendar-convention = 阿塞拜疆的期间从事件发生的次日起算（《民法典》第368条）：抵达当天不计入，次日为第1天，所有日历日均计入。《移民法典》并未规定最后一天如逢非工作日须顺延，而网上和电子邮件申报任何一天均可办理，因此tirkeu保留该日；如该日为非工作日，下方会显示另一种解读（下一个工作日）。

# The other reading of the registration deadline.
az-roll-forward-reading = 如最后一天为非工作日，则为下一个工作日（类推适用《民法典》第370.2条）

# Title of the obligation card (rule az-re-registration-2019).
az-re-registration-title = 在新地址重新办理登记

# What the obligation is (rule az-re-registration-2019).
az-re-registration-what = 更换停留地点后，外国人须在抵达新地址后5个工作日内，按与首次登记相同的方式在新地址办理登记（《移民法典》第21.9条，自2019年7月24日起）。如新住所与外国人登记所在住所属于同一房主，则无需办理。免费。

# How the deadline is counted, first line of the counting steps (working days).
az-working-convention = 事件当天不计入；第1天为其后的第一个工作日（《民法典》第368条）。周末、公共假日、依《劳动法典》（第105条）或由内阁调休的休息日以及投票日均不计入；由内阁调为工作日的周六或周日计入。

# How a deadline counted back from a day is read, first line of the counting steps.
az-back-convention = 在结束前“至少N天”：最后一天算作第1天，截止日为第N天的前一天，以确保剩余N个整天。请尽可能提前申请：申请一经受理，当事人在审理期间即可继续停留（《移民法典》第20.2条）。

# A document to bring, in the obligation card's list.
az-registration-document-1 = 停留地登记申请表（附件6；tirkeu可打印已填好的表格）

# A document to bring, in the obligation card's list.
az-registration-document-2 = 护照复印件，包括签证页（如有）和最后一次入境章所在页

# A channel's name.
az-channel-eservice-name = 国家移民局电子服务“停留地登记”

# A channel's name.
az-channel-email-name = 发送电子邮件至国家移民局（qeydiyyat@migration.gov.az）

# A channel's name.
az-channel-regional-name = 国家移民局地区移民分局（在巴库：巴库市分局）

# A channel's name.
az-channel-asan-name = ASAN服务中心

# A channel's name.
az-channel-hotel-name = 由酒店作为接待方自行办理

# What a channel needs.
az-channel-scan-needs = 填好的表格和护照扫描件（签证页和最后一次入境章）

# What a channel needs.
az-channel-in-person-needs = 填好的表格和护照复印件；接待方须携带身份证件

# What a channel needs.
az-channel-hotel-needs = 入住时出示您的护照

# How long a channel takes.
az-channel-processing = 即时录入系统；申请人会在1个工作日内收到通知（第21.4条）

# Penalty: the articles.
az-registration-penalty-article = 《行政违法法典》第577条、第575.3条和第575.1.1条

# Penalty: the offence.
az-registration-penalty-offence = 未按时办理停留地登记

# Penalty: the articles.
az-re-registration-penalty-article = 《行政违法法典》第577条、第575.3条和第575.1.5条

# Penalty: the offence.
az-re-registration-penalty-offence = 搬迁后未在新停留地办理登记

# Penalty line: who is fined.
az-penalty-host = 提供住房的接待方（第577条）

# Penalty line: who is fined.
az-penalty-official = 酒店或组织的负责人员（第575.3条）

# Penalty line: who is fined.
az-penalty-entity = 作为法人的酒店或组织（第575.3条）

# Penalty line: who is fined.
az-penalty-foreigner = 外国人（第575.1条）

# Penalty: a note under the lines.
az-penalty-note = 对外国人的罚款可并处行政驱逐。因违反停留规定而被处的罚款未缴清前，不得入境（《移民法典》第16.1.8条、第16.4条）。金额依据2016年3月1日起施行的法典。

# Penalty: the articles.
az-overstay-penalty-article = 《行政违法法典》第575.1.6条

# Penalty: the offence.
az-overstay-penalty-offence = 在允许的停留期结束后仍继续停留

# Penalty: a note under the lines.
az-overstay-penalty-note = 可并处或不并处行政驱逐，驱逐附带禁止入境；罚款未缴清前不得入境（《移民法典》第16.1.8条）。

# Title of the obligation card (rule az-trp).
az-trp-title = 申请临时居留许可

# What the obligation is (rule az-trp).
az-trp-what = 如需在允许的期限之后继续停留，具备《移民法典》第45.1条所列理由（公民的近亲属、工作许可、学习、至少500,000马纳特的投资、至少100,000马纳特的不动产或存款等）的外国人，须在停留结束前至少30天申请临时居留许可（第47.1条）。根据所缴规费，在15或20个工作日内作出决定（第47.5条）。如无许可、延期或已受理的申请，当事人须在合法停留的最后一天之前离境。

# The fee (rules az-trp, az-trp-renewal).
az-trp-fee = 国家规费按有效期和办理速度而定：1年期，15个工作日办结为160马纳特，20个工作日为120马纳特（3个月40/30，2年320/240，3年480/360）；未成年人和全日制学生缴费较少。在发卡前缴纳。

# What the person holds once it is done (rules az-trp, az-trp-renewal).
az-trp-result = 临时居留许可卡，有效期最长1年（延期最长2年；投资者最长3年），同时证明已办理居住地登记

# The other reading of the permit deadline.
az-trp-reading = 如“剩余30天”包括申请当天，则晚一天

# A document to bring.
az-trp-document-1 = 申请表和护照复印件；护照有效期须至少超出许可截止日3个月

# A document to bring.
az-trp-document-2 = 经公证的理由证明（如为亲属或家庭成员，还需其经公证的同意书）

# A document to bring.
az-trp-document-3 = 未患内阁所列传染病的医疗证明（不是医疗保险）

# A document to bring.
az-trp-document-4 = 3.5 × 4.5厘米照片两张，以及住房文件，附提供住房者的申请书和身份证件复印件

# A document to bring.
az-trp-document-5 = 年满15岁的申请人须采集指纹（第46.3条）

# Title of the obligation card (rule az-stay-extension).
az-extension-title = 申请延长停留期（依第40条所列理由）

# What the obligation is (rule az-stay-extension).
az-extension-what = 仅限《移民法典》第40条所列理由——紧急医疗、在阿塞拜疆的近亲属病重或去世、邀请机构的公务需要、过境途中被迫停留，或家庭成员的停留已获延长——停留期可延长至最多60天；须在停留期结束前至少3个工作日提出申请（第42.4条）。根据所缴规费，在1或3个工作日内作出决定。

# The fee (rule az-stay-extension).
az-extension-fee = 国家规费：1个工作日办结为50马纳特（最长30天）或100马纳特（最长60天）；3个工作日办结为30或60马纳特；未成年人为30/60和15/30。

# What the person holds once it is done (rule az-stay-extension).
az-extension-result = 延期决定，即赋予停留权利的文件（第39.2条）

# A document to bring.
az-extension-document-1 = 申请表和护照复印件

# A document to bring.
az-extension-document-2 = 理由证明，3.5 × 4.5厘米照片两张

# A document to bring.
az-extension-document-3 = 住房文件，附提供住房者的申请书和身份证件复印件

# Title of the obligation card (rule az-trp-renewal).
az-trp-renewal-title = 申请延长临时居留许可

# What the obligation is (rule az-trp-renewal).
az-trp-renewal-what = 希望继续居留的临时居留许可持有人，须在许可到期前至少30天申请延期（《移民法典》第47.1条）；每次延期最长2年（第49.1条）。

# Title of the obligation card (rule az-prp).
az-prp-title = 申请永久居留许可

# What the obligation is (rule az-prp).
az-prp-what = 依据第45.1.1–45.1.7条所列理由连续临时居留满2年（任意180天内在境外不超过90天）后，具备第52.1条所列理由（近亲属为公民；至少500,000马纳特的投资；至少200,000马纳特的不动产或存款；等等）的外国人，可在临时居留许可到期前至少3个月申请永久居留许可（第54.1条）。须通过语言和权利知识考试，未成年人、65岁以上者和重度残疾人除外。

# Title of the obligation card (rule az-prp-renewal).
az-prp-renewal-title = 申请延长永久居留许可

# What the obligation is (rule az-prp-renewal).
az-prp-renewal-what = 永久居留许可有效期为5年；须在到期前至少3个月申请再延长5年（《移民法典》第54.12条）。

# The fee (rules az-prp, az-prp-renewal).
az-prp-fee = 国家规费按办理时限而定；未查到2019年以来成年人的金额（未成年人：150马纳特）。

# What the person holds once it is done (rules az-prp, az-prp-renewal).
az-prp-result = 永久居留许可卡，有效期5年，同时证明已办理居住地登记

# A document to bring.
az-prp-document-1 = 申请表、护照复印件和家庭成员构成证明

# A document to bring.
az-prp-document-2 = 临时居留满2年的证明以及第52.1条所列理由的证明（按要求经公证）

# A document to bring.
az-prp-document-3 = 未患所列传染病的医疗证明

# Title of the obligation card (rule az-permit-data-change).
az-data-change-title = 报告资料变更或居留卡遗失

# What the obligation is (rule az-permit-data-change).
az-data-change-what = 许可持有人身份证件中的资料发生变更（例如换发新护照）或居留卡遗失时，持有人须在10个工作日内告知国家移民局，并申请补发或注销该卡（《移民法典》第44.5条）。遗失或损坏居留卡将被处以30马纳特罚款（《行政违法法典》第566条）。

# The fee (rule az-permit-data-change).
az-data-change-fee = 补发遗失的居留卡：10马纳特。

# A document to bring.
az-data-change-document-1 = 申请书和新的身份证件（或遗失证明）

# A document to bring.
az-data-change-document-2 = 居留卡（遗失的除外）

# An exemption's reason.
az-exempt-diplomatic-reason = 外交代表机构、领事机构和国际组织的工作人员及其家属由外交部登记，而不办理停留地登记（《移民法典》第22条）。

# An exemption's reason.
az-exempt-permit-holder-reason = 临时或永久居留许可卡即证明已办理居住地登记（《移民法典》第44.4条、第52.4条）：无需办理停留地登记。

# An exemption's reason.
az-exempt-same-owner-reason = 新住所与外国人登记所在住所属于同一房主：无需重新登记（《移民法典》第21.9条，自2017年12月17日起）。

# Stay note of an allowance.
az-allowance-90-note = 每次停留最长90天免签（《移民法典》第20.1条；外交部公布的名单）。入境当天为第1天。

# Stay note of an allowance.
az-allowance-ru-note = 俄罗斯公民：自2025年1月1日起，每个日历年最多90天（入境日和出境日均计入），每次停留最多90天（据报道为2024年12月29日内阁第561号决定；未查阅其原文）。跨越12月31日的停留，自1月1日起按新一年重新计算。

# Stay note of an allowance.
az-allowance-qa-note = 卡塔尔公民：最长30天免签（外交部公布的名单；未查到生效日期）。

# Stay note of an allowance.
az-allowance-cn-2024-note = 中国公民，2024年7月20日至2025年7月15日：每次停留最长30天，该年度内最多三次（国家移民局宣布的单方面免签制度）。

# Stay note of an allowance.
az-allowance-cn-note = 中国公民：自2025年7月16日起，每次停留最长30天，且任意180天内累计不超过90天（互免签证协定）。

# Stay note of the e-visa.
az-e-visa-note = ASAN电子签证：单次入境，有效期90天，停留最长30天；须离境后才能再申请新的电子签证（《移民法典》第38条）。标准办理3个工作日，国家规费20美元；加急3小时（非工作日亦可），50美元；门户网站另收服务费（金额未确认）。

# A warning: a stay that ends exactly on the 15th day after entry.
az-note-borderline-15 = 您在入境日之后的第15天离境。按《民法典》的算法从入境次日起算，停留不超过15天，无需登记；如按在境天数计算（入境日和出境日均计入），则为16天。为稳妥起见，请办理登记。

# A warning: a stay of a citizen of Kazakhstan that ends exactly on the 30th day after entry.
az-note-borderline-30 = 您在入境日之后的第30天离境。从入境次日起算，停留不超过30天，无需登记；如按在境天数计算（入境日和出境日均计入），则为31天。为稳妥起见，请办理登记。

# A warning: a move before 24 July 2019.
az-note-re-registration-no-period = 2019年7月24日之前，《移民法典》要求搬迁后在新停留地办理登记，但未规定具体期限：对于此类搬迁，tirkeu不给出日期。

# A warning for citizens of Kazakhstan entering in July–August 2021.
az-note-kz-30-start = 哈萨克斯坦公民的30天规定源自2021年7月或8月生效的一项议定书；tirkeu自国家移民局宣布之日即2021年8月26日起适用。对于更早的入境，显示15天规则，可能比当时的法律更严格。


# A warning for stays before 1 March 2016.
az-note-no-penalty-data = 2016年3月1日之前施行的《行政违法法典》所规定的罚款未经研究：对于该日之前的期限，不显示处罚。

# The other reading of the extension deadline.
az-extension-reading = 以最后一天为第1天倒数3个工作日，取第三个工作日当天（晚一个工作日）
