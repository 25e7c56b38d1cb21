"""An entity the states share is cleaned once per copy only when what each state says about
the people it names is the same (issue 15, session 21, anon21's b1e5af7; rev-code21 F2: the
key was guarded by a count alone).

Here one tie carries the same note about Jansen now and in the first snapshot, but Jansen is
a resident in the snapshot and a professional now: the snapshot's note must go (it is about a
resident), the current one may stay. Reusing the current state's cleaning for the snapshot
(one cleaning for all states) leaves the note about a resident in the shared copy; the
example's states also differ in their ids, so this map does not tell the residents' part of the
key from the ids' part."""

from __future__ import annotations

import json
from typing import Any

from exports.anonymise import anonymise
from models import fileformat
from models.example import example_case

NOTE = "Wekelijks gesprek over de huurachterstand en de gezinssituatie thuis."


def _notes(state: dict[str, Any], rid: str) -> list[str]:
    return [r["notes"] for r in state["relationships"] if r["id"] == rid]


def test_a_tie_shared_by_two_states_is_cleaned_for_who_is_a_resident_in_each() -> None:
    data = json.loads(fileformat.dumps(example_case()))
    now = {r["id"]: r for r in data["relationships"]}
    then = {r["id"]: r for r in data["snapshots"][0]["state"]["relationships"]["set"]}
    shared = [
        i
        for i in now
        if i in then and "jansen" in (now[i]["source"], now[i]["target"]) and now[i] == then[i]
    ]
    assert shared, "the example has a tie of Jansen's that the first snapshot holds unchanged"
    rid = shared[0]
    now[rid]["notes"] = then[rid]["notes"] = NOTE
    (jansen,) = (a for a in data["actors"] if a["id"] == "jansen")
    assert jansen["kind"] != "professional"
    jansen["kind"] = "professional"  # now staff, in the snapshot still the resident
    out = json.loads(fileformat.dumps(anonymise(fileformat.loads(json.dumps(data)), "nl")))
    first = out["snapshots"][0]["state"]["relationships"]["set"]
    assert [r["notes"] for r in first if r["id"] == rid] == ["(notitie weggelaten)"]
    assert NOTE not in json.dumps(out["snapshots"], ensure_ascii=False)
    assert _notes(out, rid) == [NOTE]  # now a professional's tie: nothing about a resident
