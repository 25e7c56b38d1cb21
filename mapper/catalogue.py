"""The message catalogue: every finding's words, keyed by code, apart from the logic.

A check decides (a pure verdict with its data); the catalogue words it. A check calls

    say(Code.SPHERES_SINGLE_BRIDGE, Severity.WARNING, {"count": 3, "who": ...}, actors=[...])

and :data:`CATALOGUE` (assembled from the ``mapper.texts`` modules, one per building block)
holds the Dutch and English templates for that code's title, detail and suggestion. Grepping a
code finds both the rule and its words.

Templates are :meth:`str.format` strings with named fields and these format specs:

``{n:word}``                 a whole number, in words up to ten ("vier", "12")
``{n:count:stap|stappen}``   number in words and the right noun ("één stap", "vier stappen")
``{n:form:heeft|hebben}``    only the form for that number ("heeft" for 1)
``{n:num}`` / ``{x:num3}``   a number in the language's format ("1.234", "0,549")
``{x:money}``                an amount in euros ("€ 4.200", "€4,200")
``{d:date}``                 a date ("30 juni 2026", "30 June 2026")
``{xs:list}``                a list joined as "a, b en c" / "a, b and c"
``{xs:three}``               a list in a title: up to four whole, else three and the rest
                             counted ("a, b, c en 91 anderen"; issue 14)
``{xs:semi}``                a list of clauses joined by semicolons
``{name}``                   any value; a :class:`~mapper.findings.Text` or :class:`Message`
                             picks its language; an actor's :class:`~mapper.names.Name` takes
                             its article in Dutch ("de manager Werk en Inkomen")
``{x:upto}``                 an amount in English as "up to €50,000" or "any amount"
``{name:bare}``              an actor's name as on the map, without article ("A – B")
``{name:who}``               the relative pronoun after an actor's name: "who" for a person,
                             "which" for an organisation or a body; "die"/"dat" in Dutch

An entry may carry named *parts*: optional phrases the verdict switches on with
``parts={"urgent"}``. A template refers to a part as ``{urgent}``; parts not switched on
render as the empty string. Every rendered title, detail and suggestion starts with a
capital.

Examples
--------
>>> render(Message("{n:count:step|steps} from {who}", "{n:count:stap|stappen} van {who}"),
...        {"n": 4, "who": Text("the team", "het team")}, "nl")
'Vier stappen van het team'
>>> render(Message("{xs:list}", "{xs:list}"), {"xs": ["A", "B", "C"]}, "nl")
'A, B en C'
"""

from __future__ import annotations

import string
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from mapper.codes import CODES, Code
from mapper.findings import Finding, Severity, Text
from mapper.name_once import Prepared, once_prepared, prepared
from mapper.names import Name, sentences
from mapper.repeats import Decision
from mapper.wording import capital, count, join, noun, number, pairs_last, word
from models.i18n import Lang, long_date

LANGS: tuple[Lang, Lang] = ("en", "nl")

__all__ = [
    "CATALOGUE",
    "Entry",
    "Message",
    "TextError",
    "entry",
    "register",
    "render",
    "say",
    "unworded",
]

# False while an analysis runs whose caller keeps only codes and ids (the casebook): its
# findings then carry empty texts, and nothing is rendered (about a fifth of an analysis)
_WORDED: ContextVar[bool] = ContextVar("worded", default=True)
_BLANK = (Text("", ""),) * 3


@contextmanager
def unworded(off: bool = True) -> Iterator[None]:
    """Within this block (when ``off``), :func:`say` words no finding: title, detail and
    suggestion are empty texts. Codes, severities and ids stay as they are."""
    token = _WORDED.set(not off and _WORDED.get())
    try:
        yield
    finally:
        _WORDED.reset(token)


class TextError(KeyError):
    """A code without catalogue entry, or a template naming a value the check did not give."""


@dataclass(frozen=True, slots=True)
class Message:
    """One template in English and Dutch (see the module docstring for the format specs)."""

    en: str
    nl: str

    def pick(self, lang: Lang) -> str:
        """The template in ``lang``."""
        return self.nl if lang == "nl" else self.en


@dataclass(frozen=True, slots=True)
class Entry:
    """The words of one finding code: title, detail, suggestion and optional parts."""

    title: Message
    detail: Message
    suggestion: Message
    parts: Mapping[str, Message] = field(default_factory=dict)


CATALOGUE: dict[Code, Entry] = {}


def register(entries: Mapping[Code, Entry]) -> None:
    """Add ``entries`` to the catalogue (each code once)."""
    for code, item in entries.items():
        if code in CATALOGUE and CATALOGUE[code] is not item:
            raise TextError(f"{code}: registered twice")
        CATALOGUE[code] = item


