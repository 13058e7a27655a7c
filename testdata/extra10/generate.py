#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Development mails for madoguchi parse (60 invented messages + gold labels).

    python3 generate.py [OUTDIR]     # writes NNN-slug.eml, NNN-slug.json, index.tsv

The gold follows the lead contract (docs/lead.md) and the conventions of
samples/README.md. People, institutions, numbers and addresses are invented; only
.example.jp / .example.com / .example.org domains are used. Output is deterministic.
The MIME and encoding helpers are those of ../tools/mailgen.py; CRLF line endings
throughout.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tools"))
from mailgen import (  # noqa: E402
    addr, crlf, cte_apply, ENC, ew, gmail_html, gold, html_divs, INBOX, HOKURIKU, KYUSHU_OKINAWA,
    leaf, multipart, MX, qid, quote, raw_part, received, recv_date, report, SEC_SIG,
    single, std, TOHOKU, write_set)

MAILS = []

ENCDESC = {
    "jis": "text/plain ISO-2022-JP 7bit",
    "msjis": "text/plain iso-2022-jp 7bit with CP932 rows (Outlook)",
    "sjis": "text/plain Shift_JIS 8bit",
    "euc": "text/plain EUC-JP 8bit",
    "utf8": "text/plain UTF-8 8bit",
    "utf8b": "text/plain UTF-8 base64",
    "utf8q": "text/plain UTF-8 quoted-printable",
    "ascii": "text/plain us-ascii 7bit",
}


def add(num, slug, cat, enc, diff, desc, eml, g):
    MAILS.append(dict(num=num, slug=slug, cat=cat, enc=enc, diff=diff, desc=desc, eml=eml, gold=g))


def subj_enc(subject, hcs):
    if subject.isascii() or hcs is None:
        return subject
    for pre in ("Re: ", "RE: ", "Fwd: "):
        if subject.startswith(pre):
            return pre + ew(subject[len(pre):], hcs)
    return ew(subject, hcs)


def from_enc(name, email, hcs):
    if not name:
        return email
    return addr(name, email, hcs if not name.isascii() else None)


def plain(num, slug, cat, diff, desc, enc, mid, date, name, email, subject, body, g,
          ip="198.51.100.20", host=None, extra=(), rp=None, note="", ctype="text/plain", ctextra=""):
    """A single-part mail with the usual received headers."""
    codec, label, cte, hcs = ENC[enc]
    host = host or "mail." + email.split("@")[1]
    hdrs = std(mid, date, from_enc(name, email, hcs), subj_enc(subject, hcs), host, ip, rp=rp,
               extra=list(extra))
    eml = single(hdrs, body, codec, label, cte, ctype, ctextra)
    encdesc = ENCDESC[enc] if ctype == "text/plain" else ENCDESC[enc].replace("text/plain", ctype)
    add(num, slug, cat, encdesc + ("; " + note if note else ""), diff, desc, eml, gold(mid, cat, **g))


def alt(num, slug, cat, diff, desc, mid, date, name, email, subject, text, html, g, boundary,
        ip="203.0.113.40", host=None, extra=(), cte="base64", note="", hcs="utf8"):
    """multipart/alternative, UTF-8 text + HTML."""
    host = host or "mail." + email.split("@")[1]
    hdrs = std(mid, date, from_enc(name, email, hcs), subj_enc(subject, hcs), host, ip, extra=list(extra))
    parts = [leaf(text, "utf-8", "UTF-8", cte), leaf(html, "utf-8", "UTF-8", cte, "text/html")]
    eml = multipart(hdrs, "alternative", boundary, parts)
    add(num, slug, cat, "multipart/alternative text/plain + text/html UTF-8 %s%s" % (cte, "; " + note if note else ""),
        diff, desc, eml, gold(mid, cat, **g))


def tb_attr(when, who):
    return "%s、%s wrote:" % (when, who)


def newsletter(issue, listings):
    return ("━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n"
            "【地域医療マッチング通信】%s\n"
            "━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n"
            "◇ 今月の募集から\n%s\n\n"
            "◇ ご登録の先生へ\n"
            "ご希望の条件が変わった場合は、このメールにご返信ください。\n"
            "配信停止をご希望の方も、その旨ご返信ください。\n\n" % (issue, listings)) + SEC_SIG


# ======================================================================= doctor

