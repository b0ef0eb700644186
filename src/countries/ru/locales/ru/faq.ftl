### Russia: the claims of the guides to the "Russian registration card", and the page's answers (docs/research/ru.md §9).
### Each answer's paragraphs are said in the order of src/countries/ru/faq.rs, the case's ones only when they apply.
### Laws are Russian federal laws (109-FZ on migration registration, 115-FZ on the status of foreigners) unless another is named; sums are in roubles.

# A claim travellers read in guides, as a question; the answer below is computed for the case.
ru-faq-card-q = Действует ли российская «регистрационная карта» от 3 месяцев до 5 лет?

# The FAQ, the "card" claim: the fixed answer, first paragraph.
ru-faq-card-registration = В путеводителях смешаны три разные вещи. Миграционный учёт — это уведомление о прибытии в место пребывания: у человека остаётся отрывная часть бланка уведомления с отметкой о приёме (ст. 22 109-ФЗ). Она действует на заявленный срок пребывания по этому одному адресу, не дольше законного пребывания (виза, безвизовые дни), а при переезде нужно новое уведомление.

# The FAQ, the "card" claim: the fixed answer, second paragraph.
ru-faq-card-permits = Долгие сроки — у разрешений, которые оформляют отдельно: разрешение на временное проживание (РВП) выдаётся на 3 года в пределах квоты; вид на жительство — на 5 лет (ст. 6, 8 115-ФЗ). «Карта» на 5 лет — это вид на жительство, а не регистрация.

# The FAQ, the "card" claim, for this case. Variables: $who who files it (another message, e.g. "Your host (the receiving party)"); $date the due date, already written out. $audience: who uses the page (traveller, host, hotel, organization).
ru-faq-card-notify = { $audience ->
        [traveller] В вашем случае уведомление о прибытии нужно подать до { $date }; подаёт: { $who }. Вы получаете отрывную часть бланка, действующую на заявленный срок пребывания по этому адресу.
       *[other] В этом случае уведомление о прибытии нужно подать до { $date }; подаёт: { $who }. Гость получает отрывную часть бланка, действующую на заявленный срок пребывания по этому адресу.
    }

# The FAQ, the "card" claim, for this case: no notification needed. Variables: $exempt why (another message, a whole sentence).
ru-faq-card-exempt = В этом случае уведомление о прибытии не нужно, поэтому и получать нечего. { $exempt }

# The FAQ, the "card" claim, for this case: the stay ends before a notification would be due.
ru-faq-card-short = В этом случае уведомление о прибытии не нужно: пребывание заканчивается раньше, чем наступил бы срок (ст. 20 109-ФЗ).

# A claim travellers read in guides, as a question; the answer below is computed for the case.
ru-faq-paper-q = Регистрация — это больше бумаг и собеседования?

# The FAQ, the "paper" claim: the fixed answer, first paragraph.
ru-faq-paper-form = Регистрация — это один бланк, уведомление о прибытии, и копии паспорта, миграционной карты и документа принимающей стороны; ни собеседования, ни госпошлины нет (ст. 22 109-ФЗ). Когда подаёт принимающая сторона, гостю приходить не нужно.

# The FAQ, the "paper" claim: the fixed answer, second paragraph.
ru-faq-paper-tests = Собеседования и экзамен по русскому языку, истории и законодательству — для РВП, вида на жительство и патента на работу (ст. 15.1 115-ФЗ), а не для регистрации.

# The FAQ, the "paper" claim, for this case. Variables: $title what to do (another message); $date its due date, already written out; $who who files it (another message).
ru-faq-paper-case = В этом случае: { $title }, до { $date }; подаёт: { $who }.

# The FAQ, the "paper" claim, for this case: no notification needed.
ru-faq-paper-none = В этом случае уведомление о прибытии не нужно: никаких бланков.

