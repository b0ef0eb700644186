### Russia: the page's texts that name the country.

# The browser tab's title.
ru-ui-doc-title = tirkeu — registering a stay in Russia

# The page's heading and the line under it; the host/hotel/organisation variants speak of "the guest". $audience: who uses the page (traveller, host, hotel, organization).
ru-ui-title = { $audience ->
        [traveller] Registering your stay in Russia
       *[other] Registering a guest's stay in Russia
    }

# The page's heading and the line under it; the host/hotel/organisation variants speak of "the guest". $audience: who uses the page (traveller, host, hotel, organization).
ru-ui-lead = { $audience ->
        [traveller] Who must notify the authorities of your arrival, by which date, counted how, and on what legal basis.
       *[other] Who must notify the authorities of the guest's arrival, by which date, counted how, and on what legal basis.
    }

# An error message shown under the field it concerns.
ru-ui-err-citizen-of-destination = Citizens of Russia do not register their stay in Russia as foreigners.

# The link from the key dates to the FAQ (the FAQ's own texts are in faq.ftl, fetched after the first answer).
ru-faq-link = A "card" for 5 years? Valid across the EAEU? What the guides say, checked for this case

# The list of moves to another address during the stay. (The destination's own words: the page asks for <code>-ui-moves-hint.)
ru-ui-moves-hint = Each new address needs a new notification of arrival by its receiving party (7 working days; a hotel: the next working day).

# The pre-filled form section. (The destination's own words: the page asks for <code>-ui-form-h.)
ru-ui-form-h = Pre-filled notification of arrival

# The list of earlier trips to the country (the destination's own words: the page asks for <code>-ui-trips-hint). $audience: who uses the page (traveller, host, hotel, organization).
ru-ui-trips-hint = { $audience ->
        [traveller] Earlier trips count for visa-free stays (90 days in any 180 until 2024, 90 days in a calendar year from 2025); add your earlier stays.
       *[other] Earlier trips count for visa-free stays (90 days in any 180 until 2024, 90 days in a calendar year from 2025); add the guest's earlier stays.
    }
