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
IL15RA_IL2RB_AFFINITY_GAIN_FOLD = 30.0
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
MEMORY_CD8_IL2RB_PER_CELL = 1_500.0
MEMORY_CD8_IL15RA_PER_CELL = 200.0
MEMORY_CD8_SURVIVAL_HALF_PSTAT5_FRACTION = 0.05
NK_IL2RA_PER_CELL = 22.0
NK_IL2RB_PER_CELL = 8500.0
NK_GAMMA_C_PER_CELL = 7600.0
CD56BRIGHT_NK_IL2RA_PER_CELL = 1_200.0
CD56BRIGHT_NK_IL2RB_PER_CELL = 10_800.0
NK_CD56BRIGHT_FRACTION = 0.065

# --- signal transduction ---------------------------------------------------------------
PSTAT5_HALF_MAX_COMPLEXES_PER_CELL = 1e4

# --- IL-2 binding sites on NK cells by Scatchard analysis (comparison data) --------------
MEASURED_CD56BRIGHT_NK_HIGH_AFFINITY_KD_M = 25e-12
MEASURED_CD16POS_NK_INTERMEDIATE_SITES_PER_CELL = 9_000.0
MEASURED_CD16POS_NK_INTERMEDIATE_KD_M = 1.9e-9

# --- measured pSTAT5 EC50s of IL-2 on human blood cells (comparison data, not model inputs) --
MEASURED_EC50_IL2_TREG_M = 10.8e-12
MEASURED_EC50_IL2_TH_M = 0.59e-9
MEASURED_EC50_IL2_CD8_M = 2.3e-9
MEASURED_EC50_IL2_NK_M = 1.55e-9
MEASURED_EC50_IL15_TREG_M = 0.62e-9
MEASURED_EC50_IL15_TH_M = 0.95e-9
MEASURED_EC50_IL15_CD8_M = 1.09e-9
MEASURED_EC50_IL15_NK_M = 0.66e-9
MEASURED_EC50_IL15_PARAMETERS = {
    "Treg": "MEASURED_EC50_IL15_TREG_M", "Th": "MEASURED_EC50_IL15_TH_M",
    "CD8": "MEASURED_EC50_IL15_CD8_M", "NK": "MEASURED_EC50_IL15_NK_M",
}
"""Names of the measured IL-15 EC50s, keyed by cell type (the IL-15 chapter compares them)."""
MEASURED_EC50_PARAMETERS = {
    "Treg": "MEASURED_EC50_IL2_TREG_M", "Th": "MEASURED_EC50_IL2_TH_M",
    "CD8": "MEASURED_EC50_IL2_CD8_M", "NK": "MEASURED_EC50_IL2_NK_M",
}
"""Names of the measured EC50s, keyed by cell type (the receptor chapter compares them)."""
MEASURED_PSTAT5_TIMES_MIN = (30.0, 60.0, 120.0, 240.0)
MEASURED_PSTAT5_TIME_COURSE_CONC_M = 1.04e-9
MEASURED_PSTAT5_TIME_COURSE = {
    "Treg": ((1.0, 0.88, 0.84, 0.76), (1.0, 0.81, 0.79, 0.29)),
    "CD8": ((1.0, 1.36, 3.05, 9.19), (1.0, 1.57, 2.97, 9.11)),
    "NK": ((1.0, 0.94, 1.66, 2.64), (1.0, 1.22, 2.14, 2.73)),
}
"""pSTAT5 of human blood cells after 1.04 nM IL-2 at MEASURED_PSTAT5_TIMES_MIN, relative to its
30-minute value, two replicates (comparison data, not a model input). From the data deposited
with farhat2021 (flow cytometry, mean pSTAT5 signal minus that of the two lowest doses, which
match untreated cells); the pathway chapter compares them."""

# --- IL-15 trans-presentation: geometry of a cell-cell contact --------------------------
LYMPHOCYTE_MEMBRANE_AREA_UM2 = 260.0
CONTACT_GAP_NM = 15.0


# --- IL-2 production after T-cell activation --------------------------------------------
IL2_MRNA_HALF_LIFE_H = 1.5
CD28_MRNA_STABILISATION_FOLD = 3.0
CD28_TRANSCRIPTION_FOLD = 5.0
NAIVE_ACTIVATION_DELAY_H = 1.9
MEMORY_ACTIVATION_DELAY_H = 0.5
IL2_SECRETION_PER_CELL_PER_S = 7.5
COMPLEX_INTERNALISATION_HALF_LIFE_S = 900.0
FREE_IL2RA_HALF_LIFE_S = 6.0 * 3600.0
FREE_IL2RB_GAMMA_C_HALF_LIFE_S = 3600.0
IL2RA_INDUCTION_FOLD = 20.0
IL2RB_ACTIVATED_PER_CELL = 10_000.0
IL2RB_INDUCTION_HALF_TIME_H = 12.0
IL2RB_INDUCED_TARGET_PER_CELL = 12_900.0
TCR_PSTAT5_INHIBITION_FOLD = 4.0
SECRETION_BOOST_FOLD = 30.0
SECRETION_BOOST_DOUBLING_TIME_H = 6.0
SECRETION_BOOST_SEED_FRACTION = 0.01
MEMORY_PREFORMED_MRNA_FOLD = 5.0
STAT5_REPRESSION_HALF_MAX_FRACTION = 0.06
STAT5_REPRESSOR_HALF_LIFE_H = 8.0
TCR_DOWNMODULATION_HALF_TIME_H = 3.0
TCR_DOWNMODULATED_FRACTION = 0.8
ANTIGEN_HALF_LIFE_H = 3.0
ER_TO_GOLGI_PER_H = 0.028 * 60.0
GOLGI_TO_MEMBRANE_PER_H = 0.030 * 60.0
PRODUCTION_PARAMETERS = (
    "IL2_MRNA_HALF_LIFE_H", "CD28_MRNA_STABILISATION_FOLD", "CD28_TRANSCRIPTION_FOLD",
    "NAIVE_ACTIVATION_DELAY_H", "MEMORY_ACTIVATION_DELAY_H", "IL2_SECRETION_PER_CELL_PER_S",
    "COMPLEX_INTERNALISATION_HALF_LIFE_S", "FREE_IL2RA_HALF_LIFE_S",
    "FREE_IL2RB_GAMMA_C_HALF_LIFE_S", "IL2RA_INDUCTION_FOLD", "IL2RB_ACTIVATED_PER_CELL",
    "IL2RB_INDUCED_TARGET_PER_CELL", "IL2RB_INDUCTION_HALF_TIME_H",
    "TCR_PSTAT5_INHIBITION_FOLD", "SECRETION_BOOST_FOLD",
    "SECRETION_BOOST_DOUBLING_TIME_H", "SECRETION_BOOST_SEED_FRACTION",
    "MEMORY_PREFORMED_MRNA_FOLD",
    "STAT5_REPRESSION_HALF_MAX_FRACTION", "STAT5_REPRESSOR_HALF_LIFE_H",
    "TCR_DOWNMODULATION_HALF_TIME_H", "TCR_DOWNMODULATED_FRACTION", "ANTIGEN_HALF_LIFE_H",
    "ER_TO_GOLGI_PER_H", "GOLGI_TO_MEMBRANE_PER_H",
)
"""Names of the parameters of :mod:`il2lib.production` (their own table in the book)."""


