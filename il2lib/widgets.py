"""ipywidgets explorers: each a thin view over one model function.

Examples
--------
>>> from il2lib import widgets
>>> curve = widgets.receptor_explorer_model("IL-2", 3480, 660, 14000)
>>> curve.ec50_M < 1e-10
True
"""

from __future__ import annotations

import numpy as np

from il2lib import plotting, signaling
from il2lib.cells import CELL_TYPES, ReceptorProfile

EXPLORER_CONC_M = np.logspace(-14, -6, 161)


def receptor_explorer_model(cytokine: str, il2ra_per_cell: float, il2rb_per_cell: float,
                            gamma_c_per_cell: float, il15ra_per_cell: float = 0.0
                            ) -> signaling.DoseResponse:
    """The model call behind one update of :func:`receptor_explorer`.

    Examples
    --------
    >>> receptor_explorer_model("IL-15", 22, 8500, 7600).pstat5.shape
    (161,)
    """
    cell = ReceptorProfile("your cell", il2ra_per_cell, il2rb_per_cell, gamma_c_per_cell,
                           il15ra_per_cell)
    return signaling.dose_response(cytokine, cell, EXPLORER_CONC_M)


def receptor_explorer_figure(cytokine: str, il2ra_per_cell: float, il2rb_per_cell: float,
                             gamma_c_per_cell: float):
    """The figure of one explorer update: your cell's curve over the four blood cell types.

    Examples
    --------
    >>> fig, curve = receptor_explorer_figure("IL-2", 3480, 660, 14000)
    >>> len(fig.axes)
    1
    """
    import matplotlib.pyplot as plt

    curve = receptor_explorer_model(cytokine, il2ra_per_cell, il2rb_per_cell, gamma_c_per_cell)
    references = signaling.pstat5_table(cytokine, EXPLORER_CONC_M)
    fig, ax = plt.subplots(figsize=(6.4, 3.8))
    for name, response in references.items():
        plotting.plot_dose_response(ax, EXPLORER_CONC_M, response, label=name,
                                    colour=plotting.colour_of(name), alpha=0.35, linewidth=1.2)
    plotting.plot_dose_response(ax, EXPLORER_CONC_M, curve.pstat5, label="your cell",
                                colour=plotting.OTHER_COLOUR, ec50_M=curve.ec50_M)
    plotting.conc_axis(ax, cytokine)
    ax.legend(loc="upper left", fontsize=9)
    return fig, curve


def receptor_explorer():
    """Receptor numbers and cytokine → pSTAT5 dose–response, against the four blood cell types.

    Returns an ``ipywidgets.VBox``; display it as a cell's last expression.

    Examples
    --------
    >>> box = receptor_explorer()  # doctest: +SKIP
    """
    import ipywidgets as w
    import matplotlib.pyplot as plt
    from IPython.display import display

    def chain_slider(description, value):
        return w.FloatLogSlider(value=value, base=10, min=0, max=5, step=0.05,
                                description=description, readout_format=".3g",
                                continuous_update=False, style={"description_width": "6em"},
                                layout=w.Layout(width="28em"))

    start = CELL_TYPES["Th"]
    preset = w.Dropdown(options=list(CELL_TYPES), value="Th", description="start from",
                        style={"description_width": "6em"})
    cytokine = w.ToggleButtons(options=["IL-2", "IL-15"], value="IL-2", description="cytokine",
                               style={"description_width": "6em"})
    alpha = chain_slider("IL-2Rα", start.il2ra_per_cell)
    beta = chain_slider("IL-2Rβ", start.il2rb_per_cell)
    gamma = chain_slider("γc", start.gamma_c_per_cell)
    out = w.Output()
    readout = w.HTML()
    loading_preset = False

    def redraw(*_):
        if loading_preset:
            return
        fig, curve = receptor_explorer_figure(cytokine.value, alpha.value, beta.value,
                                              gamma.value)
        readout.value = (f"<b>EC50 of your cell: {curve.ec50_M * 1e12:.3g} pM</b> "
                         f"({cytokine.value}; faint lines: the four blood cell types)")
        with out:
            out.clear_output(wait=True)
            display(fig)
        plt.close(fig)

    def load_preset(change):
        nonlocal loading_preset
        cell = CELL_TYPES[change["new"]]
        loading_preset = True  # one redraw for the three slider moves
        alpha.value, beta.value = cell.il2ra_per_cell, cell.il2rb_per_cell
        gamma.value = cell.gamma_c_per_cell
        loading_preset = False
        redraw()

    for control in (cytokine, alpha, beta, gamma):
        control.observe(redraw, names="value")
    preset.observe(load_preset, names="value")
    redraw()
    return w.VBox([w.HBox([preset, cytokine]), alpha, beta, gamma, readout, out])
