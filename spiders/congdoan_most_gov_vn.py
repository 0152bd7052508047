"""Công đoàn Bộ Khoa học và Công nghệ (congdoan.most.gov.vn), union of the Ministry of Science
and Technology, on a SharePoint portal."""

from crawler.families import PORTAL_LISTING_LINKS, portal_site
from crawler.portal import PortalSpider

# Facts (research/sites.md §6, archived page text): SharePoint, article URLs
# /congdoan/Pages/ChiTietTin.aspx?IDNews=<n>&groupID=1, and articles reprinted from Báo Lao Động
# end with "Nguồn: Báo Lao Động". No page of the site was ever saved: every selector is a GUESS.
# Articles are read by the PORTAL family ("Ngày đăng:" dateline); when the portal writes its
# date otherwise, the generic path reads them and each record warns "no layout … matched".
# Check with `congdoan check-live congdoan_most_gov_vn`.

# SharePoint matches URLs without regard to case; the same IDNews may come with other
# parameters around it (groupID is the news group).
ARTICLE_URL = r"(?i)/Pages/ChiTietTin\.aspx\?(?:[^#]*&)?IDNews=\d+"
# Any link to an article page, when the portal conventions find no news list: on a SharePoint
# page the news list is a web part whose class names are the theme's.
_ARTICLE_LINKS = (
    "//a[contains(translate(@href, 'CHITEN', 'chiten'), 'chitiettin.aspx')]"
    "[contains(translate(@href, 'IDNEWS', 'idnews'), 'idnews=')]/@href"
)

SITE = portal_site(
    slug="congdoan_most_gov_vn",
    name="Công đoàn Bộ Khoa học và Công nghệ",
    organisation="Công đoàn Bộ Khoa học và Công nghệ (union of the Ministry of Science and "
    "Technology)",
    base_url="https://congdoan.most.gov.vn",
    description="Portal of the Ministry of Science and Technology's union, a sector union of "
    "the Vietnam General Confederation of Labour; reprints Báo Lao Động.",
    # GUESS: a news list page for the group the article URLs name (groupID=1), the one
    # `congdoan check-live` reads, then a SharePoint publishing site's welcome page.
    start_paths=("/congdoan/Pages/DanhSachTin.aspx?groupID=1", "/congdoan/Pages/default.aspx"),
    article_url=ARTICLE_URL,
    listing_links=(*PORTAL_LISTING_LINKS, _ARTICLE_LINKS),
)


class CongdoanMostGovVnSpider(PortalSpider):
    name = SITE.slug
    site = SITE
