"""A small archive for the Datasette tests (test_serve, test_browser): real Vietnamese wording,
look-alike words for search, a hostile article, a revision, raw pages and crawl runs."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from storage import Archive

BASE = "https://laodong.example.vn"
SITES = [
    {"slug": "laodong_vn", "name": "Báo Lao Động", "base_url": "https://laodong.vn"},
    {"slug": "nld_com_vn", "name": "Người Lao Động", "base_url": "https://nld.com.vn"},
    {"slug": "congdoan_vn", "name": "Công đoàn Việt Nam", "base_url": "https://congdoan.vn"},
]


def article(slug: str, **fields) -> dict:
    return {"url": f"{BASE}/{slug}.ldo", "language": "vi", "site": "laodong_vn", **fields}


BA_DINH = article(
    "cong-doan-ba-dinh-cham-lo-tet",
    title="Công đoàn Ba Đình chăm lo Tết cho đoàn viên",
    lead="Liên đoàn Lao động quận Ba Đình trao 500 suất quà cho đoàn viên khó khăn.",
    body="Sáng 15/1, LĐLĐ quận Ba Đình tổ chức chương trình Tết Sum vầy.\n"
    "Mỗi suất quà trị giá 1 triệu đồng, dành cho người lao động có hoàn cảnh khó khăn.\n"
    "Chủ tịch công đoàn cơ sở phát biểu tại buổi lễ.",
    author="Minh Hòa",
    published_at="2026-01-15T09:30:00+07:00",
    category="Công đoàn",
    tags=["Tết Sum vầy", "Ba Đình"],
    images=[
        {"url": "https://laodong.vn/anh/tet.jpg", "caption": "Trao quà Tết cho đoàn viên."},
        {"url": "https://laodong.vn/anh/le.jpg", "caption": "Quang cảnh buổi lễ."},
    ],
)
HOA_GIAI = article(
    "hoa-giai-tranh-chap-lao-dong",
    site="nld_com_vn",
    title="Hòa giải viên lao động giúp doanh nghiệp giữ chân công nhân",
    lead="Nhiều vụ tranh chấp được hoà giải thành ngay tại cơ sở.",
    body="Hòa giải viên lao động đã giải quyết 30 vụ việc trong năm.\n"
    "Người lao động đánh giá cao sự hỗ trợ của CĐCS.",
    author="Thu Trang",
    published_at="2026-02-03T14:00:00+07:00",
    category="Việc làm",
    tags=["Hòa giải"],
)
HOA_CHAT = article(
    "hoa-chat-noi-lam-viec",
    site="nld_com_vn",
    title="Cảnh báo hóa chất độc hại tại nơi làm việc",
    lead="Công nhân tiếp xúc hóa chất cần được trang bị bảo hộ.",
    body="Nhiều doanh nghiệp chưa kiểm tra nồng độ hóa chất trong nhà xưởng.\n"
    "Thanh tra lao động yêu cầu khắc phục trong 30 ngày.",
    author="Quang Huy",
    published_at="2026-02-20T08:00:00+07:00",
    category="An toàn lao động",
)
GIA_DINH = article(
    "ba-nam-gia-dinh-cong-nhan",
    site="congdoan_vn",
    title="Ba năm xây dựng mái ấm cho gia đình công nhân",
    lead="Chương trình nhà ở xã hội đã trao 120 căn hộ.",
    body="Sau ba năm, chương trình đã giúp nhiều gia đình công nhân có chỗ ở ổn định.\n"
    "Đình công không xảy ra tại các doanh nghiệp tham gia.",
    author="Hà Anh",
    published_at="2025-12-10T10:00:00+07:00",
    category="Đời sống",
)
HOSTILE = article(
    "bai-viet-doc-hai",
    site="congdoan_vn",
    title='<script>alert("tiêu đề")</script> Đoàn viên & "ngoặc kép"',
    lead="<b>Sa-pô</b> có thẻ HTML",
    body="Đoạn một <img src=x onerror=alert(1)> về đoàn viên.\n"
    "Đoạn hai </p><script>alert('thân bài')</script>",
    author="<i>Tác giả</i>",
    published_at="2026-03-05T07:00:00+07:00",
    category="<u>Chuyên mục</u>",
    tags=["<b>thẻ</b>", "an toàn"],
    images=[{"url": "javascript:alert(1)", "caption": "<em>chú thích</em>"}],
)
ARTICLES = [BA_DINH, HOA_GIAI, HOA_CHAT, GIA_DINH, HOSTILE]
# The title BA_DINH had before its revision.
OLD_TITLE = "Công đoàn quận Ba Đình trao quà Tết"
RAW_PAGE = (
    "<html><head><meta charset='utf-8'><title>Công đoàn Ba Đình</title></head><body>"
    "<h1>Công đoàn Ba Đình chăm lo Tết</h1><script>document.title='chạy rồi'</script>"
    "</body></html>"
).encode()

# Health figures of a clean run.
CLEAN_RUN = {
    "fetched": 5,
    "new": 2,
    "unchanged": 3,
    "extracted": 5,
    "title_share": 1.0,
    "time_share": 1.0,
    "author_share": 0.8,
    "lead_share": 1.0,
    "median_body_chars": 1500,
    "leaked_markers": 0,
    "layouts": {"laodong-2026": 5},
}


def build(path: Path) -> Path:
    """Write the archive at `path` (any file name): sites, articles, one revision, a raw page
    behind BA_DINH, and three days of crawl runs per site."""
    now = datetime.now(UTC).replace(microsecond=0)
    with Archive(path) as archive:
        archive.upsert_sites(SITES)
        page = {
            "url": BA_DINH["url"],
            "requested_url": BA_DINH["url"],
            "fetched_at": (now - timedelta(days=2)).isoformat(),
            "status": 200,
            "headers": {"Content-Type": "text/html; charset=utf-8"},
            "body": RAW_PAGE,
            "site": "laodong_vn",
        }
        first_seen = (now - timedelta(days=3)).isoformat()
        archive.save_article({**BA_DINH, "title": OLD_TITLE}, None, first_seen)
        archive.save_article(BA_DINH, page, page["fetched_at"])
        for item in ARTICLES[1:]:
            archive.save_article(item, None, first_seen)
        for site in SITES:
            for back in (3, 2, 1):
                started = now - timedelta(days=back, hours=1)
                crawl_id = archive.start_crawl(site["slug"], started.isoformat())
                finished = (started + timedelta(minutes=5)).isoformat()
                archive.finish_crawl(crawl_id, CLEAN_RUN, finished)
    return path
