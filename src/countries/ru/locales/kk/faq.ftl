### Russia: the claims of the guides to the "Russian registration card", and the page's answers (docs/research/ru.md §9).
### Each answer's paragraphs are said in the order of src/countries/ru/faq.rs, the case's ones only when they apply.
### Laws are Russian federal laws (109-FZ on migration registration, 115-FZ on the status of foreigners) unless another is named; sums are in roubles.

# A claim travellers read in guides, as a question; the answer below is computed for the case.
ru-faq-card-q = Ресейдің «тіркеу картасы» 3 айдан 5 жылға дейін жарамды ма?

# The FAQ, the "card" claim: the fixed answer, first paragraph.
ru-faq-card-registration = Анықтамалықтар үш түрлі нәрсені шатастырады. Көші-қон есебі — болу орнына келгені туралы хабарлама: адамда хабарлама бланкісінің қабылданғаны туралы белгі қойылған жыртпа бөлігі қалады (109-ФЗ 22-бабы). Ол сол бір мекенжай бойынша мәлімделген болу мерзіміне жарамды, заңды болу мерзімінен (виза, визасыз күндер) ұзақ емес, ал көшкенде жаңа хабарлама қажет.

# The FAQ, the "card" claim: the fixed answer, second paragraph.
ru-faq-card-permits = Ұзақ мерзімдер — бөлек ресімделетін рұқсаттарда: уақытша тұруға рұқсат квота шегінде 3 жылға беріледі; тұруға ықтиярхат — 5 жылға (115-ФЗ 6, 8-баптары). 5 жылдық «карта» — тіркеу емес, тұруға ықтиярхат.

# The FAQ, the "card" claim, for this case. Variables: $who who files it (another message, e.g. "Your host (the receiving party)"); $date the due date, already written out. $audience: who uses the page (traveller, host, hotel, organization).
ru-faq-card-notify = { $audience ->
        [traveller] Сіздің жағдайыңызда келу туралы хабарлама { $date } дейін берілуі керек; береді: { $who }. Сіз сол мекенжай бойынша мәлімделген болу мерзіміне жарамды жыртпа бөлікті аласыз.
       *[other] Бұл жағдайда келу туралы хабарлама { $date } дейін берілуі керек; береді: { $who }. Қонақ сол мекенжай бойынша мәлімделген болу мерзіміне жарамды жыртпа бөлікті алады.
    }

# The FAQ, the "card" claim, for this case: no notification needed. Variables: $exempt why (another message, a whole sentence).
ru-faq-card-exempt = Бұл жағдайда келу туралы хабарлама қажет емес, сондықтан алатын ештеңе жоқ. { $exempt }

# The FAQ, the "card" claim, for this case: the stay ends before a notification would be due.
ru-faq-card-short = Бұл жағдайда келу туралы хабарлама қажет емес: болу оның мерзімі келгенге дейін аяқталады (109-ФЗ 20-бабы).

# A claim travellers read in guides, as a question; the answer below is computed for the case.
ru-faq-paper-q = Тіркеу — көбірек қағаз және сұхбат па?

# The FAQ, the "paper" claim: the fixed answer, first paragraph.
ru-faq-paper-form = Тіркеу — бір бланк, келу туралы хабарлама, және паспорттың, көші-қон картасының және қабылдаушы тарап құжатының көшірмелері; сұхбат та, мемлекеттік баж да жоқ (109-ФЗ 22-бабы). Қабылдаушы тарап берген кезде қонақтың келуі міндетті емес.

# The FAQ, the "paper" claim: the fixed answer, second paragraph.
ru-faq-paper-tests = Сұхбаттар мен орыс тілі, тарих және заңнама бойынша емтихан уақытша тұруға рұқсат, тұруға ықтиярхат және жұмысқа патент үшін (115-ФЗ 15.1-бабы), тіркеу үшін емес.

# The FAQ, the "paper" claim, for this case. Variables: $title what to do (another message); $date its due date, already written out; $who who files it (another message).
ru-faq-paper-case = Бұл жағдайда: { $title }, { $date } дейін; береді: { $who }.

# The FAQ, the "paper" claim, for this case: no notification needed.
ru-faq-paper-none = Бұл жағдайда келу туралы хабарлама қажет емес: ешқандай бланк жоқ.

# The FAQ, the "paper" claim, for this case: the migration card. Variables: $title what to do (another message). $audience: who uses the page (traveller, host, hotel, organization).
ru-faq-paper-card = { $audience ->
        [traveller] Басқа жалғыз қағаз — шекарадағы сіздікі: { $title }; оны кірген кезде толтырып, шыққанға дейін сақтайды.
       *[other] Басқа жалғыз қағаз — шекарадағы қонақтікі: { $title }; оны кірген кезде толтырып, шыққанға дейін сақтайды.
    }

