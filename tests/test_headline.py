"""What is read near the headline: the headline whatever its tag, its dateline, sa-pô, byline,
breadcrumb and section label. Small hand-written pages, one rule each; real pages at the end."""

from pathlib import Path

import pytest

from crawler.extraction import extract_article
from crawler.extraction.dom import parse_html, text_of
from crawler.extraction.headline import (
    breadcrumb_category,
    byline_near,
    dateline,
    find_headline,
    headline_part,
    headline_text,
    lead_near,
    section_label,
    title_variants,
)

HEADLINE = "Công đoàn trao 120 suất học bổng cho con đoàn viên"
SITE = "Liên đoàn Lao động tỉnh Bình Dương"
SAPO = (
    "Sáng 4/8, Công đoàn Công ty Cổ phần Dệt may Phú An tổ chức lễ trao học bổng "
    "“Tiếp sức đến trường” năm học 2024-2025 cho con đoàn viên có hoàn cảnh khó khăn."
)
PARAGRAPH = (
    "Tổng giá trị học bổng hơn 180 triệu đồng; mỗi suất gồm 1 triệu đồng tiền mặt cùng cặp "
    "sách, sách vở và đồ dùng học tập. Chương trình được duy trì liên tục 10 năm qua."
)
URL = "https://congdoan.example.vn/trao-hoc-bong-cho-con-doan-vien.html"


def page(body: str, title: str | None = HEADLINE, head: str = "") -> str:
    title_tag = f"<title>{title}</title>" if title else ""
    return f"<html><head>{title_tag}{head}</head><body>{body}</body></html>"


def tree_of(body: str, title: str | None = HEADLINE, head: str = ""):
    return parse_html(page(body, title, head))


def headline_of(body: str, title: str | None = HEADLINE, head: str = ""):
    tree = tree_of(body, title, head)
    return tree, find_headline(tree, title)


# -- the headline ----------------------------------------------------------------------------


def test_title_variants_drop_section_and_site_suffixes():
    title = "Thanh tra vụ chặt cây xanh Hà Nội - Chính trị - Xã hội - Tuổi Trẻ Online"
    assert title_variants(title) == [
        title,
        "Thanh tra vụ chặt cây xanh Hà Nội - Chính trị - Xã hội",
        "Thanh tra vụ chặt cây xanh Hà Nội - Chính trị",
        "Thanh tra vụ chặt cây xanh Hà Nội",
    ]
    assert headline_part(f"{SITE} | {HEADLINE}") == HEADLINE


def test_the_h1_that_agrees_with_the_title_beats_a_logo_h1():
    tree, head = headline_of(
        f"<h1><a href='/'>{SITE}</a></h1><h1 class='news-title'>{HEADLINE}</h1>",
        title=f"{HEADLINE} - {SITE}",
    )
    assert head.get("class") == "news-title"


def test_a_headline_in_an_h2_beats_the_site_name_in_the_only_h1():
    # Issue 6: "a portal whose headline is an h2"; the logo h1 names the site.
    _, head = headline_of(
        f"<h1>{SITE}</h1><div class='main'><h2 class='tieu-de'>{HEADLINE}</h2>"
        f"<p>{PARAGRAPH}</p></div>",
        title=f"{HEADLINE} - {SITE}",
    )
    assert head.tag == "h2" and text_of(head) == HEADLINE


@pytest.mark.parametrize("tag", ["div class='tieude'", "p class='article-title'", "h3"])
def test_a_title_class_or_h3_carries_the_headline_when_there_is_no_h1(tag):
    name = tag.split()[0]
    _, head = headline_of(
        f"<div class='sidebar'><h3>Tin mới nhất</h3></div><{tag}>{HEADLINE}</{name}>"
        f"<p>{PARAGRAPH}</p>"
    )
    assert head is not None and text_of(head) == HEADLINE


def test_a_title_class_element_must_say_most_of_the_title():
    # A sidebar heading that is a word of the title is no headline.
    _, head = headline_of(f"<h2 class='box-title'>Công đoàn</h2><p>{PARAGRAPH}</p>")
    assert head is None


