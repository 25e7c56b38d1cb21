"""A tiny message catalogue for text outside Qt (validation errors, CLI, analyses).

Each layer keeps its own :class:`Catalogue`; a message has an English and a Dutch template
with ``str.format`` placeholders. The GUI uses Qt's ``tr()`` for its own widgets.
"""

from __future__ import annotations

import locale
import os
from collections.abc import Mapping
from datetime import date
from typing import Literal

from models.value_words import escaped

__all__ = [
    "LANGUAGES",
    "Catalogue",
    "Lang",
    "default_language",
    "long_date",
    "normalise_language",
    "short_date",
]

Lang = Literal["en", "nl"]
LANGUAGES: tuple[Lang, ...] = ("nl", "en")


_MONTHS: dict[Lang, tuple[str, ...]] = {
    "nl": (
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
        "september", "oktober", "november", "december",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December",
    ),
}  # fmt: skip


def long_date(day: date, lang: Lang) -> str:
    """The one date format of every rendered text: ``1 oktober 2026`` / ``1 October 2026``.

    Examples
    --------
    >>> long_date(date(2026, 10, 1), "nl"), long_date(date(2026, 10, 1), "en")
    ('1 oktober 2026', '1 October 2026')
    """
    months = _MONTHS["nl" if lang == "nl" else "en"]
    return f"{day.day} {months[day.month - 1]} {day.year}"


def short_date(day: date, lang: Lang) -> str:
    """A date short enough for a chart column, still in words: ``1 dec 2025`` / ``1 Dec 2025``.

    Examples
    --------
    >>> short_date(date(2025, 12, 1), "nl"), short_date(date(2026, 3, 15), "en")
    ('1 dec 2025', '15 Mar 2026')
    """
    month = _MONTHS["nl" if lang == "nl" else "en"][day.month - 1]
    short = "mrt" if month == "maart" else month[:3]
    return f"{day.day} {short} {day.year}"


def normalise_language(value: str | None) -> Lang:
    """Map a locale name such as ``nl_NL.UTF-8`` or ``en`` onto a supported language.

    Examples
    --------
    >>> normalise_language("nl_BE.UTF-8")
    'nl'
    >>> normalise_language("fr")
    'en'
    """
    if value and value.lower().startswith("nl"):
        return "nl"
    return "en"


def default_language() -> Lang:
    """The language from ``KRACHTENVELD_LANG``, else the system locale, else English."""
    for name in ("KRACHTENVELD_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            return normalise_language(value)
    loc = locale.getlocale()[0]
    return normalise_language(loc)


class Catalogue:
    """Messages by key, each as ``(english, dutch)`` templates."""

    def __init__(self, messages: Mapping[str, tuple[str, str]]) -> None:
        self._messages = dict(messages)

    @classmethod
    def joined(cls, *parts: Mapping[str, tuple[str, str]]) -> Catalogue:
        """One catalogue of messages written in several modules, by topic; a key in two
        parts would silently hide one of them, so it is refused.

        >>> Catalogue.joined({"a": ("A", "A")}, {"a": ("B", "B")})
        Traceback (most recent call last):
        ValueError: message key(s) in two parts of one catalogue: a
        """
        messages: dict[str, tuple[str, str]] = {}
        twice: list[str] = []
        for part in parts:
            twice += [key for key in part if key in messages]
            messages.update(part)
        if twice:
            raise ValueError(f"message key(s) in two parts of one catalogue: {', '.join(twice)}")
        return cls(messages)

    def __contains__(self, key: object) -> bool:
        return key in self._messages

    def keys(self) -> list[str]:
        """All message keys."""
        return list(self._messages)

    def text(self, key: str, lang: Lang = "en", /, **params: object) -> str:
        """Render message ``key`` in ``lang`` with ``params`` filled in.

        Examples
        --------
        >>> c = Catalogue({"hi": ("Hello {who}", "Hallo {who}")})
        >>> c.text("hi", "nl", who="Anna")
        'Hallo Anna'
        >>> big = Catalogue({"big": ("{n:,} bytes", "{n:,} bytes")})
        >>> big.text("big", "en", n=67108864), big.text("big", "nl", n=67108864)
        ('67,108,864 bytes', '67.108.864 bytes')
        """
        en, nl = self._messages[key]
        template = nl if lang == "nl" else en
        # a value is shown as it is: an invisible or direction character as its escape
        shown = {k: escaped(v) if isinstance(v, str) else v for k, v in params.items()}
        if lang == "nl" and "reason_nl" in shown:  # a reason in both languages (os_words)
            shown["reason"] = shown["reason_nl"]
        for name, value in params.items():  # "{size:,}": thousands grouped, in Dutch by points
            spec = "{" + name + ":,}"
            if spec in template and (lang == "nl" or not isinstance(value, int)):
                template = template.replace(spec, "{" + name + "}")
                if isinstance(value, int):
                    shown[name] = f"{value:,}".replace(",", ".")
        try:
            return template.format(**shown)
        except (KeyError, IndexError, ValueError):
            return template
