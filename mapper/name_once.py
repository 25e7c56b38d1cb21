"""A long role named in full once in a text, then by its role alone: "de consulent wijkteam
(Sanne) … de consulent" (jurist L3, L-d). The short form is the name's own
(:attr:`mapper.names.Name.short`, :meth:`mapper.names.Name.forms`).

>>> from mapper.names import Name
>>> from models import ActorKind
>>> sanne = Name.of("Consulent wijkteam (Sanne)", ActorKind.PROFESSIONAL)
>>> once("Is de consulent wijkteam (Sanne) afwezig, dan wacht de consulent wijkteam (Sanne).",
...      [sanne])
'Is de consulent wijkteam (Sanne) afwezig, dan wacht de consulent.'

A list of actors names each of them in full, also one named before (rev-jurist19 J6: not
"rechtstreeks aan de consulent en de teamleider 4.0.1"):

>>> once_forms("tot en met de consulent 4.7, of aan de consulent 4.7 en de teamleider 4.0.1",
...            [("de consulent 4.7", "de consulent"), ("de teamleider 4.0.1", "de teamleider")])
'tot en met de consulent 4.7, of aan de consulent 4.7 en de teamleider 4.0.1'
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mapper.names import Name

__all__ = ["Prepared", "once", "once_forms", "once_prepared", "prepared"]


def _mentions(text: str, words: str, end: int | None = None) -> Iterator[tuple[int, int]]:
    r"""Where ``words`` stand in ``text[:end]`` as whole words (no letter, digit or underscore
    beside them), with a capital or not (a sentence may start with them): the spans, left to
    right, none overlapping the one before. What the pattern ``(?<!\w)[wW]ords(?!\w)``
    finds, without compiling a pattern per name (compiling was most of it: every process
    compiled one for each name it met; session 23)."""
    stop = len(text) if end is None else end
    heads = words[0] + words[0].upper()
    tail = words[1:]
    size = len(words)
    at = 0
    while at + size <= stop:
        found = text.find(tail, at + 1, stop) if tail else at + 1
        if found < 0:
            return
        start = found - 1
        after = start + size
        if (
            text[start] in heads
            and (start == 0 or not _word(text[start - 1]))
            and (after == stop or not _word(text[after]))
        ):
            yield start, after
            at = after
        else:
            at = start + 1


def _word(char: str) -> bool:
    r"""Whether ``char`` is a word character as ``\w`` reads it."""
    return char.isalnum() or char == "_"


def once(text: str, names: Iterable[Name]) -> str:
    """``text`` with each long role named in full the first time and by its role alone after
    that ("de consulent wijkteam (Sanne) … de consulent"), in Dutch (jurist L3, L-d). A role
    two of ``names`` share ("de manager" of two managers) stays whole.
    """
    return once_forms(text, [n.forms("nl") for n in names])


#: A text naming more actors than this is a list, not prose: it is left as it is (and a map
#: of thousands of actors is not searched name by name).
_PROSE = 12


def once_forms(text: str, forms: Iterable[tuple[str, str]]) -> str:
    """:func:`once` on (full, short) pairs of names (see :meth:`Name.forms`)."""
    return once_prepared(text, prepared(forms))


#: The names' forms made ready for :func:`once_prepared`: the (full, role) pairs whose role no
#: other name shares, and every full name (a list's members); None when no text can change.
Prepared = tuple[tuple[tuple[str, str], ...], tuple[str, ...]] | None


def prepared(forms: Iterable[tuple[str, str]]) -> Prepared:
    """``forms`` made ready once for the texts of one finding (six texts name the same actors:
    issue 15, cat20)."""
    forms = list(forms)
    full = {whole: role for whole, role in forms if role}
    if not full or len(full) > _PROSE:
        return None
    roles = list(full.values())  # at most _PROSE: counting each is no square worth a Counter
    single = tuple((whole, role) for whole, role in full.items() if roles.count(role) == 1)
    return (single, tuple(w for w, _ in forms if w)) if single else None


def once_prepared(text: str, ready: Prepared) -> str:
    """:func:`once_forms` with the forms :func:`prepared` already."""
    if ready is None:
        return text
    single, names = ready
    for whole, role in single:
        if text.count(whole[1:]) < 2:
            continue
        for start, end in reversed(list(_mentions(text, whole))[1:]):
            if _listed(text, start, end, names):
                continue
            text = f"{text[:start]}{text[start]}{role[1:]}{text[end:]}"
    return text


#: What joins the names of a list ("A, B en C", "A and B", "A of B"): a name beside another
#: behind one of these is one of a list. Not ", en": that begins a clause more often ("… van het
#: college van B&W, en de manager … heeft daarvoor geen machtiging").
_JOINS = (", ", " en ", " and ", " of ", " or ")


def _listed(text: str, start: int, end: int, names: tuple[str, ...]) -> bool:
    """Whether the mention ``text[start:end]`` is one of a list of names of which another is
    named here for the first time (rev-jurist19 J6): such a list names each in full, so that
    no member reads as another than the rest ("aan de consulent 4.7 en de teamleider 4.0.1").
    A list of names all named before may use the short forms ("tussen de consulent en
    Woningcorporatie Thuisplus"). Names joined by commas alone are no list: "… verleende aan
    de consulent wijkteam, de consulent mag …" begins a clause."""
    members: list[tuple[int, int]] = []
    joins: list[str] = []
    first, last = start, end
    while (before := _member_before(text, first, names)) is not None:  # the members before it
        first = before[0]
        members.append(before[:2])
        joins.append(before[2])
    while (after := _member_after(text, last, names)) is not None:  # and after it
        last = after[1]
        members.append(after[:2])
        joins.append(after[2])
    if all(j == ", " for j in joins):
        return False
    return any(_first(text, *m) for m in members)


def _member_before(text: str, start: int, names: tuple[str, ...]) -> tuple[int, int, str] | None:
    """Where the name joined before a list member at ``start`` begins and ends, and the join
    (None: there is none)."""
    for join in _JOINS:
        if text.endswith(join, 0, start):
            end = start - len(join)
            for n in names:
                if _ends_with(text, end, n):
                    return end - len(n), end, join
    return None


def _member_after(text: str, end: int, names: tuple[str, ...]) -> tuple[int, int, str] | None:
    """Where the name joined after a list member ending at ``end`` begins and ends, and the
    join."""
    for join in _JOINS:
        if text.startswith(join, end):
            begin = end + len(join)
            for n in names:
                if _begins_with(text, begin, n):
                    return begin, begin + len(n), join
    return None


def _first(text: str, begin: int, end: int) -> bool:
    """Whether the name ``text[begin:end]`` is named there for the first time in ``text``."""
    name = text[begin].lower() + text[begin + 1 : end]  # "De consulent 4.7" as well
    return next(_mentions(text, name, begin), None) is None


def _begins_with(text: str, begin: int, name: str) -> bool:
    """Whether ``text[begin:]`` begins with ``name`` as a whole word."""
    end = begin + len(name)
    return _ends_with(text, end, name) and (end == len(text) or not text[end].isalnum())


def _ends_with(text: str, end: int, name: str) -> bool:
    """Whether ``text[:end]`` ends with ``name``, its first letter a capital or not, as a whole
    word."""
    begin = end - len(name)
    if begin < 0 or text[begin + 1 : end] != name[1:] or text[begin].lower() != name[0].lower():
        return False
    return begin == 0 or not text[begin - 1].isalnum()
