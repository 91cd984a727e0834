"""Numeric expressions in normalised Arabic news text.

Works on text already passed through :func:`kg.arabic.normalize` (no
diacritics, folded alef/ya/ta-marbuta, ASCII digits, lower-case Latin) and
returns spans as offsets into that text; the caller maps them back to the
original with ``Normalized.span``. Spellings below are normalised ones:
``ميه`` is مئة (hamza on ya folds to ya), ``علي`` is على.

What counts as a quantity
-------------------------
* ASCII digits, with thousands separators (``1,463``, also ``2.500`` when
  no multiplier follows) and decimals when a multiplier makes them whole
  (``1.5 مليون``).
* Number words in their masculine, feminine and case forms: units
  (``واحد/واحده/احد/احدي``, ``اثنان/اثنين/اثنتان/اثنتين``, ``ثلاث/ثلاثه`` ...
  ``تسع/تسعه``), ``عشر/عشره``, teens (``احد عشر``, ``اثنا عشر``,
  ``ثلاث عشره``), tens (``عشرون/عشرين`` ... ``تسعون/تسعين``), compounds joined
  by ``و`` in Arabic order (``خمسه وعشرون``, ``ميه وخمسون``), hundreds
  (``ميه/مايه``, ``ميتان``, ``ثلاثميه``, ``ثلاث ميه``), thousands and millions
  (``الف/الفا/الفان/الاف``, ``مليون/ملايين``), and digits with a multiplier
  (``15 الف``).
* Proclitics are allowed and left out of the span: ``وخمسه``, ``بعشره``,
  ``لثلاثه``, ``بـ5`` (``ب5`` once normalised), the article (``الثلاثه``).
* Vague plurals: ``عشرات`` is 20, ``ميات`` 200, ``الاف`` 2000 on their own,
  all "at-least"; ``عشرات الالاف`` is 20000. ``بضع/بضعه`` is 3 to 9, "about".
* Qualifiers, before the number: "at-least" ``اكثر من``, ``ما يزيد عن/علي``,
  ``ما لا يقل عن``, ``لا يقل عن``, ``علي الاقل``, ``ما يربو علي``;
  "about" ``نحو``, ``حوالي``, ``قرابه``, ``ما يقارب``, ``ما يقرب من``,
  ``زهاء``, ``تقريبا``, ``ما يناهز``, ``في حدود``; "at-most" ``اقل من``,
  ``ما لا يزيد عن``, ``حتي``, ``بحد اقصي``. After the number, directly or
  after up to two words (``5 صواريخ علي الاقل``): ``علي الاقل``, ``تقريبا``,
  ``علي الاكثر``, ``كحد ادني/اقصي``; directly after: ``او اكثر``,
  ``فاكثر``, ``ونيف``, ``او اقل``. The span covers the qualifier words.
* Ranges ``6 او 7``, ``6 الي 7``, ``6-7``, ``بين 6 و7``: value 6, high 7.
  ``من 11 الي 19`` is a change of count, not a range: two quantities.

What is not a quantity
----------------------
* Numbers inside a date or time expression found by :mod:`kg.temporal`
  (days and years: ``25 مارس 2023``, ``2023.11.13``, ``عام 2019``,
  ``قبل 3 ايام``), clock times (``1:38``, ``الساعه الواحده``,
  ``6 صباحا``), d/m/y and y-m-d shapes, year ranges (``2022-2023``).
* Ordinals (``الثالثه``, ``للمره الثامنه``, ``الخامس عشر``,
  ``الحادي والعشرين``): not number words.
* Model and calibre numbers glued to letters (``f-16``, ``اف-16``,
  ``mq-9``, ``155mm``), percentages (``50%``, ``30 في الميه``).
* ``الاحد`` and ``الاثنين`` (Sunday, Monday) unless ``الاحد عشر``; ``احد`` /
  ``احدي`` alone only as "one of" (followed by a word other than ``من``,
  not after a negation: ``لم يصب احد`` is "nobody"); ``لست`` ("I am not").
* Dual nouns (``صاروخين``) are the caller's business.
* The construct forms ``اثنا/اثني`` alone (``الاثنا عشريه``, "Twelver").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.arabic import normalize
from kg.gated import Pattern, gated

__all__ = ["Quantity", "find_quantities", "parse_number"]


@dataclass(frozen=True)
class Quantity:
    """One numeric expression, with offsets into the normalised text.

    ``value`` is the figure (the lower end of a range), ``high`` the upper end
    of a range or ``None``; ``qualifier`` is ``"exact"``, ``"at-least"``,
    ``"about"`` or ``"at-most"``. ``start``/``end`` cover the whole expression,
    qualifier words included; ``number_start``/``number_end`` only the number.
    """

    value: int
    high: int | None
    qualifier: str
    start: int
    end: int
    number_start: int
    number_end: int


# --- lexicon -----------------------------------------------------------------
# Word classes: u unit 1-9, t ten (عشر/عشره), T tens 20-90, h hundreds,
# k thousands, m millions, v vague plural, b "a few".
_UNITS = {
    1: "واحد واحده واحدا احد احدي",
    2: "اثنان اثنين اثنتان اثنتين اثنا اثني اثنتا اثنتي ثنتان ثنتين اتنين تنين",  # the last two: spoken «ث» as «ت»
    3: "ثلاث ثلاثه تلاته",
    4: "اربع اربعه",
    5: "خمس خمسه",
    6: "ست سته",
    7: "سبع سبعه",
    8: "ثمان ثماني ثمانيه تمانيه",
    9: "تسع تسعه",
}
_TENS = {
    20: "عشرون عشرين",
    30: "ثلاثون ثلاثين تلاتين",
    40: "اربعون اربعين",
    50: "خمسون خمسين",
    60: "ستون ستين",
    70: "سبعون سبعين",
    80: "ثمانون ثمانين تمانين",
    90: "تسعون تسعين",
}
_HUNDRED_STEMS = {3: "ثلاث", 4: "اربع", 5: "خمس", 6: "ست", 7: "سبع", 8: "ثمان ثماني", 9: "تسع"}


@dataclass(frozen=True)
class _Word:
    cls: str
    value: int
    multiplier: bool = False  # ميه, الف, مليون...: multiplies a preceding count
    plural: bool = False  # الاف, ملايين: a count of thousands, vague alone


def _lexicon() -> dict[str, _Word]:
    lex: dict[str, _Word] = {}
    for value, forms in _UNITS.items():
        for form in forms.split():
            lex[form] = _Word("u", value)
    for form in ("عشر", "عشره"):
        lex[form] = _Word("t", 10)
    for value, forms in _TENS.items():
        for form in forms.split():
            lex[form] = _Word("T", value)
    for form in ("ميه", "مايه"):
        lex[form] = _Word("h", 100, multiplier=True)
    for form in ("ميتان", "ميتين", "مايتان", "مايتين", "ميتا", "مايتا", "ميتي", "مايتي"):
        lex[form] = _Word("h", 200)
    for value, stems in _HUNDRED_STEMS.items():
        for stem in stems.split():
            for hundred in ("ميه", "مايه"):
                lex[stem + hundred] = _Word("h", value * 100)
    for form in ("الف", "الفا"):
        lex[form] = _Word("k", 1000, multiplier=True)
    for form in ("الفان", "الفين", "الفي"):
        lex[form] = _Word("k", 2000)
    lex["الاف"] = _Word("k", 1000, multiplier=True, plural=True)
    for form in ("مليون", "مليونا"):
        lex[form] = _Word("m", 1_000_000, multiplier=True)
    for form in ("مليونان", "مليونين"):
        lex[form] = _Word("m", 2_000_000)
    lex["ملايين"] = _Word("m", 1_000_000, multiplier=True, plural=True)
    for form in ("مليار", "مليارا"):
        lex[form] = _Word("m", 1_000_000_000, multiplier=True)
    lex["مليارات"] = _Word("m", 1_000_000_000, multiplier=True, plural=True)
    lex["عشرات"] = _Word("v", 20)
    lex["ميات"] = _Word("v", 200)
    for form in ("بضع", "بضعه"):
        lex[form] = _Word("b", 3)
    return lex


_LEX = _lexicon()
_BAND = {"u": 1, "t": 1, "T": 2, "h": 3, "k": 4, "m": 5}

# Proclitics: conjunction, then preposition or article (لل = ل + ال).
_PREFIXES = {c + p for c in ("", "و", "ف") for p in ("", "ب", "ل", "ك", "ال", "بال", "كال", "لل")}


def _stem_finders() -> list[Pattern]:
    """One regex per first letter: a literal first character keeps the scan fast."""
    groups: dict[str, list[str]] = {}
    for word in _LEX:
        groups.setdefault(word[0], []).append(word[1:])
    return [
        gated(first + "(?:" + "|".join(sorted(rests, key=len, reverse=True)) + r")(?!\w)")
        for first, rests in groups.items()
    ]


_STEM_FINDERS = _stem_finders()
# A digit, then digits and separators (trimmed below): a character class at the
# start is much faster to scan for than \d+(?:[.,]\d+)*.
_DIGIT_RUN = gated(r"[0-9][0-9.,:/\-–]*")
_DIGIT_SHAPE = gated(r"\d+(?:[.,:/\-–]\d+)*")
# "2.500" is 2500 unless a multiplier follows ("1.500 مليون" is one and a half million).
_DOT_THOUSANDS = gated(r"[1-9]\d{0,2}\.\d{3}")
_MULTIPLIER_AFTER = gated(
    r"\s*(?:الف|الفا|الاف|مليون|مليونا|ملايين|مليار|مليارا|مليارات)(?!\w)"
)
_THOUSANDS = gated(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_ORDINAL_UNIT = gated(
    r"^[وفبل]{0,2}(?:ال)?(?:حادي|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع)ه?$"
)
_NEGATION = {"لم", "لا", "ما", "ولم", "ولا", "دون", "بدون", "ليس", "عدم", "لن", "ولن"}
_TIME_AFTER = gated(r"\s+(?:صباحا|مساء|مساءا|فجرا|ظهرا|عصرا|ليلا)(?!\w)")
_PERCENT_AFTER = gated(r"\s*(?:%|٪|(?:في|ب)\s*ال(?:ميه|مايه)(?!\w))")

# Qualifiers before a number, as space-joined normalised words; the first word
# may carry proclitics (باكثر من, لما لا يقل عن, ونحو).
_PRE_QUALIFIERS: dict[str, str] = {}
for _qual, _phrases in {
    "at-least": "اكثر|اكثر من|ازيد من|يزيد عن|يزيد علي|ما يزيد عن|ما يزيد علي|لا يقل عن|لا يقل علي"
    "|ما لا يقل عن|ما لا يقل علي|علي الاقل|يربو علي|يربو عن|ما يربو علي|ما يربو عن|ما فوق",
    "about": "نحو|حوالي|قرابه|يقارب|ما يقارب|يقارب من|ما يقارب من|يقرب من|ما يقرب من|زهاء"
    "|تقريبا|يناهز|ما يناهز|في حدود|بحدود",
    "at-most": "اقل من|لا يزيد عن|لا يزيد علي|ما لا يزيد عن|ما لا يزيد علي|حتي|بحد اقصي",
}.items():
    for _phrase in _phrases.split("|"):
        _PRE_QUALIFIERS[_phrase] = _qual
_PRE_QUALIFIER_WORDS = max(len(p.split()) for p in _PRE_QUALIFIERS)
_PRE_QUALIFIER_LAST = {p.split()[-1] for p in _PRE_QUALIFIERS}
_POST_DIRECT = gated(
    r"\s*(?:(?P<least>علي\s+الاقل|او\s+اكثر|فاكثر|ونيف|علي\s+اقل\s+تقدير|كحد\s+ادني)"
    r"|(?P<about>تقريبا)|(?P<most>علي\s+الاكثر|او\s+اقل|فاقل|كحد\s+اقصي))(?!\w)"
)
_POST_AFTER_WORDS = gated(
    r"(?:\s+[^\W\d_]+){1,2}?\s+(?:(?P<least>علي\s+الاقل|علي\s+اقل\s+تقدير|كحد\s+ادني)"
    r"|(?P<about>تقريبا)|(?P<most>علي\s+الاكثر|كحد\s+اقصي))(?!\w)"
)
_RANGE_WORD = gated(r"\s*(?:او|الي|[-–])\s*")
_RANGE_AND = gated(r"\s+و")
_BEFORE_BETWEEN = gated(r"(?<!\w)(?:ما\s+)?بين\s+$")
_BEFORE_FROM = gated(r"(?<!\w)[و]?من\s+$")


@dataclass
class _Tok:
    start: int  # start of the number proper, clitics excluded
    end: int
    pfx: str
    cls: str  # "d" digits, else a _Word class
    value: float
    word: _Word | None = None
    high: int | None = None  # for a "6-7" digits token


def _words_before(text: str, pos: int, n: int) -> list[tuple[int, str]]:
    """Up to ``n`` words before ``pos``, nearest first, separated by spaces only."""
    out: list[tuple[int, str]] = []
    j = pos
    while len(out) < n:
        k = j
        while k > 0 and text[k - 1] in " \t\n":
            k -= 1
        if k == j and j != pos:
            break
        # str.rfind runs in C: much cheaper than walking back letter by letter.
        i = max(text.rfind(" ", 0, k), text.rfind("\n", 0, k), text.rfind("\t", 0, k)) + 1
        word = text[i:k]
        if not word.isalpha():
            i = k
            while i > 0 and text[i - 1].isalpha():
                i -= 1
            word = text[i:k]
            if not word:
                break
            out.append((i, word))
            break  # punctuation before this word ends the run
        out.append((i, word))
        j = i
    return out


def _prev_word(text: str, pos: int) -> str:
    words = _words_before(text, pos, 1)
    return words[0][1] if words else ""


def _pre_qualifier(text: str, pos: int) -> tuple[int, str] | None:
    """The qualifier phrase ending just before ``pos``: its start (proclitics left out) and kind."""
    # Step over proclitics glued to the number and a detached article: بنحو ال20, نحو الـ 20.
    k = pos
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    if text[k:pos] in _PREFIXES:
        pos = k
    article = _words_before(text, pos, 1)
    if article and article[0][1] == "ال":
        pos = article[0][0]
    words = _words_before(text, pos, 1)
    if not words or not any(words[0][1][cut:] in _PRE_QUALIFIER_LAST for cut in range(3)):
        return None  # the common case, decided cheaply
    words = _words_before(text, pos, _PRE_QUALIFIER_WORDS)
    for n in range(len(words), 0, -1):
        start, first = words[n - 1]
        rest = [w for _, w in reversed(words[: n - 1])]
        for cut in range(3):
            if cut and (cut >= len(first) or first[cut - 1] not in "وفبل"):
                break
            phrase = " ".join([first[cut:], *rest])
            qual = _PRE_QUALIFIERS.get(phrase)
            if qual is not None:
                return start + cut, qual
    return None


def _digit_token(text: str, m: re.Match[str]) -> _Tok | None:
    s, e = m.span()
    raw = m.group()
    before = text[s - 1] if s else " "
    if before.isascii() and before.isalpha():
        return None  # m777, f16
    if before in "-–" and s >= 2 and text[s - 2].isalpha():
        return None  # f-16, اف-16, mq-9
    if before.isalpha():
        k = s
        while k > 0 and text[k - 1].isalpha():
            k -= 1
        if text[k:s] not in _PREFIXES:
            return None  # glued to a word, not to proclitics: اف16
    after = text[e] if e < len(text) else " "
    if after.isascii() and after.isalpha():
        return None  # 155mm
    if ":" in raw or "/" in raw or raw.count(".") > 1:
        return None  # clock time, d/m/y, y.m.d
    if _PERCENT_AFTER.match(text, e):
        return None
    parts = re.split(r"[-–]", raw)
    if len(parts) > 2:
        return None  # y-m-d
    if len(parts) == 2:
        if not all(p.isdigit() for p in parts):
            return None
        low, high = int(parts[0]), int(parts[1])
        if 1900 <= low <= 2100:
            return None  # 2023-12, 2022-2023
        if high <= low:
            return None
        return _Tok(s, e, "", "d", low, high=high)
    if not _THOUSANDS.fullmatch(raw):
        return None
    if _DOT_THOUSANDS.fullmatch(raw) and not _MULTIPLIER_AFTER.match(text, e):
        return _Tok(s, e, "", "d", float(raw.replace(".", "")))  # 2.500 جندي
    return _Tok(s, e, "", "d", float(raw.replace(",", "")))


def _word_hits(text: str) -> dict[int, tuple[str, str, int]]:
    """Number words by word start: (proclitics, word, end)."""
    hits: dict[int, tuple[str, str, int]] = {}
    for finder in _STEM_FINDERS:
        for m in finder.finditer(text):
            s, e = m.span()
            k = s
            while k > 0 and s - k <= 4 and text[k - 1].isalpha():
                k -= 1
            pfx = text[k:s]
            if pfx not in _PREFIXES:
                continue
            old = hits.get(k)
            if old is None or len(pfx) < len(old[0]):  # واحد is a word, not و + احد
                hits[k] = (pfx, m.group(), e)
    return hits


def _tokens(text: str, exclude: list[tuple[int, int]]) -> list[_Tok]:
    found: list[_Tok] = []
    for run in _DIGIT_RUN.finditer(text):
        m = _DIGIT_SHAPE.match(text, run.start(), run.end())
        if m is None or m.start() > 0 and text[m.start() - 1] in ".,:/":
            continue
        tok = _digit_token(text, m)
        if tok is not None:
            found.append(tok)
    for k, (pfx, word, end) in _word_hits(text).items():
        if pfx + word == "لست":
            continue  # "I am not"
        info = _LEX[word]
        found.append(_Tok(k + len(pfx), end, pfx, info.cls, info.value, word=info))
    found.sort(key=lambda t: t.start)
    if not exclude:
        return found
    spans = sorted(exclude)
    kept: list[_Tok] = []
    i = 0
    for tok in found:
        while i < len(spans) and spans[i][1] <= tok.start:
            i += 1
        if i < len(spans) and spans[i][0] <= tok.start < spans[i][1]:
            continue  # part of a date
        kept.append(tok)
    return kept


def _continues(text: str, group: list[_Tok], nxt: _Tok) -> bool:
    prev = group[-1]
    gap = text[prev.end : nxt.start - len(nxt.pfx)]
    if not gap or gap.strip():
        return False
    if nxt.cls == "d":
        return False
    assert nxt.word is not None
    if nxt.pfx == "":
        if nxt.cls == "t":
            return prev.cls == "u" and not _has_tens(group)
        if nxt.word.multiplier and nxt.cls == "h":
            return prev.cls == "u" and prev.value >= 3 and len(group) == 1
        if nxt.word.multiplier:
            return prev.cls in ("d", "u", "t", "T", "h", "v", "b")
        return False
    if nxt.pfx == "ال":
        return prev.cls == "v" and nxt.word.plural
    if nxt.pfx == "و" and prev.cls != "d":
        if prev.cls == "u" and nxt.cls == "T":
            return not _has_tens(group)
        if prev.cls in ("h", "k", "m") and nxt.cls in ("u", "t", "T", "h"):
            return _BAND[nxt.cls] < _BAND[prev.cls]
    return False


def _has_tens(group: list[_Tok]) -> bool:
    """Whether the part after the last multiplier already has tens or a teen."""
    for tok in reversed(group):
        if tok.cls in ("k", "m", "h"):
            return False
        if tok.cls in ("T", "t"):
            return True
    return False


def _evaluate(group: list[_Tok], high: bool = False) -> tuple[float, bool, bool]:
    """Value of a group of tokens; also whether it was vague and whether "a few"."""
    total = 0.0
    cur = 0.0
    vague = few = False
    for tok in group:
        word = tok.word
        if tok.cls == "d":
            cur += tok.value
        elif tok.cls == "b":
            cur += 9 if high else 3
            few = True
        elif tok.cls == "v":
            cur += tok.value
            vague = True
        elif tok.cls == "h" and word is not None and word.multiplier and 0 < cur < 10:
            cur *= 100
        elif tok.cls in ("k", "m") and word is not None and word.multiplier:
            if cur == 0 and total == 0 and word.plural:
                cur = 2  # الاف alone: thousands
                vague = True
            total += (cur or 1) * tok.value
            cur = 0
        else:
            cur += tok.value
    return total + cur, vague, few


def _groups(text: str, toks: list[_Tok]) -> list[list[_Tok]]:
    groups: list[list[_Tok]] = []
    i = 0
    while i < len(toks):
        group = [toks[i]]
        j = i + 1
        while j < len(toks) and _continues(text, group, toks[j]):
            group.append(toks[j])
            j += 1
        groups.append(group)
        i = j
    return groups


def _keep(text: str, group: list[_Tok]) -> bool:
    first, last = group[0], group[-1]
    word = first.word
    before = _prev_word(text, first.start - len(first.pfx))
    if before.endswith("الساعه"):
        return False  # الساعه 6, الساعه الواحده
    if first.value <= 24 and len(group) == 1 and _TIME_AFTER.match(text, last.end):
        return False  # 6 صباحا
    if _PERCENT_AFTER.match(text, last.end):
        return False
    if word is None:
        return True
    form = text[first.start : first.end]
    definite = "ال" in first.pfx or first.pfx.endswith("لل")
    if len(group) == 1:
        if form == "اثنين" and definite:
            return False  # Monday
        if form in ("احد", "احدي"):
            if definite:
                return False  # Sunday
            # "one of ...": a noun must follow, and no negation ("nobody").
            follow = re.match(r" ([^\W\d_]+)", text[last.end : last.end + 30])
            if not follow or follow.group(1) in ("من", "منهم"):
                return False
            before2 = _words_before(text, first.start - len(first.pfx), 2)
            if any(w in _NEGATION for _, w in before2):
                return False
        if form == "الفا":
            return False  # needs a count before it (and may be "alpha")
        if form in ("اثنا", "اثني", "اثنتا", "اثنتي"):
            return False  # only before عشر; الاثنا عشريه is "Twelver"
        if first.cls == "t" and _ORDINAL_UNIT.match(before):
            return False  # الخامس عشر
        if first.cls == "T" and first.pfx.startswith("و") and _ORDINAL_UNIT.match(before):
            return False  # الحادي والعشرين
        if first.cls == "h" and definite and first.value == 100:
            return False  # في الميه, بالميه: per cent
    return True


def _qualifier(match: re.Match[str] | None) -> str | None:
    if match is None:
        return None
    if match.group("least"):
        return "at-least"
    if match.group("about"):
        return "about"
    return "at-most"


_Raw = tuple[int, int, float, int | None, str]


def _is_range(text: str, a: _Raw, b: _Raw) -> bool:
    """Whether two neighbouring numbers form a range: 6 او 7, 6 الي 7, بين 6 و7."""
    s, e, value, high, qual = a
    s2, _e2, value2, high2, qual2 = b
    if qual != "exact" or qual2 != "exact" or high is not None or high2 is not None:
        return False
    if value2 <= value:
        return False
    gap = text[e:s2]
    if _RANGE_AND.fullmatch(gap):
        return _BEFORE_BETWEEN.search(text, max(0, s - 12), s) is not None
    if not _RANGE_WORD.fullmatch(gap):
        return False
    # من 11 الي 19 reports a count going up, not a range.
    return not (gap.strip() == "الي" and _BEFORE_FROM.search(text, max(0, s - 8), s))


def _scan(text: str, exclude: list[tuple[int, int]]) -> list[Quantity]:
    toks = _tokens(text, exclude)
    raw: list[_Raw] = []
    for group in _groups(text, toks):
        if not _keep(text, group):
            continue
        value, vague, few = _evaluate(group)
        high_value: float | None = None
        if few:
            high_value = _evaluate(group, high=True)[0]
        if len(group) == 1 and group[0].high is not None:
            high_value = group[0].high
        if value != int(value):
            continue  # 2.5 km and the like: not a count
        qual = "at-least" if vague else "about" if few else "exact"
        raw.append(
            (group[0].start, group[-1].end, value, int(high_value) if high_value else None, qual)
        )

    merged: list[tuple[int, int, int, int | None, str]] = []
    i = 0
    while i < len(raw):
        s, e, value, high, qual = raw[i]
        if i + 1 < len(raw) and _is_range(text, raw[i], raw[i + 1]):
            merged.append((s, raw[i + 1][1], int(value), int(raw[i + 1][2]), "exact"))
            i += 2
            continue
        merged.append((s, e, int(value), high, qual))
        i += 1

    out: list[Quantity] = []
    for s, e, value, high, qual in merged:
        start, end = s, e
        pre = _pre_qualifier(text, s)
        post = _POST_DIRECT.match(text, e) or _POST_AFTER_WORDS.match(text, e)
        q = None
        if pre is not None:
            start, q = pre
        if post is not None:
            if q is None:
                q = _qualifier(post)
            end = post.end()
        out.append(Quantity(int(value), high, q or qual, start, end, s, e))
    return out


def find_quantities(text: str) -> list[Quantity]:
    """Every numeric expression in normalised text, in text order.

    Numbers that belong to a date or time expression (as found by
    :func:`kg.temporal.find_dates`) are left out.

    :param text: normalised text (``kg.arabic.normalize(original).text``).
    :returns: non-overlapping :class:`Quantity` records sorted by start.

    >>> [(q.value, q.qualifier) for q in find_quantities("مقتل اكثر من 20 عنصرا وخمسه مدنيين")]
    [(20, 'at-least'), (5, 'exact')]
    >>> q = find_quantities("قتل 6 او 7 مسلحين")[0]
    >>> q.value, q.high
    (6, 7)
    """
    # Imported here: temporal uses parse_number, so a module-level import would be circular.
    from kg.temporal import find_dates

    exclude = [(t.start, t.end) for t in find_dates(text, None)]
    return _scan(text, exclude)


def parse_number(words: str) -> int | None:
    """The value of a number written in words or digits, or ``None``.

    The input is normalised first, so raw text is fine. The whole input must
    be one numeric expression (proclitics allowed); a range gives its lower
    end and a vague plural its conventional floor (``عشرات`` is 20).

    >>> parse_number("أحد عشر"), parse_number("ثلاثه"), parse_number("15 الف")
    (11, 3, 15000)
    >>> parse_number("خمسه وعشرون"), parse_number("صاروخا")
    (25, None)
    """
    text = normalize(words).text.strip()
    if not text:
        return None
    found = _scan(text, [])
    if len(found) != 1:
        return None
    q = found[0]
    if text[: q.start] not in _PREFIXES or text[q.end :]:
        return None
    return q.value
