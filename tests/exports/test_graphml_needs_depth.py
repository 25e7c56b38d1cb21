"""Issue 13 item 6 (part): deeply nested JSON in GraphML's ``needs`` or in a list cell.

``json.loads`` raised ``RecursionError`` on 100,000 nested arrays; now the import is refused with
a message naming the file and the attribute, or (in a list cell such as tags) the text is kept
as text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from exports.errors import ImportFileError
from exports.formats import import_file
from exports.needs_json import NEEDS_DEPTH

HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">'
    '<key id="g_needs" for="graph" attr.name="needs" attr.type="string"/>'
    '<key id="n_tags" for="node" attr.name="tags" attr.type="string"/>'
)


def _file(tmp_path: Path, needs: str, tags: str = "") -> Path:
    path = tmp_path / "diep.graphml"
    path.write_text(
        f'{HEAD}<graph id="G" edgedefault="directed"><data key="g_needs">{needs}</data>'
        f'<node id="a"><data key="n_tags">{tags}</data></node></graph></graphml>',
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize("levels", [100_000, 2_000, NEEDS_DEPTH + 1])
def test_deep_needs_are_refused_with_a_located_message(tmp_path: Path, levels: int) -> None:
    path = _file(tmp_path, "[" * levels + "]" * levels)
    with pytest.raises(ImportFileError) as info:
        import_file(path)
    text = info.value.render("en")
    assert str(path) in text
    assert '"needs"' in text
    assert "nested too deeply" in text
    assert "te diep genest" in info.value.render("nl")


def test_needs_at_the_depth_limit_are_read(tmp_path: Path) -> None:
    nested = "[" * (NEEDS_DEPTH - 1) + "]" * (NEEDS_DEPTH - 1)
    path = _file(tmp_path, f"[{nested}]")
    assert len(import_file(path).case.needs) == 0


@pytest.mark.parametrize("levels", [50_000, 3_000])
def test_deep_list_cell_stays_text(tmp_path: Path, levels: int) -> None:
    """Not a JSON list of texts, so one tag; too long a tag, refused with the usual message."""
    path = _file(tmp_path, "", tags="[" * levels + "]" * levels)
    with pytest.raises(ImportFileError) as info:
        import_file(path)
    text = info.value.render("en")
    assert 'node 1 (<node id="a">, line 1), attribute "tags"' in text
    assert f"text is {2 * levels} characters" in text
