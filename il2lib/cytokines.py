"""Cytokines described by their binding constants (:class:`Cytokine`): IL-2, IL-15 and variants.

Variants are made with :func:`dataclasses.replace`, e.g. an IL-2 that no longer binds IL-2Rα.

Examples
--------
>>> from dataclasses import replace
>>> from il2lib.cytokines import IL2
>>> no_alpha = replace(IL2, name="IL-2 (no IL-2Rα)", kd_alpha_M=float("inf"))
>>> no_alpha.binds_alpha
False
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from types import MappingProxyType

from il2lib import calibration
from il2lib import parameters as p
from il2lib._validation import as_name, as_positive_float, as_real_float

ALPHA_CHAINS = ("il2ra", "il15ra")


@dataclass(frozen=True)
class Cytokine:
    """Binding constants of a cytokine for the IL-2/IL-15 receptor chains.

    Parameters
    ----------
    name : str
        Label used in figures and for look-up by name.
    alpha_chain : {"il2ra", "il15ra"}
        Which private α chain of a :class:`~il2lib.cells.ReceptorProfile` it binds.
    kd_alpha_M, kd_beta_M : float
        Dissociation constants from solution for its α chain and for IL-2Rβ (molar, > 0;
        ``inf`` means no binding).
    kx_beta_per_cell : float
        Membrane dissociation constant for IL-2Rβ joining cytokine·α (molecules per cell).
    kx_gamma_per_cell : float
        Membrane dissociation constant for γc joining cytokine·β or cytokine·α·β.
    kon_per_M_per_s : float
        Association rate constant from solution (kinetics only).
    kon_membrane_per_cell_per_s : float
        Association rate constant in the membrane (kinetics only).
    valency : {1, 2}
        Cytokine units per molecule: 2 for a fusion carrying two (such as an IgG with one on
        each heavy chain). Once one unit is bound, the other binds the same cell's chains from
        a thin layer over its membrane (equilibrium only).
    arm_reach_nm : float
        Thickness of that layer (nm, > 0; used only when ``valency`` is 2).

    Examples
    --------
    >>> IL2.kd_alpha_M
    1e-08
    """

    name: str
    alpha_chain: str
    kd_alpha_M: float
    kd_beta_M: float
    kx_beta_per_cell: float
    kx_gamma_per_cell: float
    kon_per_M_per_s: float = p.KON_SOLUTION_PER_M_PER_S
    kon_membrane_per_cell_per_s: float = p.KON_MEMBRANE_PER_CELL_PER_S
    valency: int = 1
    arm_reach_nm: float = p.FC_FUSION_ARM_REACH_NM

    def __post_init__(self):
        as_name(self.name, "name")
        if self.valency not in (1, 2) or isinstance(self.valency, bool):
            raise ValueError(f"valency must be 1 or 2; got {self.valency!r}")
        object.__setattr__(self, "valency", int(self.valency))
        object.__setattr__(self, "arm_reach_nm", as_positive_float(self.arm_reach_nm,
                                                                   "arm_reach_nm"))
        if self.alpha_chain not in ALPHA_CHAINS:
            raise ValueError(f"alpha_chain must be one of {ALPHA_CHAINS}; got {self.alpha_chain!r}")
        for name in ("kd_alpha_M", "kd_beta_M", "kx_beta_per_cell", "kx_gamma_per_cell"):
            raw = getattr(self, name)
            value = float(as_real_float(raw, name))
            if math.isnan(value) or value <= 0:
                raise ValueError(f"{name} must be > 0 (inf for no binding); got {raw!r}")
            object.__setattr__(self, name, value)
        for name in ("kon_per_M_per_s", "kon_membrane_per_cell_per_s"):
            object.__setattr__(self, name, as_positive_float(getattr(self, name), name))

    @property
    def binds_alpha(self) -> bool:
        """Whether the cytokine binds its α chain at all."""
        return math.isfinite(self.kd_alpha_M)


# The intermediate affinity is a property of the IL-2Rβ·γc receptor measured where γc is in excess
# of IL-2Rβ, so it is imposed on a cell with few IL-2Rβ and many γc (CD8 numbers: 510 and 12,400).
# On NK numbers (more IL-2Rβ than γc) the complexes would use up γc, and the calibration would make
# recruitment 3.6 times too strong to compensate (receptor chapter, "Where the model meets data").
_KX_GAMMA_PER_CELL = calibration.gamma_recruitment_kd_per_cell(
    p.KD_APPARENT_INTERMEDIATE_M, p.KD_IL2_IL2RB_M, p.CD8_IL2RB_PER_CELL, p.CD8_GAMMA_C_PER_CELL)
_KX_BETA_PER_CELL = calibration.beta_recruitment_kd_per_cell(
    p.KD_APPARENT_HIGH_M, p.KD_IL2_IL2RA_M, p.KD_IL2_IL2RB_M, _KX_GAMMA_PER_CELL,
    p.TREG_IL2RA_PER_CELL, p.TREG_IL2RB_PER_CELL, p.TREG_GAMMA_C_PER_CELL)

IL2 = Cytokine(
    name="IL-2", alpha_chain="il2ra", kd_alpha_M=p.KD_IL2_IL2RA_M, kd_beta_M=p.KD_IL2_IL2RB_M,
    kx_beta_per_cell=_KX_BETA_PER_CELL, kx_gamma_per_cell=_KX_GAMMA_PER_CELL)
"""Interleukin-2; membrane constants calibrated on CD8 (intermediate) and Treg (high) numbers."""

# IL-15 recruits IL-2Rβ and γc through the same membrane steps. ASSUMED: it gets IL-2's membrane
# constants, although its IL-2Rβ and γc contacts are its own (ring2012); see the IL-15 chapter.
IL15 = Cytokine(
    name="IL-15", alpha_chain="il15ra", kd_alpha_M=p.KD_IL15_IL15RA_M, kd_beta_M=p.KD_IL15_IL2RB_M,
    kx_beta_per_cell=_KX_BETA_PER_CELL, kx_gamma_per_cell=_KX_GAMMA_PER_CELL)
"""Interleukin-15 acting in cis (soluble, binding the responding cell's own IL-15Rα)."""

CYTOKINES = MappingProxyType({IL2.name: IL2, IL15.name: IL15})


def interface_variant(cytokine: Cytokine, name: str, *, alpha_fold: float = 1.0,
                      beta_fold: float = 1.0, gamma_fold: float = 1.0) -> Cytokine:
    """A cytokine with mutated receptor interfaces: every step through an interface changes.

    A mutation in the IL-2Rβ-binding face changes both steps that use that face by the same
    factor: IL-2Rβ binding from solution (``kd_beta_M``) and IL-2Rβ joining cytokine·α in the
    membrane (``kx_beta_per_cell``). The α face is used only by α binding (``kd_alpha_M``;
    α joining cytokine·β follows by detailed balance), the γc face only in the membrane
    (``kx_gamma_per_cell``). Each fold multiplies the dissociation constants of its face:
    above 1 weakens it, below 1 strengthens it, ``inf`` abolishes it.

    Examples
    --------
    >>> weak = interface_variant(IL2, "weak β", beta_fold=10.0)
    >>> round(weak.kd_beta_M / IL2.kd_beta_M), round(weak.kx_beta_per_cell / IL2.kx_beta_per_cell)
    (10, 10)
    """
    if not isinstance(cytokine, Cytokine):
        raise ValueError(f"cytokine must be a Cytokine; got {cytokine!r}")
    folds = {}
    for label, fold in (("alpha_fold", alpha_fold), ("beta_fold", beta_fold),
                        ("gamma_fold", gamma_fold)):
        value = float(as_real_float(fold, label))
        if math.isnan(value) or value <= 0:
            raise ValueError(f"{label} must be > 0 (inf to abolish binding); got {fold!r}")
        folds[label] = value
    beta = folds["beta_fold"]
    return replace(cytokine, name=name, kd_alpha_M=cytokine.kd_alpha_M * folds["alpha_fold"],
                   kd_beta_M=cytokine.kd_beta_M * beta,
                   kx_beta_per_cell=cytokine.kx_beta_per_cell * beta,
                   kx_gamma_per_cell=cytokine.kx_gamma_per_cell * folds["gamma_fold"])


def bivalent(cytokine: Cytokine, name: str, *,
             arm_reach_nm: float = p.FC_FUSION_ARM_REACH_NM) -> Cytokine:
    """The cytokine carried twice by one molecule, as in an IgG fusion with two copies.

    Each copy keeps its own constants; the molecule as a whole binds a cell more tightly the more
    free chains that cell has for its second copy (avidity; model reference,
    eq-bivalent-avidity).

    Examples
    --------
    >>> two = bivalent(IL2, "IgG-(IL-2)2")
    >>> two.valency, two.kd_alpha_M == IL2.kd_alpha_M
    (2, True)
    """
    if not isinstance(cytokine, Cytokine):
        raise ValueError(f"cytokine must be a Cytokine; got {cytokine!r}")
    if cytokine.valency != 1:
        raise ValueError(f"cytokine must be monovalent to be made bivalent; "
                         f"{cytokine.name!r} has valency {cytokine.valency}")
    return replace(cytokine, name=name, valency=2, arm_reach_nm=arm_reach_nm)


def resolve_cytokine(cytokine) -> Cytokine:
    """Return ``cytokine`` if it is a :class:`Cytokine`, else look its name up in CYTOKINES.

    Examples
    --------
    >>> resolve_cytokine("IL-15").alpha_chain
    'il15ra'
    """
    if isinstance(cytokine, Cytokine):
        return cytokine
    if isinstance(cytokine, str) and cytokine in CYTOKINES:
        return CYTOKINES[cytokine]
    raise ValueError(
        f"cytokine must be a Cytokine or one of {sorted(CYTOKINES)} (names are case-sensitive); "
        f"got {cytokine!r}")
