"""Roles as Django groups; what each may do on which jurisdiction is decided in permissions.py.

Group permissions only open the admin's pages to analysts; object-level rules decide the rest.
"""

from django.contrib.auth.models import Group, Permission

from indicators.permissions import ADMINISTRATORS, ANALYSTS, OFFICIALS

ANALYST_PERMISSIONS = [
    ("indicators", "figure", ("add", "change", "delete", "view")),
    ("indicators", "judgement", ("add", "change", "delete", "view")),
    ("indicators", "indicator", ("add", "view")),
    ("indicators", "jurisdiction", ("add", "view")),
    ("indicators", "assessment", ("view",)),
    ("reports", "report", ("add", "change", "delete", "view")),
]


def analysts_group():
    group, _created = Group.objects.get_or_create(name=ANALYSTS)
    wanted = [
        (app, f"{action}_{model}")
        for app, model, actions in ANALYST_PERMISSIONS
        for action in actions
    ]
    group.permissions.set(
        [
            Permission.objects.get(content_type__app_label=app, codename=codename)
            for app, codename in wanted
        ]
    )
    return group


def administrators_group():
    group, _created = Group.objects.get_or_create(name=ADMINISTRATORS)
    # authtoken: administrators see and revoke the API's tokens in the admin.
    group.permissions.set(
        Permission.objects.filter(
            content_type__app_label__in=["indicators", "reports", "authtoken"]
        )
    )
    return group


def officials_group():
    group, _created = Group.objects.get_or_create(name=OFFICIALS)
    return group
