#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Hold-out test mails for madoguchi parse (60 invented messages + gold labels).

    python3 generate.py [OUTDIR]     # writes NNN-slug.eml, NNN-slug.json, index.tsv

The gold follows spec/lead.md and the conventions of samples/README.md. People,
institutions, numbers and addresses are invented; only .example.jp / .example.com /
.example.org domains are used. Output is deterministic. MIME is assembled by hand
(RFC 2047 words, base64 and QP via the standard library) so that every byte, charset
label and transfer encoding is exactly what the index says; CRLF line endings throughout.
The MIME and encoding helpers are those of ../tools/mailgen.py.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tools"))
from mailgen import (  # noqa: E402
    addr, cte_apply, encode, ew, gmail_html, gold, head, html_divs, INBOX, KYUSHU_OKINAWA,
    leaf, multipart, MX, qid, quote, raw_part, received, recv_date, report, SANIN, SEC_SIG,
    single, std, TOHOKU, write_set)


MAILS = []


def add(num, slug, cat, enc, diff, desc, eml, g):
    MAILS.append(dict(num=num, slug=slug, cat=cat, enc=enc, diff=diff, desc=desc, eml=eml, gold=g))


# ======================================================================= doctor

def m001():
    mid = "20241021204107.5E21.8B3C1A47@nagara-net.example.jp"
    date = "Mon, 21 Oct 2024 20:41:07 +0900"
    body = """地域医療マッチング事務局
ご担当者様

はじめてメールを差し上げます。岐阜市に住んでおります内科医の石黒と申します。
現在は社会医療法人 長良会 ながら中央病院で消化器内科の部長をしておりますが、
来年3月末で定年となります。

今年で64になります。退職後は、まだ体が動くうちに医師の少ない地域でお役に立ちたいと考えており、
県の広報誌で貴事業を知りました。妻の実家が米子にあることもあり、山陰地方を希望しております。

専門は消化器内科（上部・下部の内視鏡）ですが、一般内科の外来・病棟も問題なく担当できます。
勤務は常勤を希望します。開始は来年4月からを考えております。
住まいは勤務先の近くに借りるつもりです。

登録の手順や必要な書類を教えていただけますでしょうか。
よろしくお願いいたします。

石黒 正典（イシグロ マサノリ）
携帯：090-7215-4468
"""
    hdrs = std(mid, date, addr("石黒 正典", "ishiguro.m@nagara-net.example.jp", "jis"),
               ew("医師登録の相談（山陰地方で常勤希望）"), "smtp.nagara-net.example.jp", "198.51.100.31",
               extra=[("X-Mailer", "Becky! ver. 2.81.04 [ja]")])
    eml = single(hdrs, body, "iso2022_jp", '"ISO-2022-JP"', "7bit")
    g = gold(mid, "doctor", name="石黒 正典", name_kana="イシグロ マサノリ",
             email="ishiguro.m@nagara-net.example.jp", phone="09072154468", age=64,
             organization="社会医療法人 長良会 ながら中央病院", specialties=["消化器内科", "内科"],
             prefectures=SANIN, employment=["full_time"], start="2025-04")
    add(1, "retiring-gastro-sanin-jis", "doctor",
        "text/plain ISO-2022-JP 7bit; From name and Subject RFC 2047 ISO-2022-JP B (Becky!)", "easy",
        "Retiring gastroenterologist in Gifu: 今年で64になります -> 64, 山陰地方 -> 鳥取県/島根県 (米子 is only the wife's family), 一般内科 -> 内科 too, 来年4月 in Oct 2024 -> 2025-04 (来年3月末 is his retirement); katakana reading in brackets after the signature name",
        eml, g)


def m002():
    mid = "form.20241114231240.1187@form.md2-rm.example.org"
    date = "Thu, 14 Nov 2024 23:12:40 +0900"
    body = """以下の内容でフォームが送信されました。

【お名前】戸田 和彦
【フリガナ】とだ かずひこ
【生年月日】1959年7月3日
【年齢】65
【性別】男性
【メールアドレス】k-toda@ou-net.example.jp
【電話番号】019-652-7731
【現在の勤務先】（退職済み）
【専門・対応可能な診療科】整形外科／リハビリテーション科
【希望勤務地】岩手県、秋田県
【希望勤務形態】非常勤
【希望日数】週2日
【勤務開始希望】2025年1月
【ご質問・ご要望】
盛岡在住です。今年3月に県立病院を定年退職し、現在は仕事をしておりません。
車で通える範囲なら岩手県内どこでも、秋田県も県境に近い所なら通勤できます。
骨粗鬆症の外来や、術後のリハビリの診療など、外来中心で考えています。

---
このメールは送信専用アドレスから自動送信されています。
ドクターセカンドキャリア 地域医療マッチング事務局 TEL 03-6675-9919
"""
    hdrs = [("Return-Path", "<form-noreply@md2-rm.example.org>"),
            ("Received", "from web02.md2-rm.example.org (web02.md2-rm.example.org [192.0.2.81])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (MX, qid(mid), INBOX, recv_date(date, 1))),
            ("Date", date),
            ("From", addr("地域医療マッチング 医師登録フォーム", "form-noreply@md2-rm.example.org", "utf8")),
            ("To", INBOX),
            ("Subject", ew("【医師登録フォーム】送信内容（受付番号 M-24-1187）", "utf8")),
            ("Message-ID", "<%s>" % mid),
            ("X-Mailer", "md2-rm formmailer 3.1")]
    eml = single(hdrs, body, "utf-8", "UTF-8", "base64")
    g = gold(mid, "doctor", name="戸田 和彦", name_kana="トダ カズヒコ", email="k-toda@ou-net.example.jp",
             phone="0196527731", age=65, birth_year=1959, specialties=["整形外科", "リハビリテーション科"],
             prefectures=["岩手県", "秋田県"], employment=["part_time"], days_per_week=2, start="2025-01")
    add(2, "form-ortho-iwate-akita-utf8b64", "doctor",
        "text/plain UTF-8 base64; web form (【label】value); From/Subject RFC 2047 UTF-8 B", "medium",
        "Form registration: hiragana furigana -> katakana, 【生年月日】1959年7月3日 -> 1959 and 【年齢】65, 整形外科／リハビリテーション科, 非常勤 + 【希望日数】週2日, 2025年1月; workplace （退職済み） and the unnamed 県立病院 -> organization null; footer phone is the secretariat's",
        eml, g)


def m003():
    mid = "000c01da24f1$3b7e9a20$b27bce60$@naniwa-home.example.jp"
    date = "Sat, 02 Dec 2023 16:05:22 +0900"
    body = """地域医療マッチング事務局　御中

はじめてご連絡いたします。大阪府豊中市の宇野佳代子と申します。
泌尿器科の医師をしております主人、宇野 隆司の代わりにメールをお送りしております。

主人は今年70歳になりました。長く勤めた病院を昨年退職いたしましたが、
「週に何日かでも、泌尿器科の医者がいない所で診察をしたい」と申しております。
主人の郷里が愛媛県の宇和島ですので、できれば愛媛県の南予のあたりで探せればと思っております。

希望としては、
・泌尿器科の外来（手術はもう控えたいそうです）
・非常勤で週2日
・来年1月から
といったところです。住まいは先方の近くに部屋を借りるつもりでおります。

主人は携帯電話のメールしか使っておりませんので、ご連絡はこちらのアドレスか、
主人の携帯（090-3346-8172）にお願いできれば幸いです。

どうぞよろしくお願い申し上げます。

宇野 佳代子
"""
    hdrs = std(mid, date, addr("宇野 佳代子", "kayoko.uno@naniwa-home.example.jp", "sjis"),
               ew("主人の勤務先探しについて", "sjis"), "mail.naniwa-home.example.jp", "203.0.113.64",
               extra=[("X-Mailer", "Microsoft Outlook 16.0"),
                      ("Thread-Index", "AdokkTt+miCyd85gQ1uJx0pQmT3bFA=="),
                      ("Content-Language", "ja")])
    eml = single(hdrs, body, "shift_jis", '"shift_jis"', "8bit")
    g = gold(mid, "doctor", name="宇野 隆司", email="kayoko.uno@naniwa-home.example.jp",
             phone="09033468172", age=70, specialties=["泌尿器科"], prefectures=["愛媛県"],
             employment=["part_time"], days_per_week=2, start="2024-01")
    add(3, "wife-urologist-ehime-sjis", "doctor",
        "text/plain Shift_JIS 8bit (Outlook); From/Subject RFC 2047 Shift_JIS B", "hard",
        "Wife writes for her husband: name is the physician's (宇野 隆司), email the wife's From, phone the husband's own mobile from the body; 今年70歳 -> 70; lives in 大阪府 but wants 愛媛県 (宇和島/南予); 週2日; 来年1月 in Dec 2023 -> 2024-01; former hospital unnamed",
        eml, g)


def m004():
    mid = "CAOn7r2bXk0Q4pR9sYv1HcMwZ3eT8uJ5fLg6aD2iN0oB7yK4xWq@mail.gmail.example.com"
    date = "Tue, 14 May 2024 07:48:15 +0900"
    attribution = "2024年5月13日(月) 10:02 地域医療マッチング事務局 <md@md2-rm.example.org>:"
    quoted = """大城 典子 様

このたびはご登録いただき、ありがとうございます。事務局の上原でございます。
ご紹介先の検討のため、次の点をお知らせいただけますでしょうか。

・生年
・現在（または直近）の勤務先
・希望勤務地
・常勤／非常勤のご希望（非常勤の場合は週の日数）
・勤務開始のご希望時期

ご不明な点は03-6675-9919までお電話ください。

""" + SEC_SIG
    text = """地域医療マッチング事務局
上原様

お世話になっております。大城です。
ご質問いただいた点について、以下のとおりお答えします。

・生年：昭和38年生まれです
・現在の勤務先：横浜あおば小児クリニック（非常勤）
・希望勤務地：沖縄県の離島（宮古島・石垣島など）
・勤務形態：常勤を希望します
・開始時期：10月1日から勤務できます

小児科の外来・病棟とも対応できます。
母が那覇に住んでおり、いずれは沖縄に戻るつもりでおりました。
離島医療の研修を受けたこともございます。

何卒よろしくお願いいたします。

大城 典子
080-5527-0913
"""
    plain = text + "\n" + attribution + "\n\n" + quote(quoted) + "\n"
    hdrs = std(mid, date, addr("大城 典子", "noriko.oshiro.ped@gmail.example.com", "utf8"),
               "Re: " + ew("【地域医療マッチング事務局】ご登録内容の確認", "utf8"),
               "mail-pj1-f52.google.example.com", "209.85.210.52",
               extra=[("In-Reply-To", "<reg.20240513100214.3381@md2-rm.example.org>"),
                      ("References", "<reg.20240513100214.3381@md2-rm.example.org>")])
    parts = [leaf(plain, "utf-8", '"UTF-8"', "base64"),
             leaf(gmail_html(text, quoted, attribution), "utf-8", '"UTF-8"', "base64", "text/html")]
    eml = multipart(hdrs, "alternative", "000000000000b7d21a06185c4e2f", parts)
    g = gold(mid, "doctor", name="大城 典子", email="noriko.oshiro.ped@gmail.example.com",
             phone="08055270913", birth_year=1963, organization="横浜あおば小児クリニック",
             specialties=["小児科"], prefectures=["沖縄県"], employment=["full_time"], start="2024-10-01")
    add(4, "gmail-reply-pediatrician-okinawa-utf8", "doctor",
        "multipart/alternative (Gmail): text/plain + text/html (gmail_quote blockquote), both UTF-8 base64; Subject 'Re: ' + RFC 2047 UTF-8 B; In-Reply-To", "medium",
        "Reply with bullet answers above a Gmail quote: 昭和38年生まれ -> 1963, 横浜 clinic is the current workplace (not a wish), 沖縄県の離島, 常勤, 10月1日 in May 2024 -> 2024-10-01; the quoted questions hold 非常勤/週 and the secretariat phone; 那覇 is the mother's home",
        eml, g)


def m005():
    mid = "TYWPR01MB9843C1E7A05B2D4F6E8A9B3C7D1E@TYWPR01MB9843.jpnprd01.prod.outlook.example.com"
    date = "Wed, 28 Feb 2024 02:31:09 +0000"
    subj = "RE: 【地域医療マッチング事務局】ご紹介先について（2件）"
    body = """地域医療マッチング事務局
佐々木様

お世話になっております。山﨑です。
ご紹介いただいた2件、家族とも相談いたしました。

①沼田市の病院（常勤）は、自宅からの距離を考え、今回は辞退させてください。
②群馬県中之条町の診療所の非常勤（週2日）で、ぜひ話を進めていただければと思います。
③開始は2024年6月～でお願いできますでしょうか。
④糖尿病の外来が中心とのことですので、一般内科の患者さんも含めて対応いたします。

現在の勤務先（前橋さくら内科クリニック）は5月末で退職いたします。
どうぞよろしくお願いいたします。

山﨑 浩二
携帯 080-1190-6634

-----Original Message-----
From: 地域医療マッチング事務局 <md@md2-rm.example.org>
Sent: Tuesday, February 27, 2024 5:40 PM
To: 山﨑 浩二 <h-yamasaki@maebashi-sakura.example.jp>
Subject: 【地域医療マッチング事務局】ご紹介先について（2件）

山﨑 浩二 様

お世話になっております。事務局の佐々木です。
先日はご登録ありがとうございました。
ご希望に合いそうな先を2件ご紹介いたします。

①沼田市 医療法人 利根会 ぬまた中央病院　内科 常勤（週4日以上）　2024年4月～
②中之条町 なかのじょう内科診療所　糖尿病外来 非常勤（週2日）　時期は応相談

ご検討のうえ、ご希望をお知らせください。

""" + SEC_SIG + "\n"
    msname = lambda s: ew(s, "msjis")
    hdrs = std(mid, date, addr("山﨑 浩二", "h-yamasaki@maebashi-sakura.example.jp", "msjis"), msname(subj),
               "JPN01-TYC-obe.outbound.protection.outlook.example.com", "52.101.229.12",
               to=addr("地域医療マッチング事務局", INBOX, "msjis"),
               extra=[("Thread-Topic", msname("【地域医療マッチング事務局】ご紹介先について（2件）")),
                      ("Thread-Index", "AQHaaWxT0c3kQ9yPmE6b1Gq8w2mN7Q=="),
                      ("In-Reply-To", "<intro.20240227174012.0932@md2-rm.example.org>"),
                      ("References", "<intro.20240227174012.0932@md2-rm.example.org>"),
                      ("Accept-Language", "ja-JP, en-US"), ("Content-Language", "ja-JP"),
                      ("X-MS-Has-Attach", ""), ("X-Mailer", "Microsoft Outlook 16.0")])
    eml = single(hdrs, body, "ms-iso2022jp", '"iso-2022-jp"', "7bit")
    g = gold(mid, "doctor", name="山﨑 浩二", email="h-yamasaki@maebashi-sakura.example.jp",
             phone="08011906634", organization="前橋さくら内科クリニック",
             specialties=["糖尿病・内分泌内科", "内科"], prefectures=["群馬県"], employment=["part_time"],
             days_per_week=2, start="2024-06")
    add(5, "outlook-reply-diabetes-gunma-msjis", "doctor",
        "text/plain labelled iso-2022-jp with Microsoft extensions (﨑 ① ～) via cp932->JIS; From/Subject/Thread-Topic the same; English Outlook '-----Original Message-----' header block; Date +0000", "hard",
        "Doctor declines one of two offered posts (沼田市, 常勤) and accepts the other (中之条町, 非常勤 週2日): part_time/2 only, 群馬県, 2024年6月～ -> 2024-06, 糖尿病 + 一般内科; the quoted offers carry 常勤/週4日/2024年4月; 﨑 stays after NFKC",
        eml, g)


def m006():
    mid = "20240607235431.72d0a19c@docomo-mail.example.jp"
    date = "Fri, 07 Jun 2024 23:54:31 +0900"
    body = """はじめまして。
東京の病院で内科医をしてます、木下といいます。56歳です。

当直のﾊﾞｲﾄだけ探してます。常勤は今の職場を続けるので考えてません。
月4回くらい、土曜の当直か日曜の日直が希望です。
内科の当直で、救急車の受け入れが少なめの病院だと助かります。
場所は長野か山梨なら車で行けます。

返事はこのアドレスにお願いします。
木下 誠
"""
    hdrs = std(mid, date, "makoto.k-0417@docomo-mail.example.jp", ew("当直ﾊﾞｲﾄについて", "sjis"),
               "mgw12.docomo-mail.example.jp", "203.0.113.112",
               extra=[("X-Mailer", "docomo mail 5.1")])
    eml = single(hdrs, body, "shift_jis", "Shift_JIS", "8bit")
    g = gold(mid, "doctor", name="木下 誠", email="makoto.k-0417@docomo-mail.example.jp", age=56,
             specialties=["内科"], prefectures=["長野県", "山梨県"], employment=["spot"])
    add(6, "mobile-night-duty-only-sjis-hwkana", "doctor",
        "text/plain Shift_JIS 8bit with half-width katakana (ﾊﾞｲﾄ) in body and Subject (RFC 2047 Shift_JIS B); bare From address", "medium",
        "Mobile mail from a working internist who wants night/weekend duty only: 当直/日直 -> spot, the sentence ruling out 常勤 must not add full_time, 月4回 -> days null, 長野か山梨 -> 長野県/山梨県, 56歳; 東京 is where he works now; no phone",
        eml, g)


def m007():
    mid = "7f1c2a9e-4b6d-4e0a-9c58-3d2e1f0a6b47@lionmail.example.com"
    date = "Thu, 19 Sep 2024 22:05:37 +0800"
    body = """地域医療マッチング事務局 ご担当者様

はじめまして。放射線科医の安達 聡と申します。55歳です。
2年前から妻の仕事の関係でシンガポールに住んでおり、現地では臨床に就いておりません。

日本の放射線診断専門医の資格は維持しておりますので、
遠隔読影という形で、読影医のいない地域の病院のお手伝いができないかと考えております。
時差が1時間ですので、日本の夕方から夜間の読影にも対応できます。

・内容：CT・MRIの遠隔読影（非常勤）
・頻度：週に2〜3回、1回4時間程度
・地域：出身が山形ですので、できれば東北地方の病院ですとありがたいです
・開始：2024年11月から

読影端末やVPNなどの条件は先方に合わせます。
このような形でも登録できますでしょうか。

安達 聡
日本の連絡先（IP電話）：050-5532-1870
"""
    hdrs = std(mid, date, addr("Satoshi Adachi", "s.adachi.rad@lionmail.example.com"),
               ew("遠隔読影での協力について（海外在住の放射線科医です）", "utf8"),
               "out-sg3.lionmail.example.com", "198.51.100.203",
               extra=[("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:128.0)\n Gecko/20100101 Thunderbird/128.2.0"),
                      ("Content-Language", "ja")])
    eml = single(hdrs, body, "utf-8", "UTF-8", "quoted-printable", extra="; format=flowed")
    g = gold(mid, "doctor", name="安達 聡", email="s.adachi.rad@lionmail.example.com", phone="05055321870",
             age=55, specialties=["放射線科"], prefectures=TOHOKU, employment=["part_time"])
    add(7, "remote-reading-abroad-tohoku-utf8qp", "doctor",
        "text/plain UTF-8 quoted-printable, format=flowed (Thunderbird); From display name in romaji; Date +0800", "hard",
        "Radiologist living in Singapore offers 遠隔読影 (非常勤): name from the body (kanji), not the romaji From name; 週に2〜3回 -> days null; 東北地方 -> 6 prefectures (山形 is his birthplace); 2024年11月 -> 2024-11; the 050 IP phone is the contact; 55歳",
        eml, g)


def m008():
    mid = "CAF3k9Vx2mQ7pLw0Rz8bN1tYc4HgE6uJ5sD9aK0fB2oX7iM3eT@mail.gmail.example.com"
    date = "Sun, 19 Jan 2025 11:02:33 +0000"
    body = """Dear Sir or Madam,

My name is Kenji Morimoto. I hold a Japanese medical licence (I graduated from a Japanese
medical school in 1990) and for the past twenty years I have worked as a general
practitioner in Scotland. I am 61 and my wife and I plan to move back to Japan this year.

I would like to work full time as a family physician in a rural part of Hokkaido,
ideally a town such as Rumoi or Wakkanai. I am also happy to do home visits.

I could start in April 2025. Could you tell me how to register with your programme,
and whether I need to do anything to reactivate my Japanese licence?

Best regards,
Kenji Morimoto
Glen Alder Medical Practice, Inverness
Mobile (Japan): +81 80-4417-2290
"""
    hdrs = std(mid, date, addr("Kenji Morimoto", "kenji.morimoto.gp@gmail.example.com"),
               "Registration enquiry - GP returning to Japan", "mail-wm1-f41.google.example.com", "209.85.128.41")
    eml = single(hdrs, body, "ascii", '"UTF-8"', "7bit")
    g = gold(mid, "doctor", name="Kenji Morimoto", email="kenji.morimoto.gp@gmail.example.com",
             phone="08044172290", age=61, organization="Glen Alder Medical Practice",
             specialties=["総合診療科", "在宅医療"], prefectures=["北海道"], employment=["full_time"],
             start="2025-04")
    add(8, "english-gp-returning-hokkaido", "doctor",
        "text/plain UTF-8 label, ASCII-only 7bit; English; Date +0000", "medium",
        "Japanese-licensed GP working in Scotland: family physician/general practitioner -> 総合診療科, home visits -> 在宅医療, Hokkaido (Rumoi/Wakkanai) -> 北海道, April 2025 -> 2025-04, 'I am 61' -> 61 (1990 is a graduation year), +81 80-... -> 080...; current practice abroad is the organization",
        eml, g)


def m009():
    mid = "20240824103105.3F7A.9C1E0B52@sendai-web.example.jp"
    date = "Sat, 24 Aug 2024 10:31:05 +0900"
    body = """地域医療マッチング事務局 ご担当者様

突然のご連絡、失礼いたします。仙台市在住の小松亮と申します。
眼科医である父、小松 敏夫（こまつ としお）に代わってご相談させていただきます。

父は七十二歳で、秋田県横手市で長年開業しておりましたが、昨年医院を閉じました。
本人はまだ診療を続けたい気持ちが強く、地元の秋田県内で、
眼科の医師がいない、または少ない地域の病院や診療所でお手伝いできればと申しております。

勤務は週1〜2日程度の非常勤を希望しており、時期は先方のご都合に合わせられるとのことです。
父はメールを使いませんので、メールは私宛てに、お電話は父の自宅（0182-33-5186）にいただければと思います。

お手数ですが、登録の方法をご教示ください。
よろしくお願いいたします。

小松 亮
"""
    hdrs = std(mid, date, addr("小松 亮", "ryo.komatsu@sendai-web.example.jp", "euc"),
               ew("父（眼科医）の勤務についてのご相談", "euc"), "mail.sendai-web.example.jp", "198.51.100.88",
               extra=[("X-Mailer", "Sylpheed 3.7.0 (GTK+ 2.24.33; x86_64-pc-linux-gnu)")])
    eml = single(hdrs, body, "euc_jp", "EUC-JP", "8bit")
    g = gold(mid, "doctor", name="小松 敏夫", name_kana="コマツ トシオ", email="ryo.komatsu@sendai-web.example.jp",
             phone="0182335186", age=72, specialties=["眼科"], prefectures=["秋田県"],
             employment=["part_time"])
    add(9, "son-for-ophthalmologist-akita-eucjp", "doctor",
        "text/plain EUC-JP 8bit (Sylpheed); From/Subject RFC 2047 EUC-JP B", "hard",
        "Son writes for his father: name/kana (hiragana in brackets) are the father's, email the son's, phone the father's home number from the body; 七十二歳 -> 72; 週1〜2日 -> days null; 時期は先方に合わせる -> start null; 仙台市 is the son's home; closed clinic unnamed",
        eml, g)


def m010():
    mid = "b8e2d4f1-6a3c-4c19-8f2e-0d7a5b9c1e63@tosa-kazoku.example.jp"
    date = "Tue, 03 Sep 2024 21:47:52 +0900"
    body = """地域医療マッチング事務局 御中

はじめまして。浜口大輔と申します。1976年生まれ、医師になって22年目です。
現在、名古屋市の医療法人 桜水会 なごや東病院で循環器内科の医長を務めております。

定年にはまだ間がありますが、両親が高齢になってきたこともあり、
家族で郷里の高知県へ戻ることを決めました。
高知県内で、循環器内科として常勤で勤務できる病院を探しております。
県内であれば、西部・東部などの地域は問いません。

心エコーや心臓カテーテル検査のほか、心不全の患者さんの外来管理の経験がございます。
勤務開始は2025年4月1日を希望しております（現職は3月末で退職予定です）。

日中は病院におりますので、ご連絡はメールか、携帯（070-3802-6619）にお願いいたします。

--
浜口 大輔
daisuke.hamaguchi@tosa-kazoku.example.jp
"""
    hdrs = std(mid, date, addr("浜口 大輔", "daisuke.hamaguchi@tosa-kazoku.example.jp", "utf8"),
               ew("高知県での常勤勤務を希望します（循環器内科）", "utf8"), "smtp.tosa-kazoku.example.jp", "203.0.113.39",
               extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101\n Thunderbird/115.14.0"),
                      ("Content-Language", "ja")])
    eml = single(hdrs, body, "utf-8", "UTF-8", "8bit")
    g = gold(mid, "doctor", name="浜口 大輔", email="daisuke.hamaguchi@tosa-kazoku.example.jp",
             phone="07038026619", birth_year=1976, organization="医療法人 桜水会 なごや東病院",
             specialties=["循環器内科"], prefectures=["高知県"], employment=["full_time"], start="2025-04-01")
    add(10, "job-change-cardiology-kochi-utf8", "doctor",
        "text/plain UTF-8 8bit (Thunderbird, '-- ' signature separator)", "medium",
        "Mid-career cardiologist moving home (not retiring): 1976年生まれ -> 1976, 22年目 is not an age, 県内であれば地域は問いません -> 高知県 (not 全国), 2025年4月1日 -> full date, current hospital in 名古屋市 is the organization; 070 mobile",
        eml, g)


