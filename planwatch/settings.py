"""PlanWatch settings: one module, every value from the environment (12-factor).

Development defaults let `make run` work on a fresh machine; production values come from
the environment (see .env.example and docker-compose.yml).
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in ("1", "true", "yes", "on"):
        return True
    if value.lower() in ("0", "false", "no", "off"):
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}")


def env_list(name, default):
    value = os.environ.get(name)
    if value is None:
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


def env_int(name, default):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be an integer, not {value!r}") from None


DEBUG = env_bool("DEBUG", False)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off")
    SECRET_KEY = "planwatch-insecure-development-key"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])
CSRF_FAILURE_VIEW = "indicators.views.errors.csrf_failure"

INSTALLED_APPS = [
    "planwatch.apps.PlanWatchAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_tables2",
    "django_filters",
    "rules",
    "simple_history",
    "axes",
    "csp",
    "rest_framework",
    "rest_framework.authtoken",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "indicators",
    "reports",
    "bench",
    "api",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # After the locale, for its message in the reader's language; before anything that reads.
    "planwatch.middleware.RefuseNulMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Inside CommonMiddleware, whose APPEND_SLASH still redirects a missing page's /-twin.
    "planwatch.middleware.NotFoundPageMiddleware",
    # Last, as django-axes asks: it answers locked-out logins.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "rules.permissions.ObjectPermissionBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "planwatch.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "indicators.context_processors.header",
            ],
        },
    },
]

WSGI_APPLICATION = "planwatch.wsgi.application"
ASGI_APPLICATION = "planwatch.asgi.application"

# A kept connection is checked before a request reuses it: one dead since a PostgreSQL restart
# is replaced rather than failing the first request of every worker.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0),
        conn_health_checks=True,
    )
}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Rendered page bodies (indicators/page_cache.py): shared in Redis when CACHE_URL names one (the
# web workers then warm one cache), else in each process's memory. Correct either way: a body is
# kept under version numbers stored in the database, which every write changes.
CACHE_URL = os.environ.get("CACHE_URL", "")
# A hung Redis (stopped, its port still accepting) would hold every request that reads a page or
# a session; past this many milliseconds a connect or a reply is a cache error, taken as a miss
# (planwatch/cache.py then leaves Redis alone for a few seconds).
CACHE_TIMEOUT_SECONDS = env_int("CACHE_TIMEOUT_MS", 500) / 1000
CACHES = {
    "default": {
        "BACKEND": "planwatch.cache.RedisCache",
        "LOCATION": CACHE_URL,
        "OPTIONS": {
            "socket_connect_timeout": CACHE_TIMEOUT_SECONDS,
            "socket_timeout": CACHE_TIMEOUT_SECONDS,
        },
    }
    if CACHE_URL
    else {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "OPTIONS": {"MAX_ENTRIES": env_int("CACHE_MAX_ENTRIES", 300)},  # ≈ 30 MB of bodies
    }
}
# How long a cached page body lives at most; 0 turns the page cache off.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 3600)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Roles and review (see indicators/permissions.py).
# Figures entered by analysts stay drafts until a reviewer approves them; off for small teams.
REVIEW_REQUIRED = env_bool("REVIEW_REQUIRED", True)
# Progress against time (序时进度): progress within this many percentage points of the time
# elapsed is on schedule (基本符合预期); further ahead is ahead (快于预期), further behind is
# behind (滞后). NDRC's 十二五 energy review counted 82.5 % after 80 % of the time as on time
# (「赶上了时间进度要求」); 1–3 月 investment 5.9 points ahead is 超序时进度.
PROGRESS_TOLERANCE = os.environ.get("PROGRESS_TOLERANCE", "3")
# Open the read-only pages to anonymous visitors (a public portal); writing always needs a login.
PUBLIC_READ = env_bool("PUBLIC_READ", False)

# Login throttling: after AXES_FAILURE_LIMIT wrong passwords for one user from one address,
# that pair is locked out for AXES_COOLOFF_HOURS.
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = env_int("AXES_COOLOFF_HOURS", 1)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_VERBOSE = False

# Content-Security-Policy: everything from our own origin; inline styles for Plotly's SVG.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}

# Uploaded report files: kept under MEDIA_ROOT (never served as static), read through a view
# that checks permissions.
MAX_UPLOAD_BYTES = env_int("MAX_UPLOAD_MB", 20) * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024

# Limits on what a report may hold and cost (README, "Roles and security"). A plan report is some
# tens of thousands of characters, a few MB of Word XML, 30–80 PDF pages, read in a second or two:
# these leave ample room for real ones and bound what a hostile file can make a process do.
# Characters of a report's text, whether pasted, uploaded or read from its file.
REPORT_MAX_TEXT = env_int("REPORT_MAX_TEXT", 500_000)
# Characters of an annex table pasted onto a report.
REPORT_MAX_PASTE = env_int("REPORT_MAX_PASTE", 100_000)
# A .docx: all its parts unzipped, any one part, the compression ratio of a part above 1 MB,
# the number of parts, XML elements over all parts, and the columns one table cell may span.
DOCUMENT_MAX_UNZIPPED_BYTES = env_int("DOCUMENT_MAX_UNZIPPED_MB", 100) * 1024 * 1024
DOCUMENT_MAX_PART_BYTES = env_int("DOCUMENT_MAX_PART_MB", 25) * 1024 * 1024
DOCUMENT_MAX_RATIO = env_int("DOCUMENT_MAX_RATIO", 100)
DOCUMENT_MAX_PARTS = env_int("DOCUMENT_MAX_PARTS", 2000)
DOCUMENT_MAX_XML_ELEMENTS = env_int("DOCUMENT_MAX_XML_ELEMENTS", 2_000_000)
DOCUMENT_MAX_SPAN = env_int("DOCUMENT_MAX_SPAN", 64)
# A PDF's pages.
DOCUMENT_MAX_PAGES = env_int("DOCUMENT_MAX_PAGES", 1000)
# A .docx or PDF is read in a process of its own, stopped after this many seconds or when it
# asks for more memory (address space) than this.
DOCUMENT_READ_SECONDS = env_int("DOCUMENT_READ_SECONDS", 60)
DOCUMENT_READ_MEMORY_BYTES = env_int("DOCUMENT_READ_MEMORY_MB", 1024) * 1024 * 1024
# Reading a report and extracting its figures (the Celery task): a soft limit the task answers
# by recording the failure on the report, and a hard one past which the worker is killed and
# the report page calls the extraction timed out.
EXTRACTION_SOFT_SECONDS = env_int("EXTRACTION_SOFT_SECONDS", 180)
EXTRACTION_HARD_SECONDS = env_int("EXTRACTION_HARD_SECONDS", 240)
if EXTRACTION_HARD_SECONDS <= EXTRACTION_SOFT_SECONDS:
    raise ImproperlyConfigured("EXTRACTION_HARD_SECONDS must exceed EXTRACTION_SOFT_SECONDS")

# A Figures CSV imported on the site (/reports/import/): the largest file accepted (a 200,000-row
# national file is about 60 MB), and the Celery task's soft limit (the failure is recorded on
# the job) and hard one (the worker kills the task; the job page then calls it timed out).
IMPORT_MAX_UPLOAD_BYTES = env_int("IMPORT_MAX_UPLOAD_MB", 100) * 1024 * 1024
IMPORT_SOFT_SECONDS = env_int("IMPORT_SOFT_SECONDS", 1800)
IMPORT_HARD_SECONDS = env_int("IMPORT_HARD_SECONDS", 1900)
if IMPORT_HARD_SECONDS <= IMPORT_SOFT_SECONDS:
    raise ImproperlyConfigured("IMPORT_HARD_SECONDS must exceed IMPORT_SOFT_SECONDS")

# Figures CSV downloads above this many rows are prepared by a Celery task, with a progress page;
# the task's soft limit (the failure is recorded on the export) and hard one (the worker kills
# the task; the export page then calls it timed out). A national year takes about 4 s.
EXPORT_ASYNC_ROWS = env_int("EXPORT_ASYNC_ROWS", 100_000)
EXPORT_SOFT_SECONDS = env_int("EXPORT_SOFT_SECONDS", 600)
EXPORT_HARD_SECONDS = env_int("EXPORT_HARD_SECONDS", 660)
if EXPORT_HARD_SECONDS <= EXPORT_SOFT_SECONDS:
    raise ImproperlyConfigured("EXPORT_HARD_SECONDS must exceed EXPORT_SOFT_SECONDS")

# The read-only API (api/): tokens for scripts, the session for the browsable API; who may read
# what is decided as for the pages (api/access.py). Rates are "N/second|minute|hour|day".
API_ANONYMOUS_RATE = os.environ.get("API_ANONYMOUS_RATE", "60/minute")
API_TOKEN_RATE = os.environ.get("API_TOKEN_RATE", "600/minute")
API_PAGE_SIZE = env_int("API_PAGE_SIZE", 100)
API_MAX_PAGE_SIZE = env_int("API_MAX_PAGE_SIZE", 1000)
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["api.access.ReadsLikeThePages"],
    "DEFAULT_THROTTLE_CLASSES": ["api.access.AnonymousThrottle", "api.access.TokenThrottle"],
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "api.pagination.StableCursorPagination",
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_RENDERER_CLASSES": [
        "rest_framework.renderers.JSONRenderer",
        "rest_framework.renderers.BrowsableAPIRenderer",
    ],
    # Numbers as JSON numbers: scripts compute with them.
    "COERCE_DECIMAL_TO_STRING": False,
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "PlanWatch API",
    "DESCRIPTION": _(
        "Read-only access to the figures, verdicts, comparisons and plan progress PlanWatch "
        "holds, with the same rules about who may see what as its pages."
    ),
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": "/api/v1",
    # Served from our static files (drf-spectacular-sidecar): the app works offline.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
}

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "indicators:home"
LOGOUT_REDIRECT_URL = "indicators:home"

# Chinese first: zh-hans is the default, English available.
LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", _("Simplified Chinese")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = os.environ.get("TIME_ZONE", "Asia/Shanghai")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

# Celery: with no broker configured, tasks run in-process, eagerly.
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "")
CELERY_RESULT_BACKEND = os.environ.get("CELERY_RESULT_BACKEND", "") or None
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
# A hung Redis broker (stopped, its port still accepting) held the request that queues a task (an
# upload, a large export, a retry) until gunicorn killed the worker, the job left queued for
# ever. Past this many seconds a connect or a reply is a broker error, and a send is tried twice
# (once more on a fresh connection, after Redis restarted), so the request answers within about
# three times this (its reconnection asks Redis too), the job marked failed with a way to retry
# it (indicators/queueing.py). Above the 1 s a worker's BRPOP waits for work.
BROKER_TIMEOUT_SECONDS = env_int("BROKER_TIMEOUT_SECONDS", 2)
if CELERY_BROKER_URL.startswith(("redis://", "rediss://", "unix://")):
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "socket_timeout": BROKER_TIMEOUT_SECONDS,
        "socket_connect_timeout": BROKER_TIMEOUT_SECONDS,
    }
CELERY_TASK_PUBLISH_RETRY_POLICY = {
    "max_retries": 1,
    "interval_start": 0,
    "interval_step": 0.2,
    "interval_max": 0.2,
}
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TIMEZONE = TIME_ZONE
# Task modules besides each app's tasks.py, which autodiscovery finds (why: in each module).
CELERY_IMPORTS = ["reports.import_jobs"]

# Production hardening, switched on by the environment behind a TLS proxy.
SECURE_PROXY_SSL_HEADER = (
    ("HTTP_X_FORWARDED_PROTO", "https") if env_bool("SECURE_PROXY_SSL_HEADER", False) else None
)
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", False)
# Sessions read from the cache, kept in the database, working on while the cache is down.
SESSION_ENGINE = "planwatch.sessions"
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", not DEBUG)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", not DEBUG)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = SECURE_HSTS_SECONDS > 0
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
}
