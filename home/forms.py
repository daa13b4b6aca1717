from django import forms
from django.utils.translation import gettext_lazy as _

from core.forms import HoneypotForm

from .models import ErrorReport


class ErrorReportForm(HoneypotForm, forms.ModelForm):
    """我为网站找错."""

    class Meta:
        model = ErrorReport
        fields = ["page_url", "description", "contact"]
        widgets = {
            "page_url": forms.TextInput(attrs={"autocomplete": "off"}),
            "description": forms.Textarea(attrs={"rows": 6}),
            "contact": forms.TextInput(attrs={"autocomplete": "email"}),
        }
        error_messages = {"description": {"required": _("Please describe what is wrong.")}}

    def clean_page_url(self):
        url = self.cleaned_data["page_url"].strip()
        if url and not url.startswith("/"):
            raise forms.ValidationError(_("Give the address of a page on this site, starting with /."))
        return url

    def clean_description(self):
        text = self.cleaned_data["description"].strip()
        if len(text) < 5:
            raise forms.ValidationError(_("Please describe the problem in at least 5 characters."))
        return text
