<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>SeatCalc is running from a source tree: the third-party software is whatever your Python environment holds, each package under its own licence.

The packaged SeatCalc shows here its THIRD_PARTY_LICENSES file: the name, version, licence and licence text of every bundled package (Qt and PySide6 under the LGPL-3.0 among them), written when the package is built (build_spec/third_party_licenses.py).</source>
        <translation>SeatCalc запущен из исходного кода: сторонние программы — те, что установлены в вашем окружении Python, каждая под своей лицензией.

Собранный пакет SeatCalc показывает здесь файл THIRD_PARTY_LICENSES: название, версию, лицензию и текст лицензии каждого входящего в пакет компонента (в том числе Qt и PySide6 под LGPL-3.0); файл создаётся при сборке пакета (build_spec/third_party_licenses.py).</translation>
    </message>
    <message>
        <source>(the package is incomplete: reinstall SeatCalc)</source>
        <translation>(пакет неполон: переустановите SeatCalc)</translation>
    </message>
    <message>
        <source>About SeatCalc</source>
        <translation>О программе SeatCalc</translation>
    </message>
    <message>
        <source>A seat calculator for election analysts: every seat is decided with integer or fraction arithmetic.</source>
        <translation>Калькулятор распределения мест для аналитиков выборов: каждое место определяется точной арифметикой целых чисел и дробей.</translation>
    </message>
    <message>
        <source>Licence: MIT. Qt {qt}, PySide6 {pyside}, Python {python}. Qt and PySide6 are used under the LGPL-3.0; the licences of all bundled software follow.</source>
        <translation>Лицензия: MIT. Qt {qt}, PySide6 {pyside}, Python {python}. Qt и PySide6 используются по лицензии LGPL-3.0; ниже — лицензии всех входящих в пакет программ.</translation>
    </message>
    <message>
        <source>Third-party software ({file}):</source>
        <translation>Сторонние программы ({file}):</translation>
    </message>
</context>
<context>
    <name>AnalysisPanel</name>
    <message>
        <source>Party</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Голоса</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Барьер</translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation>Квот</translation>
    </message>
    <message>
        <source>Whole</source>
        <translation>Целых</translation>
    </message>
    <message>
        <source>Remainder</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Extra seat</source>
        <translation>Доп.
место</translation>
    </message>
    <message>
        <source>List seats</source>
        <translation>Места
по спискам</translation>
    </message>
    <message>
        <source>List votes</source>
        <translation>Голоса за список</translation>
    </message>
    <message>
        <source>Share of the threshold base against the threshold</source>
        <translation>Доля от базы барьера в сравнении с барьером</translation>
    </message>
    <message>
        <source>Votes ÷ quota</source>
        <translation>Голоса ÷ квота</translation>
    </message>
    <message>
        <source>Seats from whole quotas</source>
        <translation>Места по целым квотам</translation>
    </message>
    <message>
        <source>Votes − whole × quota (exact value in the tooltip)</source>
        <translation>Голоса − целые × квота (точное значение во всплывающей подсказке)</translation>
    </message>
    <message>
        <source>Place among the remainders (1 = largest)</source>
        <translation>Место среди остатков (1 = наибольший)</translation>
    </message>
    <message>
        <source>Won one more seat by its remainder</source>
        <translation>Получила ещё одно место по остатку</translation>
    </message>
    <message>
        <source>Seats from the party list</source>
        <translation>Места по партийному списку</translation>
    </message>
    <message>
        <source>Last seat won at</source>
        <translation>Последнее
место при</translation>
    </message>
    <message>
        <source>Next quotient</source>
        <translation>Следующее
частное</translation>
    </message>
    <message>
        <source>The quotient that won the party its last seat</source>
        <translation>Частное, по которому партия получила последнее место</translation>
    </message>
    <message>
        <source>The party&apos;s next quotient: the one that fell short</source>
        <translation>Следующее частное партии — то, которому не хватило</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Divisor</source>
        <translation>Делитель</translation>
    </message>
    <message>
        <source>Quotient</source>
        <translation>Частное</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>One more seat</source>
        <translation>Ещё одно
место</translation>
    </message>
    <message>
        <source>One seat fewer</source>
        <translation>На место
меньше</translation>
    </message>
    <message>
        <source>Pass threshold</source>
        <translation>Преодолеть
барьер</translation>
    </message>
    <message>
        <source>Fail threshold</source>
        <translation>Не преодолеть
барьер</translation>
    </message>
    <message>
        <source>All seats (list + district)</source>
        <translation>Все места (списки + округа)</translation>
    </message>
    <message>
        <source>The fewest extra votes that win one more seat, others fixed</source>
        <translation>Наименьшее число дополнительных голосов, дающее ещё одно место, при неизменных остальных</translation>
    </message>
    <message>
        <source>The fewest lost votes that cost a seat (one fewer and it keeps them all)</source>
        <translation>Наименьшая потеря голосов, лишающая места (на один голос меньше — и все места сохраняются)</translation>
    </message>
    <message>
        <source>Extra votes needed to pass the threshold</source>
        <translation>Сколько голосов не хватает до барьера</translation>
    </message>
    <message>
        <source>The fewest lost votes that make it fail the threshold</source>
        <translation>Наименьшая потеря голосов, при которой барьер не преодолён</translation>
    </message>
    <message>
        <source>qualifying votes / (seats + 1), rounded down, + 1</source>
        <translation>голоса партий, преодолевших барьер / (места + 1), с округлением вниз, + 1</translation>
    </message>
    <message>
        <source>qualifying votes / (seats + {n})</source>
        <translation>голоса партий, преодолевших барьер / (места + {n})</translation>
    </message>
    <message>
        <source>qualifying votes / seats</source>
        <translation>голоса партий, преодолевших барьер / места</translation>
    </message>
    <message>
        <source>exact quota</source>
        <translation>точная квота</translation>
    </message>
    <message>
        <source>{method} quota</source>
        <translation>{method}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{quota}&lt;/b&gt; = {formula} votes per seat ({words}; {seats} list {seats:plural:seat|seats}).</source>
        <translation>&lt;b&gt;{quota}&lt;/b&gt; = {formula} голоса на место ({words}; {seats} {seats:plural:место|места|мест} по спискам).</translation>
    </message>
    <message>
        <source>{party} with {remainder}</source>
        <translation>{party} с остатком {remainder}</translation>
    </message>
    <message>
        <source>{whole} {whole:plural:seat|seats} by whole quotas, {left} by the largest remainders</source>
        <translation>{whole} {whole:plural:место|места|мест} по целым квотам, {left} — по наибольшим остаткам</translation>
    </message>
    <message>
        <source>No threshold: every party takes part in the count.</source>
        <translation>Барьера нет: в распределении участвуют все партии.</translation>
    </message>
    <message>
        <source>Threshold: at least {percent} of each constituency&apos;s {words}, tested in each on its own votes: a party needs from {low} votes ({low_name}) to {high} ({high_name}).</source>
        <translation>Барьер: не менее {percent} {words} каждого многомандатного округа, проверяется в каждом по его собственным голосам: партии нужно от {low} {low:plural:голоса|голосов|голосов} ({low_name}) до {high} ({high_name}).</translation>
    </message>
    <message>
        <source>Threshold: more than {percent} of each constituency&apos;s {words}, tested in each on its own votes: a party needs from {low} votes ({low_name}) to {high} ({high_name}).</source>
        <translation>Барьер: более {percent} {words} каждого многомандатного округа, проверяется в каждом по его собственным голосам: партии нужно от {low} {low:plural:голоса|голосов|голосов} ({low_name}) до {high} ({high_name}).</translation>
    </message>
    <message>
        <source>Threshold {percent} of each party&apos;s own base (see the tooltips).</source>
        <translation>Барьер {percent} от собственной базы каждой партии (см. всплывающие подсказки).</translation>
    </message>
    <message>
        <source>Threshold: at least {percent} of {base} {words} = {needed}: a party needs {least} votes or more.</source>
        <translation>Барьер: не менее {percent} от {base} {words} = {needed}: партии нужно не менее {least} {least:plural:голоса|голосов|голосов}.</translation>
    </message>
    <message>
        <source>Threshold: more than {percent} of {base} {words} = {needed}: a party needs {least} votes or more.</source>
        <translation>Барьер: более {percent} от {base} {words} = {needed}: партии нужно не менее {least} {least:plural:голоса|голосов|голосов}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{method}&lt;/b&gt;: {seats} {seats:plural:seat|seats} to the highest quotients votes ÷ divisor</source>
        <translation>&lt;b&gt;{method}&lt;/b&gt;: {seats} {seats:plural:место|места|мест} по наибольшим частным «голоса ÷ делитель»</translation>
    </message>
    <message>
        <source>, after {n} {n:plural:seat|seats} to each qualifying party</source>
        <translation>, после {n} {n:plural:места|мест|мест} каждой партии, преодолевшей барьер</translation>
    </message>
    <message>
        <source>The last seat went to {party} at {quotient}</source>
        <translation>Последнее место получила партия {party} при частном {quotient}</translation>
    </message>
    <message>
        <source>; the next would have gone to {party} at {quotient}</source>
        <translation>; следующее досталось бы партии {party} при {quotient}</translation>
    </message>
    <message>
        <source>{votes} / {base} = {share}: passed</source>
        <translation>{votes} / {base} = {share}: барьер преодолён</translation>
    </message>
    <message>
        <source>{votes} / {base} = {share}: failed, no list seats</source>
        <translation>{votes} / {base} = {share}: барьер не преодолён, мест по спискам нет</translation>
    </message>
    <message>
        <source>{votes} − {whole} × {quota} = {remainder} votes</source>
        <translation>{votes} − {whole} × {quota} = {remainder} голоса</translation>
    </message>
    <message>
        <source>infinite (zero divisor)</source>
        <translation>бесконечность (нулевой делитель)</translation>
    </message>
    <message>
        <source>next</source>
        <translation>след.</translation>
    </message>
    <message>
        <source>{n} {n:plural:seat|seats} held before this one</source>
        <translation>до этого было {n} {n:plural:место|места|мест}</translation>
    </message>
    <message>
        <source>tie at the cut-off</source>
        <translation>равенство на границе</translation>
    </message>
    <message>
        <source>{points} points of the threshold base</source>
        <translation>{points} п. п. от базы барьера</translation>
    </message>
    <message>
        <source>No number of extra votes wins another seat</source>
        <translation>Никакое число дополнительных голосов не даёт ещё одного места</translation>
    </message>
    <message>
        <source>It has no seat to lose</source>
        <translation>Ей нечего терять: мест нет</translation>
    </message>
    <message>
        <source>It can lose {votes} votes and keep its {n} {n:plural:seat|seats}; </source>
        <translation>Может потерять {votes} {votes:plural:голос|голоса|голосов} и сохранить {n} {n:plural:место|места|мест}; </translation>
    </message>
    <message>
        <source>−{votes}: all {n} list</source>
        <translation>−{votes}: все {n} по спискам</translation>
    </message>
    <message>
        <source>{votes} fewer votes take it below the threshold: it loses all {n} of its list {n:plural:seat|seats} at once, not one; </source>
        <translation>При потере {votes} {votes:plural:голоса|голосов|голосов} партия не преодолевает барьер и теряет сразу все {n} {n:plural:место|места|мест} по спискам, а не одно; </translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>н/п</translation>
    </message>
    <message>
        <source>No threshold applies to this party</source>
        <translation>К этой партии барьер не применяется</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>преодолён</translation>
    </message>
    <message>
        <source> in {constituency}</source>
        <translation> в округе {constituency}</translation>
    </message>
    <message>
        <source>Simple majority</source>
        <translation>Простое большинство</translation>
    </message>
    <message>
        <source>Two-thirds majority</source>
        <translation>Большинство в две трети</translation>
    </message>
    <message>
        <source>&lt;b&gt;{kind}&lt;/b&gt; ({needed} of {house} seats): </source>
        <translation>&lt;b&gt;{kind}&lt;/b&gt; ({needed} из {house} {house:plural:места|мест|мест}): </translation>
    </message>
    <message>
        <source>{party} holds it ({seats}) whatever its list votes.</source>
        <translation>{party} имеет его ({seats}) при любых голосах за список.</translation>
    </message>
    <message>
        <source>{party} holds it with {seats}; it loses it with {votes} fewer votes{where} (to abstention)</source>
        <translation>{party} имеет его с {seats}; теряет его, лишившись {votes} {votes:plural:голоса|голосов|голосов}{where} (в пользу неявки)</translation>
    </message>
    <message>
        <source>, or {votes} moved to {party}{where}</source>
        <translation> или при переходе {votes} {votes:plural:голоса|голосов|голосов} к партии {party}{where}</translation>
    </message>
    <message>
        <source>{party} has {seats}; no number of extra votes of its own wins it.</source>
        <translation>У партии {party} {seats}; никакое число собственных дополнительных голосов не даёт его.</translation>
    </message>
    <message>
        <source>{party} has {seats}; it needs {votes} more votes{where} (from abstainers).</source>
        <translation>У партии {party} {seats}; нужно ещё {votes} {votes:plural:голос|голоса|голосов}{where} (из числа не голосовавших).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Majority bonus&lt;/b&gt;: {party} has {n} bonus seats</source>
        <translation>&lt;b&gt;Премия большинства&lt;/b&gt;: у партии {party} {n} {n:plural:премиальное место|премиальных места|премиальных мест}</translation>
    </message>
    <message>
        <source>; with {votes} more votes it would have {seats}</source>
        <translation>; получив ещё {votes} {votes:plural:голос|голоса|голосов}, она имела бы {seats}</translation>
    </message>
    <message>
        <source>; with {votes} fewer votes (to abstention), {seats}</source>
        <translation>; лишившись {votes} {votes:plural:голоса|голосов|голосов} (в пользу неявки), — {seats}</translation>
    </message>
    <message>
        <source>; {party} would take a bonus with {votes} more votes</source>
        <translation>; партия {party} получила бы премию, набрав ещё {votes} {votes:plural:голос|голоса|голосов}</translation>
    </message>
    <message>
        <source>Why these seats</source>
        <translation>Почему места распределены так</translation>
    </message>
    <message>
        <source>How close: votes that change the outcome, others fixed</source>
        <translation>Насколько близко: голоса, меняющие итог, при неизменных остальных</translation>
    </message>
    <message>
        <source>Seat by seat</source>
        <translation>Место за местом</translation>
    </message>
    <message>
        <source>In the order won; greyed: each party&apos;s next quotient, which fell short.</source>
        <translation>В порядке получения; серым — следующее частное каждой партии, которому не хватило.</translation>
    </message>
    <message>
        <source>Working out how close each party is…</source>
        <translation>Вычисляется, насколько близка каждая партия…</translation>
    </message>
    <message>
        <source>Cannot compute: {why}</source>
        <translation>Не удаётся вычислить: {why}</translation>
    </message>
    <message>
        <source>Cannot explain this result: {why}</source>
        <translation>Не удаётся объяснить этот результат: {why}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something went wrong: {error}

Your work is autosaved; you can go on, or save and restart.</source>
        <translation>Что-то пошло не так: {error}

Ваша работа сохранена автоматически; можно продолжать или сохранить и перезапустить программу.</translation>
    </message>
    <message>
        <source>The details are in {file}.</source>
        <translation>Подробности — в файле {file}.</translation>
    </message>
    <message>
        <source>An autosave file could not be read and was set aside (SeatCalc starts as usual):</source>
        <translation>Не удалось прочитать файл автосохранения; он отложен в сторону (SeatCalc запускается как обычно):</translation>
    </message>
    <message>
        <source>SeatCalc closed unexpectedly with unsaved work on &quot;{title}&quot;.
Recover it?</source>
        <translation>SeatCalc неожиданно закрылся, а работа над «{title}» не была сохранена.
Восстановить её?</translation>
    </message>
</context>
<context>
    <name>CandidateModel</name>
    <message>
        <source>District</source>
        <translation>Округ</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Кандидат</translation>
    </message>
    <message>
        <source>Nominated by</source>
        <translation>Кем выдвинут</translation>
    </message>
    <message>
        <source>Sits with</source>
        <translation>Во фракции</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Голоса</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>won</source>
        <translation>избран</translation>
    </message>
</context>
<context>
    <name>ChecksView</name>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Участок</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Соотношение</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Левая часть</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Правая часть</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Разница</translation>
    </message>
    <message>
        <source>No protocol checks: the table lacks the protocol lines they relate (valid, invalid, ballots in the boxes, ...).</source>
        <translation>Контрольные соотношения не проверяются: в таблице нет строк протокола, которые они связывают (действительные, недействительные бюллетени, бюллетени в ящиках для голосования, ...).</translation>
    </message>
    <message>
        <source>{rows} rows checked; &lt;b&gt;{failed}&lt;/b&gt; fail at least one relation:</source>
        <translation>Проверено строк: {rows}; &lt;b&gt;{failed}&lt;/b&gt; {failed:plural:строка не выдерживает|строки не выдерживают|строк не выдерживают} хотя бы одного соотношения:</translation>
    </message>
    <message>
        <source>{relation}: &lt;b&gt;{n}&lt;/b&gt; failing</source>
        <translation>{relation}: не выполняется в &lt;b&gt;{n}&lt;/b&gt; {n:plural:строке|строках|строках}</translation>
    </message>
    <message>
        <source>(the first {shown} of {n} failures are listed)</source>
        <translation>(показаны первые {shown} из {n} {n:plural:нарушения|нарушений|нарушений})</translation>
    </message>
</context>
<context>
    <name>CoalitionPanel</name>
    <message>
        <source>Seating in the chart, from the left (drag to reorder)</source>
        <translation>Рассадка на диаграмме, слева направо (перетащите, чтобы изменить порядок)</translation>
    </message>
    <message>
        <source>Independents apart, at the right end</source>
        <translation>Самовыдвиженцы отдельно, с правого края</translation>
    </message>
    <message>
        <source>Independents in the centre</source>
        <translation>Самовыдвиженцы в центре</translation>
    </message>
    <message>
        <source>Government&apos;s parties together, on the left</source>
        <translation>Партии правительства вместе, слева</translation>
    </message>
    <message>
        <source>Coalition builder</source>
        <translation>Составление коалиции</translation>
    </message>
    <message>
        <source>Independents who join:</source>
        <translation>Присоединившиеся самовыдвиженцы:</translation>
    </message>
    <message>
        <source>Save coalition</source>
        <translation>Сохранить коалицию</translation>
    </message>
    <message>
        <source>Saved coalitions</source>
        <translation>Сохранённые коалиции</translation>
    </message>
    <message>
        <source>Make government</source>
        <translation>Сделать правительством</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Minimal winning coalitions</source>
        <translation>Минимальные выигрывающие коалиции</translation>
    </message>
    <message>
        <source>Voting power (exact)</source>
        <translation>Индексы влияния (точный расчёт)</translation>
    </message>
    <message>
        <source>Minimal winning coalition</source>
        <translation>Минимальная выигрывающая коалиция</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Banzhaf</source>
        <translation>Банцаф</translation>
    </message>
    <message>
        <source>Shapley-Shubik</source>
        <translation>Шепли — Шубик</translation>
    </message>
    <message>
        <source>Share of all swings: coalitions the party turns from losing to winning by joining</source>
        <translation>Индекс Банцафа: доля партии среди всех случаев, когда присоединение одной партии превращает проигрывающую коалицию в выигрывающую</translation>
    </message>
    <message>
        <source>Share of the orders of arrival in which the party completes the majority</source>
        <translation>Индекс Шепли — Шубика: доля порядков присоединения, в которых большинство создаёт именно эта партия</translation>
    </message>
    <message>
        <source>{name} (government)</source>
        <translation>{name} (правительство)</translation>
    </message>
    <message>
        <source>Tick parties to form a coalition.</source>
        <translation>Отметьте партии, чтобы составить коалицию.</translation>
    </message>
    <message>
        <source>Name (e.g. the parties&apos; names)</source>
        <translation>Название (например, названия партий)</translation>
    </message>
    <message>
        <source>no majority: {short} short of {needed}</source>
        <translation>нет большинства: до {needed} не хватает {short}</translation>
    </message>
    <message>
        <source>{held}: {status}.</source>
        <translation>{held} — {status}.</translation>
    </message>
    <message>
        <source>Each independent (×{n})</source>
        <translation>Каждый самовыдвиженец (×{n})</translation>
    </message>
    <message>
        <source>{n} minimal winning {n:plural:coalition|coalitions}: each wins a majority of {needed}, and loses it if any member leaves.</source>
        <translation>{n} {n:plural:минимальная выигрывающая коалиция|минимальные выигрывающие коалиции|минимальных выигрывающих коалиций}: у каждой есть большинство ({needed}), и она теряет его, если уходит любой из участников.</translation>
    </message>
    <message>
        <source>The first {n} are listed.</source>
        <translation>Показаны первые {n}.</translation>
    </message>
    <message>
        <source>{n} {n:plural:independent|independents}</source>
        <translation>{n} {n:plural:самовыдвиженец|самовыдвиженца|самовыдвиженцев}</translation>
    </message>
    <message>
        <source>Seating order</source>
        <translation>Порядок рассадки</translation>
    </message>
    <message>
        <source>Independents&apos; seats</source>
        <translation>Места самовыдвиженцев</translation>
    </message>
    <message>
        <source>Government seated together</source>
        <translation>Правительство вместе</translation>
    </message>
    <message>
        <source>Tick the coalition&apos;s parties first.</source>
        <translation>Сначала отметьте партии коалиции.</translation>
    </message>
    <message>
        <source>Save coalition {name}</source>
        <translation>Сохранить коалицию {name}</translation>
    </message>
    <message>
        <source>Government: {name}</source>
        <translation>Правительство: {name}</translation>
    </message>
    <message>
        <source>Delete coalition {name}</source>
        <translation>Удалить коалицию {name}</translation>
    </message>
</context>
<context>
    <name>ColumnsTable</name>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Читается как</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Первые значения</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>не используется</translation>
    </message>
    <message>
        <source>skipped: {why}</source>
        <translation>пропущен: {why}</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>two thirds</source>
        <translation>две трети</translation>
    </message>
    <message>
        <source>majority</source>
        <translation>большинство</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>{diff} against {other}</source>
        <translation>{diff} по сравнению с «{other}»</translation>
    </message>
    <message>
        <source>; below threshold</source>
        <translation>; ниже барьера</translation>
    </message>
    <message>
        <source>Seats in the house</source>
        <translation>Мест в палате</translation>
    </message>
    <message>
        <source>Largest party</source>
        <translation>Крупнейшая партия</translation>
    </message>
    <message>
        <source>Its majority</source>
        <translation>Её большинство</translation>
    </message>
    <message>
        <source>Gallagher index</source>
        <translation>Индекс Галлахера</translation>
    </message>
    <message>
        <source>Loosemore-Hanby</source>
        <translation>Лузмор — Хэнби</translation>
    </message>
    <message>
        <source>Effective parties (seats)</source>
        <translation>Эффективное число партий (по местам)</translation>
    </message>
    <message>
        <source>Rules of: {title}</source>
        <translation>Правила: {title}</translation>
    </message>
    <message>
        <source>{n} list {n:plural:seat|seats} by {method}</source>
        <translation>{n} {n:plural:место|места|мест} по спискам, {method}</translation>
    </message>
    <message>
        <source>threshold {p} of {base}</source>
        <translation>барьер {p} {base}</translation>
    </message>
    <message>
        <source>no threshold</source>
        <translation>без барьера</translation>
    </message>
    <message>
        <source>{n} district {n:plural:seat|seats}</source>
        <translation>{n} {n:plural:место|места|мест} по округам</translation>
    </message>
    <message>
        <source>no district seats</source>
        <translation>без мест по округам</translation>
    </message>
    <message>
        <source>{n} appointed ({body})</source>
        <translation>{n} не избираемых избирателями ({body})</translation>
    </message>
    <message>
        <source>Compare — SeatCalc</source>
        <translation>Сравнение — SeatCalc</translation>
    </message>
    <message>
        <source>Every method</source>
        <translation>Все методы</translation>
    </message>
    <message>
        <source>Other rules</source>
        <translation>Другие правила</translation>
    </message>
    <message>
        <source>Same votes under the rules of</source>
        <translation>Те же голоса по правилам:</translation>
    </message>
    <message>
        <source>Cannot apply: {why}</source>
        <translation>Нельзя применить: {why}</translation>
    </message>
    <message>
        <source>Cannot compare: {why}</source>
        <translation>Сравнение невозможно: {why}</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Вычисляется…</translation>
    </message>
    <message>
        <source>(in use)</source>
        <translation>(применяется)</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>The same votes, threshold and district seats under every method; seats coloured {green} or {red} where they differ from {used}, the method in use.</source>
        <translation>Те же голоса, барьер и места по округам при каждом методе; места выделены {green} или {red}, где они отличаются от применяемого метода ({used}).</translation>
    </message>
    <message>
        <source>green</source>
        <translation>зелёным</translation>
    </message>
    <message>
        <source>red</source>
        <translation>красным</translation>
    </message>
    <message>
        <source>Under these rules</source>
        <translation>По этим правилам</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Seats under these rules − as held</source>
        <translation>Места по этим правилам − по итогам выборов</translation>
    </message>
    <message>
        <source>Under these rules: {rules}.</source>
        <translation>По этим правилам: {rules}.</translation>
    </message>
    <message>
        <source>As held: {title}</source>
        <translation>По итогам выборов: {title}</translation>
    </message>
    <message>
        <source>Under: {rules}</source>
        <translation>По правилам: {rules}</translation>
    </message>
    <message>
        <source>These votes cannot be counted under these rules: {why}</source>
        <translation>Эти голоса нельзя подсчитать по этим правилам: {why}</translation>
    </message>
