### Kazakhstan's rule data: obligations, channels, documents, penalties, exemptions,
### allowances and notes. IDs come from the rule's id and field. Source titles are citations and
### stay in their own language (not here).

# Stay note when no visa-free regime is known for the citizenship; follows "Citizens of X:".
kz-no-allowance = tirkeu的数据中没有该国籍在此日期适用的免签制度。这并不意味着需要签证：tirkeu的名单并不完整（2025年8月25日法令列出66个享受30天免签的国家，tirkeu已确认其中56个；可能适用其不了解的协定）。出行前请向哈萨克斯坦领事馆或电子签证门户网站核实；如果您持有签证，请选择其类型。

# Stay note for a person holding a visa.
kz-visa-bounds-stay = 持签证时，停留受签证有效期和可停留天数的限制，而场景中未描述这些信息：请查看签证本身。“每次入境30天”和“180天内90天”的免签限制不适用于签证或许可持有人。

# The disclaimer under every answer.
kz-disclaimer = tirkeu仅提供信息，不构成法律意见。规则已于所注日期依据所引来源进行核对；来源可靠性较弱之处，已在旁注明。最终以移民警察的意见为准。

# The fine unit's short name, in penalty lines after the number of units.
kz-fine-unit = MRP

# Who must act, on an obligation card, when the party is the host.
kz-receiving-party-host = 接待方：提供住宿的哈萨克斯坦公民或在哈萨克斯坦永久居留的外国人（房主或租户）。

# Who must act, on an obligation card, when the party is the hotel.
kz-receiving-party-hotel = 酒店、青年旅舍、民宿或其他住宿场所；由其通过自有的移民系统权限提交——请在前台索取确认。

# Who must act, on an obligation card, when the party is the organization.
kz-receiving-party-organization = 邀请该外国人或提供住宿的组织（在哈萨克斯坦注册的法人，凭其企业识别号BIN）。

# Who must act, on an obligation card, when the party is the foreigner.
kz-receiving-party-foreigner = 外国人本人。

# Title of the obligation card (rule kz-host-notification-2015).
kz-host-notification-title = 向移民机关提交抵达通知

# What the obligation is, under its title (rule kz-host-notification-2015).
kz-host-notification-2015-what = 2020年1月11日之前，接待方须在3个工作日内将外国人抵达的情况通知内务机关，这是在停留超过5个日历日须办理的移民登记之外的额外义务（《入境和停留规则》，第148号法令，第9项）。该义务具体从何时开始适用尚未确定（最迟自2016年内务部第83号令起）；tirkeu从其数据起始的2015年起显示该义务。仅涵盖抵达：2020年之前搬迁是否需要重新通知尚未确定。

# How the deadline is counted, first line of the counting steps (rule kz-host-notification-2015).
kz-working-convention = 哈萨克斯坦规定，抵达当天（或搬迁当天）如为工作日，即算作第1个工作日——《规则》：“从抵达当天00:01起计算”；从业人员：“周五23:50抵达——周五即为第一天”——否则，第1天为其后的第一个工作日。周末、公共假日以及依法令调休的休息日不计入；依法令调为工作日的周六或周日计入。

# A document to bring, in the obligation card's list.
kz-notification-document-1 = 外国人的护照（护照信息；纸质通知需提供复印件）

# A document to bring, in the obligation card's list.
kz-notification-document-2 = 哈萨克斯坦签证（如该外国人持有；复印件）

# A document to bring, in the obligation card's list.
kz-notification-document-3 = 停留地址

# A document to bring, in the obligation card's list.
kz-notification-document-4 = 接待方的信息：个人为个人识别号IIN，组织为企业识别号BIN；在线提交需其电子数字签名（EDS）

# A document to bring, in the obligation card's list.
kz-notification-document-5 = 与该外国人同行的儿童列入同一份通知

# Another reading of the deadline, before " — gives a later date …".
kz-notification-next-day-reading = 民法解读：从抵达次日开始计算（tirkeu不采用这种解读）

