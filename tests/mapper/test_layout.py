"""Tests of the automatic layouts (mapper.layout)."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest

from mapper.layout import (
    METHODS,
    NODE_H,
    NODE_W,
    LayoutCancelled,
    LayoutError,
    estimated_size,
    grid_geometry,
    layout,
    sphere_bands,
)
from mapper.layout._common import Ticker, graph_arrays, pack_boxes, remove_overlaps
from mapper.layout.graphviz import graphviz_available
from mapper.layout.hierarchy import hierarchy_positions
from mapper.layout.layered import break_cycles, longest_path_layers
from mapper.quadrant import Quadrant, quadrant
from models import (
    Actor,
    ActorKind,
    Case,
    CaseInfo,
    LayoutMethod,
    Mandate,
    Position,
    PowerCategory,
    Practice,
    RelationKind,
    Relationship,
    Sphere,
)
from models.example import example_case


def _overlapping(pos: dict[str, Position], case: Case) -> list[tuple[str, str]]:
    """Pairs whose boxes (the size the layout assumed for each name) overlap."""
    names = {a.id: a.name for a in case.actors}
    kinds = {a.id: a.kind for a in case.actors}
    size = {i: estimated_size(names[i], kinds[i]) for i in pos}
    bad = []
    for (a, p), (b, q) in itertools.combinations(pos.items(), 2):
        w = (size[a][0] + size[b][0]) / 2
        h = (size[a][1] + size[b][1]) / 2
        if abs(p.x - q.x) < w and abs(p.y - q.y) < h:
            bad.append((a, b))
    return bad


def _chain_case() -> Case:
    """Council -> mayor -> director -> manager -> professional, plus a loose citizen."""
    kinds = [
        ("a1", ActorKind.COUNCIL),
        ("a2", ActorKind.ADMINISTRATOR),
        ("a3", ActorKind.EXECUTIVE),
        ("a4", ActorKind.MANAGER),
        ("a5", ActorKind.PROFESSIONAL),
        ("a6", ActorKind.CITIZEN),
    ]
    actors = [Actor(i, f"Actor {i}", kind=k) for i, k in kinds]
    rels = [
        Relationship("r1", "a3", "a4", RelationKind.HIERARCHY),
        Relationship("r2", "a4", "a5", RelationKind.HIERARCHY),
        Relationship("r3", "a6", "a5", RelationKind.SIGNAL),
        Relationship("r4", "a2", "a1", RelationKind.ACCOUNTABILITY),
    ]
    mandates = [
        Mandate("m1", "a2", "a3", PowerCategory.DEVIATE_FROM_RULE, sub_mandate_levels=1),
        Mandate("m2", "a3", "a4", PowerCategory.DEVIATE_FROM_RULE),
    ]
    return Case.from_parts(CaseInfo("chain"), actors, rels, mandates)


def _random_case(n: int, m: int, seed: int = 1, components: int = 1) -> Case:
    rng = np.random.default_rng(seed)
    kinds = list(ActorKind)
    actors = [
        Actor(
            f"a{i}",
            f"A{i}",
            kind=kinds[int(rng.integers(len(kinds)))],
            influence=int(rng.integers(6)),
            interest=int(rng.integers(6)),
        )
        for i in range(n)
    ]
    rels = []
    per = n // components
    for k in range(m):
        c = k % components
        s, t = rng.integers(c * per, (c + 1) * per, size=2)
        if s != t:
            rels.append(Relationship(f"r{k}", f"a{s}", f"a{t}", RelationKind.COLLABORATION))
    for i in range(n - 1):  # a path through each component keeps it connected
        if (i + 1) % per:
            rels.append(Relationship(f"p{i}", f"a{i}", f"a{i + 1}", RelationKind.SIGNAL))
    return Case.from_parts(CaseInfo("random"), actors, rels)


# ----------------------------------------------------------------------------- all methods
@pytest.mark.parametrize("method", METHODS)
def test_every_actor_placed_without_overlap(method: LayoutMethod) -> None:
    case = example_case()
    pos = layout(case, method)
    assert set(pos) == set(case.actors.ids())
    assert all(math.isfinite(p.x) and math.isfinite(p.y) for p in pos.values())
    assert _overlapping(pos, case) == []


@pytest.mark.parametrize("method", METHODS)
def test_deterministic_for_a_seed(method: LayoutMethod) -> None:
    case = _random_case(60, 120)
    assert layout(case, method, seed=3) == layout(case, method, seed=3)


@pytest.mark.parametrize("method", METHODS)
def test_degenerate_cases(method: LayoutMethod) -> None:
    assert layout(Case(), method) == {}
    one = Case.from_parts(CaseInfo("one"), [Actor("a1", "Solo")])
    assert set(layout(one, method)) == {"a1"}


@pytest.mark.parametrize("method", METHODS)
def test_progress_rises_to_one_and_cancel_stops(method: LayoutMethod) -> None:
    case = _random_case(80, 200)
    seen: list[float] = []
    layout(case, method, progress=seen.append)
    assert seen[-1] == 1.0
    assert seen == sorted(seen)
    with pytest.raises(LayoutCancelled):
        layout(case, method, cancel=lambda: True)


def test_unknown_method_names_the_choices_in_both_languages() -> None:
    with pytest.raises(LayoutError) as info:
        layout(example_case(), "spiral")  # type: ignore[arg-type]
    assert "force" in info.value.render("en")
    assert "onbekende indeling" in info.value.render("nl")


# ----------------------------------------------------------------------------- force
def test_force_keeps_components_apart() -> None:
    case = _random_case(90, 150, components=3)
    pos = layout(case, LayoutMethod.FORCE)
    boxes = []
    for c in range(3):
        xs = [pos[f"a{i}"].x for i in range(c * 30, (c + 1) * 30)]
        ys = [pos[f"a{i}"].y for i in range(c * 30, (c + 1) * 30)]
        boxes.append((min(xs), min(ys), max(xs), max(ys)))
    for a, b in itertools.combinations(boxes, 2):
        disjoint = a[2] < b[0] or b[2] < a[0] or a[3] < b[1] or b[3] < a[1]
        assert disjoint


def test_force_neighbours_closer_than_strangers() -> None:
    case = _random_case(200, 400)
    pos = layout(case, LayoutMethod.FORCE)
    xy = {k: np.array([p.x, p.y]) for k, p in pos.items()}
    linked = np.mean([np.linalg.norm(xy[r.source] - xy[r.target]) for r in case.relationships])
    ids = case.actors.ids()
    rng = np.random.default_rng(0)
    pairs = rng.integers(len(ids), size=(400, 2))
    random = np.mean([np.linalg.norm(xy[ids[a]] - xy[ids[b]]) for a, b in pairs if a != b])
    assert linked < 0.6 * random


def test_force_no_overlap_on_dense_map() -> None:
    case = _random_case(200, 800)
    pos = layout(case, LayoutMethod.FORCE)
    assert _overlapping(pos, case) == []


# ----------------------------------------------------------------------------- hierarchy
@pytest.mark.parametrize("engine", ["own", "dot"])
def test_hierarchy_puts_grantors_and_managers_above(engine: str) -> None:
    if engine == "dot" and not graphviz_available("dot"):
        pytest.skip("Graphviz not installed")
    case = _chain_case()
    xy = hierarchy_positions(graph_arrays(case), Ticker(None, None), engine=engine)
    y = dict(zip(case.actors.ids(), xy[:, 1].tolist(), strict=True))
    assert y["a2"] < y["a3"] < y["a4"] < y["a5"]
    # the citizen and the council are in no chain: society below, politics above
    assert y["a6"] > y["a5"]
    assert y["a1"] < y["a2"]


def test_hierarchy_survives_cycles() -> None:
    actors = [Actor(f"a{i}", f"A{i}") for i in range(4)]
    rels = [
        Relationship(f"r{i}", f"a{i}", f"a{(i + 1) % 4}", RelationKind.HIERARCHY) for i in range(4)
    ]
    case = Case.from_parts(CaseInfo("cycle"), actors, rels)
    xy = hierarchy_positions(graph_arrays(case), Ticker(None, None), engine="own")
    assert len(set(xy[:, 1].tolist())) == 4  # a cycle of four becomes four layers


def test_break_cycles_leaves_a_dag() -> None:
    src = np.array([0, 1, 2, 2, 3])
    dst = np.array([1, 2, 0, 3, 1])
    s, d = break_cycles(4, src, dst)
    layers = longest_path_layers(4, s, d)
    assert (layers[d] > layers[s]).all()


def test_hierarchy_practice_filter_uses_only_that_practice() -> None:
    actors = [Actor("a1", "A"), Actor("a2", "B")]
    rels = [Relationship("r1", "a1", "a2", RelationKind.HIERARCHY, practice=Practice.MAATWERK)]
    case = Case.from_parts(CaseInfo("p"), actors, rels)
    routine = layout(case, LayoutMethod.HIERARCHY, practice=Practice.ROUTINE)
    maatwerk = layout(case, LayoutMethod.HIERARCHY, practice=Practice.MAATWERK)
    assert routine["a1"].y == routine["a2"].y  # no chain: one row
    assert maatwerk["a1"].y < maatwerk["a2"].y


# ----------------------------------------------------------------------------- spheres
def test_spheres_bands_in_order_and_disjoint() -> None:
    case = example_case()
    pos = layout(case, LayoutMethod.SPHERES)
    bands = sphere_bands(case, pos)
    spheres = list(bands)
    order = [s for s in Sphere if s in bands]
    assert set(spheres) == set(order)
    tops = [bands[s][0] for s in spheres]
    assert tops == sorted(tops)
    for a, b in itertools.pairwise(spheres):
        assert bands[a][1] <= bands[b][0]
    for actor in case.actors:
        top, bottom = bands[actor.effective_sphere]
        assert top < pos[actor.id].y < bottom


# ----------------------------------------------------------------------------- grid
def test_grid_axes_and_quadrants() -> None:
    actors = [
        Actor("hi", "High", influence=5, interest=5),
        Actor("lo", "Low", influence=0, interest=0),
        Actor("ks", "Satisfied", influence=4, interest=1),
        Actor("twin1", "Twin 1", influence=2, interest=3),
        Actor("twin2", "Twin 2", influence=2, interest=3),
    ]
    case = Case.from_parts(CaseInfo("grid"), actors)
    pos = layout(case, LayoutMethod.GRID)
    assert pos["hi"].y < pos["lo"].y  # high influence at the top
    assert pos["hi"].x > pos["lo"].x  # high interest to the right
    assert _overlapping(pos, case) == []
    geo = grid_geometry(case)

    def where(p: Position) -> Quadrant:
        for name, (x, y, w, h) in geo.quadrants.items():
            if x <= p.x < x + w and y <= p.y < y + h:
                return name
        raise AssertionError(p)

    for actor in actors:  # the drawn quadrant is the one the analysis computes
        assert where(pos[actor.id]) is quadrant(actor)
    assert where(pos["hi"]) is Quadrant.MANAGE_CLOSELY
    assert where(pos["lo"]) is Quadrant.MONITOR
    assert where(pos["ks"]) is Quadrant.KEEP_SATISFIED
    assert where(pos["twin1"]) is Quadrant.KEEP_INFORMED


# ----------------------------------------------------------------------------- circle
def test_circle_groups_spheres_together() -> None:
    # without organisations: one circle (an organisation is drawn together in a block, see
    # tests/mapper/test_layout_groups.py)
    case = example_case()
    for actor in list(case.actors):
        case.update_actor(actor.id, {"organisation": ""})
    pos = layout(case, LayoutMethod.CIRCLE)
    radii = [math.hypot(p.x, p.y) for p in pos.values()]
    assert max(radii) - min(radii) < 1.0  # one circle (positions are rounded to 0.1)
    angle = {k: math.atan2(p.y, p.x) % (2 * math.pi) for k, p in pos.items()}
    ordered = sorted(case.actors, key=lambda a: (angle[a.id] - (-math.pi / 2)) % (2 * math.pi))
    spheres = [a.effective_sphere for a in ordered]
    runs = [k for k, _ in itertools.groupby(spheres)]
    assert len(runs) == len(set(spheres))  # each sphere is one contiguous arc


# ----------------------------------------------------------------------------- helpers
def test_pack_boxes_does_not_overlap() -> None:
    sizes = [(100.0, 50.0), (300.0, 200.0), (50.0, 50.0), (120.0, 90.0)]
    corners = pack_boxes(sizes, gap=10.0)
    rects = [(x, y, x + w, y + h) for (x, y), (w, h) in zip(corners, sizes, strict=True)]
    for a, b in itertools.combinations(rects, 2):
        assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1]


def test_remove_overlaps_separates_a_pile() -> None:
    pile = np.zeros((30, 2))
    out = remove_overlaps(pile, rounds=200)
    for a, b in itertools.combinations(out.tolist(), 2):
        assert abs(a[0] - b[0]) >= NODE_W - 1e-6 or abs(a[1] - b[1]) >= NODE_H - 1e-6


# ----------------------------------------------------------------------------- Graphviz
def test_graphviz_missing_is_a_clear_error_and_auto_falls_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import shutil

    import mapper.layout.graphviz as gv

    monkeypatch.setattr(shutil, "which", lambda program: None)
    assert not graphviz_available("dot")
    with pytest.raises(LayoutError) as info:
        gv.run_graphviz("dot", "digraph { }", 0)
    assert "Graphviz is not installed" in info.value.render("en")
    assert "Graphviz is niet geïnstalleerd" in info.value.render("nl")
    case = _chain_case()
    with pytest.raises(LayoutError):
        hierarchy_positions(graph_arrays(case), Ticker(None, None), engine="dot")
    pos = layout(case, LayoutMethod.HIERARCHY)  # auto: our own layered layout
    assert pos["a2"].y < pos["a3"].y < pos["a4"].y


@pytest.mark.graphviz
def test_dot_text_uses_opaque_names_only() -> None:
    from mapper.layout.graphviz import graphviz_dot_text, parse_plain, run_graphviz

    text = graphviz_dot_text(3, np.array([0, 1]), np.array([1, 2]))
    assert all(f"n{i}" in text for i in range(3))
    if not graphviz_available("dot"):
        pytest.skip("Graphviz not installed")
    xy = run_graphviz("dot", text, 3)
    assert xy[0, 1] < xy[1, 1] < xy[2, 1]  # flipped: the first rank is at the top
    assert parse_plain("graph 1 1 1\nstop\n", 2).tolist() == [[0.0, 0.0], [0.0, 0.0]]


def test_hierarchy_stacks_many_leaves_under_their_parent() -> None:
    actors = [Actor("boss", "Boss"), *[Actor(f"p{i}", f"P{i}") for i in range(12)]]
    rels = [Relationship(f"r{i}", "boss", f"p{i}", RelationKind.HIERARCHY) for i in range(12)]
    case = Case.from_parts(CaseInfo("team"), actors, rels)
    pos = layout(case, LayoutMethod.HIERARCHY)
    xs = [pos[f"p{i}"].x for i in range(12)]
    assert max(xs) - min(xs) < 12 * NODE_W  # a block, not one long row
    assert all(pos[f"p{i}"].y > pos["boss"].y for i in range(12))
    assert _overlapping(pos, case) == []


@pytest.mark.slow
def test_large_hierarchy_and_force_finish_quickly() -> None:
    from benchmarks.generate import generate_case

    case = generate_case(3000, seed=2)
    for method in (LayoutMethod.HIERARCHY, LayoutMethod.FORCE):
        pos = layout(case, method)
        assert len(pos) == 3000
        assert _overlapping_fast(pos, case) == 0


def _overlapping_fast(pos: dict[str, Position], case: Case) -> int:
    from scipy.spatial import cKDTree

    from mapper.layout._common import size_array

    sizes = size_array(case, None)
    xy = np.array([[pos[i].x, pos[i].y] for i in case.actors.ids()])
    reach = sizes.max(axis=0)
    pairs = cKDTree(xy / reach).query_pairs(0.999, p=np.inf, output_type="ndarray")
    d = np.abs(xy[pairs[:, 0]] - xy[pairs[:, 1]])
    need = (sizes[pairs[:, 0]] + sizes[pairs[:, 1]]) / 2
    return int(((d[:, 0] < need[:, 0] - 1e-6) & (d[:, 1] < need[:, 1] - 1e-6)).sum())


def test_many_small_chains_are_packed_parent_above_child() -> None:
    actors = [Actor(f"a{i}", f"A{i}") for i in range(40)]
    rels = [
        Relationship(f"r{k}", f"a{2 * k + 1}", f"a{2 * k}", RelationKind.HIERARCHY)
        for k in range(20)
    ]
    case = Case.from_parts(CaseInfo("pairs"), actors, rels)
    pos = layout(case, LayoutMethod.HIERARCHY)
    assert all(pos[f"a{2 * k + 1}"].y < pos[f"a{2 * k}"].y for k in range(20))
    assert _overlapping(pos, case) == []
    xs = [p.x for p in pos.values()]
    ys = [p.y for p in pos.values()]
    assert max(ys) - min(ys) > 2 * NODE_H  # packed in several rows, not one long strip
    assert max(xs) - min(xs) < 20 * (NODE_W + 30)


def test_sphere_bands_default_to_the_actors_positions() -> None:
    case = example_case()
    case.set_positions(layout(case, LayoutMethod.SPHERES))
    assert sphere_bands(case) == sphere_bands(
        case, {a.id: a.position for a in case.actors if a.position}
    )
    assert sphere_bands(Case()) == {}


def test_grid_geometry_of_an_empty_case_is_a_six_by_six_grid() -> None:
    geo = grid_geometry(Case())
    assert geo.width == pytest.approx(6 * geo.cell_width)
    assert geo.height == pytest.approx(6 * geo.cell_height)
    assert set(geo.quadrants) == set(Quadrant)
    assert geo.cell_centre(5, 5)[1] < geo.cell_centre(0, 0)[1]
