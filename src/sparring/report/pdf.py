"""The brief as PDF, through WeasyPrint: an optional extra, so the core install stays light.

WeasyPrint is imported only when a PDF is asked for; without it (or without the Pango
library it needs) the user gets one clear message saying what to install.
"""

from __future__ import annotations

import importlib

from sparring.model.errors import SparringError

INSTALL_HINT = "pip install 'sparring[pdf]'"


def render_pdf(html: str) -> bytes:
    """Lay out the brief's HTML (see :mod:`sparring.report.html`) as PDF bytes."""
    try:
        weasyprint = importlib.import_module("weasyprint")
    except ImportError:
        raise SparringError("PDF output needs WeasyPrint", hint=INSTALL_HINT, kind="unavailable") from None
    except OSError as exc:  # WeasyPrint is there but the Pango library it loads is not
        raise SparringError(
            f"PDF output needs WeasyPrint's system libraries ({exc})",
            hint="Install Pango (Debian: apt-get install libpango-1.0-0 libpangoft2-1.0-0) or use --format html.",
            kind="unavailable",
        ) from None
    return bytes(weasyprint.HTML(string=html).write_pdf())
