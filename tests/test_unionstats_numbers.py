"""Vietnamese quantities (crawler.extraction.unionstats.numbers)."""

from __future__ import annotations

import pytest

from crawler.extraction.unionstats.numbers import of_another_year, parse_number, quantities


@pytest.mark.parametrize(
    "digits, value",
    [("1.400", 1400), ("60,5", 60.5), ("12", 12), ("1.234.567", 1234567), ("01", 1)],
)
def test_dots_group_thousands_and_commas_mark_decimals(digits, value):
    assert parse_number(digits) == value


def only(text: str):
    found = quantities(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    "text, value",
    [
        ("2,2 triệu đoàn viên", 2_200_000),
        ("3,5 ngàn người", 3500),
        ("12 nghìn CĐCS", 12000),
        ("một công đoàn", 1),
        ("hai mươi cán bộ", 20),
        ("bốn trăm đoàn viên", 400),
        ("mười hai công đoàn cơ sở", 12),
        ("mười lăm đoàn viên", 15),
        ("hai mươi mốt người", 21),
        ("ba mươi tư cán bộ", 34),
        ("hai trăm linh bảy đoàn viên", 207),
        ("sáu trăm năm mươi lăm người", 655),
        ("hai trăm nghìn đoàn viên", 200_000),
        ("một nghìn hai trăm đoàn viên", 1200),
        ("hai ngàn năm trăm người", 2500),
        # (no hundreds after the thousand, said with "không trăm" or "linh")
        ("một nghìn không trăm năm mươi đoàn viên", 1050),
        ("hai nghìn linh năm người", 2005),
        ("hai mươi lăm nghìn đoàn viên", 25_000),
    ],
)
def test_magnitude_and_number_words(text, value):
    assert only(text).text_value == value


def test_pairs_are_of_or_range():
    q = only("kết nạp được 310/512 đoàn viên")
    assert (q.value, q.second, q.relation) == (310, 512, "of")
    q = only("thành lập 8 trên 25 CĐCS")
    assert (q.value, q.second, q.relation) == (8, 25, "of")
    assert only("từ 2.000 đến 2.500 đoàn viên").text_value == {"min": 2000, "max": 2500}
    assert only("8.000 – 11.000 đoàn viên").text_value == {"min": 8000, "max": 11000}


def test_percent_and_qualifiers():
    q = only("đạt trên 90% kế hoạch")
    assert (q.value, q.percent, q.qualifiers) == (90, True, {"achieved": "trên"})
    assert only("hơn 300 đoàn viên").qualifiers == {"achieved": "hơn"}
    assert only("ít nhất 50 CĐCS").qualifiers == {"achieved": "ít nhất"}


@pytest.mark.parametrize(
    "text", ["ngày 12/6/2021", "nhiệm kỳ 2023-2028", "tháng 6/2022", "số 243/LĐLĐ-TC"]
)
def test_dates_periods_and_document_numbers_are_no_pairs(text):
    assert all(q.relation is None for q in quantities(text))
    assert all(q.value != 243 or q.second is None for q in quantities(text))


def test_a_floor_written_with_its_thousands_dot_is_no_year():
    (floor,) = quantities("có từ 2.000 đoàn viên ưu tú trở lên")
    assert floor.value == 2000
    assert quantities("từ 2022 đến nay") == []  # a start date


def test_ten_years_is_no_fifteen():
    # after the tens, five is "lăm": "mười năm" is ten years
    assert [q.value for q in quantities("mười năm qua")] == [10, 5]


@pytest.mark.parametrize(
    "text, value",
    [
        ("nửa triệu đoàn viên", 500000),
        ("gần năm chục cán bộ", 50),
        ("hơn 1,62 vạn đoàn viên", 16200),
    ],
)
def test_half_tens_and_ten_thousands(text, value):
    assert only(text).value == value


def test_a_range_shares_the_second_numbers_magnitude():
    found = only("từ 8 đến 11 nghìn đoàn viên")
    assert (found.value, found.second, found.relation) == (8000, 11000, "range")
    # not when the first is already the greater: "800 đến 1,2 nghìn"
    found = only("từ 800 đến 1,2 nghìn đoàn viên")
    assert (found.value, found.second) == (800, 1200)


