#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Test mails (once the hold-out set) for madoguchi parse (60 invented messages + gold labels).

    python3 generate.py [OUTDIR]     # writes NNN-slug.eml, NNN-slug.json, index.tsv

The gold follows the lead contract (docs/lead.md) and the conventions of
samples/README.md. People, institutions, numbers and addresses are invented; only
.example.jp / .example.com / .example.org domains are used. Output is deterministic.
MIME is assembled by hand (RFC 2047 words, base64 and QP via the standard library) so
that every byte, charset label and transfer encoding is exactly what the index says;
CRLF line endings throughout.
The MIME and encoding helpers are those of ../tools/mailgen.py.
"""
import base64
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tools"))
from mailgen import (  # noqa: E402
    addr, crlf, cte_apply, esc, ew, gmail_html, gold, html_divs, INBOX, KITAKANTO, leaf,
    multipart, MX, qid, quote, raw_part, received, recv_date, report, SEC_SIG, SHIKOKU,
    single, std, write_set)


MAILS = []


def add(num, slug, cat, enc, diff, desc, eml, g):
    MAILS.append(dict(num=num, slug=slug, cat=cat, enc=enc, diff=diff, desc=desc, eml=eml, gold=g))


# ======================================================================= doctor


def pdf_part(filename_2231):
    """A small attached PDF whose name is RFC 2231 encoded (UTF-8)."""
    data = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    return raw_part('application/pdf;\n name*=UTF-8\'\'%s' % filename_2231, data, "base64",
                    extra=[("Content-Disposition", "attachment;\n filename*=UTF-8''%s" % filename_2231)])


def tb_quote_ja(when, who, text):
    """Thunderbird (Japanese UI) attribution line and quoted text."""
    return "%s に %s さんは書きました:\n%s\n" % (when, who, quote(text))


# ======================================================================= doctor

def m001():
    mid = "20260113211802.A41C.5D0E73B9@sakai-net.example.jp"
    date = "Tue, 13 Jan 2026 21:18:02 +0900"
    body = """地域医療マッチング事務局
ご担当者様

夜分に失礼いたします。堺市在住の辻本隆之と申します。
昭和36年生まれで、今年65歳になります。
現在は医療法人 清風会 堺みなと病院で呼吸器内科の医長をしておりますが、
3月末で定年退職いたします。

退職後も、医師が足りない地域で何年かは常勤で働きたいと考えております。
学生時代に熊野古道を歩いて以来、紀伊半島の南部が好きで、
和歌山県の紀南、あるいは三重県の東紀州あたりの病院を希望しております。

専門は呼吸器内科（肺炎、COPD、在宅酸素の管理など）ですが、
一般内科の外来・病棟も問題なく対応できます。
勤務開始は令和8年4月からを考えております。

登録の方法と、今後の流れをご教示いただければ幸いです。

辻本 隆之
携帯 090-6128-3307
自宅 072-241-5583
"""
    hdrs = std(mid, date, addr("辻本 隆之", "t-tsujimoto@sakai-net.example.jp", "jis"),
               ew("定年後の勤務先についてのご相談（呼吸器内科）"), "mail.sakai-net.example.jp", "198.51.100.14",
               extra=[("X-Mailer", "Becky! ver. 2.81.08 [ja]")])
    eml = single(hdrs, body, "iso2022_jp", "ISO-2022-JP", "7bit")
    g = gold(mid, "doctor", name="辻本 隆之", email="t-tsujimoto@sakai-net.example.jp",
             phone="09061283307", age=65, birth_year=1961,
             organization="医療法人 清風会 堺みなと病院", specialties=["呼吸器内科", "内科"],
             prefectures=["和歌山県", "三重県"], employment=["full_time"], start="2026-04")
    add(1, "retiring-respiratory-kii-jis", "doctor",
        "text/plain ISO-2022-JP 7bit (Becky!); From/Subject RFC 2047 ISO-2022-JP B", "medium",
        "Retiring respiratory physician in Sakai: 昭和36年生まれ -> 1961 and 今年65歳 -> 65, 紀南/東紀州 with 和歌山県/三重県 named (紀伊半島 is no region word), 一般内科 -> 内科, 令和8年4月 -> 2026-04 (3月末 is his retirement); mobile is the first phone; name written unspaced in the body, spaced in the signature",
        eml, g)


def m002():
    mid = "webform-20260208091244-0372@form.md2-rm.example.org"
    date = "Sun, 08 Feb 2026 09:12:44 +0900"
    body = """医師登録フォームから、次の内容で登録申込みがありました。

■お名前：宮地 登美子
■ふりがな：みやじ　とみこ
■生年月日：昭和37年5月12日
■年齢：
■メールアドレス：tomiko.miyaji@nonohana-med.example.jp
■電話番号：0285-22-6719
■現在の勤務先：医療法人 野の花会 とちぎ野の花クリニック（2026年3月末で退職予定）
■専門分野：老年内科、内科
■対応可能な業務：訪問診療、施設の回診
■希望勤務地：茨城県・栃木県・群馬県（北関東）
■希望勤務形態：非常勤
■希望勤務日数：週3日
■勤務開始希望時期：2026年4月
■その他：
自宅は小山市です。車で1時間程度までの範囲を希望します。
在宅医療を中心に、高齢の方の診療を続けたいと思っています。

------------------------------------------------------------
このメールはシステムから自動送信しています。
ドクターセカンドキャリア 地域医療マッチング事務局
"""
    hdrs = [("Return-Path", "<no-reply@form.md2-rm.example.org>"),
            ("Received", "from app01.form.md2-rm.example.org (app01.form.md2-rm.example.org [192.0.2.41])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (MX, qid(mid), INBOX, recv_date(date, 1))),
            ("Date", date),
            ("From", addr("医師登録フォーム", "no-reply@form.md2-rm.example.org", "utf8")),
            ("To", INBOX),
            ("Subject", ew("[医師登録] 新規申込み 宮地 登美子 様", "utf8")),
            ("Message-ID", "<%s>" % mid)]
    eml = single(hdrs, body, "utf-8", "utf-8", "quoted-printable")
    g = gold(mid, "doctor", name="宮地 登美子", name_kana="ミヤジ トミコ",
             email="tomiko.miyaji@nonohana-med.example.jp", phone="0285226719", birth_year=1962,
             organization="医療法人 野の花会 とちぎ野の花クリニック",
             specialties=["老年内科", "内科", "在宅医療"], prefectures=KITAKANTO,
             employment=["part_time"], days_per_week=3, start="2026-04")
    add(2, "form-geriatrics-kitakanto-utf8qp", "doctor",
        "text/plain UTF-8 quoted-printable; web form (■label：value); From/Subject RFC 2047 UTF-8 B", "medium",
        "Form registration: hiragana with a full-width space -> ミヤジ トミコ, 昭和37年5月12日 -> 1962 with an empty 年齢 field, 訪問診療 -> 在宅医療, 北関東 (no vocabulary region) with the three prefectures named, 週3日, 2026年4月; the workplace keeps the legal prefix and drops the bracketed note; 小山市 is her home",
        eml, g)


def m003():
    mid = "002301dc5b7a$91e0c4f0$b5a24ed0$@kita-net.example.jp"
    date = "Sat, 22 Nov 2025 14:03:51 +0900"
    body = """地域医療マッチング事務局 御中

はじめてご連絡いたします。佐伯健太と申します。
皮膚科医である妻、佐伯 由佳（さえき ゆか）のことでご相談させてください。

私の転勤で、来年春に名古屋から富山市へ家族で引っ越すことになりました。
妻は42歳で、子どもが小さいうちは名古屋市内のクリニックで週2回ほど働いておりましたが、
富山でも、皮膚科の医師が少ない地域でお手伝いできればと申しております。

子どもの送り迎えがありますので、非常勤で週1日、
できれば富山県内の病院か診療所で、来年4月から働ければと考えております。
妻はまだ富山に知り合いがおらず、まずはどのような求人があるのか伺いたいとのことです。

連絡は、しばらくの間は私のメールか携帯（080-4471-2936）にいただけますと助かります。
どうぞよろしくお願いいたします。

佐伯 健太
"""
    hdrs = std(mid, date, addr("佐伯 健太", "k.saeki@kita-net.example.jp", "sjis"),
               ew("妻（皮膚科医）の勤務先についてのご相談", "sjis"), "smtp.kita-net.example.jp", "203.0.113.52",
               extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdxbepHgxPC1ok7Q4dXyQ5bA0Kj9pw=="),
                      ("Content-Language", "ja")])
    eml = single(hdrs, body, "shift_jis", "shift_jis", "8bit")
    g = gold(mid, "doctor", name="佐伯 由佳", name_kana="サエキ ユカ", email="k.saeki@kita-net.example.jp",
             phone="08044712936", age=42, specialties=["皮膚科"], prefectures=["富山県"],
             employment=["part_time"], days_per_week=1, start="2026-04")
    add(3, "husband-for-dermatologist-toyama-sjis", "doctor",
        "text/plain Shift_JIS 8bit (Outlook); From/Subject RFC 2047 Shift_JIS B", "hard",
        "Husband writes for his wife, a dermatologist: name/kana (hiragana in brackets) are hers, email/phone his; 42歳, 週1日 (週2回 is her past job), 富山県, 来年4月 in Nov 2025 -> 2026-04 (来年春 is the move); 名古屋 is where they live now; the former clinic is unnamed",
        eml, g)


def m004():
    mid = "CAGk2mRb8x1pQn7vTz0LhY5cWu3eJ9fKd4sN6aB1iO8gX2yV5tE@mail.gmail.example.com"
    date = "Wed, 19 Nov 2025 22:40:17 +0900"
    attribution = "2025年11月18日(火) 15:21 地域医療マッチング事務局 <md@md2-rm.example.org>:"
    quoted = """吉岡 修 先生

ご登録ありがとうございます。事務局の森田でございます。
求人先をお探しするにあたり、以下についてお知らせください。

1. 生年
2. 現在のご勤務先
3. ご希望の勤務地
4. 常勤・非常勤のご希望（非常勤の場合、週の日数）
5. 勤務開始のご希望時期

""" + SEC_SIG
    text = """森田様

ご連絡ありがとうございます。吉岡です。

1. 1958年です
2. 医療法人 水島会 倉敷みずしま病院（脳神経内科）
3. 鳥取県（米子・境港のあたりだとありがたいです）
4. 常勤でも非常勤でも構いません。条件次第で考えます
5. 2026年1月5日から勤務できます

パーキンソン病や脳卒中後の外来が長いので、その経験が生かせればと思います。
よろしくお願いします。

吉岡 修
"""
    plain = text + "\n" + attribution + "\n\n" + quote(quoted) + "\n"
    hdrs = std(mid, date, addr("吉岡 修", "osamu.yoshioka.neuro@gmail.example.com", "utf8"),
               "Re: " + ew("ご登録内容について（地域医療マッチング事務局）", "utf8"),
               "mail-qk1-f170.google.example.com", "209.85.222.170",
               extra=[("In-Reply-To", "<reg.20251118152109.0518@md2-rm.example.org>"),
                      ("References", "<reg.20251118152109.0518@md2-rm.example.org>")])
    parts = [leaf(plain, "utf-8", '"UTF-8"', "base64"),
             leaf(gmail_html(text, quoted, attribution), "utf-8", '"UTF-8"', "base64", "text/html")]
    eml = multipart(hdrs, "alternative", "0000000000004e1a3f0644b1c2d7", parts)
    g = gold(mid, "doctor", name="吉岡 修", email="osamu.yoshioka.neuro@gmail.example.com", birth_year=1958,
             organization="医療法人 水島会 倉敷みずしま病院", specialties=["脳神経内科"],
             prefectures=["鳥取県"], employment=["full_time", "part_time"], start="2026-01-05")
    add(4, "gmail-reply-neurology-tottori-alt", "doctor",
        "multipart/alternative (Gmail): text/plain + text/html with gmail_quote, UTF-8 base64; Subject 'Re: ' + RFC 2047 UTF-8 B", "medium",
        "Numbered answers above a Gmail quote: 1958年です -> 1958 (no age), current hospital without the bracketed department, 鳥取県 (米子/境港 are towns in it), 常勤でも非常勤でも -> both, 2026年1月5日 -> 2026-01-05; the quoted questions and the secretariat signature give no data; no phone",
        eml, g)


def m005():
    mid = "OS3PR01MB7712D0A9C4E1B6F2385A1C9ED7A2@OS3PR01MB7712.jpnprd01.prod.outlook.example.com"
    date = "Mon, 06 Oct 2025 01:15:22 +0000"
    subj = "RE: 【地域医療マッチング事務局】耳鼻咽喉科の求人のご紹介"
    body = """事務局 小野寺様

いつもお世話になっております。髙木です。
ご紹介いただいた2件について、お返事いたします。

①秋田の鹿角市の診療所、②青森の三戸町の診療所とも、ぜひ一度見学させてください。
どちらも非常勤（週1日）とのことですので、両方お引き受けできれば週2日の勤務となりますが、
体力的には問題ございません。
現在のもりおか中央病院は11月末で退職いたしますので、12月からお願いできれば幸いです。

見学の日程は、平日でしたらいつでも調整いたします。
よろしくお願いいたします。

髙木 俊介
携帯：090-2287-5140

________________________________
差出人: 地域医療マッチング事務局 <md@md2-rm.example.org>
送信日時: 2025年10月3日 16:48
宛先: 髙木 俊介 <s-takagi@morioka-chuo.example.jp>
件名: 【地域医療マッチング事務局】耳鼻咽喉科の求人のご紹介

髙木 俊介 先生

お世話になっております。事務局の小野寺です。
先生のご希望に近い求人が2件ございましたので、ご紹介いたします。

①秋田県鹿角市 かづの耳鼻科診療所　耳鼻咽喉科 非常勤（週1日・水曜）
②青森県三戸町 さんのへ町立診療所　耳鼻咽喉科 非常勤（週1日・金曜）
※いずれも常勤医の確保は難しく、当面は非常勤の先生をお願いしたいとのことです。

ご検討のほど、よろしくお願いいたします。

""" + SEC_SIG + "\n"
    hdrs = std(mid, date, addr("髙木 俊介", "s-takagi@morioka-chuo.example.jp", "msjis"), ew(subj, "msjis"),
               "JPN01-OS0-obe.outbound.protection.outlook.example.com", "52.101.228.47",
               to=addr("地域医療マッチング事務局", INBOX, "msjis"),
               extra=[("Thread-Topic", ew("【地域医療マッチング事務局】耳鼻咽喉科の求人のご紹介", "msjis")),
                      ("Thread-Index", "AQHcNFp0k2Wd8Y1xTEqL5vN3c9Hh7A=="),
                      ("In-Reply-To", "<intro.20251003164802.2210@md2-rm.example.org>"),
                      ("References", "<intro.20251003164802.2210@md2-rm.example.org>"),
                      ("Accept-Language", "ja-JP, en-US"), ("Content-Language", "ja-JP"),
                      ("X-MS-Has-Attach", "")])
    eml = single(hdrs, body, "ms-iso2022jp", '"iso-2022-jp"', "7bit")
    g = gold(mid, "doctor", name="髙木 俊介", email="s-takagi@morioka-chuo.example.jp", phone="09022875140",
             organization="もりおか中央病院", specialties=["耳鼻咽喉科"], prefectures=["秋田県", "青森県"],
             employment=["part_time"], start="2025-12")
    add(5, "outlook-reply-ent-two-clinics-msjis", "doctor",
        "text/plain labelled iso-2022-jp with Microsoft extensions (髙 ①②) via cp932->JIS; Japanese Outlook '差出人:/送信日時:' quote block; Date +0000 (10:15 JST)", "hard",
        "ENT doctor accepts both introduced part-time posts: bare 秋田/青森 before the towns -> 秋田県/青森県, 非常勤（週1日） each and 週2日 together -> part_time, days null (no single number), 12月から in Oct 2025 -> 2025-12; 髙 kept; 常勤 only in the quote",
        eml, g)


def m006():
    mid = "20251212004117.3c9e51a0@ezmail.example.jp"
    date = "Fri, 12 Dec 2025 00:41:17 +0900"
    body = """夜分すみません。
大阪の救命救急ｾﾝﾀｰで働いている救急医です。48歳です。

年末年始だけ、沖縄の離島の病院で当直のｽﾎﾟｯﾄができないかと思い連絡しました。
石垣か宮古だとありがたいです。
普段の勤務があるので常勤や定期の非常勤は無理です。
救急外来の当直なら一人で回せます。

