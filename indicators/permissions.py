"""Who may do what: the one place object-level permissions are decided (rules predicates).

Roles are Django groups: administrators (or superusers), analysts, officials. An analyst writes
reports and figures of the jurisdictions assigned to them and of everything below those; an
assignment with `can_review` also lets them approve what others entered there. Officials read
everything and export; they write nothing. The admin, the review page, the import command and
every writing view ask these rules through `user.has_perm(...)`.
"""

from functools import lru_cache, wraps

import rules
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.views import redirect_to_login
from django.db import connection
from django.db.models import BooleanField, Exists, ExpressionWrapper, F, Func, Q, Subquery

from indicators.models import Assignment, Figure, Jurisdiction

ADMINISTRATORS = "administrators"
ANALYSTS = "analysts"
OFFICIALS = "officials"


def _groups(user):
    if not hasattr(user, "_planwatch_groups"):
        user._planwatch_groups = (
            set(user.groups.values_list("name", flat=True)) if user.is_authenticated else set()
        )
    return user._planwatch_groups


@rules.predicate
def is_administrator(user):
    return (
        user.is_authenticated
        and user.is_active
        and (user.is_superuser or ADMINISTRATORS in _groups(user))
    )


@rules.predicate
def is_analyst(user):
    return user.is_authenticated and user.is_active and ANALYSTS in _groups(user)


def scope(user, *, review=False):
    """Ids of the jurisdictions the user is assigned, with all their descendants."""
    attribute = "_planwatch_review_scope" if review else "_planwatch_scope"
    if not hasattr(user, attribute):
        assigned = Assignment.objects.filter(user=user)
        if review:
            assigned = assigned.filter(can_review=True)
        setattr(
            user,
            attribute,
            Jurisdiction.objects.descendant_ids(assigned.values_list("jurisdiction_id", flat=True)),
        )
    return getattr(user, attribute)


def scope_grown(user, jurisdiction):
    """A jurisdiction just created or moved under a user's scope is in it: the scope is read
    once per user object, and an import creates a district, then writes its figures."""
    for attribute in ("_planwatch_scope", "_planwatch_review_scope"):
        cached = getattr(user, attribute, None)
        if cached is not None and jurisdiction.parent_id in cached:
            cached.add(jurisdiction.pk)


def jurisdiction_of(obj):
    """The jurisdiction a figure, report, judgement or jurisdiction belongs to."""
    return obj if isinstance(obj, Jurisdiction) else getattr(obj, "jurisdiction", None)


@rules.predicate
def writes_there(user, obj):
    """Model level (obj None): analysts may write somewhere. Object level: inside their scope."""
    if obj is None:
        return True
    jurisdiction = jurisdiction_of(obj)
    return jurisdiction is not None and jurisdiction.pk in scope(user)


@rules.predicate
def reviews_there(user, figure):
    if figure is None:
        return bool(scope(user, review=True))
    return figure.jurisdiction_id in scope(user, review=True) and figure.entered_by_id != user.pk


@rules.predicate
def creates_below_scope(user, jurisdiction):
    """A new jurisdiction (an import's unknown district) must sit below one the analyst has."""
    if jurisdiction is None:
        return True
    return jurisdiction.parent_id is not None and jurisdiction.parent_id in scope(user)


@rules.predicate
def requested_export(user, job):
    """An export or an import job the user asked for."""
    return job is not None and job.requested_by_id == user.pk


can_write = is_administrator | (is_analyst & writes_there)

WRITE_PERMISSIONS = [
    f"{app}.{action}_{model}"
    for app, model in (
        ("indicators", "figure"),
        ("reports", "report"),
        ("indicators", "judgement"),
        ("indicators", "plan"),
    )
    for action in ("add", "change", "delete")
]
ADMINISTRATOR_PERMISSIONS = [
    "indicators.change_indicator",
    "indicators.delete_indicator",
    "indicators.change_jurisdiction",
    "indicators.delete_jurisdiction",
    "indicators.view_assignment",
    "indicators.add_assignment",
    "indicators.change_assignment",
    "indicators.delete_assignment",
]
READ_PERMISSIONS = [
    "indicators.view_figure",
    "indicators.view_indicator",
    "indicators.view_jurisdiction",
    "indicators.view_judgement",
    "indicators.view_assessment",
    "indicators.view_plan",
    "reports.view_report",
]

for permission in WRITE_PERMISSIONS:
    rules.add_perm(permission, can_write)
for permission in ADMINISTRATOR_PERMISSIONS:
    rules.add_perm(permission, is_administrator)
for permission in READ_PERMISSIONS:
    rules.add_perm(permission, rules.is_authenticated)
