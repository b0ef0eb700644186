### Azerbaijan: the claims of the guides to the "registration card" (Qeydiyyat kartı), and the page's answers (docs/research/az.md §5.2).
### Each answer's paragraphs are said in the order of src/countries/az/faq.rs, the case's ones only when they apply.
### Articles are of the Migration Code of Azerbaijan unless another code is named; sums are in manats.

# A claim travellers read in guides, as a question; the answer below is computed for the case. $audience: who uses the page (traveller, host, hotel, organization).
az-faq-card-q = { $audience ->
        [traveller] Is registration a card I need for a bank account, a SIM card or a lease?
       *[other] Is registration a card the guest needs for a bank account, a SIM card or a lease?
    }

# The FAQ, the "card" claim: the fixed answer, first paragraph.
az-faq-card-not-a-card = Registration at the place of stay is not a card. The State Migration Service enters the person in its information system as soon as it receives the application and tells the applicant within 1 working day; nothing is issued to carry (Art. 21.4).

# The FAQ, the "card" claim: the fixed answer, second paragraph.
az-faq-card-permits = The cards are those of the temporary and the permanent residence permit (Arts. 44.3, 52.3), which are applied for separately: registering a stay gives neither.

# The FAQ, the "card" claim: the fixed answer, third paragraph (a negative finding: say that no rule was found, not that none exists).
az-faq-card-bank = We found no rule that makes registration a condition for opening a bank account, getting a SIM card or renting a home, nor one that rules it out: ask the bank, the operator or the landlord what they need.

# The FAQ, the "card" claim, for this case. Variables: $date the due date, already written out; $who who files it (another message, e.g. "Your host (the receiving party)"). $audience: who uses the page (traveller, host, hotel, organization).
az-faq-card-register = { $audience ->
        [traveller] In your case the registration is due by { $date }; it is filed by: { $who }. You may also file it yourself, and it is free.
       *[other] In this case the registration is due by { $date }; it is filed by: { $who }. The guest may also file it themselves, and it is free.
    }

# The FAQ, the "card" claim, for this case: no registration needed. Variables: $exempt why (another message, a whole sentence).
az-faq-card-exempt = In this case no registration at the place of stay is needed. { $exempt }

# The FAQ, the "card" claim, for this case: the stay is too short to be registered.
az-faq-card-short = In this case no registration at the place of stay is needed: the stay is not long enough for it (Art. 21.1).

# A claim travellers read in guides, as a question; the answer below is computed for the case.
az-faq-permit-q = Is the temporary card usually for a year, and the permanent one for investors from US$100,000 or for spouses?

# The FAQ, the "permit" claim: the fixed answer, first paragraph.
az-faq-permit-trp = Only the first half holds: a temporary residence permit is given for up to 1 year and extended for up to 2 years at a time; investors of at least 500,000 manats get up to 3 years (Art. 49).

# The FAQ, the "permit" claim: the fixed answer, second paragraph.
az-faq-permit-prp = A permanent residence permit is not simply for investors or spouses: it can be asked for only after 2 years of continuous temporary residence, on one of the grounds of Art. 52.1 (among them a close relative who is a citizen of Azerbaijan, an investment of at least 500,000 manats, real estate or a deposit of at least 200,000 manats), and it is valid for 5 years (Art. 54.12).

# The FAQ, the "permit" claim: the fixed answer, third paragraph.
az-faq-permit-manats = The sums are in manats, not dollars: 100,000 manats is the temporary permit's threshold for real estate or a bank deposit (Art. 45.1).

# The FAQ, the "permit" claim, for this case: one of its permit deadlines (a first permit, its renewal, a permanent one), said once for each. Variables: $title what to do (another message, e.g. "Apply for a temporary residence permit"); $date the last day, already written out.
az-faq-permit-case = In this case: { $title }, by { $date }.

# A claim travellers read in guides, as a question; the answer below is computed for the case.
az-faq-time-q = Does it take 3–4 weeks?

# The FAQ, the "time" claim: the fixed answer, first paragraph.
az-faq-time-registration = Registration takes no weeks: the State Migration Service enters it as soon as it receives the application and tells the applicant within 1 working day (Art. 21.4).

# The FAQ, the "time" claim: the fixed answer, second paragraph.
az-faq-time-permits = A temporary residence permit is decided in 15 or 20 working days, by the state fee paid (Art. 47.5), and an extension of stay in 1 or 3 working days (Art. 42.5): only the permit comes near 3–4 weeks.

