### Azerbaijan: the claims of the guides to the "registration card" (Qeydiyyat kartı), and the page's answers (docs/research/az.md §5.2).
### Each answer's paragraphs are said in the order of src/countries/az/faq.rs, the case's ones only when they apply.
### Articles are of the Migration Code of Azerbaijan unless another code is named; sums are in manats.

# A claim travellers read in guides, as a question; the answer below is computed for the case. $audience: who uses the page (traveller, host, hotel, organization).
az-faq-card-q = { $audience ->
        [traveller] Тіркеу — банкте шот ашу, SIM-карта алу не тұрғын үй жалдау үшін маған қажет карточка ма?
       *[other] Тіркеу — банкте шот ашу, SIM-карта алу не тұрғын үй жалдау үшін қонаққа қажет карточка ма?
    }

# The FAQ, the "card" claim: the fixed answer, first paragraph.
az-faq-card-not-a-card = Болу орны бойынша тіркеу — карточка емес. Мемлекеттік көші-қон қызметі өтінішті алған бойда адамды өз ақпараттық жүйесіне енгізеді де, өтініш берушіге 1 жұмыс күні ішінде хабарлайды; қолға ештеңе берілмейді (21.4-бап).

# The FAQ, the "card" claim: the fixed answer, second paragraph.
az-faq-card-permits = Карталар — уақытша және тұрақты тұруға рұқсаттың карталары (44.3, 52.3-баптар); оларды бөлек алады, ал болуды тіркеу олардың ешқайсысын бермейді.

# The FAQ, the "card" claim: the fixed answer, third paragraph (a negative finding: say that no rule was found, not that none exists).
az-faq-card-bank = Банк шотын ашу, SIM-карта алу немесе тұрғын үй жалдау үшін тіркеуді шарт ететін ереже таппадық, оны жоққа шығаратын ереже де таппадық: не қажет екенін банктен, оператордан немесе үй иесінен сұраңыз.

# The FAQ, the "card" claim, for this case. Variables: $date the due date, already written out; $who who files it (another message, e.g. "Your host (the receiving party)"). $audience: who uses the page (traveller, host, hotel, organization).
az-faq-card-register = { $audience ->
        [traveller] Сіздің жағдайыңызда тіркеу мерзімі — { $date }; өтінішті беретін: { $who }. Оны өзіңіз де бере аласыз; бұл тегін.
       *[other] Бұл жағдайда тіркеу мерзімі — { $date }; өтінішті беретін: { $who }. Қонақ оны өзі де бере алады; бұл тегін.
    }

# The FAQ, the "card" claim, for this case: no registration needed. Variables: $exempt why (another message, a whole sentence).
az-faq-card-exempt = Бұл жағдайда болу орны бойынша тіркеу қажет емес. { $exempt }

# The FAQ, the "card" claim, for this case: the stay is too short to be registered.
az-faq-card-short = Бұл жағдайда болу орны бойынша тіркеу қажет емес: болу мерзімі оған жететіндей ұзақ емес (21.1-бап).

# A claim travellers read in guides, as a question; the answer below is computed for the case.
az-faq-permit-q = Уақытша карта әдетте бір жылға беріле ме, ал тұрақтысы 100 000 доллардан бастап инвесторларға немесе жұбайларға ма?

# The FAQ, the "permit" claim: the fixed answer, first paragraph.
az-faq-permit-trp = Тек алғашқы жартысы дұрыс: уақытша тұруға рұқсат 1 жылға дейін беріледі және әр жолы 2 жылға дейін ұзартылады; кемінде 500 000 манат салған инвесторларға — 3 жылға дейін (49-бап).

# The FAQ, the "permit" claim: the fixed answer, second paragraph.
az-faq-permit-prp = Тұрақты тұруға рұқсат жай ғана инвесторларға немесе жұбайларға берілмейді: оны 2 жыл үздіксіз уақытша тұрғаннан кейін ғана, 52.1-баптағы негіздердің бірі бойынша сұрауға болады (олардың ішінде Әзербайжан азаматы болып табылатын жақын туыс, кемінде 500 000 манат инвестиция, кемінде 200 000 манат жылжымайтын мүлік немесе салым бар); ол 5 жыл жарамды (54.12-бап).

# The FAQ, the "permit" claim: the fixed answer, third paragraph.
az-faq-permit-manats = Сомалар долларда емес, манатта: 100 000 манат — уақытша рұқсат үшін жылжымайтын мүлікке немесе банк салымына қойылатын шек (45.1-бап).

# The FAQ, the "permit" claim, for this case: one of its permit deadlines (a first permit, its renewal, a permanent one), said once for each. Variables: $title what to do (another message, e.g. "Apply for a temporary residence permit"); $date the last day, already written out.
az-faq-permit-case = Бұл жағдайда: { $title }. Мерзімі — { $date }.

# A claim travellers read in guides, as a question; the answer below is computed for the case.
az-faq-time-q = Бұл 3–4 аптаға созыла ма?

# The FAQ, the "time" claim: the fixed answer, first paragraph.
az-faq-time-registration = Тіркеу апталарға созылмайды: Мемлекеттік көші-қон қызметі өтінішті алған бойда тіркейді де, өтініш берушіге 1 жұмыс күні ішінде хабарлайды (21.4-бап).

# The FAQ, the "time" claim: the fixed answer, second paragraph.
az-faq-time-permits = Уақытша тұруға рұқсат төленген мемлекеттік бажға қарай 15 немесе 20 жұмыс күнінде (47.5-бап), болу мерзімін ұзарту 1 немесе 3 жұмыс күнінде (42.5-бап) шешіледі: 3–4 аптаға тек рұқсат қана жақындайды.

