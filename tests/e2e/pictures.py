"""Screenshots of the main pages at desktop and phone widths.

They go to var/e2e/screenshots (E2E_SCREENSHOTS_DIR to change it); docs/screenshots keeps a
copy of those the READMEs show.
"""

import os
from pathlib import Path

from django.conf import settings

from .watching import Watcher

DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}


def screenshots_dir():
    default = Path(settings.BASE_DIR) / "var" / "e2e" / "screenshots"
    path = Path(os.environ.get("E2E_SCREENSHOTS_DIR", default))
    path.mkdir(parents=True, exist_ok=True)
    return path


def take_pictures(browser, page, name):
    """Save `name`-desktop.png from `page`, and `name`-phone.png of the same address."""
    folder = screenshots_dir()
    page.set_viewport_size(DESKTOP)
    page.screenshot(path=folder / f"{name}-desktop.png")
    phone = browser.new_context(
        viewport=PHONE,
        device_scale_factor=2,
        is_mobile=True,
        has_touch=True,
        storage_state=page.context.storage_state(),
        locale="fr-FR",
    )
    # The watcher serves map tiles locally, as in the journey's own context.
    Watcher(phone)
    try:
        phone_page = phone.new_page()
        phone_page.goto(page.url, wait_until="networkidle")
        phone_page.screenshot(path=folder / f"{name}-phone.png")
    finally:
        phone.close()