def doctors():
    plain(1, "iphone-ortho-nagano-yamanashi-b64", "doctor", "easy",
          "Five informal lines from an iPhone: 整形外科医, この4月から in Feb -> 2026-04, 週2日くらい -> 2 and part_time, 長野か山梨 -> 長野県/山梨県; 当直はなし is a refusal, not spot; full name only in the From display name (the body signs 石黒); no phone",
          "utf8b", "7E3A1C52-90B4-4D2E-A6F1-3B8C0D9E2F41@mobile-mail.example.jp",
          "Thu, 12 Feb 2026 22:41:09 +0900", "石黒 和也", "kazuya.ishiguro.ortho@mobile-mail.example.jp",
          "勤務の相談", """事務局さま

突然すみません。整形外科医の石黒です。
この4月から、週2日くらいで働けるところはありますか？
長野か山梨だと通いやすいです。
当直はなしでお願いしたいです。

iPhoneから送信
""", dict(name="石黒 和也", email="kazuya.ishiguro.ortho@mobile-mail.example.jp",
          specialties=["整形外科"], prefectures=["長野県", "山梨県"], employment=["part_time"],
          days_per_week=2, start="2026-04"),
          ip="203.0.113.77", host="mo-smtp12.mobile-mail.example.jp",
          extra=[("X-Mailer", "iPhone Mail (22D63)")], note="From/Subject RFC 2047 UTF-8 B")

    quoted = newsletter("2026年1月号", """[A-0412] 島根県 隠岐の島町　内科（常勤）令和8年4月〜
[A-0415] 青森県 むつ市　整形外科（非常勤 週1日）
[A-0419] 宮崎県 えびの市　総合診療科（常勤）
[A-0423] 北海道 枝幸町　当直（スポット、月2回）""")
    plain(2, "thunderbird-reply-listing-oki-internist-jis", "doctor", "hard",
          "Thunderbird reply to the January newsletter asking about listing A-0412: 島根県 and 内科常勤 from his own words, 61歳, 消化器内科 + 内科全般 -> 内科, current hospital 市立ひがし湊病院; the listing's 令和8年4月 and the other listings are quote only (no start: 3月いっぱいで退職 is his retirement); mobile in the signature",
          "jis", "5b2e91c4-7d0a-4f63-9e1b-2c8d4a6f0e37@minato-net.example.jp",
          "Mon, 19 Jan 2026 08:15:33 +0900", "大室 克彦", "k-omuro@minato-net.example.jp",
          "Re: 【地域医療マッチング通信】2026年1月号",
          """事務局 御中

通信1月号を拝見しました。
[A-0412] の隠岐の内科常勤の件について、もう少し詳しく伺えますでしょうか。
島根県は初めてですが、離島での勤務にはかねてから関心がありました。

当方、現在61歳で、消化器内科を専門としてきましたが、内科全般の外来・病棟管理は問題ありません。
今は 市立ひがし湊病院 に勤めており、3月いっぱいで退職の予定です。
住居の条件や、当直の回数などを教えていただければ幸いです。

大室 克彦
090-3317-4826

""" + tb_attr("2026/01/15 10:00", "地域医療マッチング事務局") + "\n" + quote(quoted) + "\n",
          dict(name="大室 克彦", email="k-omuro@minato-net.example.jp", phone="09033174826", age=61,
               organization="市立ひがし湊病院", specialties=["消化器内科", "内科"], prefectures=["島根県"],
               employment=["full_time"]),
          extra=[("In-Reply-To", "<news.2026-01.001.0004417@md2-rm.example.org>"),
                 ("References", "<news.2026-01.001.0004417@md2-rm.example.org>"),
                 ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0")],
          note="Subject 'Re: ' + RFC 2047 ISO-2022-JP B; quoted newsletter")

    plain(3, "daughter-for-father-ophthalmologist-okayama-sjis", "doctor", "hard",
          "A daughter writes for her father, an ophthalmologist of 72 who closed his clinic: name/age/organization are his (the closed clinic is his last workplace), email/phone hers; 非常勤 with 週に1〜2日 -> days null; 岡山県 and 広島県の東部 (福山 is a hint only); 三十年 and 昨年の秋 are no data",
          "sjis", "000a01dcab12$4e7f3c20$eb7db460$@kibi-net.example.jp",
          "Sat, 07 Mar 2026 14:02:51 +0900", "西川 沙織", "saori.n@kibi-net.example.jp",
          "父の勤務についてのご相談", """ドクターセカンドキャリア 事務局の皆様

はじめてご連絡いたします。西川 沙織と申します。
父のことでご相談があり、メールいたしました。

父・西川 敏郎は眼科医で、岡山市内で「にしかわ眼科医院」を三十年ほど開業しておりましたが、
体力的なこともあり昨年の秋に閉院いたしました。
今年で72歳になりますが、まだまだ元気で、「週に1〜2日なら外来を手伝いたい」と申しております。
本人はパソコンが苦手なため、代わりに私からお問い合わせしております。

非常勤での勤務を考えており、自宅から通える岡山県内か、広島県の東部（福山あたり）を希望しております。
白内障の手術はもう行わないとのことで、外来診療のみでお願いできればと思います。

このような条件でも登録は可能でしょうか。
ご連絡は私の携帯（080-5521-0937）か、このメールアドレスにいただけますと幸いです。

西川 沙織
""", dict(name="西川 敏郎", email="saori.n@kibi-net.example.jp", phone="08055210937", age=72,
          organization="にしかわ眼科医院", specialties=["眼科"], prefectures=["岡山県", "広島県"],
          employment=["part_time"]),
          extra=[("X-Mailer", "Microsoft Outlook 16.0")], note="From/Subject RFC 2047 Shift_JIS B")

    plain(4, "english-anaesthetist-singapore-hokkaido", "doctor", "medium",
          "English mail from Singapore (+0800): anaesthesiologist -> 麻酔科, covered the emergency department -> 救急科, 58 years old, Hokkaido + Akita/Iwate, full-time, June 2026; the only phone is a Singapore number (no domestic form) -> null; organization the hospital abroad",
          "ascii", "CAF3k9xQ2mZp7rT1vW8yB4nH6jL0sD5eG3cK@mail.gmail.example.com",
          "Wed, 21 Jan 2026 09:47:12 +0800", "Keiko Marsh", "keiko.marsh.sg@gmail.example.com",
          "Enquiry about working in rural Japan", """Dear Secretariat,

My name is Keiko Marsh (nee Hayashi). I am a Japanese-licensed anaesthesiologist,
58 years old, and for the past eleven years I have worked at Harbourfront General
Hospital in Singapore. My husband and I plan to return to Japan this year, and I
would like to spend the next stage of my career somewhere that genuinely needs
doctors.

I am looking for a full-time post, ideally in Hokkaido; Akita or Iwate would also
be fine. Apart from anaesthesia I have covered the emergency department for many
years. I could start in June 2026 at the earliest.

Could you tell me whether a doctor who has worked overseas for a long time can
register, and whether any refresher training is required?

Kind regards,
Keiko Marsh
+65 6123 4417 (mobile)
""", dict(name="Keiko Marsh", email="keiko.marsh.sg@gmail.example.com", age=58,
          organization="Harbourfront General Hospital", specialties=["麻酔科", "救急科"],
          prefectures=["北海道", "秋田県", "岩手県"], employment=["full_time"], start="2026-06"),
          ip="203.0.113.141", host="mail-pj1-f41.google.example.com")

    plain(5, "form-bracket-labels-surgeon-kyushu-okinawa-qp", "doctor", "medium",
          "Registration form relayed by the site (【label】 lines): email in the body, 昭和35年 -> 1960, kana given, workplace without 外科, 消化器外科 (内視鏡 is no vocabulary word), 九州・沖縄であればどこでも -> the eight prefectures (not 全国), 2026年10月ごろ -> 2026-10; the sender IP line is no phone",
          "utf8q", "form.20260303162005.7731@form.md2-rm.example.org",
          "Tue, 03 Mar 2026 16:20:05 +0900", "医師登録フォーム", "webform@form.md2-rm.example.org",
          "【医師登録】三角 浩二 様よりお申し込み", """───────────────────────
 医師登録お申し込み（Webフォーム）
───────────────────────
【氏名】　　　　三角 浩二
【氏名（カナ）】ミスミ コウジ
【生年】　　　　昭和35年
【連絡先メール】k-misumi@genkai-med.example.jp
【連絡先電話】　093-622-4180
【現在の所属】　社会医療法人 玄海会 むなかた中央病院 外科
【専門・得意分野】消化器外科（上部・下部内視鏡を含む）
【希望する地域】九州・沖縄であればどこでも
【希望する働き方】常勤
【勤務開始の希望】2026年10月ごろ
【ご質問・ご要望】
定年後、島しょ部の病院で外科と内視鏡を続けたいと考えています。
単身赴任になりますので、宿舎の有無を知りたいです。
───────────────────────
送信日時：2026/03/03 16:20:05
送信元IP：203.0.113.58
───────────────────────
""", dict(name="三角 浩二", name_kana="ミスミ コウジ", email="k-misumi@genkai-med.example.jp",
          phone="0936224180", birth_year=1960, organization="社会医療法人 玄海会 むなかた中央病院",
          specialties=["消化器外科"], prefectures=KYUSHU_OKINAWA, employment=["full_time"], start="2026-10"),
          ip="192.0.2.41", host="app01.form.md2-rm.example.org", note="From/Subject RFC 2047 UTF-8 B")

    orig = """髙橋 美智子 先生

このたびはご登録ありがとうございます。事務局の村瀬です。
ご紹介にあたり、次の点を教えていただけますでしょうか。

①勤務開始のご希望時期
②ご希望の地域
③常勤・非常勤のご希望

お手数ですが、よろしくお願いいたします。

""" + SEC_SIG
    plain(6, "outlook-reply-numbered-pediatrician-niigata-msjis", "doctor", "hard",
          "Outlook reply answering numbered questions (①②③ and 髙 in CP932 rows): 来月から in March -> 2026-04, 新潟県内であればどこでも -> 新潟県 (not 全国; 上越 is her home town), 常勤, 小児科; phone in full-width digits; the questions are in the quoted original",
          "msjis", "TYCPR01MB86140C5F1A2E7B3D9A4C8E21F6D2@TYCPR01MB8614.jpnprd01.prod.outlook.example.com",
          "Tue, 17 Mar 2026 12:31:40 +0900", "髙橋 美智子", "m-takahashi@echigo-kids.example.jp",
          "RE: ご登録内容の確認のお願い", """村瀬様

ご連絡ありがとうございます。髙橋です。
ご質問にお答えします。

①来月からでも大丈夫です。
②新潟県内であれば、どこでも構いません。実家が上越にあります。
③常勤を希望します。

小児科の一般外来と予防接種は一通りできます。
ほかに必要なことがあればお知らせください。

髙橋 美智子
携帯：０９０－７７４２－１０６８

-----Original Message-----
From: 地域医療マッチング事務局 <md@md2-rm.example.org>
Sent: Monday, March 16, 2026 5:02 PM
To: 髙橋 美智子 <m-takahashi@echigo-kids.example.jp>
Subject: ご登録内容の確認のお願い

""" + orig + "\n",
          dict(name="髙橋 美智子", email="m-takahashi@echigo-kids.example.jp", phone="09077421068",
               specialties=["小児科"], prefectures=["新潟県"], employment=["full_time"], start="2026-04"),
          ip="40.107.74.55", host="mail-os0jpn01on2055.outbound.protection.outlook.example.com",
          extra=[("In-Reply-To", "<req.20260316170211.5520@md2-rm.example.org>"),
                 ("Thread-Index", "AQHcta1LpQ2wYx8kR0a3bTf9Zk1n7Q=="),
                 ("X-MS-Has-Attach", "")],
          note="From/Subject RFC 2047 iso-2022-jp B; Outlook original below the reply")

    text = """地域医療マッチング事務局 ご担当者様

金沢市内の病院で循環器内科医として勤務している、岩佐 亮と申します（45歳）。
今の職場は続けつつ、土日の日直・当直だけでも北陸の医師不足の病院のお役に立てればと思い、ご連絡しました。

・対応できること：急性心筋梗塞などの初期対応、心エコー、一般内科の当直業務
・希望：月に2〜3回程度、土曜または日曜の日直・当直
・地域：北陸3県（車で移動できる範囲）

このような単発の勤務のご紹介もされていますでしょうか。
よろしくお願いいたします。

岩佐 亮
"""
    alt(7, "gmail-weekend-duty-cardiologist-hokuriku-alt", "doctor", "medium",
        "Employed cardiologist (45歳) wants weekend 日直・当直 only: spot (not part_time; 月に2〜3回 gives no days), 北陸 -> 富山県/石川県/福井県, 循環器内科 and 一般内科 -> 内科; 金沢市内の病院 is unnamed -> no organization; no phone",
        "CAM7pQ4sXk2VfB9dN1tR6yE0wH3zJ8uL5aG_c4Y@mail.gmail.example.com",
        "Sun, 25 Jan 2026 20:03:48 +0900", "岩佐 亮", "ryo.iwasa.cv@gmail.example.com",
        "土日の当直のみの勤務について", text, gmail_html(text),
        dict(name="岩佐 亮", email="ryo.iwasa.cv@gmail.example.com", age=45,
             specialties=["循環器内科", "内科"], prefectures=HOKURIKU, employment=["spot"]),
        "000000000000b7d41e0649a3c5f2", host="mail-yw1-f170.google.example.com",
        note="Gmail; From/Subject RFC 2047 UTF-8 B")

    plain(8, "three-lines-internist-tokushima-kagawa-qp", "doctor", "easy",
          "Three informal lines: 内科医(38歳), 来年度から in December 2025 -> 2026-04, 週3日の非常勤, 徳島か香川; full name only in the From display name",
          "utf8q", "a9c3e7f1-52b8-4d06-b1e4-7f0c2d9a8e63@kosodate-mail.example.jp",
          "Fri, 12 Dec 2025 23:10:27 +0900", "佐伯 奈緒", "nao.saeki@kosodate-mail.example.jp",
          "非常勤の仕事について", """はじめまして。
内科医(38歳)です。子どもが小さいので、来年度から週3日の非常勤で働ける所を探しています。
徳島か香川だとうれしいです。
佐伯
""", dict(name="佐伯 奈緒", email="nao.saeki@kosodate-mail.example.jp", age=38, specialties=["内科"],
          prefectures=["徳島県", "香川県"], employment=["part_time"], days_per_week=3, start="2026-04"),
          note="From/Subject RFC 2047 UTF-8 B")

    plain(9, "becky-surgeon-nagasaki-islands-showa-jis", "doctor", "medium",
          "Surgeon retiring in June: 昭和34年の生まれ -> 1959 (no age), workplace in 福岡市 with its legal prefix, 佐賀県 is his past, 長崎県 (五島・壱岐・対馬 are in it), 外科 and 救急 -> 救急科, 常勤でも非常勤でも -> both, 令和8年7月以降 -> 2026-07 (6月末 is the retirement); home phone",
          "jis", "20260205105500.6A31.2F7C19E4@hakata-home.example.jp",
          "Thu, 05 Feb 2026 10:55:00 +0900", "江頭 誠一", "egashira.s@hakata-home.example.jp",
          "離島での勤務を希望しています（外科）", """地域医療マッチング事務局　御中

いつも通信を楽しみに読んでおります。
福岡市の 医療法人 博愛会 はかた博愛病院 で外科医をしております、江頭 誠一です。
昭和34年の生まれで、今年の6月末で今の病院を退職することになりました。

若いころ佐賀県の病院に三年ほど勤めた際、離島の診療応援に通ったことがあり、
その経験から、最後は長崎県の五島や壱岐・対馬のような離島で働きたいと考えております。
外科のほか、救急の初期対応、一般外来も担当できます。
勤務の形は常勤でも非常勤でもかまいません。
令和8年7月以降であれば、いつからでも赴任できます。

ご検討のほど、よろしくお願いいたします。

江頭 誠一
TEL 092-471-3385（自宅）
""", dict(name="江頭 誠一", email="egashira.s@hakata-home.example.jp", phone="0924713385",
          birth_year=1959, organization="医療法人 博愛会 はかた博愛病院", specialties=["外科", "救急科"],
          prefectures=["長崎県"], employment=["full_time", "part_time"], start="2026-07"),
          extra=[("X-Mailer", "Becky! ver. 2.81.08 [ja]")], note="From/Subject RFC 2047 ISO-2022-JP B")

    text = """事務局 ご担当 様

精神科医の 長谷部 周平 と申します。66歳です。
大学病院と単科の精神科病院で三十年あまり勤務し、心療内科のクリニックでも長く診療してきました。

昨年、勤めていた病院を退職し、今は週に何日か知人のクリニックを手伝う程度です。
まだ働けるうちに、精神科医が少ない地域で、外来や病棟、認知症の診療などを担えればと考えています。
場所は東北のどこかを考えています。妻の郷里が山形です。

働き方や待遇などは、先方のご事情に合わせるつもりです。
一度お話を伺えますでしょうか。平日の日中は 022-719-4452 におります。

長谷部 周平
"""
    plain(10, "html-only-psychiatrist-tohoku-webmail", "doctor", "medium",
          "HTML-only webmail: psychiatrist 66歳 with 心療内科 experience, 東北のどこか -> the six Tohoku prefectures (not 全国; 山形 is his wife's home), no employment (週に何日か is his present help, no number); unnamed hospitals -> no organization; phone in the running text",
          "utf8q", "1741478360.884213.hasebe@webmail.tsutsuji.example.jp",
          "Mon, 09 Mar 2026 07:12:40 +0900", "長谷部 周平", "s.hasebe@tsutsuji.example.jp",
          "精神科医の登録について", html_divs(text),
          dict(name="長谷部 周平", email="s.hasebe@tsutsuji.example.jp", phone="0227194452", age=66,
               specialties=["精神科", "心療内科"], prefectures=TOHOKU),
          host="webmail.tsutsuji.example.jp", ctype="text/html", note="HTML only; From/Subject RFC 2047 UTF-8 B")


# ======================================================================= hospital

def hospitals():
    plain(11, "clinic-director-short-shimanto-utf8", "hospital", "easy",
          "A clinic director's five lines: 内科, 外来を週1日 -> part_time/1, 高知県四万十町 in brackets; organization and phone from the signature (院長 is a role)",
          "utf8", "20260114130544.3f1a@kawamura-naika.example.jp",
          "Wed, 14 Jan 2026 13:05:44 +0900", "かわむら内科クリニック", "info@kawamura-naika.example.jp",
          "内科の先生のご紹介のお願い", """事務局様
当院（高知県四万十町）で、外来を週1日手伝っていただける内科の先生を探しています。
曜日は相談できます。ご紹介いただけますか。

かわむら内科クリニック 院長 川村 浩
0880-22-7315
""", dict(name="川村 浩", email="info@kawamura-naika.example.jp", phone="0880227315",
          organization="かわむら内科クリニック", specialties=["内科"], prefectures=["高知県"],
          municipality="四万十町", employment=["part_time"], days_per_week=1),
          note="From/Subject RFC 2047 UTF-8 B")

    plain(12, "town-office-clinic-kaminokuni-msjis", "hospital", "medium",
          "Town office recruits for its 町立 clinic, numbered ①–④ with ～ (CP932 rows): 総合診療 -> 総合診療科, 常勤 (オンコール is no spot), 令和8年10月1日 -> 2026-10-01 (9月末 is the predecessor), 北海道 上ノ国町; organization the town office (the sample convention), phone without the extension; 年齢は問いません is no 全国",
          "msjis", "000601dcb04a$8c2e1f70$a48a5e50$@town-kaminokuni.example.jp",
          "Tue, 10 Mar 2026 11:18:26 +0900", "上ノ国町役場 保健福祉課", "chiiki-iryo@town-kaminokuni.example.jp",
          "町立診療所の常勤医師募集について（上ノ国町）", """ドクターセカンドキャリア 地域医療マッチング事務局 ご担当者様

突然のメールにて失礼いたします。
北海道檜山郡上ノ国町役場 保健福祉課の 千葉 と申します。

町が運営する 町立上ノ国診療所 の常勤医師が、9月末で任期満了により退任されることになりました。
後任として、総合診療をお願いできる常勤医師を募集しております。
（外来診療、軽い外傷の処置、予防接種などが中心です）

＜募集の概要＞
 ① 勤務地：町立上ノ国診療所（北海道檜山郡上ノ国町）
 ② 勤務開始：令和8年10月1日
 ③ 勤務形態：常勤（平日8:30～17:15、オンコールは月4回程度）
 ④ 待遇：町の規定による。医師住宅（3LDK）を用意します

年齢は問いません。ご経験豊富な先生にお越しいただければ、町民も心強く思います。
求人の掲載をお願いできますでしょうか。必要な書類があればお知らせください。

上ノ国町役場 保健福祉課 地域医療係
千葉 久美子
TEL 0139-55-2311（代表）内線 214
""", dict(name="千葉 久美子", email="chiiki-iryo@town-kaminokuni.example.jp", phone="0139552311",
          organization="上ノ国町役場", specialties=["総合診療科"], prefectures=["北海道"],
          municipality="上ノ国町", employment=["full_time"], start="2026-10-01"),
          extra=[("X-Mailer", "Microsoft Outlook 16.0")], note="From/Subject RFC 2047 iso-2022-jp B")

    plain(13, "care-medical-institution-yawatahama-sjis", "hospital", "medium",
          "介護医療院 seeks a full-time 施設医 who may become 施設長: 老健・介護施設, 常勤, 6月1日から in April -> 2026-06-01, 愛媛県八幡浜市; 65歳以上 and 内科・外科 are preferences in 診療科は問いません -> no other specialty; the 50床 and 3月 (predecessor) are no data",
          "sjis", "20260406091533.D2E4.7B19A0C3@seiwakai-care.example.jp",
          "Mon, 06 Apr 2026 09:15:33 +0900", "医療法人 青和会", "jimu@seiwakai-care.example.jp",
          "介護医療院の常勤医師について", """地域医療マッチング事務局 御中

愛媛県八幡浜市で介護医療院を運営しております、医療法人 青和会の 二宮 と申します。

当法人の「介護医療院 みかんの丘」（50床）では、3月に常勤医の先生が退職され、
現在は近隣の病院から応援をいただきながらしのいでいる状況です。
つきましては、常勤の施設医としてお勤めいただける先生を探しております。
将来的には施設長（管理医師）をお願いできればと考えております。

・業務：入所者の日々の診療、ご家族への説明、看取り
・勤務：常勤（日勤のみ、夜間は電話対応のみ）
・開始：6月1日から
・所在地：愛媛県八幡浜市

診療科は問いませんが、内科・外科のご経験がある先生ですと助かります。
65歳以上の先生も歓迎いたします。

医療法人 青和会 介護医療院 みかんの丘
事務長 二宮 康介
TEL 0894-22-5916
""", dict(name="二宮 康介", email="jimu@seiwakai-care.example.jp", phone="0894225916",
          organization="医療法人 青和会 介護医療院 みかんの丘", specialties=["老健・介護施設"],
          prefectures=["愛媛県"], municipality="八幡浜市", employment=["full_time"], start="2026-06-01"),
          note="From/Subject RFC 2047 Shift_JIS B")

    plain(14, "how-to-list-orthopedics-nichinan-utf8", "hospital", "medium",
          "A hospital asks how to list an opening (procedure, fees, time): hospital, not general; 整形外科 常勤医 successor -> full_time, 来年の春 -> no start, 宮崎県日南市 from the signature address; organization without 総務課",
          "utf8", "b8e4c2a0-6f19-4d37-8a5b-e21c07f94d6a@nichinan-minato.example.jp",
          "Mon, 02 Mar 2026 09:30:12 +0900", "黒木 真由美", "kuroki-m@nichinan-minato.example.jp",
          "求人掲載の手続きについて", """地域医療マッチング事務局 様

宮崎県日南市の 医療法人 飫肥会 にちなん港病院 で人事を担当しております、黒木 真由美です。

当院の整形外科では、常勤医2名のうち1名が来年の春に開業のため退職する予定です。
その後任を探すにあたり、貴事業の求人掲載を利用できないかと考えております。

つきましては、
・掲載の手続きと必要な書類
・費用の有無（紹介手数料などが発生するか）
・掲載から紹介までのおおよその期間
を教えていただけますでしょうか。

資料があればお送りいただけると助かります。

医療法人 飫肥会 にちなん港病院 総務課
黒木 真由美
〒887-0001 宮崎県日南市油津3丁目8-21
TEL 0987-23-5517
""", dict(name="黒木 真由美", email="kuroki-m@nichinan-minato.example.jp", phone="0987235517",
          organization="医療法人 飫肥会 にちなん港病院", specialties=["整形外科"], prefectures=["宮崎県"],
          municipality="日南市", employment=["full_time"]),
          extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.7.1")],
          note="From/Subject RFC 2047 UTF-8 B")

    orig = """いとう湯の花病院
望月 彩 様

お世話になっております。地域医療マッチング事務局の小野寺です。
下記の内容で求人を掲載いたしました。

募集科：麻酔科
勤務地：静岡県伊東市
勤務形態：常勤
開始時期：6月1日から

""" + SEC_SIG
    plain(15, "listing-change-anesthesia-ito-quoted-jis", "hospital", "hard",
          "A hospital changes its listing above our quoted confirmation: 非常勤（週4日）でも可 after 常勤 -> full_time + part_time, days 4, 開始を7月から -> 2026-07 (the quoted 6月1日 is the old value), 麻酔科, 静岡県伊東市 from the signature address",
          "jis", "3c0d7a52-e81f-4b96-a2c4-9d5e1f80b7a3@itou-yunohana.example.jp",
          "Thu, 14 May 2026 17:22:09 +0900", "望月 彩", "mochizuki@itou-yunohana.example.jp",
          "Re: 【地域医療マッチング事務局】求人掲載のご連絡", """地域医療マッチング事務局
小野寺様

お世話になっております。いとう湯の花病院の 望月 です。

先月掲載していただいた麻酔科医の求人について、条件を変更させていただきたくご連絡しました。
常勤での応募がなかなかないため、非常勤（週4日）でも可としたいと思います。
また、開始時期も7月からに変更いたします。

お手数ですが、掲載内容の修正をお願いいたします。

いとう湯の花病院 事務部
望月 彩
〒414-0002 静岡県伊東市湯川2-11-5
TEL 0557-36-2208

""" + quote(orig) + "\n",
          dict(name="望月 彩", email="mochizuki@itou-yunohana.example.jp", phone="0557362208",
               organization="いとう湯の花病院", specialties=["麻酔科"], prefectures=["静岡県"],
               municipality="伊東市", employment=["full_time", "part_time"], days_per_week=4, start="2026-07"),
          extra=[("In-Reply-To", "<list.20260417.0093@md2-rm.example.org>"),
                 ("References", "<list.20260417.0093@md2-rm.example.org>")],
          note="Subject 'Re: ' + RFC 2047 ISO-2022-JP B; '> ' quoted original")

    plain(16, "prefecture-office-three-village-clinics-nara-jis", "hospital", "hard",
          "A prefectural office recruits for three village clinics: organization 奈良県 (departments dropped), municipality null (three villages), 内科 and 総合診療 -> 内科/総合診療科, 常勤; 主査 is a role",
          "jis", "20260128144751.0ACE.58D31F2B@pref-nara-iryo.example.jp",
          "Wed, 28 Jan 2026 14:47:51 +0900", "奈良県 地域医療連携課", "chiiki-renkei@pref-nara-iryo.example.jp",
          "へき地診療所の医師募集へのご協力のお願い", """地域医療マッチング事務局 御中

奈良県 福祉医療部 医療政策局 地域医療連携課の 辻 と申します。

本県南部の山間地域では、村が設置するへき地診療所の医師確保が大きな課題となっております。
現在、十津川村、野迫川村、上北山村の3診療所で、内科または総合診療の常勤医師を各1名募集しております。
県としても、赴任される先生には住宅の確保や研修の機会などで支援を行う予定です。

貴事業で各診療所の募集をご紹介いただくことは可能でしょうか。
必要であれば、各村の担当者とともにご説明に伺います。

奈良県 福祉医療部 医療政策局 地域医療連携課
主査 辻 孝之
TEL 0742-27-8640
""", dict(name="辻 孝之", email="chiiki-renkei@pref-nara-iryo.example.jp", phone="0742278640",
          organization="奈良県", specialties=["内科", "総合診療科"], prefectures=["奈良県"],
          employment=["full_time"]),
          note="From/Subject RFC 2047 ISO-2022-JP B")

    plain(17, "listing-form-saturday-er-duty-amami-b64", "hospital", "medium",
          "Listing form relayed by the site: contact email and hiragana reading in the body, 救急外来 -> 救急科 (内科系・外科系 are no vocabulary words), スポット（当直）, 月1〜2回 -> days null, 2026年6月, 奄美市 from the address",
          "utf8b", "listing.20260410180337.2291@form.md2-rm.example.org",
          "Fri, 10 Apr 2026 18:03:37 +0900", "求人掲載フォーム", "webform@form.md2-rm.example.org",
          "【求人掲載フォーム】医療法人 あまみ会 名瀬あまみ病院", """求人掲載フォームより、以下の内容で送信がありました。

医療機関名： 医療法人 あまみ会 名瀬あまみ病院
所在地： 鹿児島県奄美市名瀬長浜町14-3
ご担当者名： 田辺 裕子
ご担当者名（ふりがな）： たなべ ゆうこ
メールアドレス： jinji@naze-amami.example.jp
電話番号： 0997-53-2840
募集する診療科： 救急外来（内科系・外科系どちらでも）
勤務形態： スポット（当直）
勤務内容： 土曜夜間の救急外来当直（17時〜翌9時）、月1〜2回
開始希望時期： 2026年6月
備考： 航空券代は当院で負担します。島外からお越しの先生も歓迎します。

--
このメールは送信専用アドレスから送られています。
""", dict(name="田辺 裕子", name_kana="タナベ ユウコ", email="jinji@naze-amami.example.jp",
          phone="0997532840", organization="医療法人 あまみ会 名瀬あまみ病院", specialties=["救急科"],
          prefectures=["鹿児島県"], municipality="奄美市", employment=["spot"], start="2026-06"),
          ip="192.0.2.41", host="app01.form.md2-rm.example.org", note="From/Subject RFC 2047 UTF-8 B")

    text = """マッチング事務局さま

こんにちは！群馬県みどり市で訪問診療をしている「みどり在宅クリニック」事務長の小林です。
患者さんが増えてきて、院長ひとりでは回らなくなってきました…
一緒に訪問診療をしてくださるドクターを募集しています！

・常勤・非常勤どちらでもOK（週4でも週5でも）
・オンコールは院長と分担
・60代、70代の先生も大歓迎です

なるべく早く来ていただけるとありがたいです。
ご紹介よろしくお願いします！

みどり在宅クリニック
事務長 小林 健太
0277-46-8102
"""
    alt(18, "home-visit-clinic-informal-midori-alt-qp", "hospital", "medium",
        "Cheerful home-care clinic mail: 訪問診療 -> 在宅医療, 常勤・非常勤どちらでも -> both, 週4でも週5でも -> days null, なるべく早く -> no start, 群馬県みどり市; 60代、70代 are no ages",
        "20260224121212.77f3a0@midori-zaitaku.example.jp", "Tue, 24 Feb 2026 12:12:12 +0900",
        "みどり在宅クリニック 小林", "jimu@midori-zaitaku.example.jp", "訪問診療のドクター募集しています！",
        text, html_divs(text),
        dict(name="小林 健太", email="jimu@midori-zaitaku.example.jp", phone="0277468102",
             organization="みどり在宅クリニック", specialties=["在宅医療"], prefectures=["群馬県"],
             municipality="みどり市", employment=["full_time", "part_time"]),
        "----=_Part_4471_1038274655.1771902732000", cte="quoted-printable",
        note="From/Subject RFC 2047 UTF-8 B")

    plain(19, "dialysis-rounds-hagi-eucjp", "hospital", "medium",
          "Dialysis clinic in EUC-JP: 人工透析 -> 透析 and 腎臓内科, 非常勤, 週3日（月・水・金）-> 3, 来年1月から in October 2025 -> 2026-01 (年内 is the predecessor leaving), 山口県萩市; 40床 is no data",
          "euc", "20251015104000.51C7.9E3A02D8@hagi-jin.example.jp",
          "Wed, 15 Oct 2025 10:40:00 +0900", "はぎ腎クリニック 藤井", "fujii@hagi-jin.example.jp",
          "透析回診の非常勤医師を探しております", """地域医療マッチング事務局 ご担当者様

山口県萩市の 医療法人 松陰会 はぎ腎クリニック で事務長をしております、藤井 と申します。
当院は透析ベッド40床の人工透析クリニックです。

非常勤の先生が年内で退職されるため、来年1月から週3日（月・水・金の午前）
透析の回診をお願いできる医師を探しております。
腎臓内科または透析管理のご経験がある先生ですと大変ありがたいです。

ご紹介いただける方がいらっしゃいましたらご連絡ください。

医療法人 松陰会 はぎ腎クリニック
事務長 藤井 正和
TEL 0838-25-7741
""", dict(name="藤井 正和", email="fujii@hagi-jin.example.jp", phone="0838257741",
          organization="医療法人 松陰会 はぎ腎クリニック", specialties=["透析", "腎臓内科"],
          prefectures=["山口県"], municipality="萩市", employment=["part_time"], days_per_week=3,
          start="2026-01"),
          extra=[("X-Mailer", "Sylpheed 3.7.0 (GTK+ 2.24.33; x86_64-pc-linux-gnu)")],
          note="From/Subject RFC 2047 EUC-JP B")

    plain(20, "mobile-checkup-spot-iwate-msjis", "hospital", "medium",
          "Health-check association seeks doctors for 巡回健診 by the day: 健診, 単発 -> spot, 2026年5月～7月 -> 2026-05, 岩手県 with four towns -> municipality null; 山﨑 (CP932 row) in the name; 80～120名 is no data",
          "msjis", "OS3PR01MB71208E4C2B9D0A1F6E3C57A8B9D1@OS3PR01MB7120.jpnprd01.prod.outlook.example.com",
          "Thu, 26 Mar 2026 10:02:18 +0900", "山﨑 洋平", "yamazaki-y@iwate-kenko.example.jp",
          "巡回健診にご協力いただける医師のご紹介のお願い", """地域医療マッチング事務局 御中

一般財団法人 いわて健康管理協会 健診業務課の 山﨑 と申します。

当協会では、例年5月～7月に県内各地の事業所や公民館を回る巡回健診を行っております。
今年は健診を担当していただく医師が不足しており、単発（1日単位）でご協力いただける先生を探しております。

① 期間：2026年5月～7月の平日
② 場所：岩手県内（盛岡・花巻・一関・宮古ほか。前日入り・宿泊可）
③ 内容：問診・聴診などの診察（1日あたり受診者80～120名程度）
④ 報酬：日給制（交通費・宿泊費は別途支給）

1日だけのご協力でも大変助かります。ご紹介いただけますと幸いです。

一般財団法人 いわて健康管理協会
健診業務課 山﨑 洋平
TEL 019-637-2250
""", dict(name="山﨑 洋平", email="yamazaki-y@iwate-kenko.example.jp", phone="0196372250",
          organization="一般財団法人 いわて健康管理協会", specialties=["健診"], prefectures=["岩手県"],
          employment=["spot"], start="2026-05"),
          ip="40.107.74.61", host="mail-ty2jpn01on2061.outbound.protection.outlook.example.com",
          note="From/Subject RFC 2047 iso-2022-jp B (﨑 in a CP932 row)")


# ======================================================================= general

def generals():
    plain(21, "medical-school-career-office-lecture-jis", "general", "easy",
          "A medical school's career office asks for a lecturer: general; organization the university without faculty and office; phone without the extension; 北陸 in the university name and the lecture date are no data",
          "jis", "20260116151000.2B8F.61CE0D47@hokuriku-med-u.example.jp",
          "Fri, 16 Jan 2026 15:10:00 +0900", "森本 早苗", "career@hokuriku-med-u.example.jp",
          "学生向け講義への講師派遣のお願い", """地域医療マッチング事務局 ご担当者様

北陸医科大学 医学部 キャリア支援室の 森本 と申します。
当室では毎年、医学部5年生を対象に「多様な医師のキャリア」をテーマとした講義を開いております。
今年度は、定年後や転職後に地域医療に携わる医師の事例を学生に紹介したいと考えており、
貴事務局のどなたかに講師としてお越しいただけないかと思い、ご連絡いたしました。

日程案：2026年6月18日（木）14:40〜16:10
場所：本学 臨床講義棟2階
謝金・旅費は本学の規程によりお支払いいたします。

ご検討いただけますと幸いです。

北陸医科大学 医学部 キャリア支援室
森本 早苗
TEL 076-286-5530（内線 3312）
""", dict(name="森本 早苗", email="career@hokuriku-med-u.example.jp", phone="0762865530",
          organization="北陸医科大学"), note="From/Subject RFC 2047 ISO-2022-JP B")

    plain(22, "dentist-asks-if-dentists-can-register-qp", "general", "hard",
          "A dentist (歯科医師, 64歳) asks whether dentists can register: general, not doctor (not a physician); 岐阜県, 来年の春 and 訪問歯科診療 are no data for general; organization his dental clinic",
          "utf8q", "20260220083114.4C1A@kato-shika.example.jp",
          "Fri, 20 Feb 2026 08:31:14 +0900", "加藤歯科医院", "info@kato-shika.example.jp",
          "歯科医師の登録について", """お世話になります。
岐阜県で歯科医院を営んでおります、歯科医師の 加藤 文彦 と申します（64歳）。
来年の春に医院を息子に譲る予定で、その後は歯科医師が足りない地域の診療所や、
施設での訪問歯科診療などに携われればと考えております。

貴事業のホームページを拝見しましたが、対象は医師の方のみでしょうか。
歯科医師でも登録できるようでしたら、手続きを教えていただければ幸いです。
もし対象外の場合、歯科の人材を扱っている窓口をご存じでしたらご教示ください。

加藤歯科医院
加藤 文彦
TEL 0584-73-2218
""", dict(name="加藤 文彦", email="info@kato-shika.example.jp", phone="0584732218",
          organization="加藤歯科医院"), note="From/Subject RFC 2047 UTF-8 B")

    plain(23, "medical-assoc-reprint-newsletter-article-sjis", "general", "medium",
          "A medical association asks to reprint a newsletter interview and says to keep sending: general, not unsubscribe (通信 and このアドレス appear, 引き続き お送りください); organization without 事務局",
          "sjis", "20260203112540.93E2.0B7A4C16@seibu-ishikai.example.jp",
          "Tue, 03 Feb 2026 11:25:40 +0900", "鳥取県西部医師会 事務局", "jimukyoku@seibu-ishikai.example.jp",
          "通信の記事の転載について", """ドクターセカンドキャリア 地域医療マッチング事務局 御中

鳥取県西部医師会 事務局の 福田 と申します。
いつも「地域医療マッチング通信」をお送りいただき、ありがとうございます。

1月号に掲載されていた「定年後に離島の診療所へ赴任した先生のインタビュー」が大変好評で、
当会の会報（3月号）に転載させていただけないかとの声が理事会で出ております。
転載が可能かどうか、また可能な場合の条件（出典の書き方、写真の扱いなど）をお教えいただけますでしょうか。

なお、通信は引き続きこのアドレスにお送りください。

鳥取県西部医師会 事務局
福田 亜希子
TEL 0859-34-6250
""", dict(name="福田 亜希子", email="jimukyoku@seibu-ishikai.example.jp", phone="0859346250",
          organization="鳥取県西部医師会"),
          extra=[("X-Mailer", "Microsoft Outlook 16.0")], note="From/Subject RFC 2047 Shift_JIS B")

    plain(24, "registered-doctor-asks-newsletter-for-colleague-b64", "general", "hard",
          "A registered physician asks that the newsletter also go to a senior colleague: general (a subscription request for someone else), not doctor; email is his own From, not the colleague's address in the body; no phone or organization",
          "utf8b", "CAH2vR8mWq1Lx5Tz9pK3bN7cF0dY4sJ6eA2gU8o@mail.gmail.example.com",
          "Thu, 22 Jan 2026 19:48:02 +0900", "沼田 健", "ken.numata.md@gmail.example.com",
          "通信の送付先の追加のお願い", """事務局 御中

いつもお世話になっております。登録させていただいている 沼田 です。
同じ病院の先輩医師が、定年を前にこちらの事業に関心を持っております。
まずは様子を知りたいとのことで、マッチング通信を下記アドレスにも送っていただけますでしょうか。

  送付先：仁科 先生　nishina.t@hikarigaoka-hp.example.jp

ご本人の了解は得ております。よろしくお願いいたします。

沼田 健
""", dict(name="沼田 健", email="ken.numata.md@gmail.example.com"),
          ip="203.0.113.172", host="mail-qt1-f172.google.example.com", note="From/Subject RFC 2047 UTF-8 B")

    plain(25, "printer-poster-proof-utf8", "general", "easy",
          "A printing company sends the poster proof for approval: a vendor's real business question, general (not spam); organization the company without 営業部",
          "utf8", "20260211163321.0A2D7@hibari-print.example.jp",
          "Wed, 11 Feb 2026 16:33:21 +0900", "大野 隆", "ohno@hibari-print.example.jp",
          "ポスター校正のご確認のお願い", """地域医療マッチング事務局
村瀬様

いつもお世話になっております。株式会社ひばり印刷の 大野 です。
ご注文いただいておりますポスター（B2判・300部）の校正データができあがりました。
下記URLからダウンロードのうえ、ご確認をお願いいたします。

https://files.hibari-print.example.jp/proof/0211-md2rm
（ダウンロード期限：2月18日）

前回からの修正点は2点です。
・連絡先の電話番号の書体を本文と揃えました
・QRコードの位置を右下へ移動しました

ご確認後、問題なければ「校了」とご返信ください。2月13日までにご返信いただければ、
2月20日に納品いたします。

株式会社ひばり印刷 営業部
大野 隆
TEL 03-5822-4107
""", dict(name="大野 隆", email="ohno@hibari-print.example.jp", phone="0358224107",
          organization="株式会社ひばり印刷"), note="From/Subject RFC 2047 UTF-8 B")

    plain(26, "web-maintainer-domain-renewal-b64", "general", "medium",
          "The site maintainer asks whether to renew the domain and SSL and for the new form address: general (a vendor's question, not marketing); 5月末 and 4月10日 are no data",
          "utf8b", "e17c4b09-3a5d-4e82-b6f0-d928a1c3e574@sakura-webkobo.example.jp",
          "Mon, 23 Mar 2026 10:15:30 +0900", "中島 悠", "nakajima@sakura-webkobo.example.jp",
          "ドメイン・SSL証明書の更新について", """ドクターセカンドキャリア事務局 ご担当者様

いつもお世話になっております。
ウェブサイトの保守を担当しております、有限会社さくらウェブ工房の 中島 です。

貴事務局のウェブサイトで使っているドメインとSSL証明書が、5月末で更新時期を迎えます。
昨年と同じ内容（1年契約）で更新の手続きを進めてよろしいでしょうか。
また、お問い合わせフォームの送信先アドレスの変更をご希望と伺っておりましたが、
新しい送信先のアドレスを教えていただけますでしょうか。

4月10日ごろまでにご返信いただけますと助かります。

有限会社さくらウェブ工房
中島 悠
TEL 045-309-7714
""", dict(name="中島 悠", email="nakajima@sakura-webkobo.example.jp", phone="0453097714",
          organization="有限会社さくらウェブ工房"),
          extra=[("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:128.0) Gecko/20100101 Thunderbird/128.8.0")],
          note="From/Subject RFC 2047 UTF-8 B")

    plain(27, "english-rural-health-forum-speaker-invitation", "general", "medium",
          "English invitation to speak at a rural-health forum in Kochi: general (a partner event), name without 'Dr.', organization the forum, +81 88 phone -> 0888214470; dates in October are no start",
          "ascii", "PH7PR12MB5903A1E2C4D6B8F0A3C5E7D9B1F3@PH7PR12MB5903.namprd12.prod.outlook.example.com",
          "Tue, 14 Apr 2026 16:05:41 +0900", "Priya Raman", "coordinator@aprhf.example.org",
          "Invitation to speak: Asia-Pacific Rural Health Forum 2026", """Dear colleagues,

I am writing on behalf of the organising committee of the 9th Asia-Pacific Rural
Health Forum, which will be held in Kochi from 22 to 24 October 2026.

We have learned about your programme, which helps senior physicians move into
under-served regions, and we believe our delegates would benefit greatly from hearing
about it. Would someone from your secretariat be willing to give a 15-minute talk in
the session "Retaining and recruiting the rural workforce"?

Travel support can be offered for one speaker. If you are interested, please let me
know by 15 May, and I will send the speaker guidelines.

With best regards,

Dr. Priya Raman
Programme Coordinator, Asia-Pacific Rural Health Forum
Tel: +81 88-821-4470
""", dict(name="Priya Raman", email="coordinator@aprhf.example.org", phone="0888214470",
          organization="Asia-Pacific Rural Health Forum"),
          ip="40.107.220.88", host="mail-bn8nam12on2088.outbound.protection.outlook.example.com")

    plain(28, "wife-asks-general-questions-sjis", "general", "hard",
          "A wife asks general questions (age limit, family housing, obligation) before her husband decides: general per the contract (no particular post is sought); 再来年に定年 is no data; name from the signature",
          "sjis", "20260131204418.7E05.3AB1C9F2@hanamizuki-net.example.jp",
          "Sat, 31 Jan 2026 20:44:18 +0900", "", "bando.yukiko@hanamizuki-net.example.jp",
          "制度について教えてください", """突然のメールで失礼いたします。
夫が勤務医をしており、再来年に定年を迎えます。
テレビでこちらの取り組みを知り、夫に話してみたところ、まだ迷っているようです。

そこで、私から一般的なことをお伺いしたいのですが、
・登録できる年齢に上限はありますか
・家族も一緒に住める住宅が用意されることは多いのでしょうか
・一度登録したら、必ずどこかへ行かなくてはならないのでしょうか

夫の考えがまとまりましたら、改めて本人から連絡させます。
よろしくお願いいたします。

坂東 由紀子
""", dict(name="坂東 由紀子", email="bando.yukiko@hanamizuki-net.example.jp"),
          note="From without display name; Subject RFC 2047 Shift_JIS B")

    plain(29, "former-patient-letter-for-placed-doctor-qp", "general", "medium",
          "A former patient asks how to send a thank-you letter to a physician placed on an island: general; the doctor 柴田 and 島の診療所 are no lead data; name from the signature",
          "utf8q", "20260305101207.F3C9.12@sora-mail.example.jp",
          "Thu, 05 Mar 2026 10:12:07 +0900", "三浦 節子", "s-miura57@sora-mail.example.jp",
          "以前お世話になった先生の連絡先について", """はじめまして。東京都内に住む 三浦 と申します。

昨年まで通っていた病院の 柴田 先生が、退職後に貴事業を通じてどこかの島の診療所へ行かれたと、
病院の方から伺いました。
長年お世話になったお礼の手紙をお送りしたいのですが、先生の勤務先を教えていただくことはできますでしょうか。

個人情報のことでお教えいただけない場合は、手紙をそちらにお送りして、
転送していただくことは可能でしょうか。

お忙しいところ恐れ入りますが、よろしくお願いいたします。

三浦 節子
""", dict(name="三浦 節子", email="s-miura57@sora-mail.example.jp"),
          note="From/Subject RFC 2047 UTF-8 B")

    plain(30, "community-center-room-booking-by-staff-jis", "general", "medium",
          "Community-centre staff confirm a room booking in their own words: general, not auto_reply (a person writes, names herself, asks a question); the date and 6,600円 are no data",
          "jis", "20260407090255.1D4E.7A2F03C8@yonago-fureai.example.jp",
          "Tue, 07 Apr 2026 09:02:55 +0900", "米子市ふれあいセンター", "yoyaku@yonago-fureai.example.jp",
          "会議室ご予約の確認", """地域医療マッチング事務局
小野寺 様

米子市ふれあいセンターの 足立 です。
お電話でご予約いただいた件、下記のとおり承りましたのでご確認ください。

　日時：2026年5月16日（土）13:00〜17:00
　会場：2階 第1研修室（定員40名）
　ご利用目的：医師向け説明会
　ご利用料金：6,600円（当日、受付でお支払いください）

プロジェクターとスクリーンは無料で貸し出しできます。
マイクが必要でしたら、前日までにお知らせください。

米子市ふれあいセンター
足立 恵
TEL 0859-22-8471
""", dict(name="足立 恵", email="yoyaku@yonago-fureai.example.jp", phone="0859228471",
          organization="米子市ふれあいセンター"), note="From/Subject RFC 2047 ISO-2022-JP B")

    plain(31, "retired-doctors-club-pamphlets-euc", "general", "medium",
          "The secretary of a retired doctors' club asks for 30 pamphlets: general (he is a retired physician but asks for leaflets, not a post); organization the club; 四十名 and 6月 are no data; phone after the postal address",
          "euc", "20260226172540.0B3F.4C8D19E7@iyo-net.example.jp",
          "Thu, 26 Feb 2026 17:25:40 +0900", "宇野 昭二", "uno.shoji@iyo-net.example.jp",
          "パンフレット送付のお願い", """ご担当者様

「松山白衣会」（県立病院を定年退職した医師の親睦会）で幹事をしております、宇野 と申します。
当会には四十名ほどの会員がおりますが、先日の例会で貴事業のことが話題になりました。

次回の例会（6月）で会員に配りたいので、事業のパンフレットを30部ほどお送りいただけないでしょうか。

送付先：〒790-0011 愛媛県松山市千舟町6-3-12 宇野 方

松山白衣会 幹事
宇野 昭二
089-941-2267
""", dict(name="宇野 昭二", email="uno.shoji@iyo-net.example.jp", phone="0899412267",
          organization="松山白衣会"),
          extra=[("X-Mailer", "Sylpheed 3.8.0beta1 (GTK+ 2.24.33; x86_64-pc-linux-gnu)")],
          note="From/Subject RFC 2047 EUC-JP B")

    plain(32, "reader-reports-wrong-phone-in-listing-b64", "general", "hard",
          "A reader (a physician who says he is not applying) reports a wrong phone number in a newsletter listing: general, not doctor and not unsubscribe; 愛知県, 設楽町, 内科, 常勤 and 3月号 belong to the listing",
          "utf8b", "CAN9tY3kWb7Qe2Rx5mH1vC8pZ4dL6sF0jA9gK3u@mail.gmail.example.com",
          "Sat, 14 Mar 2026 21:37:52 +0900", "久保田 淳", "jun.kubota.1965@gmail.example.com",
          "3月号の求人の電話番号について", """地域医療マッチング事務局 御中

いつも通信を拝読しております。
3月号の求人紹介のうち、「愛知県 設楽町 内科（常勤）」の連絡先として載っていた電話番号が、
実際には別の事業所の番号になっているようです。
問い合わせようとしてかけたところ、町内の郵便局につながりました。
念のためお知らせいたします。

なお、この求人に私自身が応募を考えているわけではありません（勤務医を続けております）。

久保田 淳
""", dict(name="久保田 淳", email="jun.kubota.1965@gmail.example.com"),
          ip="203.0.113.180", host="mail-ot1-f180.google.example.com", note="From/Subject RFC 2047 UTF-8 B")


# ======================================================================= unsubscribe

def unsubscribes():
    plain(33, "ill-doctor-withdraws-stop-mailmagazine-jis", "unsubscribe", "hard",
          "A registered physician now under treatment asks in a long polite mail to stop the mail magazine (送信をお控えいただければ) and cancel the registration: unsubscribe, not doctor; 青森や岩手 are the posts he was to be shown; no phone",
          "jis", "20260118164410.5E2A.3C71B0D9@michinoku-mail.example.jp",
          "Sun, 18 Jan 2026 16:44:10 +0900", "大槻 正巳", "otsuki.masami@michinoku-mail.example.jp",
          "登録の取り消しとメールについて", """地域医療マッチング事務局 御中

昨年、医師登録をさせていただいた 大槻 でございます。
その節はご丁寧なご対応をありがとうございました。

実は年末に体調を崩し、現在は治療に専念しております。
主治医とも相談しましたが、当面は医師として働くことは難しい見通しです。
せっかく青森や岩手の病院をご紹介いただく予定でしたのに、申し訳ございません。

つきましては、お送りいただいているメールマガジンも、今後は送信をお控えいただければと存じます。
登録についても、いったん取り消していただいて構いません。
もし体調が戻りましたら、あらためてご相談させてください。

大槻 正巳
""", dict(name="大槻 正巳", email="otsuki.masami@michinoku-mail.example.jp"),
          note="From/Subject RFC 2047 ISO-2022-JP B")

    quoted = newsletter("2026年2月号", """[B-0102] 秋田県 北秋田市　整形外科（常勤）令和8年6月〜
[B-0107] 和歌山県 串本町　総合診療科（非常勤 週2日）
[B-0110] 沖縄県 宮古島市　小児科（常勤）""")
    text = """いつもありがとうございます。
同じ通信が、病院のアドレスと個人のアドレスの両方に届いています。
こちら（個人アドレス）への送信は止めていただき、病院のアドレスのみにしていただけますか。

矢野
"""
    attribution = "2026年2月18日(水) 10:00 地域医療マッチング事務局 <md@md2-rm.example.org>:"
    alt(34, "gmail-reply-stop-duplicate-address-alt", "unsubscribe", "medium",
        "Gmail reply to the newsletter: stop this (personal) address, keep the hospital one: unsubscribe (for this address); the quoted listings (秋田県/和歌山県/沖縄県, 整形外科/総合診療科/小児科, 常勤/非常勤 週2日, 令和8年6月) are quote; full name only in the From display name",
        "CAB5nX2qRk8Tw3Lm9vE1yP6cJ0hD4zG7sU2aF5i@mail.gmail.example.com",
        "Thu, 19 Feb 2026 07:58:31 +0900", "矢野 千尋", "chihiro.yano.1968@gmail.example.com",
        "Re: 【地域医療マッチング通信】2026年2月号",
        text + "\n" + attribution + "\n\n" + quote(quoted) + "\n", gmail_html(text, quoted, attribution),
        dict(name="矢野 千尋", email="chihiro.yano.1968@gmail.example.com"),
        "0000000000009c2e5a064b17d3e8", host="mail-lj1-f169.google.example.com",
        extra=[("In-Reply-To", "<news.2026-02.001.0004982@md2-rm.example.org>"),
               ("References", "<news.2026-02.001.0004982@md2-rm.example.org>")],
        note="Gmail with gmail_quote; Subject 'Re: ' + RFC 2047 UTF-8 B")

    plain(35, "clinic-clerk-stop-for-departed-part-timer-utf8", "unsubscribe", "medium",
          "A clinic's clerk asks to delete the shared address used for a part-time doctor who left: unsubscribe; person fields are the clerk's (not 小野田 医師), organization without 総務部; 2月末 and 非常勤 are no data",
          "utf8", "7F0B3D2A-8C41-4E59-B6A7-1D9E2C5F3A80@sakura-kenshin.example.jp",
          "Tue, 03 Mar 2026 14:26:03 +0900", "平井 美穂", "soumu@sakura-kenshin.example.jp",
          "配信先の削除のお願い", """地域医療マッチング事務局 ご担当者様

お世話になっております。
医療法人 桜会 さくら健診クリニック 総務部の 平井 です。

当院で非常勤として勤務しておりました 小野田 医師が、2月末をもって退職いたしました。
小野田医師あてに当院の共用アドレス（soumu@sakura-kenshin.example.jp）へお送りいただいているご案内は、
今後不要となりますので、配信リストから削除していただけますでしょうか。

お手数をおかけしますが、よろしくお願いいたします。

医療法人 桜会 さくら健診クリニック
総務部 平井 美穂
TEL 052-763-1190
""", dict(name="平井 美穂", email="soumu@sakura-kenshin.example.jp", phone="0527631190",
          organization="医療法人 桜会 さくら健診クリニック"),
          extra=[("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")], note="From/Subject RFC 2047 UTF-8 B")

    plain(36, "english-shared-mailbox-closing-unsubscribe", "unsubscribe", "easy",
          "English: a hospital's international office asks to unsubscribe its shared mailbox, which closes in March: unsubscribe; name from the From display name and the signature, organization the hospital without the office, phone without the extension",
          "ascii", "KL1PR03MB6217D4A0B9E3C2F18A7D5C6E0B24@KL1PR03MB6217.apcprd03.prod.outlook.example.com",
          "Mon, 09 Mar 2026 11:40:26 +0900", "Daniel Ortiz", "intl-office@minatobay-hp.example.jp",
          "Mailing list - please unsubscribe", """Hello,

This is Daniel Ortiz from the International Patient Office of Minato Bay Hospital.
Our shared mailbox (intl-office@minatobay-hp.example.jp) receives your monthly
bulletin, but this mailbox will be closed at the end of March and nobody here is
involved in physician recruitment.

Could you please unsubscribe this address from your mailing list?

Thank you for your help.

Daniel Ortiz
International Patient Office, Minato Bay Hospital
Tel: 045-662-3081 (ext. 5520)
""", dict(name="Daniel Ortiz", email="intl-office@minatobay-hp.example.jp", phone="0456623081",
          organization="Minato Bay Hospital"),
          ip="40.107.255.70", host="mail-sgaapc01on2070.outbound.protection.outlook.example.com")

    plain(37, "eye-clinic-legal-optout-demand-jis", "unsubscribe", "medium",
          "An eye clinic demands, citing the law on specified e-mail, that campaign mail stop: unsubscribe (a formal opt-out, no 配信停止 word); 医師の募集は行っておらず is no hospital; organization with its legal prefix, name without 事務長",
          "jis", "20260224153012.6C0E.2D94A7B1@aoba-ganka.example.jp",
          "Tue, 24 Feb 2026 15:30:12 +0900", "あおば眼科 事務長", "office@aoba-ganka.example.jp",
          "広告宣伝メールの送信停止について", """一般社団法人 地域医療人材支援機構 御中

貴法人から当院あてに、キャンペーンのご案内メールが繰り返し届いております。
当院では医師の募集は行っておらず、今後もその予定はございません。
特定電子メールの送信の適正化等に関する法律に基づき、当院アドレスへの送信を停止するよう求めます。

医療法人社団 青葉会 あおば眼科
事務長 石田 恭一
""", dict(name="石田 恭一", email="office@aoba-ganka.example.jp",
          organization="医療法人社団 青葉会 あおば眼科"), note="From/Subject RFC 2047 ISO-2022-JP B")

    body = """しつこいです。二度と送らないでください。

> 【地域医療マッチング通信】2026年3月号
> ◇ 今月の募集から
> [C-0201] 長崎県 対馬市　内科（常勤）
> 配信停止をご希望の方は、その旨ご返信ください。
"""
    plain(38, "mobile-angry-two-sentences-b64", "unsubscribe", "medium",
          "Two angry sentences from a mobile address above a short quote: unsubscribe without the words 配信停止/解除 in the writer's text; no name anywhere (From is a bare address), the quoted listing (長崎県, 内科, 常勤) is quote",
          "utf8b", "20260311075502.k7Q2mX@sky-mobile.example.jp",
          "Wed, 11 Mar 2026 07:55:02 +0900", "", "t.k-0723@sky-mobile.example.jp",
          "Re: 【地域医療マッチング通信】2026年3月号", body,
          dict(email="t.k-0723@sky-mobile.example.jp"),
          ip="203.0.113.90", host="mx-out3.sky-mobile.example.jp", note="From a bare address; Subject 'Re: ' + RFC 2047 UTF-8 B")

    plain(39, "contact-form-kind-mailmagazine-stop-qp", "unsubscribe", "medium",
          "Contact form with 種別 メールマガジンの配信停止 and a short reason: unsubscribe; name, katakana reading, email and organization from the form (the phone field is empty); 院長が高齢 and 閉院 are no data",
          "utf8q", "contact.20260408132744.4402@form.md2-rm.example.org",
          "Wed, 08 Apr 2026 13:27:44 +0900", "お問い合わせフォーム", "webform@form.md2-rm.example.org",
          "【お問い合わせ】メールマガジンの配信停止", """お問い合わせフォームから送信がありました。
------------------------------------------------
お問い合わせ種別：メールマガジンの配信停止
お名前：上村 直子
フリガナ：ウエムラ ナオコ
ご所属：たかはし内科医院
メールアドレス：uemura@takahashi-naika.example.jp
電話番号：
お問い合わせ内容：
院長が高齢のため閉院の準備をしております。今後のご案内は不要です。
------------------------------------------------
""", dict(name="上村 直子", name_kana="ウエムラ ナオコ", email="uemura@takahashi-naika.example.jp",
          organization="たかはし内科医院"),
          ip="192.0.2.41", host="app01.form.md2-rm.example.org", note="From/Subject RFC 2047 UTF-8 B")

    plain(40, "thanks-then-no-more-campaign-mail-msjis", "unsubscribe", "hard",
          "A physician thanks for help with a post in Nagano, says he stays where he is, then asks for no more campaign mail: unsubscribe (the only request), not doctor; 長野 and 内科 are no data; organization the hospital without 内科",
          "msjis", "TY3PR01MB10472C9A2E05B4F7D318E6A0C5B7@TY3PR01MB10472.jpnprd01.prod.outlook.example.com",
          "Fri, 27 Feb 2026 18:05:52 +0900", "浜田 修一", "hamada-s@inaba-city-hp.example.jp",
          "先日のお礼とお願い", """事務局 村瀬様

先日は長野の病院の件で、丁寧に調べていただきありがとうございました。
結局、家族の事情で今の病院に残ることにいたしましたが、いろいろと参考になりました。

それと、ひとつお願いがございます。
最近、週に何度もキャンペーンのご案内メールが届くのですが、
正直なところ少し多すぎると感じております。今後はこの種のメールは送らないでいただけますか。
何かあればこちらから連絡いたします。

引き続きよろしくお願いいたします。

市立いなば病院 内科
浜田 修一
""", dict(name="浜田 修一", email="hamada-s@inaba-city-hp.example.jp", organization="市立いなば病院"),
          ip="40.107.74.83", host="mail-os0jpn01on2083.outbound.protection.outlook.example.com",
          note="From/Subject RFC 2047 iso-2022-jp B")


# ======================================================================= auto_reply

def auto_replies():
    plain(41, "conference-absence-newsletter-no-headers-jis", "auto_reply", "hard",
          "A physician's absence notice answering the newsletter, with no header signal and no 自動 word: auto_reply, not doctor; 循環器内科, 三宅, the extension and the dates are no data",
          "jis", "20260306090012.autoreply.7741@okayama-minami-mc.example.jp",
          "Fri, 06 Mar 2026 09:00:12 +0900", "三宅 俊介", "miyake-s@okayama-minami-mc.example.jp",
          "Re: 【地域医療マッチング通信】2026年3月号", """メールありがとうございます。
申し訳ございませんが、3月9日から3月13日まで学会のため出張しております。
期間中はメールを確認できませんので、お急ぎの場合は医局秘書（内線 2241）までご連絡ください。
3月16日以降、順にお返事いたします。

岡山南部医療センター 循環器内科 三宅
""", {}, note="Subject 'Re: ' + RFC 2047 ISO-2022-JP B; no RFC 3834 header")

    plain(42, "city-inquiry-ticket-received-b64", "auto_reply", "easy",
          "A city's inquiry system acknowledges receipt with a ticket number (Auto-Submitted: auto-replied): auto_reply; the office name and phone are no data",
          "utf8b", "ticket.R8-04-00317.20260409101533@inquiry.city-minamino.example.jp",
          "Thu, 09 Apr 2026 10:15:33 +0900", "みなみ野市 お問い合わせ窓口", "no-reply@inquiry.city-minamino.example.jp",
          "【受付完了】お問い合わせを受け付けました（受付番号：R8-04-00317）", """地域医療マッチング事務局 様

みなみ野市へのお問い合わせを受け付けました。
受付番号：R8-04-00317
受付日時：2026年4月9日 10:15

担当課で内容を確認のうえ、原則として5開庁日以内にご回答いたします。
ご回答までにお時間をいただく場合がございますので、あらかじめご了承ください。

※このメールは送信専用アドレスからお送りしています。ご返信いただいても対応できません。

みなみ野市 市民相談課
TEL 0296-41-1100（代表）
""", {}, extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
          host="smtp.inquiry.city-minamino.example.jp", ip="192.0.2.150",
          note="From/Subject RFC 2047 UTF-8 B; Auto-Submitted: auto-replied")

    plain(43, "english-helpdesk-ticket-ack-no-rfc3834", "auto_reply", "medium",
          "English help-desk acknowledgement '[Request #48213] Received' with only a vendor X-header: auto_reply; the hospital name and hours are no data",
          "ascii", "helpdesk.48213.1773021904@support.shirakaba-hp.example.jp",
          "Mon, 09 Mar 2026 11:05:04 +0900", "Shirakaba Hospital IT Support", "support@shirakaba-hp.example.jp",
          "[Request #48213] Received: Re: Registration details", """Hello,

Thank you for contacting Shirakaba Hospital IT Support.
Your request has been received and assigned the number #48213.

A member of our team will review it during business hours
(Monday to Friday, 9:00-17:00 JST). You can reply to this email to add
information to your request; please keep the number in the subject line.

This is an automatically generated message.

--
Shirakaba Hospital IT Support
""", {}, extra=[("X-HelpPoint-Ticket", "48213"), ("X-Mailer", "HelpPoint Desk 5.2")],
          host="desk01.support.shirakaba-hp.example.jp", ip="198.51.100.61")

    plain(44, "clinic-golden-week-closure-reply-sjis", "auto_reply", "hard",
          "A clinic's closure notice sent back to our registration mail (Subject 'Re: '), no header and no 自動 word: auto_reply, not a person's reply; the closure dates, 院長 and phone are no data",
          "sjis", "20260430083015.closed.5512@minami-clinic.example.jp",
          "Thu, 30 Apr 2026 08:30:15 +0900", "みなみ内科クリニック", "info@minami-clinic.example.jp",
          "Re: ご登録内容確認のお願い", """いつも当院をご利用いただき、ありがとうございます。

誠に勝手ながら、4月29日（水）から5月6日（水）まで休診とさせていただきます。
この期間にいただいたメールには、5月7日（木）以降に順次対応いたします。
急を要する場合は、地域の休日当番医をご利用ください。

みなみ内科クリニック
TEL 0852-21-6630
""", {}, note="From/Subject RFC 2047 Shift_JIS B; no RFC 3834 header")

    orig = """いずみ台病院 総務課
今井 理沙 様

お世話になっております。地域医療マッチング事務局の小野寺です。
求人票の内容を下記のとおり作成しましたので、ご確認をお願いいたします。

募集科：小児科
勤務地：石川県七尾市
勤務形態：非常勤（週2日）
開始時期：7月から
"""
    plain(45, "overseas-training-absence-quotes-our-listing-jis", "auto_reply", "medium",
          "Absence notice (Auto-Submitted, X-Auto-Response-Suppress) that quotes our listing draft (小児科, 石川県七尾市, 非常勤 週2日, 7月から): auto_reply with no lead fields; the colleague's address is no data",
          "jis", "20260420141702.ooo.2C5B@izumidai-hp.example.jp",
          "Mon, 20 Apr 2026 14:17:02 +0900", "今井 理沙", "imai-r@izumidai-hp.example.jp",
          "不在通知: 求人票の内容確認のお願い", """只今、海外研修のため2026年8月末まで不在にしております。
この間、メールは確認できません。
ご用件は総務課の 北村（kitamura-k@izumidai-hp.example.jp）までお願いいたします。

----- 元のメッセージ -----
""" + orig, {}, extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                        ("In-Reply-To", "<req.20260420141530.7610@md2-rm.example.org>")],
          note="Subject RFC 2047 ISO-2022-JP B; Auto-Submitted: auto-replied; our mail quoted below")

    plain(46, "send-only-address-bounceback-no-headers-qp", "auto_reply", "hard",
          "A village's send-only address answers that it cannot receive mail and points to a web form: auto_reply (an automatic notice, not a DSN); no RFC 3834 header",
          "utf8q", "20260212100003.noreply.118@vill-hanazono.example.jp",
          "Thu, 12 Feb 2026 10:00:03 +0900", "はなぞの村役場", "noreply@vill-hanazono.example.jp",
          "このアドレスは送信専用です", """このメールアドレスは送信専用のため、お送りいただいたメールは確認しておりません。

お問い合わせは、村ホームページのお問い合わせフォーム
https://www.vill-hanazono.example.jp/contact/
または、お電話（役場代表 0248-82-2110）にてお願いいたします。

はなぞの村役場
""", {}, note="From/Subject RFC 2047 UTF-8 B")

    text = """地域医療マッチング事務局 様

このたびは、さくらがおか総合病院の求人にご応募いただき、誠にありがとうございます。
以下の内容で応募を受け付けました。

応募職種：医師（常勤）／内科
受付番号：SK-2026-0158

書類選考の結果は、2週間以内に採用担当よりご連絡いたします。
※本メールは送信専用です。ご返信いただいてもお答えできません。

社会医療法人 桜丘会 さくらがおか総合病院 人事課
"""
    alt(47, "hospital-ats-application-received-alt-qp", "auto_reply", "medium",
        "A hospital's recruiting system acknowledges the CV we forwarded (応募職種：医師（常勤）／内科): auto_reply, not hospital; no RFC 3834 header, only an X-Mailer",
        "recruitbox.SK-2026-0158.1773214551@ats.sakuragaoka-hp.example.jp",
        "Wed, 11 Mar 2026 16:35:51 +0900", "さくらがおか総合病院 採用担当", "no-reply@ats.sakuragaoka-hp.example.jp",
        "【さくらがおか総合病院】ご応募ありがとうございます", text, html_divs(text), {},
        "=_rb_5f0c9a31e7d24b68", host="ats.sakuragaoka-hp.example.jp", cte="quoted-printable",
        extra=[("X-Mailer", "RecruitBox Mailer 3.1")], note="From/Subject RFC 2047 UTF-8 B")

    text = """この自動応答は、次の内容をお知らせするものです。

4月1日付の人事異動により、保健福祉課から税務課へ異動いたしました。
地域医療・医師確保に関するお問い合わせは、後任の 佐々木（保健福祉課 0187-63-1111 内線 512）までお願いいたします。

これまで大変お世話になり、ありがとうございました。

大仙原町役場 税務課 工藤
"""
    plain(48, "personnel-transfer-autoreply-html-sjis", "auto_reply", "easy",
          "HTML-only Shift_JIS autoresponder announcing a personnel transfer (Auto-Submitted: auto-replied): auto_reply; the successor's name and phone are no data",
          "sjis", "20260402083344.auto.0412@town-daisenbara.example.jp",
          "Thu, 02 Apr 2026 08:33:44 +0900", "工藤 啓介", "kudo-k@town-daisenbara.example.jp",
          "自動応答：人事異動のお知らせ", html_divs(text, "Shift_JIS"), {},
          extra=[("Auto-Submitted", "auto-replied")], ctype="text/html",
          note="HTML only; From/Subject RFC 2047 Shift_JIS B; Auto-Submitted: auto-replied")


