"""seed_bench writes benchmark pages in bulk that Wagtail treats as its own (a sound
tree, live with a published revision, rendered, searchable), completes an
interrupted run, clears with --reset, and leaves databases with real content alone.

The demo site takes half a minute to load, so these tests stand in a small
skeleton of the same sections for load_demo, and seed only the page apps
(orgdirectory's benchmark data has its own tests)."""

import io

import pytest

from django.core.management import call_command
from django.core.management.base import CommandError

from wagtail.models import Page, Revision

from guides.models import GuidePage
from notices.models import ArticlePage, DisclosureStatus, NoticePage, PolicyPage
from ops import benchdata, benchtree
from ops.benchdata import guides as guide_bench
from ops.benchdata import notices as notice_bench
from ops.management.commands import seed_bench
from tests.guides.factories import ServicePointFactory
from tests.home.factories import StandardPageFactory, chinese_home
from tests.notices.factories import ArticleIndexPageFactory, NoticeIndexPageFactory, PolicyIndexPageFactory

pytestmark = pytest.mark.django_db

SCALE = 0.001
EXPECTED = {ArticlePage: 10, NoticePage: 10, PolicyPage: 1, GuidePage: 1}
BENCH_MODELS = list(EXPECTED)


def build_skeleton():
    """The sections of the demo that the benchmark pages go in, once."""
    home = chinese_home()
    if home.get_children().filter(slug="notices").exists():
        return
    for slug in notice_bench.ARTICLE_SECTIONS:
        ArticleIndexPageFactory(parent=home, slug=slug)
    NoticeIndexPageFactory(parent=home, slug="notices")
    PolicyIndexPageFactory(parent=home, slug="policies")
    home.refresh_from_db()
    home.add_child(instance=guide_bench.GuideIndexPage(title="办事指南", slug="guides"))
    ServicePointFactory()


@pytest.fixture(autouse=True)
def page_apps_only(settings, monkeypatch):
    monkeypatch.setattr(
        benchdata, "SECTIONS", [(name, module) for name, module in benchdata.SECTIONS if name != "orgdirectory"]
    )
    loaded = []
    real_call_command = seed_bench.call_command

    def fake_call_command(name, *args, **kwargs):
        if name == "find_common_tokens":  # the benchmark's texts measured as they are
            return real_call_command(name, *args, **kwargs)
        assert name == "load_demo"
        loaded.append(name)
        build_skeleton()

    monkeypatch.setattr(seed_bench, "call_command", fake_call_command)
    return loaded


def seed(*args):
    out = io.StringIO()
    call_command("seed_bench", *args, stdout=out)
    return out.getvalue()


def bench_pages(model=Page):
    return model.objects.filter(slug__startswith=benchtree.BENCH_PREFIX)


def counts():
    return {model: bench_pages(model).count() for model in BENCH_MODELS}


def assert_sound_tree():
    assert all(not problems for problems in Page.find_problems())


@pytest.fixture
def seeded(page_apps_only):
    seed("--scale", str(SCALE))


def test_seed_runs_load_demo_then_creates_the_volume_asked_for(seeded, page_apps_only):
    """The skeleton comes from load_demo; the counts from the scale."""
    assert page_apps_only == ["load_demo"]
    assert counts() == EXPECTED


def test_bench_pages_leave_a_sound_tree(seeded):
    """Paths, depths and the parents' child counts are what treebeard would have written."""
    assert_sound_tree()
    for page in bench_pages():
        parent = page.get_parent()
        assert page.url_path == f"{parent.url_path}{page.slug}/"
        assert page.locale_id == parent.locale_id


def test_bench_pages_are_live_with_their_published_revision(seeded):
    """Each page is live, and its latest revision is the live one and holds the page."""
    for page in bench_pages().specific():
        assert page.live and not page.has_unpublished_changes
        assert page.latest_revision_id == page.live_revision_id
        assert page.latest_revision.as_object().title == page.title
    bench_ids = [str(pk) for pk in bench_pages().values_list("pk", flat=True)]
    assert Revision.objects.filter(object_id__in=bench_ids).count() == sum(EXPECTED.values())


def test_bench_pages_pass_their_models_validation(seeded):
    """The generated fields and StreamField bodies are what an editor could have saved."""
    for page in bench_pages().specific():
        page.full_clean()
    for guide in bench_pages(GuidePage):
        for name in ["legal_basis", "conditions", "materials", "procedure", "special_stages", "faq"]:
            GuidePage._meta.get_field(name).stream_block.clean(getattr(guide, name))


