"""`python manage.py scan_content`: audit the site for spam, planted links and defacement (挂马、黑链、暗链).

It checks, with the one content guard (security.contentguard):
- the database: every page (its live or draft row), every revision of every page and
  snippet, every snippet that editors write text in, every site setting;
- the files: every template and static file against the SHA-256 manifest recorded at
  deploy time (`scan_content --record-manifest [PATH]`): tampered (被篡改), added (新增)
  and missing (缺失) files;
- the static files actually served: every file under STATIC_ROOT, WhiteNoise's
  staticfiles.json among them, against the manifest recorded right after collectstatic
  (`scan_content --record-static`, kept at STATIC_MANIFEST, outside STATIC_ROOT): changed,
  added and removed files. The source copies can be clean while the served ones are not;
- with `--live BASE_URL`, the public site: up to --limit pages of BASE_URL/sitemap.xml,
  each fetched as Baiduspider, as Googlebot, as a browser and as a browser coming from a
  Baidu search, reporting links or text that differ (cloaking, 搜索引擎劫持) and what the
  guard finds in the HTML.

It exits with status 1 and a report when it finds anything, and with a one-line summary
when everything is clean, so cron or a monitoring check can run it.
"""

import hashlib
import html
import json
import re
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path
from urllib.error import URLError
from urllib.parse import urljoin, urlsplit
from urllib.request import HTTPHandler, HTTPRedirectHandler, HTTPSHandler, OpenerDirector, Request

from bs4 import BeautifulSoup

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from wagtail.admin.panels import get_edit_handler
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.models import Page, Revision
from wagtail.snippets.models import get_snippet_models

from security.contentguard import scan_html, visible_lines
from security.contentguard.instances import scan_instance

