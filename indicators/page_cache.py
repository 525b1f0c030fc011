"""Page bodies cached until a write changes what they show.

A body is kept under the version numbers (models.versions) of the regions it shows and of the
structure, the language and the full path. Every write goes through a service
(indicators.services, reports.services) that ends with assessing.refresh.assessments_refresh
(figures, reviews, judgements, report dates, moves) or `regions_changed` (a report's title),
which give the regions it touched new numbers in the same transaction; the services that change
jurisdictions and indicators call `structure_changed`. The next reader then misses and renders
afresh; old bodies are never deleted, they age out of the cache.

Only bodies every reader of the page may see are cached: the main pages show published figures
and stored verdicts, the same for every user. A page that shows drafts or writing links to some
readers names their group (`audience`), and each group gets bodies of its own. What depends on the user (the header, the CSRF
token) is rendered around the body on every request.
"""

import hashlib
import logging

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from indicators.models import Jurisdiction
from indicators.models.versions import (
    STRUCTURE,
    region_scope,
    region_versions,
    versions_bump,
    versions_read,
)
from planwatch.cache import forgiven

logger = logging.getLogger(__name__)


def cached_page(request, name, context, regions, body, audience=""):
    """indicators/<name>.html around its body, indicators/_<name>_body.html, which is rendered
    from `context` and `body()`'s context only when the cache does not hold it. `audience` names
    the group of readers a body differs for (those who see drafts, those who may write there):
    each group has its own bodies, so an official is never served an analyst's."""
    rendered = cached_body(
        request,
        regions,
        lambda: render_to_string(f"indicators/_{name}_body.html", {**context, **body()}, request),
        audience,
    )
    return render(request, f"indicators/{name}.html", {**context, "body": rendered})


def regions_of(*places):
    """The ids of the regions of these jurisdictions (their parents loaded: no query)."""
    return {place.root.pk for place in places}


def cached_body(request, regions, build, audience=""):
    """build() or the body it built before for the same `audience`, if nothing in `regions`
    (ids of top-level jurisdictions; None: all of them) has changed since."""
    seconds = settings.PAGE_CACHE_SECONDS
    if not seconds:
        return build()
    if regions is None:
        versions = region_versions()
    else:
        versions = versions_read({region_scope(root) for root in regions})
    key = body_key(request.get_full_path(), versions, audience)
    body = cache_call(cache.get, key)
    if body is None:
        body = build()
        cache_call(cache.set, key, str(body), seconds)
    return mark_safe(body)


def cache_call(method, *args):
    """The cache is a speed-up: when it is down (Redis restarting) the page is rendered, not lost."""
    return forgiven(logger, "page cache", method, *args)


def body_key(path, versions, audience=""):
    versions = sorted(f"{s}={n}" for s, n in versions.items())
    text = "|".join([path, get_language() or "", audience, *versions])
    return "page-body:" + hashlib.sha256(text.encode()).hexdigest()


def regions_changed(jurisdiction_ids):
    """New numbers for the regions of these jurisdictions, in the caller's transaction."""
    roots = Jurisdiction.objects.root_ids(set(jurisdiction_ids))
    if roots:
        versions_bump(region_scope(root) for root in roots.values())


def places_changed(*places):
    """regions_changed for jurisdictions at hand: no query when their parents are loaded (an
    import records hundreds of plans of the jurisdictions it has just found or created)."""
    versions_bump(region_scope(root) for root in regions_of(*places))


def structure_changed():
    """A new number for the structure: names and trees show on every page."""
    versions_bump([STRUCTURE])
