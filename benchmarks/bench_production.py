"""Benchmarks for the production chapter: one default run, the explorer update."""

from __future__ import annotations

from il2lib import production
from il2lib.explorers import production as widgets_production


def default_run():
    return production.simulate()


def no_feedback_run():
    return production.simulate(stat5_feedback=False)


def explorer_update():
    return widgets_production.production_explorer_model(10.0, True, True, "naive", 1e6)


_EXPLORER_FIGURE = None


def explorer_update_with_figure():
    """What one control change costs: the model call, moving the lines, rendering the PNG."""
    global _EXPLORER_FIGURE
    if _EXPLORER_FIGURE is None:
        _EXPLORER_FIGURE = widgets_production.ProductionExplorerFigure()
    _EXPLORER_FIGURE.update(3.0, True, True, "memory", 1e6)
    return _EXPLORER_FIGURE.png()


# (label, function, repeats, target in ms or None)
CASES = [
    ("IL-2 production: one default run (0–48 h)", default_run, 20, 50.0),
    ("IL-2 production: STAT5 feedback removed", no_feedback_run, 10, None),
    ("production explorer: model call per update", explorer_update, 20, None),
    ("production explorer: model call and figure redraw (PNG)", explorer_update_with_figure,
     10, 50.0),
]


def report() -> None:
    """Lines printed under the table: the simulated landmarks and the mass balance."""
    course = production.simulate()
    when = production.timing(course)
    memory = production.timing(production.simulate(differentiation="memory"))
    print(f"production: naive mRNA peak {when.mrna_peak_h:.1f} h; secretion onset "
          f"{when.secretion_onset_h:.1f} h, peak {when.secretion_peak_h:.1f} h, < 10 % of peak at "
          f"{when.secretion_below_10pct_h:.1f} h; memory onset {memory.secretion_onset_h:.1f} h, "
          f"peak {memory.secretion_peak_h:.1f} h; free IL-2 peak {when.il2_peak_h:.1f} h, "
          f"{course.consumed_fraction[-1]:.0%} of secreted IL-2 consumed by 48 h; producers' "
          f"IL-2Rβ at 48 h {course.il2rb_per_cell[-1]:,.0f}; mass balance "
          f"{course.mass_balance_error:.1e}")
