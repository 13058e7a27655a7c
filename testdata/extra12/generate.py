#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Development mails for madoguchi parse (60 invented messages + gold labels), set extra12.

    python3 generate.py [OUTDIR]     # writes NNN-slug.eml, NNN-slug.json, index.tsv

The gold follows the lead contract (docs/lead.md) and the conventions of
samples/README.md. People, institutions, numbers and addresses are invented; only
.example.jp / .example.com / .example.org domains are used. Output is deterministic.
The weight is on hospitals, clinics, care facilities and municipalities (20 of 60).
The MIME and encoding helpers are those of ../tools/mailgen.py.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tools"))
from mailgen import (  # noqa: E402
    addr, crlf, cte_apply, ENC, ew, gmail_html, gold, html_divs, INBOX, leaf, multipart, MX,
    qid, quote, raw_part, received, recv_date, report, SEC_SIG, single, std, write_set)

MAILS = []


def add(num, slug, cat, enc, diff, desc, eml, g):
    MAILS.append(dict(num=num, slug=slug, cat=cat, enc=enc, diff=diff, desc=desc, eml=eml, gold=g))


def hdrs_for(mid, date, fname, femail, subject, enc, host, ip, extra=(), reply=False, rp=None):
    """The usual received-mail header block; display name and subject encoded for enc."""
    hcs = ENC[enc][3]
    subj = subject
    if not subject.isascii():
        subj = ew(subject, hcs)
    if reply:
        subj = "Re: " + subj
    frm = addr(fname, femail, hcs if fname and not fname.isascii() else None)
    return std(mid, date, frm, subj, host, ip, rp=rp, extra=list(extra))


def plain(hdrs, body, enc):
    codec, label, cte, _ = ENC[enc]
    return single(hdrs, body, codec, label, cte)


def pdf_part(name_header, name_disp):
    data = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    return raw_part("application/pdf;\n name=\"%s\"" % name_header, data, "base64",
                    extra=[("Content-Disposition", "attachment;\n filename%s" % name_disp)])


def tb_attr(when, who):
    return "%s に %s さんは書きました:" % (when, who)


# ======================================================================= doctor

def m001():
    mid = "20260310204115.6C21.EB09D4A2@tenjin-net.example.jp"
    date = "Tue, 10 Mar 2026 20:41:15 +0900"
    body = """地域医療マッチング事務局 御中

はじめてメールを差し上げます。
福岡市で血液内科医をしております江口正彦と申します。
昭和三十六年の生まれで、現在六十四歳です。

三十年あまり勤めました福岡東部医科大学病院を、この三月末で退職いたします。
退職後は、造血幹細胞移植のような急性期の仕事からは離れ、
血液の病気も含めて、内科全般の外来で地域のお役に立てればと考えております。

家内の実家が佐賀県の鹿島市にあり、そちらへ転居する予定ですので、
勤務地は佐賀県内（できれば鹿島・嬉野・武雄のあたり）を希望いたします。
勤務は週2日程度の非常勤を考えております。
来年度から、つまり4月以降でしたらいつからでも始められます。

お忙しいところ恐縮ですが、手続きについてご教示いただけますと幸いです。

江口 正彦
〒813-0041 福岡市東区水谷2-18-6
携帯 080-4417-2093
"""
    h = hdrs_for(mid, date, "江口 正彦", "m-eguchi@tenjin-net.example.jp",
                 "退職後の勤務についてのご相談（血液内科）", "jis", "mail.tenjin-net.example.jp", "198.51.100.21",
                 extra=[("X-Mailer", "Becky! ver. 2.80.03 [ja]")])
    g = gold(mid, "doctor", name="江口 正彦", email="m-eguchi@tenjin-net.example.jp", phone="08044172093",
             age=64, birth_year=1961, organization="福岡東部医科大学病院",
             specialties=["血液内科", "内科"], prefectures=["佐賀県"], employment=["part_time"],
             days_per_week=2, start="2026-04")
    add(1, "retiring-hematology-saga-jis", "doctor",
        "text/plain ISO-2022-JP 7bit (Becky!); From/Subject RFC 2047 ISO-2022-JP B", "medium",
        "Retiring haematologist in Fukuoka: 昭和三十六年 -> 1961 and 六十四歳 -> 64 in kanji numerals, 内科全般 -> 内科, 佐賀県 (鹿島/嬉野/武雄 are towns in it; 福岡 is his home), 週2日程度 -> 2, 来年度 in March 2026 -> 2026-04 (三月末 is his retirement); the university hospital is his current workplace",
        plain(h, body, "jis"), g)


