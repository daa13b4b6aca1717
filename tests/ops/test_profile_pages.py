"""`manage.py profile_pages` (make profile): each page's time a request, its call tree and its slowest queries."""

import json

import pytest

from django.core.management import call_command

from tests.home.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def test_profile_prints_the_mean_time_the_call_tree_and_the_slowest_queries(home, capsys):
    StandardPageFactory(parent=home, slug="about", title="关于我们")
    arguments = ["--child", "--requests", "2", "--only", "/zh-hans/about/", "--path", "/zh-hans/about/"]
    call_command("profile_pages", *arguments, "--tree", "--threshold", "0", "--sql", "3")
    output = capsys.readouterr().out
    means = json.loads(output.strip().splitlines()[-1])
    assert list(means) == ["/zh-hans/about/"] and means["/zh-hans/about/"] > 0
    # The tree shows our own and Wagtail's frames, with their ms a request.
    assert "===== /zh-hans/about/" in output and "route  core/models.py" in output
    assert "serve  wagtail/views.py" in output
    sql = output[output.index("----- /zh-hans/about/:") :]
    assert "queries" in sql and sql.count(" ms  SELECT") == 3


def test_a_page_that_does_not_answer_is_an_error(home):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="answered 404"):
        call_command(
            "profile_pages", "--child", "--requests", "1", "--only", "/zh-hans/gone/", "--path", "/zh-hans/gone/"
        )


def test_timing_gives_each_page_its_best_round_and_its_share_of_the_bare_page(home, capsys):
    StandardPageFactory(parent=home, slug="about", title="关于我们")
    arguments = [
        "--child",
        "--requests",
        "2",
        "--timing",
        "2",
        "--only",
        "/zh-hans/about/",
        "--path",
        "/zh-hans/about/",
    ]
    call_command("profile_pages", *arguments)
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[0] == "Best of 2 rounds of 2 requests, ms a request:"
    timed = {line.split()[0]: line for line in lines[1:]}
    # The bare page it is compared with, then the page asked for; the bare page is 100% of itself.
    assert list(timed) == ["bare", "/zh-hans/about/"]
    assert timed["bare"].endswith("100%")
    assert " ms  bare page " in timed["/zh-hans/about/"]