# --- IL-2 therapy: pharmacokinetics, engineered IL-2s, vascular leak --------------------
ALDESLEUKIN_DISTRIBUTION_HALF_LIFE_MIN = 12.9
ALDESLEUKIN_ELIMINATION_HALF_LIFE_MIN = 85.0
ALDESLEUKIN_CLEARANCE_ML_PER_MIN = 120.0
PLASMA_VOLUME_L_PER_M2 = 1e6 / 650.0 / 1e3
ALDESLEUKIN_SC_BIOAVAILABILITY_FRACTION = 0.39
ALDESLEUKIN_SC_TMAX_H = 4.0
ALDESLEUKIN_SC_PEAK_TO_BOLUS_FRACTION = 0.02
KD_FC_IL2_IL2RA_M = 0.54e-9
KD_FC_IL2_IL2RB_GAMMA_C_M = 3.043e-9
KD_FC_N88D_IL2RA_M = 1.01e-9
KD_FC_N88D_IL2RB_GAMMA_C_M = 24.02e-9
KD_FC_V91K_IL2RA_M = 0.69e-9
KD_FC_V91K_IL2RB_GAMMA_C_M = 7.559e-9
FC_FUSION_ARM_REACH_NM = 15.0
MEASURED_EC50_FC_IL2_TREG_M = 0.377e-9
MEASURED_EC50_FC_N88D_TREG_M = 19.8e-9
MEASURED_EC50_FC_V91K_TREG_M = 8.2e-9
MEASURED_FC_TREG_TOP_CONC_M = 84e-9
MEASURED_FC_TREG_CONC_M = tuple(MEASURED_FC_TREG_TOP_CONC_M / 3.0 ** k for k in range(12))
MEASURED_FC_TREG_PSTAT5_60MIN = {
    "IL-2": (1.082, 0.887, 0.971, 0.896, 0.697, 0.512, 0.246, 0.062, 0.02, 0.005, 0.011, 0.017),
    "N88D": (1.412, 1.083, 0.093, 0.114, 0.044, 0.017, 0.021, 0.023, 0.016, 0.039, 0.014, 0.035),
    "V91K": (0.837, 0.864, 0.457, 0.173, 0.053, 0.029, 0.029, 0.022, 0.019, 0.017, 0.015, 0.002),
}
"""pSTAT5 of human Tregs 1 h after IL-2, N88D or V91K fused to a monomeric Fc, at
MEASURED_FC_TREG_CONC_M (84 nM down in threefold steps), relative to the wild-type fusion's
fitted maximum (comparison data, not a model input). From the data deposited with farhat2021
(one experiment; signal minus each ligand's lowest); the therapy chapter compares them."""
SUPERKINE_IL2RB_AFFINITY_GAIN_FOLD = 40.0
LEAK_RATE_PER_H = 0.02
LEAK_RECOVERY_HALF_LIFE_H = 12.0
LEAK_ENDOTHELIAL_WEIGHT_FRACTION = 0.5
LYMPHOCYTES_PER_BODY = 5e11

# --- populations: cell turnover, IL-2Rα induction, suppression (secretion, internalisation
# and IL-2Rα turnover are shared with production, above) ----------------------------------
IL2RA_INDUCED_MAX_PER_CELL = 20_000.0
T_CELL_DIVISION_TIME_H = 6.0
DOUBLING_TIME_TREG_IN_VIVO_H = 8.0 * 24.0
DOUBLING_TIME_MEMORY_CD4_IN_VIVO_H = 24.0 * 24.0
DOUBLING_TIME_NK_IN_VIVO_H = 16.0 * 24.0
SUPPRESSION_HALF_TREG_PER_TH_RATIO = 0.25
IL2RB_TCR_INDUCTION_FOLD = 10.0
BYSTANDER_HALF_PSTAT5_FRACTION = 0.1

# --- the immune response: one CD8 clone through an infection (il2lib.immune_response) and NK
# killing (il2lib.nk_killing) ------------------------------------------------------------
ANTIGEN_DURATION_D = 8.0
RECALL_ANTIGEN_DURATION_D = 3.0
CD8_NAIVE_PRECURSOR_CELLS = 150.0
CD8_ACTIVATION_HALF_TIME_D = 0.66
HELPER_PRECURSOR_CELLS = 150.0
COMPARTMENT_VOLUME_L = 1e-4
COMPARTMENT_TREG_CELLS = 2e6
CD8_IL2_INDEPENDENT_DIVISION_FRACTION = 0.6
CD8_DIVISION_HALF_PSTAT5_FRACTION = 0.1
HELPER_DIVISION_FRACTION = 0.5
CD8_EFFECTOR_DIFFERENTIATION_MAX_PER_D = 2.0
CD8_EFFECTOR_HALF_PSTAT5_FRACTION = 0.02
CD8_EFFECTOR_HILL = 2.0
CD8_EFFECTOR_HALF_LIFE_D = 1.0
CD8_AICD_MAX_PER_D = 0.5
IL15_AICD_HALF_PSTAT5_FRACTION = 0.05
CD8_MEMORY_NET_LOSS_PER_D = 0.0
CD8_MEMORY_REST_HALF_TIME_D = 2.0
IL2_IMPRINT_HALF_TIME_D = 1.0
IL2_IMPRINT_HALF_PSTAT5_FRACTION = 0.01
UNIMPRINTED_RECALL_DIVISION_FRACTION = 0.5
CD8_IL2RA_HALF_PSTAT5_FRACTION = 0.05
CD8_IL2_SECRETION_FRACTION = 0.1
NK_RESTING_KILLING_PER_H = 6e-4
NK_PSTAT5_KILLING_PER_H = 0.025
LAK_ACTIVATION_HALF_TIME_D = 1.0


IMMUNE_PARAMETERS = (
    "ANTIGEN_DURATION_D", "RECALL_ANTIGEN_DURATION_D", "CD8_NAIVE_PRECURSOR_CELLS",
    "CD8_ACTIVATION_HALF_TIME_D",
    "HELPER_PRECURSOR_CELLS", "COMPARTMENT_VOLUME_L", "COMPARTMENT_TREG_CELLS",
    "CD8_IL2_INDEPENDENT_DIVISION_FRACTION", "CD8_DIVISION_HALF_PSTAT5_FRACTION",
    "HELPER_DIVISION_FRACTION", "CD8_EFFECTOR_DIFFERENTIATION_MAX_PER_D",
    "CD8_EFFECTOR_HALF_PSTAT5_FRACTION", "CD8_EFFECTOR_HILL", "CD8_EFFECTOR_HALF_LIFE_D",
    "CD8_AICD_MAX_PER_D", "IL15_AICD_HALF_PSTAT5_FRACTION", "CD8_MEMORY_NET_LOSS_PER_D",
    "CD8_MEMORY_REST_HALF_TIME_D", "IL2_IMPRINT_HALF_TIME_D", "IL2_IMPRINT_HALF_PSTAT5_FRACTION",
    "UNIMPRINTED_RECALL_DIVISION_FRACTION", "CD8_IL2RA_HALF_PSTAT5_FRACTION",
    "CD8_IL2_SECRETION_FRACTION", "NK_RESTING_KILLING_PER_H", "NK_PSTAT5_KILLING_PER_H",
    "LAK_ACTIVATION_HALF_TIME_D",
)
"""Names of the parameters of :mod:`il2lib.immune_response` and :mod:`il2lib.nk_killing`."""


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


