"""The report workbook on large maps: a capped map picture and a trust sheet that stays sane."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import replace
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl import Workbook
from PIL import Image

from benchmarks.generate import generate_case
from exports.excel_analysis import MAX_MATRIX
from exports.excel_report import write_report
from exports.picture import (
    A4_LANDSCAPE,
    MAX_PICTURE_PIXELS,
    MAX_PICTURE_SIDE,
    PRINT_DPI,
    fit_picture,
    map_png,
    picture_size,
)
from models import Case, RelationKind
from models.example import example_case

EMU_PER_PIXEL = 9525


def _png(width: int, height: int, colour: str = "#3366AA") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(buffer, "PNG")
    return buffer.getvalue()


def _huge_png_header(width: int, height: int) -> bytes:
    """The first bytes of a PNG claiming ``width`` × ``height`` (nothing to decode)."""
    ihdr = b"IHDR" + width.to_bytes(4, "big") + height.to_bytes(4, "big") + b"\x08\x02\x00\x00\x00"
    return b"\x89PNG\r\n\x1a\n" + (13).to_bytes(4, "big") + ihdr + b"\x00\x00\x00\x00"


def _within_cap(size: tuple[int, int]) -> bool:
    return max(size) <= MAX_PICTURE_SIDE and size[0] * size[1] <= MAX_PICTURE_PIXELS


def _map_picture(path: Path | Workbook) -> tuple[tuple[int, int], bytes]:
    wb = path if isinstance(path, Workbook) else openpyxl.load_workbook(path)
    images = [ws for ws in wb if ws._images]
    assert [ws.title for ws in images] == ["Map"]
    data = images[0]._images[0]._data()
    with Image.open(io.BytesIO(data)) as image:
        return image.size, data


def _shown_size(path: Path) -> tuple[int, int]:
    """The size Excel shows the picture at (the anchor's extent), in pixels."""
    with zipfile.ZipFile(path) as archive:
        name = next(n for n in archive.namelist() if n.startswith("xl/drawings/drawing"))
        xml = archive.read(name).decode()
    found = re.search(r'<(?:xdr:)?ext cx="(\d+)" cy="(\d+)"', xml)
    assert found is not None
    return int(found[1]) // EMU_PER_PIXEL, int(found[2]) // EMU_PER_PIXEL


@pytest.fixture(scope="module")
def big_report(tmp_path_factory: pytest.TempPathFactory) -> tuple[Case, Path]:
    case = generate_case(1000, seed=7)
    out = tmp_path_factory.mktemp("big") / "report.xlsx"
    write_report(case, out, lang="en")
    return case, out


@pytest.fixture(scope="module")
def big_workbook(big_report: tuple[Case, Path]) -> Workbook:
    """The big report as openpyxl reads it, read once for the tests that only look (issue 15:
    each of them read the 1,000 actors' workbook again, about a second of CPU each time)."""
    return openpyxl.load_workbook(big_report[1])


def test_big_report_reopens_with_a_capped_picture(
    big_report: tuple[Case, Path], big_workbook: Workbook
) -> None:
    case, out = big_report
    wb = big_workbook
    assert wb["Actors"].max_row == len(case.actors) + 1
    assert wb["Relationships"].max_row == len(case.relationships) + 1
    size, _ = _map_picture(wb)
    assert _within_cap(size)
    assert max(size) > 1000, "the picture is capped, not thumbnail-sized"
    shown = _shown_size(out)
    assert shown[0] <= 1400
    assert shown[1] <= 1000
    assert abs(shown[0] / shown[1] - size[0] / size[1]) < 0.01  # aspect ratio kept
    assert out.stat().st_size < 30_000_000


def test_big_report_lists_trust_instead_of_a_matrix(
    big_report: tuple[Case, Path], big_workbook: Workbook
) -> None:
    case, _ = big_report
    trust = [r for r in case.relationships if r.kind is RelationKind.TRUST]
    involved = {end for r in trust for end in (r.source, r.target)}
    assert len(involved) > MAX_MATRIX  # the generated case is too big for a matrix
    ws = big_workbook["Trust matrix"]
    note = ws.cell(row=1, column=1).value
    assert isinstance(note, str)
    assert str(len(involved)) in note
    assert "listed" in note
    assert ws.cell(row=2, column=1).value == "Trusts (ID)"
    rows = list(ws.iter_rows(min_row=3, values_only=True))
    assert [(r[0], r[2], r[4]) for r in rows] == [(t.source, t.target, t.level) for t in trust]
    assert ws.max_column == 5  # no actors × actors matrix
    ranges = [str(cf.sqref) for cf in ws.conditional_formatting]
    assert ranges == [f"E3:E{len(trust) + 2}"]
    assert ws.cell(row=3, column=5).fill.fill_type is None  # colour by rule, not per cell


def test_mid_size_matrix_only_for_actors_in_trust(tmp_path: Path) -> None:
    case = generate_case(200, seed=7)
    trust = [r for r in case.relationships if r.kind is RelationKind.TRUST]
    involved = [a for a in case.actors if any(a.id in (t.source, t.target) for t in trust)]
    assert len(involved) <= MAX_MATRIX < len(case.actors)
    out = tmp_path / "mid.xlsx"
    write_report(case, out, lang="nl", analyse=False)
    ws = openpyxl.load_workbook(out)["Vertrouwensmatrix"]
    header = [c.value for c in ws[1]][1:]
    assert header == [a.name for a in involved]
    names = [ws.cell(row=r, column=1).value for r in range(2, len(involved) + 2)]
    assert names == header
    index = {a.id: i for i, a in enumerate(involved)}
    for t in trust:
        assert ws.cell(row=index[t.source] + 2, column=index[t.target] + 2).value == t.level
    note = ws.cell(row=len(involved) + 3, column=1).value
    assert note.startswith(f"{len(case.actors)} actoren: alleen de {len(involved)}")


def test_small_report_keeps_its_full_matrix_and_picture(tmp_path: Path) -> None:
    case = example_case()
    picture = _png(900, 600)
    out = tmp_path / "small.xlsx"
    write_report(case, out, lang="en", picture=picture, analyse=False)
    _, data = _map_picture(out)
    assert data == picture  # a picture within the cap is embedded as it is
    assert _shown_size(out) == (900, 600)
    ws = openpyxl.load_workbook(out)["Trust matrix"]
    assert [c.value for c in ws[1]][1:] == [a.name for a in case.actors]
    assert ws.max_row == len(case.actors) + 1  # no note row


def test_a_given_picture_above_the_cap_is_scaled_down(tmp_path: Path) -> None:
    out = tmp_path / "wide.xlsx"
    write_report(example_case(), out, lang="en", picture=_png(6000, 1500), analyse=False)
    size, _ = _map_picture(out)
    assert size == (MAX_PICTURE_SIDE, 1000)
    assert _shown_size(out) == (1400, 350)


def test_fit_picture_caps_pixels_keeping_aspect() -> None:
    data = fit_picture(_png(3900, 3900))
    assert data is not None
    width, height = picture_size(data) or (0, 0)
    assert width == height
    assert width * height <= MAX_PICTURE_PIXELS
    assert width > 3400


def test_a_decompression_bomb_picture_is_replaced_not_decoded(tmp_path: Path) -> None:
    bomb = _huge_png_header(20_000, 13_500)  # 270 megapixels, as a 1,000-actor scene gave
    assert picture_size(bomb) == (20_000, 13_500)
    assert fit_picture(bomb) is None
    assert Image.MAX_IMAGE_PIXELS is not None  # Pillow's protection stays on
    out = tmp_path / "bomb.xlsx"
    write_report(example_case(), out, lang="en", picture=bomb, analyse=False)
    size, data = _map_picture(out)
    assert _within_cap(size)
    assert data != bomb


def test_scene_picture_is_an_a4_page_within_the_caps(qapp: Any) -> None:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QGraphicsScene

    scene = QGraphicsScene()
    scene.addRect(QRectF(0, 0, 30_000, 18_000), QColor("#333333"), QColor("#D6EAF8"))
    data = map_png(example_case(), "en", scene=scene)
    assert data is not None
    size = picture_size(data)
    assert size is not None
    assert _within_cap(size)
    # a wide map on A4 across (less margins) at print resolution, filling its width
    assert size[0] <= A4_LANDSCAPE[0] * PRINT_DPI + 2
    assert size[0] >= 0.95 * A4_LANDSCAPE[0] * PRINT_DPI
    assert size[1] <= A4_LANDSCAPE[1] * PRINT_DPI + 2


def test_graphviz_picture_of_a_big_unplaced_map_is_capped() -> None:
    from exports import graphviz

    if not graphviz.available("sfdp"):
        pytest.skip("Graphviz sfdp is not installed")
    big = generate_case(300, seed=3)
    actors = [replace(a, position=None) for a in big.actors]
    case = big.copy()
    case.set_positions({a.id: None for a in actors})
    data = map_png(case)
    assert data is not None
    size = picture_size(data)
    assert size is not None
    assert _within_cap(size)


def test_map_scale_shrinks_the_map_but_not_title_and_legend(qapp: Any) -> None:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QGraphicsScene

    from exports.image import render_scene_bytes

    scene = QGraphicsScene()
    scene.addRect(QRectF(0, 0, 2000, 1000), QColor("#333333"), QColor("#D6EAF8"))
    full = picture_size(render_scene_bytes(scene, "png", title="Kaart", legend=True))
    half = picture_size(render_scene_bytes(scene, "png", title="Kaart", legend=True, map_scale=0.5))
    assert full is not None
    assert half is not None
    assert full[0] - half[0] == pytest.approx(1000, abs=2)  # the legend beside keeps its width


@pytest.mark.parametrize("below", [False, True], ids=["beside", "below"])
def test_the_map_never_runs_under_its_legend(qapp: Any, below: bool) -> None:
    from PySide6.QtCore import QRectF

    from exports.image._paint import LEGEND_GAP, legend_size
    from exports.image.scene import _layout
    from exports.legend import legend_for_case

    legend = legend_for_case(example_case(), "nl")
    width, height, _paint, target = _layout(QRectF(0, 0, 200, 150), "Kaart", legend, 16.0, below)
    lw, lh = legend_size(legend, 2 if below else 1)
    if below:  # a map narrower than the legend: centred above it
        assert target.bottom() + LEGEND_GAP <= height - 16.0 - lh + 1e-6
        assert target.center().x() == pytest.approx(width / 2)
    else:  # beside: the map on the left, the legend right of it
        assert target.right() + LEGEND_GAP <= width - 16.0 - lw + 1e-6
