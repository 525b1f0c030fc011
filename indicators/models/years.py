"""Which years a set of figures covers, asked so that the (jurisdiction, year) and (year, kind)
indexes answer: a jurisdiction's years for its pages, the years next to one for moving between
them."""

from django.db import connections, models


class FigureYears(models.QuerySet):
    def years_present(self):
        """The years these figures cover, newest first. DISTINCT year would read every row
        (8.6 million nationally); instead the range is bounded with MIN/MAX and each year in it
        is probed for one row, so the year indexes answer in two queries. SQLite (`make run`, a
        demo's few hundred figures) cannot take LIMIT in a UNION: there, DISTINCT."""
        if connections[self.db].vendor != "postgresql":
            return list(self.order_by("-year").values_list("year", flat=True).distinct())
        bounds = self.aggregate(first=models.Min("year"), last=models.Max("year"))
        if bounds["first"] is None:
            return []
        probes = [
            self.filter(year=year).order_by().values_list("year", flat=True)[:1]
            for year in range(bounds["first"], bounds["last"] + 1)
        ]
        return sorted(probes[0].union(*probes[1:]), reverse=True)

    def years_around(self, year):
        """(the latest year before `year`, the earliest after it) these figures cover, None where
        there is none: what a page's previous and next links go to. One query, whatever the
        number of years."""
        bounds = self.aggregate(
            previous=models.Max("year", filter=models.Q(year__lt=year)),
            next=models.Min("year", filter=models.Q(year__gt=year)),
        )
        return bounds["previous"], bounds["next"]
