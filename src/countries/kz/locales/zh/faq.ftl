### Kazakhstan: the claims travellers read about registration in Kazakhstan, and the page's answers.
### $audience: who uses the page (traveller, host, hotel, organization).

# A claim travellers read in blogs, as a question; the answer below is computed for the case. $audience: who uses the page (traveller, host, hotel, organization).
kz-faq-card-q = { $audience ->
        [traveller] 是否需要登记卡，或在 72 小时内登记？
       *[other] 客人是否需要登记卡，或在 72 小时内登记？
    }

# A claim travellers read in blogs, as a question; the answer below is computed for the case.
kz-faq-fee-q = 登记要花 15,000 坚戈吗？

# A claim travellers read in blogs, as a question; the answer below is computed for the case. $audience: who uses the page (traveller, host, hotel, organization).
kz-faq-who-q = { $audience ->
        [traveller] 由谁办理——我本人，还是房东或酒店？
       *[other] 由谁办理——客人本人，还是接待客人的我们？
    }

# A claim travellers read in blogs, as a question; the answer below is computed for the case. $audience: who uses the page (traveller, host, hotel, organization).
kz-faq-renew-q = { $audience ->
        [traveller] 必须在到期前 30 天续签吗？
       *[other] 客人必须在到期前 30 天续签吗？
    }

# A claim travellers read in blogs, as a question; the answer below is computed for the case. $audience: who uses the page (traveller, host, hotel, organization).
kz-faq-stay-q = { $audience ->
        [traveller] 我可以停留多久？
       *[other] 客人可以停留多久？
    }

# The FAQ: an answer to a claim, computed for this case.
kz-faq-no-card = 不需要随身携带任何登记卡，期限也不是 72 小时。

# The FAQ: an answer to a claim, computed for this case. Variables: $who who does it (another message); $date a date, already written out; $n a number; $days a number of calendar days.
kz-faq-notify = { $who }必须在 { $date } 之前通知移民机关：期限为 { $n } 个工作日，含抵达当天；在您的情况下共跨 { $days } 个日历日，而不是 72 小时。

# The FAQ: an answer to a claim, computed for this case. Variables: $who who does it (another message); $date a date, already written out.
kz-faq-register = 必须在 { $date } 之前登记；办理人：{ $who }。

# The FAQ: an answer to a claim, computed for this case. Variables: $title an obligation's title; $date a date, already written out; $result what the traveller gets. $audience: who uses the page (traveller, host, hotel, organization).
kz-faq-certificate = { $audience ->
        [traveller] 您本人的网上登记（{ $title }，截止 { $date }）同样不发卡片：{ $result }。
       *[other] 客人本人的网上登记（{ $title }，截止 { $date }）同样不发卡片：{ $result }。
    }

# The FAQ: an answer to a claim, computed for this case.
kz-faq-migration-card = 在该日期入境时，需在边境填写移民卡。

# The FAQ: an answer to a claim, computed for this case. Variables: $reason why nothing is needed.
kz-faq-nothing-to-do = 本次停留无人需要申报或登记：{ $reason }

# The FAQ: an answer to a claim, computed for this case. Variables: $date a date, already written out. $audience: who uses the page (traveller, host, hotel, organization).
kz-faq-trp = { $audience ->
        [traveller] 如需停留超过允许期限，必须在 { $date } 之前取得临时居留许可；这是与申报不同的程序。
       *[other] 如需停留超过允许期限，客人必须在 { $date } 之前取得临时居留许可；这是与申报不同的程序。
    }

# The FAQ: an answer to a claim, computed for this case. Variables: $fee the fee, in words.
kz-faq-free = 不是。{ $fee } 15,000 坚戈之类的金额并不是申报的国家规费；若有人收取，那是中介的价格或罚款。

# The FAQ: an answer to a claim, computed for this case. Variables: $fee the fee, in words.
kz-faq-fee-unknown = 费用：{ $fee }

# The FAQ: an answer to a claim, computed for this case. Variables: $penalty the penalty, in words.
kz-faq-fine = 逾期或未申报可能被处罚：{ $penalty }

# The FAQ: an answer to a claim, computed for this case. Variables: $who who does it (another message). $audience: who uses the page (traveller, host, hotel, organization).
kz-faq-who = { $audience ->
        [traveller] { $who }。您提供护照信息，由他们提交申报。
       *[other] { $who }。客人提供护照信息，由他们提交申报。
    }

# The FAQ: an answer to a claim, computed for this case. $audience: who uses the page (traveller, host, hotel, organization).
kz-faq-who-you = { $audience ->
        [traveller] 由您本人办理。
       *[other] 由客人本人办理。
    }

# The FAQ: an answer to a claim, computed for this case.
kz-faq-who-none = 无人：本次停留不需要申报或登记。

# The FAQ: an answer to a claim, computed for this case. Variables: $title an obligation's title; $date a date, already written out. $audience: who uses the page (traveller, host, hotel, organization).
kz-faq-you-also = { $audience ->
        [traveller] 您本人的义务：{ $title }，截止 { $date }。
       *[other] 客人本人的义务：{ $title }，截止 { $date }。
    }

# The FAQ: an answer to a claim, computed for this case. Variables: $date a date, already written out. $audience: who uses the page (traveller, host, hotel, organization).
kz-faq-renew-no = { $audience ->
        [traveller] 不必。您的情况下没有任何东西需要在到期前 30 天续办；这种说法针对的是居留许可。免签停留不能通过登记延长：请在 { $date } 之前离境。
       *[other] 不必。此情况下没有任何东西需要在到期前 30 天续办；这种说法针对的是居留许可。免签停留不能通过登记延长：客人必须在 { $date } 之前离境。
    }

# The FAQ: an answer to a claim, computed for this case. $audience: who uses the page (traveller, host, hotel, organization).
kz-faq-renew-visa = { $audience ->
        [traveller] 申报无需提前 30 天续办。持签证时，停留期限以签证有效期为准。
       *[other] 申报无需提前 30 天续办。持签证时，客人的停留期限以签证有效期为准。
    }

# The FAQ: an answer to a claim, computed for this case. Variables: $date a date, already written out.
kz-faq-stay-until = 至 { $date }（合法停留最后一天）。

# The FAQ: an answer to a claim, computed for this case. Variables: $n a number. $audience: who uses the page (traveller, host, hotel, organization).
kz-faq-overstay = { $audience ->
        [traveller] 您计划的出境日期晚了 { $n } 天。
       *[other] 客人计划的出境日期晚了 { $n } 天。
    }

# The FAQ: an answer to a claim, computed for this case.
kz-faq-nothing-to-pay = 无需付费：本次停留不需要申报或登记。

# The FAQ: an answer to a claim, computed for this case. Variables: $date a date, already written out; $n a number; $days a number of calendar days.
kz-faq-notify-self = 您必须在 { $date } 之前通知移民机关：期限为 { $n } 个工作日，含抵达当天；此处共跨 { $days } 个日历日，而不是 72 小时。

# The FAQ: an answer to a claim, computed for this case. Variables: $who who does it (another message).
kz-faq-who-self = { $who }：客人向您提供护照信息，由您提交申报。
