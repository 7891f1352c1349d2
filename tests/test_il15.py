"""IL-15 in cis and in trans through the same receptor-assembly equations as IL-2."""

from dataclasses import replace

import numpy as np
import pytest

import il2lib
from il2lib import binding, signaling
from il2lib.cells import CELL_TYPES, ReceptorProfile
from il2lib.cytokines import Cytokine

CONC_M = np.logspace(-13, -6, 15)
CELLS = list(CELL_TYPES)
CULTURE_VOLUME_PER_CELL_L = 1e-9  # 1e6 cells per mL


def il2_with_il15_constants() -> Cytokine:
    """IL-2 as a generic cytokine carrying IL-15's constants (and IL-15's α chain)."""
    il15 = il2lib.IL15
    return replace(il2lib.IL2, name="IL-2 with IL-15 constants", alpha_chain=il15.alpha_chain,
                   kd_alpha_M=il15.kd_alpha_M, kd_beta_M=il15.kd_beta_M)


# --- IL-15 in cis --------------------------------------------------------------------------

@pytest.mark.parametrize("cell", CELLS)
def test_il15_without_il15ra_is_il2_without_il2ra_at_matched_beta_affinity(cell):
    """No private α chain: both act through the intermediate-affinity receptor alone."""
    profile = CELL_TYPES[cell]
    assert profile.il15ra_per_cell == 0
    no_alpha_il2 = replace(il2lib.IL2, name="IL-2, IL-15's β affinity",
                           kd_beta_M=il2lib.IL15.kd_beta_M)
    no_cd25 = replace(profile, il2ra_per_cell=0.0)
    np.testing.assert_allclose(signaling.pstat5("IL-15", CONC_M, profile),
                               signaling.pstat5(no_alpha_il2, CONC_M, no_cd25), rtol=1e-9)
    eq = binding.equilibrium("IL-15", CONC_M, profile)
    assert np.all(eq.ligand_alpha_per_cell == 0)
    assert np.all(eq.ligand_alpha_beta_gamma_per_cell == 0)


def test_il15_lacks_the_treg_preference_of_il2():
    ec50_il2 = {cell: signaling.ec50("IL-2", cell) for cell in CELLS}
    ec50_il15 = {cell: signaling.ec50("IL-15", cell) for cell in CELLS}
    assert ec50_il2["NK"] / ec50_il2["Treg"] > 10
    assert ec50_il15["NK"] / ec50_il15["Treg"] < 2
    assert max(ec50_il15.values()) / min(ec50_il15.values()) < 2


def test_il15ra_in_cis_makes_a_high_affinity_il15_receptor():
    cd8 = CELL_TYPES["CD8"]
    with_il15ra = replace(cd8, il15ra_per_cell=2000.0)
    assert signaling.ec50("IL-15", with_il15ra) < signaling.ec50("IL-15", cd8) / 100


# --- one βγc code path -------------------------------------------------------------------

@pytest.mark.parametrize("cell", CELLS)
def test_an_il2_variant_with_il15_constants_reproduces_il15(cell):
    variant = il2_with_il15_constants()
    profile = replace(CELL_TYPES[cell], il15ra_per_cell=500.0)
    np.testing.assert_array_equal(signaling.pstat5(variant, CONC_M, profile),
                                  signaling.pstat5("IL-15", CONC_M, profile))
    assert signaling.ec50(variant, profile) == signaling.ec50("IL-15", profile)
    assert signaling.ec50_trans(variant, cell) == signaling.ec50_trans("IL-15", cell)


def test_il2_il15_and_trans_share_the_membrane_recruitment(monkeypatch):
    """Weakening γc recruitment in the one shared function changes every route alike."""
    calls = []
    shared = binding._alpha_beta_given_gamma

    def weaker_gamma_recruitment(free_gamma, u, v, cytokine, chains):
        calls.append(cytokine.name)
        return shared(free_gamma / 100, u, v, cytokine, chains)

    before = {name: float(signaling.pstat5(name, 1e-9, "NK")) for name in ("IL-2", "IL-15")}
    trans_before = float(signaling.pstat5_trans("IL-15", 1000.0, "NK"))
    monkeypatch.setattr(binding, "_alpha_beta_given_gamma", weaker_gamma_recruitment)
    for name in ("IL-2", "IL-15"):
        assert float(signaling.pstat5(name, 1e-9, "NK")) != pytest.approx(before[name])
    assert float(signaling.pstat5_trans("IL-15", 1000.0, "NK")) != pytest.approx(trans_before)
    assert {"IL-2", "IL-15", "IL-15·IL-15Rα (trans)"} <= set(calls)


