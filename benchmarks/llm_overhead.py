"""Sparring's own overhead on an LLM turn, side by side with a direct request to the same llama.cpp server.

Usage: python benchmarks/llm_overhead.py [--runs N] [--max-tokens N] [--base-url URL]
Without --base-url it starts llama-cpp-python's server with Gemma 3 270M (as the tests do).
Each round sends the same prompt twice, in alternating order: once as a plain HTTP POST to
/v1/chat/completions (urllib, no SDK), once through Sparring's openai provider inside
``with_fallback`` with the exchange logged to a SQLite store. Temperature 0 and a fixed seed
make both generate the same tokens, which the script checks. Target: overhead < 5 %.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sparring.llm.base import Message, Options  # noqa: E402
from sparring.llm.config import LLMConfig  # noqa: E402
from sparring.llm.fallback import with_fallback  # noqa: E402
from sparring.llm.offline import OfflineProvider  # noqa: E402
from sparring.llm.openai_provider import OpenAIProvider  # noqa: E402
from sparring.store.exchanges import ExchangeStore  # noqa: E402

PROMPT = "The manager says the budget is frozen until October. Write one polite sentence asking what could move."


def direct(base_url: str, model: str, max_tokens: int) -> tuple[float, str]:
    body = {
        "model": model,
        "messages": [{"role": "user", "content": PROMPT}],
        "max_tokens": max_tokens,
        "temperature": 0.0,
        "seed": 0,
    }
    request = urllib.request.Request(
        f"{base_url}/chat/completions", data=json.dumps(body).encode(), headers={"content-type": "application/json"}
    )
    start = time.perf_counter()
    with urllib.request.urlopen(request, timeout=120) as response:
        text = json.loads(response.read())["choices"][0]["message"]["content"]
    return time.perf_counter() - start, text


def through_sparring(provider: OpenAIProvider, log: ExchangeStore, max_tokens: int) -> tuple[float, str]:
    messages = [Message.user(PROMPT)]
    options = Options(max_tokens=max_tokens, temperature=0.0, seed=0)
    start = time.perf_counter()
    answer = with_fallback(
        provider,
        OfflineProvider(["(template)"]),
        lambda p: p.complete(messages, options=options),
        log=log,
        feature="benchmark",
        prompt_version="1",
    )
    elapsed = time.perf_counter() - start
    assert not answer.fallback, answer.notice
    return elapsed, answer.text


def measure(base_url: str, runs: int, max_tokens: int) -> None:
    provider = OpenAIProvider(LLMConfig(provider="openai", base_url=base_url, timeout_s=120, system_role=False))
    model = provider.model
    with tempfile.TemporaryDirectory() as folder:
        log = ExchangeStore(f"sqlite:///{Path(folder) / 'bench.db'}")
        for _ in range(2):  # warm up both paths (connections, prompt cache, SQLite file)
            direct(base_url, model, max_tokens)
            through_sparring(provider, log, max_tokens)
        plain: list[float] = []
        ours: list[float] = []
        same = True
        for index in range(runs):
            order = (0, 1) if index % 2 == 0 else (1, 0)
            for which in order:
                if which == 0:
                    seconds, text_direct = direct(base_url, model, max_tokens)
                    plain.append(seconds)
                else:
                    seconds, text_ours = through_sparring(provider, log, max_tokens)
                    ours.append(seconds)
            same = same and text_direct == text_ours
        logged = len(log.recent(1000))
        log.close()
    provider.close()
    base, mine = statistics.median(plain), statistics.median(ours)
    paired = statistics.median(b - a for a, b in zip(plain, ours, strict=True))
    print(f"server {base_url}, model {Path(model).name}, {runs} rounds, max_tokens {max_tokens}")
    print(f"direct HTTP request               : median {base * 1000:7.1f} ms")
    print(f"Sparring (provider, fallback, log): median {mine * 1000:7.1f} ms ({logged} exchanges logged)")
    print(f"overhead, difference of medians   : {(mine - base) * 1000:+.1f} ms = {(mine - base) / base:+.1%}")
    print(f"overhead, median paired difference: {paired * 1000:+.1f} ms = {paired / base:+.1%}")
    print(f"same text both ways: {same}; target overhead < 5%: {'met' if (mine - base) / base < 0.05 else 'NOT met'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--max-tokens", type=int, default=32)
    parser.add_argument("--base-url", help="an already running OpenAI-compatible server (default: start one)")
    args = parser.parse_args()
    if args.base_url:
        measure(args.base_url.rstrip("/"), args.runs, args.max_tokens)
        return
    from tests.llm.llama_server import LlamaServer, gguf_path
    from tests.store.pg_server import free_port

    with tempfile.TemporaryDirectory() as folder:
        server = LlamaServer(model=gguf_path(), port=free_port(), log=Path(folder) / "server.log").start()
        try:
            measure(server.base_url, args.runs, args.max_tokens)
        finally:
            server.stop()


if __name__ == "__main__":
    main()
