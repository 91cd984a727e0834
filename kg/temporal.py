"""Dates and time expressions in normalised Arabic news text.

Works on text already passed through :func:`kg.arabic.normalize` and returns
spans as offsets into that text. Relative expressions are resolved against the
article's publication date; without one they are still found, with no date.

Rules
-----
Month names
    Levantine (``كانون الثاني`` ... ``كانون الاول``, also ``تشرين اول`` without
    the article), Egyptian/Gulf (``يناير`` ... ``ديسمبر``, ``يونيه``,
    ``يوليه``), Maghrebi (``جانفي``, ``فيفري``, ``افريل``, ``ماي``, ``جوان``,
    ``جويليه``, ``اوت``; Moroccan ``يوليوز``, ``غشت``, ``شتنبر``, ``نونبر``,
    ``دجنبر``) and paired forms ``مارس/اذار``, ``كانون الثاني/ يناير``,
    ``اغسطس / اب``, ``مارس (اذار)``, ``يناير كانون الثاني``. Names that are
    also common words (``اب`` father, ``مارس`` practised, ``ماي``) count as months only next to a
    day number, a year, a paired month, ``شهر`` or ``الماضي``-like word.
Absolute days
    ``25 مارس 2023``, ``السبت 25 مارس/اذار 2023``, ``يوم الخميس 23 مارس``,
    ``30 من كانون الاول``, ``الرابع من مارس`` (ordinal day + ``من``),
    ``(23 ايلول 2024)``, ``2023.11.13``, ``13/11/2023``, ``2023-11-13``
    (day first, unless the text writes a date that only reads month first,
    ``01/28/2024``, and none that only reads day first: then all month first),
    English ``december 26, 2023``. Without a year: the year of a full date
    told shortly before in the same paragraph when that puts the day on or
    after it and not after publication (``في 15 اب 2022 ... وبعد ثمانية ايام،
    في 23 اب``), else the occurrence nearest to and not after publication.
    With ``من العام الماضي`` (``السنة الماضية``): of the year before publication's;
    ``من هذا العام``, ``العام الجاري``: of publication's. With ``الماضي``: the latest such day before
    publication; ``الجاري/الحالي``: in the publication's month and year;
    ``المقبل/القادم``: the next one after publication.
Hijri days
    ``الثلاثاء 21 جمادي الاولي 1445ه``, ``(22 رمضان)``: a day of a Hijri month,
    converted by the Umm al-Qura reckoning (``hijridate``); without a year, the
    latest such day not after publication. A month name alone is no day (``رجب``
    and ``رمضان`` are also names).
Numbers without a year
    ``يوم الاحد 07/01``: the day and month in the year nearest publication in
    which it falls on that weekday; ``مساء يوم 18/3``, ``بتاريخ 5/11``: the
    latest such day not after publication.
Months and years
    ``في اغسطس/اب 2022``, ``نوفمبر 2023``, ``2023-12``: the whole month
    (``earliest``/``latest``); ``اوايل/مطلع`` narrow it to days 1-10,
    ``منتصف`` 11-20, ``اواخر/نهايه`` 21-end. ``اكتوبر الماضي``: the latest
    such month before the publication month; a month with no year: the latest
    not after publication. ``الشهر الماضي`` the previous month,
    ``الشهر الجاري/الحالي`` this month up to publication, ``في ال 26 من
    الشهر الماضي`` day 26 of the previous month. ``عام 2019`` the whole year;
    ``العام الماضي/الجاري``; ``بين عامي 2022 و2023`` both years.
Relative days
    ``اليوم`` (also ``فجر/صباح/مساء/مطلع اليوم``, ``اليوم الاثنين``) is the
    publication day, not when an adjective follows (``اليوم التالي``,
    ``اليوم الذي``, ``اليوم نفسه``); if a weekday given with it contradicts the
    publication date, the nearest such weekday wins. ``امس``, ``البارحه``,
    ``ليل امس``, ``الليله الماضيه``: the day before; ``امس الثلاثاء`` trusts the
    weekday (the latest such weekday before publication) when it contradicts.
    ``اول امس``, ``امس الاول``, ``الليله قبل الماضيه``: two days before.
    ``الليله``: the publication day. A weekday (``الخميس``, ``يوم الجمعه``,
    ``مساء الثلاثاء``, ``فجر (الاربعاء)``, ``في وقت متاخر من ليله الاحد``):
    the latest such day on or before publication; with ``الماضي`` strictly
    before, with ``المقبل`` the next one after. ``ليل الخميس والجمعه``,
    ``ليل الاثنين وفجر الثلاثاء``: the first day (the evening the night
    began), ``latest`` the second.
Periods
    ``الاسبوع الماضي/الفايت`` (also after ``خلال``): publication-7 to -1, or
    from the Saturday of the calendar week before if earlier (-13 at most);
    ``الاسبوع الجاري``: -6 to 0; ``الايام الماضيه/الاخيره``: -10 to 0;
    ``خلال ال 24 ساعه الماضيه``, ``الساعات الماضيه``: -1 to 0 (48 hours: -2).
    ``قبل ايام``, ``منذ ايام``, ``قبل ايام قليله``: -10 to -1. ``قبل يومين``:
    -2; ``قبل يوم``: -1; ``قبل 3 ايام``: -3; ``قبل اسبوع``: -7. ``قبل يومين
    من ...`` counts from another event and is not matched. ``قبل قليل``,
    ``قبل لحظات``, ``قبل دقايق``, ``قبل (نحو) ساعه``, ``قبل ساعتين``: the
    publication day.
Since
    An expression right after ``منذ`` (``منذ 17 اكتوبر``) keeps its date, and
    its span starts at ``منذ`` so callers can treat it as background.

Never guessed: without a publication date every relative expression comes back
with ``date``, ``earliest`` and ``latest`` all ``None``; an impossible day
(``31 شباط 2024``) is not returned as a day (only its month is).
"""

from __future__ import annotations

import calendar
import datetime
import functools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import chain

from hijridate import Gregorian, Hijri

from kg.gated import Pattern, gated
from kg.numbers import parse_number

__all__ = ["WEEKDAY_NAMES", "TimeExpr", "find_dates", "infer_publication_date", "weekdays_named"]


@dataclass(frozen=True)
class TimeExpr:
    """A date or time expression, with offsets into the normalised text.

    ``date`` is the resolved day when one can be known. ``earliest`` and
    ``latest`` bound the period the expression covers (both equal ``date``
    for a single day; a month, a week, "days ago" give a range). ``relative``
    is true when resolving needed the publication date. ``entry`` marks the year opening an
    entry of a page of the day in years past («2023 – قُتل ...»), read as that day of that year.
    ``part_of_day`` is the part of the day named just before the expression, outside it
    («صباح» in «صباح الخميس 5 تشرين الأول»).
    """

    start: int
    end: int
    date: datetime.date | None
    earliest: datetime.date | None
    latest: datetime.date | None
    relative: bool
    text: str
    entry: bool = False
    part_of_day: str | None = None


# --- vocabulary -----------------------------------------------------------------
_MONTH_FORMS = {
    1: "كانون الثاني|كانون ثاني|يناير|جانفي",
    2: "شباط|فبراير|فيفري",
    3: "اذار|مارس",
    4: "نيسان|ابريل|افريل",
    5: "ايار|مايو|ماي",
    6: "حزيران|يونيو|يونيه|جوان",
    7: "تموز|يوليو|يوليه|جويليه|يوليوز",
    8: "اب|اغسطس|اوت|غشت",
    9: "ايلول|سبتمبر|شتنبر",
    10: "تشرين الاول|تشرين اول|اكتوبر|اوكتوبر",
    11: "تشرين الثاني|تشرين ثاني|نوفمبر|نونبر",
    12: "كانون الاول|كانون اول|ديسمبر|دجنبر",
}
_MONTHS = {form: m for m, forms in _MONTH_FORMS.items() for form in forms.split("|")}
# The months of the Hijri calendar, read by the Umm al-Qura reckoning («١٩ جمادى الأولى ١٤٤٥هـ»).
_HIJRI_MONTH_FORMS = {
    1: "محرم",
    2: "صفر",
    3: "ربيع الاول",
    4: "ربيع الاخر|ربيع الثاني",
    5: "جمادي الاولي|جمادي الاول",
    6: "جمادي الاخره|جمادي الاخر|جمادي الثانيه",
    7: "رجب",
    8: "شعبان",
    9: "رمضان",
    10: "شوال",
    11: "ذو القعده|ذي القعده",
    12: "ذو الحجه|ذي الحجه",
}
_HIJRI_MONTHS = {form: m for m, forms in _HIJRI_MONTH_FORMS.items() for form in forms.split("|")}
_AMBIGUOUS_MONTHS = {"اب", "مارس", "ماي"}
_ENGLISH_MONTHS = {
    name: i
    for i, name in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        start=1,
    )
}
_WEEKDAYS = {
    "الاثنين": 0,
    "الثلاثاء": 1,
    "الاربعاء": 2,
    "الخميس": 3,
    "الجمعه": 4,
    "السبت": 5,
    "الاحد": 6,
}
_ORD_UNITS = [
    "الاول",
    "الثاني",
    "الثالث",
    "الرابع",
    "الخامس",
    "السادس",
    "السابع",
    "الثامن",
    "التاسع",
]


def _ordinal_days() -> dict[str, int]:
    days = {name: i + 1 for i, name in enumerate(_ORD_UNITS)}
    days["العاشر"] = 10
    days["الحادي عشر"] = 11
    for i, name in enumerate(_ORD_UNITS[1:], start=2):
        days[f"{name} عشر"] = 10 + i
    days["العشرين"] = 20
    days["الثلاثين"] = 30
    for tens, word in ((20, "العشرين"), (30, "الثلاثين")):
        for i, name in enumerate(["الحادي", *_ORD_UNITS[1:]], start=1):
            if tens + i <= 31:
                days[f"{name} و{word}"] = tens + i
    return days


_ORD_DAYS = _ordinal_days()


