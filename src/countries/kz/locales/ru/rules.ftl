### Kazakhstan's rule data: obligations, channels, documents, penalties, exemptions,
### allowances and notes. IDs come from the rule's id and field. Source titles are citations and
### stay in their own language (not here).

# Stay note when no visa-free regime is known for the citizenship; follows "Citizens of X:".
kz-no-allowance = в данных tirkeu для этого гражданства на эту дату безвизовый режим не значится. Это не означает, что нужна виза: перечни tirkeu неполны (постановление от 25 августа 2025 г. называет 66 государств с 30-дневным безвизовым режимом, а tirkeu установил 56 из них; могут применяться неизвестные ему соглашения). Перед поездкой уточните в консульстве Казахстана или на портале электронных виз; если у вас есть виза, выберите её тип.

# Stay note for a person holding a visa.
kz-visa-bounds-stay = При наличии визы пребывание ограничено сроком её действия и разрешённым числом дней, которые в сценарии не описаны: сверьтесь с самой визой. Безвизовые лимиты «30 дней за один въезд» и «90 дней из 180» на обладателей виз и разрешений не распространяются.

# The disclaimer under every answer.
kz-disclaimer = tirkeu информирует и не является юридической консультацией. Правила сверены с указанными источниками на приведённую дату; где источник ненадёжен, это отмечено рядом с ним. Последнее слово — за миграционной полицией.

# The fine unit's short name, in penalty lines after the number of units.
kz-fine-unit = МРП

# Who must act, on an obligation card, when the party is the host.
kz-receiving-party-host = Принимающая сторона: гражданин Казахстана или постоянно проживающий в нём иностранец, предоставляющий жильё (собственник или наниматель).

# Who must act, on an obligation card, when the party is the hotel.
kz-receiving-party-hotel = Гостиница, хостел, гостевой дом или иное место размещения; уведомление подаётся через собственный доступ к миграционной системе — попросите подтверждение на ресепшене.

# Who must act, on an obligation card, when the party is the organization.
kz-receiving-party-organization = Организация (юридическое лицо, зарегистрированное в Казахстане, — по её БИН), пригласившая иностранца или предоставляющая жильё.

# Who must act, on an obligation card, when the party is the foreigner.
kz-receiving-party-foreigner = Иностранец лично.

# Title of the obligation card (rule kz-host-notification-2015).
kz-host-notification-title = Уведомить миграционный орган о прибытии

# What the obligation is, under its title (rule kz-host-notification-2015).
kz-host-notification-2015-what = До 11 января 2020 г. принимающая сторона уведомляла органы внутренних дел о прибытии иностранца в течение 3 рабочих дней — в дополнение к регистрации при пребывании свыше 5 календарных дней (Правила въезда и пребывания, постановление № 148, п. 9). С какого именно момента действовала эта обязанность, не установлено (не позднее чем с Приказа МВД № 83 2016 г.); tirkeu показывает её с 2015 г., с которого начинаются его данные. Охвачено только прибытие: требовалось ли до 2020 г. новое уведомление при переезде, не установлено.

# How the deadline is counted, first line of the counting steps (rule kz-host-notification-2015).
kz-working-convention = В Казахстане день прибытия (или переезда) считается рабочим днём 1, если он является рабочим, — Правила: «исчисление начинается с 00:01 дня прибытия»; практики: «прибыл в 23:50 в пятницу — пятница является первым днём», — в противном случае днём 1 считается первый рабочий день после него. Выходные, праздничные дни и выходные дни, перенесённые постановлением, пропускаются; суббота или воскресенье, объявленные рабочими днями постановлением, засчитываются.

# A document to bring, in the obligation card's list.
kz-notification-document-1 = Паспорт иностранца (его данные или копия — для бумажного уведомления)

# A document to bring, in the obligation card's list.
kz-notification-document-2 = Казахстанская виза, если она есть у иностранца (копия)

# A document to bring, in the obligation card's list.
kz-notification-document-3 = Адрес пребывания