# The name of a way to file, in the card's list of channels.
kz-channel-vmp-name = 签证与移民门户网站（vmp.gov.kz）

# What the person needs to use this channel.
kz-channel-vmp-needs = 接待方的电子数字签名（EDS）

# How long this channel takes.
kz-channel-vmp-processing = 约15分钟；通知显示在个人账户中

# The name of a way to file, in the card's list of channels.
kz-channel-hotel-name = 酒店自有的移民系统接入

# What the person needs to use this channel.
kz-channel-hotel-needs = 客人只需在入住时出示护照

# How long this channel takes.
kz-channel-hotel-processing = 由酒店办理

# The name of a way to file, in the card's list of channels.
kz-channel-migration-office-name = 警察局移民部门，现场办理（书面通知）

# What the person needs to use this channel.
kz-channel-migration-office-needs = 所列文件的纸质版

# How long this channel takes.
kz-channel-migration-office-processing = 1个工作日

# The name of a way to file, in the card's list of channels.
kz-channel-post-name = 邮寄至警察局移民部门

# What the person needs to use this channel.
kz-channel-post-needs = 书面通知及所列文件；请尽早寄出：期限以寄出日还是收件日为准尚未确定，因此在线渠道更稳妥

# How long this channel takes.
kz-channel-post-processing = 信件寄送所需的时间

# The penalty's legal article, as its card heading.
kz-host-penalty-article = 哈萨克斯坦《行政违法法典》第518条第1款

# The offence the penalty punishes.
kz-host-penalty-offence = 接待方未按时通知或未通知移民机关

# A note under the penalty on its card.
kz-host-penalty-note = 金额为2024年条文的表述；一年内再次违反的罚款更高（2021年的资料中为30–100 MRP，即月核算基数）。该条的早期版本有所不同。

# Whom a penalty line is for (before the sanction: "<this>: a fine of …").
kz-host-penalty-tier-1 = 个人

# Whom a penalty line is for (before the sanction: "<this>: a fine of …").
kz-host-penalty-tier-2 = 公职人员、小型企业或非营利组织

# Whom a penalty line is for (before the sanction: "<this>: a fine of …").
kz-host-penalty-tier-3 = 中型企业

# Whom a penalty line is for (before the sanction: "<this>: a fine of …").
kz-host-penalty-tier-4 = 大型企业

# What the obligation is, under its title (rule kz-host-notification-2020).
kz-host-notification-2020-what = 接待方通知内务（移民）机关该外国人已抵达并住在其地址。每次入境均须办理，不论国籍、年龄或目的，且是在任何签证或许可之外的额外义务。

# The name of a way to file, in the card's list of channels.
kz-channel-egov-name = eGov门户网站（egov.kz）

# How long this channel takes.
kz-channel-egov-processing = 约15分钟

# The name of a way to file, in the card's list of channels.
kz-channel-eqonaq-name = eQonaq（eqonaq.kz，网页和手机应用）

# What the person needs to use this channel.
kz-channel-eqonaq-needs = 接待方的eQonaq账户（向系统用户开放：酒店及其他住宿提供方）；据报道，私人接待方也使用该手机应用，但没有任何官方来源或2026年的来源证实这一点

# How long this channel takes.
kz-channel-eqonaq-processing = 几分钟

# Title of the obligation card (rule kz-host-notification-move-2020).
kz-host-notification-move-2020-title = 向移民机关通知新地址

# What the obligation is, under its title (rule kz-host-notification-move-2020).
kz-host-notification-move-2020-what = 在同一州内变更地址，或迁往其他州（包括出差）时，新地址的接待方须再次通知移民机关。

# Title of the obligation card (rule kz-registration-2012).
kz-registration-2012-title = 为外国人办理停留的移民登记（护照登记）

# What the obligation is, under its title (rule kz-registration-2012).
kz-registration-2012-what = 2020年1月11日之前，停留超过5个日历日的外国人，须根据接待方的申请，在越境后5个日历日内由内务机关办理移民登记。

