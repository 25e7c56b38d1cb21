"""The title an anonymised export is named after, without anonymising the whole map (new user
17, N2: at 10,000 actors the Save dialog of the note and the picture waited 15-19 s on the
GUI thread while :func:`exports.anonymise.anonymise` made a whole copy only to name the file).

The plan of the residents', staff's and providers' new names is made as the copy makes it,
and the title is read with it first, as the copy reads it first (its letters come first), so
the name is the anonymised copy's title; the copy's other texts, states and history are not
made. The plan's new ids (nine tenths of its time at 10,000 actors) are made only when the
title holds a resident's id, the one thing in a title they change ("dossier ozdemir_a").

>>> from models.example import example_case
>>> from exports.anonymise import anonymise
>>> case = example_case()
>>> anonymised_title(case, "nl") == anonymise(case, "nl").info.title
True
"""

from __future__ import annotations

from exports.anonymise_plan import Plan
from exports.anonymise_title import health_free_title, untitled
from mapper.timeline import case_at
from models.case import Case
from models.enums import ActorKind
from models.i18n import Lang

__all__ = ["anonymised_title"]


def anonymised_title(case: Case, lang: Lang, *, names: Lang | None = None) -> str:
    """``anonymise(case, lang, names=names).info.title``, made from the title and the plan."""
    states = [case, *(case_at(case, s.id) for s in case.timeline.snapshots)]
    title = case.info.title.casefold()
    ids = any(
        len(a.id) > 2 and a.id.casefold() in title
        for state in states
        for a in state.actors
        if a.kind is ActorKind.CITIZEN
    )
    plan = Plan(states, lang, False, names, None, ids=ids)
    return health_free_title(plan.text(untitled(case.info.title, plan.pattern)), lang)
