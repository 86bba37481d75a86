"""Settings shared by every environment. Environment variables override the defaults below."""

from pathlib import Path

import environ
import xstatic.pkg.leaflet
import xstatic.pkg.leaflet_markercluster
from django.utils.translation import gettext_lazy as _

from home.search.backends import search_backend_settings

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = BASE_DIR / "var"

env = environ.Env()

DEBUG = env.bool("DEBUG", default=False)
# Set by the production settings; commands that create demo data refuse to run there.
IS_PRODUCTION = False
SECRET_KEY = env.str("SECRET_KEY", default="")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=[])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "home",
    "community",
    "knowledge",
    "qa",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.table_block",
    "wagtail.contrib.typed_table_block",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "dsfr",
    "widget_tweaks",
    "wagtailgeowidget",
    # django_comments_xtd comes before django_comments so that its templates win.
    "django_comments_xtd",
    "django_comments",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sites",
    "django.contrib.sitemaps",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "community.middleware.AdminPageAccessMiddleware",
    "home.middleware.MethodNotAllowedPageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                # No dsfr.context_processors.site_config: base.html does not read SITE_CONFIG,
                # and the processor costs two queries on every page.
                "home.context_processors.site_navigation",
            ],
        },
    },
]

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["ATOMIC_REQUESTS"] = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The page editor's autosave and the save button can write at the same time: a writer
    # takes the lock when its transaction begins and the other one waits, instead of failing
    # with "database is locked".
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"transaction_mode": "IMMEDIATE", "timeout": 20}
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# The default cache contains the map's GeoJSON and CSV payloads and the token that invalidates
# them, besides Wagtail's own entries. A local-memory cache only sees the invalidations of its
# own process. With several processes or servers CACHE_URL must name a shared cache, such
# as redis://host:6379/1 or pymemcache://host:11211, whose client package (redis or
# pymemcache) must then be installed.
CACHES = {"default": env.cache("CACHE_URL", default="locmemcache://")}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account:login"
LOGIN_REDIRECT_URL = "account:profile"
LOGOUT_REDIRECT_URL = "/"

LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", _("French"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(env.str("STATIC_ROOT", default=str(VAR_DIR / "static")))
MEDIA_URL = "/media/"
# Only image folders are ever served from MEDIA_ROOT: documents stay behind Wagtail's serve view,
# which applies the view restrictions of their collection.
SERVE_MEDIA_IMAGES = False
MEDIA_ROOT = Path(env.str("MEDIA_ROOT", default=str(VAR_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "config.storage.StaticFilesStorage"},
}

# Maps. Leaflet and Leaflet.markercluster come from the XStatic packages and are served by this
# site as static/leaflet/ and static/leaflet-markercluster/, in the page editor too. The public
# map and wagtailgeowidget's editor map share one tile layer.
STATICFILES_DIRS = [
    BASE_DIR / "static",
    ("leaflet", xstatic.pkg.leaflet.BASE_DIR),
    ("leaflet-markercluster", xstatic.pkg.leaflet_markercluster.BASE_DIR),
]
MAP_TILE_LAYER_URL = env.str(
    "MAP_TILE_LAYER_URL", default="https://tile.openstreetmap.org/{z}/{x}/{y}.png"
)
MAP_TILE_LAYER_ATTRIBUTION = env.str(
    "MAP_TILE_LAYER_ATTRIBUTION",
    default="&copy; les contributeurs d’"
    '<a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
)
# Geocoder of the address field in the field report editor. With "nominatim", the browser sends
# each address the editor types there to nominatim.openstreetmap.org. With "none", the address
# is a plain text input and no request leaves the browser.
MAP_GEOCODER = env.str("MAP_GEOCODER", default="nominatim")
# Address suggestions on the site's proposal form, off when empty. The URL names a service
# compatible with the Base Adresse Nationale search API, which the member's browser calls.
FIELD_REPORT_GEOCODER_URL = env.str("FIELD_REPORT_GEOCODER_URL", default="")
# wagtailgeowidget reads these once, when it is imported. An empty location field shows the
# whole of metropolitan France.
GEO_WIDGET_DEFAULT_LOCATION = {"lat": 46.6, "lng": 2.4}
GEO_WIDGET_ZOOM = 5
GEO_WIDGET_LEAFLET_TILE_LAYER = MAP_TILE_LAYER_URL
GEO_WIDGET_LEAFLET_TILE_LAYER_OPTIONS = {"attribution": MAP_TILE_LAYER_ATTRIBUTION}

EMAIL_BACKEND = env.str("EMAIL_BACKEND", default="django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env.str("EMAIL_HOST", default="localhost")
EMAIL_PORT = env.int("EMAIL_PORT", default=25)
DEFAULT_FROM_EMAIL = env.str(
    "DEFAULT_FROM_EMAIL", default="Rencontre des Territoires <ne-pas-repondre@example.org>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL

SITE_ID = 1

# Domain on the right of the UID of every event in the iCalendar files, e.g.
# "event-42@rencontre-des-territoires.example.org". Calendar applications recognise an event by
# its UID, so set this once before the first calendar is published: changing it later makes
# every subscribed application show each event twice.
CALENDAR_UID_DOMAIN = env.str(
    "CALENDAR_UID_DOMAIN", default="rencontre-des-territoires.example.org"
)
# Domain of the "tag:" URIs that identify the activity feeds and their items (the RSS guid and
# the Atom id). Feed readers recognise an item by it, so it must not change once feeds are read.
FEED_ID_DOMAIN = env.str("FEED_ID_DOMAIN", default=CALENDAR_UID_DOMAIN)

# Wagtail
WAGTAIL_SITE_NAME = "Rencontre des Territoires"
WAGTAILADMIN_BASE_URL = env.str("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAIL_I18N_ENABLED = False
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odp", "ods", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
# Wagtail's database backend with French analysis: the `french_unaccent` configuration on
# PostgreSQL, stems stored in the FTS5 index on SQLite. Run `manage.py update_index` after
# changing it.
WAGTAILSEARCH_BACKENDS = search_backend_settings(DATABASES["default"]["ENGINE"])
# The admin must call no other host: no release check, no Gravatar avatars.
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_USER_TIME_ZONES = ["Europe/Paris"]
# Slugs made from French titles drop their accents: "École" gives "ecole", and addresses
# stay readable once copied into an e-mail or a CSV file.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# Site administrators would get each moderation e-mail twice, as superusers and as editors.
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
WAGTAILADMIN_PERMITTED_LANGUAGES = [("fr", "Français")]

# django-comments-xtd
COMMENTS_APP = "django_comments_xtd"
COMMENTS_XTD_MAX_THREAD_LEVEL = 2
COMMENTS_XTD_CONFIRM_EMAIL = False

# django-dsfr: WhiteNoise's manifest storage rewrites the DSFR CSS, which then no longer
# matches the SRI hashes that django-dsfr 3.6 ships.
DSFR_USE_INTEGRITY_CHECKSUMS = False

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "timestamped": {"format": "{asctime} {levelname} {name}: {message}", "style": "{"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "timestamped"},
    },
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        # The immediate task backend logs every task start and success.
        "django_tasks": {"level": "WARNING"},
    },
}
