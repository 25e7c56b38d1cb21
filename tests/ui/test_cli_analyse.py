"""``krachtenveld analyse`` and ``krachtenveld diff``: output formats, exit codes, errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from models.example import example_text
from models.fileformat import load, save
from ui.cli import main

WELL = Path(__file__).resolve().parents[1] / "mapper" / "data" / "well_organised.kvmap"


@pytest.fixture
def example_text_file(tmp_path: Path) -> Path:
    path = tmp_path / "voorbeeld.kvmap"
    path.write_text(example_text(), encoding="utf-8")
    return path


def test_json_has_findings_scorecard_and_metrics(
    example_text_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["analyse", str(example_text_file), "--format", "json", "--lang", "nl"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert {"findings", "scorecard", "metrics", "map_metrics", "notes"} <= set(data)
    assert len(data["scorecard"]) == 7
    first = data["findings"][0]
    assert first["severity"] == "critical"
    assert {"code", "building_block", "title", "detail", "suggestion", "actors"} <= set(first)
    assert set(data["metrics"]) == {a.id for a in load(example_text_file).actors}
    assert {
        "degree",
        "in_degree",
        "out_degree",
        "betweenness",
        "closeness",
        "pagerank",
        "brokerage",
    } <= set(data["metrics"]["consulent"])
    assert data["quadrants"]["wethouder"]["label"] == "betrekken"


def test_well_organised_map_exits_zero(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyse", str(WELL), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Scorecard" in out
    assert "[RED" not in out


def test_text_starts_with_do_first_then_scorecard_then_causes(
    example_text_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["analyse", str(example_text_file), "--lang", "nl"]) == 1
    out = capsys.readouterr().out
    assert out.index("Eerst doen") < out.index("Scorekaart") < out.index("\nOorzaken")
    assert out.index("Scorekaart") < out.index("1. Helderheid over de bedoeling")
    assert "[KRITIEK]" in out
    assert "Wat te organiseren:" in out


def test_markdown(example_text_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["analyse", str(example_text_file), "--format", "markdown", "--lang", "en"])
    out = capsys.readouterr().out
    assert out.startswith("# Analysis")
    assert "| # | Building block | Status | Summary |" in out


def test_practice_and_without(example_text_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["analyse", str(example_text_file), "--format", "json", "--practice", "maatwerk"])
    maatwerk = json.loads(capsys.readouterr().out)
    assert maatwerk["practice"] == "maatwerk"
    # the practice filter never changes validity (issue 10): m4 is only in the custom practice
    assert "MANDATE_GENERAL_NOT_IN_WRITING" in {f["code"] for f in maatwerk["findings"]}
    assert "MANDATE_NO_LEGAL_ROOT" not in {f["code"] for f in maatwerk["findings"]}
    main(["analyse", str(example_text_file), "--format", "json", "--without", "consulent", "r26"])
    without = json.loads(capsys.readouterr().out)
    assert without["without"] == ["consulent", "r26"]
    assert "consulent" not in without["metrics"]
    assert "NEED_NO_HANDLER" in {f["code"] for f in without["what_if"]["appeared"]}
    assert "TRUST_BACKING_NEGATIVE" in {f["code"] for f in without["what_if"]["disappeared"]}
    assert main(["analyse", str(example_text_file), "--without", "teamleider", "--lang", "nl"]) == 1
    out = capsys.readouterr().out
    assert "Wat als zonder Teamleider Wijkteam Noord" in out
    assert "NEED_HOLDER_UNREACHABLE" in out.split("Wat als zonder")[1]
    # a vacant post is named by its office, in the header and in a chain (jurist, third round)
    assert main(["analyse", str(example_text_file), "--without", "manager_wi", "--lang", "nl"]) == 1
    out = capsys.readouterr().out
    assert "manager_wi" not in out
    assert "zonder Manager Werk en Inkomen)" in out.splitlines()[0]


def test_usage_and_file_errors_exit_two(
    example_text_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["analyse", str(tmp_path / "missing.kvmap")]) == 2
    assert main(["analyse", str(example_text_file), "--without", "nobody"]) == 2
    assert "nobody" in capsys.readouterr().err
    broken = tmp_path / "kapot.kvmap"
    broken.write_text("{not json", encoding="utf-8")
    assert main(["analyse", str(broken), "--lang", "nl"]) == 2
    assert "kapot.kvmap: ongeldige JSON" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        main(["analyse", str(example_text_file), "--format", "pdf"])
    assert exc.value.code == 2


def test_diff_lists_changes_and_findings(
    example_text_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = load(example_text_file)
    case.set_mandate_field("m5", "valid_until", None)
    case.remove_relationship("r26")
    newer = tmp_path / "nieuw.kvmap"
    save(case, newer, backup=False)
    assert main(["diff", str(example_text_file), str(newer), "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["relationships"]["removed"] == ["r26"]
    assert data["mandates"]["changed"]["m5"] == [
        {"field": "valid_until", "old": "2026-06-30", "new": None}
    ]
    lost = {f["code"] for f in data["findings_lost"]}
    assert {"MANDATE_EXPIRED", "TRUST_BACKING_NEGATIVE"} <= lost
    assert main(["diff", str(example_text_file), str(newer), "--lang", "nl"]) == 1
    assert "Bevindingen weg" in capsys.readouterr().out
    assert main(["diff", str(example_text_file), str(example_text_file)]) == 0
    assert main(["diff", str(example_text_file), str(tmp_path / "missing.kvmap")]) == 2


def test_diff_names_what_changed_and_a_changed_finding_is_changed(
    example_text_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from datetime import date

    from mapper import analyse
    from models.acceptance import Acceptance
    from models.enums import EntityKind

    case = load(example_text_file)
    m5 = case.mandates.get("m5")
    assert m5 is not None
    assert m5.valid_until is not None
    other = next(a for a in case.actors if a.id not in (m5.holder, m5.grantor))
    case.set_mandate_field("m5", "valid_until", "2026-09-01")  # still expired on 1 October
    case.set_mandate_field("m5", "holder", other.id)
    case.add(EntityKind.ACCEPTANCE, Acceptance("acc1", "X:y", "Bewust", "MT", date(2026, 9, 1)))
    newer = tmp_path / "nieuw.kvmap"
    save(case, newer, backup=False)
    assert main(["diff", str(example_text_file), str(newer), "--lang", "nl"]) == 1
    out = capsys.readouterr().out
    holder = load(example_text_file).actors.get(m5.holder)
    assert holder is not None
    assert f"Gemandateerde: {holder.name} → {other.name}" in out
    assert "Geldig tot en met: 30 juni 2026 → 1 september 2026" in out
    assert "Geaccepteerde bevindingen\n  + X:y: ‘Bewust’ (acc1)" in out
    assert f": '{m5.holder}'" not in out
    assert "valid_until" not in out
    # the expired mandate is the same finding with other content: changed, not gained and lost
    before = {f.id for f in analyse(load(example_text_file)).findings}
    assert "MANDATE_EXPIRED:m5" in before
    assert main(["diff", str(example_text_file), str(newer), "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert "MANDATE_EXPIRED:m5" in {c["id"] for c in data["findings_changed"]}
    assert "MANDATE_EXPIRED:m5" not in {f["id"] for f in data["findings_lost"]}
    assert "MANDATE_EXPIRED:m5" not in {f["id"] for f in data["findings_gained"]}