def entry(code: Code | str) -> Entry:
    """The catalogue entry of ``code``."""
    _load()
    try:
        return CATALOGUE[Code(code)]
    except (KeyError, ValueError):
        raise TextError(f"{code}: no texts in the catalogue") from None


_Piece = tuple[str, str | None, str | None, str | None]  # literal, field, spec, conversion


@lru_cache(maxsize=4096)
def _parsed(template: str) -> tuple[tuple[_Piece, ...], bool]:
    """``template`` split into its pieces once, and whether the quick path can fill it in (only
    named fields without attributes, indexes or nested fields in the spec)."""
    pieces = tuple(string.Formatter().parse(template))
    simple = all(
        name is None or (name.isidentifier() and "{" not in (spec or ""))
        for _, name, spec, _ in pieces
    )
    return pieces, simple


class _Formatter(string.Formatter):
    def __init__(self, lang: Lang) -> None:
        super().__init__()
        self.lang = lang

    def vformat(self, format_string: str, args: Sequence[Any], kwargs: Mapping[str, Any]) -> str:
        """As :meth:`string.Formatter.vformat`; a template is parsed once, not per finding
        (rendering was most of the analysis on maps with tens of thousands of findings)."""
        pieces, simple = _parsed(format_string)
        if not simple:
            return super().vformat(format_string, args, kwargs)
        out: list[str] = []
        for literal, name, spec, conversion in pieces:
            if literal:
                out.append(literal)
            if name is not None:
                value = kwargs[name]
                if conversion is not None:  # as string.Formatter: no conversion, the value
                    value = self.convert_field(value, conversion)
                out.append(self.format_field(value, spec or ""))
        return "".join(out)

    def format_field(self, value: Any, format_spec: str) -> str:
        lang = self.lang
        if not format_spec:  # the most common field first (the same result as below)
            if isinstance(value, Name):
                return value.running(lang)
            if type(value) is str:
                return value
            if isinstance(value, Text):
                return value(lang)
        kind, _, arg = format_spec.partition(":")
        if kind == "bare":  # a link without its article (``A – B``): a role in lower case
            if isinstance(value, Name):
                return value.link_in(lang)
            return value(lang) if isinstance(value, Text) else str(value)
        if kind == "who":  # "Woningcorporatie Thuisplus, which decides" (issue 11)
            return (
                value.who(lang) if isinstance(value, Name) else ("who" if lang == "en" else "die")
            )
        if isinstance(value, Name):
            value = value.running(lang)
        elif isinstance(value, Text):
            value = value(lang)
        elif isinstance(value, Message):
            value = value.pick(lang)
        if kind == "word":
            return word(int(value), lang)
        if kind == "count":
            singular, plural = arg.split("|")
            return count(int(value), singular, plural, lang)
        if kind == "form":
            singular, plural = arg.split("|")
            return noun(int(value), singular, plural)
        if kind in ("num", "num3"):
            return number(float(value), lang, 3 if kind == "num3" else None)
        if kind == "money":
            return _money(value, lang)
        if kind == "upto":  # "up to €50,000" / "any amount", never "up to unlimited"
            if lang == "en":
                return "any amount" if value is None else f"up to {_money(value, lang)}"
            return _money(value, lang)
        if kind == "date":
            return _day(value, lang)
        if kind == "semi":
            return "; ".join(_plain(v, lang) for v in _shortened(value, lang, semi=True))
        if kind == "list":
            items = [_plain(v, lang) for v in _shortened(value, lang)]
            if len(value) <= _LONG and all(isinstance(v, Name) for v in value):
                items = pairs_last(items, lang)  # "… en de ouders en het kind" (R10)
            return join(items, lang)
        if kind == "three":
            return join([_plain(v, lang) for v in _shortened(value, lang, upto=4, shown=3)], lang)
        if isinstance(value, (int, float)) and not isinstance(value, bool) and not format_spec:
            return number(value, lang)
        return str(super().format_field(value, format_spec))


#: One formatter per language (it keeps nothing but its language; issue 15, cat20).
_FORMATTERS: dict[Lang, _Formatter] = {lang: _Formatter(lang) for lang in LANGS}

#: A list longer than this names its first :data:`_SHOWN` and counts the rest (issue 14: one
#: finding named 900 handlers; the finding's ids still hold every one of them).
_LONG = 12
_SHOWN = 8


