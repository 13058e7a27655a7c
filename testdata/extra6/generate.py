#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Development mails for madoguchi parse: 40 invented messages with gold labels.

    python3 generate.py [OUTDIR]     # writes NNN-slug.eml, NNN-slug.json, index.tsv

People, institutions, numbers and addresses are invented; only .example.jp,
.example.com and .example.org domains are used. The output is deterministic. MIME is
assembled by hand (RFC 2047 words, base64 and quoted-printable via the standard
library) so that every byte, charset label and transfer encoding is what index.tsv
says; CRLF line endings throughout.
The MIME and encoding helpers are those of ../tools/mailgen.py.
"""
import base64
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tools"))
from mailgen import (  # noqa: E402
    addr, CHUGOKU, ew, ewq, gold, INBOX, KINKI, leaf, multipart, received, single,
    write_set)


SEC_SIG = """━━━━━━━━━━━━━━━━━━━━━━━━━━━━
ドクターセカンドキャリア 地域医療マッチング事務局
〒102-0083 東京都千代田区麹町4-2-7 麹町メディカルビル6階
TEL 03-6675-9919　FAX 03-6675-9920
E-mail: md@md2-rm.example.org
━━━━━━━━━━━━━━━━━━━━━━━━━━━━"""

MAILS = []


def add(num, slug, cat, enc, diff, desc, eml, g):
    MAILS.append(dict(num=num, slug=slug, cat=cat, enc=enc, diff=diff, desc=desc, eml=eml, gold=g))


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def hdrs(mid, date, frm, subject, to=INBOX, extra=(), rp=None, host=None, ip="198.51.100.20"):
    """The usual header block of a received message, in a fixed order."""
    sender = rp if rp is not None else frm.split("<")[-1].rstrip(">")
    h = [("Return-Path", "<%s>" % sender)]
    if host:
        qid = "4" + base64.b32encode(hashlib.sha1(mid.encode()).digest()).decode()[:13]
        h.append(("Received", received(host, ip, qid,
                                       date + " (JST)" if date.endswith("+0900") else date)))
    h += [("Date", date), ("From", frm), ("To", to), ("Subject", subject),
          ("Message-ID", "<%s>" % mid)]
    h += list(extra)
    return h


def html_page(inner):
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><style>p{margin:0 0 1em}</style></head>\n"
            "<body>\n" + inner + "\n</body></html>\n")


# ======================================================================= doctor

def m001():
    mid = "20251014203317.51C8.6A2E90D4@naniwa-net.example.jp"
    body = """地域医療マッチング事務局
ご担当者様

突然のメールにて失礼いたします。
大阪市内の市立しおかぜ病院で脳神経内科の部長をしております、戸田と申します。
昭和36年生まれで、来年3月末をもって定年退職となります。

退職後も、体の動くうちは診療を続けたいと考えておりまして、
できれば医師の少ない地域で、外来と病棟を受け持つ形で働ければと思っております。
家内の実家が紀伊半島の南の方にあることもあり、
勤務地は和歌山県か奈良県の南部を希望いたします。

　希望の診療科：脳神経内科（一般内科の外来も担当できます）
　勤務形態　　：常勤
　勤務開始　　：令和8年4月

脳卒中後の患者さんのフォローや、認知症の外来には長く携わってまいりましたので、
その方面でお役に立てるところがあれば幸いです。
まずは登録の方法と、今後の流れについてご教示いただけますでしょうか。

何卒よろしくお願い申し上げます。

――――――――――――
戸田 英明（とだ ひであき）
携帯：090-6218-4475
メール：h-toda@naniwa-net.example.jp
――――――――――――
"""
    h = hdrs(mid, "Tue, 14 Oct 2025 20:33:17 +0900",
             addr("戸田 英明", "h-toda@naniwa-net.example.jp", "jis"),
             ew("医師登録のご相談（脳神経内科・和歌山／奈良）"),
             host="smtp.naniwa-net.example.jp", ip="198.51.100.61",
             extra=[("X-Mailer", "Becky! ver. 2.81.06 [ja]")])
    eml = single(h, body, "iso2022_jp", "ISO-2022-JP", "7bit")
    g = gold(mid, "doctor", name="戸田 英明", name_kana="トダ ヒデアキ",
             email="h-toda@naniwa-net.example.jp", phone="09062184475", birth_year=1961,
             organization="市立しおかぜ病院", specialties=["脳神経内科", "内科"],
             prefectures=["和歌山県", "奈良県"], employment=["full_time"], start="2026-04")
    add(1, "neurologist-kii-retiring-jis", "doctor",
        "text/plain ISO-2022-JP 7bit; From and Subject RFC 2047 ISO-2022-JP B", "easy",
        "Retiring neurologist in Osaka: 昭和36年生まれ -> 1961 (no age), 和歌山県か奈良県の南部 -> 2 prefectures (紀伊半島 is not a vocabulary region), 一般内科の外来も -> 内科 added, 令和8年4月 -> 2026-04; 来年3月末 is the retirement, not the start; hiragana reading in the signature",
        eml, g)


def m002():
    mid = "F20251103-00418.1762131845@forms.md2-rm.example.org"
    body = """ホームページの「医師登録」フォームから送信がありました。

【お名前】北条 美佐子
【フリガナ】ホウジョウ ミサコ
【年齢】58
【メールアドレス】misako.hojo@tsugaru-mail.example.jp
【電話番号】0172-35-8806
【現在の勤務先】弘前さくら台病院
【専門・対応可能な診療科】呼吸器内科
【勤務を希望する地域】青森県・秋田県
【希望する勤務形態】非常勤（週１日）
【勤務開始の希望時期】2026年1月
【ご質問・ご要望】
呼吸器の外来と、在宅酸素の患者さんの管理ができます。
今の病院は続けながら、空いている水曜日に行ける所を探しています。
冬道の運転が不安なので、駅から近い所だとありがたいです。

――――――――――――――――――――
送信元IP：203.0.113.88
このメールはフォームから自動的に送信されています。
地域医療マッチング事務局 03-6675-9919
"""
    h = hdrs(mid, "Mon, 03 Nov 2025 10:04:05 +0900",
             addr("医師登録フォーム", "form-noreply@forms.md2-rm.example.org", "utf8"),
             ew("【医師登録】北条 美佐子 様より送信がありました", "utf8"),
             host="web1.forms.md2-rm.example.org", ip="192.0.2.41",
             extra=[("X-Mailer", "md2-rm webform 3.1")])
    eml = single(h, body, "utf-8", "UTF-8", "quoted-printable")
    g = gold(mid, "doctor", name="北条 美佐子", name_kana="ホウジョウ ミサコ",
             email="misako.hojo@tsugaru-mail.example.jp", phone="0172358806", age=58,
             organization="弘前さくら台病院", specialties=["呼吸器内科"],
             prefectures=["青森県", "秋田県"], employment=["part_time"], days_per_week=1,
             start="2026-01")
    add(2, "form-bracket-labels-respiratory-aomori-utf8qp", "doctor",
        "text/plain UTF-8 quoted-printable; web form with 【label】value lines; From/Subject RFC 2047 UTF-8 B", "medium",
        "Form registration of a working pulmonologist: katakana フリガナ with a space, 年齢 58, 非常勤（週１日） with a full-width digit -> part_time/1, 2026年1月; email/phone from the fields (From is the form's no-reply); 在宅酸素 is not 在宅医療; the footer IP and the secretariat phone are not data",
        eml, g)


def m003():
    mid = "001201dc6a3f$7e21c0b0$7a6542$@matsumoto-kyoritsu.example.jp"
    body = """地域医療マッチング事務局　御中

いつもお世話になっております。
長野県松本市の松本協立病院　人事課の小松と申します。

当院整形外科の　大月 忠彦　医師（６５歳）が、来年３月で定年を迎えます。
本人から、退職後は医師が足りない地域で働きたいという相談があり、
貴事業をご紹介したところ、まずは人事課から問い合わせてほしいとのことで、
代わってご連絡を差し上げました。

本人の希望は以下のとおりです。
　①　診療科　：整形外科（外来・手術とも可）、リハビリテーション科も担当できます
　②　勤務地　：長野県内、または山梨県
　③　勤務形態：週４日程度（非常勤を希望）
　④　開始時期：来年４月から

本人の連絡先は、携帯　090-5541-2087　です。
メールは当課（このアドレス）宛てにいただければ、本人に転送いたします。

お手数ですが、登録の手続きについてご教示ください。
よろしくお願いいたします。

松本協立病院　人事課
小松　奈津美
〒390-0815　長野県松本市深志2-11-4
TEL 0263-32-5170（代表）
"""
    h = hdrs(mid, "Wed, 10 Dec 2025 14:22:40 +0900",
             addr("松本協立病院 人事課", "jinji@matsumoto-kyoritsu.example.jp", "sjis"),
             ew("当院医師の再就職についてのご相談", "sjis"),
             host="mail.matsumoto-kyoritsu.example.jp", ip="203.0.113.105",
             extra=[("X-Mailer", "Microsoft Outlook 16.0"),
                    ("Thread-Index", "AdxqP34hwLB6ZUKm3QqYh5dG0k9TpA==")])
    eml = single(h, body, "cp932", "Shift_JIS", "8bit")
    g = gold(mid, "doctor", name="大月 忠彦", email="jinji@matsumoto-kyoritsu.example.jp",
             phone="09055412087", age=65, organization="松本協立病院",
             specialties=["整形外科", "リハビリテーション科"], prefectures=["長野県", "山梨県"],
             employment=["part_time"], days_per_week=4, start="2026-04")
    add(3, "hr-clerk-for-retiring-orthopedist-cp932", "doctor",
        "text/plain labelled Shift_JIS, bytes CP932 (①-④) 8bit; From/Subject RFC 2047 Shift_JIS B", "hard",
        "A hospital's HR clerk writes for a physician of her own hospital: name/age are the physician's (大月 忠彦, ６５歳), organization is his current hospital, email the HR address (the only one), phone his mobile from the body (before the hospital switchboard); 週４日程度（非常勤を希望） -> part_time/4; 来年４月 in Dec 2025 -> 2026-04; 松本市 is where he works now",
        eml, g)


def m004():
    mid = "CAJx7q2Tn0dR4vK_mobile.8841@docomo-like.example.jp"
    body = """内科医の安田です。６６歳。
北海道の道南のほうで週２日くらい働ける所ありませんか？
４月から動けます。
０９０－２７７３－６１５８

安田誠二
"""
    h = hdrs(mid, "Fri, 16 Jan 2026 07:41:12 +0900",
             "seiji.y1959@docomo-like.example.jp", ew("問い合わせ", "utf8"),
             host="mfsmax.docomo-like.example.jp", ip="203.0.113.19")
    eml = single(h, body, "utf-8", "UTF-8", "base64")
    g = gold(mid, "doctor", name="安田誠二", email="seiji.y1959@docomo-like.example.jp",
             phone="09027736158", age=66, specialties=["内科"], prefectures=["北海道"],
             employment=["part_time"], days_per_week=2, start="2026-04")
    add(4, "mobile-five-lines-internist-donan-b64", "doctor",
        "text/plain UTF-8 base64; bare From address, no display name", "medium",
        "Five-line mobile mail: full-width ６６歳 and phone with full-width dashes, 道南 -> 北海道, 週２日くらい -> part_time/2 (no 非常勤 word), ４月から in Jan 2026 -> 2026-04; name written without a space; 1959 in the address is not data",
        eml, g)


def m005():
    mid = "TYCP286MB1742A0E5C3B9D0F4A7E1C9A2B3D40@TYCP286.prod.outlook.example.com"
    quoted = """差出人: 地域医療マッチング事務局 <md@md2-rm.example.org>
送信日時: 2025年11月18日 10:12
宛先: 石割 浩 <h.ishiwari@bingo-uro.example.jp>
件名: ご登録内容の確認のお願い

石割 浩 様

