import re
from pathlib import Path

from il2lib import parameters

BIB = Path(__file__).resolve().parents[1] / "book" / "references.bib"


def _public_numbers():
    return {name for name, value in vars(parameters).items()
            if name.isupper() and isinstance(value, float)}


def test_every_parameter_has_a_source_and_every_source_a_parameter():
    assert _public_numbers() == set(parameters.SOURCES)


def test_every_citation_key_is_in_the_bibliography():
    keys = set(re.findall(r"@\w+\s*\{\s*([^,\s]+)\s*,", BIB.read_text(encoding="utf-8")))
    cited = {source.citation for source in parameters.SOURCES.values()}
    assert cited <= keys, f"missing from references.bib: {sorted(cited - keys)}"


def test_table_rows_carry_values_units_and_citations():
    rows = parameters.table()
    assert len(rows) == len(parameters.SOURCES)
    for row in rows:
        assert row["value"] == getattr(parameters, row["name"])
        assert row["unit"] and row["citation"] and row["description"]


def test_parameter_names_state_their_units():
    suffixes = ("_M", "_PER_CELL", "_PER_S", "_G_PER_MOL", "_IU_PER_MG", "_UM2", "_NM", "_S",
                "_MIN", "_H", "_PER_H", "_ML_PER_MIN", "_L_PER_M2", "_FOLD", "_FRACTION", "_RATIO",
                "_PER_BODY", "_D", "_PER_D", "_L", "_CELLS", "_HILL")
    for name in parameters.SOURCES:
        assert name.endswith(suffixes), name