# A claim travellers read in guides, as a question; the answer below is computed for the case.
ru-faq-fees-q = Тіркеу — жоғарырақ алымдар ма?

# The FAQ, the "fees" claim, for this case: the notification's fee. Variables: $fee the fee, in words (another message, whole sentences).
ru-faq-fees-free = Жоқ: тіркеу тегін. { $fee }

# The FAQ, the "fees" claim, for this case: the fines in roubles. Variables: $penalty the penalty, in words (another message).
ru-faq-fees-fine = Ақша кешігу немесе бермеу үшін төленеді, рубльмен: { $penalty }

# The FAQ, the "fees" claim, for this case: no notification, nothing to pay.
ru-faq-fees-none = Жоқ: бұл жағдайда келу туралы хабарлама берудің қажеті жоқ, тіркеу үшін төлейтін ештеңе жоқ.

# The FAQ, the "fees" claim: the fixed answer, last paragraph.
ru-faq-fees-other = Анықтамалықтар айтуы мүмкін шығындар басқа жерде: бірыңғай электрондық виза (комиссиясымен шамамен 52 АҚШ доллары консулдық алым) және визасыз жұмысқа келгендер үшін — кіргеннен кейін 30 күн ішінде саусақ ізін алу, суретке түсу және медициналық куәландыру, бұлар ақылы қызметтер.

# A claim travellers read in guides, as a question; the answer below is computed for the case.
ru-faq-eaeu-q = Ресейдегі тіркеу бүкіл Еуразиялық экономикалық одақта танылады ма?

# The FAQ, the "eaeu" claim: the fixed answer, first paragraph.
ru-faq-eaeu-national = Жоқ: тіркеу ұлттық. Ресейлік хабарлама тек Ресейде және тек онда көрсетілген мекенжай үшін жарамды; Қазақстан, Беларусь, Армения және Қырғызстан болуды өз ережелері бойынша тіркейді, ал ондағы тіркеудің Ресейде ешқандай мәні жоқ.

# The FAQ, the "eaeu" claim: the fixed answer, second paragraph.
ru-faq-eaeu-treaty = ЕАЭО туралы шарт (97-бап) тек мүше мемлекеттердің еңбеккерлері мен олардың отбасы мүшелерін жұмыс істейтін мемлекетте кірген күннен бастап 30 күнге тіркеуден босатады; екіжақты келісімдер басқа азаматтарға өз мерзімдерін береді, әр мемлекет өз күндерін санайды.

# The FAQ, the "eaeu" claim, for this case. Variables: $date the due date, already written out; $n its working days. $audience: who uses the page (traveller, host, hotel, organization).
ru-faq-eaeu-notify = { $audience ->
        [traveller] Сіздің жағдайыңызда Ресейге келу туралы хабарлама { $date } дейін берілуі керек ({ $n } ресейлік жұмыс күні), басқа елде не тіркелгеніне қарамастан.
       *[other] Бұл жағдайда Ресейге келу туралы хабарлама { $date } дейін берілуі керек ({ $n } ресейлік жұмыс күні), басқа елде не тіркелгеніне қарамастан.
    }

# The FAQ, the "eaeu" claim, for this case: an exempt citizen whose stay goes beyond the days the agreement allows. Variables: $date the due date, already written out; $n the agreement's days.
ru-faq-eaeu-window = Бұл жағдайда болу Ресеймен келісім хабарламасыз беретін { $n } күннен ұзаққа созылады, сондықтан хабарлама Ресейге кірген күннен санағанда { $date } дейін берілуі керек.

# The FAQ, the "eaeu" claim, for this case: no notification needed. Variables: $exempt why (another message, a whole sentence).
ru-faq-eaeu-exempt = Бұл жағдайда Ресейде хабарлама Ресейдің өз келісімі бойынша қажет емес: { $exempt } Күндер Ресейге кірген күннен саналады; басқа мүше мемлекет өз күндерін санайды.

# The FAQ, the "eaeu" claim, for this case: the stay. Variables: $date the last lawful day, already written out. $audience: who uses the page (traveller, host, hotel, organization).
ru-faq-eaeu-stay = { $audience ->
        [traveller] Болу күндерін де Ресей өз ережелері бойынша санайды: сіздің жағдайыңызда болу { $date } дейін заңды.
       *[other] Қонақтың болу күндерін де Ресей өз ережелері бойынша санайды: бұл жағдайда болу { $date } дейін заңды.
    }