# ======================================================================= bounce

def our_headers(to, subject, mid, date, host="web01.md2-rm.example.org", b64=False):
    """Headers of a mail the secretariat sent, as an MTA returns them."""
    return crlf("""Return-Path: <md@md2-rm.example.org>
Received: from %s (%s [192.0.2.80])
\tby mx1.md2-rm.example.org (Postfix) with ESMTP id %s
\tfor <%s>; %s
Date: %s
From: %s <md@md2-rm.example.org>
To: %s
Subject: %s
Message-ID: <%s>
MIME-Version: 1.0
Content-Type: text/plain; charset=%s
Content-Transfer-Encoding: %s
""" % (host, host, qid(mid), to, date + " (JST)", date, ew("地域医療マッチング事務局"), to, ew(subject), mid,
       "UTF-8" if b64 else "ISO-2022-JP", "base64" if b64 else "7bit"))


def bounce_hdrs(mid, date, frm, subject, host, ip, extra=()):
    return std(mid, date, frm, subject, host, ip, rp="", extra=list(extra))


def bounces():
    mid = "20260312090155.3311.qmail@mail.kaido-net.example.jp"
    date = "12 Mar 2026 00:01:55 -0000"
    orig_mid = "news.2026-03.001.0005120@md2-rm.example.org"
    text = """Hi. This is the qmail-send program at mail.kaido-net.example.jp.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<dr-hirose@kaido-net.example.jp>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

"""
    news = newsletter("2026年3月号", """[C-0201] 長崎県 対馬市　内科（常勤）
[C-0204] 岐阜県 下呂市　整形外科（非常勤 週1日）""")
    eml = (crlf("Return-Path: <>\nReceived: %s\nDate: %s\nFrom: MAILER-DAEMON@mail.kaido-net.example.jp\n"
                "To: md@md2-rm.example.org\nSubject: failure notice\nMessage-ID: <%s>\n\n"
                % (received("mail.kaido-net.example.jp", "198.51.100.33", qid(mid), recv_date(date)), date, mid)).encode("ascii")
           + crlf(text).encode("ascii")
           + our_headers("dr-hirose@kaido-net.example.jp", "【地域医療マッチング通信】2026年3月号", orig_mid,
                         "Thu, 12 Mar 2026 09:01:40 +0900", b64=True).encode("ascii")
           + b"\r\n" + cte_apply(crlf(news + "\n").encode("utf-8"), "base64"))
    add(49, "qmail-failure-notice-newsletter-copy", "bounce", "text/plain without MIME headers (qmail), date in -0000; the returned newsletter's body in UTF-8 base64", "easy",
        "qmail 'failure notice' (no mailbox here by that name) with a copy of the newsletter (長崎県/岐阜県, 内科/整形外科, 常勤/非常勤 週1日): bounce; no lead fields; the newsletter's listings are not data",
        eml, gold(mid, "bounce"))

    mid = "c8f2a1e4-6b3d-4a70-9e85-1d7c0b2f4e69@TYZPR01MB5522.jpnprd01.prod.outlook.example.com"
    date = "Wed, 25 Feb 2026 02:14:37 +0000"
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<p><b><font color="#000066" size="3" face="Segoe UI">Your message to jinji-group@hokuto-hp.example.jp couldn't be delivered.</font></b></p>
<p><font face="Segoe UI">The group jinji-group only accepts messages from people in its organization or on its allowed senders list, and your email address isn't on the list.</font></p>
<p><font face="Segoe UI">md</font><br><font face="Segoe UI" color="#C00000"><b>Action Required</b></font><br>
<font face="Segoe UI">Office 365</font><br><font face="Segoe UI">jinji-group</font></p>
<p><font face="Segoe UI"><b>How to Fix It</b><br>Ask the owner of the group to add you to its allowed senders list, or send your message to a member of the group directly.</font></p>
<p><font face="Segoe UI" size="2" color="#666666">Original Message Details<br>
Created Date: 2/25/2026 2:14:20 AM<br>Sender Address: md@md2-rm.example.org<br>
Recipient Address: jinji-group@hokuto-hp.example.jp<br>Subject: =?iso-2022-jp?B?GyRCNWFKZ0k8JE4kNDAmRmIbKEI=?=</font></p>
<p><font face="Segoe UI" size="2" color="#666666">Error Details<br>
Reported error: 550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed as sender not authenticated<br>
DSN generated by: TYZPR01MB5522.jpnprd01.prod.outlook.example.com</font></p>
</body></html>
"""
    status = """Reporting-MTA: dns;TYZPR01MB5522.jpnprd01.prod.outlook.example.com
