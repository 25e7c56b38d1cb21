"""Each text read once per process for the letters of persons who are no actor (issue 15).

:meth:`exports.anonymise_titled.Letters.text` depends on the text and on the letters given so
far alone, and only adds letters. The copy, its summary, the nota, the deck, the register and
the pictures each anonymise the same map again (and every snapshot's state repeats its texts),
so the same text is read with the same letters many times over: a test run read 340 texts
43,311 times. What a reading gave, and the letters it added, are kept per (text, letters), so
a text met again with the same letters reads as it did and gives the same letters.

Examples
--------
>>> class Loud:
...     def __init__(self) -> None:
...         self.given: dict[str, str] = {}
...         self.said: dict[str, str] = {}
...     @remembered
...     def text(self, text: str) -> str:
...         READ.append(text)
...         self.given.setdefault(text, "X")
...         return text.upper()
>>> READ: list[str] = []
>>> first, again = Loud(), Loud()
>>> first.text("a b"), again.text("a b"), again.given, READ
('A B', 'A B', {'a b': 'X'}, ['a b'])
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import wraps
from typing import Protocol, TypeVar

__all__ = ["remembered"]

_SIZE = 4096  # texts kept (a map's texts and their states); the oldest go first


class _Lettered(Protocol):
    given: dict[str, str]
    said: dict[str, str]


L = TypeVar("L", bound=_Lettered)
_State = tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]
# (text, the letters before) -> (the text read, the letters after)
_read: dict[tuple[str, _State], tuple[str, _State]] = {}
_lock = threading.Lock()


def _state(letters: _Lettered) -> _State:
    return tuple(letters.given.items()), tuple(letters.said.items())


def remembered(read: Callable[[L, str], str]) -> Callable[[L, str], str]:
    """``read`` (a method of a class with ``given`` and ``said``, that only adds to them),
    each text read once per the letters given before it."""

    @wraps(read)
    def text(self: L, text: str) -> str:
        key = (text, _state(self))
        found = _read.get(key)
        if found is None:
            out = read(self, text)
            with _lock:
                if len(_read) >= _SIZE:
                    del _read[next(iter(_read))]
                _read[key] = (out, _state(self))
            return out
        out, (given, said) = found
        self.given.update(given)
        self.said.update(said)
        return out

    return text
