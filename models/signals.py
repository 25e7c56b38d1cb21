"""The model's change signals, made on first use.

``psygnal`` is imported when a signal of a :class:`~models.case.Case` or a timeline is first
touched, not when the model is: its import (which reads its own version through
``importlib.metadata``) is 0.05 s CPU, a sixth of ``krachtenveld validate`` on a 2,000-actor
map, and the command line reads and checks maps without ever connecting a signal. An ``emit``
before anyone connected is nothing (nobody can hear it: `krachtenveld layout` sets positions
and saves without psygnal); anything else makes the class hold psygnal's own ``Signal``, so
everything after is psygnal's behaviour.
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
        if instance is None:
            return self._real(owner).__get__(instance, owner)
        return _Unconnected(self, instance, owner)

    def _real(self, owner: type) -> Any:
        """psygnal's ``Signal`` on ``owner`` (made now when it is not there yet)."""
        for klass in owner.__mro__:
            held = klass.__dict__.get(self._name)
            if held is not None and held is not self:
                return held  # made before (by another instance's first use)
        from psygnal import Signal as Real

        real = Real(*self._types)
        real.__set_name__(owner, self._name)
        setattr(owner, self._name, real)  # from now on the class holds psygnal's own
        return real

    def live(self, owner: type) -> bool:
        """Whether psygnal's signal replaced this one on ``owner``: only then can a slot be
        connected, since connecting goes through the real signal."""
        for klass in owner.__mro__:
            if self._name in klass.__dict__:
                return klass.__dict__[self._name] is not self
        return False


class _Unconnected:
    """What an instance's signal is before anyone touched it for more than ``emit``: an emit
    that nobody can hear yet is nothing (issue 14: `krachtenveld layout` set the positions
    and imported psygnal and ``importlib.metadata`` for it, 0.05 s CPU); anything else (connect,
    blocked, …) makes psygnal's signal and goes on there."""

    __slots__ = ("_instance", "_lazy", "_owner")

    def __init__(self, lazy: _LazySignal, instance: object, owner: type) -> None:
        self._lazy, self._instance, self._owner = lazy, instance, owner

    def _signal(self) -> Any:
        self._lazy._real(self._owner)
        # by attribute, not psygnal's __get__: that makes a new instance signal each call, and
        # the one made first is kept on the instance
        return getattr(self._instance, self._lazy._name)

    def emit(self, *args: Any, **kwargs: Any) -> Any:
        if self._lazy.live(self._owner):  # made since this stand-in was handed out
            return self._signal().emit(*args, **kwargs)
        return None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._signal(), name)


if TYPE_CHECKING:
    from psygnal import Signal
else:
    Signal = _LazySignal