Received-From-MTA: dns;mx1.md2-rm.example.org
Arrival-Date: Wed, 25 Feb 2026 02:14:20 +0000

Final-Recipient: rfc822;jinji-group@hokuto-hp.example.jp
Action: failed
Status: 5.7.133
Diagnostic-Code: smtp;550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed as sender not authenticated
"""
    orig = our_headers("jinji-group@hokuto-hp.example.jp", "求人票のご確認", "req.20260225111420.8830@md2-rm.example.org",
                       "Wed, 25 Feb 2026 11:14:20 +0900")
    hdrs = bounce_hdrs(mid, date, "Microsoft Outlook <MAILER-DAEMON@TYZPR01MB5522.jpnprd01.prod.outlook.example.com>",
                       "Undeliverable: " + ew("求人票のご確認"),
                       "mail-ty1jpn01on2109.outbound.protection.outlook.example.com", "40.107.74.109",
                       extra=[("X-MS-Exchange-Message-Is-Ndr", ""), ("Auto-Submitted", "auto-replied")])
    parts = [leaf(html, "utf-8", "utf-8", "quoted-printable", "text/html"),
             raw_part("message/delivery-status", crlf(status).encode("ascii")),
             raw_part("text/rfc822-headers", orig.encode("ascii"))]
    eml = report(hdrs, "39c4a1b0-5e7f-4d28-b6a3-0c9e2f1d7a54", parts, preamble="")
    add(50, "office365-ndr-group-restricted-senders", "bounce", "multipart/report: text/html UTF-8 QP + message/delivery-status + text/rfc822-headers (Office 365); Subject 'Undeliverable: ' + RFC 2047", "medium",
        "Office 365 NDR: the hospital's group address accepts only allowed senders (550 5.7.133): bounce although nothing is 'unknown'; no lead fields",
        eml, gold(mid, "bounce"))

    mid = "20260318142210.RET.00491@mfilter02.tsubame-mobile.example.jp"
    date = "Wed, 18 Mar 2026 14:22:10 +0900"
    text = """このメールは、つばめモバイルのメールサーバーから自動的に送信されています。