def _shortened(
    value: Sequence[Any],
    lang: Lang,
    *,
    semi: bool = False,
    upto: int = _LONG,
    shown: int = _SHOWN,
) -> list[Any]:
    """``value`` as a list reads it: whole up to :data:`_LONG` items, else the first
    :data:`_SHOWN` and "en 492 anderen" (names) or "en nog 492" (anything else).

    >>> _shortened([Name.of(f"Consulent {i}") for i in range(20)], "nl")[-1]
    'twaalf anderen'
    >>> _shortened([Name.of(f"Consulent {i}") for i in range(30)], "nl")[-1]
    '22 anderen'
    >>> _shortened(list("abcdefghijklmnop"), "en", semi=True)[-1]
    'and eight more'
    >>> _shortened([Name.of(f"Schakel {i}") for i in range(5)], "nl", upto=4, shown=3)[-1]
    'twee anderen'
    """
    if len(value) <= upto:
        return list(value)
    # up to twenty in words, as the grouped titles beside it (jurist 15, J18: "19 anderen"
    # in a heading above "dertien anderen")
    rest = word(len(value) - shown, lang, upto=20)
    if all(isinstance(v, Name) for v in value):
        more = f"{rest} anderen" if lang == "nl" else f"{rest} others"
    else:
        more = f"nog {rest}" if lang == "nl" else f"{rest} more"
    if semi:  # after a semicolon it needs its own "and"
        more = f"en {more}" if lang == "nl" else f"and {more}"
    return [*value[:shown], more]


def _plain(value: object, lang: Lang) -> str:
    if isinstance(value, Text):
        return value(lang)
    if isinstance(value, Name):
        return value.running(lang)
    return str(value)


def _money(value: float | None, lang: Lang) -> str:
    if value is None:
        return "onbeperkt" if lang == "nl" else "unlimited"
    text = number(value, lang, None if float(value).is_integer() else 2)
    return f"€ {text}" if lang == "nl" else f"€{text}"


def _day(value: date | None, lang: Lang) -> str:
    if value is None:
        return "?"
    return long_date(value, lang)


def render(
    message: Message,
    values: Mapping[str, Any],
    lang: Lang,
    *,
    sentence: bool = True,
    names: Sequence[Name] | None = None,
) -> str:
    """``message`` in ``lang`` with ``values`` filled in; a ``sentence`` starts with a capital
    (a phrase for inside another text does not). A long role among ``names`` (default: the
    names among ``values``) is named in full once, then by its role alone."""
    named = _names(values) if names is None else names
    ready = prepared([n.forms(lang) for n in named])
    return _rendered(_FORMATTERS[lang], message, values, ready, sentence=sentence)


def _rendered(
    formatter: _Formatter,
    message: Message,
    values: Mapping[str, Any],
    ready: Prepared,
    *,
    sentence: bool,
) -> str:
    """:func:`render` with the names' forms in the formatter's language already
    :func:`~mapper.name_once.prepared` (a finding's six texts name the same actors: issue 15,
    suite18c, cat20)."""
    try:
        text: str = formatter.vformat(message.pick(formatter.lang), (), values)
    except KeyError as exc:
        raise TextError(f"{message.en!r}: no value for {exc.args[0]!r}") from None
    return _finished(text, ready, sentence)


@lru_cache(maxsize=8192)
def _finished(text: str, ready: Prepared, sentence: bool) -> str:
    """A filled-in template's sentences started, its long roles named in full once then by
    their role alone (jurist L3), with a capital: a function of the strings alone, kept for
    the next analysis of the map (most of its texts read the same: issue 15, map21)."""
    text = once_prepared(sentences(text), ready)
    return capital(text) if sentence else text


def _names(values: Mapping[str, Any]) -> list[Name]:
    """The actors' names among ``values`` (also inside lists)."""
    out: list[Name] = []
    for value in values.values():
        if isinstance(value, Name):
            out.append(value)
        elif isinstance(value, (list, tuple)):
            out += [v for v in value if isinstance(v, Name)]
    return out


def _texts(item: Entry, values: Mapping[str, Any], parts: Iterable[str]) -> tuple[Text, ...]:
    chosen = set(parts)
    unknown = chosen - item.parts.keys()
    if unknown:
        raise TextError(f"unknown parts {sorted(unknown)}")
    names = _names(values)  # before the parts take the place of values of the same name
    messages = (item.title, item.detail, item.suggestion)
    said: list[list[str]] = []
    for lang in LANGS:  # per language once: its formatter, the parts and the names' forms
        formatter = _FORMATTERS[lang]
        full: Mapping[str, Any] = values
        if item.parts:
            full = {**values} | {
                name: formatter.vformat(part.pick(lang), (), values) if name in chosen else ""
                for name, part in item.parts.items()
            }
        ready = prepared([n.forms(lang) for n in names]) if names else None
        said.append([_rendered(formatter, m, full, ready, sentence=True) for m in messages])
    return tuple(Text(*pair) for pair in zip(*said, strict=True))