# A document to bring, in the obligation card's list.
kz-notification-document-4 = Данные принимающей стороны: ИИН — для физического лица, БИН — для организации; её ЭЦП — для подачи онлайн

# A document to bring, in the obligation card's list.
kz-notification-document-5 = Дети, следующие вместе с иностранцем, вносятся в то же уведомление

# Another reading of the deadline, before " — gives a later date …".
kz-notification-next-day-reading = Гражданско-правовое толкование: отсчёт начинается со дня, следующего за днём прибытия (tirkeu этому толкованию не следует)

# The name of a way to file, in the card's list of channels.
kz-channel-vmp-name = Визово-миграционный портал (vmp.gov.kz)

# What the person needs to use this channel.
kz-channel-vmp-needs = электронная цифровая подпись (ЭЦП) принимающей стороны

# How long this channel takes.
kz-channel-vmp-processing = около 15 минут; уведомление появляется в личном кабинете

# The name of a way to file, in the card's list of channels.
kz-channel-hotel-name = Собственное подключение гостиницы к миграционной системе

# What the person needs to use this channel.
kz-channel-hotel-needs = от гостя — только паспорт при заселении

# How long this channel takes.
kz-channel-hotel-processing = выполняет гостиница

# The name of a way to file, in the card's list of channels.
kz-channel-migration-office-name = Миграционная служба полиции, лично (письменное уведомление)

# What the person needs to use this channel.
kz-channel-migration-office-needs = перечисленные документы на бумаге

# How long this channel takes.
kz-channel-migration-office-processing = 1 рабочий день

# The name of a way to file, in the card's list of channels.
kz-channel-post-name = Почтой, в миграционную службу полиции

# What the person needs to use this channel.
kz-channel-post-needs = письменное уведомление с перечисленными документами; отправьте его заблаговременно: что считается для соблюдения срока — день отправки или день получения, не установлено, поэтому онлайн-способ надёжнее

# How long this channel takes.
kz-channel-post-processing = время доставки письма

# The penalty's legal article, as its card heading.
kz-host-penalty-article = КоАП РК, ст. 518 ч. 1

# The offence the penalty punishes.
kz-host-penalty-offence = принимающая сторона несвоевременно уведомляет миграционный орган или не уведомляет его вовсе

# A note under the penalty on its card.
kz-host-penalty-note = Размеры — в редакции 2024 г.; за повторное нарушение в течение года штраф выше (30–100 МРП по источникам 2021 г.). Прежние редакции статьи отличались.

# Whom a penalty line is for (before the sanction: "<this>: a fine of …").
kz-host-penalty-tier-1 = физическое лицо

# Whom a penalty line is for (before the sanction: "<this>: a fine of …").
kz-host-penalty-tier-2 = должностное лицо, субъект малого предпринимательства или некоммерческая организация

# Whom a penalty line is for (before the sanction: "<this>: a fine of …").
kz-host-penalty-tier-3 = субъект среднего предпринимательства

# Whom a penalty line is for (before the sanction: "<this>: a fine of …").
kz-host-penalty-tier-4 = субъект крупного предпринимательства

# What the obligation is, under its title (rule kz-host-notification-2020).
kz-host-notification-2020-what = Принимающая сторона уведомляет органы внутренних дел (миграционную службу) о прибытии иностранца и его пребывании по её адресу. Обязательно при каждом въезде, независимо от гражданства, возраста и цели, и в дополнение к любой визе или разрешению.

# The name of a way to file, in the card's list of channels.
kz-channel-egov-name = Портал eGov (egov.kz)

# How long this channel takes.
kz-channel-egov-processing = около 15 минут

# The name of a way to file, in the card's list of channels.
kz-channel-eqonaq-name = eQonaq (eqonaq.kz, веб-версия и мобильное приложение)

# What the person needs to use this channel.
kz-channel-eqonaq-needs = учётная запись eQonaq принимающей стороны (доступна пользователям системы: гостиницам и другим местам размещения); по имеющимся сведениям, мобильным приложением пользуются и частные принимающие лица, но ни один официальный источник и ни один источник 2026 г. этого не подтверждает

