"""The optional sentence-encoder ear: its label readers (pure, always run) and the ONNX loader
(run only where the ``encoder`` extra is installed; skipped cleanly elsewhere)."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from sparring.engines.ear.encoder import CONFIDENT, combine, fit_ear, fit_reader
from sparring.llm import encoder as edge
from sparring.model.errors import SparringError


class WordHash:
    """A real, tiny sentence model: each word hashed into one of 64 dimensions, L2-normalised."""

    name = "word-hash-64"

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), 64), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in text.lower().replace("?", " ").replace(".", " ").split():
                out[row, int(hashlib.md5(word.encode()).hexdigest(), 16) % 64] += 1.0
            out[row] /= max(float(np.linalg.norm(out[row])), 1e-12)
        return out


TRAIN = [
    ("thanks for making the time today", {"small_talk"}),
    ("thanks so much for meeting me", {"small_talk"}),
    ("great to see you thanks", {"small_talk"}),
    ("I would like my base at 136k", {"propose"}),
    ("I am asking for 140k from April", {"propose"}),
    ("could we do 133k from March", {"propose"}),
    ("who else needs to sign off on this", {"ask_process"}),
    ("thanks, I am asking for 136k", {"small_talk", "propose"}),
]


def test_readers_learn_acts_from_vectors_and_read_new_turns() -> None:
    texts, acts = [t for t, _ in TRAIN], [a for _, a in TRAIN]
    ear = fit_ear(WordHash(), texts, acts, acts, ["propose", "small_talk", "ask_process", "pause"], ["ask"])
    got = ear.acts.read(
        WordHash().embed(["thanks for the time", "could we do 150k from April", "who needs to sign off"])
    )
    assert got == [frozenset({"small_talk"}), frozenset({"propose"}), frozenset({"ask_process"})]
    act_p, tag_p = ear.hear(["thanks for the time"])[0]
    assert act_p["pause"] < 1e-9  # a label never seen in training is never heard
    assert tag_p == {"ask": pytest.approx(0.0, abs=1e-9)}


def test_fitting_is_deterministic_and_balancing_lifts_a_rare_label() -> None:
    vectors = WordHash().embed([t for t, _ in TRAIN])
    acts = [a for _, a in TRAIN]
    first = fit_reader(vectors, acts, ["ask_process", "propose"])
    second = fit_reader(vectors, acts, ["ask_process", "propose"])
    assert np.array_equal(first.weights, second.weights)
    rare = vectors[6:7]  # the one ask_process turn of eight
    balanced = fit_reader(vectors, acts, ["ask_process"], l2=3.0).probabilities(rare)[0, 0]
    plain = fit_reader(vectors, acts, ["ask_process"], l2=3.0, balanced=False).probabilities(rare)[0, 0]
    assert balanced > 0.5 > plain
    with pytest.raises(ValueError, match="one label set per vector"):
        fit_reader(vectors, acts[:3], ["propose"])


def test_combinations() -> None:
    lexical, probabilities = {"propose"}, {"propose": 0.2, "evidence": 0.6, "small_talk": CONFIDENT + 0.05}
    assert combine(lexical, probabilities, "lexical") == {"propose"}
    assert combine(lexical, probabilities, "encoder") == {"evidence", "small_talk"}
    assert combine(lexical, probabilities, "union") == {"propose", "evidence", "small_talk"}
    assert combine(lexical, probabilities, "confident") == {"propose", "small_talk"}
    assert combine(lexical, probabilities, "encoder", threshold=0.7) == {"small_talk"}


def test_the_default_install_never_imports_the_runtimes() -> None:
    code = "import sys, sparring.llm.encoder, sparring.engines.ear.encoder; print('onnxruntime' in sys.modules, 'tokenizers' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


def test_a_folder_without_the_files_says_which_is_missing(tmp_path: Path) -> None:
    (tmp_path / "model.onnx").write_bytes(b"")
    with pytest.raises(SparringError) as caught:
        edge.encoder_files(tmp_path)
    assert caught.value.kind == "not_found"
    assert str(caught.value).startswith(f"no tokenizer.json in {tmp_path}")
    assert "sparring[encoder]" in (caught.value.hint or "")


needs_extra = pytest.mark.skipif(not edge.available(), reason="the encoder extra is not installed")


@pytest.fixture(scope="module")
def minilm() -> edge.OnnxSentenceModel:
    return edge.load_sentence_model()


@needs_extra
def test_packaged_minilm_gives_unit_vectors_that_place_paraphrases_together(minilm: edge.OnnxSentenceModel) -> None:
    vectors = minilm.embed(
        ["Could we meet at 133k?", "Would 133 thousand work for you?", "My dad had a stroke in October."]
    )
    assert vectors.shape == (3, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert float(vectors[0] @ vectors[1]) > float(vectors[0] @ vectors[2]) + 0.2
    alone = minilm.embed(["Would 133 thousand work for you?"])[0]
    assert np.allclose(alone, vectors[1], atol=1e-6)  # one text per run: the batch never changes a vector


@needs_extra
def test_a_folder_the_user_names_is_loaded_as_it_is(tmp_path: Path, minilm: edge.OnnxSentenceModel) -> None:
    model, tokenizer = edge.encoder_files()
    (tmp_path / "model.onnx").symlink_to(model)
    (tmp_path / "tokenizer.json").symlink_to(tokenizer)
    own = edge.load_sentence_model(tmp_path)
    assert own.name == str(tmp_path / "model.onnx")
    assert np.allclose(own.embed(["I can drop the bonus."]), minilm.embed(["I can drop the bonus."]), atol=1e-6)
