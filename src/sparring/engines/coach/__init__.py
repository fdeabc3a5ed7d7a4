"""The coach's deterministic rules: offline answers and the checks on what a model wrote.

Everything here is pure (no store, no LLM, no I/O), so the same case always gives the same
offline forecast, the same incentive hypotheses and the same verdict on a model's line. The
services in :mod:`sparring.services.coach` ask a model, and use these rules both as the
fallback answer and to refuse a reply that changes the substance.
"""
