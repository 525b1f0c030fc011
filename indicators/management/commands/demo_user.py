import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from indicators.roles import analysts_group


class Command(BaseCommand):
    help = "Create (or reset) the demo analyst and print its login."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="demo")

    def handle(self, *args, username, **options):
        password = secrets.token_urlsafe(9)
        user, _created = get_user_model().objects.get_or_create(username=username)
        user.is_staff = True
        user.set_password(password)
        user.save()
        user.groups.add(analysts_group())
        banner = "=" * 60
        self.stdout.write(
            f"{banner}\nPlanWatch demo login (analyst)\n  URL:      http://127.0.0.1:8000/\n"
            f"  username: {username}\n  password: {password}\n{banner}"
        )