# How the deadline is counted, first line of the counting steps (rule kz-registration-2012).
kz-calendar-convention = 日历日：入境当天为第1天，因此第N天为入境日 + N − 1；周末和节假日与其他日子一样计算，日期不顺延。

# A document to bring, in the obligation card's list.
kz-registration-2012-document-1 = 外国人的护照和盖有边防印章的移民卡

# A document to bring, in the obligation card's list.
kz-registration-2012-document-2 = 接待方的申请书及其信息

# A document to bring, in the obligation card's list.
kz-registration-2012-document-3 = 停留超过6个月的，据报道（未找到原始文本）：抵达地址单、统计单、一张3.5 × 4.5厘米的照片

# Another reading of the deadline, before " — gives a later date …".
kz-registration-2012-reading = 《规则》的某些文本计算这5天时不含周末和节假日（即5个工作日）

# Title of the obligation card (rule kz-migration-card).
kz-migration-card-title = 在边境填写移民卡

# What the obligation is, under its title (rule kz-migration-card).
kz-migration-card-what = 移民卡在入境时填写，由边防部门盖章，停留期间保存，出境时交回；对某些国籍的人，卡上的印章也同时作为移民登记。

# How the deadline is counted, first line of the counting steps (rule kz-migration-card).
kz-migration-card-convention = 在边境，入境当天。

# A document to bring, in the obligation card's list.
kz-migration-card-document-1 = 护照；移民卡在边境填写、盖章，随身保存，出境时交回

# Title of the obligation card (rule kz-trp-2020).
kz-trp-2020-title = 停留超过30天须持有临时居留许可

# What the obligation is, under its title (rule kz-trp-2020).
kz-trp-2020-what = 阿塞拜疆、塔吉克斯坦和乌兹别克斯坦公民凭抵达通知最多可停留30天。停留更久须持有临时居留许可，他们可基于法律认可的理由（工作、学习、家庭）在第30天结束前于哈萨克斯坦境内申领。

# The fee of the obligation (rule kz-trp-2020).
kz-trp-fee = 按许可规定的国家规费和费用（此处未涵盖）

# A document to bring, in the obligation card's list.
kz-trp-document-1 = 申请表

# A document to bring, in the obligation card's list.
kz-trp-document-2 = 护照复印件

# A document to bring, in the obligation card's list.
kz-trp-document-3 = 医疗保险（欧亚经济联盟公民除外）

# A document to bring, in the obligation card's list.
kz-trp-document-4 = 房屋所有人经公证的同意书（如该外国人不是房屋所有人）

# A document to bring, in the obligation card's list.
kz-trp-document-5 = 指纹采集证明（自2024年起）

# A document to bring, in the obligation card's list.
kz-trp-document-6 = 抵达通知及证明理由（工作、学习、家庭）的文件

# The name of a way to file, in the card's list of channels.
kz-channel-con-name = 公共服务中心（ЦОН，“政府为民”）或eGov，办理临时居留许可

# What the person needs to use this channel.
kz-channel-con-needs = 在线提交需电子数字签名（EDS）或一次性密码

# How long this channel takes.
kz-channel-con-processing = 1–2个工作日（据从业人员）

# The penalty's legal article, as its card heading.
kz-overstay-penalty-article = 哈萨克斯坦《行政违法法典》第517条第3款

# The offence the penalty punishes.
kz-overstay-penalty-offence = 外国人在合法停留期结束后仍继续停留

# A note under the penalty on its card.
kz-overstay-penalty-note = 分级依据2023年的引述；对于更长时间的逾期停留，资料显示会处以罚款、驱逐出境以及经法院判决最长5年的禁止入境，但未给出现行金额。违反“180天内90天”限制的外国人下次可能被拒绝入境。

# Whom a penalty line is for (before the sanction: "<this>: a fine of …").
kz-overstay-penalty-tier-1 = 逾期停留不超过3天

# Whom a penalty line is for (before the sanction: "<this>: a fine of …").
kz-overstay-penalty-tier-2 = 逾期停留超过3天但不超过5天

