"""Deal maths: how much a package is worth to each side."""
