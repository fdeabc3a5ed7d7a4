"""The openai provider against a real llama.cpp server (Gemma 3 270M), and the in-process llamacpp provider.

A 270M base model writes poor text: these tests check what Sparring does with real answers
(text, tokens, chunks, JSON or a clean error, fallback when the server freezes or dies), not
whether the answers are clever. Every generation is short. The in-process provider is only
loaded here after the canary ran it in a subprocess (see ``conftest.llamacpp_canary``).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pydantic import BaseModel

from sparring.llm.base import Message, Options
from sparring.llm.config import LLMConfig
from sparring.llm.errors import LLMOutputInvalid
from sparring.llm.fallback import with_fallback
from sparring.llm.llamacpp_provider import LlamaCppProvider
from sparring.llm.offline import OfflineProvider
from tests.llm.conftest import Canary, real_provider
from tests.llm.llama_server import LlamaServer

SHORT = Options(max_tokens=32)
ASK = [Message.system("You are a hiring manager."), Message.user("Can we discuss my salary?")]
TEMPLATE = "Let's look at the budget together."


class Pet(BaseModel):
    name: str
    age: int


def test_plain_completion_returns_text_and_token_counts(llama_server: LlamaServer) -> None:
    provider = real_provider(llama_server)
    first = provider.complete(ASK, options=SHORT)
    assert isinstance(first.text, str) and first.text.strip()
    assert first.prompt_tokens is not None and first.prompt_tokens > 5
    assert first.completion_tokens is not None and 0 < first.completion_tokens <= 32
    assert first.model.endswith(".gguf") and first.provider == "openai" and first.latency_s > 0
    assert first.messages == (Message.user("You are a hiring manager.\n\nCan we discuss my salary?"),)  # folded
    assert provider.complete(ASK, options=SHORT).text == first.text  # temperature 0 and a seed: repeatable


def test_streaming_yields_chunks_that_join_to_the_answer(llama_server: LlamaServer) -> None:
    stream = real_provider(llama_server).stream(ASK, options=SHORT)
    chunks = list(stream)
    assert len(chunks) > 1
    assert "".join(chunks).strip()
    assert stream.completion is not None and stream.completion.text == "".join(chunks)


def test_structured_output_is_valid_or_a_clean_error(llama_server: LlamaServer) -> None:
    provider = real_provider(llama_server)
    ask = [Message.user("Describe a pet: its name and its age in years.")]
    try:
        value, completion = provider.structured(ask, Pet, options=Options(max_tokens=48))
    except LLMOutputInvalid as exc:  # allowed: a tiny base model may still write something unusable
        assert exc.kind == "invalid" and exc.hint
    else:
        assert isinstance(value, Pet)
        assert completion.text.lstrip().startswith("{")
    assert provider.capabilities.json_schema  # llama-cpp-python took the json_object + schema dialect


def test_a_frozen_then_stopped_server_falls_back_with_a_notice(own_llama_server: LlamaServer) -> None:
    answer = with_fallback(
        real_provider(own_llama_server), OfflineProvider([TEMPLATE]), lambda p: p.complete(ASK, options=SHORT)
    )
    assert not answer.fallback and answer.text.strip()

    provider = real_provider(own_llama_server, timeout_s=1.5, max_retries=1)  # impatient, to keep the test short
    own_llama_server.pause()  # accepts connections, never answers: a time-out
    answer = with_fallback(provider, OfflineProvider([TEMPLATE]), lambda p: p.complete(ASK, options=SHORT))
    assert answer.fallback and answer.text == TEMPLATE
    assert answer.notice is not None and "did not answer within 1.5 s" in answer.notice

    own_llama_server.stop()  # gone: connection refused
    answer = with_fallback(provider, OfflineProvider([TEMPLATE]), lambda p: p.stream(ASK, options=SHORT).collect())
    assert answer.fallback and answer.text == TEMPLATE
    assert answer.notice is not None and "cannot be reached" in answer.notice


def test_llamacpp_canary_completes_in_a_subprocess_without_extra_buffer_types(llamacpp_canary: Canary) -> None:
    """A crash here (e.g. SIGSEGV from the AMX repack) fails this test only; the in-process ones are skipped."""
    assert llamacpp_canary.crashed is None, llamacpp_canary.log[-4000:]
    result = llamacpp_canary.result()
    assert result["extra_bufts"] is False
    assert isinstance(result["tokens"], int) and 0 < result["tokens"] <= 4
    buffers = re.findall(r"(\S+) model buffer size", llamacpp_canary.log)
    assert "CPU_Mapped" in buffers  # the load log was captured, and it names no repacked (REPACK, AMX) buffer
    assert not [name for name in buffers if "REPACK" in name or "AMX" in name], buffers


@pytest.fixture(scope="module")
def in_process(gguf: Path, llamacpp_in_process: None) -> LlamaCppProvider:
    config = LLMConfig(provider="llamacpp", model_path=str(gguf), chat_format="gemma", system_role=False, n_ctx=1024)
    return LlamaCppProvider(config)


def test_in_process_llamacpp_completes_streams_and_structures(in_process: LlamaCppProvider) -> None:
    answer = in_process.complete(ASK, options=SHORT)
    assert answer.text.strip() and answer.completion_tokens and answer.model == "gemma-3-270m-q4_k_m.gguf"
    assert "".join(in_process.stream(ASK, options=Options(max_tokens=8))).strip()
    value, _ = in_process.structured([Message.user("Describe a pet.")], Pet, options=Options(max_tokens=48))
    assert isinstance(value, Pet)  # the schema became a grammar: JSON by construction
    assert in_process._llama.model_params.use_extra_bufts is False  # the setting's default reached llama.cpp
    in_process.close()