宮里 健
"""
    hdrs = std(mid, date, "k.miyazato-er@ezmail.example.jp", ew("年末年始の当直ｽﾎﾟｯﾄ", "sjis"),
               "mta3.ezmail.example.jp", "203.0.113.158", extra=[("X-Mailer", "au one mail 4.2")])
    eml = single(hdrs, body, "shift_jis", "Shift_JIS", "8bit")
    g = gold(mid, "doctor", name="宮里 健", email="k.miyazato-er@ezmail.example.jp", age=48,
             specialties=["救急科"], prefectures=["沖縄県"], employment=["spot"])
    add(6, "mobile-new-year-er-spot-okinawa-hwkana", "doctor",
        "text/plain Shift_JIS 8bit with half-width katakana in body and Subject (RFC 2047 Shift_JIS B); bare From address; past midnight", "medium",
        "Emergency physician wants year-end night shifts only: 当直のスポット -> spot (常勤や定期の非常勤は無理 adds nothing), 救急医/救急外来 -> 救急科, 沖縄 (石垣/宮古) -> 沖縄県, 48歳; 大阪 is his workplace (unnamed); 年末年始 gives no start; no phone",
        eml, g)


def m007():
    mid = "20250904102033.61F2.A7C0D4E1@awa-net.example.jp"
    date = "Thu, 04 Sep 2025 10:20:33 +0900"
    body = """地域医療マッチング事務局　ご担当者様

はじめてお便りいたします。久保田玲子（くぼた れいこ）と申します。
六十一歳の医師で、社会福祉法人 あかね会 あかね病院の緩和ケア病棟（ホスピス）で
十五年ほど働いてまいりました。

病棟の体制が変わることになり、この秋で退職することにいたしました。
これからは、住み慣れた家で最期を迎えたい方のための在宅医療に関わりたいと考えております。
夫の実家がある徳島県で、訪問診療や在宅での緩和ケアを担う診療所があれば、
非常勤で週4日ほど勤務できればと存じます。

開始は令和7年11月からを希望いたします。
当直は体力的に難しいのですが、オンコールは月に数回であれば対応できます。

ご連絡は本メールか、携帯（080-6632-0184）までお願いいたします。

久保田 玲子
"""
    hdrs = std(mid, date, addr("久保田 玲子", "reiko-kubota@awa-net.example.jp", "euc"),
               ew("在宅での緩和ケアに関わりたく、ご相談です", "euc"), "mail.awa-net.example.jp", "198.51.100.92",
               extra=[("User-Agent", "Sylpheed 3.8.0beta1 (GTK+ 2.24.33; x86_64-pc-linux-gnu)")])
    eml = single(hdrs, body, "euc_jp", "EUC-JP", "8bit")
    g = gold(mid, "doctor", name="久保田 玲子", name_kana="クボタ レイコ", email="reiko-kubota@awa-net.example.jp",
             phone="08066320184", age=61, organization="社会福祉法人 あかね会 あかね病院",
             specialties=["緩和ケア", "在宅医療"], prefectures=["徳島県"], employment=["part_time"],
             days_per_week=4, start="2025-11")
    add(7, "palliative-home-care-tokushima-eucjp", "doctor",
        "text/plain EUC-JP 8bit (Sylpheed); From/Subject RFC 2047 EUC-JP B", "medium",
        "Hospice physician moving to home care: 六十一歳 -> 61 (十五年 is not an age), reading in hiragana brackets after the unspaced name, 緩和ケア病棟（ホスピス） + 在宅医療/訪問診療, 徳島県 (her husband's home), 非常勤で週4日ほど -> part_time/4, 令和7年11月 -> 2025-11; 当直 is ruled out and オンコール is not spot",
        eml, g)


def m008():
    mid = "a3f9d2c1-77be-4e05-b1c8-5e2d0f6a9b14@posteo-mail.example.com"
    date = "Tue, 17 Mar 2026 08:05:41 +0100"
    body = """Dear colleagues,

I am a Japanese anaesthesiologist, born in 1966, and have been working in Germany
since 2009. At present I am a senior physician in the Department of Anaesthesiology
at Marienkrankenhaus Luebeck.

My mother lives alone in Sasebo and I have decided to return to Japan this year.
I hold a valid Japanese medical licence and the JSA board certification.

I am looking for a full-time position in Nagasaki or Saga prefecture, preferably a
hospital that needs an anaesthesiologist for scheduled surgery. I can also cover
ICU and pain clinic sessions if required. I would be available from October 2026.

Could you let me know whether you can help doctors who are returning from abroad,
and which documents I should send?

With kind regards,
Hiroshi Kawabata
"""
    hdrs = std(mid, date, addr("Hiroshi Kawabata", "h.kawabata@posteo-mail.example.com"),
               "Returning anaesthesiologist - positions in Nagasaki/Saga", "mout01.posteo-mail.example.com",
               "198.51.100.140", extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.8.0")])
    eml = single(hdrs, body, "ascii", "UTF-8", "7bit", extra="; format=flowed")
    g = gold(mid, "doctor", name="Hiroshi Kawabata", email="h.kawabata@posteo-mail.example.com", birth_year=1966,
             organization="Marienkrankenhaus Luebeck", specialties=["麻酔科"],
             prefectures=["長崎県", "佐賀県"], employment=["full_time"], start="2026-10")
    add(8, "english-anaesthetist-germany-nagasaki-saga", "doctor",
        "text/plain UTF-8 label, ASCII-only 7bit, format=flowed (Thunderbird); English; Date +0100", "medium",
        "Anaesthesiologist returning from Germany: born in 1966 -> 1966 (no age), anaesthesiologist/pain clinic -> 麻酔科 (ICU is not a vocabulary field), Nagasaki or Saga prefecture -> 長崎県/佐賀県 (Sasebo is his mother's home), full-time, October 2026 -> 2026-10; the hospital without its department is the organization; no phone",
        eml, g)


def m009():
    mid = "TY4P286MB0931F27A4D3E8C15B6A0D9E2C7F4@TY4P286MB0931.JPNP286.PROD.OUTLOOK.example.com"
    date = "Wed, 28 Jan 2026 16:30:08 +0900"
    text = """地域医療マッチング事務局
ご担当者様

突然のご連絡にて失礼いたします。
医療法人社団 緑風会 かずさ記念病院で院長秘書をしております、青柳と申します。
当院院長、大河内 誠一（おおこうち せいいち）の依頼により、ご相談のメールをお送りいたします。

院長は昭和32年生まれで、本年6月末をもって院長職を退任いたします。
退任後は、外科医の不足している地域で、もう一度臨床の第一線に立ちたいとの強い希望がございます。

【専門】消化器外科（一般外科の手術・外来も対応可能）
【希望地域】北海道の道南地方（函館・八雲・江差など）
【希望勤務形態】常勤
【勤務開始】2026年7月以降

院長は多忙のため、ご連絡は秘書の私宛てにいただけますと幸いです。
直通電話：0438-22-7061（平日9時～17時）

医療法人社団 緑風会 かずさ記念病院
院長室　青柳 美穂
"""
    hdrs = std(mid, date, addr("青柳 美穂", "aoyagi.miho@kazusa-kinen.example.jp", "utf8"),
               ew("当院院長の今後の勤務についてのご相談", "utf8"),
               "JPN01-TYC-obe.outbound.protection.outlook.example.com", "52.101.229.88",
               extra=[("Thread-Topic", ew("当院院長の今後の勤務についてのご相談", "utf8")),
                      ("Thread-Index", "AdyQ0p9zk3u8lPq1RMeU2n7aWcXb4A=="), ("Content-Language", "ja-JP"),
                      ("X-MS-Has-Attach", "")])
    parts = [leaf(text, "utf-8", '"utf-8"', "quoted-printable"),
             leaf(html_divs(text, style="font-family:游ゴシック,sans-serif;font-size:11pt"), "utf-8", '"utf-8"',
                  "quoted-printable", "text/html")]
    eml = multipart(hdrs, "alternative", "_000_TY4P286MB0931F27A4D3E8C15B6A0D9E2C7F4TY4P286MB0931JPNP_", parts)
    g = gold(mid, "doctor", name="大河内 誠一", name_kana="オオコウチ セイイチ",
             email="aoyagi.miho@kazusa-kinen.example.jp", phone="0438227061", birth_year=1957,
             organization="医療法人社団 緑風会 かずさ記念病院", specialties=["消化器外科", "外科"],
             prefectures=["北海道"], employment=["full_time"], start="2026-07")
    add(9, "secretary-for-director-surgeon-donan-alt", "doctor",
        "multipart/alternative (Outlook): text/plain + text/html, UTF-8 quoted-printable; From/Subject RFC 2047 UTF-8 B", "hard",
        "Director's secretary writes for the director: person fields are his (name, hiragana reading, 昭和32年生まれ -> 1957), organization his hospital, email/phone the secretary's direct line; 消化器外科 + 一般外科 -> 外科, 道南地方 (函館/八雲/江差) -> 北海道, 常勤, 2026年7月以降 -> 2026-07 (6月末 is when he steps down)",
        eml, g)


def m010():
    mid = "6e0b1f4a-2c7d-4a93-8e51-9f3d2b7c0a68@hikari-mail.example.jp"
    date = "Wed, 18 Feb 2026 20:55:30 +0900"
    body = """地域医療マッチング事務局 御中

はじめまして。福岡ひかり総合病院の総合診療科で働いております、野々村 翔と申します。43歳です。

定年はまだ先ですが、子どもが小学校に上がる前に、家族で島に移り住みたいと考えております。
妻が島根県の隠岐の出身で、帰省のたびに島の医療の大変さを耳にしてきました。
隠岐諸島（島後・島前どちらでも）の病院か診療所で、家庭医として常勤で働ける先を探しております。

外来、訪問診療、看取りまで一通り経験がございます。
勤務開始は来年度からを考えており、現職には年度末での退職を伝える予定です。

ご連絡はメールでいただけますと助かります。
どうぞよろしくお願いいたします。

野々村 翔
"""
    hdrs = std(mid, date, addr("野々村 翔", "sho.nonomura@hikari-mail.example.jp", "utf8"),
               ew("隠岐での勤務を希望しています（総合診療）", "utf8"), "smtp.hikari-mail.example.jp", "203.0.113.19",
               extra=[("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:128.0) Gecko/20100101 Thunderbird/128.7.1")])
    eml = single(hdrs, body, "utf-8", "UTF-8", "8bit")
    g = gold(mid, "doctor", name="野々村 翔", email="sho.nonomura@hikari-mail.example.jp", age=43,
             organization="福岡ひかり総合病院", specialties=["総合診療科", "在宅医療"],
             prefectures=["島根県"], employment=["full_time"], start="2026-04")
    add(10, "family-doctor-oki-fiscal-year-utf8-8bit", "doctor",
        "text/plain UTF-8 8bit (Thunderbird); From/Subject RFC 2047 UTF-8 B", "hard",
        "Mid-career family physician moving to the Oki islands: 総合診療科/家庭医 + 訪問診療 -> 在宅医療, 島根県 named, 常勤, 来年度 in Feb 2026 -> 2026-04 (the fiscal year starting that April); 福岡 is where he works now; 43歳; no phone",
        eml, g)


def m011():
    mid = "1760155621.482913.58231@yahoo-mail.example.jp"
    date = "Sat, 11 Oct 2025 13:07:01 +0900"
    text = """地域医療マッチング事務局さま

こんにちは。横須賀で小児科医をしております、北条 亜希子と申します。58歳です。

母の介護のため、伊東の実家に戻ることになりました。
実家から通える範囲で、静岡県の伊豆地域（下田、西伊豆、南伊豆など）で
小児科の非常勤の仕事がないか探しています。

介護がありますので、週2〜3日くらいが限度だと思います。
来年1月以降であれば、いつからでも大丈夫です。
予防接種や乳児の外来、発達相談などが得意です。

よろしくお願いいたします。
北条 亜希子
"""
    html = html_divs(text, style="font-family:'ヒラギノ角ゴ Pro W3',sans-serif;font-size:14px")
    hdrs = std(mid, date, addr("北条 亜希子", "akiko_hojo58@yahoo-mail.example.jp", "utf8"),
               ew("伊豆で小児科の非常勤を探しています", "utf8"), "sonic305-21.consmr.mail.yahoo-mail.example.jp",
               "203.0.113.205", extra=[("X-Mailer", "WebService/1.1.24562 YMailNorrin")])
    eml = single(hdrs, html, "utf-8", "UTF-8", "quoted-printable", ctype="text/html")
    g = gold(mid, "doctor", name="北条 亜希子", email="akiko_hojo58@yahoo-mail.example.jp", age=58,
             specialties=["小児科"], prefectures=["静岡県"], employment=["part_time"], start="2026-01")
    add(11, "html-only-pediatrician-izu-qp", "doctor",
        "text/html only, UTF-8 quoted-printable (webmail, one <div> per line)", "medium",
        "Paediatrician caring for her mother: 静岡県の伊豆地域 -> 静岡県, 小児科 非常勤, 週2〜3日 -> days null, 来年1月以降 in Oct 2025 -> 2026-01, 58歳 (the 58 in the address is not data); 横須賀 is her current town and the workplace is unnamed; 予防接種 is no specialty",
        eml, g)


def m012():
    mid = "3b7e1c52-90af-4d2e-a6f1-08c4d9e2b715@hida-net.example.jp"
    date = "Thu, 05 Mar 2026 09:31:26 +0900"
    quoted = """江藤 英明 先生

お世話になっております。事務局の森田です。
飛騨市の病院（内科 常勤）につきまして、先方から
4月1日着任でお願いしたいとのご返事がありました。
つきましては、着任日のご都合をお知らせいただけますでしょうか。

""" + SEC_SIG
    text = """森田様

お世話になっております。江藤です。
岐阜県飛騨の病院（内科 常勤）の件、ありがとうございます。

大変申し訳ないのですが、現在勤めている医院の後任の先生の着任が遅れることになり、
4月からの赴任は難しくなりました。
7月1日からであれば確実に着任できますので、先方にそのようにお伝えいただけますでしょうか。
ご迷惑をおかけして申し訳ありません。

江藤 英明
"""
    body = text + "\n" + tb_quote_ja("2026/03/03 17:12", "地域医療マッチング事務局", quoted)
    hdrs = std(mid, date, addr("江藤 英明", "h-eto@hida-net.example.jp", "jis"),
               "Re: " + ew("飛騨市の病院の着任日について"), "mail.hida-net.example.jp", "198.51.100.57",
               extra=[("In-Reply-To", "<match.20260303171203.0741@md2-rm.example.org>"),
                      ("References", "<match.20260303171203.0741@md2-rm.example.org>"),
                      ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.8.0"),
                      ("Content-Language", "ja")])
    eml = single(hdrs, body, "iso2022_jp", "ISO-2022-JP", "7bit", extra="; format=flowed; delsp=yes")
    g = gold(mid, "doctor", name="江藤 英明", email="h-eto@hida-net.example.jp", specialties=["内科"],
             prefectures=["岐阜県"], employment=["full_time"], start="2026-07-01")
    add(12, "thunderbird-reply-postpones-start-gifu-jis", "doctor",
        "text/plain ISO-2022-JP 7bit, format=flowed (Thunderbird, Japanese attribution 'さんは書きました:'); In-Reply-To", "hard",
        "Doctor postpones his start in a thread: 7月1日から -> 2026-07-01, not the 4月 / 4月1日 of the quote; 岐阜県 飛騨, 内科 常勤 (his own words repeat the post); his current 医院 is unnamed; no phone",
        eml, g)


def m013():
    mid = "20251201070213.9A7F3@cgi.md2-rm.example.org"
    date = "Mon, 01 Dec 2025 07:02:13 +0900"
    body = """地域医療マッチング　お問い合わせフォーム

お名前：平尾 茂
フリガナ：ﾋﾗｵ ｼｹﾞﾙ
年齢：66
メール：hirao.eye@kurume-eye.example.jp
電話：0942-35-8826
所属：くるめ眼科クリニック
診療科：眼科
希望地域：全国どこでも可
勤務形態：常勤
開始時期：応相談
お問い合わせ内容：
開業医ですが、医院は来年息子に譲ります。
白内障手術もできます。眼科医のいない地域でお役に立てれば。