def test_an_element_whose_text_is_the_title_and_not_the_breadcrumb():
    tree, head = headline_of(
        f"<div class='breadcrumbs'><a href='/'>Trang chủ</a> › <span>{HEADLINE}</span></div>"
        f"<div class='content'><strong>{HEADLINE}</strong><p>{PARAGRAPH}</p></div>",
        head=f"<meta property='og:title' content='{HEADLINE}'>",
    )
    assert head.tag == "strong"


def test_a_lone_h1_stays_the_headline_when_og_title_is_a_rewrite():
    # nld.com.vn: og:title "... quy định thuế mới", the h1 "... quy định mới về thuế".
    h1 = "Những sai sót hộ kinh doanh thường gặp khi thực hiện quy định mới về thuế"
    tree, head = headline_of(
        f"<h1 class='detail-title'>{h1}</h1><p>{PARAGRAPH}</p>",
        title="Những sai sót hộ kinh doanh thường gặp khi thực hiện quy định thuế mới",
    )
    assert text_of(head) == h1


def test_a_lone_h1_that_names_the_site_is_no_headline():
    tree, head = headline_of(
        f"<h1>{SITE}</h1><p>{PARAGRAPH}</p>",
        title=f"Trang tin - {SITE}",
        head=f"<meta property='og:site_name' content='{SITE}'>",
    )
    assert head is None
    assert headline_text(tree, f"Trao học bổng cho con đoàn viên - {SITE}") == (
        "Trao học bổng cho con đoàn viên"
    )


# -- the dateline ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("dateline_html", "expected"),
    [
        (
            "<div class='meta'>Nguyên Minh - 07/03/2026 08:47</div>",
            ("07/03/2026 08:47", "2026-03-07T08:47:00+07:00"),
        ),
        (
            "<div class='entry-meta'><span>Thứ Hai, 05/08/2024 10:30 (GMT+7)</span></div>",
            ("Thứ Hai, 05/08/2024 10:30 (GMT+7)", "2024-08-05T10:30:00+07:00"),
        ),
        (
            "<div class='time'><span>09:00</span><span>10/03/2021</span></div>",
            ("09:00 | 10/03/2021", "2021-03-10T09:00:00+07:00"),
        ),
        (
            "<div class='time'><span>10/03/2021</span> <span>09:00</span></div>",
            ("10/03/2021 | 09:00", "2021-03-10T09:00:00+07:00"),
        ),
        (
            "<p class='date'>09:00 | 10/03/2021</p>",
            ("09:00 | 10/03/2021", "2021-03-10T09:00:00+07:00"),
        ),
        (
            "<span class='time'>20/01/2022 01:39 PM</span>",
            ("20/01/2022 01:39 PM", "2022-01-20T13:39:00+07:00"),
        ),
        # A date shown without a time stays a date: no time is invented.
        ("<div>Ngày đăng: 22/07/2021</div>", ("Ngày đăng: 22/07/2021", "2021-07-22")),
    ],
)
def test_the_dateline_under_the_headline(dateline_html, expected):
    _, head = headline_of(f"<h1>{HEADLINE}</h1>{dateline_html}<p>{SAPO}</p><p>{PARAGRAPH}</p>")
    assert dateline(head) == expected


def test_the_dateline_above_the_headline():
    # vnexpress.net and vneconomy.vn print the date between the breadcrumb and the h1.
    _, head = headline_of(
        "<div class='header-content'><ul class='breadcrumb'><li><a href='/thoi-su'>Thời sự</a>"
        "</li></ul><span class='date'>Chủ nhật, 13/2/2022, 16:08 (GMT+7)</span></div>"
        f"<h1 class='title-detail'>{HEADLINE}</h1><p class='description'>{SAPO}</p>"
        f"<article><p>{PARAGRAPH}</p><p>Ảnh chụp ngày 12/2/2022.</p></article>"
    )
    assert dateline(head) == ("Chủ nhật, 13/2/2022, 16:08 (GMT+7)", "2022-02-13T16:08:00+07:00")


