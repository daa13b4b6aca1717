"""Builds the guides' demo data under the home demo's guide finder: service
points, blank forms, guides, the start-an-organization journey and English
versions of three guides. Deterministic and safe to run again: it keys service
points on their name, documents on their title and pages on their slug, and only
adds what is missing."""

import datetime

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction

from wagtail.documents import get_document_model
from wagtail.models import Locale

from demo.texts import load as load_texts
from guides.models import GuideIndexPage, GuideJourneyPage, GuidePage, JourneyStep, ServicePoint
from taxonomy.models import Audience, Region

from .pdf import blank_form_pdf

CONTENT = load_texts("guides")
CHINESE, ENGLISH = "zh-hans", "en"
INDEX_SLUG = "guides"
STREAM_FIELDS = ["legal_basis", "conditions", "materials", "procedure", "special_stages", "faq"]
DEFAULT_FORM_ROWS = [
    "申请单位（申请人）",
    "统一社会信用代码",
    "住所",
    "联系人",
    "联系电话",
    "申请事项",
    "签字（盖章）",
    "日期",
]


class GuidesDemo:
    def __init__(self, stdout):
        self.stdout = stdout
        self.counts = dict.fromkeys(["service points", "documents", "guides", "journeys", "translations"], 0)
        self.documents = {}
        self.points = {}

    def load(self):
        index = GuideIndexPage.objects.filter(slug=INDEX_SLUG, locale__language_code=CHINESE).first()
        if index is None:
            self.stdout.write("Guides demo: no Chinese guide finder page (slug 'guides'); nothing added.")
            return
        with transaction.atomic():
            self.add_service_points()
            guides = {spec["slug"]: self.add_guide(index, spec) for spec in CONTENT["guides"]}
            self.add_journey(index, guides)
            self.translate(index, guides)
        added = ", ".join(f"{count} {name}" for name, count in self.counts.items())
        self.stdout.write(f"Guides demo: {sum(self.counts.values())} new items ({added}).")

    # ------------------------------------------------------------------ records

    def add_service_points(self):
        for spec in CONTENT["service_points"]:
            point = ServicePoint.objects.filter(name=spec["name"]).first()
            if point is None:
                fields = {key: value for key, value in spec.items() if key != "region"}
                point = ServicePoint(region=Region.objects.get(code=spec["region"]), **fields)
                point.full_clean()
                point.save()
                self.counts["service points"] += 1
            self.points[point.name] = point

    def document(self, title):
        """The blank form called `title`, generated as a one-page PDF on first use."""
        if title not in self.documents:
            Document = get_document_model()
            document = Document.objects.filter(title=title).first()
            if document is None:
                file_name, rows = CONTENT["blank_forms"][title]
                data = blank_form_pdf(title, rows or DEFAULT_FORM_ROWS)
                document = Document(title=title, file=ContentFile(data, name=f"guide-{file_name}.pdf"))
                document._set_document_file_metadata()
                document.save()
                self.counts["documents"] += 1
            self.documents[title] = document
        return self.documents[title]

    # ------------------------------------------------------------------ streams

    def material(self, spec):
        condition = spec.get("condition", "")
        return {
            "name": spec["name"],
            "form": spec.get("form", "original"),
            "copies": spec.get("copies", 1),
            "requirement": "conditional" if condition else "required",
            "condition": condition,
            "notes": spec.get("notes", ""),
            "blank_form": self.document(spec["blank_form"]) if spec.get("blank_form") else None,
            "sample": None,
        }

    def streams(self, spec, english=None):
        """The StreamField values of a guide; with `english`, its texts replace the Chinese ones
        item for item, while materials keep their form, copies and blank form."""
        materials = [self.material(material) for material in spec["materials"]]
        texts = spec
        if english:
            texts = english
            for material, (name, condition, notes) in zip(materials, english["materials"], strict=True):
                material.update(name=name, condition=condition, notes=notes)
            stage_names = english["special_stages"]
        else:
            stage_names = [name for name, _days in spec["special_stages"]]
        stages = [days for _name, days in spec["special_stages"]]
        return {
            "legal_basis": [
                ("reference", {"title": title, "article": article, "policy_page": None})
                for title, article in texts["legal_basis"]
            ],
            "conditions": [("condition", {"text": text}) for text in texts["conditions"]],
            "materials": [("material", material) for material in materials],
            "procedure": [
                ("step", {"title": title, "who": who, "description": description})
                for title, who, description in texts["procedure"]
            ],
            "special_stages": [
                ("stage", {"name": name, "working_days": days}) for name, days in zip(stage_names, stages, strict=True)
            ],
            "faq": [("qa", {"question": question, "answer": answer}) for question, answer in texts["faq"]],
        }

    @staticmethod
    def check_streams(page):
        """Run the blocks' own validation (catch-all wording, conditions of conditional
        materials), which the model's full_clean does not reach."""
        for name in STREAM_FIELDS:
            block = GuidePage._meta.get_field(name).stream_block
            try:
                block.clean(getattr(page, name))
            except ValidationError as error:
                details = error.as_json_data() if hasattr(error, "as_json_data") else error.messages
                raise ValueError(f"Demo guide '{page.slug}' ({page.title}): invalid {name}: {details}") from error

    # ------------------------------------------------------------------ pages

    def add_guide(self, index, spec):
        existing = index.get_children().filter(slug=spec["slug"]).first()
        if existing:
            return existing.specific
        slug = spec["slug"]
        page = GuidePage(
            title=spec["title"],
            slug=slug,
            summary=spec["summary"],
            item_code=spec["item_code"],
            item_type=spec["item_type"],
            topic=spec["topic"],
            implementing_body=spec["implementing_body"],
            time_limit_kind=spec["time_limit_kind"],
            statutory_days=spec["statutory_days"],
            promised_days=spec["promised_days"],
            visits=spec["visits"],
            is_free=True,
            online_url=spec.get("online_url", CONTENT["online"].format(slug=slug)),
            progress_url=spec.get("progress_url", CONTENT["progress"].format(slug=slug)),
            consult_phone=CONTENT["consult_phone"],
            complaint_phone=CONTENT["complaint_phone"],
            reviewed_on=datetime.date.fromisoformat(spec["reviewed_on"]),
            reviewed_by=CONTENT["reviewed_by"],
            featured=spec["featured"],
            **self.streams(spec),
        )
        # Parental many-to-many relations can be set on the unsaved page; saving commits them.
        page.audiences.set(Audience.objects.filter(slug__in=spec["audiences"]))
        page.service_points.set([self.points[name] for name in spec["service_points"]])
        self.check_streams(page)
        index.add_child(instance=page)  # validates the page (full_clean) as it saves
        page.save_revision().publish()
        self.counts["guides"] += 1
        return page

    def add_journey(self, index, guides):
        spec = CONTENT["journey"]
        if index.get_children().filter(slug=spec["slug"]).exists():
            return
        journey = GuideJourneyPage(title=spec["title"], slug=spec["slug"], summary=spec["summary"])
        journey.steps = [
            JourneyStep(guide=guides[slug], label=label, sort_order=order)
            for order, (slug, label) in enumerate(spec["steps"])
        ]
        index.add_child(instance=journey)
        journey.save_revision().publish()
        self.counts["journeys"] += 1

    def translate(self, index, guides):
        english = Locale.objects.filter(language_code=ENGLISH).first()
        if english is None or index.get_translation_or_none(english) is None:
            self.stdout.write("Guides demo: no English guide finder page; guides not translated.")
            return
        for spec in CONTENT["guides"]:
            texts = spec.get("en")
            if not texts:
                continue
            page = guides[spec["slug"]]
            if page.get_translation_or_none(english) is not None:
                continue
            # copy_for_translation adds the copy under the English finder, re-read from
            # the database, so no stale numchild of ours is written back.
            translation = page.copy_for_translation(english).specific
            translation.title = texts["title"]
            translation.draft_title = texts["title"]
            translation.summary = texts["summary"]
            translation.implementing_body = texts["implementing_body"]
            translation.reviewed_by = CONTENT["reviewed_by_en"]
            for name, value in self.streams(spec, texts).items():
                setattr(translation, name, value)
            self.check_streams(translation)
            translation.save_revision().publish()
            self.counts["translations"] += 1
        self.translate_journey(index, english)

    def translate_journey(self, index, english):
        spec = CONTENT["journey"]
        journey = index.get_children().filter(slug=spec["slug"]).specific().first()
        if journey is None or journey.get_translation_or_none(english) is not None:
            return
        # The steps keep pointing at the Chinese guides; the journey page links each
        # to its English version where there is one (GuideJourneyPage.get_context).
        translation = journey.copy_for_translation(english).specific
        translation.title = translation.draft_title = spec["en"]["title"]
        translation.summary = spec["en"]["summary"]
        steps = list(translation.steps.all())
        for step, label in zip(steps, spec["en"]["steps"], strict=True):
            step.label = label
        translation.steps = steps
        translation.save_revision().publish()
        self.counts["translations"] += 1


def load(stdout):
    GuidesDemo(stdout).load()
