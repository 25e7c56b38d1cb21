"""``analyse FILE --child`` (hidden): the analysis made by the app's analysis process, for the
bundle's smoke test (rev-code19 C4: the frozen spawn child was never started by it)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ui.cli import main

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "huisuitzetting-schulden-zorg.kvmap"


def test_the_childs_analysis_says_what_the_command_says(
    qapp: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    """Fails on the old code: there was no ``--child`` (argparse refused it, exit 2)."""
    plain = main(["analyse", str(EXAMPLE), "--lang", "nl"])
    said = capsys.readouterr().out
    code = main(["analyse", str(EXAMPLE), "--lang", "nl", "--child"])
    out, err = capsys.readouterr()
    assert code == plain == 1  # the example has critical findings
    assert out == said
    assert "krachtenveld: analysis process " in err
    assert " answered (" in err


def test_the_child_option_is_not_in_the_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["analyse", "--help"])
    assert "--child" not in capsys.readouterr().out
