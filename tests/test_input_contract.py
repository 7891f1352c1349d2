"""The input contract of il2lib's public API, property-based.

Every public function and class of the model modules has an entry in ``CONTRACT``: one valid
call, and for each argument the kind of value it takes. Hypothesis then replaces one argument at a
time by a bad value of that kind (booleans, strings, complex numbers, NaN, infinities, negative,
zero or huge numbers, wrong shapes, unsorted or repeated time grids, wrong-case or unknown names)
and requires a ``ValueError`` that names the argument, quickly. ``test_every_public_callable_is_
covered`` fails when a public function or class is added without an entry.
"""

from __future__ import annotations

import importlib
import inspect
from dataclasses import dataclass, field, replace

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import il2lib
from il2lib import (
    binding,
    calibration,
    cells,
    cytokines,
    immune_response,
    nk_killing,
    parameters,
    pathways,
    populations,
    production,
    signaling,
    therapy,
    units,
)

MODEL_MODULES = ("binding", "calibration", "cells", "cytokines", "immune_response", "nk_killing",
                 "parameters", "populations",
                 "production", "signaling", "therapy", "units", "pathways")

# ---- bad values, by the kind of argument ------------------------------------------------------

NOT_REAL = [True, False, "1e-9", "high", 1e-9 + 5j, None, object()]
NOT_FINITE = [np.nan, np.inf, -np.inf]
NEGATIVE = st.floats(max_value=-1e-300, allow_nan=False, allow_infinity=False)

BAD = {
    # a single number >= 0
    "nonnegative": st.one_of(st.sampled_from(NOT_REAL + NOT_FINITE + [[1.0, 2.0]]), NEGATIVE),
    # a single number > 0
    "positive": st.one_of(st.sampled_from(NOT_REAL + NOT_FINITE + [0.0, [1.0, 2.0]]), NEGATIVE),
    # a number > 0, or None for the default
    "optional_positive": st.one_of(st.sampled_from(
        [v for v in NOT_REAL if v is not None] + NOT_FINITE + [0.0, [1.0, 2.0]]), NEGATIVE),
    # a number >= 0, or None for the default
    "optional_nonnegative": st.one_of(st.sampled_from(
        [v for v in NOT_REAL if v is not None] + NOT_FINITE + [[1.0, 2.0]]), NEGATIVE),
    # a number >= 0 or a 1-D array of them
    "array": st.one_of(st.sampled_from(NOT_REAL + NOT_FINITE + [
        [1e-9, np.nan], [1e-9 + 1j], ["1e-9"], np.ones((2, 2, 2)), [[1e-9], [1e-9, 2e-9]]]),
        NEGATIVE),
    # numbers >= 0 of any shape (unit conversions broadcast)
    "any_array": st.one_of(st.sampled_from(NOT_REAL + NOT_FINITE + [
        [1e-9, np.nan], [1e-9 + 1j], ["1e-9"]]), NEGATIVE),
    # three drives between 0 and 1
    "fraction_array": st.sampled_from(NOT_REAL + [[0.0, np.nan, 1.0], [0.0, 1.5, 1.0],
                                                  [0.0, -0.5, 1.0], [0.5, 0.5]]),
    # strictly increasing times >= 0
    "grid": st.sampled_from(NOT_REAL + [[1.0, 0.5], [0.0, 0.0, 1.0], [0.0, np.nan], [-1.0, 1.0],
                                        [[0.0, 1.0], [1.0, 2.0]], [], [0.0, np.inf]]),
    "rtol": st.sampled_from(NOT_REAL + NOT_FINITE + [0.0, -1e-6, 1e300, 0.5, 1e-30]),
    "flag": st.sampled_from(["False", "True", 0, 1, None, 0.0, "yes"]),
    "optional_flag": st.sampled_from(["False", "True", 0, 1, 0.0, "yes"]),
    "optional_grid": st.sampled_from([v for v in NOT_REAL if v is not None] + [
        [1.0, 0.5], [0.0, 0.0, 1.0], [0.0, np.nan], [-1.0, 1.0], [[0.0, 1.0], [1.0, 2.0]], [],
        [0.0], [0.0, np.inf]]),
    # a number between 0 and 1
    "fraction": st.sampled_from(NOT_REAL + NOT_FINITE + [-0.1, 1.5, 5.0]),
    "regimen": st.sampled_from([None, "high dose", 1e6, {"dose": 1.0}]),
    "choice": st.sampled_from([None, 5, "", "IV", "iu/kg", "oral"]),
    "course": st.sampled_from([None, 5, "course", {"t_h": [0.0]}]),
    "count": st.sampled_from([True, 0, -1, 1.5, "3", None, np.nan]),
    "name": st.sampled_from([None, 5, "", "   ", ["Treg"], 1.5]),
    "cell": st.sampled_from(["treg", "TREG", "B cell", 5, None, "", ["Treg"]]),
    "cells": st.sampled_from(["Treg", [], ["Treg", "B cell"], ["Treg", "Treg"], None]),
    "cytokine": st.sampled_from(["il-2", "IL2", "IL-7", 5, None, ""]),
    "kd": st.sampled_from(NOT_REAL + [np.nan, 0.0, -1e-9]),
}


