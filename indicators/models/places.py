"""Where figures are stated: jurisdictions in their GB/T 2260 tree."""

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from indicators.models.names import clean_names

MIN_YEAR = 1949
MAX_YEAR = 2100

# [0-9], not \d: \d also matches full-width and other scripts' digits (３５０１０５), which
# look like a code but never equal the stored one, so lookups by code miss them.
division_code_validator = RegexValidator(
    r"\A[0-9]{6}\Z",
    _("A division code is six ASCII digits 0-9 (GB/T 2260), not full-width digits."),
)


class JurisdictionQuerySet(models.QuerySet):
    def descendant_ids(self, root_ids):
        """The given ids and every id below them: one query per level of the tree."""
        found = set(root_ids)
        frontier = set(found)
        while frontier:
            frontier = set(self.filter(parent_id__in=frontier).values_list("pk", flat=True)) - found
            found |= frontier
        return found

    def root_ids(self, ids):
        """{id: the id of the top-level jurisdiction above it (itself for a top-level one)}: one
        query per level of the tree."""
        roots = {pk: pk for pk in ids}
        while True:
            parents = dict(
                self.filter(pk__in=set(roots.values()), parent__isnull=False).values_list(
                    "pk", "parent_id"
                )
            )
            if not parents:
                return roots
            roots = {pk: parents.get(root, root) for pk, root in roots.items()}

    def by_name_or_code(self, value):
        """The one jurisdiction with this division code or name; DoesNotExist or MultipleObjectsReturned."""
        value = value.strip()
        if value.isdigit():
            return self.get(division_code=value)
        return self.get(name=value)

    def top_level(self):
        return self.filter(parent__isnull=True)

    def below_country(self):
        """The top of the comparisons (all provinces), whether the country is stored above them
        or not: parentless jurisdictions but a country, and those directly under a country."""
        country = Jurisdiction.Level.COUNTRY
        return self.filter(Q(parent__isnull=True) & ~Q(level=country) | Q(parent__level=country))

    def matching(self, text):
        """Jurisdictions whose division code starts with the digits typed (350100, or 3501 for
        福州市 and everything under it), or whose Chinese or English name contains the text."""
        text = text.strip()
        if text.isascii() and text.isdigit():
            return self.filter(division_code__startswith=text)
        return self.filter(Q(name__icontains=text) | Q(name_en__icontains=text))

    def with_parents(self):
        """With the parents up to the province: the page cache finds a region without a query."""
        return self.select_related("parent__parent")

    def by_names_or_codes(self, values):
        """Those whose division code is one of the values made of digits, or whose name is one
        of the others (as by_name_or_code reads a value), in division-code order."""
        codes = {value for value in values if value.isdigit()}
        return self.filter(Q(division_code__in=codes) | Q(name__in=set(values) - codes)).order_by(
            "division_code", "name"
        )

    def with_figures_of(self, indicator):
        """Those with published figures of the indicator: a draft must not reveal itself by where
        a page opens, and the charts draw published figures only. An EXISTS, which stops at the
        first figure, where a join and DISTINCT would read every figure of the indicator."""
        figure = self.model._meta.get_field("figures").related_model  # figures imports places
        figures = figure.objects.published().filter(
            jurisdiction=models.OuterRef("pk"), indicator=indicator
        )
        return self.filter(models.Exists(figures))

    def with_latest_year(self):
        """Each with `latest_year`, the last year it has published figures for (None without):
        where a list links to its gap table. A subquery per row that reads one entry of the
        figures' (jurisdiction, year) index, inside the list's own query."""
        figure = self.model._meta.get_field("figures").related_model  # figures imports places
        latest = (
            figure.objects.published()
            .annual()
            .filter(jurisdiction=models.OuterRef("pk"))
            .order_by("-year")
            .values("year")[:1]
        )
        return self.annotate(latest_year=models.Subquery(latest))

    def near(self, ids):
        """What a chooser offers around these jurisdictions: every province and city, these
        jurisdictions and those directly below them, in division-code order."""
        return self.filter(
            Q(
                level__in=[
                    Jurisdiction.Level.COUNTRY,
                    Jurisdiction.Level.PROVINCE,
                    Jurisdiction.Level.CITY,
                ]
            )
            | Q(pk__in=ids)
            | Q(parent_id__in=ids)
        ).order_by("division_code", "name")

    def for_listing(self):
        """With the parent to name and the number of jurisdictions directly below, to browse on."""
        return (
            self.select_related("parent")
            .annotate(child_count=models.Count("children"))
            .order_by("division_code", "name", "pk")
        )


