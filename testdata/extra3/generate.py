#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Third development set for madoguchi parse: 40 invented messages + gold labels.

    python3 generate.py [OUTDIR]     # writes NNN-slug.eml, NNN-slug.json, index.tsv

The gold follows the lead contract (spec/lead.md) and the corpus conventions of
testdata/samples/README.md.  People, institutions, numbers and addresses are invented
(municipality names are real place names); only .example.jp / .example.com /
.example.org domains are used.  Output is deterministic.  MIME is assembled by hand
(RFC 2047 words, base64 and QP via the standard library) so that every byte, charset
label and transfer encoding is exactly what the index says; CRLF line endings throughout.
The MIME and encoding helpers are those of ../tools/mailgen.py.
"""
import os
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tools"))
from mailgen import (  # noqa: E402
    addr, cte_apply, encode, ew, ewq, gold, head, INBOX, leaf, multipart, MX, received,
    SANIN, single, write_set)


MAILS = []


def add(num, slug, cat, enc, diff, desc, eml, g):
    MAILS.append(dict(num=num, slug=slug, cat=cat, enc=enc, diff=diff, desc=desc, eml=eml, gold=g))


# ------------------------------------------------------------------ more MIME helpers


def flowed(text, width=34):
    """format=flowed; delsp=yes: long lines soft-broken with a trailing space.

    Breaks fall only between two non-ASCII characters, so deleting the space on
    reflow restores the line exactly."""
    out = []
    for line in text.split("\n"):
        while len(line) > width:
            cut = width
            while cut > 8 and (line[cut - 1].isascii() or line[cut].isascii()):
                cut -= 1
            if cut <= 8:
                break
            out.append(line[:cut] + " ")
            line = line[cut:]
        out.append(line)
    return "\n".join(out)


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


def html_paras(text, charset):
    paras = text.strip("\n").split("\n\n")
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n</head>\n'
            '<body>\n' % charset +
            "\n".join("<p>" + p.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                      .replace("\n", "<br>\n") + "</p>" for p in paras) +
            "\n</body>\n</html>\n")


PDF = (b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
       b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
       b"trailer\n<< /Root 1 0 R >>\n%%EOF\n")


def pdf_part(filename):
    """application/pdf with an RFC 2231 UTF-8 filename and an RFC 2047 name (Thunderbird)."""
    pct = urllib.parse.quote(filename.encode("utf-8"), safe="")
    ph = [("Content-Type", 'application/pdf;\n name="%s"' % ew(filename, "utf8")),
          ("Content-Disposition", "attachment;\n filename*=UTF-8''%s" % pct),
          ("Content-Transfer-Encoding", "base64")]
    return ph, cte_apply(PDF, "base64")


SEC_SIG2 = """――――――――――――――――――――――――
地域医療マッチング事務局（ドクターセカンドキャリア）
〒102-0083 東京都千代田区麹町4-2-7 麹町メディカルビル6階
TEL 03-6675-9919 / md@md2-rm.example.org
――――――――――――――――――――――――"""


# ======================================================================= doctor

def m001():
    mid = "20241017204107.5E21.6B0C7A44@maya-yamate.example.jp"
    body = """地域医療マッチング事務局 御中

はじめてメールを差し上げます。
兵庫県神戸市の医療法人社団 六甲会 摩耶山手病院で眼科部長をしております、宇佐美 隆之と申します。

満64歳で、来年3月をもって定年退職となります。
白内障の手術はまだ続けられますので、退職後は眼科医のいない、あるいは少ない地域で、
常勤として働きたいと考えております。
妻の郷里が米子ということもあり、山陰（鳥取・島根）を第一に考えております。

勤務開始は令和7年4月を希望します。
住まいは病院の近くで借家を探すつもりでおります。

登録の手順や必要な書類などをご教示いただけますと幸いです。
よろしくお願い申し上げます。

------------------------------
宇佐美 隆之（ウサミ タカユキ）
携帯 080-4417-2650
医療法人社団 六甲会 摩耶山手病院 眼科
〒657-0022 兵庫県神戸市灘区土山町8-14
TEL 078-861-3307（代表）
usami.t@maya-yamate.example.jp
------------------------------
"""
    hdrs = [("Return-Path", "<usami.t@maya-yamate.example.jp>"),
            ("Received", received("mail.maya-yamate.example.jp", "198.51.100.64", "4XTq2V0mPbz7Rk",
                                  "Thu, 17 Oct 2024 20:41:09 +0900 (JST)")),
            ("Date", "Thu, 17 Oct 2024 20:41:07 +0900"),
            ("From", addr("宇佐美 隆之", "usami.t@maya-yamate.example.jp", "jis")),
            ("To", INBOX),
            ("Subject", ew("医師登録のお願い（眼科・山陰地方希望）")),
            ("Message-ID", "<%s>" % mid),
            ("X-Mailer", "Becky! ver. 2.81.05 [ja]")]
    eml = single(hdrs, body, "iso2022_jp", '"ISO-2022-JP"', "7bit")
    g = gold(mid, "doctor", name="宇佐美 隆之", name_kana="ウサミ タカユキ",
             email="usami.t@maya-yamate.example.jp", phone="08044172650", age=64,
             organization="医療法人社団 六甲会 摩耶山手病院", specialties=["眼科"],
             prefectures=SANIN, employment=["full_time"], start="2025-04")
    add(1, "ophthalmologist-sanin-jis", "doctor",
        "text/plain ISO-2022-JP 7bit; From name and Subject RFC 2047 ISO-2022-JP B (Becky!)", "easy",
        "Retiring ophthalmologist in Kobe: 満64歳 -> 64, 山陰（鳥取・島根） -> 2 prefectures, 令和7年4月 -> 2025-04; katakana reading in brackets in the signature; mobile before the hospital's main number; 来年3月 is the retirement, 米子 the wife's home town",
        eml, g)


def m002():
    mid = "form.d.20241102231840.0419@form.md2-rm.example.org"
    body = """ドクター登録フォームから、以下の内容で送信がありました。

────────────────────────
お名前　　　　　：佐久間 英樹
フリガナ　　　　：サクマ ヒデキ
生年月日　　　　：1961年9月22日
メールアドレス　：hsakuma.md@kitakami-net.example.jp
電話番号　　　　：0197-64-2381
現在の勤務先　　：
専門・対応可能科：内科、総合診療
希望勤務地　　　：岩手県、宮城県
希望する働き方　：□常勤　□非常勤　■スポット（当直・日直）
希望日数（週）　：
勤務開始希望　　：2024年12月以降
ご質問・ご要望　：
昨年、長年勤めた病院を退職しました。今は近所のクリニックで時々外来を手伝っています。
当直であれば月に4〜5回程度お受けできます。寝当直でなくても構いません。
────────────────────────
送信日時：2024-11-02 23:18:40
このメールは送信専用アドレスから自動送信されています。
地域医療マッチング事務局　TEL 03-6675-9919
"""
    hdrs = [("Return-Path", "<no-reply@form.md2-rm.example.org>"),
            ("Received", "from web03.md2-rm.example.org (web03.md2-rm.example.org [192.0.2.82])\n\tby %s (Postfix) with ESMTP id 4XgWn31Lf2z4Pc\n\tfor <%s>; Sat, 02 Nov 2024 23:18:41 +0900 (JST)" % (MX, INBOX)),
            ("Date", "Sat, 02 Nov 2024 23:18:40 +0900"),
            ("From", addr("ドクター登録フォーム", "no-reply@form.md2-rm.example.org", "utf8")),
            ("To", INBOX),
            ("Subject", ew("【ドクター登録】佐久間 英樹 様より送信がありました", "utf8")),
            ("Message-ID", "<%s>" % mid),
            ("X-Mailer", "md2-rm formmailer 3.1")]
    eml = single(hdrs, body, "utf-8", "UTF-8", "base64")
    g = gold(mid, "doctor", name="佐久間 英樹", name_kana="サクマ ヒデキ",
             email="hsakuma.md@kitakami-net.example.jp", phone="0197642381", birth_year=1961,
             specialties=["内科", "総合診療科"], prefectures=["岩手県", "宮城県"],
             employment=["spot"], start="2024-12")
    add(2, "form-night-duty-only-iwate-utf8", "doctor",
        "text/plain UTF-8 base64; web form with full-width-space aligned labels and ：; From/Subject RFC 2047 UTF-8 B", "medium",
        "Form registration of a doctor who only wants night/day duty: checkboxes □常勤 □非常勤 ■スポット -> spot only; 生年月日 1961年9月22日 -> birth_year (age not stated); empty 勤務先 and 日数; 2024年12月以降 -> 2024-12; 月に4〜5回 is not days; the footer phone is the secretariat's",
        eml, g)


def m003():
    mid = "TYWP286MB2291A0C5E1F47B8E3C1D9A4BB06A2@TYWP286MB2291.JPNP286.PROD.OUTLOOK.example.com"
    body = """地域医療マッチング事務局 ご担当者様

突然のご連絡失礼いたします。
東京都に住んでおります長谷川真由美と申します。父のことでご相談があり、メールいたしました。

父・小松 正造は外科医で、長野県松本市で「小松外科胃腸科医院」を三十年以上開業しておりましたが、
一昨年に医院を閉じました。今年で七十三歳になります。
閉院してからは家で過ごすことが多く、本人は「外来ぐらいならまだやれる」と申しております。

父は松本の自宅から通える範囲、長野県内での勤務を希望しております。
フルタイムは難しいと思いますので、非常勤で週2日ほどを考えているようです。
始める時期はいつでも構わないとのことです。

父はメールを使いませんので、メールでのご連絡は私あてにいただければ父に伝えます。
お電話の場合は、父の自宅（0263-47-5128）に直接おかけいただいても大丈夫です。

お忙しいところ恐縮ですが、どうぞよろしくお願いいたします。

長谷川 真由美
090-6218-0473
"""
    hdrs = [("Return-Path", "<mayumi-h@tamagawa-home.example.jp>"),
            ("Received", received("mail.tamagawa-home.example.jp", "203.0.113.58", "4YrC8d2Vx0z3Lq",
                                  "Sun, 09 Feb 2025 15:02:13 +0900 (JST)")),
            ("From", addr("長谷川 真由美", "mayumi-h@tamagawa-home.example.jp", "sjis")),
            ("To", addr("地域医療マッチング事務局", INBOX, "sjis")),
            ("Subject", ew("父（外科医・73歳）の勤務先についてのご相談", "sjis")),
            ("Date", "Sun, 09 Feb 2025 15:02:11 +0900"),
            ("Message-ID", "<%s>" % mid),
            ("X-Mailer", "Microsoft Outlook 16.0"),
            ("Thread-Index", "AduM7r3bXv1kQ2p9T3yW0f5aB6cD8e==")]
    eml = single(hdrs, body, "shift_jis", '"shift_jis"', "8bit")
    g = gold(mid, "doctor", name="小松 正造", email="mayumi-h@tamagawa-home.example.jp",
             phone="0263475128", age=73, organization="小松外科胃腸科医院", specialties=["外科"],
             prefectures=["長野県"], employment=["part_time"], days_per_week=2)
    add(3, "daughter-for-father-surgeon-nagano-sjis", "doctor",
        "text/plain Shift_JIS 8bit; From/To/Subject RFC 2047 Shift_JIS B (Outlook)", "hard",
        "Daughter (different surname) writes for her father: name is the father's, email the daughter's (only address given), phone the father's home number (his own, given in the body) rather than her signature mobile; 七十三歳 -> 73; last workplace is his closed clinic (胃腸科 in its name is not a field); 週2日ほど -> 2; いつでも -> start null",
        eml, g)


def m004():
    mid = "A7F2C1D0-93B4-4E8A-B1C6-5D2E8F0A3B71@lionmail.example.com"
    body = """Dear Madoguchi secretariat,

My name is Hiroko Nakane. I am a Japanese pathologist (board certified in
Japan) and have been working at Straits Diagnostic Laboratories in
Singapore for the past twelve years. I am 62 years old, and my husband and
I plan to move back to Japan this spring.

I read about your programme in a newsletter of our alumni association. I
would like to support hospitals in Japan that have no pathologist of their
own. With digital slides I can do remote diagnosis from home (遠隔病理診断),
and I could also visit a hospital for frozen sections a few times a month.
Since most of the work would be remote, the region does not matter to me:
anywhere in Japan is fine.

I could offer 3 days a week, starting from April 2025.

Could you tell me how to register, and whether remote pathology positions
are handled through the programme?

Kind regards,

Hiroko Nakane, MD, PhD
Mobile (Japan): +81 80-2740-5516
h.nakane.path@lionmail.example.com
"""
    hdrs = [("Return-Path", "<h.nakane.path@lionmail.example.com>"),
            ("Received", received("smtp-out.lionmail.example.com", "198.51.100.212", "4YdKx73pQnz6Wb",
                                  "Wed, 22 Jan 2025 10:14:58 +0900 (JST)")),
            ("From", "Hiroko Nakane <h.nakane.path@lionmail.example.com>"),
            ("Subject", "Registration: pathologist offering remote diagnosis"),
            ("Date", "Wed, 22 Jan 2025 09:14:55 +0800"),
            ("Message-ID", "<%s>" % mid),
            ("To", INBOX),
            ("X-Mailer", "Apple Mail (2.3774.300.61.1.2)")]
    eml = single(hdrs, body, "utf-8", "utf-8", "8bit", extra="; format=flowed")
    g = gold(mid, "doctor", name="Hiroko Nakane", email="h.nakane.path@lionmail.example.com",
             phone="08027405516", age=62, organization="Straits Diagnostic Laboratories",
             specialties=["病理診断科"], prefectures=["全国"], employment=["part_time"],
             days_per_week=3, start="2025-04")
    add(4, "english-remote-pathologist-singapore", "doctor",
        "text/plain UTF-8 8bit, format=flowed (Apple Mail), English with one Japanese term; Date +0800", "medium",
        "Japanese pathologist abroad offering remote diagnosis: English name, 62 years old, employer abroad as organization, 遠隔病理診断 -> 病理診断科, anywhere in Japan -> 全国, 3 days a week -> part_time/3 (visits a few times a month are not days), April 2025 -> 2025-04, +81 80-... -> 080...",
        eml, g)


def m005():
    mid = "5b7e0c2a-1f38-4d6b-9a24-c81e3f70d5b9@naruto-sukoyaka.example.jp"
    quoted = """三好 由紀夫 先生

