### Russia: the claims of the guides to the "Russian registration card", and the page's answers (docs/research/ru.md §9).
### Each answer's paragraphs are said in the order of src/countries/ru/faq.rs, the case's ones only when they apply.
### Laws are Russian federal laws (109-FZ on migration registration, 115-FZ on the status of foreigners) unless another is named; sums are in roubles.

# A claim travellers read in guides, as a question; the answer below is computed for the case.
ru-faq-card-q = Is the Russian registration card valid from 3 months to 5 years?

# The FAQ, the "card" claim: the fixed answer, first paragraph.
ru-faq-card-registration = The guides mix up three different things. Migration registration is a notification of arrival at the place of stay: what the person keeps is the tear-off part of the form, stamped when it is filed (109-FZ Art. 22). It is valid for the declared stay at that one address, never longer than the lawful stay (the visa, the visa-free days), and a move needs a new notification.

# The FAQ, the "card" claim: the fixed answer, second paragraph.
ru-faq-card-permits = The long periods belong to permits, applied for separately: a temporary residence permit is for 3 years and is given within a quota; a residence permit is for 5 years (115-FZ Arts. 6, 8). The "card" that lasts 5 years is the residence permit, not registration.

# The FAQ, the "card" claim, for this case. Variables: $who who files it (another message, e.g. "Your host (the receiving party)"); $date the due date, already written out. $audience: who uses the page (traveller, host, hotel, organization).
ru-faq-card-notify = { $audience ->
        [traveller] In your case the notification of arrival is due by { $date }; it is filed by: { $who }. You get the tear-off part, valid for your declared stay at that address.
       *[other] In this case the notification of arrival is due by { $date }; it is filed by: { $who }. The guest gets the tear-off part, valid for the declared stay at that address.
    }

# The FAQ, the "card" claim, for this case: no notification needed. Variables: $exempt why (another message, a whole sentence).
ru-faq-card-exempt = In this case no notification of arrival is needed, so there is nothing to receive. { $exempt }

# The FAQ, the "card" claim, for this case: the stay ends before a notification would be due.
ru-faq-card-short = In this case no notification of arrival is needed: the stay ends before it would be due (109-FZ Art. 20).

# A claim travellers read in guides, as a question; the answer below is computed for the case.
ru-faq-paper-q = Does registration mean more paper and interviews?

# The FAQ, the "paper" claim: the fixed answer, first paragraph.
ru-faq-paper-form = Registration is one form, the notification of arrival, with copies of the passport, the migration card and the host's identity document; there is no interview and no state duty (109-FZ Art. 22). When the host files, the guest need not come along.

# The FAQ, the "paper" claim: the fixed answer, second paragraph.
ru-faq-paper-tests = Interviews and the test of Russian, history and law are for temporary residence permits, residence permits and work patents (115-FZ Art. 15.1), not for registration.

# The FAQ, the "paper" claim, for this case. Variables: $title what to do (another message); $date its due date, already written out; $who who files it (another message).
ru-faq-paper-case = In this case: { $title }, by { $date }; filed by: { $who }.

# The FAQ, the "paper" claim, for this case: no notification needed.
ru-faq-paper-none = In this case no notification of arrival is needed: no form at all.

# The FAQ, the "paper" claim, for this case: the migration card. Variables: $title what to do (another message). $audience: who uses the page (traveller, host, hotel, organization).
ru-faq-paper-card = { $audience ->
        [traveller] The only other paper is yours at the border: { $title }, filled in at entry and kept until you leave.
       *[other] The only other paper is the guest's at the border: { $title }, filled in at entry and kept until they leave.
    }

# A claim travellers read in guides, as a question; the answer below is computed for the case.
ru-faq-fees-q = Does registration bring higher fees?

# The FAQ, the "fees" claim, for this case: the notification's fee. Variables: $fee the fee, in words (another message, whole sentences).
ru-faq-fees-free = No: registration is free. { $fee }

# The FAQ, the "fees" claim, for this case: the fines in roubles. Variables: $penalty the penalty, in words (another message).
ru-faq-fees-fine = What costs money is filing late or not at all, in roubles: { $penalty }

# The FAQ, the "fees" claim, for this case: no notification, nothing to pay.
ru-faq-fees-none = No: in this case there is no notification of arrival to file, and nothing to pay for registration.

# The FAQ, the "fees" claim: the fixed answer, last paragraph.
ru-faq-fees-other = The costs the guides may mean are elsewhere: the unified electronic visa (a consular fee of about US$52 with charges) and, for visa-free arrivals who come to work, the fingerprinting, photo and medical examination within 30 days of entry, which are paid services.

# A claim travellers read in guides, as a question; the answer below is computed for the case.
ru-faq-eaeu-q = Is a Russian registration recognised across the Eurasian Economic Union?

# The FAQ, the "eaeu" claim: the fixed answer, first paragraph.
ru-faq-eaeu-national = No: registration is national. A Russian notification counts only in Russia, for the address it names; Kazakhstan, Belarus, Armenia and Kyrgyzstan register stays by their own rules, and a registration there means nothing in Russia.

# The FAQ, the "eaeu" claim: the fixed answer, second paragraph.
ru-faq-eaeu-treaty = The EAEU Treaty (Art. 97) only frees workers of member states and their families from registration for 30 days from entry, in the state where they work; the bilateral agreements give other citizens their own days, each state counting its own.

# The FAQ, the "eaeu" claim, for this case. Variables: $date the due date, already written out; $n its working days. $audience: who uses the page (traveller, host, hotel, organization).
ru-faq-eaeu-notify = { $audience ->
        [traveller] In your case the notification of arrival in Russia is due by { $date } ({ $n } Russian working days), whatever was registered in another country.
       *[other] In this case the notification of arrival in Russia is due by { $date } ({ $n } Russian working days), whatever was registered in another country.
    }

# The FAQ, the "eaeu" claim, for this case: an exempt citizen whose stay goes beyond the days the agreement allows. Variables: $date the due date, already written out; $n the agreement's days.
ru-faq-eaeu-window = In this case the stay goes beyond the { $n } days the agreement with Russia allows without a notification, so the notification is due by { $date }, counted from the entry into Russia.

# The FAQ, the "eaeu" claim, for this case: no notification needed. Variables: $exempt why (another message, a whole sentence).
ru-faq-eaeu-exempt = In this case no notification is needed in Russia, because of Russia's own agreement: { $exempt } The days are counted from the entry into Russia; another member state counts its own.

# The FAQ, the "eaeu" claim, for this case: the stay. Variables: $date the last lawful day, already written out. $audience: who uses the page (traveller, host, hotel, organization).
ru-faq-eaeu-stay = { $audience ->
        [traveller] Russia also counts your days of stay by its own rules: in your case the stay is lawful until { $date }.
       *[other] Russia also counts the guest's days of stay by its own rules: in this case the stay is lawful until { $date }.
    }