--
送信元IP: 192.0.2.77
"""
    hdrs = [("Return-Path", "<www@cgi.md2-rm.example.org>"),
            ("Received", "from cgi.md2-rm.example.org (cgi.md2-rm.example.org [192.0.2.12])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (MX, qid(mid), INBOX, recv_date(date, 1))),
            ("Date", date), ("From", "www@cgi.md2-rm.example.org"),
            ("Reply-To", "hirao.eye@kurume-eye.example.jp"), ("To", INBOX),
            ("Subject", ew("お問い合わせ（医師）", "sjis")), ("Message-ID", "<%s>" % mid)]
    eml = single(hdrs, body, "shift_jis", "Shift_JIS", "8bit")
    g = gold(mid, "doctor", name="平尾 茂", name_kana="ヒラオ シゲル", email="hirao.eye@kurume-eye.example.jp",
             phone="0942358826", age=66, organization="くるめ眼科クリニック", specialties=["眼科"],
             prefectures=["全国"], employment=["full_time"])
    add(13, "cgi-form-ophthalmologist-anywhere-sjis-hwkana", "doctor",
        "text/plain Shift_JIS 8bit; CGI form (label：value) from www@ with Reply-To; half-width katakana reading", "medium",
        "Terse CGI form: ﾋﾗｵ ｼｹﾞﾙ -> ヒラオ シゲル, 年齢：66, 全国どこでも可 -> 全国, 常勤, 応相談 -> start null; his own clinic is the organization (来年 is the hand-over to his son, not a start); the sender IP is not a phone",
        eml, g)


def m014():
    mid = "000001dc8d9e$4a7b2c10$df716830$@toto-med.example.jp"
    date = "Sun, 25 Jan 2026 22:10:45 +0900"
    body = """地域医療マッチング事務局 ご担当者様

東都医科大学附属病院 精神神経科の藤崎 亮と申します。56歳、精神科医です。

大学での常勤の仕事はこのまま続けますが、子どもの学費のこともあり、
精神科病院の宿直のアルバイトを探しております。
いわゆる寝当直で、月に3〜4回程度、金曜か土曜の夜を希望します。
つくばの自宅から車で行ける範囲、茨城県内の病院ですと助かります。

宿直のみのご紹介もお願いできるものでしょうか。
よろしくお願いいたします。

藤崎 亮
携帯 080-3915-6027
"""
    hdrs = std(mid, date, addr("藤崎 亮", "fujisaki.r@toto-med.example.jp", "jis"),
               ew("精神科病院の宿直について"), "mx.toto-med.example.jp", "198.51.100.160",
               extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdyNnkp7LBDfcWgwRM+3k1Z0aQe2Wg=="),
                      ("Content-Language", "ja")])
    eml = single(hdrs, body, "iso2022_jp", "iso-2022-jp", "quoted-printable")
    g = gold(mid, "doctor", name="藤崎 亮", email="fujisaki.r@toto-med.example.jp", phone="08039156027", age=56,
             organization="東都医科大学附属病院", specialties=["精神科"], prefectures=["茨城県"],
             employment=["spot"])
    add(14, "psychiatrist-night-duty-ibaraki-jis-qp", "doctor",
        "text/plain ISO-2022-JP quoted-printable (Outlook)", "medium",
        "Working psychiatrist wants paid night duty only: 宿直/寝当直 -> spot, the 常勤 he keeps must not add full_time, 月に3〜4回 -> days null, 茨城県 (つくば is his home), 56歳; organization the university hospital without 精神神経科",
        eml, g)


def m015():
    mid = "20251010114502.B3D8.71E2F0A4@sanuki-net.example.jp"
    date = "Fri, 10 Oct 2025 11:45:02 +0900"
    body = """地域医療マッチング事務局
ご担当者様

高松市の大西勝彦と申します。内科医で、今年の誕生日で64歳になりました。
現在、医療法人 讃岐会 たかまつ東病院に勤めておりますが、来年3月で退職いたします。

退職後は、介護老人保健施設の施設長として働きたいと考えております。
入所者の方の健康管理や看取りには以前から関心があり、
認知症サポート医の研修も受けております。

希望は香川県内（小豆島の施設でも構いません）、常勤で、
2026年4月1日からの勤務を希望しております。

施設長の求人がございましたら、ご紹介いただけますと幸いです。

大西 勝彦
TEL 087-833-4172
"""
    hdrs = std(mid, date, addr("大西 勝彦", "onishi-k@sanuki-net.example.jp", "jis"),
               ew("老健の施設長の求人について"), "mail.sanuki-net.example.jp", "203.0.113.87")
    eml = single(hdrs, body, "iso2022_jp", "ISO-2022-JP", "7bit")
    g = gold(mid, "doctor", name="大西 勝彦", email="onishi-k@sanuki-net.example.jp", phone="0878334172", age=64,
             organization="医療法人 讃岐会 たかまつ東病院", specialties=["内科", "老健・介護施設"],
             prefectures=["香川県"], employment=["full_time"], start="2026-04-01")
    add(15, "internist-roken-director-kagawa-jis", "doctor",
        "text/plain ISO-2022-JP 7bit; From/Subject RFC 2047 ISO-2022-JP B", "medium",
        "Retiring internist wants to head a 老健: 内科 + 介護老人保健施設/施設長 -> 老健・介護施設, 香川県 (小豆島 is inside it), 常勤, 2026年4月1日 -> 2026-04-01 (来年3月 is his retirement), 64歳になりました -> 64; 認知症サポート医 is no vocabulary field",
        eml, g)


def m016():
    mid = "7c2e9a4f-3b18-4d60-9e25-b1f0c8a7d362@sendai-hokubu.example.jp"
    date = "Mon, 15 Dec 2025 18:22:09 +0900"
    text = """地域医療マッチング事務局 御中

仙台北部循環器センター 心臓血管外科の三浦 拓也と申します。
1963年生まれの心臓血管外科医です。

長年、心臓と大血管の手術に携わってまいりましたが、
年齢的に長時間の手術を続けるのが難しくなってまいりました。
今後は青森県の中小規模の病院で、一般外科の外来・手術や、
内科の外来を含めた幅広い診療に常勤で携わりたいと考えております。

来年4月からの勤務を希望しております。
履歴書と職務経歴書を添付いたしますので、ご確認いただけますと幸いです。

三浦 拓也
携帯 070-1284-5539
"""
    hdrs = std(mid, date, addr("三浦 拓也", "t.miura@sendai-hokubu.example.jp", "utf8"),
               ew("医師登録のお願い（履歴書添付）", "utf8"), "mail.sendai-hokubu.example.jp", "198.51.100.173",
               extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.2"),
                      ("Content-Language", "ja")])
    parts = [leaf(text, "utf-8", "UTF-8", "8bit"),
             pdf_part("%E5%B1%A5%E6%AD%B4%E6%9B%B8_%E4%B8%89%E6%B5%A6%E6%8B%93%E4%B9%9F.pdf")]
    eml = multipart(hdrs, "mixed", "------------Xq3h7Vb0mN2kL9pR4tY6wE1a", parts,
                    preamble="This is a multi-part message in MIME format.")
    g = gold(mid, "doctor", name="三浦 拓也", email="t.miura@sendai-hokubu.example.jp", phone="07012845539",
             birth_year=1963, organization="仙台北部循環器センター", specialties=["心臓血管外科", "外科", "内科"],
             prefectures=["青森県"], employment=["full_time"], start="2026-04")
    add(16, "cv-surgeon-general-practice-aomori-pdf", "doctor",
        "multipart/mixed: text/plain UTF-8 8bit + application/pdf with an RFC 2231 UTF-8 file name (履歴書_三浦拓也.pdf)", "medium",
        "Cardiovascular surgeon turning to general practice: 1963年生まれ -> 1963, 心臓血管外科 (practised) + 一般外科 -> 外科 + 内科の外来 -> 内科, 青森県, 常勤, 来年4月 in Dec 2025 -> 2026-04; the centre without its department is the organization",
        eml, g)


def m017():
    mid = "CAJp4vN1rX8kTq2mW9zB6cLh0YeF3uD7sG5aK1oR8iM2nE4tQ@mail.gmail.example.com"
    date = "Tue, 03 Feb 2026 12:01:54 +0900"
    body = """突然失礼します。
四国で整形外科の非常勤を探しています。週1〜2日、4月から可能です。
登録が必要でしたら手続きを教えてください。

--
整形外科医　渡部 浩之
大阪くすのき整形外科
携帯 090-5573-2148
"""
    hdrs = std(mid, date, addr("Hiroyuki Watabe", "watabe.ortho@gmail.example.com"),
               ew("四国 整形外科 非常勤", "utf8"), "mail-oi1-f174.google.example.com", "209.85.167.174")
    eml = single(hdrs, body, "utf-8", "UTF-8", "base64")
    g = gold(mid, "doctor", name="渡部 浩之", email="watabe.ortho@gmail.example.com", phone="09055732148",
             organization="大阪くすのき整形外科", specialties=["整形外科"], prefectures=SHIKOKU,
             employment=["part_time"], start="2026-04")
    add(17, "three-line-ortho-shikoku-utf8b64", "doctor",
        "text/plain UTF-8 base64 (Gmail, plain only); From display name in romaji; Subject RFC 2047 UTF-8 B", "medium",
        "Three-line inquiry with a '--' signature: name from the signature in kanji (not the romaji From name), 四国 -> 4 prefectures, 非常勤, 週1〜2日 -> days null, 4月から in Feb 2026 -> 2026-04, clinic in the signature is the workplace",
        eml, g)


def m018():
    mid = "20250709194012.4D2A.93C1E7B5@niigata-nishi.example.jp"
    date = "Wed, 09 Jul 2025 19:40:12 +0900"
    body = """地域医療マッチング事務局 御中

にいがた西総合病院 乳腺外科の五十嵐 真理と申します。53歳です。

当院では来春から乳腺外科の体制が縮小されることになり、
私自身は手術から離れ、乳がん検診の仕事を中心にしていきたいと考えております。
以前から、佐渡では乳がん検診を担当する医師が足りないと聞いております。

新潟県の佐渡市で、乳がん検診（視触診、超音波）や乳腺外来を、
非常勤で月に数回お手伝いできる先はないでしょうか。
9月からであれば、本業の合間に調整いたします。

どうぞよろしくお願いいたします。

五十嵐 真理
携帯 080-7720-3365
"""
    hdrs = std(mid, date, addr("五十嵐 真理", "m-igarashi@niigata-nishi.example.jp", "jis"),
               ew("佐渡での乳がん検診のお手伝いについて"), "mail.niigata-nishi.example.jp", "198.51.100.38")
    eml = single(hdrs, body, "iso2022_jp", "ISO-2022-JP", "7bit")
    g = gold(mid, "doctor", name="五十嵐 真理", email="m-igarashi@niigata-nishi.example.jp", phone="08077203365",
             age=53, organization="にいがた西総合病院", specialties=["乳腺外科", "健診"], prefectures=["新潟県"],
             employment=["part_time"], start="2025-09")
    add(18, "breast-surgeon-screening-sado-jis", "doctor",
        "text/plain ISO-2022-JP 7bit", "medium",
        "Breast surgeon offers cancer screening on Sado: 乳腺外科 + 乳がん検診 -> 健診, 新潟県 (佐渡市), 非常勤 月に数回 -> part_time, days null, 9月から in Jul 2025 -> 2025-09 (来春 is her hospital's change), 53歳; organization without department",
        eml, g)


def m019():
    mid = "B1F7E2A9-4C3D-4E8A-9F12-6D0C5B7A3E81@kinki-net.example.jp"
    date = "Thu, 20 Nov 2025 07:55:38 +0900"
    newsletter = """━━━━━━━━━━━━━━━━━━━━━━━━━━━━
地域医療マッチング通信　2025年11月号（第38号）
━━━━━━━━━━━━━━━━━━━━━━━━━━━━
■今月の新着求人

No.5　北海道 浦河町　町立病院　外科　常勤　2026年4月～
No.6　長崎県 五島市　診療所　当直（月2回程度）　スポット可
No.7　奈良県 吉野郡の診療所　内科　非常勤（週1日・火曜）　2026年1月～
No.8　宮崎県 日南市　介護老人保健施設　施設長　常勤　応相談

詳しくは事務局までお問い合わせください。
━━━━━━━━━━━━━━━━━━━━━━━━━━━━
""" + SEC_SIG
    text = """事務局 御中

いつもメールマガジンをありがとうございます。
11月号のNo.7、奈良県吉野郡の診療所（内科 非常勤 週1日）に応募したいと思います。

森下健司、68歳、内科医です。昨年まで大阪市内の病院に勤務しておりました。
橿原市に住んでおりますので、吉野までは車で通えます。
1月からの勤務で問題ありません。

詳しい条件と、見学ができるかどうか教えてください。

森下 健司
0744-29-3158
"""
    body = text + "\n\n2025/11/19 10:00、地域医療マッチング事務局 <md@md2-rm.example.org> のメール:\n\n" + quote(newsletter) + "\n"
    hdrs = std(mid, date, addr("森下 健司", "kenji-morishita@kinki-net.example.jp", "utf8"),
               "Re: " + ew("地域医療マッチング通信 2025年11月号", "utf8"), "smtp.kinki-net.example.jp", "203.0.113.71",
               extra=[("In-Reply-To", "<news.202511.38@md2-rm.example.org>"),
                      ("References", "<news.202511.38@md2-rm.example.org>"),
                      ("X-Mailer", "iPad Mail (22B83)")])
    eml = single(hdrs, body, "utf-8", "utf-8", "quoted-printable")
    g = gold(mid, "doctor", name="森下 健司", email="kenji-morishita@kinki-net.example.jp", phone="0744293158",
             age=68, specialties=["内科"], prefectures=["奈良県"], employment=["part_time"], days_per_week=1,
             start="2026-01")
    add(19, "newsletter-reply-applies-to-listing-nara-qp", "doctor",
        "text/plain UTF-8 quoted-printable (iPad Mail); Re: to the newsletter, quoted below an Apple attribution line", "hard",
        "Doctor applies to one listing of the quoted newsletter: only No.7 counts (奈良県, 内科 非常勤 週1日, 1月から in Nov 2025 -> 2026-01); the other listings (北海道 外科 常勤, 長崎県 当直, 宮崎県 施設長) are quote; 68歳; the former Osaka hospital is unnamed",
        eml, g)


def m020():
    mid = "8F41C2D7-0B6E-4A95-B3E8-27D9C1F05A64@saitama-cv.example.jp"
    date = "Sat, 14 Mar 2026 10:00:36 +0900"
    body = """地域医療マッチング事務局
ご担当者様

はじめまして。さいたま中央循環器病院で循環器内科医をしております、坂上 正樹と申します。
満62歳です。

東日本大震災のあと、何度か三陸沿岸の病院に応援に行きました。
定年を前に、いずれは岩手県か宮城県の沿岸部の病院で、
循環器内科の常勤医として腰を据えて働きたいと考えるようになりました。

具体的な時期はまだ決めておりませんが、来春には動ければと思っております。
まずは求人の状況などを教えていただけますでしょうか。

坂上 正樹
携帯 090-8841-2270
"""
    hdrs = std(mid, date, addr("坂上 正樹", "m.sakagami@saitama-cv.example.jp", "utf8"),
               ew("三陸沿岸での勤務について", "utf8"), "mail.saitama-cv.example.jp", "198.51.100.99",
               extra=[("X-Mailer", "Microsoft Outlook for Mac 16.94"), ("Thread-Topic", ew("三陸沿岸での勤務について", "utf8")),
                      ("Content-Language", "ja-JP")])
    eml = single(hdrs, body, "utf-8", '"utf-8"', "base64")
    g = gold(mid, "doctor", name="坂上 正樹", email="m.sakagami@saitama-cv.example.jp", phone="09088412270",
             age=62, organization="さいたま中央循環器病院", specialties=["循環器内科"],
             prefectures=["岩手県", "宮城県"], employment=["full_time"])
    add(20, "cardiologist-sanriku-vague-spring-utf8b64", "doctor",
        "text/plain UTF-8 base64 (Outlook for Mac)", "medium",
        "Cardiologist planning a move to the Sanriku coast: 満62歳 -> 62, 岩手県か宮城県 -> both, 常勤, a bare 来春 (and 時期はまだ決めていない) -> start null; 三陸/東日本 are no region words; さいたま is his workplace, not a wish",
        eml, g)


# ===================================================================== hospital

def m021():
    mid = "20251202100514.7E3A.0C49B1D2@shiretoko-cl.example.jp"
    date = "Tue, 02 Dec 2025 10:05:14 +0900"
    body = """地域医療マッチング事務局
ご担当者様

拝啓　師走の候、貴職におかれましてはますますご清栄のこととお喜び申し上げます。

私は、北海道目梨郡羅臼町の羅臼町国民健康保険 しれとこ診療所で事務長を務めております
石郷岡 悟と申します。

当診療所は町内唯一の医療機関で、これまで常勤医2名体制で診療を行ってまいりましたが、
1名が来年3月末で退職されることとなり、後任の先生を探しております。

記

一、募集科目　内科または総合診療（外来・有床19床・訪問診療の一部）
一、勤務形態　常勤　1名
一、着任時期　令和8年4月
一、待遇　　　医師住宅（3LDK）をご用意いたします。赴任費用は町が負担いたします。

以上

