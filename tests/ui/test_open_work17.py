"""Opening a big map lays out its lines with less work per line (issue 14, the open of
2,000 actors): counted, not timed."""

from __future__ import annotations

import pytest

from benchmarks.generate import generate_case
from ui.canvas import bundles
from ui.canvas.bundles import pair_key
from ui.canvas.geometry import PARALLEL_SPACING
from ui.canvas.geometry import pair_offsets as fan
from ui.canvas.scene import MapScene
from ui.document.controller import DocumentController


def test_a_lone_line_is_not_fanned_on_its_own(
    monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    """Old: the fan of every pair of actors was worked out by a call of its own, a lone line
    too (4,843 calls at 2,000 actors); a lone line runs straight without one, and the
    offsets are the same."""
    calls: list[int] = []

    def counted(
        edges: list[tuple[str, str, str]], spacing: float = PARALLEL_SPACING
    ) -> dict[str, float]:
        calls.append(len(edges))
        return fan(edges, spacing=spacing)

    monkeypatch.setattr(bundles, "pair_offsets", counted)
    scene = MapScene(DocumentController(generate_case(450, seed=3)))
    lines = [*scene.relationship_items.values(), *scene.mandate_items.values()]
    pairs: dict[tuple[str, str], int] = {}
    for line in lines:
        pairs[pair_key(line)] = pairs.get(pair_key(line), 0) + 1
    lone = sum(1 for n in pairs.values() if n == 1)
    assert lone > 300
    assert len(calls) <= len(pairs) - lone + 1  # old: one per pair
    assert all(
        scene.relationship_items[e.entity_id].offset == 0.0
        for e in lines
        if pairs[pair_key(e)] == 1 and e.entity_id in scene.relationship_items
    )