先日はお電話をありがとうございました。事務局の今泉でございます。
ご紹介先を探すにあたり、以下についてお知らせいただけますでしょうか。

・生年
・ご専門
・ご希望の地域
・常勤／非常勤と日数
・開始のご希望時期

なお、現在ご案内できる求人には、岡山県真庭市の常勤（内科）などがございます。

""" + SEC_SIG
    body = """今泉様

お世話になります。石割です。
お問い合わせの件、以下のとおりです。

①生年：1965年生
②専門：泌尿器科（透析の管理もできます）
③地域：中国地方の山間部であれば、どこでも構いません
④勤務：非常勤、週３日
⑤開始：令和８年１月から

現在は福山あけぼの病院に勤めておりますが、年内で退職することが決まっております。
ご紹介いただいた真庭市の件は内科の常勤とのことで、今回は見送らせてください。

よろしくお願いいたします。

石割 浩
携帯 080-3915-2264

-----Original Message-----
""" + quoted
    h = hdrs(mid, "Thu, 20 Nov 2025 22:05:51 +0900",
             addr("石割 浩", "h.ishiwari@bingo-uro.example.jp", "msjis"),
             ew("RE: ご登録内容の確認のお願い", "msjis"),
             host="mail-tycp286.outbound.outlook.example.com", ip="52.101.229.14",
             extra=[("In-Reply-To", "<20251118101244.3F0A.md@md2-rm.example.org>"),
                    ("References", "<20251118101244.3F0A.md@md2-rm.example.org>"),
                    ("Thread-Index", "AQHcWDc0pT3ZQb2kxE2a3R9mVwYt8w=="),
                    ("X-MS-Has-Attach", "")])
    eml = single(h, body, "ms-iso2022jp", "iso-2022-jp", "7bit")
    g = gold(mid, "doctor", name="石割 浩", email="h.ishiwari@bingo-uro.example.jp",
             phone="08039152264", birth_year=1965, organization="福山あけぼの病院",
             specialties=["泌尿器科", "透析"], prefectures=CHUGOKU, employment=["part_time"],
             days_per_week=3, start="2026-01")
    add(5, "outlook-reply-urologist-chugoku-msjis", "doctor",
        "text/plain iso-2022-jp with CP932 rows (①-⑤) 7bit; Outlook '-----Original Message-----' quote with Japanese header labels", "hard",
        "Numbered answers above an Outlook quote: 1965年生 -> 1965 (no age), 泌尿器科 + 透析, 中国地方の山間部であればどこでも -> 5 prefectures (not 全国), 非常勤 週３日, 令和８年１月 -> 2026-01; the declined 真庭市/内科/常勤 and the quoted secretariat phone are not data",
        eml, g)


def m006():
    mid = "CAF3w9kLp8Q2xN5yT0vR7m@mail.maple-mail.example.com"
    body = """Dear Sir or Madam,

My name is Naoko Ishiguro. I am a Japanese pediatrician (Japanese medical licence,
1992) and I have been working in Vancouver for the past eleven years, currently as a
staff physician at Fraser Valley Children's Hospital.

My husband and I have decided to move back to Japan next year. I would very much like
to work where children's doctors are scarce, ideally on the islands of Okinawa or
Kagoshima. I am 59 and in good health, and I am happy to do general outpatient work
as well as hospital care.

What I am looking for:
- Pediatrics, full-time
- Okinawa or Kagoshima (remote islands preferred)
- Start: April 2026

Could you tell me what documents you need for registration? I can also talk by phone
when I am in Japan in December; my Japanese mobile is +81 90-4471-2086.

Kind regards,
Naoko Ishiguro, MD
"""
    h = hdrs(mid, "Sat, 08 Nov 2025 04:16:30 +0000",
             "Naoko Ishiguro <naoko.ishiguro@maple-mail.example.com>",
             "Registration inquiry: pediatrician returning from Canada",
             host="mail-sor-f41.maple-mail.example.com", ip="198.51.100.230")
    eml = single(h, body, "utf-8", "UTF-8", "7bit", extra="; format=flowed")
    g = gold(mid, "doctor", name="Naoko Ishiguro", email="naoko.ishiguro@maple-mail.example.com",
             phone="09044712086", age=59, organization="Fraser Valley Children's Hospital",
             specialties=["小児科"], prefectures=["沖縄県", "鹿児島県"], employment=["full_time"],
             start="2026-04")
    add(6, "english-pediatrician-returning-islands", "doctor",
        "text/plain UTF-8 7bit format=flowed; English only; Date +0000", "medium",
        "Japanese pediatrician in Canada writes in English: name in romaji as written (no 'MD'), 'I am 59' -> 59, pediatrics -> 小児科, Okinawa/Kagoshima -> 2 prefectures, April 2026 -> 2026-04, +81 90 mobile -> 09044712086; the licence year 1992 is not a birth year",
        eml, g)


def m007():
    mid = "20251202.093115.k.maruo@nara-home.example.jp"
    body = """地域医療マッチング事務局　ご担当者様

はじめてメールいたします。奈良市在住の丸尾と申します。
妻の丸尾 咲子（まるお さきこ）は産婦人科の医師で、
この春まで天理の病院で婦人科の外来を担当しておりました。

妻は今年で６７歳になりますが、分娩はもう控えるとしても、
婦人科の外来であればまだ続けたいと申しております。
関西であれば通えるだろうということで、
医師の少ない地域での非常勤の仕事を探しております。
日数は週に何日か、先方のご都合に合わせられるとのことです。

本人の連絡先は次のメールアドレスです。
　sakiko.maruo@nara-home.example.jp
電話は自宅（0742-48-2719）におかけください。

私が窓口のようになってしまい恐縮ですが、
よろしくお取り計らいのほどお願い申し上げます。

丸尾 恭介
"""
    h = hdrs(mid, "Tue, 02 Dec 2025 09:31:15 +0900",
             addr("丸尾 恭介", "k.maruo@nara-home.example.jp", "euc"),
             ew("妻（産婦人科医）の仕事について", "euc"),
             host="mx.nara-home.example.jp", ip="203.0.113.52",
             extra=[("User-Agent", "Sylpheed 3.7.0 (GTK+ 2.24.33; x86_64-pc-linux-gnu)")])
    eml = single(h, body, "euc_jp", "EUC-JP", "8bit")
    g = gold(mid, "doctor", name="丸尾 咲子", name_kana="マルオ サキコ",
             email="sakiko.maruo@nara-home.example.jp", phone="0742482719", age=67,
             specialties=["産婦人科"], prefectures=KINKI, employment=["part_time"])
    add(7, "husband-for-gynecologist-kansai-eucjp", "doctor",
        "text/plain EUC-JP 8bit; From/Subject RFC 2047 EUC-JP B", "hard",
        "A husband writes for his wife (obstetrician-gynaecologist): name/kana (hiragana in brackets) are hers, email her own address from the body (not the husband's From), phone the home line; ６７歳 -> 67; 婦人科の外来 -> 産婦人科; 関西 -> 近畿 (7 prefectures); 非常勤 with 週に何日か -> days null; 天理の病院 is unnamed, so organization null; no start (この春 is past)",
        eml, g)


def m008():
    mid = "CAOp4nE1Z-9uR2b7Qk3fLx8m0yWc5sT6vHd@mail.gmail-like.example.com"
    text = """事務局ご担当者様

はじめまして。都内の救命救急センターで働いている救急医の木暮と申します。41歳です。

常勤の仕事は今のまま続けますが、休みの日を使って、島の診療所や病院の当直を
スポットでお手伝いできないかと考えています。
東京都の島しょ部（伊豆諸島・小笠原）を希望しています。
船や飛行機の移動を含めて、月に1〜2回、1泊2日くらいが現実的です。

来年1月以降であれば調整できます。
登録の手続きを教えていただけますか。

木暮 圭吾
090-8130-4492
"""
    html = html_page("<div>事務局ご担当者様</div><div><br></div>"
                     "<div>はじめまして。都内の救命救急センターで働いている救急医の木暮と申します。41歳です。</div><div><br></div>"
                     "<div>常勤の仕事は今のまま続けますが、休みの日を使って、島の診療所や病院の当直を<br>"
                     "スポットでお手伝いできないかと考えています。<br>"
                     "東京都の島しょ部（伊豆諸島・小笠原）を希望しています。<br>"
                     "船や飛行機の移動を含めて、月に1〜2回、1泊2日くらいが現実的です。</div><div><br></div>"
                     "<div>来年1月以降であれば調整できます。<br>登録の手続きを教えていただけますか。</div><div><br></div>"
                     "<div>木暮 圭吾<br>090-8130-4492</div>")
    h = hdrs(mid, "Sun, 23 Nov 2025 23:48:02 +0900",
             addr("木暮圭吾", "kgure.er@gmail-like.example.com", "utf8"),
             ew("島しょ部の当直（スポット）について", "utf8"),
             host="mail-yw1-f176.gmail-like.example.com", ip="209.85.128.176")
    eml = multipart(h, "alternative", "000000000000b3f2a10643c8e5d1",
                    [leaf(text, "utf-8", '"UTF-8"', "quoted-printable"),
                     leaf(html, "utf-8", '"UTF-8"', "quoted-printable", "text/html")])
    g = gold(mid, "doctor", name="木暮 圭吾", email="kgure.er@gmail-like.example.com",
             phone="09081304492", age=41, specialties=["救急科"], prefectures=["東京都"],
             employment=["spot"], start="2026-01")
    add(8, "gmail-er-doctor-island-night-duty-alt", "doctor",
        "multipart/alternative UTF-8 quoted-printable text + HTML (Gmail style)", "medium",
        "Working emergency physician (41) wants spot night duty on the Tokyo islands: 救命救急/救急医 -> 救急科, 東京都の島しょ部 -> 東京都 (a doctor-shortage area inside Tokyo), 当直をスポットで -> spot only (常勤 is his current job), 月に1〜2回 -> days null, 来年1月以降 in Nov 2025 -> 2026-01; the body's name has a space, the From name not",
        eml, g)


def m009():
    mid = "OS3P286MB0917C2E4A81D3F7B0A9E6C5D1F20@OS3P286.prod.outlook.example.com"
    body = """地域医療マッチング事務局 御中

城北医科大学附属病院 精神科の講師をしております、朝比奈 透と申します。52歳です。

医師の少ない地域では、精神科の外来を続けること自体が難しいと伺い、
オンライン診療の形でお手伝いできないかと考えてご連絡しました。

・診療科：精神科（児童思春期も一部対応可）
・形態：非常勤、週1日（オンライン。月に1度程度は現地に伺えます）
・地域：オンラインが中心ですので、地域は問いません
・開始：大学の了承が必要なため、時期は相談させてください

このような形での登録が可能かどうか、ご教示いただければ幸いです。

朝比奈 透
城北医科大学附属病院 精神科
t-asahina@johoku-med.example.jp
TEL 03-5994-3170（医局）
"""
    h = hdrs(mid, "Wed, 17 Sep 2025 12:40:09 +0900",
             addr("朝比奈 透", "t-asahina@johoku-med.example.jp", "jis"),
             ew("オンライン診療での協力について（精神科）"),
             host="mail-os3p286.outbound.outlook.example.com", ip="52.101.228.31",
             extra=[("Thread-Index", "AdwnmZk2t5cY0m3uQfO1vGq8e8Hj1A==")])
    eml = single(h, body, "iso2022_jp", "iso-2022-jp", "quoted-printable")
    g = gold(mid, "doctor", name="朝比奈 透", email="t-asahina@johoku-med.example.jp",
             phone="0359943170", age=52, organization="城北医科大学附属病院",
             specialties=["精神科"], prefectures=["全国"], employment=["part_time"],
             days_per_week=1)
    add(9, "online-psychiatrist-anywhere-jis-qp", "doctor",
        "text/plain ISO-2022-JP sent quoted-printable (escape bytes =1B$B); Outlook", "medium",
        "University psychiatrist offers online consultations: 地域は問いません -> 全国, 非常勤 週1日 -> part_time/1 (月に1度 visits are not a day count), 精神科 only (児童思春期 is a sub-field), no start (時期は相談); organization without 精神科; the 医局 line is his phone",
        eml, g)


def m010():
    mid = "5c0a9e1f-3d82-47b6-a0e4-91f2c8d7b635@saicho-mail.example.jp"
    inner = """<p>地域医療マッチング事務局<br>ご担当者様</p>