_BLI_NOTE = ("biolayer interferometry of IL-2 fused to the C terminus of a monomeric human Fc, "
             "as deposited with the source (Figure 6E); the model uses the ratio to the "
             "wild-type fusion measured alongside")

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
        "IL-15 binding IL-2Rβ from solution", "M", "ring2012",
        "as used by farhat2021, whose model code cites ring2012 (doi 10.1038/ni.2449) for it",
        also=("farhat2021",)),
    "IL15RA_IL2RB_AFFINITY_GAIN_FOLD": Source(
        "factor by which IL-15Rα raises IL-15's affinity for IL-2Rβ (exercises and explorer "
        "only; the model's default presented complex has no gain)", "fold", "ring2012",
        "ASSUMED: ring2012 reports that IL-15Rα substantially increases IL-15's affinity for "
        "IL-2Rβ; its measured value was not verified for this book, and 30 is an illustrative "
        "choice, not a measurement"),
    "KON_SOLUTION_PER_M_PER_S": Source(
        "association rate constant of a cytokine with a receptor chain from solution",
        "M⁻¹ s⁻¹", "farhat2021", "a model assumption shared by all solution binding steps"),
    "KD_APPARENT_INTERMEDIATE_M": Source(
        "apparent dissociation constant of the intermediate-affinity receptor IL-2Rβ·γc",
        "M", "trotta2018", "calibrates the γc recruitment constant, imposed on CD8 numbers "
        "(γc in excess of IL-2Rβ, as where the intermediate affinity is measured)"),
    "KD_APPARENT_HIGH_M": Source(
        "apparent dissociation constant of the high-affinity receptor IL-2Rα·β·γc",
        "M", "trotta2018", "calibrates the IL-2Rβ recruitment constant"),
    "KON_MEMBRANE_PER_CELL_PER_S": Source(
        "association rate constant of two chains in the membrane, per molecule per cell",
        "cell molecule⁻¹ s⁻¹", "lauffenburger1993",
        "ASSUMED: it sets only how fast equilibrium is reached, not where it lies; with it the "
        "model's high-affinity dissociation half-time is minutes, not the measured 270–300 min "
        "(lowenthal1987; receptor chapter)", also=("lowenthal1987",)),
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
    "MEMORY_CD8_IL2RB_PER_CELL": Source(
        "IL-2Rβ on a memory CD8+ T cell (il2lib.cells.MEMORY_CD8)", "molecules/cell", "tkach2014",
        "ASSUMED: about three times the bulk blood CD8 T cell's 510 (farhat2021), inside the "
        "1,000 to 10,000 per cell of stimulated T cells (tkach2014); memory CD8 T cells carry "
        "more IL-2Rβ than naive ones, but no per-cell count for human memory CD8 cells is used "
        "here; the chapter brackets it", also=("farhat2021",)),
    "MEMORY_CD8_IL15RA_PER_CELL": Source(
        "IL-15Rα on a memory CD8+ T cell, in cis (il2lib.cells.MEMORY_CD8)", "molecules/cell",
        "burkett2004",
        "ASSUMED: no count measured; in mice memory CD8 T cells need IL-15Rα on other cells "
        "(trans-presentation), not their own (burkett2004), so a small cis number is used and "
        "the chapter brackets it from none upwards"),
    "MEMORY_CD8_SURVIVAL_HALF_PSTAT5_FRACTION": Source(
        "absolute pSTAT5 at which IL-2/IL-15 signalling halves a memory CD8 T cell's death rate",
        "fraction", "becker2002",
        "ASSUMED: memory CD8 T cells decline slowly without IL-15 (becker2002); the shape "
        "(death falls as K / (K + pSTAT5)) and K are illustrative, not fitted"),
    "NK_IL2RA_PER_CELL": Source("IL-2Rα on NK cells", "molecules/cell", "farhat2021"),
    "NK_IL2RB_PER_CELL": Source("IL-2Rβ on NK cells", "molecules/cell", "farhat2021"),
    "NK_GAMMA_C_PER_CELL": Source("γc on NK cells", "molecules/cell", "farhat2021"),
    "CD56BRIGHT_NK_IL2RA_PER_CELL": Source(
        "IL-2Rα on a CD56-bright (CD16-negative) NK cell (il2lib.cells.CD56BRIGHT_NK)",
        "molecules/cell", "nagler1990",
        "the about 1,200 high-affinity IL-2 binding sites per cell found by Scatchard analysis, "
        "each taken as one IL-2Rα; a lower bound if some IL-2Rα has no IL-2Rβ·γc to join"),
    "CD56BRIGHT_NK_IL2RB_PER_CELL": Source(
        "IL-2Rβ on a CD56-bright (CD16-negative) NK cell (il2lib.cells.CD56BRIGHT_NK)",
        "molecules/cell", "nagler1990",
        "the about 1,200 high-affinity plus about 9,600 intermediate-affinity sites per cell, "
        "each holding one IL-2Rβ; its γc is ASSUMED to be the blood NK cell's (farhat2021), "
        "not measured for the subset", also=("farhat2021",)),
    "NK_CD56BRIGHT_FRACTION": Source(
        "share of blood NK cells that are CD56-bright (the population model's NK cells at rest)",
        "fraction", "sedlmayr1996", "mean over healthy donors of CD56-bright among CD3−CD56+ "
        "blood NK cells"),
    "MEASURED_CD56BRIGHT_NK_HIGH_AFFINITY_KD_M": Source(
        "apparent dissociation constant of the high-affinity IL-2 sites on CD56-bright NK cells",
        "M", "nagler1990", "comparison data, not a model input (Scatchard analysis)"),
    "MEASURED_CD16POS_NK_INTERMEDIATE_SITES_PER_CELL": Source(
        "intermediate-affinity IL-2 binding sites on CD16-positive (CD56-dim) NK cells",
        "molecules/cell", "nagler1990",
        "comparison data, not a model input: an independent count beside the flow-cytometry "
        "IL-2Rβ of farhat2021 that the model's NK cell uses", also=("farhat2021",)),
    "MEASURED_CD16POS_NK_INTERMEDIATE_KD_M": Source(
        "apparent dissociation constant of the IL-2 sites on CD16-positive NK cells", "M",
        "nagler1990", "comparison data, not a model input (Scatchard analysis; the only class "
        "of site these cells carry)"),
    "PSTAT5_HALF_MAX_COMPLEXES_PER_CELL": Source(
        "signalling complexes per cell that phosphorylate half of the cell's STAT5 (K_S)",
        "molecules/cell", "tkach2014",
        "FITTED, not measured: fitted by the source to mouse CD4 T cells; the least certain "
        "input, and the NK/Treg EC50 ratio depends on it (receptor chapter)"),
    "MEASURED_EC50_IL2_TREG_M": Source(
        "measured pSTAT5 EC50 of IL-2 on human regulatory T cells", "M", "farhat2021",
        "comparison data, not a model input: Hill fit to the 1 h dose–responses deposited with "
        "the source (two replicates, 7.5 and 15.6 pM; after 30 min 41 and 65 pM)"),
    "MEASURED_PSTAT5_TIME_COURSE_CONC_M": Source(
        "IL-2 concentration of the measured pSTAT5 time courses (30 min to 4 h)", "M",
        "farhat2021",
        "comparison data, not a model input: the 1.04 nM column of the time courses deposited "
        "with the source; MEASURED_PSTAT5_TIME_COURSE holds the relative pSTAT5 of Treg, CD8 and "
        "NK cells at 30, 60, 120 and 240 min, two replicates"),
    "MEASURED_EC50_IL15_TREG_M": Source(
        "measured pSTAT5 EC50 of IL-15 on human regulatory T cells (in blood mononuclear cells)",
        "M", "farhat2021", "comparison data: Hill fit to the 1 h dose–responses deposited with "
        "the source (0.55 and 0.70 nM)"),
    "MEASURED_EC50_IL15_TH_M": Source(
        "measured pSTAT5 EC50 of IL-15 on human conventional CD4 T cells", "M", "farhat2021",
        "comparison data: Hill fit to the 1 h dose–responses deposited with the source "
        "(0.90 and 1.0 nM)"),
    "MEASURED_EC50_IL15_CD8_M": Source(
        "measured pSTAT5 EC50 of IL-15 on human CD8 T cells", "M", "farhat2021",
        "comparison data: Hill fit to the 1 h dose–responses deposited with the source "
        "(1.16 and 1.02 nM)"),
    "MEASURED_EC50_IL15_NK_M": Source(
        "measured pSTAT5 EC50 of IL-15 on human NK cells", "M", "farhat2021",
        "comparison data: Hill fit to the 1 h dose–responses deposited with the source "
        "(0.72 and 0.61 nM)"),
    "MEASURED_EC50_IL2_TH_M": Source(
        "measured pSTAT5 EC50 of IL-2 on human conventional CD4 T cells", "M", "farhat2021",
        "comparison data: Hill fit to the 1 h dose–responses deposited with the source "
        "(0.36 and 0.95 nM; after 30 min 1.5 and 2.1 nM)"),
    "MEASURED_EC50_IL2_CD8_M": Source(
        "measured pSTAT5 EC50 of IL-2 on human CD8 T cells", "M", "farhat2021",
        "comparison data: Hill fit to the 1 h dose–responses deposited with the source "
        "(2.3 and 2.3 nM; after 30 min 2.8 and 2.7 nM)"),
    "MEASURED_EC50_IL2_NK_M": Source(
        "measured pSTAT5 EC50 of IL-2 on human NK cells", "M", "farhat2021",
        "comparison data: Hill fit to the 1 h dose–responses deposited with the source "
        "(1.7 and 1.4 nM; after 30 min 1.6 and 1.4 nM)"),
    "LYMPHOCYTE_MEMBRANE_AREA_UM2": Source(
        "plasma-membrane area of a human blood lymphocyte, folds included", "µm²",
        "schmidschonbein1980", "electron-microscopic morphometry; spreads a responder's "
        "receptors in the trans-presentation model"),
    "CONTACT_GAP_NM": Source(
        "distance between two membranes bridged by an immune receptor-ligand pair", "nm",
        "carlson2015", "the height of the slab that a trans-presented complex can occupy; "
        "assumed, not measured, for IL-15·IL-15Rα bridging to IL-2Rβ"),
    # IL-2 production after T-cell activation
    "IL2_MRNA_HALF_LIFE_H": Source(
        "IL-2 mRNA half-life in activated T cells", "h", "shaw1988",
        "1–2 h in T-cell lines and mitogen-activated blood lymphocytes; the model takes it for "
        "co-stimulated cells"),
    "CD28_MRNA_STABILISATION_FOLD": Source(
        "increase of the IL-2 mRNA half-life by CD28 co-stimulation", "fold", "lindstein1989",
        "assumed: CD28 signalling stabilises IL-2 mRNA, whose instability comes from the AU-rich "
        "element (ARE) of its 3′ untranslated region (ogilvie2005); the source shows a "
        "substantial increase, the factor of 3 is a model assumption",
        also=("ogilvie2005",)),
    "CD28_TRANSCRIPTION_FOLD": Source(
        "increase of IL-2 transcription by CD28 co-stimulation", "fold", "fraser1991",
        "CD28 raised IL-2 enhancer activity fivefold in a reporter assay; with the mRNA "
        "stabilisation the model's CD28 effect is compared with the 5–50-fold measured by "
        "thompson1989", also=("thompson1989",)),
    "NAIVE_ACTIVATION_DELAY_H": Source(
        "mean time from TCR engagement to full IL-2 transcription in naive CD4 T cells", "h",
        "sojka2004",
        "fitted: chosen so that naive secretion starts at 1–2 h and peaks at 6–8 h after "
        "stimulation in vivo (1.9 h, near the upper end of the published onset)"),
    "MEMORY_ACTIVATION_DELAY_H": Source(
        "mean time from TCR engagement to full IL-2 transcription in memory CD4 T cells", "h",
        "sojka2004", "fitted: memory cells start secreting about 30 min after stimulation; "
        "their IL-2 locus is already demethylated and responds faster (bruniquel2003, "
        "murayama2006)",
        also=("bruniquel2003", "murayama2006")),
    "IL2_SECRETION_PER_CELL_PER_S": Source(
        "IL-2 secretion rate of an activated T cell", "molecules/cell/s", "tkach2014",
        "mouse CD4 T cells; up to about 30 times higher with positive feedback"),
    "COMPLEX_INTERNALISATION_HALF_LIFE_S": Source(
        "half-life of IL-2–receptor complexes before internalisation", "s", "tkach2014",
        "about 15 min, mouse T cells"),
    "FREE_IL2RA_HALF_LIFE_S": Source(
        "half-life of free IL-2Rα (CD25) on the cell surface", "s", "tkach2014",
        "5–7 h, mouse T cells; 6 h used; internalised IL-2Rα recycles to the surface "
        "(hemar1995)", also=("hemar1995",)),
    "FREE_IL2RB_GAMMA_C_HALF_LIFE_S": Source(
        "surface half-life of IL-2Rβ and γc", "s", "hemar1995",
        "about 1 h in a human T-cell line; after internalisation IL-2Rβ and γc are degraded, "
        "IL-2Rα recycles; tkach2014's model used 39 h for unoccupied chains",
        also=("tkach2014",)),
    "IL2RA_INDUCTION_FOLD": Source(
        "largest increase of IL-2Rα (CD25) on stimulated T cells", "fold", "hemler1984",
        "10- to 30-fold after antigen restimulation of human T-cell lines; in the model it is "
        "driven by the TCR signal and absolute pSTAT5"),
    "IL2RB_ACTIVATED_PER_CELL": Source(
        "surface IL-2Rβ per activated T cell, measured after TCR stimulation", "molecules/cell",
        "tkach2014", "measured: a tenfold rise from about 1,000 after antigen engagement above "
        "a threshold, mouse T cells in culture (so with IL-2 present); the model's producers "
        "are fitted to carry this number at 48 h (IL2RB_INDUCED_TARGET_PER_CELL)"),
    "IL2RB_INDUCED_TARGET_PER_CELL": Source(
        "IL-2Rβ per producer that the TCR-induced synthesis would give without IL-2",
        "molecules/cell", "tkach2014",
        "fitted: chosen so that surface IL-2Rβ of the producers (free and in complexes) is the "
        "measured 10,000 at 48 h in the default culture, where captured IL-2 takes IL-2Rβ into "
        "the cell for degradation (hemar1995)", also=("hemar1995",)),
    "IL2RB_INDUCTION_HALF_TIME_H": Source(
        "half-time with which the IL-2Rβ programme of a committed producer builds up", "h",
        "tkach2014",
        "assumed: a producer commits within its activation transit and the induced synthesis "
        "then rises over the first day (tkach2014 measured IL-2Rβ from 12 h on); not fitted"),
    "TCR_PSTAT5_INHIBITION_FOLD": Source(
        "fold by which a producer's engaged TCRs lower its pSTAT5 at full TCR signal",
        "fold", "tkach2014",
        "assumed: TCR signalling lowers the amplitude, not the EC50, of pSTAT5 in proportion "
        "to the antigen dose (measured); pSTAT5 is divided by 1 + 3 × the TCR signal (fourfold "
        "at full signal), a strength not fitted to these data"),
    "SECRETION_BOOST_FOLD": Source(
        "largest acceleration of IL-2 secretion per producer under sustained TCR signalling",
        "fold", "tkach2014",
        "measured: up to 30 times the initial 7.5 molecules per cell per second, in small "
        "populations with much antigen; independent of JAK, PI3K and CD28 in the source"),
    "SECRETION_BOOST_DOUBLING_TIME_H": Source(
        "doubling time of the secretion boost at full TCR signal (autocatalytic)", "h",
        "tkach2014",
        "assumed: the source's boost is activated slowly by the TCR and then autocatalytically "
        "(its rates were fitted there); 6 h keeps secretion per cell nearly constant for the "
        "first day at the default dose, as measured"),
    "SECRETION_BOOST_SEED_FRACTION": Source(
        "fraction of the boost that the TCR activates directly (seed of the autocatalysis)",
        "fraction", "tkach2014", "assumed"),
    "MEMORY_PREFORMED_MRNA_FOLD": Source(
        "preformed IL-2 mRNA a memory cell releases for translation on stimulation, relative "
        "to the mRNA of a fully stimulated naive cell", "fold", "salerno2018",
        "fitted: memory T cells keep pre-formed cytokine mRNA whose translation is blocked "
        "through its AU-rich elements until reactivation (shown for IFN-γ); the amount is "
        "chosen so that memory secretion peaks within the published 1–2 h (sojka2004)",
        also=("sojka2004",)),
    "STAT5_REPRESSION_HALF_MAX_FRACTION": Source(
        "level of the STAT5-induced repressor that halves IL-2 transcription",
        "fraction of STAT5 phosphorylated", "villarino2007",
        "fitted: the feedback is from the source, the value is chosen so that naive secretion "
        "falls below 10 % of its peak 20–24 h after stimulation, as in sojka2004; the repressor "
        "follows the absolute pSTAT5 and stands for Blimp-1 (gong2007, martins2008)",
        also=("sojka2004", "gong2007", "martins2008")),
    "STAT5_REPRESSOR_HALF_LIFE_H": Source(
        "time constant with which the STAT5-induced repressor follows pSTAT5", "h", "tkach2014",
        "fitted, together with the half-maximal level, so that naive secretion ends within a "
        "day (sojka2004); T cells integrate IL-2 signalling over hours (tkach2014); Blimp-1 "
        "itself is induced by IL-2 over one to two days (gong2007), slower than this",
        also=("sojka2004", "gong2007")),
    "ALDESLEUKIN_DISTRIBUTION_HALF_LIFE_MIN": Source(
        "half-life of the fast (distribution) phase after an intravenous bolus", "min",
        "konrad1990", "the US label rounds it to 13 min", also=("proleukin_label",)),
    "ALDESLEUKIN_ELIMINATION_HALF_LIFE_MIN": Source(
        "half-life of the slow (elimination) phase after an intravenous bolus", "min",
        "konrad1990", "measured out to 4 h after the bolus", also=("proleukin_label",)),
    "ALDESLEUKIN_CLEARANCE_ML_PER_MIN": Source(
        "serum clearance of IL-2", "mL/min", "konrad1990",
        "close to the kidneys' filtration rate; here clearance is taken proportional to "
        "body-surface area, with this value at 70 kg and 170 cm"),
    "PLASMA_VOLUME_L_PER_M2": Source(
        "volume of the central (plasma) compartment per m² of body-surface area", "L/m²",
        "konrad1990",
        "from the level just after an intravenous bolus: 650 units/mL per 10⁶ units/m²"),
    "ALDESLEUKIN_SC_BIOAVAILABILITY_FRACTION": Source(
        "fraction of a subcutaneous dose that reaches the blood", "fraction", "proleukin_smpc",
        "the middle of the published 31–47 %"),
    "ALDESLEUKIN_SC_TMAX_H": Source(
        "time of the peak plasma level after a subcutaneous dose", "h", "proleukin_smpc",
        "the middle of the published 2–6 h; compared with the model, not used by it: the "
        "model's peak time follows from its absorption through the lymph"),
    "ALDESLEUKIN_SC_PEAK_TO_BOLUS_FRACTION": Source(
        "plasma level after a subcutaneous dose, as a fraction of the level just after an "
        "intravenous bolus of the same dose", "fraction", "konrad1990",
        "the levels stay near this plateau for about 8 h; the rate constant of the two "
        "absorption steps (injection site to lymph, lymph to blood; proteins of this size are "
        "absorbed largely through the lymph, supersaxo1990) is derived from it",
        also=("supersaxo1990",)),
    "KD_FC_IL2_IL2RA_M": Source(
        "wild-type IL-2 (Fc fusion, C125A) binding IL-2Rα", "M", "farhat2021", _BLI_NOTE),
    "KD_FC_IL2_IL2RB_GAMMA_C_M": Source(
        "wild-type IL-2 (Fc fusion, C125A) binding IL-2Rβ·γc", "M", "farhat2021", _BLI_NOTE),
    "KD_FC_N88D_IL2RA_M": Source(
        "IL-2 N88D (Fc fusion) binding IL-2Rα", "M", "farhat2021", _BLI_NOTE),
    "KD_FC_N88D_IL2RB_GAMMA_C_M": Source(
        "IL-2 N88D (Fc fusion) binding IL-2Rβ·γc", "M", "farhat2021",
        "N88 lies in the face that binds IL-2Rβ; " + _BLI_NOTE),
    "KD_FC_V91K_IL2RA_M": Source(
        "IL-2 V91K (Fc fusion) binding IL-2Rα", "M", "farhat2021", _BLI_NOTE),
    "KD_FC_V91K_IL2RB_GAMMA_C_M": Source(
        "IL-2 V91K (Fc fusion) binding IL-2Rβ·γc", "M", "farhat2021",
        "V91 lies in the face that binds IL-2Rβ; " + _BLI_NOTE),
    "FC_FUSION_ARM_REACH_NM": Source(
        "thickness of the layer over the membrane in which the second IL-2 of a bivalent IgG "
        "fusion finds the cell's chains", "nm", "peterson2018",
        "ASSUMED (no measurement): the span of an IgG's arms, as for the contact gap; the "
        "source describes the bivalent format IgG-(IL-2N88D)2, not this distance"),
    "MEASURED_EC50_FC_IL2_TREG_M": Source(
        "measured pSTAT5 EC50 on human Tregs of wild-type IL-2 fused to a monomeric Fc", "M",
        "farhat2021",
        "comparison data: Hill fit to the 1 h dose–response deposited with the source (one "
        "experiment; the other blood cells respond too little for an EC50)"),
    "MEASURED_EC50_FC_N88D_TREG_M": Source(
        "measured pSTAT5 EC50 on human Tregs of IL-2 N88D fused to a monomeric Fc", "M",
        "farhat2021", "comparison data: as for the wild-type fusion"),
    "MEASURED_FC_TREG_TOP_CONC_M": Source(
        "highest concentration of the measured Treg dose–responses to the Fc fusions", "M",
        "farhat2021",
        "comparison data, not a model input: MEASURED_FC_TREG_PSTAT5_60MIN holds the pSTAT5 of "
        "Tregs at it and 11 threefold dilutions (MEASURED_FC_TREG_CONC_M), 1 h after the "
        "wild-type, N88D or V91K fusion (one experiment)"),
    "MEASURED_EC50_FC_V91K_TREG_M": Source(
        "measured pSTAT5 EC50 on human Tregs of IL-2 V91K fused to a monomeric Fc", "M",
        "farhat2021", "comparison data: as for the wild-type fusion"),
    "SUPERKINE_IL2RB_AFFINITY_GAIN_FOLD": Source(
        "strengthening of IL-2Rβ binding in the superkine H9 (super-2)", "fold", "levin2012",
        "the source reports a much higher IL-2Rβ affinity; the fold is a model assumption, as "
        "in the receptor chapter"),
    "LEAK_RATE_PER_H": Source(
        "fraction of the remaining plasma volume lost per hour at full leak drive", "1/h",
        "krieg2010", "a model assumption: sets the scale of the leak, not its dependence on dose"),
    "LEAK_RECOVERY_HALF_LIFE_H": Source(
        "half-life of the return of leaked fluid to the circulation", "h", "krieg2010",
        "a model assumption"),
    "LYMPHOCYTES_PER_BODY": Source(
        "lymphocytes in an adult human body (blood holds about 2 % of them)", "cells",
        "westermann1992",
        "the population model's compartment is scaled up to this number, with its own shares "
        "of Treg, Th, CD8 and NK cells, to give the receptor-mediated clearance of IL-2"),
    "LEAK_ENDOTHELIAL_WEIGHT_FRACTION": Source(
        "share of the leak drive from IL-2 acting on endothelium (the rest from NK cells)",
        "fraction", "krieg2010",
        "the source finds both endothelial CD25 and lymphocytes involved; equal shares are a "
        "model assumption"),
    "IL2RA_INDUCED_MAX_PER_CELL": Source(
        "IL-2Rα per cell at full induction (by pSTAT5 in Tregs, by antigen in Th cells)",
        "molecules/cell",
        "robb1984",
        "model assumption: activated T cells carry many more IL-2Rα (Tac) molecules than "
        "high-affinity receptors; the value is chosen within that range, not measured"),
    "T_CELL_DIVISION_TIME_H": Source(
        "cell-cycle time of a fully stimulated T cell", "h", "mishima2014",
        "the second cycle of stimulated CD4 T cells; also used for CD8 T cells and NK cells"),
    "DOUBLING_TIME_TREG_IN_VIVO_H": Source(
        "turnover (doubling) time of human regulatory T cells in vivo", "h",
        "vukmanovicstejic2006",
        "deuterium labelling in healthy people, i.e. division with IL-2 present; at the resting "
        "state division equals death, so this sets the Treg death rate (not a death rate without "
        "IL-2). Without IL-2 the model's Tregs stop dividing (IL-2 neutralisation inhibits their "
        "proliferation, setoguchi2005) and decline at this rate", also=("setoguchi2005",)),
    "DOUBLING_TIME_MEMORY_CD4_IN_VIVO_H": Source(
        "turnover (doubling) time of human memory CD4 T cells in vivo", "h",
        "vukmanovicstejic2006",
        "sets the death rate of Th cells, and by assumption of CD8 T cells; their division at "
        "rest comes from IL-7/IL-15 (homeostatic input, FITTED so that resting numbers hold)"),
    "DOUBLING_TIME_NK_IN_VIVO_H": Source(
        "turnover (doubling) time of human blood NK cells in vivo", "h", "zhang2007",
        "deuterated-glucose labelling in healthy young adults: 4.3 % per day; sets the NK death "
        "rate; their division at rest comes from IL-15 (homeostatic input, FITTED) and IL-2"),
    "SUPPRESSION_HALF_TREG_PER_TH_RATIO": Source(
        "ratio of fully active Tregs to Th cells at which Tregs remove half of the CD28 "
        "co-stimulation of IL-2 production", "ratio", "thornton1998",
        "ASSUMED, not fitted: suppression needs contact and acts on IL-2 mRNA (thornton1998); a "
        "Treg counts in proportion to its absolute pSTAT5 relative to saturation; CTLA-4 removes "
        "CD80/CD86 from antigen-presenting cells (qureshi2011)", also=("qureshi2011",)),
    "IL2RB_TCR_INDUCTION_FOLD": Source(
        "increase of IL-2Rβ on antigen-stimulated T cells", "fold", "tkach2014",
        "about 1,000 to 10,000 per cell after TCR stimulation (mouse); applied to the "
        "antigen-specific Th cells from the start of their response"),
    "BYSTANDER_HALF_PSTAT5_FRACTION": Source(
        "absolute pSTAT5 at which a T cell without TCR signal divides at half the rate of one "
        "with it", "fraction", "tkach2014",
        "ASSUMED: T-cell division needs TCR signal as well as IL-2; without it only strong "
        "IL-2 signalling (high IL-2) drives bystander division"),
    "TCR_DOWNMODULATION_HALF_TIME_H": Source(
        "half-time of the down-modulation of surface TCR by engaged antigen", "h",
        "valitutti1995",
        "engaged TCRs are serially triggered and removed from the surface over the first hours "
        "of contact with antigen-presenting cells, in proportion to occupancy; the value of 3 h "
        "is a model assumption within that time scale"),
    "TCR_DOWNMODULATED_FRACTION": Source(
        "fraction of surface TCR removed at saturating antigen", "fraction", "schrum2002",
        "surface TCR stays low for days under strong antigen while resynthesis keeps some "
        "receptors signalling; the remaining 20 % is a model assumption",
        also=("valitutti1995",)),
    "ANTIGEN_HALF_LIFE_H": Source(
        "half-life of the stimulating antigen (peptide–MHC) at 10⁶ T cells per mL", "h",
        "sojka2004",
        "chosen, not measured: the source suggests that competition and weak antigen shorten "
        "IL-2 secretion by shortening the stimulus each T cell receives; 3 h was chosen from "
        "2–6 h so that the naive shut-off stays at 20–24 h and the weakest doses stop before the "
        "default (with 6 h they stop at the same time, and both miss the window); engaged TCRs use "
        "up the antigen (as in tkach2014's model), so its loss rate is proportional to the "
        "T-cell density, with this half-life at the default 10⁶ per mL (chosen)",
        also=("tkach2014",)),
    "ER_TO_GOLGI_PER_H": Source(
        "rate constant of secretory-protein transport from the ER to the Golgi", "1/h",
        "hirschberg1998", "2.8 % per min for a GFP-tagged cargo in living cells (mean residence "
        "about 36 min); taken for IL-2 in T cells"),
    "GOLGI_TO_MEMBRANE_PER_H": Source(
        "rate constant of secretory-protein transport from the Golgi to the plasma membrane",
        "1/h", "hirschberg1998", "3.0 % per min (mean residence about 33 min)"),
    # --- the immune response (il2lib.immune_response, il2lib.nk_killing)
    "ANTIGEN_DURATION_D": Source(
        "days until the antigen of an acute infection is cleared", "d", "blattman2002",
        "ASSUMED: an acute LCMV infection drives the clone's expansion for about a week and is "
        "then cleared (the peak is at day 8, muraliKrishna1998)", also=("muraliKrishna1998",)),
    "RECALL_ANTIGEN_DURATION_D": Source(
        "days until a second infection of the same antigen is cleared", "d", "muraliKrishna1998",
        "ASSUMED: memory cells expand rapidly on rechallenge and clear it sooner"),
    "CD8_NAIVE_PRECURSOR_CELLS": Source(
        "naive CD8 T cells specific for one epitope in a mouse", "cells", "blattman2002",
        "100–200 GP33-specific cells in an uninfected mouse"),
    "CD8_ACTIVATION_HALF_TIME_D": Source(
        "half-time for naive precursors to be activated by antigen", "d", "blattman2002",
        "ASSUMED: more than 14 divisions within the first week leave well under a day to start"),
    "HELPER_PRECURSOR_CELLS": Source(
        "naive CD4 helper T cells specific for the infection", "cells", "blattman2002",
        "ASSUMED: as many as the CD8 precursors (the source counts CD8 cells only)"),
    "COMPARTMENT_VOLUME_L": Source(
        "volume the clone and its IL-2 share (a mouse spleen)", "L", "muraliKrishna1998",
        "ASSUMED: about 0.1 mL, where the source counts up to 2 × 10⁷ virus-specific cells"),
    "COMPARTMENT_TREG_CELLS": Source(
        "resting Tregs sharing the compartment, consuming IL-2", "cells", "sakaguchi1995",
        "ASSUMED: a few per cent of some 10⁸ spleen cells"),
    "CD8_IL2_INDEPENDENT_DIVISION_FRACTION": Source(
        "share of antigen-driven CD8 division that needs no IL-2 signal", "fraction", "carr2006",
        "ASSUMED: expansion is quantitatively normal without IL-2 receptor signalling (CD27 and "
        "other signals); IL-2 adds the rest"),
    "CD8_DIVISION_HALF_PSTAT5_FRACTION": Source(
        "absolute pSTAT5 at which IL-2 gives half of its extra division", "fraction", "tkach2014",
        "ASSUMED, as the population model's threshold"),
    "HELPER_DIVISION_FRACTION": Source(
        "division rate of antigen-specific CD4 helpers relative to the maximum", "fraction",
        "muraliKrishna1998", "ASSUMED: helpers expand less than the CD8 clone"),
    "CD8_EFFECTOR_DIFFERENTIATION_MAX_PER_D": Source(
        "largest rate at which memory-precursor cells become terminal effectors", "1/d",
        "kalia2010", "ASSUMED: cells with sustained CD25 and IL-2 signals become terminal "
        "effectors within the few days of the expansion", also=("pipkin2010",)),
    "CD8_EFFECTOR_HALF_PSTAT5_FRACTION": Source(
        "absolute pSTAT5 at which effector differentiation is half its maximum", "fraction",
        "blattman2002",
        "FITTED so that about 5 % of the peak survives as memory at day 60 (the source's "
        "measurement); the memory fraction is therefore not a prediction",
        also=("kalia2010", "pipkin2010")),
    "CD8_EFFECTOR_HILL": Source(
        "steepness of effector differentiation in pSTAT5 (Hill coefficient)", "1", "pipkin2010",
        "ASSUMED: IL-2 signals induce Blimp-1-linked effector genes and repress Bcl-6"),
    "CD8_EFFECTOR_HALF_LIFE_D": Source(
        "half-life of terminal effectors once antigen is gone", "d", "kalia2010",
        "ASSUMED: CD25-high effectors are prone to apoptosis and most die in the contraction",
        also=("wherry2004",)),
    "CD8_AICD_MAX_PER_D": Source(
        "largest rate of activation-induced death of effectors restimulated in IL-2", "1/d",
        "lenardo1991", "ASSUMED: T cells exposed to IL-2 die on antigen-receptor restimulation"),
    "IL15_AICD_HALF_PSTAT5_FRACTION": Source(
        "IL-15 pSTAT5 that halves activation-induced death", "fraction", "waldmann2001",
        "ASSUMED: IL-15 inhibits IL-2-mediated activation-induced cell death"),
    "CD8_MEMORY_NET_LOSS_PER_D": Source(
        "net loss of memory CD8 T cells", "1/d", "muraliKrishna1998",
        "ASSUMED zero: memory numbers are maintained for the life of the mouse, by IL-15-driven "
        "renewal", also=("becker2002",)),
    "CD8_MEMORY_REST_HALF_TIME_D": Source(
        "half-time for memory precursors to come to rest once antigen is gone", "d", "wherry2004",
        "ASSUMED: memory properties are acquired gradually after the death phase"),
    "IL2_IMPRINT_HALF_TIME_D": Source(
        "half-time of the IL-2 imprint of memory-lineage cells during priming", "d",
        "williams2006", "ASSUMED"),
    "IL2_IMPRINT_HALF_PSTAT5_FRACTION": Source(
        "absolute pSTAT5 that gives half the full IL-2 imprint", "fraction", "williams2006",
        "ASSUMED"),
    "UNIMPRINTED_RECALL_DIVISION_FRACTION": Source(
        "recall division rate of memory cells that had no IL-2 signal in priming, relative to "
        "fully imprinted ones", "fraction", "williams2006",
        "ASSUMED: memory cells primed without IL-2 signals expand poorly on rechallenge; the "
        "size of the defect is not taken from the source"),
    "CD8_IL2RA_HALF_PSTAT5_FRACTION": Source(
        "absolute pSTAT5 at which IL-2 sustains half the inducible IL-2Rα", "fraction",
        "kalia2010", "ASSUMED: a subset of cells sustains CD25 longer than the rest"),
    "CD8_IL2_SECRETION_FRACTION": Source(
        "IL-2 secreted by an antigen-stimulated CD8 T cell relative to a CD4 helper", "fraction",
        "kalia2018", "ASSUMED: CD8 T cells make IL-2 themselves, less than CD4 helpers"),
    "NK_RESTING_KILLING_PER_H": Source(
        "killing rate of resting NK cells against NK-resistant tumour cells, per NK cell per "
        "target per hour", "1/h", "grimm1982",
        "ASSUMED: about 5 % lysis in a 4-h assay at 20 NK cells per target; fresh tumour cells "
        "resist resting NK cells"),
    "NK_PSTAT5_KILLING_PER_H": Source(
        "increase of the NK killing rate per unit absolute pSTAT5", "1/h", "grimm1982",
        "ASSUMED: after 2–3 days in IL-2, lymphocytes lyse 20 of 21 fresh tumours; the LAK "
        "activity is carried mostly by NK cells (phillips1986)", also=("phillips1986",)),
    "LAK_ACTIVATION_HALF_TIME_D": Source(
        "half-time of NK activation in IL-2 culture", "d", "grimm1982",
        "ASSUMED: LAK activity needs 2–3 days of culture"),
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


