import unicodedata
from datetime import UTC, datetime, timedelta, timezone

import pytest

from crawler.extraction.dates import find_date, parse_date, same_day_with_time


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # MasterCMS print view (laodongthudo.vn, tinbong247news mirror).
        ("14:30 | 18/07/2022", "2022-07-18T14:30:00+07:00"),
        ("08:49 | 06/08/2021", "2021-08-06T08:49:00+07:00"),
        ("15:15 | 11/10/2020", "2020-10-11T15:15:00+07:00"),
        # Weekday in front (laodongcongdoan.vn and others).
        ("Thứ Hai, 05/08/2024 10:30", "2024-08-05T10:30:00+07:00"),
        ("Chủ nhật 19/05/2024 02:00", "2024-05-19T02:00:00+07:00"),
        ("Thứ hai, 5/8/2024, 10:30 (GMT+7)", "2024-08-05T10:30:00+07:00"),
        # nld.com.vn and congdoanvietnam.vn.
        ("07/03/2026 08:06 GMT+7", "2026-03-07T08:06:00+07:00"),
        ("29/01/2026 15:59 (GMT+7)", "2026-01-29T15:59:00+07:00"),
        ("Bảo Hân (báo lao động) 29/01/2026 15:59 (GMT+7)", "2026-01-29T15:59:00+07:00"),
        # Seed 2: date only stays a date.
        ("Ngày đăng: 22/07/2021", "2021-07-22"),
        ("ngày 5 tháng 8 năm 2024", "2024-08-05"),
        ("Ngày 05 tháng 08 năm 2024", "2024-08-05"),
        ("5 tháng 8, 2024", "2024-08-05"),
        ("10:30 ngày 5 tháng 8 năm 2024", "2024-08-05T10:30:00+07:00"),
        ("05-08-2024 - 10:30 (GMT+7)", "2024-08-05T10:30:00+07:00"),
        ("Cà phê tối - 09/02/2024 07:00 TRẦN DUY PHƯƠNG", "2024-02-09T07:00:00+07:00"),
        ("Vì lợi ích đoàn viên 23/01/2025 20:53", "2025-01-23T20:53:00+07:00"),
        ("05.08.2024", "2024-08-05"),
        ("05/08/2024 10:30:15", "2024-08-05T10:30:15+07:00"),
        # Hours written with "h" or "giờ", and a period of the day.
        ("10h30 ngày 5/8/2024", "2024-08-05T10:30:00+07:00"),
        ("10 giờ 30 ngày 5/8/2024", "2024-08-05T10:30:00+07:00"),
        ("ngày 5/8/2024 lúc 10 giờ 30 phút", "2024-08-05T10:30:00+07:00"),
        ("3 giờ chiều ngày 5/8/2024", "2024-08-05T15:00:00+07:00"),
        ("ngày 5/8/2024 lúc 10 giờ đêm", "2024-08-05T22:00:00+07:00"),
        ("11 giờ trưa 5/8/2024", "2024-08-05T11:00:00+07:00"),
        ("2 huyện ngày 5/8/2024", "2024-08-05"),
        # ISO from time[datetime], meta tags, JSON-LD.
        ("2026-03-07T08:06:00+07:00", "2026-03-07T08:06:00+07:00"),
        ("2026-03-07T01:06:00Z", "2026-03-07T08:06:00+07:00"),
        ("2026-03-07T08:06:00+0700", "2026-03-07T08:06:00+07:00"),
        ("2026-03-07T08:06:00+07", "2026-03-07T08:06:00+07:00"),
        ("2026-03-06T20:06:00-05:00", "2026-03-07T08:06:00+07:00"),
        ("2026-03-07T08:06:00", "2026-03-07T08:06:00+07:00"),
        ("2026-03-07 08:06", "2026-03-07T08:06:00+07:00"),
        ("2026-03-07 08:06 GMT+7", "2026-03-07T08:06:00+07:00"),
        ("2026-03-07T08:06:00.123456+07:00", "2026-03-07T08:06:00+07:00"),
        ("2026-03-07T01:06:00.5Z", "2026-03-07T08:06:00+07:00"),
        ("2021-07-22", "2021-07-22"),
        ("  2021-07-22\n", "2021-07-22"),
        # RSS pubDate.
        ("Sat, 07 Mar 2026 08:06:00 +0700", "2026-03-07T08:06:00+07:00"),
        ("Sat, 07 Mar 2026 01:06:00 GMT", "2026-03-07T08:06:00+07:00"),
        ("Sat, 7 Mar 2026 08:06:00 +07:00", "2026-03-07T08:06:00+07:00"),
        ("Sat, 07 Mar 2026 08:06 ICT", "2026-03-07T08:06:00+07:00"),
        ("Sat, 07 Mar 2026 08:06 GMT+7", "2026-03-07T08:06:00+07:00"),
        ("Sat, 07 Mar 2026 08:06:00 +07", "2026-03-07T08:06:00+07:00"),
        ("Fri, 06 Mar 2026 20:06:00 EST", "2026-03-07T08:06:00+07:00"),
        ("Sat, 07 Mar 2026 08:06:00", "2026-03-07T08:06:00+07:00"),
        ("07 Mar 2026", "2026-03-07"),
        # The 12-hour clock of English-locale CMSs (cafebiz.vn) and Vietnamese SA/CH.
        ("20/01/2022 01:39 PM", "2022-01-20T13:39:00+07:00"),
        ("20/01/2022 11:05 AM", "2022-01-20T11:05:00+07:00"),
        ("20/01/2022 12:15 AM", "2022-01-20T00:15:00+07:00"),
        ("20/01/2022 12:15 PM", "2022-01-20T12:15:00+07:00"),
        ("20/01/2022 9:15 p.m.", "2022-01-20T21:15:00+07:00"),
        ("20/01/2022 01:39 CH", "2022-01-20T13:39:00+07:00"),
        ("20/01/2022 08:00 SA", "2022-01-20T08:00:00+07:00"),
        # A word after the time that only starts like a period is not one.
        ("20/01/2022 10:30 Chủ nhật", "2022-01-20T10:30:00+07:00"),
        # Bylines and datelines of portals.
        ("Nguyên Minh - 07/03/2026 08:47", "2026-03-07T08:47:00+07:00"),
        ("09:00 | 10/03/2021", "2021-03-10T09:00:00+07:00"),
        ("10/03/2021 | 09:00", "2021-03-10T09:00:00+07:00"),
        ("08:12 21/01/2022", "2022-01-21T08:12:00+07:00"),
        ("Chủ nhật, 13/2/2022, 16:08 (GMT+7)", "2022-02-13T16:08:00+07:00"),
        ("17/12/2020 09:32:25 (GMT +7)", "2020-12-17T09:32:25+07:00"),
        # Word months fall through to dateparser; it may not invent a time.
        ("5 tháng Tám 2024", "2024-08-05"),
        ("5 thg 8, 2024 10:30", "2024-08-05T10:30:00+07:00"),
        # Decomposed input.
        (unicodedata.normalize("NFD", "Ngày đăng: 22/07/2021"), "2021-07-22"),
        ("Ngày\u00a0đăng:\u00a022/07/2021", "2021-07-22"),
    ],
)
def test_parse_date(raw, expected):
    assert parse_date(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        None,
        "",
        "   ",
        "31/02/2024",
        "99/99/9999",
        "29/02/2023",
        "2024-13-01",
        "2024-02-30T10:00:00+07:00",
        "05/08/2024 25:00",
        "01/01/1800",
        "Sat, 07 Mar 2026 08:06:00 XYZ",
        # A month and year alone: no day is invented.
        "tháng 8/2024",
        "08/2024",
        "Thứ Hai",
        "Liên đoàn Lao động quận Ba Đình",
        "năm học 2020-2021",
        # Relative dates without a fetch time are never guessed.
        "2 giờ trước",
        "30 phút trước",
        "hôm qua",
    ],
)
def test_parse_date_none(raw):
    assert parse_date(raw) is None