<p>突然のご連絡失礼いたします。<br>
さいたま中央医療センターで外科医として勤務しております、佐々木亮太と申します。<br>
1982年生まれ、卒後18年目で、専門は消化器外科（上部消化管）です。</p>
<p>郷里の秋田県で両親の介護が必要になりつつあり、<br>
来年度から秋田県内で常勤として働ける病院を探しております。<br>
一般外科の手術・外来とも、これまでどおり担当できます。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>診療科</th><td>外科・消化器外科</td></tr>
<tr><th>勤務地</th><td>秋田県（県南だとありがたいです）</td></tr>
<tr><th>勤務形態</th><td>常勤</td></tr>
<tr><th>開始</th><td>令和8年度から</td></tr>
</table>
<p>定年前の世代ですが、こちらの事業でご相談に乗っていただけますでしょうか。</p>
<p>佐々木 亮太<br>携帯：070-1288-5403</p>"""
    h = hdrs(mid, "Thu, 25 Sep 2025 21:10:44 +0900",
             addr("佐々木 亮太", "r.sasaki@saicho-mail.example.jp", "utf8"),
             ew("秋田県での常勤勤務について", "utf8"),
             host="smtp.saicho-mail.example.jp", ip="198.51.100.17",
             extra=[("User-Agent", "Mozilla Thunderbird 128.2.0")])
    eml = single(h, html_page(inner), "utf-8", "utf-8", "base64", "text/html")
    g = gold(mid, "doctor", name="佐々木 亮太", email="r.sasaki@saicho-mail.example.jp",
             phone="07012885403", birth_year=1982, organization="さいたま中央医療センター",
             specialties=["外科", "消化器外科"], prefectures=["秋田県"], employment=["full_time"],
             start="2026-04")
    add(10, "html-only-surgeon-moving-home-akita-b64", "doctor",
        "text/html only, UTF-8 base64; conditions in an HTML table", "medium",
        "Mid-career surgeon (not retiring) moving home to care for his parents: 1982年生まれ -> 1982, 卒後18年目 is not an age, 外科・消化器外科 -> 2, 令和8年度 in Sep 2025 -> 2026-04 (fiscal year, also written 来年度) -> full_time; name without a space in the text, with one in the signature",
        eml, g)


def m011():
    mid = "cgi.20260209.153022.5117@inquiry.md2-rm.example.org"
    body = """-------- お問い合わせフォーム（医師の方） --------
お名前　　　　：井上 恵子
ふりがな　　　：いのうえ けいこ
生年月日　　　：1960/05/14
ご連絡先メール：keiko-inoue@hyuga-derm.example.jp
お電話番号　　：0982-54-7731
現在のご所属　：日向ひまわり皮膚科クリニック
ご専門　　　　：皮膚科
ご希望の地域　：宮崎県、大分県
ご希望の勤務形態（該当に x）：
  [x] 常勤  [ ] 非常勤  [x] スポット（当直・日直）
勤務開始時期　：随時
お問い合わせ内容：
クリニックを後輩に譲ることになりました。
皮膚科の常勤先が見つかるまでの間、単発のお仕事もお受けできます。
--------------------------------------------------
このメールは送信専用アドレスから送られています。
"""
    h = hdrs(mid, "Mon, 09 Feb 2026 15:30:22 +0900",
             addr("お問い合わせフォーム", "www@inquiry.md2-rm.example.org", "jis"),
             ew("[医師] お問い合わせがありました"),
             host="cgi01.inquiry.md2-rm.example.org", ip="192.0.2.43",
             extra=[("Reply-To", "keiko-inoue@hyuga-derm.example.jp"),
                    ("X-Mailer", "inquiry.cgi 1.08")])
    eml = single(h, body, "iso2022_jp", "ISO-2022-JP", "7bit")
    g = gold(mid, "doctor", name="井上 恵子", name_kana="イノウエ ケイコ",
             email="keiko-inoue@hyuga-derm.example.jp", phone="0982547731", birth_year=1960,
             organization="日向ひまわり皮膚科クリニック", specialties=["皮膚科"],
             prefectures=["宮崎県", "大分県"], employment=["full_time", "spot"])
    add(11, "cgi-form-checkboxes-dermatologist-kyushu-jis", "doctor",
        "text/plain ISO-2022-JP 7bit; CGI form (label：value with full-width colons and padding), ASCII [x] checkboxes; Reply-To the inquirer", "medium",
        "Form with checkboxes [x] 常勤 [ ] 非常勤 [x] スポット -> full_time + spot (not part_time), hiragana ふりがな with a space -> katakana, 生年月日 1960/05/14 -> 1960 (no age), 随時 -> start null; 宮崎県/大分県 only (not 九州)",
        eml, g)


def m012():
    mid = "000601dc7d2e$a1b2c3d0$e4f5a6b7$@tosa-family.example.jp"
    body = """事務局の皆様へ

須崎市の濱口と申します。
五十年近く須崎で濱口医院を開業しておりましたが、昨年閉院いたしました。
今年八十になりますが、足腰はまだ丈夫で、車の運転もいたします。

内科の外来と往診でしたら、まだお手伝いできます。
高知県内で、山の方の診療所など、週１回でも手伝えるところがあれば
非常勤で働かせていただきたく、お便りいたしました。

このアドレスは家族と共用ですので、ご返事は下記の私のアドレスにお願いします。
電話　0889-42-3816

濱口 正義
"""
    h = hdrs(mid, "Sat, 07 Mar 2026 10:02:37 +0900",
             addr("濱口家", "hamaguchi-family@tosa-family.example.jp", "sjis"),
             ew("働き口のお願い", "sjis"),
             host="mail.tosa-family.example.jp", ip="203.0.113.140",
             extra=[("Reply-To", "m.hamaguchi@tosa-family.example.jp"),
                    ("X-Mailer", "Microsoft Windows Live Mail 16.4.3528.331")])
    eml = single(h, body, "cp932", "shift_jis", "8bit")
    g = gold(mid, "doctor", name="濱口 正義", email="m.hamaguchi@tosa-family.example.jp",
             phone="0889423816", age=80, organization="濱口医院",
             specialties=["内科", "在宅医療"], prefectures=["高知県"], employment=["part_time"],
             days_per_week=1)
    add(12, "eighty-year-old-closed-clinic-kochi-replyto-sjis", "doctor",
        "text/plain shift_jis 8bit; Reply-To differs from the shared family From", "medium",
        "An 80-year-old internist who closed his clinic: 今年八十になります -> 80 (kanji), 濱 kept by NFKC, 内科と往診 -> 内科 + 在宅医療, 高知県内 -> 高知県, 週１回 + 非常勤 -> part_time/1, email is the Reply-To (the body says so too); 五十年近く is not an age; 須崎市 is where he lives (municipality stays null for a doctor)",
        eml, g)


def m013():
    mid = "CAHt6x0Rw2mLq9Yb4Nf8s1Pv3Kd7Ue5Zj0@mail.gmail-like.example.com"
    quoted = """有沢 千晶 先生

いつもお世話になっております。地域医療マッチング事務局の今泉です。
ご希望に近い求人が2件ございましたので、ご案内いたします。

(1) 益田しまね共立病院（島根県益田市）
    放射線科　非常勤　週1日（遠隔読影が中心、月1回程度の来院）
(2) 萩ひまわり病院（山口県萩市）
    放射線科　常勤　令和8年4月から

ご関心のあるものがございましたら、お知らせください。

""" + SEC_SIG
    text = """今泉様

ご連絡ありがとうございます。
(1)の益田の病院のお話を、ぜひ進めていただきたいです。
常勤は今の職場との関係で難しいので、(2)は見送らせてください。

週1日の遠隔読影でしたら、12月から始められます。
来院の日程は先方と相談させていただければと思います。

有沢 千晶
広島ひかり画像診断クリニック
080-6672-0195

2025年10月21日(火) 9:35 地域医療マッチング事務局 <md@md2-rm.example.org>:

""" + quote(quoted)
    html = html_page("<div dir=\"ltr\">今泉様<br><br>ご連絡ありがとうございます。<br>"
                     "(1)の益田の病院のお話を、ぜひ進めていただきたいです。<br>"
                     "常勤は今の職場との関係で難しいので、(2)は見送らせてください。<br><br>"
                     "週1日の遠隔読影でしたら、12月から始められます。<br>"
                     "来院の日程は先方と相談させていただければと思います。<br><br>"
                     "有沢 千晶<br>広島ひかり画像診断クリニック<br>080-6672-0195</div><br>"
                     "<div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">2025年10月21日(火) 9:35 "
                     "地域医療マッチング事務局 &lt;md@md2-rm.example.org&gt;:<br></div>"
                     "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">"
                     + quoted.replace("\n", "<br>\n") + "</blockquote></div>")
    h = hdrs(mid, "Wed, 22 Oct 2025 18:27:55 +0900",
             addr("有沢千晶", "c.arisawa.rad@gmail-like.example.com", "utf8"),
             ew("Re: 求人のご案内（放射線科）", "utf8"),
             host="mail-pj1-f45.gmail-like.example.com", ip="209.85.216.45",
             extra=[("In-Reply-To", "<20251021093512.8C1D.md@md2-rm.example.org>"),
                    ("References", "<20251021093512.8C1D.md@md2-rm.example.org>")])
    eml = multipart(h, "alternative", "0000000000007f41e20641d9c8a2",
                    [leaf(text, "utf-8", '"UTF-8"', "base64"),
                     leaf(html, "utf-8", '"UTF-8"', "base64", "text/html")])
    g = gold(mid, "doctor", name="有沢 千晶", email="c.arisawa.rad@gmail-like.example.com",
             phone="08066720195", organization="広島ひかり画像診断クリニック",
             specialties=["放射線科"], prefectures=["島根県"], employment=["part_time"],
             days_per_week=1, start="2025-12")
    add(13, "gmail-reply-radiologist-accepts-masuda-b64", "doctor",
        "multipart/alternative UTF-8 base64 text + HTML with gmail_quote blockquote", "hard",
        "A radiologist accepts one of two introduced posts in a reply: the accepted 益田 (島根県) post with 週1日の遠隔読影 -> 放射線科, part_time/1, 12月から in Oct 2025 -> 2025-12; the declined 萩/山口県/常勤/令和8年4月 and the quoted secretariat lines are not data; 益田 alone is a city name that names one prefecture, confirmed by the quote",
        eml, g)


def m014():
    mid = "20250611215308.3b7e@saikai-net.example.jp"
    body = """地域医療マッチング事務局　御担当者様

拝啓　入梅の候、皆様にはお変わりなくお過ごしのことと存じます。
私は北九州市門司区に住む元内科医で、鶴見と申します。
新聞の地方版で貴事業の紹介記事を読み、思い切って筆を執りました。
長くなりますが、お付き合いいただければ幸いです。

私は昭和二十九年の生まれで、先日七十一歳になりました。
大学を出てからしばらくは大学の医局におりましたが、
その後は門司みなと病院で老年内科を長く担当し、三年前に退職いたしました。
退職後は地域の囲碁教室や孫の世話などで過ごしておりましたが、
昨年、妻の郷里である長崎の五島を訪ねた折に、
施設のお年寄りを診る医者がなかなか見つからないという話を聞き、
まだ自分にもできることがあるのではないかと考えるようになりました。

