"""Scanning a saved or submitted object: every text field, rich text field and StreamField
value of a page, snippet or setting, and of its inline children, with no per-model code.

A finding's `where` names what an editor sees: the field's label and, inside a StreamField,
the block labels and their position ("正文 › 2. 文本"), so the editor can find it.
"""

from collections.abc import Iterator

from modelcluster.models import get_all_child_relations

from django.db import models
from django.forms import Form
from django.utils.text import capfirst

from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.rich_text import RichText

from .scanner import Finding, scan_html, scan_text

SEPARATOR = " › "
HTML_BLOCKS = (blocks.RichTextBlock, blocks.RawHTMLBlock)


def scan_instance(instance: models.Model, form_class: type[Form] | None = None) -> list[tuple[str, Finding]]:
    """What the guard finds in `instance`, each with the name of the field (or inline panel) that holds it.

    With `form_class`, only the fields and inline panels of that admin form are scanned: what an
    editor can change, not read-only visitor input. Without it, every editable text field and
    every inline child is.
    """
    return list(instance_findings(instance, form_class, ""))


def instance_findings(instance, form_class, prefix: str) -> Iterator[tuple[str, Finding]]:
    wanted = set(form_class.base_fields) if form_class else None
    for field in instance._meta.concrete_fields:
        if not field.editable or (wanted is not None and field.name not in wanted):
            continue
        value = field.value_from_object(instance)
        if not value or not isinstance(field, models.CharField | models.TextField | StreamField):
            continue
        where = prefix + capfirst(str(field.verbose_name))
        if isinstance(field, StreamField):
            findings = stream_findings(field.stream_block, value, where)
        elif isinstance(field, RichTextField):
            findings = scan_html(value, where)
        else:
            findings = scan_text(value, where)
        yield from ((field.name, finding) for finding in findings)
    yield from children_findings(instance, form_class, prefix)


def children_findings(instance, form_class, prefix: str) -> Iterator[tuple[str, Finding]]:
    """The findings in inline children (InlinePanel orderables), in memory or saved."""
    formsets = getattr(form_class, "formsets", {}) if form_class else None
    for relation in get_all_child_relations(instance):
        name = relation.get_accessor_name()
        if formsets is not None and name not in formsets:
            continue
        child_form = formsets[name].form if formsets is not None else None
        label = capfirst(str(relation.related_model._meta.verbose_name))
        for number, child in enumerate(getattr(instance, name).all(), start=1):
            for _field, finding in instance_findings(child, child_form, f"{prefix}{label} {number}{SEPARATOR}"):
                yield name, finding


def stream_findings(block: blocks.Block, value, where: str) -> list[Finding]:
    """The findings in a block's value, walking streams, lists and structs down to their text."""
    if value is None or value == "":
        return []
    if isinstance(block, blocks.StreamBlock):
        findings = []
        for number, child in enumerate(value, start=1):
            place = f"{where}{SEPARATOR}{number}. {label_of(child.block)}"
            findings.extend(stream_findings(child.block, child.value, place))
        return findings
    if isinstance(block, blocks.ListBlock):
        return [
            finding
            for number, item in enumerate(value, start=1)
            for finding in stream_findings(block.child_block, item, f"{where}{SEPARATOR}{number}")
        ]
    if isinstance(block, blocks.StructBlock):
        return [
            finding
            for name, child_block in block.child_blocks.items()
            for finding in stream_findings(child_block, value.get(name), f"{where}{SEPARATOR}{label_of(child_block)}")
        ]
    if isinstance(value, RichText):
        return scan_html(value.source, where)
    if isinstance(block, HTML_BLOCKS):
        return scan_html(str(value), where)
    return loose_findings(value, where)


def loose_findings(value, where: str) -> list[Finding]:
    """Text anywhere in a value of another kind of block (a table's cells, a text or URL block)."""
    if isinstance(value, str):
        return scan_text(value, where)
    if isinstance(value, dict):
        return [finding for item in value.values() for finding in loose_findings(item, where)]
    if isinstance(value, list | tuple):
        return [finding for item in value for finding in loose_findings(item, where)]
    return []  # pages, images, documents, dates, numbers


def label_of(block: blocks.Block) -> str:
    return capfirst(str(block.label or block.name))
