"""Receptor assembly: calibration, conservation, and agreement of the two solvers."""

from dataclasses import replace

import numpy as np
import pytest

import il2lib
from il2lib import binding, parameters
from il2lib.cells import ReceptorProfile

CONC_M = np.logspace(-15, -5, 41)


def _chain_totals(eq):
    alpha = (eq.free_alpha_per_cell + eq.ligand_alpha_per_cell + eq.ligand_alpha_beta_per_cell
             + eq.ligand_alpha_beta_gamma_per_cell)
    beta = (eq.free_beta_per_cell + eq.ligand_beta_per_cell + eq.ligand_alpha_beta_per_cell
            + eq.signaling_per_cell)
    gamma = eq.free_gamma_per_cell + eq.signaling_per_cell
    return alpha, beta, gamma


def test_alpha_only_cell_is_half_occupied_at_kd():
    cell = ReceptorProfile("α only", 5000, 0, 0)
    eq = binding.equilibrium("IL-2", parameters.KD_IL2_IL2RA_M, cell)
    assert eq.ligand_alpha_per_cell == pytest.approx(2500, rel=1e-12)


def test_beta_only_cell_is_half_occupied_at_its_solution_kd():
    cell = ReceptorProfile("β only", 0, 1000, 0)
    eq = binding.equilibrium("IL-2", parameters.KD_IL2_IL2RB_M, cell)
    assert eq.ligand_beta_per_cell == pytest.approx(500, rel=1e-12)


@pytest.mark.parametrize("cell", list(il2lib.CELL_TYPES))
@pytest.mark.parametrize("cytokine", ["IL-2", "IL-15"])
def test_chains_are_conserved(cytokine, cell):
    eq = binding.equilibrium(cytokine, CONC_M, cell)
    profile = il2lib.CELL_TYPES[cell]
    alpha_total = profile.il2ra_per_cell if cytokine == "IL-2" else profile.il15ra_per_cell
    alpha, beta, gamma = _chain_totals(eq)
    np.testing.assert_allclose(alpha, alpha_total, rtol=1e-9, atol=1e-9 * max(alpha_total, 1))
    np.testing.assert_allclose(beta, profile.il2rb_per_cell, rtol=1e-9)
    np.testing.assert_allclose(gamma, profile.gamma_c_per_cell, rtol=1e-9)


def test_calibration_reproduces_the_intermediate_affinity():
    """On CD8 numbers (γc in excess of IL-2Rβ, no IL-2Rα), half of IL-2Rβ is bound at 1 nM."""
    cell = replace(il2lib.CELL_TYPES["CD8"], il2ra_per_cell=0.0)
    eq = binding.equilibrium("IL-2", parameters.KD_APPARENT_INTERMEDIATE_M, cell)
    assert eq.beta_bound_per_cell / cell.il2rb_per_cell == pytest.approx(0.5, rel=1e-9)


def test_calibration_reproduces_the_high_affinity():
    """On the Treg's three chains, half of IL-2Rβ is bound at 10 pM."""
    cell = il2lib.CELL_TYPES["Treg"]
    eq = binding.equilibrium("IL-2", parameters.KD_APPARENT_HIGH_M, cell)
    assert eq.beta_bound_per_cell / cell.il2rb_per_cell == pytest.approx(0.5, rel=1e-9)


def test_removing_il2ra_lowers_il2rb_occupancy_at_low_dose():
    treg = il2lib.CELL_TYPES["Treg"]
    with_alpha = binding.equilibrium("IL-2", 1e-11, treg).beta_bound_per_cell
    no_alpha = replace(treg, il2ra_per_cell=0)
    without = binding.equilibrium("IL-2", 1e-11, no_alpha).beta_bound_per_cell
    assert with_alpha > 10 * without


def test_no_cytokine_means_no_complexes():
    eq = binding.equilibrium("IL-2", 0.0, "Treg")
    assert eq.bound_per_cell == 0
    assert eq.free_gamma_per_cell == il2lib.CELL_TYPES["Treg"].gamma_c_per_cell


def test_output_shape_follows_conc():
    assert binding.equilibrium("IL-2", 1e-9, "NK").signaling_per_cell.shape == ()
    assert binding.equilibrium("IL-2", [1e-9, 1e-8], "NK").signaling_per_cell.shape == (2,)


def test_table_matches_single_cell_solves():
    table = binding.equilibrium_table("IL-2", CONC_M, list(il2lib.CELL_TYPES))
    for name, complexes in table.items():
        single = binding.equilibrium("IL-2", CONC_M, name)
        np.testing.assert_allclose(complexes.signaling_per_cell, single.signaling_per_cell,
                                   rtol=1e-12, atol=1e-12)


@pytest.mark.parametrize("cell", list(il2lib.CELL_TYPES))
def test_equilibrium_equals_long_time_kinetics(cell):
    conc = np.logspace(-13, -6, 8)
    eq = binding.equilibrium("IL-2", conc, cell)
    late = binding.kinetics("IL-2", conc, cell, [0.0, 1e7])
    for species in binding.SPECIES:
        expected, got = getattr(eq, species), getattr(late, species)[-1]
        np.testing.assert_allclose(got, expected, rtol=1e-6, atol=1e-6, err_msg=species)