def test_x_in_all_y_is_a_pair():
    found = only("1.302 trong tổng số 1.464 cơ quan")
    assert (found.value, found.second, found.relation) == (1302, 1464, "of")


def test_no_pair_ends_in_a_percent():
    # "hằng năm trên 80% CĐCS": "năm" is the year, "trên" the percent's qualifier
    found = only("hằng năm trên 80% CĐCS")
    assert (found.value, found.percent, found.relation) == (80, True, None)
    assert found.qualifiers == {"achieved": "trên"}


def test_two_numbers_in_a_row_after_a_hedge_are_a_spoken_range():
    found = only("thành lập thêm khoảng 3, 4 công đoàn cơ sở")
    assert (found.value, found.second, found.relation) == (3, 4, "range")
    # a list is no range: not the next number up, or no hedge
    assert [q.value for q in quantities("khoảng 3, 7 công đoàn cơ sở")] == [3, 7]
    assert [q.value for q in quantities("lần lượt 3, 4 và 6 công đoàn")] == [3, 4, 6]


@pytest.mark.parametrize(
    "text, value",
    [
        ("ba trăm rưỡi đoàn viên", 350),
        ("hai nghìn ba trăm rưỡi đoàn viên", 2350),
        ("1 triệu rưỡi đoàn viên", 1_500_000),
    ],
)
def test_a_half_of_the_last_magnitude(text, value):
    assert only(text).text_value == value


@pytest.mark.parametrize(
    "text, value",
    [
        ("năm vạn hai đoàn viên", 52_000),
        ("một nghìn hai đoàn viên", 1200),
        ("hai nghìn mốt đoàn viên", 2100),
        ("ba trăm tư công đoàn cơ sở", 340),
        ("1 triệu hai đoàn viên", 1_200_000),
        # hundreds said whole after a thousand are no tenths
        ("một nghìn hai trăm đoàn viên", 1200),
    ],
)
def test_tenths_of_the_last_magnitude_said_after_it(text, value):
    assert only(text).text_value == value


def test_a_number_after_a_magnitude_is_no_tenths_when_it_goes_on():
    # "năm" is the year; a tens word, a slash or a digit after it makes it a number of its own
    assert quantities("hai nghìn năm 2025")[0].value == 2000
    assert 2200 not in [q.value for q in quantities("hai nghìn hai mươi đoàn viên")]
    assert [q.value for q in quantities("1 nghìn 2/5")][0] == 1000


def test_a_spoken_range_in_words_and_after_what_was_managed():
    found = only("quận thành lập chừng năm, sáu công đoàn cơ sở")
    assert (found.value, found.second, found.relation) == (5, 6, "range")
    found = only("chúng tôi thành lập được 10, 11 công đoàn cơ sở")
    assert (found.value, found.second, found.relation) == (10, 11, "range")
    # (no hedge and nothing managed: a list)
    assert [q.value for q in quantities("tháng 10, 11 công đoàn")] == [10, 11]


@pytest.mark.parametrize(
    "text, value, qualifier",
    [
        ("có thêm hơn trăm người vào công đoàn", 100, "hơn"),
        ("Đoàn viên thì được gần nghìn", 1000, "gần"),
        ("kết nạp khoảng nghìn rưỡi đoàn viên", 1500, "khoảng"),
        ("Trên trăm CĐCS đã tổ chức hội nghị", 100, "trên"),
    ],
)
def test_a_magnitude_alone_after_a_hedge_is_one_of_it(text, value, qualifier):
    found = only(text)
    assert (found.value, found.qualifiers) == (value, {"achieved": qualifier})


@pytest.mark.parametrize("text", ["đi cả trăm lượt doanh nghiệp", "hàng nghìn đoàn viên"])
def test_a_magnitude_alone_without_a_hedge_is_no_number(text):
    assert quantities(text) == []


def test_trên_dưới_is_one_hedge_of_about():
    (found,) = [q for q in quantities("kết nạp trên dưới 700 đoàn viên") if q.value == 700]
    assert found.qualifiers == {"achieved": "trên dưới"}


