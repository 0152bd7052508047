"""The extractor on probe sentences written for development (tests/unionstats_probes/).

These are NOT real sentences and never a measure of the issue's targets (those are the real sets
in tests/unionstats/, BENCHMARKS.md "Union statistics"). Eighteen writers who had not read the
rules wrote them from their knowledge of Vietnamese union news, each from another angle
(wordings, hard cases, headlines and reports, local news, plans, page typography, sector and
informal unions, sentences that need their headline, long noisy report sentences, the 2025–2026
reorganisation, congress reports, local features, one-place stories, report documents, whole
articles, long hard negatives, rare word orders, interviews), annotated by the same conventions.
Their first reading found wordings no rule had seen (first looks, precision / recall:
0.92 / 0.81, 0.94 / 0.90, 0.98 / 0.95, 0.98 / 0.91, 0.91 / 0.89, 0.96 / 0.91, 1.00 / 0.91,
0.99 / 0.93, 0.86 / 0.82 with 5 negatives given a figure, 0.98 / 0.95, 0.92 / 0.89 with 3,
0.97 / 0.87, 0.89 / 0.89, 0.88 / 0.87, 0.96 / 0.88, 0.95 / 0.91, 0.86 / 0.74, 0.94 / 0.86 with
1): long noisy sentences, local features, report documents, rare word orders and interviews, the
closest to real pages, were the hardest. Each class found was fixed with unit tests of its own
in test_unionstats.py; this test keeps them from coming back. Two sentences whose writers'
reading the real sets contradict were taken out (see "about").

Thirty more writers (probes19–49) wrote from the real sentences themselves, since nothing else
real was left to read: paraphrases of real figure sentences (19–20), parts lying far apart and
tables flattened into text (21), the general press (22), natural rewrites of real sentences in
other articles (23–26), whole articles around real sentences (27) and hard negatives from the
real negatives (28). First looks, each before any rule was written from it (precision / recall,
negatives given a figure): 0.76 / 0.60 with 1, 0.86 / 0.72 with 4, 0.90 / 0.66 with 2, 0.99 /
0.87 with 1; then, as the rules grew, 0.86 / 0.84 with 1 and 0.92 / 0.85, 0.96 / 0.88 with 1 and
0.95 / 0.86, 0.99 / 0.96 with 1 and 1.00 / 0.98. Two more writers then wrote whole articles
around other real sentences (29–30): 0.93 / 0.91 with 3 and 0.97 / 0.95 with 2 (the misses now
negatives: a Youth Union named before a list of its deeds, the lowest ratings, firms to be
surveyed "để vận động thành lập", a dialogue of the authorities). The last four wrote local
features, the press, articles around real negatives and report documents around real figure
sentences (31–34): 1.00 / 0.94, 0.96 / 0.94 with 1, 0.96 / 0.97 and 0.94 / 0.86; and review
conferences, sector unions and the 2026 reorganisation (35–37): 0.95 / 0.93, 0.98 / 0.93 and
0.96 / 0.90, no negative given a figure; headlines and leads, interviews, articles around real
negatives of other bodies, and reviews with next year's plans (38–41): 0.92 / 0.85 with 1, 0.96
/ 0.93, 1.00 / 0.98 and 0.97 / 0.90; long report paragraphs, page noise, Party development and
training (42, 44–46): 0.98 / 0.94 with 1, 0.98 / 0.95 with 1, 0.96 / 0.93 with 1, 0.99 / 0.85
(writer 43 was not run); rankings of organisations, figures in words, finances and stocks
(47–49): 0.97 / 0.85, 0.97 / 0.88, 0.88 / 0.88, no negative given a figure; union care and
welfare news, congress and term-review reports, hard negatives of other bodies in union wording
(50–52, after heldout25–27): 1.00 / 1.00, 0.98 / 0.95 and 1.00 / 1.00, none of 335 negatives
given a figure; sentences that go on with the one before (after results, plans and running
totals, datelines, Party summaries listing several bodies) and training, conferences and
public-sector unions (53–54, after heldout28–30): 0.975 / 0.875 and 0.981 / 0.871 with 1;
rankings, shares planned as ones to raise, tallies, companies that only say where, members at a
founding (55) and other mass organisations' news in union wording (56, 120 negatives), after
heldout35–36: 0.965 / 0.763 with 1 and 0.982 / 0.964 with 1; and rankings, members at a
founding, planned shares and tallies in other wordings (57): 0.942 / 0.734 with 1; single events
(a founding, a ceremony, a course, a conference) and short local news items (58–59, after
heldout47–49): 1.000 / 0.960 and 0.993 / 0.973, none of 130 negatives given a figure; feature
stories, Hồ Chí Minh City's and Hà Nội's union news (60–62): 0.975 / 0.859 with 1, 1.000 / 0.969
and 0.986 / 0.966; news where the union, the Youth Union and the Party report side by side,
congress reports, and state groups' unions (63–65): 0.951 / 0.874 with 1, 1.000 / 0.980 and
0.962 / 0.886 with 1; headlines with their sa-pôs, and interviews (66–67): 0.970 / 0.936 and
0.955 / 0.877 with 1; interviews in other shapes, long report sentences and the commune and ward
unions of 2025–2026 (68–70): 0.963 / 0.817, 0.982 / 0.976 and 0.976 / 0.931 with 1; the Lao Động
paper's local news, figure sentences with traps inside them, figures in unusual shapes (results said
short after a target, a share referred back to, a plan's list past a semicolon) and review reports
(71–74, at 16d8c9e): 0.986 / 0.986 with 1, 0.939 / 0.929 with 1, 0.926 / 0.794 with 3 and 0.960 /
0.936 with 1; news items of the federations' own websites (75, at 6ecd19a): 0.983 / 0.956
with 1; figure sentences with other traps inside them (76, at 426285c): 0.983 / 0.983; figures in
unusual shapes, a second round (77, at 6bed2dc): 0.939 / 0.809 with 2; the noise of real pages
and Party development through the union (80–81, at 98cd76c): 0.952 / 0.922 with 1 and 0.933 /
0.806 with 1; the Lao Động paper's local news, a second round (78, at c149a60): 0.986 / 0.979;
headlines and sa-pôs, a second round, and hard negatives, a third round (82, 84, at 71d8fef): 0.953
/ 0.924 with 3 and 0.842 / 1.000 with 7 of 110 negatives given a figure; the other indicators
(85, same rules): 0.940 / 0.859 with 4; and two general samples of union pages, written as
reporters write with no hard case picked (86–87, at ba0da95): 0.959 / 0.933 and 1.000 / 1.000,
none of 176 negatives given a figure; two more from the federations' portals and from Người Lao
Động and Lao Động Thủ Đô (88–89, at 1bd61a3): 1.000 / 0.975 and 1.000 / 0.988, none of 176
negatives given a figure; and two from provincial papers of the Centre, the Highlands, the North
and the Mekong delta (90–91, at b43ae53): 0.964 / 0.976 and 1.000 / 1.000, none of 174 negatives
given a figure; two more general samples, of the portals and regional pages of the South-East
and the Red River delta and of the sector and national unions (92–93, at 5e14d02): 1.000 / 0.986
and 1.000 / 0.974, none of 177 negatives given a figure; and Party development through the union,
a second round (94, same rules): 0.910 / 0.698, none of 66 negatives given a figure; long report
sentences with many figures (95, same rules): 0.983 / 0.940, none of 62 negatives given a figure;
and three more general samples, of the union's part in the Party's growth, of the Lao Động paper's
local news and of the general national press (96–98, at 4424fa2): 1.000 / 0.964, 0.973 / 1.000
with 1 of 89 negatives given a figure, and 0.988 / 0.975; a general sample of the 2025–2026
reorganisation (101, at 5b434d4): 1.000 / 0.959, none of 88 negatives given a figure; hard
negatives, a fourth round (100, same rules): 0.984 / 0.968, none of 124 negatives given a figure;
Party development through the union in the wordings reporters use off the report template, a
third round (99, at 16cc5d1): 0.884 / 0.650 with 1 of 56 negatives given a figure; and at
57c0ba4, the Party's own news that names the union (102): 0.921 / 0.897 with 3 of 105 negatives
given a figure, a general sample of the Lao Động paper's local news, a fourth round (103): 1.000 /
1.000, none of 81 negatives given a figure, and spoken figures, a third round (104): 0.940 /
0.758, none of 62; and two more general samples, of union news told through interviews and of
the Công đoàn pages of laodong.vn and congdoanvietnam.org in 2022–2026 (105, 107, at e02a76c):
0.975 / 0.975 and 0.988 / 1.000, each with 1 of 86 negatives given a figure; and hard negatives
in the wordings of speech and of Party news, a fifth round (106, same rules): 0.966 / 0.982 with 1
of 111 negatives given a figure; provincial papers, a third general sample (108, at f4a7228):
1.000 / 0.988, none of 83 negatives given a figure; the other indicators and figures in unusual
shapes, each a second or third round (109, 110, at cf97b33): 0.935 / 0.821 with 2 of 51 negatives
given a figure, and 0.919 / 0.756; a general sample of news about the other indicators and the
Party (112, at e977969): 1.000 / 1.000, none of 83 negatives given a figure, and two more, of the
Người Lao Động paper and of the Centre and the Highlands (111, 113, same rules): 1.000 / 0.988 and
1.000 / 0.974, none of 168 negatives given a figure; the Lao Động paper's local news in the North,
a fifth round (114, at aab7345, the last rules of the session): 0.976 / 0.988, none of 82
negatives given a figure; Party development and spoken figures written as reporters write them
(115, 116, same rules): 0.908 / 0.832 with 1 of 68 negatives given a figure and 0.952 / 0.889
with 2 of 73; the other indicators, a third round, and a general sample of the 2025–2026
reorganisation and after (118, 119, at b911fcf): 0.955 / 0.875 with 2 of 69 negatives given a
figure, and 0.991 / 0.975, none of 68; figures in unusual shapes, a fourth round (120, at
e8c121e): 0.965 / 0.847, none of 66 negatives given a figure; Party development through the
union, a fifth round (117, at 4c8e8c4): 0.968 / 0.893 with 3 of 67 negatives given a figure; a
general sample of the Lao Động paper's local pages and the papers of the South and the Mekong
delta, hard negatives, a sixth round, and the Party's own news that names the union, a second round
(121, 122, 124, at 6c29bb5): 0.931 / 0.956 with 1 of 68 negatives given a figure, 0.976 / 0.976
with none of 85, and 1.000 / 0.910 with none of 70; spoken figures, a fifth round (123, same rules):
0.892 / 0.718, none of 66 negatives given a figure; and at a5efc6c, a general sample of Người Lao
Động and Lao Động Thủ Đô in 2023–2026 (125): 0.949 / 0.969 with 1 of 66 negatives given a figure,
union officials trained, a focused round (126): 0.961 / 0.851 with 1 of 67, a general sample of
report and congress language (127): 0.969 / 0.962 with none of 64, and spoken figures, a sixth
round (128): 0.935 / 0.869 with none of 65; and at 99e7c93, general samples of the federation's
portals in 2024–2026 and of the provincial papers of the North and the Centre (129, 130): 1.000 /
0.983 and 0.990 / 0.972, none of 137 negatives given a figure, and Party development through the
union as ordinary news (131): 0.964 / 0.947 with 1 of 61; the other indicators, a fourth round
(132) stopped the extractor on one headline (an IndexError, "Đối thoại ở 100% doanh nghiệp"), and
at 634aafb, with only that fixed: 0.966 / 0.935 with 2 of 72; and at 14ff439, a general sample of
the South-Central coast and the Central Highlands (133): 0.982 / 0.982, none of 68 negatives given
a figure, hard negatives, a seventh round (134): 0.989 / 0.989 with 1 of 83, spoken figures, a
seventh round (135): 0.942 / 0.891 with 2 of 68, and union officials trained, a second focused
round (136): 0.945 / 0.896 with 1 of 67; and at 7304087, general samples of the older years
2013–2019, of the workers' month and campaigns and of the sector unions and corporations (137,
139, 140): 1.000 / 1.000, 1.000 / 1.000 and 1.000 / 0.991, none of 202 negatives given a figure;
spoken figures, an eighth round (138): 0.826 / 0.747 with 2 of 72; and at 9bc4b2c, general
samples of laodong.vn in 2020–2023 and of congdoanvietnam.org in 2018–2023 (141, 142): 0.989 / 0.969
and 0.981 / 0.972, none of 135 negatives given a figure, spoken figures, a ninth round (143): 0.943
/ 0.908 with 3 of 69, and Party development as ordinary news, a seventh round (144): 0.980 / 0.907
with 2 of 66; and at f364c28 (the rules of e22fdab, split into modules with every sentence read the
same), a general sample of the Lao Động paper's local pages in 2024–2026 (145): 0.952 / 0.952 with
1 of 67 negatives given a figure, spoken figures, a tenth round (146): 0.920 / 0.794 with 1 of 67,
Party development through the union, an eighth round (147): 0.947 / 0.938 with 2 of 68, the other
indicators, a fifth round (148): 0.959 / 0.855 with 1 of 67, figures in unusual shapes, a fifth
round (149): 0.950 / 0.805, none of 64, a general sample of union news about workers outside the
usual companies (150): 1.000 / 0.962, none of 68, and hard negatives, an eighth round (151): 0.926
/ 0.926 with 1 of 101; and at 9129fbb, after the rules those seven files found, a general sample of
Hà Nội's union news in 2021–2026 (152): 0.973 / 0.973 with 2 of 65 negatives given a figure, spoken
figures, an eleventh round (153): 0.936 / 0.854 with 3 of 65, Party development through the union,
a ninth round (154): 0.981 / 0.944 with 1 of 63, the other indicators, a sixth round (155): 0.925 /
0.835 with 2 of 70, figures in unusual shapes, a sixth round (156): 0.946 / 0.733 with 1 of 66, a
general sample of year-end and term-end reviews (157): 0.992 / 0.992 with 1 of 64, and hard
negatives, a ninth round (158): 1.000 / 0.982, none of 98; and at 6b66731, after the rules those
files found, general samples of the Lao Động paper's local pages in 2016–2020, of national union
news in 2024–2026 and of sector unions' news (159–161): 0.991 / 0.991 and 1.000 / 0.963 with none
of 135 negatives given a figure, and 0.991 / 1.000 with 1 of 68; spoken figures, a twelfth round
(162): 0.967 / 0.871 with 1 of 67; Party development through the union, a tenth round (163): 0.991
/ 0.973 with 1 of 63; the other indicators, a seventh round (164): 0.966 / 0.896 with 2 of 66; and
figures in unusual shapes, a seventh round (165), which stopped the extractor (a TypeError: a range
planned in a headline, there since before the session), and with only that fixed read 0.895 / 0.733
with 2 of 63; and at 3134166, after the rules those files found, general samples of provincial
papers' union pages 2014–2026, of nld.com.vn and laodongthudo.vn 2019–2026 and of the grassroots
and intermediate unions after the 2025 reorganisation (166, 171, 172): 0.991 / 0.991 with 1 of 67,
1.000 / 0.990 with none of 68 and 0.980 / 0.962 with 2 of 70; figures in unusual shapes, an eighth
round (167): 0.921 / 0.661 with 2 of 61; spoken figures, a thirteenth round (168): 0.978 / 0.883
with 1 of 66; the other indicators, an eighth round (169): 0.989 / 0.918 with 1 of 66; and Party
development through the union, an eleventh round (170): 0.990 / 0.990 with 1 of 66; and at
3dbe613, after the rules those files found (and rules for sentences read as a whole article, as
the archive reads them), figures in unusual shapes, a ninth round (173): 0.946 / 0.786 with 1 of
65; spoken figures, a fourteenth round (174): 0.968 / 0.928 with 1 of 71; the other indicators, a
ninth round (175): 0.955 / 0.924 with 2 of 66; hard negatives, a tenth round (176): 0.955 / 0.955
with 2 of 109; a general sample of union news of the Mekong Delta and the Southeast (177): 0.982 /
0.991 with 1 of 67; union officials trained, a third focused round (178): 0.963 / 0.906 with 3 of
66; and whole articles of six-month, nine-month and year reviews (179): 0.949 / 0.949 with 1 of 66,
the same read as whole articles; and at cda8e6a, a general sample of laodong.vn's regional and
union pages (180): 0.938 / 0.922 with none of 70; figures in unusual shapes, a tenth round (181):
1.000 / 0.724 with none of 67; spoken figures, a fifteenth round (182): 0.970 / 0.941 with 1 of 66;
the other indicators, a tenth round (183): 0.983 / 0.648 with none of 70, as written (its brief
wrongly named welfare counts as indicators: those 22 figures were then taken out, see its
"about"); whole articles of union congresses, a term's results and the next term's targets (184):
0.974 / 0.965 with 1 of 69; hard negatives, an eleventh round (185): 1.000 / 0.986 with none of
104; and a general sample of federation portals and sector unions (186): 1.000 / 1.000 with none
of 64; and at 49c18aa, after the rules those files found, figures in unusual shapes, an eleventh
round (187): 0.936 / 0.593 with none of 67; spoken figures, a sixteenth round (188): 0.951 / 0.907
with 1 of 66; the other indicators, an eleventh round (189): 0.911 / 0.891 with 4 of 66; whole
articles of short news items (190): 0.982 / 0.982 with 2 of 72; Party development through the
union, a twelfth round (191): 0.958 / 0.942 with 3 of 67; a general sample of campaign news (192):
1.000 / 1.000 with none of 67; and a general sample of informal-sector unions (193): 1.000 / 0.943
with none of 64; and at e44b852, after the rules those files found, a general sample of union news
in 2020–2026 (194): 0.990 / 1.000 with 1 of 71; figures in unusual shapes, a twelfth round (195):
0.989 / 0.854 with 1 of 71; spoken figures, a seventeenth round (196): 0.901 / 0.867 with 2 of 65;
the other indicators, a twelfth round (197): 0.989 / 0.946 with none of 66; whole articles of
reviews and grassroots congresses (198): 0.991 / 0.935 with 1 of 76; hard negatives, a twelfth
round (199): 1.000 / 0.988 with none of 86; and union officials trained, a fourth focused round
(200): 0.987 / 0.927 with 1 of 64; and at d408911, after the rules those files found, a general
sample of Hanoi and Ho Chi Minh City district news (201): 0.983 / 0.991 with none of 64; figures in
unusual shapes, a thirteenth round (202): 0.976 / 0.870 with none of 69; spoken figures, an
eighteenth round (203): 1.000 / 0.907 with none of 63; the other indicators, a thirteenth round
(204): 0.989 / 0.945 with none of 66; whole articles of campaign news and founding ceremonies
(205): 0.923 / 0.893 with 2 of 67; hard negatives, a thirteenth round (206): 0.980 / 0.961 with 1
of 72; and a general sample of provincial papers of the regions (207): 0.990 / 0.981 with 1 of
69; and at 2e4686f, after the rules those files found, a general sample of unions in companies
(208): 1.000 / 0.981 with none of 66; figures in unusual shapes, a fourteenth round (209): 0.972 /
0.622 with none of 66; spoken figures, a nineteenth round (210): 0.979 / 0.939 with none of 64;
Party development through the union, a thirteenth round (211): 0.963 / 0.963 with none of 64;
whole articles of year reviews, congresses and interviews (212): 0.959 / 0.959 with none of 67;
hard negatives, a fourteenth round (213): 1.000 / 0.986 with none of 94; and the other indicators,
a fourteenth round (214): 0.945 / 0.905 with 2 of 66; and at 9970d8f, after the rules those files
found, a general sample of union news with breakdowns (215): 1.000 / 0.956 with none of 63;
figures in unusual shapes, a fifteenth round (216): 0.974 / 0.632 with none of 66; spoken figures,
a twentieth round (217): 0.922 / 0.830 with none of 67; whole articles of membership development
news (218): 1.000 / 0.974 with none of 68; hard negatives, a fifteenth round (219): 0.987 / 0.987
with 1 of 90; the other indicators, a fifteenth round (220): 0.988 / 0.940 with 1 of 66; and
officials trained and Party development, a focused round (221): 0.988 / 0.933 with none of 67;
and at 4c26b33, after the rules those files found, a general sample of the central provinces
(222): 0.991 / 0.982 with none of 68; figures in unusual shapes, a sixteenth round (223): 0.932 /
0.752 with 2 of 64; spoken figures, a twenty-first round (224): 0.953 / 0.863 with 1 of 67; whole
articles of union congresses, a second round (225): 0.948 / 0.940 with none of 67; hard
negatives, a sixteenth round (226): 0.967 / 0.967 with 1 of 86; the other indicators, a
sixteenth round (227): 0.966 / 0.905 with 3 of 72; and Party development through the union, a
fourteenth round (228): 0.952 / 0.952 with 1 of 65; and at cb5a1b4, after the rules those files
found, a general sample of the south (229): 1.000 / 1.000 with none of 65; figures in unusual
shapes, a seventeenth round (230): 0.988 / 0.707 with none of 62; spoken figures, a twenty-second
round (231): 0.946 / 0.863 with 1 of 70; whole articles of reviews, a third round (232): 0.992 /
0.992 with none of 65; hard negatives, a seventeenth round (233): 0.989 / 1.000 with 1 of 76; the
other indicators, a seventeenth round (234): 0.966 / 0.904 with 1 of 67; and union officials
trained, a fifth focused round (235): 0.987 / 0.907 with 1 of 67; and at 474c7dc, after the
rules those files found, a general sample of the north (236): 1.000 / 1.000 with none of 70;
figures in unusual shapes, an eighteenth round (237): 0.988 / 0.719 with none of 66; spoken
figures, a twenty-third round (238): 0.949 / 0.913 with 2 of 64; whole articles of Party
development and training news (239): 0.990 / 0.962 with none of 65; hard negatives, an eighteenth
round (240): 0.990 / 0.990 with none of 80; and informal-sector development, a focused round
(242): 0.989 / 0.902 with 1 of 66; and at 994a6f7, the other indicators, an eighteenth round
(241): 0.966 / 0.824 with 1 of 67; and at 90ff8da, after the rules those files found, a general
sample after the 2025 reorganisation (243): 0.959 / 0.983 with 1 of 63; figures in unusual shapes,
a nineteenth round (244): 1.000 / 0.679 with none of 62; whole articles of reviews, a fourth round
(245): 0.992 / 0.970 with none of 72; hard negatives, a nineteenth round (246): 0.957 / 0.918
with none of 105; spoken figures, a twenty-fourth round (247): 0.950 / 0.922 with 2 of 65; the
other indicators, a nineteenth round (248): 0.975 / 0.867 with 2 of 64; and officials trained and
Party development, a second focused round (249): 1.000 / 0.979 with none of 65; and at 52a5eca,
after the rules those files found, a general sample of the two cities (250): 1.000 / 1.000 with
none of 65; figures in unusual shapes, a twentieth round (251): 0.948 / 0.629 with none of 65;
spoken figures, a twenty-fifth round (252): 0.902 / 0.798 with 1 of 63; whole articles of union
congresses, a third round (253): 0.971 / 0.927 with none of 64; hard negatives, a twentieth round
(254): 0.976 / 1.000 with 1 of 115; the other indicators, a twentieth round (255): 0.980 / 0.951
with none of 70; and a general sample of older news, 2014–2019 (256): 0.992 / 0.984 with 1 of
65; and at ab55c22, after the rules those files found, a general sample of the Mekong delta and the
Highlands (257): 0.972 / 0.936 with 1 of 66; figures in unusual shapes, a twenty-first round
(258): 0.987 / 0.592 with none of 64; spoken figures, a twenty-sixth round (259): 0.934 / 0.859
with 1 of 68; whole articles of reviews, a fifth round (260): 0.985 / 0.935 with none of 64; hard
negatives, a twenty-first round (261): 0.980 / 1.000 with 1 of 109; the other indicators, a
twenty-first round (262): 1.000 / 0.892 with none of 68; and Party development and officials
trained, a third focused round (263): 0.968 / 0.938 with 1 of 64; and at 2619be4, after the rules
those files found, a general sample of national and sector news (264): 1.000 / 0.991 with none of
62; figures in unusual shapes, a twenty-second round (265): 0.951 / 0.690 with none of 67; spoken
figures, a twenty-seventh round (266): 0.975 / 0.804 with none of 64; whole articles of foundings
and membership drives (267): 0.980 / 0.907 with 1 of 72; hard negatives, a twenty-second round
(268): 0.917 / 1.000 with 4 of 108; the other indicators, a twenty-second round (269): 0.932 /
0.863 with 2 of 66; and a general sample of district and company news (270): 1.000 / 0.982 with
none of 67; and at c86ed5e, after the rules those files found (tables read by their header row
among them), report tables as the crawler writes them, a row a line (271): 0.960 / 0.188 with none
of 70 one sentence at a time (a row alone says nothing of its columns) and 0.986 / 0.567 read as
whole articles; spoken figures, a twenty-eighth round (272): 0.964 / 0.786 with 2 of 67; and
reviews of 2025–2026 with every indicator (273): 0.983 / 0.991 with 1 of 67; and at bdb4429, report
tables a row a line, a second round (274): 0.811 / 0.259 with 1 of 69 one sentence at a time and
0.979 / 0.414 read whole; figures in unusual shapes other than tables (275): 0.957 / 0.849 with
none of 68; and hard negatives, a twenty-third round (276): 1.000 / 0.961 with none of 103; and at
72ae8a2 (tables of courses, label and value rows and lists of bare counts read), a general sample,
a fourteenth round (277): 0.949 / 0.949 with 2 of 70; report tables a row a line, a third round
(courses, label and value rows, two-line headers) (278): 0.971 / 0.248 with 1 of 65 one sentence at
a time and 0.980 / 0.375 read whole; figures in unusual shapes, a second round (279): 0.947 / 0.849
with 2 of 66; spoken figures, a twenty-ninth round (280): 0.990 / 0.912 with 1 of 67; the
reorganisation of 2025–2026 (281): 0.991 / 0.991 with none of 68; hard negatives, a twenty-fourth
round (282): 0.963 / 0.987 with 3 of 95; and the other indicators, a twenty-third round (283):
0.953 / 0.882 with none of 76 (restated: the figures of union cards and of awards, which the
brief had named and the real sets read as none, were taken out of 13 sentences before reading);
and at 2892853, after the rules those files found, a general sample of provincial news of
2014–2020 (284): 0.975 / 0.983 with 1 of 65; whole review articles, a sixth round (285): 1.000 /
0.981 with none of 67; headlines and sa-pô, a second round (286): 1.000 / 0.970 with none of 64;
report tables a row a line, a fourth round (287): 0.833 / 0.079 with 2 of 70 one sentence at a
time and 0.824 / 0.551 read whole; Party development, a fifth focused round (288): 0.959 / 0.913
with 2 of 70; hard negatives, a twenty-fifth round (289): 1.000 / 0.985 with none of 97; and
unusual shapes, a third round (290): 0.959 / 0.684 with 1 of 67 (0.956 / 0.669 read whole);
and at b3a00c8, a general sample of 2026 after the reorganisation (291): 0.969 / 0.947 with 1 of
77; feature stories and reportage (292): 1.000 / 0.955 with none of 78; unusual shapes, a fourth
round (293): 0.937 / 0.754 with 2 of 69; hard negatives, a twenty-sixth round (294): 1.000 / 1.000
with none of 101; the federations' own short news items and report lists (295): 0.969 / 0.961 with
2 of 74 (0.984 / 0.976 read whole); the other indicators, officials trained and the Party, a
twenty-fourth round (296): 0.978 / 0.968 with 1 of 69; and older news of 2008–2015 (297): 0.992 /
0.959 with 1 of 67; and at f25c7a9, after the rules those files found, a general sample of the
North and Centre, 2021–2024 (298): 0.939 / 0.946 with none of 74; interviews, a thirtieth round of
speech (299): 0.951 / 0.843 with 2 of 68; unusual shapes, a fifth round (300): 0.919 / 0.812 with
2 of 67; whole review articles, a seventh round (301): 0.969 / 0.963 with 1 of 71; hard negatives,
a twenty-seventh round (302): 0.983 / 0.983 with 1 of 106; single events (303): 0.977 / 0.904
with none of 71; and headlines and sa-pô, a third round (304): 0.958 / 0.884 with none of 78
(0.961 / 0.916 read whole); and at 710c6a3, seven more: the local desk of laodong.vn and
nld.com.vn, 2023–2026 (305): 0.983 / 0.983 with none of 72; the noise of real web pages (list
items, bold labels, captions, glued numbers, typing mistakes) (306): 0.975 / 0.952 with none of
73; unusual shapes, a sixth round (comparisons, accumulated totals, averages, several
organisations, figures before their indicator) (307): 0.936 / 0.830 with 3 of 71; speech, a
thirty-first round (questions and answers, first person, spoken numbers) (308): 0.916 / 0.845
with 2 of 70; hard negatives, a twenty-eighth round (welfare, pay, finance, other
organisations) (309): 0.986 / 0.986 with 1 of 102; sector and enterprise unions (310): 0.983 /
0.966 with none of 70; and the less common indicators (311): 0.981 / 0.930 with none of 68; and
at 90097b8, after the rules those found: unusual shapes, a seventh round (brackets, lists after
"gồm", inverted order, passives with the agent after, x/y of all units or of a target) (312):
0.847 / 0.755 with 2 of 74; speech, a thirty-second round (chairs and organisers telling how
they recruited) (313): 0.964 / 0.818 with none of 76; report excerpts of the union portals (314):
1.000 / 0.986 with none of 68; whole short articles of 2026 after the reorganisation (315):
0.983 / 0.967 with none of 65; and hard negatives written next to figures (316): 0.986 / 0.986
with 1 of 92; and at b0d8afb (after rankings by a share, a percent after a passive's agents and
a count named after a dash, from the README's known gaps): unusual shapes, an eighth round
(counts after a dash or colon, rankings, headlines with no verb, units joined by semicolons,
"trong đó", "nâng tổng số", "so với cùng kỳ") (317): 0.929 / 0.727 with 2 of 70; speech, a
thirty-third round (radio, television and talk shows, rounded numbers and numbers in words,
self-corrections, wishes, other bodies' figures quoted) (318): 0.753 / 0.586 with 2 of 68; hard
negatives, a twenty-ninth round (welfare, disputes, pay, finance, congresses written with the
words of development) (319): 0.990 / 0.970 with 1 of 77; 2026 news after the reorganisation and
the Trade Union Law 2024 (320): 0.983 / 0.943 with none of 72; regional provincial papers
(321): 0.976 / 0.946 with none of 74; and Party development and officials trained, a sixth
focused round (322): 0.980 / 0.932 with 1 of 74; and at 6f01541 (after the rules those found):
speech, a thirty-fourth round (print interviews, the indicator put first, targets told before or
after results, elliptical answers) (323): 0.935 / 0.649 with 2 of 64; unusual shapes, a ninth
round (relatives with no "mà/do", "riêng", running totals, percents past long descriptions,
captions and bulleted lines) (324): 0.915 / 0.802 with none of 71; hard negatives, a thirtieth
round (325): 0.980 / 0.990 with 2 of 78; and a general sample of 2025–2026 union news (326):
1.000 / 0.991 with none of 74; and at 5f6bbeb (after the rules those found and four of the
README's gaps): speech, a thirty-fifth round (indicators put first, a topic with "là", bare
answers, targets after results, estimates, two periods compared) (327): 0.912 / 0.646 with none
of 78; unusual shapes, a tenth round (targets allotted in brackets, rankings whose deed only the
headline or sa-pô names, percents past long descriptions, tallies under a colon, figures split
across sentences) (328): 0.951 / 0.802 with 1 of 69; hard negatives, a thirty-first round (329):
0.989 / 1.000 with 1 of 85; a general sample of 2016–2024 union news (330): 0.983 / 0.975 with 1
of 68; Party development, officials trained and the other indicators in sector and corporation
unions (331): 0.974 / 0.925 with 2 of 74; and headlines and sa-pô that carry the organisation and
period (332): 0.971 / 0.944 with 2 of 71; and at 89ff967 (after the rules those found): speech,
a thirty-sixth round (bare answers, ratings put first, two periods, an indicator named in one
clause and counted in the next) (333): 0.977 / 0.656 with 1 of 72; infographics and report tables
pasted as text, bullets under a heading, captions (334): 0.903 / 0.581 with none of 70; hard
negatives, a thirty-second round (335): 0.975 / 0.975 with 1 of 98; a general sample of 2025–2026
union news (336): 0.950 / 0.897 with 1 of 68; the informal sector, nghiệp đoàn and tổ liên kết,
foreign workers (337): 0.943 / 0.812 with 2 of 68; and whole short articles that refer back (338):
0.965 / 0.901 with none of 70.
First looks at a891f98 (scored in a worktree at that commit before anyone read them): speech, a
thirty-seventh round (339): 0.933 / 0.808 with none of 70; infographics, tables and bulleted
summaries pasted as text, a second round (340): 0.924 / 0.565 with none of 75; hard negatives, a
thirty-third round (341): 0.989 / 0.977 with 1 of 81; a general sample of provincial papers and
LĐLĐ portals 2019–2023 (342): 1.000 / 0.970 with none of 67; unusual shapes, an eleventh round
(343): 0.973 / 0.840 with 2 of 69; commune and ward unions and the merged provinces after the 2025
reorganisation (344): 0.960 / 0.938 with 3 of 71.
First looks at c2ec5a1 (scored in a worktree at that commit before anyone read them): speech, a
thirty-eighth round, congress speeches against the last congress's targets (345): 0.892 / 0.846
with none of 70; infographics and tables, a third round (346): 0.972 / 0.598 with 1 of 69; hard
negatives, a thirty-fourth round (347): 0.978 / 0.989 with 1 of 79; a general sample of national
union papers 2020–2026 (348): 0.950 / 0.974 with 3 of 67; industrial zones and FDI enterprises
(349): 0.970 / 0.907 with none of 76; sector and armed-forces unions and the less common
indicators (350): 1.000 / 0.919 with none of 66.
First looks at f4887d4 (scored in a worktree at that commit before anyone read them): a general
sample of 2014–2019 union news (351): 0.932 / 0.941 with 1 of 66; short posts of the federations'
websites and fanpages (352): 0.942 / 0.933 with none of 65; hard negatives, a thirty-fifth round
(353): 0.945 / 0.981 with 1 of 104; monthly and quarterly progress reports of 2026 after the
merger of provinces (354): 0.973 / 0.956 with 2 of 65. The rules written from 351, 353 and 354
then read 352, still unread, at 0.980 / 0.962 with none of 65.
First looks at c9a39a4 (scored in a worktree at that commit before anyone read them): speech, a
thirty-ninth round (355): 0.933 / 0.814 with 2 of 67; infographics and tables, a fourth round,
tab-separated rows among them (356): 0.931 / 0.663 with 2 of 66; a general sample of 2020–2026
provincial news (357): 1.000 / 1.000 with none of 68; Party development through the union (358):
0.950 / 0.922 with 1 of 67.
First looks at b12885c (scored in a worktree at that commit before anyone read them): a general
sample of 2022–2026 national papers (359): 1.000 / 1.000 with none of 65; union officials trained
and the other indicators (360): 0.925 / 0.915 with 4 of 69; speech, a fortieth round (361): 0.950
/ 0.844 with 1 of 66; long report sentences packing several bodies and indicators (362): 0.944 /
0.914 with 3 of 66.
First looks at bc2d7b0 (scored in a worktree at that commit before anyone read them): a general
sample of 2023–2026 provincial federations' portals and papers (363): 0.991 / 0.964 with none of
65; infographics and tables, a fifth round (364): 0.920 / 0.595 with 1 of 66; speech, a forty-first
round, radio and TV transcripts (365): 0.947 / 0.689 with 2 of 65; hard negatives, a thirty-sixth
round (366): 1.000 / 1.000 with none of 74.
First looks at 0247170 (scored in a worktree at that commit before anyone read them): a general
sample of 2024–2026 national papers after the merger (367): 1.000 / 0.982 with none of 65; speech,
a forty-second round, quotes and press answers (368): 0.943 / 0.865 with 2 of 66; infographics and
report shorthand, a sixth round (369): 0.873 / 0.447 with 2 of 65 (rows whose header or indicator
only the lines or headline before name, read right as an article); the other indicators and
officials trained, a second round (370): 0.912 / 0.954 with 3 of 66.
First looks at bdcd7cf (scored in a worktree at that commit before anyone read them): a general
sample of 2019–2026 provincial papers and portals (371): 1.000 / 0.991 with none of 65; speech,
quotes inside stories (372): 0.849 / 0.687 with 2 of 70; tables as an article's lines, their
header lines apart (373): 0.800 / 0.252 with 2 of 64 sentence by sentence, 0.942 / 0.631 read as
whole articles; hard negatives, a thirty-seventh round (374): 0.966 / 0.945 with 1 of 81.
First looks at d95fefc (scored in a worktree at that commit before anyone read them): a general
sample of industry and industrial-zone unions' portals (375): 0.990 / 0.990 with none of 64;
speech, interviews as questions and answers (376): 0.925 / 0.861 with 2 of 66; headlines and
sa-pô read on their own (377): 0.988 / 0.911 with 1 of 67; hard negatives, a thirty-eighth round
(378): 0.990 / 0.980 with 1 of 74.
First looks at 8f322fc (scored in a worktree at that commit before anyone read them): a general
sample of the national union press (379): 0.951 / 0.975 with 2 of 69; district and commune
chairpersons on the phone (380): 0.945 / 0.775 with none of 66; lists and breakdowns by body
(381): 0.964 / 0.709 with 3 of 66; feature stories and single events (382): 1.000 / 0.989 with
none of 67.
First looks at 04395d7 (scored in a worktree at that commit before anyone read them): speech on
introductions to the Party and officials trained (383): 0.896 / 0.657 with 1 of 65 (answers whose
indicator only the question names); a general sample of 2025–2026 provincial news after the
merger (384): 0.983 / 0.983 with 1 of 67; lists and breakdowns, a second round (385): 0.962 /
0.799 with 1 of 66; hard negatives, a thirty-ninth round (386): 0.989 / 0.978 with none of 66.
First looks at c9ddfac (scored in a worktree at that commit before anyone read them): a general
sample of the central industry unions (387): 0.971 / 0.971 with none of 65; hard negatives, a
fortieth round (388): 1.000 / 0.979 with none of 70; captions, boxed notes and plans (389): 1.000
/ 0.991 with none of 65; comparisons of periods (390): 0.943 / 0.839 with none of 75.
First looks at ec5a207: laodong.vn's provincial desks (391): 1.000 / 1.000 with none of 65;
speech, a ninth round (392): 0.875 / 0.648 with none of 64; lists and breakdowns, a third round
(393): 0.945 / 0.645 with 1 of 68; hard negatives, a forty-first round (394): 1.000 / 0.972 with
none of 70.
First looks at 7c3e9b6: speech, a tenth round (395): 0.968 / 0.891 with none of 70; a general
sample of the national papers (396): 1.000 / 0.964 with none of 68; the federations' portals
(397): 0.992 / 1.000 with none of 64; lists and breakdowns, a fourth round (398): 0.972 / 0.820
with 2 of 65.
First looks at 6c5ac23: the sector unions and big enterprises' unions (399): 1.000 / 0.961 with
none of 65; speech, an eleventh round (400): 0.966 / 0.915 with none of 70; hard negatives, a
forty-second round (402): 0.969 / 0.969 with 2 of 68. At 69b4968: headlines, sa-pô and first
sentences read together (401): 1.000 / 0.990 with none of 65.
First looks at 7d3ee8f: local news of the south (403): 0.990 / 1.000 with 1 of 67; speech in the
informal sector (404): 0.940 / 0.814 with 1 of 69; lists and breakdowns, a fifth round (405):
0.978 / 0.747 with 2 of 65; the other indicators and officials trained, a third round (406):
0.942 / 0.910 with 1 of 64.
First looks at 56180bb (the head when the session of 2026-12-05's second part began; each file
was also scored at the commit named after it, whose rules were written before it was read): speech,
a twelfth round (407): 0.878 / 0.595 with 3 of 66; lists and breakdowns, a sixth round (408): 0.928
/ 0.747 with 2 of 66, 0.930 / 0.768 at 3da0fd9; a general sample of the provincial federations
(409): 0.992 / 0.983 with 1 of 67; hard negatives, a forty-third round (410): 0.981 / 0.972 with
none of 65; plans and targets (411): 0.948 / 0.957 with 2 of 66; introductions to the Party and
officials trained, a second round (412): 0.979 / 0.969 with none of 70; lists and breakdowns, a
seventh round (413): 0.909 / 0.848 with 1 of 68, 0.962 / 0.927 at b6161c0; speech, a thirteenth
round (414): 0.912 / 0.737 with 3 of 65, 0.917 / 0.778 at b6161c0; the other indicators, a
fourth round (415): 0.911 / 0.812 with 4 of 67, 0.925 / 0.851 at 40c7022; hard negatives, a
forty-fourth round (416): 0.934 / 0.971 with 1 of 65, 0.952 / 0.980 at b6161c0; district and ward
news of the four cities (417): 0.980 / 0.990 with none of 65, the same at 40c7022.
Then, scored at 86c07cc and at the commit the rules had reached before anyone read them: speech,
a fourteenth round (418): 0.951 / 0.720 with 1 of 68; lists, an eighth (419): 0.964 / 0.884 with
3 of 65, the same at aceabe0; the Mekong Delta and Central Highlands (420): 1.000 / 0.983 with none
of 69; hard negatives, a forty-fifth round (421): 1.000 / 0.971 with none of 68; other indicators,
a fifth (422): 0.980 / 0.915 with 1 of 66; speech, a fifteenth (423): 0.968 / 0.867 with 1 of 65,
0.969 / 0.895 at 3da7c20; lists, a ninth (424): 0.987 / 0.761 with 1 of 66, the same at 3da7c20;
the national press and industry unions (425): 0.991 / 0.982 with 1 of 65, the same at 812f49e;
hard negatives, a forty-sixth (426): 1.000 / 0.991 with none of 66; lists, a tenth (427): 1.000 /
0.982 with none of 65, the same at e5d0d73; speech, a sixteenth (428): 0.902 / 0.787 with 2 of 67,
the same at e5d0d73; the northern mountain provinces (429): 0.991 / 0.965 with 1 of 67, the same
at e5d0d73; plans and targets, a second round (430): 0.971 / 0.923 with 1 of 65, 0.971 / 0.930 at
e5d0d73; speech, a seventeenth (431): 0.990 / 0.943 with none of 68, the same at 0246587; lists,
an eleventh (432): 0.970 / 0.818 with 1 of 67, 0.965 / 0.822 at 3a66709; hard negatives, a
forty-seventh (433): 0.982 / 1.000 with 2 of 69, the same at 0246587; the central coast (434):
0.976 / 0.992 with 2 of 65, the same at 3a66709; and, at the session's last rules (f6ae3d6),
speech, an eighteenth round (435): 0.908 / 0.806 with none of 67 at both; lists, a twelfth (436):
0.983 / 0.842 with 1 of 66 at 86c07cc, 0.983 / 0.872 at f6ae3d6. The rules written from the first
of them moved the later unread ones a little (lists gained 6 figures of 203, a speech file 3 of
105, a plans file 1; the other speech files none): what speech and lists still miss is many
shapes, each rare.
The session of 2026-12-05's fourth part scored each of its files at d0423c6 and at the commit its
rules had reached, before reading it: speech, a nineteenth round (437): 0.965 / 0.776 with none
of 65, the same at 37a5f83; lists, a thirteenth (438): 0.980 / 0.711 with 1 of 65, 0.981 / 0.730
at 37a5f83; the Red River Delta (439): 0.963 / 0.954 with 1 of 66, the same; hard negatives, a
forty-eighth (440): 0.973 / 1.000 with 3 of 67, the same; lists, a fourteenth (441): 0.989 /
0.842 with 2 of 65, 0.989 / 0.852 at 46d574e; speech, a twentieth (442): 0.947 / 0.670 with 1 of
67, the same; the Southeast (443): 1.000 / 0.991 with none of 65, the same; speech, a
twenty-first (444): 0.989 / 0.806 with none of 66, 0.989 / 0.861 at a4ae0ee; lists, a fifteenth
(445): 0.987 / 0.776 with 1 of 66, 0.987 / 0.781 at a4ae0ee; hard negatives, a forty-ninth
(446): 0.979 / 0.969 with 2 of 73, the same; lists, a sixteenth (447): 0.993 / 0.789 with none
of 65, 0.993 / 0.800 at 2f0bd06; speech, a twenty-second (448): 0.926 / 0.846 with 1 of 65, the
same at f403c4e; plans and targets, a third (449): 1.000 / 0.932 with none of 63, 1.000 / 0.957
at f403c4e; speech, a twenty-third (450): 1.000 / 0.887 with none of 65, the same at 9c86556,
1.000 / 0.915 at 976f301;
lists, a seventeenth (451): 0.977 / 0.782 with none of 65, 0.978 / 0.814 at 9c86556; the Mekong
Delta and the south-central provinces (452): 0.963 / 0.990 with 2 of 65, the same at 154881d;
and, at de07dde (453 and 455 again at the session's last rules, 976f301, the same), lists, an
eighteenth (453): 0.974 / 0.772 with 1 of 67, 0.975 / 0.797; speech, a twenty-fourth (454): 0.959
/ 0.832 with 3 of 67, the same; hard negatives, a fiftieth (455): 0.983 / 0.983 with 1 of 64, the
same. The list rules moved each
later list file by 1 to 7 figures of about 200, the speech rules two speech files of six (444, 6
figures of 108; 450, 3 of 106); no negative was given a figure more.
The session of 2026-12-05's fifth part scored each of its files before reading it: report
paragraphs (456): 0.987 / 0.975 with 2 of 65 at fd16e7a; lists, a nineteenth (457): 0.982 / 0.717
with none of 68 at fd16e7a; hard negatives, a fifty-first (458): 0.990 / 0.990 with 1 of 67 at
fd16e7a; lists, a twentieth (459): 0.931 / 0.652 with 3 of 68 at e8e4a34; speech, a twenty-fifth
(460): 0.912 / 0.788 with 1 of 69 at e8e4a34; the north-central provinces and the Central
Highlands (461): 0.991 / 0.991 with 1 of 66 at e8e4a34 (459–461 the same with the rules then
uncommitted); then, at fd16e7a (before the session's rules) and at 0add4ab: lists, a
twenty-first (462): 0.987 / 0.682 and 0.988 / 0.727 with none of 66; speech, a twenty-sixth
(463): 0.977 / 0.851 and 0.978 / 0.861 with none of 65; the four big cities (464): 1.000 / 0.960
at both with none of 64; and, at fd16e7a, at a81fbe4 and with the last speech rules then
uncommitted: lists, a twenty-second (465): 0.974 / 0.835, 0.974 / 0.839, the same, with none of
65; speech, a twenty-seventh (466, its angle naming spoken shapes those rules read): 0.890 /
0.686, 0.892 / 0.703, 0.927 / 0.754, with 3 of 66; hard negatives, a fifty-second (467): 0.972 /
0.972 at all three, with 2 of 68.
The session of 2026-12-05's sixth part scored each of its files before reading it, at edb6839
(before its rules) and with the rules it had then (uncommitted): lists, a twenty-third (468):
0.980 / 0.668, 0.980 / 0.673, with none of 65; speech, a twenty-eighth (469): 0.944 / 0.816,
0.944 / 0.825, with none of 65; industry unions and enterprises (470): 1.000 / 0.963 at both,
with none of 65; hard negatives, a fifty-third (471, its angle naming the shapes those rules
read): 0.964 / 0.831, 0.965 / 0.846, with 1 of 65 at both; the northern midland and mountainous
provinces (472): 0.990 / 0.963 at both, with 1 of 65; report paragraphs of reviews (473): 0.973 /
0.977 at both, with 1 of 66; then, at edb6839 and with the rules of 801e429 and after (then
uncommitted): lists, a twenty-fourth (474, its angle naming shapes those rules read): 0.844 /
0.466, 0.868 / 0.568, with 1 of 65; speech, a twenty-ninth (475): 0.888 / 0.792, 0.897 / 0.800,
with 2 of 66; short news items (476): 0.981 / 0.963 at both, with none of 66; the national level
(477): 0.972 / 0.981 at both, with 2 of 65; hard negatives, a fifty-fourth (478): 0.990 / 0.990 at
both, with none of 66; speech in interviews, a thirtieth (479): 0.981 / 0.914 at both, with none of
65; and at edb6839 and with the later rules (then uncommitted): lists, a twenty-fifth (480): 0.982
/ 0.721, 0.965 / 0.734, with 2 of 65; speech in feature stories, a thirty-first (481): 0.948 /
0.948, 0.989 / 0.969, with 1 of 65; the Mekong Delta and the Southeast (482): 1.000 / 1.000 at
both, with none of 65; and at the session's last rules, each angle leaving the wordings to its
writer: lists, a twenty-sixth (483): 0.970 / 0.844 at both, with none of 65; speech at
conferences and in interviews, a thirty-second (484): 0.981 / 0.963 at both, with none of 65;
hard negatives, a fifty-fifth (485): 0.990 / 0.990 at both, with 1 of 66.
The session of 2026-12-05's seventh part scored each of its files before reading it, at 2b9d3f2
(before its rules) and with the rules it had then (uncommitted), the same at both unless said:
lists, a twenty-seventh (486): 0.948 / 0.596, with 1 of 66; speech, a thirty-third (487): 1.000 /
0.897, with none of 65; hard negatives, a fifty-sixth (488): 1.000 / 1.000, with none of 68; the
Red River Delta and the north-east (489): 0.991 / 0.991, with none of 67; the public sector and
services (490): 1.000 / 0.983, with none of 65; lists, a twenty-eighth (491): 0.956 / 0.861, with
1 of 66; lists, a twenty-ninth (492): 0.983 / 0.829, with 2 of 67; speech, a thirty-fourth (493):
0.926 / 0.863, with 1 of 65; hard negatives, a fifty-seventh (494): 1.000 / 0.990, with none of
64; the South Central Coast and the Central Highlands (495): 1.000 / 0.973, with none of 65;
lists in the compact forms of reports, a thirtieth (496, its angle naming the headings and
legends those rules read): 0.835 / 0.366 and 0.865 / 0.464, with 5 of 66; speech, a thirty-fifth
(497): 0.947 / 0.788, with none of 66; lists, a thirty-first (498, its angle naming bare names
and places of one kind named once): 0.995 / 0.871 and 0.995 / 0.884, with none of 65; hard
negatives, a fifty-eighth (499, its angle naming lists, legends and values in turn of no figure):
0.990 / 0.963, with 1 of 66; and, at the rules of b98ad79 and after (uncommitted), each angle
leaving the wordings to its writer: lists, a thirty-second (500): 0.972 / 0.932, with 3 of 67;
speech, a thirty-sixth (501): 0.990 / 0.950, with none of 65; hard negatives, a fifty-ninth
(502): 1.000 / 0.991, with none of 67; the five cities and the industrial zones (503): 0.991 /
0.991, with 1 of 65.
The session of 2026-12-05's eighth part scored each of its files before reading it, at 0f87ac1
(before its rules) and, from 512 on, with the rules it had then (uncommitted or just committed),
the same at both unless said: speech, a thirty-seventh (504): 0.991 / 0.915, with none of 66;
lists in the compact forms of reports, a thirty-third (505): 0.852 / 0.637, with 7 of 65; hard
negatives, a sixtieth (506): 0.989 / 0.979, with none of 66; the northern mountain provinces
(507): 0.953 / 0.962, with none of 68; the "other" indicators (508): 1.000 / 0.857, with none of
65; Party introduction and officials' training (509): 0.978 / 0.938, with none of 66; features
and long reports (510): 0.978 / 0.830, with none of 66; short news items, a third (511): 0.992 /
0.923, with none of 65; then, with the rules of f65f21c and after: lists, a thirty-fourth (512,
its angle naming the compact forms those rules read): 0.875 / 0.552 and 0.889 / 0.582, with 4 of
66; comparisons and references back (513, its angle naming "con số này"): 0.990 / 0.667 and
0.991 / 0.744, with none of 65; values in turn (514, its angle naming them): 0.890 / 0.721 and
0.885 / 0.726, with 2 of 65; hard negatives, a sixty-first (515): 0.990 / 0.981, with none of 66;
the Central Highlands and the South Central Coast (516): 0.973 / 0.973, with none of 65; speech, a
thirty-eighth (517): 0.979 / 0.931 and 0.969 / 0.931, with 2 of 65 (a wish, "muốn con số ấy lên
60", read as done); and with the rules of e771afd: lists, a thirty-fifth (518): 0.972 / 0.843,
with none of 66; speech, a thirty-ninth (519): 0.989 / 0.938, with 1 of 65; hard negatives, a
sixty-second (520): 1.000 / 0.979, with none of 65; the North Central Coast (521): 1.000 / 1.000,
with none of 65.
The session of 2026-12-05's ninth part scored each of its files before reading it, at 7c6bbda
(before its rules) and with the rules it had then, the same at both unless said: the Mekong Delta
(525): 0.990 / 0.990, with 1 of 67; after the 2025 merger of provinces (529): 0.982 / 0.964, with
2 of 65; short news items, a fourth (527): 0.990 / 0.951, with none of 67; hard negatives, a
sixty-third (522): 0.991 / 0.981, with 1 of 65; the Red River Delta (526): 0.982 / 0.964, with 1
of 65; lists, a thirty-sixth (524): 0.946 / 0.773 and 0.946 / 0.781, with 3 of 65; features and
long reports, a second (528): 0.936 / 0.896, with 1 of 70 (0.887 with the uncommitted rules then,
a decimal comma read as values in turn, fixed before they were committed); speech, a fortieth
(523): 0.989 / 0.911, with none of 65; then, with the rules of 684b0db's making: hard negatives, a
sixty-fourth (530): 0.990 / 0.990, with 1 of 67; speech, a forty-first (531): 0.979 / 0.911, with
none of 65; lists, a thirty-seventh (532): 0.991 / 0.909, with 1 of 65; indicators and bodies in
turn (533, its angle naming the shapes those rules read): 0.868 / 0.749 and 0.898 / 0.806, with 2
of 65; the Southeast (534): 1.000 / 0.971, with none of 65; the national industry unions (535):
0.990 / 0.961, with 1 of 66; short news items, a fifth (536): 1.000 / 0.989, with none of 65;
year-end and term reviews (537): 1.000 / 1.000, with none of 65; and with the rules of 12e9bea
and 1b0e86d (the session's rules but the last commit's): hard negatives, a sixty-fifth (538):
0.990 / 0.990, with 1 of 66; speech, a forty-second (539): 1.000 / 0.968, with none of 66; lists,
a thirty-eighth (540): 0.981 / 0.923 and 0.981 / 0.928, with 2 of 65; the northern mountain
provinces (541): 0.991 / 0.966, with 1 of 65; Hà Nội (542): 1.000 / 0.966 and 1.000 / 0.991, with
none of 69; features and long reports, a third (543): 0.974 / 0.950, with 1 of 65; short news
items, a sixth (544): 1.000 / 0.990, with none of 65; the "other" indicators, a second (545): 0.968
/ 0.909, with 1 of 67.
The session of 2026-12-06 (the tenth part) scored each of its files before reading it, at 2f0f26b
(before its rules) and with the rules it had then, the same at both unless said: hard negatives, a
sixty-sixth (546): 1.000 / 0.990, with none of 65; speech, a forty-third (547): 1.000 / 0.927, with
none of 65; lists, a thirty-ninth (548): 0.976 / 0.949, with 2 of 66; the Central Highlands and the
south-central coast (549): 1.000 / 1.000, with none of 65; features and long reports, a fourth
(550): 0.982 / 0.964, with 1 of 66; the north-central provinces (551): 0.991 / 0.991, with 1 of 65;
Thành phố Hồ Chí Minh (552): 0.990 / 0.961, with 1 of 65; short news items, a seventh (553): 1.000 /
0.990, with none of 65; hard negatives, a sixty-seventh (557): 1.000 / 1.000, with none of 65; the
Party's development through the union (560): 0.966 / 0.991 and 0.974 / 0.991, with 3 and 2 of 65;
the Mekong Delta and the south, a second (561): 0.990 / 0.990, with none of 65; speech, a
forty-fourth (556): 0.960 / 0.941, with 4 of 66; indicators, deeds and bodies in turn, a second
(558, its angle naming the shapes): 0.840 / 0.703 and 0.842 / 0.715, with 2 of 66; training of
union officials (559): 0.965 / 0.838, with 2 of 65; lists, a fortieth (554): 0.991 / 0.855 and
0.991 / 0.863, with none of 65; features and long reports, a fifth (555): 0.970 / 0.897, with none
of 66; and at fb8c838 (the part's rules, committed): hard negatives, a sixty-eighth (562): 0.990 /
0.962 and 0.990 / 0.972, with 1 of 65; speech, a forty-fifth (563): 0.967 / 0.898, with 2 of 66;
lists, a forty-first (564): 0.961 / 0.896 and 0.967 / 0.902, with 4 and 3 of 65; features and long
reports, a sixth (565): 0.949 / 0.921 and 0.949 / 0.931, with 2 of 65; short news items, an eighth
(566): 0.990 / 0.981, with 1 of 67; the Red River Delta, a second (567): 0.992 / 1.000, with 1 of
65; the central coast (568): 0.990 / 0.981, with 1 of 65; the national industry unions, a second
(569): 0.981 / 0.936 and 0.981 / 0.945, with none of 65.
The session of 2026-12-06 (the eleventh part) scored each of its files before reading it, at c90931b
(before its rules) and with the rules it had then, the same at both unless said: hard negatives, a
sixty-ninth (570): 0.981 / 0.990, with 1 of 66; speech, a forty-sixth (571): 0.976 / 0.872, with 1
of 65; lists, a forty-second (572): 0.980 / 0.946, with 4 of 65; features and long reports, a
seventh (573): 0.962 / 0.918, with 2 of 67; figures said in turn, a third (574): 0.886 / 0.795,
with 4 of 66; training of union officials, a second (575): 0.975 / 0.940, with 2 of 65; 2026 news
after the reorganisation of 2025 (576): 1.000 / 0.964, with none of 65; the northern mountain
provinces (577): 1.000 / 0.972, with none of 65; and at bccede4 (the part's first rules): hard
negatives, a seventieth (578): 0.981 / 0.990, with 1 of 69; speech, a forty-seventh (579): 0.967 /
0.908 and 0.968 / 0.918, with none of 67; lists, a forty-third (580): 0.989 / 0.943, with none of
69; 2026 news, a second (581): 0.990 / 0.963, with 1 of 65; figures said in turn, a fourth (582):
0.877 / 0.781, with 4 of 66; the Party's development through the union, a second (583): 0.972 /
0.914 and 0.973 / 0.922, with 1 of 65; short news items, a ninth (584): 0.990 / 1.000, with 1 of 65;
features and long reports, an eighth (585): 0.945 / 0.928, with 2 of 66; and at 0211b1f (the
part's final rules): hard negatives, a seventy-first (586): 0.990 / 1.000, with 1 of 66; speech, a
forty-eighth (587): 0.977 / 0.887 and 0.989 / 0.918, with none of 66; lists, a forty-fourth (588):
0.985 / 0.905 and 0.990 / 0.905, with 1 and none of 65; features and long reports, a ninth (589):
0.951 / 0.942, with 2 of 66; figures said in turn, a fifth (590): 0.859 / 0.711, with 3 of 65;
training of union officials, a third (591): 0.989 / 0.967 and 0.989 / 0.978, with 1 of 65; 2026
news, a third (592): 1.000 / 0.939 and 1.000 / 0.965, with none of 65; the South-East (593): 0.991 /
0.972, with none of 65.
The session of 2026-12-06 (the twelfth part) scored each of its files before reading it, at 5a51bf4
(before its rules) and with the rules it had then (uncommitted: the first batch's unions founded in
turn and values before their deeds, the second's also the targets in turn after the results), the
same at both unless said: hard negatives, a seventy-second (594): 0.991 / 0.981, with none of 65;
speech, a forty-ninth (595): 0.964 / 0.880, with none of 65; lists, a forty-fifth (596): 0.979 /
0.887, with 3 of 65; figures said in turn, a sixth (597): 0.832 / 0.744 and 0.848 / 0.744, with 4
of 65; union congresses' documents, a second (598): 0.974 / 0.950, with none of 65; the public
sector's unions (599): 0.989 / 0.949, with none of 65; short news items, a tenth (600): 1.000 /
0.990, with none of 65; the Central coast and Highlands (601): 0.991 / 0.981, with 1 of 65; hard
negatives, a seventy-third (602): 0.991 / 0.939, with none of 67; speech, a fiftieth (603): 0.990 /
0.971, with 1 of 66; lists, a forty-sixth (604): 0.990 / 0.961, with none of 65; figures said in
turn, a seventh (605): 0.898 / 0.789 and 0.901 / 0.811, with 2 of 65; features and long reports, a
tenth (606): 0.964 / 0.964, with 3 of 68; training of union officials, a fourth (607): 0.975 /
0.886, with 1 of 65; the Party's development through the union, a third (608): 0.980 / 0.943, with
none of 65; the Mekong Delta (609): 0.991 / 0.991, with 1 of 65; and at the part's final rules
(its third commit of rules): hard negatives, a seventy-fourth (610): 0.981 / 0.962, with none of
66; speech, a fifty-first (611): 0.924 / 0.907, with 2 of 66; lists, a forty-seventh (612): 0.995 /
0.949, with none of 67; figures said in turn, an eighth (613): 0.939 / 0.803 and 0.953 / 0.815,
with 1 of 65; short news items, an eleventh (614): 1.000 / 1.000, with none of 65; training of union
officials, a fifth (615): 0.978 / 0.917, with 1 of 65; union congresses' documents, a third (616):
0.981 / 0.964, with 2 of 65; the Red River Delta and the North-East (617): 0.972 / 0.981, with 1 of
65.
The session of 2026-12-06 (the thirteenth part) scored its files before reading them, at 0dbc32e and
with the rules it had then (the twelfth part's known gaps: a percent of a target named by its deed
after one set against it, a part of a body whose name ends on a number, what was done said short
with the target it is out of, a target passed by so many units), the same at both: figures said in
turn, a ninth (618): 0.917 / 0.818, with 1 of 67; speech, a fifty-second (619): 0.953 / 0.953,
with 3 of 67; hard negatives, a seventy-fifth (620): 0.984 / 0.969, with none of 101; lists, a
forty-eighth (621): 0.980 / 0.826, with 1 of 65; features and long reports, an eleventh (622):
0.929 / 0.913, with 1 of 70; the other indicators (623): 1.000 / 0.886, with none of 68; the
Party's development through the union, a fourth (624): 0.991 / 0.983, with none of 65; Workers'
Month and the peak campaigns (625): 0.982 / 0.991, with 1 of 65. Its second batch, scored at
ac7b3e2 and with the rules then (targets in brackets after the results, a trainee's noun that goes
on with the union's, those still groomed for the Party), the same at both: figures said in turn, a
tenth (626): 0.957 / 0.844, with none of 68; speech, a fifty-third (627): 0.978 / 0.821, with none
of 70; hard negatives, a seventy-sixth (628): 1.000 / 1.000, with none of 100; lists, a
forty-ninth (629): 0.954 / 0.889, with 2 of 65; features and long reports, a twelfth (630): 0.969
/ 0.901, with 1 of 66; training of union officials, a sixth (631): 0.929 / 0.963, with 2 of 64; Hà
Nội and Hồ Chí Minh City (632): 0.991 / 0.974, with none of 66; short news items, a twelfth
(633): 1.000 / 0.967, with none of 65. Its third batch, scored at 053b612 and with the rules then
(results since a period's start raised to a count, "nâng kết quả … lên"), the same at both unless
said: figures said in turn, an eleventh (634): 0.846 / 0.695, with 1 of 65; speech, a fifty-fourth
(635): 0.990 / 0.942, with none of 65; hard negatives, a seventy-seventh (636): 1.000 / 1.000, with
none of 100; lists, a fiftieth (637): 0.965 / 0.957, with 1 of 65; running totals through the year
(638): 0.960 / 0.902 and 0.961 / 0.917, with 1 of 69; the Party's development through the union, a
fifth (639): 0.983 / 0.960, with none of 65; the other indicators, a second (640): 0.985 / 0.937,
with 1 of 70; the Central coast, the Highlands and the Mekong Delta (641): 1.000 / 1.000, with none
of 64.
The session of 2026-12-06 (the fourteenth part) scored its first batch before reading it, at
e629863 and with the rules it had then (shares of other indicators said in turn, courses and their
learners in turn, results in turn after targets in turn past a time and who did them), the same at
both unless said: figures said in turn, a twelfth (642): 0.816 / 0.773 and 0.825 / 0.820, with 3 of
66; speech, a fifty-fifth (643): 0.949 / 0.861, with 2 of 65; hard negatives, a seventy-eighth
(644): 0.968 / 0.968, with none of 100; lists, a fifty-first (645): 0.945 / 0.916, with 1 of 66;
the other indicators, a third (646): 0.977 / 0.947, with 2 of 66; quarterly and monthly reports
and tables read out in prose (647): 0.972 / 0.895, with 1 of 64; the Northern mountains and
midlands (648): 1.000 / 1.000, with none of 65; training of union officials, a seventh (649): 0.955
/ 0.923, with 1 of 65.
Its second batch, scored at 1f25482 (the rules of e629863) and with the rules then (the first
batch's: shares in turn, courses in turn, results in turn after targets in turn, what was done in
another year than the targets'), the same at both unless said: figures said in turn, a thirteenth
(650): 0.893 / 0.732 and 0.899 / 0.781, with 1 of 69; speech, a fifty-sixth (651): 0.969 / 0.845,
with none of 66; hard negatives, a seventy-ninth (652): 1.000 / 1.000, with none of 100; features
and long reports, a thirteenth (653): 0.918 / 0.849, with none of 66; the Party's development
through the union, a sixth (654): 0.963 / 0.954, with 3 of 68; short news items, a thirteenth
(655): 1.000 / 1.000, with none of 65; targets and results in one sentence (656): 0.730 / 0.735 and
0.804 / 0.782, with none of 69; the South-East and its industrial zones (657): 1.000 / 0.990, with
none of 66.
Its third batch, scored at 3855518 (the rules of e629863) and with the rules then (the same as for
the second batch), the same at both unless said: figures said in turn, a fourteenth (658): 0.883 /
0.727 and 0.941 / 0.803, with 2 of 67; targets and results in one sentence, a second (659): 0.891 /
0.871 and 0.921 / 0.886, with 1 of 65; speech, a fifty-seventh (660): 0.960 / 0.850, with 1 of 65;
lists, a fifty-second (661): 0.952 / 0.939, with 2 of 63; the other indicators, a fourth (662):
0.982 / 0.907, with 1 of 65; quarterly and monthly reports, a second (663): 0.939 / 0.874, with 4
of 69; hard negatives, an eightieth (664): 0.953 / 1.000, with 1 of 100; the public sector's
unions, a second (665): 1.000 / 0.991, with none of 65.
Its fourth batch, scored at 9f498c2 (the first, second and third batches' rules: a goal of a year
named, results of another year, a term's target, places of one kind counted, rates of others in
turn, learners in months named) and with the rules then (running totals raised with "đưa", counts
of times said short after a first one with its deed), the same at both unless said: figures said
in turn, a fifteenth (666): 0.925 / 0.786, with 1 of 68; targets and results in one sentence, a
third (667): 0.797 / 0.810, with 3 of 66; speech, a fifty-eighth (668): 0.960 / 0.915, with 2 of
65; features and long reports, a fourteenth (669): 0.900 / 0.824 and 0.901 / 0.830, with 2 of 67;
hard negatives, an eighty-first (670): 1.000 / 1.000, with none of 100; lists, a fifty-third
(671): 0.934 / 0.902, with 4 of 66; training of union officials, an eighth (672): 0.977 / 0.934,
with none of 65; the Party's development through the union, a seventh (673): 0.955 / 0.938, with
1 of 68.
Its fifth batch, scored at 5039c34 before anyone read it (and, to show what the part's rules did
on text they were not written from, at e629863, the part's start), the same at both unless said:
figures said in turn, a sixteenth (674): 0.914 / 0.735 at e629863, 0.917 / 0.762, with 3 of 65;
targets and results in one sentence, a fourth (675): 0.730 / 0.780 at e629863, 0.763 / 0.803, with
1 of 65; speech, a fifty-ninth (676): 1.000 / 0.927, with none of 64; running totals through the
year, a second (677): 0.932 / 0.794 at e629863, 0.933 / 0.806, with 2 of 64; the other
indicators, a fifth (678): 0.951 / 0.874, with 2 of 65; hard negatives, an eighty-second (679):
1.000 / 0.981, with none of 102; short news items, a fourteenth (680): 1.000 / 1.000, with none of
65; lists, a fifty-fourth (681): 0.961 / 0.941, with 1 of 65.
The session of 2026-12-06 (the fifteenth part) scored its first batch at d807229 before anyone
read it (the fourteenth part's rules, behaviour unchanged): figures said in turn, a seventeenth
(682): 0.944 / 0.779, with 1 of 66; targets and results in one sentence, a fifth (683): 0.793 /
0.793, with none of 66; speech, a sixtieth (684): 0.978 / 0.840, with none of 65; hard negatives,
an eighty-third (685): 0.964 / 0.982, with 1 of 99; lists, a fifty-fifth (686): 0.958 / 0.906,
with none of 65; features and long reports, a fifteenth (687): 0.855 / 0.835, with 3 of 64; the
Party's development through the union, an eighth (688): 0.974 / 0.941, with 2 of 65; the Red River
Delta and the North-East coast (689): 0.992 / 0.992, with none of 64.
Its second batch, scored at 772ce24 before anyone read it (targets in brackets after the plan
named; a target in brackets closing before the next count), the same at d807229: figures said in
turn, an eighteenth (690): 0.873 / 0.741, with 1 of 65; targets and results in one sentence, a
sixth (691): 0.799 / 0.828, with 2 of 65; speech, a sixty-first (692): 0.978 / 0.883, with none of
65; hard negatives, an eighty-fourth (693): 0.984 / 0.984, with none of 100; the other indicators,
a sixth (694): 0.947 / 0.892, with 1 of 67; training of union officials, a ninth (695): 0.988 /
0.944, with none of 68; short news items, a fifteenth (696): 0.990 / 1.000, with none of 65;
running totals through the year, a third (697): 0.953 / 0.870, with 1 of 67.
Its third batch, scored at 9db5c0e before anyone read it (and at d807229, the part's start, to
show what the part's rules did on text they were not written from), the same at both unless said:
lists, a fifty-sixth (698): 0.974 / 0.889, with none of 70; features and long reports, a sixteenth
(699): 0.897 / 0.798 at d807229, 0.917 / 0.810, with 1 of 65; the Party's development through the
union, a ninth (700): 0.991 / 0.956, with 1 of 65; speech, a sixty-second (701): 0.979 / 0.904,
with none of 68; hard negatives, an eighty-fifth (702): 0.980 / 0.980, with 1 of 100; figures said
in turn, a nineteenth (703): 0.919 / 0.621, with 1 of 67; targets and results in one sentence, a
seventh (704): 0.799 / 0.869, with 3 of 69; the public sector's unions, a third (705): 0.980 /
0.952, with none of 65.
Its fourth batch, scored at e52d5d0 before anyone read it (and at d807229), the same at both
unless said: figures said in turn, a twentieth (706): 0.844 / 0.758 at d807229, 0.846 / 0.770,
with 2 of 65; targets and results in one sentence, an eighth (707): 0.828 / 0.845, with 4 of 65;
speech, a sixty-third (708): 0.950 / 0.923, with 1 of 65; hard negatives, an eighty-sixth (709):
0.932 / 0.965, with 1 of 99; lists, a fifty-seventh (710): 0.981 / 0.950, with 1 of 65; the other
indicators, a seventh (711): 0.981 / 0.920, with 1 of 65; running totals through the year, a
fourth (712): 0.882 / 0.789, with 3 of 66; the Northern mountains and midlands, a second (713):
1.000 / 0.976, with none of 66.
Its fifth batch, scored at a9e9c5e before anyone read it (and at d807229), the same at both
unless said: figures said in turn, a twenty-first (714): 0.927 / 0.822, with 2 of 65; targets and
results in one sentence, a ninth (715): 0.724 / 0.697, with 2 of 66; speech, a sixty-fourth (716):
1.000 / 0.906, with none of 65; hard negatives, an eighty-seventh (717): 0.970 / 1.000, with 2 of
100; features and long reports, a seventeenth (718): 0.854 / 0.798 at d807229, 0.866 / 0.810, with
2 of 65; the Party's development through the union, a tenth (719): 0.973 / 0.982, with 1 of 66;
short news items, a sixteenth (720): 1.000 / 1.000, with none of 65; training of union officials,
a tenth (721): 0.989 / 0.945, with none of 65.
Its sixth batch, scored at 6e518fc before anyone read it (and at d807229), the same at both
unless said: targets and results in one sentence, a tenth (722): 0.848 / 0.866 at d807229, 0.861 /
0.873, with 1 of 65; figures said in turn, a twenty-second (723): 0.882 / 0.730 at d807229, 0.884 /
0.741, with 1 of 65; lists, a fifty-eighth (724): 0.984 / 0.940, with none of 64; the other
indicators, an eighth (725): 0.989 / 0.830, with 1 of 65; hard negatives, an eighty-eighth (726):
1.000 / 1.000, with none of 101; speech, a sixty-fifth (727): 0.951 / 0.899, with 1 of 65; the
South-East and its industrial zones, a second (728): 0.991 / 0.991, with 1 of 65; running totals
through the year, a fifth (729): 0.916 / 0.845, with 1 of 65.
The session of 2026-12-06 (the sixteenth part) scored its first batch at ebb338e before anyone
read it (the fifteenth part's rules) and at f28f44c (bodies named together before "mỗi đơn vị",
one figure a body), the same at both unless said: figures said in turn, a twenty-third (730):
0.905 / 0.733 at ebb338e, 0.906 / 0.744, with 1 of 68; targets and results in one sentence, an
eleventh (731): 0.913 / 0.872, with none of 65; speech, a sixty-sixth (732): 0.989 / 0.880, with
none of 65; hard negatives, an eighty-ninth (733): 0.964 / 0.964, with 2 of 103; lists, a
fifty-ninth (734): 0.957 / 0.830, with 1 of 69; features and long reports, an eighteenth (735):
0.914 / 0.826, with none of 70; the Party's development through the union, an eleventh (736):
0.962 / 0.918, with none of 68; the Central coast and the Highlands, a second (737): 0.984 /
0.976, with none of 65.
Its second batch, scored at ebb338e before anyone read it and at 7915da9 (another indicator's
target then what was done of it, past a numbered district or a term), the same at both unless
said: targets and results in one sentence, a twelfth (738): 0.806 / 0.818 at ebb338e, 0.807 /
0.825, with 1 of 67; figures said in turn, a twenty-fourth (739): 0.910 / 0.799 at ebb338e, 0.910
/ 0.804, with none of 65; the other indicators, a ninth (740): 0.976 / 0.952, with 2 of 69; hard
negatives, a ninetieth (741): 0.984 / 0.984, with 1 of 99; speech, a sixty-seventh (742): 0.957 /
0.900, with 1 of 66; training of union officials, an eleventh (743): 0.978 / 0.989, with 2 of 68;
short news items, a seventeenth (744): 0.990 / 0.954, with none of 65; running totals through the
year, a sixth (745): 0.935 / 0.838, with none of 65.
Its third batch, scored at ebb338e before anyone read it and at 6459af5 (an emulation's
registered target, a share set as the target then the units that did it out of all), the same at
both unless said: figures said in turn, a twenty-fifth (746): 0.871 / 0.703 at ebb338e, 0.872 /
0.714, with 3 of 66; targets and results in one sentence, a thirteenth (747): 0.790 / 0.773, with
2 of 66; speech, a sixty-eighth (748): 0.890 / 0.723, with none of 66; hard negatives, a
ninety-first (749): 0.982 / 0.982, with none of 99; lists, a sixtieth (750): 0.979 / 0.890, with
none of 64; features and long reports, a nineteenth (751): 0.946 / 0.886, with 1 of 66; the
Party's development through the union, a twelfth (752): 0.981 / 0.955, with none of 67; the
Mekong Delta, a second (753): 0.990 / 0.990, with none of 65.
Its fourth batch, scored at ebb338e before anyone read it and at a25252e (an aim said first is
nothing done; the term's target), the same at both unless said: figures said in turn, a
twenty-sixth (754): 0.882 / 0.798, with 2 of 65; targets and results in one sentence, a
fourteenth (755): 0.779 / 0.791 at ebb338e, 0.788 / 0.806, with 3 of 65; speech, a sixty-ninth
(756): 0.989 / 0.938, with none of 67; hard negatives, a ninety-second (757): 0.981 / 0.981, with
none of 100; the other indicators, a tenth (758): 0.983 / 0.950, with none of 67; training of
union officials, a twelfth (759): 0.923 / 0.847, with none of 65; short news items, an eighteenth
(760): 1.000 / 0.962, with none of 65; running totals through the year, a seventh (761): 0.932 /
0.834, with 1 of 66.
Its fifth batch, scored at ebb338e before anyone read it and at de8958b (targets and results of
other indicators in turn; percents in turn after values set apart), the same at both unless said:
figures said in turn, a twenty-seventh (762): 0.930 / 0.729 at ebb338e, 0.924 / 0.740, with 2 of
69; targets and results in one sentence, a fifteenth (763): 0.786 / 0.805 at ebb338e, 0.778 /
0.820, with 5 of 65; speech, a seventieth (764): 0.951 / 0.933, with 1 of 65; hard negatives, a
ninety-third (765): 1.000 / 0.983 at ebb338e, 1.000 / 1.000, with none of 100; lists, a
sixty-first (766): 0.967 / 0.907 at ebb338e, 0.968 / 0.921, with 1 of 67; features and long
reports, a twentieth (767): 0.935 / 0.867 at ebb338e, 0.929 / 0.873, with 1 of 65; the Party's
development through the union, a thirteenth (768): 0.970 / 0.899 at ebb338e, 0.971 / 0.917, with
none of 65; the public sector's unions, a fourth (769): 0.978 / 0.891 at ebb338e, 0.979 / 0.911,
with none of 67.
The session of 2026-12-06 (the seventeenth part) scored its first batch at 305ebba before anyone
read it and at 49be522 (percents of the plan reached in turn under a heading naming the plan's
indicators are done), the same at both: figures said in turn, a twenty-eighth (770): 0.899 /
0.726, with none of 67; targets and results in one sentence, a sixteenth (771): 0.762 / 0.741,
with 1 of 69; speech, a seventy-first (772): 0.990 / 0.960, with none of 69; hard negatives, a
ninety-fourth (773): 0.965 / 1.000, with 1 of 100; the other indicators, an eleventh (774): 0.959
/ 0.879, with 1 of 65; training of union officials, a thirteenth (775): 0.965 / 0.954, with 2 of
65; short news items, a nineteenth (776): 1.000 / 0.990, with none of 69; running totals through
the year, an eighth (777): 0.914 / 0.873, with 4 of 65.
Its second batch, scored at 305ebba before anyone read it and at 3db45f0 (running totals with
their percents of the plan are the period's counts, of officials trained and of both deeds listed),
the same at both unless said: lists, a sixty-second (778): 0.967 / 0.958, with 2 of 70; features
and long reports, a twenty-first (779): 0.930 / 0.834 at 305ebba, 0.930 / 0.840, with 2 of 66; the
Party's development through the union, a fourteenth (780): 0.983 / 0.974, with none of 70; the Red
River Delta and Hà Nội, a third (781): 0.992 / 0.984, with 1 of 66; speech, a seventy-second
(782): 0.929 / 0.885, with 1 of 66; targets and results in one sentence, a seventeenth (783): 0.807
/ 0.813, with 2 of 66; figures said in turn, a twenty-ninth (784): 0.890 / 0.832, with 3 of 66;
hard negatives, a ninety-fifth (785): 1.000 / 0.984, with none of 100.
Its third batch, scored at 305ebba before anyone read it and at 65b5299 (results in turn after
targets in turn past their bodies; a tally's noun said once at its end; a target each body was
given), the same at both unless said: running totals through the year, a ninth (786): 0.985 /
0.942 at 305ebba, 0.985 / 0.957, with none of 66; the other indicators, a twelfth (787): 0.990 /
0.873, with 1 of 69; training of union officials, a fourteenth (788): 0.965 / 0.872 at 305ebba,
0.965 / 0.883, with none of 69; short news items, a twentieth (789): 1.000 / 1.000, with none of
65; the public sector's unions, a fifth (790): 0.990 / 0.954, with 1 of 65; targets and results in
one sentence, an eighteenth (791): 0.744 / 0.756, with 5 of 68; figures said in turn, a thirtieth
(792): 0.896 / 0.758, with 1 of 66; speech, a seventy-third (793): 0.979 / 0.920, with none of 65.
Its fourth batch, scored at 305ebba before anyone read it and at 10dac6c (counts a target was met
with; a target with its year, then what only was done of it), the same at both unless said: hard
negatives, a ninety-sixth (794): 1.000 / 1.000, with none of 101; lists, a sixty-third (795): 0.971
/ 0.919, with none of 66; features and long reports, a twenty-second (796): 0.960 / 0.877 at
305ebba, 0.960 / 0.883, with none of 65; the Party's development through the union, a fifteenth
(797): 0.954 / 0.963, with 2 of 65; the Northern mountains and midlands, a third (798): 0.992 /
0.983 at 305ebba, 1.000 / 0.992, with none of 65; targets and results in one sentence, a
nineteenth (799): 0.840 / 0.795 at 305ebba, 0.849 / 0.811, with 1 of 66; figures said in turn, a
thirty-first (800): 0.903 / 0.775 at 305ebba, 0.914 / 0.784, with 5 of 65; speech, a
seventy-fourth (801): 0.960 / 0.924, with none of 65.
Its fifth batch, scored at 305ebba before anyone read it and at f374b2b (conditions each time,
rises in turn, the units a whole territory has that did it), the same at both unless said: the
other indicators, a thirteenth (802): 0.991 / 0.899, with 1 of 64; training of union officials, a
fifteenth (803): 0.966 / 0.915 at 305ebba, 0.967 / 0.926, with 2 of 65; short news items, a
twenty-first (804): 1.000 / 1.000, with none of 65; running totals through the year, a tenth
(805): 0.961 / 0.854 at 305ebba, 0.977 / 0.889, with 1 of 65; targets and results in one sentence,
a twentieth (806): 0.856 / 0.850 at 305ebba, 0.858 / 0.865, with 1 of 66; figures said in turn, a
thirty-second (807): 0.881 / 0.800, with 3 of 65; hard negatives, a ninety-seventh (808): 1.000 /
1.000, with none of 100; the Mekong Delta, a third (809): 1.000 / 0.966 at 305ebba, 1.000 / 0.974,
with none of 65.
Its sixth batch, scored at 305ebba before anyone read it and at 79079ba (results in turn after
targets the labels set apart, percents in turn of the plan said with "chiếm", percents after the
results in turn of targets), the same at both unless said: speech, a seventy-fifth (810): 0.981 /
0.897, with none of 65; lists, a sixty-fourth (811): 0.985 / 0.939, with 1 of 65; features and
long reports, a twenty-third (812): 0.959 / 0.908 at 305ebba, 0.959 / 0.915, with 1 of 68; the
Party's development through the union, a sixteenth (813): 1.000 / 0.943, with none of 68; the
public sector's unions, a sixth (814): 0.990 / 0.990, with none of 65; hard negatives, a
ninety-eighth (815): 1.000 / 0.962 at 305ebba, 1.000 / 0.981, with none of 102; targets and
results in one sentence, a twenty-first (816): 0.791 / 0.822 at 305ebba, 0.806 / 0.837, with 3 of
66; figures said in turn, a thirty-third (817): 0.935 / 0.763, with 1 of 70.
Its seventh batch, scored at 305ebba before anyone read it and at 6f39151 (a target given each
body of a kind), the same at both unless said: running totals through the year, an eleventh (818):
0.958 / 0.908 at 305ebba, 0.959 / 0.921, with 2 of 65; the other indicators, a fourteenth (819):
0.948 / 0.932, with 2 of 65; training of union officials, a sixteenth (820): 0.966 / 0.915 at
305ebba, 0.967 / 0.926, with none of 65; short news items, a twenty-second (821): 1.000 / 1.000,
with none of 68; targets and results in one sentence, a twenty-second (822): 0.793 / 0.839 at
305ebba, 0.814 / 0.861, with 2 of 66; figures said in turn, a thirty-fourth (823): 0.838 / 0.785,
with 1 of 65; speech, a seventy-sixth (824): 0.978 / 0.899, with 1 of 65; hard negatives, a
ninety-ninth (825): 0.982 / 1.000, with 1 of 100.
Its eighth batch, scored at 305ebba before anyone read it and at f30989e (the part's last rules),
the same at both unless said: lists, a sixty-fifth (826): 0.968 / 0.959, with 2 of 65; features and
long reports, a twenty-fourth (827): 0.932 / 0.863 at 305ebba, 0.939 / 0.874, with 4 of 65; the
Party's development through the union, a seventeenth (828): 0.991 / 0.966, with 1 of 66; the
South-East and its industrial zones, a third (829): 0.973 / 0.964, with 1 of 65; speech, a
seventy-seventh (830): 0.961 / 0.934, with none of 66; targets and results in one sentence, a
twenty-third (831): 0.794 / 0.820 at 305ebba, 0.802 / 0.828, with 3 of 65; figures said in turn, a
thirty-fifth (832): 0.880 / 0.782 at 305ebba, 0.892 / 0.793, with 4 of 66; hard negatives, a
hundredth (833): 0.981 / 0.981, with 1 of 100.
The session of 2026-12-06 (the eighteenth part) scored its first batch at 1e394e7 before anyone
read it, the same at the rule of the moment (the grades' shares said in turn): hard negatives, a
hundred-and-first (837): 0.964 / 1.000, with 2 of 100; the other indicators, a fifteenth (840):
0.957 / 0.910, with none of 66 (its 5 figures of rules of democracy at the workplace, and 53 of
thirteen older files, taken out afterwards by the CONVENTIONS.md line of this part); speech, a
seventy-eighth (836): 0.927 / 0.910, with 2 of 65; lists, a sixty-sixth (838): 0.968 / 0.955,
with 1 of 65; running totals through the year, a twelfth (841): 0.993 / 0.946, with 1 of 65;
figures said in turn, a thirty-sixth (834): 0.905 / 0.874, with 2 of 65; targets and results in
one sentence, a twenty-fourth (835): 0.884 / 0.884, with 1 of 65; features and long reports, a
twenty-fifth (839): 0.915 / 0.888, with none of 67.
Its second batch, scored at 1e394e7 before anyone read it and at the rules of the moment (c2036bc
and the pairing of percents past a rating that is no figure, targets raised to), the same at both:
hard negatives, a hundred-and-second (844): 0.951 / 1.000, with 3 of 100; figures said in turn, a
thirty-seventh (842): 0.905 / 0.823, with 2 of 65; the Party's development through the union, an
eighteenth (845): 0.972 / 0.954, with 2 of 65; the Central coast and the Highlands, a third (846):
0.992 / 0.992, with 1 of 65; training of union officials, a seventeenth (847): 0.954 / 0.912, with
none of 65; short news items, a twenty-third (848): 1.000 / 0.991, with none of 64; the public
sector's unions, a seventh (849): 0.991 / 0.991, with none of 65; targets and results in one
sentence, a twenty-fifth (843): 0.874 / 0.860, with 1 of 66.
Its third batch, scored at 1e394e7 before anyone read it and at 9e133e9 (a target each body was
given, another indicator's target and its result), the same at both unless said: figures said in
turn, a thirty-eighth (850): 0.883 / 0.778 at 1e394e7, 0.889 / 0.784, with none of 70; targets and
results in one sentence, a twenty-sixth (851): 0.908 / 0.868 at 1e394e7, 0.908 / 0.875, with 1 of
66; speech, a seventy-ninth (852): 0.990 / 0.898, with none of 65; hard negatives, a
hundred-and-third (853): 1.000 / 1.000, with none of 101; lists, a sixty-seventh (854): 0.931 /
0.902, with none of 66; features and long reports, a twenty-sixth (855): 0.929 / 0.852 at 1e394e7,
0.942 / 0.864, with 1 of 68; the other indicators, a sixteenth (856): 0.938 / 0.904, with 4 of 69;
running totals through the year, a thirteenth (857): 0.951 / 0.944 at 1e394e7, 0.938 / 0.944, with
2 of 65 (a running total now read, its target and percent not).
The session of 2026-12-07 (the nineteenth part) scored its first batch at 057f482 before anyone
read it, the same at the rules of the moment (a running total's bare percent, a target set between
the deed and its number): figures said in turn, a thirty-ninth (858): 0.933 / 0.794, with none of
65; targets and results in one sentence, a twenty-seventh (859): 0.881 / 0.868, with 1 of 66;
speech, an eightieth (860): 0.933 / 0.831, with none of 66; hard negatives, a hundred-and-fourth
(861): 0.967 / 0.983, with 2 of 101; lists, a sixty-eighth (862): 0.979 / 0.954, with 1 of 70;
features and long reports, a twenty-seventh (863): 0.958 / 0.932, with 1 of 70; running totals
through the year, a fourteenth (864): 0.993 / 0.978, with none of 68; the Red River Delta and Hà
Nội, a fourth (865): 1.000 / 0.992, with none of 65. At 869d00f: 858 0.940 / 0.804, 859 0.888 /
0.875, 860 0.952 / 0.847, the others the same.
Its second batch, scored at 057f482 before anyone read it and at 869d00f, the same at both: figures
said in turn, a fortieth (866): 0.921 / 0.753, with 4 of 65; targets and results in one sentence, a
twenty-eighth (867): 0.775 / 0.787, with 4 of 65; hard negatives, a hundred-and-fifth (868): 0.951
/ 0.983, with 1 of 100; the Party's development through the union, a nineteenth (869): 0.955 /
0.922, with 2 of 65; the Mekong Delta, a fourth (870): 1.000 / 0.983, with none of 65; training of
union officials, an eighteenth (871): 0.952 / 0.851, with 2 of 65; the other indicators, a
seventeenth (872): 0.967 / 0.908, with 1 of 65; the public sector's unions, an eighth (873): 1.000 /
0.981, with none of 65. At the third batch's commit: 866 0.940 / 0.753 with 2 of 65, 867 0.808 /
0.795 with 2 of 65.
Its third batch, scored at 057f482 before anyone read it and at the rules of the moment (869d00f and
what came after it: the stock's aim passed, a target of another thing people do, deeds assigned to
all bodies of a kind, the lowest grade said "ở mức trung bình", units rewarded in turn), the same at
both unless said: figures said in turn, a forty-first (874): 0.938 / 0.873 at 057f482, 0.944 /
0.873, with 2 of 65; targets and results in one sentence, a twenty-ninth (875): 0.800 / 0.812, with
1 of 68; speech, an eighty-first (876): 0.947 / 0.881, with 1 of 65; hard negatives, a
hundred-and-sixth (877): 0.966 / 0.982 at 057f482, 0.982 / 0.982, with 1 of 99; lists, a
sixty-ninth (878): 0.974 / 0.842, with 1 of 66; features and long reports, a twenty-eighth (879):
0.958 / 0.901, with 2 of 69; running totals through the year, a fifteenth (880): 0.979 / 0.945, with
none of 65; short news items, a twenty-fourth (881): 0.971 / 0.971, with none of 65. At its commit:
875 0.827 / 0.827, 878 0.979 / 0.851.
Its fourth batch, scored at 057f482 before anyone read it, the same at the rules of the moment
(29fc4d8 and the rules after it up to the Party course): figures said in turn, a forty-second
(882): 0.934 / 0.815, with 1 of 65; targets and results in one sentence, a thirtieth (883): 0.843 /
0.829, with 2 of 65; speech, an eighty-second (884): 0.989 / 0.939, with none of 66; hard
negatives, a hundred-and-seventh (885): 1.000 / 1.000, with none of 100; the Party's development
through the union, a twentieth (886): 0.982 / 0.991, with 2 of 65; the other indicators, an
eighteenth (887): 0.976 / 0.968, with 3 of 65; training of union officials, a nineteenth (888):
1.000 / 0.903, with none of 65; the South-East and its industrial zones, a fourth (889): 0.991 /
0.957, with none of 65. At its commit: 883 0.856 / 0.829 with none of 65, 886 0.991 / 0.991 with 1,
887 0.984 / 0.968 with 2.
Its fifth batch, scored at 057f482 before anyone read it and at the rules of the moment (the same
as the fourth's), the same at both unless said: figures said in turn, a forty-third (890): 0.906 /
0.692, with 1 of 68; targets and results in one sentence, a thirty-first (891): 0.815 / 0.842 with
10 of 69 at 057f482, 0.820 / 0.842 with 9; speech, an eighty-third (892): 0.955 / 0.899, with 2 of
67; hard negatives, a hundred-and-eighth (893): 1.000 / 1.000, with none of 100; lists, a
seventieth (894): 0.980 / 0.880, with 3 of 65; features and long reports, a twenty-ninth (895):
0.929 / 0.906, with none of 65; running totals through the year, a sixteenth (896): 0.956 / 0.922,
with 3 of 65; the Northern mountains and midlands, a fourth (897): 1.000 / 0.983, with none of 66.
At its commit: 890 0.913 / 0.692 with none of 68, 891 0.842 / 0.842 with 6 of 69.
The twentieth part's first batch, scored at e2bf679 before anyone read it and at the rules of the
moment (72b41c0, percents in turn said with "tức"; 43b63d4 for 902), the same at both unless said:
figures said in turn, a forty-fourth (898): 0.920 / 0.903, with 4 of 68; targets and results in one
sentence, a thirty-second (899): 0.950 / 0.912, with none of 68; speech, an eighty-fourth (900):
0.972 / 0.888, with none of 67; hard negatives, a hundred-and-ninth (901): 1.000 / 0.982, with none
of 102; lists, a seventy-first (902): 0.951 / 0.911, with 2 of 69; features and long reports, a
thirtieth (903): 0.958 / 0.896, with 2 of 69; running totals through the year, a seventeenth (904):
0.869 / 0.855, with none of 68; the Central coast and the Highlands, a third (905): 0.985 / 0.963,
with 1 of 66. At its commit: 898 0.962 / 0.927 with 1, 899 0.957 / 0.918, 902 0.972 / 0.911 with
none, 903 0.993 / 0.909 with none, 904 0.949 / 0.895, 905 0.992 / 0.963 with none.
Its second batch, scored at e2bf679 before anyone read it and at the rules of the moment (the
first batch's rules and the grades in turn, uncommitted), the same at both: figures said in turn, a
forty-fifth (906): 0.869 / 0.747, with 3 of 70; targets and results in one sentence, a
thirty-third (907): 0.836 / 0.793, with 4 of 68; speech, an eighty-fifth (908): 0.981 / 0.936, with
1 of 68; hard negatives, a hundred-and-tenth (909): 0.982 / 0.966, with none of 102; lists, a
seventy-second (910): 0.963 / 0.911, with none of 69; the Party's development through the union, a
twenty-first (911): 0.936 / 0.887, with 2 of 67; the other indicators, a nineteenth (912): 0.963 /
0.897, with 2 of 69; training of union officials, a twentieth (913): 0.925 / 0.822, with 1 of 67.
At its commit: 906 0.893 / 0.747 with 2, 907 0.849 / 0.793 with 2, 911 0.944 / 0.887 with 1 (only
their negatives read).
The twenty-first part's first batch, scored at 7e5d5cf before anyone read it and at the rules of
the moment (the labels and years in turn, uncommitted), the same at both unless said: features and
long reports, a thirty-first (914): 0.959 / 0.966, with none of 69; running totals through the
year, an eighteenth (915): 0.939 / 0.926, with 1 of 68; figures said in turn, a forty-sixth (916):
0.891 / 0.818 with 2 of 68 at 7e5d5cf, 0.892 / 0.829; targets and results in one sentence, a
thirty-fourth (917): 0.864 / 0.871, with 6 of 67; speech, an eighty-sixth (918): 0.961 / 0.900, with
none of 69; hard negatives, a hundred-and-eleventh (919): 1.000 / 0.983, with none of 101; lists, a
seventy-third (920): 0.978 / 0.904, with none of 66; short news items, a twenty-fifth (921): 0.992 /
0.975, with none of 69. Its second batch, scored at 7e5d5cf and at the rules of the moment (the
first batch's, uncommitted), the same at both unless said: the Party's development through the
union, a twenty-second (922): 0.936 / 0.887, with 1 of 69; the other indicators, a twentieth (923):
0.960 / 0.915, with 2 of 68; training of union officials, a twenty-first (924): 0.966 / 0.905, with
1 of 67; features and long reports, a thirty-second (925): 0.985 / 0.950, with 1 of 70; figures said
in turn, a forty-seventh (926): 0.951 / 0.848 with none of 69 at 7e5d5cf, 0.952 / 0.864; targets and
results in one sentence, a thirty-fifth (927): 0.782 / 0.806, with 3 of 68; hard negatives, a
hundred-and-twelfth (928): 0.965 / 0.982, with 1 of 105; the Mekong Delta, a second (929): 0.975 /
0.975, with 3 of 68. At their commit: 914 1.000 / 0.993, 915 0.959 / 0.946 with 1, 916 0.944 /
0.888 with 2, 917 0.933 / 0.899 with 2, 918 0.971 / 0.918, 920 1.000 / 0.924, 922 0.964 / 0.922
with 1, 923 0.967 / 0.915 with 1, 924 0.978 / 0.916, 925 0.985 / 0.964, 926 0.953 / 0.875, 927 0.814
/ 0.814 with none, 929 0.992 / 0.992 with 1.
The twenty-second part's batch, scored at 6846c3a before anyone read it: features and long
reports, a thirty-third (930): 0.900 / 0.875, with 1 of 69; targets and results in one sentence, a
thirty-sixth (931): 0.776 / 0.787, with 3 of 69; figures said in turn, a forty-eighth (932): 0.959
/ 0.855, with 1 of 65; speech, an eighty-seventh (933): 0.939 / 0.902, with 1 of 68; hard
negatives, a hundred-and-thirteenth (934): 0.968 / 0.968, with 1 of 102; lists, a seventy-fourth
(935): 0.965 / 0.884, with 1 of 70; the Red River Delta and the Northern mountains, a fifth (936):
1.000 / 0.975, with none of 68; running totals through the year, a nineteenth (937): 0.935 /
0.884, with none of 69. At their commit: 930 0.936 / 0.910, 931 0.870 / 0.851 with 2, 932 0.980 /
0.892, 933 0.979 / 0.931, 934 0.984 / 0.968 with 1, 935 0.983 / 0.900 with 1, 936 1.000 / 0.992,
937 0.974 / 0.909.
The twenty-third part's batch, scored at fc6d96d (which reads as 80ede0d) before anyone read it:
short news, a twenty-sixth (938): 0.982 / 0.973, with none of 67; the Party's development through
the union, a twenty-third (939): 0.963 / 0.945, with 1 of 68; the other indicators, a twenty-first
(940): 0.992 / 0.923, with 1 of 69; training of union officials, a twenty-second (941): 0.963 /
0.898, with none of 69; targets and results in one sentence, a thirty-seventh (942): 0.769 /
0.790, with 4 of 69; speech, an eighty-eighth (943): 0.954 / 0.896, with 1 of 67; hard negatives,
a hundred-and-fourteenth (944): 0.952 / 0.937, with 1 of 100; the Southeast (945): 0.992 / 0.992,
with 1 of 69. At their commit: 938 1.000 / 0.991, 939 0.981 / 0.964 with 1, 940 1.000 / 0.931,
941 1.000 / 0.932, 942 0.855 / 0.867 with 2, 943 0.991 / 0.922, 944 0.967 / 0.937, 945 1.000 /
0.992.
The twenty-fourth part's batch, scored at 4583ae7 before anyone read it: short news, a
twenty-seventh (946): 0.991 / 0.907, with none of 68; the Party's development through the union, a
twenty-fourth (947): 0.944 / 0.879, with 3 of 68; the other indicators, a twenty-second (948): 0.956
/ 0.879, with none of 70; training of union officials, a twenty-third (949): 0.938 / 0.792, with 1
of 68; targets and results in one sentence, a thirty-eighth (950): 0.814 / 0.864, with 1 of 69;
speech, an eighty-ninth (951): 0.929 / 0.844, with none of 69; hard negatives, a
hundred-and-fifteenth (952): 0.984 / 0.984, with none of 100; the Mekong Delta and the Central
Highlands (953): 1.000 / 0.973, with none of 68. At their commit: 946 1.000 / 0.915, 947 0.953 /
0.879 with 2, 948 0.974 / 0.895, 949 0.940 / 0.823 with 1, 950 0.856 / 0.902 with 1, 951 0.969 /
0.862, 952 1.000 / 1.000, 953 1.000 / 0.982.
The twenty-fifth part's batch, scored at 3f721d5 before anyone read it: short news, a twenty-eighth
(954): 0.991 / 0.991, with none of 69; the Party's development through the union, a twenty-fifth
(955): 0.973 / 0.885, with 2 of 68; the other indicators, a twenty-third (956): 0.992 / 0.952, with
none of 67; training of union officials, a twenty-fourth (957): 1.000 / 0.825, with none of 67;
targets and results in one sentence, a thirty-ninth (958): 0.783 / 0.795, with 3 of 69; speech, a
ninetieth (959): 0.875 / 0.805, with 2 of 70; hard negatives, a hundred-and-sixteenth (960): 0.932 /
0.965, with 3 of 102; the Red River Delta and the Northern midlands (961): 1.000 / 0.966, with none
of 67. At their commit: 954 0.991 / 0.991, 955 0.975 / 0.943 with 2, 956 1.000 / 0.960, 957 1.000 /
0.887, 958 0.871 / 0.850 with 1, 959 0.913 / 0.841 with 2, 960 0.948 / 0.965 with 2, 961 1.000 /
0.983.
The twenty-sixth part's batch, scored at 3d76205 before anyone read it: short news, a twenty-ninth
(962): 1.000 / 1.000, with none of 67; the Party's development through the union, a twenty-sixth
(963): 0.966 / 0.897, with 2 of 69; the other indicators, a twenty-fourth (964): 0.955 / 0.891, with
3 of 67; training of union officials, a twenty-fifth (965): 0.963 / 0.865, with 1 of 69; targets and
results in one sentence, a fortieth (966): 0.766 / 0.719, with 1 of 70; speech, a ninety-first
(967): 0.971 / 0.925, with 1 of 69; hard negatives, a hundred-and-seventeenth (968): 0.938 / 0.968,
with 2 of 102; the Central coast (969): 0.976 / 0.945, with 1 of 67. At their commit: 962 1.000 /
1.000, 963 0.975 / 0.921 with 1, 964 0.982 / 0.908 with 2, 965 0.976 / 0.910 with 1, 966 0.822 /
0.760, 967 0.981 / 0.944 with 1, 968 0.968 / 0.968 with 1, 969 0.976 / 0.953 with 1. SYN963-132
(“205 trên tổng số 340 đoàn viên được … giới thiệu … đã được kết nạp vào Đảng”) is read as one x/y
figure, as CONVENTIONS.md reads “x trên tổng số y” and probes412 and 947 read the same wording; its
writer read two.
Eight sentences of probes9, 14, 71, 95, 98 and 205 were read again when CONVENTIONS.md decided
that a "trong đó" or "riêng" part a body names is that body's figure (2026-12-05), and SYN340-114
when it said the same of parts by body in brackets right after the whole; SYN167-101 (places named
bare) by the same line in the seventh part. SYN9-095 ("đặt mục tiêu năm 2026 …; đến hết tháng 9 đã
thành lập được 21 CĐCS, …") was read again in the fourteenth part by the line of 2026-12-02 (a
target of the period and what was done of it later in the sentence are one figure).
Twelve sentences whose writers' reading the conventions or a real set contradict were taken
out (probes15, probes21, probes29, probes71, probes80, probes97, probes248, see their "about"),
and the figures of thirteen of probes283's. The files not yet all fixed are kept at floors of
their own (FLOORS).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.bench_unionstats import evaluate

PROBES = Path(__file__).parent / "unionstats_probes"
# The sets not yet all fixed, kept as they read when the session ended: rare word orders on
# purpose ("Con số 1.200 đoàn viên mới …", the target inside a reason or a comparison), interviews
# (targets and results across clauses: "được giao 500 … mới kết nạp được 312"), paraphrases that
# turn real sentences inside out ("Đạt 55% và 60,5% kế hoạch là kết quả …") and parts lying far
# apart. Floors: precision, recall, negatives given a figure.
FLOORS = {
    # (a target only proposed, "nêu khả năng nâng chỉ tiêu lên 5.500 đoàn viên, nhưng chưa được
    # Ban Thường vụ thông qua", read as a plan since targets raised to are read as targets, the
    # eighteenth part: probes312's "dự kiến nâng chỉ tiêu lên 4.500 đoàn viên" is one)
    "probes347": (0.97, 0.98, 1),
    # the twenty-sixth part's batch, as it read when committed
    "probes963": (0.97, 0.92, 1),
    "probes964": (0.98, 0.9, 2),
    "probes965": (0.97, 0.91, 1),
    "probes966": (0.82, 0.76, 0),
    "probes967": (0.98, 0.94, 1),
    "probes968": (0.96, 0.96, 1),
    "probes969": (0.97, 0.95, 1),
    # the twenty-fifth part's batch, as it read when committed
    "probes955": (0.97, 0.94, 2),
    "probes957": (1.0, 0.88, 0),
    "probes958": (0.87, 0.85, 1),
    "probes959": (0.91, 0.84, 2),
    "probes960": (0.94, 0.96, 2),
    # the twenty-fourth part's batch, as it read when committed
    "probes947": (0.95, 0.87, 2),
    "probes948": (0.97, 0.89, 0),
    "probes949": (0.94, 0.82, 1),
    "probes950": (0.85, 0.9, 1),
    "probes951": (0.96, 0.86, 0),
    # the twenty-third part's batch, as it read when committed
    "probes939": (0.98, 0.96, 1),
    "probes942": (0.85, 0.86, 2),
    # the twenty-second part's batch, as it read when committed
    "probes930": (0.93, 0.9, 0),
    "probes931": (0.86, 0.85, 2),
    "probes932": (0.98, 0.89, 0),
    "probes934": (0.98, 0.96, 1),
    "probes935": (0.98, 0.9, 1),
    # the twenty-first part's first and second batches, as they read when committed
    "probes915": (0.95, 0.94, 1),
    "probes916": (0.94, 0.88, 2),
    "probes917": (0.93, 0.89, 2),
    "probes922": (0.96, 0.92, 1),
    "probes923": (0.96, 0.91, 1),
    "probes924": (0.97, 0.91, 1),
    "probes925": (0.98, 0.96, 1),
    "probes926": (0.95, 0.87, 0),
    "probes927": (0.81, 0.81, 0),
    "probes928": (0.96, 0.98, 1),
    "probes929": (0.99, 0.99, 1),
    # the twentieth part's first and second batches, as they read when committed
    "probes906": (0.89, 0.74, 2),
    "probes907": (0.84, 0.79, 2),
    "probes908": (0.98, 0.93, 1),
    "probes911": (0.94, 0.88, 1),
    "probes912": (0.96, 0.89, 2),
    "probes913": (0.92, 0.82, 1),
    "probes898": (0.96, 0.92, 1),
    "probes900": (0.97, 0.88, 0),
    "probes904": (0.94, 0.89, 0),
    # the nineteenth part's first and second batches, as they read when committed
    "probes858": (0.93, 0.8, 0),
    "probes859": (0.88, 0.87, 1),
    "probes860": (0.95, 0.84, 0),
    "probes861": (0.96, 0.98, 2),
    "probes862": (0.97, 0.95, 1),
    "probes863": (0.95, 0.93, 1),
    "probes866": (0.92, 0.75, 4),
    "probes867": (0.77, 0.78, 4),
    "probes868": (0.95, 0.98, 1),
    "probes869": (0.95, 0.92, 2),
    "probes871": (0.95, 0.85, 2),
    "probes872": (0.96, 0.9, 1),
    # the nineteenth part's third batch, as it read when committed
    "probes874": (0.94, 0.87, 2),
    "probes875": (0.82, 0.82, 1),
    "probes876": (0.94, 0.88, 1),
    "probes877": (0.98, 0.98, 1),
    "probes878": (0.97, 0.85, 1),
    "probes879": (0.95, 0.9, 2),
    # the nineteenth part's fourth and fifth batches, as they read when committed
    "probes882": (0.93, 0.81, 1),
    "probes883": (0.85, 0.82, 0),
    "probes886": (0.99, 0.99, 1),
    "probes887": (0.98, 0.96, 2),
    "probes890": (0.91, 0.69, 0),
    "probes891": (0.84, 0.84, 6),
    "probes892": (0.95, 0.89, 2),
    "probes894": (0.98, 0.88, 3),
    "probes895": (0.92, 0.9, 0),
    "probes896": (0.95, 0.92, 3),
    # the eighteenth part's second and third batches, as they read when committed
    "probes842": (0.94, 0.87, 1),
    "probes843": (0.88, 0.87, 1),
    "probes844": (0.95, 1.0, 3),
    "probes845": (0.97, 0.95, 2),
    "probes846": (0.99, 0.99, 1),
    "probes850": (0.9, 0.8, 0),
    "probes851": (0.9, 0.87, 1),
    "probes852": (0.98, 0.89, 0),
    "probes854": (0.93, 0.9, 0),
    "probes855": (0.94, 0.86, 1),
    "probes856": (0.93, 0.9, 4),
    "probes857": (0.94, 0.94, 2),
    # the eighteenth part's first batch, as it read when committed
    "probes834": (0.9, 0.87, 2),
    "probes835": (0.89, 0.89, 1),
    "probes836": (0.92, 0.9, 2),
    "probes837": (0.96, 1.0, 2),
    "probes838": (0.96, 0.95, 1),
    "probes839": (0.94, 0.91, 0),
    "probes841": (0.99, 0.95, 1),
    "probes19": (0.96, 0.89, 0),
    # (a plan's percent said first and passive, "Khoảng 70% chỉ tiêu … đã được hoàn thành …, với 35
    # CĐCS ra mắt": the count is read since 8f322fc, its percent not)
    "probes20": (0.96, 0.88, 0),
    "probes21": (0.98, 0.87, 0),
    # rankings by other wordings ("cao nhất là", "có 3 đơn vị kết nạp trên 500 đoàn viên là …"),
    # members at a founding said in many ways, introductions and admissions ranked side by side
    "probes57": (0.99, 0.86, 0),
    # written before the conventions read a target of the period and what was done of it as one
    # figure (decided 2026-12-02 from every writer since probes104, 25 sentences to none), these
    # writers read some of them apart ("Chỉ tiêu năm nay Liên đoàn giao … là 8.000 đoàn viên; đến
    # hết tháng 9 mới kết nạp được 4.960 người"): probes26, 68 and 73 (above)
    "probes26": (0.99, 0.93, 0),
    "probes68": (0.96, 0.87, 0),
    # a headline's Party admissions that only the body says were not all the union's ("6 công nhân
    # May Bắc Giang được kết nạp Đảng", 4 of them introduced by the union)
    "probes63": (0.97, 0.96, 1),
    # figures in unusual shapes: a target said by a body with no noun ("Năm nay Tổng Liên đoàn giao
    # 35.000, tỉnh đã làm được 32.120"), "đạt 4.960/8.000 đoàn viên" with no deed named, a share
    # referred back to ("tỷ lệ này tăng lên 92%"), "gia nhập" with no union after it
    "probes73": (0.97, 0.87, 1),
    # the federations' own websites: a stock of officials read as trained
    "probes75": (0.99, 0.99, 1),
    # figures in unusual shapes, a second round: "con số này" in the next sentence, percents given
    # in turn to targets in brackets, "hoàn thành chỉ tiêu thành lập 15 CĐCS" read as a plan by its
    # writer
    "probes77": (0.96, 0.89, 0),
    # the other indicators: shares in rankings ("thấp nhất là … với 61,5%"), planned shares in a
    # list after "Mục tiêu đến năm 2028:", a heading's indicator before a colon
    "probes85": (0.99, 0.94, 0),
    # Party development off the report template: a Party organ admitting "trong số này" with no
    # introduction in the sentence, shares of admissions with no count ("Tỷ lệ nhà giáo được kết
    # nạp đạt 65,6%"), x/y of those introduced as one figure
    "probes99": (0.98, 0.85, 0),
    # the Party's own news that names the union: headlines of the Party's own admissions of
    # workers read as the union's ("37 công nhân được kết nạp Đảng"); spoken figures: questions
    # and answers ("PV: … mục tiêu là gì? Ông …: Thành lập thêm 15 CĐCS, …"), a target said by a
    # body with no noun
    "probes102": (0.96, 0.97, 1),
    "probes104": (0.98, 0.88, 0),
    # the other indicators, a second round (a heading's label, "tham gia N cuộc đối thoại"); unusual
    # shapes, a third (questions and answers, comparisons, "Đạt 51,5% chỉ tiêu năm là số …")
    "probes109": (0.98, 0.88, 0),
    "probes110": (0.98, 0.85, 0),
    # Party development written as reporters write it: see its first look above
    "probes115": (0.96, 0.91, 0),
    # the other indicators, a third round; spoken figures, a fifth round; a general sample,
    # officials trained, spoken figures again and the other rounds after them: see their first
    # looks above (the other files of this session now read to the targets)
    "probes118": (0.98, 0.93, 1),
    "probes123": (0.97, 0.89, 0),
    "probes125": (0.98, 0.98, 1),
    "probes126": (0.96, 0.87, 1),
    "probes131": (0.98, 0.97, 1),
    "probes132": (0.97, 0.96, 1),
    "probes135": (0.99, 0.94, 1),
    "probes136": (0.98, 0.93, 1),
    "probes138": (0.91, 0.85, 1),
    "probes143": (0.97, 0.94, 1),
    # this session's files still short of the targets (their first looks above)
    "probes146": (1.0, 0.89, 0),
    "probes147": (0.97, 0.96, 1),
    "probes151": (0.96, 0.96, 1),
    "probes152": (0.97, 0.99, 2),
    "probes155": (0.98, 0.92, 1),
    "probes156": (0.98, 0.88, 0),
    "probes161": (0.99, 1.0, 1),
    "probes162": (0.97, 0.93, 1),
    "probes163": (0.99, 0.97, 1),
    "probes164": (0.97, 0.9, 1),
    "probes165": (0.95, 0.84, 1),
    "probes243": (0.99, 1.0, 1),
    "probes244": (1.0, 0.75, 0),
    "probes247": (0.98, 0.96, 2),
    "probes251": (0.95, 0.8, 0),
    "probes252": (0.98, 0.88, 0),
    "probes254": (0.97, 1.0, 1),
    "probes256": (0.99, 0.99, 1),
    "probes257": (0.99, 0.98, 1),
    "probes258": (0.99, 0.85, 0),
    "probes259": (0.95, 0.88, 1),
    "probes261": (0.97, 1.0, 1),
    "probes265": (1.0, 0.8, 0),
    "probes266": (0.98, 0.84, 0),
    "probes267": (0.99, 0.96, 1),
    "probes268": (0.93, 1.0, 3),
    "probes269": (0.95, 0.89, 2),
    # report tables a row a line: a row alone, one sentence at a time, cannot be read (the whole
    # article is: make bench, "read whole")
    "probes271": (0.96, 0.18, 0),
    "probes272": (0.96, 0.84, 2),
    "probes273": (0.98, 1.0, 1),
    "probes274": (0.97, 0.31, 1),
    "probes277": (0.97, 0.97, 1),
    "probes278": (0.97, 0.3, 1),
    "probes279": (0.97, 0.94, 2),
    "probes282": (0.97, 0.98, 2),
    "probes284": (0.99, 1.0, 1),
    "probes285": (1.0, 0.98, 0),
    "probes286": (1.0, 0.96, 0),
    "probes287": (0.83, 0.07, 2),
    "probes288": (0.97, 0.94, 2),
    "probes289": (1.0, 0.98, 0),
    "probes290": (0.97, 0.8, 1),
    # (still missed: rankings going on past "tiếp đến là … (97)" in a sentence naming no union, a
    # share said before its count)
    "probes293": (0.98, 0.94, 1),
    "probes296": (0.98, 0.97, 1),
    "probes299": (0.99, 0.89, 1),
    "probes300": (0.97, 0.86, 2),
    "probes302": (0.98, 0.98, 1),
    # (its rankings of percents and count named after a dash read since b0d8afb; still missed:
    # "Khu vực … cũ – 480 đoàn viên" lists under a headline naming the indicator; "có anh em viết
    # đơn … chưa tính vào số kết nạp, khoảng 40 trường hợp" and "Hiện nay, tỷ lệ doanh nghiệp … ký
    # kết thỏa ước … đạt 72%" still given a figure)
    "probes307": (0.97, 0.90, 0),
    "probes308": (0.96, 0.91, 1),
    "probes309": (0.98, 0.98, 1),
    # (still missed: lists of units with counts in brackets after "có kết quả … nổi bật như",
    # x/y after a target named ("Riêng chỉ tiêu thành lập CĐCS, thành phố mới đạt 41/60"), sign-ups
    # told in stories, promises of people who will join, "hơn nửa" of a target in speech)
    "probes312": (0.91, 0.86, 1),
    "probes313": (1.0, 0.85, 0),
    "probes316": (0.98, 0.98, 1),
    # (still missed: rankings whose deed only the sa-pô names, an indicator put first in speech,
    # "Trong 1.236 người công đoàn giới thiệu thì …", targets said after their results; see the
    # README's known gaps)
    "probes317": (0.97, 0.85, 2),
    "probes318": (0.97, 0.84, 1),
    "probes319": (0.98, 0.97, 1),
    "probes323": (0.95, 0.76, 2),
    "probes324": (0.94, 0.85, 0),
    "probes325": (0.97, 1.0, 2),
    # (still missed: bare answers, ratings put first, an indicator named and counted in different
    # clauses, shares of two periods said without their noun; see the README's known gaps)
    "probes327": (0.95, 0.82, 0),
    "probes328": (0.98, 0.89, 0),
    # (a course on the Party's development for union chairs, read as training by other writers)
    "probes329": (0.98, 1.0, 1),
    "probes330": (0.98, 0.98, 1),
    "probes331": (0.99, 0.96, 1),
    "probes332": (0.99, 0.97, 1),
    # (first looks, and for 334 the infographic cells and rows that name their own indicator)
    "probes333": (0.97, 0.7, 1),
    "probes334": (0.97, 0.79, 0),
    "probes335": (0.97, 0.97, 1),
    "probes337": (0.94, 0.87, 2),
    "probes338": (0.96, 0.90, 0),
    "probes339": (0.97, 0.84, 0),
    "probes340": (0.94, 0.68, 0),
    "probes343": (0.97, 0.83, 2),
    "probes344": (0.96, 0.93, 3),
    "probes346": (0.97, 0.65, 1),
    "probes348": (0.95, 0.97, 2),
    # (its writer left the parts of the provinces before the 2025 merger unread, "trong đó khu vực
    # Bình Thuận cũ 1.320 đoàn viên, …"; probes576's and 581's read them, as CONVENTIONS.md reads a
    # part a body names)
    "probes354": (0.97, 0.97, 1),
    "probes355": (0.97, 0.87, 0),
    "probes356": (0.98, 0.89, 0),
    "probes360": (0.98, 0.96, 0),
    "probes364": (0.98, 0.93, 1),
    "probes365": (0.98, 0.81, 1),
    "probes368": (0.98, 0.94, 1),
    # (rows with no header, their columns told by the headline alone: "LĐLĐ huyện Thạch Thất | 14
    # | 1.126 | 112,6%"; read by the header as an article)
    "probes369": (0.98, 0.6, 0),
    "probes370": (0.96, 1.0, 1),
    # (speech: counts and targets a clause apart, said in words, "so với chỉ tiêu một trăm thì …")
    "probes372": (0.91, 0.78, 0),
    # (rows read one by one lack their header line; read as whole articles they have it)
    "probes373": (0.85, 0.26, 0),
    # (a count of new unions said with "Với", read as founded, its writer read as none)
    "probes379": (0.99, 1.0, 1),
    # (speech: answers with neither verb nor noun, times listed after a topic, "sẽ làm" as a plan)
    "probes380": (0.97, 0.83, 0),
    # (classes listed with their attendance, another area's x/y after a semicolon, shares of other
    # indicators given in turn)
    "probes381": (0.99, 0.92, 1),
    # (speech: answers whose indicator only the question or sa-pô names, the Party's people said
    # "người" after a bare target, "được 14 người giới thiệu", a year gone by in an answer to a
    # question of plans)
    "probes383": (0.9, 0.68, 1),
    # (breakdowns "tương ứng là 230 và 1.620", regions with their targets in brackets, percents of
    # bodies in a tally, x/y with "chỉ tiêu" in brackets)
    "probes385": (0.99, 0.88, 0),
    # (speech: short answers with no verb, another time's count after a plan, "à … chứ"
    # corrections, targets listed first then what was done of each)
    "probes392": (0.95, 0.78, 0),
    # (parts by sector, read as figures by its writer and as none by CONVENTIONS.md; percents in
    # turn after the bodies; counts in words in a list of parts)
    "probes393": (0.98, 0.79, 1),
    # (bodies' percents in brackets, x/y by body after the first; a share of companies with an
    # agreement and a proposal of what each CĐCS should introduce, given figures)
    # (and the next bodies' percents after a stock's share, read as figures with it)
    "probes398": (0.97, 0.94, 2),
    # (a share of companies that have signed an agreement "hiện" given a figure, read as a stock
    # by its writer, as by two before; the real H38-032 reads it as a figure)
    "probes403": (0.99, 1.0, 1),
    # (speech in the informal sector: counts compared across years, corrections "rà lại thì đúng
    # là", a target before what was done, "kết nạp một người là cả tuần đi tìm" given a figure)
    "probes404": (0.95, 0.86, 1),
    # (lists and breakdowns, a fifth round: percents in turn, x/y by body, parts in words)
    "probes405": (0.98, 0.91, 2),
    # (other indicators: a target of dialogues or agreements then what was done of it, a plan
    # raised for next year, officials at a course said "Tham dự có")
    "probes406": (0.96, 0.97, 1),
    # (speech, a twelfth round: answers with neither verb nor noun, "Sáu mươi chỉ tiêu, làm được
    # bốn mươi mốt", a count corrected against a figure in the press, a target said after a plan
    # of its own ("Kế hoạch năm nay … quý I đã được khoảng 1.400"), a title's count of one person)
    "probes407": (0.94, 0.7, 3),
    # (lists, a sixth round: places each with a count of courses and officials, targets listed to
    # bodies with "cho", a ranking's first figure "3" of units, a shared range planned)
    "probes408": (0.98, 0.97, 0),
    # (a proposal of yearly introductions, "đề xuất mỗi năm giới thiệu 100 đoàn viên", read)
    "probes409": (1.0, 1.0, 0),
    # (a count of people "cứ kết nạp 100 người thì lại mất 120 người" given a figure)
    "probes411": (0.99, 0.98, 1),
    # (speech, a thirteenth round: a quarter's count with "người vào công đoàn", "kết nạp cả 270",
    # "tôi nhớ không nhầm thì khoảng 3.400 đến 3.600 người", x/y "18 trên 31" after the companies
    # eligible, answers "7/10 rồi")
    "probes414": (0.95, 0.83, 1),
    # (other indicators, a fourth round: congresses "tiến hành đại hội, đạt 103,3% kế hoạch", a plan
    # "đặt mục tiêu tăng lên 170 doanh nghiệp", a share planned after a share done, a share of last
    # year said after)
    "probes415": (1.0, 0.91, 0),
    # (the highest of an average per commune, "nơi cao nhất kết nạp 120 đoàn viên", given a figure)
    "probes416": (0.99, 1.0, 1),
    # (speech, a fourteenth round: answers whose indicator only the words after the quote name,
    # "Năm ngoái ba, năm nay năm", counts corrected "chứ không phải", "Chín tháng … 7/10 CĐCS rồi")
    "probes418": (0.95, 0.81, 1),
    # (lists, an eighth round: two indicators in turn, bodies' x/y in brackets after a colon)
    "probes419": (0.99, 0.97, 1),
    # (lists, a ninth round: a label's percents of the plan by body, values then bodies, x/y in
    # brackets by body, lists of places after "gồm")
    "probes424": (0.98, 0.92, 1),
    # (speech, a sixteenth round: answers with neither verb nor noun, "3 nghìn 2", targets in
    # speech after the count, "Mười một người, đã có sáu người được kết nạp")
    "probes428": (0.98, 0.82, 0),
    "probes429": (0.99, 1.0, 1),
    # (plans by body listed after "Trong 12 ngàn … giao", shares planned by a percent alone)
    "probes430": (0.97, 0.94, 0),
    # (lists, an eleventh round: x/y in brackets by body, topics first "Về thành lập CĐCS, …",
    # each body's count with its percent after a comma)
    "probes432": (0.99, 0.93, 0),
    # (a proposal of a yearly floor and units guided to draft an agreement given figures)
    "probes433": (0.98, 1.0, 2),
    # (speech, an eighteenth round, and lists, a twelfth, read once at the session's end)
    "probes435": (0.93, 0.85, 0),
    "probes436": (0.98, 0.92, 1),
    # (speech, the nineteenth to twenty-fourth rounds: answers only the question names, counts by
    # year with no "được", corrections "Không phải 12 mà là 21", guesses read as plans)
    "probes437": (0.98, 0.85, 0),
    "probes442": (0.97, 0.74, 1),
    "probes444": (0.98, 0.89, 0),
    "probes448": (0.94, 0.9, 1),
    "probes454": (0.96, 0.88, 3),
    # (lists, the thirteenth to eighteenth rounds: other indicators' pairs and percents by body
    # after a heading, parts whose count comes before the body, a body's count before it in
    # brackets, two indicators per place in other shapes)
    "probes438": (0.98, 0.83, 1),
    "probes441": (0.99, 0.96, 1),
    "probes445": (1.0, 0.87, 0),
    "probes447": (1.0, 0.88, 0),
    "probes453": (0.98, 0.85, 1),
    # (hard negatives and general samples: a wish read as a plan, units guided, a cumulative
    # total since founding, a band of units, kinds of the members of a list)
    "probes440": (0.97, 1.0, 3),
    "probes452": (0.98, 0.99, 1),
    "probes455": (0.99, 1.0, 1),
    # (the fifth part of 2026-12-05: lists by body in many shapes, x/y and percents by place after
    # a label, speech's corrections and answers)
    "probes456": (1.0, 0.99, 0),
    "probes457": (0.98, 0.83, 0),
    "probes458": (1.0, 1.0, 0),
    "probes459": (0.97, 0.73, 2),
    "probes460": (0.97, 0.9, 1),
    "probes461": (0.99, 1.0, 1),
    "probes462": (0.99, 0.83, 0),
    "probes465": (0.98, 0.87, 0),
    "probes466": (0.92, 0.76, 3),
    "probes467": (0.98, 0.99, 2),
    # (the sixth part of 2026-12-05: lists named after their items or by a table's legend, speech
    # with its subject and verb before a share, a target set by a province named bare)
    "probes468": (0.98, 0.85, 0),
    "probes469": (0.96, 0.9, 0),
    "probes470": (1.0, 0.96, 0),
    "probes471": (0.98, 0.97, 1),
    "probes472": (0.99, 1.0, 1),
    "probes473": (0.99, 0.99, 1),
    "probes474": (0.91, 0.73, 1),
    "probes475": (0.91, 0.84, 2),
    "probes477": (0.97, 0.98, 2),
    "probes480": (0.98, 0.81, 2),
    "probes483": (0.97, 0.85, 0),
    "probes485": (0.99, 0.99, 1),
    "probes486": (0.96, 0.8, 1),
    "probes492": (0.98, 0.85, 2),
    "probes493": (0.93, 0.88, 1),
    "probes496": (0.96, 0.74, 0),
    "probes497": (0.96, 0.81, 0),
    "probes499": (0.99, 0.96, 1),
    "probes500": (0.98, 0.94, 1),
    "probes503": (0.99, 1.0, 1),
    "probes505": (0.97, 0.76, 2),
    "probes508": (1.0, 0.88, 0),
    "probes510": (0.98, 0.86, 0),
    "probes512": (0.92, 0.63, 2),
    "probes514": (0.98, 0.9, 1),
    "probes518": (0.97, 0.86, 0),
    "probes522": (0.99, 0.99, 1),
    "probes524": (0.96, 0.89, 3),
    "probes525": (0.99, 0.99, 1),
    "probes528": (0.94, 0.93, 0),
    "probes530": (0.98, 1.0, 1),
    "probes532": (0.99, 0.93, 1),
    "probes535": (0.99, 0.98, 1),
    "probes538": (0.99, 0.99, 1),
    "probes541": (0.99, 0.97, 1),
    "probes543": (0.98, 0.96, 1),
    "probes545": (0.96, 0.9, 1),
    "probes550": (0.98, 0.96, 1),
    "probes551": (0.99, 0.99, 1),
    "probes552": (0.99, 0.96, 1),
    "probes554": (0.99, 0.88, 0),
    "probes556": (0.96, 0.95, 4),
    "probes558": (0.9, 0.84, 2),
    "probes559": (0.97, 0.95, 2),
    "probes560": (0.99, 0.99, 1),
    "probes562": (0.99, 0.98, 1),
    "probes563": (0.97, 0.9, 1),
    "probes564": (0.97, 0.94, 1),
    "probes565": (0.94, 0.93, 2),
    "probes566": (0.99, 0.98, 1),
    "probes567": (0.99, 1.0, 1),
    "probes568": (0.99, 0.98, 1),
    "probes572": (0.98, 0.94, 2),
    "probes573": (0.97, 0.96, 2),
    "probes574": (0.93, 0.86, 3),
    "probes575": (0.98, 0.96, 1),
    "probes578": (0.98, 0.99, 1),
    "probes581": (0.99, 1.0, 1),
    "probes582": (0.94, 0.86, 2),
    "probes583": (0.97, 0.94, 1),
    "probes584": (0.99, 1.0, 1),
    "probes585": (0.95, 0.93, 2),
    "probes586": (0.99, 1.0, 1),
    "probes589": (0.95, 0.94, 2),
    "probes590": (0.94, 0.8, 2),
    "probes591": (0.98, 0.97, 1),
    "probes596": (0.98, 0.91, 2),
    "probes597": (0.91, 0.78, 4),
    "probes601": (0.99, 0.98, 1),
    "probes603": (0.99, 0.97, 1),
    "probes605": (0.94, 0.86, 2),
    "probes606": (0.96, 0.96, 3),
    "probes607": (0.97, 0.89, 1),
    "probes609": (0.99, 0.99, 1),
    "probes611": (0.94, 0.91, 2),
    "probes613": (0.95, 0.83, 1),
    "probes615": (0.97, 0.91, 1),
    "probes616": (0.98, 0.96, 2),
    "probes617": (0.97, 0.98, 1),
    "probes618": (0.94, 0.88, 1),
    "probes619": (0.95, 0.95, 3),
    "probes621": (0.98, 0.83, 1),
    "probes622": (0.96, 0.93, 1),
    "probes623": (1.0, 0.9, 0),
    "probes625": (0.98, 0.99, 1),
    "probes626": (0.95, 0.85, 0),
    "probes627": (0.97, 0.82, 0),
    "probes629": (0.95, 0.89, 2),
    "probes630": (0.98, 0.93, 1),
    "probes631": (0.92, 0.96, 2),
    "probes634": (0.91, 0.81, 1),
    "probes637": (0.96, 0.96, 1),
    "probes638": (0.96, 0.91, 1),
    "probes640": (0.98, 0.93, 1),
    "probes642": (0.92, 0.92, 3),
    "probes643": (0.94, 0.87, 2),
    "probes644": (0.96, 0.96, 0),
    "probes645": (0.95, 0.92, 1),
    "probes646": (0.97, 0.94, 2),
    "probes647": (0.97, 0.91, 1),
    "probes649": (0.95, 0.92, 1),
    "probes650": (0.89, 0.78, 1),
    "probes651": (0.97, 0.88, 0),
    "probes653": (0.94, 0.87, 0),
    "probes654": (0.96, 0.95, 3),
    "probes656": (0.87, 0.82, 0),
    "probes658": (0.95, 0.83, 2),
    "probes659": (0.93, 0.92, 1),
    "probes660": (0.96, 0.87, 1),
    "probes661": (0.95, 0.94, 2),
    "probes662": (0.98, 0.9, 1),
    "probes663": (0.94, 0.89, 4),
    "probes664": (0.95, 1.0, 1),
    "probes666": (0.94, 0.83, 1),
    "probes667": (0.88, 0.87, 3),
    "probes668": (0.96, 0.91, 2),
    "probes669": (0.9, 0.83, 2),
    "probes671": (0.93, 0.9, 4),
    "probes673": (0.95, 0.93, 1),
    "probes674": (0.91, 0.76, 3),
    "probes675": (0.79, 0.83, 1),
    "probes677": (0.93, 0.8, 2),
    "probes678": (0.95, 0.87, 2),
    "probes681": (0.96, 0.94, 1),
    "probes682": (0.94, 0.77, 1),
    "probes683": (0.87, 0.83, 0),
    "probes684": (0.97, 0.83, 0),
    "probes685": (0.96, 0.98, 1),
    "probes687": (0.9, 0.88, 3),
    "probes688": (0.97, 0.94, 2),
    "probes690": (0.91, 0.77, 1),
    "probes691": (0.81, 0.84, 2),
    "probes692": (0.97, 0.88, 0),
    "probes694": (0.94, 0.89, 1),
    "probes697": (0.95, 0.87, 1),
    "probes698": (0.97, 0.88, 0),
    "probes699": (0.91, 0.8, 1),
    "probes700": (0.99, 0.95, 1),
    "probes702": (0.98, 0.98, 1),
    "probes703": (0.94, 0.69, 1),
    "probes704": (0.83, 0.89, 3),
    "probes706": (0.84, 0.78, 2),
    "probes707": (0.83, 0.84, 4),
    "probes708": (0.95, 0.92, 1),
    "probes709": (0.93, 0.96, 1),
    "probes710": (0.98, 0.94, 1),
    "probes711": (0.98, 0.92, 1),
    "probes712": (0.88, 0.78, 3),
    "probes714": (0.92, 0.82, 2),
    "probes715": (0.76, 0.71, 2),
    "probes717": (0.96, 1.0, 2),
    "probes718": (0.86, 0.8, 2),
    "probes719": (0.97, 0.98, 1),
    "probes722": (0.91, 0.9, 1),
    "probes723": (0.88, 0.74, 1),
    "probes725": (0.98, 0.83, 1),
    "probes727": (0.95, 0.89, 1),
    "probes728": (0.99, 0.99, 1),
    "probes729": (0.93, 0.85, 1),
    "probes730": (0.9, 0.74, 1),
    "probes731": (0.91, 0.87, 0),
    "probes732": (0.98, 0.88, 0),
    "probes733": (0.96, 0.96, 2),
    "probes734": (0.95, 0.83, 1),
    "probes735": (0.91, 0.82, 0),
    "probes738": (0.8, 0.82, 1),
    "probes739": (0.91, 0.8, 0),
    "probes740": (0.97, 0.95, 2),
    "probes741": (0.98, 0.98, 1),
    "probes742": (0.95, 0.9, 1),
    "probes743": (0.97, 0.98, 2),
    "probes745": (0.93, 0.83, 0),
    "probes746": (0.87, 0.71, 3),
    "probes747": (0.78, 0.77, 2),
    "probes748": (0.89, 0.72, 0),
    "probes750": (0.97, 0.89, 0),
    "probes751": (0.94, 0.88, 1),
    "probes754": (0.88, 0.79, 2),
    "probes755": (0.78, 0.8, 3),
    "probes759": (0.92, 0.84, 0),
    "probes761": (0.93, 0.83, 1),
    "probes762": (0.92, 0.74, 2),
    "probes763": (0.77, 0.82, 5),
    "probes764": (0.95, 0.93, 1),
    "probes766": (0.96, 0.92, 1),
    "probes767": (0.92, 0.87, 1),
    "probes770": (0.89, 0.72, 0),
    "probes771": (0.76, 0.74, 1),
    "probes773": (0.96, 1.0, 1),
    "probes774": (0.95, 0.87, 1),
    "probes775": (0.96, 0.95, 2),
    "probes777": (0.91, 0.87, 4),
    "probes778": (0.96, 0.95, 2),
    "probes779": (0.93, 0.84, 2),
    "probes781": (0.99, 0.98, 1),
    "probes782": (0.92, 0.88, 1),
    "probes783": (0.8, 0.81, 2),
    "probes784": (0.89, 0.83, 3),
    "probes787": (0.99, 0.87, 1),
    "probes788": (0.96, 0.88, 0),
    "probes790": (0.99, 0.95, 1),
    "probes791": (0.74, 0.75, 5),
    "probes792": (0.89, 0.75, 1),
    "probes796": (0.96, 0.88, 0),
    "probes797": (0.95, 0.96, 2),
    "probes799": (0.84, 0.81, 1),
    "probes800": (0.91, 0.78, 5),
    "probes802": (0.99, 0.89, 1),
    "probes803": (0.96, 0.92, 2),
    "probes805": (0.97, 0.88, 1),
    "probes806": (0.85, 0.86, 1),
    "probes807": (0.88, 0.8, 3),
    "probes810": (0.98, 0.89, 0),
    "probes811": (0.98, 0.93, 1),
    "probes812": (0.95, 0.91, 1),
    "probes816": (0.8, 0.83, 3),
    "probes817": (0.93, 0.76, 1),
    "probes818": (0.95, 0.92, 2),
    "probes819": (0.94, 0.93, 2),
    "probes822": (0.81, 0.86, 2),
    "probes823": (0.83, 0.78, 1),
    "probes824": (0.97, 0.89, 1),
    "probes825": (0.98, 1.0, 1),
    "probes826": (0.96, 0.95, 2),
    "probes827": (0.93, 0.87, 4),
    "probes828": (0.99, 0.96, 1),
    "probes829": (0.97, 0.96, 1),
    "probes831": (0.8, 0.82, 3),
    "probes832": (0.89, 0.79, 4),
    "probes833": (0.98, 0.98, 1),
    "probes248": (0.97, 0.96, 2),
    "probes167": (0.93, 0.76, 2),
    "probes169": (0.98, 0.94, 1),
    "probes170": (0.99, 1.0, 1),
    "probes172": (0.99, 0.99, 1),
    "probes173": (0.97, 0.87, 1),
    "probes174": (0.97, 0.93, 1),
    "probes175": (0.96, 0.94, 2),
    "probes176": (0.95, 0.97, 2),
    "probes178": (0.98, 0.94, 1),
    "probes179": (0.98, 0.98, 1),
    "probes181": (1.0, 0.87, 0),
    "probes184": (0.97, 0.99, 1),
    "probes187": (0.98, 0.82, 0),
    "probes188": (0.99, 0.94, 1),
    "probes189": (0.94, 0.92, 4),
    "probes190": (0.99, 0.98, 1),
    "probes191": (0.96, 0.96, 3),
    "probes194": (0.99, 1.0, 1),
    "probes195": (0.98, 0.93, 1),
    # (a rating said "ngót 400 đơn vị" is found since "ngót" is read, but not yet given the whole
    # rated said before the first: "Trong tổng số gần 1.800 CĐCS được đánh giá, có khoảng 1.050 …")
    "probes196": (0.95, 0.93, 1),
    "probes198": (0.99, 0.96, 1),
    "probes200": (0.98, 0.96, 1),
    "probes205": (0.98, 0.98, 1),
    "probes207": (0.99, 1.0, 1),
    "probes209": (0.98, 0.78, 0),
    "probes214": (0.96, 0.93, 2),
    "probes216": (0.97, 0.76, 0),
    "probes217": (0.97, 0.88, 0),
    "probes223": (0.94, 0.82, 1),
    "probes224": (0.95, 0.88, 1),
    "probes225": (0.94, 0.94, 0),
    "probes227": (0.96, 0.91, 3),
    "probes228": (0.99, 0.99, 1),
    "probes230": (0.98, 0.83, 0),
    "probes231": (0.97, 0.93, 1),
    "probes234": (0.96, 0.91, 1),
    "probes235": (0.98, 0.91, 1),
    "probes237": (0.98, 0.85, 0),
    "probes238": (0.96, 0.94, 2),
    "probes241": (0.96, 0.83, 1),
    "probes242": (0.98, 0.92, 1),
}


@pytest.mark.parametrize("path", sorted(PROBES.glob("*.json")), ids=lambda p: p.stem)
def test_probe_sentences_read_as_annotated(path):
    data = json.loads(path.read_text(encoding="utf-8"))
    assert re.search(r"synthetic|development|never for measurement", data["about"], re.I)
    result = evaluate(data["sentences"])
    precision, recall, negatives = FLOORS.get(path.stem, (0.95, 0.90, 0))
    assert result.overall.precision >= precision
    assert result.overall.recall >= recall
    assert result.negatives_hit <= negatives
