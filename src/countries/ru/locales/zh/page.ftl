### Russia: the page's texts that name the country.

# The browser tab's title.
ru-ui-doc-title = tirkeu — 在俄罗斯停留的登记

# The page's heading and the line under it; the host/hotel/organisation variants speak of "the guest". $audience: who uses the page (traveller, host, hotel, organization).
ru-ui-title = { $audience ->
        [traveller] 您在俄罗斯停留的登记
       *[other] 客人在俄罗斯停留的登记
    }

# The page's heading and the line under it; the host/hotel/organisation variants speak of "the guest". $audience: who uses the page (traveller, host, hotel, organization).
ru-ui-lead = { $audience ->
        [traveller] 谁必须为您的抵达提交通知、在哪天之前、如何计算、依据什么法律。
       *[other] 谁必须为客人的抵达提交通知、在哪天之前、如何计算、依据什么法律。
    }

# An error message shown under the field it concerns.
ru-ui-err-citizen-of-destination = 俄罗斯公民在俄罗斯不作为外国人进行移民登记。

# The link from the key dates to the FAQ (the FAQ's own texts are in faq.ftl, fetched after the first answer).
ru-faq-link = 有效5年的“卡”？在整个欧亚经济联盟通用？指南的说法，按此情况核对

# The list of moves to another address during the stay. (The destination's own words: the page asks for <code>-ui-moves-hint.)
ru-ui-moves-hint = 每个新地址都需要由该地址的接待方重新提交抵达通知（7个工作日；酒店：下一个工作日）。

# The pre-filled form section. (The destination's own words: the page asks for <code>-ui-form-h.)
ru-ui-form-h = 预填的抵达通知

# The list of earlier trips to the country (the destination's own words: the page asks for <code>-ui-trips-hint). $audience: who uses the page (traveller, host, hotel, organization).
ru-ui-trips-hint = { $audience ->
        [traveller] 免签停留要计入以前的行程（2024年前任意180天内90天，2025年起每个日历年90天）；请添加您以前的停留。
       *[other] 免签停留要计入以前的行程（2024年前任意180天内90天，2025年起每个日历年90天）；请添加客人以前的停留。
    }