希望を申しますと、
長崎県か佐賀県の、特別養護老人ホームや老健などの施設で、
入所者さんの健康管理や看取りのお手伝いをしたいと思っております。
病院の当直などはもう体力的に難しいかと存じますが、
嘱託で週2日程度であれば、無理なく続けられると思います。
時期は来春あたりを考えておりますが、家の事情もあり、まだ確定しておりません。

自宅の電話は093-381-6204です。
メールは不慣れで、お返事が遅くなるかもしれませんが、ご容赦ください。

まずは取り急ぎ、ご相談まで。
敬具

鶴見 昭一
"""
    h = hdrs(mid, "Wed, 11 Jun 2025 21:53:08 +0900",
             addr("鶴見 昭一", "s-tsurumi@saikai-net.example.jp", "euc"),
             ew("施設での勤務のご相談", "euc"),
             host="mx2.saikai-net.example.jp", ip="198.51.100.99",
             extra=[("X-Mailer", "Mew version 6.8 on Emacs 27.1")])
    eml = single(h, body, "euc_jp", "EUC-JP", "8bit")
    g = gold(mid, "doctor", name="鶴見 昭一", email="s-tsurumi@saikai-net.example.jp",
             phone="0933816204", age=71, birth_year=1954, organization="門司みなと病院",
             specialties=["老年内科", "老健・介護施設"], prefectures=["長崎県", "佐賀県"],
             employment=["part_time"], days_per_week=2)
    add(14, "rambling-geriatrician-care-homes-nagasaki-eucjp", "doctor",
        "text/plain EUC-JP 8bit; 拝啓…敬具 letter", "hard",
        "Long letter from a retired geriatrician: 昭和二十九年 -> 1954 and 七十一歳 -> 71 (kanji), last workplace 門司みなと病院 (three years ago), 特別養護老人ホームや老健 -> 老健・介護施設 + 老年内科, 長崎県か佐賀県 (五島 is the wife's home), 嘱託で週2日程度 -> part_time/2, 来春あたり -> start null, 当直 is ruled out (no spot)",
        eml, g)


def m015():
    mid = "A7D3F2C1-88B4-4E0A-9C5D-2F61B0E4A937@icloud-like.example.com"
    body = """はじめまして、耳鼻咽喉科医の野々村と申します。

子育てのため5年ほど臨床を離れていましたが、下の子が小学校に上がるので、そろそろ復帰したいと考えています。以前は金沢みなと病院の耳鼻科に勤めていました。

今は45歳で、夫の仕事の関係で石川県に住んでいます。能登の方で耳鼻科の先生が足りないと聞き、少しでもお役に立てればと思いました。

・非常勤で週2〜3日
・2026年4月以降
・石川県（能登）

ブランクがあっても大丈夫でしょうか。

野々村 麻衣
090-1187-6620

iPhoneから送信
"""
    h = hdrs(mid, "Tue, 27 Jan 2026 13:14:50 +0900",
             addr("野々村麻衣", "mai.nonomura@icloud-like.example.com", "utf8"),
             ew("復職の相談です", "utf8"),
             host="st43p00im-ztdg10061801.me-like.example.com", ip="17.58.63.178",
             extra=[("X-Mailer", "iPhone Mail (22C152)")])
    eml = single(h, body, "utf-8", "utf-8", "quoted-printable")
    g = gold(mid, "doctor", name="野々村 麻衣", email="mai.nonomura@icloud-like.example.com",
             phone="09011876620", age=45, organization="金沢みなと病院",
             specialties=["耳鼻咽喉科"], prefectures=["石川県"], employment=["part_time"],
             start="2026-04")
    add(15, "iphone-ent-returning-noto-utf8qp", "doctor",
        "text/plain UTF-8 quoted-printable, long unbroken paragraphs (iPhone Mail)", "medium",
        "ENT doctor returning after child-rearing: 45歳, 週2〜3日 -> part_time with days null, 2026年4月以降 -> 2026-04, 石川県（能登）; last workplace 金沢みなと病院 (以前勤めていました) is the organization; 5年ほど is not an age",
        eml, g)


def m016():
    mid = "20260120084511.6E22.9B3FC0A1@kawagoe-hibari.example.jp"
    text = """地域医療マッチング事務局 ご担当者様

川越ひばりリハビリテーション病院でリハビリテーション科の医師をしております、
仁科 守（にしな まもる）と申します。当年63歳になります。

当院は65歳定年ですが、一足早く退職し、
医師の少ない地域の回復期リハビリテーション病棟で働きたいと考えております。
北関東（栃木・群馬）を希望しております。
勤務は常勤、開始は来年度からを考えております。

履歴書を添付いたしますので、ご確認いただけますと幸いです。

仁科 守
携帯 080-4420-9137
"""
    pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
           b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    pdf_part = ([("Content-Type", "application/pdf;\n name=\"=?ISO-2022-JP?B?%s?=\"" %
                  base64.b64encode("履歴書_仁科.pdf".encode("iso2022_jp")).decode()),
                 ("Content-Disposition", "attachment;\n filename*=UTF-8''%E5%B1%A5%E6%AD%B4%E6%9B%B8_%E4%BB%81%E7%A7%91.pdf"),
                 ("Content-Transfer-Encoding", "base64")],
                base64.encodebytes(pdf).replace(b"\n", b"\r\n"))
    h = hdrs(mid, "Tue, 20 Jan 2026 08:45:11 +0900",
             addr("仁科 守", "nishina@kawagoe-hibari.example.jp", "jis"),
             ew("登録希望（リハビリテーション科・北関東）"),
             host="mail.kawagoe-hibari.example.jp", ip="203.0.113.160",
             extra=[("X-Mailer", "Becky! ver. 2.81.06 [ja]")])
    eml = multipart(h, "mixed", "----=_NextPart_20260120084511_8841",
                    [leaf(text, "iso2022_jp", "ISO-2022-JP", "7bit"), pdf_part],
                    preamble="This is a multi-part message in MIME format.")
    g = gold(mid, "doctor", name="仁科 守", name_kana="ニシナ マモル",
             email="nishina@kawagoe-hibari.example.jp", phone="08044209137", age=63,
             organization="川越ひばりリハビリテーション病院", specialties=["リハビリテーション科"],
             prefectures=["栃木県", "群馬県"], employment=["full_time"], start="2026-04")
    add(16, "rehab-doctor-kitakanto-pdf-cv-jis", "doctor",
        "multipart/mixed: text/plain ISO-2022-JP 7bit + application/pdf (name RFC 2047, filename* RFC 2231 UTF-8)", "medium",
        "Rehabilitation physician with a CV attached: 当年63歳 -> 63, hiragana reading in brackets, 北関東（栃木・群馬） -> 2 prefectures (北関東 is not a vocabulary region), 常勤, 来年度 in Jan 2026 -> 2026-04 (fiscal year); 65歳定年 is not his age; 回復期リハビリテーション病棟 gives no second specialty",
        eml, g)


# ===================================================================== hospital

def m017():
    mid = "20250826101543.00A7.awashimaura@vill-awashimaura.example.jp"
    body = """地域医療マッチング事務局　御中

拝啓　残暑の候、貴事務局におかれましては益々ご清栄のこととお慶び申し上げます。

粟島浦村は、新潟県岩船郡の日本海に浮かぶ人口三百人ほどの島の村でございます。
村唯一の医療機関である村立診療所の医師が、来年三月末をもって退任されることとなり、
後任の先生を探しております。つきましては、下記のとおり貴事業への掲載をお願い申し上げます。

記

１．勤務先　　粟島浦村立診療所（新潟県岩船郡粟島浦村）
２．診療科　　内科又は総合診療
３．勤務形態　常勤（診療所長）
４．着任日　　令和８年４月１日
５．待遇　　　村職員として任用、医師住宅あり（家具家電付き）
６．その他　　本土の病院との連携あり、定期船で本土まで約１時間

以上

ご不明な点は、下記担当までお問い合わせください。
敬具

粟島浦村役場　総務課
課長　本保 隆之
〒958-0061　新潟県岩船郡粟島浦村字日ノ見山1513-11
電話　0254-55-2181
"""
    h = hdrs(mid, "Tue, 26 Aug 2025 10:15:43 +0900",
             addr("粟島浦村役場 総務課", "soumu@vill-awashimaura.example.jp", "jis"),
             ew("村立診療所 医師募集の掲載について（依頼）"),
             host="mail.vill-awashimaura.example.jp", ip="203.0.113.201")
    eml = single(h, body, "iso2022_jp", "ISO-2022-JP", "7bit")
    g = gold(mid, "hospital", name="本保 隆之", email="soumu@vill-awashimaura.example.jp",
             phone="0254552181", organization="粟島浦村役場", specialties=["内科", "総合診療科"],
             prefectures=["新潟県"], municipality="粟島浦村", employment=["full_time"],
             start="2026-04-01")
    add(17, "island-village-office-awashimaura-jis", "hospital",
        "text/plain ISO-2022-JP 7bit; 拝啓…敬具 letter with 記…以上", "easy",
        "Island village office recruits the head of its only clinic: organization is the village office (without 総務課 and 課長), municipality 粟島浦村 after 岩船郡, 内科又は総合診療 -> 2 specialties, 常勤, 令和８年４月１日 -> 2026-04-01 (full-width digits); 来年三月末 is the predecessor leaving; 三百人 and 約１時間 are not data",
        eml, g)


def m018():
    mid = "TYWP286MB2291D5A3F0C1B2E4A7D9C0E1F2A30@TYWP286.prod.outlook.example.com"
    body = """地域医療マッチング事務局 御中

徳島県保健福祉部医療政策課で医師確保を担当しております吉成と申します。
平素より本県の地域医療にご理解を賜り、ありがとうございます。

県南部の県立みなみ病院（海部郡海陽町）では、
内科の常勤医師が来年度から1名不足する見込みとなっております。
つきましては、貴事業の求人として掲載いただきたく、ご連絡いたしました。

　勤務地：県立みなみ病院（徳島県海部郡海陽町）
　診療科：内科
　勤務形態：常勤
　勤務開始：令和8年4月
　処遇：県職員（医師）として採用。県の規定による給与のほか、へき地手当等あり

病院見学の際の交通費は県で負担いたします。
掲載にあたって必要な書式などがございましたら、お知らせください。

――――――――――――――――
徳島県 保健福祉部 医療政策課
医師確保担当　吉成 真一
TEL 088-621-2934（直通）
――――――――――――――――
"""
    h = hdrs(mid, "Fri, 31 Oct 2025 16:02:29 +0900",
             addr("吉成 真一", "yoshinari-shinichi@pref-tokushima.example.jp", "jis"),
             ewq("県立みなみ病院 内科常勤医師の求人掲載のお願い"),
             host="mail-tywp286.outbound.outlook.example.com", ip="52.101.230.7")
    eml = single(h, body, "iso2022_jp", "ISO-2022-JP", "7bit")
    g = gold(mid, "hospital", name="吉成 真一", email="yoshinari-shinichi@pref-tokushima.example.jp",
             phone="0886212934", organization="徳島県", specialties=["内科"],
             prefectures=["徳島県"], municipality="海陽町", employment=["full_time"],
             start="2026-04")
    add(18, "prefectural-office-tokushima-kaiyo-jis", "hospital",
        "text/plain ISO-2022-JP 7bit; Subject RFC 2047 UTF-8 Q", "medium",
        "A prefectural office lists a post at a prefectural hospital: organization is the prefecture (徳島県, without 保健福祉部 医療政策課), municipality 海陽町 after 海部郡, 内科 常勤, 令和8年4月 -> 2026-04 (also 来年度); へき地手当 and 交通費 are not data",
        eml, g)


def m019():
    mid = "listing.2026-0211-0037@forms.md2-rm.example.org"
    body = """求人掲載フォームより、以下の申込みがありました。

▼医療機関名
医療法人社団 あまくさ眼科クリニック

▼所在地
熊本県天草市東町3-18

▼ご担当者名
濵田 由紀

▼ご担当者名（カナ）
ハマダ ユキ

▼電話番号
0969-22-6054

