#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Development mails for madoguchi parse: 60 invented messages + gold labels (extra11).

    python3 generate.py [OUTDIR]     # writes NNN-slug.eml, NNN-slug.json, index.tsv

The gold follows the lead contract (docs/lead.md) and the conventions of
samples/README.md. People, institutions, numbers and addresses are invented; only
.example.jp / .example.com / .example.org domains are used. Output is deterministic;
CRLF line endings throughout. The MIME and encoding helpers are those of
../tools/mailgen.py.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tools"))
from mailgen import (  # noqa: E402
    addr, crlf, ew, ewq, gmail_html, gold, html_divs, INBOX, leaf, multipart, MX, qid,
    quote, raw_part, recv_date, report, SEC_SIG, single, std, write_set,
    TOHOKU, HOKURIKU)

MAILS = []


def add(num, slug, cat, enc, diff, desc, eml, g):
    MAILS.append(dict(num=num, slug=slug, cat=cat, enc=enc, diff=diff, desc=desc, eml=eml, gold=g))


# Body encodings: short name -> (codec, charset label, transfer encoding, header charset).
BODY = {
    "jis": ("iso2022_jp", "ISO-2022-JP", "7bit", "jis"),
    "msjis": ("ms-iso2022jp", '"iso-2022-jp"', "7bit", "msjis"),
    "sjis": ("shift_jis", "Shift_JIS", "8bit", "sjis"),
    "cp932": ("cp932", '"shift_jis"', "8bit", "cp932"),
    "euc": ("euc_jp", "EUC-JP", "8bit", "euc"),
    "utf8": ("utf-8", "UTF-8", "8bit", "utf8"),
    "utf8b": ("utf-8", "UTF-8", "base64", "utf8"),
    "utf8q": ("utf-8", "UTF-8", "quoted-printable", "utf8"),
    "ascii": ("us-ascii", "us-ascii", "7bit", None),
}


def jis_chars(text, enc):
    """The JIS X 0208 codecs (not the Microsoft ones) write WAVE DASH and MINUS SIGN."""
    if enc in ("jis", "sjis", "euc"):
        return text.replace("\uff5e", "\u301c").replace("\uff0d", "\u2212")
    return text


def hdr_text(s, hcs):
    return s if s.isascii() or hcs is None else ew(s, hcs)


def from_(name, email_, hcs):
    if not name:
        return email_
    return addr(name, email_, None if name.isascii() else hcs)


def plain(mid, date, fname, femail, subj, body, enc, host, ip, extra=(), ctype="text/plain",
          cextra="", to=INBOX, rp=None):
    """A single-part mail received from outside, in one of the BODY encodings."""
    codec, label, cte, hcs = BODY[enc]
    body, subj = jis_chars(body, enc), jis_chars(subj, enc)
    hdrs = std(mid, date, from_(fname, femail, hcs), hdr_text(subj, hcs), host, ip, to=to,
               rp=rp, extra=extra)
    return single(hdrs, body, codec, label, cte, ctype, cextra)


def alt(mid, date, fname, femail, subj, text, html, host, ip, boundary, extra=(), enc="utf8b"):
    codec, label, cte, hcs = BODY[enc]
    text, html, subj = jis_chars(text, enc), jis_chars(html, enc), jis_chars(subj, enc)
    hdrs = std(mid, date, from_(fname, femail, hcs), hdr_text(subj, hcs), host, ip, extra=extra)
    cte_html = "quoted-printable" if enc in ("jis", "msjis") else cte
    parts = [leaf(text, codec, label, cte), leaf(html, codec, label, cte_html, ctype="text/html")]
    return multipart(hdrs, "alternative", boundary, parts)


def tb_ja(when, who, text):
    return "%s に %s さんは書きました:\n%s\n" % (when, who, quote(text))


# ======================================================================= doctor

def m001():
    mid = "20261013204107.5C21.8E0A77D1@kohoku-net.example.jp"
    date = "Tue, 13 Oct 2026 20:41:07 +0900"
    body = """地域医療マッチング事務局 御中

はじめてご連絡いたします。横浜市港北区に住む医師の北見昌平と申します。
昭和三十六年の生まれで、消化器内科を専門としてまいりました。
現在は 医療法人社団 港北みなみ会 新横浜中央病院 の内視鏡センターに勤めておりますが、
来年3月で定年となります。

定年後は、内視鏡の技術を必要としている地域で、常勤として腰を据えて働きたいと
考えております。上部・下部の内視鏡検査と胃腸の外来はもちろん、内科全般の外来も
お引き受けできます。

場所は東北のどこかを考えております。ただ、福島県は家の事情で避けたいので、
それ以外の5県でお探しいただけますと幸いです。
年度明けの4月から勤務できれば理想です。

登録に必要な書類などがあれば、お知らせください。

北見 昌平
携帯 090-3318-6027
"""
    eml = plain(mid, date, "北見 昌平", "k-kitami@kohoku-net.example.jp",
                "定年後の常勤先のご相談（消化器内科）", body, "jis",
                "smtp.kohoku-net.example.jp", "198.51.100.23",
                extra=[("X-Mailer", "Becky! ver. 2.81.08 [ja]")])
    g = gold(mid, "doctor", name="北見 昌平", email="k-kitami@kohoku-net.example.jp",
             phone="09033186027", birth_year=1961,
             organization="医療法人社団 港北みなみ会 新横浜中央病院",
             specialties=["消化器内科", "内科"], prefectures=["青森県", "岩手県", "宮城県", "秋田県", "山形県"],
             employment=["full_time"], start="2027-04")
    add(1, "gastro-tohoku-except-fukushima-jis", "doctor",
        "text/plain ISO-2022-JP 7bit (Becky!); From/Subject RFC 2047 ISO-2022-JP B", "hard",
        "Retiring endoscopist: 昭和三十六年 in kanji -> 1961 (no age), 東北 minus 福島県 -> the other five prefectures, 胃腸/内視鏡 -> 消化器内科 plus 内科全般 -> 内科, 年度明けの4月 in October 2026 -> 2027-04 (来年3月 is his retirement); the endoscopy centre is dropped from the organization",
        eml, g)


