"""Fields of the pages API (Wagtail's `APIField(serializer=…)`) for what its defaults give
as bare ids: documents as something a program can download, with title, absolute address,
size and type; StreamFields whose blocks choose documents, with those documents in place."""

from rest_framework import serializers

from wagtail.api.utils import get_full_url
from wagtail.documents.blocks import DocumentChooserBlock


def document_data(document, request, title=None):
    if document is None:
        return None
    return {
        "id": document.pk,
        "title": title or document.title,
        # Absolute, from the API's base address (WAGTAILAPI_BASE_URL), like Wagtail's own download_url.
        "download_url": get_full_url(request, document.url),
        "file_size": document.get_file_size(),
        "extension": document.file_extension.lower(),
    }


class AttachmentSerializer(serializers.BaseSerializer):
    """A notice's or policy's attachment (notices.models.mixins.Attachment)."""

    def to_representation(self, attachment):
        return document_data(attachment.document, self.context["request"], title=attachment.label)


class StreamWithDocumentsField(serializers.Field):
    """A StreamField of StructBlocks as Wagtail's API gives it, with each chosen document
    given in full (see document_data) instead of by its id."""

    def to_representation(self, stream):
        items = stream.stream_block.get_api_representation(stream, self.context)
        for item, child in zip(items, stream, strict=True):
            for name, block in getattr(child.block, "child_blocks", {}).items():
                if isinstance(block, DocumentChooserBlock):
                    item["value"][name] = document_data(child.value.get(name), self.context["request"])
        return items


class TermSerializer(serializers.Serializer):
    """An entry of a controlled list (core.models.ControlledTerm): audiences, service areas."""

    slug = serializers.CharField()
    name = serializers.CharField()
    name_en = serializers.CharField()


class RegionSerializer(serializers.BaseSerializer):
    """A city or district (taxonomy.Region): its national division code and full name."""

    def to_representation(self, region):
        return {"code": region.code, "name": str(region)}