@pytest.mark.parametrize(
    "text, value, second",
    [
        # (a range in words says its magnitude once, as with digits)
        ("kết nạp từ bảy mươi đến tám mươi nghìn đoàn viên", 70_000, 80_000),
        ("kết nạp được từ bảy đến tám trăm người", 700, 800),
        ("kết nạp được từ ba đến bốn trăm rưỡi người", 300, 450),
        # (hundreds said whole on both sides stay as said)
        ("kết nạp từ hai trăm đến ba trăm người", 200, 300),
    ],
)
def test_a_range_in_words_shares_its_magnitude(text, value, second):
    (found,) = quantities(text)
    assert (found.value, found.second, found.relation) == (value, second, "range")


@pytest.mark.parametrize(
    "text, value",
    [
        ("kết nạp hai vạn một nghìn ba trăm đoàn viên", 21_300),
        ("kết nạp hai vạn đoàn viên", 20_000),
        ("cả nước kết nạp một triệu hai trăm nghìn đoàn viên", 1_200_000),
        ("cả nước kết nạp hai triệu ba trăm năm mươi nghìn đoàn viên", 2_350_000),
    ],
)
def test_ten_thousands_and_millions_go_on_with_thousands_in_words(text, value):
    (found,) = quantities(text)
    assert found.value == value


def test_four_after_linh_is_tu():
    # (probes368)
    assert only("tập huấn cho hai trăm linh tư cán bộ").value == 204
    assert only("một nghìn linh tư đoàn viên").value == 1004


def test_x_on_the_plans_y():
    # (probes364)
    found = only("Thành lập CĐCS: 9 trên kế hoạch 8, đạt")
    assert (found.value, found.second, found.relation) == (9, 8, "of")


def test_round_numbers_in_turn_after_a_hedge_are_a_rough_range():
    # (probes376: digits as words were, "chừng hai, ba trăm")
    found = only("đến giờ mới được chừng 500, 600 đoàn viên thôi")
    assert (found.value, found.second, found.relation) == (500, 600, "range")
    assert only("khoảng 1.200, 1.300 người").second == 1300
    # (not two numbers that are no steps of one: a list, "chừng 500, 650")
    assert len(quantities("chừng 500, 650 đoàn viên")) == 2


@pytest.mark.parametrize(
    "text, values",
    [
        # a number word in a place's name is no number
        ("LĐLĐ huyện Thanh Ba – 5 CĐCS", [5]),
        ("quận Hai Bà Trưng 12 CĐCS, huyện Ba Vì 3", [12, 3]),
        # a count opening a sentence is one
        ("Ba CĐCS mới được thành lập.", [3]),
        ("Hai Công ty đã thành lập CĐCS.", [2]),
    ],
)
def test_number_words_of_place_names(text, values):
    assert [q.value for q in quantities(text)] == values


def test_each_asker_gets_its_own_copy_of_a_sentences_numbers():
    # (the numbers of a sentence are read once and handed out as copies: a rule that changes what
    # it was given changes nothing for the next)
    text = "kết nạp hơn 1.400 đoàn viên"
    first = quantities(text)
    first[0].qualifiers["achieved"] = "khoảng"
    first[0].value = 0
    again = quantities(text)
    assert again[0].value == 1400 and again[0].qualifiers == {"achieved": "hơn"}
    assert again[0] is not first[0]


def test_what_was_done_of_another_year_than_the_targets():
    def said(text: str) -> bool:
        at = text.index(";")
        return of_another_year(text, at, len(text))

    assert said("Mục tiêu năm 2026 là 700 đoàn viên; năm 2025 kết nạp 650 đoàn viên")
    assert not said("Mục tiêu năm 2026 là 700 đoàn viên; đến hết tháng 9/2026 kết nạp 520")
    # (a year said on one side only is no other year)
    assert not said("Được giao 700 đoàn viên; đến hết tháng 9/2026 kết nạp 520")
    # (a term's years are each its own only when its target is set for every year)
    assert said("Chỉ tiêu giai đoạn 2024-2026 là 60 CĐCS; riêng năm 2025 thành lập 23 CĐCS")
    assert not said("Chỉ tiêu nhiệm kỳ 2023-2028 là mỗi năm 300 đoàn viên; năm 2025 được 326")
    # (this year set against a year named with "còn")
    text = "Mục tiêu năm 2026 là 12 CĐCS, còn năm nay chúng tôi đã làm được 10"
    assert of_another_year(text, text.index(","), len(text))
