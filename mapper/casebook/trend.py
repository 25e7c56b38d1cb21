"""A snapshot's trend point for the casebook, worked out once per process (issue 15).

The casebook analyses every snapshot of every map for its trend (the causes' comparable keys,
:func:`~mapper.casebook.record.cause_keys`). The copies of one case in a folder share their
snapshots, and a map saved on keeps the snapshots it had: the same state was analysed again for
every file that holds it (a test run analysed the example's three snapshots 103 times each).
What a state gives depends on the state alone, and on today's date when it names no reference
date (it is then analysed as of today), so its keys are kept per the state's digest (and today's
date where that counts), as the Timeline keeps its scorecards (:mod:`mapper.timeline`); the
few strings per entry are all that is kept.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Mapping
from typing import Any

from mapper.analysis import analyse
from mapper.casebook.record import cause_keys
from mapper.context import Context
from mapper.timeline import _state_key
from models import Case

__all__ = ["snapshot_keys"]

_KEYS: OrderedDict[tuple[object, ...], tuple[str, ...]] = OrderedDict()
_KEYS_MAX = 256
_KEYS_LOCK = threading.Lock()


def snapshot_keys(state: Mapping[str, Any], then: Case) -> list[str]:
    """The causes' comparable keys of ``then``, the map a snapshot's ``state`` holds, analysed
    without words; the same state's keys again without analysing it again."""
    key = _state_key(state, then.info.as_of)
    with _KEYS_LOCK:
        if (known := _KEYS.get(key)) is not None:
            _KEYS.move_to_end(key)
            return list(known)
    ctx = Context.of(then)
    keys = cause_keys(analyse(then, context=ctx, words=False), then, context=ctx)
    with _KEYS_LOCK:
        _KEYS[key] = tuple(keys)
        while len(_KEYS) > _KEYS_MAX:
            _KEYS.popitem(last=False)
    return keys
