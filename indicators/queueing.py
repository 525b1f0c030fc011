"""Background tasks queued once the request's transaction commits, and what a broker that is
down does to them."""

import logging

from django.db import transaction
from django.utils.translation import gettext as _
from kombu.exceptions import OperationalError

logger = logging.getLogger(__name__)


def queue_after_commit(task, object_id, *, failed):
    """Queue `task(object_id)` once the transaction commits.

    Celery raises OperationalError when the broker cannot take the message (Redis down or
    unreachable). By then the request's rows are committed: raising would answer 500 and leave
    the job marked queued or running forever. `failed(message)` marks it failed instead, which
    its page shows with a way to try again.
    """

    def send():
        try:
            task.delay(object_id)
        except OperationalError:
            logger.exception("could not queue %s(%s)", task.name, object_id)
            failed(
                _(
                    "The task queue is unavailable, so the work did not start. Try again in a "
                    "few minutes; if it keeps failing, tell an administrator."
                )
            )

    transaction.on_commit(send)
