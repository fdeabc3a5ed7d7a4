"""Sparring: a local-first negotiation preparation and rehearsal coach."""

__version__ = "0.1.0"