def test_the_dateline_of_a_headline_in_an_h2():
    _, head = headline_of(
        f"<h1>{SITE}</h1><div class='main'><h2 class='title'>{HEADLINE}</h2>"
        f"<div>Cập nhật: 05/08/2024 - 10:30</div><p>{PARAGRAPH}</p></div>",
        title=f"{HEADLINE} - {SITE}",
    )
    assert dateline(head) == ("Cập nhật: 05/08/2024 - 10:30", "2024-08-05T10:30:00+07:00")


def test_a_date_in_a_sentence_is_not_the_dateline():
    _, head = headline_of(
        f"<h1>{HEADLINE}</h1><p>Liên đoàn Lao động TP HCM kiến nghị điều chỉnh lương tối thiểu"
        " vùng từ ngày 1/1/2027 để bù đắp mức trượt giá và bảo đảm đời sống người lao động.</p>"
    )
    assert dateline(head) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "<p>Sáng <b>5/8/2024</b>, Công đoàn Công ty Cổ phần Dệt may Phú An tổ chức lễ trao học"
        " bổng cho con đoàn viên có hoàn cảnh khó khăn.</p>",
        "<p>Liên đoàn Lao động tỉnh kiến nghị điều chỉnh lương tối thiểu vùng từ ngày"
        " <span class='hl'>1/1/2027</span> để bù đắp mức trượt giá.</p>",
    ],
)
def test_a_date_marked_up_inside_a_sentence_is_not_the_dateline(sentence):
    _, head = headline_of(f"<h1>{HEADLINE}</h1>{sentence}<p>{PARAGRAPH}</p>")
    assert dateline(head) is None
    _, head = headline_of(f"<div>{sentence}</div><h1>{HEADLINE}</h1><p>{PARAGRAPH}</p>")
    assert dateline(head) is None


def test_short_lines_after_the_body_began_are_not_the_dateline():
    # A caption or a "Tin khác" item with its date, below the sa-pô and the first paragraph.
    _, head = headline_of(
        f"<h1>{HEADLINE}</h1><p class='sapo'>{SAPO}</p><p>{PARAGRAPH}</p>"
        "<p>Ảnh: Hà Anh, 04/08/2024</p><ul><li><a href='/a.html'>Tin khác</a> 23/01/2025 20:53</li>"
        "</ul>"
    )
    assert dateline(head) is None


def test_a_clock_in_the_site_header_is_not_the_dateline():
    # vietnamnet.vn prints the current time in its header, far above the article.
    _, head = headline_of(
        "<header><p class='time-zone'>17/12/2020 09:32:25 (GMT +7)</p></header>"
        f"<div class='detail'><div class='social'><a href='#'>Chia sẻ</a></div>"
        f"<div class='article'><h1>{HEADLINE}</h1><p>{SAPO}</p><p>{PARAGRAPH}</p></div></div>"
    )
    assert dateline(head) is None


def test_the_nearer_dateline_wins():
    _, head = headline_of(
        "<div class='top'><span class='date'>08:12 21/01/2022</span></div>"
        f"<h1>{HEADLINE}</h1><div>Chia sẻ</div><div>Bình luận</div><div>Lượt xem: 5</div>"
        "<div>In bài</div><div>Cỡ chữ</div><div>Cập nhật: 22/01/2022 09:00</div>"
    )
    assert dateline(head) == ("08:12 21/01/2022", "2022-01-21T08:12:00+07:00")


def test_no_headline_no_dateline():
    assert dateline(None) is None


@pytest.mark.parametrize(
    ("meta_date", "expected"),
    [
        # Meta gives the day only; the page shows the time of that day: the page's time.
        ("2024-08-05", "2024-08-05T10:30:00+07:00"),
        # Meta gives another day: meta wins, and no time is borrowed from another day.
        ("2024-08-04", "2024-08-04"),
        # Meta gives a time: meta wins.
        ("2024-08-05T10:31:12+07:00", "2024-08-05T10:31:12+07:00"),
    ],
)
def test_a_meta_date_without_time_takes_the_time_the_page_shows(meta_date, expected):
    html = page(
        f"<h1>{HEADLINE}</h1><div class='date'>Thứ Hai, 05/08/2024 10:30</div>"
        f"<div class='content'><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></div>",
        head=f"<meta property='article:published_time' content='{meta_date}'>",
    )
    assert extract_article(html, URL)["published_at"] == expected