# How long this channel takes.
kz-channel-eqonaq-processing = несколько минут

# Title of the obligation card (rule kz-host-notification-move-2020).
kz-host-notification-move-2020-title = Уведомить миграционный орган о новом адресе

# What the obligation is, under its title (rule kz-host-notification-move-2020).
kz-host-notification-move-2020-what = При смене адреса в пределах региона или переезде в другой регион (в том числе в командировку) принимающая сторона по новому адресу повторно уведомляет органы миграционной службы.

# Title of the obligation card (rule kz-registration-2012).
kz-registration-2012-title = Зарегистрировать пребывание иностранца (регистрация паспорта)

# What the obligation is, under its title (rule kz-registration-2012).
kz-registration-2012-what = До 11 января 2020 г. иностранец, пребывающий более 5 календарных дней, подлежал регистрации в органах внутренних дел по заявлению принимающей стороны в течение 5 календарных дней с момента пересечения границы.

# How the deadline is counted, first line of the counting steps (rule kz-registration-2012).
kz-calendar-convention = Календарные дни: день въезда считается днём 1, поэтому N-й день — дата въезда + N − 1; выходные и праздничные дни считаются как любые другие, и дата не переносится.

# A document to bring, in the obligation card's list.
kz-registration-2012-document-1 = Паспорт иностранца и миграционная карточка с отметкой пограничной службы

# A document to bring, in the obligation card's list.
kz-registration-2012-document-2 = Заявление принимающей стороны и её данные

# A document to bring, in the obligation card's list.
kz-registration-2012-document-3 = При пребывании свыше 6 месяцев, по имеющимся сведениям (текст источника не найден): адресный листок прибытия, статистический талон, одна фотография 3,5 × 4,5 см

# Another reading of the deadline, before " — gives a later date …".
kz-registration-2012-reading = В некоторых редакциях Правил 5 дней исчисляются без учёта выходных и праздничных дней (5 рабочих дней)

# Title of the obligation card (rule kz-migration-card).
kz-migration-card-title = Заполнить миграционную карточку на границе

# What the obligation is, under its title (rule kz-migration-card).
kz-migration-card-what = Миграционная карточка заполняется при въезде, заверяется штампом пограничной службы, хранится в течение пребывания и сдаётся при выезде; для граждан некоторых государств её штампы также служили регистрацией.

# How the deadline is counted, first line of the counting steps (rule kz-migration-card).
kz-migration-card-convention = На границе, в день въезда.

# A document to bring, in the obligation card's list.
kz-migration-card-document-1 = Паспорт; карточка заполняется на границе, заверяется штампом, хранится и сдаётся при выезде

# Title of the obligation card (rule kz-trp-2020).
kz-trp-2020-title = Иметь разрешение на временное проживание для пребывания свыше 30 дней

# What the obligation is, under its title (rule kz-trp-2020).
kz-trp-2020-what = Граждане Азербайджана, Таджикистана и Узбекистана могут пребывать до 30 дней на основании уведомления о прибытии. Для более длительного пребывания необходимо разрешение на временное проживание, которое они могут получить на территории Казахстана по предусмотренному законом основанию (работа, учёба, семья) до истечения 30-го дня.

# The fee of the obligation (rule kz-trp-2020).
kz-trp-fee = Государственная пошлина и расходы, установленные для разрешения (здесь не рассматриваются)

# A document to bring, in the obligation card's list.
kz-trp-document-1 = Заявление установленной формы

# A document to bring, in the obligation card's list.
kz-trp-document-2 = Копия паспорта

# A document to bring, in the obligation card's list.
kz-trp-document-3 = Медицинская страховка (кроме граждан ЕАЭС)

# A document to bring, in the obligation card's list.
kz-trp-document-4 = Нотариально заверенное согласие собственника жилья, если иностранец не является собственником

# A document to bring, in the obligation card's list.
kz-trp-document-5 = Справка о прохождении дактилоскопической регистрации (с 2024 г.)

# A document to bring, in the obligation card's list.
kz-trp-document-6 = Уведомление о прибытии и документ, подтверждающий основание (работа, учёба, семья)

