"""Saving a row whose unique constraints another request may satisfy first."""

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _


def save_or_refuse(instance):
    """instance.save(), or a ValidationError when another request stored the same row first.

    Two requests sent together (a double submit) both pass their checks before either saves;
    the second then breaks a unique constraint in the database. Checked again, after the first
    has stored its row, the constraint shows it: the second request is refused with a message
    instead of a 500. Any other integrity error is raised as it is.
    """
    try:
        with transaction.atomic():
            instance.save()
    except IntegrityError:
        try:
            instance.validate_constraints()
        except ValidationError:
            raise ValidationError(
                _(
                    "This %(model)s was stored a moment ago, perhaps by the same form sent "
                    "twice; look for it instead of adding it again."
                )
                % {"model": instance._meta.verbose_name}
            ) from None
        raise
