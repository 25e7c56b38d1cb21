"""The README quotes the example's analysis: the quote must be what the program prints.

Issue 11: the README still said "12 oorzaken" long after the analysis found fifteen. Each line
of the quoted output must be a line the program prints today, in the same order; a line ending
in "…" is the start of a longer line, a line that is only "…" stands for lines left out. When
the analysis changes, run the command the README shows and quote its output again.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ui.cli import main

ROOT = Path(__file__).resolve().parent.parent
COMMAND = "$ krachtenveld analyse examples/huisuitzetting-schulden-zorg.kvmap --lang nl"


def _quoted() -> list[str]:
    """The README's quoted output lines of :data:`COMMAND`."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    found = re.search(re.escape(COMMAND) + r"\n(.*?)\n```", readme, re.DOTALL)
    assert found is not None, f"README.md no longer quotes {COMMAND!r}"
    return found[1].splitlines()


def _matches(quoted: list[str], printed: list[str]) -> list[str]:
    """The quoted lines that are not printed (in this order); empty when all are."""
    missing: list[str] = []
    at = 0
    for line in quoted:
        if line.strip() == "…":
            continue
        start = line.removesuffix("…").rstrip() if line.endswith("…") else None
        for i in range(at, len(printed)):
            shown = printed[i].rstrip()
            if shown == line.rstrip() or (start is not None and shown.startswith(start)):
                at = i + 1
                break
        else:
            missing.append(line)
    return missing


def test_the_readmes_quoted_analysis_is_what_the_program_prints(
    capsys: pytest.CaptureFixture[str],
) -> None:
    quoted = _quoted()
    assert any("oorzaken" in line for line in quoted)  # the numbers are quoted
    args = COMMAND.removeprefix("$ krachtenveld ").split()
    args[1] = str(ROOT / args[1])
    main(args)
    printed = capsys.readouterr().out.splitlines()
    assert _matches(quoted, printed) == [], "\n".join(printed[:30])


def test_a_changed_number_is_caught() -> None:
    printed = ["Eerst doen", "  De analyse vindt vijftien oorzaken, waarvan vijf kritiek."]
    assert _matches(["Eerst doen", "  De analyse vindt vijftien oorzaken, …"], printed) == []
    stale = "  De analyse vindt 12 oorzaken, waarvan vijf kritiek."
    assert _matches(["Eerst doen", stale], printed) == [stale]
    assert _matches(["  De analyse vindt vijftien oorzaken, …", "Eerst doen"], printed) == [
        "Eerst doen"  # out of order
    ]