先日はお電話をいただき、ありがとうございました。
事務局の江藤です。
ご紹介先を検討するにあたり、ご年齢（生年）、ご希望の勤務地と勤務の形、
開始の時期をメールでお知らせいただけますでしょうか。
常勤・非常勤のどちらでも、ご希望に合う先をお探しいたします。

""" + SEC_SIG2
    body = """江藤様

お世話になっております。鳴門の三好です。
先日はお電話で丁寧にご説明いただき、ありがとうございました。

私は昭和35年の生まれで、今年の誕生日で64になりました。
専門は小児科で、今の鳴門すこやか病院には年内まで勤める予定です。
来年からは、徳島県内か高知県の小児科医が足りない地域で、非常勤で週3日ほど働ければと思っております。
常勤はもう体力的に難しいと考えています。
開始は令和7年1月からでお願いできればと思います。

どうぞよろしくお願いいたします。

三好 由紀夫
携帯 090-7702-5813

2024/09/09 16:40 に 地域医療マッチング事務局 さんは書きました:
""" + quote(quoted) + "\n"
    hdrs = [("Return-Path", "<miyoshi-y@naruto-sukoyaka.example.jp>"),
            ("Received", received("mail.naruto-sukoyaka.example.jp", "198.51.100.23", "4X0pQj2hTnz5Km",
                                  "Tue, 10 Sep 2024 21:05:35 +0900 (JST)")),
            ("Message-ID", "<%s>" % mid),
            ("Date", "Tue, 10 Sep 2024 21:05:33 +0900"),
            ("User-Agent", "Mozilla Thunderbird"),
            ("Subject", ew("Re: ご登録についての確認")),
            ("Content-Language", "ja"),
            ("To", addr("地域医療マッチング事務局", INBOX, "jis")),
            ("References", "<reg.20240909164012.3307@md2-rm.example.org>"),
            ("In-Reply-To", "<reg.20240909164012.3307@md2-rm.example.org>"),
            ("From", addr("三好 由紀夫", "miyoshi-y@naruto-sukoyaka.example.jp", "jis"))]
    eml = single(hdrs, body, "iso2022_jp", "ISO-2022-JP", "7bit", extra="; format=flowed")
    g = gold(mid, "doctor", name="三好 由紀夫", email="miyoshi-y@naruto-sukoyaka.example.jp",
             phone="09077025813", age=64, birth_year=1960, organization="鳴門すこやか病院",
             specialties=["小児科"], prefectures=["徳島県", "高知県"], employment=["part_time"],
             days_per_week=3, start="2025-01")
    add(5, "reply-pediatrician-shikoku-thunderbird-jis", "doctor",
        "text/plain ISO-2022-JP 7bit, format=flowed (no long lines); Thunderbird Japanese reply header (…さんは書きました:) with '> ' quote; In-Reply-To/References", "medium",
        "Prose answer above the quoted question: 昭和35年 -> 1960 and 誕生日で64になりました -> 64, 徳島県内か高知県, 非常勤で週3日ほど -> part_time/3, '常勤はもう…難しい' must not add full_time, 令和7年1月 -> 2025-01 (来年から is vaguer); the quote mentions 常勤・非常勤 and the secretariat phone",
        eml, g)


def m006():
    mid = "CAH7x3kQpV2mRw8Lz0nJt5bYc1dEf6gHs9uKaO4iTjWq2eNy7Xg@mail.webmail.example.com"
    quoted = """比嘉 朝雄 先生

いつもお世話になっております。事務局の仲宗根です。
先日ご登録いただいた内容をもとに、以下の求人をご紹介いたします。

・沖縄県石垣市　医療法人 八重山会 南風の丘病院
　精神科　常勤　令和6年10月着任希望
　住宅あり、赴任手当あり

ご興味がございましたら、先方との面談を調整いたします。
ご検討のほど、よろしくお願いいたします。

""" + SEC_SIG2
    text = """仲宗根様

ご紹介ありがとうございます。
石垣島の件、大変興味があります。

ただ、今勤めている大阪府の医療法人 浪速こころの森病院との契約が来年3月までありますので、
勤務を始められるのは来年4月からになります。それでもよろしければ、ぜひ先方にお話を進めていただけますか。
常勤で、単身で赴任するつもりです。石垣でなくとも、沖縄の離島であればどこでも構いません。

先日お送りした履歴書のとおり、専門は精神科で、認知症の診療にも長く携わってきました。

比嘉 朝雄
090-4128-3390
"""
    attribution = "2024年5月31日(金) 17:02 地域医療マッチング事務局 <md@md2-rm.example.org>:"
    plain = text + "\n" + attribution + "\n\n" + quote(quoted) + "\n"
    qhtml = quoted.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n")
    html = ('<div dir="ltr">' + text.replace("\n", "<br>\n") + '</div><br>\n'
            '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">2024年5月31日(金) 17:02 地域医療マッチング事務局 &lt;'
            '<a href="mailto:md@md2-rm.example.org">md@md2-rm.example.org</a>&gt;:<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            + qhtml + '</blockquote></div>\n')
    hdrs = [("Return-Path", "<asao.higa.dr@webmail.example.com>"),
            ("Received", received("mail-sor-f41.webmail.example.com", "209.85.220.41", "4VtBn52sWcz8Hd",
                                  "Mon, 03 Jun 2024 12:47:04 +0900 (JST)")),
            ("MIME-Version", None),
            ("References", "<intro.20240531170211.0912@md2-rm.example.org>"),
            ("In-Reply-To", "<intro.20240531170211.0912@md2-rm.example.org>"),
            ("From", addr("比嘉朝雄", "asao.higa.dr@webmail.example.com", "utf8")),
            ("Date", "Mon, 3 Jun 2024 12:47:02 +0900"),
            ("Message-ID", "<%s>" % mid),
            ("Subject", ew("Re: 【求人のご紹介】沖縄県石垣市 精神科（常勤）", "utf8")),
            ("To", addr("地域医療マッチング事務局", INBOX, "utf8"))]
    parts = [leaf(plain, "utf-8", '"UTF-8"', "base64"), leaf(html, "utf-8", '"UTF-8"', "base64", "text/html")]
    eml = multipart(hdrs, "alternative", "000000000000b7c41f061a0d3e55", parts)
    g = gold(mid, "doctor", name="比嘉 朝雄", email="asao.higa.dr@webmail.example.com", phone="09041283390",
             organization="医療法人 浪速こころの森病院", specialties=["精神科"], prefectures=["沖縄県"],
             employment=["full_time"], start="2025-04")
    add(6, "gmail-reply-psychiatrist-okinawa-alt", "doctor",
        "multipart/alternative (Gmail): text/plain + text/html UTF-8 base64, gmail_quote blockquote; attribution line with date and address; From/Subject UTF-8 B", "medium",
        "Doctor answers a job introduction: 来年4月 in June 2024 -> 2025-04 (契約が来年3月まで and the quoted 令和6年10月 are not the start), 沖縄の離島であればどこでも -> 沖縄県 (not 全国), current workplace in 大阪府 is not a wish, 認知症 is not a vocabulary field; name from the signature (with a space; the From display name has none)",
        eml, g)


def m007():
    mid = "OS3P286MB1744E0B6A1F2C7D94E58A3C2F1B09@OS3P286MB1744.JPNP286.PROD.OUTLOOK.example.com"
    body = """地域医療マッチング事務局
坂本様

お世話になっております。八戸の髙橋です。
弘前の病院のご紹介、ありがとうございました。

せっかくのお話ですが、常勤は考えておりません。
今月末で八戸北総合病院を退職したあとは、手術日の麻酔をスポットでお受けする形で、
月2～3回程度働ければと思っております。
ご紹介の病院でそのような形が可能でしたら、ぜひお願いしたいと思います。
青森県内のほか、秋田県の北のほうでしたら自宅から日帰りできますので、そちらも含めてお探しいただけますと幸いです。
開始は4月以降であればいつでも大丈夫です。

髙橋 賢一
携帯：080－5531－0927

差出人: 地域医療マッチング事務局 <md@md2-rm.example.org>
送信日時: 2025年3月4日 16:12
宛先: 髙橋 賢一 <k-takahashi@hachinohe-dr.example.jp>
件名: 【求人のご紹介】弘前市 麻酔科（常勤）

髙橋 賢一 先生

事務局の坂本です。ご希望に近い求人がありましたのでご紹介いたします。
① 弘前市の総合病院（350床）　麻酔科 常勤
② 勤務開始：令和7年6月
③ 年俸：ご経験により優遇
ご検討のほど、よろしくお願いいたします。

""" + SEC_SIG2
    hdrs = [("Return-Path", "<k-takahashi@hachinohe-dr.example.jp>"),
            ("Received", received("mail-os3jpn01on2097.outbound.protection.outlook.example.com", "52.100.6.97",
                                  "4Z6Rt45mWdz2Bx", "Thu, 06 Mar 2025 10:22:13 +0900 (JST)")),
            ("From", addr("髙橋 賢一", "k-takahashi@hachinohe-dr.example.jp", "msjis")),
            ("To", addr("地域医療マッチング事務局", INBOX, "msjis")),
            ("Subject", ew("RE: 【求人のご紹介】弘前市 麻酔科（常勤）", "msjis")),
            ("Thread-Topic", ew("【求人のご紹介】弘前市 麻酔科（常勤）", "msjis")),
            ("Thread-Index", "AduORw1tYbQk7xVvR0y2cD3fP8a1Bw=="),
            ("Date", "Thu, 6 Mar 2025 01:22:10 +0000"),
            ("Message-ID", "<%s>" % mid),
            ("References", "<intro.20250304161201.0457@md2-rm.example.org>"),
            ("In-Reply-To", "<intro.20250304161201.0457@md2-rm.example.org>"),
            ("Accept-Language", "ja-JP, en-US"),
            ("Content-Language", "ja-JP")]
    eml = single(hdrs, body, "ms-iso2022jp", '"iso-2022-jp"', "7bit")
    g = gold(mid, "doctor", name="髙橋 賢一", email="k-takahashi@hachinohe-dr.example.jp", phone="08055310927",
             organization="八戸北総合病院", specialties=["麻酔科"], prefectures=["青森県", "秋田県"],
             employment=["spot"], start="2025-04")
    add(7, "outlook-reply-anesthesia-spot-aomori-msjis", "doctor",
        "text/plain labelled iso-2022-jp with Microsoft extensions (髙 ① ～ －) via cp932->JIS; Japanese Outlook quote header without '>'; Subject/From/Thread-Topic the same; Date +0000", "hard",
        "Anaesthetist declines the introduced full-time post and asks for スポット work: employment spot only (常勤は考えておりません; the quote says 常勤), 月2～3回 gives no days, 青森県内 + 秋田県の北のほう -> 2 prefectures, 4月以降 in March 2025 -> 2025-04 (quoted 令和7年6月 is not his), 髙 kept by NFKC, phone with full-width －",
        eml, g)


def m008():
    mid = "20250314075512.0c41e9@mobile-mail.example.jp"
    body = """ﾒｰﾙで失礼します。
内科医の越智と申します。70歳です。
3月末で今のｸﾘﾆｯｸ(松山市内)の雇われ院長を辞めます。
愛媛か高知で、外来だけの非常勤、週2日位で探しています。
来月からでも行けます。
連絡は携帯へお願いします。
越智 康夫
090-2287-6631
"""
    hdrs = [("Return-Path", "<k.ochi.1955@mobile-mail.example.jp>"),
            ("Received", received("mfsmax.mobile-mail.example.jp", "203.0.113.145", "4Z9bLp0sXkz1Cd",
                                  "Fri, 14 Mar 2025 07:55:14 +0900 (JST)")),
            ("Date", "Fri, 14 Mar 2025 07:55:12 +0900"),
            ("From", "k.ochi.1955@mobile-mail.example.jp"),
            ("To", INBOX),
            ("Subject", ew("登録希望です", "sjis")),
            ("Message-ID", "<%s>" % mid),
            ("X-Mailer", "Mobile Mail 4.2")]
    eml = single(hdrs, body, "shift_jis", "Shift_JIS", "8bit")
    g = gold(mid, "doctor", name="越智 康夫", email="k.ochi.1955@mobile-mail.example.jp", phone="09022876631",
             age=70, specialties=["内科"], prefectures=["愛媛県", "高知県"], employment=["part_time"],
             days_per_week=2, start="2025-04")
    add(8, "mobile-internist-ehime-kochi-sjis-hankaku", "doctor",
        "text/plain Shift_JIS 8bit with half-width katakana (ﾒｰﾙ, ｸﾘﾆｯｸ); bare From address; Subject Shift_JIS B", "medium",
        "Terse mobile mail: 70歳, 愛媛か高知 (bare names) -> 2 prefectures, 非常勤 週2日位 -> part_time/2, 来月から in March 2025 -> 2025-04; 1955 in the address is not a stated birth year; the clinic is unnamed (松山市内) -> organization null",
        eml, g)


def m009():
    mid = "20240728221045.3A7F.91C2D0E4@chukyo-himawari.example.jp"
    body = """地域医療マッチング事務局 ご担当者様

はじめまして。名古屋市の中京ひまわり総合病院で総合診療科に勤務しております、
柳瀬 拓真（やなせ たくま）と申します。45歳です。

定年前後の先生方のための事業であることは承知しておりますが、
中堅の医師でもご相談に乗っていただけると伺い、ご連絡いたしました。

家族（妻と小学生の子ども二人）と離島へ移住し、島の医療に腰を据えて関わりたいと考えております。
候補として、長崎県の五島列島か、鹿児島県の奄美群島を考えています。
総合診療のほか、内科一般と簡単な外傷の処置には対応できます。

勤務形態は常勤を希望します。子どもの学年の区切りもあり、来年度からの勤務を考えております。

ご登録の可否も含め、ご教示いただけますと幸いです。

