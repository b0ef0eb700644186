### Kazakhstan's rule data: obligations, channels, documents, penalties, exemptions,
### allowances and notes. IDs come from the rule's id and field. Source titles are citations and
### stay in their own language (not here).

# Stay note when no visa-free regime is known for the citizenship; follows "Citizens of X:".
kz-no-allowance = tirkeu деректерінде осы азаматтық үшін осы күні қолданылатын визасыз режим жоқ. Бұл виза міндетті дегенді білдірмейді: tirkeu тізімдері толық емес (2025 жылғы 25 тамыздағы қаулыда 30 күндік визасыз режимі бар 66 мемлекет аталған, tirkeu олардың 56-сын анықтады; ол білмейтін келісімдер қолданылуы мүмкін). Сапар алдында Қазақстанның консулдығынан немесе электрондық виза порталынан тексеріңіз; визаңыз болса, оның түрін таңдаңыз.

# Stay note for a person holding a visa.
kz-visa-bounds-stay = Виза болған жағдайда болу мерзімі визаның қолданылу мерзімімен және күн санымен шектеледі, ал сценарийде олар сипатталмаған: визаның өзін тексеріңіз. Әр келуге 30 күн және 180 күн ішінде 90 күн деген визасыз шектеулер виза немесе рұқсат иелеріне қолданылмайды.

# The disclaimer under every answer.
kz-disclaimer = tirkeu ақпарат береді; бұл заң кеңесі емес. Ережелер көрсетілген күні келтірілген дереккөздермен салыстырылып тексерілді; дереккөз әлсіз болған жерде бұл оның жанында айтылған. Соңғы шешім көші-қон полициясында.

# The fine unit's short name, in penalty lines after the number of units.
kz-fine-unit = АЕК

# Who must act, on an obligation card, when the party is the host.
kz-receiving-party-host = Қабылдаушы тарап: тұру орнын беретін Қазақстан азаматы немесе Қазақстанда тұрақты тұратын шетелдік (меншік иесі немесе жалға алушы).

# Who must act, on an obligation card, when the party is the hotel.
kz-receiving-party-hotel = Қонақүй, хостел, гестхаус немесе басқа орналастыру орны; ол көші-қон жүйесіне өз қолжетімділігі арқылы береді — растауды қабылдау бөлімінен (ресепшн) сұраңыз.

# Who must act, on an obligation card, when the party is the organization.
kz-receiving-party-organization = Шетелдікті шақырған немесе тұру орнын беретін ұйым (Қазақстанда тіркелген заңды тұлға, БСН бойынша).

# Who must act, on an obligation card, when the party is the foreigner.
kz-receiving-party-foreigner = Шетелдіктің өзі.

# Title of the obligation card (rule kz-host-notification-2015).
kz-host-notification-title = Көші-қон органына келу туралы хабарлау

# What the obligation is, under its title (rule kz-host-notification-2015).
kz-host-notification-2015-what = 2020 жылғы 11 қаңтарға дейін қабылдаушы тарап шетелдіктің келгені туралы ішкі істер органдарына 3 жұмыс күні ішінде хабарлайтын — бұл 5 күнтізбелік күннен артық болуды тіркеуге қосымша міндет болатын (Келу және болу қағидалары, № 148 қаулы, 9-тармақ). Бұл міндеттің нақты қашаннан бастап қолданылғаны анықталмаған (ең кешінде 2016 жылғы ІІМ-нің № 83 бұйрығынан бастап); tirkeu оны өз деректері басталатын 2015 жылдан бастап көрсетеді. Тек келу ғана қамтылған: 2020 жылға дейін көшкен кезде жаңа хабарлама қажет болған-болмағаны анықталмаған.

# How the deadline is counted, first line of the counting steps (rule kz-host-notification-2015).
kz-working-convention = Қазақстанда келген (немесе көшкен) күн, егер ол жұмыс күні болса, 1-жұмыс күні болып есептеледі — Қағидалар: «мерзімді есептеу келген күні сағат 00:01-ден басталады»; практиктер: «жұма күні 23:50-де келді — жұма бірінші күн болады» — әйтпесе 1-күн одан кейінгі бірінші жұмыс күні болады. Демалыс күндері, мереке күндері және қаулымен ауыстырылған демалыс күндері есептелмейді; қаулымен жұмыс күні болып белгіленген сенбі немесе жексенбі есептеледі.

# A document to bring, in the obligation card's list.
kz-notification-document-1 = Шетелдіктің паспорты (оның деректері немесе қағаз хабарлама үшін көшірмесі)

# A document to bring, in the obligation card's list.
kz-notification-document-2 = Қазақстан визасы, егер шетелдікте бар болса (көшірмесі)

# A document to bring, in the obligation card's list.
kz-notification-document-3 = Болу мекенжайы