# --- inside the cell: JAK–STAT5, Ras/MAPK and PI3K/Akt/mTORC1 (il2lib.pathways) ---------
# Rate constants are given as half-times: an activation half-time is the half-time of the
# step when everything upstream of it is fully active; a half-life is that of the reverse
# (phosphatase, GAP) step on its own.
JAK_ACTIVATION_HALF_TIME_S = 10.0
JAK_INACTIVATION_HALF_LIFE_S = 20.0
STAT5_PHOSPHATASE_HALF_LIFE_MIN = 5.0
STAT5_NUCLEAR_IMPORT_HALF_TIME_MIN = 2.0
STAT5_NUCLEAR_EXPORT_HALF_TIME_MIN = 3.0
CIS_MRNA_HALF_LIFE_MIN = 30.0
CIS_PROTEIN_HALF_LIFE_MIN = 60.0
CIS_HALF_INHIBITION_FRACTION = 0.1
SHC_HALF_MAX_COMPLEXES_PER_CELL = 1e4
SHC_DEPHOSPHORYLATION_HALF_LIFE_MIN = 1.0
RAS_ACTIVATION_HALF_TIME_MIN = 0.5
RAS_GAP_HALF_LIFE_MIN = 1.0
ERK_ACTIVATION_HALF_TIME_MIN = 1.0
ERK_DEPHOSPHORYLATION_HALF_LIFE_MIN = 2.0
SOS_FEEDBACK_HALF_TIME_MIN = 5.0
SOS_FEEDBACK_HALF_LIFE_MIN = 15.0
AKT_HALF_MAX_COMPLEXES_PER_CELL = 1e4
AKT_DEPHOSPHORYLATION_HALF_LIFE_MIN = 2.0
MTORC1_ACTIVATION_HALF_TIME_MIN = 2.0
MTORC1_INACTIVATION_HALF_LIFE_MIN = 5.0
S6_PHOSPHORYLATION_HALF_TIME_MIN = 5.0
S6_DEPHOSPHORYLATION_HALF_LIFE_MIN = 10.0
JAK_INHIBITOR_BLOCK_FRACTION = 0.9
RAPAMYCIN_BLOCK_FRACTION = 0.95
PATHWAY_PARAMETERS = (
    "JAK_ACTIVATION_HALF_TIME_S", "JAK_INACTIVATION_HALF_LIFE_S",
    "STAT5_PHOSPHATASE_HALF_LIFE_MIN", "STAT5_NUCLEAR_IMPORT_HALF_TIME_MIN",
    "STAT5_NUCLEAR_EXPORT_HALF_TIME_MIN", "CIS_MRNA_HALF_LIFE_MIN", "CIS_PROTEIN_HALF_LIFE_MIN",
    "CIS_HALF_INHIBITION_FRACTION", "SHC_HALF_MAX_COMPLEXES_PER_CELL",
    "SHC_DEPHOSPHORYLATION_HALF_LIFE_MIN", "RAS_ACTIVATION_HALF_TIME_MIN",
    "RAS_GAP_HALF_LIFE_MIN", "ERK_ACTIVATION_HALF_TIME_MIN",
    "ERK_DEPHOSPHORYLATION_HALF_LIFE_MIN", "SOS_FEEDBACK_HALF_TIME_MIN",
    "SOS_FEEDBACK_HALF_LIFE_MIN", "AKT_HALF_MAX_COMPLEXES_PER_CELL",
    "AKT_DEPHOSPHORYLATION_HALF_LIFE_MIN", "MTORC1_ACTIVATION_HALF_TIME_MIN",
    "MTORC1_INACTIVATION_HALF_LIFE_MIN", "S6_PHOSPHORYLATION_HALF_TIME_MIN",
    "S6_DEPHOSPHORYLATION_HALF_LIFE_MIN", "JAK_INHIBITOR_BLOCK_FRACTION",
    "RAPAMYCIN_BLOCK_FRACTION",
)
"""Names of the parameters of :mod:`il2lib.pathways` (their own table in the book)."""

