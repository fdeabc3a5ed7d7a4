"""Rendering: the one-page brief (Markdown, HTML, PDF) and charts."""
