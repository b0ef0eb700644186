### Kazakhstan: the page's texts that name the country, its ID numbers or its fine unit.

# The browser tab's title.
kz-ui-doc-title = tirkeu — registering a stay in Kazakhstan

# The page's heading and the line under it; the host/hotel/organisation variants speak of "the guest". $audience: who uses the page (traveller, host, hotel, organization).
kz-ui-title = { $audience ->
        [traveller] Registering your stay in Kazakhstan
       *[other] Registering a guest's stay in Kazakhstan
    }

# The page's heading and the line under it; the host/hotel/organisation variants speak of "the guest". $audience: who uses the page (traveller, host, hotel, organization).
kz-ui-lead = { $audience ->
        [traveller] Who must report your stay, by which date, counted how, and on what legal basis.
       *[other] Who must report the guest's stay, by which date, counted how, and on what legal basis.
    }

# An error message shown under the field it concerns.
kz-ui-err-citizen-of-destination = Citizens of Kazakhstan do not register in Kazakhstan.

# An error message shown under the field it concerns.
kz-ui-err-host-id = An IIN or BIN has 12 digits.

# Label of a personal detail for the form.
kz-ui-d-host-id = IIN / BIN

# The fine unit, short, after a number ("10 MRP"): Kazakhstan's monthly calculation index.
kz-ui-fine-unit = MRP

# The fine unit, spelled out, before its value in a given year.
kz-ui-fine-unit-long = MRP (monthly calculation index)

# The link from the key dates to the FAQ (the FAQ's own texts are in faq.ftl, fetched after the first answer).
kz-faq-link = 72 hours? 15,000 tenge? What blogs say, checked for this case

# The list of moves to another address during the stay. (The destination's own words: the page asks for <code>-ui-moves-hint.)
kz-ui-moves-hint = A new address starts a new notification.

# The pre-filled form section. (The destination's own words: the page asks for <code>-ui-form-h.)
kz-ui-form-h = Pre-filled notification form

# The list of earlier trips to the country (the destination's own words: the page asks for <code>-ui-trips-hint). $audience: who uses the page (traveller, host, hotel, organization).
kz-ui-trips-hint = { $audience ->
        [traveller] Visa-free days are counted over the last 180 days; add your earlier stays.
       *[other] Visa-free days are counted over the last 180 days; add the guest's earlier stays.
    }
