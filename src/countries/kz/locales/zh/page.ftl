### Kazakhstan: the page's texts that name the country, its ID numbers or its fine unit.

# The browser tab's title.
kz-ui-doc-title = tirkeu — 在哈萨克斯坦停留的登记

# The page's heading and the line under it; the host/hotel/organisation variants speak of "the guest". $audience: who uses the page (traveller, host, hotel, organization).
kz-ui-title = { $audience ->
        [traveller] 您在哈萨克斯坦停留的登记
       *[other] 客人在哈萨克斯坦停留的登记
    }

# The page's heading and the line under it; the host/hotel/organisation variants speak of "the guest". $audience: who uses the page (traveller, host, hotel, organization).
kz-ui-lead = { $audience ->
        [traveller] 谁必须申报您的停留、截止日期、期限如何计算，以及法律依据。
       *[other] 谁必须申报客人的停留、截止日期、期限如何计算，以及法律依据。
    }

# An error message shown under the field it concerns.
kz-ui-err-citizen-of-destination = 哈萨克斯坦公民在哈萨克斯坦无需登记。

# An error message shown under the field it concerns.
kz-ui-err-host-id = 个人识别号（IIN）或企业识别号（BIN）为 12 位数字。

# Label of a personal detail for the form.
kz-ui-d-host-id = IIN / BIN（识别号）

# The fine unit, short, after a number ("10 MRP"): Kazakhstan's monthly calculation index.
kz-ui-fine-unit = MRP

# The fine unit, spelled out, before its value in a given year.
kz-ui-fine-unit-long = MRP（月核算指数）

# The link from the key dates to the FAQ (the FAQ's own texts are in faq.ftl, fetched after the first answer).
kz-faq-link = 72 小时？15,000 坚戈？博客上的说法——按此情况核实

# The list of moves to another address during the stay. (The destination's own words: the page asks for <code>-ui-moves-hint.)
kz-ui-moves-hint = 新地址需要重新申报。

# The pre-filled form section. (The destination's own words: the page asks for <code>-ui-form-h.)
kz-ui-form-h = 预填的申报表

# The list of earlier trips to the country (the destination's own words: the page asks for <code>-ui-trips-hint). $audience: who uses the page (traveller, host, hotel, organization).
kz-ui-trips-hint = { $audience ->
        [traveller] 免签天数按最近 180 天计算；请添加以前的停留。
       *[other] 免签天数按最近 180 天计算；请添加客人以前的停留。
    }
