"""What every public form shares: the honeypot, and the prompt of its selects."""

from django import forms
from django.db.models.fields import BLANK_CHOICE_DASH
from django.utils.translation import gettext_lazy as _

# Django's empty choice says nothing ("---------"); a visitor reads what to do.
EMPTY_CHOICE_LABEL = _("Please choose")


class HoneypotForm(forms.Form):
    """A public form's honeypot: `website` is hidden from people and filled by bots.

    Every public form has it, so the public forms' other shared habits live here too: each
    select's empty choice reads "Please choose". Labels, their colon and the marks of
    required fields are drawn by includes/form_fields.html."""

    website = forms.CharField(required=False, label=_("Leave this field empty"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if isinstance(field, forms.ModelChoiceField):
                if field.empty_label is not None:
                    field.empty_label = EMPTY_CHOICE_LABEL
            elif isinstance(field, forms.ChoiceField) and list(field.choices[:1]) == BLANK_CHOICE_DASH:
                field.choices = [("", EMPTY_CHOICE_LABEL), *field.choices[1:]]

    @property
    def has_required_fields(self):
        """Whether the form shows the legend of the required fields' mark."""
        return any(field.required for name, field in self.fields.items() if name != "website")

    def is_spam(self):
        return bool(self.cleaned_data.get("website"))