@dataclass(frozen=True)
class Entry:
    """One public callable: a valid call, and the kind of each argument."""

    call: object
    valid: dict
    kinds: dict = field(default_factory=dict)


def _conc():
    return np.array([1e-12, 1e-9])


CONTRACT: dict[str, Entry | str] = {
    "binding.resolve_cells": Entry(binding.resolve_cells, {"cells": ["Treg", "NK"]},
                                   {"cells": "cells"}),
    # ---- binding
    "binding.equilibrium": Entry(binding.equilibrium,
                                 {"cytokine": "IL-2", "conc_M": _conc(), "cell": "Treg"},
                                 {"cytokine": "cytokine", "conc_M": "array", "cell": "cell"}),
    "binding.equilibrium_table": Entry(
        binding.equilibrium_table, {"cytokine": "IL-2", "conc_M": _conc(), "cells": ["Treg", "NK"]},
        {"cytokine": "cytokine", "conc_M": "array", "cells": "cells"}),
    "binding.conc_for_signaling_M": Entry(
        binding.conc_for_signaling_M,
        {"cytokine": "IL-2", "signaling_per_cell": 100.0, "cell": "Treg"},
        {"cytokine": "cytokine", "signaling_per_cell": "nonnegative", "cell": "cell"}),
    "binding.max_signaling_per_cell": Entry(binding.max_signaling_per_cell,
                                            {"cytokine": "IL-2", "cell": "NK"},
                                            {"cytokine": "cytokine", "cell": "cell"}),
    "binding.kinetics": Entry(
        binding.kinetics, {"cytokine": "IL-2", "conc_M": _conc(), "cell": "Treg",
                           "t_s": [0.0, 10.0], "rtol": 1e-8, "internalisation_half_life_s": 900.0},
        {"cytokine": "cytokine", "conc_M": "array", "cell": "cell", "t_s": "grid",
         "rtol": "rtol", "internalisation_half_life_s": "optional_positive"}),
    "binding.dissociation": Entry(
        binding.dissociation, {"cytokine": "IL-2", "conc_M": 1e-10, "cell": "Treg",
                               "t_s": [0.0, 10.0], "rtol": 1e-8},
        {"cytokine": "cytokine", "conc_M": "array", "cell": "cell", "t_s": "grid",
         "rtol": "rtol"}),
    "binding.finite_ligand_from_free_conc": Entry(
        binding.finite_ligand_from_free_conc,
        {"cytokine": "IL-2", "conc_M": _conc(), "cell": "Treg", "volume_per_cell_L": 1e-12},
        {"cytokine": "cytokine", "conc_M": "array", "cell": "cell",
         "volume_per_cell_L": "positive"}),
    "binding.equilibrium_finite_ligand": Entry(
        binding.equilibrium_finite_ligand,
        {"cytokine": "IL-2", "ligand_per_cell": [1e3, 1e5], "cell": "Treg",
         "volume_per_cell_L": 1e-12},
        {"cytokine": "cytokine", "ligand_per_cell": "array", "cell": "cell",
         "volume_per_cell_L": "positive"}),
    "binding.ligand_for_signaling_per_cell": Entry(
        binding.ligand_for_signaling_per_cell,
        {"cytokine": "IL-2", "signaling_per_cell": 100.0, "cell": "Treg",
         "volume_per_cell_L": 1e-12},
        {"cytokine": "cytokine", "signaling_per_cell": "nonnegative", "cell": "cell",
         "volume_per_cell_L": "positive"}),
    "binding.trans_presented": Entry(binding.trans_presented,
                                     {"cytokine": "IL-15", "kd_beta_M": 1e-8},
                                     {"cytokine": "cytokine", "kd_beta_M": "optional_positive"}),
    "binding.contact_volume_L": Entry(binding.contact_volume_L,
                                      {"membrane_area_um2": 260.0, "gap_nm": 15.0},
                                      {"membrane_area_um2": "positive", "gap_nm": "positive"}),
    "binding.trans_equilibrium": Entry(
        binding.trans_equilibrium,
        {"cytokine": "IL-15", "presented_per_cell": [10.0, 1e3], "cell": "NK", "kd_beta_M": 1e-8,
         "membrane_area_um2": 260.0, "gap_nm": 15.0},
        {"cytokine": "cytokine", "presented_per_cell": "array", "cell": "cell",
         "kd_beta_M": "optional_positive", "membrane_area_um2": "positive", "gap_nm": "positive"}),
    "binding.Complexes": "result container, made by binding.equilibrium",
    "binding.AssemblyTimeCourse": "result container, made by binding.kinetics",
    "binding.FiniteLigandComplexes": "result container, made by binding.equilibrium_finite_ligand",
    # ---- calibration
    "calibration.gamma_recruitment_kd_per_cell": Entry(
        calibration.gamma_recruitment_kd_per_cell,
        {"kd_intermediate_M": 1e-9, "kd_beta_M": 144e-9, "il2rb_per_cell": 510.0,
         "gamma_c_per_cell": 12_400.0},
        {"kd_intermediate_M": "positive", "kd_beta_M": "positive",
         "il2rb_per_cell": "positive", "gamma_c_per_cell": "positive"}),
    "calibration.beta_recruitment_kd_per_cell": Entry(
        calibration.beta_recruitment_kd_per_cell,
        {"kd_high_M": 10e-12, "kd_alpha_M": 10e-9, "kd_beta_M": 144e-9, "kx_gamma_per_cell": 85.0,
         "il2ra_per_cell": 3480.0, "il2rb_per_cell": 660.0, "gamma_c_per_cell": 14_000.0},
        {"kd_high_M": "positive", "kd_alpha_M": "positive", "kd_beta_M": "positive",
         "kx_gamma_per_cell": "positive", "il2ra_per_cell": "positive",
         "il2rb_per_cell": "positive", "gamma_c_per_cell": "nonnegative"}),
    # ---- cells and cytokines
    "cells.ReceptorProfile": Entry(
        cells.ReceptorProfile, {"name": "x", "il2ra_per_cell": 1.0, "il2rb_per_cell": 1.0,
                                "gamma_c_per_cell": 1.0, "il15ra_per_cell": 0.0},
        {"name": "name", "il2ra_per_cell": "nonnegative", "il2rb_per_cell": "nonnegative",
         "gamma_c_per_cell": "nonnegative", "il15ra_per_cell": "nonnegative"}),
    "cells.resolve_cell": Entry(cells.resolve_cell, {"cell": "Treg"}, {"cell": "cell"}),
    "cytokines.Cytokine": Entry(
        lambda **kw: replace(il2lib.IL2, **kw),
        {"name": "variant", "kd_alpha_M": 1e-8, "kd_beta_M": 1e-7, "kx_beta_per_cell": 500.0,
         "kx_gamma_per_cell": 80.0, "kon_per_M_per_s": 1e7, "kon_membrane_per_cell_per_s": 1e-3},
        {"name": "name", "kd_alpha_M": "kd", "kd_beta_M": "kd", "kx_beta_per_cell": "kd",
         "kx_gamma_per_cell": "kd", "kon_per_M_per_s": "positive",
         "kon_membrane_per_cell_per_s": "positive"}),
    "cytokines.resolve_cytokine": Entry(cytokines.resolve_cytokine, {"cytokine": "IL-2"},
                                        {"cytokine": "cytokine"}),
    # ---- parameters
    "parameters.Source": "a record of where a parameter comes from (not a model input)",
    "parameters.table": "takes no arguments",
    # ---- signaling
    "signaling.absolute_response": Entry(
        signaling.absolute_response,
        {"complexes_per_cell": [0.0, 1e3], "half_max_complexes_per_cell": 1e4},
        {"complexes_per_cell": "array", "half_max_complexes_per_cell": "positive"}),
    "signaling.relative_response": Entry(
        signaling.relative_response,
        {"complexes_per_cell": [0.0, 100.0], "maximum_per_cell": 660.0,
         "half_max_complexes_per_cell": 1e4},
        {"complexes_per_cell": "array", "maximum_per_cell": "nonnegative",
         "half_max_complexes_per_cell": "positive"}),
    **{f"signaling.{name}": Entry(
        getattr(signaling, name),
        {"cytokine": "IL-2", "conc_M": _conc(), "cell": "Treg", "half_max_complexes_per_cell": 1e4},
        {"cytokine": "cytokine", "conc_M": "array", "cell": "cell",
         "half_max_complexes_per_cell": "positive"}) for name in ("pstat5", "pstat5_fraction")},
    "signaling.ec50": Entry(
        signaling.ec50, {"cytokine": "IL-2", "cell": "Treg", "half_max_complexes_per_cell": 1e4},
        {"cytokine": "cytokine", "cell": "cell", "half_max_complexes_per_cell": "positive"}),
    "signaling.half_max_conc_M": Entry(
        signaling.half_max_conc_M,
        {"conc_M": np.logspace(-12, -6, 7), "response": np.linspace(0.0, 1.0, 7)},
        {"conc_M": "array", "response": "array"}),
    "signaling.pstat5_table": Entry(
        signaling.pstat5_table, {"cytokine": "IL-2", "conc_M": _conc(), "cells": ["Treg", "NK"],
                                 "half_max_complexes_per_cell": 1e4},
        {"cytokine": "cytokine", "conc_M": "array", "cells": "cells",
         "half_max_complexes_per_cell": "positive"}),
    "signaling.dose_response": Entry(
        signaling.dose_response, {"cytokine": "IL-2", "cell": "Th", "conc_M": _conc(),
                                  "half_max_complexes_per_cell": 1e4},
        {"cytokine": "cytokine", "cell": "cell", "conc_M": "array",
         "half_max_complexes_per_cell": "positive"}),
    "signaling.pstat5_finite_ligand": Entry(
        signaling.pstat5_finite_ligand,
        {"cytokine": "IL-15", "ligand_per_cell": [1e4, 1e7], "cell": "NK",
         "volume_per_cell_L": 1e-9, "half_max_complexes_per_cell": 1e4},
        {"cytokine": "cytokine", "ligand_per_cell": "array", "cell": "cell",
         "volume_per_cell_L": "positive", "half_max_complexes_per_cell": "positive"}),
    "signaling.ec50_finite_ligand": Entry(
        signaling.ec50_finite_ligand,
        {"cytokine": "IL-15", "cell": "NK", "volume_per_cell_L": 1e-9,
         "half_max_complexes_per_cell": 1e4},
        {"cytokine": "cytokine", "cell": "cell", "volume_per_cell_L": "positive",
         "half_max_complexes_per_cell": "positive"}),
    **{f"signaling.{name}": Entry(
        getattr(signaling, name),
        {"cytokine": "IL-15", "presented_per_cell": [1.0, 100.0], "cell": "CD8",
         "kd_beta_M": 1e-8, "membrane_area_um2": 260.0, "gap_nm": 15.0,
         "half_max_complexes_per_cell": 1e4},
        {"cytokine": "cytokine", "presented_per_cell": "array", "cell": "cell",
         "kd_beta_M": "optional_positive", "membrane_area_um2": "positive", "gap_nm": "positive",
         "half_max_complexes_per_cell": "positive"})
       for name in ("pstat5_trans", "trans_dose_response")},
    "signaling.ec50_trans": Entry(
        signaling.ec50_trans,
        {"cytokine": "IL-15", "cell": "NK", "kd_beta_M": 1e-8, "membrane_area_um2": 260.0,
         "gap_nm": 15.0, "half_max_complexes_per_cell": 1e4},
        {"cytokine": "cytokine", "cell": "cell", "kd_beta_M": "optional_positive",
         "membrane_area_um2": "positive", "gap_nm": "positive",
         "half_max_complexes_per_cell": "positive"}),
    "signaling.DoseResponse": "result container, made by signaling.dose_response",
    "signaling.TransDoseResponse": "result container, made by signaling.trans_dose_response",
    # ---- units
    **{f"units.{name}": Entry(getattr(units, name), {arg: [1.0, 2.0]}, {arg: "any_array"})
       for name, arg in (("iu_to_mg", "dose_iu"), ("mg_to_iu", "dose_mg"))},
    **{f"units.{name}": Entry(getattr(units, name),
                              {arg: [1.0, 2.0], "molecular_weight_g_per_mol": 15_300.0},
                              {arg: "any_array", "molecular_weight_g_per_mol": "positive"})
       for name, arg in (("ng_per_ml_to_molar", "conc_ng_per_ml"), ("molar_to_ng_per_ml", "conc_M"),
                         ("mg_to_mol", "mass_mg"), ("mol_to_mg", "amount_mol"))},
    **{f"units.{name}": Entry(getattr(units, name), {arg: [1.0, 2.0], "cells_per_litre": 1e9},
                              {arg: "any_array", "cells_per_litre": "positive"})
       for name, arg in (("per_cell_to_molar", "molecules_per_cell"),
                         ("molar_to_per_cell", "conc_M"))},
    # ---- production
    "production.simulate": Entry(
        production.simulate,
        {"t_h": [0.0, 6.0, 12.0], "antigen": 10.0, "cd28": True, "stat5_feedback": True,
         "cd25_induction": True, "differentiation": "naive", "cell": "Th", "cells_per_ml": 1e6,
         "mrna_half_life_h": 1.5, "il2rb_induction": True, "shared_antigen": True,
         "tcr_inhibits_pstat5": True, "secretion_boost": True, "preformed_mrna": False,
         "rtol": 1e-5},
        {"t_h": "optional_grid", "antigen": "nonnegative", "cd28": "flag",
         "stat5_feedback": "flag",
         "cd25_induction": "flag", "differentiation": "choice", "cell": "cell",
         "cells_per_ml": "positive", "mrna_half_life_h": "positive", "il2rb_induction": "flag",
         "shared_antigen": "flag", "tcr_inhibits_pstat5": "flag", "secretion_boost": "flag",
         "preformed_mrna": "optional_flag", "rtol": "rtol"}),
    "production.producer_fraction": Entry(production.producer_fraction, {"antigen": 1.0},
                                          {"antigen": "nonnegative"}),
    "production.timing": Entry(production.timing,
                               {"course": production.simulate([0.0, 6.0, 12.0, 24.0])},
                               {"course": "course"}),
    "production.ProductionTimeCourse": "result container, made by production.simulate",
    "production.Timing": "result container, made by production.timing",
    # ---- populations
    "populations.simulate": Entry(
        populations.simulate,
        {"t_h": [0.0, 24.0], "antigen": 0.1, "self_antigen": 0.002, "il2_supply_M_per_h": 1e-12,
         "tregs": True, "cd25_block": False, "volume_L": 1e-5, "rtol": 1e-4, "max_step_h": 12.0,
         "cytokine": "IL-2"},
        {"t_h": "grid", "antigen": "fraction", "self_antigen": "optional_nonnegative",
         "il2_supply_M_per_h": "nonnegative", "tregs": "flag", "cd25_block": "flag",
         "volume_L": "positive", "rtol": "rtol", "max_step_h": "optional_positive",
         "cytokine": "cytokine"}),
    "populations.Rates": Entry(
        populations.Rates, {"death_treg_per_h": 0.003, "division_max_per_h": 0.1,
                            "suppression_half_ratio": 0.25},
        {"death_treg_per_h": "nonnegative", "division_max_per_h": "positive",
         "suppression_half_ratio": "positive"}),
    "populations.with_receptors": Entry(populations.with_receptors,
                                        {"cell": "Treg", "il2ra_per_cell": 100.0},
                                        {"cell": "cell", "il2ra_per_cell": "nonnegative"}),
    "populations.survival_death_per_h": Entry(
        populations.survival_death_per_h,
        {"cytokine": "IL-15", "conc_M": _conc(), "cell": "CD8",
         "death_without_signal_per_h": 0.001, "half_pstat5_fraction": 0.05},
        {"cytokine": "cytokine", "conc_M": "array", "cell": "cell",
         "death_without_signal_per_h": "optional_nonnegative",
         "half_pstat5_fraction": "fraction"}),
    "populations.resting_state": "takes no arguments",
    "populations.secretion_kernel": "takes no arguments",
    "populations.SecretionKernel": "result container, made by populations.secretion_kernel",
    "populations.RestingState": "result container, made by populations.resting_state",
    "populations.PopulationTimeCourse": "result container, made by populations.simulate",
    # ---- immune response
    "immune_response.simulate": Entry(
        immune_response.simulate,
        {"t_d": [0.0, 2.0], "antigen_duration_d": 8.0, "precursors": 150.0, "cd25": True,
         "cd25_priming": True, "helper_il2_fold": 1.0, "il2_supply_M_per_h": 1e-12,
         "il15_M": 1e-10, "rechallenge_d": 1.0, "recall_antigen_duration_d": 3.0,
         "treg_cells": 1e5, "volume_L": 1e-4, "rtol": 1e-4},
        {"t_d": "grid", "antigen_duration_d": "positive", "precursors": "positive",
         "cd25": "flag", "cd25_priming": "flag", "helper_il2_fold": "nonnegative",
         "il2_supply_M_per_h": "nonnegative", "il15_M": "nonnegative",
         "rechallenge_d": "optional_positive", "recall_antigen_duration_d": "positive",
         "treg_cells": "nonnegative", "volume_L": "positive", "rtol": "rtol"}),
    "immune_response.CloneRates": Entry(
        immune_response.CloneRates,
        {"effector_death_per_d": 0.7, "effector_half_pstat5": 0.02,
         "il2_independent_division_fraction": 0.6},
        {"effector_death_per_d": "nonnegative", "effector_half_pstat5": "positive",
         "il2_independent_division_fraction": "fraction"}),
    "immune_response.antigen_signal": Entry(
        immune_response.antigen_signal, {"t_d": [0.0, 1.0], "duration_d": 8.0},
        {"t_d": "array", "duration_d": "positive"}),
    "immune_response.summarise": Entry(
        immune_response.summarise, {"antigen_duration_d": 1.0, "cd25": False},
        {"antigen_duration_d": "positive", "cd25": "flag", "helper_il2_fold": "nonnegative",
         "il2_supply_M_per_h": "nonnegative"}),
    "immune_response.secondary_expansion": Entry(
        immune_response.secondary_expansion, {"rechallenge_d": 1.0},
        {"rechallenge_d": "positive", "cd25_priming": "flag", "helper_il2_fold": "nonnegative"}),
    "immune_response.CloneTimeCourse": "result container, made by immune_response.simulate",
    "immune_response.Summary": "result container, made by immune_response.summarise",
    "nk_killing.killing_rate_per_h": Entry(
        nk_killing.killing_rate_per_h,
        {"pstat5_fraction": [0.0, 0.2], "resting_per_h": 1e-3, "per_pstat5_per_h": 0.02},
        {"pstat5_fraction": "array", "resting_per_h": "nonnegative",
         "per_pstat5_per_h": "nonnegative"}),
    "nk_killing.nk_activation": Entry(
        nk_killing.nk_activation,
        {"cytokine": "IL-2", "conc_M": _conc(), "culture_d": 3.0, "half_time_d": 1.0},
        {"cytokine": "cytokine", "conc_M": "array", "culture_d": "nonnegative",
         "half_time_d": "positive"}),
    "nk_killing.specific_lysis": Entry(
        nk_killing.specific_lysis,
        {"cytokine": "IL-15", "conc_M": _conc(), "culture_d": 3.0, "effector_to_target": 10.0,
         "assay_h": 4.0},
        {"cytokine": "cytokine", "conc_M": "array", "culture_d": "nonnegative",
         "effector_to_target": "positive", "assay_h": "positive"}),
    # ---- therapy
    "therapy.Regimen": Entry(
        therapy.Regimen, {"dose": 1e6, "unit": "IU/m2", "route": "sc", "interval_h": 24.0,
                          "n_doses": 3, "infusion_h": 0.25, "name": "x"},
        {"dose": "positive", "unit": "choice", "route": "choice", "interval_h": "positive",
         "n_doses": "count", "infusion_h": "positive"}),
    "therapy.body_surface_area_m2": Entry(therapy.body_surface_area_m2,
                                          {"weight_kg": 70.0, "height_cm": 170.0},
                                          {"weight_kg": "positive", "height_cm": "positive"}),
    "therapy.TwoCompartment": Entry(
        therapy.TwoCompartment,
        {"central_volume_L": 2.8, "k10_per_h": 2.6, "k12_per_h": 0.5, "k21_per_h": 0.6,
         "ka_per_h": 0.4, "bioavailability_fraction": 0.39},
        {"central_volume_L": "positive", "k10_per_h": "positive", "k12_per_h": "positive",
         "k21_per_h": "positive", "ka_per_h": "positive", "bioavailability_fraction": "fraction"}),
    "therapy.pharmacokinetics": Entry(therapy.pharmacokinetics,
                                      {"weight_kg": 70.0, "height_cm": 170.0,
                                       "clearance_mL_per_min": 200.0},
                                      {"weight_kg": "positive", "height_cm": "positive",
                                       "clearance_mL_per_min": "optional_positive"}),
    "therapy.coupled_pharmacokinetics": Entry(therapy.coupled_pharmacokinetics,
                                              {"weight_kg": 70.0, "height_cm": 170.0},
                                              {"weight_kg": "positive", "height_cm": "positive"}),
    "therapy.plasma_concentration": Entry(
        therapy.plasma_concentration,
        {"regimen": therapy.LOW_DOSE, "t_h": [0.0, 6.0], "weight_kg": 70.0, "height_cm": 170.0,
         "clearance_mL_per_min": 200.0},
        {"regimen": "regimen", "weight_kg": "positive", "height_cm": "positive",
         "clearance_mL_per_min": "optional_positive"}),
    "therapy.resolve_variant": Entry(therapy.resolve_variant, {"cytokine": "IL-2"},
                                     {"cytokine": "cytokine"}),
    "therapy.pstat5_over_time": Entry(therapy.pstat5_over_time,
                                      {"cytokine": "IL-2", "conc_M": _conc()},
                                      {"cytokine": "cytokine", "conc_M": "array"}),
    "therapy.course_times_h": Entry(therapy.course_times_h,
                                    {"regimen": therapy.LOW_DOSE, "step_h": 1.0},
                                    {"regimen": "regimen", "step_h": "positive"}),
    "therapy.leak": Entry(
        therapy.leak, {"drive": [0.0, 0.5, 1.0], "t_h": [0.0, 1.0, 2.0],
                       "leak_rate_per_h": 0.02, "recovery_half_life_h": 12.0},
        {"drive": "fraction_array", "t_h": "grid", "leak_rate_per_h": "positive",
         "recovery_half_life_h": "positive"}),
    "therapy.simulate_course": Entry(
        therapy.simulate_course, {"regimen": therapy.LOW_DOSE, "cytokine": "IL-2",
                                  "weight_kg": 70.0},
        {"regimen": "regimen", "cytokine": "cytokine", "weight_kg": "positive",
         "endothelium": "cell"}),
    "therapy.dose_sweep": Entry(
        therapy.dose_sweep, {"regimen": therapy.LOW_DOSE, "dose_factors": [0.5, 1.0]},
        {"regimen": "regimen", "dose_factors": "array"}),
    "therapy.expansion": Entry(
        therapy.expansion, {"regimen": replace(therapy.LOW_DOSE, n_doses=1), "weight_kg": 70.0,
                            "step_h": 6.0},
        {"regimen": "regimen", "weight_kg": "positive", "step_h": "positive",
         "body_lymphocytes": "positive", "cells_clear": "flag"}),
    "therapy.Expansion": "result container, made by therapy.expansion",
    "therapy.Plasma": Entry(
        therapy.Plasma, {"regimen": therapy.LOW_DOSE, "weight_kg": 70.0,
                         "body_lymphocytes": 5e11, "cells_clear": True},
        {"regimen": "regimen", "weight_kg": "positive", "body_lymphocytes": "positive",
         "cells_clear": "flag"}),
    "populations.IL2Pool": "base class of the il2_pool of populations.simulate; no input",
    "cytokines.interface_variant": Entry(
        cytokines.interface_variant,
        {"cytokine": cytokines.IL2, "name": "weak IL-2Rβ", "alpha_fold": 1.0, "beta_fold": 3.0,
         "gamma_fold": 1.0},
        {"cytokine": "cytokine", "name": "name", "alpha_fold": "kd", "beta_fold": "kd",
         "gamma_fold": "kd"}),
    "cytokines.bivalent": Entry(
        cytokines.bivalent, {"cytokine": cytokines.IL2, "name": "IgG-(IL-2)2",
                             "arm_reach_nm": 15.0},
        {"cytokine": "cytokine", "name": "name", "arm_reach_nm": "positive"}),
    "therapy.Course": "result container, made by therapy.simulate_course",
    "therapy.DoseSweep": "result container, made by therapy.dose_sweep",
    # ---- pathways
    **{f"pathways.{name}": Entry(
        getattr(pathways, name),
        {"conc_M": conc, "cell": "Th", **times, "cytokine": "IL-2", "jak_inhibition": 0.5,
         "mtorc1_inhibition": 0.5, "stat5_phosphatase_fold": 2.0, "pten_fold": 2.0,
         "feedback": True},
        {"conc_M": conc_kind, "cell": "cell", **time_kinds, "cytokine": "cytokine",
         "jak_inhibition": "fraction", "mtorc1_inhibition": "fraction",
         "stat5_phosphatase_fold": "positive", "pten_fold": "positive", "feedback": "flag"})
       for name, conc, conc_kind, times, time_kinds in (
           ("time_course", 1e-9, "nonnegative", {"t_min": [0.0, 10.0]}, {"t_min": "grid"}),
           ("steady_state", _conc(), "array", {}, {}),
           ("dose_response", _conc(), "array", {"t_min": 10.0}, {"t_min": "optional_positive"}))},
    "pathways.PathwayState": "result container, made by pathways.steady_state",
    "pathways.PathwayTimeCourse": "result container, made by pathways.time_course",
    "pathways.PathwayDoseResponse": "result container, made by pathways.dose_response",
    "units.format_quantity": Entry(units.format_quantity, {"value": 1e-9, "unit": "M"},
                                   {"value": "nonnegative"}),
}
"""Every public callable of the model modules: an Entry, or why it takes no checked input."""


