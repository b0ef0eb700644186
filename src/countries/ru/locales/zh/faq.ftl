### Russia: the claims of the guides to the "Russian registration card", and the page's answers (docs/research/ru.md §9).
### Each answer's paragraphs are said in the order of src/countries/ru/faq.rs, the case's ones only when they apply.
### Laws are Russian federal laws (109-FZ on migration registration, 115-FZ on the status of foreigners) unless another is named; sums are in roubles.

# A claim travellers read in guides, as a question; the answer below is computed for the case.
ru-faq-card-q = 俄罗斯的“登记卡”有效期是3个月到5年吗？

# The FAQ, the "card" claim: the fixed answer, first paragraph.
ru-faq-card-registration = 指南把三件不同的事混在一起了。移民登记是抵达居留地的通知：本人保留的是通知表上盖有受理章的回执联（第109号联邦法第22条）。它只对该地址申报的停留期有效，不超过合法停留期（签证或免签天数），搬家需要重新通知。

# The FAQ, the "card" claim: the fixed answer, second paragraph.
ru-faq-card-permits = 长期限属于另行申请的许可：临时居留许可在配额内发放，为期3年；居留证为期5年（第115号联邦法第6、8条）。能用5年的“卡”是居留证，不是登记。

# The FAQ, the "card" claim, for this case. Variables: $who who files it (another message, e.g. "Your host (the receiving party)"); $date the due date, already written out. $audience: who uses the page (traveller, host, hotel, organization).
ru-faq-card-notify = { $audience ->
        [traveller] 您的情况：抵达通知须在{ $date }前提交；提交方：{ $who }。您会拿到回执联，对该地址申报的停留期有效。
       *[other] 此情况：抵达通知须在{ $date }前提交；提交方：{ $who }。客人会拿到回执联，对该地址申报的停留期有效。
    }

# The FAQ, the "card" claim, for this case: no notification needed. Variables: $exempt why (another message, a whole sentence).
ru-faq-card-exempt = 此情况无需抵达通知，因此也没有要领取的东西。{ $exempt }

# The FAQ, the "card" claim, for this case: the stay ends before a notification would be due.
ru-faq-card-short = 此情况无需抵达通知：停留在通知期限到来之前就结束了（第109号联邦法第20条）。

# A claim travellers read in guides, as a question; the answer below is computed for the case.
ru-faq-paper-q = 登记意味着更多文件和面谈吗？

# The FAQ, the "paper" claim: the fixed answer, first paragraph.
ru-faq-paper-form = 登记只是一张表格，即抵达通知，附护照、移民卡和接待方身份证件的复印件；没有面谈，也没有国家规费（第109号联邦法第22条）。由接待方提交时，客人无需到场。

# The FAQ, the "paper" claim: the fixed answer, second paragraph.
ru-faq-paper-tests = 面谈以及俄语、历史和法律考试针对的是临时居留许可、居留证和工作特许证（第115号联邦法第15.1条），而不是登记。

# The FAQ, the "paper" claim, for this case. Variables: $title what to do (another message); $date its due date, already written out; $who who files it (another message).
ru-faq-paper-case = 此情况：{ $title }，期限{ $date }；提交方：{ $who }。

# The FAQ, the "paper" claim, for this case: no notification needed.
ru-faq-paper-none = 此情况无需抵达通知：不用填任何表格。

# The FAQ, the "paper" claim, for this case: the migration card. Variables: $title what to do (another message). $audience: who uses the page (traveller, host, hotel, organization).
ru-faq-paper-card = { $audience ->
        [traveller] 唯一的其他文件是您在边境的：{ $title }，入境时填写，保留到出境。
       *[other] 唯一的其他文件是客人在边境的：{ $title }，入境时填写，保留到出境。
    }

# A claim travellers read in guides, as a question; the answer below is computed for the case.
ru-faq-fees-q = 登记意味着更高的费用吗？

# The FAQ, the "fees" claim, for this case: the notification's fee. Variables: $fee the fee, in words (another message, whole sentences).
ru-faq-fees-free = 不是：登记免费。{ $fee }

# The FAQ, the "fees" claim, for this case: the fines in roubles. Variables: $penalty the penalty, in words (another message).
ru-faq-fees-fine = 要花钱的是逾期或不提交，以卢布计：{ $penalty }

# The FAQ, the "fees" claim, for this case: no notification, nothing to pay.
ru-faq-fees-none = 不是：此情况无需提交抵达通知，登记也无需付费。

# The FAQ, the "fees" claim: the fixed answer, last paragraph.
ru-faq-fees-other = 指南可能指的费用在别处：统一电子签证（领事费约52美元，另加手续费），以及免签来工作的人入境后30天内的指纹采集、照相和体检，这些是收费服务。

# A claim travellers read in guides, as a question; the answer below is computed for the case.
ru-faq-eaeu-q = 俄罗斯的登记在整个欧亚经济联盟都被承认吗？

# The FAQ, the "eaeu" claim: the fixed answer, first paragraph.
ru-faq-eaeu-national = 不是：登记是各国自己的。俄罗斯的通知只在俄罗斯、只对其中写明的地址有效；哈萨克斯坦、白俄罗斯、亚美尼亚和吉尔吉斯斯坦按各自的规则登记停留，在那里的登记在俄罗斯没有任何意义。

# The FAQ, the "eaeu" claim: the fixed answer, second paragraph.
ru-faq-eaeu-treaty = 《欧亚经济联盟条约》（第97条）只免除成员国劳动者及其家属在就业国自入境之日起30天的登记；双边协定给其他公民各自的天数，每个国家各算各的。

# The FAQ, the "eaeu" claim, for this case. Variables: $date the due date, already written out; $n its working days. $audience: who uses the page (traveller, host, hotel, organization).
ru-faq-eaeu-notify = { $audience ->
        [traveller] 您的情况：在俄罗斯的抵达通知须在{ $date }前提交（{ $n }个俄罗斯工作日），无论在其他国家登记过什么。
       *[other] 此情况：在俄罗斯的抵达通知须在{ $date }前提交（{ $n }个俄罗斯工作日），无论在其他国家登记过什么。
    }

# The FAQ, the "eaeu" claim, for this case: an exempt citizen whose stay goes beyond the days the agreement allows. Variables: $date the due date, already written out; $n the agreement's days.
ru-faq-eaeu-window = 此情况的停留超过了与俄罗斯的协定允许免通知的{ $n }天，因此通知须在{ $date }前提交，从进入俄罗斯之日起算。

# The FAQ, the "eaeu" claim, for this case: no notification needed. Variables: $exempt why (another message, a whole sentence).
ru-faq-eaeu-exempt = 此情况在俄罗斯无需通知，依据的是俄罗斯自己的协定：{ $exempt }天数从进入俄罗斯之日起算；其他成员国各算各的。

# The FAQ, the "eaeu" claim, for this case: the stay. Variables: $date the last lawful day, already written out. $audience: who uses the page (traveller, host, hotel, organization).
ru-faq-eaeu-stay = { $audience ->
        [traveller] 停留天数俄罗斯也按自己的规则计算：您的情况，合法停留至{ $date }。
       *[other] 客人的停留天数俄罗斯也按自己的规则计算：此情况，合法停留至{ $date }。
    }
