"""Pure, deterministic engines: check, deal, language, sim, market. No I/O; seeded randomness."""