# Beside manage.py; outside the served static files. Deployments may keep it elsewhere with PATH.
DEFAULT_MANIFEST = Path(__file__).resolve().parents[3] / "content-manifest.json"
OUR_APPS = ("home", "notices", "guides", "orgdirectory", "search")
BROWSER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36"
# Who fetches the live pages: (name, User-Agent, Referer). Injected spam is often shown only to
# search engines, or only to visitors who arrive from a search.
VISITORS = [
    ("browser", BROWSER, None),
    ("Baiduspider", "Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)", None),
    ("Googlebot", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", None),
    ("browser from Baidu", BROWSER, "https://www.baidu.com/s?wd=%E7%A4%BE%E4%BC%9A%E7%BB%84%E7%BB%87"),
]
FETCH_TIMEOUT = 15
MAX_PAGE_BYTES = 5 * 1024 * 1024
MAX_SITEMAPS = 20
DIFFERENCES_SHOWN = 5
LOC = re.compile(r"<loc>\s*(.*?)\s*</loc>", re.DOTALL | re.IGNORECASE)


class Command(BaseCommand):
    help = "Audit pages, revisions, snippets, settings, template and static files (and the live site) for spam."

    def add_arguments(self, parser):
        parser.add_argument(
            "--record-manifest",
            nargs="?",
            const=DEFAULT_MANIFEST,
            type=Path,
            metavar="PATH",
            help=f"Record the SHA-256 of every template and static file (default {DEFAULT_MANIFEST.name}) and stop.",
        )
        parser.add_argument(
            "--manifest", type=Path, default=DEFAULT_MANIFEST, metavar="PATH", help="The manifest to check against."
        )
        parser.add_argument(
            "--record-static",
            action="store_true",
            help="Record the SHA-256 of every file under STATIC_ROOT in STATIC_MANIFEST (after collectstatic); stop.",
        )
        parser.add_argument("--live", metavar="BASE_URL", help="Also fetch the public pages listed in the sitemap.")
        parser.add_argument("--limit", type=int, default=50, help="How many pages --live fetches (default 50).")

    def handle(self, *args, record_manifest=None, manifest=DEFAULT_MANIFEST, record_static=False, **options):
        live, limit = options.get("live"), options.get("limit", 50)
        if live and urlsplit(live).scheme not in ("http", "https"):
            raise CommandError(f"--live needs an http:// or https:// address, not {live!r}.")
        if record_static:
            root = static_root()
            if not root.is_dir():
                raise CommandError(f"STATIC_ROOT {root} does not exist: run collectstatic first.")
            files = hash_tree(root)
            target = Path(settings.STATIC_MANIFEST)
            target.write_text(json.dumps(manifest_data(files), indent=1, ensure_ascii=False), "utf-8")
            self.stdout.write(f"Recorded {len(files)} served static files of {root} in {target}.")
            return
        if record_manifest:
            files = hash_files()
            record_manifest.write_text(json.dumps(manifest_data(files), indent=1, ensure_ascii=False), "utf-8")
            self.stdout.write(f"Recorded {len(files)} files in {record_manifest}.")
            return

        report, counts = defaultdict(list), {}
        counts["pages"] = self.scan_pages(report["Pages 页面"])
        counts["revisions"] = self.scan_revisions(report["Revisions 修订版本"])
        counts["snippets"] = self.scan_snippets(report["Snippets 片段"])
        counts["settings"] = self.scan_settings(report["Site settings 站点设置"])
        counts["files"] = self.check_files(manifest, report["Files 文件"])
        counts["served static files"] = self.check_static(report["Served static files 已收集的静态文件"])
        if live:
            counts["live pages"] = self.check_live(live, limit, report["Live site 线上页面"])

        problems = sum(len(lines) for lines in report.values())
        checked = ", ".join(f"{count} {name}" for name, count in counts.items())
        if not problems:
            self.stdout.write(f"Content scan clean (未发现问题): checked {checked}.")
            return
        for section, lines in report.items():
            if lines:
                self.stdout.write(f"\n{section} ({len(lines)})")
                for line in lines:
                    self.stdout.write(f"  - {line}")
        raise CommandError(f"Content scan found {problems} problems (发现 {problems} 处问题); checked {checked}.")

    # The database

    def scan_pages(self, report: list[str]) -> int:
        count = 0
        for page in Page.objects.filter(depth__gt=1).specific().iterator():
            state = "live" if page.live else "draft"
            report.extend(f"page {page.pk} “{page.title}” ({state}) › {f}" for _field, f in scan_instance(page))
            count += 1
        return count

    def scan_revisions(self, report: list[str]) -> int:
        count, live_revisions = 0, set(Page.objects.values_list("live_revision_id", flat=True))
        for revision in Revision.objects.select_related("content_type").order_by("pk").iterator():
            if revision.content_type.model_class() is None:
                continue  # the model is gone
            try:
                obj = revision.as_object()
            except Exception as error:  # noqa: BLE001 - an old revision that no longer loads is reported, not fatal
                report.append(f"revision {revision.pk} of “{revision.object_str}” cannot be read: {error}")
                continue
            live = " (live)" if revision.pk in live_revisions else ""
            for _field, finding in scan_instance(obj):
                report.append(f"revision {revision.pk}{live} of {revision.content_type.name} “{obj}” › {finding}")
            count += 1
        return count

    def scan_snippets(self, report: list[str]) -> int:
        count = 0
        for model in get_snippet_models():
            viewset = getattr(model, "snippet_viewset", None)
            form_class = viewset.get_edit_handler().get_form_class() if viewset else None
            for snippet in model._default_manager.all().iterator():
                label = f"{model._meta.verbose_name} {snippet.pk} “{snippet}”"
                report.extend(f"{label} › {finding}" for _field, finding in scan_instance(snippet, form_class))
                count += 1
        return count

    def scan_settings(self, report: list[str]) -> int:
        count = 0
        for model in settings_registry:
            form_class = get_edit_handler(model).get_form_class()
            for setting in model._default_manager.all():
                label = f"{model._meta.verbose_name} {setting.pk} ({getattr(setting, 'site', '')})"
                report.extend(f"{label} › {finding}" for _field, finding in scan_instance(setting, form_class))
                count += 1
        return count

    # The files

    def check_files(self, manifest: Path, report: list[str]) -> int:
        hint = "template and static files were not checked. Run `scan_content --record-manifest` when deploying."
        return self.compare(hash_files(), manifest, "file manifest", hint, report)

    def check_static(self, report: list[str]) -> int:
        root = static_root()
        if not root.is_dir():
            return 0  # nothing collected here (development): nothing is served from STATIC_ROOT
        hint = (
            f"the static files served from {root} were not checked. "
            "Run `scan_content --record-static` after each collectstatic."
        )
        return self.compare(hash_tree(root), Path(settings.STATIC_MANIFEST), "static manifest", hint, report)

    def compare(self, files: dict, manifest: Path, kind: str, hint: str, report: list[str]) -> int:
        """Report each file added, missing or changed since `manifest` recorded its hash; how many were checked."""
        try:
            recorded = json.loads(manifest.read_text("utf-8"))["files"]
        except FileNotFoundError:
            self.stderr.write(f"No {kind} at {manifest}: {hint}")
            return 0
        except (ValueError, KeyError, OSError) as error:
            raise CommandError(f"Cannot read the {kind} {manifest}: {error}") from error
        for name in sorted(files.keys() | recorded.keys()):
            if name not in recorded:
                report.append(f"added (新增): {name}")
            elif name not in files:
                report.append(f"missing (缺失): {name}")
            elif files[name] != recorded[name]:
                report.append(f"tampered (被篡改): {name}")
        return len(files)

    # The live site

    def check_live(self, base_url: str, limit: int, report: list[str]) -> int:
        opener = safe_opener()
        host = urlsplit(base_url).hostname
        try:
            addresses = sitemap_addresses(opener, urljoin(base_url, "/sitemap.xml"), host)[:limit]
        except (URLError, OSError, ValueError) as error:
            raise CommandError(f"Cannot read {urljoin(base_url, '/sitemap.xml')}: {error}") from error
        for address in addresses:
            report.extend(f"{address}: {problem}" for problem in compare_visitors(opener, address, host))
        return len(addresses)


def watched_folders() -> list[Path]:
    """Template folders (TEMPLATES DIRS, our apps' templates/) and static folders (STATICFILES_DIRS, apps' static/)."""
    folders = [Path(folder) for engine in settings.TEMPLATES for folder in engine.get("DIRS", [])]
    for name in OUR_APPS:
        if apps.is_installed(name):
            app_path = Path(apps.get_app_config(name).path)
            folders += [app_path / "templates", app_path / "static"]
    for entry in getattr(settings, "STATICFILES_DIRS", []):
        folders.append(Path(entry[1] if isinstance(entry, list | tuple) else entry))
    unique = dict.fromkeys(folder.resolve() for folder in folders)
    return [folder for folder in unique if folder.is_dir()]


def hash_files() -> dict[str, str]:
    """Each watched file's name (relative to the project where it lies inside it) and SHA-256."""
    base = DEFAULT_MANIFEST.parent
    files = {}
    for folder in watched_folders():
        for path in sorted(folder.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                name = str(path.relative_to(base)) if path.is_relative_to(base) else str(path)
                files[name] = hashlib.sha256(path.read_bytes()).hexdigest()
    return files


def static_root() -> Path:
    return Path(settings.STATIC_ROOT).resolve()


def hash_tree(root: Path) -> dict[str, str]:
    """Every file under `root` by its path relative to it (as served under STATIC_URL) and SHA-256."""
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def manifest_data(files: dict[str, str]) -> dict:
    return {"recorded_at": datetime.now(UTC).isoformat(timespec="seconds"), "files": files}


class SafeRedirectHandler(HTTPRedirectHandler):
    """Follow redirects to http and https only (urllib would also follow ftp)."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if urlsplit(newurl).scheme not in ("http", "https"):
            raise URLError(f"refused to follow a redirect to {newurl}")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def safe_opener() -> OpenerDirector:
    """An opener for http and https only: no file:, ftp: or data:, and no proxy between us and the site."""
    opener = OpenerDirector()
    for handler in (HTTPHandler(), HTTPSHandler(), SafeRedirectHandler()):
        opener.add_handler(handler)
    return opener


def fetch(opener: OpenerDirector, address: str, agent: str = BROWSER, referer: str | None = None) -> tuple[str, str]:
    """The final address and the text of `address`, as the given visitor gets them."""
    if urlsplit(address).scheme not in ("http", "https"):
        raise URLError(f"not an http(s) address: {address}")
    headers = {"User-Agent": agent, "Accept-Language": "zh-CN,zh;q=0.9"}
    if referer:
        headers["Referer"] = referer
    with opener.open(Request(address, headers=headers), timeout=FETCH_TIMEOUT) as response:  # noqa: S310 - scheme checked above
        if response.status >= 400:
            raise URLError(f"HTTP {response.status}")
        body = response.read(MAX_PAGE_BYTES)
        charset = response.headers.get_content_charset() or "utf-8"
        return response.geturl(), body.decode(charset, errors="replace")


def sitemap_addresses(opener: OpenerDirector, address: str, host: str) -> list[str]:
    """The page addresses of the sitemap (following a sitemap index), on the site's own host only."""
    pending, seen, pages = [address], set(), []
    while pending and len(seen) < MAX_SITEMAPS:
        sitemap = pending.pop(0)
        seen.add(sitemap)
        _final, text = fetch(opener, sitemap)
        is_index = "<sitemapindex" in text[:1000].lower()
        for loc in (html.unescape(match) for match in LOC.findall(text)):
            if urlsplit(loc).hostname != host or urlsplit(loc).scheme not in ("http", "https"):
                continue  # a planted sitemap entry must not make us fetch other sites
            if is_index:
                pending.extend([loc] if loc not in seen else [])
            elif loc not in pages:
                pages.append(loc)
    return pages


def compare_visitors(opener: OpenerDirector, address: str, host: str) -> list[str]:
    """What differs between what search engines and browsers get at `address`, and what the guard finds."""
    views, problems, reported = {}, [], set()
    for name, agent, referer in VISITORS:
        try:
            final, text = fetch(opener, address, agent, referer)
        except (URLError, OSError, ValueError) as error:
            problems.append(f"as {name}: cannot fetch: {error}")
            continue
        if urlsplit(final).hostname != host:
            problems.append(f"as {name}: redirected to another site (跳转): {final}")
        soup = BeautifulSoup(text, "html.parser")
        links = {urljoin(final, str(a["href"]).strip()) for a in soup.find_all("a", href=True)}
        views[name] = (links, visible_lines(soup))
        for finding in scan_html(text):
            if (finding.kind, finding.matched) not in reported:
                reported.add((finding.kind, finding.matched))
                problems.append(f"as {name}: {finding}")
    if "browser" not in views:
        return problems
    browser_links, browser_lines = views["browser"]
    for name, (links, lines) in views.items():
        if name == "browser":
            continue
        if extra := sorted(links - browser_links):
            problems.append(f"cloaking (黑链): links only {name} gets: {shown(extra)}")
        if missing := sorted(browser_links - links):
            problems.append(f"cloaking: links {name} does not get: {shown(missing)}")
        if extra_lines := [line for line in lines if line not in set(browser_lines)]:
            problems.append(f"cloaking (暗链): text only {name} gets: {shown(extra_lines)}")
        if missing_lines := [line for line in browser_lines if line not in set(lines)]:
            problems.append(f"cloaking: text {name} does not get: {shown(missing_lines)}")
    return problems


def shown(items: list[str]) -> str:
    text = " | ".join(item[:120] for item in items[:DIFFERENCES_SHOWN])
    return text + (f" (+{len(items) - DIFFERENCES_SHOWN} more)" if len(items) > DIFFERENCES_SHOWN else "")