class Jurisdiction(models.Model):
    class Level(models.TextChoices):
        COUNTRY = "country", _("Country")
        PROVINCE = "province", _("Province")
        CITY = "city", _("City")
        DISTRICT = "district", _("District or county")

    name = models.CharField(_("name"), max_length=64)
    name_en = models.CharField(_("English name"), max_length=128, blank=True)
    level = models.CharField(_("level"), max_length=16, choices=Level.choices)
    parent = models.ForeignKey(
        "self",
        models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        verbose_name=_("parent"),
    )
    division_code = models.CharField(
        _("division code"),
        max_length=6,
        null=True,
        blank=True,
        unique=True,
        validators=[division_code_validator],
        help_text=_("GB/T 2260 administrative division code, e.g. 350100 for 福州市."),
    )

    objects = JurisdictionQuerySet.as_manager()

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("jurisdiction")
        verbose_name_plural = _("jurisdictions")
        ordering = ["division_code", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["parent", "name"], name="jurisdiction_unique_name_in_parent"
            ),
            models.UniqueConstraint(
                fields=["name"],
                condition=Q(parent__isnull=True),
                name="jurisdiction_unique_root_name",
            ),
            models.CheckConstraint(
                condition=Q(level__in=["country", "province", "city", "district"]),
                name="jurisdiction_level_valid",
            ),
        ]

    def __str__(self):
        return self.name

    @classmethod
    def can_contain(cls, parent_level, level):
        """Whether a jurisdiction of `parent_level` may have one of `level` directly below it:
        only a higher level may, not necessarily the next (a county-level unit directly under a
        province, 省直辖县级行政单位). The admin and the Figures CSV import share this rule."""
        rank = LEVEL_RANK.get
        return rank(parent_level, len(LEVEL_RANK)) < rank(level, -1)

    def clean(self):
        """A tree that runs downwards: a province under a city breaks every lookup that walks
        from a place to its region (relative targets, imports, exports, the page cache)."""
        clean_names(self, "name", "name_en")
        if self.level not in self.Level.values:
            return  # the level field reports it
        level = self.Level(self.level).label
        if self.parent_id and not self.can_contain(self.parent.level, self.level):
            message = _("%(parent)s is a %(level)s; it cannot contain a %(child)s.") % {
                "parent": self.parent.name,
                "level": self.Level(self.parent.level).label,
                "child": level,
            }
            raise ValidationError({"parent": message})
        lower = [below for below in self.Level.values if self.can_contain(self.level, below)]
        child = self.children.exclude(level__in=lower).first() if self.pk else None
        if child is not None:
            message = _(
                "%(child)s below it is a %(child_level)s, which a %(level)s cannot contain."
            )
            params = {"child": child.name, "child_level": self.Level(child.level).label}
            raise ValidationError({"level": message % {**params, "level": level}})
        self.check_code_prefix()

    # GB/T 2260: a province's code is its two digits and 0000 (350000), a city's its province's
    # two and two more (350100), and every code below starts with those: 350104 is in 福州市.
    CODE_PREFIX_DIGITS = {"province": 2, "city": 4}

    @property
    def code_prefix(self):
        """The digits every division code below this jurisdiction starts with ("" for none)."""
        digits = self.CODE_PREFIX_DIGITS.get(self.level)
        return self.division_code[:digits] if digits and self.division_code else ""

    def check_code_prefix(self):
        """A code that does not start with its parent's digits (a district 350204 under 福州市
        350100) puts the place in another region's code range: lookups by code prefix, which
        the jurisdiction search and the imports use, would find it under the wrong parent."""
        code = self.division_code or ""
        if not (code.isascii() and code.isdigit()):
            return  # no code, or one the field's validator refuses
        prefix = self.parent.code_prefix if self.parent_id else ""
        if not code.startswith(prefix):
            message = _(
                "%(code)s does not fit under %(parent)s (%(parent_code)s): a division code below "
                "it starts with %(prefix)s."
            )
            params = {"parent": self.parent.name, "parent_code": self.parent.division_code}
            raise ValidationError(
                {"division_code": message % {**params, "code": code, "prefix": prefix}}
            )
        misfit = self.children_outside_code_prefix().first() if self.pk else None
        if misfit is not None:
            message = _(
                "%(child)s below it has the division code %(child_code)s, which does not start "
                "with %(prefix)s."
            )
            params = {"child": misfit.name, "child_code": misfit.division_code}
            raise ValidationError(
                {"division_code": message % {**params, "prefix": self.code_prefix}}
            )

    def children_outside_code_prefix(self):
        return self.children.exclude(division_code__isnull=True).exclude(
            division_code__startswith=self.code_prefix
        )

    @property
    def root(self):
        """The top-level jurisdiction above (select_related the parents to walk without queries)."""
        place = self
        while place.parent_id:
            place = place.parent
        return place


# Higher levels first: country, province, city, district (asked once per import row).
LEVEL_RANK = {level: rank for rank, level in enumerate(Jurisdiction.Level.values)}
