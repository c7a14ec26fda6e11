<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>SeatCalc is running from a source tree: the third-party software is whatever your Python environment holds, each package under its own licence.

The packaged SeatCalc shows here its THIRD_PARTY_LICENSES file: the name, version, licence and licence text of every bundled package (Qt and PySide6 under the LGPL-3.0 among them), written when the package is built (build_spec/third_party_licenses.py).</source>
        <translation>SeatCalc бастапқы кодтан іске қосылған: үшінші тарап бағдарламалары — Python ортаңызда орнатылғандар, әрқайсысы өз лицензиясымен.

Жинақталған SeatCalc бұл жерде THIRD_PARTY_LICENSES файлын көрсетеді: пакетке кіретін әр құрамдас бөліктің атауы, нұсқасы, лицензиясы және лицензия мәтіні (олардың ішінде LGPL-3.0 бойынша Qt және PySide6); файл пакет жинақталғанда жасалады (build_spec/third_party_licenses.py).</translation>
    </message>
    <message>
        <source>(the package is incomplete: reinstall SeatCalc)</source>
        <translation>(пакет толық емес: SeatCalc-ты қайта орнатыңыз)</translation>
    </message>
    <message>
        <source>About SeatCalc</source>
        <translation>SeatCalc туралы</translation>
    </message>
    <message>
        <source>A seat calculator for election analysts: every seat is decided with integer or fraction arithmetic.</source>
        <translation>Сайлау сарапшыларына арналған орындарды бөлу калькуляторы: әр орын бүтін сандар мен бөлшектердің дәл арифметикасымен анықталады.</translation>
    </message>
    <message>
        <source>Licence: MIT. Qt {qt}, PySide6 {pyside}, Python {python}. Qt and PySide6 are used under the LGPL-3.0; the licences of all bundled software follow.</source>
        <translation>Лицензия: MIT. Qt {qt}, PySide6 {pyside}, Python {python}. Qt және PySide6 LGPL-3.0 лицензиясы бойынша пайдаланылады; төменде пакетке кіретін барлық бағдарламалардың лицензиялары берілген.</translation>
    </message>
    <message>
        <source>Third-party software ({file}):</source>
        <translation>Үшінші тарап бағдарламалары ({file}):</translation>
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
        <translation>Дауыстар</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Меже</translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation>Квота
саны</translation>
    </message>
    <message>
        <source>Whole</source>
        <translation>Бүтін</translation>
    </message>
    <message>
        <source>Remainder</source>
        <translation>Қалдық</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Реті</translation>
    </message>
    <message>
        <source>Extra seat</source>
        <translation>Қосымша
орын</translation>
    </message>
    <message>
        <source>List seats</source>
        <translation>Тізім бойынша
орындар</translation>
    </message>
    <message>
        <source>List votes</source>
        <translation>Тізімге берілген дауыстар</translation>
    </message>
    <message>
        <source>Share of the threshold base against the threshold</source>
        <translation>Меже негізіндегі үлес межемен салыстырғанда</translation>
    </message>
    <message>
        <source>Votes ÷ quota</source>
        <translation>Дауыстар ÷ квота</translation>
    </message>
    <message>
        <source>Seats from whole quotas</source>
        <translation>Бүтін квоталар бойынша орындар</translation>
    </message>
    <message>
        <source>Votes − whole × quota (exact value in the tooltip)</source>
        <translation>Дауыстар − бүтін × квота (дәл мәні қалқымалы кеңесте)</translation>
    </message>
    <message>
        <source>Place among the remainders (1 = largest)</source>
        <translation>Қалдықтар арасындағы орны (1 = ең үлкені)</translation>
    </message>
    <message>
        <source>Won one more seat by its remainder</source>
        <translation>Қалдығы бойынша тағы бір орын алды</translation>
    </message>
    <message>
        <source>Seats from the party list</source>
        <translation>Партиялық тізім бойынша орындар</translation>
    </message>
    <message>
        <source>Last seat won at</source>
        <translation>Соңғы орын
бөліндісі</translation>
    </message>
    <message>
        <source>Next quotient</source>
        <translation>Келесі
бөлінді</translation>
    </message>
    <message>
        <source>The quotient that won the party its last seat</source>
        <translation>Партияға соңғы орынды берген бөлінді</translation>
    </message>
    <message>
        <source>The party&apos;s next quotient: the one that fell short</source>
        <translation>Партияның келесі бөліндісі — жетпей қалғаны</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Орын</translation>
    </message>
    <message>
        <source>Divisor</source>
        <translation>Бөлгіш</translation>
    </message>
    <message>
        <source>Quotient</source>
        <translation>Бөлінді</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Орындар</translation>
    </message>
    <message>
        <source>One more seat</source>
        <translation>Тағы бір
орын</translation>
    </message>
    <message>
        <source>One seat fewer</source>
        <translation>Бір орын
кем</translation>
    </message>
    <message>
        <source>Pass threshold</source>
        <translation>Межеден
өту</translation>
    </message>
    <message>
        <source>Fail threshold</source>
        <translation>Межеден
өтпеу</translation>
    </message>
    <message>
        <source>All seats (list + district)</source>
        <translation>Барлық орындар (тізім + округ)</translation>
    </message>
    <message>
        <source>The fewest extra votes that win one more seat, others fixed</source>
        <translation>Басқалары өзгермегенде тағы бір орын беретін қосымша дауыстардың ең аз саны</translation>
    </message>
    <message>
        <source>The fewest lost votes that cost a seat (one fewer and it keeps them all)</source>
        <translation>Орыннан айыратын дауыстардың ең аз жоғалуы (бір дауыс кем болса, барлық орын сақталады)</translation>
    </message>
    <message>
        <source>Extra votes needed to pass the threshold</source>
        <translation>Межеден өтуге жетпейтін дауыстар</translation>
    </message>
    <message>
        <source>The fewest lost votes that make it fail the threshold</source>
        <translation>Межеден өтпей қалуға әкелетін дауыстардың ең аз жоғалуы</translation>
    </message>
    <message>
        <source>qualifying votes / (seats + 1), rounded down, + 1</source>
        <translation>межеден өткен партиялардың дауыстары / (орындар + 1), төмен дөңгелектеп, + 1</translation>
    </message>
    <message>
        <source>qualifying votes / (seats + {n})</source>
        <translation>межеден өткен партиялардың дауыстары / (орындар + {n})</translation>
    </message>
    <message>
        <source>qualifying votes / seats</source>
        <translation>межеден өткен партиялардың дауыстары / орындар</translation>
    </message>
    <message>
        <source>exact quota</source>
        <translation>дәл квота</translation>
    </message>
    <message>
        <source>{method} quota</source>
        <translation>{method}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{quota}&lt;/b&gt; = {formula} votes per seat ({words}; {seats} list {seats:plural:seat|seats}).</source>
        <translation>&lt;b&gt;{quota}&lt;/b&gt; = бір орынға {formula} дауыс ({words}; тізім бойынша {seats} орын).</translation>
    </message>
    <message>
        <source>{party} with {remainder}</source>
        <translation>{party} ({remainder} қалдықпен)</translation>
    </message>
    <message>
        <source>{whole} {whole:plural:seat|seats} by whole quotas, {left} by the largest remainders</source>
        <translation>Бүтін квоталар бойынша {whole} орын, ең үлкен қалдықтар бойынша {left}</translation>
    </message>
    <message>
        <source>No threshold: every party takes part in the count.</source>
        <translation>Меже жоқ: бөлуге барлық партия қатысады.</translation>
    </message>
    <message>
        <source>Threshold: at least {percent} of each constituency&apos;s {words}, tested in each on its own votes: a party needs from {low} votes ({low_name}) to {high} ({high_name}).</source>
        <translation>Меже: әр көпмандатты округте кемінде {percent} ({words}), әр округте өз дауыстары бойынша тексеріледі; партияға қажетті дауыс саны: {low} ({low_name}) – {high} ({high_name}).</translation>
    </message>
    <message>
        <source>Threshold: more than {percent} of each constituency&apos;s {words}, tested in each on its own votes: a party needs from {low} votes ({low_name}) to {high} ({high_name}).</source>
        <translation>Меже: әр көпмандатты округте {percent} астам ({words}), әр округте өз дауыстары бойынша тексеріледі; партияға қажетті дауыс саны: {low} ({low_name}) – {high} ({high_name}).</translation>
    </message>
    <message>
        <source>Threshold {percent} of each party&apos;s own base (see the tooltips).</source>
        <translation>Әр партияның өз негізінен {percent} меже (қалқымалы кеңестерді қараңыз).</translation>
    </message>
    <message>
        <source>Threshold: at least {percent} of {base} {words} = {needed}: a party needs {least} votes or more.</source>
        <translation>Меже: {base} {words} санының кемінде {percent} = {needed}: партияға {least} немесе одан көп дауыс қажет.</translation>
    </message>
    <message>
        <source>Threshold: more than {percent} of {base} {words} = {needed}: a party needs {least} votes or more.</source>
        <translation>Меже: {base} {words} санының {percent} астамы = {needed}: партияға {least} немесе одан көп дауыс қажет.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{method}&lt;/b&gt;: {seats} {seats:plural:seat|seats} to the highest quotients votes ÷ divisor</source>
        <translation>&lt;b&gt;{method}&lt;/b&gt;: «дауыстар ÷ бөлгіш» ең үлкен бөлінділері бойынша {seats} орын</translation>
    </message>
    <message>
        <source>, after {n} {n:plural:seat|seats} to each qualifying party</source>
        <translation>, межеден өткен әр партияға {n} орын берілгеннен кейін</translation>
    </message>
    <message>
        <source>The last seat went to {party} at {quotient}</source>
        <translation>Соңғы орынды {party} {quotient} бөліндісімен алды</translation>
    </message>
    <message>
        <source>; the next would have gone to {party} at {quotient}</source>
        <translation>; келесісі {party} партиясына {quotient} бөліндісімен тиер еді</translation>
    </message>
    <message>
        <source>{votes} / {base} = {share}: passed</source>
        <translation>{votes} / {base} = {share}: межеден өтті</translation>
    </message>
    <message>
        <source>{votes} / {base} = {share}: failed, no list seats</source>
        <translation>{votes} / {base} = {share}: межеден өтпеді, тізім бойынша орын жоқ</translation>
    </message>
    <message>
        <source>{votes} − {whole} × {quota} = {remainder} votes</source>
        <translation>{votes} − {whole} × {quota} = {remainder} дауыс</translation>
    </message>
    <message>
        <source>infinite (zero divisor)</source>
        <translation>шексіздік (нөлдік бөлгіш)</translation>
    </message>
    <message>
        <source>next</source>
        <translation>келесі</translation>
    </message>
    <message>
        <source>{n} {n:plural:seat|seats} held before this one</source>
        <translation>бұған дейін {n} орын болды</translation>
    </message>
    <message>
        <source>tie at the cut-off</source>
        <translation>шекарадағы теңдік</translation>
    </message>
    <message>
        <source>{points} points of the threshold base</source>
        <translation>меже негізінің {points} пайыздық тармағы</translation>
    </message>
    <message>
        <source>No number of extra votes wins another seat</source>
        <translation>Ешбір қосымша дауыс саны тағы бір орын бермейді</translation>
    </message>
    <message>
        <source>It has no seat to lose</source>
        <translation>Жоғалтатын орны жоқ</translation>
    </message>
    <message>
        <source>It can lose {votes} votes and keep its {n} {n:plural:seat|seats}; </source>
        <translation>{votes} дауыс жоғалтып, {n} орнын сақтай алады; </translation>
    </message>
    <message>
        <source>−{votes}: all {n} list</source>
        <translation>−{votes}: тізім бойынша барлық {n}</translation>
    </message>
    <message>
        <source>{votes} fewer votes take it below the threshold: it loses all {n} of its list {n:plural:seat|seats} at once, not one; </source>
        <translation>{votes} дауыс кем болса, партия межеден өтпей, тізім бойынша барлық {n} орнынан бірден айырылады, бір орыннан емес; </translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>қолданылмайды</translation>
    </message>
    <message>
        <source>No threshold applies to this party</source>
        <translation>Бұл партияға меже қолданылмайды</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>өтті</translation>
    </message>
    <message>
        <source> in {constituency}</source>
        <translation> ({constituency} округінде)</translation>
    </message>
    <message>
        <source>Simple majority</source>
        <translation>Жай көпшілік</translation>
    </message>
    <message>
        <source>Two-thirds majority</source>
        <translation>Үштен екі көпшілік</translation>
    </message>
    <message>
        <source>&lt;b&gt;{kind}&lt;/b&gt; ({needed} of {house} seats): </source>
        <translation>&lt;b&gt;{kind}&lt;/b&gt; ({house} орынның {needed}): </translation>
    </message>
    <message>
        <source>{party} holds it ({seats}) whatever its list votes.</source>
        <translation>{party} оған ({seats}) тізімге берілген дауыстарына қарамастан ие.</translation>
    </message>
    <message>
        <source>{party} holds it with {seats}; it loses it with {votes} fewer votes{where} (to abstention)</source>
        <translation>{party} оған {seats} орынмен ие; {votes} дауыс кем болса{where}, одан айырылады (дауыс бермегендер есебінен)</translation>
    </message>
    <message>
        <source>, or {votes} moved to {party}{where}</source>
        <translation> немесе {votes} дауыс {party} партиясына ауысса{where}</translation>
    </message>
    <message>
        <source>{party} has {seats}; no number of extra votes of its own wins it.</source>
        <translation>{party} партиясында {seats}; өзінің ешбір қосымша дауыс саны оны бермейді.</translation>
    </message>
    <message>
        <source>{party} has {seats}; it needs {votes} more votes{where} (from abstainers).</source>
        <translation>{party} партиясында {seats}; тағы {votes} дауыс қажет{where} (дауыс бермегендер есебінен).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Majority bonus&lt;/b&gt;: {party} has {n} bonus seats</source>
        <translation>&lt;b&gt;Көпшілік бонусы&lt;/b&gt;: {party} партиясында {n} бонус орын</translation>
    </message>
    <message>
        <source>; with {votes} more votes it would have {seats}</source>
        <translation>; тағы {votes} дауыс алса, {seats} болар еді</translation>
    </message>
    <message>
        <source>; with {votes} fewer votes (to abstention), {seats}</source>
        <translation>; {votes} дауыс кем болса (дауыс бермегендер есебінен), {seats}</translation>
    </message>
    <message>
        <source>; {party} would take a bonus with {votes} more votes</source>
        <translation>; {party} партиясы тағы {votes} дауыс алса, бонусқа ие болар еді</translation>
    </message>
    <message>
        <source>Why these seats</source>
        <translation>Орындар неге осылай бөлінді</translation>
    </message>
    <message>
        <source>How close: votes that change the outcome, others fixed</source>
        <translation>Қаншалықты жақын: басқалары өзгермегенде нәтижені өзгертетін дауыстар</translation>
    </message>
    <message>
        <source>Seat by seat</source>
        <translation>Орын бойынша</translation>
    </message>
    <message>
        <source>In the order won; greyed: each party&apos;s next quotient, which fell short.</source>
        <translation>Алу реті бойынша; сұр түспен — әр партияның жетпей қалған келесі бөліндісі.</translation>
    </message>
    <message>
        <source>Working out how close each party is…</source>
        <translation>Әр партияның қаншалықты жақын екені есептелуде…</translation>
    </message>
    <message>
        <source>Cannot compute: {why}</source>
        <translation>Есептеу мүмкін емес: {why}</translation>
    </message>
    <message>
        <source>Cannot explain this result: {why}</source>
        <translation>Бұл нәтижені түсіндіру мүмкін емес: {why}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something went wrong: {error}

Your work is autosaved; you can go on, or save and restart.</source>
        <translation>Бірдеңе дұрыс болмады: {error}

Жұмысыңыз автоматты түрде сақталды; жалғастыра аласыз немесе сақтап, бағдарламаны қайта іске қоса аласыз.</translation>
    </message>
    <message>
        <source>The details are in {file}.</source>
        <translation>Толығырақ — {file} файлында.</translation>
    </message>
    <message>
        <source>An autosave file could not be read and was set aside (SeatCalc starts as usual):</source>
        <translation>Автосақтау файлын оқу мүмкін болмады, ол бөлек қойылды (SeatCalc әдеттегідей іске қосылады):</translation>
    </message>
    <message>
        <source>SeatCalc closed unexpectedly with unsaved work on &quot;{title}&quot;.
Recover it?</source>
        <translation>SeatCalc күтпеген жерден жабылды, «{title}» бойынша жұмыс сақталмаған.
Қалпына келтіру керек пе?</translation>
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
        <translation>Кім ұсынды</translation>
    </message>
    <message>
        <source>Sits with</source>
        <translation>Фракциясы</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Дауыстар</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>won</source>
        <translation>сайланды</translation>
    </message>
</context>
<context>
    <name>ChecksView</name>
    <message>
        <source>Line</source>
        <translation>Жол</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Учаске</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Арақатынас</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Сол жағы</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Оң жағы</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Айырма</translation>
    </message>
    <message>
        <source>No protocol checks: the table lacks the protocol lines they relate (valid, invalid, ballots in the boxes, ...).</source>
        <translation>Бақылау арақатынастары тексерілмейді: кестеде олар байланыстыратын хаттама жолдары жоқ (жарамды, жарамсыз бюллетеньдер, жәшіктердегі бюллетеньдер, ...).</translation>
    </message>
    <message>
        <source>{rows} rows checked; &lt;b&gt;{failed}&lt;/b&gt; fail at least one relation:</source>
        <translation>{rows} жол тексерілді; &lt;b&gt;{failed}&lt;/b&gt; жол кемінде бір арақатынасқа сәйкес келмейді:</translation>
    </message>
    <message>
        <source>{relation}: &lt;b&gt;{n}&lt;/b&gt; failing</source>
        <translation>{relation}: &lt;b&gt;{n}&lt;/b&gt; жолда орындалмайды</translation>
    </message>
    <message>
        <source>(the first {shown} of {n} failures are listed)</source>
        <translation>({n} бұзушылықтың алғашқы {shown} көрсетілген)</translation>
    </message>
</context>
<context>
    <name>CoalitionPanel</name>
    <message>
        <source>Seating in the chart, from the left (drag to reorder)</source>
        <translation>Диаграммадағы орналасу, солдан оңға (ретін өзгерту үшін сүйреңіз)</translation>
    </message>
    <message>
        <source>Independents apart, at the right end</source>
        <translation>Өзін-өзі ұсынғандар бөлек, оң жақ шетте</translation>
    </message>
    <message>
        <source>Independents in the centre</source>
        <translation>Өзін-өзі ұсынғандар ортада</translation>
    </message>
    <message>
        <source>Government&apos;s parties together, on the left</source>
        <translation>Үкімет партиялары бірге, сол жақта</translation>
    </message>
    <message>
        <source>Coalition builder</source>
        <translation>Коалиция құру</translation>
    </message>
    <message>
        <source>Independents who join:</source>
        <translation>Қосылатын өзін-өзі ұсынғандар:</translation>
    </message>
    <message>
        <source>Save coalition</source>
        <translation>Коалицияны сақтау</translation>
    </message>
    <message>
        <source>Saved coalitions</source>
        <translation>Сақталған коалициялар</translation>
    </message>
    <message>
        <source>Make government</source>
        <translation>Үкімет деп белгілеу</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Minimal winning coalitions</source>
        <translation>Минималды жеңімпаз коалициялар</translation>
    </message>
    <message>
        <source>Voting power (exact)</source>
        <translation>Ықпал индекстері (дәл есеп)</translation>
    </message>
    <message>
        <source>Minimal winning coalition</source>
        <translation>Минималды жеңімпаз коалиция</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Орындар</translation>
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
        <translation>Банцаф индексі: бір партияның қосылуы жеңілетін коалицияны жеңімпазға айналдыратын барлық жағдайлардағы партияның үлесі</translation>
    </message>
    <message>
        <source>Share of the orders of arrival in which the party completes the majority</source>
        <translation>Шепли — Шубик индексі: көпшілікті дәл осы партия толықтыратын қосылу реттерінің үлесі</translation>
    </message>
    <message>
        <source>{name} (government)</source>
        <translation>{name} (үкімет)</translation>
    </message>
    <message>
        <source>Tick parties to form a coalition.</source>
        <translation>Коалиция құру үшін партияларды белгілеңіз.</translation>
    </message>
    <message>
        <source>Name (e.g. the parties&apos; names)</source>
        <translation>Атауы (мысалы, партиялардың атаулары)</translation>
    </message>
    <message>
        <source>no majority: {short} short of {needed}</source>
        <translation>көпшілік жоқ: {needed} дейін {short} жетпейді</translation>
    </message>
    <message>
        <source>{held}: {status}.</source>
        <translation>{held} — {status}.</translation>
    </message>
    <message>
        <source>Each independent (×{n})</source>
        <translation>Әр өзін-өзі ұсынған (×{n})</translation>
    </message>
    <message>
        <source>{n} minimal winning {n:plural:coalition|coalitions}: each wins a majority of {needed}, and loses it if any member leaves.</source>
        <translation>{n} минималды жеңімпаз коалиция: әрқайсысында көпшілік ({needed}) бар, ал кез келген мүшесі шықса, ол жоғалады.</translation>
    </message>
    <message>
        <source>The first {n} are listed.</source>
        <translation>Алғашқы {n} көрсетілген.</translation>
    </message>
    <message>
        <source>{n} {n:plural:independent|independents}</source>
        <translation>{n} өзін-өзі ұсынған</translation>
    </message>
    <message>
        <source>Seating order</source>
        <translation>Орналасу реті</translation>
    </message>
    <message>
        <source>Independents&apos; seats</source>
        <translation>Өзін-өзі ұсынғандардың орындары</translation>
    </message>
    <message>
        <source>Government seated together</source>
        <translation>Үкімет бірге</translation>
    </message>
    <message>
        <source>Tick the coalition&apos;s parties first.</source>
        <translation>Алдымен коалиция партияларын белгілеңіз.</translation>
    </message>
    <message>
        <source>Save coalition {name}</source>
        <translation>{name} коалициясын сақтау</translation>
    </message>
    <message>
        <source>Government: {name}</source>
        <translation>Үкімет: {name}</translation>
    </message>
    <message>
        <source>Delete coalition {name}</source>
        <translation>{name} коалициясын жою</translation>
    </message>
</context>
<context>
    <name>ColumnsTable</name>
    <message>
        <source>Column</source>
        <translation>Баған</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Мағынасы</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Қалай оқылады</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Алғашқы мәндер</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>қолданылмайды</translation>
    </message>
    <message>
        <source>skipped: {why}</source>
        <translation>өткізіліп жіберілді: {why}</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>two thirds</source>
        <translation>үштен екі</translation>
    </message>
    <message>
        <source>majority</source>
        <translation>көпшілік</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>{diff} against {other}</source>
        <translation>«{other}» бағанымен салыстырғанда {diff}</translation>
    </message>
    <message>
        <source>; below threshold</source>
        <translation>; межеден төмен</translation>
    </message>
    <message>
        <source>Seats in the house</source>
        <translation>Палатадағы орындар</translation>
    </message>
    <message>
        <source>Largest party</source>
        <translation>Ең ірі партия</translation>
    </message>
    <message>
        <source>Its majority</source>
        <translation>Оның көпшілігі</translation>
    </message>
    <message>
        <source>Gallagher index</source>
        <translation>Галлахер индексі</translation>
    </message>
    <message>
        <source>Loosemore-Hanby</source>
        <translation>Лусмор — Хэнби</translation>
    </message>
    <message>
        <source>Effective parties (seats)</source>
        <translation>Партиялардың тиімді саны (орындар бойынша)</translation>
    </message>
    <message>
        <source>Rules of: {title}</source>
        <translation>Ережелер: {title}</translation>
    </message>
    <message>
        <source>{n} list {n:plural:seat|seats} by {method}</source>
        <translation>тізім бойынша {n} орын, {method}</translation>
    </message>
    <message>
        <source>threshold {p} of {base}</source>
        <translation>меже: {base} санының {p}</translation>
    </message>
    <message>
        <source>no threshold</source>
        <translation>межесіз</translation>
    </message>
    <message>
        <source>{n} district {n:plural:seat|seats}</source>
        <translation>округтер бойынша {n} орын</translation>
    </message>
    <message>
        <source>no district seats</source>
        <translation>округтер бойынша орын жоқ</translation>
    </message>
    <message>
        <source>{n} appointed ({body})</source>
        <translation>сайлаушылар сайламайтын {n} ({body})</translation>
    </message>
    <message>
        <source>Compare — SeatCalc</source>
        <translation>Салыстыру — SeatCalc</translation>
    </message>
    <message>
        <source>Every method</source>
        <translation>Барлық әдістер</translation>
    </message>
    <message>
        <source>Other rules</source>
        <translation>Басқа ережелер</translation>
    </message>
    <message>
        <source>Same votes under the rules of</source>
        <translation>Сол дауыстар мына ережелер бойынша:</translation>
    </message>
    <message>
        <source>Cannot apply: {why}</source>
        <translation>Қолдану мүмкін емес: {why}</translation>
    </message>
    <message>
        <source>Cannot compare: {why}</source>
        <translation>Салыстыру мүмкін емес: {why}</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Есептелуде…</translation>
    </message>
    <message>
        <source>(in use)</source>
        <translation>(қолданыста)</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>The same votes, threshold and district seats under every method; seats coloured {green} or {red} where they differ from {used}, the method in use.</source>
        <translation>Әр әдіс бойынша сол дауыстар, меже және округтер бойынша орындар; қолданыстағы әдістен ({used}) өзгеше орындар {green} немесе {red} түспен белгіленген.</translation>
    </message>
    <message>
        <source>green</source>
        <translation>жасыл</translation>
    </message>
    <message>
        <source>red</source>
        <translation>қызыл</translation>
    </message>
    <message>
        <source>Under these rules</source>
        <translation>Осы ережелер бойынша</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Өзгеріс</translation>
    </message>
    <message>
        <source>Seats under these rules − as held</source>
        <translation>Осы ережелер бойынша орындар − сайлау қорытындысы</translation>
    </message>
    <message>
        <source>Under these rules: {rules}.</source>
        <translation>Осы ережелер бойынша: {rules}.</translation>
    </message>
    <message>
        <source>As held: {title}</source>
        <translation>Сайлау қорытындысы: {title}</translation>
    </message>
    <message>
        <source>Under: {rules}</source>
        <translation>Ережелер: {rules}</translation>
    </message>
    <message>
        <source>These votes cannot be counted under these rules: {why}</source>
        <translation>Бұл дауыстарды осы ережелер бойынша санау мүмкін емес: {why}</translation>
    </message>
</context>
<context>
    <name>ConstituencyModel</name>
    <message>
        <source>Constituency</source>
        <translation>Көпмандатты округ</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Орындар</translation>
    </message>
    <message>
        <source>Total votes</source>
        <translation>Барлық дауыс</translation>
    </message>
    <message>
        <source>Edit {column} in {constituency}</source>
        <translation>{constituency} округінде «{column}» өзгерту</translation>
    </message>
    <message>
        <source>{party}&apos;s list votes in each constituency; its national votes are their sum</source>
        <translation>{party} тізіміне әр округте берілген дауыстар; оның жалпыұлттық дауыстары — олардың қосындысы</translation>
    </message>
    <message>
        <source>List seats of the constituency (the tier&apos;s seats are their sum)</source>
        <translation>Округтегі тізім бойынша орындар (бүкіл бөліктің орындары — олардың қосындысы)</translation>
    </message>
    <message>
        <source>Party votes in the constituency (read only)</source>
        <translation>Округтегі партияларға берілген дауыстар (тек оқу үшін)</translation>
    </message>
