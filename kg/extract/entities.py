"""Actors and places: gazetteer names through clitics and spelling variants, and names from context.

Matching runs over the normalised text token by token. A token may carry
proclitics (و ف ب ك ل ال), so each reading from :func:`kg.arabic.stems` is
tried as the start of a gazetteer name, the longest name wins, and the mention's
span starts after the clitics. Names the gazetteer lacks are still found from
the word in front of them («قاعدة X», «بلدة X», «ميليشيا X»...) and get a stable
IRI minted from the normalised name (never after a definite head word: «القاعدة،
دون» names nothing); a name of two words may open with a short word («قاعدة تل بيدر»,
«قرية أم المعزة»); such a town is known without its head word where only a place can stand
(«ضربة العبيدي», «قرب العبيدي»). Generic groups («الميليشيات الموالية لإيران», «فصائل مدعومة
من إيران») are recognised by pattern. A group once named is known by its head
noun alone («الكتائب», «المقاومة», «الميليشيات») and, in its own statement, as
«مجاهدونا» (the speaker's fighters, not those of a group the statement names on the
way). A state's forces and intelligence service are named by a nationality adjective
(«مقاتلات أمريكية», «الاستخبارات التركية»).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from datetime import date
from functools import lru_cache

from kg.arabic import Token, stems
from kg.extract import Document, EntityMention
from kg.gated import gated
from kg.gazetteer import Gazetteer, load_gazetteer
from kg.rdf import DEFAULT_BASE, Minter

ID = DEFAULT_BASE
IRAN_BACKED = ID + "actor/iran-backed-militias"
US_FORCES = ID + "actor/us-forces"
IDF = ID + "actor/idf"
RUSSIAN_FORCES = ID + "actor/russian-forces"
TURKISH_FORCES = ID + "actor/turkish-forces"
UK_FORCES = ID + "actor/uk-forces"
IRAQI_FORCES = ID + "actor/iraqi-security-forces"
REGIME = ID + "actor/syrian-regime-forces"
GOVERNMENT = ID + "actor/syrian-government-forces"

# Between two words of one name only spaces, quotes and hyphens may stand, and a hashtag's marks
# («في بلدة #الصور», «#دير_الزور»).
_NAME_GAP = gated(r"^[\s\"'«»“”‘’\-–#_]*$")

# Head words that introduce a name, with the class of what they introduce.
_HEADS: dict[str, tuple[str, str]] = {
    "قاعده": ("place", "Base"),
    "قاعدتي": ("place", "Base"),
    "معسكر": ("place", "Base"),
    "مخيم": ("place", "Settlement"),
    "مطار": ("place", "Facility"),
    "معبر": ("place", "Facility"),
    "حقل": ("place", "Facility"),
    "حقول": ("place", "Facility"),
    "مستشفي": ("place", "Facility"),
    "بلده": ("place", "Settlement"),
    "بلدتي": ("place", "Settlement"),
    "قريه": ("place", "Settlement"),
    "قريتي": ("place", "Settlement"),
    "قري": ("place", "Settlement"),
    "مدينه": ("place", "Settlement"),
    "مدينتي": ("place", "Settlement"),
    "مزارع": ("place", "Settlement"),
    "حي": ("place", "Settlement"),
    "ناحيه": ("place", "Region"),
    "منطقه": ("place", "Region"),
    "منطقتي": ("place", "Region"),
    "محافظه": ("place", "Region"),
    "ميليشيا": ("actor", "ArmedGroup"),
    "مليشيا": ("actor", "ArmedGroup"),
    "ميلشيا": ("actor", "ArmedGroup"),
    "لواء": ("actor", "ArmedGroup"),
    "كتايب": ("actor", "ArmedGroup"),
    "حركه": ("actor", "ArmedGroup"),
    "قناه": ("actor", "Organization"),
    "وكاله": ("actor", "Organization"),
    "صحيفه": ("actor", "Organization"),
}
# After these «مزارع» is a farmer hurt or killed, not farms: «أُصيب مزارع بحروق».
_HURT = frozenset(("اصيب", "جرح", "قتل", "مقتل", "اصابه", "استشهد", "استشهاد", "توفي", "وفاه"))
# «حركة» before these is the movement of traffic or people, not a group's name («حركة الملاحة»).
_MOVEMENT_OF = frozenset((
    "الملاحه", "المرور", "السير", "الطيران", "الاقلاع", "النزوح", "العوده", "التنقل", "النقل", "العبور", "الشاحنات",
    "المسافرين", "الرحلات", "التجاره", "الاسواق", "البيع", "نزوح", "النازحين", "الشحن", "الارتال", "القوافل", "الدوريات",
))
# After «وكالة», «قناة», «صحيفة», an adjective of the outlet's kind, not its name («وكالة مقرّبة منها»).
_OUTLET_KINDS = frozenset((
    "مقربه", "محليه", "كرديه", "رسميه", "تلفزيونيه", "اخباريه", "عراقيه", "سوريه", "ايرانيه", "تركيه", "روسيه", "عربيه",
    "اجنبيه", "دوليه", "خاصه", "حكوميه", "معارضه", "مواليه", "امريكيه", "اميركيه", "غربيه", "لبنانيه", "اردنيه", "فضاييه",
))
_PLURAL_HEADS = {"قري", "قريتي", "بلدتي", "مدينتي", "قاعدتي", "حقول", "بلدات", "منطقتي"}
# After «منطقة» an indefinite adjective is more common than a name: «منطقة صحراوية», «منطقة نفوذ».
_AREA_HEADS = {"منطقه", "منطقتي"}
_AREA_NOT_NAME = set(
    "نفوذ سيطره قريبه واسعه مفتوحه خاليه امنه تماس اشتباك عمليات انتشار تمركز مزدحمه القاعده الحدود المحيطه المجاوره".split()
)
# The words after a head that are no name: «منطقة نفوذ», the movement of traffic («حركة الملاحة»),
# the kind of an outlet («وكالة مقرّبة منها», «قناة تلفزيونية»).
_NOT_NAMES_AFTER: dict[str, frozenset[str]] = {
    **{head: frozenset(_AREA_NOT_NAME) for head in _AREA_HEADS},
    "حركه": _MOVEMENT_OF,
    # «معسكر تدريب», «مخيم نازحين»: the kind of camp, not its name.
    "معسكر": frozenset(("تدريب", "التدريب", "لتدريب", "تدريبي", "اعتقال", "احتجاز", "ايواء", "تابع", "تابعا", "ضخم", "كبير", "سري")),
    "مخيم": frozenset(("نازحين", "لاجيين", "ايواء", "عشوايي", "موقت", "صيفي")),
    # «حي سكني», «حي شعبي»: the kind of quarter.
    "حي": frozenset(("سكني", "شعبي", "مكتظ", "سكنيا", "شعبيا", "مجاور", "قريب", "اخر")),
    **{head: _OUTLET_KINDS for head, (_, cls) in _HEADS.items() if cls == "Organization"},
}

# Words that cannot be (the start of) a name after a head word.
_NOT_NAME = set(
    """
    في من الي علي عن مع قرب بالقرب بين ضد عند لدي منذ خلال حيث التي الذي الذين التابعه التابع
    الواقعه الواقع المتمركزه العسكريه العسكري الامريكيه الاميركيه الامريكي الاميركي الجويه الجوي
    الدوليه الدولي التحالف المحليه الحدوديه الحدودي النفطي النفطيه الكبري اخري اخر عسكريه عسكري
    امريكيه اميركيه جويه الاحتلال المذكوره نفسها ذاتها هذه هذا تلك ذلك كل بعض اي عده ثانيه
    الايرانيه الايراني ايرانيه ايرانيا مواليه الموالي المواليه المدعومه مدعومه
    تابعه التابعين المرتبطه مرتبطه المسلحه مسلحه عراقيه العراقيه سوريه السوريه اجنبيه الاجنبيه
    تطلق يطلق اطلقت تضم يضم دعم الدعم شرق غرب شمال جنوب شرقي غربي شمالي جنوبي ريف بريف وسط
    مجهوله مجهول مشتركه المشتركه و او ثم قد لم لن ان انه انها كان كانت
    مقابله المقابله مجاوره المجاوره قريبه محيطه متفرقه عديده متاخمه محاذيه نايه حدوديه
    لشن لتنفيذ لاطلاق لانطلاق
    """.split()
)

_MILITIA = gated(
    r"(?<![^\s«“\"(])"  # a word's start, or after an opening quote or bracket
    r"(?P<clitics>[وفبل]{0,2})(?:ال)?"
    r"(?:ميليشيات|مليشيات|ميلشيات|ميليشيا|مليشيا|فصايل|فصيل|جماعات|جماعه|مجموعات|مجموعه|وكلاء|مسلحين|مسلحون|مقاتلين|مقاتلون|عناصر|قوات)"
    r"(?:\s+(?:ال)?(?:عراقيه|مسلحه|شيعيه|الشيعيه|اجنبيه|الاجنبيه|متطرفه|ارهابيه)){0,2}"
    r"\s+(?:"
    r"(?:ال)?(?:مواليه|موالين|مواليا|موالي|الموالي|تابعه|تابعين|مدعومه|مدعومين|مدعوما|مرتبطه|مرتبطين|متحالفه|متحالفين|مقربه|مقربين|رديفه|المقربه|التي\s+تدعمها|التي\s+ترعاها|ترعاها|تدعمها)"
    r"(?:\s+(?:من|مع|ب|ل))?\s*(?:ل|ب)?[«“\"]?(?:ايران|طهران|الحرس\s+الثوري(?:\s+الايراني)?|لايران|بايران|للحرس\s+الثوري(?:\s+الايراني)?|بالحرس\s+الثوري(?:\s+الايراني)?)"
    r"|(?:ال)?ايرانيه|ايران|الحرس\s+الثوري(?:\s+الايراني)?"
    r"|مدعومه\s+ايرانيا|مدعومين\s+ايرانيا"
    r")"
)
# The nationality adjectives of the states whose forces strike in the region.
NATIONALITY_WORDS = ("امريكيه", "اميركيه", "امريكي", "اميركي", "اسراييليه", "اسراييلي", "روسيه", "روسي", "تركيه", "تركي", "بريطانيه", "بريطاني")
NATIONALITIES = "(?:" + "|".join(NATIONALITY_WORDS) + ")"
# Aircraft and forces named by a nationality adjective: «مقاتلات أمريكية», «الطيران الإسراييلي»,
# and a state's intelligence service, which strikes with drones: «الاستخبارات التركية».
_NATIONAL = gated(
    r"(?<![^\s\"'«“])(?P<clitics>[وفبل]{0,2})(?:ال)?"
    # («طيران» only with a masculine adjective: in «صناعات الفضاء والطيران التركية» it is the company's)
    r"(?:مقاتلات|مقاتله|مقاتلتين|طايرات|طايره|الطايرات|طيران(?!\s+\S+ه(?=[\s\"'”»]|$|[،,.]))|طيرانا|حربيه|قوات|جنود|القوات|استخبارات|مخابرات)"
    r"(?:\s+(?:ال)?(?:حربي|حربيه|عسكريه|مسيره|مسلحه|حربيا))?"
    # (the accusative too, in quotes: «إن «طيراناً أمريكياً» نفّذ الضربة»)
    r"\s+(?P<nat>(?:ال)?" + NATIONALITIES + r")ا?(?=[\s\"'”»]|$|[،,.])"
)


# «... السوري والروسي»: a second nationality joined to the forces just named.
_AND_NATIONAL = gated(r"\s+و(?P<nat>(?:ال)?" + NATIONALITIES + r")(?=\s|$|[،,.])")

# Armed factions fighting for the government in Damascus: «فصائل تابعة للحكومة», «قوات موالية للحكومة
# السورية», «الفصائل المرتزقة التابعة لحكومة دمشق», «فصائل تابعة لوزارة الدفاع في الحكومة السورية» (its
# forces, as the day tells).
_GOVERNMENT_FACTIONS = gated(
    r"(?<![^\s«“\"(])(?P<clitics>[وفبل]{0,2})(?:(?:ال)?(?:فصايل|فصيل|ميليشيات|مليشيات|مجموعات|مجموعه|قوات)"
    r"(?:\s+(?:ال)?(?:مرتزقه|مسلحه|عسكريه)){0,2}"
    r"\s+(?:(?:ال)?(?:تابعه|مواليه|موالي|موالين)\s+"
    r"(?:لل?حكومه(?:\s+(?:دمشق|السوريه))?|لدمشق|لوزاره\s+الدفاع(?:\s+(?:السوريه|في\s+الحكومه\s+السوريه))?|للنظام(?:\s+السوري)?)"
    # «فصائل منضوية في وزارة الدفاع السورية»: enrolled in its ministry
    r"|(?:ال)?(?:منضويه|المنضويه)\s+(?:في|تحت\s+(?:مظله|لواء))\s+(?:وزاره\s+الدفاع(?:\s+السوريه)?|الحكومه(?:\s+السوريه)?|الجيش\s+السوري))"
    # «قصف مدفعي لفصائل الحكومة», «تجمعات لفصائل حكومية», «قوات حكومة دمشق»
    r"|(?:ال)?(?:فصايل|فصيل)\s+(?:الحكومه(?:\s+السوريه)?(?!\s+(?:العراقيه|الاتحاديه))|حكوميه)|(?:ال)?(?:فصايل|ميليشيات|قوات)\s+حكومه\s+دمشق)"
    r"(?=[\s«»\"”،,.]|$)"
)

# «جماعة تطلق على نفسها "سرايا الثأر للمهندس"», «يسمي نفسه "لواء ..."», «جماعة اسمها "..."», «فصيل
# يُعرف باسم "..."» (after a group word, the verb agreeing with it: «قيادي في التنظيم يُدعى "..."» is a person).
_SELF_NAMED = gated(
    r"(?:(?:يطلق|تطلق|يطلقون|يسمي|تسمي|يسمون)\s+(?:علي\s+)?(?:نفسه|نفسها|انفسهم|نفسهم)"
    r"|(?<!\S)[وف]?(?:جماعه|مجموعه|ميليشيا)\s+(?:\S+\s+)?(?:اسمها|تدعي|تعرف\s+باسم|تحمل\s+اسم)"
    r"|(?<!\S)[وف]?فصيل\s+(?:\S+\s+)?(?:اسمه|يدعي|يعرف\s+باسم|يحمل\s+اسم))\s+(?:اسم\s+)?"
    r"[\"«“](?P<name>[^\"«»“”\n.،,]{3,60}?)[\"»”]"
)


class EntityExtractor:
    """Actors and places: gazetteer names (with variants and clitics) and names found from context."""

    name = "entities"
    order = 10

    def __init__(self, gazetteer: Gazetteer | None = None, minter: Minter | None = None) -> None:
        self.gazetteer = gazetteer or load_gazetteer()
        self.minter = minter or Minter()
        self._starts: dict[str, tuple[tuple[str, int], ...]] = {}
        # Each place and the places within it, by IRI, with the names to look for around a homonym.
        self._within: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for iri, entry in self.gazetteer.entries.items():
            if entry.kind == "place" and entry.norm_label:
                for container in (iri, *entry.located_in):
                    self._within[container].append((iri, entry.norm_label))

    def extract(self, doc: Document) -> None:
        text = doc.norm.text
        toks = doc.tokens
        found: list[EntityMention] = []
        taken: set[int] = set()  # token indexes already part of a name
        free = 0  # the first token not inside a name found
        for i in [k for k, t in enumerate(toks) if self._name_starts(t.text)]:  # most words begin no name
            hit = self._gazetteer_at(text, toks, i) if i >= free else None
            if hit is None:
                continue
            j, plen, iris = hit
            if _qualified_elsewhere(toks, i, j):
                continue
            if text[toks[i].start - 1 : toks[i].start] in _OPENING_QUOTES and OUTLET_AFTER_PLACE.match(text, toks[j].end):
                continue  # «البصيرة الآن», «دير الزور 24»: a local page named after its place
            if plen == 0 and NOM_DE_GUERRE.search(text, max(0, toks[i].start - 60), toks[i].start):
                continue  # «رفيقينا المقاتلين جودي عفرين وآزاد كوباني»: fighters named after their towns
            # «قوات الحكومة السورية» in 2023 and in 2025 are two institutions.
            iris = self._of_the_day(iris, doc.published)
            iri = self._disambiguate(iris, text, toks, i, plen)
            found.append(self._mention(doc, iri, toks[i].start + plen, toks[j].end))
            taken.update(range(i, j + 1))
            free = j + 1
        found.extend(self._patterns(doc))
        found.extend(self._and_national(doc, found))
        found.extend(self._self_named(doc, found))
        found.extend(self._from_context(doc, toks, taken))
        found.extend(_named_again(doc, toks, found, taken))
        found.sort(key=lambda m: (m.nstart, -m.nend))
        found = _drop_overlaps(found)
        doc.entities.extend(_drop_overlaps(sorted(found + _short_forms(doc, toks, found), key=lambda m: (m.nstart, -m.nend))))

    # -- gazetteer ---------------------------------------------------------------------

    def _gazetteer_at(self, text: str, toks: list[Token], i: int) -> tuple[int, int, list[str]] | None:
        """The longest gazetteer name starting at token i: (last token, clitic length, IRIs)."""
        best: tuple[int, int, list[str]] | None = None
        for stem, plen in self._name_starts(toks[i].text):
            words = [stem]
            for j in range(i, min(len(toks), i + self.gazetteer.max_tokens)):
                if j > i:
                    gap = text[toks[j - 1].end : toks[j].start]
                    if gap != " " and not _NAME_GAP.match(gap):  # (a space, most often: no pattern needed)
                        break
                    words.append(toks[j].text)
                iris = self.gazetteer.lookup(tuple(words))
                if iris and (best is None or j > best[0]):
                    best = (j, plen, iris)
        return best

    def _of_the_day(self, iris: list[str], day: date | None) -> list[str]:
        """The entities among these that existed on that day (all of them if none did)."""
        return [iri for iri in iris if self.gazetteer.entries[iri].exists_on(day)] or iris

    def _name_starts(self, word: str) -> tuple[tuple[str, int], ...]:
        """The readings of a word that begin a gazetteer name (most words: none)."""
        found = self._starts.get(word)
        if found is None:
            if len(self._starts) >= 100_000:
                self._starts.clear()  # bounded: a long build meets ever more words
            found = self._starts[word] = tuple((s, n) for s, n in stems(word) if self.gazetteer.starts_name(s))
        return found

    def _disambiguate(self, iris: list[str], text: str, toks: list[Token], i: int, plen: int) -> str:
        """Pick one of several entities sharing a name, from the word before and the places around."""
        if len(iris) == 1:
            return iris[0]
        entries = [self.gazetteer.entries[iri] for iri in iris]
        prefix = toks[i].text[:plen]
        head = toks[i - 1].text if i > 0 else ""
        head_cls = _HEADS.get(head[1:] if head[:1] in "وفبل" and head[1:] in _HEADS else head)
        if head_cls:
            same = [e for e in entries if e.cls == head_cls[1] or (head_cls[1] == "Settlement" and e.cls == "Settlement")]
            if len(same) == 1:
                return same[0].iri
        if "ال" not in prefix and head in ("محافظه", "بمحافظه", "لمحافظه"):
            regions = [e for e in entries if e.cls == "Region"]
            if regions:
                return regions[0].iri
        # A homonym is decided by the places named around it: the one whose district
        # (nearest container) holds, or is, another place in the window wins.
        window = text[max(0, toks[i].start - 150) : toks[i].end + 150]
        scores = []
        for entry in entries:
            parent = entry.located_in[0] if entry.located_in else None
            near = self._within.get(parent, ()) if parent is not None else ()
            scores.append(sum(1 for other, label in near if other not in iris and label in window))
        best = max(range(len(entries)), key=lambda k: (scores[k], _CLASS_PREFERENCE.get(entries[k].cls, 0)))
        return entries[best].iri

    def _mention(self, doc: Document, iri: str, nstart: int, nend: int) -> EntityMention:
        entry = self.gazetteer.entries[iri]
        span = doc.span(nstart, nend)
        return EntityMention(iri, entry.kind, entry.cls, doc.quote(span), span, nstart, nend, True)

    # -- patterns ----------------------------------------------------------------------

    def _patterns(self, doc: Document) -> list[EntityMention]:
        out = []
        text = doc.norm.text
        # The government's factions are its forces of the day: the Assad government's until December 2024.
        government = self._of_the_day([REGIME, GOVERNMENT], doc.published)[0]
        # (Each pattern is gated: a text without a word its matches hold is not scanned.)
        for regex, resolve in (
            (_MILITIA, lambda _: IRAN_BACKED),
            (_NATIONAL, lambda m: national_forces(m.group("nat"))),
            (_GOVERNMENT_FACTIONS, lambda _: government),
        ):
            for m in regex.finditer(text):
                iri = resolve(m)
                if iri is None or iri not in self.gazetteer.entries:
                    continue
                out.append(self._mention(doc, iri, m.end("clitics"), m.end()))
        return out

    def _and_national(self, doc: Document, found: list[EntityMention]) -> list[EntityMention]:
        """A second state's forces joined to the first's by their nationality alone: «الطيران
        الحربي السوري والروسي», «القوات الأمريكية والبريطانية»."""
        out = []
        for m in found:
            if m.kind != "actor" or m.cls != "StateForce" or (then := _AND_NATIONAL.match(doc.norm.text, m.nend)) is None:
                continue
            iri = national_forces(then.group("nat"))
            if iri is not None and iri != m.iri and iri in self.gazetteer.entries:
                out.append(self._mention(doc, iri, *then.span("nat")))
        return out

    def _self_named(self, doc: Document, found: list[EntityMention]) -> list[EntityMention]:
        """A group by the name it gives itself: «فصيل يطلق على نفسه "سرايا الثأر"»."""
        out = []
        for m in _SELF_NAMED.finditer(doc.norm.text):
            nstart, nend = m.span("name")
            if any(e.nstart < nend and nstart < e.nend for e in found):
                continue  # a name the gazetteer knows
            iri = self.minter.minted_entity("actor", " ".join(m.group("name").split())).value
            span = doc.span(nstart, nend)
            out.append(EntityMention(iri, "actor", "ArmedGroup", doc.quote(span), span, nstart, nend, False))
        return out

    def _from_context(self, doc: Document, toks: list[Token], taken: set[int]) -> list[EntityMention]:
        """Names after a head word («بلدة زمار») that the gazetteer does not know."""
        out: list[EntityMention] = []
        text = doc.norm.text
        for i, tok in enumerate(toks[:-1]):
            head = _head_of(tok.text)
            if head is None:
                continue
            kind, cls = _HEADS[head]
            if head == "مزارع" and i > 0 and toks[i - 1].text.removeprefix("و") in _HURT:
                continue  # «وأُصيب مزارع بحروق»: a farmer, not farms
            j = i + 1
            while j < len(toks):
                name = self._name_at(text, toks, j, taken, first=j == i + 1, head=head)
                if name is None:
                    break
                first, last, plen = name
                nstart, nend = toks[first].start + plen, toks[last].end
                words = text[nstart:nend]
                iri = self.minter.minted_entity(kind, " ".join(words.split())).value
                span = doc.span(nstart, nend)
                out.append(EntityMention(iri, kind, cls, doc.quote(span), span, nstart, nend, False))
                taken.update(range(first, last + 1))
                j = last + 1
                # Plural heads introduce lists: «قرى المريعية ومراط والجفرة».
                if head not in _PLURAL_HEADS or j >= len(toks) or not toks[j].text.startswith("و"):
                    break
        return out

    def _name_at(
        self, text: str, toks: list[Token], j: int, taken: set[int], first: bool, head: str = ""
    ) -> tuple[int, int, int] | None:
        """A one- or two-word name at token j (``first``: right after the head): (first, last, clitic length)."""
        if j in taken:
            return None
        gap = text[toks[j - 1].end : toks[j].start]
        # A comma only between the names of a list («قرى المريعية، ومراط»), never after the head.
        if not _NAME_GAP.match(gap) and not (gap.strip() in ("،", ",") and not first):
            return None
        word = toks[j].text
        plen = 0
        if word.startswith("و") and (len(word) > 3 or word[1:] in _SHORT_OPENERS) and word[1:] not in _NOT_NAME:
            word, plen = word[1:], 1  # «قرى أم الكيف وتل جمعة»: «تل جمعة»
        if _head_of(word) is not None:
            return None  # «قرى ناحية زركان»: the second head takes the name
        # «تل», «أم» are short, but open names of two words: «قاعدة تل بيدر», «قرية أم المعزة».
        if word in _NOT_NAME or (len(word) < 3 and word not in _SHORT_OPENERS) or word.isdigit() or not _is_arabic(word):
            return None
        if word.startswith("لل") or word.startswith("ل") and (word[1:] in _GROUP_NOUNS or "ا" + word[1:] in _GROUP_NOUNS):
            return None  # «قاعدة لقوات التحالف», «حقل للنفط»: a preposition and a common noun, not a name
        if _looks_like_verb(word):
            return None  # «قاعدة يتواجد بها»: a relative clause, not a name
        if word in _NOT_NAMES_AFTER.get(head, ()):
            return None  # «منطقة نفوذ», «حركة الملاحة», «وكالة مقرّبة منها»: no name after this head
        if head in _AREA_HEADS and not word.startswith("ال") and (word.endswith(("يه", "ي", "ه")) or word[0] in "تي"):
            return None  # «منطقة صحراوية», «منطقة حدودية»: an adjective; «منطقة تعرف بـ»: a verb
        last = j
        nxt = j + 1
        two_words = (
            nxt < len(toks)
            and nxt not in taken
            and _NAME_GAP.match(text[toks[j].end : toks[nxt].start])
            and toks[nxt].text not in _NOT_NAME
            and _is_arabic(toks[nxt].text)
            # After a word that opens a name any second word belongs to it («تل بيدر»), else not
            # one that may be a preposition and the next phrase («بلدة الهول بريف الحسكة»).
            and (
                word in _NAME_OPENERS and not toks[nxt].text.startswith("و")
                or toks[nxt].text.startswith("ال") and not toks[nxt].text.startswith(("و", "ب", "ل"))
            )
        )
        if two_words:
            last = nxt
        elif word in _SHORT_OPENERS:
            return None
        return j, last, plen


# Words that open a name of two: «أبو حمام», «تل بيدر», «عين عيسى», «دير حافر».
_NAME_OPENERS = {"ابو", "ام", "عين", "تل", "دير", "حويجه", "عبد", "بير", "راس", "جسر"}
_SHORT_OPENERS = {"تل", "ام"}
_CLASS_PREFERENCE = {"Region": 3, "Settlement": 2, "Base": 1}


_GROUP_NOUNS = set("قوات جيش الجيش ميليشيات الميليشيات فصايل جماعات مجموعات التحالف القوات عناصر".split())


def _looks_like_verb(word: str) -> bool:
    """Imperfect verbs (يتواجد، تستخدم، ينتشر) follow head nouns in relative clauses."""
    return len(word) > 4 and word[:2] in ("يت", "تت", "ين", "تن", "يس", "تس", "يق", "تق") and not word.startswith("ال")


# Bare common nouns that the gazetteer reads as one well-known actor («التحالف»: the US-led
# coalition), unless a qualifying adjective makes them another («التحالف العربي», «التحالف الشيعي»).
# The nouns are masculine: a feminine adjective after them qualifies the noun before them
# («دفاعات التحالف الجوية», «طائرات التحالف الحربية»).
# So is «الأمن العام» (Syria's) of another country: «الأمن العام اللبناني».
_BARE_NAMES = {"التحالف": {"الدولي", "الامريكي", "الاميركي", "الغربي"}, "الامن العام": {"السوري"}}


# The word a local news page adds to the name of its place, inside the quotes of its name.
OUTLET_AFTER_PLACE = gated(r"[ \t]+(?:الان|24|نيوز|بوست|تايمز|برس|انفو)[\"'»”]")
_OPENING_QUOTES = ("\"", "'", "«", "“")
# (Words that place what follows, not given names: «مقاتلين في عفرين», «مقاتل قرب منبج».)
_NOT_A_GIVEN_NAME = (
    r"(?!(?:[وف]?(?:في|من|الي|علي|عن|قرب|داخل|بين|عند|مع|حول|ريف|مدينه|بلده|قريه|منطقه|ناحيه|محيط|اطراف|وسط|مدخل)"
    r"|(?:شمال|جنوب|شرق|غرب)\S*)\s)"
)
# A fighter, a martyr or a comrade, a given name and the town it goes with («الشهيد جودي عفرين»);
# or the second of two such names («المقاتلين جودي عفرين وآزاد كوباني»).
NOM_DE_GUERRE = gated(
    r"(?<!\S)(?:ال)?(?:مقاتل|مقاتله|مقاتلين|مقاتلتين|مقاتلان|شهيد|شهيده|شهيدين|شهيدان|رفيق|رفيقه|رفيقنا|رفيقينا|رفيقيه|رفيقتنا|رفاقنا|قيادي|قياديه)"
    r"\s+(?:[^\s\d]+\s+[^\s\d]+\s+و)?" + _NOT_A_GIVEN_NAME + r"[^\s\d]+\s+$"
)


def _qualified_elsewhere(toks: list[Token], i: int, j: int) -> bool:
    """Is the name at tokens i..j a bare noun that the next word makes another name?"""
    if j + 1 >= len(toks) or not toks[j + 1].text.startswith("ال"):
        return False  # (most names: no adjective after them)
    rest = " ".join(t.text for t in toks[i + 1 : j + 1])
    allowed = next((_BARE_NAMES[name] for s, _ in stems(toks[i].text) if (name := f"{s} {rest}".rstrip()) in _BARE_NAMES), None)
    nxt = toks[j + 1].text
    return allowed is not None and nxt.endswith("ي") and len(nxt) > 4 and nxt not in allowed


# Once a group is named, its head noun alone stands for it: «المقاومة الإسلامية في العراق» ...
# «مجاهدو المقاومة»; «كتائب حزب الله» ... «عناصر من الكتائب»; «تنظيم الدولة» ... «خلايا التنظيم».
_SHORT_HEADS = set("المقاومه الحشد الكتايب الحركه التنظيم الحرس الميليشيات المليشيات الفصايل".split())
# Fighters in the first person plural, in a group's own statement: the group last named.
_OUR_FIGHTERS = set("مجاهدونا مجاهدينا مجاهدوننا مقاتلونا مقاتلينا ابطالنا".split())
# «قالت المقاومة إن مجاهديها استهدفوا», «قالت سنتكوم إن قواتها نفذت»: a group's or a force's
# fighters in the third person, told of in the sentence that names it, are the group or force.
_ITS_FIGHTERS = gated(r"[وف]?((?:مجاهد|مقاتل|مسلح)(?:ي|و)|عناصر|قوات)(?:ها|ه|هم)")
_FIGHTING = ("ArmedGroup", "StateForce")
# «يتبنّى فيه التنظيم التفجيرين»: the head noun alone, then what the group did (no adjective of a name).
_ITS_DEED = gated(r"ال(?:تفجير|هجوم|هجمات|ضرب|قصف|عمليه|عمليات|مسووليه|استهداف|اعتداء)")
# «وقالت المقاومة»: a side about to speak (its words follow).
SPEAKING = gated(r"(?<!\S)[وف]?(?:قالت|قال|اعلنت|اعلن|ذكرت|ذكر|اكدت|اكد|اضافت|اضاف|توعدت|تبنت)\s*[\"«“]*$")
_SHORT_WORD = gated("|".join(sorted({h[2:] for h in _SHORT_HEADS} | _OUR_FIGHTERS | {"مجاهد", "مقاتل", "مسلح", "عناصر", "قوات"})))  # a cheap first test
_POSSESSOR_REACH = 80  # characters between the group and «its fighters», in one sentence


def _word_before(text: str, at: int) -> set[str]:
    """The readings of the word right before an offset, quotes skipped: «وفصائل» before «"المقاومة»."""
    words = text[max(0, at - 16) : at].rstrip(" \"'«“").split()
    return {s for s, _ in stems(words[-1])} if words else set()


