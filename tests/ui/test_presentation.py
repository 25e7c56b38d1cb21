"""Presentation mode (F5), driven by the keyboard on real widgets; its screenshot step."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from exports.nota_dates import still_due
from mapper import analyse
from mapper.remedy import remedy, try_remedy
from mapper.wording import noun, word
from models import Case, CaseInfo
from models.example import example_case
from models.fileformat import save
from tests.ui.docks_support import english_ui  # noqa: F401
from tests.ui.window_support import example_presentation, open_window, present
from ui.canvas.item_base import LABEL_FONT_SIZE
from ui.canvas.scene_grid import ViewMode
from ui.cli import main
from ui.document.controller import DocumentController
from ui.present import PresentationWindow
from ui.present.steps import MAX_CAUSES, build_steps
from ui.present.view import DIMMED, DIMMED_TIE
from ui.present.window import CAPTION_SHARE
from ui.window.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("english_ui")


def _window(qtbot: QtBot, tmp_path: Path, case: Case) -> MainWindow:
    return open_window(qtbot, tmp_path, DocumentController(case))


def test_f5_steps_through_the_top_causes_and_esc_restores_the_editor(
    qtbot: QtBot, example_window: MainWindow
) -> None:
    example_window.controller.set_selection(["consulent"])
    example_window.set_view_mode(ViewMode.GRID)
    example_window.view.zoom_by(1.3)
    before = (
        example_window.view.transform(),
        example_window.scene.view_mode,
        example_window.controller.selection,
    )
    positions = {i: item.pos() for i, item in example_window.scene.actor_items.items()}
    presentation = present(qtbot, example_window)
    assert presentation.isFullScreen()
    assert example_window.scene.view_mode == "map"  # the presentation shows the map
    result = analyse(example_window.controller.case)
    causes = [step.cause for step in presentation.steps[1:]]
    assert [c.id for c in causes[:3] if c] == list(result.summary.first)  # "Do first" first
    assert presentation.index == 0
    assert presentation.counter.text() == "Overview"
    assert presentation.view.dimmed() == set()
    QTest.keyClick(presentation, Qt.Key.Key_Right)
    first = result.first()[0]
    assert presentation.index == 1
    assert presentation.heading.text() == first.title("en")
    # as the session's day says it: a deadline gone by then "as soon as possible" (U4)
    said = still_due(first.suggestion("en"), example_window.controller.case, date.today(), "en")
    assert presentation.organise.text() == f"What to organise: {said}"
    assert presentation.counter.text().startswith("Point 1 of ")
    dimmed = presentation.view.dimmed()
    assert dimmed
    assert not dimmed & set(first.actors)
    assert set(example_window.scene.actor_items) - set(first.actors) <= dimmed
    shown = presentation.view.mapToScene(presentation.view.viewport().rect()).boundingRect()
    for actor in first.actors:
        assert shown.contains(example_window.scene.actor_items[actor].sceneBoundingRect().center())
    QTest.keyClick(presentation, Qt.Key.Key_PageDown)
    QTest.keyClick(presentation, Qt.Key.Key_Space)
    assert presentation.index == 3
    QTest.keyClick(presentation, Qt.Key.Key_Left)
    assert presentation.index == 2
    QTest.keyClick(presentation, Qt.Key.Key_PageUp)
    assert presentation.heading.text() == first.title("en")
    QTest.keyClick(presentation, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: example_window.presenter.presentation is None)
    assert (
        example_window.view.transform(),
        example_window.scene.view_mode,
        example_window.controller.selection,
    ) == before
    assert {i: item.pos() for i, item in example_window.scene.actor_items.items()} == positions
    assert all(item.opacity() == 1.0 for item in example_window.scene.actor_items.values())
    assert example_window.actions_["view_grid"].isChecked()


def test_stepping_beyond_either_end_stays_on_the_last_step(
    qtbot: QtBot, example_window: MainWindow
) -> None:
    presentation = present(qtbot, example_window)
    last = len(presentation.steps) - 1
    assert 1 <= last <= MAX_CAUSES
    QTest.keyClick(presentation, Qt.Key.Key_Left)
    assert presentation.index == 0
    for _ in range(last + 3):
        QTest.keyClick(presentation, Qt.Key.Key_Right)
    assert presentation.index == last
    assert presentation.counter.text().startswith(f"Point {last} of {last}")
    QTest.keyClick(presentation, Qt.Key.Key_Home)
    assert presentation.index == 0


def _to_spend_budget(presentation: PresentationWindow) -> None:
    """Step to the caseworker's bijzondere-bijstand cause (a remedy by mandate exists): since
    jurist M1 it is no longer point 1, which is the corporation's own decision (no remedy)."""
    for _ in range(len(presentation.steps)):
        QTest.keyClick(presentation, Qt.Key.Key_Right)
        step = presentation.step
        if step.cause is not None and step.cause.id == "power:bijzondere_bijstand":
            return
    raise AssertionError("no step for power:bijzondere_bijstand")


