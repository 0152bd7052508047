"""`congdoan sites`: the table, its JSON, and the README's copy of it."""

import json
from pathlib import Path

import pytest

from crawler.cli import main
from crawler.commands.common import UsageError, described_sites
from crawler.commands.sites import (
    README_END,
    README_START,
    markdown_table,
    replace_table,
    site_record,
)

README = Path(__file__).resolve().parent.parent / "README.md"


def test_readme_site_table_is_generated_from_the_site_modules():
    readme = README.read_text(encoding="utf-8")
    start, end = readme.index(README_START), readme.index(README_END) + len(README_END)
    assert readme[start:end] == markdown_table(described_sites().values()), (
        "README's site table is out of date: run `make sites-readme`"
    )


def test_every_described_site_is_a_row():
    table = markdown_table(described_sites().values())
    for slug in described_sites():
        assert f"| `{slug}` |" in table


def test_json_lists_every_field(capsys):
    assert main(["sites", "--json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert [r["slug"] for r in records] == list(described_sites())
    assert set(records[0]) == {
        "slug",
        "name",
        "host",
        "organisation",
        "layouts",
        "feeds",
        "sections",
    }


def test_dated_layouts_show_their_last_day():
    site = described_sites()["laodongthudo_vn"]
    assert "mastercms-2020 (until 2022-12-31)" in site_record(site)["layouts"]


def test_text_table_has_a_line_per_site(capsys):
    assert main(["sites"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1 + len(described_sites())


def test_replace_table_between_markers():
    document = f"intro\n{README_START}\nold\n{README_END}\nrest\n"
    assert replace_table(document, "NEW") == "intro\nNEW\nrest\n"
    with pytest.raises(UsageError):
        replace_table("no markers here", "NEW")


def test_update_readme_of_a_missing_file_is_one_line(tmp_path, capsys):
    assert main(["sites", "--update-readme", str(tmp_path / "missing.md")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "missing.md" in err
