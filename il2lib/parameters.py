"""Every literature value the models use, with its unit in the name and its source.

Each constant has an entry in :data:`SOURCES` giving a description and the citation key of
``book/references.bib`` it comes from. The book's parameter table is generated from
:func:`table`, so a value changed here changes the book.

Examples
--------
>>> from il2lib import parameters
>>> parameters.KD_IL2_IL2RA_M
1e-08
>>> parameters.SOURCES["KD_IL2_IL2RA_M"].citation
'rickert2004'
"""

from __future__ import annotations

from dataclasses import dataclass

# --- IL-2 as a molecule and as a drug -------------------------------------------------
IL2_MOLECULAR_WEIGHT_G_PER_MOL = 15_300.0
ALDESLEUKIN_IU_PER_MG = 18e6 / 1.1

# --- binding from solution (human ectodomains) ----------------------------------------
KD_IL2_IL2RA_M = 10e-9
KD_IL2_IL2RB_M = 144e-9
KD_IL15_IL15RA_M = 0.065e-9
KD_IL15_IL2RB_M = 438e-9
KON_SOLUTION_PER_M_PER_S = 1e7

# --- apparent affinities of the assembled cell-surface receptors -----------------------
KD_APPARENT_INTERMEDIATE_M = 1e-9
KD_APPARENT_HIGH_M = 10e-12

# --- membrane (two-dimensional) association -------------------------------------------
KON_MEMBRANE_PER_CELL_PER_S = 1e-3

# --- receptors per cell, human peripheral blood (geometric means) ----------------------
TREG_IL2RA_PER_CELL = 3480.0
TREG_IL2RB_PER_CELL = 660.0
TREG_GAMMA_C_PER_CELL = 14_000.0
TH_IL2RA_PER_CELL = 330.0
TH_IL2RB_PER_CELL = 160.0
TH_GAMMA_C_PER_CELL = 13_300.0
CD8_IL2RA_PER_CELL = 22.0
CD8_IL2RB_PER_CELL = 510.0
CD8_GAMMA_C_PER_CELL = 12_400.0
NK_IL2RA_PER_CELL = 22.0
NK_IL2RB_PER_CELL = 8500.0
NK_GAMMA_C_PER_CELL = 7600.0

# --- signal transduction ---------------------------------------------------------------
PSTAT5_HALF_MAX_COMPLEXES_PER_CELL = 1e4


# --- populations: IL-2 production, consumption, receptor turnover and cell turnover -----
IL2_SECRETION_PER_CELL_PER_S = 7.5
COMPLEX_INTERNALISATION_HALF_LIFE_S = 900.0
FREE_IL2RA_HALF_LIFE_S = 6.0 * 3600.0
IL2RA_INDUCED_MAX_PER_CELL = 20_000.0
T_CELL_DIVISION_TIME_H = 6.0
DOUBLING_TIME_TREG_IN_VIVO_H = 8.0 * 24.0
DOUBLING_TIME_MEMORY_CD4_IN_VIVO_H = 24.0 * 24.0
SUPPRESSION_HALF_TREG_PER_TH_RATIO = 0.25

@dataclass(frozen=True)
class Source:
    """Where a parameter comes from.

    Examples
    --------
    >>> Source("IL-2 molecular weight", "g/mol", "proleukin_label").unit
    'g/mol'
    """

    description: str
    unit: str
    citation: str
    note: str = ""
    also: tuple[str, ...] = ()
    """Citation keys of other sources the note mentions."""


