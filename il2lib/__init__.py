"""il2lib: quantitative models of Interleukin-2 biology for the IL-2 executable textbook.

Examples
--------
>>> import il2lib
>>> sorted(il2lib.CELL_TYPES)
['CD8', 'NK', 'Th', 'Treg']
>>> il2lib.IL2.name
'IL-2'
"""

from il2lib import (
    binding,
    calibration,
    cells,
    cytokines,
    parameters,
    pathways,
    populations,
    production,
    signaling,
    therapy,
    units,
)
from il2lib.cells import CELL_TYPES, ReceptorProfile
from il2lib.cytokines import IL2, IL15, Cytokine

__all__ = [
    "CELL_TYPES", "IL2", "IL15", "Cytokine", "ReceptorProfile",
    "binding", "calibration", "cells", "cytokines", "parameters", "pathways", "populations",
    "production", "signaling", "therapy", "units",
]
__version__ = "0.1.0"