rules.add_perm("indicators.review_figure", is_administrator | (is_analyst & reviews_there))
rules.add_perm("indicators.add_indicator", is_administrator | is_analyst)
rules.add_perm("indicators.add_jurisdiction", is_administrator | (is_analyst & creates_below_scope))
# An export holds the figures as its requester may see them: theirs to follow, fetch and run
# again; an administrator, who sees every figure, may too (a failed one, for its requester).
rules.add_perm("indicators.view_export", is_administrator | requested_export)
rules.add_perm("indicators.change_export", is_administrator | requested_export)
# A Figures CSV imported on the site (reports.ImportJob): started by whoever may write figures
# somewhere — each row is then checked against their scope; followed and retried, like an
# export, by its requester or an administrator.
rules.add_perm("reports.add_importjob", is_administrator | is_analyst)
rules.add_perm("reports.view_importjob", is_administrator | requested_export)
rules.add_perm("reports.change_importjob", is_administrator | requested_export)


def sees_drafts(user):
    return is_administrator(user) or is_analyst(user)


def publishes_directly(user):
    """Entries that need no review: the review step is off, a system import, an administrator."""
    return not settings.REVIEW_REQUIRED or user is None or is_administrator(user)


def imported_status(user, jurisdiction, status):
    """The review status a Figures CSV row of `jurisdiction` states, as `user` may set it: a draft
    always; approved or returned by whoever publishes directly or reviews there (the figure was
    entered elsewhere, by someone else); otherwise a draft. None when the row states none."""
    if not status or status == "draft":
        return status or None
    if publishes_directly(user):
        return status
    entered_elsewhere = Figure(jurisdiction=jurisdiction)
    return status if user.has_perm("indicators.review_figure", entered_elsewhere) else "draft"


def figures_to_review(user):
    """The figures awaiting the user's review, decided in SQL in one query (the header counts
    them on every page): all of them for an administrator; for an analyst, those of the
    jurisdictions they may review and below, entered by someone else (as `reviews_there`)."""
    pending = Figure.objects.awaiting_review()
    if not (user.is_authenticated and user.is_active):
        return pending.none()
    if user.is_superuser:
        return pending
    groups = get_user_model().groups.through.objects.filter(user_id=user.pk)
    roots = Assignment.objects.filter(user_id=user.pk, can_review=True).values("jurisdiction_id")
    # A jurisdiction has at most three above it: levels only descend (Jurisdiction.can_contain)
    # and there are four, so the review scope is the roots and three generations below them.
    in_scope = (
        Q(jurisdiction_id__in=roots)
        | Q(jurisdiction__parent_id__in=roots)
        | Q(jurisdiction__parent__parent_id__in=roots)
        | Q(jurisdiction__parent__parent__parent_id__in=roots)
    )
    return pending.filter(
        Q(Exists(groups.filter(group__name=ADMINISTRATORS)))
        | Q(Exists(groups.filter(group__name=ANALYSTS))) & in_scope & ~Q(entered_by_id=user.pk)
    )


def header_rights(user):
    """What the header shows a member of staff, in one query: {"administrator": whether they
    administer (the assignments page), "writes": whether they may write figures somewhere (the
    import page), "pending": how many figures await their review}."""
    nothing = {"administrator": False, "writes": False, "pending": 0}
    if not (user.is_authenticated and user.is_staff):
        return nothing
    sql, params = header_query(user.pk, user.is_superuser, user.is_active)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        found = cursor.fetchone()
    if found is None:
        return nothing
    administrator, writes, pending = found
    return {"administrator": bool(administrator), "writes": bool(writes), "pending": pending or 0}


@lru_cache(maxsize=1024)
def header_query(pk, is_superuser, is_active):
    """header_rights' SQL and parameters for one user, built once per process: building and
    compiling the query with the ORM took half of a cached page's time, on every page. What it
    decides (groups, assignments, figures) is read when it runs, so the SQL stays right."""
    user = get_user_model()(pk=pk, is_superuser=is_superuser, is_active=is_active, is_staff=True)
    groups = get_user_model().groups.through.objects.filter(user_id=pk)
    count = figures_to_review(user).order_by().values(n=Func(F("pk"), function="COUNT"))
    rights = (
        get_user_model()
        .objects.filter(pk=pk)
        .values(
            administrator=ExpressionWrapper(
                Q(is_superuser=True) | Q(Exists(groups.filter(group__name=ADMINISTRATORS))),
                output_field=BooleanField(),
            ),
            writes=ExpressionWrapper(
                Q(is_active=True)
                & (
                    Q(is_superuser=True)
                    | Q(Exists(groups.filter(group__name__in=[ADMINISTRATORS, ANALYSTS])))
                ),
                output_field=BooleanField(),
            ),
            pending=Subquery(count),
        )
    )
    return rights.query.sql_with_params()


def read_view(view):
    """Reading pages: login required, unless PUBLIC_READ opens them to anonymous visitors."""

    @wraps(view)
    def guarded(request, *args, **kwargs):
        if settings.PUBLIC_READ or request.user.is_authenticated:
            return view(request, *args, **kwargs)
        return redirect_to_login(request.get_full_path())

    return guarded