# The name of a way to file, in the card's list of channels.
kz-channel-con-name = ЦОН (Госкорпорация «Правительство для граждан») или eGov — для разрешения на временное проживание

# What the person needs to use this channel.
kz-channel-con-needs = ЭЦП или одноразовый пароль для подачи онлайн

# How long this channel takes.
kz-channel-con-processing = 1–2 рабочих дня (по данным практиков)

# The penalty's legal article, as its card heading.
kz-overstay-penalty-article = КоАП РК, ст. 517 ч. 3

# The offence the penalty punishes.
kz-overstay-penalty-offence = иностранец пребывает по истечении законного срока пребывания

# A note under the penalty on its card.
kz-overstay-penalty-note = Градация — в формулировке, приводимой в 2023 г.; за более длительное превышение срока источники называют штрафы, выдворение и запрет въезда на срок до 5 лет по решению суда, но не действующие размеры штрафов. Иностранцу, нарушившему лимит 90 дней из 180, при следующем въезде может быть отказано во въезде.

# Whom a penalty line is for (before the sanction: "<this>: a fine of …").
kz-overstay-penalty-tier-1 = превышение срока пребывания до 3 дней

# Whom a penalty line is for (before the sanction: "<this>: a fine of …").
kz-overstay-penalty-tier-2 = превышение срока пребывания свыше 3 и до 5 дней

# Whom a penalty line is for (before the sanction: "<this>: a fine of …").
kz-overstay-penalty-tier-3 = превышение срока пребывания свыше 5 дней

# A sanction known in kind but not in amount, after "<offender>: ".
kz-overstay-penalty-tier-3-sanction = штраф, возможное выдворение и запрет въезда; размеры не установлены

# Title of the obligation card (rule kz-trp-2020-90-day).
kz-trp-2020-90-day-title = Иметь разрешение на временное проживание для пребывания свыше 90 дней

# What the obligation is, under its title (rule kz-trp-2020-90-day).
kz-trp-2020-90-day-what = Граждане государств ЕАЭС (Армения, Беларусь, Кыргызстан, Россия) могут пребывать до 90 дней на основании уведомления о прибытии; для более длительного пребывания необходимо разрешение на временное проживание (работа, учёба, семья), которое они могут получить на территории Казахстана до истечения 90-го дня. Лимит «90 дней из 180» — это верхний предел, а не продление срока.

# Title of the obligation card (rule kz-registration-2026).
kz-registration-2026-title = Самостоятельно зарегистрироваться онлайн (иммигранты из государств с 90-дневным режимом)

# What the obligation is, under its title (rule kz-registration-2026).
kz-registration-2026-what = С 1 июля 2026 г. иммигрант из государства с 90-дневным режимом пребывания регистрируется в миграционной информационной системе: указывает ФИО, дату рождения, паспортные данные, лицо, предоставляющее жильё, и адрес; это лицо подтверждает в мобильном приложении, и в личном кабинете появляется свидетельство о регистрации. Уведомление принимающей стороны в течение 3 рабочих дней при этом по-прежнему требуется.

# How the deadline is counted, first line of the counting steps (rule kz-registration-2026).
kz-registration-2026-convention = «Не позднее 30-го календарного дня с момента пересечения Государственной границы»: день пересечения считается днём 1, поэтому 30-й день — дата въезда + 29; выходные и праздничные дни не пропускаются.

# What the person holds once the obligation is done (rule kz-registration-2026).
kz-registration-certificate = Электронное свидетельство о регистрации в личном кабинете иммигранта в миграционной системе — свидетельство, а не карточка

# A warning on whom rule kz-registration-2026 reaches by citizenship (may follow "If …: ").
kz-registration-2026-scope-2 = Для граждан Таджикистана самостоятельная регистрация по правилам 2026 г. показана на основании сообщения СМИ («Азия-Плюс», ноябрь 2025 г.) и соглашения между Казахстаном и Таджикистаном 2018 г. о пребывании до 90 дней; перечень государств, содержащийся в самом Приказе, найти не удалось.

