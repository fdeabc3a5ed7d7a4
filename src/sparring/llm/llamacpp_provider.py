"""A GGUF model inside this process, through llama-cpp-python (the optional ``sparring[llamacpp]`` extra).

No server to run and nothing leaves the machine. The chat format is always given explicitly:
guessing it from the file's metadata picks the wrong template for many GGUFs, and a wrong
template makes a good model write nonsense. The model is loaded on first use and one
generation runs at a time (a ``Llama`` object is not thread-safe).

llama.cpp's *extra buffer types* (weights repacked for the CPU's AMX or other matrix units)
are off unless ``use_extra_bufts`` is set: on Intel CPUs with AMX (Sapphire Rapids and later)
the repacked weights crash the process on the first decode (ggml-org/llama.cpp#20824).
llama-cpp-python's ``Llama`` has no argument for it, so :func:`llama_type` sets it on the
model parameters before the model is loaded.
"""

from __future__ import annotations

import functools
import importlib.util
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, ClassVar

from sparring.llm.base import Capabilities, Completion, Message, Options, Provider, Stream, elapsed_since, fold_system
from sparring.llm.config import LLMConfig
from sparring.llm.errors import LLMUnavailable
from sparring.model.errors import SparringError

INSTALL_HINT = "install the extra: pip install 'sparring[llamacpp]'"


class LlamaCppProvider(Provider):
    """Chat completions from a local GGUF file with an explicit chat format."""

    name: ClassVar[str] = "llamacpp"

    def __init__(self, config: LLMConfig) -> None:
        if not config.model_path:
            raise SparringError(
                "the llamacpp provider needs a GGUF model file",
                hint="sparring llm use llamacpp --model-path MODEL.gguf --chat-format FORMAT",
                kind="invalid",
            )
        if not config.chat_format:
            raise SparringError(
                "the llamacpp provider needs the model's chat format",
                hint="pass --chat-format to `sparring llm use llamacpp`, e.g. gemma, llama-3, chatml",
                kind="invalid",
            )
        self.config = config
        self.path = Path(config.model_path).expanduser()
        self.chat_format = config.chat_format
        self._llama: Any = None
        self._lock = threading.Lock()

    @property
    def capabilities(self) -> Capabilities:
        return Capabilities(streaming=True, json_schema=True, local=True, deterministic=True)

    @property
    def model(self) -> str:
        return self.path.name

    def complete(self, messages: Sequence[Message], *, options: Options | None = None) -> Completion:
        return self._complete(messages, options or Options(), {})

    def stream(self, messages: Sequence[Message], *, options: Options | None = None) -> Stream:
        opts = options or Options()
        sent = self._prepared(messages)
        start = time.perf_counter()

        def chunks() -> Iterator[str]:
            with self._lock:
                for chunk in self._loaded().create_chat_completion(
                    messages=[m.as_dict() for m in sent], stream=True, **_params(opts)
                ):
                    text = chunk["choices"][0]["delta"].get("content") if chunk["choices"] else None
                    if text:
                        yield text

        return Stream(chunks(), lambda text: Completion(text, self.model, self.name, elapsed_since(start), sent))

    def _complete_json(self, messages: Sequence[Message], schema: dict[str, Any], options: Options) -> Completion:
        # llama-cpp-python turns the schema into a grammar, so the output is JSON by construction.
        return self._complete(messages, options, {"response_format": {"type": "json_object", "schema": schema}})

    def close(self) -> None:
        with self._lock:
            if self._llama is not None:
                self._llama.close()
                self._llama = None

    # -- internals -------------------------------------------------------------------------

    def _prepared(self, messages: Sequence[Message]) -> tuple[Message, ...]:
        return tuple(messages if self.config.system_role else fold_system(messages))

    def _complete(self, messages: Sequence[Message], opts: Options, more: dict[str, Any]) -> Completion:
        sent = self._prepared(messages)
        start = time.perf_counter()
        with self._lock:
            response = self._loaded().create_chat_completion(
                messages=[m.as_dict() for m in sent], **_params(opts), **more
            )
        usage = response.get("usage") or {}
        return Completion(
            text=response["choices"][0]["message"].get("content") or "",
            model=self.model,
            provider=self.name,
            latency_s=elapsed_since(start),
            messages=sent,
            prompt_tokens=usage.get("prompt_tokens"),
            completion_tokens=usage.get("completion_tokens"),
        )

    def _loaded(self) -> Any:
        if self._llama is None:
            if importlib.util.find_spec("llama_cpp") is None:
                raise LLMUnavailable("llama-cpp-python is not installed", hint=INSTALL_HINT)
            if not self.path.is_file():
                raise LLMUnavailable(
                    f"the model file {self.path} does not exist",
                    hint="check the path given to `sparring llm use llamacpp --model-path`",
                )
            try:
                self._llama = llama_type()(
                    model_path=str(self.path),
                    chat_format=self.chat_format,
                    n_ctx=self.config.n_ctx,
                    seed=0,
                    verbose=False,
                    use_extra_bufts=self.config.use_extra_bufts,
                )
            except (ValueError, RuntimeError) as exc:
                raise LLMUnavailable(
                    f"cannot load the model {self.path.name}: {exc}",
                    hint="check that it is a GGUF file this llama-cpp-python version supports",
                ) from None
        return self._llama


def _params(opts: Options) -> dict[str, Any]:
    params: dict[str, Any] = {"max_tokens": opts.max_tokens, "temperature": opts.temperature, **opts.extra}
    if opts.seed is not None:
        params["seed"] = opts.seed
    if opts.stop:
        params["stop"] = list(opts.stop)
    return params


@functools.cache
def llama_type() -> Any:
    """``llama_cpp.Llama`` with a ``use_extra_bufts`` argument (default False), built once on first use.

    ``Llama.__init__`` makes its model parameters and loads the model in one go; the subclass
    catches the parameters as they are assigned and sets the flag before the load. The test
    server uses the same class (``llama_cpp.Llama`` replaced by it), so both run unrepacked.
    """
    import llama_cpp

    class Llama(llama_cpp.Llama):
        def __init__(self, *args: Any, use_extra_bufts: bool = False, **kwargs: Any) -> None:
            self._sparring_extra_bufts = use_extra_bufts
            super().__init__(*args, **kwargs)

        @property
        def model_params(self) -> Any:
            return self.__dict__["_sparring_model_params"]

        @model_params.setter
        def model_params(self, params: Any) -> None:
            if any(name == "use_extra_bufts" for name, *_ in getattr(params, "_fields_", ())):
                params.use_extra_bufts = self._sparring_extra_bufts
            self.__dict__["_sparring_model_params"] = params

    return Llama
