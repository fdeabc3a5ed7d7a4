"""The rules, one small pure function per principle; importing this package registers them all."""

from sparring.engines.check.rules import deal, goal, mind, offer, overlap, them, tiers, verdicts, walkaway  # noqa: F401