NOW = datetime(2026, 3, 7, 10, 0, 30, tzinfo=timezone(timedelta(hours=7)))


@pytest.mark.parametrize(
    ("raw", "now", "expected"),
    [
        ("2 giờ trước", NOW, "2026-03-07T08:00:30+07:00"),
        ("30 phút trước", NOW, "2026-03-07T09:30:30+07:00"),
        ("45 giây trước", NOW, "2026-03-07T09:59:45+07:00"),
        ("3 tiếng trước", NOW, "2026-03-07T07:00:30+07:00"),
        ("3 ngày trước", NOW, "2026-03-04"),
        ("1 tuần trước", NOW, "2026-02-28"),
        ("hôm qua", NOW, "2026-03-06"),
        ("hôm nay", NOW, "2026-03-07"),
        ("Hôm kia", NOW, "2026-03-05"),
        ("hôm qua lúc 10:30", NOW, "2026-03-06T10:30:00+07:00"),
        ("vừa xong", NOW, "2026-03-07T10:00:30+07:00"),
        # A UTC fetch time is converted first: 20:00 UTC is already the next day in Vietnam.
        ("hôm qua", datetime(2026, 3, 6, 20, 0, tzinfo=UTC), "2026-03-06"),
        ("2 giờ trước", datetime(2026, 3, 6, 20, 0, tzinfo=UTC), "2026-03-07T01:00:00+07:00"),
        # A naive fetch time is taken as Vietnam time.
        ("2 giờ trước", datetime(2026, 3, 7, 10, 0), "2026-03-07T08:00:00+07:00"),
        # An absolute date wins over the anchor.
        ("Ngày đăng: 22/07/2021", NOW, "2021-07-22"),
        ("1 tháng trước", NOW, None),
    ],
)
def test_parse_date_relative(raw, now, expected):
    assert parse_date(raw, now=now) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Liên đoàn Lao động quận Ba Đình\n\nNgày đăng: 22/07/2021\n\n"
            "Thời gian qua, đã thành lập 8/25 Công đoàn cơ sở năm học 2020-2021.",
            ("Ngày đăng: 22/07/2021", "2021-07-22"),
        ),
        (
            "Bảo Hân (báo lao động) 29/01/2026 15:59 (GMT+7)",
            ("29/01/2026 15:59 (GMT+7)", "2026-01-29T15:59:00+07:00"),
        ),
        (
            "In bài viết\n08:49 | 06/08/2021\n(LĐTĐ) Ngay từ đầu năm",
            ("08:49 | 06/08/2021", "2021-08-06T08:49:00+07:00"),
        ),
        (
            "đạt 11/20 CÐCS\nVì lợi ích đoàn viên 23/01/2025 20:53\nRộn ràng 21/01/2025 21:49",
            ("23/01/2025 20:53", "2025-01-23T20:53:00+07:00"),
        ),
        (
            "Thời sự Thứ Hai, 05/08/2024 10:30 (GMT+7) Chia sẻ",
            ("Thứ Hai, 05/08/2024 10:30 (GMT+7)", "2024-08-05T10:30:00+07:00"),
        ),
        (
            "Chủ nhật 19/05/2024 02:00",
            ("Chủ nhật 19/05/2024 02:00", "2024-05-19T02:00:00+07:00"),
        ),
        (
            "Cà phê tối - 09/02/2024 07:00 TRẦN DUY PHƯƠNG",
            ("09/02/2024 07:00", "2024-02-09T07:00:00+07:00"),
        ),
        ("Cập nhật: 01/03/2024\n10:00 tin khác", ("Cập nhật: 01/03/2024", "2024-03-01")),
        # An invalid date is skipped, the next one is taken.
        ("ngày 31/02/2024 rồi Cập nhật: 01/03/2024", ("Cập nhật: 01/03/2024", "2024-03-01")),
        # A time on the previous line does not belong to the date.
        ("Tin lúc 20:53\n23/01/2025", ("23/01/2025", "2025-01-23")),
        (
            unicodedata.normalize("NFD", "Ngày đăng: 22/07/2021"),
            ("Ngày đăng: 22/07/2021", "2021-07-22"),
        ),
        # The raw text ends where the dateline does, without trailing spaces.
        (
            "23/03/2015 08:06 GMT+7 | Chia sẻ",
            ("23/03/2015 08:06 GMT+7", "2015-03-23T08:06:00+07:00"),
        ),
        ("Nguyên Minh - 07/03/2026 08:47", ("07/03/2026 08:47", "2026-03-07T08:47:00+07:00")),
        ("Quyết định số 12/2024/NĐ-CP", None),
        ("Đạt 310/512 đoàn viên, 60,5% kế hoạch", None),
        ("", None),
    ],
)
def test_find_date(text, expected):
    assert find_date(text) == expected


@pytest.mark.parametrize(
    ("day", "candidate", "expected"),
    [
        ("2024-08-05", "2024-08-05T10:30:00+07:00", "2024-08-05T10:30:00+07:00"),
        # Another day, a date without time, nothing: no time is taken.
        ("2024-08-05", "2024-08-04T10:30:00+07:00", None),
        ("2024-08-05", "2024-08-05", None),
        ("2024-08-05", None, None),
        # The first value already has a time.
        ("2024-08-05T09:00:00+07:00", "2024-08-05T10:30:00+07:00", None),
    ],
)
def test_same_day_with_time(day, candidate, expected):
    assert same_day_with_time(day, candidate) == expected
