#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Fourth development set for madoguchi parse (50 invented messages + gold labels).

    python3 generate.py [OUTDIR]     # writes NNN-slug.eml, NNN-slug.json, index.tsv

Written from the lead contract and the vocabularies. The set leans towards mail whose
category is hard to tell: automatic replies without RFC 3834 headers, sales mail full of
recruiting words, people with medical backgrounds who are not physicians, institutions
writing in a personal voice and physicians writing in unusual ways. People,
institutions, numbers and addresses are invented; only .example.jp / .example.com /
.example.org domains are used. Output is deterministic. MIME is assembled by hand
(RFC 2047 words, base64 and QP via the standard library) so that every byte, charset
label and transfer encoding is exactly what the index says; CRLF line endings
throughout.
The MIME and encoding helpers are those of ../tools/mailgen.py.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tools"))
from mailgen import (  # noqa: E402
    addr, ew, gold, INBOX, leaf, multipart, quote, received, SANIN, SEC_SIG, single,
    write_set)


SEC_NAME = "地域医療マッチング事務局"
SEC_FROM = "%s <%s>" % (SEC_NAME, INBOX)

MAILS = []


def add(num, slug, cat, enc, diff, desc, eml, g):
    MAILS.append(dict(num=num, slug=slug, cat=cat, enc=enc, diff=diff, desc=desc, eml=eml, gold=g))


def hdrs(date, frm, subject, mid, to=INBOX, extra=(), rp=None, host=None, ip="198.51.100.20",
         qid="4cXq1L2mRtz9Vb", recvd=None):
    """The usual header block of a received mail; frm is the ready From value."""
    m = frm.rsplit("<", 1)[-1].rstrip(">") if "<" in frm else frm
    dom = m.split("@", 1)[1]
    host = host or "mail." + dom
    pairs = [("Return-Path", rp if rp is not None else "<%s>" % m),
             ("Received", received(host, ip, qid, recvd or date)),
             ("Date", date),
             ("From", frm),
             ("To", to),
             ("Subject", subject),
             ("Message-ID", "<%s>" % mid)]
    return pairs + list(extra)