def _named_again(doc: Document, toks: list[Token], found: list[EntityMention], taken: set[int]) -> list[EntityMention]:
    """A town or district named after its head word («ناحية العبيدي»), named again without it
    where only a place can stand: after an attack («ضربة العبيدي») or «قرب». So is a known one
    whose name holds its head word («بلدة الصور» ... «تفجير الصور»: bare, it is «the pictures»)."""
    text = doc.norm.text
    minted: dict[str, EntityMention] = {}  # one-word names of towns and districts, by name
    starts = [t.start for t in toks]
    for m in found:
        if m.kind != "place" or m.cls not in ("Settlement", "Region"):
            continue
        words = [t.text for t in toks[bisect_left(starts, m.nstart) : bisect_left(starts, m.nend)]]
        if not m.known and len(words) == 1:
            minted[words[0]] = m
        elif m.known and len(words) == 2 and _head_of(words[0]) is not None:
            minted[words[1]] = m
    if not minted:
        return []
    out = []
    for i in range(1, len(toks)):
        if i in taken:
            continue
        word = toks[i].text
        name = word if word in minted else word[1:] if word[:1] in "وب" and word[1:] in minted else None
        cue = toks[i - 1].text
        if name is None or len(name) < 4 or not (cue in _ATTACK_CUES or cue.removeprefix("و") in _NEAR_CUES):
            continue
        if not _NAME_GAP.match(text[toks[i - 1].end : toks[i].start]):
            continue
        m = minted[name]
        nstart, nend = toks[i].end - len(name), toks[i].end
        span = doc.span(nstart, nend)
        out.append(EntityMention(m.iri, m.kind, m.cls, doc.quote(span), span, nstart, nend, False))
    return out