# The FAQ, the "time" claim, for this case. Variables: $date the registration's due date, already written out.
az-faq-time-case = Бұл жағдайда тіркеу мерзімі — { $date }; тіркеу өтініш берілген сәттен күшіне енеді.

# A claim travellers read in guides, as a question; the answer below is computed for the case.
az-faq-biometrics-q = 2025 жылдан бастап саусақ іздері алынып, бет сканерлене ме?

# The FAQ, the "biometrics" claim: the fixed answer, first paragraph.
az-faq-biometrics-trp = Саусақ іздері тек 15 жастан асқан, уақытша тұруға рұқсат сұраған өтініш берушілерден алынады (46.3-бап), әрі бұл ереже 2025 жылғы емес: ол кодекстің бастапқы мәтінінде бар.

# The FAQ, the "biometrics" claim: the fixed answer, second paragraph.
az-faq-biometrics-registration = Болу орны бойынша тіркеу кезінде саусақ ізі де, фотосурет те алынбайды (21.2-бап). 2025 жылғы өзгерісті де, бетті сканерлеу туралы ережені де таппадық.

# A claim travellers read in guides, as a question; the answer below is computed for the case.
az-faq-insurance-q = Медициналық сақтандыру міндетті ме?

# The FAQ, the "insurance" claim: the fixed answer, first paragraph.
az-faq-insurance-documents = Медициналық сақтандыру тіркеуге де (21.2-бап), уақытша тұруға рұқсатқа да (46.1-бап) қажетті құжаттардың қатарында жоқ.

# The FAQ, the "insurance" claim: the fixed answer, second paragraph.
az-faq-insurance-certificate = Уақытша тұруға рұқсат үшін өтініш берушінің үкімет тізіміндегі жұқпалы аурулармен ауырмайтыны туралы медициналық анықтама керек (46.1.5-бап): сақтандыру полисі емес, анықтама.

# A claim travellers read in guides, as a question; the answer below is computed for the case.
az-faq-move-q = Көшкеннен кейін мекенжайды 10 күн ішінде жаңарту керек пе?

# The FAQ, the "move" claim: the fixed answer, first paragraph.
az-faq-move-rule = 10 күн емес, жаңа мекенжайға келген күннен бастап 5 жұмыс күні ішінде (21.9-бап, 2019 жылғы 24 шілдеден бастап). Жаңа тұрғын үй тіркеу жасалған тұрғын үйдің меншік иесіне тиесілі болса, жаңа тіркеу қажет емес.

# The FAQ, the "move" claim: the fixed answer, second paragraph.
az-faq-move-ten = 10 жұмыс күні — тұруға рұқсаты барларға арналған басқа ережелерден: төлқұжат деректерінің өзгергені немесе картаның жоғалғаны туралы 10 жұмыс күні ішінде хабарланады (44.5-бап), ал үй иесі тұрғын үйін қайтарып алған рұқсат иесі 10 жұмыс күні ішінде басқа тұрғын үйді көрсетуге тиіс (50.1.7-1-бап).

# The FAQ, the "move" claim, for this case (the scenario has a move). Variables: $date the due date, already written out; $who who files it (another message).
az-faq-move-case = Бұл жағдайда жаңа мекенжайды тіркеу мерзімі — { $date }; өтінішті беретін: { $who }.

# The FAQ, the "move" claim, for this case: no new registration needed. Variables: $exempt why (another message, a whole sentence).
az-faq-move-exempt = Бұл жағдайда көшкеннен кейін жаңа тіркеу қажет емес. { $exempt }

# A claim travellers read in guides, as a question; the answer below is computed for the case.
az-faq-translation-q = Әр құжатқа куәландырылған аударма керек пе?

# The FAQ, the "translation" claim: the fixed answer, first paragraph.
az-faq-translation-registration = Тіркеуге өтініш-сауалнама мен визасы бар беті және соңғы кіру белгісі бар паспорт көшірмесі керек (21.2-бап); аударма талап етілмейді.

# The FAQ, the "translation" claim: the fixed answer, second paragraph.
az-faq-translation-permit = Уақытша тұруға рұқсат үшін негізді растайтын құжат пен отбасы мүшесінің келісімі нотариат куәландырған болуы керек (46.1.4, 46.1.4-1-баптар). Шетел құжаттарын аудару туралы жалпы ереже таппадық: қай құжатыңызға аударма керек екенін Мемлекеттік көші-қон қызметінен сұраңыз.

# A claim travellers read in guides, as a question; the answer below is computed for the case.
az-faq-receipt-q = Төлем түбіртегі заңды болуды дәлелдей ме?

# The FAQ, the "receipt" claim: the fixed answer, first paragraph.
az-faq-receipt-payment = Мемлекеттік баж төленгені туралы түбіртек рұқсат картасы немесе ұзарту туралы шешім берілген кезде тапсырылады (41.2, 46.2-баптар): ол тек баждың төленгенін растайды.

# The FAQ, the "receipt" claim: the fixed answer, second paragraph.
az-faq-receipt-right = Болу құқығын виза немесе мерзімі шегіндегі визасыз кіру, болу мерзімін ұзарту туралы шешім (39.2-бап) не рұқсат картасы (44.4-бап) береді. Болу мерзімі біткенге дейін қабылданған рұқсат немесе ұзарту туралы өтініш оны қарап жатқанда елде қалуға мүмкіндік береді (20.2-бап).

# The FAQ, the "receipt" claim, for this case. Variables: $date the last lawful day, already written out. $audience: who uses the page (traveller, host, hotel, organization).
az-faq-receipt-case = { $audience ->
        [traveller] Сіздің жағдайыңызда болу { $date } дейін заңды.
       *[other] Бұл жағдайда қонақтың болуы { $date } дейін заңды.
    }
