<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" />
<title>Công đoàn Bộ Khoa học và Công nghệ - Trang chủ</title>
</head>
<body>
<form method="post" action="./default.aspx" id="aspnetForm">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWBA==" /></div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<table class="khung" width="1000" cellpadding="0" cellspacing="0" align="center">
  <tr><td colspan="3" class="banner"><a href="/congdoan/Pages/default.aspx"><img src="/congdoan/PublishingImages/banner.jpg" alt="CÔNG ĐOÀN BỘ KHOA HỌC VÀ CÔNG NGHỆ" /></a></td></tr>
  <tr><td colspan="3" class="menu"><a href="/congdoan/Pages/default.aspx">Trang chủ</a> | <a href="/congdoan/Pages/DanhSachTin.aspx?groupID=1">Tin hoạt động</a></td></tr>
  <tr>
    <td class="cot-trai" width="220" valign="top"><div class="box-trai"><div class="tieude-box">Xem nhiều nhất:</div><ul><li><a href="/congdoan/Pages/ChiTietTin.aspx?IDNews=1497&amp;groupID=1">Tăng lương tối thiểu vùng: Người lao động cần biết gì?</a></li><li><a href="/congdoan/Pages/ChiTietTin.aspx?IDNews=1490&amp;groupID=1">Hội nghị Ban Chấp hành Công đoàn Bộ lần thứ 8</a></li></ul></div></td>
    <td class="cot-giua" valign="top"><div class="ms-webpart-zone"><div class="ms-WPBody">
<div class="tin-moi"><div class="tieude-box">Tin mới</div><ul><li><a href="/congdoan/Pages/ChiTietTin.aspx?IDNews=1501&amp;groupID=1">Công đoàn Bộ phát động Tháng Công nhân năm 2025</a></li><li><a href="/congdoan/Pages/ChiTietTin.aspx?IDNews=1497&amp;groupID=1">Tăng lương tối thiểu vùng: Người lao động cần biết gì?</a></li><li><a href="/congdoan/Pages/ChiTietTin.aspx?IDNews=1490&amp;groupID=1">Hội nghị Ban Chấp hành Công đoàn Bộ lần thứ 8</a></li></ul></div>
    </div></div></td>
    <td class="cot-phai" width="200" valign="top"><a href="http://www.congdoan.vn"><img src="/congdoan/PublishingImages/tld.jpg" alt="Tổng Liên đoàn Lao động Việt Nam" /></a></td>
  </tr>
  <tr><td colspan="3" class="chan-trang">CÔNG ĐOÀN BỘ KHOA HỌC VÀ CÔNG NGHỆ (trang mẫu để chạy thử)</td></tr>
</table>
</div></div>
</form>
</body>
</html>