# Words after which a name is a place's: an attack on it («ضربة العبيدي», not one joined to
# another, «بين هذه الضربات وهجوم متينا»), or near it («جنوبي الطبقة»).
_ATTACK_CUES = frozenset(("هجوم", "ضربه", "قصف", "غاره", "استهداف", "مجزره", "تفجير", "انفجار"))
_NEAR_CUES = frozenset(("قرب", "بقرب", "اطراف", "باطراف", "محيط", "بمحيط", "مشارف", "جنوبي", "شمالي", "شرقي", "غربي"))


def _short_forms(doc: Document, toks: list[Token], found: list[EntityMention]) -> list[EntityMention]:
    """Mentions of a group already named, by its head noun alone or as «our fighters», and of a
    group or force as «its fighters» («its forces»)."""
    fighting = [m for m in found if m.kind == "actor" and m.cls in _FIGHTING]
    if not fighting:
        return []
    groups = [m for m in fighting if m.cls == "ArmedGroup"]
    text = doc.norm.text
    starts = [m.nstart for m in found]  # sorted, not overlapping
    out = []
    for tok in toks:
        if tok.start < fighting[0].nend or not _SHORT_WORD.search(tok.text):
            continue
        k = bisect_right(starts, tok.start) - 1
        if k >= 0 and tok.start < found[k].nend:
            continue  # part of a name found already
        its = _ITS_FIGHTERS.fullmatch(tok.text)
        if its is not None:
            # The nearest group or force before it, named in full or by a short form (a place
            # may stand between: «عاد تنظيم "داعش" ... في صحراء الأنبار، بعدما هاجم مسلحوه»).
            near = [m for m in (*fighting, *out) if m.nend <= tok.start]
            ref = max(near, key=lambda m: m.nend, default=None)
            if (
                ref is not None
                and tok.start - ref.nend <= _POSSESSOR_REACH
                and not re.search(r"[.!?؟\n]", text[ref.nend : tok.start])
            ):
                nstart = tok.start + its.start(1)
                span = doc.span(nstart, tok.end)
                out.append(EntityMention(ref.iri, ref.kind, ref.cls, doc.quote(span), span, nstart, tok.end, ref.known))
            continue
        readings = stems(tok.text)
        our = next(((s, n) for s, n in readings if s in _OUR_FIGHTERS), None)
        head = next(((s, n) for s, n in readings if s in _SHORT_HEADS), None)
        if our is None and head is None:
            continue
        before = [m for m in groups if m.nend <= tok.start]
        if head is not None:
            # The head stands alone: «المقاومة الإسلامية» names the group in full (found already)
            # or another one, «الحرس الوطني» another force.
            nxt = text[tok.end : tok.end + 12].split()
            if nxt and nxt[0].startswith("ال") and not nxt[0].startswith(("الي", "التي", "الذي")) and not _ITS_DEED.match(nxt[0]):
                continue
            forms = (head[0], head[0][2:])  # and without «ال»: «كتايب حزب الله» begins with «كتايب»
            # ... or follows it, clitics and all: «واصلت فصائل "المقاومة الإسلامية في العراق"», «وفصائل
            # "المقاومة ..."», then «تبنّته الفصائل».
            before = [
                m for m in before
                if text[m.nstart : m.nend].split(maxsplit=1)[0] in forms or _word_before(text, m.nstart) & set(forms)
            ]
        if not before:
            continue
        ref = before[-1]
        if our is not None:
            # «وقالت المقاومة في بيان: "ردا على العدوان على أبناء الحشد ... استهدف مجاهدونا"»: the
            # fighters are the speaker's, not those of a group the statement names on the way.
            sentence = max(text.rfind(c, 0, tok.start) for c in ".!?؟\n")
            speakers = [
                m for m in (*before, *(o for o in out if o.cls == "ArmedGroup" and o.nend <= tok.start))
                if m.nstart > sentence and SPEAKING.search(text, max(0, m.nstart - 20), m.nstart)
            ]
            if speakers:
                ref = max(speakers, key=lambda m: m.nstart)
        nstart = tok.start + (our or head)[1]  # type: ignore[index]
        span = doc.span(nstart, tok.end)
        out.append(EntityMention(ref.iri, ref.kind, ref.cls, doc.quote(span), span, nstart, tok.end, ref.known))
    return out