# A document to bring, in the obligation card's list.
kz-notification-document-4 = Қабылдаушы тараптың деректемелері: жеке тұлға үшін ЖСН, ұйым үшін БСН; онлайн беру үшін оның ЭЦҚ-сы

# A document to bring, in the obligation card's list.
kz-notification-document-5 = Шетелдікпен бірге жүрген балалар сол хабарламаға енгізіледі

# Another reading of the deadline, before " — gives a later date …".
kz-notification-next-day-reading = Азаматтық-құқықтық түсіндірме: есептеу келген күннің келесі күнінен басталады (tirkeu бұл түсіндірмені ұстанбайды)

# The name of a way to file, in the card's list of channels.
kz-channel-vmp-name = Визалық-көші-қон порталы (vmp.gov.kz)

# What the person needs to use this channel.
kz-channel-vmp-needs = қабылдаушы тараптың электрондық цифрлық қолтаңбасы (ЭЦҚ)

# How long this channel takes.
kz-channel-vmp-processing = шамамен 15 минут; хабарлама жеке кабинетте пайда болады

# The name of a way to file, in the card's list of channels.
kz-channel-hotel-name = Қонақүйдің көші-қон жүйесіне өз қосылымы

# What the person needs to use this channel.
kz-channel-hotel-needs = қонақтан тіркелу кезінде паспорттан басқа ештеңе талап етілмейді

# How long this channel takes.
kz-channel-hotel-processing = қонақүй орындайды

# The name of a way to file, in the card's list of channels.
kz-channel-migration-office-name = Полицияның көші-қон қызметі, жеке өзі барып (жазбаша хабарлама)

# What the person needs to use this channel.
kz-channel-migration-office-needs = тізімдегі құжаттар, қағаз түрінде

# How long this channel takes.
kz-channel-migration-office-processing = 1 жұмыс күні

# The name of a way to file, in the card's list of channels.
kz-channel-post-name = Пошта арқылы, полицияның көші-қон қызметіне

# What the person needs to use this channel.
kz-channel-post-needs = тізімдегі құжаттар қоса берілген жазбаша хабарлама; оны ертерек жіберіңіз: мерзімді сақтау үшін жөнелтілген күн есептеле ме, әлде алынған күн бе — анықталмаған, сондықтан онлайн арна сенімдірек

# How long this channel takes.
kz-channel-post-processing = хаттың жеткізілу уақыты

# The penalty's legal article, as its card heading.
kz-host-penalty-article = ҚР Әкімшілік құқық бұзушылық туралы кодексі, 518-бап 1-бөлік

# The offence the penalty punishes.
kz-host-penalty-offence = қабылдаушы тараптың көші-қон органына уақтылы хабарламауы немесе мүлде хабарламауы

# A note under the penalty on its card.
kz-host-penalty-note = Сомалар 2024 жылғы редакция бойынша; бір жыл ішінде қайталанған бұзушылық үшін айыппұл жоғарырақ (2021 жылғы дереккөздерде 30–100 АЕК). Баптың бұрынғы редакциялары өзгеше болған.

# Whom a penalty line is for (before the sanction: "<this>: a fine of …").
kz-host-penalty-tier-1 = жеке тұлға

# Whom a penalty line is for (before the sanction: "<this>: a fine of …").
kz-host-penalty-tier-2 = лауазымды адам, шағын кәсіпкерлік субъектісі немесе коммерциялық емес ұйым

# Whom a penalty line is for (before the sanction: "<this>: a fine of …").
kz-host-penalty-tier-3 = орта кәсіпкерлік субъектісі

# Whom a penalty line is for (before the sanction: "<this>: a fine of …").
kz-host-penalty-tier-4 = ірі кәсіпкерлік субъектісі

# What the obligation is, under its title (rule kz-host-notification-2020).
kz-host-notification-2020-what = Қабылдаушы тарап ішкі істер (көші-қон) органдарына шетелдіктің келгені және оның мекенжайында тұратыны туралы хабарлайды. Азаматтығына, жасына немесе мақсатына қарамастан әр келу кезінде, кез келген виза немесе рұқсатқа қосымша талап етіледі.

# The name of a way to file, in the card's list of channels.
kz-channel-egov-name = eGov порталы (egov.kz)

# How long this channel takes.
kz-channel-egov-processing = шамамен 15 минут

# The name of a way to file, in the card's list of channels.
kz-channel-eqonaq-name = eQonaq (eqonaq.kz, веб-сайт және мобильді қосымша)

# What the person needs to use this channel.
kz-channel-eqonaq-needs = қабылдаушы тараптың eQonaq тіркелгісі (жүйе пайдаланушыларына қолжетімді: қонақүйлер мен басқа да тұру орнын берушілер); хабарланғандай, жеке қабылдаушылар да мобильді қосымшаны пайдаланады, бірақ мұны бірде-бір ресми дереккөз де, 2026 жылғы дереккөз де растамайды