# A warning on whom rule kz-registration-2026 reaches by citizenship (may follow "If …: ").
kz-registration-2026-scope-3 = Для граждан Турции самостоятельная регистрация по правилам 2026 г. — вывод tirkeu, а не утверждение источника: она распространяется на государства с режимом пребывания до 90 дней, а граждане Турции с сентября 2025 г. могут пребывать 90 дней в любые 180 дней. Ни один источник не называет Турцию; уточните в миграционной службе.

# A warning on whom rule kz-registration-2026 reaches by citizenship (may follow "If …: ").
kz-registration-2026-scope-4 = Неизвестно, распространяется ли введённая 1 июля 2026 г. самостоятельная регистрация иммигрантов (не позднее 30-го календарного дня с момента пересечения границы, Приказ МВД № 923) на граждан этого государства: она касается «государств, с которыми установлен режим пребывания до 90 дней», а их перечня нет ни в одном источнике. tirkeu срок для неё не рассчитывает; уточните в миграционной службе и, если она к вам применяется, зарегистрируйтесь не позднее 30-го дня.

# A document to bring, in the obligation card's list.
kz-registration-2026-document-1 = Фамилия, имя, отчество (при наличии), дата рождения

# A document to bring, in the obligation card's list.
kz-registration-2026-document-2 = Паспортные данные

# A document to bring, in the obligation card's list.
kz-registration-2026-document-3 = Сведения о лице, предоставляющем жильё, и временный адрес; это лицо подтверждает в приложении

# Another reading of the deadline, before " — gives a later date …".
kz-registration-2026-reading = Отсчёт со дня, следующего за днём пересечения границы, как исчисляются сроки в гражданском праве: 30-й день — дата въезда + 30

# The name of a way to file, in the card's list of channels.
kz-channel-is-mp-name = Информационная система миграционной полиции (онлайн; лицо, предоставляющее жильё, подтверждает в мобильном приложении)

# What the person needs to use this channel.
kz-channel-is-mp-needs = паспортные данные, адрес и подтверждение лица, предоставляющего жильё

# How long this channel takes.
kz-channel-is-mp-processing = свидетельство о регистрации появляется в личном кабинете после подтверждения лицом, предоставляющим жильё

# Title of the obligation card (rule kz-re-registration-2026).
kz-re-registration-2026-title = Повторно зарегистрироваться по новому адресу

# What the obligation is, under its title (rule kz-re-registration-2026).
kz-re-registration-2026-what = По Правилам 2026 г. зарегистрированный иммигрант при смене адреса регистрируется повторно в течение 5 рабочих дней; с учёта по прежнему адресу он снимается автоматически.

# Another reading of the deadline, before " — gives a later date …".
kz-re-registration-2026-reading = Гражданско-правовое толкование: отсчёт начинается со дня, следующего за днём переезда (tirkeu этому толкованию не следует)

# Why the person is exempt, on the exemption line (also in "unless …" conditions).
kz-exempt-diplomatic-reason = Обладатели дипломатических или служебных паспортов, а также дипломатических или служебных виз регистрируются через Министерство иностранных дел, а не через миграционную полицию.

# Why the person is exempt, on the exemption line (also in "unless …" conditions).
kz-exempt-investor-reason = Обладатели инвесторских виз (или подтверждённого статуса инвестора) не регистрировались и миграционную карточку не получали.

# Why the person is exempt, on the exemption line (also in "unless …" conditions).
kz-exempt-under-16-reason = Дети до 16 лет не регистрировались отдельно и не получали миграционную карточку.

# Why the person is exempt, on the exemption line (also in "unless …" conditions).
kz-exempt-under-16-trp-reason = Детям до 16 лет собственное разрешение на временное проживание не требуется (по данным практиков); они вносятся в уведомление родителя.

# Why the person is exempt, on the exemption line (also in "unless …" conditions).
kz-exempt-crew-transit-reason = Экипажи воздушных и морских судов и поездов при исполнении служебных обязанностей, а также транзитные пассажиры подпадают под правила транзита, а не регистрации (правила о миграционной карточке; транзитная часть Приказа № 83).

