"""The Datasette pages in a real browser: headless Chromium (Debian's) driven by Selenium against
`datasette serve` on 127.0.0.1, on a small archive built here. Skipped, saying why, where
Chromium, chromedriver or Selenium is missing (.ci/run installs them)."""

import pytest

from storage.archive import sha256_hex
from tests import browser
from tests import serve_archive as sample

WHY_NOT = browser.missing()
pytestmark = pytest.mark.skipif(WHY_NOT is not None, reason=f"no browser: {WHY_NOT}")
DB_NAME = "bao-cong-doan"


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    path = sample.build(tmp_path_factory.mktemp("browser") / f"{DB_NAME}.db")
    with browser.datasette(path) as url:
        yield f"{url}/{DB_NAME}"


@pytest.fixture(scope="module")
def driver():
    with browser.browser() as session:
        yield session


@pytest.fixture
def page(driver, base, tmp_path):
    """Open a path of the archive; each page is also saved as a screenshot (a PNG the browser
    really drew), which tests/screenshots.py does for docs/."""

    def open_page(path):
        from selenium.common.exceptions import NoAlertPresentException

        driver.get(base + path)
        shot = tmp_path / "page.png"
        assert driver.save_screenshot(str(shot))
        assert shot.read_bytes().startswith(b"\x89PNG")
        with pytest.raises(NoAlertPresentException):  # no stored script ever ran
            driver.switch_to.alert  # noqa: B018
        return driver

    return open_page


def css(driver, selector):
    from selenium.webdriver.common.by import By

    return driver.find_elements(By.CSS_SELECTOR, selector)


def texts(driver, selector):
    return [element.text for element in css(driver, selector)]


def row_path(url, table="articles"):
    from datasette.utils import tilde_encode

    return f"/{table}/{tilde_encode(url)}"


def test_the_articles_table_reads_and_links_to_articles(page):
    driver = page("/articles")
    headers = texts(driver, ".congdoan-list th")
    assert headers == ["title", "site", "published_at ▲", "category", "author", "tags"]
    titles = texts(driver, ".congdoan-list td.col-title")
    assert titles[0] == sample.HOSTILE["title"]  # newest first, shown as text
    assert "Công đoàn Ba Đình chăm lo Tết cho đoàn viên" in titles
    assert not any(sample.BA_DINH["body"][:30] in text for text in texts(driver, "td"))
    [link] = [a for a in css(driver, ".congdoan-list td.col-title a") if "Hòa giải" in a.text]
    link.click()
    assert css(driver, "article h1")[0].text == sample.HOA_GIAI["title"]


def test_an_article_reads_as_an_article(page):
    driver = page(row_path(sample.BA_DINH["url"]))
    assert texts(driver, "article h1") == [sample.BA_DINH["title"]]
    assert texts(driver, ".congdoan-lead") == [sample.BA_DINH["lead"]]
    assert texts(driver, ".congdoan-body p") == sample.BA_DINH["body"].split("\n")
    byline = texts(driver, ".congdoan-byline")[0]
    assert "Minh Hòa" in byline and "2026-01-15 09:30" in byline
    assert texts(driver, "figcaption") == [i["caption"] for i in sample.BA_DINH["images"]]
    assert texts(driver, ".congdoan-tags li") == sample.BA_DINH["tags"]
    original = [a for a in css(driver, "article a") if a.text == "Original article"]
    assert original[0].get_attribute("href") == sample.BA_DINH["url"]
    # The body column is wide enough to read: not squeezed into a column a few words wide.
    assert css(driver, ".congdoan-body")[0].size["width"] >= 500


def test_an_article_links_its_earlier_version(page):
    driver = page(row_path(sample.BA_DINH["url"]))
    [revision] = css(driver, ".congdoan-revisions a")
    assert revision.text == sample.OLD_TITLE
    revision.click()
    assert texts(driver, "article h1") == [sample.OLD_TITLE]
    assert "An earlier version of this article" in texts(driver, ".message-info")[0]


def test_the_archived_page_is_shown_as_source_never_run(page):
    driver = page(row_path(sample.BA_DINH["url"]))
    [archived] = [a for a in css(driver, "article a") if a.text == "Archived page"]
    archived.click()
    assert driver.current_url.endswith(f"/-/raw/{sha256_hex(sample.RAW_PAGE)}")
    source = texts(driver, "pre.congdoan-source")[0]
    assert "<script>document.title='chạy rồi'</script>" in source
    assert driver.title != "chạy rồi"
    driver = page(f"/-/raw/{sha256_hex(sample.RAW_PAGE)}.txt")
    assert driver.find_element("tag name", "body").text == sample.RAW_PAGE.decode()
    assert driver.title != "chạy rồi"


