import numpy as np
import pytest

from il2lib import units


def test_one_ng_per_ml_of_il2_is_about_65_pM():
    assert units.ng_per_ml_to_molar(1.0) == pytest.approx(65.36e-12, rel=1e-3)


def test_label_potency_18_miu_is_1_1_mg():
    assert units.iu_to_mg(18e6) == pytest.approx(1.1, rel=1e-12)
    assert units.mg_to_iu(1.3) == pytest.approx(21.27e6, rel=1e-3)  # label: 22 MIU vial, 1.3 mg


@pytest.mark.parametrize("forward, backward", [
    (units.ng_per_ml_to_molar, units.molar_to_ng_per_ml),
    (units.iu_to_mg, units.mg_to_iu),
    (units.mg_to_mol, units.mol_to_mg),
])
def test_round_trips(forward, backward):
    x = np.array([0.0, 1e-6, 3.7, 2.5e8])
    np.testing.assert_allclose(backward(forward(x)), x, rtol=1e-14)


def test_per_cell_round_trip_and_value():
    np.testing.assert_allclose(
        units.molar_to_per_cell(units.per_cell_to_molar([0, 10, 1e4], 1e9), 1e9),
        [0, 10, 1e4], rtol=1e-14)
    # 1000 molecules per cell at 1e6 cells/mL make 1.66 pM
    assert units.per_cell_to_molar(1000, 1e9) == pytest.approx(1.6605e-12, rel=1e-4)


def test_iu_to_mol_chain():
    assert units.mg_to_mol(units.iu_to_mg(600_000 * 70)) == pytest.approx(
        600_000 * 70 / (18e6 / 1.1) * 1e-3 / 15_300, rel=1e-12)


@pytest.mark.parametrize("func, arg", [
    (units.ng_per_ml_to_molar, "conc_ng_per_ml"),
    (units.molar_to_ng_per_ml, "conc_M"),
    (units.iu_to_mg, "dose_iu"),
    (units.mg_to_iu, "dose_mg"),
    (units.mg_to_mol, "mass_mg"),
])
@pytest.mark.parametrize("bad", [-1.0, np.nan, np.inf, "ten"])
def test_bad_values_name_the_argument(func, arg, bad):
    with pytest.raises(ValueError, match=arg):
        func(bad)


def test_zero_cell_density_rejected():
    with pytest.raises(ValueError, match="cells_per_litre"):
        units.per_cell_to_molar(10, 0)


@pytest.mark.parametrize("value, unit, text", [
    (1e-8, "M", "10 nM"),
    (6.5e-11, "M", "65 pM"),
    (1.44e-7, "M", "144 nM"),
    (2e-16, "M", "0.2 fM"),
    (0.0, "M", "0 M"),
    (3480.0, "molecules/cell", "3,480 molecules/cell"),
    (22.0, "molecules/cell", "22 molecules/cell"),
    (1e-3, "cell molecule⁻¹ s⁻¹", "1 × 10⁻³ cell molecule⁻¹ s⁻¹"),
    (18e6 / 1.1, "IU/mg", "1.64 × 10⁷ IU/mg"),
])
def test_format_quantity(value, unit, text):
    assert units.format_quantity(value, unit) == text


def test_format_quantity_rejects_bad_values():
    with pytest.raises(ValueError, match="value"):
        units.format_quantity(float("nan"), "M")