# -- the sa-pô ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sapo_html",
    [
        f"<h2 class='detail-sapo'>{SAPO}</h2>",
        f"<div class='chapeau'>{SAPO}</div>",
        f"<div class='chappeau'><p>{SAPO}</p></div>",
        f"<div class='bold ArticleLead'><p>{SAPO}</p></div>",
        f"<p class='the-article-summary'>{SAPO}</p>",
        f"<p class='description'>{SAPO}</p>",
        f"<div class='e-magazine__sapo sapo-top'>{SAPO}</div>",
    ],
)
def test_the_sapo_next_to_the_headline(sapo_html):
    _, head = headline_of(
        f"<article><h1>{HEADLINE}</h1><div class='meta'>05/08/2024 10:30</div>{sapo_html}"
        f"<div class='content'><p>{PARAGRAPH}</p></div></article>"
    )
    assert lead_near(head) == SAPO


def test_the_sapo_class_rule_is_by_whole_word_for_common_words():
    # "leader" and "lead-title" are not sa-pô classes; "sapo" matches inside a token.
    _, head = headline_of(
        f"<article><div class='lead-title'><h1>{HEADLINE}</h1></div>"
        f"<div class='leader-board'>Bảng xếp hạng các công đoàn cơ sở tiêu biểu năm nay</div>"
        f"<div class='newsapo'>{SAPO}</div><p>{PARAGRAPH}</p></article>"
    )
    assert lead_near(head) == SAPO


def test_a_caption_with_desc_in_its_class_is_no_sapo():
    _, head = headline_of(
        f"<article><h1>{HEADLINE}</h1><table><tr><td class='image_desc'>Đại diện Công đoàn"
        f" trao học bổng cho các em học sinh. Ảnh: H.A</td></tr></table>"
        f"<p>{PARAGRAPH}</p></article>"
    )
    assert lead_near(head) is None


@pytest.mark.parametrize(
    "teaser_html",
    [
        # A related list between the headline and the body.
        f"<ul class='related'><li><a href='/b.html'>Hội nghị người lao động giữa năm 2024</a>"
        f"<p class='sapo'>{SAPO}</p></li></ul>",
        # A teaser inside a link.
        f"<a href='/b.html'><div class='sapo'>{SAPO}</div></a>",
        # A teaser item: the other article's headline link, then its sa-pô.
        f"<div class='item'><h3><a href='/b.html'>Hội nghị người lao động giữa năm 2024</a>"
        f"</h3><div class='sapo'>{SAPO}</div></div>",
    ],
)
def test_another_articles_teaser_is_no_sapo(teaser_html):
    _, head = headline_of(
        f"<article><h1>{HEADLINE}</h1>{teaser_html}<div class='content'><p>{PARAGRAPH}</p>"
        "</div></article>"
    )
    assert lead_near(head) is None


def test_a_sapo_class_after_the_body_began_is_no_sapo():
    _, head = headline_of(
        f"<article><h1>{HEADLINE}</h1><p>{PARAGRAPH}</p><div class='box'>"
        f"<div class='sapo'>{SAPO}</div></div></article>"
    )
    assert lead_near(head) is None


def test_the_meta_description_comes_before_the_page_sapo():
    description = "Công đoàn Công ty trao học bổng “Tiếp sức đến trường” cho con đoàn viên."
    html = page(
        f"<article><h1>{HEADLINE}</h1><h2 class='sapo'>{SAPO}</h2>"
        f"<div class='content'><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></div></article>",
        head=f"<meta name='description' content='{description}'>",
    )
    assert extract_article(html, URL)["lead"] == description
    without = page(
        f"<article><h1>{HEADLINE}</h1><h2 class='sapo'>{SAPO}</h2>"
        f"<div class='content'><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></div></article>"
    )
    record = extract_article(without, URL)
    assert record["lead"] == SAPO and SAPO not in record["body"]