def html_of(text, font="sans-serif"):
    """A webmail-style HTML rendering of plain text: one <div> per line."""
    import html as _h
    rows = []
    for line in text.rstrip("\n").split("\n"):
        rows.append("<div>%s</div>" % (_h.escape(line) if line else "<br>"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body><div style="font-family:%s">\n' % font + "\n".join(rows) + "\n</div></body></html>\n")


NEWSLETTER = """━━━━━━━━━━━━━━━━━━━━━━━━━━━━
地域医療マッチング通信　%s
━━━━━━━━━━━━━━━━━━━━━━━━━━━━
■ 今月の新着求人
・北海道 道北の町立病院：内科 常勤（住宅あり）
・島根県 隠岐の診療所：総合診療 非常勤 週2日
・高知県 四万十川流域：当直・日直（スポット）

■ オンライン説明会のご案内
定年後の働き方を考える先生方を対象に、毎月第3土曜日に開催しています。

配信停止をご希望の方は、このメールにその旨ご返信ください。
""" + SEC_SIG


# ======================================================================= doctor

def m001():
    mid = "CAKx7Qz3m0_fT8vR2a9pLw4sNbY1eJ@mail.mobilenet.example.jp"
    body = """内科医です。
登録希望します。
長野県で週2日、非常勤。
来月から可。
090-4417-2093
大久保
"""
    h = hdrs("Sat, 21 Jun 2025 22:47:31 +0900", addr("大久保 誠", "m-okubo.0315@mobilenet.example.jp", "sjis"),
             ew("登録希望", "sjis"), mid, host="msa.mobilenet.example.jp", ip="203.0.113.18")
    eml = single(h, body, "shift_jis", "Shift_JIS", "8bit")
    g = gold(mid, "doctor", name="大久保 誠", email="m-okubo.0315@mobilenet.example.jp", phone="09044172093",
             specialties=["内科"], prefectures=["長野県"], employment=["part_time"], days_per_week=2,
             start="2025-07")
    add(1, "six-line-mobile-registration-sjis", "doctor",
        "text/plain Shift_JIS 8bit; From name RFC 2047 Shift_JIS B; six lines from a phone", "medium",
        "Six-line registration with no greeting: full name only in the From header (body signs 大久保), 週2日 -> 2, 来月 in Jun 2025 -> 2025-07",
        eml, g)


def m002():
    mid = "2f6a91c4-58e0-4b7d-a3c2-0e9d71b8f4a6@cascademail.example.com"
    body = """Dear Matching Secretariat,

My name is Naoko Fujisawa. I am a Japanese-licensed physician (Tohoku
graduate, 1992) and have spent the last eleven years in Washington State,
currently as an emergency physician at Cascade Valley Medical Group in
Everett.

My husband and I are moving back to Japan next year, and I would like to
work in a region that needs doctors. Emergency medicine is my main field,
but I also did four years of general practice in a rural clinic here and
am comfortable with outpatient primary care.

What I have in mind:
- Area: Akita or Yamagata (my parents live in Sakata)
- Part-time, around three days a week
- Starting April 2026

Before I register, may I ask two things? Is there an upper age limit (I
am 58)? And do I need to renew anything with the Ministry after working
abroad for so long?

With thanks,
Naoko Fujisawa, MD
Japanese mobile (active from March): +81 80-3321-7764
"""
    h = hdrs("Tue, 08 Jul 2025 19:05:44 -0700", addr("Naoko Fujisawa", "n.fujisawa@cascademail.example.com"),
             "Registration inquiry - emergency / general practice, Akita or Yamagata", mid,
             host="smtp.cascademail.example.com", ip="198.51.100.201",
             recvd="Wed, 09 Jul 2025 11:05:47 +0900 (JST)",
             extra=[("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:128.0) Gecko/20100101\n Thunderbird/128.3.0")])
    eml = single(h, body, "utf-8", "utf-8", "7bit", extra="; format=flowed")
    g = gold(mid, "doctor", name="Naoko Fujisawa", email="n.fujisawa@cascademail.example.com",
             phone="08033217764", age=58, organization="Cascade Valley Medical Group",
             specialties=["救急科", "総合診療科"], prefectures=["秋田県", "山形県"], employment=["part_time"],
             days_per_week=3, start="2026-04")
    add(2, "english-emergency-physician-abroad", "doctor",
        "text/plain UTF-8 7bit format=flowed; Date -0700 (next day in Tokyo); English only", "hard",
        "Physician abroad writes in English with questions before registering: emergency + general practice -> 救急科, 総合診療科; Akita/Yamagata -> 秋田県, 山形県 (Sakata is family, not a third wish); three days a week -> 3; April 2026; 58; +81 80 -> 080...; 1992 is a graduation year, not a birth year",
        eml, g)


def m003():
    mid = "20250827183015.4B21.9E7A6C03@yonago-minato.example.jp"
    body = """地域医療マッチング事務局 御中

突然のメールで失礼いたします。
市立米子みなと病院 消化器内科の吉岡と申します。

本日は私自身のことではなく、同じ病院の整形外科部長である
長谷川 恒夫 先生のことでご連絡いたしました。
長谷川先生は64歳で、来年3月末に当院を定年退職されます。
先日、医局でこちらの事業の話をしたところ大変関心を持たれ、
本人の了解を得て、私から先にご紹介させていただくことにしました。

本人の希望を聞いたところでは、
　・整形外科（外来と一般的な手術）
　・山陰であれば鳥取・島根どちらでも
　・常勤で、来年4月から
とのことです。

ご連絡は長谷川先生に直接お願いできればと思います。
　メール：t.hasegawa.ortho@yonago-minato.example.jp
　携帯　：090-8825-1460
（本メールのCCにも長谷川先生を入れております）

どうぞよろしくお願いいたします。

--
市立米子みなと病院 消化器内科
吉岡 沙織
TEL 0859-33-7100（代表）
"""
    h = hdrs("Wed, 27 Aug 2025 18:30:15 +0900", addr("吉岡 沙織", "s.yoshioka@yonago-minato.example.jp", "jis"),
             ew("整形外科の先生のご紹介（山陰地方・常勤希望）"), mid, ip="192.0.2.57",
             extra=[("Cc", addr("長谷川 恒夫", "t.hasegawa.ortho@yonago-minato.example.jp", "jis")),
                    ("X-Mailer", "Becky! ver. 2.81.05 [ja]")])
    eml = single(h, body, "iso2022_jp", "ISO-2022-JP", "7bit")
    g = gold(mid, "doctor", name="長谷川 恒夫", email="t.hasegawa.ortho@yonago-minato.example.jp",
             phone="09088251460", age=64, organization="市立米子みなと病院", specialties=["整形外科"],
             prefectures=SANIN, employment=["full_time"], start="2026-04")
    add(3, "colleague-introduces-orthopedist-sanin-jis", "doctor",
        "text/plain ISO-2022-JP 7bit; Cc to the physician; Subject RFC 2047", "hard",
        "A gastroenterologist introduces a colleague: the lead is the orthopaedist (name, age 64, his email and mobile from the body), not the writer; 消化器内科 is the writer's field; 山陰 -> 鳥取県, 島根県; 来年4月 in Aug 2025 -> 2026-04; 来年3月末 is the retirement",
        eml, g)


def m004():
    mid = "20250926101208.ME4471@iyo-net.example.jp"
    body = """地域医療マッチング事務局　ご担当者様

ホームページを拝見しました。登録する前に、いくつか教えていただきたくメールしました。

私は眼科医で、今年七十歳になりました。
昨年まで松山市内の眼科医院に勤めておりましたが、いまは時々知人の医院を手伝う程度です。
白内障の手術はもう控えていますが、外来診療ならまだ十分にできると思っています。

働くとすれば、愛媛県か香川県で、週1日の非常勤か、スポットでの外来応援を考えています。

お聞きしたいのは次の点です。
１．七十歳でも登録や紹介の対象になるのでしょうか。
２．眼科の医師を求めている地域は実際にあるのでしょうか。
３．遠方の場合、交通費や宿泊費はどなたが負担するのでしょうか。
４．登録後、必ず紹介を受けなければならないのでしょうか。

お手数ですが、お教えください。

村上 俊彦
電話 089-946-3318
"""
    h = hdrs("Fri, 26 Sep 2025 10:12:08 +0900", addr("村上 俊彦", "t-murakami@iyo-net.example.jp", "euc"),
             ew("登録前の質問です", "euc"), mid, ip="203.0.113.96",
             extra=[("X-Mailer", "Sylpheed 3.7.0 (GTK+ 2.24.33; x86_64-pc-linux-gnu)")])
    eml = single(h, body, "euc_jp", "EUC-JP", "8bit")
    g = gold(mid, "doctor", name="村上 俊彦", email="t-murakami@iyo-net.example.jp", phone="0899463318",
             age=70, specialties=["眼科"], prefectures=["愛媛県", "香川県"], employment=["part_time", "spot"],
             days_per_week=1)
    add(4, "questions-before-registering-ophthalmologist-eucjp", "doctor",
        "text/plain EUC-JP 8bit; headers RFC 2047 EUC-JP B", "hard",
        "A physician's mail that is mostly questions (age limit, demand, travel costs): still doctor, since he states field, area and terms; 七十歳 -> 70; 週1日の非常勤かスポット -> part_time+spot, 1 day; last workplace unnamed -> organization null; no start",
        eml, g)


def m005():
    mid = "TY3P286MB2771D0A8E51C4F7B9A2E6D83C1@TY3P286MB2771.JPNP286.prod.outlook.example.com"
    text = """地域医療マッチング事務局 御中

はじめてご連絡いたします。
宮崎市で「ひむか皮ふ科クリニック」を開業しております、院長の日高 理恵と申します。

当院は木曜日が休診日のため、その日を使って、皮膚科の医師がいない地域で
診療のお手伝いができないかと考えております。
調べたところ、宮崎県内でも県北や山間部には皮膚科の外来がほとんどないと聞きました。

条件は次のとおりです。
・皮膚科の外来（週1日、木曜日）
・宮崎県内であれば、日帰りできる範囲で
・来年1月から

自院の診療は続けますので、非常勤での勤務になります。
このような形でも登録できますでしょうか。

ひむか皮ふ科クリニック
院長　日高 理恵
TEL：0985-28-6640
"""
    h = hdrs("Thu, 06 Nov 2025 13:41:27 +0900", addr("日高 理恵", "r.hidaka@himuka-hifu.example.jp", "utf8"),
             ew("非常勤（週1日）での勤務について", "utf8"), mid,
             host="mail-tycp286.outbound.protection.outlook.example.com", ip="52.101.228.17",
             extra=[("Thread-Topic", ew("非常勤（週1日）での勤務について", "utf8")),
                    ("Thread-Index", "AdtO2dF0aV7pX1e3QKmR8s2cB9n4wA=="),
                    ("Content-Language", "ja-JP")])
    parts = [leaf(text, "utf-8", '"utf-8"', "base64"),
             leaf(html_of(text, "游ゴシック"), "utf-8", '"utf-8"', "base64", "text/html")]
    eml = multipart(h, "alternative", "_000_TY3P286MB2771D0A8E51C4F7B9A2E6D83C1TY3P286MB2771JPNP_", parts)
    g = gold(mid, "doctor", name="日高 理恵", email="r.hidaka@himuka-hifu.example.jp", phone="0985286640",
             organization="ひむか皮ふ科クリニック", specialties=["皮膚科"], prefectures=["宮崎県"],
             employment=["part_time"], days_per_week=1, start="2026-01")
    add(5, "clinic-director-wants-day-elsewhere-alt-utf8", "doctor",
        "multipart/alternative text+html UTF-8 base64 (Outlook); Thread-Topic", "hard",
        "A clinic's director (院長, clinic name in the signature) offers her closed Thursday to a shortage area: she is a physician looking for work, not an institution recruiting -> doctor; organization is her clinic; 皮ふ科 -> 皮膚科; 週1日 -> 1; 来年1月 in Nov 2025 -> 2026-01",
        eml, g)


def m006():
    mid = "20251215203344.71F3.4D8B2E90@fujimi-home.example.jp"
    quoted = """髙木 宏之 先生

お世話になっております。地域医療マッチング事務局の三浦でございます。
先日はお電話をいただき、ありがとうございました。
ご紹介先を検討するにあたり、次の点をお知らせいただけますでしょうか。

・生年（和暦でも結構です）
・ご専門の診療科
・ご希望の勤務地
・常勤／非常勤のご希望
・勤務開始のご希望時期

どうぞよろしくお願いいたします。

""" + SEC_SIG
    body = """三浦様

ご連絡ありがとうございます。髙木です。
お尋ねの件、以下のとおりです。

・生年：昭和三十五年生まれです
・専門：循環器内科（心エコー、ペースメーカー外来の経験あり）
・勤務地：静岡県か山梨県を希望します
・勤務形態：常勤を希望します
・開始時期：令和８年度から

前職は富士見ヶ丘記念病院で、今年９月に退職しました。
ご検討のほど、よろしくお願いいたします。

髙木 宏之
TEL（自宅）055-224-7716
携帯 080-6135-2290

On Thu, 11 Dec 2025 15:02:48 +0900
""" + SEC_NAME + " <" + INBOX + """> wrote:
""" + quote(quoted) + "\n"
    h = hdrs("Mon, 15 Dec 2025 20:33:44 +0900", addr("髙木 宏之", "h.takagi@fujimi-home.example.jp", "msjis"),
             "Re: " + ew("ご登録内容の確認のお願い", "msjis"), mid, ip="203.0.113.141",
             extra=[("In-Reply-To", "<ack.20251211150248.3302@md2-rm.example.org>"),
                    ("References", "<ack.20251211150248.3302@md2-rm.example.org>"),
                    ("X-Mailer", "Becky! ver. 2.82.01 [ja]")])
    eml = single(h, body, "ms-iso2022jp", "ISO-2022-JP", "7bit")
    g = gold(mid, "doctor", name="髙木 宏之", email="h.takagi@fujimi-home.example.jp", phone="0552247716",
             birth_year=1960, organization="富士見ヶ丘記念病院", specialties=["循環器内科"],
             prefectures=["静岡県", "山梨県"], employment=["full_time"], start="2026-04")
    add(6, "becky-reply-cardiologist-kanji-era-msjis", "doctor",
        "text/plain ISO-2022-JP labelled, Outlook/Becky cp932 extension 髙; Becky quote header with '> '; In-Reply-To", "medium",
        "Reply to the secretariat's questions: 昭和三十五年 -> 1960; 循環器内科; 令和８年度 (full-width digit) -> 2026-04; first phone is the home line; 前職 -> organization; the quote holds the secretariat phone",
        eml, g)


def m007():
    mid = "form.20260113091522.0412@form.md2-rm.example.org"
    body = """求人への応募がありました。内容をご確認ください。

【応募先求人】
求人番号：H-2025-118
医療機関：南房総市立 白浜なぎさ病院（千葉県南房総市）
募集内容：内科 非常勤（外来・病棟）

【応募者情報】
お名前　　　：小田切 静香
フリガナ　　：おだぎり しずか
メール　　　：odagiri.shizuka@bayside-mail.example.jp
電話番号　　：080-2716-5538
生年月日　　：1961年5月8日
現在の勤務先：医療法人 潮見会 船橋しおみ病院
専門　　　　：内科（糖尿病専門医）
勤務可能日数：週2日
勤務開始希望：2026年2月

【メッセージ】
母の介護のため館山に移り住むことになり、近くで働ける場所を探しています。
水曜と金曜であれば確実に勤務できます。

--
このメールは求人応募フォームから自動送信されています。
地域医療マッチング事務局　TEL 03-6675-9919
"""
    h = hdrs("Tue, 13 Jan 2026 09:15:22 +0900", addr("地域医療マッチング 求人応募フォーム", "no-reply@form.md2-rm.example.org", "utf8"),
             ew("【求人応募】H-2025-118 南房総市立 白浜なぎさ病院 内科 非常勤", "utf8"), mid,
             host="web03.md2-rm.example.org", ip="192.0.2.83", rp="<no-reply@form.md2-rm.example.org>",
             extra=[("X-Mailer", "md2-rm formmailer 2.6")])
    eml = single(h, body, "utf-8", "UTF-8", "base64")
    g = gold(mid, "doctor", name="小田切 静香", name_kana="オダギリ シズカ",
             email="odagiri.shizuka@bayside-mail.example.jp", phone="08027165538", birth_year=1961,
             organization="医療法人 潮見会 船橋しおみ病院", specialties=["内科", "糖尿病・内分泌内科"],
             prefectures=["千葉県"], employment=["part_time"], days_per_week=2, start="2026-02")
    add(7, "listing-application-form-utf8", "doctor",
        "text/plain UTF-8 base64; application form for one listing (from no-reply, applicant in the body)", "hard",
        "Application to a listed post through the form: the listing's hospital is not the applicant's organization (船橋しおみ病院 is); prefecture 千葉県 from the listing she applies to; municipality null for a doctor; 1961年5月8日 -> 1961; hiragana reading -> katakana; 週2日, 2026年2月",
        eml, g)


def m008():
    mid = "f0c81e2a9b7d4c53a6e1@mobile.sora-mail.example.jp"
    html = """<html><head><meta charset="UTF-8"></head><body>
<div>はじめまして。<br>
札幌在住の麻酔科医です。質問なのですが、夏の間だけ道東で当直やスポットの仕事を紹介していただくことはできますか？</div>
<div><br></div>
<div>毎年7月から8月にかけて家族で釧路・根室方面に長く滞在するので、その間に少しでも地域のお役に立てればと思いました。<br>
麻酔の仕事でなくても、内科の当直であれば対応できます。</div>
<div><br></div>
<div>今年の7月からお願いできればうれしいです。<br>
登録が必要であれば手続きを教えてください。</div>
<div><br></div>
<div>安達 望<br>
090-6681-0247</div>
<div><br></div>
<div style="color:#888888">Sora Mail for iPhone から送信</div>
</body></html>
"""
    h = hdrs("Sun, 22 Feb 2026 21:08:56 +0900", addr("安達 望", "nozomi.adachi@sora-mail.example.jp", "utf8"),
             ew("夏だけの当直は可能ですか？", "utf8"), mid, host="mobile.sora-mail.example.jp", ip="203.0.113.77")
    eml = single(h, html, "utf-8", "UTF-8", "quoted-printable", "text/html")
    g = gold(mid, "doctor", name="安達 望", email="nozomi.adachi@sora-mail.example.jp", phone="09066810247",
             specialties=["麻酔科", "内科"], prefectures=["北海道"], employment=["spot"], start="2026-07")
    add(8, "question-summer-duty-doto-mobile-html", "doctor",
        "text/html only, UTF-8 quoted-printable (phone mail app)", "hard",
        "A physician's question-shaped mail (できますか？): doctor, since she asks for work for herself; 道東 -> 北海道 (札幌 is where she lives); 当直やスポット -> spot; 麻酔科 + 内科 (内科の当直 she will take on); 今年の7月 in Feb 2026 -> 2026-07",
        eml, g)


# ===================================================================== hospital

def m009():
    mid = "20250617074502.2C9D.61AF0E37@wagakawa-hp.example.jp"
    body = """地域医療マッチング事務局 御中

岩手県西和賀町の町立わがかわ病院で院長をしております、小野寺 健吾と申します。
事務方を通さず、私から直接メールを差し上げる失礼をお許しください。

私自身は外科医で、この町に来て二十年になります。
古希を過ぎ、当直もそろそろ若い先生に代わってもらいたいのですが、
現在、常勤医は私を含めて三名で、内科の先生が一人辞めてからは外来も病棟も手一杯です。

そこで、内科の常勤医師を一名お願いできないかと考えております。
定年を迎えられた先生でまったく構いません。むしろ、経験豊富な先生に来ていただければ、
私も安心して後を託せます。

・診療科：内科（総合診療の経験があればなお歓迎）
・勤務形態：常勤
・勤務開始：来年4月から（早まる分には歓迎です）
・住居：町が医師住宅を用意します（雪国ですが、冬道の送迎もいたします）

私も外科医として、一緒に働く先生の立場はよく分かっているつもりです。
一度お電話でお話しできれば幸いです。

町立わがかわ病院
院長　小野寺 健吾
〒029-5512 岩手県和賀郡西和賀町川尻40-11
TEL 0197-82-2131（代表）　FAX 0197-82-2139
"""
    h = hdrs("Tue, 17 Jun 2025 07:45:02 +0900", addr("小野寺 健吾", "onodera@wagakawa-hp.example.jp", "jis"),
             ew("内科常勤医師のお願い（院長より）"), mid, ip="192.0.2.144",
             extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    eml = single(h, body, "iso2022_jp", "ISO-2022-JP", "7bit")
    g = gold(mid, "hospital", name="小野寺 健吾", email="onodera@wagakawa-hp.example.jp", phone="0197822131",
             organization="町立わがかわ病院", specialties=["内科", "総合診療科"], prefectures=["岩手県"],
             municipality="西和賀町", employment=["full_time"], start="2026-04")
    add(9, "director-surgeon-first-person-iwate-jis", "hospital",
        "text/plain ISO-2022-JP 7bit; Subject RFC 2047", "hard",
        "A hospital director who is a surgeon writes in the first person (私自身は外科医, 古希を過ぎ): hospital, recruiting 内科 (+ 総合診療 welcome), not a doctor seeking work; 外科 is his own field; age null (古希 is not a stated number); 西和賀町 after 和賀郡; 来年4月 in Jun 2025 -> 2026-04",
        eml, g)


def m010():
    mid = "000001dbef4a$5c2e8d10$148ba830$@vill-urugi.example.jp"
    body = """地域医療マッチング事務局の皆様

長野県売木村の村長、松澤 正志でございます。
ふだんこうしたお願いは担当課から差し上げるのですが、村にとって大事なことですので、
私から一筆お送りさせていただきます。

人口五百人余りの私どもの村には、村営の売木村診療所がひとつあるきりです。
長年、村民を診てくださった先生が、来年の春でご勇退されることになりました。
村民の多くは高齢で、車を運転できない者も少なくありません。
診療所がなくなることは、この村で暮らし続けられるかどうかに直結いたします。

つきましては、令和8年4月から診療所に常勤していただける先生を探しております。
内科か総合診療の先生であれば、年齢は問いません。
住まいは村で用意し、引っ越しの費用も村が負担いたします。
星のきれいな、静かな村です。一度お越しいただければと願っております。

お問い合わせは、村役場の代表までお願いいたします。

売木村長　松澤 正志
売木村役場
〒399-1601 長野県下伊那郡売木村968
電話 0260-28-2311
"""
    h = hdrs("Mon, 07 Jul 2025 16:20:49 +0900", addr("売木村役場", "soumu@vill-urugi.example.jp", "sjis"),
             ew("村長より 診療所の医師についてのお願い", "sjis"), mid, ip="203.0.113.62",
             extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdvvSlwuY5nF0uWkR4KfT3fZ8n1qzQ==")])
    eml = single(h, body, "shift_jis", '"shift_jis"', "8bit")
    g = gold(mid, "hospital", name="松澤 正志", email="soumu@vill-urugi.example.jp", phone="0260282311",
             organization="売木村役場", specialties=["内科", "総合診療科"], prefectures=["長野県"],
             municipality="売木村", employment=["full_time"], start="2026-04")
    add(10, "village-mayor-letter-sjis", "hospital",
        "text/plain Shift_JIS 8bit (label quoted, lower case); Outlook", "medium",
        "A village mayor writes a personal letter for the village clinic: hospital; name is the mayor (he signs, contact is the village office line); organization 売木村役場 as signed; 令和8年4月 -> 2026-04; 来年の春 is the retirement; 年齢は問いません is not an area phrase",
        eml, g)


def m011():
    mid = "20251014112730.5E0A@nakacho-sakuranosato.example.jp"
    body = """地域医療マッチング事務局
ご担当者様

はじめてご連絡いたします。
徳島県那賀町にあります特別養護老人ホーム さくらの里で施設長をしております、
湯浅 恭子と申します。私は医師ではなく、介護職から施設長になった者です。

当施設には入所者が八十名おりますが、これまで配置医師をお願いしていた先生が
体調を崩され、今年いっぱいで退かれることになりました。
町内の医療機関にも相談しましたが、どこも人手が足りず、お引き受けいただけません。

お願いしたいのは、次のような内容です。
　・配置医師として、週1回（木曜日の午後）の回診
　・入所者の健康管理、看取りの際のご対応（夜間はオンコールのご相談）
　・来年1月から

診療科は問いませんが、高齢の方を診慣れた先生だとありがたく存じます。
お力添えいただけますと幸いです。

社会福祉法人 那賀福祉会 特別養護老人ホーム さくらの里
施設長　湯浅 恭子
TEL 0884-62-1187　FAX 0884-62-1190
"""
    h = hdrs("Tue, 14 Oct 2025 11:27:30 +0900", addr("さくらの里 湯浅", "yuasa@nakacho-sakuranosato.example.jp", "euc"),
             ew("配置医師のお願い（特別養護老人ホーム）", "euc"), mid, ip="198.51.100.88",
             extra=[("X-Mailer", "Sylpheed 3.8.0beta1 (GTK+ 2.24.33; x86_64-pc-linux-gnu)")])
    eml = single(h, body, "euc_jp", "EUC-JP", "8bit")
    g = gold(mid, "hospital", name="湯浅 恭子", email="yuasa@nakacho-sakuranosato.example.jp", phone="0884621187",
             organization="社会福祉法人 那賀福祉会 特別養護老人ホーム さくらの里", specialties=["老健・介護施設"],
             prefectures=["徳島県"], municipality="那賀町", employment=["part_time"], days_per_week=1,
             start="2026-01")
    add(11, "care-home-manager-haichi-ishi-eucjp", "hospital",
        "text/plain EUC-JP 8bit; headers RFC 2047 EUC-JP B", "medium",
        "A care home's manager (not a physician, says so) seeks a 配置医師 once a week: hospital; 配置医師/特別養護老人ホーム -> 老健・介護施設; 診療科は問いません leaves no other field; 週1回 -> 1, part_time (オンコール is not a separate employment); 来年1月 in Oct 2025 -> 2026-01; 八十名 is residents, not an age",
        eml, g)


def m012():
    mid = "8d3c2b51-7f0e-4a96-b1d8-c5e2f9a04b73@engaru-kodama.example.jp"
    body = """地域医療マッチング事務局 御中

北海道遠軽町で「こだま内科小児科医院」を開いております、児玉 修一と申します。 
私ごとで恐縮ですが、医院の後を継いでくださる先生を探しており、ご相談いたします。 

父の代から五十年、町の内科と小児科を担ってまいりましたが、私も後期高齢者と 
なり、子どもたちは医師になりませんでした。このまま閉院すれば、町内で子どもを 
診る医療機関がなくなってしまいます。 

考えておりますのは、次のような形です。 
・まずは非常勤で週2日程度、私と一緒に外来をしていただく 
・慣れていただいたところで、院長として常勤で継承していただく 
・建物、医療機器、職員はそのまま引き継いでいただけます 

内科、小児科のどちらかが診られる先生であれば、ご年齢は問いません。 
時期はご相談に応じます。 

こだま内科小児科医院 
院長　児玉 修一 
北海道紋別郡遠軽町大通北3丁目2-8 
電話 0158-42-3306 
"""
    h = hdrs("Thu, 21 Aug 2025 15:02:11 +0900", addr("児玉 修一", "kodama-iin@engaru-kodama.example.jp", "utf8"),
             ew("医院の継承についてのご相談", "utf8"), mid, ip="192.0.2.19",
             extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101\n Thunderbird/128.1.1")])
    eml = single(h, body, "utf-8", "UTF-8", "8bit", extra="; format=flowed")
    g = gold(mid, "hospital", name="児玉 修一", email="kodama-iin@engaru-kodama.example.jp", phone="0158423306",
             organization="こだま内科小児科医院", specialties=["内科", "小児科"], prefectures=["北海道"],
             municipality="遠軽町", employment=["part_time", "full_time"], days_per_week=2)
    add(12, "clinic-successor-engaru-flowed-utf8", "hospital",
        "text/plain UTF-8 8bit format=flowed (trailing spaces on soft breaks)", "hard",
        "A clinic doctor seeks a successor, in the first person (私も後期高齢者): hospital; first 非常勤 週2日程度 then 常勤 -> part_time+full_time, 2 days; 内科, 小児科; 遠軽町 after 紋別郡; 時期はご相談 -> no start; 五十年 is not an age",
        eml, g)


def m013():
    mid = "CAF7hR2kT9vYq0m1Lw3xB8nJ5sPz4dE6cQ@mail.gmail-like.example.com"
    quoted = """丸森中央病院
総務課 菊地様

いつもお世話になっております。地域医療マッチング事務局の三浦です。
貴院の求人（整形外科 常勤）を掲載して三か月が経ちましたので、
掲載内容に変更がないか確認させていただきたく、ご連絡いたしました。
変更がある場合は、このメールにご返信ください。

""" + SEC_SIG
    body = """三浦様

お世話になっております。丸森中央病院の菊地です。
ご確認ありがとうございます。掲載内容について、2点変更をお願いします。

1. 勤務開始を「即日」から「来年4月」に変更してください。
   （現在の先生が来年3月まで残ってくださることになりました）
2. 診療科を「整形外科またはリハビリテーション科」としてください。
   回復期リハビリ病棟を担当していただける先生でも結構です。

常勤であることなど、その他は変更ありません。
引き続きよろしくお願いいたします。

菊地 美香
丸森中央病院 総務課
0224-72-2105

2025年9月2日(火) 10:12 """ + SEC_NAME + " <" + INBOX + """>:

""" + quote(quoted) + "\n"
    h = hdrs("Tue, 02 Sep 2025 14:55:08 +0900", addr("丸森中央病院 総務課", "soumu.marumori.chuo@gmail-like.example.com", "utf8"),
             "Re: " + ew("【ご確認】掲載中の求人について", "utf8"), mid, host="mail-sor-f41.gmail-like.example.com",
             ip="209.85.220.41",
             extra=[("In-Reply-To", "<list.20250902101233.5518@md2-rm.example.org>"),
                    ("References", "<list.20250902101233.5518@md2-rm.example.org>")])
    parts = [leaf(body, "utf-8", '"UTF-8"', "base64"),
             leaf(html_of(body, "arial,sans-serif"), "utf-8", '"UTF-8"', "quoted-printable", "text/html")]
    eml = multipart(h, "alternative", "000000000000a81c2f063dd0e7b2", parts)
    g = gold(mid, "hospital", name="菊地 美香", email="soumu.marumori.chuo@gmail-like.example.com",
             phone="0224722105", organization="丸森中央病院", specialties=["整形外科", "リハビリテーション科"],
             employment=["full_time"], start="2026-04")
    add(13, "gmail-reply-listing-change-marumori-alt", "hospital",
        "multipart/alternative UTF-8 base64 + QP (Gmail); Gmail quote header 'YYYY年M月D日(曜) HH:MM 名前 <addr>:' with '> '", "hard",
        "Hospital staff answer in a thread about their listing: hospital; changes start to 来年4月 in Sep 2025 -> 2026-04 (来年3月 is the current doctor); 整形外科 + リハビリテーション科; 常勤 in the reply; no prefecture or town is written in the reply (丸森 alone is not a prefecture) -> prefectures [] and municipality null",
        eml, g)


def m014():
    mid = "20251015094118.3A7C.0B5D2E19@shobara-ishikai.example.jp"
    body = """地域医療マッチング事務局 御中

いつも大変お世話になっております。
広島県の庄原市医師会で事務局を担当しております、三上 直美と申します。

本日は、当医師会の会員病院である「庄原けやき病院」の医師募集について、
院長先生からご依頼を受け、ご紹介させていただきます。

同院では、手術日の麻酔を担当していただける麻酔科の先生を探しておられます。
　・麻酔科　非常勤　週1日（火曜日、手術日）
　・勤務地：庄原けやき病院（庄原市西本町）
　・開始時期：11月から

詳しい条件は、同院の事務長 森田様に直接お問い合わせいただけますでしょうか。
　森田 和也 様（庄原けやき病院 事務長）
　TEL 0824-72-3310
　E-mail morita@shobara-keyaki.example.jp

医師会としても、地域の手術体制を維持するため、ぜひお力添えをお願いしたく存じます。
どうぞよろしくお願いいたします。

一般社団法人 庄原市医師会 事務局
三上 直美
TEL 0824-72-0508
"""
    h = hdrs("Wed, 15 Oct 2025 09:41:18 +0900", addr("庄原市医師会 事務局", "jimu@shobara-ishikai.example.jp", "jis"),
             ew("会員病院の医師募集のご紹介（麻酔科）"), mid, ip="198.51.100.163",
             extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    eml = single(h, body, "iso2022_jp", "ISO-2022-JP", "7bit")
    g = gold(mid, "hospital", name="森田 和也", email="morita@shobara-keyaki.example.jp", phone="0824723310",
             organization="庄原けやき病院", specialties=["麻酔科"], prefectures=["広島県"], municipality="庄原市",
             employment=["part_time"], days_per_week=1, start="2025-11")
    add(14, "gun-ishikai-introduces-member-hospital-jis", "hospital",
        "text/plain ISO-2022-JP 7bit; Subject RFC 2047", "hard",
        "A city medical association introduces a member hospital's vacancy on the director's request: hospital, and (as for mail written for a physician) the person fields are the recruiting hospital's: contact 森田 和也, his email and phone from the body, organization 庄原けやき病院 (not the 医師会); 週1日 -> 1; 11月から in Oct 2025 -> 2025-11",
        eml, g)


def m015():
    mid = "K8p2WmQ7zR0vX4yT6sN1@mobile.ezmail.example.jp"
    body = """事務局様
新庄村の診療所で看護師長をしている有本です｡所長に頼まれて代わりにﾒｰﾙしています｡
所長が1人で土日も診ていて限界です｡土日の日直に来てくださる先生を探しています｡
内科の先生だとうれしいです｡12月からお願いできたら助かります｡
泊まるところは村の宿舎があります｡
詳しくは診療所に電話ください｡
新庄村国保診療所 有本 千春
0867-56-2018
"""
    h = hdrs("Wed, 12 Nov 2025 12:31:40 +0900", addr("有本 千春", "chiharu-a@ezmail.example.jp", "sjis"),
             ew("土日の日直のお願い", "sjis"), mid, host="msa.ezmail.example.jp", ip="203.0.113.38")
    eml = single(h, body, "shift_jis", "Shift_JIS", "8bit")
    g = gold(mid, "hospital", name="有本 千春", email="chiharu-a@ezmail.example.jp", phone="0867562018",
             organization="新庄村国保診療所", specialties=["内科"], municipality="新庄村",
             employment=["spot"], start="2025-12")
    add(15, "village-clinic-nurse-mobile-hankaku-sjis", "hospital",
        "text/plain Shift_JIS 8bit with half-width katakana and punctuation; mobile; no signature block", "hard",
        "A clinic's head nurse writes from her own phone for the clinic director: hospital; 土日の日直 -> spot; 12月から in Nov 2025 -> 2025-12; 新庄村 only (the prefecture is not written, and the name alone is not certain) -> prefectures []",
        eml, g)


def m016():
    mid = "20251208170544.9F21.3C6E@ono-yukiwari.example.jp"
    html = """<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head>
<body>
<p>地域医療マッチング事務局　御中</p>
<p>福井県大野市の介護老人保健施設 ゆきわり荘で事務長をしております、前川 隆と申します。</p>
<p>貴事業のホームページで、医療機関や施設が医師の求人を掲載できると知りました。<br>
掲載をお願いするには、どのような手続きが必要でしょうか。費用はかかりますか。</p>
<p>当施設の施設長（医師）が来年3月末で退任いたしますため、後任の施設長をお迎えしたいと考えております。<br>
おおよその条件は下記のとおりです。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><td>職種</td><td>施設長（医師）</td></tr>
<tr><td>勤務形態</td><td>常勤（日勤のみ、当直なし）</td></tr>
<tr><td>勤務開始</td><td>来年4月</td></tr>
<tr><td>定員</td><td>入所100名・通所40名</td></tr>
</table>
<p>必要な書類などがあれば、お知らせいただけますと幸いです。</p>
<p>介護老人保健施設 ゆきわり荘<br>
事務長　前川 隆<br>
〒912-0021 福井県大野市中野町12-5<br>
TEL 0779-66-4120</p>
</body></html>
"""
    h = hdrs("Mon, 08 Dec 2025 17:05:44 +0900", addr("ゆきわり荘 事務長 前川", "jimu@ono-yukiwari.example.jp", "sjis"),
             ew("求人掲載の手続きについて", "sjis"), mid, ip="192.0.2.201",
             extra=[("X-Mailer", "Active! mail 6.61.02")])
    eml = single(h, html, "cp932", "Shift_JIS", "8bit", "text/html")
    g = gold(mid, "hospital", name="前川 隆", email="jimu@ono-yukiwari.example.jp", phone="0779664120",
             organization="介護老人保健施設 ゆきわり荘", specialties=["老健・介護施設"], prefectures=["福井県"],
             municipality="大野市", employment=["full_time"], start="2026-04")
    add(16, "roken-asks-how-to-list-html-sjis", "hospital",
        "text/html only, Shift_JIS 8bit (meta charset and MIME label agree); table of terms", "medium",
        "A 老健 asks how to list an opening (questions about procedure and fees): hospital by the contract ('asks how to list an opening'); 介護老人保健施設 -> 老健・介護施設; 当直なし is not spot; 来年4月 in Dec 2025 -> 2026-04; 100名/40名 are capacities",
        eml, g)


def m017():
    mid = "OS3P286MB1974B1E0C52A4D9F8E17A6D2B0@OS3P286MB1974.JPNP286.prod.outlook.example.com"
    body = """地域医療マッチング事務局
三浦様

いつもお世話になっております。
枕崎なぎさ病院 人事課の髙橋でございます。

お問い合わせの件、ご回答が遅くなり申し訳ございません。
当院の募集状況は以下のとおりです。

①内科（常勤）：おかげさまで、1月から新しい先生に来ていただけることになり、充足いたしました。
②麻酔科（非常勤）：こちらは引き続き募集しております。
　　週1日（金曜日の予定手術）で、2月から来ていただける先生を探しております。

①の掲載は取り下げ、②のみ掲載を続けていただけますでしょうか。
よろしくお願いいたします。

━━━━━━━━━━━━━━━━━━
医療法人 南薩会 枕崎なぎさ病院
人事課　髙橋 由美子
〒898-0011 鹿児島県枕崎市東本町7-3
TEL：0993-72-5121（代表）
━━━━━━━━━━━━━━━━━━

差出人: 地域医療マッチング事務局 <md@md2-rm.example.org>
送信日時: 2026年1月15日 11:20
宛先: jinji@makurazaki-nagisa.example.jp
件名: 掲載中の求人の募集状況について

枕崎なぎさ病院
人事課 ご担当者様

お世話になっております。地域医療マッチング事務局の三浦です。
掲載中の求人（内科 常勤／麻酔科 非常勤）について、現在の募集状況をお知らせいただけますでしょうか。

""" + SEC_SIG + "\n"
    h = hdrs("Thu, 22 Jan 2026 10:03:27 +0900", addr("髙橋 由美子", "jinji@makurazaki-nagisa.example.jp", "msjis"),
             "RE: " + ew("掲載中の求人の募集状況について", "msjis"), mid,
             host="mail-os0jpn01on2105.outbound.protection.outlook.example.com", ip="52.101.229.105",
             to=addr(SEC_NAME, INBOX, "msjis"),
             extra=[("Thread-Topic", ew("掲載中の求人の募集状況について", "msjis")),
                    ("Thread-Index", "AQHcZ4r8k2Wn0qP1sUy7TfB3xM9vLgAbCdEf"),
                    ("In-Reply-To", "<list.20260115112004.6120@md2-rm.example.org>"),
                    ("References", "<list.20260115112004.6120@md2-rm.example.org>"),
                    ("Content-Language", "ja-JP")])
    eml = single(h, body, "ms-iso2022jp", '"iso-2022-jp"', "7bit")
    g = gold(mid, "hospital", name="髙橋 由美子", email="jinji@makurazaki-nagisa.example.jp", phone="0993725121",
             organization="医療法人 南薩会 枕崎なぎさ病院", specialties=["麻酔科"], prefectures=["鹿児島県"],
             municipality="枕崎市", employment=["part_time"], days_per_week=1, start="2026-02")
    add(17, "outlook-reply-one-post-filled-msjis", "hospital",
        "text/plain iso-2022-jp labelled with cp932 extensions (① ② 髙); Outlook quote header (差出人/送信日時/宛先/件名) without '>'", "hard",
        "Thread reply: the full-time internist post is filled (1月から is the new doctor), the part-time anaesthetist post stays open: lead is the open post only -> 麻酔科, part_time, 週1日 -> 1, 2月から in Jan 2026 -> 2026-02; 内科/常勤 belong to the filled post",
        eml, g)


def m018():
    mid = "20260202134455.7712.4AC0@goshogawara-kyukan.example.jp"
    text = """地域医療マッチング事務局 御中

青森県五所川原市の五所川原市休日夜間急患診療所で事務を担当しております、
葛西 里美と申します。

当診療所は、休日の昼間と夜間に、市内と周辺町村の急な病気の方を診ております。
これまで地元の開業医の先生方に輪番でお願いしてまいりましたが、
先生方のご高齢化で、日直・当直の担い手が年々少なくなっております。

つきましては、下記のとおり、1回単位で勤務していただける先生を探しております。

　診療科　　内科または小児科
　勤務　　　日直（日曜・祝日 9時～17時）、当直（土曜 18時～翌8時）
　　　　　　1回からお願いできます（スポット）
　開始　　　4月から
　報酬　　　日直1回 8万円、当直1回 10万円（交通費・宿泊費は別途）

遠方の先生には、前泊のホテルもご用意いたします。
ご検討いただけますと幸いです。

五所川原市休日夜間急患診療所
事務　葛西 里美
TEL 0173-35-2299
"""
    h = hdrs("Mon, 02 Feb 2026 13:44:55 +0900", addr("葛西 里美", "kasai@goshogawara-kyukan.example.jp", "utf8"),
             ew("休日・夜間の日直／当直の先生を探しています", "utf8"), mid, ip="198.51.100.70",
             extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    parts = [leaf(text, "utf-8", "utf-8", "quoted-printable"),
             leaf(html_of(text, "ＭＳ Ｐゴシック"), "utf-8", "utf-8", "quoted-printable", "text/html")]
    eml = multipart(h, "alternative", "----=_NextPart_000_0011_01DC9407.5E2F1A40", parts,
                    preamble="This is a multi-part message in MIME format.")
    g = gold(mid, "hospital", name="葛西 里美", email="kasai@goshogawara-kyukan.example.jp", phone="0173352299",
             organization="五所川原市休日夜間急患診療所", specialties=["内科", "小児科"], prefectures=["青森県"],
             municipality="五所川原市", employment=["spot"], start="2026-04")
    add(18, "holiday-night-clinic-spot-alt-qp", "hospital",
        "multipart/alternative text+html UTF-8 quoted-printable (Outlook, preamble); 〜 and ～ in times", "medium",
        "A holiday/night emergency clinic seeks doctors per shift: 日直・当直 1回単位 (スポット) -> spot only; 内科, 小児科; 4月から in Feb 2026 -> 2026-04; 8万円/10万円 and the times are not days or phones",
        eml, g)


def m019():
    mid = "CAOq8nV3e1xK7tR5zP2mJ0wB4yH9dL6sF@mail.niseko-alpine.example.com"
    body = """Dear Matching Secretariat,

I'm writing on behalf of Niseko Alpine Clinic in Kutchan, Hokkaido. I'm
the clinic manager; I'm not a doctor myself, so please bear with me if I
get some of the terminology wrong.

Every winter the number of skiers and snowboarders in our area grows to
several times the local population, and our small clinic is overwhelmed
with injuries and emergencies. We are looking for one or two doctors to
work full-time with us for the ski season, from December 2025 to the end
of March 2026.

- Fields: emergency medicine or orthopaedics (fractures, sprains,
  dislocations are most of our cases)
- Full-time, shifts of five days a week
- English is needed (about 70% of our patients are from overseas);
  Japanese medical licence required
- Accommodation and a ski pass are provided

Could you let us know whether we can list this with you?

Best regards,
Sarah Whitfield
Clinic Manager, Niseko Alpine Clinic
Tel: +81 136-22-4471
"""
    h = hdrs("Fri, 05 Sep 2025 16:22:09 +0900", addr("Sarah Whitfield", "sarah@niseko-alpine.example.com"),
             "Winter season doctors - Niseko Alpine Clinic (Kutchan, Hokkaido)", mid,
             host="mail-pj1-f54.niseko-alpine.example.com", ip="209.85.216.54")
    parts = [leaf(body, "utf-8", '"UTF-8"', "7bit"),
             leaf(html_of(body, "arial,sans-serif"), "utf-8", '"UTF-8"', "quoted-printable", "text/html")]
    eml = multipart(h, "alternative", "0000000000007c4e1a063e8f2d19", parts)
    g = gold(mid, "hospital", name="Sarah Whitfield", email="sarah@niseko-alpine.example.com", phone="0136224471",
             organization="Niseko Alpine Clinic", specialties=["救急科", "整形外科"], prefectures=["北海道"],
             employment=["full_time"], days_per_week=5, start="2025-12")
    add(19, "english-ski-resort-clinic-kutchan", "hospital",
        "multipart/alternative UTF-8 7bit + QP html (Gmail style); English only", "hard",
        "Clinic manager (not a doctor, says so) writes in English for a seasonal post: hospital; emergency medicine/orthopaedics -> 救急科, 整形外科; Hokkaido -> 北海道; municipality null (Kutchan is only in romaji, and the contract's names are Japanese); five days a week -> 5; December 2025 -> 2025-12; +81 136 -> 0136...",
        eml, g)


# ====================================================================== general

def m020():
    mid = "20250612210355.6E1B.8F0A3D27@tokachi-home.example.jp"
    body = """地域医療マッチング事務局 御中

初めてメールいたします。帯広市に住んでおります北條 さち子と申します。
看護師として三十五年、病棟と訪問看護で働いてまいりました。
現在は、とかち訪問看護ステーションに勤めておりますが、来年の春で退職の予定です。

貴事業の記事を新聞で読み、医師の少ない地域では看護師も足りていないのではと思いました。
退職後は、北海道内の町や村の診療所などで、週3日ほど働けたらと考えております。

そこで伺いたいのですが、こちらの事業では、看護師の登録や紹介も行っていらっしゃいますか。
医師の方だけが対象でしたら、看護師向けの窓口をご存じでしたら教えていただけると助かります。

北條 さち子
電話 0155-24-6307
"""
    h = hdrs("Thu, 12 Jun 2025 21:03:55 +0900", addr("北條 さち子", "s-hojo@tokachi-home.example.jp", "jis"),
             ew("看護師も登録できますか"), mid, ip="203.0.113.9",
             extra=[("X-Mailer", "Microsoft Outlook Express 6.00.2900.5512")])
    eml = single(h, body, "iso2022_jp", "ISO-2022-JP", "7bit")
    g = gold(mid, "general", name="北條 さち子", email="s-hojo@tokachi-home.example.jp", phone="0155246307",
             organization="とかち訪問看護ステーション")
    add(20, "visiting-nurse-asks-to-register-jis", "general",
        "text/plain ISO-2022-JP 7bit", "hard",
        "A visiting nurse offers to work in rural Hokkaido (北海道, 週3日, 来年の春): she is not a physician -> general, so only person fields (organization her current station); the work terms are not lead data",
        eml, g)


def m021():
    mid = "e4b7a2c9-1d58-4f03-9a6e-72c0b5f8d314@toto-iryo-u.example.jp"
    body = """地域医療マッチング事務局
ご担当者様

突然のご連絡失礼いたします。
東都医療大学 大学院保健医療学研究科 公衆衛生学専攻 博士後期課程の永井 悠と申します。

私は現在、「定年後の医師の地域医療への参画」をテーマに研究を進めております。
医師ではなく、保健師として自治体に勤めたのち大学院に進学した者です。

つきましては、貴事業について、次の二点をご相談させていただけないでしょうか。

1. 貴事業にご登録の先生方を対象とした、無記名のアンケート調査へのご協力
   （調査票のご案内を、貴事業のメールマガジン等でお送りいただく形を想定しております）
2. 公表可能な範囲での、登録者数や紹介件数の推移などの統計のご提供

研究計画は、本学の倫理審査委員会の承認（承認番号 2025-公-041）を得ております。
計画書や調査票の案を、ご希望に応じてお送りいたします。

ご多忙のところ恐縮ですが、ご検討いただけますと幸いです。

永井 悠
東都医療大学 大学院保健医療学研究科 公衆衛生学専攻
携帯：070-3814-2256
Mail：y.nagai@toto-iryo-u.example.jp
"""
    h = hdrs("Tue, 24 Jun 2025 15:18:42 +0900", addr("永井 悠", "y.nagai@toto-iryo-u.example.jp", "utf8"),
             ew("研究へのご協力のお願い（アンケート調査・統計のご提供）", "utf8"), mid, ip="192.0.2.120",
             extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101\n Thunderbird/128.0")])
    eml = single(h, body, "utf-8", "UTF-8", "quoted-printable")
    g = gold(mid, "general", name="永井 悠", email="y.nagai@toto-iryo-u.example.jp", phone="07038142256",
             organization="東都医療大学")
    add(21, "researcher-survey-request-utf8qp", "general",
        "text/plain UTF-8 quoted-printable", "medium",
        "A public-health doctoral student (a former public-health nurse) asks for a survey and statistics: general; organization is the university without graduate school or course; 070 mobile; the approval number is not a phone",
        eml, g)


def m022():
    mid = "CAJm4vE8pQ2wN7rT1xZ9kB3sY6hL0cD5fG@mail.gmail-like.example.com"
    text = """地域医療マッチング事務局 ご担当者様

南海タイムス社 社会部の記者、宇佐美 航と申します。
高知県西部の地域面を担当しております。

先日、四万十市に隣接する町の診療所に、貴事業を通じて
神奈川県から七十代の内科の先生が着任されたと伺いました。
定年後に見知らぬ土地で地域医療を担う先生のお姿を、ぜひ記事で紹介させていただきたく、
先生へのインタビューのご仲介をお願いできないでしょうか。

あわせて、事業のご担当者様にも、事業の狙いや反響について
30分ほどお話を伺えればありがたく存じます。
掲載は、2月下旬の朝刊地域面を予定しております。

取材は対面でもオンラインでも対応いたします。
ご検討のほど、よろしくお願いいたします。

南海タイムス社 社会部
宇佐美 航
携帯 080-4390-7712
（社の代表 088-822-1100）
"""
    h = hdrs("Fri, 30 Jan 2026 11:26:03 +0900", addr("宇佐美 航", "wataru.usami.nankai@gmail-like.example.com", "utf8"),
             ew("取材のお願い（着任された先生へのインタビュー）", "utf8"), mid,
             host="mail-yw1-f176.gmail-like.example.com", ip="209.85.128.176")
    parts = [leaf(text, "utf-8", '"UTF-8"', "base64"),
             leaf(html_of(text), "utf-8", '"UTF-8"', "base64", "text/html")]
    eml = multipart(h, "alternative", "000000000000f3e2b10649a5c7d8", parts)
    g = gold(mid, "general", name="宇佐美 航", email="wataru.usami.nankai@gmail-like.example.com",
             phone="08043907712", organization="南海タイムス社")
    add(22, "newspaper-interview-placed-doctor-gmail-alt", "general",
        "multipart/alternative UTF-8 base64 (Gmail)", "medium",
        "Press asks to interview a placed doctor: general; a private webmail address; 七十代, 内科, 神奈川県, 四万十市 describe the doctor in the story, not lead data; organization without 社会部",
        eml, g)


def m023():
    mid = "20250818102214.0A3F.5C1E@medi-bridge.example.jp"
    body = """地域医療マッチング事務局 御中

お世話になっております。
株式会社メディブリッジ 医師キャリア支援部の大塚 陽介と申します。
弊社は、医師専門の人材紹介を行っている会社でございます。

本日は、営業のご案内ではなく、共催のご相談でご連絡いたしました。

弊社にご登録の先生のうち、60代以上の先生から
「定年後は地方で、無理のない形で働きたい」というご相談が年々増えております。
ただ、弊社では医師少数地域の医療機関とのつながりが十分ではなく、
ご希望に沿いきれないことが少なくありません。

そこで、貴事務局と弊社とで、定年前後の先生向けの合同説明会を
東京と大阪で開催できないかと考えております。
会場費などは弊社で負担いたします。

一度、オンラインで30分ほどお時間をいただけないでしょうか。
ご都合のよい日時を、いくつかお知らせいただけますと幸いです。

株式会社メディブリッジ
医師キャリア支援部　大塚 陽介
TEL 03-5211-8840（直通）
"""
    h = hdrs("Mon, 18 Aug 2025 10:22:14 +0900", addr("大塚 陽介", "y.otsuka@medi-bridge.example.jp", "sjis"),
             ew("合同説明会の共催についてのご相談", "sjis"), mid, ip="198.51.100.31",
             extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    eml = single(h, body, "shift_jis", "Shift_JIS", "8bit")
    g = gold(mid, "general", name="大塚 陽介", email="y.otsuka@medi-bridge.example.jp", phone="0352118840",
             organization="株式会社メディブリッジ")
    add(23, "agency-proposes-joint-briefing-sjis", "general",
        "text/plain Shift_JIS 8bit", "hard",
        "A placement agency writes personally to propose a joint briefing (asks for a meeting): a partner organisation -> general, not spam (written to the programme, no campaign), not doctor (60代 doctors are its clients); 東京/大阪 are venues",
        eml, g)


def m024():
    mid = "20250910084211.3D9B.71C2@jcgm-soc.example.jp"
    body = """地域医療マッチング事務局 御中

日本地域高齢者医療学会で広報委員長を務めております、稲田 修と申します。
普段は愛媛県内の病院で内科医をしておりますが、本日は学会の用件でご連絡いたしました。

当学会では、会員の多くが五十代後半から六十代となり、定年後の働き方が学会誌でも
たびたび話題にのぼるようになりました。
そこで、次の二点をお願いできないかと考えております。

１．学会ニュースレター（年4回発行、会員約2,300名）の冬号で、貴事業を1ページ程度ご紹介させていただくこと
　　（原稿は当方で用意し、事前に内容をご確認いただきます）
２．来年3月に松山市で開催する第18回学術集会で、参加者に配布するパンフレット200部のご提供

ご承諾いただける場合、パンフレットの送付先は学会事務局（下記）でお願いいたします。
ご検討のほど、よろしくお願い申し上げます。

日本地域高齢者医療学会 広報委員会
委員長　稲田 修
学会事務局：〒790-0003 愛媛県松山市三番町5-9-2 三番町ビル3階
TEL 089-931-7720
"""
    h = hdrs("Wed, 10 Sep 2025 08:42:11 +0900", addr("稲田 修", "koho@jcgm-soc.example.jp", "jis"),
             ew("学会ニュースレターへの掲載とパンフレットのご提供のお願い"), mid, ip="203.0.113.117",
             extra=[("X-Mailer", "Becky! ver. 2.81.05 [ja]")])
    eml = single(h, body, "iso2022_jp", "ISO-2022-JP", "7bit")
    g = gold(mid, "general", name="稲田 修", email="koho@jcgm-soc.example.jp", phone="0899317720",
             organization="日本地域高齢者医療学会")
    add(24, "society-physician-newsletter-leaflets-jis", "general",
        "text/plain ISO-2022-JP 7bit; full-width digits in the list", "hard",
        "A physician writes for a medical society (feature in its newsletter, 200 leaflets for its meeting): general, not doctor (he does not seek work); organization is the society without 広報委員会; 愛媛県/松山市/来年3月 are not lead data here",
        eml, g)


def m025():
    mid = "1A7E4C02-9B3D-4F61-8E25-D0C9B7A41F63@docomo-like.example.jp"
    html = """<div style="font-size:16px">はじめまして。突然すみません。<br>
父のことで、制度の仕組みを教えていただきたくメールしました。<br>
<br>
父は外科医で、来年3月に今の病院を定年退職します。本人はまだ何も決めていないのですが、<br>
テレビでこちらの事業を知り、家族としてまず仕組みを知っておきたいと思いました。<br>
<br>
・登録や紹介に費用はかかりますか？<br>
・年齢の上限はありますか？<br>
・家族も一緒に引っ越す場合、住まいは紹介先で用意してもらえるのが普通ですか？<br>
・本人ではなく家族が問い合わせても大丈夫でしょうか？<br>
<br>
父が興味を持ったら、あらためて本人から連絡させます。<br>
よろしくお願いします。<br>
<br>
藤本 彩花<br>
</div>
"""
    h = hdrs("Sun, 19 Oct 2025 23:14:08 +0900", addr("藤本 彩花", "ayaka-fjmt@docomo-like.example.jp", "utf8"),
             ew("父のことで質問です", "utf8"), mid, host="mfsmax.docomo-like.example.jp", ip="203.0.113.210")
    eml = single(h, html, "utf-8", "UTF-8", "base64", "text/html")
    g = gold(mid, "general", name="藤本 彩花", email="ayaka-fjmt@docomo-like.example.jp")
    add(25, "daughter-asks-how-it-works-mobile-html", "general",
        "text/html only (fragment, no <html>), UTF-8 base64; mobile carrier mail", "hard",
        "Borderline by design: a daughter asks how the programme works (fees, age limit, housing) for a surgeon father who has decided nothing and gives no name, area or terms: the contract's 'asking about the programme in general, not about a post for a particular physician' -> general; person fields are hers",
        eml, g)


def m026():
    mid = "7c1e0d4b-28fa-4e93-b5a0-91d3c6f2e8b5@kobayashi-house.example.jp"
    body = """地域医療マッチング事務局 御中

12月1日朝に届いた「冬のオンライン説明会のご案内」のメールについて申し上げます。

届いたメールの宛先欄に、私以外の方のメールアドレスが四十件以上、そのまま並んでおりました。
中には、お名前や勤務先の病院名が推測できるアドレスも含まれています。
私のアドレスも、同じように他の方々に見えてしまっているということだと思います。

説明会に一度参加しただけの者のアドレスが、このように扱われていることに大変驚いております。
なぜこのようなことが起きたのか、今後どのように防ぐおつもりなのか、
また、受け取った方々への周知をどうなさるのか、ご説明をお願いいたします。

小林 和之
"""
    h = hdrs("Mon, 01 Dec 2025 12:06:51 +0900", addr("小林 和之", "kaz.kobayashi@kobayashi-house.example.jp", "jis"),
             ew("メールの宛先が他の方に見えています"), mid, ip="192.0.2.66",
             extra=[("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0"),
                    ("Content-Language", "ja")])
    eml = single(h, body, "iso2022_jp", "ISO-2022-JP", "7bit")
    g = gold(mid, "general", name="小林 和之", email="kaz.kobayashi@kobayashi-house.example.jp")
    add(26, "complaint-recipients-visible-jis", "general",
        "text/plain ISO-2022-JP 7bit (Thunderbird)", "medium",
        "A complaint about a campaign mail that exposed the recipients: general, not unsubscribe (he asks for an explanation, not to stop the mail); no phone",
        eml, g)


def m027():
    mid = "TYWP286MB2045E83F1C0B4A7D96E2F5A830@TYWP286MB2045.JPNP286.prod.outlook.example.com"
    body = """地域医療マッチング事務局
三浦様

いつもお世話になっております。
ひがし吾妻町立病院 事務長の坪井でございます。

10月から当院にお越しいただいております佐伯先生のことで、一言御礼を申し上げたく、ご連絡いたしました。

先生には内科の外来と病棟を受け持っていただいておりますが、
丁寧な診察ぶりが町内でもすっかり評判になり、
「話をよく聞いてくれる先生が来てくれた」と、患者さんから職員にまで声が届いております。
先生ご自身も、冬の寒さにも慣れてきたとおっしゃっていました。

①面談の段取り、②住宅のご相談、③着任後のフォローと、何から何までお世話になりました。
職員一同、心より感謝申し上げます。

取り急ぎ、御礼まで。

━━━━━━━━━━━━━━━━
ひがし吾妻町立病院
事務長　坪井 康弘
TEL：0279-95-3012
━━━━━━━━━━━━━━━━
"""
    h = hdrs("Fri, 14 Nov 2025 17:48:30 +0900", addr("坪井 康弘", "tsuboi@higashiagatsuma-hp.example.jp", "msjis"),
             ew("佐伯先生の件（御礼）", "msjis"), mid,
             host="mail-tywp286.outbound.protection.outlook.example.com", ip="52.101.230.44",
             extra=[("Thread-Topic", ew("佐伯先生の件（御礼）", "msjis")),
                    ("Thread-Index", "AdtVLq0b8Z3rXw1yQ7mN4kTp2sF9dA=="),
                    ("Content-Language", "ja-JP")])
    eml = single(h, body, "ms-iso2022jp", "iso-2022-jp", "7bit")
    g = gold(mid, "general", name="坪井 康弘", email="tsuboi@higashiagatsuma-hp.example.jp", phone="0279953012",
             organization="ひがし吾妻町立病院")
    add(27, "hospital-thanks-after-placement-msjis", "general",
        "text/plain iso-2022-jp with cp932 extensions (① ② ③; ━ rules); Outlook", "hard",
        "A town hospital's manager thanks the secretariat for a placed internist: no physician sought and no listing asked about -> general (not hospital); 内科/10月から describe the placed doctor",
        eml, g)


def m028():
    mid = "20260113194502.5B8E.2F31@goto-shika.example.jp"
    body = """地域医療マッチング事務局 ご担当者様

はじめてご連絡いたします。
長崎市で四十年、歯科医院を開業しておりました、浜口 英樹と申します。
昨年、医院を息子に譲り、いまは時間に余裕のある身です。

貴事業のホームページを拝見し、医師の少ない地域と同じように、
長崎県の離島でも歯医者が足りず、通院に船で半日かかる方がいると聞きました。
週2日ほどなら、五島や壱岐の診療所に通うことができます。

そこで伺いたいのですが、歯科医師もこちらの事業に登録することはできますか。
対象外でしたら、歯科医師向けの窓口があれば教えていただけませんか。

浜口 英樹（歯科医師）
TEL 095-823-4410
"""
    h = hdrs("Tue, 13 Jan 2026 19:45:02 +0900", addr("浜口 英樹", "h.hamaguchi@goto-shika.example.jp", "utf8"),
             ew("歯科医師も登録できますか", "utf8"), mid, ip="198.51.100.240",
             extra=[("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")])
    eml = single(h, body, "utf-8", "utf-8", "base64")
    g = gold(mid, "general", name="浜口 英樹", email="h.hamaguchi@goto-shika.example.jp", phone="0958234410")
    add(28, "retired-dentist-offers-island-work-utf8b64", "general",
        "text/plain UTF-8 base64 (Apple Mail)", "hard",
        "A retired dentist offers two days a week on the Nagasaki islands: a dentist is not a physician -> general (person fields only); 歯科医院 was his own, now his son's -> organization null",
        eml, g)


def m029():
    mid = "PH0PR11MB49668F0A2E1C4B7D93A5E6F812@PH0PR11MB4966.namprd11.prod.outlook.example.com"
    body = """Dear colleagues at the Regional Medical Matching Secretariat,

I am a doctoral researcher in health policy at the University of
Lowmoor (UK), working on programmes that bring late-career and retired
physicians into underserved rural areas. I am not a clinician myself.

Your programme is one of very few I have found that explicitly targets
doctors at or near retirement, and I would be very grateful for the
chance to learn more about it. Would someone from the secretariat be
willing to speak with me for about 45 minutes over Zoom some time in
March? I would be happy to send my interview guide and the ethics
approval in advance, and to share the findings with you.

An interpreter can join if that would be easier.

Kind regards,
Eleanor Marsh
PhD candidate, School of Health Policy, University of Lowmoor
eleanor.marsh@lowmoor-ac.example.org
"""
    h = hdrs("Mon, 09 Feb 2026 09:31:17 +0000", addr("Eleanor Marsh", "eleanor.marsh@lowmoor-ac.example.org"),
             "Research interview request - retired physicians in rural practice", mid,
             host="mail-dm6nam12on2091.outbound.protection.outlook.example.com", ip="40.107.243.91",
             recvd="Mon, 09 Feb 2026 18:31:20 +0900 (JST)",
             extra=[("Content-Language", "en-GB")])
    eml = single(h, body, "us-ascii", "us-ascii", "7bit")
    g = gold(mid, "general", name="Eleanor Marsh", email="eleanor.marsh@lowmoor-ac.example.org",
             organization="University of Lowmoor")
    add(29, "english-researcher-interview-request", "general",
        "text/plain us-ascii 7bit; Date +0000", "easy",
        "A foreign health-policy researcher (not a clinician) asks for an interview: general; organization the university (not the school); no phone",
        eml, g)


# ================================================================== unsubscribe

def m030():
    mid = "5d0b7e21a3c94f68@mobile.sora-mail.example.jp"
    html = """<html><head><meta charset="UTF-8"></head><body>
<div>地域医療マッチング事務局 様</div>
<div><br></div>
<div>いつもメールマガジンをお送りいただきありがとうございます。<br>
以前、医師として登録させていただいた石黒です。</div>
<div><br></div>
<div>おかげさまで、地元の病院で週3日の再就職が決まりました。<br>
つきましては、メールマガジンの配信を停止していただけますでしょうか。<br>
あわせて、医師登録も抹消していただいて構いません。</div>
<div><br></div>
<div>いろいろと相談に乗っていただき、ありがとうございました。</div>
<div><br></div>
<div>石黒 雅人</div>
</body></html>
"""
    h = hdrs("Mon, 28 Jul 2025 07:52:19 +0900", addr("石黒 雅人", "m.ishiguro@sora-mail.example.jp", "utf8"),
             ew("配信停止のお願い", "utf8"), mid, host="mobile.sora-mail.example.jp", ip="203.0.113.79")
    eml = single(h, html, "utf-8", "UTF-8", "quoted-printable", "text/html")
    g = gold(mid, "unsubscribe", name="石黒 雅人", email="m.ishiguro@sora-mail.example.jp")
    add(30, "found-post-stop-newsletter-mobile-html", "unsubscribe",
        "text/html only, UTF-8 quoted-printable (phone mail app)", "medium",
        "A registered physician found a post and asks to stop the newsletter and delete his registration: unsubscribe, not doctor; 週3日 and 医師登録 are not lead data for this category",
        eml, g)


def m031():
    mid = "CAHt5wQ0r8Ln2vB6xK1mZ4pJ7sY9eD3cF0@mail.gmail-like.example.com"
    news = NEWSLETTER % "2025年10月号"
    text = """Hello,

Please remove me from this mailing list. I am not a doctor - I think I
signed up by mistake when I registered for a webinar on rural health
last year, and I cannot read most of these emails.

Thank you,
Emily Carter

On Thu, Oct 2, 2025 at 10:00 AM """ + SEC_NAME + " <" + INBOX + """> wrote:

""" + quote(news) + "\n"
    h = hdrs("Thu, 02 Oct 2025 08:41:37 -0700", addr("Emily Carter", "emily.carter.1987@gmail-like.example.com"),
             "Re: " + ew("【地域医療マッチング通信】2025年10月号", "utf8"), mid,
             host="mail-qk1-f180.gmail-like.example.com", ip="209.85.222.180",
             recvd="Fri, 03 Oct 2025 00:41:40 +0900 (JST)",
             extra=[("In-Reply-To", "<news.2025-10.001.0007712@md2-rm.example.org>"),
                    ("References", "<news.2025-10.001.0007712@md2-rm.example.org>")])
    parts = [leaf(text, "utf-8", '"UTF-8"', "quoted-printable"),
             leaf(html_of(text, "arial,sans-serif"), "utf-8", '"UTF-8"', "quoted-printable", "text/html")]
    eml = multipart(h, "alternative", "000000000000b2d9c70640185a3e", parts)
    g = gold(mid, "unsubscribe", name="Emily Carter", email="emily.carter.1987@gmail-like.example.com")
    add(31, "english-remove-me-gmail-quoted-newsletter", "unsubscribe",
        "multipart/alternative UTF-8 QP (Gmail); English text above a '> ' quoted Japanese newsletter; Date -0700", "medium",
        "'Please remove me from this mailing list' in English: unsubscribe; the quoted newsletter's listings (常勤, 非常勤, 北海道, 島根県) and 配信停止 line are quote, not lead data",
        eml, g)


# =================================================================== auto_reply

def m032():
    mid = "20250804091240.autoreply.5521@nishiaizu-kosei.example.jp"
    body = """このメールは自動送信です。

西会津厚生病院 総務課の菅野は、8月4日（月）から8月8日（金）まで不在にしております。
8月12日（火）以降、順次確認いたします。

ご用件により、下記の担当者へご連絡いただけますでしょうか。
　・医師の採用、非常勤医師の勤務に関すること … 総務課 佐久間（0241-45-2210）
　・患者様のご紹介、地域連携に関すること … 地域医療連携室（0241-45-2288）
　・取材、見学のお申し込み … 事務長 渡部（0241-45-2201）

お急ぎの場合は、病院代表（0241-45-2200）へお電話ください。

西会津厚生病院 総務課　菅野 美穂
"""
    h = hdrs("Mon, 04 Aug 2025 09:12:40 +0900", addr("菅野 美穂", "kanno@nishiaizu-kosei.example.jp", "sjis"),
             "Re: " + ew("【地域医療マッチング通信】2025年8月号", "sjis"), mid, ip="192.0.2.91",
             extra=[("In-Reply-To", "<news.2025-08.001.0002231@md2-rm.example.org>"),
                    ("X-Mailer", "DEEPMail 6.1")])
    eml = single(h, body, "shift_jis", "Shift_JIS", "8bit")
    add(32, "hospital-absence-contact-list-sjis", "auto_reply",
        "text/plain Shift_JIS 8bit; NO Auto-Submitted/X-Autoreply/Precedence; Subject 'Re:' to the newsletter", "hard",
        "A hospital clerk's absence notice with a list of contacts (医師の採用, 非常勤医師 and four phones) and a polite question form (いただけますでしょうか): auto_reply by its wording (このメールは自動送信です, 不在), no lead fields",
        eml, gold(mid, "auto_reply"))


def m033():
    mid = "TYCP286MB2390A7E4F0C14B9A8D2E6F10C5@TYCP286MB2390.JPNP286.prod.outlook.example.com"
    body = """Thank you for your email.
I am away from the office from 15 to 26 September 2025, attending a
conference in Vienna, and will have limited access to email.
Could you kindly resend anything urgent to my assistant, Ms. Hanae Mori
(mori.hanae@kitaou-med-u.example.jp, +81-19-651-7730)?

メールをありがとうございます。
9月15日から26日まで、学会出張のため不在にしております。
お急ぎのご用件は、秘書の森 花恵（mori.hanae@kitaou-med-u.example.jp、019-651-7730）
までお送りいただけますか。

北奥羽医科大学 地域医療学講座
教授　及川 拓真
"""
    h = hdrs("Mon, 15 Sep 2025 08:00:11 +0900", addr("及川 拓真", "oikawa@kitaou-med-u.example.jp", "utf8"),
             ew("不在のお知らせ / Away from office", "utf8"), mid,
             host="mail-tycp286.outbound.protection.outlook.example.com", ip="52.101.228.90",
             extra=[("In-Reply-To", "<out.20250915075933.1180@md2-rm.example.org>"),
                    ("Content-Language", "ja-JP")])
    eml = single(h, body, "utf-8", "utf-8", "quoted-printable")
    add(33, "professor-bilingual-away-no-headers-qp", "auto_reply",
        "text/plain UTF-8 quoted-printable; NO RFC 3834 headers; Subject without a reply prefix", "hard",
        "A professor's bilingual away message with questions ('Could you kindly...?', 'いただけますか') and an assistant's address and phone: auto_reply (不在, away from the office); no lead fields",
        eml, gold(mid, "auto_reply"))


def m034():
    mid = "ticket.20250611140322.20250611-0347@helpdesk.kumamoto-drbank.example.jp"
    html = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>お問い合わせ受付</title></head>
<body style="margin:0;padding:0;background:#f4f4f4;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="20" cellspacing="0" style="background:#ffffff;font-family:sans-serif;font-size:14px;">
<tr><td style="background:#2b6cb0;color:#ffffff;font-size:18px;">くまもとドクターバンク ヘルプデスク</td></tr>
<tr><td>
<p>地域医療マッチング事務局 様</p>
<p>お問い合わせいただき、ありがとうございます。<br>
以下の内容でお問い合わせを受け付けました（受付番号：<b>#20250611-0347</b>）。</p>
<p>担当者が内容を確認し、通常2営業日以内にご回答いたします。<br>
このメールにご返信いただく場合は、件名の受付番号を変えずにお送りください。</p>
<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;width:100%;">
<tr><th align="left" style="background:#edf2f7;">件名</th><td>天草地域の診療所への内科医師のご紹介について</td></tr>
<tr><th align="left" style="background:#edf2f7;">受付日時</th><td>2025/06/11 14:03</td></tr>
<tr><th align="left" style="background:#edf2f7;">ステータス</th><td>受付済み</td></tr>
</table>
<p>ご不明な点はございますか？ よくあるご質問（FAQ）もあわせてご覧ください。<br>
<a href="https://helpdesk.kumamoto-drbank.example.jp/faq">https://helpdesk.kumamoto-drbank.example.jp/faq</a></p>
<p style="color:#718096;font-size:12px;">本メールは送信専用アドレスからお送りしています。</p>
</td></tr>
</table>
</td></tr></table>
</body></html>
"""
    h = hdrs("Wed, 11 Jun 2025 14:03:22 +0900",
             addr("くまもとドクターバンク ヘルプデスク", "support@helpdesk.kumamoto-drbank.example.jp", "utf8"),
             ew("[#20250611-0347] お問い合わせを受け付けました", "utf8"), mid,
             host="helpdesk.kumamoto-drbank.example.jp", ip="198.51.100.5",
             extra=[("X-Mailer", "HelpdeskMailer/4.2")])
    eml = single(h, html, "utf-8", "utf-8", "base64", "text/html")
    add(34, "doctor-bank-ticket-ack-html-b64", "auto_reply",
        "text/html only, UTF-8 base64, layout tables; NO RFC 3834 headers; ticket number in the Subject", "medium",
        "A help-desk ticket acknowledgement (受け付けました, 受付番号) echoing our own subject about an internist for an Amakusa clinic, with a question to the reader: auto_reply; no lead fields",
        eml, gold(mid, "auto_reply"))


def m035():
    mid = "20251020164109.rcpt.2207@kagoshima-med.example.jp"
    body = """本メールは、受信確認のため自動的にお送りしております。

鹿児島県医師会 地域医療課です。
下記のとおり、メールを受信いたしました。

　件名　　：離島診療所への医師派遣についてのご相談
　受信日時：2025年10月20日 16:41

内容を確認のうえ、担当者より3営業日以内にご連絡いたします。
なお、本メールにお心当たりのない場合は、お手数ですが破棄してくださいますようお願いいたします。

鹿児島県医師会 地域医療課
TEL 099-254-8121
"""
    h = hdrs("Mon, 20 Oct 2025 16:41:09 +0900", addr("鹿児島県医師会 地域医療課", "chiiki@kagoshima-med.example.jp", "jis"),
             ew("メールを受信しました（鹿児島県医師会）"), mid, ip="203.0.113.131")
    eml = single(h, body, "iso2022_jp", "ISO-2022-JP", "7bit")
    add(35, "pref-medical-assoc-receipt-no-headers-jis", "auto_reply",
        "text/plain ISO-2022-JP 7bit; NO RFC 3834 headers; plain From of a department", "medium",
        "Receipt confirmation from a prefectural medical association (受信確認のため自動的に): auto_reply although the echoed subject is about sending doctors to island clinics; no lead fields",
        eml, gold(mid, "auto_reply"))


def m036():
    mid = "20251228102205.ooo.3390@shinsei-medsys.example.jp"
    text = """※本メールは自動配信です。

平素より格別のお引き立てを賜り、厚く御礼申し上げます。

誠に勝手ながら、弊社は下記の期間を年末年始休業とさせていただきます。
　休業期間：2025年12月27日（土）～2026年1月4日（日）

休業期間中にいただいたメールへのご返信は、1月5日（月）以降、順次となります。
ご不便をおかけいたしますが、何卒ご了承くださいますようお願い申し上げます。

株式会社新星メディカルシステム 営業部
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-2022-jp"></head><body>'
            + "".join("<p>%s</p>" % (l or "&nbsp;") for l in text.rstrip("\n").split("\n")) + "</body></html>\n")
    h = hdrs("Sun, 28 Dec 2025 10:22:05 +0900", addr("株式会社新星メディカルシステム 営業部", "eigyo@shinsei-medsys.example.jp", "msjis"),
             "Re: " + ew("電子カルテ保守契約のお見積りについて", "msjis"), mid, ip="198.51.100.145",
             extra=[("In-Reply-To", "<20251226181004.4471@md2-rm.example.org>"),
                    ("X-Mailer", "Microsoft Outlook 16.0")])
    parts = [leaf(text, "ms-iso2022jp", "iso-2022-jp", "7bit"),
             leaf(html, "ms-iso2022jp", "iso-2022-jp", "7bit", "text/html")]
    eml = multipart(h, "alternative", "----=_NextPart_000_0042_01DC77E1.3A5B8C20", parts,
                    preamble="This is a multi-part message in MIME format.")
    add(36, "vendor-new-year-closure-alt-msjis", "auto_reply",
        "multipart/alternative text+html both iso-2022-jp with cp932 ～; NO RFC 3834 headers; Subject 'Re:' of our own mail", "medium",
        "A vendor's year-end closure notice sent as a reply to our quote request (本メールは自動配信です, 休業): auto_reply, not spam (it answers our mail) and not general",
        eml, gold(mid, "auto_reply"))


def m037():
    mid = "20251108070003.autoresp.8812@town-kitayama.example.jp"
    body = """【自動応答】

北山町役場 保健福祉課です。
メールを受信いたしました。ありがとうございます。

土曜日・日曜日・祝日にいただいたメールには、翌開庁日以降に担当者から対応いたします。
なお、町立北山診療所の医師募集に関するお問い合わせは、保健福祉課 医療係（0868-52-0114）でもお受けしております。

北山町役場 保健福祉課
"""
    h = hdrs("Sat, 08 Nov 2025 07:00:03 +0900", addr("北山町 保健福祉課", "hokenfukushi@town-kitayama.example.jp", "euc"),
             ew("【自動応答】北山町保健福祉課です", "euc"), mid, ip="192.0.2.175", rp="<>",
             extra=[("In-Reply-To", "<out.20251108065812.2270@md2-rm.example.org>"),
                    ("Auto-Submitted", "auto-replied"),
                    ("Precedence", "auto_reply")])
    eml = single(h, body, "euc_jp", "EUC-JP", "8bit")
    add(37, "town-office-auto-submitted-eucjp", "auto_reply",
        "text/plain EUC-JP 8bit; Auto-Submitted: auto-replied, Precedence: auto_reply, Return-Path <>", "easy",
        "A town office's weekend autoresponder that mentions its clinic's physician recruitment and a phone: auto_reply (headers and 【自動応答】), not hospital",
        eml, gold(mid, "auto_reply"))


def m038():
    mid = "20251125083015.B47E2@kotokai-ryokufuen.example.jp"
    body = """本メールは自動で送信しております。

特別養護老人ホーム 緑風苑 施設長の川端は、
11月25日（火）～11月28日（金）の間、研修のため不在にしております。
期間中のご連絡は、下記までお願いいたします。

①入所・ショートステイのご相談：生活相談員 牧野（0748-62-3104）
②ご入所者様の健康に関すること：看護主任 相沢（0748-62-3105）
③嘱託医・配置医師に関すること：事務長 東（0748-62-3100）

社会福祉法人 湖東会　特別養護老人ホーム 緑風苑
"""
    h = hdrs("Tue, 25 Nov 2025 08:30:15 +0900", addr("緑風苑 施設長 川端", "kawabata@kotokai-ryokufuen.example.jp", "msjis"),
             ew("不在通知", "msjis"), mid, ip="203.0.113.58",
             extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    eml = single(h, body, "ms-iso2022jp", "ISO-2022-JP", "7bit")
    add(38, "care-home-absence-numbered-contacts-msjis", "auto_reply",
        "text/plain ISO-2022-JP labelled with cp932 extensions (① ② ③ ～); NO RFC 3834 headers", "medium",
        "A care home manager's absence notice (自動で送信) listing contacts, one about 嘱託医・配置医師: auto_reply, not hospital; no lead fields",
        eml, gold(mid, "auto_reply"))


def m039():
    mid = "SY4P282MB3310C2A0E7F14D6B8A9E5D21F7@SY4P282MB3310.AUSP282.prod.outlook.example.com"
    body = """Hi,

Thanks for your message. I'm on leave until Tuesday 3 March with no access
to email.

Do you need urgent help? For anything about patient care at Riverina
Rural Health, please call the clinic on +61 2 6925 0183 or email
admin@riverina-rural.example.com.

Kind regards,
Takeshi Ono
"""
    h = hdrs("Thu, 19 Feb 2026 11:02:44 +1100", addr("Takeshi Ono", "t.ono@riverina-rural.example.com"),
             "Automatic reply: " + ew("【地域医療マッチング通信】2026年2月号", "utf8"), mid,
             host="mail-sy4aus01on2139.outbound.protection.outlook.example.com", ip="40.107.108.139",
             recvd="Thu, 19 Feb 2026 09:02:47 +0900 (JST)", rp="<>",
             extra=[("In-Reply-To", "<news.2026-02.001.0000391@md2-rm.example.org>"),
                    ("Auto-Submitted", "auto-replied"),
                    ("X-Autoreply", "yes"),
                    ("X-Auto-Response-Suppress", "All"),
                    ("Content-Language", "en-AU")])
    eml = single(h, body, "us-ascii", "us-ascii", "7bit")
    add(39, "english-leave-reply-headers-australia", "auto_reply",
        "text/plain us-ascii 7bit; Auto-Submitted: auto-replied, X-Autoreply, X-Auto-Response-Suppress; Date +1100; 'Automatic reply:' + RFC 2047 subject", "easy",
        "A registered physician abroad is on leave (English, with 'Do you need urgent help?' and an Australian phone): auto_reply; no lead fields",
        eml, gold(mid, "auto_reply"))


def m040():
    mid = "CAGv2Lm0Xw9pR4tN7sK1zQ8yB3cJ6hF5dE@mail.gmail-like.example.com"
    text = """ご連絡ありがとうございます。

7月22日から8月5日まで海外におり、メールを確認できません。
医師登録の件など、事務局の方からのご連絡には、帰国後に必ずお返事いたします。

内科医　坂口 晴彦
"""
    h = hdrs("Thu, 24 Jul 2025 13:20:07 +0900", addr("坂口 晴彦", "haru.sakaguchi@gmail-like.example.com", "utf8"),
             "Re: " + ew("ご登録内容のご確認", "utf8"), mid, host="mail-sor-f69.gmail-like.example.com",
             ip="209.85.220.69", rp="<>",
             extra=[("In-Reply-To", "<ack.20250724131955.6612@md2-rm.example.org>"),
                    ("References", "<ack.20250724131955.6612@md2-rm.example.org>"),
                    ("Auto-Submitted", "auto-replied"),
                    ("Precedence", "bulk")])
    parts = [leaf(text, "utf-8", '"UTF-8"', "base64"),
             leaf(html_of(text), "utf-8", '"UTF-8"', "base64", "text/html")]
    eml = multipart(h, "alternative", "000000000000d7e5a10639b1c4f2", parts)
    add(40, "gmail-vacation-physician-registration-words", "auto_reply",
        "multipart/alternative UTF-8 base64 (Gmail vacation responder); Auto-Submitted: auto-replied, Precedence: bulk, Return-Path <>", "medium",
        "A physician's vacation responder in a registration thread (医師登録, 内科医, Re:): auto_reply by its headers and wording, not doctor",
        eml, gold(mid, "auto_reply"))


def m041():
    mid = "TYAP286MB3146F8E2B0D7419A6C5E3D92A1@TYAP286MB3146.JPNP286.prod.outlook.example.com"
    text = """ただいま出張中のため、3月9日（月）までメールの返信ができません。
掲載内容の変更など、お急ぎのご用件は、総務課 中嶋（0852-21-6604）までお願いいたします。

※このメッセージは自動で返信しています。

松江しんじ湖病院 事務長　青戸
"""
    h = hdrs("Wed, 04 Mar 2026 09:15:38 +0900", addr("青戸 俊介", "aoto@matsue-shinjiko.example.jp", "utf8"),
             ew("自動返信：Re: 常勤医師募集の掲載について", "utf8"), mid,
             host="mail-tyap286.outbound.protection.outlook.example.com", ip="52.101.229.33",
             extra=[("In-Reply-To", "<list.20260304091420.7781@md2-rm.example.org>"),
                    ("Thread-Topic", ew("常勤医師募集の掲載について", "utf8")),
                    ("Content-Language", "ja-JP")])
    parts = [leaf(text, "utf-8", '"utf-8"', "base64"),
             leaf(html_of(text, "Meiryo UI"), "utf-8", '"utf-8"', "base64", "text/html")]
    eml = multipart(h, "alternative", "_000_TYAP286MB3146F8E2B0D7419A6C5E3D92A1TYAP286MB3146JPNP_", parts)
    add(41, "outlook-rule-reply-listing-thread-no-headers", "auto_reply",
        "multipart/alternative UTF-8 base64 (Outlook client rule: no Auto-Submitted); Subject '自動返信：Re:'", "medium",
        "A hospital manager's client-side rule reply in a listing thread (常勤医師募集, 掲載内容の変更, 松江): auto_reply by subject and wording, not hospital; no lead fields",
        eml, gold(mid, "auto_reply"))


# ========================================================================= spam

def m042():
    mid = "20250610100001.mm.118842@mag.dr-career-next.example.com"
    body = """先生へ　定年後のキャリアに関する特別なご案内です。

━━━━━━━━━━━━━━━━━━━━━━━━
　ドクターキャリアNEXT　シニア医師特集
　【年収1,800万円～】定年後も活躍できる常勤求人
━━━━━━━━━━━━━━━━━━━━━━━━

いつもドクターキャリアNEXTをご利用いただき、ありがとうございます。

「60歳を過ぎても、まだまだ現場で働きたい」
「都会を離れ、地域に根ざした医療に携わりたい」
そんな先生方に、今だけの非公開求人をご紹介します。

▼ 北海道・東北エリア
　・道東の公立病院｜内科 常勤｜年収1,800万円～｜住宅完備
　・岩手県沿岸部｜総合診療 常勤｜週4日勤務可｜年齢不問

▼ 中国・四国エリア
　・島根県の離島｜外科 常勤｜赴任手当100万円
　・高知県｜整形外科 非常勤 週2日｜日給12万円

▼ スポット・当直
　・全国どこでも｜寝当直 1回8万円～｜70歳まで歓迎

ご登録はわずか1分、専任コンサルタントが無料でサポートいたします。
▼ https://www.dr-career-next.example.com/senior/entry?m=250610

――――――――――――――――――――――――
ドクターキャリアNEXT（運営：株式会社ネクストメディカル人材）
有料職業紹介事業 許可番号 13-ユ-3108XX
お問い合わせ：0120-448-310
※本メールは、ご登録いただいたアドレスにお送りしています。
――――――――――――――――――――――――
"""
    h = hdrs("Tue, 10 Jun 2025 10:00:01 +0900", addr("ドクターキャリアNEXT", "news@mag.dr-career-next.example.com", "jis"),
             ew("【先生限定】年収1,800万円～ 定年後も活躍できる地域の常勤求人", "msjis"), mid,
             host="mta12.mag.dr-career-next.example.com", ip="198.51.100.212",
             rp="<bounce-118842@mag.dr-career-next.example.com>")
    eml = single(h, body, "ms-iso2022jp", "ISO-2022-JP", "7bit")
    add(42, "doctor-job-agency-senior-ad-msjis", "spam",
        "text/plain ISO-2022-JP labelled with cp932 ～ and ━; NO List-Unsubscribe or Precedence", "hard",
        "A placement company's mass advertisement to doctors, full of posts (常勤, 非常勤 週2日, 当直, 北海道, 島根県, 全国どこでも, 70歳): unsolicited marketing -> spam, not hospital; no lead fields",
        eml, gold(mid, "spam"))


def m043():
    mid = "0102019a3f5e7c21-8b4d6e2f-1a3c-4d5e-9f7a-2b8c0d1e3f4a-000000@mail.sonovia-med.example.com"
    text = """在宅医療・訪問診療に携わる先生方へ

いつもお世話になっております。
株式会社ソノビア・メディカル 営業部です。

往診かばんに入る、重さ350gのワイヤレス超音波診断装置「SonoPocket Air」が、
このたび新しくなりました。

■ スマートフォン・タブレットにつなぐだけで、その場で腹部・心臓・血管のエコー
■ 訪問診療先での胸水・腹水、膀胱内残尿の確認に
■ 医療機器認証取得済み／クラウド保存で読影の相談も可能

★ 今なら2週間の無料デモ機貸出を実施中（先着30施設）
★ 12月末までのご成約で、本体価格から20％OFF

▼ デモ機のお申し込み・資料請求はこちら
https://www.sonovia-med.example.com/demo?utm_campaign=homecare2507

株式会社ソノビア・メディカル 営業部
TEL 06-6210-3370
配信停止はこちら：https://www.sonovia-med.example.com/optout
"""
    h = hdrs("Thu, 17 Jul 2025 02:30:12 +0000", addr("ソノビア・メディカル", "info@sonovia-med.example.com", "utf8"),
             ew("【無料デモ機貸出】往診かばんに入るワイヤレスエコー 新モデルのご案内", "utf8"), mid,
             host="a27-14.smtp-out.sonovia-med.example.com", ip="54.240.27.14",
             recvd="Thu, 17 Jul 2025 11:30:15 +0900 (JST)",
             rp="<0102019a3f5e7c21-bounce@mail.sonovia-med.example.com>",
             extra=[("List-Unsubscribe", "<https://www.sonovia-med.example.com/optout?u=md%40md2-rm.example.org>"),
                    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")])
    parts = [leaf(text, "utf-8", "UTF-8", "quoted-printable"),
             leaf(html_of(text), "utf-8", "UTF-8", "quoted-printable", "text/html")]
    eml = multipart(h, "alternative", "=_sonovia_2507_c41f8e", parts)
    add(43, "portable-ultrasound-homecare-ad-alt-qp", "spam",
        "multipart/alternative UTF-8 QP; List-Unsubscribe(+Post); Date +0000", "medium",
        "Medical equipment advertisement aimed at 在宅医療/訪問診療 doctors with a phone and 配信停止 link: spam; no lead fields",
        eml, gold(mid, "spam"))


def m044():
    mid = "20250903113045.seminar.7720@keishou-consul.example.jp"
    body = """医療機関の院長先生、事務長様

突然のご案内失礼いたします。
医院承継・M&A専門のコンサルティング会社、けいしょうメディカルパートナーズでございます。

「後継者が見つからない」「子どもが医師にならなかった」
「閉院するしかないのか」――そんなお悩みはございませんか？

全国で年間600件以上の医院承継をご支援してきた弊社代表が、
成功事例と失敗事例を交えて、承継の進め方を具体的にお話しいたします。

━━━━━━━━━━━━━━━━━━━━━
　院長先生のための医院承継セミナー2025秋
━━━━━━━━━━━━━━━━━━━━━
日時：10月18日（土）14:00～16:30
会場：TKP博多駅前カンファレンスセンター（オンライン同時配信）
参加費：22,000円（税込）／1医療機関2名まで
定員：40名（先着順）
特典：ご参加の先生に「医院の価値簡易診断」を無料で実施

▼お申し込みはこちら
https://www.keishou-mp.example.jp/seminar/2025autumn

株式会社けいしょうメディカルパートナーズ セミナー事務局
TEL 092-415-6630（平日9:30～18:00）
"""
    h = hdrs("Wed, 03 Sep 2025 11:30:45 +0900", addr("けいしょうメディカルパートナーズ", "seminar@keishou-consul.example.jp", "sjis"),
             ew("【参加費22,000円】後継者不在でお悩みの院長先生へ 医院承継セミナーのご案内", "sjis"), mid,
             ip="203.0.113.222", extra=[("X-Mailer", "BlastMail 5.2")])
    eml = single(h, body, "cp932", "Shift_JIS", "8bit")
    add(44, "clinic-succession-paid-seminar-sjis", "spam",
        "text/plain CP932 bytes labelled Shift_JIS (～), 8bit; bulk mailer without list headers", "hard",
        "A paid seminar on clinic succession (後継者が見つからない, 院長先生) with a fee: unsolicited marketing -> spam; contrast with 012, a clinic seeking a successor itself",
        eml, gold(mid, "spam"))


def m045():
    mid = "CAPz1k7Hf3sQ9mR0vT6wL2yN8xB4jD5cE@mail.rankboost-digital.example.com"
    body = """Hi there,

I was looking at md2-rm.example.org and noticed it isn't showing up on the
first page of Google for searches like "rural doctor jobs Japan" or
"retired physician work Japan".

Are you getting as many enquiries from doctors as you'd like? We help
medical recruiters and clinics rank for the keywords that matter, and
most of our clients see a 3x increase in organic traffic within 90 days.

I've put together a free 12-point audit of your site. Would you like me
to send it over? Just reply "YES" and I'll share it today.

Cheers,
Ryan Cole
Senior SEO Strategist, RankBoost Digital
"""
    h = hdrs("Mon, 06 Oct 2025 09:14:52 -0400", addr("Ryan Cole", "ryan.cole@rankboost-digital.example.com"),
             "Quick question about md2-rm.example.org", mid, host="mail-oi1-f171.rankboost-digital.example.com",
             ip="209.85.167.171", recvd="Mon, 06 Oct 2025 22:14:55 +0900 (JST)")
    eml = single(h, body, "us-ascii", "us-ascii", "7bit")
    add(45, "seo-cold-mail-english", "spam",
        "text/plain us-ascii 7bit; Date -0400; personal-looking sender, no list headers", "medium",
        "An SEO cold mail phrased as questions about our own site ('Are you getting as many enquiries from doctors...?'): spam; no lead fields",
        eml, gold(mid, "spam"))


def m046():
    mid = "20251014035611.A7F3C2E1@mail-admin-notice.example.com"
    html = """<html><body style="font-family:Meiryo,sans-serif;">
<table width="560" style="border:1px solid #cccccc;"><tr><td style="padding:16px;">
<p style="font-size:16px;"><b>md2-rm.example.org メールシステム管理者</b></p>
<p>md@md2-rm.example.org 様</p>
<p>お客様のメールボックスの使用容量が上限（50GB）の <span style="color:#c00000;"><b>98%</b></span> に達しました。<br>
このままでは、<b>10月16日以降、新しいメールを受信できなくなります。</b></p>
<p>引き続きご利用いただくには、以下のボタンからログインし、容量の追加（無料）を完了してください。</p>
<p><a href="http://md2-rm-mailbox.example.com/owa/login.php?u=md%40md2-rm.example.org" style="background:#0078d4;color:#ffffff;padding:8px 20px;text-decoration:none;">容量を追加する</a></p>
<p style="font-size:12px;color:#666666;">このメッセージはシステムから自動的に送信されています。<br>
&copy; 2025 md2-rm.example.org Mail Administrator</p>
</td></tr></table>
</body></html>
"""
    h = hdrs("Tue, 14 Oct 2025 12:56:11 +0900", addr("メールシステム管理者", "admin@mail-admin-notice.example.com", "utf8"),
             ew("【重要】メールボックスの容量が上限に近づいています（md@md2-rm.example.org）", "utf8"), mid,
             host="vps-4471.mail-admin-notice.example.com", ip="203.0.113.199")
    eml = single(h, html, "utf-8", "UTF-8", "base64", "text/html")
    add(46, "mailbox-quota-phishing-html", "spam",
        "text/html only, UTF-8 base64; impersonates our own mail administrator", "medium",
        "Account phishing (mailbox quota, login link) that says it is sent automatically: spam, not auto_reply (it answers nothing) and not bounce; no lead fields",
        eml, gold(mid, "spam"))


def m047():
    mid = "20251121083347.CUSTOMS.50812@notice.swift-parcel-jp.example.com"
    body = """【スイフト国際便】お荷物お届けに関する重要なお知らせ

お客様宛ての国際郵便（追跡番号：SP 4471 0938 2JP）が、通関手続きのため保管されております。
お届けには、関税および手数料 2,180円のお支払いが必要です。

お支払い期限：2025年11月23日（日）23:59
期限までにお支払いが確認できない場合、お荷物は差出人へ返送されます。

▼お支払い・お届け日時の指定はこちら（クレジットカードのみ）
https://swift-parcel-jp.example.com/pay/SP447109382JP

※このメールは送信専用です。
スイフト国際便 カスタマーセンター
"""
    h = hdrs("Fri, 21 Nov 2025 08:33:47 +0900", addr("スイフト国際便", "no-reply@notice.swift-parcel-jp.example.com", "utf8"),
             ew("【要対応】関税のお支払いが必要です（お荷物お預かり中）", "utf8"), mid,
             host="notice.swift-parcel-jp.example.com", ip="203.0.113.244")
    eml = single(h, body, "utf-8", "UTF-8", "quoted-printable")
    add(47, "parcel-customs-fee-phishing-utf8qp", "spam",
        "text/plain UTF-8 quoted-printable", "easy",
        "Parcel/customs-payment phishing with a card-payment link: spam; the tracking number is not a phone; no lead fields",
        eml, gold(mid, "spam"))


def m048():
    mid = "1765361422.7741.wcrhpc@confmail.scholarsummit.example.com"
    text = """Dear Esteemed Colleague,

Greetings from the Organizing Committee!

Based on your eminent contribution to rural medicine, we are delighted to
invite you as a Speaker at the 12th World Congress on Rural Health &
Primary Care (WCRHPC-2026), to be held in Dubai, UAE, on May 18-20, 2026.

Theme: "Bridging the Rural Care Gap: Workforce, Retention and Innovation"

Your speaker slot includes:
- 25-minute oral presentation
- Publication of your abstract in the Journal of Global Rural Medicine
  (ISSN pending)
- Certificate of Recognition

Registration fee for speakers: USD 799 (early bird until January 15).

Kindly send us your abstract and a short biography at the earliest.
We look forward to your gracious presence in Dubai.

Warm regards,
Dr. Amelia Grant
Program Manager, WCRHPC-2026
"""
    h = hdrs("Wed, 10 Dec 2025 10:10:22 +0000", addr("WCRHPC-2026", "program@confmail.scholarsummit.example.com"),
             "Invitation to Speak: 12th World Congress on Rural Health & Primary Care, Dubai", mid,
             host="confmail.scholarsummit.example.com", ip="198.51.100.177",
             recvd="Wed, 10 Dec 2025 19:10:25 +0900 (JST)")
    parts = [leaf(text, "us-ascii", "us-ascii", "7bit"),
             leaf(html_of(text, "Georgia,serif"), "us-ascii", "us-ascii", "quoted-printable", "text/html")]
    eml = multipart(h, "alternative", "b1_7741_wcrhpc_2026", parts)
    add(48, "predatory-congress-speaker-invitation", "spam",
        "multipart/alternative us-ascii 7bit + QP html; Date +0000", "medium",
        "A predatory congress's speaker invitation with a fee ('rural health', 'primary care', signed 'Dr.'): spam; no lead fields",
        eml, gold(mid, "spam"))


def m049():
    mid = "20260117143309.81726.qmail@intl-promo-claims.example.com"
    body = """ATTENTION: WINNING NOTIFICATION

Dear Email Owner,

We are pleased to inform you that your email address was selected in the
2026 Global Online Email Promotion held on 15 January 2026. Your address
has won the sum of USD 850,000.00 (Eight Hundred and Fifty Thousand US
Dollars) in the second category.

To process your claim, please contact our claims agent with the
following details:

1. Full Name
2. Address
3. Phone Number
4. Age and Occupation
5. Winning Reference: GOEP/2026/0117/JP

Claims Agent: Mr. Daniel Brooks
Email: claims.dept@intl-promo-claims.example.com

Note: Keep this notification confidential until your claim is processed.

Congratulations once again!
Mrs. Helen Forbes
Promotions Coordinator
"""
    h = hdrs("Sat, 17 Jan 2026 14:33:09 +0100", "Global Online Email Promotion <noreply@intl-promo-claims.example.com>",
             "ATTENTION: Your email has won USD 850,000.00", mid, host="unknown.intl-promo-claims.example.com",
             ip="203.0.113.252", recvd="Sat, 17 Jan 2026 22:33:12 +0900 (JST)",
             extra=[("Reply-To", "claims.dept@intl-promo-claims.example.com"), ("X-Priority", "1")])
    eml = single(h, body, "us-ascii", "us-ascii", "7bit")
    add(49, "lottery-winning-notification-english", "spam",
        "text/plain us-ascii 7bit; Reply-To another address; X-Priority 1; Date +0100", "easy",
        "Lottery scam asking for name, phone, age and occupation: spam; every lead field null despite Reply-To and the numbered list",
        eml, gold(mid, "spam"))


def m050():
    mid = "20260205120015.invest.3381@dr-asset-lab.example.jp"
    body = """勤務医・開業医の先生方へ

いつもお仕事お疲れさまです。
医師専門の資産形成サポート「ドクターアセットラボ」です。

「年収は高いのに、手取りが思ったほど増えない」
「定年後の収入に不安がある」
そんな先生方に、医師だけが使える節税と資産形成の方法をお伝えしています。

■ 医師限定・個別相談会（無料）
　・所得税が年100万円以上軽くなった先生の実例
　・自己資金10万円から始める都心の新築区分マンション投資
　・定年後も月30万円の家賃収入を得る方法

日程：2月14日（土）・2月21日（土）　各回 10:00／13:00／15:00
場所：東京・大阪・名古屋・福岡／オンライン
ご参加の先生全員に、Amazonギフト券1万円分を進呈！

お申し込みは、このメールに「参加希望」とご返信いただくか、下記URLから。
https://www.dr-asset-lab.example.jp/consult?ref=m0205

ドクターアセットラボ（運営：株式会社アセットラボ不動産）
フリーダイヤル 0120-913-502
"""
    h = hdrs("Thu, 05 Feb 2026 12:00:15 +0900", addr("ドクターアセットラボ", "info@dr-asset-lab.example.jp", "euc"),
             ew("【医師限定】定年後も月30万円の家賃収入を 個別相談会のご案内", "euc"), mid,
             host="mailer03.dr-asset-lab.example.jp", ip="198.51.100.93",
             extra=[("Precedence", "bulk")])
    eml = single(h, body, "euc_jp", "EUC-JP", "8bit")
    add(50, "doctor-only-real-estate-investment-eucjp", "spam",
        "text/plain EUC-JP 8bit; Precedence: bulk", "medium",
        "Real-estate investment pitch to doctors (定年後, 勤務医, 開業医, 参加希望 reply): spam; no lead fields",
        eml, gold(mid, "spam"))


# ========================================================================= main

def build():
    MAILS.clear()
    for i in range(1, 51):
        globals()["m%03d" % i]()
    return list(MAILS)


def main():
    write_set(build(), sys.argv[1] if len(sys.argv) > 1 else HERE)


if __name__ == "__main__":
    main()
