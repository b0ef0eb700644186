### Kazakhstan: the claims travellers read about registration in Kazakhstan, and the page's answers.
### $audience: who uses the page (traveller, host, hotel, organization).

# A claim travellers read in blogs, as a question; the answer below is computed for the case. $audience: who uses the page (traveller, host, hotel, organization).
kz-faq-card-q = { $audience ->
        [traveller] Нужна ли регистрационная карточка или регистрация в течение 72 часов?
       *[other] Нужна ли гостю регистрационная карточка или регистрация в течение 72 часов?
    }

# A claim travellers read in blogs, as a question; the answer below is computed for the case.
kz-faq-fee-q = Регистрация стоит 15 000 тенге?

# A claim travellers read in blogs, as a question; the answer below is computed for the case. $audience: who uses the page (traveller, host, hotel, organization).
kz-faq-who-q = { $audience ->
        [traveller] Кто это делает — я или хозяин жилья / гостиница?
       *[other] Кто это делает — гость или мы, принимающая сторона?
    }

# A claim travellers read in blogs, as a question; the answer below is computed for the case. $audience: who uses the page (traveller, host, hotel, organization).
kz-faq-renew-q = { $audience ->
        [traveller] Нужно ли продлевать за 30 дней до окончания?
       *[other] Нужно ли гостю продлевать за 30 дней до окончания?
    }

# A claim travellers read in blogs, as a question; the answer below is computed for the case. $audience: who uses the page (traveller, host, hotel, organization).
kz-faq-stay-q = { $audience ->
        [traveller] Сколько я могу находиться в стране?
       *[other] Сколько гость может находиться в стране?
    }

# The FAQ: an answer to a claim, computed for this case.
kz-faq-no-card = Никакой регистрационной карточки носить не нужно, и срок — не 72 часа.

# The FAQ: an answer to a claim, computed for this case. Variables: $who who does it (another message); $date a date, already written out; $n a number; $days a number of calendar days.
kz-faq-notify = { $who } должна уведомить миграционную службу до { $date }. Срок — { $n ->
        [one] { $n } рабочий день
        [few] { $n } рабочих дня
       *[many] { $n } рабочих дней
    }, считая день прибытия; у вас это { $days ->
        [one] { $days } календарный день
        [few] { $days } календарных дня
       *[many] { $days } календарных дней
    }, а не 72 часа.

# The FAQ: an answer to a claim, computed for this case. Variables: $who who does it (another message); $date a date, already written out.
kz-faq-register = Зарегистрироваться нужно до { $date }; это делает: { $who }.

# The FAQ: an answer to a claim, computed for this case. Variables: $title an obligation's title; $date a date, already written out; $result what the traveller gets. $audience: who uses the page (traveller, host, hotel, organization).
kz-faq-certificate = { $audience ->
        [traveller] Ваша собственная онлайн-регистрация ({ $title }, до { $date }) тоже не даёт карточки: { $result }.
       *[other] Собственная онлайн-регистрация гостя ({ $title }, до { $date }) тоже не даёт карточки: { $result }.
    }

# The FAQ: an answer to a claim, computed for this case.
kz-faq-migration-card = При въезде в эту дату на границе заполнялась миграционная карточка.

# The FAQ: an answer to a claim, computed for this case. Variables: $reason why nothing is needed.
kz-faq-nothing-to-do = Для этого пребывания никому не нужно уведомлять или регистрировать: { $reason }

# The FAQ: an answer to a claim, computed for this case. Variables: $date a date, already written out. $audience: who uses the page (traveller, host, hotel, organization).
kz-faq-trp = { $audience ->
        [traveller] Чтобы остаться дольше разрешённого срока, нужно разрешение на временное проживание до { $date }; это другая процедура, не уведомление.
       *[other] Чтобы остаться дольше разрешённого срока, гостю нужно разрешение на временное проживание до { $date }; это другая процедура, не уведомление.
    }

# The FAQ: an answer to a claim, computed for this case. Variables: $fee the fee, in words.
kz-faq-free = Нет. { $fee } Сумма вроде 15 000 тенге — не государственный сбор за него; если её просят, это цена посредника или штраф.

