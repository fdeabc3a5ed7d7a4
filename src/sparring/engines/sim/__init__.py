"""The simulated counterpart: a seeded policy that decides, templates that speak, a session
that keeps the transcript and scores it. Decisions are made here, never by an LLM."""
