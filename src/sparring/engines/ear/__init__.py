"""The ear: one structured reading of a user's turn in a rehearsal.

From the text, the case and the conversation so far it says which dialogue acts the turn
performs, which offer it puts on the table (each lever value with the words it came from),
which items of the case it refers to, and its language tags. Pure and deterministic: the
counterpart's policy decides from this reading, and the user can see it ("what it heard").
"""

from sparring.engines.ear.context import Context
from sparring.engines.ear.reading import Reading, hear

__all__ = ["Context", "Reading", "hear"]