def test_what_if_toggle_says_which_findings_disappear(
    qtbot: QtBot, example_window: MainWindow
) -> None:
    presentation = present(qtbot, example_window)
    assert "W" not in presentation.hint.text()  # the overview has no change to try
    _to_spend_budget(presentation)
    assert "W what if" in presentation.hint.text()
    assert presentation.what_if_text() == ""
    assert presentation.whatif_label.isHidden()
    QTest.keyClick(presentation, Qt.Key.Key_W)
    assert presentation.what_if_text() == "What if: calculating…"  # off the GUI thread
    qtbot.waitUntil(lambda: not presentation.what_if_busy(), timeout=10000)
    qtbot.waitUntil(lambda: "calculating" not in presentation.what_if_text())
    case = example_window.controller.case
    mandates_before = len(case.mandates)
    cause = presentation.step.cause
    assert cause is not None
    outcome = try_remedy(case, cause)
    assert outcome is not None
    assert outcome.change.disappeared
    gone = {f.id for f in outcome.change.disappeared}
    assert gone & set(cause.findings)  # the cause's own findings go
    lines = presentation.what_if_text().splitlines()
    assert lines[0] == outcome.sentence("en")
    titles, more = outcome.gone("en")
    assert len(titles) + more == len({f.title("en") for f in outcome.change.disappeared})
    assert lines[1] == f"– {outcome.change.disappeared[0].title('en')}"
    new = {f.title("en") for f in outcome.change.appeared}
    # and a sentence counting the rest, and "New: …" for what comes
    assert len(lines) == 1 + len(titles) + bool(more) + min(2, len(new))
    if more:  # a sentence of its own after the list (new user, sixth round 7)
        assert (
            lines[1 + len(titles)]
            == f"And {word(more, 'en')} more {noun(more, 'finding', 'findings')}."
        )
    # the act the caption advises: the mandate directly, in place of the sub-mandate
    assert presentation.what_if_text().startswith(
        "What if the municipal executive (College van B&W) grants"
    )
    assert not presentation.whatif_label.isHidden()
    assert presentation.organise.isHidden()  # the concrete change stands in for the advice
    assert len(case.mandates) == mandates_before  # the map itself is not changed
    # a point the map cannot fix by itself (user review 2): no W, no "nothing to try"; it
    # opens on its advice, the what-if off (new user, third round 7)
    plain = [
        i
        for i, step in enumerate(presentation.steps)
        if step.cause is not None and remedy(case, step.cause) is None
    ]
    assert plain, "the example has a point the map cannot fix by itself"
    presentation.go(plain[0])
    assert presentation.what_if_text() == ""
    assert presentation.whatif_label.isHidden()
    assert "W" not in presentation.hint.text()
    assert not presentation.organise.isHidden()
    QTest.keyClick(presentation, Qt.Key.Key_W)  # nothing to try: nothing happens
    assert presentation.what_if_text() == ""
    assert presentation.whatif_label.isHidden()