# --- trans-presentation --------------------------------------------------------------------

def test_presented_ligand_skips_the_responders_alpha_chain_and_keeps_beta_and_gamma():
    ligand = binding.trans_presented("IL-15")
    assert not ligand.binds_alpha
    assert ligand.kd_beta_M == il2lib.IL15.kd_beta_M
    assert ligand.kx_gamma_per_cell == il2lib.IL15.kx_gamma_per_cell
    assert binding.trans_presented("IL-15", kd_beta_M=1e-9).kd_beta_M == 1e-9


@pytest.mark.parametrize("cell", ["CD8", "NK"])
def test_trans_presentation_needs_fewer_il15_molecules_than_soluble_il15(cell):
    trans = signaling.ec50_trans("IL-15", cell)
    soluble = signaling.ec50_finite_ligand("IL-15", cell, CULTURE_VOLUME_PER_CELL_L)
    assert trans < soluble / 100
    molecules = np.array([trans])
    assert (signaling.pstat5_trans("IL-15", molecules, cell)
            > 10 * signaling.pstat5_finite_ligand("IL-15", molecules, cell,
                                                  CULTURE_VOLUME_PER_CELL_L))


@pytest.mark.parametrize("cell", CELLS)
def test_trans_ec50_is_the_exact_inverse_of_the_trans_response(cell):
    n50 = signaling.ec50_trans("IL-15", cell)
    assert float(signaling.pstat5_trans("IL-15", n50, cell)) == pytest.approx(0.5, abs=1e-9)


def test_presented_complexes_are_conserved():
    presented = np.logspace(0, 6, 13)
    eq = binding.trans_equilibrium("IL-15", presented, "NK")
    free = eq.conc_M * binding.contact_volume_L() * 6.02214076e23
    np.testing.assert_allclose(free + eq.bound_per_cell, presented, rtol=1e-9)
    assert np.all(eq.bound_per_cell <= presented * (1 + 1e-12))


def test_forward_and_parametric_finite_ligand_solutions_agree():
    conc = np.logspace(-12, -7, 11)
    volume = binding.contact_volume_L()
    ligand = binding.trans_presented("IL-15")
    parametric = binding.finite_ligand_from_free_conc(ligand, conc, "CD8", volume)
    forward = binding.equilibrium_finite_ligand(ligand, parametric.ligand_per_cell, "CD8", volume)
    np.testing.assert_allclose(forward.conc_M, conc, rtol=1e-8)


def test_a_large_volume_recovers_the_fixed_concentration_model():
    volume = 1.0  # litres per cell: binding cannot deplete the cytokine
    conc = 1e-10
    n = conc * 6.02214076e23 * volume
    finite = binding.equilibrium_finite_ligand("IL-15", n, "NK", volume)
    assert float(finite.conc_M) == pytest.approx(conc, rel=1e-9)
    assert float(finite.signaling_per_cell) == pytest.approx(
        float(binding.equilibrium("IL-15", conc, "NK").signaling_per_cell), rel=1e-9)


def test_a_wider_gap_dilutes_presented_il15():
    near = signaling.ec50_trans("IL-15", "NK", gap_nm=15.0)
    far = signaling.ec50_trans("IL-15", "NK", gap_nm=1500.0)
    assert far > near


def test_stronger_presented_beta_binding_raises_trans_potency():
    assert (signaling.ec50_trans("IL-15", "NK", kd_beta_M=il2lib.IL15.kd_beta_M / 100)
            < signaling.ec50_trans("IL-15", "NK"))


# --- bad input -----------------------------------------------------------------------------

@pytest.mark.parametrize("bad", [-1.0, np.nan, np.inf, [1.0, np.nan], "many"])
@pytest.mark.parametrize("call", [
    lambda n: signaling.pstat5_trans("IL-15", n, "NK"),
    lambda n: signaling.trans_dose_response("IL-15", "NK", n),
    lambda n: binding.trans_equilibrium("IL-15", n, "NK"),
])
def test_bad_presented_density(call, bad):
    with pytest.raises(ValueError, match="presented_per_cell"):
        call(bad)