_ASSUMED_RATE = ("ASSUMED: no direct measurement in IL-2-stimulated lymphocytes; chosen so the "
                 "step is fast next to the hour-long response")
SOURCES.update({
    "JAK_ACTIVATION_HALF_TIME_S": Source(
        "half-time of JAK1/JAK3 activation on a signalling complex", "s", "ross2018",
        _ASSUMED_RATE),
    "JAK_INACTIVATION_HALF_LIFE_S": Source(
        "half-life of JAK activity on a complex without CIS/SOCS", "s", "ross2018",
        _ASSUMED_RATE + "; without inhibitor or feedback one third of complexes hold inactive "
        "JAKs"),
    "STAT5_PHOSPHATASE_HALF_LIFE_MIN": Source(
        "half-life of phosphorylated STAT5 against its phosphatases (cytoplasm and nucleus)",
        "min", "swameye2003", "ASSUMED: of the order of the few-minute nucleocytoplasmic cycle "
        "fitted to erythropoietin–STAT5 data"),
    "STAT5_NUCLEAR_IMPORT_HALF_TIME_MIN": Source(
        "half-time of nuclear import of phosphorylated STAT5", "min", "swameye2003",
        "ASSUMED: of the order of the fitted nuclear cycle"),
    "STAT5_NUCLEAR_EXPORT_HALF_TIME_MIN": Source(
        "half-time of nuclear export of dephosphorylated STAT5", "min", "swameye2003",
        "ASSUMED: of the order of the fitted nuclear cycle"),
    "CIS_MRNA_HALF_LIFE_MIN": Source(
        "half-life of CIS/SOCS mRNA, induced by nuclear pSTAT5", "min", "yoshimura1995",
        "ASSUMED: CIS is an immediate-early STAT5 target induced within an hour"),
    "CIS_PROTEIN_HALF_LIFE_MIN": Source(
        "half-life of CIS/SOCS protein", "min", "yoshimura1995", "ASSUMED"),
    "CIS_HALF_INHIBITION_FRACTION": Source(
        "CIS level (in units of the nuclear pSTAT5 fraction that makes it) that doubles JAK "
        "inactivation", "fraction", "yoshimura1995", "ASSUMED: sets the strength of feedback"),
    "SHC_HALF_MAX_COMPLEXES_PER_CELL": Source(
        "active-JAK complexes per cell that phosphorylate half the Shc on IL-2Rβ", "molecules",
        "tkach2014", "ASSUMED equal to the STAT5 half-maximum (FITTED by tkach2014)"),
    "SHC_DEPHOSPHORYLATION_HALF_LIFE_MIN": Source(
        "half-life of phosphorylated Shc", "min", "ross2018", _ASSUMED_RATE),
    "RAS_ACTIVATION_HALF_TIME_MIN": Source(
        "half-time of Ras activation by Grb2–SOS at fully phosphorylated Shc", "min", "ross2018",
        _ASSUMED_RATE),
    "RAS_GAP_HALF_LIFE_MIN": Source(
        "half-life of Ras-GTP against GTPase-activating proteins", "min", "ross2018",
        _ASSUMED_RATE),
    "ERK_ACTIVATION_HALF_TIME_MIN": Source(
        "half-time of ERK phosphorylation (Raf–MEK) at fully active Ras", "min", "ross2018",
        _ASSUMED_RATE),
    "ERK_DEPHOSPHORYLATION_HALF_LIFE_MIN": Source(
        "half-life of doubly phosphorylated ERK against dual-specificity phosphatases", "min",
        "ross2018", _ASSUMED_RATE),
    "SOS_FEEDBACK_HALF_TIME_MIN": Source(
        "half-time of SOS inhibition by ERK at fully active ERK", "min", "ross2018",
        "ASSUMED: makes pERK transient"),
    "SOS_FEEDBACK_HALF_LIFE_MIN": Source(
        "half-life of ERK's inhibition of SOS", "min", "ross2018", "ASSUMED"),
    "AKT_HALF_MAX_COMPLEXES_PER_CELL": Source(
        "active-JAK complexes per cell that phosphorylate half the Akt (via PI3K and PIP3)",
        "molecules", "tkach2014",
        "ASSUMED equal to the STAT5 half-maximum (FITTED by tkach2014)"),
    "AKT_DEPHOSPHORYLATION_HALF_LIFE_MIN": Source(
        "half-life of phosphorylated Akt against PTEN (PIP3) and PP2A", "min", "bensinger2004",
        _ASSUMED_RATE),
    "MTORC1_ACTIVATION_HALF_TIME_MIN": Source(
        "half-time of mTORC1 activation at fully phosphorylated Akt", "min", "ross2018",
        _ASSUMED_RATE),
    "MTORC1_INACTIVATION_HALF_LIFE_MIN": Source(
        "half-life of mTORC1 activity", "min", "ross2018", _ASSUMED_RATE),
    "S6_PHOSPHORYLATION_HALF_TIME_MIN": Source(
        "half-time of S6 phosphorylation (through S6 kinase) at fully active mTORC1", "min",
        "cornish2006", "ASSUMED: pS6 follows IL-2 over tens of minutes"),
    "S6_DEPHOSPHORYLATION_HALF_LIFE_MIN": Source(
        "half-life of phosphorylated S6", "min", "cornish2006", "ASSUMED"),
    "JAK_INHIBITOR_BLOCK_FRACTION": Source(
        "fraction of JAK activation a JAK inhibitor blocks in the book's drug examples",
        "fraction", "changelian2003", "ASSUMED: a concentration well above the IC50"),
    "RAPAMYCIN_BLOCK_FRACTION": Source(
        "fraction of mTORC1's phosphorylation of S6 kinase that rapamycin blocks in the book's "
        "drug examples", "fraction", "battaglia2005", "ASSUMED: a saturating concentration"),
})
