"""Versions of what the pages show: a write changes the version of the region it touches, and a
cached page body is kept under the versions it was rendered at (indicators.page_cache)."""

import secrets

from django.db import models

STRUCTURE = "structure"  # jurisdictions, indicators: names and trees every page shows


def region_scope(root_id):
    """The scope of everything in one top-level jurisdiction's tree (a province and below)."""
    return f"region:{root_id}"


class DataVersion(models.Model):
    scope = models.CharField(max_length=40, primary_key=True)
    # Random, not counted: a rolled-back or restored database never reuses a number a cache holds.
    number = models.BigIntegerField()

    class Meta:
        verbose_name = "data version"

    def __str__(self):
        return f"{self.scope}: {self.number}"


def versions_bump(scopes):
    """New numbers for these scopes, in the caller's transaction: readers see them at commit,
    together with the data. Sorted, so two writers lock the rows in the same order."""
    DataVersion.objects.bulk_create(
        [DataVersion(scope=scope, number=secrets.randbits(62)) for scope in sorted(set(scopes))],
        update_conflicts=True,
        unique_fields=["scope"],
        update_fields=["number"],
    )


def versions_read(scopes):
    """{scope: number} of these scopes and the structure, in one query; a scope never changed
    has none. Every load of data creates jurisdictions or seeds, which sets the structure's
    number: a body cached before a database was emptied and loaded again is never read."""
    return dict(
        DataVersion.objects.filter(scope__in={STRUCTURE, *scopes}).values_list("scope", "number")
    )


def region_versions():
    """Every region's number and the structure's, for a page that shows every region."""
    return dict(DataVersion.objects.values_list("scope", "number"))