# Whom a penalty line is for (before the sanction: "<this>: a fine of …").
kz-overstay-penalty-tier-3 = 逾期停留超过5天

# A sanction known in kind but not in amount, after "<offender>: ".
kz-overstay-penalty-tier-3-sanction = 罚款，并可能被驱逐出境和禁止入境；金额尚未确定

# Title of the obligation card (rule kz-trp-2020-90-day).
kz-trp-2020-90-day-title = 停留超过90天须持有临时居留许可

# What the obligation is, under its title (rule kz-trp-2020-90-day).
kz-trp-2020-90-day-what = 欧亚经济联盟国家（亚美尼亚、白俄罗斯、吉尔吉斯斯坦、俄罗斯）公民凭抵达通知最多可停留90天；停留更久须持有临时居留许可（工作、学习、家庭），他们可在第90天结束前于哈萨克斯坦境内申领。“180天内90天”的限制是上限，而不是延期。

# Title of the obligation card (rule kz-registration-2026).
kz-registration-2026-title = 本人在线办理移民登记（适用90天制度的移民）

# What the obligation is, under its title (rule kz-registration-2026).
kz-registration-2026-what = 自2026年7月1日起，来自适用90天停留制度国家的移民须在移民信息系统中办理移民登记：填写姓名、出生日期、护照、住宿提供方和地址；住宿提供方在手机应用中确认后，登记证明即出现在个人账户中。接待方在3个工作日内通知的义务仍同时适用。

# How the deadline is counted, first line of the counting steps (rule kz-registration-2026).
kz-registration-2026-convention = “不迟于越过国境之日起第30个日历日”：越境当天为第1天，因此第30天为入境日 + 29天；周末和节假日不跳过。

# What the person holds once the obligation is done (rule kz-registration-2026).
kz-registration-certificate = 移民系统中移民个人账户里的电子登记证明——是证明，而不是卡片

# A warning on whom rule kz-registration-2026 reaches by citizenship (may follow "If …: ").
kz-registration-2026-scope-2 = 对塔吉克斯坦公民显示2026年起的自行登记，依据的是一篇新闻报道（Asia-Plus，2025年11月）和2018年关于停留不超过90天的哈塔协定；未找到该令本身所列的国家名单。

# A warning on whom rule kz-registration-2026 reaches by citizenship (may follow "If …: ").
kz-registration-2026-scope-3 = 对土耳其公民显示2026年起的自行登记，是tirkeu的推断，而非来源的明确说法：该制度涵盖停留制度不超过90天的国家，而自2025年9月起土耳其公民在任意180天内可停留90天。没有任何来源点名土耳其；请咨询移民部门。

# A warning on whom rule kz-registration-2026 reaches by citizenship (may follow "If …: ").
kz-registration-2026-scope-4 = 2026年7月1日起实行的移民自行登记（不迟于自越境之日起第30个日历日，内务部第923号令）是否涵盖该国公民尚不清楚：该制度涵盖“已确立不超过90天停留制度的国家”，但没有任何来源列出这些国家。tirkeu不为此计算期限；请咨询移民部门，如适用，请在第30天前办理登记。

# A document to bring, in the obligation card's list.
kz-registration-2026-document-1 = 姓、名、父称（如有）、出生日期

# A document to bring, in the obligation card's list.
kz-registration-2026-document-2 = 护照信息

# A document to bring, in the obligation card's list.
kz-registration-2026-document-3 = 住宿提供方的信息和临时地址；住宿提供方在应用中确认

# Another reading of the deadline, before " — gives a later date …".
kz-registration-2026-reading = 按民法计算期间的方式，从越境次日起计算：第30天为入境日 + 30天

# The name of a way to file, in the card's list of channels.
kz-channel-is-mp-name = 移民警察信息系统（在线；住宿提供方在手机应用中确认）

# What the person needs to use this channel.
kz-channel-is-mp-needs = 护照信息、地址以及住宿提供方的确认