def m011():
    mid = "1734.67a1b2c3.5e9d@webmail.kibi-net.example.jp"
    date = "Thu, 12 Dec 2024 13:20:11 +0900"
    text = """地域医療マッチング事務局 ご担当者様

精神科医の村瀬ゆかりと申します。
現在、広島市内の医療法人 和光会 みどりの丘病院に常勤で勤めております。
令和7年度から今の病院での勤務を週3日に減らすことが決まり、空いた日を地域の医療に使えればと考えております。

・希望：精神科の外来（認知症外来、デイケアも可）
・形態：非常勤で週1日
・地域：岡山県か広島県の県北部
・開始：令和7年度から

車での通勤を考えております。ご検討のほど、よろしくお願いいたします。

村瀬 ゆかり
携帯：090-6624-1188
"""
    html = html_divs(text, "UTF-8")
    hdrs = std(mid, date, addr("村瀬 ゆかり", "yukari.murase@kibi-net.example.jp", "utf8"),
               ew("精神科 非常勤の登録をお願いします", "utf8"), "webmail.kibi-net.example.jp", "198.51.100.150",
               extra=[("X-Mailer", "Kibi WebMail 4.2")])
    eml = single(hdrs, html, "utf-8", "UTF-8", "quoted-printable", ctype="text/html")
    g = gold(mid, "doctor", name="村瀬 ゆかり", email="yukari.murase@kibi-net.example.jp", phone="09066241188",
             organization="医療法人 和光会 みどりの丘病院", specialties=["精神科"],
             prefectures=["岡山県", "広島県"], employment=["part_time"], days_per_week=1, start="2025-04")
    add(11, "html-only-psychiatrist-fiscal-year-qp", "doctor",
        "text/html only, UTF-8 quoted-printable (webmail, one <div> per line, <br> for blank lines); From/Subject RFC 2047 UTF-8 B", "hard",
        "Psychiatrist cutting her current job to 週3日 wants 非常勤 週1日 elsewhere: days 1 (not 3), 令和7年度 -> 2025-04 (fiscal year), 岡山県か広島県 -> both, current hospital is the organization (広島市 is where it is), 認知症外来/デイケア are not specialties",
        eml, g)


def m012():
    mid = "20240417080355.12408@www.md2-rm.example.org"
    date = "Wed, 17 Apr 2024 08:03:55 +0900"
    body = """問い合わせフォームから以下の送信がありました。

お名前：西村 美智子
フリガナ：ﾆｼﾑﾗ ﾐﾁｺ
年齢：
メールアドレス：michiko.nishimura@kurume-net.example.jp
電話番号：0942-38-2205
所属：
診療科：呼吸器内科
希望地域：九州・沖縄
勤務形態：非常勤・スポット
開始時期：随時
メッセージ：
昨年まで久留米の病院で呼吸器内科の外来を担当しておりました。
離島や山間部の巡回診療のような形でも構いませんので、結核やCOPDの患者さんの診療でお役に立てればと思います。
月に数日程度を考えています。

----------------------------------------
送信元IP：203.0.113.55
送信日時：2024/04/17 08:03:54
"""
    hdrs = [("Return-Path", "<webmaster@md2-rm.example.org>"),
            ("Received", "(from nobody@localhost)\n\tby www.md2-rm.example.org (8.15.2/8.15.2/Submit) id 43GN3tMq012408;\n\t%s" % recv_date(date, 0)),
            ("Date", date),
            ("From", "webmaster@md2-rm.example.org"),
            ("To", INBOX),
            ("Subject", ew("[問い合わせフォーム] 医師登録", "sjis")),
            ("Message-ID", "<%s>" % mid),
            ("X-Mailer", "FormMail.cgi Ver1.92")]
    eml = single(hdrs, body, "shift_jis", "Shift_JIS", "8bit")
    g = gold(mid, "doctor", name="西村 美智子", name_kana="ニシムラ ミチコ",
             email="michiko.nishimura@kurume-net.example.jp", phone="0942382205",
             specialties=["呼吸器内科"], prefectures=KYUSHU_OKINAWA, employment=["part_time", "spot"])
    add(12, "cgi-form-respiratory-kyushu-okinawa-sjis", "doctor",
        "text/plain Shift_JIS 8bit from an old FormMail CGI (label：value), half-width katakana フリガナ; bare From of the web server", "medium",
        "Form with empty 年齢/所属 fields: half-width ﾆｼﾑﾗ ﾐﾁｺ -> ニシムラ ミチコ, 九州・沖縄 -> 8 prefectures, 非常勤・スポット -> part_time+spot, 随時 -> start null, 月に数日 -> days null; email/phone from the body, not the webmaster From",
        eml, g)


def m013():
    mid = "20241016182240.A41C.6E2D7F90@michinoku-mail.example.jp"
    date = "Wed, 16 Oct 2024 18:22:40 +0900"
    body = """地域医療マッチング事務局 ご担当者様

仙台みなと病院 麻酔科の工藤隆と申します。六十六歳です。
定年後も嘱託として週4日勤務しておりますが、空いている曜日や土曜日に、
麻酔科医が足りない病院の手術麻酔をお手伝いできればと思い、ご連絡しました。

常勤や定期の非常勤ではなく、単発（スポット）での勤務を希望します。
場所は宮城県内か、山形県の庄内・置賜あたりまでなら日帰りで伺えます。
12月からお受けできます。

よろしくお願いいたします。

工藤 隆
仙台みなと病院 麻酔科
TEL 022-258-7140（医局）
"""
    hdrs = std(mid, date, addr("工藤 隆", "kudo.takashi@michinoku-mail.example.jp", "jis"),
               ew("麻酔科スポット勤務の希望"), "mail.michinoku-mail.example.jp", "198.51.100.17",
               extra=[("X-Mailer", "Becky! ver. 2.75.01 [ja]")])
    eml = single(hdrs, body, "iso2022_jp", "ISO-2022-JP", "7bit")
    g = gold(mid, "doctor", name="工藤 隆", email="kudo.takashi@michinoku-mail.example.jp", phone="0222587140",
             age=66, organization="仙台みなと病院", specialties=["麻酔科"], prefectures=["宮城県", "山形県"],
             employment=["spot"], start="2024-12")
    add(13, "anesthesia-spot-miyagi-yamagata-jis", "doctor",
        "text/plain ISO-2022-JP 7bit (Becky!)", "medium",
        "Anaesthesiologist still on a 嘱託 contract (週4日) wants one-off surgery shifts: spot only (常勤/非常勤 are ruled out, 週4日 is his current job -> days null), 六十六歳 -> 66, 宮城県 + 山形県 (庄内・置賜), 12月 in Oct 2024 -> 2024-12, workplace without department",
        eml, g)


def m014():
    mid = "5d0e8c3a-91b7-4f26-a4d3-e6c2b1f07a95@mito-occ.example.jp"
    date = "Mon, 03 Jun 2024 16:05:12 +0900"
    quoted = """飯島 昭彦 様

お世話になっております。事務局の上原です。
ご登録ありがとうございました。ご紹介先を探すにあたり、
生年、現在のご勤務先、ご希望の業務内容・勤務地・日数をお知らせください。

""" + SEC_SIG
    body = """事務局 上原様

ご連絡ありがとうございます。飯島です。
お尋ねの件、次のとおりです。

生年は昭和35年です。
現在は水戸市の株式会社ひたち精機で専属産業医をしておりますが、
6月末で退職し、7月からは嘱託で週2日ほど働ければと考えております。
内容は健診（巡回健診・人間ドック）か、嘱託産業医を希望します。
茨城県か栃木県でお願いできればありがたいです。

以上、よろしくお願いいたします。

飯島 昭彦
TEL 029-224-6630

2024/05/31 17:42 に 地域医療マッチング事務局 さんは書きました:
""" + quote(quoted) + "\n"
    hdrs = std(mid, date, addr("飯島 昭彦", "iijima@mito-occ.example.jp", "jis"),
               "Re: " + ew("【地域医療マッチング事務局】ご希望条件のお伺い"), "mail.mito-occ.example.jp", "203.0.113.140",
               extra=[("In-Reply-To", "<ask.20240531174201.2290@md2-rm.example.org>"),
                      ("References", "<ask.20240531174201.2290@md2-rm.example.org>"),
                      ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101\n Thunderbird/115.11.0"),
                      ("Content-Language", "ja")])
    eml = single(hdrs, body, "iso2022_jp", "ISO-2022-JP", "7bit", extra="; format=flowed; delsp=yes")
    g = gold(mid, "doctor", name="飯島 昭彦", email="iijima@mito-occ.example.jp", phone="0292246630",
             birth_year=1960, organization="株式会社ひたち精機", specialties=["健診", "産業医"],
             prefectures=["茨城県", "栃木県"], employment=["part_time"], days_per_week=2, start="2024-07")
    add(14, "thunderbird-ja-quote-occupational-jis", "doctor",
        "text/plain ISO-2022-JP 7bit, format=flowed; Thunderbird reply with the Japanese attribution 'YYYY/MM/DD HH:MM に … さんは書きました:' and '> ' quote", "medium",
        "Occupational physician answers in prose: 生年は昭和35年 -> 1960, 嘱託で週2日ほど -> part_time/2, 7月から in Jun 2024 -> 2024-07, 巡回健診・人間ドック -> 健診 + 嘱託産業医 -> 産業医, company is the organization; the quote holds the secretariat phone",
        eml, g)


