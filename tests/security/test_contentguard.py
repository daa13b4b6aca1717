"""The content guard: spam, hidden links and foreign scripts are found in all their disguises,
and the texts of a social-organization site are left alone."""

import pytest

from django.core.exceptions import ImproperlyConfigured
from django.test import override_settings

from security.contentguard import Finding, Kind, clean_html, scan_html, scan_public_text, scan_text, strip_spam

LEGITIMATE_TEXTS = [
    "省福利彩票公益金资助项目“长者饭堂”顺利结项，福利彩票投注站代销员参加公益培训。",
    "体育彩票公益金支持社区健身设施建设。",
    "社区长者活动中心设有阅览室、棋牌室和康复室。",
    "志愿者沿金沙江开展生态保护宣传，白云区金沙洲街道社工站同步开展活动。",
    "本次培训覆盖全省90%以上的社会组织，提前预约时段（time slot）即可参加。",
    "The volunteers helped the new team to gel; welfare lottery funds paid for the project.",
    "2024年度社会组织等级评估结果公示（第一批）",
]


def spam_terms(findings):
    return [finding.matched for finding in findings if finding.kind == Kind.SPAM]


def kinds(findings):
    return {finding.kind for finding in findings}


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("欢迎光临澳门新葡京娱乐城，注册即送彩金", "澳门新葡京"),
        ("百家乐 时时彩 六合彩 天天开奖", "百家乐"),
        ("皇冠体育在线投注，开户送38元", "皇冠体育"),
        ("太阳城集团官方网站", "太阳城集团"),
        ("开元棋牌，真人棋牌游戏", "开元棋牌"),
        ("Best online CASINO bonus, play baccarat now", "casino"),
        ("Visit bet365 sportsbook today", "bet365"),
    ],
)
def test_plain_spam_is_found(text, term):
    """Chinese and English betting advertising is reported, with the term that matched."""
    assert term in spam_terms(scan_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "&#28595;&#38376;&#26032;&#33889;&#20140;",  # HTML entities
        "&amp;#x6fb3;&amp;#x95e8;&amp;#x65b0;&amp;#x8461;&amp;#x4eac;",  # entities encoded twice
        "\\u6fb3\\u95e8\\u65b0\\u8461\\u4eac",  # JavaScript escapes
        "\\xe6\\xbe\\xb3\\xe9\\x97\\xa8\\xe6\\x96\\xb0\\xe8\\x91\\xa1\\xe4\\xba\\xac",  # byte escapes
        "%E6%BE%B3%E9%97%A8%E6%96%B0%E8%91%A1%E4%BA%AC",  # percent escapes
        "澳 门 新 葡 京",  # spread out
        "澳\u200b门\u200c新\u200d葡\ufeff京",  # zero-width characters
        "澳门·新·葡·京",
    ],
)
def test_disguised_chinese_spam_is_found(text):
    """Encoded, escaped, spread-out and zero-width forms of a casino name are seen through."""
    assert spam_terms(scan_text(text)) == ["澳门新葡京"]


@pytest.mark.parametrize("text", ["ｂｅｔ３６５", "BET365", "b.e.t.3.6.5", "b e t 3 6 5", "bet 365", "B-E-T-3-6-5"])
def test_disguised_english_spam_is_found(text):
    """Full-width, upper-case and spelled-out forms of a betting brand are seen through."""
    assert spam_terms(scan_text(text))


@pytest.mark.parametrize("text", LEGITIMATE_TEXTS)
def test_legitimate_text_is_not_flagged(text):
    """Welfare and sports lottery funds, community chess rooms and place names are not spam."""
    assert scan_text(text) == []


def test_a_term_does_not_span_two_lines():
    """Spacing is tolerated inside a line only, so two ordinary lines never join into a term."""
    assert scan_text("我们前往澳门\n新葡萄种植园参观") == []


def test_finding_tells_kind_term_excerpt_and_place():
    """A finding carries what matched, the text around it and where it was found."""
    [finding] = scan_text("第一段正文。\n热烈欢迎：澳门新葡京上线啦", where="about.html")
    assert finding == Finding(Kind.SPAM, "澳门新葡京", "热烈欢迎:澳门新葡京上线啦", "about.html")
    assert str(finding) == "about.html: spam “澳门新葡京” in “热烈欢迎:澳门新葡京上线啦”"