# The FAQ, the "time" claim, for this case. Variables: $date the registration's due date, already written out.
az-faq-time-case = In this case the registration is due by { $date }, and it is done when it is filed.

# A claim travellers read in guides, as a question; the answer below is computed for the case.
az-faq-biometrics-q = Did 2025 bring fingerprints and face scans?

# The FAQ, the "biometrics" claim: the fixed answer, first paragraph.
az-faq-biometrics-trp = Fingerprints are taken only from applicants for a temporary residence permit aged 15 and over (Art. 46.3), and that rule is not from 2025: it is in the Code's original text.

# The FAQ, the "biometrics" claim: the fixed answer, second paragraph.
az-faq-biometrics-registration = Registration at the place of stay takes no fingerprints and no photo (Art. 21.2). We found no change in 2025 and no rule on face scans.

# A claim travellers read in guides, as a question; the answer below is computed for the case.
az-faq-insurance-q = Is health insurance required?

# The FAQ, the "insurance" claim: the fixed answer, first paragraph.
az-faq-insurance-documents = Health insurance is not among the documents for registration (Art. 21.2) or for a temporary residence permit (Art. 46.1).

# The FAQ, the "insurance" claim: the fixed answer, second paragraph.
az-faq-insurance-certificate = What a temporary residence permit needs is a medical certificate that the applicant does not carry the infectious diseases on the government's list (Art. 46.1.5): a certificate, not an insurance policy.

# A claim travellers read in guides, as a question; the answer below is computed for the case.
az-faq-move-q = After a move, must the address be updated within 10 days?

# The FAQ, the "move" claim: the fixed answer, first paragraph.
az-faq-move-rule = Within 5 working days of arriving at the new address, not 10 days (Art. 21.9, since 24 July 2019). No new registration is needed when the new home belongs to the same owner as the one where the stay is registered.

# The FAQ, the "move" claim: the fixed answer, second paragraph.
az-faq-move-ten = The 10 working days belong to other rules, for holders of a residence permit: a change of passport data or a lost card is reported within 10 working days (Art. 44.5), and a holder whose host withdraws the home must show another one within 10 working days (Art. 50.1.7-1).

# The FAQ, the "move" claim, for this case (the scenario has a move). Variables: $date the due date, already written out; $who who files it (another message).
az-faq-move-case = In this case the new address must be registered by { $date }; it is filed by: { $who }.

# The FAQ, the "move" claim, for this case: no new registration needed. Variables: $exempt why (another message, a whole sentence).
az-faq-move-exempt = In this case the move needs no new registration. { $exempt }

# A claim travellers read in guides, as a question; the answer below is computed for the case.
az-faq-translation-q = Does every document need a certified translation?

# The FAQ, the "translation" claim: the fixed answer, first paragraph.
az-faq-translation-registration = Registration takes the application form and a copy of the passport with the visa page and the last entry stamp (Art. 21.2); no translation is asked for.

# The FAQ, the "translation" claim: the fixed answer, second paragraph.
az-faq-translation-permit = For a temporary residence permit, the document proving its ground and a family member's consent must be notarised (Art. 46.1.4, 46.1.4-1). We found no general rule on translating foreign documents: ask the State Migration Service which of yours need one.

# A claim travellers read in guides, as a question; the answer below is computed for the case.
az-faq-receipt-q = Is the fee receipt a proof of lawful stay?

# The FAQ, the "receipt" claim: the fixed answer, first paragraph.
az-faq-receipt-payment = The state-fee receipt is handed in when the permit card or the extension decision is issued (Arts. 41.2, 46.2): it proves that the fee was paid, nothing more.

# The FAQ, the "receipt" claim: the fixed answer, second paragraph.
az-faq-receipt-right = The right to stay comes from the visa or a visa-free entry within its limit, from the decision extending the stay (Art. 39.2) or from the permit card (Art. 44.4). A permit or extension application accepted before the stay ends lets the person remain while it is decided (Art. 20.2).

# The FAQ, the "receipt" claim, for this case. Variables: $date the last lawful day, already written out. $audience: who uses the page (traveller, host, hotel, organization).
az-faq-receipt-case = { $audience ->
        [traveller] In your case the stay is lawful until { $date }.
       *[other] In this case the guest's stay is lawful until { $date }.
    }
