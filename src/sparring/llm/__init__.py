"""LLM providers behind one interface (:class:`sparring.llm.base.Provider`): offline, OpenAI-compatible, llama.cpp.

Submodules are imported where they are used, so importing this package costs nothing.
"""
