"""Elasticsearch: what the site sends (no cluster can run here) and the database fallback.

The settings, mapping, documents and query bodies are asserted exactly; the
fallback is tested against a real refused connection on a closed local port.
"""

import json
import logging
from http.server import BaseHTTPRequestHandler

import pytest

from wagtail.search.backends import get_search_backend

from guides.models import GuidePage
from search.backends.elasticsearch import INDEX_SETTINGS, Mapping
from tests.faults import closed_port, local_server
from tests.guides.factories import GuidePageFactory

pytestmark = pytest.mark.django_db

CJK_ANALYZER = {
    "type": "custom",
    "tokenizer": "standard",
    "filter": ["cjk_width", "lowercase", "cjk_bigram_with_unigrams"],
}


def backends(url):
    return {
        "default": {"BACKEND": "search.backends.elasticsearch", "URLS": [url], "TIMEOUT": 1},
        "database": {"BACKEND": "search.backends.database"},
    }


@pytest.fixture
def recording_cluster():
    """A loopback HTTP server that answers like Elasticsearch and keeps every request."""
    received = []

    class Handler(BaseHTTPRequestHandler):
        def do_PUT(self):  # noqa: N802 - http.server's naming
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            received.append((self.command, self.path, json.loads(body or b"{}")))
            payload = json.dumps({"acknowledged": True, "index": "x"}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("X-Elastic-Product", "Elasticsearch")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        do_POST = do_PUT

        def log_message(self, *args):
            pass

    with local_server(Handler) as url:
        yield url, received


def test_index_settings_implement_the_chinese_analysis():
    analysis = INDEX_SETTINGS["settings"]["analysis"]
    assert analysis["filter"] == {"cjk_bigram_with_unigrams": {"type": "cjk_bigram", "output_unigrams": True}}
    assert analysis["analyzer"]["default"] == CJK_ANALYZER
    assert analysis["analyzer"]["edgengram_analyzer"]["filter"] == [*CJK_ANALYZER["filter"], "edgengram"]


def test_creating_the_index_sends_wagtails_settings_with_ours(settings, recording_cluster):
    url, received = recording_cluster
    settings.WAGTAILSEARCH_BACKENDS = backends(url)
    backend = get_search_backend()
    backend.get_index_for_model(GuidePage).put()
    method, path, body = received[0]
    assert (method, path) == ("PUT", "/wagtailcore_page")
    sent = body["settings"]["analysis"]
    assert sent["analyzer"]["default"] == CJK_ANALYZER
    assert sent["filter"]["cjk_bigram_with_unigrams"] == {"type": "cjk_bigram", "output_unigrams": True}
    assert "ngram_analyzer" in sent["analyzer"]  # Wagtail's own analyzers are kept


def test_text_fields_use_the_default_cjk_analyzer_and_autocomplete_its_edge_ngrams():
    properties = Mapping(GuidePage).get_mapping()["properties"]
    assert properties["title"]["type"] == "text"
    assert "analyzer" not in properties["guides_guidepage__summary"]
    assert properties["_edgengrams"] == {
        "type": "text",
        "analyzer": "edgengram_analyzer",
        "search_analyzer": "default",
    }


def test_documents_are_sent_in_simplified_characters(home):
    guide = GuidePageFactory(parent=home, title="社會組織登記", summary="辦理慈善組織認定")
    document = Mapping(GuidePage).get_document(guide)
    assert document["title"] == "社会组织登记"
    assert document["guides_guidepage__summary"] == "办理慈善组织认定"
    assert "社会组织登记" in document["_edgengrams"]


def test_han_words_are_sent_as_phrases_and_folded(settings):
    settings.WAGTAILSEARCH_BACKENDS = backends(f"http://127.0.0.1:{closed_port()}")
    results = get_search_backend().search("社會組織 ２０２５", GuidePage)
    query = results._get_es_body()["query"]["bool"]["must"]
    assert query == {
        "dis_max": {
            "queries": [
                {
                    "bool": {
                        "must": [
                            {"match_phrase": {"_all_text": "社会组织"}},
                            {"match": {"_all_text": {"query": "2025", "operator": "and"}}},
                        ]
                    }
                },
                {
                    "bool": {
                        "must": [
                            {"match_phrase": {"_all_text_boost_2_0": {"query": "社会组织", "boost": 2.0}}},
                            {"match": {"_all_text_boost_2_0": {"query": "2025", "operator": "and", "boost": 2.0}}},
                        ]
                    }
                },
            ]
        }
    }


def test_looser_or_search_sends_each_word(settings):
    settings.WAGTAILSEARCH_BACKENDS = backends(f"http://127.0.0.1:{closed_port()}")
    results = get_search_backend().search("社会组织 登记", GuidePage, operator="or")
    first_field = results._get_es_body()["query"]["bool"]["must"]["dis_max"]["queries"][0]
    assert first_field == {
        "bool": {
            "should": [
                {"match": {"_all_text": {"query": "社会组织", "operator": "and"}}},
                {"match": {"_all_text": {"query": "登记", "operator": "and"}}},
            ]
        }
    }


def test_search_falls_back_to_the_database_when_the_cluster_refuses(settings, home, caplog):
    settings.WAGTAILSEARCH_BACKENDS = backends(f"http://127.0.0.1:{closed_port()}")
    GuidePageFactory(parent=home, title="社会组织成立登记")
    GuidePageFactory(parent=home, title="慈善组织认定")
    with caplog.at_level(logging.WARNING, logger="search.backends.elasticsearch"):
        results = get_search_backend().search("社會組織", GuidePage.objects.live())
        assert results.count() == 1
        assert [page.title for page in results] == ["社会组织成立登记"]
    assert "Elasticsearch unreachable" in caplog.text


def test_site_search_page_answers_when_the_cluster_refuses(settings, client, home):
    settings.WAGTAILSEARCH_BACKENDS = backends(f"http://127.0.0.1:{closed_port()}")
    GuidePageFactory(parent=home, title="社会组织成立登记")
    response = client.get("/zh-hans/search/", {"q": "社会组织"})
    assert response.status_code == 200
    assert "社会组织成立登记" in response.text


def test_autocomplete_falls_back_too(settings, home):
    settings.WAGTAILSEARCH_BACKENDS = backends(f"http://127.0.0.1:{closed_port()}")
    GuidePageFactory(parent=home, title="社会组织成立登记")
    results = get_search_backend().autocomplete("社会组", GuidePage.objects.live())
    assert [page.title for page in results] == ["社会组织成立登记"]
