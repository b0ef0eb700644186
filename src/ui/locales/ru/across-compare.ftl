### The comparison across borders: the trip of the questions answered in each destination, side by side (www/js/compare.js). IDs ui-x-c-.

# Caption of the comparison table. $trip: the traveller and the dates of the questions, e.g. "China · 13 Oct – 5 Nov 2026".
ui-x-c-caption = Та же поездка в каждой стране: { $trip }

# Shown instead of the comparison while the main questions have an error or no citizenship.
ui-x-c-fix = Ответьте на вопросы выше (или исправьте отмеченное поле), чтобы сравнить страны. Введённое там сохраняется.

# Shown in the comparison when it could not be drawn (an unexpected error).
ui-x-c-failed = Для этих ответов сравнение составить не удалось. На ответ выше это не влияет.

# Small mark beside the name of the country chosen in the questions, in the comparison's column header.
ui-x-c-yours = выбрана выше

# Row header of the comparison: each duty, who does it and its due date.
ui-x-c-h-duties = Кто что должен сделать и до какого дня

# Row header of the comparison: the fee and the fine for being late.
ui-x-c-h-cost = Сколько это стоит

# Row header of the comparison: how long the stay may last, each limit with the days used and left.
ui-x-c-h-stay = Сколько можно пробыть

# Row header of the comparison: the warnings that decide whether and how long the traveller may come.
ui-x-c-h-watch = На что обратить внимание

# Row header of the comparison: the name of the form the page fills in for that country.
ui-x-c-h-form = Бланк

# Row header (read by screen readers only) of the row of buttons to each country's full answer.
ui-x-c-h-go = Полный ответ

# A button under a column of the comparison: makes that country the destination of the questions and goes to its answer. $country: the country's name.
ui-x-c-show = Показать полный ответ: { $country }

# In a column of the comparison: no duty at all for this trip (the exemptions follow, if any).
ui-x-c-none = Для этой поездки регистрироваться не нужно.

# In a column of the comparison: the fine for being late with a duty, a sum or a range. $who: who does it ("Your host"), $amount: the money, e.g. "2,000 ₽ to 4,000 ₽".
ui-x-c-fine = { $who }, при опоздании: штраф { $amount }

# The same as ui-x-c-fine when a warning may be given instead of the fine. $who: who does it, $amount: the money.
ui-x-c-fine-or-warning = { $who }, при опоздании: предупреждение или штраф { $amount }

# In a column of the comparison: the words before the list of fines for one party when there are several (an official and the legal entity; the capitals' higher fines), each line "offender: sum". $who: who does it ("Your host").
ui-x-c-fine-lines = { $who }, при опоздании:

# In a column of the comparison: the only sanction for being late is a warning. $who: who does it ("Your host").
ui-x-c-warning-only = { $who }, при опоздании: предупреждение

# In a column of the comparison: a sanction whose amount is not known. $who: who does it.
ui-x-c-fine-unknown = { $who }, при опоздании: штраф, размер не установлен

# In a column of the comparison: the last lawful day of the stay. $date: the date (bold).
ui-x-c-last-day = Последний законный день: { $date }

# In a column of the comparison: no limit of tirkeu's data ends the stay (a visa's own dates, or no regime known).
ui-x-c-no-last-day = В данных tirkeu последнего дня нет: см. ниже.

# A limit in plain words: so many days from each entry. $days: the number of days, $last: the last day it allows.
ui-x-c-limit-per-entry = { $days } { $days ->
        [one] день
        [few] дня
       *[many] дней
    } на каждый въезд: это пребывание может длиться по { $last } включительно.

# A limit in plain words: at most $days days in any $window days. $used: days of earlier trips in the $window days before this entry, $n: how many days this stay may last, $last: until when.
ui-x-c-limit-rolling = { $days } из любых { $window } дней: до этой поездки использовано { $used } { $used ->
        [one] день
        [few] дня
       *[many] дней
    }; это пребывание может длиться { $n } { $n ->
        [one] день
        [few] дня
       *[many] дней
    }, по { $last } включительно.

# The same limit already used up on the day of entry. $days, $window: the limit, $used: the days used before this trip.
ui-x-c-limit-rolling-out = { $days } из любых { $window } дней: до этой поездки использовано { $used } { $used ->
        [one] день
        [few] дня
       *[many] дней
    }, поэтому в день въезда дней не остаётся.

# A limit in plain words: at most $days days per calendar year. $used: days already spent there in $year before this trip, $n: how many days this stay may last, $last: until when.
ui-x-c-limit-year = { $days } { $days ->
        [one] день
        [few] дня
       *[many] дней
    } за календарный год: до этой поездки в { $year } году использовано { $used } { $used ->
        [one] день
        [few] дня
       *[many] дней
    }; это пребывание может длиться { $n } { $n ->
        [one] день
        [few] дня
       *[many] дней
    }, по { $last } включительно.

# The same limit already used up before this trip. $days: the limit, $year: the year.
ui-x-c-limit-year-out = { $days } { $days ->
        [one] день
        [few] дня
       *[many] дней
    } за календарный год: все они использованы в { $year } году до этой поездки.

# A limit on visits in plain words. $entries: visits allowed from $from to $to, $used: visits made before this one.
ui-x-c-limit-visits = Не более { $entries } { $entries ->
        [one] въезда
       *[many] въездов
    } с { $from } по { $to }: до этого въезда сделано { $used }.

# The same limit already used up. $entries: visits allowed from $from to $to.
ui-x-c-limit-visits-out = Не более { $entries } { $entries ->
        [one] въезда
       *[many] въездов
    } с { $from } по { $to }: все они сделаны до этого въезда.

# In a column of the comparison: none of the warnings that decide whether and how long one may come.
ui-x-c-no-warnings = Ничего, что ограничивало бы эту поездку.

# In a column of the comparison: a choice of the questions that country does not have, replaced by its default. $field: the question ("Visa"), $value: what is used there, $asked: what was chosen above.
ui-x-c-instead = { $field }: здесь «{ $value }», так как варианта «{ $asked }» в этой стране нет.

# In a column of the comparison other than the destination of the questions, when a visa was chosen there: a visa is issued by one country, so the column assumes one of the same kind for its own. $visa: the kind of visa.
ui-x-c-same-visa = Считается, что у вас есть такая же виза и для этой страны: { $visa }.

# Under the comparison. $country: the destination of the questions.
ui-x-c-only-here = Прежние поездки и переезды, указанные выше, учитываются только для страны { $country }: в других странах эта поездка считается первой, без переездов.
