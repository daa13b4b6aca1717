"""What every public form shares."""

from django import forms
from django.utils.translation import gettext_lazy as _


class HoneypotForm(forms.Form):
    """A public form's honeypot: `website` is hidden from people and filled by bots."""

    website = forms.CharField(required=False, label=_("Leave this field empty"))

    def is_spam(self):
        return bool(self.cleaned_data.get("website"))
