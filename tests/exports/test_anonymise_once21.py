"""An entity that every state of the timeline repeats is cleaned once per anonymised copy
(issue 15, session 21): the example's four states hold 76 actors, 21 of them different, and
each was cleaned again in every state. On the old code each actor's name was read four times
(once per state); the copy is the same (test_anonymise and the hostile tests)."""

from __future__ import annotations

from collections import Counter

import pytest

from exports import anonymise as anonymise_module
from exports.anonymise import anonymise
from mapper.timeline import case_at
from models import fileformat
from models.example import example_case
from models.fields import KINDS


def test_an_entity_the_states_repeat_is_cleaned_once(monkeypatch: pytest.MonkeyPatch) -> None:
    case = example_case()
    states = [case, *(case_at(case, s.id) for s in case.timeline.snapshots)]
    before = fileformat.dumps(anonymise(case, "nl"))
    read: Counter[str] = Counter()
    real = anonymise_module.kin_name  # type: ignore[attr-defined]

    def counted(name: str, *args: object) -> str | None:
        read[name] += 1
        return real(name, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(anonymise_module, "kin_name", counted)
    assert fileformat.dumps(anonymise(case, "nl")) == before
    # the map now and its snapshots differ in their ids: an actor is cleaned once as the map
    # has it now and once as the snapshots have it (one changed in a snapshot: once more)
    assert sum(len(s.actors) for s in states) == 76
    ids = [frozenset(i.id for kind in KINDS for i in s.collection(kind)) for s in states]
    different = {(known, a) for known, s in zip(ids, states, strict=True) for a in s.actors}
    assert sum(read.values()) == len(different) == 39, read


def test_a_staff_name_and_an_id_are_read_once_per_process() -> None:
    """A second copy of the same map reads no actor's name and no id again for a person (on
    the old code both were read for every state of every copy: no cache to ask)."""
    from exports.anonymise_forget import forget
    from exports.anonymise_id_names import _a_person
    from exports.anonymise_words import staff_name

    forget()
    anonymise(example_case(), "nl")
    read = staff_name.cache_info().misses, _a_person.cache_info().misses
    assert min(read) > 0
    anonymise(example_case(), "en", for_copy=True)
    assert (staff_name.cache_info().misses, _a_person.cache_info().misses) == read