▼メールアドレス
office@amakusa-ganka.example.jp

▼募集診療科
眼科

▼雇用形態
非常勤

▼勤務日数・時間
週1日（土曜日 9:00～13:00）

▼勤務開始希望
2026年3月

▼備考
院長が一人で診療しており、土曜の外来を担当してくださる先生を探しています。
白内障の手術はお願いしません。

――――――――――――――――――――
このメールは送信専用です。
"""
    h = hdrs(mid, "Wed, 11 Feb 2026 11:37:02 +0900",
             addr("求人掲載フォーム", "noreply@forms.md2-rm.example.org", "utf8"),
             ew("【求人掲載申込】医療法人社団 あまくさ眼科クリニック", "utf8"),
             host="web1.forms.md2-rm.example.org", ip="192.0.2.41")
    eml = single(h, body, "utf-8", "UTF-8", "base64")
    g = gold(mid, "hospital", name="濵田 由紀", name_kana="ハマダ ユキ",
             email="office@amakusa-ganka.example.jp", phone="0969226054",
             organization="医療法人社団 あまくさ眼科クリニック", specialties=["眼科"],
             prefectures=["熊本県"], municipality="天草市", employment=["part_time"],
             days_per_week=1, start="2026-03")
    add(19, "listing-form-label-lines-eye-clinic-amakusa-b64", "hospital",
        "text/plain UTF-8 base64; listing form with ▼label lines and the value on the next line", "medium",
        "Clinic listing form where each value sits on the line after its ▼label: 濵 in the contact name (NFKC keeps it), katakana カナ, 非常勤 + 週1日（土曜日 9:00～13:00） -> part_time/1, 2026年3月, municipality 天草市 from the address; organization keeps its legal prefix",
        eml, g)


def m020():
    mid = "000a01dc5b19$3c7d2e10$b5768730$@kodomo-asahi.example.jp"
    body = """地域医療マッチング事務局　ご担当者様

お世話になります。
福井県越前市にあります、社会福祉法人みどり会　こども療育センターあさひの宇佐美と申します。

当センターは、重い障がいのあるお子さんが入所している医療型の施設です。
これまで小児科の先生に嘱託で週１回回診をお願いしておりましたが、
ご高齢のため今年度いっぱいで退かれることになりました。

後任として、小児科の先生に、週１回（半日程度）の回診と健康相談を
非常勤でお願いできる方を探しております。
重症心身障害児の診療経験がなくても、当センターの常勤看護師がサポートいたします。
開始は、できれば年度内に引継ぎができると助かります。

詳しい条件は、お電話でもご説明いたします。

社会福祉法人みどり会　こども療育センターあさひ
総務課　宇佐美 公子
TEL：0778-27-4410　FAX：0778-27-4411
"""
    h = hdrs(mid, "Thu, 15 Jan 2026 15:48:20 +0900",
             addr("宇佐美 公子", "usami@kodomo-asahi.example.jp", "sjis"),
             ew("嘱託医（小児科）の募集について", "sjis"),
             host="mail.kodomo-asahi.example.jp", ip="198.51.100.74",
             extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    eml = single(h, body, "shift_jis", "Shift_JIS", "8bit")
    g = gold(mid, "hospital", name="宇佐美 公子", email="usami@kodomo-asahi.example.jp",
             phone="0778274410", organization="社会福祉法人みどり会 こども療育センターあさひ",
             specialties=["小児科"], prefectures=["福井県"], municipality="越前市",
             employment=["part_time"], days_per_week=1)
    add(20, "disabled-children-facility-echizen-sjis", "hospital",
        "text/plain Shift_JIS 8bit; full-width spaces inside the organization name", "medium",
        "A residential facility for severely disabled children seeks a paediatrician: hospital (a care facility), 小児科 only (健康相談 is not 健診), 嘱託/非常勤 週１回 -> part_time/1, start null (年度内に引継ぎ is not a month), organization with the full-width space made one ASCII space, without 総務課",
        eml, g)


def m021():
    mid = "20251205173301.4417.kyukan@nobeoka-ishikai.example.jp"
    body = """地域医療マッチング事務局
ご担当者様

延岡地区医師会事務局の甲斐と申します。
当医師会が運営しております延岡市休日夜間急患センターでは、
開業医の先生方の高齢化により、休日・夜間の出務医の確保が難しくなっております。

つきましては、以下の条件で出務していただける先生を募集いたします。

　◆ 診療科　　内科または小児科
　◆ 勤務内容　休日の日直（9時〜17時）、平日の準夜帯（19時〜23時）
　　　　　　　いずれも単発のスポット勤務で、月1回からでも結構です
　◆ 報酬　　　日直1回 12万円、準夜帯1回 6万円
　◆ 開始　　　2026年4月から

宮崎県外からお越しいただく場合の交通費・宿泊費は当会で負担いたします。

一般社団法人 延岡地区医師会
事務局　甲斐 裕太
〒882-0052 宮崎県延岡市大貫町2-1401
TEL 0982-21-1197
"""
    h = hdrs(mid, "Fri, 05 Dec 2025 17:33:01 +0900",
             addr("延岡地区医師会 事務局", "kyukan@nobeoka-ishikai.example.jp", "jis"),
             ew("休日夜間急患センター 出務医募集のお願い"),
             host="smtp.nobeoka-ishikai.example.jp", ip="203.0.113.34",
             extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    eml = single(h, body, "iso2022_jp", "ISO-2022-JP", "base64")
    g = gold(mid, "hospital", name="甲斐 裕太", email="kyukan@nobeoka-ishikai.example.jp",
             phone="0982211197", organization="一般社団法人 延岡地区医師会",
             specialties=["内科", "小児科"], prefectures=["宮崎県"], municipality="延岡市",
             employment=["spot"], start="2026-04")
    add(21, "medical-assoc-holiday-clinic-spot-nobeoka-jis-b64", "hospital",
        "text/plain ISO-2022-JP base64", "medium",
        "A medical association recruits for its holiday/night emergency clinic: hospital, 内科または小児科 -> 2, 日直/準夜帯 単発のスポット -> spot only, 月1回 -> days null, 2026年4月 -> 2026-04, municipality 延岡市; organization as in the signature (with 一般社団法人); 9時〜17時 and fees are not data",
        eml, g)


def m022():
    mid = "TY4P286MB0552B7E1D3A9C4F0E2B8D6A1C3E50@TY4P286.prod.outlook.example.com"
    quoted = """From: 地域医療マッチング事務局 <md@md2-rm.example.org>
Sent: Monday, September 8, 2025 4:20 PM
To: 最上ひかり病院 事務部 <jimu@mogami-hikari.example.jp>
Subject: 求人票の内容確認のお願い

最上ひかり病院
事務部 御中

掲載中の求人票（精神科 非常勤 週2日）について、
内容に変更がないかご確認をお願いいたします。

""" + SEC_SIG
    body = """地域医療マッチング事務局　今泉様

いつもお世話になっております。最上ひかり病院の沼澤です。
ご連絡ありがとうございます。求人票の内容を、以下のとおり変更してください。

①精神科の募集は、非常勤ではなく常勤1名に変更します
　（院長の退職が決まったため）
②これとは別に、土日の日直をお願いできる先生も募集します（単発・スポット可）
③開始時期は随時です

お手数をおかけしますが、よろしくお願いいたします。

━━━━━━━━━━━━━━━━━
医療法人 最上会　最上ひかり病院
事務部　沼澤 芳子
〒996-0027　山形県新庄市本町11-8
TEL：0233-22-4163
━━━━━━━━━━━━━━━━━

""" + quote(quoted, "> ")
    h = hdrs(mid, "Wed, 10 Sep 2025 09:12:48 +0900",
             addr("沼澤 芳子", "jimu@mogami-hikari.example.jp", "msjis"),
             ew("RE: 求人票の内容確認のお願い", "msjis"),
             host="mail-ty4p286.outbound.outlook.example.com", ip="52.101.229.80",
             extra=[("In-Reply-To", "<20250908162011.5D2E.md@md2-rm.example.org>"),
                    ("References", "<20250908162011.5D2E.md@md2-rm.example.org>"),
                    ("Thread-Topic", ew("求人票の内容確認のお願い", "msjis"))])
    eml = single(h, body, "ms-iso2022jp", "iso-2022-jp", "7bit")
    g = gold(mid, "hospital", name="沼澤 芳子", email="jimu@mogami-hikari.example.jp",
             phone="0233224163", organization="医療法人 最上会 最上ひかり病院",
             specialties=["精神科"], prefectures=["山形県"], municipality="新庄市",
             employment=["full_time", "spot"])
    add(22, "outlook-reply-psychiatry-listing-change-shinjo-msjis", "hospital",
        "text/plain iso-2022-jp with CP932 rows (①-③) 7bit; English Outlook quote header with '> ' quoting", "hard",
        "A hospital changes its listing in a reply: 精神科 非常勤 -> 常勤 (非常勤ではなく must not add part_time), plus 土日の日直 (スポット可) -> full_time + spot, 随時 -> start null; the quoted 非常勤 週2日 is the old listing (days null); municipality 新庄市 from the signature address; 澤 kept",
        eml, g)


def m023():
    mid = "20251120.7c41e0.recruit@monbetsu-hikari.example.jp"
    inner = """<p>地域医療マッチング事務局 ご担当者様</p>
<p>北海道紋別市の紋別ひかり病院 総務課の松浦です。<br>
オホーツク地域の医師不足が続く中、当院では整形外科の常勤医師を募集しております。</p>
<table style="border:1px solid #999;border-collapse:collapse" cellpadding="6">
<tr><td style="background:#eef">募集科目</td><td>整形外科（1名）</td></tr>
<tr><td style="background:#eef">雇用形態</td><td>常勤</td></tr>
<tr><td style="background:#eef">着任時期</td><td>2026年4月1日</td></tr>
<tr><td style="background:#eef">給与</td><td>年俸 1,800万円～（経験を考慮）</td></tr>
<tr><td style="background:#eef">住宅</td><td>医師住宅あり（単身・家族向け）</td></tr>
</table>
<p>年齢は問いません。定年後の先生も歓迎いたします。<br>
冬期の通勤は病院の送迎もございます。</p>
<p>――――――――――――――――<br>
社会医療法人 オホーツク愛生会 紋別ひかり病院<br>
総務課 採用担当　松浦 一樹<br>
〒094-0006 北海道紋別市潮見町4丁目2-15<br>
TEL 0158-23-5512 ／ FAX 0158-23-5513<br>
recruit@monbetsu-hikari.example.jp<br>
――――――――――――――――</p>"""
    h = hdrs(mid, "Thu, 20 Nov 2025 13:27:06 +0900",
             addr("紋別ひかり病院 採用担当", "recruit@monbetsu-hikari.example.jp", "utf8"),
             ew("整形外科 常勤医師募集のご案内（紋別ひかり病院）", "utf8"),
             host="mail.monbetsu-hikari.example.jp", ip="198.51.100.151")
    eml = single(h, html_page(inner), "utf-8", "UTF-8", "quoted-printable", "text/html")
    g = gold(mid, "hospital", name="松浦 一樹", email="recruit@monbetsu-hikari.example.jp",
             phone="0158235512", organization="社会医療法人 オホーツク愛生会 紋別ひかり病院",
             specialties=["整形外科"], prefectures=["北海道"], municipality="紋別市",
             employment=["full_time"], start="2026-04-01")
    add(23, "html-only-ortho-monbetsu-qp", "hospital",
        "text/html only, UTF-8 quoted-printable; conditions in a styled table", "medium",
        "Hospital recruits a full-time orthopaedic surgeon in an HTML table: 2026年4月1日 -> 2026-04-01, municipality 紋別市, organization with its legal prefix from the signature (the opening names it shorter); オホーツク is not a vocabulary region; 年俸 and 定年後 are not data",
        eml, g)


def m024():
    mid = "20260210203144.0c9a.uwajima@nankai-net.example.jp"
    body = """地域医療マッチング事務局様