# The FAQ: an answer to a claim, computed for this case. Variables: $fee the fee, in words.
kz-faq-fee-unknown = Плата: { $fee }

# The FAQ: an answer to a claim, computed for this case. Variables: $penalty the penalty, in words.
kz-faq-fine = За опоздание или отсутствие уведомления возможен штраф: { $penalty }

# The FAQ: an answer to a claim, computed for this case. Variables: $who who does it (another message). $audience: who uses the page (traveller, host, hotel, organization).
kz-faq-who = { $audience ->
        [traveller] { $who }. Вы передаёте паспортные данные, уведомление подают они.
       *[other] { $who }. Гость передаёт паспортные данные, уведомление подают они.
    }

# The FAQ: an answer to a claim, computed for this case. $audience: who uses the page (traveller, host, hotel, organization).
kz-faq-who-you = { $audience ->
        [traveller] Вы делаете это сами.
       *[other] Гость делает это сам.
    }

# The FAQ: an answer to a claim, computed for this case.
kz-faq-who-none = Никто: для этого пребывания уведомление и регистрация не требуются.

# The FAQ: an answer to a claim, computed for this case. Variables: $title an obligation's title; $date a date, already written out. $audience: who uses the page (traveller, host, hotel, organization).
kz-faq-you-also = { $audience ->
        [traveller] Ваша собственная обязанность: { $title }, до { $date }.
       *[other] Собственная обязанность гостя: { $title }, до { $date }.
    }

# The FAQ: an answer to a claim, computed for this case. Variables: $date a date, already written out. $audience: who uses the page (traveller, host, hotel, organization).
kz-faq-renew-no = { $audience ->
        [traveller] Нет. В вашем случае ничего не нужно продлевать за 30 дней до окончания; этот совет относится к видам на жительство. Безвизовое пребывание нельзя продлить регистрацией: выезжайте не позднее { $date }.
       *[other] Нет. В этом случае ничего не нужно продлевать за 30 дней до окончания; этот совет относится к видам на жительство. Безвизовое пребывание нельзя продлить регистрацией: гость должен выехать не позднее { $date }.
    }

# The FAQ: an answer to a claim, computed for this case. $audience: who uses the page (traveller, host, hotel, organization).
kz-faq-renew-visa = { $audience ->
        [traveller] Продлевать уведомление за 30 дней не нужно. С визой пребывание ограничено сроком действия визы.
       *[other] Продлевать уведомление за 30 дней не нужно. С визой пребывание гостя ограничено сроком действия визы.
    }

# The FAQ: an answer to a claim, computed for this case. Variables: $date a date, already written out.
kz-faq-stay-until = До { $date } включительно (последний законный день).

# The FAQ: an answer to a claim, computed for this case. Variables: $n a number. $audience: who uses the page (traveller, host, hotel, organization).
kz-faq-overstay = { $audience ->
        [traveller] { $n ->
            [one] Планируемый выезд на { $n } день позже допустимого.
            [few] Планируемый выезд на { $n } дня позже допустимого.
           *[many] Планируемый выезд на { $n } дней позже допустимого.
        }
       *[other] { $n ->
            [one] Планируемый выезд гостя на { $n } день позже допустимого.
            [few] Планируемый выезд гостя на { $n } дня позже допустимого.
           *[many] Планируемый выезд гостя на { $n } дней позже допустимого.
        }
    }

# The FAQ: an answer to a claim, computed for this case.
kz-faq-nothing-to-pay = Платить нечего: для этого пребывания уведомление и регистрация не требуются.

# The FAQ: an answer to a claim, computed for this case. Variables: $date a date, already written out; $n a number; $days a number of calendar days.
kz-faq-notify-self = Вы должны уведомить миграционную службу до { $date }. Срок — { $n ->
        [one] { $n } рабочий день
        [few] { $n } рабочих дня
       *[many] { $n } рабочих дней
    }, считая день прибытия; здесь это { $days ->
        [one] { $days } календарный день
        [few] { $days } календарных дня
       *[many] { $days } календарных дней
    }, а не 72 часа.

# The FAQ: an answer to a claim, computed for this case. Variables: $who who does it (another message).
kz-faq-who-self = { $who }: гость передаёт вам паспортные данные, уведомление подаёте вы.
