"""A JSON file cut inside a literal ('"value": nu') is reported as truncated, like any cut."""

from __future__ import annotations

import json

import pytest

from workbench.ingest.json_file import describe_json_error


@pytest.mark.parametrize("cut", ['{"value": nu', '{"a": [tr', '{"b": f', '{"c": null'])
def test_a_cut_literal_reads_as_truncated(cut: str) -> None:
    with pytest.raises(json.JSONDecodeError) as caught:
        json.loads(cut)
    assert "truncated?" in describe_json_error(caught.value)


def test_a_misspelt_literal_is_not_called_truncated() -> None:
    with pytest.raises(json.JSONDecodeError) as caught:
        json.loads('{"value": nul, "other": 1}')
    assert "truncated?" not in describe_json_error(caught.value)