# Why the person is exempt, on the exemption line (also in "unless …" conditions).
kz-exempt-short-stay-2012-reason = До 11 января 2020 г. пребывание до 5 календарных дней не требовало регистрации.

# Why the person is exempt, on the exemption line (also in "unless …" conditions).
kz-exempt-border-registration-reason = Граждане государств из перечня одностороннего безвизового режима регистрировались при въезде пограничной службой (два штампа в миграционной карточке) и не нуждались в дальнейшей регистрации на период безвизового пребывания.

# Why the person is exempt, on the exemption line (also in "unless …" conditions).
kz-exempt-russia-30-days-reason = Граждане России освобождены от регистрации на срок до 30 дней с момента въезда (соглашение между Россией и Казахстаном от 7 июня 2012 г.).

# Why the person is exempt, on the exemption line (also in "unless …" conditions).
kz-exempt-ukraine-90-days-reason = Граждане Украины могли пребывать до 90 дней без регистрации (протокол к соглашению между Казахстаном и Украиной от 19 мая 2000 г.).

# Why the person is exempt, on the exemption line (also in "unless …" conditions).
kz-exempt-short-stay-2020-reason = С 11 января 2020 г. для пребывания до 30 календарных дней регистрация и разрешение не требуются (только уведомление принимающей стороны); срок самостоятельной регистрации по правилам 2026 г. наступает на 30-й день, поэтому при пребывании, заканчивающемся не позднее этого дня, она не нужна.

# Why the person is exempt, on the exemption line (also in "unless …" conditions).
kz-exempt-90-day-trp-reason = Гражданам государств с 90-дневным режимом (ЕАЭС) для пребывания до 90 дней разрешение не требуется.

# Why the person is exempt, on the exemption line (also in "unless …" conditions).
kz-exempt-migration-card-visa-reason = Обладатели дипломатических, служебных и инвесторских виз миграционную карточку не получали.

# The visa-free allowance that applies, in the stay section.
kz-eaeu-90-2015-note = Граждане государств ЕАЭС могли пребывать до 90 дней с каждого въезда.

# The visa-free allowance that applies, in the stay section.
kz-eaeu-90-in-180-2023-note = С 27 января 2023 г. граждане ЕАЭС могут пребывать до 90 дней в течение любого 180-дневного периода.

# The visa-free allowance that applies, in the stay section.
kz-cis-90-2015-note = Двустороннее соглашение допускало пребывание до 90 дней с каждого въезда.

# The visa-free allowance that applies, in the stay section.
kz-cis-30-2015-note = До 30 дней с каждого въезда (МВД, 2019).

# The visa-free allowance that applies, in the stay section.
kz-uz-2015-note = Без визы; срок пребывания до 2023 г. в источниках tirkeu не установлен, поэтому применяется более короткий — 30 дней.

# The visa-free allowance that applies, in the stay section.
kz-cis-30-90-2023-note = С 27 января 2023 г. граждане государств, не входящих в ЕАЭС, пользующиеся безвизовым режимом, могут пребывать до 30 дней за один въезд и не более 90 дней в любые 180 дней. Для Азербайджана, Таджикистана и Украины в одном сообщении МВД указано 90 дней из 180 без ограничения в 30 дней, а с Грузией, Молдовой и Монголией действовали соглашения о 90 днях: tirkeu применяет более короткий вариант; если вам нужно больше, уточните в миграционной службе.

# The visa-free allowance that applies, in the stay section.
kz-bilateral-30-2015-note = Двустороннее соглашение допускало пребывание до 30 дней с каждого въезда (для Аргентины один источник указывает 30 дней в течение года).

# The visa-free allowance that applies, in the stay section.
kz-bilateral-30-90-2023-note = С 27 января 2023 г. граждане государств, не входящих в ЕАЭС, пользующиеся безвизовым режимом, могут пребывать до 30 дней за один въезд и не более 90 дней в любые 180 дней.

# The visa-free allowance that applies, in the stay section.
kz-kr-30-2015-note = Двустороннее соглашение между Кореей и Казахстаном: до 30 дней с каждого въезда.