うわじま内科ｸﾘﾆｯｸの岡田と申します。
院長（主人）が７８歳になり、土曜日の外来がきつくなってきました。
土曜の午前だけ、内科の外来をお願いできる先生はいらっしゃらないでしょうか。
非常勤で週１日、できれば来月から来ていただけると助かります。

愛媛県宇和島市中央町2-4-7
うわじま内科ｸﾘﾆｯｸ 事務長 岡田 和枝
0895-22-3806
"""
    h = hdrs(mid, "Tue, 10 Feb 2026 20:31:44 +0900",
             addr("ｵｶﾀﾞ ｶｽﾞｴ", "uwajima@nankai-net.example.jp", "sjis"),
             ew("土曜日の外来の先生を探しています", "sjis"),
             host="mail.nankai-net.example.jp", ip="203.0.113.97")
    eml = single(h, body, "shift_jis", "Shift_JIS", "8bit")
    g = gold(mid, "hospital", name="岡田 和枝", email="uwajima@nankai-net.example.jp",
             phone="0895223806", organization="うわじま内科クリニック", specialties=["内科"],
             prefectures=["愛媛県"], municipality="宇和島市", employment=["part_time"],
             days_per_week=1, start="2026-03")
    add(24, "clinic-wife-saturday-uwajima-sjis-hankaku", "hospital",
        "text/plain Shift_JIS 8bit with half-width katakana (body and From display name)", "medium",
        "A clinic's office manager (the director's wife) writes a short note: organization typed with half-width ｸﾘﾆｯｸ -> NFKC うわじま内科クリニック, 内科 非常勤 週１日, 来月から in Feb 2026 -> 2026-03, municipality 宇和島市 from the address; ７８歳 is the director's age (hospital mail has no age)",
        eml, g)


def m025():
    mid = "CAKy3hN0-Lm8rT2qWc4Fv9Xb7Es1Jd5Go6Pa@mail.gmail-like.example.com"
    body = """地域医療マッチング事務局 御中

やくしま中央病院の院長をしております、上屋と申します。
当院の外科は私ひとりで診ておりまして、毎年夏の休暇が取れずにおりました。
今年は家族の事情でどうしても島を離れる必要があり、
その間の代診（外科）をお願いできる先生を探しております。

　期間：2026年8月11日（火）～8月17日（月）の1週間
　内容：外科外来、病棟管理、急患の初期対応（夜間も含む）
　形態：単発のスポット勤務
　待遇：日給10万円、往復の航空券と宿舎をご用意します

急なお願いで恐縮ですが、ご紹介いただける先生がいらっしゃれば幸いです。

医療法人 南洋会 やくしま中央病院
院長　上屋 健
鹿児島県熊毛郡屋久島町安房410-2
TEL 0997-46-2270
"""
    h = hdrs(mid, "Mon, 18 May 2026 19:06:37 +0900",
             addr("上屋 健", "yakushima.chuo@gmail-like.example.com", "utf8"),
             ew("夏季の代診医（外科）のお願い", "utf8"),
             host="mail-lj1-f170.gmail-like.example.com", ip="209.85.208.170")
    eml = single(h, body, "utf-8", "UTF-8", "base64")
    g = gold(mid, "hospital", name="上屋 健", email="yakushima.chuo@gmail-like.example.com",
             phone="0997462270", organization="医療法人 南洋会 やくしま中央病院",
             specialties=["外科"], prefectures=["鹿児島県"], municipality="屋久島町",
             employment=["spot"], start="2026-08-11")
    add(25, "island-hospital-summer-locum-yakushima-b64", "hospital",
        "text/plain UTF-8 base64 (Gmail)", "medium",
        "A hospital director (the only surgeon) seeks a one-week summer locum: hospital, 外科 only (急患の初期対応 describes the duties), 単発のスポット -> spot, 2026年8月11日 -> 2026-08-11 (full date), municipality 屋久島町 after 熊毛郡; organization from the signature",
        eml, g)


def m026():
    mid = "OSZP286MB1877E3C0A5B9D2F1C4A6E8B0D7F10@OSZP286.prod.outlook.example.com"
    text = """地域医療マッチング事務局
ご担当者様

静岡県下田市の下田みなと病院で事務長をしております、土屋と申します。

当院では内科の常勤医師が不足しており、
貴事業に求人を掲載させていただけないかと考えております。
つきましては、以下の点をお教えいただけますでしょうか。

1. 掲載の申込み方法（所定の書式の有無）
2. 掲載料や紹介手数料の有無
3. 採用までのおおよその期間

伊豆半島の南端で、近隣に内科の病院が少なく、地域の方々にご不便をおかけしております。
何卒よろしくお願いいたします。

下田みなと病院
事務長　土屋 康弘
TEL 0558-22-0861
"""
    html = html_page("<div style=\"font-family:游ゴシック\">" + text.replace("\n", "<br>\n") + "</div>")
    h = hdrs(mid, "Mon, 12 Jan 2026 11:20:33 +0900",
             addr("土屋 康弘", "jimucho@shimoda-minato.example.jp", "utf8"),
             ew("求人掲載の方法について（内科常勤）", "utf8"),
             host="mail-oszp286.outbound.outlook.example.com", ip="52.101.228.95",
             extra=[("Thread-Index", "AdyDTrKx0ZjQ4m1vRw6hP0eN9s2kFg=="),
                    ("Content-Language", "ja-JP")])
    eml = multipart(h, "alternative", "_000_OSZP286MB1877E3C0A5B9D2F1C4A6E8B0D7F10OSZP286_",
                    [leaf(text, "utf-8", '"utf-8"', "quoted-printable"),
                     leaf(html, "utf-8", '"utf-8"', "quoted-printable", "text/html")])
    g = gold(mid, "hospital", name="土屋 康弘", email="jimucho@shimoda-minato.example.jp",
             phone="0558220861", organization="下田みなと病院", specialties=["内科"],
             prefectures=["静岡県"], municipality="下田市", employment=["full_time"])
    add(26, "outlook-how-to-list-internist-shimoda-alt-qp", "hospital",
        "multipart/alternative UTF-8 quoted-printable text + HTML (Outlook)", "medium",
        "A hospital asks how to list an opening (procedure, fees, time to hire) and names the post: hospital, 内科 常勤, municipality 下田市, no start; 伊豆半島 is not a vocabulary region; the numbered questions carry no data",
        eml, g)


def m027():
    mid = "20260305094412.22B0.saeai@chiiki-saeai.example.jp"
    body = """地域医療マッチング事務局 御中

公益社団法人 地域医療ささえあい協会の事業部で医師招聘を担当しております、
三輪 恭平と申します。

当協会は、全国のへき地の公立診療所に医師を派遣し、運営を受託している団体です。
このたび、岐阜県加茂郡東白川村の村国保診療所で、所長を務める医師を募集することとなりました。

　・診療科：総合診療（内科・小児科の外来、訪問診療を含む）
　・勤務形態：常勤（当協会の職員として雇用し、診療所に派遣）
　・着任：令和8年7月
　・その他：協会の他の診療所と連携し、週末の代診体制あり

貴事業の求人として掲載いただくことは可能でしょうか。
条件の詳細は、添付の募集要項のとおりです（後日お送りします）。

公益社団法人 地域医療ささえあい協会
事業部　三輪 恭平
TEL 03-5281-7730
"""
    h = hdrs(mid, "Thu, 05 Mar 2026 09:44:12 +0900",
             addr("三輪 恭平", "miwa@chiiki-saeai.example.jp", "jis"),
             ew("東白川村国保診療所 所長医師の募集について"),
             host="mail.chiiki-saeai.example.jp", ip="198.51.100.210")
    eml = single(h, body, "iso2022_jp", "ISO-2022-JP", "7bit")
    g = gold(mid, "hospital", name="三輪 恭平", email="miwa@chiiki-saeai.example.jp",
             phone="0352817730", organization="公益社団法人 地域医療ささえあい協会",
             specialties=["総合診療科", "内科", "小児科", "在宅医療"], prefectures=["岐阜県"],
             municipality="東白川村", employment=["full_time"], start="2026-07")
    add(27, "association-dispatches-clinic-head-higashishirakawa-jis", "hospital",
        "text/plain ISO-2022-JP 7bit", "hard",
        "A public-interest association that runs remote clinics recruits a clinic head: hospital (an organisation recruiting for a post); organization is the association (without 事業部), municipality 東白川村 after 加茂郡, 総合診療 with 内科・小児科の外来 and 訪問診療 -> 4 specialties, 常勤, 令和8年7月 -> 2026-07; 全国のへき地 describes the association, not the post; the Tokyo phone is the contact's",
        eml, g)


def m028():
    mid = "20251209161820.5e3a.office@shimokita-zaitaku.example.jp"
    body = """地域医療マッチング事務局 ご担当者様

青森県むつ市で訪問診療を専門に行っております、
しもきた在宅クリニックの事務長、坂井と申します。

下北半島は医療機関が少なく、在宅で療養される患者さんが増え続けています。
院長一人での対応が限界に近づいているため、
訪問診療を担当していただける先生を募集いたします。

・業務：訪問診療（個人宅・施設）、必要に応じて看取り
・形態：非常勤、週2日（曜日は相談）
・オンコール：ご希望の場合のみ（必須ではありません）
・開始：2026年1月
・移動：運転手付きの訪問車で回ります

ご高齢の先生も歓迎いたします。
どうぞよろしくお願いいたします。

医療法人 北斗会 しもきた在宅クリニック
事務長 坂井 真理
〒035-0071 青森県むつ市小川町1-9-3
TEL 0175-29-3388
"""
    h = hdrs(mid, "Tue, 09 Dec 2025 16:18:20 +0900",
             addr("しもきた在宅クリニック", "office@shimokita-zaitaku.example.jp", "jis"),
             ew("訪問診療医（非常勤）募集のお願い"),
             host="mail.shimokita-zaitaku.example.jp", ip="203.0.113.177",
             extra=[("User-Agent", "Mozilla Thunderbird 115.16.1")])
    eml = single(h, body, "iso2022_jp", "ISO-2022-JP", "7bit", extra="; format=flowed; delsp=yes")
    g = gold(mid, "hospital", name="坂井 真理", email="office@shimokita-zaitaku.example.jp",
             phone="0175293388", organization="医療法人 北斗会 しもきた在宅クリニック",
             specialties=["在宅医療"], prefectures=["青森県"], municipality="むつ市",
             employment=["part_time"], days_per_week=2, start="2026-01")
    add(28, "home-visit-clinic-mutsu-flowed-jis", "hospital",
        "text/plain ISO-2022-JP 7bit; format=flowed delsp=yes (Thunderbird)", "easy",
        "Home-visit clinic recruits: 訪問診療 -> 在宅医療, 非常勤 週2日 -> part_time/2, オンコール is optional and not spot, 2026年1月 -> 2026-01, municipality むつ市; 下北半島 is not a vocabulary region; organization from the signature (the From name is shorter)",
        eml, g)


def m029():
    mid = "TYAP286MB3306F1A2B4C5D6E7F8091A2B3C4D0@TYAP286.prod.outlook.example.com"
    body = """地域医療マッチング事務局
ご担当者様

いつもお世話になっております。
高知県高岡郡梼原町の国民健康保険 ゆすはら山里病院で事務長をしております髙橋と申します。

当院には小児科の常勤医がおらず、これまで高知市の病院から
週１日、小児科の先生に来ていただいておりましたが、
先方のご都合により３月で終了となることになりました。

つきましては、以下の条件で小児科の先生を募集いたします。

　①　診療科：小児科
　②　勤務形態：非常勤（週１日、水曜日 9:00～16:00）
　③　勤務開始：令和８年４月～
　④　交通費：実費支給（高知市内から車で約１時間４０分）

町内のお子さんの予防接種や健診は町の保健師と連携して行っております。
ご検討のほど、よろしくお願いいたします。

