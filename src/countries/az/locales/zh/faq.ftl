### Azerbaijan: the claims of the guides to the "registration card" (Qeydiyyat kartı), and the page's answers (docs/research/az.md §5.2).
### Each answer's paragraphs are said in the order of src/countries/az/faq.rs, the case's ones only when they apply.
### Articles are of the Migration Code of Azerbaijan unless another code is named; sums are in manats.

# A claim travellers read in guides, as a question; the answer below is computed for the case. $audience: who uses the page (traveller, host, hotel, organization).
az-faq-card-q = { $audience ->
        [traveller] 登记是一张“登记卡”，我开银行账户、办手机卡、租房都要用到吗？
       *[other] 登记是一张“登记卡”，客人开银行账户、办手机卡、租房都要用到吗？
    }

# The FAQ, the "card" claim: the fixed answer, first paragraph.
az-faq-card-not-a-card = 停留地登记不是一张卡。国家移民局收到申请后立即把当事人录入其信息系统，并在1个工作日内通知申请人；不发放任何需要随身携带的证件（第21.4条）。

# The FAQ, the "card" claim: the fixed answer, second paragraph.
az-faq-card-permits = 真正的“卡”是临时居留许可卡和永久居留许可卡（第44.3条、第52.3条），需要另行申请；办理停留地登记并不会得到其中任何一种。

# The FAQ, the "card" claim: the fixed answer, third paragraph (a negative finding: say that no rule was found, not that none exists).
az-faq-card-bank = 我们没有找到规定要求开立银行账户、办理手机卡或租房必须先办停留地登记，也没有找到排除这一要求的规定：具体需要什么，请向银行、运营商或房东询问。

# The FAQ, the "card" claim, for this case. Variables: $date the due date, already written out; $who who files it (another message, e.g. "Your host (the receiving party)"). $audience: who uses the page (traveller, host, hotel, organization).
az-faq-card-register = { $audience ->
        [traveller] 按您的情况，须在 { $date } 之前完成登记；提交申请的是：{ $who }。您也可以自己提交，登记免费。
       *[other] 按此情况，须在 { $date } 之前完成登记；提交申请的是：{ $who }。客人也可以自己提交，登记免费。
    }

# The FAQ, the "card" claim, for this case: no registration needed. Variables: $exempt why (another message, a whole sentence).
az-faq-card-exempt = 按此情况，无需办理停留地登记。{ $exempt }

# The FAQ, the "card" claim, for this case: the stay is too short to be registered.
az-faq-card-short = 按此情况，无需办理停留地登记：停留时间不够长，不需要登记（第21.1条）。

# A claim travellers read in guides, as a question; the answer below is computed for the case.
az-faq-permit-q = 临时卡通常有效一年，永久卡则发给投资10万美元以上的人或配偶？

# The FAQ, the "permit" claim: the fixed answer, first paragraph.
az-faq-permit-trp = 只有前一半说对了：临时居留许可最长发放1年，每次续期最长2年；投资不少于50万马纳特的投资者最长可获3年（第49条）。

# The FAQ, the "permit" claim: the fixed answer, second paragraph.
az-faq-permit-prp = 永久居留许可并不是投资者或配偶就能拿到：只有连续临时居留满2年后，并符合第52.1条所列条件之一（例如有阿塞拜疆公民身份的近亲属、投资不少于50万马纳特、不动产或存款不少于20万马纳特等），才能申请；有效期5年（第54.12条）。

# The FAQ, the "permit" claim: the fixed answer, third paragraph.
az-faq-permit-manats = 金额以马纳特计，不是美元：10万马纳特是临时居留许可对不动产或银行存款的门槛（第45.1条）。

# The FAQ, the "permit" claim, for this case: one of its permit deadlines (a first permit, its renewal, a permanent one), said once for each. Variables: $title what to do (another message, e.g. "Apply for a temporary residence permit"); $date the last day, already written out.
az-faq-permit-case = 按此情况：{ $title }，截止 { $date }。

# A claim travellers read in guides, as a question; the answer below is computed for the case.
az-faq-time-q = 办理需要3到4周吗？

# The FAQ, the "time" claim: the fixed answer, first paragraph.
az-faq-time-registration = 停留地登记不需要几周：国家移民局收到申请后立即登记，并在1个工作日内通知申请人（第21.4条）。

# The FAQ, the "time" claim: the fixed answer, second paragraph.
az-faq-time-permits = 临时居留许可视所缴国家规费在15或20个工作日内作出决定（第47.5条），延长停留期为1或3个工作日（第42.5条）：只有居留许可才接近3到4周。