次の宛先へのメールは、受信者のメールボックスの容量が上限に達しているため、配信できませんでした。

　宛先：kanae.oka-1121@tsubame-mobile.example.jp
　エラー：552 5.2.2 Mailbox full

時間をおいて再度送信していただくか、別の方法で受信者にご連絡ください。
お送りいただいたメールを添付いたします。
"""
    orig_text = """岡 佳苗 先生

地域医療マッチング事務局の村瀬です。
ご希望の条件（島根県、内科、非常勤 週2日）に合う求人が見つかりましたので、ご案内いたします。
詳細は添付の求人票をご覧ください。
"""
    orig = (our_headers("kanae.oka-1121@tsubame-mobile.example.jp", "求人のご案内", "job.20260318142152.3307@md2-rm.example.org",
                        "Wed, 18 Mar 2026 14:21:52 +0900").encode("ascii") + b"\r\n" + crlf(orig_text).encode("iso2022_jp"))
    hdrs = bounce_hdrs(mid, date, addr("つばめモバイル メール配信システム", "postmaster@tsubame-mobile.example.jp", "jis"),
                       ew("【配信不能】メールボックス容量超過のため配信できませんでした"),
                       "mfilter02.tsubame-mobile.example.jp", "203.0.113.12")
    parts = [leaf(text, "iso2022_jp", "ISO-2022-JP", "7bit"),
             raw_part("message/rfc822", orig, extra=[("Content-Disposition", "attachment")])]
    eml = multipart(hdrs, "mixed", "MB_20260318142210_00491", parts)
    add(51, "mobile-carrier-mailbox-full-rfc822-jis", "bounce", "multipart/mixed: text/plain ISO-2022-JP + message/rfc822 (our mail, ISO-2022-JP); From/Subject RFC 2047 ISO-2022-JP B", "medium",
        "An invented mobile carrier's Japanese non-delivery notice (mailbox full), not multipart/report, with our mail to a doctor attached (島根県, 内科, 非常勤 週2日): bounce; no lead fields",
        eml, gold(mid, "bounce"))

    mid = "202602200611.61K6B9xL031772@mail.hokuyo-clinic.example.jp"
    date = "Fri, 20 Feb 2026 15:11:09 +0900"
    text = """**********************************************
