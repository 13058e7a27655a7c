#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Development mails for madoguchi parse: 60 invented messages with gold labels.

    python3 generate.py [OUTDIR]     # writes NNN-slug.eml, NNN-slug.json, index.tsv

The gold follows the lead contract (docs/lead.md) and the conventions of
samples/README.md. People, institutions, numbers and addresses are invented; only
.example.jp / .example.com / .example.org domains are used. Output is deterministic.
MIME is assembled by hand through the helpers of ../tools/mailgen.py, so that every
byte, charset label and transfer encoding is what index.tsv says; CRLF throughout.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tools"))
from mailgen import (  # noqa: E402
    addr, crlf, cte_apply, ENC, ew, gmail_html, gold, html_divs, INBOX, KINKI, KYUSHU, leaf,
    multipart, MX, qid, quote, raw_part, received, recv_date, report, SANIN, SEC_SIG, single,
    std, TOHOKU, write_set)


MAILS = []


def add(num, slug, cat, enc, diff, desc, eml, g):
    MAILS.append(dict(num=num, slug=slug, cat=cat, enc=enc, diff=diff, desc=desc, eml=eml, gold=g))


def subj(text, cs):
    return text if text.isascii() else ew(text, cs)


def plain(mid, date, frm_name, frm_email, subject, body, enc, host, ip, extra=(), rp=None, to=INBOX):
    """A received single-part text mail in one of mailgen's ENC encodings -> bytes."""
    codec, label, cte, hcs = ENC[enc]
    frm = addr(frm_name, frm_email, None if not frm_name or frm_name.isascii() else hcs)
    hdrs = std(mid, date, frm, subj(subject, hcs), host, ip, to=to, rp=rp, extra=extra)
    return single(hdrs, body, codec, label, cte)


def pdf_part(filename):
    data = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    return raw_part('application/pdf;\n name*=UTF-8\'\'%s' % filename, data, "base64",
                    extra=[("Content-Disposition", "attachment;\n filename*=UTF-8''%s" % filename)])


TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.9.1"


# ======================================================================= doctor

def m001():
    mid = "20270111224710.7C2E.41A9D3F0@hakodate-mail.example.jp"
    date = "Mon, 11 Jan 2027 22:47:10 +0900"
    body = """地域医療マッチング事務局　御中

前略、夜分に長いメールを失礼いたします。
函館に住んでおります葛西惣一郎と申します。医者になってもう四十数年になります。

昨年の暮れに医師会の忘年会で、同期の者から貴事務局の話を聞きまして、
正月のあいだずっと考えておりましたが、思い切って書いてみることにしました。
何から書けばよいのか分からないので、思いつくままに書きます。読みにくかったらすみません。

私は昭和32年生まれで、年が明けて七十になりました。
専門は神経内科で、若いころは大学の医局から釧路や北見の病院に何年かずつ出ておりました。
その後函館に戻って開業はせず、ずっと勤務医です。
今は医療法人 北斗会 はこだて湾岸病院で、週に何日か、もの忘れ外来と頭痛外来を受け持っています。
内科一般の外来も長年やってきましたので、風邪や高血圧くらいなら今でも普通に診られます。

一昨年、家内に先立たれました。子どもたちは二人とも東京と札幌で所帯を持っており、
この家に一人でいると、正直なところ張り合いがありません。
釣りと温泉が趣味ですが、それだけで余生を過ごすのももったいない気がしまして。
それで、医者の少ない町でもう少し役に立てないかと思った次第です。

さて肝心の希望ですが、
常勤は体力的にもう難しいと思いますので、週3日程度の非常勤を考えております。
場所は北海道内か、海を渡ってもよければ青森・岩手あたりまでなら行けます。
車の運転はまだ問題ありません（冬道も慣れております）。
今の病院には3月いっぱいで区切りをつけると話してありますので、4月から動けます。

こんな年寄りでも登録できるものなのか、まずはそこを教えていただければ幸いです。
だらだらと書いてしまい申し訳ありません。
電話の方が早ければ、自宅 0138-52-7714 にお願いします（夜はたいてい居ります）。

草々

葛西 惣一郎
"""
    eml = plain(mid, date, "葛西 惣一郎", "kasai.soichiro@hakodate-mail.example.jp",
                "七十歳の神経内科医ですが登録できますか", body, "jis", "smtp.hakodate-mail.example.jp",
                "198.51.100.23", extra=[("X-Mailer", "Becky! ver. 2.82.03 [ja]")])
    g = gold(mid, "doctor", name="葛西 惣一郎", email="kasai.soichiro@hakodate-mail.example.jp",
             phone="0138527714", age=70, birth_year=1957,
             organization="医療法人 北斗会 はこだて湾岸病院", specialties=["脳神経内科", "内科"],
             prefectures=["北海道", "青森県", "岩手県"], employment=["part_time"], days_per_week=3,
             start="2027-04")
    add(1, "rambling-neurologist-widower-hakodate-jis", "doctor",
        "text/plain ISO-2022-JP 7bit (Becky!); From/Subject RFC 2047 ISO-2022-JP B", "medium",
        "Long rambling letter from a widowed neurologist: 昭和32年生まれ -> 1957 and 年が明けて七十になりました -> 70 (四十数年 is no age), 神経内科 -> 脳神経内科 plus 内科一般, 週3日程度の非常勤 (常勤は難しい adds nothing), 北海道内 + 青森・岩手, 4月から in January -> 2027-04; 釧路/北見 are his past, 東京/札幌 his children",
        eml, g)


def m002():
    mid = "0a1f93c4e7d2b58a@docomo-mail.example.jp"
    date = "Sat, 06 Mar 2027 07:12:55 +0900"
    body = """リウマチ内科の藤浪です。来月から週2日、山口か広島で外来できるところ探してます。
090-3318-6640
"""
    eml = plain(mid, date, "藤浪 亮", "ryo-fujinami.0319@docomo-mail.example.jp",
                "外来の求人", body, "utf8b", "mgw03.docomo-mail.example.jp", "203.0.113.71",
                extra=[("X-Mailer", "docomo mail 6.1")])
    g = gold(mid, "doctor", name="藤浪 亮", email="ryo-fujinami.0319@docomo-mail.example.jp",
             phone="09033186640", specialties=["膠原病・リウマチ内科"], prefectures=["山口県", "広島県"],
             employment=["part_time"], days_per_week=2, start="2027-04")
    add(2, "two-line-rheumatology-mobile-utf8b", "doctor",
        "text/plain UTF-8 base64 (mobile); From/Subject RFC 2047 UTF-8 B", "medium",
        "Two lines from a mobile: リウマチ内科 -> 膠原病・リウマチ内科, 来月から in March -> 2027-04, 週2日 -> part_time/2, 山口か広島 (bare names) -> 2 prefectures; full name only in the From display name",
        eml, g)


def m003():
    mid = "entry.20270409.153022.8817@form.md2-rm.example.org"
    date = "Fri, 09 Apr 2027 15:30:22 +0900"
    body = """ホームページの「医師のみなさまへ」ページより、以下のエントリーがありました。
内容をご確認のうえ、ご本人様へご連絡をお願いします。

◇御芳名：奥原 正臣
◇よみがな：おくはら まさおみ
◇生まれ年（和暦可）：S38年
◇満年齢：63
◇返信先アドレス：m.okuhara@kinki-net.example.com
◇日中連絡のつく番号：072-755-3091
◇お勤め先（現・前）：社会医療法人 朋和会 みなみ野総合病院（本年3月末退職）
◇ご専門（複数可）：消化器・内視鏡、一般内科
◇希望エリア：近畿（大阪・京都を除く）
◇働き方（常勤・非常勤・単発）：常勤希望
◇稼働可能日（週あたり）：
◇着任可能時期：2027年6月〜
◇ひとこと：
上部・下部内視鏡は今も年間千件ほど担当しています。
住まいは池田市ですが、単身赴任も考えています。

──────────────────
送信日時：2027/04/09 15:30:22
送信元IP：192.0.2.188
──────────────────
"""
    hdrs = [("Return-Path", "<entry@form.md2-rm.example.org>"),
            ("Received", "from web02.form.md2-rm.example.org (web02.form.md2-rm.example.org [192.0.2.42])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (MX, qid(mid), INBOX, recv_date(date, 1))),
            ("Date", date),
            ("From", addr("医師エントリー", "entry@form.md2-rm.example.org", "utf8")),
            ("To", INBOX),
            ("Subject", ew("【エントリー】奥原 正臣 様", "utf8")),
            ("Message-ID", "<%s>" % mid)]
    eml = single(hdrs, body, "utf-8", "UTF-8", "8bit")
    g = gold(mid, "doctor", name="奥原 正臣", name_kana="オクハラ マサオミ",
             email="m.okuhara@kinki-net.example.com", phone="0727553091", age=63, birth_year=1963,
             organization="社会医療法人 朋和会 みなみ野総合病院", specialties=["消化器内科", "内科"],
             prefectures=["三重県", "滋賀県", "兵庫県", "奈良県", "和歌山県"],
             employment=["full_time"], start="2027-06")
    add(3, "form-odd-labels-gastro-kinki-minus-two-utf8", "doctor",
        "text/plain UTF-8 8bit; site entry form (◇label：value); From/Subject RFC 2047 UTF-8 B", "hard",
        "Entry form with unusual labels (御芳名, 返信先アドレス, 日中連絡のつく番号): hiragana reading -> katakana, S38年 -> 1963 and 満年齢 63, 消化器・内視鏡/一般内科 -> 消化器内科/内科, 近畿 minus 大阪・京都 -> five prefectures, the option list 常勤・非常勤・単発 with the answer 常勤希望 -> full_time only, empty days field, 2027年6月〜; workplace without the bracketed note; 池田市 is his home",
        eml, g)


def m004():
    mid = "6e1b0c2a-93f7-4d15-b8a0-5f2d7c41e9a3@iyo-net.example.jp"
    date = "Tue, 16 Feb 2027 20:05:41 +0900"
    text = """今泉様

お返事が遅くなりました。越智です。
いただいたご質問に、そのまま書き込む形でお答えします。

> ・ご希望の勤務地（都道府県・地域）

四国のうち愛媛と高知を希望します。香川・徳島は通いきれないので外してください。

> ・ご希望の勤務形態（常勤／非常勤、週の日数など）

非常勤で、週に1日か2日くらいがちょうどよいです。
お産はもう引退しましたので、婦人科の外来のみでお願いします。

> ・勤務開始のご希望時期

再来月からなら動けます。

> ・生年（またはご年齢）

S29生まれです。

> ・日中のご連絡先

携帯 080-2231-7065 にお願いします。

今は松山の自宅近くのレディースクリニックを週1回だけ手伝っています。
どうぞよろしくお願いいたします。

越智 和子
"""
    quoted = """越智 和子 先生

このたびはご登録いただき、誠にありがとうございます。
ドクターセカンドキャリア 地域医療マッチング事務局の今泉と申します。

先生のご希望に合う求人をお探しするため、お手数ですが
以下の点についてお聞かせいただけますでしょうか。

・ご希望の勤務地（都道府県・地域）
・ご希望の勤務形態（常勤／非常勤、週の日数など）
・勤務開始のご希望時期
・生年（またはご年齢）
・日中のご連絡先

ご不明な点は、お電話（03-6675-9919）でもお気軽にお問い合わせください。

""" + SEC_SIG
    body = text + "\n2027/02/12 11:38、地域医療マッチング事務局 のメッセージ:\n\n" + quote(quoted) + "\n"
    eml = plain(mid, date, "越智 和子", "ochi-kazuko@iyo-net.example.jp",
                "Re: 【地域医療マッチング事務局】ご登録ありがとうございます", body, "jis",
                "mail.iyo-net.example.jp", "203.0.113.118",
                extra=[("In-Reply-To", "<reg.20270212113801.0093@md2-rm.example.org>"),
                       ("User-Agent", TB)])
    g = gold(mid, "doctor", name="越智 和子", email="ochi-kazuko@iyo-net.example.jp", phone="08022317065",
             birth_year=1954, specialties=["産婦人科"], prefectures=["愛媛県", "高知県"],
             employment=["part_time"], start="2027-04")
    add(4, "reply-inline-gynecology-ehime-kochi-jis", "doctor",
        "text/plain ISO-2022-JP 7bit (Thunderbird); answers written between the quoted questions; In-Reply-To", "hard",
        "Answers interleaved with our quoted questions: 四国のうち愛媛と高知 (香川・徳島 excluded) -> 2 prefectures, 週に1日か2日 -> part_time with days null (週1回 is her present job), 婦人科 -> 産婦人科, 再来月 in February -> 2027-04, S29生まれ -> 1954; the quoted block holds the secretariat phone; the clinic she helps is unnamed",
        eml, g)


def m005():
    mid = "000b01dd1a6e$2c8f4e10$85adea30$@toumou-u.example.jp"
    date = "Thu, 19 Nov 2026 12:44:03 +0900"
    body = """地域医療マッチング事務局
ご担当者様

お世話になります。東毛医科大学附属病院 放射線部の真柴と申します。

現在52歳、放射線診断専門医です。大学では主にCTとMRIの読影を担当してきましたが、
来年度から勤務の形を変えたいと考えており、貴事業に登録をお願いしたく連絡しました。

希望は以下です。
・業務：画像診断（CT、MRI、一般撮影）。遠隔読影の体制がある施設でも構いません
・勤務地：こだわりません。全国どこでも伺います
・勤務形態：非常勤、週2日
・その他：当直は不可です。家族の事情で夜間は対応できません

大学の仕事との兼ね合いで、平日は火曜と金曜が空けられそうです。
以上、ご検討のほどよろしくお願いいたします。

東毛医科大学附属病院 放射線部
真柴 拓也
TEL 0276-48-2215（医局直通）
"""
    eml = plain(mid, date, "真柴 拓也", "mashiba@toumou-u.example.jp", "登録希望（放射線科・非常勤）", body,
                "sjis", "mx.toumou-u.example.jp", "198.51.100.62",
                extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdzaVyyPThwRs1pF0k6WqR7bT2xM4A=="),
                       ("Content-Language", "ja")])
    g = gold(mid, "doctor", name="真柴 拓也", email="mashiba@toumou-u.example.jp", phone="0276482215", age=52,
             organization="東毛医科大学附属病院", specialties=["放射線科"], prefectures=["全国"],
             employment=["part_time"], days_per_week=2, start="2027-04")
    add(5, "radiologist-remote-reading-anywhere-sjis", "doctor",
        "text/plain Shift_JIS 8bit (Outlook); From/Subject RFC 2047 Shift_JIS B", "medium",
        "University radiologist: 画像診断/遠隔読影 -> 放射線科, 全国どこでも -> 全国, 非常勤 週2日, 当直は不可 is a refusal (no spot), 来年度 in November 2026 -> 2027-04; organization without 放射線部; 火曜と金曜 agrees with 2 days",
        eml, g)


