"""Server-side SVG for the web pages: the incentive map and the deal frontier.

Plain strings built with escaping, no script and no external font, so a chart is part of the
page's HTML and prints, zooms and works offline like the text around it. (The stress chart is
shared with the CLI and lives in :mod:`sparring.report.charts`.)
"""