</context>
<context>
    <name>ConstituencyModel</name>
    <message>
        <source>Constituency</source>
        <translation>Многомандатный округ</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>Total votes</source>
        <translation>Всего голосов</translation>
    </message>
    <message>
        <source>Edit {column} in {constituency}</source>
        <translation>Изменить «{column}» в округе {constituency}</translation>
    </message>
    <message>
        <source>{party}&apos;s list votes in each constituency; its national votes are their sum</source>
        <translation>Голоса за список партии {party} в каждом округе; её общенациональные голоса — их сумма</translation>
    </message>
    <message>
        <source>List seats of the constituency (the tier&apos;s seats are their sum)</source>
        <translation>Места по спискам в округе (места всей части — их сумма)</translation>
    </message>
    <message>
        <source>Party votes in the constituency (read only)</source>
        <translation>Голоса за партии в округе (только чтение)</translation>
    </message>
</context>
<context>
    <name>ConstituencyPanel</name>
    <message>
        <source>The list tier is counted nationwide: a compensatory (MMP) system shares its entitlement over the whole country.</source>
        <translation>Списки считаются по единому общенациональному округу: смешанная связанная система распределяет причитающиеся места по всей стране.</translation>
    </message>
    <message>
        <source>The list tier is counted nationwide. Tick &quot;Use constituencies&quot; to allocate its seats separately in each constituency or region (Norway&apos;s counties, Spain&apos;s provinces, Scotland&apos;s regions).</source>
        <translation>Списки считаются по единому общенациональному округу. Отметьте «Многомандатные округа», чтобы распределять места отдельно в каждом округе или регионе (губернии Норвегии, провинции Испании, регионы Шотландии).</translation>
    </message>
    <message>
        <source>{n} {n:plural:region|regions}, {seats} list seats. In each region the list seats go by the divisor sequence, the district seats won there counted first (a district&apos;s region is set in the district results).</source>
        <translation>{n} {n:plural:регион|региона|регионов}, мест по спискам: {seats}. В каждом регионе места по спискам распределяются по ряду делителей, причём сначала учитываются места, полученные там по одномандатным округам (регион округа указывается в результатах по округам).</translation>
    </message>
    <message>
        <source>{n} {n:plural:constituency|constituencies}, {seats} list seats, each allocated separately with the list tier&apos;s method.</source>
        <translation>{n} {n:plural:многомандатный округ|многомандатных округа|многомандатных округов}, мест по спискам: {seats}; в каждом места распределяются отдельно методом, установленным для списков.</translation>
    </message>
    <message>
        <source>A party&apos;s national votes are the sum of its votes here (the Parties tab shows them, read only).</source>
        <translation>Общенациональные голоса партии — сумма её голосов здесь (они показаны на вкладке «Партии», только для чтения).</translation>
    </message>
    <message>
        <source>Add constituency</source>
        <translation>Добавить округ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Seats and list votes per constituency (editable, pastes from a spreadsheet):</source>
        <translation>Места и голоса за списки по округам (можно править и вставлять из таблицы):</translation>
    </message>
    <message>
        <source>Seats won in each region, district + list; &quot;Next in line&quot; is the first party left without a list seat, with its quotient:</source>
        <translation>Места, полученные в каждом регионе: по округам + по спискам; «Следующий» — первая партия, оставшаяся без места по списку, с её частным:</translation>
    </message>
    <message>
        <source>List seats won in each constituency (–: below the threshold there):</source>
        <translation>Места по спискам, полученные в каждом округе (–: ниже барьера в этом округе):</translation>
    </message>
    <message>
        <source>List seats won in each constituency:</source>
        <translation>Места по спискам, полученные в каждом округе:</translation>
    </message>
    <message>
        <source>Use constituencies</source>
        <translation>Многомандатные округа</translation>
    </message>
    <message>
        <source>Allocate the list seats separately in each constituency</source>
        <translation>Распределять места по спискам отдельно в каждом многомандатном округе</translation>
    </message>
    <message>
        <source>Count the list tier nationwide</source>
        <translation>Считать списки по единому округу</translation>
    </message>
    <message>
        <source>One constituency, &quot;{whole}&quot;, now holds all {n} list seats and the national votes: add constituencies and split the seats and votes among them.</source>
        <translation>Теперь все {n} {n:plural:место|места|мест} по спискам и общенациональные голоса относятся к одному округу «{whole}»: добавьте округа и распределите между ними места и голоса.</translation>
    </message>
    <message>
        <source>The list tier is counted nationwide again; each party keeps the sum of its constituency votes.</source>
        <translation>Списки снова считаются по единому округу; у каждой партии остаётся сумма её голосов по округам.</translation>
    </message>
    <message>
        <source>Select a constituency first (click one of its cells)</source>
        <translation>Сначала выберите округ (щёлкните по одной из его ячеек)</translation>
    </message>
    <message>
        <source>Remove constituency</source>
        <translation>Удалить округ</translation>
    </message>
</context>
<context>
    <name>DeclaredModel</name>
    <message>
        <source>Nominated by</source>
        <translation>Кем выдвинут</translation>
    </message>
    <message>
        <source>Sits with</source>
        <translation>Во фракции</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Места</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>These votes and rules cannot be allocated: {why}</source>
        <translation>По этим голосам и правилам места распределить нельзя: {why}</translation>
    </message>
