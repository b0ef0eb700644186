### Kazakhstan: the claims travellers read about registration in Kazakhstan, and the page's answers.
### $audience: who uses the page (traveller, host, hotel, organization).

# A claim travellers read in blogs, as a question; the answer below is computed for the case. $audience: who uses the page (traveller, host, hotel, organization).
kz-faq-card-q = { $audience ->
        [traveller] Тіркеу карточкасы немесе 72 сағат ішінде тіркелу керек пе?
       *[other] Қонаққа тіркеу карточкасы немесе 72 сағат ішінде тіркелу керек пе?
    }

# A claim travellers read in blogs, as a question; the answer below is computed for the case.
kz-faq-fee-q = Тіркеу 15 000 теңге тұра ма?

# A claim travellers read in blogs, as a question; the answer below is computed for the case. $audience: who uses the page (traveller, host, hotel, organization).
kz-faq-who-q = { $audience ->
        [traveller] Мұны кім жасайды — мен бе, әлде үй иесі не қонақүй ме?
       *[other] Мұны кім жасайды — қонақ па, әлде оны қабылдаған біз бе?
    }

# A claim travellers read in blogs, as a question; the answer below is computed for the case. $audience: who uses the page (traveller, host, hotel, organization).
kz-faq-renew-q = { $audience ->
        [traveller] Мерзімі бітерден 30 күн бұрын ұзарту керек пе?
       *[other] Қонақ мерзімі бітерден 30 күн бұрын ұзартуы керек пе?
    }

# A claim travellers read in blogs, as a question; the answer below is computed for the case. $audience: who uses the page (traveller, host, hotel, organization).
kz-faq-stay-q = { $audience ->
        [traveller] Елде қанша уақыт бола аламын?
       *[other] Қонақ елде қанша уақыт бола алады?
    }

# The FAQ: an answer to a claim, computed for this case.
kz-faq-no-card = Ешқандай тіркеу карточкасын алып жүрудің қажеті жоқ, ал мерзім 72 сағат емес.

# The FAQ: an answer to a claim, computed for this case. Variables: $who who does it (another message); $date a date, already written out; $n a number; $days a number of calendar days.
kz-faq-notify = { $who } көші-қон органын хабардар етуі тиіс. Мерзімі — { $date }. Мерзім жұмыс күнімен есептеледі: { $n } жұмыс күні, келген күнді қоса; сізде бұл күнтізбелік { $days } күнді қамтиды, 72 сағатты емес.

# The FAQ: an answer to a claim, computed for this case. Variables: $who who does it (another message); $date a date, already written out.
kz-faq-register = Тіркелу қажет. Мерзімі — { $date }; мұны істейтін: { $who }.

# The FAQ: an answer to a claim, computed for this case. Variables: $title an obligation's title; $date a date, already written out; $result what the traveller gets. $audience: who uses the page (traveller, host, hotel, organization).
kz-faq-certificate = { $audience ->
        [traveller] Өзіңіздің онлайн тіркелуіңіз ({ $title }, { $date } дейін) де карточка бермейді: { $result }.
       *[other] Қонақтың өз онлайн тіркелуі ({ $title }, { $date } дейін) де карточка бермейді: { $result }.
    }

# The FAQ: an answer to a claim, computed for this case.
kz-faq-migration-card = Бұл күні кірген кезде шекарада көші-қон карточкасы толтырылатын.

# The FAQ: an answer to a claim, computed for this case. Variables: $reason why nothing is needed.
kz-faq-nothing-to-do = Бұл сапарда ешкімге хабарлау не тіркеу қажет емес: { $reason }

# The FAQ: an answer to a claim, computed for this case. Variables: $date a date, already written out. $audience: who uses the page (traveller, host, hotel, organization).
kz-faq-trp = { $audience ->
        [traveller] Рұқсат етілген мерзімнен ұзақ болу үшін уақытша тұруға рұқсат қажет. Мерзімі — { $date }. Бұл хабарламадан бөлек рәсім.
       *[other] Рұқсат етілген мерзімнен ұзақ болу үшін қонаққа уақытша тұруға рұқсат қажет. Мерзімі — { $date }. Бұл хабарламадан бөлек рәсім.
    }

# The FAQ: an answer to a claim, computed for this case. Variables: $fee the fee, in words.
kz-faq-free = Жоқ. { $fee } 15 000 теңге сияқты сома ол үшін мемлекеттік алым емес; оны сұраса, бұл делдалдың бағасы немесе айыппұл.