# -- the byline --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("byline_html", "where", "author"),
    [
        ("<div class='detail-author'><p class='name'>Minh Chiến</p></div>", "top", "Minh Chiến"),
        ("<div class='detail__author'><strong>Bình Minh -</strong></div>", "top", "Bình Minh"),
        ("<span class='tac-gia'>Tác giả: Hoàng Lan</span>", "top", "Hoàng Lan"),
        (
            "<div class='meta'>Nguyên Minh - 07/03/2026 08:47</div><span class='byline'>"
            "<a rel='author' href='/tac-gia/nguyen-minh'>Nguyên Minh</a></span>",
            "top",
            "Nguyên Minh",
        ),
        ("<span itemprop='author'>Quỳnh Trang</span>", "top", "Quỳnh Trang"),
        ("<p class='author'>Minh Hoàng</p>", "end", "Minh Hoàng"),
        (
            "<div class='editor'><a href='/tac-gia/do-trung'>Đỗ Trung</a> • 07:12 ngày 24/03/2024"
            "</div>",
            "end",
            "Đỗ Trung",
        ),
        ("<p class='author'>Bảo Hân 29/01/2026 15:59 (GMT+7)</p>", "end", "Bảo Hân"),
        (
            "<div class='author'><a href='/tac-gia/a'>Hà Anh</a> - <a href='/tac-gia/b'>Minh "
            "Phương</a></div>",
            "end",
            "Hà Anh, Minh Phương",
        ),
    ],
)
def test_the_byline(byline_html, where, author):
    top, end = (byline_html, "") if where == "top" else ("", byline_html)
    _, head = headline_of(
        f"<article><h1>{HEADLINE}</h1>{top}<div class='content'><p>{PARAGRAPH}</p></div>"
        f"{end}</article>"
    )
    assert byline_near(head) == author


@pytest.mark.parametrize(
    "byline_html",
    [
        # WordPress names the uploading account, not the writer.
        "<span class='byline'> Đăng bởi <span class='author vcard'><a class='url fn n' "
        "href='/author/bantuyengiao/'>Ban Tuyên giáo</a></span></span>",
        # Comment authors and the author menu entry.
        "<div class='comment-list'><div class='comment-author'>Nguyễn Văn An</div></div>",
        "<ul class='menu'><li class='tac-gia'><a href='/tac-gia.html'>Tác giả</a></li>"
        "<li><a href='/video'>Video</a></li></ul>",
        # Other articles' bylines in a related list.
        "<ul><li><a href='/b.html'>Hội nghị người lao động</a><span class='author'>Thu Hà</span>"
        "</li><li><a href='/c.html'>Giải bóng đá công nhân</a><span class='author'>Lan Anh</span>"
        "</li></ul>",
        # A teaser box of another article with its byline, not in a list.
        "<div class='box'><div class='item'><a href='/b.html'><h3>Hội nghị người lao động giữa"
        " năm 2024</h3></a><span class='author'>Thu Hà</span></div></div>",
        # An attribution is the source, not the author.
        "<p class='author'>Theo Báo Lao Động</p>",
    ],
)
def test_what_is_no_byline(byline_html):
    _, head = headline_of(
        f"<article><h1>{HEADLINE}</h1><div class='content'><p>{PARAGRAPH}</p></div>"
        f"{byline_html}</article>"
    )
    assert byline_near(head) is None


def test_the_byline_markup_is_the_author_when_the_metadata_has_none():
    html = page(
        f"<article><h1>{HEADLINE}</h1><div class='detail-author'><p class='name'>Minh Chiến</p>"
        f"</div><div class='content'><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></div></article>"
    )
    assert extract_article(html, URL)["author"] == "Minh Chiến"


# -- breadcrumb and section label ------------------------------------------------------------


