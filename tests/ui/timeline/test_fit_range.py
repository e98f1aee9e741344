"""Fit shows the bulk of a story when a few dates lie far from it (pure, no Qt)."""

from __future__ import annotations

import numpy as np

from workbench.ui.timeline.scale import fit_range

YEAR = 365.25 * 86_400


def test_fit_shows_every_item_when_they_are_spread_evenly() -> None:
    middles = np.linspace(0, 40 * YEAR, 50)
    assert fit_range(middles) == (0.0, 40 * YEAR)


def test_fit_leaves_out_a_far_outlier_that_would_squeeze_the_story() -> None:
    story = np.linspace(100 * YEAR, 101 * YEAR, 60)  # one busy year
    middles = np.concatenate([story, [0.0]])  # and "in the 1920s"
    first, last = fit_range(middles)
    assert first > 99 * YEAR and last <= 101 * YEAR


def test_fit_keeps_outliers_when_there_are_too_few_items_to_judge() -> None:
    middles = np.array([0.0, 100 * YEAR, 100.5 * YEAR])
    assert fit_range(middles) == (0.0, 100.5 * YEAR)