柳瀬 拓真
TEL 090-8841-2267
Mail: t.yanase@chukyo-himawari.example.jp
"""
    hdrs = [("Return-Path", "<t.yanase@chukyo-himawari.example.jp>"),
            ("Received", received("mx.chukyo-himawari.example.jp", "198.51.100.88", "4WX2cJ5nRqz9Sd",
                                  "Sun, 28 Jul 2024 22:10:47 +0900 (JST)")),
            ("Date", "Sun, 28 Jul 2024 22:10:45 +0900"),
            ("From", addr("柳瀬 拓真", "t.yanase@chukyo-himawari.example.jp", "euc")),
            ("To", INBOX),
            ("Subject", ew("離島での勤務についてのご相談", "euc")),
            ("Message-ID", "<%s>" % mid),
            ("X-Mailer", "Sylpheed 3.7.0 (GTK+ 2.24.33; x86_64-pc-linux-gnu)")]
    eml = single(hdrs, body, "euc_jp", "EUC-JP", "8bit")
    g = gold(mid, "doctor", name="柳瀬 拓真", name_kana="ヤナセ タクマ", email="t.yanase@chukyo-himawari.example.jp",
             phone="09088412267", age=45, organization="中京ひまわり総合病院",
             specialties=["総合診療科", "内科"], prefectures=["長崎県", "鹿児島県"], employment=["full_time"],
             start="2025-04")
    add(9, "family-doctor-islands-move-eucjp", "doctor",
        "text/plain EUC-JP 8bit; From/Subject RFC 2047 EUC-JP B (Sylpheed)", "medium",
        "Mid-career family physician (45) moving with his family to an island: hiragana reading in brackets -> katakana, 総合診療 + 内科一般 -> 2 fields, 五島列島/奄美群島 with their prefectures, 来年度 in July 2024 -> 2025-04; workplace in 名古屋市 is not a wish",
        eml, g)


def m010():
    mid = "1716000687.412093.web55104@mail.webmail.example.com"
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body><div style="font-family:'MS PGothic',sans-serif;font-size:14px">
<div>地域医療マッチング事務局 御中</div><div><br></div>
<div>はじめまして。前橋市在住の透析医、江原 孝と申します。</div>
<div>昨年3月に前橋第一腎クリニックの院長を退き、現在は勤めておりません。67歳になりました。</div>
<div><br></div>
<div>土曜・日曜の日直（透析の管理）で、医師が足りずにお困りの施設があれば、お手伝いしたいと思っております。</div>
<div>平日の常勤や非常勤は考えておりません。</div>
<div>群馬県内か、栃木県の両毛地域（足利・佐野あたり）が通える範囲です。</div>
<div>腎臓内科の専門医と透析専門医を持っております。</div>
<div><br></div>
<div>江原&nbsp;孝</div>
<div>携帯&nbsp;090-3306-1148</div>
</div></body></html>
"""
    hdrs = [("Return-Path", "<ehara.takashi67@webmail.example.com>"),
            ("Received", received("web55104.mail.webmail.example.com", "203.0.113.104", "4VhMz61gRdz4Fp",
                                  "Sat, 18 May 2024 09:31:29 +0900 (JST)")),
            ("Date", "Sat, 18 May 2024 09:31:27 +0900 (JST)"),
            ("From", addr("江原 孝", "ehara.takashi67@webmail.example.com", "utf8")),
            ("To", INBOX),
            ("Subject", ew("週末の日直のお手伝いについて", "utf8")),
            ("Message-ID", "<%s>" % mid),
            ("X-Mailer", "WebMail/1.0")]
    eml = single(hdrs, html, "utf-8", "UTF-8", "quoted-printable", "text/html")
    g = gold(mid, "doctor", name="江原 孝", email="ehara.takashi67@webmail.example.com", phone="09033061148",
             age=67, organization="前橋第一腎クリニック", specialties=["透析", "腎臓内科"],
             prefectures=["群馬県", "栃木県"], employment=["spot"])
    add(10, "dialysis-weekend-duty-gunma-html-only", "doctor",
        "text/html only (webmail <div> lines, &nbsp;), UTF-8 quoted-printable; From/Subject UTF-8 B", "medium",
        "Retired dialysis doctor offers weekend 日直 only: spot (平日の常勤や非常勤は考えておりません adds nothing), 透析 + 腎臓内科, 群馬県 + 栃木県 (両毛/足利/佐野 are not extra prefectures), 67歳になりました -> 67, last workplace 前橋第一腎クリニック; no start; 67 in the address is not data",
        eml, g)


def m011():
    mid = "b3e1f0c4-6a28-4f9d-8e71-2c05d9a4f6e3@boso-life.example.jp"
    text = """地域医療マッチング事務局 ご担当者さま

はじめまして、坪井 和子と申します。
昨年まで二十年あまり、製造業の会社で専属産業医をしておりました。
今年で69歳になりますが、体力にはまだ自信があります。

房総のほうに移り住んだこともあり、千葉県内で健診のお手伝いができればと思っております。
巡回健診のバスに乗るようなお仕事でもかまいません。
非常勤で週1日、令和6年10月から働けるとありがたいです。

内科の一般外来からは長く離れておりますので、健診と産業医のお仕事に限らせていただければと思います。

--\x20
坪井 和子
tsuboi.kazuko@boso-life.example.jp
0470-62-3318
"""
    hdrs = [("Return-Path", "<tsuboi.kazuko@boso-life.example.jp>"),
            ("Received", received("mail.boso-life.example.jp", "203.0.113.190", "4WkR0s7mHbz2Yt",
                                  "Mon, 12 Aug 2024 14:03:21 +0900 (JST)")),
            ("Message-ID", "<%s>" % mid),
            ("Date", "Mon, 12 Aug 2024 14:03:19 +0900"),
            ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101\n Thunderbird/115.13.0"),
            ("Content-Language", "ja"),
            ("To", INBOX),
            ("From", addr("坪井 和子", "tsuboi.kazuko@boso-life.example.jp", "jis")),
            ("Subject", ew("健診のお仕事について（千葉県）"))]
    eml = single(hdrs, flowed(text), "iso2022_jp", "ISO-2022-JP", "7bit", extra="; format=flowed; delsp=yes")
    g = gold(mid, "doctor", name="坪井 和子", email="tsuboi.kazuko@boso-life.example.jp", phone="0470623318",
             age=69, specialties=["健診", "産業医"], prefectures=["千葉県"], employment=["part_time"],
             days_per_week=1, start="2024-10")
    add(11, "kenshin-occupational-chiba-flowed-jis", "doctor",
        "text/plain ISO-2022-JP 7bit, format=flowed; delsp=yes (Thunderbird; long lines soft-broken mid-sentence); '-- ' signature separator", "medium",
        "Former company physician wants 健診 work: 健診 + 産業医 but not 内科 (内科の一般外来からは長く離れております), 69歳になります -> 69, 房総 + 千葉県内 -> 千葉県, 非常勤で週1日 -> part_time/1, 令和6年10月 -> 2024-10; the company is unnamed -> organization null",
        eml, g)


def m012():
    mid = "7c1d3e9a-5b20-4f86-a9e4-0d62c8b1f357@kashihara-home.example.jp"
    text = """地域医療マッチング事務局 ご担当者様

お世話になります。奈良県橿原市に住んでおります医師の久保田 修一と申します。
昭和31年生まれの68歳です。

長く病院に勤めたのち、この5年ほどは桜井市の
「医療法人 三輪会 まほろば在宅クリニック」で訪問診療をしております。
来月でクリニックが閉じることになり、新しい勤め先を探しております。

引き続き在宅医療に携われる職場か、老健などの施設医を希望します。
常勤・非常勤どちらでもかまいません。
勤務地は奈良県か三重県を希望します（自宅から車で通える範囲）。
勤務開始は2025年1月6日から可能です。

履歴書を添付いたします。ご査収ください。

久保田 修一
電話 0744-22-8160
携帯 080-9013-5526
"""
    hdrs = [("Return-Path", "<kubota.shuichi@kashihara-home.example.jp>"),
            ("Received", received("mail.kashihara-home.example.jp", "198.51.100.150", "4XzD1k9sPmz6Jb",
                                  "Wed, 27 Nov 2024 11:20:03 +0900 (JST)")),
            ("Message-ID", "<%s>" % mid),
            ("Date", "Wed, 27 Nov 2024 11:20:00 +0900"),
            ("User-Agent", "Mozilla Thunderbird"),
            ("Content-Language", "ja"),
            ("To", INBOX),
            ("From", addr("久保田 修一", "kubota.shuichi@kashihara-home.example.jp", "utf8")),
            ("Subject", ew("登録のお願い（在宅医療・施設医希望）、履歴書送付", "utf8"))]
    parts = [leaf(text, "utf-8", "UTF-8", "base64"), pdf_part("履歴書_久保田修一.pdf")]
    eml = multipart(hdrs, "mixed", "------------8Rb2MyzXo0Gv1cW3qK4nT7sE", parts,
                    "This is a multi-part message in MIME format.")
    g = gold(mid, "doctor", name="久保田 修一", email="kubota.shuichi@kashihara-home.example.jp",
             phone="0744228160", age=68, birth_year=1956, organization="医療法人 三輪会 まほろば在宅クリニック",
             specialties=["在宅医療", "老健・介護施設"], prefectures=["奈良県", "三重県"],
             employment=["full_time", "part_time"], start="2025-01-06")
    add(12, "home-care-doctor-cv-pdf-mixed-utf8", "doctor",
        "multipart/mixed (Thunderbird): text/plain UTF-8 base64 + application/pdf with RFC 2231 UTF-8 filename* and RFC 2047 name", "medium",
        "Home-care doctor whose clinic closes: 昭和31年生まれの68歳 -> both, 訪問診療/在宅医療 + 老健などの施設医 -> 在宅医療 + 老健・介護施設, 常勤・非常勤どちらでも -> both, 奈良県か三重県, 2025年1月6日 -> full date (来月 is the closure); organization with legal prefix inside 「」; first phone is the landline",
        eml, g)


def m013():
    mid = "20241220174530.8D14.2F6E9B07@hokuto-chuo.example.jp"
    body = """地域医療マッチング事務局 御中

医療法人 北斗会 北斗中央病院（札幌市）で院長をしております、小笠原と申します。
本日は、当院の副院長である呼吸器内科医、能登谷 昭（のとや あきら）先生のご紹介でご連絡いたしました。

能登谷先生は、来年3月で定年を迎えられます。
ご本人は、退職後も道内の医師が少ない地域で、呼吸器や一般内科の診療を続けたいとのご希望で、
私から貴事業をお勧めしたところ、ぜひ登録したいとのことでした。
常勤を希望されており、勤務開始は令和7年4月以降とのことです。

今後のやりとりは、能登谷先生ご本人と直接お願いいたします。
　メール：a.notoya@hokuto-chuo.example.jp
　携帯：090-1572-8830

何卒よろしくお願い申し上げます。

医療法人 北斗会 北斗中央病院
院長　小笠原 誠
TEL 011-712-5500
"""
    hdrs = [("Return-Path", "<m.ogasawara@hokuto-chuo.example.jp>"),
            ("Received", received("mail.hokuto-chuo.example.jp", "198.51.100.171", "4YF0xT3kNbz5Gh",
                                  "Fri, 20 Dec 2024 17:45:32 +0900 (JST)")),
            ("Date", "Fri, 20 Dec 2024 17:45:30 +0900"),
            ("From", addr("小笠原 誠", "m.ogasawara@hokuto-chuo.example.jp", "jis")),
            ("To", INBOX),
            ("Cc", "a.notoya@hokuto-chuo.example.jp"),
            ("Subject", ew("当院副院長（呼吸器内科）のご紹介")),
            ("Message-ID", "<%s>" % mid),
            ("X-Mailer", "Becky! ver. 2.81.05 [ja]")]
    eml = single(hdrs, body, "iso2022_jp", "ISO-2022-JP", "7bit")
    g = gold(mid, "doctor", name="能登谷 昭", name_kana="ノトヤ アキラ", email="a.notoya@hokuto-chuo.example.jp",
             phone="09015728830", organization="医療法人 北斗会 北斗中央病院",
             specialties=["呼吸器内科", "内科"], prefectures=["北海道"], employment=["full_time"],
             start="2025-04")
    add(13, "director-introduces-deputy-hokkaido-jis", "doctor",
        "text/plain ISO-2022-JP 7bit; Cc to the physician; From/Subject RFC 2047 ISO-2022-JP B", "hard",
        "A hospital director introduces his retiring deputy: person fields are the deputy's (name, hiragana reading in brackets, his own email and mobile from the body, not the director's From or TEL), 呼吸器 + 一般内科 -> 2 fields, 道内 -> 北海道, 令和7年4月以降 -> 2025-04, 来年3月 is the retirement, no age stated",
        eml, g)


def m014():
    mid = "4E0B7C2A-D1F3-4A68-9C85-3B2E6F1D0A94@mobile-mail.example.jp"
    body = """事務局御中

72歳の整形外科医です。
この歳でも登録できますか。
地元の福島県で、週1日か2日、外来ができればと思っています。
できれば来月から。

片倉

iPhoneから送信
"""
    hdrs = [("Return-Path", "<katakura.n@mobile-mail.example.jp>"),
            ("Received", received("mfsmax.mobile-mail.example.jp", "203.0.113.146", "4ZRn2c6sQbz0Tf",
                                  "Tue, 01 Apr 2025 00:40:15 +0900 (JST)")),
            ("From", addr("片倉 信夫", "katakura.n@mobile-mail.example.jp", "utf8")),
            ("Content-Type", None),
            ("Subject", ew("72歳でも登録できますか", "utf8")),
            ("Date", "Mon, 31 Mar 2025 15:40:12 +0000"),
            ("To", INBOX),
            ("Message-ID", "<%s>" % mid),
            ("X-Mailer", "iPhone Mail (22D82)")]
    eml = single(hdrs, body, "utf-8", "utf-8", "quoted-printable")
    g = gold(mid, "doctor", name="片倉 信夫", email="katakura.n@mobile-mail.example.jp", age=72,
             specialties=["整形外科"], prefectures=["福島県"], employment=["part_time"], start="2025-05")
    add(14, "short-orthopedist-age-question-utc", "doctor",
        "text/plain UTF-8 quoted-printable (iPhone); Date in UTC just before midnight at a month change; From/Subject UTF-8 B", "hard",
        "Three-line question from a 72-year-old orthopaedist: full name only in the From display name (the body signs 片倉), 週1日か2日 -> part_time with no days, Date 31 Mar 15:40 +0000 is 1 April in Tokyo so 来月から -> 2025-05, no phone",
        eml, g)


# ===================================================================== hospital