</context>
<context>
    <name>EditableTableModel</name>
    <message>
        <source>Edit {column}</source>
        <translation>Изменить «{column}»</translation>
    </message>
    <message>
        <source>the block runs past the last row ({n})</source>
        <translation>блок выходит за последнюю строку ({n})</translation>
    </message>
    <message>
        <source>{column}, row {row}: {why}</source>
        <translation>{column}, строка {row}: {why}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Computing the result…</source>
        <translation>Вычисляется результат…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>There is nothing to export. {why}</source>
        <translation>Экспортировать нечего. {why}</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Экспортировать в</translation>
    </message>
    <message>
        <source>(no result)</source>
        <translation>(нет результата)</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Папки {folder} не существует.</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Запись {file}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>Экспорт отменён: ничего не записано.</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>Записан файл {path}</translation>
    </message>
    <message>
        <source>The export failed:</source>
        <translation>Экспорт не удался:</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>untitled</source>
        <translation>без имени</translation>
    </message>
    <message>
        <source>SeatCalc scenarios (*.seats.json);;JSON (*.json);;All files (*)</source>
        <translation>Сценарии SeatCalc (*.seats.json);;JSON (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>This scenario has unsaved changes. Save them first?</source>
        <translation>В сценарии есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>Открыть сценарий</translation>
    </message>
    <message>
        <source>Cannot open {spec}:</source>
        <translation>Не удаётся открыть {spec}:</translation>
    </message>
    <message>
        <source>Save scenario as</source>
        <translation>Сохранить сценарий как</translation>
    </message>
    <message>
        <source>Could not save {path}:</source>
        <translation>Не удалось сохранить {path}:</translation>
    </message>
    <message>
        <source>Nothing was lost: the previous file is unchanged.</source>
        <translation>Ничего не потеряно: прежний файл не изменён.</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>SeatCalc guide</source>
        <translation>Руководство SeatCalc</translation>
    </message>
    <message>
        <source>The guide is not translated yet: it is in English.</source>
        <translation>Руководство ещё не переведено: оно на английском языке.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a result table</source>
        <translation>Импорт таблицы результатов</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <source>Read votes</source>
        <translation>Прочитать голоса</translation>
    </message>
    <message>
        <source>Cancel reading</source>
        <translation>Прервать чтение</translation>
    </message>
    <message>
        <source>Rows not counted</source>
        <translation>Неучтённые строки</translation>
    </message>
    <message>
        <source>Protocol checks</source>
        <translation>Контрольные соотношения</translation>
    </message>
    <message>
        <source>Merge parties</source>
        <translation>Объединение партий</translation>
    </message>
    <message>
        <source>D&apos;Hondt, no threshold (edit the rules afterwards)</source>
        <translation>Метод Д&apos;Ондта, без барьера (правила можно изменить потом)</translation>
    </message>
    <message>
        <source>Title of the new scenario</source>
        <translation>Название нового сценария</translation>
    </message>
    <message>
        <source>List rules</source>
        <translation>Правила для списков</translation>
    </message>
    <message>
        <source>List seats</source>
        <translation>Места по спискам</translation>
    </message>
    <message>
        <source>Observer statistics…</source>
        <translation>Статистика для наблюдателей…</translation>
    </message>
    <message>
        <source>Create scenario</source>
        <translation>Создать сценарий</translation>
    </message>
    <message>
        <source>Mark the columns by hand below.</source>
        <translation>Отметьте столбцы вручную ниже.</translation>
    </message>
    <message>
        <source>The columns changed: read the votes again.</source>
        <translation>Столбцы изменились: прочитайте голоса заново.</translation>
    </message>
    <message>
        <source>No party votes could be read from this table.</source>
        <translation>Из этой таблицы не удалось прочитать ни одного голоса за партии.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортировано</translation>
    </message>
    <message>
        <source>The table does not make a valid scenario: {why}</source>
        <translation>Из таблицы не получается правильный сценарий: {why}</translation>
    </message>
    <message>
        <source>Reading cancelled: nothing was imported.</source>
        <translation>Чтение прервано: ничего не импортировано.</translation>
    </message>
    <message>
        <source>What each column means</source>
        <translation>Что означает каждый столбец</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>Первые строки</translation>
    </message>
    <message>
        <source>Result tables (*.csv *.xlsx *.txt *.tsv *.zip);;All files (*)</source>
        <translation>Таблицы результатов (*.csv *.xlsx *.txt *.tsv *.zip);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Parties</source>
        <translation>Партии</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Округа</translation>
    </message>
    <message>
        <source>Constituencies</source>
        <translation>Многомандатные округа</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Правила</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Анализ</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>Что если</translation>
    </message>
    <message>
        <source>Coalitions</source>
        <translation>Коалиции</translation>
    </message>
    <message>
        <source>Add party</source>
        <translation>Добавить партию</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>Add district</source>
        <translation>Добавить округ</translation>
    </message>
    <message>
        <source>Add candidate</source>
        <translation>Добавить кандидата</translation>
    </message>
    <message>
        <source>Remove district</source>
        <translation>Удалить округ</translation>
    </message>
    <message>
        <source>Add declared total</source>
        <translation>Добавить итог</translation>
    </message>
    <message>
        <source>Against all / blank</source>
        <translation>Против всех / пустые</translation>
    </message>
    <message>
        <source>Invalid ballots</source>
        <translation>Недействительные бюллетени</translation>
    </message>
    <message>
        <source>Registered voters</source>
        <translation>Избиратели в списках</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>Явка</translation>
    </message>
    <message>
        <source>Ballots for none of the parties that still count as valid: &apos;against all&apos; (Kazakhstan), blank votes (Spain)</source>
        <translation>Бюллетени ни за одну из партий, которые всё же считаются действительными: «против всех» (Казахстан), пустые бюллетени (Испания)</translation>
    </message>
    <message>
        <source>No per-district votes in this scenario: its district seats are given as declared totals below (official summaries). Add a district to enter candidate votes; its winner is then computed.</source>
        <translation>В этом сценарии нет голосов по округам: места по округам заданы ниже итогами (официальные сводки). Добавьте округ, чтобы ввести голоса за кандидатов; победитель будет вычислен.</translation>
    </message>
    <message>
        <source>Districts with candidate votes (the winner is computed):</source>
        <translation>Округа с голосами за кандидатов (победитель вычисляется):</translation>
    </message>
    <message>
        <source>Declared totals (when only totals are published):</source>
        <translation>Итоги (когда опубликованы только итоги):</translation>
    </message>
    <message>
        <source>{n} district {n:plural:seat|seats}: {counted} with candidate votes, {declared} as declared totals</source>
        <translation>{n} {n:plural:место|места|мест} по округам: {counted} — с голосами за кандидатов, {declared} — итогами</translation>
    </message>
    <message>
        <source>, {n} without a result.</source>
        <translation>, {n} — без результата.</translation>
    </message>
    <message>
        <source>No votes yet: enter the parties&apos; votes in the Parties tab to see the seats.</source>
        <translation>Голосов пока нет: введите голоса за партии на вкладке «Партии», чтобы увидеть распределение мест.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>{n} people: an apportionment by population, not an election</source>
        <translation>{n} {n:plural:человек|человека|человек}: распределение по численности населения, а не выборы</translation>
    </message>
    <message>
        <source>{cast} ballots, {share} of registered voters</source>
        <translation>{cast} {cast:plural:бюллетень|бюллетеня|бюллетеней}, {share} избирателей в списках</translation>
    </message>
    <message>
        <source>{cast} ballots, {share} of registered voters: more ballots than registered voters, check both figures</source>
        <translation>{cast} {cast:plural:бюллетень|бюллетеня|бюллетеней}, {share} избирателей в списках: бюллетеней больше, чем избирателей в списках, проверьте оба числа</translation>
    </message>
    <message>
        <source>{cast} ballots (registered voters unknown)</source>
        <translation>{cast} {cast:plural:бюллетень|бюллетеня|бюллетеней} (число избирателей в списках неизвестно)</translation>
    </message>
    <message>
        <source>Remove party</source>
        <translation>Удалить партию</translation>
    </message>
    <message>
        <source>Move party</source>
        <translation>Переместить партию</translation>
    </message>
    <message>
        <source>Party colour</source>
        <translation>Цвет партии</translation>
    </message>
    <message>
        <source>Every one of the {n} district seats already has a result. Add a district seat? The house grows from {house} to {grown} seats.</source>
        <translation>У каждого из {n} {n:plural:места|мест|мест} по округам уже есть результат. Добавить место по округу? Палата увеличится с {house} до {grown} {grown:plural:места|мест|мест}.</translation>
    </message>
    <message>
        <source>Select a district first (click one of its rows)</source>
        <translation>Сначала выберите округ (щёлкните по одной из его строк)</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Template: </source>
        <translation>Шаблон: </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>&amp;Анализ</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>SeatCalc &amp;guide</source>
        <translation>&amp;Руководство SeatCalc</translation>
    </message>
    <message>
        <source>&amp;Sources of this scenario</source>
        <translation>&amp;Источники сценария</translation>
    </message>
    <message>
        <source>&amp;About SeatCalc</source>
        <translation>&amp;О программе SeatCalc</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>Open &amp;built-in scenario</source>
        <translation>Открыть &amp;встроенный сценарий</translation>
    </message>
    <message>
        <source>New from &amp;template</source>
        <translation>Создать по &amp;шаблону</translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation>&amp;Недавние файлы</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <source>&amp;Import table…</source>
        <translation>&amp;Импорт таблицы…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Вст&amp;авить</translation>
    </message>
    <message>
        <source>&amp;Add party</source>
        <translation>&amp;Добавить партию</translation>
    </message>
    <message>
        <source>&amp;Remove party</source>
        <translation>&amp;Удалить партию</translation>
    </message>
    <message>
        <source>Add &amp;district</source>
        <translation>Добавить о&amp;круг</translation>
    </message>
    <message>
        <source>Remove d&amp;istrict</source>
        <translation>Удалить окр&amp;уг</translation>
    </message>
    <message>
        <source>&amp;Merge parties…</source>
        <translation>О&amp;бъединить партии…</translation>
    </message>
    <message>
        <source>Party &amp;flags (threshold-exempt, one-person list)</source>
        <translation>&amp;Признаки партий (без барьера, список из одного лица)</translation>
    </message>
    <message>
        <source>Chart &amp;layout</source>
        <translation>&amp;Схема зала</translation>
    </message>
    <message>
        <source>Hemicycle &amp;arc</source>
        <translation>&amp;Дуга полукруга</translation>
    </message>
    <message>
        <source>Show the &amp;inputs</source>
        <translation>Показать &amp;исходные данные</translation>
    </message>
    <message>
        <source>Compare &amp;methods…</source>
        <translation>Сравнить &amp;методы…</translation>
    </message>
    <message>
        <source>Compare with other &amp;rules…</source>
        <translation>Сравнить с другими &amp;правилами…</translation>
    </message>
    <message>
        <source>&amp;Projection and Monte Carlo…</source>
        <translation>Прогноз и Монте-&amp;Карло…</translation>
    </message>
    <message>
        <source>&amp;What-if…</source>
        <translation>«&amp;Что если»…</translation>
    </message>
    <message>
        <source>Merge parties</source>
        <translation>Объединение партий</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Присоединить партию</translation>
    </message>
    <message>
        <source>into</source>
        <translation>к партии</translation>
    </message>
    <message>
        <source>Merge {a} into {b}</source>
        <translation>Присоединение партии {a} к партии {b}</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(не указаны)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
</context>
<context>
    <name>MergeTable</name>
    <message>
        <source>Party</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Голоса</translation>
    </message>
    <message>
        <source>Count as</source>
        <translation>Считать как</translation>
    </message>
    <message>
        <source>itself</source>
        <translation>саму себя</translation>
    </message>
</context>
<context>
    <name>ObserverDialog</name>
    <message>
        <source>Observer statistics — {title}</source>
        <translation>Статистика для наблюдателей — {title}</translation>
    </message>
    <message>
        <source>Observer statistics</source>
        <translation>Статистика для наблюдателей</translation>
    </message>
    <message>
        <source>{n} stations counted. Party:</source>
        <translation>Учтено участков: {n}. Партия:</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>Явка</translation>
    </message>
    <message>
        <source>Party share</source>
        <translation>Доля партии</translation>
    </message>
    <message>
        <source>Turnout and share</source>
        <translation>Явка и доля</translation>
    </message>
    <message>
        <source>Counting the stations at whole percentages against 200 smooth Monte Carlo runs…</source>
        <translation>Подсчёт участков с целыми процентами в сравнении с 200 гладкими прогонами Монте-Карло…</translation>
    </message>
    <message>
        <source>Whole percentages</source>
        <translation>Целые проценты</translation>
    </message>
    <message>
        <source>Per region: turnout and the leader&apos;s share over the region&apos;s stations; stations (of {n} voters or more) at a whole percentage. Largest regions first.</source>
        <translation>По регионам: явка и доля лидера по участкам региона; участки (с {n} и более избирателями) с целым процентом. Сначала крупнейшие регионы.</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Регионы</translation>
    </message>
    <message>
        <source>Save observer report (PDF)…</source>
        <translation>Сохранить отчёт для наблюдателей (PDF)…</translation>
    </message>
    <message>
        <source>Turnout, %</source>
        <translation>Явка, %</translation>
    </message>
    <message>
        <source>Share of ballots cast, %</source>
        <translation>Доля от поданных бюллетеней, %</translation>
    </message>
    <message>
        <source>The whole-percentage count failed: {why}</source>
        <translation>Подсчёт целых процентов не удался: {why}</translation>
    </message>
    <message>
        <source>A station&apos;s figure counts as whole when it shows as {example} or the like. Expected: the mean of the smooth runs, in which each station&apos;s count is drawn again from a binomial (no preference for round numbers). A large excess says that round figures were reported more often than chance gives; it does not say why.</source>
        <translation>Показатель участка считается целым, если он выглядит как {example} и т. п. Ожидаемое — среднее по гладким прогонам, в которых число на каждом участке заново разыгрывается по биномиальному распределению (без предпочтения круглых чисел). Большой избыток говорит, что круглые числа встречались чаще, чем даёт случай; почему — он не говорит.</translation>
    </message>
    <message>
        <source>Save observer report</source>
        <translation>Сохранить отчёт для наблюдателей</translation>
    </message>
    <message>
        <source>Observer report</source>
        <translation>Отчёт для наблюдателей</translation>
    </message>
    <message>
        <source>Could not write {path}: {why}</source>
        <translation>Не удалось записать {path}: {why}</translation>
    </message>
    <message>
        <source>Leader&apos;s share ({party})</source>
        <translation>Доля лидера ({party})</translation>
    </message>
    <message>
        <source>of {n} runs</source>
        <translation>из {n} {n:plural:прогона|прогонов|прогонов}</translation>
    </message>
    <message>
        <source>stations of {n} voters or more at a whole percentage; about {chance} by chance (a {window:num}-point window in each point)</source>
        <translation>участки с {n} и более избирателями с целым процентом; случайно — около {chance} (окно в {window:num} п. п. на каждый пункт)</translation>
    </message>
    <message>
        <source>(no region)</source>
        <translation>(без региона)</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>Участки</translation>
    </message>
    <message>
        <source>{n} {n:plural:station|stations} above {limit} not drawn: look at their protocols</source>
        <translation>{n} {n:plural:участок|участка|участков} с показателем выше {limit} вне графика: посмотрите их протоколы</translation>
    </message>
    <message>
        <source>a random sample of {shown} of {n} stations</source>
        <translation>случайная выборка: {shown} из {n} {n:plural:участка|участков|участков}</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>At a whole %</source>
        <translation>С целым %</translation>
    </message>
    <message>
        <source>Expected (smooth data)</source>
        <translation>Ожидается (гладкие данные)</translation>
    </message>
    <message>
        <source>95% of smooth runs</source>
        <translation>95&#xa0;% гладких прогонов</translation>
    </message>
    <message>
        <source>Excess</source>
        <translation>Избыток</translation>
    </message>
    <message>
        <source>Smooth runs as high (of 200)</source>
        <translation>Гладких прогонов не ниже (из 200)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>В списках</translation>
    </message>
    <message>
        <source>Leader&apos;s share</source>
        <translation>Доля лидера</translation>
    </message>
    <message>
        <source>Whole-% turnout</source>
        <translation>Явка — целый %</translation>
    </message>
    <message>
        <source>Whole-% leader</source>
        <translation>Лидер — целый %</translation>
    </message>
    <message>
        <source>{issued} / registered voters</source>
        <translation>{issued} / избиратели в списках</translation>
    </message>
    <message>
        <source>Turnout per station</source>
        <translation>Явка по участкам</translation>
    </message>
    <message>
        <source>Stations per {width:num}-point bin of turnout ({turnout}). Smooth data give a smooth curve; peaks at whole or round percentages are what Kobak, Shpilkin and Pshenichnikov (2016) call integer percentages.</source>
        <translation>Число участков в интервалах явки шириной {width:num} п. п. ({turnout}). Гладкие данные дают гладкую кривую; пики на целых или круглых процентах — это то, что Кобак, Шпилькин и Пшеничников (2016) называют целыми процентами.</translation>
    </message>
    <message>
        <source>Share per station: {name}</source>
        <translation>Доля по участкам: {name}</translation>
    </message>
    <message>
        <source>Stations per {width:num}-point bin of {name}&apos;s votes / ballots cast (valid + invalid), the leader&apos;s result as Kobak et al. (2016) define it.</source>
        <translation>Число участков в интервалах шириной {width:num} п. п. по доле «голоса за {name} / поданные бюллетени (действительные + недействительные)» — результат лидера в определении Кобака и др. (2016).</translation>
    </message>
    <message>
        <source>Turnout and share, station by station: {name}</source>
        <translation>Явка и доля, участок за участком: {name}</translation>
    </message>
    <message>
        <source>One dot per station: turnout ({turnout}) across, {name}&apos;s share of ballots cast up. A tail toward high turnout and high share (the &quot;comet&quot;) is what ballot stuffing would leave, and also what some honest places (closed institutions, small villages) do.</source>
        <translation>Одна точка — один участок: по горизонтали явка ({turnout}), по вертикали доля {name} от поданных бюллетеней. Хвост в сторону высокой явки и высокой доли («комета») оставили бы вбросы бюллетеней — но так же выглядят и некоторые честные участки (закрытые учреждения, небольшие сёла).</translation>
    </message>
    <message>
        <source>After {source}: stations within {tolerance:num} points of a whole percentage, against {runs} smooth Monte Carlo runs (binomial, each station&apos;s own size and rate); stations under {minimum} voters left out.</source>
        <translation>Источник: {source}. Участки, у которых показатель отстоит от целого процента не более чем на {tolerance:num} п. п., сравниваются с {runs} гладкими прогонами Монте-Карло (биномиальное распределение с размером и долей каждого участка); участки, где меньше {minimum} избирателей, не учитываются.</translation>
    </message>
    <message>
        <source>Observer statistics: {title}</source>
        <translation>Статистика для наблюдателей: {title}</translation>
    </message>
    <message>
        <source>Caution.</source>
        <translation>Внимание.</translation>
    </message>
    <message>
        <source>{n} polling stations; written by SeatCalc on {date}.</source>
        <translation>Избирательных участков: {n}; составлено программой SeatCalc {date}.</translation>
    </message>
</context>
<context>
    <name>PartyModel</name>
    <message>
        <source>Party</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Голоса</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Округ</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Прошла</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Без барьера</translation>
    </message>
    <message>
        <source>One person</source>
        <translation>Одно лицо</translation>
    </message>
    <message>
        <source>The party&apos;s colour (double-click to change it)</source>
        <translation>Цвет партии (дважды щёлкните, чтобы изменить)</translation>
    </message>
    <message>
        <source>Share of the threshold base</source>
        <translation>Доля от базы барьера</translation>
    </message>
    <message>
        <source>Passed the threshold (or qualified by district seats, or exempt)</source>
        <translation>Преодолела барьер (или допущена по местам в округах, или освобождена от барьера)</translation>
    </message>
    <message>
        <source>Seats from the party list</source>
        <translation>Места по партийному списку</translation>
    </message>
    <message>
        <source>District seats won by the party&apos;s own nominees</source>
        <translation>Места в округах, полученные выдвиженцами партии</translation>
    </message>
    <message>
        <source>List + district seats (+ self-nominated winners who sit with the party)</source>
        <translation>Места по спискам + по округам (+ самовыдвиженцы, вошедшие во фракцию партии)</translation>
    </message>
    <message>
        <source>Exempt from the threshold (e.g. national minority parties)</source>
        <translation>Освобождена от барьера (например, партии национальных меньшинств)</translation>
    </message>
    <message>
        <source>A one-person list (an individual candidate on the list ballot, as in Scotland&apos;s regions): it can win one seat at most</source>
        <translation>Список из одного лица (отдельный кандидат в бюллетене для голосования по спискам, как в регионах Шотландии): может получить не более одного места</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>{color}: double-click to pick another colour</source>
        <translation>{color}: дважды щёлкните, чтобы выбрать другой цвет</translation>
    </message>
    <message>
        <source>The chart shows it as {chart}: {color} is too close to another seat-winning party&apos;s colour for colour-blind readers</source>
        <translation>На диаграмме он показан как {chart}: для людей с нарушением цветового зрения {color} слишком похож на цвет другой партии, получившей места</translation>
    </message>
    <message>
        <source>{seats} won by the party&apos;s nominees, plus {n} self-nominated district {n:plural:winner|winners} sitting with the party</source>
        <translation>{seats} получено выдвиженцами партии, плюс {n} {n:plural:победитель-самовыдвиженец|победителя-самовыдвиженца|победителей-самовыдвиженцев} в округах, вошедших во фракцию партии</translation>
    </message>
    <message>
        <source>A party</source>
        <translation>Партия</translation>
    </message>
</context>
<context>
    <name>PollModel</name>
    <message>
        <source>Pollster</source>
        <translation>Автор опроса</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Выборка</translation>
    </message>
    <message>
        <source>YYYY-MM-DD; newer polls weigh more in the average (half-life 14 days)</source>
        <translation>ГГГГ-ММ-ДД; более свежие опросы имеют больший вес в среднем (период полураспада веса — 14 дней)</translation>
    </message>
    <message>
        <source>People asked; larger samples weigh more (square root)</source>
        <translation>Число опрошенных; большие выборки имеют больший вес (по квадратному корню)</translation>
    </message>
    <message>
        <source>Poll id: {id}</source>
        <translation>Идентификатор опроса: {id}</translation>
    </message>
    <message>
        <source>Edit poll</source>
        <translation>Правка опроса</translation>
    </message>
</context>
<context>
    <name>Projection</name>
    <message>
        <source>Swing: {swing}. Error: {error}, national sd {sd:num} points, regional {regional:num}, district {district:num}.</source>
        <translation>Сдвиг: {swing}. Ошибка: {error}, ст. откл. по стране {sd:num} п. п., по регионам {regional:num}, по округам {district:num}.</translation>
    </message>
    <message>
        <source>Sample size {n}.</source>
        <translation>Объём выборки: {n}.</translation>
    </message>
    <message>
        <source>{runs} runs, seed {seed:raw}.</source>
        <translation>Прогонов: {runs}, зерно {seed:raw}.</translation>
    </message>
    <message>
        <source>{title}: projection</source>
        <translation>{title}: прогноз</translation>
    </message>
    <message>
        <source>The projected house</source>
        <translation>Прогнозируемый состав палаты</translation>
    </message>
    <message>
        <source>Seat distributions</source>
        <translation>Распределения числа мест</translation>
    </message>
    <message>
        <source>Seats and votes</source>
        <translation>Места и голоса</translation>
    </message>
    <message>
        <source>Coalitions</source>
        <translation>Коалиции</translation>
    </message>
    <message>
        <source>Battleground</source>
        <translation>Спорные округа</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Исходно</translation>
    </message>
    <message>
        <source>House {house}; majority {need}. Mean, 90% range and majority: over the runs; a majority counts seats with affiliated members.</source>
        <translation>Палата: {house}; большинство: {need}. Среднее, диапазон 90 % и большинство — по прогонам; для большинства учитываются и вошедшие во фракцию.</translation>
    </message>
    <message>
        <source>self-nominated</source>
        <translation>самовыдвижение</translation>
    </message>
    <message>
        <source>Swing to flip (pts)</source>
        <translation>Сдвиг для смены лидера (п. п.)</translation>
    </message>
    <message>
        <source>The {shown} closest of {n} districts in the projection; the JSON of the simulate command has them all. Change since the base election: {changes}.</source>
        <translation>Самые близкие округа прогноза: {shown} из {n}; полный список — в JSON команды моделирования. Изменение по сравнению с исходными выборами: {changes}.</translation>
    </message>
    <message>
        <source>Uniform</source>
        <translation>Равномерный</translation>
    </message>
    <message>
        <source>Proportional</source>
        <translation>Пропорциональный</translation>
    </message>
    <message>
        <source>Regional</source>
        <translation>Региональный</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Абсолютная (п. п.)</translation>
    </message>
    <message>
        <source>Relative (logit)</source>
        <translation>Относительная (логит)</translation>
    </message>
    <message>
        <source>Poll sampling</source>
        <translation>Ошибка выборки</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>Base seats</source>
        <translation>Исходные
места</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>Прогноз</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Среднее</translation>
    </message>
    <message>
        <source>90% range</source>
        <translation>Диапазон
90 %</translation>
    </message>
    <message>
        <source>Majority</source>
        <translation>Большинство</translation>
    </message>
    <message>
        <source>Qualify</source>
        <translation>Барьер
пройден</translation>
    </message>
    <message>
        <source>Projected share of the vote polls ask about: the party-list vote, or the district vote where there is no list tier</source>
        <translation>Прогнозируемая доля в том голосовании, о котором спрашивают опросы: за партийные списки или, если списков нет, в округах</translation>
    </message>
    <message>
        <source>Seats in the base election</source>
        <translation>Места на исходных выборах</translation>
    </message>
    <message>
        <source>Seats at the projected shares, counted exactly</source>
        <translation>Места при прогнозируемых долях, подсчитанные точно</translation>
    </message>
    <message>
        <source>Projected against base</source>
        <translation>Прогноз в сравнении с исходными выборами</translation>
    </message>
    <message>
        <source>Average seats over all runs</source>
        <translation>Среднее число мест по всем прогонам</translation>
    </message>
    <message>
        <source>5th to 95th percentile: 9 runs in 10 fall in this range</source>
        <translation>От 5-го до 95-го процентиля: 9 прогонов из 10 попадают в этот диапазон</translation>
    </message>
    <message>
        <source>Chance of a simple majority alone</source>
        <translation>Вероятность простого большинства в одиночку</translation>
    </message>
    <message>
        <source>Chance to pass the threshold</source>
        <translation>Вероятность преодолеть барьер</translation>
    </message>
    <message>
        <source>Base election: {share:pct1}</source>
        <translation>Исходные выборы: {share:pct1}</translation>
    </message>
    <message>
        <source>{party} would have a majority ({seats} of {house}; {need} needed).</source>
        <translation>Большинство было бы у партии {party} ({seats} из {house}; нужно {need}).</translation>
    </message>
    <message>
        <source>No majority: {party} would be largest, {short} short of {need}.</source>
        <translation>Большинства нет: крупнейшей была бы партия {party}, но ей не хватило бы {short} {short:plural:места|мест|мест} до {need}.</translation>
    </message>
    <message>
        <source>Over {runs} runs: a single-party majority in {any}; {party} alone in {mine}.</source>
        <translation>Прогонов: {runs}. Большинство у одной партии — в {any} из них; у партии {party} в одиночку — в {mine}.</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Округ</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Лидер</translation>
    </message>
    <message>
        <source>Runner-up</source>
        <translation>Второй</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Отрыв</translation>
    </message>
    <message>
        <source>Swing to flip</source>
        <translation>Сдвиг для
смены лидера</translation>
    </message>
    <message>
        <source>Holder keeps</source>
        <translation>Лидер
сохраняет</translation>
    </message>
    <message>
        <source>{votes} {votes:plural:vote|votes}</source>
        <translation>{votes} {votes:plural:голос|голоса|голосов}</translation>
    </message>
    <message>
        <source>{points:dec2} pts</source>
        <translation>{points:dec2} п. п.</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>Многомандатный округ</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>Mean seats per party</source>
        <translation>Среднее число мест по партиям</translation>
    </message>
    <message>
        <source>The {n} district seats are known only as declared totals: they stay as they are in every run.</source>
        <translation>Места по округам ({n}) известны только по итогам: во всех прогонах они остаются неизменными.</translation>
    </message>
    <message>
        <source>No single-member districts: nothing to fight over seat by seat.</source>
        <translation>Одномандатных округов нет: борьбы за отдельные места нет.</translation>
    </message>
    <message>
        <source>Coalition</source>
        <translation>Коалиция</translation>
    </message>
    <message>
        <source>Every member needed</source>
        <translation>Нужен каждый
участник</translation>
    </message>
    <message>
        <source>No party alone and no group of up to three reached a majority in any run</source>
        <translation>Ни одна партия в одиночку и ни одна группа из двух-трёх партий не получила большинства ни в одном прогоне</translation>
    </message>
    <message>
        <source> (alone)</source>
        <translation> (в одиночку)</translation>
    </message>
    <message>
        <source>At {share:pct1} {party} holds {seats} {seats:plural:seat|seats}.</source>
        <translation>При доле {share:pct1} у партии {party} {seats} {seats:plural:место|места|мест}.</translation>
    </message>
    <message>
        <source>Responsiveness {r:dec2}: each point of the vote is worth about {s:dec1} seats here.</source>
        <translation>Чувствительность {r:dec2}: здесь каждый пункт доли голосов стоит примерно {s:dec1} места.</translation>
    </message>
    <message>
        <source>With the same share as {rival} ({equal:pct1} each) it would hold as many seats: no partisan bias between them.</source>
        <translation>При той же доле, что у партии {rival} (по {equal:pct1}), у неё было бы столько же мест: партийного перекоса между ними нет.</translation>
    </message>
    <message>
        <source>With the same share as {rival} ({equal:pct1} each) it would hold {gap} {gap:plural:seat|seats} more: a partisan bias of {bias:pct1} of the house in its favour.</source>
        <translation>При той же доле, что у партии {rival} (по {equal:pct1}), у неё было бы на {gap} {gap:plural:место|места|мест} больше: партийный перекос в её пользу — {bias:pct1} мест палаты.</translation>
    </message>
    <message>
        <source>With the same share as {rival} ({equal:pct1} each) it would hold {gap} {gap:plural:seat|seats} fewer: a partisan bias of {bias:pct1} of the house against it.</source>
        <translation>При той же доле, что у партии {rival} (по {equal:pct1}), у неё было бы на {gap} {gap:plural:место|места|мест} меньше: партийный перекос против неё — {bias:pct1} мест палаты.</translation>
    </message>
    <message>
        <source>% of runs</source>
        <translation>% прогонов</translation>
    </message>
    <message>
        <source>majority</source>
        <translation>большинство</translation>
    </message>
    <message>
        <source>equal shares</source>
        <translation>равные доли</translation>
    </message>
    <message>
        <source>National vote share (%)</source>
        <translation>Доля голосов по стране (%)</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Party</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Votes %</source>
        <translation>Голоса, %</translation>
    </message>
    <message>
        <source>Seats %</source>
        <translation>Места, %</translation>
    </message>
    <message>
        <source>Entitled</source>
        <translation>Причитается</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Округ</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>Gallagher index {gallagher} · Loosemore-Hanby {lh} · effective parties {votes} (votes), {seats} (seats)</source>
        <translation>Индекс Галлахера {gallagher} · Лузмор — Хэнби {lh} · эффективное число партий {votes} (по голосам), {seats} (по местам)</translation>
    </message>
    <message>
        <source>Seats shared in proportion among the qualifying parties</source>
        <translation>Места, распределённые пропорционально между партиями, преодолевшими барьер</translation>
    </message>
    <message>
        <source>{party} did not qualify: no entitlement</source>
        <translation>{party}: барьер не преодолён, мест не причитается</translation>
    </message>
    <message>
        <source>{party}&apos;s proportional share of the house: {n} {n:plural:seat|seats}</source>
        <translation>Пропорциональная доля партии {party} в палате: {n} {n:plural:место|места|мест}</translation>
    </message>
    <message>
        <source>; it won {n} {n:plural:district|districts}</source>
        <translation>; победа в {n} {n:plural:округе|округах|округах}</translation>
    </message>
</context>
<context>
    <name>RulesPanel</name>
    <message>
        <source>List lengths</source>
        <translation>Длина списков</translation>
    </message>
    <message>
        <source>Candidates who can still take list seats; a list that wins more keeps that many and the rest go to the other lists (Japan, the Netherlands)</source>
        <translation>Кандидаты, которые ещё могут получить места по спискам; список, получивший больше мест, сохраняет столько, а остальные переходят к другим спискам (Япония, Нидерланды)</translation>
    </message>
    <message>
        <source>Coalition lists</source>
        <translation>Списки коалиций</translation>
    </message>
    <message>
        <source>The parties in each electoral coalition (lists not named run alone)</source>
        <translation>Число партий в каждой избирательной коалиции (не названные списки идут самостоятельно)</translation>
    </message>
    <message>
        <source>Coalition thresholds</source>
        <translation>Барьеры для коалиций</translation>
    </message>
    <message>
        <source>members=percent: the threshold of a coalition of at least that many parties (Poland 8%; Czechia 8% and 11%)</source>
        <translation>партий=процент: барьер для коалиции не менее чем из стольких партий (Польша 8&#xa0;%; Чехия 8&#xa0;% и 11&#xa0;%)</translation>
    </message>
    <message>
        <source>Or in a constituency (%)</source>
        <translation>Или в многомандатном округе (%)</translation>
    </message>
    <message>
        <source>A list below the national threshold still shares the seats of a constituency where it has this percentage of the votes, those seats only (Sweden: 12%)</source>
        <translation>Список ниже общенационального барьера всё же участвует в распределении мест многомандатного округа, где он получил этот процент голосов, — только этих мест (Швеция: 12 %)</translation>
    </message>
    <message>
        <source>Levelling seats</source>
        <translation>Выравнивающие мандаты</translation>
    </message>
    <message>
        <source>National seats on top of the constituencies&apos; (System: levelling seats); placement national_table (Norway) or party_by_party (Sweden)</source>
        <translation>Общенациональные места сверх мест многомандатных округов (Система: выравнивающие мандаты); размещение national_table (Норвегия) или party_by_party (Швеция)</translation>
    </message>
    <message>
        <source>… by constituency</source>
        <translation>… по многомандатным округам</translation>
    </message>
    <message>
        <source>How many levelling seats each constituency takes under the national table (Norway: one each)</source>
        <translation>Сколько выравнивающих мандатов получает каждый многомандатный округ по общенациональной таблице (Норвегия: по одному)</translation>
    </message>
    <message>
        <source>List tier</source>
        <translation>Партийные списки</translation>
    </message>
    <message>
        <source>District tier and linkage</source>
        <translation>Одномандатные округа и связь частей</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <source>First divisor</source>
        <translation>Первый делитель</translation>
    </message>
    <message>
        <source>Minimum seats each</source>
        <translation>Минимум мест каждой</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Барьер</translation>
    </message>
    <message>
        <source>of</source>
        <translation>от</translation>
    </message>
    <message>
        <source>or district seats won</source>
        <translation>или мест в округах</translation>
    </message>
    <message>
        <source>Threshold tested</source>
        <translation>Барьер проверяется</translation>
    </message>
    <message>
        <source>Ties go to</source>
        <translation>При равенстве</translation>
    </message>
    <message>
        <source>Lot seed</source>
        <translation>Зерно жребия</translation>
    </message>
    <message>
        <source>District seats</source>
        <translation>Места по округам</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Система</translation>
    </message>
    <message>
        <source>Overhang</source>
        <translation>Избыточные мандаты</translation>
    </message>
    <message>
        <source>At least N lists</source>
        <translation>Не менее N списков</translation>
    </message>
    <message>
        <source>Biproportional</source>
        <translation>Бипропорциональная</translation>
    </message>
    <message>
        <source>Special rules of the list tier</source>
        <translation>Особые правила для партийных списков</translation>
    </message>
    <message>
        <source>by constituency</source>
        <translation>по многомандатным округам</translation>
    </message>
    <message>
        <source>{rule}: list_tier.{key} of the file (docs/format.md)</source>
        <translation>{rule}: поле list_tier.{key} файла сценария (описание формата: format.md)</translation>
    </message>
    <message>
        <source>no minimum</source>
        <translation>без минимума</translation>
    </message>
    <message>
        <source>If fewer lists pass the threshold, the largest others are admitted until this many take part (Armenia: 3)</source>
        <translation>Если барьер преодолело меньше списков, допускаются крупнейшие из остальных, пока их не станет столько (Армения: 3)</translation>
    </message>
    <message>
        <source>upper apportionment on voter numbers (Zurich)</source>
        <translation>верхнее распределение по «числам избирателей» (Цюрих)</translation>
    </message>
    <message>
        <source>Biproportional: each list&apos;s votes in a district ÷ the district&apos;s seats, rounded, summed for the upper apportionment</source>
        <translation>Бипропорциональная система: голоса за каждый список в округе ÷ число мест округа, с округлением, суммируются для верхнего распределения</translation>
    </message>
    <message>
        <source>exactly at the threshold passes (&quot;at least&quot;)</source>
        <translation>ровно на барьере — проходит («не менее»)</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>стандартный</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Where the threshold is tested when the list tier has constituencies (the Constituencies tab)</source>
        <translation>Где проверяется барьер, если списки считаются по многомандатным округам (вкладка «Многомандатные округа»)</translation>
    </message>
    <message>
        <source>The sum of the constituencies&apos; seats: edit them in the Constituencies tab</source>
        <translation>Сумма мест многомандатных округов: измените их на вкладке «Многомандатные округа»</translation>
    </message>
    <message>
        <source>Change the rules</source>
        <translation>Изменение правил</translation>
    </message>
    <message>
        <source>Change the threshold</source>
        <translation>Изменение барьера</translation>
    </message>
    <message>
        <source>Method: {method}</source>
        <translation>Метод: {method}</translation>
    </message>
    <message>
        <source>District seats cannot be fewer than the {n} results entered</source>
        <translation>Мест по округам не может быть меньше введённых результатов ({n})</translation>
    </message>
    <message>
        <source>Change the district seats</source>
        <translation>Изменение числа мест по округам</translation>
    </message>
    <message>
        <source>Change {rule}</source>
        <translation>Изменение правила «{rule}»</translation>
    </message>
    <message>
        <source>Change the system</source>
        <translation>Изменение системы</translation>
    </message>
</context>
<context>
    <name>SheetView</name>
    <message>
        <source>Clear cells</source>
        <translation>Очистка ячеек</translation>
    </message>
    <message>
        <source>Paste {rows}×{columns} cells</source>
        <translation>Вставка ячеек {rows}×{columns}</translation>
    </message>
</context>
<context>
    <name>SimulationDialog</name>
    <message>
        <source>Party</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>The same seed gives the same result</source>
        <translation>Одно и то же зерно даёт один и тот же результат</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Запустить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Прогонов</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Зерно</translation>
    </message>
    <message>
        <source>Seats won, in % of runs; dashed: the majority and two-thirds lines</source>
        <translation>Полученные места, в % прогонов; пунктир — границы большинства и двух третей</translation>
    </message>
    <message>
        <source>%p% — {done} of {runs} runs</source>
        <translation>%p% — {done} из {runs} прогонов</translation>
    </message>
    <message>
        <source>Simulating {runs} runs…</source>
        <translation>Моделируется прогонов: {runs}…</translation>
    </message>
    <message>
        <source>Choose what to project and press Run: every run moves every district and constituency by the swing model and counts the seats exactly.</source>
        <translation>Выберите, что прогнозировать, и нажмите «Запустить»: каждый прогон сдвигает голоса во всех одномандатных и многомандатных округах по модели сдвига и точно подсчитывает места.</translation>
    </message>
    <message>
        <source>Projection and Monte Carlo — SeatCalc</source>
        <translation>Прогноз и Монте-Карло — SeatCalc</translation>
    </message>
    <message>
        <source>The base election as it is, one poll of the poll table, or the polls&apos; average</source>
        <translation>Исходные выборы как есть, один опрос из таблицы опросов или среднее по опросам</translation>
    </message>
    <message>
        <source>Uniform: each party&apos;s candidates gain or lose the same points of their district&apos;s votes</source>
        <translation>Равномерный: кандидаты каждой партии получают или теряют одинаковое число пунктов голосов в своём округе</translation>
    </message>
    <message>
        <source>Proportional: each party&apos;s share in a district is scaled by its national ratio</source>
        <translation>Пропорциональный: доля каждой партии в округе умножается на её общенациональный коэффициент</translation>
    </message>
    <message>
        <source>Regional: uniform swing by region, from each region&apos;s own figures where a poll gives them</source>
        <translation>Региональный: равномерный сдвиг по регионам, по собственным цифрам каждого региона, если опрос их даёт</translation>
    </message>
    <message>
        <source>Each party&apos;s share moves by a normal error of the national sd, in points</source>
        <translation>Доля каждой партии сдвигается на нормально распределённую ошибку с общенациональным ст. откл., в пунктах</translation>
    </message>
    <message>
        <source>Relative: small parties move less (normal on the log-odds of each share)</source>
        <translation>Относительная: малые партии сдвигаются меньше (нормальная ошибка логарифма шансов каждой доли)</translation>
    </message>
    <message>
        <source>The sampling error of a poll of the sample size</source>
        <translation>Ошибка выборки опроса с заданным объёмом выборки</translation>
    </message>
    <message>
        <source>National error: sd of each party&apos;s share</source>
        <translation>Общенациональная ошибка: ст. откл. доли каждой партии</translation>
    </message>
    <message>
        <source>Regional error, shared by a region&apos;s districts and constituencies</source>
        <translation>Региональная ошибка, общая для одномандатных и многомандатных округов региона</translation>
    </message>
    <message>
        <source>District error: sd of each candidate&apos;s (or constituency party&apos;s) share</source>
        <translation>Ошибка по округам: ст. откл. доли каждого кандидата (или партии в многомандатном округе)</translation>
    </message>
    <message>
        <source> pts</source>
        <translation> п. п.</translation>
    </message>
    <message>
        <source>the poll&apos;s</source>
        <translation>как в опросе</translation>
    </message>
    <message>
        <source>Sample size for the poll sampling error (0: the poll&apos;s own)</source>
        <translation>Объём выборки для ошибки выборки опроса (0 — объём самого опроса)</translation>
    </message>
    <message>
        <source>Report (PDF)…</source>
        <translation>Отчёт (PDF)…</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Основа прогноза</translation>
    </message>
    <message>
        <source>Swing</source>
        <translation>Сдвиг</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>National sd</source>
        <translation>Ст. откл. по стране</translation>
    </message>
    <message>
        <source>Regional sd</source>
        <translation>Ст. откл. по регионам</translation>
    </message>
    <message>
        <source>District sd</source>
        <translation>Ст. откл. по округам</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Выборка</translation>
    </message>
    <message>
        <source>Polls (shares in %; kept with the scenario)</source>
        <translation>Опросы (доли в %; сохраняются в сценарии)</translation>
    </message>
    <message>
        <source>No polls yet: Add poll starts one from the base election&apos;s shares; type the poll&apos;s figures over it, or paste a block from a spreadsheet.</source>
        <translation>Опросов пока нет: кнопка «Добавить опрос» создаёт опрос с долями исходных выборов; введите поверх них цифры опроса или вставьте блок из электронной таблицы.</translation>
    </message>
    <message>
        <source>Add poll</source>
        <translation>Добавить опрос</translation>
    </message>
    <message>
        <source>Remove poll</source>
        <translation>Удалить опрос</translation>
    </message>
    <message>
        <source>Use the average</source>
        <translation>Использовать среднее</translation>
    </message>
    <message>
        <source>Distributions</source>
        <translation>Распределения</translation>
    </message>
    <message>
        <source>Battleground</source>
        <translation>Спорные округа</translation>
    </message>
    <message>
        <source>Coalitions</source>
        <translation>Коалиции</translation>
    </message>
    <message>
        <source>Seats–votes</source>
        <translation>Места–голоса</translation>
    </message>
    <message>
        <source>Base election</source>
        <translation>Исходные выборы</translation>
    </message>
    <message>
        <source>Average of {n} {n:plural:poll|polls}</source>
        <translation>Среднее по {n} {n:plural:опросу|опросам|опросам}</translation>
    </message>
    <message>
        <source>The base election</source>
        <translation>Исходные выборы</translation>
    </message>
    <message>
        <source>Projection: {centre}</source>
        <translation>Прогноз: {centre}</translation>
    </message>
    <message>
        <source>%p% — 0 of {runs} runs</source>
        <translation>%p% — 0 из {runs} {runs:plural:прогона|прогонов|прогонов}</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source> The results below are from the previous run of {runs}.</source>
        <translation> Ниже — результаты предыдущего моделирования ({runs} {runs:plural:прогон|прогона|прогонов}).</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Округа</translation>
    </message>
    <message>
        <source>Constituencies</source>
        <translation>Многомандатные округа</translation>
    </message>
    <message>
        <source>No curve: nothing in this house moves with the votes.</source>
        <translation>Кривой нет: в этой палате ничто не зависит от изменения голосов.</translation>
    </message>
    <message>
        <source>Projection report</source>
        <translation>Отчёт о прогнозе</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report written: {path}</source>
        <translation>Отчёт записан: {path}</translation>
    </message>
    <message>
        <source>Cancelled: {why}.</source>
        <translation>Отменено: {why}.</translation>
    </message>
    <message>
        <source>Cannot simulate: {why}</source>
        <translation>Моделирование невозможно: {why}</translation>
    </message>
    <message>
        <source>Done: {runs} runs, error sd {sd:num} points, seed {seed:raw}.</source>
        <translation>Готово: прогонов {runs}, ст. откл. ошибки {sd:num} п. п., зерно {seed:raw}.</translation>
    </message>
</context>
<context>
    <name>WhatIfPanel</name>
    <message>
        <source>Party</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Голоса</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>List votes in the what-if</source>
        <translation>Голоса за список в сценарии «что если»</translation>
    </message>
    <message>
        <source>Against the original votes</source>
        <translation>По сравнению с исходными голосами</translation>
    </message>
    <message>
        <source>All seats in the what-if (with self-nominated winners sitting with the party)</source>
        <translation>Все места в сценарии «что если» (с самовыдвиженцами, вошедшими во фракцию партии)</translation>
    </message>
    <message>
        <source>Against the original seats</source>
        <translation>По сравнению с исходными местами</translation>
    </message>
    <message>
        <source>{points:num} points {giver} → {taker}</source>
        <translation>{points:num} п. п. {giver} → {taker}</translation>
    </message>
    <message>
        <source>turnout {p:pctv}</source>
        <translation>явка {p:pctv}</translation>
    </message>
    <message>
        <source>against all {p:pctv}</source>
        <translation>против всех {p:pctv}</translation>
    </message>
    <message>
        <source>What-if: {what}</source>
        <translation>Что если: {what}</translation>
    </message>
    <message>
        <source>original votes</source>
        <translation>исходные голоса</translation>
    </message>
    <message>
        <source>Move votes between parties</source>
        <translation>Перенос голосов между партиями</translation>
    </message>
    <message>
        <source>Turnout and against all</source>
        <translation>Явка и «против всех»</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>Откуда → куда</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Пункты</translation>
    </message>
    <message>
        <source>Ballots, % of actual</source>
        <translation>Бюллетени, % от фактических</translation>
    </message>
    <message>
        <source>Also move every district and constituency by</source>
        <translation>Также сдвигать все одномандатные и многомандатные округа:</translation>
    </message>
    <message>
        <source>uniform swing (points)</source>
        <translation>равномерный сдвиг (пункты)</translation>
    </message>
    <message>
        <source>proportional swing (ratio)</source>
        <translation>пропорциональный сдвиг (коэффициент)</translation>
    </message>
    <message>
        <source>Uniform: each party&apos;s candidates gain or lose the same points of their district&apos;s votes. Proportional: their share is scaled by the party&apos;s national ratio.</source>
        <translation>Равномерный: кандидаты каждой партии получают или теряют одинаковое число пунктов голосов в своём округе. Пропорциональный: их доля умножается на общенациональный коэффициент партии.</translation>
    </message>
    <message>
        <source>With list constituencies every move is made in each constituency</source>
        <translation>При многомандатных округах каждый перенос выполняется в каждом из них</translation>
    </message>
    <message>
        <source>, a turnout of {share:pct} of registered voters</source>
        <translation>, {share:pct} избирателей в списках</translation>
    </message>
    <message>
        <source>The actual turnout: {n} ballots{turnout}.</source>
        <translation>Фактическая явка: {n} {n:plural:бюллетень|бюллетеня|бюллетеней}{turnout}.</translation>
    </message>
    <message>
        <source> (actual {share:pct})</source>
        <translation> (фактически {share:pct})</translation>
    </message>
    <message>
        <source>{p:pctv} of the actual ballots: {n}{turnout}{actual}.</source>
        <translation>{p:pctv} фактического числа бюллетеней: {n}{turnout}{actual}.</translation>
    </message>
    <message>
        <source>Against all</source>
        <translation>Против всех</translation>
    </message>
    <message>
        <source>uniform</source>
        <translation>равномерный</translation>
    </message>
    <message>
        <source>proportional</source>
        <translation>пропорциональный</translation>
    </message>
    <message>
        <source>{points:num} points {giver} → {taker} (and districts, {swing} swing)</source>
        <translation>{points:num} п. п. {giver} → {taker} (и округа, {swing} сдвиг)</translation>
    </message>
    <message>
        <source>points</source>
        <translation>п. п.</translation>
    </message>
    <message>
        <source>{percent} of actual</source>
        <translation>{percent} от фактических</translation>
    </message>
    <message>
        <source>Reset to the original votes</source>
        <translation>Вернуть исходные голоса</translation>
    </message>
    <message>
        <source>Drag a slider to preview; release it to apply (one undo step). Every what-if starts from the original votes.</source>
        <translation>Тяните ползунок для предпросмотра; отпустите, чтобы применить (один шаг отмены). Каждый сценарий «что если» начинается с исходных голосов.</translation>
    </message>
    <message>
        <source>Against the original votes:</source>
        <translation>По сравнению с исходными голосами:</translation>
    </message>
    <message>
        <source>This scenario has no district races with candidate votes (declared totals cannot swing)</source>
        <translation>В этом сценарии нет округов с голосами за кандидатов (итоги сдвинуть нельзя)</translation>
    </message>
    <message>
        <source>What-if: reset to the original votes</source>
        <translation>Что если: возврат к исходным голосам</translation>
    </message>
    <message>
        <source>Showing the original votes.</source>
        <translation>Показаны исходные голоса.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{what}&lt;/b&gt; (not the original votes)</source>
        <translation>&lt;b&gt;{what}&lt;/b&gt; (не исходные голоса)</translation>
    </message>
    <message>
        <source>= {moved} votes from {giver} to {taker} (of a threshold base of {base})</source>
        <translation>= {moved} {moved:plural:голос|голоса|голосов} от партии {giver} к партии {taker} (при базе барьера {base})</translation>
    </message>
    <message>
        <source>= all {moved} votes of {giver} move to {taker}: {points:num} points of the threshold base would be {asked}</source>
        <translation>= все {moved} {moved:plural:голос|голоса|голосов} партии {giver} переходят к партии {taker}: {points:num} п. п. от базы барьера составили бы {asked}</translation>
    </message>
    <message>
        <source>No votes moved.</source>
        <translation>Голоса не перенесены.</translation>
    </message>
    <message>
        <source>{n} ballots against all (original)</source>
        <translation>{n} {n:plural:бюллетень|бюллетеня|бюллетеней} «против всех» (исходно)</translation>
    </message>
    <message>
        <source>{n} ballots against all</source>
        <translation>{n} {n:plural:бюллетень|бюллетеня|бюллетеней} «против всех»</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>An internal error stopped this ({error}); it is a fault in SeatCalc, not in your data.</source>
        <translation>Внутренняя ошибка прервала работу ({error}); это ошибка SeatCalc, а не ваших данных.</translation>
    </message>
    <message>
        <source>Details are in {file}.</source>
        <translation>Подробности — в файле {file}.</translation>
    </message>
</context>
<context>
    <name>_DistrictTable</name>
    <message>
        <source>self-nominated</source>
        <translation>самовыдвижение</translation>
    </message>
</context>
<context>
    <name>adjustment</name>
    <message>
        <source>Majority bonus</source>
        <translation>Премия большинства</translation>
    </message>
    <message>
        <source>Opposition minimum</source>
        <translation>Минимум мест оппозиции</translation>
    </message>
    <message>
        <source>Caps on over-representation</source>
        <translation>Пределы сверхпредставительства</translation>
    </message>
    <message>
        <source>Surplus agreements</source>
        <translation>Соглашения об избыточных голосах</translation>
    </message>
    <message>
        <source>List lengths</source>
        <translation>Длина списков</translation>
    </message>
    <message>
        <source>A minimum number of lists</source>
        <translation>Минимальное число списков</translation>
    </message>
    <message>
        <source>A share of one constituency&apos;s votes</source>
        <translation>Доля голосов в одном многомандатном округе</translation>
    </message>
    <message>
        <source>Majority bonus: the largest list gets {seats} seats at {min:pctv} of the base, {per} more for each full {step:pctv} above it, at most {max}; the rest are shared proportionally.</source>
        <translation>Премия большинства: крупнейший список получает {seats} {seats:plural:место|места|мест} при {min:pctv} базы и ещё по {per} за каждые полные {step:pctv} сверх этого, не более {max}; остальные места распределяются пропорционально.</translation>
    </message>
    <message>
        <source>Majority bonus: the largest list (with at least {min:pctv} of the base) is topped up to {share:pct} of the house.</source>
        <translation>Премия большинства: крупнейшему списку (не менее {min:pctv} базы) мандаты добавляются до {share:pct} мест палаты.</translation>
    </message>
    <message>
        <source>Majority bonus: the largest list (with at least {min:pctv} of the base) is topped up to {seats} seats.</source>
        <translation>Премия большинства: крупнейшему списку (не менее {min:pctv} базы) мандаты добавляются до {seats} {seats:plural:места|мест|мест}.</translation>
    </message>
    <message>
        <source>Opposition minimum: if the largest list holds more than the rest allow, the other lists get additional seats until they hold {share:pct} of the house.</source>
        <translation>Минимум мест оппозиции: если у крупнейшего списка больше мест, чем допускается, остальные списки получают дополнительные места, пока у них не будет {share:pct} мест палаты.</translation>
    </message>
    <message>
        <source>Surplus agreements: {groups:list} (each group counted as one list, its seats then shared between its lists).</source>
        <translation>Соглашения об избыточных голосах: {groups:list} (каждая группа считается одним списком, затем её места делятся между её списками).</translation>
    </message>
    <message>
        <source>Caps: no party above {seats} seats, nor above its share of the votes plus {points:num} points of the house.</source>
        <translation>Пределы: ни у одной партии не более {seats} {seats:plural:места|мест|мест} и не более её доли голосов плюс {points:num} п. п. мест палаты.</translation>
    </message>
</context>
<context>
    <name>chart</name>
    <message>
        <source>Appointed (not elected)</source>
        <translation>Не избраны избирателями</translation>
    </message>
    <message>
        <source>the party&apos;s seats include {n} bonus</source>
        <translation>среди мест партии премиальных: {n}</translation>
    </message>
    <message>
        <source>the party&apos;s seats include {n} overhang</source>
        <translation>среди мест партии избыточных: {n}</translation>
    </message>
    <message>
        <source>the party&apos;s seats include {n} levelling</source>
        <translation>среди мест партии выравнивающих: {n}</translation>
    </message>
    <message>
        <source>{n} district {n:plural:winner|winners} not seated (not drawn)</source>
        <translation>{n} {n:plural:победитель|победителя|победителей} в округах без мандата (не показаны)</translation>
    </message>
    <message>
        <source>Appointed (not elected)
by the {name}</source>
        <translation>Не избраны избирателями
избраны органом: {name}</translation>
    </message>
    <message>
        <source>list</source>
        <translation>по списку</translation>
    </message>
    <message>
        <source>district</source>
        <translation>по округу</translation>
    </message>
    <message>
        <source>self-nominated, sits with party</source>
        <translation>самовыдвиженец во фракции партии</translation>
    </message>
    <message>
        <source>{votes} list votes, {share:pct} of the threshold base</source>
        <translation>{votes} {votes:plural:голос|голоса|голосов} за список, {share:pct} от базы барьера</translation>
    </message>
    <message>
        <source>Self-nominated district winner, sits with {party}</source>
        <translation>Самовыдвиженец, победитель в округе, во фракции партии {party}</translation>
    </message>
    <message>
        <source>overhang seat: a district seat beyond the party&apos;s entitlement of {entitlement}</source>
        <translation>избыточный мандат: место по округу сверх причитающихся партии {entitlement}</translation>
    </message>
    <message>
        <source>{district}: {candidate}, {votes} votes, ahead by {margin}</source>
        <translation>{district}: {candidate}, {votes} {votes:plural:голос|голоса|голосов}, отрыв {margin}</translation>
    </message>
    <message>
        <source>{n} ({sitting} {sitting:plural:sits|sit} with a party)</source>
        <translation>{n} ({sitting} {sitting:plural:входит|входят|входят} во фракции партий)</translation>
    </message>
    <message>
        <source>overhang {n:plural:seat|seats} (beyond entitlement)</source>
        <translation>{n:plural:избыточный мандат|избыточные мандаты|избыточные мандаты} (сверх причитающихся)</translation>
    </message>
    <message>
        <source>levelling {n:plural:seat|seats}</source>
        <translation>{n:plural:выравнивающий мандат|выравнивающие мандаты|выравнивающие мандаты}</translation>
    </message>
    <message>
        <source>bonus {n:plural:seat|seats}</source>
        <translation>{n:plural:премиальное место|премиальные места|премиальные места}</translation>
    </message>
    <message>
        <source>Government: {name}</source>
        <translation>Правительство: {name}</translation>
    </message>
    <message>
        <source>{seats} of {house}</source>
        <translation>{seats} из {house}</translation>
    </message>
    <message>
        <source>{n} district {n:plural:winner|winners} not seated</source>
        <translation>{n} {n:plural:победитель|победителя|победителей} в округах без мандата</translation>
    </message>
    <message>
        <source>{n} by law</source>
        <translation>{n} по закону</translation>
    </message>
    <message>
        <source>{base} + {added:plus}</source>
        <translation>{base} + {added:plus}</translation>
    </message>
    <message>
        <source>{n} overhang</source>
        <translation>{n} избыточн.</translation>
    </message>
    <message>
        <source>{n} levelling</source>
        <translation>{n} выравнив.</translation>
    </message>
    <message>
        <source>{n} bonus</source>
        <translation>{n} премиальн.</translation>
    </message>
    <message>
        <source>majority: {simple} of {total}</source>
        <translation>большинство: {simple} из {total}</translation>
    </message>
    <message>
        <source>{majority} ({growth})</source>
        <translation>{majority} ({growth})</translation>
    </message>
    <message>
        <source>{n} {n:plural:seat|seats}</source>
        <translation>{n} {n:plural:место|места|мест}</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Источник: {source}</translation>
    </message>
    <message>
        <source>Sources: {source} and {more} more</source>
        <translation>Источники: {source} и ещё {more}</translation>
    </message>
    <message>
        <source>made with SeatCalc {version}</source>
        <translation>создано в SeatCalc {version}</translation>
    </message>
    <message>
        <source>Hemicycle</source>
        <translation>Полукруг</translation>
    </message>
    <message>
        <source>Horseshoe</source>
        <translation>Подкова</translation>
    </message>
    <message>
        <source>Westminster</source>
        <translation>Вестминстер</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Круг</translation>
    </message>
    <message>
        <source>list seat</source>
        <translation>место по списку</translation>
    </message>
    <message>
        <source>bonus seat: given by a rule of the list tier beyond the proportional share</source>
        <translation>премиальное место: дано по правилу для списков сверх пропорциональной доли</translation>
    </message>
    <message>
        <source>levelling seat: added as the house grew to stay proportional</source>
        <translation>выравнивающий мандат: добавлен при увеличении палаты ради пропорциональности</translation>
    </message>
    <message>
        <source>district seat</source>
        <translation>место по округу</translation>
    </message>
    <message>
        <source>self-nominated district winner, sits with no party</source>
        <translation>самовыдвиженец, победитель в округе, не входит во фракцию партии</translation>
    </message>
    <message>
        <source>Independent</source>
        <translation>Самовыдвиженец</translation>
    </message>
    <message>
        <source>The Speaker&apos;s chair</source>
        <translation>Место председателя палаты</translation>
    </message>
    <message>
        <source>known from the declared totals (no district results)</source>
        <translation>известно по итогам (нет результатов по округам)</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Party</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Голоса</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>Thr.</source>
        <translation>Барьер</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>Dist.</source>
        <translation>Округа</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>+Aff.</source>
        <translation>+Фракц.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Среднее</translation>
    </message>
    <message>
        <source>5%</source>
        <translation>5 %</translation>
    </message>
    <message>
        <source>95%</source>
        <translation>95 %</translation>
    </message>
    <message>
        <source>Qualify</source>
        <translation>Барьер пройден</translation>
    </message>
    <message>
        <source>Majority</source>
        <translation>Большинство</translation>
    </message>
    <message>
        <source>2/3</source>
        <translation>2/3</translation>
    </message>
    <message>
        <source>Method: {text}</source>
        <translation>Метод: {text}</translation>
    </message>
    <message>
        <source>Threshold: {text} Base: {base} votes.</source>
        <translation>Барьер: {text} База: {base} {base:plural:голос|голоса|голосов}.</translation>
    </message>
    <message>
        <source>Threshold: {text} Base: each constituency&apos;s own votes, from {low} ({low_name}) to {high} ({high_name}).</source>
        <translation>Барьер: {text} База: голоса в каждом многомандатном округе, от {low} ({low_name}) до {high} ({high_name}).</translation>
    </message>
    <message>
        <source>Majority: {simple} of {house} seats (two thirds: {two_thirds}); {text}</source>
        <translation>Большинство: {simple} из {house} {house:plural:места|мест|мест} (две трети: {two_thirds}); {text}</translation>
    </message>
    <message>
        <source>Gallagher {gallagher:dec2}, Loosemore-Hanby {lh:dec2}, effective parties {enp_votes:dec2} by votes, {enp_seats:dec2} by seats.</source>
        <translation>Индекс Галлахера {gallagher:dec2}, Лузмора — Хэнби {lh:dec2}, эффективное число партий {enp_votes:dec2} по голосам, {enp_seats:dec2} по местам.</translation>
    </message>
    <message>
        <source>Tie: {text}.</source>
        <translation>Равенство: {text}.</translation>
    </message>
    <message>
        <source>Warning: {text}</source>
        <translation>Предупреждение: {text}</translation>
    </message>
</context>
<context>
    <name>closeness</name>
    <message>
        <source>Votes are added to or taken from one party with every other count fixed; lost votes are abstentions unless stated (they leave the threshold base too).</source>
        <translation>Голоса добавляются одной партии или отнимаются у неё, все остальные числа неизменны; потерянные голоса — это неявка, если не сказано иное (они выбывают и из базы барьера).</translation>
    </message>
    <message>
        <source>List (party) votes move, and so do the votes of the party&apos;s candidate in one district: a seat is won or lost in the district where the fewest votes do it (named beside the figure; a majority adds up the cheapest districts, one seat each, an upper bound). In a compensatory or additional member system each figure is for the party&apos;s whole seat count, recomputed: its entitlement over the whole house, with overhang, levelling and unseated district winners, not its list seats alone.</source>
        <translation>Меняются голоса за списки (партии), а также голоса за кандидата партии в одном округе: место выигрывается или теряется в том округе, где для этого нужно меньше всего голосов (он назван рядом с числом; для большинства складываются самые «дешёвые» округа, по одному месту в каждом, — это верхняя оценка). В смешанной связанной системе или системе дополнительных мандатов каждое число относится ко всем местам партии, пересчитанным заново: к причитающимся ей местам во всей палате с учётом избыточных и выравнивающих мандатов и не получивших мандат победителей в округах, а не только к местам по списку.</translation>
    </message>
    <message>
        <source>With list constituencies (or additional member regions) the votes are added or taken in one constituency, the one where the fewest are needed (named beside the figure). One seat is won or lost in one constituency, so that is the party&apos;s figure; a majority can need votes in several, so the majority figures there are upper bounds.</source>
        <translation>Если списки считаются по многомандатным округам (или регионам системы дополнительных мандатов), голоса добавляются или отнимаются в одном округе — там, где их нужно меньше всего (он назван рядом с числом). Одно место выигрывается или теряется в одном округе, поэтому это и есть число для партии; для большинства могут понадобиться голоса в нескольких округах, так что числа для большинства там — верхние оценки.</translation>
    </message>
    <message>
        <source>A majority bonus moves in steps of the largest list&apos;s share: the figures for its steps (and for the runner-up to take it) are found and verified the same way, list votes moving nationwide. Seats added for the opposition (an opposition minimum) are in each party&apos;s seat figures, not shown apart.</source>
        <translation>Премия большинства меняется ступенями в зависимости от доли крупнейшего списка: числа для её ступеней (и для того, чтобы её получил второй список) находятся и проверяются так же, голоса за списки перемещаются по всей стране. Места, добавленные оппозиции (минимум мест оппозиции), входят в числа мест каждой партии и отдельно не показываются.</translation>
    </message>
    <message>
        <source>Each figure is verified by recomputing: with it the outcome changes, with one vote less it does not. It is the smallest such change when seats never fall as a party&apos;s own votes rise: true of divisor methods and thresholds; largest-remainder methods (Hare, Droop, ...) move their quota with every vote and can, rarely, break this (a vote-monotonicity paradox of the Alabama kind; seen with the integer Droop quota on small totals). For them the {n} vote counts below each boundary are also checked one by one; a smaller change further below cannot be ruled out.</source>
        <translation>Каждое число проверено пересчётом: с ним итог меняется, с одним голосом меньше — нет. Это наименьшее такое изменение, если места партии не уменьшаются при росте её собственных голосов: так у методов делителей и у барьеров; у методов наибольшего остатка (Хэйр, Друп, ...) квота меняется с каждым голосом, и изредка это нарушается (парадокс немонотонности вроде «алабамского»; встречается у целочисленной квоты Друпа на малых числах). Для них также проверяются по одному {n} {n:plural:значение|значения|значений} ниже каждой границы; меньшее изменение ещё ниже исключить нельзя.</translation>
    </message>
</context>
<context>
    <name>coalitions</name>
    <message>
        <source>Independent {n}</source>
        <translation>Самовыдвиженец {n}</translation>
    </message>
</context>
<context>
    <name>compare</name>
    <message>
        <source>As held</source>
        <translation>По итогам выборов</translation>
    </message>
</context>
<context>
    <name>constituency</name>
    <message>
        <source>{name}, {seats} list {seats:plural:seat|seats}: {won:list}</source>
        <translation>{name}, {seats} {seats:plural:место|места|мест} по спискам: {won:list}</translation>
    </message>
    <message>
        <source>{line}; district seats: {won:list}</source>
        <translation>{line}; места по округам: {won:list}</translation>
    </message>
</context>
<context>
    <name>error</name>
    <message>
        <source>Absolute: a normal error of the same points for every party (a party smaller than that, of its own share)</source>
        <translation>Абсолютная: нормальная ошибка с одинаковым числом пунктов для каждой партии (для партии меньше этого — в размере её собственной доли)</translation>
    </message>
    <message>
        <source>Relative: normal on the logit scale, the sd in points for a party at 50% (smaller parties move less)</source>
        <translation>Относительная: нормальная ошибка на логит-шкале, ст. откл. в пунктах задаётся для партии с 50 % (малые партии сдвигаются меньше)</translation>
    </message>
    <message>
        <source>Sampling: the error of a poll of the given sample size</source>
        <translation>Выборочная: ошибка выборки опроса заданного объёма</translation>
    </message>
</context>
<context>
    <name>explain</name>
    <message>
        <source>{linkage}: this explains the proportional entitlement over {seats} seats; list seats top up the district seats to it.</source>
        <translation>{linkage}: здесь объясняется пропорциональное распределение {seats} {seats:plural:места|мест|мест}; места по спискам дополняют места по округам до него.</translation>
    </message>
    <message>
        <source>No single count to explain: each constituency is counted apart.</source>
        <translation>Единого подсчёта для объяснения нет: каждый многомандатный округ считается отдельно.</translation>
    </message>
    <message>
        <source>No single count to explain: a one-person list was capped at one seat and the rest shared again.</source>
        <translation>Единого подсчёта для объяснения нет: список из одного лица ограничен одним местом, а остальные места распределены заново.</translation>
    </message>
    <message>
        <source>No single count to explain: a list won more seats than it had candidates and the rest were shared again (see the notes).</source>
        <translation>Единого подсчёта для объяснения нет: список получил больше мест, чем в нём было кандидатов, и остальные места распределены заново (см. примечания).</translation>
    </message>
    <message>
        <source>No single count to explain: the list tier&apos;s rules counted some lists together or apart (see the notes).</source>
        <translation>Единого подсчёта для объяснения нет: по правилам для списков некоторые списки считались вместе или отдельно (см. примечания).</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>next</source>
        <translation>след.</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Party&apos;s seat</source>
        <translation>Место партии</translation>
    </message>
    <message>
        <source>Divisor</source>
        <translation>Делитель</translation>
    </message>
    <message>
        <source>Quotient</source>
        <translation>Частное</translation>
    </message>
    <message>
        <source>Exact quotient</source>
        <translation>Точное частное</translation>
    </message>
    <message>
        <source>Tie at the cut-off</source>
        <translation>Равенство на границе</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Голоса</translation>
    </message>
    <message>
        <source>Votes / quota</source>
        <translation>Голоса / квота</translation>
    </message>
    <message>
        <source>Whole seats</source>
        <translation>Целые места</translation>
    </message>
    <message>
        <source>Remainder (votes)</source>
        <translation>Остаток (голоса)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Extra seat</source>
        <translation>Доп. место</translation>
    </message>
    <message>
        <source>List seats</source>
        <translation>Места по спискам</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Seats in the house</source>
        <translation>Мест в палате</translation>
    </message>
    <message>
        <source>Simple majority (seats)</source>
        <translation>Простое большинство (мест)</translation>
    </message>
    <message>
        <source>Two-thirds majority (seats)</source>
        <translation>Большинство в две трети (мест)</translation>
    </message>
    <message>
        <source>Largest party</source>
        <translation>Крупнейшая партия</translation>
    </message>
    <message>
        <source>Largest party&apos;s seats (with affiliated)</source>
        <translation>Места крупнейшей партии (с вошедшими во фракцию)</translation>
    </message>
    <message>
        <source>Gallagher index</source>
        <translation>Индекс Галлахера</translation>
    </message>
    <message>
        <source>Loosemore-Hanby index</source>
        <translation>Индекс Лузмора — Хэнби</translation>
    </message>
    <message>
        <source>Effective number of parties (votes)</source>
        <translation>Эффективное число партий (по голосам)</translation>
    </message>
    <message>
        <source>Effective number of parties (seats)</source>
        <translation>Эффективное число партий (по местам)</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>Равенство</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Party votes</source>
        <translation>Голоса за партии</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <source>Registration order</source>
        <translation>Порядок регистрации</translation>
    </message>
    <message>
        <source>Threshold exempt</source>
        <translation>Без барьера</translation>
    </message>
    <message>
        <source>Against all</source>
        <translation>Против всех</translation>
    </message>
    <message>
        <source>Invalid ballots</source>
        <translation>Недействительные бюллетени</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Округа</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Округ</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Кандидат</translation>
    </message>
    <message>
        <source>Nominated by</source>
        <translation>Кем выдвинут</translation>
    </message>
    <message>
        <source>Sits with</source>
        <translation>Во фракции</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Победитель</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Отрыв</translation>
    </message>
    <message>
        <source>self-nominated</source>
        <translation>самовыдвижение</translation>
    </message>
    <message>
        <source>(declared total)</source>
        <translation>(итог)</translation>
    </message>
    <message>
        <source>Constituencies</source>
        <translation>Многомандатные округа</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>Многомандатный округ</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Правила</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Барьер</translation>
    </message>
    <message>
        <source>Threshold percent</source>
        <translation>Барьер, процент</translation>
    </message>
    <message>
        <source>Threshold base</source>
        <translation>База барьера</translation>
    </message>
    <message>
        <source>Threshold base (votes)</source>
        <translation>База барьера (голоса)</translation>
    </message>
    <message>
        <source>Ties on the list</source>
        <translation>Равенство по спискам</translation>
    </message>
    <message>
        <source>District seats</source>
        <translation>Места по округам</translation>
    </message>
    <message>
        <source>District rule</source>
        <translation>Правило в округах</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Части системы</translation>
    </message>
    <message>
        <source>Overhang</source>
        <translation>Избыточные мандаты</translation>
    </message>
    <message>
        <source>Appointed seats</source>
        <translation>Места, не избираемые избирателями</translation>
    </message>
    <message>
        <source>Registered voters</source>
        <translation>Избиратели в списках</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Threshold test</source>
        <translation>Проверка барьера</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>База</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Прошла</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Объяснение</translation>
    </message>
    <message>
        <source>{n} list {n:plural:seat|seats} by {method}.</source>
        <translation>{n} {n:plural:место|места|мест} по спискам; {method}.</translation>
    </message>
    <message>
        <source>Below the threshold, not sharing in the list seats: {parties:list}.</source>
        <translation>Ниже барьера, в распределении мест по спискам не участвуют: {parties:list}.</translation>
    </message>
    <message>
        <source>No list seats to explain.</source>
        <translation>Мест по спискам для объяснения нет.</translation>
    </message>
    <message>
        <source>Each party first receives {n} {n:plural:seat|seats} without a quotient.</source>
        <translation>Каждая партия сначала получает {n} {n:plural:место|места|мест} без частного.</translation>
    </message>
    <message>
        <source>The last row is the highest quotient that won no seat.</source>
        <translation>Последняя строка — наибольшее частное, не получившее места.</translation>
    </message>
    <message>
        <source>Quota: {votes} / {per} = {exact} ≈ {quota:dec3} votes a seat ({votes} qualifying votes, {seats} {seats:plural:seat|seats}).</source>
        <translation>Квота: {votes} / {per} = {exact} ≈ {quota:dec3} голоса на место ({votes} — голоса партий, преодолевших барьер; {seats} {seats:plural:место|места|мест}).</translation>
    </message>
    <message>
        <source>Quota: {exact} ≈ {quota:dec3} votes a seat ({votes} qualifying votes, {seats} {seats:plural:seat|seats}).</source>
        <translation>Квота: {exact} ≈ {quota:dec3} голоса на место ({votes} — голоса партий, преодолевших барьер; {seats} {seats:plural:место|места|мест}).</translation>
    </message>
    <message>
        <source>{whole} {whole:plural:seat|seats} by whole quotas; the {left} left over go to the largest remainders.</source>
        <translation>{whole} {whole:plural:место|места|мест} по целым квотам; оставшиеся {left} — по наибольшим остаткам.</translation>
    </message>
    <message>
        <source>{n} {n:plural:seat|seats}</source>
        <translation>{n} {n:plural:место|места|мест}</translation>
    </message>
</context>
<context>
    <name>formats</name>
    <message>
        <source>CSV table</source>
        <translation>Таблица CSV</translation>
    </message>
    <message>
        <source>CSV, one row per party</source>
        <translation>CSV, по строке на партию</translation>
    </message>
    <message>
        <source>JSON (the compute --format json object)</source>
        <translation>JSON (объект compute --format json)</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Книга Excel</translation>
    </message>
    <message>
        <source>Excel workbook: results, party votes, districts, rules, explanation</source>
        <translation>Книга Excel: результаты, голоса за партии, округа, правила, объяснение</translation>
    </message>
    <message>
        <source>Chart as SVG vector drawing</source>
        <translation>Диаграмма в векторе SVG</translation>
    </message>
    <message>
        <source>the parliament chart as a vector SVG</source>
        <translation>диаграмма мест в парламенте в векторном формате SVG</translation>
    </message>
    <message>
        <source>{cm:dec1} cm wide at {dpi} dpi</source>
        <translation>ширина {cm:dec1} см при {dpi} dpi</translation>
    </message>
    <message>
        <source>the {suffix} format</source>
        <translation>формат {suffix}</translation>
    </message>
    <message>
        <source>the {layout} layout</source>
        <translation>схема зала {layout}</translation>
    </message>
    <message>
        <source>PNG width</source>
        <translation>Ширина PNG</translation>
    </message>
    <message>
        <source>Chart as PNG image</source>
        <translation>Диаграмма в PNG</translation>
    </message>
    <message>
        <source>the parliament chart as a PNG image</source>
        <translation>диаграмма мест в парламенте в виде изображения PNG</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>Отчёт PDF</translation>
    </message>
    <message>
        <source>a PDF report: rules, chart, results, threshold test, explanation</source>
        <translation>отчёт PDF: правила, диаграмма, результаты, проверка барьера, объяснение</translation>
    </message>
    <message>
        <source>Chart layout</source>
        <translation>Схема зала</translation>
    </message>
    <message>
        <source>Arc</source>
        <translation>Дуга</translation>
    </message>
    <message>
        <source>degrees</source>
        <translation>градусов</translation>
    </message>
</context>
<context>
    <name>headline</name>
    <message>
        <source>No seats allocated.</source>
        <translation>Места не распределены.</translation>
    </message>
    <message>
        <source>{party} holds {held}: {status}.</source>
        <translation>{party}: {held} — {status}.</translation>
    </message>
    <message>
        <source>{seats} of {house} seats</source>
        <translation>{seats} из {house} {house:plural:места|мест|мест}</translation>
    </message>
    <message>
        <source>{seats} of {house} seats ({own} + {affiliated} self-nominated sitting with it)</source>
        <translation>{seats} из {house} {house:plural:места|мест|мест} ({own} + {affiliated} {affiliated:plural:самовыдвиженец|самовыдвиженца|самовыдвиженцев} в её фракции)</translation>
    </message>
    <message>
        <source>a two-thirds majority ({needed} needed)</source>
        <translation>большинство в две трети (нужно {needed})</translation>
    </message>
    <message>
        <source>a simple majority ({needed} needed), {short} short of two thirds</source>
        <translation>простое большинство (нужно {needed}), до двух третей не хватает {short}</translation>
    </message>
    <message>
        <source>{party} receives the most seats: {seats} of {house} ({share:pct1}).</source>
        <translation>Больше всего мест получает {party}: {seats} из {house} ({share:pct1}).</translation>
    </message>
    <message>
        <source>no majority alone: {short} short of {needed}</source>
        <translation>нет большинства в одиночку: до {needed} не хватает {short}</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>{parties} {parties:plural:party|parties}{districts}{summed}; {votes} party votes; {counted} of {read} rows counted{problems}{uncertain}{checks}</source>
        <translation>{parties} {parties:plural:партия|партии|партий}{districts}{summed}; голосов за партии: {votes}; учтено строк: {counted} из {read}{problems}{uncertain}{checks}</translation>
    </message>
    <message>
        <source>, {n} {n:plural:district|districts} with candidate votes</source>
        <translation>, {n} {n:plural:округ|округа|округов} с голосами за кандидатов</translation>
    </message>
    <message>
        <source>, {n} {n:plural:district or station|districts or stations}, summed into the national votes</source>
        <translation>, {n} {n:plural:округ или участок|округа или участка|округов или участков}, суммированы в общенациональные голоса</translation>
    </message>
    <message>
        <source>; {n} {n:plural:problem|problems} listed (rows not counted)</source>
        <translation>; {n} {n:plural:проблема|проблемы|проблем} в списке (строки не учтены)</translation>
    </message>
    <message>
        <source>; every row was read</source>
        <translation>; прочитаны все строки</translation>
    </message>
    <message>
        <source>; {n} {n:plural:column|columns} guessed from {n:plural:its|their} cells only (check the mapping)</source>
        <translation>; {n} {n:plural:столбец определён|столбца определены|столбцов определены} только по содержимому ячеек (проверьте значения столбцов)</translation>
    </message>
    <message>
        <source>; {n} {n:plural:row fails|rows fail} the protocol checks (listed)</source>
        <translation>; {n} {n:plural:строка не выдерживает|строки не выдерживают|строк не выдерживают} контрольных соотношений протокола (см. список)</translation>
    </message>
    <message>
        <source>line {line:raw}: {reason}</source>
        <translation>строка {line:raw}: {reason}</translation>
    </message>
    <message>
        <source>line {line:raw}, column &apos;{column}&apos;: {reason}</source>
        <translation>строка {line:raw}, столбец «{column}»: {reason}</translation>
    </message>
    <message>
        <source>{cells} {cells:plural:cell|cells} where the header has {width}; row not read (a line cut short? empty cells still need their delimiters)</source>
        <translation>{cells} {cells:plural:ячейка|ячейки|ячеек}, а в заголовке {width}; строка не прочитана (строка обрезана? пустым ячейкам тоже нужны разделители)</translation>
    </message>
    <message>
        <source>{cells} {cells:plural:cell|cells} where the header has {width}; row not read (a stray delimiter, or an unquoted number such as 3,431,510?)</source>
        <translation>{cells} {cells:plural:ячейка|ячейки|ячеек}, а в заголовке {width}; строка не прочитана (лишний разделитель или число без кавычек вроде 3,431,510?)</translation>
    </message>
    <message>
        <source>a cell in column {column}, which has no header; row not read</source>
        <translation>ячейка в столбце {column}, у которого нет заголовка; строка не прочитана</translation>
    </message>
    <message>
        <source>{why}; row not counted</source>
        <translation>{why}; строка не учтена</translation>
    </message>
    <message>
        <source>{why}; cell not counted</source>
        <translation>{why}; ячейка не учтена</translation>
    </message>
    <message>
        <source>a formula with no saved value ({formula}): open and save the file in a spreadsheet program to store its values</source>
        <translation>формула без сохранённого значения ({formula}): откройте и сохраните файл в программе электронных таблиц, чтобы записать значения</translation>
    </message>
    <message>
        <source>no votes (empty cell); row not counted</source>
        <translation>нет голосов (пустая ячейка); строка не учтена</translation>
    </message>
    <message>
        <source>a total row (&apos;{label}&apos;); not counted</source>
        <translation>итоговая строка («{label}»); не учтена</translation>
    </message>
    <message>
        <source>no district name; row not counted</source>
        <translation>нет названия округа; строка не учтена</translation>
    </message>
    <message>
        <source>no candidate name; row not counted</source>
        <translation>нет имени кандидата; строка не учтена</translation>
    </message>
    <message>
        <source>no party name; row not counted</source>
        <translation>нет названия партии; строка не учтена</translation>
    </message>
    <message>
        <source>text, not counts</source>
        <translation>текст, а не числа</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>пустой</translation>
    </message>
    <message>
        <source>totals, shares, seats, row numbers or dates</source>
        <translation>итоги, доли, места, номера строк или даты</translation>
    </message>
    <message>
        <source>a second &apos;{kind}&apos; column; the first one is used</source>
        <translation>второй столбец «{kind}»; используется первый</translation>
    </message>
    <message>
        <source>an administrative level not used to group the rows</source>
        <translation>административный уровень, по которому строки не группируются</translation>
    </message>
    <message>
        <source>numbers this layout does not read (one row per party or candidate)</source>
        <translation>числа, которые при таком виде таблицы не читаются (строка на партию или кандидата)</translation>
    </message>
    <message>
        <source>skipped ({option})</source>
        <translation>пропущен ({option})</translation>
    </message>
    <message>
        <source>{file}: what each column means (change with {option}): {layout}</source>
        <translation>{file}: что означает каждый столбец (изменить: {option}): {layout}</translation>
    </message>
    <message>
        <source>one row per district or polling station, one column per party</source>
        <translation>строка на округ или избирательный участок, столбец на партию</translation>
    </message>
    <message>
        <source>one row per party or candidate</source>
        <translation>строка на партию или кандидата</translation>
    </message>
    <message>
        <source>party &apos;{name}&apos; (id {id})</source>
        <translation>партия «{name}» (код {id})</translation>
    </message>
    <message>
        <source>party &apos;{name}&apos; (id {id}, ballot number {n:raw})</source>
        <translation>партия «{name}» (код {id}, номер в бюллетене {n:raw})</translation>
    </message>
    <message>
        <source>{meaning} [guessed from the cells]</source>
        <translation>{meaning} [определено по ячейкам]</translation>
    </message>
    <message>
        <source>{file}: line {line:raw}: {relation}: {left} {op} {right}</source>
        <translation>{file}: строка {line:raw}: {relation}: {left} {op} {right}</translation>
    </message>
    <message>
        <source>{file}: line {line:raw} ({station}): {relation}: {left} {op} {right}</source>
        <translation>{file}: строка {line:raw} ({station}): {relation}: {left} {op} {right}</translation>
    </message>
    <message>
        <source>... and {n} more row(s) failing the protocol checks</source>
        <translation>... и ещё {n} {n:plural:строка|строки|строк}, не выдерживающих контрольных соотношений протокола</translation>
    </message>
    <message>
        <source>protocol checks: {rows} rows, {relations}: {failed} row(s) fail</source>
        <translation>контрольные соотношения протокола: {rows} {rows:plural:строка|строки|строк}, {relations}: не выдерживают строк — {failed}</translation>
    </message>
    <message>
        <source>{n} relation(s) ({each})</source>
        <translation>{n} {n:plural:соотношение|соотношения|соотношений} ({each})</translation>
    </message>
    <message>
        <source>protocol checks: none apply (the table lacks the lines they relate)</source>
        <translation>контрольные соотношения протокола: ни одно не применимо (в таблице нет строк, которые они связывают)</translation>
    </message>
    <message>
        <source>20-FZ Annex 5: {formula}</source>
        <translation>20-ФЗ, приложение 5: {formula}</translation>
    </message>
    <message>
        <source>Imported from {source}: {rows} rows read{problems}{registered}.</source>
        <translation>Импортировано из {source}: прочитано строк: {rows}{problems}{registered}.</translation>
    </message>
    <message>
        <source>Imported from a table: {rows} rows read{problems}{registered}.</source>
        <translation>Импортировано из таблицы: прочитано строк: {rows}{problems}{registered}.</translation>
    </message>
    <message>
        <source>, {n} {n:plural:problem|problems} left out (see the import report)</source>
        <translation>, {n} {n:plural:проблема не учтена|проблемы не учтены|проблем не учтены} (см. отчёт об импорте)</translation>
    </message>
    <message>
        <source>; {n} registered voters</source>
        <translation>; избирателей в списках: {n}</translation>
    </message>
    <message>
        <source>registered voters (on the list)</source>
        <translation>число избирателей, внесённых в список избирателей</translation>
    </message>
    <message>
        <source>ballots received by the commission</source>
        <translation>число избирательных бюллетеней, полученных участковой избирательной комиссией</translation>
    </message>
    <message>
        <source>ballots issued early</source>
        <translation>число избирательных бюллетеней, выданных избирателям, проголосовавшим досрочно</translation>
    </message>
    <message>
        <source>ballots issued at the station</source>
        <translation>число избирательных бюллетеней, выданных в помещении для голосования в день голосования</translation>
    </message>
    <message>
        <source>ballots issued outside the station</source>
        <translation>число избирательных бюллетеней, выданных вне помещения для голосования в день голосования</translation>
    </message>
    <message>
        <source>ballots issued (all)</source>
        <translation>число избирательных бюллетеней, выданных избирателям (всего)</translation>
    </message>
    <message>
        <source>ballots cancelled or unused</source>
        <translation>число погашенных (неиспользованных) избирательных бюллетеней</translation>
    </message>
    <message>
        <source>ballots in portable boxes</source>
        <translation>число избирательных бюллетеней, содержащихся в переносных ящиках для голосования</translation>
    </message>
    <message>
        <source>ballots in stationary boxes</source>
        <translation>число избирательных бюллетеней, содержащихся в стационарных ящиках для голосования</translation>
    </message>
    <message>
        <source>ballots found in the boxes</source>
        <translation>число избирательных бюллетеней, обнаруженных в ящиках для голосования</translation>
    </message>
    <message>
        <source>ballots not subject to counting</source>
        <translation>число избирательных бюллетеней, не подлежащих учёту</translation>
    </message>
    <message>
        <source>voters on the home-voting extract</source>
        <translation>число избирателей, внесённых в выписку из списка для голосования по месту пребывания</translation>
    </message>
    <message>
        <source>voters who voted at the station</source>
        <translation>число избирателей, проголосовавших в помещении для голосования</translation>
    </message>
    <message>
        <source>voters who voted outside the station</source>
        <translation>число избирателей, проголосовавших вне помещения для голосования</translation>
    </message>
    <message>
        <source>ballots cast (voters who took part)</source>
        <translation>число избирателей, принявших участие в голосовании</translation>
    </message>
    <message>
        <source>invalid ballots</source>
        <translation>число недействительных избирательных бюллетеней</translation>
    </message>
    <message>
        <source>valid ballots</source>
        <translation>число действительных избирательных бюллетеней</translation>
    </message>
    <message>
        <source>ballots lost</source>
        <translation>число утраченных избирательных бюллетеней</translation>
    </message>
    <message>
        <source>ballots not accounted for</source>
        <translation>число избирательных бюллетеней, не учтённых при получении</translation>
    </message>
    <message>
        <source>against all</source>
        <translation>против всех</translation>
    </message>
    <message>
        <source>registered ≥ ballots issued (early + at the station + outside)</source>
        <translation>избиратели в списке ≥ выданные бюллетени (досрочно + в помещении + вне помещения)</translation>
    </message>
    <message>
        <source>ballots received = issued + cancelled + lost − not accounted for</source>
        <translation>полученные бюллетени = выданные + погашенные + утраченные − не учтённые при получении</translation>
    </message>
    <message>
        <source>ballots in the boxes (portable + stationary) = invalid + valid</source>
        <translation>бюллетени в ящиках (переносных + стационарных) = недействительные + действительные</translation>
    </message>
    <message>
        <source>ballots cast = invalid + valid</source>
        <translation>принявшие участие в голосовании = недействительные + действительные бюллетени</translation>
    </message>
    <message>
        <source>valid ballots = the parties&apos; votes</source>
        <translation>действительные бюллетени = голоса за партии</translation>
    </message>
    <message>
        <source>valid ballots = the parties&apos; votes + against all</source>
        <translation>действительные бюллетени = голоса за партии + «против всех»</translation>
    </message>
    <message>
        <source>ballots issued = at the station + outside</source>
        <translation>выданные бюллетени = в помещении + вне помещения</translation>
    </message>
    <message>
        <source>voters who voted = at the station + outside</source>
        <translation>проголосовавшие избиратели = в помещении + вне помещения</translation>
    </message>
    <message>
        <source>registered ≥ ballots issued</source>
        <translation>избиратели в списке ≥ выданные бюллетени</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>(не используется)</translation>
    </message>
    <message>
        <source>Party name</source>
        <translation>Название партии</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Голоса</translation>
    </message>
    <message>
        <source>District (rows grouped by it)</source>
        <translation>Округ (строки группируются по нему)</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Кандидат</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Polling station</source>
        <translation>Избирательный участок</translation>
    </message>
    <message>
        <source>Votes of a party (one column per party)</source>
        <translation>Голоса за партию (по столбцу на партию)</translation>
    </message>
    <message>
        <source>the party&apos;s name</source>
        <translation>название партии</translation>
    </message>
    <message>
        <source>the votes</source>
        <translation>голоса</translation>
    </message>
    <message>
        <source>the district: rows are grouped by it</source>
        <translation>округ: строки группируются по нему</translation>
    </message>
    <message>
        <source>the candidate&apos;s name</source>
        <translation>имя кандидата</translation>
    </message>
    <message>
        <source>the region: the districts&apos; regions and the per-region summaries</source>
        <translation>регион: регионы округов и сводки по регионам</translation>
    </message>
    <message>
        <source>the polling station: a row&apos;s label in the checks</source>
        <translation>избирательный участок: подпись строки в проверках</translation>
    </message>
</context>
<context>
    <name>linkage</name>
    <message>
        <source>Additional member: each region&apos;s list seats by the divisor sequence, the district seats won in the region counted first.</source>
        <translation>Система дополнительных мандатов: места по спискам в каждом регионе — по ряду делителей, сначала учитываются места, полученные в регионе по округам.</translation>
    </message>
    <message>
        <source>Additional member (Scotland, Wales)</source>
        <translation>Система дополнительных мандатов (Шотландия, Уэльс)</translation>
    </message>
    <message>
        <source>Compensatory: list seats top up district seats to a proportional share of the whole house; overhang seats are kept (the house grows).</source>
        <translation>Смешанная связанная система: места по спискам дополняют места по округам до пропорциональной доли во всей палате; избыточные мандаты сохраняются (палата увеличивается).</translation>
    </message>
    <message>
        <source>Compensatory: list seats top up district seats to a proportional share of the whole house; the house grows until every party is proportional (levelling).</source>
        <translation>Смешанная связанная система: места по спискам дополняют места по округам до пропорциональной доли во всей палате; палата увеличивается, пока все партии не будут представлены пропорционально (выравнивание).</translation>
    </message>
    <message>
        <source>Compensatory: list seats top up district seats to a proportional share of the whole house; district winners beyond the entitlement are not seated.</source>
        <translation>Смешанная связанная система: места по спискам дополняют места по округам до пропорциональной доли во всей палате; победители в округах сверх причитающихся мест мандатов не получают.</translation>
    </message>
    <message>
        <source>Compensatory MMP (New Zealand, Germany)</source>
        <translation>Смешанная связанная (Новая Зеландия, Германия)</translation>
    </message>
    <message>
        <source>Keep overhang: the house grows (New Zealand)</source>
        <translation>Избыточные сохраняются: палата растёт (Новая Зеландия)</translation>
    </message>
    <message>
        <source>Level: the house grows until proportional (Germany 2013-21)</source>
        <translation>Выравнивание: палата растёт до пропорциональности (Германия 2013–2021)</translation>
    </message>
    <message>
        <source>Drop uncovered district winners (Germany 2025)</source>
        <translation>Победители в округах сверх доли не получают мандата (Германия 2025)</translation>
    </message>
    <message>
        <source>Parallel: the list tier by constituency, independent of the district tier.</source>
        <translation>Параллельная система: списки — по многомандатным округам, независимо от одномандатных округов.</translation>
    </message>
    <message>
        <source>Parallel: the tiers are independent.</source>
        <translation>Параллельная система: части независимы.</translation>
    </message>
    <message>
        <source>Parallel (tiers independent: Kazakhstan, Russia)</source>
        <translation>Параллельная (части независимы: Казахстан, Россия)</translation>
    </message>
    <message>
        <source>Entitlement: {items:list}.</source>
        <translation>Причитается: {items:list}.</translation>
    </message>
    <message>
        <source>{party} {n}</source>
        <translation>{party} {n}</translation>
    </message>
    <message>
        <source>{party} +{n}</source>
        <translation>{party} +{n}</translation>
    </message>
    <message>
        <source>The house: {base} seats by law, {total} after the overhang rule.</source>
        <translation>Палата: {base} {base:plural:место|места|мест} по закону, {total} — после применения правила об избыточных мандатах.</translation>
    </message>
    <message>
        <source>{party} won {won} district {won:plural:seat|seats}, entitled to {entitlement}: {n} overhang {n:plural:seat|seats}.</source>
        <translation>{party}: {won} {won:plural:место|места|мест} в округах при {entitlement} причитающихся: {n} {n:plural:избыточный мандат|избыточных мандата|избыточных мандатов}.</translation>
    </message>
    <message>
        <source>Levelling seats: {items:list}.</source>
        <translation>Выравнивающие мандаты: {items:list}.</translation>
    </message>
    <message>
        <source>{party}: {n} district {n:plural:winner|winners} not seated (beyond its entitlement of {entitlement}).</source>
        <translation>{party}: {n} {n:plural:победитель|победителя|победителей} в округах без мандата (сверх причитающихся {entitlement}).</translation>
    </message>
    <message>
        <source>{party}: {n} district {n:plural:winner|winners} not seated (beyond the seats of its Land lists in their Länder).</source>
        <translation>{party}: {n} {n:plural:победитель|победителя|победителей} в округах без мандата (сверх мест её земельных списков в их землях).</translation>
    </message>
    <message>
        <source>{party}: {n} district {n:plural:winner|winners} not seated (the party did not qualify).</source>
        <translation>{party}: {n} {n:plural:победитель|победителя|победителей} в округах без мандата (партия не преодолела барьер).</translation>
    </message>
    <message>
        <source>Not seated: {candidate} ({party}, {district}, {share:pct} of the district&apos;s votes).</source>
        <translation>Без мандата: {candidate} ({party}, {district}, {share:pct} голосов в округе).</translation>
    </message>
    <message>
        <source>Not seated: {n} of {party}&apos;s winners known only from declared totals.</source>
        <translation>Без мандата: {n} из победителей партии {party}, известных только по итогам.</translation>
    </message>
    <message>
        <source>Biproportional: the seats among the lists nationwide, then in each district by district and list divisors (double proportional).</source>
        <translation>Бипропорциональная система: места сначала распределяются между списками по всей стране, затем в каждом округе — по делителям округов и списков (двойная пропорциональность).</translation>
    </message>
    <message>
        <source>Biproportional (Zurich, Swiss cantons)</source>
        <translation>Бипропорциональная (Цюрих, швейцарские кантоны)</translation>
    </message>
    <message>
        <source>Compensatory with Land lists (Germany 2013-2017): Land quotas by population, each Land list at least its district seats, the house grown until every party has its minimum.</source>
        <translation>Смешанная связанная система с земельными списками (Германия, 2013–2017): квоты земель по численности населения, каждый земельный список получает не меньше своих мест по округам, палата увеличивается, пока у каждой партии не будет её минимума.</translation>
    </message>
    <message>
        <source>Compensatory with Land lists (Germany 2020-2021): Land quotas by population, minimum seats by the mean rule, the house grown until every party has its minimum, up to three overhang seats left uncompensated.</source>
        <translation>Смешанная связанная система с земельными списками (Германия, 2020–2021): квоты земель по численности населения, минимальное число мест по правилу среднего, палата увеличивается, пока у каждой партии не будет её минимума, до трёх избыточных мандатов остаются некомпенсированными.</translation>
    </message>
    <message>
        <source>Compensatory with Land lists (Germany since 2023): the house shared nationwide by second votes, each party&apos;s seats among its Land lists; in each Land its district winners are seated in order of first-vote share as far as its Land list&apos;s seats cover them (Zweitstimmendeckung).</source>
        <translation>Смешанная связанная система с земельными списками (Германия с 2023 года): места палаты распределяются по всей стране по вторым голосам, места каждой партии — между её земельными списками; в каждой земле победители в округах получают мандаты в порядке доли первых голосов, пока их покрывают места земельного списка партии (покрытие вторыми голосами).</translation>
    </message>
    <message>
        <source>Compensatory with Land lists (Germany)</source>
        <translation>Смешанная связанная с земельными списками (Германия)</translation>
    </message>
    <message>
        <source>Minimum seats, mean rule, 3 uncompensated (Germany 2020-21)</source>
        <translation>Минимальное число мест, правило среднего, 3 некомпенсированных (Германия, 2020–2021)</translation>
    </message>
    <message>
        <source>Minimum seats per Land list (Germany 2013-17)</source>
        <translation>Минимальное число мест по земельным спискам (Германия, 2013–2017)</translation>
    </message>
    <message>
        <source>Levelling seats: each constituency&apos;s seats apart, then national levelling seats bring the parties above the levelling threshold to their share of the whole house, placed in constituencies.</source>
        <translation>Выравнивающие мандаты: места каждого многомандатного округа распределяются отдельно, затем общенациональные выравнивающие мандаты доводят партии, преодолевшие барьер для выравнивания, до их доли во всей палате и размещаются по округам.</translation>
    </message>
    <message>
        <source>Levelling seats (Norway, Sweden)</source>
        <translation>Выравнивающие мандаты (Норвегия, Швеция)</translation>
    </message>
    <message>
        <source>Regions with a second scrutiny: each region&apos;s seats by its votes, whole quotas in each region, and the seats left shared nationwide on the lists&apos; remainders.</source>
        <translation>Регионы и второй скрутиниум: места каждого региона — по его голосам, в каждом регионе — по целым квотам, а оставшиеся места распределяются по всей стране по остаткам голосов списков.</translation>
    </message>
    <message>
        <source>Regions and a national second scrutiny (Czechia 2021)</source>
        <translation>Регионы и общегосударственный второй скрутиниум (Чехия, 2021)</translation>
    </message>
</context>
<context>
    <name>method</name>
    <message>
        <source>D&apos;Hondt</source>
        <translation>Метод Д&apos;Ондта</translation>
    </message>
    <message>
        <source>D&apos;Hondt (Jefferson), divisors 1, 2, 3, ...</source>
        <translation>Метод Д&apos;Ондта (Джефферсона), делители 1, 2, 3, ...</translation>
    </message>
    <message>
        <source>Favours larger parties; Spain, Portugal, Belgium, Finland.</source>
        <translation>Благоприятствует крупным партиям; Испания, Португалия, Бельгия, Финляндия.</translation>
    </message>
    <message>
        <source>Sainte-Laguë</source>
        <translation>Метод Сент-Лагю</translation>
    </message>
    <message>
        <source>Sainte-Laguë (Webster), divisors 1, 3, 5, ...</source>
        <translation>Метод Сент-Лагю (Уэбстера), делители 1, 3, 5, ...</translation>
    </message>
    <message>
        <source>First divisor configurable: Norway 1.4, Sweden 1.2.</source>
        <translation>Первый делитель можно задать: Норвегия 1,4, Швеция 1,2.</translation>
    </message>
    <message>
        <source>Huntington-Hill</source>
        <translation>Метод Хантингтона — Хилла</translation>
    </message>
    <message>
        <source>Huntington-Hill (equal proportions), divisors √(n(n+1))</source>
        <translation>Метод Хантингтона — Хилла (равных пропорций), делители √(n(n+1))</translation>
    </message>
    <message>
        <source>US House apportionment since 1941; every unit with votes gets a seat first.</source>
        <translation>Распределение мест в Палате представителей США с 1941 года; каждая единица с голосами сначала получает место.</translation>
    </message>
    <message>
        <source>Adams</source>
        <translation>Метод Адамса</translation>
    </message>
    <message>
        <source>Adams (smallest divisors), divisors 0, 1, 2, ...</source>
        <translation>Метод Адамса (наименьших делителей), делители 0, 1, 2, ...</translation>
    </message>
    <message>
        <source>Favours small units; every unit with votes gets a seat first.</source>
        <translation>Благоприятствует малым единицам; каждая единица с голосами сначала получает место.</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Датский метод</translation>
    </message>
    <message>
        <source>Danish, divisors 1, 4, 7, ...</source>
        <translation>Датский метод, делители 1, 4, 7, ...</translation>
    </message>
    <message>
        <source>Used for Denmark&apos;s supplementary seats.</source>
        <translation>Применяется для дополнительных мест в Дании.</translation>
    </message>
    <message>
        <source>Imperiali</source>
        <translation>Метод Империали</translation>
    </message>
    <message>
        <source>Imperiali, divisors 2, 3, 4, ...</source>
        <translation>Метод Империали, делители 2, 3, 4, ...</translation>
    </message>
    <message>
        <source>Belgian municipal elections; strongly favours large parties.</source>
        <translation>Муниципальные выборы в Бельгии; сильно благоприятствует крупным партиям.</translation>
    </message>
    <message>
        <source>Hare</source>
        <translation>Квота Хэйра</translation>
    </message>
    <message>
        <source>Hare quota (votes/seats), largest remainder</source>
        <translation>Квота Хэйра (голоса/места), наибольший остаток</translation>
    </message>
    <message>
        <source>Kazakhstan, Russia; neutral between large and small parties.</source>
        <translation>Казахстан, Россия; нейтральна по отношению к крупным и малым партиям.</translation>
    </message>
    <message>
        <source>Droop</source>
        <translation>Квота Друпа</translation>
    </message>
    <message>
        <source>Droop quota (⌊votes/(seats+1)⌋+1), largest remainder</source>
        <translation>Квота Друпа (⌊голоса/(места+1)⌋+1), наибольший остаток</translation>
    </message>
    <message>
        <source>The integer Droop quota; Ireland, South Africa.</source>
        <translation>Целочисленная квота Друпа; Ирландия, ЮАР.</translation>
    </message>
    <message>
        <source>Hagenbach-Bischoff</source>
        <translation>Квота Хагенбаха — Бишоффа</translation>
    </message>
    <message>
        <source>Hagenbach-Bischoff quota (votes/(seats+1)), largest remainder</source>
        <translation>Квота Хагенбаха — Бишоффа (голоса/(места+1)), наибольший остаток</translation>
    </message>
    <message>
        <source>Can fill one seat too many when every remainder is zero.</source>
        <translation>Может распределить на одно место больше, если все остатки равны нулю.</translation>
    </message>
    <message>
        <source>Imperiali quota</source>
        <translation>Квота Империали</translation>
    </message>
    <message>
        <source>Imperiali quota (votes/(seats+2)), largest remainder</source>
        <translation>Квота Империали (голоса/(места+2)), наибольший остаток</translation>
    </message>
    <message>
        <source>Italy 1946-1993; can fill more seats than exist.</source>
        <translation>Италия 1946–1993; может распределить больше мест, чем есть.</translation>
    </message>
    <message>
        <source>{method}, first divisor {divisor:num}</source>
        <translation>{method}, первый делитель {divisor:num}</translation>
    </message>
    <message>
        <source>{method}, at least {n} {n:plural:seat|seats} each</source>
        <translation>{method}, каждой не менее {n} {n:plural:места|мест|мест}</translation>
    </message>
</context>
<context>
    <name>names</name>
    <message>
        <source>New scenario</source>
        <translation>Новый сценарий</translation>
    </message>
    <message>
        <source>Party {n}</source>
        <translation>Партия {n}</translation>
    </message>
    <message>
        <source>District {n}</source>
        <translation>Округ {n}</translation>
    </message>
    <message>
        <source>Candidate {n}</source>
        <translation>Кандидат {n}</translation>
    </message>
    <message>
        <source>Constituency {n}</source>
        <translation>Многомандатный округ {n}</translation>
    </message>
    <message>
        <source>Whole country</source>
        <translation>Вся страна</translation>
    </message>
</context>
<context>
    <name>note</name>
    <message>
        <source>The count by {method} filled {over} {over:plural:seat|seats} more than exist; it was redone with {fallback}.</source>
        <translation>Распределение по правилу «{method}» дало на {over} {over:plural:место|места|мест} больше, чем есть; оно повторено по правилу «{fallback}».</translation>
    </message>
    <message>
        <source>{constituency}: {note}</source>
        <translation>{constituency}: {note}</translation>
    </message>
    <message>
        <source>Majority bonus: {party}, the largest list with {share:pct} of the base, gets {n} bonus {n:plural:seat|seats}; the other {rest} seats are shared proportionally, {party} included.</source>
        <translation>Премия большинства: {party}, крупнейший список с {share:pct} базы, получает {n} {n:plural:премиальное место|премиальных места|премиальных мест}; остальные {rest} {rest:plural:место|места|мест} распределяются пропорционально, включая {party}.</translation>
    </message>
    <message>
        <source>Majority bonus: {party}, the largest list, would hold {held} seats, short of {target}: it is topped up by {n} {n:plural:seat|seats}, and the other lists share the remaining {rest} list seats.</source>
        <translation>Премия большинства: у крупнейшего списка {party} было бы {held} {held:plural:место|места|мест}, меньше {target}: ему добавляется {n} {n:plural:место|места|мест}, а остальные списки делят оставшиеся {rest} {rest:plural:место|места|мест} по спискам.</translation>
    </message>
    <message>
        <source>Majority bonus: {party}, the largest list, holds {held} seats, at least the {target} of the top-up: no bonus.</source>
        <translation>Премия большинства: у крупнейшего списка {party} {held} {held:plural:место|места|мест}, не меньше {target}, до которых добавляются места: премии нет.</translation>
    </message>
    <message>
        <source>Majority bonus: {party}, the largest list, has {share:pct} of the base, below the {limit:pctv} needed: no bonus.</source>
        <translation>Премия большинства: у крупнейшего списка {party} {share:pct} базы, меньше необходимых {limit:pctv}: премии нет.</translation>
    </message>
    <message>
        <source>Minimum seats: {items:list}; the house grew from {base} to {house} seats shared nationwide so that every party has its minimum.</source>
        <translation>Минимальное число мест: {items:list}; палата, распределяемая по всей стране, увеличена с {base} до {house} {house:plural:места|мест|мест}, чтобы у каждой партии был её минимум.</translation>
    </message>
    <message>
        <source>Second-vote coverage, {land}: the Land list of {party} has {seats} {seats:plural:seat|seats} for its {won} district winners; {n} {n:plural:winner|winners} with the lowest first-vote {n:plural:share is|shares are} not seated.</source>
        <translation>Покрытие вторыми голосами, {land}: у земельного списка партии {party} {seats} {seats:plural:место|места|мест} на {won} {won:plural:победителя|победителей|победителей} в округах; {n} {n:plural:победитель|победителя|победителей} с наименьшей долей первых голосов {n:plural:остаётся|остаются|остаются} без мандата.</translation>
    </message>
    <message>
        <source>Majority clause: {party}, with more than half of the qualifying second votes, gets {n} more {n:plural:seat|seats} and holds a majority of the house of {house}.</source>
        <translation>Оговорка о большинстве: партия {party}, получившая более половины вторых голосов партий, преодолевших барьер, получает ещё {n} {n:plural:место|места|мест} и имеет большинство в палате из {house} {house:plural:места|мест|мест}.</translation>
    </message>
    <message>
        <source>Second scrutiny: {n} {n:plural:seat|seats} not given in the regions ({regions:list}), shared on the lists&apos; remainders ({total} votes; {number} a seat): {items:list}.</source>
        <translation>Второй скрутиниум: {n} {n:plural:место|места|мест} не распределено в регионах ({regions:list}); распределение по остаткам голосов списков ({total} {total:plural:голос|голоса|голосов}; {number} на место): {items:list}.</translation>
    </message>
    <message>
        <source>Overhang seats left uncompensated, on top of the nationwide share: {items:list}.</source>
        <translation>Избыточные мандаты, оставленные без компенсации сверх общенациональной доли: {items:list}.</translation>
    </message>
    <message>
        <source>Opposition minimum: {party} holds {held} of {house} seats, leaving the others less than {share:pct}; they get {n} additional {n:plural:seat|seats}, shared by the list method.</source>
        <translation>Минимум мест оппозиции: у партии {party} {held} из {house} {house:plural:места|мест|мест}, у остальных меньше {share:pct}; они получают {n} {n:plural:дополнительное место|дополнительных места|дополнительных мест}, распределяемых методом для списков.</translation>
    </message>
    <message>
        <source>Surplus agreement: {lists:list} counted as one list won {seats} {seats:plural:seat|seats}, shared between them: {split:list}.</source>
        <translation>Соглашение об избыточных голосах: {lists:list}, считаясь одним списком, получили {seats} {seats:plural:место|места|мест}, разделённых между ними: {split:list}.</translation>
    </message>
    <message>
        <source>Constituency seats beyond the national share, kept (the party left the national count with them): {items:list}.</source>
        <translation>Места в многомандатных округах сверх общенациональной доли, сохранены (партия исключена из общенационального подсчёта вместе с ними): {items:list}.</translation>
    </message>
    <message>
        <source>Upper apportionment (the lists nationwide): {items:list}.</source>
        <translation>Верхнее распределение (списки по всей стране): {items:list}.</translation>
    </message>
    <message>
        <source>Lower apportionment: seats = votes ÷ (district divisor × list divisor), rounded; district divisors {districts:list}; list divisors {lists:list}.</source>
        <translation>Нижнее распределение: места = голоса ÷ (делитель округа × делитель списка), с округлением; делители округов {districts:list}; делители списков {lists:list}.</translation>
    </message>
    <message>
        <source>{name} {divisor:num}</source>
        <translation>{name} {divisor:num}</translation>
    </message>
    <message>
        <source>Cap: {party} would hold {held} seats, above its cap of {cap}: it gets {list_seats} list {list_seats:plural:seat|seats} and the other parties share the rest.</source>
        <translation>Предел: у партии {party} было бы {held} {held:plural:место|места|мест}, больше её предела {cap}: она получает {list_seats} {list_seats:plural:место|места|мест} по списку, а остальные места делят другие партии.</translation>
    </message>
    <message>
        <source>{party} won {won} list seats but has {length} {length:plural:candidate|candidates} left: the other {passed} {passed:plural:seat went|seats went} to the other lists by the same method.</source>
        <translation>{party} получила {won} {won:plural:место|места|мест} по списку, но в списке {length:plural:остался|осталось|осталось} {length} {length:plural:кандидат|кандидата|кандидатов}: остальные {passed} {passed:plural:место перешло|места перешли|мест перешли} к другим спискам тем же методом.</translation>
    </message>
</context>
<context>
    <name>observer</name>
    <message>
        <source>ballots issued</source>
        <translation>выданные бюллетени</translation>
    </message>
    <message>
        <source>ballots cast</source>
        <translation>поданные бюллетени</translation>
    </message>
    <message>
        <source>An anomaly is not proof of fraud: it says where to look closer (the stations, their protocols, the observers&apos; reports), not what happened there.</source>
        <translation>Аномалия — не доказательство фальсификации: она говорит, куда смотреть внимательнее (участки, их протоколы, сообщения наблюдателей), а не что там произошло.</translation>
    </message>
    <message>
        <source>Kobak, Shpilkin and Pshenichnikov (2016), {title}</source>
        <translation>Кобак, Шпилькин и Пшеничников (2016), {title}</translation>
    </message>
</context>
<context>
    <name>refusal</name>
    <message>
        <source>the {suffix} format takes no {name}</source>
        <translation>формат {suffix} не принимает параметр {name}</translation>
    </message>
    <message>
        <source>expected zero or more seats, got {got}</source>
        <translation>ожидалось ноль или больше мест, получено {got}</translation>
    </message>
    <message>
        <source>give one or the other</source>
        <translation>укажите одно из двух</translation>
    </message>
    <message>
        <source>expected &quot;party=percent&quot; with a percent from 0 to 100, got {got}</source>
        <translation>ожидалось «партия=процент» с процентом от 0 до 100, получено: {got}</translation>
    </message>
    <message>
        <source>no share given</source>
        <translation>не задано ни одной доли</translation>
    </message>
    <message>
        <source>unknown export format {suffix} (known: {known})</source>
        <translation>неизвестный формат экспорта {suffix} (известны: {known})</translation>
    </message>
    <message>
        <source>the key {key} appears twice in one object (which one is meant cannot be told)</source>
        <translation>ключ {key} встречается в одном объекте дважды (нельзя понять, какой имеется в виду)</translation>
    </message>
    <message>
        <source>{name} is not a number a count can hold</source>
        <translation>{name} — не число, которое может быть количеством</translation>
    </message>
    <message>
        <source>larger than the limit of {limit} characters for a scenario</source>
        <translation>больше предела в {limit} символов для сценария</translation>
    </message>
    <message>
        <source>not valid JSON ({why} at line {line})</source>
        <translation>неправильный JSON ({why}, строка {line})</translation>
    </message>
    <message>
        <source>not a scenario (JSON nested too deeply)</source>
        <translation>не сценарий (слишком глубокая вложенность JSON)</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>объект</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>список</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>expected an object, got {got}</source>
        <translation>ожидался объект, получено: {got}</translation>
    </message>
    <message>
        <source>not a field this version of SeatCalc knows (docs/format.md); a file from a newer version?</source>
        <translation>поле, неизвестное этой версии SeatCalc (docs/format.md); файл из более новой версии?</translation>
    </message>
    <message>
        <source>expected a list, got {got}</source>
        <translation>ожидался список, получено: {got}</translation>
    </message>
    <message>
        <source>{n} entries, more than the limit of {limit}</source>
        <translation>{n} {n:plural:элемент|элемента|элементов} — больше предела {limit}</translation>
    </message>
    <message>
        <source>missing (required)</source>
        <translation>отсутствует (обязательное поле)</translation>
    </message>
    <message>
        <source>expected a non-negative integer, got {got}</source>
        <translation>ожидалось неотрицательное целое число, получено: {got}</translation>
    </message>
    <message>
        <source>{n} is more than the limit of {limit}</source>
        <translation>{n} — больше предела {limit}</translation>
    </message>
    <message>
        <source>expected a number, got {got}</source>
        <translation>ожидалось число, получено: {got}</translation>
    </message>
    <message>
        <source>expected text, got {got}</source>
        <translation>ожидался текст, получено: {got}</translation>
    </message>
    <message>
        <source>{n} characters, more than the limit of {limit}</source>
        <translation>{n} {n:plural:символ|символа|символов} — больше предела {limit}</translation>
    </message>
    <message>
        <source>contains a control character: {got}</source>
        <translation>содержит управляющий символ: {got}</translation>
    </message>
    <message>
        <source>expected true or false, got {got}</source>
        <translation>ожидалось true или false, получено: {got}</translation>
    </message>
    <message>
        <source>expected one of {allowed}; got {got}</source>
        <translation>ожидалось одно из: {allowed}; получено: {got}</translation>
    </message>
    <message>
        <source>no such built-in scenario (known: {known})</source>
        <translation>нет такого встроенного сценария (известны: {known})</translation>
    </message>
    <message>
        <source>no such template (known: {known})</source>
        <translation>нет такого шаблона (известны: {known})</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>нет такого файла</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>не текст в UTF-8</translation>
    </message>
    <message>
        <source>cannot be read ({why})</source>
        <translation>не удаётся прочитать ({why})</translation>
    </message>
    <message>
        <source>{target} is the input file; writing there would destroy it (choose another name)</source>
        <translation>{target} — входной файл; запись в него уничтожила бы его (выберите другое имя)</translation>
    </message>
    <message>
        <source>duplicate id &quot;{id}&quot;</source>
        <translation>повторяющийся идентификатор «{id}»</translation>
    </message>
    <message>
        <source>expected &quot;{expected}&quot;, got {got}</source>
        <translation>ожидалось «{expected}», получено: {got}</translation>
    </message>
    <message>
        <source>expected {expected} (this SeatCalc reads version 1), got {got}</source>
        <translation>ожидалось {expected} (эта версия SeatCalc читает версию 1), получено: {got}</translation>
    </message>
    <message>
        <source>the house has no seats (every tier has 0)</source>
        <translation>в палате нет мест (в каждом уровне 0)</translation>
    </message>
    <message>
        <source>a house of {n} seats is more than the limit of {limit}</source>
        <translation>палата из {n} {n:plural:места|мест|мест} — больше предела {limit}</translation>
    </message>
    <message>
        <source>expected a language code such as ru or kk</source>
        <translation>ожидался код языка, например ru или kk</translation>
    </message>
    <message>
        <source>expected at least one party, got none</source>
        <translation>ожидалась хотя бы одна партия, не получено ни одной</translation>
    </message>
    <message>
        <source>expected a non-empty id</source>
        <translation>ожидался непустой идентификатор</translation>
    </message>
    <message>
        <source>expected #rrggbb, got {got}</source>
        <translation>ожидалось #rrggbb, получено: {got}</translation>
    </message>
    <message>
        <source>applies to divisor methods only, not {method}</source>
        <translation>применяется только к методам делителей, а не к {method}</translation>
    </message>
    <message>
        <source>a minimum per unit needs a divisor method, not {method}</source>
        <translation>минимуму на единицу нужен метод делителей, а не {method}</translation>
    </message>
    <message>
        <source>is {seats} but the constituencies have {total} seats</source>
        <translation>равно {seats}, а в многомандатных округах {total} {total:plural:место|места|мест}</translation>
    </message>
    <message>
        <source>with constituencies, give list_lengths in each constituency (the lists are theirs)</source>
        <translation>при многомандатных округах задайте list_lengths в каждом округе (списки принадлежат им)</translation>
    </message>
    <message>
        <source>is {seats} but the constituencies take {placed} levelling seats (levelling_seats)</source>
        <translation>равно {seats}, а многомандатные округа принимают {placed} {placed:plural:выравнивающий мандат|выравнивающих мандата|выравнивающих мандатов} (levelling_seats)</translation>
    </message>
    <message>
        <source>expected a percentage from 0 to 100, got {got}</source>
        <translation>ожидался процент от 0 до 100, получено: {got}</translation>
    </message>
    <message>
        <source>expected a whole number of at least 1, got {got}</source>
        <translation>ожидалось целое число не меньше 1, получено: {got}</translation>
    </message>
    <message>
        <source>expected at least one, or null</source>
        <translation>ожидался хотя бы один элемент или null</translation>
    </message>
    <message>
        <source>{filled} district seats are given but the tier has {seats}</source>
        <translation>задано {filled} {filled:plural:место|места|мест} по округам, а в уровне их {seats}</translation>
    </message>
    <message>
        <source>expected at least one candidate</source>
        <translation>ожидался хотя бы один кандидат</translation>
    </message>
    <message>
        <source>expected a non-empty id other than &quot;{average}&quot;, got {got}</source>
        <translation>ожидался непустой идентификатор, отличный от «{average}», получено: {got}</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD, got {got}</source>
        <translation>ожидалась дата в виде ГГГГ-ММ-ДД, получено: {got}</translation>
    </message>
    <message>
        <source>expected at least one party&apos;s share</source>
        <translation>ожидалась доля хотя бы одной партии</translation>
    </message>
    <message>
        <source>the shares add up to {total}%, more than {limit}% (rounding aside, a poll&apos;s shares add up to 100% at most)</source>
        <translation>сумма долей {total}% — больше {limit}% (если не считать округления, доли в опросе дают в сумме не более 100%)</translation>
    </message>
    <message>
        <source>expected a name of its own, got {got}</source>
        <translation>ожидалось собственное название, получено: {got}</translation>
    </message>
    <message>
        <source>expected at least one party</source>
        <translation>ожидалась хотя бы одна партия</translation>
    </message>
    <message>
        <source>names no coalition: {got}</source>
        <translation>не называет коалицию: {got}</translation>
    </message>
    <message>
        <source>names &quot;{party}&quot; twice</source>
        <translation>называет «{party}» дважды</translation>
    </message>
    <message>
        <source>names unknown party {got}</source>
        <translation>называет неизвестную партию {got}</translation>
    </message>
    <message>
        <source>{why}; type digits, e.g. {example}</source>
        <translation>{why}; введите цифры, например {example}</translation>
    </message>
    <message>
        <source>votes cannot be negative</source>
        <translation>число голосов не может быть отрицательным</translation>
    </message>
    <message>
        <source>a party needs a name</source>
        <translation>у партии должно быть название</translation>
    </message>
    <message>
        <source>expected a colour as #rrggbb, got &apos;{got}&apos;</source>
        <translation>ожидался цвет в виде #rrggbb, получено: «{got}»</translation>
    </message>
    <message>
        <source>a scenario needs at least one party</source>
        <translation>в сценарии должна быть хотя бы одна партия</translation>
    </message>
    <message>
        <source>the name has a control character: {got}</source>
        <translation>в названии есть управляющий символ: {got}</translation>
    </message>
    <message>
        <source>a name of {n} characters is more than the limit of {limit}</source>
        <translation>название из {n} {n:plural:символа|символов|символов} длиннее предела в {limit}</translation>
    </message>
    <message>
        <source>{field} cannot be edited here</source>
        <translation>{field} здесь изменить нельзя</translation>
    </message>
    <message>
        <source>{name} is still named by district candidates ({candidates}), declared district totals ({declared}), constituency vote counts ({regions}), list lengths ({lengths}) or list-tier rules ({rules}); change those first</source>
        <translation>на партию {name} ещё ссылаются кандидаты в округах ({candidates}), итоги по округам ({declared}), голоса в многомандатных округах ({regions}), длина списков ({lengths}) или правила для списков ({rules}); сначала измените их</translation>
    </message>
    <message>
        <source>no party &apos;{got}&apos;; type a party&apos;s name or id, or leave empty for self-nominated</source>
        <translation>нет партии «{got}»; введите название или код партии либо оставьте пустым для самовыдвижения</translation>
    </message>
    <message>
        <source>that makes {filled} district seats but the tier has {seats}; raise the district seats in the rules first</source>
        <translation>получается {filled} {filled:plural:место|места|мест} по округам, а их всего {seats}; сначала увеличьте число мест по округам в правилах</translation>
    </message>
    <message>
        <source>a compensatory (MMP) system shares its entitlement nationwide; choose the parallel or additional member system to use constituencies</source>
        <translation>смешанная связанная система распределяет причитающиеся места по всей стране; чтобы использовать многомандатные округа, выберите параллельную систему или систему дополнительных мандатов</translation>
    </message>
    <message>
        <source>a constituency needs a name</source>
        <translation>у округа должно быть название</translation>
    </message>
    <message>
        <source>expected a whole number of seats, got &apos;{got}&apos;</source>
        <translation>ожидалось целое число мест, получено: «{got}»</translation>
    </message>
    <message>
        <source>the list tier needs at least one constituency; to count it nationwide, untick &quot;Use constituencies&quot;</source>
        <translation>для списков нужен хотя бы один многомандатный округ; чтобы считать по единому округу, снимите отметку «Многомандатные округа»</translation>
    </message>
    <message>
        <source>district seats lie in {name} ({n}); move them to another region first</source>
        <translation>в регионе {name} есть места по округам ({n}); сначала перенесите их в другой регион</translation>
    </message>
    <message>
        <source>the list tier is counted nationwide; tick &quot;Use constituencies&quot; first</source>
        <translation>списки считаются по единому округу; сначала отметьте «Многомандатные округа»</translation>
    </message>
    <message>
        <source>expected a date written YYYY-MM-DD, got &apos;{got}&apos;</source>
        <translation>ожидалась дата в виде ГГГГ-ММ-ДД, получено: «{got}»</translation>
    </message>
    <message>
        <source>{why}; type the number of people asked, e.g. 2000</source>
        <translation>{why}; введите число опрошенных, например 2000</translation>
    </message>
    <message>
        <source>expected a percentage, e.g. 31 or 27.5, got &apos;{got}&apos;</source>
        <translation>ожидался процент, например 31 или 27,5, получено: «{got}»</translation>
    </message>
    <message>
        <source>expected a percentage from 0 to 100, got &apos;{got}&apos;</source>
        <translation>ожидался процент от 0 до 100, получено: «{got}»</translation>
    </message>
    <message>
        <source>a poll needs at least one party&apos;s share</source>
        <translation>в опросе нужна доля хотя бы одной партии</translation>
    </message>
    <message>
        <source>the shares add up to {total:pctv}, more than {most:pctv}</source>
        <translation>сумма долей {total:pctv} — больше {most:pctv}</translation>
    </message>
    <message>
        <source>choose two different parties to merge</source>
        <translation>выберите для объединения две разные партии</translation>
    </message>
    <message>
        <source>{a} and {b} both have a candidate in {district}; merging would put two candidates of one party in one race</source>
        <translation>у {a} и {b} есть кандидаты в округе {district}; после объединения у одной партии было бы два кандидата в одной гонке</translation>
    </message>
    <message>
        <source>expected a whole number of votes, got an empty cell</source>
        <translation>ожидалось целое число голосов, ячейка пуста</translation>
    </message>
    <message>
        <source>the number &apos;{got}&apos; is too large to be a count of votes</source>
        <translation>число «{got}» слишком велико для числа голосов</translation>
    </message>
    <message>
        <source>expected a whole number of votes, got &apos;{got}&apos;</source>
        <translation>ожидалось целое число голосов, получено: «{got}»</translation>
    </message>
    <message>
        <source>no options</source>
        <translation>нет параметров</translation>
    </message>
    <message>
        <source>expected {low} to {high}, got {got}</source>
        <translation>ожидалось от {low} до {high}, получено: {got}</translation>
    </message>
    <message>
        <source>{owner} takes no such option (it takes: {takes})</source>
        <translation>{owner}: такого параметра нет (есть: {takes})</translation>
    </message>
    <message>
        <source>expected WIDTHxHEIGHT such as 1400x900, got {got}</source>
        <translation>ожидалось ШИРИНАxВЫСОТА, например 1400x900, получено: {got}</translation>
    </message>
    <message>
        <source>the screenshot is a PNG; give a .png file name</source>
        <translation>снимок окна — это PNG; укажите имя файла .png</translation>
    </message>
    <message>
        <source>{size} is outside 1 to {limit} pixels a side</source>
        <translation>{size} вне пределов от 1 до {limit} пикселей по стороне</translation>
    </message>
    <message>
        <source>unknown role &apos;{role}&apos; (roles: {roles})</source>
        <translation>неизвестная роль «{role}» (роли: {roles})</translation>
    </message>
    <message>
        <source>two columns are marked &apos;{role}&apos;: &apos;{first}&apos; and &apos;{second}&apos;; keep one</source>
        <translation>два столбца отмечены как «{role}»: «{first}» и «{second}»; оставьте один</translation>
    </message>
    <message>
        <source>a table has either a party column and a votes column, or one column per party; not both</source>
        <translation>в таблице либо столбец партий и столбец голосов, либо по столбцу на каждую партию, но не то и другое сразу</translation>
    </message>
    <message>
        <source>mark a party (or candidate) column and a votes column, or the columns that hold each party&apos;s votes</source>
        <translation>отметьте столбец партий (или кандидатов) и столбец голосов либо столбцы с голосами каждой партии</translation>
    </message>
    <message>
        <source>expected {syntax}, got &apos;{text}&apos;</source>
        <translation>ожидалось {syntax}, получено «{text}»</translation>
    </message>
    <message>
        <source>no column &apos;{column}&apos; in the table (columns: {columns})</source>
        <translation>в таблице нет столбца «{column}» (столбцы: {columns})</translation>
    </message>
    <message>
        <source>region {region} is not a constituency of the list tier (known: {known}); the additional member system counts each district seat in its region</source>
        <translation>регион {region} не является многомандатным округом списочного уровня (известны: {known}); система дополнительных мандатов учитывает каждое место по округу в его регионе</translation>
    </message>
    <message>
        <source>the additional member system needs a divisor method, not {method}</source>
        <translation>системе дополнительных мандатов нужен метод делителей, а не «{method}»</translation>
    </message>
    <message>
        <source>a region has no list votes to share its {seats} seats by</source>
        <translation>в регионе нет голосов за списки, чтобы распределить {seats} {seats:plural:место|места|мест}</translation>
    </message>
    <message>
        <source>levelling found no house size that covers every district seat</source>
        <translation>выравнивание не нашло размера палаты, покрывающего все места по округам</translation>
    </message>
    <message>
        <source>mixed.type compensatory with list_tier.constituencies is not supported: entitlements are national (set constituencies to null, or use additional_member for regional top-ups)</source>
        <translation>mixed.type compensatory вместе с list_tier.constituencies не поддерживается: причитающиеся места считаются по всей стране (задайте constituencies = null или используйте additional_member для региональных дополнений)</translation>
    </message>
    <message>
        <source>{fixed} district seats are held outside the proportional count, more than the house of {base}</source>
        <translation>{fixed} {fixed:plural:место|места|мест} в округах — вне пропорционального распределения, больше, чем вся палата ({base})</translation>
    </message>
    <message>
        <source>no votes to share the seats by</source>
        <translation>нет голосов, по которым можно распределить места</translation>
    </message>
    <message>
        <source>seats must be zero or more, got {got}</source>
        <translation>число мест должно быть нулём или больше, получено: {got}</translation>
    </message>
    <message>
        <source>votes must be zero or more</source>
        <translation>число голосов должно быть нулём или больше</translation>
    </message>
    <message>
        <source>a minimum of seats per unit needs a divisor method</source>
        <translation>минимуму мест на единицу нужен метод делителей</translation>
    </message>
    <message>
        <source>a first divisor applies to divisor methods only</source>
        <translation>первый делитель применяется только к методам делителей</translation>
    </message>
    <message>
        <source>{method} is not a quota method</source>
        <translation>{method} — не метод квот</translation>
    </message>
    <message>
        <source>min_seats must be zero or more, got {got}</source>
        <translation>min_seats должно быть нулём или больше, получено: {got}</translation>
    </message>
    <message>
        <source>{n} units × a minimum of {minimum} seats needs {needed} seats, but only {seats} exist</source>
        <translation>{n} {n:plural:единица|единицы|единиц} × минимум {minimum} {minimum:plural:место|места|мест} требует {needed} {needed:plural:место|места|мест}, а есть только {seats}</translation>
    </message>
    <message>
        <source>unknown method {method} (known: {known})</source>
        <translation>неизвестный метод {method} (известны: {known})</translation>
    </message>
    <message>
        <source>{method} is not a divisor method</source>
        <translation>{method} — не метод делителей</translation>
    </message>
    <message>
        <source>{method} has no configurable first divisor</source>
        <translation>у метода {method} нет настраиваемого первого делителя</translation>
    </message>
    <message>
        <source>the first divisor must lie between 0 and the second divisor ({second}), got {got}</source>
        <translation>первый делитель должен быть между 0 и вторым делителем ({second}), получено: {got}</translation>
    </message>
    <message>
        <source>the count by {method} filled more seats than exist</source>
        <translation>распределение по правилу «{method}» дало больше мест, чем есть</translation>
    </message>
    <message>
        <source>the {method} quota of {quota} votes leaves {left} seat(s) for {remainders} remainder(s): too few votes to share {seats} seats</source>
        <translation>квота {method} (голосов: {quota}) оставляет {left} {left:plural:место|места|мест} на {remainders} {remainders:plural:остаток|остатка|остатков}: слишком мало голосов, чтобы распределить {seats} {seats:plural:место|места|мест}</translation>
    </message>
    <message>
        <source>names unknown party &quot;{party}&quot;</source>
        <translation>указана неизвестная партия «{party}»</translation>
    </message>
    <message>
        <source>expected &quot;{syntax}&quot;, got &quot;{got}&quot;</source>
        <translation>ожидалось «{syntax}», получено «{got}»</translation>
    </message>
    <message>
        <source>no constituency &quot;{id}&quot;</source>
        <translation>нет многомандатного округа «{id}»</translation>
    </message>
    <message>
        <source>expected a whole number of parties, got &quot;{got}&quot;</source>
        <translation>ожидалось целое число партий, получено «{got}»</translation>
    </message>
    <message>
        <source>the table has a header but no data rows</source>
        <translation>в таблице есть заголовок, но нет строк с данными</translation>
    </message>
    <message>
        <source>column &apos;{column}&apos; is not in the table</source>
        <translation>в таблице нет столбца «{column}»</translation>
    </message>
    <message>
        <source>unknown column kind &apos;{kind}&apos; (expected one of {kinds})</source>
        <translation>неизвестный вид столбца «{kind}» (ожидался один из: {kinds})</translation>
    </message>
    <message>
        <source>no votes column chosen</source>
        <translation>не выбран столбец голосов</translation>
    </message>
    <message>
        <source>no party column chosen</source>
        <translation>не выбран столбец партий</translation>
    </message>
    <message>
        <source>a table of candidates needs a district column ({names})</source>
        <translation>для таблицы кандидатов нужен столбец округов ({names})</translation>
    </message>
    <message>
        <source>no party columns chosen</source>
        <translation>не выбраны столбцы партий</translation>
    </message>
    <message>
        <source>unknown layout &apos;{layout}&apos;</source>
        <translation>неизвестный вид таблицы «{layout}»</translation>
    </message>
    <message>
        <source>not UTF-8 nor Windows-1251 text (it is UTF-16: save it as CSV UTF-8)</source>
        <translation>текст не в кодировке UTF-8 и не в Windows-1251 (это UTF-16: сохраните файл как CSV UTF-8)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <source>line {line}: {why}</source>
        <translation>строка {line}: {why}</translation>
    </message>
    <message>
        <source>not UTF-8 nor Windows-1251 text</source>
        <translation>текст не в кодировке UTF-8 и не в Windows-1251</translation>
    </message>
    <message>
        <source>not UTF-8 nor Windows-1251 text (it looks like a binary file)</source>
        <translation>текст не в кодировке UTF-8 и не в Windows-1251 (похоже на двоичный файл)</translation>
    </message>
    <message>
        <source>no votes column: expected a column named {names} (columns found: {columns})</source>
        <translation>нет столбца голосов: ожидался столбец с названием {names} (найдены столбцы: {columns})</translation>
    </message>
    <message>
        <source>no party column: a &apos;{votes}&apos; column needs a column named {names} (columns found: {columns})</source>
        <translation>нет столбца партий: столбцу «{votes}» нужен столбец с названием {names} (найдены столбцы: {columns})</translation>
    </message>
    <message>
        <source>no party column: expected a party and a votes column, or one column of vote counts per party (columns found: {columns})</source>
        <translation>нет столбца партий: ожидались столбец партий и столбец голосов или по столбцу с числом голосов на каждую партию (найдены столбцы: {columns})</translation>
    </message>
    <message>
        <source>the file is {size} MiB, over the limit of {limit} MiB for a table</source>
        <translation>размер файла {size} МиБ, больше предела для таблицы в {limit} МиБ</translation>
    </message>
    <message>
        <source>{part} unpacks to {size} MiB, over the limit of {limit} MiB for a workbook</source>
        <translation>{part} распаковывается в {size} МиБ, больше предела для книги в {limit} МиБ</translation>
    </message>
    <message>
        <source>{part} unpacks {ratio}-fold, over the limit of {limit}-fold (a zip bomb?)</source>
        <translation>{part} при распаковке увеличивается в {ratio} раз, больше предела в {limit} раз (ZIP-бомба?)</translation>
    </message>
    <message>
        <source>more than {limit} rows, over the limit for a table</source>
        <translation>больше {limit} строк — предел для таблицы</translation>
    </message>
    <message>
        <source>more than {limit} cells, over the limit for a table</source>
        <translation>больше {limit} ячеек — предел для таблицы</translation>
    </message>
    <message>
        <source>a cell in column {column}, over the limit of {limit} columns</source>
        <translation>ячейка в столбце {column}, сверх предела в {limit} столбцов</translation>
    </message>
    <message>
        <source>a cell of {size} characters or more on line {line}, over the limit of {limit} characters (Excel&apos;s own limit)</source>
        <translation>ячейка из {size} или более символов в строке {line}, больше предела в {limit} символов (предел самого Excel)</translation>
    </message>
    <message>
        <source>a cell of {size} characters on line {line}, over the limit of {limit} characters (Excel&apos;s own limit)</source>
        <translation>ячейка из {size} символов в строке {line}, больше предела в {limit} символов (предел самого Excel)</translation>
    </message>
    <message>
        <source>a cell of {size} characters (cell {cell}), over the limit of {limit} characters (Excel&apos;s own limit)</source>
        <translation>ячейка из {size} символов (ячейка {cell}), больше предела в {limit} символов (предел самого Excel)</translation>
    </message>
    <message>
        <source>a cell of {size} characters in the header, over the limit of {limit} characters (Excel&apos;s own limit)</source>
        <translation>ячейка из {size} символов в заголовке, больше предела в {limit} символов (предел самого Excel)</translation>
    </message>
    <message>
        <source>the votes of &apos;{column}&apos; add up to {total}, more than a count can hold ({limit}); refused rather than wrapped</source>
        <translation>голоса столбца «{column}» в сумме дают {total} — больше, чем вмещает счётчик ({limit}); отклонено, чтобы не было переполнения</translation>
    </message>
    <message>
        <source>expected &apos;{syntax}&apos;, got &apos;{text}&apos;</source>
        <translation>ожидалось «{syntax}», получено «{text}»</translation>
    </message>
    <message>
        <source>no party named &apos;{name}&apos; in the table</source>
        <translation>в таблице нет партии «{name}»</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be merged into itself</source>
        <translation>партию «{name}» нельзя объединить с самой собой</translation>
    </message>
    <message>
        <source>the sheet is empty</source>
        <translation>лист пуст</translation>
    </message>
    <message>
        <source>an old Excel .xls workbook; save it as .xlsx or CSV</source>
        <translation>старая книга Excel в формате .xls; сохраните её как .xlsx или CSV</translation>
    </message>
    <message>
        <source>not a zip archive</source>
        <translation>не ZIP-архив</translation>
    </message>
    <message>
        <source>column &apos;{column}&apos; appears twice in the header</source>
        <translation>столбец «{column}» дважды встречается в заголовке</translation>
    </message>
    <message>
        <source>a zip archive with neither a workbook nor one CSV table in it</source>
        <translation>ZIP-архив, в котором нет ни книги, ни одной таблицы CSV</translation>
    </message>
    <message>
        <source>the workbook has no sheets</source>
        <translation>в книге нет листов</translation>
    </message>
    <message>
        <source>no sheet number {sheet}</source>
        <translation>нет листа с номером {sheet}</translation>
    </message>
    <message>
        <source>no sheet named &apos;{sheet}&apos; (sheets: {sheets})</source>
        <translation>нет листа «{sheet}» (листы: {sheets})</translation>
    </message>
    <message>
        <source>no workbook part</source>
        <translation>нет части с книгой</translation>
    </message>
    <message>
        <source>part {part} is missing</source>
        <translation>нет части {part}</translation>
    </message>
    <message>
        <source>not a readable .xlsx workbook (part {part} is not well-formed XML: {why})</source>
        <translation>не удаётся прочитать книгу .xlsx (часть {part} — некорректный XML: {why})</translation>
    </message>
    <message>
        <source>a cell reference &apos;{ref}&apos;</source>
        <translation>ссылка на ячейку «{ref}»</translation>
    </message>
    <message>
        <source>shared string {index} is missing</source>
        <translation>нет общей строки {index}</translation>
    </message>
    <message>
        <source>not a readable .xlsx workbook ({why})</source>
        <translation>не удаётся прочитать книгу .xlsx ({why})</translation>
    </message>
    <message>
        <source>not supported with {other} (the rule acts on one nationwide count of list seats)</source>
        <translation>не поддерживается вместе с {other} (правило действует при едином общенациональном подсчёте мест по спискам)</translation>
    </message>
    <message>
        <source>unknown key (known: {known})</source>
        <translation>неизвестный ключ (известные: {known})</translation>
    </message>
    <message>
        <source>expected the sliding form ({sliding}, ...) or one of {top_up}</source>
        <translation>ожидалась скользящая форма ({sliding}, ...) или один из ключей {top_up}</translation>
    </message>
    <message>
        <source>expected a percentage from 0 to 100</source>
        <translation>ожидался процент от 0 до 100</translation>
    </message>
    <message>
        <source>expected a share of the house above 0 and at most 1, e.g. &quot;54/100&quot;</source>
        <translation>ожидалась доля мест палаты больше 0 и не больше 1, например &quot;54/100&quot;</translation>
    </message>
    <message>
        <source>expected a percentage above 0</source>
        <translation>ожидался процент больше 0</translation>
    </message>
    <message>
        <source>expected a share of the house above 0 and below 1, e.g. &quot;1/3&quot;</source>
        <translation>ожидалась доля мест палаты больше 0 и меньше 1, например &quot;1/3&quot;</translation>
    </message>
    <message>
        <source>expected {one}, {other} or both</source>
        <translation>ожидалось {one}, {other} или оба</translation>
    </message>
    <message>
        <source>expected at least two lists</source>
        <translation>ожидалось не менее двух списков</translation>
    </message>
    <message>
        <source>list &quot;{list}&quot; is in two agreements</source>
        <translation>список «{list}» входит в два соглашения</translation>
    </message>
    <message>
        <source>not supported with {other} (list seats there top up district seats); remove {field}, or use {parallel}</source>
        <translation>не поддерживается вместе с {other} (места по спискам там дополняют места по округам); удалите {field} или выберите {parallel}</translation>
    </message>
    <message>
        <source>needs {field} (the districts) and the method {method} with its own first divisor (standard rounding)</source>
        <translation>нужны {field} (округа) и метод {method} с его собственным первым делителем (обычное округление)</translation>
    </message>
    <message>
        <source>the districts have {rows} seats but the lists&apos; upper apportionment {cols}</source>
        <translation>в округах {rows} {rows:plural:место|места|мест}, а в верхнем распределении списков — {cols}</translation>
    </message>
    <message>
        <source>the lower apportionment did not settle in {n} rounds</source>
        <translation>нижнее распределение не сошлось за {n} {n:plural:раунд|раунда|раундов}</translation>
    </message>
    <message>
        <source>an exact tie at a half seat in the lower apportionment (decided by lot in law); not decided here</source>
        <translation>точное равенство на половине места в нижнем распределении (по закону решается жребием); здесь не решается</translation>
    </message>
    <message>
        <source>needs {field} (the Länder, each with its parties&apos; votes)</source>
        <translation>нужны {field} (земли, в каждой — голоса за партии)</translation>
    </message>
    <message>
        <source>region &apos;{region}&apos; is not a Land of the list tier (known: {known}); {linkage} counts each district seat in its Land</source>
        <translation>регион «{region}» — не земля из списков (известные: {known}); {linkage} учитывает каждое место по округу в его земле</translation>
    </message>
    <message>
        <source>no house size gives every party its minimum seats</source>
        <translation>ни при каком размере палаты не все партии получают свой минимум мест</translation>
    </message>
    <message>
        <source>needs {field} and {levelling} (the levelling seats and their threshold)</source>
        <translation>нужны {field} и {levelling} (выравнивающие мандаты и их барьер)</translation>
    </message>
    <message>
        <source>the {layout} layout takes no {name}</source>
        <translation>схема «{layout}» не принимает параметр {name}</translation>
    </message>
    <message>
        <source>needs {field} (the regions, each with its lists&apos; votes)</source>
        <translation>нужно поле {field} (регионы, каждый с голосами за свои списки)</translation>
    </message>
    <message>
        <source>{linkage} shares each region&apos;s seats by whole quotas: it needs a quota method (Czechia: {example}), not {method}</source>
        <translation>{linkage} распределяет места каждого региона по целым квотам: нужен метод квот (Чехия: {example}), а не {method}</translation>
    </message>
    <message>
        <source>the republic mandate number {number} gives the regions {n} seats, more than the {house} to share</source>
        <translation>республиканское мандатное число {number} даёт регионам {n} {n:plural:место|места|мест}, больше, чем {house} для распределения</translation>
    </message>
    <message>
        <source>unknown linkage {linkage}</source>
        <translation>неизвестная связь уровней {linkage}</translation>
    </message>
    <message>
        <source>applies where each list constituency&apos;s seats are shared apart ({linkages}, with {field}), not here (mixed.type {linkage})</source>
        <translation>применяется там, где места каждого многомандатного округа распределяются отдельно ({linkages}, с {field}), но не здесь (mixed.type {linkage})</translation>
    </message>
    <message>
        <source>these rules count the list votes by constituency, and this scenario has no votes by constituency</source>
        <translation>эти правила считают голоса за списки по многомандатным округам, а в этом сценарии нет голосов по многомандатным округам</translation>
    </message>
    <message>
        <source>these rules have {theirs} district seats and this scenario has results for {own}: district results cannot be carried over</source>
        <translation>в этих правилах {theirs} {theirs:plural:место|места|мест} по округам, а в этом сценарии есть результаты для {own}: результаты по округам перенести нельзя</translation>
    </message>
    <message>
        <source>the factor must be zero or more, got {got}</source>
        <translation>множитель должен быть нулём или больше, получено: {got}</translation>
    </message>
    <message>
        <source>expected zero or more votes, got {got}</source>
        <translation>ожидалось ноль или больше голосов, получено: {got}</translation>
    </message>
    <message>
        <source>a long table needs a votes column and a party or candidate column</source>
        <translation>длинной таблице нужен столбец голосов и столбец партии или кандидата</translation>
    </message>
    <message>
        <source>votes must be a 2-D array (runs × units), got {n}-D</source>
        <translation>голоса должны быть двумерным массивом (прогоны × единицы), получено измерений: {n}</translation>
    </message>
    <message>
        <source>votes must be whole numbers</source>
        <translation>голоса должны быть целыми числами</translation>
    </message>
    <message>
        <source>float votes of {limit} or more are not exact: pass integers</source>
        <translation>голоса с плавающей точкой от {limit} и больше неточны: передайте целые числа</translation>
    </message>
    <message>
        <source>votes must be integers, got {got}</source>
        <translation>голоса должны быть целыми числами, получено: {got}</translation>
    </message>
    <message>
        <source>the {method} quota leaves more seats than remainders: too few votes to share {seats} seats</source>
        <translation>квота {method} оставляет больше мест, чем остатков: слишком мало голосов, чтобы распределить {seats} {seats:plural:место|места|мест}</translation>
    </message>
    <message>
        <source>the {method} quota filled more seats than exist</source>
        <translation>квота {method} распределила больше мест, чем есть</translation>
    </message>
    <message>
        <source>more seats are held than the count shares</source>
        <translation>занятых мест больше, чем распределяется при подсчёте</translation>
    </message>
    <message>
        <source>{option} must be a whole number from {low} to {high}, got {got}</source>
        <translation>{option} должно быть целым числом от {low} до {high}, получено: {got}</translation>
    </message>
    <message>
        <source>{option} must be at least 1, got {got}</source>
        <translation>{option} должно быть не меньше 1, получено: {got}</translation>
    </message>
    <message>
        <source>the parties have no votes to perturb</source>
        <translation>у партий нет голосов для возмущения</translation>
    </message>
    <message>
        <source>{name}&apos;s votes are the sum of its constituency votes: edit them in the Constituencies tab</source>
        <translation>Голоса партии {name} — сумма её голосов по многомандатным округам: измените их на вкладке «Многомандатные округа»</translation>
    </message>
    <message>
        <source>no party {party} in this scenario</source>
        <translation>в этом сценарии нет партии {party}</translation>
    </message>
    <message>
        <source>the half-life must be more than 0 days, got {got}</source>
        <translation>период полураспада должен быть больше 0 дней, получено: {got}</translation>
    </message>
    <message>
        <source>no polls to average</source>
        <translation>нет опросов для усреднения</translation>
    </message>
    <message>
        <source>no poll {poll} in this scenario (it has no polls)</source>
        <translation>в этом сценарии нет опроса {poll} (в нём нет опросов)</translation>
    </message>
    <message>
        <source>no poll {poll} in this scenario (polls: {known})</source>
        <translation>в этом сценарии нет опроса {poll} (опросы: {known})</translation>
    </message>
    <message>
        <source>{option} must be zero or more percentage points, at most 100, got {got}</source>
        <translation>{option} должно быть от нуля до 100 процентных пунктов, получено: {got}</translation>
    </message>
    <message>
        <source>{option} needs the poll&apos;s sample size ({size}, or a poll with one)</source>
        <translation>{option} требует объёма выборки опроса ({size} или опрос, где он указан)</translation>
    </message>
    <message>
        <source>shares must be zero or more percent</source>
        <translation>доли должны быть нулём или больше процентов</translation>
    </message>
    <message>
        <source>no region {region} in this scenario (regions: {known})</source>
        <translation>в этом сценарии нет региона {region} (регионы: {known})</translation>
    </message>
    <message>
        <source>{what} (see {prog} {help})</source>
        <translation>{what} (см. {prog} {help})</translation>
    </message>
    <message>
        <source>the following arguments are required: {names}</source>
        <translation>не хватает обязательных аргументов: {names}</translation>
    </message>
    <message>
        <source>argument {argument}: invalid choice: {value} (choose from {choices})</source>
        <translation>аргумент {argument}: недопустимое значение {value} (допустимы: {choices})</translation>
    </message>
    <message>
        <source>unrecognized arguments: {names}</source>
        <translation>нераспознанные аргументы: {names}</translation>
    </message>
    <message>
        <source>argument {argument}: expected one argument</source>
        <translation>аргумент {argument}: ожидалось одно значение</translation>
    </message>
    <message>
        <source>argument {argument}: invalid {kind} value: {value}</source>
        <translation>аргумент {argument}: недопустимое значение типа {kind}: {value}</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>не указана команда</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Правила</translation>
    </message>
    <message>
        <source>Threshold test</source>
        <translation>Проверка барьера</translation>
    </message>
    <message>
        <source>Majorities</source>
        <translation>Большинство</translation>
    </message>
    <message>
        <source>Indices</source>
        <translation>Индексы</translation>
    </message>
    <message>
        <source>How the list seats were allocated</source>
        <translation>Как распределены места по спискам</translation>
    </message>
    <message>
        <source>Ties and warnings</source>
        <translation>Равенство и предупреждения</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>report made with SeatCalc {version} on {date}</source>
        <translation>отчёт подготовлен в SeatCalc {version} {date}</translation>
    </message>
    <message>
        <source>Election of {date}</source>
        <translation>Выборы {date}</translation>
    </message>
    <message>
        <source>(no sources given)</source>
        <translation>(источники не указаны)</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Источники:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Голоса</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Прошла</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Округ</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>Seat share</source>
        <translation>Доля мест</translation>
    </message>
    <message>
        <source>Share: of {base}. Seats count a party&apos;s own nominees; (+n): self-nominated district winners who sit with it. Seat share: of the elected seats, by nominating party (as the indices).</source>
        <translation>Доля: от {base}. Места — выдвиженцы самой партии; (+n): самовыдвиженцы, победившие в округах и вошедшие во фракцию. Доля мест: от избранных мест, по выдвинувшей партии (как в индексах).</translation>
    </message>
    <message>
        <source>List tier:</source>
        <translation>Партийные списки:</translation>
    </message>
    <message>
        <source>{n} {n:plural:seat|seats}, {method}.</source>
        <translation>{n} {n:plural:место|места|мест}, {method}.</translation>
    </message>
    <message>
        <source>Threshold:</source>
        <translation>Барьер:</translation>
    </message>
    <message>
        <source>Ties:</source>
        <translation>Равенство:</translation>
    </message>
    <message>
        <source>decided in favour of {rule}.</source>
        <translation>решается по правилу «{rule}».</translation>
    </message>
    <message>
        <source>District tier:</source>
        <translation>Одномандатные округа:</translation>
    </message>
    <message>
        <source>{n} {n:plural:seat|seats} in single-member districts, {rule}.</source>
        <translation>{n} {n:plural:место|места|мест} в одномандатных территориальных избирательных округах; {rule}.</translation>
    </message>
    <message>
        <source>Tiers:</source>
        <translation>Части системы:</translation>
    </message>
    <message>
        <source>Appointed:</source>
        <translation>Не избираемые избирателями:</translation>
    </message>
    <message>
        <source>{n} {n:plural:seat|seats} ({bodies}).</source>
        <translation>{n} {n:plural:место|места|мест} ({bodies}).</translation>
    </message>
    <message>
        <source>{n} party votes</source>
        <translation>{n} {n:plural:голос|голоса|голосов} за партии</translation>
    </message>
    <message>
        <source>{n} against all</source>
        <translation>{n} «против всех»</translation>
    </message>
    <message>
        <source>{n} invalid ballots</source>
        <translation>{n} {n:plural:недействительный бюллетень|недействительных бюллетеня|недействительных бюллетеней}</translation>
    </message>
    <message>
        <source>Denominator ({base}): {sum} = {total} votes. The test compares whole numbers (votes × 100 against percent × denominator), never rounded shares.</source>
        <translation>Знаменатель ({base}): {sum} = {total} {total:plural:голос|голоса|голосов}. Проверка сравнивает целые числа (голоса × 100 и процент × знаменатель), а не округлённые доли.</translation>
    </message>
    <message>
        <source>The threshold is tested in each constituency on its own {base}: {each}. Below, each party&apos;s national share for reference, and in how many constituencies it passed.</source>
        <translation>Барьер проверяется в каждом многомандатном округе от числа {base} в нём: {each}. Ниже для справки — общенациональная доля каждой партии и число округов, в которых она преодолела барьер.</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>База</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>House: {house} {house:plural:seat|seats}. Simple majority: {simple} {simple:plural:seat|seats}; two-thirds majority: {two_thirds} {two_thirds:plural:seat|seats}.</source>
        <translation>Палата: {house} {house:plural:место|места|мест}. Простое большинство: {simple} {simple:plural:место|места|мест}; большинство в две трети: {two_thirds} {two_thirds:plural:место|места|мест}.</translation>
    </message>
    <message>
        <source>Gallagher least-squares index {gallagher:dec2}; Loosemore-Hanby index {lh:dec2}; effective number of parties {votes:dec2} by votes and {seats:dec2} by seats.</source>
        <translation>Индекс Галлахера (наименьших квадратов) {gallagher:dec2}; индекс Лузмора — Хэнби {lh:dec2}; эффективное число партий {votes:dec2} по голосам и {seats:dec2} по местам.</translation>
    </message>
    <message>
        <source>Vote shares over all parties&apos; votes, seat shares over the elected seats; independent winners count as one-seat units.</source>
        <translation>Доли голосов — от голосов за все партии, доли мест — от избранных мест; самовыдвиженцы-победители считаются единицами с одним местом.</translation>
    </message>
    <message>
        <source>The first {shown} of {n} rows; the XLSX export has them all.</source>
        <translation>Первые {shown} из {n} строк; в экспорте XLSX есть все.</translation>
    </message>
    <message>
        <source>No ties and no warnings.</source>
        <translation>Равенства и предупреждений нет.</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>party votes</source>
        <translation>голосов за партии</translation>
    </message>
    <message>
        <source>valid votes (party votes + against all)</source>
        <translation>действительных голосов (за партии + «против всех»)</translation>
    </message>
    <message>
        <source>all ballots cast (valid + invalid)</source>
        <translation>всех бюллетеней (действительных + недействительных)</translation>
    </message>
    <message>
        <source>the party with more votes</source>
        <translation>партия с большим числом голосов</translation>
    </message>
    <message>
        <source>the party registered earlier</source>
        <translation>партия, зарегистрированная раньше</translation>
    </message>
    <message>
        <source>drawing lots (seeded)</source>
        <translation>жребий (с заданным зерном)</translation>
    </message>
    <message>
        <source>on each party&apos;s national votes (the sum over constituencies)</source>
        <translation>по общенациональным голосам каждой партии (сумма по округам)</translation>
    </message>
    <message>
        <source>in each constituency separately, on its own votes</source>
        <translation>в каждом округе отдельно, по голосам в нём</translation>
    </message>
    <message>
        <source>plurality: the candidate with the most votes wins</source>
        <translation>относительное большинство: побеждает кандидат, получивший больше всех голосов</translation>
    </message>
    <message>
        <source>one national table of quotients, each constituency taking its own levelling seats (Norway)</source>
        <translation>единая общенациональная таблица частных, каждый многомандатный округ получает свои выравнивающие мандаты (Норвегия)</translation>
    </message>
    <message>
        <source>each party&apos;s seats to its highest comparison figures (Sweden)</source>
        <translation>места каждой партии — по её наибольшим сравнительным числам (Швеция)</translation>
    </message>
    <message>
        <source>the order of the listing</source>
        <translation>порядок перечисления</translation>
    </message>
</context>
<context>
    <name>seat_table</name>
    <message>
        <source>Constituency</source>
        <translation>Многомандатный округ</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>District + list</source>
        <translation>Округа + списки</translation>
    </message>
    <message>
        <source>Next in line</source>
        <translation>Следующий</translation>
    </message>
    <message>
        <source>{party} held {n} {n:plural:seat|seats} here; its quotient votes / divisor was {q}, the first left without a seat</source>
        <translation>У партии {party} здесь {n} {n:plural:место|места|мест}; её частное «голоса / делитель» было {q} — первое, оставшееся без места</translation>
    </message>
    <message>
        <source>{party} did not qualify for the list seats of {constituency}</source>
        <translation>Партия {party} не допущена к распределению мест по спискам в округе {constituency}</translation>
    </message>
    <message>
        <source>{party} in {region}: {district} district {district:plural:seat|seats} + {listed} list {listed:plural:seat|seats}</source>
        <translation>{party} в регионе {region}: {district} {district:plural:место|места|мест} по округам + {listed} {listed:plural:место|места|мест} по спискам</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>{party}: {n} {n:plural:seat|seats} in all</source>
        <translation>{party}: всего {n} {n:plural:место|места|мест}</translation>
    </message>
</context>
<context>
    <name>simulate</name>
    <message>
        <source>Seats count by nominating party; majorities count seats with affiliated members, more than half of the house (simple majority of {house}: {simple}).</source>
        <translation>Места считаются по выдвинувшей партии; для большинства учитываются и вошедшие во фракцию, более половины палаты (простое большинство из {house}: {simple}).</translation>
    </message>
    <message>
        <source>{linkage}: every run allocated exactly, one by one</source>
        <translation>{linkage}: каждый прогон распределён точно, по одному</translation>
    </message>
    <message>
        <source>Not vectorised: {runs} runs at {rate} runs a second.</source>
        <translation>Без векторизации: {runs} {runs:plural:прогон|прогона|прогонов}, скорость — {rate} в секунду.</translation>
    </message>
    <message>
        <source>Nothing in this house can move: none of its {house} seats depends on votes the simulation varies ({declared} district {declared:plural:seat is|seats are} known only as declared totals, {appointed} appointed, no list seats shared by votes, no district with rival candidates).</source>
        <translation>В этой палате ничто не может измениться: ни одно из {house} {house:plural:места|мест|мест} не зависит от голосов, которые варьирует моделирование ({declared} {declared:plural:место по округам известно|места по округам известны|мест по округам известны} только по итогам, не избираемых избирателями — {appointed}, мест по спискам, распределяемых по голосам, нет, округов с соперничающими кандидатами нет).</translation>
    </message>
    <message>
        <source>{rules:list}: every run allocated exactly, one by one</source>
        <translation>{rules:list}: каждый прогон распределён точно, по одному</translation>
    </message>
    <message>
        <source>({n} other {n:plural:party|parties}: no seat in any run.)</source>
        <translation>(ещё {n} {n:plural:партия|партии|партий}: ни одного места ни в одном прогоне.)</translation>
    </message>
    <message>
        <source>Projected: {parties:list}.</source>
        <translation>Прогноз: {parties:list}.</translation>
    </message>
    <message>
        <source>{party} {share:pct1} → {seats} ({change:signed})</source>
        <translation>{party} {share:pct1} → {seats} ({change:signed})</translation>
    </message>
    <message>
        <source>Battleground, closest {n} (margin; swing to flip; chance the holder keeps it):</source>
        <translation>Спорные округа, самые близкие {n} (отрыв; сдвиг для смены лидера; вероятность, что лидер сохранит округ):</translation>
    </message>
    <message>
        <source>  {district}: {holder} over {rival} by {margin} votes ({share:pct1}); {swing:pct2}; {hold:pct1}</source>
        <translation>  {district}: {holder} опережает {rival} на {margin} {margin:plural:голос|голоса|голосов} ({share:pct1}); {swing:pct2}; {hold:pct1}</translation>
    </message>
    <message>
        <source>self-nominated</source>
        <translation>самовыдвижение</translation>
    </message>
    <message>
        <source>Seats-votes: {party} at {share:pct1} holds {seats} seats; responsiveness {responsiveness:dec2} (seat-share points per vote-share point). At equal shares with {rival} ({equal:pct1} each), seats of {party} minus {rival}: {gap:signed}; partisan bias {bias:spct1} of the house.</source>
        <translation>Места–голоса: у партии {party} при {share:pct1} — {seats} {seats:plural:место|места|мест}; чувствительность {responsiveness:dec2} (пунктов доли мест на пункт доли голосов). При равных долях с партией {rival} (по {equal:pct1}) места {party} минус места {rival}: {gap:signed}; партийный перекос {bias:spct1} мест палаты.</translation>
    </message>
    <message>
        <source>Seats-votes: {party} at {share:pct1} holds {seats} seats.</source>
        <translation>Места–голоса: у партии {party} при {share:pct1} — {seats} {seats:plural:место|места|мест}.</translation>
    </message>
    <message>
        <source>Monte Carlo: {runs} runs, error sd {sd:num} points, seed {seed:raw}; house {house} seats.</source>
        <translation>Монте-Карло: прогонов {runs}, ст. откл. ошибки {sd:num} п. п., зерно {seed:raw}; в палате {house} {house:plural:место|места|мест}.</translation>
    </message>
    <message>
        <source>Any single party with a majority: {p:pct1}</source>
        <translation>Какая-либо партия имеет большинство в одиночку: {p:pct1}</translation>
    </message>
    <message>
        <source>Coalitions (chance of a majority; of one needing every member):</source>
        <translation>Коалиции (вероятность большинства; большинства, для которого нужен каждый участник):</translation>
    </message>
    <message>
        <source>  {parties}: {p:pct1}; {minimal:pct1}</source>
        <translation>  {parties}: {p:pct1}; {minimal:pct1}</translation>
    </message>
    <message>
        <source>Note: {text}</source>
        <translation>Примечание: {text}</translation>
    </message>
</context>
<context>
    <name>swing</name>
    <message>
        <source>Uniform: each party&apos;s change in points, everywhere</source>
        <translation>Равномерный: изменение каждой партии в пунктах, везде одинаковое</translation>
    </message>
    <message>
        <source>Proportional: each party&apos;s share scaled by its national ratio</source>
        <translation>Пропорциональный: доля каждой партии умножается на её общенациональный коэффициент</translation>
    </message>
    <message>
        <source>Regional: each region&apos;s own change in points, the national change where a region has none</source>
        <translation>Региональный: собственное изменение каждого региона в пунктах, а где у региона его нет — общенациональное</translation>
    </message>
</context>
<context>
    <name>table</name>
    <message>
        <source>Party</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Голоса</translation>
    </message>
    <message>
        <source>Vote share</source>
        <translation>Доля голосов</translation>
    </message>
    <message>
        <source>Passed threshold</source>
        <translation>Барьер преодолён</translation>
    </message>
    <message>
        <source>List seats</source>
        <translation>Места по спискам</translation>
    </message>
    <message>
        <source>District seats</source>
        <translation>Места по округам</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>Seats with affiliated</source>
        <translation>Места с вошедшими во фракцию</translation>
    </message>
    <message>
        <source>Seat share</source>
        <translation>Доля мест</translation>
    </message>
    <message>
        <source>Independents (self-nominated)</source>
        <translation>Самовыдвиженцы</translation>
    </message>
    <message>
        <source>Against all</source>
        <translation>Против всех</translation>
    </message>
    <message>
        <source>Invalid ballots</source>
        <translation>Недействительные бюллетени</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>{name} (appointed)</source>
        <translation>{name} (не избраны избирателями)</translation>
    </message>
</context>
<context>
    <name>threshold</name>
    <message>
        <source>exempt from the threshold</source>
        <translation>освобождена от барьера</translation>
    </message>
    <message>
        <source>no threshold</source>
        <translation>без барьера</translation>
    </message>
    <message>
        <source>{share:pct} ≥ {limit:pctv}</source>
        <translation>{share:pct} ≥ {limit:pctv}</translation>
    </message>
    <message>
        <source>{share:pct} &gt; {limit:pctv}</source>
        <translation>{share:pct} &gt; {limit:pctv}</translation>
    </message>
    <message>
        <source>{share:pct} &lt; {limit:pctv}</source>
        <translation>{share:pct} &lt; {limit:pctv}</translation>
    </message>
    <message>
        <source>{share:pct} ≤ {limit:pctv}</source>
        <translation>{share:pct} ≤ {limit:pctv}</translation>
    </message>
    <message>
        <source>won {seats} district {seats:plural:seat|seats} (needs {needed}) although {share:pct} &lt; {limit:pctv}</source>
        <translation>получила {seats} {seats:plural:место|места|мест} в округах (нужно {needed}), хотя {share:pct} &lt; {limit:pctv}</translation>
    </message>
    <message>
        <source>{reason} (a coalition of {members} parties)</source>
        <translation>{reason} (коалиция из {members} {members:plural:партии|партий|партий})</translation>
    </message>
    <message>
        <source>{reason}, but admitted: at least {n} lists take part</source>
        <translation>{reason}, но допущена: участвуют не менее {n} {n:plural:списка|списков|списков}</translation>
    </message>
    <message>
        <source>passed in {passed} of {total} constituencies</source>
        <translation>преодолела барьер в {passed} из {total} округов</translation>
    </message>
    <message>
        <source>{reason}, but {limit:pctv} or more in {passed} {passed:plural:constituency|constituencies}: their seats only</source>
        <translation>{reason}, но не менее {limit:pctv} в {passed} {passed:plural:многомандатном округе|многомандатных округах|многомандатных округах}: только их места</translation>
    </message>
    <message>
        <source>No threshold.</source>
        <translation>Барьера нет.</translation>
    </message>
    <message>
        <source>{limit:pctv} of {base}, at least (exactly at the threshold passes)</source>
        <translation>не менее {limit:pctv} {base} (ровно на барьере — проходит)</translation>
    </message>
    <message>
        <source>{limit:pctv} of {base}, more than (exactly at the threshold fails)</source>
        <translation>более {limit:pctv} {base} (ровно на барьере — не проходит)</translation>
    </message>
    <message>
        <source>{rule}, or {n} district {n:plural:seat|seats} won</source>
        <translation>{rule} или {n} {n:plural:место|места|мест} в округах</translation>
    </message>
    <message>
        <source>{rule}, {scope}</source>
        <translation>{rule}, {scope}</translation>
    </message>
    <message>
        <source>{rule}; or {limit:pctv} of a constituency&apos;s votes, for its seats only</source>
        <translation>{rule}; или {limit:pctv} голосов в многомандатном округе — только для его мест</translation>
    </message>
    <message>
        <source>{limit:pctv} for a coalition of {members} or more</source>
        <translation>{limit:pctv} для коалиции из {members} и более партий</translation>
    </message>
    <message>
        <source>{rule} ({items:list})</source>
        <translation>{rule} ({items:list})</translation>
    </message>
    <message>
        <source>{rule}; at least {n} lists take part (the largest are admitted)</source>
        <translation>{rule}; участвуют не менее {n} {n:plural:списка|списков|списков} (допускаются крупнейшие)</translation>
    </message>
    <message>
        <source>{rule}.</source>
        <translation>{rule}.</translation>
    </message>
</context>
<context>
    <name>tie</name>
    <message>
        <source>{tier}: a tie for {seats} {seats:plural:seat|seats} between {contenders:list}, resolved by {rule} in favour of {winners:list}</source>
        <translation>{tier}: равенство за {seats} {seats:plural:место|места|мест} между: {contenders:list}; решено по правилу «{rule}» в пользу: {winners:list}</translation>
    </message>
</context>
<context>
    <name>tier</name>
    <message>
        <source>list tier</source>
        <translation>партийные списки</translation>
    </message>
    <message>
        <source>constituency {name}</source>
        <translation>многомандатный округ {name}</translation>
    </message>
    <message>
        <source>region {name}</source>
        <translation>регион {name}</translation>
    </message>
    <message>
        <source>district {name}</source>
        <translation>округ {name}</translation>
    </message>
    <message>
        <source>entitlement</source>
        <translation>причитающиеся места</translation>
    </message>
    <message>
        <source>unseating {party}</source>
        <translation>лишение мандатов: {party}</translation>
    </message>
    <message>
        <source>unseating {party} in {land}</source>
        <translation>лишение мандатов: {party}, {land}</translation>
    </message>
    <message>
        <source>majority bonus</source>
        <translation>премия большинства</translation>
    </message>
    <message>
        <source>surplus agreement {lists:list}</source>
        <translation>соглашение об избыточных голосах {lists:list}</translation>
    </message>
    <message>
        <source>the opposition&apos;s additional seats</source>
        <translation>дополнительные места оппозиции</translation>
    </message>
    <message>
        <source>the national count of levelling seats</source>
        <translation>общенациональный подсчёт выравнивающих мандатов</translation>
    </message>
    <message>
        <source>the upper apportionment</source>
        <translation>верхнее распределение</translation>
    </message>
    <message>
        <source>seats of the Länder by population</source>
        <translation>места земель по численности населения</translation>
    </message>
    <message>
        <source>a party&apos;s Land lists</source>
        <translation>земельные списки партии</translation>
    </message>
    <message>
        <source>the Land lists of {party}</source>
        <translation>земельные списки партии {party}</translation>
    </message>
    <message>
        <source>seats of the regions by votes</source>
        <translation>места регионов по голосам</translation>
    </message>
    <message>
        <source>seats taken back in {name}</source>
        <translation>возврат мест: {name}</translation>
    </message>
    <message>
        <source>the second scrutiny</source>
        <translation>второй скрутиниум</translation>
    </message>
</context>
<context>
    <name>warning</name>
    <message>
        <source>No party passed the threshold: the list seats stay empty.</source>
        <translation>Ни одна партия не преодолела барьер: места по спискам остаются незамещёнными.</translation>
    </message>
    <message>
        <source>No party passed the threshold: only district seats are filled.</source>
        <translation>Ни одна партия не преодолела барьер: замещены только места по округам.</translation>
    </message>
    <message>
        <source>{constituency}: no party passed the threshold; its {seats} list {seats:plural:seat stays|seats stay} empty.</source>
        <translation>{constituency}: ни одна партия не преодолела барьер; {seats} {seats:plural:место|места|мест} по спискам остаются незамещёнными.</translation>
    </message>
    <message>
        <source>{land}: its list and district seats make {stated}, but its population gives it {quota}; the population decides.</source>
        <translation>{land}: места по спискам и по округам дают {stated}, а по численности населения ей положено {quota}; решает численность населения.</translation>
    </message>
    <message>
        <source>{n} levelling {n:plural:seat|seats} found no constituency with a levelling seat left: not placed.</source>
        <translation>{n} {n:plural:выравнивающий мандат|выравнивающих мандата|выравнивающих мандатов} не {n:plural:нашёл|нашли|нашли} многомандатного округа со свободным выравнивающим мандатом: {n:plural:не размещён|не размещены|не размещены}.</translation>
    </message>
    <message>
        <source>{n} list {n:plural:seat stays|seats stay} empty: every list that could take {n:plural:it|them} ran out of candidates.</source>
        <translation>{n} {n:plural:место|места|мест} по спискам {n:plural:остаётся незамещённым|остаются незамещёнными|остаются незамещёнными}: во всех списках, которые могли {n:plural:его|их|их} получить, закончились кандидаты.</translation>
    </message>
    <message>
        <source>Levelling with {method} took a seat from a party as the house grew (a quota method is not house-monotone): its levelling seats are negative.</source>
        <translation>Выравнивание по правилу «{method}» отняло место у партии при увеличении палаты (метод квот не монотонен по размеру палаты): её выравнивающих мандатов меньше нуля.</translation>
    </message>
    <message>
        <source>{region}: the file gives {stated} seats, its votes give it {seats} (the votes decide).</source>
        <translation>{region}: в файле {stated} {stated:plural:место|места|мест}, а по голосам ему положено {seats} (решают голоса).</translation>
    </message>
    <message>
        <source>{party}: {n} district {n:plural:winner|winners} known only from declared totals {n:plural:is|are} not seated; which cannot be told without district results.</source>
        <translation>{party}: {n} {n:plural:победитель|победителя|победителей} в округах, {n:plural:известный|известных|известных} только по итогам, без мандата; кто именно — без результатов по округам сказать нельзя.</translation>
    </message>
    <message>
        <source>Party votes differ from the sum of their constituency votes, which is used: {details:list}.</source>
        <translation>Голоса за партии отличаются от суммы их голосов по округам; используется сумма: {details:list}.</translation>
    </message>
    <message>
        <source>{party} {given} vs {summed}</source>
        <translation>{party} {given} против {summed}</translation>
    </message>
    <message>
        <source>The file has a field &quot;{field}&quot; this version of SeatCalc does not know: it is kept when saving, not used.</source>
        <translation>В файле есть поле «{field}», неизвестное этой версии SeatCalc: оно сохраняется при записи, но не используется.</translation>
    </message>
    <message>
        <source>{cast} ballots but only {registered} registered voters: one of the two figures is wrong.</source>
        <translation>{cast} {cast:plural:бюллетень|бюллетеня|бюллетеней}, но избирателей в списках только {registered}: одно из двух чисел неверно.</translation>
    </message>
    <message>
        <source>{missing} of {seats} district seats have no result (neither district votes nor declared totals): left empty.</source>
        <translation>У {missing} из {seats} {seats:plural:места|мест|мест} по округам нет результата (ни голосов по округу, ни итога): места не замещены.</translation>
    </message>
</context>
</TS>