def m015():
    mid = "CAGt1pW5nYb8Kd3Qz0xR7mV2cF9hL4sJ6eA1uN8oT3iB5gD0kZ@mail.gmail.example.com"
    date = "Sun, 27 Oct 2024 22:10:03 +0900"
    text = """地域医療マッチング事務局
ご担当者様

産婦人科医の桑原真理子と申します。62歳になりました。
福岡市内の総合病院で長く周産期医療に携わってまいりましたが、
分娩の現場からは今年度で退くことにいたしました。

今後は、婦人科の外来や更年期外来などを中心に、
医師の少ない地域で働ければと考えております。
特に鹿児島県の奄美群島には以前応援に行ったことがあり、ご縁を感じております。

非常勤で週3日、勤務開始は2025年春ごろを考えております。
住居のご用意がある先ですと大変助かります。

どうぞよろしくお願いいたします。

桑原 真理子
"""
    hdrs = std(mid, date, addr("桑原真理子", "mariko.kuwabara.obgyn@gmail.example.com", "utf8"),
               ew("奄美群島での勤務について", "utf8"), "mail-yw1-f177.google.example.com", "209.85.128.177")
    parts = [leaf(text, "utf-8", '"UTF-8"', "base64"),
             leaf(gmail_html(text), "utf-8", '"UTF-8"', "base64", "text/html")]
    eml = multipart(hdrs, "alternative", "0000000000004f8e2c06256a91d3", parts)
    g = gold(mid, "doctor", name="桑原 真理子", email="mariko.kuwabara.obgyn@gmail.example.com", age=62,
             specialties=["産婦人科"], prefectures=["鹿児島県"], employment=["part_time"], days_per_week=3)
    add(15, "gmail-obgyn-amami-spring-utf8", "doctor",
        "multipart/alternative (Gmail): text/plain + text/html, both UTF-8 base64; From display name without a space", "medium",
        "Obstetrician leaving deliveries: 62歳, 婦人科/産婦人科 -> 産婦人科, 奄美群島 with 鹿児島県 named, 非常勤 週3日, 2025年春ごろ -> start null (no month); 福岡市 is her current city, hospital unnamed -> organization null; no phone",
        eml, g)


def m016():
    mid = "000601db6d55$e2a4b1c0$a7ee1540$@koshiji-chuo.example.jp"
    date = "Thu, 23 Jan 2025 12:40:19 +0900"
    body = """地域医療マッチング事務局 御中

こしじ中央病院 脳神経外科の及川哲也と申します。
本年3月で定年を迎えるにあたり、その後の勤務先についてご相談させてください。

脳外科の手術からは離れるつもりですが、脳卒中の慢性期の管理や、
頭痛・めまいの外来、一般内科の外来であれば続けたいと思っております。
新潟県内の中山間地か、長野県の北部で、当直の少ない常勤の職場があればと考えております。

以下、教えていただけますでしょうか。
1. 当直の回数はどの程度が一般的でしょうか
2. 住宅の補助がある病院はありますか
3. 登録から勤務開始まで、どのくらいの期間がかかりますか

勤務開始は令和7年4月を希望しております。
お忙しいところ恐縮ですが、よろしくお願いいたします。

及川 哲也
こしじ中央病院 脳神経外科
〒949-5406 新潟県長岡市浦3211-8
TEL 0258-92-3110 / FAX 0258-92-3119
"""
    hdrs = std(mid, date, addr("及川 哲也", "t-oikawa@koshiji-chuo.example.jp", "jis"),
               ew("常勤先のご紹介についての問い合わせ"), "mail.koshiji-chuo.example.jp", "198.51.100.94",
               extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdttVeKksaXn7hVAR2a2eIcpZ0E3Ww=="),
                      ("Content-Language", "ja")])
    eml = single(hdrs, body, "iso2022_jp", '"iso-2022-jp"', "quoted-printable")
    g = gold(mid, "doctor", name="及川 哲也", email="t-oikawa@koshiji-chuo.example.jp", phone="0258923110",
             organization="こしじ中央病院", specialties=["脳神経外科", "内科"], prefectures=["新潟県", "長野県"],
             employment=["full_time"], start="2025-04")
    add(16, "neurosurgeon-questions-jis-qp", "doctor",
        "text/plain ISO-2022-JP sent quoted-printable (Outlook; ESC bytes as =1B)", "hard",
        "Retiring neurosurgeon asks about conditions before registering: 脳外科 + 一般内科 -> 脳神経外科/内科, 新潟県 + 長野県, 当直の少ない常勤 -> full_time only (当直 is asked about, not wanted), 令和7年4月 -> 2025-04; numbered questions are not data; TEL before FAX; his own hospital's address is not a wish",
        eml, g)


def m017():
    mid = "OS3P286MB2190E4A7C1D95B0F83E6A2C4B7D1@OS3P286MB2190.JPNP286.PROD.OUTLOOK.example.com"
    date = "Sat, 09 Mar 2024 06:58:40 +0900"
    body = """事務局 ご担当者様

先日登録させていただいた松岡です。
その後家族と相談し、条件を少し変えたいと思いご連絡しました。

・常勤ではなく、非常勤（週4日）でお願いします
・地域は徳島県だけでなく、香川県も可とします
・開始は予定どおり5月からで大丈夫です

診療科は前回お伝えしたとおり腎臓内科で、透析管理も引き続き対応できます。
よろしくお願いします。

松岡 修一
090-4410-7783

Outlook for iOS を入手
"""
    hdrs = std(mid, date, addr("松岡 修一", "s.matsuoka@kibi-mail.example.jp", "utf8"),
               "Re: " + ew("ご登録ありがとうございました", "utf8"),
               "mail-os0jpn01on2090.outbound.protection.outlook.example.com", "52.101.156.90",
               extra=[("In-Reply-To", "<welcome.20240301110533.4471@md2-rm.example.org>"),
                      ("References", "<welcome.20240301110533.4471@md2-rm.example.org>"),
                      ("X-Mailer", "Outlook for iOS")])
    eml = single(hdrs, body, "utf-8", '"utf-8"', "quoted-printable")
    g = gold(mid, "doctor", name="松岡 修一", email="s.matsuoka@kibi-mail.example.jp", phone="09044107783",
             specialties=["腎臓内科", "透析"], prefectures=["徳島県", "香川県"], employment=["part_time"],
             days_per_week=4, start="2024-05")
    add(17, "update-conditions-nephrology-outlook-ios-utf8qp", "doctor",
        "text/plain UTF-8 quoted-printable (Outlook for iOS); 'Re:' Subject with In-Reply-To, nothing quoted", "medium",
        "Registered doctor changes his conditions: 常勤ではなく、非常勤（週4日） -> part_time only/4 days, 徳島県 + 香川県, 5月から in Mar 2024 -> 2024-05, 腎臓内科 + 透析管理 -> 腎臓内科/透析; mobile footer is not a name",
        eml, g)


def m018():
    mid = "20241122153327.7B90.2C4E6A81@yamato-net.example.jp"
    date = "Fri, 22 Nov 2024 15:33:27 +0900"
    body = """地域医療マッチング事務局 ご担当者様

奈良県橿原市で耳鼻咽喉科を開業しております、宮本義雄と申します。
昭和29年生まれの70歳で、後を継ぐ者もおりませんので、本年12月末で医院を閉じることにいたしました。

閉院後も、体力の続く限り診療を続けたいと考えております。
県内でも十津川村や五條市など南部の地域は耳鼻科が少ないと聞いております。
奈良県の南部で、週2日程度、外来を担当させていただける所があればご紹介ください。
2025年1月以降であれば、いつでも始められます。

どうぞよろしくお願いいたします。

みやもと耳鼻咽喉科医院
院長　宮本 義雄
〒634-0078 奈良県橿原市八木町2-6-11
TEL 0744-22-4871
"""
    hdrs = std(mid, date, addr("みやもと耳鼻咽喉科医院", "miyamoto-jibika@yamato-net.example.jp", "jis"),
               ew("閉院後の勤務について（耳鼻咽喉科）"), "smtp.yamato-net.example.jp", "203.0.113.171",
               extra=[("X-Mailer", "Microsoft Windows Live Mail 16.4.3528.331")])
    eml = single(hdrs, body, "iso2022_jp", "iso-2022-jp", "7bit")
    g = gold(mid, "doctor", name="宮本 義雄", email="miyamoto-jibika@yamato-net.example.jp", phone="0744224871",
             age=70, birth_year=1954, organization="みやもと耳鼻咽喉科医院", specialties=["耳鼻咽喉科"],
             prefectures=["奈良県"], employment=["part_time"], days_per_week=2, start="2025-01")
    add(18, "ent-closing-clinic-nara-jis", "doctor",
        "text/plain ISO-2022-JP 7bit (Windows Live Mail); From display name is the clinic", "medium",
        "ENT doctor closing his clinic: 昭和29年生まれの70歳 -> 1954 and 70, 週2日程度 -> part_time/2 (no 非常勤 word), 2025年1月以降 -> 2025-01 (12月末 is the closure), 奈良県 南部; his own clinic is the (last) workplace; 院長 is a role, not part of the name",
        eml, g)


def m019():
    mid = "20241008110514.5D3E.1F6A9B20@kubiki-med.example.jp"
    date = "Tue, 08 Oct 2024 11:05:14 +0900"
    body = """地域医療マッチング事務局
ご担当者様

いつもお世話になっております。
新潟県の頸城医師会 事務局の竹内と申します。

当会の会員の先生から、医師の少ない地域での勤務について相談を受けました。
ご本人はメールに不慣れとのことで、了承を得て、私から代わりにご連絡いたします。

　氏名：丸山 光男 先生（63歳）
　専門：消化器外科、一般外科
　現在：上越市内の病院に勤務（来年3月で退職予定）
　希望地域：長野県または群馬県
　希望形態：常勤
　開始時期：2025年4月
　連絡先：ご自宅 025-524-3917

今後の連絡は、ご本人のご自宅へお電話いただくか、当会事務局宛てにメールをいただければお伝えいたします。
何卒よろしくお願い申し上げます。

一般社団法人 頸城医師会 事務局
竹内 恵
TEL 025-522-0461
"""
    hdrs = std(mid, date, addr("頸城医師会 事務局", "office@kubiki-med.example.jp", "jis"),
               ew("会員の先生の勤務希望についてのご相談"), "mail.kubiki-med.example.jp", "192.0.2.140",
               rp="office@kubiki-med.example.jp")
    eml = single(hdrs, body, "iso2022_jp", "ISO-2022-JP", "7bit")
    g = gold(mid, "doctor", name="丸山 光男", email="office@kubiki-med.example.jp", phone="0255243917", age=63,
             specialties=["消化器外科", "外科"], prefectures=["長野県", "群馬県"], employment=["full_time"],
             start="2025-04")
    add(19, "med-assoc-for-member-surgeon-jis", "doctor",
        "text/plain ISO-2022-JP 7bit", "hard",
        "A medical association clerk writes for a member surgeon: person fields are the physician's (丸山 光男, 63歳, no 先生), email the association's From, phone the physician's home number given as 連絡先 (before the clerk's TEL); 一般外科 -> 外科; 上越市 hospital unnamed -> organization null; 来年3月 is the retirement, 2025年4月 the start",
        eml, g)


def m020():
    mid = "TYCP286MB1457D3A2F9E04B7C61A8D5E2F0B9@TYCP286MB1457.JPNP286.PROD.OUTLOOK.example.com"
    date = "Mon, 25 Nov 2024 19:44:02 +0900"
    body = """地域医療マッチング事務局 ご担当者様

札幌市の荒井和博と申します。61歳、内科医です。
昨年まで札幌北辰病院で総合内科の部長をしておりました。
道北（稚内、名寄、士別など）での常勤勤務を検討しており、
応募の前に、いくつか教えていただきたいことがございます。

①　年俸の目安はどの程度でしょうか
②　医師住宅（単身用）の用意がある病院はありますか
③　冬季の通勤（車）はどの程度大変でしょうか

訪問診療の経験もありますので、在宅医療に力を入れている所であればなお嬉しいです。
勤務開始は来春を考えています。

荒井 和博
携帯：080－6621－4470
"""
    hdrs = std(mid, date, addr("荒井 和博", "k.arai@sapporo-home.example.jp", "cp932"),
               ew("道北での勤務条件について教えてください", "cp932"),
               "mail-ty2jpn01on2102.outbound.protection.outlook.example.com", "52.101.229.102",
               extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ja-JP")])
    eml = single(hdrs, body, "cp932", '"shift_jis"', "8bit")
    g = gold(mid, "doctor", name="荒井 和博", email="k.arai@sapporo-home.example.jp", phone="08066214470",
             age=61, organization="札幌北辰病院", specialties=["内科", "在宅医療"], prefectures=["北海道"],
             employment=["full_time"])
    add(20, "hokkaido-doho-questions-cp932-as-sjis", "doctor",
        "text/plain labelled charset=\"shift_jis\" but CP932 8bit (① ② ③ and the full-width hyphen － are not in Shift_JIS); headers the same", "hard",
        "Internist asks about pay, housing and winter commuting before applying: 道北 (稚内/名寄/士別) -> 北海道, 61歳, 総合内科 -> 内科, 訪問診療/在宅医療 -> 在宅医療, 来春 -> start null; ①-③ are questions, not data; phone with full-width hyphens",
        eml, g)


# ===================================================================== hospital

def m021():
    mid = "20240905101245.0C3A.47E1B9D2@esashi-hamanasu.example.jp"
    date = "Thu, 05 Sep 2024 10:12:45 +0900"
    body = """ドクターセカンドキャリア 地域医療マッチング事務局 御中

初秋の候、貴事務局におかれましてはますますご清栄のこととお慶び申し上げます。
北海道枝幸郡枝幸町の町立はまなす病院で事務長を務めております、佐々木健吾と申します。

当院はオホーツク海沿いの人口約７，０００人の町にある、病床数４８床の町立病院です。
現在、常勤医３名で外来・病棟・救急を担っておりますが、
外科の常勤医が不在となって２年が経ち、町内で手術や外傷の処置ができない状況が続いております。

　募集科目：外科　１名
　勤務形態：常勤（任期は１年から、更新可）
　勤務開始：令和７年４月１日
　待　　遇：年俸はご経験により相談。医師住宅（戸建て）を無償で貸与します。
　そ の 他：定年は７０歳ですが、それ以上の年齢の先生もご相談ください。

ご紹介いただける先生がいらっしゃいましたら、ご連絡いただければ幸いです。
何卒よろしくお願い申し上げます。

━━━━━━━━━━━━━━━━━━━━━━
町立はまなす病院　事務長　佐々木 健吾
〒098-5807　北海道枝幸郡枝幸町本町８２１
ＴＥＬ：０１６３−６２−１１４５
ＦＡＸ：０１６３−６２−１１４６
━━━━━━━━━━━━━━━━━━━━━━
"""
    hdrs = std(mid, date, addr("町立はまなす病院 事務長 佐々木", "jimu@esashi-hamanasu.example.jp", "jis"),
               ew("外科常勤医師の募集について（町立はまなす病院）"), "mail.esashi-hamanasu.example.jp", "192.0.2.33",
               extra=[("X-Mailer", "Becky! ver. 2.81.04 [ja]")])
    eml = single(hdrs, body, "iso2022_jp", "ISO-2022-JP", "7bit")
    g = gold(mid, "hospital", name="佐々木 健吾", email="jimu@esashi-hamanasu.example.jp", phone="0163621145",
             organization="町立はまなす病院", specialties=["外科"], prefectures=["北海道"], municipality="枝幸町",
             employment=["full_time"], start="2025-04-01")
    add(21, "town-hospital-esashi-surgeon-jis", "hospital",
        "text/plain ISO-2022-JP 7bit; full-width digits and commas, U+2212 − in TEL/FAX; From/Subject RFC 2047 ISO-2022-JP B", "easy",
        "Formal letter from a town hospital: 外科 常勤 from 令和７年４月１日 (full-width digits) -> 2025-04-01; 枝幸町 written after 枝幸郡; ７，０００人/４８床/３名/２年/任期１年/定年７０歳 are not data; TEL before FAX",
        eml, g)


def m022():
    mid = "000d01db09a3$5c7f2e10$163d8a30$@otoyo-town.example.jp"
    date = "Wed, 18 Sep 2024 14:27:36 +0900"
    body = """地域医療マッチング事務局
ご担当者様

高知県長岡郡大豊町の大豊町国保東部診療所で事務を担当しております、和田と申します。

当診療所は町が運営するへき地診療所で、常勤の医師１名で外来と訪問診療を行っております。
山あいの集落に通院の難しいご高齢の方が多く、訪問診療の依頼が増える一方で、
所長１人では回りきれなくなってまいりました。

つきましては、訪問診療を担当していただける先生を募集しております。

・内容：在宅の患者さんへの訪問診療（看護師と公用車で伺います）
・勤務：非常勤、週１日（木曜日を予定）
・開始：令和６年１１月から
・報酬：日額制（町の規定によります）

年齢は問いません。ご紹介いただける先生がいらっしゃいましたら、ぜひお願いいたします。

大豊町国保東部診療所　事務担当　和田 純子
TEL 0887-72-0381
"""
    hdrs = std(mid, date, addr("大豊町国保東部診療所 和田", "toubu-shinryo@otoyo-town.example.jp", "jis"),
               ew("訪問診療を担当いただける医師の募集について"), "mail.otoyo-town.example.jp", "192.0.2.71",
               extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdsJo1x/LhAWPYowRvm1m9dQ8nRkPQ=="),
                      ("Content-Language", "ja")])
    eml = single(hdrs, body, "iso2022_jp", '"iso-2022-jp"', "quoted-printable")
    g = gold(mid, "hospital", name="和田 純子", email="toubu-shinryo@otoyo-town.example.jp", phone="0887720381",
             organization="大豊町国保東部診療所", specialties=["在宅医療"], prefectures=["高知県"],
             municipality="大豊町", employment=["part_time"], days_per_week=1, start="2024-11")
    add(22, "town-clinic-otoyo-home-visits-jis-qp", "hospital",
        "text/plain ISO-2022-JP sent quoted-printable (Outlook); full-width digits", "medium",
        "Town-run remote clinic wants a part-time doctor for home visits: 訪問診療 -> 在宅医療, 非常勤 週１日 -> part_time/1, 令和６年１１月 -> 2024-11, 大豊町 after 長岡郡; 常勤の医師１名 describes the clinic, 年齢は問いません is not an age",
        eml, g)


