"""The book's figure style: one place for colours, labels and log-concentration axes.

Examples
--------
>>> import matplotlib
>>> matplotlib.use("Agg")
>>> import matplotlib.pyplot as plt
>>> from il2lib import plotting
>>> fig, ax = plt.subplots()
>>> plotting.conc_axis(ax, "IL-2")
>>> ax.get_xscale()
'log'
"""

from __future__ import annotations

import matplotlib as mpl
import numpy as np

# Okabe–Ito colours: distinguishable with the common forms of colour blindness.
CELL_COLOURS = {
    "Treg": "#D55E00",
    "Th": "#0072B2",
    "CD8": "#009E73",
    "NK": "#CC79A7",
}
OTHER_COLOUR = "#000000"
COMPLEX_COLOURS = {
    "ligand_alpha_per_cell": "#E69F00",
    "ligand_beta_per_cell": "#56B4E9",
    "ligand_alpha_beta_per_cell": "#F0E442",
    "ligand_beta_gamma_per_cell": "#0072B2",
    "ligand_alpha_beta_gamma_per_cell": "#D55E00",
}
COMPLEX_LABELS = {
    "ligand_alpha_per_cell": "IL-2·α",
    "ligand_beta_per_cell": "IL-2·β",
    "ligand_alpha_beta_per_cell": "IL-2·α·β",
    "ligand_beta_gamma_per_cell": "IL-2·β·γc",
    "ligand_alpha_beta_gamma_per_cell": "IL-2·α·β·γc",
}

STYLE = {
    "figure.figsize": (6.4, 4.0),
    "figure.dpi": 100,
    "savefig.dpi": 150,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "grid.alpha": 0.3,
    "font.size": 11,
    "legend.frameon": False,
    "lines.linewidth": 2.0,
}
PICOMOLAR_PER_MOLAR = 1e12


def use_book_style() -> None:
    """Apply the book's matplotlib style (call once at the top of a chapter).

    Examples
    --------
    >>> use_book_style()
    """
    mpl.rcParams.update(STYLE)


def colour_of(cell_name: str) -> str:
    """Colour of a cell type in every figure (black for cells outside CELL_TYPES).

    Examples
    --------
    >>> colour_of("Treg")
    '#D55E00'
    """
    return CELL_COLOURS.get(cell_name, OTHER_COLOUR)


def conc_axis(ax, cytokine_name: str = "IL-2") -> None:
    """Make ``ax``'s x axis a log axis of concentration in pM.

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> conc_axis(ax, "IL-15")
    >>> ax.get_xlabel()
    'IL-15 (pM)'
    """
    ax.set_xscale("log")
    ax.set_xlabel(f"{cytokine_name} (pM)")


def plot_dose_response(ax, conc_M, response, *, label: str, colour: str,
                       ec50_M: float | None = None, **line_kwargs):
    """Plot a pSTAT5 curve against concentration in pM, marking the EC50 if given.

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> line = plot_dose_response(ax, [1e-12, 1e-9], [0.1, 0.9], label="x", colour="k")
    >>> line.get_label()
    'x'
    """
    conc_pM = np.asarray(conc_M) * PICOMOLAR_PER_MOLAR
    (line,) = ax.plot(conc_pM, response, color=colour, label=label, **line_kwargs)
    if ec50_M is not None:
        ax.plot([ec50_M * PICOMOLAR_PER_MOLAR], [0.5], "o", color=colour, markersize=7,
                markeredgecolor="white", zorder=3)
    ax.set_ylim(-0.02, 1.02)
    ax.set_ylabel("pSTAT5 (fraction of maximum)")
    return line
