"""What a browser context does on the network and in its console, checked after a journey.

Map tiles are the one thing a page may fetch from another host. The tests answer them from
here with a plain tile, so a journey never depends on a tile server being reachable.
"""

import io
from urllib.parse import urlsplit

from django.conf import settings
from PIL import Image

LOCAL_HOSTS = {"127.0.0.1", "localhost"}
# Schemes whose URLs name no host, so they cannot reach another machine.
HOSTLESS_SCHEMES = {"data", "blob", "about"}


def tile_host():
    return urlsplit(settings.MAP_TILE_LAYER_URL).hostname


def plain_tile():
    buffer = io.BytesIO()
    Image.new("RGB", (256, 256), (238, 236, 228)).save(buffer, format="PNG")
    return buffer.getvalue()


def is_foreign(url):
    parts = urlsplit(url)
    return parts.scheme not in HOSTLESS_SCHEMES and parts.hostname not in LOCAL_HOSTS


class Watcher:
    """Records the requests leaving a browser context and the errors of its pages."""

    def __init__(self, context):
        self.requests = []
        self.tile_requests = []
        self.console_errors = []
        tile = plain_tile()
        host = tile_host()
        context.route(
            lambda url: urlsplit(url).hostname == host,
            lambda route: route.fulfill(status=200, content_type="image/png", body=tile),
        )
        context.on("request", self._on_request)
        context.on("console", self._on_console)
        context.on("weberror", lambda error: self.console_errors.append(str(error.error)))

    def _on_request(self, request):
        if urlsplit(request.url).hostname == tile_host():
            self.tile_requests.append(request.url)
        else:
            self.requests.append(request.url)

    def _on_console(self, message):
        if message.type == "error":
            self.console_errors.append(f"{message.text} ({message.location.get('url')})")

    def foreign_requests(self):
        return [url for url in self.requests if is_foreign(url)]
