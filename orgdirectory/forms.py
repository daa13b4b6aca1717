"""Public forms of the directory: volunteer sign-up, cancellation, need submission.

Each has the honeypot of core.forms.HoneypotForm; the forms that create a record
also carry a submission key, so that the same form sent twice creates it once.
"""

import re
import uuid

from django import forms
from django.utils.translation import gettext_lazy as _

from core.forms import HoneypotForm
from taxonomy.forms import DistrictChoiceField
from taxonomy.models import ServiceArea

from .models.people import Need

MOBILE = re.compile(r"^1[3-9]\d{9}$")


def clean_mobile(value):
    """Accept 138 0013 8000, 138-0013-8000 or +86 13800138000; store 13800138000."""
    digits = re.sub(r"[\s\-()]", "", value or "")
    digits = digits.removeprefix("+86").removeprefix("0086")
    if not MOBILE.match(digits):
        raise forms.ValidationError(_("Enter an 11-digit mainland mobile number, such as 13800138000."))
    return digits


class SubmissionKeyForm(forms.Form):
    """A hidden key, new each time the empty form is shown and stored with the record
    it creates: a double click, a reload or a retry after a timeout sends the same key
    again, and the view answers with the first submission's success page."""

    submission_key = forms.CharField(required=False, widget=forms.HiddenInput, initial=uuid.uuid4)

    def __iter__(self):
        # The shared field template (includes/form_fields.html) gives every field it
        # lists a label; templates render the key on its own with {{ form.submission_key }}.
        return (field for field in super().__iter__() if field.name != "submission_key")

    def clean_submission_key(self):
        """A UUID, or None (no protection against repeats) if missing or tampered with."""
        try:
            return uuid.UUID(self.cleaned_data["submission_key"])
        except ValueError:
            return None


class SignupForm(SubmissionKeyForm, HoneypotForm):
    name = forms.CharField(label=_("Your name"), max_length=50)
    phone = forms.CharField(label=_("Mobile phone"), max_length=20)
    email = forms.EmailField(label=_("Email (optional)"), required=False)
    message = forms.CharField(
        label=_("Message (optional)"), required=False, max_length=1000, widget=forms.Textarea(attrs={"rows": 3})
    )
    consent = forms.BooleanField(
        label=_("I agree that the center keeps these details to organise this activity, as the privacy notice says."),
        error_messages={"required": _("Please agree to the privacy notice to sign up.")},
    )

    def clean_phone(self):
        return clean_mobile(self.cleaned_data["phone"])


class CancelForm(HoneypotForm):
    reference = forms.CharField(label=_("Reference number"), max_length=12)
    phone = forms.CharField(label=_("Mobile phone used to sign up"), max_length=20)

    def clean_phone(self):
        return clean_mobile(self.cleaned_data["phone"])


class NeedForm(SubmissionKeyForm, HoneypotForm, forms.ModelForm):
    region = DistrictChoiceField(label=_("Region"))
    service_area = forms.ModelChoiceField(label=_("Service area"), queryset=ServiceArea.objects.all(), required=False)

    class Meta:
        model = Need
        fields = [
            "title",
            "description",
            "region",
            "service_area",
            "beneficiaries",
            "budget",
            "deadline",
            "raised_by",
            "contact_name",
            "contact_phone",
        ]
        widgets = {
            "deadline": forms.DateInput(attrs={"type": "date"}),
            "description": forms.Textarea(attrs={"rows": 6}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["contact_name"].required = True
        self.fields["contact_phone"].required = True

    def clean_contact_phone(self):
        return clean_mobile(self.cleaned_data["contact_phone"])