</context>
<context>
    <name>ConstituencyPanel</name>
    <message>
        <source>The list tier is counted nationwide: a compensatory (MMP) system shares its entitlement over the whole country.</source>
        <translation>Тізімдер біртұтас жалпыұлттық округ бойынша есептеледі: аралас байланысқан жүйе тиесілі орындарды бүкіл ел бойынша бөледі.</translation>
    </message>
    <message>
        <source>The list tier is counted nationwide. Tick &quot;Use constituencies&quot; to allocate its seats separately in each constituency or region (Norway&apos;s counties, Spain&apos;s provinces, Scotland&apos;s regions).</source>
        <translation>Тізімдер біртұтас жалпыұлттық округ бойынша есептеледі. Орындарды әр округте немесе өңірде жеке бөлу үшін «Көпмандатты округтер» белгісін қойыңыз (Норвегия губерниялары, Испания провинциялары, Шотландия өңірлері).</translation>
    </message>
    <message>
        <source>{n} {n:plural:region|regions}, {seats} list seats. In each region the list seats go by the divisor sequence, the district seats won there counted first (a district&apos;s region is set in the district results).</source>
        <translation>{n} өңір, тізім бойынша орындар: {seats}. Әр өңірде тізім бойынша орындар бөлгіштер қатары бойынша бөлінеді, онда бір мандатты округтерде алынған орындар алдымен есепке алынады (округтің өңірі округтер нәтижелерінде көрсетіледі).</translation>
    </message>
    <message>
        <source>{n} {n:plural:constituency|constituencies}, {seats} list seats, each allocated separately with the list tier&apos;s method.</source>
        <translation>{n} көпмандатты округ, тізім бойынша орындар: {seats}; әрқайсысында орындар тізімдерге белгіленген әдіспен жеке бөлінеді.</translation>
    </message>
    <message>
        <source>A party&apos;s national votes are the sum of its votes here (the Parties tab shows them, read only).</source>
        <translation>Партияның жалпыұлттық дауыстары — оның осындағы дауыстарының қосындысы (олар «Партиялар» қойындысында тек оқу үшін көрсетілген).</translation>
    </message>
    <message>
        <source>Add constituency</source>
        <translation>Округ қосу</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Seats and list votes per constituency (editable, pastes from a spreadsheet):</source>
        <translation>Округтер бойынша орындар мен тізімдерге берілген дауыстар (өңдеуге және кестеден қоюға болады):</translation>
    </message>
    <message>
        <source>Seats won in each region, district + list; &quot;Next in line&quot; is the first party left without a list seat, with its quotient:</source>
        <translation>Әр өңірде алынған орындар: округтер + тізімдер; «Кезектегі» — тізім бойынша орынсыз қалған бірінші партия, оның бөліндісімен:</translation>
    </message>
    <message>
        <source>List seats won in each constituency (–: below the threshold there):</source>
        <translation>Әр округте тізім бойынша алынған орындар (–: сол округте межеден төмен):</translation>
    </message>
    <message>
        <source>List seats won in each constituency:</source>
        <translation>Әр округте тізім бойынша алынған орындар:</translation>
    </message>
    <message>
        <source>Use constituencies</source>
        <translation>Көпмандатты округтер</translation>
    </message>
    <message>
        <source>Allocate the list seats separately in each constituency</source>
        <translation>Тізім бойынша орындарды әр көпмандатты округте жеке бөлу</translation>
    </message>
    <message>
        <source>Count the list tier nationwide</source>
        <translation>Тізімдерді біртұтас округ бойынша есептеу</translation>
    </message>
    <message>
        <source>One constituency, &quot;{whole}&quot;, now holds all {n} list seats and the national votes: add constituencies and split the seats and votes among them.</source>
        <translation>Енді тізім бойынша барлық {n} орын мен жалпыұлттық дауыстар бір «{whole}» округіне тиесілі: округтер қосып, орындар мен дауыстарды олардың арасында бөліңіз.</translation>
    </message>
    <message>
        <source>The list tier is counted nationwide again; each party keeps the sum of its constituency votes.</source>
        <translation>Тізімдер қайтадан біртұтас округ бойынша есептеледі; әр партияда оның округтер бойынша дауыстарының қосындысы қалады.</translation>
    </message>
    <message>
        <source>Select a constituency first (click one of its cells)</source>
        <translation>Алдымен округті таңдаңыз (оның бір ұяшығын басыңыз)</translation>
    </message>
    <message>
        <source>Remove constituency</source>
        <translation>Округті жою</translation>
    </message>
</context>
<context>
    <name>DeclaredModel</name>
    <message>
        <source>Nominated by</source>
        <translation>Кім ұсынды</translation>
    </message>
    <message>
        <source>Sits with</source>
        <translation>Фракциясы</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Орындар</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>These votes and rules cannot be allocated: {why}</source>
        <translation>Бұл дауыстар мен ережелер бойынша орындарды бөлу мүмкін емес: {why}</translation>
    </message>
</context>
<context>
    <name>EditableTableModel</name>
    <message>
        <source>Edit {column}</source>
        <translation>«{column}» өзгерту</translation>
    </message>
    <message>
        <source>the block runs past the last row ({n})</source>
        <translation>блок соңғы жолдан асып кетеді ({n})</translation>
    </message>
    <message>
        <source>{column}, row {row}: {why}</source>
        <translation>{column}, {row}-жол: {why}</translation>
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
        <translation>Нәтиже есептелуде…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Пішім</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>There is nothing to export. {why}</source>
        <translation>Экспорттайтын ештеңе жоқ. {why}</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Экспорттау орны</translation>
    </message>
    <message>
        <source>(no result)</source>
        <translation>(нәтиже жоқ)</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>{folder} қалтасы жоқ.</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>{file} жазылуда…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>Экспорт тоқтатылды: ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>{path} жазылды</translation>
    </message>
    <message>
        <source>The export failed:</source>
        <translation>Экспорт сәтсіз аяқталды:</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>untitled</source>
        <translation>атаусыз</translation>
    </message>
    <message>
        <source>SeatCalc scenarios (*.seats.json);;JSON (*.json);;All files (*)</source>
        <translation>SeatCalc сценарийлері (*.seats.json);;JSON (*.json);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>This scenario has unsaved changes. Save them first?</source>
        <translation>Сценарийде сақталмаған өзгерістер бар. Алдымен оларды сақтау керек пе?</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>Сценарийді ашу</translation>
    </message>
    <message>
        <source>Cannot open {spec}:</source>
        <translation>{spec} ашу мүмкін емес:</translation>
    </message>
    <message>
        <source>Save scenario as</source>
        <translation>Сценарийді басқаша сақтау</translation>
    </message>
    <message>
        <source>Could not save {path}:</source>
        <translation>{path} сақтау мүмкін болмады:</translation>
    </message>
    <message>
        <source>Nothing was lost: the previous file is unchanged.</source>
        <translation>Ештеңе жоғалған жоқ: бұрынғы файл өзгермеді.</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Сақталды: {path}</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>SeatCalc guide</source>
        <translation>SeatCalc нұсқаулығы</translation>
    </message>
    <message>
        <source>The guide is not translated yet: it is in English.</source>
        <translation>Нұсқаулық әлі аударылмаған: ол ағылшын тілінде.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a result table</source>
        <translation>Нәтижелер кестесін импорттау</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Файлды таңдау…</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Кесте</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Парақ</translation>
    </message>
    <message>
        <source>Read votes</source>
        <translation>Дауыстарды оқу</translation>
    </message>
    <message>
        <source>Cancel reading</source>
        <translation>Оқуды тоқтату</translation>
    </message>
    <message>
        <source>Rows not counted</source>
        <translation>Есепке алынбаған жолдар</translation>
    </message>
    <message>
        <source>Protocol checks</source>
        <translation>Бақылау арақатынастары</translation>
    </message>
    <message>
        <source>Merge parties</source>
        <translation>Партияларды біріктіру</translation>
    </message>
    <message>
        <source>D&apos;Hondt, no threshold (edit the rules afterwards)</source>
        <translation>Д&apos;Ондт әдісі, межесіз (ережелерді кейін өзгертуге болады)</translation>
    </message>
    <message>
        <source>Title of the new scenario</source>
        <translation>Жаңа сценарийдің атауы</translation>
    </message>
    <message>
        <source>List rules</source>
        <translation>Тізімдер ережелері</translation>
    </message>
    <message>
        <source>List seats</source>
        <translation>Тізім бойынша орындар</translation>
    </message>
    <message>
        <source>Observer statistics…</source>
        <translation>Бақылаушыларға арналған статистика…</translation>
    </message>
    <message>
        <source>Create scenario</source>
        <translation>Сценарий жасау</translation>
    </message>
    <message>
        <source>Mark the columns by hand below.</source>
        <translation>Бағандарды төменде қолмен белгілеңіз.</translation>
    </message>
    <message>
        <source>The columns changed: read the votes again.</source>
        <translation>Бағандар өзгерді: дауыстарды қайта оқыңыз.</translation>
    </message>
    <message>
        <source>No party votes could be read from this table.</source>
        <translation>Бұл кестеден партияларға берілген бірде-бір дауысты оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортталған</translation>
    </message>
    <message>
        <source>The table does not make a valid scenario: {why}</source>
        <translation>Кестеден дұрыс сценарий шықпайды: {why}</translation>
    </message>
    <message>
        <source>Reading cancelled: nothing was imported.</source>
        <translation>Оқу тоқтатылды: ештеңе импортталған жоқ.</translation>
    </message>
    <message>
        <source>What each column means</source>
        <translation>Әр бағанның мағынасы</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>Алғашқы жолдар</translation>
    </message>
    <message>
        <source>Result tables (*.csv *.xlsx *.txt *.tsv *.zip);;All files (*)</source>
        <translation>Нәтижелер кестелері (*.csv *.xlsx *.txt *.tsv *.zip);;Барлық файлдар (*)</translation>
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
        <translation>Партиялар</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Округтер</translation>
    </message>
    <message>
        <source>Constituencies</source>
        <translation>Көпмандатты округтер</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Ережелер</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Талдау</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>Егер…</translation>
    </message>
    <message>
        <source>Coalitions</source>
        <translation>Коалициялар</translation>
    </message>
    <message>
        <source>Add party</source>
        <translation>Партия қосу</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Төмен</translation>
    </message>
    <message>
        <source>Add district</source>
        <translation>Округ қосу</translation>
    </message>
    <message>
        <source>Add candidate</source>
        <translation>Кандидат қосу</translation>
    </message>
    <message>
        <source>Remove district</source>
        <translation>Округті жою</translation>
    </message>
    <message>
        <source>Add declared total</source>
        <translation>Жиынтық қосу</translation>
    </message>
    <message>
        <source>Against all / blank</source>
        <translation>Барлығына қарсы / бос</translation>
    </message>
    <message>
        <source>Invalid ballots</source>
        <translation>Жарамсыз бюллетеньдер</translation>
    </message>
    <message>
        <source>Registered voters</source>
        <translation>Тізімдегі сайлаушылар</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>Сайлаушылардың келуі</translation>
    </message>
    <message>
        <source>Ballots for none of the parties that still count as valid: &apos;against all&apos; (Kazakhstan), blank votes (Spain)</source>
        <translation>Ешбір партияға берілмеген, бірақ жарамды деп саналатын бюллетеньдер: «барлығына қарсы» (Қазақстан), бос бюллетеньдер (Испания)</translation>
    </message>
    <message>
        <source>No per-district votes in this scenario: its district seats are given as declared totals below (official summaries). Add a district to enter candidate votes; its winner is then computed.</source>
        <translation>Бұл сценарийде округтер бойынша дауыстар жоқ: округтер бойынша орындар төменде жиынтықтармен берілген (ресми қорытындылар). Кандидаттардың дауыстарын енгізу үшін округ қосыңыз; жеңімпаз есептеледі.</translation>
    </message>
    <message>
        <source>Districts with candidate votes (the winner is computed):</source>
        <translation>Кандидаттардың дауыстары бар округтер (жеңімпаз есептеледі):</translation>
    </message>
    <message>
        <source>Declared totals (when only totals are published):</source>
        <translation>Жиынтықтар (тек жиынтықтар жарияланғанда):</translation>
    </message>
    <message>
        <source>{n} district {n:plural:seat|seats}: {counted} with candidate votes, {declared} as declared totals</source>
        <translation>Округтер бойынша {n} орын: {counted} — кандидаттардың дауыстарымен, {declared} — жиынтықтармен</translation>
    </message>
    <message>
        <source>, {n} without a result.</source>
        <translation>, {n} — нәтижесіз.</translation>
    </message>
    <message>
        <source>No votes yet: enter the parties&apos; votes in the Parties tab to see the seats.</source>
        <translation>Әзірге дауыстар жоқ: орындарды көру үшін «Партиялар» қойындысында партиялардың дауыстарын енгізіңіз.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>{n} people: an apportionment by population, not an election</source>
        <translation>{n} адам: сайлау емес, халық санына қарай бөлу</translation>
    </message>
    <message>
        <source>{cast} ballots, {share} of registered voters</source>
        <translation>{cast} бюллетень, тізімдегі сайлаушылардың {share}</translation>
    </message>
    <message>
        <source>{cast} ballots, {share} of registered voters: more ballots than registered voters, check both figures</source>
        <translation>{cast} бюллетень, тізімдегі сайлаушылардың {share}: бюллетеньдер тізімдегі сайлаушылардан көп, екі санды да тексеріңіз</translation>
    </message>
    <message>
        <source>{cast} ballots (registered voters unknown)</source>
        <translation>{cast} бюллетень (тізімдегі сайлаушылар саны белгісіз)</translation>
    </message>
    <message>
        <source>Remove party</source>
        <translation>Партияны жою</translation>
    </message>
    <message>
        <source>Move party</source>
        <translation>Партияны жылжыту</translation>
    </message>
    <message>
        <source>Party colour</source>
        <translation>Партияның түсі</translation>
    </message>
    <message>
        <source>Every one of the {n} district seats already has a result. Add a district seat? The house grows from {house} to {grown} seats.</source>
        <translation>Округтер бойынша {n} орынның әрқайсысының нәтижесі бар. Округ бойынша орын қосу керек пе? Палата {house} орыннан {grown} орынға дейін ұлғаяды.</translation>
    </message>
    <message>
        <source>Select a district first (click one of its rows)</source>
        <translation>Алдымен округті таңдаңыз (оның бір жолын басыңыз)</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Template: </source>
        <translation>Үлгі: </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Тү&amp;зету</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Кө&amp;рініс</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>&amp;Талдау</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Т&amp;іл</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>SeatCalc &amp;guide</source>
        <translation>SeatCalc &amp;нұсқаулығы</translation>
    </message>
    <message>
        <source>&amp;Sources of this scenario</source>
        <translation>Сценарийдің &amp;дереккөздері</translation>
    </message>
    <message>
        <source>&amp;About SeatCalc</source>
        <translation>SeatCalc &amp;туралы</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Жаңа</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ашу…</translation>
    </message>
    <message>
        <source>Open &amp;built-in scenario</source>
        <translation>&amp;Кірістірілген сценарийді ашу</translation>
    </message>
    <message>
        <source>New from &amp;template</source>
        <translation>Ү&amp;лгі бойынша жасау</translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation>&amp;Соңғы файлдар</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Басқаша с&amp;ақтау…</translation>
    </message>
    <message>
        <source>&amp;Import table…</source>
        <translation>Кестені &amp;импорттау…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Шы&amp;ғу</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Қиып алу</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Көшіру</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Қою</translation>
    </message>
    <message>
        <source>&amp;Add party</source>
        <translation>Партия &amp;қосу</translation>
    </message>
    <message>
        <source>&amp;Remove party</source>
        <translation>Партияны &amp;жою</translation>
    </message>
    <message>
        <source>Add &amp;district</source>
        <translation>&amp;Округ қосу</translation>
    </message>
    <message>
        <source>Remove d&amp;istrict</source>
        <translation>Округті жо&amp;ю</translation>
    </message>
    <message>
        <source>&amp;Merge parties…</source>
        <translation>Партияларды бі&amp;ріктіру…</translation>
    </message>
    <message>
        <source>Party &amp;flags (threshold-exempt, one-person list)</source>
        <translation>Партиялардың &amp;белгілері (межеден босатылған, бір адамдық тізім)</translation>
    </message>
    <message>
        <source>Chart &amp;layout</source>
        <translation>Зал &amp;пішіні</translation>
    </message>
    <message>
        <source>Hemicycle &amp;arc</source>
        <translation>Жарты шеңбер &amp;доғасы</translation>
    </message>
    <message>
        <source>Show the &amp;inputs</source>
        <translation>&amp;Бастапқы деректерді көрсету</translation>
    </message>
    <message>
        <source>Compare &amp;methods…</source>
        <translation>Әдістерді &amp;салыстыру…</translation>
    </message>
    <message>
        <source>Compare with other &amp;rules…</source>
        <translation>Басқа &amp;ережелермен салыстыру…</translation>
    </message>
    <message>
        <source>&amp;Projection and Monte Carlo…</source>
        <translation>Болжам және Монте-&amp;Карло…</translation>
    </message>
    <message>
        <source>&amp;What-if…</source>
        <translation>«&amp;Егер…»</translation>
    </message>
    <message>
        <source>Merge parties</source>
        <translation>Партияларды біріктіру</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Қосылатын партия</translation>
    </message>
    <message>
        <source>into</source>
        <translation>Қабылдаушы партия</translation>
    </message>
    <message>
        <source>Merge {a} into {b}</source>
        <translation>{a} партиясын {b} партиясына қосу</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(көрсетілмеген)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Дереккөздер</translation>
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
        <translation>Дауыстар</translation>
    </message>
    <message>
        <source>Count as</source>
        <translation>Қалай есептеу</translation>
    </message>
    <message>
        <source>itself</source>
        <translation>өзі ретінде</translation>
    </message>
</context>
<context>
    <name>ObserverDialog</name>
    <message>
        <source>Observer statistics — {title}</source>
        <translation>Бақылаушыларға арналған статистика — {title}</translation>
    </message>
    <message>
        <source>Observer statistics</source>
        <translation>Бақылаушыларға арналған статистика</translation>
    </message>
    <message>
        <source>{n} stations counted. Party:</source>
        <translation>{n} учаске есепке алынды. Партия:</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>Сайлаушылардың келуі</translation>
    </message>
    <message>
        <source>Party share</source>
        <translation>Партия үлесі</translation>
    </message>
    <message>
        <source>Turnout and share</source>
        <translation>Келу және үлес</translation>
    </message>
    <message>
        <source>Counting the stations at whole percentages against 200 smooth Monte Carlo runs…</source>
        <translation>Бүтін пайыздары бар учаскелерді 200 тегіс Монте-Карло есептеуімен салыстырып санау…</translation>
    </message>
    <message>
        <source>Whole percentages</source>
        <translation>Бүтін пайыздар</translation>
    </message>
    <message>
        <source>Per region: turnout and the leader&apos;s share over the region&apos;s stations; stations (of {n} voters or more) at a whole percentage. Largest regions first.</source>
        <translation>Өңірлер бойынша: өңір учаскелеріндегі келу және көшбасшы үлесі; пайызы бүтін болған учаскелер ({n} және одан көп сайлаушысы барлар). Алдымен ең ірі өңірлер.</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Өңірлер</translation>
    </message>
    <message>
        <source>Save observer report (PDF)…</source>
        <translation>Бақылаушыларға арналған есепті сақтау (PDF)…</translation>
    </message>
    <message>
        <source>Turnout, %</source>
        <translation>Келу, %</translation>
    </message>
    <message>
        <source>Share of ballots cast, %</source>
        <translation>Жәшіктерге салынған бюллетеньдердегі үлес, %</translation>
    </message>
    <message>
        <source>The whole-percentage count failed: {why}</source>
        <translation>Бүтін пайыздарды санау сәтсіз аяқталды: {why}</translation>
    </message>
    <message>
        <source>A station&apos;s figure counts as whole when it shows as {example} or the like. Expected: the mean of the smooth runs, in which each station&apos;s count is drawn again from a binomial (no preference for round numbers). A large excess says that round figures were reported more often than chance gives; it does not say why.</source>
        <translation>Учаске көрсеткіші {example} сияқты көрінсе, бүтін деп саналады. Күтілетіні — тегіс есептеулердің орташасы, оларда әр учаскенің саны биномдық үлестірім бойынша қайта алынады (дөңгелек сандарға артықшылықсыз). Үлкен артықтық дөңгелек сандардың кездейсоқтықтан жиі кездескенін көрсетеді; себебін айтпайды.</translation>
    </message>
    <message>
        <source>Save observer report</source>
        <translation>Бақылаушыларға арналған есепті сақтау</translation>
    </message>
    <message>
        <source>Observer report</source>
        <translation>Бақылаушыларға арналған есеп</translation>
    </message>
    <message>
        <source>Could not write {path}: {why}</source>
        <translation>{path} жазылмады: {why}</translation>
    </message>
    <message>
        <source>Leader&apos;s share ({party})</source>
        <translation>Көшбасшы үлесі ({party})</translation>
    </message>
    <message>
        <source>of {n} runs</source>
        <translation>{n} есептеудің</translation>
    </message>
    <message>
        <source>stations of {n} voters or more at a whole percentage; about {chance} by chance (a {window:num}-point window in each point)</source>
        <translation>пайызы бүтін болған {n} және одан көп сайлаушысы бар учаскелер; кездейсоқ шамамен {chance} (әр тармақта {window:num} п.т. терезе)</translation>
    </message>
    <message>
        <source>(no region)</source>
        <translation>(өңірсіз)</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>Учаскелер</translation>
    </message>
    <message>
        <source>{n} {n:plural:station|stations} above {limit} not drawn: look at their protocols</source>
        <translation>{limit} жоғары {n} учаске көрсетілмеген: олардың хаттамаларын қараңыз</translation>
    </message>
    <message>
        <source>a random sample of {shown} of {n} stations</source>
        <translation>кездейсоқ іріктеме: {n} учаскенің {shown}</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>At a whole %</source>
        <translation>Бүтін %</translation>
    </message>
    <message>
        <source>Expected (smooth data)</source>
        <translation>Күтілетін (тегіс деректер)</translation>
    </message>
    <message>
        <source>95% of smooth runs</source>
        <translation>Тегіс есептеулердің 95&#xa0;%</translation>
    </message>
    <message>
        <source>Excess</source>
        <translation>Артықтық</translation>
    </message>
    <message>
        <source>Smooth runs as high (of 200)</source>
        <translation>Одан кем емес тегіс есептеулер (200-ден)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Тізімде</translation>
    </message>
    <message>
        <source>Leader&apos;s share</source>
        <translation>Көшбасшы үлесі</translation>
    </message>
    <message>
        <source>Whole-% turnout</source>
        <translation>Келу — бүтін %</translation>
    </message>
    <message>
        <source>Whole-% leader</source>
        <translation>Көшбасшы — бүтін %</translation>
    </message>
    <message>
        <source>{issued} / registered voters</source>
        <translation>{issued} / тізімдегі сайлаушылар</translation>
    </message>
    <message>
        <source>Turnout per station</source>
        <translation>Учаскелер бойынша келу</translation>
    </message>
    <message>
        <source>Stations per {width:num}-point bin of turnout ({turnout}). Smooth data give a smooth curve; peaks at whole or round percentages are what Kobak, Shpilkin and Pshenichnikov (2016) call integer percentages.</source>
        <translation>Ені {width:num} п.т. келу аралықтарындағы учаскелер саны ({turnout}). Тегіс деректер тегіс қисық береді; бүтін немесе дөңгелек пайыздардағы шыңдарды Кобак, Шпилькин және Пшеничников (2016) бүтін пайыздар деп атайды.</translation>
    </message>
    <message>
        <source>Share per station: {name}</source>
        <translation>Учаскелер бойынша үлес: {name}</translation>
    </message>
    <message>
        <source>Stations per {width:num}-point bin of {name}&apos;s votes / ballots cast (valid + invalid), the leader&apos;s result as Kobak et al. (2016) define it.</source>
        <translation>«{name} дауыстары / жәшіктерге салынған бюллетеньдер (жарамды + жарамсыз)» үлесінің ені {width:num} п.т. аралықтарындағы учаскелер саны — Кобак және басқалар (2016) анықтаған көшбасшы нәтижесі.</translation>
    </message>
    <message>
        <source>Turnout and share, station by station: {name}</source>
        <translation>Келу және үлес, учаске бойынша: {name}</translation>
    </message>
    <message>
        <source>One dot per station: turnout ({turnout}) across, {name}&apos;s share of ballots cast up. A tail toward high turnout and high share (the &quot;comet&quot;) is what ballot stuffing would leave, and also what some honest places (closed institutions, small villages) do.</source>
        <translation>Бір нүкте — бір учаске: көлденеңінен келу ({turnout}), тігінен {name} дауыстарының жәшіктерге салынған бюллетеньдердегі үлесі. Жоғары келу мен жоғары үлеске қарай созылған құйрықты («комета») бюллетеньдерді заңсыз салу қалдырар еді — бірақ кейбір адал учаскелер де (жабық мекемелер, шағын ауылдар) осылай көрінеді.</translation>
    </message>
    <message>
        <source>After {source}: stations within {tolerance:num} points of a whole percentage, against {runs} smooth Monte Carlo runs (binomial, each station&apos;s own size and rate); stations under {minimum} voters left out.</source>
        <translation>{source} бойынша: көрсеткіші бүтін пайыздан {tolerance:num} п.т. аспайтын учаскелер {runs} тегіс Монте-Карло есептеуімен салыстырылады (әр учаскенің өз мөлшері мен үлесімен биномдық үлестірім); {minimum} сайлаушыдан аз учаскелер есепке алынбайды.</translation>
    </message>
    <message>
        <source>Observer statistics: {title}</source>
        <translation>Бақылаушыларға арналған статистика: {title}</translation>
    </message>
    <message>
        <source>Caution.</source>
        <translation>Назар аударыңыз.</translation>
    </message>
    <message>
        <source>{n} polling stations; written by SeatCalc on {date}.</source>
        <translation>{n} сайлау учаскесі; SeatCalc {date} жасады.</translation>
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
        <translation>Дауыстар</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Үлесі</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Тізім</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Округ</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Өтті</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Межесіз</translation>
    </message>
    <message>
        <source>One person</source>
        <translation>Бір адам</translation>
    </message>
    <message>
        <source>The party&apos;s colour (double-click to change it)</source>
        <translation>Партияның түсі (өзгерту үшін екі рет басыңыз)</translation>
    </message>
    <message>
        <source>Share of the threshold base</source>
        <translation>Меже негізіндегі үлес</translation>
    </message>
    <message>
        <source>Passed the threshold (or qualified by district seats, or exempt)</source>
        <translation>Межеден өтті (немесе округтердегі орындар бойынша жіберілді, немесе межеден босатылған)</translation>
    </message>
    <message>
        <source>Seats from the party list</source>
        <translation>Партиялық тізім бойынша орындар</translation>
    </message>
    <message>
        <source>District seats won by the party&apos;s own nominees</source>
        <translation>Партия ұсынған кандидаттардың округтерде алған орындары</translation>
    </message>
    <message>
        <source>List + district seats (+ self-nominated winners who sit with the party)</source>
        <translation>Тізім + округ бойынша орындар (+ партия фракциясына кірген өзін-өзі ұсынған жеңімпаздар)</translation>
    </message>
    <message>
        <source>Exempt from the threshold (e.g. national minority parties)</source>
        <translation>Межеден босатылған (мысалы, ұлттық азшылық партиялары)</translation>
    </message>
    <message>
        <source>A one-person list (an individual candidate on the list ballot, as in Scotland&apos;s regions): it can win one seat at most</source>
        <translation>Бір адамдық тізім (тізімдер бойынша бюллетеньдегі жеке кандидат, Шотландия өңірлеріндегідей): ең көбі бір орын ала алады</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>{color}: double-click to pick another colour</source>
        <translation>{color}: басқа түс таңдау үшін екі рет басыңыз</translation>
    </message>
    <message>
        <source>The chart shows it as {chart}: {color} is too close to another seat-winning party&apos;s colour for colour-blind readers</source>
        <translation>Диаграммада ол {chart} болып көрсетіледі: түсті ажырату қабілеті бұзылған оқырмандар үшін {color} орын алған басқа партияның түсіне тым ұқсас</translation>
    </message>
    <message>
        <source>{seats} won by the party&apos;s nominees, plus {n} self-nominated district {n:plural:winner|winners} sitting with the party</source>
        <translation>{seats} орынды партия ұсынғандар алды, оған қоса партия фракциясына кірген округтердегі өзін-өзі ұсынған {n} жеңімпаз</translation>
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
        <translation>Сауалнама жүргізуші</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Іріктеме</translation>
    </message>
    <message>
        <source>YYYY-MM-DD; newer polls weigh more in the average (half-life 14 days)</source>
        <translation>ЖЖЖЖ-АА-КК; жаңарақ сауалнамалардың орташадағы салмағы көбірек (салмақтың жартылай ыдырау кезеңі — 14 күн)</translation>
    </message>
    <message>
        <source>People asked; larger samples weigh more (square root)</source>
        <translation>Сұралғандар саны; үлкен іріктемелердің салмағы көбірек (квадрат түбір бойынша)</translation>
    </message>
    <message>
        <source>Poll id: {id}</source>
        <translation>Сауалнама идентификаторы: {id}</translation>
    </message>
    <message>
        <source>Edit poll</source>
        <translation>Сауалнаманы өңдеу</translation>
    </message>