def test_bench_notices_number_on_from_the_index_numbers_in_use(seeded):
    """Index numbers follow NoticePage's own scheme and never repeat."""
    numbers = list(bench_pages(NoticePage).values_list("index_number", flat=True))
    assert len(set(numbers)) == len(numbers)
    assert all(number.startswith("11440000MB2C12345X/") for number in numbers)


def test_bench_pages_render(seeded, client):
    """Detail pages and the section lists that show them answer 200."""
    for page in bench_pages().specific():
        assert client.get(page.url).status_code == 200
    notices = client.get("/zh-hans/notices/")
    assert notices.status_code == 200
    assert bench_pages(NoticePage).order_by("-pinned", "-date", "-pk").first().title in notices.text


def test_bench_pages_are_found_by_search(seeded):
    """The bulk pages are in the search index."""
    for page in bench_pages()[:5]:
        assert page.pk in [found.pk for found in Page.objects.live().search(page.title)]


def test_rerun_creates_nothing_more(seeded):
    """A second run at the same scale finds everything there."""
    before = (counts(), Revision.objects.count(), Page.objects.count())
    seed("--scale", str(SCALE))
    assert (counts(), Revision.objects.count(), Page.objects.count()) == before


def test_rerun_completes_interrupted_seed(page_apps_only, monkeypatch):
    """A run that dies half-way keeps whole chunks only, and the next run completes it."""
    monkeypatch.setattr(notice_bench, "CHUNK", 4)
    real_publish = benchtree.publish_pages
    calls = []

    def publish_then_fail(parent, pages):
        calls.append(parent)
        published = real_publish(parent, pages)
        if len(calls) == 6:
            raise RuntimeError("power cut")
        return published

    monkeypatch.setattr(benchtree, "publish_pages", publish_then_fail)
    with pytest.raises(RuntimeError):
        seed("--scale", str(SCALE))
    interrupted = counts()
    assert 0 < interrupted[ArticlePage] < EXPECTED[ArticlePage]
    assert_sound_tree()

    monkeypatch.setattr(benchtree, "publish_pages", real_publish)
    seed("--scale", str(SCALE))
    assert counts() == EXPECTED
    assert_sound_tree()
    slugs = list(bench_pages().values_list("slug", flat=True))
    assert len(set(slugs)) == len(slugs)


def test_reset_removes_bench_pages_and_keeps_the_site(seeded):
    """--reset deletes the benchmark pages with their revisions and the marker, not the sections."""
    bench_ids = [str(pk) for pk in bench_pages().values_list("pk", flat=True)]
    sections = Page.objects.filter(depth=3).count()
    seed("--reset")
    assert not bench_pages().exists()
    assert not Revision.objects.filter(object_id__in=bench_ids).exists()
    assert Page.objects.filter(depth=3).count() == sections
    assert_sound_tree()
    assert not Page.objects.live().search("社会组织").results()


def test_seed_after_reset_takes_any_scale(seeded):
    """After --reset the database is still a benchmark one, of no scale yet."""
    seed("--reset")
    assert seed_bench.bench_marker().data == {"scale": None}
    seed("--scale", "0.002")
    assert counts()[ArticlePage] == 19


def test_reset_with_a_scale_seeds_again(seeded):
    """--reset --scale N replaces the data with that scale's."""
    seed("--reset", "--scale", "0.002")
    assert counts()[ArticlePage] == 19


def test_rerun_at_another_scale_is_refused(seeded):
    """Data of one scale is not silently mixed with another's."""
    with pytest.raises(CommandError, match="--reset"):
        seed("--scale", "0.002")


def test_refuses_a_database_with_other_content_unless_forced(home):
    """Real content makes the command stop, in plain words, unless --force."""
    StandardPageFactory(parent=home, slug="about")
    with pytest.raises(CommandError, match="--force"):
        seed("--scale", str(SCALE))
    assert not bench_pages().exists()
    seed("--scale", str(SCALE), "--force")
    assert counts() == EXPECTED


def test_disclosures_are_open_closed_and_upcoming(page_apps_only):
    """Among generated notices there are 公示 open today, closed and not yet open."""
    build_skeleton()
    bench = notice_bench.find_sections(io.StringIO())
    statuses = {bench.notice(i)[1].disclosure_status for i in range(400)}
    assert {DisclosureStatus.OPEN, DisclosureStatus.CLOSED, DisclosureStatus.UPCOMING} <= statuses


def test_a_database_just_set_up_counts_as_empty(site):
    """setup_site's empty sections are no content: make bench runs on a database make serve prepared."""
    assert seed_bench.is_fresh_database()
    StandardPageFactory(parent=site, slug="about")
    assert not seed_bench.is_fresh_database()