def _alt(forms: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first, any run of spaces inside."""
    words = sorted(forms, key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)


def _key(phrase: str) -> str:
    return " ".join(phrase.split())


# Start of a word, allowing one proclitic letter (والجمعه, بالامس, لعام).
_BOW = r"(?:(?<!\w)|(?<=(?<!\w)[وفبل]))"
_EOW = r"(?!\w)"
_MONTH = rf"(?:{_alt(_MONTHS)}){_EOW}"
_WD = rf"(?:{_alt(_WEEKDAYS)}){_EOW}"
_YEAR = r"(?:19\d\d|20\d\d)(?!\d)"
_DAY_OF_MONTH = r"(?:[12]\d|3[01]|0?[1-9])"
_DAYNUM = _DAY_OF_MONTH + r"(?!\d|[.,:/]\d)"
_DAYNUM_OF_TWO = _DAY_OF_MONTH + r"(?!\d|[.,:]\d)"  # the first of two days, maybe before a slash
_ORD = rf"(?:{_alt(_ORD_DAYS)}){_EOW}"
_MOD = rf"(?:الماضي|الفايت|المنصرم|الجاري|الحالي|المقبل|القادم){_EOW}"
_PAIRED = rf"(?:(?:\s*[/\\(]\s*|\s+)(?P<month2>{_MONTH})(?:\s*\))?)?"  # «آذار/مارس», «يناير كانون الثاني»
_YEAR_AFTER = (  # on the same line: «في مثل هذا اليوم: 3 آذار» over «2022 – ...» is no day of 2022
    rf"(?:[^\S\n]*[،,]?[^\S\n]*(?:من\s+)?(?:(?:عام|العام|سنه|لعام)\s*)?(?P<year>{_YEAR})(?:\s*م{_EOW})?"
    # «2 شباط من العام الماضي», «في آب من هذا العام»: the year before the report's, or its own
    rf"|[^\S\n]+(?:من\s+)?(?P<ryear>(?:العام|السنه)\s+(?P<past>الماضي|الماضيه|الفايت|الفايته|المنصرم|المنصرمه|السابق|السابقه)"
    rf"|(?:العام|السنه)\s+(?:الجاري|الحالي|الحاليه)|هذا\s+العام|هذه\s+السنه){_EOW})?"
)
_TOD = (
    r"(?:فجر|صباح|ظهر|ظهيره|عصر|مساء|مسا|ليل|ليله|نهار|منتصف\s+(?:ليل|ليله|نهار)"
    r"|مطلع|مستهل|يوم|يومي)"
)
_EARLY_LATE = r"(?:في\s+)?(?:وقت|ساعه|ساعات)\s+(?:مبكر|مبكره|متاخر|متاخره)\s+من\s+"
_PREFIX = rf"(?P<pre>(?:{_EARLY_LATE})?(?:(?:(?:في\s+)?الساعات\s+الاولي\s+من|ساعات)\s+)?(?:{_TOD}\s+){{0,2}})"
_PERIOD_PART = r"(?P<part>مطلع|اوايل|بدايه|مستهل|منتصف|اواسط|اواخر|نهايه|اخر|اول)"

_ABSOLUTE = gated(
    rf"{_BOW}(?P<wd_pre>(?:يوم\s+)?(?P<wd>{_WD})\s*[،,]?\s*)?(?P<open>\(\s*)?"
    rf"(?:(?:ال\s*)?(?P<day>{_DAYNUM})\s*(?:من\s+)?|(?P<ord>{_ORD})\s+من\s+)(?:شهر\s+)?"
    rf"(?P<month>{_MONTH}){_PAIRED}{_YEAR_AFTER}(?:\s+(?P<mod>{_MOD}))?(?(open)\s*\))"
)
# «(٢ – ٨ كانون الأول ٢٠٢٣)», «بين 2 و8 آذار», «من السبت 2 حتى الجمعة 8 كانون الأول»: days of one
# month; «ليل 3-4 آذار», «ليلة 21 على 22 تشرين الثاني» is the night from one day to the next, dated
# as «ليل الخميس والجمعة» is.
_DAY_WD = rf"(?:(?:يوم\s+)?{_WD}\s*[،,]?\s*)?"  # «السبت 2», «يوم الجمعة، 8»
# «ليلة 25/26 تشرين الأول»: a slash joins the two days too, a month's name after them.
# «ليلة الثالث على الرابع من شباط»: or two ordinals.
_DAYS_JOINED = (
    rf"(?:(?P<day1>{_DAYNUM_OF_TWO})|(?P<ord1>{_ORD}))\s*(?:[-–—/]|الي|حتي|علي|و)\s*{_DAY_WD}"
    rf"(?:(?P<day>{_DAYNUM})|(?P<ord>{_ORD}))\s+(?:من\s+)?(?:شهر\s+)?"
)
# «الخميس - الجمعة», «الأحد على الاثنين», «الثلاثاء إلى الأربعاء»: two weekdays joined, a night's.
_WD_JOIN = r"(?:[-–—/]|و|علي|الي)"
# «ليلة الخميس - الجمعة 5 - 6 تشرين الأول», «ليلة الثلاثاء إلى الأربعاء 1 و2 جويلية»: the days'
# weekdays before them.
_DAY_WDS = rf"(?:(?:يوم\s+)?{_WD}(?:\s*{_WD_JOIN}\s*{_WD})?\s*[،,]?\s*)?"
_DAY_RANGE = gated(
    rf"{_BOW}(?P<night>(?:ليل|ليله)\s+)?(?:(?:من|بين)\s+)?{_DAY_WDS}{_DAYS_JOINED}"
    rf"(?P<month>{_MONTH}){_PAIRED}{_YEAR_AFTER}(?:\s+(?P<mod>{_MOD}))?"
)
_MONTH_ONLY = gated(
    rf"{_BOW}(?P<prep>(?:في|خلال|منذ)\s+)?(?:{_PERIOD_PART}\s+)?(?P<shahr>شهر\s+)?"
    rf"(?P<month>{_MONTH}){_PAIRED}{_YEAR_AFTER}(?:\s+(?P<mod>{_MOD}))?"
)
# «13/11/2023», «2023.11.13», and a signature's spaced «٨ / ١ / ٢٠٢٤».
_NUMERIC = gated(
    r"(?<![\w.,/\-])(?:(?P<y>(?:19|20)\d\d)(?P<s>[./-]| / )(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})"
    r"|(?P<d2>\d{1,2})(?P<s2>[./-]| / )(?P<m2>\d{1,2})(?P=s2)(?P<y2>(?:19|20)\d\d))"
    r"(?![\w]|[./\-]\d)"
)
# «ليلة 14-15/4/2026», «ليلة ٠٥ على ٠٦/١١/٢٠٢٥»: two days of one month in numbers, a night when they
# follow each other.
_NUMERIC_RANGE = gated(
    r"(?<![\w.,/\-])(?P<day1>\d{1,2})\s*(?:[-–]|علي|الي)\s*(?P<day>\d{1,2})(?P<s>[./])(?P<m>\d{1,2})(?P=s)(?P<y>(?:19|20)\d\d)"
    r"(?![\w]|[./\-]\d)"
)
# «الأحد ١٩ جمادى الأولى», «٢٣ رمضان ١٤٤٦هـ»: a day of a Hijri month (a month alone may be a name: «رجب»).
_HIJRI = gated(
    rf"{_BOW}{_PREFIX}{_DAY_WD}(?P<day>{_DAYNUM})\s+(?:من\s+)?(?:شهر\s+)?(?P<hmonth>{_alt(_HIJRI_MONTHS)}){_EOW}"
    r"(?:\s+(?P<hyear>1[34]\d\d)(?:\s*ه(?!\w))?)?"
)
# «مساء يوم 18/3», «بتاريخ 5/11»: a day and month in numbers, no year, after the word for day or date.
_DAY_MONTH = gated(
    rf"{_BOW}{_PREFIX}(?:يوم|بتاريخ)\s+(?P<d>{_DAY_OF_MONTH})/(?P<m>0?[1-9]|1[0-2])(?!\d|[./]\d)"
)
# «ليلة 18–19/1»: a night named by its two days and their month in numbers, no year.
_NIGHT_DAY_MONTH = gated(
    rf"{_BOW}{_PREFIX}(?:ليل|ليله)\s+(?P<day1>{_DAY_OF_MONTH})\s*(?:[-–]|علي|الي)\s*(?P<d>{_DAY_OF_MONTH})/(?P<m>0?[1-9]|1[0-2])(?!\d|[./]\d)"
)
_RANGE_FIRST_DAY = gated(r"(?<!\d)\d{1,2}\s*(?:[-–]|علي|الي)\s*$")
_NIGHT_BEFORE = gated(r"(?<!\S)(?:ليل|ليله)\s+$")
# «ليلة الأحد على الاثنين ١١–١٢/٨/٢٠٢٤»: the night named by its weekdays, then by its days.
_NIGHT_OF_WEEKDAYS_BEFORE = gated(rf"(?<!\S)(?:ليل|ليله)\s+{_WD}\s*{_WD_JOIN}\s*{_WD}\s*[،,]?\s*$")
_NUMERIC_MONTH = gated(
    r"(?<![\w.,/\-])(?:(?P<y>(?:19|20)\d\d)-(?P<m>0?[1-9]|1[0-2])|(?P<m2>0?[1-9]|1[0-2])/(?P<y2>(?:19|20)\d\d))"
    r"(?![\w]|[./\-]\d)"
)
_ENGLISH = gated(
    rf"(?<!\w)(?:(?P<mon>{_alt(_ENGLISH_MONTHS)})\s+(?P<day>{_DAYNUM}),?\s+(?P<year>{_YEAR})"
    rf"|(?P<day2>{_DAYNUM})\s+(?P<mon2>{_alt(_ENGLISH_MONTHS)}),?\s+(?P<year2>{_YEAR}))"
)
_TODAY = gated(
    rf"{_BOW}{_PREFIX}(?P<kw>اليوم|هذا\s+اليوم){_EOW}(?P<wdpart>\s*(?P<open>\()?\s*(?P<wd>{_WD})(?(open)\s*\)))?"
)
_YESTERDAY = gated(
    # (Levantine «امبارح», «مبارح»; «أول امبارح»: the day before)
    rf"{_BOW}{_PREFIX}(?P<kw>اول\s+(?:من\s+)?(?:امس|امبارح|مبارح)|امس\s+الاول|البارحه|امس|الامس|امبارح|مبارح){_EOW}"
    rf"(?P<wdpart>\s*(?P<open>\()?\s*(?P<wd>{_WD})(?(open)\s*\)))?"
)
_TONIGHT = gated(
    rf"{_BOW}{_PREFIX}(?P<this>هذه\s+)?(?P<kw>الليله){_EOW}"
    rf"(?:\s+(?P<past>الماضيه|الفايته|المنصرمه|البارحه|قبل\s+الماضيه){_EOW})?"
)
_WEEKDAY = gated(
    rf"{_BOW}{_PREFIX}(?P<open>\(\s*)?(?P<wd>{_WD})(?(open)\s*\))"
    r"(?:\s+(?P<mod>(?:الماضي|الفايت|المنصرم|المقبل|القادم)ه?)(?!\w))?"
    # «يوم الأحد 07/01»: a day and month in numbers, no year, that the weekday confirms
    r"(?:\s*[،,]?\s*(?P<dm_d>\d{1,2})/(?P<dm_m>\d{1,2})(?!\d|[./]\d))?"
)
_WEEKDAY_PAIR = gated(
    rf"{_BOW}{_PREFIX}(?P<open>\(\s*)?(?P<wd>{_WD})(?(open)\s*\))"
    rf"\s*(?:و|-|–|/|علي|الي|حتي)\s*(?:(?:فجر|صباح|ظهر|نهار|يوم)\s+)?"
    rf"(?P<open2>\(\s*)?(?P<wd2>{_WD})(?(open2)\s*\))"
)
_REL_MONTH = gated(
    rf"{_BOW}(?P<prep>(?:في|خلال|منذ)\s+)?(?:{_PERIOD_PART}\s+)?"
    rf"(?:الشهر\s+(?P<mod>{_MOD})|(?P<this>هذا\s+الشهر))"
)
_REL_MONTH_DAY = gated(
    rf"{_BOW}(?P<prep>(?:في|منذ)\s+)?(?:(?:ال\s*)?(?P<day>{_DAYNUM})|(?P<ord>{_ORD}))\s+(?:من\s+)?"
    rf"(?:الشهر\s+(?P<mod>{_MOD})|(?P<this>هذا\s+الشهر))"
)
_WEEK = gated(
    rf"{_BOW}(?P<prep>(?:خلال|منذ|في|طيله|طوال)\s+)?"
    r"(?:(?P<week>الاسبوع)\s+(?P<wmod>الماضي|الفايت|المنصرم|الجاري|الحالي)"
    r"|(?P<weeks>الاسبوعين)\s+(?:الماضيين|الفايتين|المنصرمين)"
    r"|(?P<this>هذا\s+الاسبوع)"
    r"|(?P<days>الايام)\s+(?:القليله\s+)?(?:الماضيه|الاخيره|الفايته|المنصرمه)"
    r"(?:\s+القليله)?)(?!\w)"
)
_HOURS = gated(
    rf"{_BOW}(?P<prep>(?:خلال|في|طيله|طوال)\s+)?"
    r"(?:(?:ال\s*)?(?P<n>\d{1,3})\s+ساعه|الساعات(?:\s+ال\s*(?P<n2>\d{1,3}))?)"
    r"\s+(?:القليله\s+)?(?:الماضيه|الاخيره|المنصرمه|الفايته)(?!\w)"
)
_AGO = gated(
    rf"{_BOW}(?P<kw>قبل|منذ)\s+(?:(?:نحو|حوالي|قرابه)\s+(?=ساع))?(?:(?P<n>\d{{1,2}}|[^\W\d_]+)\s+)?"
    r"(?P<unit>ايام|يوما|يوم|يومين|يومان|اسبوع|اسبوعين|اسابيع|قليل|لحظات|دقايق|ساعه|ساعتين)(?!\w)"
    r"(?:\s+(?:قليله|معدوده|واحد))?(?!\w)"
)
_YEAR_EXPR = gated(
    rf"{_BOW}(?P<prep>(?:في|خلال|منذ)\s+)?(?:(?:عام|العام|سنه|السنه)\s+(?P<year>{_YEAR})(?:\s*م{_EOW})?"
    r"|(?:العام|السنه)\s+(?P<mod>الماضي|الماضيه|الفايت|المنصرم|المنصرمه|الجاري|الحالي|الحاليه"
    r"|المقبل|القادم|المقبله|القادمه)(?!\w)|(?P<this>هذا\s+العام)"
    rf"|(?:عامي|العامين|سنتي)\s+(?P<first>{_YEAR})\s+و\s*(?P<last>{_YEAR}))"
)
_AGO_NOT_NOW = gated(r"\s+(?:من(?!\w)|ال)")
_SINCE_BEFORE = gated(r"(?<!\w)[وف]?(منذ)\s+$")
_NEXT_WORD = gated(r"\s*\(?\s*([^\W\d_]+)")
_PREV_WORD = gated(r"([^\W\d_]+)\s*$")
_VAGUE_COUNT = {"عده", "بضعه", "بضع", "بعض"}


@dataclass
class _Cand:
    start: int
    end: int
    date: datetime.date | None = None
    earliest: datetime.date | None = None
    latest: datetime.date | None = None
    relative: bool = True
    month_day: tuple[int, int] | None = None  # a day and month given without a year nor «الماضي»-like word
    days: tuple[int, int, int, bool] | None = None  # so given, days of a month: (month, first, last, a night)


def _day(d: date | None) -> _Cand:
    return _Cand(0, 0, d, d, d, True)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _add_months(year: int, month: int, k: int) -> tuple[int, int]:
    i = year * 12 + (month - 1) + k
    return i // 12, i % 12 + 1


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _latest_weekday(pub: date, wd: int, *, strictly_before: bool = False) -> date:
    delta = (pub.weekday() - wd) % 7
    if delta == 0 and strictly_before:
        delta = 7
    return pub - timedelta(days=delta)


def _next_weekday(pub: date, wd: int) -> date:
    return pub + timedelta(days=(wd - pub.weekday()) % 7 or 7)


def _nearest_weekday(pub: date, wd: int) -> date:
    delta = (wd - pub.weekday()) % 7
    return pub + timedelta(days=delta if delta <= 3 else delta - 7)


def _month_key(m: re.Match[str], group: str = "month") -> int:
    return _MONTHS[_key(m.group(group))]


def _year_for(month: int, day: int, mod: str | None, pub: date) -> int:
    """The year of a day-and-month given without a year."""
    if mod in ("الجاري", "الحالي"):
        return pub.year
    if mod in ("المقبل", "القادم"):
        return pub.year if (month, day) > (pub.month, pub.day) else pub.year + 1
    if mod in ("الماضي", "الفايت", "المنصرم"):
        return pub.year if (month, day) < (pub.month, pub.day) else pub.year - 1
    return pub.year if (month, day) <= (pub.month, pub.day) else pub.year - 1


def _year_for_month(month: int, mod: str | None, pub: date) -> int:
    """The year of a month named without a year."""
    if mod in ("الجاري", "الحالي"):
        return pub.year
    if mod in ("المقبل", "القادم"):
        return pub.year if month > pub.month else pub.year + 1
    if mod in ("الماضي", "الفايت", "المنصرم"):
        return pub.year if month < pub.month else pub.year - 1
    return pub.year if month <= pub.month else pub.year - 1


def _part_bounds(year: int, month: int, part: str | None) -> tuple[date, date]:
    last = _month_end(year, month)
    if part in ("مطلع", "اوايل", "بدايه", "مستهل"):
        return date(year, month, 1), date(year, month, 10)
    if part in ("منتصف", "اواسط"):
        return date(year, month, 11), date(year, month, 20)
    if part in ("اواخر", "نهايه", "اخر"):
        return date(year, month, 21), last
    if part == "اول":
        return date(year, month, 1), date(year, month, 1)
    return date(year, month, 1), last


# --- one resolver per pattern: match -> candidate (None to reject) -------------------
# Resolvers of patterns with a trailing weekday also take ``use_wd=False``.
Resolver = Callable[..., "_Cand | None"]


def _year_named(m: re.Match[str], pub: date | None) -> int | None:
    """The year a date names after its month: in figures, or the report's or the one before it."""
    if m.group("year"):
        return int(m.group("year"))
    if m.group("ryear") and pub is not None:
        return pub.year - 1 if m.group("past") else pub.year
    return None


def _absolute(text: str, m: re.Match[str], pub: date | None) -> _Cand | None:
    month = _month_key(m)
    day = int(m.group("day")) if m.group("day") else _ORD_DAYS[_key(m.group("ord"))]
    if (year := _year_named(m, pub)) is not None:
        d = _safe_date(year, month, day)
        if d is None:
            return None
        c = _day(d)
        c.relative = not m.group("year")
        return c
    if _safe_date(2000, month, day) is None:  # 2000 is a leap year
        return None
    d = None if pub is None else _safe_date(_year_for(month, day, m.group("mod"), pub), month, day)
    wd = _WEEKDAYS[m.group("wd")] if m.group("wd") else None
    if d is not None and pub is not None and wd is not None and d.weekday() != wd:
        # «00:20 (الاثنين 9 مارس)» on a live page of Sunday 8 March: the Monday after it (a day past
        # publication, so no event's date), not 9 March of the year before, a Sunday.
        later = _safe_date(d.year + 1, month, day)
        if later is not None and later.weekday() == wd and later <= pub + timedelta(days=7):
            d = later
        # «صبيحة السبت السابع من تشرين الأول» in a memoir of 2025: the 7 October that was a
        # Saturday (2023), a year or a few before the one nearest the report.
        elif (earlier := _earlier_on_weekday(d, wd)) is not None:
            c = _day(earlier)
            c.month_day = None  # the weekday settled the year
            return c
    c = _day(d)
    c.month_day = None if m.group("mod") else (month, day)
    return c


_WEEKDAY_YEARS_BACK = 3  # how far back a weekday may move a day's year


def _earlier_on_weekday(d: date, weekday: int) -> date | None:
    """The same day of a year or a few before ``d`` that falls on ``weekday``, if one does."""
    for back in range(1, _WEEKDAY_YEARS_BACK + 1):
        earlier = _safe_date(d.year - back, d.month, d.day)
        if earlier is not None and earlier.weekday() == weekday:
            return earlier
    return None


def _day_range(text: str, m: re.Match[str], pub: date | None) -> _Cand | None:
    month = _month_key(m)
    first = int(m.group("day1")) if m.group("day1") else _ORD_DAYS[_key(m.group("ord1"))]
    last = int(m.group("day")) if m.group("day") else _ORD_DAYS[_key(m.group("ord"))]
    if first >= last or _safe_date(2000, month, last) is None:
        return None
    if (named := _year_named(m, pub)) is not None:
        year = named
    elif pub is None:
        return _Cand(0, 0)
    else:
        year = _year_for(month, last, m.group("mod"), pub)
    c = _days_of_month(year, month, first, last, bool(m.group("night")), relative=not m.group("year"))
    if c is not None and named is None and not m.group("mod"):
        c.days = (month, first, last, bool(m.group("night")))
    return c


def _days_of_month(year: int, month: int, first: int, last: int, night: bool, *, relative: bool) -> _Cand | None:
    """Days ``first`` to ``last`` of one month; a night («ليل 3-4») is dated by its first day."""
    earliest, latest = _safe_date(year, month, first), _safe_date(year, month, last)
    if earliest is None or latest is None or first >= last:
        return None
    night = night and last == first + 1
    return _Cand(0, 0, earliest if night else None, earliest, latest, relative)


def _month_only(text: str, m: re.Match[str], pub: date | None) -> _Cand | None:
    month = _month_key(m)
    form = _key(m.group("month"))
    year, mod, part = m.group("year"), m.group("mod"), m.group("part")
    strong = year or m.group("ryear") or mod or m.group("month2") or m.group("shahr")
    if not strong and (form in _AMBIGUOUS_MONTHS or not (m.group("prep") or part)):
        return None
    if year:
        lo, hi = _part_bounds(int(year), month, part)
        c = _Cand(0, 0, lo if lo == hi else None, lo, hi, relative=False)
        return c
    if pub is None:
        return _Cand(0, 0)
    y = _year_named(m, pub) or _year_for_month(month, mod, pub)
    lo, hi = _part_bounds(y, month, part)
    if lo > pub and mod not in ("المقبل", "القادم"):
        return _Cand(0, 0)  # the month is current but the part is still to come
    if mod not in ("المقبل", "القادم"):
        hi = min(hi, pub)
    return _Cand(0, 0, lo if lo == hi else None, lo, hi)


def _numeric(text: str, m: re.Match[str], pub: date | None) -> _Cand | None:
    if m.group("y"):
        y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    elif _month_first(text) or int(m.group("d2")) <= 12 < int(m.group("m2")):  # or it only reads so
        y, mo, d = int(m.group("y2")), int(m.group("d2")), int(m.group("m2"))
    else:
        y, mo, d = int(m.group("y2")), int(m.group("m2")), int(m.group("d2"))
    day = _safe_date(y, mo, d)
    if day is None:
        return None
    c = _day(day)
    c.relative = False
    return c


@functools.lru_cache(maxsize=4)
def _month_first(text: str) -> bool:
    """Does a text write its numeric dates month first (an American original: «01/28/2024»)? So it
    does when one of them can only be read so (its second number past 12) and none only day first."""
    month_first = day_first = False
    for m in _NUMERIC.finditer(text):
        if m.group("d2"):
            first, second = int(m.group("d2")), int(m.group("m2"))
            month_first |= first <= 12 < second <= 31
            day_first |= second <= 12 < first <= 31
    return month_first and not day_first


def _hijri(text: str, m: re.Match[str], pub: date | None) -> _Cand | None:
    """A Hijri day; without a year, the last such day on or before the publication day."""
    month, day = _HIJRI_MONTHS[_key(m.group("hmonth"))], int(m.group("day"))
    if m.group("hyear"):
        c = _day(_from_hijri(int(m.group("hyear")), month, day))
        c.relative = False
        return c
    if pub is None:
        return _Cand(0, 0)
    year = Gregorian.fromdate(pub).to_hijri().year
    found = _from_hijri(year, month, day)
    if found is not None and found > pub:
        found = _from_hijri(year - 1, month, day)
    return _day(found) if found is not None else None


def _from_hijri(year: int, month: int, day: int) -> date | None:
    try:
        g = Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None  # a day the month has not, or a year out of the calendar's range
    return date(g.year, g.month, g.day)


def _day_month(text: str, m: re.Match[str], pub: date | None) -> _Cand | None:
    """The day and month on or before the publication day, within a year of it."""
    if pub is None:
        return _Cand(0, 0)
    d, mo = int(m.group("d")), int(m.group("m"))
    day = _safe_date(_year_for(mo, d, None, pub), mo, d)
    return _day(day) if day is not None else None


def _night_day_month(text: str, m: re.Match[str], pub: date | None) -> _Cand | None:
    """The night of two days of a month on or before the publication day, within a year of it."""
    if pub is None:
        return _Cand(0, 0)
    first, last, mo = int(m.group("day1")), int(m.group("d")), int(m.group("m"))
    return _days_of_month(_year_for(mo, first, None, pub), mo, first, last, True, relative=True)


def _numeric_range(text: str, m: re.Match[str], pub: date | None) -> _Cand | None:
    night = bool(
        _NIGHT_BEFORE.search(text, max(0, m.start() - 6), m.start())
        or _NIGHT_OF_WEEKDAYS_BEFORE.search(text, max(0, m.start() - 40), m.start())
    )
    return _days_of_month(int(m.group("y")), int(m.group("m")), int(m.group("day1")), int(m.group("day")), night, relative=False)


def _numeric_month(text: str, m: re.Match[str], pub: date | None) -> _Cand | None:
    y = int(m.group("y") or m.group("y2"))
    mo = int(m.group("m") or m.group("m2"))
    return _Cand(0, 0, None, date(y, mo, 1), _month_end(y, mo), relative=False)


def _english(text: str, m: re.Match[str], pub: date | None) -> _Cand | None:
    mon = m.group("mon") or m.group("mon2")
    day = int(m.group("day") or m.group("day2"))
    year = int(m.group("year") or m.group("year2"))
    d = _safe_date(year, _ENGLISH_MONTHS[mon], day)
    if d is None:
        return None
    c = _day(d)
    c.relative = False
    return c


def _adjective_follows(text: str, end: int) -> bool:
    """Whether "اليوم"/"الليله" is qualified (اليوم التالي, اليوم الذي, الليله نفسها)."""
    nxt = _NEXT_WORD.match(text, end)
    if not nxt or not re.match(r"\s", text[end : end + 1] or "x"):
        return False
    word = nxt.group(1)
    if word in _WEEKDAYS:
        return False
    return word.startswith("ال") or word in ("نفسه", "ذاته", "عينه", "نفسها", "ذاتها", "عينها")


def _demonstrative_before(text: str, start: int) -> bool:
    prev = _PREV_WORD.search(text, max(0, start - 20), start)
    return bool(prev) and prev.group(1) in ("ذلك", "تلك", "ذات", "مثل", "نفس")  # type: ignore[union-attr]


def _today(text: str, m: re.Match[str], pub: date | None, use_wd: bool = True) -> _Cand | None:
    wd = m.group("wd") if use_wd else None
    if not wd and _adjective_follows(text, m.end("kw")):
        return None
    if _demonstrative_before(text, m.start("kw")) and not m.group("pre"):
        return None
    if pub is None:
        return _Cand(0, 0)
    if wd:
        return _day(_nearest_weekday(pub, _WEEKDAYS[wd]))
    return _day(pub)


def _yesterday(text: str, m: re.Match[str], pub: date | None, use_wd: bool = True) -> _Cand | None:
    if pub is None:
        return _Cand(0, 0)
    kw = _key(m.group("kw"))
    if kw.startswith("اول") or kw == "امس الاول":
        return _day(pub - timedelta(days=2))
    day = pub - timedelta(days=1)
    if use_wd and m.group("wd"):
        wd = _WEEKDAYS[m.group("wd")]
        if day.weekday() != wd:
            day = _latest_weekday(pub, wd, strictly_before=True)
    return _day(day)


def _tonight(text: str, m: re.Match[str], pub: date | None) -> _Cand | None:
    past = m.group("past")
    if not past and (
        _adjective_follows(text, m.end("kw")) or _demonstrative_before(text, m.start("kw"))
    ):
        return None
    if pub is None:
        return _Cand(0, 0)
    if not past:
        return _day(pub)
    return _day(pub - timedelta(days=2 if past.startswith("قبل") else 1))


def _weekday(text: str, m: re.Match[str], pub: date | None) -> _Cand | None:
    wd = _WEEKDAYS[m.group("wd")]
    if wd == 6 and re.match(r"\s+عشر", text[m.end("wd") : m.end("wd") + 6]):
        return None  # الاحد عشر: "the eleven"
    if pub is None:
        return _Cand(0, 0)
    if m.group("dm_d") and (day := _day_of_weekday(pub, wd, int(m.group("dm_d")), int(m.group("dm_m")))):
        return _day(day)
    mod = m.group("mod")
    if mod and mod.startswith(("المقبل", "القادم")):
        return _day(_next_weekday(pub, wd))
    return _day(_latest_weekday(pub, wd, strictly_before=bool(mod)))


def _day_of_weekday(pub: date, wd: int, d: int, mo: int) -> date | None:
    """The day ``d/mo`` nearest the publication day, in a year in which it falls on weekday ``wd``
    («الأحد 07/01» of a report of January 2024 is 7 January 2024, a Sunday)."""
    days = [day for y in (pub.year - 1, pub.year, pub.year + 1) if (day := _safe_date(y, mo, d)) and day.weekday() == wd]
    return min(days, key=lambda day: abs((day - pub).days), default=None)


def _weekday_pair(text: str, m: re.Match[str], pub: date | None) -> _Cand | None:
    wd, wd2 = _WEEKDAYS[m.group("wd")], _WEEKDAYS[m.group("wd2")]
    if (wd + 1) % 7 != wd2:
        return None
    if pub is None:
        return _Cand(0, 0)
    first = _latest_weekday(pub, wd)
    return _Cand(0, 0, first, first, first + timedelta(days=1))


def _rel_month_bounds(m: re.Match[str], pub: date) -> tuple[int, int, bool]:
    """Year and month of "الشهر الماضي/الجاري/المقبل", and whether it is the current one."""
    mod = m.group("mod")
    if mod in ("الماضي", "الفايت", "المنصرم"):
        y, mo = _add_months(pub.year, pub.month, -1)
        return y, mo, False
    if mod in ("المقبل", "القادم"):
        y, mo = _add_months(pub.year, pub.month, 1)
        return y, mo, False
    return pub.year, pub.month, True


def _rel_month(text: str, m: re.Match[str], pub: date | None) -> _Cand | None:
    if pub is None:
        return _Cand(0, 0)
    y, mo, current = _rel_month_bounds(m, pub)
    lo, hi = _part_bounds(y, mo, m.group("part"))
    if current:
        if lo > pub:
            return _Cand(0, 0)
        hi = min(hi, pub)
    return _Cand(0, 0, lo if lo == hi else None, lo, hi)


def _rel_month_day(text: str, m: re.Match[str], pub: date | None) -> _Cand | None:
    day = int(m.group("day")) if m.group("day") else _ORD_DAYS[_key(m.group("ord"))]
    if day > 31:
        return None
    if pub is None:
        return _Cand(0, 0)
    y, mo, _current = _rel_month_bounds(m, pub)
    return _day(_safe_date(y, mo, day))


def _week(text: str, m: re.Match[str], pub: date | None) -> _Cand | None:
    if pub is None:
        return _Cand(0, 0)
    if m.group("days"):
        return _Cand(0, 0, None, pub - timedelta(days=10), pub)
    if m.group("weeks"):
        return _Cand(0, 0, None, pub - timedelta(days=14), pub - timedelta(days=1))
    if m.group("this") or m.group("wmod") in ("الجاري", "الحالي"):
        return _Cand(0, 0, None, pub - timedelta(days=6), pub)
    # The seven days before, or the calendar week before the current one (a week begins on Saturday
    # or Sunday): «الأسبوع الماضي» of a Monday may be the Saturday nine days before.
    week_before = pub - timedelta(days=(pub.weekday() - _WEEKDAYS["السبت"]) % 7 + 7)
    return _Cand(0, 0, None, min(week_before, pub - timedelta(days=7)), pub - timedelta(days=1))


def _hours(text: str, m: re.Match[str], pub: date | None) -> _Cand | None:
    hours = int(m.group("n") or m.group("n2") or 24)
    if not 1 <= hours <= 240:
        return None
    if pub is None:
        return _Cand(0, 0)
    return _Cand(0, 0, None, pub - timedelta(days=-(-hours // 24)), pub)


def _ago(text: str, m: re.Match[str], pub: date | None) -> _Cand | None:
    unit, raw = m.group("unit"), m.group("n")
    if (after := _AGO_NOT_NOW.match(text, m.end())) and (after.group().strip() == "من" or raw is None and unit not in ("يومين", "يومان", "اسبوعين")):
        # قبل يومين من الهجوم, قبل يوم الجمعه: not counted from publication (but «استهدفت قبل
        # ثلاثة أيام القاعدة»: a count of days is in construct with no noun after it)
        return None
    if unit in ("قليل", "لحظات", "دقايق", "ساعه", "ساعتين"):
        if raw is not None:
            return None
        # «قبل قليل», «قبل نحو ساعة»: a moment or an hour or two before the report
        return _day(pub) if pub is not None else _Cand(0, 0)
    vague = raw is None or raw in _VAGUE_COUNT
    n: int | None = None
    if not vague:
        n = parse_number(raw)
        if n is None:
            return None
    if unit in ("يوم",):
        days: int | None = 1 if raw is None else None
    elif unit in ("يومين", "يومان"):
        days = 2 if raw is None else None
    elif unit in ("اسبوع",):
        days = 7 if raw is None else None
    elif unit == "اسبوعين":
        days = 14 if raw is None else None
    elif unit == "اسابيع":
        if n is None or not 2 <= n <= 10:
            return None
        days = 7 * n
    else:  # ايام, يوما
        if vague:
            if pub is None:
                return _Cand(0, 0)
            return _Cand(0, 0, None, pub - timedelta(days=10), pub - timedelta(days=1))
        assert n is not None
        if not 1 <= n <= 60:
            return None
        days = n
    if days is None:
        return None
    if pub is None:
        return _Cand(0, 0)
    return _day(pub - timedelta(days=days))


def _year_expr(text: str, m: re.Match[str], pub: date | None) -> _Cand | None:
    if m.group("first"):
        first, last = int(m.group("first")), int(m.group("last"))
        if last < first:
            return None
        return _Cand(0, 0, None, date(first, 1, 1), date(last, 12, 31), relative=False)
    if m.group("year"):
        y = int(m.group("year"))
        return _Cand(0, 0, None, date(y, 1, 1), date(y, 12, 31), relative=False)
    if pub is None:
        return _Cand(0, 0)
    mod = m.group("mod") or ""
    if mod.startswith(("الماضي", "الفايت", "المنصرم")):
        return _Cand(0, 0, None, date(pub.year - 1, 1, 1), date(pub.year - 1, 12, 31))
    if mod.startswith(("المقبل", "القادم")):
        return _Cand(0, 0, None, date(pub.year + 1, 1, 1), date(pub.year + 1, 12, 31))
    return _Cand(0, 0, None, date(pub.year, 1, 1), pub)


_RULES: dict[str, tuple[Pattern, Resolver]] = {
    "absolute": (_ABSOLUTE, _absolute),
    "day_range": (_DAY_RANGE, _day_range),
    "month": (_MONTH_ONLY, _month_only),
    "numeric": (_NUMERIC, _numeric),
    "numeric_month": (_NUMERIC_MONTH, _numeric_month),
    "numeric_range": (_NUMERIC_RANGE, _numeric_range),
    "day_month": (_DAY_MONTH, _day_month),
    "night_day_month": (_NIGHT_DAY_MONTH, _night_day_month),
    "hijri": (_HIJRI, _hijri),
    "english": (_ENGLISH, _english),
    "today": (_TODAY, _today),
    "yesterday": (_YESTERDAY, _yesterday),
    "tonight": (_TONIGHT, _tonight),
    "weekday": (_WEEKDAY, _weekday),
    "weekday_pair": (_WEEKDAY_PAIR, _weekday_pair),
    "rel_month": (_REL_MONTH, _rel_month),
    "rel_month_day": (_REL_MONTH_DAY, _rel_month_day),
    "week": (_WEEK, _week),
    "hours": (_HOURS, _hours),
    "ago": (_AGO, _ago),
    "year": (_YEAR_EXPR, _year_expr),
}

# Running every pattern over the whole text is slow (a lookbehind and optional
# prefixes at each position). Instead, keywords are found with one regex per
# first letter (a literal first character lets the engine skip ahead), and each
# pattern that needs the keyword is tried where a match could start: at the
# keyword, and at each word before it that may open such an expression.
_TIME_LEAD = {
    "في",
    "وقت",
    "ساعه",
    "ساعات",
    "مبكر",
    "مبكره",
    "متاخر",
    "متاخره",
    "من",
    "الساعات",
    "الاولي",
    "فجر",
    "صباح",
    "ظهر",
    "ظهيره",
    "عصر",
    "مساء",
    "مسا",  # Levantine: «مسا امبارح»
    "ليل",
    "ليله",
    "نهار",
    "منتصف",
    "مطلع",
    "مستهل",
    "يوم",
    "يومي",
    "هذه",
    "هذا",
}
_PARTS = {"مطلع", "اوايل", "بدايه", "مستهل", "منتصف", "اواسط", "اواخر", "نهايه", "اخر", "اول"}
_ORD_WORDS = {w for phrase in _ORD_DAYS for w in phrase.split()}
_MONTH_LEAD = set(_WEEKDAYS) | _ORD_WORDS | _PARTS | {"يوم", "من", "شهر", "في", "خلال", "منذ", "ال"}
_DAY_MONTH_LEAD = frozenset(_TIME_LEAD | {"بتاريخ"})
_RANGE_LEAD = frozenset(set(_WEEKDAYS) | {"يوم", "من", "بين", "في", "خلال", "ليل", "ليله", "الي", "علي"})
_REL_MONTH_LEAD = _ORD_WORDS | _PARTS | {"من", "هذا", "في", "خلال", "منذ", "ال"}
_PERIOD_LEAD = _PARTS | {"في", "خلال", "منذ", "طيله", "طوال", "هذا"}

# Keyword -> (rules to try, words that may come before it in a match).
_ANCHORS: dict[str, tuple[tuple[str, ...], frozenset[str]]] = {}
for _form in _MONTHS:
    _ANCHORS[_form.split()[0]] = (("absolute", "month"), frozenset(_MONTH_LEAD))
_MONTH_ANCHORS = frozenset(form.split()[0] for form in _MONTHS)
for _form in _HIJRI_MONTHS:
    _ANCHORS[_form.split()[0]] = (("hijri",), frozenset(_MONTH_LEAD))
for _form in _WEEKDAYS:
    _ANCHORS[_form] = (("weekday", "weekday_pair"), frozenset(_TIME_LEAD))
for _form in ("امس", "امبارح", "مبارح"):  # (Levantine «امبارح»; «أول امس»: the day before)
    _ANCHORS[_form] = (("yesterday",), frozenset(_TIME_LEAD | {"اول"}))
_ANCHORS.update(
    {
        "اليوم": (("today",), frozenset(_TIME_LEAD)),
        "الامس": (("yesterday",), frozenset(_TIME_LEAD)),
        "البارحه": (("yesterday", "tonight"), frozenset(_TIME_LEAD | {"الليله"})),
        "الليله": (("tonight",), frozenset(_TIME_LEAD)),
        "الشهر": (("rel_month", "rel_month_day"), frozenset(_REL_MONTH_LEAD)),
        "الاسبوع": (("week",), frozenset(_PERIOD_LEAD)),
        "الاسبوعين": (("week",), frozenset(_PERIOD_LEAD)),
        "الايام": (("week",), frozenset(_PERIOD_LEAD)),
        "ساعه": (("hours",), frozenset(_PERIOD_LEAD | {"ال"})),
        "الساعات": (("hours",), frozenset(_PERIOD_LEAD)),
        "قبل": (("ago",), frozenset()),
        "منذ": (("ago",), frozenset()),
        "عام": (("year",), frozenset(_PERIOD_LEAD)),
        "العام": (("year",), frozenset(_PERIOD_LEAD)),
        "سنه": (("year",), frozenset(_PERIOD_LEAD)),
        "السنه": (("year",), frozenset(_PERIOD_LEAD)),
        "عامي": (("year",), frozenset(_PERIOD_LEAD)),
        "العامين": (("year",), frozenset(_PERIOD_LEAD)),
        "سنتي": (("year",), frozenset(_PERIOD_LEAD)),
    }
)


def _anchor_finders() -> list[Pattern]:
    groups: dict[str, list[str]] = {}
    for word in _ANCHORS:
        key = word[:2] if word.startswith("ال") else word[0]
        groups.setdefault(key, []).append(word[len(key) :])
    return [
        gated(
            re.escape(key) + "(?:" + "|".join(sorted(rest, key=len, reverse=True)) + r")(?!\w)"
        )
        for key, rest in groups.items()
    ]


_ANCHOR_FINDERS = _anchor_finders()
_NUMERIC_ANCHORS = [gated(re.escape(sep) + r"\d") for sep in (".", "/", "-", " / ")]
# Two day numbers joined as a range right before a month's name: where a day range may start.
_DAY_RANGE_BEFORE = gated(rf"(?<!\d){_DAYS_JOINED}$")
_ORDINAL_BEFORE = gated(rf"(?:{_alt(_ORD_UNITS)}|العاشر|عشر|العشرين|الثلاثين)\s+(?:من\s+)?(?:شهر\s+)?$")
_DAY_RANGE_REACH = 40  # characters before the month: «السبت 2 حتي الجمعه 8 » and no more
_ENGLISH_ANCHOR = gated(rf"(?:{_alt(_ENGLISH_MONTHS)})(?!\w)")
_CLITICS = "وفبل"
_SKIP_BACK = " \t،,(-–—"  # between the words of one expression: "السبت، 25", "فجر (الاربعاء)", "الخميس - الجمعه"


def _is_word(text: str, i: int) -> bool:
    """Whether a keyword ending at a word end starts a word, maybe after one proclitic."""
    if i == 0 or not text[i - 1].isalnum():
        return True
    return text[i - 1] in _CLITICS and (i == 1 or not text[i - 2].isalnum())


def _is_day_number(word: str) -> bool:
    """1-2 digits, maybe glued to the article: 26, ال26 (from الـ26)."""
    word = word.removeprefix("ال")
    return word.isdigit() and len(word) <= 2


def _starts_before(text: str, pos: int, lead: frozenset[str]) -> list[int]:
    """Where a match reaching ``pos`` may start: ``pos``, and each word before it in ``lead``."""
    starts = [pos]
    j = pos
    for _ in range(8):
        k = j
        while k > 0 and text[k - 1] in _SKIP_BACK:
            k -= 1
        i = k
        while i > 0 and text[i - 1].isalnum():
            i -= 1
        word = text[i:k]
        if not word:
            break
        if text[i] in _CLITICS and word not in lead and word[1:] in lead:
            starts.append(i + 1)
        elif not (word in lead or _is_day_number(word)):
            break
        starts.append(i)
        j = i
    if text[pos - 1 : pos] in _CLITICS:
        starts.append(pos - 1)
    if j > 0 and text[j - 1] == "(":
        starts.append(j - 1)
    return starts


def _attempts(text: str) -> Iterator[tuple[str, int]]:
    for finder in _ANCHOR_FINDERS:
        for m in finder.finditer(text):
            i = m.start()
            if not _is_word(text, i):
                continue
            rules, lead = _ANCHORS[m.group()]
            for p in _starts_before(text, i, lead):
                for rule in rules:
                    yield rule, p
            # A day range only where two day numbers stand right before a month's name.
            if m.group() in _MONTH_ANCHORS and (any(c.isdigit() for c in text[max(0, i - 12) : i]) or _ORDINAL_BEFORE.search(text, max(0, i - 24), i)):
                window = max(0, i - _DAY_RANGE_REACH)
                r = _DAY_RANGE_BEFORE.search(text, window, i)
                if r is not None:
                    for p in _starts_before(text, r.start(), _RANGE_LEAD):
                        yield "day_range", p
    for finder in _NUMERIC_ANCHORS:
        for m in finder.finditer(text):
            k = m.start()
            if not k or not text[k - 1].isdigit():
                continue
            while k > 0 and text[k - 1].isdigit():
                k -= 1
            yield "numeric", k
            yield "numeric_month", k
            yield "numeric_range", k
            if text[k - 1 : k] == " " and text[max(0, k - 8) : k - 1].endswith(("يوم", "بتاريخ")):
                for p in _starts_before(text, k, _DAY_MONTH_LEAD):
                    yield "day_month", p
            # «ليلة ٤–٥/٦/٢٠٢٤», «ليلة ٠٥ على ٠٦/١١/٢٠٢٥»: the first day of a range, before a dash no anchor stands on.
            if (first := _RANGE_FIRST_DAY.search(text, max(0, k - 12), k)) is not None:
                yield "numeric_range", first.start()
                for p in _starts_before(text, first.start(), _DAY_MONTH_LEAD):
                    yield "night_day_month", p
    # Latin text is rare in these articles: look for English months only if present.
    ascii_part = text.encode("ascii", "ignore")
    if any(name.encode() in ascii_part for name in _ENGLISH_MONTHS):
        for m in _ENGLISH_ANCHOR.finditer(text):
            for p in _starts_before(text, m.start(), frozenset()):
                yield "english", p


@functools.lru_cache(maxsize=32)
def _matches(text: str) -> tuple[tuple[str, re.Match[str]], ...]:
    """Every pattern match in the text (cached: find_quantities asks for the same text)."""
    seen: set[tuple[str, int]] = set()
    found: dict[tuple[str, int, int], re.Match[str]] = {}
    for rule, p in _attempts(text):
        if (rule, p) in seen:
            continue
        seen.add((rule, p))
        m = _RULES[rule][0].match(text, p)
        if m is not None:
            found.setdefault((rule, m.start(), m.end()), m)
    return tuple((rule, m) for (rule, _s, _e), m in found.items())


def _span(m: re.Match[str]) -> tuple[int, int]:
    """The span of a match, less a leading "في" (kept for context, not part of the date)."""
    start = m.start()
    prep = m.groupdict().get("prep")
    if prep and prep.startswith("في"):
        start = m.start("prep") + len(prep)
    return start, m.end()


def _candidates(text: str, pub: date | None) -> Iterator[_Cand]:
    for rule, m in _matches(text):
        resolve = _RULES[rule][1]
        c = resolve(text, m, pub)
        if c is None:
            continue
        c.start, c.end = _span(m)
        yield c
        # "اليوم السبت 25 مارس": also offer "اليوم" alone, so the longer
        # absolute date can win without swallowing it.
        if "wdpart" in m.groupdict() and m.group("wdpart"):
            short = resolve(text, m, pub, use_wd=False)
            if short is not None:
                short.start, short.end = c.start, m.end("kw")
                yield short


_PART_OF_DAY_BEFORE = gated(r"(?<!\S)[وف]?(?:في\s+)?(فجر|صباح|ظهر|ظهيره|عصر|مساء|ليل|ليله)\s+$")


def find_dates(text: str, published: date | None) -> list[TimeExpr]:
    """Date and time expressions in normalised text, resolved where possible.

    Overlapping matches are settled longest first; the result is in text order
    and non-overlapping.

    :param text: normalised text (``kg.arabic.normalize(original).text``).
    :param published: the article's publication date, needed for relative
        expressions; ``None`` leaves them unresolved (date ``None``).
    :returns: :class:`TimeExpr` records sorted by start.

    >>> from datetime import date
    >>> [(t.text, t.date) for t in find_dates("قصف امس الثلاثاء", date(2023, 3, 29))]
    [('امس الثلاثاء', datetime.date(2023, 3, 28))]
    >>> t = find_dates("في اغسطس / اب 2022", None)[0]
    >>> t.earliest, t.latest
    (datetime.date(2022, 8, 1), datetime.date(2022, 8, 31))
    """
    cands = sorted(_candidates(text, published), key=lambda c: (c.start - c.end, c.start))
    chosen: list[_Cand] = []
    taken: list[tuple[int, int]] = []
    for c in cands:
        if any(c.start < e and s < c.end for s, e in taken):
            continue
        chosen.append(c)
        taken.append((c.start, c.end))
    chosen.sort(key=lambda c: c.start)
    _years_told_before(text, chosen, published)
    out = []
    for c in chosen:
        start = c.start
        since = _SINCE_BEFORE.search(text, max(0, start - 8), start)
        if since and not any(s < start and since.start(1) < e for s, e in taken):
            start = since.start(1)
        part = _PART_OF_DAY_BEFORE.search(text, max(0, start - 8), start)
        out.append(
            TimeExpr(start, c.end, c.date, c.earliest, c.latest, c.relative, text[start : c.end], part_of_day=part and part.group(1))
        )
    return _on_this_day(text, _same_day(text, _year_entries(text, out, published)))


# «حدث في مثل هذا اليوم: 20 كانون الثاني/يناير»: a page of what happened on one day of the year in
# years past, its heading a short line, each entry opening its line with its year («2023 – قُتل
# ...», «2024 أيضاً –»).
_THIS_DAY_WORDS = r"مثل\s+هذا\s+"
_THIS_DAY_PAGE = gated(r"^[^\n]{0,40}" + _THIS_DAY_WORDS + r"(?P<today>اليوم)[^\n]{0,40}$", re.MULTILINE)
_YEAR_ENTRY = gated(r"^[ \t\-–—•*]*(?P<year>" + _YEAR + r")(?:[ \t]+ايضا)?[ \t]*[\-–—:]", re.MULTILINE)


def _year_entries(text: str, found: list[TimeExpr], pub: date | None) -> list[TimeExpr]:
    """On a page of the day in years past, each entry's year, read as that day of that year.

    The day is the one the heading names («... اليوم: 20 كانون الثاني»), or failing one, the
    day of publication. It takes two entries opening with a year, after the heading, to make
    such a page.
    """
    page = _THIS_DAY_PAGE.search(text)
    if page is None:
        return found
    entries = list(_YEAR_ENTRY.finditer(text, page.end()))
    if len(entries) < 2:
        return found
    today = page.start("today")  # «اليوم» itself reads as the day of publication: not the day named
    named = next(
        (t.date for t in found if page.start() <= t.start and t.end <= page.end() and t.date is not None and not t.start <= today < t.end),
        None,
    )
    day = named or pub
    if day is None:
        return found
    added = []
    for m in entries:
        on = _safe_date(int(m.group("year")), day.month, day.day)
        if on is not None:
            added.append(TimeExpr(m.start("year"), m.end("year"), on, on, on, False, m.group("year"), entry=True))
    return sorted(found + added, key=lambda t: t.start)


# «في مثل هذا اليوم» is the day of the year the report names, not the day of the report:
# «قبل عام بالتمام، في مثل هذا اليوم», «في مثل هذا اليوم من العام الماضي», «... من عام 2023».
_THIS_DAY = gated(r"(?:(?<=\s)|^)(?:في\s+)?" + _THIS_DAY_WORDS + "$")
_ONE_OR_TWO_YEARS = {"عام": 1, "سنه": 1, "عامين": 2, "سنتين": 2}
_YEARS_AGO = r"قبل\s+(?P<n>" + "|".join(_ONE_OR_TWO_YEARS) + r"|\S+\s+(?:اعوام|سنوات))"  # «قبل عام», «قبل ثلاث سنوات»
_YEARS_BEFORE = gated(r"(?:^|\s)(?P<phrase>" + _YEARS_AGO + r")(?:\s+(?:بالتمام|تماما|بالضبط))?[\s،,]*$")
_YEARS_AFTER = gated(
    r"[\s،,]*(?:من\s+(?P<last>العام\s+الماضي|السنه\s+الماضيه)|(?:من\s+)?(?:عام|سنه)\s+(?P<year>" + _YEAR + r")|"
    + _YEARS_AGO + r")(?=[\s،,.]|$)"
)


def _on_this_day(text: str, found: list[TimeExpr]) -> list[TimeExpr]:
    """«اليوم» in «في مثل هذا اليوم» read as that day in the year named around it, or as no day."""
    out: list[TimeExpr] = []
    for t in found:
        lead = _THIS_DAY.search(text, max(0, t.start - 12), t.start)
        if not t.text.startswith("اليوم") or lead is None:
            out.append(t)
            continue
        start, end, year = lead.start(), t.end, None
        if (after := _YEARS_AFTER.match(text, t.end)) is not None:
            end = after.end()
            year = _year_of(after, t.date)
        elif (before := _YEARS_BEFORE.search(text, max(0, start - 30), start)) is not None:
            start = before.start("phrase")
            year = _year_of(before, t.date)
        day = _safe_date(year, t.date.month, t.date.day) if year is not None and t.date is not None else None
        out = [o for o in out if o.end <= start]
        out.append(TimeExpr(start, end, day, day, day, t.relative, text[start:end]))
    return [o for i, o in enumerate(out) if not any(p.start <= o.start < p.end for p in out[:i])]


def _year_of(m: re.Match[str], today: date | None) -> int | None:
    if m.groupdict().get("year"):
        return int(m.group("year"))
    if today is None:
        return None
    if m.groupdict().get("last"):
        return today.year - 1
    n = m.group("n").split()[0]
    back = _ONE_OR_TWO_YEARS.get(n) or parse_number(n)
    return today.year - back if back else None


_YEAR_REACH = 400  # characters back to the full date whose year a day without one shares
_YEAR_FAR_REACH, _YEAR_SPAN = 2500, 45  # ... in paragraphs before, when it puts the day this many days after it


def _years_told_before(text: str, chosen: list[_Cand], pub: date | None) -> None:
    """«ففي 15 آب/أغسطس 2022 استهدفت ... وبعد ثمانية أيام، في 23 آب/أغسطس، قصفت»: a day and month
    without a year take the year of the full date told shortly before in the paragraph, when that
    puts them on or after it (and not after publication); under a month's heading («أكتوبر 2023[عدل]»
    alone on its line), the days of that month take its year. Failing both, and without a publication
    date to place it, a day of a month named whole with its year before («التقرير الشهري – آذار/ مارس
    2025 ... في 3 آذار») is of that year."""
    last: _Cand | None = None
    heading: tuple[date, date] | None = None  # the month a heading over the lines after it names
    month_years: dict[int, int] = {}  # month → the year it was last named with, whole
    for c in chosen:
        if c.date is None and c.earliest is not None and c.latest is not None and _heads_a_section(text, c):
            heading = c.earliest, c.latest
            continue
        under = _safe_date(heading[0].year, *c.month_day) if c.month_day and heading is not None else None
        if under is not None and heading is not None and heading[0] <= under <= heading[1] and (pub is None or under <= pub):
            c.date = c.earliest = c.latest = under
            c.relative = False
        elif c.month_day and last is not None and last.date is not None and _year_shared(text, last, c, c.month_day, pub):
            c.date = c.earliest = c.latest = _safe_date(last.date.year, *c.month_day)
            c.relative = False
        elif c.days and last is not None and last.date is not None and _year_shared(text, last, c, c.days[:2], pub):
            # «في ليلة 27–28 آب/أغسطس 2023 ... وفي ليلة 2–3 أيلول»: days of a month, the same year
            month, first, final, night = c.days
            if (shared := _days_of_month(last.date.year, month, first, final, night, relative=False)) is not None:
                c.date, c.earliest, c.latest, c.relative = shared.date, shared.earliest, shared.latest, False
        elif (
            c.month_day and pub is None and c.month_day[0] in month_years
            and (d := _safe_date(month_years[c.month_day[0]], *c.month_day)) is not None
        ):
            c.date = c.earliest = c.latest = d
            c.relative = False
        if not c.relative and c.date is not None:
            last = c
        elif not c.relative and c.earliest is not None and c.latest == _month_end(c.earliest.year, c.earliest.month) and c.earliest.day == 1:
            month_years[c.earliest.month] = c.earliest.year  # «خلال شهر آذار/ مارس 2025»


def _year_shared(text: str, last: _Cand, c: _Cand, month_day: tuple[int, int], pub: date | None) -> bool:
    """Does the day and month ``c`` names (``month_day``) share the year of the full date ``last`` told shortly before it
    in the paragraph, on or after that date (and not after publication)? Paragraphs later it does
    when that puts it within days after that date: «فجر 28 كانون الثاني/يناير 2024 ... [two paragraphs]
    ردّت الولايات المتحدة في الثاني من شباط/فبراير» in a review published in 2025."""
    if last.date is None or c.start - last.end > _YEAR_FAR_REACH:
        return False
    d = _safe_date(last.date.year, *month_day)
    if d is None or d < last.date or (pub is not None and d > pub):
        return False
    return (c.start - last.end <= _YEAR_REACH and "\n" not in text[last.end : c.start]) or (d - last.date).days <= _YEAR_SPAN


# What may stand beside a heading on its line: edit links, numbering, marks.
_HEADING_MARKS = gated(r"\[[^\]\n]*\]|[\s#*=:\-–—•|()]")


def _heads_a_section(text: str, c: _Cand) -> bool:
    """Is this date alone on its line, with at most marks beside it: a section's heading?"""
    line_start = text.rfind("\n", 0, c.start) + 1
    line_end = text.find("\n", c.end)
    rest = text[line_start : c.start] + text[c.end : len(text) if line_end < 0 else line_end]
    return line_start > 0 and not _HEADING_MARKS.sub("", rest)


# «اليوم نفسه», «ذات اليوم», «الليلة نفسها», «في الساعة نفسها», «في الساعات ذاتها»: the day named just before, not the
# publication day.
SAME_DAY = gated(
    rf"{_BOW}(?:(?:اليوم|الليله|الساعه|الساعات|اللحظات|التوقيت)\s+(?:نفسه|ذاته|نفسها|ذاتها)|(?:نفس|ذات)\s+(?:اليوم|الليله|الساعه|التوقيت)){_EOW}"
)
# «وفي الصباح أعلنت ...», «وعند المساء»: a part of the day named just before, its day not said again.
_PARTS_OF_SAME_DAY = ("الصباح", "المساء", "الظهيره", "الظهر", "العصر", "الفجر")
_PART_OF_SAME_DAY = gated(
    rf"{_BOW}(?:في|عند)\s+(?:ذلك\s+)?(?:{'|'.join(_PARTS_OF_SAME_DAY)}){_EOW}"  # «في ذلك الصباح» too
    rf"(?!\s+(?:من\s+|يوم\s+|ال)?(?:{_WD}|اليوم|التالي|الباكر\s+من|\d))"
)
# «وفي اليوم التالي للعملية، الثلاثاء»: the day after, the weekday it names included (Maghrebi «في اليوم
# الموالي» too).
_NEXT_DAY = gated(
    rf"{_BOW}(?:(?:صباح|مساء|ظهر|فجر)\s+)?(?:اليوم|الليله)\s+(?:التالي|التاليه|الموالي|المواليه){_EOW}"
    rf"(?:\s+لل?\S+)?(?:\s*[،,]?\s*(?:يوم\s+)?(?P<wd>{_WD}))?"
)
# «في الـ 5 من الشهر نفسه», «في الأول من ذلك الشهر»: a day of the month named just before; so is
# «في التاسع من الشهر» in a report on a month («حصاد تشرين الثاني»), but not «من الشهر الماضي/الجاري».
_SAME_MONTH_DAY = gated(
    rf"{_BOW}(?:في\s+)?(?:(?:ال\s*)?(?P<day>{_DAYNUM})|(?P<ord>{_ORD}))\s+من\s+"
    rf"(?:(?P<same>(?:الشهر|شهر)\s+(?:نفسه|ذاته)|(?:ذلك|ذات|نفس)\s+الشهر){_EOW}|الشهر(?!\s+{_MOD}|\w))"
)
# «في ٢٨ منه»: that day «of it», the month a report is on.
_DAY_OF_IT = gated(rf"{_BOW}في\s+(?:ال\s*)?(?P<day>{_DAYNUM})\s+منه{_EOW}")
_SAME_DAY_REACH = 1500  # characters back to the day it repeats: a few paragraphs
_DAYTIME = r"(?:فجر|صباح|ظهر|ظهيره|ضحي|عصر)"  # the parts of a day before its evening
_DAYTIME_START = gated(r"(?:في\s+)?(" + _DAYTIME + r")(?:\s|$)")
_DAYTIME_BEFORE = gated(r"(?<!\S)(" + _DAYTIME + r")\s+$")


def _daytime(text: str, t: TimeExpr) -> str | None:
    """The part of the day before its evening a date names, in it («صباح الجمعة») or just before it."""
    m = _DAYTIME_START.match(t.text) or _DAYTIME_BEFORE.search(text, max(0, t.start - 12), t.start)
    return m.group(1) if m is not None else None


def _same_day(text: str, found: list[TimeExpr]) -> list[TimeExpr]:
    """Add «اليوم نفسه» and the like («وفي الصباح» too, a part of that day), resolved to the last
    day resolved shortly before them, and «اليوم التالي» to the day after it.

    >>> from datetime import date
    >>> [(t.text, t.date) for t in find_dates("ضربات امس الاثنين بعد هجوم في وقت سابق من اليوم نفسه", date(2023, 12, 26))]
    [('امس الاثنين', datetime.date(2023, 12, 25)), ('اليوم نفسه', datetime.date(2023, 12, 25))]
    """
    matches = []  # (match, whether it is the day after, whether it is a part of the day alone)
    added = []
    if "نفس" in text or "ذات" in text or "من الشهر" in text or "ذلك الشهر" in text or " منه" in text:  # most articles have none of these
        matches += [(m, False, False) for m in SAME_DAY.finditer(text)]
        added += _same_month_days(text, found)
    if "التالي" in text or "الموالي" in text:
        matches += [(m, True, False) for m in _NEXT_DAY.finditer(text)]
    if any(part in text for part in _PARTS_OF_SAME_DAY):
        matches += [(m, False, True) for m in _PART_OF_SAME_DAY.finditer(text)]
    known = sorted(found + added, key=lambda t: t.start)  # «في العشرين من الشهر ... في الليلة ذاتها»
    for m, next_day, part in matches:
        before = [t for t in known if t.end <= m.start() and m.start() - t.end < _SAME_DAY_REACH and t.date is not None]
        if not before:
            continue
        t = before[-1]
        if not next_day and "الليله" in m.group(0):
            # «في الليلة ذاتها»: the last night told, not a morning after it («مساء الأربعاء ... صباح
            # الجمعة ... وفي الليلة نفسها»: Wednesday's); a dawn's is the night before it.
            last_night = next((b for b in reversed(before) if _daytime(text, b) in (None, "فجر")), before[-1])
            if _daytime(text, last_night) == "فجر" and last_night.date is not None:
                eve = last_night.date - timedelta(days=1)
                added.append(TimeExpr(m.start(), m.end(), eve, eve, eve, last_night.relative, m.group()))
            else:
                added.append(TimeExpr(m.start(), m.end(), last_night.date, last_night.earliest, last_night.latest, last_night.relative, m.group()))
            continue
        if not next_day:
            # («في الظهر» read back to a date given whole is still read from it: a whole date beside
            # it in a clause wins, as «بشظايا في الظهر ... بتاريخ ١٩/١/٢٠٢٥» tells the back, not noon)
            added.append(TimeExpr(m.start(), m.end(), t.date, t.earliest, t.latest, t.relative or part, m.group()))
            continue
        if m.group("wd"):
            # «اليوم التالي للعملية، الثلاثاء»: the weekday tells which day before is meant.
            wd = _WEEKDAYS[m.group("wd")]
            t = next((b for b in reversed(before) if (b.date + timedelta(days=1)).weekday() == wd), None)  # type: ignore[operator]
            if t is None:
                continue
        assert t.date is not None
        # «فجر أمس الجمعة ... وفي الليلة التالية»: the night after a day's morning is that day's (a
        # night is dated by its evening).
        same = "الليله" in m.group() and _daytime(text, t) is not None
        day = t.date if same else t.date + timedelta(days=1)
        added.append(TimeExpr(m.start(), m.end(), day, day, day, t.relative, m.group()))
    if not added:
        return found
    # The weekday «اليوم التالي، الثلاثاء» names is part of the expression, not one of its own.
    kept = [t for t in found if not any(a.start <= t.start and t.end <= a.end for a in added)]
    return sorted(kept + added, key=lambda t: t.start)


def _same_month_days(text: str, found: list[TimeExpr]) -> list[TimeExpr]:
    """«في الـ 5 من الشهر نفسه»: that day of the month of the last date told shortly before;
    «في التاسع من الشهر», «في ٢٨ منه»: of the last whole month told."""
    out = []
    for m in chain(_SAME_MONTH_DAY.finditer(text), _DAY_OF_IT.finditer(text) if "منه" in text else ()):
        whole = m.groupdict().get("same") is None
        months = [
            t for t in found
            if t.end <= m.start() and m.start() - t.end < _SAME_DAY_REACH and t.earliest is not None and t.latest is not None
            and (t.earliest.year, t.earliest.month) == (t.latest.year, t.latest.month)
            and (not whole or (t.latest - t.earliest).days >= 27)
        ]
        if not months:
            continue
        try:
            number = int(m.group("day")) if m.group("day") else _ORD_DAYS[_key(m.group("ord"))]  # (no «ord» in «منه»'s)
            day = months[-1].earliest.replace(day=number)  # type: ignore[union-attr]
        except ValueError:
            continue  # no such day in that month
        out.append(TimeExpr(m.start(), m.end(), day, day, day, months[-1].relative, m.group()))
    return out


_HEAD_CHARS = 400
_HEAD_LINES = 5
_DATELINE_MAX = 60  # a line this short holding a date is a dateline
_TAIL_LINES = 2  # a signature's date: on one of the last lines
_LEDE_REACH = 150  # in a longer line, the date must come this early in its first sentence
_SENTENCE_END = gated(r"[.!?؟](?:\s|$)")


_WEEKDAY_NAME = gated(rf"{_BOW}(?P<wd>{_WD})")
WEEKDAY_NAMES: tuple[str, ...] = tuple(_WEEKDAYS)
"""The weekdays' names in normalised form («الاثنين» ... «الاحد»)."""


def weekdays_named(text: str) -> set[int]:
    """The weekdays a normalised text names (Monday = 0), e.g. {3, 4} for «ليل الخميس والجمعه»."""
    return {_WEEKDAYS[m.group("wd")] for m in _WEEKDAY_NAME.finditer(text)}


_MONTH_NAME = gated(_BOW + _MONTH)


def names_a_month(text: str) -> bool:
    """Does a normalised text name a month («25 كانون الاول»)?"""
    return _MONTH_NAME.search(text) is not None


_PUBLISHED_LABEL = gated(r"(?<!\S)(?:نشر|تاريخ\s+(?:النشر|الاصدار)|(?:نشر|صدر)\s+في)\s*:")


def infer_publication_date(text: str) -> date | None:
    """The publication date stated at the top of an article, or ``None``.

    Looks at the first few non-empty lines starting within the first 400
    characters: a short dateline (``2023.11.13 | 06:43 دمشق``,
    ``الاثنين 13 نوفمبر 2023``) or the first sentence of a line stating a full
    day-month-year date early on (``ارتفع السبت 25 مارس/اذار 2023، ...``).
    Only full dates count, and not one after ``منذ``.

    :param text: normalised text.

    >>> infer_publication_date("عنوان\\n2023.11.13 | 06:43 دمشق\\nنص")
    datetime.date(2023, 11, 13)
    >>> infer_publication_date("قصف امس علي قاعده التنف") is None
    True
    """
    pos = 0
    seen = 0
    first = None
    labelled = _PUBLISHED_LABEL.search(text) is not None  # a «نُشر:» line may follow the first date
    for line in text.splitlines(keepends=True):
        start = pos
        pos += len(line)
        if not line.strip():
            continue
        if start >= _HEAD_CHARS or seen >= _HEAD_LINES:
            break
        seen += 1
        body = line.rstrip()
        if len(body.strip()) > _DATELINE_MAX:
            end = _SENTENCE_END.search(body)
            body = body[: end.start()] if end else body
        t = next(_full_dates(body), None)
        if t is None or (len(body.strip()) > _DATELINE_MAX and t.start > _LEDE_REACH):
            continue
        # «نُشر: الأربعاء ٢٢-١١-٢٠٢٣» under «حصاد ... ليوم الثلاثاء ٢١ تشرين الثاني», «تاريخ الإصدار:» under
        # the period a report covers: the labelled date wins.
        label = _PUBLISHED_LABEL.search(body)
        if label is not None and t.start >= label.end():
            return t.date
        first = first or t.date
        if not labelled:
            break  # no label can follow
    if first is not None:
        # A live page under day separators («— الثلاثاء 6 أغسطس 2024 —») was last updated on the latest.
        return max([first, *_separator_dates(text)])
    # A statement signed and dated at its foot: «المقاومة الإسلامية في العراق / الاثنين ٨ / ١ / ٢٠٢٤».
    for line in [ln for ln in text.splitlines() if ln.strip()][-_TAIL_LINES:]:
        if len(line.strip()) <= _DATELINE_MAX and (t := next(_full_dates(line), None)) is not None:
            return t.date
    return None


_DAYS_OF_A_PAGE = 7  # a dateline may span the days of a week


def _separator_dates(text: str) -> Iterator[date]:
    """The days standing alone on their lines, with at most a weekday and marks beside them."""
    for line in text.splitlines():
        if len(line.strip()) > _DATELINE_MAX or not any(c.isdigit() for c in line):
            continue  # a full date has a year in digits
        if (t := next(_full_dates(line), None)) is None or t.date is None:
            continue
        if not _HEADING_MARKS.sub("", re.sub(_WD, "", line[: t.start] + line[t.end :])):
            yield t.date


def _full_dates(line: str) -> Iterator[TimeExpr]:
    """The dates a line states in full: a day of a known year, not relative, not «منذ ...»; a few
    days of one («أرشيف الرسائل | 2 – 4 شباط 2024») as their last, when the page was written."""
    for t in find_dates(line, None):
        if t.relative or t.text.startswith("منذ"):
            continue
        if t.date is not None:
            yield t
        elif t.earliest is not None and t.latest is not None and (t.latest - t.earliest).days <= _DAYS_OF_A_PAGE:
            yield TimeExpr(t.start, t.end, t.latest, t.latest, t.latest, False, t.text)