# How long this channel takes.
kz-channel-eqonaq-processing = бірнеше минут

# Title of the obligation card (rule kz-host-notification-move-2020).
kz-host-notification-move-2020-title = Көші-қон органына жаңа мекенжай туралы хабарлау

# What the obligation is, under its title (rule kz-host-notification-move-2020).
kz-host-notification-move-2020-what = Өңір ішінде мекенжай ауысқанда немесе басқа өңірге көшкенде (іссапарды қоса алғанда) жаңа мекенжайдағы қабылдаушы тарап көші-қон органдарына қайта хабарлайды.

# Title of the obligation card (rule kz-registration-2012).
kz-registration-2012-title = Шетелдіктің болуын тіркеу (паспортты тіркеу)

# What the obligation is, under its title (rule kz-registration-2012).
kz-registration-2012-what = 2020 жылғы 11 қаңтарға дейін 5 күнтізбелік күннен артық болатын шетелдікті ішкі істер органдары қабылдаушы тараптың өтініші бойынша шекарадан өткен күннен бастап 5 күнтізбелік күн ішінде тіркеуге тиіс болды.

# How the deadline is counted, first line of the counting steps (rule kz-registration-2012).
kz-calendar-convention = Күнтізбелік күндер: келу күні — 1-күн, сондықтан N-күн — келу күні + N − 1; демалыс және мереке күндері кез келген күн сияқты есептеледі және мерзім ауыстырылмайды.

# A document to bring, in the obligation card's list.
kz-registration-2012-document-1 = Шетелдіктің паспорты және шекара мөртабаны қойылған көші-қон карточкасы

# A document to bring, in the obligation card's list.
kz-registration-2012-document-2 = Қабылдаушы тараптың өтініші мен деректемелері

# A document to bring, in the obligation card's list.
kz-registration-2012-document-3 = 6 айдан асатын болу үшін, хабарланғандай (дереккөз мәтіні табылмады): келу туралы мекенжай парағы, статистикалық талон, 3,5 × 4,5 см бір фотосурет

# Another reading of the deadline, before " — gives a later date …".
kz-registration-2012-reading = Қағидалардың кейбір мәтіндері 5 күнді демалыс және мереке күндерін есептемей санайды (5 жұмыс күні)

# Title of the obligation card (rule kz-migration-card).
kz-migration-card-title = Шекарада көші-қон карточкасын толтыру

# What the obligation is, under its title (rule kz-migration-card).
kz-migration-card-what = Көші-қон карточкасы келген кезде толтырылады, оған шекара қызметі мөртабан басады, ол болу кезінде сақталады және шығу кезінде тапсырылады; кейбір елдердің азаматтары үшін оның мөртабандары тіркеу ретінде де қызмет етті.

# How the deadline is counted, first line of the counting steps (rule kz-migration-card).
kz-migration-card-convention = Шекарада, келген күні.

# A document to bring, in the obligation card's list.
kz-migration-card-document-1 = Паспорт; карточка шекарада толтырылады, оған мөртабан басылады, ол сақталады және шығу кезінде тапсырылады

# Title of the obligation card (rule kz-trp-2020).
kz-trp-2020-title = 30 күннен артық болу үшін уақытша тұруға рұқсат алу

# What the obligation is, under its title (rule kz-trp-2020).
kz-trp-2020-what = Әзербайжан, Тәжікстан және Өзбекстан азаматтары шетелдіктің келуі туралы хабарлама негізінде 30 күнге дейін бола алады. Одан ұзақ болу үшін уақытша тұруға рұқсат қажет, оны олар Қазақстанның ішінде заңда танылған негіз (жұмыс, оқу, отбасы) бойынша 30-күн аяқталғанға дейін ала алады.

# The fee of the obligation (rule kz-trp-2020).
kz-trp-fee = Рұқсат үшін белгіленген мемлекеттік баж және шығындар (мұнда қарастырылмайды)

# A document to bring, in the obligation card's list.
kz-trp-document-1 = Өтініш нысаны

# A document to bring, in the obligation card's list.
kz-trp-document-2 = Паспорт көшірмесі

# A document to bring, in the obligation card's list.
kz-trp-document-3 = Медициналық сақтандыру (ЕАЭО азаматтарынан талап етілмейді)

# A document to bring, in the obligation card's list.
kz-trp-document-4 = Шетелдік тұрғын үйдің меншік иесі болмаса, меншік иесінің нотариат куәландырған келісімі

# A document to bring, in the obligation card's list.
kz-trp-document-5 = Дактилоскопиялық тіркеуден өткені туралы анықтама (2024 жылдан бастап)

# A document to bring, in the obligation card's list.
kz-trp-document-6 = Шетелдіктің келуі туралы хабарлама және негізді растайтын құжат (жұмыс, оқу, отбасы)