_SHORT_HEAD_WORDS = frozenset(h for h in _HEADS if len(h) <= 3)


@lru_cache(maxsize=65536)
def _head_of(word: str) -> str | None:
    """The head noun a word is, if it can take a name: «قاعدة», «بقاعدة», «لقرية» (not «القاعدة»)."""
    for stem, n in stems(word):
        # A definite noun is not in construct with a name: «داخل القاعدة، دون», «القاعدة وأدت».
        if stem in _HEADS and not word[:n].endswith(("ال", "لل")):
            return stem
    # Heads too short for ``stems`` to take a clitic off: «بحي المشتل», «وبقرى».
    for n in (1, 2):
        if word[n:] in _SHORT_HEAD_WORDS and all(c in "وفب" for c in word[:n]):
            return word[n:]
    return None


def national_forces(adjective: str) -> str | None:
    """The forces a nationality adjective names: «أمريكية» US forces, «إسرائيلية» the IDF, «روسية»,
    «تركية» and «بريطانية» Russia's, Turkey's and Britain's, «إيرانية» Iran's militias, «عراقية» Iraq's
    (read only of manned aircraft: «مسيّرات عراقية» are the militias'); None for any other."""
    for stem, forces in (("امريك", US_FORCES), ("اميرك", US_FORCES), ("اسراييل", IDF), ("روسي", RUSSIAN_FORCES),
                         ("تركي", TURKISH_FORCES), ("ايران", IRAN_BACKED), ("بريطاني", UK_FORCES), ("عراقي", IRAQI_FORCES)):
        if stem in adjective:
            return forces
    return None


def _is_arabic(word: str) -> bool:
    return any("\u0621" <= c <= "\u064a" for c in word)


def _drop_overlaps(mentions: list[EntityMention]) -> list[EntityMention]:
    """Keep the longest of overlapping mentions (they are sorted by start, longest first)."""
    out: list[EntityMention] = []
    end = -1
    for m in mentions:
        if m.nstart >= end:
            out.append(m)
            end = m.nend
        elif m.nend > end and out and out[-1].nend - out[-1].nstart < m.nend - m.nstart:
            out[-1] = m
            end = m.nend
    return out
