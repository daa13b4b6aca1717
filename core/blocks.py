"""StreamField blocks shared by every app's pages, and the plain-block converter that code
writing pages uses (the legacy importer, the demo, the benchmark data)."""

import copy

from django.core.exceptions import ValidationError
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.rich_text import RichText


class LinkBlock(blocks.StructBlock):
    """A labelled link to a page of this site or to an outside address."""

    label = blocks.CharBlock(label=_("Label"), max_length=60)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("Outside address"), required=False)

    class Meta:
        icon = "link"
        label = _("Link")

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            raise blocks.StructBlockValidationError(
                block_errors={"page": ValidationError(_("Choose a page or enter an address, not both."))}
            )
        return value


class RenditionImageChooserBlock(ImageChooserBlock):
    """An image chooser whose images come with their renditions for `rendition_specs`
    (the filter specs its template uses): every image of a stream costs two queries
    together, not one rendition query each."""

    def __init__(self, rendition_specs=(), **kwargs):
        self.rendition_specs = tuple(rendition_specs)
        super().__init__(**kwargs)

    def deconstruct(self):
        # Migrations need not know the specs: they change no stored data.
        _path, args, kwargs = super().deconstruct()
        kwargs.pop("rendition_specs", None)
        return "wagtail.images.blocks.ImageChooserBlock", args, kwargs

    def bulk_to_python(self, values):
        images = self.model_class.objects.prefetch_renditions(*self.rendition_specs).in_bulk(values)
        result, seen = [], set()
        for pk in values:
            image = images.get(pk)
            # As Wagtail does: an image chosen twice is two objects.
            result.append(copy.copy(image) if image is not None and pk in seen else image)
            seen.add(pk)
        return result


class CaptionedImageBlock(blocks.StructBlock):
    image = RenditionImageChooserBlock(rendition_specs=["max-960x720"], label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=200,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=200)

    class Meta:
        icon = "image"
        label = _("Image with caption")
        template = "blocks/captioned_image.html"


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"), required=False, help_text=_("Leave empty to use the document's title.")
    )


class DocumentLinksBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=100)
    documents = blocks.ListBlock(DocumentLinkBlock(), label=_("Documents"))

    class Meta:
        icon = "doc-full"
        label = _("Document links")
        template = "blocks/document_links.html"


class CalloutBlock(blocks.StructBlock):
    tone = blocks.ChoiceBlock(
        label=_("Tone"),
        choices=[("info", _("Information")), ("warning", _("Warning"))],
        default="info",
    )
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=100)
    text = blocks.RichTextBlock(label=pgettext_lazy("body text", "Text"), features=["bold", "italic", "link"])

    class Meta:
        icon = "warning"
        label = _("Call-out")
        template = "blocks/callout.html"


class BodyBlock(blocks.StreamBlock):
    """The body of a content page: the blocks editors may use anywhere."""

    rich_text = blocks.RichTextBlock(
        label=pgettext_lazy("body text", "Text"),
        features=["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"],
    )
    image = CaptionedImageBlock()
    documents = DocumentLinksBlock()
    table = TableBlock(
        label=_("Table"),
        table_options={"startRows": 3, "startCols": 3},
    )
    callout = CalloutBlock()


# Plain (kind, value) pairs -> BodyBlock stream data, for code that writes pages: the legacy
# importer, the demo (demo/content/*.yaml) and the benchmark data. Kinds: "h2", "p", "list"
# (a list of items), "callout", "table" (rows, the first one the header).


def rich_text_html(blocks):
    html = []
    for kind, value in blocks:
        if kind == "h2":
            html.append(f"<h2>{escape(value)}</h2>")
        elif kind == "p":
            html.append(f"<p>{escape(value)}</p>")
        elif kind == "list":
            html.append("<ul>" + "".join(f"<li>{escape(item)}</li>" for item in value) + "</ul>")
    return "".join(html)


def stream_body(blocks):
    """Turn plain (kind, value) blocks into BodyBlock stream data."""
    stream, text_run = [], []

    def flush():
        if text_run:
            stream.append(("rich_text", RichText(rich_text_html(text_run))))
            text_run.clear()

    for kind, value in blocks:
        if kind in ("h2", "p", "list"):
            text_run.append((kind, value))
            continue
        flush()
        if kind == "callout":
            stream.append(("callout", {"tone": "info", "title": "", "text": RichText(f"<p>{escape(value)}</p>")}))
        elif kind == "table":
            stream.append(("table", {"data": value, "table_header_choice": "row", "first_row_is_table_header": True}))
    flush()
    return stream
