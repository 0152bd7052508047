"""Tests for storage.vietnamese: repair, one tone placement, folding, the index's token streams."""

import itertools
import re
import unicodedata

import pytest

from storage.vietnamese import (
    ABBREVIATIONS,
    WORD_RE,
    canonical,
    canonical_word,
    fold,
    has_marks,
    index_streams,
    repair,
    spelling_pattern,
    tone_position,
    word_keys,
)

# Huyền, sắc, hỏi, ngã, nặng, as combining marks.
TONES = ("\u0300", "\u0301", "\u0309", "\u0303", "\u0323")


def nfd(s: str) -> str:
    return unicodedata.normalize("NFD", s)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("LÐLÐ huyện và CÐCS", "LĐLĐ huyện và CĐCS"),  # Latin eth, as laodongthudo.vn writes it
        ("\u0189ại hội \u0256ại biểu", "Đại hội đại biểu"),
        (nfd("Công đoàn Việt Nam"), "Công đoàn Việt Nam"),
        ("Công\u200b đoàn\u00ad", "Công đoàn"),
        ("Vi\u0065\u200d\u0323\u0302t", "Việt"),
    ],
)
def test_repair(raw, expected):
    assert repair(raw) == expected


# One row per vowel cluster: the old-style spelling the press keeps, then other spellings
# of the same word met on pages (new style, or a mark misplaced by hand).
SPELLINGS = [
    # oa, oe, uy without a final: the old style marks the first vowel.
    ("hòa", "hoà"),
    ("hóa", "hoá"),
    ("họa", "hoạ"),
    ("khỏe", "khoẻ"),
    ("lòe", "loè"),
    ("thủy", "thuỷ"),
    ("túy", "tuý"),
    ("lũy", "luỹ"),
    # ... and with a final both styles mark the second.
    ("hoàn", "hòan"),
    ("khoét", "khóet"),
    ("huỳnh", "hùynh"),
    ("quyết", "qúyêt", "quýêt"),
    # Vowels with a vowel mark take the tone: uê, ươ, uô, iê, yê, ưa, uơ, oă, uâ, ưu.
    ("thuế", "thúê"),
    ("người", "ngừơi"),
    ("rượu", "rựơu"),
    ("muốn", "múôn"),
    ("tiếng", "tíêng"),
    ("yếu", "ýêu"),
    ("mưa",),
    ("thuở", "thủơ"),
    ("hoặc", "họăc"),
    ("tuần", "tùân"),
    ("cứu", "cưú"),
    ("khuấy", "khúây"),
    ("tuổi", "tủôi"),
    ("lười", "lừơi"),
    ("chuyện", "chụyên"),
    # Two vowels without a final: the first; three: the middle one.
    ("mía", "miá"),
    ("múa", "muá"),
    ("cái", "caí"),
    ("sáo", "saó"),
    ("sáu", "saú"),
    ("máy", "maý"),
    ("kéo", "keó"),
    ("líu", "liú"),
    ("tói", "toí"),
    ("túi", "tuí"),
    ("gửi", "gưỉ"),
    ("ngoài", "ngòai", "ngoaì"),
    ("xoáy", "xóay"),
    ("ngoẹo", "ngọeo"),
    ("khuỷu", "khủyu"),
    # qu and gi before a vowel are consonants.
    ("quý", "qúy"),
    ("quả", "qủa"),
    ("già", "gìa"),
    ("giữ", "gĩư"),
    ("gìn",),
    ("giường", "gìương"),
    # Capitals keep their place.
    ("HÒA", "HOÀ"),
    ("Thủy", "Thuỷ"),
    ("KHỎE", "KHOẺ"),
]


@pytest.mark.parametrize("spellings", SPELLINGS, ids=lambda s: s[0])
def test_every_spelling_of_a_word_has_one_canonical_form(spellings):
    old_style = spellings[0]
    for spelling in spellings:
        assert canonical_word(spelling) == old_style
        assert canonical_word(nfd(spelling)) == old_style  # decomposed input too
        assert fold(spelling) == fold(old_style)


@pytest.mark.parametrize(
    "word",
    ["café", "José", "Zürich", "résumé", "naïve", "hoa", "Công", "2024", "CNVCLĐ", "x\u0301\u0300"],
)
def test_words_that_are_not_one_toned_syllable_are_left_as_they_are(word):
    word = unicodedata.normalize("NFC", word)
    assert canonical_word(word) == word


def test_tone_position_reads_the_syllable_shape():
    assert tone_position(list("hoa")) == 1
    assert tone_position(list("hoan")) == 2
    assert tone_position(["q", "u", "y"]) == 2
    assert tone_position(["n", "g", "ư", "ơ", "i"]) == 3
    assert tone_position(list("cafe")) is None  # a vowel after the final: two syllables
    assert tone_position(list("str")) is None


