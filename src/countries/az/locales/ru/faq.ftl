### Azerbaijan: the claims of the guides to the "registration card" (Qeydiyyat kartı), and the page's answers (docs/research/az.md §5.2).
### Each answer's paragraphs are said in the order of src/countries/az/faq.rs, the case's ones only when they apply.
### Articles are of the Migration Code of Azerbaijan unless another code is named; sums are in manats.

# A claim travellers read in guides, as a question; the answer below is computed for the case. $audience: who uses the page (traveller, host, hotel, organization).
az-faq-card-q = { $audience ->
        [traveller] Регистрация — это карточка, без которой мне не открыть счёт в банке, не купить SIM-карту и не снять жильё?
       *[other] Регистрация — это карточка, без которой гостю не открыть счёт в банке, не купить SIM-карту и не снять жильё?
    }

# The FAQ, the "card" claim: the fixed answer, first paragraph.
az-faq-card-not-a-card = Регистрация по месту пребывания — не карточка. Государственная миграционная служба вносит лицо в свою информационную систему сразу после получения заявления и сообщает заявителю об этом в течение 1 рабочего дня; на руки ничего не выдаётся (ст. 21.4).

# The FAQ, the "card" claim: the fixed answer, second paragraph.
az-faq-card-permits = Карты — это карты разрешения на временное и на постоянное проживание (ст. 44.3, 52.3); их получают отдельно, и регистрация пребывания не даёт ни той, ни другой.

# The FAQ, the "card" claim: the fixed answer, third paragraph (a negative finding: say that no rule was found, not that none exists).
az-faq-card-bank = Мы не нашли правила, по которому регистрация нужна для открытия банковского счёта, покупки SIM-карты или аренды жилья, но не нашли и правила, которое это исключает: спросите у банка, оператора или арендодателя, что нужно им.

# The FAQ, the "card" claim, for this case. Variables: $date the due date, already written out; $who who files it (another message, e.g. "Your host (the receiving party)"). $audience: who uses the page (traveller, host, hotel, organization).
az-faq-card-register = { $audience ->
        [traveller] В вашем случае зарегистрироваться нужно до { $date }; заявление подаёт: { $who }. Вы можете подать его и сами; это бесплатно.
       *[other] В этом случае зарегистрироваться нужно до { $date }; заявление подаёт: { $who }. Гость может подать его и сам; это бесплатно.
    }

# The FAQ, the "card" claim, for this case: no registration needed. Variables: $exempt why (another message, a whole sentence).
az-faq-card-exempt = В этом случае регистрация по месту пребывания не нужна. { $exempt }

# The FAQ, the "card" claim, for this case: the stay is too short to be registered.
az-faq-card-short = В этом случае регистрация по месту пребывания не нужна: пребывание для неё слишком короткое (ст. 21.1).

# A claim travellers read in guides, as a question; the answer below is computed for the case.
az-faq-permit-q = Временная карта обычно даётся на год, а постоянная — инвесторам от 100 000 долларов или супругам?

# The FAQ, the "permit" claim: the fixed answer, first paragraph.
az-faq-permit-trp = Верна только первая половина: разрешение на временное проживание выдаётся на срок до 1 года и продлевается каждый раз до 2 лет; инвесторам от 500 000 манатов — до 3 лет (ст. 49).

# The FAQ, the "permit" claim: the fixed answer, second paragraph.
az-faq-permit-prp = Разрешение на постоянное проживание дают не просто инвесторам или супругам: о нём можно просить только после 2 лет непрерывного временного проживания и по одному из оснований ст. 52.1 (среди них близкий родственник — гражданин Азербайджана, инвестиции от 500 000 манатов, недвижимость или вклад от 200 000 манатов); оно действует 5 лет (ст. 54.12).

# The FAQ, the "permit" claim: the fixed answer, third paragraph.
az-faq-permit-manats = Суммы указаны в манатах, а не в долларах: 100 000 манатов — это порог для недвижимости или банковского вклада при временном разрешении (ст. 45.1).

# The FAQ, the "permit" claim, for this case: one of its permit deadlines (a first permit, its renewal, a permanent one), said once for each. Variables: $title what to do (another message, e.g. "Apply for a temporary residence permit"); $date the last day, already written out.
az-faq-permit-case = В этом случае: { $title } — до { $date }.

# A claim travellers read in guides, as a question; the answer below is computed for the case.
az-faq-time-q = Это занимает 3–4 недели?

# The FAQ, the "time" claim: the fixed answer, first paragraph.
az-faq-time-registration = Регистрация не занимает недель: Государственная миграционная служба вносит её сразу после получения заявления и сообщает заявителю в течение 1 рабочего дня (ст. 21.4).

# The FAQ, the "time" claim: the fixed answer, second paragraph.
az-faq-time-permits = Разрешение на временное проживание рассматривают 15 или 20 рабочих дней в зависимости от уплаченной госпошлины (ст. 47.5), продление пребывания — 1 или 3 рабочих дня (ст. 42.5): к 3–4 неделям приближается только разрешение.

