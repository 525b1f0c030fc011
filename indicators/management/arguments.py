"""Command-line arguments shared by the management commands."""

from django.core.management.base import CommandError

from indicators.models import Jurisdiction


def jurisdiction_argument(value):
    """The jurisdiction a --jurisdiction NAME_OR_CODE names, or a CommandError saying why not."""
    try:
        return Jurisdiction.objects.select_related("parent").by_name_or_code(value)
    except Jurisdiction.DoesNotExist:
        raise CommandError(f"No jurisdiction named or coded {value!r}.") from None
    except Jurisdiction.MultipleObjectsReturned:
        raise CommandError(
            f"{value!r} names several jurisdictions: give its division code."
        ) from None
