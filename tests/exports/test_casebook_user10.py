"""The casebook as a manager reads it (new user, tenth round): no "Read now: 5; from the
index: 0", and the dialog says where the hidden index file is kept and why there. Both tests
fail on the code before this change.
"""

from __future__ import annotations

from pathlib import Path

from exports.casebook import INDEX_NAME, run_casebook
from exports.casebook.words import index_place, summary_line
from models import fileformat
from models.example import example_case
from models.templates import TEMPLATES


def _folder(tmp_path: Path) -> Path:
    root = tmp_path / "maps"
    root.mkdir()
    fileformat.save(example_case(), root / "a.kvmap", backup=False)
    fileformat.save(TEMPLATES[0].build(), root / "b.kvmap", backup=False)
    (root / "c.kvmap").write_text("{ damaged", encoding="utf-8")
    return root


def test_the_summary_says_what_a_manager_needs(tmp_path: Path) -> None:
    root = _folder(tmp_path)
    first = run_casebook(root, "nl", workers=1)
    assert summary_line(first, "nl") == (
        "2 casussen geanalyseerd; 1 bestand overgeslagen (zie onder)."
    )
    again = run_casebook(root, "en", workers=1)
    assert summary_line(again, "en") == "2 cases analysed; 1 file left out (see below)."
    second = run_casebook(root, "nl", workers=1)
    assert summary_line(second, "nl") == (
        "2 casussen geanalyseerd; 1 bestand overgeslagen (zie onder). Twee bestanden waren "
        "sinds de vorige keer niet veranderd; de uitkomst daarvan is hergebruikt."
    )
    assert "index" not in summary_line(second, "nl").casefold()


def test_the_hidden_index_file_is_named_with_why_it_is_there(tmp_path: Path) -> None:
    run = run_casebook(_folder(tmp_path), "nl", workers=1)
    assert index_place(run, "nl") == (
        f"De uitkomsten worden bewaard in het verborgen bestand {INDEX_NAME} in deze map, zodat "
        "een collega die de map opent ze niet opnieuw hoeft te laten analyseren; het is alleen "
        "een hulpbestand en mag weg."
    )
    assert index_place(run, "en").startswith(
        f"The results are kept in the hidden file {INDEX_NAME}"
    )
