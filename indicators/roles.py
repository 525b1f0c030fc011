"""Roles as Django groups. Object-level rules per jurisdiction come with the permissions issue."""

from django.contrib.auth.models import Group, Permission

ANALYSTS = "analysts"
OFFICIALS = "officials"

ANALYST_PERMISSIONS = [
    ("indicators", "figure", ("add", "change", "delete", "view")),
    ("indicators", "indicator", ("add", "change", "view")),
    ("indicators", "jurisdiction", ("add", "change", "view")),
    ("reports", "report", ("add", "change", "delete", "view")),
]


def analysts_group():
    group, _created = Group.objects.get_or_create(name=ANALYSTS)
    codenames = [
        (app, f"{action}_{model}")
        for app, model, actions in ANALYST_PERMISSIONS
        for action in actions
    ]
    permissions = [
        Permission.objects.get(content_type__app_label=app, codename=codename)
        for app, codename in codenames
    ]
    group.permissions.set(permissions)
    return group
