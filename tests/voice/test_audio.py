"""WAV reading: any PCM rate and channel count becomes 16 kHz mono; bad or oversize input is a clear error."""

from __future__ import annotations

import io
import wave
from pathlib import Path

import numpy as np
import pytest

from sparring.model.errors import SparringError
from sparring.voice import audio
from sparring.voice.audio import decode_wav, read_wav, to_wav_bytes


def pcm(samples: np.ndarray, rate: int, channels: int = 1, width: int = 2) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as wav:
        wav.setnchannels(channels)
        wav.setsampwidth(width)
        wav.setframerate(rate)
        if width == 1:
            wav.writeframes((samples * 127 + 128).astype(np.uint8).tobytes())
        else:
            wav.writeframes((samples * 32767).astype("<i2").tobytes())
    return buffer.getvalue()


def test_a_stereo_44k_tone_becomes_16k_mono_with_its_frequency_and_level_kept() -> None:
    t = np.arange(44_100) / 44_100
    left = 0.5 * np.sin(2 * np.pi * 440 * t)
    stereo = np.stack([left, left], axis=1).reshape(-1)
    got = decode_wav(pcm(stereo, 44_100, channels=2))
    assert got.rate == 16_000 and len(got.samples) == 16_000
    spectrum = np.abs(np.fft.rfft(got.samples))
    assert int(np.argmax(spectrum)) == 440  # one-second signal: bin = Hz
    assert float(np.sqrt(np.mean(got.samples[1000:-1000] ** 2))) == pytest.approx(0.5 / np.sqrt(2), rel=0.01)


def test_8_bit_audio_and_a_round_trip_through_16_bit() -> None:
    ramp = np.linspace(-0.9, 0.9, 8000)
    got = decode_wav(pcm(ramp, 8000, width=1))
    assert len(got.samples) == 16_000 and got.samples.min() == pytest.approx(-0.9, abs=0.05)
    again = decode_wav(to_wav_bytes(got.samples, 16_000))
    assert np.max(np.abs(again.samples - got.samples)) < 1e-4


def test_not_a_wav_empty_and_silent_files_are_refused_with_a_hint(tmp_path: Path) -> None:
    text = tmp_path / "notes.wav"
    text.write_text("this is not audio", encoding="utf-8")
    empty = tmp_path / "empty.wav"
    empty.write_bytes(b"")
    no_frames = tmp_path / "none.wav"
    no_frames.write_bytes(pcm(np.zeros(0), 16_000))
    with pytest.raises(SparringError) as caught:
        read_wav(text)
    assert caught.value.message == f"{text}: not a readable WAV file (file does not start with RIFF id)"
    assert caught.value.hint == "Give a PCM WAV file, e.g. `ffmpeg -i in.m4a -ar 16000 -ac 1 out.wav`."
    with pytest.raises(SparringError, match="not a readable WAV file \\(empty or cut short\\)"):
        read_wav(empty)
    with pytest.raises(SparringError, match="the WAV file has no audio"):
        read_wav(no_frames)
    with pytest.raises(SparringError, match="no such file") as missing:
        read_wav(tmp_path / "absent.wav")
    assert missing.value.kind == "not_found"
    with pytest.raises(SparringError, match="is a folder"):
        read_wav(tmp_path)


def test_too_long_and_too_large_files_are_refused_before_decoding(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    long = tmp_path / "long.wav"
    long.write_bytes(pcm(np.zeros(8000 * 301), 8000, width=1))
    with pytest.raises(SparringError) as caught:
        read_wav(long)
    assert caught.value.message == f"{long}: the audio is 301 s long; the limit is 300 s"
    monkeypatch.setattr(audio, "MAX_BYTES", 1000)
    small = tmp_path / "small.wav"
    small.write_bytes(pcm(np.zeros(4000), 16_000))
    with pytest.raises(SparringError, match="the file is over 0 MB"):
        read_wav(small)