def m015():
    mid = "20241105101244.4B7C.0D9E1A52@kutcharo-hp.example.jp"
    body = """地域医療マッチング事務局 ご担当者様

いつもメールマガジンを拝見しております。
北海道枝幸郡浜頓別町の町立クッチャロ湖畔病院で事務長をしております、西森と申します。

当院は42床の小さな町立病院で、現在は院長を含む常勤医3名で外来と病棟を診ております。
このたび常勤医のうち1名が家庭の事情で退職することとなり、後任の先生を探しております。

募集しておりますのは、総合診療医として外来・病棟を幅広く診ていただける常勤の先生です。
当直はなく、夜間・休日は院長と交代でのオンコール体制です。
着任は令和7年7月を希望しております。
60代、70代の先生も大歓迎です。町で医師住宅をご用意いたします。

貴事業の求人として掲載していただけますでしょうか。
必要な書類がございましたらお送りください。

町立クッチャロ湖畔病院　事務長
西森 浩二
〒098-5792 北海道枝幸郡浜頓別町クッチャロ町12番地
ＴＥＬ　０１６３４−２−３１１５　ＦＡＸ　０１６３４−２−３１１６
nishimori@kutcharo-hp.example.jp
"""
    hdrs = [("Return-Path", "<nishimori@kutcharo-hp.example.jp>"),
            ("Received", received("mail.kutcharo-hp.example.jp", "203.0.113.12", "4XfN3b0qKsz1Zr",
                                  "Tue, 05 Nov 2024 10:12:46 +0900 (JST)")),
            ("Date", "Tue, 05 Nov 2024 10:12:44 +0900"),
            ("From", addr("町立クッチャロ湖畔病院 西森", "nishimori@kutcharo-hp.example.jp", "jis")),
            ("To", INBOX),
            ("Subject", ew("常勤医師（総合診療）募集の掲載のお願い")),
            ("Message-ID", "<%s>" % mid),
            ("X-Mailer", "Microsoft Outlook 16.0")]
    eml = single(hdrs, body, "iso2022_jp", "ISO-2022-JP", "7bit")
    g = gold(mid, "hospital", name="西森 浩二", email="nishimori@kutcharo-hp.example.jp", phone="0163423115",
             organization="町立クッチャロ湖畔病院", specialties=["総合診療科"], prefectures=["北海道"],
             municipality="浜頓別町", employment=["full_time"], start="2025-07")
    add(15, "town-hospital-hamatonbetsu-jis", "hospital",
        "text/plain ISO-2022-JP 7bit; full-width digits with U+2212 in TEL/FAX on one line; From/Subject RFC 2047 ISO-2022-JP B", "easy",
        "Town hospital seeks a full-time 総合診療医: 当直はなく must not add spot (オンコール is not spot), 令和7年7月 -> 2025-07, municipality 浜頓別町 after 枝幸郡, 42床/3名/60代/70代 are not data, TEL before FAX",
        eml, g)


def m016():
    mid = "000001db67f1$3c2a9e40$b47fdac0$@vill-okawa.example.jp"
    body = """ドクターセカンドキャリア事務局　ご担当者様

高知県土佐郡大川村役場 住民課の川村と申します。
村の唯一の医療機関である村立診療所の医師について、ご相談させてください。

これまで週1回、町の病院から先生に来ていただいておりましたが、
その病院の体制が変わるため、今年度いっぱいで派遣が終わることになりました。
そこで来年度から、週1日（水曜日）診療所で外来をしていただける内科の先生を探しております。
外来は1日15人ほどで、ご高齢の方の慢性疾患が中心です。
高知市内からですと車で1時間半ほどかかりますので、前泊用の宿舎をご用意いたします。

このような非常勤の募集でも、貴事業に掲載していただくことはできますでしょうか。

大川村役場 住民課 保健福祉係
川村 美樹
電話 0887-84-2211
kawamura-m@vill-okawa.example.jp
"""
    hdrs = [("Return-Path", "<kawamura-m@vill-okawa.example.jp>"),
            ("Received", received("mail.vill-okawa.example.jp", "198.51.100.201", "4YZ7qF1bLcz8Mw",
                                  "Thu, 16 Jan 2025 16:30:07 +0900 (JST)")),
            ("From", addr("川村 美樹", "kawamura-m@vill-okawa.example.jp", "sjis")),
            ("To", INBOX),
            ("Subject", ew("村立診療所の非常勤医師について", "sjis")),
            ("Date", "Thu, 16 Jan 2025 16:30:05 +0900"),
            ("Message-ID", "<%s>" % mid),
            ("X-Mailer", "Microsoft Outlook 16.0"),
            ("Thread-Index", "AdtnXy9kQ7u2Fh0rS3mC1bV5wN8xZA==")]
    eml = single(hdrs, body, "shift_jis", "Shift_JIS", "8bit")
    g = gold(mid, "hospital", name="川村 美樹", email="kawamura-m@vill-okawa.example.jp", phone="0887842211",
             organization="大川村役場", specialties=["内科"], prefectures=["高知県"], municipality="大川村",
             employment=["part_time"], days_per_week=1, start="2025-04")
    add(16, "village-office-okawa-weekly-clinic-sjis", "hospital",
        "text/plain Shift_JIS 8bit; From/Subject RFC 2047 Shift_JIS B (Outlook)", "medium",
        "Village office seeks a weekly part-time internist for its clinic: organization is the village office (without 住民課), municipality 大川村 after 土佐郡, 週1日 -> part_time/1, 来年度 in January 2025 -> 2025-04 (今年度いっぱい is the end of the old arrangement), 高知市/15人/1時間半 are not data",
        eml, g)


def m017():
    mid = "20240424135521.61f3a9c2b7@hakusan-no-sato.example.jp"
    body = """地域医療マッチング事務局 ご担当者様

いつもお世話になっております。
福井県大野市の介護医療院 はくさんの里で事務長をしております、石黒と申します。

当院は入所定員60名の介護医療院で、常勤の管理医師1名で入所者の診療にあたっております。
管理医師の負担を減らすため、非常勤で週2日（火・木）、入所者の回診をお願いできる先生を探しております。
あわせて、土曜日の日直を月1～2回お願いできる方ですと大変助かります。

開始は6月からを考えております。
定年を迎えられた先生や、ご自宅の近くで短時間働きたい先生を歓迎いたします。

介護医療院 はくさんの里
事務長　石黒 智之（いしぐろ ともゆき）
〒912-0021 福井県大野市中野18-3-1
TEL 0779-66-4102
E-mail t.ishiguro@hakusan-no-sato.example.jp
"""
    hdrs = [("Return-Path", "<t.ishiguro@hakusan-no-sato.example.jp>"),
            ("Received", received("mail.hakusan-no-sato.example.jp", "203.0.113.91", "4VPk8n2XcRz3Qf",
                                  "Wed, 24 Apr 2024 13:55:23 +0900 (JST)")),
            ("Date", "Wed, 24 Apr 2024 13:55:21 +0900"),
            ("From", "%s <t.ishiguro@hakusan-no-sato.example.jp>" % ewq("石黒 智之")),
            ("To", INBOX),
            ("Subject", ewq("非常勤医師（週2日）と土曜日直のお願い")),
            ("Message-ID", "<%s>" % mid),
            ("X-Mailer", "Microsoft Outlook 16.0")]
    eml = single(hdrs, body, "utf-8", "utf-8", "quoted-printable")
    g = gold(mid, "hospital", name="石黒 智之", name_kana="イシグロ トモユキ",
             email="t.ishiguro@hakusan-no-sato.example.jp", phone="0779664102",
             organization="介護医療院 はくさんの里", specialties=["老健・介護施設"], prefectures=["福井県"],
             municipality="大野市", employment=["part_time", "spot"], days_per_week=2, start="2024-06")
    add(17, "kaigo-iryoin-ono-parttime-nicchoku-utf8qp", "hospital",
        "text/plain UTF-8 quoted-printable; From name and Subject RFC 2047 UTF-8 Q", "medium",
        "介護医療院 seeks a part-timer for rounds 週2日（火・木） plus Saturday 日直: 老健・介護施設, part_time + spot, days 2 (月1～2回 is not days), 6月から in April 2024 -> 2024-06, the existing 常勤 管理医師 is not the post, hiragana reading in brackets -> katakana, 定員60名 is not data",
        eml, g)


def m018():
    mid = "TY3P286MB3318D6A2C0F94E1B7A5C8D02E4F61@TY3P286MB3318.JPNP286.PROD.OUTLOOK.example.com"
    text = """地域医療マッチング事務局
坂本様

いつもお世話になっております。
酒田港南病院の佐々木です。

先日お問い合わせいただいた件、院内で確認いたしましたのでご回答いたします。

・募集診療科：整形外科
・勤務形態：非常勤（土曜午前の外来、週1日）
・開始時期：令和6年9月から
・報酬：日給制（詳細はご面談の際に）

そのほか、ご不明な点がございましたらお知らせください。
どうぞよろしくお願いいたします。

----------------------------------
医療法人 港南会 酒田港南病院
総務課　佐々木 礼子
〒998-0037 山形県酒田市日吉町3-6-21
TEL：0234-22-7651
----------------------------------

差出人: 地域医療マッチング事務局 <md@md2-rm.example.org>
送信日時: 2024年6月21日 15:03
宛先: 佐々木 礼子 <sasaki-r@sakata-konan.example.jp>
件名: 整形外科の非常勤医募集について

佐々木 様

お世話になっております。事務局の坂本です。
先日お電話でうかがった整形外科医の募集について、以下を確認させてください。
・募集診療科
・常勤・非常勤の別と、週の日数
・開始の時期

""" + SEC_SIG2
    paras = text.strip("\n").split("\n\n")
    cut = next(i for i, p in enumerate(paras) if p.startswith("差出人"))
    def p_html(p):
        return ('<p class="MsoNormal">' + p.replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n")
                + "<o:p></o:p></p>")
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=iso-2022-jp">\n'
            '<style><!-- p.MsoNormal {margin:0mm; font-size:10.5pt; font-family:"游ゴシック",sans-serif;} --></style>\n'
            '</head>\n<body lang="JA" link="#0563C1">\n<div class="WordSection1">\n' +
            "\n<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>\n".join(p_html(p) for p in paras[:cut]) +
            '\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0mm 0mm 0mm">\n' +
            "\n".join(p_html(p) for p in paras[cut:]) + "\n</div>\n</div>\n</body>\n</html>\n")
    hdrs = [("Return-Path", "<sasaki-r@sakata-konan.example.jp>"),
            ("Received", received("mail-ty3jpn01on2118.outbound.protection.outlook.example.com", "52.100.9.118",
                                  "4W7Hs62pLkz1Nd", "Tue, 25 Jun 2024 09:38:54 +0900 (JST)")),
            ("From", addr("佐々木 礼子", "sasaki-r@sakata-konan.example.jp", "jis")),
            ("To", addr("地域医療マッチング事務局", INBOX, "jis")),
            ("Subject", ew("RE: 整形外科の非常勤医募集について")),
            ("Thread-Topic", ew("整形外科の非常勤医募集について")),
            ("Thread-Index", "AdrG4xk2Yp0Bq8RwTf6LzN3sVh9cKw=="),
            ("Date", "Tue, 25 Jun 2024 00:38:51 +0000"),
            ("Message-ID", "<%s>" % mid),
            ("References", "<req.20240621150301.2284@md2-rm.example.org>"),
            ("In-Reply-To", "<req.20240621150301.2284@md2-rm.example.org>"),
            ("Accept-Language", "ja-JP, en-US"),
            ("Content-Language", "ja-JP")]
    parts = [leaf(text, "iso2022_jp", '"iso-2022-jp"', "7bit"),
             leaf(html, "iso2022_jp", '"iso-2022-jp"', "quoted-printable", "text/html")]
    eml = multipart(hdrs, "alternative", "_000_TY3P286MB3318D6A2C0F94E1B7A5C8D02E4F61TY3P286MB3318JPNP_", parts)
    g = gold(mid, "hospital", name="佐々木 礼子", email="sasaki-r@sakata-konan.example.jp", phone="0234227651",
             organization="医療法人 港南会 酒田港南病院", specialties=["整形外科"], prefectures=["山形県"],
             municipality="酒田市", employment=["part_time"], days_per_week=1, start="2024-09")
    add(18, "outlook-reply-ortho-sakata-alt-jis", "hospital",
        "multipart/alternative (Outlook): text/plain ISO-2022-JP 7bit + Word HTML ISO-2022-JP quoted-printable; Japanese Outlook quote header (差出人/送信日時/宛先/件名) without '>'; Date +0000", "medium",
        "Hospital answers the secretariat's questions in a reply: 整形外科, 非常勤（土曜午前の外来、週1日） -> part_time/1, 令和6年9月 -> 2024-09; organization with legal prefix, municipality 酒田市 from the signature address; the quoted questions mention 常勤 and the secretariat phone",
        eml, g)


def m019():
    mid = "form.h.20250307180233.0088@form.md2-rm.example.org"
    body = """求人掲載フォームから、次の内容で送信がありました。

【施設名】医療法人 黒潮会 くしま内科クリニック
【施設の種別】診療所（無床）
【所在地】〒888-0001 宮崎県串間市大字西方5520-3
【ご担当者名】黒木 奈緒子
【ご担当者名（ふりがな）】くろき なおこ
【電話番号】0987-72-0815
【メールアドレス】kuroki@kushima-naika.example.jp
【募集診療科】内科
【勤務形態】非常勤
【勤務日数】週2日（火・金）
【勤務開始】2025年5月
【備考】
院長が高齢のため、外来を分担していただける先生を探しています。
糖尿病の患者さんが多い外来です。

--
このメールは「地域医療マッチング 求人掲載フォーム」から自動送信されています。
"""
    hdrs = [("Return-Path", "<no-reply@form.md2-rm.example.org>"),
            ("Received", "from web03.md2-rm.example.org (web03.md2-rm.example.org [192.0.2.82])\n\tby %s (Postfix) with ESMTP id 4Z8mT52hWxz3Kp\n\tfor <%s>; Fri, 07 Mar 2025 18:02:34 +0900 (JST)" % (MX, INBOX)),
            ("Date", "Fri, 07 Mar 2025 18:02:33 +0900"),
            ("From", addr("求人掲載フォーム", "no-reply@form.md2-rm.example.org", "utf8")),
            ("Reply-To", "kuroki@kushima-naika.example.jp"),
            ("To", INBOX),
            ("Subject", ew("【求人掲載】医療法人 黒潮会 くしま内科クリニック", "utf8")),
            ("Message-ID", "<%s>" % mid),
            ("X-Mailer", "md2-rm formmailer 3.1")]
    eml = single(hdrs, body, "utf-8", "UTF-8", "base64")
    g = gold(mid, "hospital", name="黒木 奈緒子", name_kana="クロキ ナオコ", email="kuroki@kushima-naika.example.jp",
             phone="0987720815", organization="医療法人 黒潮会 くしま内科クリニック", specialties=["内科"],
             prefectures=["宮崎県"], municipality="串間市", employment=["part_time"], days_per_week=2,
             start="2025-05")
    add(19, "form-clinic-kushima-utf8", "hospital",
        "text/plain UTF-8 base64; job-listing web form with 【label】 fields; Reply-To is the clinic contact", "easy",
        "Clinic listing form: hiragana ふりがな -> katakana, 非常勤 + 週2日（火・金） -> part_time/2, 2025年5月 -> 2025-05, municipality from the address; 糖尿病 in 備考 describes the patients and is not a recruited field",
        eml, g)