SOURCES: dict[str, Source] = {
    "IL2_MOLECULAR_WEIGHT_G_PER_MOL": Source(
        "molecular weight of aldesleukin", "g/mol", "proleukin_label",
        "1 ng/mL is then about 65 pM"),
    "ALDESLEUKIN_IU_PER_MG": Source(
        "specific activity of aldesleukin (18 million IU = 1.1 mg)", "IU/mg", "proleukin_label"),
    "KD_IL2_IL2RA_M": Source(
        "IL-2 binding IL-2Rα (CD25) from solution", "M", "rickert2004",
        "surface plasmon resonance on ectodomains gives 37 nM", also=("myszka1996",)),
    "KD_IL2_IL2RB_M": Source(
        "IL-2 binding IL-2Rβ (CD122) from solution", "M", "farhat2021",
        "surface plasmon resonance gives 480 nM", also=("myszka1996",)),
    "KD_IL15_IL15RA_M": Source(
        "IL-15 binding IL-15Rα", "M", "farhat2021",
        "a very high affinity, tens of pM", also=("mortier2006",)),
    "KD_IL15_IL2RB_M": Source(
        "IL-15 binding IL-2Rβ from solution", "M", "farhat2021"),
    "KON_SOLUTION_PER_M_PER_S": Source(
        "association rate constant of a cytokine with a receptor chain from solution",
        "M⁻¹ s⁻¹", "farhat2021", "a model assumption shared by all solution binding steps"),
    "KD_APPARENT_INTERMEDIATE_M": Source(
        "apparent dissociation constant of the intermediate-affinity receptor IL-2Rβ·γc",
        "M", "trotta2018", "calibrates the γc recruitment constant"),
    "KD_APPARENT_HIGH_M": Source(
        "apparent dissociation constant of the high-affinity receptor IL-2Rα·β·γc",
        "M", "trotta2018", "calibrates the IL-2Rβ recruitment constant"),
    "KON_MEMBRANE_PER_CELL_PER_S": Source(
        "association rate constant of two chains in the membrane, per molecule per cell",
        "cell molecule⁻¹ s⁻¹", "lauffenburger1993",
        "a model assumption; it sets only how fast equilibrium is reached, not where it lies"),
    "TREG_IL2RA_PER_CELL": Source("IL-2Rα on regulatory T cells", "molecules/cell", "farhat2021"),
    "TREG_IL2RB_PER_CELL": Source("IL-2Rβ on regulatory T cells", "molecules/cell", "farhat2021"),
    "TREG_GAMMA_C_PER_CELL": Source("γc on regulatory T cells", "molecules/cell", "farhat2021"),
    "TH_IL2RA_PER_CELL": Source(
        "IL-2Rα on conventional CD4+ T cells", "molecules/cell", "farhat2021"),
    "TH_IL2RB_PER_CELL": Source(
        "IL-2Rβ on conventional CD4+ T cells", "molecules/cell", "farhat2021"),
    "TH_GAMMA_C_PER_CELL": Source(
        "γc on conventional CD4+ T cells", "molecules/cell", "farhat2021"),
    "CD8_IL2RA_PER_CELL": Source("IL-2Rα on CD8+ T cells", "molecules/cell", "farhat2021"),
    "CD8_IL2RB_PER_CELL": Source("IL-2Rβ on CD8+ T cells", "molecules/cell", "farhat2021"),
    "CD8_GAMMA_C_PER_CELL": Source("γc on CD8+ T cells", "molecules/cell", "farhat2021"),
    "NK_IL2RA_PER_CELL": Source("IL-2Rα on NK cells", "molecules/cell", "farhat2021"),
    "NK_IL2RB_PER_CELL": Source("IL-2Rβ on NK cells", "molecules/cell", "farhat2021"),
    "NK_GAMMA_C_PER_CELL": Source("γc on NK cells", "molecules/cell", "farhat2021"),
    "PSTAT5_HALF_MAX_COMPLEXES_PER_CELL": Source(
        "signalling complexes per cell that give half-maximal STAT5 phosphorylation",
        "molecules/cell", "tkach2014", "fitted to mouse CD4 T cells; the least certain input"),
    "IL2_SECRETION_PER_CELL_PER_S": Source(
        "IL-2 secretion by an activated T cell", "molecules/cell/s", "tkach2014",
        "baseline rate of mouse CD4 T cells; up to about 30 times higher with positive feedback"),
    "COMPLEX_INTERNALISATION_HALF_LIFE_S": Source(
        "half-life of IL-2 bound to IL-2Rβ-containing receptors before internalisation", "s",
        "tkach2014", "bound IL-2 is internalised and degraded: the cell consumes it"),
    "FREE_IL2RA_HALF_LIFE_S": Source(
        "half-life of free IL-2Rα on the cell surface", "s", "tkach2014",
        "sets how fast a cell's CD25 follows its stimulation"),
    "IL2RA_INDUCED_MAX_PER_CELL": Source(
        "IL-2Rα per cell at full induction by pSTAT5 or antigen", "molecules/cell",
        "robb1984",
        "model assumption: activated T cells carry many more IL-2Rα (Tac) molecules than "
        "high-affinity receptors; the value is chosen within that range, not measured"),
    "T_CELL_DIVISION_TIME_H": Source(
        "cell-cycle time of a fully stimulated T cell", "h", "mishima2014",
        "the second cycle of stimulated CD4 T cells; also used for CD8 T cells and NK cells"),
    "DOUBLING_TIME_TREG_IN_VIVO_H": Source(
        "turnover (doubling) time of human regulatory T cells in vivo", "h",
        "vukmanovicstejic2006", "deuterium labelling; sets the Treg death rate without IL-2"),
    "DOUBLING_TIME_MEMORY_CD4_IN_VIVO_H": Source(
        "turnover (doubling) time of human memory CD4 T cells in vivo", "h",
        "vukmanovicstejic2006",
        "sets the death rate without IL-2 of Th cells, and by assumption of CD8 T and NK cells"),
    "SUPPRESSION_HALF_TREG_PER_TH_RATIO": Source(
        "Treg:Th ratio at which Tregs halve IL-2 production by responding Th cells", "ratio",
        "thornton1998",
        "assumed, not fitted: co-cultures suppress IL-2 production strongly at 1:1 and less as "
        "Tregs are diluted"),
}


def table() -> list[dict]:
    """Return every parameter as a row: name, value, unit, description, citation, note, also.

    Examples
    --------
    >>> rows = table()
    >>> rows[0]["name"]
    'IL2_MOLECULAR_WEIGHT_G_PER_MOL'
    """
    return [
        {"name": name, "value": globals()[name], "unit": source.unit,
         "description": source.description, "citation": source.citation, "note": source.note,
         "also": source.also}
        for name, source in SOURCES.items()
    ]
