import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from indicators.models import Assignment, Jurisdiction
from indicators.roles import administrators_group, analysts_group, officials_group

# username, role, what they may do
CAST = [
    ("demo", "analyst", "enters and edits 福州市's figures (and 仓山区's below it)"),
    ("reviewer", "reviewer", "an analyst of 福州市 who approves what others entered"),
    ("official", "official", "reads everything, exports, writes nothing"),
    ("admin", "administrator", "everything, and assigns analysts to jurisdictions"),
]
GROUPS = {
    "analyst": analysts_group,
    "reviewer": analysts_group,
    "official": officials_group,
    "administrator": administrators_group,
}


class Command(BaseCommand):
    help = (
        "Create (or reset) the demo logins — an analyst, a reviewer, an official, an "
        "administrator — and print them with the address the demo serves on."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--jurisdiction", default="350100", help="Division code assigned to the analysts."
        )
        parser.add_argument(
            "--address", default="127.0.0.1:8000", help="host:port the server listens on."
        )

    def handle(self, *args, jurisdiction, address, **options):
        place = Jurisdiction.objects.get(division_code=jurisdiction)
        lines = []
        for username, role, description in CAST:
            password = secrets.token_urlsafe(9)
            user, _created = get_user_model().objects.get_or_create(username=username)
            user.is_staff = role != "official"
            user.set_password(password)
            user.save()
            user.groups.add(GROUPS[role]())
            if role in ("analyst", "reviewer"):
                Assignment.objects.update_or_create(
                    user=user, jurisdiction=place, defaults={"can_review": role == "reviewer"}
                )
            lines.append(f"  {username:<9} {password:<14} {description}")
        banner = "=" * 72
        self.stdout.write(
            f"{banner}\nPlanWatch demo on http://{address}/ — logins (username, password):\n"
            + "\n".join(lines)
            + f"\n{banner}"
        )