# The FAQ, the "paper" claim, for this case: the migration card. Variables: $title what to do (another message). $audience: who uses the page (traveller, host, hotel, organization).
ru-faq-paper-card = { $audience ->
        [traveller] Единственная другая бумага — ваша, на границе: { $title }; её заполняют при въезде и хранят до выезда.
       *[other] Единственная другая бумага — у гостя, на границе: { $title }; её заполняют при въезде и хранят до выезда.
    }

# A claim travellers read in guides, as a question; the answer below is computed for the case.
ru-faq-fees-q = Регистрация — это более высокие сборы?

# The FAQ, the "fees" claim, for this case: the notification's fee. Variables: $fee the fee, in words (another message, whole sentences).
ru-faq-fees-free = Нет: регистрация бесплатна. { $fee }

# The FAQ, the "fees" claim, for this case: the fines in roubles. Variables: $penalty the penalty, in words (another message).
ru-faq-fees-fine = Деньги стоит опоздание или неподача, в рублях: { $penalty }

# The FAQ, the "fees" claim, for this case: no notification, nothing to pay.
ru-faq-fees-none = Нет: в этом случае подавать уведомление о прибытии не нужно, и платить за регистрацию нечего.

# The FAQ, the "fees" claim: the fixed answer, last paragraph.
ru-faq-fees-other = Расходы, которые могут иметь в виду путеводители, — в другом: единая электронная виза (консульский сбор около 52 долларов США с комиссиями) и для приехавших без визы на работу — дактилоскопия, фотографирование и медицинское освидетельствование в течение 30 дней после въезда, это платные услуги.

# A claim travellers read in guides, as a question; the answer below is computed for the case.
ru-faq-eaeu-q = Признаётся ли российская регистрация во всём Евразийском экономическом союзе?

# The FAQ, the "eaeu" claim: the fixed answer, first paragraph.
ru-faq-eaeu-national = Нет: регистрация национальная. Российское уведомление действует только в России и только для указанного в нём адреса; Казахстан, Беларусь, Армения и Киргизия регистрируют пребывание по своим правилам, и регистрация там ничего не значит в России.

# The FAQ, the "eaeu" claim: the fixed answer, second paragraph.
ru-faq-eaeu-treaty = Договор о ЕАЭС (ст. 97) лишь освобождает трудящихся государств-членов и членов их семей от регистрации на 30 дней с даты въезда в государстве трудоустройства; двусторонние соглашения дают другим гражданам свои сроки, и каждое государство считает свои.

# The FAQ, the "eaeu" claim, for this case. Variables: $date the due date, already written out; $n its working days. $audience: who uses the page (traveller, host, hotel, organization).
ru-faq-eaeu-notify = { $audience ->
        [traveller] В вашем случае уведомление о прибытии в России нужно подать до { $date } ({ $n } российских рабочих дней), что бы ни было зарегистрировано в другой стране.
       *[other] В этом случае уведомление о прибытии в России нужно подать до { $date } ({ $n } российских рабочих дней), что бы ни было зарегистрировано в другой стране.
    }

# The FAQ, the "eaeu" claim, for this case: an exempt citizen whose stay goes beyond the days the agreement allows. Variables: $date the due date, already written out; $n the agreement's days.
ru-faq-eaeu-window = В этом случае пребывание длится дольше { $n } дней, которые соглашение с Россией даёт без уведомления, поэтому уведомление нужно подать до { $date }, считая от въезда в Россию.

# The FAQ, the "eaeu" claim, for this case: no notification needed. Variables: $exempt why (another message, a whole sentence).
ru-faq-eaeu-exempt = В этом случае уведомление в России не нужно благодаря собственному соглашению России: { $exempt } Дни считаются от въезда в Россию; другое государство-член считает свои.

# The FAQ, the "eaeu" claim, for this case: the stay. Variables: $date the last lawful day, already written out. $audience: who uses the page (traveller, host, hotel, organization).
ru-faq-eaeu-stay = { $audience ->
        [traveller] Дни пребывания Россия тоже считает по своим правилам: в вашем случае пребывание законно до { $date }.
       *[other] Дни пребывания гостя Россия тоже считает по своим правилам: в этом случае пребывание законно до { $date }.
    }
