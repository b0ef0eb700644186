### Azerbaijan: the page's texts that name the country.

# The browser tab's title.
az-ui-doc-title = tirkeu — registering a stay in Azerbaijan

# The page's heading and the line under it; the host/hotel/organisation variants speak of "the guest". $audience: who uses the page (traveller, host, hotel, organization).
az-ui-title = { $audience ->
        [traveller] Registering your stay in Azerbaijan
       *[other] Registering a guest's stay in Azerbaijan
    }

# The page's heading and the line under it; the host/hotel/organisation variants speak of "the guest". $audience: who uses the page (traveller, host, hotel, organization).
az-ui-lead = { $audience ->
        [traveller] Who must register your stay, by which date, counted how, and on what legal basis.
       *[other] Who must register the guest's stay, by which date, counted how, and on what legal basis.
    }

# An error message shown under the field it concerns.
az-ui-err-citizen-of-destination = Citizens of Azerbaijan do not register their stay in Azerbaijan.

# The link from the key dates to the FAQ (the FAQ's own texts are in faq.ftl, fetched after the first answer).
az-faq-link = A "registration card"? 10 days after a move? What the guides say, checked for this case

# The list of moves to another address during the stay. (The destination's own words: the page asks for <code>-ui-moves-hint.)
az-ui-moves-hint = A new address is registered again within 5 working days, unless it belongs to the same owner.

# The pre-filled form section. (The destination's own words: the page asks for <code>-ui-form-h.)
az-ui-form-h = Pre-filled registration application

# The list of earlier trips to the country (the destination's own words: the page asks for <code>-ui-trips-hint). $audience: who uses the page (traveller, host, hotel, organization).
az-ui-trips-hint = { $audience ->
        [traveller] Earlier trips count for citizens of Russia (90 days in a calendar year) and of China (90 days in any 180); add your earlier stays.
       *[other] Earlier trips count for citizens of Russia (90 days in a calendar year) and of China (90 days in any 180); add the guest's earlier stays.
    }