@pytest.mark.parametrize(
    ("trail", "category"),
    [
        # The first crumb is home: by its text, its root link, its icon, its class.
        (
            "<div class='breadcrumb'><a href='/'>Trang chủ</a> » <a href='/tin-tuc.html'>Tin tức"
            "</a> » <a href='/tin-tuc/cong-doan.html'>Hoạt động Công đoàn</a></div>",
            "Hoạt động Công đoàn",
        ),
        (
            "<div class='chain breadcrumbs'><a class='ico home' href='/'></a> » "
            "<a href='/the-gioi'>Thế giới</a> » <a href='/giao-huu'>Giao hữu</a></div>",
            "Giao hữu",
        ),
        (
            "<ul class='breadcrumb'><li><a href='https://tuoitre.vn'>Tuổi Trẻ</a></li>"
            "<li><a href='/tin/chinh-tri-xa-hoi'>Chính trị - Xã hội</a></li></ul>",
            "Chính trị - Xã hội",
        ),
        # A single crumb that is not home is the category.
        (
            "<ul class='breadcrumb'><li class='active'><a href='/tin/chinh-tri-xa-hoi'>Chính trị - "
            "Xã hội</a></li></ul>",
            "Chính trị - Xã hội",
        ),
        # The trail may end with the article itself.
        (
            f"<nav aria-label='breadcrumb'><a href='/'>Trang chủ</a><a href='/cong-doan'>Công đoàn"
            f"</a><a href='/bai-viet.html'>{HEADLINE}</a></nav>",
            "Công đoàn",
        ),
        (
            "<ol itemscope itemtype='https://schema.org/BreadcrumbList'><li><a href='/'>Home</a>"
            "</li><li><a href='/viec-lam'>Việc làm</a></li></ol>",
            "Việc làm",
        ),
        # Sibling sections in a drop-down are not the trail.
        (
            "<div class='breadcrumbs'><a href='/'>Trang chủ</a><h1 class='category-main'>"
            "<a href='/chung-khoan.htm'>Chứng khoán</a></h1><div class='category-sub'>"
            "<a href='/thi-truong.htm'>Thị trường</a><a href='/quoc-te.htm'>Quốc tế</a>"
            "</div></div>",
            "Chứng khoán",
        ),
        # A homegrown portal names its trail in Vietnamese: "đường dẫn".
        (
            "<div class='duongdan'><a href='/'>Trang chủ</a> » <a href='/tin-tuc.aspx'>Tin tức"
            " - Sự kiện</a> » <a href='/tin-tuc/nu-cong.aspx'>Nữ công</a></div>",
            "Nữ công",
        ),
        # Only home: no category.
        ("<div class='breadcrumb'><a href='/'>Trang chủ</a></div>", None),
    ],
)
def test_the_breadcrumb_category(trail, category):
    tree = tree_of(f"{trail}<h1>{HEADLINE}</h1><p>{PARAGRAPH}</p>")
    assert breadcrumb_category(tree, HEADLINE) == category


@pytest.mark.parametrize(
    ("before", "after", "label"),
    [
        (
            "<p class='the-article-category'><a href='/cong-nghe.html'>Công nghệ</a></p>",
            "",
            "Công nghệ",
        ),
        (
            "",
            "<div class='timeandcatdetail'><span class='time'>20/01/2022 01:39 PM</span>"
            "<span class='cat'><a href='/kinh-doanh.chn'>Kinh doanh</a></span></div>",
            "Kinh doanh",
        ),
        # Items of a listing are named after their section too; they link to articles.
        (
            "",
            "<div class='box-category-item'><h2 class='box-category-title-text'><a "
            "class='box-category-link-title' href='/nha-luu-tru-cong-nhan-196260410143000003.htm'"
            ">Nhà lưu trú công nhân</a></h2></div><div class='box-category'><a class='cat' "
            "href='/chuyen-xe-cong-doan-dua-cong-nhan-ve-que.htm'>Chuyến xe Công đoàn</a></div>",
            None,
        ),
        # A menu is not a label, even with category classes.
        (
            "<ul class='categories'><li class='cat-item'><a href='/x'>Thời sự</a></li>"
            "<li class='cat-item'><a href='/y'>Xã hội</a></li></ul>",
            "",
            None,
        ),
    ],
)
def test_the_section_label_by_the_headline(before, after, label):
    _, head = headline_of(
        f"<article><header>{before}<h1>{HEADLINE}</h1>{after}</header><p>{PARAGRAPH}</p></article>"
    )
    assert section_label(head) == label


