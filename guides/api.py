"""How a guide's service points appear in the pages API (GuidePage.api_fields)."""

from rest_framework import serializers


class ServicePointSerializer(serializers.Serializer):
    name = serializers.CharField()
    name_en = serializers.CharField()
    city = serializers.CharField(source="city.name", default=None)
    region = serializers.CharField(source="region.__str__")
    address = serializers.CharField()
    hours = serializers.CharField()
    open_on_holidays = serializers.BooleanField()
    phone = serializers.CharField()
    transport = serializers.CharField()
    latitude = serializers.DecimalField(max_digits=9, decimal_places=6, allow_null=True)
    longitude = serializers.DecimalField(max_digits=9, decimal_places=6, allow_null=True)