def test_kinetics_starts_free_and_conserves_chains():
    tc = binding.kinetics("IL-2", 1e-10, "Treg", np.linspace(0, 3600, 13))
    assert tc.signaling_per_cell[0] == 0
    alpha, beta, gamma = _chain_totals(tc)
    treg = il2lib.CELL_TYPES["Treg"]
    np.testing.assert_allclose(alpha, treg.il2ra_per_cell, rtol=1e-8)
    np.testing.assert_allclose(beta, treg.il2rb_per_cell, rtol=1e-8)
    np.testing.assert_allclose(gamma, treg.gamma_c_per_cell, rtol=1e-8)
    assert np.all(np.diff(tc.signaling_per_cell) >= -1e-6)  # rises to its plateau


def test_max_signaling_is_the_high_concentration_limit():
    for cell in il2lib.CELL_TYPES:
        high = binding.equilibrium("IL-2", 1e-2, cell).signaling_per_cell
        assert binding.max_signaling_per_cell("IL-2", cell) == pytest.approx(high, rel=1e-5)


@pytest.mark.parametrize("target", [1.0, 50.0, 300.0, 600.0])
def test_inverse_recovers_the_concentration(target):
    conc = binding.conc_for_signaling_M("IL-2", target, "Treg")
    assert binding.equilibrium("IL-2", conc, "Treg").signaling_per_cell == pytest.approx(
        target, rel=1e-9)


def test_il15_uses_il15ra_not_il2ra():
    """A cell with IL-2Rα only binds no IL-15 through an α chain."""
    eq = binding.equilibrium("IL-15", 1e-10, ReceptorProfile("α", 5000, 0, 0))
    assert eq.bound_per_cell == 0


def test_a_cytokine_that_cannot_bind_alpha_ignores_il2ra():
    """A "not-alpha" IL-2 sees a Treg as if it had no IL-2Rα, in both solvers."""
    not_alpha = replace(il2lib.IL2, name="not-alpha IL-2", kd_alpha_M=float("inf"))
    treg = il2lib.CELL_TYPES["Treg"]
    conc = np.logspace(-12, -7, 6)
    eq = binding.equilibrium(not_alpha, conc, treg)
    reference = binding.equilibrium("IL-2", conc, replace(treg, il2ra_per_cell=0))
    np.testing.assert_allclose(eq.signaling_per_cell, reference.signaling_per_cell, rtol=1e-12)
    assert np.all(eq.ligand_alpha_per_cell == 0)
    late = binding.kinetics(not_alpha, conc, treg, [0.0, 1e7])
    np.testing.assert_allclose(late.signaling_per_cell[-1], eq.signaling_per_cell, rtol=1e-6)
    assert np.all(np.abs(late.ligand_alpha_beta_gamma_per_cell) < 1e-12)


@pytest.mark.parametrize("cell", list(il2lib.CELL_TYPES))
def test_il15_equilibrium_equals_long_time_kinetics(cell):
    with_il15ra = replace(il2lib.CELL_TYPES[cell], il15ra_per_cell=500.0)
    conc = np.logspace(-13, -7, 5)
    eq = binding.equilibrium("IL-15", conc, with_il15ra)
    late = binding.kinetics("IL-15", conc, with_il15ra, [0.0, 1e7])
    np.testing.assert_allclose(late.signaling_per_cell[-1], eq.signaling_per_cell,
                               rtol=1e-6, atol=1e-6)


# --- internalisation and dissociation -----------------------------------------------------


def test_internalisation_conserves_il2ra_and_removes_beta_with_the_complexes():
    """IL-2Rα recycles; each internalised complex takes one IL-2Rβ and, if signalling, one γc."""
    cell = il2lib.CELL_TYPES["Treg"]
    course = binding.kinetics("IL-2", [1e-11, 1e-9], cell, [0.0, 600.0, 3600.0],
                              internalisation_half_life_s=900.0)
    alpha = (course.free_alpha_per_cell + course.ligand_alpha_per_cell
             + course.ligand_alpha_beta_per_cell + course.ligand_alpha_beta_gamma_per_cell)
    np.testing.assert_allclose(alpha, cell.il2ra_per_cell, rtol=1e-6)
    beta = course.free_beta_per_cell + course.beta_bound_per_cell
    np.testing.assert_allclose(beta + course.internalised_per_cell, cell.il2rb_per_cell,
                               rtol=1e-6)
    assert np.all(np.diff(course.internalised_per_cell, axis=0) > 0)


def test_without_internalisation_nothing_is_internalised():
    assert binding.kinetics("IL-2", 1e-10, "NK", [0.0, 10.0]).internalised_per_cell is None


