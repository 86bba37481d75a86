"""A person's session in the browser, with the checks every journey makes.

Each page a journey marks with `check` is audited by axe-core; `picture` and `weigh` save
screenshots and first-visit weights of the main pages. `assert_clean` ends a journey: no
request left 127.0.0.1 except map tiles, no console error, no serious or critical violation.
"""

from .accessibility import blocking_violations
from .pictures import DESKTOP, take_pictures
from .watching import Watcher
from .weights import weigh_first_visit


class Journey:
    def __init__(self, browser, live_server):
        self.browser = browser
        self.base_url = live_server.url
        self.context = browser.new_context(locale="fr-FR", viewport=DESKTOP)
        self.watcher = Watcher(self.context)
        self.page = self.context.new_page()
        self.violations = {}

    def url(self, path):
        return self.base_url + path

    def visit(self, path):
        self.page.goto(self.url(path))
        self.page.wait_for_load_state("networkidle")
        return self.page

    def check(self, name):
        """Audit the page shown with axe-core; the violations are reported by assert_clean."""
        self.page.wait_for_load_state("networkidle")
        found = blocking_violations(self.page)
        if found:
            self.violations[f"{name} ({self.page.url})"] = found

    def picture(self, name):
        take_pictures(self.browser, self.page, name)
        self.page.set_viewport_size(DESKTOP)

    def weigh(self, name):
        return weigh_first_visit(self.browser, self.page.url, name)

    def log_in(self, username, password):
        self.visit("/comptes/connexion/")
        self.page.fill("input[name=username]", username)
        self.page.fill("input[name=password]", password)
        self.page.locator("main form button[type=submit]").click()
        self.page.wait_for_load_state("networkidle")

    def log_out(self):
        self.context.clear_cookies()

    def assert_clean(self):
        assert self.watcher.foreign_requests() == []
        assert self.watcher.console_errors == []
        assert self.violations == {}

    def close(self):
        self.context.close()
