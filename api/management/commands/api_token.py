from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from rest_framework.authtoken.models import Token


class Command(BaseCommand):
    help = (
        "Print USER's API token (made on first use), for scripts: "
        "curl -H 'Authorization: Token …' …/api/v1/. --new replaces it (the old one stops "
        "working); --revoke deletes it. Tokens can also be revoked in the admin."
    )

    def add_arguments(self, parser):
        parser.add_argument("user", help="Username.")
        action = parser.add_mutually_exclusive_group()
        action.add_argument("--new", action="store_true", help="Replace the token.")
        action.add_argument("--revoke", action="store_true", help="Delete the token.")

    def handle(self, *args, user, new, revoke, **options):
        try:
            account = get_user_model().objects.get(username=user)
        except get_user_model().DoesNotExist:
            raise CommandError(f"No user named {user!r}.") from None
        if not account.is_active:
            raise CommandError(f"{user!r} is not active: their token would not work.")
        if new or revoke:
            Token.objects.filter(user=account).delete()
        if revoke:
            self.stderr.write(f"{user}'s token is revoked.")
            return
        token, _created = Token.objects.get_or_create(user=account)
        self.stdout.write(token.key)
