"""Every Python module of the project stays at or under 500 lines (issue 15, item 8).

A module that grows past the limit is split by meaning (what its parts are about), not by line
count, in the same change that makes it grow; this test keeps the limit from slipping back.
The count is honest because a module is as `ruff format` prints it and `# fmt: skip` keeps only
word tables set out for reading, not packed code (tests/test_format_markers.py).
"""

from __future__ import annotations

from pathlib import Path

from tests.sources import ROOT, modules

LIMIT = 500


def _lines(path: Path) -> int:
    with path.open("rb") as handle:
        return sum(1 for _ in handle)


def test_every_module_is_at_most_500_lines() -> None:
    found = modules()
    assert len(found) > 300, "the scan found too few modules: it looks in the wrong place"
    over = {str(p.relative_to(ROOT)): n for p in found if (n := _lines(p)) > LIMIT}
    assert not over, f"modules over {LIMIT} lines (split each by meaning): {over}"


def test_the_count_is_the_number_of_lines(tmp_path: Path) -> None:
    """What the limit counts: lines as an editor numbers them, the last one without a newline
    too."""
    path = tmp_path / "m.py"
    path.write_text("a = 1\n" * LIMIT, encoding="utf-8")
    assert _lines(path) == LIMIT
    path.write_text("a = 1\n" * LIMIT + "b = 2", encoding="utf-8")
    assert _lines(path) == LIMIT + 1