def test_dissociation_starts_at_equilibrium_and_loses_all_il2():
    eq = binding.equilibrium("IL-2", 1e-10, "Treg")
    washed = binding.dissociation("IL-2", 1e-10, "Treg", [0.0, 60.0, 1e7])
    assert washed.bound_per_cell[0] == pytest.approx(float(eq.bound_per_cell), rel=1e-9)
    assert washed.bound_per_cell[1] < washed.bound_per_cell[0]
    assert washed.bound_per_cell[-1] < 1e-6 * washed.bound_per_cell[0]


def test_slower_membrane_steps_slow_dissociation_but_not_the_equilibrium():
    slow = replace(il2lib.IL2, kon_membrane_per_cell_per_s=1e-5)
    t_s = np.geomspace(1.0, 1e6, 300)

    def half_time(cytokine):
        bound = binding.dissociation(cytokine, 1e-10, "Treg", t_s).bound_per_cell
        return np.interp(bound[0] / 2, bound[::-1], t_s[::-1])

    assert half_time(slow) > 10 * half_time(il2lib.IL2)
    np.testing.assert_allclose(binding.equilibrium(slow, 1e-10, "Treg").signaling_per_cell,
                               binding.equilibrium("IL-2", 1e-10, "Treg").signaling_per_cell)


@pytest.mark.parametrize("kwargs, name", [
    ({"rtol": 1e300}, "rtol"), ({"rtol": 0.0}, "rtol"),
    ({"internalisation_half_life_s": -1.0}, "internalisation_half_life_s"),
])
def test_kinetics_rejects_bad_options(kwargs, name):
    with pytest.raises(ValueError, match=name):
        binding.kinetics("IL-2", 1e-10, "NK", [0.0, 1.0], **kwargs)


# --- bivalent cytokines (two units per molecule) ------------------------------------------

def _bivalent_il2(**kwargs):
    from il2lib.cytokines import IL2, bivalent
    return bivalent(IL2, "IgG-(IL-2)2", **kwargs)


def test_bivalent_molecule_with_unreachable_second_unit_is_two_units():
    # A second unit that cannot reach the cell's chains only doubles the concentration.
    far = _bivalent_il2(arm_reach_nm=1e12)
    conc = np.geomspace(1e-13, 1e-8, 6)
    for cell in ("Treg", "NK"):
        np.testing.assert_allclose(binding.equilibrium(far, conc, cell).signaling_per_cell,
                                   binding.equilibrium("IL-2", 2 * conc, cell).signaling_per_cell,
                                   rtol=1e-6)


def test_bivalent_avidity_at_low_concentration_follows_the_free_chains():
    # With the chains all free, the effective concentration is 2c (1 + S/(N_A V)).
    from scipy.constants import Avogadro

    from il2lib.cells import CELL_TYPES
    from il2lib.cytokines import IL2
    two = _bivalent_il2()
    cell = CELL_TYPES["Treg"]
    rho = 1 + cell.gamma_c_per_cell / IL2.kx_gamma_per_cell
    weight = (cell.il2ra_per_cell / IL2.kd_alpha_M + cell.il2rb_per_cell * rho / IL2.kd_beta_M
              + cell.il2ra_per_cell * cell.il2rb_per_cell * rho
              / (IL2.kd_alpha_M * IL2.kx_beta_per_cell))
    psi = 1 + weight / (Avogadro * binding.contact_volume_L(gap_nm=two.arm_reach_nm))
    c = 1e-23
    assert (binding.equilibrium(two, c, cell).signaling_per_cell
            == pytest.approx(float(binding.equilibrium("IL-2", 2 * c * psi,
                                                       cell).signaling_per_cell), rel=1e-6))


def test_bivalent_equilibrium_conserves_chains_and_inverts_exactly():
    two = _bivalent_il2()
    conc = np.geomspace(1e-16, 1e-8, 9)
    eq = binding.equilibrium(two, conc, "Treg")
    alpha = (eq.free_alpha_per_cell + eq.ligand_alpha_per_cell + eq.ligand_alpha_beta_per_cell
             + eq.ligand_alpha_beta_gamma_per_cell)
    np.testing.assert_allclose(alpha, 3480.0, rtol=1e-9)
    for signalling in (1.0, 100.0, 600.0):
        c = binding.conc_for_signaling_M(two, signalling, "Treg")
        assert float(binding.equilibrium(two, c, "Treg").signaling_per_cell) == pytest.approx(
            signalling, rel=1e-7)


@pytest.mark.parametrize("call", [
    lambda two: binding.kinetics(two, 1e-9, "Treg", [0.0, 1.0]),
    lambda two: binding.equilibrium_finite_ligand(two, 10.0, "Treg", 1e-12),
    lambda two: binding.trans_presented(two),
])
def test_bivalent_cytokines_are_refused_where_only_one_unit_is_modelled(call):
    with pytest.raises(ValueError, match="cytokine must be monovalent"):
        call(_bivalent_il2())


@pytest.mark.parametrize("field, value", [("valency", 3), ("valency", True),
                                          ("arm_reach_nm", 0.0), ("arm_reach_nm", float("nan"))])
def test_bad_valency_or_reach_names_the_argument(field, value):
    from dataclasses import replace

    from il2lib.cytokines import IL2
    with pytest.raises(ValueError, match=field):
        replace(IL2, **{field: value})
