from django import forms
from django.utils.translation import gettext_lazy as _

from indicators.models import Assessment, Judgement


class JudgementForm(forms.ModelForm):
    class Meta:
        model = Judgement
        fields = ["jurisdiction", "indicator", "year", "verdict", "reason"]

    def clean(self):
        cleaned = super().clean()
        key = {name: cleaned.get(name) for name in ("jurisdiction", "indicator", "year")}
        if all(key.values()) and not Assessment.objects.filter(**key).exists():
            raise forms.ValidationError(
                _("There is no target to judge for this jurisdiction, indicator and year.")
            )
        return cleaned
