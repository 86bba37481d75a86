"""axe-core audits of the page shown in the browser.

axe-core comes from PyPI inside axe-playwright-python, which injects it into the page: nothing
is fetched from a CDN.
"""

from axe_playwright_python.sync_playwright import Axe

BLOCKING_IMPACTS = {"serious", "critical"}

_axe = Axe()


def blocking_violations(page):
    """Serious and critical violations of the page, as short readable lines."""
    results = _axe.run(page)
    lines = []
    for violation in results.response["violations"]:
        if violation["impact"] not in BLOCKING_IMPACTS:
            continue
        targets = [" ".join(map(str, node["target"])) for node in violation["nodes"][:5]]
        lines.append(f"{violation['id']} ({violation['impact']}): {', '.join(targets)}")
    return lines
