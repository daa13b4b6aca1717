"""Full-page screenshots of every public page type, and the layout facts that broke before
(issue 20): in Chinese and English, at 1280 and 375 px, and in the elderly mode.

The screenshots go to test-output/screenshots/<page>-<language>-<width>[-elderly].png for a
person to look at; the assertions catch the faults a person found there.
"""

import re
import time

from .accessibility import horizontal_overflow
from .pages import PUBLIC_PAGES, visit

# (language, width, elderly): every page type in each.
LAYOUTS = [
    ("zh-hans", 1280, False),
    ("zh-hans", 375, False),
    ("en", 1280, False),
    ("en", 375, False),
    ("zh-hans", 1280, True),
    ("zh-hans", 375, True),
]

# The largest empty band a footer may have: its padding and the gaps between its lines are
# well under it; the elderly mode's collapsed flex basis left about 400 px.
FOOTER_GAP = 100

HEADER = """() => {
    const box = (selector) => document.querySelector(selector).getBoundingClientRect();
    const tops = new Set([...document.querySelectorAll('.nav-list > .nav-item')].map((item) => item.offsetTop));
    const brand = box('.brand'), search = box('.search-box');
    return {menuRows: tops.size, searchBesideTitle: search.left >= brand.right && search.top < brand.bottom};
}"""

FOOTER = """() => {
    const footer = document.querySelector('.site-footer');
    const outer = footer.getBoundingClientRect();
    const boxes = [...footer.querySelectorAll('dt, dd, p, a, img, span, figcaption')]
        .map((element) => element.getBoundingClientRect())
        .filter((rect) => rect.height > 0)
        .sort((a, b) => a.top - b.top);
    let bottom = outer.top, gap = 0;
    for (const rect of boxes) {
        gap = Math.max(gap, rect.top - bottom);
        bottom = Math.max(bottom, rect.bottom);
    }
    gap = Math.max(gap, outer.bottom - bottom);
    return {gap: Math.round(gap), below: Math.round(document.documentElement.scrollHeight - (outer.bottom + scrollY))};
}"""

# A card title may start a new line only after a space, a hyphen or CJK punctuation: any other
# break cuts a word (an English word, or a Chinese one such as 登记) in two.
BROKEN_WORDS = r"""() => {
    const broken = [];
    for (const card of document.querySelectorAll('.card-list a, .quick-links a, .service-grid a')) {
        const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = node.textContent;
            let top = null;
            for (let i = 0; i < text.length; i++) {
                if (/\s/.test(text[i])) continue;
                const range = document.createRange();
                range.setStart(node, i);
                range.setEnd(node, i + 1);
                const rect = range.getClientRects()[0];
                if (!rect) continue;
                if (top !== null && rect.top > top + 2 && !/[\s\-，、）》]/.test(text[i - 1])) {
                    broken.push(text.trim());
                    break;
                }
                top = rect.top;
            }
        }
    }
    return broken;
}"""

# Phones: each value of a stacked materials table starts beside its label, never under it.
MATERIALS = """() => [...document.querySelectorAll('.materials td[data-label]')].filter((cell) => {
    const label = parseFloat(getComputedStyle(cell, '::before').width);
    const range = document.createRange();
    range.selectNodeContents(cell);
    const left = cell.getBoundingClientRect().left + label;
    return [...range.getClientRects()].some((rect) => rect.width > 0 && rect.left < left - 1);
}).map((cell) => cell.textContent.trim())"""

STILL = """() => [...document.querySelectorAll('.notice-strip, .notice-strip *')].filter((element) => {
    const style = getComputedStyle(element);
    return style.animationName !== 'none' || ['auto', 'scroll'].includes(style.overflowX);
}).length"""


def slug(name):
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def test_every_page_type_lays_out_in_each_language_width_and_mode(browser, base_url, screenshots):
    started, problems, shots = time.monotonic(), [], 0
    for language, width, elderly in LAYOUTS:
        context = browser.new_context(viewport={"width": width, "height": 900})
        if elderly:
            context.add_cookies([{"name": "elderly_mode", "value": "1", "url": base_url}])
        page = context.new_page()
        for name, _, address, follow in PUBLIC_PAGES:
            url = visit(page, base_url, language, address, follow)
            suffix = "-elderly" if elderly else ""
            page.screenshot(path=str(screenshots / f"{slug(name)}-{language}-{width}{suffix}.png"), full_page=True)
            shots += 1
            where = f"{url} at {width} px{' (elderly)' if elderly else ''}"
            if width < 1000 and (overflow := horizontal_overflow(page)) > 0:
                problems.append(f"{where}: {overflow} px wider than the screen")
            if width >= 1280 and not elderly:
                header = page.evaluate(HEADER)
                if header["menuRows"] != 1:
                    problems.append(f"{where}: the menu takes {header['menuRows']} rows")
                if not header["searchBesideTitle"]:
                    problems.append(f"{where}: the search box is not beside the site's name")
            footer = page.evaluate(FOOTER)
            if footer["gap"] > FOOTER_GAP or footer["below"] > 1:
                problems.append(f"{where}: the footer has a {footer['gap']} px gap, {footer['below']} px below it")
            if broken := page.evaluate(BROKEN_WORDS):
                problems.append(f"{where}: card titles broken inside a word: {broken}")
            if width < 1000 and (misplaced := page.evaluate(MATERIALS)):
                problems.append(f"{where}: materials values wrap under their labels: {misplaced}")
            if page.evaluate(STILL):
                problems.append(f"{where}: the notice strip scrolls or moves")
        context.close()
    assert shots == len(LAYOUTS) * len(PUBLIC_PAGES)
    print(f"{shots} screenshots in {time.monotonic() - started:.0f} s")  # noqa: T201 - the timing in docs/testing.md
    assert not problems, "\n".join(problems)