# The name of a way to file, in the card's list of channels.
kz-channel-con-name = Халыққа қызмет көрсету орталығы (ХҚКО, «Азаматтарға арналған үкімет») немесе eGov, уақытша тұруға рұқсат алу үшін

# What the person needs to use this channel.
kz-channel-con-needs = онлайн беру үшін ЭЦҚ немесе бір реттік құпиясөз

# How long this channel takes.
kz-channel-con-processing = 1–2 жұмыс күні (практиктердің деректері бойынша)

# The penalty's legal article, as its card heading.
kz-overstay-penalty-article = ҚР Әкімшілік құқық бұзушылық туралы кодексі, 517-бап 3-бөлік

# The offence the penalty punishes.
kz-overstay-penalty-offence = шетелдіктің заңды болу мерзімі аяқталғаннан кейін елде қалуы

# A note under the penalty on its card.
kz-overstay-penalty-note = Сатылар 2023 жылы келтірілгендей; мерзімді ұзағырақ асырғаны үшін дереккөздерде айыппұлдар, елден шығарып жіберу және сот шешімімен 5 жылға дейін елге кіруге тыйым салу көрсетілген, бірақ қолданыстағы сомалары көрсетілмеген. 180 күн ішінде 90 күн шектеуін бұзған шетелдікке келесі жолы кіруден бас тартылуы мүмкін.

# Whom a penalty line is for (before the sanction: "<this>: a fine of …").
kz-overstay-penalty-tier-1 = болу мерзімін 3 күнге дейін асыру

# Whom a penalty line is for (before the sanction: "<this>: a fine of …").
kz-overstay-penalty-tier-2 = болу мерзімін 3 күннен астам, 5 күнге дейін асыру

# Whom a penalty line is for (before the sanction: "<this>: a fine of …").
kz-overstay-penalty-tier-3 = болу мерзімін 5 күннен астам асыру

# A sanction known in kind but not in amount, after "<offender>: ".
kz-overstay-penalty-tier-3-sanction = айыппұл, ықтимал елден шығарып жіберу және елге кіруге тыйым салу; сомалары анықталмаған

# Title of the obligation card (rule kz-trp-2020-90-day).
kz-trp-2020-90-day-title = 90 күннен артық болу үшін уақытша тұруға рұқсат алу

# What the obligation is, under its title (rule kz-trp-2020-90-day).
kz-trp-2020-90-day-what = ЕАЭО мемлекеттерінің (Армения, Беларусь, Қырғызстан, Ресей) азаматтары шетелдіктің келуі туралы хабарлама негізінде 90 күнге дейін бола алады; одан ұзақ болу үшін уақытша тұруға рұқсат (жұмыс, оқу, отбасы) қажет, оны олар Қазақстанның ішінде 90-күн аяқталғанға дейін ала алады. 180 күн ішінде 90 күн шектеуі — мерзімді ұзарту емес, ең жоғарғы шек.

# Title of the obligation card (rule kz-registration-2026).
kz-registration-2026-title = Онлайн өз бетінше тіркелу (90 күндік режимдегі иммигранттар)

# What the obligation is, under its title (rule kz-registration-2026).
kz-registration-2026-what = 2026 жылғы 1 шілдеден бастап 90 күндік болу режимі бар мемлекеттен келген иммигрант көші-қон ақпараттық жүйесінде тіркеледі: аты-жөнін, туған күнін, паспортын, тұру орнын берушіні және мекенжайды енгізеді; тұру орнын беруші мобильді қосымшада растайды және жеке кабинетте тіркеу туралы куәлік пайда болады. Қабылдаушы тараптың 3 жұмыс күні ішіндегі хабарламасы да онымен қатар қолданыла береді.

# How the deadline is counted, first line of the counting steps (rule kz-registration-2026).
kz-registration-2026-convention = «Мемлекеттік шекарадан өткен күннен бастап күнтізбелік 30-күннен кешіктірмей»: шекарадан өткен күн — 1-күн, сондықтан 30-күн — келу күні + 29; демалыс және мереке күндері есептен шығарылмайды.

# What the person holds once the obligation is done (rule kz-registration-2026).
kz-registration-certificate = Иммигранттың көші-қон жүйесіндегі жеке кабинетінде берілетін тіркеу туралы электрондық куәлік — карточка емес, куәлік

# A warning on whom rule kz-registration-2026 reaches by citizenship (may follow "If …: ").
kz-registration-2026-scope-2 = Тәжікстан азаматтары үшін 2026 жылғы өз бетінше тіркелу баспасөз хабарламасы («Азия-Плюс», 2025 жылғы қараша) және 90 күнге дейін болу туралы 2018 жылғы Қазақстан–Тәжікстан келісімі негізінде көрсетілген; бұйрықтың өзіндегі мемлекеттер тізімі табылмады.

