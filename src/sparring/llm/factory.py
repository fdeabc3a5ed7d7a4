"""From settings to a provider. Only the interfaces call this: services get a :class:`Provider`."""

from __future__ import annotations

from sparring.llm.base import Provider
from sparring.llm.config import LLMConfig


def open_provider(config: LLMConfig) -> Provider:
    """The provider the settings name; its heavy library is imported only here, on demand."""
    if config.provider == "openai":
        from sparring.llm.openai_provider import OpenAIProvider

        return OpenAIProvider(config)
    if config.provider == "llamacpp":
        from sparring.llm.llamacpp_provider import LlamaCppProvider

        return LlamaCppProvider(config)
    from sparring.llm.offline import OfflineProvider

    return OfflineProvider()
