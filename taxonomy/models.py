"""The vocabularies several sections share: regions (the national division codes of the
province), service areas and audiences, and the abstract fields that tie a record to a
region and to a point on the map.

These models were created in orgdirectory (Region, ServiceArea) and guides (Audience) and
keep those apps' tables (db_table), so moving them here changed no data
(taxonomy/migrations/0001_initial.py)."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail.admin.panels import FieldPanel

from core.i18n import localized
from core.models import ControlledTerm


class RegionQuerySet(models.QuerySet):
    def cities(self):
        return self.filter(parent__isnull=True)

    def city_options(self):
        """(id, name in the page's language) of every city, for a facet or a form."""
        return [(str(city.pk), city.label) for city in self.cities()]

    def matching(self, name):
        """Regions called `name`: a city (广州市), a district (越秀区) or both (广州市越秀区)."""
        name = (name or "").strip()
        exact = self.filter(models.Q(name=name) | models.Q(name_en__iexact=name))
        if exact.exists():
            return exact
        for city in self.cities().filter(name__in=[name[: i + 1] for i in range(len(name))]):
            if name.startswith(city.name):
                return self.filter(parent=city, name=name[len(city.name) :])
        return self.none()


class Region(models.Model):
    """A prefecture-level city (no parent) or one of its districts and counties.
    Loaded by a data migration from the national division code list; every section
    imports this model rather than keeping a list of its own."""

    code = models.CharField(_("Division code"), max_length=6, unique=True)
    name = models.CharField(pgettext_lazy("name of a thing", "Name"), max_length=50)
    name_en = models.CharField(_("English name"), max_length=80, blank=True)
    parent = models.ForeignKey(
        "self", verbose_name=_("City"), null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )

    objects = RegionQuerySet.as_manager()

    panels = [FieldPanel("code"), FieldPanel("name"), FieldPanel("name_en"), FieldPanel("parent")]

    class Meta:
        db_table = "orgdirectory_region"
        verbose_name = _("Region")
        verbose_name_plural = _("Regions")
        ordering = ["code"]

    def __str__(self):
        return f"{self.parent.name}{self.name}" if self.parent_id else self.name

    @property
    def city(self):
        return self.parent if self.parent_id else self

    @property
    def label(self):
        """The full name in the page's language: 广州市越秀区, or "Yuexiu District, Guangzhou"."""
        own = localized(self, "name")
        if not self.parent_id:
            return own
        parent = localized(self.parent, "name")
        return f"{own}, {parent}" if own == self.name_en and own != self.name else f"{parent}{own}"


class ServiceArea(ControlledTerm):
    """The controlled list of fields organizations work in (养老服务, 儿童关爱 …)."""

    # Each area is one bit of a signed 64-bit integer, so a record's areas are one column
    # (orgdirectory's Organization.service_area_bits): a list filters and counts by area from
    # the records' own index instead of joining 100,000 records with their links.
    MAX_AREAS = 63
    bit = models.PositiveSmallIntegerField(unique=True, editable=False, validators=[MaxValueValidator(MAX_AREAS - 1)])

    class Meta(ControlledTerm.Meta):
        db_table = "orgdirectory_servicearea"
        verbose_name = _("Service area")
        verbose_name_plural = _("Service areas")

    @property
    def mask(self):
        return 1 << self.bit

    @classmethod
    def bit_options(cls):
        """(slug, name in the page's language, bit) of every area, in order (core.facets.BitsFacet)."""
        return [(area.slug, area.label, area.bit) for area in cls.objects.all()]

    @staticmethod
    def bits_of(areas):
        """The one integer that holds a record's `areas`."""
        bits = 0
        for area in areas:
            bits |= area.mask
        return bits

    @classmethod
    def free_bit(cls):
        """The lowest bit no area holds, or None when all MAX_AREAS are taken."""
        taken = set(cls.objects.values_list("bit", flat=True))
        return next((bit for bit in range(cls.MAX_AREAS) if bit not in taken), None)

    def clean(self):
        super().clean()
        if self.bit is None and self.free_bit() is None:
            raise ValidationError(
                _("There can be at most %(count)s service areas: merge or delete one before adding another.")
                % {"count": self.MAX_AREAS}
            )

    def save(self, *args, **kwargs):
        if self.bit is None:
            self.bit = self.free_bit()
        super().save(*args, **kwargs)


class Audience(ControlledTerm):
    """Who a guide is for (申请对象): 社会团体, 基金会, 个人 …; a controlled list."""

    class Meta(ControlledTerm.Meta):
        db_table = "guides_audience"
        verbose_name = _("Audience")
        verbose_name_plural = _("Audiences")


class CityFromRegion(models.Model):
    """Keeps `city`, the prefecture-level city of `region`, so that lists filter and
    count by city (districts included) on one indexed column. The model declares
    its own `region` field."""

    city = models.ForeignKey(
        "taxonomy.Region",
        verbose_name=_("City"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.PROTECT,
        related_name="+",
    )

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.city_id = (self.region.parent_id or self.region_id) if self.region_id else None
        super().save(*args, **kwargs)


class MapPosition(models.Model):
    """A point on the map (WGS84), refused outside valid latitudes and longitudes."""

    latitude = models.DecimalField(
        _("Latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("Longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )

    class Meta:
        abstract = True

    @property
    def has_position(self):
        return self.latitude is not None and self.longitude is not None
