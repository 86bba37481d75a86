"""Development settings: debug pages, console e-mail, static files served from the sources."""

from .base import *  # noqa: F403
from .base import env

# The demo shows the French error pages; DEBUG=true brings back Django's technical pages.
DEBUG = env.bool("DEBUG", default=False)
# Serve uploaded images from MEDIA_ROOT; production leaves this to the web server.
SERVE_MEDIA_IMAGES = True
SECRET_KEY = env.str("SECRET_KEY", default="dev-only-insecure-key-do-not-use-in-production")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])
EMAIL_BACKEND = env.str("EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend")

# Serve static files from the apps and static/ without running collectstatic first.
WHITENOISE_USE_FINDERS = True
# WhiteNoise warns at start-up when STATIC_ROOT is missing, even when it serves from the finders.
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # noqa: F405
WHITENOISE_AUTOREFRESH = True
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