def test_the_category_is_never_the_title():
    html = page(
        f"<div class='breadcrumb'><a href='/'>Trang chủ</a> › <a href='/bai.html'>{HEADLINE}</a>"
        f"</div><h1>{HEADLINE}</h1><div><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></div>"
    )
    assert extract_article(html, URL)["category"] is None


# -- real pages (read from ../shared, skipped when absent) -----------------------------------

REAL = Path(__file__).resolve().parents[2] / "shared" / "fixtures" / "real"
needs_real = pytest.mark.skipif(not REAL.is_dir(), reason="real pages not available")


def _without_metadata(name: str):
    """A real page with its <meta>, JSON-LD and time[datetime] removed: only what it shows."""
    path = REAL / name if (REAL / name).exists() else REAL / "dev" / name
    tree = parse_html(path.read_bytes())
    for el in tree.xpath("//meta|//script[@type='application/ld+json']"):
        el.getparent().remove(el)
    for el in tree.xpath("//time[@datetime]"):
        del el.attrib["datetime"]
    return tree


@needs_real
@pytest.mark.parametrize(
    ("name", "iso", "author"),
    [
        # Date above the headline.
        ("vnexpress_article_1.html", "2022-02-13T16:08:00+07:00", "Đoàn Loan"),
        ("vneconomy_article_1.html", "2022-01-21T08:12:00+07:00", "Bình Minh"),
        # 12-hour clock.
        ("cafebiz_article_1.html", "2022-01-20T13:39:00+07:00", "Bảo Bảo"),
        ("bongdaplus_article_1.html", "2024-03-24T07:12:00+07:00", "Đỗ Trung"),
        ("znews_article_1.html", "2025-02-02T05:01:00+07:00", "Minh Hoàng"),
        # Not the clock in the site header (17/12/2020 09:32:25).
        ("vietnamnet_article_1.html", "2020-12-16T23:59:00+07:00", None),
        ("nld_article.html", "2026-03-07T08:06:00+07:00", "Minh Chiến"),
        ("tuoitre_article_1.html", "2015-03-23T08:06:00+07:00", None),
    ],
)
def test_real_pages_dateline_and_byline_without_metadata(name, iso, author):
    tree = _without_metadata(name)
    head = find_headline(tree)
    assert head is not None
    assert dateline(head)[1] == iso
    assert byline_near(head) == author


@needs_real
@pytest.mark.parametrize(
    ("name", "starts"),
    [
        ("vietnamnet_article_1.html", "Ngoại trưởng Mỹ Mike Pompeo đang phải cách ly"),
        ("znews_article_1.html", "Việc Apple tiếp tục hủy bỏ dự án quan trọng"),
        ("bongdaplus_article_1.html", "Pha lập công duy nhất của Endrick"),
        ("dantri_article_2.html", "Nhà thờ trên khắp cả nước rực rỡ ánh đèn"),
        ("nld_article.html", "(NLĐO)- Không ít hộ kinh doanh"),
    ],
)
def test_real_pages_sapo_without_metadata(name, starts):
    tree = _without_metadata(name)
    assert lead_near(find_headline(tree)).startswith(starts)


@needs_real
def test_real_pages_logo_h1_is_not_the_headline():
    # dantri.com.vn wraps its logo image in an h1.header-logo before the article's h1.
    tree = parse_html((REAL / "dev" / "dantri_article_4.html").read_bytes())
    head = find_headline(tree, None)
    assert text_of(head) == "Căn hộ chung cư đi ngược làn sóng cắt lỗ"
    assert breadcrumb_category(tree, text_of(head)) == "Thị trường"