def m020():
    mid = "20240911110648.2C5D.8A1B4E73@city-tono.example.jp"
    body = """地域医療マッチング事務局 ご担当者様

突然のご連絡失礼いたします。
岩手県遠野市 健康福祉部 地域医療推進課の菊池と申します。

市内で分娩を扱う唯一の医療機関である市立遠野ふるさと病院では、
産婦人科医と小児科医がそれぞれ1名ずつ不足しており、市として医師の招へいに取り組んでおります。

・募集：産婦人科 常勤1名、小児科 常勤1名
・着任時期：令和7年4月（ご事情により前後可）
・その他：市の医師就業支援金、住宅の貸与あり

貴事業に求人情報を掲載していただくことは可能でしょうか。
掲載に必要な手続きや書式がございましたら、お送りいただけますと幸いです。

遠野市役所 健康福祉部 地域医療推進課
主任　菊池 遥
TEL 0198-62-2111（内線 245）
kikuchi-h@city-tono.example.jp
"""
    hdrs = [("Return-Path", "<kikuchi-h@city-tono.example.jp>"),
            ("Received", received("lgwan-gw.city-tono.example.jp", "198.51.100.77", "4X0vCq1sTdz2Hm",
                                  "Wed, 11 Sep 2024 11:06:50 +0900 (JST)")),
            ("Date", "Wed, 11 Sep 2024 11:06:48 +0900"),
            ("From", addr("遠野市 地域医療推進課 菊池", "kikuchi-h@city-tono.example.jp", "euc")),
            ("To", INBOX),
            ("Subject", ew("市立病院の産婦人科医・小児科医の求人掲載について", "euc")),
            ("Message-ID", "<%s>" % mid),
            ("X-Mailer", "Active! mail 6")]
    eml = single(hdrs, body, "euc_jp", "EUC-JP", "8bit")
    g = gold(mid, "hospital", name="菊池 遥", email="kikuchi-h@city-tono.example.jp", phone="0198622111",
             organization="遠野市役所", specialties=["産婦人科", "小児科"], prefectures=["岩手県"],
             municipality="遠野市", employment=["full_time"], start="2025-04")
    add(20, "city-hall-obgyn-pediatrics-tono-eucjp", "hospital",
        "text/plain EUC-JP 8bit; From/Subject RFC 2047 EUC-JP B", "medium",
        "City hall recruits for its municipal hospital: organization 遠野市役所 (without department and role), 産婦人科 + 小児科 常勤, 令和7年4月 -> 2025-04, phone with an extension (内線 is not part of the number), 1名ずつ is not data",
        eml, g)


def m021():
    mid = "20241125090214.77A3E5B1C0@miyama-kinen.example.jp"
    html = """<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title></title></head>
<body style="font-family:'Meiryo UI',sans-serif;font-size:10pt">
<p>地域医療マッチング事務局 御中</p>
<p>いつもお世話になっております。<br>
茨城県常陸大宮市の医療法人 久慈川会 みやま記念病院、医事課の大内と申します。</p>
<p>年末年始の日直・当直をお引き受けいただける先生を探しております。<br>
スポットでのお願いで、1回だけでも結構です。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>期間</th><td>令和6年12月29日〜令和7年1月3日</td></tr>
<tr><th>内容</th><td>日直（8:30〜17:30）、当直（17:30〜翌8:30）<br>病棟管理と時間外の外来対応</td></tr>
<tr><th>診療科</th><td>不問</td></tr>
<tr><th>報酬</th><td>日直 8万円、当直 12万円（交通費は別途）</td></tr>
</table>
<p>宿泊は院内の当直室のほか、近隣のホテルもご用意できます。<br>
ご紹介いただける先生がいらっしゃいましたら、ご連絡をお願いいたします。</p>
<p>--<br>
医療法人 久慈川会 みやま記念病院<br>
医事課&nbsp;&nbsp;大内 健太<br>
〒319-2256 茨城県常陸大宮市田子内町3005<br>
TEL 0295-52-1360<br>
ouchi@miyama-kinen.example.jp</p>
</body>
</html>
"""
    hdrs = [("Return-Path", "<ouchi@miyama-kinen.example.jp>"),
            ("Received", received("mail.miyama-kinen.example.jp", "203.0.113.166", "4Y1Gw83nPfz6Rt",
                                  "Mon, 25 Nov 2024 09:02:16 +0900 (JST)")),
            ("Date", "Mon, 25 Nov 2024 09:02:14 +0900"),
            ("From", addr("みやま記念病院 医事課", "ouchi@miyama-kinen.example.jp", "utf8")),
            ("To", INBOX),
            ("Subject", ew("年末年始の日直・当直医のご紹介のお願い", "utf8")),
            ("Message-ID", "<%s>" % mid),
            ("X-Mailer", "Shuriken 2.0")]
    eml = single(hdrs, html, "utf-8", "utf-8", "base64", "text/html")
    g = gold(mid, "hospital", name="大内 健太", email="ouchi@miyama-kinen.example.jp", phone="0295521360",
             organization="医療法人 久慈川会 みやま記念病院", prefectures=["茨城県"], municipality="常陸大宮市",
             employment=["spot"], start="2024-12-29")
    add(21, "year-end-duty-any-specialty-hitachiomiya-html", "hospital",
        "text/html only, UTF-8 base64 (<p>, <table> of conditions, &nbsp;); From display name is the department; From/Subject UTF-8 B", "medium",
        "Hospital seeks スポット doctors for year-end 日直/当直: spot, 診療科 不問 -> no specialties, 令和6年12月29日〜 -> 2024-12-29 (full date), contact name only in the signature (not the From display name), hours and fees are not data",
        eml, g)


def m022():
    mid = "TYCP286MB2674B1E9D3A04F7C8E26B5D1A3C90@TYCP286MB2674.JPNP286.PROD.OUTLOOK.example.com"
    body = """地域医療マッチング事務局　ご担当者様

突然のご連絡失礼いたします。
山口県萩市の医療法人 萩明会 はぎ東病院で、放射線科の技師長をしております原田と申します。

当院では、CT・MRIの読影を担当していた常勤の放射線科医が昨年退職し、
現在は外部の会社に読影を委託しておりますが、費用と報告までの日数が課題となっております。
そこで、遠隔読影をお引き受けいただける先生を探しております。

① 業務内容：CT・MRIの遠隔読影（ご自宅などからのリモートで可）
② 勤務形態：非常勤（業務委託も可）
③ 件数：1日あたり20～30件程度
④ 開始時期：令和7年4月～

月に1回程度、来院してカンファレンスに参加していただけると大変助かります。
院長も同意しておりますので、条件面はご相談させてください。

医療法人 萩明会 はぎ東病院
放射線科　原田 昌平
TEL 0838－25－4471
FAX 0838－25－4472
"""
    hdrs = [("Return-Path", "<harada-s@hagi-higashi.example.jp>"),
            ("Received", received("mail-tycjpn01on2105.outbound.protection.outlook.example.com", "52.100.2.105",
                                  "4YtD2f6wQhz9Bn", "Thu, 13 Feb 2025 14:30:14 +0900 (JST)")),
            ("From", addr("原田 昌平", "harada-s@hagi-higashi.example.jp", "msjis")),
            ("To", addr("地域医療マッチング事務局", INBOX, "msjis")),
            ("Subject", ew("遠隔読影をお願いできる先生を探しております", "msjis")),
            ("Thread-Topic", ew("遠隔読影をお願いできる先生を探しております", "msjis")),
            ("Thread-Index", "AdtuF2xq8Rb1cD4vT0kW9mZ3pL7sNA=="),
            ("Date", "Thu, 13 Feb 2025 05:30:11 +0000"),
            ("Message-ID", "<%s>" % mid),
            ("Accept-Language", "ja-JP, en-US"),
            ("Content-Language", "ja-JP")]
    eml = single(hdrs, body, "ms-iso2022jp", '"iso-2022-jp"', "7bit")
    g = gold(mid, "hospital", name="原田 昌平", email="harada-s@hagi-higashi.example.jp", phone="0838254471",
             organization="医療法人 萩明会 はぎ東病院", specialties=["放射線科"], prefectures=["山口県"],
             municipality="萩市", employment=["part_time"], start="2025-04")
    add(22, "remote-reading-hagi-outlook-msjis", "hospital",
        "text/plain labelled iso-2022-jp with Microsoft extensions (①-④ ～ －) via cp932->JIS (Outlook); From/Subject/Thread-Topic the same; Date +0000", "hard",
        "Hospital (written by the chief radiographer) seeks a remote reader: 遠隔読影 -> 放射線科, 非常勤 -> part_time (the former 常勤 doctor is not the post), 令和7年4月～ -> 2025-04, 20～30件/月に1回 are not data, TEL with full-width － before FAX",
        eml, g)


def m023():
    mid = "20240709164402.5F0E2C91@miyako-jin.example.jp"
    body = """地域医療マッチング事務局様

はじめてご連絡いたします。
沖縄県宮古島市で透析クリニックを開設しております、医療法人 碧海会 みやこ腎透析クリニックの下地と申します。

現在、院長ひとりで透析の患者さんを診ておりますが、患者数の増加に伴い、
非常勤の先生にお手伝いをお願いしたいと考えております。

①診療内容：血液透析の回診・管理（患者数 約70名）
②勤務日：週3日（月・水・金）、8:30～17:30
③開始：2024年10月～（応相談）
④その他：島外からお越しの先生には、航空券と宿泊先をご用意します

透析の経験がある先生を希望いたします。
ご検討のほど、よろしくお願い申し上げます。

医療法人 碧海会 みやこ腎透析クリニック
事務長　下地 亜希子
TEL：0980-73-5581
shimoji@miyako-jin.example.jp
"""
    hdrs = [("Return-Path", "<shimoji@miyako-jin.example.jp>"),
            ("Received", received("mail.miyako-jin.example.jp", "198.51.100.36", "4WJ6Bt0cMqz4Vy",
                                  "Tue, 09 Jul 2024 16:44:04 +0900 (JST)")),
            ("Date", "Tue, 09 Jul 2024 16:44:02 +0900"),
            ("From", addr("下地 亜希子", "shimoji@miyako-jin.example.jp", "sjis")),
            ("To", INBOX),
            ("Subject", ew("透析クリニック 非常勤医師募集のご相談（宮古島）", "sjis")),
            ("Message-ID", "<%s>" % mid),
            ("X-Mailer", "Becky! ver. 2.81.04 [ja]")]
    eml = single(hdrs, body, "cp932", '"shift_jis"', "8bit")
    g = gold(mid, "hospital", name="下地 亜希子", email="shimoji@miyako-jin.example.jp", phone="0980735581",
             organization="医療法人 碧海会 みやこ腎透析クリニック", specialties=["透析"], prefectures=["沖縄県"],
             municipality="宮古島市", employment=["part_time"], days_per_week=3, start="2024-10")
    add(23, "dialysis-clinic-miyakojima-cp932-as-sjis", "hospital",
        "text/plain labelled shift_jis but CP932 8bit (① ～ are not in Shift_JIS); From/Subject Shift_JIS B", "hard",
        "Island dialysis clinic seeks a part-timer: 血液透析/透析 -> 透析, 週3日（月・水・金） -> part_time/3, 2024年10月～（応相談） -> 2024-10, ①-④ list, 約70名 and hours are not data, the director alone is not the post",
        eml, g)


def m024():
    mid = "CAL4d9Wm0pXq7ZsT2yVn8KcB5rHj3fEu6aGi1oNw9Lb4Sx0Dt2Q@mail.webmail.example.com"
    quoted = """今田様

お世話になっております。事務局の坂本です。
下記のとおり求人を掲載いたしました。

【掲載番号】H-2025-0188
【施設】医療法人 可愛会 安芸高田みらい病院
【募集】内科　常勤　令和7年7月着任
【勤務地】広島県安芸高田市

掲載内容に修正がございましたら、お知らせください。

""" + SEC_SIG2
    body = """坂本様

お世話になっております。安芸高田みらい病院の今田です。
先日掲載していただいた内科医の求人について、条件を一部変更したくご連絡いたしました。

これまで常勤のみとしておりましたが、非常勤（週4日）でもお受けすることにいたしました。
また、着任の時期を令和7年10月に変更させてください。
そのほかの条件はそのままです。

お手数をおかけしますが、掲載内容の修正をお願いいたします。

今田 洋平
医療法人 可愛会 安芸高田みらい病院 総務課
〒731-0501 広島県安芸高田市吉田町吉田1820
0826-42-3107

2025年5月19日(月) 14:20 地域医療マッチング事務局 <md@md2-rm.example.org>:

""" + quote(quoted) + "\n"
    hdrs = [("Return-Path", "<imada.yohei.akitakata@webmail.example.com>"),
            ("Received", received("mail-sor-f69.webmail.example.com", "209.85.220.69", "4b3Fh10kRwz7Dm",
                                  "Thu, 22 May 2025 10:05:42 +0900 (JST)")),
            ("MIME-Version", None),
            ("References", "<list.20250519142011.0188@md2-rm.example.org>"),
            ("In-Reply-To", "<list.20250519142011.0188@md2-rm.example.org>"),
            ("From", addr("今田洋平", "imada.yohei.akitakata@webmail.example.com", "utf8")),
            ("Date", "Thu, 22 May 2025 10:05:40 +0900"),
            ("Message-ID", "<%s>" % mid),
            ("Subject", ew("Re: 【掲載完了】H-2025-0188 内科（常勤）", "utf8")),
            ("To", addr("地域医療マッチング事務局", INBOX, "utf8"))]
    eml = single(hdrs, body, "utf-8", '"UTF-8"', "base64")
    g = gold(mid, "hospital", name="今田 洋平", email="imada.yohei.akitakata@webmail.example.com",
             phone="0826423107", organization="医療法人 可愛会 安芸高田みらい病院", specialties=["内科"],
             prefectures=["広島県"], municipality="安芸高田市", employment=["full_time", "part_time"],
             days_per_week=4, start="2025-10")
    add(24, "gmail-reply-listing-change-akitakata-utf8", "hospital",
        "text/plain UTF-8 base64 (webmail, Gmail-style attribution line and '> ' quote); In-Reply-To/References", "medium",
        "Hospital changes its listing in a reply: 常勤のみ -> now 常勤 or 非常勤（週4日） -> full_time + part_time, days 4; start changed to 令和7年10月 -> 2025-10 (the quoted 令和7年7月 is the old value); name with a space in the signature but none in the From display name; address in the signature gives 広島県/安芸高田市",
        eml, g)


