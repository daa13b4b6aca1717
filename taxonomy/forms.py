"""Form fields for the shared vocabularies."""

from itertools import groupby

from django import forms
from django.forms.models import ModelChoiceIterator

from core.i18n import localized

from .models import Region


class DistrictsByCity(ModelChoiceIterator):
    """The districts as <optgroup>s, one per city, in the order of their division codes:
    ~120 districts in one flat list are hard to find on a phone."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        districts = self.queryset.select_related("parent").order_by("parent__code", "code")
        for city, members in groupby(districts, key=lambda district: district.parent):
            yield (localized(city, "name"), [self.choice(district) for district in members])


class DistrictChoiceField(forms.ModelChoiceField):
    """A district or county, chosen within its city."""

    iterator = DistrictsByCity

    def __init__(self, **kwargs):
        super().__init__(queryset=Region.objects.filter(parent__isnull=False), **kwargs)

    def label_from_instance(self, region):
        # Its city is the <optgroup> it stands in.
        return localized(region, "name")
