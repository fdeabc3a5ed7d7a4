"""Reading WAV files into 16 kHz mono floats, with bounds, and writing them back.

The standard library's ``wave`` reads PCM; NumPy converts and resamples. Anything else (MP3,
a text file, a 24-bit float WAV) is refused with a message saying what to give instead.
"""

from __future__ import annotations

import io
import wave
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from sparring.model.errors import SparringError

RATE = 16_000
"""Whisper's sample rate; every sample array in Sparring is at this rate."""
MAX_SECONDS = 300.0
"""Five minutes: one rehearsal turn or a pitch, never a whole meeting."""
MAX_BYTES = 64 * 1024 * 1024
"""Five minutes of 48 kHz 16-bit stereo is 58 MB."""

Floats = NDArray[np.float64]
_DTYPES = {1: np.uint8, 2: np.int16, 4: np.int32}


@dataclass(frozen=True)
class Audio:
    """Mono samples in [-1, 1] at :data:`RATE`."""

    samples: Floats
    rate: int = RATE

    @property
    def seconds(self) -> float:
        return len(self.samples) / self.rate


def read_wav(path: Path) -> Audio:
    """The file's audio as 16 kHz mono; SparringError for a missing, oversize, non-WAV or too long file."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise SparringError(f"{path}: no such file", kind="not_found") from None
    if path.is_dir():
        raise SparringError(f"{path}: is a folder, not a WAV file")
    if size > MAX_BYTES:
        raise SparringError(
            f"{path}: the file is over {MAX_BYTES // (1024 * 1024)} MB",
            hint="Give one turn at a time (at most 5 minutes).",
        )
    try:
        data = path.read_bytes()
    except PermissionError as exc:
        raise SparringError(f"{path}: cannot read it ({exc.strerror})") from None
    return decode_wav(data, str(path))


def decode_wav(data: bytes, name: str = "the audio") -> Audio:
    """Decode PCM WAV bytes (8, 16 or 32-bit, any rate and channel count) to :class:`Audio`."""
    hint = "Give a PCM WAV file, e.g. `ffmpeg -i in.m4a -ar 16000 -ac 1 out.wav`."
    if len(data) > MAX_BYTES:
        raise SparringError(f"{name}: the audio is over {MAX_BYTES // (1024 * 1024)} MB", hint=hint)
    try:
        with wave.open(io.BytesIO(data)) as wav:
            rate, channels, width, count = wav.getframerate(), wav.getnchannels(), wav.getsampwidth(), wav.getnframes()
            if width not in _DTYPES or rate < 8000 or rate > 192_000:
                raise SparringError(f"{name}: {8 * width}-bit audio at {rate} Hz is not supported", hint=hint)
            if count / rate > MAX_SECONDS:
                raise SparringError(
                    f"{name}: the audio is {count / rate:.0f} s long; the limit is {MAX_SECONDS:.0f} s",
                    hint="Cut it into turns of at most 5 minutes.",
                )
            raw = wav.readframes(count)
    except (wave.Error, EOFError) as exc:
        raise SparringError(
            f"{name}: not a readable WAV file ({str(exc) or 'empty or cut short'})", hint=hint
        ) from None
    if not raw:
        raise SparringError(f"{name}: the WAV file has no audio", hint=hint)
    ints = np.frombuffer(raw[: len(raw) - len(raw) % (width * channels)], dtype=_DTYPES[width])
    if width == 1:
        samples = (ints.astype(np.float64) - 128.0) / 128.0
    else:
        samples = ints.astype(np.float64) / float(2 ** (8 * width - 1))
    mono = samples.reshape(-1, channels).mean(axis=1)
    return Audio(resample(mono, rate, RATE))


def resample(samples: Floats, rate: int, target: int) -> Floats:
    """Band-limited resampling by FFT (nothing above the new Nyquist frequency, so no aliasing).

    The signal is padded with 50 ms of its mirror image at both ends, so the wrap-around of the
    FFT rings there and not on the first and last samples.
    """
    if rate == target or len(samples) == 0:
        return samples
    pad = min(len(samples) - 1, rate // 20)
    padded = np.pad(samples, pad, mode="reflect") if pad > 0 else samples
    count = max(1, round(len(padded) * target / rate))
    spectrum = np.fft.rfft(padded)
    keep = min(len(spectrum), count // 2 + 1)
    out = np.fft.irfft(spectrum[:keep], count) * (count / len(padded))
    cut = round(pad * target / rate)
    length = max(1, round(len(samples) * target / rate))
    result: Floats = out[cut : cut + length]
    return result


def to_wav_bytes(samples: Floats, rate: int) -> bytes:
    """16-bit mono PCM WAV bytes of ``samples`` (clipped to [-1, 1])."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        wav.writeframes((np.clip(samples, -1.0, 1.0) * 32767.0).astype("<i2").tobytes())
    return buffer.getvalue()
