"""Fit shows the bulk of a story when a few dates lie far from it (pure, no Qt)."""

from __future__ import annotations

import numpy as np

from workbench.ui.timeline.scale import fit_range

YEAR = 365.25 * 86_400
DAY = 86_400.0


def _days(starts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    return starts, starts + DAY


def test_fit_shows_every_item_when_they_are_spread_evenly() -> None:
    starts, ends = _days(np.linspace(0, 40 * YEAR, 50))
    assert fit_range(starts, ends) == (0.0, 40 * YEAR + DAY)


def test_fit_leaves_out_a_far_outlier_that_would_squeeze_the_story() -> None:
    story = np.linspace(100 * YEAR, 101 * YEAR, 60)  # one busy year
    starts, ends = _days(np.concatenate([[0.0], story]))  # and "in the 1920s"
    first, last = fit_range(starts, ends)
    assert first > 99 * YEAR and last == 101 * YEAR + DAY  # the latest item kept whole


def test_fit_keeps_the_latest_items_when_only_the_past_has_outliers() -> None:
    story = np.linspace(100 * YEAR, 101 * YEAR, 60)
    starts = np.concatenate([[0.0], story])
    ends = np.concatenate([[YEAR], story + YEAR])  # year-long bars
    assert fit_range(starts, ends)[1] == 102 * YEAR


def test_fit_keeps_outliers_when_there_are_too_few_items_to_judge() -> None:
    starts, ends = _days(np.array([0.0, 100 * YEAR, 100.5 * YEAR]))
    assert fit_range(starts, ends) == (0.0, 100.5 * YEAR + DAY)


def test_fit_does_not_stretch_to_the_end_of_a_century_long_item() -> None:
    """"the 21st century" (2000-2100) left half of a 1960-2020 axis empty, after 2020."""
    story = np.linspace(60 * YEAR, 120 * YEAR, 80)  # sixty years of dated sentences
    starts, ends = _days(story)
    century = np.array([100 * YEAR, 100 * YEAR])  # two "21st century" mentions
    starts, ends = np.concatenate([starts, century]), np.concatenate([ends, century + 100 * YEAR])
    first, last = fit_range(starts, ends)
    assert (first, last) == (60 * YEAR, 120 * YEAR + DAY)


def test_fit_shows_long_items_whole_when_there_is_nothing_finer() -> None:
    starts = np.array([0.0, 50 * YEAR])
    ends = starts + 100 * YEAR
    assert fit_range(starts, ends) == (0.0, 150 * YEAR)


def test_fit_keeps_a_year_beside_a_few_days() -> None:
    """A small story dated to the day plus one "2023": the year is shown whole."""
    starts = np.array([10 * DAY, 12 * DAY, 0.0])
    ends = np.array([11 * DAY, 13 * DAY, 365 * DAY])
    assert fit_range(starts, ends) == (0.0, 365 * DAY)


def test_fit_shows_the_news_years_when_a_long_thin_past_trails_behind() -> None:
    """35 Wikinews reports of 2019-2020: 257 dated items in those two years and 45 sentences
    about 1867-2018 ("Andrew Johnson in 1868", "since 1976"). The 5th-95th percentile bulk
    reached back to 2006, so Fit drew 1990-2021 and the two news years took 70 px of 1100."""
    rng = np.random.default_rng(7)
    news = 2019 * YEAR + rng.uniform(0, 2 * YEAR, 257)
    past = np.array([1867, 1868, 1971, 1976, 1981, 1987, 1990, 1992, 1992, 1998, 1998, 1998,
                     1998, 1998, 2000, 2003, 2006, 2006, 2007, 2007, 2007, 2008, 2008, 2008,
                     2009, 2009, 2010, 2010, 2011, 2011, 2011, 2013, 2014, 2015, 2016, 2016,
                     2017, 2017, 2018, 2018, 2018, 2018, 2018, 2018, 2018], dtype=float) * YEAR
    starts = np.concatenate([news, past])
    ends = np.concatenate([news + DAY, past + YEAR])
    first, last = fit_range(starts, ends)
    assert last == float(ends.max())  # the latest item kept whole
    assert (2021 * YEAR - first) < 6 * YEAR, (2021 * YEAR - first) / YEAR