# The FAQ, the "time" claim, for this case. Variables: $date the registration's due date, already written out.
az-faq-time-case = 按此情况，须在 { $date } 之前完成登记，提交即生效。

# A claim travellers read in guides, as a question; the answer below is computed for the case.
az-faq-biometrics-q = 2025年起要采集指纹和面部扫描吗？

# The FAQ, the "biometrics" claim: the fixed answer, first paragraph.
az-faq-biometrics-trp = 只有申请临时居留许可、年满15岁的人才采集指纹（第46.3条），而且这条规定不是2025年新增的：法典原文中就有。

# The FAQ, the "biometrics" claim: the fixed answer, second paragraph.
az-faq-biometrics-registration = 办理停留地登记不采集指纹，也不需要照片（第21.2条）。我们没有找到2025年的相关修改，也没有找到关于面部扫描的规定。

# A claim travellers read in guides, as a question; the answer below is computed for the case.
az-faq-insurance-q = 必须有医疗保险吗？

# The FAQ, the "insurance" claim: the fixed answer, first paragraph.
az-faq-insurance-documents = 无论停留地登记（第21.2条）还是临时居留许可（第46.1条），所需文件中都没有医疗保险。

# The FAQ, the "insurance" claim: the fixed answer, second paragraph.
az-faq-insurance-certificate = 临时居留许可需要的是一份医疗证明，证明申请人未患政府清单所列的传染病（第46.1.5条）：是证明，不是保险单。

# A claim travellers read in guides, as a question; the answer below is computed for the case.
az-faq-move-q = 搬家后必须在10天内更新地址吗？

# The FAQ, the "move" claim: the fixed answer, first paragraph.
az-faq-move-rule = 不是10天，而是抵达新地址后5个工作日内（第21.9条，自2019年7月24日起）。如果新住所与已登记住所属于同一房主，则无需重新登记。

# The FAQ, the "move" claim: the fixed answer, second paragraph.
az-faq-move-ten = 10个工作日出自针对居留许可持有人的其他规定：护照信息变更或居留卡遗失，须在10个工作日内报告（第44.5条）；房主收回住房的，持有人须在10个工作日内提供另一处住所（第50.1.7-1条）。

# The FAQ, the "move" claim, for this case (the scenario has a move). Variables: $date the due date, already written out; $who who files it (another message).
az-faq-move-case = 按此情况，须在 { $date } 之前登记新地址；提交申请的是：{ $who }。

# The FAQ, the "move" claim, for this case: no new registration needed. Variables: $exempt why (another message, a whole sentence).
az-faq-move-exempt = 按此情况，搬家后无需重新登记。{ $exempt }

# A claim travellers read in guides, as a question; the answer below is computed for the case.
az-faq-translation-q = 每份文件都需要经过认证的翻译吗？

# The FAQ, the "translation" claim: the fixed answer, first paragraph.
az-faq-translation-registration = 停留地登记只需要申请表，以及含签证页和最后一次入境章页的护照复印件（第21.2条）；不要求翻译。

# The FAQ, the "translation" claim: the fixed answer, second paragraph.
az-faq-translation-permit = 申请临时居留许可时，证明申请依据的文件和家庭成员的同意书须经公证（第46.1.4条、第46.1.4-1条）。我们没有找到关于外国文件翻译的一般规定：哪些文件需要翻译，请向国家移民局咨询。

# A claim travellers read in guides, as a question; the answer below is computed for the case.
az-faq-receipt-q = 缴费收据能证明合法停留吗？

# The FAQ, the "receipt" claim: the fixed answer, first paragraph.
az-faq-receipt-payment = 国家规费收据在领取居留许可卡或延期决定时上交（第41.2条、第46.2条）：它只证明费用已缴，别无其他。

# The FAQ, the "receipt" claim: the fixed answer, second paragraph.
az-faq-receipt-right = 停留的权利来自签证或在期限内的免签入境、延长停留期的决定（第39.2条）或居留许可卡（第44.4条）。在停留期结束前已被受理的居留许可或延期申请，使当事人在审理期间可以继续停留（第20.2条）。

# The FAQ, the "receipt" claim, for this case. Variables: $date the last lawful day, already written out. $audience: who uses the page (traveller, host, hotel, organization).
az-faq-receipt-case = { $audience ->
        [traveller] 按您的情况，您可合法停留至 { $date }。
       *[other] 按此情况，客人可合法停留至 { $date }。
    }