def m023():
    mid = "TY3P286MB2618A0E5D7C94F1B28E3D6A7C5F0@TY3P286MB2618.JPNP286.PROD.OUTLOOK.example.com"
    date = "Mon, 11 Nov 2024 00:15:42 +0000"
    subj = "非常勤医師（週2日）募集のお願い（介護医療院 とおの）"
    body = """地域医療マッチング事務局 御中

はじめてご連絡いたします。
岩手県遠野市の医療法人 遠野愛育会 介護医療院 とおので事務長をしております、德永と申します。

当院は定員６０名の介護医療院で、現在は常勤医１名で入所者の診療にあたっておりますが、
常勤医の負担を減らすため、非常勤でお手伝いいただける先生を探しております。

①業務：入所者の回診、処方、ご家族への病状説明
②勤務：非常勤 週２日（火・金の８:３０～１７:１５）
③開始：２０２５年１月から
④報酬：日給８万円（交通費別途）
⑤その他：当直・オンコールはございません

定年退職後の先生にも、無理なくお勤めいただける環境です。
ご紹介いただけましたら幸いです。

医療法人 遠野愛育会 介護医療院 とおの
事務長　德永 由紀
TEL：0198－62－5570
"""
    msname = lambda s: ew(s, "msjis")
    hdrs = std(mid, date, addr("德永 由紀", "y-tokunaga@tono-aiikukai.example.jp", "msjis"), msname(subj),
               "JPN01-OS0-obe.outbound.protection.outlook.example.com", "52.101.156.44",
               extra=[("Thread-Topic", msname(subj)), ("Thread-Index", "AQHbM9K1wRzP0mJ5TkW2q8nV3bX7Yg=="),
                      ("Accept-Language", "ja-JP, en-US"), ("Content-Language", "ja-JP"),
                      ("X-MS-Has-Attach", ""), ("X-Mailer", "Microsoft Outlook 16.0")])
    eml = single(hdrs, body, "ms-iso2022jp", '"iso-2022-jp"', "7bit")
    g = gold(mid, "hospital", name="德永 由紀", email="y-tokunaga@tono-aiikukai.example.jp", phone="0198625570",
             organization="医療法人 遠野愛育会 介護医療院 とおの", specialties=["老健・介護施設"],
             prefectures=["岩手県"], municipality="遠野市", employment=["part_time"], days_per_week=2,
             start="2025-01")
    add(23, "care-medical-institution-tono-msjis", "hospital",
        "text/plain labelled iso-2022-jp with Microsoft extensions (德 ① ～ －) via cp932->JIS; Subject/From/Thread-Topic the same; Date +0000 (09:15 JST)", "hard",
        "介護医療院 seeks a part-time doctor: 介護医療院 -> 老健・介護施設, 非常勤 週２日 -> part_time/2, ２０２５年１月から -> 2025-01, ①-⑤ list, 定員６０名/常勤医１名/日給/8:30～17:15 are not data, 当直 appears only as 'none'; 德 stays after NFKC",
        eml, g)


def m024():
    mid = "20240820164809.6A2F.3D8C1E75@minamisatsuma-hp.example.jp"
    date = "Tue, 20 Aug 2024 16:48:09 +0900"
    body = """地域医療マッチング事務局 ご担当者様

突然のご連絡にて失礼いたします。
鹿児島県南さつま市にございます、医療法人 薩南会 加世田なぎさ病院の総務課長、前原と申します。

当院は病床１２０床、地域の救急告示病院でございますが、
整形外科の常勤医が本年９月末で退職されることとなり、後任の先生を探しております。
あわせて、内科外来を非常勤でご担当いただける先生も募集しております。

【募集１】整形外科　常勤　１名
【募集２】内科　非常勤（外来・曜日はご相談）　１名
【開始時期】令和６年１０月（ご事情により相談可）
【住宅】病院借上げの住宅をご用意いたします

高齢化が進む地域で、膝や腰の痛みを抱える患者さんが大変多くいらっしゃいます。
ご紹介いただけますよう、よろしくお願い申し上げます。

医療法人 薩南会 加世田なぎさ病院
総務課長　前原 浩之
TEL 0993-52-3100　FAX 0993-52-3101
"""
    hdrs = std(mid, date, addr("加世田なぎさ病院 総務課", "soumu@minamisatsuma-hp.example.jp", "sjis"),
               ew("整形外科常勤医・内科非常勤医募集のお願い", "sjis"), "mail.minamisatsuma-hp.example.jp", "203.0.113.83",
               extra=[("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931")])
    eml = single(hdrs, body, "shift_jis", "Shift_JIS", "8bit")
    g = gold(mid, "hospital", name="前原 浩之", email="soumu@minamisatsuma-hp.example.jp", phone="0993523100",
             organization="医療法人 薩南会 加世田なぎさ病院", specialties=["整形外科", "内科"],
             prefectures=["鹿児島県"], municipality="南さつま市", employment=["full_time", "part_time"],
             start="2024-10")
    add(24, "hospital-two-posts-minamisatsuma-sjis", "hospital",
        "text/plain Shift_JIS 8bit (Outlook Express); full-width digits; From/Subject RFC 2047 Shift_JIS B", "medium",
        "Hospital recruits two posts at once: 整形外科 常勤 + 内科 非常勤 -> both specialties and full_time+part_time, no day count; 令和６年１０月 -> 2024-10 (９月末 is the predecessor leaving); 病床１２０床 is not data; organization with legal prefix",
        eml, g)


def m025():
    mid = "20241113093850.8E1B.5A07C3F4@neba-village.example.jp"
    date = "Wed, 13 Nov 2024 09:38:50 +0900"
    body = """地域医療マッチング事務局 御中

長野県下伊那郡根羽村役場 住民福祉課の熊谷と申します。
当村は人口９００人ほどの山村で、村内に小児科の医療機関がございません。

村では乳幼児健診（４か月児・１歳６か月児・３歳児）を年６回、保健センターで実施しておりますが、
これまでお願いしていた小児科の先生がご引退され、来年度の健診を担当いただける先生を探しております。

【募集内容】
　・業務：乳幼児健診の診察（１回あたり午後の３時間程度）
　・勤務：年６回の単発（スポット）勤務
　・開始：来年度から
　・報酬：１回あたり５万円（交通費・宿泊費は村が負担します）

小児科の先生のほか、乳幼児健診のご経験がある先生であればご相談ください。
ご紹介いただける方がいらっしゃいましたら、ご連絡をお願いいたします。

根羽村役場 住民福祉課 保健係
熊谷 宏
電話 0265-49-2103
"""
    hdrs = std(mid, date, addr("根羽村役場 住民福祉課", "fukushi@neba-village.example.jp", "euc"),
               ew("乳幼児健診を担当いただける医師の募集について", "euc"), "mail.neba-village.example.jp", "192.0.2.201",
               extra=[("X-Mailer", "Sylpheed 3.4.3 (GTK+ 2.10.14; i686-pc-mingw32)")])
    eml = single(hdrs, body, "euc_jp", "EUC-JP", "8bit")
    g = gold(mid, "hospital", name="熊谷 宏", email="fukushi@neba-village.example.jp", phone="0265492103",
             organization="根羽村役場", specialties=["健診", "小児科"], prefectures=["長野県"],
             municipality="根羽村", employment=["spot"], start="2025-04")
    add(25, "village-office-infant-checkups-eucjp", "hospital",
        "text/plain EUC-JP 8bit (Sylpheed); full-width digits; From/Subject RFC 2047 EUC-JP B", "medium",
        "Village office recruits for infant health checks: 乳幼児健診 -> 健診 + 小児科, 年６回の単発（スポット） -> spot, no days, 来年度 in Nov 2024 -> 2025-04; organization is the village office without its section; ４か月児/３歳児/人口９００人 are not ages or data",
        eml, g)


def m026():
    mid = "20250131175521.4C0D.9B2E7A16@nagato-city-hp.example.jp"
    date = "Fri, 31 Jan 2025 17:55:21 +0900"
    html = """<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>td{border:1px solid #999;padding:4px 8px}</style></head>
<body style="font-family:'MS PGothic',sans-serif">
<p>地域医療マッチング事務局 御中</p>
<p>平素より大変お世話になっております。<br>
山口県長門市の長門市立中央病院 総務課の藤井でございます。</p>
<p>当院では、下記のとおり医師を募集しております。<br>
貴事業にご登録の先生方にご紹介いただけますと幸いです。</p>
<table cellspacing="0">
<tr><td>募集科</td><td>勤務形態</td><td>人数</td></tr>
<tr><td>泌尿器科</td><td>常勤</td><td>1名</td></tr>
<tr><td>眼科</td><td>非常勤（週1日・外来）</td><td>1名</td></tr>
</table>
<p>勤務開始：2025年4月<br>
住宅：医師公舎あり（単身・家族向けとも）</p>
<p>見学も随時受け付けております。ご不明な点は下記までお問い合わせください。</p>
<p>長門市立中央病院 総務課 医師招へい担当<br>
藤井&nbsp;克也<br>
TEL&nbsp;0837-22-3311（代表）</p>
</body>
</html>
"""
    hdrs = std(mid, date, addr("長門市立中央病院 総務課", "soumu@nagato-city-hp.example.jp", "utf8"),
               ew("泌尿器科（常勤）・眼科（非常勤）医師募集のご案内", "utf8"), "mail.nagato-city-hp.example.jp", "192.0.2.58")
    eml = single(hdrs, html, "utf-8", "utf-8", "base64", ctype="text/html")
    g = gold(mid, "hospital", name="藤井 克也", email="soumu@nagato-city-hp.example.jp", phone="0837223311",
             organization="長門市立中央病院", specialties=["泌尿器科", "眼科"], prefectures=["山口県"],
             municipality="長門市", employment=["full_time", "part_time"], days_per_week=1, start="2025-04")
    add(26, "city-hospital-html-table-nagato-b64", "hospital",
        "text/html only, UTF-8 base64, conditions in a <table>; name split by &nbsp;; From/Subject RFC 2047 UTF-8 B", "medium",
        "City hospital recruits 泌尿器科 常勤 and 眼科 非常勤（週1日）: both specialties, full_time+part_time, days 1 (the only day count), 2025年4月; header row and 1名 are not data; (代表) after the phone",
        eml, g)


def m027():
    mid = "CALw8mT2vN5qB0xK7dR3yH9cZ1pG4sF6eJ2uA8oM5iW3tL0bQy@mail.gmail.example.com"
    date = "Tue, 24 Sep 2024 12:03:44 +0900"
    attribution = "2024年9月20日(金) 15:31 地域医療マッチング事務局 <md@md2-rm.example.org>:"
    quoted = """公立はくさん病院
吉村 千尋 様

お世話になっております。事務局の上原です。
先日はお電話をありがとうございました。
掲載にあたり、以下をご確認いただけますでしょうか。

・募集診療科（外科の常勤と、消化器内科の非常勤の2件と伺っております）
・非常勤の場合の曜日・日数
・開始時期

""" + SEC_SIG
    text = """地域医療マッチング事務局
上原様

お世話になっております。公立はくさん病院の吉村です。
ご確認いただいた件、院長とも相談のうえ、以下の内容で掲載をお願いいたします。

・診療科：消化器内科（上部内視鏡検査が中心です）
・勤務形態：非常勤、週1日（水曜日）
・開始時期：11月から
・報酬：日給制（詳細は面談時にご説明いたします）

なお、先日お伝えした外科の常勤医の募集は、大学からの派遣が決まりましたので取り下げさせてください。

よろしくお願いいたします。

公立はくさん病院 医事課
吉村 千尋
〒920-2141 石川県白山市鶴来本町4-120
076-272-1180
"""
    plain = text + "\n" + attribution + "\n\n" + quote(quoted) + "\n"
    hdrs = std(mid, date, addr("吉村 千尋", "yoshimura@hakusan-hp.example.jp", "utf8"),
               "Re: " + ew("【地域医療マッチング事務局】求人内容の確認のお願い", "utf8"),
               "mail-pf1-f170.google.example.com", "209.85.210.170",
               extra=[("In-Reply-To", "<job.20240920153104.7716@md2-rm.example.org>"),
                      ("References", "<job.20240920153104.7716@md2-rm.example.org>")])
    parts = [leaf(plain, "utf-8", '"UTF-8"', "quoted-printable"),
             leaf(gmail_html(text, quoted, attribution), "utf-8", '"UTF-8"', "quoted-printable", "text/html")]
    eml = multipart(hdrs, "alternative", "000000000000e31c7b0622d9a5f8", parts)
    g = gold(mid, "hospital", name="吉村 千尋", email="yoshimura@hakusan-hp.example.jp", phone="0762721180",
             organization="公立はくさん病院", specialties=["消化器内科"], prefectures=["石川県"],
             municipality="白山市", employment=["part_time"], days_per_week=1, start="2024-11")
    add(27, "hospital-gmail-reply-withdraws-post-qp", "hospital",
        "multipart/alternative (Google Workspace): text/plain + text/html (gmail_quote), both UTF-8 quoted-printable; 'Re:' Subject, In-Reply-To", "hard",
        "Hospital confirms a listing in a thread: 消化器内科 非常勤 週1日, 11月から in Sep 2024 -> 2024-11; the 外科 常勤 post is withdrawn in the text and also named in the quote, so neither 外科 nor full_time; prefecture/municipality only in the signature address",
        eml, g)