def test_a_map_without_causes_says_there_is_nothing_topresent(qtbot: QtBot, tmp_path: Path) -> None:
    win = _window(qtbot, tmp_path, Case.from_parts(CaseInfo("Leeg")))
    try:
        presentation = present(qtbot, win)
        assert len(presentation.steps) == 1
        assert presentation.organise.text() == "Nothing to present yet: the map is empty."
        QTest.keyClick(presentation, Qt.Key.Key_Right)
        assert presentation.index == 0
        QTest.keyClick(presentation, Qt.Key.Key_W)  # nothing to try: no error, no line
        assert presentation.whatif_label.isHidden()
    finally:
        win.presenter.stop()
        runner = win.analysis_runner()
        if runner is not None:
            runner.shutdown()


def test_steps_move_smoothly(qtbot: QtBot, example_window: MainWindow) -> None:
    presentation = present(qtbot, example_window)
    qtbot.waitUntil(lambda: not presentation.view.moving(), timeout=5000)
    view = presentation.view
    view.animate = True
    start = view.zoom()
    # a cause with a few actors close together (point 1, the corporation's own decision, spans
    # the map since jurist M1 ranked it first)
    index = next(
        s.index
        for s in presentation.steps
        if s.cause is not None and s.cause.id == "power:bijzondere_bijstand"
    )
    assert presentation.go(index)
    assert view.moving()
    # the frames on the way, read at fixed moments of the move rather than counted as a busy
    # machine happens to deliver them
    view.animation.pause()
    duration = view.animation.duration()
    zooms = []
    for sixth in range(1, 6):
        view.animation.setCurrentTime(duration * sixth // 6)
        zooms.append(view.zoom())
    view.animation.resume()
    qtbot.waitUntil(lambda: not view.moving(), timeout=5000)
    end = view.zoom()
    assert end > start  # the step zooms in on its actors
    # several frames on the way, not a jump (the way out and in again: not monotonic)
    assert len({start, *zooms, end}) == len(zooms) + 2


def test_build_steps_without_an_analysis_is_only_the_overview() -> None:
    assert [s.index for s in build_steps(None)] == [0]


def test_a_step_involves_the_other_organisations_of_its_needs() -> None:
    case = example_case()
    steps = build_steps(analyse(case), case)
    by_cause = {s.cause.id: s for s in steps if s.cause is not None}
    # GGZ Rivierland's own decision (o4), no agreement with the municipality (o1): the
    # caseworker and the GGZ team are the cause's own actors, so nobody is added
    push = by_cause["power:ggz_behandeling"]
    assert push.cause is not None
    assert push.cause.actors == ("consulent", "ggz")
    assert push.actor_ids() == ("consulent", "ggz")
    # the municipality's other actors are not drawn in: the caseworker stands for it
    municipality = {a.id for a in case.actors if a.organisation == "o1"}
    assert municipality & set(push.actor_ids()) == {"consulent"}
    # a step whose actors already include every organisation adds nobody
    other = by_cause["power:ontruiming_aanhouden"]
    assert other.cause is not None
    assert other.actor_ids() == other.cause.actors
    # without the map there is nobody to add
    assert all(s.parties == () for s in build_steps(analyse(case)))


@pytest.mark.parametrize("size", ["1366x768", "1920x1080"])
def test_screenshot_renders_a_presentation_step(
    qapp: object, tmp_path: Path, size: str, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "voorbeeld.kvmap"
    save(example_case(), source)
    out = tmp_path / "step.png"
    args = ["screenshot", str(source), "--out", str(out), "--view", "present", "--size", size]
    assert main([*args, "--step", "1", "--lang", "en"]) == 0
    image = QImage(str(out))
    width, height = (int(v) for v in size.split("x"))
    assert (image.width(), image.height()) == (width, height)
    caption = image.pixelColor(width // 2, height - 5)  # the dark caption band at the bottom
    assert caption.lightness() < 80
    assert main([*args, "--step", "99", "--lang", "en"]) == 2
    assert "no step 99" in capsys.readouterr().err
    # the refused step closed its window too: left shown, it took the mouse from the windows
    # of later tests in the same process (test_zoom_anchor17's wheel test timed out)
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    assert not [w for w in shown if w.isVisible()]


def test_dimmed_is_calm_but_readable() -> None:
    """Context a step is not about is faded, yet its names still read (new user, fourth
    round, 9 and 10: at 0.12 it was pale shapes nobody could follow); the ties it is not
    about fade more, so the step's own ties stand out."""
    assert 0.3 <= DIMMED <= 0.5
    assert 0 < DIMMED_TIE < DIMMED


def test_the_actors_of_a_step_keep_their_names_and_the_editor_gets_its_sizes_back(
    qtbot: QtBot, example_window: MainWindow
) -> None:
    items = example_window.scene.actor_items
    before = {i: (item.scale(), item.label_hidden) for i, item in items.items()}
    presentation = present(qtbot, example_window)
    QTest.keyClick(presentation, Qt.Key.Key_Right)
    cause = presentation.step.cause
    assert cause is not None
    assert [a for a in cause.actors if items[a].label_hidden] == []
    view = presentation.view
    for actor in cause.actors:  # names at least the presentation's size on screen
        assert items[actor].scale() * view.zoom() * LABEL_FONT_SIZE >= view.min_pt * 0.7 - 1e-6
    QTest.keyClick(presentation, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: example_window.presenter.presentation is None)
    assert {i: (item.scale(), item.label_hidden) for i, item in items.items()} == before


SECOND_SCREEN_CHILD = """
import json, sys, tempfile
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from models.example import example_case
from ui.document.controller import DocumentController
from ui.window.main_window import MainWindow
app = QApplication([])
laptop = next(s for s in app.screens() if s.name() == "laptop")
settings = QSettings(tempfile.mktemp(suffix=".ini"), QSettings.Format.IniFormat)
win = MainWindow(DocumentController(example_case()), settings=settings, safety=False)
win.setScreen(laptop)
win.setGeometry(laptop.availableGeometry().adjusted(0, 30, 0, 0))
win.show()
app.processEvents()
shown = win.presenter.start()
app.processEvents()
out = {"screen": shown.screen().name(), "full": shown.isFullScreen(),
       "size": [shown.width(), shown.height()], "editor": win.screen().name()}
shown.close()
win.analysis_runner().shutdown()
print(json.dumps(out))
"""


def test_the_presentation_opens_on_the_second_screen(tmp_path: Path) -> None:
    import json
    import os
    import subprocess
    import sys

    config = tmp_path / "screens.json"
    screens = [
        {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768},
        {"name": "beamer", "x": 1366, "y": 0, "width": 1920, "height": 1080},
    ]
    config.write_text(json.dumps({"screens": screens}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    done = subprocess.run(
        [sys.executable, "-c", SECOND_SCREEN_CHILD],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    shown = json.loads(done.stdout.strip().splitlines()[-1])
    assert shown == {"screen": "beamer", "full": True, "size": [1920, 1080], "editor": "laptop"}


def test_the_presentation_follows_a_language_switch(
    qtbot: QtBot, example_window: MainWindow
) -> None:
    from ui.i18n import set_language

    presentation = present(qtbot, example_window)
    _to_spend_budget(presentation)
    QTest.keyClick(presentation, Qt.Key.Key_W)
    qtbot.waitUntil(lambda: "calculating" not in presentation.what_if_text(), timeout=10000)
    assert presentation.what_if_text().startswith("What if ")
    set_language("nl", persist=False)
    qtbot.waitUntil(lambda: presentation.counter.text().startswith("Punt "))
    cause = presentation.step.cause
    assert cause is not None
    assert presentation.heading.text() == cause.title("nl")
    qtbot.waitUntil(lambda: presentation.what_if_text().startswith("Wat als "), timeout=10000)


def test_a_collapsed_organisation_stands_for_its_actors(
    qtbot: QtBot, example_window: MainWindow
) -> None:
    scene = example_window.scene
    scene.request_collapse("o5", True)  # Belastingsamenwerking Rivierland (a point of its own)
    scene.request_collapse("o6", True)  # Deurwaarderskantoor Van Dam
    assert set(scene.collapsed_items) == {"o5", "o6"}
    presentation = present(qtbot, example_window)
    index = next(
        s.index
        for s in presentation.steps
        if s.cause is not None and "belastingen" in s.cause.actors
    )
    presentation.go(index)
    cause = presentation.step.cause
    assert cause is not None
    node = scene.collapsed_items["o5"]
    assert node.opacity() == 1.0  # the box speaks for the involved tax office
    if "deurwaarder" not in cause.actors:
        assert scene.collapsed_items["o6"].opacity() == pytest.approx(DIMMED)  # context
    shown = presentation.view.mapToScene(presentation.view.viewport().rect()).boundingRect()
    assert shown.contains(node.sceneBoundingRect().center())
    QTest.keyClick(presentation, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: example_window.presenter.presentation is None)
    assert all(n.opacity() == 1.0 for n in scene.collapsed_items.values())
    assert all(t.opacity() == 1.0 for t in scene.tie_items.values())
    assert example_window.controller.case.organisations.get("o5").collapsed  # type: ignore[union-attr]


def test_f5_right_after_an_edit_presents_the_map_as_it_is(
    qtbot: QtBot, example_window: MainWindow
) -> None:
    runner = example_window.analysis_runner()
    assert runner is not None
    qtbot.waitUntil(lambda: not runner.stale, timeout=10000)
    before = runner.latest
    assert before is not None
    assert any("r26" in f.ids() for f in before.findings)  # the consulent's distrust
    example_window.controller.remove(["r26"])
    assert runner.stale  # the re-analysis waits for its debounce
    presentation = present(qtbot, example_window)
    assert presentation.analysis is not before
    assert presentation.analysis is not None
    assert not any("r26" in f.ids() for f in presentation.analysis.findings)


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_every_actor_is_named_in_the_overview_and_each_step(
    qtbot: QtBot, size: tuple[int, int]
) -> None:

    case, scene, presentation = example_presentation(qtbot, size, "nl")
    for index, step in enumerate(presentation.steps):
        presentation.go(index)
        QApplication.processEvents()
        wanted = set(step.actor_ids()) or set(scene.actor_items)
        # the opening slide names every actor (the alderman who owns the intent among them)
        assert wanted <= presentation.view.named(), (index, wanted - presentation.view.named())
        if step.cause is None:
            assert "wethouder" in presentation.view.named()
            assert len(presentation.view.named()) == len(case.actors)


def test_a_long_point_shrinks_its_caption_to_leave_the_map_its_room(
    qtbot: QtBot, example_window: MainWindow
) -> None:
    presentation = present(qtbot, example_window)
    QTest.keyClick(presentation, Qt.Key.Key_Right)  # point 1: a long title and advice
    assert presentation.index == 1  # the step and its caption are set at once: nothing to wait for
    h = presentation.height()
    shown = presentation.caption_height()
    smallest = round(0.75 * 0.044 * h)
    # within its share of the screen, or as small as the type may get
    assert shown <= CAPTION_SHARE * h + 1 or presentation.heading.font().pixelSize() == smallest
    assert presentation.heading.font().pixelSize() >= smallest
    presentation._set_fonts(h)  # the full size takes more of the screen
    assert presentation.caption_height() > shown
