"""English pages read in English: outside data values and quotes (marked lang="zh"), the main
pages of the demo show no Chinese character, charts included."""

import pytest

from tests.browser.test_small_screens import main_pages, visit

pytestmark = pytest.mark.django_db(transaction=True)

# The pages' text and the charts' text (SVG titles, axes, ticks, legends), without what is marked
# as Chinese data: up to eight pieces of Chinese, with the element that holds them.
CHINESE_LEFT = r"""() => {
  const cjk = /[\u3000-\u9fff\uf900-\ufaff\uff00-\uffef]+/;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const found = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const holder = node.parentElement;
    if (!holder || holder.closest('[lang|="zh"], script, style, option:not(:checked), .hoverlayer')) continue;
    // The draft's plain-text copy repeats the draft above it, which is checked marked up.
    if (holder.closest('[hidden], template, textarea.draft-text')) continue;
    const match = node.textContent.match(cjk);
    if (match) found.push(`${holder.tagName.toLowerCase()}.${holder.className.baseVal ?? holder.className}: ${node.textContent.trim().slice(0, 60)}`);
  }
  return found.slice(0, 8);
}"""


def test_english_pages_show_no_chinese_outside_data_and_quotes(window, demo_site):
    page = window(1440, "en").page
    paths = [path for path in main_pages() if not path.startswith(("/figures/", "/reports/"))]
    found = {}
    for path in paths:
        visit(page, demo_site.url + path)
        left = page.evaluate(CHINESE_LEFT)
        if left:
            found[path] = left
    assert not found, "\n".join(f"{path}: {left}" for path, left in found.items())


def test_an_english_name_has_the_chinese_one_on_hover(window, demo_site):
    page = window(1440, "en").page
    visit(page, demo_site.url + "/jurisdictions/350100/")
    assert page.locator("main h1 span[title='福州市']").inner_text() == "Fuzhou"
    assert page.locator("main a span[title='仓山区']").inner_text() == "Cangshan District"
