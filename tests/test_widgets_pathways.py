"""The pathway explorer shows the model's time course and rejects unknown drugs."""

from __future__ import annotations

import numpy as np
import pytest

from il2lib import pathways
from il2lib.explorers import pathways as widgets_pathways


def test_explorer_model_is_the_pathway_model_with_the_chosen_drug():
    course = widgets_pathways.pathways_explorer_model(1e-10, "CD8", "JAK inhibitor", False)
    direct = pathways.time_course(1e-10, "CD8", widgets_pathways.EXPLORER_T_MIN, feedback=False,
                                  jak_inhibition=widgets_pathways.INHIBITORS["JAK inhibitor"][
                                      "jak_inhibition"])
    np.testing.assert_allclose(course.pstat5_fraction, direct.pstat5_fraction)


def test_explorer_figure_draws_the_chosen_run():
    figure = widgets_pathways.PathwaysExplorerFigure()
    course = figure.update(1e-9, "NK", "rapamycin", True)
    np.testing.assert_allclose(figure.lines["S6"].get_ydata(), course.ps6_fraction)
    assert figure.png()[:4] == b"\x89PNG"


def test_an_unknown_drug_is_rejected():
    with pytest.raises(ValueError, match="inhibitor"):
        widgets_pathways.pathways_explorer_model(1e-9, "NK", "aspirin", True)


def test_explorer_widget_has_alt_text_with_the_numbers():
    box = widgets_pathways.pathways_explorer()
    image = box.children[-1]
    assert image.value.startswith('<img src="data:image/png;base64,iVBOR')
    assert 'alt="Fractions of STAT5, ERK and S6' in image.value and "pSTAT5 peaks at" in image.value
