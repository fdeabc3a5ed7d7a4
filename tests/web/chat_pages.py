"""Shared by the browser chat tests: a tab at a laptop or a phone size, an example rehearsal started
from the first screen, and a line said in the chat."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

SIZES = {"laptop": (1366, 900), "phone": (390, 844)}


def sized_tab(browser: Any, url: str, size: str) -> Iterator[Any]:
    """A fresh tab at ``size`` on ``url``, closed afterwards (a fixture body: ``yield from``)."""
    width, height = SIZES[size]
    context = browser.new_context(viewport={"width": width, "height": height})
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    tab.size = size
    tab.goto(url)
    yield tab
    context.close()


def start_example(tab: Any) -> None:
    tab.get_by_role("button", name="Start the example rehearsal").click()
    tab.wait_for_url(re.compile(r"/rehearse/[A-Za-z0-9_-]{16}$"))
    tab.wait_for_load_state("load")


def say(tab: Any, text: str, new_items: int = 2) -> None:
    """Send ``text`` and wait until the chat log has grown by ``new_items`` (your line and the reply)."""
    before = tab.locator("#chat-log > li").count()
    box = tab.get_by_label("Your line")
    box.fill(text)
    box.press("Enter")
    tab.wait_for_function(f"() => document.querySelectorAll('#chat-log > li').length > {before + new_items - 1}")
