"""The domain: the Case document and its parts, and the principles catalogue.

Depends on the standard library and pydantic only.
"""