@pytest.mark.parametrize("bad", [-1.0, np.nan, np.inf])
def test_bad_ligand_per_cell(bad):
    with pytest.raises(ValueError, match="ligand_per_cell"):
        signaling.pstat5_finite_ligand("IL-15", bad, "NK", 1e-9)


@pytest.mark.parametrize("argument", ["gap_nm", "membrane_area_um2", "kd_beta_M"])
@pytest.mark.parametrize("bad", [0.0, -1.0, np.nan, np.inf])
def test_bad_contact_geometry_and_affinity(argument, bad):
    with pytest.raises(ValueError, match=argument):
        signaling.ec50_trans("IL-15", "NK", **{argument: bad})


@pytest.mark.parametrize("bad", [0.0, -1e-9, np.nan])
def test_bad_volume(bad):
    with pytest.raises(ValueError, match="volume_per_cell_L"):
        signaling.ec50_finite_ligand("IL-15", "NK", bad)


def test_unknown_cytokine_and_cell_in_trans():
    with pytest.raises(ValueError, match=r"cytokine.*'IL-15', 'IL-2'"):
        signaling.pstat5_trans("IL-7", 100.0, "NK")
    with pytest.raises(ValueError, match=r"cell.*'CD8', 'NK'"):
        signaling.ec50_trans("IL-15", "B cell")


def test_a_cytokine_without_alpha_binding_cannot_be_presented():
    no_alpha = replace(il2lib.IL15, name="IL-15 (no IL-15Rα)", kd_alpha_M=float("inf"))
    with pytest.raises(ValueError, match="cytokine must bind its α chain"):
        binding.trans_presented(no_alpha)


def test_trans_ec50_needs_beta_and_gamma():
    no_beta = ReceptorProfile("no IL-2Rβ", 0, 0, 10_000)
    with pytest.raises(ValueError, match="no IL-2Rβ or no γc"):
        signaling.ec50_trans("IL-15", no_beta)


# --- memory CD8 survival -------------------------------------------------------------------

def test_memory_cd8_carries_more_il2rb_than_blood_cd8_and_some_il15ra():
    from il2lib.cells import MEMORY_CD8
    assert MEMORY_CD8.il2rb_per_cell > CELL_TYPES["CD8"].il2rb_per_cell
    assert MEMORY_CD8.il15ra_per_cell > 0


@pytest.mark.parametrize("cytokine", ["IL-2", "IL-15"])
def test_cytokine_signal_lowers_memory_cd8_death_monotonically(cytokine):
    from il2lib import populations
    death = populations.survival_death_per_h(cytokine, np.concatenate([[0.0], CONC_M]))
    assert death[0] == pytest.approx(populations.Rates().death_conventional_per_h)
    assert np.all(np.diff(death) <= 1e-15)
    assert death[-1] < 0.5 * death[0]


def test_cis_il15ra_makes_picomolar_il15_keep_memory_cd8_alive():
    from il2lib import populations
    from il2lib.cells import MEMORY_CD8
    without = replace(MEMORY_CD8, il15ra_per_cell=0.0)
    assert (populations.survival_death_per_h("IL-15", 1e-12)
            < populations.survival_death_per_h("IL-15", 1e-12, without))


@pytest.mark.parametrize("argument, bad", [
    ("death_without_signal_per_h", -1.0), ("death_without_signal_per_h", float("nan")),
    ("half_pstat5_fraction", 0.0), ("half_pstat5_fraction", 1.5)])
def test_bad_survival_arguments(argument, bad):
    from il2lib import populations
    with pytest.raises(ValueError, match=argument):
        populations.survival_death_per_h("IL-15", 1e-9, **{argument: bad})


def test_bad_survival_concentration_and_cell():
    from il2lib import populations
    with pytest.raises(ValueError, match="conc_M"):
        populations.survival_death_per_h("IL-15", -1.0)
    with pytest.raises(ValueError, match="cell"):
        populations.survival_death_per_h("IL-15", 1e-9, "memory")
