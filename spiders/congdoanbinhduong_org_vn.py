"""Công đoàn Bình Dương (congdoanbinhduong.org.vn), portal of the Bình Dương federation."""

from crawler.families import portal_site
from crawler.portal import PortalSpider

# Facts (research/sites.md §6, public code 2024–25): the host, linked as http://, and the path
# /lien-doan-lao-dong-binh-duong an app opens on it. No page of the site was ever saved: every
# selector is a GUESS. Articles are read by the PORTAL family ("Ngày đăng:" dateline, the text
# up to "Chia sẻ trên" / "Xem nhiều nhất" / "Các tin khác"); listings by the portal conventions
# of crawler/families.py, else by the generic listing rules (crawler/portal.py). Check with
# `congdoan check-live congdoanbinhduong_org_vn`.
# Bình Dương province joined Hồ Chí Minh City on 1 July 2025 (baobinhduong.vn notice): the
# portal may have stopped publishing then; its archive is still the federation's record.
SITE = portal_site(
    slug="congdoanbinhduong_org_vn",
    name="Công đoàn Bình Dương",
    organisation="Liên đoàn Lao động tỉnh Bình Dương (Bình Dương Provincial Federation of Labour)",
    base_url="http://congdoanbinhduong.org.vn",
    description="Portal of the Bình Dương provincial federation of labour: union activity in "
    "one of the largest industrial provinces (until its 2025 merger into Hồ Chí Minh City).",
    # The one path seen, then (GUESS) the home page's latest news, which every portal has.
    # The first is the one `congdoan check-live` reads, listing and next page.
    start_paths=("/lien-doan-lao-dong-binh-duong", "/"),
)


class CongdoanbinhduongOrgVnSpider(PortalSpider):
    name = SITE.slug
    site = SITE
