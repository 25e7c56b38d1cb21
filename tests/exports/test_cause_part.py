"""A cause's zoomed picture (deck slides 5-7) shows the mandates the cause is about and no
others (new user, seventh round: slide 7, on the debt agreement, drew the college's
mandates to the manager and the consulent, which that cause does not name)."""

from __future__ import annotations

from exports.advice import cause_case
from mapper import analyse
from models.example import example_case


def test_a_cause_picture_leaves_out_mandates_the_cause_does_not_name() -> None:
    case = example_case()
    causes = {c.id: c for c in analyse(case).causes}
    agreement = next(c for c in causes.values() if c.id.startswith("agreement:"))
    assert not agreement.mandates
    part = cause_case(case, agreement)
    among = [
        m.id
        for m in case.mandates
        if m.grantor in part.actors.ids() and m.holder in part.actors.ids()
    ]
    assert among  # the map has mandates among its actors: the old picture drew them all
    assert [m.id for m in part.mandates] == []
    # relationships among its actors stay (who works with and answers to whom)
    assert len(part.relationships) > 0
    # a cause about mandates keeps exactly the ones it names
    mandate = causes["mandate:m7"]
    assert sorted(m.id for m in cause_case(case, mandate).mandates) == sorted(mandate.mandates)