# The FAQ, the "time" claim, for this case. Variables: $date the registration's due date, already written out.
az-faq-time-case = В этом случае зарегистрироваться нужно до { $date }, и регистрация действует с момента подачи.

# A claim travellers read in guides, as a question; the answer below is computed for the case.
az-faq-biometrics-q = С 2025 года снимают отпечатки пальцев и сканируют лицо?

# The FAQ, the "biometrics" claim: the fixed answer, first paragraph.
az-faq-biometrics-trp = Отпечатки пальцев снимают только у заявителей на разрешение на временное проживание с 15 лет (ст. 46.3), и это правило не 2025 года: оно есть в первоначальном тексте кодекса.

# The FAQ, the "biometrics" claim: the fixed answer, second paragraph.
az-faq-biometrics-registration = При регистрации по месту пребывания не берут ни отпечатков, ни фотографий (ст. 21.2). Изменений 2025 года и правил о сканировании лица мы не нашли.

# A claim travellers read in guides, as a question; the answer below is computed for the case.
az-faq-insurance-q = Обязательна ли медицинская страховка?

# The FAQ, the "insurance" claim: the fixed answer, first paragraph.
az-faq-insurance-documents = Медицинской страховки нет среди документов ни для регистрации (ст. 21.2), ни для разрешения на временное проживание (ст. 46.1).

# The FAQ, the "insurance" claim: the fixed answer, second paragraph.
az-faq-insurance-certificate = Для разрешения на временное проживание нужна медицинская справка о том, что заявитель не болен инфекционными заболеваниями из правительственного перечня (ст. 46.1.5), — справка, а не страховой полис.

# A claim travellers read in guides, as a question; the answer below is computed for the case.
az-faq-move-q = После переезда адрес нужно обновить в течение 10 дней?

# The FAQ, the "move" claim: the fixed answer, first paragraph.
az-faq-move-rule = В течение 5 рабочих дней со дня прибытия по новому адресу, а не 10 дней (ст. 21.9, с 24 июля 2019 г.). Новая регистрация не нужна, если новое жильё принадлежит тому же собственнику, что и жильё, по адресу которого оформлена регистрация.

# The FAQ, the "move" claim: the fixed answer, second paragraph.
az-faq-move-ten = 10 рабочих дней — из других правил, для владельцев разрешения на проживание: об изменении паспортных данных или утрате карты сообщают в течение 10 рабочих дней (ст. 44.5), а владелец, у которого хозяин забирает жильё, должен в течение 10 рабочих дней представить другое (ст. 50.1.7-1).

# The FAQ, the "move" claim, for this case (the scenario has a move). Variables: $date the due date, already written out; $who who files it (another message).
az-faq-move-case = В этом случае новый адрес нужно зарегистрировать до { $date }; заявление подаёт: { $who }.

# The FAQ, the "move" claim, for this case: no new registration needed. Variables: $exempt why (another message, a whole sentence).
az-faq-move-exempt = В этом случае после переезда новая регистрация не нужна. { $exempt }

# A claim travellers read in guides, as a question; the answer below is computed for the case.
az-faq-translation-q = Каждый документ нужно переводить с заверением?

# The FAQ, the "translation" claim: the fixed answer, first paragraph.
az-faq-translation-registration = Для регистрации нужны анкета-заявление и копия паспорта со страницей визы и последней отметкой о въезде (ст. 21.2); перевода не требуют.

# The FAQ, the "translation" claim: the fixed answer, second paragraph.
az-faq-translation-permit = Для разрешения на временное проживание документ, подтверждающий основание, и согласие члена семьи должны быть нотариально заверены (ст. 46.1.4, 46.1.4-1). Общего правила о переводе иностранных документов мы не нашли: уточните в Государственной миграционной службе, каким из ваших документов нужен перевод.

# A claim travellers read in guides, as a question; the answer below is computed for the case.
az-faq-receipt-q = Квитанция об оплате — доказательство законного пребывания?

# The FAQ, the "receipt" claim: the fixed answer, first paragraph.
az-faq-receipt-payment = Квитанцию об уплате госпошлины сдают при выдаче карты разрешения или решения о продлении (ст. 41.2, 46.2): она подтверждает только то, что пошлина уплачена.

# The FAQ, the "receipt" claim: the fixed answer, second paragraph.
az-faq-receipt-right = Право на пребывание дают виза или безвизовый въезд в пределах его срока, решение о продлении пребывания (ст. 39.2) или карта разрешения (ст. 44.4). Заявление о разрешении или продлении, принятое до конца срока пребывания, позволяет оставаться в стране, пока его рассматривают (ст. 20.2).

# The FAQ, the "receipt" claim, for this case. Variables: $date the last lawful day, already written out. $audience: who uses the page (traveller, host, hotel, organization).
az-faq-receipt-case = { $audience ->
        [traveller] В вашем случае пребывание законно до { $date }.
       *[other] В этом случае пребывание гостя законно до { $date }.
    }
