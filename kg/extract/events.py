"""Attack events: triggers, roles, dates, casualties, sources, coreference and retaliation.

The text is cut into sentences, and sentences into clauses at commas and at the
words that open a subordinate event («ردا على», «بعد», «عقب», «حيث», «فيما») or
another attack («، كما طالت»). An aside between dashes that opens a clause
(«- بعد ساعتين من الغارات -») is a clause of its own, cut out of the one around
it; any other aside («-أمس الاثنين-», «، بعد نحو ساعة،») belongs to its clause. A clause reports an
attack when it holds an attack word (هجوم، استهداف، قصف، غارات، ضربات...) that
is not negated, hypothetical, habitual or a cumulative tally. Its class comes
from the first means named (طائرة مسيرة, صواريخ, قصف مدفعي, غارات); a drone
strike by a state air force is an airstrike, and so is its «قصف» when no other
means is named; shells of no named kind («سقطت قذيفة») are shelling unless the
attack they join names its means or is fought on the ground. Roles come from the
entities in the clause: the actor next to the attack verb or named by an
adjective («غارات أمريكية») is the attacker;
bases, facilities and the actors owning struck positions are targets; other
places are locations. Clauses about an attack already reported (same means and
side, a shared target or place, no conflicting date, or a definite reference
such as «الضربات») join that event instead of making a new one. Attacks in
different countries, on different bases or on different days stay apart
(weekdays and «الأسبوع الفائت» count even when no publication date resolves
them), and an attack «بعد الهجمات المذكورة» is not one reported before those.
What a strike answers or follows («ردا على هجوم بطائرة مسيرة») is an attack of
its own, with its own casualties, and so is one answering by its verb («ردّت واشنطن
بغارات»), which answers the attack of the other side told before; a revised toll («ارتفعت حصيلة قتلى الغارات»)
joins the attack it revises and leaves its date alone. Times of statements
(«في بيان الأحد», «أعلن الجهاز، اليوم الأحد (10 كانون الأول)،») do not date the attack, unless it has
no day of its own and the report's day is named between commas after its source («أفاد مصدر،
اليوم الأحد، بسقوط صواريخ»: news of the day), and a relative day inside a quotation
(«"نفذنا الليلة ضربات"») is the speaker's, left unresolved; «اليوم نفسه» is the
day just named. An undated attack that followed or answered one of day D
happened between D and the publication day (on D when the article is from that
day). A definite «الهجوم» goes to an attack a sentence reported before one it
only named in passing, and the same group striking another named place makes
another attack. The place an attack was launched from («أطلقت من بلدة زمار»,
«الهجوم من قاعدة التنف») is a location, not a target, and does not decide its
country. A suspected attacker («يعتقد أنها تابعة ل», «يرجح أنها من جانب») is the
attacker, as is the force an aircraft belongs to («مقاتلة تابعة للتحالف»).
A headline (a short first line without a full stop, even of several sentences)
only adds to the events the body reports. Air defences downing drones or rockets
(«أسقطت الدفاعات الجوية طائرة مسيّرة», «اعترضت») make an ``Interception`` in
response to the attack they downed, the latest reported before by those means;
when none was, the downed attack is an event of its own from the same words
(but a drone downed while only flying, «كانت تحلّق قرب موقع», made no attack). A
failed («فشلت الدفاعات الجوية في اعتراضه») or partial («وأن المسيّرة الثالثة
وصلت») interception is part of the attack's report. Whose defences or forces did
the downing («الدفاعات الجوية للتحالف», «أعلن التحالف أن قواته أسقطت») is the
interception's ``interceptors``.

A bomb going off («انفجار عبوة ناسفة»), gunfire at a patrol or an operation with
a drone («في عملية نفذتها بطائرة مسيّرة») is an attack of no class of its own; when
a sentence opens with the casualties or the blasts heard («دوي انفجارات يهز الحقل»)
and then «إثر» the attack behind them, it is one clause. «إذ» opens a clause of its
own, unless what it explains is an attack just named; the verb of falling may be
dual («صاروخين ... سقطا»), and «عدواناً جوياً» is an airstrike. «في هجوم منفصل», «قصف جوي مماثل» make
another event; «الضربات» naming no attacker or day, after a wave of strikes, is
the wave's part in another place and takes its attacker and day; a strike «بعد
دقائق» of an attack is on its day. Denials («نفى ... تعرض القاعدة لهجوم»), security
campaigns («حملة أمنية») and attacks counted «منذ» a time long past are not
events; «العدوان» / «الاعتداء» only point back at an attack told before. Neither
are reports denied («نفى ... الأنباء عن استهداف»), days «دون تسجيل هجمات», counts of
times since a date («أكثر من 70 مرة») or attacks planned («التخطيط لهجمات»); a
helicopter raid («عملية إنزال جوي») is an attack. Weapons stored where a strike hit
(«منشأتين لتخزين الصواريخ») do not make its class, and a drone picking off a car is
an airstrike. The side accused of an attack («متهمة ... بالوقوف خلفه», «محمّلاً ...
المسؤولية»), in its clause or in a later sentence that names it («بالوقوف وراء التفجير»:
the attack told last; «وراء الهجمات»: every one told without an attacker), or said to be
behind it («أن تكون فصائل مسلحة وراء الهجوم») is its attacker; so are the actor after
«لـ» between an attack and what it struck («قصف مدفعي لقوات النظام على بلدة ذيبان»),
whose sniper fired («قناص من قوات النظام») or where it was posted or the attack came
from («متمركز في مناطق سيطرة», «قذائف مصدرها مناطق سيطرة الميليشيات»), the subject
of «حيّدت» or «اغتالت», and an actor joined by «و» to the attacker. What came «من
اتجاه» a place came from there. A comment after a comma on attacks in general («في
تصعيد أعاد إلى الأذهان موجة الهجمات») leaves a report that names what was struck;
a word of habit counts only as a whole word («مراراً», not «استمراراً»). Attacks on
one day in places apart stay apart unless both are one side's, and one «في وقت
متزامن» with an attack told before is on its day. Downing only some («وأسقطت
بعضها») is part of the attack, and a nationality after the air defences («الدفاعات
الجوية الأميركية») names whose they were. The actor after a bare verb in a relative clause
(«الهجوم الذي استهدف القوات الأمريكية») is its object, not the attacker, and the side
controlling a named launch site («أطلقت من بلدة "الحريجي" الخاضعة لسيطرة الميليشيات») is.
An attack going on as a practice with no day named («تواصل استهداف قرانا») is not an event,
nor is one only named as an example of those answered («بما في ذلك هجوم الرطبة»).
An indefinite «عدوان» or «اعتداء» with its own day and means («جراء اعتداء ميليشيا قسد
أمس بقذائف الهاون») reports an attack, whose aggressor is the actor after it; a group
claiming an attack after its name («فصيل ... يتبنى الهجوم») is its attacker. A bomb, a
mine or gunfire is never the same attack as a strike from afar on the same day. An
undated attack in a live blog's entries headed by clock times is of the publication day.
An ambush («كمين») is an attack by whoever set it («نصبته خلايا التنظيم»), and a ground
assault with machine guns is no rocket attack for its RPGs. Not attacks told: preparing
one («تستعد لإطلاق»), an anniversary («الذكرى الثانية لأول هجوم»), what is not wanted
(«ليس ضربة انتقامية»), a tally «منذ مطلع العام», strikes feared («خشية ضربات»), attacks
answered in general («رداً على الهجمات على القوات»). A toll revised keeps the day told
after the attack word («جراء الكمين الذي نصبته ... مساء أمس»); «في إطار الرد على» opens
the attack answered.

Sides: ISIS fights both the coalition and the Iran-aligned side, so its attack is never
one of theirs named as its attacker («هجوم شنّه مسلّحون من التنظيم» and «غارة للتحالف» on
the same day are two). Attacks on one day but hours apart («ليلة أمس», «ظهر أمس»), «اليوم»
and «أمس» without a publication date, and an attack «وكانت ... قد» told with its full date
are apart from the attack reported. Not attacks told: «أي هجوم/تصعيد», «في أي لحظة», a time
to come («في أيلول المقبل»), a rumour denied in its sentence or the next («أنباء غير
مؤكدة عن غارات ... ينفي»), «لا صحة لـ», attacks counted over weeks («23 هجوماً خلال
فبراير», «لأكثر من 15 هجوماً», «تجاوزت 40 هجوماً»), a trend («تراجع في الهجمات»), a
practice of days («تشنّ منذ أيام حملة ضربات»), the heading of a list («هجمات خلايا
التنظيم:»), a headline naming three kinds of attack, «وهذه ثالث ضربة ... منذ». A time
after «لم ... حتى» or inside «منذ ...» dates no attack, but «منذ صباح الخميس» does, and
«بعد منتصف الليل» is a time, not a clause. «القاعدة» alone is the base named last before
(not the one artillery stands in), «وهو هجوم» and the bus, convoy, checkpoint or patrol
struck are the attack just told. The attacker is also the nationality of artillery
(«المدفعية التركية», «لقصف مدفعي تركي»), the owner of a strike that is the subject of a
verb («استهدفت غارة للتحالف»), a force or gunmen of a group («قوة خاصة من قسد»,
«مسلحون من تنظيم»), and aircraft beside the attack word make an airstrike («استهدفت
الطائرات», «طيران مجهول»). A verb right after an indefinite attack has the attack for
subject («هجوم صاروخي استهدف القوات الأمريكية»). Breaking-news flashes («عاجل |») after
the first line are reports, not headlines; a downing at another base than the attack's,
or of a drone flying or smuggling («محمّلة بالمواد المخدّرة»), is another interception.
«في حادثة منفصلة», «مسيّرة ثانية», «غاراتٌ أخرى» and a sentence opening with «كما» and an
indefinite attack tell another attack, the «أخرى» by the strikers of the last strikes when none
is named; attacks going on since a past day («هجمات متواصلة ... منذ الخميس الماضي») and a denied «الأنباء التي راجت عن هجوم», a
trend told by its verb («تراجعت هجمات») and an accidental blast («انفجار عرضي») tell none.
«مسؤوليتها عن العملية» claims the attack told and a claim of «الهجومين» the two told before
it («الهجمات الثلاثة» the three); a group's listed operations («العمليات الآتية:») are its
own, of the day its lead names; «ثأراً لـ» answers like «رداً على»; an aggression named in
passing but told in full («العدوان الذي استهدف ... يوم الخميس»)
is an event when no report of it follows; a headline may ask a question. The forces before
«تمكنت من إسقاط» did the downing. Gunfire told with nothing named in a later sentence («إن
مسلحَين ... أطلقا النار عليه أمام محله») is the shooting just told, in detail, and the side
supposed in a later sentence to be behind it («أن تكون خلايا تنظيم «داعش» وراء عملية الاغتيال»,
«وقوف خلايا التنظيم وراء التفجير», «أن تكون خلايا التنظيم وراءه») is its attacker. Weapons after an
industry («شركة صناعات الفضاء والطيران») are no means. Attacks of the kind with no day named
(«لهجمات سابقة نفذها التنظيم», «هجمات مماثلة») are none told, and a flash of a line or two
standing alone («عاجل | دوي انفجارات في قاعدة ...») is a report, not a headline. An exchange of
fire («قصفاً متبادلاً») is no attack of its own, but the attacks told in the two sentences after it
are of its day. A quoted date naming its month («"عملية قاعدة حرير في 25 كانون الأول"») is
resolved, and «منذ» a day «حين» an attack was told dates that attack. A quoted «اليوم» of a
statement made on the report's day («في بيان صدر صباح اليوم الأربعاء») is the report's day. A
capability («بقدرة على شن هجمات») tells no attack, and the dual of a verb («هاجمتا») is a verb.
Nor do a threat waved («لوّحت باستهداف»), a resolve to go on («ماضية في استهداف»), an escalation
(«تصعيد ملحوظ في القصف»), an end called for («يضع حداً للهجمات», «وقف العدوان على غزة»), a drone
downed crossing a border («حاولت اجتياز الحدود») or a tally of downings («منذ مطلع العام إسقاط 11»).

Round-ups, tables and statements: a report with no verb, the means aimed at a named place at the
head of its clause («الاثنين: رشقة صاروخية على قاعدة الشدادي», «- 20.1.2024: وابل من الصواريخ
على عين الأسد»), is an attack; a table's row is one report, dated by its cell; a group's list of
its operations («نفّذ مجاهدو ... العمليات الآتية:») is the group's, claimed by it, in answer to
what its lead answers. A strike told over «هذا الأسبوع» and on its day by the same side is one.
A quoted day with its weekday is resolved. Not attacks told: the perfect of going on («واصلت
الفصائل استهداف القواعد»), «مستمرة في دكّ», options weighed («يدرس خيارات للرد، من بينها
استهداف»), strikes in a sentence opening with «منذ». «أقدمت X على عدوان» names X; forces «حيث
تنتشر» are only there. An interception does not answer an attack of another day.

Attacks known by name: an attack noun without the article defined by the place or weekday
after it («بعد هجوم الأردن», «عقب ضربة الأربعاء») names an attack told, unless its clause tells
it with a day, a target or another attack of its own; so do «الضربة المذكورة» and «ولم تتبنَّ أي
جهة الهجوم». A raid or security operation that killed or fought («عملية نوعية ... أسفرت عن
مقتل», «داهمت ... وقتلت») is an attack by the raiding forces, raids that only arrested are
not; a device told before that blew up under a vehicle («، انفجرت بعجلة عسكرية») is an attack,
and so are colloquial struck sites («انضربت المزرعة», «ضربوا المستودعات»). A chat export
(lines stamped with a date, hardly any ending in a full stop) dates a message's attack by the
stamp on its line. An attack in the first person («استهدفنا») is the speaker's, named before
a colon or after a verb of saying; the side suspected of the attack told last («أصابع الاتهام
تتجه إلى التنظيم», «أن يكون المهاجمون من خلايا التنظيم») is its attacker; a side inside the
words said («وقال المصدر إن داعش هاجمت») is no source. The day of a mourning gathering
(«مجلس عزاء») or of a memo («المؤرخة في») is no attack's day, and a date written in full that
agrees with the weekday beside it is kept over a later one in the clause. A craft downed on
its way to a place the attack told did not strike («قبل وصولها إلى حقل خورمالة») is another
attack.

Casualty figures, claims of responsibility and cited sources are read from the
sentences of each event. ``ck:killed`` / ``ck:wounded`` hold the largest figure
any source gives: tolls are revised upwards as counts come in, and breakdowns
(11 Syrians, 5 others) are parts of a total; but a word for many or a few («عشرات»,
«بضعة») is no figure, other sources beat the attackers' claim («زاعماً مقتل ستة جنود»), and a range
(«6 أو 7») counts as its lower end. Every figure stays as its own
``ck:CasualtyClaim`` with who reported it. Victims named one by one count one
each («مقتل طفل وسيدة»: 2), and a date between the verb and the count is read
past («قُتل في ٢٠ تشرين الثاني أربعة عناصر»). A named person killed counts one, with
the companions told after the name («مقتل القيادي ... ومرافقه»: 2), and so does a victim
as an active verb's object («قتلت غارة ... قيادياً في التنظيم») or by a pronoun («مقتله مع
مرافقه»: 2, «مقتل أحدهم»: 1). A sentence of
its own about casualties belongs to the attack it names again: by its place («الهجوم
على الشدادي لم يسفر عن إصابات»), else by its kind («الضربة»: the strike, not the
attack it answered), else the attack told last in a main clause; so does one right
after an attack's sentence («وأفاد المرصد بمقتل 11 عنصراً») unless it speaks of
another time. A number ending an outlet's quoted name («شبكة "ميادين 24"») is no figure.
The arrested («واعتقال اثنين آخرين») are no casualties, and a title killed counts
those joined right after it («مقتل ضابط وجنديين»: 3, «وأحد المنتسبين»: one more).
The verb agrees with a feminine victim («قُتلت طفلة»: 1), a verb after a breakdown set
off by commas («ثلاثة عشر مقاتلاً، بينهم تسعة عراقيين، قُتلوا») counts the total, a
hospital the wounded were taken to is no place of an attack, and «لا أنباء عن إصابات»
is no figure. A toll rising «إلى» a figure may name what it counts further back
(«ارتفاع عدد المصابين ... في هجوم عين الأسد إلى سبعة»). A casualty noun alone counts one or
two («ما أسفر عن سقوط قتيلين»: 2 killed), and what a strike caused after the attack it
answered is its own toll («، رداً على الهجوم، ما أسفر عن ...»). «دون وقوع خسائر بشرية» in the
report of an interception is the intercepted attack's toll, and so is «من دون خسائر» (not
«خسائر مادية»). Defences named by no one («المضادات الأرضية في القاعدة», «وأسقطتها الدفاعات
الجوية») are the garrison's of the base attacked: the nation of «القاعدة الأمريكية» or
«قاعدة التحالف», else the forces holding the base in the gazetteer (``ck:heldBy``), else the
forces aimed at. A downing at a named base answers the attack on that base; one told with
another day is another interception. The strike told after the dead and their day («استُشهد
ثلاثة ... مساء أمس، بعد أن استهدفت طائرة مسيّرة عجلتهم») happened that day. Bodies count the dead («خمس جثث»), a number naming a unit or a
tower («اللواء 13», «البرج 22») counts no one, «أن عدد شهداء الغارة ... ارتفع» is a toll
revised, and a verb opening its clause counts the people it struck past its subject («قتلت
مسيّرة انطلقت من الأراضي العراقية ثلاثة جنود»). A headline joining victims of two kinds
(«مقتل عاملين وعنصرين من الأسايش») whose figure adds up, or is, the toll the body gives
another attack is not the toll of the attack it joined.

A wave «من الرد على» an attack answers it, and the strikes a sentence opening with the other side
of the border tells («وفي الجانب السوري، ... في غارات») are the wave's. A country named as the one
striking is no place of its strike.

Accusations: the side accused after a verb is the attacker, but the side right after «اتهمت» or
«حمّلت» with another named before the deed accuses («اتهمت قسد قوات النظام بقصف»); a group's
media office («المركز الإعلامي لقسد») speaks and is no target. Fire returned at its sources
(«وردّت قسد على مصادر القصف») is an attack of its own answering the one told.

Pages of records and lists: a page of the day in years past («حدث في مثل هذا اليوم»)
dates each entry by the year opening it; a record's date field («تاريخ ووقت الحادث:») heads
the record over its other fields, and its perpetrator field («الجهة المنفّذة:») names the
attacker; the lines under a heading of tolls («كم عدد الضحايا؟», «الخسائر البشرية:») are
the tolls of the attack told; victims named each with an age («(٣٤ عاماً)») or listed one a
numbered line are counted. A bulletin's day and province («الأحد 8/9 – صلاح الدين:») head its entry.

Statements and sources: a group's «أن مجاهديها استهدفوا» is its claimed attack, and its statement
going on («وأضاف البيان أن المجاهدين عادوا ظهراً فاستهدفوا ...، قبل أن يدكّوا عند الغروب», «ثم
استهدافَ قاعدة تل بيدر») keeps its hands, the day of its first words and, at an hour alone, the
day of the attack before. Another source's dawn after the night told («لكن المرصد أفاد بأن الهجوم
نُفّذ ... فجر الاثنين») is the same attack; a feminine speaker's «إنه» is not herself; «، كان
أكثرها إيلاماً الهجوم ...» and «كان آخرها قبل الضربات بيومين، حين سقطت» tell one attack of a run;
drones downed and claimed later with no day are one attack, of the downing's day. A dash joining
two nations («دورية أميركية - سورية») or the two days of a night ends no sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from itertools import combinations, pairwise, takewhile
from typing import TypeVar

from kg.arabic import Token, stems
from kg.extract import CasualtyClaim, Document, EntityMention, Event, Span
from kg.extract.entities import (
    IDF,
    IRAN_BACKED,
    NATIONALITIES,
    NATIONALITY_WORDS,
    RUSSIAN_FORCES,
    SPEAKING,
    TURKISH_FORCES,
    UK_FORCES,
    US_FORCES,
    national_forces,
)
from kg.gated import Pattern, gated
from kg.gazetteer import Gazetteer, load_gazetteer
from kg.numbers import Quantity, find_quantities, parse_number
from kg.temporal import (
    SAME_DAY,
    WEEKDAY_NAMES,
    TimeExpr,
    find_dates,
    names_a_month,
    weekdays_named,
)

ID = "https://w3id.org/conflict-kg/id/"
COALITION = ID + "actor/cjtf-oir"
T = TypeVar("T")

WORD_OPENING = r"(?:^|\s)"


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regular expression."""
    out, depth, start, i = [], 0, 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 1
        elif c == "[":  # a class, to its closing bracket («[^]»'s and «[]»'s own are literal)
            i += 2 if pattern.startswith("^", i + 1) else 1
            i += pattern[i] == "]"
            while pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


def _compile_words(pattern: str) -> Pattern:
    """``pattern`` compiled with each run of alternatives opening a word («(?:^|\\s)») under one opening.

    The engine otherwise tries the opening alternative by alternative at every character
    («NEGATED»: 40 → 15 µs per 120 characters). Matches start where they did; only which of
    two alternatives matching at the same place wins may change, so it is for patterns whose
    matches are used for where they start or whether there is one.
    """
    runs: list[list[str]] = []
    for alt in _alternatives(pattern):
        opens = alt.startswith(WORD_OPENING)
        if opens and runs and runs[-1][0].startswith(WORD_OPENING):
            runs[-1].append(alt)
        else:
            runs.append([alt])
    return gated(
        "|".join(
            WORD_OPENING + "(?:" + "|".join(a[len(WORD_OPENING) :] for a in run) + ")" if len(run) > 1 else run[0]
            for run in runs
        )
    )

# -- lexicon (normalised forms; clitics are stripped before lookup) -------------------------

# «العدوان», «الاعتداء»: words of condemnation, which only point back at an attack reported.
AGGRESSION = set("عدوان العدوان اعتداء الاعتداء".split())
AMBUSH = frozenset("كمين كمينا الكمين كماين".split())

ATTACK_WORDS = set(
    """
    هجوم هجوما هجمات الهجوم الهجمات هجومين هجومان هاجم هاجمت هاجموا هاجما هاجمتا مهاجمه يهاجم تهاجم
    استهداف استهدف استهدفت استهدفوا استهدفا استهدفتا استهدافها يستهدف تستهدف استهدافه استهدافهم
    قصف قصفت قصفوا قصفا قصفتا القصف يقصف تقصف تقصفان يقصفان يقصفون تستهدفان يستهدفان يستهدفون تهاجمان يهاجمون
    غاره غارات الغاره الغارات غارتين غارتان
    ضربات الضربات ضربه الضربه ضربتين الضربتان ضربتان
    شن شنت شنوا شنتا يشن تشن دمرت دمر تدمير
    دك دكت دكوا يدك تدك يدكون يدكوا اغارت اغار اغاروا
    يستهدفوا يقصفوا يهاجموا
    استهدفنا قصفنا هاجمنا دككنا
    هجموا هجمت هجمتا هجما
    """.split()  # «وهجموا على نقاط قسد»: attacked (not «هجم», which may be the noun «هَجْم»); «قبل أن يدكّوا»
) | AGGRESSION | AMBUSH
# Striking verbs with their object as a pronoun: «استهدفتهما مسيّرة تركية», «قصفها الطيران».
OBJECT_PRONOUNS = ("ه", "ها", "هما", "هم")
_OBJECT_PRONOUN = "(?:" + "|".join(OBJECT_PRONOUNS) + ")"
VERBS_WITH_OBJECT = frozenset(
    verb + pronoun
    for verb in ("استهدف", "استهدفت", "قصف", "قصفت", "هاجم", "هاجمت", "ضرب", "ضربت", "دك", "دكت")
    for pronoun in OBJECT_PRONOUNS
)
ATTACK_WORDS |= VERBS_WITH_OBJECT
# Shells with no kind named («قذائف»; «قذائف هاون», «قذائف صاروخية» name theirs).
SHELLS = frozenset("قذايف قذيفه قذيفتين قذيفتان".split())
# Words that name the means of an attack, with the class they imply.
MEANS: dict[str, str] = {}
for _w in "مسيره مسيرات المسيره المسيرات مسيرتين مسيرتان المسيرتين المسيرتان درون درونز".split():
    MEANS[_w] = "DroneAttack"
for _w in "صاروخ صواريخ صاروخا صاروخي صاروخيه صاروخيا صاروخيتين صاروخيتان الصاروخي الصاروخيه الصواريخ صاروخين صاروخان الصاروخين الصاروخان باليستي راجمه راجمات كاتيوشا".split():
    MEANS[_w] = "RocketAttack"
for _w in "مدفعي المدفعي مدفعيه المدفعيه هاون الهاون مدفعيا مدفعيتها مدفعيته".split():
    MEANS[_w] = "ArtilleryShelling"
for _w in "غاره غارات الغاره الغارات غارتين غارتان مقاتلات مقاتله مقاتلتين مقاتلتان المقاتلات حربيه الحربي الحربيه اغارت اغار اغاروا مقاتلاتها مقاتلاته طايراتها طايراته طيرانها طيرانه".split():
    MEANS[_w] = "Airstrike"
_TWO_WORD_MEANS = {("بدون", "طيار"): "DroneAttack", ("الطيران", "المسير"): "DroneAttack", ("طيار", "مسير"): "DroneAttack"}
# «جويه» alone also describes air defences («المضادات الجوية»); only these pairs mean an airstrike.
# «عدواناً جوياً»: an airstrike in the words of its foes.
for _w in "ضربات الضربات ضربه الضربه ضربتين الضربتين ضربتان الضربتان قصف القصف هجوم الهجوم هجمات عدوان عدوانا العدوان عمليه عمليات".split():
    for _a in ("جويه", "الجويه", "جوي", "الجوي", "جويا", "جويتين", "الجويتين", "جويتان", "الجويتان"):
        _TWO_WORD_MEANS[(_w, _a)] = "Airstrike"
# «الضربة الأمريكية», «ضربات إسرائيلية»: the strikes of the states that strike here from the air.
for _w in ("ضربه", "الضربه", "ضربات", "الضربات", "ضربتين", "الضربتين"):
    for _nat in ("امريكيه", "اميركيه", "اسراييليه", "روسيه"):
        _TWO_WORD_MEANS[(_w, _nat)] = _TWO_WORD_MEANS[(_w, "ال" + _nat)] = "Airstrike"
# «طائرة عسكرية أمريكية», «الطيران الروسي»: manned aircraft, a military or a state's.
for _plane in "طايره طايرات الطايره الطايرات الطيران طياره طيارات الطياره الطيارات".split():  # «الطيارات»: colloquial
    for _kind in (*NATIONALITY_WORDS, "عسكريه"):
        _TWO_WORD_MEANS[(_plane, _kind)] = _TWO_WORD_MEANS[(_plane, "ال" + _kind)] = "Airstrike"

# Quotation marks around a name or a quoted phrase, as a regex character class.
QUOTE = r"[\"'“”«»]"
OPEN_QUOTE = r"[«\"“]?"  # a word may open a quotation: «"سقطت», «"خلية تابعة لتنظيم»
# Where a word starts: at the text's start or after a space, and maybe after an opening quote.
WORD_START = WORD_OPENING + OPEN_QUOTE
# The same, read without taking the space: a word's first letter, or the quote opening it.
WORD_BEGIN = r"(?<!\S)" + OPEN_QUOTE
# «ردّت على مصادر إطلاق القذائف»: where shells were fired from, answered; the shells name no means.
SHELLS_FIRED_FROM = gated(WORD_BEGIN + r"(?:مصادر|مصدر|مواقع|منصات)\s+(?:اطلاق|انطلاق)\s+(?:ال)?(?:قذايف|قذيفه)")
COMMA = re.compile(r"[،,]")
SPACE_OR_QUOTE = r"[\s\"'“”«»]"

AFFILIATION_BEFORE = gated(
    r"(?:(?:موال|مدعوم|تابع|متحالف|مقرب|مرتبط|حليف|حلفاء|وكلاء|اذرع|ذراع|عملاء)\S*\s+(?:من\s+|مع\s+)?[لب]?"
    r"|" + WORD_START + r"(?:تعمل|يعمل|تنشط|ينشط|تنضوي|ينضوي)\s+(?:تحت\s+(?:غطاء|مظله|رايه|اسم)|ضمن)\s+)$"  # «تعمل تحت غطاء هيئة الحشد»
)
# «"طائرة حربية يُرجَّح أنها أمريكية», «غارة جوية يُعتقد أنها إسرائيلية», «أطلقت المدفعية
# الأمريكية قذائف»: whose aircraft or artillery struck.
_AIRCRAFT_MODEL = r"(?:\s+[\"«“]?[^\s\d]{1,4}-?\d{1,3}[\"»”]?)?"  # «طائرات «إف-١٦» العراقية»
AIRCRAFT_NATIONALITY = gated(
    r"(?<![^\s\"'“”«»])(?:ال)?(?:طايره|طايرات|طياره|طيارات|مقاتلات|مقاتله|مقاتلتان|مقاتلتين|مسيره|مسيرات|طيران|غاره|غارات|ضربه|ضربات|مدفعيه|راجمات)"
    + _AIRCRAFT_MODEL + r"(?:\s+(?:ال)?(?:مسيره|مسير|حربيه|حربي|عسكريه|جويه|مجهوله|بدون|طيار|يعتقد|يرجح|يشتبه|بانها|انها|انه|ربما)){0,4}"
    r"\s+(?:ال)?((?:امريكي|اميركي|اسراييلي|روسي|تركي)\S*)(?=\s|$|[،,.])"
)
# Iraq's manned aircraft («طائرات «إف-١٦» العراقية», «المقاتلات العراقية»); its «مسيّرات عراقية»
# are the militias'.
IRAQI_AIRCRAFT = gated(
    r"(?<![^\s\"'“”«»])(?:ال)?(?:طايرات|طايره|مقاتلات|مقاتله|طيران)" + _AIRCRAFT_MODEL
    + r"(?:\s+(?:ال)?(?:حربيه|حربي|عسكريه))?\s+(?:ال)?(عراقي\S*)(?=\s|$|[،,.])"
)
# «غارة جوية مجهولة على شاحنات قرب معبر القائم، يُرجَّح أنها إسرائيلية»: the suspected nationality of a
# strike, further on in its clause.
SUSPECTED_NATIONALITY = gated(
    r"(?:^|[\s،,])(?:يرجح|يعتقد|يشتبه)\s+(?:ان|انها|بانها|انه|بانه)\s+(?:ال)?((?:امريكي|اميركي|اسراييلي|روسي|تركي)\S*)(?=\s|$|[،,.])"
)
# «في بيان الأحد», «نقلت السبت عن مصادر»: when it was said, not when it happened.
_REPORT_VERB = WORD_START + r"[وف]?(?:نقلت|نقل|ذكرت|ذكر|قالت|قال|افادت|افاد|اعلنت|اعلن|اكدت|اكد|كشفت|كشف|نعت|نعي|ينعي|تنعي|زفت|زف)"
# «قبل أن يرفع الحصيلة صباح اليوم السبت إلى ثمانية»: the day a toll was raised.
STATEMENT_TIME = gated(r"(?:" + _REPORT_VERB + r"|" + WORD_START + r"و?(?:ال)?(?:مورخه|مورخ)\s+(?:في\s+)?$|" + WORD_START + r"(?:رفع|يرفع|رفعت|ترفع)\s+(?:ال)?حصيله|بيان|تصريح\S*|موتمر\S*(?:\s+صحفي|\s+صحافي)?|موجز\S*(?:\s+صحفي|\s+صحافي)?|مقابله|حديث\S*)(?:\s+(?:له|لها|صادر|مشترك|صدر|نشر|نشرته|اصدرته|منفصل|اخر|رسمي|مقتضب|مكتوب|مصور)){0,2}\s*$")
# «أصدرت اللجنة، مساء أمس الخميس، بياناً شديد اللهجة»: the day a statement was issued on; «أما أمس
# الأربعاء، فقد وصفت الحكومة الغارات بأنها تصعيد»: the day of a word on the attack.
STATEMENT_AFTER_TIME = gated(
    r"[\s،,]*(?:(?:بيانا|بلاغا|تصريحا|تعميما|تقريرا)(?=[\s،,.]|$)"
    # «أقامت الجالية، مساء أمس الخميس، مجلس عزاء»: the day of a mourning gathering or a vigil.
    r"|(?:مجلس|مجلسا|مراسم|حفل|حفلا|وقفه)\s+(?:ال)?(?:عزاء|تابين|تشييع|احتجاجيه|تضامنيه)(?=[\s،,.]|$)"
    r"|(?:ف?قد\s+|ف)?(?:وصفت|وصف|دانت|دان|نددت|ندد|استنكرت|استنكر|اعتبرت|اعتبر)\s)"
)
# «أفاد مصدر أمني في محافظة الأنبار، اليوم الجمعة، بسقوط...»: the day of the report, after its source.
# «أعلن الجهاز، اليوم الأحد (10 كانون الأول 2023)، أن...»: «اليوم» before the day named is part of it.
SOURCE_THEN_TIME = gated(_REPORT_VERB + r"((?:\s+\S+){1,6}?)[\s،,]*(?:(?:اليوم|امس)\s+)?$")
# «شيّع أهالي مخيم النيرب للاجئين الفلسطينيين شرقي مدينة حلب، ظهر أمس السبت»: the day of a funeral.
FUNERAL_THEN_TIME = gated(WORD_START + r"[وف]?(?:شيع|شيعت|شيعوا|يشيع|تشيع|ودع|ودعت|ودعوا)((?:\s+\S+){1,10}?)[\s،,]*(?:(?:اليوم|امس)\s+)?$")
# «أعلنت القيادة المركزية أنها نفذت ضربات», «أعلنت "المقاومة" في بيان على "تلغرام" أنها استهدفت»:
# the speaker reports its own attack (where and when it said so may come between, another «أن» not,
# nor a supposition: «في غارات يُرجَّح أنها إسرائيلية استهدفت» is no one's own report).
_DID_IT = r"(?:نفذت|شنت|استهدفت|قصفت|هاجمت|نفذ|شن|استهدف|قصف|هاجم|نفذوا|شنوا|اصابت|اصاب|اصابوا|ضربت|ضربوا|اغار|اغارت|اغاروا|دكت|دك|دكوا)(?:\s|$)"
SELF_REPORT = gated(r"[\s\"'”“»«،,]*(?:(?!ان\s|يرجح\s|يعتقد\s|يشتبه\s|رجح\s|رجحت\s)\S+\s+){0,12}?(?:انها|انه|انهم)\s+(?:\S+\s+)?[\"'”“»«]?[وف]?" + _DID_IT)
# «قالت القيادة المركزية»: a feminine speaker, whose «إنه» is not herself (``_says_of_another``).
SHE_SAID = frozenset(("قالت", "اعلنت", "ذكرت", "اكدت", "افادت", "اوضحت", "اشارت", "زعمت", "ادعت", "اضافت"))
IT_MASCULINE = gated(r"(?:^|\s)[\"'”“»«]?انه\s")
# «أعلنت وزارة الدفاع التركية أن مقاتلاتها دمّرت»: a ministry telling what its forces did.
OWN_FORCES_DID = gated(
    r"[\s\"'”“»«،,]*(?:(?!ان\s)\S+\s+){0,6}?(?:ان|بان)\s+(?:قوات|مقاتلات|طايرات|طيران|جيش|مسيرات|مدفعيت|وحدات)(?:ها|ه)\s+"
    r"(?:\S+\s+)?[\"'”“»«]?[وف]?(?:(?:دمرت|دمر)(?:\s|$)|" + _DID_IT + ")"
)
# «أعلنت المقاومة الإسلامية في العراق، في بيان، أن مجاهديها استهدفوا»: a group telling what its fighters did.
_ITS_FIGHTERS = r"(?:مجاهدي|مقاتلي|عناصر|ابطال)(?:ها|ه)"
OWN_FIGHTERS_DID = gated(
    r"[\s\"'”“»«،,]*(?:(?!ان\s)\S+\s+){0,12}?(?:ان|بان)\s+" + _ITS_FIGHTERS + r"\s+(?:\S+\s+)?[\"'”“»«]?[وف]?"
    r"(?:(?:دكوا|استهدفوا|قصفوا|هاجموا|نفذوا|شنوا|ضربوا|اطلقوا)(?:\s|$))"
)
# «وأضاف البيان أن المجاهدين عادوا ظهراً فاستهدفوا»: the speaker's fighters, in the statement going on.
THE_FIGHTERS = gated(WORD_BEGIN + r"(?:المجاهدين|المجاهدون|المقاتلين|المقاتلون|" + _ITS_FIGHTERS + r")(?=\s)")
# «استهدفوا ... ظهراً، قبل أن يدكّوا عند الغروب قاعدة عين الأسد»: the same hands' next attack; so is
# «أعلنت المقاومة استهدافَ قاعدة التنف ...، ثم استهدافَ قاعدة تل بيدر»: the next attack announced.
BEFORE_THEY_DID = gated(r"\s*(?:قبل\s+ان|ثم\s+(?:استهداف|قصف|مهاجمه))\s")
# «أعلنت "المقاومة" أنها استهدفت مساء أمس ...، وأنها استهدفت فجر اليوم ...»: the same speaker's second
# attack, a clause of its own.
_AND_THAT_IT = r"و(?:انها|انه|انهم|بانها|بانه|بانهم)"
_AND_THAT_IT_DID = _AND_THAT_IT + r"\s+(?:\S+\s+)?" + _DID_IT
AND_THAT_IT_DID = gated(r"\s*" + _AND_THAT_IT_DID)
SAID_IT_DID = gated(r"\s*و(?:قال|اضاف|تابع)\s+(?:\S+\s+){0,4}?(?:انه|انها)\s+(?:\S+\s+)?(?:" + _DID_IT + r"|(?:اطلق|اطلقت|اطلقوا)(?:\s|$))")
# «، وقال المرصد إنها أودت بحياة 18 مسلحاً»: a source speaking of what was just told.
SOURCE_SAID_OF_IT = gated(r"\s*و(?:قال|قالت|اضاف|اضافت|ذكر|ذكرت|افاد|افادت)\s+(?:\S+\s+){0,4}?(?:انه|انها|انهما)\s")
# «تطلق على نفسها اسم», «تُدعى», «اسمها», «المعروفة باسم»: what comes next is the name a group goes by.
_SELF_NAMING = (
    r"(?:[تي]طلق\s+علي\s+(?:نفسها|نفسه)|[تي]سمي\s+(?:نفسها|نفسه)|(?:ال)?معروفه?\s+باسم|[تي]عرف\s+باسم"
    r"|[تي]حمل\s+اسم|[تي]دعي|اسمها|اسمه"
    # «تبنّت ما تسمّى المقاومة الإسلامية الهجوم»: the so-called.
    r"|ما\s+[تي]سمي|ما\s+[يت]عرف\s+ب|(?:ال)?مسماه)(?:\s+اسم)?"
)
SELF_NAMING = gated(_SELF_NAMING + SPACE_OR_QUOTE + r"*$")
PUNCTUATION = "،,.؛;:!؟?\"'”“«»()[]-–"
QUOTES = " \"'“”«»"  # spaces and quotation marks around a name
CLOSING_QUOTES = gated(r"[\"'”»]*")  # the quotation marks closing a name
FOREIGN_POWERS = {ID + "place/united-states", ID + "place/israel"}
US_COMMANDS = frozenset((US_FORCES, ID + "actor/us-dod", ID + "actor/centcom"))
STATE_AIR_FORCES = {
    US_FORCES, IDF, RUSSIAN_FORCES, TURKISH_FORCES, ID + "actor/centcom", COALITION, ID + "actor/us-dod",
    ID + "actor/iraqi-security-forces", ID + "actor/turkish-intelligence", UK_FORCES,
}

# Clauses with these are not reports of an attack that happened.
# Also «كانت تستعد لإطلاق طائرة مسيّرة» (preparing, not launching) and «الذكرى الثانية لأول هجوم»
# (an anniversary, not a report).
HYPOTHETICAL = set(
    """
    تحذير تحذيرات ستتصرف سنتخذ سنرد سترد ستواصل ستستمر سيرد ستعود سيعود سنعود تحذر حذر حذرت يحذر توعد توعدت متوعدا تتوعد يتوعد تهدد هدد هددت
    تهديد تهديدات خوفا تحسبا لوقوع مخاوف محتمله محتمل احتمال يخطط تخطط ينوي تنوي مستعده مستعد
    لوحت لوح لوحوا تلوح يلوح ملوحه ملوحا
    تعليق استباق لتجنب لمنع تستعد يستعد يستعدون تستعدان خشيه يعدون يعدان معده معدا
    الذكري ذكري
    """.split()
)
# «قد ترد», «لا تسعى إلى»: «قد» with the imperfect is "may" (with the past, «قد قتلوا», it only
# stresses that it happened); «لا» with the imperfect is a denial or a stance, not a report.
# A verb ending in «ت» after «قد» is the past («كانت القاعدة قد تعرضت», «قد أعلنت»), and so is
# any verb in «كان ... قد». «لا» before a measure is neither: «على مسافة لا تتجاوز كيلومتراً» (but
# «لا تزال خلايا التنظيم تشن هجمات» is what a group goes on doing, not an attack told).
HYPOTHETICAL_PHRASE = gated(
    # (Not a noun after «لا»: «لا تقارير أولية عن إصابات», «لا إصابات»; nor the colloquial «قبل لا
    # توصل», before it got there; nor the past of two after «قد»: «قد توفيا», «قد تعرضا».)
    r"(?<!قبل)(?:^|[\s\"'«“])(?:قد|لا)\s+(?!(?:تتجاوز|يتجاوز|تزيد|يزيد|تتعدي|يتعدي|تبعد|يبعد|تقارير|تفاصيل|اصابات|انباء|اضرار)(?:\s|$))"
    r"[يتنا](?!قل\b)(?!\S*ت(?:\s|$))(?!(?<=قد\sت)\S*[^\sو]ا(?:\s|$))\S{2,}"
)
PAST_PERFECT = gated(WORD_START + r"[وف]?(?:كان|كانت|كانوا|كانا|كانتا)\s+(?:\S+\s+){0,15}?قد\s+\S+")
# «في أيلول المقبل», «الأسبوع القادم», «الأيام المقبلة»: a time to come.
# Not what comes from a place: «طائرة مسيّرة قادمة "من جهة الشرق"».
FUTURE_TIME = gated(WORD_BEGIN + r"\S+\s+(?:ال)?(?:مقبل|قادم|مقبله|قادمه)(?=[\s،,.\"'”»]|$)(?![\s\"'«“]+(?:من|عبر)\s)")
# The verb of falling or launching that tells a drone, rocket or shell attack, also in the
# dual of two rockets («صاروخين ... سقطا داخل القاعدة», «أطلقا من منطقة صحراوية»).
# «الاثنين: رشقة صاروخية على قاعدة الشدادي», «وفي الليلة نفسها، صواريخ على قاعدة حقل كونيكو»: a
# round-up's or a headline's report with no verb, the means and what they were aimed at, at the head of
# its clause (after a heading or a time: «الخميس:», «وفي المساء،»).
NOMINAL_REPORT = gated(
    r"\s*(?:[-–—•*]\s*)?(?:[^\s،:]+:\s*)?(?:و?في\s+[^،:]{1,20}،\s*)?"
    r"(?P<means>(?:رشقه|رشقات|صليه|صليات|وابل)\s+\S+|[وب]?(?:صاروخ|صواريخ|صاروخان|صاروخين|قذيفه|قذايف|قذيفتان|قذيفتين"
    r"|مسيره|مسيرتان|مسيرتين|مسيرات|طايره\s+مسيره|طايرتان\s+مسيرتان))(?=\s)"
    r"(?:\s+\S+){0,3}?\s+(?:علي|باتجاه|نحو)\s"
)
# A sentence opening with «منذ» tells of a period («ومنذ منتصف تشرين الأول، تبنّت ... أكثر من مئة هجوم»).
SINCE_OPENING = gated(r"[\s\"'“«]*[وف]?منذ\s")
# «منذ مطلع شباط، بين هجمات», not «منذ صباح اليوم غارات»: since the start of a period, before the attacks.
# «منذ مطلع», «منذ بدء», «منذ اندلاع»: since a period began.
_PERIOD_BEGAN = r"(?:مطلع|بدايه|بدء|انطلاق|اندلاع|مستهل|اوايل)"
SINCE_BEFORE_ATTACKS = gated(
    WORD_BEGIN + r"[وف]?منذ\s+(?:" + _PERIOD_BEGAN + r"|منتصف|اواخر|اشهر|شهور|اسابيع|سنوات|اعوام|عامين|شهرين)"
    r"\s+(?:\S+\s+){0,2}?\S*?[،,]?\s+(?:بين\s+)?$"
)
SINCE_THEY_BEGAN = gated(WORD_BEGIN + r"[وف]?منذ\s+" + _PERIOD_BEGAN + r"\s+$")
# «استشهد منذ بدء الاعتصام أكثر من 20 مدنياً»: the dead counted since a period began, up to the
# count with no comma between (but «منذ بدء الهجوم»: since the attack began, its own toll).
SINCE_A_PERIOD_BEGAN = gated(
    WORD_BEGIN + r"[وف]?منذ\s+" + _PERIOD_BEGAN + r"\s+(?=[^،,.؛:\n]*$)"
)
# «قبل أن يفارق اثنان من الجرحى الحياة», «وتوفي ثلاثة من المصابين»: some of the wounded died since.
DIED_OF_WOUNDS_BEFORE = gated(WORD_BEGIN + r"[وف]?(?:فارق|يفارق|توفي|يتوفي|مات)\s+$")
OF_THE_WOUNDED = gated(r"\s+من\s+(?:ال)?(?:جرحي|مصابين)(?=[\s،,.]|$)")
# «بإسناد من المسيّرات», «بغطاء جوي من الطيران», «بدعم من المدفعية»: the arms backing an attack.
SUPPORTED_BY = gated(WORD_BEGIN + r"(?:و?ب)?(?:مسانده|اسناد|دعم|غطاء)(?:\s+(?:جوي|جويه|ناري|مدفعي))?\s+(?:من\s+)?(?:قبل\s+)?$")
# «خلال الاشتباكات», «في المعارك»: the fighting of an attack on the ground.
CLASHES = gated(WORD_BEGIN + r"(?:خلال|في|جراء|اثناء|اثر)\s+(?:ال)?(?:اشتباكات|معارك|مواجهات)(?=[\s،,.]|$)")
# «حيث تنتشر قوات ...»: who is stationed at the place just named.
_STATIONED = r"(?:تنتشر|ينتشر|تتمركز|يتمركز|تتواجد|يتواجد|توجد|يوجد)"
STATIONED_WHERE = gated(WORD_START + r"حيث\s+" + _STATIONED + r"\s*$")
# «نفذ العدوان من اتجاه منطقة التنف التي تنتشر فيها القوات الأمريكية»: who is stationed where the
# attack came from (not what it struck).
STATIONED_WHERE_IT_CAME_FROM = gated(
    WORD_START + r"من\s+(?:اتجاه|ناحيه)\s+(?:\S+\s+){1,3}?(?:التي|الذي)\s+" + _STATIONED + r"\s+(?:فيها|فيه|بها|به)\s*$"
)
# «يدرس خيارات للرد»: what is weighed, not done.
OPTIONS = gated(WORD_BEGIN + r"[وف]?(?:يدرس|تدرس|يدرسون|دراسه|يبحث|تبحث|يناقش|تناقش|تطرح|يطرح)\s+(?:\S+\s+){0,2}?[\"'“«]?(?:ال)?خيارات")
# «تبنّت إطلاق 6 صواريخ» too, but not «منصة إطلاق» (a launcher, found or hit).
FALLS = gated(
    WORD_OPENING + r"(?<!منصه\s)(?<!منصات\s)" + OPEN_QUOTE + r"[وفب]?(?:سقط|سقطت|سقطا|سقطتا|تسقط|سقوط|اطلق|اطلاق|اطلقت|اطلقا|اطلقتا|اطلقتها|اطلقتهما|اطلقوها|اطلقوهما|انطلقت|انطلقتا|انطلقا|اصابت|(?<!ان\s)(?:تصيب|يصيب)|(?:تطلق|يطلق)(?!\s+(?:علي|اسم|عليها|عليه)\s)|انفجار|انفجرت|انفجرتا|انفجر|انفجرا|طالت|طاولت|ضرب|ضربت|ضربوا|ضربا|تضرب|يضرب"
    r"|نزلت|نزلوا|انضربت|طلعت|طلعوا|(?:اصابت|طالت|ضربت)" + _OBJECT_PRONOUN + r")(?=[\s،,.]|$)"  # colloquial: «نزلت صواريخ على قاعدة», «مسيّرة انضربت على قاعدة», «صواريخ طلعت من الضفة التانية»
    # «سقوط قتيلين», «سقط ثلاثة جرحى»: casualties falling, not shells.
    r"(?!\s+(?:\S+\s+)?(?:قتيل|قتلي|قتيلين|جرحي|جريح|جريحين|ضحايا|شهداء|شهيد|مصابين|اصابات))"
)
# « وغارات روسية», « وقصف مدفعي»: a second attack joined to the first.
AND_ANOTHER_ATTACK = gated(r"\sو(?:غارات|غاره|قصف|ضربات|ضربه|هجوم|هجمات)(?=\s)")
# «طائرة مسيّرة مفخخة تقترب من», «مسيّرة مفخخة متجهة نحو»: a drone laden with explosives on its way to a target.
LADEN_DRONE_APPROACHING = gated(
    r"(?:طايره|طايرات|مسيره|مسيرات)\s+(?:\S+\s+)?(?:مفخخه|ملغمه|محمله\s+بالمتفجرات)\s+(?:كانت\s+)?(?:تقترب|تتجه|متجهه|تحلق\s+باتجاه)"
)
# «شوهدت صواريخ متجهة نحو قاعدة عين الأسد», colloquial «صواريخ طالعة من جهة البادية رايحة على حقل
# العمر»: rockets on their way to a target.
ROCKETS_HEADED = gated(
    r"(?:صواريخ|صاروخ|صاروخين|صاروخان)\s+(?:\S+\s+){0,6}?(?:متجهه|متجهين|متجها|تتجه|يتجه|رايحه|رايحين|رايح)\s+(?:نحو|الي|باتجاه|صوب|علي|ع)\s"
)
# «...، في أول هجوم», «، وهو ثاني هجوم»: the attack just told, counted among its kind.
NTH_OF_ITS_KIND_BEFORE = gated(r"[،,]\s*(?:في|وهو|وهي|وذلك\s+في)\s+(?:ال)?(?:اول|ثاني|ثالث|رابع|خامس|احدث|اخر)\s+$")
# «قصف متبادل», «تبادل القصف»: a summary of several attacks, reported one by one elsewhere.
EXCHANGE = gated(r"متبادل|تبادل|تبادلا")
# «قصفاً متبادلاً», «تبادل القصف»: shelling both ways, told by the attacks of each side after it.
EXCHANGE_OF_FIRE = gated(WORD_BEGIN + r"(?:قصفا|قصف|القصف|ضربات|هجمات)\s+(?:ال)?متبادلا?(?=[\s،,.]|$)|" + WORD_BEGIN + r"[وب]?تبادل\s+(?:ال)?(?:قصف|ضربات|اطلاق\s+النار)(?=[\s،,.]|$)")
EXCHANGE_REACH = 2  # sentences after the exchange that tell its attacks
# «نفى التحالف الأنباء عن استهداف القاعدة», «نفت ما تداولته حسابات عن سقوط صواريخ», «نفى الأنباء
# بشأن إسقاط طائرة مسيّرة»: reports denied.
DENIED_REPORT = (
    r"(?<![^\s\"'“”«»])[وف]?(?:نفي|نفت|تنفي|ينفي|نفوا)\s+(?:\S+\s+){0,12}?(?:(?:ال)?(?:انباء|اخبار|تقارير|شايعات|معلومات)|ما\s+تداولته|ما\s+تناقلته|ما\s+تداول|ما\s+اشيع|صحه)"
    r"(?:\s+\S+){0,12}?\s+(?:(?:عن|بشان|حول)\s+(?:\S+\s+){0,4}?)?" + QUOTE + r"?[بل]?(?:استهداف|سقوط|قصف|هجوم|هجمات|غاره|غارات|ضربه|ضربات|اسقاط|كمين)(?:\s|$)"
    # «لا صحة لإسقاط مسيّرة», «لا صحة لما يشاع عن هجوم»
    r"|(?:^|(?<=[\s\"'“”«»]))و?لا\s+صحه\s+(?:\S+\s+){0,10}?" + QUOTE + r"?ل?(?:استهداف|سقوط|قصف|هجوم|هجمات|غاره|غارات|ضربه|ضربات|اسقاط)(?:\s|$)"
)
# «وليست هذه المرة الأولى التي تُستهدف فيها القاعدة»: there were attacks before.
_NOT_THE_FIRST = (
    WORD_BEGIN + r"[وف]?(?:ليست|ليس|لم\s+تكن|لم\s+يكن)\s+(?:هذه\s+|هذا\s+)?(?:المره|الهجوم|الاستهداف)\s+(?:ال)?(?:اولي|اول)\s+(?:التي|الذي)(?:\s|$)"
)
NOT_THE_FIRST = gated(_NOT_THE_FIRST)
# The attack itself denied («لم ينفذ أي ضربات», «أي هجوم»), not its outcome («الغارات لم تسفر عن قتلى»).
# «دون ورود أي معلومات», «لا أنباء»: no word of something.
_NO_WORD_OF = r"(?:دون|بدون|لا)\s+(?:ورود\s+)?(?:اي\s+)?(?:معلومات|انباء|اخبار)"
NEGATED = _compile_words(
    WORD_START + r"(?:لم|لن)\s+(?:ي|ت)(?:نفذ|شن|ستهدف|قصف|هاجم)\S*"
    r"|" + WORD_START + r"(?:لم|لن|ليس)\s+(?:\S+\s+){0,3}?اي\s+(?:ضربات|ضربه|هجوم|هجمات|غارات|قصف)"
    # «ليس على علم بأي هجوم», «أي تصعيد جديد سيُقابَل بتوسيع دائرة الاستهداف»: any attack, none told.
    r"|" + WORD_START + r"[وبل]?اي\s+(?:ضربات|ضربه|هجوم|هجمات|غارات|تصعيد|اعتداء|اعتداءات|استهداف)(?:\s|$)"
    r"|" + WORD_START + r"في\s+اي\s+(?:لحظه|وقت)(?:\s|$)"
    # «لم يصدر أي إعلان عن هجوم»: no word of an attack.
    r"|" + WORD_START + r"(?:لم|لا)\s+(?:\S+\s+){0,4}?اي\s+(?:اعلان|بيان|تاكيد|معلومات|انباء)\s+(?:عن|بشان)\s+(?:هجوم|هجمات|استهداف|قصف|غاره|ضربه)"
    # «دوي صفارات الإنذار ... دون ورود معلومات عن هجوم»: sirens, no attack known.
    r"|" + WORD_START + r"(?:من\s+)?" + _NO_WORD_OF + r"\s+(?:عن|بشان)\s+(?:هجوم|هجمات|استهداف|قصف|غاره|ضربه)"
    # «وليست هذه المرة الأولى التي تُستهدف فيها القاعدة»: earlier attacks, none told.
    r"|" + _NOT_THE_FIRST +
    # «المطلوب ليس ضربة انتقامية أخرى»
    r"|" + WORD_START + r"(?:ليس|ليست|لم\s+يكن|لم\s+تكن)\s+(?:\S+\s+)?(?:ضربه|هجوما|غاره|قصفا|ضربات|هجمات|غارات)(?:\s|$)"
    # «تنفي تعرض قاعدة حرير لهجوم», «نفى وقوع أي استهداف», «ننفي ما يتم تداوله عن تعرّض إحدى العبّارات
    # لإطلاق نار» (not «نفى وقوع إصابات في الهجوم»).
    r"|" + WORD_START + r"[وف]?(?:نفي|نفت|تنفي|ينفي|ننفي|نفوا)\s+(?:\S+\s+){0,20}?(?:تعرض\S*|وقوع|حدوث)\s+(?:\S+\s+){0,6}?ل?(?:هجوم|هجمات|استهداف|قصف|غاره|ضربه|اطلاق)"
    # «مصدر أمني ينفي سقوط صواريخ قرب عين الأسد»: no rockets fell.
    r"|" + WORD_START + r"[وف]?(?:نفي|نفت|تنفي|ينفي|نفوا)\s+(?:\S+\s+){0,20}?سقوط\s+(?:اي\s+)?(?:صواريخ|صاروخ|قذايف|قذيفه|مسيره|مسيرات)(?:\s|$)"
    # «نفت «قسد» في بيان أن تكون قواتها قد قصفت الأحياء»: a side denying the attack told of it.
    r"|" + WORD_START + r"[وف]?(?:نفي|نفت|تنفي|ينفي|نفوا)\s+(?:\S+\s+){0,8}?ان\s+(?:يكون|تكون)\s+(?:\S+\s+){0,3}?قد\s"
    # «مر اليوم دون تسجيل هجمات»: a day without attacks.
    r"|" + WORD_START + r"(?:دون|بدون|لم\s+يتم)\s+(?:تسجيل|وقوع|رصد)\s+(?:اي\s+)?(?:هجمات|هجوم|خروقات|غارات|ضربات)"
    r"|" + DENIED_REPORT
)
DENIED_REPORT_RE = gated(DENIED_REPORT)
HABITUAL = ("موخرا", "بشكل متكرر", "متكرره", "بشكل دوري", "كثيرا ما", "عده مناسبات", "عده مرات", "مناسبات عديده", "مرارا", "باستمرار", "بشكل منتظم", "بانتظام", "غالبا ما", "عاده ما", "غالبا", "دابت", "داب علي", "يوميه", "بشكل يومي", "شبه يومي", "شبه يوميه", "يوميا", "بين حين واخر", "بين الحين والاخر", "طوال السنوات", "طيله السنوات", "علي مدي السنوات", "خلال السنوات", "في سنوات مضت", "في سنوات سابقه")
# Whole words only: «مرارا» (again and again) is not the end of «استمرارا» (a continuation).
HABITUAL_RE = gated(WORD_BEGIN + r"[وفب]?(?:ال)?(?:" + "|".join(HABITUAL) + r")(?=[\s،,.؛\"'”»]|$)")
# «علماً أنه», «علماً بأن»: a note on what was told.
NOTE_AFTER = gated(r"[،,]\s*علما\s+(?:ب?ان|ب?انه|ب?انها)(?:\s|$)")
# «قرب أماكن الاستهداف»: the places where strikes fall.
PLACES_OF = frozenset(("اماكن", "واماكن", "باماكن", "لاماكن"))
# «بنحو 40 طناً يومياً», «200 ألف برميل يومياً»: a quantity per day, a rate, not a practice.
A_RATE = gated(r"\d\S*\s+(?:الف\s+|مليون\s+)?\S+\s+$")
# «تواصل استهداف مناطقنا», «يستمر في قصف القرى»: the imperfect of going on tells a practice,
# not an attack, unless a day pins it down («تواصل الطائرات قصف البلدة منذ صباح اليوم»).
ONGOING = gated(r"(?<![^\s\"'«»“”])[وف]?(?:تواصل|يواصل|واصلت|واصل|واصلوا|تستمر\s+في|يستمر\s+في|مستمر(?:ه|ون|ين)?\s+في|(?:ماضيه|ماضون|ماضين|ماض)\s+في)\s+(?:\S+\s+){0,7}?(?:ال)?(?:استهداف|قصف|مهاجمه|شن|دك)(?=\s|$)")
_ORDINAL = r"(?:ال)?(?:ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر)\S*"
_STRIKE_NOUN = r"(?:ال)?(?:هجوم|ضربه|غاره|استهداف|عمليه|قصف)"
# «وهذه ثالث ضربة», «ويُعدّ هذا الاستهداف الثالث لمطار أربيل منذ»
ORDINAL_COUNT = gated(
    WORD_START + r"[وف]?(?:هذه|هذا|هي|هو|تعد|يعد)\s+(?:\S+\s+)?(?:" + _ORDINAL + r"\s+" + _STRIKE_NOUN + "|" + _STRIKE_NOUN + r"\s+" + _ORDINAL + ")"
)
# «فإن الهجوم هو الثاني من نوعه»: the attack told, counted (not «لقصف صاروخي هو الثاني من نوعه», told here).
OF_ITS_KIND = gated(WORD_START + r"ال(?:هجوم|ضربه|غاره|استهداف|قصف|عمليه)\s+(?:هو|هي)\s+" + _ORDINAL + r"\s+من\s+نوع")
MORE_THAN_ATTACKS = gated(
    r"(?:(?:اكثر|ما\s+يزيد)\s+(?:من|عن|علي)|تجاوزت|تجاوز|تخطت|فاقت)\s+(?:\d+|عشره|عشرين|ثلاثين)\s+(?:هجوما|هجمات|عمليه|عمليات)(?:\s|$)"
    r"|" + WORD_BEGIN + r"[وف]?(?:بلغ|وصل|ارتفع)\s+عدد\s+(?:ال)?(?:هجمات|ضربات|غارات|عمليات)(?:\s|$)"  # «بلغ عدد الضربات التركية ... أكثر من 40»
)
QUESTION_LINE = gated(r"\s*(?:س|سوال)\s*[:：]")
# Nouns of different kinds of attack: a headline naming three of them sums up several.
HEADLINE_KINDS = frozenset("اغتيال عبوه انزال مسيره مسيرات غاره غارات قصف هجوم هجمات صواريخ كمين تفجير اشتباك اشتباكات".split())
# «تشنّ تركيا منذ أيام حملة ضربات», «تتعرض القرى منذ أسابيع لقصف»: a practice of days or more.
ONGOING_SINCE = gated(
    WORD_BEGIN + r"[وف]?(?:تشن|يشن|تستهدف|يستهدف|تقصف|يقصف|تتعرض|يتعرض|تشهد|يشهد)\s+(?:\S+\s+){0,3}?منذ\s+(?:ايام|اسابيع|اشهر|شهور|سنوات|اعوام)(?:\s|$)"
    r"|" + WORD_BEGIN + r"منذ\s+(?:ايام|اسابيع|اشهر|شهور|سنوات|اعوام)\s+(?:\S+\s+){0,2}?(?:تشن|يشن|تستهدف|يستهدف|تقصف|يقصف|تتعرض|يتعرض)(?:\s|$)"
)
_DAY_WORDS = "اليوم|امس|الليله|صباح|مساء|فجر|ظهر|ليل|ليله|يوم"
DAY_NAMED = gated(WORD_BEGIN + r"\S?(?:" + _DAY_WORDS + r"|منذ)(?=\s|$)")
# «منذ الخميس الماضي» dates when attacks going on began, not an attack («منذ صباح اليوم» does).
DAY_OF_ATTACK = gated(WORD_BEGIN + r"\S?(?:" + _DAY_WORDS + r")(?=\s|$)")
EXAMPLE_OF = gated(SPACE_OR_QUOTE + r"*(?:بما\s+في\s+ذلك|بما\s+فيها|بما\s+فيه|ومنها|منها|لا\s+سيما|خاصه)\s+(?:ال)?(?:هجوم|ضربه|غاره|استهداف)\s")
# Attacks spoken of in general: «تصاعد الهجمات», «الذخائر التي استخدمت في الضربات»,
# «خلال الأيام الماضية بدأت الولايات المتحدة في توجيه ضربات».
# «شنّت أمس الأحد عشرات الغارات»: the verb of one wave of strikes, a time maybe between.
WAVE_VERB = gated(WORD_START + r"[وف]?(?:شنت|شن|شنوا|نفذت|نفذ|نفذوا)\s+(?:\S+\s+){0,6}?$")
# «ضمن», «في إطار», «في أحدث حلقة من» a wave or series: the one attack told is part of it.
PART_OF = gated(WORD_START + r"(?:ضمن|اطار|حلقه\s+(?:جديده\s+)?(?:في|من))\s+$")
GENERIC_ATTACKS = gated(
    # «مع تواصل الهجمات بالطائرات المسيّرة على قواعد»: attacks going on.
    r"(?:تصاعد|تزايد|تكثيف|موجه|وتيره|تواصل|استمرار|توالي)\s+(?:\S+\s+)?(?:ال|لل)?(?:هجمات|ضربات|غارات)"
    # «وسط تصعيد ملحوظ في القصف والغارات», «يضع حداً للهجمات», «حتى وقف العدوان على غزة»: attacks in general.
    r"|تصعيد\s+(?:\S+\s+)?في\s+(?:ال)?(?:قصف|هجمات|ضربات|غارات)|" + WORD_BEGIN + r"(?:حدا|حد)\s+(?:للهجمات|للضربات|للغارات|للاعتداءات|للقصف)(?=[\s،,.]|$)"
    r"|" + WORD_BEGIN + r"[وبل]{0,2}وقف\s+(?:ال)?(?:عدوان|هجمات|اعتداءات|ضربات|غارات|قصف)(?=[\s،,.]|$)"
    # «ارتفاعاً في عمليات الاغتيال مقابل تراجع نسبي في الهجمات التركية»: a trend, no attack.
    r"|(?:ارتفاع|ارتفاعا|تراجع|تراجعا|انخفاض|انخفاضا|ازدياد|ازديادا)\s+(?:\S+\s+)?في\s+(?:ال)?(?:هجمات|ضربات|غارات|عمليات)"
    # «فيما تراجعت هجمات الفصائل إلى حدٍّ شبه معدوم»: the same trend told by its verb.
    r"|" + WORD_BEGIN + r"[وف]?(?:تراجعت|انخفضت|تقلصت|ازدادت|تزايدت|تصاعدت|تكثفت|تضاعفت)\s+(?:ال)?(?:هجمات|ضربات|غارات|عمليات)(?:\s|$)"
    # «دراسة في أنماط الاستهداف», «الأداة الأكثر استخداماً في استهداف الإقليم»: attacks as a subject of study.
    r"|" + WORD_BEGIN + r"(?:انماط|نمط|انواع)\s+(?:ال)?(?:استهداف|هجمات|ضربات|غارات|هجوم)(?=[\s،,.]|$)"
    r"|(?:استخدمت|تستخدم|يستخدم|استخدم|المستخدمه|استخداما|استعمالا)\s+في\s+(?:ال)?(?:هجمات|ضربات|غارات|استهداف)"
    r"|خلال\s+(?:ال)?(?:ايام|اسابيع|اشهر|شهور)\s+(?:\S+\s+){0,8}?(?:ال)?(?:هجمات|ضربات|غارات)(?:\s|$)"
    # «تعرضت منشآت نفطية لهجمات مماثلة خلال الأسابيع الماضية»
    r"|(?:هجمات|ضربات|غارات)\s+(?:\S+\s+){0,3}?خلال\s+(?:ال)?(?:ايام|اسابيع|اشهر|شهور)(?:\s|$)"
    # A denial of any part in them: «فيما تنفي طهران أي صلة لها بتلك الهجمات».
    r"|" + WORD_START + r"و?(?:تنفي|ينفي|نفت|نفي)\s+(?:\S+\s+){0,3}?(?:اي\s+)?(?:صله|علاقه|مسووليه|تورط)"
)
# «المشابه لهجمات سابقة نفذها التنظيم», «تتبنى عادةً هجمات مماثلة»: attacks of the kind, unless a
# day is named («شنّت هجمات مماثلة فجر اليوم»).
ATTACKS_OF_THE_KIND = gated(WORD_BEGIN + r"[وبل]?(?:هجمات|ضربات|غارات|عمليات)\s+(?:\S+\s+)?(?:سابقه|مماثله|مشابهه)(?=[\s،,.]|$)")
# «طائرة مسيّرة ثانية», «صاروخ آخر»: another craft than the one told before.
SECOND_CRAFT = gated(
    WORD_BEGIN + r"(?:طايره|مسيره|صاروخ)(?:\s+(?:مسيره|مفخخه))?\s+(?:ثانيه|ثاني|ثالثه|ثالث|اخري|اخر)(?=[\s،,.]|$)"
)
# «كانت تحلّق قرب موقع», «طائرة استطلاع», «محمّلة بالمواد المخدّرة»: a drone downed while flying,
# watching or smuggling, not striking.
INDEFINITE_CRAFT = gated(r"\s+(?:طايره|طايرتين|طايرات|مسيره|مسيرتين|مسيرات|صاروخ|صاروخين|صواريخ)(?:\s|$)")
# Not one flying toward a base («كانت تحلّق باتجاه قاعدة التنف»), nor a hostile one.
ONLY_FLYING = gated(
    WORD_BEGIN + r"(?:(?P<hovering>تحلق|يحلق|تحوم|يحوم)(?!\s+(?:\S+\s+)?(?:باتجاه|نحو|صوب|الي)(?:\s|$))|استطلاع|للاستطلاع|تجسس|للتجسس"
    r"|(?:ال)?مخدرات|(?:ال)?مخدره|تهريب|لتهريب|(?:ل)?اجتياز\s+الحدود)(?=[\s،,.]|$)"
)
# «كانت متجهة نحو مطار أربيل», «قبل وصولها إلى حقل خورمالة»: the place a downed craft was headed for.
HEADED_FOR = gated(
    WORD_BEGIN + r"(?:(?:متجهه|متجها|متجهتين|متجهين|تتجه|يتجه|تتجهان|تقترب|يقترب|تقتربان|وصولها|وصوله|وصولهما|بلوغها|بلوغه|بلوغهما)"
    r"\s+(?:نحو|الي|باتجاه|تجاه|صوب|من)|باتجاه|صوب)\s+(?:(?:حقل|قاعده|مطار|معسكر|مقر|منشاه|محطه|مدينه|بلده|قريه)\s+)?$"
)  # («أطلقتهما "قسد" باتجاه مدينة الباب»: where the craft were sent)
# Air defences downing drones or rockets («أسقطت», «إسقاط», «اعترضت», «اعتراض»)...
INTERCEPT_VERBS = {
    verb + pronoun
    # the duals too, active or passive: «أسقطتا», «أُسقطتا», «اعترضا»
    for verb in "اسقط اسقطت اسقطوا اسقطا اسقطتا اسقاط تسقط يسقط اعترض اعترضت اعترضا اعترضتا اعتراض تعترض يعترض".split()
    for pronoun in ("", *OBJECT_PRONOUNS)  # «من إسقاطها», «اعترضتها»: the attack named before
}
# «أن الطائرتين أُسقطتا على بعد ٤ كيلومترات»: aircraft of no named kind, downed.
DOWNED_CRAFT = frozenset(("طايره", "طايرتين", "طايرتان", "طايرات"))
INTERCEPT_STEMS = gated(r"سقط|سقاط|عترض|عتراض")
AIR_DEFENCE = set("دفاع الدفاع دفاعات الدفاعات مضادات المضادات منظومه المنظومه منظومات".split())
# ...except when they failed, might, or did not: «فشلت الدفاعات الجوية في اعتراضه», «دون أن تشير إلى إسقاطها».
# «أن قواته أسقطت», «دفاعاتها الجوية»: the forces of whoever is speaking.
OUR_FORCES = gated(WORD_BEGIN + r"(?:قواته|قواتها|دفاعاته|دفاعاتها|مقاتلاته|مقاتلاتها)(?:\s|$)")
# «قواتنا», «دفاعاتنا الجوية»: the forces of the one whose words are quoted.
OUR_OWN_FORCES = gated(WORD_BEGIN + r"(?:قواتنا|دفاعاتنا|مقاتلاتنا|طايراتنا)(?:\s|$)")
# «أعلن مصدر في القيادة العامة للقوات المسلحة الأردنية أن قوات حرس الحدود أسقطت»: a unit the speaker
# names without its nation, the subject of what the speaker says, is the speaker's.
OUR_UNIT = gated(
    WORD_BEGIN + r"ب?ان\s+(?:ال)?(?:قوات|وحدات|وحده|منطقه\s+العسكريه|منطقه\s+عسكريه|حرس|دفاعات|دفاع|منظومات|منظومه|سلاح|فرق)(?=\s)"
)
DEFENCE_UNIT = gated(r"دفاع|منظوم")  # ...unless it is the air defences at a base: the garrison's
# (nor what a weapon is for: «تهدف الطلقات إلى تفجيره في الجو»)
NOT_INTERCEPTED = gated(WORD_START + r"(?:فشلت|فشل|تفشل|يفشل|دون|لم|لن|يمكن|يمكنها|قادره|قادر|تستطيع|تهدف|يهدف|بهدف|لغرض)(?:\s|$)")
MAY = gated(WORD_START + r"قد\s*$")
# «أسقطت مسيّرتين ... وأن المسيّرة الثالثة وصلت إلى داخل القاعدة», «وسقطت إحداها في محيط القاعدة».
GOT_THROUGH = gated(
    WORD_START + r"[وف]?(?:وصلت|اصابت|احدثت)(?:\s|$)|(?:سقطت|انفجرت|اصابت)\s+(?:احداها|احداهما|واحده|الثالثه|الاخري|الباقيه)"
)
# «تصدت لصواريخ العدوان وأسقطت بعضها»: only some downed, the rest got through.
SOME_DOWNED = gated(r"\s*(?:بعضها|بعضا\s+منها|معظمها|اغلبها|عددا\s+منها|جزءا\s+منها)(?=[\s،,.\"'”»]|$)")
PLANNING = set(
    "التخطيط تخطيط التحضير تحضير الاعداد اعداد والمشاركه المشاركه التدبير تدبير قدره القدره قدرته قدرتها قادر قادره قادرون"
    " حاجه الحاجه بحاجه"  # «الفصائل اليوم أقل حاجة إلى استهداف الأمريكيين»: a need, no attack
    " تمويل التمويل تسهيل التسهيل".split()  # «لدورهم في تمويل وتسهيل الهجمات التي تشنّها الكتائب»
)
# «إعداد تقرير عن كمين»: what is prepared is a writing about an attack.
WRITINGS = frozenset(("تقرير", "تقريرا", "تقارير", "ملف", "ملفا", "دراسه", "تحقيق", "تحقيقا", "فيلم", "قصه", "مقال", "مقالا"))
# «أن تكون خلايا التنظيم قد زرعته لاستهداف الدوريات»: the device laid or placed, for an attack to come.
LAID_IT = frozenset(("زرعته", "زرعها", "زرعه", "زرعوه", "زرعوها", "وضعته", "وضعها", "وضعوه", "وضعوها"))
NON_ATTACK = set("تعزيزات مناورات تدريبات تمرين تمرينا تمارين محاكاه استنفار تحليق التاهب سيناريو".split())
# «أي عمل يستهدف البعثات», «كل هجوم»: any attack at all, none told.
ANY_ATTACK = gated(r"(?<!\S)[\"'«“]?[وبل]?(?:اي|كل)\s+(?:(?:عمل|اعمال|نشاط)\s+)?$")
# «بقايا طائرة مسيّرة سقطت قرب بلدة الرويشد»: what is left of a drone, not an attack.
DEBRIS = set("بقايا حطام".split())
# «انفجار عرضي لقذيفة أثناء نقل ذخائر»: an accident, no attack.
ACCIDENT = gated(r"(?<![^\s«\"“'])[وبلف]?(?:ال)?(?:انفجار|حادث|حريق|اشتعال)\s+(?:ال)?(?:عرضي|عرضيا)(?=[\s،,.»\"”']|$)")
# «في الفترة ذاتها»: the period of a tally told before.
SAME_PERIOD = gated(WORD_BEGIN + r"(?:في|خلال)\s+(?:ال)?(?:فتره|مده)\s+(?:ذاتها|نفسها|عينها)(?=[\s،,.]|$)")
# «شنّت حملة جوية»: a campaign waged, many strikes (one attack only when a day is told).
CAMPAIGN_WAGED = gated(r"[وف]?(?:شن|شنت|شنوا|تشن|يشن)\s+(?:ال)?(?:حمله|حملات)(?=[\s،,.]|$)")
# «تشن قسد حملة أمنية», «حملة مداهمات»: a security campaign, not an attack.
CAMPAIGN = gated(WORD_START + r"(?:حمله|حملات|الحمله)\s+(?:\S+\s+)?(?:امنيه|الامنيه|مداهمات|مداهمه|دهم|اعتقالات|اعتقال|تمشيط|تفتيش)")
# «نفّذت قسد عملية أمنية في بلدة الشحيل», «داهمت وحدات الأمن وكراً للخلية»: a raid, an attack when it
# killed or fought («أسفرت عن مقتل متزعم الخلية», «وقتلت اثنين من عناصرها», «اشتبكت خلالها مع
# خلية»); one that only arrested is not («شنّت قسد مداهمات واعتقلت عدداً من الشبان»).
RAID = gated(
    WORD_START + r"[وب]?(?:عمليه|عمليات)\s+(?:امنيه|نوعيه|مداهمه|دهم|مشتركه|خاصه)(?=[\s،,.]|$)"
    r"|" + WORD_START + r"[وف]?(?:داهمت|داهموا|داهم|مداهمه)(?=[\s،,]|$)"
)
# «شنّت قسد مداهمات», «نفّذت القوات حملة دهم»: raids launched (an attack only if they killed or fought).
RAIDS_LAUNCHED = gated(WORD_START + r"[وف]?(?:شنت|شن|شنوا|نفذت|نفذ|نفذوا)\s+(?:\S+\s+){0,2}?(?:مداهمات|مداهمه|مداهمتين|حمله\s+دهم|اعتقالات)(?=[\s،,.]|$)")
RAID_FOUGHT = gated(
    WORD_START + r"(?:اسفرت|اسفر|ادت|ادي)\s+(?:عن|الي)\s+(?:مقتل|قتل|مصرع|تحييد)(?=\s)"
    r"|" + WORD_START + r"و?(?:قتلت|قتلوا|اشتبكت|اشتبكوا)(?=\s)"
)
# «عمليات نصرة غزة», «دعماً لغزة», «تضامناً مع لبنان»: a place the attack is for.
IN_SUPPORT_OF = gated(
    WORD_OPENING + r"[\"'«“]?(?:(?:ال)?(?:نصره|دعما|اسنادا|اسناد|مسانده|تضامنا|ثارا)(?:\s+(?:ل|مع|الي))?\s*(?:اهل(?:نا)?\s+|شعب\s+)?[ل]?(?:\S+\s+و[ل]?)?"
    r"|ل(?:تامين|حمايه|تغطيه)(?:\s+(?:عبور|تقدم|انسحاب|دخول))?\s+"
    # «نصرةً للجمهورية الإسلامية في إيران»: the side named with its country
    r"|(?:ال)?(?:نصره|دعما|اسنادا|تضامنا)\s+ل\S+(?:\s+\S+)?\s+في\s+)[\"'«“]?$"
)
# «وزارة الدفاع في حكومة دمشق», «الفصائل التابعة لحكومة بغداد»: a government named by its seat.
GOVERNMENT_SEAT = gated(WORD_START + r"[وبل]{0,2}(?:ال)?حكومه\s+$")
# «سفيرها في طهران», «السفير العراقي لدى أنقرة», «القائم بالأعمال في»: an envoy's post.
ENVOY_IN = gated(WORD_START + r"[وبل]{0,2}(?:(?:ال)?(?:سفير|سفراء|سفيرا|سفيرها|سفيره|سفراءها|سفراءه)|القايم\s+بالاعمال)(?:\s+\S+)?\s+(?:في|لدي)\s+$")
# «واتهمت المديرية "قسد" بقصف البلدة»: an accusing verb before the deed.
ACCUSED_BEFORE = gated(WORD_START + r"[وف]?(?:اتهمت|اتهم|تتهم|يتهم|متهمه|متهما|متهمين)\s")
# What an attack struck, named after its word: «استهدف قاعدة», «على مواقع».
STRUCK = gated(WORD_START + r"(?:علي|ضد|استهدف\S*|قصف\S*|طالت|طاولت|ب?قاعده|مواقع|موقع|مقر\S*)(?:\s|$)")
# «قتل 23 عنصراً في هجمات لخلايا داعش منذ مطلع العام»: attacks counted since a time long past.
SINCE_LONG_AGO = gated(
    WORD_START + r"(?:ل|في|ب)?(?:ال)?(?:هجمات|ضربات|غارات|عمليات|استهدافات)\s+(?:\S+\s+){0,8}?منذ\s+"
    r"(?!(?:ساعات|ساعه|ساعتين|صباح|فجر|مساء|ظهر|عصر|ليل|ليله|الليله|امس|اليوم|دقايق|الصباح|الفجر)(?:\s|$))"
)
# «التي نفذتها الكتائب منذ تشرين الأول الماضي، ومنها «عملية قاعدة حرير»»: one of the attacks
# counted, named after them.
ONE_OF_THEM = gated(r"[،,]\s*و?(?:منها|من\s+بينها|بينها|اخرها|ابرزها|احدثها)(?:\s|$)")
# «ومنذ مطلع العام، استهدفت إسرائيل مواقع في سوريا أكثر من 70 مرة»: a count of times, a tally.
TIMES_COUNTED = gated(r"(?:\d+|عشرات|ميات)\s+(?:مره|مرات)(?:\s|$|[،,.])")

# «| الفاعل: تنظيم الدولة», «الجهة المنفذة: ...»: the field of a record naming who did it.
PERPETRATOR_FIELD = gated(
    r"(?:^|[\s|•\-])(?:الفاعل|المنفذ|الجهه\s+المنفذه|الجهه\s+الفاعله|الطرف\s+المنفذ)\s*:\s*"
    # «الجهة المنفّذة: طائرة مسيّرة تابعة لجيش الاحتلال التركي»: the aircraft's owner
    r"(?:(?:ال)?(?:طايره|طايرات|مسيره|مسيرات|مقاتلات|مدفعيه)(?:\s+(?:ال)?(?:مسيره|حربيه))?\s+(?:(?:ال)?تابعه\s+)?ل\s*)?$"
)
# «واعتقال اثنين», «واعتقلت ثالثاً», «وأسر خمسة»: people taken, not killed or wounded.
ARRESTED = frozenset(("اعتقال", "اعتقلت", "اعتقل", "اعتقلوا", "اسر", "اسرت", "اسروا", "توقيف", "اوقفت", "اوقفوا"))
# «إلقاء القبض على», «اعتقال»: men caught, no attack.
ARREST = gated(WORD_START + r"[وف]?(?:القبض\s+علي|" + "|".join(ARRESTED) + r")(?:\s|$)")
# «أعلنت "المقاومة" أولى عملياتها», «أعلنت عن عملية»: an operation announced, right after who announces it.
OPERATION_ANNOUNCED = gated(r"[\s\"'”“»«،,]*(?:عن\s+)?(?:(?:اولي|اول|احدث|اخر|ثاني|ثالث)\s+)?(?:عمليه|عملياتها|عملياته)(?=[\s،,.]|$)")
# «غداة هجوم»: the day after the attack, right before its word.
THE_MORNING_AFTER = gated(WORD_BEGIN + r"[وف]?غداه\s+(?:\S+\s+)?$")
# «لقصف مماثل», «هجوم مشابه»: an attack like the one told before.
SIMILAR = gated(r"\S+\s+(?:ال)?(?:مماثل|مماثله|مشابه|مشابهه)(?=[\s،,.]|$)")
# «ردّوا بالطيارات»: an answer by air, an airstrike.
BY_AIR = gated(r"ب(?:ال)?(?:غارات|غاره|طايرات|طيارات|مقاتلات|طيران)(?:\s|$)")
# «ضربت مقاتلات»: the verb of striking, which told of aircraft is an airstrike («سقطت طائرة» is not).
STRIKE_VERBS = {"ضرب", "ضربت", "ضربوا", "ضربا", "تضرب", "يضرب"}
# Verbs whose subject is the one striking; «حيّدت» (neutralised) and «اغتالت» (assassinated) too.
ATTACK_VERBS = set(
    """
    شن شنت شنوا نفذ نفذت نفذوا استهدف استهدفت استهدفوا قصف قصفت قصفوا هاجم هاجمت هاجموا اطلق اطلقت
    اطلقوا ضرب ضربت كثف كثفت ردت رد ردوا دمرت دمر تستهدف يستهدف تقصف يقصف تشن يشن ينفذ تنفذ تطلق يطلق حاولت حاول
    دك دكت دكوا حيد حيدت حيدوا اغتال اغتالت اغتالوا
    اقدم اقدمت اقدموا فجرت فجروا اغار اغارت اغاروا هجموا هجمت
    وشن فشن ودك فدك
    """.split()  # a three-letter verb keeps its «و»/«ف» in ``stems``: «وشنّ مقاتلو العشائر»; «أقدمت ... على عدوان»
) | VERBS_WITH_OBJECT
# «غارات أمريكية», «الضربات الجوية الأميركية»: an attack word and the attacker's nationality.
# The adjective may close a quotation: «دانت "العدوان الأميركي" على البوكمال».
_NATIONALITY = r"(?:ال)?(" + NATIONALITIES + r"|ايرانيه|ايراني)(?=[\s\"'”»،,.]|$)"
_AIR = r"(?:\s+(?:ال)?(?:جويه|جوي|دقيقه|حربيه|حربي|مسير|مدفعي|مدفعيه|صاروخي|صاروخيه))?\s+"  # «قصف جوي أمريكي», «الطيران المسيّر التركي»
# (A system's name in quotes may come between: «منظومة "سي-رام" الأمريكية».)
NATIONAL_DEFENCES = gated(
    WORD_BEGIN + r"(?:ال)?(?:دفاعات|دفاع|مضادات|منظومه|منظومات)\s+(?:(?:ال)?(?:جويه|جوي)\s+)?(?:[\"«“][^\"«“»”\s]{1,12}[\"»”]\s+)?" + _NATIONALITY
)
NATIONAL_AFTER_TRIGGER = gated(r"\S+" + _AIR + _NATIONALITY)
# («طيران» only with a masculine adjective: in «صناعات الفضاء والطيران التركية» it is the company's)
NATIONAL_ATTACK = gated(r"(?:ال)?(?:غارات|ضربات|هجمات|غاره|ضربه|هجوم|قصف|طيران(?!" + _AIR + r"(?:ال)?\S+ه(?=[\s\"'”»،,.]|$)))" + _AIR + _NATIONALITY)
# «أما الرد الأمريكي الأول فجاء فجر الجمعة، حين أغارت مقاتلتان»: a state's answer, told by the strike
# after it (not what it answers: «رد إيراني على الغارات»).
NATIONAL_RESPONSE = gated(WORD_BEGIN + r"[وف]?(?:ال)?رد\s+" + _NATIONALITY + r"(?!\s+(?:ال\S+\s+)?علي\s)")
# (The ascribing verb with its object pronoun; «نسبه» only before its source: alone it is mostly
# the noun «نسبة».)
# («نسبه» is also «نسبة», a share: only with who ascribes it after it)
_ASCRIBED_BY_WHOM = r"نسبه(?=\s+(?:ال)?(?:مرصد|مصادر|مصدر|ناشط\S*|سكان|اهالي|وزاره|جيش|بيان|مسوول\S*|تقارير|البنتاغون))"
_ASCRIBED_IT = r"(?:نسبته|نسبتها|نسبها|تنسبها|ينسبها|عزته|عزتها|عزاها|" + _ASCRIBED_BY_WHOM + r")"
# «خلايا», «فلول»: the men of a group, named before it.
_GROUP_MEN = r"(?:خلايا|عناصر|مسلحي|فلول|بقايا)"
SUSPECTED = gated(
    WORD_START + r"و?(?:يعتقد|يرجح|يشتبه)\s+(?:(?!ان\s)\S+\s+){0,2}?(?:ان|انها|انه|انهما|انهم|بانها|بانه|بانهم)\s+(?:(?:تابعه|تابع|تعود|ينتمون|ينتمي|تتبع|يتبع|يتبعون)\s+)?"
    r"(?:من\s+جانب|من\s+قبل|ل|الي|من(?:\s+(?:خلايا|عناصر|مقاتلي))?)?" + SPACE_OR_QUOTE + r"*$"
    # «غارة نُسبت إلى التحالف الدولي», «صواريخ نسبها المرصد إلى ميليشيات»: an attack ascribed to a side.
    # «في هجوم نسبته قيادة العمليات إلى "بقايا عصابات داعش"»: who ascribes it may stand between.
    # («نسبه الأهالي إلى خلايا تنظيم داعش»: the group's men, named before it; «ونسبت واشنطن الهجوم إلى»)
    r"|" + WORD_START + r"[وف]?(?:نسبت|تنسب|ينسب|نسب|" + _ASCRIBED_BY_WHOM + r"|نسبها|نسبوه|نسبوها|نسبته|نسبتها|تنسبه|ينسبه|منسوبه|المنسوبه|منسوب|المنسوب)\s+(?:(?!الي\s)\S+\s+){0,4}?(?:ل|الي\s+)"
    + SPACE_OR_QUOTE + r"*(?:" + _GROUP_MEN + r"\s+)?$"
    r"|" + WORD_START + r"[وف]?" + _ASCRIBED_IT + r"\s+(?:\S+\s+){1,5}?(?:ل|الي\s+)" + SPACE_OR_QUOTE + r"*$"
    # «مسلحون يُرجَّح انتماؤهم لتنظيم», «يُشتبه بانتمائهم إلى»: the men's suspected allegiance.
    r"|" + WORD_START + r"و?(?:يعتقد|يرجح|يشتبه)\s+(?:في\s+|ب)?انتما[ءوي](?:هم|ه|ها|هما)\s+(?:ل|الي\s+)" + SPACE_OR_QUOTE + r"*$"
)
# «مرجحاً أن تكون "فصائل مسلحة" وراء الهجوم», «الجماعة التي تقف خلفه»: the side behind an attack.
BEHIND = gated(
    r"[\s\"'”“»«]*(?:(?:هي|هو|كانت|كان|تقف|يقف|يقفون|وقفت|وقف)\s+)?(?:وراء|خلف)"
    r"(?:" + _OBJECT_PRONOUN + r"(?=[\s،,.\"'”»]|$)|\s+(?:ال)?(?:هجوم|هجومين|هجمات|استهداف|قصف|ضربه|ضربات|غاره|غارات|عمليه|عمليات|انفجار|تفجير)(?=[\s،,.\"'”»]|$))"
)
# «قصف مدفعي لقوات النظام على بلدة ذيبان», «في هجوم للتنظيم استهدف حافلة»: an attack noun, the
# actor after «لـ» and then what was struck: the actor is the one attacking (an «of» of the agent).
ATTACK_OF_GROUP = gated(WORD_START + r"[وبف]?(?:ال)?(?:هجوم|هجمات)\s+ل\s*" + QUOTE + r"*$")
# «بهجوم لخلايا التنظيم», «في هجمات لعناصر "داعش"», «هجوم مماثل لعناصر التنظيم», «كمين لخلايا «داعش»»:
# an attack of a group's men.
ATTACK_OF_GROUP_MEN = gated(
    WORD_START + r"[وبف]?(?:ال)?(?:هجوم|هجمات|اعتداء|اعتداءات|كمين)(?:\s+(?!علي|ضد|في|من)\S+)?\s+ل(?:خلايا|خليه|عناصر|مسلحي|مقاتلي|فلول|مجموعه|مرتزقه)"
    r"(?:\s+(?:من|تابعه\s+ل))?\s*" + QUOTE + r"*$"
)
# «استهدفت غارة جوية للتحالف الدولي مخبأً»: the strike of an actor, subject of the verb before it.
STRIKE_AS_SUBJECT = gated(
    WORD_START + r"[وف]?(?:استهدفت|استهدف|طالت|طاولت|ضربت|قصفت|دمرت)\s+(?:ال)?(?:غاره|غارات|ضربه|ضربات|هجوم|هجمات)(?:\s+\S+)?\s+ل\s*" + QUOTE + r"*$"
)
_STRIKE_NOUNS = r"(?:هجوم|هجمات|قصف|غاره|غارات|ضربه|ضربات)"
AGENT_OF = gated(WORD_START + r"[وبف]?(?:ال)?" + _STRIKE_NOUNS + r"(?:\s+(?!علي|ضد|في|من)\S+){0,3}?\s+ل\s*" + QUOTE + r"*$")
AIR_SUPPORT_BY = gated(WORD_START + r"(?:و?ب)?(?:مسانده|اسناد|دعم|غطاء)\s+(?:جوي|جويه)\s+(?:من\s+)?(?:قبل\s+)?(?:طيران\s+)?" + QUOTE + r"*$")
# «قصف مدفعي لجيش الاحتلال», «غارات جوية لطيران التحالف», «القصف الجوي لدولة الاحتلال التركي»: an
# attack of a kind, then its doer.
KIND_OF_ATTACK_OF = gated(
    WORD_START + r"[وبف]?(?:ال)?" + _STRIKE_NOUNS + r"\s+(?:ال)?(?:مدفعي|صاروخي|جوي|جويه|مكثف|عنيف)\s+ل\s*" + QUOTE + r"*$"
)
# «ضربوا الفجر ثلاث مقرات», «ضرب الأمريكيون مواقع», «ضربوا المستودعات اللي بحي الحزام», and the
# colloquial passive «انضربت المزرعة»: struck, with the sites struck right after (not «ضرب طوقاً
# أمنياً», «ضرب موعداً», «ضرب بعرض الحائط», nor a quake or a drought striking).
STRUCK_SITES = gated(
    WORD_START + r"[وف]?(?:ضرب|ضربت|ضربوا|ضربا|يضرب|تضرب|يضربون|انضرب|انضربت|انضربوا)\s+(?:(?!(?:طوقا|طوق|حصارا|حصار|موعدا|مثلا|ب?عرض|(?:ال)?(?:زلزال|جفاف|اعصار|عاصفه|سيول|فيضان))\s)\S+\s+){0,4}?"
    r"(?:ال)?(?:مقر|مقرات|موقع|مواقع|مواقعا|قاعده|قواعد|اهدافا|مستودع|مستودعات|مستودعا|مخازن|مخزن|مخزنا|تجمعات|رتل|رتلا|نقاط|نقطه|مقرا|موقعا"
    r"|معسكر|معسكرات|مزرعه|مزارع)(?=[\s،,.]|$)"
)
OF_THE_STATE = gated(r"(?<=ل)دوله\s+$")
STRUCK_NEXT = gated(QUOTE + r"*(?:\s+\S+){0,8}?\s+(?:علي|ضد|استهدف|استهدفت|طال|طالت|طاول|طاولت|يطال|تطال|يطاول|تطاول|يستهدف|تستهدف)(?:\s|$)")
AND_ONLY = gated(SPACE_OR_QUOTE + r"*و" + SPACE_OR_QUOTE + r"*$")
# A possessive may follow: «استهدفت طائرة مسيّرة سيارتهما», «عجلتهم».
VEHICLE_HIT = gated(
    WORD_BEGIN + r"(?:سياره|سيارتين|سيارات|عجله|عجلتين|دراجه|مركبه|شاحنه|حافله"
    r"|(?:سيار|عجل|دراج|مركب|شاحن|حافل)ت" + _OBJECT_PRONOUN + r")(?:\s|$|[،,.])"
)
# Words before a weapon that make it a target: «مستودعات الصواريخ», «لتخزين الطائرات المسيرة»;
# or an industry: «شركة صناعات الفضاء والطيران». (And «لتدريب عناصر على استخدام الصواريخ»: what is
# taught, not what struck: «على استخدام» below.)
STORED = set("تخزين مستودع مستودعات مخزن مخازن تصنيع تطوير تجميع منصه منصات ورشه ورشات شحنه شحنات صناعات صناعه شركه شركات الفضاء".split())
# «وقال المركز الإعلامي لقسد إن ...», «المكتب الصحفي للحشد»: the group whose office speaks, not a target.
MEDIA_OFFICE_OF = gated(
    WORD_START + r"(?:ال)?(?:مركز|مكتب|قسم|دايره)\s+(?:ال)?(?:اعلامي|صحفي|اعلام)\s+(?:(?:ال)?تابع[ه]?\s+)?ل\s*" + QUOTE + r"*$"
)
# «الناطق باسم القائد العام للقوات المسلحة العراقية», «المتحدث الرسمي باسم الحشد»: whom a speaker speaks for.
SPOKESMAN_OF = gated(
    WORD_START + r"(?:ال)?(?:ناطق|متحدث)\s+(?:(?:ال)?رسمي\s+)?(?:باسم|عن)\s+(?:(?:ال)?قايد\s+(?:ال)?عام\s+)?[ل]?" + QUOTE + r"*$"
)
# «خفّض وزير الصحة حصيلة القتلى من 103 إلى 84»: a toll lowered, from the figure it takes back.
LOWERED_FROM = gated(
    WORD_BEGIN + r"[وف]?(?:خفض|خفضت|يخفض|تخفض|قلص|قلصت|عدل|عدلت|صحح|صححت)\s+(?:\S+\s+){0,4}?(?:ال)?(?:حصيله|عدد)\s+"
    r"(?:ال)?(?:قتلي|ضحايا|وفيات|جرحي|مصابين|اصابات)\s+من\s+$"
)
# «بعد مقتل تسعة من جنودها»: a toll of what came before.
PRIOR_DEAD = gated(WORD_BEGIN + r"(?:بعد|عقب|اثر)\s+(?:مقتل|استشهاد|مصرع)(?=\s)")
# «مقتل تسعة بينهم جنديان»: a part of the toll before it.
PART_OF_TOLL = gated(WORD_BEGIN + r"(?:بينهم|بينهما|منهم|منهما)(?!\S)")
# «متهمة خلايا مرتبطة بالنظام بالوقوف خلفه»: the side accused of the attack is its attacker.
# «محمّلاً «كتائب حزب الله» المسؤولية»: held responsible, the same.
ACCUSING_VERBS = ("اتهم", "اتهمت", "تتهم", "يتهم", "حمل", "حملت", "يحمل", "تحمل")
# «فصائل مسلحة منضوية ضمن الحشد الشعبي», «مجاميع تتبع فصائل في هيئة الحشد»: unnamed groups
# within a named one, which stands for them.
GROUP_WITHIN = (
    r"(?:(?:ال)?(?:فصايل|جماعات|مجموعات|مجاميع)\s+(?:\S+\s+){0,4}?(?:(?:ال)?(?:منضويه|عامله|تعمل|تنضوي|تابعه|تتبع)"
    r"(?:\s+(?:ضمن|في|تحت|داخل|ل))?|ضمن|داخل)\s*(?:(?:ال)?(?:فصايل|جماعات)\s+(?:ضمن|في|داخل)\s+)?(?:هييه\s+)?)?"
)
# «... ضمن الحشد الشعبي», «تعمل ضمن هيئة ...»: the named group a group accused is within.
WITHIN_NAMED = gated(r"[\s\"'”»]*(?:(?:منضويه|عامله|تعمل|تنضوي|تابعه|تتبع)\s+)?(?:ضمن|داخل)\s+(?:(?:ال)?(?:فصايل|جماعات)\s+(?:ضمن|في|داخل)\s+)?(?:هييه\s+)?")
# «العراقية», «الإيراني»: adjectives of belonging, definite («كتائب حزب الله العراقية»).
NISBA_WORDS = gated(r"(?<!\S)ال\S+(?:يه|ي)(?!\S)")


def _accuser(between: int) -> Pattern:
    """The accusing word before the side accused, up to ``between`` words apart."""
    return gated(
        WORD_START + r"[وف]?(?P<verb>" + "|".join(("متهمه", "متهما", "اتهامات", "اتهام", "محملا", "محمله") + ACCUSING_VERBS) + r")[،,]?\s+"
        r"(?P<between>(?:\S+\s+){0," + str(between) + r"}?)"
        # («خلايا داعش»: the men of the group, named before it)
        + SPACE_OR_QUOTE + r"*(?:" + _GROUP_MEN + r"\s+)?" + GROUP_WITHIN + r"[وفبل]?$"
    )


ACCUSER = _accuser(7)
# An accusation in a sentence of its own may name the accuser at length: «وحمّل المتحدث باسم وزارة
# الداخلية في الإقليم، ريبوار عزيز، «فصائل مسلحة منضوية في هيئة الحشد الشعبي» مسؤولية الهجمات الثلاث».
ACCUSER_AT_LENGTH = _accuser(10)
ACCUSATION_REACH = 130  # characters from the accusing verb to the side accused of an attack told before
# «بالوقوف خلفه», «بتنفيذ», «بشن», «بـ"استهداف"», «بقصف», left open for more
_ACCUSED_DEED = r"[^.،,]{0,90}?(?P<deed>بالوقوف\s+(?:خلف|وراء)|بتنفيذ|بشن|ب" + QUOTE + r"*(?:استهداف|قصف|مهاجمه)"
ACCUSED_OF = gated(
    _ACCUSED_DEED + r")|" + QUOTE + r"*\s*(?:كامل\s+)?(?:(?:ال)?مسووليه(?!\s+(?:حمايه|امن|الدفاع))|مسووليت(?:ه|ها|هما)(?=[\s،,.]|$))"
)  # («وحمّلت واشنطن «كتائب حزب الله» مسؤوليته»: of the attack just told)
# «متهمةً «خلايا تنظيم داعش» بالوقوف وراء التفجير», «بالوقوف وراء الهجمات الثلاث»: the attack (or
# the attacks) told before, named by a definite noun in a sentence of its own.
_TOLD_DEED = (
    r"\s+(?:(?:هذه|تلك|هذا|ذلك)\s+)?(?:(?P<one>(?:عمليه\s+)?(?:ال)(?:هجوم|تفجير|انفجار|قصف|ضربه|غاره|استهداف|عمليه|اعتداء|اغتيال|كمين|صواريخ|قذايف|مسيره|طايره\s+المسيره|عبوه|لغم))"
    r"|(?P<all>(?:ال)(?:هجمات|هجومين|تفجيرين|تفجيرات|ضربات|غارات|عمليات|اعتداءات)))(?=[\s،,.\"'”»]|$)"
)
# «... مسؤولية التفجير»; «اتهم «ميليشيات مدعومة من إيران» بتنفيذه»: the attack told last, by a pronoun.
ACCUSED_OF_TOLD = gated(
    _ACCUSED_DEED + r"|باطلاق|(?:كامل\s+)?(?:ال)?مسووليه)(?:" + _TOLD_DEED + r"|(?P<it>ه|ها)(?=[\s،,.\"'”»]|$))"
)
# «هذه الاعتداءات تنفذها جماعات ...», «الهجمات تُنفَّذ من قِبَل مجاميع ...»: who carries out the attacks told.
DONE_BY_TOLD = gated(
    r"(?:(?:^|[\s\"'«“])(?:هذه|تلك|هذا|ذلك))?" + _TOLD_DEED + r"(?:\s+\S+){0,2}?\s+"
    r"(?:تنفذها|ينفذها|نفذتها|نفذها|تقف\s+(?:وراءها|خلفها)|يقف\s+(?:وراءها|خلفها|وراءه|خلفه)|(?:تنفذ|نفذت|ينفذ|نفذ)\s+(?:من\s+قبل|علي\s+يد)"
    # «أن العبوة من زرع خلايا داعش»: the work of the group's men; «أن العبوة زرعتها "بقايا عصابات
    # داعش"», «الكمين نصبه عناصر التنظيم»: the device laid by them.
    r"|من\s+(?:زرع|تنفيذ|صنع|فعل)(?:\s+" + _GROUP_MEN + r")?"
    r"|(?:زرعها|زرعتها|زرعه|زرعته|نصبها|نصبتها|نصبه|نصبته|وضعها|وضعتها)(?:\s+" + SPACE_OR_QUOTE + r"*" + _GROUP_MEN + r"(?:\s+عصابات)?)?)"
    + SPACE_OR_QUOTE + r"*" + GROUP_WITHIN + r"$"
)
# «"خلايا داعش"», «عناصر التنظيم»: the group's men, before the group blamed.
_MEN_OF = r"(?:" + _GROUP_MEN + r"\s+" + QUOTE + r"*)?"
# «ووجّهت الوزارة أصابع الاتهام في الهجمات الثلاث إلى "فصائل موالية لإيران"»: the accused after the deed
# («وجّه المسؤول أصابع الاتهام إلى "جماعات مدعومة من إيران"»: of the attack told last).
BLAMED_FOR_TOLD = gated(
    WORD_START + r"(?:اصابع\s+)?(?:ال)?اتهام(?:\s+(?:في|عن)" + _TOLD_DEED + r"(?:\s+(?!الي|نحو)\S+)?)?"
    # «وإن كانت أصابع الاتهام تتجه إلى التنظيم»: the blame's way.
    r"(?:\s+(?:تتجه|يتجه|اتجهت|تشير|تتوجه|موجهه))?\s+(?:الي|نحو)" + SPACE_OR_QUOTE + r"*" + _MEN_OF + r"$"
)
# «رجّحت أن يكون المهاجمون من خلايا التنظيم», «أن يكون من تنفيذ خلايا التنظيم»: the side supposed
# to have carried out the attack told last.
SUPPOSED_DOERS = gated(
    r"(?:" + WORD_START + r"(?:ان|بان)\s+(?:يكون|تكون|يكونوا)\s+(?:(?:ال)?(?:مهاجمون|مهاجمين|منفذون|منفذين|فاعلون|فاعلين|جناه|هجوم|تفجير|انفجار)\s+)?"
    r"(?:من\s+(?:تنفيذ|صنع|فعل)|من)"
    # «إن المنفذين من خلايا تنظيم داعش»: who the doers are
    r"|" + WORD_START + r"(?:ان|بان)\s+(?:ال)?(?:مهاجمين|مهاجمون|منفذين|منفذون|جناه|فاعلين|فاعلون)\s+(?:هم\s+)?(?:من|ينتمون\s+(?:الي|ل))"
    # «وقالت واشنطن إن المهاجم "ينتمي لتنظيم داعش"»: the one attacker
    r"|" + WORD_START + r"(?:ان|بان)\s+(?:ال)?(?:مهاجم|منفذ|جاني|فاعل|انتحاري|مسلح)\s+" + QUOTE + r"?(?:هو\s+)?(?:من|ينتمي\s+(?:الي\s+|ل)|(?:ال)?تابع\s+ل)"
    # «إن هذا العمل الجبان يحمل بصمات تنظيم داعش»: whose marks it bears
    r"|" + WORD_START + r"(?:يحمل|تحمل|يحملان|حمل|حملت)\s+(?:كل\s+)?بصمات"
    # «"كل المؤشرات تدل على فصائل مدعومة من إيران"»: where the signs point.
    r"|(?:ال)?(?:موشرات|دلايل|ادله|معطيات|قراين)\s+(?:\S+\s+)?(?:تدل|تشير|توحي|تدلل)\s+(?:علي|الي))(?:\s+|(?<=\sل))" + SPACE_OR_QUOTE + r"*" + _MEN_OF + r"$"
)
# «وحمّلت واشنطن المسؤولية لـ"المقاومة الإسلامية في العراق"», «حمّلت مسؤولية الهجمات لفصائل»: the
# side held responsible after the blame.
HELD_RESPONSIBLE_TOLD = gated(
    # («وهو الهجوم الذي حمّلت أنقرة مسؤوليته لحزب العمال»: the attack's, by a pronoun)
    # (The one holding it may take a few words: «وحمّل الرئيس الأمريكي جو بايدن المسؤولية لـ...».)
    WORD_START + r"[وف]?(?:حمل|حملت|حملوا|يحمل|تحمل|محملا|محمله)\s+(?:\S+\s+){0,5}?(?:كامل\s+)?(?:(?:ال)?مسووليه|مسووليت(?:ه|ها|هما))"
    r"(?:" + _TOLD_DEED + r")?\s+ل\s*" + QUOTE + r"*" + _MEN_OF + r"$"
)
# «ورجّحت مصادر أمنية أن تكون خلايا تنظيم «داعش» وراء عملية الاغتيال», «ورجّح المصدر وقوف خلايا
# التنظيم وراء التفجير»: the side supposed to be behind the attack told before.
SUPPOSED = gated(WORD_START + r"(?:(?:ان|بان)\s+(?:تكون|يكون)|وقوف)\s+(?:\S+\s+){0,2}?" + SPACE_OR_QUOTE + r"*$")
# «نسبت مصادر محلية إطلاقها إلى ميليشيات موالية لإيران», «ونسبتها مصادر إلى», «وهي ضربة نسبها جهاز مكافحة
# الإرهاب في السليمانية إلى الجيش التركي»: the side an attack
# told before is ascribed to (its launch, its shells, or the attack itself); not «بهجمات نُسبت إلى
# التنظيم», attacks in general, nor «نسبة» (a share), which «نسبه» mostly is.
ASCRIBED_TOLD = gated(
    WORD_START + r"[وف]?(?:(?P<it>" + _ASCRIBED_IT + r")\s+(?:\S+\s+){0,6}?"
    r"|(?:نسبت|نسب|تنسب|ينسب|نسبوا|عزت|عزا)\s+(?:\S+\s+){1,3}?(?:(?:اطلاق|تنفيذ|اطلاقها|تنفيذها|اطلاقه|تنفيذه)\s+|(?P<one>(?:ال)(?:هجوم|قصف|ضربه|غاره|تفجير|انفجار|قذيفه|قذايف|صواريخ))\s+)?)"
    r"(?:الي|ل)\s*" + SPACE_OR_QUOTE + r"*(?P<men>" + _GROUP_MEN + r"\s+)?$"  # («إلى "خلايا داعش الإرهابية"»: the group's men)
)
# «نسبها جهاز مكافحة الإرهاب إلى الجيش التركي»: the side right after the ascribing verb ascribes.
ASCRIBER_BEFORE = gated(WORD_START + r"[وف]?(?:نسبها|نسبته|نسبتها|نسبهما|عزاها|عزته|عزتها|نسبت|تنسب|ينسب)\s+$")
# «وقالت السلطات المحلية إن مصدر النيران مواقع قوات الحكومة السورية», «القذائف جاءت من مواقع قوات
# النظام»: whose positions the fire told last came from.
FIRE_FROM_TOLD = gated(
    WORD_START + r"[وف]?(?P<it>مصدر|(?:ال)(?:قذايف|قذيفه|نيران|صواريخ|قصف))(?:\s+(?:ال)?(?:نيران|النار|القصف|الاطلاق|القذايف|الرصاص)\s+(?:كان\s+)?(?:من\s+)?"
    # «ومصدرها الضفة الثانية من النهر حيث مواقع قوات النظام»: a place named, then who is there.
    r"|(?:ها|ه|هما)\s+(?:[^\s،,.]+\s+){1,5}?حيث\s+(?:(?:تنتشر|تتمركز|توجد)\s+)?"
    # «القذائف جاءت من مواقع قوات النظام»
    r"|\s+(?:قد\s+)?(?:جاءت|جاء|اتت|اتي|انطلقت|انطلق|اطلقت|اطلق)\s+من\s+)"
    r"(?:مواقع|نقاط|مناطق|مقرات)\s+(?:(?:سيطره|انتشار|تمركز)\s+)?(?:ل\s*)?" + SPACE_OR_QUOTE + r"*$"
)
# «وقال مصدر أمني إن «بقايا عصابات داعش» زرعت العبوة»: the side said to have done the attack told.
SAID_TO_HAVE = gated(WORD_START + r"(?:ان|بان)\s*" + QUOTE + r"*(?:[^\s\"'«»“”]+\s+){0,2}?" + SPACE_OR_QUOTE + r"*$")
BEHIND_TOLD = gated(
    # («"خلايا تنظيم داعش النشطة داخل المخيم" تقف وراء»: what describes the side, before its verb.)
    r"[\s\"'”“»«]*(?:(?:هي|هو|من)\s+)?(?:(?:(?:[^\s،,.]+[\s\"'”“»«]+){0,3}?(?:يقف|تقف|يقفون)\s+)?(?:وراء|خلف)"
    # «أن تكون خلايا تنظيم داعش قد زرعته»: the deed's verb, its object the attack or its device
    r"|(?:قد\s+)?(?:زرع|زرعت|زرعوا|نفذ|نفذت|نفذوا|فجر|فجرت|فجروا|وضع|وضعت|وضعوا)(?=ه|ها|\s))"
    r"(?:(?P<it>ه|ها)(?=[\s،,.\"'”»]|$)|" + _TOLD_DEED + ")"
)
# A bomb, a mine, gunfire or a sniper: an attack on the ground, which no strike from afar is.
GROUND_ATTACK = _compile_words(
    r"(?:انفجار|تفجير|انفجرت|انفجر|فجر|فجرت)\s+(?:\S+\s+){0,2}?(?:عبوه|عبوات|لغم|الغام|(?:سياره|دراجه(?:\s+ناريه)?|عربه|شاحنه|صهريج)\s+مفخخه?)"
    # «فجّرت عصابات داعش الإرهابية عبوات ناسفة», «تفجير برج على خط (بيجي – كركوك) بعبوة ناسفة»: the
    # subject, or what was blown up, between; «عبوة ناسفة ثانية زرعتها العصابات ... انفجرت»: the device first.
    r"|" + WORD_START + r"[وف]?(?:فجر|فجرت|فجروا)\s+(?:[^\s،,.]+\s+){1,3}?(?:عبوه|عبوات|لغما|الغاما)(?=[\s،,.]|$)"
    r"|" + WORD_START + r"[وبل]?تفجير\s+(?:[^\s،,.]+\s+){1,6}?ب(?:عبوه|عبوات|لغم)(?=[\s،,.]|$)"
    r"|" + WORD_START + r"(?:عبوه|عبوات)\s+ناسفه[^،,.\n]{0,100}?\s(?:انفجرت|انفجر)(?=[\s،,.]|$)"
    # «زرع عبوة ناسفة على الطريق ...، انفجرت بعجلة عسكرية»: the device, told before, blew up under a vehicle.
    r"|" + WORD_START + r"[وف]?(?:انفجرت|انفجر)\s+ب(?:عجله|سياره|دوريه|اليه|مركبه|عربه|رتل|حافله|شاحنه|صهريج)(?=[\s،,.]|$)"
    # (not «نصّ على وقف إطلاق النار على كامل الجغرافيا»: a ceasefire)
    r"|" + WORD_START + r"(?<!وقف\s)(?:ل|ب)?(?:اطلاق|لاطلاق)\s+(?:ال)?نار\s+(?:من|علي|مصدره)"
    # «إن سيارة إسعاف "تعرّضت لإطلاق نار يوم الجمعة"», «تعرّض منزلنا في القرية لإطلاق رصاص»: came under fire.
    r"|" + WORD_START + r"[وف]?(?:تعرضت|تعرض|تعرضوا|تعرضا)\s+(?:\S+\s+){0,3}?لاطلاق\s+(?:ال)?(?:نار|رصاص)(?=[\s،,.]|$)|(?:اطلق|اطلقوا|اطلقت|اطلقا|فتح|فتحوا|فتحت|فتحا)\s+(?:\S+\s+){0,8}?النار[،,]?\s+(?:(?!الهواء)\S+\s+){0,6}?علي"
    r"|" + WORD_START + r"ب?رصاص\s+(?:قناص|القناصه|قناصه|مسلحين|مجهولين|عناصر)|" + WORD_START + r"(?:عمليه|عمليات)\s+قنص"
    # «هزّ انفجار عنيف مقر اللواء داخل قاعدة كالسو»: a blast at a military site, of whatever means.
    r"|" + WORD_START + r"[وف]?(?:هز|هزت)\s+(?:انفجار|انفجاران|انفجارات|دوي\s+انفجار)(?:\s+(?:عنيف|قوي|ضخم|كبير))?\s+(?:ال)?(?:مقر|مقرا|مقرات|قاعده|معسكر|موقع|موقعا)(?=[\s،,.]|$)"
    # «وكان مسلحون مجهولون قد قتلوا مختار القرية», «مسلحين على موتور قتلوا شب»: gunmen killing.
    # (unknown, masked or riding: not «خمسة مسلحين قُتلوا», gunmen killed)
    r"|" + WORD_START + r"(?:(?:مسلحون|مسلحين)\s+(?:مجهولون|مجهولين|ملثمون|ملثمين|علي\s+(?:موتور|دراجه)|يستقلون)|مجهولون|مجهولين)"
    r"(?:\s+[^\s،,.]+){0,3}?\s+(?:(?:قد\s+)?(?:قتلوا|قتلو|اغتالوا|اغتالو)|(?:يطلقون|اطلقوا|فتحوا|يفتحون)\s+(?:ال)?(?:نار|رصاص))(?=[\s،,.]|$)"
    # «نجا من محاولة اغتيال بعبوة ناسفة»: an attempt on a man's life.
    r"|" + WORD_START + r"[وب]?(?:ال)?(?:محاوله|عمليه)\s+(?:ال)?اغتيال(?=[\s،,.]|$)"
    # «قتل مسلحان مجهولان عنصراً في قسد»: gunmen killing; «الذي قتله مسلحون مجهولون»: the victim first,
    # as the verb's pronoun.
    r"|" + WORD_START + r"[وف]?(?:قتل|اغتال|اغتالت|قتلت)(?:ه|ها|هم)?\s+(?:مسلحان|مسلحون|مسلحين|مجهولون|مجهولان|مجهولين|عناصر\s+من|خليه)(?:\s|$)"
    # «هاجم مسلحون حاجزاً», «عبر المسلحون نهر الفرات بالزوارق، وهاجموا مواقع»: men on foot or by boat.
    r"|" + WORD_START + r"[وف]?(?:هاجم|هاجمت|هاجموا)\s+(?:ال)?(?:مسلحون|مسلحين|مقاتلون|مقاتلين|عناصر|خلايا|خليه)(?:\s|$)"
    r"|" + WORD_START + r"(?:ب|بواسطه\s+|علي\s+متن\s+)(?:ال)?(?:زوارق|قوارب|زورق|قارب)(?:\s|$)"
    # «الهجوم الانتحاري الذي استهدف مدخل الوزارة» (not «طائرة انتحارية»: a drone).
    r"|" + WORD_START + r"[وبل]?(?:ال)?(?:هجوم|تفجير|عمليه|انفجار)\s+(?:ال)?انتحاري\S*|" + WORD_START + r"[وبل]?(?:ال)?حزام\s+(?:ال)?ناسف"
    # «إلقاء قنبلة يدوية على محل», «ألقى مجهولون قنبلة على منزل»: a grenade thrown.
    r"|" + WORD_START + r"[وبف]?(?:القاء|رمي|القي|القت|القوا|رموا)\s+(?:\S+\s+){0,2}?(?:قنبله|قنابل|رمانه)(?:\s+يدويه)?\s+علي(?=\s)"
)
# «التحالف الدولي في كونيكو», «القوات الأمريكية المتمركزة في قاعدة التنف»: where a force stands.
IN_PLACE = gated(r"\s*(?:(?:ال)?(?:متمركزه|متمركز|موجوده|موجود|منتشره)\s+)?(?:في|ب)\s*")
# «ولم تشر في بيانها إلى قاعدة حرير», «دون الإشارة إلى»: a place a statement left out.
NOT_MENTIONED = gated(
    WORD_START + r"[وف]?(?:(?:لم|دون\s+ان|من\s+دون\s+ان)\s+(?:تشر|يشر|تذكر|يذكر|تتطرق|يتطرق)|(?:دون|من\s+دون)\s+(?:ال)?(?:اشاره|تطرق))"
    r"(?:\s+\S+){0,3}?\s+(?:الي|ل)?\s*$"
)
# «على مصادر إطلاق القذائف», «على مصادر القصف», «استهدف مصادر النيران»: where the fire answered came from.
_FIRE_SOURCES = r"(?:علي|استهدف|استهدفت|باتجاه|نحو)\s+(?:مصادر|مصدر)\s+(?:اطلاق|الاطلاق|النيران|النار|القصف|القذايف|الصواريخ)(?:\s|$)"
# «ردّت وحدات الجيش على مصادر إطلاق القذائف»: fire returned at where it came from.
_RETURNED_FIRE = r"[وف]?(?:ردت|رد|ردوا|تعاملت|تعامل)\s+(?:\S+\s+){0,8}?" + _FIRE_SOURCES
# Attacks told by the weapon or the fire alone: those on the ground, a raid, an operation with a drone.
BOMB_OR_GUNFIRE = _compile_words(
    GROUND_ATTACK.pattern +
    # «نفذت عملية إنزال جوي», «إنزالاً جوياً بالمروحيات»: a raid from helicopters.
    r"|" + WORD_START + r"[وب]?(?:عمليه|عمليات)\s+(?:ال)?انزال|" + WORD_START + r"[وب]?(?:ال)?(?:انزال|انزالا)\s+(?:ال)?(?:جوي|جويا)(?:\s|$)"
    # «ردّت وحدات الجيش على مصادر إطلاق القذائف»: fire returned at where it came from.
    r"|" + WORD_START + _RETURNED_FIRE +
    # «في عملية نفذتها بطائرة مسيّرة», «عملية بالصواريخ»: an operation carried out with a weapon.
    r"|" + WORD_START + r"[وفب]?(?:ال)?(?:عمليه|عمليات|عملياتها|عملياته)\s+(?:\S+\s+){0,2}?ب(?:ال)?(?:طايره|طايرات|طايرتين|مسيره|مسيرات|مسيرتين|صاروخ|صواريخ|صاروخين|قذايف)(?:\s|$)"
    # «نفّذت القوات المسلحة التركية عملية جوية في منطقتي غارا ومتينا»: an operation from the air.
    r"|" + WORD_START + r"[وفب]?(?:ال)?(?:عمليه|عمليات)\s+(?:ال)?(?:جويه|جويا)(?:\s|$)"
)
# «طائرة مسيّرة انتحارية تابعة لـ», «تابعة لدولة الاحتلال التركي», «مسيّرة للاحتلال التركي», «غارة
# لطائرة مسيّرة تابعة للتحالف»: the aircraft may be described before its owner; «طيران الاحتلال
# الأمريكي», «مقاتلات التحالف»: or the owner may follow it straight away. So with guns and
# helicopters: «مدفعية التحالف الدولي في كونيكو تقصف», «مروحيات تابعة للتحالف».
_AIRCRAFT = r"(?:مقاتله|مقاتلات|طايره|طايرات|طيران|مسيره|مسيرات|مروحيه|مروحيات|طايرتان|طايرتين|مسيرتان|مسيرتين|مقاتلتان|مقاتلتين)"
AIRCRAFT_OF = gated(
    # («مسيّرةٌ من مسيّرات الجيش التركي»: one of its drones)
    WORD_START + r"(?:(?:طايره|مسيره)\s+من\s+)?[لب]?(?:ال)?(?:" + _AIRCRAFT + r"|مدفعيه|راجمات|راجمه)"
    r"(?:\s+(?:ال)?(?:حربيه|مسيره|مسيرات|بدون\s+طيار|انتحاريه|هجوميه|مفخخه|انقضاضيه|مجهوله"
    r"|حربيتان|حربيتين|مسيرتان|مسيرتين|انتحاريتان|انتحاريتين|مفخختان|مفخختين)){0,2}"
    r"(?:\s+[\"«“]?[^\s\d]{1,4}-?\d{1,3}[\"»”]?)?"  # a model: «طائرات "إف-16" التابعة للقوة الجوية»
    # «طائرتان مسيّرتان انتحاريتان تابعتان للحرس الثوري»: two of them, in the dual; «طائرة مسيّرة
    # يشغّلها الجيش التركي»: flown by it; «تابعة للقوات المسلحة التركية», the name read from «قوات»
    r"(?:\s+(?:ال)?(?:تابعه|تابعتان|تابعتين)\s+لل?\s*(?:دوله\s+|قوات\s+)?|\s+[يت](?:شغل|سير|دير)(?:ها|هما)\s+|\s+لل?\s*|\s+[\"«“]?)$"
)
# «اغتالت طائرة مسيّرة أمريكية مساء أمس قيادياً», «قتلت مسيّرة تركية عنصرين»: aircraft killing are a strike.
KILLED_BY_AIRCRAFT = gated(
    WORD_START + r"[وف]?(?:اغتالت|اغتال|قتلت|قتل)\s+(?:ال)?" + _AIRCRAFT + r"(?:\s|$)"
    # «وكانت مسيّرة أمريكية قد قتلت في 11 حزيران قيادياً»: the craft first
    r"|" + WORD_START + r"(?:ال)?" + _AIRCRAFT + r"(?:\s+[^\s،,.]+){0,2}?\s+(?:قد\s+)?(?:اغتالت|قتلت)(?:\s|$)"
)
# «...، وأنها استهدفت مخابز»: a clause going on with what was said of the attack just told; «هاجم
# مسلحون الحاجز، ثم ألقوا قنبلة على غرفته»: with what was done next (with no time of its own).
TOLD_ON = gated(r"[\s،,]*(?:و(?:انها|انه|انهم|انهما|بانها|بانه)|ثم)\s")
# The verbs of downing whose subject is who downed: «أسقطت القوات الأمريكية», «اعترضت الدفاعات».
_DOWNING_VERBS = ("اسقطت", "اسقط", "اعترضت", "اعترض")
# «أسقطت طائرات ...»: the downing verb right before the craft named.
DOWNED_BY_AIRCRAFT = gated(WORD_BEGIN + r"[وف]?(?:" + "|".join(_DOWNING_VERBS) + r")\s*$")
# «أسقطت طائرات سلاح الجو الملكي الأردني طائرة مسيّرة»: the craft or defences of the side downing one.
_INTERCEPTING_CRAFT = AIR_DEFENCE | {"طايرات", "طايره", "مقاتلات", "مقاتله", "مروحيات", "مروحيه", "جويه", "الجويه"}
# «طائرات الاحتلال الأمريكي استهدفت بعدة صواريخ», «مروحيات تطلق صواريخ»: aircraft, not drones, firing missiles.
AIRCRAFT_MISSILES = gated(
    WORD_START + r"[وب]?(?:ال)?(?:طايرات|طايره|طيران|مقاتلات|مقاتله|مروحيات|مروحيه)"
    r"(?!\s+(?:ال)?(?:مسيره|مسيرات|مسير|بدون|انتحاريه|مفخخه|درون))(?:\s+\S+){0,5}?\s+[وب]?(?:بعده\s+)?(?:ال)?(?:صواريخ|صاروخ|صاروخين)(?:\s|$)"
)
# «ضربة بصاروخ أطلقته طائرة مسيّرة»: a missile fired by a drone, a strike from the air.
DRONE_FIRED_MISSILE = gated(
    WORD_START + r"[وب]?(?:ال)?(?:صواريخ|صاروخ|صاروخين)\s+(?:\S+\s+)?(?:اطلقته|اطلقتها|اطلقها|اطلقتهما|اطلقتهم)\s+(?:ال)?(?:طايره|طايرات|مسيره|مسيرات)(?=[\s،,.]|$)"
)
# «المضادات الأرضية في القاعدة», «الدفاعات الجوية في قاعدة حقل كونيكو»: the defences of the base attacked.
BASE_DEFENCES = gated(r"(?:الدفاعات|الدفاع|المضادات|منظومه|منظومات)\s+(?:\S+\s+){0,2}?(?:في|ب)\s*(?:ال)?(?:قاعده|حقل)(?:\s|$)")
# «الدفاع الجوي العراقي», «الدفاعات الجوية التابعة لقيادة ...»: defences that are someone's, named or not
# known to the gazetteer, and so not the garrison's of the base attacked.
OWNED_DEFENCES = gated(
    r"(?:دفاعات|دفاع|مضادات|منظومه|منظومات)\s+(?:(?:ال)?(?:جويه|جوي|ارضيه)\s+)?(?!(?:ال)?(?:جويه|جوي|ارضيه)(?:[\s\"'”»،,.]|$))(?:ال\S{2,}(?:ي|يه)|التابعه|التابع)(?=[\s\"'”»،,.]|$)"
)
# «القاعدة الأمريكية», «قاعدة روسية», «قاعدة التحالف»: whose forces a base holds.
NATIONAL_BASE = gated(WORD_BEGIN + r"[لبو]?(?:ال)?قاعده\s+(?:ال)?(" + NATIONALITIES + r"|تحالف)(?=[\s،,.]|$)")
# «، ما أسفر عن», «، مما أدى إلى»: what the attack of the clause caused.
# («، من دون أن تكشف عن أي خسائر», «، دون وقوع إصابات»: the strike's own outcome too)
RESULT_AFTER_COMMA = gated(r"\s*و?(?:ما|مما)\s+(?:اسفر|ادي|تسبب|خلف)|\s*(?:من\s+)?(?:دون|بدون)\s")
# «رداً على تفجير المطيبيجة»، وأسفرت عن مقتل خمسة»: a feminine verb of result after a masculine
# attack answered is the strikes' own.
SHE_CAUSED_AFTER_COMMA = gated(r"\s*و(?:اسفرت|ادت|خلفت|تسببت|اوقعت)\s")
MASCULINE_ANSWERED = gated(r"\s*" + QUOTE + r"?(?:ال)?(?:هجوم|تفجير|انفجار|قصف|استهداف|اعتداء|عدوان|كمين|اغتيال)(?=[\s،,.\"'”»]|$)")
# «"رداً على الاعتداء على قطعاتنا"، مؤكدة أن الضربات أسفرت عن قتل ٤ إرهابيين»: the speaker goes on
# about its own strike.
SPEAKER_GOES_ON = gated(
    r"\s*(?:موكد|مضيف|مشير|موضح|مبين|لافت)(?:ا|ه|ين)?\s+(?:الي\s+)?(?:ان|انه|انها|بان)(?=\s)"
    r"|\s*(?:موكد|معلن)(?:ا|ه|ين)?\s+(?:القضاء|مقتل|قتل|تدمير|تحييد)(?=\s)"  # «، مؤكداً القضاء على أكثر من 20 مسلحاً»
)
SINCE_START = gated(r"منذ\s+(?:مطلع|بدايه|اول|مستهل)\s+(?:ال)?(?:عام|سنه|شهر|العام|السنه|الشهر)")
# «أنها تستهدف», «بأنه يقصف»: the imperfect after «أن», a practice stated.
STATED_PRACTICE = frozenset("انها انه بانها بانه انهم بانهم".split())
PRESENT_ATTACK = frozenset("يستهدف تستهدف يقصف تقصف يشن تشن يهاجم تهاجم يضرب تضرب".split())
# «حملة التلقيح الموسمية ضد الحمى القلاعية التي تستهدف»: a campaign or programme and what it aims at.
# «ويستهدف إجراء اليوم ...», «تستهدف العقوبات ...»: measures that aim at someone.
MEASURES = frozenset(("اجراء", "الاجراء", "الاجراءات", "اجراءات", "العقوبات", "عقوبات", "القرار", "قرار", "القانون", "قانون"))
CAMPAIGN_THAT = gated(WORD_START + r"(?:ال)?(?:حمله|حملات|برنامج|مشروع|خطه|مبادره)\s+(?:[^\s.،,]+\s+){0,8}?(?:التي|الذي)\s+$")
NAME_NEXT = gated(SPACE_OR_QUOTE + r"+")  # a name right after a word: «هجمات حزب», «هجمات "حزب»
PLURAL_ATTACKS = frozenset("هجمات الهجمات ضربات الضربات غارات الغارات عمليات العمليات اعتداءات الاعتداءات".split())
# Machine guns and rifles: the weapons of a ground assault, whose RPGs are no rocket attack.
SMALL_ARMS = gated(
    WORD_START + r"[وب]?(?:ال)?(?:اسلحه|الاسلحه)\s+(?:ال)?(?:رشاشه|خفيفه|متوسطه|الرشاشه|الخفيفه|المتوسطه)"
    r"|" + WORD_START + r"[وب]?(?:ال)?(?:رشاشات|رشاش|بنادق|قناصات)(?:\s|$)|ار\s*بي\s*جي"
)
# «شنته», «نفذتها»: a verb of carrying out whose object pronoun is the attack just named.
_CARRIED_IT = r"(?:شن|نفذ)(?:ت|وا)?(?:ه|ها)"
LAUNCHED_IT = gated(WORD_BEGIN + _CARRIED_IT + r"\s*$")
# «عدوان شنّه طيران الاحتلال», «اعتداء نفذته مقاتلات»: the aircraft that carried out the attack just named.
AIRCRAFT_AFTER = gated(r"\s+" + _CARRIED_IT + r"\s+(?:ال)?(?:طيران|طايرات|طايره|مقاتلات|مقاتله|مروحيات)(?:\s|$)")
_TOWARD = r"(?:باتجاه|نحو|الي|صوب|تجاه)"  # towards a place
# «أطلقت من بلدة زمار», «انطلقت من الأراضي العراقية», «أُطلقا من منطقة زراعية في قضاء أبو غريب»:
# the place an attack was launched from (not the one it was aimed at: «أطلقت من مواقعها على بلدة»).
LAUNCHED_FROM = gated(
    r"(?:" + WORD_START + r"(?:اطلق|انطلق|اطلاق)\S*\s+(?:\S+\s+){0,3}?|" + WORD_START + r"(?:ال)?(?:هجوم|ضربات|غارات|قصف)\s+(?:\S+\s+)?"
    r"|" + WORD_START + r"غطاء\s+(?:\S+\s+){0,2}?)"  # «تحت غطاء مدفعي كثيف من مواقع قوات النظام في الميادين»
    r"من\s+(?:(?![وف]?(?:علي|" + _TOWARD + r"|استهدف\S*|سقط\S*|لتسقط)\s)\S+\s+){0,4}?" + QUOTE + r"*$"
)
# «نفذ عدواناً جوياً من اتجاه منطقة التنف»: the direction it came from.
FROM_DIRECTION = gated(WORD_START + r"من\s+(?:اتجاه|ناحيه)\s+(?:\S+\s+)?" + QUOTE + r"*$")
CAME_FROM = gated(
    WORD_START + r"(?:دخلت|دخل|دخلوا|قادمه|قادم|قادمين|القادمه|القادم|اتيه|عبرت|عبر|وصلت|وصل|مهربه|تسلل|تسللت|تسللوا)\s+من\s+$"
    # «ثم انسحبوا باتجاه البادية», «لاذ المهاجمون بالفرار نحو»: where the attackers (or anyone) went
    r"|" + WORD_START + r"[وف]?(?:انسحب|انسحبت|انسحبوا|فر|فرت|فروا|هرب|هربوا|لاذ\S*\s+(?:\S+\s+)?بالفرار)\s+(?:\S+\s+){0,2}?" + _TOWARD + r"\s+$"
)
# «أطلقت من مناطق نفوذ الميليشيات», «انطلقت من مواقع تسيطر عليها», «قذائف مصدرها مناطق سيطرة
# الميليشيات»: the side whose ground an attack came from.
# So do a sniper's or a launcher's position: «قناص متمركز في مناطق سيطرة النظام».
LAUNCHED_BY = gated(
    # («أُطلقت "من مناطق انتشار ميليشيا قسد"»: in quotes, and the group's kind before its name.)
    # («تحت غطاء مدفعي كثيف من مواقع قوات النظام»: the fire covering the attack, and whose it was)
    WORD_OPENING + r"(?:" + OPEN_QUOTE + r"(?:اطلق|انطلق)\S*\s+(?:\S+\s+){0,2}?" + OPEN_QUOTE + r"من|مصدرها|مصدره|مصدرهما"
    r"|غطاء\s+(?:\S+\s+){0,2}?من)\s+(?:مناطق|مواقع|اراض|اراضي|منطقه)\s+"
    # («مصدره مواقع لفصائل منضوية في وزارة الدفاع»: the positions «of» the group)
    r"(?:(?:نفوذ|سيطره|انتشار|تمركز|تسيطر\s+عليها)\s+)?(?:(?:ال)?(?:ميليشيا|ميليشيات|مليشيا|مليشيات)\s+)?" + QUOTE + r"*(?:ل|لل)?$"
    # «لقصف مدفعي مصدره الجيش التركي»: the side itself named as the source.
    r"|" + WORD_OPENING + r"(?:مصدرها|مصدره|مصدرهما)\s+" + QUOTE + r"*$"
    # «أطلقت من منطقة "القرى السبع" الخاضعة لسيطرة الميليشيات»: a place named, then whose it is.
    r"|" + WORD_START + r"(?:اطلق|انطلق)\S*\s+من\s+(?:\S+\s+){1,4}?(?:ال)?(?:خاضعه\s+ل|واقعه\s+تحت\s+|تحت\s+)سيطره\s+" + QUOTE + r"*$"
    # «قصف بقذائف الهاون من مواقع "قسد" على بلدة»: the shells came from the group's positions.
    r"|" + WORD_START + r"[وب]?(?:ال)?(?:قصف|قذايف|قذيفه|قذيفتين|صواريخ|صاروخ|رشقات|رشقه|نيران)(?:\s+\S+){0,3}?\s+من\s+(?:مواقع|نقاط|مناطق|منطقه|مقرات)\s+"
    r"(?:(?:نفوذ|سيطره|انتشار|تمركز)\s+)?" + QUOTE + r"*$"
)
POSTED_IN = gated(
    WORD_START + r"(?:ال)?متمركز\S*\s+(?:في|ب)\s*(?:مناطق|مواقع|منطقه|نقطه|نقاط|موقع)\s+(?:(?:عسكريه|نفوذ|سيطره|انتشار|تسيطر\s+عليها)\s+)?ل?\s*" + QUOTE + r"*$"
)
# «برصاص قناص من قوات النظام», «قناصة تابعون للميليشيات»: whose sniper fired.
# («برصاص قناصة قوات النظام»: the snipers of a force, named right after them.)
# («برصاص قناص من جهة مواقع الفصائل»: from their positions.)
SNIPER_OF = gated(
    WORD_START + r"[بو]?(?:ال)?(?:قناص|قناصه|قناصين|قناصو|قناصي)\s+(?:(?:من\s+(?:جهه\s+)?(?:(?:مواقع|مناطق)\s+)?|تابع\S*\s+ل|ل)\s*)?" + QUOTE + r"*$"
)
# «تنشط في سوريا والعراق», «المنتشرة في دير الزور»: where a group is, not where an attack was.
ACTIVE_IN = gated(
    WORD_START + r"(?:تنشط|ينشط|تنتشر|ينتشر|تعمل|يعمل|الناشطه|الناشط|المنتشره|المنتشر|العامله|العامل)\s+(?:في|ب)\s*(?:\S+\s+)?(?:و\s*)?$"
)
# «رفع مسؤولون عدد المصابين إلى», «ارتفعت حصيلة القتلى إلى»: a toll revised.
TOLL_REVISED = gated(
    WORD_BEGIN + r"[وف]?(?:رفع|رفعت|ارتفع|ارتفعت|ترتفع|يرتفع|ارتفاع)\s+(?:\S+\s+){0,6}?(?:عدد|حصيله)\s+(?:ال)?(?:قتلي|مصابين|جرحي|ضحايا|اصابات)"
    # «إصابة 34 عسكرياً، قبل أن ترفع العدد لاحقاً إلى أكثر من 40»: the count just told, raised
    r"|" + WORD_BEGIN + r"(?:ترفع|يرفع|رفعت|رفع)\s+(?:العدد|الحصيله)(?:\s+\S+)?\s+الي\s"
)
# «عدد المصابين», «حصيلة القتلى»: a toll, and what it counts.
TOLL_OF = gated(WORD_BEGIN + r"(?:عدد|حصيله)\s+(?P<word>(?:ال)?(?:قتلي|مصابين|جرحي|اصابات|وفيات|ضحايا))(?:\s|$)")
# «ارتفع إلى عشرة عدد ضحايا الغارات»: the toll named after its figure.
TOLL_AFTER = gated(r"[\s\"'”»]*(?:عدد|حصيله)\s+(?P<word>(?:ال)?(?:قتلي|مصابين|جرحي|اصابات|وفيات|ضحايا|شهداء))(?:\s|$)")
# Verbal nouns whose following actor is the agent when an object follows: «استهداف القوات الأميركية مقرات».
RELATIVE_PRONOUNS = set("الذي التي الذين اللذين اللذان اللتين اللتان اللواتي اللاتي".split())
MASDAR = set("استهداف قصف مهاجمه شن تنفيذ".split())
AGENT_MARKERS = (
    "من قبل", "من جانب", "من جهه", "شنها", "شنتها", "شنه", "شنته", "شنتهما", "شنهما", "نفذها", "نفذتها", "نفذه",
    "نفذته", "نفذتهما", "نفذهما", "اطلقها", "اطلقتها", "اطلقه", "اطلقته", "اطلقتهما",
    "نصبه", "نصبته", "نصبها", "نصبتها", "نصبوه", "نصبوها", "زرعها", "زرعتها", "زرعه", "زرعته", "زرعوها",
)

DEMONSTRATIVE_AT_END = gated(r"\s+(?:تلك|هذه|هذا|ذلك|هولاء)$")


def _men_at_end(words: str, clitic: str = "") -> Pattern:
    """Words for a group's men at the end of a text (maybe after an opening quote: «"خلية تابعة لتنظيم»),
    each maybe with an adjective («مجموعات إرهابية من») and joined to the name by «من», «ل»..."""
    return gated(r"(?:(?:^|\s+)[«\"“(]*" + clitic + "(?:" + "|".join(words.split()) + r")(?:\s+(?:ال)?(?:ارهابيه|مسلحه))?(?:\s+(?:من|(?:ال)?تابع(?:ه|ون|ين)\s+ل(?!\S)|ل(?!\S)|(?:ال)?تابع(?:ه|ون|ين)(?=\s+ل)))?)+$")


# Men who attack more often than they are hit: a cell, gunmen or a force «of» a group are its own,
# and so a verb before them has them for subject («هاجمت خلية من التنظيم حاجزاً», «نفذت قوة
# خاصة من "قسد" عملية إنزال», «نفذت قوة مشتركة من وزارة الداخلية والتحالف»).
ATTACKING_MEN_AT_END = _men_at_end(r"خلايا خليه مسلحو مسلحون مسلحين مرتزقه فلول بقايا قوه خاصه قوه\s+مشتركه وحده مفرزه مجموعه ارهابيو ارهابيي", clitic="ل?")
MEN_AFTER_VERB = gated(
    WORD_START + r"[وف]?(\S+)\s+(?:عناصر|مسلحون|مقاتلون|مقاتلو|افراد|مجموعه|مجموعات|خليه|خلايا)(?:\s+\S+(?:ون|يه|ه))?\s+(?:من\s+)?"
    # «نفّذت عناصر من عصابات داعش هجوماً», «أقدمت مجموعة من عصابات داعش على مهاجمة نقطة»
    r"(?:(?:ال)?(?:عصابات|خلايا|فلول|تنظيم|عناصر|مسلحي)\s+)?" + QUOTE + r"*$"
)
# «نصبته خلايا تنظيم»، «زرعها مرتزقة»، «خلية لتنظيم»، «خلية من التنظيم»: the group's men, before its name.
GROUP_MEN_AT_END = _men_at_end("خلايا خليه عناصر مسلحو مسلحون مسلحين مقاتلو مقاتلون مقاتلين تنظيم ميليشيا ميليشيات فلول بقايا مرتزقه مجموعه مجموعات ارهابيو ارهابيي عصابات عصابه", clitic="ل?")
AGGRESSION_OF = gated(
    WORD_START + r"[وبل]?(?:عدوان|اعتداء|اعتداءات)(?:\s+(?:ميليشيا|ميليشيات|مليشيا|مليشيات|قوات|عصابات|عصابه|مرتزقه))?\s*$"
)

KILL_WORDS = set(
    """
    مقتل قتل قتلي قتيل قتيلا قتلا قتلوا قتلت يقتل مصرع حياه قتلاهم القتلي القتيل هلاك هلك هلكوا
    استشهاد استشهد استشهدوا استشهدا شهيد شهيدا شهداء الشهداء الشهيد شهيدين ارتقي ارتقوا ارتقت ارتقيا
    جثه جثث جثتين الجثث جثامين جثمان
    وفاه وفيات الوفيات توفي توفيت توفوا ارتقاء نعي نعت ينعي تنعي فقد فقدت خسر خسرت
    انقتل انقتلت انقتلوا انقتلو ماتوا ماتو
    """.split()  # the last row colloquial: «انقتلوا ثلاثة», «اتنين ماتوا فوراً»
)
WOUND_WORDS = set(
    """
    اصابه اصابات اصيب اصيبوا اصيبا اصيبت جرح جرحي جريح جريحا الجرحي الجريح مصابين المصابين مصابا
    انصاب انصابت انصابوا انصابو انجرح انجرحت انجرحوا انجرحو تصاوب تصاوبت تصاوبوا
    """.split()  # the last row colloquial: «وانصابوا أربع جنود», «تصاوبت امرأة»
)
ZERO_CASUALTIES = gated(
    # Colloquial «ماكو», «ما في», «مفيش»: «ماكو قتلى», «ما في إصابات».
    # «من دون أن تنفجر أو توقع إصابات»: a verb or another before the one of harm.
    r"(?:لم|دون|بدون|لا|عدم|" + WORD_BEGIN + r"[وف]?(?:ماكو|مافي|مفيش|ما\s+في))\s+(?:ان\s+)?(?!(?:ت|ي)(?:شير|شر|ذكر|حدد|وضح|كشف|علن|فصح)\S*)(?:\S+\s+او\s+)?(?:(?:ت|ي)?(?:سفر|نجم|ودي|سجل|وقع|سقط|ورود)\s+)?(?:(?:عن|الي)\s+)?(?:(?!معلومات)\S+\s+){0,2}?(?:(?:سقوط|وقوع|تسجيل)\s+)?(?:اي\s+)?"
    # «من دون تسجيل أضرار أو إصابات»: no harm to things or people.
    # «لم تُسجَّل أي أضرار في منشآت المطار أو إصابات بين المسافرين»: nor harm to the place's people.
    r"(?:(?:اضرار|خساير)\s+(?:ماديه\s+|(?:في|ب)\s+(?:\S+\s+){1,2}?)?(?:او|و)\s+)?"
    r"(?:ضحايا|اصابات|خساير\s+بشريه|(?P<dead>قتلي|وفيات|(?:حاله|حالات)\s+وفاه)|جرحي|اصابات\s+بشريه)"
    # «سقطا في أرض خالية من دون خسائر»: losses unqualified, or «تذكر», «في الأرواح», are people's;
    # so is «أي» harm: «لم يسفر عن أي خسائر», «دون وقوع أي أضرار».
    r"|(?:من\s+)?دون\s+(?:وقوع\s+|اي\s+)?خساير(?=\s*(?:[،,.]|$)|\s+(?:تذكر|في\s+الارواح)(?:[\s،,.]|$))"
    r"|(?:عن|وقوع|تسجيل|تسجل|يسجل|يلحق|تلحق)\s+اي\s+(?:خساير|اضرار)(?=[\s\"'”»]*(?:[،,.]|$))"
    # «دون أن يتسببا بخسائر», «اقتصرت أضراره على الماديات»: no one hurt.
    r"|(?:دون|لم)\s+(?:ان\s+)?(?:ي|ت)تسبب\S*\s+(?:ب|في\s+)(?:اي\s+)?(?:(?:اضرار|خساير)\s+(?:ماديه\s+)?(?:او\s+|و))?(?:خساير|اصابات)(?=\s*(?:[،,.]|$))"
    r"|اقتصرت\s+(?:ال)?اضرار\S*\s+علي\s+(?:ال)?(?:ماديات|ممتلكات|الاضرار\s+الماديه)"
    r"|لم\s+يصب\s+اي|لم\s+يصب\s+احد|لا\s+اصابات"
    # «أن أحداً لم يُصب بأذى», «دون أن يصاب أحد»; colloquial «ما حدا انصاب», «محد انصاب».
    r"|" + WORD_BEGIN + r"احدا?\s+لم\s+يصب|(?:دون|بدون)\s+ان\s+يصاب\s+احد|" + WORD_BEGIN + r"[وف]?(?:ما\s+حدا|ماحدا|محد)\s+(?:انصاب|انجرح|تصاوب|اتصاب)"
    # «لم يُقتل أحد»: no one killed (the wounded may be counted).
    # («من دون أن يُقتل أحد»: the same)
    r"|(?P<dead2>(?:لم|(?:من\s+)?(?:دون|بدون)\s+ان)\s+يقتل\s+(?:احد|اي))(?=[\s،,.\"'”»]|$)"  # (a quotation may close after it)
    # «من دون تسجيل أي أضرار مادية أو بشرية»: no harm to things, nor to people.
    r"|(?:لم|دون|بدون|عدم)\s+(?:\S+\s+){0,3}?(?:اي\s+)?(?:اضرار|خساير)\s+ماديه\s+(?:او\s+|و)(?:ال)?بشريه(?=[\s،,.\"'”»]|$)"
)
# «أوقع "ثمانية قتلى ومصابين"», «20 بين قتيل وجريح»: one count of the dead and the wounded together.
DEAD_AND_WOUNDED = gated(r"[\s\"'”»]*(?:بين\s+)?(?:قتلي|قتيل|قتيلا)\s+(?:و|او\s+)(?:جرحي|جريحا|جريح|مصابين|مصابا|مصاب|اصابات)(?=[\s،,.\"'”»]|$)")
# «قذيفة هاون واحدة», «صاروخين اثنين»: the number word after an indefinite round counts the rounds.
ROUNDS_COUNTED = gated(
    WORD_BEGIN + r"[وب]?(?:قذيفه|قذيفتين|قذيفتان|قذايف|صاروخ|صاروخين|صاروخان|صواريخ|طايره|طايرتين|طايرتان|مسيره|مسيرتين|مسيرتان|عبوه|عبوتين|عبوتان)"
    r"(?:\s+(?:هاون|مدفعيه|صاروخيه|مسيره|ناسفه|مفخخه))?\s+(?:واحده|واحد|اثنين|اثنتين|اثنان|اثنتان)$"
)
# «القضاء على أكثر من 20 مسلحاً»: wiped out.
WIPED_OUT = gated(WORD_BEGIN + r"[وب]?القضاء\s+علي\s+(?:(?:اكثر|اقل)\s+من\s+|نحو\s+|قرابه\s+|حوالي\s+)?$")
# «قتل وإصابة 20 عنصراً», «مقتل وجرح عشرة»: the dead and the wounded counted together, before the number.
KILLED_AND_WOUNDED_BEFORE = gated(r"(?<!\S)[\"'«“]*[وب]?(?:مقتل|قتل|استشهاد)\s+و(?:اصابه|جرح)\s*$")
# «عشرات القتلى», «بضعة جنود»: tens, a few: a word for a count no one gave.
VAGUE_COUNT = gated(r"عشرات|ميات|الاف|بضع")
# «تبنّى التنظيم الهجوم، زاعماً مقتل ستة جنود»: a toll the attackers claim.
BOAST = gated(WORD_BEGIN + r"[وف]?(?:زاعما|زاعمه|زاعمين|زعم|زعمت|يزعم|تزعم|ادعي|ادعت|مدعيا|مدعيه)\s+(?:\S+\s+){0,3}?(?:(?:مقتل|قتل|اصابه|سقوط|ايقاع)\s+)?[\"«“]?$")
# «مقتل متعاقد أمريكي» = one killed, «إصابة جنديين» = two wounded: a singular or dual noun, no number.
# «بمقتل عنصرين وإصابة ثالث»: a third one.
_PERSON = r"(?:متعاقد|مقاول|جندي|عنصر|منتسب|مجند|شرطي|مقاتل|شخص|مدني|ضابط|عسكري|امريكي|اميركي|طفل|طفله|امراه|سيده|رجل|شاب|قيادي|قايد|متزعم|زعيم|معاون|مسوول|امر|مواطن|صحفي|مسعف|راعي|راع|ابن|نجل|شقيق|رفيق|فلاح|مزارع|عامل|وجيه|سايق|مختار|معلم|طالب|تلميذ|طبيب|ممرض|حارس|موظف|مهندس|مترجم|موذن|امام|خطيب|مصور|ناشط|شيخ|اعلامي|مرافق|مشغل|فني|خفير|ناطور|مساعد|تاجر|بايع|صياد|حلاق|خباز|نجار|حداد|بقال|عتال|ثالث|رابع|تاني)"  # («وانصاب تاني»: a second, colloquially)
# «مقتل عنصر», «إصابة جنديين», «قتل عنصران», «مقتل طفل وسيدة» (one more for each «و» + another person,
# two for «وطفلين»);
# the verb agrees with a feminine victim: «قُتلت طفلة», «أُصيبت امرأة»; «قُتل خلالها قيادي», «فقُتل سائقها».
# «وزوجته»; and the speaker's own in testimony and appeals: «أُصيب أخي»
_KIN = (
    r"(?:زوجته|زوجتها|زوجها|والده|والدته|والدهما|والدتهما|والدهم|والدتهم|ابنه|ابنته|ابنها|ابنتها|شقيقه|شقيقته|شقيقها|شقيقتها|اخوه|اخاه|اخيه|اخته|اخوها|اختها"
    r"|اخي|اختي|ابني|ابنتي|ابي|امي|والدي|والدتي|زوجي|زوجتي|شقيقي|شقيقتي|عمي|خالي"
    r"|جاري|جارتي|جارنا|جارتنا|جاره|جارته|جارها|جارتها"  # and the neighbours: «أصيبت جارتنا وابنها»
    r"|زميلي|زميلتي|زميلنا|زميله|زميلها|رفيقي|صديقي|صديقه)"  # and colleagues and friends: «قُتل زميلي ياسر»
)
# Two people: «عنصرين», «جنديان», and feminine «صحفيتان», «امرأتين», «طفلتين» (a noun ending in «ة»
# loses it before the ending).
# (and kin of two by a pronoun: «فيما أُصيب ولداه», «ابنتاها»)
_PERSON_DUAL = r"(?:" + _PERSON + r"(?:ين|ان|تين|تان)|(?:طفل|امرا|سيد)(?:تين|تان)|(?:ولدا|ابنا|نجلا|شقيقا|طفلا|طفلتا|ابنتا)(?:ه|ها))"
AND_PERSON = gated(r"و(?:" + _PERSON + r"(?:ين|ان|ه|ها)?|" + _KIN + r")")  # «وطفلها»
# «ضابط برتبة ملازم أول وجندي»: a rank named between one victim and the next.
_RANK = r"(?:\s*برتبه\s+[^\s،,.]+(?:\s+(?:اول|ثان|ثاني))?)?"
# «جنديان أمريكيان ومترجم مدني»: a person's nationality or kind, an adjective after the noun.
_NISBA = r"(?:\s+(?!اخر)(?:ال)?\S{2,}(?:يان|يين|يه|ي)(?=[\s،,.]|$))?"
IMPLICIT_COUNT = gated(
    # «ما أدى لمقتل عنصرين»: «ل» before a noun of the toll (not before a verb: «خطة لقتل ضابط»)
    r"(?:^|[\s«\"“])(?:[وفب]|ل(?=مقتل|مصرع|اصابه|استشهاد|وفاه|ارتقاء))?(?:(?P<kill>مقتل|مصرع|قتل|قتلت|وفاه|توفي|توفيت|ارتقاء|(?:اودت|اودي|اودتا)\s+بحياه|استشهاد|استشهد|استشهدت|ارتقي|ارتقت|جثه|جثتا|جثتي|جثمان|جثمانا|جثماني)|(?:اصابه|جرح|اصيب|اصيبت|انصاب|انصابت|انجرح|انجرحت|تصاوب|تصاوبت))\s+"
    # «قُتلت والدته في الحال»: one of the victim's kin.
    # «مقتل «قيادي بارز» في التنظيم»: the victim in quotes.
    r"(?:(?:خلالها|خلاله|فيها|فيه|(?P<with>معه|معها))\s+)?" + OPEN_QUOTE + r"(?:ال)?(?:(?P<dual>" + _PERSON_DUAL + r")|" + _PERSON + r"(?:ها|ه|نا)?|" + _KIN + r")"
    # «حارس الموقع وزوجته»: one of whom the next is told by a noun after him, or is kin of his
    r"(?P<more>(?:" + _NISBA + r"(?:\s+(?:ام|ابو)\s+[^\s،,.]+)?(?:\s+ال[^\s،,.]{2,})?" + _RANK + r"\s+و(?:" + _PERSON + r"(?:ين|ان|ه|ها)?|" + _KIN + r")(?=[\s،,.]|$))*)"  # «امرأة وطفلها»
    + _NISBA + r"(?=[\s،,.]|$)(?!\s+(?:اخر|اخرين|\d))"
)
# «عنصرين من قوات سوريا الديمقراطية أُصيبا بجروح»: two people, whose they are, then the dual verb.
DUAL_THEN_VERB = gated(
    WORD_START + r"[وبل]?(?:ال)?" + _PERSON + r"(?:ين|ان)(?:\s+[^\s،,.]+){0,6}?\s+[وف]?(?:(?P<kill>قتلا|استشهدا|قضيا|لقيا|ارتقيا|فارقا|توفيا)|اصيبا|جرحا)(?=[\s،,.]|$)"
    # «فاستُشهِدا معاً», «وأكدت الوزارة أن الاثنين قُتلا»: the two told before, by the verb alone
    # («قتلا» alone may be the noun «قتلاً»); «قد فارقا الحياة»: the verb after «قد».
    r"|" + WORD_START + r"(?:(?:الاثنين|كلاهما)\s+[وف]?|[وف]|[وف]?قد\s+)(?:(?P<kill_alone>استشهدا|ارتقيا|قضيا|توفيا|لقيا\s+حتفهما|فارقا\s+الحياه)|اصيبا)(?=[\s،,.]|$)"
    r"|" + WORD_START + r"(?:(?:الاثنين|كلاهما)\s+[وف]?|ف|[وف]?قد\s+)(?P<killed_alone>قتلا)(?=[\s،,.]|$)"
)
_ON_THE_SPOT = r"علي\s+الفور|في\s+الحال|بمكانه|بمكانها|في\s+مكانه|في\s+مكانها"
# «أطلقا النار عليه أمام منزله، فاستُشهد على الفور»: the one shot, then the singular verb with «ف»
# (or the verb of those who shot him: «فأردياه قتيلاً»).
HE_DIED = gated(
    WORD_START + r"(?:ف(?:(?P<kill>استشهد|استشهدت|توفي|توفيت|قتل|قتلت|فارق\s+الحياه|فارقت\s+الحياه|لقي\s+حتفه|لقيت\s+حتفها)"
    r"(?=\s+(?:" + _ON_THE_SPOT + r"|متاثرا|متاثره)|\s*[،,.]|$)|(?:اصيب|اصيبت)(?=\s+بجروح))"
    # «الله يرحمه توفى بمكانه»: one who died on the spot, with no «ف» before
    r"|(?P<kill_alone>استشهد|استشهدت|توفي|توفيت|قتل|قتلت)(?=\s+(?:" + _ON_THE_SPOT + r"))"
    # «فاستُشهد دلشاد وأُصيب اثنان»: one named by a word of one (no dual or plural); «فاستُشهدت مع
    # السائق»: two
    r"|ف(?P<kill_named>استشهد|استشهدت|قتل|قتلت|توفي|توفيت)\s+[^\s،,.\d\"«»“”]{2,}(?<!ين)(?<!ون)(?<!ان)(?=\s*[،,.]|\s+و|$)"
    r"|ف(?P<kill_with>استشهد|استشهدت|قتل|قتلت|توفي|توفيت)\s+مع\s+(?:ال)?" + _PERSON + r"(?=[\s،,.]|$))"
    # «أطلق مسلحان النار عليه فأردياه قتيلاً»: the one shot, felled dead
    r"|" + WORD_START + r"[وف]?(?P<felled>(?:ارداه|ارداها|اردياه|اردياها|اردوه|اردوها|اردته|اردتها|اردتاه|اردتاها)\s+(?:قتيلا|قتيله|قتيل|صريعا))(?=[\s،,.]|$)"
)
# «ما أسفر عن سقوط قتيلين», «أوقع قتيلاً وجريحين»: the casualties by a noun alone, one or two.
# A table's cell may hold the toll alone: «| قتيل وجريحان من «قسد» |».
CASUALTY_NOUN = gated(
    WORD_START + r"(?:سقوط|وقوع|عن|اوقع|اوقعت|خلف|خلفت|حصيله|علي|الي|و|\|)\s*(?:(?P<kill>قتيل|قتيلا|شهيد|شهيدا)|(?P<kill2>قتيلين|قتيلان|شهيدين|شهيدان)"
    r"|(?P<wound>جريح|جريحا)|(?P<wound2>جريحين|جريحان))(?=[\s،,.]|$)(?!\s+(?:اخر|اخرين|\d))"
)
# «شبكة "دير الزور 24"», «موقع «فرات 24»»: a number ending the quoted name of an outlet.
UNIT_NUMBER = gated(
    WORD_BEGIN + r"[لبو]?(?:ال)?(?:لواء|فوج|كتيبه|فرقه|برج|قطاع|محور)\s+$"
    # «(مواليد ٢٠٠٥)», «المولود عام 1990»: a year of birth.
    r"|" + WORD_BEGIN + r"[(\[]?(?:من\s+)?(?:مواليد|المولود|المولوده|مولود|مولوده|تولد)(?:\s+(?:عام|سنه))?\s+$"
)
NEGATIONS = frozenset(("لم", "ولم", "لا", "ولا", "لن", "دون", "بدون", "ودون"))
NAME_CLOSE = set('"»”\'')
YEARS = (1900, 2100)  # a range of two numbers within these is one of years
# «"تجاوز 40"», «"نحو 30"»: a count reached or bounded, not a name's number.
REACHED = frozenset(("تجاوز", "تجاوزت", "يتجاوز", "تخطي", "تخطت", "فاق", "فاقت", "بلغ", "بلغت", "نحو", "حوالي", "قرابه", "اكثر", "زهاء"))
QUOTED_NAME_START = gated(r"[\"«“]((?:[^\s\"«»“”]+\s+){1,2})$")
NAMED_OUTLET = gated(WORD_BEGIN + r"[وفبل]?(?:شبكه|موقع|وكاله|صفحه|قناه|منصه|مجموعه|حساب|اذاعه|تلفزيون|مرصد)\s*[\"«“']\S*(?:\s+\S+){0,2}\s+$")
# Titles and ranks a victim is named by («مقتل العقيد ...», «مقتل الاختصاصية ...»).
_TITLE = (
    r"قيادي|قايد|متزعم|مسوول|امر|زعيم|امير|والي|مستشار|ضابط|معاون"
    r"|رقيب|عريف|ملازم|نقيب|رايد|مقدم|عقيد|عميد|(?<=ال)لواء|اختصاصي|اختصاصيه|مساعد\s+اول"
)
# «مقتل القيادي في التنظيم أبو يوسف ومرافقه», «اغتيال القائد ... واثنين من مرافقيه»: one named
# person killed, and the companions told after the name.
NAMED_KILLED = gated(
    WORD_START + r"[وفب]?(?:مقتل|قتل|مصرع|استشهاد|اغتيال|تصفيه|(?:اودت|اودي|اودتا)\s+بحياه)\s+(?:(?:فيها|فيه|خلالها|خلاله)\s+)?"
    # «مقتل "أبو خديجة"»: a man named by his kunya; «مقتل "مسؤول بارز"»: a title in quotes;
    # «مقتل المدعو أبو عبد الله»: «the one called»
    r"(?:المدعو\s+|المدعوه\s+)?(?:[«\"“]?(?:ال)?(?:" + _TITLE + r")(?:\s|$)|[«\"“]?(?:ابو|ابي)\s+\S)"
)
# «مقتل الرقيب ويليام ريفرز والاختصاصية كينيدي ساندرز»: another named by title after the name.
JOINED_NAMED = gated(r"\s*[^\s،,.:؛;]+(?:\s+[^\s،,.:؛;]+){0,3}?\s*[،,]?\s+و(?:ال)?(?:" + _TITLE + r")(?=\s)")
# «قتلت غارة لطائرة مسيّرة ... قيادياً بارزاً في التنظيم», «اغتال مسلحان ... عنصراً في قسد»:
# the victim in the accusative, after the subject of an active verb of killing («قُتلت طفلة
# وأُصيب نحو عشرة مدنيين» is passive: the window stops at the next verb). Duals only where the
# plural is spelled otherwise («عنصرين», not «مدنيين»).
_OBJECT_NOUNS = "قيادي قايد مسوول عنصر مقاتل جندي ضابط مدني شخص شاب رجل طفل مختار".split()
_DUAL_OBJECT_NOUNS = "عنصر جندي ضابط شخص شاب طفل".split()
# (and women and girls, whose accusative is their nominative: «فقتلت طفلاً وأصابت امرأتين»)
_PERSON_OBJECT = (
    "(?:" + "|".join(n + "ا" for n in _OBJECT_NOUNS) + "|امراه|طفله|سيده|فتاه"
    + "|(?P<dual>(?:" + "|".join(_DUAL_OBJECT_NOUNS) + ")ين|امراتين|طفلتين|سيدتين|فتاتين))"
)
_OBJECT_GAP = r"\s+(?:(?:(?!\s[وف]?(?:اصيب|اصيبت|جرح|قتل|قتلت|اصابت)\s)[^،,.:\n]){0,60}?\s)??"
# (a leader by his title too: «قتلت ضربة أمريكية في شرق بغداد القيادي في "حركة النجباء" ...»)
OBJECT_KILLED = gated(
    WORD_START + r"[وف]?(?:قتل|قتلت|اغتال|اغتالت|يقتل|تقتل)" + _OBJECT_GAP + r"(?:" + _PERSON_OBJECT + r"|ال(?:قيادي|متزعم|زعيم))(?=[\s،,.]|$)"
)
OBJECT_WOUNDED = gated(WORD_START + r"[وف]?(?:اصابت|اصاب|جرحت|يصيب|تصيب)" + _OBJECT_GAP + _PERSON_OBJECT + r"(?=[\s،,.]|$)")
# «يقتل ضابطاً وجنديين»: more people joined to the verb's object.
JOINED_OBJECT = gated(r"\s+و" + _PERSON_OBJECT + r"(?=[\s،,.]|$)")
# «مقتل ضابط وجنديين», «استشهاد قيادي ومدني»: more people joined right after a title killed.
JOINED_VICTIM = gated(_RANK + r"\s*و(?:(?P<dual>(?:" + "|".join(_DUAL_OBJECT_NOUNS) + r")ين)|" + _PERSON + r")(?=[\s،,.]|$)")
# One companion of a victim: «ومرافقه», «مع ابن أخيه».
_COMPANION = r"(?:مرافقه|سايقه|حارسه|نجله|ابنه|شقيقه|زوجته|اخيه|رفيقه|زميله|ابن\s+(?:اخيه|شقيقه|عمه)|(?:مرافق|مرافقا|حارس|حارسا)\s+له)"  # «ومرافقاً له»
# «ما أدى إلى مقتله مع مرافقه», «مقتلهما», «مقتل أحدهم», «إصابته بجروح»: a victim told before.
_NOT_IN_IT = r"(?!\s+(?:فيه|فيها|خلاله|خلالها|جراءه|جراءها|بسببه|بسببها)(?=[\s،,.]|$))"
# «عجلة تقلّ خمسة من منتسبي الهيئة ... ما أدى إلى استشهادهم جميعاً»: all of those counted before.
ALL_OF_THEM = gated(
    WORD_START + r"[وفب]?(?:(?P<kill>مقتل|استشهاد|مصرع|وفات)|اصابت)(?:هم|هن)\s+(?:جميعا|جميعهم|كلهم|كافه)(?=[\s،,.\"'”»]|$)"
)
PRONOUN_VICTIM = gated(
    # («إثر إصابتي بشظايا»: the writer's own wound)
    WORD_START + r"[وفب]?(?:(?:(?P<kill>مقتل|استشهاد|مصرع|وفات)|اصابت)(?P<pron>ه|ها|هما|(?<=اصابت)ي)(?:\s+علي\s+الفور)?(?:\s+(?:مع\s+|و)(?P<with>" + _COMPANION + r"))?"
    r"|(?:(?P<kill1>مقتل|استشهاد|مصرع|وفاه)|اصابه)\s+احد(?:هم|هما)?(?!\s+عشر)"
    # «وفاة أحدهما وإصابة الآخر»: the other one of two
    r"|(?:(?P<kill_other>مقتل|استشهاد|مصرع|وفاه)|اصابه)\s+(?:ال)?اخر(?=[\s،,.]|$)"
    # «الزميل المهندس ...، الذي ارتقى صباح أمس إثر انفجار عبوة»: the one mourned (not «الهجوم ...
    # والذي استشهد فيه أيضاً أحد رفاقه»: the attack in which others died)
    # (and one killed with him: «الذي استشهد مع سائق الفريق»)
    r"|(?:الذي|التي)\s+(?P<rel>ارتقي|ارتقت|استشهد|استشهدت|قضي|قضت|فارق|فارقت)" + _NOT_IN_IT
    + r"(?:\s+مع\s+(?P<with_rel>" + _COMPANION + r"|(?:ال)?" + _PERSON + r"(?:\s+ال\S+)?))?"
    # «المدرّس ...، الذي قُتل برصاص مسلحين»: killed by what (not «الهجوم الذي قتل ثلاثة»)
    # (the day it was may stand between: «الذي قُتل مساء الأحد 9 حزيران جراء قصف»)
    + r"|(?:الذي|التي)\s+(?P<rel3>قتل|قتلت)(?=\s+(?:[^\s،,.]+\s+){0,5}?(?:برصاص|بانفجار|بقصف|بغاره|بضربه|جراء|اثر|علي\s+يد|في\s+(?:هجوم|غاره|قصف|انفجار|ضربه)))"
    + r"|(?:اللذين|اللذان|اللتين|اللتان)\s+(?P<rel2>ارتقيا|استشهدا|قضيا|فارقا|قتلا)" + _NOT_IN_IT  # «الطالبين ... اللذين ارتقيا»: two
    + r")(?=[\s،,.]|$)"
)
# Victims named, each with an age: «وفاة كل من: آزاد شيخو (٣٤ عاماً)، ومحمد علي حسين (٢٩ عاماً)».
_AGE = r"\(\s*\d{1,3}\s+(?:عاما|عام|سنه|سنوات|اعوام|سنين)\s*\)"
AGE = gated(_AGE)
_NAME_AGED = r"(?:[^\s\d(),.،:]+\s+){1,4}" + _AGE
NAMED_WITH_AGES = gated(
    WORD_START + r"[وف]?(?:(?P<dead>قتل|قتلت|قتلوا|استشهد|استشهدت|استشهدوا|وفاه|مقتل|استشهاد)|اصيب|اصيبت|اصيبوا|اصابه|جرح)"
    r"(?:\s+كل\s+من)?[\s:]*(?P<names>" + _NAME_AGED + r"(?:[\s،,]+و?" + _NAME_AGED + r")*)"
)
COMPANIONS = gated(
    # (not past a verb of wounding: «قتل متعاقد أمريكي وأصيب خمسة جنود ومتعاقد آخر»)
    r"(?:(?!\s[وف]?(?:اصيب|اصيبت|اصيبوا|جرح|جرحت|جرحوا|اصابه)\s)[^،,.\n]){0,80}?"
    # (past a word on him between commas: «السعيدي، المعروف بأبي تقوى، ومرافقاً له»)
    r"(?:[،,]\s*(?:وهو|المعروف|الملقب|المكني)\s[^،,.\n]{1,80}[،,]\s*)?"
    # («، إلى جانب اثنين من مرافقيه»: besides them, after a comma too)
    + r"(?:[،,]\s*(?=(?:الي\s+جانب|بالاضافه\s+الي|اضافه\s+الي)\s))?"
    + WORD_BEGIN + r"(?:و|(?:مع|برفقه|الي\s+جانب|بالاضافه\s+الي|اضافه\s+الي)\s+)(?:(?P<one>" + _COMPANION + r"|احد\s+(?:مرافقيه|عناصره|حراسه|مساعديه|معاونيه|(?:ال)?(?:منتسبين|مرافقين|حراس|عناصر))"
    r"|(?:" + _PERSON + r"|مسلح)\s+اخر(?=[\s،,.]|$))"  # «مقتل "أبو خديجة" وعنصر آخر من التنظيم», «ومسلّح آخر»
    # «وعنصرين كانا برفقته»: two with him, in a dual no plural is spelled like
    r"|(?P<two>(?:" + "|".join(_DUAL_OBJECT_NOUNS) + r")ين)\s+(?:كانا\s+)?(?:برفقته|معه|يرافقانه)"
    r"|(?P<some>\S+)\s+(?:من\s+)?(?:مرافقيه|عناصره|حراسه|مساعديه|معاونيه|اخوته|اخوانه|رفاقه))(?=[\s،,.]|$)"
)
# «ما أدى إلى استشهاده»: the death of the one just named.
HIS_DEATH = gated(r"(?:مقتل|استشهاد|مصرع|وفات)(?:ه|ها)(?=[\s،,.]|$)")
# «ثلاثة مدنيين آخرين»: others than the victims told before.
OTHERS = gated(r"\s+(?:[^\s،,.]+\s+)?(?:اخرين|اخرون|اخريات)(?=[\s،,.]|$)")
# «وقُتل معه ثلاثة من مرافقيه»: more killed with the victim just told.
KILLED_WITH_HIM = gated(WORD_BEGIN + r"[وف]?(?:قتل|قتلت|استشهد|استشهدت|ارتقي|ارتقت|قضي)\s+(?:معه|معها|(?:فيه\s+|فيها\s+)?ايضا)\s+$")
# «وكان القيادي قد استُشهد مع أحد مرافقيه», «لقي حتفه برفقة ثلاثة من عناصره»: a victim told
# before, killed with companions.
KILLED_WITH = gated(WORD_START + r"[وف]?(?:قتل|استشهد|ارتقي|اغتيل|(?:لقي|لقوا)\s+(?:\S+\s+){0,3}?(?:حتفه|مصرعه))(?=\s)")
_PEOPLE = r"(?:جنود|عناصر|مقاتلين|مدنيين|اشخاص|عسكريين|ضباط|اطفال|نساء|متعاقدين|موظفين|عمال|" + _PERSON + r"(?:ين|ا)?)"
# «أن القيادي قُتل مع عنصرين آخرين», «استُشهد مع ثلاثة من رفاقه»: the one killed and those with him.
KILLED_ALONG = gated(
    # («قُتل في 11 آذار 2024 مع ستة عشر من جامعي الكمأة»: when, between)
    WORD_START + r"[وف]?(?:قتل|قتلت|استشهد|استشهدت|قضي|قضت)(?:\s+(?:في|يوم)(?:\s+[^\s،,.]+){1,3}?)?\s+مع\s+(?:(?P<dual>" + _PERSON + r"(?:ين|ان))(?=[\s،,.]|$)|(?P<some>\S+)\s+(?:من\s+)?\S+)"
)
# A comma, full stop, colon or opening quote: the end of the words naming whom a count counts.
VICTIMS_END = gated(r"[،,.:«“]")
# «بإصابة أربعة عسكريين أمريكيين ...، إضافة إلى جندي عراقي»: victims added to the count before.
ADDED_VICTIMS = gated(
    r"[^.\n]{0,80}?(?:،\s*|\s)(?:(?:ب|و)?(?:ال)?اضافه\s+(?:الي|ل)|فضلا\s+عن|علاوه\s+علي|الي\s+جانب)\s+"
    # «إضافة إلى جندي عراقي واحد»: one, his nationality and «واحد» after him; «، إلى جانب عنصر من».
    r"(?:(?P<dual>" + _PERSON + r"(?:ين|ان))|(?P<one>" + _PERSON + r")(?:" + _NISBA + r"\s+(?:واحد|واحده))?|(?P<some>\S+)\s+" + _PEOPLE + r")(?=[\s،,.]|$)"
)
# «ثلاثة من عناصر الحاجز ومدني», «خمسة عسكريين أمريكيين ومتعاقدين اثنين»: one or two more, of
# another kind, right after the victims counted («ومدنيين» alone may be any number: not counted), and
# not those among them («سبعة قتلى بينهم طفلان وعنصران», «3 (جنديان ومترجم)»).
AND_ONE_MORE = gated(
    r"(?:\s+من)?(?:\s+(?!و|بينهم|منهم|بينهما|منهما)[^\s،,.()\[\]:]+){0,3}?\s+و(?P<who>(?P<dual>" + _PERSON + r"(?:ان|ين\s+(?:اثنين|اثنان))"
    # «وعنصرين من قوات الأمن»: a dual no plural is spelled like
    r"|(?:" + "|".join(_DUAL_OBJECT_NOUNS) + r")ين)|" + _PERSON + r"|" + _COMPANION + r")(?=[\s،,.]|$)"
)
# «ثلاثة جنود أمريكيين واثنين من عناصر الأمن»: the words between a count and one more joined to it,
# and the people after that one.
AND_COUNTED_BETWEEN = gated(r"(?:\s+(?!و|بينهم|منهم|بينهما|منهما)[^\s،,.()\[\]:]+){0,3}?\s+و\s*")
COUNTED_PEOPLE_AFTER = gated(r"\s+(?:من\s+(?:ال)?(?:عناصر|افراد|مقاتلي|جنود|منتسبي|المدنيين|مدنيين)|" + _PEOPLE + r")")
# «دون ورود معلومات عن إصابات», «ولا أنباء عن إصابات حتى اللحظة»: casualties not known yet, not none.
NO_INFORMATION = gated(_NO_WORD_OF + r"|ليس\s+لديها\s+اي\s+معلومات")
# «من دون أن تعلّق واشنطن على الهجوم أو تكشف عن أي خسائر»: losses not disclosed, not none.
NOT_DISCLOSED = gated(WORD_BEGIN + r"(?:تكشف|يكشف|تعلن|يعلن|تذكر|يذكر|تحدد|يحدد)\s+(?:\S+\s+)?عن\s+(?:اي\s+)?\S*$")

ATTRIBUTION = set(
    """
    بحسب حسب حسبما وفق وفقا نقلا نقلت نقل ذكرت ذكر افاد افادت قال قالت اعلن اعلنت اكد اكدت اشار اشارت
    اوضح اوضحت اضاف اضافت صرح صرحت بيان تقرير مصادر مصدر
    """.split()
)
# «وهو هجوم تبنّته المقاومة الإسلامية»: the verb with the attack as its object pronoun too.
# The masdar with its doer's pronoun too: «إعلان «المقاومة» تبنّيها هجوماً».
CLAIM_VERBS = set("تبنت تبني تبنوا يتبني تتبني تبنته تبناه تبنتها تبناها تبنوه يتبناه تتبناه تبنيها تبنيه تبنيهم".split())
ANNOUNCE_VERBS = set("اعلنت اعلن اعلان تعلن يعلن".split())

# «يومها ردّت واشنطن في الليلة نفسها بغارات», «ردّ الجيش بقصف مدفعي»: answering with an attack;
# «ردّت وحدات قسد على مصادر القصف»: answering the fire where it came from (_FIRE_SOURCES).
# What a side answers with: «ردّت بغارات», «بالمدفعية», «بالطيارات».
_ANSWER_MEANS = r"(?:ال)?(?:غار|ضرب|قصف|هجوم|استهداف|صواريخ|طايرات|طيارات|مقاتلات|مدفعيه|طيران)"
# «ردّت طائرة أمريكية من طراز AC-130 على عربة الإطلاق»: an aircraft answering, on what it struck.
RESPONDED = gated(
    WORD_BEGIN + r"[وف]?(?:ردت|رد|ردوا)\s+(?!علي|فعل)(?:\S+\s+){0,6}?(?:ب|عبر\s+)" + _ANSWER_MEANS
    + r"|" + WORD_BEGIN + _RETURNED_FIRE
    + r"|" + WORD_BEGIN + r"[وف]?(?:ردت|رد)\s+(?P<aircraft>(?:ال)?(?:طايره|طايرات|مقاتله|مقاتلات|مقاتلتان|مروحيه|مروحيات))\s+(?:\S+\s+){0,7}?علي\s"
)
RESPONSE = gated(r"(?:في\s+)?(?:ردا|رد|الرد)\s+(?:\w+\s+)?علي|انتقاما\s+ل|الانتقاميه|انتقاميه|الانتقامي|انتقامي")
# «، والأمريكان ردّوا بالطيارات على مكان الإطلاق»: a side answering with strikes, after what it answered.
_SIDE_ANSWERED = r"و\S+\s+(?:ردت|ردوا|رد)\s+(?:\S+\s+){0,3}?ب" + _ANSWER_MEANS
CLAUSE_BREAK = gated(
    r"[؛;]|(?:(?<=[\s\"'“”«»\-–—])|^)(?:[وف]?(?:في\s+)?ردا(?:[\"'“”«»]?\s+\S+ا)?[\"'“”«»]?\s+علي[\"'“”«»]?|(?<=[،,]\s)[وف]?(?:ثارا|انتقاما)(?=\s+ل)|(?<=[،,]\s)(?=" + _AND_THAT_IT_DID + r")" + _AND_THAT_IT + r"|[وف]?(?:في\s+(?:اطار|سياق)|ضمن|من)\s+(?:ال)?رد\s+علي|[وف]?في\s+(?:اول\s+)?رد(?:\s+(?!علي)\S+)?\s+علي|[وف]?علي\s+اثر(?=\s+ال)|(?<!علي\s)[وف]?(?:بعد(?!\s+(?:منتصف|الظهر|ظهر|العصر|المغرب|الفجر|صلاه)(?:\s|$))(?:\s+(?:يوم|يومين|ساعات|ساعتين|ساعه|ايام|اسبوع|اسبوعين))?(?:\s+من)?|عقب|اثر|في\s+اعقاب)|حيث|اذ|فيما|بينما|في\s+المقابل|في\s+حين|[و]?لكن|سبق(?=\s+ان|\s+و)|سبق(?:ه|ها)(?=\s)|[وف]?فضلا\s+عن|(?<=[،,]\s)ففي|(?<=[،,]\s)(?=" + _SIDE_ANSWERED + r")و\S+|بما\s+(?:في\s+ذلك|فيها|فيه)|(?:و?من\s+)?بينها|(?:وذلك\s+)?في\s+وقت(?!\s+(?:مبكر|متاخر|سابق|لاحق|قريب|واحد|قصير|متزامن))|(?<=[،,]\s)(?:مضيفا|مضيفه|مضيفين|مشيرا|مشيره|موضحا|موضحه|مبينا|مبينه|لافتا|لافته)(?=\s+(?:ان|بان|الي\s+ان)\s)|(?<=[،,]\s)(?:متوعدا|متوعده|متوعدين|مهددا|مهدده|مهددين)(?=\s)|(?<=[،,]\s)و(?:قال|اضاف|تابع)(?=\s+(?:\S+\s+){0,4}?(?:انه|انها|ان)\s)|(?<=[،,]\s)(?=" + _RETURNED_FIRE + r")[وف]?(?:ردت|ردوا|تعاملت)|(?<=[،,]\s)ثم(?=\s)|(?<=[،,]\s)(?:كان|كانت)\s+(?:اخرها|احدثها|اعنفها|ابرزها|اكثرها|اشدها|اخطرها|اكبرها|اولها|ادماها)|(?<=[،,]\s)قبل\s+ان(?=\s+(?:يدكوا|يستهدفوا|يقصفوا|يهاجموا|تستهدف|تقصف|تدك|تهاجم|يستهدف|يقصف|يدك|يهاجم)\s)|(?<=[،,]\s)كما(?=\s+(?:طالت|طاولت|استهدفت|استهدف|قصفت|قصف|شنت|شن|هاجمت|هاجم|سقطت|سقط|تعرضت|تعرض|اطلقت|اطلق|ضربت|دمرت)\s))(?=\s)"
)
# A sentence opening with its casualties or the blasts heard, then the attack behind them:
# «قتل عنصران ... إثر انفجار», «دوي انفجارات يهز حقل كونيكو ... إثر استهداف القاعدة».
# «، بعد نحو ساعة،»: a lapse of time set between commas, naming nothing it followed.
_ABOUT = r"(?:نحو|قرابه|حوالي|اقل\s+من)"  # «نحو ساعة», «قرابة الرابعة», «أقل من ساعة»
TIME_LATER = gated(
    r"\s*[وف]?بعد\s+(?:" + _ABOUT + r"\s+)?(?:ساعه|ساعتين|ساعات|دقايق|دقيقه|دقيقتين|يوم|يومين|ايام|اسبوع|اسبوعين)"
    r"\s*[،,]"
)
COMMA_BEFORE = gated(r"[،,]\s*$")
SPEECH_GOES_ON = gated(r"\s*(?:انها|انه|انهم|بانها|بانه|بانهم)\s")
NUMBER_LINE_BEFORE = gated(r"(?:^|\n)[ \t]*\d[\d,.]*[ \t]*\n\s*$")
NTH_ATTACK = gated(WORD_BEGIN + r"(?:هو|هي|يعد|تعد)\s+(?:ال)?(?:ثاني|ثالث|رابع|خامس|ثانيه|ثالثه|رابعه|خامسه)(?=\s)")
AN_AFTER = gated(r"\s+ان\s")  # «بعد أن» and a verb: what was done, not a time («بعد أيام»)
# What an attack did, told before «إثر» or «بعد أن» and the attack: its dead and wounded, those a
# hospital received («استقبل المشفى أربعة مصابين إثر سقوط قذائف»), a fire it started («اندلع الحريق
# ظهر أمس ... إثر سقوط قذائف»).
EFFECT_LEAD = gated(
    WORD_BEGIN + r"[وف]?(?:قتل|مقتل|مصرع|اصيب|اصابه|جرح|لقي|لقوا|استشهد|استشهاد|ارتقي|ارتقت|ارتقوا|دوي|انفجارات"
    r"|اصيبا|اصيبوا|اصيبت|قتلا|قتلوا|قتلت|استشهدا|استشهدوا|قضي|قضيا|قضوا|ارتقيا|فارق|فارقت|فارقا|فارقوا|توفي|توفيت|توفيا|توفوا"
    r"|مصابين|مصابا|جرحي|جريحا|جثث|جثه|جثتا|جثتي|جثامين|قتلي|قتيلا"
    r"|اندلع|اندلعت|احترق|احترقت|التهمت|الحريق|حريق)(?=[\s،,]|$)"
)
ATTACK_WORD_RE = gated(WORD_BEGIN + r"[وفبل]?(?:" + "|".join(sorted(ATTACK_WORDS, key=len, reverse=True)) + r")(?:\s|$)")
# «ردّت القوات الأمريكية»: a side answering (with fire, if the words after say so).
ANSWERED = gated(WORD_BEGIN + r"[وف]?(?:ردت|رد|ردوا|ترد|يرد)(?=[\s،,.]|$)")
MOMENTS_AFTER = gated(
    # («وبعد ذلك بنحو ساعة»: the lapse after «ذلك»)
    WORD_BEGIN + r"[وف]?(?:بعد|عقب)\s+(?:(?:ذلك|ذاك)\s+ب)?(?:" + _ABOUT + r"\s+)?(?:دقايق|دقيقه|دقيقتين|لحظات|وقت\s+قصير|قليل|ساعه|ساعتين|ساعات|نصف\s+ساعه)(?=[\s،,]|$)(?!\s+من\s+(?:ال)?(?:اعلان|بيان|تبني|تصريح|تهديد))"  # not «بعد ساعات من إعلان جماعة»
)
RETURNED_AT_ONCE = gated(WORD_START + r"(?:" + _RETURNED_FIRE + r"|(?:علي\s+الفور|فورا)(?=[\s،,.]|$))")
# «وسقطت قذائف في محيط حقل كونيكو في وقت متزامن»: at the same time as the attack told before.
SIMULTANEOUS = gated(
    r"(?:في\s+وقت|بشكل)\s+متزامن(?=[\s،,.]|$)|في\s+الوقت\s+(?:نفسه|ذاته)(?=[\s،,.]|$)"
    r"|(?<!\S)[وف]?بالتزامن\s+مع\s+(?:ذلك|هذا|هذه|ذلك\s+الهجوم|الهجوم|القصف|الغاره|الضربه)(?=[\s،,.]|$)"  # «وبالتزامن مع ذلك، قصفت»
)
WAVE = gated(r"[وفب]?(?:الضربات|الغارات)(?:\s|$)")
# «وفي الجانب السوري، أحصى المرصد مقتل 23 عنصراً في غارات على مواقع في دير الزور»: strikes of the
# wave just told, on the other side of the border.
OTHER_SIDE = gated(r"\s*[وف]?في\s+(?:(?:الجانب|الشق|الطرف)\s+(?:ال)?(?:سوري|عراقي)|سوريا|سوريه|العراق)\s*[،,]")
STRIKES = gated(r"[وفب]?(?:ضربات|غارات)(?:\s|$)")
# «كما طالت غارتان أخريان مقراً ... ضمن الموجة ذاتها»: more strikes of the wave just told.
SAME_WAVE = gated(WORD_START + r"(?:ضمن|من|في)\s+(?:ال)?(?:موجه|سلسله|غارات|الغارات|ضربات|الضربات)\s+(?:ذاتها|نفسها|عينها)(?:\s|$|[،,.])")
CONTINUING = gated(r"(?:ال)?(?:متواصل|مستمر|متواصله|مستمره|متكرر|متكرره)$")
QUESTION = gated(r"(?:^|[\s:،«\"])[وف]?هل\s")
# Attacks counted in words in the hundreds or thousands: «مئة وخمسين هجوماً», «مئات الهجمات».
HUNDREDS_OF_ATTACKS = gated(
    WORD_BEGIN + r"(?:(?:ثلاث|اربع|خمس|ست|سبع|ثمان|تسع)?(?:ميه|مايه)|ميتي|مايتي|ميتا|مايتا|ميات|الف|الفي|الاف|الوف)(?:\s+و\S+){0,2}"
    r"\s+(?:ال)?(?:هجوما|هجمات|هجوم|عمليه|عمليات|ضربه|ضربات|غاره|غارات)(?:\s|$|[،,.])"
)
# «وفي الليلة نفسها، استهدفت غارة جوية ...»: the narrative moves on to something else that day;
# «كما تعرضت قرى ناحية زركان صباح اليوم لقصف تركي»: one more, «also».
SAME_DAY_OPENING = gated(r"\s*(?:[وف]?(?:في\s+)?(?:اليوم|الليله|الوقت|الساعات)\s+(?:نفسه|نفسها|ذاته|ذاتها)[\s،,]|[و]?كما\s)")
# «وفي هجوم منفصل», «في هجوم آخر», «قصف جوي مماثل», «استهدفت طائرة مسيّرة أخرى»: an attack
# that is not the one told before.
SEPARATE = gated(
    r"(?:هجوم|ضربه|غاره|عمليه|استهداف|قصف)\s+(?:(?:ال)?(?:جوي|صاروخي|مدفعي)\s+)?"
    r"(?:منفصل|منفصله|اخر|اخري|ثان|ثاني|ثانيه|ثالث|ثالثه|جديد|جديده|مماثل|مماثله)(?:\s|$|[،,])"
    r"|" + WORD_BEGIN + r"(?:طايره|مسيره|صاروخ|قذيفه|غاره|ضربه)(?:\s+(?:مسيره|مفخخه|جويه))?\s+(?:اخري|اخر|ثانيه|ثان|ثاني)(?=[\s،,.]|$)"
    # «وطالت غاراتٌ أخرى في الساعة نفسها مواقع في الميادين»: more strikes, elsewhere.
    r"|" + WORD_BEGIN + r"[و]?(?:غارات|ضربات|هجمات)\s+(?:\S+\s+)?(?:اخري)(?=[\s،,.]|$)"
    # «وفي حادثة منفصلة، قُتل مختار قرية ... برصاص مسلحَين»: another incident altogether.
    r"|" + WORD_BEGIN + r"(?:حادثه|حادث|واقعه)\s+(?:منفصله|منفصل|اخري|اخر|ثانيه|ثان|مماثله|مماثل)(?=[\s،,.]|$)"
)
DESCRIBED_BY = gated(
    WORD_BEGIN + r"(?:الذي|التي)\s+(?:استهدف|استهدفت|طال|طالت|طاول|طاولت|ضرب|ضربت|شنه|شنته|نفذه|نفذته)(?=\s|$)"
    # «العدوان الأمريكي الغاشم بطائرة حربية استهدفت عجلتهم»: the means, and what they struck
    r"|" + WORD_BEGIN + r"ب(?:طايره|طايرات|مسيره|مسيرات|صاروخ|صواريخ|عبوه)(?:\s+\S+){0,2}?\s+(?:استهدفت|استهدف|طالت|قصفت|اصابت)(?=\s|$)"
)
MANAGED_TO = gated(r"\s+(?:قد\s+)?(?:تمكنت|تمكن|تمكنوا|استطاعت|استطاع|نجحت|نجح)\s+(?:من|في)\s+")
BOTH_ATTACKS = set("الهجومين الهجومان العمليتين العمليتان الضربتين الضربتان الهجمتين الاعتداءين".split())
# «الهجمات الثلاثة», «العمليات الأربع»: the attacks just told, counted.
PLURAL_TOLD = set("الهجمات العمليات الضربات الاعتداءات الغارات".split())
TOLD_COUNT = {w: n for n, ws in ((3, "الثلاث الثلاثه"), (4, "الاربع الاربعه"), (5, "الخمس الخمسه"), (6, "الست السته")) for w in ws.split()}
ANOTHER = gated(WORD_BEGIN + r"(?:اخر|اخري)(?=[\s،,.]|$)")
# «لم تعلن أي جهة مسؤوليتها عن (محاولة) الهجوم»: the attack is one told before.
# «هذه العملية الجبانة عبر معرّفاته يوم أمس»: the day the operation was claimed on.
CLAIMED_ON = gated(
    r"\S+(?:\s+\S+)?\s+(?:عبر|في\s+(?:بيان|منشور|تسجيل)|علي\s+(?:قناه|قناته|حساب|حسابه|منصه|معرفات))\s+(?:\S+\s+){0,3}?(?:يوم\s+)?$"
)
# «وقد تبنّى تنظيم داعش هذه العملية الجبانة»: the claim verb with the operation for object.
CLAIMED_OPERATION = gated(
    r"(?:مسووليت\S*\s+عن\s+|" + WORD_BEGIN + r"[وف]?(?:تبني|تبنت|تبنوا)\s+(?:(?!\S*[.،,])\S+\s+){0,10}?(?:هذه\s+|تلك\s+|هذا\s+|ذلك\s+)?(?=ال|عمليه\s+ال|(?:تفجير|استهداف|اغتيال)\s+#?ال))"
    # «تبنّى التنظيم عبر معرّفاته على تلغرام عملية الاغتيال»: the operation named by its deed, or
    # by where it was («تبنّى داعش تفجير الصور»)
    r"(?P<op>(?:ال)?(?:عمليه|استهداف|تنفيذ|تفجير|اغتيال))(?=[\s،,.]|$)"
)
RESPONSIBILITY_FOR = gated(r"مسووليت\S*\s+عن\s+(?:\S+\s+)?$")
# «محمّلاً النظام مسؤولية "استهداف المدنيين العزل في ذيبان"»: the blame for an attack told before.
HELD_RESPONSIBLE_FOR = gated(
    WORD_START + r"[وف]?(?:حمل|حملت|حملوا|محملا|محمله|محملين|تحميل|يحمل|تحمل)\s+(?:\S+\s+){0,4}?(?:كامل\s+)?(?:ال)?مسووليه\s*" + QUOTE + r"*$"
)
# «لم تعلّق الوزارة على الضربة», «رفض التعليق على الهجوم»: words (or none) on an attack.
COMMENTED_ON = gated(WORD_START + r"[وف]?(?:تعلق|يعلق|علقت|علق|تعليق|التعليق|للتعليق)\s+(?:\S+\s+){0,4}?علي\s*" + QUOTE + r"*$")
# «حمّلت ... مسؤولية الهجوم», «نفت أي صلة لطهران بالهجوم»: who is tied to an attack (a definite one).
DEFINITE_WORD = gated(r"[وف]?(?:[بل]?ال|لل)")
TIED_TO = gated(WORD_BEGIN + r"[وب]?(?:مسووليه|صله|علاقه|ضلوع|تورط|دور)\s+(?:\S+\s+){0,3}$")
CLAIM_BETWEEN = gated(WORD_BEGIN + r"(?:[يت]علن|اعلن|اعلنت|[يت]?تبني\S*|تبنت)(?:\s|$)")
LINK_OF = gated(WORD_BEGIN + r"(?:صله|علاقه)\s+ل?$")  # «أي صلة لطهران»: whose the link is, not a place
# «ولم تتبنَّ أي جهة الهجوم»: the attack told, which no one claimed.
# Colloquial too: «محد تبنّى الضربة», «ما حدا تبنّى».
UNCLAIMED = gated(
    WORD_BEGIN + r"[وف]?(?:(?:لم|لا)\s+(?:تتبن|يتبن|تتبني|يتبني)\s+(?:اي\s+)?(?:جهه|طرف|فصيل|جماعه)|(?:محد|ما\s+حدا?)\s+تبني)\s+$"
)
NO_ONE = gated(WORD_BEGIN + r"[وف]?(?:لم|لا)\s+(?:\S+\s+)?(?:اي|احد)(?:\s|$)")
# «وأعلن الحرس الثوري مسؤوليته، قائلاً إنه استهدف «مقراً للتجسس»»: the claim of the attack told
# before, and what the claimant says it struck.
CLAIMED_IT_SAYING = gated(
    WORD_START + r"[وف]?(?:اعلن|اعلنت|اعلنوا|يعلن|تعلن)\s+(?:\S+\s+){0,6}?(?:مسووليته|مسووليتها|مسووليتهم|مسووليتهما)\s*[،,]?\s+"
    r"(?:قايلا|قايله|قايلين|مضيفا|مضيفه|موضحا|موضحه|مشيرا|مشيره|موكدا|موكده)\s+(?:انه|انها|انهم|انهما|ان\s+\S+)\s+$"
)
# («أدّى العدوان إلى», but «أدّى» with nothing led to is "performed": «في اليوم الذي أدّى فيه
# الرئيس اليمين، قُتل...».)
RESULT = gated(
    WORD_BEGIN + r"(?:ما\s+)?(?:(?:ادي|ادت)(?=\s+(?:\S+\s+){0,2}?(?:الي(?!\S)|ل))|اسفر|اسفرت|تسبب|تسببت)\s+(?:الي|عن|في|ب)?"
)
TITLE_WORDS = 18  # a longer line is a paragraph, even without a full stop
HEADLINE_PARTS = re.compile(r"\.\.+|…")  # «.. »: the parts of a headline
LINE_END = gated(r"[.!?؟:…](?:\[\d+\]|[\s\"'»”)\]])*$")
FLASH_WORDS = 50  # a breaking-news flash: a line or two, no article under it
# A spaced dash ends a sentence («واشنطن (أ ف ب) - قتل...»), but not between two days: «ليل الخميس - الجمعة»,
# «(٢ – ٨ كانون الأول)».
SENTENCE_END = gated(
    r"[.!?؟](?!\d)|\n+"
    # A dash between spaces, not between digits or after or before a weekday («الأحد - الاثنين»);
    # the dash is looked for first, so the lookbehinds are tried at dashes only.
    r"|(?=\s[-–—]\s)(?:(?<!\d)" + "".join(f"(?<!{d})" for d in WEEKDAY_NAMES) + r"|(?=\s[-–—]\s(?!\d|(?:" + "|".join(WEEKDAY_NAMES) + r")(?:\s|$|[،,.]))))\s[-–—]\s"
)
# A row of a table: «| 03-04-2024 | الطيانة | هجوم مسلح على نقطة لـ«قسد» | قتيل |».
TABLE_ROW = gated(r"[ \t]*\|")
# «على طريق الميادين –»: a road's name, before the dash that joins its two ends.
ROAD_FROM = gated(WORD_BEGIN + r"[وبل]?(?:ال)?(?:طريق|اوتستراد|اوتوستراد)\s+(?:[^\s.،,]+\s+){0,2}?[^\s.،,]+$")
# «دورية مشتركة أميركية - سورية», «محادثات عراقية – إيرانية»: a dash joining two nations' adjectives.
_NATIONS = r"(?:ال)?(?:اميركي|امريكي|سوري|عراقي|ايراني|تركي|روسي|كردي|اسراييلي|اردني|لبناني|فرنسي|بريطاني)(?:ه|ين|ون|تين|تان)?"
NATION_BEFORE = gated(WORD_BEGIN + _NATIONS + r"\s*$")
NATION_AFTER = gated(r"\s*" + _NATIONS + r"(?=[\s،,.]|$)")
# «ليل السبت - الأحد»: a dash joining the two days of a night.
_WEEKDAY = r"(?:ال)?(?:" + "|".join(w.removeprefix("ال") for w in WEEKDAY_NAMES) + r")"
WEEKDAY_BEFORE = gated(WORD_BEGIN + _WEEKDAY + r"\s*$")
WEEKDAY_AFTER = gated(r"\s*" + _WEEKDAY + r"(?=[\s،,.]|$)")
# «فجر اليوم - بعد ساعتين من الغارات الأميركية- قاعدة»: an aside of a few words between
# dashes, the first after a space, the last before one.
_SPACES = gated(r"\s*")
ASIDE = gated(r"(?<=\s)[-–—]\s*[^\s\d.!?؟\n\-–—][^.!?؟\n\-–—]{2,60}?\s*[-–—](?=\s)")
# «استهدفت القاعدة»: the base already named, when no other base is.
# «استهدفت الحافلة بعبوة ناسفة»: the base, bus, convoy, checkpoint or patrol told before.
DEFINITE_TARGETS = set(
    "القاعده بالقاعده للقاعده الحافله بالحافله للحافله الرتل بالرتل للرتل الحاجز بالحاجز للحاجز الدوريه بالدوريه للدوريه".split()
)
# ... and «داخل المطار», «في الحقل»: the airport or field told in a sentence before.
DEFINITE_SITES = frozenset(("المطار", "بالمطار", "للمطار", "الحقل", "بالحقل", "للحقل"))
# «ارتفع عدد قتلى الضربات», «ارتفعت حصيلة ضحايا القصف»: a toll revised since the attack.
TOLL_UPDATE = gated(
    WORD_START + r"[وف]?(?:ارتفع|ارتفعت|ترتفع|يرتفع|ارتفاع)(?:\s|$)|" + WORD_START + r"(?:حصيله|الحصيله)(?:\s|$)"
    # «أن عدد شهداء الغارة على مقرّ عكاشات ارتفع إلى 11»: the toll of the attack, counted since.
    r"|" + WORD_BEGIN + r"(?:عدد|اعداد)\s+(?:ال)?(?:قتلي|شهداء|ضحايا)\s+$"
)
# «قال المصدر إن ...»: what follows is the words said, not their speaker.
THAT_SAID = frozenset(("ان", "انه", "انها", "بان", "بانه", "بانها", "فان", "وان"))
# «الضربة المذكورة», «الهجوم المشار إليه», «القصف الآنف الذكر»: an attack named as one told before.
MENTIONED = frozenset(("المذكور", "المذكوره", "المذكورين", "المذكورتين", "المشار", "الانف", "الانفه", "السالف", "السالفه", "اعلاه"))
# «هجوم الطائرة المسيرة»: an attack word whose means is definite refers to a known attack.
DEFINITE_MEANS = set("الطايره المسيره المسيرات الصواريخ الصاروخ القذايف القذيفه الطايرات".split())
# «قصفت قاعدة أمريكية بصاروخ»: a base no name is given for, still a target.
# «أنباء غير مؤكدة عن غارات», «معلومات أولية عن استهداف»: what is said to have happened.
# Colloquial too: «انتشرت إشاعة إنو في قصف عالباغوز».
RUMOUR = gated(
    WORD_BEGIN + r"[وف]?(?:ال)?(?:انباء|اخبار|معلومات|تقارير|تكهنات|شايعات|شايعه|اشاعه|اشاعات)(?:\s+(?:غير|اوليه|متضاربه|موكده|متداوله|تتحدث|تفيد|واسعه)){0,2}"
    r"(?:\s+\S+){0,4}?\s+(?:عن|ب|بشان|حول|ان|بان|انو)\s+" + QUOTE + r"?(?:\S+\s+)?$"
)
# «طلعت كذب»: colloquial, it turned out false.
DENIAL_VERB = gated(WORD_BEGIN + r"[وف]?(?:نفي|نفت|تنفي|ينفي|نفوا|ينفون|نافيا|نافيه|نفته|نفاه|نفتها|نفاها|طلعت\s+كذب|طلع\s+كذب)(?=[\s،,.]|$)")
# «ادّعت حسابات مقربة من الفصائل استهداف قاعدة التنف، وهو ما نفاه مسؤول أمريكي»: an attack alleged,
# and denied in the same sentence (not its toll: «ونفى وقوع إصابات»).
ALLEGED = gated(WORD_BEGIN + r"[وف]?(?:ادعت|ادعي|ادعوا|تدعي|يدعي|زعمت|زعم|زعموا|تزعم|يزعم)(?=\s)")
DENIED_IT = gated(
    WORD_BEGIN + r"(?:[وف]?(?:نفته|نفاه|نفتها|نفاها)|(?:وهو|وهي)\s+ما\s+(?:نفته|نفاه|نفت|نفي))(?=[\s،,.]|$)(?!\s+(?:\S+\s+){0,3}?(?:وقوع|سقوط)\s)"
)
# «تداولت حسابات على منصات التواصل مقطع فيديو قالت إنه يوثّق هجوماً», «الادعاء: قصف صاروخي»: what was
# spread, in an article that calls it false («مضلل», «مفبرك», «لا صحة»).
SPREAD_CLAIM = gated(WORD_BEGIN + r"[وف]?(?:تداولت|تتداول|يتداول|تناقلت|نشرت|زعمت|الادعاء|ادعاء)(?:\s|:|$)")
# «لا مؤشر على أن تركيا كانت تستهدف القوات الأمريكية عمداً»: no sign of an attack, before its word.
NO_SIGN = gated(
    r"(?<![^\s\"«“])[وف]?(?:لا|ولا|ليس\s+هناك|لا\s+يوجد|لم\s+(?:يكن|يظهر|تظهر|يثبت)\s+(?:هناك\s+)?)\s*(?:اي\s+)?"
    r"(?:موشر|موشرات|دليل|ادله|اشاره|ما\s+يشير|ما\s+يدل|ما\s+يثبت)\s+(?:\S+\s+)?(?:علي|الي)\s+(?:ان|انه|انها)(?=\s)"
)
# «تصحيح: ورد في نسخة سابقة من هذا الخبر أن الضربة نُفّذت في محافظة نينوى», «كما ورد خطأً أن»: what
# an earlier version of the report said wrongly.
SAID_WRONGLY = gated(
    WORD_BEGIN + r"[وف]?(?:كما\s+)?(?:ورد|جاء|ذكر|ذكرنا|كتبنا|نشرنا)\s+(?:\S+\s+){0,3}?(?:خطا|سهوا|في\s+(?:ال)?نسخه\s+(?:ال)?سابقه)(?=[\s،,.]|$)"
)
DEBUNKED = gated(WORD_BEGIN + r"(?:مضلل|مضلله|مفبرك|مفبركه|زايف|زايفه|مزيف|مزيفه|كاذب|كاذبه|عاري\s+عن\s+الصحه|لا\s+صحه|عدم\s+صحت(?:ه|ها)|غير\s+صحيح(?:ه)?)(?=[\s،,.\"'”»]|$)")
# «سقطا داخل القاعدة»: «the base», the one told before (not where the attackers stand:
# «المدفعية المتمركزة في القاعدة», «بقصف من داخل القاعدة»).
THE_BASE = gated(
    r"(?<!المتمركزه في)(?<!الموجوده في)(?<!من داخل)(?<!من)" + WORD_START + r"[وبل]?القاعده(?=[\s،,.\"'”»]|$)"
)
UNNAMED_BASE = gated(WORD_START + r"[بل]?(?:قاعده|قواعد)\s+(?:عسكريه\s+)?(?:امريكيه|اميركيه|للتحالف|التحالف|للقوات\s+(?:الامريكيه|الاميركيه))(?:\s|$)")
DEFINITE_ATTACKERS = set("الارهابيين الارهابيون المسلحين المسلحون المهاجمين المهاجمون".split())
DEFINITE_AIRCRAFT = set("الطيران الطايرات المقاتلات".split())  # the aircraft of a strike told before
# «استهدفت الطائرات مستودعات», «طائرات حربية قصفت»: the aircraft beside the attack word strike from the air.
STRIKING_AIRCRAFT = DEFINITE_AIRCRAFT | set("طيران طايرات مقاتلات مقاتلتان مقاتلتين قاذفات القاذفات".split())
# «خمسة مقاتلين آخرين قتلوا في قصف...»: more victims of the attack just reported.
# «قُتلوا», «أُصيبوا»: the verbs of people counted before them.
_THEY_FELL = r"(?:قتلوا|قتلا|لقوا|قضوا|استشهدوا|استشهدا|ارتقوا|ارتقيا|اصيبوا|اصيبا|جرحوا)"
MORE_CASUALTIES = gated(r"\S+\s+(?:اخرين|اخرون)\s+(?:\S+\s+)?" + _THEY_FELL)
# «الهجوم», «المسيّرتين»: an attack or its means named again (one or two, not a tally's plural).
BACK_REFERENCE = gated(
    r"(?<![^\s«\"“])[وفب]?(?:ال|لل)(?P<noun>هجوم|هجومين|هجومان|قصف|ضربه|ضربتين|ضربتان|ضربات|غاره|غارتين|غارتان|غارات|استهداف|انفجار|اعتداء|عمليه"
    r"|مسيره|مسيرتين|مسيرتان|طايره|طايرتين|طايرتان|صاروخ|صاروخين|صاروخان|صواريخ|قذيفه|قذيفتين|قذايف)(?:\s|$|[،,.»])"
)
# «وأضاف البيان أن ...», «وتابع المصدر»: a speaker going on with what they said in the sentence before.
GOES_ON = gated(r"[\s\"«“]*[وف](?:اضاف|اضافت|تابع|تابعت|اشار|اشارت|اوضح|اوضحت|لفت|لفتت|بين|بينت)(?=\s)")
# «كم عدد الضحايا؟», «الحصيلة:»: a short line heading the tolls of the attack told, line by line
# («- وزارة الداخلية: ثلاثة قتلى وجريحان.»), until the next short line ending in «؟» or «:».
_TOLL_WORDS = ("ضحايا", "حصيله", "الخساير", "القتلي", "الاصابات", "الجرحي")
TOLL_HEADING = gated(r"[^\n]{0,40}(?:" + "|".join(_TOLL_WORDS) + r")[^\n]{0,20}[?؟:]\s*$")
SECTION_HEADING = gated(r"\s*(?:\S+\s+){0,5}\S+\s*[?؟:]\s*$")
# «نُقلوا إلى مستشفى القائم»: where the wounded were taken, not where the attack was.
_HOSPITAL = r"(?:ال)?(?:مستشفي|مشفي|مستشفيات|مشافي)"
_TAKEN = WORD_START + r"(?:نقل|نقلوا|نقلت|اسعف|اسعفوا|اسعاف)\S*\s+"
TAKEN_TO = gated(r"(?:" + WORD_START + _HOSPITAL + "|" + _TAKEN + r"(?:الي|ل))\s*(?:\S+\s+)?$")
# «نُقلوا إلى المشفى الوطني في الميادين», «أُسعفوا إلى مشفى الميادين»: the town of the hospital.
TAKEN_TO_HOSPITAL = gated(_TAKEN + r"(?:الي\s+|ل)" + _HOSPITAL + r"(?:(?:\s+\S+){0,2}\s+(?:في|ب))?\s*$")
# (A year only as a time: «خلال العام», not «مستشفى جمجمال العام», the general hospital.)
OTHER_TIME = gated(
    WORD_BEGIN + r"(?:(?:ال)?(?:ماضي|ماضيه|سابق|سابقه|شهر|اسبوع|اجمالي|مجموع)|(?:خلال|طوال|هذا|ذلك|مطلع|بدايه|نهايه|من)\s+(?:ال)?عام|(?:ال)?عام\s+(?:الجاري|الحالي|المنصرم))(?:\s|$|[،,.])"
)
# The class of attack such a noun names again: the class of its means (``MEANS``), and for
# these nouns the means table does not hold, the one they name when they point back.
REFERENCE_CLASS = {
    **dict.fromkeys(("ضربه", "ضربتين", "ضربتان"), "Airstrike"),
    **dict.fromkeys(("طايره", "طايرتين", "طايرتان"), "DroneAttack"),
    "صاروخان": "RocketAttack",
}
# «القناص»: the sniper of a shooting told before.
DEFINITE_ANAPHORA = set("الضربات الغارات الهجوم الهجمات القصف الضربه الغاره الضربتين الغارتين الضربتان الغارتان الهجومان الهجومين القناص الكمين".split()) | AGGRESSION


@dataclass
class Clause:
    start: int
    end: int
    sentence: int
    kind: str  # "main", "response" (after «ردا على») or "after" (after «بعد»)
    # Asides set off by dashes inside the clause («استهدفت ... - بعد ساعتين من الغارات -
    # قاعدة ...»): clauses of their own, whose words are not this clause's.
    holes: tuple[tuple[int, int], ...] = ()

    def holds(self, offset: int) -> bool:
        return self.start <= offset < self.end and not any(a <= offset < b for a, b in self.holes)

    def text(self, text: str) -> str:
        """The clause's text, its asides blanked out (offsets kept)."""
        out = text[self.start : self.end]
        for a, b in self.holes:
            out = out[: a - self.start] + " " * (b - a) + out[b - self.start :]
        return out


@dataclass
class Candidate:
    """One clause's report of an attack, before coreference."""

    clause: Clause
    cls: str
    trigger: int
    attackers: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    locations: list[str] = field(default_factory=list)
    claimed_by: list[str] = field(default_factory=list)
    time: TimeExpr | None = None
    definite: bool = False
    munitions: int | None = None
    title: bool = False
    update: bool = False  # a revised toll («ارتفعت حصيلة قتلى الغارات»): the date is the report's
    reference: bool = False  # only points back at an attack («بعد الهجمات المذكورة»), never a new one
    bare: bool = False  # names no actor, place or time: any compatible attack can be the one meant
    origins: list[str] = field(default_factory=list)  # places it was launched from («أطلقت من بلدة زمار»)
    separate: bool = False  # «في هجوم منفصل»: not an attack told before
    another: bool = False  # «وطالت غارات أخرى»: one more of the kind just told, by the same hands
    earlier: bool = False  # «وكانت غارات قد استهدفت»: told as before the news
    described: bool = False  # a reference that tells the attack in full («العدوان الذي استهدف ... يوم الخميس»)
    moments_after: bool = False  # «وبعد دقائق استهدفت طائرة...»: on the day of the attack told before
    responds: bool = False  # «ردّت واشنطن بغارات»: a strike answering what was told before
    other_account: bool = False  # «لكن المرصد أفاد بأن الهجوم نُفّذ ... فجر الاثنين»: another source's telling
    ground: bool = False  # a bomb, a mine or gunfire («بانفجار عبوة ناسفة»): not a strike from afar
    shells: bool = False  # shells of no named kind falling or fired («سقطت قذيفة مجهولة المصدر»)
    accused: list[str] = field(default_factory=list)  # attackers only suspected or accused («تتهم X بالوقوف خلفه»)


@lru_cache(maxsize=65536)
def _reading(word: str) -> tuple[bool, str | None, tuple[str, ...]]:
    """What a word says for a candidate: is it an attack word, the attack class its means
    name (``MEANS``), and its readings (clitics off), for the two-word means."""
    forms = tuple(s for s, _ in stems(word))
    cls = next((MEANS[f] for f in forms if f in MEANS), None)
    return any(f in ATTACK_WORDS for f in forms), cls, forms


class EventExtractor:
    """Attack events with their class, date, attacker, target, location, casualties, sources and links."""

    name = "events"
    order = 50

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer or load_gazetteer()
        self._sides: dict[str, str | None] = {}
        self._towns_named: dict[str, set[str]] = {}
        self._areas_named: set[str] = set()
        self._towns = {e.norm_label: iri for iri, e in self.gazetteer.entries.items() if e.cls == "Settlement" and e.norm_label}

    def extract(self, doc: Document) -> None:
        text = doc.norm.text
        # «منذ 17 أكتوبر» opens a tally; «في بيان الأحد» dates a statement, not an attack.
        asides = _asides(text)
        sentences = _sentences(text, asides)
        sentence_starts = [s for s, _ in sentences]
        all_times = find_dates(text, doc.published)
        statements = [t for t in all_times if _statement_time(text, t.start, t.end)]  # «في بيان الأحد»: no attack's day
        stated = {t.start for t in statements}
        # Statements made on the day of the report («في بيان صدر صباح اليوم الأربعاء»): their
        # «اليوم» is the report's.
        said_today = [t.start for t in statements if t.date is not None and t.date == doc.published]
        times = [
            # A weekday pins a quoted day to the week around the report: «"استهدف مجاهدونا صباح اليوم الأربعاء"»,
            # and a month a quoted date to its year: «"عملية قاعدة حرير في 25 كانون الأول"»; «"بعد ظهر اليوم
            # ذاته"» is the day told before it, whoever speaks.
            _unresolved(t)
            if t.relative and not weekdays_named(t.text) and not names_a_month(t.text) and not SAME_DAY.search(t.text)
            and _quoted_elsewhen(text, sentences, sentence_starts, said_today, t.start)
            else t
            for t in all_times
            # A day after the report's is none an attack was on; but a day only read from the text's
            # first date (a log kept over days: «الأحد 14/04/2024 ... الاثنين 15/04/2024») may be.
            if not (_after(t, doc.published) and (t.relative or not doc.published_inferred))
            and not _since_or_until(text, t) and t.start not in stated
        ]
        sections = _headings(text, times)
        times = _as_of_headings(sections, times)
        times = _as_of_then(text, sentences, times)
        quantities = find_quantities(text)
        clauses = _clauses(text, sentences, asides)
        toks = doc.tokens
        tok_starts = [t.start for t in toks]
        ents = sorted(doc.entities, key=lambda e: e.nstart)
        ent_starts = [e.nstart for e in ents]
        # Areas and quarters the gazetteer lacks («منطقة الحزام», «حي الجمعيات»): like its own regions,
        # no place apart from a town told before.
        self._areas_named = {
            e.iri for e in ents
            if e.iri not in self.gazetteer.entries and (e.cls == "Region" or text.endswith("حي ", 0, e.nstart))
        }
        candidates: list[Candidate] = []
        parts: list[tuple[Clause, list[Token], list[EntityMention]]] = []  # each clause's words and entities
        exchange: tuple[int, TimeExpr] | None = None  # the sentence and day of an exchange of fire told
        for clause in clauses:
            words = toks[bisect_left(tok_starts, clause.start) : bisect_left(tok_starts, clause.end)]
            in_clause = ents[bisect_left(ent_starts, clause.start) : bisect_left(ent_starts, clause.end)]
            if clause.holes:
                words = [w for w in words if clause.holds(w.start)]
                in_clause = [e for e in in_clause if clause.holds(e.nstart)]
            parts.append((clause, words, in_clause))
            heading = _heading_over(sections, clause.start) if clause.kind == "main" else None
            cand = self._candidate(doc, clause, words, in_clause, times, quantities, sentences, heading)
            if cand is None:
                # «متبادل», «تبادل»: most clauses hold neither, and skip the pattern.
                if clause.kind == "main" and text.find("بادل", clause.start, clause.end) >= 0 and EXCHANGE_OF_FIRE.search(text, clause.start, clause.end):
                    time = self._time(clause, times, sentences)
                    exchange = (clause.sentence, time) if time is not None and time.date is not None else None
                continue
            # «وقبل ذلك بيومين، استهدفت طائرة مسيّرة»: two days before the attack just told; and
            # «وقبل ذلك بيوم، الأربعاء»: the Wednesday before it, not before the report.
            # «وقبله بثمانية أيام، في 20 من الشهر نفسه»: the days from it tell which month is the same.
            same_month = cand.time is not None and cand.time.date is not None and SAME_MONTH.search(cand.time.text) is not None
            apart = _days_from_the_last(text, sentences[clause.sentence], cand.trigger, candidates) if cand.time is None or cand.time.relative or same_month else None
            if apart is not None and apart.date is not None and (
                cand.time is None
                or weekdays_named(cand.time.text) == {apart.date.weekday()}
                or same_month and cand.time.date.day == apart.date.day  # type: ignore[union-attr]
            ):
                cand.time = apart
            if exchange is not None and cand.time is None and 0 < cand.clause.sentence - exchange[0] <= EXCHANGE_REACH:
                # «شهدت ضفتا الفرات، مساء أمس الأربعاء، قصفاً متبادلاً ... وقال المراسل إن القصف بدأ ...
                # حين استهدفت قوات النظام ... بلدة ذيبان»: the attacks of the exchange told next are of its day.
                cand.time = exchange[1]
            if cand.time is None and clause.kind == "after" and not any(c.clause.sentence == clause.sentence for c in candidates):
                cand.time = _day_of_what_followed(text, sentences[clause.sentence][0], clause.start, times)
            cand.time = _the_day_before(text, clause.start, cand.trigger, cand.time)
            cand.time = _days_before_what_came(text, clause, cand.trigger, cand.time)
            if cand.time is None:
                cand.time = _announced_on(text, statements, cand.trigger)
            if (
                clause.kind == "after" and SIMILAR.match(text, cand.trigger) and cand.time is None
                and not (cand.attackers or cand.targets or cand.locations)
            ):
                continue  # «ويأتي الكمين بعد أيام من هجوم مماثل، ففي السادس من الشهر ...»: told next, in full
            if cand.cls == "Attack" and candidates and SIMILAR.match(text, cand.trigger):
                cand.cls = candidates[-1].cls  # «تعرّضت مساء أمس لقصف مماثل»: of the kind of the attack told before
            candidates.append(cand)
        _day_headings(sections, candidates, self._specific)
        _attackers_carried_over(text, candidates)
        events, origin = self._corefer(doc, candidates)
        for ev, cands in zip(events, origin):
            if ev.cls == "Attack" and any(c.shells for c in cands) and not any(c.ground for c in cands):
                # Shells of no named kind, told of no rockets or mortars before nor of fighting on the
                # ground: shelling.
                ev.cls = "ArtilleryShelling"
        _counted_claims(doc, events, origin)
        _named_over_accused(events, origin)
        _accused_after(doc, events, origin)
        # A date between a casualty verb and its count is read past: «قُتل في ٢٠ تشرين الثاني ٢٠٢٣ أربعة عناصر».
        date_before = {t.end: t.start for t in all_times}
        self._casualties(doc, events, origin, sentences, quantities, date_before, clauses)
        _listed_victims(doc, events, origin, sentences)
        self._counted_unharmed(doc, events, origin)
        _headline_totals(doc, events, sentences)
        self._sources(doc, events, origin, sentences)
        self._announced_strikes(text, events, origin)
        self._retaliation(doc, events, origin, candidates)
        _moments_after(events, origin)
        _later_that_day(text, events, origin)
        _same_group(text, events, origin)
        _day_of_the_report(text, statements, sentences, events, origin)
        _dates_after(doc, events, origin, candidates)
        _live_blog_days(doc, times, events, origin)
        _incident_day_field(text, times, events)
        _parts_of_a_wave(events, origin, doc.norm.text)
        _listed_operations(doc, events, origin, candidates, times)
        self._interceptions(doc, parts, times, statements, sentences, events, origin)
        # Again, for the attacks known only from their interception:
        _counted_claims(doc, events, origin)
        _accused_after(doc, events, origin)
        doc.events.extend(events)

    # -- candidates --------------------------------------------------------------------

    def _candidate(
        self,
        doc: Document,
        clause: Clause,
        words: list[Token],
        ents: list[EntityMention],
        times: list[TimeExpr],
        quantities: list[Quantity],
        sentences: list[tuple[int, int]],
        heading: TimeExpr | None = None,
    ) -> Candidate | None:
        """The attack a clause reports, if any, from its words and the entities in it (and the day
        heading the clause, in a page of days: «الأربعاء ٥ آذار» dates a bare «نزلوا كم قذيفة هاون»)."""
        text = doc.norm.text
        if not words:
            return None
        attack_at = None
        cls = None
        # «ما أدى إلى تدمير ثلاث شاحنات»: what an attack caused is not another attack.
        result = RESULT.search(text, clause.start, clause.end)
        result_at = result.end() if result else clause.end
        readings = [_reading(w.text) for w in words]
        trigger_cls = None  # the class the attack word itself names, with the word after it («ضربات جوية»)
        # «كان آخرها قبل الضربات الأمريكية بيومين، حين سقطت قذيفتان»: the strikes only say when.
        reckoned_from = _reckoned_from(text, clause)
        for k, tok in enumerate(words):
            attack, cls_named, forms = readings[k]
            if reckoned_from and any(a <= tok.start < b for a, b in reckoned_from):
                continue
            if attack_at is None and attack and not tok.start >= result_at:
                attack_at = k
            if k > 0 and STORED.intersection(readings[k - 1][2]) or k > 1 and (words[k - 2].text, words[k - 1].text) == ("علي", "استخدام"):
                continue  # «منشأتين لتخزين الصواريخ», «منصات صواريخ»: what was hit, not what hit it
            if k > 1 and words[k - 1].text in ("اطلاق", "الاطلاق") and words[k - 2].text in ("مصادر", "مصدر"):
                continue  # «ردّت على مصادر إطلاق المسيّرات»: what the other side fired
            if cls_named is not None and k > 1 and k != attack_at and SUPPORTED_BY.search(text, words[k - 2].start, tok.start):
                continue  # «هجوم واسع شنّه مرتزقة ... بإسناد من المسيّرات التركية»: the aircraft support a ground attack
            if cls is None or k == attack_at:
                named = cls_named
                if named is None and k + 1 < len(words):
                    named = next((_TWO_WORD_MEANS[(f, words[k + 1].text)] for f in forms if (f, words[k + 1].text) in _TWO_WORD_MEANS), None)
                cls = cls or named
                if k == attack_at:
                    trigger_cls = named
        if trigger_cls is not None:
            # «تعتبر الطائرة بدون طيار "إيرانية المنشأ"، ... أذن بشن ضربات جوية»: the strikes are air
            # strikes, whatever craft the clause named before them.
            cls = trigger_cls
        if attack_at and words[attack_at].text.startswith("ل") and any(w.text in LAID_IT for w in words[max(0, attack_at - 3) : attack_at]):
            attack_at = None  # «عبوة زرعها مجهولون لاستهداف دورية»: what a device was laid for (its blast, if told, is the attack)
        clause_text = clause.text(text)
        if cls == "RocketAttack" and (AIRCRAFT_MISSILES.search(clause_text) or DRONE_FIRED_MISSILE.search(clause_text)):
            cls = "Airstrike"  # «طائرات الاحتلال استهدفت بعدة صواريخ منزلين»: missiles fired from the air
        elif cls == "RocketAttack" and SMALL_ARMS.search(clause_text):
            cls = None  # «بالأسلحة الرشاشة والقذائف الصاروخية»: a ground assault, RPGs and all
        falls = FALLS.search(clause_text)
        if (
            attack_at is not None and falls is not None and cls in ("RocketAttack", "DroneAttack", "ArtilleryShelling")
            and clause.start + falls.end() <= words[attack_at].start
            and (
                RESPONSIBILITY_FOR.search(text, clause.start + falls.end(), words[attack_at].start)
                or NTH_OF_ITS_KIND_BEFORE.search(text, clause.start + falls.end(), words[attack_at].start)
            )
        ):
            # «سقطت عدة صواريخ على القاعدة ... ولم تعلن أي جهة مسؤوليتها عن القصف», «أُطلق خمسة صواريخ
            # ... باتجاه قاعدة أمريكية في رميلان، في أول هجوم من نوعه»: the attack is told where the rockets
            # fall or are fired; the attack word after the claim or the comma only names or counts it.
            attack_at = _word_at(words, clause.start + falls.start())
        if (
            attack_at is not None and cls is None and words[attack_at].text in DEFINITE_ANAPHORA
            and (fire := BOMB_OR_GUNFIRE.search(clause_text)) and clause.start + fire.start() < words[attack_at].start
        ):
            # «أطلق عنصر النار على دورية ...، فقتل جنديين، ونسبت واشنطن الهجوم إلى داعش»: the attack is
            # told where the fire is opened; «الهجوم» after it only names it again.
            attack_at = _word_at(words, clause.start + fire.start())
        if attack_at is None and (means := BOMB_OR_GUNFIRE.search(clause_text) or STRUCK_SITES.search(clause_text) or _raid_that_fought(clause_text)):
            # «انفجار عبوة ناسفة بسيارة عسكرية», «تعرضت دورية لإطلاق نار»: an attack of no class of its
            # own; so is «الأمريكان ضربوا الفجر ثلاث مقرات» (struck, with no means named).
            attack_at = _word_at(words, clause.start + means.start())
        # «أعلنت "المقاومة الإسلامية" مسؤوليتها عن العملية»: a claim of the attack told.
        claim = CLAIMED_OPERATION.search(clause_text) if attack_at is None else None
        claimed_operation = claim is not None
        if claim is not None:
            attack_at = _word_at(words, clause.start + claim.start("op"))
        # «جراء قذائف أطلقتها الميليشيات»: shells of no named kind fall or are fired too (the
        # attack keeps no class of its own: they may be the rockets or mortars told elsewhere).
        shells = cls is None and falls is not None and any(SHELLS.intersection(forms) for _, _, forms in readings)
        if attack_at is None and (cls is not None or any(SHELLS.intersection(forms) for _, _, forms in readings[:4])):
            nominal = NOMINAL_REPORT.match(clause_text)
            aimed_at = clause.start + nominal.end() if nominal else -1
            if nominal and any(aimed_at <= e.nstart < aimed_at + 20 for e in ents):
                attack_at = _word_at(words, clause.start + nominal.start("means"))
        if attack_at is None:
            if (cls in ("RocketAttack", "DroneAttack", "ArtilleryShelling") or shells) and falls:
                # The verb of falling or launching is where the attack is told: «أن ميليشيات أطلقت صواريخ».
                attack_at = _word_at(words, clause.start + falls.start())
            elif cls == "DroneAttack" and (laden := LADEN_DRONE_APPROACHING.search(clause_text)):
                # «بعد رصد طائرة مسيّرة مفخخة تقترب من محيط المطار»: an attack on its way (not a drone
                # seen flying over, which may only watch).
                attack_at = _word_at(words, clause.start + laden.start())
            elif cls == "RocketAttack" and (headed := ROCKETS_HEADED.search(clause_text)):
                attack_at = _word_at(words, clause.start + headed.start())  # «شوهدت صواريخ متجهة نحو قاعدة»
            elif cls == "Airstrike" and re.search(r"غار|قصف", clause_text):
                attack_at = 0
            elif cls in ("Airstrike", "DroneAttack") and (killing := KILLED_BY_AIRCRAFT.search(clause_text)):
                attack_at = _word_at(words, clause.start + killing.start())  # «اغتالت طائرة مسيّرة أمريكية قيادياً»
            elif cls == "Airstrike" and falls and falls.group().strip().lstrip("وف") in STRIKE_VERBS:
                attack_at = _word_at(words, clause.start + falls.start())  # «ضربت طائرات حربية أمريكية مقراً»
            elif (answer := RESPONDED.search(clause_text)) and (cls is not None or BY_AIR.search(answer.group()) or answer.group("aircraft")):
                attack_at = _word_at(words, clause.start + answer.start())  # «ردّت القوات الأمريكية بالمدفعية على مكان الإطلاق»
                cls = cls or "Airstrike"  # «والأمريكان ردّوا بالطيارات», «ردّت طائرة أمريكية على»
            else:
                return None
        if self._not_an_attack(clause_text, words, attack_at, readings):
            return None
        if clause.kind == "after" and AMBUSH.intersection(readings[attack_at][2]) and ARREST.search(text, sentences[clause.sentence][0], clause.start):
            return None  # «تمكّنت قوة من إلقاء القبض على ثلاثة متهمين، بعد نصب كمين محكم لهم»: how they were caught
        if SPREAD_CLAIM.search(text, clause.start, words[attack_at].start) and DEBUNKED.search(text):
            return None  # «تداولت حسابات مقطعاً قالت إنه يوثّق هجوماً»: a claim the article finds false
        if SAID_WRONGLY.search(text, clause.start, words[attack_at].start):
            return None  # a correction: the report is told again, with what was wrong in it
        if RUMOUR.search(text, clause.start, words[attack_at].start) and self._denied_after(text, clause, sentences):
            return None  # «أنباء غير مؤكدة عن غارات ... مصدر في الحشد ينفي تعرّض أي من مقاره للقصف»
        if ALLEGED.search(text, clause.start, words[attack_at].start) and DENIED_IT.search(text, words[attack_at].start, sentences[clause.sentence][1]):
            return None  # «ادّعت حسابات استهداف قاعدة التنف، وهو ما نفاه مسؤول أمريكي»: alleged, then denied
        denied = DENIED_REPORT_RE.search(text, sentences[clause.sentence][0], words[attack_at].end + 1) if clause.start > sentences[clause.sentence][0] else None
        if denied is not None and denied.end() > words[attack_at].start:
            return None  # «تنفي الغرفة، بعد التواصل مع ...، صحة ما تداولته صفحات عن «استهداف قافلة»»: denied before the clause
        if cls is None and any(w.text in STRIKING_AIRCRAFT for w in words[max(0, attack_at - 1) : attack_at + 2]):
            cls = "Airstrike"
        trigger_forms = readings[attack_at][2]
        # «الكمين الذي نصبته خلايا التنظيم», «هاجموا الحافلة بالأسلحة الرشاشة»: fighting on the ground.
        ground = cls is None and bool(
            AMBUSH.intersection(trigger_forms) or SMALL_ARMS.search(clause_text) or GROUND_ATTACK.search(clause_text)
        )
        cand = Candidate(clause=clause, cls=cls or "Attack", trigger=words[attack_at].start, ground=ground)
        # (not the shells whose firing points are answered: «ردّت على مصادر إطلاق القذائف»)
        cand.shells = shells and not SHELLS_FIRED_FROM.search(clause_text)
        cand.title = _is_title(text, sentences[clause.sentence])
        if cand.title and len(HEADLINE_KINDS.intersection(f for _, _, forms in readings for f in forms)) >= 3:
            return None  # «الحصاد الأمني الأسبوعي: اغتيال وعبوة وإنزال جوي ومسيّرة»: a list of the week's attacks
        self._roles(doc, cand, ents, reckoned_from)
        if (
            not cand.attackers
            and any(_is_verb_of(w.text, OUR_ATTACK) for w in words)
            and (speaker := _speaker(text, ents, sentences[clause.sentence][0], cand.trigger)) is not None
        ):
            # «"المقاومة الإسلامية في العراق": استهدفنا ظهر اليوم قاعدة عين الأسد»: the speaker's attack.
            cand.attackers.append(speaker.iri)
            if speaker.cls == "ArmedGroup":
                _add(cand.claimed_by, speaker.iri)
        cand.time = self._time(clause, times, sentences)
        if CAMPAIGN_WAGED.match(text, words[attack_at].start) and (cand.time is None or _spans(cand.time, 27)):
            return None  # «وكانت أنقرة قد شنّت حملة مماثلة في أكتوبر 2023»: a campaign over weeks, no one attack
        if cand.time is not None and (quote := QUOTE_OPENED.search(text, cand.time.end, cand.trigger)) is not None:
            # «موضوعنا اليوم ...، نقرا بيان الخلية: "تعرّض مقر ... بعد منتصف ليلة الاثنين على الثلاثاء"»:
            # the statement quoted tells its own time, not the speaker's day before it.
            quoted = next((t for t in times if clause.holds(t.start) and t.start > quote.start() and (t.date or t.earliest)), None)
            cand.time = quoted or cand.time
        if cand.time is None and not DEFINITE_WORD.match(words[attack_at].text) and _unpunctuated(text):
            # A chat's message tells an attack on the day stamped on its line (not one it names
            # again: «المرصد طالع يقول ٨ قتلى بالضربتين»).
            cand.time = _line_stamp(text, clause, times)
        if cand.time is None and heading is None and any(ATTACKS_OF_THE_KIND.match(text, w.start) for w in words[attack_at : attack_at + 2]):
            return None  # «المشابه لهجمات سابقة نفذها التنظيم», «استهدفت غارات أمريكية سابقة»: attacks of the kind
        s_start, s_end = sentences[clause.sentence]
        line = text[s_start:s_end].rstrip()
        if line.endswith(":") and len(line.split()) <= 6 and cand.time is None:
            return None  # «هجمات خلايا "داعش":»: the heading of the list that tells them
        if cand.time is None and clause.start > s_start and PLURAL_ATTACKS.intersection(trigger_forms) and SINCE_OPENING.match(text, s_start):
            return None  # «ومنذ منتصف تشرين الأول، تبنّت ... أكثر من مئة هجوم، فيما ردّت واشنطن بسلسلة غارات»: a period's
        if PLURAL_ATTACKS.intersection(trigger_forms) and SINCE_BEFORE_ATTACKS.search(text, clause.start, cand.trigger):
            return None  # «تجاوز عدد الضحايا 60 شخصاً منذ مطلع شباط، بين هجمات وانفجار ألغام»: a period's tally
        if SINCE_THEY_BEGAN.search(text, clause.start, cand.trigger):
            return None  # «في حالة تأهب منذ بدء الضربات الإسرائيلية على إيران»: the attacks a period is reckoned from
        if "خيارات" in text[s_start : cand.trigger] and OPTIONS.search(text, s_start, cand.trigger):
            return None  # «يدرس "خيارات إضافية" للرد، من بينها استهداف قيادات الفصائل»: an option weighed
        if QUESTION_LINE.match(text, s_start):
            return None  # «س: شهدت بلدة البصيرة هجوماً دامياً، ماذا جرى؟»: an interviewer's question, answered after it
        if cand.trigger == words[0].start and words[0].text.endswith("ا") and NUMBER_LINE_BEFORE.search(text, max(0, s_start - 12), s_start):
            return None  # «49» over «هجوماً على مواقع التحالف وثّقها المرصد منذ مطلع العام»: the noun a count counts
        # («23 هجوماً», but not the year before the verb: «في شباط 2018، هاجمت»)
        counted = (
            attack_at > 0 and words[attack_at - 1].text.isdigit() and 1 < int(words[attack_at - 1].text) < 1000
            and not COMMA.search(text, words[attack_at - 1].end, words[attack_at].start)
        )
        several = counted or PLURAL_ATTACKS.intersection(trigger_forms)
        if several and cand.time is not None and cand.time.date is None and (cand.title or _spans(cand.time, 6 if counted else 27)):
            # «حصاد الأسبوع (٢ – ٨ كانون الأول): هجمات على قواعد التحالف», «23 هجوماً خلال فبراير»,
            # «الهجمات التي شهدتها المحافظات خلال شهر فبراير»: the attacks of days or weeks summed up.
            return None
        cand.other_account = OTHER_ACCOUNT.match(text, clause.start, clause.end) is not None
        if TOLL_UPDATE.search(text[clause.start : cand.trigger]):
            # The day is the report's, unless told after the attack word: «ارتفعت حصيلة القتلى
            # جراء الكمين الذي نصبته خلايا التنظيم مساء أمس الخميس».
            cand.update = True
            if cand.time is not None and cand.time.start < cand.trigger:
                cand.time = None
        cand.definite = (
            cand.update
            or any(w.text in DEFINITE_ANAPHORA or w.text in DEFINITE_MEANS for w in words[attack_at : attack_at + 2])
            or any(w.text in DEFINITE_ANAPHORA for w in words[:attack_at])
            or (attack_at > 0 and words[attack_at - 1].text in DEFINITE_AIRCRAFT | DEFINITE_MEANS)  # «بأن الطيران استهدف», «أن المسيّرة أصابت»
            or (attack_at > 0 and words[attack_at - 1].text in DEFINITE_ATTACKERS)  # «بأن الإرهابيين استهدفوا»: the attackers told of
            or (attack_at > 0 and words[attack_at - 1].text in ("وهو", "وهي"))  # «، وهو هجوم تبنّاه التنظيم لاحقاً»
            or (any(w.text in DEFINITE_TARGETS for w in words) and not self._specific(cand.targets + cand.locations, known_only=True))
            or (
                any(w.text in DEFINITE_SITES for w in words) and not self._specific(cand.targets + cand.locations, known_only=True)
                and not any(e.kind == "place" and sentences[clause.sentence][0] <= e.nstart < clause.start for e in doc.entities)
            )
            or bool(MORE_CASUALTIES.search(clause_text))
            # «واتهمت المديرية "قسد" بقصف البلدة»: what someone is accused of is the attack told
            or words[attack_at].text.startswith("ب") and bool(ACCUSED_BEFORE.search(text, clause.start, words[attack_at].start))
        )
        if claimed_operation:
            cand.definite = cand.reference = True
            if cand.time is not None and CLAIMED_ON.match(text, cand.trigger, cand.time.start):
                cand.time = None  # «تبنّى التنظيم هذه العملية عبر معرّفاته يوم أمس»: the day of the claim
        if attack_at > 0 and words[attack_at - 1].text in ("منذ", "ومنذ"):
            cand.definite = cand.reference = True  # «ومنذ ضربات الجمعة، لم تُسجَّل هجمات جديدة»: the strikes told
            # ... but «منذ الهجوم الذي شنّه مسلحو العشائر على بلدتنا في ٧/٨/٢٠٢٤» tells one in full, its
            # doers and its whole date: an event of its own if none told before is it.
            cand.described = bool(
                cand.attackers and cand.time is not None and cand.time.date is not None and not cand.time.relative
                and DESCRIBED_BY.search(text, cand.trigger, min(clause.end, cand.trigger + 60))
            )
        elif (
            attack_at + 1 < len(words)
            and (name := _named_by_its_day_or_place(trigger_forms, words[attack_at + 1], ents)) is not None
            and set(cand.targets) <= name
            and (cand.time is None or cand.time.start == words[attack_at + 1].start)
            and sum(attack for attack, _, _ in readings) == 1
        ):
            # «بعد هجوم الأردن», «عقب ضربة الأربعاء»: an attack known by name, in a clause telling
            # nothing else (not «ووقع هجوم تدمر في 13 ديسمبر عندما...», «هجوم الأحد الماضي على موقع
            # "البرج 22"», nor «ردّت بعد هجوم الأردن بضربات»).
            cand.definite = cand.reference = True
        if shells and cand.time is None:
            cand.definite = True  # «"قذيفتين على الأقل سقطتا على منزل"»: shells of the shelling told
        if cand.time is None and AND_THAT_IT_DID.match(text, clause.start) and any(
            w in DEFINITE_ANAPHORA for w in text[sentences[clause.sentence][0] : clause.start].split()
        ):
            # «أعلنت أن قواتها نفّذت الضربة "دفاعاً عن النفس"، وأنها استهدفت قيادياً»: more of the strike named.
            cand.definite = True
        cand.munitions = _munitions(text, clause, quantities)
        # «وكانت قاعدة التنف قد تعرضت يوم 19 تشرين الأول 2023 لهجوم»: an earlier attack, dated in full.
        cand.earlier = bool(PAST_PERFECT.search(clause_text))
        cand.separate = bool(SEPARATE.search(clause_text)) or (cand.time is not None and not cand.time.relative and cand.earlier)
        cand.another = cand.separate and bool(ANOTHER.search(clause_text))
        if SAME_WAVE.search(clause_text):
            cand.separate, cand.another, cand.definite = False, False, True
        elif not cand.definite and SAME_DAY_OPENING.match(clause_text):
            cand.separate = True  # an indefinite attack: another one, not the one told
        # «إن الهجوم الصاروخي لم يسفر عن إصابات، وإن قواته "ردّت على مصدر النيران"»: the answer told after
        # the attack, past a comma, is the answer to it, not this attack answering another.
        answer = RESPONDED.search(clause_text)
        cand.responds = answer is not None and not (
            answer.start() > cand.trigger - clause.start and COMMA.search(clause_text, cand.trigger - clause.start, answer.start())
        )
        cand.moments_after = bool(
            MOMENTS_AFTER.search(text, sentences[clause.sentence][0], cand.trigger)  # «وبعد نحو ساعة، ردّت»: a fronted when
            # «استهدفت طائرة أمريكية بعد دقائق من الهجوم العجلة»: the when right after the clause
            or bool((later := MOMENTS_AFTER.search(text, clause.end, clause.end + 40)) and not text[clause.end : later.start()].strip())
            or any(text.find(w, clause.start, clause.end) >= 0 for w in ("تزامن", "الوقت"))
            and SIMULTANEOUS.search(text, clause.start, clause.end)
            # «ردّت القوات التركية على الفور على مصادر النيران»: fire returned there and then.
            or cand.responds and bool(RETURNED_AT_ONCE.search(clause_text))
            # «استهدفت في أعقاب الهجوم مباشرة عجلة»: right after the attack, said between verb and object.
            or any(RIGHT_AFTER.match(text, a) for a, _ in clause.holes)
        )
        if _a_states_drone(cand) or cand.cls == "DroneAttack" and self._drone_hit_a_vehicle(text, cand.trigger, clause.end):
            # A state's armed drones (MQ-9 and the like) strike from the air, and so does a drone
            # picking off a car: one-way attack drones are launched at bases, not at vehicles.
            cand.cls = "Airstrike"
        by_aircraft = AIRCRAFT_AFTER.match(text, words[attack_at].end)  # «عدوان شنّه طيران الاحتلال»
        if cand.cls == "Attack" and (
            by_aircraft
            # «جراء القصف الأمريكي» names again an attack told, by whatever means it was
            or not cand.definite and _of_a_state(cand.attackers) and re.search(r"ضربات|ضربه|غار|قصف", clause_text)
        ):
            cand.cls = "Airstrike"
        if not cand.targets and clause_text.count("قاعده") == 1 and THE_BASE.search(clause_text):
            # «صاروخا كاتيوشا سقطا داخل القاعدة»: the base named last before (unless the clause
            # describes one of its own: «في محيط القاعدة الأمريكية قرب مدينة الشدادي ... في محيط القاعدة»).
            base = max((e for e in doc.entities if e.cls == "Base" and e.nend <= clause.start), key=lambda e: e.nstart, default=None)
            if base is not None:
                cand.targets.append(base.iri)
        specific_place = any(
            self.gazetteer.entries.get(p) is None or self.gazetteer.entries[p].cls != "Country" for p in cand.locations
        )
        before = text[clause.start : cand.trigger]
        if ((cand.definite or NO_ONE.search(before)) and RESPONSIBILITY_FOR.search(before)) or (cand.definite and UNCLAIMED.search(before)):
            # «لم تعلن أي جهة مسؤوليتها عن محاولة الهجوم», «... عن محاولة استهداف قاعدة فكتوريا», «ولم تتبنَّ
            # أي جهة الهجوم»: the attack told before
            cand.reference = True
        if CLAIMED_IT_SAYING.search(before):
            cand.reference = cand.definite = True
        # «نفت أي صلة لطهران بالهجوم», «أي دور لطهران في هجوم الأردن»: the attack told before, named
        # definite or by its place.
        tied = TIED_TO.search(before) and (
            DEFINITE_WORD.match(words[attack_at].text)
            or any(e.kind == "place" and e.nstart == words[attack_at].end + 1 for e in ents)
        )
        if tied or HELD_RESPONSIBLE_FOR.search(before):
            cand.reference = cand.definite = True
            if cand.time is not None and (
                cand.time.start < cand.trigger or CLAIM_BETWEEN.search(text, cand.trigger, cand.time.start)
            ):
                cand.time = None  # the day of the blame, or of «قبل أن يعلن التنظيم تبنّيه في اليوم التالي»
        if attack_at > 0 and words[attack_at - 1].text.lstrip("وفبل") in ("حادثه", "واقعه") and DEFINITE_WORD.match(words[attack_at].text):
            cand.reference = cand.definite = True  # «يُرفع تقرير بحادثة القصف»: the incident told before
        if attack_at + 1 < len(words) and words[attack_at + 1].text in MENTIONED and DEFINITE_WORD.match(words[attack_at].text):
            cand.reference = cand.definite = True  # «أن الضربة المذكورة في الفقرة (٢) أعلاه جاءت»: the one told
        if COMMENTED_ON.search(before) and DEFINITE_WORD.match(words[attack_at].text):
            # «ولم تعلّق وزارة الدفاع التركية على الضربة، واكتفت ... "تحييد 32 إرهابياً" خلال الأسبوع
            # الماضي»: the attack told before, spoken of; the day is the word's, or another thing's.
            cand.reference = cand.definite = True
            cand.time = None
        if not cand.time and attack_at > 0 and words[attack_at - 1].text in ("هذه", "وهذه", "تلك") and PLURAL_ATTACKS.intersection(trigger_forms):
            return None  # «إن هذه الاعتداءات الإرهابية تُنفَّذ من قبل ...»: the attacks told, spoken of together
        if (
            clause.kind == "response" and not cand.time and attack_at + 1 < len(words)
            and not DEFINITE_WORD.match(words[attack_at].text) and words[attack_at + 1].text.startswith("ال")
            and not (cand.attackers or cand.targets or specific_place)
        ):
            # «ورداً على قصف الأحياء السكنية، استهدف الجيش ...»: an attack made definite by what it
            # struck, with no day, striker or place of its own: the one told before (but «رداً على
            # استهداف الميليشيات لقاعدة كونيكو بطائرات مسيّرة» tells one in full).
            cand.reference = cand.definite = True
        if not cand.time and PLURAL_ATTACKS.intersection(trigger_forms) and (
            clause.kind == "response"
            or (clause.kind == "after" and not specific_place and attack_at > 0 and words[attack_at - 1].text in ("سلسله", "موجه"))
        ):
            # «رداً على الهجمات على أفراد الخدمة الأمريكيين», «رداً على هجمات على قواته», «قبل أن
            # تتوقف إثر سلسلة ضربات أمريكية»: attacks in general, or ones told before.
            cand.reference = cand.definite = True
        if not cand.time and not cand.title and attack_at > 0 and words[attack_at - 1].text in STATED_PRACTICE and PRESENT_ATTACK.intersection(trigger_forms):
            return None  # «تؤكد تركيا أنها تستهدف مواقع حزب العمال»: what a side says it does, no attack told
        if PRESENT_ATTACK.intersection(trigger_forms) and attack_at + 1 < len(words) and words[attack_at + 1].text in MEASURES:
            return None  # «ويستهدف إجراء اليوم كلاً من ...»: what a measure aims at
        if PRESENT_ATTACK.intersection(trigger_forms) and CAMPAIGN_THAT.search(text, max(clause.start, words[attack_at].start - 80), words[attack_at].start):
            return None  # «حملة التلقيح ... التي تستهدف أكثر من 40 ألف رأس»: what a campaign aims at
        if (
            not cand.time and not cand.title and PLURAL_ATTACKS.intersection(trigger_forms)
            and not specific_place
            and any(e.kind == "actor" and NAME_NEXT.fullmatch(text, words[attack_at].end, e.nstart) for e in ents)
        ):
            return None  # «بذريعة الرد على هجمات حزب العمال الكردستاني»: a group's attacks spoken of in general
        aggression = AGGRESSION.intersection(trigger_forms)
        # (a blast told is its means: «الاعتداء الذي طال المسجد فجر أمس، حين انفجرت عبوة ناسفة»)
        told = cand.time and (cls or by_aircraft or cand.attackers or BOMB_OR_GUNFIRE.search(clause_text))
        if aggression and not (told and not any(f.startswith("ال") for f in aggression)):
            # «أدى العدوان إلى...»: an attack told before, in the words of its foes; but
            # «جراء اعتداء قسد أمس بقذائف الهاون» tells one, with its day and its means, and so
            # does «جراء عدوان شنّه طيران الاحتلال مساء أمس» with its day and its aircraft, and
            # «فجر اليوم، جراء اعتداء إرهابي نفذته فلول تنظيم "داعش"» with its day and its attacker.
            cand.reference = cand.definite = True
            cand.bare = not (cand.attackers or cand.targets or specific_place or cand.time)
            # «بالعدوان الأمريكي الغادر الذي استهدف بطائرة مسيّرة مقرّ اللواء 12 ظهر يوم الخميس»: told
            # in full, so an event of its own if no report of it follows.
            # So is «ارتقى في العدوان الأمريكي على قضاء القائم ليلة الجمعة ... ٢ / ٢ / ٢٠٢٤»: its place and
            # its date, given whole.
            cand.described = bool(told and DESCRIBED_BY.search(text, cand.trigger, min(clause.end, cand.trigger + 60))) or bool(
                told and specific_place and cand.time is not None and not cand.time.relative and cand.time.date is not None
            )
        elif not (
            cand.attackers or cand.targets or specific_place or cand.time or heading or UNNAMED_BASE.search(clause_text)
            # «وبعد يومين من الهجوم، سقطت ثلاث قذائف صاروخية قرب السور الخارجي للحقل»: days from the
            # attack told, a day of its own
            or clause.kind == "main" and (lapse := DAYS_FROM_THAT.search(text, sentences[clause.sentence][0], clause.start)) is not None
            and not text[lapse.end() : clause.start].strip(" ،,")
        ):
            if clause.kind == "main":
                if not (ground and clause.sentence > 0 and not PLURAL_ATTACKS.intersection(trigger_forms)):
                    return None  # a bare «هجوم» with nothing attached is not a report of one attack
                # «إن مسلحَين ... أطلقا النار على الفهد أمام محله»: the shooting just told, in detail.
                cand.reference = cand.bare = True
            else:
                # «ردا على هجوم بطائرة مسيرة», «بعد الهجمات المذكورة»: the attack answered or followed;
                # a definite one can only be an attack already reported.
                cand.reference, cand.bare = cand.definite, True
        return cand

    @staticmethod
    def _denied_after(text: str, clause: Clause, sentences: list[tuple[int, int]]) -> bool:
        """Is what the clause reports denied later in its sentence or in the next two (a live page's
        next entry, past the rumour's source in brackets)?"""
        end = sentences[min(clause.sentence + 2, len(sentences) - 1)][1]
        return bool(DENIAL_VERB.search(text, clause.start, end))

    @staticmethod
    def _drone_hit_a_vehicle(text: str, start: int, end: int) -> bool:
        """Does a vehicle come after the drone as what it hit, not as where its debris fell
        («أسقطت الدفاعات طائرة مسيّرة، وسقط حطامها على سيارة»)?"""
        hit = VEHICLE_HIT.search(text, start, end)
        return hit is not None and not any(word in text[start : hit.start()] for word in DEBRIS)

    @staticmethod
    def _not_an_attack(clause_text: str, words: list[Token], attack_at: int, readings: list[tuple[bool, str | None, tuple[str, ...]]]) -> bool:
        """Is the attack word of a clause no report of an attack: one planned, threatened, denied, habitual,
        asked about, going on for long, counted in a tally, or attacks in general? (``readings``: the
        words' ``_reading``s, their forms clitics off.)"""
        forms = set().union(*(r[2] for r in readings))
        # A threat or a possibility governs the attack word from before it («تهدد بشن هجمات») or
        # qualifies it right after («الهجوم المحتمل»); later on it is about something else
        # («ما أدى لإصابة ستة مدنيين، مع احتمال وقوع قتلى»).
        governing = set().union(*(r[2] for r in readings[: attack_at + 3]))
        trigger = clause_text.find(words[attack_at].text)
        before = readings[max(0, attack_at - 3) : attack_at]
        if PLANNING.intersection(f for r in before for f in r[2]) and not WRITINGS.intersection(f for r in before for f in r[2]):
            # «المسؤول عن التخطيط لهجمات»: attacks planned, none told (but «إعداد تقرير عن كمين»
            # prepares a report of one)
            return True
        if attack_at > 0 and words[attack_at - 1].text in PLACES_OF and words[attack_at].text.startswith("ال"):
            return True  # «عدم التجمع قرب أماكن الاستهداف»: where strikes fall, no strike told
        if (trigger > 0 and ANY_ATTACK.search(clause_text, 0, trigger)) or any(w.text in DEBRIS for w in words[max(0, attack_at - 3) : attack_at]):
            return True  # «أي عمل يستهدف», «بقايا طائرة مسيّرة سقطت»
        if words[attack_at].text in ("لشن", "لتنفيذ") or attack_at > 0 and words[attack_at - 1].text in ("لشن", "لتنفيذ"):
            return True  # «يستخدم مناطق جبلية قاعدةً لشن هجمات على أراضيها»: what for, not an attack told
        if governing & HYPOTHETICAL or (
            (hyp := HYPOTHETICAL_PHRASE.search(clause_text)) and not PAST_PERFECT.search(clause_text)
            # («كان أبناء البلدة لا يزالون يتحدثون عن ليل السبت، حين هاجم مقاتلون»: «حين» tells what happened)
            and not re.search(r"(?<!\S)(?:حين|عندما|لما)\s+(?:\S+\s+)?" + re.escape(words[attack_at].text) + r"(?!\S)", clause_text[hyp.end() :])
        ):
            return True
        if ("مقبل" in clause_text or "قادم" in clause_text) and FUTURE_TIME.search(clause_text):
            return True  # «ستعود إلى استهداف القواعد إذا لم يلتزم بموعد الانسحاب في أيلول المقبل»
        # (not in a note after the report: «استهدفت مسيّرة فرناً ...، علماً أنه كان يغطي حاجة 6000 نسمة يومياً»)
        note = NOTE_AFTER.search(clause_text, max(trigger, 0))
        if any(h in clause_text for h in HABITUAL) and "اخرها" not in clause_text and any(
            not A_RATE.search(clause_text, 0, m.start()) for m in HABITUAL_RE.finditer(clause_text, 0, note.start() if note else len(clause_text))
        ):
            return True
        if EXCHANGE.search(clause_text) or NEGATED.search(clause_text):
            return True
        if trigger > 0 and NO_SIGN.search(clause_text, 0, trigger):
            return True
        if "هل" in clause_text and QUESTION.search(clause_text, 0, max(trigger, 0)):
            return True  # «هل طُويت صفحة هجمات الفصائل؟»: a question reports nothing
        if ("واصل" in clause_text or "ستمر" in clause_text) and ONGOING.search(clause_text) and not DAY_NAMED.search(clause_text):
            return True
        if attack_at + 1 < len(words) and CONTINUING.match(words[attack_at + 1].text) and not DAY_OF_ATTACK.search(clause_text):
            return True  # «إن القصف المتواصل دفع عشرات العائلات إلى النزوح»: shelling going on for long
        if forms & NON_ATTACK and not forms & {"قصف", "قصفت", "استهدف", "استهدفت", "غارات"}:
            # Not «لهجوم صاروخي ليلة الجمعة، ... وسط استنفار لقوات التحالف»: what follows the report
            # after a comma only sets the scene.
            comma = COMMA.search(clause_text, max(trigger, 0))
            offset = words[attack_at].start - trigger  # where the clause's text starts
            if comma is None or any(s in NON_ATTACK for w in words if w.start - offset < comma.start() for s, _ in stems(w.text)):
                return True
        if "عرضي" in clause_text and ACCIDENT.search(clause_text):
            return True
        # «... في هجوم صاروخي على قاعدة عين الأسد، في واحد من أكبر الهجمات منذ فبراير»: what follows
        # the report after a comma only comments on it.
        comma = COMMA.search(clause_text, max(trigger, 0))
        head = clause_text[: comma.start()] if comma else clause_text
        if TIMES_COUNTED.search(clause_text) and "منذ" in clause_text:
            return True
        # «ردا على الهجمات، بما في ذلك هجوم البرج 22»: an attack only named as one of those just
        # spoken of, with no day and nothing struck, is told elsewhere if at all.
        if EXAMPLE_OF.match(clause_text) and not DAY_NAMED.search(head) and not STRUCK.search(head):
            return True
        if CAMPAIGN.search(clause_text) or (RAIDS_LAUNCHED.search(clause_text) and not RAID_FOUGHT.search(clause_text)):
            return True
        since = SINCE_LONG_AGO.search(head)
        if since and not ONE_OF_THEM.search(head, since.end(), max(trigger, 0)):
            return True
        # «قُتل منذ مطلع العام الجاري 37 عنصراً في هجمات لخلايا التنظيم»: a tally of the year.
        if SINCE_START.search(clause_text) and PLURAL_ATTACKS.intersection(_reading(words[attack_at].text)[2]):
            return True
        # «في حين قُتل 21 عنصراً في الفترة ذاتها، إلى جانب 137 مدنياً قضى معظمهم بانفجار ألغام»: the
        # period of a tally told before.
        if SAME_PERIOD.search(clause_text):
            return True
        # «هجوم صاروخي استهدف قاعدة عين الأسد في 5 آب، في تصعيد أعاد إلى الأذهان موجة الهجمات»:
        # a report whose head names what was struck is not undone by a comment on the attacks in general.
        # So is «وتبنّت "المقاومة" ذلك الهجوم، الذي افتتح موجة من عشرات الهجمات»: the one attack named,
        # then what it began.
        told = (
            head != clause_text
            and "منذ" not in head
            and (
                bool(STRUCK.search(head, max(trigger, 0) + len(words[attack_at].text)))
                or bool(RELATIVE_AFTER.match(clause_text, len(head) + 1))
                and not PLURAL_ATTACKS.intersection(s for s, _ in stems(words[attack_at].text))
            )
        )

        def general(m: re.Match[str] | None) -> bool:
            # «قصفت الطائرات التركية المحطة ضمن موجة الغارات التي طالت منشآت الطاقة»: the one
            # attack told, then the wave it was part of.
            part_of = m is not None and 0 <= trigger < m.start() and PART_OF.search(clause_text, 0, m.start()) is not None
            return m is not None and not (told and m.start() >= len(head)) and not part_of

        if "منذ" in clause_text and general(ONGOING_SINCE.search(clause_text)):
            # «فيما تشنّ تركيا منذ أيام حملة ضربات»: attacks going on for days; but «في هجوم صاروخي
            # استهدف قاعدة عين الأسد، في أخطر هجوم تتعرض له القاعدة منذ أشهر» tells one.
            return True
        def one_wave(m: re.Match[str]) -> bool:
            # «شنّت أمس الأحد عشرات الغارات», «شنّت مساء أمس موجة من الضربات الجوية»: the verb of one
            # wave of strikes before the strikes counted.
            return bool(re.search("غارات|ضربات", m.group())) and WAVE_VERB.search(clause_text, max(0, m.start() - 40), m.start()) is not None

        if any(general(m) and not (m.group().startswith("موجه") and one_wave(m)) for m in GENERIC_ATTACKS.finditer(clause_text)):
            return True
        # «... منذ أكتوبر، بما في ذلك ثلاث هجمات جديدة يوم الخميس»: part of a tally, still several attacks.
        if re.match(r"\s*(?:بما\s+في\s+ذلك|بما\s+فيها|(?:و?من\s+)?بينها)\s+(?:\d+|ثلاث|اربع|خمس|ست|سبع|ثماني|تسع|عشر)\S*\s+(?:هجمات|ضربات|غارات|عمليات)", clause_text):
            return True
        # Cumulative tallies: «19 هجوما منذ», «عشرات الهجمات», «سلسله من الهجمات», «سلسلة هجمات»;
        # but «شنت مقاتلات سلسلة غارات», «شنّت أمس الأحد عشرات الغارات على» is one wave of strikes
        # («شنّت الفصائل سلسلة هجمات» is not).
        tally = re.search(r"(?:عشرات|ميات|سلسله\s+من)\s+(?:ال)?(?:هجمات|الهجمات|ضربات|غارات|عمليات|هجوم)|سلسله\s+(?:هجمات|عمليات)", clause_text)
        if tally is not None and general(tally) and not one_wave(tally):
            return True
        if re.search(r"سلسله\s+(?:الهجمات|العمليات)", head):
            return True  # «بياناً بشأن سلسلة الهجمات التي استهدفت الإقليم», the attacks it goes on to list
        for m in re.finditer(r"(\d+)\s+(?:هجوما|هجمات|هجوم|عمليه|عمليات|ضربه)(?:\s|$)", clause_text):
            if int(m.group(1)) >= 50 and general(m):
                return True  # «206 هجمات»: no single attack is counted in the hundreds
        if general(MORE_THAN_ATTACKS.search(clause_text)):
            return True  # «تعرضت القواعد لأكثر من 15 هجوماً»: attacks counted, not one told
        if general(HUNDREDS_OF_ATTACKS.search(clause_text)):
            return True  # «ما يزيد على مئة وخمسين هجوماً»
        if general(re.search(r"\d+\s+(?:\w+\s+)?(?:هجوما|هجمات|هجوم|عمليه|عمليات|غاره|غارات|ضربه)", clause_text)) and re.search(
            r"منذ|حتي\s+(?:يوم|الان)|خلال\s+(?:الاشهر|الاسابيع|الشهر)|اجمالي|مجموع|في\s+المجمل", clause_text
        ):
            return True
        # «يعد الأول من نوعه منذ»: a comparison with the past, unless it only follows the report
        # after a comma («قتل ثلاثة جنود في هجوم بطائرة مسيرة، في أول هجوم يوقع قتلى منذ...»).
        if re.search(WORD_START + r"(?:اول|الاول|الاولي)\s+(?:هجوم|من\s+نوع|التي|الذي)", head) and re.search(r"يعد|تعد|منذ", head):
            return True
        # «وهذه ثالث ضربة تركية تطال سنجار منذ مطلع آب»: the attack just told, counted; so is «فإن
        # الهجوم هو الثاني من نوعه خلال الشهر الجاري».
        if ("منذ" in head and ORDINAL_COUNT.search(head)) or OF_ITS_KIND.search(head):
            return True
        return False

    def _commanded(self, force: str) -> list[str]:
        """A force and those its strike is also by: a US command's (CENTCOM's, the coalition's) is the
        US forces' too (an ally's is not)."""
        entry = self.gazetteer.entries.get(force)
        if (
            entry is not None and entry.cls == "StateForce" and force != US_FORCES
            and US_COMMANDS.intersection(entry.affiliated_with) and US_FORCES in self.gazetteer.affiliations(force)
        ):
            return [force, US_FORCES]
        return [force]

    def _announced_strikes(self, text: str, events: list[Event], origin: list[list[Candidate]]) -> None:
        """An air strike told without its striker, in the words of a command that strikes in the
        region, is its forces': «أعلنت وزارة الدفاع الأمريكية أن مقاتلتين من طراز إف-15 أغارتا على
        منشأة». Not when the command denies it: «ونفت القيادة المركزية أن تكون قواتها نفذت الغارة»."""
        for ev, cands in zip(events, origin, strict=True):
            if ev.cls != "Airstrike" or ev.attackers:
                continue
            # Each command's forces (a ministry's, from the gazetteer), the state's own last.
            strikers = [
                self._commanded(force) for r in ev.reported_by if r in ANNOUNCING_COMMANDS
                if (force := self._forces_of(r) if self.gazetteer.entries[r].cls == "Organization" else r)
            ]
            if len({forces[-1] for forces in strikers}) != 1:
                continue  # none, or commands of two states
            if any(DENIAL_VERB.search(text, c.clause.start, c.clause.end) for c in cands):
                continue
            for forces in strikers[0]:
                _add(ev.attackers, forces)

    def _forces_of(self, iri: str) -> str | None:
        """The forces an organisation commands: the state force affiliated with it and with none of the
        others that are (the US forces for the Pentagon, not CENTCOM, affiliated with both)."""
        entries = self.gazetteer.entries
        forces = [e.iri for e in entries.values() if e.cls == "StateForce" and iri in e.affiliated_with]
        top = [f for f in forces if not set(entries[f].affiliated_with) & set(forces)]
        return top[0] if len(top) == 1 else None

    def _roles(self, doc: Document, cand: Candidate, ents: list[EntityMention], reckoned: list[tuple[int, int]]) -> None:
        """The attackers, targets, places and claims of a candidate from the entities of its clause
        (``reckoned``: where the clause names the attacks its day is reckoned from, ``_reckoned_from``)."""
        text = doc.norm.text
        trigger = cand.trigger
        subject_before_verb = False
        not_places: set[str] = set()
        last_attacker: EntityMention | None = None
        for e in ents:
            # «قصفت قوات حكومة دمشق ومرتزقة الاحتلال الإيراني»: an actor joined by «و» to the attacker.
            if e.kind == "actor" and last_attacker is not None and last_attacker.iri in cand.attackers and AND_ONLY.match(text, last_attacker.nend, e.nstart):
                _add(cand.attackers, e.iri)
                last_attacker = e
                continue
            prev_actor = last_attacker
            if e.kind == "actor":
                last_attacker = e
            if e.kind == "place" and e.cls == "Country" and _country_forces(e.iri) != e.iri:
                before = text[max(cand.clause.start, e.nstart - 25) : e.nstart]
                if _is_agent(before, text[e.nend : e.nend + 12], e, trigger, subject_before_verb) or SUSPECTED.search(
                    text[max(cand.clause.start, e.nstart - 40) : e.nstart]  # «غارات تُنسب لإسرائيل»
                ):
                    _add(cand.attackers, e.iri)
                    continue
            if e.kind == "actor":
                before = text[max(cand.clause.start, e.nstart - 25) : e.nstart]
                if cand.clause.kind == "main" and PERPETRATOR_FIELD.search(text, max(cand.clause.start, e.nstart - 60), e.nstart):
                    _add(cand.attackers, e.iri)  # «| قتلى: 2 | الفاعل: تنظيم الدولة»: a record's field
                    continue
                if e.cls == "Organization" and OWN_FORCES_DID.match(text, e.nend, cand.clause.end) and (forces := self._forces_of(e.iri)):
                    _add(cand.attackers, forces)  # «أعلنت وزارة الدفاع التركية أن مقاتلاتها دمّرت 32 هدفاً»
                    continue
                # «"المقاومة الإسلامية في العراق"، وهي تسمية تنضوي تحتها فصائل ...، قد أعلنت»: what
                # the name is, set between commas, stands between it and its verb.
                aside = NAME_DESCRIBED.match(text, e.nend, cand.clause.end)
                told_from = aside.end() if aside else e.nend
                after_end = text[told_from : min(cand.clause.end, told_from + 20)]
                last_word = before.split()[-1] if before.split() else ""
                is_source = any(s in ATTRIBUTION for s, _ in stems(last_word)) or e.cls == "Organization"
                if is_source and e.cls in ("Organization", "Person"):
                    continue
                if MEDIA_OFFICE_OF.search(before) or SPOKESMAN_OF.search(text, max(cand.clause.start, e.nstart - 50), e.nstart):
                    continue
                if ASCRIBER_BEFORE.search(before):
                    continue  # «وهي ضربة نسبها جهاز مكافحة الإرهاب في السليمانية إلى الجيش التركي»: who ascribes it
                if STATIONED_WHERE.search(before) or STATIONED_WHERE_IT_CAME_FROM.search(text, max(cand.clause.start, e.nstart - 80), e.nstart):
                    continue  # «المتسللة من منطقة التنف، حيث تنتشر قوات الاحتلال الأمريكي، استهدفت»: who is there
                last_two = _words_before_name(text[max(cand.clause.start, e.nstart - 60) : e.nstart])
                next_word = after_end.strip(" \"'”“»«").split()[:2]
                # «وكانت "X" قد تبنّت», «وسارعت "X" إلى تبنّي الهجومين»
                next_word = next_word[1:] if next_word[:1] in (["قد"], ["الي"]) else next_word[:1]
                if any(s in CLAIM_VERBS for w in last_two + next_word for s, _ in stems(w)) or (
                    # «أعلنت "المقاومة" استهداف ...», «"المقاومة الإسلامية" تعلن استهداف ...»
                    any(s in ANNOUNCE_VERBS for w in last_two + next_word for s, _ in stems(w))
                    and (
                        re.match(r"[\s\"'”“»«،,]*(?:\S+\s+){0,8}?(?:عن\s+)?(?:مسووليت\S*|استهداف|مهاجمه|قصف|تنفيذ|شن)", text[told_from : cand.clause.end])
                        # «أعلنت "المقاومة" أولى عملياتها بطائرتين مسيّرتين»: its operation, right after it (not
                        # «أعلنت فصائل عراقية مسلحة تعليق عملياتها»)
                        or OPERATION_ANNOUNCED.match(text, told_from, cand.clause.end)
                    )
                    # (but «أعلن مسؤوليته، قائلاً إنه استهدف ...» claims it, then says what it struck)
                    and not re.match(r"[\s\"'”“»«]*(?:(?!مسووليت)\S+\s+){0,3}?(?:ان|انه|انها|ارتفاع)\s", text[told_from : cand.clause.end])
                ):
                    _add(cand.claimed_by, e.iri)
                    _add(cand.attackers, e.iri)
                    continue
                if e.cls == "ArmedGroup" and OWN_FIGHTERS_DID.match(text, told_from, cand.clause.end):
                    _add(cand.attackers, e.iri)  # «أعلنت المقاومة ... أن مجاهديها استهدفوا»
                    _add(cand.claimed_by, e.iri)
                    continue
                if (own := SELF_REPORT.match(text[told_from : cand.clause.end])) and not _says_of_another(text[max(cand.clause.start, e.nstart - 60) : e.nstart], own.group()):
                    _add(cand.attackers, e.iri)  # «أعلنت القيادة المركزية أنها نفذت ضربات»
                    if e.cls == "ArmedGroup":
                        _add(cand.claimed_by, e.iri)  # a group telling its own attack claims it
                    continue
                # «مقاتلة تابعة للتحالف دمرت ...», «قصفت طائرات تابعة للتحالف»: the aircraft's owner.
                # «بمسيرات يعتقد أنها تابعة لميليشيات موالية لإيران», «يرجح أنها من جانب ...»: a suspected attacker.
                if SUSPECTED.search(text[max(cand.clause.start, e.nstart - 40) : e.nstart]) or BEHIND.match(text, e.nend, cand.clause.end) or (
                    _accusation(text, max(cand.clause.start, e.nstart - 90), e, cand.clause.end, ACCUSED_OF)
                ) or BLAMED_FOR_TOLD.search(text[max(cand.clause.start, e.nstart - 60) : e.nstart]):
                    _add(cand.attackers, e.iri)
                    _add(cand.accused, e.iri)
                    continue
                if AIR_SUPPORT_BY.search(before):
                    _add(cand.attackers, e.iri)  # «نفّذت وحدات ... بمساندة جوية من قوات التحالف الدولي»: its air support
                    continue
                aircraft = AIRCRAFT_OF.search(text[max(cand.clause.start, e.nstart - 40) : e.nstart])
                if aircraft:
                    air_at = max(cand.clause.start, e.nstart - 40) + aircraft.start()
                    if DOWNED_BY_AIRCRAFT.search(text, max(cand.clause.start, air_at - 12), air_at):
                        continue  # «أسقطت طائرات سلاح الجو الأردني طائرة مسيّرة»: the craft that downed the attack's
                    # «جراء عدوان جوي شنته طائرات تابعة لقوات الاحتلال»: the verb's pronoun is the attack.
                    if air_at < trigger or len(text[trigger:air_at].split()) <= 1 or LAUNCHED_IT.search(text, trigger, air_at):
                        _add(cand.attackers, e.iri)
                        continue
                between = text[prev_actor.nend : e.nstart] if prev_actor is not None else ""
                if between and len(between.split()) <= 2 and AFFILIATION_BEFORE.search(between):
                    continue  # «ميليشيا "قسد" المرتبطة بقوات الاحتلال»: whose side the group just named is on
                window = text[max(cand.clause.start, e.nstart - 50) : e.nstart]
                if (
                    LAUNCHED_BY.search(window)
                    or ("متمركز" in window and POSTED_IN.search(window))
                    or ("قناص" in before and SNIPER_OF.search(before))
                ):
                    _add(cand.attackers, e.iri)  # «أطلقت من مناطق نفوذ الميليشيات»: whose ground it came from
                    continue
                if _laid_by(before):
                    _add(cand.attackers, e.iri)  # «كمين نصبه عناصر من تنظيم»: the men the verb's subject
                    continue
                # «هاجم عناصر من تنظيم «داعش» نقطة»: the group's men right after the verb are its
                # subject (but «استهدفت الغارة عناصر من التنظيم»: the verb's subject came first).
                if not subject_before_verb and (men := MEN_AFTER_VERB.search(before)) and _is_attack_verb(men.group(1)):
                    _add(cand.attackers, e.iri)
                    continue
                if e.cls == "ArmedGroup" and ATTACK_OF_GROUP_MEN.search(before):
                    _add(cand.attackers, e.iri)  # «بهجوم لخلايا التنظيم»: the attack of its men (no men's posts)
                    continue
                owner = re.search(
                    r"(?:قاعده|قواعد|قاعدتي|قاعدتين|مواقع|موقع|موقعين|نقاط|نقطه|مقرات|مقر|منشات|منشاه|منشاتين|مستودع|مستودعات|مراكز|مركز|رتلا|رتل|شاحنات|اهداف|عناصر|تجمعات)\s*(?:\w+\s+){0,2}(?:ل|تابعه\s+ل|التابعه\s+ل|تستخدمها|يستخدمها|يستخدمهما|تستخدمهما|مشتركه\s+بين)?\s*$",
                    before,
                )
                # «القصف الجوي لدولة الاحتلال التركي»: of the state's forces
                if not owner and (of := OF_THE_STATE.sub("", before)).rstrip(QUOTES).endswith("ل") and AGENT_OF.search(of) and (
                    STRUCK_NEXT.match(text, e.nend, cand.clause.end) or STRIKE_AS_SUBJECT.search(of)
                    # «في هجوم لتنظيم «الدولة» في البادية»: an armed group's attack
                    or e.cls == "ArmedGroup" and ATTACK_OF_GROUP.search(of)
                    # «جراء قصف مدفعي لجيش الاحتلال التركي»: a force's shelling of a kind
                    or e.cls in ("ArmedGroup", "StateForce") and KIND_OF_ATTACK_OF.search(of)
                ):
                    _add(cand.attackers, e.iri)
                    continue
                if e.nend < trigger and OBJECT_KILLED.match(text, CLOSING_QUOTES.match(text, e.nend).end(), trigger):  # type: ignore[union-attr]
                    _add(cand.attackers, e.iri)  # «أن جهاز الاستخبارات التركي قتل قيادياً ... بضربة»: who killed
                    continue
                if (owner or re.search(WORD_START + r"(?:علي|ضد|ل)\s*(?:مواقع\s+)?$", before)) and not ATTACKING_MEN_AT_END.search(before.rstrip(QUOTES)):
                    _add(cand.targets, e.iri)
                elif _is_agent(before, after_end, e, trigger, subject_before_verb):
                    _add(cand.attackers, e.iri)
                    nxt = after_end.split()[0] if after_end.split() else ""
                    if _is_attack_verb(nxt):
                        subject_before_verb = True
                elif (
                    e.nstart > trigger and e.cls in ("ArmedGroup", "StateForce")
                    and not AFFILIATION_BEFORE.search(before) and not is_source and not IN_SUPPORT_OF.search(before)
                ):
                    # but «ميليشيا قسد المرتبطة بقوات الاحتلال» only says whose side, «، وقالت
                    # القيادة المركزية إن الهجوم» who speaks of it, and «لتأمين عبور أبناء العشائر» whom it helps
                    _add(cand.targets, e.iri)
            else:
                if e.cls in ("Base", "Facility") and (
                    _launched_from(text[max(cand.clause.start, e.nstart - 40) : e.nstart])
                    # «مدفعية التحالف الدولي في كونيكو تقصف»: where the attacker stands
                    or last_attacker is not None and last_attacker.iri in cand.attackers and last_attacker.nend < trigger
                    and IN_PLACE.fullmatch(text, last_attacker.nend, e.nstart)
                ):
                    _add(cand.locations, e.iri)  # «الهجوم الأميركي من قاعدة التنف»: where it came from
                    _add(cand.origins, e.iri)
                elif NOT_MENTIONED.search(text, max(cand.clause.start, e.nstart - 50), e.nstart):
                    not_places.add(e.iri)  # «ولم تشر في بيانها إلى قاعدة حرير»: what a statement left out
                elif TAKEN_TO_HOSPITAL.search(text, max(cand.clause.start, e.nstart - 60), e.nstart):
                    not_places.add(e.iri)  # «الجرحى نُقلوا إلى المشفى الوطني في الميادين»: where they were taken
                elif e.cls in ("Base", "Facility"):
                    _add(cand.targets, e.iri)
                elif re.match(r"\s*\(\s*$", text[max(0, e.nstart - 3) : e.nstart]) and e.nstart < 5:
                    continue  # a dateline, «(بيروت) قتل ...»: where it was reported from
                elif e.cls == "Country" and AFFILIATION_BEFORE.search(text[max(0, e.nstart - 30) : e.nstart]):
                    not_places.add(e.iri)  # «مقاتلين موالين لإيران»: whose side, not where
                elif e.iri in FOREIGN_POWERS:
                    not_places.add(e.iri)  # «قاعدة التحالف بقيادة الولايات المتحدة»: the power, not where
                elif ACTIVE_IN.search(text[max(cand.clause.start, e.nstart - 40) : e.nstart]):
                    not_places.add(e.iri)  # «مجموعات مدعومة من إيران تنشط في سوريا والعراق»: where a group is
                elif CAME_FROM.search(text[max(cand.clause.start, e.nstart - 30) : e.nstart]):
                    not_places.add(e.iri)  # «شاحنات دخلت من العراق قبل ساعات»: where what was hit came from, or the attackers went
                elif LINK_OF.search(text, max(cand.clause.start, e.nstart - 10), e.nstart):
                    not_places.add(e.iri)  # «نفت أي صلة لطهران بالهجوم»: who is denied a part in it
                elif IN_SUPPORT_OF.search(text[max(cand.clause.start, e.nstart - 45) : e.nstart]):
                    not_places.add(e.iri)  # «ضمن عمليات نصرة غزة»: whom the attack was for, not where
                elif e.cls == "Settlement" and GOVERNMENT_SEAT.search(text, max(cand.clause.start, e.nstart - 12), e.nstart):
                    not_places.add(e.iri)  # «وزارة الدفاع في حكومة دمشق»: the government, not where
                elif ENVOY_IN.search(text, max(cand.clause.start, e.nstart - 40), e.nstart):
                    not_places.add(e.iri)  # «واستدعت الخارجية سفيرها في طهران»: where an envoy serves
                elif e.cls != "Country" or not [p for p in cand.locations if p not in cand.origins]:
                    before = text[max(cand.clause.start, e.nstart - 20) : e.nstart]
                    if re.search(r"ومقره|مقرها|ومقرها|مقره", before):
                        continue
                    _add(cand.locations, e.iri)
                    if _launched_from(text[max(cand.clause.start, e.nstart - 40) : e.nstart]) or any(
                        o.iri in cand.origins and AND_ONLY.match(text, o.nend, e.nstart) for o in ents
                    ):
                        _add(cand.origins, e.iri)  # («من مواقع قوات النظام في الميادين والقورية»: both)
        # «ميليشيا عراقية تطلق على نفسها "المقاومة الإسلامية في العراق"»: the name of the group just
        # mentioned takes its roles.
        for prev, e in pairwise(ents):
            if e.kind == "actor" and prev.kind == "actor" and SELF_NAMING.search(text[prev.nend : e.nstart]):
                for role in (cand.attackers, cand.claimed_by, cand.targets):
                    if prev.iri in role:
                        _add(role, e.iri)
        # «غارات أمريكية», «الهجمات الإيرانية»: the attacker named by an adjective after the attack word
        # (not those the day is reckoned from: «قبل الضربات الأمريكية بيومين»).
        if not cand.attackers:
            window = text[trigger : min(cand.clause.end, trigger + 40)]
            m = NATIONAL_AFTER_TRIGGER.match(window)
            # «استهدفت الغارات الأميركية مستودعات»: the subject after the verb.
            m = m or NATIONAL_ATTACK.match(text, text.find(" ", trigger) + 1, min(cand.clause.end, trigger + 60))
            # «تعرّضت قرى في ريف عين عيسى لقصف مدفعي تركي»: the attack noun after the verb.
            m = m or NATIONAL_ATTACK.search(text, trigger, min(cand.clause.end, trigger + 80))
            if m is None and cand.cls == "Airstrike":
                m = NATIONAL_RESPONSE.search(text, cand.clause.start, trigger)
            if m and national_forces(m.group(1)) in self.gazetteer.entries and not any(a <= m.start() < b for a, b in reckoned):
                _add(cand.attackers, national_forces(m.group(1)))
        # «نفذتهما طائرات أميركية», «طائرة مجهولة يعتقد أنها أميركية»: the nationality of the aircraft.
        # (The sentence may put it in a quotation, its first word after the opening mark.)
        if not cand.attackers:
            m = AIRCRAFT_NATIONALITY.search(text, cand.clause.start, cand.clause.end) or IRAQI_AIRCRAFT.search(text, cand.clause.start, cand.clause.end)
            if m is None and cand.cls == "Airstrike":
                m = SUSPECTED_NATIONALITY.search(text, cand.trigger, cand.clause.end)
            if m and national_forces(m.group(1)) in self.gazetteer.entries and not any(a <= m.start() < b for a, b in reckoned):
                _add(cand.attackers, national_forces(m.group(1)))
        # «... تسمّي نفسها «المقاومة الإسلامية في العراق» نشرت بيانين. قالت المجموعة إنها نفّذت الهجومين»:
        # the group named just before, saying it did them, claims them.
        if not cand.attackers and THE_GROUP_SAID_IT_DID.search(text, cand.clause.start, trigger):
            named = [e for e in doc.entities if e.kind == "actor" and e.cls == "ArmedGroup" and cand.clause.start - GROUP_REACH <= e.nstart < cand.clause.start]
            if named:
                _add(cand.attackers, named[-1].iri)
                _add(cand.claimed_by, named[-1].iri)
        # «عبر مقاتلو العشائر نهر الفرات وهاجموا مواقع لقسد», «تسلل عناصر من التنظيم إلى البادية وهاجموا
        # حاجزاً»: the subject of the verb opening the clause, the attack a second verb joined to it by «و».
        if not cand.attackers and JOINED_VERB.match(text, trigger):
            lead = COMMA.split(text[cand.clause.start : trigger])[-1]
            lead_start = trigger - len(lead)
            first = next((e for e in ents if e.kind == "actor" and lead_start <= e.nstart < trigger), None)
            if first is not None and SUBJECT_AFTER_VERB.fullmatch(text, lead_start, first.nstart):
                _add(cand.attackers, first.iri)
                cand.targets = [t for t in cand.targets if t != first.iri]
                cand.locations = [p for p in cand.locations if p != first.iri]
        # «هاجمت طائرة أمريكية جماعة مسلحة مدعومة إيرانياً سبق وقصفت قاعدة أمريكية»: the group named
        # right before «سبق وقصفت» (a relative clause, unmarked after an indefinite noun) is the one that shelled.
        # (Not «سبق أن تعرّضت لقصف»: the one named then was the target.)
        if not cand.attackers and (done := HAD_DONE_BEFORE.match(text, cand.clause.start)) and trigger - done.end() in (0, 1) and not text.startswith(("تعرض", "يتعرض", "وتعرض", "ويتعرض"), trigger):
            # (the name's last word may run on: «مدعومة إيرانياً» is found as «مدعومة إيران»)
            named = [e for e in doc.entities if e.kind == "actor" and e.nend <= cand.clause.start and TO_WORDS_END.fullmatch(text, e.nend, cand.clause.start)]
            if named:
                _add(cand.attackers, named[-1].iri)
        # A country named as the one striking stands for its forces, and a US command's strike
        # (CENTCOM's, the coalition's) is also one by the forces it commands (an ally's is not).
        cand.attackers = [_country_forces(a) for a in cand.attackers]
        for a in list(cand.attackers):
            for forces in self._commanded(a)[1:]:
                _add(cand.attackers, forces)
                if a in cand.accused:
                    _add(cand.accused, forces)  # suspected as much as the command is
        cand.attackers = [a for a in dict.fromkeys(cand.attackers) if a and not a.startswith(ID + "place/")]
        # A named group makes the generic «الميليشيات الموالية لإيران» beside it redundant (but
        # not a state's forces: «قصفت قوات النظام والميليشيات الإيرانية»).
        if IRAN_BACKED in cand.attackers and any(a != IRAN_BACKED and self.side(a) == "axis" and self.gazetteer.entries[a].cls == "ArmedGroup" for a in cand.attackers):
            cand.attackers.remove(IRAN_BACKED)
        cand.targets = [t for t in cand.targets if t not in cand.attackers]
        if not cand.locations:
            # The country the clause names, unless as the one striking («شنّت الولايات المتحدة»).
            for e in ents:
                if e.kind == "place" and e.cls == "Country" and e.iri not in not_places:
                    forces = _country_forces(e.iri)
                    if forces == e.iri or forces not in cand.attackers:
                        _add(cand.locations, e.iri)

    @staticmethod
    def _time(clause: Clause, times: list[TimeExpr], sentences: list[tuple[int, int]]) -> TimeExpr | None:
        inside = [t for t in times if clause.holds(t.start)]
        if inside:
            # A known day beats a month or week range named in the same clause; a date given whole
            # beats a day the words place from the report's («صباح يوم الأربعاء 18/10/2023» in a
            # circular of January 2024) when the two disagree.
            best = min(inside, key=lambda t: t.date is None)
            whole = next((t for t in inside if not t.relative and t.date is not None), None)
            return whole if best.relative and best.date is not None and whole is not None and whole.date != best.date else best
        s_start, s_end = sentences[clause.sentence]
        in_sentence = [t for t in times if s_start <= t.start < s_end]
        resolved = {(t.date, t.earliest, t.latest) for t in in_sentence}
        if clause.kind != "main":
            # What a strike answered or followed happened before it: only a month or a year
            # named for the sentence («في أغسطس 2022، أمر ... بعد أن تعرضت قاعدة لهجوم») covers both.
            period = in_sentence[0] if len(resolved) == 1 else None
            if period and period.date is None and period.earliest and period.latest and (period.latest - period.earliest).days >= 27:
                return period
            return None
        if len(resolved) == 1 and in_sentence[0].start < clause.start:
            return in_sentence[0]
        return None

    # -- coreference -------------------------------------------------------------------

    def side(self, iri: str) -> str | None:
        """Which side an actor fights on: "us" (US, coalition, SDF), "axis" (Iran, its allies, the
        regime), "isis" (at war with both) or None."""
        if iri not in self._sides:
            affiliations = self.gazetteer.affiliations(iri)
            side = None
            if ID + "actor/isis" in affiliations:
                side = "isis"
            elif affiliations & {ID + "actor/irgc", IRAN_BACKED, ID + "actor/syrian-regime-forces", ID + "actor/syrian-arab-army", ID + "actor/hezbollah"}:
                side = "axis"
            elif affiliations & {US_FORCES, ID + "actor/us-dod", ID + "actor/centcom", COALITION, ID + "actor/sdf"}:
                side = "us"
            self._sides[iri] = side
        return self._sides[iri]

    def _attacker_side(self, cand: Candidate | Event, named: bool = False) -> str | None:
        """The side of the attacker, else (unless ``named``) the side opposed to the targets'."""
        for a in cand.attackers:
            s = self.side(a)
            if s:
                return s
        if named:
            return None
        for t in cand.targets:
            entry = self.gazetteer.entries.get(t)
            if entry is not None and entry.cls == "Base":
                return "axis"  # the bases in this conflict are held by the US-led coalition
            s = self.side(t)
            if s == "isis":
                return None  # both sides strike ISIS
            if s:
                return "us" if s == "axis" else "axis"
        return None

    def _corefer(self, doc: Document, candidates: list[Candidate]) -> tuple[list[Event], list[list[Candidate]]]:
        """Group candidates into events.

        Candidates are read in text order and join the latest compatible event
        that shares a specific target, place or attacker with them. Headlines,
        and definite references with nothing before them («ارتفاع عدد الجرحى في
        الهجوم على قاعدة...» ahead of the full report), join the first compatible
        event once all are known; an unmatched headline is dropped (it repeats
        the article's main event in other words).
        """
        today = doc.published
        events: list[Event] = []
        origin: list[list[Candidate]] = []
        # For an event only named in passing, the side it must come from ("?" if either), else None.
        bare_sides: list[str | None] = []
        deferred: list[Candidate] = []

        def new_event(cand: Candidate) -> None:
            events.append(Event(cls=cand.cls))
            origin.append([cand])
            passing = cand.bare or (cand.clause.kind != "main" and not cand.attackers)
            bare_sides.append(self._answered_side(cand, candidates) if passing else None)
            _merge(events[-1], cand, doc)

        def join(k: int, cand: Candidate) -> None:
            origin[k].append(cand)
            if not cand.bare:
                bare_sides[k] = None
            elif bare_sides[k] == "?":
                bare_sides[k] = self._answered_side(cand, candidates)
            _merge(events[k], cand, doc)

        assigned: dict[int, int] = {}  # id(candidate) -> event index
        is_base = self._bases_named(doc)
        summaries = {id(c) for c in candidates if self._summary(doc, c, is_base)}
        for n, cand in enumerate(candidates):
            if cand.title or id(cand) in summaries:
                deferred.append(cand)
                continue
            # «بعد الهجمات المذكورة، شن الطيران غارات»: an attack following event X is not X,
            # nor one reported before X.
            later_than = -1
            prev = candidates[n - 1] if n else None
            if prev is not None and prev.clause.kind == "after" and prev.clause.sentence == cand.clause.sentence and id(prev) in assigned:
                later_than = assigned[id(prev)]
            answered = self._answered_side(cand, candidates) if cand.bare or cand.clause.kind == "after" else None
            # «نفذ ضربات أمس بعد هجوم شنه مسلحون»: what a strike follows or answers is not that strike.
            excluded = set()
            if cand.clause.kind in ("after", "response"):
                excluded = {
                    assigned[id(m)]
                    for m in candidates[:n]
                    if m.clause.sentence == cand.clause.sentence and m.clause.kind == "main" and id(m) in assigned
                }
            # «قذائف هاون سقطت على البلدة بعد نحو ساعة من القصف الأول»: what came after an attack
            # told before is another attack.
            nxt = candidates[n + 1] if n + 1 < len(candidates) else None
            after_told = (
                nxt is not None and nxt.clause.kind == "after" and nxt.clause.sentence == cand.clause.sentence
                and nxt.reference and cand.clause.kind == "main" and not cand.definite
            )
            # «أن الغارات التركية أسفرت عن مقتل 12 مدنياً، وأنها استهدفت مخابز»: the same attack, told
            # on; «وأطلقوا النار، ثم ألقوا قنبلة على غرفة الحاجز»: what was done next in it.
            told_on = TOLD_ON.match(doc.norm.text, cand.clause.start)
            if (
                told_on and prev is not None and id(prev) in assigned and cand.time is None and set(cand.attackers) <= set(prev.attackers)
                and (prev.clause.sentence == cand.clause.sentence or told_on.group().strip(" ،,") == "ثم")
            ):
                join(assigned[id(prev)], cand)
                assigned[id(cand)] = assigned[id(prev)]
                continue
            self._take_from_the_same_attacks(doc.norm.text, cand, events, origin)
            k = None if cand.separate or after_told else self._antecedent(events, origin, cand, later_than, bare_sides, today, None if answered == "?" else answered, excluded)
            if k is None and (cand.reference or (cand.definite and cand.cls == "Attack" and not cand.time)):
                deferred.append(cand)
                continue
            if k is None:
                if cand.another and not cand.attackers:
                    # «وطالت غاراتٌ أخرى في الساعة نفسها مواقع في الميادين»: the strikers of the last ones.
                    last = next((e for e in reversed(events) if e.cls == cand.cls), None)
                    cand.attackers.extend(last.attackers if last is not None else [])
                new_event(cand)
                k = len(events) - 1
            else:
                join(k, cand)
            assigned[id(cand)] = k
        # Headlines last: one naming places on both sides of a border («العدوان على القائم والبوكمال»)
        # must not bridge the reports of each side before they are placed.
        for cand in sorted(deferred, key=lambda c: c.title):
            k = next((k for k in range(len(events)) if self._compatible(events[k], cand, origin[k], today)), None)
            if k is not None:
                # «هجوم بالمسيّرات على مطار أربيل وانفجار قرب قاعدة حرير» over the Harir report: the
                # headline's other base is another attack's.
                bases = {t for t in events[k].targets if is_base(t)}
                if (cand.title or id(cand) in summaries) and bases:
                    cand = replace(cand, targets=[t for t in cand.targets if not is_base(t) or t in bases])
                join(k, cand)
            elif not (cand.title or cand.reference) or cand.described:
                new_event(cand)
        order = sorted(range(len(events)), key=lambda k: _told_at(origin[k]))
        return [events[k] for k in order], [origin[k] for k in order]

    def _bases_named(self, doc: Document) -> Callable[[str], bool]:
        """Is a place a base or facility: in the gazetteer, or named as one («معسكر», «قاعدة») where not."""
        named = {e.iri for e in doc.entities if e.cls in ("Base", "Facility")}
        return lambda iri: iri in named or self._is_base(iri)

    @staticmethod
    def _summary(doc: Document, cand: Candidate, is_base: Callable[[str], bool]) -> bool:
        """Does a clause sum up attacks on two bases or more in one plural («تعرّض معسكر التاجي وقاعدة
        الإمام علي ... لهجمات بطائرات مسيّرة»), each told after it, like a headline?"""
        return (
            not cand.definite and len({t for t in cand.targets if is_base(t)}) >= 2
            and bool(PLURAL_ATTACKS.intersection(_reading(_word_at_offset(doc.norm.text, cand.trigger))[2]))
        )

    @staticmethod
    def _take_from_the_same_attacks(text: str, cand: Candidate, events: list[Event], origin: list[list[Candidate]]) -> None:
        """«وقال المرصد إن الضربات ذاتها طالت مواقع في البوكمال»: the strikes told last by that word,
        now somewhere else; they keep their class, day and strikers when the clause names none.

        Done before coreference (``_parts_of_a_wave`` does the like for plain «الضربات» after it), so
        that «the same strikes» do not join whatever attack was told last."""
        same = SAME_ATTACKS.match(text, cand.trigger)
        if same is None:
            return
        noun = same.group("noun")
        for ev, reports in zip(reversed(events), reversed(origin), strict=True):
            if any(noun in text[c.clause.start : c.clause.end] for c in reports):
                break
        else:
            return
        if cand.cls == "Attack":
            cand.cls = ev.cls
        if not cand.attackers:
            cand.attackers = list(ev.attackers)
        if cand.time is None:
            cand.time = next((c.time for c in reports if c.time is not None and _when(c.time) != (None, None, None)), None)

    def _answered_side(self, cand: Candidate, candidates: list[Candidate]) -> str:
        """The side of an attack a strike answers or follows: the other side from the strike's.

        «ضربات انتقامية بعد هجوم شنه مسلحون»: the strikes are American, so the attack is not.
        "?" when the sentence does not tell.
        """
        main = [m for m in candidates if m.clause.sentence == cand.clause.sentence and m.clause.kind == "main" and not m.bare]
        sides = {self._attacker_side(m) for m in main} - {None}
        if len(sides) == 1:
            return {"axis": "us", "us": "axis"}.get(sides.pop(), "?")
        return "?"

    def _foes(self, ours: list[str], theirs: list[str]) -> bool:
        """Are these attackers a state's forces and an armed group, all known and none allied to another?"""
        entries = [self.gazetteer.entries.get(a) for a in ours + theirs]
        if any(e is None for e in entries) or {e.cls for e in entries if e is not None} != {"StateForce", "ArmedGroup"}:
            return False
        return not any(self.gazetteer.affiliations(a) & self.gazetteer.affiliations(b) for a in ours for b in theirs)

    def _compatible(self, ev: Event, cand: Candidate, reports: list[Candidate], today: date | None) -> bool:
        """Could this candidate be a report of that event (nothing contradicts it)? ``today``: the
        publication day."""
        if not _compatible_class(ev.cls, cand.cls):
            return False
        # «ردّت واشنطن بغارات» answers the attack told before; it is not that attack.
        if cand.responds and (self._attacker_side(cand) or "?") != self._attacker_side(ev):
            return False
        # «كما قتل ثلاثة جنود مساء أمس بانفجار عبوة ناسفة»: not the shelling of that evening.
        if (cand.ground and ev.cls in STRIKES_FROM_AFAR) or (cand.cls in STRIKES_FROM_AFAR and any(r.ground for r in reports)):
            return False
        side, ev_side = self._attacker_side(cand), self._attacker_side(ev)
        # ISIS fights both sides, so against it only a side named as the attacker counts:
        # whom an attack hit does not tell whether ISIS or the other side struck.
        if side and ev_side and side != ev_side and (
            "isis" not in (side, ev_side) or (self._attacker_side(cand, named=True) and self._attacker_side(ev, named=True))
        ):
            return False
        # «هجوم شنّه مسلحو حزب العمال» and «طائرات الجيش التركي نفّذت ... عملية جوية»: foes, not one attack.
        if cand.attackers and ev.attackers and not (side and side == ev_side) and self._foes(cand.attackers, ev.attackers):
            return False
        when, ev_when = _when(cand.time), (ev.date, ev.earliest, ev.latest)
        if when != (None, None, None) and ev_when != (None, None, None) and when != ev_when and not (
            # «ردّت واشنطن هذا الأسبوع بغارة», then «الأربعاء: مقاتلتان أمريكيتان تقصفان»: one side's strike and its day.
            side is not None and side == ev_side and cand.cls == ev.cls
            and _within(when, ev_when, today) and not any(c.earlier for c in (cand, *reports))
        ) and not self._passing_mention_told_in_full(ev, cand, reports, when) and not (
            cand.other_account and _across_a_night(cand.time, reports)
        ):
            return False
        # «ليلة أمس» and «ظهر أمس»: the same day, but hours apart.
        if cand.time is not None and any(r.time is not None and _hours_apart(cand.time, r.time) for r in reports):
            return False
        # Without a publication date «ليل الاثنين» and «الأسبوع الفائت» stay unresolved, but differ.
        if cand.time is not None and when == (None, None, None):
            for r in reports:
                if r.time is not None and _when(r.time) == (None, None, None) and _different_days(cand.time.text, r.time.text):
                    return False
        ev_bases = {t for t in ev.targets if self._is_base(t)}
        cand_bases = {t for t in cand.targets if self._is_base(t)}
        if ev_bases and cand_bases and not ev_bases & cand_bases:
            return False
        # An attack in Iraq is not one in Syria (where it was launched from aside).
        launched_from = _launch_sites(reports)
        countries = self._countries([p for p in cand.targets + cand.locations if p not in cand.origins])
        ev_countries = self._countries([p for p in ev.targets + ev.locations if p not in launched_from])
        return not (countries and ev_countries and not countries & ev_countries)

    def _passing_mention_told_in_full(
        self, ev: Event, cand: Candidate, reports: list[Candidate], when: tuple[date | None, date | None, date | None]
    ) -> bool:
        """«بعد الهجوم الذي أودى بحياة جنديين قرب تدمر الأسبوع الماضي», then «وكان مسلح قد فتح النار،
        يوم السبت 13 ديسمبر، على دورية قرب مدينة تدمر»: an attack only named in passing, within a
        span of days, told in full on a day of that span at the same place."""
        day = when[0]
        if day is None or ev.date is not None or ev.earliest is None or ev.latest is None or not ev.earliest <= day <= ev.latest:
            return False
        if any(r.clause.kind == "main" for r in reports):
            return False
        return bool(self._specific(ev.targets + ev.locations) & self._specific(cand.targets + cand.locations))

    def _countries(self, places: list[str]) -> set[str]:
        out = set()
        for iri in places:
            entry = self.gazetteer.entries.get(iri)
            if entry is None:
                continue
            if entry.cls == "Country":
                out.add(iri)
            out.update(a for a in self.gazetteer.ancestors(iri) if self.gazetteer.entries[a].cls == "Country")
        return out

    def _antecedent(
        self,
        events: list[Event],
        origin: list[list[Candidate]],
        cand: Candidate,
        later_than: int,
        bare_sides: list[str | None],
        today: date | None,
        answered: str | None = None,
        excluded: set[int] | None = None,
    ) -> int | None:
        """The latest event this candidate reports again, if any.

        A definite reference («الضربات», «هجوم الطائرة المسيرة») goes to the latest event on the
        same side, and only failing one to an event whose side is unknown.
        """
        side = self._attacker_side(cand)
        when = _when(cand.time)
        cand_bases = {t for t in cand.targets if self._is_base(t)}
        # «الليلة», «يوم الخميس» without a publication date say little; «12 تشرين الثاني» says a day.
        vague = cand.time is None or (when == (None, None, None) and not re.search(r"\d", cand.time.text))
        unknown_side = named_in_passing = None
        if cand.definite and (on_it := self._attack_on_the_place_named(events, origin, cand, later_than, today, excluded)) is not None:
            return on_it
        if cand.definite and cand.attackers and cand.cls != "Attack":
            # «الغارات التركية» after the attack they answered: the strikes of that side, told before it.
            for k in range(len(events) - 1, later_than, -1):
                ev = events[k]
                if (
                    ev.cls == cand.cls and set(ev.attackers) & set(cand.attackers) and not (excluded and k in excluded)
                    and self._compatible(ev, cand, origin[k], today) and not self._apart(ev, cand, origin[k])
                ):
                    return k
        for k in range(len(events) - 1, later_than, -1):
            ev = events[k]
            if excluded and k in excluded or not self._compatible(ev, cand, origin[k], today):
                continue
            ev_side = self._attacker_side(ev)
            ev_when = (ev.date, ev.earliest, ev.latest)
            shared = set(ev.targets + ev.locations + ev.attackers) & set(cand.targets + cand.locations + cand.attackers)
            if any(not self._is_broad(i) for i in shared - set(cand.attackers)) or self._nested_places(ev, cand):
                return k
            # The same group attacking elsewhere («قاعدة خراب الجير», then «قرب مدينة الشدادي»).
            if any(not self._is_broad(i) for i in shared) and not self._apart(ev, cand, origin[k]) and not _other_victims(ev, cand):
                return k
            # «العدوان الأمريكي» is not the attack of the SDF, though both are on one side.
            other_attacker = bool(cand.attackers and ev.attackers and not set(cand.attackers) & set(ev.attackers))
            if cand.definite and (side is None or side == ev_side) and not other_attacker:
                # «الهجوم على القاعدة» points at the attack a sentence reported, before one it only
                # mentioned in passing («بعد يوم من استهداف طائرة مسيرة منشأة ...»).
                # (so does «الغارات» after an attack of no class named only in answer to: «رداً على
                # الهجوم الذي أودى بحياة جنديين»)
                if (cand.cls == "Attack" or ev.cls == "Attack") and all(r.clause.kind != "main" for r in origin[k]):
                    if named_in_passing is None:
                        named_in_passing = k
                    continue
                return k
            if cand.definite and ev_side is None and unknown_side is None:
                unknown_side = k
            if cand.bare and cand.cls == ev.cls and when == ev_when:
                return k
            # «بعد أنباء عن هجوم صاروخي فاشل»: an attack named in passing, with no day of its own,
            # is the attack of that kind already reported, unless it is the striking side's own.
            mentioned = (cand.bare or cand.clause.kind == "after") and cand.time is None and bare_sides[k] is None
            if mentioned and cand.cls == ev.cls != "Attack" and (answered is None or ev_side in (None, answered, "isis")):
                return k
            # «وقال مصدر إن سبع قذائف هاون أُطلقت من منطقة الزعفرانية»: the last attack's shells, told
            # again with no day, side or target of their own, only where they came from.
            if (
                k == len(events) - 1 and cand.cls == ev.cls != "Attack" and cand.time is None and not cand.attackers
                and not cand.targets and cand.origins and set(cand.locations) <= set(cand.origins)
            ):
                return k
            same_side = side and side == ev_side and cand.cls == ev.cls != "Attack"
            if same_side and vague and not cand_bases and not self._apart(ev, cand, origin[k]):
                return k
            # «وزعمت القيادة المركزية، في بيان، أنها استهدفت منشأتين»: the strike told before, by the
            # state force itself, with no means, day or place of its own.
            if (
                side and side == ev_side and not other_attacker and cand.cls == "Attack" and cand.time is None
                and _of_a_state(cand.attackers) and not self._specific(cand.targets + cand.locations)
            ):
                return k
            # «ردّت واشنطن هذا الأسبوع بغارة جديدة», then «الأربعاء: مقاتلتان أمريكيتان تقصفان»: the day of the strike.
            if same_side and _within(when, ev_when, today) and not self._apart(ev, cand, origin[k]):
                return k
            # (but not one at another place than the attack a response named: «رداً على استهداف المدنيين
            # في بلدة الخفسة», then «مسيّرتين أطلقتهما "قسد" باتجاه مدينة الباب»)
            answered_elsewhere = all(r.clause.kind == "response" for r in origin[k]) and self._apart(ev, cand, origin[k])
            if side and ev_side is None and (bare_sides[k] in (side, "?") or side == "isis") and not answered_elsewhere:
                return k  # the full report of an attack first named in passing («بعد هجوم شنه مسلحون»)
            # The same day: the same attack, unless told of places apart and not by one side.
            same_day = when != (None, None, None) and when == ev_when
            if same_day and (side is None or ev_side is None or side == ev_side) and not (side != ev_side and self._apart(ev, cand, origin[k])):
                return k
        return named_in_passing if named_in_passing is not None else unknown_side

    def _attack_on_the_place_named(
        self,
        events: list[Event],
        origin: list[list[Candidate]],
        cand: Candidate,
        later_than: int,
        today: date | None,
        excluded: set[int] | None,
    ) -> int | None:
        """«الهجوم على حقل العمر»: the latest compatible attack on a known place the reference names
        (or on a place within it), before a later attack elsewhere."""
        named = self._specific(cand.targets + cand.locations, known_only=True)
        if not named:
            return None
        for k in range(len(events) - 1, later_than, -1):
            if excluded and k in excluded:
                continue
            if named & self._places_within(events[k].targets + events[k].locations) and self._compatible(events[k], cand, origin[k], today):
                return k
        return None

    def _apart(self, ev: Event, cand: Candidate, reports: list[Candidate]) -> bool:
        """Do both name specific places (bases, towns), none of them the same or one inside another?

        «قرب مدينة الشدادي» after «قاعدة خراب الجير»: another attack of the same side.
        """
        ours = self._specific(ev.targets + ev.locations) - _launch_sites(reports)
        theirs = self._specific(cand.targets + cand.locations) - set(cand.origins) - self._areas_named
        if not ours or not theirs or ours & theirs:
            return False
        return not self._nested_places(ev, cand)

    def _specific(self, places: list[str], known_only: bool = False) -> set[str]:
        """The bases, facilities and towns among these places (and places the gazetteer lacks)."""
        out = set()
        for iri in places:
            entry = self.gazetteer.entries.get(iri)
            if entry is not None:
                if entry.cls in ("Base", "Facility", "Settlement"):
                    out.add(iri)
            elif not known_only and iri.startswith(ID + "place/"):
                out.add(iri)  # a place named in the article, found from its context
        return out

    def _nested_places(self, ev: Event, cand: Candidate) -> bool:
        """A base or place of one inside a town named by the other: «قاعدة الشدادي» and «الشدادي»."""
        ours, theirs = set(ev.targets + ev.locations), set(cand.targets + cand.locations)
        for a, b in ((ours, theirs), (theirs, ours)):
            for iri in a:
                for up in self.gazetteer.ancestors(iri) if iri in self.gazetteer.entries else ():
                    if up in b and self.gazetteer.entries[up].cls == "Settlement":
                        return True
        return False

    def _is_base(self, iri: str) -> bool:
        entry = self.gazetteer.entries.get(iri)
        return entry is not None and entry.cls in ("Base", "Facility")

    def _is_broad(self, iri: str) -> bool:
        entry = self.gazetteer.entries.get(iri)
        if entry is None:
            return False
        return entry.cls in ("Country",) or iri in (US_FORCES, IRAN_BACKED, ID + "place/middle-east")

    # -- casualties, sources, links ----------------------------------------------------

    def _casualties(
        self,
        doc: Document,
        events: list[Event],
        origin: list[list[Candidate]],
        sentences: list[tuple[int, int]],
        quantities: list[Quantity],
        date_before: dict[int, int],
        clauses: list[Clause],
    ) -> None:
        """Casualty claims of each event, from the words around the numbers of its clauses.

        :param date_before: where a date expression ending at an offset starts (end → start).
        :param clauses: every clause, those that tell no attack too (what a response answers
            is no part of the main clause's toll even when it formed no event).
        """
        text = doc.norm.text
        used: set[int] = set()
        owned = _owned_sentences(origin)
        tolls = _toll_sections(text, sentences)
        clause_at: dict[int, Clause] = {}  # each clause by where it starts (the first, if two do)
        for c in clauses:
            clause_at.setdefault(c.start, c)
        # «وأنه جاء «رداً على» تفجيرَي كرمان اللذين أوقعا 95 قتيلاً، ...»: the toll of the attack answered,
        # up to the comma ending the phrase (but «قصفت القاعدة «رداً على مجزرة الهري»، ولم تُسجَّل إصابات»:
        # the attack's own after it), is no part of a main clause's toll, event or not.
        answered: dict[int, list[tuple[Clause, Clause]]] = {}  # sentence -> (response clause, its phrase)
        for c in clauses:
            if c.kind == "response":
                comma = COMMA.search(text, c.start, c.end)
                answered.setdefault(c.sentence, []).append((c, replace(c, end=comma.start()) if comma else c))
        # Attacks answered told anew, with a day of their own (not «رداً على الاعتداء الذي تعرضت له قطعاتنا مساء أمس»).
        dated_answers = {
            (c.clause.start, c.clause.end) for cs in origin for c in cs
            if c.clause.kind == "response" and c.time is not None and not (c.definite or c.reference)
        }
        for ev, cands in zip(events, origin):
            for cand in cands:
                s_start, s_end = sentences[cand.clause.sentence]
                # Casualties belong to the clause's event; a main clause also owns the
                # rest of its sentence unless another event's clause is there.
                lo, hi = cand.clause.start, cand.clause.end
                ranges = [(lo, hi)]
                if cand.clause.kind == "main":
                    other = [c.clause for cs in origin for c in cs if c.clause.sentence == cand.clause.sentence and c is not cand]
                    other += [phrase for c, phrase in answered.get(cand.clause.sentence, ()) if c not in other]
                    lo = max([s_start] + [c.end for c in other if c.end <= cand.clause.start])
                    # The main clause reads on past an attack answered or followed («، رداً على
                    # الهجوم، ما أسفر عن سقوط قتيلين»), not past another main clause, nor past one
                    # answered with a day of its own («وذلك رداً على استهداف قسد نقاطاً للجيش أمس
                    # الأربعاء بطائرات مسيّرة، ما أدى إلى استشهاد ثلاثة جنود»: that attack's toll).
                    hi = min([s_end] + [c.start for c in other if c.start >= cand.clause.end and (c.kind == "main" or (c.start, c.end) in dated_answers)])
                    ranges = []
                    for c in sorted((c for c in other if cand.clause.end <= c.start and c.end <= hi), key=lambda c: c.start):
                        ranges.append((lo, c.start))
                        lo = max(lo, c.end)
                    ranges.append((lo, hi))
                elif (lo, hi) in dated_answers:
                    # ... and the answered attack reads on to the next attack told in the sentence.
                    later = [c.clause.start for cs in origin for c in cs if c.clause.sentence == cand.clause.sentence and c.clause.start >= hi]
                    ranges = [(lo, min([s_end, *later]))]
                elif (said := clause_at.get(hi)) is not None and said.sentence == cand.clause.sentence and (
                    SOURCE_SAID_OF_IT.match(text, said.start) and not any(c.clause.start == said.start for cs in origin for c in cs)
                ):
                    # «بعد أقل من 72 ساعة على الضربات الأمريكية التي استهدفت ...، وقال المرصد إنها أودت بحياة
                    # 18 مسلحاً»: a source speaking of the attack just told, in a clause telling none of its own.
                    ranges = [(lo, said.end)]
                for a, b in ranges:
                    if a < b:
                        self._claims_in(doc, ev, a, b, quantities, date_before, used)
        # A sentence of its own about the casualties of an attack told before: a revised toll
        # («فيما رفع مسؤولون عدد المصابين إلى أكثر من 40») or one that names the attack again
        # («وقال المسؤول إن الهجوم على الشدادي لم يسفر عن إصابات»). Not one «منذ» a date: a tally.
        for n, (s_start, s_end) in enumerate(sentences):
            if n in owned or "منذ" in text[s_start:s_end] or ATTACKS_COUNTED.search(text, s_start, s_end):
                continue
            reference = BACK_REFERENCE.search(text, s_start, s_end)
            # «وأفاد المرصد بمقتل 11 عنصراً»: casualties told right after an attack are its own,
            # unless the sentence speaks of another time; so are those after its interception
            # («... اعترضت المنظومة أحدها. لا إصابات»), a word on it with no figure of its own
            # («وقال الوزير إن الضربات دقيقة») or the speaker going on («وأضاف البيان أن ...»).
            # (Past a label of its own: «ستوري 3:», «تحديث:».)
            last = n - 1
            while last > 0 and _is_label(text, sentences[last]):
                last -= 1
            # (In an interview, the answer to «والحصيلة؟» asked just after an attack told is its toll.)
            asked = next(
                (j for j in range(n - 1, max(-1, n - 4), -1) if TOLL_ASKED.search(text, sentences[j][0], sentences[j][1] + 2)), None
            )
            right_after = (
                last in owned
                or (last - 1 in owned and (_word_on_the_attack(text, sentences[last], quantities) or GOES_ON.match(text, *sentences[last])))
                or n in tolls
                or (asked is not None and any(j in owned for j in range(max(0, asked - 3), asked)))
                # «أطلق مسلّح النار على جنود أمريكيين. الجنود كانوا في اجتماع. قُتل جنديّان»: a short
                # line of no figure and no attack between
                or (last - 1 in owned and _short_aside(text, sentences[last], quantities))
            ) and not OTHER_TIME.search(text, s_start, s_end)
            if not TOLL_REVISED.search(text, s_start, s_end) and not reference and not right_after:
                continue
            cls = _referred_class(reference.group("noun")) if reference else None
            if cls is None and CLASHES.search(text, s_start, s_end):
                cls = "Attack"  # «قُتلوا خلال الاشتباكات»: the fighting on the ground told before, not a strike
            # (Under a heading of tolls, a place named is the victims', not the attack's: «عامل في ورشة في عامودا».)
            noun = reference.group("noun") if reference else None
            for k, lo, hi in self._referred_events(doc, events, origin, s_start, s_end, cls, by_place=n not in tolls, noun=noun):
                self._claims_in(doc, events[k], lo, hi, quantities, date_before, used)

    def _places_within(self, places: list[str]) -> set[str]:
        """These targets and locations, the places that contain them and the towns they are named after."""
        return set(places).union(*(self.gazetteer.ancestors(p) for p in places), *(self._named_after(p) for p in places))

    def _named_after(self, place: str) -> set[str]:
        """The towns a site's name holds: Albu Kamal and al-Qaim for «معبر البوكمال القائم» (a report
        of the crossing's strike may say «مصادر محلية في البوكمال»)."""
        if place not in self._towns_named:
            entry = self.gazetteer.entries.get(place)
            words = entry.norm_label.split() if entry is not None and entry.cls != "Settlement" and entry.norm_label else []
            self._towns_named[place] = {
                town for i in range(len(words)) for j in range(i + 1, min(len(words), i + 3) + 1)
                if (town := self._towns.get(" ".join(words[i:j]))) is not None
            }
        return self._towns_named[place]

    def _counted_unharmed(self, doc: Document, events: list[Event], origin: list[list[Candidate]]) -> None:
        """«إن الهجومين على خراب الجير والشدادي "لم يُسفرا عن أي إصابات"»: no one harmed in the two
        attacks told before (or the three of «الهجمات الثلاث»), not only in the one the sentence joined."""
        text = doc.norm.text
        for m in COUNTED_TOLD.finditer(text):
            n = _told_count(m)
            if n is None:
                continue
            none = next(_no_casualties(text, m.end(), min(_sentence_end(text, m.end()), m.end() + 120)), None)
            if none is None:
                continue
            told = _told_before(doc, events, origin, m.start())
            # «الهجومين على خراب الجير والشدادي»: the attacks on the places named, when they are named.
            named = {e.iri for e in doc.entities if e.kind == "place" and m.end() <= e.nstart < none.start()}
            if named:
                told = [ev for ev in told if named & self._places_within(ev.targets + ev.locations)]
            if len(told) < n:
                continue
            span = doc.span(none.start(), none.end())
            statuses = ("Killed",) if none.group("dead") or none.group("dead2") else ("Killed", "Wounded")
            for ev in told[-n:]:
                for status in statuses:
                    if not any(c.span == span and c.status == status for c in ev.claims):
                        ev.claims.append(CasualtyClaim(0, status, span))

    def _referred_events(
        self,
        doc: Document,
        events: list[Event],
        origin: list[list[Candidate]],
        s_start: int,
        s_end: int,
        cls: str | None = None,
        by_place: bool = True,
        noun: str | None = None,
    ) -> list[tuple[int, int, int]]:
        """The attacks told before that a sentence speaks of, each with its part of the sentence.

        A sentence naming the places of attacks told before speaks of each from where it names
        its place («الهجوم على الشدادي لم يسفر عن إصابات، وتقييم الأضرار في العمر جار»); one
        naming no place, of the attack told last (of class ``cls``, when one is: «الضربة» is
        the strike, not the drone attack it answered); one naming only other places, of none.
        With ``by_place=False`` the sentence's places are ignored and the attack told last (of
        class ``cls``) is taken. The word the sentence names it by (``noun``: «الغارات») points at
        the attack told last in that word, even in passing, before another told in other words.
        """
        before = [k for k, cands in enumerate(origin) if any(c.clause.end <= s_start for c in cands)]
        if cls is not None and any(events[k].cls == cls for k in before):
            before = [k for k in before if events[k].cls == cls]
        if not before:
            return []
        text = doc.norm.text
        places = [
            e for e in doc.entities
            if by_place and s_start <= e.nstart < s_end and e.kind == "place" and self._specific([e.iri])
            and not TAKEN_TO.search(text, max(s_start, e.nstart - 30), e.nstart)
        ]
        if not places:
            # The attack told last in a main clause, not one only answered or followed
            # («وجاءت الضربات بعد ساعات من هجوم ...»: the strikes).
            def told(k: int) -> tuple[int, int]:
                ends = [(c.clause.kind == "main", c.clause.end) for c in origin[k] if c.clause.end <= s_start]
                return max(ends)

            def in_that_word(k: int) -> bool:
                return noun is not None and any(noun in text[c.clause.start : c.clause.end] for c in origin[k] if c.clause.end <= s_start)

            best = max(before, key=told)
            # «وجاء الاغتيال بعد خمسة أيام من الغارات الأميركية ...», then «إن الغارات خلّفت 16 شهيداً»: the strikes.
            last = max(before, key=lambda k: max(c.clause.end for c in origin[k] if c.clause.end <= s_start))
            if last != best and in_that_word(last) and not in_that_word(best):
                best = last
            return [(best, s_start, s_end)]
        # Each attack's places and the places containing them (the town of the base); a headline
        # naming the places of several attacks does not make them one's.
        within = {k: set().union(*(self._places_within(c.targets + c.locations) for c in origin[k] if not c.title)) for k in before}
        named: list[tuple[int, int]] = []  # (event, where its place is named)
        for e in places:
            ks = [k for k in before if e.iri in within[k]]
            if len(ks) == 1 and (not named or named[-1][0] != ks[0]):
                named.append((ks[0], e.nstart))
        if not named:
            return []
        bounds = [s_start] + [at for _, at in named[1:]] + [s_end]
        return [(k, bounds[i], bounds[i + 1]) for i, (k, _) in enumerate(named)]

    def _claims_in(
        self,
        doc: Document,
        ev: Event,
        lo: int,
        hi: int,
        quantities: list[Quantity],
        date_before: dict[int, int],
        used: set[int],
    ) -> None:
        """Add to the event the casualty figures between offsets ``lo`` and ``hi``."""
        text = doc.norm.text
        # «تركيا تقصف شمال العراق بعد مقتل تسعة من جنودها»: the dead after «بعد» fell before the
        # attack told, in another.
        if (prior := PRIOR_DEAD.search(text, lo, hi)) and ATTACK_WORD_RE.search(text, lo, prior.start()):
            hi = prior.start()
        segment = text[lo:hi]
        with_victim: list[CasualtyClaim] = []
        for m in _no_casualties(text, lo, hi):
            span = doc.span(m.start(), m.end())
            if any(c.span == span for c in ev.claims):
                continue
            for status in ("Killed",) if m.group("dead") or m.group("dead2") else ("Killed", "Wounded"):  # «دون وقوع وفيات»: no dead
                ev.claims.append(CasualtyClaim(0, status, span))
        # «قُتل مع عنصرين آخرين»: the one killed and two more (before the nouns below count the two alone).
        for m in KILLED_ALONG.finditer(segment):
            span = doc.span(lo + m.start(), lo + m.end())
            if any(c.span.start < span.end and span.start < c.span.end for c in ev.claims):
                continue
            if m.group("dual"):
                count = 3
            elif (q := next((q for q in quantities if q.start == lo + m.start("some") and q.start not in used and q.high is None), None)) is not None:
                used.add(q.start)
                count = int(q.value) + 1
            else:
                continue
            ev.claims.append(CasualtyClaim(count, "Killed", span))
        # Victims without a number: a named leader and the companions told after the name
        # first («قُتل قيادي بارز ... واثنان من مرافقيه»: 3), then a victim as an active kill
        # verb's object («قتلت غارة ... قيادياً في التنظيم ومرافقه»), then nouns and pronouns.
        for pattern in (NAMED_KILLED, OBJECT_KILLED, KILLED_WITH, OBJECT_WOUNDED):
            status = "Wounded" if pattern is OBJECT_WOUNDED else "Killed"
            for m in pattern.finditer(segment):
                span = doc.span(lo + m.start(), lo + m.end())
                if any(c.span.start <= span.start < c.span.end for c in ev.claims):
                    continue
                if any(lo + m.start() <= q.start < lo + m.end() for q in quantities):
                    continue  # «قُتل 11 مقاتلاً»: the noun counted by a number
                count = 2 if m.groupdict().get("dual") else 1
                end = m.end()
                joining = JOINED_OBJECT if pattern is OBJECT_KILLED or pattern is OBJECT_WOUNDED else JOINED_VICTIM if pattern is NAMED_KILLED else None
                if joining is not None:
                    while also := joining.match(segment, end):
                        count, end = count + (2 if also.group("dual") else 1), also.end()
                    while pattern is NAMED_KILLED and (also := JOINED_NAMED.match(segment, end)):
                        count, end = count + 1, also.end()
                    span = doc.span(lo + m.start(), lo + end)
                more = COMPANIONS.match(segment, end)
                if more and (more.group("one") or more.group("two")):
                    count += 2 if more.group("two") else 1
                    used.update(q.start for q in quantities if lo + more.start("one") <= q.start < lo + more.end())  # «أحد مرافقيه»
                elif more:
                    at = lo + more.start("some")
                    q = next((q for q in quantities if q.start == at and q.start not in used), None)
                    if q is None:
                        more = None
                    else:
                        used.add(q.start)
                        count += int(q.value)
                if more:
                    span = doc.span(lo + m.start(), lo + more.end())
                elif pattern is KILLED_WITH:
                    continue
                ev.claims.append(CasualtyClaim(count, status, span))
        for m in ALL_OF_THEM.finditer(segment):
            # The last count of people before it in the clause, whoever they are («خمسة من», «ثلاثة جنود»).
            counted = [
                q for q in quantities
                if lo <= q.start and q.end <= lo + m.start() and q.start not in used and q.high is None
                and (PEOPLE.match(text, q.end + 1) or text.startswith(" من ", q.end))
            ]
            if counted:
                used.add(counted[-1].start)
                ev.claims.append(CasualtyClaim(counted[-1].value, "Killed" if m.group("kill") else "Wounded", doc.span(counted[-1].start, lo + m.end())))
        for m in NAMED_WITH_AGES.finditer(segment):
            # «وفاة كل من: آزاد شيخو (٣٤ عاماً)، ومحمد علي حسين (٢٩ عاماً)»: as many as the ages.
            span = doc.span(lo + m.start(), lo + m.end())
            if any(c.span.start < span.end and span.start < c.span.end for c in ev.claims):
                continue
            used.update(q.start for q in quantities if lo + m.start() <= q.start < lo + m.end())
            ev.claims.append(CasualtyClaim(len(AGE.findall(m.group("names"))), "Killed" if m.group("dead") else "Wounded", span))
        for m in IMPLICIT_COUNT.finditer(segment):
            span = doc.span(lo + m.start(), lo + m.end())
            if any(c.span.start <= span.start < c.span.end for c in ev.claims):
                continue
            status = "Killed" if m.group("kill") else "Wounded"
            # «إصابة امرأة وطفلين»: one more for each person joined, two for a dual.
            joined = [w for w in m.group("more").split() if AND_PERSON.fullmatch(w)]  # adjectives aside
            count = (2 if m.group("dual") else 1) + sum(2 if w.endswith(("ين", "ان")) else 1 for w in joined)
            ev.claims.append(CasualtyClaim(count, status, span))
            if m.group("with") and status == "Killed":
                with_victim.append(ev.claims[-1])
        for m in DUAL_THEN_VERB.finditer(segment):
            span = doc.span(lo + m.start(), lo + m.end())
            if not any(c.span.start < span.end and span.start < c.span.end for c in ev.claims):
                dead = m.group("kill") or m.group("kill_alone") or m.group("killed_alone")
                ev.claims.append(CasualtyClaim(2, "Killed" if dead else "Wounded", span))
        for m in HE_DIED.finditer(segment):
            span = doc.span(lo + m.start(), lo + m.end())
            if m.group("kill_named") and any(lo + m.start() <= q.start < lo + m.end() for q in quantities):
                continue  # «فقتل ثلاثة»: a count, read with the others
            if not any(c.span.start < span.end and span.start < c.span.end for c in ev.claims):
                dead = m.group("kill") or m.group("kill_alone") or m.group("kill_named") or m.group("kill_with") or m.group("felled")
                ev.claims.append(CasualtyClaim(2 if m.group("kill_with") else 1, "Killed" if dead else "Wounded", span))
        # «عشرين بين قتيل وجريح»: the nouns of a count of both are no count of their own.
        together = [t.span() for q in quantities if lo <= q.end < hi and (t := DEAD_AND_WOUNDED.match(text, q.end, hi))]
        for m in CASUALTY_NOUN.finditer(segment):
            span = doc.span(lo + m.start(), lo + m.end())
            if any(c.span.start <= span.start < c.span.end or span.start <= c.span.start < span.end for c in ev.claims):
                continue
            if any(s <= lo + m.start() and lo + m.end() <= e for s, e in together):
                continue
            status = "Killed" if m.group("kill") or m.group("kill2") else "Wounded"
            ev.claims.append(CasualtyClaim(2 if m.group("kill2") or m.group("wound2") else 1, status, span))
        for m in PRONOUN_VICTIM.finditer(segment):
            span = doc.span(lo + m.start(), lo + m.end())
            if any(c.span.start <= span.start < c.span.end for c in ev.claims):
                continue
            if " احد" in m.group() and any(lo + m.start() <= q.start < lo + m.end() and q.start not in used for q in quantities):
                continue  # «مقتل أحد قادة الحركة ومرافقه», «إصابة أحد العمال»: «أحد» is a count, with the victims added after it
            mourned = m.group("rel") or m.group("rel2") or m.group("rel3")
            if mourned and HIS_DEATH.search(text, lo + m.end(), _sentence_end(text, lo + m.end(), hi)):
                continue  # «الذي ارتقى ... ما أدى إلى استشهاده مع ابن أخيه»: his death told again, with its count
            count = 2 if m.group("pron") == "هما" or m.group("with") or m.group("rel2") or m.group("with_rel") else 1
            dead = m.group("kill") or m.group("kill1") or m.group("kill_other") or mourned
            ev.claims.append(CasualtyClaim(count, "Killed" if dead else "Wounded", span))
        for q in quantities:
            if not (lo <= q.start < hi) or q.start in used or _ends_a_name(text, q):
                continue
            if (since := SINCE_A_PERIOD_BEGAN.search(text, max(lo, q.start - 120), q.start)) and not ATTACK_WORD_RE.match(text, since.end()):
                continue  # «وقد استشهد منذ بدء الاعتصام أكثر من 20 مدنياً وأُصيب ما يزيد على 200»: a period's tally
            status = _casualty_status(text, q, lo, hi, date_before)
            if status is None:
                continue
            used.add(q.start)
            victim = self._victim(doc, q, hi)
            span = doc.span(q.start, q.end)
            qualifier = {"exact": "Exact", "at-least": "AtLeast", "about": "Approximately", "at-most": "AtMost"}[q.qualifier]
            vague = bool(VAGUE_COUNT.search(text, q.start, q.end))
            boast = bool(BOAST.search(text, max(lo, q.start - 40), q.start))
            if q.high is None and (added := self._added_victims(text, q, hi, quantities, used)):
                count, end, of_its_own = added
                if of_its_own:
                    # «ثمانية من القوات السورية و23 مقاتلاً»: two counts, each kept (the second counts
                    # itself), and their sum.
                    ev.claims.append(CasualtyClaim(q.value, status, span, victim=victim, qualifier=qualifier, vague=vague, boast=boast))
                q = replace(q, value=q.value + count)
                span = doc.span(q.start, end)
            if q.high is not None and qualifier == "Exact":
                # «6 أو 7», «بين 5 و7»: at least the one, at most the other.
                ev.claims.append(CasualtyClaim(q.value, status, span, victim=victim, qualifier="AtLeast", vague=vague, boast=boast))
                ev.claims.append(CasualtyClaim(q.high, status, span, victim=victim, qualifier="AtMost", vague=vague, boast=boast))
                continue
            ev.claims.append(CasualtyClaim(q.value, status, span, victim=victim, qualifier=qualifier, vague=vague, boast=boast))
            if status == "Killed" and q.high is None and (
                KILLED_WITH_HIM.search(text, max(lo, q.start - 25), q.start) or OTHERS.match(text, q.end, hi)
            ):
                with_victim.append(ev.claims[-1])  # «وقد ارتقى معه ثلاثة», «استشهاد ثلاثة مدنيين آخرين»: more than those told
            if q.high is not None:
                ev.claims.append(CasualtyClaim(q.high, status, span, victim=victim, qualifier=qualifier, vague=vague, boast=boast))
        _count_with_victim_before(ev.claims, with_victim)

    @staticmethod
    def _added_victims(text: str, q: Quantity, hi: int, quantities: list[Quantity], used: set[int]) -> tuple[int, int, bool] | None:
        """How many victims are added after a count («، إضافة إلى جندي عراقي», «ثلاثة من عناصر
        الحاجز ومدني»), where they end, and whether they are a count of their own («و23 مقاتلاً»)."""
        m = ADDED_VICTIMS.match(text, q.end, hi)
        if m is None and (m := AND_ONE_MORE.match(text, q.end, hi)) is not None:
            if any(q.end <= other.start < m.start("who") for other in quantities):
                return None
            used.update(other.start for other in quantities if m.start("who") <= other.start < m.end())  # «ومتعاقدين اثنين»
            return (2 if m.group("dual") else 1), m.end(), False
        if m is None:
            # «إصابة ثلاثة جنود أمريكيين واثنين من عناصر الأمن السوري»: more counted right after, of others.
            more = next((o for o in quantities if o.start > q.end and o.start not in used), None)
            if (
                more is not None and more.high is None and more.start < hi
                and AND_COUNTED_BETWEEN.fullmatch(text, q.end, more.start) and COUNTED_PEOPLE_AFTER.match(text, more.end, hi)
            ):
                return more.value, more.end, True  # (the count added is left to make its own claim too)
            return None
        some = m.start("some")
        who = some if some >= 0 else max(m.start("one"), m.start("dual"))
        if any(q.end <= other.start < who for other in quantities):
            return None  # another figure between them: «مقتل 3 وإصابة 5، إضافة إلى مدني»
        if some < 0:
            used.update(other.start for other in quantities if q.end <= other.start < m.end())  # «واحد»
            return (2 if m.group("dual") else 1), m.end(), False
        more = next((other for other in quantities if other.start == some and other.start not in used), None)
        if more is None or more.high is not None:
            return None
        used.add(more.start)
        return more.value, m.end(), False

    def _victim(self, doc: Document, q: Quantity, limit: int) -> str | None:
        text = doc.norm.text
        for e in doc.entities:
            if e.kind == "actor" and q.end <= e.nstart < min(limit, q.end + 40):
                # (not past the count's phrase: «استشهاد ثلاثة أشخاص، مبيناً أن «التحالف الدولي ...»»)
                return None if VICTIMS_END.search(text, q.end, e.nstart) else e.iri
        return None

    def _sources(self, doc: Document, events: list[Event], origin: list[list[Candidate]], sentences: list[tuple[int, int]]) -> None:
        text = doc.norm.text
        previous: list[str] = []
        per_sentence: dict[int, list[str]] = {}
        for n, (s_start, s_end) in enumerate(sentences):
            found = []
            for e in doc.entities:
                if e.kind != "actor" or not (s_start <= e.nstart < s_end):
                    continue
                before = text[max(s_start, e.nstart - 30) : e.nstart].split()
                after = text[e.nend : min(s_end, e.nend + 25)].split()
                # (Not a name in the words said: «وقال المصدر إن داعش هاجمت».)
                cue_before = any(s in ATTRIBUTION for w in before[-3:] for s, _ in stems(w)) and not THAT_SAID.intersection(before[-2:])
                # («القيادة المركزية (سنتكوم) قد أعلنت»: its other name in brackets and «قد» between.)
                said = [w for w in after if not (w.startswith("(") or w.endswith(")") or w == "قد")][:1]
                cue_after = any(s in ATTRIBUTION for w in said for s, _ in stems(w))
                if (cue_before or cue_after) and e.cls in ("Organization", "Person", "StateForce", "ArmedGroup"):
                    lo = max(s_start, e.nstart - 90)
                    if cue_before and (_accusation(text, lo, e, s_end, ACCUSED_OF) or _accusation(text, lo, e, s_end, ACCUSED_OF_TOLD)):
                        continue  # «واتهم المجلس في بيان «قوات النظام» بإطلاق القذائف»: the accused, not the one telling
                    found.append(e.iri)
            if not found and re.search(r"المصدر\s+(?:ذاته|نفسه)", text[s_start:s_end]):
                found = previous
            per_sentence[n] = found
            if found:
                previous = found
        for ev, cands in zip(events, origin):
            for cand in cands:
                for src in per_sentence.get(cand.clause.sentence, []):
                    _add(ev.reported_by, src)
            for claim in ev.claims:
                n = _sentence_of(doc, claim.span, sentences)
                srcs = per_sentence.get(n, []) if n is not None else []
                if srcs:
                    claim.according_to = srcs[0]

    def _interceptions(
        self,
        doc: Document,
        parts: list[tuple[Clause, list[Token], list[EntityMention]]],
        times: list[TimeExpr],
        statements: list[TimeExpr],
        sentences: list[tuple[int, int]],
        events: list[Event],
        origin: list[list[Candidate]],
    ) -> None:
        """Air defences downing drones or rockets: an ``Interception`` in response to the attack.

        «أسقطت الدفاعات الجوية طائرة مسيّرة كانت متجهة نحو قاعدة التنف». The attack is the
        latest one reported before it by the same means (or any, if the means is not named);
        when none is, the attack is an event of its own from the same words, for an attack
        entirely shot down is still an attack; but a drone downed while only flying or watching
        («كانت تحلّق قرب موقع») made no attack, and its interception answers none. A failed or hypothetical interception
        («فشلت الدفاعات الجوية في اعتراضه») is none, and so is one in a headline.
        """
        text = doc.norm.text
        owned = _owned_sentences(origin)
        for clause, words, in_clause in parts:
            if not INTERCEPT_STEMS.search(text, clause.start, clause.end):
                continue  # most clauses: no word of downing at all
            forms = [set(_reading(w.text)[2]) for w in words]
            at = next((k for k, f in enumerate(forms) if f & INTERCEPT_VERBS), None)
            if at is None or _is_title(text, sentences[clause.sentence]):
                continue
            means = next((MEANS[f] for fs in forms for f in fs if MEANS.get(f) in ("DroneAttack", "RocketAttack")), None)
            defences = any(f & AIR_DEFENCE for f in forms)
            if not (means or defences) and words[at].text.endswith(("ها", "هما")):
                # «استهدفت طائرة مسيّرة قاعدة عين الأسد، لكن القوات الأمريكية أسقطتها»: the craft of
                # the attack just told in the sentence.
                means = next(
                    (
                        ev.cls for ev, cands in zip(events[::-1], origin[::-1])
                        if ev.cls in ("DroneAttack", "RocketAttack")
                        and any(c.clause.sentence == clause.sentence and c.clause.start < clause.start for c in cands)
                    ),
                    None,
                )
            if not (means or defences) and any(f & DOWNED_CRAFT for f in forms[max(0, at - 2) : at + 3]):
                # «وذكر الجهاز أن الطائرتين أُسقطتا ... "من دون أن تتسببا بأي خسائر"»: the craft of the
                # downing told before, told again (aircraft alone may be warplanes: none downed before, none now).
                downed = [events[e.in_response_to[0]].cls for e in events if e.cls == "Interception" and e.in_response_to]
                means = downed[-1] if downed and downed[-1] in ("DroneAttack", "RocketAttack") else None
                # «استهدفوا قاعدة عين الأسد بطائرتين مسيّرتين. غير أن البنتاغون قال إن قواته أسقطت
                # الطائرتين»: «the» aircraft, right after a drone attack, are its drones.
                if means is None and any(
                    f & DOWNED_CRAFT and w.text.lstrip("وفب").startswith("ال") for w, f in zip(words[at + 1 : at + 3], forms[at + 1 : at + 3], strict=True)
                ):
                    last = _last_told_before(events, origin, clause.start, lambda e: True)
                    means = "DroneAttack" if last is not None and last.cls == "DroneAttack" else None
            if not (means or defences) or _not_intercepted(text[clause.start : words[at].start], words[at].text):
                continue
            if DENIED_REPORT_RE.search(text, clause.start, words[at].end):
                continue  # «نفى الجهاز الأنباء بشأن إسقاط طائرة مسيّرة»
            if SINCE_START.search(text, clause.start, clause.end):
                continue  # «جرى منذ مطلع العام الجاري إسقاط 11 طائرة مسيّرة»: a tally
            if GOT_THROUGH.search(text, words[at].end, sentences[clause.sentence][1]) or SOME_DOWNED.match(text, words[at].end):
                continue  # some got through: the downing is part of the attack's report
            span = _trim(doc, clause.start, clause.end)
            if span is None:
                continue
            named = [e.iri for e in in_clause if e.kind == "place" and e.cls != "Country"]
            bases = [iri for iri in named if self._is_base(iri)]
            places = [iri for iri in named if iri not in bases]
            # «وقال المسؤول إن المسيّرة أُسقطت...»: the same interception again, unless at another base.
            # ... but «أسقطت قوات حرس الحدود طائرة مسيّرة محمّلة بالمخدرات»: a drone not told before,
            # and no attacking one.
            # ... nor one a base's air defences downed as it hovered near the base («أسقطت الدفاعات
            # الجوية طائرة مسيّرة كانت تحلّق قرب مطار أربيل»): what they down there is an attack.
            flying = ONLY_FLYING.search(text, words[at].end, clause.end) if means in ("DroneAttack", None) else None
            only_flying = (
                flying is not None and "معاديه" not in text[clause.start : clause.end]
                and not (flying["hovering"] and defences and bases)
            )
            another = only_flying and bool(INDEFINITE_CRAFT.match(text, words[at].end))
            # «رصدت الدفاعات طائرة مسيّرة ثانية تقترب من الحقل وأسقطتها»: not the attack told before.
            second = SECOND_CRAFT.search(text, clause.start, clause.end) is not None
            date_, earliest, latest = _when(self._time(clause, times, sentences))
            done = None if another or second else next(
                (
                    e for e in events
                    if e.cls == "Interception" and e.in_response_to and _downs(events[e.in_response_to[0]], means)
                    and not (bases and set(e.locations).isdisjoint(bases))
                    and (date_ is None or e.date is None or e.date == date_)  # «قد أسقطت ليل الاثنين» another night
                ),
                None,
            )
            interceptors = self._interceptors(doc, clause, words, at, in_clause, sentences)
            # «... وأسقطتهما قبل وصولهما إلى أهدافهما، دون وقوع خسائر بشرية»: the attack harmed no one;
            # so does a sentence of no attack of its own opening with it right after («... وأسقطتها. لا إصابات»).
            none = next(_no_casualties(text, clause.start, sentences[clause.sentence][1]), None)
            if none is None and clause.sentence + 1 < len(sentences) and clause.sentence + 1 not in owned:
                after = sentences[clause.sentence + 1]
                none = next(_no_casualties(text, after[0], min(after[1], after[0] + OPENING)), None)
            if done is not None:
                _add(done.evidence, span)
                for iri in interceptors:
                    _add(done.interceptors, iri)
                _unharmed(doc, events[done.in_response_to[0]], none)  # «وذكر ... أن الطائرتين أُسقطتا، من دون ...»
                continue
            k = None if second else self._intercepted(events, origin, clause, means, date_, bases)
            # «بعد نحو أسبوعين من إسقاط الدفاعات مسيّرتين كانتا متجهتين نحو مطار أربيل»: not the
            # attack on the gas field just told, but one on the base the clause names, or on the
            # place the craft was headed for («قبل وصولها إلى حقل خورمالة»).
            aimed_at = bases or [e.iri for e in in_clause if e.iri in places and HEADED_FOR.search(text, max(clause.start, e.nstart - 30), e.nstart)]
            if k is not None and aimed_at and not set(aimed_at) & set(events[k].targets + events[k].locations) and self._specific(events[k].targets + events[k].locations):
                k = None
            if (k is None or _undated(events[k])) and date_ is None and earliest is None:
                # «أفاد الجهاز، فجر اليوم الأحد، بأن الدفاعات أسقطت طائرة مسيّرة»: the day of the report
                # (the downed attack's too, when no day of its own is told).
                date_ = _reported_day(text, statements, sentences[clause.sentence][0], words[at].start)
            if only_flying and (k is None or another):
                # «أسقطت مقاتلة طائرة مسيّرة تركية كانت تحلّق قرب موقع»: a drone flying, not attacking.
                interception = Event(cls="Interception", evidence=[span], interceptors=interceptors)
                interception.date, interception.earliest, interception.latest = date_, earliest, latest
                interception.locations = list(bases or places)
                events.append(interception)
                origin.append([])
                continue
            told_before = self._craft_told_before(doc, clause, sentences, owned) if k is None and means is None and words[at].text.endswith(OBJECT_PRONOUNS) else None
            if told_before is not None:
                # «اقتربت طائرة مسيّرة من مطار أربيل ... لكن الدفاعات أسقطتها»: the attack is the craft's
                # approach, told in the sentence naming it.
                means, told_at = told_before
                if (when := self._time(Clause(*sentences[told_at], told_at, "main"), times, sentences)) is not None:
                    date_, earliest, latest = _when(when)
            if k is None:
                if date_ is None and earliest is None and MOMENTS_AFTER.search(text, sentences[clause.sentence][0], words[at].start):
                    # «وبعد قرابة ساعة من الهجوم الأول، رصدت الدفاعات طائرة مسيّرة ثانية ... وأسقطتها»
                    told = _last_told_before(events, origin, clause.start, lambda e: e.date)
                    date_ = told.date if told is not None else None
                approach = _trim(doc, *sentences[told_before[1]]) if told_before is not None else None
                attack = Event(cls=means or "Attack", evidence=[approach or span], date=date_, earliest=earliest, latest=latest)
                attack.targets, attack.locations = list(bases), list(places)
                events.append(attack)
                origin.append([])
                k = len(events) - 1
            ev = events[k]
            body = [c for c in origin[k] if not c.title]
            if origin[k] and (not body or _told_at(body) > clause.start):
                # «الهجوم على مطار أربيل» told after the drones downed: they tell the attack too (a
                # headline before them aside).
                _add(ev.evidence, span)
                if ev.cls == "Attack" and means:
                    ev.cls = means
                if _undated(ev):
                    ev.date, ev.earliest, ev.latest = date_, earliest, latest
            if not interceptors and defences and (
                BASE_DEFENCES.search(text, clause.start, clause.end) or not OWNED_DEFENCES.search(text, clause.start, clause.end)
            ):
                interceptors = self._garrison(text, ev, origin[k], clause, sentences, bases)
            if none is None and clause.sentence + 1 < len(sentences) and clause.sentence + 1 not in owned:
                # «... أسقطتها قبل أن تصل إلى المطار. سقطت قطع منها في أرض فارغة، ولم يُصب أحد بأذى»:
                # later in the next sentence too, if it names no other place («أما في حقل العمر، فقد
                # أكد مصدر ... من دون إصابات» is of another attack).
                after = sentences[clause.sentence + 1]
                its_places = set(ev.targets + ev.locations)
                if not any(e.kind == "place" and e.iri not in its_places and after[0] <= e.nstart < after[1] for e in doc.entities):
                    none = next(_no_casualties(text, after[0], after[1]), None)
            _unharmed(doc, ev, none)
            interception = Event(cls="Interception", evidence=[span], in_response_to=[k], interceptors=interceptors)
            if date_ or earliest:
                interception.date, interception.earliest, interception.latest = date_, earliest, latest
            else:
                interception.date, interception.earliest, interception.latest = ev.date, ev.earliest, ev.latest
            # Where the defences stood: the base named, else the base the attack targeted, else the places.
            attacked_bases = [t for t in ev.targets if self._is_base(t)]
            interception.locations = list(bases or attacked_bases or places or ev.locations)
            events.append(interception)
            origin.append([])

    @staticmethod
    def _craft_told_before(
        doc: Document, clause: Clause, sentences: list[tuple[int, int]], owned: set[int]
    ) -> tuple[str, int] | None:
        """The craft a downing names by a pronoun: its means and the sentence that told it, the
        last one of its paragraph before the clause naming a drone or rocket of no attack told
        («اقتربت طائرة مسيّرة ... الطائرة المسيّرة هي طائرة صغيرة ... لكن الدفاعات أسقطتها»)."""
        text = doc.norm.text
        for k in range(clause.sentence - 1, max(-1, clause.sentence - 4), -1):
            s_start, s_end = sentences[k]
            if "\n" in text[s_end : clause.start].strip() or k in owned:
                return None  # another paragraph, or an attack's sentence (its downing is told already)
            for word in text[s_start:s_end].split():
                if not word.startswith("ال") and MEANS.get(word) in ("DroneAttack", "RocketAttack"):
                    return MEANS[word], k
        return None

    def _interceptors(
        self,
        doc: Document,
        clause: Clause,
        words: list[Token],
        at: int,
        in_clause: list[EntityMention],
        sentences: list[tuple[int, int]],
    ) -> list[str]:
        """Whose air defences or forces did the downing.

        «الدفاعات الجوية للتحالف», «منظومة الدفاع الجوي التابعة للقوات الأمريكية»: the defences'
        owner; «أسقطت القوات الأمريكية», «القوات الأمريكية أسقطت»: the verb's subject; «أعلن
        التحالف أن قواته أسقطت»: the forces' owner, the one announcing.
        """
        text = doc.norm.text
        verb = words[at]
        found: list[str] = []
        for e in in_clause:
            if e.kind != "actor" or e.cls not in ("StateForce", "ArmedGroup"):
                continue
            before = text[max(clause.start, e.nstart - 40) : e.nstart].split()
            owner = any(any(s in AIR_DEFENCE for s, _ in stems(w)) for w in before[-4:])
            if e.nend <= verb.start:  # «القوات الأمريكية (قد) أسقطت», «القوات الأمريكية تمكنت من إسقاط»
                subject = len(text[e.nend : verb.start].split()) <= 1 or bool(MANAGED_TO.fullmatch(text, e.nend, verb.start))
            else:  # «أسقطت القوات الأمريكية», «أسقطت طائرات سلاح الجو الملكي الأردني»
                between = text[verb.end : e.nstart].split()
                subject = all(w in _INTERCEPTING_CRAFT for w in between) and verb.text.lstrip("وف") in _DOWNING_VERBS
            if owner or subject:
                _add(found, _country_forces(e.iri))
        if not found and (national := NATIONAL_DEFENCES.search(text, clause.start, clause.end)):
            forces = national_forces(national.group(1))  # «الدفاعات الجوية الأميركية»: the nation's forces
            if forces in self.gazetteer.entries:
                found.append(forces)
        if not found and (ours := OUR_FORCES.search(text, clause.start, verb.start)):
            # («زعم البنتاغون أن قواته أسقطت»: a defence ministry's forces are its state's)
            speaker = _last_speaker(doc, sentences[clause.sentence][0], ours.start(), ("StateForce", "ArmedGroup", "Organization"))
            found += [f for s in speaker if (f := self._forces_of(s) if _is_organization(doc, s) else s)]
        paragraph = text.rfind("\n", 0, verb.start) + 1  # «القوات المسلحة الأردنية – الجيش العربي، بأن»: past a dash
        if not found and (ours := OUR_OWN_FORCES.search(text, clause.start, clause.end)):
            # «قال الجيش الإسرائيلي في بيان:» over «"اعترضت قواتنا الجوية طائرة مسيّرة"»: the speaker's own.
            told_from = text.rfind("\n", 0, paragraph - 1) + 1 if text[:paragraph].rstrip().endswith(":") else sentences[clause.sentence][0]
            found += _last_speaker(doc, told_from, min(ours.start(), verb.start), ("StateForce", "ArmedGroup"))
        if (
            not found
            and (unit := _unit_subject(doc, paragraph, verb))
            and not (DEFENCE_UNIT.search(unit.group()) and (any(e.cls == "Base" for e in in_clause) or "قاعده" in text[unit.end() : verb.start]))
        ):
            # A unit without its nation is a state's; «الدفاعات الجوية في القاعدة» are the garrison's,
            # whoever speaks of them, and so are a group's source's.
            found += _last_speaker(doc, paragraph, unit.start(), ("StateForce",))
        for command in [a for a in found if a in US_COMMANDS]:
            for force in self._commanded(command):
                _add(found, force)  # «أعلنت "سنتكوم" أن قواتها أسقطت»: a command downs with the US forces it commands
        return [a for a in found if self.gazetteer.entries.get(a) is None or self.gazetteer.entries[a].kind == "actor"]

    def _garrison(
        self,
        text: str,
        attack: Event,
        reports: list[Candidate],
        clause: Clause,
        sentences: list[tuple[int, int]],
        bases: list[str],
    ) -> list[str]:
        """Whose are the defences of the base attacked, named by no one («المضادات الأرضية في القاعدة
        تصدت للطائرتين», «وأسقطتها الدفاعات الجوية قبل وصولها»): the nation of «القاعدة الأمريكية»
        (or «قاعدة التحالف») in the attack's report, else those holding (``ck:heldBy``) the base the
        interception names or the attack targeted (or the forces of theirs it was aimed at), else
        the forces it was aimed at."""
        entries = self.gazetteer.entries
        first = min(reports, key=lambda c: c.clause.start).clause.sentence if reports else clause.sentence
        if held := NATIONAL_BASE.search(text, sentences[first][0], clause.end):
            forces = COALITION if held.group(1) == "تحالف" else national_forces(held.group(1))
            return [forces] if forces in entries else []
        aimed_at = [t for t in attack.targets if (entry := entries.get(t)) is not None and entry.cls in ("StateForce", "ArmedGroup")]
        attacked = bases or [t for t in attack.targets + attack.locations if self._is_base(t)]
        holders = set(a for b in attacked for a in entries[b].held_by)
        if not holders:
            return aimed_at
        # «قاعدة خراب الجير التي يستخدمها التحالف الدولي»: the holders' own forces the attack aimed at.
        return [t for t in aimed_at if self.gazetteer.affiliations(t) & holders] or sorted(holders)

    def _intercepted(
        self,
        events: list[Event],
        origin: list[list[Candidate]],
        clause: Clause,
        means: str | None,
        day: date | None = None,
        bases: list[str] | None = None,
    ) -> int | None:
        """The attack an interception in this clause downed: the latest reported before it by those
        means, and not on another day than the one the interception is told on; the latest on the
        base the interception names, if one is, else the first on that base told after it only by
        reference («الهجوم على مطار أربيل»), else the latest around that base."""
        best = on_base = at_base = later = None
        # The bases and the regions holding them («قاعدة الاحتلال الأمريكي في حرير بمحافظة أربيل»).
        entries = self.gazetteer.entries
        named = set(bases or ())
        around = named | {a for b in named for a in self.gazetteer.ancestors(b) if (e := entries.get(a)) is not None and e.cls == "Region"}
        for k, ev in enumerate(events):
            if not origin[k] or not _downs(ev, means) or (day is not None and ev.date is not None and ev.date != day):
                continue
            if day is not None and _undated(ev) and all(c.definite and c.clause.sentence < clause.sentence for c in origin[k]):
                continue  # «إن الهجوم الذي أودى بحياة الجنود ...»: an attack told before, spoken of again, not that day's
            first = _told_at(origin[k])
            if first <= clause.start:
                best = k
                if around & set(ev.targets + ev.locations):
                    on_base = k
                if named & set(ev.targets):
                    at_base = k
            elif later is None and named & set(ev.targets) and all((c.definite or c.claimed_by) and c.time is None for c in origin[k]):
                # «تتبنى الهجوم على "قاعدة الاحتلال في مطار أربيل"» after the downing: the attack
                # downed, told only later and by reference, or claimed with no day of its own
                # («وفي وقت لاحق، تبنّت "المقاومة" "استهداف قاعدة ... في مطار أربيل بثلاث طائرات مسيّرة"»).
                later = k
        return next((k for k in (at_base, later, on_base) if k is not None), best)

    def _retaliation(self, doc: Document, events: list[Event], origin: list[list[Candidate]], candidates: list[Candidate]) -> None:
        text = doc.norm.text
        index = _event_of(origin)
        for k, cands in enumerate(origin):
            ev = events[k]
            for cand in cands:
                clause = cand.clause
                if clause.kind == "response":
                    continue
                # The response clause right after this one in the same sentence names what it answers.
                following = [
                    c for c in candidates if c.clause.sentence == clause.sentence and c.clause.kind == "response" and c.clause.start >= clause.end
                ]
                if following and re.match(
                    r"\s*[،,]?\s*(?:وذلك\s+)?(?:[وف]?(?:جاءت|جاء)\s+)?[\"'“”«»]?(?:[وف]?(?:في|من)\s+)?(?:ردا|(?:اول\s+)?(?:ال)?رد\s|ثارا|انتقاما)",
                    text[clause.end : following[0].clause.start + 16],
                ):
                    j = index.get(id(following[0]))  # None: a reference to nothing reported, dropped
                    if j is not None and j != k:
                        _add(ev.in_response_to, j)
                    continue
                # «ورداً على قصف الأحياء السكنية، استهدف الجيش ...»: the response clause fronted, right before.
                fronted = [
                    c for c in candidates
                    if c.clause.sentence == clause.sentence and c.clause.kind == "response" and c.clause.end <= clause.start
                    and not text[c.clause.end : clause.start].strip(" ،,")
                ]
                if fronted and (j := index.get(id(fronted[-1]))) is not None and j != k:
                    _add(ev.in_response_to, j)
                    continue
                prefix = text[max(0, clause.start - 40) : clause.end]
                if RESPONSE.search(text[clause.start : clause.end]) or cand.responds or re.search(r"الرد\s+\S*\s*علي\s+(?:الهجوم|الهجمات|الغارات|الضربات)", prefix):
                    side = self._attacker_side(ev)
                    for j in range(k - 1, -1, -1):
                        other_side = self._attacker_side(events[j])
                        if side and other_side and other_side != side:
                            _add(ev.in_response_to, j)
                            break


def _unharmed(doc: Document, attack: Event, none: re.Match[str] | None) -> None:
    """No one harmed by an attack with no figure yet, if ``none`` says so."""
    if none is not None and not attack.claims:
        zero = doc.span(none.start(), none.end())
        attack.claims += [CasualtyClaim(0, "Killed", zero), CasualtyClaim(0, "Wounded", zero)]


def _not_intercepted(before: str, verb: str) -> bool:
    """Do the words before a downing verb make it failed, negated or only possible?

    «قد» with a present verb is a possibility («قد تعترض»); with a past one it affirms
    («وكانت الدفاعات قد أسقطت»).
    """
    return bool(NOT_INTERCEPTED.search(before) or (MAY.search(before) and verb.startswith(("ت", "ي"))))


def _downs(attack: Event, means: str | None) -> bool:
    """Could an interception of ``means`` (drones, rockets; None: not named) have downed this attack?"""
    return attack.cls != "Interception" and (means is None or attack.cls in (means, "Attack"))


def _attackers_carried_over(text: str, candidates: list[Candidate]) -> None:
    """«أعلنت "المقاومة" أنها استهدفت مساء أمس قاعدة حقل العمر ...، وأنها استهدفت فجر اليوم قاعدة
    الشدادي»: the attack told in the second «وأنها» is the speaker's too."""
    for prev, cand in pairwise(candidates):
        if cand.attackers:
            continue
        if _the_same_noun_again(text, prev, cand):
            # «تدين الضربات الأمريكية ... وقال الناطق إن الضربات أسفرت عن مقتل منتسب»: those strikes.
            cand.attackers.extend(prev.attackers)
            continue
        if cand.clause.sentence != prev.clause.sentence:
            if GOES_ON.match(text, cand.clause.start) and THE_FIGHTERS.search(text, cand.clause.start, cand.trigger):
                cand.attackers.extend(prev.attackers)  # «وأضاف البيان أن المجاهدين عادوا ظهراً فاستهدفوا»
                cand.claimed_by.extend(prev.claimed_by)
            continue
        said = SAID_IT_DID.match(text, cand.clause.start)
        if AND_THAT_IT_DID.match(text, cand.clause.start) or said or BEFORE_THEY_DID.match(text, cand.clause.start):
            # («وقال في البيان نفسه إنه أطلق ... صواريخ»: the speaker of the attack just told goes on)
            cand.attackers.extend(prev.attackers)
            cand.claimed_by.extend(prev.claimed_by)
            if said and cand.time is not None and SAME_DAY.search(cand.time.text):
                cand.separate = True  # «... إنه أطلق في الليلة ذاتها صواريخ على إدلب»: another attack of that night
        elif LISTED_BESIDES.match(text, cand.clause.start):
            # «إذ سبقه استهداف عجلة بطائرة مسيّرة تركية، فضلاً عن القصف الذي طال مخيم مخمور»: one more of
            # the same hands' attacks, listed (a state's drones strike from the air).
            cand.attackers.extend(prev.attackers)
            if _a_states_drone(cand):
                cand.cls = "Airstrike"


def _the_same_noun_again(text: str, prev: Candidate, cand: Candidate) -> bool:
    """Is ``cand`` the definite noun of ``prev`` («الضربات») said again in the next sentence of its paragraph?"""
    if not (prev.definite and cand.definite and prev.attackers) or cand.responds or cand.clause.sentence != prev.clause.sentence + 1:
        return False
    if "\n" in text[prev.clause.end : cand.clause.start]:
        return False
    return _word_at_offset(text, prev.trigger) == _word_at_offset(text, cand.trigger)


def _a_states_drone(cand: Candidate) -> bool:
    """Is the candidate a drone of a state's forces (an air strike, not a one-way attack drone)?"""
    return cand.cls == "DroneAttack" and _of_a_state(cand.attackers)


def _of_a_state(attackers: list[str]) -> bool:
    """Are any of these attackers a state's forces, which strike from the air?"""
    return any(a in STATE_AIR_FORCES for a in attackers)


# «، فضلاً عن», «، إضافة إلى»: one more of a list.
LISTED_BESIDES = gated(r"[\s\"'“«]*[وف]?(?:فضلا\s+عن|اضافه\s+الي|بالاضافه\s+الي|علاوه\s+علي)\s")


def _last_told_before(events: list[Event], origin: list[list[Candidate]], at: int, having: Callable[[Event], object]) -> Event | None:
    """The last event told before offset ``at`` that has something (a day, an attacker)."""
    before = [e for e, reports in zip(events, origin) if having(e) and reports and _told_at(reports) < at]
    return before[-1] if before else None


# The wounded or the dead brought in: «وصل الساعة 21:40 بسيارة إسعاف», «نُقل إلى المشفى», «أُسعف».
ARRIVED = gated(WORD_BEGIN + r"[وف]?(?:وصل|وصلت|وصلوا|نقل|نقلت|نقلوا|اسعف|اسعفت|اسعفوا|ادخل|ادخلت|ادخلوا)(?=\s)")


def _day_of_what_followed(text: str, start: int, after: int, times: list[TimeExpr]) -> TimeExpr | None:
    """The day named right before the «بعد» opening an attack's clause at ``after``, when the words
    of the sentence before it (from ``start``) tell what the attack caused, not another attack nor
    an answer: «خرج البرج عن الخدمة في الثالث من آب الماضي، بعد غارة نفّذتها طائرة مسيّرة», but not
    «ردّت القوات الأمريكية أمس بعد أن تعرضت القاعدة لهجوم»."""
    if ATTACK_WORD_RE.search(text, start, after) or ANSWERED.search(text, start, after):
        return None
    if ARRIVED.search(text, start, after):
        # «وصل الساعة 21:40 مساء الاثنين بسيارة إسعاف، بعد انفجار عبوة ناسفة»: the day the wounded came in.
        return _last_dated(times, start, after)
    return _day_right_before(text, times, after)


def _announced_on(text: str, statements: list[TimeExpr], trigger: int) -> TimeExpr | None:
    """The day an operation is announced on, right before the noun naming it: «أعلنت المقاومة،
    فجر اليوم الأربعاء، استهداف قاعدة حرير» tells that morning's attack."""
    if not any(s in MASDAR for s, _ in stems(text[trigger:].split(None, 1)[0])):
        return None
    return _day_right_before(text, statements, trigger)


def _last_dated(times: list[TimeExpr], start: int, end: int) -> TimeExpr | None:
    """The last time expression with a day between offsets ``start`` and ``end``."""
    return next((t for t in reversed(times) if t.date is not None and start <= t.start and t.end <= end), None)


def _day_right_before(text: str, times: list[TimeExpr], at: int) -> TimeExpr | None:
    """The dated time expression ending right before ``at`` (only spaces and commas between)."""
    return next((t for t in times if t.date is not None and t.end <= at and not text[t.end : at].strip(" ،,")), None)


def _the_day_before(text: str, start: int, trigger: int, time: TimeExpr | None) -> TimeExpr | None:
    """The day before the clause's day when that day is told before «غداة» and the attack word at
    ``trigger`` comes right after it («عين الأسد، 5 كانون الثاني: عربات عند المدخل، غداة هجوم
    بطائرتين مسيّرتين على القاعدة»); else ``time`` itself."""
    eve = THE_MORNING_AFTER.search(text, start, trigger)
    if time is None or time.date is None or eve is None or time.end > eve.start():
        return time
    day = time.date - timedelta(days=1)
    return TimeExpr(eve.start(), eve.end(), day, day, day, time.relative, eve.group())


# «لكن المرصد السوري أفاد بأن الهجوم نُفّذ», «غير أن مصدراً قال إن الضربة»: another source telling the
# attack told before its own way.
OTHER_ACCOUNT = gated(
    r"[\s\"«“]*(?:لكن|ولكن|غير\s+ان|بينما|في\s+حين|فيما)\s+(?:\S+\s+){1,6}?(?:افاد|افادت|قال|قالت|ذكر|ذكرت|اكد|اكدت|اشار|اشارت)"
    r"\s+(?:\S+\s+){0,3}?(?:بان|ان)\s+(?:ال)(?:هجوم|ضربه|غاره|قصف|استهداف)(?=\s)"
)
# «قبل يومين من وصول الرئيس ... اليوم الأربعاء»: days before what came on the day named after it.
DAYS_BEFORE_WHAT_CAME = gated(WORD_BEGIN + r"قبل\s+(?:(?P<n>\d+|ثلاثه|اربعه|خمسه)\s+ايام|(?P<two>يومين)|(?P<one>يوم))\s+من\s+\S+")


def _days_before_what_came(text: str, clause: Clause, trigger: int, time: TimeExpr | None) -> TimeExpr | None:
    """The day of an attack told «قبل يومين من وصول الرئيس الإيراني اليوم الأربعاء»: the day named
    after the phrase, less the days it counts; else ``time`` itself."""
    if time is None or time.date is None:
        return time
    m = DAYS_BEFORE_WHAT_CAME.search(text, trigger, time.start)
    if m is None or not clause.holds(m.start()):
        return time
    days = 1 if m.group("one") else 2 if m.group("two") else parse_number(m.group("n"))
    if days is None:
        return time
    day = time.date - timedelta(days=days)
    return TimeExpr(m.start(), time.end, day, day, day, time.relative, text[m.start() : time.end])


def _moments_after(events: list[Event], origin: list[list[Candidate]]) -> None:
    """«وبعد دقائق استهدفت طائرة حربية الشاحنة»: an undated strike on the day of the attack told just before."""
    for k, ev in enumerate(events):
        if (
            not (ev.date or ev.earliest) and any(c.moments_after for c in origin[k])
            and (told := _last_told_before(events, origin, _told_at(origin[k]), lambda e: e.date)) is not None
        ):
            ev.date = told.date


# «عادوا ظهراً فاستهدفوا», «قبل أن يدكّوا عند الغروب»: an hour of the day alone, naming no day.
HOUR_ALONE = gated(
    WORD_BEGIN + r"(?:ظهرا|عصرا|ليلا|فجرا|صباحا|عند\s+(?:الغروب|المغرب|الفجر|الظهر|العصر|منتصف\s+الليل))(?=[\s،,.]|$)"
)


def _later_that_day(text: str, events: list[Event], origin: list[list[Candidate]]) -> None:
    """«استهدفوا صباح اليوم قاعدة كونيكو»، then «وأضاف البيان أن المجاهدين عادوا ظهراً فاستهدفوا قاعدة
    الشدادي، قبل أن يدكّوا عند الغروب قاعدة عين الأسد»: an attack told at an hour alone, in the sentence
    of a dated attack or in the statement going on from it, is of that attack's day."""
    for k, ev in enumerate(events):
        if ev.date or ev.earliest:
            continue
        at = _told_at(origin[k])
        told = _last_told_before(events, origin, at, lambda e: e.date)
        if told is None:
            continue
        told_in = {c.clause.sentence for c in origin[next(j for j, e in enumerate(events) if e is told)]}
        for c in origin[k]:
            going_on = c.clause.sentence in told_in or c.clause.sentence - 1 in told_in and GOES_ON.match(text, c.clause.start)
            if going_on and HOUR_ALONE.search(text, c.clause.start, c.clause.end):
                ev.date = told.date
                break


# «عبوة ناسفة ثانية زرعتها العصابات ذاتها», «هاجمت الخلية نفسها»: the group told before.
SAME_GROUP = gated(
    WORD_BEGIN + r"(?:ال)?(?:عصابات|عصابه|خلايا|خليه|جماعه|جماعات|تنظيم|ميليشيات|ميليشيا|فصايل|فصيل|مجموعه|مجموعات|جهه|مسلحين|مسلحون)"
    r"\s+(?:ذاتها|نفسها|ذاته|نفسه|ذاتهم|نفسهم|انفسهم)(?=[\s،,.]|$)"
)


def _same_group(text: str, events: list[Event], origin: list[list[Candidate]]) -> None:
    """An attack without an attacker told as by «the same» group has the attacker of the attack before it."""
    for k, ev in enumerate(events):
        if ev.attackers or not any(SAME_GROUP.search(text, c.clause.start, c.clause.end) for c in origin[k]):
            continue
        if (told := _last_told_before(events, origin, _told_at(origin[k]), lambda e: e.attackers)) is not None:
            ev.attackers = list(told.attackers)


def _day_of_the_report(text: str, statements: list[TimeExpr], sentences: list[tuple[int, int]], events: list[Event], origin: list[list[Candidate]]) -> None:
    """«أفاد مصدر أمني، اليوم الأحد، بسقوط صواريخ على القاعدة»: an attack told with no day of its own,
    in a sentence naming the day of its report before it, is of that day. (A day the clause names is
    its own: «... بسقوط صواريخ ليل الاثنين».)"""
    for ev, reports in zip(events, origin, strict=True):
        if not _undated(ev):
            continue
        days = {
            day
            for c in reports
            if c.clause.kind == "main" and not (c.title or c.earlier)
            and (day := _reported_day(text, statements, sentences[c.clause.sentence][0], c.trigger)) is not None
        }
        if len(days) == 1:
            ev.date = days.pop()


def _reported_day(text: str, statements: list[TimeExpr], start: int, end: int) -> date | None:
    """The one day, if one, on which a source between ``start`` and ``end`` reported the news, told
    from the report's day and set off by commas: «أفاد مصدر أمني، اليوم الأحد، بسقوط صواريخ»,
    «أعلنت الخلية، مساء أمس السبت، تعرّض القاعدة لقصف». News of the day tells an attack of the
    day; not so a statement's day («في بيان الأحد»), a source relaying («نقلت السبت عن مصادر»)
    or a whole date («نقلت السبت، 25 مارس 2023، عن مصادر»: maybe of the night before)."""
    days = {
        t.date
        for t in statements
        if t.relative and t.date is not None and start <= t.start < end and text[start : t.start].rstrip().endswith(("،", ","))
    }
    return days.pop() if len(days) == 1 else None


# The answer that comes at once: the attack's own launcher struck («منصة الإطلاق», not «منصة إطلاق»:
# maybe another), «رد فوري».
AT_ONCE = gated(
    WORD_BEGIN + r"(?:(?:ال)?منص(?:ه|ات|تي)\s+الاطلاق|(?:التي|الذي)\s+(?:اطلق|اطلقت|انطلق|انطلقت)\s+منها"
    r"|(?:في\s+)?(?:رد|ردا)\s+(?:فوري|فوريا|مباشر|مباشرا))(?=[\s،,.]|$)"
)


def _dates_after(doc: Document, events: list[Event], origin: list[list[Candidate]], candidates: list[Candidate]) -> None:
    """Bound the date of an undated attack by what it followed or answered, and the report.

    An attack reported after («دمرت قاذفة بعد هجوم صاروخي») or in response to an attack
    of day D happened on D or later, and on the publication day or earlier: between the
    two, and on D itself when the article is from that day. Only a publication date from
    the metadata bounds it (one read from the text may be a later day's).
    """
    if doc.published is None or doc.published_inferred:
        return
    index = _event_of(origin)
    for k, ev in enumerate(events):
        if not _undated(ev):
            continue
        mains = [c.clause for c in origin[k] if c.clause.kind == "main"]
        followed = {
            index[id(c)]
            for c in candidates
            if id(c) in index and c.clause.kind in ("after", "response") and any(c.clause.sentence == m.sentence for m in mains)
        }
        before = [events[j].date for j in followed | set(ev.in_response_to) if j != k]
        days = [d for d in before if d is not None and d <= doc.published]
        if not days:
            continue
        earliest = max(days)
        # «دمّرت طائرة أمريكية منصة الإطلاق رداً على الهجوم», «في رد فوري»: struck at once, that day.
        # (the answer's own words may open the clause after: «قصفت، في رد فوري على الهجوم، ...»)
        at_once = any(AT_ONCE.search(doc.norm.text, c.clause.start, c.clause.end + 20) for c in origin[k])
        if earliest == doc.published or at_once:
            ev.date = earliest
        else:
            ev.earliest, ev.latest = earliest, doc.published


# A clock time heading an entry of a live page: «09:40» alone on its line, or opening the entry
# («🔻 الساعة ٠٦:١٥ – صلية صواريخ على ...»), maybe after the entry's number («البلاغ 1 | 00:35 | إصابات حرب»).
TIMESTAMP_LINE = gated(
    r"^[ \t]*(?:[^\w\s]{1,3}[ \t]*)?(?:[^\W\d]+[ \t]+\d{1,3}[ \t]*[|–—-][ \t]*)?(?:الساعه[ \t]+)?\d{1,2}[:.]\d{2}(?:[ \t]*$|[ \t]+[-–—:|])",
    re.MULTILINE,
)


def _live_blog_days(doc: Document, times: list[TimeExpr], events: list[Event], origin: list[list[Candidate]]) -> None:
    """An undated attack in an entry of a live blog happened on the day of the coverage.

    A page of entries each headed by a clock time («09:40», «14:20») covers one day, the
    publication day: «عاجل: سقوط صاروخي كاتيوشا داخل قاعدة عين الأسد» under «09:40» is of
    that day. It takes at least two such entries, and a publication date from the metadata;
    without one, the day the lead names before the first entry («حصاد عمليات ... ليوم
    الثلاثاء ٢١ تشرين الثاني»: the page may be published the day after).
    """
    stamps = [m.start() for m in TIMESTAMP_LINE.finditer(doc.norm.text)]
    if len(stamps) < 2:
        return
    day = doc.published if not doc.published_inferred else None
    if day is None:
        day = told.date if (told := _last_dated(times, 0, stamps[0])) else None
    if day is None:
        return
    for ev, reports in zip(events, origin):
        # (Told in an entry, if first in the page's headline: «مباشر | ضربة أمريكية في بغداد».)
        if _undated(ev) and any(r.clause.start >= stamps[0] for r in reports):
            ev.date = day


# «تاريخ الحادث ووقته: ليلة 15–16/01/2024»: a form's field giving the day of its incident.
INCIDENT_DAY_FIELD = gated(
    r"(?:^|\n)[ \t\-–—•*]*(?:تاريخ|يوم)\s+(?:ال)?(?:حادث|حادثه|واقعه|هجوم|استهداف|قصف|اصابه|انفجار)"
    r"(?:\s+(?:و(?:ال)?وقت(?:ه)?|و(?:ال)?ساعه))?[ \t]*:"
)


def _incident_day_field(text: str, times: list[TimeExpr], events: list[Event]) -> None:
    """A form telling one incident («استمارة إشعار بحادث») dates it in a field of its own, away from
    the account: the undated attacks of the form are of the day in its field (one day, if several)."""
    fields = [m.end() for m in INCIDENT_DAY_FIELD.finditer(text)]
    days = {t.date for t in times for f in fields if f <= t.start <= f + 8 and t.date is not None}
    if len(days) != 1:
        return
    day = days.pop()
    for ev in events:
        if _undated(ev):
            ev.date = day


# A day alone on its line, or opening it before a colon: «الاثنين ٤ كانون الأول:», «- 5/12/2023:».
# Before the day: bullets, and maybe the place of the section and a dash («■ أربيل – الاثنين ١٥ كانون الثاني»).
# A message's or a post's stamp may name the weekday before the date: «رسالة 7 | الأحد 4/2/2024 – 09:30 ص»;
# a record's field names what the date is: «تاريخ التصوير: 2024/02/07».
HEADING_BEFORE = gated(
    # («خالد – الرقة – 04/02/2024 – ★★★★★»: a review's author and place before its day)
    r"[ \t\-–—•*■▪●◆◾]*(?:(?:[^\s:]+[ \t]+){0,2}[^\s:]+[ \t]*[\-–—|:][ \t]*){0,2}"
    # «• «الصوامع» – الدرباسية، 25 كانون الأول 2023»: an entry's title, its place and its day
    r"(?:(?<=[\-–—|][ \t])(?:[^\s:،,]+[ \t]+){0,3}[^\s:،,]+[ \t]*[،,][ \t]*)?"
    rf"(?:(?:(?:صباح|مساء|فجر|ظهر|عصر|ليل|ليله)[ \t]+)?(?:{'|'.join(WEEKDAY_NAMES)})[ \t]*[،,]?[ \t]*)?$"
)
# «— الثلاثاء 6 أغسطس 2024 —»: a separator; «فراتي_حر | 05-08-2024، 09:48 مساءً»: a post's stamp.
# «تاريخ ووقت الحادث: مساء الخميس ٢٠٢٤/٦/١٣ – نحو الساعة ٢٢:٤٠»: a record's date field and its hour.
# «الأحد 14/04/2024 – المناوب: المهندس محمود الجاسم»: a log's day and who kept it.
HEADING_AFTER = gated(
    r"[ \t\-–—]*(?:[،,]?[ \t]*(?:" + _ABOUT + r"[ \t]+)?(?:(?:ال)?ساعه[ \t]+)?\d{1,2}:\d{2}(?:[ \t]*[^\s\d:]+)?[ \t]*)?(?::|$)"
    r"|[ \t]+[\-–—|][ \t]*(?:\S+[ \t]+)?\S+[ \t]*:[^\n:]{1,60}$"
    # «الأحد 8/9 – صلاح الدين: انفجرت عبوة ...»: a bulletin's day and the province, then the entry
    r"|[ \t]+[\-–—][ \t]*(?:[^\s:،,.]+[ \t]+){0,3}[^\s:،,.]+[ \t]*:(?=[ \t]*\S)"
    r"|[ \t]*[\-–—|][ \t]*[★☆⭐]+[ \t]*$",
    re.MULTILINE,
)
# A short line ending in a colon heads another section: «إحصائية الأسبوع:».
SECTION_LINE = gated(r"^[ \t]*(?:\S+[ \t]+){0,4}\S+[ \t]*:[ \t]*$", re.MULTILINE)


def _headings(text: str, times: list[TimeExpr]) -> list[tuple[int, TimeExpr | None]]:
    """The sections of a page of days: where each starts, and the day heading it (None for a
    section opened by a short line ending in a colon).

    A heading is a day alone on its line, or opening its line before a colon, or a message's,
    post's or record's stamp («رسالة 7 | الأحد 4/2/2024 – 09:30 ص», «تاريخ التصوير: 2024/02/07»),
    or the year opening an entry of a page of the day in years past («2023 – قُتل ...»);
    it takes two of them to make a page of days, and a heading holds until the next one or
    until a short line ending in a colon opens another section. A record's date field
    («تاريخ ووقت الحادث: مساء الخميس ٢٠٢٤/٦/١٣») holds over the record's other fields
    («وصف الحادث:», «الخسائر البشرية:») up to the next date.
    """
    headings = []
    fields = set()  # where the headings that are a record's date field are
    for t in times:
        if t.date is None:
            continue
        line_start = text.rfind("\n", 0, t.start) + 1
        if (head := HEADING_BEFORE.match(text, line_start, t.start)) and (HEADING_AFTER.match(text, t.end) or t.entry):
            headings.append(t)
            if ":" in head.group():
                fields.add(t.start)
    if len(headings) < 2:
        return []
    starts = [t.start for t in headings]
    heading_at: dict[int, TimeExpr | None] = {
        m.start(): None
        for m in SECTION_LINE.finditer(text)
        if (k := bisect_right(starts, m.start()) - 1) < 0 or starts[k] not in fields
    }
    heading_at.update((t.start, t) for t in headings)
    return sorted(heading_at.items(), key=lambda kv: kv[0])


def _heading_over(sections: list[tuple[int, TimeExpr | None]], at: int) -> TimeExpr | None:
    k = bisect_right(sections, at, key=lambda kv: kv[0]) - 1
    return sections[k][1] if k >= 0 else None


def _as_of_headings(sections: list[tuple[int, TimeExpr | None]], times: list[TimeExpr]) -> list[TimeExpr]:
    """The times, those under a heading counted from the report's day («فجر اليوم», «الليلة
    الماضية», «مساء الأربعاء») read as of the heading's day instead: a message, a post or a
    record tells its day by its stamp."""
    out = []
    for t in times:
        heading = _heading_over(sections, t.start)
        if heading is not None and heading.date is not None and t.start > heading.end and _of_the_report(t):
            t = _as_of(t, heading.date)
        out.append(t)
    return out


# «حينها», «آنذاك», «يومها», «في حينه»: as of a day past.
THEN = gated(WORD_BEGIN + r"[وف]?(?:حينها|حينذاك|انذاك|وقتها|يومها|في\s+حينه)(?=[\s،,.]|$)")


def _as_of_then(text: str, sentences: list[tuple[int, int]], times: list[TimeExpr]) -> list[TimeExpr]:
    """The times, a day counted back («قبل يوم», «قبل ثلاثة أيام») in a sentence told as of a day
    past («وأوضح البنتاغون حينها أن الضربات جاءت رداً على هجوم استهدف قبل يوم قاعدة عين الأسد»)
    read from that day, the last told before the sentence, instead of the report's."""
    out = []
    for t in times:
        if t.text.startswith("قبل") and _of_the_report(t):
            s_start, s_end = next(((a, b) for a, b in sentences if a <= t.start < b), (t.start, t.end))
            told = [d for d in times if d.end <= s_start and d.date is not None]
            if told and THEN.search(text, s_start, s_end):
                t = _as_of(t, told[-1].date)  # type: ignore[arg-type]
        out.append(t)
    return out


def _day_headings(sections: list[tuple[int, TimeExpr | None]], candidates: list[Candidate], specific: Callable[[list[str]], set[str]]) -> None:
    """An attack told under a day heading of a round-up or a timeline, with no day of its own,
    happened on that day.

    The day goes to the reports themselves, before coreference, so that attacks of different
    days are not merged; a report pointing back at an attack told before («رداً على هجوم
    كونيكو»), naming its places again («الضربات على القائم») or raising its toll («ارتفاع
    حصيلة الغارات إلى 23») is left alone. ``specific`` picks the specific places of a list.
    """
    seen: set[str] = set()  # the specific places of the attacks told so far
    other_day: set[int] = set()  # the headings under which an attack of another day was told
    for cand in candidates:
        places = specific(cand.targets + cand.locations)
        heading = _heading_over(sections, cand.clause.start)
        # «الضربات الأمريكية على القائم وعكاشات أسفرت عن 16 شهيداً» under the next day's message:
        # an attack told before, named again by its places; so is «في القصف» after «وفي اليوم
        # الموالي، قصفت «قسد» ...» under the day before's heading.
        told_again = cand.definite and (places & seen or id(heading) in other_day)
        if cand.time is None and not cand.reference and not cand.update and not told_again and cand.clause.kind == "main":
            cand.time = heading
        elif heading is not None and cand.time is not None and cand.time.date != heading.date:
            other_day.add(id(heading))
        seen |= places


def _of_the_report(t: TimeExpr) -> bool:
    """Is the day counted from the report's («اليوم», «أمس», «الليلة الماضية», «مساء الأربعاء»),
    with no month named?"""
    return t.relative and t.date is not None and not names_a_month(t.text)


def _as_of(t: TimeExpr, day: date) -> TimeExpr:
    """The time expression read as written on ``day`` (read alone, one pointing at a day told
    before, «الليلة نفسها», has none, and stays as it was)."""
    again = next((a for a in find_dates(t.text, day) if a.date is not None), None)
    return t if again is None else replace(t, date=again.date, earliest=again.earliest, latest=again.latest)


# -- helpers ------------------------------------------------------------------------------


def _parts_of_a_wave(events: list[Event], origin: list[list[Candidate]], text: str) -> None:
    """«وفي سوريا، أفاد المرصد بأن الضربات استهدفت...»: the strikes just reported, in another country.

    An event first told by a definite plural («الضربات», «الغارات»), or by a plural in a sentence
    opening with the other side of the border («وفي الجانب السوري، ... في غارات على مواقع»), naming
    no day of its own and no attacker but the wave's is part of the wave of strikes reported before
    it: it takes that wave's attacker, day and class.
    """
    for k in range(1, len(events)):
        ev, first = events[k], origin[k][0] if origin[k] else None
        if first is None or ev.date or ev.earliest:
            continue
        if not WAVE.match(text, first.trigger) and not (STRIKES.match(text, first.trigger) and OTHER_SIDE.match(text, first.clause.start)):
            continue
        wave = next(
            (
                events[j] for j in range(k - 1, -1, -1)
                if events[j].attackers and _compatible_class(events[j].cls, ev.cls) and set(ev.attackers) <= set(events[j].attackers)
            ),
            None,
        )
        if wave is None:
            continue
        ev.attackers = list(wave.attackers)
        ev.date, ev.earliest, ev.latest = wave.date, wave.earliest, wave.latest
        if ev.cls == "Attack":
            ev.cls = wave.cls


def _add(items: list[T], item: T) -> None:
    if item not in items:
        items.append(item)


def _after(t: TimeExpr, published: date | None) -> bool:
    return published is not None and t.date is not None and t.date > published


def _within(a: tuple[date | None, date | None, date | None], b: tuple[date | None, date | None, date | None], today: date | None) -> bool:
    """Is one of two times a day inside the other, a span of days up to the report's day («هذا
    الأسبوع» and «الأربعاء»)? A span past («الأسبوع الماضي») is another time than the days told."""
    (day, _, _), (_, earliest, latest) = (a, b) if a[0] is not None else (b, a)
    return None not in (day, earliest, latest, today) and earliest <= day <= latest and earliest <= today <= latest  # type: ignore[operator]


def _when(t: TimeExpr | None) -> tuple[date | None, date | None, date | None]:
    if t is None:
        return (None, None, None)
    if t.date is not None:
        return (t.date, None, None)
    return (None, t.earliest, t.latest)


PAST_PERIOD = gated(r"(الاسبوع|الشهر|العام|السنه)\s+(?:الماضي|الفايت|المنصرم|السابق)")


def _different_days(a: str, b: str) -> bool:
    """Do two unresolved time expressions («ليل الاثنين», «الخميس», «الأسبوع الفائت») name different days?"""
    days_a, days_b = weekdays_named(a), weekdays_named(b)
    past_a, past_b = PAST_PERIOD.search(a), PAST_PERIOD.search(b)
    if days_a and days_b:
        return not days_a & days_b
    if past_a and past_b:
        return past_a.group(1) != past_b.group(1)
    ago_a, ago_b = _days_ago(a), _days_ago(b)
    if ago_a is not None and ago_b is not None:
        return ago_a != ago_b  # «فجر اليوم» is not «مساء أمس الثلاثاء»
    return bool((past_a and days_b) or (past_b and days_a))


# Parts of the day in order, round the clock: dawn, morning, noon, afternoon, evening, night.
PARTS_OF_DAY = {"فجر": 0, "صباح": 1, "ظهر": 2, "ظهيره": 2, "عصر": 3, "مساء": 4, "ليل": 5, "ليله": 5}


def _across_a_night(t: TimeExpr | None, reports: list[Candidate]) -> bool:
    """Is a time the dawn after a night the reports tell, or that night before their dawn («قرابة
    الساعة 11:40 من ليل الأحد» and «فجر الاثنين»: one attack, two sources)?"""
    if t is None or t.date is None:
        return False
    part = _part_of_day(t)
    for r in reports:
        if r.time is None or r.time.date is None or (other := _part_of_day(r.time)) is None:
            continue
        if (r.time.date - t.date).days == 1 and (part, other) == (5, 0) or (t.date - r.time.date).days == 1 and (part, other) == (0, 5):
            return True
    return False


def _part_of_day(t: TimeExpr) -> int | None:
    return next((PARTS_OF_DAY[w] for w in [*t.text.split(), t.part_of_day or ""] if w in PARTS_OF_DAY), None)


def _hours_apart(a: TimeExpr, b: TimeExpr) -> bool:
    """Do two times name parts of the day not next to each other («ليلة أمس», «ظهر أمس»; «صباح
    الخميس 5 تشرين الأول» and «ليل الخميس-الجمعة»)?"""
    pa, pb = _part_of_day(a), _part_of_day(b)
    return pa is not None and pb is not None and min(abs(pa - pb), 6 - abs(pa - pb)) >= 2


DAYS_AGO = (
    (gated(WORD_BEGIN + r"اول\s+امس"), 2),
    (gated(WORD_BEGIN + r"امس(?!\S)"), 1),
    (gated(WORD_BEGIN + r"اليوم(?!\s+(?:التالي|نفسه|ذاته))(?!\S)"), 0),
)


def _days_ago(t: str) -> int | None:
    """How many days before the report «اليوم», «أمس» and «أول أمس» are (None for other times)."""
    return next((days for pattern, days in DAYS_AGO if pattern.search(t)), None)


STRIKES_FROM_AFAR = frozenset(("Airstrike", "DroneAttack", "RocketAttack", "ArtilleryShelling"))


def _other_victims(ev: Event, cand: Candidate) -> bool:
    """Do both name whom they hit, and none the same? «هجوم ... على نقطة حراسة لـ«قسد»» and
    «هجوماً على دورية للجيش السوري»: the same group's attacks on two foes."""
    ours = {t for t in ev.targets if t.startswith(ID + "actor/")}
    theirs = {t for t in cand.targets if t.startswith(ID + "actor/")}
    return bool(ours and theirs and not ours & theirs)


def _compatible_class(a: str, b: str) -> bool:
    # A state's drone strike is an airstrike: «الضربة الجوية» and «طائرة مسيرة أطلقت صواريخ» can be one.
    return a == b or "Attack" in (a, b) or {a, b} == {"Airstrike", "DroneAttack"}


# «نفّذ مجاهدو المقاومة الإسلامية في العراق العمليات الآتية:», «وإليكم الحصيلة:»: a group's list of its operations.
OPERATIONS_LEAD = gated(r"(?:(?:ال)?عمليات\s+(?:الاتيه|التاليه)|اليكم\s+(?:ال)?(?:حصيله|تفاصيل)(?:ها)?)\s*:")


def _listed_operations(
    doc: Document, events: list[Event], origin: list[list[Candidate]], candidates: list[Candidate], times: list[TimeExpr]
) -> None:
    """The attacks a group lists as its own operations are its own, of the day its lead names, and
    answer what its lead answers.

    «ورداً على هذا العدوان ... نفّذ مجاهدو المقاومة الإسلامية في العراق العمليات الآتية:» and the
    items below it, up to the next section («أخبار أخرى:»): an item naming no attacker is the
    group's, claimed by it, and answers the attack the lead answers.
    """
    text = doc.norm.text
    index = _event_of(origin)
    for lead in OPERATIONS_LEAD.finditer(text):
        line = text.rfind("\n", 0, lead.start()) + 1
        group = max(
            (e for e in doc.entities if e.kind == "actor" and e.cls == "ArmedGroup" and line <= e.nstart < lead.start()),
            key=lambda e: e.nstart,
            default=None,
        )
        if group is None:
            continue
        section = SECTION_LINE.search(text, lead.end())
        end = section.start() if section else len(text)
        answered = next(
            (index[id(c)] for c in candidates if c.clause.kind == "response" and line <= c.clause.start < lead.start() and id(c) in index),
            None,
        )
        # «نفّذ مجاهدو المقاومة ... يوم الأحد ٧ كانون الثاني ٢٠٢٤م العمليات الآتية:»: the day of them all.
        day = next((t.date for t in reversed(times) if line <= t.start < lead.start() and t.date is not None), None)
        for k, ev in enumerate(events):
            if ev.cls == "Interception" or not lead.end() <= _told_at(origin[k]) < end:
                continue
            if day is not None and ev.date is None and (ev.earliest is None or ev.earliest <= day <= (ev.latest or day)):
                ev.date, ev.earliest, ev.latest = day, None, None
            if ev.attackers:
                continue
            ev.attackers.append(group.iri)
            _add(ev.claimed_by, group.iri)
            if answered is not None and answered != k:
                _add(ev.in_response_to, answered)


def _undated(ev: Event) -> bool:
    """Has the event neither a day nor a span of days?"""
    return not (ev.date or ev.earliest or ev.latest)


def _told_at(reports: list[Candidate]) -> int:
    """Where an event is first told: the start of its earliest report's clause."""
    return min(c.clause.start for c in reports)


def _told_before(doc: Document, events: list[Event], origin: list[list[Candidate]], at: int) -> list[Event]:
    """The attacks told before normalised offset ``at``, the one told last (named last) last. An
    attack known only from its interception («أسقطت الدفاعات طائرة مسيّرة») is told where its
    interception is."""
    limit = doc.span(at, at + 1).start
    told = []
    for k, (ev, o) in enumerate(zip(events, origin, strict=True)):
        if ev.cls == "Interception":
            continue
        starts = [doc.span(c.clause.start, c.clause.start + 1).start for c in o] if o else [s.start for s in ev.evidence]
        if before := [s for s in starts if s < limit]:
            told.append((max(before), k))
    return [events[k] for _, k in sorted(told)]


def _event_of(origin: list[list[Candidate]]) -> dict[int, int]:
    """Which event each candidate went to: id(candidate) → event index."""
    return {id(c): k for k, cs in enumerate(origin) for c in cs}


def _launch_sites(reports: list[Candidate]) -> set[str]:
    """The places an event's reports say it was launched from."""
    return {p for r in reports for p in r.origins}


def _counted_claims(doc: Document, events: list[Event], origin: list[list[Candidate]]) -> None:
    """A claim of «الهجومين» claims the two attacks told before it, not only the one it joined:
    «وتبنّت "المقاومة الإسلامية في العراق" الهجومين»; and «الهجمات الثلاثة» the three."""
    text = doc.norm.text
    for cands in origin:
        for c in cands:
            if not c.claimed_by:
                continue
            n = _told_count(COUNTED_TOLD.match(text, c.trigger))
            if n is None:
                continue
            for ev in _told_before(doc, events, origin, c.clause.start)[-n:]:
                if ev.attackers and not set(ev.attackers) & set(c.claimed_by):
                    continue  # an attack of another side, told among them
                for iri in c.claimed_by:
                    _add(ev.claimed_by, iri)
                    _add(ev.attackers, iri)


# «، وهي تسمية تنضوي تحتها فصائل مسلحة،», «، وهو فصيل مدعوم من إيران،»: what a name is, between commas.
NAME_DESCRIBED = gated(r"[\"'”»]*\s*[،,]\s*(?:وهي|وهو|وهم)\s+[^،,.؛\n]{3,120}[،,]")
# «الضربات ذاتها», «الغارات نفسها»: the attacks told before by that word.
SAME_ATTACKS = gated(WORD_BEGIN + r"[وب]?(?:ال)(?P<noun>ضربات|غارات|هجمات)\s+(?:ذاتها|نفسها|عينها)(?=[\s،,.]|$)")
# «الهجومين», «الهجمات الثلاثة»: the attacks told before, counted.
COUNTED_TOLD = gated(
    WORD_BEGIN + r"(?:" + "|".join(sorted(BOTH_ATTACKS)) + r"|(?:" + "|".join(sorted(PLURAL_TOLD)) + r")\s+(?P<count>[^\s،,.\"'”»]+))(?=[\s،,.\"'”»]|$)"
)


def _told_count(m: re.Match[str] | None) -> int | None:
    """How many attacks a ``COUNTED_TOLD`` match counts: 2 for «الهجومين», 3 for «الهجمات الثلاثة»."""
    if m is None:
        return None
    return 2 if m.group("count") is None else TOLD_COUNT.get(m.group("count"))


# The commands that announce air strikes of their own forces in the region: a state's strike on its
# own land is announced by others (a victim's ministry names the strike, not its striker), so the
# Syrian, Iraqi and Russian ones are not here.
ANNOUNCING_COMMANDS = frozenset(
    (US_FORCES, ID + "actor/us-dod", ID + "actor/centcom", COALITION, UK_FORCES, IDF, TURKISH_FORCES, ID + "actor/turkish-mod")
)


def _named_over_accused(events: list[Event], origin: list[list[Candidate]]) -> None:
    """An attacker the report names outright stands over those only accused or suspected:
    «وشنّ مقاتلو العشائر هجوماً ... متهمة خلايا مرتبطة بالحرس الثوري بالوقوف خلفه»."""
    for ev, cands in zip(events, origin, strict=True):
        named = {a for c in cands for a in c.attackers if a not in c.accused}
        if named:
            accused = {a for c in cands for a in c.accused} - named
            ev.attackers[:] = [a for a in ev.attackers if a not in accused]


def _accused_after(doc: Document, events: list[Event], origin: list[list[Candidate]]) -> None:
    """An accusation after the report names the attacker of an attack told without one: «قُتل ثلاثة
    عناصر ... جراء انفجار سيارة مفخخة. وقالت الوزارة ... متهمةً «خلايا تنظيم داعش» بالوقوف وراء
    التفجير»; «بالوقوف وراء الهجمات» names it for every attack told before without an attacker.
    So does a supposition: «ورجّحت مصادر أن تكون خلايا تنظيم «داعش» وراء عملية الاغتيال», a
    source's word: «وقال مصدر إن «بقايا عصابات داعش» زرعت العبوة», an ascription: «نسبت مصادر
    محلية إطلاقها إلى ميليشيات», where the fire came from: «إن مصدر النيران مواقع قوات الحكومة», and a
    record's field: «الجهة المنفّذة: طائرة تابعة لـ...» (of the record's attack only)."""
    if all(ev.attackers for ev in events):
        return  # only an attack told without an attacker takes one here
    text = doc.norm.text
    accused_by: dict[int, int] = {}  # an event given its attacker here: where the accusation starts
    # The sides that may be accused: a state too, for its forces («حمّل «الكيان الصهيوني» مسؤولية الاعتداء»).
    sides = [e for e in doc.entities if (e.kind == "actor" and e.cls not in ("Organization", "Person")) or _country_forces(e.iri) != e.iri]
    for e in sides:
        # (the accuser's title and name may stand between: «وحمّل المتحدث باسم وزارة الداخلية في الإقليم،
        # ريبوار عزيز، «فصائل مسلحة منضوية في هيئة الحشد الشعبي» مسؤولية الهجمات الثلاث»)
        before = re.split(r"[.\n]", text[max(0, e.nstart - ACCUSATION_REACH) : e.nstart])[-1]
        lo = e.nstart - len(before)
        found = _accusation(text, lo, e, len(text), ACCUSED_OF_TOLD, ACCUSER_AT_LENGTH)
        joined: list[EntityMention] = []  # «اتهم «قوات النظام والميليشيات الموالية لإيران» بإطلاق القذائف»: accused with it
        if found is not None:
            between = [o for o in sides if e.nend <= o.nstart < found[1].start("deed") and not WITHIN_NAMED.fullmatch(text, e.nend, o.nstart)]
            end = e.nend
            for o in sorted(between, key=lambda o: o.nstart):
                if not AND_ONLY.match(text, end, o.nstart):
                    break
                joined.append(o)
                end = o.nend
            if len(joined) < len(between):
                # «حمّل قائد عمليات الأنبار للحشد الشعبي «الكيان الصهيوني» مسؤولية»: the side before the deed is
                # accused (and the group it is within: «جماعات خارجة عن القانون تعمل ضمن هيئة الحشد الشعبي»).
                found, joined = None, []
        if found is None and e.kind != "actor":
            continue  # a state only when accused outright: not «ويُنسب بعضها إلى إسرائيل», some of the attacks
        if (
            found is None
            and (deed := BEHIND_TOLD.match(text, e.nend))
            and (supposed := SUPPOSED.search(before) or SAID_TO_HAVE.search(before))
            # Not a side that denies it: «ونفت القيادة المركزية أن تكون قواتها نفذت الغارة».
            and not DENIAL_VERB.search(COMMA.split(before[: supposed.start()])[-1])
        ):
            found = lo + supposed.start(), deed
        deed_before = False  # the deed told before the side, so the evidence ends with the side
        last_only = False
        if found is None and (blamed := BLAMED_FOR_TOLD.search(before)):
            # «أصابع الاتهام في الهجمات الثلاث إلى "فصائل ..."»; with no deed named, the attack told last's
            found, deed_before, last_only = (lo + blamed.start(), blamed), True, not blamed.group("all")
        if found is None and (done := DONE_BY_TOLD.search(before) or ASCRIBED_TOLD.search(before) or FIRE_FROM_TOLD.search(before)) and not (
            done.groupdict().get("men") and not done.groupdict().get("one")
        ):
            # (a group's men only with the attack named: not «هجمات ... تُنسب غالباً إلى خلايا التنظيم», attacks in general)
            found, deed_before = (lo + done.start(), done), True
        if found is None and (supposed_doers := SUPPOSED_DOERS.search(before)):
            found, deed_before, last_only = (lo + supposed_doers.start(), supposed_doers), True, True
        if found is None and (held := HELD_RESPONSIBLE_TOLD.search(before)):
            found, deed_before, last_only = (lo + held.start(), held), True, not held.group("all")
        if found is None and (field := PERPETRATOR_FIELD.search(before)):
            found, deed_before, last_only = (lo + field.start(), field), True, True  # a record's field: its attack's
        if found is None:
            continue
        start, deed = found
        told = _told_before(doc, events, origin, e.nstart)
        if last_only or deed.groupdict().get("one") or deed.groupdict().get("it"):
            told = told[-1:]  # the attack told last: an earlier one without an attacker is another's
        span = _trim(doc, start, e.nend if deed_before else deed.end())
        for ev in told:
            # Every side the one accusation names: «جماعات خارجة عن القانون تعمل ضمن هيئة الحشد الشعبي».
            for side in [_country_forces(o.iri) for o in (e, *joined)]:
                if not ev.attackers or accused_by.get(id(ev)) == start and side not in ev.attackers:
                    accused_by[id(ev)] = start
                    ev.attackers.append(side)
                    if span is not None and span not in ev.evidence:
                        ev.evidence.append(span)


def _count_with_victim_before(claims: list[CasualtyClaim], with_victim: list[CasualtyClaim]) -> None:
    """Those killed with a victim told before count with that victim: «... الذي ارتقى صباح أمس.
    وقد ارتقى معه سائق السيارة» is two dead. ``with_victim``: the claims of those killed «معه»."""
    companions = {id(c) for c in with_victim}
    for i, claim in enumerate(claims):
        if id(claim) not in companions:
            continue
        victims = [
            c for c in claims
            if c.status == "Killed" and c.count and c.qualifier == "Exact" and c.span.start < claim.span.start and id(c) not in companions
        ]
        if victims:
            claims[i] = replace(claim, count=claim.count + max(victims, key=lambda c: c.span.start).count)


def _accusation(text: str, lo: int, e: EntityMention, hi: int, deeds: Pattern, accusers: Pattern = ACCUSER) -> tuple[int, re.Match[str]] | None:
    """Where the accusing words before the side named at ``e`` start (from ``lo`` on) and the deed
    after it, if that side is accused («متهمة «خلايا ...» بالوقوف خلفه», «اتهم "كتائب حزب الله"
    بالوقوف وراء الهجوم»): ``deeds`` is ``ACCUSED_OF`` (the attack of the clause) or
    ``ACCUSED_OF_TOLD`` (one told before). Not the side right after the verb when another stands
    between it and the deed: «اتهمت قسد قوات النظام بقصف», where it accuses."""
    accuser = accusers.search(text[lo : e.nstart])
    deed = deeds.match(text, e.nend, hi) if accuser else None
    if accuser is not None and deed is None and (within := WITHIN_NAMED.match(text, e.nend, hi)):
        # «حمّلت «مجموعات خارجة عن القانون ضمن الحشد الشعبي» مسؤولية الهجومين»: the deed after the
        # group they are within (a name of up to four words).
        deed = next((d for m in re.finditer(r"\s", text[within.end() : within.end() + 50]) if (d := deeds.match(text, within.end() + m.start(), hi))), None)
    if accuser is None or deed is None:
        return None
    if accuser.group("verb") in ACCUSING_VERBS and not accuser.group("between") and deed.group("deed"):
        between = re.sub(r"\([^()]*\)", " ", text[e.nend : deed.start("deed")])
        between = NISBA_WORDS.sub(" ", between)  # «اتهمت كتائب حزب الله العراقية بالوقوف وراءه»: the side's adjective
        if between.strip(QUOTES):
            return None
    return lo + accuser.start(), deed


def _merge(ev: Event, cand: Candidate, doc: Document) -> None:
    if ev.cls == "Attack" and cand.cls != "Attack":
        ev.cls = cand.cls
    elif ev.cls == "DroneAttack" and cand.cls == "Airstrike" and not cand.title and _of_a_state(cand.attackers):
        ev.cls = "Airstrike"  # «بقصف نفّذته طائرة مسيّرة», then «طائرة مسيّرة تابعة للجيش التركي»: a state's drone, an air strike
    span = _trim(doc, cand.clause.start, cand.clause.end)
    if span is not None and span not in ev.evidence:
        ev.evidence.append(span)
    date_, earliest, latest = _when(cand.time)
    if ev.date is None and ev.earliest is None and (date_ or earliest):
        ev.date, ev.earliest, ev.latest = date_, earliest, latest
    elif ev.date is None and date_ is not None:
        ev.date, ev.earliest, ev.latest = date_, None, None  # «هذا الأسبوع», then its day: «الأربعاء»
    for src, dst in ((cand.attackers, ev.attackers), (cand.targets, ev.targets), (cand.locations, ev.locations), (cand.claimed_by, ev.claimed_by)):
        for iri in src:
            _add(dst, iri)
    ev.targets[:] = [t for t in ev.targets if t not in ev.attackers]
    if cand.munitions is not None and ev.munitions is None:
        ev.munitions = cand.munitions


def _quoted_elsewhen(text: str, sentences: list[tuple[int, int]], sentence_starts: list[int], said_today: list[int], at: int) -> bool:
    """Is the offset inside a quotation whose speaker's day may not be the report's: one not
    said, in its sentence or the one before, on the report's day?"""
    k = max(0, bisect_right(sentence_starts, at) - 1)
    if not _quoted(text, sentences[k][0], at):
        return False
    if SAID_NOW.search(text, sentences[k][0], at):
        return False  # «"المقاومة" تعلن في بيان أنها استهدفت "فجر اليوم"»: said in the present, today
    # (a statement going on, «وأضاف البيان أن "..."», is as of the day it was first made)
    first = k
    while first > 0 and GOES_ON.match(text, sentences[first][0]):
        first -= 1
    since = sentences[max(0, first - 1)][0]
    return not any(since <= s < at for s in said_today)


# «"المقاومة الإسلامية في العراق" تعلن في بيان ...»: a word reported in the present tense, the report's day's.
SAID_NOW = gated(WORD_START + r"[وف]?(?:تعلن|يعلن|تقول|يقول|توكد|يوكد|تفيد|يفيد)\s")


def _quoted(text: str, sentence_start: int, at: int) -> bool:
    """Is this offset inside a quotation that began in its sentence?"""
    span = text[sentence_start:at]
    opened = span.count("«") + span.count("“") - span.count("»") - span.count("”")
    return opened > 0 or span.count('"') % 2 == 1


def _unresolved(t: TimeExpr) -> TimeExpr:
    """«قال: "نفذنا الليلة ضربات"»: a quoted «الليلة» (no weekday) is the speaker's, whose day is not known."""
    return replace(t, date=None, earliest=None, latest=None)


_NAMING_TAIL = gated(r"\s" + _SELF_NAMING + SPACE_OR_QUOTE + r"*$")
_GROUP_WORDS = set("جماعه الجماعه جماعات ميليشيا ميليشيات الميليشيات فصيل فصايل الفصايل مجموعه مجموعات".split())


def _words_before_name(before: str) -> list[str]:
    """The two words governing a group's name, past quotes, «جماعة» and «تطلق على نفسها اسم», «اسمها».

    «تبنت ميليشيات "المقاومة الإسلامية"», «إعلان جماعة تطلق على نفسها اسم "المقاومة"»: the verb.
    """
    words = [w.strip(PUNCTUATION) for w in _NAMING_TAIL.sub(" ", before).split()]
    words = [w for w in words if w]
    while words and words[-1] in _GROUP_WORDS:
        words.pop()
    return words[-2:]


def _trim(doc: Document, nstart: int, nend: int) -> Span | None:
    text = doc.norm.text
    while nstart < nend and (text[nstart].isspace() or text[nstart] in "،,؛;:-–"):
        nstart += 1
    while nend > nstart and (text[nend - 1].isspace() or text[nend - 1] in "،,؛;:-–"):
        nend -= 1
    if nend - nstart < 3:
        return None
    return doc.span(nstart, nend)


def _no_casualties(text: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """Words saying an attack harmed no one («لم تسفر عن إصابات»), not that nothing is known yet
    («دون ورود معلومات عن إصابات»), between offsets ``lo`` and ``hi``."""
    for m in ZERO_CASUALTIES.finditer(text, lo, hi):
        if not NO_INFORMATION.search(text, max(lo, m.start() - 5), m.end()) and not NOT_DISCLOSED.search(text, max(lo, m.start() - 30), m.start() + 3):
            yield m


SHORT_ASIDE = 80  # characters: a line of the easy style, one fact a line


def _short_aside(text: str, sentence: tuple[int, int], quantities: list[Quantity]) -> bool:
    """Is the sentence a short line of no figure and no attack word («الجنود كانوا في اجتماع مع
    قوات الحكومة السورية»), which a toll after it may step over?"""
    start, end = sentence
    return (
        len(text[start:end].strip()) <= SHORT_ASIDE
        and not any(start <= q.start < end for q in quantities)
        and ATTACK_WORD_RE.search(text, start, end) is None
    )


def _sentence_end(text: str, at: int, hi: int | None = None) -> int:
    """Where the sentence going on at ``at`` ends: its full stop or line end (else ``hi``, the text's end)."""
    ends = [i for i in (text.find(".", at, hi), text.find("\n", at, hi)) if i >= 0]
    return min(ends, default=len(text) if hi is None else hi)


def _last_speaker(doc: Document, lo: int, hi: int, classes: tuple[str, ...]) -> list[str]:
    """The last actor of these classes named between two offsets («أعلن التحالف أن قواته»), if any."""
    speakers = [e.iri for e in doc.entities if e.kind == "actor" and e.cls in classes and lo <= e.nstart < hi]
    return speakers[-1:]


def _unit_subject(doc: Document, start: int, verb: Token) -> re.Match[str] | None:
    """«أن قوات حرس الحدود في المنطقة الشرقية أسقطت»: the unit named after the last «أن» from
    ``start`` to the verb, when no actor is named between it and the verb."""
    units = list(OUR_UNIT.finditer(doc.norm.text, start, verb.start))
    if not units or any(e.kind == "actor" and units[-1].start() <= e.nstart < verb.start for e in doc.entities):
        return None
    return units[-1]


def _says_of_another(before: str, report: str) -> bool:
    """Does a feminine speaker's «إنه» speak of something else than the speaker («قالت القيادة المركزية
    (سنتكوم) إنه نُفّذ بصواريخ»: the attack was carried out, not the command's own)? ``before``: the
    words before the speaker's name."""
    return any(w.lstrip("وف") in SHE_SAID for w in before.split()[-6:]) and IT_MASCULINE.search(report) is not None


def _launched_from(before: str) -> bool:
    """Do the words before a place say an attack was launched or came from it? (The place may be
    named by its adjective: «أُطلقت من منطقة قريبة من الحدود السورية».)"""
    before = before.removesuffix("ال")
    return bool(LAUNCHED_FROM.search(before) or (("اتجاه" in before or "ناحيه" in before) and FROM_DIRECTION.search(before)))


# «هجوم», «غارات»: nouns of attacks (not verbal nouns that take an object: «استهداف كونيكو»
# is the targeting of Conoco, told as news).
ATTACK_NOUNS = frozenset(("هجوم", "هجومي", "هجمات", "ضربه", "ضربتي", "ضربات", "غاره", "غارتي", "غارات"))


def _named_by_its_day_or_place(forms: tuple[str, ...], after: Token, ents: list[EntityMention]) -> frozenset[str] | None:
    """The place («هجوم الأردن», «غارات البوكمال»; none for a day: «ضربة الأربعاء») defining an
    attack noun without the article, if a place or day does. Such a noun names an attack known to
    the reader."""
    if not ATTACK_NOUNS.intersection(forms) or any(f.startswith("ال") for f in forms):
        return None
    if after.text in WEEKDAY_NAMES:
        return frozenset()
    place = frozenset(e.iri for e in ents if e.nstart == after.start and e.kind == "place")
    return place or None


# «استهدفنا», «نفذنا الليلة ضربات»: an attack in the first person, the speaker's own.
OUR_ATTACK = frozenset(("استهدفنا", "قصفنا", "هاجمنا", "دككنا", "نفذنا", "ضربنا", "اطلقنا"))
# «"المقاومة الإسلامية في العراق": استهدفنا»: a side's words after its name and a colon.
SPEAKER_COLON = gated(r"[\"'»”\s]*:")


def _speaker(text: str, ents: list[EntityMention], sentence_start: int, at: int) -> EntityMention | None:
    """The side whose words hold ``at``: the last actor named before it in the sentence after a
    verb of saying («وقالت المقاومة في بيان: ...») or before a colon («"المقاومة": استهدفنا ...»)."""
    return next(
        (
            e for e in reversed(ents)
            if e.kind == "actor" and sentence_start <= e.nstart and e.nend <= at
            and (SPEAKING.search(text, max(0, e.nstart - 20), e.nstart) or SPEAKER_COLON.match(text, e.nend))
        ),
        None,
    )


def _raid_that_fought(clause_text: str) -> re.Match[str] | None:
    """The raid a clause tells, if it killed or fought (see ``RAID``)."""
    raid = RAID.search(clause_text)
    return raid if raid is not None and RAID_FOUGHT.search(clause_text, raid.end()) else None


def _word_at(words: list[Token], offset: int) -> int:
    """The index of the word holding ``offset``, or else of the first word after it (0 if none)."""
    k = bisect_right([w.start for w in words], offset) - 1
    if k >= 0 and offset < words[k].end:
        return k
    return k + 1 if k + 1 < len(words) else 0


def _is_organization(doc: Document, iri: str) -> bool:
    return any(e.iri == iri and e.cls == "Organization" for e in doc.entities)


def _country_forces(iri: str) -> str:
    """A country named as the one striking stands for its forces."""
    return {
        ID + "place/united-states": US_FORCES,
        ID + "place/israel": IDF,
        ID + "place/russia": RUSSIAN_FORCES,
        ID + "place/turkey": TURKISH_FORCES,
    }.get(iri, iri)


_ADJECTIVE = gated(r"\S{2,}(?:يه|ي)")  # a nisba adjective: «انتحارية», «إيرانية»


def _is_agent(before: str, after: str, e: EntityMention, trigger: int, subject_seen: bool = False) -> bool:
    """Is this actor the one carrying out the attack?

    After a verb the actor is its subject (VSO), unless a subject already stood
    before the verb (SVO): then what follows the verb is its object.
    """
    # Words without their quotes: «"استهدف مجاهدو», «استهدفت «قسد»».
    words = [w for w in (w.strip(PUNCTUATION) for w in ATTACKING_MEN_AT_END.sub("", before.rstrip(QUOTES)).split()) if w]
    last_word = words[-1] if words else ""
    # «الهجوم الذي استهدف القوات الأمريكية»: a bare verb after a relative pronoun has the
    # antecedent for subject, so the actor after it is its object («الذي شنته القوات» differs:
    # the pronoun on the verb is the object, and the verb is no bare one); so has a verb right
    # after an indefinite attack or its means («هجوم صاروخي استهدف القوات الأمريكية»).
    def subject_of_verb(i: int) -> bool:
        if len(words) < i or not _is_attack_verb(words[-i]):
            return False
        if len(words) == i:
            return True
        attack, means, _ = _reading(words[-i - 1])
        if len(words) > i + 1 and _ADJECTIVE.fullmatch(words[-i - 1]):
            # «طائرة مسيّرة انتحارية استهدفت القوات»: the means, an adjective, then the verb.
            attack2, means2, _ = _reading(words[-i - 2])
            attack, means = attack or attack2, means or means2
        return words[-i - 1] not in RELATIVE_PRONOUNS and not attack and means is None

    if not subject_seen and (subject_of_verb(1) or subject_of_verb(2)):
        return True
    if _laid_by(before):
        return True
    if AGGRESSION_OF.search(before.rstrip(QUOTES)):
        return True  # «جراء اعتداء ميليشيا "قسد"»: the aggressor, in the words of its foes
    # «استهداف الميليشيات لمواقع», «بقصف التحالف على مراط»: the noun's doer, before what it struck.
    if any(s in MASDAR for s, _ in stems(last_word)) and re.match(
        r"\s*(?:ل\S+|(?:مقرات|مواقع|مقر|موقع|قاعده|نقاط|منشات|اهداف)\b|(?:علي|ضد)\s)", after
    ):
        return True
    words_after = [w for w in (w.strip(PUNCTUATION) for w in after.split()) if w]
    if words_after[:1] in (["قد"], ["لقد"]):
        words_after = words_after[1:]  # «وكانت الولايات المتحدة قد نفذت ضربة»
    if words_after and words_after[0].startswith("و") and words_after[0][1:].removeprefix("ال") in NATIONALITY_WORDS:
        words_after = words_after[1:]  # «الطيران الحربي السوري والروسي ينفّذ غارات»: a second state joined
    elif len(words_after) > 1 and words_after[0].startswith("ال") and _ADJECTIVE.fullmatch(words_after[0]):
        words_after = words_after[1:]  # «"بقايا عصابات داعش الإرهابية" هاجمت»: the group's adjective
    nxt = words_after[0] if words_after else ""
    if e.nend <= trigger and _is_attack_verb(nxt):
        return True
    # «... بأن "المقاومة الإسلامية" أطلقتها من جهة العراق»: the verb's object is the attack itself.
    if any(s in AGENT_MARKERS for s, _ in stems(nxt)):
        return True
    # A time expression between the verb and the subject: «شن الجيش الأميركي مطلع اليوم الإثنين».
    if re.search(WORD_START + r"[وف]?(?:شن|شنت|نفذ|نفذت|استهدفت|استهدف|قصفت|هاجمت|اطلقت|كثفت)\s+(?:\S+\s+){0,4}$", before) and re.search(
        r"(?:امس|اليوم|الليله|فجر|صباح|مساء|ليل|يوم)\s+\S*\s*$", before
    ):
        return True
    return False


def _laid_by(before: str) -> bool:
    """Do the words before a group's name end with a verb or phrase of doing it («نصبه», «شنتها»,
    «من قبل»), maybe past words for its men and a demonstrative? «الكمين الذي نصبته خلايا تنظيم
    "داعش"», «كمين نصبه عناصر من تنظيم», «طائرة مسيّرة أطلقتها تلك الفصائل»."""
    bare = GROUP_MEN_AT_END.sub("", before.rstrip(QUOTES)).rstrip(QUOTES)
    bare = DEMONSTRATIVE_AT_END.sub("", bare)
    return any(bare.endswith(m) for m in AGENT_MARKERS)


# How far into a sentence its opening words go («ولم تُسجَّل إصابات», «لا إصابات ولا أضرار»).
OPENING = 30


# «وقبل ذلك بيومين», «بعد ذلك بثلاثة أيام»: days from the attack just told, and how many a word names.
_FEW_DAYS = {"يوم": 1, "يومين": 2, "اسبوع": 7, "اسبوعين": 14, "ثلاثه": 3, "اربعه": 4, "خمسه": 5, "سته": 6, "سبعه": 7, "ثمانيه": 8, "تسعه": 9, "عشره": 10}


def _few_days(tag: str) -> str:
    """Some days, counted in the group ``n`` + tag (by a number in ``count`` + tag, if one is told)."""
    spans = "|".join(w for w, n in _FEW_DAYS.items() if not w.endswith("ه"))  # «يوم», «يومين», «اسبوع»
    counts = "|".join(w for w in _FEW_DAYS if w.endswith("ه"))  # «ثلاثه» ... «عشره», before «أيام»
    return rf"(?P<n{tag}>{spans}|(?P<count{tag}>\d+|{counts})\s+(?:ايام|يوما))"


# «بيان خلية الإعلام الأمني: "تعرّض ...»: a statement quoted after a colon.
QUOTE_OPENED = gated(r":\s*[\"«“]")
# «ارتفع عدد الهجمات ... إلى 19 هجوماً خلال عشرة أيام، أسفرت عن إصابة 21»: attacks counted, a tally's toll.
ATTACKS_COUNTED = gated(
    r"(?<!\S)(?:[2-9]|\d{2,})\s+(?:هجوما|هجمات|ضربات|غارات|عمليات)(?=\s+(?:خلال|طوال|في\s+غضون|منذ|حتي)\s)"
    r"|(?:عدد|حصيله)\s+(?:ال)?(?:هجمات|ضربات|غارات|عمليات)\s+(?:\S+\s+){0,6}?الي\s+\d+"
)
# «ريم الخلف: والحصيلة؟», «وكم عدد الضحايا؟»: an interviewer asking for the toll of the attack just told.
TOLL_ASKED = gated(r"(?:الحصيله|الخساير|الضحايا|القتلي|الاصابات|ضحايا|قتلي|اصابات)\s*[\"»”]?\s*[؟?]")
SAME_MONTH = gated(r"(?:الشهر|شهر)\s+(?:نفسه|ذاته)")
DAYS_FROM_THAT = gated(
    # (or «وقبله بثمانية أيام», «وبعدها بيومين»: before or after it)
    # («وبعد يومين من الغارات الأمريكية،»: from the attacks of the kind named)
    WORD_BEGIN + r"[وف]?(?P<dir>قبل|بعد)(?:(?:\s+(?:ذلك|ذالك)|ه|ها)\s+ب" + _few_days("1")
    + r"|\s+" + _few_days("2") + r"\s+من\s+(?:ذلك|ذالك|(?P<ref>ال(?:غارات|ضربات|هجوم|هجمات|غاره|ضربه|قصف|تفجير|انفجار|استهداف|اعتداء|كمين))(?:\s+\S+)?(?=\s*[،,]))"
    # «وبعد ثلاثة أيام فقط،»: a fronted lapse, set off by a comma.
    + r"|\s+" + _few_days("3") + r"(?:\s+(?:فقط|تقريبا))?(?=\s*[،,])"
    # «كان آخرها قبل الضربات الأمريكية بيومين»: the attacks named, then the days.
    + r"|\s+(?P<ref4>ال(?:غارات|ضربات|هجوم|هجمات|غاره|ضربه|قصف|تفجير|انفجار|استهداف|اعتداء|كمين))(?:\s+\S+)?\s+ب" + _few_days("4")
    + r")(?=[\s،,]|$)"
)


def _reckoned_from(text: str, clause: Clause) -> list[tuple[int, int]]:
    """Where a clause names the attacks its day is reckoned from («قبل الضربات الأمريكية بيومين»)."""
    return [m.span() for m in DAYS_FROM_THAT.finditer(text, clause.start, clause.end) if m.group("ref4")]


def _days_from_the_last(text: str, sentence: tuple[int, int], trigger: int, candidates: list[Candidate]) -> TimeExpr | None:
    """The day some days before or after the attack told last, when the words of the sentence
    before the attack word at ``trigger`` say so («وقبل ذلك بيومين، استهدفت», «كان آخرها قبل الضربات
    الأمريكية بيومين، حين سقطت»), or those after it before any other («الضربة التي نفّذتها مسيّرة
    في بغداد بعد خمسة أيام من ذلك»)."""
    m = DAYS_FROM_THAT.search(text, sentence[0], trigger)
    if m is None and (m := DAYS_FROM_THAT.search(text, trigger, sentence[1])) is not None:
        word_end = trigger + len(text[trigger:].split(None, 1)[0])
        m = None if ATTACK_WORD_RE.search(text, word_end, m.start()) else m  # not the days of another attack told after it
    if m is None:
        return None
    ref = m.group("ref") or m.group("ref4")
    cls = _referred_class(ref) if ref else None
    dated = [c for c in candidates if c.time is not None and c.time.date is not None]
    if cls is None and ref and "ضرب" in ref and any(c.cls == "Airstrike" for c in dated):
        cls = "Airstrike"  # «قبل الضربات الأمريكية بيومين»: strikes, from the air when any were told
    last = next((c.time for c in reversed(dated) if cls is None or c.cls == cls), None)
    if last is None or last.date is None:
        return None
    count = m.group("count1") or m.group("count2") or m.group("count3") or m.group("count4")
    span = m.group("n1") or m.group("n2") or m.group("n3") or m.group("n4")
    days = int(count) if count and count.isdigit() else _FEW_DAYS[count or span]
    day = last.date + timedelta(days=days if m.group("dir") == "بعد" else -days)
    return TimeExpr(m.start(), m.end(), day, day, day, last.relative, m.group())


def _word_at_offset(text: str, start: int) -> str:
    """The word starting at an offset."""
    end = start
    while end < len(text) and not text[end].isspace():
        end += 1
    return text[start:end]


def _owned_sentences(origin: list[list[Candidate]]) -> set[int]:
    """The sentences telling an attack: those of the events' candidates."""
    return {c.clause.sentence for cands in origin for c in cands}


def _is_label(text: str, sentence: tuple[int, int]) -> bool:
    """Is a sentence only a label heading what follows: a word or two and a colon («ستوري 3:»)?"""
    words = text[sentence[0] : sentence[1]].split()
    return 0 < len(words) <= 2 and words[-1].endswith(":")


def _word_on_the_attack(text: str, sentence: tuple[int, int], quantities: list[Quantity]) -> bool:
    """Does a sentence after an attack only go on about it, without a figure of its own: its
    interception («اعترضت منظومة سي-رام أحدها») or a word on it («وقال الوزير إن الضربات دقيقة»)?"""
    start, end = sentence
    downed = any(_is_verb_of(w, INTERCEPT_VERBS) for w in text[start:end].split())
    return downed or bool(BACK_REFERENCE.search(text, start, end)) and not any(start <= q.start < end for q in quantities)


def _is_attack_verb(word: str) -> bool:
    """Is this word an attacking verb («قصفت», «وشنّ»)? A verb takes no clitic but «و» or «ف»:
    «بقصف» is the noun after «ب» («قسد بقصف مسيّرة تركية»: the SDF were hit, they did not shell)."""
    return _is_verb_of(word, ATTACK_VERBS)


def _is_verb_of(word: str, verbs: set[str] | frozenset[str]) -> bool:
    """Is this word one of these verbs, maybe after «و» or «ف» (the only clitics a verb takes)?"""
    return word in verbs or (word[:1] in ("و", "ف") and word[1:] in verbs)


def _referred_class(noun: str) -> str | None:
    """The attack class a noun pointing back at an attack names («الضربة»: an airstrike), if one."""
    return _reading(noun)[1] or REFERENCE_CLASS.get(noun)


def _ends_a_name(text: str, q: Quantity) -> bool:
    """Is this number the end of a name: a quoted outlet's («شبكة "ميادين 24"», «لـ"الرائد 24"»)
    or a unit's or tower's («مقر اللواء 13», «البرج 22»), or a year of birth («مواليد 2005»), or
    a life's span of years («(1960 – 2024)»), not a figure?"""
    if UNIT_NUMBER.search(text, max(0, q.start - 12), q.start):
        return True
    if q.high is not None and q.value < q.high and all(YEARS[0] <= v <= YEARS[1] for v in (q.value, q.high)):
        return True
    if text[q.end : q.end + 1] not in NAME_CLOSE:
        return False
    if NAMED_OUTLET.search(text, max(0, q.start - 40), q.start):
        return True
    # A name of a word or two opened by a quotation mark just before: «مصدر لـ"الرائد 24"».
    # Not a figure quoted with its verb or bound: «أن عدد المصابين "تجاوز 40"».
    m = QUOTED_NAME_START.search(text, max(0, q.start - 30), q.start)
    return m is not None and not any(
        s in KILL_WORDS or s in WOUND_WORDS or s in REACHED for w in m.group(1).split() for s, _ in stems(w)
    )


def _munitions(text: str, clause: Clause, quantities: list[Quantity]) -> int | None:
    for q in quantities:
        if clause.holds(q.start):
            after = text[q.end : q.end + 25]
            if re.match(r"\s*(?:من\s+)?(?:ال)?(?:صواريخ|صاروخا|صاروخ|قذايف|قذيفه|طايرات|مسيرات|مسيره|طايره|صاروخين)", after):
                return q.value
    m = re.search(WORD_START + r"(?:ب)?(ثلاث|اربع|خمس|ست|سبع|ثماني|تسع|عشر)\s*(?:ه)?\s+(?:طايرات|صواريخ|قذايف|مسيرات)", clause.text(text))
    if m:
        return {"ثلاث": 3, "اربع": 4, "خمس": 5, "ست": 6, "سبع": 7, "ثماني": 8, "تسع": 9, "عشر": 10}[m.group(1)]
    return None


HIT_PEOPLE = frozenset(("اصابت", "اصاب"))  # «أصابت» is a wound only with people for object
PEOPLE = gated(r"(?:جنود|جنديين|جنديا|عناصر|عنصرا|عنصرين|مدنيين|مدنيا|اشخاص|شخصا|مقاتلين|مقاتلا|عسكريين|اخرين)(?:\s|$|[،,.])")
VERB_AFTER_BREAKDOWN = gated(r"[^،,.]{0,50}[،,]\s*(?:من\s+)?(?:بينهم|منهم)\s+[^،,.]{1,50}[،,]\s*(\S+)")
# «تسعة مقاتلين من الفصائل الموالية لإيران قُتلوا»: the people counted, whose they are, then the verb.
VERB_AFTER_PEOPLE = gated(r"\s*\S+(?:\s+[^\s،,.]+){1,6}?\s+(" + _THEY_FELL + r")(?=[\s،,.]|$)")
# «خمسة من خَدَمة المواكب وأبناء الحشد، ارتقوا شهداء»: whose they are, then the verb.
VERB_AFTER_OF_WHOM = gated(r"\s*من\s+(?:[^\s،,.]+\s+){1,6}?[^\s،,.]+[،,]?\s+(" + _THEY_FELL + r")(?=[\s،,.]|$)")
DATE_LEAD = gated(r"(?:في|يوم)\s*$")


# «وهم الذين استُشهدوا إثر الهجوم الإرهابي ... ليلة ٤–٥/٦/٢٠٢٤:» over «١. الملازم أحمد كريم جاسم»,
# «٢. ...»: the victims of the attack told, one a numbered line.
VICTIMS_LISTED = gated(WORD_BEGIN + r"[وف]?(?:(?P<dead>استشهد|قتل)|اصيب|جرح)(?:ت|وا|ا)?\s[^\n]*:\s*$")
LIST_ITEM = gated(r"\s*\d{1,2}[.)\-][ \t]*[^\s\d][^\n]*")


def _listed_victims(doc: Document, events: list[Event], origin: list[list[Candidate]], sentences: list[tuple[int, int]]) -> None:
    """Victims listed one a numbered line under the sentence telling the attack that killed them
    (each list counted once, for the first event told in that sentence)."""
    text = doc.norm.text
    counted: set[int] = set()  # where the lists counted start
    for ev, cands in zip(events, origin, strict=True):
        for cand in cands:
            s_start, s_end = sentences[cand.clause.sentence]
            line_end = text.find("\n", s_end)
            if line_end < 0 or line_end in counted or not text[s_start:line_end].rstrip().endswith(":"):
                continue
            if (verb := VICTIMS_LISTED.search(text, s_start, line_end)) is None:
                continue
            at, count = line_end, 0
            while (item := LIST_ITEM.match(text, at)) is not None:
                at, count = item.end(), count + 1
            status = "Killed" if verb.group("dead") else "Wounded"
            span = doc.span(verb.start(), at)
            if count and not any(c.status == status and c.span.start < span.end and span.start < c.span.end for c in ev.claims):
                ev.claims.append(CasualtyClaim(count, status, span))
                counted.add(line_end)


def _toll_sections(text: str, sentences: list[tuple[int, int]]) -> set[int]:
    """The sentences under a line of its own heading tolls («كم عدد الضحايا؟»), up to the next
    heading or a blank line."""
    out: set[int] = set()
    if not any(w in text for w in _TOLL_WORDS):
        return out  # most articles have no such heading
    under = False
    prev_end = 0
    for n, (start, end) in enumerate(sentences):
        line_end = text.find("\n", end)
        alone = (start == 0 or text[start - 1] == "\n") and len(text[end : line_end if line_end >= 0 else len(text)].strip()) <= 1
        if alone and SECTION_HEADING.fullmatch(text, start, end + 1):  # with its «؟» or «:»
            under = TOLL_HEADING.fullmatch(text, start, end + 1) is not None
        elif under and "\n\n" not in text[prev_end:start]:
            out.add(n)
        else:
            under = False
        prev_end = end
    return out


_BETWEEN_VERB_AND_COUNT = frozenset(("ايضا", "كذلك", "فيه", "فيها"))


def _casualty_status(text: str, q: Quantity, lo: int, hi: int, date_before: dict[int, int]) -> str | None:
    """Killed or Wounded if the number counts casualties, from the words around it.

    :param date_before: date expressions by end offset (end → start), read past when one
        stands right before the number.
    """
    if LOWERED_FROM.search(text, max(lo, q.start - 80), q.start):
        return None  # «خفّض حصيلة القتلى من 103 إلى 84»: the figure taken back
    gap = len(text[lo : q.start].rstrip()) + lo  # where the words before the number end
    date_start = date_before.get(gap)
    end = q.start
    if date_start is not None:
        lead = DATE_LEAD.search(text, max(lo, date_start - 8), date_start)
        end = date_start if lead is None else lead.start()
    # Quotes and brackets around the figure are no words: «إلى «أكثر من 40»».
    # «والذي استشهد فيه أيضاً أحد رفاقه»: «in it» and «also» stand between the verb and its count.
    before = [w for w in text[max(lo, end - 60) : end].split() if w.strip(PUNCTUATION) and w not in _BETWEEN_VERB_AND_COUNT][-5:]
    after = [w for w in text[q.end : min(hi, q.end + 45)].split() if w.strip(PUNCTUATION)][:5]
    # (Not past a negation: «... وجندي عراقي واحد، مؤكدة أنه لم يُقتل أحد» counts no one killed.)
    after = list(takewhile(lambda w: w.strip(PUNCTUATION) not in NEGATIONS, after))
    if after and re.match(r"(?:هجوم|هجمات|صاروخ|صواريخ|غار|ضرب|طاير|مسير|قذايف|كم|كيلو|ساع|دقيق|يوم|ايام|شهر|عام(?!ل)|سنوات|الف\b|مليون|دولار|برميل|موقع|منشا|مواقع|عملي|شاحن"
        # «تدمير ثلاثة أوكار وقتل من كان بداخلها»: things counted, not people
        r"|اوكار|وكر|اهداف|هدف|مقرات|مخاب|مستودع|سيارات|عجلات|اليات|مركبات|مدرعات|منصات|مبان|منازل"
        # «ألحق أضراراً بأحد خطوط الأنابيب»: the works hit
        r"|خط\b|خطوط|انبوب|انابيب|خزان|خزانات|ابراج|محطه|محطات|مولد|ابار|بير\b|مصاف|معامل|مصانع|جسر|جسور|طرق\b|شوارع|مدارس|مساجد|بيوت|غرف|نوافذ"
        # «قطيعاً يضم أكثر من 150 ناقة», «نفوق 40 رأس غنم»: livestock, trees and land
        r"|ناق|نوق|ابل|جمل|جمال|اغنام|غنم|راس\b|رووس|ماشي|مواشي|بقر|ابقار|خراف|خروف|خيول|حصان|طيور|طير\b|طيرا\b|دجاج|نخل|اشجار|شجر|دونم|هكتار|طن\b|اطنان"
        # «على بعد نحو مئتي متر»: a distance
        r"|متر\b|مترا\b|امتار)", after[0]):
        return None
    if ROUNDS_COUNTED.search(text, max(lo, q.start - 30), q.end):
        return None  # «سقطت قذيفة هاون واحدة»: the rounds counted, not the dead
    if DEAD_AND_WOUNDED.match(text, q.end, hi) or KILLED_AND_WOUNDED_BEFORE.search(text, max(lo, end - 30), end):
        return None  # «ثمانية قتلى ومصابين», «بين قتيل وجريح», «قتل وإصابة 20»: the dead and the wounded together

    if OF_THE_WOUNDED.match(text, q.end, hi) and DIED_OF_WOUNDS_BEFORE.search(text, max(lo, end - 20), end):
        return None  # «قبل أن يفارق اثنان من الجرحى الحياة»: the wounded now dead, the toll told by its new figure
    if WIPED_OUT.search(text, max(lo, end - 40), end):
        return "Killed"  # «مؤكداً القضاء على أكثر من 20 مسلحاً»: fighters wiped out, killed
    if before and (before[-1].strip(PUNCTUATION).removeprefix("و") in ARRESTED or before[-2:] == ["القبض", "علي"]):
        return None  # «أسفرت عن مقتل ثلاثة واعتقال اثنين آخرين»: the arrested, no casualties

    def status(words: list[str]) -> str | None:
        return next((found for w in words if (found := _casualty_word_status(w))), None)

    if text[q.start : q.end] in ("احد", "احدي") and after and after[0].startswith("ال") and (not status(before[-1:]) or status(after[:1])):
        # «وتقول عائلة أحد الشهيدين»: one of the dead told, not a toll; nor «وفاة أحد الجرحى» (one of the
        # wounded told, now dead: the toll revised, told by its new figure)
        return None

    if (column := _table_column(text, q)) is not None:
        # «2 | 06/02/2024 | محمد | 17 | حي الجسر | إصابة بشظايا»: a number alone in a table's cell
        # counts what its column's heading names («القتلى»), not an age or a row's number.
        return status(column.split())
    if before and PART_OF_TOLL.fullmatch(before[-1].strip(PUNCTUATION)) and not status(after[:1]):
        # «بمقتل أربعة عناصر، بينهم اثنان من الجنسية العراقية، وإصابة آخرين»: a part of the toll before.
        found = status(list(reversed(text[max(lo, end - 120) : end].split())))
        if found:
            return found
    # The nearest casualty word decides: «6 قتلي ونحو 20 جريحا», «قتلوا واصيب 25»; but one opening the
    # next count with «و» comes after the verb before: «مقتل 3 وإصابة 5», «قُتل ستة على الأقل وأُصيب».
    next_count = bool(after) and after[0].startswith("و") and status(after[:1]) is not None and status(before[-1:]) is not None
    if (
        not next_count and before[-1:] == ["الي"] and after and after[0].startswith("و") and status(after[:1]) is not None
        and (raised := status(list(reversed(before[-3:-1])))) is not None
    ):
        return raised  # «ارتفاع عدد الشهداء إلى 5 والمصابين إلى 22»: the count raised before «إلى»
    for words in ((before[-1:], after[:1]) if next_count else (after[:1], before[-1:])) + (after[1:3], before[-2:-1], after[3:5]):
        found = status(words)
        if found:
            return found
    if toll := TOLL_AFTER.match(text, q.end, hi):
        return _toll_status(toll.group("word"))
    # («عدد القتلى في القافلة أربعة»: a count of the dead, with where they fell between.)
    if re.search(r"(?:^|\s)عدد\s+\S+\s+(?:في|ب|جراء)\s+\S+$|الي$", " ".join(before)):
        found = status(list(reversed(before)))
        if found is None and before and before[-1] == "الي":
            # «ارتفاع عدد المصابين الأمريكيين في هجوم عين الأسد إلى سبعة»: the toll named further back.
            tolls = list(TOLL_OF.finditer(text, max(lo, end - 120), end))
            found = _toll_status(tolls[-1].group("word")) if tolls else None
        if found is None and any(w.removeprefix("ال") in ("حصيله", "عدد") for w in before):
            # «أوقعت في حصيلة أولية خمسة قتلى، قبل أن يرفع الحصيلة إلى ثمانية», «بمقتل شخصين، قبل أن يؤكد
            # لاحقاً ارتفاع العدد إلى ثلاثة»: the toll or count told before, raised.
            found = status(list(reversed(text[max(lo, end - 120) : end].split())))
        return found
    # «ثلاثة عشر مقاتلاً من فصائل موالية، بينهم تسعة عراقيين، قُتلوا»: the verb after the breakdown.
    # (Not the word after a breakdown told after the verb: «... قُتلوا جراءها، بينهم سوريون، في حين».)
    for verb in (
        VERB_AFTER_BREAKDOWN.match(text, q.end, hi),
        VERB_AFTER_PEOPLE.match(text, q.end, hi) if after and PEOPLE.match(after[0]) else None,
        VERB_AFTER_OF_WHOM.match(text, q.end, hi) if after[:1] == ["من"] else None,
    ):
        if verb and (found := status([verb.group(1)])):
            return found
    # «حين قتلت مسيّرة انطلقت من الأراضي العراقية ثلاثة جنود أمريكيين وأصابت أكثر من أربعين آخرين»:
    # the verb opens the clause, its subject stands between it and the people it struck.
    # («خمسة عناصر على الأقل»: the people inside the count's own words.)
    if after and PEOPLE.match(after[0]) or any(PEOPLE.match(w) for w in text[q.start : q.end].split()[1:2]):
        for w in reversed([w for w in text[max(lo, end - 90) : end].split() if w.strip(PUNCTUATION)][-8:]):
            found = status([w]) or ("Wounded" if HIT_PEOPLE.intersection(s for s, _ in stems(w.strip(PUNCTUATION))) else None)
            if found:
                return found
    return None


def _table_column(text: str, q: Quantity) -> str | None:
    """The heading of the table column a number stands alone in (its cell holds nothing else), or
    None when the number is not alone in a cell of a table with a heading row."""
    line_start = text.rfind("\n", 0, q.start) + 1
    line_end = text.find("\n", q.end)
    if line_end < 0:
        line_end = len(text)
    line = text[line_start:line_end]
    if line.count("|") < 2 or text[line_start : q.start].rsplit("|", 1)[-1].strip() or text[q.end : line_end].split("|", 1)[0].strip():
        return None
    index = text[line_start : q.start].count("|")
    # The heading: the first line of the block of table lines the number's line is in.
    start = line_start
    while start > 0:
        prev = text.rfind("\n", 0, start - 1) + 1
        if text[prev : start - 1].count("|") < 2:
            break
        start = prev
    heading_end = text.find("\n", start)
    cells = text[start : heading_end if heading_end >= 0 else len(text)].split("|")
    return cells[index] if start != line_start and index < len(cells) else None


def _casualty_word_status(word: str) -> str | None:
    """Killed or Wounded for a word naming the dead or the wounded («القتلى», «جرحى»), if it does."""
    forms = {s for s, _ in stems(word.strip(PUNCTUATION))}
    return "Killed" if forms & KILL_WORDS else "Wounded" if forms & WOUND_WORDS else None


def _toll_status(word: str) -> str:
    """Whom a toll counts: «عدد القتلى», and «عدد الضحايا» (the victims of an attack, its dead), or
    «عدد الجرحى»."""
    return "Wounded" if word.removeprefix("ال") in ("مصابين", "جرحي", "اصابات") else "Killed"


def _sentence_of(doc: Document, span: Span, sentences: list[tuple[int, int]]) -> int | None:
    """The sentence holding an original-text span (sentences are in normalised offsets)."""
    offsets = doc.norm.offsets
    for n, (s, e) in enumerate(sentences):
        if offsets[s] <= span.start < offsets[e]:
            return n
    return None


DATELINE_BEFORE = gated(r"\s*(?:[^\s\d،,.:()]+\s+){0,2}[^\s\d،,.:()]+[،,]?\s+")  # the place of a dateline: a word or three
DATELINE_REACH = 400  # characters from the top where a dateline may leave out the year
DATELINE_AFTER = gated(r"\s*(?:\(\s*[^()\d\s][^()\d]{1,24}\)|/\s*[^/\d\s][^/\d\n]{1,24}/)")  # «(شينخوا)», «/خانا/»
# «منذ صباح الخميس»: shelling going on since a part of a day began that day; «منذ 17 أكتوبر»
# opens a tally.
_PART_OF_DAY_WORD = "(?:" + "|".join(PARTS_OF_DAY) + ")"  # «فجر», «صباح» ... «ليلة»
SINCE_PART_OF_DAY = gated(r"منذ\s+" + _PART_OF_DAY_WORD + r"(?:\s|$)")
# «منذ سقوط نظام الأسد في ديسمبر الماضي»: the day of what a tally starts from.
# (Within its phrase: «في تصعيد هو الأخطر منذ أسابيع، اغتالت طائرة مساء أمس» is no time since.)
SINCE_BEFORE = gated(WORD_START + r"[وف]?منذ(?:\s+[^\s.!?؟؛،,]+){1,6}?\s+(?:في\s+)?$")
# «منذ مطلع العام، بعد ضربة الـ4 من كانون الثاني»: what came after the time since, a day of its own.
SINCE_ENDED = gated(r"[،,]\s*(?:[وف]?(?:بعد|عقب|اثر|قبل)|ومنها|منها|اخرها|اولها)\s")
# «منذ ساعات الصباح الأولى من اليوم السبت، تشنّ فصائل هجوماً»: the day an attack going on began.
SINCE_HOURS_OF = gated(
    WORD_START + r"[وف]?منذ\s+(?:ساعات\s+)?(?:ال)?" + _PART_OF_DAY_WORD + r"(?:\s+(?:ال)?(?:اولي|باكر))?(?:\s+(?:من|يوم))?\s+$"
)
# (what goes on since then follows: not «انقطعت الخدمة منذ ساعات الصباح الأولى من اليوم الأحد، بسبب
# ... قصف فجر اليوم», a time since)
GOING_ON_SINCE = gated(r"[\s،,]*(?:" + "|".join(sorted(PRESENT_ATTACK | {"تتعرض", "يتعرض", "تدور", "يدور", "تتواصل", "يتواصل"})) + r")(?:\s|$)")
# «ولم يتبنَّ "داعش" الهجوم حتى صباح اليوم الثلاثاء»: nothing said until then.
RELATIVE_AFTER = gated(r"\s*(?:الذي|التي)\s")
# «قالت المجموعة إنها نفّذت», «وأعلنت الجماعة أنها استهدفت»: the group told of before, saying it did it.
THE_GROUP_SAID_IT_DID = gated(
    WORD_START + r"[وف]?(?:قالت|اعلنت|ذكرت|اكدت|زعمت)\s+(?:ال)?(?:مجموعه|جماعه|ميليشيا|حركه|فصايل)\s+(?:في\s+\S+\s+)?(?:انها|بانها)\s+(?:(?:نفذت|شنت)\s+)?$"
)
GROUP_REACH = 300  # characters back to the group it names
# «وهاجموا», «وقصفت», «واستهدفوا»: an attack verb joined by «و» to the verb before it.
JOINED_VERB = gated(r"و(?:هاجموا|هاجمت|هاجم|قصفوا|قصفت|قصف|استهدفوا|استهدفت|استهدف|اطلقوا|اطلقت|اطلق|هجموا)(?=\s)")
# A verb alone (not a preposition or a noun of place), then the men of a group: the subject of that verb.
SUBJECT_AFTER_VERB = re.compile(
    r"\s*(?!(?:في|من|علي|الي|عن|مع|ضد|مواقع|موقع|مقر|مقرات|نقاط|حاجز|قرب|داخل)\s)[وف]?\S{3,}\s+(?:(?:عناصر|مسلحون|مسلحين|مقاتلون|مقاتلين)\s+(?:من\s+)?)?"
    + SPACE_OR_QUOTE + r"*"
)
# «سبق وقصفت», «سبق أن استهدفت»: had done before (the clause opens at «سبق»).
HAD_DONE_BEFORE = gated(r"سبق\s+(?:ان\s+|(?=و\S))")
TO_WORDS_END = re.compile(r"\S*\s*")
UNTIL_NEGATED = gated(
    WORD_START + r"[وف]?(?:(?:لم|لا|ما|لن)\s+(?:[^.،,؛]+\s+)?|(?:التزم|التزمت|يلتزم|تلتزم|لاذ|لاذت)\s+(?:\S+\s+)?(?:ب)?الصمت\s+)حتي\s+$"
)  # «وفيما التزم البنتاغون الصمت حتى ظهر اليوم»: silent until then
# «موجة من عشرات الهجمات امتدت حتى شباط/فبراير 2024»: the month a run of attacks lasted until.
UNTIL_MONTH = gated(WORD_START + r"[و]?حتي\s+(?:(?:مطلع|بدايه|نهايه|اواخر|اوايل|منتصف)\s+)?$")


def _spans(t: TimeExpr, days: int) -> bool:
    """Does the time expression cover more than ``days`` days (a week: 6, a month: 27)?"""
    return t.earliest is not None and t.latest is not None and (t.latest - t.earliest).days >= days


WHEN_AFTER = gated(r"\s*[،,]?\s*(?:حين|عندما|يوم)\s")


# «اتفاق العاشر من آذار», «تفاهمات 10 آذار»: an agreement known by its day.
AGREEMENT_OF = gated(WORD_START + r"[وبل]?(?:ال)?(?:اتفاق|اتفاقيه|تفاهم|تفاهمات|هدنه|مذكره|مرسوم)\s+(?:يوم\s+)?$")


def _since_or_until(text: str, t: TimeExpr) -> bool:
    """Does the time expression bound a tally or a silence, or date the report («دمشق 12 مارس 2023
    (شينخوا)», «سيول، 21 يناير (هانبيت)» at the top: a dateline), rather than date an attack?"""
    dateline = re.search(r"\d{4}", t.text) or t.start < DATELINE_REACH
    if dateline and DATELINE_AFTER.match(text, t.end) and DATELINE_BEFORE.fullmatch(text, text.rfind("\n", 0, t.start) + 1, t.start):
        return True
    if t.text.startswith("منذ"):
        # «فمنذ الثلاثاء 5 ديسمبر، حين سقطت خمسة صواريخ»: the day the attack after «حين» was on.
        return not SINCE_PART_OF_DAY.match(t.text) and not WHEN_AFTER.match(text, t.end)
    if AGREEMENT_OF.search(text, max(0, t.start - 20), t.start):
        return True  # «في خرق جديد لاتفاق العاشر من آذار»: the day names an agreement
    before = text[max(0, t.start - 60) : t.start]
    since = SINCE_BEFORE.search(before)
    if since and (SINCE_ENDED.search(before, since.start()) or SINCE_HOURS_OF.match(before, since.start()) and GOING_ON_SINCE.match(text, t.end)):
        since = None
    return bool(since or UNTIL_NEGATED.search(before) or _spans(t, 27) and UNTIL_MONTH.search(before) or LASTED_UNTIL.search(before))


# «وإن الاشتباكات استمرت حتى ظهر اليوم نفسه»: when what went on ended, not when it began.
LASTED_UNTIL = gated(
    WORD_BEGIN + r"(?:استمرت|استمر|تواصلت|تواصل|امتدت|امتد|دامت|دام)\s+(?:\S+\s+){0,2}?حتي\s+(?:(?:فجر|صباح|ظهر|عصر|مساء|ليل|ساعات)\s+)?$"
)
# «وصلت إلى مطار المكلا، ظهر أمس الاثنين، جثامين أربعة عمال»: the day the dead were brought home.
BODIES_ARRIVED = gated(WORD_START + r"[وف]?(?:وصل|وصلت|وصلا|وصلوا|تصل|يصل)\s+(?:\S+\s+){0,8}?$")
BODIES = gated(r"[\s،,]*(?:جثامين|جثمان|جثماني|جثث|رفات)(?=\s)")


def _statement_time(text: str, at: int, end: int) -> bool:
    """Does the time expression at ``at:end`` date a statement or report rather than an attack?

    «في بيان الأحد», «قال الأحد», a report's day named after its source: «أفاد مصدر أمني
    في محافظة الأنبار، اليوم الجمعة، بسقوط صواريخ», and the day a statement was issued on:
    «أصدرت لجنة الأمن والدفاع، مساء أمس الخميس، بياناً», and the day the dead were brought home:
    «وصلت إلى مطار المكلا، ظهر أمس الاثنين، جثامين أربعة عمال». Not a day after what was said:
    «قالت القيادة إن مقاتلاتها قصفت أمس».
    """
    if STATEMENT_TIME.search(text[max(0, at - 30) : at]) or STATEMENT_AFTER_TIME.match(text, end):
        return True
    if BODIES.match(text, end) and BODIES_ARRIVED.search(text, max(0, at - 80), at):
        return True
    m = SOURCE_THEN_TIME.search(text[max(0, at - 70) : at]) or FUNERAL_THEN_TIME.search(text[max(0, at - 100) : at])
    if m is None or re.search(r"[.!?؟]\s|\n", m.group(1)):
        return False  # none, or a source of the sentence before
    # «نعى النادي حارس مرماه الذي قُتل مساء أمس»: the day of what a relative clause tells; «أفادت
    # الوزارة بسقوط طائرة مسيّرة فجر اليوم»: the day of the attack or the means reported; «أعلنت
    # مقتل جنديين وإصابة ثالث فجر الأحد»: the day of the dead and wounded.
    words = m.group(1).split()
    if "الي" in words and m.group().split()[0].lstrip("وف") in ("نقل", "نقلت"):
        return False  # «نُقل طفل إلى قسم الطوارئ مساء 5 سبتمبر»: taken to, not reported
    return not any(
        w.strip("،,") in ("ان", "انه", "انها", "انهم", "بان", "الذي", "التي", "الذين", "اللذين", "اللذان", "اللتين", "اللتان")
        or _tells_an_attack(w)
        or _casualty_word_status(w) is not None
        for w in words
    )


def _tells_an_attack(word: str) -> bool:
    """Is the word an attack word or the means of one («استهداف», «بسقوط ... مسيّرة»)?"""
    attack, means, _ = _reading(word)
    return attack or means is not None


def _headline_totals(doc: Document, events: list[Event], sentences: list[tuple[int, int]]) -> None:
    """«مسيّرات تركية تستهدف ... مقتل عاملين وعنصرين من الأسايش» over two attacks, one killing the
    two workers and the other the two members: a headline's toll joining victims of two kinds
    that adds up the tolls the body gives two or more attacks is their total, and one of its
    figures that is another attack's toll is that attack's; neither is the toll of the attack the
    headline joined when the body gives it one. A single figure («ارتفاع الحصيلة إلى خمسة») and a
    part of it («مقتل تسعة بينهم جنديان») stay."""
    if len(events) < 2:
        return
    text = doc.norm.text
    # The headlines' spans in the original text, and those setting a part of the toll apart.
    titled = [(a, b) for a, b in sentences if _is_title(text, (a, b))]
    titles = [doc.span(a, b) for a, b in titled]
    parts = [doc.span(a, b) for a, b in titled if PART_OF_TOLL.search(text, a, b)]

    def title_of(span: Span) -> Span | None:
        return next((t for t in titles if t.start <= span.start < t.end), None)

    # Each attack's largest figure of each kind told in the body.
    figures = {
        status: [max((c.count for c in ev.claims if c.status == status and title_of(c.span) is None), default=0) for ev in events]
        for status in ("Killed", "Wounded")
    }
    for n, ev in enumerate(events):
        for claim in [c for c in ev.claims if c.count]:
            title = title_of(claim.span)
            if title is None or title in parts:
                continue
            in_title = [c for c in ev.claims if c.status == claim.status and title_of(c.span) == title]
            if len(in_title) < 2 and " و" not in doc.quote(claim.span).strip():
                continue  # one kind of victim
            own = figures[claim.status][n]
            others = [f for k, f in enumerate(figures[claim.status]) if k != n and f]
            sums = {sum(part) for k in range(1, min(3, len(others)) + 1) for part in combinations(others, k)}
            if own and claim.count != own and claim.count in sums | {own + total for total in sums}:
                ev.claims.remove(claim)


def _is_title(text: str, sentence: tuple[int, int]) -> bool:
    """A headline or caption: a short line of its own with no closing full stop (but not a
    breaking-news flash after the first line).

    The line may hold more than one sentence: «بعد ساعات من استهداف حقل العمر.. مسيّرات
    تستهدف قاعدة «كونيكو»».
    """
    start, end = sentence
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end].rstrip()
    # A full stop before closing quotes ends a sentence too: «... ما أدى إلى مقتل عنصرين.»
    stop = line.rstrip(" »\"”’')]")[-1:]
    # «ضربة المشتل: هل تعيد واشنطن رسم قواعد الاشتباك؟»: a headline may ask a question.
    if not line or stop in (".", "!", ":") or (stop in ("?", "؟") and line_start > 0):
        return False
    if line.startswith("عاجل") and (line_start > 0 or len(text.split()) <= FLASH_WORDS):
        # «عاجل | مصدر عسكري: طائرتان مسيّرتان انطلقتا ...»: a flash after the headline reports,
        # and so does the first of a line or two standing alone.
        return False
    if TABLE_ROW.match(line):
        return False  # a table's row reports an incident
    if line_start > 0 and _unpunctuated(text):
        return False  # subtitles, a chat, a thread of posts: every line is short and has no full stop
    # «تركيا تقصف شمال العراق وسوريا بعد مقتل تسعة من جنودها.. وجمعية من كيب تاون تعلّق عمل
    # عيادتها»: a headline of two, each part counted on its own.
    parts = [sum(1 for w in part.split() if any(c.isalnum() for c in w)) for part in HEADLINE_PARTS.split(line)]  # a dash is no word
    return max(parts) <= TITLE_WORDS and sum(parts) <= 2 * TITLE_WORDS


def _line_stamp(text: str, clause: Clause, times: list[TimeExpr]) -> TimeExpr | None:
    """The date opening the clause's line, as a chat or a log stamps each message or entry
    («12/11/2023، 11:47 م - أبو سامر: انضربت المزرعة ...»), if the clause is on such a line."""
    line_start = text.rfind("\n", 0, clause.start) + 1
    line = text[line_start : clause.start]
    opening = line_start + len(line) - len(line.lstrip())
    return next((t for t in times if t.start == opening and t.date is not None and t.end <= clause.start), None)


@lru_cache(maxsize=4)
def _unpunctuated(text: str) -> bool:
    """Do hardly any lines after the first (one in five at most) end with a full stop (or «!»,
    «?», «:»), before closing quotes, brackets or a note's number («… 74 هجوماً.[22]»)? So
    subtitles and chats read, with a question or a notice here and there."""
    lines = [line for line in text.split("\n")[1:] if line.strip()]
    return sum(1 for line in lines if LINE_END.search(line)) * 5 <= len(lines)


def _asides(text: str) -> list[tuple[int, int]]:
    """Short phrases set off by dashes inside a sentence, dashes included."""
    return [m.span() for m in ASIDE.finditer(text)]


AFTER_WORDS = ("بعد", "عقب", "اثر", "في اعقاب", "علي اثر")
RESPONSE_WORDS = ("ردا", "رد ", "ثارا", "انتقاما")  # «رداً على», «في رد على», «ثأراً لـ», «انتقاماً لـ»


def _without_conjunction(word: str) -> str:
    """A clause-opening word without the «و» or «ف» before it: «وعقب» → «عقب»."""
    return word[1:] if word[:1] in ("و", "ف") and word[1:].startswith(AFTER_WORDS) else word


def _clause_kind(word: str) -> str:
    """The kind of clause a ``CLAUSE_BREAK`` word opens."""
    if any(w in word for w in RESPONSE_WORDS):
        return "response"
    return "after" if _without_conjunction(word).startswith(AFTER_WORDS) else "main"


def _aside_start(text: str, dash: int) -> int:
    """Where the words of an aside begin, past its opening dash."""
    return _SPACES.match(text, dash + 1).end()  # type: ignore[union-attr]


def _in_parentheses(text: str, start: int, end: int) -> bool:
    """Does the text between ``start`` and ``end`` stand inside short parentheses or quotes
    («(بيجي – كركوك)», «عمليات «المخلب – القفل»») on one line?"""
    line_start = text.rfind("\n", 0, start) + 1
    for left, right in (("(", ")"), ("«", "»")):
        opened = text.rfind(left, line_start, start)
        closed = text.find(right, end, end + 40)
        if opened > text.rfind(right, line_start, start) and start - opened <= 40 and closed >= 0 and "\n" not in text[end:closed]:
            return True
    return False


def _sentences(text: str, asides: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    start = 0
    dashes = {o for a, b in asides for o in (a, b - 1)}
    for m in SENTENCE_END.finditer(text):
        if dashes and any(o in dashes for o in range(m.start(), m.end())):
            continue  # the dash of an aside does not end the sentence
        if m.group(0).strip() in ("-", "–", "—") and (
            TABLE_ROW.match(text, text.rfind("\n", 0, m.start()) + 1) or _in_parentheses(text, m.start(), m.end())
            or ROAD_FROM.search(text, max(0, m.start() - 40), m.start())
            or NATION_BEFORE.search(text, max(0, m.start() - 20), m.start()) and NATION_AFTER.match(text, m.end())
            or WEEKDAY_BEFORE.search(text, max(0, m.start() - 12), m.start()) and WEEKDAY_AFTER.match(text, m.end())
        ):
            # «| 03-04-2024 | الطيانة – ريف دير الزور | هجوم مسلح ...»: a dash in a table's cell;
            # «على خط (بيجي – كركوك)»: one between two names in parentheses; «على طريق الميادين –
            # دير الزور»: one between the two ends of a road; «دورية أميركية - سورية»: one joining two nations;
            # «ليل السبت - الأحد»: one joining the two days of a night
            continue
        if m.start() > start:
            out.append((start, m.start()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return [(s, e) for s, e in out if text[s:e].strip()]


# «في أعقاب الهجوم مباشرة», «بعد الضربة بقليل»: what an attack followed, named by one definite word.
_AFTER_THE_ATTACK = gated(r"\s*(?:في\s+اعقاب|بعد|عقب|اثر)\s+ال\S+(?:\s+(?:مباشره|بقليل|بساعات|بدقايق))?(?=\s+[^\s،,.])")
# «قصفت في رد فوري على الهجوم العربة»: what the strike answered, named by one definite word.
_ANSWERING_THE_ATTACK = gated(r"\s*(?:في\s+)?(?:رد|ردا)(?:\s+(?:فوري|فوريا|مباشر|مباشرا|سريع|سريعا))?\s+علي\s+ال\S+(?=\s+[^\s،,.])")
RIGHT_AFTER = gated(r"\s*(?:في\s+اعقاب|بعد|عقب|اثر)\s+ال\S+\s+(?:مباشره|بقليل|بدقايق)(?=\s)")
_STRIKE_VERBS_BEFORE = frozenset(("استهدفت", "استهدف", "استهدفوا", "قصفت", "قصف", "قصفوا", "ضربت", "ضرب", "هاجمت", "هاجم", "دكت"))


def _inserted_after(text: str, s_start: int, m: re.Match[str]) -> tuple[int, int] | None:
    """Where a phrase of what an attack followed or answered, set right after a strike's verb and before
    its object («فإن طائرة أمريكية استهدفت في أعقاب الهجوم مباشرة عجلة», «قصفت في رد فوري على الهجوم
    العربة»), stands (with the space after it)."""
    before = text[s_start : m.start()].split()
    if not before or before[-1] not in _STRIKE_VERBS_BEFORE:
        return None
    phrase = _AFTER_THE_ATTACK.match(text, m.start()) or _ANSWERING_THE_ATTACK.match(text, m.start())
    return (phrase.start(), phrase.end() + 1) if phrase is not None else None


def _clauses(text: str, sentences: list[tuple[int, int]], asides: list[tuple[int, int]]) -> list[Clause]:
    out = []
    # An aside that opens a clause of its own («- بعد ساعتين من الغارات -») is a hole in the
    # clause around it; any other («-أمس الاثنين-», «-في بيان-») is part of it.
    opening = {(a, b): m for a, b in asides if (m := CLAUSE_BREAK.match(text, _aside_start(text, a)))}
    for n, (s_start, s_end) in enumerate(sentences):
        holes = [(a, b) for a, b in opening if s_start <= a and b <= s_end]
        cuts = [(s_start, "main")]
        for m in CLAUSE_BREAK.finditer(text, s_start, s_end):
            if any(a <= m.start() < b for a, b in holes):
                continue
            word = _without_conjunction(m.group().strip())
            kind = _clause_kind(word)
            if (
                (word == "اثر" or word == "بعد" and AN_AFTER.match(text, m.end()))
                and EFFECT_LEAD.search(text, s_start, m.start())
                and not ATTACK_WORD_RE.search(text, s_start, m.start())
            ):
                # «قتل عنصران، مساء الأحد، إثر انفجار عبوة», «استُشهد ثلاثة ... مساء أمس، بعد أن استهدفت
                # طائرة مسيّرة عجلتهم»: the attack that caused the casualties, on their day.
                continue
            if word.startswith("بعد") and (later := TIME_LATER.match(text, m.start())) and (
                COMMA_BEFORE.search(text, max(s_start, m.start() - 3), m.start()) or SPEECH_GOES_ON.match(text, later.end())
            ):
                # «قصفت القوات الأمريكية، بعد نحو ساعة، مواقع»: when, not after what; so is «وقالت
                # «المقاومة»، في بيان نشرته بعد نحو ساعتين، إنها استهدفت القاعدة»: when it said so.
                continue
            if word == "بينها" and (comma := COMMA.search(text, m.end(), min(s_end, m.end() + 50))) and not ATTACK_WORD_RE.search(text, m.end(), comma.start()):
                continue  # «هاجمت قوات موالية للحكومة، بينها متعاقدون روس، موقعاً لقسد»: who they were, set between commas
            if (
                word == "اذ" and ATTACK_WORD_RE.search(text, cuts[-1][0], m.start())
                and not EXCHANGE.search(text, cuts[-1][0], m.start()) and not NTH_ATTACK.search(text, cuts[-1][0], m.start())
                and not NOT_THE_FIRST.search(text, cuts[-1][0], m.start())
            ):
                # «بعد أسبوعين من ضربة مماثلة، إذ قتل...»: what «إذ» explains is the attack just named
                # (but «شهدت الضفتان قصفاً متبادلاً، إذ استهدفت قسد ...» tells one side's of the exchange,
                # and «هجوم اليوم هو الثاني خلال يومين، إذ سقطت صواريخ» the one before, as «ليست هذه المرة
                # الأولى التي يُستهدف فيها الحقل، إذ سقط صاروخان في 25 يناير» does)
                continue
            if word in "؛;":
                cuts.append((m.end(), "main"))
                continue
            if kind in ("after", "response") and (inserted := _inserted_after(text, s_start, m)) is not None:
                # «استهدفت في أعقاب الهجوم مباشرة عجلة»: what the strike followed, set between the
                # verb and its object: a clause of its own, a hole in the strike's.
                holes.append(inserted)
                opening[inserted] = m
                continue
            cuts.append((m.start(), kind))
            # A fronted «ورداً على الغارات الأميركية، استهدفت...»: the response phrase ends at its comma.
            # So does one opening reported speech: «قال إنه بعد الهجمات المذكورة، شن...».
            lead = text[s_start : m.start()].rstrip(" و\"'“”«»")
            if kind != "main":
                comma = COMMA.search(text, m.end(), s_end)
                fronted = (
                    not lead.strip()
                    or lead.endswith(":")
                    or re.search(WORD_START + r"(?:ان|انه|انها)$", lead)
                    # «وفي 18 تشرين الأول 2023، بعد أيام من اندلاع الحرب، هاجمت»: after a fronted when or where
                    or lead.endswith(("،", ",")) and len(lead.split()) <= 6 and not ATTACK_WORD_RE.search(lead)
                )
                if comma and (
                    fronted
                    or kind == "response" and (
                        RESULT_AFTER_COMMA.match(text, comma.end()) or SPEAKER_GOES_ON.match(text, comma.end())
                        or SHE_CAUSED_AFTER_COMMA.match(text, comma.end()) and MASCULINE_ANSWERED.match(text, m.end())
                    )
                ):
                    # «قصفت ... مواقع للميليشيات، رداً على الهجوم، ما أسفر عن سقوط قتيلين»: what the
                    # strike caused, not the attack it answered.
                    cuts.append((comma.end(), "main"))
        # «مقتل عسكريين بهجوم على حافلة في بادية الميادين وغارات روسية على مخابئ "داعش"»: a headline
        # telling two attacks, each with its own class and hands.
        if AND_ANOTHER_ATTACK.search(text, s_start, s_end) and _is_title(text, (s_start, s_end)):
            for m in AND_ANOTHER_ATTACK.finditer(text, s_start, s_end):
                first = ATTACK_WORD_RE.search(text, max(c for c, _ in cuts if c <= m.start()), m.start())
                if first is not None and len(text[first.end() : m.start()].split()) >= 3:
                    cuts.append((m.start() + 1, "main"))
        cuts.sort(key=lambda c: c[0])
        cuts.append((s_end, "end"))
        for (a, kind), (b, _) in zip(cuts, cuts[1:]):
            if b > a and text[a:b].strip():
                out.append(Clause(a, b, n, kind, tuple((x, y) for x, y in holes if a <= x and y <= b)))
        for a, b in holes:
            opener = opening[(a, b)]
            out.append(Clause(opener.start(), b - 1, n, _clause_kind(opener.group().strip())))
    out.sort(key=lambda c: c.start)
    return out
