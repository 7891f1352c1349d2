"""Benchmarks for the therapy chapter: a five-day high-dose course, the therapy explorer."""

from __future__ import annotations

from dataclasses import replace

from il2lib import therapy, units
from il2lib.explorers import therapy as widgets_therapy

LOW_DOSE_12_WEEKS = replace(therapy.LOW_DOSE, n_doses=84)


def high_dose_course():
    """PK, pSTAT5 in Treg/CD8/NK/endothelium and the vascular leak over 14 doses (5 days)."""
    return therapy.simulate_course(therapy.HIGH_DOSE)


def high_dose_course_cold():
    """The same, with the pSTAT5 tables computed afresh (the first course of a variant)."""
    therapy._pstat5_curves.cache_clear()
    return therapy.simulate_course(therapy.HIGH_DOSE)


def low_dose_course():
    return therapy.simulate_course(therapy.LOW_DOSE)


def low_dose_expansion():
    """Treg, Th, CD8 and NK numbers over 12 weeks of daily low-dose IL-2, the cells clearing
    the drug (population model and pharmacokinetics integrated together)."""
    return therapy.expansion(LOW_DOSE_12_WEEKS)


def high_dose_expansion():
    return therapy.expansion(therapy.HIGH_DOSE)


def explorer_update():
    return widgets_therapy.therapy_explorer_model(300_000, 12, "iv", "Treg mutein")


_FIGURE = None


def explorer_update_with_figure():
    """What one control change costs: the model call, moving the lines, rendering the PNG."""
    global _FIGURE
    if _FIGURE is None:
        _FIGURE = widgets_therapy.TherapyExplorerFigure()
        _FIGURE.update(600_000, 8, "iv", "IL-2")
    _FIGURE.update(300_000, 12, "iv", "IL-2")
    return _FIGURE.png()


# (label, function, repeats, target in ms or None)
CASES = [
    ("therapy: 5-day high-dose course (PK, pSTAT5, leak)", high_dose_course, 30, 100.0),
    ("therapy: the same, pSTAT5 tables computed afresh", high_dose_course_cold, 30, 100.0),
    ("therapy: 5-day low-dose course", low_dose_course, 30, None),
    ("therapy: expansion, 12 weeks of low dose (populations + PK)", low_dose_expansion, 5,
     1000.0),
    ("therapy: expansion, 5-day high-dose course (populations)", high_dose_expansion, 5, None),
    ("therapy explorer: model call per update", explorer_update, 30, 20.0),
    ("therapy explorer: model call and figure redraw (PNG)", explorer_update_with_figure,
     10, 50.0),
]


def report() -> None:
    """Peak and trough of both presets, their leak index and the expansion of each population."""
    for regimen in (therapy.HIGH_DOSE, therapy.LOW_DOSE):
        course = therapy.simulate_course(regimen)
        peak, trough = course.peak_conc_M, course.trough_conc_M
        print(f"therapy: {regimen.name}: peak {peak * 1e12:,.4g} pM "
              f"({units.molar_to_ng_per_ml(peak):.4g} ng/mL), trough {trough * 1e12:,.4g} pM "
              f"({units.molar_to_ng_per_ml(trough):.4g} ng/mL), leak index "
              f"{course.toxicity_index:.3f} (high dose = 1)")
    for regimen in (LOW_DOSE_12_WEEKS, therapy.HIGH_DOSE):
        run = therapy.expansion(regimen)
        folds = ", ".join(f"{cell} {run.fold(cell)[-1]:.3g}" for cell in run.cells)
        print(f"therapy: {regimen.name}, {regimen.duration_h / 24:.0f} days: fold expansion "
              f"{folds}; Treg:Th {run.treg_to_tcon_fold()[-1]:.3g}")
