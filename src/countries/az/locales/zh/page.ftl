### Azerbaijan: the page's texts that name the country.

# The browser tab's title.
az-ui-doc-title = tirkeu — 在阿塞拜疆停留的登记

# The page's heading and the line under it; the host/hotel/organisation variants speak of "the guest". $audience: who uses the page (traveller, host, hotel, organization).
az-ui-title = { $audience ->
        [traveller] 您在阿塞拜疆停留的登记
       *[other] 客人在阿塞拜疆停留的登记
    }

# The page's heading and the line under it; the host/hotel/organisation variants speak of "the guest". $audience: who uses the page (traveller, host, hotel, organization).
az-ui-lead = { $audience ->
        [traveller] 谁必须为您的停留办理登记、截止日期、期限如何计算，以及法律依据。
       *[other] 谁必须为客人的停留办理登记、截止日期、期限如何计算，以及法律依据。
    }

# An error message shown under the field it concerns.
az-ui-err-citizen-of-destination = 阿塞拜疆公民在阿塞拜疆无需办理停留登记。

# The link from the key dates to the FAQ (the FAQ's own texts are in faq.ftl, fetched after the first answer).
az-faq-link = “登记卡”？搬家后10天？攻略里的说法——按此情况核实

# The list of moves to another address during the stay. (The destination's own words: the page asks for <code>-ui-moves-hint.)
az-ui-moves-hint = 新地址须在5个工作日内重新登记，除非新住所与原住所属于同一房主。

# The pre-filled form section. (The destination's own words: the page asks for <code>-ui-form-h.)
az-ui-form-h = 预填的登记申请表

# The list of earlier trips to the country (the destination's own words: the page asks for <code>-ui-trips-hint). $audience: who uses the page (traveller, host, hotel, organization).
az-ui-trips-hint = { $audience ->
        [traveller] 俄罗斯公民（每个日历年90天）和中国公民（任意180天内90天）的以往停留会计入；请添加以前的停留。
       *[other] 俄罗斯公民（每个日历年90天）和中国公民（任意180天内90天）的以往停留会计入；请添加客人以前的停留。
    }
