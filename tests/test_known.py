"""Which URLs the archive already has: the read-only question a crawl asks per listing page."""

from storage import Archive
from storage.known import archived_articles
from tests.test_archive import make_article, make_page

BASE = "https://laodong.vn/cong-doan/"
SAVED = BASE + "cong-doan-trao-qua-cho-cong-nhan-1612001.ldo"
CANONICAL = BASE + "dai-hoi-cong-doan-co-so-1611002.ldo"
MOVED_FROM = BASE + "dai-hoi-cd-co-so-1611002.ldo"
REJECTED = BASE + "tin-da-go-1611003.ldo"
NEVER = BASE + "bai-chua-tai-1611004.ldo"


def filled_archive(path):
    with Archive(path) as archive:
        archive.save_article(
            make_article(url=SAVED, canonical_url=SAVED),
            make_page(requested_url=SAVED, url=SAVED),
            seen_at="2026-05-29T18:00:00+07:00",
        )
        # Fetched at one URL, redirected, and archived under its canonical URL.
        archive.save_article(
            make_article(
                url=CANONICAL,
                canonical_url=CANONICAL,
                title="Đại hội Công đoàn cơ sở",
                published_at="2026-05-20T09:00:00+07:00",
            ),
            make_page(body=b"<html>moved</html>", requested_url=MOVED_FROM, url=MOVED_FROM),
            seen_at="2026-05-29T18:00:00+07:00",
        )
        archive.save_page(make_page(body=b"404", url=REJECTED, status=404, rejected="http_404"))


def test_archived_articles_by_url_and_by_fetched_url(tmp_path):
    path = tmp_path / "archive.db"
    filled_archive(path)
    found = archived_articles(path, [SAVED, MOVED_FROM, CANONICAL, REJECTED, NEVER, SAVED])
    assert found == {
        SAVED: "2022-07-18T14:30:00+07:00",
        MOVED_FROM: "2026-05-20T09:00:00+07:00",
        CANONICAL: "2026-05-20T09:00:00+07:00",
    }


def test_many_urls_are_asked_in_chunks(tmp_path):
    path = tmp_path / "archive.db"
    filled_archive(path)
    urls = [f"{BASE}bai-{n}-{n}.ldo" for n in range(2000)] + [SAVED]
    assert set(archived_articles(path, urls)) == {SAVED}


def test_no_archive_knows_nothing(tmp_path):
    assert archived_articles(tmp_path / "none.db", [SAVED]) == {}
    assert archived_articles(tmp_path / "none.db", []) == {}
    assert not (tmp_path / "none.db").exists()  # never created by asking
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    assert archived_articles(empty, [SAVED]) == {}


def test_the_archive_is_not_written(tmp_path):
    path = tmp_path / "archive.db"
    filled_archive(path)
    before = path.read_bytes()
    archived_articles(path, [SAVED])
    assert path.read_bytes() == before