</context>
<context>
    <name>Projection</name>
    <message>
        <source>Swing: {swing}. Error: {error}, national sd {sd:num} points, regional {regional:num}, district {district:num}.</source>
        <translation>Ауысу: {swing}. Қате: {error}, ел бойынша ст. ауытқу {sd:num} п.т., өңірлік {regional:num}, округтік {district:num}.</translation>
    </message>
    <message>
        <source>Sample size {n}.</source>
        <translation>Іріктеме көлемі: {n}.</translation>
    </message>
    <message>
        <source>{runs} runs, seed {seed:raw}.</source>
        <translation>{runs} есептеу, негіз {seed:raw}.</translation>
    </message>
    <message>
        <source>{title}: projection</source>
        <translation>{title}: болжам</translation>
    </message>
    <message>
        <source>The projected house</source>
        <translation>Палатаның болжамды құрамы</translation>
    </message>
    <message>
        <source>Seat distributions</source>
        <translation>Орын санының үлестірімдері</translation>
    </message>
    <message>
        <source>Seats and votes</source>
        <translation>Орындар мен дауыстар</translation>
    </message>
    <message>
        <source>Coalitions</source>
        <translation>Коалициялар</translation>
    </message>
    <message>
        <source>Battleground</source>
        <translation>Тартысты округтер</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Бастапқы</translation>
    </message>
    <message>
        <source>House {house}; majority {need}. Mean, 90% range and majority: over the runs; a majority counts seats with affiliated members.</source>
        <translation>Палата: {house}; көпшілік: {need}. Орташа, 90 % аралығы және көпшілік — есептеулер бойынша; көпшілік үшін фракцияға кіргендер де есептеледі.</translation>
    </message>
    <message>
        <source>self-nominated</source>
        <translation>өзін-өзі ұсыну</translation>
    </message>
    <message>
        <source>Swing to flip (pts)</source>
        <translation>Аударуға қажет ауысу (п.т.)</translation>
    </message>
    <message>
        <source>The {shown} closest of {n} districts in the projection; the JSON of the simulate command has them all. Change since the base election: {changes}.</source>
        <translation>Болжамдағы нәтижесі ең жақын округтер: {n} округтің {shown}; толық тізім — модельдеу командасының JSON нәтижесінде. Бастапқы сайлаудан бергі өзгеріс: {changes}.</translation>
    </message>
    <message>
        <source>Uniform</source>
        <translation>Біркелкі</translation>
    </message>
    <message>
        <source>Proportional</source>
        <translation>Пропорционалды</translation>
    </message>
    <message>
        <source>Regional</source>
        <translation>Өңірлік</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Абсолюттік (п.т.)</translation>
    </message>
    <message>
        <source>Relative (logit)</source>
        <translation>Салыстырмалы (логит)</translation>
    </message>
    <message>
        <source>Poll sampling</source>
        <translation>Іріктеме қатесі</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Үлесі</translation>
    </message>
    <message>
        <source>Base seats</source>
        <translation>Бастапқы
орын</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>Болжам</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Өзгеріс</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Орташа</translation>
    </message>
    <message>
        <source>90% range</source>
        <translation>90 %
аралығы</translation>
    </message>
    <message>
        <source>Majority</source>
        <translation>Көпшілік</translation>
    </message>
    <message>
        <source>Qualify</source>
        <translation>Межеден
өтеді</translation>
    </message>
    <message>
        <source>Projected share of the vote polls ask about: the party-list vote, or the district vote where there is no list tier</source>
        <translation>Сауалнамалар сұрайтын дауыс берудегі болжамды үлес: партиялық тізімдер бойынша немесе тізімдер болмаса, округтердегі дауыс беру</translation>
    </message>
    <message>
        <source>Seats in the base election</source>
        <translation>Бастапқы сайлаудағы орындар</translation>
    </message>
    <message>
        <source>Seats at the projected shares, counted exactly</source>
        <translation>Болжамды үлестер кезіндегі орындар, дәл есептелген</translation>
    </message>
    <message>
        <source>Projected against base</source>
        <translation>Болжам бастапқы сайлаумен салыстырғанда</translation>
    </message>
    <message>
        <source>Average seats over all runs</source>
        <translation>Барлық есептеулер бойынша орташа орын саны</translation>
    </message>
    <message>
        <source>5th to 95th percentile: 9 runs in 10 fall in this range</source>
        <translation>5-тен 95-перцентильге дейін: 10 есептеудің 9-ы осы аралыққа түседі</translation>
    </message>
    <message>
        <source>Chance of a simple majority alone</source>
        <translation>Жалғыз өзі жай көпшілік алу ықтималдығы</translation>
    </message>
    <message>
        <source>Chance to pass the threshold</source>
        <translation>Межеден өту ықтималдығы</translation>
    </message>
    <message>
        <source>Base election: {share:pct1}</source>
        <translation>Бастапқы сайлау: {share:pct1}</translation>
    </message>
    <message>
        <source>{party} would have a majority ({seats} of {house}; {need} needed).</source>
        <translation>{party} партиясы көпшілікке ие болар еді ({house} орынның {seats}; қажеті {need}).</translation>
    </message>
    <message>
        <source>No majority: {party} would be largest, {short} short of {need}.</source>
        <translation>Көпшілік жоқ: ең ірі партия {party} болар еді, бірақ {need} орынға {short} орын жетпес еді.</translation>
    </message>
    <message>
        <source>Over {runs} runs: a single-party majority in {any}; {party} alone in {mine}.</source>
        <translation>{runs} есептеу бойынша бір партияның жалғыз өзі көпшілік алу ықтималдығы — {any}; {party} партиясы үшін — {mine}.</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Округ</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Көшбасшы</translation>
    </message>
    <message>
        <source>Runner-up</source>
        <translation>Екінші</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Айырма</translation>
    </message>
    <message>
        <source>Swing to flip</source>
        <translation>Аударуға
қажет ауысу</translation>
    </message>
    <message>
        <source>Holder keeps</source>
        <translation>Көшбасшы
сақтайды</translation>
    </message>
    <message>
        <source>{votes} {votes:plural:vote|votes}</source>
        <translation>{votes} дауыс</translation>
    </message>
    <message>
        <source>{points:dec2} pts</source>
        <translation>{points:dec2} п.т.</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>Көпмандатты округ</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Орындар</translation>
    </message>
    <message>
        <source>Mean seats per party</source>
        <translation>Партиялар бойынша орташа орын саны</translation>
    </message>
    <message>
        <source>The {n} district seats are known only as declared totals: they stay as they are in every run.</source>
        <translation>Округтер бойынша орындар ({n}) тек жиынтықтардан белгілі: әр есептеуде олар өзгеріссіз қалады.</translation>
    </message>
    <message>
        <source>No single-member districts: nothing to fight over seat by seat.</source>
        <translation>Бір мандатты округтер жоқ: жеке орындар үшін күрес жоқ.</translation>
    </message>
    <message>
        <source>Coalition</source>
        <translation>Коалиция</translation>
    </message>
    <message>
        <source>Every member needed</source>
        <translation>Әр мүшесі
қажет</translation>
    </message>
    <message>
        <source>No party alone and no group of up to three reached a majority in any run</source>
        <translation>Ешбір есептеуде жалғыз партия да, үшке дейінгі партиялар тобы да көпшілік алмады</translation>
    </message>
    <message>
        <source> (alone)</source>
        <translation> (жалғыз)</translation>
    </message>
    <message>
        <source>At {share:pct1} {party} holds {seats} {seats:plural:seat|seats}.</source>
        <translation>{share:pct1} үлеспен {party} партиясында {seats} орын.</translation>
    </message>
    <message>
        <source>Responsiveness {r:dec2}: each point of the vote is worth about {s:dec1} seats here.</source>
        <translation>Сезімталдық {r:dec2}: мұнда дауыс үлесінің әр тармағы шамамен {s:dec1} орынға тең.</translation>
    </message>
    <message>
        <source>With the same share as {rival} ({equal:pct1} each) it would hold as many seats: no partisan bias between them.</source>
        <translation>{rival} партиясымен бірдей үлесте (әрқайсысы {equal:pct1}) оның орындары да тең болар еді: олардың арасында партиялық бұрмалану жоқ.</translation>
    </message>
    <message>
        <source>With the same share as {rival} ({equal:pct1} each) it would hold {gap} {gap:plural:seat|seats} more: a partisan bias of {bias:pct1} of the house in its favour.</source>
        <translation>{rival} партиясымен бірдей үлесте (әрқайсысы {equal:pct1}) оның орны {gap} артық болар еді: партиялық бұрмалану оның пайдасына, палата орындарының {bias:pct1}.</translation>
    </message>
    <message>
        <source>With the same share as {rival} ({equal:pct1} each) it would hold {gap} {gap:plural:seat|seats} fewer: a partisan bias of {bias:pct1} of the house against it.</source>
        <translation>{rival} партиясымен бірдей үлесте (әрқайсысы {equal:pct1}) оның орны {gap} кем болар еді: партиялық бұрмалану оған қарсы, палата орындарының {bias:pct1}.</translation>
    </message>
    <message>
        <source>% of runs</source>
        <translation>Есептеулердің %</translation>
    </message>
    <message>
        <source>majority</source>
        <translation>көпшілік</translation>
    </message>
    <message>
        <source>equal shares</source>
        <translation>тең үлестер</translation>
    </message>
    <message>
        <source>National vote share (%)</source>
        <translation>Ел бойынша дауыс үлесі (%)</translation>
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
        <translation>Дауыстар, %</translation>
    </message>
    <message>
        <source>Seats %</source>
        <translation>Орындар, %</translation>
    </message>
    <message>
        <source>Entitled</source>
        <translation>Тиесілі</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Тізім</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Округ</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Орындар</translation>
    </message>
    <message>
        <source>Gallagher index {gallagher} · Loosemore-Hanby {lh} · effective parties {votes} (votes), {seats} (seats)</source>
        <translation>Галлахер индексі {gallagher} · Лусмор — Хэнби {lh} · партиялардың тиімді саны {votes} (дауыстар бойынша), {seats} (орындар бойынша)</translation>
    </message>
    <message>
        <source>Seats shared in proportion among the qualifying parties</source>
        <translation>Межеден өткен партиялар арасында пропорционалды бөлінген орындар</translation>
    </message>
    <message>
        <source>{party} did not qualify: no entitlement</source>
        <translation>{party}: межеден өтпеді, орын тиесілі емес</translation>
    </message>
    <message>
        <source>{party}&apos;s proportional share of the house: {n} {n:plural:seat|seats}</source>
        <translation>{party} партиясының палатадағы пропорционалды үлесі: {n} орын</translation>
    </message>
    <message>
        <source>; it won {n} {n:plural:district|districts}</source>
        <translation>; {n} округте жеңді</translation>
    </message>