冬期は雪が多い土地ではございますが、町を挙げて歓迎いたします。
何卒ご高配を賜りますよう、お願い申し上げます。

敬具

羅臼町国民健康保険 しれとこ診療所
事務長　石郷岡 悟
〒086-18xx 北海道目梨郡羅臼町本町○番地
TEL 0153-87-2215　FAX 0153-87-2216
"""
    hdrs = std(mid, date, addr("しれとこ診療所 石郷岡", "jimu@shiretoko-cl.example.jp", "jis"),
               ew("常勤医師（内科・総合診療）募集のお願い"), "mail.shiretoko-cl.example.jp", "198.51.100.121")
    eml = single(hdrs, body, "iso2022_jp", "ISO-2022-JP", "7bit")
    g = gold(mid, "hospital", name="石郷岡 悟", email="jimu@shiretoko-cl.example.jp", phone="0153872215",
             organization="羅臼町国民健康保険 しれとこ診療所", specialties=["内科", "総合診療科", "在宅医療"],
             prefectures=["北海道"], municipality="羅臼町", employment=["full_time"], start="2026-04")
    add(21, "town-clinic-rausu-formal-letter-jis", "hospital",
        "text/plain ISO-2022-JP 7bit; formal 拝啓…記…以上…敬具 letter", "medium",
        "Town clinic's formal request: 内科または総合診療 + 訪問診療の一部 -> 内科, 総合診療科, 在宅医療; 常勤 1名, 令和8年4月 -> 2026-04 (来年3月末 is the leaving doctor); municipality 羅臼町 written after 目梨郡; 19床/3LDK are not data; phone before FAX",
        eml, g)


def m022():
    mid = "20251016153012.2B91.6F7D0E38@seiryuen.example.jp"
    date = "Thu, 16 Oct 2025 15:30:12 +0900"
    body = """地域医療マッチング事務局　御中

お世話になります。
岐阜県揖斐郡揖斐川町にあります、社会福祉法人 いびがわ福祉会
特別養護老人ホーム 清流苑で生活相談員をしております、桑原と申します。

当施設の配置医師（嘱託医）をお願いしていた地元の先生が、
ご高齢のため年内で引退されることになりました。
町内にほかに引き受けていただける先生がおらず、困っております。

・業務内容：入所者（定員80名）の回診、健康管理、看取りの対応
・勤務：嘱託、月2回の回診（1回あたり3時間程度）
・開始：来年1月から
・謝礼：月額○万円（詳細はご相談）

内科の先生ですと大変ありがたいですが、診療科は問いません。
ご紹介いただける先生がいらっしゃいましたら、ご連絡をお願いいたします。

特別養護老人ホーム 清流苑
生活相談員　桑原 まゆみ
電話 0585-22-5108
"""
    hdrs = std(mid, date, addr("清流苑 桑原", "soudan@seiryuen.example.jp", "sjis"),
               ew("嘱託医（配置医師）のご紹介のお願い", "sjis"), "mail.seiryuen.example.jp", "203.0.113.177")
    eml = single(hdrs, body, "shift_jis", "Shift_JIS", "8bit")
    g = gold(mid, "hospital", name="桑原 まゆみ", email="soudan@seiryuen.example.jp", phone="0585225108",
             organization="社会福祉法人 いびがわ福祉会 特別養護老人ホーム 清流苑", specialties=["老健・介護施設"],
             prefectures=["岐阜県"], municipality="揖斐川町", employment=["part_time"], start="2026-01")
    add(22, "tokuyou-shokutakui-ibigawa-sjis", "hospital",
        "text/plain Shift_JIS 8bit", "hard",
        "特養 seeks a 配置医師/嘱託医 twice a month: 老健・介護施設, 嘱託 -> part_time, 月2回 -> days null, 来年1月から in Oct 2025 -> 2026-01 (年内 is the retiring doctor), 揖斐川町 after 揖斐郡; 内科 is only a preference after 診療科は問いません -> not listed; organization with the legal-person prefix",
        eml, g)


def m023():
    mid = "20260119134005.5C1E.8A2F93D0@vill-hinoemata.example.jp"
    date = "Mon, 19 Jan 2026 13:40:05 +0900"
    body = """地域医療マッチング事務局　御中

福島県南会津郡檜枝岐村役場 住民課の星と申します。

本村には村営の診療所が一つあり、現在は近隣の町の病院からの応援で週3日の診療を行っておりますが、
高齢化が進み、村民からは毎日診てもらえる医師を望む声が強くなっております。
そこで、診療所に常勤していただける医師を募集することといたしました。

募集内容は次のとおりです。
　・診療科：内科（小児から高齢者まで、村民のかかりつけとして）
　・勤務形態：常勤（平日8:30〜17:15）
　・着任：令和8年7月（ご相談に応じます）
　・住居：村が医師住宅を用意します

冬期は雪が深く不便な村ですが、尾瀬の玄関口として自然に恵まれております。
ご関心をお持ちの先生がいらっしゃいましたら、お知らせください。

檜枝岐村役場 住民課
星 智之
TEL 0241-75-2301
"""
    hdrs = std(mid, date, addr("檜枝岐村役場 住民課", "jumin@vill-hinoemata.example.jp", "euc"),
               ew("村営診療所の常勤医募集について", "euc"), "mail.vill-hinoemata.example.jp", "198.51.100.66")
    eml = single(hdrs, body, "euc_jp", "EUC-JP", "8bit")
    g = gold(mid, "hospital", name="星 智之", email="jumin@vill-hinoemata.example.jp", phone="0241752301",
             organization="檜枝岐村役場", specialties=["内科"], prefectures=["福島県"], municipality="檜枝岐村",
             employment=["full_time"], start="2026-07")
    add(23, "village-office-hinoemata-eucjp", "hospital",
        "text/plain EUC-JP 8bit; From/Subject RFC 2047 EUC-JP B", "medium",
        "Village office recruits a full-time doctor for its clinic: organization 檜枝岐村役場 (without 住民課), 内科 常勤, 令和8年7月（ご相談に応じます） -> 2026-07, 檜枝岐村 after 南会津郡; 週3日 is today's visiting cover, not the post; 8:30〜17:15 is not a day count",
        eml, g)


def m024():
    mid = "CAM7hT2qLz9vXw4pN0bR5kYc8eG1uJ3sD6aF2iO7mB9nE5tK@mail.gmail.example.com"
    date = "Fri, 21 Nov 2025 17:20:44 +0900"
    attribution = "2025年11月20日(木) 11:05 地域医療マッチング事務局 <md@md2-rm.example.org>:"
    quoted = """ひとよし整形外科病院
総務課 松岡様

先日はお電話ありがとうございました。事務局の森田です。
求人の掲載にあたり、以下をご確認ください。

・募集診療科
・勤務形態（常勤／非常勤、非常勤の場合は曜日と日数）
・勤務開始時期
・担当者様のご連絡先

""" + SEC_SIG
    text = """森田様

お世話になっております。ひとよし整形外科病院の松岡です。
ご確認の件、以下のとおりです。

・募集診療科：整形外科
・勤務形態：非常勤、土曜日の午前外来（週1日）
・勤務開始：来年2月から
・担当：総務課 松岡 伸也（直通 0966-22-4790）

掲載をどうぞよろしくお願いいたします。

医療法人 球磨会 ひとよし整形外科病院
熊本県人吉市九日町○-○
"""
    plain = text + "\n" + attribution + "\n\n" + quote(quoted) + "\n"
    hdrs = std(mid, date, addr("松岡 伸也", "hitoyoshi.seikei.somu@gmail.example.com", "utf8"),
               "Re: " + ew("求人掲載内容のご確認", "utf8"), "mail-ua1-f53.google.example.com", "209.85.222.53",
               extra=[("In-Reply-To", "<list.20251120110511.0912@md2-rm.example.org>"),
                      ("References", "<list.20251120110511.0912@md2-rm.example.org>")])
    parts = [leaf(plain, "utf-8", '"UTF-8"', "base64"),
             leaf(gmail_html(text, quoted, attribution), "utf-8", '"UTF-8"', "base64", "text/html")]
    eml = multipart(hdrs, "alternative", "000000000000e3b7c20644d91f5a", parts)
    g = gold(mid, "hospital", name="松岡 伸也", email="hitoyoshi.seikei.somu@gmail.example.com", phone="0966224790",
             organization="医療法人 球磨会 ひとよし整形外科病院", specialties=["整形外科"], prefectures=["熊本県"],
             municipality="人吉市", employment=["part_time"], days_per_week=1, start="2026-02")
    add(24, "gmail-reply-ortho-saturday-hitoyoshi-alt", "hospital",
        "multipart/alternative (Gmail): text/plain + text/html with gmail_quote, UTF-8 base64; the hospital writes from a Gmail address", "medium",
        "Hospital answers the listing questions in a thread: 整形外科 非常勤 土曜 週1日 -> part_time/1, 来年2月 in Nov 2025 -> 2026-02, 熊本県人吉市 from the signature address, contact's direct line; organization with legal prefix from the signature",
        eml, g)


def m025():
    mid = "20260107090011.31A9.E4B27C05@odate-city-hp.example.jp"
    date = "Wed, 07 Jan 2026 09:00:11 +0900"
    rows = [("募集科", "麻酔科"), ("募集人数", "1名"), ("勤務形態", "常勤"),
            ("勤務開始", "2026年4月1日"), ("勤務時間", "8:30～17:15（当直なし・オンコールは月数回）"),
            ("年齢", "65歳以上の先生も歓迎いたします"), ("住居", "医師公舎あり（単身・家族とも可）")]
    table = "\n".join('<tr><th style="background:#e8eef7;text-align:left;padding:4px 8px">%s</th>'
                      '<td style="padding:4px 8px">%s</td></tr>' % (esc(a), esc(b)) for a, b in rows)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'MS PGothic',sans-serif;font-size:14px">
<p>地域医療マッチング事務局<br>ご担当者様</p>
<p>新年あけましておめでとうございます。<br>
秋田県大館市の市立おおだて中央病院 総務課の工藤でございます。</p>
<p>当院では手術件数の増加に対し麻酔科医が1名しかおらず、<br>
このたび常勤の麻酔科医を募集することといたしました。概要は下表のとおりです。</p>
<table border="1" cellspacing="0" style="border-collapse:collapse">
%s
</table>
<p>ご紹介いただける先生がいらっしゃいましたら、下記までご連絡ください。</p>
<p>市立おおだて中央病院 総務課<br>
工藤 晴美<br>
TEL 0186-42-3371（内線2105）</p>
</body></html>
""" % table
    hdrs = std(mid, date, addr("市立おおだて中央病院 総務課", "somu@odate-city-hp.example.jp", "utf8"),
               ew("【求人】常勤麻酔科医の募集について", "utf8"), "mail.odate-city-hp.example.jp", "203.0.113.36")
    eml = single(hdrs, html, "utf-8", "utf-8", "base64", ctype="text/html")
    g = gold(mid, "hospital", name="工藤 晴美", email="somu@odate-city-hp.example.jp", phone="0186423371",
             organization="市立おおだて中央病院", specialties=["麻酔科"], prefectures=["秋田県"],
             municipality="大館市", employment=["full_time"], start="2026-04-01")
    add(25, "city-hospital-anesthesia-odate-html-table", "hospital",
        "text/html only, UTF-8 base64, conditions in a <table>", "medium",
        "City hospital recruits an anaesthesiologist: conditions in an HTML table (麻酔科, 常勤, 2026年4月1日 -> 2026-04-01); 当直なし and オンコール add no spot; 65歳以上 is not an age; extension (内線) not part of the phone; 大館市/秋田県 from the greeting",
        eml, g)


def m026():
    mid = "20260512142517.6F0D.1B8E3A72@miyake-chuo-cl.example.jp"
    date = "Tue, 12 May 2026 14:25:17 +0900"
    body = """地域医療マッチング事務局　ご担当者様

東京都三宅村の三宅村中央診療所で事務長をしております、沖山 恵介と申します。

当診療所は島内唯一の医療機関で、常勤医2名と本土の病院からの応援医師で診療しております。
常勤医のうち1名が今秋に本土へ戻られることになり、後任を募集しております。

■募集：内科または総合診療科の常勤医師　1名
■着任：2026年10月（前後のご相談は可能です）
■業務：外来、入院（有床）、夜間・休日の救急対応（当番制）
■住居：村の医師住宅（家具・家電付き）

船で約6時間半、飛行機なら約50分の島ですが、
火山と海に囲まれた、住民の顔が見える医療ができる場所です。
島での勤務にご関心のある先生をご紹介いただけましたら幸いです。

三宅村中央診療所
事務長　沖山 恵介
TEL 04994-5-2183
"""
    hdrs = std(mid, date, addr("三宅村中央診療所 沖山", "okiyama@miyake-chuo-cl.example.jp", "utf8"),
               ew("常勤医師募集（東京都三宅村）", "utf8"), "mail.miyake-chuo-cl.example.jp", "198.51.100.81")
    eml = single(hdrs, body, "utf-8", "UTF-8", "quoted-printable")
    g = gold(mid, "hospital", name="沖山 恵介", email="okiyama@miyake-chuo-cl.example.jp", phone="0499452183",
             organization="三宅村中央診療所", specialties=["内科", "総合診療科"], prefectures=["東京都"],
             municipality="三宅村", employment=["full_time"], start="2026-10")
    add(26, "island-clinic-miyake-tokyo-utf8qp", "hospital",
        "text/plain UTF-8 quoted-printable", "medium",
        "Island clinic in Tokyo: the post is in 東京都 (an island village, not the capital), municipality 三宅村, 内科または総合診療科 常勤, 2026年10月 -> 2026-10 (今秋 is the leaving doctor); 夜間・休日の救急対応 is part of the post, not a spot offer or 救急科; 6時間半/50分 are not data",
        eml, g)