# A warning on whom rule kz-registration-2026 reaches by citizenship (may follow "If …: ").
kz-registration-2026-scope-3 = Түркия азаматтары үшін 2026 жылғы өз бетінше тіркелу — дереккөздің мәлімдемесі емес, tirkeu жасаған қорытынды: ол 90 күнге дейінгі болу режимі бар мемлекеттерге қолданылады, ал Түркия азаматтары 2025 жылғы қыркүйектен бастап кез келген 180 күн ішінде 90 күн бола алады. Бірде-бір дереккөз Түркияны атамайды; көші-қон қызметінен сұраңыз.

# A warning on whom rule kz-registration-2026 reaches by citizenship (may follow "If …: ").
kz-registration-2026-scope-4 = 2026 жылғы 1 шілдеде енгізілген иммигранттардың өз бетінше тіркелуі (шекарадан өткен күннен бастап күнтізбелік 30-күннен кешіктірмей, ІІМ-нің № 923 бұйрығы) осы мемлекеттің азаматтарына қолданыла ма, белгісіз: ол «болу режимі 90 күнге дейін белгіленген мемлекеттерге» қолданылады, ал олардың тізімі бірде-бір дереккөзде жоқ. tirkeu бұл үшін мерзім есептемейді; көші-қон қызметінен сұраңыз, ал егер ол сізге қолданылса, 30-күнге дейін тіркеліңіз.

# A document to bring, in the obligation card's list.
kz-registration-2026-document-1 = Тегі, аты, әкесінің аты (бар болса), туған күні

# A document to bring, in the obligation card's list.
kz-registration-2026-document-2 = Паспорт деректері

# A document to bring, in the obligation card's list.
kz-registration-2026-document-3 = Тұру орнын берушінің деректемелері және уақытша мекенжай; тұру орнын беруші қосымшада растайды

# Another reading of the deadline, before " — gives a later date …".
kz-registration-2026-reading = Азаматтық құқықтағы мерзімдерді есептеу тәртібімен шекарадан өткен күннің келесі күнінен бастап есептеу: 30-күн — келу күні + 30

# The name of a way to file, in the card's list of channels.
kz-channel-is-mp-name = Көші-қон полициясының ақпараттық жүйесі (онлайн; тұру орнын беруші мобильді қосымшада растайды)

# What the person needs to use this channel.
kz-channel-is-mp-needs = паспорт деректері, мекенжай және тұру орнын берушінің растауы

# How long this channel takes.
kz-channel-is-mp-processing = тұру орнын беруші растағаннан кейін тіркеу туралы куәлік жеке кабинетте пайда болады

# Title of the obligation card (rule kz-re-registration-2026).
kz-re-registration-2026-title = Жаңа мекенжай бойынша қайта тіркелу

# What the obligation is, under its title (rule kz-re-registration-2026).
kz-re-registration-2026-what = 2026 жылғы Қағидаларға сәйкес мекенжайын ауыстырған тіркелген иммигрант 5 жұмыс күні ішінде қайта тіркеледі; бұрынғы мекенжай бойынша тіркеуден автоматты түрде шығарылады.

# Another reading of the deadline, before " — gives a later date …".
kz-re-registration-2026-reading = Азаматтық-құқықтық түсіндірме: есептеу көшкен күннің келесі күнінен басталады (tirkeu бұл түсіндірмені ұстанбайды)

# Why the person is exempt, on the exemption line (also in "unless …" conditions).
kz-exempt-diplomatic-reason = Дипломатиялық немесе қызметтік паспорттардың, не дипломатиялық немесе қызметтік визалардың иелері көші-қон полициясы арқылы емес, Сыртқы істер министрлігі арқылы тіркеледі.

# Why the person is exempt, on the exemption line (also in "unless …" conditions).
kz-exempt-investor-reason = Инвесторлық виза иелері (немесе инвестор мәртебесі расталған адамдар) тіркелмеген және оларға көші-қон карточкасы берілмеген.

# Why the person is exempt, on the exemption line (also in "unless …" conditions).
kz-exempt-under-16-reason = 16 жасқа толмаған балалар жеке тіркелмеген және оларға көші-қон карточкасы берілмеген.

# Why the person is exempt, on the exemption line (also in "unless …" conditions).
kz-exempt-under-16-trp-reason = 16 жасқа толмаған балаларға жеке уақытша тұруға рұқсат қажет емес (практиктердің деректері бойынша); олар ата-анасы туралы хабарламаға енгізіледі.

# Why the person is exempt, on the exemption line (also in "unless …" conditions).
kz-exempt-crew-transit-reason = Қызмет бабындағы әуе кемелерінің, кемелер мен пойыздардың экипаждары және транзиттік жолаушылар тіркеу ережелеріне емес, транзит ережелеріне бағынады (көші-қон карточкасы ережелері; № 83 бұйрықтың транзитке қатысты бөлігі).