# Every syllable shape: initials, vowel clusters, finals, each tone, both placements.
INITIALS = ("", "b", "ch", "d", "đ", "gh", "kh", "l", "ng", "nh", "ph", "th", "tr", "x")
CLUSTERS = (
    "a",
    "ă",
    "â",
    "e",
    "ê",
    "i",
    "o",
    "ô",
    "ơ",
    "u",
    "ư",
    "y",
    "oa",
    "oe",
    "uy",
    "uê",
    "ươ",
    "uô",
    "iê",
    "ưa",
    "ia",
    "ua",
    "ai",
    "ao",
    "au",
    "âu",
    "ay",
    "ây",
    "eo",
    "êu",
    "iu",
    "oi",
    "ôi",
    "ơi",
    "ui",
    "ưi",
    "ưu",
    "oai",
    "oay",
    "uây",
    "uôi",
    "ươi",
    "ươu",
    "iêu",
    "oeo",
    "uya",
    "uyu",
    "oă",
    "uâ",
    "uyê",
)
FINALS = ("", "c", "ch", "m", "n", "ng", "nh", "p", "t")


def toned(letters: str, position: int, tone: str) -> str:
    return unicodedata.normalize("NFC", letters[: position + 1] + tone + letters[position + 1 :])


def test_any_placement_of_a_tone_gives_the_same_word():
    checked = 0
    for initial, cluster, final, tone in itertools.product(INITIALS, CLUSTERS, FINALS, TONES):
        syllable = initial + cluster + final
        spellings = {toned(syllable, len(initial) + i, tone) for i in range(len(cluster))}
        forms = {canonical_word(s) for s in spellings}
        assert len(forms) == 1, (syllable, spellings, forms)
        [form] = forms
        assert fold(form) == fold(syllable)
        assert canonical_word(form) == form
        checked += len(spellings)
    assert checked > 20_000


def test_canonical_places_every_word_and_keeps_the_rest():
    text = "Hoà bình, KHOẺ mạnh: thuỷ điện Hòa Bình (2024)!"
    assert canonical(text) == "Hòa bình, KHỎE mạnh: thủy điện Hòa Bình (2024)!"
    assert canonical("LÐLÐ hoà") == "LĐLĐ hòa"
    assert canonical("plain ascii") == "plain ascii"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Công đoàn Lao động", "cong doan lao dong"),
        ("ĐẠI HỘI CÔNG ĐOÀN", "dai hoi cong doan"),
        ("hòa hoà hóa hoa", "hoa hoa hoa hoa"),
        (nfd("Người Lao Động"), "nguoi lao dong"),
        ("LÐLÐ", "ldld"),
    ],
)
def test_fold(raw, expected):
    assert fold(raw) == expected


def test_spelling_pattern_matches_every_spelling_of_a_folded_word():
    pattern = re.compile(spelling_pattern("doan"))
    for spelling in ("đoàn", "ĐOÀN", "Đoàn", "doan", "Doãn", "đoán", "DOAN"):
        assert pattern.fullmatch(spelling), spelling
    for other in ("đoàng", "toàn", "dân"):
        assert not pattern.fullmatch(other), other
    assert re.fullmatch(spelling_pattern("2024"), "2024")
    for word in WORD_RE.findall("Công đoàn cơ sở ĐÀ NẴNG, người lao động – Hòa Bình, KHOẺ"):
        assert re.fullmatch(spelling_pattern(fold(word)), word), word


def test_has_marks():
    assert has_marks("đoàn") and has_marks("Hòa") and has_marks("LĐLĐ")
    assert not has_marks("Ba") and not has_marks("HOA") and not has_marks("2024")


def test_word_keys():
    assert word_keys("Hoà") == ("hoa", "hòa")
    assert word_keys("Ba") == ("ba", None)
    assert word_keys("LĐLĐ") == ("ldld", "lđlđ")


def test_index_streams_are_the_index_format():
    # The index deletes an article's entry by recomputing these streams: a change here needs
    # a migration that rebuilds the index (storage.search.rebuild_index).
    words, pairs, marked = index_streams("Công đoàn Ba Đình: công đoàn hoà hợp.")
    assert words == "cong doan ba dinh cong doan hoa hop"
    assert pairs == "cong_doan doan_ba ba_dinh dinh_cong doan_hoa hoa_hop"
    assert marked == "công đoàn đình hòa hợp"
    assert index_streams("") == ("", "", "")
    assert index_streams(None) == ("", "", "")


def test_abbreviations_are_written_with_marks_and_expand_to_several_words():
    for short, long in ABBREVIATIONS.items():
        assert short == unicodedata.normalize("NFC", short) and short.isupper()
        assert len(long.split()) >= 2
