"""The spheres layout staggers a band's single row whose members are linked to each other
(new user, sixth round 6: at 1920 the administrative row was one band where the plates and
a thick bundle of horizontal lines merged)."""

from __future__ import annotations

import itertools

from mapper.layout import layout
from mapper.layout.spheres import STAGGER_FROM
from models import Actor, ActorKind, Case, CaseInfo, LayoutMethod, Sphere
from models.example import example_case


def test_neighbours_in_a_linked_row_stand_at_different_heights() -> None:
    case = example_case()
    places = layout(case, LayoutMethod.SPHERES)
    admin = [a for a in case.actors if a.effective_sphere is Sphere.ADMINISTRATIVE]
    assert len(admin) >= STAGGER_FROM
    row = sorted(admin, key=lambda a: places[a.id].x)
    steps = [abs(places[b.id].y - places[a.id].y) for a, b in itertools.pairwise(row)]
    assert min(steps) >= 30.0, steps  # every neighbour a step up or down, none level
    # and the bands stay apart: the highest of the next band is below the lowest of this one
    lowest = max(places[a.id].y for a in admin)
    partners = [a for a in case.actors if a.effective_sphere is Sphere.PARTNER]
    assert min(places[a.id].y for a in partners) > lowest + 60.0


def test_a_row_without_links_inside_stays_level() -> None:
    actors = [
        Actor(f"a{k}", f"Medewerker {k}", ActorKind.PROFESSIONAL) for k in range(STAGGER_FROM + 2)
    ]
    places = layout(Case.from_parts(CaseInfo("rij"), actors), LayoutMethod.SPHERES)
    assert len({places[a.id].y for a in actors}) == 1