ADVERTISING = {
    "代开发票 加微信 evil888": ["代开发票", "加微信"],
    "办假证 13800138000": ["办假证", "13800138000"],
    "咨询 138 0013 8000": ["138 0013 8000"],
    "热线020-83331234": ["020-83331234"],
    "400-800-1234": ["400-800-1234"],
    "https://evil.example/x": ["https://", "evil.example"],
    "www.evil.example": ["www.", "www.evil.example"],
    "加 微 信 领福利": ["加 微 信"],
    "ＶＸ：abc12345": ["vx:abc12345"],
    "qq群 12345678": ["qq群 12345678"],
}
PUBLIC_TERMS = [
    "社会组织",
    "增加微型企业补贴",
    "vaccine",
    "统一社会信用代码 51440000MJL123456X",
    "〔2025〕12号",
    "2025年度 报告",
    "社会团体 年报 2024",
    "qq",
    "v2 api",
]


@pytest.mark.parametrize(("text", "matched"), ADVERTISING.items())
def test_advertising_in_a_public_line_is_found(text, matched):
    """Phone numbers, web addresses, chat-app handles, fake invoices and certificates: not spam in a
    notice, but never in a text anyone can put on a public page (the popular search terms)."""
    findings = scan_public_text(text)
    assert [finding.matched for finding in findings] == matched
    assert {finding.kind for finding in findings} == {Kind.AD}
    assert scan_text(text) == []


@pytest.mark.parametrize("text", PUBLIC_TERMS)
def test_ordinary_search_terms_carry_no_advertising(text):
    assert scan_public_text(text) == []


def test_a_public_line_is_checked_for_spam_too():
    assert [finding.kind for finding in scan_public_text("澳门新葡京")] == [Kind.SPAM]


def test_strip_spam_drops_only_the_spam_lines():
    """Plain text keeps its other lines when a spam line is removed."""
    text, findings = strip_spam("第一段。\n欢迎光临澳门新葡京娱乐城\n第二段。\n")
    assert text == "第一段。\n第二段。\n"
    assert spam_terms(findings) == ["澳门新葡京", "娱乐城"]


@pytest.mark.parametrize(
    "style",
    [
        "display:none",
        "DISPLAY: NONE",
        "visibility: hidden",
        "font-size:0",
        "font-size: 1px",
        "width:0;height:0;overflow:hidden",
        "height: 0px; overflow: hidden",
        "position:absolute; left:-9999px",
        "position: absolute; top: -3000px",
        "text-indent:-9999px",
        "opacity:0",
        "display&#58;none",
    ],
)
def test_hidden_links_are_found_and_removed(style):
    """A link hidden by any of the usual styles is reported and removed; the visible text stays."""
    markup = f'<p>正文</p><div style="{style}"><a href="http://spam.example/">link</a></div>'
    cleaned, findings = clean_html(markup)
    assert [finding.kind for finding in findings] == [Kind.HIDDEN]
    assert "spam.example" in findings[0].excerpt
    assert cleaned == "<p>正文</p>"


def test_hidden_attribute_and_empty_hidden_elements():
    """The hidden attribute hides as a style does; a hidden element with nothing in it is harmless."""
    findings = scan_html('<span hidden>暗链文字</span><div style="display:none"></div>')
    assert [(finding.kind, finding.matched) for finding in findings] == [(Kind.HIDDEN, "hidden")]


def test_visible_small_text_is_not_hidden():
    """Ordinary styles (a smaller font, a margin, a width) are not mistaken for hiding."""
    markup = (
        '<p style="font-size:0.8em;margin-left:-10px;width:100%;line-height:0;border-width:0">注：以上为初审名单</p>'
    )
    assert scan_html(markup) == []


@pytest.mark.parametrize(
    ("markup", "kind"),
    [
        ('<script src="https://evil.example/x.js"></script>', Kind.SCRIPT),
        ('<script src="//evil.example/x.js"></script>', Kind.SCRIPT),
        ('<script src="data:text/javascript;base64,YWxlcnQoMSk="></script>', Kind.SCRIPT),
        ('<iframe src="http://evil.example/" width="0" height="0"></iframe>', Kind.SCRIPT),
        ('<meta http-equiv="refresh" content="0;url=http://evil.example/">', Kind.REDIRECT),
        ('<script>window.location.href="http://evil.example/"</script>', Kind.REDIRECT),
        ("<script>document.write(unescape('%3Ca%20href'))</script>", Kind.SCRIPT),
        ('<script>eval(atob("d2luZG93"))</script>', Kind.SCRIPT),
        ("<body onload=\"top.location='http://evil.example/'\"><p>正文</p></body>", Kind.REDIRECT),
    ],
)
def test_foreign_scripts_frames_and_redirects_are_found(markup, kind):
    """Scripts and frames from other hosts, meta refreshes and redirecting or obfuscated inline code are reported."""
    cleaned, findings = clean_html(markup)
    assert [finding.kind for finding in findings] == [kind]
    assert "evil.example" not in cleaned
    assert "eval" not in cleaned


