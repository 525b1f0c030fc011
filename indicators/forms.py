from django import forms
from django.contrib.auth import get_user_model
from django.db import connection
from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext_lazy as _

from indicators.models import Assessment, Assignment, Figure, Judgement, Jurisdiction
from indicators.permissions import is_analyst


class FlagsField(forms.MultipleChoiceField):
    """A figure's flags (a JSON list) as one checkbox per known flag, in canonical order."""

    widget = forms.CheckboxSelectMultiple

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("flags"))
        kwargs.setdefault("required", False)
        super().__init__(choices=[(flag, flag) for flag in Figure.FLAG_CHOICES], **kwargs)

    def clean(self, value):
        chosen = set(super().clean(value))
        return [flag for flag in Figure.FLAG_CHOICES if flag in chosen]


class VersionedFigureForm(forms.ModelForm):
    """Refuses an edit made from a version of the figure that someone else has since changed."""

    flags = FlagsField()
    loaded_version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    change_reason = forms.CharField(
        label=_("Reason for the change"),
        required=False,
        max_length=200,
        help_text=_("Optional; kept in the figure's history."),
    )
    skip_version_check = False

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["loaded_version"].initial = self.instance.version
        if "flags" in self.fields:
            # Compare with the stored flags, not a hidden copy a forged or scripted POST can omit:
            # an untouched row must not count as an edit (it would send the figure back to draft).
            self.fields["flags"].show_hidden_initial = False

    def clean(self):
        cleaned = super().clean()
        edited = set(self.changed_data) - {"loaded_version", "change_reason"}
        if self.instance.pk and not self.skip_version_check and edited:
            self.check_version(cleaned.get("loaded_version"))
        return cleaned

    def check_version(self, loaded):
        current = Figure.objects.filter(pk=self.instance.pk)
        if connection.in_atomic_block:  # hold the row until this edit commits
            current = current.select_for_update()
        current = current.first()
        if current is None or current.version == loaded:
            return
        latest = current.history.select_related("history_user").first()
        raise forms.ValidationError(
            _(
                "%(who)s changed this figure at %(when)s while you were editing it: it now reads "
                "“%(value)s” (version %(version)s; you started from version %(loaded)s). Your change "
                "was not saved. Look at theirs, then edit again."
            ),
            code="conflict",
            params={
                "who": latest.history_user if latest and latest.history_user else _("someone"),
                "when": date_format(localtime(current.updated_at), "SHORT_DATETIME_FORMAT"),
                "value": current.value_text,
                "version": current.version,
                "loaded": loaded if loaded is not None else "?",
            },
        )


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


class AssignmentForm(forms.Form):
    """An analyst assigned to a jurisdiction, named as people type them: a user name, and a
    jurisdiction's name or division code."""

    username = forms.CharField(label=_("User"), max_length=150)
    jurisdiction = forms.CharField(
        label=_("Jurisdiction"), max_length=64, help_text=_("Its name or division code.")
    )
    can_review = forms.BooleanField(label=_("May review"), required=False)

    def clean_username(self):
        username = self.cleaned_data["username"].strip()
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise forms.ValidationError(_("There is no user %(name)r."), params={"name": username})
        if not is_analyst(user):
            raise forms.ValidationError(
                _("%(name)s is not an analyst: only analysts write where they are assigned."),
                params={"name": username},
            )
        return user

    def clean_jurisdiction(self):
        value = self.cleaned_data["jurisdiction"].strip()
        try:
            return Jurisdiction.objects.by_name_or_code(value)
        except Jurisdiction.DoesNotExist:
            raise forms.ValidationError(
                _("There is no jurisdiction %(name)r."), params={"name": value}
            ) from None
        except Jurisdiction.MultipleObjectsReturned:
            raise forms.ValidationError(
                _("Several jurisdictions are called %(name)s: give its division code."),
                params={"name": value},
            ) from None

    def clean(self):
        cleaned = super().clean()
        user, place = cleaned.get("username"), cleaned.get("jurisdiction")
        if user and place and Assignment.objects.filter(user=user, jurisdiction=place).exists():
            self.add_error(
                "jurisdiction",
                _("%(user)s is already assigned to %(place)s.") % {"user": user, "place": place},
            )
        return cleaned
