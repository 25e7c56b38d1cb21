"""The model's change signals, made on first use.

``psygnal`` is imported when a signal of a :class:`~models.case.Case` or a timeline is first
touched, not when the model is: its import (which reads its own version through
``importlib.metadata``) is 0.05 s CPU, a sixth of ``krachtenveld validate`` on a 2,000-actor
map, and the command line reads and checks maps without ever connecting a signal. Once touched,
the class holds psygnal's own ``Signal``, so everything after is psygnal's behaviour.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = ["Signal"]


class _LazySignal:
    """Stands for ``psygnal.Signal(*types)`` on a class until the signal is first used."""

    def __init__(self, *types: Any) -> None:
        self._types = types
        self._name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    def __get__(self, instance: object, owner: type) -> Any:
        from psygnal import Signal as Real

        real = Real(*self._types)
        real.__set_name__(owner, self._name)
        setattr(owner, self._name, real)  # from now on the class holds psygnal's own
        return real.__get__(instance, owner)


if TYPE_CHECKING:
    from psygnal import Signal
else:
    Signal = _LazySignal