# How long this channel takes.
kz-channel-is-mp-processing = 住宿提供方确认后，登记证明即出现在个人账户中

# Title of the obligation card (rule kz-re-registration-2026).
kz-re-registration-2026-title = 在新地址重新登记

# What the obligation is, under its title (rule kz-re-registration-2026).
kz-re-registration-2026-what = 根据2026年《规则》，已办理移民登记的移民变更地址时须在5个工作日内重新登记；原地址的登记自动注销。

# Another reading of the deadline, before " — gives a later date …".
kz-re-registration-2026-reading = 民法解读：从搬迁次日开始计算（tirkeu不采用这种解读）

# Why the person is exempt, on the exemption line (also in "unless …" conditions).
kz-exempt-diplomatic-reason = 持外交或公务护照者，或持外交或公务签证者，通过外交部而非移民警察办理移民登记。

# Why the person is exempt, on the exemption line (also in "unless …" conditions).
kz-exempt-investor-reason = 投资者签证持有人（或经确认具有投资者身份者）不办理移民登记，也不领取移民卡。

# Why the person is exempt, on the exemption line (also in "unless …" conditions).
kz-exempt-under-16-reason = 未满16岁的儿童不单独办理移民登记，也不领取移民卡。

# Why the person is exempt, on the exemption line (also in "unless …" conditions).
kz-exempt-under-16-trp-reason = 未满16岁的儿童无需单独办理临时居留许可（据从业人员）；他们列入父（母）的通知中。

# Why the person is exempt, on the exemption line (also in "unless …" conditions).
kz-exempt-crew-transit-reason = 执勤的飞机、船舶和列车乘务人员以及过境旅客适用过境规则，而非移民登记规则（移民卡规则；第83号令的过境部分）。

# Why the person is exempt, on the exemption line (also in "unless …" conditions).
kz-exempt-short-stay-2012-reason = 2020年1月11日之前，停留不超过5个日历日无需移民登记。

# Why the person is exempt, on the exemption line (also in "unless …" conditions).
kz-exempt-border-registration-reason = 单方面免签名单国家的公民在入境时由边防部门办理移民登记（在移民卡上加盖两个印章），免签停留期间无需再办理移民登记。

# Why the person is exempt, on the exemption line (also in "unless …" conditions).
kz-exempt-russia-30-days-reason = 俄罗斯公民自入境起30天内免于移民登记（2012年6月7日俄哈协定）。

# Why the person is exempt, on the exemption line (also in "unless …" conditions).
kz-exempt-ukraine-90-days-reason = 乌克兰公民可免移民登记停留最多90天（2000年5月19日哈乌协定的议定书）。

# Why the person is exempt, on the exemption line (also in "unless …" conditions).
kz-exempt-short-stay-2020-reason = 自2020年1月11日起，停留不超过30个日历日无需移民登记或许可（只需接待方的通知）；2026年起的自行登记期限为第30天，因此在此之前结束的停留无需办理。

# Why the person is exempt, on the exemption line (also in "unless …" conditions).
kz-exempt-90-day-trp-reason = 适用90天制度的国家（欧亚经济联盟）的公民停留不超过90天无需许可。

# Why the person is exempt, on the exemption line (also in "unless …" conditions).
kz-exempt-migration-card-visa-reason = 外交、公务和投资者签证持有人不领取移民卡。

# The visa-free allowance that applies, in the stay section.
kz-eaeu-90-2015-note = 欧亚经济联盟国家公民自每次入境起最多可停留90天。

# The visa-free allowance that applies, in the stay section.
kz-eaeu-90-in-180-2023-note = 自2023年1月27日起，欧亚经济联盟公民在任意180天期间内最多可停留90天。

# The visa-free allowance that applies, in the stay section.
kz-cis-90-2015-note = 双边协定允许自每次入境起最多停留90天。

# The visa-free allowance that applies, in the stay section.
kz-cis-30-2015-note = 自每次入境起最多30天（内务部，2019年）。