def m025():
    mid = "20250410213300.9B2E.4C7D1F08@tonosho-umibe.example.jp"
    body = """地域医療マッチング事務局 御中

香川県小豆郡土庄町で診療所を営んでおります、岡と申します。
小豆島の西の端にある、医師は私ひとりの診療所です。

実は私自身が6月に手術を受けることになり、入院と療養のため、
6月9日から6月21日までの2週間、診療所を空けなければなりません。
その間、代診をお願いできる先生を探しております。
短期（スポット）のお願いで恐縮ですが、内科の外来と、
ご近所の方の簡単な往診をお願いすることになります。

島内に宿泊先をご用意いたします。フェリーの費用もこちらで負担いたします。
急なお願いで恐れ入りますが、お心当たりの先生がいらっしゃいましたら、ご紹介いただけないでしょうか。

医療法人 潮騒会 とのしょう海辺診療所
院長　岡 健司
TEL 0879-62-0391
携帯 090-5584-2716
oka@tonosho-umibe.example.jp
"""
    hdrs = [("Return-Path", "<oka@tonosho-umibe.example.jp>"),
            ("Received", received("mail.tonosho-umibe.example.jp", "203.0.113.39", "4ZYm5q2VbTz0Rg",
                                  "Thu, 10 Apr 2025 21:33:02 +0900 (JST)")),
            ("Date", "Thu, 10 Apr 2025 21:33:00 +0900"),
            ("From", addr("岡 健司", "oka@tonosho-umibe.example.jp", "jis")),
            ("To", INBOX),
            ("Subject", ew("6月の2週間、代診の先生を探しています（小豆島）")),
            ("Message-ID", "<%s>" % mid),
            ("X-Mailer", "Becky! ver. 2.81.05 [ja]")]
    eml = single(hdrs, body, "iso2022_jp", "ISO-2022-JP", "7bit")
    g = gold(mid, "hospital", name="岡 健司", email="oka@tonosho-umibe.example.jp", phone="0879620391",
             organization="医療法人 潮騒会 とのしょう海辺診療所", specialties=["内科", "在宅医療"],
             prefectures=["香川県"], municipality="土庄町", employment=["spot"], start="2025-06-09")
    add(25, "island-clinic-locum-shodoshima-jis", "hospital",
        "text/plain ISO-2022-JP 7bit; From/Subject RFC 2047 ISO-2022-JP B", "medium",
        "A clinic director (himself a doctor) seeks a two-week 代診 (locum): hospital, not doctor; 短期（スポット） -> spot, 内科 + 往診 -> 在宅医療, 6月9日から in April 2025 -> 2025-06-09, municipality 土庄町 after 小豆郡 (小豆島 is the island), 2週間 is not days per week",
        eml, g)


# ====================================================================== general

def m026():
    mid = "20241016151022.3E8A.6F2C0D19@medical-links.example.com"
    body = """地域医療マッチング事務局 ご担当者様

はじめてご連絡いたします。
医師専門の人材紹介会社、株式会社メディカルリンクス 営業部の杉浦と申します。

弊社には、定年を機に地方での勤務を考えている先生からのご相談が増えております。
貴事業の求人に、弊社経由で先生をご紹介することは可能でしょうか。
また、その場合の紹介手数料の扱いや、事業としての方針がございましたらお教えください。

ご多用のところ恐縮ですが、ご回答いただけますと幸いです。

株式会社メディカルリンクス 営業部
杉浦 大輔
〒460-0008 愛知県名古屋市中区栄3-15-6 栄セントラルビル8F
TEL 052-251-7730
sugiura@medical-links.example.com
"""
    hdrs = [("Return-Path", "<sugiura@medical-links.example.com>"),
            ("Received", received("mail.medical-links.example.com", "198.51.100.119", "4XSr7n1pDkz5Wc",
                                  "Wed, 16 Oct 2024 15:10:24 +0900 (JST)")),
            ("Date", "Wed, 16 Oct 2024 15:10:22 +0900"),
            ("From", addr("杉浦 大輔", "sugiura@medical-links.example.com", "jis")),
            ("To", INBOX),
            ("Subject", ew("人材紹介会社からの医師のご紹介について")),
            ("Message-ID", "<%s>" % mid),
            ("X-Mailer", "Microsoft Outlook 16.0")]
    eml = single(hdrs, body, "iso2022_jp", "ISO-2022-JP", "7bit")
    g = gold(mid, "general", name="杉浦 大輔", email="sugiura@medical-links.example.com", phone="0522517730",
             organization="株式会社メディカルリンクス")
    add(26, "agency-referral-fee-question-jis", "general",
        "text/plain ISO-2022-JP 7bit; From/Subject RFC 2047 ISO-2022-JP B", "medium",
        "A placement agency asks whether it may refer doctors and about fees, with no particular physician: general (not doctor); organization without 営業部; 定年/地方 are not lead data",
        eml, g)


def m027():
    mid = "CAM8rT2qW5nYk0Vd3zXp7LbF1sJg9hEc4uKo6iNa2Qm8Rt0yBvw@mail.webmail.example.com"
    body = """地域医療マッチング事務局 ご担当者様

突然のご連絡失礼いたします。
秋田北嶺医科大学 医学部5年の佐藤 葵と申します。秋田県の地域枠で入学しました。

卒業後は県内の医師の少ない地域で働くことになるため、
定年後に地方で働かれる先生方の取り組みにとても関心があります。
夏休み中に、事務局のお仕事や登録されている先生のお話を伺う機会をいただくことは可能でしょうか。
オンラインでも構いません。

また、メールマガジンを購読したいので、このアドレスへの配信をお願いできますでしょうか。

どうぞよろしくお願いいたします。

佐藤 葵
秋田北嶺医科大学 医学部医学科5年
"""
    hdrs = [("Return-Path", "<aoi.sato.0312@webmail.example.com>"),
            ("Received", received("mail-sor-f45.webmail.example.com", "209.85.220.45", "4WQx3g5mYkz2Fb",
                                  "Sat, 20 Jul 2024 23:48:07 +0900 (JST)")),
            ("MIME-Version", None),
            ("From", addr("佐藤葵", "aoi.sato.0312@webmail.example.com", "utf8")),
            ("Date", "Sat, 20 Jul 2024 23:48:05 +0900"),
            ("Message-ID", "<%s>" % mid),
            ("Subject", ew("医学生です。お話を伺う機会とメルマガ購読のお願い", "utf8")),
            ("To", INBOX)]
    eml = single(hdrs, body, "utf-8", '"UTF-8"', "base64")
    g = gold(mid, "general", name="佐藤 葵", email="aoi.sato.0312@webmail.example.com",
             organization="秋田北嶺医科大学")
    add(27, "medical-student-visit-subscribe-utf8", "general",
        "text/plain UTF-8 base64 (webmail); From/Subject UTF-8 B", "easy",
        "Regional-quota medical student asks to visit and to subscribe to the newsletter: general (a subscribe request is not unsubscribe); organization is the university without faculty and year; name with a space in the body, none in the From display name; no phone",
        eml, g)


def m028():
    mid = "20241203104017.1B9F.5D3E7A20@inaba-net.example.jp"
    body = """地域医療マッチング事務局 御中

突然のメールで失礼いたします。
鳥取市に住んでおります、元薬剤師の福田 多恵子と申します。
昨年、病院の薬剤部を定年で退職いたしました。

新聞で貴事業のことを知りました。医師の先生方が対象と承知しておりますが、
薬剤師も登録させていただくことはできますでしょうか。
医師の少ない地域では薬剤師も不足していると聞いておりますので、お役に立てればと思います。

もし対象外でしたら、同じような取り組みをしている団体があれば教えていただけますと助かります。

福田 多恵子
電話 0857-28-4415
"""
    hdrs = [("Return-Path", "<fukuda.taeko@inaba-net.example.jp>"),
            ("Received", received("smtp.inaba-net.example.jp", "203.0.113.28", "4Y5Kp2bWnQz7Cs",
                                  "Tue, 03 Dec 2024 10:40:19 +0900 (JST)")),
            ("Date", "Tue, 03 Dec 2024 10:40:17 +0900"),
            ("From", addr("福田 多恵子", "fukuda.taeko@inaba-net.example.jp", "euc")),
            ("To", INBOX),
            ("Subject", ew("薬剤師の登録について", "euc")),
            ("Message-ID", "<%s>" % mid),
            ("X-Mailer", "Sylpheed 3.8.0beta1 (GTK+ 2.24.33; x86_64-pc-linux-gnu)")]
    eml = single(hdrs, body, "euc_jp", "EUC-JP", "8bit")
    g = gold(mid, "general", name="福田 多恵子", email="fukuda.taeko@inaba-net.example.jp", phone="0857284415")
    add(28, "retired-pharmacist-question-eucjp", "general",
        "text/plain EUC-JP 8bit; From/Subject RFC 2047 EUC-JP B", "easy",
        "A retired pharmacist asks whether pharmacists can register: general (not doctor); 鳥取市/定年/薬剤部 are not lead data; her former hospital is unnamed",
        eml, g)


def m029():
    mid = "5d0e8a3c-41f7-4b9a-b2c6-e8f1a07d3c95@hokushin-alumni.example.org"
    body = """地域医療マッチング事務局 ご担当者様

いつもお世話になっております。
北辰医科大学医学部同窓会で会報の編集を担当しております、三上と申します。

来年1月に発行する会報の新年号で、「定年後のキャリア」を特集することになりました。
つきましては、貴事業のリーフレットを会報に同封させていただきたく、
1,200部ほどお送りいただくことは可能でしょうか。
費用が発生する場合は、あわせてお知らせください。

送付先：〒060-8556 北海道札幌市中央区南1条西16丁目
　　　　北辰医科大学医学部同窓会 事務室　三上宛

北辰医科大学医学部同窓会 会報編集委員
三上 直樹
TEL 011-611-2100（同窓会事務室）
mikami@hokushin-alumni.example.org
"""
    hdrs = [("Return-Path", "<mikami@hokushin-alumni.example.org>"),
            ("Received", received("mail.hokushin-alumni.example.org", "198.51.100.60", "4XmLw4rT0pz1Gk",
                                  "Thu, 14 Nov 2024 11:25:38 +0900 (JST)")),
            ("Date", "Thu, 14 Nov 2024 11:25:36 +0900"),
            ("From", addr("三上 直樹", "mikami@hokushin-alumni.example.org", "utf8")),
            ("To", INBOX),
            ("Subject", ewq("リーフレット送付のお願い（同窓会報への同封）")),
            ("Message-ID", "<%s>" % mid),
            ("User-Agent", "Mozilla Thunderbird")]
    eml = single(hdrs, body, "utf-8", "UTF-8", "quoted-printable")
    g = gold(mid, "general", name="三上 直樹", email="mikami@hokushin-alumni.example.org", phone="0116112100",
             organization="北辰医科大学医学部同窓会")
    add(29, "alumni-bulletin-leaflets-utf8qp", "general",
        "text/plain UTF-8 quoted-printable; Subject RFC 2047 UTF-8 Q", "easy",
        "An alumni association asks for 1,200 leaflets to enclose in its bulletin: general; organization is the association without role; 北海道/札幌市 in the delivery address and 来年1月 are not lead data",
        eml, g)


def m030():
    mid = "0e7b4d2a91f3c856@medical-times.example.jp"
    text = """地域医療マッチング事務局 広報ご担当者様

突然のご連絡失礼いたします。
医療専門紙「週刊メディカル・タイムズ」編集部の記者、宮内 沙織と申します。

現在、「医師の働き方改革とシニア医師の地方勤務」をテーマにした連載を準備しております。
その中で貴事業の取り組みをご紹介させていただきたく、取材をお願いできないかと考えております。

具体的には、
・これまでの登録医師数と、マッチングの件数（差し支えない範囲で）
・登録されている先生の年齢層や、希望の多い地域・診療科の傾向
・実際に地方の病院で勤務を始められた先生へのインタビューのご紹介
についてお伺いできれば幸いです。

取材は3月中旬、オンラインでも対面でも構いません。掲載は4月上旬を予定しております。

株式会社メディカル・タイムズ社 編集部
宮内 沙織
TEL 03-3868-4410 / 携帯 080-6654-2197
miyauchi@medical-times.example.jp
"""
    html = html_paras(text, "utf-8")
    hdrs = [("Return-Path", "<miyauchi@medical-times.example.jp>"),
            ("Received", received("mail.medical-times.example.jp", "203.0.113.214", "4YxT8m3bVcz5Pn",
                                  "Mon, 17 Feb 2025 16:58:11 +0900 (JST)")),
            ("Date", "Mon, 17 Feb 2025 16:58:09 +0900"),
            ("From", addr("宮内 沙織", "miyauchi@medical-times.example.jp", "utf8")),
            ("To", INBOX),
            ("Subject", ew("【取材のお願い】週刊メディカル・タイムズ 連載企画について", "utf8")),
            ("Message-ID", "<%s>" % mid),
            ("X-Mailer", "Microsoft Outlook for Mac 16.93")]
    parts = [leaf(text, "utf-8", '"utf-8"', "base64"), leaf(html, "utf-8", '"utf-8"', "base64", "text/html")]
    eml = multipart(hdrs, "alternative", "B_3822641889_1405275513", parts,
                    "> This message is in MIME format. Since your mail reader does not understand\n"
                    "this format, some or all of this message may not be legible.")
    g = gold(mid, "general", name="宮内 沙織", email="miyauchi@medical-times.example.jp", phone="0338684410",
             organization="株式会社メディカル・タイムズ社")
    add(30, "press-medical-weekly-interview-alt-utf8", "general",
        "multipart/alternative (Outlook for Mac): text/plain + text/html UTF-8 base64, '>'-prefixed preamble; From/Subject UTF-8 B", "easy",
        "Reporter of a medical weekly asks for an interview and figures: general; the desk line comes before the mobile; organization is the company (not the paper's title or 編集部); 3月/4月 are not starts",
        eml, g)


