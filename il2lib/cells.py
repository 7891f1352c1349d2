"""Cell types described by their receptor chains per cell (:class:`ReceptorProfile`).

Examples
--------
>>> from il2lib.cells import CELL_TYPES
>>> CELL_TYPES["Treg"].il2ra_per_cell
3480.0
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from types import MappingProxyType

from il2lib import parameters as p
from il2lib._validation import as_name, as_nonnegative_float


@dataclass(frozen=True)
class ReceptorProfile:
    """Numbers of each receptor chain on one cell's surface.

    Parameters
    ----------
    name : str
        Short label used in figures.
    il2ra_per_cell, il2rb_per_cell, gamma_c_per_cell, il15ra_per_cell : float
        Chains per cell (IL-2Rα/CD25, IL-2Rβ/CD122, γc/CD132, IL-15Rα); finite and >= 0.

    Examples
    --------
    >>> cell = ReceptorProfile("activated T", 20_000, 3000, 10_000)
    >>> cell.il2rb_per_cell
    3000.0
    >>> from dataclasses import replace
    >>> replace(cell, il2ra_per_cell=0).il2ra_per_cell
    0.0
    """

    name: str
    il2ra_per_cell: float
    il2rb_per_cell: float
    gamma_c_per_cell: float
    il15ra_per_cell: float = 0.0

    def __post_init__(self):
        as_name(self.name, "name")
        for field in fields(self):
            if field.name != "name":
                value = as_nonnegative_float(getattr(self, field.name), field.name)
                object.__setattr__(self, field.name, value)


CELL_TYPES = MappingProxyType({
    "Treg": ReceptorProfile("Treg", p.TREG_IL2RA_PER_CELL, p.TREG_IL2RB_PER_CELL,
                            p.TREG_GAMMA_C_PER_CELL),
    "Th": ReceptorProfile("Th", p.TH_IL2RA_PER_CELL, p.TH_IL2RB_PER_CELL, p.TH_GAMMA_C_PER_CELL),
    "CD8": ReceptorProfile("CD8", p.CD8_IL2RA_PER_CELL, p.CD8_IL2RB_PER_CELL,
                           p.CD8_GAMMA_C_PER_CELL),
    "NK": ReceptorProfile("NK", p.NK_IL2RA_PER_CELL, p.NK_IL2RB_PER_CELL, p.NK_GAMMA_C_PER_CELL),
})
"""Human peripheral-blood cell types (Farhat et al. 2021), keyed by short name."""

MEMORY_CD8 = ReceptorProfile("memory CD8", p.CD8_IL2RA_PER_CELL, p.MEMORY_CD8_IL2RB_PER_CELL,
                             p.CD8_GAMMA_C_PER_CELL, p.MEMORY_CD8_IL15RA_PER_CELL)
"""A memory CD8 T cell: the blood CD8 T cell's IL-2Rα and γc, more IL-2Rβ, some IL-15Rα.

Its IL-2Rβ and IL-15Rα numbers are ASSUMED (see :data:`il2lib.parameters.SOURCES`). It is not in
:data:`CELL_TYPES`, whose cells are the measured blood types.

Examples
--------
>>> MEMORY_CD8.il2rb_per_cell > CELL_TYPES["CD8"].il2rb_per_cell
True
"""


CD56BRIGHT_NK = ReceptorProfile("CD56-bright NK", p.CD56BRIGHT_NK_IL2RA_PER_CELL,
                                p.CD56BRIGHT_NK_IL2RB_PER_CELL, p.NK_GAMMA_C_PER_CELL)
"""A CD56-bright (CD16-negative) NK cell: high- and intermediate-affinity sites counted by
Scatchard analysis (Nagler et al. 1990), the blood NK cell's γc (ASSUMED).

The minor NK subset that low-dose IL-2 expands (Hirakawa et al. 2016). It is not in
:data:`CELL_TYPES`, whose cells are the four measured by flow cytometry, nor in the
population model, whose NK cell is the blood average.

Examples
--------
>>> CD56BRIGHT_NK.il2ra_per_cell > 50 * CELL_TYPES["NK"].il2ra_per_cell
True
"""


def resolve_cell(cell, name: str = "cell") -> ReceptorProfile:
    """Return ``cell`` if it is a :class:`ReceptorProfile`, else look its name up in CELL_TYPES.

    Examples
    --------
    >>> resolve_cell("NK").il2rb_per_cell
    8500.0
    """
    if isinstance(cell, ReceptorProfile):
        return cell
    if isinstance(cell, str) and cell in CELL_TYPES:
        return CELL_TYPES[cell]
    raise ValueError(
        f"{name} must be a ReceptorProfile or one of {sorted(CELL_TYPES)} (names are "
        f"case-sensitive); got {cell!r}")
