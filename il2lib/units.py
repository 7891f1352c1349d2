"""Unit conversions: molar <-> ng/mL, international units <-> mg of aldesleukin, per cell <-> molar.

All functions broadcast over NumPy arrays and reject negative, NaN or infinite input.
"""

from __future__ import annotations

import numpy as np
from scipy.constants import Avogadro

from il2lib import parameters
from il2lib._validation import as_nonnegative_array, as_positive_float

_IL2_G_PER_MOL = parameters.IL2_MOLECULAR_WEIGHT_G_PER_MOL
_ML_PER_L = 1e3
_NG_PER_G = 1e9


def _out(array: np.ndarray):
    return array.item() if array.ndim == 0 else array


def ng_per_ml_to_molar(conc_ng_per_ml, molecular_weight_g_per_mol=_IL2_G_PER_MOL):
    """Convert a mass concentration in ng/mL to molar (mol/L).

    Examples
    --------
    >>> round(ng_per_ml_to_molar(1.0) * 1e12, 1)  # 1 ng/mL of IL-2 in pM
    65.4
    """
    conc = as_nonnegative_array(conc_ng_per_ml, "conc_ng_per_ml", max_ndim=np.inf)
    mw = as_positive_float(molecular_weight_g_per_mol, "molecular_weight_g_per_mol")
    return _out(conc * _ML_PER_L / _NG_PER_G / mw)


def molar_to_ng_per_ml(conc_M, molecular_weight_g_per_mol=_IL2_G_PER_MOL):
    """Convert a molar concentration to ng/mL.

    Examples
    --------
    >>> round(molar_to_ng_per_ml(65.36e-12), 3)
    1.0
    """
    conc = as_nonnegative_array(conc_M, "conc_M", max_ndim=np.inf)
    mw = as_positive_float(molecular_weight_g_per_mol, "molecular_weight_g_per_mol")
    return _out(conc * mw * _NG_PER_G / _ML_PER_L)


def iu_to_mg(dose_iu):
    """Convert aldesleukin international units (IU) to milligrams (18 MIU = 1.1 mg).

    Examples
    --------
    >>> round(iu_to_mg(18e6), 3)
    1.1
    """
    dose = as_nonnegative_array(dose_iu, "dose_iu", max_ndim=np.inf)
    return _out(dose / parameters.ALDESLEUKIN_IU_PER_MG)


def mg_to_iu(dose_mg):
    """Convert milligrams of aldesleukin to international units.

    Examples
    --------
    >>> round(mg_to_iu(1.3) / 1e6, 1)  # one 22 MIU vial holds 1.3 mg
    21.3
    """
    dose = as_nonnegative_array(dose_mg, "dose_mg", max_ndim=np.inf)
    return _out(dose * parameters.ALDESLEUKIN_IU_PER_MG)


def mg_to_mol(mass_mg, molecular_weight_g_per_mol=_IL2_G_PER_MOL):
    """Convert a mass of IL-2 in mg to moles.

    Examples
    --------
    >>> round(mg_to_mol(1.1) * 1e9, 1)  # nmol in 18 MIU
    71.9
    """
    mass = as_nonnegative_array(mass_mg, "mass_mg", max_ndim=np.inf)
    mw = as_positive_float(molecular_weight_g_per_mol, "molecular_weight_g_per_mol")
    return _out(mass * 1e-3 / mw)


def mol_to_mg(amount_mol, molecular_weight_g_per_mol=_IL2_G_PER_MOL):
    """Convert moles of IL-2 to mg.

    Examples
    --------
    >>> round(mol_to_mg(71.9e-9), 2)
    1.1
    """
    amount = as_nonnegative_array(amount_mol, "amount_mol", max_ndim=np.inf)
    mw = as_positive_float(molecular_weight_g_per_mol, "molecular_weight_g_per_mol")
    return _out(amount * mw * 1e3)


def per_cell_to_molar(molecules_per_cell, cells_per_litre):
    """Convert molecules per cell to the molar concentration they make at a cell density.

    Examples
    --------
    >>> round(per_cell_to_molar(1000, 1e9) * 1e12, 2)  # 1000 per cell, 1e6 cells/mL, in pM
    1.66
    """
    molecules = as_nonnegative_array(molecules_per_cell, "molecules_per_cell", max_ndim=np.inf)
    density = as_positive_float(cells_per_litre, "cells_per_litre")
    return _out(molecules * density / Avogadro)


def molar_to_per_cell(conc_M, cells_per_litre):
    """Convert a molar concentration to molecules per cell at a cell density.

    Examples
    --------
    >>> round(molar_to_per_cell(1.66e-12, 1e9))
    1000
    """
    conc = as_nonnegative_array(conc_M, "conc_M", max_ndim=np.inf)
    density = as_positive_float(cells_per_litre, "cells_per_litre")
    return _out(conc * Avogadro / density)


_SI_PREFIXES = ((1e-15, "f"), (1e-12, "p"), (1e-9, "n"), (1e-6, "µ"), (1e-3, "m"), (1.0, ""))
_SUPERSCRIPTS = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def format_quantity(value: float, unit: str) -> str:
    """Format a value for a reader: molar values with an SI prefix, others with 3 digits.

    Examples
    --------
    >>> format_quantity(1e-8, "M")
    '10 nM'
    >>> format_quantity(3480.0, "molecules/cell")
    '3,480 molecules/cell'
    >>> format_quantity(1e7, "M⁻¹ s⁻¹")
    '1 × 10⁷ M⁻¹ s⁻¹'
    """
    number = as_nonnegative_array(value, "value", max_ndim=0).item()
    if unit == "M" and number > 0:
        scale, prefix = next(((s, p) for s, p in reversed(_SI_PREFIXES) if number >= s),
                             _SI_PREFIXES[0])
        return f"{number / scale:.3g} {prefix}M"
    if number == 0 or 1e-2 <= number < 1e6:
        text = f"{number:,.0f}" if number >= 100 else f"{number:.3g}"
        return f"{text} {unit}"
    exponent = int(np.floor(np.log10(number)))
    mantissa = number / 10.0**exponent
    return f"{mantissa:.3g} × 10{str(exponent).translate(_SUPERSCRIPTS)} {unit}"