# ================================================================== unsubscribe

def m031():
    mid = "20240823193250.6C0A.2E8D4F71@kamo-net.example.jp"
    body = """地域医療マッチング事務局 御中

突然のご連絡で失礼いたします。
このアドレスの持ち主である奥村 義郎の長女で、奥村 恭子と申します。

父は本年6月に他界いたしました。
生前は貴事業に登録させていただき、大変お世話になりました。
つきましては、このアドレスへのメールマガジン等の配信を停止していただけますでしょうか。
あわせて、登録の抹消もお願いいたします。

生前のご厚情に、心より御礼申し上げます。

奥村 恭子
"""
    hdrs = [("Return-Path", "<y-okumura@kamo-net.example.jp>"),
            ("Received", received("smtp.kamo-net.example.jp", "198.51.100.247", "4WqZ1c8kRtz3Xs",
                                  "Fri, 23 Aug 2024 19:32:52 +0900 (JST)")),
            ("Date", "Fri, 23 Aug 2024 19:32:50 +0900"),
            ("From", addr("奥村 義郎", "y-okumura@kamo-net.example.jp", "jis")),
            ("To", INBOX),
            ("Subject", ew("配信停止と登録抹消のお願い")),
            ("Message-ID", "<%s>" % mid),
            ("X-Mailer", "Becky! ver. 2.75.03 [ja]")]
    eml = single(hdrs, body, "iso2022_jp", "ISO-2022-JP", "7bit")
    g = gold(mid, "unsubscribe", name="奥村 恭子", email="y-okumura@kamo-net.example.jp")
    add(31, "unsubscribe-daughter-late-father-jis", "unsubscribe",
        "text/plain ISO-2022-JP 7bit; From display name is the late registrant, not the writer", "medium",
        "A daughter writes from her late father's mailbox to stop the newsletter and delete the registration: unsubscribe; name is the writer's (奥村 恭子), not the From display name; email the mailbox itself",
        eml, g)


def m032():
    mid = "TYAP286MB0912C3E7A1B04D8F95E2A6C1D7B38@TYAP286MB0912.JPNP286.PROD.OUTLOOK.example.com"
    quoted = """大河内 亮 先生

地域医療マッチング通信 2025年4月号をお届けします。

■新着の求人
・北海道紋別市　内科（常勤）令和7年7月～
・高知県四万十市　整形外科（非常勤・週1日）
・鹿児島県奄美市　小児科（スポット）

配信停止をご希望の方は、こちらからお手続きください。
https://md2-rm.example.org/unsubscribe?u=8812

""" + SEC_SIG2
    body = """もう勤務先が決まりましたので、今後このメールは不要です。送らないでください。

大河内

Outlook for iOS を入手 <https://aka.example.com/o0ukef>
________________________________
From: 地域医療マッチング事務局 <md@md2-rm.example.org>
Sent: Tuesday, April 8, 2025 10:00:12 AM
To: ookouchi.r@kokoro-mail.example.jp <ookouchi.r@kokoro-mail.example.jp>
Subject: 【地域医療マッチング通信】2025年4月号

""" + quoted + "\n"
    hdrs = [("Return-Path", "<ookouchi.r@kokoro-mail.example.jp>"),
            ("Received", received("mail-tyapr01on2092.outbound.protection.outlook.example.com", "52.100.1.92",
                                  "4ZY0Tq7nHmz6Lx", "Wed, 09 Apr 2025 08:03:16 +0900 (JST)")),
            ("From", addr("大河内 亮", "ookouchi.r@kokoro-mail.example.jp", "utf8")),
            ("To", addr("地域医療マッチング事務局", INBOX, "utf8")),
            ("Subject", ew("Re: 【地域医療マッチング通信】2025年4月号", "utf8")),
            ("Thread-Topic", ew("【地域医療マッチング通信】2025年4月号", "utf8")),
            ("Date", "Tue, 8 Apr 2025 23:03:14 +0000"),
            ("Message-ID", "<%s>" % mid),
            ("References", "<news.2025-04.001.0008812@md2-rm.example.org>"),
            ("In-Reply-To", "<news.2025-04.001.0008812@md2-rm.example.org>"),
            ("Content-Language", "ja-JP")]
    eml = single(hdrs, body, "utf-8", '"utf-8"', "quoted-printable")
    g = gold(mid, "unsubscribe", name="大河内 亮", email="ookouchi.r@kokoro-mail.example.jp")
    add(32, "unsubscribe-outlook-ios-quoted-newsletter-qp", "unsubscribe",
        "text/plain UTF-8 quoted-printable (Outlook for iOS); English Outlook quote header (From/Sent/To/Subject) under an underscore rule, no '>'; Date +0000", "medium",
        "'このメールは不要です。送らないでください' without the word 配信停止 above a quoted newsletter full of job data (prefectures, 内科/整形外科/小児科, 常勤/非常勤/スポット, 週1日, 令和7年7月) and a 配信停止 link: unsubscribe; the full name is only in the From display name (the body signs 大河内)",
        eml, g)


# ==================================================================== auto_reply

def m033():
    mid = "CAFx9Tn2Lq7WbR0pZk4Ye1cVs8hJm3dGu5aKo6iNw0Qe2Pr4Xtz@mail.webmail.example.com"
    text = """メールありがとうございます。
9月4日から9月13日まで、学会出張のため海外におります。
期間中はメールを確認できないことがあり、お返事が遅れますことをご了承ください。
お急ぎの方は、当院医局（0166-25-3170）までご連絡ください。

旭川北星病院 内科　丹羽 俊之
"""
    html = '<div dir="ltr">' + text.strip().replace("\n\n", "<br><br>").replace("\n", "<br>") + "</div>\n"
    hdrs = [("Return-Path", "<niwa.toshiyuki@webmail.example.com>"),
            ("Received", received("mail-sor-f73.webmail.example.com", "209.85.220.73", "4X03bR7kWnz2Jf",
                                  "Thu, 05 Sep 2024 08:15:24 +0900 (JST)")),
            ("MIME-Version", None),
            ("From", addr("丹羽俊之", "niwa.toshiyuki@webmail.example.com", "utf8")),
            ("Date", "Wed, 4 Sep 2024 16:15:22 -0700"),
            ("Message-ID", "<%s>" % mid),
            ("Subject", ew("不在のお知らせ（9/13まで学会出張）", "utf8")),
            ("To", INBOX),
            ("In-Reply-To", "<news.2024-09.001.0006120@md2-rm.example.org>"),
            ("References", "<news.2024-09.001.0006120@md2-rm.example.org>"),
            ("Auto-Submitted", "auto-replied")]
    parts = [leaf(text, "utf-8", '"UTF-8"', "base64"), leaf(html, "utf-8", '"UTF-8"', "base64", "text/html")]
    eml = multipart(hdrs, "alternative", "00000000000091e3c506214d7a0b", parts)
    add(33, "vacation-responder-conference-auto-submitted", "auto_reply",
        "multipart/alternative (webmail vacation responder): text/plain + text/html UTF-8 base64; Auto-Submitted: auto-replied; Date -0700; own subject (no Re:)", "easy",
        "Doctor's vacation responder for a conference trip: auto_reply; the doctor's name, 内科, hospital and 医局 phone are not lead data",
        eml, gold(mid, "auto_reply"))


def m034():
    mid = "inquiry.20241015102107.00318@town-esashi.example.jp"
    body = """地域医療マッチング事務局 様

このたびは江差町へお問い合わせいただき、ありがとうございます。
以下の内容でお問い合わせを受け付けました。

受付番号：2024-10-00318
件名　　：町立診療所の医師募集に関する情報提供について

内容を確認のうえ、担当課より3開庁日以内にご回答いたします。
なお、このメールはシステムから自動で送信しております。このメールに返信されても回答できませんので、ご了承ください。

――――――――――――――――
北海道檜山郡江差町役場 総務課
電話 0139-52-6711
――――――――――――――――
"""
    hdrs = [("Return-Path", "<no-reply@town-esashi.example.jp>"),
            ("Received", received("form.town-esashi.example.jp", "198.51.100.250", "4XRw6d0mLqz8Bv",
                                  "Tue, 15 Oct 2024 10:21:09 +0900 (JST)")),
            ("Date", "Tue, 15 Oct 2024 10:21:07 +0900"),
            ("From", addr("江差町 お問い合わせ窓口", "no-reply@town-esashi.example.jp", "utf8")),
            ("To", INBOX),
            ("Subject", ew("【江差町】お問い合わせを受け付けました（受付番号：2024-10-00318）", "utf8")),
            ("Message-ID", "<%s>" % mid),
            ("X-Mailer", "TownInquiry/2.3")]
    eml = single(hdrs, body, "utf-8", "UTF-8", "8bit")
    add(34, "town-inquiry-receipt-no-headers-utf8", "auto_reply",
        "text/plain UTF-8 8bit; NO Auto-Submitted/X-Autoreply/Precedence headers; no-reply sender", "medium",
        "A town office's inquiry system confirms receipt (受け付けました, 自動で送信): auto_reply, not hospital, although a municipality and 医師募集 appear; phone and 北海道 are not lead data",
        eml, gold(mid, "auto_reply"))


def m035():
    mid = "TYWP286MB3055F1A8C2D47E9B06A3D5C1E8F27@TYWP286MB3055.JPNP286.PROD.OUTLOOK.example.com"
    text = """2025年5月1日より産前・産後休暇をいただいております。
9月に復帰する予定です。それまでの間、地域医療連携室へのご用件は下記の者までご連絡ください。
　地域医療連携室　石原（ishihara@kurashiki-seiwa.example.jp／086-463-2210）

I am on maternity leave from 1 May 2025 and expect to return in September.
In the meantime, please contact Ms Ishihara (ishihara@kurashiki-seiwa.example.jp).

倉敷清和病院 地域医療連携室　野口 優花
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:Meiryo;font-size:11pt">' +
            text.strip().replace("\n\n", "</div><div>&nbsp;</div><div>").replace("\n", "<br>") +
            "</div></body></html>\n")
    hdrs = [("Return-Path", "<>"),
            ("Received", received("mail-tywpjpn01on2066.outbound.protection.outlook.example.com", "52.100.4.66",
                                  "4b0Kq83rTvz1Xn", "Thu, 08 May 2025 11:15:46 +0900 (JST)")),
            ("From", addr("野口 優花", "noguchi.y@kurashiki-seiwa.example.jp", "utf8")),
            ("To", addr("地域医療マッチング事務局", INBOX, "utf8")),
            ("Subject", "Automatic reply: " + ewq("【求人のご案内】岡山県内の非常勤医募集")),
            ("Thread-Topic", ewq("【求人のご案内】岡山県内の非常勤医募集")),
            ("Date", "Thu, 8 May 2025 02:15:44 +0000"),
            ("Message-ID", "<%s>" % mid),
            ("In-Reply-To", "<info.20250508111201.0077@md2-rm.example.org>"),
            ("References", "<info.20250508111201.0077@md2-rm.example.org>"),
            ("Auto-Submitted", "auto-generated"),
            ("X-Auto-Response-Suppress", "All"),
            ("X-MS-Exchange-Inbox-Rules-Loop", "noguchi.y@kurashiki-seiwa.example.jp"),
            ("Content-Language", "ja-JP")]
    parts = [leaf(text, "utf-8", '"utf-8"', "quoted-printable"),
             leaf(html, "utf-8", '"utf-8"', "quoted-printable", "text/html")]
    eml = multipart(hdrs, "alternative", "_000_TYWP286MB3055F1A8C2D47E9B06A3D5C1E8F27TYWP286MB3055JPNP_", parts)
    add(35, "exchange-maternity-leave-bilingual-qp", "auto_reply",
        "multipart/alternative text+html UTF-8 quoted-printable (Exchange); Subject 'Automatic reply: ' + RFC 2047 UTF-8 Q; Auto-Submitted: auto-generated, X-Auto-Response-Suppress; Return-Path <>; Date +0000", "easy",
        "Maternity-leave notice from a hospital liaison officer (Japanese + English): auto_reply; the colleague's address and phone, 岡山県 and 非常勤 in the subject are not lead data",
        eml, gold(mid, "auto_reply"))


# ======================================================================= bounce

def m036():
    mid = "c2f9e1a7-4b3d-4e80-a6f5-91d7b2c08e34@TYCP286MB1588.JPNP286.PROD.OUTLOOK.example.com"
    subj = "【地域医療マッチング通信】2025年4月号"
    text = """Your message to yamaguchi.k@tosa-kenmin-hp.example.jp couldn't be delivered.

yamaguchi.k wasn't found at tosa-kenmin-hp.example.jp.

md                      Office 365                yamaguchi.k
Action Required                                   Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If you're using Outlook, open this message and remove the address from the To line.

Was this helpful? Send feedback to Microsoft.

More Info for Email Admins
Status code: 550 5.1.10

This error occurs because the recipient's email address doesn't exist in the
destination domain.

Original Message Details
Created Date:      4/8/2025 1:00:12 AM
Sender Address:    md@md2-rm.example.org
Recipient Address: yamaguchi.k@tosa-kenmin-hp.example.jp
Subject:           %s

Error Details
Error:             550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
Message rejected by:  TYCP286MB1588.JPNP286.PROD.OUTLOOK.example.com
""" % subj
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<div style=\"font-family:'Segoe UI',Arial,sans-serif\">" +
            "".join("<p>%s</p>" % p.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
                    for p in text.strip().split("\n\n")) + "</div></body></html>\n")
    status = """Reporting-MTA: dns;TYCP286MB1588.JPNP286.PROD.OUTLOOK.example.com
Received-From-MTA: dns;mx1.md2-rm.example.org
Arrival-Date: Tue, 8 Apr 2025 01:00:14 +0000

