"""What the review page asks of figures: those awaiting review and the value each would replace."""

from django.db import models
from django.db.models import F, OuterRef, Subquery
from django.db.models.functions import Coalesce

from indicators.models.keys import KeyedQuerySet


class ReviewQuerySet(KeyedQuerySet):
    def awaiting_review(self):
        """Drafts and returned figures: not yet published."""
        return self.exclude(review_status=self.model.Review.APPROVED)

    def with_replaced(self):
        """Each with `replaced_value`, the published value it would replace once approved, in
        the same query: the approved figure of the same jurisdiction, indicator, year, kind and
        period (from the newest report), or else the figure's own last approved version (an
        edit turns a published figure back into a draft)."""
        approved = self.model.Review.APPROVED
        others = (
            self.model.objects.filter(
                jurisdiction_id=OuterRef("jurisdiction_id"),
                indicator_id=OuterRef("indicator_id"),
                year=OuterRef("year"),
                kind=OuterRef("kind"),
                period=OuterRef("period"),
                review_status=approved,
            )
            .exclude(pk=OuterRef("pk"))
            .order_by(F("source_report__delivered_on").desc(nulls_last=True), "-pk")
        )
        earlier = self.model.history.model.objects.filter(
            id=OuterRef("pk"), review_status=approved
        ).order_by("-history_date", "-history_id")
        return self.annotate(
            replaced_value=Coalesce(
                Subquery(others.values("value_text")[:1]),
                Subquery(earlier.values("value_text")[:1]),
                output_field=models.CharField(),
            )
        )
