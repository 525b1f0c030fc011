import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from indicators.models import Assignment, Jurisdiction
from indicators.roles import analysts_group


class Command(BaseCommand):
    help = "Create (or reset) the demo analyst of 福州市 (and everything below it) and print its login."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="demo")
        parser.add_argument(
            "--jurisdiction", default="350100", help="Division code assigned to the analyst."
        )

    def handle(self, *args, username, jurisdiction, **options):
        password = secrets.token_urlsafe(9)
        user, _created = get_user_model().objects.get_or_create(username=username)
        user.is_staff = True
        user.set_password(password)
        user.save()
        user.groups.add(analysts_group())
        place = Jurisdiction.objects.get(division_code=jurisdiction)
        Assignment.objects.update_or_create(
            user=user, jurisdiction=place, defaults={"can_review": True}
        )
        banner = "=" * 60
        self.stdout.write(
            f"{banner}\nPlanWatch demo login: an analyst of {place.name} and everything below it\n"
            f"  URL:      http://127.0.0.1:8000/\n  username: {username}\n  password: {password}\n{banner}"
        )
