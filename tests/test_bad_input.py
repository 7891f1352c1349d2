"""Every bad input named in DESIGN.md raises ValueError naming the argument."""

import numpy as np
import pytest

import il2lib
from il2lib import binding, signaling
from il2lib.cells import ReceptorProfile
from il2lib.cytokines import Cytokine

MODEL_CALLS = {
    "equilibrium": lambda cytokine, conc, cell: binding.equilibrium(cytokine, conc, cell),
    "kinetics": lambda cytokine, conc, cell: binding.kinetics(cytokine, conc, cell, [0, 1]),
    "pstat5": lambda cytokine, conc, cell: signaling.pstat5(cytokine, conc, cell),
    "dose_response": lambda cytokine, conc, cell: signaling.dose_response(cytokine, cell, conc),
    "pstat5_table": lambda cytokine, conc, cell: signaling.pstat5_table(cytokine, conc, [cell]),
}


@pytest.mark.parametrize("call", MODEL_CALLS.values(), ids=MODEL_CALLS)
@pytest.mark.parametrize("conc", [-1e-9, np.nan, np.inf, -np.inf, [1e-9, np.nan], "high"])
def test_bad_concentration(call, conc):
    with pytest.raises(ValueError, match="conc_M"):
        call("IL-2", conc, "Treg")


@pytest.mark.parametrize("call", MODEL_CALLS.values(), ids=MODEL_CALLS)
def test_wrong_shape(call):
    with pytest.raises(ValueError, match="conc_M.*shape"):
        call("IL-2", np.ones((2, 3)) * 1e-9, "Treg")


@pytest.mark.parametrize("call", MODEL_CALLS.values(), ids=MODEL_CALLS)
def test_unknown_cytokine_lists_the_valid_names(call):
    with pytest.raises(ValueError, match=r"cytokine.*'IL-15', 'IL-2'"):
        call("IL-7", 1e-9, "Treg")


@pytest.mark.parametrize("call", MODEL_CALLS.values(), ids=MODEL_CALLS)
def test_unknown_cell_lists_the_valid_names(call):
    with pytest.raises(ValueError, match=r"cell.*'CD8', 'NK', 'Th', 'Treg'"):
        call("IL-2", 1e-9, "B cell")


def test_ec50_rejects_unknown_names():
    with pytest.raises(ValueError, match="cytokine"):
        signaling.ec50("IL-21", "NK")
    with pytest.raises(ValueError, match="cell"):
        signaling.ec50("IL-2", "macrophage")


@pytest.mark.parametrize("field", ["il2ra_per_cell", "il2rb_per_cell", "gamma_c_per_cell",
                                   "il15ra_per_cell"])
@pytest.mark.parametrize("bad", [-1.0, np.nan, np.inf])
def test_receptor_profile_rejects_bad_numbers(field, bad):
    numbers = {"il2ra_per_cell": 1.0, "il2rb_per_cell": 1.0, "gamma_c_per_cell": 1.0,
               "il15ra_per_cell": 0.0, field: bad}
    with pytest.raises(ValueError, match=field):
        ReceptorProfile("x", **numbers)


@pytest.mark.parametrize("field", ["kd_alpha_M", "kd_beta_M", "kx_beta_per_cell",
                                   "kx_gamma_per_cell"])
@pytest.mark.parametrize("bad", [0.0, -1.0, np.nan])
def test_cytokine_rejects_bad_constants(field, bad):
    from dataclasses import replace
    with pytest.raises(ValueError, match=field):
        replace(il2lib.IL2, **{field: bad})


def test_cytokine_rejects_unknown_alpha_chain():
    with pytest.raises(ValueError, match="alpha_chain.*il15ra"):
        Cytokine("x", "il7ra", 1e-9, 1e-9, 1.0, 1.0)


@pytest.mark.parametrize("times", [[-1.0, 1.0], [0.0, np.nan], [2.0, 1.0], [], [[0, 1]]])
def test_kinetics_rejects_bad_times(times):
    with pytest.raises(ValueError, match="t_s"):
        binding.kinetics("IL-2", 1e-9, "Treg", times)


def test_half_max_must_be_positive():
    with pytest.raises(ValueError, match="half_max_complexes_per_cell"):
        signaling.pstat5("IL-2", 1e-9, "Treg", half_max_complexes_per_cell=0)


def test_inverse_rejects_unreachable_targets():
    with pytest.raises(ValueError, match="signaling_per_cell"):
        binding.conc_for_signaling_M("IL-2", 1e6, "Treg")


def test_table_needs_at_least_one_cell():
    with pytest.raises(ValueError, match="cells"):
        signaling.pstat5_table("IL-2", 1e-9, [])


@pytest.mark.parametrize("kwargs, name", [
    ({"complexes_per_cell": -1.0}, "complexes_per_cell"),
    ({"complexes_per_cell": np.nan}, "complexes_per_cell"),
    ({"maximum_per_cell": np.inf}, "maximum_per_cell"),
    ({"half_max_complexes_per_cell": 0.0}, "half_max_complexes_per_cell"),
])
def test_relative_response_rejects_bad_input(kwargs, name):
    args = {"complexes_per_cell": 10.0, "maximum_per_cell": 660.0, **kwargs}
    with pytest.raises(ValueError, match=name):
        signaling.relative_response(**args)
