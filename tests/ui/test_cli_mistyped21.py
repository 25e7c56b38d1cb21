"""A mistyped command is said to be one (hostile review 21, H10): only the named command is
loaded, so ``analyze FILE`` went to the app as a file called "analyze" ("unrecognized
arguments: FILE", or "file not found" without one); ``-- analyse FILE`` was "invalid choice:
'--'"."""

from __future__ import annotations

from pathlib import Path

import pytest

from models import fileformat
from models.example import example_case
from ui.cli import _mistyped, main


@pytest.fixture
def a_map(tmp_path: Path) -> Path:
    path = tmp_path / "kaart.kvmap"
    fileformat.save(example_case(), path, backup=False)
    return path


def test_a_mistyped_command_is_named_with_the_likely_one(
    a_map: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["analyze", str(a_map)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("'analyze' is not a command, nor a file to open (did you mean 'analyse'")
    assert "The commands: analyse, casebook, diff," in err
    assert main(["--lang", "nl", "exprt"]) == 2
    assert capsys.readouterr().err.startswith(
        "'exprt' is geen opdracht en geen bestand om te openen (bedoelt u 'export'?). De"
        " opdrachten: analyse, "
    )


def test_end_of_options_before_the_command_is_allowed(
    a_map: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--", "validate", str(a_map)]) == main(["validate", str(a_map)])
    # also after the options (jurist review 22: "invalid choice: '--'")
    assert main(["--lang", "nl", "--", "validate", str(a_map)]) == main(["validate", str(a_map)])
    said = capsys.readouterr()
    assert "invalid choice" not in said.err


def test_what_may_be_a_file_still_goes_to_the_app(tmp_path: Path) -> None:
    bare = tmp_path / "kaart"  # an existing file without an extension
    bare.write_text("{}", encoding="utf-8")
    assert not _mistyped(str(bare), [str(bare)])
    assert not _mistyped(str(tmp_path / "weg.kvmap"), ["weg.kvmap"])  # the app says it is gone
    assert _mistyped("kaart", ["kaart"])  # no extension, not there: no file either
    assert _mistyped("weg.kvmap", ["weg.kvmap", "meer"])  # a file takes no more arguments
    # a name with an extension is a missing file, also when it looks like a command (H9, 22)
    assert not _mistyped("timeline.kvmap", ["timeline.kvmap"])