# The visa-free allowance that applies, in the stay section.
kz-uz-2015-note = 免签；tirkeu的资料未能确定2023年之前的停留期限，因此采用较短的30天。

# The visa-free allowance that applies, in the stay section.
kz-cis-30-90-2023-note = 自2023年1月27日起，享受免签的非欧亚经济联盟国家公民每次入境最多可停留30天，任意180天内累计最多90天。关于阿塞拜疆、塔吉克斯坦和乌克兰，内务部的一份报告称为180天内90天、无30天上限；格鲁吉亚、摩尔多瓦和蒙古曾有90天协定：tirkeu采用较短的解读；如需停留更久，请咨询移民部门。

# The visa-free allowance that applies, in the stay section.
kz-bilateral-30-2015-note = 双边协定允许自每次入境起最多停留30天（关于阿根廷，有一个来源称为一年内30天）。

# The visa-free allowance that applies, in the stay section.
kz-bilateral-30-90-2023-note = 自2023年1月27日起，享受免签的非欧亚经济联盟国家公民每次入境最多可停留30天，任意180天内累计最多90天。

# The visa-free allowance that applies, in the stay section.
kz-kr-30-2015-note = 韩哈双边协定：自每次入境起最多30天。

# The visa-free allowance that applies, in the stay section.
kz-kr-30-90-2023-note = 自2023年1月27日起：每次入境最多30天，任意180天内累计最多90天。

# The visa-free allowance that applies, in the stay section.
kz-tr-30-2015-note = 1992年土哈协定：自每次入境起最多一个月。

# The visa-free allowance that applies, in the stay section.
kz-tr-90-2025-note = 自2025年9月起（2025年8月25日法令；此处采用的起始日是最晚的可能日期），土耳其公民在任意180天内最多可停留90天。

# The visa-free allowance that applies, in the stay section.
kz-hk-14-2015-note = 香港特别行政区护照：最多14天（内务部，2019年）。

# The visa-free allowance that applies, in the stay section.
kz-hk-14-2023-note = 香港特别行政区护照：每次入境最多14天（内务部，2019年），且自2023年1月27日起任意180天内最多90天。

# The visa-free allowance that applies, in the stay section.
kz-cn-in-ir-14-2022-note = 自2022年7月8日起：每次入境最多14天，任意180天内累计最多42天。

# The visa-free allowance that applies, in the stay section.
kz-in-ir-14-2023-note = 每次入境最多14天，任意180天内累计最多42天（自2022年7月8日起；2025年8月25日法令予以保留）。

# The visa-free allowance that applies, in the stay section.
kz-cn-30-90-2023-note = 中哈协定，2023年11月10日生效：每次入境最多30天，任意180天内累计最多90天。

# The visa-free allowance that applies, in the stay section.
kz-pilot-15-2014-note = 15天免签试行（2014年7月15日至2015年7月15日）。

# The visa-free allowance that applies, in the stay section.
kz-pilot-15-2015-note = 自2015年7月16日起实行15天免签制度（允许多次入境）；停留更久须向移民警察申请30天商务签证，或向外交部申请投资者签证（单次入境，最长90天）。

# The visa-free allowance that applies, in the stay section.
kz-unilateral-30-2017-note = 自2017年1月1日起实行30天单方面免签制度；2023年1月27日之前，每次入境都重新开始计算30天。

# The visa-free allowance that applies, in the stay section.
kz-unilateral-30-2019-note = 30天单方面免签制度，2019年扩大到另外12个国家。

# The visa-free allowance that applies, in the stay section.
kz-ae-30-2021-note = 自2021年5月起，阿联酋不受新冠疫情（COVID-19）暂停措施的限制。

# The visa-free allowance that applies, in the stay section.
kz-unilateral-30-2022-note = 30天单方面免签制度，于2022年1月1日恢复。

# The visa-free allowance that applies, in the stay section.
kz-visa-free-30-90-2025-note = 每次入境最多30天，任意180天内累计最多90天（2025年8月25日法令，列出66个国家；tirkeu已确认其中56个）。