def m002():
    mid = "form.D-20260418-0442.1776521137@form.md2-rm.example.org"
    date = "Sat, 18 Apr 2026 23:05:37 +0900"
    body = """医師登録フォームより、以下の内容で送信がありました。

【氏名】　松永　彩花
【ふりがな】　まつなが　あやか
【生年月日】　平成元年7月3日
【メールアドレス】　a.matsunaga@kitayama-hifu.example.jp
【電話番号】　075-712-4480
【現在の勤務先】　医療法人 洛北会 北山皮フ科形成外科クリニック
【専門・対応できる診療科】　皮膚科、形成外科（熱傷・褥瘡の処置を含む）
【希望勤務地】　滋賀県、京都府（丹後・中丹地域）
【希望勤務形態】　非常勤
【勤務日数】　週1日（土曜日を希望）
【勤務開始希望】　2026年6月
【備考】
子育て中のため、日帰りで通える範囲を希望します。
褥瘡の回診がある病院や施設でもお手伝いできます。

――――――――――――――――――――
このメールは送信専用アドレスから自動送信しています。
ドクターセカンドキャリア 地域医療マッチング事務局
"""
    h = [("Return-Path", "<no-reply@form.md2-rm.example.org>"),
         ("Received", "from app02.form.md2-rm.example.org (app02.form.md2-rm.example.org [192.0.2.42])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (MX, qid(mid), INBOX, recv_date(date, 1))),
         ("Date", date),
         ("From", addr("医師登録フォーム", "no-reply@form.md2-rm.example.org", "utf8")),
         ("To", INBOX),
         ("Subject", ew("【医師登録】受付 D-20260418-0442 松永 彩花 様", "utf8")),
         ("Message-ID", "<%s>" % mid)]
    g = gold(mid, "doctor", name="松永 彩花", name_kana="マツナガ アヤカ",
             email="a.matsunaga@kitayama-hifu.example.jp", phone="0757124480", birth_year=1989,
             organization="医療法人 洛北会 北山皮フ科形成外科クリニック", specialties=["皮膚科", "形成外科"],
             prefectures=["滋賀県", "京都府"], employment=["part_time"], days_per_week=1, start="2026-06")
    add(2, "form-derm-plastic-shiga-kyoto-qp", "doctor",
        "text/plain UTF-8 quoted-printable; web form (【label】 value, full-width spaces); From/Subject RFC 2047 UTF-8 B", "medium",
        "Form registration of a mid-career dermatologist: full-width spaces in name and hiragana reading -> マツナガ アヤカ, 平成元年 -> 1989 (no age), 皮膚科 + 形成外科 (the clinic's 皮フ科 is its name), 滋賀県 + 京都府 (丹後/中丹 are parts of it), 週1日, 2026年6月; email from the body, not the form sender",
        plain(h, body, "utf8q"), g)


def m003():
    mid = "CAJf8Q2n+7rVwXk3pL0sY9dTq5eHb1uMz6aC4oG2iR8fN3jK7wA@mail.gmail.example.com"
    date = "Thu, 21 May 2026 07:48:12 +0900"
    attribution = "2026年5月19日(火) 17:03 地域医療マッチング事務局 <md@md2-rm.example.org>:"
    quoted = """片桐 敬三 先生

お問い合わせありがとうございます。事務局の野々村と申します。
ご希望に合う医療機関をお探しするため、次の点をお聞かせいただけますでしょうか。

・ご専門
・ご年齢
・ご希望の勤務地
・勤務形態（常勤・非常勤、当直の可否）
・勤務を始められる時期

""" + SEC_SIG
    text = """野々村様

ご丁寧なお返事をありがとうございました。
お尋ねの点について、以下お答えします。

・専門：循環器です。カテーテル治療は数年前に後進に譲りましたので、
　心不全や不整脈の外来管理と、一般内科の外来・病棟が中心になります。
・年齢：今年で六十八になります。
・勤務地：兵庫県の北部（豊岡や香美町のあたり）を考えています。
　妻の郷里が但馬なので、住まいもそちらへ移すつもりです。
・勤務形態：常勤を希望します。年齢もありますので、当直は免除していただけるとありがたいです。
・開始時期：いまの勤務先での引き継ぎが6月末に終わりますので、再来月からなら確実です。

なお、現在は、はりま中央循環器病院に非常勤の顧問として週に何日か出ております。

どうぞよろしくお願いいたします。

片桐 敬三
090-3318-7724
"""
    plain_text = text + "\n" + attribution + "\n\n" + quote(quoted) + "\n"
    h = hdrs_for(mid, date, "片桐 敬三", "keizo.katagiri@gmail.example.com",
                 "お問い合わせの件（地域医療マッチング事務局）", "utf8", "mail-ua1-f44.google.example.com",
                 "209.85.222.44", reply=True,
                 extra=[("In-Reply-To", "<inq.20260519170311.0233@md2-rm.example.org>"),
                        ("References", "<inq.20260519170311.0233@md2-rm.example.org>")])
    parts = [leaf(plain_text, "utf-8", '"UTF-8"', "base64"),
             leaf(gmail_html(text, quoted, attribution), "utf-8", '"UTF-8"', "quoted-printable", "text/html")]
    eml = multipart(h, "alternative", "000000000000a93c1d0651f2e4b8", parts)
    g = gold(mid, "doctor", name="片桐 敬三", email="keizo.katagiri@gmail.example.com", phone="09033187724",
             age=68, organization="はりま中央循環器病院", specialties=["循環器内科", "内科"],
             prefectures=["兵庫県"], employment=["full_time"], start="2026-07")
    add(3, "gmail-reply-cardiology-tajima-saraigetsu", "doctor",
        "multipart/alternative (Gmail): text/plain UTF-8 base64 + text/html QP with gmail_quote; Subject 'Re: ' + RFC 2047 UTF-8 B", "hard",
        "Bulleted answers above a Gmail quote: 循環器 -> 循環器内科 plus 一般内科, 今年で六十八 -> 68, 兵庫県 (豊岡/香美町/但馬 are places in it), 常勤 only (当直 is asked to be waived, his current 非常勤 advisory post is not the wish), 再来月 in May 2026 -> 2026-07 (6月末 is the hand-over); the quoted questions and secretariat signature are no data",
        eml, g)


def m004():
    mid = "000a01dcfbb2$3c5e9a10$b51bce30$@hanamizuki-mail.example.jp"
    date = "Sun, 14 Jun 2026 15:22:09 +0900"
    body = """地域医療マッチング事務局 ご担当者様

突然のご連絡失礼いたします。今西由紀と申します。
父・今西 孝之（いまにし たかゆき）のことでご相談したく、代わりにメールをお送りしました。
父はメールが苦手なため、お返事は私宛にいただけますと助かります。

父は奈良市内で「今西耳鼻咽喉科医院」を三十五年続けてまいりましたが、
昨年の秋に閉院いたしました。今年七十二歳になります。
体はいたって元気で、本人はもう少し患者さんを診たいと申しております。

父の希望は次のとおりです。
・場所：奈良県の南部（五條や吉野のほう）か、三重県の伊賀・名張あたり
・内容：耳鼻科の外来を週1回
・自分で車を運転して通える範囲
時期は夏以降で、先方のご都合に合わせられるそうです。

このような条件でもご紹介いただけるものでしょうか。
経歴書が必要でしたら、すぐにお送りいたします。

今西 由紀
携帯 070-5562-1849
"""
    h = hdrs_for(mid, date, "今西 由紀", "yuki.imanishi@hanamizuki-mail.example.jp",
                 "父の勤務先についてご相談させてください", "sjis", "smtp.hanamizuki-mail.example.jp", "203.0.113.77",
                 extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ja")])
    g = gold(mid, "doctor", name="今西 孝之", name_kana="イマニシ タカユキ",
             email="yuki.imanishi@hanamizuki-mail.example.jp", phone="07055621849", age=72,
             organization="今西耳鼻咽喉科医院", specialties=["耳鼻咽喉科"], prefectures=["奈良県", "三重県"],
             employment=["part_time"], days_per_week=1)
    add(4, "daughter-for-ent-father-nara-mie-sjis", "doctor",
        "text/plain Shift_JIS 8bit (Outlook); From/Subject RFC 2047 Shift_JIS B", "hard",
        "A daughter writes for her father, a retired ENT doctor: name/kana (hiragana in brackets) and 七十二歳 are his, email/phone hers; his closed clinic is the last workplace; 奈良県 + 三重県 (奈良市 is where he practised), 週1回 -> part_time/1, 夏以降 -> no start",
        plain(h, body, "sjis"), g)


def m005():
    mid = "SG2PR04MB7713A1C9E2F0B44D8E61C0F2A93B2@SG2PR04MB7713.apcprd04.prod.outlook.example.com"
    date = "Mon, 31 Aug 2026 23:30:00 +0800"
    body = """Dear Madoguchi team,

I am a Japanese paediatrician and have been working in Singapore for the past
eleven years, currently at Kallang Family Children's Clinic. My family and I have
decided to move back to Japan, and I would like to work somewhere that is short
of paediatricians.

A few details about me:
- Japanese medical licence (registered 1995), board-certified in paediatrics
- I am 56 years old
- I am looking for a full-time post, ideally in Hokkaido or Aomori
  (my husband grew up in Hakodate)
- I could start in January 2027; we plan to move in December

I would be glad to join an online meeting at any time that suits you.
My Japanese mobile number is already active: +81 80-2291-6634.

Kind regards,
Haruka Shimizu, MD
"""
    h = hdrs_for(mid, date, "Haruka Shimizu", "haruka.shimizu@kallang-kids.example.com",
                 "Returning to Japan - paediatrician looking for a full-time post", "ascii",
                 "mail-sg2apc01.outbound.protection.outlook.example.com", "40.107.215.61",
                 extra=[("Content-Language", "en-SG")])
    g = gold(mid, "doctor", name="Haruka Shimizu", email="haruka.shimizu@kallang-kids.example.com",
             phone="08022916634", age=56, organization="Kallang Family Children's Clinic",
             specialties=["小児科"], prefectures=["北海道", "青森県"], employment=["full_time"],
             start="2027-01")
    add(5, "english-paediatrician-singapore-hokkaido", "doctor",
        "text/plain us-ascii 7bit (Outlook); Date +0800 (already 1 September in Tokyo)", "medium",
        "English mail from a Japanese paediatrician in Singapore: 'I am 56 years old', Hokkaido/Aomori -> 北海道/青森県 (Hakodate is family), January 2027 -> 2027-01 (December is the move), +81 80-... -> 080...; the licence year 1995 is no birth year; MD dropped from the name",
        plain(h, body, "ascii"), g)


def m006():
    mid = "b7e21c04.2f9a.4d3e.8c61.11f0e9a3d5b2@dmail.example.jp"
    date = "Wed, 11 Nov 2026 12:31:50 +0900"
    text = """はじめまして。
整形外科の医者です。S34年生まれ、今年いっぱいで今の勤務先を辞めます。
来春から週４日くらいで働けるところを探してます。
千葉の房総方面、勝浦とか大多喜あたりだとありがたいです。
骨折や腰痛の外来、簡単な手術の助手なら問題なくできます。
藤原
"""
    h = hdrs_for(mid, date, "藤原 健一", "k.fujiwara.59@dmail.example.jp", "求職の相談", "utf8b",
                 "mgw2.dmail.example.jp", "203.0.113.190")
    body = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
            '<body><div>' + "<br>".join(text.rstrip("\n").split("\n")) + '</div></body></html>\n')
    eml = single(h, body, "utf-8", "UTF-8", "base64", "text/html")
    g = gold(mid, "doctor", name="藤原 健一", email="k.fujiwara.59@dmail.example.jp", birth_year=1959,
             specialties=["整形外科"], prefectures=["千葉県"], employment=["part_time"], days_per_week=4)
    add(6, "mobile-html-ortho-boso-s34", "doctor",
        "text/html only, UTF-8 base64 (mobile mail, <br> lines); From/Subject RFC 2047 UTF-8 B", "medium",
        "Curt mobile mail: S34年生まれ -> 1959 (no age), 週４日くらい -> part_time/4, 千葉 -> 千葉県 (房総/勝浦/大多喜 are in it), bare 来春 -> no start (今年いっぱい is leaving his job); full name only in the From display name; workplace unnamed",
        eml, g)


def m007():
    mid = "5f3c9e1a-7b24-4c80-a6d2-0e8b41f7c923@sakai-sembok.example.jp"
    date = "Fri, 20 Nov 2026 18:02:44 +0900"
    body = """ドクターセカンドキャリア事務局 御中

大阪府堺市の「医療法人 泉北会 ながそね消化器クリニック」で内視鏡を担当している、石丸と申します。
満63歳の消化器内科医です。

来年3月で今の職場との契約が満了するため、その後の勤務先を探しております。
条件をまとめますと、次のとおりです。

１）地域：中国地方ならどこでも構いません。
　　ただし広島県は以前勤めていて事情がわかっておりますので、今回は外していただければと思います。
２）内容：上部・下部の内視鏡検査、人間ドックの胃カメラ、消化器の外来
３）形態：常勤でも非常勤でも、先方のご事情に合わせます
４）時期：年度明け、来年の4月1日からを希望します

住まいは勤務先の近くに移るつもりです。
条件に合う医療機関があれば、ご紹介いただけますと幸いです。

石丸 慎吾
TEL 072-297-3318（クリニック・平日日中）
"""
    h = hdrs_for(mid, date, "石丸 慎吾", "ishimaru@sakai-sembok.example.jp",
                 "勤務先のご紹介のお願い（消化器内科）", "utf8", "mail.sakai-sembok.example.jp", "198.51.100.88",
                 extra=[("User-Agent", "Mozilla Thunderbird")])
    g = gold(mid, "doctor", name="石丸 慎吾", email="ishimaru@sakai-sembok.example.jp", phone="0722973318",
             age=63, organization="医療法人 泉北会 ながそね消化器クリニック",
             specialties=["消化器内科", "健診"], prefectures=["鳥取県", "島根県", "岡山県", "山口県"],
             employment=["full_time", "part_time"], start="2027-04-01")
    add(7, "endoscopist-chugoku-except-hiroshima-utf8", "doctor",
        "text/plain UTF-8 8bit (Thunderbird); From/Subject RFC 2047 UTF-8 B", "hard",
        "Endoscopist with numbered conditions: 中国地方ならどこでも but 広島県 excluded -> the other four prefectures, 人間ドック -> 健診, 常勤でも非常勤でも -> both, 年度明け 来年の4月1日 in Nov 2026 -> 2027-04-01 (来年3月 is the contract end), 満63歳; 大阪府堺市 is his workplace; the clinic phone is his only number",
        plain(h, body, "utf8"), g)


def m008():
    mid = "TYCPR01MB8842E5D07A1F3B6C29D40E15B7C62@TYCPR01MB8842.jpnprd01.prod.outlook.example.com"
    date = "Mon, 13 Jul 2026 09:14:27 +0900"
    body = """事務局　田上様

いつもお世話になっております。先月登録させていただいた放射線科の日下部です。
登録内容について、2点変更をお願いできますでしょうか。

①勤務日数：週3日 → 週2日
　（母の介護の都合で、3日は難しくなりました）
②開始時期：8月 → 9月から

勤務地（岐阜県・福井県）と、読影が中心の非常勤という点は変わりません。
遠隔読影のお仕事があれば、そちらも検討したいと思います。

お手数をおかけしますが、よろしくお願いいたします。

日下部 聡子
携帯：090-2176-5530

-----Original Message-----
From: 地域医療マッチング事務局 <md@md2-rm.example.org>
Sent: Friday, June 12, 2026 4:35 PM
To: 日下部 聡子 <s.kusakabe@mino-line.example.jp>
Subject: 【医師登録】ご登録完了のお知らせ

日下部 聡子 様

このたびはご登録いただき、ありがとうございました。
以下の内容で登録いたしました。

　ご専門：放射線科（画像診断）
　希望勤務地：岐阜県、福井県
　勤務形態：非常勤　週3日
　開始時期：2026年8月

変更がございましたら、このメールにご返信ください。

""" + SEC_SIG + "\n"
    h = hdrs_for(mid, date, "日下部 聡子", "s.kusakabe@mino-line.example.jp",
                 "【医師登録】ご登録完了のお知らせ", "msjis", "mail-ty1jpn01.outbound.protection.outlook.example.com",
                 "40.107.74.90", extra=[("X-MS-Has-Attach", ""), ("Thread-Topic", ew("【医師登録】ご登録完了のお知らせ", "msjis")),
                                        ("Content-Language", "ja-JP")])
    h = [(k, ("RE: " + v) if k == "Subject" else v) for k, v in h]
    g = gold(mid, "doctor", name="日下部 聡子", email="s.kusakabe@mino-line.example.jp", phone="09021765530",
             specialties=["放射線科"], prefectures=["岐阜県", "福井県"], employment=["part_time"],
             days_per_week=2, start="2026-09")
    add(8, "outlook-change-radiology-days-start-msjis", "doctor",
        "text/plain iso-2022-jp (Outlook, CP932 rows: ①②) 7bit; Subject 'RE: ' + RFC 2047; '-----Original Message-----' quote", "hard",
        "A registered radiologist changes her registration: 週3日 → 週2日 -> 2 and 8月 → 9月から -> 2026-09 (the old values also stand in the quoted confirmation), 読影/遠隔読影 -> 放射線科, 岐阜県 + 福井県, 非常勤",
        plain(h, body, "msjis"), g)


def m009():
    mid = "20260922213700.1F4B.3A77C2D0@kawasaki-home.example.jp"
    date = "Tue, 22 Sep 2026 21:37:00 +0900"
    body = """地域医療マッチング事務局 ご担当者様

はじめまして。川崎市に住み、川崎ベイサイド総合病院の総合診療科に勤めております医師の浅見と申します。
四十六歳です。

妻の転勤を機に、家族で山梨県か長野県へ移り住むことになり、
移住先で地域の医療に関わりたいと思い、ご連絡いたしました。

これまで病院総合診療医（ホスピタリスト）として病棟管理を中心に働いてきましたが、
前任地の診療所では往診も担当しておりました。
常勤で、2027年1月からの勤務を希望しております。

履歴書を添付いたしますので、ご確認いただけましたら幸いです。

浅見 直哉（あさみ なおや）
電話 044-588-2716
"""
    h = hdrs_for(mid, date, "浅見 直哉", "n-asami@kawasaki-home.example.jp",
                 "山梨・長野での勤務を希望しています（総合診療）", "jis", "mail.kawasaki-home.example.jp", "198.51.100.140",
                 extra=[("X-Mailer", "Becky! ver. 2.81.06 [ja]")])
    text_ph, text_body = leaf(body, "iso2022_jp", "ISO-2022-JP", "7bit")
    fname = ew("履歴書_浅見直哉.pdf", "jis", maxlen=200)
    eml = multipart(h, "mixed", "----_NextPart_0C3A_1F4B7E20", [(text_ph, text_body), pdf_part(fname, '="%s"' % fname)])
    g = gold(mid, "doctor", name="浅見 直哉", name_kana="アサミ ナオヤ", email="n-asami@kawasaki-home.example.jp",
             phone="0445882716", age=46, organization="川崎ベイサイド総合病院",
             specialties=["総合診療科", "在宅医療"], prefectures=["山梨県", "長野県"], employment=["full_time"],
             start="2027-01")
    add(9, "hospitalist-iturn-yamanashi-nagano-pdf", "doctor",
        "multipart/mixed: text/plain ISO-2022-JP 7bit + application/pdf whose name is an RFC 2047 ISO-2022-JP word (Becky!)", "medium",
        "Mid-career hospitalist moving with his family: 四十六歳, ホスピタリスト/総合診療 -> 総合診療科 and 往診 -> 在宅医療, 山梨県 + 長野県, 常勤, 2027年1月; kana from the brackets in the signature; 川崎市 is where he lives",
        eml, g)


def m010():
    mid = "20260603100531.Q7H2K@tokorozawa-keyaki.example.jp"
    date = "Wed, 03 Jun 2026 10:05:31 +0900"
    body = """拝啓
梅雨入りも間近となりましたが、事務局の皆様にはお変わりなくお過ごしのことと存じます。

私は岩佐恒夫（いわさ つねお）と申します。昭和29年生まれの精神科医で、
長く民間の精神科病院に勤めてまいりました。現在は埼玉県所沢市の
医療法人 けやき会 所沢けやき台病院で、週に数日外来を受け持っております。

この先は、特別養護老人ホームや老健の配置医師として、
認知症の方々の診療に携わりたいと考えるようになりました。
勤務地は、埼玉県の秩父地域か、群馬県の西部を希望いたします。
嘱託として月に数回伺う形を想定しており、令和8年10月から始められます。

ご検討のほど、よろしくお願い申し上げます。
敬具

岩佐 恒夫
〒359-1143 埼玉県所沢市宮本町1-7-22
電話 04-2928-6613
"""
    h = hdrs_for(mid, date, "岩佐 恒夫", "iwasa.t@tokorozawa-keyaki.example.jp",
                 "配置医師としての勤務について", "euc", "mail.tokorozawa-keyaki.example.jp", "198.51.100.63",
                 extra=[("X-Mailer", "Sylpheed 3.7.0 (GTK+ 2.24.33; x86_64-pc-linux-gnu)")])
    g = gold(mid, "doctor", name="岩佐 恒夫", name_kana="イワサ ツネオ", email="iwasa.t@tokorozawa-keyaki.example.jp",
             phone="0429286613", birth_year=1954, organization="医療法人 けやき会 所沢けやき台病院",
             specialties=["精神科", "老健・介護施設"], prefectures=["埼玉県", "群馬県"], employment=["part_time"],
             start="2026-10")
    add(10, "psychiatrist-care-home-chichibu-eucjp", "doctor",
        "text/plain EUC-JP 8bit (Sylpheed); From/Subject RFC 2047 EUC-JP B", "medium",
        "Formal letter (拝啓…敬具) from a psychiatrist: 昭和29年生まれ -> 1954 (no age), 特別養護老人ホーム/老健/配置医師 -> 老健・介護施設, 埼玉県 (秩父) + 群馬県, 嘱託 月に数回 -> part_time with no day count (週に数日 is his current job), 令和8年10月 -> 2026-10; kana from the brackets",
        plain(h, body, "euc"), g)


def m011():
    mid = "6A0F33C1-9E47-4B2D-8F15-D27C0B94E6A1@icloud-mail.example.com"
    date = "Tue, 30 Jun 2026 09:15:00 -0700"
    body = """地域医療マッチング事務局 御中

学会でサンフランシスコに来ており、ホテルから失礼します。
愛知県の豊田市で救急外来を担当している外科医の真野と申します。

平日は今の病院の常勤を続けますが、土日の日直・当直を引き受けられる病院を探しています。
同じ愛知県でも、奥三河（設楽町や東栄町のあたり）の病院は医師不足で困っていると聞きました。
救急と一般外科の対応ができます。
帰国後、来月から月に2〜3回程度お受けできます。

真野 英司
090-6604-1187

iPhoneから送信
"""
    h = hdrs_for(mid, date, "真野 英司", "e.mano.surg@icloud-mail.example.com", "週末の日直・当直について",
                 "utf8b", "mail-st2.icloud-mail.example.com", "17.58.63.18",
                 extra=[("X-Mailer", "iPhone Mail (22F76)")])
    g = gold(mid, "doctor", name="真野 英司", email="e.mano.surg@icloud-mail.example.com", phone="09066041187",
             specialties=["救急科", "外科"], prefectures=["愛知県"], employment=["spot"], start="2026-08")
    add(11, "weekend-duty-okumikawa-date-minus0700", "doctor",
        "text/plain UTF-8 base64 (iPhone); Date -0700 (30 June in San Francisco, 1 July in Tokyo)", "hard",
        "Surgeon abroad at a congress wants weekend 日直・当直 only -> spot (his weekday 常勤 job is no wish), 救急外来/救急 -> 救急科 and 一般外科 -> 外科, 愛知県 (同じ愛知県でも 奥三河/設楽町/東栄町), 月に2〜3回 -> no days; 来月 resolved in Asia/Tokyo: Date 09:15 -0700 on 30 June is 1 July JST -> 2026-08; his hospital is unnamed",
        plain(h, body, "utf8b"), g)


def m012():
    mid = "20260212134002.00A1.mori-kinen@mori-kinen.example.jp"
    date = "Thu, 12 Feb 2026 13:40:02 +0900"
    body = """地域医療マッチング事務局
ご担当者様

一般財団法人 杜の都記念病院 人事課の三浦と申します。
当院泌尿器科部長の須藤医師が、本年3月末で定年退職となります。
退職後の勤務先について、ご本人の依頼を受け、代わってご相談させていただきます。

須藤 勝（すどう まさる）先生
・泌尿器科専門医、65歳
・ご出身の秋田県で、常勤での勤務をご希望です
・勤務開始：2026年4月から
・ご本人の連絡先：sudo.masaru@mori-kinen.example.jp／携帯 090-1175-3042

今後のやりとりは、ご本人と直接お願いできますと幸いです。
どうぞよろしくお願いいたします。

一般財団法人 杜の都記念病院
人事課　三浦 和美
〒981-3133 宮城県仙台市泉区泉中央6-2-11
TEL 022-371-8850（代表）
"""
    h = hdrs_for(mid, date, "杜の都記念病院 人事課 三浦", "jinji@mori-kinen.example.jp",
                 "退職予定医師の勤務先についてのご相談", "jis", "mail.mori-kinen.example.jp", "198.51.100.201")
    g = gold(mid, "doctor", name="須藤 勝", name_kana="スドウ マサル", email="sudo.masaru@mori-kinen.example.jp",
             phone="09011753042", age=65, organization="一般財団法人 杜の都記念病院", specialties=["泌尿器科"],
             prefectures=["秋田県"], employment=["full_time"], start="2026-04")
    add(12, "hr-refers-retiring-urologist-akita-jis", "doctor",
        "text/plain ISO-2022-JP 7bit; From/Subject RFC 2047 ISO-2022-JP B", "hard",
        "A hospital's personnel clerk writes for a retiring urologist at his request: doctor, not hospital; person fields are the physician's, with his own address and mobile from the body (not the HR From or the switchboard), 65歳, 秋田県 (宮城県/仙台市 is the hospital), 常勤, 2026年4月 (3月末 is retirement); organization is his current hospital",
        plain(h, body, "jis"), g)


def m013():
    mid = "8d2b6f40-3c1e-9a75-b0e4-6f21c8d3a917@kokura-net.example.jp"
    date = "Mon, 19 Oct 2026 22:10:45 +0900"
    news = """━━ 地域医療マッチング通信 2026年10月号 ━━

■今月の求人から

【N-2610-07】長崎県南松浦郡新上五島町　町立診療所
　内科　常勤1名　2027年4月～
　島内唯一の有床診療所です。医師住宅あり。

【N-2610-08】北海道檜山郡　町立病院
　整形外科　非常勤　週1日（水曜）

【N-2610-09】高知県幡多郡　診療所
　総合診療科　スポット（代診）11月中の3日間

""" + SEC_SIG
    body = """事務局御中

10月号のメールマガジンに載っていた「N-2610-07 新上五島町の診療所（内科）」の求人に関心があり、ご連絡しました。

小倉で内科を開業しておりましたが、この春医院を息子に譲り、時間に余裕ができました。
常勤は体力的に難しいのですが、週3日、月曜から水曜まで島に泊まり込む形であれば可能です。
長崎県内の離島であれば、ほかの島の診療所でも構いません。
開始は年明け、1月からを考えています。

一度詳しいお話を伺えますでしょうか。

緒方 修一
北九州市小倉北区
093-561-4427

""" + tb_attr("2026/10/15 10:00", "地域医療マッチング事務局") + "\n" + quote(news) + "\n"
    h = hdrs_for(mid, date, "緒方 修一", "ogata.s@kokura-net.example.jp", "地域医療マッチング通信 2026年10月号",
                 "utf8", "smtp.kokura-net.example.jp", "203.0.113.34", reply=True,
                 extra=[("User-Agent", "Mozilla Thunderbird"),
                        ("In-Reply-To", "<news.202610.15.0001@md2-rm.example.org>")])
    g = gold(mid, "doctor", name="緒方 修一", email="ogata.s@kokura-net.example.jp", phone="0935614427",
             specialties=["内科"], prefectures=["長崎県"], employment=["part_time"], days_per_week=3,
             start="2027-01")
    add(13, "newsletter-reply-island-internist-3days", "doctor",
        "text/plain UTF-8 8bit (Thunderbird, Japanese attribution); Subject 'Re: ' + RFC 2047 UTF-8 B", "hard",
        "A retired GP answers a listing in the quoted newsletter: 内科, 長崎県 (新上五島町 is the listing), 常勤は難しい but 週3日 -> part_time/3, 年明け 1月 in Oct 2026 -> 2027-01; the quoted listings (2027年4月, 北海道, 整形外科, 高知県, スポット) are not his; 北九州市 is his address",
        plain(h, body, "utf8"), g)


def m014():
    mid = "20261208192640.77E0.C41A9B6F@chikushi-w.example.jp"
    date = "Tue, 08 Dec 2026 19:26:40 +0900"
    body = """ご担当者様

お世話になります。産婦人科医の古賀と申します。
現在、福岡市内の医療法人 博愛会 ちくし女性クリニックに勤めております。五十八歳です。

分娩の取り扱いからは退き、婦人科の外来や子宮がん検診を中心に働きたいと考えております。
福岡県の筑後地方か佐賀県の東部で、週1日の非常勤の勤務先を探しております。
開始は来年度からで結構です。

古賀 千佳子
mobile 080-7731-9025
"""
    h = hdrs_for(mid, date, "古賀 千佳子", "koga.chikako@chikushi-w.example.jp", "非常勤の勤務先を探しています",
                 "jis", "mail.chikushi-w.example.jp", "198.51.100.95")
    g = gold(mid, "doctor", name="古賀 千佳子", email="koga.chikako@chikushi-w.example.jp", phone="08077319025",
             age=58, organization="医療法人 博愛会 ちくし女性クリニック", specialties=["産婦人科", "健診"],
             prefectures=["福岡県", "佐賀県"], employment=["part_time"], days_per_week=1, start="2027-04")
    add(14, "gynecology-checkups-chikugo-saga-jis", "doctor",
        "text/plain ISO-2022-JP 7bit; From/Subject RFC 2047 ISO-2022-JP B", "medium",
        "Short mail from an obstetrician-gynaecologist: 五十八歳, 婦人科 -> 産婦人科 and 子宮がん検診 -> 健診, 福岡県 (筑後地方) + 佐賀県, 週1日 非常勤, 来年度 in Dec 2026 -> 2027-04; 福岡市内 is her current clinic",
        plain(h, body, "jis"), g)


def m015():
    mid = "CAN4x7pQe2Lr9sVb3Yz6Hk0dTf8uWm1cJa5oNg3iKq7hR2yE9vB@mail.gmail.example.com"
    date = "Fri, 05 Jun 2026 08:55:19 +0900"
    text = """地域医療マッチング事務局 ご担当者様

旭川市内の病院で腎臓内科医をしております、小山内と申します。
S40年生まれで、還暦を過ぎたのを機に働き方を見直したいと思っております。

いまの勤務を続けながら、北海道の道北地域（名寄・士別・留萌など）で、
透析クリニックの回診を週2回お手伝いできないかと考えております。
8月からであれば、毎週火曜と金曜を空けることができます。

腎臓内科・透析のほか、一般内科の外来にも対応できます。

どうぞよろしくお願いいたします。
小山内 徹
"""
    h = hdrs_for(mid, date, "小山内 徹", "osanai.toru@gmail.example.com", "道北での透析のお手伝いについて",
                 "utf8", "mail-pj1-f53.google.example.com", "209.85.216.53")
    parts = [leaf(text, "utf-8", '"UTF-8"', "quoted-printable"),
             leaf(gmail_html(text), "utf-8", '"UTF-8"', "quoted-printable", "text/html")]
    eml = multipart(h, "alternative", "00000000000071c4e80653a1f9d2", parts)
    g = gold(mid, "doctor", name="小山内 徹", email="osanai.toru@gmail.example.com", birth_year=1965,
             specialties=["腎臓内科", "透析", "内科"], prefectures=["北海道"], employment=["part_time"],
             days_per_week=2, start="2026-08")
    add(15, "nephrologist-dialysis-dohoku-alt-qp", "doctor",
        "multipart/alternative (Gmail): text/plain + text/html, UTF-8 quoted-printable", "medium",
        "Working nephrologist offers dialysis rounds besides his job: S40年生まれ -> 1965 and 還暦を過ぎ -> no age, 腎臓内科 + 透析 + 一般内科, 北海道 (道北, 名寄/士別/留萌; 旭川市 is his workplace, unnamed), 週2回 -> part_time/2, 8月から -> 2026-08; no phone",
        eml, g)


# ======================================================================= hospital

def m016():
    mid = "20260514112033.5B7E.0D1C44A9@nagomi-gero.example.jp"
    date = "Thu, 14 May 2026 11:20:33 +0900"
    body = """地域医療マッチング事務局 御中

初めてご連絡させていただきます。
岐阜県下呂市萩原町で特別養護老人ホームを運営しております、
社会福祉法人 飛騨川福祉会 特別養護老人ホーム なごみの里の生活相談員、桂と申します。

当施設の配置医師（嘱託医）を長年お務めいただいた先生が、
ご高齢のため6月末で退任されることになりました。
地元の医師会を通じて後任の先生を探してまいりましたが見つからず、
ご相談させていただく次第です。

【募集内容】
・職種：配置医師（嘱託医）
・勤務：月2回の定期回診（入所者80名）と、平日日中の電話でのご相談
・診療科：内科の先生を希望いたします
・開始：令和8年7月1日
・報酬：月額制（金額はご相談のうえ決めさせていただきます）

お看取りの際のご対応についても、ご相談のうえ決めさせていただければと存じます。
何卒よろしくお願い申し上げます。

社会福祉法人 飛騨川福祉会
特別養護老人ホーム なごみの里
生活相談員　桂 直美
〒509-2517 岐阜県下呂市萩原町四美1408-3
TEL 0576-52-3190　FAX 0576-52-3191
"""
    h = hdrs_for(mid, date, "特養なごみの里 桂", "soudan@nagomi-gero.example.jp",
                 "配置医師（嘱託医）のご紹介のお願い", "jis", "mail.nagomi-gero.example.jp", "198.51.100.171")
    g = gold(mid, "hospital", name="桂 直美", email="soudan@nagomi-gero.example.jp", phone="0576523190",
             organization="社会福祉法人 飛騨川福祉会 特別養護老人ホーム なごみの里",
             specialties=["老健・介護施設", "内科"], prefectures=["岐阜県"], municipality="下呂市",
             employment=["part_time"], start="2026-07-01")
    add(16, "tokuyo-haichi-ishi-gero-jis", "hospital",
        "text/plain ISO-2022-JP 7bit; From/Subject RFC 2047 ISO-2022-JP B", "medium",
        "A special nursing home seeks its 配置医師（嘱託医）: 特別養護老人ホーム -> 老健・介護施設 plus 内科, 嘱託 月2回 -> part_time with no days, 令和8年7月1日 -> 2026-07-01 (6月末 is the predecessor leaving), 下呂市 after 岐阜県; organization with its legal form from the signature, not the role",
        plain(h, body, "jis"), g)


def m017():
    mid = "form.K-0224-118.1771919285@form.md2-rm.example.org"
    date = "Tue, 24 Feb 2026 16:48:05 +0900"
    body = """医療機関向け求人登録フォームより、以下の登録がありました。
受付番号：K-0224-118

施設名　　　：医療法人社団 潮音会 そうさ潮音病院
施設種別　　：病院（一般病床60床・療養病床48床）
所在地　　　：〒289-2144 千葉県匝瑳市八日市場イ2871-5
担当部署　　：総務部 人事課
担当者名　　：宇野 美奈子
担当者カナ　：ウノ　ミナコ
電話番号　　：0479-72-5518
メール　　　：jinji@sousa-shion.example.jp
募集1　　　：整形外科　常勤1名（手術は週2件程度）
募集2　　　：内科　非常勤（週1日・木曜午後の外来）
勤務開始　　：随時（ご相談に応じます）
備考　　　　：医師住宅あり。駅から徒歩12分です。

──────────────────
本メールは送信専用アドレスから自動送信されています。
ドクターセカンドキャリア 地域医療マッチング事務局
"""
    h = [("Return-Path", "<no-reply@form.md2-rm.example.org>"),
         ("Received", "from app01.form.md2-rm.example.org (app01.form.md2-rm.example.org [192.0.2.41])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (MX, qid(mid), INBOX, recv_date(date, 1))),
         ("Date", date),
         ("From", addr("求人登録フォーム", "no-reply@form.md2-rm.example.org", "utf8")),
         ("Reply-To", "jinji@sousa-shion.example.jp"),
         ("To", INBOX),
         ("Subject", ew("【求人登録】K-0224-118 医療法人社団 潮音会 そうさ潮音病院", "utf8")),
         ("Message-ID", "<%s>" % mid)]
    g = gold(mid, "hospital", name="宇野 美奈子", name_kana="ウノ ミナコ", email="jinji@sousa-shion.example.jp",
             phone="0479725518", organization="医療法人社団 潮音会 そうさ潮音病院",
             specialties=["整形外科", "内科"], prefectures=["千葉県"], municipality="匝瑳市",
             employment=["full_time", "part_time"], days_per_week=1)
    add(17, "listing-form-two-posts-sosa-utf8b", "hospital",
        "text/plain UTF-8 base64; listing form (label：value aligned with full-width spaces); Reply-To the hospital", "medium",
        "Listing form with two posts: 整形外科 常勤 + 内科 非常勤 週1日 -> both kinds and days 1 (the only day count; 週2件 counts operations), 随時 -> no start, 匝瑳市 from the address, katakana reading with a full-width space; department not part of the organization",
        plain(h, body, "utf8b"), g)


def m018():
    mid = "OS3PR01MB6120B8F4C1D27A93E5064B1A8C2D1@OS3PR01MB6120.jpnprd01.prod.outlook.example.com"
    date = "Wed, 29 Jul 2026 17:32:11 +0900"
    body = """地域医療マッチング事務局
田上様

お世話になっております。あさくら川畔病院の古川です。
先日掲載いただきました消化器内科医の求人につきまして、
院内で検討した結果、条件を下記のとおり変更させていただきたく、ご連絡いたしました。

　（変更前）常勤1名／2026年8月から
　（変更後）非常勤　週3日（月・水・金）／2026年10月から

上部・下部の内視鏡検査をご担当いただける先生、という点は変わりません。
掲載内容の差し替えをお願いできますでしょうか。

――――――――――――――――
医療法人 川畔会 あさくら川畔病院
事務部　古川 健太
〒838-0068 福岡県朝倉市甘木1944-2
TEL 0946-22-7315
――――――――――――――――

-----Original Message-----
From: 地域医療マッチング事務局 <md@md2-rm.example.org>
Sent: Monday, July 6, 2026 10:12 AM
To: 古川 健太 <k-furukawa@asakura-kawabe.example.jp>
Subject: 求人掲載のご連絡

古川 様

お世話になっております。地域医療マッチング事務局の田上です。
ご依頼の求人を、以下の内容で掲載いたしました。

　診療科：消化器内科
　勤務形態：常勤1名
　開始時期：2026年8月

""" + SEC_SIG + "\n"
    h = hdrs_for(mid, date, "古川 健太", "k-furukawa@asakura-kawabe.example.jp", "求人掲載のご連絡", "msjis",
                 "mail-os0jpn01.outbound.protection.outlook.example.com", "40.107.113.77",
                 extra=[("Thread-Topic", ew("求人掲載のご連絡", "msjis")), ("Content-Language", "ja-JP")])
    h = [(k, ("RE: " + v) if k == "Subject" else v) for k, v in h]
    g = gold(mid, "hospital", name="古川 健太", email="k-furukawa@asakura-kawabe.example.jp", phone="0946227315",
             organization="医療法人 川畔会 あさくら川畔病院", specialties=["消化器内科"], prefectures=["福岡県"],
             municipality="朝倉市", employment=["part_time"], days_per_week=3, start="2026-10")
    add(18, "outlook-listing-change-gastro-asakura", "hospital",
        "text/plain iso-2022-jp (Outlook) 7bit; Subject 'RE: ' + RFC 2047; '-----Original Message-----' quote", "hard",
        "A hospital changes its listing in a thread: (変更前) 常勤/8月 → (変更後) 非常勤 週3日/10月 -> part_time, 3, 2026-10; the old terms stand both in its own text and in the quote; 内視鏡 -> 消化器内科 already named; organization in full from the signature (the first line shortens it), 朝倉市",
        plain(h, body, "msjis"), g)


def m019():
    mid = "20261116094822.3A0C.nosegawa@vill-nosegawa.example.jp"
    date = "Mon, 16 Nov 2026 09:48:22 +0900"
    body = """地域医療マッチング事務局 ご担当者様

奈良県吉野郡の野迫川村役場 住民課の中西と申します。
村の学校健診と予防接種にご協力いただける医師を探しており、ご連絡いたしました。

野迫川村には常駐の医師がおらず、これまでは村外の先生にお願いしてまいりましたが、
来年度からはお引き受けいただくことが難しくなりました。

・内容：小・中学校の児童生徒の健康診断（年4回）、乳幼児の予防接種（年2回）
・形態：単発でのご依頼（1回あたり半日程度）
・診療科：小児科または内科の先生
・時期：来年5月の学校健診から

交通費と謝金は村の規定によりお支払いいたします。
山道が続きますので、送迎のご相談にも応じます。

野迫川村役場 住民課
中西 里美
電話 0747-37-2105
"""
    h = hdrs_for(mid, date, "野迫川村役場 住民課", "juumin@vill-nosegawa.example.jp",
                 "学校健診・予防接種にご協力いただける医師について", "jis", "mail.vill-nosegawa.example.jp", "203.0.113.105")
    g = gold(mid, "hospital", name="中西 里美", email="juumin@vill-nosegawa.example.jp", phone="0747372105",
             organization="野迫川村役場", specialties=["健診", "小児科", "内科"], prefectures=["奈良県"],
             municipality="野迫川村", employment=["spot"], start="2027-05")
    add(19, "village-school-checkups-nosegawa-jis", "hospital",
        "text/plain ISO-2022-JP 7bit; From/Subject RFC 2047 ISO-2022-JP B", "medium",
        "A village office recruits for school health checks and vaccinations: 学校健診/健康診断 -> 健診 plus 小児科/内科, 単発 -> spot, 来年5月 in Nov 2026 -> 2027-05 (来年度 is only when the old doctor stops), organization without the 住民課, 野迫川村 after 吉野郡",
        plain(h, body, "jis"), g)


def m020():
    mid = "20270121101544.0042@kumanonada.example.jp"
    date = "Thu, 21 Jan 2027 10:15:44 +0900"
    body = """地域医療マッチング事務局 御中

寒さ厳しき折、皆様にはますますご健勝のこととお喜び申し上げます。
三重県尾鷲市で介護老人保健施設を運営しております、医療法人社団 熊野灘会 事務部人事課の東と申します。

当法人の介護老人保健施設 あじさい苑（入所100床、通所リハビリテーション併設）では、
現施設長が年度末をもって退任いたしますため、後任の施設長をお務めいただける医師を募集しております。

　募集職種：施設長（医師）1名
　勤務形態：常勤（土日祝休み）
　診療科目：内科（高齢者医療のご経験がおありでしたら歓迎いたします）
　着任時期：年度明けの4月（令和9年4月）
　当直　　：なし（夜間は協力病院が対応いたします）
　住居　　：尾鷲市内に法人の借り上げ住宅がございます

施設の見学は随時承ります。何卒よろしくお願い申し上げます。

医療法人社団 熊野灘会 介護老人保健施設 あじさい苑
事務部 人事課　東 俊介
〒519-3611 三重県尾鷲市林町7-31
TEL 0597-22-6084　FAX 0597-22-6085
"""
    h = hdrs_for(mid, date, "東 俊介", "jinji@kumanonada.example.jp", "老健施設長（医師）募集のご相談", "sjis",
                 "mail.kumanonada.example.jp", "198.51.100.59")
    g = gold(mid, "hospital", name="東 俊介", email="jinji@kumanonada.example.jp", phone="0597226084",
             organization="医療法人社団 熊野灘会 介護老人保健施設 あじさい苑",
             specialties=["老健・介護施設", "内科"], prefectures=["三重県"], municipality="尾鷲市",
             employment=["full_time"], start="2027-04")
    add(20, "roken-director-owase-sjis", "hospital",
        "text/plain Shift_JIS 8bit; From/Subject RFC 2047 Shift_JIS B", "medium",
        "A medical corporation seeks the director of its 老健: 介護老人保健施設 -> 老健・介護施設 plus 内科, 常勤, 年度明けの4月（令和9年4月） in Jan 2027 -> 2027-04, 当直：なし is no spot, 100床 is capacity; organization is the legal body and facility as signed, without 事務部人事課; 尾鷲市",
        plain(h, body, "sjis"), g)


def m021():
    mid = "20260810140207.2E51.tango-hamanasu@tango-hamanasu.example.jp"
    date = "Mon, 10 Aug 2026 14:02:07 +0900"
    body = """地域医療マッチング事務局
ご担当者様

京都府京丹後市の丹後はまなす病院で総務課長をしております、吉岡と申します。
いつもメールマガジンを拝見しております。

このたび当院外科の常勤医が退職することになり、後任の先生を探しております。
あわせて、土曜日の日直をお願いできる先生も募集いたします。

１．外科　常勤医 1名
　　消化器外科の手術経験をお持ちの先生を希望します。
　　再来月からご着任いただけるのが理想です。

２．土曜日の日直（スポット）
　　診療科は問いません。月1回からでも結構です。

病院の概要をまとめた資料がございますので、必要でしたらお送りいたします。
どうぞよろしくお願いいたします。

社会医療法人 はまなす会 丹後はまなす病院
総務課長　吉岡 誠
TEL 0772-62-4031
"""
    h = hdrs_for(mid, date, "吉岡 誠", "soumu@tango-hamanasu.example.jp", "外科常勤医および土曜日直の募集について",
                 "utf8b", "mail.tango-hamanasu.example.jp", "198.51.100.36")
    g = gold(mid, "hospital", name="吉岡 誠", email="soumu@tango-hamanasu.example.jp", phone="0772624031",
             organization="社会医療法人 はまなす会 丹後はまなす病院", specialties=["外科", "消化器外科"],
             prefectures=["京都府"], municipality="京丹後市", employment=["full_time", "spot"], start="2026-10")
    add(21, "surgeon-plus-saturday-duty-kyotango-saraigetsu", "hospital",
        "text/plain UTF-8 base64; From/Subject RFC 2047 UTF-8 B", "hard",
        "Two posts in one mail: 外科 常勤 (消化器外科 experience wanted) and a Saturday 日直 スポット with any specialty -> full_time + spot, 外科 + 消化器外科; 再来月 in Aug 2026 -> 2026-10; organization in full from the signature, 京丹後市; 月1回 is no day count",
        plain(h, body, "utf8b"), g)


def m022():
    mid = "20261007141542.8D3F.B2E61A07@omaezaki-tk.example.jp"
    date = "Wed, 07 Oct 2026 14:15:42 +0900"
    body = """ご担当者様

静岡県御前崎市にある「医療法人 潮騒会 おまえざき透析クリニック」院長の増田です。

当院は透析ベッド30床の小さな施設ですが、週2回、月曜と木曜の午後に
透析の管理をお願いできる非常勤の医師を探しています。
腎臓内科の先生なら理想ですが、透析の経験がある内科の先生であれば歓迎いたします。

急なお願いで恐縮ですが、来月から来ていただける方がいらっしゃれば大変助かります。

院長　増田 隆之
TEL 0537-85-2260
"""
    h = hdrs_for(mid, date, "増田 隆之", "masuda@omaezaki-tk.example.jp", "非常勤医師（透析）のご紹介のお願い",
                 "sjis", "mail.omaezaki-tk.example.jp", "203.0.113.58")
    g = gold(mid, "hospital", name="増田 隆之", email="masuda@omaezaki-tk.example.jp", phone="0537852260",
             organization="医療法人 潮騒会 おまえざき透析クリニック", specialties=["透析", "腎臓内科", "内科"],
             prefectures=["静岡県"], municipality="御前崎市", employment=["part_time"], days_per_week=2,
             start="2026-11")
    add(22, "dialysis-clinic-director-omaezaki-sjis", "hospital",
        "text/plain Shift_JIS 8bit; From/Subject RFC 2047 Shift_JIS B", "easy",
        "A dialysis clinic's director (a physician recruiting -> hospital): 透析 + 腎臓内科 + 内科, 週2回 -> part_time/2, 来月 in Oct 2026 -> 2026-11, 御前崎市; 30床 is beds",
        plain(h, body, "sjis"), g)


def m023():
    mid = "20260417103000.4410.karatsu-wmc@karatsu-wmc.example.jp"
    date = "Fri, 17 Apr 2026 10:30:00 +0900"
    body = """地域医療マッチング事務局 御中

平素より大変お世話になっております。
地方独立行政法人 唐津湾岸医療センター 経営企画課で医師確保を担当しております、坂本と申します。

当センターは佐賀県唐津市にある199床の病院で、地域の分娩の多くを担っておりますが、
医師の退職が重なり、次の2つの募集を急いでおります。

(1) 産婦人科　常勤医 1名
　　年間の分娩はおよそ300件です。夜間の呼び出しは医師3名で分担しております。
(2) 小児科（新生児を含む）　非常勤医
　　週2日、新生児の診察と小児科外来をお願いいたします。

いずれも令和8年10月からの勤務を想定しております。
ご紹介いただける先生がいらっしゃいましたら、ぜひお知らせください。

地方独立行政法人 唐津湾岸医療センター
経営企画課　坂本 葵
TEL 0955-72-3806（直通）
"""
    h = hdrs_for(mid, date, "坂本 葵", "ishikakuho@karatsu-wmc.example.jp", "産婦人科・小児科医師の募集について",
                 "jis", "mail.karatsu-wmc.example.jp", "198.51.100.117")
    g = gold(mid, "hospital", name="坂本 葵", email="ishikakuho@karatsu-wmc.example.jp", phone="0955723806",
             organization="地方独立行政法人 唐津湾岸医療センター", specialties=["産婦人科", "小児科"],
             prefectures=["佐賀県"], municipality="唐津市", employment=["full_time", "part_time"],
             days_per_week=2, start="2026-10")
    add(23, "obgyn-and-paediatrics-karatsu-jis", "hospital",
        "text/plain ISO-2022-JP 7bit; From/Subject RFC 2047 ISO-2022-JP B", "medium",
        "A local independent administrative agency's centre recruits two posts: 産婦人科 常勤 + 小児科 非常勤 週2日 -> both kinds, days 2, 令和8年10月 -> 2026-10; 199床/300件/3名 are no data; organization with its legal form, without 経営企画課",
        plain(h, body, "jis"), g)


def m024():
    mid = "20260303090612.1B2A.terasaki-naika@sayo-net.example.jp"
    date = "Tue, 03 Mar 2026 09:06:12 +0900"
    body = """地域医療マッチング事務局 ご担当者様

兵庫県佐用郡佐用町で内科医院を営んでおります、寺崎と申します。
開業して四十年になりますが、私も古希を過ぎ、そろそろ後を託せる先生を探さねばと思っております。

当院は外来が一日四十人ほどで、ほかに週二回、午後に往診をしております。
町内にはほかに内科の診療所が一か所しかなく、私が辞めると困る方が大勢おられます。

引き継いでいただきたいのは、内科の外来と往診です。
まずは常勤の勤務医として来ていただき、ゆくゆくは医院を継承していただける方がいれば、
一番ありがたいと考えております。時期はご縁次第で、急ぎません。

こうしたご相談も受け付けていただけるのでしょうか。

医療法人 寺崎内科医院
院長　寺崎 宗一
TEL 0790-82-1126
"""
    h = hdrs_for(mid, date, "寺崎 宗一", "terasaki-naika@sayo-net.example.jp", "後継の医師についてのご相談",
                 "jis", "mail.sayo-net.example.jp", "203.0.113.12")
    g = gold(mid, "hospital", name="寺崎 宗一", email="terasaki-naika@sayo-net.example.jp", phone="0790821126",
             organization="医療法人 寺崎内科医院", specialties=["内科", "在宅医療"], prefectures=["兵庫県"],
             municipality="佐用町", employment=["full_time"])
    add(24, "clinic-successor-sayo-jis", "hospital",
        "text/plain ISO-2022-JP 7bit; From/Subject RFC 2047 ISO-2022-JP B", "hard",
        "An ageing clinic owner looks for a successor: hospital (an institution recruiting), 内科外来 + 往診 -> 内科 + 在宅医療, 常勤 -> full_time; 週二回 is his current house-call routine, not the post (days null); 古希を過ぎ and 四十年 are no age; 急ぎません -> no start; 佐用町 after 佐用郡",
        plain(h, body, "jis"), g)


def m025():
    mid = "TY0PR01MB5566C3A9D1E84F7B20C6D93E4A15B@TY0PR01MB5566.jpnprd01.prod.outlook.example.com"
    date = "Thu, 10 Sep 2026 11:42:18 +0900"
    text = """地域医療マッチング事務局
ご担当者様

はじめてご連絡いたします。
福井県勝山市の医療法人 白山麓会 かつやま回復期リハビリテーション病院で、
診療支援課の課長をしております江端と申します。

当院は回復期リハビリテーション病棟（56床）を中心とした病院です。
このたび、病棟の主治医をお願いできる非常勤医師を募集することになりました。

・診療科：リハビリテーション科、または脳神経内科
・勤務：非常勤、週3日（曜日はご相談に応じます）
・開始：2026年11月から
・内容：病棟の回診、リハビリ計画の確認、ご家族への説明など

脳卒中後のリハビリに関心をお持ちの先生でしたら、ご経験は問いません。
よろしくお願いいたします。

医療法人 白山麓会 かつやま回復期リハビリテーション病院
診療支援課 課長　江端 由美子
TEL 0779-88-5102
"""
    h = hdrs_for(mid, date, "江端 由美子", "ebata@katsuyama-rehab.example.jp",
                 "非常勤医師（リハビリテーション科・脳神経内科）の募集", "utf8",
                 "mail-ty0jpn01.outbound.protection.outlook.example.com", "40.107.74.21",
                 extra=[("Content-Language", "ja-JP")])
    html = html_divs(text, "utf-8", "font-family:游ゴシック,sans-serif;font-size:11pt")
    parts = [leaf(text, "utf-8", '"utf-8"', "quoted-printable"),
             leaf(html, "utf-8", '"utf-8"', "quoted-printable", "text/html")]
    eml = multipart(h, "alternative", "_000_TY0PR01MB5566C3A9D1E84F7B20C6D93E4A15BTY0PR01MB5566jpnp_", parts)
    g = gold(mid, "hospital", name="江端 由美子", email="ebata@katsuyama-rehab.example.jp", phone="0779885102",
             organization="医療法人 白山麓会 かつやま回復期リハビリテーション病院",
             specialties=["リハビリテーション科", "脳神経内科"], prefectures=["福井県"], municipality="勝山市",
             employment=["part_time"], days_per_week=3, start="2026-11")
    add(25, "rehab-ward-katsuyama-outlook-alt-qp", "hospital",
        "multipart/alternative (Outlook): text/plain + text/html, UTF-8 quoted-printable; From/Subject RFC 2047 UTF-8 B", "easy",
        "A rehabilitation hospital recruits a part-time ward physician: リハビリテーション科 or 脳神経内科, 非常勤 週3日, 2026年11月; 56床 is beds; organization without 診療支援課; 勝山市",
        eml, g)


def m026():
    mid = "CAPz3Rk8wYq1Vn5tLd7Hs2Gb9Xe4Mc0fJu6aTo8iPk1yN3hW5rE@mail.gmail.example.com"
    date = "Thu, 09 Apr 2026 16:27:51 +0900"
    body = """地域医療マッチング事務局 ご担当者様

埼玉県秩父郡小鹿野町の、ちちぶ医療生活協同組合 おがの診療所で事務長をしております黒沢と申します。
訪問診療を担当していただける医師を募集しており、ご相談させていただきたくご連絡しました。

現在は所長が一人で外来と訪問診療を担っておりますが、在宅で療養される方が増え、
手が回らなくなってきております。

・内容：訪問診療（在宅の患者さん約60名、グループホームを含む）
・日数：週2日（火曜と金曜）、非常勤
・時期：6月からお願いできればと考えております
・移動：診療所の車で、看護師が同行します

定年後の先生も歓迎いたします。
どうぞよろしくお願いいたします。

ちちぶ医療生活協同組合 おがの診療所
事務長　黒沢 恵
TEL 0494-75-3318
"""
    h = hdrs_for(mid, date, "おがの診療所 黒沢", "ogano.clinic@gmail.example.com", "訪問診療の医師募集について",
                 "utf8b", "mail-oi1-f181.google.example.com", "209.85.167.181")
    g = gold(mid, "hospital", name="黒沢 恵", email="ogano.clinic@gmail.example.com", phone="0494753318",
             organization="ちちぶ医療生活協同組合 おがの診療所", specialties=["在宅医療"], prefectures=["埼玉県"],
             municipality="小鹿野町", employment=["part_time"], days_per_week=2, start="2026-06")
    add(26, "coop-clinic-home-visits-ogano-utf8b", "hospital",
        "text/plain UTF-8 base64 (Gmail account of a clinic); From/Subject RFC 2047 UTF-8 B", "easy",
        "A co-operative clinic recruits for home visits: 訪問診療 -> 在宅医療, 週2日 非常勤, 6月 in April 2026 -> 2026-06, 小鹿野町 after 秩父郡; organization is the co-operative and clinic as written; 60名 is patients",
        plain(h, body, "utf8b"), g)


def m027():
    mid = "20260622153318.6F0A.hinata-hp@suo-oshima.example.jp"
    date = "Mon, 22 Jun 2026 15:33:18 +0900"
    body = """地域医療マッチング事務局 御中

山口県大島郡周防大島町の社会医療法人 瀬戸内みかん会 大島ひなた病院、
地域連携室の藤井と申します。

当院では、来年4月に緩和ケア病棟（12床）を開設する予定です。
つきましては、病棟を担っていただける常勤の医師を募集しております。

がん診療や緩和医療のご経験をお持ちの先生で、島の暮らしに関心のある方にお越しいただければ幸いです。
開設準備の段階から関わっていただける場合は、年内の着任も歓迎いたします。
住居は病院の近くにご用意いたします。

ご紹介いただける先生がおられましたら、ご連絡をお願いいたします。

社会医療法人 瀬戸内みかん会 大島ひなた病院
地域連携室 室長　藤井 光代
〒742-2301 山口県大島郡周防大島町久賀5122-8
TEL 0820-72-6140
"""
    h = hdrs_for(mid, date, "大島ひなた病院 地域連携室", "renkei@suo-oshima.example.jp", "緩和ケア病棟の常勤医師募集について",
                 "jis", "mail.suo-oshima.example.jp", "198.51.100.154")
    g = gold(mid, "hospital", name="藤井 光代", email="renkei@suo-oshima.example.jp", phone="0820726140",
             organization="社会医療法人 瀬戸内みかん会 大島ひなた病院", specialties=["緩和ケア"],
             prefectures=["山口県"], municipality="周防大島町", employment=["full_time"], start="2027-04")
    add(27, "palliative-ward-suo-oshima-jis", "hospital",
        "text/plain ISO-2022-JP 7bit; From/Subject RFC 2047 ISO-2022-JP B", "medium",
        "An island hospital opening a palliative-care ward: 緩和ケア/緩和医療 only (がん診療 is experience), 常勤, 来年4月 in June 2026 -> 2027-04 (年内 is only a welcome), 12床 is beds; 周防大島町 after 大島郡; name from the signature",
        plain(h, body, "jis"), g)


def m028():
    mid = "3F9A1C2E-7D04-4B6B-A8E1-5C20D93B7F64@unnan-midori.example.jp"
    date = "Mon, 02 Nov 2026 08:41:09 +0900"
    attribution = "2026/10/28 15:02、地域医療マッチング事務局 <md@md2-rm.example.org>のメール:"
    quoted = """雲南みどり病院
安部 真二 様

先日はお電話をありがとうございました。事務局の小野寺です。
眼科の非常勤医師の件、求人票（添付の様式）にご記入のうえ、ご返送いただけますでしょうか。

""" + SEC_SIG
    text = """小野寺様

お世話になっております。
求人票を記入しましたので添付いたします。

概要は次のとおりです。
眼科　非常勤　週1日（火曜日）
来年1月から
白内障の術前術後の外来が中心です

よろしくお願いします。

雲南みどり病院 医事課
安部 真二
0854-42-3370

iPhoneから送信

""" + attribution + "\n\n" + quote(quoted) + "\n"
    h = hdrs_for(mid, date, "安部 真二", "abe.s@unnan-midori.example.jp", "眼科非常勤医師の求人票について",
                 "utf8q", "mail.unnan-midori.example.jp", "203.0.113.141", reply=True,
                 extra=[("X-Mailer", "iPhone Mail (22H31)"),
                        ("In-Reply-To", "<rq.20261028150207.0871@md2-rm.example.org>")])
    text_ph, text_body = leaf(text, "utf-8", "utf-8", "quoted-printable")
    pdf = pdf_part("=?UTF-8?B?5rGC5Lq656WoX+mbsuWNl+OBv+OBqeOCiueXhemZoi5wZGY=?=",
                   "*=UTF-8''%E6%B1%82%E4%BA%BA%E7%A5%A8_%E9%9B%B2%E5%8D%97%E3%81%BF%E3%81%A9%E3%82%8A%E7%97%85%E9%99%A2.pdf")
    eml = multipart(h, "mixed", "Apple-Mail-7C1E2B90-44D3-4A0F-9B61-0E8F3A2D5C17", [(text_ph, text_body), pdf])
    g = gold(mid, "hospital", name="安部 真二", email="abe.s@unnan-midori.example.jp", phone="0854423370",
             organization="雲南みどり病院", specialties=["眼科"], prefectures=[], municipality=None,
             employment=["part_time"], days_per_week=1, start="2027-01")
    add(28, "iphone-reply-eye-form-attached-unnan", "hospital",
        "multipart/mixed (iPhone): text/plain UTF-8 quoted-printable + application/pdf (RFC 2047 name, RFC 2231 filename); Subject 'Re: '", "hard",
        "A hospital answers in a thread and attaches its listing form: 眼科 非常勤 週1日, 来年1月 in Nov 2026 -> 2027-01; no prefecture or municipality is written anywhere (雲南 is only in the hospital's name and 0854 an area code), so both stay empty; organization without 医事課",
        eml, g)


def m029():
    mid = "20260127132655.91C3.kenkan@higashimikawa-kk.example.jp"
    date = "Tue, 27 Jan 2026 13:26:55 +0900"
    text = """地域医療マッチング事務局 ご担当者様

公益財団法人 東三河健康管理協会 健診事業部の鈴木と申します。
当協会の健診センター（愛知県豊橋市）で、健診業務にご協力いただける医師を募集しております。

【業務内容】
　人間ドック・企業健診の診察、結果説明
　巡回健診（健診車で事業所や学校を回ります）の診察

【勤務形態】
　単発（1日単位）でのご勤務、または週1日の定期勤務のいずれも可能です。
　土曜日のみのご勤務も歓迎いたします。

【開始時期】
　4月から（年度初めは健診が多く、特に人手を必要としております）

ご経験の長い先生、定年退職後の先生のご応募もお待ちしております。

公益財団法人 東三河健康管理協会
健診事業部　鈴木 亮
TEL 0532-39-7710
"""
    h = hdrs_for(mid, date, "東三河健康管理協会 鈴木", "kenshin-ishi@higashimikawa-kk.example.jp",
                 "【医師募集】健診センターでの勤務について", "utf8", "mail.higashimikawa-kk.example.jp", "198.51.100.12")
    html = html_divs(text, "utf-8")
    parts = [leaf(text, "utf-8", "UTF-8", "base64"), leaf(html, "utf-8", "UTF-8", "base64", "text/html")]
    eml = multipart(h, "alternative", "----=_Part_20260127132655_4411", parts)
    g = gold(mid, "hospital", name="鈴木 亮", email="kenshin-ishi@higashimikawa-kk.example.jp", phone="0532397710",
             organization="公益財団法人 東三河健康管理協会", specialties=["健診"], prefectures=["愛知県"],
             municipality="豊橋市", employment=["spot", "part_time"], days_per_week=1, start="2026-04")
    add(29, "health-check-association-toyohashi-alt", "hospital",
        "multipart/alternative: text/plain + text/html, UTF-8 base64; From/Subject RFC 2047 UTF-8 B", "medium",
        "A public-interest foundation's health-check centre recruits: 人間ドック/企業健診/巡回健診 -> 健診, 単発 or 週1日 -> spot + part_time, days 1, 4月 in Jan 2026 -> 2026-04; 豊橋市 in brackets after 愛知県; organization without 健診事業部",
        eml, g)


def m030():
    mid = "20261021102517.0C7B.mikurajima@vill-mikura.example.jp"
    date = "Wed, 21 Oct 2026 10:25:17 +0900"
    body = """地域医療マッチング事務局 ご担当者様

東京都御蔵島村役場 総務課の栗本と申します。
村の診療所に勤務していただける医師の募集について、ご相談させていただきます。

御蔵島は東京の竹芝桟橋から船でおよそ7時間半の離島で、人口は約300人です。
島の医療は村の診療所が一手に担っており、現在の先生の任期が来年3月で満了いたします。

・募集：診療所医師 常勤1名
・診療：総合診療（子どもから高齢の方まで、島の医療全般）
・着任：令和9年4月
・任期：原則2年（更新可）
・住居：村の医師住宅（家具・家電付き）

急患の際は東京都の本土の病院とヘリコプターで連携する体制があります。
ご関心をお持ちの先生がいらっしゃいましたら、ぜひご紹介ください。

御蔵島村役場 総務課
栗本 修平
TEL 04994-8-2713
"""
    h = hdrs_for(mid, date, "御蔵島村役場 総務課", "soumu@vill-mikura.example.jp", "村診療所の医師募集について",
                 "jis", "mail.vill-mikura.example.jp", "203.0.113.220")
    g = gold(mid, "hospital", name="栗本 修平", email="soumu@vill-mikura.example.jp", phone="0499482713",
             organization="御蔵島村役場", specialties=["総合診療科"], prefectures=["東京都"],
             municipality="御蔵島村", employment=["full_time"], start="2027-04")
    add(30, "island-village-office-mikurajima-jis", "hospital",
        "text/plain ISO-2022-JP 7bit; From/Subject RFC 2047 ISO-2022-JP B", "medium",
        "A village office on a remote island recruits the doctor of its clinic: 総合診療 -> 総合診療科, 常勤, 令和9年4月 -> 2027-04 (来年3月 is the current term's end), 東京都 (an island village of Tokyo), 5-digit area code 04994; 7時間半/300人/2年 are no data; organization is the office without 総務課",
        plain(h, body, "jis"), g)


def m031():
    mid = "20260915161204.7A2E.honbu@hiruzen-kai.example.jp"
    date = "Tue, 15 Sep 2026 16:12:04 +0900"
    text = """地域医療マッチング事務局 御中

いつもお世話になっております。
医療法人 蒜山会 法人本部 採用担当の山根でございます。

当法人が運営する2つの施設で、それぞれ医師を募集しております。
求人としてご掲載いただけますと幸いです。

■美作こころの丘病院（岡山県美作市）
　精神科　常勤 1名
　認知症治療病棟と外来をご担当いただきます。

■日野川ひだまりクリニック（鳥取県日野郡日野町）
　内科　常勤 1名
　外来と、近隣の高齢者施設の回診をお願いいたします。

いずれも12月1日以降のご着任を希望しております。
両施設の間は車で1時間半ほどですので、見学の際は1日で両方をご案内できます。

医療法人 蒜山会 法人本部
採用担当　山根 智美
TEL 0868-72-5190
"""
    h = hdrs_for(mid, date, "医療法人蒜山会 採用担当", "saiyo@hiruzen-kai.example.jp", "医師求人掲載のお願い（2施設）",
                 "sjis", "mail.hiruzen-kai.example.jp", "198.51.100.229")
    html = html_divs(text, "shift_jis", "font-family:'ＭＳ Ｐゴシック',sans-serif")
    eml = single(h, html, "shift_jis", "Shift_JIS", "8bit", "text/html")
    g = gold(mid, "hospital", name="山根 智美", email="saiyo@hiruzen-kai.example.jp", phone="0868725190",
             organization="医療法人 蒜山会", specialties=["精神科", "内科"], prefectures=["岡山県", "鳥取県"],
             employment=["full_time"], start="2026-12-01")
    add(31, "group-two-facilities-okayama-tottori-html-sjis", "hospital",
        "text/html only, Shift_JIS 8bit (<div> lines); From/Subject RFC 2047 Shift_JIS B", "hard",
        "A medical corporation's head office lists posts at two facilities: 精神科 (岡山県美作市) and 内科 (鳥取県日野町) -> both specialties and prefectures, municipality null since there are two, 常勤, 12月1日以降 in Sep 2026 -> 2026-12-01; organization is the corporation that writes, not one facility",
        eml, g)


def m032():
    mid = "b41e7c90-2d5a-4f83-9e16-c07a3d8f5b22@kurikoma-kogen.example.jp"
    date = "Thu, 18 Jun 2026 15:47:08 +0900"
    earlier = """地域医療マッチング事務局 ご担当者様

くりこま高原病院 総務課の千葉と申します。
整形外科の非常勤医師の募集について、求人の掲載をお願いいたします。

　診療科：整形外科
　勤務形態：非常勤　週1日（土曜日）
　開始時期：2026年8月から
　内容：外来診療（午前のみ）

よろしくお願いいたします。"""
    body = """地域医療マッチング事務局 ご担当者様

たびたび失礼いたします。くりこま高原病院の千葉です。
先ほどお送りしたメールで、曜日と開始時期に誤りがございました。
正しくは以下のとおりです。大変失礼いたしました。

　診療科：整形外科
　勤務形態：非常勤　週1日（金曜日）　※誤：土曜日
　開始時期：2026年9月から　　　　　　※誤：8月から
　内容：外来診療（午前のみ）

引き続きよろしくお願いいたします。

━━━━━━━━━━━━━━━━━━━━
医療法人 栗駒会 くりこま高原病院
総務課　千葉 亜紀
〒989-5301 宮城県栗原市栗駒岩ケ崎上小路8-4
TEL 0228-45-2217
━━━━━━━━━━━━━━━━━━━━

-------- Original Message --------
Subject: 整形外科非常勤医師の求人掲載のお願い
Date: 2026-06-18 14:52
From: 千葉 亜紀 <soumu@kurikoma-kogen.example.jp>
To: md@md2-rm.example.org

""" + quote(earlier) + "\n"
    h = hdrs_for(mid, date, "千葉 亜紀", "soumu@kurikoma-kogen.example.jp", "【訂正】整形外科非常勤医師の求人掲載のお願い",
                 "utf8", "mail.kurikoma-kogen.example.jp", "203.0.113.66",
                 extra=[("User-Agent", "Roundcube Webmail/1.6.6")])
    g = gold(mid, "hospital", name="千葉 亜紀", email="soumu@kurikoma-kogen.example.jp", phone="0228452217",
             organization="医療法人 栗駒会 くりこま高原病院", specialties=["整形外科"], prefectures=["宮城県"],
             municipality="栗原市", employment=["part_time"], days_per_week=1, start="2026-09")
    add(32, "correction-ortho-kurihara-chiba-surname", "hospital",
        "text/plain UTF-8 8bit (Roundcube); the writer's own earlier mail quoted below '-------- Original Message --------'", "hard",
        "A hospital corrects its own listing sent an hour earlier: 2026年9月から (誤：8月から) -> 2026-09, 週1日 非常勤, 整形外科; the contact's surname 千葉 is not 千葉県 (the post is in 宮城県栗原市 from the signature address); the quoted first mail holds the old values",
        plain(h, body, "utf8"), g)


def m033():
    mid = "20260701120355.0B14.himi-ent@himi-ent.example.jp"
    date = "Wed, 01 Jul 2026 12:03:55 +0900"
    body = """地域医療マッチング事務局 御中

富山県氷見市で耳鼻咽喉科の診療所を開いております、坂井と申します。

私事で恐縮ですが、8月に入院して手術を受けることになり、
8月11日（火）から13日（木）までの3日間、外来の代診をお願いできる先生を探しております。
お盆前で患者さんが多い時期のため、休診にせずに済めばと考えております。

・診療科：耳鼻咽喉科
・時間：9時〜12時、14時〜18時（木曜は午前のみ）
・場所：当院（氷見市の中心部、駅から徒歩5分）
・報酬：日当制（ご相談ください）

短期間のお願いで恐縮ですが、お心当たりの先生がいらっしゃいましたら、ご紹介いただけますと幸いです。

ひみ耳鼻咽喉科クリニック
院長　坂井 祐介
TEL 0766-72-0833
"""
    h = hdrs_for(mid, date, "坂井 祐介", "sakai@himi-ent.example.jp", "8月の代診医師のお願い（耳鼻咽喉科）", "jis",
                 "mail.himi-ent.example.jp", "198.51.100.48")
    g = gold(mid, "hospital", name="坂井 祐介", email="sakai@himi-ent.example.jp", phone="0766720833",
             organization="ひみ耳鼻咽喉科クリニック", specialties=["耳鼻咽喉科"], prefectures=["富山県"],
             municipality="氷見市", employment=["spot"], start="2026-08-11")
    add(33, "ent-locum-three-days-himi-jis", "hospital",
        "text/plain ISO-2022-JP 7bit; From/Subject RFC 2047 ISO-2022-JP B", "medium",
        "A clinic director seeks a locum for his own three-day absence: 代診 -> spot, 8月11日から13日まで -> 2026-08-11, 耳鼻咽喉科, 氷見市; opening hours and 徒歩5分 are no data",
        plain(h, body, "jis"), g)


def m034():
    mid = "20261026165830.2C9D.kiyosato-cl@town-kiyosato.example.jp"
    date = "Mon, 26 Oct 2026 16:58:30 +0900"
    quoted = """町立きよさと診療所
事務長 大西 様

お世話になっております。地域医療マッチング事務局の森田です。
先日ご登録いただいた内科医師の求人について、ご関心をお持ちの先生がいらっしゃいます。

　先生：60代男性、内科（札幌市内の病院に勤務中）
　ご希望：北海道内、非常勤、冬季を含めて通年で勤務可能

一度、オンラインで面談の機会を設けていただくことは可能でしょうか。
あわせて、勤務日数や開始時期など、現時点での条件をお知らせください。

""" + SEC_SIG
    body = """森田様

お世話になっております。町立きよさと診療所の大西です。
先生のご紹介、ありがとうございます。ぜひ面談をお願いいたします。

当診療所の条件は以下のとおりです。

・診療科：内科
・勤務：週4日（月曜〜木曜）の非常勤
・開始：12月から（冬の間だけでもご検討いただけると助かります）
・宿舎：診療所に隣接する町の医師住宅をご利用いただけます

面談は、平日の夕方でしたらいつでも調整いたします。
候補の日時をいくつかお知らせいただけますでしょうか。

北海道斜里郡清里町
町立きよさと診療所 事務長
大西 達也
TEL 0152-25-3091

2026年10月23日(金) 11:20 地域医療マッチング事務局 <md@md2-rm.example.org>:
""" + quote(quoted) + "\n"
    h = hdrs_for(mid, date, "町立きよさと診療所 大西", "kiyosato-cl@town-kiyosato.example.jp",
                 "内科医師のご紹介について", "jis", "mail.town-kiyosato.example.jp", "203.0.113.171", reply=True,
                 extra=[("In-Reply-To", "<intro.20261023112004.0611@md2-rm.example.org>")])
    g = gold(mid, "hospital", name="大西 達也", email="kiyosato-cl@town-kiyosato.example.jp", phone="0152253091",
             organization="町立きよさと診療所", specialties=["内科"], prefectures=["北海道"], municipality="清里町",
             employment=["part_time"], days_per_week=4, start="2026-12")
    add(34, "town-clinic-answers-introduction-kiyosato", "hospital",
        "text/plain ISO-2022-JP 7bit; Subject 'Re: ' + RFC 2047; quoted secretariat mail below an attribution line", "hard",
        "A town clinic answers the secretariat's introduction of a candidate and states its terms: 内科, 週4日 非常勤 -> part_time/4, 12月から in Oct 2026 -> 2026-12, 北海道 + 清里町 from the signature; the quoted candidate (60代, 札幌市, 非常勤) is no data",
        plain(h, body, "jis"), g)


def m035():
    mid = "000b01dcb47e$6a2d91c0$3e87b540$@bungo-ryoiku.example.jp"
    date = "Thu, 05 Mar 2026 10:48:26 +0900"
    body = """地域医療マッチング事務局
ご担当者様

いつもお世話になっております。
大分県豊後大野市の社会福祉法人 みどり野福祉会 豊後おおの療育園で、
事務長をしております河野と申します。

当園は重症心身障害児者の入所施設（定員60名）で、医療型の施設として
常勤医1名と非常勤医の体制で運営しております。
このたび非常勤の先生が退職されるため、後任の先生を募集いたします。

①診療科：小児科、または脳神経内科（てんかんの管理にお詳しい先生）
②勤務：非常勤　週1日（水曜日、9時～17時）
③開始：2026年5月～
④その他：入所者の定期診察、ご家族への病状説明

障害児医療のご経験がなくても、ご関心のある先生であれば歓迎いたします。
どうぞよろしくお願い申し上げます。

社会福祉法人 みどり野福祉会 豊後おおの療育園
事務長　河野 典子
TEL 0974-22-6518
"""
    h = hdrs_for(mid, date, "河野 典子", "jimu@bungo-ryoiku.example.jp", "非常勤医師募集のご相談（療育園）", "msjis",
                 "mail.bungo-ryoiku.example.jp", "198.51.100.83",
                 extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdyzfmotkcA+h7VAao5W3Z9YqL2xkQ==")])
    g = gold(mid, "hospital", name="河野 典子", email="jimu@bungo-ryoiku.example.jp", phone="0974226518",
             organization="社会福祉法人 みどり野福祉会 豊後おおの療育園", specialties=["小児科", "脳神経内科"],
             prefectures=["大分県"], municipality="豊後大野市", employment=["part_time"], days_per_week=1,
             start="2026-05")
    add(35, "disability-care-centre-bungo-ono-msjis", "hospital",
        "text/plain iso-2022-jp (Outlook, CP932 rows: ①-④ and ～) 7bit; From/Subject RFC 2047", "medium",
        "A welfare corporation's care centre for children with severe disabilities recruits a part-time doctor: 小児科 or 脳神経内科, 週1日 (水曜日, 9時～17時), 2026年5月～ -> 2026-05; 常勤医1名 describes its staff, 定員60名 is capacity; organization with legal form, 豊後大野市",
        plain(h, body, "msjis"), g)


# ======================================================================= general

def m036():
    mid = "CAKs9Tn2bYw4Qe7pRz1Mh8Vd3Lc6Gx0uFj5oAk2iHq9yS4nB7wE@mail.gmail.example.com"
    date = "Sun, 25 Jan 2026 20:14:33 +0900"
    body = """地域医療マッチング事務局の皆様

突然のメールで失礼いたします。
北陸医科大学医学部5年の小松 遥斗（こまつ はると）と申します。

地域医療の実習で能登の診療所にお世話になった際、
定年後に都市部から移ってこられた先生が、この事業を通じて来られたと伺いました。
将来、自分が地域で働くときの参考にしたく、いくつか教えていただけませんでしょうか。

1. 登録されている先生方の年齢層や、多い診療科
2. 医学生や研修医が事業の説明会などに参加することはできますか
3. 事業について紹介した資料があれば、いただけますでしょうか

お忙しいところ恐縮ですが、よろしくお願いいたします。

小松 遥斗
北陸医科大学 医学部医学科5年
"""
    h = hdrs_for(mid, date, "小松遥斗", "haruto.komatsu.med@gmail.example.com", "事業についての質問（医学生）",
                 "utf8b", "mail-wm1-f48.google.example.com", "209.85.128.48")
    g = gold(mid, "general", name="小松 遥斗", name_kana="コマツ ハルト", email="haruto.komatsu.med@gmail.example.com",
             organization="北陸医科大学")
    add(36, "medical-student-questions-utf8b", "general",
        "text/plain UTF-8 base64 (Gmail); From/Subject RFC 2047 UTF-8 B", "easy",
        "A medical student asks about the registered doctors, briefings and leaflets: general; kana from the brackets, organization is his university without the faculty; 能登 and 定年後 are no data",
        plain(h, body, "utf8b"), g)


def m037():
    mid = "20260526101108.33A1.chiikisosei@sanriku-bank.example.jp"
    date = "Tue, 26 May 2026 10:11:08 +0900"
    body = """ドクターセカンドキャリア 地域医療マッチング事務局
ご担当者様

初めてご連絡を差し上げます。
株式会社三陸みらい銀行 地域創生部の及川と申します。

当行では、岩手県・宮城県の沿岸部の自治体と連携し、地域の医療機関の人材確保を
お手伝いする取り組みを始めております。
その中で貴事業のことを知り、取引先の病院や診療所にご案内できないかと考えております。

つきましては、一度オンラインで、事業の内容や連携の可能性について
お話を伺う機会をいただけないでしょうか。
ご都合のよい日時を2、3お知らせいただければ、こちらで調整いたします。

株式会社三陸みらい銀行 地域創生部
調査役　及川 拓也
TEL 0192-21-4407
"""
    h = hdrs_for(mid, date, "及川 拓也", "t-oikawa@sanriku-bank.example.jp", "貴事業との連携についてのご相談",
                 "jis", "mail.sanriku-bank.example.jp", "198.51.100.240")
    g = gold(mid, "general", name="及川 拓也", email="t-oikawa@sanriku-bank.example.jp", phone="0192214407",
             organization="株式会社三陸みらい銀行")
    add(37, "regional-bank-partnership-jis", "general",
        "text/plain ISO-2022-JP 7bit; From/Subject RFC 2047 ISO-2022-JP B", "medium",
        "A regional bank proposes working together to introduce the programme to its client hospitals: general (a partner organisation, not a hospital recruiting and not spam: a personal request for a meeting); organization without 地域創生部; 岩手県/宮城県 are no data",
        plain(h, body, "jis"), g)


def m038():
    mid = "20260805094522.6E0D.iji@yamaga-chuo.example.jp"
    date = "Wed, 05 Aug 2026 09:45:22 +0900"
    body = """地域医療マッチング事務局 御中

熊本県山鹿市の山鹿中央病院 医事課の宮崎と申します。

貴事務局のメールマガジンについて、当院の医事課のアドレスでも
受け取れるようにしていただけますでしょうか。
現在のところ医師の募集予定はございませんが、他の医療機関の募集状況や、
事業の動きを参考にさせていただきたいと考えております。

登録先：iji@yamaga-chuo.example.jp

お手数をおかけしますが、よろしくお願いいたします。

山鹿中央病院 医事課
宮崎 真由美
TEL 0968-43-1205（内線 221）
"""
    h = hdrs_for(mid, date, "山鹿中央病院 医事課", "iji@yamaga-chuo.example.jp", "メールマガジン配信のお願い", "sjis",
                 "mail.yamaga-chuo.example.jp", "203.0.113.87")
    g = gold(mid, "general", name="宮崎 真由美", email="iji@yamaga-chuo.example.jp", phone="0968431205",
             organization="山鹿中央病院")
    add(38, "hospital-subscribes-no-opening-sjis", "general",
        "text/plain Shift_JIS 8bit; From/Subject RFC 2047 Shift_JIS B", "hard",
        "A hospital's clerk asks to subscribe to the newsletter and says there is no opening: general, not hospital (no recruiting) and not unsubscribe; the surname 宮崎 is not 宮崎県; the extension 内線 221 is not part of the phone",
        plain(h, body, "sjis"), g)


def m039():
    mid = "TYWPR01MB9935A8E02C4D71F6B3A59E0C8D14F@TYWPR01MB9935.jpnprd01.prod.outlook.example.com"
    date = "Fri, 13 Nov 2026 14:20:05 +0900"
    body = """地域医療マッチング事務局 御中

東都公衆衛生大学 大学院 医療政策学研究室で助教をしております、Tran Minh Anh（チャン ミン アン）と申します。

私どもは、医師の地域偏在と、定年前後の医師の就業に関する研究を行っております。
論文の執筆にあたり、公表可能な範囲で、以下の集計値をご提供いただけないか伺いたく、ご連絡いたしました。

・登録医師の年齢構成（60歳未満／60〜64歳／65〜69歳／70歳以上）
・都道府県別の成立件数（2023〜2025年度）
・常勤・非常勤の別

個人が特定される情報は一切不要です。研究計画書と倫理審査の承認書をお送りすることもできます。
ご検討のほど、よろしくお願い申し上げます。

Tran Minh Anh
東都公衆衛生大学 大学院 医療政策学研究室 助教
TEL 03-5841-7729
"""
    h = hdrs_for(mid, date, "Tran Minh Anh", "tran.ma@toto-ph.example.jp",
                 "研究のための集計データご提供のお願い", "utf8", "mail-tyw.outbound.protection.outlook.example.com",
                 "40.107.74.133")
    g = gold(mid, "general", name="Tran Minh Anh", name_kana="チャン ミン アン", email="tran.ma@toto-ph.example.jp",
             phone="0358417729", organization="東都公衆衛生大学")
    add(39, "researcher-statistics-request-utf8", "general",
        "text/plain UTF-8 8bit (Outlook); Subject RFC 2047 UTF-8 B", "medium",
        "A university researcher with a Vietnamese name asks for aggregate statistics: general; name in Latin letters with a katakana reading in brackets; the age bands, 常勤・非常勤 and 都道府県 are questions, no data; organization without the graduate school and laboratory",
        plain(h, body, "utf8"), g)


def m040():
    mid = "20260209152740.1D6C.kaihou@tottori-hoi.example.jp"
    date = "Mon, 09 Feb 2026 15:27:40 +0900"
    body = """地域医療マッチング事務局 ご担当者様

一般社団法人 鳥取県保険医協会で会報の編集を担当しております、米原と申します。

貴事務局のウェブサイトに掲載されている「定年後に島根の診療所へ移った内科医の体験記」を拝読し、
たいへん感銘を受けました。
つきましては、当会の会報3月号（会員約800名に配布）に、
この記事を転載させていただくことは可能でしょうか。

転載が可能な場合は、出典の表記方法や、執筆された先生へのご確認の要否についても
お教えいただけますと幸いです。

一般社団法人 鳥取県保険医協会
事務局（会報編集担当）　米原 さやか
TEL 0857-29-6301
"""
    h = hdrs_for(mid, date, "米原 さやか", "kaihou@tottori-hoi.example.jp", "体験記の転載について（お伺い）", "utf8q",
                 "mail.tottori-hoi.example.jp", "198.51.100.250")
    g = gold(mid, "general", name="米原 さやか", email="kaihou@tottori-hoi.example.jp", phone="0857296301",
             organization="一般社団法人 鳥取県保険医協会")
    add(40, "reprint-permission-association-qp", "general",
        "text/plain UTF-8 quoted-printable; From/Subject RFC 2047 UTF-8 B", "easy",
        "A doctors' association's newsletter editor asks to reprint an article: general; 島根/内科/定年後 belong to the article, 3月号/800名 are no data; organization with its legal form",
        plain(h, body, "utf8q"), g)


def m041():
    mid = "20260428071502.44B0.F2C1@kumakogen-mail.example.jp"
    date = "Tue, 28 Apr 2026 07:15:02 +0900"
    body = """事務局のみなさま

愛媛県の久万高原町に住んでいる者です。
この春、私たちの集落にあった診療所の先生が体を悪くされて、診療所が閉まってしまいました。
いまは町の中心部の病院まで、バスで1時間近くかけて通っています。

新聞でこちらの事業のことを知りました。
住民の側から「先生に来てほしい」とお願いすることはできるのでしょうか。
もしできるのであれば、どのような手続きが必要か教えてください。
町役場にも相談していますが、なかなか話が進みません。

突然のメールで申し訳ありません。

大久保 春江
0892-21-7034
"""
    h = hdrs_for(mid, date, "大久保 春江", "h-ookubo@kumakogen-mail.example.jp", "診療所がなくなってしまいました",
                 "jis", "mail.kumakogen-mail.example.jp", "203.0.113.245")
    g = gold(mid, "general", name="大久保 春江", email="h-ookubo@kumakogen-mail.example.jp", phone="0892217034")
    add(41, "resident-asks-for-doctor-kumakogen-jis", "general",
        "text/plain ISO-2022-JP 7bit; From/Subject RFC 2047 ISO-2022-JP B", "hard",
        "A resident whose local clinic closed asks whether residents can request a doctor: general (a private person, not an institution or municipality recruiting); 愛媛県/久万高原町 are where she lives, no lead data for general",
        plain(h, body, "jis"), g)


def m042():
    mid = "20260908103318.7F21.iryoshien@pref-fukui-cmsc.example.jp"
    date = "Tue, 08 Sep 2026 10:33:18 +0900"
    body = """地域医療マッチング事務局
ご担当者様

いつもお世話になっております。
福井県地域医療支援センターの前田でございます。

さて、当センターでは毎年、県内の医療機関向けに「医師確保セミナー」を開催しております。
今年度は11月27日（金）に福井市内で開催する予定で、
貴事務局から事業のご紹介を20分ほどいただけないかと考えております。

ご登壇いただける場合は、旅費を当センターの規定によりお支払いいたします。
お引き受けいただけるかどうか、9月末までにお知らせいただけますと幸いです。

福井県地域医療支援センター
前田 順子
TEL 0776-20-8815
"""
    h = hdrs_for(mid, date, "前田 順子", "iryoshien@pref-fukui-cmsc.example.jp", "医師確保セミナーでのご講演のお願い",
                 "utf8", "mail.pref-fukui-cmsc.example.jp", "198.51.100.244")
    g = gold(mid, "general", name="前田 順子", email="iryoshien@pref-fukui-cmsc.example.jp", phone="0776208815",
             organization="福井県地域医療支援センター")
    add(42, "prefecture-centre-seminar-talk-utf8", "general",
        "text/plain UTF-8 8bit; From/Subject RFC 2047 UTF-8 B", "medium",
        "A prefectural centre for regional medicine asks the secretariat to speak at its seminar for hospitals: general (a partner organisation, not a hospital recruiting although it is about 医師確保); 11月27日/20分/9月末 are no data",
        plain(h, body, "utf8"), g)


# ======================================================================= unsubscribe

def m043():
    mid = "20260316183044.5A90.hosoda@kanazawa-home.example.jp"
    date = "Mon, 16 Mar 2026 18:30:44 +0900"
    news = """細田 隆 先生

地域医療マッチング事務局です。
ご登録の条件（内科・常勤・石川県／富山県）に合う新しい求人が2件ございます。

【R-0312】富山県南砺市　公立病院　内科　常勤　2026年4月〜
【R-0313】石川県輪島市　診療所　内科　常勤　応相談

ご関心がございましたら、このメールにご返信ください。

""" + SEC_SIG
    body = """事務局 ご担当者様

いつもご案内をありがとうございます。
おかげさまで、知人の紹介で4月からの勤務先が決まりました。
つきましては、求人のご案内の配信を停止していただけますでしょうか。
これまで丁寧にご対応いただき、ありがとうございました。

細田 隆

""" + quote(news) + "\n"
    h = hdrs_for(mid, date, "細田 隆", "hosoda.t@kanazawa-home.example.jp", "新着求人のご案内（2件）", "jis",
                 "mail.kanazawa-home.example.jp", "203.0.113.19", reply=True)
    g = gold(mid, "unsubscribe", name="細田 隆", email="hosoda.t@kanazawa-home.example.jp")
    add(43, "doctor-found-post-stop-job-mails-jis", "unsubscribe",
        "text/plain ISO-2022-JP 7bit; Subject 'Re: ' + RFC 2047; job notice quoted with '> '", "medium",
        "A registered doctor has found a post elsewhere and asks to stop the job notices (配信を停止): unsubscribe, not doctor; 4月から is his new job, the quoted listings (内科, 常勤, 南砺市, 輪島市) are no data",
        plain(h, body, "jis"), g)


def m044():
    mid = "20260702111952.0E3B.soumu@kitaakita-kosei.example.jp"
    date = "Thu, 02 Jul 2026 11:19:52 +0900"
    body = """地域医療マッチング事務局 御中

いつもお世話になっております。
医療法人 阿仁川会 あにがわ厚生病院 総務課の工藤です。

貴事務局のご協力もあり、おかげさまで内科の常勤医師を確保することができました。
当面は医師募集の予定がございませんので、当院宛ての求人関連のご案内メールは
配信リストから削除していただけますようお願いいたします。

また募集の際には、改めてご相談させていただきます。
このたびは誠にありがとうございました。

医療法人 阿仁川会 あにがわ厚生病院
総務課　工藤 美穂
TEL 0186-72-3350
"""
    h = hdrs_for(mid, date, "工藤 美穂", "soumu@kitaakita-kosei.example.jp", "ご案内メール配信停止のお願い", "utf8b",
                 "mail.kitaakita-kosei.example.jp", "198.51.100.99")
    g = gold(mid, "unsubscribe", name="工藤 美穂", email="soumu@kitaakita-kosei.example.jp", phone="0186723350",
             organization="医療法人 阿仁川会 あにがわ厚生病院")
    add(44, "hospital-filled-post-remove-from-list-utf8b", "unsubscribe",
        "text/plain UTF-8 base64; From/Subject RFC 2047 UTF-8 B", "medium",
        "A hospital that has filled its post asks to be removed from the mailing list: unsubscribe, not hospital (no opening; 内科/常勤 are the filled post); person fields with the organization, without 総務課",
        plain(h, body, "utf8b"), g)


def m045():
    mid = "20261204082211.9B7C.tsuji@ezweb-like.example.jp"
    date = "Fri, 04 Dec 2026 08:22:11 +0900"
    news = """【地域医療マッチング通信 12月号】
冬の募集特集：北海道・東北の病院から、当直・日直のスポット求人が届いています。
"""
    body = """配信停止希望

辻 ｹｲｺ
ﾂｼﾞ内科医院
"""
    body += "\n" + quote(news) + "\n"
    h = hdrs_for(mid, date, None, "tsuji-naika@ezweb-like.example.jp", "地域医療マッチング通信 12月号", "sjis",
                 "mgw1.ezweb-like.example.jp", "203.0.113.201", reply=True)
    g = gold(mid, "unsubscribe", name="辻 ケイコ", email="tsuji-naika@ezweb-like.example.jp",
             organization="ツジ内科医院")
    add(45, "mobile-one-line-stop-hwkana-sjis", "unsubscribe",
        "text/plain Shift_JIS 8bit with half-width katakana; Subject 'Re: ' + RFC 2047 Shift_JIS B; no display name", "medium",
        "Mobile reply '配信停止希望' above a quoted newsletter line: unsubscribe; half-width katakana in the signature -> 辻 ケイコ and ツジ内科医院 after NFKC; the quoted spot/当直/北海道 text is no data",
        plain(h, body, "sjis"), g)


def m046():
    mid = "20260919200733.3C55.nakai@shiga-lake.example.jp"
    date = "Sat, 19 Sep 2026 20:07:33 +0900"
    body = """地域医療マッチング事務局 御中

メールマガジンの購読解除をお願いいたします。
以前、妻のアドレス（以下）で登録したのですが、妻から私のアドレスに転送されてきており、
二人とも今後の受け取りは不要です。

登録アドレス：nakai.emiko@shiga-lake.example.jp

ご対応よろしくお願いいたします。

中井 誠司
"""
    h = hdrs_for(mid, date, "中井 誠司", "nakai.seiji@shiga-lake.example.jp", "購読解除のお願い", "utf8q",
                 "mail.shiga-lake.example.jp", "198.51.100.206")
    g = gold(mid, "unsubscribe", name="中井 誠司", email="nakai.seiji@shiga-lake.example.jp")
    add(46, "unsubscribe-registered-under-wife-qp", "unsubscribe",
        "text/plain UTF-8 quoted-printable; From/Subject RFC 2047 UTF-8 B", "medium",
        "A husband asks to cancel the newsletter registered under his wife's address: unsubscribe; email is his From address (the address to answer), the registered address in the body is the one to remove",
        plain(h, body, "utf8q"), g)


# ======================================================================= auto_reply

def m047():
    mid = "20260810090001.autoreply.4471@kamaishi-seiryo.example.jp"
    date = "Mon, 10 Aug 2026 09:00:01 +0900"
    body = """※このメールは自動返信です。

メールをお送りいただき、ありがとうございます。
誠に勝手ながら、当院事務部は下記の期間、夏季休業とさせていただきます。

　休業期間：2026年8月8日（土）～8月16日（日）

休業期間中にいただいたメールには、8月17日（月）以降、順次ご返信いたします。
整形外科の常勤医師募集に関するお問い合わせも、休業明けにご対応いたします。

医療法人 清涼会 かまいし清涼病院　事務部
"""
    h = hdrs_for(mid, date, "かまいし清涼病院 事務部", "jimu@kamaishi-seiryo.example.jp",
                 "【自動返信】夏季休業のお知らせ", "msjis", "mail.kamaishi-seiryo.example.jp", "203.0.113.28",
                 extra=[("Auto-Submitted", "auto-replied"), ("In-Reply-To", "<listing.20260810085912.0214@md2-rm.example.org>")])
    add(47, "summer-closure-hospital-auto-submitted", "auto_reply",
        "text/plain iso-2022-jp (CP932 ～) 7bit; Auto-Submitted: auto-replied; Subject RFC 2047", "easy",
        "A hospital office's summer-closure autoreply (自動返信, Auto-Submitted): auto_reply; the mention of a 整形外科 常勤 post and the dates are no lead data",
        plain(h, body, "msjis"), gold(mid, "auto_reply"))


def m048():
    mid = "ticket-20260223-001873.notify@soudan.city-kitsuki.example.jp"
    date = "Mon, 23 Feb 2026 14:31:07 +0900"
    body = """杵築市 お問い合わせ窓口です。

以下の内容でお問い合わせを受け付けました。
担当課より、原則として5開庁日以内にご回答いたします。

受付番号：20260223-001873
件名：市内医療機関向け「医師確保支援制度」のご案内について
担当課：健康推進課

本メールは送信専用のアドレスから自動で配信されています。
このメールに返信されても回答できませんのでご了承ください。
"""
    h = hdrs_for(mid, date, "杵築市 お問い合わせ窓口", "no-reply@soudan.city-kitsuki.example.jp",
                 "お問い合わせを受け付けました（受付番号：20260223-001873）", "utf8b",
                 "soudan.city-kitsuki.example.jp", "198.51.100.202",
                 extra=[("X-Auto-Response-Suppress", "All")])
    add(48, "city-inquiry-ticket-receipt-utf8b", "auto_reply",
        "text/plain UTF-8 base64; X-Auto-Response-Suppress only (no Auto-Submitted); Subject RFC 2047 UTF-8 B", "medium",
        "A city's inquiry system confirms receipt with a ticket number (受け付けました, 自動で配信): auto_reply, although it comes from a municipality and mentions 医師確保; the ticket number is no phone",
        plain(h, body, "utf8b"), gold(mid, "auto_reply"))


def m049():
    mid = "20260902171440.vac.22A9@nichinan-coast.example.jp"
    date = "Wed, 02 Sep 2026 17:14:40 +0900"
    body = """このメールは自動で送信しています。

小田です。
9月1日から9月30日まで、海外での研修のため不在にしております。
期間中はメールを確認できない日が多く、お返事が遅れます。

外来・病棟に関するご連絡は、医局秘書（内線 305）までお願いいたします。
"""
    h = hdrs_for(mid, date, "小田 圭介", "k-oda@nichinan-coast.example.jp", "不在のお知らせ（9月30日まで）", "utf8",
                 "mail.nichinan-coast.example.jp", "198.51.100.114", reply=False,
                 extra=[("X-Autoreply", "yes")])
    add(49, "doctor-training-abroad-x-autoreply", "auto_reply",
        "text/plain UTF-8 8bit; X-Autoreply: yes only; Subject RFC 2047 UTF-8 B", "medium",
        "A physician's absence notice for a month of training abroad (自動で送信): auto_reply; his name, the dates and the extension are no lead data",
        plain(h, body, "utf8"), gold(mid, "auto_reply"))


def m050():
    mid = "OF3B9A21C4.7E5D2F10-ON49258C1A.0021B3E7-49258C1A.0021C440@kaminoyama-hp.example.jp"
    date = "Fri, 01 May 2026 15:02:51 +0900"
    body = """I am out of the office from 2026/05/01 until 2026/05/06.

5月1日から5月6日まで不在にしております。
5月7日より順次対応いたします。
お急ぎの場合は、人事課（0238-22-1011）へお電話ください。

Note: This is an automated response to your message  "求人掲載内容のご確認" sent on 2026/05/01 15:02:44.

This is the only notification you will receive while this person is away.
"""
    h = hdrs_for(mid, date, "Yuka Sato", "y-sato@kaminoyama-hp.example.jp", "AUTO: Yuka Sato is out of the office (returning 2026/05/06)",
                 "jis", "notes.kaminoyama-hp.example.jp", "203.0.113.118",
                 extra=[("X-Mailer", "IBM Notes Release 9.0.1FP10 HF197"), ("Auto-Submitted", "auto-generated"),
                        ("Precedence", "bulk")])
    add(50, "notes-out-of-office-bilingual-jis", "auto_reply",
        "text/plain ISO-2022-JP 7bit (IBM Notes); Auto-Submitted: auto-generated, Precedence: bulk; ASCII subject 'AUTO: … is out of the office'", "easy",
        "IBM Notes out-of-office in English with Japanese lines: auto_reply; the HR phone, the subject of our mail and the dates are no lead data",
        plain(h, body, "jis"), gold(mid, "auto_reply"))


def m051():
    mid = "20261229100005.ar.0081@sha-kyo-aira.example.jp"
    date = "Tue, 29 Dec 2026 10:00:05 +0900"
    body = """ご連絡ありがとうございます。

社会福祉法人 姶良市社会福祉協議会です。
年末年始（12月29日～1月4日）は業務をお休みしております。
いただいたメールは1月5日以降に拝見し、担当者よりご連絡いたします。

※本メールは送信専用アドレスからお送りしています。
"""
    h = hdrs_for(mid, date, "姶良市社会福祉協議会", "info@sha-kyo-aira.example.jp", "年末年始休業のお知らせ", "utf8q",
                 "mail.sha-kyo-aira.example.jp", "203.0.113.135", reply=True,
                 extra=[("Precedence", "auto_reply"), ("X-Auto-Response-Suppress", "OOF")])
    add(51, "welfare-council-new-year-precedence", "auto_reply",
        "text/plain UTF-8 quoted-printable; Precedence: auto_reply, X-Auto-Response-Suppress; Subject 'Re: ' + RFC 2047 UTF-8 B", "medium",
        "A social-welfare council's year-end closure notice answering our mail, with 'Re:' and no Auto-Submitted: auto_reply by its wording (送信専用, お休み) and the Precedence header; the organisation's name is no lead data",
        plain(h, body, "utf8q"), gold(mid, "auto_reply"))


# ======================================================================= bounce

NEWS_HDRS = """Return-Path: <bounce@md2-rm.example.org>
Received: from mailer.md2-rm.example.org (mailer.md2-rm.example.org [192.0.2.25])
	by {host}; {when}
Date: {odate}
From: =?UTF-8?B?5Zyw5Z+f5Yy755mC44Oe44OD44OB44Oz44Kw5LqL5YuZ5bGA?= <md@md2-rm.example.org>
To: {rcpt}
Subject: {subj}
Message-ID: <{omid}>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64
"""


def m052():
    mid = "20260415090312.5D2C4A18F7@mx.ichinoseki-net.example.jp"
    date = "Wed, 15 Apr 2026 09:03:12 +0900"
    rcpt = "dr.sasaki.k@ichinoseki-net.example.jp"
    text = """This is the mail system at host mx.ichinoseki-net.example.jp.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<%s>: user unknown
""" % rcpt
    status = """Reporting-MTA: dns; mx.ichinoseki-net.example.jp
X-Postfix-Queue-ID: 5D2C4A18F7
X-Postfix-Sender: rfc822; bounce@md2-rm.example.org
Arrival-Date: Wed, 15 Apr 2026 09:03:10 +0900 (JST)

Final-Recipient: rfc822; %s
Original-Recipient: rfc822;%s
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Postfix; user unknown
""" % (rcpt, rcpt)
    letter = """佐々木 健 先生

地域医療マッチング事務局です。
ご登録の条件（内科・非常勤 週2日・岩手県）に合う求人のご案内です。

【R-0415】岩手県西磐井郡平泉町　診療所　内科　非常勤（週2日）　2026年6月〜

""" + SEC_SIG
    orig = crlf(NEWS_HDRS.format(host="mx.ichinoseki-net.example.jp (Postfix) with ESMTPS id 5D2C4A18F7",
                                 when="Wed, 15 Apr 2026 09:03:10 +0900 (JST)", odate="Wed, 15 Apr 2026 09:03:00 +0900",
                                 rcpt=rcpt, omid="match.20260415090300.0077@md2-rm.example.org",
                                 subj=ew("【求人のご案内】ご登録条件に合う求人があります", "utf8"))).encode("ascii")
    orig += b"\r\n" + cte_apply(crlf(letter).encode("utf-8"), "base64")
    h = [("Return-Path", "<>"),
         ("Received", received("mx.ichinoseki-net.example.jp", "198.51.100.30", qid(mid), recv_date(date))),
         ("Date", date),
         ("From", "MAILER-DAEMON@mx.ichinoseki-net.example.jp (Mail Delivery System)"),
         ("To", "bounce@md2-rm.example.org"),
         ("Subject", "Undelivered Mail Returned to Sender"),
         ("Message-ID", "<%s>" % mid), ("Auto-Submitted", "auto-replied")]
    parts = [raw_part("text/plain; charset=us-ascii", crlf(text).encode("ascii"),
                      extra=[("Content-Description", "Notification")]),
             raw_part("message/delivery-status", crlf(status).encode("ascii"),
                      extra=[("Content-Description", "Delivery report")]),
             raw_part("message/rfc822", orig, extra=[("Content-Description", "Undelivered Message")])]
    eml = report(h, "5D2C4A18F7.1776211392/mx.ichinoseki-net.example.jp", parts)
    add(52, "postfix-user-unknown-returned-job-notice", "bounce",
        "multipart/report (Postfix): text/plain + message/delivery-status + message/rfc822 (returned UTF-8 base64 job notice)", "easy",
        "Postfix DSN, user unknown, for a job notice to a doctor: bounce; the returned notice (内科, 週2日, 岩手県, 平泉町, 2026年6月, the secretariat phone) is no lead data",
        eml, gold(mid, "bounce"))


def m053():
    mid = "TY3PR01MB10452.ndr.20260630T021455Z@TY3PR01MB10452.jpnprd01.prod.outlook.example.com"
    date = "Tue, 30 Jun 2026 02:14:55 +0000"
    rcpt = "saiyo@izumo-minami-hp.example.jp"
    text = """配信不能: 求人掲載のご案内

次の受信者またはグループへの配信に失敗しました:

%s
受信者のメールボックスがいっぱいで、現在メッセージを受信できません。しばらくしてから再送信するか、受信者に直接連絡してください。

管理者向け診断情報:

生成元サーバー: TY3PR01MB10452.jpnprd01.prod.outlook.example.com

%s
リモート サーバーから '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException' が返されました
""" % (rcpt, rcpt)
    status = """Reporting-MTA: dns;TY3PR01MB10452.jpnprd01.prod.outlook.example.com
Received-From-MTA: dns;mailer.md2-rm.example.org
Arrival-Date: Tue, 30 Jun 2026 02:14:51 +0000

Final-Recipient: rfc822;%s
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException
""" % rcpt
    orig = """Received: from mailer.md2-rm.example.org (192.0.2.25) by TY3PR01MB10452.jpnprd01.prod.outlook.example.com; Tue, 30 Jun 2026 02:14:51 +0000
From: md@md2-rm.example.org
To: %s
Subject: =?UTF-8?B?5rGC5Lq65o6y6LyJ44Gu44GU5qGI5YaF?=
Date: Tue, 30 Jun 2026 11:14:40 +0900
Message-ID: <outreach.20260630111440.0402@md2-rm.example.org>
""" % rcpt
    h = [("Received", received("TY3PR01MB10452.jpnprd01.prod.outlook.example.com", "40.107.74.45", qid(mid), recv_date(date))),
         ("Date", date),
         ("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@izumo-minami-hp.example.jp>"),
         ("To", "<bounce@md2-rm.example.org>"),
         ("Subject", ew("配信不能: 求人掲載のご案内", "utf8")),
         ("Message-ID", "<%s>" % mid), ("Content-Language", "ja-JP"), ("Auto-Submitted", "auto-replied")]
    parts = [leaf(text, "utf-8", "utf-8", "base64"),
             raw_part("message/delivery-status", crlf(status).encode("ascii")),
             raw_part("text/rfc822-headers", crlf(orig).encode("ascii"))]
    eml = report(h, "_000_TY3PR01MB10452ndr20260630T021455Z_", parts, preamble="")
    add(53, "exchange-ndr-mailbox-full-japanese-utc", "bounce",
        "multipart/report (Exchange Online, Japanese): text/plain UTF-8 base64 + message/delivery-status + text/rfc822-headers; Date in UTC", "medium",
        "Exchange '配信不能' NDR, 554 5.2.2 mailbox full, for the secretariat's listing invitation to a hospital: bounce; From is a MicrosoftExchange system address of the hospital's domain",
        eml, gold(mid, "bounce"))


def m054():
    mid = "20261110153022.A0012345@postmaster.kibi-isp.example.jp"
    date = "Tue, 10 Nov 2026 15:30:22 +0900"
    body = """このメールは、メールサーバーから自動的に送信されています。

お客様が送信されたメールは、以下の宛先に配送できませんでした。

　宛先：　fukuda-clinic@kibi-isp.example.jp
　理由：　宛先のメールボックスの容量が上限に達しています（552 Mailbox quota exceeded）

メールサーバーは3日間にわたって再送を試みましたが、配送できなかったため、
このメールの送信を中止いたしました。

―――― 送信されたメールの先頭部分 ――――
Date: Fri, 06 Nov 2026 10:00:00 +0900
From: md@md2-rm.example.org
To: fukuda-clinic@kibi-isp.example.jp
Subject: 【地域医療マッチング事務局】求人票ご記入のお願い

福田 院長 様
先日はお電話ありがとうございました。眼科の非常勤医師（週1日）の求人票を……
―――――――――――――――――――――――

きびネット サポートセンター
"""
    h = hdrs_for(mid, date, "きびネット メールシステム", "postmaster@kibi-isp.example.jp",
                 "配送できなかったメールのお知らせ", "jis", "postmaster.kibi-isp.example.jp", "203.0.113.161",
                 rp="")
    h = [(k, "<>" if k == "Return-Path" else v) for k, v in h]
    add(54, "isp-japanese-quota-bounce-plain-jis", "bounce",
        "text/plain ISO-2022-JP 7bit, not multipart/report; From postmaster with a Japanese display name; Return-Path <>", "medium",
        "An ISP's Japanese non-delivery notice after three days of retries (mailbox quota): bounce; the quoted head of our listing request (眼科, 非常勤, 週1日, 福田) is no lead data",
        plain(h, body, "jis"), gold(mid, "bounce"))


def m055():
    mid = "202601200915.60K0FaXb004417@mail.tsuyama-gc.example.jp"
    date = "Tue, 20 Jan 2026 09:15:47 +0900"
    rcpt = "renkei@tsuyama-gc.example.jp"
    text = """The original message was received at Tue, 20 Jan 2026 09:15:40 +0900
from mailer.md2-rm.example.org [192.0.2.25]

   ----- The following addresses had permanent fatal errors -----
<%s>
    (reason: 550 5.7.1 <%s>... Relaying denied. Recipient domain has moved)

   ----- Transcript of session follows -----
... while talking to mx-old.tsuyama-gc.example.jp.:
>>> RCPT To:<%s>
<<< 550 5.7.1 <%s>... Relaying denied. Recipient domain has moved
550 5.1.1 <%s>... User unknown
""" % ((rcpt,) * 5)
    status = """Reporting-MTA: dns; mail.tsuyama-gc.example.jp
Received-From-MTA: DNS; mailer.md2-rm.example.org
Arrival-Date: Tue, 20 Jan 2026 09:15:40 +0900

Final-Recipient: RFC822; %s
Action: failed
Status: 5.7.1
Remote-MTA: DNS; mx-old.tsuyama-gc.example.jp
Diagnostic-Code: SMTP; 550 5.7.1 <%s>... Relaying denied. Recipient domain has moved
Last-Attempt-Date: Tue, 20 Jan 2026 09:15:47 +0900
""" % (rcpt, rcpt)
    orig = NEWS_HDRS.format(host="mail.tsuyama-gc.example.jp (8.17.1/8.17.1) with ESMTP id 60K0FaXb004417",
                            when="Tue, 20 Jan 2026 09:15:40 +0900", odate="Tue, 20 Jan 2026 09:15:00 +0900",
                            rcpt=rcpt, omid="news.202601.20.0018@md2-rm.example.org",
                            subj="=?UTF-8?B?44CQ5Zyw5Z+f5Yy755mC44Oe44OD44OB44Oz44Kw6YCa5L+h44CR?=")
    h = [("Return-Path", "<>"),
         ("Received", received("mail.tsuyama-gc.example.jp", "198.51.100.190", qid(mid), recv_date(date))),
         ("Date", date),
         ("From", "Mail Delivery Subsystem <MAILER-DAEMON@mail.tsuyama-gc.example.jp>"),
         ("To", "<bounce@md2-rm.example.org>"),
         ("Subject", "Returned mail: see transcript for details"),
         ("Message-ID", "<%s>" % mid), ("Auto-Submitted", "auto-generated (failure)")]
    parts = [raw_part("text/plain; charset=us-ascii", crlf(text).encode("ascii")),
             raw_part("message/delivery-status", crlf(status).encode("ascii")),
             raw_part("text/rfc822-headers", crlf(orig).encode("ascii"))]
    eml = report(h, "60K0FaXb004417.1768868147/mail.tsuyama-gc.example.jp", parts)
    add(55, "sendmail-relaying-denied-domain-moved", "bounce",
        "multipart/report (Sendmail): text/plain + message/delivery-status + text/rfc822-headers; MAILER-DAEMON", "easy",
        "Sendmail DSN, 550 5.7.1 relaying denied after the recipient domain moved, for a newsletter to a hospital's liaison office: bounce",
        eml, gold(mid, "bounce"))


# ======================================================================= spam

def m056():
    mid = "20260318060012.mm.883104@beauty-clinic-fc.example.com"
    date = "Wed, 18 Mar 2026 06:00:12 +0900"
    text = """院長先生

突然のご案内失礼いたします。
自費診療の導入で、保険診療だけに頼らない医院経営を実現しませんか。

■医療脱毛・しみ取りレーザーのフランチャイズ加盟のご案内
・初期費用0円プラン（機器リース込み）
・看護師1名で運用可能、院長先生の診察は1日30分程度
・全国200院以上の導入実績、平均で月商＋180万円

内科・整形外科・皮膚科など、診療科は問いません。
定年後に開業された先生にも多数ご加盟いただいております。

▼オンライン説明会（毎週水曜19時〜）のお申込みはこちら
http://beauty-clinic-fc.example.com/seminar?id=883104

配信停止をご希望の方は、こちらから手続きをお願いいたします。
http://beauty-clinic-fc.example.com/optout?id=883104

株式会社ビューティークリニック・パートナーズ
"""
    h = hdrs_for(mid, date, "クリニック経営サポート事務局", "info@beauty-clinic-fc.example.com",
                 "【院長先生へ】自費診療で月商+180万円、初期費用0円", "utf8", "mta03.beauty-clinic-fc.example.com",
                 "198.51.100.222", extra=[("List-Unsubscribe", "<http://beauty-clinic-fc.example.com/optout?id=883104>"),
                                         ("Precedence", "bulk")])
    parts = [leaf(text, "utf-8", "UTF-8", "base64"),
             leaf(html_divs(text, "utf-8"), "utf-8", "UTF-8", "base64", "text/html")]
    eml = multipart(h, "alternative", "=_mm_883104_0318", parts)
    add(56, "cosmetic-franchise-pitch-to-clinics", "spam",
        "multipart/alternative, UTF-8 base64; List-Unsubscribe, Precedence: bulk; Subject RFC 2047 UTF-8 B", "easy",
        "Cosmetic-laser franchise sales mail to clinic directors: spam; 内科/整形外科/皮膚科, 全国, 定年後 and the 配信停止 link must not make it hospital, doctor or unsubscribe",
        eml, gold(mid, "spam"))


def m057():
    mid = "20260611231547.7713.notice@ishibaiseki-hoken.example.com"
    date = "Thu, 11 Jun 2026 23:15:47 +0900"
    body = """医師賠償責任保険 ご契約者様

いつもご利用いただきありがとうございます。
お客様のご契約は、2026年6月30日をもって更新期限を迎えます。

本年度より更新手続きはオンラインのみとなりました。
期限までにお手続きがない場合、補償が停止され、診療中の事故が補償対象外となります。

下記のURLより、医籍登録番号・クレジットカード情報をご入力のうえ、更新を完了してください。
https://ishibaiseki-hoken.example.com/renew/login

※本メールは送信専用です。ご返信いただいてもお答えできません。
医師賠償責任保険 更新センター
"""
    h = hdrs_for(mid, date, "医師賠償責任保険 更新センター", "notice@ishibaiseki-hoken.example.com",
                 "【重要】医師賠償責任保険の更新手続きのお願い（期限：6月30日）", "sjis",
                 "mail.ishibaiseki-hoken.example.com", "203.0.113.250")
    add(57, "malpractice-insurance-renewal-phishing-sjis", "spam",
        "text/plain Shift_JIS 8bit; Subject RFC 2047 Shift_JIS B", "medium",
        "Phishing posing as a malpractice-insurance renewal (licence number and card details via a link, a deadline): spam; 送信専用 does not make it an auto_reply",
        plain(h, body, "sjis"), gold(mid, "spam"))


def m058():
    mid = "0102018f2a7c4d1e-9b3c7a10-5e21-4f8a-b6d3-2c90e1f7a845-000000@mail.medlist-data.example.com"
    date = "Mon, 21 Sep 2026 04:12:33 +0000"
    body = """Hello,

Are you looking to reach doctors and hospital decision-makers in Japan?

We offer a verified, opt-in database of Japanese healthcare contacts:
- 312,000 physicians (by specialty: internal medicine, surgery, paediatrics, anaesthesiology ...)
- 8,200 hospitals and 101,000 clinics, with department heads and HR managers
- Full-time and part-time staff, updated quarterly

Sample of 100 records free of charge. Pricing starts at USD 1,490.

Reply "SAMPLE" to receive the file, or "REMOVE" to opt out.

Best regards,
Kevin Marsh
Data Solutions Team
"""
    h = hdrs_for(mid, date, "Kevin Marsh", "kevin.marsh@medlist-data.example.com",
                 "Japan physician & hospital email list - 312,000 verified contacts", "ascii",
                 "a48-110.smtp-out.mail.medlist-data.example.com", "54.240.48.110")
    add(58, "english-doctor-email-list-sale", "spam",
        "text/plain us-ascii 7bit; Date in UTC", "easy",
        "English sale of a physician and hospital email list: spam; specialties, full-time/part-time, 'Reply REMOVE' and a personal signature are no lead data",
        plain(h, body, "ascii"), gold(mid, "spam"))


def m059():
    mid = "20260827080030.f4412@shinryo-factoring.example.com"
    date = "Thu, 27 Aug 2026 08:00:30 +0900"
    body = """医療機関ご担当者様

診療報酬の入金まで2か月、資金繰りにお困りではありませんか？

「診療報酬ファクタリング」なら、最短即日で現金化が可能です。
・審査は書類のみ、来店不要
・手数料 2.0%～
・赤字決算、税金滞納中でもご相談ください

医師の採用や設備投資の資金としてもご活用いただけます。
病院・診療所・歯科医院・介護施設、全国対応。

お問い合わせ：0120-000-000（平日9時～18時）
https://shinryo-factoring.example.com/

※今後のご案内が不要な場合は「配信不要」とご返信ください。
"""
    h = hdrs_for(mid, date, "診療報酬ファクタリング窓口", "info@shinryo-factoring.example.com",
                 "【医療機関様限定】診療報酬を最短即日で現金化", "msjis", "smtp.shinryo-factoring.example.com",
                 "203.0.113.210")
    add(59, "medical-factoring-mass-mail-msjis", "spam",
        "text/plain iso-2022-jp (CP932 ～) 7bit; Subject RFC 2047", "medium",
        "Factoring of medical fees mailed to institutions: spam; 医師の採用, 介護施設, 全国 and a toll-free number are no lead data; 配信不要 reply offer is not an unsubscribe",
        plain(h, body, "msjis"), gold(mid, "spam"))


def m060():
    mid = "20261014121905.92d1@kaitori-iryoukiki.example.com"
    date = "Wed, 14 Oct 2026 12:19:05 +0900"
    text = """閉院・承継をご検討中の院長先生へ

医療機器の高価買取のご案内です。

超音波診断装置、内視鏡、X線装置、電子カルテ端末など、
古い機器でも専門の査定員が無料でお見積もりいたします。
閉院に伴う一括買取、原状回復工事のご相談も承ります。

【買取実績】
・内視鏡システム一式（2014年製）　82万円
・超音波診断装置（2012年製）　35万円

出張査定は全国どこでも無料です。
LINEでの写真査定も受け付けております。

医療機器買取センター
"""
    h = hdrs_for(mid, date, "医療機器買取センター", "info@kaitori-iryoukiki.example.com",
                 "【閉院・承継の院長先生へ】医療機器 高価買取いたします", "utf8", "mail.kaitori-iryoukiki.example.com",
                 "198.51.100.233")
    eml = single(h, html_divs(text, "utf-8"), "utf-8", "utf-8", "quoted-printable", "text/html")
    add(60, "used-equipment-buyer-html-qp", "spam",
        "text/html only, UTF-8 quoted-printable; Subject RFC 2047 UTF-8 B", "easy",
        "Used medical-equipment buyer's advertisement to retiring clinic owners: spam; 閉院/承継, 全国どこでも and the equipment years are no lead data",
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