**      THIS IS A WARNING MESSAGE ONLY      **
**  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **
**********************************************

The original message was received at Fri, 20 Feb 2026 11:02:41 +0900
from mx1.md2-rm.example.org [192.0.2.25]

   ----- Transcript of session follows -----
<y-sakamoto@hokuyo-clinic.example.jp>... Deferred: Connection timed out with mbox.hokuyo-clinic.example.jp.
Warning: message still undelivered after 4 hours
Will keep trying until message is 5 days old
"""
    status = """Reporting-MTA: dns; mail.hokuyo-clinic.example.jp
Arrival-Date: Fri, 20 Feb 2026 11:02:41 +0900

Final-Recipient: RFC822; y-sakamoto@hokuyo-clinic.example.jp
Action: delayed
Status: 4.4.1
Remote-MTA: DNS; mbox.hokuyo-clinic.example.jp
Last-Attempt-Date: Fri, 20 Feb 2026 15:11:09 +0900
Will-Retry-Until: Wed, 25 Feb 2026 11:02:41 +0900
"""
    orig = our_headers("y-sakamoto@hokuyo-clinic.example.jp", "面談日程のご相談", "meet.20260220110241.2274@md2-rm.example.org",
                       "Fri, 20 Feb 2026 11:02:41 +0900")
    hdrs = bounce_hdrs(mid, date, "Mail Delivery Subsystem <MAILER-DAEMON@mail.hokuyo-clinic.example.jp>",
                       "Warning: could not send message for past 4 hours", "mail.hokuyo-clinic.example.jp", "198.51.100.118",
                       extra=[("Auto-Submitted", "auto-generated (warning-timeout)")])
    parts = [raw_part("text/plain; charset=us-ascii", crlf(text).encode("ascii")),
             raw_part("message/delivery-status", crlf(status).encode("ascii")),
             raw_part("text/rfc822-headers", orig.encode("ascii"))]
    eml = report(hdrs, "61K6B9xL031772.1771567869/mail.hokuyo-clinic.example.jp", parts)
    add(52, "sendmail-delay-warning-4-hours", "bounce", "multipart/report: text/plain us-ascii + message/delivery-status (Action: delayed) + text/rfc822-headers (sendmail)", "hard",
        "Sendmail's four-hour delay warning (not yet a failure, 'you do not need to resend'): still a delivery status notification -> bounce, not auto_reply; no lead fields",
        eml, gold(mid, "bounce"))

    mid = "E1w8Kq2-0004Zt-3R@smtp3.haruka-isp.example.jp"
    date = "Mon, 06 Apr 2026 03:20:44 +0000"
    text = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  k.sonoda@sonoda-clinic.example.jp
    retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

"""
    orig_text = """園田 先生

先日はお電話ありがとうございました。地域医療マッチング事務局の小野寺です。
ご依頼の求人票の様式をお送りいたします。
"""
    eml = (crlf("Return-Path: <>\nReceived: %s\nX-Failed-Recipients: k.sonoda@sonoda-clinic.example.jp\n"
                "Auto-Submitted: auto-replied\nFrom: Mail Delivery System <Mailer-Daemon@smtp3.haruka-isp.example.jp>\n"
                "To: md@md2-rm.example.org\nReferences: <form.20260401102233.9187@md2-rm.example.org>\n"
                "Content-Type: text/plain; charset=us-ascii\n"
                "Subject: Mail delivery failed: returning message to sender\nMessage-Id: <%s>\nDate: %s\n\n"
                % (received("smtp3.haruka-isp.example.jp", "198.51.100.205", qid(mid), recv_date(date)), mid, date)).encode("ascii")
           + crlf(text).encode("ascii")
           + our_headers("k.sonoda@sonoda-clinic.example.jp", "求人票の様式の送付", "form.20260401102233.9187@md2-rm.example.org",
                         "Wed, 01 Apr 2026 10:22:33 +0900", host="web02.md2-rm.example.org", b64=True).encode("ascii")
           + b"\r\n" + cte_apply(crlf(orig_text).encode("utf-8"), "base64"))
    add(53, "exim-retry-timeout-exceeded", "bounce", "text/plain us-ascii (Exim) with the returned message inline, its body in UTF-8 base64; Date in UTC", "medium",
        "Exim 'retry timeout exceeded' after five days: bounce; the clinic doctor 園田 in the returned mail is no data",
        eml, gold(mid, "bounce"))

    mid = "20260127052833.9A1E8C0B7D@mx02.yamabiko-host.example.jp"
    date = "Tue, 27 Jan 2026 14:28:33 +0900"
    text = """このメールはメールサーバーが自動的に送信しています。
This is an automatically generated message from the mail server.

お送りいただいたメールは、以下の宛先に配信できませんでした。
Your message could not be delivered to the following recipient.

　宛先 / Recipient: dr.tomita@tomita-seikei.example.jp
　理由 / Reason: 550 5.1.1 <dr.tomita@tomita-seikei.example.jp>: Recipient address rejected: User unknown in virtual mailbox table

宛先のメールアドレスに誤りがないかご確認ください。
元のメッセージを添付いたします。

やまびこホスティング サポートセンター
"""
    status = """Reporting-MTA: dns; mx02.yamabiko-host.example.jp
X-Postfix-Queue-ID: 9A1E8C0B7D
X-Postfix-Sender: rfc822; md@md2-rm.example.org
Arrival-Date: Tue, 27 Jan 2026 14:28:31 +0900 (JST)

Final-Recipient: rfc822; dr.tomita@tomita-seikei.example.jp
Original-Recipient: rfc822;dr.tomita@tomita-seikei.example.jp
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Postfix; unknown user: "dr.tomita@tomita-seikei.example.jp"
"""
    orig_text = """冨田 先生

地域医療マッチング事務局の村瀬です。
先日お伺いしたご希望の条件を、次のとおり登録いたしました。

専門：整形外科
希望地域：北海道
勤務形態：常勤
開始時期：2026年6月〜

内容に誤りがございましたら、お知らせください。
"""
    orig = (our_headers("dr.tomita@tomita-seikei.example.jp", "ご登録内容のご確認", "reg.20260127142829.6150@md2-rm.example.org",
                        "Tue, 27 Jan 2026 14:28:29 +0900").encode("ascii") + b"\r\n" + crlf(orig_text).encode("iso2022_jp"))
    hdrs = bounce_hdrs(mid, date, addr("メール配信システム", "MAILER-DAEMON@mx02.yamabiko-host.example.jp", "jis"),
                       ew("配信エラーのお知らせ / Undelivered Mail Returned to Sender"),
                       "mx02.yamabiko-host.example.jp", "198.51.100.52", extra=[("Auto-Submitted", "auto-replied")])
    parts = [leaf(text, "iso2022_jp", "ISO-2022-JP", "7bit"),
             raw_part("message/delivery-status", crlf(status).encode("ascii")),
             raw_part("message/rfc822", orig, extra=[("Content-Description", "Undelivered Message")])]
    eml = report(hdrs, "9A1E8C0B7D.1769491713/mx02.yamabiko-host.example.jp", parts)
    add(54, "hosting-bilingual-dsn-returns-registration-jis", "bounce", "multipart/report: text/plain ISO-2022-JP (Japanese + English) + message/delivery-status + message/rfc822 (our mail); From/Subject RFC 2047 ISO-2022-JP B", "hard",
        "A hosting company's bilingual Postfix DSN (user unknown) returning our registration summary for a doctor (整形外科, 北海道, 常勤, 2026年6月): bounce, not doctor; no lead fields",
        eml, gold(mid, "bounce"))