国民健康保険 ゆすはら山里病院
事務長　髙橋 博之
TEL 0889-65-1120（代表）
"""
    h = hdrs(mid, "Fri, 13 Feb 2026 10:51:09 +0900",
             addr("髙橋 博之", "takahashi-h@yusuhara-yamazato.example.jp", "msjis"),
             ew("小児科医師（非常勤）募集について", "msjis"),
             host="mail-tyap286.outbound.outlook.example.com", ip="52.101.229.130",
             extra=[("X-MS-Has-Attach", ""), ("Content-Language", "ja-JP")])
    eml = single(h, body, "ms-iso2022jp", "iso-2022-jp", "7bit")
    g = gold(mid, "hospital", name="髙橋 博之", email="takahashi-h@yusuhara-yamazato.example.jp",
             phone="0889651120", organization="国民健康保険 ゆすはら山里病院",
             specialties=["小児科"], prefectures=["高知県"], municipality="梼原町",
             employment=["part_time"], days_per_week=1, start="2026-04")
    add(29, "kokuho-hospital-pediatrics-yusuhara-msjis", "hospital",
        "text/plain iso-2022-jp with CP932 rows (①-④, ～, 髙) 7bit; From RFC 2047 with 髙", "hard",
        "National-health-insurance hospital seeks a part-time paediatrician: 髙 in the contact name (NFKC keeps it), 非常勤（週１日） -> part_time/1, 令和８年４月～ -> 2026-04; ３月で終了 is the predecessor; 健診 and 予防接種 are the town's work, not the post; municipality 梼原町 after 高岡郡; 高知市 is only where the former doctor came from",
        eml, g)


def m030():
    mid = "CAMv5bQ8-Yk1Ds3Wn7Zr0Lh6Tc2Xf9Ep4Ju@mail.gmail-like.example.com"
    quoted = """地域医療マッチング事務局 ご担当者様

気仙沼さくら病院 医事課の熊谷です。
下記の2件について、求人の掲載をお願いいたします。

・内科　常勤1名（令和7年10月～）
・整形外科　非常勤1名（週1日、外来）

よろしくお願いいたします。"""
    text = """地域医療マッチング事務局
今泉様

いつもお世話になっております。気仙沼さくら病院の熊谷です。

先日お願いした求人のうち、内科の常勤については、
地元の大学から先生に来ていただけることになりましたので、掲載を取り下げてください。

整形外科の非常勤（週1日）は引き続き募集しておりますので、
こちらは掲載を続けていただけますと幸いです。
開始は10月からでお願いします。

気仙沼さくら病院 医事課
熊谷 里美
宮城県気仙沼市田中前3-6-21
TEL 0226-23-7081

2025年8月4日(月) 14:02 気仙沼さくら病院 医事課 <iji@kesennuma-sakura.example.jp>:

""" + quote(quoted)
    html = html_page("<div dir=\"ltr\">" + text.split("\n2025年8月4日")[0].replace("\n", "<br>\n") +
                     "</div><div class=\"gmail_quote\"><div class=\"gmail_attr\">2025年8月4日(月) 14:02 気仙沼さくら病院 医事課 "
                     "&lt;iji@kesennuma-sakura.example.jp&gt;:</div><blockquote class=\"gmail_quote\">" +
                     quoted.replace("\n", "<br>\n") + "</blockquote></div>")
    h = hdrs(mid, "Tue, 19 Aug 2025 10:05:27 +0900",
             addr("気仙沼さくら病院 医事課", "iji@kesennuma-sakura.example.jp", "utf8"),
             ew("Re: 求人掲載のお願い（内科・整形外科）", "utf8"),
             host="mail-qt1-f181.gmail-like.example.com", ip="209.85.160.181",
             extra=[("In-Reply-To", "<CAMv5bQ8-Aa0Xk2Ds9Wn1Zr5Lh3Tc7Xf0Ep8Ju@mail.gmail-like.example.com>")])
    eml = multipart(h, "alternative", "000000000000c29a8b0641e5d7f3",
                    [leaf(text, "utf-8", '"UTF-8"', "quoted-printable"),
                     leaf(html, "utf-8", '"UTF-8"', "quoted-printable", "text/html")])
    g = gold(mid, "hospital", name="熊谷 里美", email="iji@kesennuma-sakura.example.jp",
             phone="0226237081", organization="気仙沼さくら病院", specialties=["整形外科"],
             prefectures=["宮城県"], municipality="気仙沼市", employment=["part_time"],
             days_per_week=1, start="2025-10")
    add(30, "gmail-thread-withdraws-internist-kesennuma-alt", "hospital",
        "multipart/alternative UTF-8 quoted-printable; reply to the hospital's own earlier mail (gmail_quote)", "hard",
        "Hospital follows up its own listing mail: the 内科 常勤 post is withdrawn, 整形外科 非常勤（週1日） stays -> 整形外科, part_time/1 only, 10月から in Aug 2025 -> 2025-10 (the quoted 令和7年10月 is the withdrawn post); municipality 気仙沼市 from the signature address",
        eml, g)


# ====================================================================== general

def m031():
    mid = "20251028155210.0F3B.ijyu@furusato-ijyu-net.example.jp"
    body = """地域医療マッチング事務局　御中

突然のご連絡、失礼いたします。
地方への移住を支援しておりますNPO法人ふるさと移住ネットの事務局で、
相談員をしております河野と申します。

当法人の移住相談会には、最近、定年を控えたお医者様やそのご家族が
「医師が足りない地域に移って働きたい」と相談にいらっしゃることが増えております。
私どもでは仕事の紹介まではできないため、
貴事業と連携して、移住と就業を一緒にご案内するオンライン説明会を
共催させていただけないかと考えております。

ご関心をお持ちいただけるようでしたら、一度お打ち合わせの機会をいただけますと幸いです。

NPO法人ふるさと移住ネット
相談員　河野 千尋
TEL 03-6272-4418
"""
    h = hdrs(mid, "Tue, 28 Oct 2025 15:52:10 +0900",
             addr("河野 千尋", "kawano@furusato-ijyu-net.example.jp", "jis"),
             ew("移住相談会の共催のご相談"),
             host="mail.furusato-ijyu-net.example.jp", ip="198.51.100.120")
    eml = single(h, body, "iso2022_jp", "ISO-2022-JP", "7bit")
    g = gold(mid, "general", name="河野 千尋", email="kawano@furusato-ijyu-net.example.jp",
             phone="0362724418", organization="NPO法人ふるさと移住ネット")
    add(31, "relocation-npo-joint-seminar-jis", "general",
        "text/plain ISO-2022-JP 7bit", "medium",
        "A relocation-support NPO proposes a joint online seminar: general (a partner organisation), not doctor although it speaks of retiring physicians who want to move; organization the NPO without role; no lead data beyond the person fields",
        eml, g)


def m032():
    mid = "20250918092730.71aa.office@midori-kaikei.example.jp"
    body = """地域医療マッチング事務局　ご担当者様

いつもお世話になっております。
税理士法人みどり会計の福田と申します。

当事務所の顧問先である医療法人様が、先月、貴事務局に
求人掲載に関する費用をお支払いになったと伺っております。
決算の処理にあたり、貴事務局の適格請求書発行事業者の登録番号（Ｔから始まる番号）を
確認させていただきたく、ご連絡いたしました。

お手数ですが、登録番号をメールでお知らせいただくか、
登録番号の記載された領収書の再発行をお願いできますでしょうか。

税理士法人みどり会計
福田 陽子
電話：0852-28-6173
"""
    h = hdrs(mid, "Thu, 18 Sep 2025 09:27:30 +0900",
             addr("税理士法人みどり会計 福田", "office@midori-kaikei.example.jp", "sjis"),
             ew("適格請求書の登録番号のご確認", "sjis"),
             host="mail.midori-kaikei.example.jp", ip="203.0.113.66")
    eml = single(h, body, "cp932", "Shift_JIS", "8bit")
    g = gold(mid, "general", name="福田 陽子", email="office@midori-kaikei.example.jp",
             phone="0852286173", organization="税理士法人みどり会計")
    add(32, "tax-accountant-invoice-number-sjis", "general",
        "text/plain Shift_JIS 8bit", "medium",
        "A tax accountant asks for the secretariat's invoice registration number for a client hospital's payment: general (business mail from a person), not hospital although a 医療法人 and 求人掲載 are mentioned; full name only in the signature (the From name gives the surname)",
        eml, g)


def m033():
    mid = "CAGh9sX1-Pq4Ld7Mz2Wb8Kc0Rt5Vn3Yf6Ej@mail.gmail-like.example.com"
    text = """地域医療マッチング事務局の皆様

はじめまして。「シニアライフを考える会」という小さな勉強会の世話人をしております、新井と申します。

会員に医師や看護師の退職者が多く、定年後の働き方をテーマにした会報を年に二回発行しています。
次号で、貴事業のホームページの内容を紹介し、リンクを掲載させていただきたいのですが、
差し支えないでしょうか。文章は、ホームページの説明をそのまま引用する形を考えています。

ご確認のほど、よろしくお願いいたします。

シニアライフを考える会
新井 さやか
"""
    html = html_page("<div dir=\"ltr\">" + text.replace("\n", "<br>\n") + "</div>")
    h = hdrs(mid, "Wed, 04 Mar 2026 12:18:44 +0900",
             addr("新井さやか", "sayaka.arai.hc@gmail-like.example.com", "utf8"),
             ew("会報での紹介について", "utf8"),
             host="mail-oa1-f54.gmail-like.example.com", ip="209.85.160.54")
    eml = multipart(h, "alternative", "000000000000e7a1c40646b2f9d8",
                    [leaf(text, "utf-8", '"UTF-8"', "quoted-printable"),
                     leaf(html, "utf-8", '"UTF-8"', "quoted-printable", "text/html")])
    g = gold(mid, "general", name="新井 さやか", email="sayaka.arai.hc@gmail-like.example.com",
             organization="シニアライフを考える会")
    add(33, "study-group-newsletter-link-permission-alt", "general",
        "multipart/alternative UTF-8 quoted-printable text + HTML (Gmail)", "easy",
        "A study group's organiser asks permission to quote the programme's web site and link to it in its bulletin: general; organization is the group (from the greeting and signature); no phone; 定年後 and 年に二回 are not data",
        eml, g)


def m034():
    mid = "20260126.195533.oba-minoru@akiyama-home.example.jp"
    body = """突然のメール失礼します。
長野県の栄村に住んでいる大場と申します。

村に一つしかない診療所の先生が、高齢のため今年いっぱいで辞められると聞きました。
冬は雪が深く、隣町の病院まで一時間以上かかる日もあり、
年寄りばかりの村なので、みんな本当に困っています。

新聞で、医師を地方に紹介する事業があると知りました。
こちらから、栄村に来てくれる先生を探していただくことはできないものでしょうか。
私は役場の者でもなんでもない、ただの住民ですが、
何か住民にできることがあれば教えてください。

大場 稔
自宅 0269-87-3264
"""
    h = hdrs(mid, "Mon, 26 Jan 2026 19:55:33 +0900",
             addr("大場 稔", "oba-minoru@akiyama-home.example.jp", "utf8"),
             ew("村の診療所の先生がいなくなります", "utf8"),
             host="mail.akiyama-home.example.jp", ip="198.51.100.188")
    eml = single(h, body, "utf-8", "UTF-8", "8bit")
    g = gold(mid, "general", name="大場 稔", email="oba-minoru@akiyama-home.example.jp",
             phone="0269873264")
    add(34, "resident-asks-for-doctor-sakae-utf8", "general",
        "text/plain UTF-8 8bit", "hard",
        "A resident (not the village office, says so) asks the programme to find a doctor for the village clinic: general, not hospital (a person with no institution recruiting); 長野県/栄村 and 今年いっぱい are not lead data; organization null",
        eml, g)

# ================================================================== unsubscribe

def m035():
    mid = "SY4P282MB3570A1C2E3F4B5D6@SY4P282.prod.outlook.example.com"
    body = """Hello,