# Why the person is exempt, on the exemption line (also in "unless …" conditions).
kz-exempt-short-stay-2012-reason = 2020 жылғы 11 қаңтарға дейін 5 күнтізбелік күнге дейін болу тіркеуді қажет етпеген.

# Why the person is exempt, on the exemption line (also in "unless …" conditions).
kz-exempt-border-registration-reason = Біржақты визасыз тізімдегі елдердің азаматтарын келген кезде шекара қызметі тіркейтін (көші-қон карточкасындағы екі мөртабан), және олардың визасыз болуы үшін қосымша тіркеу қажет болмаған.

# Why the person is exempt, on the exemption line (also in "unless …" conditions).
kz-exempt-russia-30-days-reason = Ресей азаматтары келген күннен бастап 30 күнге дейін тіркеуден босатылады (2012 жылғы 7 маусымдағы Ресей–Қазақстан келісімі).

# Why the person is exempt, on the exemption line (also in "unless …" conditions).
kz-exempt-ukraine-90-days-reason = Украина азаматтары тіркеусіз 90 күнге дейін бола алатын (2000 жылғы 19 мамырдағы Қазақстан–Украина келісіміне хаттама).

# Why the person is exempt, on the exemption line (also in "unless …" conditions).
kz-exempt-short-stay-2020-reason = 2020 жылғы 11 қаңтардан бастап 30 күнтізбелік күнге дейін болу үшін тіркеу де, рұқсат та қажет емес (тек қабылдаушы тараптың хабарламасы); 2026 жылғы өз бетінше тіркелу мерзімі 30-күні келеді, сондықтан сол күнге дейін аяқталатын болуға ол қажет емес.

# Why the person is exempt, on the exemption line (also in "unless …" conditions).
kz-exempt-90-day-trp-reason = 90 күндік режимі бар мемлекеттердің (ЕАЭО) азаматтарына 90 күнге дейін болу үшін рұқсат қажет емес.

# Why the person is exempt, on the exemption line (also in "unless …" conditions).
kz-exempt-migration-card-visa-reason = Дипломатиялық, қызметтік және инвесторлық виза иелеріне көші-қон карточкасы берілмеген.

# The visa-free allowance that applies, in the stay section.
kz-eaeu-90-2015-note = ЕАЭО мемлекеттерінің азаматтары әр келген күннен бастап 90 күнге дейін бола алатын.

# The visa-free allowance that applies, in the stay section.
kz-eaeu-90-in-180-2023-note = 2023 жылғы 27 қаңтардан бастап ЕАЭО азаматтары кез келген 180 күндік кезеңде 90 күнге дейін бола алады.

# The visa-free allowance that applies, in the stay section.
kz-cis-90-2015-note = Екіжақты келісім әр келген күннен бастап 90 күнге дейін болуға рұқсат берді.

# The visa-free allowance that applies, in the stay section.
kz-cis-30-2015-note = Әр келген күннен бастап 30 күнге дейін (ІІМ, 2019).

# The visa-free allowance that applies, in the stay section.
kz-uz-2015-note = Визасыз; 2023 жылға дейінгі болу шегі tirkeu дереккөздерінде анықталмаған, сондықтан қысқарақ 30 күн пайдаланылады.

# The visa-free allowance that applies, in the stay section.
kz-cis-30-90-2023-note = 2023 жылғы 27 қаңтардан бастап ЕАЭО-ға мүше емес мемлекеттердің визасыз режимді пайдаланатын азаматтары әр келуге 30 күнге дейін және кез келген 180 күн ішінде 90 күнге дейін бола алады. Әзербайжан, Тәжікстан және Украина үшін ІІМ-нің бір хабарламасында 30 күндік шектеусіз 180 күн ішінде 90 күн делінген, ал Грузия, Молдова және Моңғолияның 90 күндік келісімдері болған: tirkeu қысқарақ түсіндірмені пайдаланады; ұзағырақ мерзім қажет болса, көші-қон қызметінен сұраңыз.

# The visa-free allowance that applies, in the stay section.
kz-bilateral-30-2015-note = Екіжақты келісім әр келген күннен бастап 30 күнге дейін болуға рұқсат берді (Аргентина үшін бір дереккөзде жыл ішінде 30 күн делінген).

# The visa-free allowance that applies, in the stay section.
kz-bilateral-30-90-2023-note = 2023 жылғы 27 қаңтардан бастап ЕАЭО-ға мүше емес мемлекеттердің визасыз режимді пайдаланатын азаматтары әр келуге 30 күнге дейін және кез келген 180 күн ішінде 90 күнге дейін бола алады.

# The visa-free allowance that applies, in the stay section.
kz-kr-30-2015-note = Корея–Қазақстан екіжақты келісімі: әр келген күннен бастап 30 күнге дейін.

# The visa-free allowance that applies, in the stay section.
kz-kr-30-90-2023-note = 2023 жылғы 27 қаңтардан бастап: әр келуге 30 күнге дейін және кез келген 180 күн ішінде 90 күн.