def say(
    code: Code,
    severity: Severity,
    values: Mapping[str, Any] | None = None,
    *,
    parts: Iterable[str] = (),
    actors: Sequence[str] = (),
    relationships: Sequence[str] = (),
    mandates: Sequence[str] = (),
    needs: Sequence[str] = (),
    rules: Sequence[str] = (),
    deviations: Sequence[str] = (),
) -> Finding:
    """A finding of ``code``, worded by the catalogue; its building block comes from the code.

    ``severity`` must be one the code allows (:data:`mapper.codes.CODES`).
    """
    info = CODES[code]
    if severity not in info.severities:
        raise TextError(f"{code}: severity {severity.value} not allowed")
    item = entry(code)
    # the same with words or without: an unworded analysis groups as a worded one does
    shape, subjects = _shape(str(code), item, values or {}, parts)
    if _WORDED.get():
        title, detail, suggestion = _texts(item, values or {}, parts)
    else:
        title, detail, suggestion = _BLANK
    return Finding(
        code=code,
        building_block=info.block,
        severity=severity,
        title=title,
        detail=detail,
        suggestion=suggestion,
        actors=tuple(dict.fromkeys(actors)),
        relationships=tuple(dict.fromkeys(relationships)),
        mandates=tuple(dict.fromkeys(mandates)),
        needs=tuple(dict.fromkeys(needs)),
        rules=tuple(dict.fromkeys(rules)),
        deviations=tuple(dict.fromkeys(deviations)),
        shape=shape,
        subjects=subjects,
    )


def _shape(
    code: str, item: Entry, values: Mapping[str, Any], parts: Iterable[str]
) -> tuple[str, tuple[Name | Text | Decision, ...]]:
    """The code, its title's template and every value the title shows but the actors it names,
    and those actors' names in order: findings of one shape differ only in whom they are about
    (:mod:`mapper.repeats`). An actor is a :class:`Name`, or a text in a ``{x:bare}`` field (a
    link's name); the needed decision is one too. A part the title shows counts with its
    fields. Nothing is rendered (it is found for an unworded analysis too)."""
    chosen = set(parts)
    fields: list[tuple[str, str]] = []
    shown: set[str] = set()  # the parts the title shows
    for _, k, spec, _ in _parsed(item.title.nl)[0]:
        if k in item.parts:
            if k in chosen:
                shown.add(k)
                fields += [(f, s or "") for _, f, s, _ in _parsed(item.parts[k].nl)[0] if f]
        elif k:
            fields.append((k, spec or ""))
    subjects: dict[Name | Text | Decision, int] = {}
    said: list[str] = [code, item.title.nl, *sorted(shown)]
    # the parts only the detail shows come last, after \x02: findings that differ in them are
    # grouped apart, but two such groups whose titles read the same are one (mapper.repeats;
    # new user at scale, session 14: the chain nota's 5.12/5.13 "Het mandaat van Schakel 8 zelf
    # is niet geldig", with and without mandates below it)
    hidden = sorted(chosen & set(item.parts) - shown)
    for k, spec in fields:
        v = _subject(k, spec, values)
        if v is not None:
            said.append(f"\x00{subjects.setdefault(v, len(subjects))}")
        else:
            said.append(_seen(values.get(k)))
    if not subjects:
        return "", ()
    return "\x01".join(said) + ("\x02" + ",".join(hidden) if hidden else ""), tuple(subjects)


def _seen(value: object) -> str:
    """A value as a shape compares it (two that show the same text compare the same)."""
    if isinstance(value, Name):
        return f"N{value.running('nl')}"
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(_seen(v) for v in value) + "]"
    return repr(value)


def _subject(field: str, spec: str, values: Mapping[str, Any]) -> Name | Text | Decision | None:
    """What a title's field names, if it is whom or what the finding is about: an actor, a
    link's name or the needed decision (a quoted name)."""
    v = values.get(field)
    if isinstance(v, Name) or (isinstance(v, Text) and spec == "bare"):
        return v
    if field == "decision" and isinstance(v, str) and v:
        return Decision(v)
    return None


_loaded = False


def _load() -> None:
    """Import the text modules once (they register themselves)."""
    global _loaded
    if not _loaded:
        _loaded = True
        import mapper.texts  # noqa: F401  (registers every entry)
