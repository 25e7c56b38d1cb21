"""The wheel-step benchmark runs and reports its figures (benchmarks/zoom.py, ux19)."""

from __future__ import annotations

from benchmarks.zoom import measure


def test_the_zoom_benchmark_reports_steps_as_ratios_to_the_fitted_paint() -> None:
    out = measure(60)
    assert out["actors"] == 60
    assert out["fitted_paint_s"] > 0
    steps = [key for key in out if key.endswith("_step_ratio")]
    assert steps  # closer in than LOD_ARROWS, further out, or both
    for key in steps:
        assert out[key] > 0
