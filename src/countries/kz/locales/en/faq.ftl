### Kazakhstan: the claims travellers read about registration in Kazakhstan, and the page's answers.
### $audience: who uses the page (traveller, host, hotel, organization).

# A claim travellers read in blogs, as a question; the answer below is computed for the case. $audience: who uses the page (traveller, host, hotel, organization).
kz-faq-card-q = { $audience ->
        [traveller] Do I need a registration card, or to register within 72 hours?
       *[other] Does the guest need a registration card, or to register within 72 hours?
    }

# A claim travellers read in blogs, as a question; the answer below is computed for the case.
kz-faq-fee-q = Does registration cost 15,000 tenge?

# A claim travellers read in blogs, as a question; the answer below is computed for the case. $audience: who uses the page (traveller, host, hotel, organization).
kz-faq-who-q = { $audience ->
        [traveller] Who does it — me or my host or hotel?
       *[other] Who does it — the guest, or we who receive them?
    }

# A claim travellers read in blogs, as a question; the answer below is computed for the case. $audience: who uses the page (traveller, host, hotel, organization).
kz-faq-renew-q = { $audience ->
        [traveller] Must I renew 30 days before it expires?
       *[other] Must the guest renew 30 days before it expires?
    }

# A claim travellers read in blogs, as a question; the answer below is computed for the case. $audience: who uses the page (traveller, host, hotel, organization).
kz-faq-stay-q = { $audience ->
        [traveller] How long may I stay?
       *[other] How long may the guest stay?
    }

# The FAQ: an answer to a claim, computed for this case.
kz-faq-no-card = There is no registration card to carry, and the deadline is not 72 hours.

# The FAQ: an answer to a claim, computed for this case. Variables: $who who does it (another message); $date a date, already written out; $n a number; $days a number of calendar days.
kz-faq-notify = { $who } must notify the migration authority by { $date }: { $n } working days, the day of arrival included, which here span { $days } calendar days — not 72 hours.

# The FAQ: an answer to a claim, computed for this case. Variables: $who who does it (another message); $date a date, already written out.
kz-faq-register = { $who } must register by { $date }.

# The FAQ: an answer to a claim, computed for this case. Variables: $title an obligation's title; $date a date, already written out; $result what the traveller gets. $audience: who uses the page (traveller, host, hotel, organization).
kz-faq-certificate = { $audience ->
        [traveller] Your own online registration ({ $title }, by { $date }) gives no card either: { $result }.
       *[other] The guest's own online registration ({ $title }, by { $date }) gives no card either: { $result }.
    }

# The FAQ: an answer to a claim, computed for this case.
kz-faq-migration-card = A migration card was filled in at the border for entries on that date.

# The FAQ: an answer to a claim, computed for this case. Variables: $reason why nothing is needed.
kz-faq-nothing-to-do = For this stay nobody has to notify or register: { $reason }

# The FAQ: an answer to a claim, computed for this case. Variables: $date a date, already written out. $audience: who uses the page (traveller, host, hotel, organization).
kz-faq-trp = { $audience ->
        [traveller] For a stay beyond the allowed period, you need a temporary residence permit before { $date }; that is a different procedure from the notification.
       *[other] For a stay beyond the allowed period, the guest needs a temporary residence permit before { $date }; that is a different procedure from the notification.
    }

# The FAQ: an answer to a claim, computed for this case. Variables: $fee the fee, in words.
kz-faq-free = No. { $fee } A sum like 15,000 tenge is not a state fee for it; if one is asked, it is an agency's price or a fine.

# The FAQ: an answer to a claim, computed for this case. Variables: $fee the fee, in words.
kz-faq-fee-unknown = The fee is: { $fee }

# The FAQ: an answer to a claim, computed for this case. Variables: $penalty the penalty, in words.
kz-faq-fine = A late or missing notification can be fined: { $penalty }

# The FAQ: an answer to a claim, computed for this case. Variables: $who who does it (another message). $audience: who uses the page (traveller, host, hotel, organization).
kz-faq-who = { $audience ->
        [traveller] { $who }. You give them your passport details; they file the notification.
       *[other] { $who }. The guest gives them their passport details; they file the notification.
    }

# The FAQ: an answer to a claim, computed for this case. $audience: who uses the page (traveller, host, hotel, organization).
kz-faq-who-you = { $audience ->
        [traveller] You do it yourself.
       *[other] The guest does it themselves.
    }

# The FAQ: an answer to a claim, computed for this case.
kz-faq-who-none = Nobody: no notification or registration is needed for this stay.

# The FAQ: an answer to a claim, computed for this case. Variables: $title an obligation's title; $date a date, already written out. $audience: who uses the page (traveller, host, hotel, organization).
kz-faq-you-also = { $audience ->
        [traveller] Your own duty: { $title }, by { $date }.
       *[other] The guest's own duty: { $title }, by { $date }.
    }

# The FAQ: an answer to a claim, computed for this case. Variables: $date a date, already written out. $audience: who uses the page (traveller, host, hotel, organization).
kz-faq-renew-no = { $audience ->
        [traveller] No. Nothing in your case has to be renewed 30 days before it ends; that advice is about residence permits. A visa-free stay cannot be prolonged by registering: leave by { $date }.
       *[other] No. Nothing in this case has to be renewed 30 days before it ends; that advice is about residence permits. A visa-free stay cannot be prolonged by registering: the guest must leave by { $date }.
    }

# The FAQ: an answer to a claim, computed for this case. $audience: who uses the page (traveller, host, hotel, organization).
kz-faq-renew-visa = { $audience ->
        [traveller] No renewal 30 days in advance is required for the notification. With a visa, your stay is bounded by the visa's validity.
       *[other] No renewal 30 days in advance is required for the notification. With a visa, the guest's stay is bounded by the visa's validity.
    }

# The FAQ: an answer to a claim, computed for this case. Variables: $date a date, already written out.
kz-faq-stay-until = Until { $date } (last lawful day).

# The FAQ: an answer to a claim, computed for this case. Variables: $n a number. $audience: who uses the page (traveller, host, hotel, organization).
kz-faq-overstay = { $audience ->
        [traveller] { $n ->
            [one] Your planned exit is { $n } day too late.
           *[other] Your planned exit is { $n } days too late.
        }
       *[other] { $n ->
            [one] The planned exit is { $n } day too late.
           *[other] The planned exit is { $n } days too late.
        }
    }

# The FAQ: an answer to a claim, computed for this case.
kz-faq-nothing-to-pay = Nothing to pay: no notification or registration is needed for this stay.

# The FAQ: an answer to a claim, computed for this case. Variables: $date a date, already written out; $n a number; $days a number of calendar days.
kz-faq-notify-self = You must notify the migration authority by { $date }: { $n } working days, the day of arrival included, which here span { $days } calendar days — not 72 hours.

# The FAQ: an answer to a claim, computed for this case. Variables: $who who does it (another message).
kz-faq-who-self = { $who }: the guest gives you their passport details, and you file the notification.
