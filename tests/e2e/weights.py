"""Requests and bytes a public page costs on a first visit, with an empty browser cache.

Each measure is written to var/e2e/weights/<name>.json; `bench/page_weights.py` turns them into
the table of docs/benchmarks.md. Map tiles are counted apart: the budget leaves them out.
The test server sends static files uncompressed, where WhiteNoise sends them gzipped in
production, so each record contains both: `bytes` as sent here and `production_bytes` with static
files compressed the way WhiteNoise compresses them (same level, same skipped formats).
"""

import json
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from whitenoise.compress import Compressor

from .watching import Watcher

_compressor = Compressor(use_gzip=True, use_brotli=False, quiet=True)


def weights_dir():
    path = Path(settings.BASE_DIR) / "var" / "e2e" / "weights"
    path.mkdir(parents=True, exist_ok=True)
    return path


def transferred_bytes(request):
    sizes = request.sizes()
    return sizes["responseHeadersSize"] + sizes["responseBodySize"]


def production_bytes(request):
    """Bytes of the response if its static file were gzipped as WhiteNoise serves it."""
    sent = transferred_bytes(request)
    path = urlsplit(request.url).path
    if not path.startswith(settings.STATIC_URL) or not _compressor.should_compress(path):
        return sent
    response = request.response()
    body = response.body() if response else b""
    compressed = _compressor.compress_gzip(body)
    if not body or len(compressed) / len(body) > 0.95:
        return sent
    return sent - len(body) + len(compressed)


def weigh_first_visit(browser, url, name):
    """Load `url` in a fresh context, record what it cost and return the record."""
    context = browser.new_context(locale="fr-FR")
    watcher = Watcher(context)
    finished = []
    context.on("requestfinished", lambda request: finished.append(request))
    try:
        page = context.new_page()
        page.goto(url, wait_until="networkidle")
        page.wait_for_timeout(300)
        counted = [request for request in finished if not is_tile(request.url)]
        record = {
            "page": name,
            "path": urlsplit(url).path,
            "requests": len(watcher.requests),
            "bytes": sum(transferred_bytes(request) for request in counted),
            "production_bytes": sum(production_bytes(request) for request in counted),
            "tile_requests": len(watcher.tile_requests),
        }
    finally:
        context.close()
    (weights_dir() / f"{name}.json").write_text(json.dumps(record, indent=2) + "\n")
    return record


def is_tile(url):
    return urlsplit(url).hostname == urlsplit(settings.MAP_TILE_LAYER_URL).hostname