# The FAQ: an answer to a claim, computed for this case. Variables: $fee the fee, in words.
kz-faq-fee-unknown = Төлем: { $fee }

# The FAQ: an answer to a claim, computed for this case. Variables: $penalty the penalty, in words.
kz-faq-fine = Хабарламаны кешіктірсе не бермесе, айыппұл салынуы мүмкін: { $penalty }

# The FAQ: an answer to a claim, computed for this case. Variables: $who who does it (another message). $audience: who uses the page (traveller, host, hotel, organization).
kz-faq-who = { $audience ->
        [traveller] { $who }. Сіз төлқұжат деректерін бересіз, хабарламаны олар жібереді.
       *[other] { $who }. Қонақ төлқұжат деректерін береді, хабарламаны олар жібереді.
    }

# The FAQ: an answer to a claim, computed for this case. $audience: who uses the page (traveller, host, hotel, organization).
kz-faq-who-you = { $audience ->
        [traveller] Мұны өзіңіз жасайсыз.
       *[other] Мұны қонақтың өзі жасайды.
    }

# The FAQ: an answer to a claim, computed for this case.
kz-faq-who-none = Ешкім: бұл сапарға хабарлама да, тіркеу де қажет емес.

# The FAQ: an answer to a claim, computed for this case. Variables: $title an obligation's title; $date a date, already written out. $audience: who uses the page (traveller, host, hotel, organization).
kz-faq-you-also = { $audience ->
        [traveller] Өз міндетіңіз: { $title }. Мерзімі — { $date }.
       *[other] Қонақтың өз міндеті: { $title }. Мерзімі — { $date }.
    }

# The FAQ: an answer to a claim, computed for this case. Variables: $date a date, already written out. $audience: who uses the page (traveller, host, hotel, organization).
kz-faq-renew-no = { $audience ->
        [traveller] Жоқ. Сіздің жағдайыңызда 30 күн бұрын ештеңені ұзартудың қажеті жоқ; бұл кеңес тұруға рұқсаттарға қатысты. Визасыз болуды тіркеу арқылы ұзартуға болмайды: елден шығудың соңғы күні — { $date }.
       *[other] Жоқ. Бұл жағдайда 30 күн бұрын ештеңені ұзартудың қажеті жоқ; бұл кеңес тұруға рұқсаттарға қатысты. Визасыз болуды тіркеу арқылы ұзартуға болмайды: қонақтың елден шығуының соңғы күні — { $date }.
    }

# The FAQ: an answer to a claim, computed for this case. $audience: who uses the page (traveller, host, hotel, organization).
kz-faq-renew-visa = { $audience ->
        [traveller] Хабарламаны 30 күн бұрын ұзарту қажет емес. Визамен болу мерзімі визаның қолданылу мерзімімен шектеледі.
       *[other] Хабарламаны 30 күн бұрын ұзарту қажет емес. Визамен қонақтың болу мерзімі визаның қолданылу мерзімімен шектеледі.
    }

# The FAQ: an answer to a claim, computed for this case. Variables: $date a date, already written out.
kz-faq-stay-until = Заңды болудың соңғы күні — { $date }.

# The FAQ: an answer to a claim, computed for this case. Variables: $n a number. $audience: who uses the page (traveller, host, hotel, organization).
kz-faq-overstay = { $audience ->
        [traveller] Жоспарланған шығу рұқсат етілгеннен { $n } күн кеш.
       *[other] Қонақтың жоспарланған шығуы рұқсат етілгеннен { $n } күн кеш.
    }

# The FAQ: an answer to a claim, computed for this case.
kz-faq-nothing-to-pay = Төлейтін ештеңе жоқ: бұл сапарға хабарлама да, тіркеу де қажет емес.

# The FAQ: an answer to a claim, computed for this case. Variables: $date a date, already written out; $n a number; $days a number of calendar days.
kz-faq-notify-self = Сіз көші-қон органын хабардар етуіңіз тиіс. Мерзімі — { $date }. Мерзім жұмыс күнімен есептеледі: { $n } жұмыс күні, келген күнді қоса; бұл жерде ол күнтізбелік { $days } күнді қамтиды, 72 сағатты емес.

# The FAQ: an answer to a claim, computed for this case. Variables: $who who does it (another message).
kz-faq-who-self = { $who }: қонақ сізге төлқұжат деректерін береді, хабарламаны сіз жібересіз.
