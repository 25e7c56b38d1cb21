"""A loop of symbolic links as the output is said in words (hostile review 22, H3): ``layout
--out`` onto it stopped with "RuntimeError: Symlink loop … a fault in Krachtenveld itself", and
``export --anonymise`` called it an existing file that is no anonymised copy."""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

import pytest

from models.os_words import os_reason
from models.safeio import same_file
from ui.cli import main

EXAMPLE = Path(__file__).parents[2] / "examples" / "huisuitzetting-schulden-zorg.kvmap"
LOOP_EN = "the path is a loop of symbolic links that point at each other; choose another name"
LOOP_NL = "het pad is een kring van symbolische koppelingen die naar elkaar verwijzen"


@pytest.fixture
def loop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """``l1.kvmap`` -> ``l2.kvmap`` -> ``l1.kvmap``, beside a copy of the example ``m.kvmap``."""
    monkeypatch.chdir(tmp_path)
    shutil.copy(EXAMPLE, "m.kvmap")
    os.symlink("l1.kvmap", "l2.kvmap")
    os.symlink("l2.kvmap", "l1.kvmap")
    return tmp_path / "l1.kvmap"


def test_a_loop_is_no_file_and_its_reason_is_worded(loop: Path) -> None:
    assert not same_file(loop, "m.kvmap")
    assert not same_file("m.kvmap", loop)
    assert same_file("m.kvmap", loop.parent / "sub" / ".." / "m.kvmap")
    with pytest.raises(OSError) as raised:
        loop.stat()
    assert raised.value.errno == errno.ELOOP
    said = os_reason(raised.value)
    assert said["reason"] == LOOP_EN
    assert said["reason_nl"].startswith(LOOP_NL)


@pytest.mark.parametrize(
    ("args", "lang", "said"),
    [
        (["layout", "m.kvmap", "--out", "l1.kvmap", "--method", "grid"], "en", LOOP_EN),
        (["export", "m.kvmap", "--to", "l1.kvmap", "--anonymise"], "en", LOOP_EN),
    ],
)
def test_writing_onto_a_loop_says_so_and_writes_nothing(
    loop: Path, capsys: pytest.CaptureFixture[str], args: list[str], lang: str, said: str
) -> None:
    before = Path("m.kvmap").read_bytes()
    assert main([*args, "--lang", lang]) == 2
    err = capsys.readouterr().err
    assert "l1.kvmap: " in err
    assert said in err
    assert "fault" not in err
    assert "fout in Krachtenveld" not in err
    assert "already exists" not in err
    assert os.readlink(loop) == "l2.kvmap"  # the links are as they were
    assert Path("m.kvmap").read_bytes() == before
    assert sorted(p.name for p in loop.parent.iterdir()) == ["l1.kvmap", "l2.kvmap", "m.kvmap"]