def m027():
    mid = "listing-20260228211309-0058@form.md2-rm.example.org"
    date = "Sat, 28 Feb 2026 21:13:09 +0900"
    body = """求人掲載申込フォームから、次の内容で送信がありました。

施設名　　　：深浦町国民健康保険 ふかうら診療所
施設の種類　：診療所（無床）
所在地　　　：青森県西津軽郡深浦町大字深浦字○○
担当者名　　：成田 紀子
ふりがな　　：なりた のりこ
メール　　　：narita-n@fukaura-kokuho.example.jp
電話番号　　：0173-74-2260
募集診療科　：内科、小児科
勤務形態　　：非常勤（週2日、曜日は相談）
勤務開始　　：2026年5月
備考　　　　：
日本海に面した町の診療所です。常勤医1名が外来と訪問診療を担っており、
その負担を減らすため、外来をお手伝いいただける先生を探しています。
弘前からの通勤も可能です（車で約1時間半）。

―――
このメールは求人掲載申込フォームから自動送信されています。
"""
    hdrs = [("Return-Path", "<no-reply@form.md2-rm.example.org>"),
            ("Received", "from app02.form.md2-rm.example.org (app02.form.md2-rm.example.org [192.0.2.42])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (MX, qid(mid), INBOX, recv_date(date, 1))),
            ("Date", date),
            ("From", addr("求人掲載申込フォーム", "no-reply@form.md2-rm.example.org", "utf8")),
            ("To", INBOX),
            ("Subject", ew("[求人掲載] 深浦町国民健康保険 ふかうら診療所", "utf8")),
            ("Message-ID", "<%s>" % mid)]
    eml = single(hdrs, body, "utf-8", "UTF-8", "base64")
    g = gold(mid, "hospital", name="成田 紀子", name_kana="ナリタ ノリコ", email="narita-n@fukaura-kokuho.example.jp",
             phone="0173742260", organization="深浦町国民健康保険 ふかうら診療所", specialties=["内科", "小児科"],
             prefectures=["青森県"], municipality="深浦町", employment=["part_time"], days_per_week=2,
             start="2026-05")
    add(27, "listing-form-fukaura-clinic-utf8b64", "hospital",
        "text/plain UTF-8 base64; listing form (label：value with full-width padding) from no-reply@", "medium",
        "Listing form: contact and kana from the fields (hiragana with a full-width space -> ナリタ ノリコ), email from the body, 内科、小児科, 非常勤（週2日） -> part_time/2, 2026年5月, 深浦町 after 西津軽郡; the present doctor's 訪問診療 is not what is sought; 弘前 is a commuting hint",
        eml, g)


def m028():
    mid = "20251023111103.49C7.2D8E1F6A@seiyo-hp.example.jp"
    date = "Thu, 23 Oct 2025 11:11:03 +0900"
    body = """地域医療マッチング事務局 御中

いつもお世話になっております。
愛媛県西予市の医療法人 宇和会 せいよ中央病院、事務部の二宮でございます。

当院では以下の2つの形で医師を募集しております。

1. 内科 常勤医師 1名
   外来・病棟を担当していただきます。65歳以上の先生も歓迎です。
2. 当直医（スポット）
   平日・土日の当直を、月1回からでもお願いできる先生を募集しております。
   当直は内科系の先生であれば可です。

いずれも開始時期は随時ご相談に応じます。
ご紹介いただける先生がいらっしゃいましたら、下記までご連絡をお願いいたします。

医療法人 宇和会 せいよ中央病院
事務部　二宮 隆
TEL 0894-62-1180　FAX 0894-62-1181
"""
    hdrs = std(mid, date, addr("せいよ中央病院 事務部", "jimu@seiyo-hp.example.jp", "jis"),
               ew("内科常勤医・当直医の募集について"), "mail.seiyo-hp.example.jp", "198.51.100.201")
    eml = single(hdrs, body, "iso2022_jp", "ISO-2022-JP", "7bit")
    g = gold(mid, "hospital", name="二宮 隆", email="jimu@seiyo-hp.example.jp", phone="0894621180",
             organization="医療法人 宇和会 せいよ中央病院", specialties=["内科"], prefectures=["愛媛県"],
             municipality="西予市", employment=["full_time", "spot"])
    add(28, "hospital-fulltime-and-spot-duty-seiyo-jis", "hospital",
        "text/plain ISO-2022-JP 7bit", "medium",
        "Hospital recruits two ways at once: 内科 常勤 + 当直医（スポット） -> full_time + spot, 月1回から -> no days, 随時 -> start null, 西予市; 65歳以上 is not an age; 内科系 for the duty is a group name, not a further field",
        eml, g)


def m029():
    mid = "TYCP286MB1842A93E5C0D7B14F6E2A8D1C30B@TYCP286MB1842.JPNP286.PROD.OUTLOOK.example.com"
    date = "Tue, 10 Mar 2026 08:30:00 +0000"
    body = """地域医療マッチング事務局　ご担当者様

はじめてご連絡いたします。
滋賀県高島市で在宅療養支援診療所を運営しております、医療法人 湖西会 たかしま在宅クリニックの髙田と申します。

当院は医師2名で約180名の患者さんの訪問診療を行っておりますが、
患者さんの増加に伴い、訪問診療をお手伝いいただける先生を募集しております。

①業務内容：訪問診療（ご自宅・施設）、看取りの対応
②勤務形態：非常勤　週2日（曜日は相談可）
③勤務時間：9:00～17:00（夜間・休日のオンコールはございません）
④開始時期：2026年5月～
⑤その他：訪問は運転手付きの車で伺います。運転していただく必要はございません。

ご経験のある先生、これから在宅医療に取り組みたい先生を歓迎いたします。
何卒よろしくお願いいたします。

医療法人 湖西会 たかしま在宅クリニック
事務長　髙田 和恵
TEL：0740-22-6634
"""
    hdrs = std(mid, date, addr("髙田 和恵", "takada@takashima-zaitaku.example.jp", "msjis"),
               ew("訪問診療の非常勤医師募集のご相談", "msjis"),
               "JPN01-TYC-obe.outbound.protection.outlook.example.com", "52.101.229.30",
               extra=[("Thread-Topic", ew("訪問診療の非常勤医師募集のご相談", "msjis")),
                      ("Thread-Index", "AdyxrPzQ1m2e6K7fSaWvJ4t9e0HcNg=="), ("Content-Language", "ja-JP"),
                      ("X-MS-Has-Attach", "")])
    eml = single(hdrs, body, "ms-iso2022jp", '"iso-2022-jp"', "7bit")
    g = gold(mid, "hospital", name="髙田 和恵", email="takada@takashima-zaitaku.example.jp", phone="0740226634",
             organization="医療法人 湖西会 たかしま在宅クリニック", specialties=["在宅医療"], prefectures=["滋賀県"],
             municipality="高島市", employment=["part_time"], days_per_week=2, start="2026-05")
    add(29, "home-care-clinic-takashima-msjis", "hospital",
        "text/plain labelled iso-2022-jp with Microsoft extensions (髙 ①-⑤ ～) via cp932->JIS; Date +0000 (17:30 JST)", "hard",
        "Home-care clinic seeks a part-timer: 訪問診療 -> 在宅医療, 非常勤 週2日 -> part_time/2, 2026年5月～ -> 2026-05, 高島市; ①-⑤ must not join the digits, 180名/9:00～17:00 are not data, オンコール is ruled out; 髙 kept",
        eml, g)


def m030():
    mid = "20260531154210.0A7C.9E3D1F52@yakushima-minami.example.jp"
    date = "Sun, 31 May 2026 15:42:10 +0000"
    body = """地域医療マッチング事務局　御中

鹿児島県熊毛郡屋久島町の医療法人 やくしま会 屋久島南病院、事務長の日高と申します。
夜分遅くに失礼いたします。

当院の産婦人科は常勤医1名で分娩を担っておりますが、
その医師が体調を崩し、長期の療養に入ることになりました。
島内で出産できる施設は当院のみで、妊婦さんを島外へ送るしかない状況が続いております。

つきましては、来月から常勤で勤務いただける産婦人科の先生を急ぎ探しております。
分娩を扱わない婦人科外来のみの先生でも、ご相談させてください。

医療法人 やくしま会 屋久島南病院
事務長　日高 康弘
電話 0997-47-3015（平日8時半～17時）
携帯 090-9487-2261
"""
    hdrs = std(mid, date, addr("屋久島南病院 日高", "hidaka@yakushima-minami.example.jp", "cp932"),
               ew("【至急】産婦人科医師の募集について", "cp932"), "mail.yakushima-minami.example.jp", "203.0.113.240")
    eml = single(hdrs, body, "cp932", "x-sjis", "8bit")
    g = gold(mid, "hospital", name="日高 康弘", email="hidaka@yakushima-minami.example.jp", phone="0997473015",
             organization="医療法人 やくしま会 屋久島南病院", specialties=["産婦人科"], prefectures=["鹿児島県"],
             municipality="屋久島町", employment=["full_time"], start="2026-07")
    add(30, "urgent-obgyn-yakushima-x-sjis-utc", "hospital",
        "text/plain CP932 bytes labelled x-sjis (a label the standard lookup does not know), 8bit; Date Sun 31 May 2026 15:42 +0000 = Mon 1 Jun 00:42 JST", "hard",
        "Urgent request for an obstetrician: 来月から resolved in Asia/Tokyo (1 June 00:42 JST) -> 2026-07, not 2026-06; 産婦人科 + 婦人科 -> 産婦人科, 常勤, 屋久島町 after 熊毛郡; the desk phone comes before the mobile",
        eml, g)


def m031():
    mid = "000a01dc8561$c2f31e70$48d95b50$@shingu-kumano.example.jp"
    date = "Wed, 14 Jan 2026 18:05:27 +0900"
    subj = "RE: 【地域医療マッチング事務局】掲載中の求人について"
    body = """地域医療マッチング事務局
森田様

お世話になっております。新宮くまの病院の玉置です。
掲載いただいている循環器内科の求人について、2点変更をお願いいたします。

1. 勤務開始を「3月から」としておりましたが、2月からに前倒しさせてください。
2. 外来（週1日・木曜）に加えて、当直を月2回お願いできる先生ですと大変助かります。
   当直のみの先生も歓迎です。

勤務形態は引き続き非常勤です。
お手数をおかけしますが、よろしくお願いいたします。

新宮くまの病院 総務課
玉置 佳奈
TEL 0735-21-6640

-----Original Message-----
From: 地域医療マッチング事務局 [mailto:md@md2-rm.example.org]
Sent: Tuesday, January 13, 2026 10:22 AM
To: 玉置 佳奈 <tamaki@shingu-kumano.example.jp>
Subject: 【地域医療マッチング事務局】掲載中の求人について

新宮くまの病院
玉置様

お世話になっております。事務局の森田です。
掲載中の求人（循環器内科 非常勤 週1日、3月から）について、
内容に変更がないかご確認をお願いいたします。

""" + SEC_SIG + "\n"
    hdrs = std(mid, date, addr("玉置 佳奈", "tamaki@shingu-kumano.example.jp", "jis"), ew(subj),
               "mail.shingu-kumano.example.jp", "198.51.100.230",
               extra=[("In-Reply-To", "<check.20260113102201.1143@md2-rm.example.org>"),
                      ("References", "<check.20260113102201.1143@md2-rm.example.org>"),
                      ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQHchWGw8R6Ktc0dPUuJrLq9VZ1e3w==")])
    eml = single(hdrs, body, "iso2022_jp", "ISO-2022-JP", "quoted-printable")
    g = gold(mid, "hospital", name="玉置 佳奈", email="tamaki@shingu-kumano.example.jp", phone="0735216640",
             organization="新宮くまの病院", specialties=["循環器内科"], employment=["part_time", "spot"],
             days_per_week=1, start="2026-02")
    add(31, "outlook-reply-listing-change-shingu-jis-qp", "hospital",
        "text/plain ISO-2022-JP quoted-printable (Outlook); English '-----Original Message-----' block", "hard",
        "Hospital changes its listing in a thread: start moved to 2月から in Jan 2026 -> 2026-02 (3月 is the old value), 週1日 outpatient + 当直 月2回 -> part_time + spot, days 1; no prefecture or town is written (新宮 names towns in two prefectures) -> prefectures [] and municipality null; organization without 総務課",
        eml, g)


def m032():
    mid = "20260206113012.7D4B.3C9A0E51@city-ichinoseki.example.jp"
    date = "Fri, 06 Feb 2026 11:30:12 +0900"
    body = """地域医療マッチング事務局　御中

岩手県一関市役所 保健福祉部 地域医療推進室の菅原と申します。

市では、市内の国民健康保険診療所（藤沢地域）の医師確保に取り組んでおります。
現在の所長が令和8年9月末で退任されるため、後任として、
総合診療（プライマリ・ケア）を担っていただける常勤の医師を募集いたします。

　勤務地　　一関市内の国保診療所（有床）
　診療内容　外来、入院、訪問診療、予防接種、学校医など
　着任　　　令和8年10月
　待遇　　　一関市職員として採用（医師住宅あり）

詳細は募集要項をお送りいたしますので、お気軽にお問い合わせください。

一関市役所 保健福祉部 地域医療推進室
主査　菅原 隆之
電話 0191-21-8347（直通）
"""
    hdrs = std(mid, date, addr("一関市 地域医療推進室", "chiikiiryo@city-ichinoseki.example.jp", "utf8"),
               ew("国保診療所の常勤医師募集（一関市）", "utf8"), "mail.city-ichinoseki.example.jp", "203.0.113.118")
    eml = single(hdrs, body, "utf-8", "UTF-8", "8bit")
    g = gold(mid, "hospital", name="菅原 隆之", email="chiikiiryo@city-ichinoseki.example.jp", phone="0191218347",
             organization="一関市役所", specialties=["総合診療科", "在宅医療"], prefectures=["岩手県"],
             municipality="一関市", employment=["full_time"], start="2026-10")
    add(32, "city-hall-kokuho-clinic-ichinoseki-utf8-8bit", "hospital",
        "text/plain UTF-8 8bit", "medium",
        "City hall recruits for its national-health clinic: organization 一関市役所 (without 保健福祉部/地域医療推進室), 総合診療/プライマリ・ケア -> 総合診療科 + 訪問診療 -> 在宅医療, 常勤, 令和8年10月 -> 2026-10 (令和8年9月末 is the present head leaving), 一関市",
        eml, g)


def m033():
    mid = "20260427101022.1E8F.5A7B2D94@ohnan-kokuho-hp.example.jp"
    date = "Mon, 27 Apr 2026 10:10:22 +0900"
    body = """地域医療マッチング事務局
ご担当者様

島根県邑智郡邑南町の邑南町国民健康保険 おおなん病院で事務長をしております、日野原 勇と申します。

当院は常勤医4名の小さな町立病院ですが、医師の高齢化が進み、
数年後の体制に強い不安を抱えております。
貴事業のことを県の会議で伺い、当院の求人も掲載していただけないかと考えております。

つきましては、
・掲載の申込み方法と必要な書類
・掲載や紹介にかかる費用の有無
・求人票の書き方の例
について教えていただけますでしょうか。

募集する診療科や条件は、院内で相談のうえ改めてご連絡いたします。

邑南町国民健康保険 おおなん病院
事務長　日野原 勇
TEL 0855-95-2214
"""
    hdrs = std(mid, date, addr("日野原 勇", "hinohara@ohnan-kokuho-hp.example.jp", "jis"),
               ew("求人掲載の方法について"), "mail.ohnan-kokuho-hp.example.jp", "198.51.100.149")
    eml = single(hdrs, body, "iso2022_jp", "ISO-2022-JP", "7bit")
    g = gold(mid, "hospital", name="日野原 勇", email="hinohara@ohnan-kokuho-hp.example.jp", phone="0855952214",
             organization="邑南町国民健康保険 おおなん病院", prefectures=["島根県"], municipality="邑南町")
    add(33, "town-hospital-asks-how-to-list-ohnan-jis", "hospital",
        "text/plain ISO-2022-JP 7bit", "medium",
        "Town hospital asks how to list an opening (procedure, fees, an example): hospital by the contract, with no specialty, employment or start yet; 島根県/邑南町 after 邑智郡; 常勤医4名 describes the hospital",
        eml, g)


def m034():
    mid = "20260702164503.2F6A.8D1C4B70@nasu-kokoro.example.jp"
    date = "Thu, 02 Jul 2026 16:45:03 +0900"
    text = """地域医療マッチング事務局
ご担当者様

お世話になります。栃木県那須塩原市の医療法人 那須心和会 なすこころの病院、医事課の阿久津と申します。

当院（精神科・病床数220床）では、夜間の宿直をお願いできる先生を募集しております。

・内容：宿直（17:30～翌8:30）、入院患者さんの急変時の対応が中心で、夜間の入院はほとんどありません
・回数：月1回から、ご都合に合わせて
・診療科：不問（精神科以外の先生も歓迎いたします）
・開始：8月から

定年後の先生、平日は他院にお勤めの先生にも多くご協力いただいております。
ご紹介いただけますと幸いです。

医療法人 那須心和会 なすこころの病院
医事課　阿久津 亮
TEL 0287-63-5820
"""
    hdrs = std(mid, date, addr("なすこころの病院 医事課", "iji@nasu-kokoro.example.jp", "utf8"),
               ew("宿直医師の募集について", "utf8"), "mail.nasu-kokoro.example.jp", "203.0.113.93")
    parts = [leaf(text, "utf-8", "UTF-8", "base64"),
             leaf(html_divs(text), "utf-8", "UTF-8", "base64", "text/html")]
    eml = multipart(hdrs, "alternative", "----=_NextPart_000_0021_01DCEB3A.6F1C2D80", parts)
    g = gold(mid, "hospital", name="阿久津 亮", email="iji@nasu-kokoro.example.jp", phone="0287635820",
             organization="医療法人 那須心和会 なすこころの病院", prefectures=["栃木県"], municipality="那須塩原市",
             employment=["spot"], start="2026-08")
    add(34, "psychiatric-hospital-night-duty-any-specialty-alt", "hospital",
        "multipart/alternative: text/plain + text/html, UTF-8 base64", "medium",
        "Psychiatric hospital seeks night-duty doctors: 宿直 -> spot, 診療科：不問 -> specialties [] (精神科 describes the hospital), 月1回から -> no days, 8月から in Jul 2026 -> 2026-08, 那須塩原市; 220床 and 17:30～翌8:30 are not data",
        eml, g)


def m035():
    mid = "20251125095004.6B3E.0F2A7C19@sasayuri-roken.example.jp"
    date = "Tue, 25 Nov 2025 09:50:04 +0900"
    body = """地域医療マッチング事務局 御中

岡山県新見市の介護老人保健施設 ささゆりの里で事務長をしております、赤木と申します。

当施設は入所100床、通所リハビリを併設した老健です。
常勤の施設長は確保できておりますが、施設長の負担が大きいため、
入所者の診察や処方をお手伝いいただける非常勤の医師を募集しております。

　勤務：非常勤　週3日（月・水・金の9時〜16時を想定）
　開始：2026年1月〜
　業務：入所者の回診、処方、ご家族への説明、看取り
　※当直・オンコールはございません。

内科系の先生を希望いたしますが、ご経験を問わずご相談ください。

介護老人保健施設 ささゆりの里
事務長　赤木 信二
TEL 0867-72-6310
"""
    hdrs = std(mid, date, addr("ささゆりの里 赤木", "akagi@sasayuri-roken.example.jp", "euc"),
               ew("老健の非常勤医師の募集について", "euc"), "mail.sasayuri-roken.example.jp", "198.51.100.17")
    eml = single(hdrs, body, "euc_jp", "EUC-JP", "8bit")
    g = gold(mid, "hospital", name="赤木 信二", email="akagi@sasayuri-roken.example.jp", phone="0867726310",
             organization="介護老人保健施設 ささゆりの里", specialties=["老健・介護施設"], prefectures=["岡山県"],
             municipality="新見市", employment=["part_time"], days_per_week=3, start="2026-01")
    add(35, "roken-part-time-niimi-eucjp", "hospital",
        "text/plain EUC-JP 8bit; From/Subject RFC 2047 EUC-JP B", "medium",
        "老健 seeks a part-time doctor besides its full-time director: 老健・介護施設, 非常勤 週3日（月・水・金） -> part_time/3 (the 常勤 施設長 is already there), 2026年1月〜 -> 2026-01, 新見市; 内科系 is a group, 100床 and 9時〜16時 are not data",
        eml, g)


def m036():
    mid = "20260520131533.4A1D.6E8F2B03@minami-kaigan-hp.example.jp"
    date = "Wed, 20 May 2026 13:15:33 +0900"
    text = """地域医療マッチング事務局　ご担当者様

徳島県海部郡美波町の、みなみ海岸病院 透析室の事務担当、浜崎と申します。

当院の透析室（ベッド20床・患者数約50名）は、腎臓内科の常勤医1名で運営しておりますが、
月曜日の透析を担当していただける非常勤の先生を探しております。

・勤務：非常勤　週1日（月曜日 8:30～17:00）
・内容：血液透析の回診、シャントトラブルの初期対応
・開始：7月から（6月中の見学も歓迎です）

透析のご経験がある先生であれば、ご年齢は問いません。
どうぞよろしくお願いいたします。

みなみ海岸病院 透析室
浜崎 友美
TEL 0884-77-1923
"""
    hdrs = std(mid, date, addr("浜崎 友美", "hamasaki@minami-kaigan-hp.example.jp", "utf8"),
               ew("透析の非常勤医師（月曜）募集", "utf8"), "mail.minami-kaigan-hp.example.jp", "203.0.113.84")
    parts = [leaf(text, "utf-8", "utf-8", "base64"),
             leaf(html_divs(text), "utf-8", "utf-8", "base64", "text/html")]
    eml = multipart(hdrs, "alternative", "b1_9f3c7e2a4d6b8f0e1c3a5d7b9e2f4a6c", parts)
    g = gold(mid, "hospital", name="浜崎 友美", email="hamasaki@minami-kaigan-hp.example.jp", phone="0884771923",
             organization="みなみ海岸病院", specialties=["透析"], prefectures=["徳島県"], municipality="美波町",
             employment=["part_time"], days_per_week=1, start="2026-07")
    add(36, "dialysis-monday-minami-alt-b64", "hospital",
        "multipart/alternative: text/plain + text/html, UTF-8 base64", "medium",
        "Hospital dialysis unit seeks a Monday part-timer: 血液透析/透析 -> 透析 (腎臓内科 is the present full-time doctor), 非常勤 週1日 -> part_time/1, 7月から in May 2026 -> 2026-07 (6月 is for visits), 美波町 after 海部郡; organization without 透析室",
        eml, g)


# ====================================================================== general

def m037():
    mid = "20251209140021.3A7E.B1C5D920@city-takahashi.example.jp"
    date = "Tue, 09 Dec 2025 14:00:21 +0900"
    body = """地域医療マッチング事務局
ご担当者様

岡山県の高梁市役所 地域づくり課 移住定住係の三宅と申します。

当係では、都市部から移住を考えている方向けの相談窓口を運営しております。
最近、定年を迎えた医師の方やそのご家族から「地方の病院で働きながら暮らしたい」
というご相談をいただくことが増えてまいりました。

つきましては、貴事業のリーフレットを50部ほどお送りいただき、
窓口と、来年2月に大阪で開く移住フェアのブースに置かせていただけないでしょうか。
あわせて、市の移住ポータルサイトから貴事業のページへリンクを張ってもよいか、
ご確認いただけますと幸いです。

高梁市役所 地域づくり課 移住定住係
三宅 彩
TEL 0866-21-0259
"""
    hdrs = std(mid, date, addr("三宅 彩", "iju@city-takahashi.example.jp", "jis"),
               ew("リーフレット送付のお願い（移住相談窓口）"), "mail.city-takahashi.example.jp", "198.51.100.240")
    eml = single(hdrs, body, "iso2022_jp", "ISO-2022-JP", "7bit")
    g = gold(mid, "general", name="三宅 彩", email="iju@city-takahashi.example.jp", phone="0866210259",
             organization="高梁市役所")
    add(37, "migration-desk-leaflets-takahashi-jis", "general",
        "text/plain ISO-2022-JP 7bit", "easy",
        "City migration desk asks for 50 leaflets and a link: general (a municipality, but it recruits no physician); organization 高梁市役所 without the section; 岡山県, 大阪, 来年2月 and 定年 are not lead data",
        eml, g)


def m038():
    mid = "5d1a8e37-c24f-4b09-a6d3-7f0e2c9b1a45@kochi-edu.example.jp"
    date = "Fri, 16 Jan 2026 16:48:30 +0900"
    body = """地域医療マッチング事務局 御中

突然のご連絡失礼いたします。
高知県立しまんと南高等学校で進路指導を担当しております、教諭の西森 崇と申します。

本校では毎年、医療系の進学を考える生徒向けに講演会を開いております。
今年度は「地域の医療を支える医師の仕事」をテーマに、
貴事業を通じてへき地で働いておられる先生にお話をいただけないかと考えております。

日程は3月上旬の平日午後（1時間程度）、オンラインでの講演でも構いません。
謝礼は学校の規定により些少ですが、お支払いいたします。
このようなご依頼をお受けいただけるものか、まずはご相談させてください。

高知県立しまんと南高等学校
教諭　西森 崇
TEL 0880-34-6121（職員室）
"""
    hdrs = std(mid, date, addr("西森 崇", "nishimori-t@kochi-edu.example.jp", "utf8"),
               ew("講演のご依頼（高校の進路講演会）", "utf8"), "mail.kochi-edu.example.jp", "203.0.113.128")
    eml = single(hdrs, body, "utf-8", "UTF-8", "quoted-printable")
    g = gold(mid, "general", name="西森 崇", email="nishimori-t@kochi-edu.example.jp", phone="0880346121",
             organization="高知県立しまんと南高等学校")
    add(38, "high-school-career-talk-request-utf8qp", "general",
        "text/plain UTF-8 quoted-printable", "easy",
        "High-school teacher asks for a placed doctor to talk at a careers event: general; organization the school (教諭 is a role), the staff-room phone; 高知県, 3月上旬 and へき地 are not lead data",
        eml, g)


def m039():
    mid = "20260322201507.9c4d7e12@softbank-mail.example.jp"
    date = "Sun, 22 Mar 2026 20:15:07 +0900"
    text = """はじめまして。
理学療法士をしている者です。

ホームページを見て、医師の方が地方の病院で働けるよう紹介されていると知りました。
理学療法士もこちらに登録して、地方のﾘﾊﾋﾞﾘの仕事を紹介してもらうことはできますか？
夫が来年定年で、夫婦で九州に移住することを考えています。

できないようでしたら、相談できるところを教えていただけるとありがたいです。

吉川 恭子
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head>'
            '<body>' + "<br>".join(esc(l) for l in text.rstrip("\n").split("\n")) + '</body></html>\n')
    hdrs = std(mid, date, "kyoko.yoshikawa.pt@softbank-mail.example.jp", ew("理学療法士も登録できますか", "sjis"),
               "mfmta02.softbank-mail.example.jp", "203.0.113.61", extra=[("X-Mailer", "SoftBank mail 3.0")])
    eml = single(hdrs, html, "shift_jis", "Shift_JIS", "base64", ctype="text/html")
    g = gold(mid, "general", name="吉川 恭子", email="kyoko.yoshikawa.pt@softbank-mail.example.jp")
    add(39, "physiotherapist-asks-mobile-html-sjis", "general",
        "text/html only, Shift_JIS base64 with half-width katakana; bare From address (mobile)", "medium",
        "Physiotherapist asks whether she can register: general (not a physician); ﾘﾊﾋﾞﾘ, 九州, 来年, 定年 are not lead data; name from the signature",
        eml, g)


def m040():
    mid = "20260408103347.2C6F.E7A01B58@fm-minamishinshu.example.jp"
    date = "Wed, 08 Apr 2026 10:33:47 +0900"
    body = """地域医療マッチング事務局
ご担当者様

エフエムみなみ信州で番組ディレクターをしております、宮下 茜と申します。

毎週木曜の夕方に放送している地域情報番組で、医師不足をテーマにした特集を予定しております。
長野県南部でも診療所の医師の高齢化が課題になっており、
定年後の医師と地域をつなぐ貴事業の取り組みを、電話インタビューの形でご紹介させていただけないでしょうか。

収録は5月中旬、15分程度を予定しております。
ご担当の方のお名前と、ご都合のよい日時をお知らせいただけますと幸いです。

エフエムみなみ信州　制作部
宮下 茜
TEL 0265-52-7711（代表）／090-2216-4803（携帯）
"""
    hdrs = std(mid, date, addr("宮下 茜", "miyashita@fm-minamishinshu.example.jp", "jis"),
               ew("取材（電話インタビュー）のお願い"), "mail.fm-minamishinshu.example.jp", "198.51.100.212")
    eml = single(hdrs, body, "iso2022_jp", "ISO-2022-JP", "7bit")
    g = gold(mid, "general", name="宮下 茜", email="miyashita@fm-minamishinshu.example.jp", phone="0265527711",
             organization="エフエムみなみ信州")
    add(40, "community-radio-interview-jis", "general",
        "text/plain ISO-2022-JP 7bit", "easy",
        "Community radio director asks for a phone interview: general (press); organization the station without 制作部, the first phone (代表) before the mobile; 長野県 and 5月中旬 are not lead data",
        eml, g)


def m041():
    mid = "20251103083012.44AE.7F2C1D69@plala-mail.example.jp"
    date = "Mon, 03 Nov 2025 08:30:12 +0900"
    body = """地域医療マッチング事務局 御中

はじめまして。東 和夫と申します。
三年前に開業医を引退した内科医で、七十歳を過ぎました。

先日、医師会の会報で貴事業の紹介記事を読みました。
私自身はもう働くつもりはございませんが、地域医療の現状には関心がありますので、
メールマガジンを購読させていただきたく存じます。
このアドレス宛てにお送りいただけますでしょうか。

東 和夫
"""
    hdrs = std(mid, date, addr("東 和夫", "k-azuma@plala-mail.example.jp", "utf8"),
               ew("メールマガジン購読希望", "utf8"), "msa01.plala-mail.example.jp", "198.51.100.44")
    eml = single(hdrs, body, "utf-8", "UTF-8", "base64")
    g = gold(mid, "general", name="東 和夫", email="k-azuma@plala-mail.example.jp")
    add(41, "retired-doctor-subscribes-newsletter-utf8b64", "general",
        "text/plain UTF-8 base64", "medium",
        "A retired internist asks to subscribe to the newsletter and says he will not work: general (a subscription request), not doctor and not unsubscribe; 内科医, 七十歳, 引退 are not lead data for general",
        eml, g)


def m042():
    mid = "20260226152044.0D3B.48A9E1C7@hotel-harborview.example.jp"
    date = "Thu, 26 Feb 2026 15:20:44 +0900"
    body = """ドクターセカンドキャリア 地域医療マッチング事務局
ご担当　森田様

平素より格別のお引き立てを賜り、誠にありがとうございます。
ホテルハーバービュー東京 宴会セールス課の佐久間でございます。

このたびは説明会会場のご予約をいただき、ありがとうございます。
下記の内容にて承りましたので、ご確認をお願いいたします。

　ご利用日　　2026年4月18日（土）13:00～17:00
　会場　　　　3階「ローズルーム」（スクール形式60名）
　ご利用内容　医師向け説明会
　備品　　　　プロジェクター、マイク2本、受付机

お見積書を添付のうえ、別途郵送いたします。
ご不明な点は、下記までお気軽にお問い合わせください。

ホテルハーバービュー東京　宴会セールス課
佐久間 悠斗
TEL 03-5401-8830
"""
    hdrs = std(mid, date, addr("ホテルハーバービュー東京 佐久間", "banquet@hotel-harborview.example.jp", "cp932"),
               ew("ご予約内容のご確認（4月18日 説明会）", "cp932"), "mail.hotel-harborview.example.jp", "203.0.113.47")
    eml = single(hdrs, body, "cp932", "shift_jis", "8bit")
    g = gold(mid, "general", name="佐久間 悠斗", email="banquet@hotel-harborview.example.jp", phone="0354018830",
             organization="ホテルハーバービュー東京")
    add(42, "hotel-venue-booking-confirmation-cp932", "general",
        "text/plain CP932 bytes (～ is U+FF5E, which plain Shift_JIS cannot hold) labelled shift_jis, 8bit; From/Subject RFC 2047 Shift_JIS B with CP932 bytes", "medium",
        "Hotel confirms the venue booked for a briefing: general (a person's business reply, not spam and not an automatic receipt); organization the hotel without the section; 医師向け説明会, 60名 and the date are not lead data",
        eml, g)


# ================================================================== unsubscribe

def m043():
    mid = "20251118092817.5B2C.9A4E3F10@tsuruoka-kyoritsu.example.jp"
    date = "Tue, 18 Nov 2025 09:28:17 +0900"
    body = """地域医療マッチング事務局 御中

いつもメールマガジンをお送りいただきありがとうございます。
大変恐縮ですが、今後の送信は不要です。
このアドレスへの配信を止めていただけますようお願いいたします。

鶴岡協立病院 内科
斎藤 誠
"""
    hdrs = std(mid, date, addr("斎藤 誠", "saito.makoto@tsuruoka-kyoritsu.example.jp", "jis"),
               ew("メールマガジンの送信停止のお願い"), "mail.tsuruoka-kyoritsu.example.jp", "198.51.100.188")
    eml = single(hdrs, body, "iso2022_jp", "ISO-2022-JP", "7bit")
    g = gold(mid, "unsubscribe", name="斎藤 誠", email="saito.makoto@tsuruoka-kyoritsu.example.jp",
             organization="鶴岡協立病院")
    add(43, "unsubscribe-doctor-polite-jis", "unsubscribe",
        "text/plain ISO-2022-JP 7bit", "easy",
        "A physician asks to stop the newsletter (送信は不要です、配信を止めて): unsubscribe; organization the hospital without 内科",
        eml, g)


def m044():
    mid = "CAHs8pQ2nV5xLm0kR7bW3tYc9eF1uJ4sD6aG2iO8zB5nE7tX@mail.gmail.example.com"
    date = "Sat, 06 Dec 2025 02:12:40 +0000"
    body = """Hello,

Please unsubscribe me from your newsletter. I have retired for good and
moved back to Canada, so the job listings are no longer relevant to me.

Thank you for all the information over the years.

Best wishes,
Dr. Akiko Fujimura
"""
    hdrs = std(mid, date, addr("Akiko Fujimura", "akiko.fujimura.md@gmail.example.com"),
               "Unsubscribe please", "mail-pf1-f181.google.example.com", "209.85.210.181")
    eml = single(hdrs, body, "ascii", '"UTF-8"', "7bit")
    g = gold(mid, "unsubscribe", name="Akiko Fujimura", email="akiko.fujimura.md@gmail.example.com")
    add(44, "english-unsubscribe-retired-canada", "unsubscribe",
        "text/plain UTF-8 label, ASCII-only 7bit; English; Date +0000", "easy",
        "English 'Please unsubscribe me from your newsletter': unsubscribe; name without 'Dr.'; Canada and 'retired' are not data",
        eml, g)


def m045():
    mid = "TYWP286MB2290B5E1C7A34D0F9E8B2A6C1D57@TYWP286MB2290.JPNP286.PROD.OUTLOOK.example.com"
    date = "Thu, 12 Feb 2026 03:40:55 +0000"
    newsletter = """【地域医療マッチング通信】2026年2月号

■新着求人
・北海道 留萌市　内科 常勤（2026年4月～）
・高知県 四万十町　整形外科 非常勤（週1日）
・鹿児島県 与論町　当直（スポット）

配信停止をご希望の方は、このメールにご返信ください。
""" + SEC_SIG
    body = """地域医療マッチング事務局 ご担当者様

お世話になっております。医療法人 白樺会 しらかば病院 総務課の髙橋と申します。

貴事務局のメールマガジンが、当院の元職員（昨年退職しております）宛てに届いております。
本人は既に退職しており、このアドレスは総務課で確認しておりますので、
お手数ですが、このアドレスへの配信を停止していただけますでしょうか。

よろしくお願いいたします。

医療法人 白樺会 しらかば病院
総務課　髙橋 真由美

________________________________
差出人: 地域医療マッチング事務局 <md@md2-rm.example.org>
送信日時: 2026年2月10日 10:00
宛先: k-ono@shirakaba-hp.example.jp
件名: 【地域医療マッチング通信】2026年2月号

""" + newsletter + "\n"
    hdrs = std(mid, date, addr("髙橋 真由美", "somu@shirakaba-hp.example.jp", "msjis"),
               ew("RE: 【地域医療マッチング通信】2026年2月号", "msjis"),
               "JPN01-TYC-obe.outbound.protection.outlook.example.com", "52.101.229.61",
               extra=[("In-Reply-To", "<news.202602.41@md2-rm.example.org>"),
                      ("References", "<news.202602.41@md2-rm.example.org>"),
                      ("Thread-Index", "AQHcm6Kx5q0pN3R7S0m9bVw2YdEf1A=="), ("Content-Language", "ja-JP")])
    eml = single(hdrs, body, "ms-iso2022jp", '"iso-2022-jp"', "7bit")
    g = gold(mid, "unsubscribe", name="髙橋 真由美", email="somu@shirakaba-hp.example.jp",
             organization="医療法人 白樺会 しらかば病院")
    add(45, "unsubscribe-former-employee-outlook-msjis", "unsubscribe",
        "text/plain labelled iso-2022-jp with Microsoft extensions (髙) via cp932->JIS; Japanese Outlook quote of the newsletter; Date +0000", "hard",
        "Hospital clerk asks to stop the newsletter sent to a former employee: unsubscribe (not hospital); the quoted newsletter's listings (北海道 内科 常勤, 週1日, スポット, 2026年4月) are quote; organization without 総務課; the quoted To address is not hers",
        eml, g)


def m046():
    mid = "20260303071544.e5b2a901@docomo-mail.example.jp"
    date = "Tue, 03 Mar 2026 07:15:44 +0900"
    body = """ﾒﾙﾏｶﾞの配信解除をお願いします
"""
    hdrs = std(mid, date, "yk-1962.tnk@docomo-mail.example.jp", ew("配信解除", "sjis"),
               "mgw07.docomo-mail.example.jp", "203.0.113.107", extra=[("X-Mailer", "docomo mail 5.3")])
    eml = single(hdrs, body, "shift_jis", "Shift_JIS", "8bit")
    g = gold(mid, "unsubscribe", email="yk-1962.tnk@docomo-mail.example.jp")
    add(46, "mobile-one-line-haishin-kaijo-hwkana", "unsubscribe",
        "text/plain Shift_JIS 8bit, half-width katakana (ﾒﾙﾏｶﾞ); Subject RFC 2047 Shift_JIS B; bare From address", "easy",
        "One line in half-width katakana asking to stop the newsletter: unsubscribe with no name (1962 in the address is not data)",
        eml, g)


# =================================================================== auto_reply

def m047():
    mid = "20251027090102.6D2E.1A3C5B77@kanazawa-minami-hp.example.jp"
    date = "Mon, 27 Oct 2025 09:01:02 +0900"
    body = """このメールは自動返信です。

誠に勝手ながら、10月25日（土）から11月2日（日）まで、
海外の学会に出張しており、メールを確認することができません。
11月4日（火）以降、順次お返事いたします。

お急ぎの件は、医局秘書（内線3102）までご連絡ください。
金沢みなみ病院 代表 076-241-5500

金沢みなみ病院 消化器内科
北村 悠介
"""
    hdrs = [("Return-Path", "<>"),
            ("Received", received("mail.kanazawa-minami-hp.example.jp", "198.51.100.75", qid(mid), recv_date(date))),
            ("Date", date),
            ("From", addr("北村 悠介", "kitamura-y@kanazawa-minami-hp.example.jp", "jis")),
            ("To", INBOX),
            ("Subject", ew("不在のお知らせ（自動返信）") + "\n " + ew("Re: 地域医療マッチング通信 2025年10月号")),
            ("Message-ID", "<%s>" % mid),
            ("In-Reply-To", "<news.202510.37@md2-rm.example.org>"),
            ("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")]
    eml = single(hdrs, body, "iso2022_jp", "ISO-2022-JP", "7bit")
    add(47, "ooo-conference-abroad-auto-submitted-jis", "auto_reply",
        "text/plain ISO-2022-JP 7bit; Auto-Submitted: auto-replied, Precedence: bulk, empty Return-Path; Subject of two RFC 2047 words", "easy",
        "Physician's out-of-office for a conference abroad in reply to the newsletter (RFC 3834 headers): auto_reply; his name, 消化器内科, the hospital and its phone are not lead data",
        eml, gold(mid, "auto_reply"))


def m048():
    mid = "20260105070311.autoreply.3318@wakaba-net.example.jp"
    date = "Mon, 05 Jan 2026 07:03:11 +0900"
    body = """メールありがとうございます。

ただいま入院中のため、しばらくメールを確認できません。
2月中旬ごろには退院する予定ですので、それ以降にあらためてご連絡いたします。
ご用件のある方は、お手数ですが2月以降に再度お送りください。

（このメッセージは自動的に送信されています）
"""
    hdrs = [("Return-Path", "<t-ogura@wakaba-net.example.jp>"),
            ("Received", received("wm3.wakaba-net.example.jp", "203.0.113.29", qid(mid), recv_date(date))),
            ("Date", date),
            ("From", addr("小倉 敏子", "t-ogura@wakaba-net.example.jp", "sjis")),
            ("To", INBOX),
            ("Subject", ew("自動応答：Re: ご登録内容の確認", "sjis")),
            ("Message-ID", "<%s>" % mid),
            ("X-Autoreply", "yes"), ("X-Mailer", "WakabaNet WebMail 2.4")]
    eml = single(hdrs, body, "shift_jis", "Shift_JIS", "8bit")
    add(48, "webmail-hospitalised-x-autoreply-sjis", "auto_reply",
        "text/plain Shift_JIS 8bit; X-Autoreply: yes only (no Auto-Submitted); Subject 自動応答：Re:", "medium",
        "A registered doctor's webmail autoresponder (in hospital until mid-February) in a registration thread: auto_reply; 2月中旬/2月以降 are not a start and the sender's name is not lead data",
        eml, gold(mid, "auto_reply"))


def m049():
    mid = "20250813080016.7A3F.2E9D4C18@okada-naika.example.jp"
    date = "Wed, 13 Aug 2025 08:00:16 +0900"
    body = """地域医療マッチング事務局 様

メールをお送りいただき、ありがとうございます。
おかだ内科医院は、8月13日（水）から8月17日（日）まで夏季休診とさせていただいております。
いただいたメールには、8月18日（月）以降に院長または事務より順次ご返信いたします。

休診中の急病の際は、市の休日当番医（0246-22-9110）をご利用ください。

※本メールは送信専用のアドレスから自動返信しております。
このメールに返信されましてもお答えできませんので、ご了承ください。

おかだ内科医院
福島県いわき市平○○町1-2
"""
    hdrs = std(mid, date, addr("おかだ内科医院", "info@okada-naika.example.jp", "euc"),
               ew("Re: 求人掲載のご案内（地域医療マッチング事務局）", "euc"), "mail.okada-naika.example.jp", "198.51.100.59",
               rp="info@okada-naika.example.jp",
               extra=[("In-Reply-To", "<outreach.20250812163000.0077@md2-rm.example.org>")])
    eml = single(hdrs, body, "euc_jp", "EUC-JP", "8bit")
    add(49, "clinic-summer-closure-no-headers-eucjp", "auto_reply",
        "text/plain EUC-JP 8bit; no RFC 3834 or X-Autoreply headers; Subject 'Re:' like a human reply", "hard",
        "A clinic's summer-closure notice in reply to our listing invitation, recognisable only by its wording (自動返信, 送信専用, 休診): auto_reply, not hospital; 当番医 phone, いわき市 and the dates are not lead data",
        eml, gold(mid, "auto_reply"))


def m050():
    mid = "TY3P286MB4417E0C9A2B6D15F83E7C4A2B918@TY3P286MB4417.JPNP286.PROD.OUTLOOK.example.com"
    date = "Fri, 20 Mar 2026 05:02:37 +0000"
    body = """【自動返信】
3月20日から3月29日まで休暇をいただいております。
期間中はメールを確認できませんので、3月30日以降にご返信いたします。
お急ぎの場合は、臨床研修センター（rinsho-kenshu@hokuriku-univ-hp.example.jp）までご連絡ください。

Thank you for your message. I am on leave from 20 to 29 March with no access to email.
I will reply after 30 March. For urgent matters, please contact the Clinical Training Center
(rinsho-kenshu@hokuriku-univ-hp.example.jp).

北陸大学病院 臨床研修センター
Hokuriku University Hospital, Clinical Training Center
"""
    hdrs = [("Return-Path", "<>"),
            ("Received", received("JPN01-OS0-obe.outbound.protection.outlook.example.com", "52.101.228.19", qid(mid), recv_date(date))),
            ("Date", date),
            ("From", addr("松井 遥", "matsui-h@hokuriku-univ-hp.example.jp", "utf8")),
            ("To", INBOX),
            ("Subject", ew("自動応答: 説明会のご案内", "utf8")),
            ("Message-ID", "<%s>" % mid),
            ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
            ("X-MS-Exchange-Inbox-Rules-Loop", "matsui-h@hokuriku-univ-hp.example.jp"),
            ("Content-Language", "ja-JP")]
    eml = single(hdrs, body, "utf-8", "utf-8", "quoted-printable")
    add(50, "exchange-bilingual-leave-auto-generated-qp", "auto_reply",
        "text/plain UTF-8 quoted-printable; Exchange: Auto-Submitted: auto-generated, X-Auto-Response-Suppress, empty Return-Path; Date +0000", "easy",
        "Bilingual Exchange out-of-office of a university hospital's training centre: auto_reply; the substitute address and the centre are not lead data",
        eml, gold(mid, "auto_reply"))


def m051():
    mid = "CAKw5nT9xQ2vLr7pB0mZ4cYh1eG8uJ3sD5aF6iO2kX9nE1tR-vacation@mail.gmail.example.com"
    date = "Sun, 28 Dec 2025 10:15:02 +0900"
    body = """年末年始（12/27〜1/4）は休暇のため、メールの確認が遅れます。
1月5日以降に順次お返事いたしますので、ご了承ください。

水野
"""
    hdrs = [("Return-Path", "<mizuno.tk.doc@gmail.example.com>"),
            ("Received", received("mail-yb1-f199.google.example.com", "209.85.219.199", qid(mid), recv_date(date))),
            ("Date", date),
            ("From", addr("水野 拓海", "mizuno.tk.doc@gmail.example.com", "utf8")),
            ("To", INBOX),
            ("Subject", ew("年末年始休暇のお知らせ", "utf8") + "\n " + "Re: " + ew("ご紹介先の件", "utf8")),
            ("Message-ID", "<%s>" % mid),
            ("In-Reply-To", "<intro.20251228100500.3318@md2-rm.example.org>"),
            ("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")]
    parts = [leaf(body, "utf-8", '"UTF-8"', "base64"),
             leaf('<div dir="ltr">' + "<br>\n".join(esc(l) for l in body.rstrip("\n").split("\n")) + "</div>\n",
                  "utf-8", '"UTF-8"', "base64", "text/html")]
    eml = multipart(hdrs, "alternative", "000000000000a1c4e80647c2d3f9", parts)
    add(51, "gmail-vacation-new-year-alt", "auto_reply",
        "multipart/alternative (Gmail vacation responder), UTF-8 base64; Auto-Submitted: auto-replied, Precedence: bulk", "easy",
        "Gmail vacation responder of a doctor over New Year in a job-introduction thread: auto_reply; 1月5日以降 is not a start and 〜 must not upset decoding",
        eml, gold(mid, "auto_reply"))


# ======================================================================= bounce

NEWS_HDRS = """Return-Path: <bounce@md2-rm.example.org>
Received: from mailer.md2-rm.example.org (mailer.md2-rm.example.org [192.0.2.25])
	by {host}; {when}
Date: {odate}
From: =?UTF-8?B?5Zyw5Z+f5Yy755mC44Oe44OD44OB44Oz44Kw5LqL5YuZ5bGA?= <md@md2-rm.example.org>
To: {rcpt}
Subject: =?UTF-8?B?44CQ5Zyw5Z+f5Yy755mC44Oe44OD44OB44Oz44Kw6YCa5L+h44CR?=
Message-ID: <{omid}>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64
"""


def m052():
    mid = "202511251003.5APA3xK0018822@mx.saga-kita-hp.example.jp"
    date = "Tue, 25 Nov 2025 19:03:10 +0900"
    rcpt = "y-nakashima@saga-kita-hp.example.jp"
    text = """The original message was received at Tue, 25 Nov 2025 19:03:08 +0900
from mailer.md2-rm.example.org [192.0.2.25]

   ----- The following addresses had permanent fatal errors -----
<%s>
    (reason: 550 5.1.1 <%s>... User unknown)

   ----- Transcript of session follows -----
... while talking to localhost:
>>> DATA
<<< 550 5.1.1 <%s>... User unknown
550 5.1.1 <%s>... User unknown
""" % (rcpt, rcpt, rcpt, rcpt)
    status = """Reporting-MTA: dns; mx.saga-kita-hp.example.jp
Received-From-MTA: DNS; mailer.md2-rm.example.org
Arrival-Date: Tue, 25 Nov 2025 19:03:08 +0900

Final-Recipient: RFC822; %s
Action: failed
Status: 5.1.1
Remote-MTA: DNS; localhost
Diagnostic-Code: SMTP; 550 5.1.1 <%s>... User unknown
Last-Attempt-Date: Tue, 25 Nov 2025 19:03:10 +0900
""" % (rcpt, rcpt)
    orig = NEWS_HDRS.format(host="mx.saga-kita-hp.example.jp (8.15.2/8.15.2) with ESMTP id 5APA3xK0018822",
                            when="Tue, 25 Nov 2025 19:03:08 +0900", odate="Tue, 25 Nov 2025 19:00:00 +0900",
                            rcpt=rcpt, omid="news.202511.38.0412@md2-rm.example.org")
    hdrs = [("Return-Path", "<>"),
            ("Received", received("mx.saga-kita-hp.example.jp", "198.51.100.133", qid(mid), recv_date(date))),
            ("Date", date),
            ("From", "Mail Delivery Subsystem <MAILER-DAEMON@mx.saga-kita-hp.example.jp>"),
            ("To", "<bounce@md2-rm.example.org>"),
            ("Subject", "Returned mail: see transcript for details"),
            ("Message-ID", "<%s>" % mid), ("Auto-Submitted", "auto-generated (failure)")]
    parts = [raw_part("text/plain; charset=us-ascii", crlf(text).encode("ascii")),
             raw_part("message/delivery-status", crlf(status).encode("ascii")),
             raw_part("text/rfc822-headers", crlf(orig).encode("ascii"))]
    eml = report(hdrs, "5APA3xK0018822.1764065000/mx.saga-kita-hp.example.jp", parts)
    add(52, "sendmail-user-unknown-rfc822-headers", "bounce",
        "multipart/report (Sendmail): text/plain + message/delivery-status + text/rfc822-headers; MAILER-DAEMON", "easy",
        "Sendmail 'Returned mail: see transcript for details', 550 5.1.1 User unknown for a hospital address: bounce; the returned headers are our newsletter's",
        eml, gold(mid, "bounce"))


def m053():
    mid = "20260218010512.9C4F21A0B3@mx2.tonami-net.example.jp"
    date = "Wed, 18 Feb 2026 10:05:12 +0900"
    rcpt = "clinic@tonami-net.example.jp"
    text = """This is the mail system at host mx2.tonami-net.example.jp.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<%s>: host filter.tonami-net.example.jp[203.0.113.150] said:
    550 5.7.1 Message rejected as spam by content filter (in reply to end of
    DATA command)
""" % rcpt
    status = """Reporting-MTA: dns; mx2.tonami-net.example.jp
X-Postfix-Queue-ID: 9C4F21A0B3
X-Postfix-Sender: rfc822; bounce@md2-rm.example.org
Arrival-Date: Wed, 18 Feb 2026 10:05:09 +0900 (JST)

Final-Recipient: rfc822; %s
Original-Recipient: rfc822;%s
Action: failed
Status: 5.7.1
Remote-MTA: dns; filter.tonami-net.example.jp
Diagnostic-Code: smtp; 550 5.7.1 Message rejected as spam by content filter
""" % (rcpt, rcpt)
    news = """砺波地域の医療機関の皆さま

地域医療マッチング事務局です。
医師の募集をご検討の医療機関さまに、求人掲載（無料）のご案内をお送りしております。
常勤・非常勤・スポットいずれの募集も掲載できます。

""" + SEC_SIG
    orig = crlf(NEWS_HDRS.format(host="mx2.tonami-net.example.jp (Postfix) with ESMTPS id 9C4F21A0B3",
                                 when="Wed, 18 Feb 2026 10:05:09 +0900 (JST)", odate="Wed, 18 Feb 2026 10:05:00 +0900",
                                 rcpt=rcpt, omid="outreach.20260218100500.0311@md2-rm.example.org")).encode("ascii")
    orig += b"\r\n" + cte_apply(crlf(news).encode("utf-8"), "base64")
    hdrs = [("Return-Path", "<>"),
            ("Received", received("mx2.tonami-net.example.jp", "203.0.113.151", qid(mid), recv_date(date))),
            ("Date", date),
            ("From", "MAILER-DAEMON@mx2.tonami-net.example.jp (Mail Delivery System)"),
            ("To", "bounce@md2-rm.example.org"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("Message-ID", "<%s>" % mid), ("Auto-Submitted", "auto-replied")]
    parts = [raw_part("text/plain; charset=us-ascii", crlf(text).encode("ascii"),
                      extra=[("Content-Description", "Notification")]),
             raw_part("message/delivery-status", crlf(status).encode("ascii"),
                      extra=[("Content-Description", "Delivery report")]),
             raw_part("message/rfc822", orig, extra=[("Content-Description", "Undelivered Message")])]
    eml = report(hdrs, "9C4F21A0B3.1771376712/mx2.tonami-net.example.jp", parts)
    add(53, "postfix-rejected-as-spam-rfc822", "bounce",
        "multipart/report (Postfix): text/plain + message/delivery-status + message/rfc822 (returned UTF-8 base64 invitation)", "medium",
        "Postfix bounce for a content-filter rejection (550 5.7.1): bounce; the returned invitation (常勤・非常勤・スポット, the secretariat phone) is not lead data",
        eml, gold(mid, "bounce"))


def m054():
    mid = "20251030121544.MAILER-DAEMON.77120@mail.ezweb-jp.example.jp"
    date = "Thu, 30 Oct 2025 12:15:44 +0900"
    body = """送信されたメールは、以下の理由で配送できませんでした。

宛先アドレス：h.nakamura-1957@ezweb-jp.example.jp
理由：宛先のメールアドレスが存在しません。
　　　（550 Unknown user）

宛先のメールアドレスに誤りがないか、ご確認ください。
なお、受信拒否設定により届かない場合もございます。

------ 元のメッセージのヘッダ ------
Date: Thu, 30 Oct 2025 12:15:40 +0900
From: md@md2-rm.example.org
To: h.nakamura-1957@ezweb-jp.example.jp
Subject: Re: ご登録ありがとうございます
"""
    hdrs = [("Return-Path", "<>"),
            ("Received", received("mail.ezweb-jp.example.jp", "203.0.113.13", qid(mid), recv_date(date))),
            ("Date", date),
            ("From", addr("メール配信システム", "MAILER-DAEMON@ezweb-jp.example.jp", "jis")),
            ("To", INBOX),
            ("Subject", ew("メール配送エラーのお知らせ")),
            ("Message-ID", "<%s>" % mid)]
    eml = single(hdrs, body, "iso2022_jp", "ISO-2022-JP", "7bit")
    add(54, "mobile-carrier-unknown-user-jis", "bounce",
        "text/plain ISO-2022-JP 7bit from MAILER-DAEMON (not multipart/report); no Auto-Submitted", "medium",
        "Japanese mobile carrier's plain bounce (宛先のメールアドレスが存在しません, 550 Unknown user) for our reply to a doctor: bounce; 1957 in the address is not data",
        eml, gold(mid, "bounce"))


def m055():
    mid = "OF3A7C2E91.5B4D6F08-ON49258D2A.0012AB34-49258D2A.0012AB35@miyako-kenritsu.example.jp"
    date = "Fri, 16 Jan 2026 12:24:18 +0900"
    text = """Your message

  Subject: =?UTF-8?B?44CQ5Zyw5Z+f5Yy755mC44Oe44OD44OB44Oz44Kw6YCa5L+h44CR?=

was not delivered to:

  sato.keiko@miyako-kenritsu.example.jp

because:

  User sato.keiko (sato.keiko@miyako-kenritsu.example.jp) not listed in Domino Directory
"""
    status = """Reporting-MTA: dns;notes01.miyako-kenritsu.example.jp

Final-Recipient: rfc822;sato.keiko@miyako-kenritsu.example.jp
Action: failed
Status: 5.0.0
Diagnostic-Code: X-Notes; User sato.keiko (sato.keiko@miyako-kenritsu.example.jp) not listed in Domino Directory
"""
    orig = NEWS_HDRS.format(host="notes01.miyako-kenritsu.example.jp (Lotus Domino Release 9.0.1FP10)",
                            when="Fri, 16 Jan 2026 12:24:15 +0900", odate="Fri, 16 Jan 2026 12:00:00 +0900",
                            rcpt="sato.keiko@miyako-kenritsu.example.jp", omid="news.202601.40.0213@md2-rm.example.org")
    hdrs = [("Return-Path", "<>"),
            ("Received", received("notes01.miyako-kenritsu.example.jp", "198.51.100.222", qid(mid), recv_date(date))),
            ("Date", date),
            ("From", "Postmaster@miyako-kenritsu.example.jp"),
            ("To", "bounce@md2-rm.example.org"),
            ("Subject", "DELIVERY FAILURE: User sato.keiko (sato.keiko@miyako-kenritsu.example.jp) not listed in\n Domino Directory"),
            ("Message-ID", "<%s>" % mid), ("X-Mailer", "Lotus Domino Release 9.0.1FP10")]
    parts = [raw_part("text/plain; charset=US-ASCII", crlf(text).encode("ascii")),
             raw_part("message/delivery-status", crlf(status).encode("ascii")),
             raw_part("text/rfc822-headers", crlf(orig).encode("ascii"))]
    eml = report(hdrs, "0__=4EBB0A6CDFE9A8F88f9e8a93df938690918c4EBB0A6CDFE9A8F8", parts, preamble="")
    add(55, "domino-delivery-failure-not-listed", "bounce",
        "multipart/report (Lotus Domino): text/plain + message/delivery-status + text/rfc822-headers; From Postmaster; folded Subject", "medium",
        "Lotus Domino 'DELIVERY FAILURE: User ... not listed in Domino Directory' for a prefectural hospital address: bounce; the person named in the address is not data",
        eml, gold(mid, "bounce"))


# ========================================================================= spam

def m056():
    mid = "20260310031522.88412.etax-refund@nta-kanpu.example.com"
    date = "Tue, 10 Mar 2026 03:15:22 +0900"
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:sans-serif">
<table width="600" style="border:1px solid #ccc"><tr><td style="background:#003f8e;color:#fff;padding:10px">
<b>国税庁 e-Tax 還付金のお知らせ</b></td></tr>
<tr><td style="padding:16px">
<p>お客様各位</p>
<p>令和7年分の所得税の還付金（<b>48,600円</b>）が未受取となっております。<br>
受取期限は<span style="color:red">本日中</span>です。期限を過ぎますと還付を受けられなくなります。</p>
<p>下記のボタンから、受取口座とクレジットカード情報をご登録ください。</p>
<p style="text-align:center"><a href="https://nta-kanpu.example.com/etax/refund?id=8841207" style="background:#d00;color:#fff;padding:10px 30px;text-decoration:none">還付金を受け取る</a></p>
<p style="font-size:12px;color:#666">お問合せ番号：2026-0310-884120<br>国税庁 個人課税課</p>
</td></tr></table>
</body></html>
"""
    hdrs = [("Return-Path", "<info@nta-kanpu.example.com>"),
            ("Received", received("vps-7731.nta-kanpu.example.com", "203.0.113.251", qid(mid), recv_date(date))),
            ("Date", date),
            ("From", addr("国税庁", "info@nta-kanpu.example.com", "utf8")),
            ("To", INBOX),
            ("Subject", ew("【重要】還付金受取手続きのお知らせ（本日期限）", "utf8")),
            ("Message-ID", "<%s>" % mid)]
    eml = single(hdrs, html, "utf-8", "utf-8", "base64", ctype="text/html")
    add(56, "tax-refund-phishing-html-b64", "spam",
        "text/html only, UTF-8 base64 (table layout, button link)", "easy",
        "Fake tax-office refund phishing asking for card details: spam; 令和7年分 and the reference number are not data",
        eml, gold(mid, "spam"))


def m057():
    mid = "20251204100005.mm-5521.002231@mail.kango-staff-navi.example.jp"
    date = "Thu, 04 Dec 2025 10:00:05 +0900"
    body = """病院・クリニック・介護施設　採用ご担当者様

いつもお世話になっております。
看護師・介護士専門の人材紹介「かんごスタッフナビ」でございます。

━━━━━━━━━━━━━━━━━━━━━━━━━━
　年末年始の人手不足、ご不安はありませんか？
　常勤・非常勤・夜勤専従・単発まで、最短３日でご紹介！
━━━━━━━━━━━━━━━━━━━━━━━━━━

■ 登録看護師数　全国３２，０００名以上
■ 病棟・外来・訪問看護・老健・特養など、幅広い施設で実績多数
■ 紹介手数料は業界最安水準（理論年収の１５％〜）

北海道から沖縄まで、地方の医療機関さまも対応いたします。
今なら１２月中のお問い合わせで、初回紹介手数料を１０％割引いたします。

▼無料相談のお申込み
https://www.kango-staff-navi.example.jp/hospital/contact?utm=mail1204

かんごスタッフナビ（株式会社メディケアリンク）
フリーダイヤル 0120-847-302
※配信停止をご希望の方は、こちらからお手続きください。
https://www.kango-staff-navi.example.jp/optout
"""
    hdrs = [("Return-Path", "<bounce-5521@mail.kango-staff-navi.example.jp>"),
            ("Received", received("mta11.mail.kango-staff-navi.example.jp", "198.51.100.111", qid(mid), recv_date(date))),
            ("Date", date),
            ("From", addr("かんごスタッフナビ", "info@kango-staff-navi.example.jp", "jis")),
            ("To", INBOX),
            ("Subject", ew("【年末年始の人手不足に】看護師・介護士のご紹介、最短３日")),
            ("Message-ID", "<%s>" % mid),
            ("List-Unsubscribe", "<https://www.kango-staff-navi.example.jp/optout>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk")]
    eml = single(hdrs, body, "iso2022_jp", "ISO-2022-JP", "7bit")
    add(57, "nurse-staffing-agency-mass-mail-jis", "spam",
        "text/plain ISO-2022-JP 7bit; List-Unsubscribe + One-Click, Precedence: bulk; full-width digits", "medium",
        "Nurse-staffing agency's mass mail to employers: spam; 常勤・非常勤・単発, 老健・特養, 訪問看護, 全国/北海道/沖縄, １２月中 and a 配信停止 link must not make it hospital, general or unsubscribe",
        eml, gold(mid, "spam"))


def m058():
    mid = "20260116224410.77310.barrister@lawchambers-intl.example.com"
    date = "Fri, 16 Jan 2026 13:44:10 +0000"
    body = """Dear Friend,

I am Barrister James Okafor, a solicitor at law and the personal attorney to the late
Dr. Takeshi Yamamoto, a physician who worked with an international medical charity and
died in a car accident in 2021 with his entire family.

He left a deposit of USD 8,500,000 with a bank here, and all my efforts to locate his
relatives have failed. Because you share the same nationality and profession, I am
contacting you to stand as his next of kin so that the funds can be released to you.
We will share the money 50/50.

Please reply with your full name, age, occupation, address and telephone number so
that I can proceed with the paperwork immediately.

Yours faithfully,
Barrister James Okafor
"""
    hdrs = [("Return-Path", "<barrister.okafor@lawchambers-intl.example.com>"),
            ("Received", received("smtp.lawchambers-intl.example.com", "198.51.100.250", qid(mid), recv_date(date))),
            ("Date", date),
            ("From", "Barrister James Okafor <barrister.okafor@lawchambers-intl.example.com>"),
            ("Reply-To", "jokafor.chambers@freemail-box.example.com"),
            ("To", "undisclosed-recipients:;"),
            ("Subject", "CONFIDENTIAL: Next of kin to late Dr. Takeshi Yamamoto"),
            ("Message-ID", "<%s>" % mid)]
    eml = single(hdrs, body, "ascii", "iso-8859-1", "7bit")
    add(58, "english-next-of-kin-advance-fee", "spam",
        "text/plain iso-8859-1 label, ASCII 7bit; English; undisclosed-recipients; Reply-To to another domain; Date +0000", "easy",
        "Advance-fee 'next of kin' scam about a dead physician that asks for name, age and phone: spam; no person fields despite Dr., Reply-To and the signature",
        eml, gold(mid, "spam"))


def m059():
    mid = "20260414090233.3310.solar-denki@eco-energy-partners.example.jp"
    date = "Tue, 14 Apr 2026 09:02:33 +0900"
    body = """理事長様・事務長様

突然のご案内、失礼いたします。
医療・介護施設専門の省エネコンサルティング、エコエナジーパートナーズでございます。

電気代の高騰が続くなか、２４時間稼働の病院・老健・特養さまでは
電気料金が経営を大きく圧迫しております。

当社の「太陽光発電＋蓄電池　初期費用０円プラン」なら、
・電気代を平均２８％削減
・災害時の停電にも非常用電源として対応
・補助金申請も当社が代行

全国の医療法人さま４５０施設以上で導入実績がございます。
無料の電気代シミュレーションを、ぜひお試しください。

▼お申込みはこちら
https://www.eco-energy-partners.example.jp/iryou/simulation

エコエナジーパートナーズ株式会社
医療・介護事業部
TEL 0120-661-280
配信停止：https://www.eco-energy-partners.example.jp/stop
"""
    hdrs = [("Return-Path", "<mailer@eco-energy-partners.example.jp>"),
            ("Received", received("mta1.eco-energy-partners.example.jp", "203.0.113.199", qid(mid), recv_date(date))),
            ("Date", date),
            ("From", addr("エコエナジーパートナーズ", "info@eco-energy-partners.example.jp", "sjis")),
            ("To", INBOX),
            ("Subject", ew("【病院・介護施設さま限定】電気代２８％削減のご提案", "sjis")),
            ("Message-ID", "<%s>" % mid),
            ("List-Unsubscribe", "<https://www.eco-energy-partners.example.jp/stop>"),
            ("Precedence", "bulk")]
    eml = single(hdrs, body, "shift_jis", "Shift_JIS", "8bit")
    add(59, "solar-power-clinic-sales-sjis", "spam",
        "text/plain Shift_JIS 8bit; List-Unsubscribe, Precedence: bulk; full-width digits", "medium",
        "Solar-power sales mail to hospitals and care homes: spam; 病院・老健・特養, 医療法人, 全国 and 配信停止 appear but it is neither hospital nor unsubscribe",
        eml, gold(mid, "spam"))


def m060():
    mid = "20260222110418.52907.mailer@korea-beauty-shop.example.com"
    date = "Sun, 22 Feb 2026 11:04:18 +0900"
    body = """(광고) 고객님, 안녕하세요!

봄맞이 특별 할인 이벤트를 진행합니다.
인기 화장품 전 품목 최대 70% 할인, 3만원 이상 구매 시 무료 배송!

지금 바로 확인하세요: http://korea-beauty-shop.example.com/event

수신을 원하지 않으시면 수신거부를 클릭하세요.
"""
    hdrs = [("Return-Path", "<mailer@korea-beauty-shop.example.com>"),
            ("Received", received("mail.korea-beauty-shop.example.com", "198.51.100.177", qid(mid), recv_date(date))),
            ("Date", date),
            ("From", "=?ks_c_5601-1987?B?%s?= <mailer@korea-beauty-shop.example.com>"
             % base64.b64encode("뷰티샵".encode("euc_kr")).decode("ascii")),
            ("To", INBOX),
            ("Subject", "=?ks_c_5601-1987?B?%s?=" % base64.b64encode("(광고) 봄맞이 최대 70% 할인".encode("euc_kr")).decode("ascii")),
            ("Message-ID", "<%s>" % mid)]
    eml = single(hdrs, body, "euc_kr", "ks_c_5601-1987", "base64")
    add(60, "korean-cosmetics-spam-ks-c-5601", "spam",
        "text/plain charset=ks_c_5601-1987 base64 (decode as EUC-KR/CP949); From/Subject RFC 2047 ks_c_5601-1987 B", "medium",
        "Korean cosmetics advertisement: spam; the label ks_c_5601-1987 must still decode",
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