# The visa-free allowance that applies, in the stay section.
kz-tr-30-2015-note = 1992 жылғы Түркия–Қазақстан келісімі: әр келген күннен бастап бір айға дейін.

# The visa-free allowance that applies, in the stay section.
kz-tr-90-2025-note = 2025 жылғы қыркүйектен бастап (2025 жылғы 25 тамыздағы қаулы; мұнда пайдаланылған бірінші күн — ықтимал күндердің ең кешісі) Түркия азаматтары кез келген 180 күн ішінде 90 күнге дейін бола алады.

# The visa-free allowance that applies, in the stay section.
kz-hk-14-2015-note = Гонконг АӘА паспорттары: 14 күнге дейін (ІІМ, 2019).

# The visa-free allowance that applies, in the stay section.
kz-hk-14-2023-note = Гонконг АӘА паспорттары: әр келуге 14 күнге дейін (ІІМ, 2019), ал 2023 жылғы 27 қаңтардан бастап кез келген 180 күн ішінде ең көбі 90 күн.

# The visa-free allowance that applies, in the stay section.
kz-cn-in-ir-14-2022-note = 2022 жылғы 8 шілдеден бастап: әр келуге 14 күнге дейін және кез келген 180 күн ішінде 42 күн.

# The visa-free allowance that applies, in the stay section.
kz-in-ir-14-2023-note = Әр келуге 14 күнге дейін және кез келген 180 күн ішінде 42 күн (2022 жылғы 8 шілдеден бастап; 2025 жылғы 25 тамыздағы қаулымен сақталған).

# The visa-free allowance that applies, in the stay section.
kz-cn-30-90-2023-note = Қытай–Қазақстан келісімі, 2023 жылғы 10 қарашадан бастап күшінде: әр келуге 30 күнге дейін және кез келген 180 күн ішінде 90 күн.

# The visa-free allowance that applies, in the stay section.
kz-pilot-15-2014-note = 15 күндік визасыз режимнің сынақ кезеңі (2014 жылғы 15 шілде – 2015 жылғы 15 шілде).

# The visa-free allowance that applies, in the stay section.
kz-pilot-15-2015-note = 2015 жылғы 16 шілдеден бастап 15 күндік визасыз режим (бірнеше рет кіруге рұқсат етілген); ұзағырақ болу үшін көші-қон полициясынан 30 күндік іскерлік виза немесе Сыртқы істер министрлігінен инвесторлық виза (бір рет кіруге, 90 күнге дейін) алу қажет болды.

# The visa-free allowance that applies, in the stay section.
kz-unilateral-30-2017-note = 2017 жылғы 1 қаңтардан бастап 30 күндік біржақты визасыз режим; 2023 жылғы 27 қаңтарға дейін әр келу жаңа 30 күнді бастайтын.

# The visa-free allowance that applies, in the stay section.
kz-unilateral-30-2019-note = 30 күндік біржақты визасыз режим, 2019 жылы тағы 12 елге таратылды.

# The visa-free allowance that applies, in the stay section.
kz-ae-30-2021-note = 2021 жылғы мамырдан бастап БАӘ COVID-19-ға байланысты тоқтатудан босатылды.

# The visa-free allowance that applies, in the stay section.
kz-unilateral-30-2022-note = 30 күндік біржақты визасыз режим, 2022 жылғы 1 қаңтарда қайта қолданыла бастады.

# The visa-free allowance that applies, in the stay section.
kz-visa-free-30-90-2025-note = Әр келуге 30 күнге дейін және кез келген 180 күн ішінде 90 күн (2025 жылғы 25 тамыздағы қаулы, онда 66 мемлекет аталған; tirkeu олардың 56-сын анықтады).

# A warning shown when its condition holds (may follow "If …: ").
kz-note-diplomatic-notification-unsettled = Дипломатиялық немесе қызметтік паспорттардың не визалардың иелері Сыртқы істер министрлігі арқылы аккредиттеледі. tirkeu қолданыстағы Қағидалардың оларды қабылдаушы тараптың шетелдіктің келуі туралы хабарламасынан босататын мәтінін таппады, сондықтан ол бәрібір көрсетіледі: министрліктің консулдық қызметінен сұраңыз.

# A warning shown when its condition holds (may follow "If …: ").
kz-note-transit-notification = Қызмет бабындағы экипаждар мен транзиттік жолаушылар тіркелмейді, бірақ олар белгілі бір мекенжайда тұрса (мысалы, түнде қонақүйде), тұру орны бәрібір хабарлауы тиіс деп күтіледі; қабылдаушы тараптың хабарламасы осы жағдай үшін көрсетілген.