def m002():
    mid = "reg-20260816-0803-4471@form.md2-rm.example.org"
    date = "Sun, 16 Aug 2026 08:03:51 +0900"
    body = """医師登録フォームより、以下の内容が送信されました。
--------------------------------------------------
[氏名] 早瀬 瑞穂
[しめい] はやせ みずほ
[生年月日] 平成元年8月3日
[年齢] 37
[連絡用メール] hayase.m@kaze-mail.example.com
[電話] 070-5521-0863
[現在の勤務先] あおなみ臨海総合病院
[診療科（複数可）] 総合診療 / 救急外来
[勤務地の希望] 全国どこでも（離島・へき地歓迎）
[雇用形態] 常勤
[開始時期] 再来月から可
[備考]
救急で8年勤めたあと、総合診療の専門医を取りました。
都市部の救急から、地域で患者さんを長く診る仕事に軸足を移したいと考えています。
単身で動けるので、場所にこだわりはありません。
--------------------------------------------------
送信元IP: 203.0.113.77
このメールは送信専用アドレスから自動送信されています。
"""
    codec, label, cte, hcs = BODY["utf8b"]
    hdrs = [("Return-Path", "<no-reply@form.md2-rm.example.org>"),
            ("Received", "from app02.form.md2-rm.example.org (app02.form.md2-rm.example.org [192.0.2.42])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (MX, qid(mid), INBOX, recv_date(date, 1))),
            ("Date", date),
            ("From", addr("医師登録フォーム", "no-reply@form.md2-rm.example.org", "utf8")),
            ("To", INBOX),
            ("Subject", ew("[医師登録] 早瀬 瑞穂 様より申込みがありました", "utf8")),
            ("Message-ID", "<%s>" % mid),
            ("X-Mailer", "md2-rm formmailer 3.0")]
    eml = single(hdrs, body, codec, label, cte)
    g = gold(mid, "doctor", name="早瀬 瑞穂", name_kana="ハヤセ ミズホ", email="hayase.m@kaze-mail.example.com",
             phone="07055210863", age=37, birth_year=1989, organization="あおなみ臨海総合病院",
             specialties=["総合診療科", "救急科"], prefectures=["全国"], employment=["full_time"],
             start="2026-10")
    add(2, "form-heisei-gannen-anywhere-utf8b", "doctor",
        "text/plain UTF-8 base64; registration form with [label] lines; From/Subject RFC 2047 UTF-8 B", "medium",
        "Form registration of a 37-year-old: 平成元年 -> 1989 and 年齢 37, hiragana reading under the label しめい -> katakana, 総合診療 + 救急外来 -> 総合診療科/救急科, 全国どこでも -> 全国, 再来月 in August 2026 -> 2026-10; email from the body, not the form sender; the IP is no phone",
        eml, g)


def m003():
    mid = "CAJ8u2Lm0Qx7=fT1kP9@thames-mail.example.com"
    date = "Wed, 30 Sep 2026 23:42:10 +0100"
    body = """Dear Madoguchi team,

My name is Ryota Someya. I am a Japanese physician and have spent the last nine
years in England, most recently as a salaried doctor at Riverside Community
Health Centre in London. My contract here ends this week and my family and I have
decided to move back to Japan.

I trained in internal medicine in Japan before coming here, and in the UK most of
my work has been community care, including a lot of home visits to frail elderly
patients. I would be very happy to do the same kind of work in a rural area.
My wife grew up near Yonago, so Tottori or Shimane would suit us best.

I am 54 years old and am looking for a full-time position. Our flights are booked
and I could start next month if there is a suitable post.

Could you tell me what I need to do to register?

Best regards,
Ryota Someya
Mobile in Japan: +81 80-4417-2290
"""
    eml = plain(mid, date, "Ryota Someya", "r.someya@thames-mail.example.com",
                "Registration enquiry - returning physician (internal medicine)", body, "ascii",
                "mail-out.thames-mail.example.com", "203.0.113.145")
    g = gold(mid, "doctor", name="Ryota Someya", email="r.someya@thames-mail.example.com",
             phone="08044172290", age=54, organization="Riverside Community Health Centre",
             specialties=["内科", "在宅医療"], prefectures=["鳥取県", "島根県"], employment=["full_time"],
             start="2026-11")
    add(3, "english-london-next-month-across-midnight", "doctor",
        "text/plain US-ASCII 7bit; English; Date 30 Sep 23:42 +0100 (already 1 October in Asia/Tokyo)", "hard",
        "Physician returning from London: 'next month' against a Date of 30 September +0100, which is 1 October 07:42 JST -> 2026-11; internal medicine + home visits -> 内科/在宅医療, Tottori/Shimane in romaji (Yonago alone is no value), I am 54 years old; +81 80 -> 080",
        eml, g)


def m004():
    mid = "1750392760.88213.shingo-h@mobile.example.jp"
    date = "Sat, 20 Jun 2026 13:12:40 +0900"
    body = """事務局さま

皮ふ科の開業医をしていましたが、医院は昨年閉じました。今年六十八になりました。
宮崎か鹿児島で、週2日ほど外来を手伝えるところがあれば、非常勤で働きたいと思います。
来春くらいからを考えています。

ﾊﾟｿｺﾝは苦手なので、このｹｲﾀｲのﾒｰﾙでやりとりさせてください。

日高
"""
    eml = plain(mid, date, "日高 信吾", "shingo-h.1958@mobile.example.jp",
                "登録希望です", body, "sjis", "mgw3.mobile.example.jp", "192.0.2.203")
    g = gold(mid, "doctor", name="日高 信吾", email="shingo-h.1958@mobile.example.jp", age=68,
             specialties=["皮膚科"], prefectures=["宮崎県", "鹿児島県"], employment=["part_time"],
             days_per_week=2)
    add(4, "mobile-dermatology-kanji-age-sjis", "doctor",
        "text/plain Shift_JIS 8bit with half-width katakana (ﾊﾟｿｺﾝ, ﾒｰﾙ); From/Subject RFC 2047 Shift_JIS B", "medium",
        "Terse mobile mail: 皮ふ科 -> 皮膚科, 今年六十八になりました -> 68, 宮崎か鹿児島 (bare names) -> 2 prefectures, 週2日ほど -> part_time/2, 来春 -> no start; full name only in the From display name (the body signs 日高), 1958 in the address is not a birth year, the closed clinic is unnamed",
        eml, g)


def m005():
    mid = "TYCP286MB2290A4D1B07E3F1C9E77A21FB6D2A@TYCP286.prod.outlook.example.com"
    date = "Thu, 08 Oct 2026 09:15:33 +0000"
    body = """地域医療マッチング事務局
笹原様

お世話になっております。山﨑です。
先日お尋ねのあった点について、以下のとおり回答いたします。

①診療科：精神科が専門です。心療内科の外来も長く担当してまいりました。
②勤務地：山陽のうち、山口県は通えないので除いてください（岡山・広島であれば可）。
③勤務形態：非常勤で、週4日を希望します。
④開始時期：11月1日から勤務可能です。
⑤現在の勤務先：医療法人 瀬戸の森会 こころの森病院（退職の意向は伝えてあります）

以上、よろしくお願いいたします。

山﨑 真澄
携帯：080－6620－1479

-----Original Message-----
From: 地域医療マッチング事務局 <md@md2-rm.example.org>
Sent: Tuesday, October 6, 2026 4:02 PM
To: 山﨑 真澄 <m.yamasaki@seto-mail.example.jp>
Subject: ご登録内容の確認

山﨑 真澄 様

ご登録ありがとうございます。事務局の笹原でございます。
ご紹介先を探すにあたり、次の点をお知らせいただけますでしょうか。
①ご専門の診療科　②ご希望の勤務地　③勤務形態　④開始時期　⑤現在のご勤務先

""" + SEC_SIG + "\n"
    eml = plain(mid, date, "山﨑 真澄", "m.yamasaki@seto-mail.example.jp",
                "RE: ご登録内容の確認", body, "msjis", "mail-tycp286.outbound.example.com", "198.51.100.86",
                extra=[("In-Reply-To", "<conf.20261006.1602.0082@md2-rm.example.org>"),
                       ("References", "<conf.20261006.1602.0082@md2-rm.example.org>"),
                       ("Thread-Topic", ew("ご登録内容の確認", "msjis")),
                       ("X-MS-Has-Attach", ""), ("Content-Language", "ja-JP")])
    g = gold(mid, "doctor", name="山﨑 真澄", email="m.yamasaki@seto-mail.example.jp", phone="08066201479",
             organization="医療法人 瀬戸の森会 こころの森病院", specialties=["精神科", "心療内科"],
             prefectures=["岡山県", "広島県"], employment=["part_time"], days_per_week=4, start="2026-11-01")
    add(5, "outlook-numbered-psychiatry-sanyo-msjis", "doctor",
        "text/plain labelled iso-2022-jp with Microsoft rows (﨑 ① － via cp932->JIS); Outlook '-----Original Message-----' quote; Date +0000", "hard",
        "Outlook reply answering ①-⑤: 﨑 in the name, 精神科 + 心療内科, 山陽 without 山口県 -> 岡山県/広島県, 非常勤 週4日 -> part_time/4, 11月1日 in October -> 2026-11-01; full-width phone; the quoted secretariat text and signature give no values",
        eml, g)


def m006():
    mid = "20260914223005.B7E1.49A0C3F2@hokuto-u.example.jp"
    date = "Mon, 14 Sep 2026 22:30:05 +0900"
    body = """地域医療マッチング事務局 御中

突然のメールにて失礼いたします。
札幌市の北都大学病院で産婦人科に勤務しております、篠宮 透と申します。58歳です。

大学では分娩と手術が中心の毎日でしたが、そろそろ区切りをつけ、地方で産科・婦人科の
外来を中心に働きたいと考えるようになりました。妊婦さんの診察や更年期の外来など、
地域で必要とされる診療を担えればと思っております。

希望は道北です。名寄や稚内のように、産婦人科医が少ない地域で常勤として働ければ幸いです。
勤務開始は令和9年1月を目安にしております。

連絡先：011-709-3352（自宅）

篠宮 透
"""
    eml = plain(mid, date, "篠宮 透", "shinomiya.toru@hokuto-u.example.jp",
                "道北での勤務を希望しています（産婦人科）", body, "euc",
                "mx.hokuto-u.example.jp", "198.51.100.51", extra=[("X-Mailer", "Sylpheed 3.7.0")])
    g = gold(mid, "doctor", name="篠宮 透", email="shinomiya.toru@hokuto-u.example.jp", phone="0117093352",
             age=58, organization="北都大学病院", specialties=["産婦人科"], prefectures=["北海道"],
             employment=["full_time"], start="2027-01")
    add(6, "obstetrics-dohoku-eucjp", "doctor",
        "text/plain EUC-JP 8bit (Sylpheed); From/Subject RFC 2047 EUC-JP B", "medium",
        "University obstetrician (58歳): 産科・婦人科 -> 産婦人科, 道北 with 名寄/稚内 -> 北海道, 常勤, 令和9年1月 -> 2027-01; 札幌市 is where she works now",
        eml, g)


def m007():
    mid = "a91f02c4-55d8-4e1b-b3a0-7d9c10e2f6aa@nagoya-home.example.jp"
    date = "Fri, 20 Nov 2026 12:05:44 +0900"
    body = """地域医療マッチング事務局 ご担当者様

はじめまして。名古屋市内の 愛知中央記念病院 で代謝内科の医師をしております、
三好 沙織と申します（42歳）。

夫の転勤が決まり、来月から家族で鳥取市に移ることになりました。
向こうでも糖尿病の外来を続けたいのですが、子どもがまだ小さいため、
非常勤で週3日程度の勤務を希望しております。一般内科の外来も担当できます。

鳥取県内で、鳥取市から通える範囲の病院や診療所があれば、ご紹介いただけますでしょうか。
勤務開始は、引っ越しが落ち着いてからと考えており、時期はご相談させてください。

三好 沙織
携帯 090-2274-5816
"""
    eml = plain(mid, date, "三好 沙織", "saori.miyoshi@nagoya-home.example.jp",
                "転居に伴う非常勤勤務のご相談", body, "utf8q",
                "smtp.nagoya-home.example.jp", "203.0.113.19",
                extra=[("User-Agent", "Mozilla Thunderbird")])
    g = gold(mid, "doctor", name="三好 沙織", email="saori.miyoshi@nagoya-home.example.jp", phone="09022745816",
             age=42, organization="愛知中央記念病院", specialties=["糖尿病・内分泌内科", "内科"],
             prefectures=["鳥取県"], employment=["part_time"], days_per_week=3)
    add(7, "spouse-transfer-diabetes-tottori-qp", "doctor",
        "text/plain UTF-8 quoted-printable (Thunderbird); From/Subject RFC 2047 UTF-8 B", "hard",
        "Physician following her husband's transfer: 代謝内科/糖尿病 -> 糖尿病・内分泌内科 plus 一般内科 -> 内科, 週3日程度 -> 3, 鳥取県 (名古屋/愛知 is the current job); 来月 is the move, the start is left open -> null",
        eml, g)


def m008():
    mid = "20261202102011.3F7A.D1E05B62@toride-spine.example.jp"
    date = "Wed, 02 Dec 2026 10:20:11 +0900"
    body = """地域医療マッチング事務局 御中

昨日お送りした登録希望のメールに誤りがありましたので、訂正させてください。
生年を「昭和38年」と書いてしまいましたが、正しくは昭和39年生まれです。
大変失礼いたしました。

念のため、希望をもう一度まとめておきます。
・専門：整形外科（脊椎外科）
・希望地：茨城県か栃木県
・形態：非常勤、週1日（できれば木曜）
・開始：2027年2月から

日下部 諒
とりで脊椎クリニック 勤務
TEL 0297-71-4408
"""
    eml = plain(mid, date, "日下部 諒", "kusakabe@toride-spine.example.jp",
                "【訂正】昨日の登録希望メールについて", body, "jis",
                "mail.toride-spine.example.jp", "198.51.100.140",
                extra=[("In-Reply-To", "<20261201195530.3F6C.D1E05B62@toride-spine.example.jp>"),
                       ("X-Mailer", "Becky! ver. 2.81.08 [ja]")])
    g = gold(mid, "doctor", name="日下部 諒", email="kusakabe@toride-spine.example.jp", phone="0297714408",
             birth_year=1964, organization="とりで脊椎クリニック", specialties=["整形外科"],
             prefectures=["茨城県", "栃木県"], employment=["part_time"], days_per_week=1, start="2027-02")
    add(8, "correction-birth-year-spine-jis", "doctor",
        "text/plain ISO-2022-JP 7bit; In-Reply-To his own earlier mail", "hard",
        "A doctor corrects his birth year: 昭和38年 is the mistake, 昭和39年 -> 1964; summary list: 脊椎外科 -> 整形外科, 茨城県/栃木県, 非常勤 週1日 -> part_time/1, 2027年2月 -> 2027-02; workplace from the signature without 勤務",
        eml, g)


def m009():
    mid = "f3b7c1d0-2e6a-4f58-9a41-0b2d7e9c5a13@suma-net.example.jp"
    date = "Sat, 18 Jul 2026 16:40:29 +0900"
    body = """地域医療マッチング事務局 ご担当者様

神戸市の須磨浦記念病院で一般外科の部長をしております、葛城 浩之と申します。62歳です。

妻も医師（小児科）で、夫婦そろって来年4月から高知県へ移り住むことを考えております。
妻は別途、自分で登録フォームから申し込むと申しておりますので、
このメールは私自身の登録のご相談としてお読みください。

私は外科の常勤を希望します。手術件数が少ない病院でも構いません。
胆石やヘルニアなどの一般的な手術と、外来・病棟管理には対応できます。
高知県内であれば、場所は問いません。

葛城 浩之
携帯 080-3391-6650
"""
    eml = plain(mid, date, "葛城 浩之", "h.katsuragi@suma-net.example.jp",
                "夫婦での移住と勤務先についてのご相談", body, "utf8",
                "smtp.suma-net.example.jp", "203.0.113.62")
    g = gold(mid, "doctor", name="葛城 浩之", email="h.katsuragi@suma-net.example.jp", phone="08033916650",
             age=62, organization="須磨浦記念病院", specialties=["外科"], prefectures=["高知県"],
             employment=["full_time"], start="2027-04")
    add(9, "surgeon-couple-kochi-utf8", "doctor",
        "text/plain UTF-8 8bit; From/Subject RFC 2047 UTF-8 B", "hard",
        "Surgeon (62歳) writes for himself while his wife, a paediatrician, will register separately: specialties 外科 only (not 小児科), 高知県内であれば場所は問いません -> 高知県 (not 全国), 来年4月 in July 2026 -> 2027-04",
        eml, g)


def m010():
    mid = "20260609215502.7A03.4C1B9E20@usami-ent.example.jp"
    date = "Tue, 09 Jun 2026 21:55:02 +0900"
    body = """事務局 御中

東京都世田谷区で耳鼻咽喉科を開業しております、宇佐美 亮（55才）です。

当院は毎年8月に2週間ほど夏季休診としておりますが、今年はその期間を使い、
離島の診療所などで代診をお引き受けできないかと考えました。
沖縄の島々、とくに八重山や宮古の診療所で耳鼻科の需要があれば、単発でも結構です。
8月10日から21日までであれば確実に動けます。

このような短期のお手伝いでも登録できますでしょうか。

うさみ耳鼻咽喉科クリニック
院長 宇佐美 亮
TEL 03-5432-7716
"""
    eml = plain(mid, date, "宇佐美 亮", "info@usami-ent.example.jp",
                "夏季休診中の代診について", body, "jis",
                "mail.usami-ent.example.jp", "198.51.100.77", extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    g = gold(mid, "doctor", name="宇佐美 亮", email="info@usami-ent.example.jp", phone="0354327716", age=55,
             organization="うさみ耳鼻咽喉科クリニック", specialties=["耳鼻咽喉科"], prefectures=["沖縄県"],
             employment=["spot"], start="2026-08-10")
    add(10, "ent-summer-locum-okinawa-jis", "doctor",
        "text/plain ISO-2022-JP 7bit", "medium",
        "ENT practitioner offers two weeks of 代診 in August: spot only (単発), 沖縄の島々 (八重山/宮古) -> 沖縄県, 55才, 8月10日から in June -> 2026-08-10; organization and phone from the clinic signature (院長 dropped); 世田谷区 is his practice, not a wish",
        eml, g)


def m011():
    mid = "CAHx9wQe3+Vb0m5NcR=J2aTqX8k@gmail-like.example.com"
    date = "Mon, 24 Aug 2026 07:48:19 +0900"
    text = """事務局のみなさま

はじめてご連絡します。高畑 誠一と申します。満63歳です。

大学病院で内科医として15年勤めたのち製薬会社に移り、この20年ほどは臨床から離れておりました。
この夏、勤め先の株式会社ミナトファーマを早期退職し、もう一度患者さんを診る仕事に戻りたいと考えています。

ブランクが長く、内科の外来にいきなり戻るのは不安がありますので、
まずは介護老人保健施設の施設医のような立場から始めたいと思っています。
静岡県か山梨県で、常勤の口があればご紹介ください。時期はいつでも構いません。

高畑 誠一
090-8815-0372
"""
    eml = alt(mid, date, "高畑誠一", "s.takahata@gmail-like.example.com",
              "臨床に戻りたい医師です", text, gmail_html(text), "mail-sor-f41.gmail-like.example.com",
              "209.85.220.41", "000000000000a1b2c3059d4e8f11")
    g = gold(mid, "doctor", name="高畑 誠一", email="s.takahata@gmail-like.example.com", phone="09088150372",
             age=63, organization="株式会社ミナトファーマ", specialties=["老健・介護施設"],
             prefectures=["静岡県", "山梨県"], employment=["full_time"])
    add(11, "pharma-returnee-roken-gmail-alt", "doctor",
        "multipart/alternative (Gmail): text/plain + text/html, UTF-8 base64; From/Subject RFC 2047 UTF-8 B", "hard",
        "Physician back from 20 years in a drug company: 満63歳 -> 63, organization his last employer (a company), 介護老人保健施設の施設医 -> 老健・介護施設 but not 内科 (he avoids the 内科 outpatient clinic), 静岡県/山梨県, 常勤, いつでも -> no start",
        eml, g)


def m012():
    mid = "200608261002.AA04127@kiryu-home.example.jp"
    date = "Wed, 26 Aug 2026 10:02:37 +0900"
    body = """地域医療マッチング事務局 御中

拝啓　残暑の候、皆様にはますますご健勝のこととお喜び申し上げます。

私は前橋市に住む元開業医の桐生房雄と申します。本年、八十歳を迎えました。
内科の医院は五年前に閉じましたが、足腰はまだ丈夫で、頭もはっきりしております。
予防接種や健康診断の問診程度であれば、まだお役に立てるのではないかと思い、
孫に手伝ってもらってこのメールを差し上げております。

群馬県内で、週1回程度お手伝いできる先があれば、10月からでもお引き受けいたします。
このような年寄りでも登録できるものか、お教えいただければ幸いです。

敬具

桐生 房雄
電話 027-231-6084
"""
    eml = plain(mid, date, "桐生 房雄", "kiryu.fusao@kiryu-home.example.jp",
                "八十歳の医師ですが登録できますか", body, "sjis",
                "mail.kiryu-home.example.jp", "192.0.2.166")
    g = gold(mid, "doctor", name="桐生 房雄", email="kiryu.fusao@kiryu-home.example.jp", phone="0272316084",
             age=80, specialties=["健診"], prefectures=["群馬県"], employment=["part_time"], days_per_week=1,
             start="2026-10")
    add(12, "eighty-year-old-checkups-gunma-sjis", "doctor",
        "text/plain Shift_JIS 8bit; From/Subject RFC 2047 Shift_JIS B", "medium",
        "Formal letter (拝啓…敬具) from an 80-year-old: 八十歳 -> 80, 健康診断 -> 健診 (予防接種 is no vocabulary word; 内科 was his closed practice), 群馬県内, 週1回程度 -> part_time/1, 10月から in August -> 2026-10; 五年前 and 八十歳 in the subject are no dates",
        eml, g)


def m013():
    mid = "CAM0n8Zr4kQ1bV7yT2=w5Hd@nairobi-mail.example.com"
    date = "Sat, 28 Nov 2026 19:20:00 +0300"
    body = """地域医療マッチング事務局 御中

ケニアのナイロビから失礼いたします。
国際NGO「メディカル・ブリッジ」の派遣医師として、3年間、東アフリカで感染症対策に
携わっております、仲村渠 葵（なかんだかり あおい）と申します。

来年3月で任期を終えて帰国いたします。
帰国後は出身地の沖縄県で、離島の診療所などで総合診療の常勤医として働きたいと考えております。
感染症内科の専門医資格も持っておりますので、地域の感染対策にもお役に立てるかと思います。

勤務の開始は2027年4月からを希望いたします。
日本の携帯電話は解約しておりますので、ご連絡はこのメールアドレスにお願いいたします。

仲村渠 葵
"""
    eml = plain(mid, date, "Aoi Nakandakari", "aoi.nakandakari@nairobi-mail.example.com",
                "帰国後の勤務先について（沖縄・総合診療）", body, "utf8b",
                "out2.nairobi-mail.example.com", "203.0.113.201")
    g = gold(mid, "doctor", name="仲村渠 葵", name_kana="ナカンダカリ アオイ",
             email="aoi.nakandakari@nairobi-mail.example.com", organization="メディカル・ブリッジ",
             specialties=["総合診療科", "感染症内科"], prefectures=["沖縄県"], employment=["full_time"],
             start="2027-04")
    add(13, "ngo-doctor-nairobi-okinawa-utf8b", "doctor",
        "text/plain UTF-8 base64; From display name in romaji, Subject RFC 2047 UTF-8 B; Date +0300", "medium",
        "NGO physician in Nairobi returning home: name in kanji with hiragana reading in brackets -> katakana (From shows romaji), organization the NGO without 国際NGO and brackets, 総合診療 + 感染症内科, 沖縄県, 常勤, 2027年4月 (来年3月 is the end of her mission); no phone",
        eml, g)


def m014():
    mid = "20261105173348.9B2D.11E7F0A4@keihan-med.example.jp"
    date = "Thu, 05 Nov 2026 17:33:48 +0900"
    body = """地域医療マッチング事務局 御中

医局の共用アドレスから失礼いたします。京阪医科大学 血液内科の御手洗 康弘です。
65歳で、来年3月末に定年退職いたします。

退職後は、京都府の北部（丹後・中丹）か兵庫県の北部で、週3日の非常勤として
外来診療を続けたいと考えております。血液疾患に限らず、内科一般の外来も担当いたします。
勤務開始は令和9年4月を希望しております。

ご返信はこのアドレスで受け取れますが、直通の携帯は 090-4402-7731 です。
よろしくお願いいたします。

御手洗 康弘
"""
    eml = plain(mid, date, "京阪医大 血液内科 医局", "hem-ikyoku@keihan-med.example.jp",
                "退職後の非常勤勤務について", body, "jis",
                "mx1.keihan-med.example.jp", "198.51.100.208")
    g = gold(mid, "doctor", name="御手洗 康弘", email="hem-ikyoku@keihan-med.example.jp", phone="09044027731",
             age=65, organization="京阪医科大学", specialties=["血液内科", "内科"],
             prefectures=["京都府", "兵庫県"], employment=["part_time"], days_per_week=3, start="2027-04")
    add(14, "hematology-shared-mailbox-kyoto-hyogo-jis", "doctor",
        "text/plain ISO-2022-JP 7bit; From is a department's shared mailbox", "medium",
        "Haematologist writing from the department's shared address: name from the body (not the From display), email the From (the only address), phone his mobile in the text, organization without 血液内科, 京都府/兵庫県 (northern parts), 週3日 非常勤, 令和9年4月 -> 2027-04",
        eml, g)


def m015():
    mid = "6E0B3F12-8C4D-4A7E-9F21-5D0C7B3A1E94@pnw-mail.example.com"
    date = "Fri, 31 Jul 2026 17:30:12 -0700"
    body = """地域医療マッチング事務局 御中

アメリカ・シアトルのノースウッド大学でリハビリテーション医学の研究員をしています、 
桑名一輝と申します。50歳です。

2年間の研究期間が終わり、来月から日本に戻って働くことができます。
専門はリハ科で、脳卒中のあとの回復期リハビリを主に担当してきました。 
日本国内であれば、勤務地はどこでも構いません。常勤を希望します。

帰国後の連絡先はまだ決まっていないため、しばらくはこのメールにご連絡ください。

桑名 一輝
"""
    eml = plain(mid, date, "桑名 一輝", "kuwana.k@pnw-mail.example.com",
                "帰国後の常勤先を探しています", body, "utf8",
                "smtp.pnw-mail.example.com", "203.0.113.98", cextra="; format=flowed; delsp=yes",
                extra=[("X-Mailer", "Apple Mail (2.3774.600.62)")])
    g = gold(mid, "doctor", name="桑名 一輝", email="kuwana.k@pnw-mail.example.com", age=50,
             organization="ノースウッド大学", specialties=["リハビリテーション科"], prefectures=["全国"],
             employment=["full_time"], start="2026-09")
    add(15, "rehab-seattle-flowed-next-month-utc-7", "doctor",
        "text/plain UTF-8 8bit, format=flowed delsp=yes (Apple Mail); Date 31 Jul 17:30 -0700 (1 August in Asia/Tokyo)", "hard",
        "Researcher in Seattle: 来月から against 31 July -0700, already 1 August 09:30 JST -> 2026-09; リハ科/リハビリテーション -> リハビリテーション科, 日本国内であればどこでも -> 全国, 常勤, 50歳; soft-wrapped lines must be joined for the name; no phone",
        eml, g)


def m016():
    mid = "8d1c5a07-3e92-b4f6-71d0-fuse@miyoshi-cable.example.jp"
    date = "Mon, 18 Jan 2027 08:12:55 +0900"
    news = """ドクターセカンドキャリア メールマガジン 2027年1月号

■新着の求人
No.1 岩手県 沿岸部の市立病院　整形外科　常勤　2027年4月～
No.2 徳島県 県南部の診療所　小児科　非常勤　週1日
No.3 島根県 奥出雲町の町立病院　内科　常勤　令和9年4月～
No.4 長崎県 離島の診療所　外科　非常勤　月2回

ご関心のある求人がありましたら、このメールにご返信ください。
"""
    body = """事務局 ご担当者様

メールマガジン1月号を拝見しました。
掲載番号3の、島根県の町立病院の件に関心があります。

私は泌尿器科が専門ですが、内科の外来も10年ほど担当してきましたので、
内科外来としてお役に立てると思います。
ただ、常勤は難しく、非常勤で週2日であれば来年度から通えます。
先方にご紹介いただけますでしょうか。

広島県三次市在住
布施 直樹（61歳）
TEL 0824-63-2275

""" + tb_ja("2027/01/15 10:00", "地域医療マッチング事務局", news)
    eml = plain(mid, date, "布施 直樹", "n.fuse@miyoshi-cable.example.jp",
                "Re: ドクターセカンドキャリア メールマガジン 2027年1月号", body, "jis",
                "smtp.miyoshi-cable.example.jp", "198.51.100.191",
                extra=[("In-Reply-To", "<news.2027-01.015.0003920@md2-rm.example.org>"),
                       ("References", "<news.2027-01.015.0003920@md2-rm.example.org>"),
                       ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0")])
    g = gold(mid, "doctor", name="布施 直樹", email="n.fuse@miyoshi-cable.example.jp", phone="0824632275",
             age=61, specialties=["泌尿器科", "内科"], prefectures=["島根県"], employment=["part_time"],
             days_per_week=2, start="2027-04")
    add(16, "urologist-answers-newsletter-listing-jis", "doctor",
        "text/plain ISO-2022-JP 7bit; Thunderbird reply with the quoted newsletter; In-Reply-To/References", "hard",
        "Reply to the January newsletter about listing No.3: 泌尿器科 + 内科外来 -> 2 fields, 島根県 from his own words (広島県三次市 is where he lives), 常勤は難しく -> part_time only, 週2日, 来年度 in January 2027 -> 2027-04; the other quoted listings (岩手/徳島/長崎, 整形外科, 小児科) are no data",
        eml, g)


def m017():
    mid = "CAPq7ZkL1m+0rXc9YbW3nTe@gmail-like.example.com"
    date = "Tue, 06 Oct 2026 14:27:09 +0900"
    text = """事務局 ご担当者さま

金沢市に住む麻酔科医の、能登谷 由佳（のとや ゆか）と申します。35歳です。
いまは第二子の育児休業中で、金沢ひがし病院に籍があります。

休業が明けたら元の職場には戻らず、医師が足りないと聞く石川県の能登地方の病院で、
週2日、日勤だけの非常勤として麻酔を担当したいと考えています。
保育園の送り迎えがあるため、当直はお受けできません。
2027年1月から働き始められればと思っています。

このような条件でもご紹介いただける先はありますでしょうか。

能登谷 由佳
携帯 080-2290-7145
"""
    eml = alt(mid, date, "能登谷由佳", "yuka.notoya@gmail-like.example.com",
              "育休明けの非常勤勤務について（麻酔科）", text, gmail_html(text),
              "mail-pl1-f172.gmail-like.example.com", "209.85.214.172", "0000000000007f3e2d05a1c9b4d2")
    g = gold(mid, "doctor", name="能登谷 由佳", name_kana="ノトヤ ユカ", email="yuka.notoya@gmail-like.example.com",
             phone="08022907145", age=35, organization="金沢ひがし病院", specialties=["麻酔科"],
             prefectures=["石川県"], employment=["part_time"], days_per_week=2, start="2027-01")
    add(17, "anaesthetist-after-childcare-leave-noto-alt", "doctor",
        "multipart/alternative (Gmail): text/plain + text/html, UTF-8 base64", "medium",
        "Anaesthetist on childcare leave: hiragana reading in brackets -> katakana, 35歳, employer she is on leave from as organization, 能登地方 of 石川県, 週2日 日勤のみ -> part_time/2 (当直はお受けできません adds no spot), 2027年1月 -> 2027-01",
        eml, g)


def m018():
    mid = "20260915111830.6C0E.2A9D44F1@shinano-kenshin.example.jp"
    date = "Tue, 15 Sep 2026 11:18:30 +0900"
    body = """地域医療マッチング事務局 御中

新潟市の 信濃川けんしんクリニック で乳腺外来と乳がん検診を担当しております、
髙津 千景と申します。60歳になりました。
次の条件で、ご紹介いただける先を探しております。

① 診療科：乳腺外科、乳がん検診（マンモグラフィを含む）
② 地域：北陸三県、または新潟県内
③ 勤務：週1日の非常勤（曜日は相談可）。ほかに、検診車での単発のお手伝いも可能です
④ 時期：2027年4月～

どうぞよろしくお願いいたします。

髙津 千景
TEL 025－268－4431
"""
    eml = plain(mid, date, "髙津 千景", "takatsu@shinano-kenshin.example.jp",
                "乳腺外科医の登録について", body, "cp932",
                "mail.shinano-kenshin.example.jp", "198.51.100.33",
                extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    g = gold(mid, "doctor", name="髙津 千景", email="takatsu@shinano-kenshin.example.jp", phone="0252684431",
             age=60, organization="信濃川けんしんクリニック", specialties=["乳腺外科", "健診"],
             prefectures=HOKURIKU + ["新潟県"], employment=["part_time", "spot"], days_per_week=1,
             start="2027-04")
    add(18, "breast-surgeon-hokuriku-niigata-cp932", "doctor",
        "text/plain labelled charset=\"shift_jis\" but CP932 8bit (髙 ① ～ － fail strict Shift_JIS); headers the same", "hard",
        "Breast surgeon: 髙 in the name, 60歳になりました, 乳腺外科 + 乳がん検診 -> 健診, 北陸三県 -> 3 prefectures plus 新潟県, 週1日の非常勤 + 単発 -> part_time/spot, days 1, 2027年4月～ -> 2027-04",
        eml, g)


def m019():
    mid = "B2E4C7A1-0F3D-4E8B-A6C2-19D5F7E3B048@icloud-like.example.com"
    date = "Sun, 11 Oct 2026 22:47:03 +0900"
    body = """循環器内科、61歳です。秋田で常勤を探しています。
登録の方法を教えてください。

iPhoneから送信
"""
    eml = plain(mid, date, "海老名 拓也", "t.ebina@icloud-like.example.com", "登録について", body, "utf8",
                "mx.icloud-like.example.com", "17.58.0.41", extra=[("X-Mailer", "iPhone Mail (22A3354)")])
    g = gold(mid, "doctor", name="海老名 拓也", email="t.ebina@icloud-like.example.com", age=61,
             specialties=["循環器内科"], prefectures=["秋田県"], employment=["full_time"])
    add(19, "two-line-cardiology-akita-iphone", "doctor",
        "text/plain UTF-8 8bit (iPhone Mail); From/Subject RFC 2047 UTF-8 B", "easy",
        "Two lines from an iPhone: 循環器内科, 61歳, 秋田 -> 秋田県, 常勤; name only in the From display name; no start",
        eml, g)


def m020():
    mid = "0101018f4e2a9c3b-izumi-5a7e@izumi-mail.example.jp"
    date = "Mon, 19 Oct 2026 23:05:40 +0900"
    text = """地域医療マッチング事務局 ご担当者様

和泉中央病院（大阪府和泉市）で形成外科の医長をしております、小笠原 匠と申します。
S45生まれです。

平日は今の病院での勤務を続けながら、医師の少ない地域で宿直や日直のお手伝いが
できないかと考えております。
奈良県の南部か三重県で、月4回程度、土日を中心にお引き受けできます。
形成外科が専門ですので、外傷の初期対応や創傷処置は得意です。
2027年1月以降で調整いただければ幸いです。

小笠原 匠
"""
    eml = plain(mid, date, "小笠原 匠", "ogasawara.t@izumi-mail.example.jp",
                "宿直・日直のお手伝いについて", html_divs(text), "utf8q",
                "smtp.izumi-mail.example.jp", "198.51.100.120", ctype="text/html")
    g = gold(mid, "doctor", name="小笠原 匠", email="ogasawara.t@izumi-mail.example.jp", birth_year=1970,
             organization="和泉中央病院", specialties=["形成外科"], prefectures=["奈良県", "三重県"],
             employment=["spot"], start="2027-01")
    add(20, "plastic-surgeon-weekend-duty-html-qp", "doctor",
        "text/html only, UTF-8 quoted-printable (<div> lines)", "medium",
        "HTML-only mail from a plastic surgeon who keeps his post: 宿直・日直 only -> spot, 月4回程度 -> days null, S45生まれ -> 1970, 奈良県/三重県 (大阪府和泉市 is his hospital's address), 2027年1月以降 -> 2027-01; the organization without the bracketed address",
        eml, g)


# ======================================================================= hospital

def m021():
    mid = "20261001094012.2E5B.7D30A8C1@town-iwaizumi.example.jp"
    date = "Thu, 01 Oct 2026 09:40:12 +0900"
    body = """ドクターセカンドキャリア 地域医療マッチング事務局 御中

岩泉町役場 保健福祉課の小野寺と申します。
町が運営する岩泉町国保 安家沢診療所の所長（医師）が、来年3月をもって退任することになりました。
つきましては、後任の所長として常勤でお勤めいただける先生をご紹介いただきたく、ご連絡いたしました。

・募集する診療科：内科、または総合診療
・勤務形態：常勤（所長）
・勤務開始：令和9年4月1日
・住宅：町が医師住宅を用意いたします（家賃はかかりません）

診療所は外来が1日20人ほどで、入院病床はありません。
町の資料をお送りすることもできますので、お申し付けください。

岩手県下閉伊郡岩泉町
岩泉町役場 保健福祉課 地域医療係
小野寺 健太
電話 ０１９４−２２−３６１９（直通）
"""
    eml = plain(mid, date, "岩泉町役場 保健福祉課", "iryo@town-iwaizumi.example.jp",
                "町立診療所の所長（常勤医師）の募集について", body, "jis",
                "mail.town-iwaizumi.example.jp", "198.51.100.61")
    g = gold(mid, "hospital", name="小野寺 健太", email="iryo@town-iwaizumi.example.jp", phone="0194223619",
             organization="岩泉町役場", specialties=["内科", "総合診療科"], prefectures=["岩手県"],
             municipality="岩泉町", employment=["full_time"], start="2027-04-01")
    add(21, "town-office-clinic-head-iwaizumi-jis", "hospital",
        "text/plain ISO-2022-JP 7bit; full-width digits and − in the phone; From display is the section", "easy",
        "Town office seeks a successor for its clinic's head: organization 岩泉町役場 (section dropped), 内科 or 総合診療, 常勤, 令和9年4月1日 -> 2027-04-01, municipality 岩泉町 after 下閉伊郡; 来年3月 is the predecessor leaving, 20人 and 3月 are no data",
        eml, g)


def m022():
    mid = "000801dcf4a1$7b2e9c40$71d4d4c0$@kamikoani-clinic.example.jp"
    date = "Wed, 15 Jul 2026 15:20:00 +0900"
    body = """地域医療マッチング事務局 ご担当者様

秋田県北秋田郡上小阿仁村の、上小阿仁村国保診療所で事務を担当しております畠山と申します。

当診療所は常勤医1名で運営しておりますが、所長の負担を少しでも軽くするため、
内科の外来を非常勤で週2日担当していただける先生を探しております。
再来月からお願いできれば大変助かります。

曜日は火曜と金曜を考えておりますが、ご相談に応じます。
秋田市内からですと車で1時間半ほどかかりますので、前泊用の宿舎もご用意できます。

上小阿仁村国保診療所
事務 畠山 里美
TEL 0186-77-2054
"""
    eml = plain(mid, date, "畠山 里美", "jimu@kamikoani-clinic.example.jp",
                "非常勤医師（内科・週2日）のお願い", body, "sjis",
                "mail.kamikoani-clinic.example.jp", "192.0.2.77",
                extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdnkfB9cQ2wVx0pZTh6mYt1Lr8sQwA==")])
    g = gold(mid, "hospital", name="畠山 里美", email="jimu@kamikoani-clinic.example.jp", phone="0186772054",
             organization="上小阿仁村国保診療所", specialties=["内科"], prefectures=["秋田県"],
             municipality="上小阿仁村", employment=["part_time"], days_per_week=2, start="2026-09")
    add(22, "village-clinic-parttime-saraigetsu-sjis", "hospital",
        "text/plain Shift_JIS 8bit; From/Subject RFC 2047 Shift_JIS B", "medium",
        "Village clinic clerk: 内科 非常勤 週2日 -> part_time/2 (火曜と金曜 agrees), 再来月 in July 2026 -> 2026-09, municipality 上小阿仁村 after 北秋田郡; 常勤医1名 describes the clinic, not the post; 秋田市 is no municipality of the post",
        eml, g)


def m023():
    mid = "listing-20260904-161102-0519@form.md2-rm.example.org"
    date = "Fri, 04 Sep 2026 16:11:02 +0900"
    body = """求人掲載申込フォームから送信がありました。

＜施設名＞ 医療法人 阿賀野川会 つがわ病院
＜所在地＞ 新潟県東蒲原郡阿賀町津川 3-18
＜ご担当者＞ 五十嵐 俊（事務部長）
＜ふりがな＞ いがらし　しゅん
＜メール＞ igarashi@tsugawa-hp.example.jp
＜電話＞ 0254-92-3310
＜募集診療科＞ 整形外科、リハビリ科
＜勤務形態＞ 常勤（非常勤の場合は週4日）
＜勤務開始＞ 2026年12月1日
＜補足＞
回復期リハビリテーション病棟（40床）の担当医を募集します。
整形外科の常勤医が高齢のため、将来的に外来も引き継いでいただける方だと助かります。

─────────────────
送信専用のアドレスです。返信は上記メールアドレスへお願いします。
"""
    codec, label, cte, hcs = BODY["utf8q"]
    hdrs = [("Return-Path", "<no-reply@form.md2-rm.example.org>"),
            ("Received", "from app01.form.md2-rm.example.org (app01.form.md2-rm.example.org [192.0.2.41])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (MX, qid(mid), INBOX, recv_date(date, 1))),
            ("Date", date),
            ("From", addr("求人掲載フォーム", "no-reply@form.md2-rm.example.org", "utf8")),
            ("Reply-To", "igarashi@tsugawa-hp.example.jp"),
            ("To", INBOX),
            ("Subject", ew("【求人掲載申込】医療法人 阿賀野川会 つがわ病院", "utf8")),
            ("Message-ID", "<%s>" % mid)]
    eml = single(hdrs, body, codec, label, cte)
    g = gold(mid, "hospital", name="五十嵐 俊", name_kana="イガラシ シュン", email="igarashi@tsugawa-hp.example.jp",
             phone="0254923310", organization="医療法人 阿賀野川会 つがわ病院",
             specialties=["整形外科", "リハビリテーション科"], prefectures=["新潟県"], municipality="阿賀町",
             employment=["full_time", "part_time"], days_per_week=4, start="2026-12-01")
    add(23, "listing-form-ortho-rehab-aga-qp", "hospital",
        "text/plain UTF-8 quoted-printable; listing form with ＜label＞ fields; Reply-To the contact; From/Subject RFC 2047 UTF-8 B", "medium",
        "Listing form: contact name without the bracketed role, hiragana reading with a full-width space -> katakana, 整形外科 + リハビリ科, 常勤（非常勤の場合は週4日） -> full_time+part_time, days 4, 2026年12月1日 -> 2026-12-01, municipality 阿賀町 (東蒲原郡 and 津川 dropped); 40床 is no number of days",
        eml, g)


def m024():
    mid = "OS3P286MB1742D09A7C2B51E0F84C2DA1B3E9A@OS3P286.prod.outlook.example.com"
    date = "Mon, 31 Aug 2026 22:05:17 +0000"
    body = """地域医療マッチング事務局 御中

長野県下伊那郡天龍村の 特別養護老人ホーム てんりゅう荘 で生活相談員をしております、熊谷と申します。
当施設の配置医師を長年お願いしてきた先生が、体調の関係で今月末をもって退任されることになり、
後任の先生を探しております。

① 業務：入所者（定員50名）の健康管理、月2回の回診、看取りの際の対応
② 形態：嘱託（非常勤）
③ 開始：来月から（できるだけ早く）
④ 報酬：月額20万円～（回数により応相談）

ご紹介いただける先生がいらっしゃいましたら、お知らせいただけますと幸いです。

社会福祉法人 天竜福祉会 特別養護老人ホーム てんりゅう荘
生活相談員 熊谷 美和
TEL 0260－32－1180
"""
    eml = plain(mid, date, "熊谷 美和", "soudan@tenryu-so.example.jp",
                "配置医師（嘱託医）ご紹介のお願い", body, "msjis",
                "mail-os3p286.outbound.example.com", "198.51.100.87",
                extra=[("Thread-Topic", ew("配置医師（嘱託医）ご紹介のお願い", "msjis")),
                       ("Content-Language", "ja-JP")])
    g = gold(mid, "hospital", name="熊谷 美和", email="soudan@tenryu-so.example.jp", phone="0260321180",
             organization="社会福祉法人 天竜福祉会 特別養護老人ホーム てんりゅう荘",
             specialties=["老健・介護施設"], prefectures=["長野県"], municipality="天龍村",
             employment=["part_time"], start="2026-10")
    add(24, "tokuyo-haichi-ishi-tenryu-utc-msjis", "hospital",
        "text/plain labelled iso-2022-jp with Microsoft rows (① ～ －); Date 31 Aug 22:05 +0000 (1 September in Asia/Tokyo)", "hard",
        "Nursing home (特養) seeks a 配置医師: 老健・介護施設, 嘱託（非常勤） -> part_time, 月2回 -> days null, 来月から against a UTC Date that is already 1 September JST -> 2026-10 (今月末 is the predecessor leaving); organization from the signature with its legal prefix; 定員50名 and 20万円 are no data",
        eml, g)


def m025():
    mid = "20260616134510.4A18.0E5C7B39@town-taketomi.example.jp"
    date = "Tue, 16 Jun 2026 13:45:10 +0900"
    body = """地域医療マッチング事務局 御中

竹富町役場 健康づくり課の新城と申します。
町内の波照間島にある町立 はてるま診療所 の医師が、夏季休暇を取る期間の代診をお願いできる
先生を探しております。

期間：8月10日（月）から8月16日（日）までの7日間
内容：島内の外来診療（内科・外科の一般的な診療）と、島内の急患対応
条件：診療科は問いません。渡航費と宿泊は町が負担いたします。

島には医師が1名しかおらず、代わりの先生が見つからないと休暇が取れない状況です。
お心当たりの先生がいらっしゃいましたら、ぜひご紹介ください。

沖縄県八重山郡竹富町
竹富町役場 健康づくり課
新城 亜希
TEL 0980-82-6634
"""
    eml = plain(mid, date, "新城 亜希", "kenko@town-taketomi.example.jp",
                "夏季の代診医師のご紹介について", body, "jis",
                "mail.town-taketomi.example.jp", "198.51.100.151")
    g = gold(mid, "hospital", name="新城 亜希", email="kenko@town-taketomi.example.jp", phone="0980826634",
             organization="竹富町役場", prefectures=["沖縄県"], municipality="竹富町", employment=["spot"],
             start="2026-08-10")
    add(25, "island-summer-locum-taketomi-jis", "hospital",
        "text/plain ISO-2022-JP 7bit", "medium",
        "Town office seeks a locum for its island clinic's summer leave: 代診 -> spot, 診療科は問いません -> specialties [] (内科・外科 describe the work), 8月10日 in June -> 2026-08-10, municipality 竹富町 (波照間島 is the island), organization the town office without its section",
        eml, g)


def m026():
    mid = "CAK3vR8m2pQ+Wd5hYz0LcN7tX@shiiba-clinic.example.jp"
    date = "Thu, 17 Sep 2026 21:10:36 +0900"
    body = """地域医療マッチング事務局 ご担当者様

宮崎県東臼杵郡椎葉村の しいば山びこ診療所 で院長をしております、那須 大地です。
村でただ一つの医療機関で、これまで私一人で外来・訪問診療・夜間の呼び出しに対応してきましたが、
体力的に限界が近づいております。

そこで、一緒に村の医療を担ってくださる総合医を1名、常勤でお迎えしたいと考えております。
外来に加え、山間部の集落への訪問診療もお願いすることになります。
着任は令和9年4月を希望しますが、早まる分には歓迎いたします。

山の中の小さな村ですが、住民はみな医師を大切にしてくれます。
ご関心のある先生がいらっしゃいましたら、一度見学にいらしてください。

しいば山びこ診療所 院長 那須 大地
電話 0982-67-3021
"""
    eml = plain(mid, date, "那須 大地", "nasu@shiiba-clinic.example.jp",
                "総合医（常勤）1名の募集について", body, "utf8b",
                "mail.shiiba-clinic.example.jp", "203.0.113.57")
    g = gold(mid, "hospital", name="那須 大地", email="nasu@shiiba-clinic.example.jp", phone="0982673021",
             organization="しいば山びこ診療所", specialties=["総合診療科", "在宅医療"], prefectures=["宮崎県"],
             municipality="椎葉村", employment=["full_time"], start="2027-04")
    add(26, "clinic-director-generalist-shiiba-utf8b", "hospital",
        "text/plain UTF-8 base64; From/Subject RFC 2047 UTF-8 B", "medium",
        "A village's only clinic: the director, himself a physician, recruits -> hospital; 総合医 -> 総合診療科 and 訪問診療 -> 在宅医療, 常勤, 令和9年4月 -> 2027-04, municipality 椎葉村 after 東臼杵郡; 夜間の呼び出し is no spot post",
        eml, g)


def m027():
    mid = "20261111103045.55AC.91F3E0D7@kozagawa-zaitaku.example.jp"
    date = "Wed, 11 Nov 2026 10:30:45 +0900"
    body = """地域医療マッチング事務局 御中

和歌山県東牟婁郡古座川町で在宅療養支援診療所を運営しております、
医療法人 清流舎 こざがわ在宅クリニック 事務長の湯川と申します。

当院は、古座川流域の山あいに暮らす高齢の方々の訪問診療と、がん末期の方の緩和ケアを
中心に行っております。現在、常勤医は院長1名のみで、看取りの件数も年々増えております。

つきましては、来年度から常勤の医師を1名お迎えしたく、貴事務局にご相談申し上げます。
在宅医療のご経験は問いません。院長が同行してお教えいたします。

医療法人 清流舎 こざがわ在宅クリニック
事務長 湯川 恭子
TEL 0735-72-1587 ／ FAX 0735-72-1588
"""
    eml = plain(mid, date, "湯川 恭子", "yukawa@kozagawa-zaitaku.example.jp",
                "常勤医師の募集について（在宅療養支援診療所）", body, "euc",
                "mail.kozagawa-zaitaku.example.jp", "198.51.100.94")
    g = gold(mid, "hospital", name="湯川 恭子", email="yukawa@kozagawa-zaitaku.example.jp", phone="0735721587",
             organization="医療法人 清流舎 こざがわ在宅クリニック", specialties=["在宅医療", "緩和ケア"],
             prefectures=["和歌山県"], municipality="古座川町", employment=["full_time"], start="2027-04")
    add(27, "home-care-palliative-kozagawa-eucjp", "hospital",
        "text/plain EUC-JP 8bit; From/Subject RFC 2047 EUC-JP B", "medium",
        "Home-care clinic: 在宅療養支援/訪問診療 -> 在宅医療 and 緩和ケア, 常勤, 来年度 in November 2026 -> 2027-04, municipality 古座川町; 常勤医は院長1名のみ describes the clinic; FAX after the phone",
        eml, g)


def m028():
    mid = "TY0P286MB3318F1E2A45C7D90B61E0C8A2F7D1@TY0P286.prod.outlook.example.com"
    date = "Mon, 07 Sep 2026 08:55:00 +0000"
    text = """地域医療マッチング事務局
ご担当者様

いつもお世話になっております。
兵庫県美方郡香美町の 香美町立 かすみ海浜病院 総務課の西垣でございます。

当院では現在、次の2件について医師を募集しております。

1. 麻酔科の常勤医 1名（2027年1月から）
2. 土日の救急外来の当直をお願いできる先生（随時）

麻酔科は手術室の管理が中心で、手術は年間400件ほどです。
当直は土曜の夜から日曜の朝までで、救急車は一晩に1～2台程度です。

募集要項を添付するべきところ、まだ整っておりませんので、まずはメールにてご相談いたします。

香美町立 かすみ海浜病院
総務課 人事係 西垣 隆
TEL 0796-36-4110（代表）
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-2022-jp">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>\n'
            '<body lang="JA" link="#0563C1" vlink="#954F72"><div class="WordSection1">\n'
            + "\n".join('<p class="MsoNormal">%s<o:p></o:p></p>' % (l if l else "&nbsp;")
                        for l in text.rstrip("\n").split("\n"))
            + "\n</div></body></html>\n")
    eml = alt(mid, date, "西垣 隆", "jinji@kasumi-kaihin-hp.example.jp",
              "医師募集のご相談（麻酔科常勤・救急当直）", text, html,
              "mail-ty0p286.outbound.example.com", "198.51.100.88", "_000_TY0P286MB3318F1E2A45C7D90B61E0_",
              extra=[("Thread-Topic", ew("医師募集のご相談（麻酔科常勤・救急当直）", "jis")),
                     ("Content-Language", "ja-JP")], enc="jis")
    g = gold(mid, "hospital", name="西垣 隆", email="jinji@kasumi-kaihin-hp.example.jp", phone="0796364110",
             organization="香美町立 かすみ海浜病院", specialties=["麻酔科", "救急科"], prefectures=["兵庫県"],
             municipality="香美町", employment=["full_time", "spot"], start="2027-01")
    add(28, "town-hospital-anaesthesia-er-duty-kami-alt", "hospital",
        "multipart/alternative (Outlook): text/plain ISO-2022-JP 7bit + Word HTML ISO-2022-JP quoted-printable; Date +0000", "medium",
        "Town hospital, two posts in one mail: 麻酔科 常勤 from 2027年1月 and weekend 救急外来 当直 -> 麻酔科/救急科, full_time+spot, start 2027-01 (the duty is 随時); municipality 香美町 after 美方郡; 400件 and 1～2台 are no data",
        eml, g)


def m029():
    mid = "20261002141414.0C7F.6B2A19E8@tadami-yukizato.example.jp"
    date = "Fri, 02 Oct 2026 14:14:14 +0900"
    body = """地域医療マッチング事務局 御中

福島県南会津郡只見町の 只見町国保 雪里診療所 の事務長、目黒 進と申します。

当地は全国でも有数の豪雪地帯で、冬の間は隣町の病院への搬送にも時間がかかります。
そこで今年度も、冬期の4か月間（12月から翌年3月まで）常勤で勤務していただける
内科の先生を募集いたします。

期間中は診療所に併設の医師住宅をご用意し、雪道の送迎も職員が行います。
昨年は定年退職された先生にお越しいただき、大変助かりました。
シニアの先生も歓迎いたします。

只見町国保 雪里診療所
事務長 目黒 進
TEL 0241-82-2250
"""
    eml = plain(mid, date, "目黒 進", "jimu@tadami-yukizato.example.jp",
                "冬期（12月～3月）の常勤内科医の募集", body, "jis",
                "mail.tadami-yukizato.example.jp", "198.51.100.177")
    g = gold(mid, "hospital", name="目黒 進", email="jimu@tadami-yukizato.example.jp", phone="0241822250",
             organization="只見町国保 雪里診療所", specialties=["内科"], prefectures=["福島県"],
             municipality="只見町", employment=["full_time"], start="2026-12")
    add(29, "winter-only-internist-tadami-jis", "hospital",
        "text/plain ISO-2022-JP 7bit", "medium",
        "Winter-only post: 内科 常勤 for 12月から翌年3月まで -> start 2026-12, municipality 只見町; 全国でも有数 is no 全国 (the post is in 福島県), 定年退職/シニア is no age, 隣町 is no municipality",
        eml, g)


def m030():
    mid = "5f0d2c9e-7a14-4b38-8e61-imabetsu@imabetsu-clinic.example.jp"
    date = "Tue, 10 Nov 2026 16:02:40 +0900"
    quoted = """成田様

いつもお世話になっております。地域医療マッチング事務局の笹原です。
先日は、藤枝先生（整形外科、72歳）との面談の機会をいただきありがとうございました。
先生からは、ご家族の事情で常勤は難しいとのお返事をいただいております。
今後の募集条件について、ご意向をお聞かせいただけますでしょうか。

""" + SEC_SIG
    body = """地域医療マッチング事務局
笹原様

お世話になっております。いまべつ町民診療所の成田です。
藤枝先生の件、ご連絡ありがとうございました。残念ですが承知いたしました。

院内で相談し、今後は常勤に加えて、非常勤（週3日）での勤務も受け入れることにいたしました。
診療科は引き続き内科です。
開始は2027年1月以降でご相談させてください。

引き続きよろしくお願いいたします。

いまべつ町民診療所（青森県東津軽郡今別町）
事務 成田 かおり
TEL 0174-35-2208

""" + tb_ja("2026/11/09 14:20", "地域医療マッチング事務局", quoted)
    eml = plain(mid, date, "成田 かおり", "narita@imabetsu-clinic.example.jp",
                "Re: 藤枝先生との面談の件", body, "utf8",
                "mail.imabetsu-clinic.example.jp", "203.0.113.88",
                extra=[("In-Reply-To", "<sec.20261109.1420.0311@md2-rm.example.org>"),
                       ("References", "<sec.20261109.1420.0311@md2-rm.example.org>"),
                       ("User-Agent", "Mozilla Thunderbird")])
    g = gold(mid, "hospital", name="成田 かおり", email="narita@imabetsu-clinic.example.jp", phone="0174352208",
             organization="いまべつ町民診療所", specialties=["内科"], prefectures=["青森県"], municipality="今別町",
             employment=["full_time", "part_time"], days_per_week=3, start="2027-01")
    add(30, "clinic-widens-listing-after-interview-imabetsu", "hospital",
        "text/plain UTF-8 8bit; Thunderbird reply with '> ' quote; In-Reply-To/References", "hard",
        "Clinic widens its listing after a candidate declined: 常勤 + 非常勤（週3日） -> full_time+part_time, days 3, 内科, 2027年1月以降 -> 2027-01, 青森県/今別町 only in the bracket of the signature; the candidate 藤枝 (整形外科, 72歳) in the quote is no data",
        eml, g)


def m031():
    mid = "a7c3e9f1-04b2-4d6e-9a85-odai@odai-touseki.example.jp"
    date = "Thu, 22 Oct 2026 11:05:33 +0900"
    body = """地域医療マッチング事務局 御中

三重県多気郡大台町で透析クリニックを開いております、おおだい透析クリニック 院長の奥田と申します。

貴事業で医師の求人を掲載していただくには、どのような手続きが必要でしょうか。
掲載の費用や、紹介が決まった場合の手数料についても教えていただけますと助かります。

当院は透析ベッド20床の小さなクリニックで、月・水・金の透析の管理を担当していただける
非常勤の先生（週3日）を探しております。腎臓内科のご経験がある先生が理想です。

よろしくお願いいたします。

おおだい透析クリニック
院長 奥田 健司
TEL 0598-82-1740
"""
    eml = plain(mid, date, "おおだい透析クリニック", "info@odai-touseki.example.jp",
                "求人掲載の手続きについて", body, "utf8b",
                "mail.odai-touseki.example.jp", "203.0.113.140")
    g = gold(mid, "hospital", name="奥田 健司", email="info@odai-touseki.example.jp", phone="0598821740",
             organization="おおだい透析クリニック", specialties=["透析", "腎臓内科"], prefectures=["三重県"],
             municipality="大台町", employment=["part_time"], days_per_week=3)
    add(31, "dialysis-clinic-asks-how-to-list-odai-utf8b", "hospital",
        "text/plain UTF-8 base64; From display is the clinic; From/Subject RFC 2047 UTF-8 B", "medium",
        "A dialysis clinic asks how to list and about fees, then describes the post: hospital (not general); 透析 + 腎臓内科, 非常勤 週3日 (月・水・金), municipality 大台町 after 多気郡, name from the signature; 20床 is no data, no start",
        eml, g)


def m032():
    mid = "20260727091208.3D6E.A07C5B91@kamikatsu-care.example.jp"
    date = "Mon, 27 Jul 2026 09:12:08 +0900"
    body = """地域医療マッチング事務局 ご担当者様

徳島県勝浦郡上勝町で、住宅型有料老人ホーム「いろどりの郷」を運営しております
株式会社かみかつケアサービスの西と申します。

当ホームの入居者（現在28名）の往診をお願いしていた町内の先生が引退されることになり、
新たに協力医となっていただける先生を探しております。
週1回、午後に往診していただく形を考えております。
9月から来ていただけると助かります。

株式会社かみかつケアサービス 住宅型有料老人ホーム いろどりの郷
施設長 西 由美子
TEL 0885-46-0312
"""
    eml = plain(mid, date, "西 由美子", "nishi@kamikatsu-care.example.jp",
                "協力医（往診）のご紹介のお願い", body, "sjis",
                "mail.kamikatsu-care.example.jp", "192.0.2.188")
    g = gold(mid, "hospital", name="西 由美子", email="nishi@kamikatsu-care.example.jp", phone="0885460312",
             organization="株式会社かみかつケアサービス 住宅型有料老人ホーム いろどりの郷",
             specialties=["老健・介護施設", "在宅医療"], prefectures=["徳島県"], municipality="上勝町",
             employment=["part_time"], days_per_week=1, start="2026-09")
    add(32, "private-care-home-visiting-doctor-kamikatsu-sjis", "hospital",
        "text/plain Shift_JIS 8bit; From/Subject RFC 2047 Shift_JIS B", "medium",
        "Company-run care home seeks a visiting doctor: 有料老人ホーム -> 老健・介護施設 and 往診 -> 在宅医療, 週1回 -> part_time/1, 9月から in July -> 2026-09, municipality 上勝町, organization the company and home as in the signature (施設長 dropped); 28名 is no data",
        eml, g)


def m033():
    mid = "20261203133000.7E21.C4A90B63@city-tsushima.example.jp"
    date = "Thu, 03 Dec 2026 13:30:00 +0900"
    body = """ドクターセカンドキャリア 地域医療マッチング事務局 御中

対馬市 健康づくり推進課 地域医療係の阿比留と申します。
市立診療所の医師について、下記のとおり募集いたしますので、ご紹介をお願い申し上げます。

記

１．募集内容
　（１）総合診療医　常勤１名（市立 佐護診療所）
　（２）眼科医　非常勤（市立 厳原南診療所、月１回の巡回診療）
２．勤務開始　令和９年４月１日
３．待遇　対馬市の規定による。赴任に係る費用は市が負担する。

以上

長崎県対馬市 健康づくり推進課 地域医療係
阿比留 和也
TEL 0920-53-6117
"""
    eml = plain(mid, date, "阿比留 和也", "chiiki-iryo@city-tsushima.example.jp",
                "市立診療所の医師募集（総合診療医・眼科医）", body, "jis",
                "mail.city-tsushima.example.jp", "198.51.100.214")
    g = gold(mid, "hospital", name="阿比留 和也", email="chiiki-iryo@city-tsushima.example.jp", phone="0920536117",
             organization="対馬市", specialties=["総合診療科", "眼科"], prefectures=["長崎県"], municipality="対馬市",
             employment=["full_time", "part_time"], start="2027-04-01")
    add(33, "city-two-clinic-posts-tsushima-kiroku-jis", "hospital",
        "text/plain ISO-2022-JP 7bit; full-width digits and （１） in a 記…以上 block", "hard",
        "City recruits for two of its clinics: organization 対馬市 (section dropped; the two clinics differ), 総合診療医 常勤 + 眼科 非常勤 月１回 -> full_time+part_time, days null, 令和９年４月１日 in full-width digits -> 2027-04-01, municipality 対馬市",
        eml, g)


def m034():
    mid = "SY4P282MB1907A3B1E0C56D9F2E14B7C0A9E3@SY4P282.prod.outlook.example.com"
    date = "Tue, 20 Oct 2026 12:30:00 +1100"
    body = """Dear Madoguchi team,

I am the practice manager of Niseko Alpine Medical Clinic, a small private clinic in
Niseko (ニセコ町), Hokkaido. Every winter our patient numbers triple because of the
ski season, and most of the cases are injuries and acute illness among visitors.

We are looking for a Japanese-licensed doctor with emergency or family medicine
experience to work full-time with us for the season, from December 2026 to
March 2027. Accommodation and a ski pass are provided. English is helpful but
not essential, as we have interpreters on site.

Could you tell us whether we can advertise through your programme, and how?

Kind regards,
Sarah Whitfield
Practice Manager, Niseko Alpine Medical Clinic
北海道虻田郡ニセコ町字富士見 88-4
Tel: +81 136-55-8821
"""
    eml = plain(mid, date, "Sarah Whitfield", "sarah.w@niseko-alpine.example.com",
                "Seasonal doctor for a ski-resort clinic in Niseko", body, "utf8",
                "mail-sy4p282.outbound.example.com", "203.0.113.233")
    g = gold(mid, "hospital", name="Sarah Whitfield", email="sarah.w@niseko-alpine.example.com",
             phone="0136558821", organization="Niseko Alpine Medical Clinic",
             specialties=["救急科", "総合診療科"], prefectures=["北海道"], municipality="ニセコ町",
             employment=["full_time"], start="2026-12")
    add(34, "english-ski-clinic-season-niseko", "hospital",
        "text/plain UTF-8 8bit; English with a Japanese address line; Date +1100", "medium",
        "English mail from a ski-resort clinic's manager: emergency/family medicine -> 救急科/総合診療科, full-time for the season from December 2026 -> 2026-12, municipality ニセコ町 from the address, Hokkaido, +81 136 -> 0136558821",
        eml, g)


def m035():
    mid = "20260812154000.1F3A.8C2E61D5@miyama-midori-hp.example.jp"
    date = "Wed, 12 Aug 2026 15:40:00 +0900"
    body = """地域医療マッチング事務局 御中

京都府南丹市の 医療法人 美山会 美山みどり病院 健診センターで課長をしております、中西と申します。

当センターでは、人間ドックの診察を担当していただける先生を、非常勤で週1日お願いしたいと
考えております。また、秋の集団健診の時期（10月～11月）には、単発での応援も歓迎いたします。
開始は10月からを予定しております。

定年後の先生にも多くご活躍いただいている職場です。ご紹介をよろしくお願いいたします。

医療法人 美山会 美山みどり病院 健診センター
課長 中西 俊介
TEL 0771-75-0923
"""
    eml = plain(mid, date, "中西 俊介", "kenshin@miyama-midori-hp.example.jp",
                "人間ドック担当医（非常勤）の募集について", body, "euc",
                "mail.miyama-midori-hp.example.jp", "198.51.100.39")
    g = gold(mid, "hospital", name="中西 俊介", email="kenshin@miyama-midori-hp.example.jp", phone="0771750923",
             organization="医療法人 美山会 美山みどり病院", specialties=["健診"], prefectures=["京都府"],
             municipality="南丹市", employment=["part_time", "spot"], days_per_week=1, start="2026-10")
    add(35, "health-check-centre-nantan-eucjp", "hospital",
        "text/plain EUC-JP 8bit; From/Subject RFC 2047 EUC-JP B", "medium",
        "Hospital health-check centre: 人間ドック/集団健診 -> 健診, 非常勤 週1日 + 単発 -> part_time+spot, days 1, 10月から in August -> 2026-10 (10月～11月 is the autumn season), municipality 南丹市, organization without 健診センター",
        eml, g)


# ======================================================================= general

def m036():
    mid = "20260603102233.6A1E.0B94C7F2@lib-oguni.example.jp"
    date = "Wed, 03 Jun 2026 10:22:33 +0900"
    body = """地域医療マッチング事務局 御中

山形県の小国町立図書館で司書をしております、渡部と申します。

7月に館内で「地域で働く・地域で暮らす」という展示を予定しており、
その中で、町外から来てくださるお医者さんを紹介するコーナーを設けたいと考えております。
貴事業のポスターを2枚と、来館者が持ち帰れるリーフレットを50部ほどお送りいただくことは
できますでしょうか。送料がかかる場合はお知らせください。

送付先：〒999-1363 山形県西置賜郡小国町大字小国小坂町 9-9 小国町立図書館
小国町立図書館 司書 渡部 千尋
TEL 0238-62-4471
"""
    eml = plain(mid, date, "小国町立図書館 渡部", "library@lib-oguni.example.jp",
                "ポスターとリーフレットの送付のお願い", body, "jis",
                "mail.lib-oguni.example.jp", "198.51.100.29")
    g = gold(mid, "general", name="渡部 千尋", email="library@lib-oguni.example.jp", phone="0238624471",
             organization="小国町立図書館")
    add(36, "town-library-asks-for-posters-jis", "general",
        "text/plain ISO-2022-JP 7bit", "easy",
        "A town library asks for 2 posters and 50 leaflets for an exhibition: general; 山形県/小国町 is its own address and 7月 the exhibition, no lead data; name from the signature, not the From display",
        eml, g)


def m037():
    mid = "d8e1f6a2-93b4-4c0e-a5d7-hokushin@hokushin-alumni.example.jp"
    date = "Thu, 09 Jul 2026 15:03:27 +0900"
    body = """地域医療マッチング事務局
ご担当者様

北辰医科大学同窓会 会報編集委員の 石黒 亮介 と申します。

当会の会報（年2回発行、会員約4,800名）の秋号で「セカンドキャリアとしての地域医療」という
特集を組む予定です。つきましては、貴事業のご紹介記事（1,200字程度）をご寄稿いただくか、
難しければ事務局の方へのインタビューをお願いできないでしょうか。

会員には定年を迎える年代の医師も多く、関心は高いと思います。
原稿の締切は9月10日を予定しております。

北辰医科大学同窓会 会報編集委員会
石黒 亮介
TEL 011-614-2093（同窓会事務局）
"""
    eml = plain(mid, date, "石黒 亮介", "kaiho@hokushin-alumni.example.jp",
                "同窓会会報への記事ご寄稿のお願い", body, "utf8q",
                "mail.hokushin-alumni.example.jp", "203.0.113.35")
    g = gold(mid, "general", name="石黒 亮介", email="kaiho@hokushin-alumni.example.jp", phone="0116142093",
             organization="北辰医科大学同窓会")
    add(37, "alumni-bulletin-article-request-qp", "general",
        "text/plain UTF-8 quoted-printable; From/Subject RFC 2047 UTF-8 B", "medium",
        "A medical school's alumni association asks for an article or interview for its bulletin: general; organization the association without 会報編集委員会; 4,800名, 1,200字, 9月10日 and 定年 are no lead data",
        eml, g)


def m038():
    mid = "20260925163012.2B7C.55E0A9D1@sakuma-tax.example.jp"
    date = "Fri, 25 Sep 2026 16:30:12 +0900"
    body = """地域医療マッチング事務局 御中

突然のお問い合わせ失礼いたします。
佐久間税理士事務所の税理士、佐久間 恵と申します。

当事務所の顧問先に、貴事業を通じて来年から地方の病院で非常勤勤務を始める予定の
医師の方がいらっしゃいます（70歳、内科）。
確定申告の準備のため、次の点を教えていただけますでしょうか。

・貴事務局から医師本人に、紹介料や報酬などの支払いが発生することはありますか。
・赴任に伴う交通費や住居費を、事務局が負担する制度はありますか。

医師ご本人の了解は得ております。お手数ですが、よろしくお願いいたします。

佐久間税理士事務所
税理士 佐久間 恵
TEL 0263-33-8170
"""
    eml = plain(mid, date, "佐久間税理士事務所", "office@sakuma-tax.example.jp",
                "顧問先の医師への支払いの有無について", body, "sjis",
                "mail.sakuma-tax.example.jp", "192.0.2.95")
    g = gold(mid, "general", name="佐久間 恵", email="office@sakuma-tax.example.jp", phone="0263338170",
             organization="佐久間税理士事務所")
    add(38, "tax-accountant-asks-about-payments-sjis", "general",
        "text/plain Shift_JIS 8bit; From/Subject RFC 2047 Shift_JIS B", "hard",
        "A tax accountant asks, for a client physician, whether the programme pays doctors anything: general (a question about the programme, not a job search); the client's 70歳/内科/非常勤/来年 are no lead data; person fields are the accountant's",
        eml, g)


def m039():
    mid = "CAGz5Rk1pM0vX8yWq3=Ht7Nb@formosa-hpi.example.org"
    date = "Mon, 14 Sep 2026 09:05:44 +0800"
    body = """Dear colleagues,

I am a researcher at the Formosa Rural Health Policy Institute in Taichung. Our
team studies how countries in East Asia bring experienced physicians to
under-served areas, and your programme for retiring doctors has been mentioned
to us several times.

Four of us will be in Tokyo from 9 to 13 November for a conference. Would it be
possible to visit your secretariat for about an hour during that week, and to
ask a few questions about how you match doctors with hospitals? We would of
course follow any conditions you set on what may be published.

With best regards,
Dr. Lin Mei-hua
Associate Researcher, Formosa Rural Health Policy Institute
Tel: +886 4 2358 1190
"""
    eml = plain(mid, date, "Lin Mei-hua", "mhlin@formosa-hpi.example.org",
                "Request for a short visit to your secretariat (November)", body, "ascii",
                "mail.formosa-hpi.example.org", "203.0.113.72")
    g = gold(mid, "general", name="Lin Mei-hua", email="mhlin@formosa-hpi.example.org",
             organization="Formosa Rural Health Policy Institute")
    add(39, "english-taiwan-researchers-visit", "general",
        "text/plain US-ASCII 7bit; English; Date +0800", "medium",
        "A Taiwanese researcher asks to visit the secretariat: general; 'Dr.' dropped from the name, organization the institute, the +886 number is not a domestic Japanese phone -> null, November dates are no start",
        eml, g)


def m040():
    mid = "20260806140555.4E02.A1B7D3C9@toyama-chiiki.example.jp"
    date = "Thu, 06 Aug 2026 14:05:55 +0900"
    body = """ドクターセカンドキャリア 地域医療マッチング事務局 御中

平素より大変お世話になっております。
とやま地域医療協議会 事務局の 立山 真理子 でございます。

当協議会では毎年11月に、県内の勤務医・開業医向けに「これからの働き方セミナー」を開いております。
本年は、定年を迎える先生方に向けて、貴事業の説明の時間を設けさせていただけないかと考えております。
共催という形が難しければ、講師としてお一人お越しいただくだけでも大変ありがたく存じます。

日程の候補は11月21日（土）または28日（土）の午後です。
ご検討のほど、よろしくお願い申し上げます。

とやま地域医療協議会 事務局
立山 真理子
TEL 076-445-3020 ／ FAX 076-445-3021
"""
    eml = plain(mid, date, "立山 真理子", "jimukyoku@toyama-chiiki.example.jp",
                "セミナー共催（講師派遣）のお願い", body, "jis",
                "mail.toyama-chiiki.example.jp", "198.51.100.48")
    g = gold(mid, "general", name="立山 真理子", email="jimukyoku@toyama-chiiki.example.jp", phone="0764453020",
             organization="とやま地域医療協議会")
    add(40, "regional-council-cohost-seminar-jis", "general",
        "text/plain ISO-2022-JP 7bit", "easy",
        "A regional medical council asks the secretariat to co-host or send a speaker to its seminar: general; 11月 and the dates are no start, 勤務医・開業医/定年 are no lead data; organization without 事務局",
        eml, g)


def m041():
    mid = "fukui-plaza.20261016.0931.77@fukui-shigoto.example.jp"
    date = "Fri, 16 Oct 2026 09:31:08 +0900"
    body = """地域医療マッチング事務局 ご担当者様

ふくいしごと相談プラザ（シニア就業相談窓口）の相談員、坪川と申します。

当窓口には、最近、60代の医療職の方からの相談が増えております。
先日も、定年を迎えた病院勤務の先生から「地方で働き続ける方法はないか」とのご相談があり、
貴事業をご紹介いたしました。

つきましては、窓口に置くためのリーフレットを30部ほどお送りいただけないでしょうか。
あわせて、相談者をご案内する際の窓口（お電話かメールか）を教えていただけると助かります。

ふくいしごと相談プラザ
相談員 坪川 理恵（つぼかわ りえ）
TEL 0776-21-5543
"""
    eml = plain(mid, date, "坪川 理恵", "soudan@fukui-shigoto.example.jp",
                "リーフレットの送付と相談窓口について", body, "utf8b",
                "mail.fukui-shigoto.example.jp", "203.0.113.111")
    g = gold(mid, "general", name="坪川 理恵", name_kana="ツボカワ リエ", email="soudan@fukui-shigoto.example.jp",
             phone="0776215543", organization="ふくいしごと相談プラザ")
    add(41, "senior-job-counter-asks-for-leaflets-utf8b", "general",
        "text/plain UTF-8 base64; From/Subject RFC 2047 UTF-8 B", "medium",
        "A senior job-counselling counter asks for 30 leaflets and the right contact for referrals: general; the doctor it mentions is no lead, 60代/定年 are no age; hiragana reading in brackets -> katakana; organization without the bracketed description",
        eml, g)


def m042():
    mid = "0100019a2b3c4d5e-minase-7f80@bunko-mail.example.com"
    date = "Sat, 21 Nov 2026 11:48:02 +0900"
    text = """地域医療マッチング事務局 御中

はじめまして。小説を書いております、水無瀬 灯（みなせ あかり）と申します。

現在、定年を迎えた外科医が北の小さな町の診療所に赴任する物語を準備しております。
取材として、医師と病院をつなぐお仕事の実際について、
事務局の方に30分ほどお話をうかがうことはできないでしょうか。
オンラインでも、電話でも構いません。

もちろん、個人が特定されるような内容は書きません。
お忙しいところ恐縮ですが、ご検討いただけますと幸いです。

水無瀬 灯
"""
    eml = plain(mid, date, "水無瀬 灯", "akari.minase@bunko-mail.example.com",
                "取材のお願い（小説の執筆のため）", html_divs(text), "utf8b",
                "smtp.bunko-mail.example.com", "203.0.113.166", ctype="text/html")
    g = gold(mid, "general", name="水無瀬 灯", name_kana="ミナセ アカリ", email="akari.minase@bunko-mail.example.com")
    add(42, "novelist-interview-request-html", "general",
        "text/html only, UTF-8 base64", "medium",
        "A novelist asks for a 30-minute interview for a book about a retired surgeon in a northern town: general (not doctor, not press spam); 外科医/定年/北の町 are fiction, no lead data; reading in brackets -> katakana",
        eml, g)


# ======================================================================= unsubscribe

def m043():
    mid = "20261026195541.1B4F.6D2E9A07@hirose-home.example.jp"
    date = "Mon, 26 Oct 2026 19:55:41 +0900"
    body = """地域医療マッチング事務局 御中

いつもメールマガジンをお送りいただき、ありがとうございます。
このアドレスで登録しておりました父、広瀬 忠雄が、先月他界いたしました。
生前は、定年後に貴事業を通じて島の診療所で働けたことを、何よりの誇りにしておりました。

つきましては、今後このアドレスへのメールの送付は停止していただけますでしょうか。
父の登録情報も、お手数ですが削除をお願いいたします。

長男 広瀬 圭一
"""
    eml = plain(mid, date, "広瀬 忠雄", "t-hirose@hirose-home.example.jp",
                "父の逝去に伴う配信停止のお願い", body, "jis",
                "mail.hirose-home.example.jp", "198.51.100.58")
    g = gold(mid, "unsubscribe", name="広瀬 圭一", email="t-hirose@hirose-home.example.jp")
    add(43, "son-reports-father-died-stop-mail-jis", "unsubscribe",
        "text/plain ISO-2022-JP 7bit; From display is the late father's name", "hard",
        "A son writes from his late father's address to stop the mail and delete the registration: unsubscribe; the person is the writer 広瀬 圭一 (the From display and 広瀬 忠雄 in the text are his father), 長男 dropped; 定年/島の診療所 are no data",
        eml, g)


def m044():
    mid = "9a3e7d01-b5c2-4f80-8e16-otsuka@sanuki-hp.example.jp"
    date = "Wed, 13 Jan 2027 12:41:19 +0900"
    news = """ドクターセカンドキャリア メールマガジン 2027年1月号

■新着の求人
No.1 香川県 小豆島の診療所　内科　非常勤　週2日　2027年4月～
No.2 愛媛県 南予地域の病院　循環器内科　常勤
No.3 高知県 嶺北地域の町立病院　総合診療　常勤　令和9年4月～

配信停止をご希望の方は、このメールにご返信ください。
"""
    body = """---
さぬき中央病院 医事課
大塚 早苗
TEL 087-862-3314（内線 215）

""" + tb_ja("2027/01/13 9:00", "地域医療マッチング事務局", news)
    eml = plain(mid, date, "大塚 早苗", "otsuka@sanuki-hp.example.jp",
                "配信停止希望", body, "utf8", "mail.sanuki-hp.example.jp", "203.0.113.173",
                extra=[("In-Reply-To", "<news.2027-01.015.0001877@md2-rm.example.org>"),
                       ("References", "<news.2027-01.015.0001877@md2-rm.example.org>"),
                       ("User-Agent", "Mozilla Thunderbird")])
    g = gold(mid, "unsubscribe", name="大塚 早苗", email="otsuka@sanuki-hp.example.jp", phone="0878623314",
             organization="さぬき中央病院")
    add(44, "subject-only-stop-above-quoted-newsletter", "unsubscribe",
        "text/plain UTF-8 8bit; reply whose own text is only a signature; In-Reply-To/References", "hard",
        "The request is only in the Subject (配信停止希望); the writer adds nothing but her signature above the quoted newsletter: unsubscribe, name/organization (without 医事課)/phone from the signature; the quoted listings (香川/愛媛/高知, 内科, 常勤, 週2日) are no data",
        eml, g)


def m045():
    mid = "20261204081533.0E6A.3C91B2F4@mori-naika.example.jp"
    date = "Fri, 04 Dec 2026 08:15:33 +0900"
    body = """地域医療マッチング事務局 御中

以前、貴事務局に医師として登録いたしました森 康介です。

現在の勤務先で定年が延長されることになり、当面、転職の予定がなくなりました。
つきましては、登録を取り消し、お預けしている私の個人情報（履歴書を含む）を
すべて削除していただくよう、お願いいたします。
メールマガジンなどの送付も、今後は不要です。

削除が完了しましたら、その旨をご一報いただけますと幸いです。

森 康介
森内科医院 勤務
"""
    eml = plain(mid, date, "森 康介", "kosuke.mori@mori-naika.example.jp",
                "登録の取消しと個人情報の削除について", body, "sjis",
                "mail.mori-naika.example.jp", "192.0.2.141")
    g = gold(mid, "unsubscribe", name="森 康介", email="kosuke.mori@mori-naika.example.jp",
             organization="森内科医院")
    add(45, "withdraw-registration-delete-data-sjis", "unsubscribe",
        "text/plain Shift_JIS 8bit; From/Subject RFC 2047 Shift_JIS B", "medium",
        "A registered physician withdraws and asks that his data be deleted and mail stopped: unsubscribe (no post sought), no 配信停止 word; organization from the signature without 勤務; 定年 is no data",
        eml, g)


def m046():
    mid = "1793248017.412.hk-chan@mobile-au.example.jp"
    date = "Thu, 22 Oct 2026 06:40:17 +0900"
    body = """メルマガの一番下にある解除のリンクを押しても「ページが見つかりません」と出て、解除できません。
お手数ですが、このアドレスを配信リストから外してください。
"""
    eml = plain(mid, date, "", "hk-chan.0412@mobile-au.example.jp", "解除できません", body, "utf8b",
                "mgw1.mobile-au.example.jp", "192.0.2.214")
    g = gold(mid, "unsubscribe", email="hk-chan.0412@mobile-au.example.jp")
    add(46, "unsubscribe-link-broken-mobile-utf8b", "unsubscribe",
        "text/plain UTF-8 base64; bare From address; Subject RFC 2047 UTF-8 B", "medium",
        "Mobile mail: the unsubscribe link gives 'page not found', please remove this address: unsubscribe; no name anywhere (bare From), 0412 in the address is no phone",
        eml, g)


# ======================================================================= auto_reply

def m047():
    mid = "autoreply.20260928.0800.4471@saku-general.example.jp"
    date = "Mon, 28 Sep 2026 08:00:03 +0900"
    body = """このメールは自動応答により送信しています。

9月28日（月）から10月2日（金）まで、学会出張のため不在にしております。
いただいたメールは、10月5日（月）以降に順次拝見いたします。

お急ぎの件は、佐久総合医療センター 循環器内科 医局（0267-62-8181）までお問い合わせください。

佐久総合医療センター 循環器内科
宮下 祐介
"""
    hdrs = std(mid, date, addr("宮下 祐介", "y.miyashita@saku-general.example.jp", "jis"),
               ew("不在のお知らせ（学会出張）"), "mail.saku-general.example.jp", "198.51.100.102", rp="",
               extra=[("In-Reply-To", "<news.2026-09.012.0002268@md2-rm.example.org>"),
                      ("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "bulk")])
    hdrs[0] = ("Return-Path", "<>")
    eml = single(hdrs, body, "iso2022_jp", "ISO-2022-JP", "7bit")
    add(47, "ooo-conference-trip-auto-submitted-jis", "auto_reply",
        "text/plain ISO-2022-JP 7bit; Auto-Submitted: auto-replied, X-Autoreply, Return-Path <>", "easy",
        "A cardiologist's conference-trip absence notice answering the newsletter: auto_reply; 循環器内科, the name, the 医局 phone and the dates are no data",
        eml, gold(mid, "auto_reply"))


def m048():
    mid = "6c1b9e44-0f2a-4d73-b8e5-auto@hanamizuki-cl.example.jp"
    date = "Tue, 03 Nov 2026 13:12:58 +0900"
    body = """※本メールは自動応答です。

いつもお世話になっております。
はなみずきレディースクリニックの院長、吉永は、産前産後休暇のため、
2026年11月から2027年4月まで不在にしております。

不在中のご連絡は、副院長 谷口（taniguchi@hanamizuki-cl.example.jp）までお願いいたします。
患者さまの診療に関するお問い合わせは、クリニック代表 045-985-2231 にお電話ください。

はなみずきレディースクリニック
"""
    eml = plain(mid, date, "吉永 美咲", "yoshinaga@hanamizuki-cl.example.jp",
                "Re: 【地域医療マッチング】非常勤医師登録のご案内", body, "utf8",
                "mail.hanamizuki-cl.example.jp", "203.0.113.46",
                extra=[("In-Reply-To", "<info.20261103.1300.0042@md2-rm.example.org>")])
    add(48, "maternity-leave-notice-no-headers-utf8", "auto_reply",
        "text/plain UTF-8 8bit; NO Auto-Submitted/X-Autoreply; 'Re:' subject", "hard",
        "A clinic director's maternity-leave notice, recognisable only by ※本メールは自動応答です: auto_reply, not doctor or hospital; the deputy's address, the phone, 2027年4月 and レディースクリニック are no data",
        eml, gold(mid, "auto_reply"))


def m049():
    mid = "noreply-ar.20260721.0312@kitakami-hp.example.jp"
    date = "Tue, 21 Jul 2026 03:12:44 +0900"
    body = """This mailbox is no longer monitored.
このメールアドレスは現在使用されておりません。

医師募集に関するお問い合わせは、下記の新しい窓口までお願いいたします。
For enquiries about physician recruitment, please contact:

  北上みなみ病院 人事課 医師採用担当
  recruit-dr@kitakami-hp.example.jp
  TEL 0197-64-1300

このメッセージは自動送信されています。返信はできません。
This is an automated message. Please do not reply.
"""
    hdrs = std(mid, date, "Kitakami Minami Hospital <ishibosyu@kitakami-hp.example.jp>",
               "Automatic reply: " + ewq("【地域医療マッチング】求人掲載内容のご確認"),
               "mail.kitakami-hp.example.jp", "198.51.100.187",
               extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])
    eml = single(hdrs, body, "utf-8", "UTF-8", "quoted-printable")
    add(49, "retired-mailbox-bilingual-autoreply-qp", "auto_reply",
        "text/plain UTF-8 quoted-printable; Auto-Submitted: auto-generated; Subject 'Automatic reply: ' + RFC 2047 UTF-8 Q", "easy",
        "A hospital's retired recruiting mailbox answers in English and Japanese with the new address: auto_reply; the new address, phone and 人事課 are no data",
        eml, gold(mid, "auto_reply"))


def m050():
    mid = "20261208070001.AR.5D3F@doctor-mail.example.jp"
    date = "Tue, 08 Dec 2026 07:00:01 +0900"
    body = """【自動返信】メールアドレス変更のお知らせ

このアドレス（k.oyama@doctor-mail.example.jp）は、2026年12月末で利用を終了します。
今後は、新しいアドレス oyama.kenji@new-doctor-mail.example.jp へお送りください。

このメールは、受信したメールに対して自動的に返信しています。

小山 健二
"""
    hdrs = std(mid, date, addr("小山 健二", "k.oyama@doctor-mail.example.jp", "jis"),
               ew("【自動返信】メールアドレス変更のお知らせ"), "mx.doctor-mail.example.jp", "192.0.2.59",
               extra=[("X-Autoreply", "yes"), ("In-Reply-To", "<news.2026-12.014.0000931@md2-rm.example.org>")])
    eml = single(hdrs, body, "iso2022_jp", "ISO-2022-JP", "7bit")
    add(50, "address-change-autoresponder-jis", "auto_reply",
        "text/plain ISO-2022-JP 7bit; X-Autoreply only (no Auto-Submitted)", "medium",
        "A doctor's autoresponder announcing a new address: auto_reply, not a person's request to change the newsletter address; neither address nor 12月末 is data",
        eml, gold(mid, "auto_reply"))


def m051():
    mid = "CAE-vacation.000000000000c7d205a3f1e9b2@gmail-like.example.com"
    date = "Sat, 08 Aug 2026 10:00:41 +0900"
    text = """誠に勝手ながら、8月8日（土）から8月16日（日）まで、夏季休診のためメールの確認ができません。
8月17日（月）以降にお返事いたします。

つばき内科・在宅クリニック
院長 長尾 聡
"""
    hdrs = std(mid, date, addr("長尾 聡", "tsubaki.naika@gmail-like.example.com", "utf8"),
               ew("夏季休診のお知らせ", "utf8"), "mail-sor-f69.gmail-like.example.com", "209.85.220.69",
               extra=[("Auto-Submitted", "auto-replied"),
                      ("In-Reply-To", "<news.2026-08.010.0004122@md2-rm.example.org>")])
    parts = [leaf(text, "utf-8", "UTF-8", "base64"),
             leaf(gmail_html(text), "utf-8", "UTF-8", "base64", ctype="text/html")]
    eml = multipart(hdrs, "alternative", "000000000000c7d20805a3f1e9c4", parts)
    add(51, "gmail-vacation-clinic-summer-alt", "auto_reply",
        "multipart/alternative (Gmail vacation responder): text/plain + text/html UTF-8 base64; Auto-Submitted: auto-replied", "easy",
        "Gmail vacation responder of a home-care clinic's director: auto_reply; 内科・在宅, the name and the August dates are no data",
        eml, gold(mid, "auto_reply"))


# ======================================================================= bounce

def m052():
    mid = "20260911010212.5E7A84C1B0D@mx1.md2-rm.example.org"
    date = "Fri, 11 Sep 2026 10:02:12 +0900"
    text = """This is the mail system at host mx1.md2-rm.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<h.sakurai@minamiaso-cl.example.jp>: host mail.minamiaso-cl.example.jp[198.51.100.66]
    said: 550 5.1.1 <h.sakurai@minamiaso-cl.example.jp>... User unknown (in reply to
    RCPT TO command)
"""
    status = """Reporting-MTA: dns; mx1.md2-rm.example.org
X-Postfix-Queue-ID: 5E7A84C1B0D
X-Postfix-Sender: rfc822; md@md2-rm.example.org
Arrival-Date: Fri, 11 Sep 2026 10:02:09 +0900 (JST)

Final-Recipient: rfc822; h.sakurai@minamiaso-cl.example.jp
Original-Recipient: rfc822;h.sakurai@minamiaso-cl.example.jp
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.minamiaso-cl.example.jp
Diagnostic-Code: smtp; 550 5.1.1 <h.sakurai@minamiaso-cl.example.jp>... User unknown
"""
    orig_body = """櫻井 先生

ドクターセカンドキャリア 地域医療マッチング事務局です。
ご登録いただいた内容（熊本県、総合診療科、常勤、2026年10月～）に合う求人が見つかりましたので、
ご案内いたします。

""" + SEC_SIG + "\n"
    orig = (crlf("Return-Path: <md@md2-rm.example.org>\nDate: Fri, 11 Sep 2026 10:02:09 +0900\n"
                 "From: %s <md@md2-rm.example.org>\nTo: h.sakurai@minamiaso-cl.example.jp\nSubject: %s\n"
                 "Message-ID: <match.20260911.1002.0615@md2-rm.example.org>\nMIME-Version: 1.0\n"
                 "Content-Type: text/plain; charset=ISO-2022-JP\nContent-Transfer-Encoding: 7bit\n\n"
                 % (ew("地域医療マッチング事務局"), ew("ご希望に合う求人のご案内"))).encode("ascii")
            + crlf(jis_chars(orig_body, "jis")).encode("iso2022_jp"))
    hdrs = [("Return-Path", "<>"),
            ("Received", "by mx1.md2-rm.example.org (Postfix)\n\tid 5E7A84C1B0D; Fri, 11 Sep 2026 10:02:12 +0900 (JST)"),
            ("Date", date), ("From", "MAILER-DAEMON@mx1.md2-rm.example.org (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"), ("To", "md@md2-rm.example.org"),
            ("Auto-Submitted", "auto-replied"), ("Message-Id", "<%s>" % mid)]
    parts = [raw_part("text/plain; charset=us-ascii", crlf(text).encode("ascii"),
                      extra=[("Content-Description", "Notification")]),
             raw_part("message/delivery-status", crlf(status).encode("ascii"),
                      extra=[("Content-Description", "Delivery report")]),
             raw_part("message/rfc822", orig, extra=[("Content-Description", "Undelivered Message")])]
    eml = report(hdrs, "5E7A84C1B0D.1789088532/mx1.md2-rm.example.org", parts)
    add(52, "postfix-dsn-returned-match-notice", "bounce",
        "multipart/report; report-type=delivery-status (Postfix): text/plain + message/delivery-status + message/rfc822 (ISO-2022-JP body)", "easy",
        "Postfix DSN (5.1.1 user unknown) returning our match notice to a doctor (熊本県, 総合診療科, 常勤, 2026年10月): bounce; nothing in the returned mail is lead data",
        eml, gold(mid, "bounce"))


def m053():
    mid = "202610050612.49A6C8Qp007731@relay.kanto-net.example.jp"
    date = "Mon, 5 Oct 2026 15:12:40 +0900"
    text = """The original message was received at Mon, 5 Oct 2026 15:12:36 +0900
from mx1.md2-rm.example.org [192.0.2.10]

   ----- The following addresses had permanent fatal errors -----
<jimu@yamabiko-roken.example.jp>
    (reason: 550 Host unknown)

   ----- Transcript of session follows -----
550 5.1.2 <jimu@yamabiko-roken.example.jp>... Host unknown (Name server: yamabiko-roken.example.jp: host not found)
"""
    status = """Reporting-MTA: dns; relay.kanto-net.example.jp
Received-From-MTA: DNS; mx1.md2-rm.example.org
Arrival-Date: Mon, 5 Oct 2026 15:12:36 +0900

Final-Recipient: RFC822; jimu@yamabiko-roken.example.jp
Action: failed
Status: 5.1.2
Remote-MTA: DNS; yamabiko-roken.example.jp
Last-Attempt-Date: Mon, 5 Oct 2026 15:12:40 +0900
"""
    orig = """Return-Path: <md@md2-rm.example.org>
Received: from mx1.md2-rm.example.org (mx1.md2-rm.example.org [192.0.2.10])
	by relay.kanto-net.example.jp (8.17.2/8.17.2) with ESMTP id 49A6C8Qp007731
	for <jimu@yamabiko-roken.example.jp>; Mon, 5 Oct 2026 15:12:36 +0900
Date: Mon, 5 Oct 2026 15:12:30 +0900
From: md@md2-rm.example.org
To: jimu@yamabiko-roken.example.jp
Subject: =?ISO-2022-JP?B?GyRCNWFKZzdHOlwkTjNORyckTkF3JGo9UCQ3GyhC?=
Message-ID: <listing.20261005.1512.0204@md2-rm.example.org>
"""
    hdrs = [("Return-Path", "<>"),
            ("Received", "from localhost (localhost)\n\tby relay.kanto-net.example.jp (8.17.2/8.17.2) id 49A6C8Qp007731;\n\tMon, 5 Oct 2026 15:12:40 +0900"),
            ("Date", date), ("From", "Mail Delivery Subsystem <MAILER-DAEMON@relay.kanto-net.example.jp>"),
            ("Message-Id", "<%s>" % mid), ("To", "<md@md2-rm.example.org>"),
            ("Subject", "Returned mail: see transcript for details"), ("Auto-Submitted", "auto-generated (failure)")]
    parts = [raw_part("text/plain", crlf(text).encode("ascii")),
             raw_part("message/delivery-status", crlf(status).encode("ascii")),
             raw_part("text/rfc822-headers", crlf(orig).encode("ascii"))]
    eml = report(hdrs, "49A6C8Qp007731.1791180760/relay.kanto-net.example.jp", parts)
    add(53, "sendmail-host-unknown-headers-only", "bounce",
        "multipart/report (Sendmail): text/plain + message/delivery-status + text/rfc822-headers with an ISO-2022-JP B Subject", "easy",
        "Sendmail 'Returned mail: see transcript for details', 5.1.2 host unknown for a care facility's address: bounce; no lead fields",
        eml, gold(mid, "bounce"))


def m054():
    mid = "20261119084517.MDS.0083311@mail.seiryo-u.example.jp"
    date = "Thu, 19 Nov 2026 08:45:17 +0900"
    body = """このメールは、メールサーバーから自動的に送信されています。

次の宛先へのメールは、宛先のメールボックスが容量の上限に達しているため、配送できませんでした。

  宛先：	ogata-m@seiryo-u.example.jp
  理由：	552 5.2.2 Mailbox quota exceeded
  試行回数：	12回（最終試行 2026/11/19 08:45）

メールボックスの空き容量が確保された後に、改めて送信してください。

---- 元のメッセージのヘッダー ----
Date: Wed, 18 Nov 2026 08:40:02 +0900
From: 地域医療マッチング事務局 <md@md2-rm.example.org>
To: ogata-m@seiryo-u.example.jp
Subject: 【ご案内】北海道・東北の常勤求人（内科・小児科）
Message-ID: <news.special.20261118.0840.0722@md2-rm.example.org>
"""
    hdrs = [("Return-Path", "<>"),
            ("Received", "from mail.seiryo-u.example.jp (mail.seiryo-u.example.jp [198.51.100.119])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (MX, qid(mid), INBOX, recv_date(date))),
            ("Date", date), ("From", addr("清陵大学 メールシステム", "postmaster@seiryo-u.example.jp", "jis")),
            ("To", INBOX), ("Subject", ew("配送エラー：宛先のメールボックスが一杯です")),
            ("Message-ID", "<%s>" % mid), ("X-Failed-Recipients", "ogata-m@seiryo-u.example.jp"),
            ("Auto-Submitted", "auto-replied")]
    eml = single(hdrs, body, "iso2022_jp", "ISO-2022-JP", "7bit")
    add(54, "university-quota-bounce-japanese-plain-jis", "bounce",
        "text/plain ISO-2022-JP 7bit (no multipart/report); X-Failed-Recipients; From postmaster", "medium",
        "A university mail server's Japanese non-delivery notice (mailbox quota, 5.2.2) with the original headers in the body: bounce; 北海道/東北, 内科/小児科, 常勤 in the returned Subject are no data",
        eml, gold(mid, "bounce"))


def m055():
    mid = "E1vQx7T-0004Kd-3B@mx.takachiho-net.example.jp"
    date = "Tue, 23 Jun 2026 11:20:09 +0900"
    text = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  kanri@takachiho-clinic.example.jp
    host mx.takachiho-net.example.jp [198.51.100.30]
    SMTP error from remote mail server after end of data:
    550 5.7.1 Message rejected as spam by content filter
"""
    status = """Reporting-MTA: dns; mx.takachiho-net.example.jp

Action: failed
Final-Recipient: rfc822;kanri@takachiho-clinic.example.jp
Status: 5.7.1
Remote-MTA: dns; mx.takachiho-net.example.jp
Diagnostic-Code: smtp; 550 5.7.1 Message rejected as spam by content filter
"""
    orig_body = """たかちほ診療所
事務ご担当者様

地域医療マッチング事務局です。先日お送りいただいた求人の掲載内容を、下記のとおりまとめました。
　診療科：内科、小児科
　勤務地：宮崎県西臼杵郡高千穂町
　形態：非常勤（週1日）
　開始：2026年7月
内容に誤りがなければ、このまま掲載いたします。
"""
    orig = (crlf("Date: Tue, 23 Jun 2026 11:20:01 +0900\nFrom: md@md2-rm.example.org\n"
                 "To: kanri@takachiho-clinic.example.jp\nSubject: %s\n"
                 "Message-ID: <listing.20260623.1120.0091@md2-rm.example.org>\nMIME-Version: 1.0\n"
                 "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n"
                 % ewq("掲載内容のご確認")).encode("ascii") + crlf(orig_body).encode("utf-8"))
    hdrs = [("Return-Path", "<>"),
            ("Received", "from mail by mx.takachiho-net.example.jp with local (Exim 4.97)\n\tid 1vQx7T-0004Kd-3B; Tue, 23 Jun 2026 11:20:09 +0900"),
            ("Date", date), ("From", "Mail Delivery System <Mailer-Daemon@mx.takachiho-net.example.jp>"),
            ("To", INBOX), ("Subject", "Mail delivery failed: returning message to sender"),
            ("Message-Id", "<%s>" % mid), ("X-Failed-Recipients", "kanri@takachiho-clinic.example.jp"),
            ("Auto-Submitted", "auto-replied")]
    parts = [raw_part("text/plain; charset=us-ascii", crlf(text).encode("ascii")),
             raw_part("message/delivery-status", crlf(status).encode("ascii")),
             raw_part("message/rfc822", orig)]
    eml = report(hdrs, "1782181209-eximdsn-1804289383", parts)
    add(55, "exim-content-filter-rejects-listing-proof", "bounce",
        "multipart/report (Exim): text/plain + message/delivery-status + message/rfc822 (UTF-8 8bit body)", "medium",
        "Exim DSN: the clinic's filter rejected our listing proof as spam (5.7.1): bounce, not spam; the returned proof (内科/小児科, 宮崎県高千穂町, 非常勤 週1日, 2026年7月) is no data",
        eml, gold(mid, "bounce"))


# ======================================================================= spam

def m056():
    mid = "mail.20260902.0900.118842@karte-lease.example.com"
    date = "Wed, 02 Sep 2026 09:00:00 +0900"
    body = """院長先生　各位

突然のご案内失礼いたします。
クラウド型電子カルテ「メディノート」を、月額9,800円からのリースでご提供しております。

◆導入実績 全国2,300施設
◆紙カルテからの移行作業を無料で代行
◆訪問診療・在宅医療向けのタブレット版もご用意

この秋限定で、初期費用0円キャンペーンを実施中です。
資料をご希望の方は、本メールにご返信いただくか、0120-55-9831 までお電話ください。

今後このようなご案内が不要な場合は、お手数ですが「不要」とご返信ください。

株式会社カルテリース 営業部
"""
    eml = plain(mid, date, "株式会社カルテリース", "info@karte-lease.example.com",
                "【初期費用0円】クラウド型電子カルテのご案内", body, "jis",
                "bulk3.karte-lease.example.com", "203.0.113.250",
                extra=[("Precedence", "bulk"), ("List-Unsubscribe", "<mailto:stop@karte-lease.example.com>")])
    add(56, "ehr-lease-sales-jis", "spam",
        "text/plain ISO-2022-JP 7bit; Precedence: bulk, List-Unsubscribe", "easy",
        "Electronic-records lease sales mail to clinics: spam; 全国, 訪問診療/在宅医療, the 0120 number and the 不要 reply instruction are no data",
        eml, gold(mid, "spam"))


def m057():
    mid = "20261027224411.ETC.9f3a1c7e@etc-riyou-info.example.com"
    date = "Tue, 27 Oct 2026 22:44:11 +0900"
    text = """【重要】ETC利用照会サービス

いつもETCサービスをご利用いただきありがとうございます。
お客様のETCカードの有効期限が切れているため、ETCサービスを一時停止いたしました。

引き続きご利用いただくには、下記より登録情報の更新をお願いいたします。
https://etc-riyou-info.example.com/renew/?id=88214

※24時間以内に更新がない場合、カードは失効となります。

ETC利用照会サービス事務局
"""
    eml = plain(mid, date, "ETC利用照会サービス", "no-reply@etc-riyou-info.example.com",
                "【重要】ETCサービスを一時停止しました", html_divs(text), "utf8b",
                "smtp5.etc-riyou-info.example.com", "203.0.113.240", ctype="text/html",
                extra=[("X-Priority", "1")])
    add(57, "etc-card-phishing-html", "spam",
        "text/html only, UTF-8 base64; X-Priority 1", "easy",
        "Toll-card (ETC) suspension phishing with a renewal link and a 24-hour deadline: spam; no lead fields",
        eml, gold(mid, "spam"))


def m058():
    mid = "CAOy4Rm9kP2xT0vQ=seo-outreach-7731@linkreach.example.com"
    date = "Fri, 17 Jul 2026 02:15:30 -0400"
    body = """Hi there,

I came across your website while researching rural healthcare resources and
really enjoyed your page on doctors relocating to the countryside.

I'm reaching out because I'd love to contribute a guest post to your blog.
Some topic ideas:

 - 10 Tips for Emergency Physicians Moving to Small Towns
 - How Family Medicine Doctors Can Beat Burnout
 - Why Part-Time Work Is the Future for Senior Doctors

In return, I'd just ask for one do-follow link to our client's site. We can
also offer a sponsored placement for $150 if you prefer.

If you're not interested, just reply "no thanks" and I won't follow up.

Cheers,
Jake Morrison
Outreach Manager, LinkReach Media
"""
    eml = plain(mid, date, "Jake Morrison", "jake@linkreach.example.com",
                "Guest post collaboration for your site?", body, "ascii",
                "mail.linkreach.example.com", "203.0.113.9")
    add(58, "english-seo-guest-post-pitch", "spam",
        "text/plain US-ASCII 7bit; English; Date -0400", "easy",
        "English SEO guest-post pitch: spam; emergency/family medicine, part-time and 'reply no thanks' are no data and no unsubscribe",
        eml, gold(mid, "spam"))


def m059():
    mid = "20261110120530.Q7.44810@ishi-survey.example.com"
    date = "Tue, 10 Nov 2026 12:05:30 +0900"
    body = """医師の先生方へ

【全国医師ワークライフ調査2026】ご協力のお願い

現在、全国の医師1万人を対象に、働き方と定年後の生活に関するアンケートを実施しております。
所要時間は約5分です。ご回答いただいた先生全員に、Amazonギフト券5,000円分を進呈いたします。

▼回答はこちら（本日23:59締切）
https://ishi-survey.example.com/q/2026?ref=md2

※ギフト券の送付のため、回答フォームでクレジットカード情報の確認をお願いしております。

全国医師ワークライフ調査 事務局
"""
    eml = plain(mid, date, "全国医師ワークライフ調査 事務局", "survey@ishi-survey.example.com",
                "【謝礼5,000円】医師の働き方アンケートご協力のお願い", body, "sjis",
                "mta2.ishi-survey.example.com", "203.0.113.231")
    add(59, "fake-doctor-survey-gift-card-sjis", "spam",
        "text/plain Shift_JIS 8bit; From/Subject RFC 2047 Shift_JIS B", "medium",
        "A fake physicians' survey promising a gift card and asking for card details: spam (phishing), although it speaks of 医師, 全国, 定年 and 事務局",
        eml, gold(mid, "spam"))


def m060():
    mid = "bulk.20260818.183000.55731@dr-fukugyo.example.com"
    date = "Tue, 18 Aug 2026 18:30:00 +0900"
    body = """先生、当直明けの疲れた体で、まだ病院に縛られ続けますか？

医師専用の「ドクター資産クラブ」なら、
・週1日、スマホで10分の作業だけ
・定年後も続けられる不労所得
・紹介した先生が増えるほど収入がアップ

すでに全国の勤務医・開業医1,200名以上が参加しています。
今なら無料オンライン説明会（8月30日・9月6日）に参加された先生に特典をご用意しました。

▼説明会のお申込み
https://dr-fukugyo.example.com/seminar

配信停止はこちら：https://dr-fukugyo.example.com/stop
ドクター資産クラブ 運営事務局
"""
    eml = plain(mid, date, "ドクター資産クラブ", "info@dr-fukugyo.example.com",
                "【医師限定】週1日10分で始める副収入", body, "utf8q",
                "mailer.dr-fukugyo.example.com", "203.0.113.208",
                extra=[("Precedence", "bulk"),
                       ("List-Unsubscribe", "<https://dr-fukugyo.example.com/stop>")])
    add(60, "doctor-side-income-mlm-qp", "spam",
        "text/plain UTF-8 quoted-printable; Precedence: bulk, List-Unsubscribe", "medium",
        "Pyramid-scheme pitch aimed at doctors (当直明け, 週1日, 定年後, 全国, 配信停止 link): spam, not doctor or unsubscribe; no lead fields",
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
