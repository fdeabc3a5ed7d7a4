"""The guided Incentive Map editor: which fields it shows (spec), how a posted form becomes a
case document (form), and where each finding or problem is shown (slots)."""