I work at the front desk of Minato Bay International Clinic. Two of our addresses
are on your mailing list:

  dr.kondo@minatobay-clinic.example.jp  (Dr. Kondo retired from the clinic in March)
  info@minatobay-clinic.example.jp

Could you please unsubscribe both of them from your newsletter? We do not recruit
through your programme, and the mails keep arriving at the reception.

Thank you,
Emma Whitfield
Reception, Minato Bay International Clinic
Tel: 045-680-2271
"""
    h = hdrs(mid, "Thu, 09 Apr 2026 02:31:17 +0000",
             "Emma Whitfield <e.whitfield@minatobay-clinic.example.jp>",
             "Please unsubscribe our addresses",
             host="mail-sy4p282.outbound.outlook.example.com", ip="52.101.150.22",
             extra=[("Content-Language", "en-US")])
    eml = single(h, body, "us-ascii", "us-ascii", "7bit")
    g = gold(mid, "unsubscribe", name="Emma Whitfield", email="e.whitfield@minatobay-clinic.example.jp",
             phone="0456802271", organization="Minato Bay International Clinic")
    add(35, "english-reception-unsubscribe-two-addresses", "unsubscribe",
        "text/plain us-ascii 7bit; English; Date +0000", "medium",
        "Clinic receptionist asks in English to unsubscribe two clinic addresses (one a retired doctor's): unsubscribe; person fields are the writer's (email her From, not the listed addresses); organization without 'Reception'; 'Dr. Kondo' is not the name",
        eml, g)


def m036():
    mid = "TYCP286MB4411B2C3D4E5F6A7B8C9D0E1F2A3B0@TYCP286.prod.outlook.example.com"
    newsletter = """━━━━━━━━━━━━━━━━━━━━━━
地域医療マッチング通信　2026年3月号
━━━━━━━━━━━━━━━━━━━━━━
■今月の新着求人
・北海道 稚内市　内科　常勤（令和8年4月～）
・島根県 隠岐の島町　整形外科　非常勤 週2日
・高知県 四万十市　スポット（当直・日直）

■登録医師の声
「定年後、72歳で山間の診療所に赴任しました」

配信停止をご希望の方は、このメールにご返信ください。
""" + SEC_SIG
    body = """お世話になります。
今後、このようなメールは不要ですので、送信先のリストから外していただけますか。
よろしくお願いいたします。

みやした整形外科医院
受付　宮下 典子
TEL：0276-45-3190

-----Original Message-----
From: 地域医療マッチング事務局 <md@md2-rm.example.org>
Sent: Tuesday, March 10, 2026 9:00 AM
To: info@miyashita-seikei.example.jp
Subject: 地域医療マッチング通信　2026年3月号

""" + newsletter
    h = hdrs(mid, "Tue, 10 Mar 2026 13:42:05 +0900",
             addr("みやした整形外科医院", "info@miyashita-seikei.example.jp", "msjis"),
             ew("RE: 地域医療マッチング通信　2026年3月号", "msjis"),
             host="mail-tycp286.outbound.outlook.example.com", ip="52.101.229.61",
             extra=[("In-Reply-To", "<news-202603.md@md2-rm.example.org>")])
    eml = single(h, body, "ms-iso2022jp", "iso-2022-jp", "quoted-printable")
    g = gold(mid, "unsubscribe", name="宮下 典子", email="info@miyashita-seikei.example.jp",
             phone="0276453190", organization="みやした整形外科医院")
    add(36, "outlook-reply-remove-from-list-newsletter-msjis-qp", "unsubscribe",
        "text/plain iso-2022-jp (CP932 rows ～) quoted-printable; Outlook reply above the quoted newsletter", "hard",
        "'送信先のリストから外していただけますか' without the words 配信停止/購読解除 above a quoted newsletter full of job data (北海道/島根県/高知県, 内科/整形外科, 常勤/非常勤 週2日/スポット, 令和8年4月, 72歳): unsubscribe; the clinic's receptionist is the person, organization the clinic, phone hers",
        eml, g)

# =================================================================== auto_reply

def m037():
    mid = "autoreply.20251112180533.39c1@tsuruga-kaiyo-hp.example.jp"
    body = """※このメールは自動返信です。

地域医療マッチング事務局 様

お問い合わせいただき、ありがとうございます。
敦賀かいよう病院 人事課 採用担当です。

メールを受信いたしました。内容を確認のうえ、
３営業日以内に担当者よりご連絡いたします。

お急ぎの場合は、人事課（0770-22-5108）までお電話ください。
受付時間：平日 8:30～17:15

――――――――――――――――――
医療法人 敦賀かいよう会　敦賀かいよう病院
人事課 採用担当
"""
    h = hdrs(mid, "Wed, 12 Nov 2025 18:05:33 +0900",
             addr("敦賀かいよう病院 採用担当", "saiyo@tsuruga-kaiyo-hp.example.jp", "msjis"),
             ew("【自動返信】Re: 整形外科医師のご紹介について", "msjis"),
             rp="", host="mail.tsuruga-kaiyo-hp.example.jp", ip="203.0.113.185",
             extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
                    ("In-Reply-To", "<20251112180211.7A3C.md@md2-rm.example.org>")])
    eml = single(h, body, "ms-iso2022jp", "ISO-2022-JP", "7bit")
    add(37, "hospital-hr-autoreply-auto-submitted-msjis", "auto_reply",
        "text/plain ISO-2022-JP (CP932 ～) 7bit; Auto-Submitted: auto-replied, X-Autoreply, empty Return-Path", "easy",
        "A hospital HR desk's automatic receipt for the secretariat's introduction of an orthopaedist: auto_reply, not hospital; the HR phone, 整形外科 in the Subject and the hospital name are not lead data",
        eml, gold(mid, "auto_reply"))


def m038():
    mid = "20250813080114.autoreply.4a0e@hayashi-naika.example.jp"
    body = """このメールは自動送信されています。

いつも林内科クリニックをご利用いただき、ありがとうございます。
誠に勝手ながら、当院は下記の期間、夏季休診とさせていただきます。

　休診期間：2025年8月13日（水）～8月17日（日）

休診期間中にいただいたメールには、8月18日（月）以降に順次お返事いたします。
急病の際は、糸魚川市休日診療所（025-552-0119）をご利用ください。

林内科クリニック
"""
    h = hdrs(mid, "Wed, 13 Aug 2025 08:01:14 +0900",
             addr("林内科クリニック", "info@hayashi-naika.example.jp", "sjis"),
             ew("Re: 【地域医療マッチング通信】8月号", "sjis"),
             host="mail.hayashi-naika.example.jp", ip="198.51.100.45",
             extra=[("Precedence", "bulk"), ("X-Auto-Response-Suppress", "All")])
    eml = single(h, body, "cp932", "Shift_JIS", "8bit")
    add(38, "clinic-summer-closure-autoreply-cp932", "auto_reply",
        "text/plain labelled Shift_JIS, bytes CP932 (～) 8bit; Precedence: bulk, X-Auto-Response-Suppress; Subject 'Re:' only", "medium",
        "A clinic's summer-closure notice sent in reply to the newsletter: auto_reply by its wording (自動送信, 休診) and Precedence, although the Subject is a plain 'Re:'; the dates, the holiday-clinic phone and 糸魚川市 are not lead data",
        eml, gold(mid, "auto_reply"))

# ========================================================================= spam

def m039():
    mid = "20260115031207.88201.notice@mhlw-ishi-kakunin.example.com"
    inner = """<div style="max-width:600px;margin:auto;font-family:sans-serif">
<h2 style="color:#003b7a">【重要】医籍登録情報のご確認について</h2>
<p>医師の皆様へ</p>
<p>令和8年度より、医籍登録情報のオンライン確認制度が開始されました。<br>
下記の期限までに登録情報をご確認いただけない場合、<b>医師免許の効力が一時停止</b>される場合がございます。</p>
<p>確認期限：<b>2026年1月22日</b></p>
<p style="text-align:center"><a href="https://mhlw-ishi-kakunin.example.com/login?id=5529183" style="background:#003b7a;color:#fff;padding:12px 24px;text-decoration:none">登録情報を確認する</a></p>
<p>確認には、医籍登録番号、生年月日、ご登録の銀行口座が必要です。</p>
<p style="font-size:12px;color:#666">医籍登録確認センター<br>本メールは送信専用アドレスから配信しています。</p>
</div>"""
    h = hdrs(mid, "Thu, 15 Jan 2026 03:12:07 +0000",
             addr("医籍登録確認センター", "notice@mhlw-ishi-kakunin.example.com", "utf8"),
             ew("【重要】医籍登録情報の確認のお願い（期限：1月22日）", "utf8"),
             host="vps-4821.cheap-host.example.com", ip="203.0.113.247",
             extra=[("Reply-To", "support@ishi-kakunin-desk.example.com"), ("X-Priority", "1")])
    eml = single(h, html_page(inner), "utf-8", "UTF-8", "base64", "text/html")
    add(39, "fake-medical-licence-check-phishing-html-b64", "spam",
        "text/html only, UTF-8 base64; Reply-To to another domain; X-Priority 1; Date +0000", "medium",
        "Phishing that poses as a licence-register check for physicians (医師の皆様, 医師免許, 生年月日, 銀行口座): spam, not doctor or general; no lead fields despite the Reply-To; 令和8年度 and the deadline are not a start",
        eml, gold(mid, "spam"))


def m040():
    mid = "0101019b2c7e5d3a-8f41-4c2b.hojokin@mail.hojokin-navi.example.com"
    body = """医療機関ご担当者様

いつもお世話になっております。
補助金・助成金の申請サポート「ホジョキンナビ」でございます。

★医師確保・地域医療に使える補助金、申請はお済みですか？★

・常勤医の招へいにかかる赴任手当・住宅費
・非常勤医師、当直医の確保にかかる費用
・へき地診療所の設備更新（北海道から沖縄まで全国対応）

採択率92％の専門スタッフが、書類作成から提出まで完全代行！
着手金0円、成功報酬は交付額の15％のみです。

▼無料診断はこちら（最短1分）
https://hojokin-navi.example.com/iryo/shindan?utm_source=mail

お電話でのご相談：0120-48-7716（平日9:00～18:00）

─────────────────────────
株式会社ホジョキンナビ
※配信停止はこちら：https://hojokin-navi.example.com/optout
─────────────────────────
"""
    h = hdrs(mid, "Tue, 21 Oct 2025 01:30:00 +0000",
             addr("ホジョキンナビ", "info@mail.hojokin-navi.example.com", "utf8"),
             ew("【医療機関様向け】医師確保に使える補助金、まだ間に合います", "utf8"),
             rp="bounce-7731@mail.hojokin-navi.example.com",
             host="a27-14.smtp-out.hojokin-navi.example.com", ip="54.240.27.14",
             extra=[("List-Unsubscribe", "<https://hojokin-navi.example.com/optout>"),
                    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                    ("Precedence", "bulk")])
    eml = single(h, body, "utf-8", "UTF-8", "quoted-printable")
    add(40, "subsidy-consultant-mass-mail-utf8qp", "spam",
        "text/plain UTF-8 quoted-printable; List-Unsubscribe(+Post), Precedence: bulk; Date +0000", "easy",
        "A subsidy-application agency's mass mail to medical institutions (医師確保, 常勤医/非常勤医師/当直医, 北海道/沖縄/全国, へき地診療所, a 0120 number, 配信停止 link): spam, not hospital or unsubscribe; no lead fields",
        eml, gold(mid, "spam"))


# ========================================================================= main

def build():
    MAILS.clear()
    for n in range(1, 41):
        globals()["m%03d" % n]()
    return list(MAILS)


def main():
    write_set(build(), sys.argv[1] if len(sys.argv) > 1 else HERE)


if __name__ == "__main__":
    main()