# ======================================================================= spam

def spams():
    text = """━━━━━━━━━━━━━━━━━━━━━━
忙しい先生方へ　「ほったらかし」で資産を増やす
AI自動売買システム「ドクターズ・オートトレード」
━━━━━━━━━━━━━━━━━━━━━━

当直明けでもチャートを見る必要はありません。
AIが24時間、為替相場を監視して自動で売買します。

・過去3年間の平均月利 15.2%
・元本50万円から運用スタート
・すでに全国で1,200名以上の医師が利用中

定年後の生活資金に不安はありませんか？
今なら先着30名様に、運用シミュレーションを無料でお送りします。

▼お申し込みはこちら（LINEで簡単登録）
https://doctors-autotrade.example.com/lp/?ref=md0226

※投資には元本割れのリスクがあります。
配信停止はこちら：https://doctors-autotrade.example.com/stop
"""
    alt(55, "ai-fx-autotrade-for-doctors-alt-b64", "spam", "easy",
        "FX auto-trading pitch aimed at doctors (当直明け, 定年後, 全国, 配信停止 link): spam; no lead fields",
        "20260226120000.lp7731.md0226@send.doctors-autotrade.example.com", "Thu, 26 Feb 2026 12:00:00 +0900",
        "ドクターズ・オートトレード事務局", "info@doctors-autotrade.example.com",
        "【医師限定】当直明けでもOK！AIが自動で資産運用", text, html_divs(text), {},
        "----=_NextPart_5A9E_20260226_120000", host="send.doctors-autotrade.example.com", ip="203.0.113.201",
        extra=[("List-Unsubscribe", "<https://doctors-autotrade.example.com/stop>"), ("Precedence", "bulk")],
        note="From/Subject RFC 2047 UTF-8 B; List-Unsubscribe, Precedence: bulk")

    plain(56, "map-listing-meo-pitch-to-clinics-jis", "spam", "easy",
          "Map-search (MEO) sales mail to clinics: spam; クリニック, 内科・整形外科, 地域, 0120 number and 不要 reply instruction are not data",
          "jis", "20260302100512.meo.48212@mail.local-rank-up.example.com",
          "Mon, 02 Mar 2026 10:05:12 +0900", "株式会社ローカルランクアップ", "sales@local-rank-up.example.com",
          "【クリニック様向け】地図検索で上位表示させる方法", """医院・クリニックの院長先生、ご担当者様

突然のご連絡失礼いたします。株式会社ローカルランクアップの営業部でございます。

「近くの内科」「整形外科 近く」などで検索したとき、貴院は地図の上位に表示されていますか？
今、新規の患者様の7割は、地図検索から来院先を決めていると言われています。

弊社のMEO対策サービスでは、
・口コミの集め方のご提案
・写真や診療時間の最適化
・競合医院の分析レポート（毎月）
を、月額19,800円（税別）で行っております。

まずは無料診断から。貴院の現在の順位をお調べします。
https://local-rank-up.example.com/shindan

フリーダイヤル 0120-48-2210（平日9時〜18時）
今後のご案内が不要な場合は、お手数ですがその旨ご返信ください。
""", {}, host="mail.local-rank-up.example.com", ip="203.0.113.88",
          note="From/Subject RFC 2047 ISO-2022-JP B")

    plain(57, "doctor-dispatch-agency-mass-mail-sjis", "spam", "medium",
          "A doctor-dispatch agency's mass mail to hospitals (常勤医・非常勤医・当直医, 全国, 北海道から沖縄, 最短翌週, 0120 number, 配信停止): spam, not hospital and not doctor; no lead fields",
          "sjis", "20260316093000.72104@mailer.iryo-dispatch-plus.example.com",
          "Mon, 16 Mar 2026 09:30:00 +0900", "医師紹介センター・プラス", "info@iryo-dispatch-plus.example.com",
          "医師不足でお悩みの病院様へ（当直医・非常勤医のご紹介）", """病院・診療所　採用ご担当者様

いつもお世話になっております。医師紹介センター・プラスです。

4月からの新年度、医師の体制は整っていますか？
弊社では全国3,800名以上の登録医師の中から、貴院の条件に合う先生をご紹介いたします。

【ご紹介できる医師】
・常勤医（内科、外科、整形外科、精神科ほか）
・非常勤医（週1日〜）
・当直医・日直医（単発・定期）

北海道から沖縄まで、へき地・離島の医療機関様にも多数の実績がございます。
最短で翌週からの勤務も可能です。

▼ご相談・お見積りは無料です
https://iryo-dispatch-plus.example.com/hospital/
フリーダイヤル：0120-77-3108

※本メールは医療機関様に一斉送信しております。
配信停止をご希望の場合は https://iryo-dispatch-plus.example.com/optout/ からお手続きください。
""", {}, host="mailer.iryo-dispatch-plus.example.com", ip="203.0.113.144",
          extra=[("Precedence", "bulk")], note="From/Subject RFC 2047 Shift_JIS B; Precedence: bulk")

    plain(58, "fake-overdue-invoice-b64", "spam", "medium",
          "A fake overdue invoice for an unknown service with a payment link: spam (not general: no real business relation); the amount and deadline are no data",
          "utf8b", "inv-20260305-0091847@billing.nextlink-pay.example.com",
          "Thu, 05 Mar 2026 07:41:19 +0900", "株式会社ネクストリンク 請求センター", "billing@nextlink-pay.example.com",
          "【重要】ご利用料金のお支払いが確認できておりません（請求番号 NL-0091847）", """ご担当者様

平素よりネクストリンクのサービスをご利用いただき、誠にありがとうございます。

下記のご請求について、お支払い期限を過ぎてもご入金が確認できておりません。

　請求番号：NL-0091847
　ご請求金額：88,000円（税込）
　お支払い期限：2026年2月28日

3月10日までにお支払いが確認できない場合、サービスの停止および法的手続きに移行する場合がございます。
請求書の確認とお支払いは、下記の専用ページからお願いいたします。

https://nextlink-pay.example.com/invoice/NL-0091847

すでにお支払い済みの場合は、本メールと行き違いになりましたことをお詫び申し上げます。

株式会社ネクストリンク 請求センター
""", {}, host="mta5.nextlink-pay.example.com", ip="203.0.113.219",
          note="From/Subject RFC 2047 UTF-8 B")

    plain(59, "parcel-absent-redelivery-phishing-utf8", "spam", "easy",
          "Delivery phishing in four lines ('お荷物をお届けにあがりましたが不在') with a look-alike link: spam",
          "utf8", "20260401203311.5521@hayabusa-unyu-delivery.example.com",
          "Wed, 01 Apr 2026 20:33:11 +0900", "はやぶさ運輸", "notice@hayabusa-unyu-delivery.example.com",
          "お荷物お届けのお知らせ", """はやぶさ運輸です。
お荷物をお届けにあがりましたが、ご不在のため持ち帰りました。
下記よりお届け日時をご指定ください。保管期限は3日間です。
https://hayabusa-unyu-delivery.example.com/r/8Kz2Qm
""", {}, host="smtp.hayabusa-unyu-delivery.example.com", ip="203.0.113.250",
          note="From/Subject RFC 2047 UTF-8 B")

    text = """みなと中央銀行をご利用いただき、ありがとうございます。

当行では、マネー・ローンダリング等の防止のため、お客さまのお取引目的等を定期的に確認しております。
つきましては、下記より2026年4月20日までにご回答をお願いいたします。

期限までにご回答いただけない場合、お口座のお取引を一部制限させていただくことがございます。

▼お取引目的等の確認はこちら
https://minato-chuo-bank-kakunin.example.com/login

※本メールは送信専用です。

株式会社みなと中央銀行
"""
    plain(60, "bank-transaction-purpose-phishing-html-qp", "spam", "medium",
          "HTML-only bank phishing ('お取引目的等の確認', a deadline and a login link): spam; no lead fields",
          "utf8q", "20260413061502.0f3ab9@mail.minato-chuo-bank-kakunin.example.com",
          "Mon, 13 Apr 2026 06:15:02 +0900", "みなと中央銀行", "info@minato-chuo-bank-kakunin.example.com",
          "【みなと中央銀行】お取引目的等の確認のお願い", html_divs(text), {},
          host="mail.minato-chuo-bank-kakunin.example.com", ip="203.0.113.7", ctype="text/html",
          note="HTML only; From/Subject RFC 2047 UTF-8 B")


def main(argv):
    out = argv[1] if len(argv) > 1 else HERE
    doctors()
    hospitals()
    generals()
    unsubscribes()
    auto_replies()
    bounces()
    spams()
    MAILS.sort(key=lambda m: m["num"])
    write_set(MAILS, out)


if __name__ == "__main__":
    main(sys.argv)