# The visa-free allowance that applies, in the stay section.
kz-kr-30-90-2023-note = С 27 января 2023 г.: до 30 дней за один въезд и не более 90 дней в любые 180 дней.

# The visa-free allowance that applies, in the stay section.
kz-tr-30-2015-note = Соглашение между Турцией и Казахстаном 1992 г.: до одного месяца с каждого въезда.

# The visa-free allowance that applies, in the stay section.
kz-tr-90-2025-note = С сентября 2025 г. (постановление от 25 августа 2025 г.; в качестве первого дня здесь взят самый поздний из вероятных) граждане Турции могут пребывать до 90 дней в любые 180 дней.

# The visa-free allowance that applies, in the stay section.
kz-hk-14-2015-note = Паспорта САР Гонконг: до 14 дней (МВД, 2019).

# The visa-free allowance that applies, in the stay section.
kz-hk-14-2023-note = Паспорта САР Гонконг: до 14 дней за один въезд (МВД, 2019), а с 27 января 2023 г. — не более 90 дней в любые 180 дней.

# The visa-free allowance that applies, in the stay section.
kz-cn-in-ir-14-2022-note = С 8 июля 2022 г.: до 14 дней за один въезд и не более 42 дней в любые 180 дней.

# The visa-free allowance that applies, in the stay section.
kz-in-ir-14-2023-note = До 14 дней за один въезд и не более 42 дней в любые 180 дней (с 8 июля 2022 г.; сохранено постановлением от 25 августа 2025 г.).

# The visa-free allowance that applies, in the stay section.
kz-cn-30-90-2023-note = Соглашение между Китаем и Казахстаном, вступившее в силу 10 ноября 2023 г.: до 30 дней за один въезд и не более 90 дней в любые 180 дней.

# The visa-free allowance that applies, in the stay section.
kz-pilot-15-2014-note = Пилотный 15-дневный безвизовый режим (15 июля 2014 г. – 15 июля 2015 г.).

# The visa-free allowance that applies, in the stay section.
kz-pilot-15-2015-note = 15-дневный безвизовый режим с 16 июля 2015 г. (допускалось несколько въездов); для более длительного пребывания требовалась 30-дневная деловая виза миграционной полиции или инвесторская виза (до 90 дней, однократный въезд) Министерства иностранных дел.

# The visa-free allowance that applies, in the stay section.
kz-unilateral-30-2017-note = 30-дневный односторонний безвизовый режим с 1 января 2017 г.; до 27 января 2023 г. каждый въезд открывал новый 30-дневный срок.

# The visa-free allowance that applies, in the stay section.
kz-unilateral-30-2019-note = 30-дневный односторонний безвизовый режим, в 2019 г. распространён ещё на 12 стран.

# The visa-free allowance that applies, in the stay section.
kz-ae-30-2021-note = С мая 2021 г. приостановление из-за COVID-19 не распространялось на ОАЭ.

# The visa-free allowance that applies, in the stay section.
kz-unilateral-30-2022-note = 30-дневный односторонний безвизовый режим, возобновлён 1 января 2022 г.

# The visa-free allowance that applies, in the stay section.
kz-visa-free-30-90-2025-note = До 30 дней за один въезд и не более 90 дней в любые 180 дней (постановление от 25 августа 2025 г., в котором перечислено 66 государств; tirkeu установил 56 из них).

# A warning shown when its condition holds (may follow "If …: ").
kz-note-diplomatic-notification-unsettled = Обладатели дипломатических или служебных паспортов либо виз аккредитуются через Министерство иностранных дел. tirkeu не нашёл в действующих Правилах нормы, освобождающей их от уведомления о прибытии принимающей стороной, поэтому оно всё же показано: уточните в консульской службе Министерства.

# A warning shown when its condition holds (may follow "If …: ").
kz-note-transit-notification = Экипажи при исполнении служебных обязанностей и транзитные пассажиры не регистрируются, но если они останавливаются по какому-либо адресу (в гостинице на ночь), от места пребывания всё же ожидается уведомление; для этого случая уведомление принимающей стороны показано.

