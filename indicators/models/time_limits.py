"""Background tasks killed past their hard time limit: such a run never says it ended, so its
record stays "running". Pages read the record through these, and call it failed once the limit
(and a minute's grace for the worker to notice) has passed. Used by exports, import jobs and
report extraction."""

from datetime import timedelta

from django.conf import settings
from django.utils.translation import gettext as _

GRACE_SECONDS = 60


def killed_past_limit(*, running, started, hard_seconds, now):
    """Whether a run recorded as running since `started` outlived its task's hard limit."""
    return (
        running
        and started is not None
        and now - started > timedelta(seconds=hard_seconds + GRACE_SECONDS)
    )


def stopped_message(hard_seconds):
    return _("It did not finish within %(limit)s seconds and was stopped.") % {
        "limit": hard_seconds
    }


class TimeLimitedRun:
    """For a model with Status (RUNNING, FAILED), status, started_at and error, run by a task
    whose hard limit is the setting named HARD_SECONDS_SETTING."""

    HARD_SECONDS_SETTING = ""

    @property
    def hard_seconds(self):
        return getattr(settings, self.HARD_SECONDS_SETTING)

    def timed_out(self, now):
        return killed_past_limit(
            running=self.status == self.Status.RUNNING,
            started=self.started_at,
            hard_seconds=self.hard_seconds,
            now=now,
        )

    def shown_status(self, now):
        return self.Status.FAILED if self.timed_out(now) else self.status

    def failure(self, now):
        return stopped_message(self.hard_seconds) if self.timed_out(now) else self.error