def public_callables() -> list[str]:
    """Public functions and classes defined in the model modules, as "module.name"."""
    found = []
    for module_name in MODEL_MODULES:
        module = importlib.import_module(f"il2lib.{module_name}")
        for name, obj in vars(module).items():
            if name.startswith("_") or not callable(obj) or inspect.ismodule(obj):
                continue
            if getattr(obj, "__module__", None) == module.__name__:
                found.append(f"{module_name}.{name}")
    return found


PENDING: set[str] = set()
"""Public callables allowed to lack an entry (none)."""

CASES = [(name, arg) for name, entry in CONTRACT.items() if isinstance(entry, Entry)
         for arg in entry.kinds]


def test_every_public_callable_is_covered():
    missing = [name for name in public_callables() if name not in CONTRACT and name not in PENDING]
    assert not missing, f"public callables without an input-contract entry: {missing}"


@pytest.mark.parametrize("name", [n for n, e in CONTRACT.items() if isinstance(e, Entry)])
def test_the_valid_call_is_valid(name):
    entry = CONTRACT[name]
    entry.call(**entry.valid)


@pytest.mark.parametrize("name, arg", CASES, ids=[f"{n}:{a}" for n, a in CASES])
@settings(max_examples=30, deadline=2000, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_bad_input_raises_value_error_naming_the_argument(name, arg, data):
    entry = CONTRACT[name]
    bad = data.draw(BAD[entry.kinds[arg]], label=arg)
    with pytest.raises(ValueError, match=arg):
        entry.call(**{**entry.valid, arg: bad})


def test_the_contract_names_real_parameters():
    for name, entry in CONTRACT.items():
        if not isinstance(entry, Entry) or not inspect.isfunction(entry.call):
            continue
        if entry.call.__name__ == "<lambda>":
            continue
        params = inspect.signature(entry.call).parameters
        if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values()):
            continue
        assert set(entry.kinds) <= set(params), name


def test_parameters_table_rows_are_complete():
    for row in parameters.table():
        assert row["citation"] and row["unit"] and row["description"]