def m006():
    mid = "20270122081530.5B7D@kagoshima-ortho.example.jp"
    date = "Fri, 22 Jan 2027 08:15:30 +0900"
    body = """地域医療マッチング事務局 御中

初めてご連絡いたします。鹿児島市で整形外科の勤務医をしております江口と申します。
本日は私自身のことではなく、大学時代からお世話になっている先輩医師についてのご相談です。

先輩の黒木忠興先生（66歳）は、医療法人 桜島会 さくらじま整形外科病院の副院長を
長く務めてこられましたが、この3月末で退職されます。
退職後は、若いころに勤務されていた奄美大島か徳之島あたり、
つまり鹿児島県の離島の病院で、もうしばらく常勤で診療を続けたいとのことです。

ご本人はメールがあまり得意ではなく、私が代わりに問い合わせることになりました。
ただ、今後のやり取りはご本人と直接していただいて構わないそうです。
　黒木先生のアドレス：kuroki.t@kagoshima-ortho.example.jp
　黒木先生の携帯：090-8815-4362
勤務開始は令和9年4月を希望されています。
関節外科・外傷が専門ですが、離島なので一般外来も厭わないとのことでした。

お手数をおかけしますが、よろしくお願いいたします。

――――――――――――――
江口 勇人
医療法人 桜島会 さくらじま整形外科病院 整形外科
TEL 099-226-3371（代表）
――――――――――――――
"""
    eml = plain(mid, date, "江口 勇人", "eguchi.h@kagoshima-ortho.example.jp",
                "先輩医師の登録について（整形外科・離島希望）", body, "jis", "mail.kagoshima-ortho.example.jp",
                "203.0.113.39", extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    g = gold(mid, "doctor", name="黒木忠興", email="kuroki.t@kagoshima-ortho.example.jp", phone="09088154362",
             age=66, organization="医療法人 桜島会 さくらじま整形外科病院", specialties=["整形外科"],
             prefectures=["鹿児島県"], employment=["full_time"], start="2027-04")
    add(6, "junior-writes-for-senior-ortho-islands-jis", "doctor",
        "text/plain ISO-2022-JP 7bit (Outlook); From/Subject RFC 2047 ISO-2022-JP B", "hard",
        "A junior colleague writes for a senior surgeon: name/age/organization are the senior's (黒木忠興, 66歳, the hospital he leaves), email and phone his own from the body (not the writer's From and 代表 TEL); 奄美大島/徳之島 as 鹿児島県の離島 -> 鹿児島県, 常勤, 令和9年4月; 3月末 is the retirement; 鹿児島市 is the writer's town",
        eml, g)


def m007():
    mid = "b5e0a7d1-2c44-4f0e-9b3a-71c6d8e2f015@outback-health.example.com"
    date = "Wed, 28 Oct 2026 08:15:09 +1100"
    body = """Dear Secretariat,

My name is Haruka Imamura. I am a Japanese doctor (Japanese medical licence, 
2003) and have been working in rural Australia for the last eleven years, 
currently as a senior medical officer in the emergency department of Wattle 
Creek District Hospital in New South Wales.

Out here I do a bit of everything: emergency medicine, inpatient care and 
what Australians call rural generalist work, which is close to family 
medicine in Japan. My parents are getting older and I have decided to move 
back to Japan.

I am 49 years old and would like to work full-time in a community that 
needs doctors, ideally in Okinawa or Kagoshima (I grew up near the sea and 
would be happy on an island). I could start from April 2027.

Could you let me know how to register, and whether my years abroad are a 
problem for hospitals? Australian time is two hours ahead of Japan at the 
moment, so email is easiest. If you prefer to call, my Japanese mobile is 
+81 80-4410-2297 (on roaming, please leave a message).

Kind regards,
Haruka Imamura
"""
    hdrs = std(mid, date, "Haruka Imamura <haruka.imamura@outback-health.example.com>",
               "Registration - Japanese emergency physician returning from Australia",
               "mail.outback-health.example.com", "198.51.100.201",
               extra=[("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.6; rv:128.0) Gecko/20100101 Thunderbird/128.9.0")])
    eml = single(hdrs, body, "us-ascii", "UTF-8", "7bit", extra="; format=flowed")
    g = gold(mid, "doctor", name="Haruka Imamura", email="haruka.imamura@outback-health.example.com",
             phone="08044102297", age=49, organization="Wattle Creek District Hospital",
             specialties=["救急科", "総合診療科"], prefectures=["沖縄県", "鹿児島県"],
             employment=["full_time"], start="2027-04")
    add(7, "english-emergency-physician-australia-flowed", "doctor",
        "text/plain UTF-8 label, ASCII-only 7bit, format=flowed (Thunderbird); English; Date +1100", "medium",
        "Japanese doctor in rural Australia writes in English: emergency medicine + family medicine (rural generalist) -> 救急科/総合診療科, 49 years old, Okinawa or Kagoshima, full-time from April 2027 (Date +1100); licence year 2003 is no birth year, +81 80 -> 080 mobile, organization the Australian hospital",
        eml, g)


def m008():
    mid = "001c01dd4b2f$8a17e6c0$9e47b440$@komorebi-kids.example.jp"
    date = "Mon, 07 Dec 2026 13:26:48 +0900"
    body = """地域医療マッチング事務局
今泉様

お世話になっております。能登谷です。
先日ご紹介いただいた件、ありがとうございました。

①富山の小児科外来（週1日）について
　大変ありがたいお話ですが、診療所からの距離を考えると通うのは難しく、今回は見送らせてください。
②その代わりと言っては何ですが
　石川県内であれば、乳幼児健診や予防接種のスポット（単発）なら月に数回はお手伝いできます。
　自院の休診日が木曜なので、木曜であれば調整しやすいです。
③年齢のこと
　当方もう62歳ですが、健診程度であれば体力的には問題ありません。

引き続きよろしくお願いいたします。

医療法人社団 こもれび会 こもれび小児科クリニック
院長　能登谷 修
〒920-0965 石川県金沢市笠市町5-18
TEL 076-232-0486　FAX 076-232-0487

-----Original Message-----
From: 地域医療マッチング事務局 <md@md2-rm.example.org>
Sent: Friday, December 4, 2026 4:02 PM
To: 能登谷 修 <notoya@komorebi-kids.example.jp>
Subject: 【地域医療マッチング事務局】求人のご紹介

能登谷 修 先生

いつもお世話になっております。地域医療マッチング事務局の今泉です。
先生のご希望に近い求人がございましたので、ご紹介いたします。

　所在地：富山県南砺市
　診療科：小児科（一般外来）
　勤務形態：非常勤　週1日（水曜）
　開始時期：2027年1月から

ご興味がございましたら、ご返信いただけますと幸いです。

""" + SEC_SIG + "\n"
    eml = plain(mid, date, "能登谷 修", "notoya@komorebi-kids.example.jp",
                "RE: 【地域医療マッチング事務局】求人のご紹介", body, "msjis", "smtp.komorebi-kids.example.jp",
                "203.0.113.84", extra=[("X-Mailer", "Microsoft Outlook 16.0"),
                                      ("Thread-Index", "AQHcZHt0n2dRk1vSxEeF7Jg0aTcBqQ=="),
                                      ("In-Reply-To", "<intro.20261204160210.0417@md2-rm.example.org>")])
    g = gold(mid, "doctor", name="能登谷 修", email="notoya@komorebi-kids.example.jp", phone="0762320486",
             age=62, organization="医療法人社団 こもれび会 こもれび小児科クリニック",
             specialties=["小児科", "健診"], prefectures=["石川県"], employment=["spot"])
    add(8, "outlook-reply-declines-toyama-offers-spot-msjis", "doctor",
        "text/plain iso-2022-jp 7bit with CP932 rows ①②③ (Outlook); -----Original Message----- quote; In-Reply-To", "hard",
        "Paediatric clinic director declines the introduced post in 富山県 and offers 乳幼児健診 spot work in 石川県 instead: 小児科 + 健診, spot only (週1日/非常勤/2027年1月 belong to the quoted listing), 62歳, 月に数回 -> days null, no start; the quote holds 富山県南砺市 and the secretariat phone",
        eml, g)


def m009():
    mid = "5E7C1A2B-93D0-4F6B-A8E1-0C44B7D9F213@ezweb-mail.example.jp"
    date = "Sun, 14 Feb 2027 21:03:37 +0900"
    text = """はじめまして。眼科の宇佐美です（平成3年生まれ）
子育てが少し落ち着いたので、山陰で週1回の外来をやりたいです。4月以降で。
宇佐美 沙織 / 070-5521-8843

iPhoneから送信
"""
    html = html_divs(text, "UTF-8", style="font-family:-apple-system,sans-serif")
    codec, label, cte, hcs = ENC["utf8b"]
    hdrs = std(mid, date, addr("宇佐美沙織", "saori.u-0722@ezweb-mail.example.jp", "utf8"),
               ew("外来のお手伝い", "utf8"), "mta5.ezweb-mail.example.jp", "203.0.113.165",
               extra=[("X-Mailer", "iPhone Mail (21D61)")])
    eml = single(hdrs, html, "utf-8", "UTF-8", "base64", ctype="text/html")
    g = gold(mid, "doctor", name="宇佐美 沙織", email="saori.u-0722@ezweb-mail.example.jp", phone="07055218843",
             birth_year=1991, specialties=["眼科"], prefectures=["鳥取県", "島根県"], employment=["part_time"],
             days_per_week=1, start="2027-04")
    add(9, "iphone-html-ophthalmologist-sanin-utf8b", "doctor",
        "text/html only, UTF-8 base64 (iPhone); From/Subject RFC 2047 UTF-8 B", "medium",
        "Three HTML lines from an iPhone: 平成3年生まれ -> 1991 (no age), 眼科, 山陰 -> 鳥取県/島根県, 週1回 -> part_time/1, 4月以降 in February -> 2027-04; name spaced in the body, unspaced in the From",
        eml, g)


def m010():
    mid = "3f8e2c1d-6a0b-47e9-b2d4-98c1e5a7f360@fukui-med.example.jp"
    date = "Wed, 21 Oct 2026 23:18:02 +0900"
    text = """今泉さま

ご丁寧なお返事をありがとうございました。
お問い合わせいただいた点について、まとめてお返事します。

病理医として三十年あまり顕微鏡をのぞいてまいりましたが、
大学の定年を前に、来春には今の職場を離れるつもりです。
地方の病院には常勤の病理医がいないところが多いと聞きます。
術中迅速診断や細胞診も含めて、病理診断の仕事で地域の病院を支えられればと思っています。
研修医のころは内科にいましたので、一般内科の外来の手伝いも多少はできます。

年齢は五十八歳です。体力はまだありますので、常勤で考えています。
場所は福井県の嶺南か、岐阜県の飛騨のほうを希望します。
どちらも学生時代に実習でお世話になった土地です。

以上、よろしくお願いします。

丹生谷 誠
"""
    quoted = """丹生谷 誠 先生

お問い合わせいただき、ありがとうございます。
地域医療マッチング事務局の今泉でございます。

ご登録にあたり、先生のご専門、ご年齢、ご希望の勤務形態と勤務地を
お知らせいただけますと、求人のご案内がしやすくなります。

""" + SEC_SIG
    body = text + "\n2026/10/20 17:45 に 地域医療マッチング事務局 さんは書きました:\n" + quote(quoted) + "\n"
    eml = plain(mid, date, "丹生谷 誠", "nyuya.makoto@fukui-med.example.jp",
                "Re: お問い合わせありがとうございます", body, "utf8q", "mail.fukui-med.example.jp",
                "198.51.100.96", extra=[("In-Reply-To", "<ans.20261020174512.0221@md2-rm.example.org>"),
                                       ("User-Agent", TB)])
    g = gold(mid, "doctor", name="丹生谷 誠", email="nyuya.makoto@fukui-med.example.jp", age=58,
             specialties=["病理診断科", "内科"], prefectures=["福井県", "岐阜県"],
             employment=["full_time"])
    add(10, "reply-pathologist-regional-hospitals-utf8qp", "doctor",
        "text/plain UTF-8 quoted-printable (Thunderbird, Japanese attribution); In-Reply-To", "medium",
        "Thunderbird reply from a university pathologist: 五十八歳 -> 58 (三十年 is no age), 病理診断 -> 病理診断科 + 一般内科の外来 -> 内科, 常勤, 福井県の嶺南/岐阜県の飛騨 -> 2 prefectures, 来春 alone -> start null; no phone, the university is unnamed",
        eml, g)


def m011():
    mid = "20260819104427.19F3.8A2C5E71@asama-kokoro.example.jp"
    date = "Wed, 19 Aug 2026 10:44:27 +0900"
    body = """地域医療マッチング事務局 御中

はじめまして。医療法人 あさま会 浅間こころの病院で精神科医をしております、
小宮山 征四郎（こみやま せいしろう）と申します。

昭和41年生で、先月ちょうど還暦を迎えました。
今の病院の仕事は続けるつもりですが、空いた時間で、
特別養護老人ホームや老健の嘱託医のような形でお手伝いできればと考えております。
認知症の方の診療や、施設スタッフへの助言などが中心になるかと思います。

頻度は月2〜3回程度、場所は長野県の北信地域（中野・飯山のあたり）を希望します。
開始は10月からでお願いできればと思います。

ご検討よろしくお願いいたします。

小宮山 征四郎
携帯 090-1957-6634
"""
    eml = plain(mid, date, "小宮山 征四郎", "s-komiyama@asama-kokoro.example.jp",
                "施設の嘱託医を希望します（精神科）", body, "euc", "mail.asama-kokoro.example.jp",
                "203.0.113.147", extra=[("User-Agent", "Sylpheed 3.8.0 (GTK+ 2.24.33; x86_64-pc-linux-gnu)")])
    g = gold(mid, "doctor", name="小宮山 征四郎", name_kana="コミヤマ セイシロウ",
             email="s-komiyama@asama-kokoro.example.jp", phone="09019576634", birth_year=1966,
             organization="医療法人 あさま会 浅間こころの病院", specialties=["精神科", "老健・介護施設"],
             prefectures=["長野県"], employment=["part_time"], start="2026-10")
    add(11, "psychiatrist-care-home-visits-nagano-eucjp", "doctor",
        "text/plain EUC-JP 8bit (Sylpheed); From/Subject RFC 2047 EUC-JP B", "medium",
        "Psychiatrist who keeps his post wants to be a care-home 嘱託医: 特養/老健 -> 老健・介護施設 plus 精神科, 嘱託 -> part_time, 月2〜3回 -> days null, 昭和41年生 -> 1966 but 還暦 gives no age, hiragana reading in brackets, 北信 with 中野・飯山 and 長野県 named, 10月から in August -> 2026-10; 1957 in the mobile number is no birth year",
        eml, g)


def m012():
    mid = "002a01dd2f8c$1b3e5d60$51bb1820$@aobadai-hp.example.jp"
    date = "Mon, 15 Mar 2027 19:52:14 +0900"
    body = """地域医療マッチング事務局　ご担当者様

お世話になります。登録をお願いしたく、ご連絡しました。
履歴書の様式がわからなかったので、自分で作った表をそのまま貼り付けます。
見づらかったら申し訳ありません。

氏名\t永瀬 智恵
フリガナ\tナガセ チエ
年齢\t満47歳
現勤務先\t社会福祉法人 恩和会 あおば台病院（麻酔科医長）
専門\t麻酔科（ペインクリニック外来も担当）
資格\t麻酔科専門医、ペインクリニック専門医
希望勤務地\t全国（単身赴任可）
希望形態\t常勤
着任時期\t令和9年10月
連絡先\t080-6627-1940（携帯）

子どもが大学に入り手が離れたので、これまでと違う土地で働いてみたいと思っています。
手術件数の多い病院でなくても、地域の病院の麻酔を支える仕事に関心があります。
よろしくお願いいたします。

永瀬 智恵
"""
    codec, label, cte, hcs = "cp932", "shift_jis", "8bit", "cp932"
    hdrs = std(mid, date, addr("永瀬 智恵", "nagase.chie@aobadai-hp.example.jp", "cp932"),
               ew("医師登録のお願い（麻酔科）", "cp932"), "smtp.aobadai-hp.example.jp", "198.51.100.48",
               extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    eml = single(hdrs, body, codec, label, cte)
    g = gold(mid, "doctor", name="永瀬 智恵", name_kana="ナガセ チエ", email="nagase.chie@aobadai-hp.example.jp",
             phone="08066271940", age=47, organization="社会福祉法人 恩和会 あおば台病院",
             specialties=["麻酔科"], prefectures=["全国"], employment=["full_time"], start="2027-10")
    add(12, "pasted-table-anaesthetist-anywhere-cp932", "doctor",
        "text/plain CP932 labelled shift_jis 8bit (Outlook); tab-separated table pasted into the body; From/Subject RFC 2047 Shift_JIS B", "medium",
        "Mid-career anaesthetist pastes a tab-separated résumé table: 満47歳 -> 47, katakana reading, 麻酔科 + ペインクリニック -> 麻酔科, 全国（単身赴任可）-> 全国, 常勤, 令和9年10月 -> 2027-10; organization without the bracketed 麻酔科医長",
        eml, g)


def m013():
    mid = "20261208073355.GA44120@mx.hakata-gp.example.jp"
    date = "Tue, 08 Dec 2026 07:33:55 +0900"
    body = """事務局御中

突然のメールにて失礼します。末永啓介と申します。六十四歳、総合診療医です。

福岡市の大学病院で総合診療部の教員を長く務め、昨年退職してからは
知人のクリニックで訪問診療をときどき手伝う程度の生活をしております。
このまま隠居するにはまだ早いと思い、もう一度常勤で地域に出ようと決めました。

九州なら福岡以外どこでも結構です。福岡は医者が足りていますので。
外来・病棟・訪問診療、何でもやります。
開始は年度明け（4月）からを希望します。

取り急ぎご連絡まで。
末永 啓介
092-845-6103
"""
    eml = plain(mid, date, "末永 啓介", "suenaga.k@hakata-gp.example.jp", "常勤希望（総合診療）",
                body, "jis", "mx.hakata-gp.example.jp", "198.51.100.77",
                extra=[("User-Agent", "Mutt/2.2.13 (2024-03-09)")])
    g = gold(mid, "doctor", name="末永 啓介", email="suenaga.k@hakata-gp.example.jp", phone="0928456103", age=64,
             specialties=["総合診療科", "在宅医療"],
             prefectures=["佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県"],
             employment=["full_time"], start="2027-04")
    add(13, "generalist-kyushu-except-fukuoka-jis", "doctor",
        "text/plain ISO-2022-JP 7bit (Mutt); From/Subject RFC 2047 ISO-2022-JP B", "hard",
        "Retired academic generalist: 六十四歳 -> 64, 総合診療医/訪問診療 -> 総合診療科/在宅医療, 九州なら福岡以外どこでも -> the six other Kyushu prefectures (not 全国, not 福岡県), 常勤, 年度明け（4月）in December -> 2027-04; the university and the friend's clinic are unnamed",
        eml, g)


def m014():
    mid = "A3D5F0E2-7B19-4C8A-9E26-51F0B84C7D12@morinomiyako-hp.example.jp"
    date = "Sun, 28 Feb 2027 17:30:12 -0800"
    body = """地域医療マッチング事務局
ご担当者様

学会でサンフランシスコに来ており、ホテルから失礼いたします。
仙台の医療法人 青葉杜会 杜の都記念病院で内分泌代謝科の部長をしております、鳥海研一と申します。55歳です。

母が秋田の実家で一人暮らしをしており、月に何度か様子を見に帰っています。
どうせ帰るのなら、地元で少しでも診療のお手伝いができないかと考えるようになりました。
今の病院は続けますので、非常勤で週1日、月曜であれば確実に休みが取れます。

・診療内容：糖尿病を中心に、甲状腺などの内分泌疾患。一般内科の外来も可
・勤務地：秋田県（県南の横手・湯沢あたりだと実家から通えます）
・開始：来月から可能です

なお、帰国は3月5日の予定です。それまではメールでご連絡いただければ幸いです。

鳥海 研一
携帯 090-2284-5137
"""
    hdrs = std(mid, date, addr("鳥海 研一", "chokai.k@morinomiyako-hp.example.jp", "utf8"),
               ew("秋田での非常勤勤務について（糖尿病・内分泌）", "utf8"), "smtp.morinomiyako-hp.example.jp",
               "198.51.100.114", extra=[("X-Mailer", "Apple Mail (2.3774.600.62)")])
    eml = single(hdrs, body, "utf-8", "UTF-8", "8bit")
    g = gold(mid, "doctor", name="鳥海 研一", email="chokai.k@morinomiyako-hp.example.jp", phone="09022845137",
             age=55, organization="医療法人 青葉杜会 杜の都記念病院",
             specialties=["糖尿病・内分泌内科", "内科"], prefectures=["秋田県"], employment=["part_time"],
             days_per_week=1, start="2027-04")
    add(14, "endocrinologist-san-francisco-akita-minus8-utf8", "doctor",
        "text/plain UTF-8 8bit (Apple Mail); From/Subject RFC 2047 UTF-8 B; Date -0800", "hard",
        "Endocrinologist writing from a congress abroad: Date 28 Feb 17:30 -0800 is 1 March 10:30 in Tokyo, so 来月から -> 2027-04 (not 2027-03), 内分泌代謝科/糖尿病 -> 糖尿病・内分泌内科 + 一般内科 -> 内科, 55歳, 非常勤 週1日, 秋田県 with 横手・湯沢; 3月5日 is his return flight; name spaced in the signature",
        eml, g)


def m015():
    mid = "20270114162041.3A0F.C71B55E9@sakuradori-derma.example.jp"
    date = "Thu, 14 Jan 2027 16:20:41 +0900"
    body = """地域医療マッチング事務局 御中

はじめてメールいたします。横浜市でさくら通り皮膚科クリニックを営んでおります、立川と申します。

令和元年に開業し、細々と続けてまいりましたが、私も66才になり、
後継ぎもおりませんので、この3月で閉院することにいたしました。
患者さんの引き継ぎ先もおおむね決まり、ようやく先のことを考えられるようになったところです。

閉院後は、生まれ故郷の新潟に戻り、皮膚科の医師が少ない地域で働きたいと考えております。
佐渡でも構いません。むしろ行ってみたいくらいです。
常勤でも非常勤でも、先方のご都合に合わせます。
始めるのは、片付けのことも考えて令和9年5月の連休明けからが有難いです。

よろしくお願いいたします。

立川 伸吾
さくら通り皮膚科クリニック
TEL 045-862-3370（3月末まで）
"""
    eml = plain(mid, date, "立川 伸吾", "tachikawa@sakuradori-derma.example.jp",
                "閉院後の勤務先について（皮膚科）", body, "jis", "mail.sakuradori-derma.example.jp",
                "203.0.113.57", extra=[("X-Mailer", "Becky! ver. 2.81.08 [ja]")])
    g = gold(mid, "doctor", name="立川 伸吾", email="tachikawa@sakuradori-derma.example.jp", phone="0458623370",
             age=66, organization="さくら通り皮膚科クリニック", specialties=["皮膚科"], prefectures=["新潟県"],
             employment=["full_time", "part_time"], start="2027-05")
    add(15, "dermatologist-closing-clinic-niigata-reiwa-gannen-jis", "doctor",
        "text/plain ISO-2022-JP 7bit (Becky!); From/Subject RFC 2047 ISO-2022-JP B", "medium",
        "Dermatologist closing the clinic he opened in 令和元年 (no birth year: that is the opening), 66才 -> 66, 新潟/佐渡 -> 新潟県, 常勤でも非常勤でも -> both, 令和9年5月の連休明け -> 2027-05 (3月 is the closure); organization his clinic as written, phone the clinic line",
        eml, g)


def m016():
    mid = "20261017120833.8841.jinbo-f@softbank-mail.example.jp"
    date = "Sat, 17 Oct 2026 12:08:33 +0900"
    body = """透析専門でやってます、神保です。67になります。
もとは腎臓内科ですが、ここ15年は透析ｸﾘﾆｯｸばかりです。
群馬で週3回、透析の管理できるところありませんか？再来月からOKです。
ﾒｰﾙか携帯(080-5120-4471)にお願いします。
神保文子
"""
    eml = plain(mid, date, None, "jinbo-f@softbank-mail.example.jp", "透析の仕事", body, "sjis",
                "mfmta01.softbank-mail.example.jp", "203.0.113.62", extra=[("X-Mailer", "SoftBank mail 3.2")])
    g = gold(mid, "doctor", name="神保文子", email="jinbo-f@softbank-mail.example.jp", phone="08051204471",
             age=67, specialties=["透析", "腎臓内科"], prefectures=["群馬県"], employment=["part_time"],
             days_per_week=3, start="2026-12")
    add(16, "mobile-dialysis-gunma-hwkana-sjis", "doctor",
        "text/plain Shift_JIS 8bit with half-width katakana (mobile); Subject RFC 2047 Shift_JIS B; bare From", "medium",
        "Terse mobile mail: 67になります -> 67, 透析 + 腎臓内科 (her original field), 群馬 -> 群馬県, 週3回 -> part_time/3, 再来月 in October -> 2026-12; name only in the body, unspaced; 15年 is no age",
        eml, g)


def m017():
    mid = "4c2d8e1f0a7b@kurashiki-east.example.jp"
    date = "Mon, 10 May 2027 09:02:17 +0900"
    text = """地域医療マッチング事務局
ご担当者様

拝啓　新緑の候、貴事務局におかれましては益々ご清祥のこととお慶び申し上げます。

私こと、昭和二十七年の生まれで、本年七十五歳となります。
医療法人 瀬戸内会 くらしき東病院にて十八年間院長を務めてまいりましたが、
本年三月末をもちまして後進に道を譲り、退任いたしました。

退任後しばらくは家内と旅行などしておりましたが、やはり診療から離れますと落ち着かず、
医師の少ない地域で今一度お役に立ちたいと思うに至りました。
専門は老年科で、長く内科全般の外来と病棟を診てまいりました。
往診の経験も豊富でございます。

つきましては、下記の条件にて貴事業への登録をお願い申し上げます。

　一、勤務地　　中国地方（ただし広島県は除く）
　一、勤務形態　非常勤（週3日）
　一、勤務開始　令和9年9月より

広島県を除きますのは、長男が広島で開業しており、
地域の事情で差し障りがあってはと考えたためでございます。

末筆ながら、貴事務局の益々のご発展をお祈り申し上げます。

敬具

令和九年五月十日
倉敷市　藤原 惟明
電話　086-465-2218
"""
    html = "<html><body style=\"font-family:'MS Mincho',serif\">\n" + "".join(
        "<p>%s</p>\n" % l.replace("&", "&amp;").replace("<", "&lt;") if l else "<p>&nbsp;</p>\n"
        for l in text.rstrip("\n").split("\n")) + "</body></html>\n"
    hdrs = std(mid, date, addr("藤原 惟明", "fujiwara.k@kurashiki-east.example.jp", "utf8"),
               ew("医師登録のお願い", "utf8"), "mail.kurashiki-east.example.jp", "198.51.100.133",
               extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    parts = [leaf(text, "utf-8", "utf-8", "base64"), leaf(html, "utf-8", "utf-8", "base64", ctype="text/html")]
    eml = multipart(hdrs, "alternative", "----=_NextPart_000_0041_01DDC1A2.6F3B8E40", parts,
                    preamble="This is a multi-part message in MIME format.")
    g = gold(mid, "doctor", name="藤原 惟明", email="fujiwara.k@kurashiki-east.example.jp", phone="0864652218",
             age=75, birth_year=1952, organization="医療法人 瀬戸内会 くらしき東病院",
             specialties=["老年内科", "内科", "在宅医療"], prefectures=["鳥取県", "島根県", "岡山県", "山口県"],
             employment=["part_time"], days_per_week=3, start="2027-09")
    add(17, "formal-letter-retired-director-chugoku-minus-hiroshima-alt", "doctor",
        "multipart/alternative: text/plain + text/html, both UTF-8 base64 (Outlook); From/Subject RFC 2047 UTF-8 B", "hard",
        "Formal letter (拝啓…敬具, 一、 items) from a retired hospital director: 昭和二十七年 -> 1952 and 本年七十五歳 -> 75 in kanji (十八年間 is no age), 老年科/内科全般/往診 -> 老年内科/内科/在宅医療, 中国地方 minus 広島県 -> four prefectures, 非常勤 週3日, 令和9年9月 -> 2027-09; 三月末 is his retirement, 令和九年五月十日 the letter's date",
        eml, g)


def m018():
    mid = "20261209184000.71BE.bando-w@awa-net.example.jp"
    date = "Wed, 09 Dec 2026 18:40:00 +0900"
    body = """地域医療マッチング事務局
ご担当者さま

徳島市内の病院で小児外科医をしております、板東航と申します。48歳です。

小児外科は手術件数が減っており、週のうち1日程度は院外で働いてよいことになりました。
せっかくなので、小児科医が足りない県南の町で、こどもの外来をお手伝いできないかと考えています。

・希望：平日週1日の小児科外来と、月に1〜2回程度の日直
・場所：徳島県の県南（海陽町や牟岐町のあたり）
・開始：2027年2月から

本務先の許可は得ております。ご検討いただけますと幸いです。

板東 航
"""
    eml = plain(mid, date, "板東 航", "bando-w@awa-net.example.jp", "小児科外来のお手伝い（徳島県南）",
                body, "jis", "smtp.awa-net.example.jp", "198.51.100.151",
                extra=[("User-Agent", TB)])
    g = gold(mid, "doctor", name="板東 航", email="bando-w@awa-net.example.jp", age=48,
             specialties=["小児外科", "小児科"], prefectures=["徳島県"], employment=["part_time", "spot"],
             days_per_week=1, start="2027-02")
    add(18, "pediatric-surgeon-weekday-clinic-tokushima-jis", "doctor",
        "text/plain ISO-2022-JP 7bit (Thunderbird); From/Subject RFC 2047 ISO-2022-JP B", "medium",
        "Paediatric surgeon with a day a week free: 小児外科 + 小児科外来 -> 2 fields, 48歳, 平日週1日 + 月に1〜2回の日直 -> part_time+spot with 1 day, 徳島県の県南 (海陽町/牟岐町 are his wish, not a municipality field), 2027年2月; his hospital in 徳島市 is unnamed",
        eml, g)


def m019():
    mid = "CAH3xQm7pZ0rT2vKb9LdW4nYe6fJ8sGc1uA5oI2kM7hN3wE@mail.gmail.example.com"
    date = "Tue, 13 Apr 2027 22:10:05 +0900"
    text = """地域医療マッチング事務局　御中

はじめまして。川崎湾岸総合病院の総合診療科で、ホスピタリストとして働いている沼尻と申します。
医師18年目、42歳です。

大学では感染症科に所属していたこともあり、病棟の感染症診療や抗菌薬の相談役のような仕事も得意です。
東北出身ではないのですが、学生のころの実習で青森の病院にお世話になり、
いつか北の地域医療に関わりたいとずっと思っていました。

希望は次のとおりです。
・勤務地：青森県か秋田県
・勤務形態：常勤
・時期：2027年8月から（子どもの学校の区切りに合わせたいので）

家族4人での移住になりますので、住まいの相談にも乗っていただけるとありがたいです。

沼尻 千尋
090-7743-2086
"""
    hdrs = std(mid, date, addr("沼尻千尋", "chihiro.numajiri@gmail.example.com", "utf8"),
               ew("青森・秋田での常勤を希望します", "utf8"), "mail-sor-f41.gmail.example.com", "203.0.113.241")
    parts = [leaf(text, "utf-8", "UTF-8", "quoted-printable"),
             leaf(gmail_html(text), "utf-8", "UTF-8", "quoted-printable", ctype="text/html")]
    eml = multipart(hdrs, "alternative", "000000000000b7e1a20629f8c4d1", parts)
    g = gold(mid, "doctor", name="沼尻 千尋", email="chihiro.numajiri@gmail.example.com", phone="09077432086",
             age=42, organization="川崎湾岸総合病院", specialties=["総合診療科", "感染症内科"],
             prefectures=["青森県", "秋田県"], employment=["full_time"], start="2027-08")
    add(19, "gmail-hospitalist-infectious-aomori-akita-alt", "doctor",
        "multipart/alternative (Gmail): text/plain + text/html, UTF-8 quoted-printable; From/Subject RFC 2047 UTF-8 B", "medium",
        "Hospitalist with infectious-disease training: ホスピタリスト/総合診療科 + 感染症科 -> 総合診療科/感染症内科, 42歳 (医師18年目 is no age), 青森県か秋田県 (東北出身ではない is no region wish), 常勤, 2027年8月 -> 2027-08; organization without 総合診療科",
        eml, g)


def m020():
    mid = "20270514112540.52D7.E0A41C93@hinode-kisen.example.jp"
    date = "Fri, 14 May 2027 11:25:40 +0900"
    text = """地域医療マッチング事務局 御中

はじめまして。岩崎周平と申します。61歳の内科医です。

大学病院と市中病院で内科を三十年ほど務めたあと、この三年間は
日之出汽船株式会社の船医として、外航の貨物船に乗っておりました。
この5月末で下船し、陸に戻ることになりましたので、次の職場を探しております。

海での暮らしが長かったせいか、島での診療に惹かれます。
瀬戸内の島、たとえば香川の小豆島や、岡山の笠岡諸島のあたりで、
常勤の内科医として働ける病院・診療所があればご紹介ください。
船の上では急病人の対応も一人でこなしてきましたので、夜間の急患にも慣れております。
7月1日から勤務可能です。

履歴書を添付いたします。ご確認のほどよろしくお願いいたします。

岩崎 周平
携帯：080-9931-2640
"""
    fname = "%E5%B1%A5%E6%AD%B4%E6%9B%B8_%E5%B2%A9%E5%B4%8E%E5%91%A8%E5%B9%B3.pdf"
    hdrs = std(mid, date, addr("岩崎 周平", "s.iwasaki@hinode-kisen.example.jp", "jis"),
               ew("登録希望（内科・元船医）", "jis"), "mail.hinode-kisen.example.jp", "198.51.100.88",
               extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    parts = [leaf(text, "iso2022_jp", "ISO-2022-JP", "7bit"), pdf_part(fname)]
    eml = multipart(hdrs, "mixed", "----=_NextPart_000_0017_01DDC4B2.7A1E5C30", parts,
                    preamble="This is a multi-part message in MIME format.")
    g = gold(mid, "doctor", name="岩崎 周平", email="s.iwasaki@hinode-kisen.example.jp", phone="08099312640",
             age=61, organization="日之出汽船株式会社", specialties=["内科"], prefectures=["香川県", "岡山県"],
             employment=["full_time"], start="2027-07-01")
    add(20, "ships-doctor-seto-islands-pdf-rfc2231", "doctor",
        "multipart/mixed: text/plain ISO-2022-JP 7bit + application/pdf with an RFC 2231 UTF-8 file name (履歴書_岩崎周平.pdf)", "medium",
        "A ship's doctor coming ashore: 61歳 (三十年/三年間 are no ages), organization the shipping company, 内科 (the sick sailors he treated alone are experience, not a field), 瀬戸内の島 with 香川の小豆島/岡山の笠岡諸島 -> 香川県/岡山県, 常勤, 7月1日から -> 2027-07-01 (5月末 is when he leaves the ship)",
        eml, g)


def m021():
    mid = "f07c3b1e-85a2-4d9c-a6e0-2b71d9e4c58f@miyagi-minami.example.jp"
    date = "Thu, 03 Dec 2026 19:47:22 +0900"
    body = """地域医療マッチング事務局
ご担当者様

お世話になります。医療法人 蔵王会 みやぎ南総合病院 血液内科の羽田野と申します。
1969年生まれです。

白血病や悪性リンパ腫の治療に長く携わってまいりましたが、
これからは専門にこだわらず、地域の病院で内科全般を診る医師として働きたいと考えるようになりました。
血液疾患の経験は、貧血や血球減少の相談などでお役に立てると思います。

勤務地は山形県か福島県、特に県境に近い地域を希望します。
常勤を希望しており、令和9年度（4月）から勤務できるよう、現在の病院と調整中です。

どうぞよろしくお願いいたします。

羽田野 直樹
TEL 0224-53-1190（病院代表、血液内科をお呼び出しください）
"""
    eml = plain(mid, date, "羽田野 直樹", "hatano.n@miyagi-minami.example.jp",
                "内科医としての転職を考えております", body, "utf8", "mx.miyagi-minami.example.jp",
                "203.0.113.19", extra=[("User-Agent", TB)])
    g = gold(mid, "doctor", name="羽田野 直樹", email="hatano.n@miyagi-minami.example.jp", phone="0224531190",
             birth_year=1969, organization="医療法人 蔵王会 みやぎ南総合病院", specialties=["血液内科", "内科"],
             prefectures=["山形県", "福島県"], employment=["full_time"], start="2027-04")
    add(21, "hematologist-to-general-internist-yamagata-fukushima-utf8", "doctor",
        "text/plain UTF-8 8bit (Thunderbird); From/Subject RFC 2047 UTF-8 B", "medium",
        "Haematologist turning to general internal medicine: 1969年生まれ -> 1969 (no age), 血液内科 + 内科全般 -> 血液内科/内科, 山形県か福島県, 常勤, 令和9年度（4月）in December 2026 -> 2027-04; organization without 血液内科; phone is the hospital's main line",
        eml, g)


def m022():
    mid = "20260714065109.b61c.k-taniguchi@au-mail.example.jp"
    date = "Tue, 14 Jul 2026 06:51:09 +0900"
    body = """脳外科です。53才。
週1日の外来、奈良か三重で。来月からいけます。
"""
    eml = plain(mid, date, "谷口 恒平", "k-taniguchi@au-mail.example.jp", "脳外科 外来", body, "jis",
                "mta2.au-mail.example.jp", "203.0.113.93", extra=[("X-Mailer", "au one mail 4.6")])
    g = gold(mid, "doctor", name="谷口 恒平", email="k-taniguchi@au-mail.example.jp", age=53,
             specialties=["脳神経外科"], prefectures=["奈良県", "三重県"], employment=["part_time"],
             days_per_week=1, start="2026-08")
    add(22, "two-line-neurosurgeon-nara-mie-jis", "doctor",
        "text/plain ISO-2022-JP 7bit (mobile); From/Subject RFC 2047 ISO-2022-JP B", "easy",
        "Two curt lines: 脳外科 -> 脳神経外科, 53才, 週1日の外来 -> part_time/1, 奈良か三重 -> 2 prefectures, 来月から in July -> 2026-08; name only in the From display name",
        eml, g)


def m023():
    mid = "contact.20260920101547.2291@form.md2-rm.example.org"
    date = "Sun, 20 Sep 2026 10:15:47 +0900"
    body = """お問い合わせフォームから送信がありました。

─────────────────────────
お問い合わせ種別：医師登録について
お名前：堀場 隆三
フリガナ：ホリバ リュウゾウ
メールアドレス：ryuzo.horiba@hida-heart.example.jp
電話番号：
年齢：58
ご所属：
お問い合わせ内容：
循環器内科医です。心エコーの検査と外来を、週2日くらい、
岐阜県の高山・下呂のあたりでできるところを探しています。
非常勤を希望します。開始時期はご相談させてください。
─────────────────────────

※このメールは送信専用アドレスから自動送信されています。
※ご不明な点は地域医療マッチング事務局（03-6675-9919）までお問い合わせください。
"""
    hdrs = [("Return-Path", "<noreply@form.md2-rm.example.org>"),
            ("Received", "from web01.form.md2-rm.example.org (web01.form.md2-rm.example.org [192.0.2.41])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (MX, qid(mid), INBOX, recv_date(date, 1))),
            ("Date", date),
            ("From", addr("お問い合わせフォーム", "noreply@form.md2-rm.example.org", "utf8")),
            ("To", INBOX),
            ("Subject", ew("[お問い合わせ] 医師登録について", "utf8")),
            ("Message-ID", "<%s>" % mid)]
    eml = single(hdrs, body, "utf-8", "UTF-8", "base64")
    g = gold(mid, "doctor", name="堀場 隆三", name_kana="ホリバ リュウゾウ", email="ryuzo.horiba@hida-heart.example.jp",
             age=58, specialties=["循環器内科"], prefectures=["岐阜県"], employment=["part_time"],
             days_per_week=2)
    add(23, "contact-form-cardiologist-gifu-empty-phone-b64", "doctor",
        "text/plain UTF-8 base64; site contact form relayed from a no-reply address; From/Subject RFC 2047 UTF-8 B", "medium",
        "Contact form (not the registration form): email from the body, empty 電話番号 (the footer number is the secretariat's -> phone null), 年齢：58, 循環器内科 (心エコー is a skill), 週2日くらい -> 2 (one number), 非常勤 -> part_time, 高山・下呂 with 岐阜県 named, 開始時期はご相談 -> start null",
        eml, g)


def m024():
    mid = "9d41c7a2-0e3b-4f58-b1d6-7a25e08c3f94@ryukyu-mind.example.jp"
    date = "Wed, 24 Feb 2027 13:30:00 +0900"
    body = """地域医療マッチング事務局 御中

はじめまして、心療内科医の與那覇と申します。44歳です。
登録の前にいくつか伺いたく、メールいたしました。

那覇の病院で心療内科と精神科の外来を担当していますが、
宮古や石垣など沖縄の離島では、こころの診療をする医師がとても少ないと聞いています。
来年の春をめどに、常勤で離島に移ることを考えています。

1. 離島の病院や診療所で、心療内科・精神科の医師を求めているところはありますか
2. 家族（妻と小学生の子ども2人）で移住する場合、住まいの手配はどうなりますか
3. 登録したら、必ずどこかに勤めなければいけないのでしょうか

お手すきの際にご回答いただければ幸いです。

與那覇 尚人
"""
    eml = plain(mid, date, "與那覇 尚人", "yonaha.naoto@ryukyu-mind.example.jp",
                "登録前の質問（心療内科・沖縄の離島）", body, "jis", "mail.ryukyu-mind.example.jp",
                "198.51.100.209", extra=[("User-Agent", TB)])
    g = gold(mid, "doctor", name="與那覇 尚人", email="yonaha.naoto@ryukyu-mind.example.jp",
             age=44, specialties=["心療内科", "精神科"], prefectures=["沖縄県"], employment=["full_time"])
    add(24, "psychosomatic-questions-okinawa-islands-jis", "doctor",
        "text/plain ISO-2022-JP 7bit (Thunderbird); From/Subject RFC 2047 ISO-2022-JP B", "medium",
        "Questions before registering, still doctor: 心療内科 + 精神科, 44歳, 宮古/石垣 as 沖縄の離島 -> 沖縄県 (那覇 is his present town), 常勤, 来年の春 -> start null; 與 kept by NFKC; 小学生 and 2人 are no data",
        eml, g)


def m025():
    mid = "CAJr8vX2mQ5nL0bT7eKd3pW9sYf1hG6cZ4uA8oN2iR5jE7w@mail.gmail.example.com"
    date = "Mon, 07 Jun 2027 08:40:12 +0900"
    text = """地域医療マッチング事務局 御中

たびたび失礼します。宍戸です。
昨夜お送りしたメールで、勤務開始を「7月から」と書いてしまいましたが、
正しくは「9月から」です。7月と8月は今の病院の引き継ぎが残っておりました。
訂正してお詫び申し上げます。そのほかの内容は下のメールのとおりです。

宍戸 康弘
"""
    own = """地域医療マッチング事務局 御中

夜分に失礼いたします。神戸市の医療法人 六甲会 みかげ山手病院で呼吸器内科医をしております、
宍戸康弘と申します。六十七歳です。

6月末で常勤を退き、その後は兵庫県北部（但馬地方）の病院で、
非常勤として週4日ほど働きたいと考えております。
呼吸器のほか、内科一般の外来も担当できます。
勤務開始は7月からを希望いたします。

連絡先：078-851-4406（自宅）

宍戸 康弘
"""
    body = text + "\n2027年6月7日(月) 0:15 宍戸康弘 <y.shishido.kobe@gmail.example.com>:\n\n" + quote(own) + "\n"
    hdrs = std(mid, date, addr("宍戸康弘", "y.shishido.kobe@gmail.example.com", "utf8"),
               ew("Re: 医師登録のお願い（呼吸器内科・但馬）", "utf8"), "mail-sor-f69.gmail.example.com",
               "203.0.113.244", extra=[("In-Reply-To", "<CAJr8vX2mQ5nL0bT7eKd3pW9sYf1hG6cZ4uA8oN2iR5jE0a@mail.gmail.example.com>")])
    eml = single(hdrs, body, "utf-8", "UTF-8", "quoted-printable")
    g = gold(mid, "doctor", name="宍戸 康弘", email="y.shishido.kobe@gmail.example.com", phone="0788514406",
             age=67, organization="医療法人 六甲会 みかげ山手病院", specialties=["呼吸器内科", "内科"],
             prefectures=["兵庫県"], employment=["part_time"], days_per_week=4, start="2027-09")
    add(25, "start-correction-above-own-mail-tajima-utf8qp", "doctor",
        "text/plain UTF-8 quoted-printable (Gmail); the writer quotes his own earlier mail; In-Reply-To", "hard",
        "A doctor corrects the start of his own earlier mail, quoted below: 9月から replaces 7月から -> 2027-09 (6月末 is his retirement), and the rest is taken from his own quoted text (そのほかの内容は下のメールのとおり): 六十七歳, 呼吸器内科 + 内科一般, 兵庫県北部（但馬地方）-> 兵庫県, 非常勤 週4日ほど -> part_time/4, home phone; organization his present hospital",
        eml, g)


# ===================================================================== hospital

def m026():
    mid = "20261116101233.0F6A.vil-kitadaito@kitadaito-vil.example.jp"
    date = "Mon, 16 Nov 2026 10:12:33 +0900"
    body = """ドクターセカンドキャリア
地域医療マッチング事務局　ご担当者様

突然のご連絡失礼いたします。
沖縄県島尻郡北大東村役場 福祉衛生課の仲宗根と申します。

本村の村立北大東診療所では、現在の所長医師が来年3月末で任期を終えられるため、
後任の先生を探しております。
島には医療機関がこの診療所しかなく、医師は1名、看護師2名の体制です。

【募集の概要】
・診療科：内科または総合診療（外来のほか、在宅患者の往診を含みます）
・勤務形態：常勤（1年ごとの任期、更新可）
・着任：令和9年4月
・住居：村が医師住宅をご用意します。単身・ご家族どちらでも結構です
・その他：年2回の島外研修・休暇の際は、県の代診制度を利用できます

那覇から飛行機で1時間ほどの小さな島ですが、
島の暮らしを楽しんでいただける先生にお越しいただければと願っております。
資料が必要でしたらお送りいたします。

北大東村役場 福祉衛生課
仲宗根 みゆき
TEL 09802-3-4055　FAX 09802-3-4056
"""
    eml = plain(mid, date, "北大東村役場 福祉衛生課", "fukushi@kitadaito-vil.example.jp",
                "村立診療所 医師募集のご相談", body, "jis", "mail.kitadaito-vil.example.jp", "198.51.100.17")
    g = gold(mid, "hospital", name="仲宗根 みゆき", email="fukushi@kitadaito-vil.example.jp", phone="0980234055",
             organization="北大東村役場", specialties=["内科", "総合診療科", "在宅医療"], prefectures=["沖縄県"],
             municipality="北大東村", employment=["full_time"], start="2027-04")
    add(26, "island-village-office-clinic-head-jis", "hospital",
        "text/plain ISO-2022-JP 7bit; From/Subject RFC 2047 ISO-2022-JP B", "medium",
        "A remote island village recruits the head of its only clinic: organization the village office (section dropped), municipality 北大東村 after 島尻郡, 内科/総合診療 + 往診 -> 内科/総合診療科/在宅医療, 常勤, 令和9年4月 (3月末 is the present doctor's term); 代診制度 is no spot post, 1名/2名 no data, 09802 area code",
        eml, g)


def m027():
    mid = "20261006154010.4C18E2@pref-iwate.example.jp"
    date = "Tue, 06 Oct 2026 15:40:10 +0900"
    body = """地域医療マッチング事務局 御中

いつもお世話になっております。
岩手県 保健福祉部 医療政策室の菅原でございます。

本県では、保健所に勤務する公衆衛生医師（将来の保健所長候補）を募集しております。
臨床とは異なる分野ではございますが、感染症対策や地域の医療体制づくりに
これまでのご経験を生かしていただける先生を探しております。
貴事業にご登録の先生方にご案内いただけないかと思い、ご連絡いたしました。

　勤務地：岩手県二戸市（県北保健所）
　身分：岩手県職員（常勤）
　採用日：令和9年4月1日
　応募資格：医師免許をお持ちの方（診療科は問いません。59歳までの方）
　定年：65歳

募集要項を県のホームページに掲載しておりますので、あわせてご覧ください。
https://www.pref-iwate.example.jp/kenkou/koushueisei-ishi/

岩手県 保健福祉部 医療政策室
菅原 和人
TEL 019-629-5412（直通）
"""
    eml = plain(mid, date, "菅原 和人", "iryoseisaku@pref-iwate.example.jp",
                "公衆衛生医師（保健所）募集のご案内", body, "jis", "mx.pref-iwate.example.jp", "203.0.113.3")
    g = gold(mid, "hospital", name="菅原 和人", email="iryoseisaku@pref-iwate.example.jp", phone="0196295412",
             organization="岩手県", prefectures=["岩手県"], municipality="二戸市", employment=["full_time"],
             start="2027-04-01")
    add(27, "prefecture-public-health-physician-ninohe-jis", "hospital",
        "text/plain ISO-2022-JP 7bit; From/Subject RFC 2047 ISO-2022-JP B", "hard",
        "A prefecture recruits a public-health physician for a 保健所: hospital (a public body looking for a physician), organization 岩手県 (departments dropped), municipality 二戸市, 常勤, 令和9年4月1日 -> 2027-04-01, 診療科は問いません -> specialties [] (感染症対策 is no field); 59歳までの方 and 定年65歳 are not ages",
        eml, g)


def m028():
    mid = "ab34e7c0-9f12-4d6b-8e51-0c7a2d9f4b16@hinata-ladies.example.jp"
    date = "Thu, 22 Oct 2026 11:05:50 +0900"
    body = """地域医療マッチング事務局
ご担当者様

お世話になります。宮崎県延岡市の医療法人 ひなた会 のべおかレディースクリニックで
事務長をしております、甲斐と申します。

当院は年間およそ400件のお産を扱う有床診療所で、常勤の産婦人科医2名で診療しております。
院長の負担を減らすため、週末の分娩当直をお願いできる産婦人科の先生を探しております。

・内容：土曜夜から日曜朝までの当直（分娩対応、病棟管理）
・回数：月2〜4回程度、ご都合に合わせます
・開始：2027年1月から
・待遇：当直1回あたりの報酬、交通費・宿泊は当院規定により支給

お産の現場から離れて数年の先生でも、院長がサポートいたします。
ご紹介いただける先生がいらっしゃいましたら、ご連絡いただけますと幸いです。

医療法人 ひなた会 のべおかレディースクリニック
事務長　甲斐 恵理子
TEL 0982-33-7128
"""
    eml = plain(mid, date, "甲斐 恵理子", "jimu@hinata-ladies.example.jp", "分娩当直をお願いできる先生を探しています",
                body, "utf8b", "mail.hinata-ladies.example.jp", "198.51.100.236")
    g = gold(mid, "hospital", name="甲斐 恵理子", email="jimu@hinata-ladies.example.jp", phone="0982337128",
             organization="医療法人 ひなた会 のべおかレディースクリニック", specialties=["産婦人科"],
             prefectures=["宮崎県"], municipality="延岡市", employment=["spot"], start="2027-01")
    add(28, "obstetric-clinic-weekend-delivery-duty-nobeoka-utf8b", "hospital",
        "text/plain UTF-8 base64; From/Subject RFC 2047 UTF-8 B", "medium",
        "Obstetric clinic seeks weekend delivery-duty doctors: 分娩当直 -> spot only, 産婦人科, 月2〜4回 -> days null, 2027年1月から; 400件/2名 are no data; organization written without a space before レディースクリニック as in the mail",
        eml, g)


def m029():
    mid = "000301dd6a9e$4f2c8b10$ed86a130$@rumoi-hokko.example.jp"
    date = "Wed, 20 Jan 2027 14:22:08 +0900"
    body = """地域医療マッチング事務局
ご担当者様

はじめてご連絡いたします。
北海道留萌市の医療法人 はまなす会 るもい北光病院 医事課の米田と申します。

当院では胃カメラ・大腸カメラの件数が増えており、
内視鏡検査をお願いできる消化器内科の先生を、非常勤で探しております。

　診療科　：消化器内科（上部・下部内視鏡検査が中心）
　勤務日　：週1日（曜日はご相談に応じます）
　開始時期：4月から
　その他　：札幌・旭川からの交通費は全額支給、前泊の場合は宿泊先を手配します

冬場は道路事情が厳しい地域ですが、JRと高速バスでの通勤実績がございます。
よろしくご検討のほどお願い申し上げます。

医療法人 はまなす会 るもい北光病院
医事課 課長　米田 聡
TEL 0164-42-8170　FAX 0164-42-8171
"""
    eml = plain(mid, date, "米田 聡", "iji@rumoi-hokko.example.jp", "非常勤医師（消化器内科・内視鏡）募集のお願い",
                body, "sjis", "mail.rumoi-hokko.example.jp", "203.0.113.104",
                extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    g = gold(mid, "hospital", name="米田 聡", email="iji@rumoi-hokko.example.jp", phone="0164428170",
             organization="医療法人 はまなす会 るもい北光病院", specialties=["消化器内科"], prefectures=["北海道"],
             municipality="留萌市", employment=["part_time"], days_per_week=1, start="2027-04")
    add(29, "endoscopy-parttime-rumoi-sjis", "hospital",
        "text/plain Shift_JIS 8bit (Outlook); From/Subject RFC 2047 Shift_JIS B", "easy",
        "Hospital seeks an endoscopist: 消化器内科, 非常勤 週1日 -> part_time/1, 4月から in January -> 2027-04, 北海道留萌市; 札幌・旭川 are where doctors commute from",
        eml, g)


def m030():
    mid = "00a101dd7f21$9c3e5a40$d4bb0fc0$@vill-shiiba.example.jp"
    date = "Mon, 15 Mar 2027 09:30:00 +0900"
    body = """地域医療マッチング事務局
ご担当者様

いつもお世話になっております。
宮崎県東臼杵郡椎葉村役場 健康福祉課の椎葉と申します。

毎年お願いしている先生のご都合がつかなくなり、
今年度の健診をお手伝いいただける先生を探しております。
単発のお願いで恐縮ですが、ご紹介いただけますと大変助かります。

①乳幼児健診（1歳6か月児・3歳児）
　日程：5月20日（木）、6月17日（木）の2日間
　診療科：小児科の先生が望ましいです
②小中学校の学校健診
　日程：5月下旬〜6月上旬のうち3日間程度
　診療科：問いません

いずれも日帰りが難しい場合は、村で宿泊先をご用意します。
宮崎市内から車で3時間ほどかかりますので、交通費は実費でお支払いいたします。

椎葉村役場 健康福祉課
椎葉 真由美
TEL 0982-67-3207
"""
    eml = plain(mid, date, "椎葉村役場 健康福祉課", "kenkou@vill-shiiba.example.jp", "健診医師（単発）のお願い",
                body, "msjis", "mail.vill-shiiba.example.jp", "198.51.100.30",
                extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    g = gold(mid, "hospital", name="椎葉 真由美", email="kenkou@vill-shiiba.example.jp", phone="0982673207",
             organization="椎葉村役場", specialties=["健診", "小児科"], prefectures=["宮崎県"],
             municipality="椎葉村", employment=["spot"], start="2027-05-20")
    add(30, "village-checkup-days-spot-shiiba-msjis", "hospital",
        "text/plain iso-2022-jp 7bit with CP932 rows ①② and ～ (Outlook); From/Subject RFC 2047 B", "hard",
        "Village office needs doctors for a few check-up days: 乳幼児健診/学校健診 -> 健診, 小児科 for the infants (the school days take any field), 単発 -> spot, first date 5月20日 -> 2027-05-20; organization the village office, municipality 椎葉村 after 東臼杵郡; the contact shares her surname with the village; 3日間/2日間 are no days per week",
        eml, g)


def m031():
    mid = "20270205164831.6E0B.kitakata-hokurei@kitakata-hokurei.example.jp"
    date = "Fri, 05 Feb 2027 16:48:31 +0900"
    text = """地域医療マッチング事務局
ご担当者様

お世話になります。きたかた北嶺病院 総務課の渡部です。
先日お電話でご相談した件、求人票を作成しましたので添付にてお送りします。

概要のみ以下に記します。
　一般財団法人 会津北嶺会 きたかた北嶺病院（福島県喜多方市）
　脳神経外科　常勤医師　1名
　着任：令和9年4月（応相談）

脳卒中の急性期を担う病院が当院を含め地域に2つしかなく、
脳外科医の確保が急務となっております。
どうぞよろしくお願いいたします。

――――――――――――――――
一般財団法人 会津北嶺会 きたかた北嶺病院
総務課　渡部 慎也
TEL 0241-22-6315（代表）
――――――――――――――――
"""
    fname = "%E6%B1%82%E4%BA%BA%E7%A5%A8_%E8%84%B3%E7%A5%9E%E7%B5%8C%E5%A4%96%E7%A7%91.pdf"
    hdrs = std(mid, date, addr("渡部 慎也", "soumu@kitakata-hokurei.example.jp", "jis"),
               ew("求人票送付（脳神経外科 常勤）", "jis"), "mail.kitakata-hokurei.example.jp", "203.0.113.129")
    parts = [leaf(text, "iso2022_jp", "ISO-2022-JP", "7bit"), pdf_part(fname)]
    eml = multipart(hdrs, "mixed", "------------8C2F5E01A7B34D6E9F10C3B2", parts,
                    preamble="This is a multi-part message in MIME format.")
    g = gold(mid, "hospital", name="渡部 慎也", email="soumu@kitakata-hokurei.example.jp", phone="0241226315",
             organization="一般財団法人 会津北嶺会 きたかた北嶺病院", specialties=["脳神経外科"],
             prefectures=["福島県"], municipality="喜多方市", employment=["full_time"], start="2027-04")
    add(31, "listing-pdf-neurosurgery-kitakata-rfc2231", "hospital",
        "multipart/mixed: text/plain ISO-2022-JP 7bit + application/pdf with an RFC 2231 UTF-8 file name (求人票_脳神経外科.pdf)", "easy",
        "Hospital sends its listing as a PDF after a phone call, with a summary in the body: 脳神経外科 常勤 1名, 令和9年4月（応相談）-> 2027-04, 福島県喜多方市 in brackets; organization with its legal prefix; 2つ/1名 are no data",
        eml, g)


def m032():
    mid = "20270415102011.3D9A.A88E21F4@goshogawara-seishin.example.jp"
    date = "Thu, 15 Apr 2027 10:20:11 +0900"
    body = """地域医療マッチング事務局 御中

平素より大変お世話になっております。
青森県五所川原市の医療法人 岩木会 ごしょがわら岩木病院で事務長をしております髙森と申します。

当院は精神科の単科病院（180床）で、うち60床が認知症治療病棟です。
この度、認知症の診療を担っていただける常勤医師を募集することになりました。

　対象：精神科の先生、または老年内科（老年病科）の先生
　勤務：常勤
　当直：月4回程度お願いしたいと考えております
　開始：再来月（6月）からを希望しますが、時期はご相談に応じます

認知症の方の身体合併症も多く、内科的な管理に慣れた先生ですと大変心強いです。
津軽の冬は厳しいですが、職員寮（家具付き）を用意しております。

医療法人 岩木会 ごしょがわら岩木病院
事務長　髙森 亘
TEL 0173-35-2148
"""
    eml = plain(mid, date, "髙森 亘", "jimucho@goshogawara-seishin.example.jp", "常勤医師募集（認知症治療病棟）",
                body, "utf8q", "mail.goshogawara-seishin.example.jp", "198.51.100.58")
    g = gold(mid, "hospital", name="髙森 亘", email="jimucho@goshogawara-seishin.example.jp", phone="0173352148",
             organization="医療法人 岩木会 ごしょがわら岩木病院", specialties=["精神科", "老年内科"],
             prefectures=["青森県"], municipality="五所川原市", employment=["full_time", "spot"], start="2027-06")
    add(32, "dementia-ward-psychiatry-goshogawara-utf8qp", "hospital",
        "text/plain UTF-8 quoted-printable; From/Subject RFC 2047 UTF-8 B", "hard",
        "Psychiatric hospital's dementia ward: 精神科 or 老年内科（老年病科）-> 2 fields, 常勤 + 当直 月4回程度 -> full_time+spot (days null), 再来月（6月）in April -> 2027-06; 髙 kept by NFKC; 180床/60床 are no data",
        eml, g)


def m033():
    mid = "CAKq2Zp7rX0mB4vLn8TdY3wGe5hJ9sFc6uN1oA7iK2tQ4xV@mail.gmail.example.com"
    date = "Sat, 10 Jul 2027 21:14:40 +0900"
    text = """地域医療マッチング事務局
ご担当者さま

夜分に失礼します。長崎県雲仙市の医療法人 しまばら温泉会 うんぜん温泉病院で事務長をしている本多です。
事務所のパソコンが不調のため、私用のアドレスから失礼いたします。

整形外科の非常勤の先生を探しています。
外来を週2日（火曜と金曜）、あわせて月に2回ほど当直もお願いできればありがたいです。
開始は2027年10月からを考えています。

温泉地の病院ですので、リハビリ目的の入院患者さんが多く、
手術はほとんどありません。ご年配の先生でも無理なく勤務していただけると思います。

お返事はこのアドレスか、病院の代表（0957-73-2261）までお願いします。

本多 圭介
"""
    hdrs = std(mid, date, addr("本多圭介", "keisuke.honda.unzen@gmail.example.com", "utf8"),
               ew("整形外科の非常勤医師について", "utf8"), "mail-sor-f54.gmail.example.com", "203.0.113.250")
    parts = [leaf(text, "utf-8", "UTF-8", "base64"),
             leaf(gmail_html(text), "utf-8", "UTF-8", "base64", ctype="text/html")]
    eml = multipart(hdrs, "alternative", "000000000000c41f5e062d9a0b77", parts)
    g = gold(mid, "hospital", name="本多 圭介", email="keisuke.honda.unzen@gmail.example.com", phone="0957732261",
             organization="医療法人 しまばら温泉会 うんぜん温泉病院", specialties=["整形外科"],
             prefectures=["長崎県"], municipality="雲仙市", employment=["part_time", "spot"], days_per_week=2,
             start="2027-10")
    add(33, "gmail-private-address-ortho-unzen-alt", "hospital",
        "multipart/alternative (Gmail): text/plain + text/html, UTF-8 base64; From/Subject RFC 2047 UTF-8 B", "medium",
        "A hospital manager writes from his private Gmail: hospital; email the Gmail From, phone the hospital's main line, 整形外科 非常勤 外来 週2日 + 月2回の当直 -> part_time+spot, days 2, 2027年10月, 長崎県雲仙市; リハビリ describes the patients, not the post",
        eml, g)


def m034():
    mid = "20270608130544.21C7.fuyo-reha@fuyo-reha.example.jp"
    date = "Tue, 08 Jun 2027 13:05:44 +0900"
    body = """ドクターセカンドキャリア 地域医療マッチング事務局
ご担当者様

拝啓　入梅の候、ますますご清栄のこととお喜び申し上げます。
山梨県富士吉田市にございます、医療法人 芙蓉会 ふじよしだリハビリテーション病院
人事担当の小俣と申します。

当院は回復期リハビリテーション病棟120床を有する病院でございますが、
本年9月末をもって常勤医師1名が退職いたしますため、後任の先生を募集いたします。

記
一　診療科　　リハビリテーション科、または整形外科
一　勤務形態　常勤（当直なし、オンコールなし）
一　着任日　　令和9年10月1日
一　その他　　70歳まで勤務可。定年退職後の先生も歓迎いたします
以上

ご多用のところ恐縮ではございますが、何卒よろしくお願い申し上げます。

敬具

医療法人 芙蓉会 ふじよしだリハビリテーション病院
人事担当　小俣 佳代
TEL 0555-24-8830
"""
    eml = plain(mid, date, "小俣 佳代", "jinji@fuyo-reha.example.jp", "常勤医師（リハビリテーション科）募集のお願い",
                body, "euc", "mail.fuyo-reha.example.jp", "198.51.100.171")
    g = gold(mid, "hospital", name="小俣 佳代", email="jinji@fuyo-reha.example.jp", phone="0555248830",
             organization="医療法人 芙蓉会 ふじよしだリハビリテーション病院",
             specialties=["リハビリテーション科", "整形外科"], prefectures=["山梨県"], municipality="富士吉田市",
             employment=["full_time"], start="2027-10-01")
    add(34, "rehab-hospital-successor-fujiyoshida-eucjp", "hospital",
        "text/plain EUC-JP 8bit; From/Subject RFC 2047 EUC-JP B", "medium",
        "Formal letter (拝啓…記…以上…敬具) from a rehabilitation hospital: リハビリテーション科 or 整形外科, 常勤 (当直なし adds no spot), 令和9年10月1日 -> 2027-10-01 (9月末 is the departure), 山梨県富士吉田市; 70歳まで and 120床 are no data",
        eml, g)


def m035():
    mid = "3b9f0d27-c4e1-4a86-95d3-e7120af8b6c4@yuzawa-chuo.example.jp"
    date = "Thu, 25 Feb 2027 15:52:19 +0900"
    text = """地域医療マッチング事務局
今泉様

お世話になっております。ゆざわ中央病院 医事課の佐藤です。
ご依頼いただいた求人票の項目について、以下のとおりご回答いたします。

募集診療科：眼科
勤務内容：白内障手術の応援（非常勤、月1回・木曜日）
勤務開始：随時（ご都合のよい時期から）
勤務地：秋田県湯沢市（当院）

当院の眼科は常勤医1名のみで、手術日に助手と執刀をお願いできる先生を探しております。
どうぞよろしくお願いいたします。

医療法人 雄勝会 ゆざわ中央病院
医事課　佐藤 里美
TEL 0183-73-5520
"""
    quoted = """ゆざわ中央病院
医事課 佐藤 里美 様

お世話になっております。地域医療マッチング事務局の今泉です。
先日はお電話をありがとうございました。
求人票の作成のため、次の項目をご記入のうえご返信ください。

募集診療科：
勤務内容（常勤／非常勤、日数など）：
勤務開始：
勤務地：

""" + SEC_SIG
    body = text + "\n-----Original Message-----\nFrom: 地域医療マッチング事務局 <md@md2-rm.example.org>\nSent: Wednesday, February 24, 2027 10:11 AM\nTo: 佐藤 里美 <iji@yuzawa-chuo.example.jp>\nSubject: 【地域医療マッチング事務局】求人票ご記入のお願い\n\n" + quoted + "\n"
    eml = plain(mid, date, "佐藤 里美", "iji@yuzawa-chuo.example.jp",
                "RE: 【地域医療マッチング事務局】求人票ご記入のお願い", body, "utf8b", "mail.yuzawa-chuo.example.jp",
                "203.0.113.176", extra=[("X-Mailer", "Microsoft Outlook 16.0"),
                                       ("In-Reply-To", "<form.20270224101102.0530@md2-rm.example.org>")])
    g = gold(mid, "hospital", name="佐藤 里美", email="iji@yuzawa-chuo.example.jp", phone="0183735520",
             organization="医療法人 雄勝会 ゆざわ中央病院", specialties=["眼科"], prefectures=["秋田県"],
             municipality="湯沢市", employment=["part_time"])
    add(35, "reply-cataract-surgery-help-yuzawa-b64", "hospital",
        "text/plain UTF-8 base64 (Outlook); -----Original Message----- quote; In-Reply-To", "medium",
        "Hospital fills in our listing form in a reply: 眼科, 白内障手術の応援（非常勤、月1回）-> part_time with days null, 随時 -> start null, 秋田県湯沢市; organization from the signature (the greeting omits the legal prefix); the quote holds the secretariat phone",
        eml, g)


# ====================================================================== general

def m036():
    mid = "20260930195512.4471.kawamura-t@shikoku-net.example.jp"
    date = "Wed, 30 Sep 2026 19:55:12 +0900"
    body = """地域医療マッチング事務局　様

突然のメールで失礼します。
高知県の山あいにある西峰地区で自治会長をしております川村利夫と申します。

私どもの地区にあった診療所が、先生のご高齢を理由に昨年閉じてしまい、
いまは車で四十分かけて町の病院まで通わなければなりません。
住民の半分以上が七十歳を超えており、運転をやめた年寄りも多く困っております。

新聞で貴事務局のことを知りました。
私どものような住民の集まりからでも、お医者さんに来ていただくよう
お願いすることはできるのでしょうか。
町役場にも相談しておりますが、なかなか話が進みません。
診療所の建物は今も残っており、地区で管理しております。

どのような手順を踏めばよいのか、教えていただければありがたく存じます。

西峰地区自治会　会長
川村 利夫
電話 0887-74-0321
"""
    eml = plain(mid, date, "川村 利夫", "kawamura-t@shikoku-net.example.jp", "地区の診療所のことでご相談",
                body, "sjis", "smtp.shikoku-net.example.jp", "203.0.113.212")
    g = gold(mid, "general", name="川村 利夫", email="kawamura-t@shikoku-net.example.jp", phone="0887740321",
             organization="西峰地区自治会")
    add(36, "residents-association-asks-for-doctor-sjis", "general",
        "text/plain Shift_JIS 8bit; From/Subject RFC 2047 Shift_JIS B", "hard",
        "A residents' association chairman asks whether residents themselves can ask for a doctor for their closed clinic: general (not hospital: no institution or municipality recruiting), organization the association; 高知県, 七十歳, 四十分 and the town office are no lead data",
        eml, g)


def m037():
    mid = "20260402093117.8E21@pref-fukui.example.jp"
    date = "Thu, 02 Apr 2026 09:31:17 +0900"
    body = """地域医療マッチング事務局
今泉様

いつもお世話になっております。
4月1日付の人事異動により、福井県 健康福祉部 地域医療課で
医師確保の担当を前任の山岸から引き継ぎました、前田と申します。

前任者同様、貴事務局とは県内の医療機関の求人情報や
ご登録の先生方のご紹介について、引き続き連携させていただければと存じます。
今後のご連絡は、このアドレス宛てにお送りいただけますでしょうか。

近いうちに一度ご挨拶に伺えればと思っております。
今後ともよろしくお願いいたします。

福井県 健康福祉部 地域医療課
主査　前田 綾香
TEL 0776-20-0418
"""
    eml = plain(mid, date, "前田 綾香", "a-maeda@pref-fukui.example.jp", "担当者交代のご挨拶（福井県地域医療課）",
                body, "jis", "mx.pref-fukui.example.jp", "198.51.100.9")
    g = gold(mid, "general", name="前田 綾香", email="a-maeda@pref-fukui.example.jp", phone="0776200418",
             organization="福井県")
    add(37, "prefecture-new-contact-person-greeting-jis", "general",
        "text/plain ISO-2022-JP 7bit; From/Subject RFC 2047 ISO-2022-JP B", "easy",
        "A partner prefecture's new staff member introduces herself after the April reshuffle: general; organization 福井県 (departments dropped), 主査 is her title; 4月1日 is the transfer date, 山岸 the predecessor",
        eml, g)


def m038():
    mid = "7c0e6b92-1d4a-4f3e-b8c5-29a0f17d6e43@kotonoha-net.example.jp"
    date = "Sat, 23 Jan 2027 14:40:02 +0900"
    body = """地域医療マッチング事務局の皆さま

はじめてご連絡いたします。横須賀市在住の三上紗和子と申します。
長年、医療通訳と医学書の翻訳の仕事をしてまいりまして、昨年からは半ば引退の身です。

先日、駅に置いてあった貴事業のパンフレットを拝見しました。
海外で長く働いて帰国される日本人の先生や、ご家族が外国籍の先生もいらっしゃるのではと思い、
パンフレットやホームページの英語版が必要でしたら、ボランティアで翻訳をお手伝いできればと考えました。
英語のほか、ポルトガル語も少しできます。

もしご関心がありましたら、お返事をいただけますと幸いです。
お忙しいところ失礼いたしました。

三上 紗和子
携帯 080-3457-9021
"""
    eml = plain(mid, date, "三上 紗和子", "sawako.mikami@kotonoha-net.example.jp",
                "パンフレットの翻訳ボランティアについて", body, "utf8", "mail.kotonoha-net.example.jp",
                "198.51.100.222", extra=[("User-Agent", TB)])
    g = gold(mid, "general", name="三上 紗和子", email="sawako.mikami@kotonoha-net.example.jp",
             phone="08034579021")
    add(38, "retired-interpreter-offers-translation-utf8", "general",
        "text/plain UTF-8 8bit (Thunderbird); From/Subject RFC 2047 UTF-8 B", "easy",
        "A retired medical interpreter offers to translate the leaflet as a volunteer: general; name spaced in the signature, unspaced in the body; 横須賀市 is her home, no organization",
        eml, g)


def m039():
    mid = "20261105112203.5590.ekiinfo@michinoeki-kumano.example.jp"
    date = "Thu, 05 Nov 2026 11:22:03 +0900"
    body = """地域医療マッチング事務局 ご担当者様

いつもお世話になっております。
道の駅 くまの川街道 観光案内所の坂口です。

夏にお送りいただいたパンフレット「医師のセカンドキャリアを地域で」ですが、
おかげさまで案内所のラックから全部なくなりました。
帰省のついでに手に取っていかれる方が多いようです。

お手数ですが、追加で50部ほどお送りいただけますでしょうか。
ポスターもまだ掲示しておりますので、新しい版ができましたらあわせてお願いいたします。

〒647-1731 和歌山県田辺市本宮町本宮226-4
道の駅 くまの川街道 観光案内所
坂口 奈緒
TEL 0735-42-0877
"""
    eml = plain(mid, date, "道の駅 くまの川街道", "ekiinfo@michinoeki-kumano.example.jp", "パンフレット追加送付のお願い",
                body, "msjis", "mail.michinoeki-kumano.example.jp", "203.0.113.135",
                extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    g = gold(mid, "general", name="坂口 奈緒", email="ekiinfo@michinoeki-kumano.example.jp", phone="0735420877",
             organization="道の駅 くまの川街道")
    add(39, "roadside-station-leaflet-restock-msjis", "general",
        "text/plain iso-2022-jp 7bit (Outlook, CP932-compatible text); From/Subject RFC 2047 B", "easy",
        "A roadside station's tourist desk asks for 50 more leaflets: general; organization the station without 観光案内所, the address (和歌山県田辺市) is its own, 夏 and 50部 are no data",
        eml, g)


def m040():
    mid = "00b601dd3c19$7e2a4f60$7a7eee20$@midorino-shakyo.example.jp"
    date = "Tue, 19 Jan 2027 10:03:45 +0900"
    body = """地域医療マッチング事務局
ご担当者様

みどり野市社会福祉協議会 地域福祉係の宮内と申します。

当会では毎月「社協だより みどり野」を発行し、市内全戸に配布しております。
3月号で、地域の医療を支える取り組みのひとつとして貴事業をご紹介したいと考えております。
つきましては、ポスターの画像データ（PDFまたはJPEG）をお送りいただくことは可能でしょうか。
また、記事の中でお問い合わせ先として事務局のお電話番号を掲載してもよろしいでしょうか。

お忙しいところ恐縮ですが、2月10日ごろまでにお返事をいただけますと助かります。

社会福祉法人 みどり野市社会福祉協議会
地域福祉係　宮内 美穂
TEL 0296-24-7810
"""
    eml = plain(mid, date, "宮内 美穂", "chiiki@midorino-shakyo.example.jp", "広報紙への掲載について（ご依頼）",
                body, "sjis", "mail.midorino-shakyo.example.jp", "198.51.100.190",
                extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    g = gold(mid, "general", name="宮内 美穂", email="chiiki@midorino-shakyo.example.jp", phone="0296247810",
             organization="社会福祉法人 みどり野市社会福祉協議会")
    add(40, "social-welfare-council-poster-data-sjis", "general",
        "text/plain Shift_JIS 8bit (Outlook); From/Subject RFC 2047 Shift_JIS B", "easy",
        "A social welfare council asks for the poster image and permission to print our phone number in its bulletin: general; organization as in the signature with its legal prefix (without 地域福祉係), 3月号 and 2月10日 are no data",
        eml, g)


def m041():
    mid = "20270308150912.0B3F.hachinohe@hokusei-bank.example.jp"
    date = "Mon, 08 Mar 2027 15:09:12 +0900"
    body = """地域医療マッチング事務局
ご担当者様

突然のご連絡失礼いたします。
株式会社みちのく北星銀行 八戸支店で法人営業を担当しております、工藤と申します。

当店では地域の病院・診療所の皆さまと日頃からお付き合いがあり、
「後任の先生が見つからない」「非常勤の先生を探している」といったご相談を
しばしばお受けしております。
貴事業のことを知り、こうしたお客さまにご紹介できればと考えました。

つきましては、お客さまにお渡しするためのパンフレットを20部ほど
お送りいただくことはできますでしょうか。
また、当行から貴事務局をご紹介する際に、何か決まりごとがございましたらご教示ください。
なお、当行として紹介料などをいただく考えはございません。

株式会社みちのく北星銀行 八戸支店
法人営業課　工藤 拓海
TEL 0178-44-3305
"""
    eml = plain(mid, date, "工藤 拓海", "t-kudo@hokusei-bank.example.jp", "貴事業パンフレットのご送付のお願い",
                body, "jis", "mail.hokusei-bank.example.jp", "203.0.113.222")
    g = gold(mid, "general", name="工藤 拓海", email="t-kudo@hokusei-bank.example.jp", phone="0178443305",
             organization="株式会社みちのく北星銀行")
    add(41, "regional-bank-branch-wants-leaflets-jis", "general",
        "text/plain ISO-2022-JP 7bit; From/Subject RFC 2047 ISO-2022-JP B", "medium",
        "A regional bank's branch wants leaflets to hand to its clinic customers: general (a partner, not hospital and not a sales pitch); organization the bank without branch and section; 後任/非常勤 are its customers' worries, 20部 no data",
        eml, g)


def m042():
    mid = "e2a7c915-4b0d-4c38-a1f6-8d53b0e9c271@hikarisha-photo.example.jp"
    date = "Fri, 16 Apr 2027 17:26:48 +0900"
    body = """地域医療マッチング事務局
今泉様

ご無沙汰しております。昨年11月の松本での説明会で、記録写真を撮影させていただいた
写真事務所 ひかり舎の青柳です。

その節はありがとうございました。
実は、あのとき撮影した写真のうち数点を、来月銀座のギャラリーで開く個展
「働く人の手」に出展させていただけないかと考えております。
参加された先生方のお顔が写っていないもの（手元や後ろ姿）に限るつもりですが、
事務局としてご了承いただけるかどうか、お伺いしたくご連絡しました。

候補の写真は、ご確認いただけるよう小さいサイズでお送りすることもできます。
ご検討いただけましたら幸いです。

写真事務所 ひかり舎
青柳 徹
090-6612-3089
"""
    eml = plain(mid, date, "青柳 徹", "aoyagi@hikarisha-photo.example.jp", "説明会の写真の展示について",
                body, "utf8q", "mail.hikarisha-photo.example.jp", "198.51.100.240")
    g = gold(mid, "general", name="青柳 徹", email="aoyagi@hikarisha-photo.example.jp", phone="09066123089",
             organization="写真事務所 ひかり舎")
    add(42, "photographer-asks-exhibition-permission-utf8qp", "general",
        "text/plain UTF-8 quoted-printable; From/Subject RFC 2047 UTF-8 B", "medium",
        "A photographer asks whether he may exhibit photos he took at our information session: general; organization his studio, 11月/来月/松本/銀座 are no data; the doctors in the photos are no lead",
        eml, g)


# ================================================================== unsubscribe

NEWS = """━━━━━━━━━━━━━━━━━━━━━━━━━━━━
ドクターセカンドキャリア 通信　2027年2月号
━━━━━━━━━━━━━━━━━━━━━━━━━━━━

■今月の新着求人

No.1　島根県邑南町　町立診療所
　内科または総合診療科／常勤／2027年4月から
No.2　長崎県五島市　有床診療所
　整形外科／非常勤（週1日）／随時
No.3　北海道中標津町　病院
　当直（土日）／診療科不問／月2回程度

求人の詳細・お問い合わせは事務局までお気軽にどうぞ。
配信停止をご希望の方は、このメールにその旨ご返信ください。

""" + SEC_SIG


def m043():
    mid = "20270218203311.62AF.sakamoto-m@minami-kyushu.example.jp"
    date = "Thu, 18 Feb 2027 20:33:11 +0900"
    body = """地域医療マッチング事務局 御中

昨年秋に登録させていただいた坂元です。
その節は丁寧にご相談に乗っていただき、ありがとうございました。

実はその後、学生時代の友人の紹介で、地元鹿児島の病院に
4月から勤めることが決まりました。
せっかくご紹介の準備を進めていただいていたのに、申し訳ありません。

そういうわけで、求人のご案内や通信のメールは、今後は送っていただかなくて大丈夫です。
登録も取り消していただければと思います。
本当にお世話になりました。

坂元 正和
"""
    eml = plain(mid, date, "坂元 正和", "sakamoto-m@minami-kyushu.example.jp", "お礼と配信のお願い", body,
                "jis", "mail.minami-kyushu.example.jp", "203.0.113.199")
    g = gold(mid, "unsubscribe", name="坂元 正和", email="sakamoto-m@minami-kyushu.example.jp")
    add(43, "doctor-found-post-through-friend-stop-mail-jis", "unsubscribe",
        "text/plain ISO-2022-JP 7bit; From/Subject RFC 2047 ISO-2022-JP B", "hard",
        "A registered doctor found a post through a friend and asks that the job mail and newsletter stop and his registration be cancelled: unsubscribe (no post sought any more), without 配信停止 words; 鹿児島 and 4月 are his new job, no lead data",
        eml, g)


def m044():
    mid = "001f01dd5e3a$0b6c2d90$228887b0$@oka-naika.example.jp"
    date = "Tue, 09 Mar 2027 12:40:27 +0900"
    body = """地域医療マッチング事務局 様

いつもご案内をありがとうございます。
岡内科医院 受付の森下と申します。

このアドレスは医院の予約受付用で、スタッフ数名で共有しております。
最近は週に何通もご案内をいただいており、患者さんからのメールが埋もれてしまうため、
大変申し訳ないのですが、送信先のリストからこのアドレスを外していただけますでしょうか。
院長も、求人の情報は必要ないと申しております。

お手数をおかけしますが、よろしくお願いいたします。

岡内科医院　受付
森下 由紀
TEL 0866-62-1045
"""
    eml = plain(mid, date, "岡内科医院", "yoyaku@oka-naika.example.jp", "メール送信先からの削除のお願い", body,
                "sjis", "mail.oka-naika.example.jp", "198.51.100.145", extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    g = gold(mid, "unsubscribe", name="森下 由紀", email="yoyaku@oka-naika.example.jp", phone="0866621045",
             organization="岡内科医院")
    add(44, "clinic-reception-too-many-mails-remove-sjis", "unsubscribe",
        "text/plain Shift_JIS 8bit (Outlook); From/Subject RFC 2047 Shift_JIS B", "medium",
        "A clinic's receptionist asks to take the shared booking address off the list because of the volume: unsubscribe; person fields hers and the clinic's (From display is the clinic), 内科 in the clinic name is no specialty",
        eml, g)


def m045():
    mid = "20270305071844.F1E2.hayama-k@ezweb-mail.example.jp"
    date = "Fri, 05 Mar 2027 07:18:44 +0900"
    text = """配信不要です。
葉山
"""
    html = html_divs(text, "UTF-8", style="font-family:sans-serif")
    hdrs = std(mid, date, "hayama-k@ezweb-mail.example.jp", "Re: " + ew("ドクターセカンドキャリア 通信 2027年2月号", "utf8"),
               "mta7.ezweb-mail.example.jp", "203.0.113.166", extra=[("X-Mailer", "iPhone Mail (21D61)")])
    eml = single(hdrs, html, "utf-8", "UTF-8", "quoted-printable", ctype="text/html")
    g = gold(mid, "unsubscribe", name="葉山", email="hayama-k@ezweb-mail.example.jp")
    add(45, "one-line-haishin-fuyou-mobile-html-qp", "unsubscribe",
        "text/html only, UTF-8 quoted-printable (iPhone); bare From; Subject 'Re: ' + RFC 2047 UTF-8 B", "medium",
        "One HTML line from a phone answering the newsletter: 配信不要です -> unsubscribe; name is only the surname 葉山 as written; nothing quoted",
        eml, g)


def m046():
    mid = "5a8d2f71-0c39-4b6e-9e14-c27f3a0d8b55@satoyama-net.example.jp"
    date = "Sun, 21 Feb 2027 16:02:38 +0900"
    text = """事務局 御中

いつもありがとうございます。
以前勤めていた病院のアドレスあてに届いている通信が、転送されてこちらに来ています。
前の病院のアドレスへの送信を止めていただけますか。

解除希望アドレス：t.ichinose@kaiyo-gen-hp.example.jp

こちらのアドレスにも送っていただく必要はありません。
よろしくお願いします。

一之瀬 拓
"""
    body = text + "\n-------- Forwarded Message --------\n" + quote(NEWS) + "\n"
    eml = plain(mid, date, "一之瀬 拓", "ichinose.taku@satoyama-net.example.jp",
                "Re: Fwd: ドクターセカンドキャリア 通信 2027年2月号", body, "utf8b", "mail.satoyama-net.example.jp",
                "198.51.100.82", extra=[("User-Agent", TB)])
    g = gold(mid, "unsubscribe", name="一之瀬 拓", email="ichinose.taku@satoyama-net.example.jp")
    add(46, "stop-old-hospital-address-forwarded-newsletter-b64", "unsubscribe",
        "text/plain UTF-8 base64 (Thunderbird); quoted forwarded newsletter; From/Subject RFC 2047 UTF-8 B", "hard",
        "A doctor asks to stop the newsletter sent to his former hospital's address (解除希望アドレス in the body) and not to send it to his own either: unsubscribe; email is the From (his own address, not the address to stop); the quoted newsletter's listings (島根県, 整形外科, 常勤, 2027年4月, 当直) are no lead data",
        eml, g)


# ==================================================================== auto_reply

def m047():
    mid = "autoreply.20260905081502.3317@seiryo-hp.example.jp"
    date = "Sat, 05 Sep 2026 08:15:02 +0900"
    body = """【自動返信】

メールありがとうございます。
救急科の石黒は、9月4日より災害派遣（DMAT）のため病院を離れております。
活動期間は未定で、この間はメールを確認できない見込みです。

お急ぎのご用件は、救急科医局（0852-21-6620）までお電話ください。
帰院後、順次お返事いたします。

社会医療法人 清涼会 せいりょう総合病院 救急科
石黒 大輔
"""
    eml = plain(mid, date, "石黒 大輔", "ishiguro@seiryo-hp.example.jp",
                "【自動返信】Re: 【地域医療マッチング事務局】ご登録内容の確認", body, "jis", "mail.seiryo-hp.example.jp",
                "198.51.100.107", extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                                        ("In-Reply-To", "<conf.20260904170033.0288@md2-rm.example.org>")])
    add(47, "dmat-deployment-absence-auto-submitted-jis", "auto_reply",
        "text/plain ISO-2022-JP 7bit; Auto-Submitted: auto-replied, X-Auto-Response-Suppress; From/Subject RFC 2047 ISO-2022-JP B", "easy",
        "A physician's autoresponder while on a DMAT disaster deployment: auto_reply; 救急科, the name, the 医局 phone and 9月4日 are no lead data",
        eml, gold(mid, "auto_reply"))


def m048():
    mid = "20261212091045.auto.0a71@kitanoumi-hp.example.jp"
    date = "Sat, 12 Dec 2026 09:10:45 +0900"
    text = """※このメールは自動で送信しています※

北の海総合病院 人事課です。
お問い合わせいただき、ありがとうございます。

土曜・日曜・祝日は人事課の業務をお休みしております。
いただいたメールは、翌営業日以降に担当者が確認し、ご連絡いたします。

【医師採用に関するお問い合わせ】
常勤・非常勤・当直のご応募はいずれも随時受け付けております。
お電話の場合は平日 8:30〜17:00 に 0138-41-2700（代表）へお願いいたします。

北の海総合病院 人事課
"""
    html = html_divs(text, "UTF-8")
    hdrs = std(mid, date, addr("北の海総合病院 人事課", "jinji@kitanoumi-hp.example.jp", "utf8"),
               ew("自動返信：お問い合わせありがとうございます", "utf8"), "mail.kitanoumi-hp.example.jp", "203.0.113.44",
               rp="", extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")])
    parts = [leaf(text, "utf-8", "UTF-8", "base64"), leaf(html, "utf-8", "UTF-8", "base64", ctype="text/html")]
    eml = multipart(hdrs, "alternative", "=_alt_5f1c0e9b2d7a", parts)
    add(48, "hospital-hr-weekend-autoresponder-alt", "auto_reply",
        "multipart/alternative: text/plain + text/html, UTF-8 base64; Auto-Submitted, Precedence: auto_reply; Return-Path <>", "medium",
        "A hospital HR office's weekend autoresponder that mentions doctor recruitment (常勤・非常勤・当直) and its phone: auto_reply, not hospital; no lead fields",
        eml, gold(mid, "auto_reply"))


def m049():
    mid = "TYCP286MB1733E2A0C4F1D9B6A2E5D7C3A1B9@TYCP286MB1733.JPNP286.PROD.OUTLOOK.example.com"
    date = "Tue, 26 Jan 2027 10:44:19 +0000"
    body = """I am on leave until Monday 8 February with limited access to email.

For urgent matters regarding the hospital administration, please contact
Ms. Yuko Shibata (shibata.y@tsugaru-kita-hp.example.jp).

Kenji Nakamura
General Manager, Tsugaru Kita Hospital
"""
    hdrs = [("Return-Path", "<nakamura.k@tsugaru-kita-hp.example.jp>"),
            ("Received", received("mail-tycp286.outbound.protection.outlook.example.com", "203.0.113.90", qid(mid), recv_date(date))),
            ("Date", date),
            ("From", "Kenji Nakamura <nakamura.k@tsugaru-kita-hp.example.jp>"),
            ("To", INBOX),
            ("Subject", "Automatic reply: " + ew("【地域医療マッチング事務局】求人掲載内容のご確認", "utf8")),
            ("Message-ID", "<%s>" % mid),
            ("Thread-Topic", ew("【地域医療マッチング事務局】求人掲載内容のご確認", "utf8")),
            ("Auto-Submitted", "auto-generated"),
            ("X-MS-Exchange-Inbox-Rules-Loop", "nakamura.k@tsugaru-kita-hp.example.jp"),
            ("X-Auto-Response-Suppress", "All"),
            ("Content-Language", "en-US")]
    eml = single(hdrs, body, "us-ascii", "us-ascii", "7bit")
    add(49, "exchange-automatic-reply-english-manager", "auto_reply",
        "text/plain us-ascii 7bit (Exchange); Subject 'Automatic reply: ' + RFC 2047 UTF-8 B; Auto-Submitted; Date +0000", "easy",
        "English Exchange 'Automatic reply' from a Japanese hospital's general manager on leave: auto_reply; the deputy's name and address are no lead data",
        eml, gold(mid, "auto_reply"))


def m050():
    mid = "20270322083004.4B11.ura-clinic@kamiyama-mail.example.jp"
    date = "Mon, 22 Mar 2027 08:30:04 +0900"
    body = """浦診療所です。

このアドレスは、診療所の医師が毎週月曜日の朝にまとめて確認しております。
お送りいただいたメールは届いておりますが、お返事までお時間をいただくことがございます。

受診・処方のご相談はメールでは承れません。お電話（088-676-0219）でお願いします。

（このメッセージは受信したメールに対して自動的にお送りしています）
"""
    eml = plain(mid, date, "浦診療所", "ura-clinic@kamiyama-mail.example.jp",
                "Re: 【地域医療マッチング事務局】非常勤医師のご紹介について", body, "jis", "mail.kamiyama-mail.example.jp",
                "198.51.100.55")
    add(50, "clinic-monday-only-notice-no-headers-jis", "auto_reply",
        "text/plain ISO-2022-JP 7bit; no RFC 3834 header, Subject 'Re: '; From/Subject RFC 2047 ISO-2022-JP B", "hard",
        "A village clinic's automatic notice that mail is read on Monday mornings, answering our mail about a part-time doctor: auto_reply (自動的にお送りしています at the end), not hospital; 月曜日 and the clinic phone are no data",
        eml, gold(mid, "auto_reply"))


def m051():
    mid = "20270601120510.autoreply.771@hoshino-seikei.example.jp"
    date = "Tue, 01 Jun 2027 12:05:10 +0900"
    body = """本メールは自動的に返信されています。

星野整形外科クリニック 院長の星野は、2027年6月から11月末まで、
米国での研修のため不在にしております。
不在中の外来は、大学の医局から派遣される先生方に代診をお願いしております。

診療に関するお問い合わせは、クリニック（0279-22-8813）までお電話ください。
メールは12月以降に順次拝見いたします。

星野整形外科クリニック
"""
    eml = plain(mid, date, "星野整形外科クリニック", "info@hoshino-seikei.example.jp",
                "Re: ドクターセカンドキャリア 通信 2027年5月号", body, "utf8", "mail.hoshino-seikei.example.jp",
                "203.0.113.31", extra=[("X-Autoreply", "yes"), ("X-Autorespond", "yes")])
    add(51, "clinic-director-study-abroad-autoreply-utf8", "auto_reply",
        "text/plain UTF-8 8bit; X-Autoreply/X-Autorespond headers; From/Subject RFC 2047 UTF-8 B", "medium",
        "An orthopaedic clinic's autoresponder while the director trains abroad for six months: auto_reply; 整形外科, 代診, 6月/11月末 and the clinic phone are no lead data",
        eml, gold(mid, "auto_reply"))


# ======================================================================= bounce

OUT_HDRS = """Return-Path: <bounce@md2-rm.example.org>
Received: from mailer.md2-rm.example.org (mailer.md2-rm.example.org [192.0.2.25])
\tby {host}; {when}
Date: {odate}
From: {ofrom} <md@md2-rm.example.org>
To: <{rcpt}>
Subject: {osubj}
Message-ID: <{omid}>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64
"""


def m052():
    mid = "TY3P286MB2611A4C9E0F1B7D3E2A81C5F9B04@TY3P286MB2611.JPNP286.PROD.OUTLOOK.example.com"
    date = "Wed, 13 Jan 2027 06:21:40 +0000"
    rcpt = "ikyoku-naika@kanazawa-seiryo.example.jp"
    text = """配信できませんでした。

お客様のメッセージは、次の受信者に配信されませんでした:
%s
受信者の組織のメールシステムで、送信者に対するアクセスが拒否されました。

Delivery has failed to these recipients or groups:
%s
Your message couldn't be delivered. The recipient's email system refused access to the sender.

Diagnostic information for administrators:
Generating server: TY3P286MB2611.JPNP286.PROD.OUTLOOK.example.com
%s
Remote Server returned '550 5.4.1 Recipient address rejected: Access denied. [TY1PEPF0000A1B2.JPNP286.PROD.OUTLOOK.example.com]'
""" % (rcpt, rcpt, rcpt)
    status = """Reporting-MTA: dns;TY3P286MB2611.JPNP286.PROD.OUTLOOK.example.com
Received-From-MTA: dns;mailer.md2-rm.example.org
Arrival-Date: Wed, 13 Jan 2027 06:21:38 +0000

Final-Recipient: rfc822;%s
Action: failed
Status: 5.4.1
Diagnostic-Code: smtp;550 5.4.1 Recipient address rejected: Access denied. [TY1PEPF0000A1B2.JPNP286.PROD.OUTLOOK.example.com]
""" % rcpt
    orig = OUT_HDRS.format(ofrom=ew("地域医療マッチング事務局", "utf8"), host="TY3P286MB2611.JPNP286.PROD.OUTLOOK.example.com with Microsoft SMTP Server",
                           when="Wed, 13 Jan 2027 06:21:38 +0000", odate="Wed, 13 Jan 2027 15:21:30 +0900",
                           rcpt=rcpt, osubj=ew("ドクターセカンドキャリア 通信 2027年1月号", "utf8"),
                           omid="news.202701.41.0088@md2-rm.example.org")
    hdrs = [("Return-Path", "<>"),
            ("Received", received("mail-ty3p286.outbound.protection.outlook.example.com", "203.0.113.91", qid(mid), recv_date(date))),
            ("Date", date),
            ("From", "Microsoft Outlook <postmaster@kanazawa-seiryo.example.jp>"),
            ("To", "<bounce@md2-rm.example.org>"),
            ("Subject", ew("配信不能: ドクターセカンドキャリア 通信 2027年1月号", "utf8")),
            ("Message-ID", "<%s>" % mid),
            ("Auto-Submitted", "auto-replied"),
            ("Content-Language", "ja-JP")]
    parts = [raw_part("text/plain; charset=utf-8", cte_apply(crlf(text).encode("utf-8"), "base64"),
                      extra=[("Content-Transfer-Encoding", "base64")]),
             raw_part("message/delivery-status", crlf(status).encode("ascii")),
             raw_part("text/rfc822-headers", crlf(orig).encode("ascii"))]
    eml = report(hdrs, "_000_TY3P286MB2611A4C9E0F1B7D3E2A81C5F9B04_", parts)
    add(52, "m365-ndr-access-denied-541", "bounce",
        "multipart/report (Exchange Online): text/plain UTF-8 base64 (Japanese and English) + message/delivery-status + text/rfc822-headers; Date +0000", "easy",
        "Microsoft 365 non-delivery report, 550 5.4.1 Recipient address rejected: Access denied (the hospital department's group address refuses outside senders): bounce; nothing is 'unknown'; no lead fields",
        eml, gold(mid, "bounce"))


def m053():
    mid = "20270302101415.7E3A02C1F5@mx.sanriku-net.example.jp"
    date = "Tue, 02 Mar 2027 10:14:15 +0900 (JST)"
    rcpt = "dr.kurosawa@sanriku-net.example.jp"
    text = """This is the mail system at host mx.sanriku-net.example.jp.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<%s>: mail forwarding loop for %s
""" % (rcpt, rcpt)
    status = """Reporting-MTA: dns; mx.sanriku-net.example.jp
X-Postfix-Queue-ID: 7E3A02C1F5
X-Postfix-Sender: rfc822; bounce@md2-rm.example.org
Arrival-Date: Tue,  2 Mar 2027 10:14:14 +0900 (JST)

Final-Recipient: rfc822; %s
Original-Recipient: rfc822;%s
Action: failed
Status: 5.4.6
Diagnostic-Code: X-Postfix; mail forwarding loop for %s
""" % (rcpt, rcpt, rcpt)
    intro = """黒澤 修 先生

いつもお世話になっております。地域医療マッチング事務局の今泉です。
先生のご希望に近い求人がございましたので、ご案内いたします。

　所在地：岩手県陸前高田市
　診療科：内科（外来・病棟）
　勤務形態：常勤
　開始時期：2027年4月から

ご興味がございましたら、ご返信ください。

""" + SEC_SIG
    orig = crlf(OUT_HDRS.format(ofrom=ew("地域医療マッチング事務局", "utf8"), host="mx.sanriku-net.example.jp (Postfix) with ESMTPS id 7E3A02C1F5",
                                when="Tue,  2 Mar 2027 10:14:14 +0900 (JST)", odate="Tue, 02 Mar 2027 10:14:00 +0900",
                                rcpt=rcpt, osubj=ew("【地域医療マッチング事務局】求人のご案内", "utf8"),
                                omid="intro.20270302101400.0612@md2-rm.example.org")).encode("ascii")
    orig += b"\r\n" + cte_apply(crlf(intro).encode("utf-8"), "base64")
    hdrs = [("Return-Path", "<>"),
            ("Received", received("mx.sanriku-net.example.jp", "198.51.100.160", qid(mid), recv_date(date))),
            ("Date", date),
            ("From", "MAILER-DAEMON@mx.sanriku-net.example.jp (Mail Delivery System)"),
            ("To", "bounce@md2-rm.example.org"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("Message-ID", "<%s>" % mid), ("Auto-Submitted", "auto-replied")]
    parts = [raw_part("text/plain; charset=us-ascii", crlf(text).encode("ascii"),
                      extra=[("Content-Description", "Notification")]),
             raw_part("message/delivery-status", crlf(status).encode("ascii"),
                      extra=[("Content-Description", "Delivery report")]),
             raw_part("message/rfc822", orig, extra=[("Content-Description", "Undelivered Message")])]
    eml = report(hdrs, "7E3A02C1F5.1803978855/mx.sanriku-net.example.jp", parts)
    add(53, "postfix-forwarding-loop-546-returned-intro", "bounce",
        "multipart/report (Postfix): text/plain + message/delivery-status + message/rfc822 (returned UTF-8 base64 job introduction)", "medium",
        "Postfix bounce for a mail forwarding loop (5.4.6): bounce; the returned job introduction (岩手県陸前高田市, 内科, 常勤, 2027年4月, the doctor's name, the secretariat phone) is no lead data",
        eml, gold(mid, "bounce"))


def m054():
    mid = "20270127143355.GW0231@gw.town-kamikawa.example.jp"
    date = "Wed, 27 Jan 2027 14:33:55 +0900"
    body = """このメールは、上川町役場メールゲートウェイから自動的に送信されています。

お送りいただいた下記のメールは、当庁の情報セキュリティ方針により、
受信者へ配送されませんでした。

　送信者　：md@md2-rm.example.org
　宛先　　：hoken@town-kamikawa.example.jp
　件名　　：【地域医療マッチング事務局】求人票（案）のご確認
　受信日時：2027/01/27 14:33:52
　理由　　：パスワード付きZIPファイルが添付されているため（550 5.7.1 Policy violation）

当庁では、令和8年10月よりパスワード付きZIPファイルの受信を停止しております。
ファイルをお送りいただく場合は、添付ファイルを暗号化せずにお送りいただくか、
別の方法でお送りください。

本メールに返信いただいても、確認することはできません。
上川町役場 総務課 情報政策係
"""
    eml = plain(mid, date, "上川町役場 メールゲートウェイ", "postmaster@town-kamikawa.example.jp",
                "【配送不能】メールは受信拒否されました", body, "jis", "gw.town-kamikawa.example.jp",
                "203.0.113.140", rp="", extra=[("Auto-Submitted", "auto-generated")])
    add(54, "town-gateway-rejects-password-zip-jis", "bounce",
        "text/plain ISO-2022-JP 7bit, not multipart/report; Auto-Submitted: auto-generated; From/Subject RFC 2047 ISO-2022-JP B", "medium",
        "A town office's mail gateway refuses our listing draft because of a password-protected ZIP (550 5.7.1 policy): bounce, written as a plain Japanese notice; 令和8年10月, the town and its section are no lead data",
        eml, gold(mid, "bounce"))


def m055():
    mid = "20270419002731.3C9E81A4@mx01.kokoro-isp.example.jp"
    date = "Mon, 19 Apr 2027 00:27:31 +0900 (JST)"
    rcpt = "yamabe.clinic@kokoro-isp.example.jp"
    text = """This is the mail system at host mx01.kokoro-isp.example.jp.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

                   The mail system

<%s>: host in01.kokoro-isp.example.jp[198.51.100.12] said:
    550 5.7.26 Unauthenticated email from md2-rm.example.org is not accepted
    due to domain's DMARC policy. Please contact the administrator of
    md2-rm.example.org domain if this was a legitimate mail. (in reply to end
    of DATA command)
""" % rcpt
    status = """Reporting-MTA: dns; mx01.kokoro-isp.example.jp
X-Postfix-Queue-ID: 3C9E81A4
Arrival-Date: Mon, 19 Apr 2027 00:27:29 +0900 (JST)

Final-Recipient: rfc822; %s
Action: failed
Status: 5.7.26
Remote-MTA: dns; in01.kokoro-isp.example.jp
Diagnostic-Code: smtp; 550 5.7.26 Unauthenticated email from md2-rm.example.org is not accepted due to domain's DMARC policy
""" % rcpt
    orig = OUT_HDRS.format(ofrom=ew("地域医療マッチング事務局", "utf8"), host="mx01.kokoro-isp.example.jp (Postfix) with ESMTPS id 3C9E81A4",
                           when="Mon, 19 Apr 2027 00:27:29 +0900 (JST)", odate="Mon, 19 Apr 2027 00:27:00 +0900",
                           rcpt=rcpt, osubj=ew("ドクターセカンドキャリア 通信 2027年4月号", "utf8"),
                           omid="news.202704.44.0131@md2-rm.example.org")
    hdrs = [("Return-Path", "<>"),
            ("Received", received("mx01.kokoro-isp.example.jp", "198.51.100.11", qid(mid), recv_date(date))),
            ("Date", date),
            ("From", "MAILER-DAEMON@mx01.kokoro-isp.example.jp (Mail Delivery System)"),
            ("To", "bounce@md2-rm.example.org"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("Message-ID", "<%s>" % mid), ("Auto-Submitted", "auto-replied")]
    parts = [raw_part("text/plain; charset=us-ascii", crlf(text).encode("ascii"),
                      extra=[("Content-Description", "Notification")]),
             raw_part("message/delivery-status", crlf(status).encode("ascii"),
                      extra=[("Content-Description", "Delivery report")]),
             raw_part("text/rfc822-headers", crlf(orig).encode("ascii"),
                      extra=[("Content-Description", "Undelivered Message Headers")])]
    eml = report(hdrs, "3C9E81A4.1808234851/mx01.kokoro-isp.example.jp", parts)
    add(55, "postfix-dmarc-reject-5726-headers", "bounce",
        "multipart/report (Postfix): text/plain + message/delivery-status + text/rfc822-headers", "easy",
        "Postfix DSN: the clinic's provider rejects our newsletter under the DMARC policy (550 5.7.26): bounce; the failure is on our side, still a delivery status notification; no lead fields",
        eml, gold(mid, "bounce"))


# ========================================================================= spam

def m056():
    mid = "20260601100000.cat2026summer.58812@gift-takumi.example.com"
    date = "Mon, 01 Jun 2026 10:00:00 +0900"
    body = """医療機関 ご担当者様

拝啓　向暑の候、貴院ますますご清栄のこととお慶び申し上げます。
法人ギフトの匠ギフトサービスでございます。

今年も「医療機関さま向け 2026年 お中元カタログ」をご用意いたしました。
院長先生から勤務医の先生方、非常勤・当直の先生への御礼、
取引先さまへのご挨拶まで、全国どこへでも送料無料でお届けいたします。

　★ 早期ご注文特典：6月20日までのご注文で全品15％OFF
　★ のし・挨拶状の印刷は無料
　★ 100件以上の一括配送もリストをお送りいただくだけ

▼デジタルカタログはこちら
https://www.gift-takumi.example.com/catalog/medical2026/

ご注文・お問い合わせ：0120-81-3390（平日9:00〜18:00）

今後ご案内が不要な場合は、お手数ですが本メールに「不要」とご返信ください。
敬具

株式会社匠ギフトサービス 法人営業部
"""
    eml = plain(mid, date, "匠ギフトサービス", "info@gift-takumi.example.com",
                "【医療機関さま向け】2026年 お中元カタログのご案内", body, "utf8q", "mail.gift-takumi.example.com",
                "198.51.100.250")
    add(56, "summer-gift-catalogue-for-clinics-utf8qp", "spam",
        "text/plain UTF-8 quoted-printable; From/Subject RFC 2047 UTF-8 B", "easy",
        "A gift company's mid-year gift catalogue sent to medical institutions: spam; 勤務医, 非常勤・当直, 全国, the 0120 number and the 不要 reply are bait, no lead fields",
        eml, gold(mid, "spam"))


def m057():
    mid = "20261014083015.41c7e2@denki-minaoshi.example.com"
    date = "Wed, 14 Oct 2026 08:30:15 +0900"
    text = """病院・クリニック・介護施設の経営者さまへ

電気代、まだ高いまま払い続けていませんか？

全国2,300以上の医療・介護施設が導入済みの「メディカル電力プラン」なら、
契約を切り替えるだけで、電気料金を年間平均12％削減できます。

・工事不要、停電の心配なし
・24時間稼働の病棟・透析室・手術室も安心
・常勤の担当者が切り替え手続きをすべて代行

いまなら無料シミュレーションを実施中です。
直近の検針票を撮影してお送りいただくだけで、削減額をお知らせします。

https://denki-minaoshi.example.com/medical/sim

メディカル電力 導入支援センター
フリーダイヤル 0120-55-0871

※配信停止はこちら：https://denki-minaoshi.example.com/optout
"""
    html = html_divs(text, "utf-8")
    hdrs = std(mid, date, addr("メディカル電力 導入支援センター", "news@denki-minaoshi.example.com", "utf8"),
               ew("【医療機関限定】電気料金 年間12%削減の無料診断", "utf8"), "mta11.denki-minaoshi.example.com",
               "203.0.113.231", extra=[("List-Unsubscribe", "<https://denki-minaoshi.example.com/optout>")])
    parts = [leaf(text, "utf-8", "utf-8", "base64"), leaf(html, "utf-8", "utf-8", "base64", ctype="text/html")]
    eml = multipart(hdrs, "alternative", "==BOUNDARY_denki_7e4c0a==", parts)
    add(57, "electricity-plan-sales-to-hospitals-alt", "spam",
        "multipart/alternative: text/plain + text/html, UTF-8 base64; List-Unsubscribe; From/Subject RFC 2047 UTF-8 B", "easy",
        "Electricity-plan sales mail to hospitals and care facilities: spam; 全国, 透析室, 常勤の担当者 and the 配信停止 link are bait, no lead fields",
        eml, gold(mid, "spam"))


def m058():
    mid = "20270225134402.88A0.sales@kuukan-clean.example.jp"
    date = "Thu, 25 Feb 2027 13:44:02 +0900"
    body = """院長先生
事務長様

突然のご連絡失礼いたします。
空間除菌機器の販売をしております、株式会社クリーンエア東和の営業部でございます。

冬場の院内感染対策はお済みでしょうか。
当社の業務用オゾン発生器「エアガードPro」は、
夜間の無人時間帯に待合室・病室を自動で除菌いたします。
内科・小児科・耳鼻咽喉科のクリニックさまを中心に、老健・特養など介護施設でも多数導入いただいております。

今月末までにお申し込みの医療機関さまには、2週間の無料貸し出しをご用意しました。
ご希望の先生は、本メールに「貸し出し希望」と貴院名・お電話番号をご記入のうえご返信ください。

株式会社クリーンエア東和 営業部
TEL 03-5901-2264
"""
    eml = plain(mid, date, "クリーンエア東和 営業部", "sales@kuukan-clean.example.jp",
                "【院内感染対策】オゾン発生器 2週間無料貸し出しのご案内", body, "sjis", "smtp.kuukan-clean.example.jp",
                "198.51.100.66")
    add(58, "ozone-generator-free-trial-sales-sjis", "spam",
        "text/plain Shift_JIS 8bit; From/Subject RFC 2047 Shift_JIS B", "medium",
        "Ozone-generator sales mail to clinics and care homes: spam (unsolicited marketing); 内科・小児科・耳鼻咽喉科, 老健・特養, the phone and the 'reply with your clinic name' request are no lead data",
        eml, gold(mid, "spam"))


def m059():
    mid = "a91c07e4b2d3f5a6@notify.secure-docshare.example.com"
    date = "Fri, 09 Apr 2027 03:17:44 +0000"
    text = """You have received 3 new documents

md@md2-rm.example.org, documents have been shared with you via SecureDocShare.

  Sender:   HR Department
  Files:    Physician_Contract_2027.pdf, Salary_Adjustment.xlsx, Invoice_0419.pdf
  Expires:  within 48 hours

Sign in with your email password to view and download the files:
https://secure-docshare.example.com/view?id=md2rm-8f31c

If you do not open the documents before they expire, they will be deleted
permanently.

SecureDocShare - Trusted file delivery
"""
    html = ('<html><body style="font-family:Arial,sans-serif">\n<h2>You have received 3 new documents</h2>\n'
            '<p>md@md2-rm.example.org, documents have been shared with you via SecureDocShare.</p>\n'
            '<p>Sender: HR Department<br>Files: Physician_Contract_2027.pdf, Salary_Adjustment.xlsx, Invoice_0419.pdf<br>'
            'Expires: within 48 hours</p>\n<p><a href="https://secure-docshare.example.com/view?id=md2rm-8f31c">'
            'VIEW DOCUMENTS</a></p>\n<p style="font-size:11px">If you do not open the documents before they expire, '
            'they will be deleted permanently.</p>\n</body></html>\n')
    hdrs = std(mid, date, "SecureDocShare <no-reply@notify.secure-docshare.example.com>",
               "md@md2-rm.example.org: 3 documents shared with you (expires in 48h)",
               "out3.notify.secure-docshare.example.com", "203.0.113.187")
    parts = [leaf(text, "us-ascii", "us-ascii", "7bit"), leaf(html, "us-ascii", "us-ascii", "7bit", ctype="text/html")]
    eml = multipart(hdrs, "alternative", "----=_Part_118830_2041977135.1807240664", parts)
    add(59, "english-document-share-phishing-alt", "spam",
        "multipart/alternative: text/plain + text/html, us-ascii 7bit; English; Date +0000", "easy",
        "English file-sharing phishing ('3 documents shared with you', sign in with your email password): spam; 'Physician_Contract' and 'HR Department' are bait",
        eml, gold(mid, "spam"))


def m060():
    mid = "20270510190000.mkt.30417@dr-marriage.example.jp"
    date = "Mon, 10 May 2027 19:00:00 +0900"
    text = """医師の先生限定
━━━━━━━━━━━━━━━━━━━━━━
ドクターズ・プレミアム婚活パーティー 6月開催のご案内
━━━━━━━━━━━━━━━━━━━━━━

勤務医・開業医の先生方、忙しさを理由に出会いをあきらめていませんか？

当会では、医師（常勤・非常勤・研修医を問いません）の男性と、
身元確認済みの女性による少人数制のパーティーを全国主要都市で開催しております。

　開催地：札幌・東京・名古屋・大阪・福岡
　日程　：6月の土曜日・日曜日
　対象　：30歳〜55歳の医師の方
　参加費：男性 15,000円（早割あり）

当直明けでも参加しやすい午後の開催です。
お申し込みは医師免許証の写しを添えて、下記フォームから。
https://www.dr-marriage.example.jp/party/2027june

一般社団法人 ドクターズ・マリッジ協会
TEL 03-6427-0935

※本メールは医師・医療機関向けに配信しています。
※配信停止は https://www.dr-marriage.example.jp/stop からお手続きください。
"""
    html = html_divs(text, "Shift_JIS", style="font-family:'MS PGothic',sans-serif")
    hdrs = std(mid, date, addr("ドクターズ・マリッジ協会", "info@dr-marriage.example.jp", "sjis"),
               ew("【医師限定】6月開催 プレミアム婚活パーティーのご案内", "sjis"), "mta.dr-marriage.example.jp",
               "198.51.100.219")
    eml = single(hdrs, html, "cp932", "Shift_JIS", "8bit", ctype="text/html")
    add(60, "doctors-matchmaking-party-html-sjis", "spam",
        "text/html only, Shift_JIS 8bit (CP932-compatible text); From/Subject RFC 2047 Shift_JIS B", "medium",
        "Matchmaking-party advertisement aimed at physicians: spam, not doctor; 常勤・非常勤, 30歳〜55歳, 全国, 6月, 当直明け, 医師免許証 and the 配信停止 link are no lead data",
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
