"""Property-based tests over random receptor numbers and concentrations (1e-15 to 1e-5 M)."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from il2lib import binding, signaling
from il2lib.cells import ReceptorProfile

chains = st.floats(min_value=0.0, max_value=1e5, allow_nan=False)
positive_chains = st.floats(min_value=1.0, max_value=1e5, allow_nan=False)
log_conc = st.floats(min_value=-15.0, max_value=-5.0)
cytokines = st.sampled_from(["IL-2", "IL-15"])


@st.composite
def cells(draw, beta=chains, gamma=chains):
    return ReceptorProfile("random", draw(chains), draw(beta), draw(gamma), draw(chains))


@settings(max_examples=200, deadline=None, derandomize=True)
@given(cytokine=cytokines, cell=cells(), log_concs=st.lists(log_conc, min_size=1, max_size=20))
def test_chains_are_conserved_and_species_nonnegative(cytokine, cell, log_concs):
    eq = binding.equilibrium(cytokine, 10.0 ** np.array(log_concs), cell)
    alpha_total = cell.il2ra_per_cell if cytokine == "IL-2" else cell.il15ra_per_cell
    for species in binding.SPECIES:
        assert np.all(getattr(eq, species) >= 0)
    alpha = (eq.free_alpha_per_cell + eq.ligand_alpha_per_cell + eq.ligand_alpha_beta_per_cell
             + eq.ligand_alpha_beta_gamma_per_cell)
    beta = eq.free_beta_per_cell + eq.beta_bound_per_cell
    gamma = eq.free_gamma_per_cell + eq.signaling_per_cell
    for total, expected in ((alpha, alpha_total), (beta, cell.il2rb_per_cell),
                            (gamma, cell.gamma_c_per_cell)):
        np.testing.assert_allclose(total, expected, rtol=1e-9, atol=1e-9)


@settings(max_examples=100, deadline=None, derandomize=True)
@given(cytokine=cytokines, cell=cells(beta=positive_chains, gamma=positive_chains),
       log_concs=st.lists(log_conc, min_size=2, max_size=30, unique=True))
def test_pstat5_is_monotone_and_bounded(cytokine, cell, log_concs):
    conc = np.sort(10.0 ** np.array(log_concs))
    response = signaling.pstat5(cytokine, conc, cell)
    assert np.all((response >= 0) & (response <= 1))
    assert np.all(np.diff(response) >= -1e-12)


@settings(max_examples=100, deadline=None, derandomize=True)
@given(cytokine=cytokines, cell=cells(beta=positive_chains, gamma=positive_chains))
def test_pstat5_is_one_half_at_ec50(cytokine, cell):
    c50 = signaling.ec50(cytokine, cell)
    assert abs(float(signaling.pstat5(cytokine, c50, cell)) - 0.5) < 1e-7


@settings(max_examples=15, deadline=None, derandomize=True)
@given(cell=cells(beta=positive_chains, gamma=positive_chains), log_c=log_conc)
def test_kinetics_settles_on_the_equilibrium(cell, log_c):
    conc = 10.0**log_c
    eq = binding.equilibrium("IL-2", conc, cell)
    late = binding.kinetics("IL-2", conc, cell, [0.0, 1e9])
    scale = max(cell.il2ra_per_cell, cell.il2rb_per_cell, cell.gamma_c_per_cell)
    for species in binding.SPECIES:
        np.testing.assert_allclose(getattr(late, species)[-1], getattr(eq, species),
                                   rtol=1e-6, atol=1e-9 * scale, err_msg=species)


@settings(max_examples=150, deadline=None, derandomize=True)
@given(cell=cells(beta=positive_chains, gamma=positive_chains),
       log_kd_alpha=st.floats(-13.0, -4.0), log_kd_beta=st.floats(-11.0, -4.0),
       log_kx_beta=st.floats(-2.0, 6.0), log_kx_gamma=st.floats(-2.0, 6.0),
       log_k_s=st.floats(0.0, 6.0))
def test_ec50_inverse_is_exact_for_unusual_constants(cell, log_kd_alpha, log_kd_beta,
                                                     log_kx_beta, log_kx_gamma, log_k_s):
    from dataclasses import replace

    from il2lib import IL2
    cytokine = replace(IL2, name="variant", kd_alpha_M=10.0 ** log_kd_alpha,
                       kd_beta_M=10.0 ** log_kd_beta, kx_beta_per_cell=10.0 ** log_kx_beta,
                       kx_gamma_per_cell=10.0 ** log_kx_gamma)
    k_s = 10.0 ** log_k_s
    c50 = signaling.ec50(cytokine, cell, half_max_complexes_per_cell=k_s)
    response = signaling.pstat5(cytokine, c50, cell, half_max_complexes_per_cell=k_s)
    assert abs(float(response) - 0.5) < 1e-8


@settings(max_examples=100, deadline=None, derandomize=True)
@given(cell=cells(beta=positive_chains, gamma=positive_chains),
       log_concs=st.lists(log_conc, min_size=1, max_size=20),
       reach_nm=st.floats(min_value=1.0, max_value=1e4))
def test_a_second_copy_conserves_chains_and_never_lowers_the_signal(cell, log_concs, reach_nm):
    from il2lib.cytokines import IL2, bivalent
    two = bivalent(IL2, "IgG-(IL-2)2", arm_reach_nm=reach_nm)
    conc = 10.0 ** np.array(log_concs)
    eq = binding.equilibrium(two, conc, cell)
    for species in binding.SPECIES:
        assert np.all(getattr(eq, species) >= 0)
    np.testing.assert_allclose(eq.free_gamma_per_cell + eq.signaling_per_cell,
                               cell.gamma_c_per_cell, rtol=1e-9, atol=1e-9)
    np.testing.assert_allclose(eq.free_beta_per_cell + eq.beta_bound_per_cell,
                               cell.il2rb_per_cell, rtol=1e-9, atol=1e-9)
    two_copies_apart = binding.equilibrium("IL-2", 2 * conc, cell).signaling_per_cell
    assert np.all(eq.signaling_per_cell >= two_copies_apart * (1 - 1e-9) - 1e-9)
    assert np.all(eq.signaling_per_cell <= binding.max_signaling_per_cell(two, cell) * (1 + 1e-9))