Final-Recipient: rfc822;yamaguchi.k@tosa-kenmin-hp.example.jp
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""
    orig = head([("Received", "from mx1.md2-rm.example.org (192.0.2.25) by TYCP286MB1588.JPNP286.PROD.OUTLOOK.example.com;\n Tue, 8 Apr 2025 01:00:14 +0000"),
                 ("Date", "Tue, 08 Apr 2025 10:00:12 +0900"),
                 ("From", addr("地域医療マッチング事務局", INBOX, "jis")),
                 ("To", "yamaguchi.k@tosa-kenmin-hp.example.jp"),
                 ("Subject", ew(subj)),
                 ("Message-ID", "<news.2025-04.001.0009034@md2-rm.example.org>"),
                 ("List-Unsubscribe", "<mailto:md@md2-rm.example.org?subject=unsubscribe>"),
                 ("MIME-Version", "1.0"),
                 ("Content-Type", "text/plain; charset=ISO-2022-JP")])
    inner = multipart([], "alternative", "_002_c2f9e1a74b3d4e80a6f591d7b2c08e34_",
                      [leaf(text, "utf-8", '"utf-8"', "quoted-printable"),
                       leaf(html, "utf-8", '"utf-8"', "quoted-printable", "text/html")])
    inner_h, inner_b = inner.split(b"\r\n\r\n", 1)
    inner_ph = [tuple(l.split(": ", 1)) for l in inner_h.decode("ascii").replace("\r\n\t", "\n\t").split("\r\n")
                if not l.startswith("MIME-Version")]
    hdrs = [("Return-Path", "<>"),
            ("Received", received("mail-tycjpn01on2045.outbound.protection.outlook.example.com", "52.100.2.45",
                                  "4ZXm1b9qRcz4Tw", "Tue, 08 Apr 2025 10:00:17 +0900 (JST)")),
            ("From", "Microsoft Outlook\n <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@tosa-kenmin-hp.example.jp>"),
            ("To", "<md@md2-rm.example.org>"),
            ("Date", "Tue, 8 Apr 2025 01:00:15 +0000"),
            ("Content-Language", "en-US"),
            ("Message-ID", "<%s>" % mid),
            ("In-Reply-To", "<news.2025-04.001.0009034@md2-rm.example.org>"),
            ("References", "<news.2025-04.001.0009034@md2-rm.example.org>"),
            ("Subject", "Undeliverable: " + ew(subj, "utf8")),
            ("Auto-Submitted", "auto-replied"),
            ("X-MS-Exchange-Message-Is-Ndr", "")]
    parts = [(inner_ph, inner_b),
             ([("Content-Type", "message/delivery-status")], cte_apply(encode(status, "ascii"), "7bit")),
             ([("Content-Type", "text/rfc822-headers")], orig)]
    eml = multipart(hdrs, "report", "_000_c2f9e1a74b3d4e80a6f591d7b2c08e34_", parts,
                    params=" report-type=delivery-status;")
    add(36, "exchange-online-ndr-recipient-not-found", "bounce",
        "multipart/report (Exchange Online NDR): multipart/alternative text+html UTF-8 QP + message/delivery-status + text/rfc822-headers (original Subject ISO-2022-JP B); Subject 'Undeliverable: ' + UTF-8 B; Date +0000", "easy",
        "English NDR 550 5.1.10 RecipientNotFound for a newsletter: bounce; the failed recipient and the newsletter subject are not lead data",
        eml, gold(mid, "bounce"))


def m037():
    mid = "20240916071240.9A3C4E21F0@mail.hinata-net.example.jp"
    notice = """このメールは、配送システムから自動的に送信されています。

以下のあて先へのメールは、あて先のメールボックスの容量が上限に達しているため、配送できませんでした。
一定時間再送を試みましたが、配送を中止いたしました。

　あて先：dr-hirose@hinata-net.example.jp
　理由　：メールボックス容量超過（552 5.2.2 Mailbox full）

お手数ですが、あて先の方に別の方法でご連絡ください。

ひなたネット メールシステム
"""
    status = """Reporting-MTA: dns; mail.hinata-net.example.jp
Arrival-Date: Fri, 13 Sep 2024 07:00:09 +0900 (JST)

Final-Recipient: rfc822; dr-hirose@hinata-net.example.jp
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full
Last-Attempt-Date: Mon, 16 Sep 2024 07:12:40 +0900 (JST)
"""
    orig = head([("Return-Path", "<md@md2-rm.example.org>"),
                 ("Date", "Fri, 13 Sep 2024 07:00:05 +0900"),
                 ("From", addr("地域医療マッチング事務局", INBOX, "jis")),
                 ("To", addr("広瀬 先生", "dr-hirose@hinata-net.example.jp", "jis")),
                 ("Subject", ew("【求人のご紹介】宮崎県日向市 消化器内科（非常勤・週2日）")),
                 ("Message-ID", "<intro.20240913070005.1120@md2-rm.example.org>"),
                 ("MIME-Version", "1.0"),
                 ("Content-Type", "text/plain; charset=ISO-2022-JP"),
                 ("Content-Transfer-Encoding", "7bit")])
    hdrs = [("Return-Path", "<>"),
            ("Received", received("mail.hinata-net.example.jp", "203.0.113.71", "4X6Ny03bVtz9Qh",
                                  "Mon, 16 Sep 2024 07:12:42 +0900 (JST)")),
            ("Date", "Mon, 16 Sep 2024 07:12:40 +0900 (JST)"),
            ("From", addr("ひなたネット メール管理者", "postmaster@mail.hinata-net.example.jp", "jis")),
            ("To", INBOX),
            ("Subject", ew("配送エラーのお知らせ（メールボックス容量超過）")),
            ("Message-ID", "<%s>" % mid),
            ("Auto-Submitted", "auto-replied")]
    ph, nb = leaf(notice, "iso2022_jp", "ISO-2022-JP", "7bit")
    parts = [(ph, nb),
             ([("Content-Type", "message/delivery-status")], cte_apply(encode(status, "ascii"), "7bit")),
             ([("Content-Type", "text/rfc822-headers")], orig)]
    eml = multipart(hdrs, "report", "9A3C4E21F0.1726438360/mail.hinata-net.example.jp", parts,
                    "This is a MIME-encapsulated message.", params=" report-type=delivery-status;")
    add(37, "isp-mailbox-full-japanese-dsn-jis", "bounce",
        "multipart/report: text/plain ISO-2022-JP 7bit (Japanese explanation) + message/delivery-status + text/rfc822-headers (Subject and To display name ISO-2022-JP B); From postmaster with a Japanese display name", "medium",
        "Japanese ISP DSN after retries (552 5.2.2 mailbox full) for a job introduction: bounce; 宮崎県/日向市/消化器内科/非常勤/週2日 in the returned subject are not lead data",
        eml, gold(mid, "bounce"))


# ========================================================================= spam

def m038():
    mid = "20250305024410.D7E1B93A@yamaneko-notice.example.com"
    body = """【ヤマネコ運輸】お荷物お届けのお知らせ

お客様宛てにお荷物のお届けにあがりましたが、ご不在のため持ち帰りました。
下記URLより、再配達のご依頼をお願いいたします。

▼再配達のお申し込み
http://yamaneko-redelivery.example.com/jp/?tn=441822907713

お問い合わせ伝票番号：4418-2290-7713
保管期限：2025年3月7日

※保管期限を過ぎますと、お荷物は差出人様へ返送されます。
※本メールは送信専用です。

ヤマネコ運輸株式会社
"""
    hdrs = [("Return-Path", "<info@yamaneko-notice.example.com>"),
            ("Received", received("vps-71-22.example.com", "203.0.113.222", "4Z8Bq51xNpz6Gd",
                                  "Wed, 05 Mar 2025 03:44:13 +0900 (JST)")),
            ("Date", "Wed, 5 Mar 2025 02:44:10 +0800"),
            ("From", addr("ヤマネコ運輸", "info@yamaneko-notice.example.com", "utf8")),
            ("To", INBOX),
            ("Subject", ew("お荷物お届けのお知らせ（ご不在のため持ち帰りました）", "utf8")),
            ("Message-ID", "<%s>" % mid),
            ("X-Mailer", "Foxmail 7.2.25.228[cn]")]
    eml = single(hdrs, body, "utf-8", "utf-8", "base64")
    add(38, "parcel-redelivery-phishing-utf8", "spam",
        "text/plain UTF-8 base64; Date +0800; Foxmail", "easy",
        "Fake parcel-redelivery notice with a phishing link: spam; the tracking number is not a phone",
        eml, gold(mid, "spam"))


def m039():
    mid = "20250121103000.1f8e2a7c.mkt@mail.toikake-ai.example.com"
    text = """医療機関ご担当者様

医師不足にお悩みの病院・クリニックの皆さまへ。

AI問診システム「トイカケAI」は、患者さんがスマートフォンで入力した症状を
自動で医学用語に変換し、電子カルテへ転記します。
医師1人あたりの問診時間を平均で約4割削減。
内科・整形外科・小児科など、全国1,800以上の医療機関で導入されています。
北海道の町立病院や離島の診療所でもご利用いただいております。

▼今なら初期費用0円キャンペーン（2025年2月末まで）
https://www.toikake-ai.example.com/campaign?utm_source=mail&utm_medium=2501

▼オンライン説明会（毎週水曜 14:00〜）
https://www.toikake-ai.example.com/seminar

株式会社トイカケメディカル 営業部
TEL 03-5789-2210（平日10:00〜18:00）
配信停止：https://www.toikake-ai.example.com/optout?e=md%40md2-rm.example.org
"""
    html = ('<html><body style="margin:0;background:#f4f6f8">'
            '<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">'
            '<tr><td style="background:#0a5cad;color:#fff;font-size:20px;padding:16px">AI問診システム「トイカケAI」</td></tr>'
            '<tr><td style="padding:16px;font-size:14px;line-height:1.7">' +
            text.strip().replace("&", "&amp;").replace("\n\n", "<br><br>").replace("\n", "<br>") +
            '</td></tr></table>'
            '<img src="https://www.toikake-ai.example.com/o.gif?u=md2rm" width="1" height="1" alt="">'
            '</body></html>\n')
    hdrs = [("Return-Path", "<bounce-2501-md=md2-rm.example.org@mail.toikake-ai.example.com>"),
            ("Received", received("o21.mail.toikake-ai.example.com", "198.51.100.221", "4YcTf82nVkz7Lp",
                                  "Tue, 21 Jan 2025 10:30:02 +0900 (JST)")),
            ("Date", "Tue, 21 Jan 2025 10:30:00 +0900"),
            ("From", addr("トイカケAI", "info@toikake-ai.example.com", "utf8")),
            ("To", INBOX),
            ("Subject", ew("【医師不足対策に】問診時間を4割削減するAI問診、初期費用0円キャンペーン", "utf8")),
            ("Message-ID", "<%s>" % mid),
            ("List-Unsubscribe", "<https://www.toikake-ai.example.com/optout?e=md%40md2-rm.example.org>,\n <mailto:optout@toikake-ai.example.com>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk")]
    parts = [leaf(text, "utf-8", "UTF-8", "quoted-printable"),
             leaf(html, "utf-8", "UTF-8", "quoted-printable", "text/html")]
    eml = multipart(hdrs, "alternative", "----=_Part_2501_118834620.1737423000", parts)
    add(39, "ai-monshin-vendor-ad-alt-qp", "spam",
        "multipart/alternative text+html UTF-8 quoted-printable; List-Unsubscribe(+Post), Precedence: bulk", "medium",
        "Vendor marketing for an AI questionnaire system that speaks of 医師不足, 病院・クリニック, 内科/整形外科/小児科, 北海道, 町立病院, 離島 and a 配信停止 link: spam, not hospital or unsubscribe",
        eml, gold(mid, "spam"))


def m040():
    mid = "1728807771.55214.editorial@ijrms-journal.example.com"
    body = """Dear Dr. Md2-rm,

Greetings from the International Journal of Rural Medicine & Surgery (IJRMS)!

We have come across your valuable contributions in the field of medicine
and we are pleased to invite you to submit your next research article,
review, or case report for our upcoming issue (Volume 9, Issue 11).

IJRMS is an open-access, peer-reviewed journal with a fast publication
process (acceptance within 7 days). We also welcome experienced physicians
in internal medicine, surgery, radiology and paediatrics to join our
Editorial Board.

Article processing charge: USD 499 (50% discount for submissions received
before 31 October 2024).

Submit online: https://www.ijrms-journal.example.com/submit
Or email your manuscript to: editor.ijrms@ijrms-journal.example.com

Kindly ignore this message if you have already submitted.

Best regards,
Dr. Emily Carter
Editorial Office, IJRMS
WhatsApp: +1 (302) 555-0148
"""
    hdrs = [("Return-Path", "<editor.ijrms@ijrms-journal.example.com>"),
            ("Received", received("mta-44.ijrms-journal.example.com", "198.51.100.44", "4XRb2Ft6Mqz3Vd",
                                  "Sun, 13 Oct 2024 17:22:53 +0900 (JST)")),
            ("Date", "Sun, 13 Oct 2024 04:22:51 -0400"),
            ("From", "IJRMS Editorial Office <editor.ijrms@ijrms-journal.example.com>"),
            ("Reply-To", "submissions.ijrms@mailbox-int.example.com"),
            ("To", INBOX),
            ("Subject", "Invitation to submit manuscript & join Editorial Board - IJRMS Vol. 9 (11)"),
            ("Message-ID", "<%s>" % mid)]
    eml = single(hdrs, body, "ascii", "us-ascii", "7bit")
    add(40, "predatory-journal-invitation-english", "spam",
        "text/plain US-ASCII 7bit; English; Reply-To to another domain; Date -0400", "easy",
        "Predatory-journal call for papers and editorial board: spam despite 'rural medicine', physicians and specialty words; the foreign WhatsApp number is not a phone",
        eml, gold(mid, "spam"))


# ========================================================================= main

def build():
    MAILS.clear()
    for fn in (m001, m002, m003, m004, m005, m006, m007, m008, m009, m010,
               m011, m012, m013, m014, m015, m016, m017, m018, m019, m020,
               m021, m022, m023, m024, m025, m026, m027, m028, m029, m030,
               m031, m032, m033, m034, m035, m036, m037, m038, m039, m040):
        fn()
    return list(MAILS)


def main():
    write_set(build(), sys.argv[1] if len(sys.argv) > 1 else HERE)


if __name__ == "__main__":
    main()