@override_settings(CONTENT_GUARD_ALLOWED_HOSTS=["cdn.example.org"])
def test_scripts_from_this_site_and_allowed_hosts_pass():
    """Scripts on this site or an allowed host, harmless inline script and redirects within the site pass."""
    markup = (
        '<script src="/static/js/site.js"></script>'
        '<script src="https://cdn.example.org/lib.js"></script>'
        '<script src="https://static.cdn.example.org/lib.js"></script>'
        "<script>var menu = document.getElementById('menu');</script>"
        '<a href="javascript:void(0)" onclick="toggle()">展开</a>'
        '<select onchange="window.location.href=this.value"><option value="/news/">服务动态</option></select>'
        "<button onclick=\"location.href='/search/?q=' + q\">搜索</button>"
    )
    assert scan_html(markup) == []


def test_legitimate_page_is_left_as_it_is():
    """A real page with lottery-fund wording, a PDF, an image and a table comes out unchanged."""
    markup = (
        "<h2>一、项目概况</h2><p>本项目由省福利彩票公益金资助。</p>"
        '<p><a href="/documents/12/report.pdf">项目报告.pdf</a> <img alt="活动照片" src="/media/photo.jpg"/></p>'
        "<table><tr><td>资助金额</td><td>20万元</td></tr></table>"
    )
    cleaned, findings = clean_html(markup)
    assert findings == []
    assert cleaned == markup


def test_spam_lines_are_removed_from_html():
    """A spam line goes with its markup, across inline tags and entities; the lines around it stay."""
    markup = (
        "<p>欢迎光临&#28595;门<b>新葡京</b><a href='http://x.example/'>娱乐城</a></p>"
        "<div>第一行<br>首存送100% bet365<br>第三行</div><p>结尾</p>"
    )
    cleaned, findings = clean_html(markup)
    assert cleaned == "<div>第一行<br/><br/>第三行</div><p>结尾</p>"
    assert spam_terms(findings) == ["澳门新葡京", "娱乐城", "首存送", "bet365"]


def test_lines_inside_an_inline_wrapper_are_told_apart():
    """Legacy pages wrap whole bodies in <font>; only the spam line inside goes, not the wrapper."""
    cleaned, findings = clean_html("<td><font size=2>第一段<br>百家乐 天天返水<br>第二段</font></td>")
    assert cleaned == '<td><font size="2">第一段<br/><br/>第二段</font></td>'
    assert spam_terms(findings) == ["百家乐", "天天返水"]


def test_hidden_spam_is_reported_once():
    """Spam inside a hidden element is reported as hidden, not twice."""
    findings = scan_html('<div style="display:none">澳门新葡京 <a href="http://x.example/">百家乐</a></div>')
    assert kinds(findings) == {Kind.HIDDEN}


def test_extra_pattern_file_extends_the_list(tmp_path):
    """An operator's extra TOML file adds terms and styles to the built-in ones."""
    extra = tmp_path / "extra.toml"
    extra.write_text("[spam]\nterms = [\"幸运彩站\"]\n[hidden]\nstyles = ['color:#fff']\n", encoding="utf-8")
    assert scan_text("幸运彩站欢迎您") == []
    with override_settings(CONTENT_GUARD_EXTRA_PATTERNS=str(extra)):
        assert spam_terms(scan_text("幸运 彩 站欢迎您")) == ["幸运彩站"]
        assert spam_terms(scan_text("澳门新葡京")) == ["澳门新葡京"]  # the built-in list still applies
        assert kinds(scan_html('<span style="color: #FFF">白字</span>')) == {Kind.HIDDEN}
    assert scan_text("幸运彩站欢迎您") == []


@pytest.mark.parametrize(
    "content",
    ["[spam]\nterms = 'not a list of text'\n", "[gambling]\nterms = []\n", "[spam]\nregex = ['(unclosed']\n", "= ="],
)
def test_a_broken_extra_pattern_file_is_refused(tmp_path, content):
    """A mistake in the extra file stops the guard with a clear message instead of guarding less."""
    extra = tmp_path / "extra.toml"
    extra.write_text(content, encoding="utf-8")
    with override_settings(CONTENT_GUARD_EXTRA_PATTERNS=str(extra)), pytest.raises(ImproperlyConfigured):
        scan_text("正文")


def test_demo_texts_raise_no_finding():
    """The demo site's own texts, written like the real ones, pass the guard (a false-positive check)."""
    from demo.texts import load as load_texts

    texts = []

    def collect(value):
        if isinstance(value, str):
            texts.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                collect(item)
        elif isinstance(value, list | tuple):
            for item in value:
                collect(item)

    for name in ("home", "notices"):
        collect(load_texts(name))
    assert len(texts) > 100
    assert [finding for text in texts for finding in scan_text(text)] == []
