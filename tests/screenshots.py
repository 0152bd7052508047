"""Screenshots of the Datasette pages for the README: `python -m tests.screenshots [DB [OUT]]`.

Serves DB (an archive, by default data/demo.db, which `make demo` makes) with `datasette serve`
on 127.0.0.1 and saves the search page, the articles table, an article's reading view, an
archived page, the dashboard and the union statistics as PNG files in OUT (default docs/), with
headless Chromium (tests/browser.py).
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path
from urllib.parse import quote

from datasette.utils import tilde_encode

from tests import browser

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DB = Path("data/demo.db")


def reading_article(db_path: Path) -> tuple[str, str | None]:
    """The url and page sha256 of the article that shows most of the reading view: images,
    tags, a lead, then the longest body."""
    with sqlite3.connect(db_path) as conn:
        url, sha256 = conn.execute(
            "select url, page_sha256 from articles order by images != '[]' desc, "
            "tags != '[]' desc, lead is not null desc, length(body) desc limit 1"
        ).fetchone()
    conn.close()
    return url, sha256


def pages(db_path: Path) -> dict[str, str]:
    """Each screenshot's file name and the path it shows, under the database's."""
    url, sha256 = reading_article(db_path)
    shots = {
        "search.png": "/-/search?q=" + quote("cong doan"),
        "articles.png": "/articles",
        "article.png": "/articles/" + tilde_encode(url),
        "dashboard.png": "/-/dashboard",
        "unionstats.png": "/-/unionstats",
    }
    if sha256:
        shots["raw-page.png"] = f"/-/raw/{sha256}"
    return shots


def scroll_to_rows(driver) -> None:
    """The articles table: scroll past the filters and facets to the rows."""
    driver.execute_script(
        "const t = document.querySelector('.table-wrapper');"
        "if (t) window.scrollTo(0, t.getBoundingClientRect().top + window.scrollY - 100);"
    )


def main(argv: list[str]) -> int:
    if len(argv) > 2 or any(arg.startswith("-") for arg in argv):
        print(__doc__, file=sys.stderr)
        return 2
    db_path = Path(argv[0]) if argv else DEFAULT_DB
    if not db_path.is_file():
        print(
            f"screenshots: no archive at {db_path} (make demo writes data/demo.db)", file=sys.stderr
        )
        return 2
    out = Path(argv[1]) if len(argv) > 1 else ROOT / "docs"
    why_not = browser.missing()
    if why_not:
        print(f"screenshots: {why_not}", file=sys.stderr)
        return 1
    out.mkdir(parents=True, exist_ok=True)
    with browser.datasette(db_path) as base, browser.browser() as driver:
        for name, path in pages(db_path).items():
            driver.get(f"{base}/{db_path.stem}{path}")
            if name == "articles.png":
                scroll_to_rows(driver)
            driver.save_screenshot(str(out / name))
            print(out / name)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