# A warning shown when its condition holds (may follow "If …: ").
kz-note-diplomatic-notification-unsettled = 持外交或公务护照或签证者通过外交部办理认证。tirkeu未找到现行《规则》中免除其接待方抵达通知义务的条文，因此仍予显示：请咨询外交部领事部门。

# A warning shown when its condition holds (may follow "If …: ").
kz-note-transit-notification = 执勤机组人员和过境旅客不办理移民登记，但如果他们在某一地址停留（如在酒店过夜），住宿地仍应进行通知；因此针对这种情况显示接待方的通知。

# A warning shown when its condition holds (may follow "If …: ").
kz-note-covid-suspension = 2020年3月至2021年12月31日，因新冠疫情（COVID-19）暂停单方面免签制度（阿拉伯联合酋长国自2021年5月起不受此限）；入境需要签证。各来源对暂停的起始日说法不一（2020年3月16日或30日）；tirkeu采用较早的日期。

# A warning shown when its condition holds (may follow "If …: ").
kz-note-children-in-notification = 儿童列入与其同行的父（母）的同一份抵达通知中；未成年人并无单独的通知豁免。

# A warning shown when its condition holds (may follow "If …: ").
kz-note-host-and-self-registration = 自2026年7月1日起，适用90天制度国家的移民须在第30天前自行办理移民登记。没有任何来源表明接待方在3个工作日内通知的义务已被废止，因此两者均已列出：请两者都办理。

# A warning shown when its condition holds (may follow "If …: ").
kz-note-self-registration-transition = 2026年7月1日，即本次停留期间，适用90天制度国家移民的自行登记（内务部第923号令：不迟于自越境之日起第30个日历日办理登记）开始生效。tirkeu掌握的资料未提及当天已在哈萨克斯坦境内的人员：他们是否也须办理登记、须在何时之前办理，尚无定论。tirkeu遵循入境当天有效的规则，不为此计算期限；稳妥起见，请在2026年7月的头几天办理登记，或咨询移民部门。

# A warning shown when its condition holds (may follow "If …: ").
kz-note-no-visa-run = 自2023年1月27日起，出境后再入境不会重新开始计算：免签天数限于任意180天内90天，且在哈萨克斯坦停留的每一天都计入该限额。

# A warning shown when its condition holds (may follow "If …: ").
kz-note-extend-15-day-stay = 适用15天免签制度的访客可在哈萨克斯坦境内办理30天商务签证或90天投资者签证以延长停留。

# Stay note when the citizenship has no visa-free regime on the date; follows "Citizens of X:".
kz-visa-required = 此日期因新冠疫情（COVID-19）暂停了免签制度：入境需要签证。如果您当时持有签证，请选择其类型。

# A warning when the planned stay goes beyond the visa-free allowance; $last is the last lawful day.
kz-needs-visa = 该国籍公民的免签停留不能在哈萨克斯坦境内延长：临时居留许可在境内仅向亚美尼亚、阿塞拜疆、白俄罗斯、吉尔吉斯斯坦、俄罗斯、塔吉克斯坦和乌兹别克斯坦公民签发。如需在{ $last }之后继续停留，或出于免签制度不涵盖的目的（工作、学习）停留，请在入境前办理相应类别的签证——向哈萨克斯坦领事馆申请，或在您的国家符合条件时申请电子签证。{ $last }是硬性期限：请在该日之前离境。超期停留属于违法行为（哈萨克斯坦《行政违法法典》第517条第3款）：逾期不超过3天的予以警告，超过3天但不超过5天的罚款10 MRP，超过5天的处以罚款，并可能被驱逐出境和禁止入境（金额尚未确定）。政府关于该许可的页面将申请资格与已批准的免签协定挂钩：如果您的国家签有此类协定，请先咨询移民部门，再作打算。

# Stay note for a person holding a residence permit valid on the day of entry.
kz-permit-bounds-stay = 持有居留许可者，停留期限以许可有效期为准：有效期最后一天即为合法停留的最后一天。免签停留限制不适用于许可持有人。
