from django.db import models


class TracksChanges(models.Model):
    """Remembers some fields as loaded, so save() can tell whether stored verdicts go stale."""

    tracked_fields = ()

    class Meta:
        abstract = True

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance._loaded_values = instance.tracked_values()
        return instance

    def tracked_values(self):
        return {name: getattr(self, name) for name in self.tracked_fields}

    def tracked_changes(self):
        """Names of tracked fields changed since loading (none for a new object)."""
        loaded = getattr(self, "_loaded_values", None)
        if loaded is None:
            return set()
        return {name for name, value in self.tracked_values().items() if loaded[name] != value}

    def remember_tracked(self):
        self._loaded_values = self.tracked_values()