# A warning shown when its condition holds (may follow "If …: ").
kz-note-covid-suspension = 2020 жылғы наурыздан 2021 жылғы 31 желтоқсанға дейін COVID-19 салдарынан біржақты визасыз режим тоқтатылды (2021 жылғы мамырдан бастап Біріккен Араб Әмірліктері бұдан босатылды); кіру үшін виза қажет болды. Тоқтатудың бірінші күні дереккөздерде әртүрлі (2020 жылғы 16 немесе 30 наурыз); tirkeu ертерегін пайдаланады.

# A warning shown when its condition holds (may follow "If …: ").
kz-note-children-in-notification = Балалар бірге жүрген ата-анасының келуі туралы сол хабарламаға енгізіледі; кәмелетке толмағандарды хабарламадан бөлек босату көзделмеген.

# A warning shown when its condition holds (may follow "If …: ").
kz-note-host-and-self-registration = 2026 жылғы 1 шілдеден бастап 90 күндік режимі бар мемлекеттердің иммигранттары 30-күнге дейін өздері тіркеледі. Қабылдаушы тараптың 3 жұмыс күні ішіндегі хабарламасының күші жойылғаны туралы бірде-бір дереккөзде айтылмаған, сондықтан екеуі де көрсетілген: екеуін де орындаңыз.

# A warning shown when its condition holds (may follow "If …: ").
kz-note-self-registration-transition = 2026 жылғы 1 шілдеде, осы болу кезеңінде, 90 күндік режимі бар мемлекеттерден келген иммигранттардың өз бетінше тіркелуі (ІІМ-нің № 923 бұйрығы: шекарадан өткен күннен бастап күнтізбелік 30-күннен кешіктірмей тіркелу) күшіне енеді. tirkeu қолданатын дереккөздерде сол күні Қазақстанда жүрген адамдар туралы ештеңе айтылмаған: олар да тіркелуге тиіс пе және қай мерзімге дейін — бұл ашық мәселе. tirkeu келген күні қолданыста болған ережелерді ұстанады және бұл тіркелу үшін мерзім есептемейді; сенімді болу үшін 2026 жылғы шілденің алғашқы күндерінде тіркеліңіз немесе көші-қон қызметінен сұраңыз.

# A warning shown when its condition holds (may follow "If …: ").
kz-note-no-visa-run = 2023 жылғы 27 қаңтардан бастап елден шығып, қайта келу есептеуді қайта бастамайды: визасыз күндер кез келген 180 күн ішінде 90 күнмен шектеледі, ал бұл шектеу Қазақстанда өткізілген әрбір күнді есептейді.

# A warning shown when its condition holds (may follow "If …: ").
kz-note-extend-15-day-stay = 15 күндік визасыз режиммен келгендер Қазақстанда 30 күндік іскерлік виза немесе 90 күндік инвесторлық виза алу арқылы болу мерзімін ұзарта алатын.

# Stay note when the citizenship has no visa-free regime on the date; follows "Citizens of X:".
kz-visa-required = осы күні визасыз режим COVID-19 салдарынан тоқтатылған болатын: елге кіру үшін виза қажет болды. Егер сізде сол кезде виза болған болса, оның түрін таңдаңыз.

# A warning when the planned stay goes beyond the visa-free allowance; $last is the last lawful day.
kz-needs-visa = Бұл азаматтық үшін визасыз болу мерзімін Қазақстанның ішінде ұзарту мүмкін емес: елде уақытша тұруға рұқсат тек Армения, Әзербайжан, Беларусь, Қырғызстан, Ресей, Тәжікстан және Өзбекстан азаматтарына беріледі. { $last } күнінен кейін болу үшін немесе визасыз режим қамтымайтын мақсатпен (жұмыс, оқу) болу үшін елге келгенге дейін тиісті санаттағы виза алыңыз — Қазақстанның консулдығынан немесе, егер еліңіз оған құқылы болса, электрондық виза ретінде. { $last } — бұлжымайтын шек: осы күнге дейін елден шығыңыз. Одан ұзақ болу — құқық бұзушылық (ҚР Әкімшілік құқық бұзушылық туралы кодексі, 517-бап 3-бөлік): 3 күнге дейін асырғаны үшін — ескерту, 3 күннен астам 5 күнге дейін — 10 АЕК, одан асса — айыппұл, ықтимал елден шығарып жіберу және елге кіруге тыйым салу (сомалары анықталмаған). Үкіметтің рұқсат туралы бетінде оны алу құқығы ратификацияланған визасыз келісімдермен байланыстырылған: егер мемлекетіңізде ондай келісім болса, оған сүйенбес бұрын көші-қон қызметінен сұраңыз.

# Stay note for a person holding a residence permit valid on the day of entry.
kz-permit-bounds-stay = Тұруға рұқсат болса, болу мерзімі оның қолданылу мерзімімен шектеледі: соңғы күні — заңды болудың соңғы күні. Визасыз шектеулер рұқсат иелеріне қолданылмайды.