def m028():
    mid = "5a3e9d71-c0f4-4b82-a6e5-2d8b1c7f0e94@hakuba-snowclinic.example.jp"
    date = "Mon, 21 Oct 2024 15:36:58 +0900"
    body = """地域医療マッチング事務局 様

はじめてご連絡いたします。
長野県北安曇郡白馬村で、冬季のみ開設している診療所「白馬スノークリニック」の事務を担当しております、太田と申します。

当クリニックはスキー場のふもとにあり、毎年１２月から３月まで、
スキーやスノーボードでけがをされた方を中心に診療しております。
例年来ていただいていた先生のご都合がつかなくなり、今シーズンの医師が不足しております。

・期間：１２月２０日から３月末まで
・勤務：１週間単位のスポット勤務（１週間だけでも可）
・診療科：整形外科または救急の先生
・宿泊：クリニック隣の宿舎をご用意します（食事付き）
・報酬：１週間５０万円

定年後の先生や、スキーのお好きな先生にご好評をいただいております。
ご紹介いただける先生がいらっしゃいましたら、よろしくお願いいたします。

白馬スノークリニック 事務担当
太田 涼子
TEL 0261-72-6601（冬季のみ）／090-2217-8853（通年）
"""
    hdrs = std(mid, date, addr("白馬スノークリニック 太田", "info@hakuba-snowclinic.example.jp", "utf8"),
               ew("冬季診療所の医師（１週間単位）募集のご相談", "utf8"), "smtp.hakuba-snowclinic.example.jp", "198.51.100.122",
               extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101\n Thunderbird/128.3.1")])
    eml = single(hdrs, body, "utf-8", "UTF-8", "quoted-printable")
    g = gold(mid, "hospital", name="太田 涼子", email="info@hakuba-snowclinic.example.jp", phone="0261726601",
             organization="白馬スノークリニック", specialties=["整形外科", "救急科"], prefectures=["長野県"],
             municipality="白馬村", employment=["spot"], start="2024-12-20")
    add(28, "ski-season-clinic-hakuba-utf8qp", "hospital",
        "text/plain UTF-8 quoted-printable (Thunderbird); full-width digits", "medium",
        "Seasonal ski-resort clinic wants week-long shifts: １週間単位のスポット -> spot, 整形外科または救急 -> 整形外科/救急科, １２月２０日から in Oct 2024 -> 2024-12-20 (３月末 is the end), 白馬村 after 北安曇郡; organization name in 「」 in the body; first phone is the clinic's",
        eml, g)


def m029():
    mid = "form.20250306141209.0043@form.md2-rm.example.org"
    date = "Thu, 06 Mar 2025 14:12:09 +0900"
    body = """求人掲載フォームから、以下の内容で申込みがありました。

【医療機関名】医療法人 潮風会 さかた北病院
【所在地】〒998-0011 山形県酒田市上安町2丁目8-3
【ご担当者名】本間 俊介
【フリガナ】ホンマ　シュンスケ
【部署・役職】事務部 人事課長
【電話番号】0234-26-7788
【メールアドレス】jinji@sakata-kita-hp.example.jp
【募集診療科】精神科
【雇用形態】常勤
【勤務開始時期】随時
【募集人数】1名
【備考】
精神科病床120床の単科病院です。精神保健指定医の先生を希望しますが、取得予定の方もご相談ください。
60代の先生も在籍しております。

────────────
このメールは送信専用アドレスから自動送信されています。
ドクターセカンドキャリア 地域医療マッチング事務局　TEL 03-6675-9919
"""
    hdrs = [("Return-Path", "<form-noreply@md2-rm.example.org>"),
            ("Received", "from web01.md2-rm.example.org (web01.md2-rm.example.org [192.0.2.80])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (MX, qid(mid), INBOX, recv_date(date, 1))),
            ("Date", date),
            ("From", addr("地域医療マッチング 求人掲載フォーム", "form-noreply@md2-rm.example.org", "utf8")),
            ("To", INBOX),
            ("Subject", ew("【求人掲載フォーム】新規のお申込み（受付番号 H-25-0043）", "utf8")),
            ("Message-ID", "<%s>" % mid),
            ("X-Mailer", "md2-rm formmailer 3.1")]
    eml = single(hdrs, body, "utf-8", "UTF-8", "base64")
    g = gold(mid, "hospital", name="本間 俊介", name_kana="ホンマ シュンスケ", email="jinji@sakata-kita-hp.example.jp",
             phone="0234267788", organization="医療法人 潮風会 さかた北病院", specialties=["精神科"],
             prefectures=["山形県"], municipality="酒田市", employment=["full_time"])
    add(29, "listing-form-psychiatry-sakata-utf8b64", "hospital",
        "text/plain UTF-8 base64; job-listing web form (【label】value); From is the form sender", "medium",
        "Hospital listing via the form: contact name/kana (katakana with a full-width space), email/phone from the fields, 精神科 常勤, 随時 -> start null, prefecture and 酒田市 from 【所在地】; 120床/1名/60代 are not data; footer phone is the secretariat's",
        eml, g)


def m030():
    mid = "20241213112638.5F0E.2A9D4C81@tsugaru-nishi.example.jp"
    date = "Fri, 13 Dec 2024 11:26:38 +0900"
    body = """地域医療マッチング事務局 ご担当者様

青森県五所川原市のつがる西総合病院、医局秘書の成田と申します。
院長の指示により、次期院長候補となる先生のご紹介をお願いしたく、ご連絡いたしました。

現院長が令和7年9月末で退任の予定となっており、その後を担っていただける先生を探しております。
院長職をお願いする都合上、内科の先生で、病院の管理・運営にご理解のある方を希望いたします。

　・職　種：院長候補（常勤）
　・診療科：内科
　・着　任：令和7年10月
　・年　齢：70歳くらいまでの先生を想定しております
　・住　宅：院長公舎あり

着任前に、非常勤として何度かお越しいただくことも可能です。
何卒よろしくお願いいたします。

つがる西総合病院 医局秘書
成田 さおり
TEL 0173-35-2121（内線 205）
"""
    hdrs = std(mid, date, addr("つがる西総合病院 医局秘書", "ikyoku@tsugaru-nishi.example.jp", "jis"),
               ew("次期院長候補（内科・常勤）のご紹介のお願い"), "mail.tsugaru-nishi.example.jp", "192.0.2.166")
    eml = single(hdrs, body, "iso2022_jp", "ISO-2022-JP", "7bit")
    g = gold(mid, "hospital", name="成田 さおり", email="ikyoku@tsugaru-nishi.example.jp", phone="0173352121",
             organization="つがる西総合病院", specialties=["内科"], prefectures=["青森県"],
             municipality="五所川原市", employment=["full_time"], start="2025-10")
    add(30, "director-successor-goshogawara-jis", "hospital",
        "text/plain ISO-2022-JP 7bit", "medium",
        "Hospital seeks a future director: 内科 常勤, 着任 令和7年10月 -> 2025-10 (令和7年9月末 is the current director leaving), 70歳くらいまで is not an age, 非常勤 visits before starting are not the post; extension after the phone",
        eml, g)


def m031():
    mid = "TYWP286MB3307B9F1E2A64C0D87F5E3A1B9C2@TYWP286MB3307.JPNP286.PROD.OUTLOOK.example.com"
    date = "Wed, 04 Dec 2024 08:40:27 +0000"
    subj = "RE: 脳神経内科の先生のご紹介について"
    body = """地域医療マッチング事務局
上原様

お世話になっております。えびの高原病院の﨑山です。
先日はお電話をいただき、ありがとうございました。
ご質問の件につきまして、院内で確認した結果をお送りいたします。

①診療科：脳神経内科（もの忘れ外来、パーキンソン病の外来）
②勤務形態：非常勤、週1日（月曜日）
③開始：2025年2月～
④交通費：鹿児島・熊本方面からの交通費は全額支給いたします

市内には脳神経内科の医師がおらず、患者さんは車で１時間以上かけて通院されています。
お力添えいただける先生がいらっしゃいましたら、ぜひお願いいたします。

───────────────────
医療法人 霧島会 えびの高原病院 総務課
﨑山 弘樹
〒889-4304 宮崎県えびの市原田3215
TEL：0984－33－2180
───────────────────

-----Original Message-----
From: 地域医療マッチング事務局 <md@md2-rm.example.org>
Sent: Tuesday, December 3, 2024 4:12 PM
To: 﨑山 弘樹 <sakiyama@ebino-kogen-hp.example.jp>
Subject: 脳神経内科の先生のご紹介について

えびの高原病院
﨑山 弘樹 様

お世話になっております。地域医療マッチング事務局の上原です。
先日お電話でお話しした件、当事務局にご登録の先生のうち、
宮崎県・鹿児島県での常勤または非常勤（週2～3日）をご希望の脳神経内科の先生がいらっしゃいます。
恐れ入りますが、勤務の形態と曜日、開始時期をお知らせいただけますでしょうか。

""" + SEC_SIG + "\n"
    msname = lambda s: ew(s, "msjis")
    hdrs = std(mid, date, addr("﨑山 弘樹", "sakiyama@ebino-kogen-hp.example.jp", "msjis"), msname(subj),
               "JPN01-TYC-obe.outbound.protection.outlook.example.com", "52.101.229.30",
               extra=[("Thread-Topic", msname("脳神経内科の先生のご紹介について")),
                      ("Thread-Index", "AQHbRTq2y3Gm8dVfQk6R1nZ0wP4cXw=="),
                      ("In-Reply-To", "<intro.20241203161207.5530@md2-rm.example.org>"),
                      ("References", "<intro.20241203161207.5530@md2-rm.example.org>"),
                      ("Accept-Language", "ja-JP, en-US"), ("Content-Language", "ja-JP"),
                      ("X-Mailer", "Microsoft Outlook 16.0")])
    eml = single(hdrs, body, "ms-iso2022jp", '"iso-2022-jp"', "7bit")
    g = gold(mid, "hospital", name="﨑山 弘樹", email="sakiyama@ebino-kogen-hp.example.jp", phone="0984332180",
             organization="医療法人 霧島会 えびの高原病院", specialties=["脳神経内科"], prefectures=["宮崎県"],
             municipality="えびの市", employment=["part_time"], days_per_week=1, start="2025-02")
    add(31, "outlook-reply-neurology-ebino-msjis", "hospital",
        "text/plain labelled iso-2022-jp with Microsoft extensions (﨑 ① ～ － ─) via cp932->JIS; English Outlook '-----Original Message-----' block; Date +0000", "hard",
        "Hospital answers the secretariat in a thread: 脳神経内科 非常勤 週1日, 2025年2月～ -> 2025-02, えびの市 from the signature address; the quote names 鹿児島県, 常勤, 週2～3日 and the secretariat phone; 鹿児島・熊本 are where travel is paid from; 﨑 in the name",
        eml, g)


def m032():
    mid = "1729900971.482913.hitachiota-mizuho@webmail.example.jp"
    date = "Sat, 26 Oct 2024 09:02:51 +0900"
    text = """地域医療マッチング事務局 御中

茨城県常陸太田市の医療法人 瑞穂会 ひたち太田病院で事務長をしております、大内と申します。

当院では昨年、緩和ケア病棟（１６床）を開設いたしましたが、
担当医が１名のみで、外来や週末の対応に無理が生じております。
緩和ケアのご経験がある先生、またはこれから取り組んでみたいとお考えの先生を募集しております。

■勤務形態：非常勤
■勤務日：週3日（曜日はご相談）
■開始時期：2024年12月
■給与：日給制（経験に応じて決定）

水戸駅からの送迎も可能です。
よろしくお願いいたします。

医療法人 瑞穂会 ひたち太田病院
事務長 大内 敏之
TEL 0294-72-8801 / FAX 0294-72-8802
"""
    html = html_divs(text, "UTF-8", "font-family:'Yu Gothic',sans-serif;font-size:14px")
    hdrs = std(mid, date, addr("ひたち太田病院 大内", "jimu@hitachiota-mizuho.example.jp", "utf8"),
               ew("緩和ケア病棟の非常勤医師募集について", "utf8"), "webmail.example.jp", "198.51.100.241",
               extra=[("User-Agent", "Roundcube Webmail/1.6.6")])
    parts = [leaf(text, "utf-8", "UTF-8", "base64"), leaf(html, "utf-8", "UTF-8", "base64", "text/html")]
    eml = multipart(hdrs, "alternative", "=_8c3f1e2a7b6d4f09a5e1c0d2b3f4a6e7", parts)
    g = gold(mid, "hospital", name="大内 敏之", email="jimu@hitachiota-mizuho.example.jp", phone="0294728801",
             organization="医療法人 瑞穂会 ひたち太田病院", specialties=["緩和ケア"], prefectures=["茨城県"],
             municipality="常陸太田市", employment=["part_time"], days_per_week=3, start="2024-12")
    add(32, "palliative-ward-hitachiota-alt-b64", "hospital",
        "multipart/alternative (Roundcube): text/plain + text/html, both UTF-8 base64; full-width digits", "easy",
        "Hospital with a new palliative-care ward: 緩和ケア 非常勤 週3日, 2024年12月; １６床/担当医が１名 are not data; 水戸 is a station, not the post; TEL before FAX",
        eml, g)


def m033():
    mid = "20250121151030.3A7F.6C2E9D04@pref-wakayama.example.jp"
    date = "Tue, 21 Jan 2025 15:10:30 +0900"
    body = """ドクターセカンドキャリア 地域医療マッチング事務局 御中

和歌山県福祉保健部医務課で地域医療を担当しております、坂口と申します。

本県では、紀南地方を中心に、市町村が設置するへき地診療所の医師確保が課題となっております。
令和7年度に向けて、下記のとおり常勤医師を募集しておりますので、
貴事業にご登録の先生方へのご案内にご協力いただけないでしょうか。

　１．勤務地：県内のへき地診療所（古座川町、北山村、日高川町ほか）
　２．診療内容：総合診療（外来、訪問診療、予防接種等）
　３．身分：県職員（常勤）として採用し、各診療所に派遣
　４．勤務開始：令和7年4月1日

募集要項を添付いたしますので、あわせてご覧ください。
ご不明な点がございましたら、お気軽にお問い合わせください。

和歌山県 福祉保健部 医務課
地域医療班　坂口 恭子
TEL 073-441-2612
"""
    pdf = (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
           b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
    fname = ew("令和7年度へき地診療所医師募集要項.pdf", maxlen=60).replace("\n ", "\n\t")
    hdrs = std(mid, date, addr("和歌山県 医務課 坂口", "imu-ka@pref-wakayama.example.jp", "jis"),
               ew("県内へき地診療所の常勤医師募集について（ご協力のお願い）"), "mx.pref-wakayama.example.jp", "192.0.2.25",
               extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ja")])
    text_part = leaf(body, "iso2022_jp", '"iso-2022-jp"', "7bit")
    pdf_part = raw_part('application/pdf;\n\tname="%s"' % fname, pdf, "base64",
                        [("Content-Disposition", 'attachment;\n\tfilename="%s"' % fname)])
    eml = multipart(hdrs, "mixed", "----=_NextPart_000_0042_01DB6C01.7E3A9F20", [text_part, pdf_part],
                    "This is a multipart message in MIME format.")
    g = gold(mid, "hospital", name="坂口 恭子", email="imu-ka@pref-wakayama.example.jp", phone="0734412612",
             organization="和歌山県", specialties=["総合診療科", "在宅医療"], prefectures=["和歌山県"],
             employment=["full_time"], start="2025-04-01")
    add(33, "prefecture-remote-clinics-wakayama-pdf-jis", "hospital",
        "multipart/mixed: text/plain ISO-2022-JP 7bit + application/pdf base64 whose name/filename are quoted RFC 2047 ISO-2022-JP B words (Outlook style)", "hard",
        "Prefectural government recruits for several remote clinics: organization is the prefecture (和歌山県, without 福祉保健部 医務課), municipality null (古座川町/北山村/日高川町 are several posts), 総合診療 + 訪問診療 -> 総合診療科/在宅医療, 県職員（常勤）, 令和7年4月1日 -> 2025-04-01; 令和7年度 also appears",
        eml, g)


def m034():
    mid = "20250109104500.77C1.0E5B3A92@tsuruga-kehi-hp.example.jp"
    date = "Thu, 09 Jan 2025 10:45:00 +0900"
    body = """地域医療マッチング事務局
ご担当者様

新年明けましておめでとうございます。本年もよろしくお願い申し上げます。
福井県敦賀市の社会医療法人 気比の杜会 けひの森病院で総務課長をしております、辻と申します。

当院では胃カメラ（上部消化管内視鏡検査）の件数が年々増えており、
検査を担当していただける非常勤の先生を募集しております。

①業務：上部消化管内視鏡検査（鎮静下の検査を含みます）
②勤務：非常勤　週２日（火・木の午前）
③開始：２０２５年４月～
④報酬：日給１０万円（半日５万円）

内視鏡のご経験が豊富な消化器内科の先生ですと大変ありがたいです。
定年退職後の先生も大歓迎です。ご紹介いただけますと幸いです。

社会医療法人 気比の杜会 けひの森病院
総務課長　辻 雅人
TEL：0770－24－5580
"""
    hdrs = std(mid, date, addr("けひの森病院 総務課 辻", "tsuji@tsuruga-kehi-hp.example.jp", "cp932"),
               ew("内視鏡検査（非常勤）担当医師の募集", "cp932"), "mail.tsuruga-kehi-hp.example.jp", "203.0.113.17",
               extra=[("X-Mailer", "JavaMail.mailsys 2.4")])
    eml = single(hdrs, body, "cp932", "Windows-31J", "8bit")
    g = gold(mid, "hospital", name="辻 雅人", email="tsuji@tsuruga-kehi-hp.example.jp", phone="0770245580",
             organization="社会医療法人 気比の杜会 けひの森病院", specialties=["消化器内科"], prefectures=["福井県"],
             municipality="敦賀市", employment=["part_time"], days_per_week=2, start="2025-04")
    add(34, "endoscopy-part-time-tsuruga-windows31j", "hospital",
        "text/plain charset=Windows-31J 8bit (CP932 with ① ～ －); From/Subject RFC 2047 CP932 bytes labelled Shift_JIS", "hard",
        "Hospital wants an endoscopist: 胃カメラ/内視鏡 + 消化器内科の先生 -> 消化器内科, 非常勤 週２日 -> part_time/2, ２０２５年４月～ -> 2025-04; New Year greeting; 日給/半日 are not data",
        eml, g)


def m035():
    mid = "20250216202109.1D6B.8F3A0C57@kuma-net.example.jp"
    date = "Sun, 16 Feb 2025 20:21:09 +0900"
    body = """地域医療マッチング事務局 御中

愛媛県上浮穴郡久万高原町で内科・小児科の診療所を営んでおります、大野弘と申します。

私も高齢となり、ここ数年は体力の衰えを感じるようになりました。
町内の医療機関は当院を含めて数か所しかなく、閉院すると住民の皆さんが困りますので、
当院を引き継いで、常勤で診療していただける先生を探しております。

・診療科：内科、小児科
・外来患者数：１日４０名程度
・訪問診療：月に１０件程度
・建物、医療機器、職員（看護師３名、事務２名）はそのまま引き継ぐことができます
・時期：できれば１年以内に、ご相談のうえで

継承の条件などは、ご相談に応じます。
ご検討いただける先生がいらっしゃれば、ぜひご紹介ください。

医療法人 大野医院
院長　大野 弘
〒791-1201 愛媛県上浮穴郡久万高原町久万188
TEL 0892-21-0075
"""
    hdrs = std(mid, date, addr("大野 弘", "ohno-clinic@kuma-net.example.jp", "jis"),
               ew("当院を継承していただける先生を探しております"), "smtp.kuma-net.example.jp", "198.51.100.57",
               extra=[("X-Mailer", "Becky! ver. 2.80.03 [ja]")])
    eml = single(hdrs, body, "iso2022_jp", "ISO-2022-JP", "7bit")
    g = gold(mid, "hospital", name="大野 弘", email="ohno-clinic@kuma-net.example.jp", phone="0892210075",
             organization="医療法人 大野医院", specialties=["内科", "小児科", "在宅医療"], prefectures=["愛媛県"],
             municipality="久万高原町", employment=["full_time"])
    add(35, "clinic-succession-kumakogen-jis", "hospital",
        "text/plain ISO-2022-JP 7bit (Becky!); full-width digits", "medium",
        "Elderly clinic director (a physician writing as the recruiter) seeks a successor: hospital, 内科・小児科 + 訪問診療 -> 在宅医療, 常勤, できれば１年以内に -> start null, 久万高原町 after 上浮穴郡; patient and staff counts are not data; no stated age",
        eml, g)


def m036():
    mid = "DM6PR08MB5914A3C0E7B24F91D6E8C2A5B0F7@DM6PR08MB5914.namprd08.prod.outlook.example.com"
    date = "Wed, 02 Apr 2025 03:18:44 +0000"
    body = """Dear Doctor Second Career team,

I am the practice manager of Onna Seaside Clinic, a small family medicine clinic on the
west coast of Okinawa. Many of our patients are foreign residents and visitors, so we
are looking for a physician who can see patients in both English and Japanese.

Position: part-time physician (family medicine / general practice)
Days: 2 days a week (Tuesday and Friday)
Start: June 2025
A Japanese medical licence is required.

We would be grateful if you could introduce us to any suitable doctors registered with
your programme.

Kind regards,

Sarah Higa
Practice Manager, Onna Seaside Clinic
〒904-0411 沖縄県国頭郡恩納村恩納2290
Tel: 098-966-0310
"""
    hdrs = std(mid, date, addr("Sarah Higa", "s.higa@onna-seaside.example.jp"),
               "Part-time physician wanted - Onna Seaside Clinic, Okinawa",
               "mail-dm6nam08on2071.outbound.protection.outlook.example.com", "40.107.96.71",
               extra=[("Content-Language", "en-US")])
    eml = single(hdrs, body, "utf-8", '"utf-8"', "quoted-printable")
    g = gold(mid, "hospital", name="Sarah Higa", email="s.higa@onna-seaside.example.jp", phone="0989660310",
             organization="Onna Seaside Clinic", specialties=["総合診療科"], prefectures=["沖縄県"],
             municipality="恩納村", employment=["part_time"], days_per_week=2, start="2025-06")
    add(36, "english-clinic-onna-okinawa-qp", "hospital",
        "text/plain UTF-8 quoted-printable; English body with a Japanese postal address line; Date +0000", "medium",
        "English job posting from a clinic: family medicine/general practice -> 総合診療科, part-time 2 days a week -> part_time/2, June 2025 -> 2025-06, 恩納村 from the Japanese address (after 国頭郡), organization in English as written",
        eml, g)


# ====================================================================== general

def m037():
    mid = "20241007133021.2B8E.4A1F6C93@tohoku-mirai-alumni.example.jp"
    date = "Mon, 07 Oct 2024 13:30:21 +0900"
    body = """地域医療マッチング事務局 御中

突然のご連絡失礼いたします。
東北みらい医科大学医学部同窓会「青葉会」事務局の小林と申します。

当会では年２回、約２，４００名の会員に会報をお送りしております。
次号（１２月発行）で「定年後のキャリア」を特集することになり、
会報に貴事業のパンフレットを同封させていただけないかと考えております。

つきましては、パンフレットを２，５００部お送りいただくことは可能でしょうか。
発送作業の都合上、１１月２０日までに下記へ届くと大変助かります。

〒980-8575 宮城県仙台市青葉区星陵町1-1 東北みらい医科大学 同窓会館２階
東北みらい医科大学医学部同窓会 事務局　小林 まゆみ
TEL 022-717-8090（平日10時～16時）

お忙しいところ恐れ入りますが、ご検討のほどよろしくお願いいたします。
"""
    hdrs = std(mid, date, addr("青葉会事務局 小林", "office@tohoku-mirai-alumni.example.jp", "jis"),
               ew("パンフレット同封のお願い（同窓会報１２月号）"), "mail.tohoku-mirai-alumni.example.jp", "192.0.2.121")
    eml = single(hdrs, body.replace("～", "〜"), "iso2022_jp", "ISO-2022-JP", "7bit")
    g = gold(mid, "general", name="小林 まゆみ", email="office@tohoku-mirai-alumni.example.jp", phone="0227178090",
             organization="東北みらい医科大学医学部同窓会")
    add(37, "alumni-assoc-leaflets-jis", "general",
        "text/plain ISO-2022-JP 7bit; full-width digits and commas", "easy",
        "Medical school alumni association asks for 2,500 leaflets to enclose in its bulletin: general; 宮城県/仙台市 are its own address, １２月/１１月２０日 are not starts, 定年後のキャリア is a theme; organization as written before 事務局 in the signature",
        eml, g)


def m038():
    mid = "CAHz4nQ8wR1tY6pB3xK0vM7cJ2dF5gL9sE1uA4oN8iT6bW0yZq@mail.gmail.example.com"
    date = "Thu, 18 Jul 2024 23:41:05 +0900"
    text = """地域医療マッチング事務局 御中

はじめてご連絡いたします。
北陸公衆衛生大学院 修士課程2年の佐野陽菜と申します。

修士論文で「高齢医師の地方への再就業」をテーマにしており、
貴事業の取り組みについて、事務局の方にお話を伺えないかと考えております。

・伺いたい内容：事業の経緯、登録医師の年齢層、マッチングで工夫されている点など
・形式：オンラインで1時間程度
・時期：8月中旬から9月末までのご都合のよい日

論文には事務局のお名前は出さず、公表済みの資料と合わせて整理する予定です。
ご検討いただけますと幸いです。

佐野 陽菜
北陸公衆衛生大学院 公衆衛生学専攻
"""
    hdrs = std(mid, date, addr("佐野陽菜", "hina.sano.mph@gmail.example.com", "utf8"),
               ew("修士論文のためのインタビューのお願い", "utf8"), "mail-qt1-f181.google.example.com", "209.85.160.181")
    parts = [leaf(text, "utf-8", '"UTF-8"', "base64"),
             leaf(gmail_html(text), "utf-8", '"UTF-8"', "base64", "text/html")]
    eml = multipart(hdrs, "alternative", "00000000000027a91f061d8c3b52", parts)
    g = gold(mid, "general", name="佐野 陽菜", email="hina.sano.mph@gmail.example.com",
             organization="北陸公衆衛生大学院")
    add(38, "graduate-student-interview-gmail-b64", "general",
        "multipart/alternative (Gmail): text/plain + text/html, both UTF-8 base64", "easy",
        "Public-health graduate student asks for an interview for her thesis: general; the months and 年齢層 are not data; organization is the school without the course; no phone",
        eml, g)


def m039():
    mid = "20241110211533.c4f7e2a9@au-mobile.example.jp"
    date = "Sun, 10 Nov 2024 21:15:33 +0900"
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>
<div style="font-size:15px">突然すみません。</div>
<div>岡山市で調剤薬局に勤めている薬剤師の野村千春といいます。</div>
<div>&nbsp;</div>
<div>うちの薬局の待合に、<font color="#0066cc">こちらの事業のチラシ</font>を置かせてもらえないでしょうか？</div>
<div>常連の患者さんに退職されたお医者さんが何人かいて、話題になったので。</div>
<div>&nbsp;</div>
<div>あと、薬剤師も登録できるのかも知りたいです。</div>
<div>&nbsp;</div>
<div>よろしくお願いします。</div>
<div>野村</div>
</body></html>
"""
    hdrs = std(mid, date, "chiharu.n-pharm@au-mobile.example.jp", ew("チラシについて", "utf8"),
               "mfsmax.au-mobile.example.jp", "203.0.113.226")
    eml = single(hdrs, html, "utf-8", "UTF-8", "base64", ctype="text/html")
    g = gold(mid, "general", name="野村千春", email="chiharu.n-pharm@au-mobile.example.jp")
    add(39, "pharmacist-leaflets-mobile-html-b64", "general",
        "text/html only, UTF-8 base64 (mobile carrier decoration mail with <font>); bare From address", "medium",
        "Pharmacist asks to display leaflets and whether pharmacists can register: general; name as written without a space (野村千春); pharmacy unnamed -> organization null; 岡山市 and 退職された医師 are not data",
        eml, g)


def m040():
    mid = "20240626100817.0A4B.7E3C2F18@mhlw-hw-okayama.example.jp"
    date = "Wed, 26 Jun 2024 10:08:17 +0900"
    body = """ドクターセカンドキャリア 地域医療マッチング事務局
ご担当者様

お世話になります。
ハローワーク津山 職業相談部門の藤原と申します。

当所の窓口に、定年を迎えられた医師の方から、医師不足地域での仕事を探したいというご相談があり、
貴事業をご案内しようと考えております。
ご案内にあたり、次の点を確認させてください。

１．貴事業は職業紹介事業の許可（または届出）を受けておられますか。受けている場合、許可番号を教えてください。
２．求職者の方から手数料などをいただくことはありますか。
３．医療機関側の費用負担はありますか。

お手数をおかけしますが、ご回答をよろしくお願いいたします。

ハローワーク津山（津山公共職業安定所）
職業相談部門　藤原 健一
TEL 0868-22-8341
"""
    hdrs = std(mid, date, addr("ハローワーク津山 藤原", "fujiwara-k@mhlw-hw-okayama.example.jp", "jis"),
               ew("貴事業の職業紹介の許可等についてのお尋ね"), "mx.mhlw-hw-okayama.example.jp", "192.0.2.240")
    eml = single(hdrs, body, "iso2022_jp", "ISO-2022-JP", "7bit")
    g = gold(mid, "general", name="藤原 健一", email="fujiwara-k@mhlw-hw-okayama.example.jp", phone="0868228341",
             organization="ハローワーク津山")
    add(40, "hello-work-licence-question-jis", "general",
        "text/plain ISO-2022-JP 7bit; full-width digits as list markers", "medium",
        "Public employment office asks about the programme's placement licence and fees on behalf of a retired doctor: general (not doctor: no physician's details); organization as written without the bracketed official name or section",
        eml, g)


def m041():
    mid = "3f9a2c71e5b84d06a1c7f2e9b0d4a386@kaze-henshu.example.jp"
    date = "Tue, 04 Mar 2025 16:52:40 +0900"
    body = """地域医療マッチング事務局 ご担当者様

月刊誌「地域と暮らし」編集部の三宅咲と申します。
弊誌５月号で「定年後、へき地へ ― シニア医師の新しい働き方」という特集を企画しております。

つきましては、
・事務局の方へのインタビュー（30分〜1時間程度）
・貴事業を通じて赴任された先生お一人のご紹介（可能であれば）
をお願いできないかと考えております。取材は３月下旬から４月上旬を予定しています。

掲載誌は発行後にお送りいたします。ご検討のほど、よろしくお願いいたします。

株式会社 風土社 「地域と暮らし」編集部
三宅 咲
TEL 03-3261-5547
携帯 080-3391-2046
"""
    hdrs = std(mid, date, addr("三宅 咲", "miyake@kaze-henshu.example.jp", "utf8"),
               ew("取材のお願い（月刊「地域と暮らし」５月号）", "utf8"), "smtp.kaze-henshu.example.jp", "198.51.100.77",
               extra=[("X-Mailer", "Apple Mail (2.3774.600.62)")])
    eml = single(hdrs, body, "utf-8", "utf-8", "quoted-printable")
    g = gold(mid, "general", name="三宅 咲", email="miyake@kaze-henshu.example.jp", phone="0332615547",
             organization="株式会社 風土社")
    add(41, "magazine-interview-utf8qp", "general",
        "text/plain UTF-8 quoted-printable (Apple Mail); From/Subject RFC 2047 UTF-8 B", "easy",
        "Magazine editor asks for an interview and a placed doctor to feature: general; organization is the publisher (株式会社 風土社) without the magazine's 編集部; first phone is the office line; ５月号/３月下旬 are not data",
        eml, g)


def m042():
    mid = "000501dabe2c$9f4e7d30$dedb7790$@akebono-print.example.jp"
    date = "Fri, 14 Jun 2024 17:30:12 +0900"
    body = """地域医療マッチング事務局
上原様

いつもお世話になっております。株式会社あけぼの印刷の髙﨑でございます。

先日ご依頼いただきました、事業パンフレット（A4・8ページ）の増刷につきまして、
お見積りをお送りいたします。

①部数：3,000部　金額：186,000円（税別）
②部数：5,000部　金額：248,000円（税別）

前回と同じ用紙・仕様で計算しております。
ご発注いただける場合は、6月21日（金）までにご連絡いただければ、7月初旬に納品できます。

何卒よろしくお願いいたします。

──────────────
株式会社あけぼの印刷 営業部
髙﨑 純一
TEL：03－3812－6621
──────────────
"""
    hdrs = std(mid, date, addr("㈱あけぼの印刷 髙﨑", "takasaki@akebono-print.example.jp", "cp932"),
               ew("パンフレット増刷のお見積りについて", "cp932"), "mail.akebono-print.example.jp", "203.0.113.99",
               extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "Adq+LJ9OfTDd23eQT+2s1a0cWv7e3Q==")])
    eml = single(hdrs, body, "cp932", "cp932", "8bit")
    g = gold(mid, "general", name="髙﨑 純一", email="takasaki@akebono-print.example.jp", phone="0338126621",
             organization="株式会社あけぼの印刷")
    add(42, "printer-quote-vendor-cp932-label", "general",
        "text/plain charset=cp932 8bit (a label Go's standard lookups do not know); ㈱ in the From name; ① ② 髙 﨑 －", "hard",
        "Printing company sends a quotation the secretariat asked for: general (a person's business mail, not unsolicited); 髙﨑 kept by NFKC; amounts, 3,000部 and dates are not data; organization without 営業部",
        eml, g)


# ================================================================== unsubscribe

def m043():
    mid = "20240701071208.6C2A.0B9E4D31@iyo-net.example.jp"
    date = "Mon, 01 Jul 2024 07:12:08 +0900"
    body = """地域医療マッチング事務局 御中

いつも「地域医療マッチング通信」をお送りいただき、ありがとうございます。
おかげさまで、この春から地元の病院で働き始めることができました。

つきましては、今後のメールマガジンは不要となりましたので、
購読を解除していただけますでしょうか。
配信先：nagao.masaki@iyo-net.example.jp

長い間ありがとうございました。

長尾 正樹
"""
    hdrs = std(mid, date, addr("長尾 正樹", "nagao.masaki@iyo-net.example.jp", "jis"),
               ew("メールマガジンの購読解除のお願い"), "smtp.iyo-net.example.jp", "198.51.100.215",
               extra=[("X-Mailer", "Becky! ver. 2.81.04 [ja]")])
    eml = single(hdrs, body, "iso2022_jp", "ISO-2022-JP", "7bit")
    g = gold(mid, "unsubscribe", name="長尾 正樹", email="nagao.masaki@iyo-net.example.jp")
    add(43, "unsubscribe-found-a-post-jis", "unsubscribe",
        "text/plain ISO-2022-JP 7bit", "easy",
        "A doctor who found a post asks to cancel the newsletter (購読を解除): unsubscribe, not doctor; この春 is not a start",
        eml, g)


def m044():
    mid = "CY8PR11MB7012F3A9B6D14E2C80A5D7F3E1B9@CY8PR11MB7012.namprd11.prod.outlook.example.com"
    date = "Thu, 22 Aug 2024 14:03:55 -0700"
    body = """Hello,

I signed up for your newsletter at a conference in Sapporo a few years ago, but I no
longer live in Japan. Please take me off your mailing list.

Thank you,
Alan Whitfield
"""
    hdrs = std(mid, date, addr("Dr. Alan Whitfield", "a.whitfield@pacific-health.example.com"), "Unsubscribe",
               "mail-bn8nam11on2118.outbound.protection.outlook.example.com", "40.107.236.118",
               extra=[("Content-Language", "en-US")])
    eml = single(hdrs, body, "ascii", "us-ascii", "7bit")
    g = gold(mid, "unsubscribe", name="Alan Whitfield", email="a.whitfield@pacific-health.example.com")
    add(44, "english-take-me-off-list", "unsubscribe",
        "text/plain us-ascii 7bit; English; Date -0700 (next morning in JST)", "easy",
        "'Please take me off your mailing list' with Subject 'Unsubscribe': name without 'Dr.'; Sapporo is not data",
        eml, g)


def m045():
    mid = "20250128114026.3E9F.5D1A7B60@nishihara-hifuka.example.jp"
    date = "Tue, 28 Jan 2025 11:40:26 +0900"
    body = """地域医療マッチング事務局
ご担当者様

いつもご案内をお送りいただき、ありがとうございます。
熊本市の西原皮フ科クリニック 院長の坂田と申します。

昨年末をもちまして当院は閉院いたしました。
このアドレスも３月で使えなくなりますので、今後のご案内メールの送付は不要です。
お手数ですが、送付先リストから削除していただけますでしょうか。

長年にわたり、ありがとうございました。

西原皮フ科クリニック
坂田 稔
TEL 096-378-2214（３月末まで）
"""
    hdrs = std(mid, date, addr("西原皮フ科クリニック", "info@nishihara-hifuka.example.jp", "sjis"),
               ew("メール送付停止のお願い（閉院のため）", "sjis"), "mail.nishihara-hifuka.example.jp", "203.0.113.150",
               extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    eml = single(hdrs, body, "shift_jis", "shift_jis", "8bit")
    g = gold(mid, "unsubscribe", name="坂田 稔", email="info@nishihara-hifuka.example.jp", phone="0963782214",
             organization="西原皮フ科クリニック")
    add(45, "unsubscribe-clinic-closed-sjis", "unsubscribe",
        "text/plain Shift_JIS 8bit (Outlook); From display name is the clinic", "medium",
        "A clinic that has closed asks to be removed from the list (送付停止, 削除): unsubscribe; a doctor writing, but not about a post; 皮フ科 in the clinic name is no specialty here; ３月 is not data",
        eml, g)


def m046():
    mid = "0103018e4b7a5c21-b9f0e3d2-7a41-4c8e-9f13-2c6d5e8a1b07-000000@sbm-mobile.example.jp"
    date = "Sat, 15 Mar 2025 22:31:17 +0900"
    body = "配信停止してください。\n"
    hdrs = std(mid, date, "tk-aoba1955@sbm-mobile.example.jp", ew("配信停止", "utf8"),
               "mo-sb02.sbm-mobile.example.jp", "203.0.113.6")
    eml = single(hdrs, body, "utf-8", "UTF-8", "base64")
    g = gold(mid, "unsubscribe", email="tk-aoba1955@sbm-mobile.example.jp")
    add(46, "mobile-one-line-haishin-teishi-b64", "unsubscribe",
        "text/plain UTF-8 base64 (mobile); bare From address; Subject RFC 2047 UTF-8 B", "easy",
        "One line '配信停止してください。': unsubscribe with no name (1955 in the address is not data)",
        eml, g)


# =================================================================== auto_reply

def m047():
    mid = "autoreply.20240401080012.3391@minamino-hp.example.jp"
    date = "Mon, 01 Apr 2024 08:00:12 +0900"
    body = """※このメールは自動返信です。

いつもお世話になっております。
４月１日付の人事異動により、私はみなみ野病院 人事課を離れました。
このメールアドレスは４月末で廃止いたします。

医師採用に関するご連絡は、今後は下記の新しい担当者までお願いいたします。
　人事課　清水 美穂　shimizu-m@minamino-hp.example.jp
　TEL 0279-22-4051（代表）

医療法人 陽光会 みなみ野病院 人事課（旧担当：石田）
"""
    hdrs = [("Return-Path", "<>"),
            ("Received", received("mail.minamino-hp.example.jp", "192.0.2.77", qid(mid), recv_date(date))),
            ("Date", date),
            ("From", addr("みなみ野病院 人事課 石田", "ishida-t@minamino-hp.example.jp", "jis")),
            ("To", INBOX),
            ("Subject", ew("【自動返信】担当者変更のお知らせ")),
            ("Message-ID", "<%s>" % mid),
            ("In-Reply-To", "<news.2024-04.001.0001523@md2-rm.example.org>"),
            ("References", "<news.2024-04.001.0001523@md2-rm.example.org>"),
            ("Auto-Submitted", "auto-replied"),
            ("X-Autoreply", "yes")]
    eml = single(hdrs, body, "iso2022_jp", "ISO-2022-JP", "7bit")
    add(47, "autoreply-contact-changed-jis", "auto_reply",
        "text/plain ISO-2022-JP 7bit; Auto-Submitted: auto-replied, X-Autoreply, Return-Path <>", "easy",
        "Automatic 'I have moved, write to my successor' notice from a hospital's HR clerk (RFC 3834 headers): the successor's name, address and phone are not lead data",
        eml, gold(mid, "auto_reply"))


def m048():
    mid = "CAMv5tR0pX3nQ8wZ1kB7cY4dH6gJ2fL9sA0eN5uT3iO8bK1mWx@mail.gmail.example.com"
    date = "Mon, 05 Aug 2024 10:02:16 +0900"
    text = """メールありがとうございます。
8月3日から8月18日まで、海外の学会出張のため不在にしております。
この間はメールを確認できないことがありますので、お急ぎの方は医局（011-706-5930）までご連絡ください。

8月19日以降、順次お返事いたします。

中川 理恵
"""
    hdrs = [("Return-Path", "<rie.nakagawa.md@gmail.example.com>"),
            ("Received", received("mail-sor-f41.google.example.com", "209.85.220.41", qid(mid), recv_date(date))),
            ("Date", date),
            ("From", addr("中川 理恵", "rie.nakagawa.md@gmail.example.com", "utf8")),
            ("To", INBOX),
            ("Subject", "Re: " + ew("【地域医療マッチング通信】2024年8月号", "utf8")),
            ("Message-ID", "<%s>" % mid),
            ("In-Reply-To", "<news.2024-08.001.0002871@md2-rm.example.org>"),
            ("References", "<news.2024-08.001.0002871@md2-rm.example.org>"),
            ("Auto-Submitted", "auto-replied")]
    parts = [leaf(text, "utf-8", '"UTF-8"', "base64"),
             leaf(gmail_html(text), "utf-8", '"UTF-8"', "base64", "text/html")]
    eml = multipart(hdrs, "alternative", "00000000000061c4b0061ef2a7d9", parts)
    add(48, "gmail-vacation-responder-b64", "auto_reply",
        "multipart/alternative (Gmail vacation responder): text/plain + text/html UTF-8 base64; Auto-Submitted: auto-replied only; plain 'Re:' Subject", "medium",
        "Gmail vacation reply to the newsletter (学会出張で不在): the 医局 phone and name are not lead data; the Subject looks like an ordinary reply",
        eml, gold(mid, "auto_reply"))


def m049():
    mid = "20240522140533.19604.formmail@www.kamikawa-town.example.jp"
    date = "Wed, 22 May 2024 14:05:33 +0900"
    body = """上川町ホームページへのお問い合わせ、ありがとうございます。
このメールは、送信いただいた内容の受付確認として自動的に送信されています。

担当課で内容を確認のうえ、原則として５開庁日以内にご回答いたします。
なお、このメールに返信されても回答できませんのでご注意ください。

―――――――――――――――――――――
上川町役場 総務課 広報係
〒078-1792 北海道上川郡上川町南町180
TEL 01658-2-1211
―――――――――――――――――――――
"""
    hdrs = [("Return-Path", "<info@kamikawa-town.example.jp>"),
            ("Received", received("www.kamikawa-town.example.jp", "192.0.2.151", qid(mid), recv_date(date))),
            ("Date", date),
            ("From", addr("上川町役場", "info@kamikawa-town.example.jp", "euc")),
            ("To", INBOX),
            ("Subject", ew("お問い合わせを受け付けました（上川町）", "euc")),
            ("Message-ID", "<%s>" % mid),
            ("X-Mailer", "formmail.pl 3.14")]
    eml = single(hdrs, body, "euc_jp", "EUC-JP", "8bit")
    add(49, "town-site-receipt-no-headers-eucjp", "auto_reply",
        "text/plain EUC-JP 8bit; NO Auto-Submitted/X-Autoreply/Precedence headers; Perl form mailer", "medium",
        "A town web site's '受け付けました … 自動的に送信' receipt for the secretariat's own inquiry: auto_reply, recognisable only by its wording; 北海道/上川町 and the phone are not lead data (not a hospital)",
        eml, gold(mid, "auto_reply"))


def m050():
    mid = "TYCP286MB2254E0B7A3F19C4D68E2B5A0C7F1@TYCP286MB2254.JPNP286.PROD.OUTLOOK.example.com"
    date = "Thu, 10 Oct 2024 05:44:10 +0000"
    text = """いつもお世話になっております。
私、岡本は2024年10月1日から2025年9月30日まで育児休業を取得しております。
休業期間中のお問い合わせは、下記の担当者までお願いいたします。

高知県医療人材支援センター 事務局
担当：森 康介（mori.k@kochi-iryo.example.jp／088-823-9716）

I am on parental leave until 30 September 2025. Please contact the person above.
"""
    html = html_divs(text, "utf-8", "font-family:'Yu Gothic',sans-serif")
    hdrs = [("Return-Path", "<>"),
            ("Received", received("mail-ty2jpn01on2061.outbound.protection.outlook.example.com", "52.101.229.61",
                                  qid(mid), recv_date(date))),
            ("From", addr("岡本 真由美", "mayumi.okamoto@kochi-iryo.example.jp", "utf8")),
            ("To", addr("地域医療マッチング事務局", INBOX, "utf8")),
            ("Subject", "Automatic reply: " + ew("【地域医療マッチング事務局】合同説明会のご案内", "utf8")),
            ("Thread-Topic", ew("【地域医療マッチング事務局】合同説明会のご案内", "utf8")),
            ("Date", date),
            ("Message-ID", "<%s>" % mid),
            ("In-Reply-To", "<event.20241010143902.0817@md2-rm.example.org>"),
            ("References", "<event.20241010143902.0817@md2-rm.example.org>"),
            ("Auto-Submitted", "auto-generated"),
            ("X-Auto-Response-Suppress", "All"),
            ("X-MS-Exchange-Inbox-Rules-Loop", "mayumi.okamoto@kochi-iryo.example.jp"),
            ("Content-Language", "ja-JP")]
    parts = [leaf(text, "utf-8", '"utf-8"', "quoted-printable"),
             leaf(html, "utf-8", '"utf-8"', "quoted-printable", "text/html")]
    eml = multipart(hdrs, "alternative", "_000_TYCP286MB2254E0B7A3F19C4D68E2B5A0C7F1TYCP286MB2254JPNP_", parts)
    add(50, "exchange-automatic-reply-parental-leave-qp", "auto_reply",
        "multipart/alternative text+html UTF-8 quoted-printable (Exchange Online); Subject 'Automatic reply: ' + RFC 2047 UTF-8 B; Auto-Submitted: auto-generated, X-Auto-Response-Suppress; Date +0000", "easy",
        "Out-of-office for a year's parental leave (Japanese + English): the substitute's name, address and phone and the dates are not lead data",
        eml, gold(mid, "auto_reply"))


def m051():
    mid = "20241228101540.4B7C.2E9A0D63@nishiawakura.example.jp"
    date = "Sat, 28 Dec 2024 10:15:40 +0900"
    body = """※本メールは自動送信です。

西粟倉村役場は、12月28日（土）から1月5日（日）まで年末年始の閉庁期間となります。
いただいたメールは、1月6日（月）以降に担当者が確認いたします。
緊急のご用件は、役場代表（0868-79-2111）へお電話ください（宿直にて対応いたします）。

西粟倉村役場 保健福祉課
"""
    hdrs = [("Return-Path", "<hoken@nishiawakura.example.jp>"),
            ("Received", received("mail.nishiawakura.example.jp", "192.0.2.96", qid(mid), recv_date(date))),
            ("Date", date),
            ("From", addr("西粟倉村 保健福祉課", "hoken@nishiawakura.example.jp", "sjis")),
            ("To", INBOX),
            ("Subject", "Re: " + ew("医師招へいに関するご相談の件", "sjis")),
            ("Message-ID", "<%s>" % mid),
            ("In-Reply-To", "<conslt.20241227172210.6644@md2-rm.example.org>"),
            ("X-Autoreply", "yes")]
    eml = single(hdrs, body, "shift_jis", "Shift_JIS", "8bit")
    add(51, "village-new-year-closure-x-autoreply-sjis", "auto_reply",
        "text/plain Shift_JIS 8bit; X-Autoreply only (no Auto-Submitted); plain 'Re:' Subject in a real thread", "medium",
        "Village office's year-end closure notice in reply to a thread about recruiting a doctor: auto_reply, not hospital; 医師招へい in the Subject and 宿直 in the body are not lead data",
        eml, gold(mid, "auto_reply"))


# ======================================================================= bounce

def secretariat_original(mid, rcpt, date, subj, body):
    return head([("Return-Path", "<md@md2-rm.example.org>"),
                 ("Date", date),
                 ("From", addr("地域医療マッチング事務局", INBOX, "jis")),
                 ("To", rcpt),
                 ("Subject", ew(subj)),
                 ("Message-ID", "<%s>" % mid),
                 ("MIME-Version", "1.0"),
                 ("Content-Type", "text/plain; charset=ISO-2022-JP"),
                 ("Content-Transfer-Encoding", "7bit")]) + b"\r\n" + encode(body, "iso2022_jp")


def m052():
    mid = "a3c7e91f-2b04-4d6e-8f15-9e0d2c7b4a61@TY0PR01MB1234.jpnprd01.prod.outlook.example.com"
    date = "Wed, 12 Jun 2024 01:22:47 +0000"
    rcpt = "k.fujimoto@kensei-hp.example.jp"
    text = """Your message to k.fujimoto@kensei-hp.example.jp couldn't be delivered.

k.fujimoto wasn't found at kensei-hp.example.jp.

md                  Office 365          k.fujimoto
Action Required                         Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If you're using Outlook, open this message, and select Send Again.

Was this helpful? Send feedback to Microsoft.

Diagnostic information for administrators:

Generating server: TY0PR01MB1234.jpnprd01.prod.outlook.example.com

k.fujimoto@kensei-hp.example.jp
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Original message headers:

Received: from web01.md2-rm.example.org (192.0.2.80) by TY0PR01MB1234.jpnprd01.prod.outlook.example.com
 with Microsoft SMTP Server; Wed, 12 Jun 2024 01:22:45 +0000
Message-ID: <reg.20240612102243.1840@md2-rm.example.org>
Subject: """ + ew("【地域医療マッチング事務局】ご登録内容の確認") + "\n"
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<p><b><font color=\"#000066\" size=\"3\">Your message to k.fujimoto@kensei-hp.example.jp couldn't be delivered.</font></b></p>"
            "<p>k.fujimoto wasn't found at kensei-hp.example.jp.</p>"
            "<p><b>Action Required</b>: Unknown To address</p>"
            "<p>Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p>"
            "</body></html>\n")
    status = """Reporting-MTA: dns;TY0PR01MB1234.jpnprd01.prod.outlook.example.com
Received-From-MTA: dns;web01.md2-rm.example.org
Arrival-Date: Wed, 12 Jun 2024 01:22:45 +0000

Final-Recipient: rfc822;k.fujimoto@kensei-hp.example.jp
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""
    orig_hdrs = head([("Return-Path", "<md@md2-rm.example.org>"),
                      ("Date", "Wed, 12 Jun 2024 10:22:43 +0900"),
                      ("From", addr("地域医療マッチング事務局", INBOX, "jis")),
                      ("To", rcpt),
                      ("Subject", ew("【地域医療マッチング事務局】ご登録内容の確認")),
                      ("Message-ID", "<reg.20240612102243.1840@md2-rm.example.org>"),
                      ("MIME-Version", "1.0"),
                      ("Content-Type", "text/plain; charset=ISO-2022-JP")])
    alt = multipart([], "alternative", "_002_a3c7e91f2b044d6e8f159e0d2c7b4a61_",
                    [leaf(text, "utf-8", '"utf-8"', "quoted-printable"),
                     leaf(html, "utf-8", '"utf-8"', "quoted-printable", "text/html")])
    alt_hdr, alt_body = alt.split(b"\r\n\r\n", 1)
    alt_ph = [tuple(l.split(": ", 1)) for l in re.sub(r"\r\n[ \t]+", " ", alt_hdr.decode("ascii")).split("\r\n")
              if l.startswith("Content-Type")]
    hdrs = [("Return-Path", "<>"),
            ("Received", received("mail-ty0jpn01on2100.outbound.protection.outlook.example.com", "52.101.229.100",
                                  qid(mid), recv_date(date))),
            ("From", "Microsoft Outlook\n <postmaster@kensei-hp.example.jp>"),
            ("To", addr("地域医療マッチング事務局", INBOX, "utf8")),
            ("Date", date),
            ("Subject", "Undeliverable: " + ew("【地域医療マッチング事務局】ご登録内容の確認", "utf8")),
            ("Message-ID", "<%s>" % mid),
            ("Content-Language", "en-US"),
            ("X-MS-Exchange-Message-Is-Ndr", ""),
            ("X-MS-Has-Attach", "yes")]
    parts = [(alt_ph, alt_body),
             ([("Content-Type", "message/delivery-status")], cte_apply(encode(status, "ascii"), "7bit")),
             ([("Content-Type", "text/rfc822-headers")], orig_hdrs)]
    eml = report(hdrs, "_000_a3c7e91f2b044d6e8f159e0d2c7b4a61_", parts, "")
    add(52, "exchange-online-ndr-recipient-not-found", "bounce",
        "multipart/report; report-type=delivery-status (Exchange Online): multipart/alternative text+html UTF-8 QP + message/delivery-status + text/rfc822-headers; Subject 'Undeliverable: ' + RFC 2047 UTF-8 B; Date +0000", "easy",
        "Office 365 NDR 550 5.1.10 RecipientNotFound for a hospital address: bounce; From is postmaster of the recipient's domain, not MAILER-DAEMON",
        eml, gold(mid, "bounce"))


def m053():
    mid = "67b3f0a1.050a0220.2c91e4.5d83.GMR@mx.google.example.com"
    date = "Mon, 17 Feb 2025 19:04:33 -0800 (PST)"
    rcpt = "dr-ishida@hokuyo-mail.example.jp"
    text = """
** Address not found **

Your message wasn't delivered to dr-ishida@hokuyo-mail.example.jp because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.example.com/mail/?p=NoSuchUser

The response from the remote server was:
550 5.1.1 <dr-ishida@hokuyo-mail.example.jp>: Recipient address rejected: User unknown in virtual mailbox table
"""
    html = ("<html><head></head><body><table><tr><td>"
            "<h2 style=\"font-size:22px;font-weight:normal\">Address not found</h2>"
            "<p>Your message wasn't delivered to <a style=\"color:#212121\">dr-ishida@hokuyo-mail.example.jp</a> "
            "because the address couldn't be found, or is unable to receive mail.</p>"
            "<p><b>The response was:</b></p><p>550 5.1.1 &lt;dr-ishida@hokuyo-mail.example.jp&gt;: "
            "Recipient address rejected: User unknown in virtual mailbox table</p>"
            "</td></tr></table></body></html>\n")
    status = """Reporting-MTA: dns; googlemail.example.com
Received-From-MTA: dns; md@md2-rm.example.org
Arrival-Date: Mon, 17 Feb 2025 19:04:31 -0800 (PST)
X-Original-Message-ID: <job.20250218120427.3318@md2-rm.example.org>

Final-Recipient: rfc822; dr-ishida@hokuyo-mail.example.jp
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx01.hokuyo-mail.example.jp. (203.0.113.180, the server for the domain hokuyo-mail.example.jp.)
Diagnostic-Code: smtp; 550 5.1.1 <dr-ishida@hokuyo-mail.example.jp>: Recipient address rejected: User unknown in virtual mailbox table
Last-Attempt-Date: Mon, 17 Feb 2025 19:04:33 -0800 (PST)
"""
    orig = secretariat_original(
        "job.20250218120427.3318@md2-rm.example.org", rcpt, "Tue, 18 Feb 2025 12:04:27 +0900",
        "【地域医療マッチング事務局】ご希望に合う求人のご案内",
        """石田 先生

お世話になっております。地域医療マッチング事務局の上原です。
ご希望に近い求人がございましたので、ご案内いたします。

・北海道留萌市　内科（常勤）　令和7年4月〜
・北海道羽幌町　内科・総合診療（非常勤 週2日）

ご関心がございましたら、お気軽にご連絡ください。
TEL 03-6675-9919
""")
    alt_b = "000000000000c1f85a062e6b9d04"
    alt_parts = [leaf(text, "utf-8", "UTF-8", "7bit"), leaf(html, "utf-8", "UTF-8", "quoted-printable", "text/html")]
    alt = b""
    for ph, body in alt_parts:
        alt += b"--" + alt_b.encode() + b"\r\n" + head(ph) + b"\r\n" + body
    alt += b"--" + alt_b.encode() + b"--\r\n"
    hdrs = [("Return-Path", "<>"),
            ("Received", "by 2002:a05:6a20:3c8e:b0:1ee:5d83:2c91 with SMTP id %s;\n\t%s" % (qid(mid), date)),
            ("Date", date),
            ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.example.com>"),
            ("To", INBOX),
            ("Auto-Submitted", "auto-replied"),
            ("Subject", "Delivery Status Notification (Failure)"),
            ("References", "<job.20250218120427.3318@md2-rm.example.org>"),
            ("In-Reply-To", "<job.20250218120427.3318@md2-rm.example.org>"),
            ("X-Failed-Recipients", rcpt),
            ("Message-ID", "<%s>" % mid)]
    parts = [([("Content-Type", 'multipart/alternative; boundary="%s"' % alt_b)], alt),
             ([("Content-Type", "message/delivery-status")], cte_apply(encode(status, "ascii"), "7bit")),
             ([("Content-Type", "message/rfc822")], orig)]
    eml = report(hdrs, "000000000000c1e85a062e6b9cf1", parts, "")
    add(53, "gmail-dsn-address-not-found-rfc822", "bounce",
        "multipart/report; report-type=delivery-status (Gmail): multipart/alternative text/plain 7bit + text/html QP + message/delivery-status + message/rfc822 (the whole original, ISO-2022-JP); Date -0800 (PST)", "easy",
        "Gmail 'Address not found' DSN (550 5.1.1) for a job notice: the returned notice holds 北海道, 内科, 常勤/非常勤 週2日, 令和7年4月 and the secretariat phone, none of which are lead data",
        eml, gold(mid, "bounce"))


def m054():
    mid = "20240905063011.E5A7C2B0D1@mx.kibou-net.example.jp"
    date = "Thu, 05 Sep 2024 15:30:11 +0900"
    rcpt = "nishida-clinic@kibou-net.example.jp"
    orig_subj = ew("【地域医療マッチング通信】2024年9月号")
    body = """このメールは、送信されたメールを配送できなかったことをお知らせするために、
メールサーバーから自動的に送信されています。

下記の宛先への配送に失敗しました。

  宛先：nishida-clinic@kibou-net.example.jp
  理由：受信者のメールボックスの容量が上限を超えています
        （552 5.2.2 Mailbox full）

時間をおいて再度送信するか、別の方法で受信者にご連絡ください。

------ 送信されたメールのヘッダ ------
Return-Path: <md@md2-rm.example.org>
Date: Thu, 05 Sep 2024 15:29:58 +0900
From: md@md2-rm.example.org
To: nishida-clinic@kibou-net.example.jp
Subject: """ + orig_subj.replace("\n ", "\n  ") + """
Message-ID: <news.2024-09.001.0002215@md2-rm.example.org>

きぼうネット メールサービス
"""
    hdrs = [("Return-Path", "<>"),
            ("Received", received("mx.kibou-net.example.jp", "198.51.100.250", qid(mid), recv_date(date))),
            ("Date", date),
            ("From", addr("メール配信システム", "MAILER-DAEMON@mx.kibou-net.example.jp", "jis")),
            ("To", INBOX),
            ("Subject", ew("【配送エラー】メールを配送できませんでした")),
            ("Message-ID", "<%s>" % mid),
            ("X-Failed-Recipients", rcpt)]
    eml = single(hdrs, body, "iso2022_jp", "ISO-2022-JP", "7bit")
    add(54, "japanese-isp-mailbox-full-jis", "bounce",
        "text/plain ISO-2022-JP 7bit (no multipart/report, no DSN fields); X-Failed-Recipients; original headers pasted in the body", "medium",
        "Japanese ISP bounce written for people (配送できませんでした, メールボックスの容量, 552 5.2.2): bounce; the recipient is a clinic, which is not lead data",
        eml, gold(mid, "bounce"))


def m055():
    mid = "20250321171055.4XkQ2b7Lm3z9Rt@mx1.md2-rm.example.org"
    date = "Sat, 22 Mar 2025 02:10:55 +0900 (JST)"
    rcpt = "jimu@kamishihoro-clinic.example.jp"
    notif = """This is the mail system at host mx1.md2-rm.example.org.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<jimu@kamishihoro-clinic.example.jp>: connect to
    mail.kamishihoro-clinic.example.jp[203.0.113.45]:25: Connection timed out
"""
    status = """Reporting-MTA: dns; mx1.md2-rm.example.org
X-Postfix-Queue-ID: 4XkQ2b7Lm3z9Rt
X-Postfix-Sender: rfc822; md@md2-rm.example.org
Arrival-Date: Fri, 21 Mar 2025 22:05:12 +0900 (JST)

Final-Recipient: rfc822; jimu@kamishihoro-clinic.example.jp
Original-Recipient: rfc822;jimu@kamishihoro-clinic.example.jp
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mail.kamishihoro-clinic.example.jp[203.0.113.45]:25:
    Connection timed out
Will-Retry-Until: Wed, 26 Mar 2025 22:05:12 +0900 (JST)
"""
    orig_hdrs = head([("Return-Path", "<md@md2-rm.example.org>"),
                      ("Received", "from web01.md2-rm.example.org (web01.md2-rm.example.org [192.0.2.80])\n\tby mx1.md2-rm.example.org (Postfix) with ESMTP id 4XkQ2b7Lm3z9Rt\n\tfor <%s>; Fri, 21 Mar 2025 22:05:12 +0900 (JST)" % rcpt),
                      ("Date", "Fri, 21 Mar 2025 22:05:10 +0900"),
                      ("From", addr("地域医療マッチング事務局", INBOX, "jis")),
                      ("To", rcpt),
                      ("Subject", ew("【地域医療マッチング事務局】求人掲載内容のご確認")),
                      ("Message-ID", "<job.20250321220510.0955@md2-rm.example.org>")])
    hdrs = [("Return-Path", "<>"),
            ("Received", "by mx1.md2-rm.example.org (Postfix)\n\tid 6F1D2C3B4A; %s" % date),
            ("Date", date),
            ("From", "MAILER-DAEMON@mx1.md2-rm.example.org (Mail Delivery System)"),
            ("Subject", "Delayed Mail (still being retried)"),
            ("To", INBOX),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<%s>" % mid)]
    parts = [([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")],
              cte_apply(encode(notif, "ascii"), "7bit")),
             ([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
              cte_apply(encode(status, "ascii"), "7bit")),
             ([("Content-Description", "Undelivered Message Headers"), ("Content-Type", "text/rfc822-headers")],
              orig_hdrs)]
    eml = report(hdrs, "6F1D2C3B4A.1742577055/mx1.md2-rm.example.org", parts, "This is a MIME-encapsulated message.")
    add(55, "postfix-delayed-warning-dsn", "bounce",
        "multipart/report; report-type=delivery-status (Postfix): text/plain us-ascii + message/delivery-status (Action: delayed, 4.4.1) + text/rfc822-headers; Date with (JST) comment", "medium",
        "Postfix 'Delayed Mail (still being retried)' warning: a delivery status notification, so bounce, although nothing has failed for good yet",
        eml, gold(mid, "bounce"))


# ========================================================================= spam

def m056():
    mid = "20240918033207.A1B2C3D4E5F6@sgw-notice.example.com"
    date = "Wed, 18 Sep 2024 12:32:07 +0900"
    html = """<html><head><meta charset="utf-8"><title>お荷物のお届けについて</title></head>
<body style="margin:0;background:#f4f4f4">
<table width="600" align="center" style="background:#fff;font-family:sans-serif">
<tr><td style="background:#0050a0;color:#fff;padding:12px;font-size:18px">宅配便 お届け予定のお知らせ</td></tr>
<tr><td style="padding:16px">
<p>お客様宛てのお荷物をお届けにあがりましたが、宛先不明のため持ち帰りました。</p>
<p>お問い合わせ番号：4418-2093-7765</p>
<p>再配達をご希望の場合は、48時間以内に下記よりお手続きください。<br>
期限を過ぎますと、お荷物は差出人様へ返送されます。</p>
<p style="text-align:center"><a href="http://sgw-redelivery.example.com/track?id=441820937765" style="background:#e60012;color:#fff;padding:10px 24px;text-decoration:none">再配達のお手続きはこちら</a></p>
<p style="font-size:11px;color:#888">※本メールは送信専用です。ご返信いただいてもお答えできません。</p>
</td></tr></table>
</body></html>
"""
    hdrs = [("Return-Path", "<info-7731@sgw-notice.example.com>"),
            ("Received", received("vps-4471.cheap-host.example.com", "203.0.113.249", qid(mid), recv_date(date))),
            ("Date", date),
            ("From", addr("宅配便 お客様センター", "info-7731@sgw-notice.example.com", "utf8")),
            ("To", INBOX),
            ("Subject", ew("【重要】お荷物お届けのご連絡（ご不在・宛先不明）", "utf8")),
            ("Message-ID", "<%s>" % mid),
            ("X-Priority", "1 (Highest)")]
    eml = single(hdrs, html, "utf-8", "utf-8", "base64", ctype="text/html")
    add(56, "parcel-redelivery-phishing-html-b64", "spam",
        "text/html only, UTF-8 base64 (table layout, styled link); X-Priority 1", "easy",
        "Fake parcel-delivery notice with a redelivery link: spam; the tracking number is not a phone",
        eml, gold(mid, "spam"))


def m057():
    mid = "20241105010003.mm-3318.000412@mail.medicloud-karte.example.jp"
    date = "Tue, 05 Nov 2024 10:00:03 +0900"
    body = """院長先生
ご担当者様

突然のご案内失礼いたします。
クラウド型電子カルテ「メディクラウド」の販売代理店、株式会社ネクストメディカルシステムでございます。

━━━━━━━━━━━━━━━━━━━━━━
　導入費用０円！月額１万９８００円から
　医師１名のクリニックから、常勤医５０名の病院まで
━━━━━━━━━━━━━━━━━━━━━━

■ オンライン診療・訪問診療にも対応（タブレットで往診先から入力）
■ 内科・整形外科・小児科・皮膚科など、診療科ごとのテンプレートを搭載
■ 全国１，２００施設以上で導入、北海道から沖縄までサポート拠点あり

定年間近の院長先生からも「操作が簡単」とご好評いただいております。
今なら１１月末までのお申込みで、初期設定費用が無料になります。

▼資料請求・デモのお申込み
https://www.medicloud-karte.example.jp/demo?src=mail1105

お電話でも承ります：0120-558-417（平日9:00〜18:00）

――――――――――――――――――――――
株式会社ネクストメディカルシステム
メディクラウド事業部
※今後のご案内が不要な方は、お手数ですが本メールに「配信停止」とご返信ください。
――――――――――――――――――――――
"""
    hdrs = [("Return-Path", "<bounce-3318@mail.medicloud-karte.example.jp>"),
            ("Received", received("mta07.mail.medicloud-karte.example.jp", "198.51.100.7", qid(mid), recv_date(date))),
            ("Date", date),
            ("From", addr("メディクラウド（株式会社ネクストメディカルシステム）", "info@medicloud-karte.example.jp", "jis")),
            ("To", INBOX),
            ("Subject", ew("【導入費用０円】クリニック・病院向けクラウド電子カルテのご案内")),
            ("Message-ID", "<%s>" % mid),
            ("List-Unsubscribe", "<mailto:unsubscribe@medicloud-karte.example.jp?subject=unsubscribe>"),
            ("Precedence", "bulk"),
            ("X-Mailer", "MailMagic Pro 8.2")]
    eml = single(hdrs, body, "iso2022_jp", "ISO-2022-JP", "7bit")
    add(57, "emr-vendor-mass-mail-jis", "spam",
        "text/plain ISO-2022-JP 7bit; List-Unsubscribe (mailto), Precedence: bulk; full-width digits", "medium",
        "Electronic-records vendor's mass mail to clinics: spam; 常勤医, 訪問診療/往診, 内科/整形外科…, 全国/北海道/沖縄, 定年, １１月末 and a 配信停止 instruction must not make it hospital, doctor or unsubscribe",
        eml, gold(mid, "spam"))


def m058():
    mid = "20250227143512.9F3E7A.growthsite@outreach-mailer.example.com"
    date = "Thu, 27 Feb 2025 05:35:12 +0000"
    body = """Hi there,

I was checking out md2-rm.example.org and noticed your site isn't showing up on the
first page of Google for keywords like "doctor jobs Japan" or "rural physician
recruitment".

We are a team of SEO experts and web designers. We can get your website to the top of
search results within 90 days, guaranteed, and redesign it so that more doctors and
hospitals sign up.

Can I send you a free audit report and our price list? Just reply "YES".

Regards,
Daniel Brooks
Growth Consultant | RankUp Digital
+1 (415) 555-0187

If you don't want to hear from me again, just reply "stop".
"""
    hdrs = [("Return-Path", "<daniel@outreach-mailer.example.com>"),
            ("Received", received("smtp-out3.outreach-mailer.example.com", "198.51.100.233", qid(mid), recv_date(date))),
            ("Date", date),
            ("From", "Daniel Brooks <daniel@outreach-mailer.example.com>"),
            ("Reply-To", "daniel.brooks@rankup-digital.example.com"),
            ("To", INBOX),
            ("Subject", "Quick question about md2-rm.example.org"),
            ("Message-ID", "<%s>" % mid)]
    eml = single(hdrs, body, "ascii", "us-ascii", "7bit")
    add(58, "english-seo-cold-pitch", "spam",
        "text/plain us-ascii 7bit; English; Reply-To to another domain; Date +0000", "easy",
        "English SEO cold pitch ('doctor jobs Japan', 'reply stop'): spam; no person fields despite the signature, phone and Reply-To",
        eml, gold(mid, "spam"))


def m059():
    mid = "20241202180044.5512.clinic-shoukei@ma-partners-jp.example.jp"
    date = "Mon, 02 Dec 2024 18:00:44 +0900"
    body = """院長先生へ　重要なご案内

いつもお世話になっております。
医療機関専門のＭ＆Ａ仲介会社、株式会社メディカル承継パートナーズでございます。

「後継者がいない」「定年を機に引退したい」「閉院せずに地域の患者さんを引き継ぎたい」
そんなお悩みをお持ちの院長先生が、いま全国で急増しています。

★ 無料企業価値診断（最短３日でご回答）
★ 譲渡を希望する医師・医療法人が全国で１，８００件以上ご登録
★ 譲渡後も非常勤（週１日〜）として診療を続けることも可能です

６０代・７０代の院長先生の成約実績が多数ございます。
まずはお気軽に、無料の個別相談会（オンライン可）にお申込みください。

▼個別相談会のお申込み
https://www.ma-partners-jp.example.jp/seminar/2412

株式会社メディカル承継パートナーズ
フリーダイヤル 0120-394-118
配信停止はこちら：https://www.ma-partners-jp.example.jp/optout
"""
    hdrs = [("Return-Path", "<mailer@ma-partners-jp.example.jp>"),
            ("Received", received("mta2.ma-partners-jp.example.jp", "203.0.113.211", qid(mid), recv_date(date))),
            ("Date", date),
            ("From", addr("メディカル承継パートナーズ", "info@ma-partners-jp.example.jp", "sjis")),
            ("To", INBOX),
            ("Subject", ew("【院長先生へ】クリニック承継・医院譲渡の無料相談会のご案内", "sjis")),
            ("Message-ID", "<%s>" % mid),
            ("List-Unsubscribe", "<https://www.ma-partners-jp.example.jp/optout>"),
            ("Precedence", "bulk")]
    eml = single(hdrs, body, "shift_jis", "Shift_JIS", "8bit")
    add(59, "clinic-ma-broker-mass-mail-sjis", "spam",
        "text/plain Shift_JIS 8bit; List-Unsubscribe, Precedence: bulk", "hard",
        "Clinic M&A broker mass mail: spam; 後継者, 定年, 引退, 全国, 非常勤（週１日〜）, ６０代・７０代, 医療法人 and 配信停止 all appear but it is neither doctor, hospital nor unsubscribe",
        eml, gold(mid, "spam"))


def m060():
    mid = "20250109082231.41873.qmail@fapiao-dl.example.com"
    date = "Thu, 9 Jan 2025 08:22:31 +0800"
    body = """尊敬的负责人：

您好！本公司长期代开各类正规发票（增值税专用发票、普通发票），
可验证后付款，点数优惠，欢迎来电咨询。

联系人：王经理
微信同号：138 0013 8000
网址：http://fapiao-dl.example.com

此信息长期有效，如有打扰请见谅。
"""
    hdrs = [("Return-Path", "<service@fapiao-dl.example.com>"),
            ("Received", received("unknown.fapiao-dl.example.com", "203.0.113.88", qid(mid), recv_date(date))),
            ("Date", date),
            ("From", addr("王经理", "service@fapiao-dl.example.com", "gb")),
            ("To", INBOX),
            ("Subject", ew("代开发票 正规可查", "gb")),
            ("Message-ID", "<%s>" % mid),
            ("X-Mailer", "Foxmail 7.2.25.228[cn]")]
    eml = single(hdrs, body, "gb2312", "gb2312", "base64")
    add(60, "chinese-invoice-spam-gb2312", "spam",
        "text/plain charset=gb2312 base64 (decode with GB18030); From/Subject RFC 2047 gb2312 B; Date +0800", "medium",
        "Chinese 'invoices for sale' spam: spam; the charset label gb2312 must still decode, and the Chinese mobile number is not data",
        eml, gold(mid, "spam"))


# ========================================================================= main

def build():
    MAILS.clear()
    for i in range(1, 61):
        globals()["m%03d" % i]()
    return list(MAILS)


def main():
    write_set(build(), sys.argv[1] if len(sys.argv) > 1 else HERE)


if __name__ == "__main__":
    main()
