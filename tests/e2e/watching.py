"""What a browser context does on the network and in its console, checked after a journey.

Map tiles are the one thing a page may fetch from another host. The tests serve a plain tile
in their place, so a journey never depends on a tile server being reachable.
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


def is_autosave_rejection(response):
    """Tell whether `response` is Wagtail's autosave refusing a half-filled editor form.

    The page editor posts the form in the background while the editor types, and Wagtail
    responds with 400 until the form is valid. The editor notices it only in the autosave
    indicator, but Chromium logs the 400 in the console.
    """
    request = response.request
    return (
        response.status == 400
        and request.method == "POST"
        and request.resource_type == "fetch"
        and urlsplit(request.url).path.startswith("/admin/pages/")
    )


def is_foreign(url):
    parts = urlsplit(url)
    return parts.scheme not in HOSTLESS_SCHEMES and parts.hostname not in LOCAL_HOSTS


class Watcher:
    """Records the requests leaving a browser context and the errors of its pages."""

    def __init__(self, context):
        self.requests = []
        self.tile_requests = []
        self.console_errors = []
        self.autosave_rejections = set()
        tile = plain_tile()
        host = tile_host()
        context.route(
            lambda url: urlsplit(url).hostname == host,
            lambda route: route.fulfill(status=200, content_type="image/png", body=tile),
        )
        context.on("request", self._on_request)
        context.on("response", self._on_response)
        context.on("console", self._on_console)
        context.on("weberror", lambda error: self.console_errors.append(str(error.error)))

    def _on_request(self, request):
        if urlsplit(request.url).hostname == tile_host():
            self.tile_requests.append(request.url)
        else:
            self.requests.append(request.url)

    def _on_response(self, response):
        if is_autosave_rejection(response):
            self.autosave_rejections.add(response.url)

    def _on_console(self, message):
        if message.type != "error":
            return
        url = message.location.get("url")
        if url in self.autosave_rejections and "status of 400" in message.text:
            return
        self.console_errors.append(f"{message.text} ({url})")

    def foreign_requests(self):
        return [url for url in self.requests if is_foreign(url)]