def test_the_hostile_article_is_only_text(page):
    driver = page(row_path(sample.HOSTILE["url"]))
    assert texts(driver, "article h1") == [sample.HOSTILE["title"]]
    assert texts(driver, ".congdoan-body p") == sample.HOSTILE["body"].split("\n")
    assert texts(driver, ".congdoan-tags li") == sample.HOSTILE["tags"]
    assert css(driver, "article img") == []  # its only image is a javascript: URL
    assert texts(driver, "figcaption") == ["<em>chú thích</em>"]


def test_the_dashboard_shows_months_sites_and_crawl_health(page):
    driver = page("/-/dashboard")
    labels = texts(driver, ".congdoan-chart-label")
    assert labels == ["12/2025", "01/2026", "02/2026", "03/2026"]
    assert texts(driver, ".congdoan-chart-count") == ["1", "1", "2", "1"]
    bars = [bar.size["height"] for bar in css(driver, ".congdoan-chart-bar")]
    assert bars[2] > bars[0] > 0  # February, with two articles, stands out
    sites = texts(driver, ".congdoan-health th[scope=row]")
    assert sorted(sites) == sorted(site["name"] for site in sample.SITES)
    assert all(
        text.startswith("ok") for text in texts(driver, ".congdoan-health td:nth-of-type(1)")
    )


def test_the_menu_leads_to_search_and_dashboard(page, base):
    driver = page("")
    # The menu is closed: its links have no visible text, only textContent.
    links = {
        a.get_attribute("textContent"): a.get_attribute("href") for a in css(driver, ".nav-menu a")
    }
    assert links["Dashboard"] == f"{base}/-/dashboard"
    assert links["Search articles"] == f"{base}/-/search"


def search(page, query, **filters):
    """Type `query` into the search page's box (and choose `filters`), press Enter; the
    result titles, best first, and the driver."""
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import Select

    driver = page("/-/search")
    for name, value in filters.items():
        [field] = css(driver, f"[name={name}]")
        if field.tag_name == "select":
            Select(field).select_by_value(value)
        else:
            field.send_keys(value)
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    box = css(driver, "input[name=q]")[0]
    box.send_keys(query, Keys.ENTER)
    # Wait for the results page: Enter only starts the navigation, and reading at once found the
    # search form still there (no hits) once, on a loaded machine.
    WebDriverWait(driver, 20).until(
        expected_conditions.presence_of_element_located((By.CSS_SELECTOR, ".congdoan-summary"))
    )
    return texts(driver, ".congdoan-hit h2"), driver


@pytest.mark.parametrize(
    "query, expected",
    [
        ("công đoàn", [sample.BA_DINH]),
        ("cong doan", [sample.BA_DINH]),
        ("hòa", [sample.HOA_GIAI]),
        ("ldld", [sample.BA_DINH]),
        ("LĐLĐ", [sample.BA_DINH]),
    ],
)
def test_search_accented_unaccented_and_abbreviated(page, query, expected):
    titles, driver = search(page, query)
    assert titles == [article["title"] for article in expected]
    assert css(driver, "input[name=q]")[0].get_attribute("value") == query


def test_search_marks_the_words_found_without_diacritics(page):
    titles, driver = search(page, "doan vien")
    assert sample.BA_DINH["title"] in titles
    marks = {word.lower() for text in texts(driver, ".congdoan-hit mark") for word in text.split()}
    assert {"đoàn", "viên"} <= marks


@pytest.mark.parametrize("query", ['"', "*", "NOT OR (", "<script>alert(1)</script>"])
def test_hostile_queries_give_a_page_not_an_error(page, query):
    titles, driver = search(page, query)
    assert texts(driver, "h1") == ["Search articles"]
    assert css(driver, "input[name=q]")[0].get_attribute("value") == query


def test_search_facets_and_filters(page):
    titles, driver = search(page, "lao động")
    assert len(titles) == 3
    [nld] = [a for a in css(driver, "[data-facet=site] a") if a.text == "Người Lao Động"]
    nld.click()
    assert sorted(texts(driver, ".congdoan-hit h2")) == sorted(
        [sample.HOA_GIAI["title"], sample.HOA_CHAT["title"]]
    )
    [february] = [a for a in css(driver, "[data-facet=month] a") if a.text == "02/2026"]
    february.click()
    assert "since=2026-02-01" in driver.current_url
    titles, driver = search(page, "lao động", site="laodong_vn")
    assert titles == [sample.BA_DINH["title"]]


def test_a_result_opens_the_reading_view(page):
    titles, driver = search(page, "Ba Đình")
    assert titles[0] == sample.BA_DINH["title"]
    css(driver, ".congdoan-hit h2 a")[0].click()
    assert texts(driver, "article h1") == [sample.BA_DINH["title"]]