# A warning shown when its condition holds (may follow "If …: ").
kz-note-covid-suspension = С марта 2020 г. по 31 декабря 2021 г. односторонний безвизовый режим был приостановлен из-за COVID-19 (для Объединённых Арабских Эмиратов исключение действовало с мая 2021 г.); для въезда требовалась виза. Первый день приостановления в источниках указан по-разному (16 или 30 марта 2020 г.); tirkeu использует более раннюю дату.

# A warning shown when its condition holds (may follow "If …: ").
kz-note-children-in-notification = Дети вносятся в то же уведомление о прибытии, что и родитель, с которым они следуют; отдельного освобождения несовершеннолетних от уведомления нет.

# A warning shown when its condition holds (may follow "If …: ").
kz-note-host-and-self-registration = С 1 июля 2026 г. иммигранты из государств с 90-дневным режимом регистрируются самостоятельно не позднее 30-го дня. Ни в одном источнике не говорится, что уведомление принимающей стороны в течение 3 рабочих дней отменено, поэтому показаны обе обязанности — выполните обе.

# A warning shown when its condition holds (may follow "If …: ").
kz-note-self-registration-transition = 1 июля 2026 г., в период этого пребывания, вступает в силу самостоятельная регистрация иммигрантов из государств с 90-дневным режимом (Приказ МВД № 923: зарегистрироваться не позднее 30-го календарного дня с момента пересечения границы). Имеющиеся у tirkeu источники ничего не говорят о лицах, уже находящихся в Казахстане в этот день: должны ли они тоже зарегистрироваться и в какой срок — открытый вопрос. tirkeu следует правилам, действующим на день въезда, и срок для этой регистрации не рассчитывает; для надёжности зарегистрируйтесь в первые дни июля 2026 г. или уточните в миграционной службе.

# A warning shown when its condition holds (may follow "If …: ").
kz-note-no-visa-run = С 27 января 2023 г. выезд и повторный въезд не обнуляют отсчёт: безвизовое пребывание ограничено 90 днями в любые 180 дней, и в этот лимит засчитывается каждый день, проведённый в Казахстане.

# A warning shown when its condition holds (may follow "If …: ").
kz-note-extend-15-day-stay = Прибывшие по 15-дневному безвизовому режиму могли продлить пребывание, получив в Казахстане 30-дневную деловую визу или 90-дневную инвесторскую визу.

# Stay note when the citizenship has no visa-free regime on the date; follows "Citizens of X:".
kz-visa-required = на эту дату безвизовый режим был приостановлен из-за COVID-19: для въезда требовалась виза. Если она у вас была, выберите её тип.

# A warning when the planned stay goes beyond the visa-free allowance; $last is the last lawful day.
kz-needs-visa = Для граждан этой страны безвизовое пребывание нельзя продлить на территории Казахстана: разрешение на временное проживание выдаётся в стране только гражданам Армении, Азербайджана, Беларуси, Кыргызстана, России, Таджикистана и Узбекистана. Чтобы пребывать в стране после { $last } или с целью, на которую безвизовый режим не распространяется (работа, учёба), получите визу соответствующей категории до въезда — в консульстве Казахстана или в виде электронной визы, если ваша страна имеет на неё право. { $last } — предельный срок: выезжайте не позднее этого дня. Более длительное пребывание является правонарушением (КоАП РК, ст. 517 ч. 3): при превышении срока до 3 дней — предупреждение, свыше 3 и до 5 дней — 10 МРП, а сверх того — штраф, возможное выдворение и запрет въезда (размеры не установлены). На правительственной странице о разрешении право на его получение связывается с ратифицированными соглашениями о безвизовом режиме: если у вашего государства есть такое соглашение, уточните в миграционной службе, прежде чем на него рассчитывать.

# Stay note for a person holding a residence permit valid on the day of entry.
kz-permit-bounds-stay = При наличии разрешения на проживание срок пребывания ограничен сроком его действия: последний день действия — последний законный день. Безвизовые лимиты на владельцев разрешений не распространяются.