</context>
<context>
    <name>RulesPanel</name>
    <message>
        <source>List lengths</source>
        <translation>Тізімдердің ұзындығы</translation>
    </message>
    <message>
        <source>Candidates who can still take list seats; a list that wins more keeps that many and the rest go to the other lists (Japan, the Netherlands)</source>
        <translation>Тізім бойынша орын ала алатын кандидаттар; көбірек орын алған тізім сонша орынды сақтайды, қалғаны басқа тізімдерге өтеді (Жапония, Нидерланды)</translation>
    </message>
    <message>
        <source>Coalition lists</source>
        <translation>Коалиция тізімдері</translation>
    </message>
    <message>
        <source>The parties in each electoral coalition (lists not named run alone)</source>
        <translation>Әр сайлау коалициясындағы партиялар саны (аталмаған тізімдер жеке қатысады)</translation>
    </message>
    <message>
        <source>Coalition thresholds</source>
        <translation>Коалициялар үшін межелер</translation>
    </message>
    <message>
        <source>members=percent: the threshold of a coalition of at least that many parties (Poland 8%; Czechia 8% and 11%)</source>
        <translation>партиялар=пайыз: кемінде сонша партиядан тұратын коалицияның межесі (Польша 8&#xa0;%; Чехия 8&#xa0;% және 11&#xa0;%)</translation>
    </message>
    <message>
        <source>Or in a constituency (%)</source>
        <translation>Немесе көпмандатты округте (%)</translation>
    </message>
    <message>
        <source>A list below the national threshold still shares the seats of a constituency where it has this percentage of the votes, those seats only (Sweden: 12%)</source>
        <translation>Жалпыұлттық межеден төмен тізім дауыстардың осы пайызын алған көпмандатты округтің орындарын бәрібір бөліседі — тек сол орындарды (Швеция: 12 %)</translation>
    </message>
    <message>
        <source>Levelling seats</source>
        <translation>Теңестіруші мандаттар</translation>
    </message>
    <message>
        <source>National seats on top of the constituencies&apos; (System: levelling seats); placement national_table (Norway) or party_by_party (Sweden)</source>
        <translation>Көпмандатты округтердің орындарынан тыс жалпыұлттық орындар (Жүйе: теңестіруші мандаттар); орналастыру national_table (Норвегия) немесе party_by_party (Швеция)</translation>
    </message>
    <message>
        <source>… by constituency</source>
        <translation>… көпмандатты округтер бойынша</translation>
    </message>
    <message>
        <source>How many levelling seats each constituency takes under the national table (Norway: one each)</source>
        <translation>Жалпыұлттық кесте бойынша әр көпмандатты округ неше теңестіруші мандат алады (Норвегия: бір-бірден)</translation>
    </message>
    <message>
        <source>List tier</source>
        <translation>Партиялық тізімдер</translation>
    </message>
    <message>
        <source>District tier and linkage</source>
        <translation>Бір мандатты округтер және бөліктердің байланысы</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Орындар</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Әдіс</translation>
    </message>
    <message>
        <source>First divisor</source>
        <translation>Бірінші бөлгіш</translation>
    </message>
    <message>
        <source>Minimum seats each</source>
        <translation>Әрқайсысына ең аз орын</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Меже</translation>
    </message>
    <message>
        <source>of</source>
        <translation>негізі</translation>
    </message>
    <message>
        <source>or district seats won</source>
        <translation>немесе округтердегі орындар</translation>
    </message>
    <message>
        <source>Threshold tested</source>
        <translation>Меже тексеріледі</translation>
    </message>
    <message>
        <source>Ties go to</source>
        <translation>Теңдік кезінде</translation>
    </message>
    <message>
        <source>Lot seed</source>
        <translation>Жеребе негізі</translation>
    </message>
    <message>
        <source>District seats</source>
        <translation>Округтер бойынша орындар</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Жүйе</translation>
    </message>
    <message>
        <source>Overhang</source>
        <translation>Артық мандаттар</translation>
    </message>
    <message>
        <source>At least N lists</source>
        <translation>Кемінде N тізім</translation>
    </message>
    <message>
        <source>Biproportional</source>
        <translation>Бипропорционалды</translation>
    </message>
    <message>
        <source>Special rules of the list tier</source>
        <translation>Партиялық тізімдердің ерекше ережелері</translation>
    </message>
    <message>
        <source>by constituency</source>
        <translation>көпмандатты округтер бойынша</translation>
    </message>
    <message>
        <source>{rule}: list_tier.{key} of the file (docs/format.md)</source>
        <translation>{rule}: сценарий файлының list_tier.{key} өрісі (пішім сипаттамасы: format.md)</translation>
    </message>
    <message>
        <source>no minimum</source>
        <translation>ең азы жоқ</translation>
    </message>
    <message>
        <source>If fewer lists pass the threshold, the largest others are admitted until this many take part (Armenia: 3)</source>
        <translation>Межеден өткен тізімдер азырақ болса, қалғандардың ең ірілері осынша тізім қатысқанша жіберіледі (Армения: 3)</translation>
    </message>
    <message>
        <source>upper apportionment on voter numbers (Zurich)</source>
        <translation>«сайлаушылар сандары» бойынша жоғарғы бөлу (Цюрих)</translation>
    </message>
    <message>
        <source>Biproportional: each list&apos;s votes in a district ÷ the district&apos;s seats, rounded, summed for the upper apportionment</source>
        <translation>Бипропорционалды жүйе: әр тізімнің округтегі дауыстары ÷ округ орындары, дөңгелектеніп, жоғарғы бөлу үшін қосылады</translation>
    </message>
    <message>
        <source>exactly at the threshold passes (&quot;at least&quot;)</source>
        <translation>дәл межеде — өтеді («кемінде»)</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>стандартты</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>Where the threshold is tested when the list tier has constituencies (the Constituencies tab)</source>
        <translation>Тізімдер көпмандатты округтер бойынша есептелгенде меже қай жерде тексеріледі («Көпмандатты округтер» қойындысы)</translation>
    </message>
    <message>
        <source>The sum of the constituencies&apos; seats: edit them in the Constituencies tab</source>
        <translation>Көпмандатты округтердің орындарының қосындысы: оларды «Көпмандатты округтер» қойындысында өзгертіңіз</translation>
    </message>
    <message>
        <source>Change the rules</source>
        <translation>Ережелерді өзгерту</translation>
    </message>
    <message>
        <source>Change the threshold</source>
        <translation>Межені өзгерту</translation>
    </message>
    <message>
        <source>Method: {method}</source>
        <translation>Әдіс: {method}</translation>
    </message>
    <message>
        <source>District seats cannot be fewer than the {n} results entered</source>
        <translation>Округтер бойынша орындар енгізілген нәтижелерден ({n}) аз бола алмайды</translation>
    </message>
    <message>
        <source>Change the district seats</source>
        <translation>Округтер бойынша орындар санын өзгерту</translation>
    </message>
    <message>
        <source>Change {rule}</source>
        <translation>«{rule}» ережесін өзгерту</translation>
    </message>
    <message>
        <source>Change the system</source>
        <translation>Жүйені өзгерту</translation>
    </message>
</context>
<context>
    <name>SheetView</name>
    <message>
        <source>Clear cells</source>
        <translation>Ұяшықтарды тазарту</translation>
    </message>
    <message>
        <source>Paste {rows}×{columns} cells</source>
        <translation>{rows}×{columns} ұяшықты қою</translation>
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
        <translation>Бірдей негіз бірдей нәтиже береді</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Іске қосу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Тоқтату</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Есептеулер</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Негіз</translation>
    </message>
    <message>
        <source>Seats won, in % of runs; dashed: the majority and two-thirds lines</source>
        <translation>Алынған орындар, есептеулердің %-ымен; үзік сызық — көпшілік пен үштен екі шекаралары</translation>
    </message>
    <message>
        <source>%p% — {done} of {runs} runs</source>
        <translation>%p% — {runs} есептеудің {done}</translation>
    </message>
    <message>
        <source>Simulating {runs} runs…</source>
        <translation>{runs} есептеу модельденуде…</translation>
    </message>
    <message>
        <source>Choose what to project and press Run: every run moves every district and constituency by the swing model and counts the seats exactly.</source>
        <translation>Не болжанатынын таңдап, «Іске қосу» батырмасын басыңыз: әр есептеу барлық бір мандатты және көпмандатты округтердегі дауыстарды ауысу моделі бойынша жылжытып, орындарды дәл санайды.</translation>
    </message>
    <message>
        <source>Projection and Monte Carlo — SeatCalc</source>
        <translation>Болжам және Монте-Карло — SeatCalc</translation>
    </message>
    <message>
        <source>The base election as it is, one poll of the poll table, or the polls&apos; average</source>
        <translation>Бастапқы сайлау сол күйінде, сауалнамалар кестесіндегі бір сауалнама немесе сауалнамалардың орташасы</translation>
    </message>
    <message>
        <source>Uniform: each party&apos;s candidates gain or lose the same points of their district&apos;s votes</source>
        <translation>Біркелкі: әр партияның кандидаттары өз округіндегі дауыстардың бірдей тармағын алады немесе жоғалтады</translation>
    </message>
    <message>
        <source>Proportional: each party&apos;s share in a district is scaled by its national ratio</source>
        <translation>Пропорционалды: әр партияның округтегі үлесі оның жалпыұлттық коэффициентіне көбейтіледі</translation>
    </message>
    <message>
        <source>Regional: uniform swing by region, from each region&apos;s own figures where a poll gives them</source>
        <translation>Өңірлік: өңірлер бойынша біркелкі ауысу, сауалнама өңір көрсеткіштерін берсе, әр өңірдің өз көрсеткіштерімен</translation>
    </message>
    <message>
        <source>Each party&apos;s share moves by a normal error of the national sd, in points</source>
        <translation>Әр партияның үлесі ел бойынша ст. ауытқуымен қалыпты үлестірілген қатеге өзгереді (тармақпен)</translation>
    </message>
    <message>
        <source>Relative: small parties move less (normal on the log-odds of each share)</source>
        <translation>Салыстырмалы: шағын партиялар азырақ өзгереді (әр үлестің шанстар логарифміне қалыпты қате)</translation>
    </message>
    <message>
        <source>The sampling error of a poll of the sample size</source>
        <translation>Берілген іріктеме көлеміндегі сауалнаманың іріктеме қатесі</translation>
    </message>
    <message>
        <source>National error: sd of each party&apos;s share</source>
        <translation>Жалпыұлттық қате: әр партия үлесінің ст. ауытқуы</translation>
    </message>
    <message>
        <source>Regional error, shared by a region&apos;s districts and constituencies</source>
        <translation>Өңірлік қате, өңірдің бір мандатты және көпмандатты округтеріне ортақ</translation>
    </message>
    <message>
        <source>District error: sd of each candidate&apos;s (or constituency party&apos;s) share</source>
        <translation>Округтік қате: әр кандидат (немесе көпмандатты округтегі партия) үлесінің ст. ауытқуы</translation>
    </message>
    <message>
        <source> pts</source>
        <translation> п.т.</translation>
    </message>
    <message>
        <source>the poll&apos;s</source>
        <translation>сауалнамадағыдай</translation>
    </message>
    <message>
        <source>Sample size for the poll sampling error (0: the poll&apos;s own)</source>
        <translation>Сауалнаманың іріктеме қатесіне арналған іріктеме көлемі (0 — сауалнаманың өз көлемі)</translation>
    </message>
    <message>
        <source>Report (PDF)…</source>
        <translation>Есеп (PDF)…</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Болжам негізі</translation>
    </message>
    <message>
        <source>Swing</source>
        <translation>Ауысу</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Қате</translation>
    </message>
    <message>
        <source>National sd</source>
        <translation>Ел бойынша ст. ауытқу</translation>
    </message>
    <message>
        <source>Regional sd</source>
        <translation>Өңірлік ст. ауытқу</translation>
    </message>
    <message>
        <source>District sd</source>
        <translation>Округтік ст. ауытқу</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Іріктеме</translation>
    </message>
    <message>
        <source>Polls (shares in %; kept with the scenario)</source>
        <translation>Сауалнамалар (үлестер %-бен; сценариймен бірге сақталады)</translation>
    </message>
    <message>
        <source>No polls yet: Add poll starts one from the base election&apos;s shares; type the poll&apos;s figures over it, or paste a block from a spreadsheet.</source>
        <translation>Сауалнамалар әлі жоқ: «Сауалнама қосу» батырмасы бастапқы сайлау үлестерімен жаңа сауалнама жасайды; оның үстіне сауалнама көрсеткіштерін енгізіңіз немесе электрондық кестеден блокты қойыңыз.</translation>
    </message>
    <message>
        <source>Add poll</source>
        <translation>Сауалнама қосу</translation>
    </message>
    <message>
        <source>Remove poll</source>
        <translation>Сауалнаманы жою</translation>
    </message>
    <message>
        <source>Use the average</source>
        <translation>Орташаны пайдалану</translation>
    </message>
    <message>
        <source>Distributions</source>
        <translation>Үлестірімдер</translation>
    </message>
    <message>
        <source>Battleground</source>
        <translation>Тартысты округтер</translation>
    </message>
    <message>
        <source>Coalitions</source>
        <translation>Коалициялар</translation>
    </message>
    <message>
        <source>Seats–votes</source>
        <translation>Орындар–дауыстар</translation>
    </message>
    <message>
        <source>Base election</source>
        <translation>Бастапқы сайлау</translation>
    </message>
    <message>
        <source>Average of {n} {n:plural:poll|polls}</source>
        <translation>{n} сауалнаманың орташасы</translation>
    </message>
    <message>
        <source>The base election</source>
        <translation>Бастапқы сайлау</translation>
    </message>
    <message>
        <source>Projection: {centre}</source>
        <translation>Болжам: {centre}</translation>
    </message>
    <message>
        <source>%p% — 0 of {runs} runs</source>
        <translation>%p% — {runs} есептеудің 0</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
    <message>
        <source> The results below are from the previous run of {runs}.</source>
        <translation> Төменде — алдыңғы модельдеудің нәтижелері ({runs} есептеу).</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Орындар</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Округтер</translation>
    </message>
    <message>
        <source>Constituencies</source>
        <translation>Көпмандатты округтер</translation>
    </message>
    <message>
        <source>No curve: nothing in this house moves with the votes.</source>
        <translation>Қисық жоқ: бұл палатада дауыстар өзгергенде ештеңе өзгермейді.</translation>
    </message>
    <message>
        <source>Projection report</source>
        <translation>Болжам есебі</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <source>Report written: {path}</source>
        <translation>Есеп жазылды: {path}</translation>
    </message>
    <message>
        <source>Cancelled: {why}.</source>
        <translation>Тоқтатылды: {why}.</translation>
    </message>
    <message>
        <source>Cannot simulate: {why}</source>
        <translation>Модельдеу мүмкін емес: {why}</translation>
    </message>
    <message>
        <source>Done: {runs} runs, error sd {sd:num} points, seed {seed:raw}.</source>
        <translation>Дайын: {runs} есептеу, қатенің ст. ауытқуы {sd:num} пайыздық тармақ, негіз {seed:raw}.</translation>
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
        <translation>Дауыстар</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Өзгеріс</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Орындар</translation>
    </message>
    <message>
        <source>List votes in the what-if</source>
        <translation>«Егер…» сценарийіндегі тізімге берілген дауыстар</translation>
    </message>
    <message>
        <source>Against the original votes</source>
        <translation>Бастапқы дауыстармен салыстырғанда</translation>
    </message>
    <message>
        <source>All seats in the what-if (with self-nominated winners sitting with the party)</source>
        <translation>«Егер…» сценарийіндегі барлық орындар (партия фракциясына кірген өзін-өзі ұсынғандармен)</translation>
    </message>
    <message>
        <source>Against the original seats</source>
        <translation>Бастапқы орындармен салыстырғанда</translation>
    </message>
    <message>
        <source>{points:num} points {giver} → {taker}</source>
        <translation>{points:num} пайыздық тармақ: {giver} → {taker}</translation>
    </message>
    <message>
        <source>turnout {p:pctv}</source>
        <translation>келу {p:pctv}</translation>
    </message>
    <message>
        <source>against all {p:pctv}</source>
        <translation>барлығына қарсы {p:pctv}</translation>
    </message>
    <message>
        <source>What-if: {what}</source>
        <translation>Егер…: {what}</translation>
    </message>
    <message>
        <source>original votes</source>
        <translation>бастапқы дауыстар</translation>
    </message>
    <message>
        <source>Move votes between parties</source>
        <translation>Дауыстарды партиялар арасында ауыстыру</translation>
    </message>
    <message>
        <source>Turnout and against all</source>
        <translation>Келу және «барлығына қарсы»</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>Қайдан → қайда</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Тармақтар</translation>
    </message>
    <message>
        <source>Ballots, % of actual</source>
        <translation>Бюллетеньдер, нақты санның %</translation>
    </message>
    <message>
        <source>Also move every district and constituency by</source>
        <translation>Барлық бір мандатты және көпмандатты округтерді де ауыстыру:</translation>
    </message>
    <message>
        <source>uniform swing (points)</source>
        <translation>біркелкі ауысу (тармақ)</translation>
    </message>
    <message>
        <source>proportional swing (ratio)</source>
        <translation>пропорционалды ауысу (коэффициент)</translation>
    </message>
    <message>
        <source>Uniform: each party&apos;s candidates gain or lose the same points of their district&apos;s votes. Proportional: their share is scaled by the party&apos;s national ratio.</source>
        <translation>Біркелкі: әр партияның кандидаттары өз округіндегі дауыстардың бірдей тармағын алады немесе жоғалтады. Пропорционалды: олардың үлесі партияның жалпыұлттық коэффициентіне көбейтіледі.</translation>
    </message>
    <message>
        <source>With list constituencies every move is made in each constituency</source>
        <translation>Көпмандатты округтер болғанда әр ауыстыру әр округте жасалады</translation>
    </message>
    <message>
        <source>, a turnout of {share:pct} of registered voters</source>
        <translation>, тізімдегі сайлаушылардың {share:pct}</translation>
    </message>
    <message>
        <source>The actual turnout: {n} ballots{turnout}.</source>
        <translation>Нақты келу: {n} бюллетень{turnout}.</translation>
    </message>
    <message>
        <source> (actual {share:pct})</source>
        <translation> (нақтысы {share:pct})</translation>
    </message>
    <message>
        <source>{p:pctv} of the actual ballots: {n}{turnout}{actual}.</source>
        <translation>Нақты бюллетеньдердің {p:pctv}: {n}{turnout}{actual}.</translation>
    </message>
    <message>
        <source>Against all</source>
        <translation>Барлығына қарсы</translation>
    </message>
    <message>
        <source>uniform</source>
        <translation>біркелкі</translation>
    </message>
    <message>
        <source>proportional</source>
        <translation>пропорционалды</translation>
    </message>
    <message>
        <source>{points:num} points {giver} → {taker} (and districts, {swing} swing)</source>
        <translation>{points:num} пайыздық тармақ: {giver} → {taker} (және округтер, {swing} ауысу)</translation>
    </message>
    <message>
        <source>points</source>
        <translation>п.т.</translation>
    </message>
    <message>
        <source>{percent} of actual</source>
        <translation>{percent} нақты саннан</translation>
    </message>
    <message>
        <source>Reset to the original votes</source>
        <translation>Бастапқы дауыстарды қайтару</translation>
    </message>
    <message>
        <source>Drag a slider to preview; release it to apply (one undo step). Every what-if starts from the original votes.</source>
        <translation>Алдын ала қарау үшін жүгірткіні жылжытыңыз; қолдану үшін жіберіңіз (бір болдырмау қадамы). Әр «Егер…» сценарийі бастапқы дауыстардан басталады.</translation>
    </message>
    <message>
        <source>Against the original votes:</source>
        <translation>Бастапқы дауыстармен салыстырғанда:</translation>
    </message>
    <message>
        <source>This scenario has no district races with candidate votes (declared totals cannot swing)</source>
        <translation>Бұл сценарийде кандидаттардың дауыстары бар округтер жоқ (жиынтықтарды ауыстыру мүмкін емес)</translation>
    </message>
    <message>
        <source>What-if: reset to the original votes</source>
        <translation>Егер…: бастапқы дауыстарға қайту</translation>
    </message>
    <message>
        <source>Showing the original votes.</source>
        <translation>Бастапқы дауыстар көрсетілген.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{what}&lt;/b&gt; (not the original votes)</source>
        <translation>&lt;b&gt;{what}&lt;/b&gt; (бастапқы дауыстар емес)</translation>
    </message>
    <message>
        <source>= {moved} votes from {giver} to {taker} (of a threshold base of {base})</source>
        <translation>= {moved} дауыс {giver} партиясынан {taker} партиясына (меже негізі {base})</translation>
    </message>
    <message>
        <source>= all {moved} votes of {giver} move to {taker}: {points:num} points of the threshold base would be {asked}</source>
        <translation>= {giver} партиясының барлық {moved} дауысы {taker} партиясына ауысады: меже негізінің {points:num} пайыздық тармағы {asked} болар еді</translation>
    </message>
    <message>
        <source>No votes moved.</source>
        <translation>Дауыстар ауыстырылмады.</translation>
    </message>
    <message>
        <source>{n} ballots against all (original)</source>
        <translation>«барлығына қарсы» {n} бюллетень (бастапқы)</translation>
    </message>
    <message>
        <source>{n} ballots against all</source>
        <translation>«барлығына қарсы» {n} бюллетень</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>An internal error stopped this ({error}); it is a fault in SeatCalc, not in your data.</source>
        <translation>Ішкі қате жұмысты тоқтатты ({error}); бұл сіздің деректеріңіздің емес, SeatCalc қатесі.</translation>
    </message>
    <message>
        <source>Details are in {file}.</source>
        <translation>Толығырақ — {file} файлында.</translation>
    </message>
</context>
<context>
    <name>_DistrictTable</name>
    <message>
        <source>self-nominated</source>
        <translation>өзін-өзі ұсыну</translation>
    </message>
</context>
<context>
    <name>adjustment</name>
    <message>
        <source>Majority bonus</source>
        <translation>Көпшілік бонусы</translation>
    </message>
    <message>
        <source>Opposition minimum</source>
        <translation>Оппозицияның ең аз үлесі</translation>
    </message>
    <message>
        <source>Caps on over-representation</source>
        <translation>Артық өкілдіктің шектері</translation>
    </message>
    <message>
        <source>Surplus agreements</source>
        <translation>Артық дауыстар туралы келісімдер</translation>
    </message>
    <message>
        <source>List lengths</source>
        <translation>Тізімдердің ұзындығы</translation>
    </message>
    <message>
        <source>A minimum number of lists</source>
        <translation>Тізімдердің ең аз саны</translation>
    </message>
    <message>
        <source>A share of one constituency&apos;s votes</source>
        <translation>Бір көпмандатты округтегі дауыс үлесі</translation>
    </message>
    <message>
        <source>Majority bonus: the largest list gets {seats} seats at {min:pctv} of the base, {per} more for each full {step:pctv} above it, at most {max}; the rest are shared proportionally.</source>
        <translation>Көпшілік бонусы: ең ірі тізім негіздің {min:pctv} үлесінде {seats} орын алады, одан асқан әр толық {step:pctv} үшін тағы {per} орын, ең көбі {max}; қалған орындар пропорционалды бөлінеді.</translation>
    </message>
    <message>
        <source>Majority bonus: the largest list (with at least {min:pctv} of the base) is topped up to {share:pct} of the house.</source>
        <translation>Көпшілік бонусы: ең ірі тізімге (негіздің кемінде {min:pctv}) палата орындарының {share:pct} үлесіне дейін орын қосылады.</translation>
    </message>
    <message>
        <source>Majority bonus: the largest list (with at least {min:pctv} of the base) is topped up to {seats} seats.</source>
        <translation>Көпшілік бонусы: ең ірі тізімге (негіздің кемінде {min:pctv}) {seats} орынға дейін орын қосылады.</translation>
    </message>
    <message>
        <source>Opposition minimum: if the largest list holds more than the rest allow, the other lists get additional seats until they hold {share:pct} of the house.</source>
        <translation>Оппозицияның ең аз үлесі: ең ірі тізімде рұқсат етілгеннен көп орын болса, басқа тізімдер палата орындарының {share:pct} үлесіне жеткенше қосымша орын алады.</translation>
    </message>
    <message>
        <source>Surplus agreements: {groups:list} (each group counted as one list, its seats then shared between its lists).</source>
        <translation>Артық дауыстар туралы келісімдер: {groups:list} (әр топ бір тізім ретінде есептеледі, содан кейін оның орындары өз тізімдері арасында бөлінеді).</translation>
    </message>
    <message>
        <source>Caps: no party above {seats} seats, nor above its share of the votes plus {points:num} points of the house.</source>
        <translation>Шектер: ешбір партияда {seats} орыннан көп емес және өз дауыс үлесіне палатаның {points:num} п.т. қосқаннан көп емес.</translation>
    </message>
</context>
<context>
    <name>chart</name>
    <message>
        <source>Appointed (not elected)</source>
        <translation>Сайлаушылар сайламаған</translation>
    </message>
    <message>
        <source>the party&apos;s seats include {n} bonus</source>
        <translation>партия орындарының ішінде бонус орындар: {n}</translation>
    </message>
    <message>
        <source>the party&apos;s seats include {n} overhang</source>
        <translation>партия орындарының ішінде артық мандаттар: {n}</translation>
    </message>
    <message>
        <source>the party&apos;s seats include {n} levelling</source>
        <translation>партия орындарының ішінде теңестіруші мандаттар: {n}</translation>
    </message>
    <message>
        <source>{n} district {n:plural:winner|winners} not seated (not drawn)</source>
        <translation>округтерде {n} жеңімпаз мандатсыз қалды (көрсетілмеген)</translation>
    </message>
    <message>
        <source>Appointed (not elected)
by the {name}</source>
        <translation>Сайлаушылар сайламаған
сайлаған орган: {name}</translation>
    </message>
    <message>
        <source>list</source>
        <translation>тізім бойынша</translation>
    </message>
    <message>
        <source>district</source>
        <translation>округ бойынша</translation>
    </message>
    <message>
        <source>self-nominated, sits with party</source>
        <translation>партия фракциясындағы өзін-өзі ұсынған</translation>
    </message>
    <message>
        <source>{votes} list votes, {share:pct} of the threshold base</source>
        <translation>тізімге {votes} дауыс, меже негізінің {share:pct}</translation>
    </message>
    <message>
        <source>Self-nominated district winner, sits with {party}</source>
        <translation>Округте жеңген өзін-өзі ұсынған, {party} фракциясында</translation>
    </message>
    <message>
        <source>overhang seat: a district seat beyond the party&apos;s entitlement of {entitlement}</source>
        <translation>артық мандат: партияға тиесілі {entitlement} орыннан тыс округ бойынша орын</translation>
    </message>
    <message>
        <source>{district}: {candidate}, {votes} votes, ahead by {margin}</source>
        <translation>{district}: {candidate}, {votes} дауыс, {margin} дауыс айырмамен алда</translation>
    </message>
    <message>
        <source>{n} ({sitting} {sitting:plural:sits|sit} with a party)</source>
        <translation>{n} ({sitting} — партия фракцияларында)</translation>
    </message>
    <message>
        <source>overhang {n:plural:seat|seats} (beyond entitlement)</source>
        <translation>{n:plural:артық мандаттар} (тиесіліден тыс)</translation>
    </message>
    <message>
        <source>levelling {n:plural:seat|seats}</source>
        <translation>{n:plural:теңестіруші мандаттар}</translation>
    </message>
    <message>
        <source>bonus {n:plural:seat|seats}</source>
        <translation>{n:plural:бонус орындар}</translation>
    </message>
    <message>
        <source>Government: {name}</source>
        <translation>Үкімет: {name}</translation>
    </message>
    <message>
        <source>{seats} of {house}</source>
        <translation>{house} орынның {seats}</translation>
    </message>
    <message>
        <source>{n} district {n:plural:winner|winners} not seated</source>
        <translation>округтерде {n} жеңімпаз мандатсыз</translation>
    </message>
    <message>
        <source>{n} by law</source>
        <translation>заң бойынша {n}</translation>
    </message>
    <message>
        <source>{base} + {added:plus}</source>
        <translation>{base} + {added:plus}</translation>
    </message>
    <message>
        <source>{n} overhang</source>
        <translation>{n} артық</translation>
    </message>
    <message>
        <source>{n} levelling</source>
        <translation>{n} теңестіруші</translation>
    </message>
    <message>
        <source>{n} bonus</source>
        <translation>{n} бонус</translation>
    </message>
    <message>
        <source>majority: {simple} of {total}</source>
        <translation>көпшілік: {total} орынның {simple}</translation>
    </message>
    <message>
        <source>{majority} ({growth})</source>
        <translation>{majority} ({growth})</translation>
    </message>
    <message>
        <source>{n} {n:plural:seat|seats}</source>
        <translation>{n} орын</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Дереккөз: {source}</translation>
    </message>
    <message>
        <source>Sources: {source} and {more} more</source>
        <translation>Дереккөздер: {source} және тағы {more}</translation>
    </message>
    <message>
        <source>made with SeatCalc {version}</source>
        <translation>SeatCalc {version} арқылы жасалған</translation>
    </message>
    <message>
        <source>Hemicycle</source>
        <translation>Жарты шеңбер</translation>
    </message>
    <message>
        <source>Horseshoe</source>
        <translation>Таға</translation>
    </message>
    <message>
        <source>Westminster</source>
        <translation>Вестминстер</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Шеңбер</translation>
    </message>
    <message>
        <source>list seat</source>
        <translation>тізім бойынша орын</translation>
    </message>
    <message>
        <source>bonus seat: given by a rule of the list tier beyond the proportional share</source>
        <translation>бонус орын: пропорционалды үлестен тыс тізімдер ережесі бойынша берілді</translation>
    </message>
    <message>
        <source>levelling seat: added as the house grew to stay proportional</source>
        <translation>теңестіруші мандат: пропорционалдықты сақтау үшін палата ұлғайғанда қосылды</translation>
    </message>
    <message>
        <source>district seat</source>
        <translation>округ бойынша орын</translation>
    </message>
    <message>
        <source>self-nominated district winner, sits with no party</source>
        <translation>округте жеңген өзін-өзі ұсынған, ешбір партия фракциясына кірмейді</translation>
    </message>
    <message>
        <source>Independent</source>
        <translation>Өзін-өзі ұсынған</translation>
    </message>
    <message>
        <source>The Speaker&apos;s chair</source>
        <translation>Палата төрағасының орны</translation>
    </message>
    <message>
        <source>known from the declared totals (no district results)</source>
        <translation>жиынтықтардан белгілі (округтер бойынша нәтижелер жоқ)</translation>
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
        <translation>Дауыстар</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Үлесі</translation>
    </message>
    <message>
        <source>Thr.</source>
        <translation>Меже</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Тізім</translation>
    </message>
    <message>
        <source>Dist.</source>
        <translation>Округ</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Орындар</translation>
    </message>
    <message>
        <source>+Aff.</source>
        <translation>+Фракц.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Орташа</translation>
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
        <translation>Межеден өтеді</translation>
    </message>
    <message>
        <source>Majority</source>
        <translation>Көпшілік</translation>
    </message>
    <message>
        <source>2/3</source>
        <translation>2/3</translation>
    </message>
    <message>
        <source>Method: {text}</source>
        <translation>Әдіс: {text}</translation>
    </message>
    <message>
        <source>Threshold: {text} Base: {base} votes.</source>
        <translation>Меже: {text} Негізі: {base} дауыс.</translation>
    </message>
    <message>
        <source>Threshold: {text} Base: each constituency&apos;s own votes, from {low} ({low_name}) to {high} ({high_name}).</source>
        <translation>Меже: {text} Негізі: әр көпмандатты округтің өз дауыстары, ең азы {low} ({low_name}), ең көбі {high} ({high_name}).</translation>
    </message>
    <message>
        <source>Majority: {simple} of {house} seats (two thirds: {two_thirds}); {text}</source>
        <translation>Көпшілік: {house} орынның {simple} (үштен екі: {two_thirds}); {text}</translation>
    </message>
    <message>
        <source>Gallagher {gallagher:dec2}, Loosemore-Hanby {lh:dec2}, effective parties {enp_votes:dec2} by votes, {enp_seats:dec2} by seats.</source>
        <translation>Галлахер индексі {gallagher:dec2}, Лусмор — Хэнби {lh:dec2}, партиялардың тиімді саны дауыстар бойынша {enp_votes:dec2}, орындар бойынша {enp_seats:dec2}.</translation>
    </message>
    <message>
        <source>Tie: {text}.</source>
        <translation>Теңдік: {text}.</translation>
    </message>
    <message>
        <source>Warning: {text}</source>
        <translation>Ескерту: {text}</translation>
    </message>
</context>
<context>
    <name>closeness</name>
    <message>
        <source>Votes are added to or taken from one party with every other count fixed; lost votes are abstentions unless stated (they leave the threshold base too).</source>
        <translation>Дауыстар бір партияға қосылады немесе одан алынады, қалған сандардың бәрі өзгермейді; жоғалған дауыстар, өзгеше айтылмаса, дауыс бермеу болып саналады (олар меже негізінен де шығады).</translation>
    </message>
    <message>
        <source>List (party) votes move, and so do the votes of the party&apos;s candidate in one district: a seat is won or lost in the district where the fewest votes do it (named beside the figure; a majority adds up the cheapest districts, one seat each, an upper bound). In a compensatory or additional member system each figure is for the party&apos;s whole seat count, recomputed: its entitlement over the whole house, with overhang, levelling and unseated district winners, not its list seats alone.</source>
        <translation>Тізімдерге (партияларға) берілген дауыстар, сондай-ақ партия кандидатының бір округтегі дауыстары өзгереді: орын бұл үшін ең аз дауыс қажет болатын округте ұтылады немесе жоғалады (ол санның жанында аталған; көпшілік үшін ең «арзан» округтер қосылады, әрқайсысында бір орыннан, — бұл жоғарғы бағалау). Аралас байланысқан жүйеде немесе қосымша мандаттар жүйесінде әр сан партияның қайта есептелген барлық орындарына қатысты: артық және теңестіруші мандаттарды, мандат алмаған округ жеңімпаздарын ескере отырып, оған бүкіл палатада тиесілі орындарға, тек тізім бойынша орындарға емес.</translation>
    </message>
    <message>
        <source>With list constituencies (or additional member regions) the votes are added or taken in one constituency, the one where the fewest are needed (named beside the figure). One seat is won or lost in one constituency, so that is the party&apos;s figure; a majority can need votes in several, so the majority figures there are upper bounds.</source>
        <translation>Тізімдер көпмандатты округтер (немесе қосымша мандаттар жүйесінің өңірлері) бойынша есептелсе, дауыстар бір округте — ең аз қажет болатын жерде (ол санның жанында аталған) қосылады немесе алынады. Бір орын бір округте ұтылады немесе жоғалады, сондықтан партияның саны осы; көпшілік үшін бірнеше округте дауыс қажет болуы мүмкін, сондықтан онда көпшілікке қатысты сандар — жоғарғы бағалау.</translation>
    </message>
    <message>
        <source>A majority bonus moves in steps of the largest list&apos;s share: the figures for its steps (and for the runner-up to take it) are found and verified the same way, list votes moving nationwide. Seats added for the opposition (an opposition minimum) are in each party&apos;s seat figures, not shown apart.</source>
        <translation>Көпшілік бонусы ең ірі тізімнің үлесіне қарай сатылап өзгереді: оның сатыларына арналған сандар (және оны екінші тізім алуы үшін қажет сандар) дәл осылай табылып, тексеріледі, тізімдерге берілген дауыстар бүкіл ел бойынша ауысады. Оппозицияға қосылған орындар (оппозицияның ең аз үлесі) әр партияның орын сандарына кіреді, бөлек көрсетілмейді.</translation>
    </message>
    <message>
        <source>Each figure is verified by recomputing: with it the outcome changes, with one vote less it does not. It is the smallest such change when seats never fall as a party&apos;s own votes rise: true of divisor methods and thresholds; largest-remainder methods (Hare, Droop, ...) move their quota with every vote and can, rarely, break this (a vote-monotonicity paradox of the Alabama kind; seen with the integer Droop quota on small totals). For them the {n} vote counts below each boundary are also checked one by one; a smaller change further below cannot be ruled out.</source>
        <translation>Әр сан қайта есептеу арқылы тексерілген: онымен нәтиже өзгереді, бір дауыс кем болса — өзгермейді. Егер партияның өз дауыстары өскенде оның орындары азаймаса, бұл — ең аз өзгеріс: бөлгіштер әдістері мен межелерде солай; ең үлкен қалдық әдістерінде (Хэйр, Друп, ...) квота әр дауыспен өзгереді және бұл сирек бұзылуы мүмкін («алабамалық» тәрізді монотондылық парадоксы; шағын сандарда бүтін Друп квотасында кездеседі). Олар үшін әр шекарадан төменгі {n} мән де бір-бірлеп тексеріледі; одан да төменде кішірек өзгерісті жоққа шығаруға болмайды.</translation>
    </message>
</context>
<context>
    <name>coalitions</name>
    <message>
        <source>Independent {n}</source>
        <translation>Өзін-өзі ұсынған {n}</translation>
    </message>
</context>
<context>
    <name>compare</name>
    <message>
        <source>As held</source>
        <translation>Сайлау қорытындысы</translation>
    </message>
</context>
<context>
    <name>constituency</name>
    <message>
        <source>{name}, {seats} list {seats:plural:seat|seats}: {won:list}</source>
        <translation>{name}, тізім бойынша {seats} орын: {won:list}</translation>
    </message>
    <message>
        <source>{line}; district seats: {won:list}</source>
        <translation>{line}; округтер бойынша орындар: {won:list}</translation>
    </message>
</context>
<context>
    <name>error</name>
    <message>
        <source>Absolute: a normal error of the same points for every party (a party smaller than that, of its own share)</source>
        <translation>Абсолюттік: әр партия үшін тармақ саны бірдей қалыпты қате (бұдан кіші партия үшін — өз үлесі мөлшерінде)</translation>
    </message>
    <message>
        <source>Relative: normal on the logit scale, the sd in points for a party at 50% (smaller parties move less)</source>
        <translation>Салыстырмалы: логит шкаласындағы қалыпты қате, ст. ауытқу тармақпен 50 % үлесі бар партия үшін беріледі (шағын партиялар азырақ өзгереді)</translation>
    </message>
    <message>
        <source>Sampling: the error of a poll of the given sample size</source>
        <translation>Іріктемелік: берілген іріктеме көлеміндегі сауалнама қатесі</translation>
    </message>
</context>
<context>
    <name>explain</name>
    <message>
        <source>{linkage}: this explains the proportional entitlement over {seats} seats; list seats top up the district seats to it.</source>
        <translation>{linkage}: мұнда {seats} орынның пропорционалды бөлінуі түсіндіріледі; тізім бойынша орындар округтер бойынша орындарды соған дейін толықтырады.</translation>
    </message>
    <message>
        <source>No single count to explain: each constituency is counted apart.</source>
        <translation>Түсіндіретін біртұтас есеп жоқ: әр көпмандатты округ жеке есептеледі.</translation>
    </message>
    <message>
        <source>No single count to explain: a one-person list was capped at one seat and the rest shared again.</source>
        <translation>Түсіндіретін біртұтас есеп жоқ: бір адамдық тізім бір орынмен шектелді, қалған орындар қайта бөлінді.</translation>
    </message>
    <message>
        <source>No single count to explain: a list won more seats than it had candidates and the rest were shared again (see the notes).</source>
        <translation>Түсіндіретін біртұтас есеп жоқ: тізім ондағы кандидаттардан көп орын алды, қалған орындар қайта бөлінді (ескертпелерді қараңыз).</translation>
    </message>
    <message>
        <source>No single count to explain: the list tier&apos;s rules counted some lists together or apart (see the notes).</source>
        <translation>Түсіндіретін біртұтас есеп жоқ: тізімдер ережелері бойынша кейбір тізімдер бірге немесе бөлек есептелді (ескертпелерді қараңыз).</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>next</source>
        <translation>келесі</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Орын</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Party&apos;s seat</source>
        <translation>Партия орны</translation>
    </message>
    <message>
        <source>Divisor</source>
        <translation>Бөлгіш</translation>
    </message>
    <message>
        <source>Quotient</source>
        <translation>Бөлінді</translation>
    </message>
    <message>
        <source>Exact quotient</source>
        <translation>Дәл бөлінді</translation>
    </message>
    <message>
        <source>Tie at the cut-off</source>
        <translation>Шекарадағы теңдік</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Дауыстар</translation>
    </message>
    <message>
        <source>Votes / quota</source>
        <translation>Дауыстар / квота</translation>
    </message>
    <message>
        <source>Whole seats</source>
        <translation>Бүтін орындар</translation>
    </message>
    <message>
        <source>Remainder (votes)</source>
        <translation>Қалдық (дауыстар)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Реті</translation>
    </message>
    <message>
        <source>Extra seat</source>
        <translation>Қосымша орын</translation>
    </message>
    <message>
        <source>List seats</source>
        <translation>Тізім бойынша орындар</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Нәтижелер</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>Seats in the house</source>
        <translation>Палатадағы орындар</translation>
    </message>
    <message>
        <source>Simple majority (seats)</source>
        <translation>Жай көпшілік (орын)</translation>
    </message>
    <message>
        <source>Two-thirds majority (seats)</source>
        <translation>Үштен екі көпшілік (орын)</translation>
    </message>
    <message>
        <source>Largest party</source>
        <translation>Ең ірі партия</translation>
    </message>
    <message>
        <source>Largest party&apos;s seats (with affiliated)</source>
        <translation>Ең ірі партияның орындары (фракцияға кіргендермен)</translation>
    </message>
    <message>
        <source>Gallagher index</source>
        <translation>Галлахер индексі</translation>
    </message>
    <message>
        <source>Loosemore-Hanby index</source>
        <translation>Лусмор — Хэнби индексі</translation>
    </message>
    <message>
        <source>Effective number of parties (votes)</source>
        <translation>Партиялардың тиімді саны (дауыстар бойынша)</translation>
    </message>
    <message>
        <source>Effective number of parties (seats)</source>
        <translation>Партиялардың тиімді саны (орындар бойынша)</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>Теңдік</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Ескерту</translation>
    </message>
    <message>
        <source>Party votes</source>
        <translation>Партияларға дауыстар</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Түсі</translation>
    </message>
    <message>
        <source>Registration order</source>
        <translation>Тіркелу реті</translation>
    </message>
    <message>
        <source>Threshold exempt</source>
        <translation>Межеден босатылған</translation>
    </message>
    <message>
        <source>Against all</source>
        <translation>Барлығына қарсы</translation>
    </message>
    <message>
        <source>Invalid ballots</source>
        <translation>Жарамсыз бюллетеньдер</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Округтер</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Округ</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Кандидат</translation>
    </message>
    <message>
        <source>Nominated by</source>
        <translation>Кім ұсынды</translation>
    </message>
    <message>
        <source>Sits with</source>
        <translation>Фракциясы</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Жеңімпаз</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Айырма</translation>
    </message>
    <message>
        <source>self-nominated</source>
        <translation>өзін-өзі ұсыну</translation>
    </message>
    <message>
        <source>(declared total)</source>
        <translation>(жиынтық)</translation>
    </message>
    <message>
        <source>Constituencies</source>
        <translation>Көпмандатты округтер</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>Көпмандатты округ</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Орындар</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Ережелер</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Ереже</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Әдіс</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Меже</translation>
    </message>
    <message>
        <source>Threshold percent</source>
        <translation>Меже, пайыз</translation>
    </message>
    <message>
        <source>Threshold base</source>
        <translation>Меже негізі</translation>
    </message>
    <message>
        <source>Threshold base (votes)</source>
        <translation>Меже негізі (дауыстар)</translation>
    </message>
    <message>
        <source>Ties on the list</source>
        <translation>Тізімдердегі теңдік</translation>
    </message>
    <message>
        <source>District seats</source>
        <translation>Округтер бойынша орындар</translation>
    </message>
    <message>
        <source>District rule</source>
        <translation>Округтердегі ереже</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Жүйе бөліктері</translation>
    </message>
    <message>
        <source>Overhang</source>
        <translation>Артық мандаттар</translation>
    </message>
    <message>
        <source>Appointed seats</source>
        <translation>Сайлаушылар сайламайтын орындар</translation>
    </message>
    <message>
        <source>Registered voters</source>
        <translation>Тізімдегі сайлаушылар</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>Threshold test</source>
        <translation>Межені тексеру</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Негізі</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Үлесі</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Өтті</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Негіздеме</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Түсіндірме</translation>
    </message>
    <message>
        <source>{n} list {n:plural:seat|seats} by {method}.</source>
        <translation>Тізім бойынша {n} орын; {method}.</translation>
    </message>
    <message>
        <source>Below the threshold, not sharing in the list seats: {parties:list}.</source>
        <translation>Межеден төмен, тізім бойынша орындарды бөлуге қатыспайды: {parties:list}.</translation>
    </message>
    <message>
        <source>No list seats to explain.</source>
        <translation>Түсіндіретін тізім бойынша орын жоқ.</translation>
    </message>
    <message>
        <source>Each party first receives {n} {n:plural:seat|seats} without a quotient.</source>
        <translation>Әр партия алдымен бөліндісіз {n} орын алады.</translation>
    </message>
    <message>
        <source>The last row is the highest quotient that won no seat.</source>
        <translation>Соңғы жол — орын алмаған ең үлкен бөлінді.</translation>
    </message>
    <message>
        <source>Quota: {votes} / {per} = {exact} ≈ {quota:dec3} votes a seat ({votes} qualifying votes, {seats} {seats:plural:seat|seats}).</source>
        <translation>Квота: {votes} / {per} = {exact} ≈ бір орынға {quota:dec3} дауыс ({votes} — межеден өткен партиялардың дауыстары; {seats} орын).</translation>
    </message>
    <message>
        <source>Quota: {exact} ≈ {quota:dec3} votes a seat ({votes} qualifying votes, {seats} {seats:plural:seat|seats}).</source>
        <translation>Квота: {exact} ≈ бір орынға {quota:dec3} дауыс ({votes} — межеден өткен партиялардың дауыстары; {seats} орын).</translation>
    </message>
    <message>
        <source>{whole} {whole:plural:seat|seats} by whole quotas; the {left} left over go to the largest remainders.</source>
        <translation>Бүтін квоталар бойынша {whole} орын; қалған {left} орын — ең үлкен қалдықтар бойынша.</translation>
    </message>
    <message>
        <source>{n} {n:plural:seat|seats}</source>
        <translation>{n} орын</translation>
    </message>
</context>
<context>
    <name>formats</name>
    <message>
        <source>CSV table</source>
        <translation>CSV кестесі</translation>
    </message>
    <message>
        <source>CSV, one row per party</source>
        <translation>CSV, әр партияға бір жол</translation>
    </message>
    <message>
        <source>JSON (the compute --format json object)</source>
        <translation>JSON (compute --format json нысаны)</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel кітабы</translation>
    </message>
    <message>
        <source>Excel workbook: results, party votes, districts, rules, explanation</source>
        <translation>Excel кітабы: нәтижелер, партияларға дауыстар, округтер, ережелер, түсіндірме</translation>
    </message>
    <message>
        <source>Chart as SVG vector drawing</source>
        <translation>SVG векторлық диаграммасы</translation>
    </message>
    <message>
        <source>the parliament chart as a vector SVG</source>
        <translation>парламенттегі орындар диаграммасы SVG векторлық пішімінде</translation>
    </message>
    <message>
        <source>{cm:dec1} cm wide at {dpi} dpi</source>
        <translation>{dpi} dpi кезінде ені {cm:dec1} см</translation>
    </message>
    <message>
        <source>the {suffix} format</source>
        <translation>{suffix} пішімі</translation>
    </message>
    <message>
        <source>the {layout} layout</source>
        <translation>{layout} зал пішіні</translation>
    </message>
    <message>
        <source>PNG width</source>
        <translation>PNG ені</translation>
    </message>
    <message>
        <source>Chart as PNG image</source>
        <translation>PNG суреті түріндегі диаграмма</translation>
    </message>
    <message>
        <source>the parliament chart as a PNG image</source>
        <translation>парламенттегі орындар диаграммасы PNG суреті түрінде</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>PDF есебі</translation>
    </message>
    <message>
        <source>a PDF report: rules, chart, results, threshold test, explanation</source>
        <translation>PDF есебі: ережелер, диаграмма, нәтижелер, межені тексеру, түсіндірме</translation>
    </message>
    <message>
        <source>Chart layout</source>
        <translation>Зал пішіні</translation>
    </message>
    <message>
        <source>Arc</source>
        <translation>Доға</translation>
    </message>
    <message>
        <source>degrees</source>
        <translation>градус</translation>
    </message>
</context>
<context>
    <name>headline</name>
    <message>
        <source>No seats allocated.</source>
        <translation>Орындар бөлінбеді.</translation>
    </message>
    <message>
        <source>{party} holds {held}: {status}.</source>
        <translation>{party}: {held} — {status}.</translation>
    </message>
    <message>
        <source>{seats} of {house} seats</source>
        <translation>{house} орынның {seats}</translation>
    </message>
    <message>
        <source>{seats} of {house} seats ({own} + {affiliated} self-nominated sitting with it)</source>
        <translation>{house} орынның {seats} ({own} + оның фракциясындағы өзін-өзі ұсынған {affiliated})</translation>
    </message>
    <message>
        <source>a two-thirds majority ({needed} needed)</source>
        <translation>үштен екі көпшілік ({needed} қажет)</translation>
    </message>
    <message>
        <source>a simple majority ({needed} needed), {short} short of two thirds</source>
        <translation>жай көпшілік ({needed} қажет), үштен екіге {short} жетпейді</translation>
    </message>
    <message>
        <source>{party} receives the most seats: {seats} of {house} ({share:pct1}).</source>
        <translation>Ең көп орынды {party} алады: {house} орынның {seats} ({share:pct1}).</translation>
    </message>
    <message>
        <source>no majority alone: {short} short of {needed}</source>
        <translation>жалғыз көпшілігі жоқ: {needed} дейін {short} жетпейді</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>{parties} {parties:plural:party|parties}{districts}{summed}; {votes} party votes; {counted} of {read} rows counted{problems}{uncertain}{checks}</source>
        <translation>{parties} партия{districts}{summed}; партияларға берілген дауыстар: {votes}; есепке алынған жолдар: {read} ішінен {counted}{problems}{uncertain}{checks}</translation>
    </message>
    <message>
        <source>, {n} {n:plural:district|districts} with candidate votes</source>
        <translation>, кандидаттардың дауыстары бар {n} округ</translation>
    </message>
    <message>
        <source>, {n} {n:plural:district or station|districts or stations}, summed into the national votes</source>
        <translation>, {n} округ немесе учаске, жалпыұлттық дауыстарға қосылды</translation>
    </message>
    <message>
        <source>; {n} {n:plural:problem|problems} listed (rows not counted)</source>
        <translation>; тізімде {n} мәселе (жолдар есепке алынбады)</translation>
    </message>
    <message>
        <source>; every row was read</source>
        <translation>; барлық жол оқылды</translation>
    </message>
    <message>
        <source>; {n} {n:plural:column|columns} guessed from {n:plural:its|their} cells only (check the mapping)</source>
        <translation>; {n} баған тек ұяшықтары бойынша анықталды (бағандардың мағынасын тексеріңіз)</translation>
    </message>
    <message>
        <source>; {n} {n:plural:row fails|rows fail} the protocol checks (listed)</source>
        <translation>; {n} жол хаттаманың бақылау арақатынастарына сәйкес келмейді (тізімде)</translation>
    </message>
    <message>
        <source>line {line:raw}: {reason}</source>
        <translation>{line:raw}-жол: {reason}</translation>
    </message>
    <message>
        <source>line {line:raw}, column &apos;{column}&apos;: {reason}</source>
        <translation>{line:raw}-жол, «{column}» бағаны: {reason}</translation>
    </message>
    <message>
        <source>{cells} {cells:plural:cell|cells} where the header has {width}; row not read (a line cut short? empty cells still need their delimiters)</source>
        <translation>{cells} ұяшық, ал тақырып жолында {width}; жол оқылмады (жол қысқартылған ба? бос ұяшықтарға да бөлгіштер керек)</translation>
    </message>
    <message>
        <source>{cells} {cells:plural:cell|cells} where the header has {width}; row not read (a stray delimiter, or an unquoted number such as 3,431,510?)</source>
        <translation>{cells} ұяшық, ал тақырып жолында {width}; жол оқылмады (артық бөлгіш немесе 3,431,510 сияқты тырнақшасыз сан ба?)</translation>
    </message>
    <message>
        <source>a cell in column {column}, which has no header; row not read</source>
        <translation>тақырыбы жоқ {column} бағанындағы ұяшық; жол оқылмады</translation>
    </message>
    <message>
        <source>{why}; row not counted</source>
        <translation>{why}; жол есепке алынбады</translation>
    </message>
    <message>
        <source>{why}; cell not counted</source>
        <translation>{why}; ұяшық есепке алынбады</translation>
    </message>
    <message>
        <source>a formula with no saved value ({formula}): open and save the file in a spreadsheet program to store its values</source>
        <translation>сақталған мәні жоқ формула ({formula}): мәндерін жазу үшін файлды электрондық кесте бағдарламасында ашып, сақтаңыз</translation>
    </message>
    <message>
        <source>no votes (empty cell); row not counted</source>
        <translation>дауыс жоқ (бос ұяшық); жол есепке алынбады</translation>
    </message>
    <message>
        <source>a total row (&apos;{label}&apos;); not counted</source>
        <translation>қорытынды жол («{label}»); есепке алынбады</translation>
    </message>
    <message>
        <source>no district name; row not counted</source>
        <translation>округ атауы жоқ; жол есепке алынбады</translation>
    </message>
    <message>
        <source>no candidate name; row not counted</source>
        <translation>кандидаттың аты-жөні жоқ; жол есепке алынбады</translation>
    </message>
    <message>
        <source>no party name; row not counted</source>
        <translation>партия атауы жоқ; жол есепке алынбады</translation>
    </message>
    <message>
        <source>text, not counts</source>
        <translation>сандар емес, мәтін</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>бос</translation>
    </message>
    <message>
        <source>totals, shares, seats, row numbers or dates</source>
        <translation>жиынтықтар, үлестер, орындар, жол нөмірлері немесе күндер</translation>
    </message>
    <message>
        <source>a second &apos;{kind}&apos; column; the first one is used</source>
        <translation>екінші «{kind}» бағаны; біріншісі қолданылады</translation>
    </message>
    <message>
        <source>an administrative level not used to group the rows</source>
        <translation>жолдар ол бойынша топталмайтын әкімшілік деңгей</translation>
    </message>
    <message>
        <source>numbers this layout does not read (one row per party or candidate)</source>
        <translation>кестенің бұл түрінде оқылмайтын сандар (әр партияға немесе кандидатқа бір жол)</translation>
    </message>
    <message>
        <source>skipped ({option})</source>
        <translation>өткізіліп жіберілді ({option})</translation>
    </message>
    <message>
        <source>{file}: what each column means (change with {option}): {layout}</source>
        <translation>{file}: әр бағанның мағынасы (өзгерту: {option}): {layout}</translation>
    </message>
    <message>
        <source>one row per district or polling station, one column per party</source>
        <translation>әр округке немесе сайлау учаскесіне бір жол, әр партияға бір баған</translation>
    </message>
    <message>
        <source>one row per party or candidate</source>
        <translation>әр партияға немесе кандидатқа бір жол</translation>
    </message>
    <message>
        <source>party &apos;{name}&apos; (id {id})</source>
        <translation>«{name}» партиясы (коды {id})</translation>
    </message>
    <message>
        <source>party &apos;{name}&apos; (id {id}, ballot number {n:raw})</source>
        <translation>«{name}» партиясы (коды {id}, бюллетеньдегі нөмірі {n:raw})</translation>
    </message>
    <message>
        <source>{meaning} [guessed from the cells]</source>
        <translation>{meaning} [ұяшықтар бойынша анықталды]</translation>
    </message>
    <message>
        <source>{file}: line {line:raw}: {relation}: {left} {op} {right}</source>
        <translation>{file}: {line:raw}-жол: {relation}: {left} {op} {right}</translation>
    </message>
    <message>
        <source>{file}: line {line:raw} ({station}): {relation}: {left} {op} {right}</source>
        <translation>{file}: {line:raw}-жол ({station}): {relation}: {left} {op} {right}</translation>
    </message>
    <message>
        <source>... and {n} more row(s) failing the protocol checks</source>
        <translation>... және хаттаманың бақылау арақатынастарына сәйкес келмейтін тағы {n} жол</translation>
    </message>
    <message>
        <source>protocol checks: {rows} rows, {relations}: {failed} row(s) fail</source>
        <translation>хаттаманың бақылау арақатынастары: {rows} жол, {relations}: сәйкес келмейтін жолдар — {failed}</translation>
    </message>
    <message>
        <source>{n} relation(s) ({each})</source>
        <translation>{n} арақатынас ({each})</translation>
    </message>
    <message>
        <source>protocol checks: none apply (the table lacks the lines they relate)</source>
        <translation>хаттаманың бақылау арақатынастары: бірде-бірі қолданылмайды (кестеде олар байланыстыратын жолдар жоқ)</translation>
    </message>
    <message>
        <source>20-FZ Annex 5: {formula}</source>
        <translation>№ 20-ФЗ заң, 5-қосымша: {formula}</translation>
    </message>
    <message>
        <source>Imported from {source}: {rows} rows read{problems}{registered}.</source>
        <translation>{source} файлынан импортталды: {rows} жол оқылды{problems}{registered}.</translation>
    </message>
    <message>
        <source>Imported from a table: {rows} rows read{problems}{registered}.</source>
        <translation>Кестеден импортталды: {rows} жол оқылды{problems}{registered}.</translation>
    </message>
    <message>
        <source>, {n} {n:plural:problem|problems} left out (see the import report)</source>
        <translation>, {n} мәселе есепке алынбады (импорт есебін қараңыз)</translation>
    </message>
    <message>
        <source>; {n} registered voters</source>
        <translation>; тізімдегі сайлаушылар: {n}</translation>
    </message>
    <message>
        <source>registered voters (on the list)</source>
        <translation>сайлаушылар тізіміне енгізілген сайлаушылар саны</translation>
    </message>
    <message>
        <source>ballots received by the commission</source>
        <translation>учаскелік сайлау комиссиясы алған сайлау бюллетеньдерінің саны</translation>
    </message>
    <message>
        <source>ballots issued early</source>
        <translation>мерзімінен бұрын дауыс берген сайлаушыларға берілген сайлау бюллетеньдерінің саны</translation>
    </message>
    <message>
        <source>ballots issued at the station</source>
        <translation>дауыс беру күні дауыс беруге арналған үй-жайда берілген сайлау бюллетеньдерінің саны</translation>
    </message>
    <message>
        <source>ballots issued outside the station</source>
        <translation>дауыс беру күні дауыс беруге арналған үй-жайдан тыс берілген сайлау бюллетеньдерінің саны</translation>
    </message>
    <message>
        <source>ballots issued (all)</source>
        <translation>сайлаушыларға берілген сайлау бюллетеньдерінің саны (барлығы)</translation>
    </message>
    <message>
        <source>ballots cancelled or unused</source>
        <translation>өтелген (пайдаланылмаған) сайлау бюллетеньдерінің саны</translation>
    </message>
    <message>
        <source>ballots in portable boxes</source>
        <translation>дауыс беруге арналған жылжымалы жәшіктердегі сайлау бюллетеньдерінің саны</translation>
    </message>
    <message>
        <source>ballots in stationary boxes</source>
        <translation>дауыс беруге арналған стационарлық жәшіктердегі сайлау бюллетеньдерінің саны</translation>
    </message>
    <message>
        <source>ballots found in the boxes</source>
        <translation>дауыс беруге арналған жәшіктерден табылған сайлау бюллетеньдерінің саны</translation>
    </message>
    <message>
        <source>ballots not subject to counting</source>
        <translation>есепке алынбайтын сайлау бюллетеньдерінің саны</translation>
    </message>
    <message>
        <source>voters on the home-voting extract</source>
        <translation>тұрған жерінде дауыс беру үшін тізімнен үзіндіге енгізілген сайлаушылар саны</translation>
    </message>
    <message>
        <source>voters who voted at the station</source>
        <translation>дауыс беруге арналған үй-жайда дауыс берген сайлаушылар саны</translation>
    </message>
    <message>
        <source>voters who voted outside the station</source>
        <translation>дауыс беруге арналған үй-жайдан тыс дауыс берген сайлаушылар саны</translation>
    </message>
    <message>
        <source>ballots cast (voters who took part)</source>
        <translation>дауыс беруге қатысқан сайлаушылар саны</translation>
    </message>
    <message>
        <source>invalid ballots</source>
        <translation>жарамсыз сайлау бюллетеньдерінің саны</translation>
    </message>
    <message>
        <source>valid ballots</source>
        <translation>жарамды сайлау бюллетеньдерінің саны</translation>
    </message>
    <message>
        <source>ballots lost</source>
        <translation>жоғалған сайлау бюллетеньдерінің саны</translation>
    </message>
    <message>
        <source>ballots not accounted for</source>
        <translation>алу кезінде есепке алынбаған сайлау бюллетеньдерінің саны</translation>
    </message>
    <message>
        <source>against all</source>
        <translation>барлығына қарсы</translation>
    </message>
    <message>
        <source>registered ≥ ballots issued (early + at the station + outside)</source>
        <translation>тізімдегі сайлаушылар ≥ берілген бюллетеньдер (мерзімінен бұрын + үй-жайда + үй-жайдан тыс)</translation>
    </message>
    <message>
        <source>ballots received = issued + cancelled + lost − not accounted for</source>
        <translation>алынған бюллетеньдер = берілген + өтелген + жоғалған − алу кезінде есепке алынбаған</translation>
    </message>
    <message>
        <source>ballots in the boxes (portable + stationary) = invalid + valid</source>
        <translation>жәшіктердегі бюллетеньдер (жылжымалы + стационарлық) = жарамсыз + жарамды</translation>
    </message>
    <message>
        <source>ballots cast = invalid + valid</source>
        <translation>дауыс беруге қатысқандар = жарамсыз + жарамды бюллетеньдер</translation>
    </message>
    <message>
        <source>valid ballots = the parties&apos; votes</source>
        <translation>жарамды бюллетеньдер = партияларға берілген дауыстар</translation>
    </message>
    <message>
        <source>valid ballots = the parties&apos; votes + against all</source>
        <translation>жарамды бюллетеньдер = партияларға берілген дауыстар + «барлығына қарсы»</translation>
    </message>
    <message>
        <source>ballots issued = at the station + outside</source>
        <translation>берілген бюллетеньдер = үй-жайда + үй-жайдан тыс</translation>
    </message>
    <message>
        <source>voters who voted = at the station + outside</source>
        <translation>дауыс берген сайлаушылар = үй-жайда + үй-жайдан тыс</translation>
    </message>
    <message>
        <source>registered ≥ ballots issued</source>
        <translation>тізімдегі сайлаушылар ≥ берілген бюллетеньдер</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>(қолданылмайды)</translation>
    </message>
    <message>
        <source>Party name</source>
        <translation>Партия атауы</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Дауыстар</translation>
    </message>
    <message>
        <source>District (rows grouped by it)</source>
        <translation>Округ (жолдар ол бойынша топталады)</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Кандидат</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>Polling station</source>
        <translation>Сайлау учаскесі</translation>
    </message>
    <message>
        <source>Votes of a party (one column per party)</source>
        <translation>Партияға берілген дауыстар (әр партияға бір баған)</translation>
    </message>
    <message>
        <source>the party&apos;s name</source>
        <translation>партия атауы</translation>
    </message>
    <message>
        <source>the votes</source>
        <translation>дауыстар</translation>
    </message>
    <message>
        <source>the district: rows are grouped by it</source>
        <translation>округ: жолдар ол бойынша топталады</translation>
    </message>
    <message>
        <source>the candidate&apos;s name</source>
        <translation>кандидаттың аты-жөні</translation>
    </message>
    <message>
        <source>the region: the districts&apos; regions and the per-region summaries</source>
        <translation>өңір: округтердің өңірлері және өңірлер бойынша жиынтықтар</translation>
    </message>
    <message>
        <source>the polling station: a row&apos;s label in the checks</source>
        <translation>сайлау учаскесі: тексерулердегі жолдың белгісі</translation>
    </message>
</context>
<context>
    <name>linkage</name>
    <message>
        <source>Additional member: each region&apos;s list seats by the divisor sequence, the district seats won in the region counted first.</source>
        <translation>Қосымша мандаттар жүйесі: әр өңірдегі тізім бойынша орындар бөлгіштер қатары бойынша бөлінеді, өңірде округтер бойынша алынған орындар алдымен есепке алынады.</translation>
    </message>
    <message>
        <source>Additional member (Scotland, Wales)</source>
        <translation>Қосымша мандаттар жүйесі (Шотландия, Уэльс)</translation>
    </message>
    <message>
        <source>Compensatory: list seats top up district seats to a proportional share of the whole house; overhang seats are kept (the house grows).</source>
        <translation>Аралас байланысқан жүйе: тізім бойынша орындар округтер бойынша орындарды бүкіл палатадағы пропорционалды үлеске дейін толықтырады; артық мандаттар сақталады (палата ұлғаяды).</translation>
    </message>
    <message>
        <source>Compensatory: list seats top up district seats to a proportional share of the whole house; the house grows until every party is proportional (levelling).</source>
        <translation>Аралас байланысқан жүйе: тізім бойынша орындар округтер бойынша орындарды бүкіл палатадағы пропорционалды үлеске дейін толықтырады; барлық партия пропорционалды болғанша палата ұлғаяды (теңестіру).</translation>
    </message>
    <message>
        <source>Compensatory: list seats top up district seats to a proportional share of the whole house; district winners beyond the entitlement are not seated.</source>
        <translation>Аралас байланысқан жүйе: тізім бойынша орындар округтер бойынша орындарды бүкіл палатадағы пропорционалды үлеске дейін толықтырады; тиесіліден тыс округ жеңімпаздары мандат алмайды.</translation>
    </message>
    <message>
        <source>Compensatory MMP (New Zealand, Germany)</source>
        <translation>Аралас байланысқан (Жаңа Зеландия, Германия)</translation>
    </message>
    <message>
        <source>Keep overhang: the house grows (New Zealand)</source>
        <translation>Артық мандаттар сақталады: палата ұлғаяды (Жаңа Зеландия)</translation>
    </message>
    <message>
        <source>Level: the house grows until proportional (Germany 2013-21)</source>
        <translation>Теңестіру: палата пропорционалдыққа дейін ұлғаяды (Германия 2013–2021)</translation>
    </message>
    <message>
        <source>Drop uncovered district winners (Germany 2025)</source>
        <translation>Үлестен тыс округ жеңімпаздары мандат алмайды (Германия 2025)</translation>
    </message>
    <message>
        <source>Parallel: the list tier by constituency, independent of the district tier.</source>
        <translation>Параллель жүйе: тізімдер — көпмандатты округтер бойынша, бір мандатты округтерге тәуелсіз.</translation>
    </message>
    <message>
        <source>Parallel: the tiers are independent.</source>
        <translation>Параллель жүйе: бөліктер бір-біріне тәуелсіз.</translation>
    </message>
    <message>
        <source>Parallel (tiers independent: Kazakhstan, Russia)</source>
        <translation>Параллель (бөліктер тәуелсіз: Қазақстан, Ресей)</translation>
    </message>
    <message>
        <source>Entitlement: {items:list}.</source>
        <translation>Тиесілі: {items:list}.</translation>
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
        <translation>Палата: заң бойынша {base} орын, артық мандаттар ережесінен кейін {total}.</translation>
    </message>
    <message>
        <source>{party} won {won} district {won:plural:seat|seats}, entitled to {entitlement}: {n} overhang {n:plural:seat|seats}.</source>
        <translation>{party}: округтерде {won} орын, тиесілісі {entitlement}: {n} артық мандат.</translation>
    </message>
    <message>
        <source>Levelling seats: {items:list}.</source>
        <translation>Теңестіруші мандаттар: {items:list}.</translation>
    </message>
    <message>
        <source>{party}: {n} district {n:plural:winner|winners} not seated (beyond its entitlement of {entitlement}).</source>
        <translation>{party}: округтердегі {n} жеңімпаз мандат алмады (тиесілі {entitlement} орыннан тыс).</translation>
    </message>
    <message>
        <source>{party}: {n} district {n:plural:winner|winners} not seated (beyond the seats of its Land lists in their Länder).</source>
        <translation>{party}: округтердегі {n} жеңімпаз мандат алмады (жер тізімдерінің өз жерлеріндегі орындарынан тыс).</translation>
    </message>
    <message>
        <source>{party}: {n} district {n:plural:winner|winners} not seated (the party did not qualify).</source>
        <translation>{party}: округтердегі {n} жеңімпаз мандат алмады (партия межеден өтпеді).</translation>
    </message>
    <message>
        <source>Not seated: {candidate} ({party}, {district}, {share:pct} of the district&apos;s votes).</source>
        <translation>Мандат алмады: {candidate} ({party}, {district}, округтегі дауыстардың {share:pct}).</translation>
    </message>
    <message>
        <source>Not seated: {n} of {party}&apos;s winners known only from declared totals.</source>
        <translation>Мандат алмады: {party} партиясының тек жиынтықтардан белгілі жеңімпаздарының {n}.</translation>
    </message>
    <message>
        <source>Biproportional: the seats among the lists nationwide, then in each district by district and list divisors (double proportional).</source>
        <translation>Бипропорционалды жүйе: орындар алдымен бүкіл ел бойынша тізімдер арасында, содан кейін әр округте округтер мен тізімдердің бөлгіштері бойынша бөлінеді (қос пропорционалдық).</translation>
    </message>
    <message>
        <source>Biproportional (Zurich, Swiss cantons)</source>
        <translation>Бипропорционалды (Цюрих, Швейцария кантондары)</translation>
    </message>
    <message>
        <source>Compensatory with Land lists (Germany 2013-2017): Land quotas by population, each Land list at least its district seats, the house grown until every party has its minimum.</source>
        <translation>Жер тізімдерімен аралас байланысқан жүйе (Германия, 2013–2017): жерлердің квоталары халық санына қарай, әр жер тізімі өзінің округтердегі орындарынан кем алмайды, әр партияның ең аз орын саны болғанша палата ұлғаяды.</translation>
    </message>
    <message>
        <source>Compensatory with Land lists (Germany 2020-2021): Land quotas by population, minimum seats by the mean rule, the house grown until every party has its minimum, up to three overhang seats left uncompensated.</source>
        <translation>Жер тізімдерімен аралас байланысқан жүйе (Германия, 2020–2021): жерлердің квоталары халық санына қарай, ең аз орын саны орташа мән ережесі бойынша, әр партияның ең аз орын саны болғанша палата ұлғаяды, үшке дейін артық мандат өтелмейді.</translation>
    </message>
    <message>
        <source>Compensatory with Land lists (Germany since 2023): the house shared nationwide by second votes, each party&apos;s seats among its Land lists; in each Land its district winners are seated in order of first-vote share as far as its Land list&apos;s seats cover them (Zweitstimmendeckung).</source>
        <translation>Жер тізімдерімен аралас байланысқан жүйе (Германия, 2023 жылдан бастап): палата орындары бүкіл ел бойынша екінші дауыстармен бөлінеді, әр партияның орындары — оның жер тізімдері арасында; әр жерде партияның округ жеңімпаздары бірінші дауыстар үлесінің ретімен жер тізімінің орындары жеткенше мандат алады (екінші дауыстармен қамту).</translation>
    </message>
    <message>
        <source>Compensatory with Land lists (Germany)</source>
        <translation>Жер тізімдерімен аралас байланысқан (Германия)</translation>
    </message>
    <message>
        <source>Minimum seats, mean rule, 3 uncompensated (Germany 2020-21)</source>
        <translation>Ең аз орын саны, орташа мән ережесі, 3 өтелмеген (Германия, 2020–2021)</translation>
    </message>
    <message>
        <source>Minimum seats per Land list (Germany 2013-17)</source>
        <translation>Жер тізімдері бойынша ең аз орын саны (Германия, 2013–2017)</translation>
    </message>
    <message>
        <source>Levelling seats: each constituency&apos;s seats apart, then national levelling seats bring the parties above the levelling threshold to their share of the whole house, placed in constituencies.</source>
        <translation>Теңестіруші мандаттар: әр көпмандатты округтің орындары жеке бөлінеді, содан кейін жалпыұлттық теңестіруші мандаттар теңестіру межесінен өткен партияларды бүкіл палатадағы үлесіне жеткізеді және округтерге орналастырылады.</translation>
    </message>
    <message>
        <source>Levelling seats (Norway, Sweden)</source>
        <translation>Теңестіруші мандаттар (Норвегия, Швеция)</translation>
    </message>
    <message>
        <source>Regions with a second scrutiny: each region&apos;s seats by its votes, whole quotas in each region, and the seats left shared nationwide on the lists&apos; remainders.</source>
        <translation>Өңірлер және екінші скрутиниум: әр өңірдің орындары оның дауыстары бойынша, әр өңірде — бүтін квоталар бойынша, ал қалған орындар бүкіл ел бойынша тізімдердің дауыс қалдықтарымен бөлінеді.</translation>
    </message>
    <message>
        <source>Regions and a national second scrutiny (Czechia 2021)</source>
        <translation>Өңірлер және жалпыұлттық екінші скрутиниум (Чехия, 2021)</translation>
    </message>
</context>
<context>
    <name>method</name>
    <message>
        <source>D&apos;Hondt</source>
        <translation>Д&apos;Ондт әдісі</translation>
    </message>
    <message>
        <source>D&apos;Hondt (Jefferson), divisors 1, 2, 3, ...</source>
        <translation>Д&apos;Ондт әдісі (Джефферсон), бөлгіштер 1, 2, 3, ...</translation>
    </message>
    <message>
        <source>Favours larger parties; Spain, Portugal, Belgium, Finland.</source>
        <translation>Ірі партияларға тиімді; Испания, Португалия, Бельгия, Финляндия.</translation>
    </message>
    <message>
        <source>Sainte-Laguë</source>
        <translation>Сент-Лагю әдісі</translation>
    </message>
    <message>
        <source>Sainte-Laguë (Webster), divisors 1, 3, 5, ...</source>
        <translation>Сент-Лагю әдісі (Уэбстер), бөлгіштер 1, 3, 5, ...</translation>
    </message>
    <message>
        <source>First divisor configurable: Norway 1.4, Sweden 1.2.</source>
        <translation>Бірінші бөлгішті орнатуға болады: Норвегия 1,4, Швеция 1,2.</translation>
    </message>
    <message>
        <source>Huntington-Hill</source>
        <translation>Хантингтон — Хилл әдісі</translation>
    </message>
    <message>
        <source>Huntington-Hill (equal proportions), divisors √(n(n+1))</source>
        <translation>Хантингтон — Хилл әдісі (тең пропорциялар), бөлгіштер √(n(n+1))</translation>
    </message>
    <message>
        <source>US House apportionment since 1941; every unit with votes gets a seat first.</source>
        <translation>1941 жылдан бері АҚШ Өкілдер палатасындағы орындарды бөлу; дауысы бар әр бірлік алдымен бір орын алады.</translation>
    </message>
    <message>
        <source>Adams</source>
        <translation>Адамс әдісі</translation>
    </message>
    <message>
        <source>Adams (smallest divisors), divisors 0, 1, 2, ...</source>
        <translation>Адамс әдісі (ең кіші бөлгіштер), бөлгіштер 0, 1, 2, ...</translation>
    </message>
    <message>
        <source>Favours small units; every unit with votes gets a seat first.</source>
        <translation>Шағын бірліктерге тиімді; дауысы бар әр бірлік алдымен бір орын алады.</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Дат әдісі</translation>
    </message>
    <message>
        <source>Danish, divisors 1, 4, 7, ...</source>
        <translation>Дат әдісі, бөлгіштер 1, 4, 7, ...</translation>
    </message>
    <message>
        <source>Used for Denmark&apos;s supplementary seats.</source>
        <translation>Даниядағы қосымша орындар үшін қолданылады.</translation>
    </message>
    <message>
        <source>Imperiali</source>
        <translation>Империали әдісі</translation>
    </message>
    <message>
        <source>Imperiali, divisors 2, 3, 4, ...</source>
        <translation>Империали әдісі, бөлгіштер 2, 3, 4, ...</translation>
    </message>
    <message>
        <source>Belgian municipal elections; strongly favours large parties.</source>
        <translation>Бельгиядағы муниципалдық сайлау; ірі партияларға өте тиімді.</translation>
    </message>
    <message>
        <source>Hare</source>
        <translation>Хэйр квотасы</translation>
    </message>
    <message>
        <source>Hare quota (votes/seats), largest remainder</source>
        <translation>Хэйр квотасы (дауыстар/орындар), ең үлкен қалдық</translation>
    </message>
    <message>
        <source>Kazakhstan, Russia; neutral between large and small parties.</source>
        <translation>Қазақстан, Ресей; ірі және шағын партияларға бейтарап.</translation>
    </message>
    <message>
        <source>Droop</source>
        <translation>Друп квотасы</translation>
    </message>
    <message>
        <source>Droop quota (⌊votes/(seats+1)⌋+1), largest remainder</source>
        <translation>Друп квотасы (⌊дауыстар/(орындар+1)⌋+1), ең үлкен қалдық</translation>
    </message>
    <message>
        <source>The integer Droop quota; Ireland, South Africa.</source>
        <translation>Бүтін санды Друп квотасы; Ирландия, ОАР.</translation>
    </message>
    <message>
        <source>Hagenbach-Bischoff</source>
        <translation>Хагенбах — Бишофф квотасы</translation>
    </message>
    <message>
        <source>Hagenbach-Bischoff quota (votes/(seats+1)), largest remainder</source>
        <translation>Хагенбах — Бишофф квотасы (дауыстар/(орындар+1)), ең үлкен қалдық</translation>
    </message>
    <message>
        <source>Can fill one seat too many when every remainder is zero.</source>
        <translation>Барлық қалдық нөлге тең болса, бір орынды артық бөлуі мүмкін.</translation>
    </message>
    <message>
        <source>Imperiali quota</source>
        <translation>Империали квотасы</translation>
    </message>
    <message>
        <source>Imperiali quota (votes/(seats+2)), largest remainder</source>
        <translation>Империали квотасы (дауыстар/(орындар+2)), ең үлкен қалдық</translation>
    </message>
    <message>
        <source>Italy 1946-1993; can fill more seats than exist.</source>
        <translation>Италия 1946–1993; бар орындардан көп бөлуі мүмкін.</translation>
    </message>
    <message>
        <source>{method}, first divisor {divisor:num}</source>
        <translation>{method}, бірінші бөлгіш {divisor:num}</translation>
    </message>
    <message>
        <source>{method}, at least {n} {n:plural:seat|seats} each</source>
        <translation>{method}, әрқайсысына кемінде {n} орын</translation>
    </message>
</context>
<context>
    <name>names</name>
    <message>
        <source>New scenario</source>
        <translation>Жаңа сценарий</translation>
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
        <translation>Көпмандатты округ {n}</translation>
    </message>
    <message>
        <source>Whole country</source>
        <translation>Бүкіл ел</translation>
    </message>
</context>
<context>
    <name>note</name>
    <message>
        <source>The count by {method} filled {over} {over:plural:seat|seats} more than exist; it was redone with {fallback}.</source>
        <translation>«{method}» бойынша бөлу бар орындардан {over} орын артық берді; бөлу «{fallback}» бойынша қайталанды.</translation>
    </message>
    <message>
        <source>{constituency}: {note}</source>
        <translation>{constituency}: {note}</translation>
    </message>
    <message>
        <source>Majority bonus: {party}, the largest list with {share:pct} of the base, gets {n} bonus {n:plural:seat|seats}; the other {rest} seats are shared proportionally, {party} included.</source>
        <translation>Көпшілік бонусы: негіздің {share:pct} үлесін алған ең ірі тізім — {party} {n} бонус орын алады; қалған {rest} орын {party} қоса алғанда пропорционалды бөлінеді.</translation>
    </message>
    <message>
        <source>Majority bonus: {party}, the largest list, would hold {held} seats, short of {target}: it is topped up by {n} {n:plural:seat|seats}, and the other lists share the remaining {rest} list seats.</source>
        <translation>Көпшілік бонусы: ең ірі тізім — {party} {held} орын алар еді, бұл {target} орыннан аз: оған {n} орын қосылады, ал басқа тізімдер тізім бойынша қалған {rest} орынды бөліседі.</translation>
    </message>
    <message>
        <source>Majority bonus: {party}, the largest list, holds {held} seats, at least the {target} of the top-up: no bonus.</source>
        <translation>Көпшілік бонусы: ең ірі тізім — {party} {held} орынға ие, бұл толықтырылатын {target} орыннан кем емес: бонус жоқ.</translation>
    </message>
    <message>
        <source>Majority bonus: {party}, the largest list, has {share:pct} of the base, below the {limit:pctv} needed: no bonus.</source>
        <translation>Көпшілік бонусы: ең ірі тізім — {party} негіздің {share:pct} үлесіне ие, бұл қажетті {limit:pctv} төмен: бонус жоқ.</translation>
    </message>
    <message>
        <source>Minimum seats: {items:list}; the house grew from {base} to {house} seats shared nationwide so that every party has its minimum.</source>
        <translation>Ең аз орын саны: {items:list}; әр партияның ең аз орын саны болуы үшін бүкіл ел бойынша бөлінетін палата {base} орыннан {house} орынға дейін ұлғайды.</translation>
    </message>
    <message>
        <source>Second-vote coverage, {land}: the Land list of {party} has {seats} {seats:plural:seat|seats} for its {won} district winners; {n} {n:plural:winner|winners} with the lowest first-vote {n:plural:share is|shares are} not seated.</source>
        <translation>Екінші дауыстармен қамту, {land}: {party} партиясының жер тізімінде округтердегі {won} жеңімпазына {seats} орын бар; бірінші дауыстар үлесі ең төмен {n} жеңімпаз мандат алмайды.</translation>
    </message>
    <message>
        <source>Majority clause: {party}, with more than half of the qualifying second votes, gets {n} more {n:plural:seat|seats} and holds a majority of the house of {house}.</source>
        <translation>Көпшілік туралы ереже: межеден өткен партиялардың екінші дауыстарының жартысынан көбін алған {party} тағы {n} орын алады және {house} орындық палатада көпшілікке ие болады.</translation>
    </message>
    <message>
        <source>Second scrutiny: {n} {n:plural:seat|seats} not given in the regions ({regions:list}), shared on the lists&apos; remainders ({total} votes; {number} a seat): {items:list}.</source>
        <translation>Екінші скрутиниум: өңірлерде ({regions:list}) бөлінбеген {n} орын тізімдердің дауыс қалдықтары бойынша бөлінді ({total} дауыс; бір орынға {number}): {items:list}.</translation>
    </message>
    <message>
        <source>Overhang seats left uncompensated, on top of the nationwide share: {items:list}.</source>
        <translation>Жалпыұлттық үлестен тыс өтелмей қалған артық мандаттар: {items:list}.</translation>
    </message>
    <message>
        <source>Opposition minimum: {party} holds {held} of {house} seats, leaving the others less than {share:pct}; they get {n} additional {n:plural:seat|seats}, shared by the list method.</source>
        <translation>Оппозицияның ең аз үлесі: {party} партиясында {house} орынның {held}, басқаларында {share:pct} аз; олар тізімдер әдісімен бөлінетін {n} қосымша орын алады.</translation>
    </message>
    <message>
        <source>Surplus agreement: {lists:list} counted as one list won {seats} {seats:plural:seat|seats}, shared between them: {split:list}.</source>
        <translation>Артық дауыстар туралы келісім: бір тізім ретінде есептелген {lists:list} {seats} орын алды, олар арасында бөлінді: {split:list}.</translation>
    </message>
    <message>
        <source>Constituency seats beyond the national share, kept (the party left the national count with them): {items:list}.</source>
        <translation>Жалпыұлттық үлестен тыс көпмандатты округтердегі орындар сақталды (партия оларымен бірге жалпыұлттық есептен шығарылды): {items:list}.</translation>
    </message>
    <message>
        <source>Upper apportionment (the lists nationwide): {items:list}.</source>
        <translation>Жоғарғы бөлу (бүкіл ел бойынша тізімдер): {items:list}.</translation>
    </message>
    <message>
        <source>Lower apportionment: seats = votes ÷ (district divisor × list divisor), rounded; district divisors {districts:list}; list divisors {lists:list}.</source>
        <translation>Төменгі бөлу: орындар = дауыстар ÷ (округ бөлгіші × тізім бөлгіші), дөңгелектеніп; округтер бөлгіштері {districts:list}; тізімдер бөлгіштері {lists:list}.</translation>
    </message>
    <message>
        <source>{name} {divisor:num}</source>
        <translation>{name} {divisor:num}</translation>
    </message>
    <message>
        <source>Cap: {party} would hold {held} seats, above its cap of {cap}: it gets {list_seats} list {list_seats:plural:seat|seats} and the other parties share the rest.</source>
        <translation>Шек: {party} партиясы {held} орын алар еді, бұл оның {cap} шегінен жоғары: ол тізім бойынша {list_seats} орын алады, қалғанын басқа партиялар бөліседі.</translation>
    </message>
    <message>
        <source>{party} won {won} list seats but has {length} {length:plural:candidate|candidates} left: the other {passed} {passed:plural:seat went|seats went} to the other lists by the same method.</source>
        <translation>{party} тізім бойынша {won} орын алды, бірақ тізімде {length} кандидат қалды: қалған {passed} орын сол әдіспен басқа тізімдерге өтті.</translation>
    </message>
</context>
<context>
    <name>observer</name>
    <message>
        <source>ballots issued</source>
        <translation>берілген бюллетеньдер</translation>
    </message>
    <message>
        <source>ballots cast</source>
        <translation>жәшіктерге салынған бюллетеньдер</translation>
    </message>
    <message>
        <source>An anomaly is not proof of fraud: it says where to look closer (the stations, their protocols, the observers&apos; reports), not what happened there.</source>
        <translation>Ауытқу — бұрмалаудың дәлелі емес: ол не болғанын емес, қай жерге мұқият қарау керегін көрсетеді (учаскелер, олардың хаттамалары, бақылаушылардың хабарламалары).</translation>
    </message>
    <message>
        <source>Kobak, Shpilkin and Pshenichnikov (2016), {title}</source>
        <translation>Кобак, Шпилькин және Пшеничников (2016), {title}</translation>
    </message>
</context>
<context>
    <name>refusal</name>
    <message>
        <source>the {suffix} format takes no {name}</source>
        <translation>{suffix} пішімі {name} параметрін қабылдамайды</translation>
    </message>
    <message>
        <source>expected zero or more seats, got {got}</source>
        <translation>нөл немесе одан көп орын күтілді, {got} алынды</translation>
    </message>
    <message>
        <source>give one or the other</source>
        <translation>екеуінің бірін беріңіз</translation>
    </message>
    <message>
        <source>expected &quot;party=percent&quot; with a percent from 0 to 100, got {got}</source>
        <translation>0-ден 100-ге дейінгі пайызы бар «партия=пайыз» күтілді, алынғаны: {got}</translation>
    </message>
    <message>
        <source>no share given</source>
        <translation>бірде-бір үлес берілмеген</translation>
    </message>
    <message>
        <source>unknown export format {suffix} (known: {known})</source>
        <translation>белгісіз экспорт пішімі {suffix} (белгілілері: {known})</translation>
    </message>
    <message>
        <source>the key {key} appears twice in one object (which one is meant cannot be told)</source>
        <translation>{key} кілті бір нысанда екі рет кездеседі (қайсысы меңзелгенін анықтау мүмкін емес)</translation>
    </message>
    <message>
        <source>{name} is not a number a count can hold</source>
        <translation>{name} — сан ретінде қабылдануы мүмкін емес мән</translation>
    </message>
    <message>
        <source>larger than the limit of {limit} characters for a scenario</source>
        <translation>сценарий үшін {limit} таңба шегінен үлкен</translation>
    </message>
    <message>
        <source>not valid JSON ({why} at line {line})</source>
        <translation>жарамсыз JSON ({why}, {line}-жол)</translation>
    </message>
    <message>
        <source>not a scenario (JSON nested too deeply)</source>
        <translation>сценарий емес (JSON тым терең кірістірілген)</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>нысан</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>тізім</translation>
    </message>
    <message>
        <source>text</source>
        <translation>мәтін</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>expected an object, got {got}</source>
        <translation>нысан күтілді, алынғаны: {got}</translation>
    </message>
    <message>
        <source>not a field this version of SeatCalc knows (docs/format.md); a file from a newer version?</source>
        <translation>SeatCalc-тың бұл нұсқасы білмейтін өріс (docs/format.md); жаңарақ нұсқаның файлы ма?</translation>
    </message>
    <message>
        <source>expected a list, got {got}</source>
        <translation>тізім күтілді, алынғаны: {got}</translation>
    </message>
    <message>
        <source>{n} entries, more than the limit of {limit}</source>
        <translation>{n} элемент — {limit} шегінен көп</translation>
    </message>
    <message>
        <source>missing (required)</source>
        <translation>жоқ (міндетті өріс)</translation>
    </message>
    <message>
        <source>expected a non-negative integer, got {got}</source>
        <translation>теріс емес бүтін сан күтілді, алынғаны: {got}</translation>
    </message>
    <message>
        <source>{n} is more than the limit of {limit}</source>
        <translation>{n} — {limit} шегінен көп</translation>
    </message>
    <message>
        <source>expected a number, got {got}</source>
        <translation>сан күтілді, алынғаны: {got}</translation>
    </message>
    <message>
        <source>expected text, got {got}</source>
        <translation>мәтін күтілді, алынғаны: {got}</translation>
    </message>
    <message>
        <source>{n} characters, more than the limit of {limit}</source>
        <translation>{n} таңба — {limit} шегінен көп</translation>
    </message>
    <message>
        <source>contains a control character: {got}</source>
        <translation>басқару таңбасы бар: {got}</translation>
    </message>
    <message>
        <source>expected true or false, got {got}</source>
        <translation>true немесе false күтілді, алынғаны: {got}</translation>
    </message>
    <message>
        <source>expected one of {allowed}; got {got}</source>
        <translation>мыналардың бірі күтілді: {allowed}; алынғаны: {got}</translation>
    </message>
    <message>
        <source>no such built-in scenario (known: {known})</source>
        <translation>мұндай кірістірілген сценарий жоқ (белгілілері: {known})</translation>
    </message>
    <message>
        <source>no such template (known: {known})</source>
        <translation>мұндай үлгі жоқ (белгілілері: {known})</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>мұндай файл жоқ</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>UTF-8 мәтіні емес</translation>
    </message>
    <message>
        <source>cannot be read ({why})</source>
        <translation>оқу мүмкін емес ({why})</translation>
    </message>
    <message>
        <source>{target} is the input file; writing there would destroy it (choose another name)</source>
        <translation>{target} — кіріс файлы; оған жазу оны жойып жібереді (басқа атау таңдаңыз)</translation>
    </message>
    <message>
        <source>duplicate id &quot;{id}&quot;</source>
        <translation>қайталанатын идентификатор «{id}»</translation>
    </message>
    <message>
        <source>expected &quot;{expected}&quot;, got {got}</source>
        <translation>«{expected}» күтілді, алынғаны: {got}</translation>
    </message>
    <message>
        <source>expected {expected} (this SeatCalc reads version 1), got {got}</source>
        <translation>{expected} күтілді (SeatCalc-тың бұл нұсқасы 1-нұсқаны оқиды), алынғаны: {got}</translation>
    </message>
    <message>
        <source>the house has no seats (every tier has 0)</source>
        <translation>палатада орын жоқ (әр деңгейде 0)</translation>
    </message>
    <message>
        <source>a house of {n} seats is more than the limit of {limit}</source>
        <translation>{n} орындық палата — {limit} шегінен көп</translation>
    </message>
    <message>
        <source>expected a language code such as ru or kk</source>
        <translation>тіл коды күтілді, мысалы ru немесе kk</translation>
    </message>
    <message>
        <source>expected at least one party, got none</source>
        <translation>кемінде бір партия күтілді, бірде-біреуі жоқ</translation>
    </message>
    <message>
        <source>expected a non-empty id</source>
        <translation>бос емес идентификатор күтілді</translation>
    </message>
    <message>
        <source>expected #rrggbb, got {got}</source>
        <translation>#rrggbb күтілді, алынғаны: {got}</translation>
    </message>
    <message>
        <source>applies to divisor methods only, not {method}</source>
        <translation>тек бөлгіштер әдістеріне қолданылады, {method} әдісіне емес</translation>
    </message>
    <message>
        <source>a minimum per unit needs a divisor method, not {method}</source>
        <translation>бірлікке ең аз орынға {method} емес, бөлгіштер әдісі қажет</translation>
    </message>
    <message>
        <source>is {seats} but the constituencies have {total} seats</source>
        <translation>{seats} тең, ал көпмандатты округтерде {total} орын</translation>
    </message>
    <message>
        <source>with constituencies, give list_lengths in each constituency (the lists are theirs)</source>
        <translation>көпмандатты округтер болғанда list_lengths мәнін әр округте беріңіз (тізімдер соларға тиесілі)</translation>
    </message>
    <message>
        <source>is {seats} but the constituencies take {placed} levelling seats (levelling_seats)</source>
        <translation>{seats} тең, ал көпмандатты округтер {placed} теңестіруші мандат алады (levelling_seats)</translation>
    </message>
    <message>
        <source>expected a percentage from 0 to 100, got {got}</source>
        <translation>0-ден 100-ге дейінгі пайыз күтілді, алынғаны: {got}</translation>
    </message>
    <message>
        <source>expected a whole number of at least 1, got {got}</source>
        <translation>кемінде 1 болатын бүтін сан күтілді, алынғаны: {got}</translation>
    </message>
    <message>
        <source>expected at least one, or null</source>
        <translation>кемінде бір элемент немесе null күтілді</translation>
    </message>
    <message>
        <source>{filled} district seats are given but the tier has {seats}</source>
        <translation>округтер бойынша {filled} орын берілген, ал деңгейде {seats} орын бар</translation>
    </message>
    <message>
        <source>expected at least one candidate</source>
        <translation>кемінде бір кандидат күтілді</translation>
    </message>
    <message>
        <source>expected a non-empty id other than &quot;{average}&quot;, got {got}</source>
        <translation>«{average}» емес, бос емес идентификатор күтілді, алынғаны: {got}</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD, got {got}</source>
        <translation>ЖЖЖЖ-АА-КК түріндегі күн күтілді, алынғаны: {got}</translation>
    </message>
    <message>
        <source>expected at least one party&apos;s share</source>
        <translation>кемінде бір партияның үлесі күтілді</translation>
    </message>
    <message>
        <source>the shares add up to {total}%, more than {limit}% (rounding aside, a poll&apos;s shares add up to 100% at most)</source>
        <translation>үлестердің қосындысы {total}% — {limit}%-дан көп (дөңгелектеуді есептемегенде, сауалнама үлестерінің қосындысы 100%-дан аспайды)</translation>
    </message>
    <message>
        <source>expected a name of its own, got {got}</source>
        <translation>өз атауы күтілді, алынғаны: {got}</translation>
    </message>
    <message>
        <source>expected at least one party</source>
        <translation>кемінде бір партия күтілді</translation>
    </message>
    <message>
        <source>names no coalition: {got}</source>
        <translation>ешбір коалицияны атамайды: {got}</translation>
    </message>
    <message>
        <source>names &quot;{party}&quot; twice</source>
        <translation>«{party}» екі рет аталған</translation>
    </message>
    <message>
        <source>names unknown party {got}</source>
        <translation>белгісіз {got} партиясын атайды</translation>
    </message>
    <message>
        <source>{why}; type digits, e.g. {example}</source>
        <translation>{why}; цифрлар енгізіңіз, мысалы {example}</translation>
    </message>
    <message>
        <source>votes cannot be negative</source>
        <translation>дауыс саны теріс бола алмайды</translation>
    </message>
    <message>
        <source>a party needs a name</source>
        <translation>партияның атауы болуы керек</translation>
    </message>
    <message>
        <source>expected a colour as #rrggbb, got &apos;{got}&apos;</source>
        <translation>түс #rrggbb түрінде күтілді, алынғаны: «{got}»</translation>
    </message>
    <message>
        <source>a scenario needs at least one party</source>
        <translation>сценарийде кемінде бір партия болуы керек</translation>
    </message>
    <message>
        <source>the name has a control character: {got}</source>
        <translation>атауда басқару таңбасы бар: {got}</translation>
    </message>
    <message>
        <source>a name of {n} characters is more than the limit of {limit}</source>
        <translation>{n} таңбадан тұратын атау {limit} шегінен ұзын</translation>
    </message>
    <message>
        <source>{field} cannot be edited here</source>
        <translation>{field} мұнда өзгертілмейді</translation>
    </message>
    <message>
        <source>{name} is still named by district candidates ({candidates}), declared district totals ({declared}), constituency vote counts ({regions}), list lengths ({lengths}) or list-tier rules ({rules}); change those first</source>
        <translation>{name} партиясына әлі де округтердегі кандидаттар ({candidates}), округтер бойынша жиынтықтар ({declared}), көпмандатты округтердегі дауыстар ({regions}), тізімдердің ұзындығы ({lengths}) немесе тізімдер ережелері ({rules}) сілтеме жасайды; алдымен соларды өзгертіңіз</translation>
    </message>
    <message>
        <source>no party &apos;{got}&apos;; type a party&apos;s name or id, or leave empty for self-nominated</source>
        <translation>«{got}» партиясы жоқ; партияның атауын немесе кодын енгізіңіз, өзін-өзі ұсыну үшін бос қалдырыңыз</translation>
    </message>
    <message>
        <source>that makes {filled} district seats but the tier has {seats}; raise the district seats in the rules first</source>
        <translation>округтер бойынша {filled} орын шығады, ал барлығы {seats}; алдымен ережелерде округтер бойынша орындар санын көбейтіңіз</translation>
    </message>
    <message>
        <source>a compensatory (MMP) system shares its entitlement nationwide; choose the parallel or additional member system to use constituencies</source>
        <translation>аралас байланысқан жүйе тиесілі орындарды бүкіл ел бойынша бөледі; көпмандатты округтерді пайдалану үшін параллель жүйені немесе қосымша мандаттар жүйесін таңдаңыз</translation>
    </message>
    <message>
        <source>a constituency needs a name</source>
        <translation>округтің атауы болуы керек</translation>
    </message>
    <message>
        <source>expected a whole number of seats, got &apos;{got}&apos;</source>
        <translation>орындардың бүтін саны күтілді, алынғаны: «{got}»</translation>
    </message>
    <message>
        <source>the list tier needs at least one constituency; to count it nationwide, untick &quot;Use constituencies&quot;</source>
        <translation>тізімдерге кемінде бір көпмандатты округ қажет; біртұтас округ бойынша есептеу үшін «Көпмандатты округтер» белгісін алып тастаңыз</translation>
    </message>
    <message>
        <source>district seats lie in {name} ({n}); move them to another region first</source>
        <translation>{name} өңірінде округтер бойынша орындар бар ({n}); алдымен оларды басқа өңірге ауыстырыңыз</translation>
    </message>
    <message>
        <source>the list tier is counted nationwide; tick &quot;Use constituencies&quot; first</source>
        <translation>тізімдер біртұтас округ бойынша есептеледі; алдымен «Көпмандатты округтер» белгісін қойыңыз</translation>
    </message>
    <message>
        <source>expected a date written YYYY-MM-DD, got &apos;{got}&apos;</source>
        <translation>ЖЖЖЖ-АА-КК түрінде жазылған күн күтілді, алынғаны: «{got}»</translation>
    </message>
    <message>
        <source>{why}; type the number of people asked, e.g. 2000</source>
        <translation>{why}; сұралғандар санын енгізіңіз, мысалы 2000</translation>
    </message>
    <message>
        <source>expected a percentage, e.g. 31 or 27.5, got &apos;{got}&apos;</source>
        <translation>пайыз күтілді, мысалы 31 немесе 27,5, алынғаны: «{got}»</translation>
    </message>
    <message>
        <source>expected a percentage from 0 to 100, got &apos;{got}&apos;</source>
        <translation>0-ден 100-ге дейінгі пайыз күтілді, алынғаны: «{got}»</translation>
    </message>
    <message>
        <source>a poll needs at least one party&apos;s share</source>
        <translation>сауалнамада кемінде бір партияның үлесі болуы керек</translation>
    </message>
    <message>
        <source>the shares add up to {total:pctv}, more than {most:pctv}</source>
        <translation>үлестердің қосындысы {total:pctv} — {most:pctv} мәнінен көп</translation>
    </message>
    <message>
        <source>choose two different parties to merge</source>
        <translation>біріктіру үшін екі түрлі партияны таңдаңыз</translation>
    </message>
    <message>
        <source>{a} and {b} both have a candidate in {district}; merging would put two candidates of one party in one race</source>
        <translation>{a} мен {b} екеуінің де {district} округінде кандидаты бар; біріктіру бір сайлауда бір партиядан екі кандидат шығарар еді</translation>
    </message>
    <message>
        <source>expected a whole number of votes, got an empty cell</source>
        <translation>дауыстардың бүтін саны күтілді, ұяшық бос</translation>
    </message>
    <message>
        <source>the number &apos;{got}&apos; is too large to be a count of votes</source>
        <translation>«{got}» саны дауыс саны болу үшін тым үлкен</translation>
    </message>
    <message>
        <source>expected a whole number of votes, got &apos;{got}&apos;</source>
        <translation>дауыстардың бүтін саны күтілді, алынғаны: «{got}»</translation>
    </message>
    <message>
        <source>no options</source>
        <translation>параметрлер жоқ</translation>
    </message>
    <message>
        <source>expected {low} to {high}, got {got}</source>
        <translation>{low} мен {high} аралығы күтілді, алынғаны: {got}</translation>
    </message>
    <message>
        <source>{owner} takes no such option (it takes: {takes})</source>
        <translation>{owner}: мұндай параметр жоқ (бары: {takes})</translation>
    </message>
    <message>
        <source>expected WIDTHxHEIGHT such as 1400x900, got {got}</source>
        <translation>ЕНІxБИІКТІГІ күтілді, мысалы 1400x900, алынғаны: {got}</translation>
    </message>
    <message>
        <source>the screenshot is a PNG; give a .png file name</source>
        <translation>терезенің суреті — PNG; .png файл атауын беріңіз</translation>
    </message>
    <message>
        <source>{size} is outside 1 to {limit} pixels a side</source>
        <translation>{size} — бір қабырғасы 1-ден {limit} пиксельге дейінгі шектен тыс</translation>
    </message>
    <message>
        <source>unknown role &apos;{role}&apos; (roles: {roles})</source>
        <translation>белгісіз рөл «{role}» (рөлдер: {roles})</translation>
    </message>
    <message>
        <source>two columns are marked &apos;{role}&apos;: &apos;{first}&apos; and &apos;{second}&apos;; keep one</source>
        <translation>екі баған «{role}» деп белгіленген: «{first}» және «{second}»; біреуін қалдырыңыз</translation>
    </message>
    <message>
        <source>a table has either a party column and a votes column, or one column per party; not both</source>
        <translation>кестеде не партиялар бағаны мен дауыстар бағаны, не әр партияға бір баған болады, екеуі бірдей емес</translation>
    </message>
    <message>
        <source>mark a party (or candidate) column and a votes column, or the columns that hold each party&apos;s votes</source>
        <translation>партиялар (немесе кандидаттар) бағаны мен дауыстар бағанын не әр партияның дауыстары бар бағандарды белгілеңіз</translation>
    </message>
    <message>
        <source>expected {syntax}, got &apos;{text}&apos;</source>
        <translation>{syntax} күтілді, «{text}» алынды</translation>
    </message>
    <message>
        <source>no column &apos;{column}&apos; in the table (columns: {columns})</source>
        <translation>кестеде «{column}» бағаны жоқ (бағандар: {columns})</translation>
    </message>
    <message>
        <source>region {region} is not a constituency of the list tier (known: {known}); the additional member system counts each district seat in its region</source>
        <translation>{region} өңірі тізімдік деңгейдің көпмандатты округі емес (белгілілері: {known}); қосымша мандаттар жүйесі әр округтік орынды өз өңірінде есептейді</translation>
    </message>
    <message>
        <source>the additional member system needs a divisor method, not {method}</source>
        <translation>қосымша мандаттар жүйесіне «{method}» емес, бөлгіштер әдісі қажет</translation>
    </message>
    <message>
        <source>a region has no list votes to share its {seats} seats by</source>
        <translation>өңірде {seats} орынды бөлуге тізімдерге берілген дауыстар жоқ</translation>
    </message>
    <message>
        <source>levelling found no house size that covers every district seat</source>
        <translation>теңестіру округтік орындардың бәрін қамтитын палата көлемін таппады</translation>
    </message>
    <message>
        <source>mixed.type compensatory with list_tier.constituencies is not supported: entitlements are national (set constituencies to null, or use additional_member for regional top-ups)</source>
        <translation>mixed.type compensatory мен list_tier.constituencies бірге қолданылмайды: тиесілі орындар бүкіл ел бойынша есептеледі (constituencies = null қойыңыз немесе өңірлік толықтырулар үшін additional_member қолданыңыз)</translation>
    </message>
    <message>
        <source>{fixed} district seats are held outside the proportional count, more than the house of {base}</source>
        <translation>округтердегі {fixed} орын пропорционалды бөлуден тыс, бұл бүкіл палатадан ({base}) көп</translation>
    </message>
    <message>
        <source>no votes to share the seats by</source>
        <translation>орындарды бөлуге дауыстар жоқ</translation>
    </message>
    <message>
        <source>seats must be zero or more, got {got}</source>
        <translation>орын саны нөл немесе одан көп болуы керек, алынғаны: {got}</translation>
    </message>
    <message>
        <source>votes must be zero or more</source>
        <translation>дауыс саны нөл немесе одан көп болуы керек</translation>
    </message>
    <message>
        <source>a minimum of seats per unit needs a divisor method</source>
        <translation>бірлікке ең аз орын саны бөлгіштер әдісін қажет етеді</translation>
    </message>
    <message>
        <source>a first divisor applies to divisor methods only</source>
        <translation>бірінші бөлгіш тек бөлгіштер әдістеріне қолданылады</translation>
    </message>
    <message>
        <source>{method} is not a quota method</source>
        <translation>{method} — квота әдісі емес</translation>
    </message>
    <message>
        <source>min_seats must be zero or more, got {got}</source>
        <translation>min_seats нөл немесе одан көп болуы керек, алынғаны: {got}</translation>
    </message>
    <message>
        <source>{n} units × a minimum of {minimum} seats needs {needed} seats, but only {seats} exist</source>
        <translation>{n} бірлік × ең азы {minimum} орын {needed} орынды қажет етеді, бірақ тек {seats} орын бар</translation>
    </message>
    <message>
        <source>unknown method {method} (known: {known})</source>
        <translation>белгісіз {method} әдісі (белгілілері: {known})</translation>
    </message>
    <message>
        <source>{method} is not a divisor method</source>
        <translation>{method} — бөлгіштер әдісі емес</translation>
    </message>
    <message>
        <source>{method} has no configurable first divisor</source>
        <translation>{method} әдісінің бапталатын бірінші бөлгіші жоқ</translation>
    </message>
    <message>
        <source>the first divisor must lie between 0 and the second divisor ({second}), got {got}</source>
        <translation>бірінші бөлгіш 0 мен екінші бөлгіштің ({second}) аралығында болуы керек, алынғаны: {got}</translation>
    </message>
    <message>
        <source>the count by {method} filled more seats than exist</source>
        <translation>«{method}» бойынша бөлу бар орындардан көп берді</translation>
    </message>
    <message>
        <source>the {method} quota of {quota} votes leaves {left} seat(s) for {remainders} remainder(s): too few votes to share {seats} seats</source>
        <translation>{quota} дауыстық {method} квотасы {remainders} қалдыққа {left} орын қалдырады: {seats} орынды бөлуге дауыс тым аз</translation>
    </message>
    <message>
        <source>names unknown party &quot;{party}&quot;</source>
        <translation>белгісіз «{party}» партиясы көрсетілген</translation>
    </message>
    <message>
        <source>expected &quot;{syntax}&quot;, got &quot;{got}&quot;</source>
        <translation>«{syntax}» күтілді, «{got}» алынды</translation>
    </message>
    <message>
        <source>no constituency &quot;{id}&quot;</source>
        <translation>«{id}» көпмандатты округі жоқ</translation>
    </message>
    <message>
        <source>expected a whole number of parties, got &quot;{got}&quot;</source>
        <translation>партиялардың бүтін саны күтілді, «{got}» алынды</translation>
    </message>
    <message>
        <source>the table has a header but no data rows</source>
        <translation>кестеде тақырып жолы бар, бірақ деректер жолдары жоқ</translation>
    </message>
    <message>
        <source>column &apos;{column}&apos; is not in the table</source>
        <translation>кестеде «{column}» бағаны жоқ</translation>
    </message>
    <message>
        <source>unknown column kind &apos;{kind}&apos; (expected one of {kinds})</source>
        <translation>бағанның белгісіз түрі «{kind}» (мыналардың бірі күтілді: {kinds})</translation>
    </message>
    <message>
        <source>no votes column chosen</source>
        <translation>дауыстар бағаны таңдалмады</translation>
    </message>
    <message>
        <source>no party column chosen</source>
        <translation>партиялар бағаны таңдалмады</translation>
    </message>
    <message>
        <source>a table of candidates needs a district column ({names})</source>
        <translation>кандидаттар кестесіне округтер бағаны қажет ({names})</translation>
    </message>
    <message>
        <source>no party columns chosen</source>
        <translation>партиялар бағандары таңдалмады</translation>
    </message>
    <message>
        <source>unknown layout &apos;{layout}&apos;</source>
        <translation>кестенің белгісіз түрі «{layout}»</translation>
    </message>
    <message>
        <source>not UTF-8 nor Windows-1251 text (it is UTF-16: save it as CSV UTF-8)</source>
        <translation>мәтін UTF-8 те, Windows-1251 те емес (бұл UTF-16: файлды CSV UTF-8 ретінде сақтаңыз)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл бос</translation>
    </message>
    <message>
        <source>line {line}: {why}</source>
        <translation>{line}-жол: {why}</translation>
    </message>
    <message>
        <source>not UTF-8 nor Windows-1251 text</source>
        <translation>мәтін UTF-8 те, Windows-1251 те емес</translation>
    </message>
    <message>
        <source>not UTF-8 nor Windows-1251 text (it looks like a binary file)</source>
        <translation>мәтін UTF-8 те, Windows-1251 те емес (екілік файлға ұқсайды)</translation>
    </message>
    <message>
        <source>no votes column: expected a column named {names} (columns found: {columns})</source>
        <translation>дауыстар бағаны жоқ: {names} деп аталған баған күтілді (табылған бағандар: {columns})</translation>
    </message>
    <message>
        <source>no party column: a &apos;{votes}&apos; column needs a column named {names} (columns found: {columns})</source>
        <translation>партиялар бағаны жоқ: «{votes}» бағанына {names} деп аталған баған қажет (табылған бағандар: {columns})</translation>
    </message>
    <message>
        <source>no party column: expected a party and a votes column, or one column of vote counts per party (columns found: {columns})</source>
        <translation>партиялар бағаны жоқ: партиялар бағаны мен дауыстар бағаны немесе әр партияға дауыс саны жазылған бір баған күтілді (табылған бағандар: {columns})</translation>
    </message>
    <message>
        <source>the file is {size} MiB, over the limit of {limit} MiB for a table</source>
        <translation>файл көлемі {size} МиБ, бұл кесте үшін {limit} МиБ шегінен асады</translation>
    </message>
    <message>
        <source>{part} unpacks to {size} MiB, over the limit of {limit} MiB for a workbook</source>
        <translation>{part} ашылғанда {size} МиБ болады, бұл кітап үшін {limit} МиБ шегінен асады</translation>
    </message>
    <message>
        <source>{part} unpacks {ratio}-fold, over the limit of {limit}-fold (a zip bomb?)</source>
        <translation>{part} ашылғанда {ratio} есе ұлғаяды, бұл {limit} есе шегінен асады (ZIP-бомба ма?)</translation>
    </message>
    <message>
        <source>more than {limit} rows, over the limit for a table</source>
        <translation>{limit} жолдан көп — бұл кесте үшін шектен асады</translation>
    </message>
    <message>
        <source>more than {limit} cells, over the limit for a table</source>
        <translation>{limit} ұяшықтан көп — бұл кесте үшін шектен асады</translation>
    </message>
    <message>
        <source>a cell in column {column}, over the limit of {limit} columns</source>
        <translation>{column} бағанындағы ұяшық, бұл {limit} баған шегінен асады</translation>
    </message>
    <message>
        <source>a cell of {size} characters or more on line {line}, over the limit of {limit} characters (Excel&apos;s own limit)</source>
        <translation>{line}-жолда {size} немесе одан көп таңбадан тұратын ұяшық, бұл {limit} таңба шегінен асады (Excel-дің өз шегі)</translation>
    </message>
    <message>
        <source>a cell of {size} characters on line {line}, over the limit of {limit} characters (Excel&apos;s own limit)</source>
        <translation>{line}-жолда {size} таңбадан тұратын ұяшық, бұл {limit} таңба шегінен асады (Excel-дің өз шегі)</translation>
    </message>
    <message>
        <source>a cell of {size} characters (cell {cell}), over the limit of {limit} characters (Excel&apos;s own limit)</source>
        <translation>{size} таңбадан тұратын ұяшық ({cell} ұяшығы), бұл {limit} таңба шегінен асады (Excel-дің өз шегі)</translation>
    </message>
    <message>
        <source>a cell of {size} characters in the header, over the limit of {limit} characters (Excel&apos;s own limit)</source>
        <translation>тақырып жолында {size} таңбадан тұратын ұяшық, бұл {limit} таңба шегінен асады (Excel-дің өз шегі)</translation>
    </message>
    <message>
        <source>the votes of &apos;{column}&apos; add up to {total}, more than a count can hold ({limit}); refused rather than wrapped</source>
        <translation>«{column}» бағанының дауыстары қосындыда {total} береді — бұл санауыш сыйғызатыннан ({limit}) көп; асып кетпеуі үшін қабылданбады</translation>
    </message>
    <message>
        <source>expected &apos;{syntax}&apos;, got &apos;{text}&apos;</source>
        <translation>«{syntax}» күтілді, «{text}» алынды</translation>
    </message>
    <message>
        <source>no party named &apos;{name}&apos; in the table</source>
        <translation>кестеде «{name}» партиясы жоқ</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be merged into itself</source>
        <translation>«{name}» партиясын өзімен біріктіруге болмайды</translation>
    </message>
    <message>
        <source>the sheet is empty</source>
        <translation>парақ бос</translation>
    </message>
    <message>
        <source>an old Excel .xls workbook; save it as .xlsx or CSV</source>
        <translation>ескі .xls пішіміндегі Excel кітабы; оны .xlsx немесе CSV ретінде сақтаңыз</translation>
    </message>
    <message>
        <source>not a zip archive</source>
        <translation>ZIP мұрағаты емес</translation>
    </message>
    <message>
        <source>column &apos;{column}&apos; appears twice in the header</source>
        <translation>«{column}» бағаны тақырып жолында екі рет кездеседі</translation>
    </message>
    <message>
        <source>a zip archive with neither a workbook nor one CSV table in it</source>
        <translation>ішінде не кітап, не бір CSV кестесі жоқ ZIP мұрағаты</translation>
    </message>
    <message>
        <source>the workbook has no sheets</source>
        <translation>кітапта парақтар жоқ</translation>
    </message>
    <message>
        <source>no sheet number {sheet}</source>
        <translation>{sheet} нөмірлі парақ жоқ</translation>
    </message>
    <message>
        <source>no sheet named &apos;{sheet}&apos; (sheets: {sheets})</source>
        <translation>«{sheet}» парағы жоқ (парақтар: {sheets})</translation>
    </message>
    <message>
        <source>no workbook part</source>
        <translation>кітап бөлігі жоқ</translation>
    </message>
    <message>
        <source>part {part} is missing</source>
        <translation>{part} бөлігі жоқ</translation>
    </message>
    <message>
        <source>not a readable .xlsx workbook (part {part} is not well-formed XML: {why})</source>
        <translation>.xlsx кітабын оқу мүмкін емес ({part} бөлігі — дұрыс емес XML: {why})</translation>
    </message>
    <message>
        <source>a cell reference &apos;{ref}&apos;</source>
        <translation>«{ref}» ұяшыққа сілтеме</translation>
    </message>
    <message>
        <source>shared string {index} is missing</source>
        <translation>{index} ортақ жолы жоқ</translation>
    </message>
    <message>
        <source>not a readable .xlsx workbook ({why})</source>
        <translation>.xlsx кітабын оқу мүмкін емес ({why})</translation>
    </message>
    <message>
        <source>not supported with {other} (the rule acts on one nationwide count of list seats)</source>
        <translation>{other} жағдайында қолданылмайды (ереже тізім бойынша орындардың біртұтас жалпыұлттық есебіне әсер етеді)</translation>
    </message>
    <message>
        <source>unknown key (known: {known})</source>
        <translation>белгісіз кілт (белгілілері: {known})</translation>
    </message>
    <message>
        <source>expected the sliding form ({sliding}, ...) or one of {top_up}</source>
        <translation>сатылы түрі ({sliding}, ...) немесе {top_up} кілттерінің бірі күтілді</translation>
    </message>
    <message>
        <source>expected a percentage from 0 to 100</source>
        <translation>0-ден 100-ге дейінгі пайыз күтілді</translation>
    </message>
    <message>
        <source>expected a share of the house above 0 and at most 1, e.g. &quot;54/100&quot;</source>
        <translation>палата орындарының 0-ден жоғары және 1-ден аспайтын үлесі күтілді, мысалы &quot;54/100&quot;</translation>
    </message>
    <message>
        <source>expected a percentage above 0</source>
        <translation>0-ден жоғары пайыз күтілді</translation>
    </message>
    <message>
        <source>expected a share of the house above 0 and below 1, e.g. &quot;1/3&quot;</source>
        <translation>палата орындарының 0-ден жоғары және 1-ден төмен үлесі күтілді, мысалы &quot;1/3&quot;</translation>
    </message>
    <message>
        <source>expected {one}, {other} or both</source>
        <translation>{one}, {other} немесе екеуі де күтілді</translation>
    </message>
    <message>
        <source>expected at least two lists</source>
        <translation>кемінде екі тізім күтілді</translation>
    </message>
    <message>
        <source>list &quot;{list}&quot; is in two agreements</source>
        <translation>«{list}» тізімі екі келісімге кіреді</translation>
    </message>
    <message>
        <source>not supported with {other} (list seats there top up district seats); remove {field}, or use {parallel}</source>
        <translation>{other} жағдайында қолданылмайды (онда тізім бойынша орындар округтер бойынша орындарды толықтырады); {field} алып тастаңыз немесе {parallel} таңдаңыз</translation>
    </message>
    <message>
        <source>needs {field} (the districts) and the method {method} with its own first divisor (standard rounding)</source>
        <translation>{field} (округтер) және өзінің бірінші бөлгіші бар {method} әдісі қажет (әдеттегі дөңгелектеу)</translation>
    </message>
    <message>
        <source>the districts have {rows} seats but the lists&apos; upper apportionment {cols}</source>
        <translation>округтерде {rows} орын, ал тізімдердің жоғарғы бөлуінде — {cols}</translation>
    </message>
    <message>
        <source>the lower apportionment did not settle in {n} rounds</source>
        <translation>төменгі бөлу {n} айналымда тұрақтанбады</translation>
    </message>
    <message>
        <source>an exact tie at a half seat in the lower apportionment (decided by lot in law); not decided here</source>
        <translation>төменгі бөлуде жарты орындағы дәл теңдік (заң бойынша жеребемен шешіледі); мұнда шешілмейді</translation>
    </message>
    <message>
        <source>needs {field} (the Länder, each with its parties&apos; votes)</source>
        <translation>{field} қажет (жерлер, әрқайсысында партияларға берілген дауыстар)</translation>
    </message>
    <message>
        <source>region &apos;{region}&apos; is not a Land of the list tier (known: {known}); {linkage} counts each district seat in its Land</source>
        <translation>«{region}» өңірі — тізімдердегі жер емес (белгілілері: {known}); {linkage} округ бойынша әр орынды өз жерінде есептейді</translation>
    </message>
    <message>
        <source>no house size gives every party its minimum seats</source>
        <translation>палатаның ешбір мөлшерінде барлық партия өзінің ең аз орын санын алмайды</translation>
    </message>
    <message>
        <source>needs {field} and {levelling} (the levelling seats and their threshold)</source>
        <translation>{field} және {levelling} қажет (теңестіруші мандаттар және олардың межесі)</translation>
    </message>
    <message>
        <source>the {layout} layout takes no {name}</source>
        <translation>«{layout}» пішіні {name} параметрін қабылдамайды</translation>
    </message>
    <message>
        <source>needs {field} (the regions, each with its lists&apos; votes)</source>
        <translation>{field} өрісі қажет (өңірлер, әрқайсысы өз тізімдерінің дауыстарымен)</translation>
    </message>
    <message>
        <source>{linkage} shares each region&apos;s seats by whole quotas: it needs a quota method (Czechia: {example}), not {method}</source>
        <translation>{linkage} әр өңірдің орындарын бүтін квоталармен бөледі: квота әдісі қажет (Чехия: {example}), {method} емес</translation>
    </message>
    <message>
        <source>the republic mandate number {number} gives the regions {n} seats, more than the {house} to share</source>
        <translation>республикалық мандат саны {number} өңірлерге {n} орын береді, бұл бөлінетін {house} орыннан көп</translation>
    </message>
    <message>
        <source>unknown linkage {linkage}</source>
        <translation>деңгейлердің белгісіз байланысы {linkage}</translation>
    </message>
    <message>
        <source>applies where each list constituency&apos;s seats are shared apart ({linkages}, with {field}), not here (mixed.type {linkage})</source>
        <translation>әр көпмандатты округтің орындары жеке бөлінетін жерде қолданылады ({linkages}, {field} бар), бұл жерде емес (mixed.type {linkage})</translation>
    </message>
    <message>
        <source>these rules count the list votes by constituency, and this scenario has no votes by constituency</source>
        <translation>бұл ережелер тізімдер дауыстарын көпмандатты округтер бойынша санайды, ал бұл сценарийде көпмандатты округтер бойынша дауыстар жоқ</translation>
    </message>
    <message>
        <source>these rules have {theirs} district seats and this scenario has results for {own}: district results cannot be carried over</source>
        <translation>бұл ережелерде округтер бойынша {theirs} орын, ал бұл сценарийде {own} орынның нәтижелері бар: округтер нәтижелерін көшіру мүмкін емес</translation>
    </message>
    <message>
        <source>the factor must be zero or more, got {got}</source>
        <translation>көбейткіш нөл немесе одан көп болуы керек, алынғаны: {got}</translation>
    </message>
    <message>
        <source>expected zero or more votes, got {got}</source>
        <translation>нөл немесе одан көп дауыс күтілді, алынғаны: {got}</translation>
    </message>
    <message>
        <source>a long table needs a votes column and a party or candidate column</source>
        <translation>ұзын кестеге дауыстар бағаны және партия не кандидат бағаны қажет</translation>
    </message>
    <message>
        <source>votes must be a 2-D array (runs × units), got {n}-D</source>
        <translation>дауыстар екі өлшемді жиым (есептеулер × бірліктер) болуы керек, алынған өлшем саны: {n}</translation>
    </message>
    <message>
        <source>votes must be whole numbers</source>
        <translation>дауыстар бүтін сандар болуы керек</translation>
    </message>
    <message>
        <source>float votes of {limit} or more are not exact: pass integers</source>
        <translation>{limit} және одан көп жылжымалы үтірлі дауыстар дәл емес: бүтін сандар беріңіз</translation>
    </message>
    <message>
        <source>votes must be integers, got {got}</source>
        <translation>дауыстар бүтін сандар болуы керек, алынғаны: {got}</translation>
    </message>
    <message>
        <source>the {method} quota leaves more seats than remainders: too few votes to share {seats} seats</source>
        <translation>{method} квотасы қалдықтардан көп орын қалдырады: {seats} орынды бөлуге дауыс тым аз</translation>
    </message>
    <message>
        <source>the {method} quota filled more seats than exist</source>
        <translation>{method} квотасы бар орыннан көп орын бөлді</translation>
    </message>
    <message>
        <source>more seats are held than the count shares</source>
        <translation>иеленген орындар есеп бөлетін орындардан көп</translation>
    </message>
    <message>
        <source>{option} must be a whole number from {low} to {high}, got {got}</source>
        <translation>{option} {low}-ден {high}-ге дейінгі бүтін сан болуы керек, алынғаны: {got}</translation>
    </message>
    <message>
        <source>{option} must be at least 1, got {got}</source>
        <translation>{option} кемінде 1 болуы керек, алынғаны: {got}</translation>
    </message>
    <message>
        <source>the parties have no votes to perturb</source>
        <translation>партиялардың өзгертетін дауыстары жоқ</translation>
    </message>
    <message>
        <source>{name}&apos;s votes are the sum of its constituency votes: edit them in the Constituencies tab</source>
        <translation>{name} партиясының дауыстары — оның көпмандатты округтердегі дауыстарының қосындысы: оларды «Көпмандатты округтер» қойындысында өзгертіңіз</translation>
    </message>
    <message>
        <source>no party {party} in this scenario</source>
        <translation>бұл сценарийде {party} партиясы жоқ</translation>
    </message>
    <message>
        <source>the half-life must be more than 0 days, got {got}</source>
        <translation>жартылай ыдырау кезеңі 0 күннен көп болуы керек, алынғаны: {got}</translation>
    </message>
    <message>
        <source>no polls to average</source>
        <translation>орташалайтын сауалнамалар жоқ</translation>
    </message>
    <message>
        <source>no poll {poll} in this scenario (it has no polls)</source>
        <translation>бұл сценарийде {poll} сауалнамасы жоқ (онда сауалнама мүлде жоқ)</translation>
    </message>
    <message>
        <source>no poll {poll} in this scenario (polls: {known})</source>
        <translation>бұл сценарийде {poll} сауалнамасы жоқ (сауалнамалар: {known})</translation>
    </message>
    <message>
        <source>{option} must be zero or more percentage points, at most 100, got {got}</source>
        <translation>{option} нөлден 100 пайыздық тармаққа дейін болуы керек, алынғаны: {got}</translation>
    </message>
    <message>
        <source>{option} needs the poll&apos;s sample size ({size}, or a poll with one)</source>
        <translation>{option} сауалнама іріктемесінің көлемін қажет етеді ({size} немесе көлемі көрсетілген сауалнама)</translation>
    </message>
    <message>
        <source>shares must be zero or more percent</source>
        <translation>үлестер нөл немесе одан көп пайыз болуы керек</translation>
    </message>
    <message>
        <source>no region {region} in this scenario (regions: {known})</source>
        <translation>бұл сценарийде {region} өңірі жоқ (өңірлер: {known})</translation>
    </message>
    <message>
        <source>{what} (see {prog} {help})</source>
        <translation>{what} ({prog} {help} қараңыз)</translation>
    </message>
    <message>
        <source>the following arguments are required: {names}</source>
        <translation>міндетті аргументтер жетіспейді: {names}</translation>
    </message>
    <message>
        <source>argument {argument}: invalid choice: {value} (choose from {choices})</source>
        <translation>{argument} аргументі: {value} мәні жарамсыз (жарамдылары: {choices})</translation>
    </message>
    <message>
        <source>unrecognized arguments: {names}</source>
        <translation>танылмаған аргументтер: {names}</translation>
    </message>
    <message>
        <source>argument {argument}: expected one argument</source>
        <translation>{argument} аргументі: бір мән күтілді</translation>
    </message>
    <message>
        <source>argument {argument}: invalid {kind} value: {value}</source>
        <translation>{argument} аргументі: {kind} түрінің жарамсыз мәні: {value}</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>команда берілмеген</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Results</source>
        <translation>Нәтижелер</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Ережелер</translation>
    </message>
    <message>
        <source>Threshold test</source>
        <translation>Межені тексеру</translation>
    </message>
    <message>
        <source>Majorities</source>
        <translation>Көпшілік</translation>
    </message>
    <message>
        <source>Indices</source>
        <translation>Индекстер</translation>
    </message>
    <message>
        <source>How the list seats were allocated</source>
        <translation>Тізім бойынша орындар қалай бөлінді</translation>
    </message>
    <message>
        <source>Ties and warnings</source>
        <translation>Теңдік және ескертулер</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>report made with SeatCalc {version} on {date}</source>
        <translation>есепті SeatCalc {version} {date} дайындады</translation>
    </message>
    <message>
        <source>Election of {date}</source>
        <translation>{date} сайлауы</translation>
    </message>
    <message>
        <source>(no sources given)</source>
        <translation>(дереккөздер көрсетілмеген)</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Дереккөздер:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Дауыстар</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Үлесі</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Өтті</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Тізім</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Округ</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Орындар</translation>
    </message>
    <message>
        <source>Seat share</source>
        <translation>Орындар үлесі</translation>
    </message>
    <message>
        <source>Share: of {base}. Seats count a party&apos;s own nominees; (+n): self-nominated district winners who sit with it. Seat share: of the elected seats, by nominating party (as the indices).</source>
        <translation>Үлес: {base} санынан. Орындар — партияның өзі ұсынғандар; (+n): округтерде жеңіп, фракцияға кірген өзін-өзі ұсынғандар. Орындар үлесі: сайланған орындардан, ұсынған партия бойынша (индекстердегідей).</translation>
    </message>
    <message>
        <source>List tier:</source>
        <translation>Партиялық тізімдер:</translation>
    </message>
    <message>
        <source>{n} {n:plural:seat|seats}, {method}.</source>
        <translation>{n} орын, {method}.</translation>
    </message>
    <message>
        <source>Threshold:</source>
        <translation>Меже:</translation>
    </message>
    <message>
        <source>Ties:</source>
        <translation>Теңдік:</translation>
    </message>
    <message>
        <source>decided in favour of {rule}.</source>
        <translation>«{rule}» ережесімен шешіледі.</translation>
    </message>
    <message>
        <source>District tier:</source>
        <translation>Бір мандатты округтер:</translation>
    </message>
    <message>
        <source>{n} {n:plural:seat|seats} in single-member districts, {rule}.</source>
        <translation>бір мандатты аумақтық сайлау округтерінде {n} орын; {rule}.</translation>
    </message>
    <message>
        <source>Tiers:</source>
        <translation>Жүйе бөліктері:</translation>
    </message>
    <message>
        <source>Appointed:</source>
        <translation>Сайлаушылар сайламайтындар:</translation>
    </message>
    <message>
        <source>{n} {n:plural:seat|seats} ({bodies}).</source>
        <translation>{n} орын ({bodies}).</translation>
    </message>
    <message>
        <source>{n} party votes</source>
        <translation>партияларға {n} дауыс</translation>
    </message>
    <message>
        <source>{n} against all</source>
        <translation>«барлығына қарсы» {n}</translation>
    </message>
    <message>
        <source>{n} invalid ballots</source>
        <translation>{n} жарамсыз бюллетень</translation>
    </message>
    <message>
        <source>Denominator ({base}): {sum} = {total} votes. The test compares whole numbers (votes × 100 against percent × denominator), never rounded shares.</source>
        <translation>Бөлім ({base}): {sum} = {total} дауыс. Тексеру дөңгелектелген үлестерді емес, бүтін сандарды салыстырады (дауыстар × 100 және пайыз × бөлім).</translation>
    </message>
    <message>
        <source>The threshold is tested in each constituency on its own {base}: {each}. Below, each party&apos;s national share for reference, and in how many constituencies it passed.</source>
        <translation>Меже әр көпмандатты округте сол округтің өз көрсеткіші бойынша тексеріледі ({base}): {each}. Төменде анықтама үшін әр партияның жалпыұлттық үлесі және ол межеден өткен округтер саны берілген.</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Негізі</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Негіздеме</translation>
    </message>
    <message>
        <source>House: {house} {house:plural:seat|seats}. Simple majority: {simple} {simple:plural:seat|seats}; two-thirds majority: {two_thirds} {two_thirds:plural:seat|seats}.</source>
        <translation>Палата: {house} орын. Жай көпшілік: {simple} орын; үштен екі көпшілік: {two_thirds} орын.</translation>
    </message>
    <message>
        <source>Gallagher least-squares index {gallagher:dec2}; Loosemore-Hanby index {lh:dec2}; effective number of parties {votes:dec2} by votes and {seats:dec2} by seats.</source>
        <translation>Галлахер индексі (ең кіші квадраттар) {gallagher:dec2}; Лусмор — Хэнби индексі {lh:dec2}; партиялардың тиімді саны дауыстар бойынша {votes:dec2}, орындар бойынша {seats:dec2}.</translation>
    </message>
    <message>
        <source>Vote shares over all parties&apos; votes, seat shares over the elected seats; independent winners count as one-seat units.</source>
        <translation>Дауыс үлестері — барлық партияларға берілген дауыстардан, орындар үлестері — сайланған орындардан; өзін-өзі ұсынған жеңімпаздар бір орынды бірліктер ретінде саналады.</translation>
    </message>
    <message>
        <source>The first {shown} of {n} rows; the XLSX export has them all.</source>
        <translation>{n} жолдың алғашқы {shown}; XLSX экспортында бәрі бар.</translation>
    </message>
    <message>
        <source>No ties and no warnings.</source>
        <translation>Теңдік пен ескерту жоқ.</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>party votes</source>
        <translation>партияларға берілген дауыстар</translation>
    </message>
    <message>
        <source>valid votes (party votes + against all)</source>
        <translation>жарамды дауыстар (партияларға + «барлығына қарсы»)</translation>
    </message>
    <message>
        <source>all ballots cast (valid + invalid)</source>
        <translation>барлық бюллетень (жарамды + жарамсыз)</translation>
    </message>
    <message>
        <source>the party with more votes</source>
        <translation>көбірек дауыс алған партия</translation>
    </message>
    <message>
        <source>the party registered earlier</source>
        <translation>ертерек тіркелген партия</translation>
    </message>
    <message>
        <source>drawing lots (seeded)</source>
        <translation>жеребе (берілген негізбен)</translation>
    </message>
    <message>
        <source>on each party&apos;s national votes (the sum over constituencies)</source>
        <translation>әр партияның жалпыұлттық дауыстары бойынша (округтер бойынша қосынды)</translation>
    </message>
    <message>
        <source>in each constituency separately, on its own votes</source>
        <translation>әр округте жеке, ондағы дауыстар бойынша</translation>
    </message>
    <message>
        <source>plurality: the candidate with the most votes wins</source>
        <translation>салыстырмалы көпшілік: ең көп дауыс алған кандидат жеңеді</translation>
    </message>
    <message>
        <source>one national table of quotients, each constituency taking its own levelling seats (Norway)</source>
        <translation>бөліндилердің біртұтас жалпыұлттық кестесі, әр көпмандатты округ өз теңестіруші мандаттарын алады (Норвегия)</translation>
    </message>
    <message>
        <source>each party&apos;s seats to its highest comparison figures (Sweden)</source>
        <translation>әр партияның орындары — оның ең үлкен салыстырмалы сандары бойынша (Швеция)</translation>
    </message>
    <message>
        <source>the order of the listing</source>
        <translation>тізбедегі реті</translation>
    </message>
</context>
<context>
    <name>seat_table</name>
    <message>
        <source>Constituency</source>
        <translation>Көпмандатты округ</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Орындар</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>District + list</source>
        <translation>Округ + тізім</translation>
    </message>
    <message>
        <source>Next in line</source>
        <translation>Кезектегі</translation>
    </message>
    <message>
        <source>{party} held {n} {n:plural:seat|seats} here; its quotient votes / divisor was {q}, the first left without a seat</source>
        <translation>{party} партиясының мұнда {n} орны бар; оның «дауыстар / бөлгіш» бөліндісі {q} болды — орынсыз қалған біріншісі</translation>
    </message>
    <message>
        <source>{party} did not qualify for the list seats of {constituency}</source>
        <translation>{party} партиясы {constituency} округіндегі тізім бойынша орындарды бөлуге жіберілмеді</translation>
    </message>
    <message>
        <source>{party} in {region}: {district} district {district:plural:seat|seats} + {listed} list {listed:plural:seat|seats}</source>
        <translation>{party}, {region} өңірі: округтер бойынша {district} орын + тізім бойынша {listed} орын</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>{party}: {n} {n:plural:seat|seats} in all</source>
        <translation>{party}: барлығы {n} орын</translation>
    </message>
</context>
<context>
    <name>simulate</name>
    <message>
        <source>Seats count by nominating party; majorities count seats with affiliated members, more than half of the house (simple majority of {house}: {simple}).</source>
        <translation>Орындар ұсынған партия бойынша саналады; көпшілік үшін фракцияға кіргендер де есептеледі, палатаның жартысынан астамы ({house} орынның жай көпшілігі: {simple}).</translation>
    </message>
    <message>
        <source>{linkage}: every run allocated exactly, one by one</source>
        <translation>{linkage}: әр есептеу бір-бірлеп дәл бөлінді</translation>
    </message>
    <message>
        <source>Not vectorised: {runs} runs at {rate} runs a second.</source>
        <translation>Векторландырусыз: {runs} есептеу, секундына {rate} есептеу.</translation>
    </message>
    <message>
        <source>Nothing in this house can move: none of its {house} seats depends on votes the simulation varies ({declared} district {declared:plural:seat is|seats are} known only as declared totals, {appointed} appointed, no list seats shared by votes, no district with rival candidates).</source>
        <translation>Бұл палатада ештеңе өзгере алмайды: оның {house} орнының ешқайсысы модельдеу өзгертетін дауыстарға тәуелді емес (округтер бойынша {declared} орын тек жиынтықтардан белгілі, сайлаушылар сайламайтын — {appointed}, дауыстар бойынша бөлінетін тізім орындары жоқ, бәсекелес кандидаттары бар округ жоқ).</translation>
    </message>
    <message>
        <source>{rules:list}: every run allocated exactly, one by one</source>
        <translation>{rules:list}: әр есептеу бір-бірлеп дәл бөлінді</translation>
    </message>
    <message>
        <source>({n} other {n:plural:party|parties}: no seat in any run.)</source>
        <translation>(тағы {n} партия: бірде-бір есептеуде орын жоқ.)</translation>
    </message>
    <message>
        <source>Projected: {parties:list}.</source>
        <translation>Болжам: {parties:list}.</translation>
    </message>
    <message>
        <source>{party} {share:pct1} → {seats} ({change:signed})</source>
        <translation>{party} {share:pct1} → {seats} ({change:signed})</translation>
    </message>
    <message>
        <source>Battleground, closest {n} (margin; swing to flip; chance the holder keeps it):</source>
        <translation>Тартысты округтер, ең жақын {n} (айырма; аударуға қажет ауысу; көшбасшының округті сақтау ықтималдығы):</translation>
    </message>
    <message>
        <source>  {district}: {holder} over {rival} by {margin} votes ({share:pct1}); {swing:pct2}; {hold:pct1}</source>
        <translation>  {district}: {holder}, {rival} алдындағы айырма {margin} дауыс ({share:pct1}); {swing:pct2}; {hold:pct1}</translation>
    </message>
    <message>
        <source>self-nominated</source>
        <translation>өзін-өзі ұсыну</translation>
    </message>
    <message>
        <source>Seats-votes: {party} at {share:pct1} holds {seats} seats; responsiveness {responsiveness:dec2} (seat-share points per vote-share point). At equal shares with {rival} ({equal:pct1} each), seats of {party} minus {rival}: {gap:signed}; partisan bias {bias:spct1} of the house.</source>
        <translation>Орындар–дауыстар: {share:pct1} үлесте {party} партиясында {seats} орын; сезімталдық {responsiveness:dec2} (дауыс үлесінің бір тармағына орын үлесінің тармақтары). {rival} партиясымен тең үлестерде (әрқайсысы {equal:pct1}) {party} орындары минус {rival} орындары: {gap:signed}; партиялық бұрмалану палата орындарының {bias:spct1}.</translation>
    </message>
    <message>
        <source>Seats-votes: {party} at {share:pct1} holds {seats} seats.</source>
        <translation>Орындар–дауыстар: {share:pct1} үлесте {party} партиясында {seats} орын.</translation>
    </message>
    <message>
        <source>Monte Carlo: {runs} runs, error sd {sd:num} points, seed {seed:raw}; house {house} seats.</source>
        <translation>Монте-Карло: {runs} есептеу, қатенің ст. ауытқуы {sd:num} пайыздық тармақ, негіз {seed:raw}; палатада {house} орын.</translation>
    </message>
    <message>
        <source>Any single party with a majority: {p:pct1}</source>
        <translation>Қандай да бір партия жалғыз өзі көпшілікке ие: {p:pct1}</translation>
    </message>
    <message>
        <source>Coalitions (chance of a majority; of one needing every member):</source>
        <translation>Коалициялар (көпшілік ықтималдығы; әр мүшесі қажет көпшілік ықтималдығы):</translation>
    </message>
    <message>
        <source>  {parties}: {p:pct1}; {minimal:pct1}</source>
        <translation>  {parties}: {p:pct1}; {minimal:pct1}</translation>
    </message>
    <message>
        <source>Note: {text}</source>
        <translation>Ескертпе: {text}</translation>
    </message>
</context>
<context>
    <name>swing</name>
    <message>
        <source>Uniform: each party&apos;s change in points, everywhere</source>
        <translation>Біркелкі: әр партияның тармақпен өзгерісі, барлық жерде бірдей</translation>
    </message>
    <message>
        <source>Proportional: each party&apos;s share scaled by its national ratio</source>
        <translation>Пропорционалды: әр партияның үлесі оның жалпыұлттық коэффициентіне көбейтіледі</translation>
    </message>
    <message>
        <source>Regional: each region&apos;s own change in points, the national change where a region has none</source>
        <translation>Өңірлік: әр өңірдің тармақпен өз өзгерісі, өңірде ол болмаса — жалпыұлттық өзгеріс</translation>
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
        <translation>Дауыстар</translation>
    </message>
    <message>
        <source>Vote share</source>
        <translation>Дауыс үлесі</translation>
    </message>
    <message>
        <source>Passed threshold</source>
        <translation>Межеден өтті</translation>
    </message>
    <message>
        <source>List seats</source>
        <translation>Тізім бойынша орындар</translation>
    </message>
    <message>
        <source>District seats</source>
        <translation>Округтер бойынша орындар</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Орындар</translation>
    </message>
    <message>
        <source>Seats with affiliated</source>
        <translation>Фракцияға кіргендермен орындар</translation>
    </message>
    <message>
        <source>Seat share</source>
        <translation>Орындар үлесі</translation>
    </message>
    <message>
        <source>Independents (self-nominated)</source>
        <translation>Өзін-өзі ұсынғандар</translation>
    </message>
    <message>
        <source>Against all</source>
        <translation>Барлығына қарсы</translation>
    </message>
    <message>
        <source>Invalid ballots</source>
        <translation>Жарамсыз бюллетеньдер</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>{name} (appointed)</source>
        <translation>{name} (сайлаушылар сайламаған)</translation>
    </message>
</context>
<context>
    <name>threshold</name>
    <message>
        <source>exempt from the threshold</source>
        <translation>межеден босатылған</translation>
    </message>
    <message>
        <source>no threshold</source>
        <translation>межесіз</translation>
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
        <translation>округтерде {seats} орын алды ({needed} қажет), бірақ {share:pct} &lt; {limit:pctv}</translation>
    </message>
    <message>
        <source>{reason} (a coalition of {members} parties)</source>
        <translation>{reason} ({members} партиядан тұратын коалиция)</translation>
    </message>
    <message>
        <source>{reason}, but admitted: at least {n} lists take part</source>
        <translation>{reason}, бірақ жіберілді: кемінде {n} тізім қатысады</translation>
    </message>
    <message>
        <source>passed in {passed} of {total} constituencies</source>
        <translation>{total} округтің {passed} округінде межеден өтті</translation>
    </message>
    <message>
        <source>{reason}, but {limit:pctv} or more in {passed} {passed:plural:constituency|constituencies}: their seats only</source>
        <translation>{reason}, бірақ {passed} көпмандатты округте {limit:pctv} немесе одан көп: тек солардың орындары</translation>
    </message>
    <message>
        <source>No threshold.</source>
        <translation>Меже жоқ.</translation>
    </message>
    <message>
        <source>{limit:pctv} of {base}, at least (exactly at the threshold passes)</source>
        <translation>{base}: кемінде {limit:pctv} (дәл межеде — өтеді)</translation>
    </message>
    <message>
        <source>{limit:pctv} of {base}, more than (exactly at the threshold fails)</source>
        <translation>{base}: {limit:pctv} астам (дәл межеде — өтпейді)</translation>
    </message>
    <message>
        <source>{rule}, or {n} district {n:plural:seat|seats} won</source>
        <translation>{rule} немесе округтерде {n} орын</translation>
    </message>
    <message>
        <source>{rule}, {scope}</source>
        <translation>{rule}, {scope}</translation>
    </message>
    <message>
        <source>{rule}; or {limit:pctv} of a constituency&apos;s votes, for its seats only</source>
        <translation>{rule}; немесе көпмандатты округ дауыстарының {limit:pctv} — тек оның орындары үшін</translation>
    </message>
    <message>
        <source>{limit:pctv} for a coalition of {members} or more</source>
        <translation>{members} және одан көп партиядан тұратын коалиция үшін {limit:pctv}</translation>
    </message>
    <message>
        <source>{rule} ({items:list})</source>
        <translation>{rule} ({items:list})</translation>
    </message>
    <message>
        <source>{rule}; at least {n} lists take part (the largest are admitted)</source>
        <translation>{rule}; кемінде {n} тізім қатысады (ең ірілері жіберіледі)</translation>
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
        <translation>{tier}: {seats} орын үшін теңдік: {contenders:list}; «{rule}» ережесімен шешілді, жеңгені: {winners:list}</translation>
    </message>
</context>
<context>
    <name>tier</name>
    <message>
        <source>list tier</source>
        <translation>партиялық тізімдер</translation>
    </message>
    <message>
        <source>constituency {name}</source>
        <translation>{name} көпмандатты округі</translation>
    </message>
    <message>
        <source>region {name}</source>
        <translation>{name} өңірі</translation>
    </message>
    <message>
        <source>district {name}</source>
        <translation>{name} округі</translation>
    </message>
    <message>
        <source>entitlement</source>
        <translation>тиесілі орындар</translation>
    </message>
    <message>
        <source>unseating {party}</source>
        <translation>мандаттан айыру: {party}</translation>
    </message>
    <message>
        <source>unseating {party} in {land}</source>
        <translation>мандаттан айыру: {party}, {land}</translation>
    </message>
    <message>
        <source>majority bonus</source>
        <translation>көпшілік бонусы</translation>
    </message>
    <message>
        <source>surplus agreement {lists:list}</source>
        <translation>артық дауыстар туралы келісім {lists:list}</translation>
    </message>
    <message>
        <source>the opposition&apos;s additional seats</source>
        <translation>оппозицияның қосымша орындары</translation>
    </message>
    <message>
        <source>the national count of levelling seats</source>
        <translation>теңестіруші мандаттардың жалпыұлттық есебі</translation>
    </message>
    <message>
        <source>the upper apportionment</source>
        <translation>жоғарғы бөлу</translation>
    </message>
    <message>
        <source>seats of the Länder by population</source>
        <translation>халық санына қарай жерлердің орындары</translation>
    </message>
    <message>
        <source>a party&apos;s Land lists</source>
        <translation>партияның жер тізімдері</translation>
    </message>
    <message>
        <source>the Land lists of {party}</source>
        <translation>{party} партиясының жер тізімдері</translation>
    </message>
    <message>
        <source>seats of the regions by votes</source>
        <translation>өңірлердің дауыстар бойынша орындары</translation>
    </message>
    <message>
        <source>seats taken back in {name}</source>
        <translation>орындарды қайтару: {name}</translation>
    </message>
    <message>
        <source>the second scrutiny</source>
        <translation>екінші скрутиниум</translation>
    </message>
</context>
<context>
    <name>warning</name>
    <message>
        <source>No party passed the threshold: the list seats stay empty.</source>
        <translation>Ешбір партия межеден өтпеді: тізім бойынша орындар бос қалады.</translation>
    </message>
    <message>
        <source>No party passed the threshold: only district seats are filled.</source>
        <translation>Ешбір партия межеден өтпеді: тек округтер бойынша орындар толтырылды.</translation>
    </message>
    <message>
        <source>{constituency}: no party passed the threshold; its {seats} list {seats:plural:seat stays|seats stay} empty.</source>
        <translation>{constituency}: ешбір партия межеден өтпеді; тізім бойынша {seats} орын бос қалады.</translation>
    </message>
    <message>
        <source>{land}: its list and district seats make {stated}, but its population gives it {quota}; the population decides.</source>
        <translation>{land}: тізім және округ бойынша орындар {stated} құрайды, ал халық санына қарай оған {quota} тиесілі; халық саны шешеді.</translation>
    </message>
    <message>
        <source>{n} levelling {n:plural:seat|seats} found no constituency with a levelling seat left: not placed.</source>
        <translation>{n} теңестіруші мандатқа бос теңестіруші мандаты бар көпмандатты округ табылмады: орналастырылмады.</translation>
    </message>
    <message>
        <source>{n} list {n:plural:seat stays|seats stay} empty: every list that could take {n:plural:it|them} ran out of candidates.</source>
        <translation>Тізім бойынша {n} орын бос қалады: оны ала алатын барлық тізімдерде кандидаттар таусылды.</translation>
    </message>
    <message>
        <source>Levelling with {method} took a seat from a party as the house grew (a quota method is not house-monotone): its levelling seats are negative.</source>
        <translation>«{method}» бойынша теңестіру палата ұлғайғанда партиядан орын алып қойды (квота әдісі палата мөлшері бойынша монотонды емес): оның теңестіруші мандаттары нөлден кем.</translation>
    </message>
    <message>
        <source>{region}: the file gives {stated} seats, its votes give it {seats} (the votes decide).</source>
        <translation>{region}: файлда {stated} орын, ал дауыстары бойынша оған {seats} тиесілі (дауыстар шешеді).</translation>
    </message>
    <message>
        <source>{party}: {n} district {n:plural:winner|winners} known only from declared totals {n:plural:is|are} not seated; which cannot be told without district results.</source>
        <translation>{party}: тек жиынтықтардан белгілі округтердегі {n} жеңімпаз мандат алмады; кім екенін округтер бойынша нәтижелерсіз айту мүмкін емес.</translation>
    </message>
    <message>
        <source>Party votes differ from the sum of their constituency votes, which is used: {details:list}.</source>
        <translation>Партиялардың дауыстары олардың округтер бойынша дауыстарының қосындысынан өзгеше; қосынды қолданылады: {details:list}.</translation>
    </message>
    <message>
        <source>{party} {given} vs {summed}</source>
        <translation>{party} {given} / {summed}</translation>
    </message>
    <message>
        <source>The file has a field &quot;{field}&quot; this version of SeatCalc does not know: it is kept when saving, not used.</source>
        <translation>Файлда SeatCalc-тың бұл нұсқасы білмейтін «{field}» өрісі бар: ол сақталғанда қалады, бірақ пайдаланылмайды.</translation>
    </message>
    <message>
        <source>{cast} ballots but only {registered} registered voters: one of the two figures is wrong.</source>
        <translation>{cast} бюллетень, бірақ тізімдегі сайлаушылар тек {registered}: екі санның бірі қате.</translation>
    </message>
    <message>
        <source>{missing} of {seats} district seats have no result (neither district votes nor declared totals): left empty.</source>
        <translation>Округтер бойынша {seats} орынның {missing} нәтижесі жоқ (не округ бойынша дауыстар, не жиынтық): бос қалды.</translation>
    </message>
</context>
</TS>
