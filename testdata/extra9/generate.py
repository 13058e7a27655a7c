#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Development mails for madoguchi parse: 60 invented messages + gold labels.

    python3 generate.py [OUTDIR]     # writes NNN-slug.eml, NNN-slug.json, index.tsv

The set is about telling who writes: physicians who talk at length about the hospital
they work in, clinic owners closing their clinic, hospital and clinic directors who are
physicians but write to recruit, clinics seeking a successor or a locum, relatives
writing for a physician, and mail from physicians, nurses, pharmacists, students and
journalists that is not about a post at all.

The gold follows the lead contract (docs/lead.md) and the conventions of
samples/README.md. People, institutions, numbers and addresses are invented; only
.example.jp / .example.com / .example.org domains are used. Output is deterministic.
The MIME and encoding helpers are those of ../tools/mailgen.py.
"""
import base64
import datetime
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tools"))
from mailgen import (  # noqa: E402
    addr, ew, gmail_html, gold, html_divs, leaf, multipart, quote, raw_part,
    SEC_SIG, single, std, write_set, KINKI)

MAILS = []

# kind -> (codec, charset label, transfer encoding, header charset, index text)
KINDS = {
    "jis": ("iso2022_jp", "ISO-2022-JP", "7bit", "jis", "text/plain ISO-2022-JP 7bit"),
    "msjis": ("ms-iso2022jp", "iso-2022-jp", "7bit", "msjis",
              "text/plain iso-2022-jp 7bit (Outlook)"),
    "sjis": ("shift_jis", "Shift_JIS", "8bit", "sjis", "text/plain Shift_JIS 8bit"),
    "cp932": ("cp932", "Shift_JIS", "8bit", "cp932", "text/plain CP932 labelled Shift_JIS 8bit"),
    "euc": ("euc_jp", "EUC-JP", "8bit", "euc", "text/plain EUC-JP 8bit"),
    "utf8": ("utf-8", "UTF-8", "8bit", "utf8", "text/plain UTF-8 8bit"),
    "utf8b": ("utf-8", "UTF-8", "base64", "utf8", "text/plain UTF-8 base64"),
    "utf8q": ("utf-8", "UTF-8", "quoted-printable", "utf8", "text/plain UTF-8 quoted-printable"),
    "ascii": ("us-ascii", "us-ascii", "7bit", None, "text/plain us-ascii 7bit"),
}


def when(s, tz="+0900"):
    """'2026-09-08 20:41:15' -> an RFC 5322 date in the given zone."""
    dt = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    return dt.strftime("%a, %d %b %Y %H:%M:%S ") + tz


def h8(seed, n=8):
    return hashlib.sha1(seed.encode()).hexdigest()[:n].upper()


def make_mid(style, seed, date, domain):
    dt = datetime.datetime.strptime(date[5:25], "%d %b %Y %H:%M:%S")
    if style == "becky":
        return "%s.%s.%s@%s" % (dt.strftime("%Y%m%d%H%M%S"), h8(seed, 4), h8(seed + "b"), domain)
    if style == "uuid":
        x = hashlib.sha1(seed.encode()).hexdigest()
        return "%s-%s-4%s-a%s-%s@%s" % (x[:8], x[8:12], x[13:16], x[17:20], x[20:32], domain)
    if style == "gmail":
        b = base64.b64encode(hashlib.sha1(seed.encode()).digest()).decode().replace("/", "_")
        return "CA%s%s@mail.gmail.example.com" % (b[:20], h8(seed + "g", 10).lower())
    if style == "outlook":
        return "TYWPR01MB%s%s@TYWPR01MB%s.jpnprd01.prod.outlook.example.com" % (
            h8(seed, 4), h8(seed + "o", 12), h8(seed, 4))
    if style == "iphone":
        return "%s-%s-%s@%s" % (h8(seed, 8), h8(seed + "i", 4), h8(seed + "j", 12), domain)
    if style == "form":
        return "form-%s-%s@%s" % (dt.strftime("%Y%m%d%H%M%S"), h8(seed, 4).lower(), domain)
    raise ValueError(style)


def pdf_part(fname_2231):
    data = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    return raw_part("application/pdf;\n name*=UTF-8''%s" % fname_2231, data, "base64",
                    extra=[("Content-Disposition", "attachment;\n filename*=UTF-8''%s" % fname_2231)])


def flow(text, width=34):
    """format=flowed with DelSp=yes: long lines broken, each broken piece ends in a space."""
    out = []
    for line in text.rstrip("\n").split("\n"):
        line = line.rstrip()
        while len(line) > width:
            out.append(line[:width] + " ")
            line = line[width:]
        out.append(line)
    return "\n".join(out) + "\n"


def mk(num, slug, cat, diff, desc, kind, date, fname, femail, subj, body, g,
       style="becky", host=None, ip="203.0.113.%d", mailer=None, reply_to=None, extra=(),
       html=None, attach=None, note=""):
    """One mail -> MAILS. kind: a KINDS key, or flowed-jis, flowed-utf8, html-utf8, html-sjis,
    alt-utf8, alt-jis, mixed-utf8 (plain text + the PDF named by attach)."""
    domain = femail.split("@")[1]
    mid = make_mid(style, slug, date, domain)
    if kind in KINDS:
        codec, label, cte, hcs, etext = KINDS[kind]
    elif kind.startswith("flowed-"):
        codec, label, cte, hcs, etext = KINDS[kind[7:]]
    else:
        hcs, etext = {"alt-jis": "jis", "html-sjis": "sjis"}.get(kind, "utf8"), ""
    subj_h = subj if subj.isascii() else ew(subj, hcs or "utf8")
    frm = addr(fname, femail, None if (not fname or fname.isascii()) else (hcs or "utf8"))
    ex = []
    if reply_to:
        ex.append(("Reply-To", reply_to))
    if mailer:
        ex.append(("X-Mailer", mailer))
    ex += list(extra)
    hdrs = std(mid, date, frm, subj_h, host or ("mail." + domain), ip % (num + 10), extra=ex)
    if kind in KINDS:
        eml = single(hdrs, body, codec, label, cte)
    elif kind.startswith("flowed"):
        eml = single(hdrs, flow(body), codec, label, cte, extra="; format=flowed; delsp=yes")
        etext = etext.replace("text/plain", "text/plain format=flowed DelSp=yes")
    elif kind == "html-utf8":
        eml = single(hdrs, html if html is not None else html_divs(body), "utf-8", "UTF-8",
                     "quoted-printable", ctype="text/html")
        etext = "text/html only, UTF-8 quoted-printable"
    elif kind == "html-sjis":
        eml = single(hdrs, html if html is not None else html_divs(body, "shift_jis"), "shift_jis",
                     "Shift_JIS", "8bit", ctype="text/html")
        etext = "text/html only, Shift_JIS 8bit"
    elif kind.startswith("alt"):
        if kind == "alt-jis":
            p1 = leaf(body, "iso2022_jp", "ISO-2022-JP", "7bit")
            p2 = leaf(html if html is not None else html_divs(body, "iso-2022-jp"), "iso2022_jp",
                      "ISO-2022-JP", "quoted-printable", ctype="text/html")
            etext = "multipart/alternative: text/plain ISO-2022-JP 7bit + text/html ISO-2022-JP quoted-printable"
        else:
            p1 = leaf(body, "utf-8", "UTF-8", "base64")
            p2 = leaf(html if html is not None else html_divs(body), "utf-8", "UTF-8",
                      "quoted-printable", ctype="text/html")
            etext = "multipart/alternative: text/plain UTF-8 base64 + text/html UTF-8 quoted-printable"
        eml = multipart(hdrs, "alternative", "----=_Alt_%s" % h8(slug, 16), [p1, p2])
    elif kind == "mixed-utf8":
        p1 = leaf(body, "utf-8", "UTF-8", "8bit")
        eml = multipart(hdrs, "mixed", "----=_Mix_%s" % h8(slug, 16), [p1, pdf_part(attach)],
                        preamble="This is a multi-part message in MIME format.")
        etext = "multipart/mixed: text/plain UTF-8 8bit + application/pdf with an RFC 2231 UTF-8 file name"
    else:
        raise ValueError(kind)
    if hcs and not subj.isascii():
        etext += "; Subject RFC 2047 %s B" % {"jis": "ISO-2022-JP", "msjis": "iso-2022-jp", "sjis": "Shift_JIS",
                                               "cp932": "Shift_JIS", "euc": "EUC-JP", "utf8": "UTF-8"}[hcs]
    if note:
        etext += "; " + note
    MAILS.append(dict(num=num, slug=slug, cat=cat, enc=etext, diff=diff, desc=desc, eml=eml,
                      gold=gold(mid, cat, **g)))


# The secretariat's newsletter, as quoted in replies to it.
NEWS_JOBS = """━━━━━━━━━━━━━━━━━━━━━━━━━━━━
地域医療マッチング通信　第41号（2026年10月）
━━━━━━━━━━━━━━━━━━━━━━━━━━━━
先生方、いつもお読みいただきありがとうございます。
今月は、新たに寄せられた求人の中から三件をご紹介します。

【求人A】島根県 隠岐の島町　隠岐しおかぜ病院
　整形外科／常勤／令和9年4月〜／住宅あり（家具付き）
【求人B】青森県 むつ市　下北みらいクリニック
　小児科／非常勤 週1日／随時
【求人C】宮崎県 日南市　日南ひまわり透析クリニック
　人工透析／非常勤 週2日／2027年1月〜

詳細は事務局までお問い合わせください（担当：小野寺）。
■ 配信停止をご希望の方は、このメールにその旨ご返信ください。
""" + SEC_SIG

NEWS_DOCTORS = """━━━━━━━━━━━━━━━━━━━━━━━━━━━━
地域医療マッチング通信（医療機関版）　2026年11月号
━━━━━━━━━━━━━━━━━━━━━━━━━━━━
医療機関・自治体ご担当者様
今月、事業に新たにご登録いただいた先生の一部をご紹介します（ご本人の了承済み）。

◇登録医師1　60代前半・男性　内科（一般内科、糖尿病）
　　希望：九州地方／常勤／2027年4月から
◇登録医師2　50代後半・女性　小児科
　　希望：関東地方／非常勤 週2日
◇登録医師3　70歳・男性　整形外科
　　希望：地域は問わない／非常勤・当直可

ご関心のある医療機関様は、本メールにご返信ください。
""" + SEC_SIG


# ======================================================================= doctor

mk(1, "internist-sendai-hospital-at-length-iwate-akita", "doctor", "hard",
   "Diabetologist describes at length the Sendai hospital he works in (320 beds, its departments and its own shortage of doctors) before his own wish: organization is that hospital; specialties only his own (糖尿病・内分泌内科 + 内科), not the hospital's departments; 岩手県/秋田県; 昭和37年生まれ -> 1962; 令和9年4月 -> 2027-04; hospital switchboard comes after his mobile",
   "jis", when("2026-09-08 20:41:15"), "千葉 正臣", "m-chiba@sendai-kosei.example.jp",
   "定年後の勤務についてご相談です", """地域医療マッチング事務局 御中

はじめてご連絡いたします。千葉 正臣と申します。

私は現在、仙台市泉区の社会医療法人 杜の会 仙台杜の都病院で糖尿病・内分泌内科の部長をしております。
当院は病床320床、救急告示病院で、循環器内科、消化器内科、外科、整形外科、脳神経外科などがそろい、
研修医も毎年数名受け入れている、地域ではそこそこ大きな病院です。
それでも近年は医師の確保に苦労しており、病棟当直も部長クラスが月4回は入っている状況で、
都市部の病院でさえこうなのだから、沿岸部や県境の町はどれほど大変だろうと常々思っておりました。

さて、本題です。
私は昭和37年生まれで、令和9年3月末に当院を定年退職いたします。
その後は、医師が不足している地域で、常勤医として何年か働きたいと考えております。
希望地は岩手県の沿岸部（宮古や釜石のあたり）、あるいは秋田県です。
妻の郷里が秋田ですので、秋田県であれば内陸でも構いません。

専門は糖尿病・内分泌内科ですが、一般内科の外来・病棟は長年担当しておりますので、
内科全般で働ける職場を探しております。着任は令和9年4月からを希望します。

面談などが必要でしたら、平日の夕方以降であれば対応できます。
どうぞよろしくお願いいたします。

千葉 正臣
携帯：090-4471-2086
（勤務先代表 022-378-4410　内線2315）
""", dict(name="千葉 正臣", email="m-chiba@sendai-kosei.example.jp", phone="09044712086",
          birth_year=1962, organization="社会医療法人 杜の会 仙台杜の都病院",
          specialties=["糖尿病・内分泌内科", "内科"], prefectures=["岩手県", "秋田県"],
          employment=["full_time"], start="2027-04"),
   mailer="Becky! ver. 2.81.08 [ja]")

mk(2, "clinic-owner-closing-yokohama-nagano-sjis", "doctor", "hard",
   "Clinic owner in Yokohama is closing his own clinic (閉院, no successor: not a succession request) and wants work for himself: organization is his clinic, phone its TEL; 今年で66になります -> 66; 胃カメラ・大腸カメラ + 消化器内科 and 内科; 週3日 非常勤 in 長野県; 2027年5月頃から -> 2027-05 (3月末 is the closure)",
   "sjis", when("2026-09-14 13:02:47"), "森下 健吾", "morishita@aoba-fami.example.jp",
   "閉院後の勤務先について", """ドクターセカンドキャリア事務局 ご担当者様

横浜市青葉区で「あおばファミリー内科クリニック」の院長をしております、森下と申します。

開業して22年になりますが、建物の老朽化と後継者がいないことから、
来年3月末をもって当院を閉院することにいたしました。
患者さんの紹介先もほぼ決まり、職員の再就職も目処がついてきたところです。

閉院後は、私自身が勤務医として、どこか医師の少ない地域で働きたいと思っております。
家内と以前から話していた長野県への移住を考えており、長野県内で、週3日程度の非常勤の仕事があれば幸いです。

内科の外来が中心ですが、消化器内科の出身ですので胃カメラ・大腸カメラもまだ十分にできます。
今年で66になりますが、体力的な心配は今のところありません。
片付けもありますので、勤務は2027年5月頃からを考えております。

何かございましたら、下記クリニックまでご連絡ください（診療時間外は携帯に転送されます）。

あおばファミリー内科クリニック
院長　森下 健吾
〒227-0062 横浜市青葉区青葉台2-14-9
TEL 045-973-5521
""", dict(name="森下 健吾", email="morishita@aoba-fami.example.jp", phone="0459735521", age=66,
          organization="あおばファミリー内科クリニック", specialties=["内科", "消化器内科"],
          prefectures=["長野県"], employment=["part_time"], days_per_week=3, start="2027-05"),
   mailer="Microsoft Outlook 16.0")

mk(3, "wife-for-surgeon-doto-jis", "doctor", "hard",
   "Wife writes for her husband, a 62-year-old surgeon: person fields are his (name from 夫・大河原 誠), email and phone hers; 道東 -> 北海道 (釧路 is her home town); 来春 gives no start; his current hospital is unnamed (organization null)",
   "jis", when("2026-09-21 10:15:33"), "大河原 弓子", "yumiko.okawara@sainet.example.jp",
   "夫の転職についての相談", """地域医療マッチング事務局さま

突然のメール失礼いたします。埼玉県在住の大河原と申します。
夫・大河原 誠（62歳、外科医）のことでご相談させてください。

夫は県内の公立病院で長く胃や大腸の手術をしてまいりましたが、
手術からは少し離れて、これからは地域の病院で外科の外来や病棟を担当したいと申しております。
私が釧路の出身ということもあり、夫婦で北海道の道東に移り住むことを考えています。

夫は常勤で働くつもりでおります。来春には今の病院を辞める予定です。
本人は仕事が立て込んでいてなかなかメールを書く時間がとれず、
まずは私から、こういう相談にのっていただけるのかどうかお尋ねする次第です。

ご返信はこのアドレスか、私の携帯（080-5923-1174）までお願いいたします。

大河原 弓子
""", dict(name="大河原 誠", email="yumiko.okawara@sainet.example.jp", phone="08059231174", age=62,
          specialties=["外科"], prefectures=["北海道"], employment=["full_time"]),
   style="uuid", mailer="Mozilla Thunderbird")

mk(4, "son-for-pediatrician-father-ehime-gmail", "doctor", "hard",
   "Son writes for his father (71, paediatrician): name, age and the father's own address and home phone given in the body are the lead's (not the son's From or mobile); 愛媛県, 週2日程度 非常勤 -> part_time/2; 年明け1月から -> 2027-01; the clinic he retired from is unnamed",
   "alt-utf8", when("2026-10-02 22:48:10"), "越智悠太", "yuta.ochi.1990@gmail.example.com",
   "父（小児科医）の仕事について", """はじめまして、越智悠太と申します。
父のことで問い合わせさせてください。

父・越智 四郎は71歳の小児科医で、松山市内の小児科医院に長く勤めていましたが、今年の3月で退職しました。
本人はまだ診療を続けたい気持ちが強く、愛媛県内で週2日程度、非常勤で働けるところがあればと言っています。
南予の方でも車で通えるそうです。
年明け1月から働けると言っています。

父はメールがあまり得意ではないので私が代わりに書いていますが、
連絡は父に直接していただいて大丈夫です。

父のメールアドレス：shiro.ochi@iyo-net.example.jp
父の自宅電話：089-951-3380

よろしくお願いします。

越智悠太
090-2284-6617
""", dict(name="越智 四郎", email="shiro.ochi@iyo-net.example.jp", phone="0899513380", age=71,
          specialties=["小児科"], prefectures=["愛媛県"], employment=["part_time"], days_per_week=2,
          start="2027-01"),
   style="gmail", host="mail-sor-f41.google.example.com")

mk(5, "form-anesthesia-spot-kansai", "doctor", "medium",
   "Registration form (sent by the form system): email is the one in the body; ふりがな hiragana -> ミナト レイコ; 1965年（昭和40年） and 年齢 61; 関西（近畿）一円 -> 7 prefectures; スポット only; 2026年12月以降 -> 2026-12; current workplace (非常勤) is the organization",
   "utf8q", when("2026-10-05 09:31:02"), "医師登録フォーム", "no-reply@form.md2-rm.example.org",
   "【医師登録】新規登録がありました", """医師登録フォームより、以下の登録がありました。

お名前：湊 玲子
ふりがな：みなと　れいこ
生年月日：1965年（昭和40年）8月3日
年齢：61
メールアドレス：reiko.minato@naniwa-anes.example.jp
電話番号：06-6942-1873
現在の勤務先：医療法人 浪速会 なにわ中央病院（非常勤）
専門・対応可能な診療科：麻酔科（全身麻酔、硬膜外麻酔、ペインクリニック外来は不可）
希望勤務地：関西（近畿）一円
希望勤務形態：スポット（単発の麻酔管理）
希望日数：
勤務開始希望：2026年12月以降
自由記入欄：
手術日の麻酔だけを単発でお引き受けしたいと思っています。前日入りが必要な遠方でも構いません。

--
このメールは送信専用アドレスから自動送信されています。
ドクターセカンドキャリア 地域医療マッチング事務局
""", dict(name="湊 玲子", name_kana="ミナト レイコ", email="reiko.minato@naniwa-anes.example.jp",
          phone="0669421873", age=61, birth_year=1965, organization="医療法人 浪速会 なにわ中央病院",
          specialties=["麻酔科"], prefectures=KINKI, employment=["spot"], start="2026-12"),
   style="form", host="app02.form.md2-rm.example.org", ip="192.0.2.%d")

mk(6, "english-singapore-family-medicine-okinawa", "doctor", "medium",
   "English mail from a Japanese family physician working in Singapore: Kenji Ishimine (Dr. dropped), I am 58 -> 58, family medicine + home visits -> 総合診療科/在宅医療, Okinawa -> 沖縄県, full-time from April 2027 -> 2027-04; the Singapore clinic is the organization; the +81 mobile is the phone (the +65 line has no domestic form)",
   "ascii", when("2026-10-07 11:20:44", "+0800"), "Kenji Ishimine", "k.ishimine@harbourfront-fc.example.com",
   "Inquiry: returning to Japan to work in Okinawa", """Dear Madoguchi team,

My name is Dr. Kenji Ishimine. I am a Japanese physician (Japanese medical licence,
board certified in family medicine) and for the past eleven years I have been working
at Harbourfront Family Clinic in Singapore.

My parents live on the main island of Okinawa and are getting older, so my wife and I
have decided to move back. I would like to work full-time in a community hospital or a
clinic in Okinawa, ideally one that also does home visits. Remote islands are fine.

I am 58 and in good health. I could start in April 2027 at the earliest.

Could you tell me how to register, and whether an online interview is possible before
I return? My Japanese mobile number, which will be active from December, is
+81 80-2291-6604. Until then please use email or my Singapore number +65 6127 4480.

Kind regards,
Kenji Ishimine, MD
Harbourfront Family Clinic, Singapore
""", dict(name="Kenji Ishimine", email="k.ishimine@harbourfront-fc.example.com", phone="08022916604",
          age=58, organization="Harbourfront Family Clinic", specialties=["総合診療科", "在宅医療"],
          prefectures=["沖縄県"], employment=["full_time"], start="2027-04"),
   style="uuid", mailer="Apple Mail (2.3774)")

mk(7, "reply-cardiology-yamagata-gmail-quoted", "doctor", "medium",
   "Gmail reply answering the secretariat's questions: 循環器内科, 山形県 (庄内 named), 非常勤 週4日 -> part_time/4, 2027年1月から; organization 山形すずらん病院; the quoted secretariat text (its phone, examples 常勤/週○日) is not his",
   "utf8b", when("2026-10-09 07:12:55"), "佐久間 徹", "toru.sakuma.md@gmail.example.com",
   "Re: 【地域医療マッチング事務局】ご登録の確認と希望条件について", """小野寺様

ご連絡ありがとうございます。佐久間です。
お尋ねの件、次のとおりです。

勤務地：山形県（庄内地方が第一希望ですが、県内ならどこでも）
勤務形態：非常勤、週4日
開始時期：2027年1月から
その他：現在は山形市内の山形すずらん病院に勤務しております。年内で退職予定です。
　　　　心エコーとホルター解析は引き続きやりたいと思っています（循環器内科）。

よろしくお願いします。
佐久間 徹
070-1184-3926

2026年10月8日(木) 16:40 地域医療マッチング事務局 <md@md2-rm.example.org>:
""" + quote("""佐久間 徹 先生

このたびはご登録いただき、ありがとうございます。事務局の小野寺です。
ご紹介先を探すにあたり、以下の点をお知らせいただけますでしょうか。

・ご希望の勤務地（都道府県、地域）
・ご希望の勤務形態（例：常勤／非常勤、週○日）
・勤務開始のご希望時期

お電話でも承ります（03-6675-9919）。

""" + SEC_SIG) + "\n", dict(name="佐久間 徹", email="toru.sakuma.md@gmail.example.com", phone="07011843926",
          organization="山形すずらん病院", specialties=["循環器内科"], prefectures=["山形県"],
          employment=["part_time"], days_per_week=4, start="2027-01"),
   style="gmail", host="mail-qk1-f52.google.example.com")

mk(8, "newsletter-reply-ortho-oki-listing", "doctor", "hard",
   "Reply to the newsletter about listing A: the quoted newsletter holds three listings (島根/青森/宮崎, 小児科, 透析, 非常勤 週1日 …) that are not his; his own text: 整形外科, 68歳, 島根県, 常勤 from 来年4月 -> 2027-04; he now works 週3日 非常勤 at a Hiroshima clinic (organization) but wants full-time",
   "jis", when("2026-10-16 19:05:21"), "新庄 孝", "t-shinjo@hiroshima-seikei.example.jp",
   "Re: 地域医療マッチング通信 第41号", """事務局ご担当者様

メールマガジン拝見しました。
求人Aの島根県の整形外科の件について、お話を伺いたくご連絡しました。

整形外科医、68歳です。現在は広島市のひろしま中央整形外科クリニックで
週3日の非常勤をしておりますが、常勤でもう一度病院勤務をしたいと考えております。
離島の経験はありませんが、妻も同行するつもりです。
来年4月からであれば、今の勤務先とも無理なく調整できます。

病院の規模、手術の有無、当直の回数などを教えていただけますか。

新庄 孝
携帯 090-8816-2450

""" + quote(NEWS_JOBS) + "\n",
   dict(name="新庄 孝", email="t-shinjo@hiroshima-seikei.example.jp", phone="09088162450", age=68,
        organization="ひろしま中央整形外科クリニック", specialties=["整形外科"], prefectures=["島根県"],
        employment=["full_time"], start="2027-04"),
   mailer="Becky! ver. 2.81.08 [ja]")

mk(9, "curt-mobile-psychiatry-fukuoka", "doctor", "easy",
   "Three-line mobile mail: 精神科, 67歳, 福岡県, 週2日程度 非常勤 -> part_time/2; name only in the last line",
   "sjis", when("2026-10-18 06:47:09"), "", "koga-atsushi@docomo-mail.example.jp",
   "登録希望", """精神科医です。67歳。福岡県内で週2日程度の非常勤を探しています。
連絡は携帯まで 080-3376-5912
古賀 篤
""", dict(name="古賀 篤", email="koga-atsushi@docomo-mail.example.jp", phone="08033765912", age=67,
          specialties=["精神科"], prefectures=["福岡県"], employment=["part_time"], days_per_week=2),
   style="iphone", host="mfsmax.docomo-mail.example.jp")

mk(10, "homecare-clinic-handed-over-goto-euc", "doctor", "hard",
   "Owner of a home-care clinic in Fukuoka whose deputy will take it over (継承 is settled: not a succession request) wants a full-time post on the islands of 長崎県 (五島): organization is his clinic, 59歳, 在宅医療 + 内科, 令和9年4月 -> 2027-04; the clinic TEL in the signature is the phone",
   "euc", when("2026-10-20 14:33:40"), "堤 研一", "tsutsumi@hidamari-zaitaku.example.jp",
   "離島での勤務を希望します", """地域医療マッチング事務局 御中

福岡市早良区で在宅医療専門のクリニックを運営しております、堤と申します。

当院は開設して12年、常勤医3名で約250名の在宅患者さんを診ております。
このたび、副院長が当院を継承してくれることが決まり、私は来年3月で院長を退くことになりました。
継承の手続きは顧問の税理士と進めており、こちらについてのご相談ではございません。

院長を退いた後は、長崎県の離島、特に五島で、常勤医として在宅医療や島の内科診療に携わりたいと考えております。
学生時代の実習で訪れて以来、いつか島で働きたいというのが夢でした。

年齢は59歳です。着任は令和9年4月を希望いたします。
どうぞよろしくお願いいたします。

医療法人 ひだまり会 ひだまり在宅クリニック
院長　堤 研一
TEL 092-874-6631　FAX 092-874-6632
""", dict(name="堤 研一", email="tsutsumi@hidamari-zaitaku.example.jp", phone="0928746631", age=59,
          organization="医療法人 ひだまり会 ひだまり在宅クリニック", specialties=["在宅医療", "内科"],
          prefectures=["長崎県"], employment=["full_time"], start="2027-04"),
   mailer="Sylpheed 3.7.0 (GTK+ 2.24.33; x86_64-pc-linux-gnu)")

mk(11, "hospital-director-stepping-down-kenshin-outlook", "doctor", "hard",
   "Director of a Hamamatsu hospital (a physician, signature 院長) writes at length about his hospital's own recruiting troubles and that it may list posts later, but asks for work for himself after handing over: doctor, not hospital; 髙 in the name; 脳神経外科 + 健診 + 老健 施設医 -> 老健・介護施設; 静岡県 (西部); ①-④ list, 非常勤 週3日, 2027年4月",
   "msjis", when("2026-10-22 17:56:12"), "髙橋 宗一郎", "s-takahashi@hamakita-hp.example.jp",
   "院長退任後の勤務についてのご相談", """地域医療マッチング事務局
ご担当者様

いつもメールマガジンを拝読しております。
浜松市の医療法人社団 遠州会 浜松北病院で院長を務めております、髙橋と申します。

当院は療養病床を含む150床の病院ですが、ご多分にもれず医師の確保には毎年苦労しており、
大学の医局からの派遣も年々減っております。
いずれ当院の求人についても貴事業にご相談させていただくかもしれませんが、
本日は私個人のことでご連絡いたしました。

来年3月で院長職を長男に譲ることになりました。
私自身は脳神経外科が専門ですが、退任後は手術や管理職からは離れ、
健診や老健の施設医として、地域のお役に立てればと考えております。

①勤務地：静岡県内（できれば西部）
②勤務形態：非常勤（週3日）
③開始時期：2027年4月
④その他：当院の非常勤は続けませんので、他院での勤務になります

お忙しいところ恐縮ですが、ご検討のほどよろしくお願い申し上げます。

医療法人社団 遠州会 浜松北病院
院長　髙橋 宗一郎
TEL 053-436-7251（代表）
""", dict(name="髙橋 宗一郎", email="s-takahashi@hamakita-hp.example.jp", phone="0534367251",
          organization="医療法人社団 遠州会 浜松北病院",
          specialties=["脳神経外科", "健診", "老健・介護施設"], prefectures=["静岡県"],
          employment=["part_time"], days_per_week=3, start="2027-04"),
   style="outlook", host="mail-ty1jpn01on2101.outbound.protection.outlook.example.com",
   mailer="Microsoft Outlook 16.0", note="CP932 characters 髙 and ①-④ pushed through JIS")

mk(12, "dermatologist-return-toyama-iphone-html", "doctor", "medium",
   "HTML-only mail from an iPhone: a dermatologist (52歳) returning to work after years of caring for her parents; 富山県, 非常勤 週1日 -> part_time/1, 2027年1月から; the hospital she left is unnamed",
   "html-utf8", when("2026-10-24 21:37:05"), "浅野 美穂", "miho.asano@icloud-mail.example.com",
   "皮膚科医の登録について", """事務局の皆さま

はじめまして。皮膚科医の浅野 美穂と申します。52歳です。
富山市内の病院を辞めてから8年ほど、両親の介護のため臨床を離れていました。
両親を見送り、少しずつ仕事に戻りたいと思っています。

ブランクがあるので、まずは非常勤で週1日、富山県内の病院か診療所の皮膚科外来からと考えています。
2027年1月から働けます。

ブランクのある医師でも登録できるのでしょうか。

浅野 美穂
090-7735-0418

iPhoneから送信
""", dict(name="浅野 美穂", email="miho.asano@icloud-mail.example.com", phone="09077350418", age=52,
          specialties=["皮膚科"], prefectures=["富山県"], employment=["part_time"], days_per_week=1,
          start="2027-01"),
   style="iphone", host="st43p00im-ztfb10071701.me.icloud-mail.example.com",
   html=None)

mk(13, "urology-tottori-numbered-outlook", "doctor", "medium",
   "Outlook mail with a circled-number list (①-④): 泌尿器科, 鳥取県 (米子市周辺), 常勤, 2026年10月 (the month after the Date), 63歳; 髙 not involved; organization is his hospital in Kurashiki; FAX after TEL",
   "msjis", when("2026-09-03 12:24:38"), "吉永 浩二", "k-yoshinaga@kurashiki-minato.example.jp",
   "泌尿器科医の勤務先探し", """地域医療マッチング事務局 御中

お世話になります。
倉敷市の倉敷みなと病院で泌尿器科医長をしております吉永と申します。
一身上の都合で9月末に退職することになり、次の勤務先を探しております。

①勤務地：鳥取県（米子市周辺を希望）
②勤務形態：常勤
③開始：2026年10月から可能
④年齢：63歳

前立腺や膀胱の内視鏡手術の経験が豊富です。
ご多用のところ恐れ入りますが、よろしくお願いいたします。

吉永 浩二
TEL 086-445-2907（自宅）　FAX 086-445-2908
""", dict(name="吉永 浩二", email="k-yoshinaga@kurashiki-minato.example.jp", phone="0864452907", age=63,
          organization="倉敷みなと病院", specialties=["泌尿器科"], prefectures=["鳥取県"],
          employment=["full_time"], start="2026-10"),
   style="outlook", host="mail-os2jpn01on2119.outbound.protection.outlook.example.com",
   mailer="Microsoft Outlook 16.0", note="CP932 characters ①-④ pushed through JIS")

mk(14, "pathology-professor-anywhere-thunderbird", "doctor", "medium",
   "University professor of pathology retiring in March: organization the university without the department (東都医科大学, not 病理学講座); 病理診断 -> 病理診断科; 地域は問いません -> 全国; 週2日 非常勤 -> part_time/2; 2027年4月から; no age written",
   "utf8b", when("2026-10-26 15:08:31"), "宇佐美 徹也", "usami@path.toto-med.example.jp",
   "定年退職後の病理診断業務について", """地域医療マッチング事務局
ご担当者様

東都医科大学 病理学講座の宇佐美と申します。
来年3月で定年退職を迎えるにあたり、ご相談させていただきます。

地方の中小病院では常勤の病理医がおらず、術中迅速診断や生検の診断を外部に頼っている施設が多いと聞いております。
退職後は、そうした病院で病理診断のお手伝いができればと考えております。

・勤務形態：非常勤（週2日程度）
・勤務地：地域は問いません。遠隔での診断にも対応できます。
・開始：2027年4月から

細胞診の専門医資格も持っております。
よろしくお願いいたします。

--
宇佐美 徹也
東都医科大学 病理学講座 教授
03-5842-7716（教室）
""", dict(name="宇佐美 徹也", email="usami@path.toto-med.example.jp", phone="0358427716",
          organization="東都医科大学", specialties=["病理診断科"], prefectures=["全国"],
          employment=["part_time"], days_per_week=2, start="2027-04"),
   style="uuid", mailer="Mozilla Thunderbird")

mk(15, "obstetrician-asks-conditions-kochi-sjis", "doctor", "medium",
   "Obstetrician asks about the conditions of posts in Kochi before registering (housing, how many night duties): doctor; 64歳, 産婦人科, 高知県, 常勤; 当直 is asked about, not wished (employment full_time only); no start",
   "sjis", when("2026-10-28 12:40:19"), "小椋 良平", "ogura@toyohashi-haha.example.jp",
   "高知県での勤務条件について", """事務局御中

豊橋市で「とよはし母と子のクリニック」に勤めております産婦人科医の小椋と申します。64歳です。

高知県で常勤の産婦人科医を探している病院があれば、移ることを考えています。
登録の前に、いくつか伺いたいことがあります。

１．住宅は病院が用意してくれるのが一般的でしょうか。
２．分娩を扱う病院の場合、当直の回数はどのくらいになりそうでしょうか。
３．年齢で断られることはありますか。

分娩はまだ続けたいと思っています。
よろしくお願いします。

小椋 良平（おぐら りょうへい）
携帯 090-1962-5538
""", dict(name="小椋 良平", name_kana="オグラ リョウヘイ", email="ogura@toyohashi-haha.example.jp",
          phone="09019625538", age=64, organization="とよはし母と子のクリニック",
          specialties=["産婦人科"], prefectures=["高知県"], employment=["full_time"]))

mk(16, "aomori-gp-own-hospital-also-recruits-flowed", "doctor", "hard",
   "format=flowed (DelSp=yes) ISO-2022-JP: a generalist says his own hospital also lists posts with the secretariat (trap for hospital) but writes about moving himself to 下北 within 青森県: 総合診療科, 57歳, 常勤, 令和9年4月; organization 弘前ひかり病院",
   "flowed-jis", when("2026-10-29 22:03:56"), "工藤 晃", "a-kudo@hirosaki-hikari.example.jp",
   "個人として登録したいのですが", """地域医療マッチング事務局さま

弘前市の弘前ひかり病院で総合診療科に勤めております工藤と申します。
当院も医師不足で、事務局の求人情報に内科医の募集を載せていただいていると聞いております。
ただ、今回は病院としてではなく、私個人としてのご相談です。

私は57歳になりますが、下北半島のように、さらに医師の少ない地域で働きたいという気持ちがずっとあります。
青森県内で、常勤で総合診療に従事できる病院や診療所を紹介していただけないでしょうか。
時期は令和9年4月からを考えております。

院長にはまだ話しておりませんので、当院へのご連絡はお控えいただき、このアドレスにお願いいたします。

工藤 晃
""", dict(name="工藤 晃", email="a-kudo@hirosaki-hikari.example.jp", age=57,
          organization="弘前ひかり病院", specialties=["総合診療科"], prefectures=["青森県"],
          employment=["full_time"], start="2027-04"),
   style="uuid", mailer="Mozilla Thunderbird")

mk(17, "radiologist-cv-pdf-chiba-ibaraki", "doctor", "medium",
   "Radiologist registers with a CV PDF (RFC 2231 name): ふりがな in hiragana -> イズミ タカシ, 63歳, 放射線科 + 遠隔読影 and 健診 (the reading of health checks), 千葉県/茨城県, 非常勤 週3日, 2027年2月から; organization without department",
   "mixed-utf8", when("2026-11-02 10:45:27"), "泉 隆", "t-izumi@chiba-wangan.example.jp",
   "登録申込み（職務経歴書添付）", """地域医療マッチング事務局
ご担当者様

千葉湾岸総合病院 放射線科の泉 隆（いずみ たかし）と申します。63歳です。
貴事業への登録を希望し、職務経歴書を添付いたします。

来年1月末で退職の予定で、その後は次の条件での勤務を考えています。

　業務：CT・MRIの読影（遠隔読影も可）、健診の胸部写真・マンモグラフィの読影
　勤務地：千葉県または茨城県
　勤務形態：非常勤、週3日
　開始：2027年2月から

よろしくお願いいたします。

泉 隆
電話 043-301-5528
""", dict(name="泉 隆", name_kana="イズミ タカシ", email="t-izumi@chiba-wangan.example.jp",
          phone="0433015528", age=63, organization="千葉湾岸総合病院",
          specialties=["放射線科", "健診"], prefectures=["千葉県", "茨城県"],
          employment=["part_time"], days_per_week=3, start="2027-02"),
   style="uuid", mailer="Mozilla Thunderbird",
   attach="%E8%81%B7%E5%8B%99%E7%B5%8C%E6%AD%B4%E6%9B%B8_%E6%B3%89%E9%9A%86.pdf")

mk(18, "practitioner-weekend-duty-yamanashi", "doctor", "hard",
   "A practitioner who keeps running his clinic in Kofu (当院 throughout, trap for hospital) wants weekend 当直 shifts at hospitals: doctor; spot only; 内科; 山梨県; 来月から in Nov 2026 -> 2026-12; organization is his clinic; clinic TEL first",
   "jis", when("2026-11-04 13:11:50"), "雨宮 修", "amemiya@kofu-naika.example.jp",
   "週末の当直について", """地域医療マッチング事務局 ご担当者様

甲府市で内科医院を開業しております雨宮と申します。

当院は平日のみの診療で、土日は休診にしております。
子どもたちも独立し、週末の時間に余裕ができましたので、
山梨県内の病院で土日の当直をお引き受けできればと思っております。
当院の診療はこれまでどおり続けますので、常勤・非常勤の勤務は考えておりません。

内科医として30年、夜間の急患対応もそれなりに経験しております。
来月から月2回くらいのペースで入れればありがたいです。

雨宮内科医院
院長　雨宮 修
TEL 055-228-4105
携帯 090-3318-7724
""", dict(name="雨宮 修", email="amemiya@kofu-naika.example.jp", phone="0552284105",
          organization="雨宮内科医院", specialties=["内科"], prefectures=["山梨県"],
          employment=["spot"], start="2026-12"),
   mailer="Becky! ver. 2.81.08 [ja]")

mk(19, "er-doctor-shifts-gunma-tochigi-utc-html", "doctor", "hard",
   "HTML-only mobile mail; Date 30 Sep 2026 16:20 UTC is 1 October in Tokyo, so 来月から -> 2026-11 (not 2026-10); 救急 -> 救急科, 日直・当直 -> spot; 群馬県/栃木県; 42歳",
   "html-utf8", when("2026-09-30 16:20:14", "+0000"), "真鍋 拓也", "manabe.t@au-mobile.example.jp",
   "当直・日直のスポット勤務希望", """地域医療マッチング事務局さま

救急医の真鍋です。42歳です。
いま勤めている病院を今月末で辞めて、しばらくはスポットで働きながら次を考えるつもりです。

群馬県か栃木県で、日直・当直のスポット勤務を紹介していただけますか。
救急外来の当直が一番慣れていますが、病棟当直でも大丈夫です。
来月からすぐ入れます。

真鍋 拓也
080-6672-3019
""", dict(name="真鍋 拓也", email="manabe.t@au-mobile.example.jp", phone="08066723019", age=42,
          specialties=["救急科"], prefectures=["群馬県", "栃木県"], employment=["spot"], start="2026-11"),
   style="iphone", host="mfwa03.au-mobile.example.jp")

mk(20, "retired-ent-sanyo-rambling-euc", "doctor", "medium",
   "Long rambling EUC-JP letter from a retired ENT doctor who closed his clinic last year: organization is that clinic (last workplace); 昭和29年生まれ -> 1954 and 72歳; 山陽地方 -> 岡山県/広島県/山口県; 週2日 -> part_time/2; いつからでも -> start null; a grandson's age and the clinic's 35 years are not data",
   "euc", when("2026-11-05 09:58:03"), "松本 義雄", "y-matsumoto@kibi-net.example.jp",
   "耳鼻科医ですが働き口はありますでしょうか", """事務局の皆様

前略
新聞で貴事業の記事を読み、筆をとりました（正確にはキーボードですが）。
私は松本 義雄と申しまして、昭和29年生まれ、72歳の耳鼻咽喉科医です。

倉敷の郊外で「まつもと耳鼻咽喉科医院」を35年やってまいりましたが、昨年、思うところあって閉院いたしました。
閉院してみると、朝起きてもすることがない。庭いじりも釣りも一年で飽きてしまいました。
家内には「また働けばいいじゃない」と言われる始末です。

耳鼻科医の少ない地域では、子どもの中耳炎やめまいの患者さんが遠くの病院まで通っていると聞きます。
週2日くらいの非常勤で、山陽地方のどこか（岡山、広島、山口）で外来をお手伝いできれば本望です。
孫が来年小学校に上がるので、倉敷から日帰りで通える範囲ですとなお嬉しいのですが、贅沢は申しません。

いつからでも働けます。
パソコンは孫に教わりながらですので、お返事はゆっくりで結構です。
草々

松本 義雄
電話 086-462-0913
""", dict(name="松本 義雄", email="y-matsumoto@kibi-net.example.jp", phone="0864620913", age=72,
          birth_year=1954, organization="まつもと耳鼻咽喉科医院", specialties=["耳鼻咽喉科"],
          prefectures=["岡山県", "広島県", "山口県"], employment=["part_time"], days_per_week=2))

mk(21, "palliative-to-homecare-miyazaki-qp", "doctor", "medium",
   "Palliative-care doctor at a hospice wants to do home care in Miyazaki: 緩和ケア + 在宅医療, 宮崎県, 常勤, 2026年12月1日から -> 2026-12-01; organization the hospice (法人 name included)",
   "utf8q", when("2026-11-06 18:22:47"), "日高 さやか", "hidaka.sayaka@yasuragi-hospice.example.jp",
   "在宅医療への転職を考えています", """地域医療マッチング事務局
ご担当者様

医療法人 やすらぎ会 博多やすらぎホスピスで緩和ケアに携わっている日高 さやかと申します。

病棟で多くの方をお看取りするうちに、住み慣れた家で最期を迎えたいという声に応えたいと思うようになりました。
実家のある宮崎県で、在宅医療に取り組む診療所に常勤で勤めたいと考えています。
訪問診療でのがんの疼痛緩和には自信があります。

2026年12月1日から勤務できます。
宮崎県内であれば、山間部でも構いません。

日高 さやか
携帯：080-2730-6158
""", dict(name="日高 さやか", email="hidaka.sayaka@yasuragi-hospice.example.jp", phone="08027306158",
          organization="医療法人 やすらぎ会 博多やすらぎホスピス", specialties=["緩和ケア", "在宅医療"],
          prefectures=["宮崎県"], employment=["full_time"], start="2026-12-01"),
   style="uuid")

mk(22, "reply-visit-request-nayoro-thunderbird", "doctor", "hard",
   "Thunderbird reply to the secretariat's introduction of a Nayoro hospital: he only asks to visit (見学) in the third week of November; the quoted introduction (内科 常勤, 令和9年4月, 北海道名寄市, the hospital's phone) is not his, so specialties, prefectures, employment and start stay empty; his mobile is the phone",
   "jis", when("2026-11-06 08:14:22"), "石黒 英樹", "h-ishiguro@sapporo-nishi.example.jp",
   "Re: 【事務局】名寄市の病院のご紹介", """小野寺様

ご紹介ありがとうございます。
資料を拝見しました。条件については大きな異論はありませんが、
冬の生活のことなど、一度現地を見てから決めたいと思います。
11月の第3週以降であれば平日でも休みが取れますので、見学の調整をお願いできますでしょうか。

石黒 英樹
携帯 090-5107-8842

2026/11/05 17:32, 地域医療マッチング事務局 wrote:
""" + quote("""石黒 英樹 先生

事務局の小野寺です。先日はお電話ありがとうございました。
ご希望に近い求人として、以下の病院をご紹介いたします。

　医療法人 天塩会 なよろ北星病院（北海道名寄市）
　募集：内科 常勤 1名／着任 令和9年4月
　住居：病院敷地内の医師住宅（3LDK）
　病院代表：01654-3-8820

ご関心がございましたら、見学の日程を調整いたします。

""" + SEC_SIG) + "\n", dict(name="石黒 英樹", email="h-ishiguro@sapporo-nishi.example.jp", phone="09051078842"),
   style="uuid", mailer="Mozilla Thunderbird")

mk(23, "occupational-to-clinical-niigata-cp932", "doctor", "medium",
   "Company occupational physician wants to return to clinical internal medicine: CP932 (①, ～) labelled Shift_JIS; organization the company (越後精機株式会社); 1963年生まれ -> 1963; 内科 (産業医 is the present job, not the wish); 新潟県, 週3回 -> part_time/3; 来年度から in Nov 2026 -> 2027-04",
   "cp932", when("2026-11-09 12:05:38"), "関 直樹", "seki.naoki@echigo-seiki.example.jp",
   "臨床に戻りたく、相談です", """地域医療マッチング事務局 御中

越後精機株式会社で専属産業医をしております、関 直樹と申します。1963年生まれです。

大学病院で内科医として15年勤めた後、この10年ほどは産業医の仕事をしてまいりました。
定年を前に、もう一度臨床の現場に戻りたいと考えるようになりました。

希望は以下のとおりです。
① 内科の外来（一般内科、生活習慣病）
② 新潟県内、長岡～魚沼あたり
③ 週3回の非常勤から始められれば
④ 来年度からを希望

ブランクのある者でも対応できる職場があれば、ご紹介いただけますと幸いです。

関 直樹
0258-39-4471（会社・健康管理室）
""", dict(name="関 直樹", email="seki.naoki@echigo-seiki.example.jp", phone="0258394471", birth_year=1963,
          organization="越後精機株式会社", specialties=["内科"], prefectures=["新潟県"],
          employment=["part_time"], days_per_week=3, start="2027-04"))

mk(24, "retired-internist-kenshin-saitama-8bit", "doctor", "easy",
   "Retired internist wants health-check work: 巡回健診 -> 健診, 内科; 埼玉県; 非常勤 週2日; 2027年1月から; 61歳; organization the hospital he retired from (last workplace)",
   "utf8", when("2026-11-10 10:30:00"), "前島 良夫", "maejima.y@kawagoe-home.example.jp",
   "健診業務の求人について", """地域医療マッチング事務局 ご担当者様

前島 良夫と申します。61歳です。
この3月まで川越第一病院で内科医長をしておりました。

今後は無理のない範囲で、健診の仕事（巡回健診や施設での健診の診察）をしたいと考えております。
埼玉県内で、非常勤、週2日程度を希望します。
2027年1月から働けます。

よろしくお願いいたします。

前島 良夫
049-226-3381
""", dict(name="前島 良夫", email="maejima.y@kawagoe-home.example.jp", phone="0492263381", age=61,
          organization="川越第一病院", specialties=["健診", "内科"], prefectures=["埼玉県"],
          employment=["part_time"], days_per_week=2, start="2027-01"),
   style="uuid", mailer="Mozilla Thunderbird")

mk(25, "vice-director-nephrology-wakayama-nara", "doctor", "hard",
   "Vice-director of an Osaka hospital lists its departments and its dialysis unit (trap for specialties and for hospital) before asking for a post for himself: 腎臓内科 + 透析, 和歌山県/奈良県, 常勤, 令和9年4月, 64歳; organization his hospital; his mobile is written before the hospital's number",
   "jis", when("2026-11-12 20:26:09"), "辻 光男", "tsuji-m@higashiosaka-midori.example.jp",
   "勤務先変更の相談（腎臓内科）", """地域医療マッチング事務局 ご担当者様

東大阪市の医療法人 河内会 東大阪みどり病院で副院長をしております辻 光男と申します。

当院は内科、外科、整形外科、リハビリテーション科を標榜する200床の病院で、
透析センター（60床）を併設しております。私はその透析センター長も兼ねております。

64歳になり、副院長の職を後進に譲ることにいたしました。
残りの医師人生は、腎臓内科医・透析医の少ない地域で過ごしたいと思っております。
和歌山県か奈良県の南部の病院で、常勤での勤務を希望いたします。
開始は令和9年4月からでお願いできればと存じます。

連絡先
携帯 090-9046-5512
病院 06-6781-2204（副院長室）

辻 光男
""", dict(name="辻 光男", email="tsuji-m@higashiosaka-midori.example.jp", phone="09090465512", age=64,
          organization="医療法人 河内会 東大阪みどり病院", specialties=["腎臓内科", "透析"],
          prefectures=["和歌山県", "奈良県"], employment=["full_time"], start="2027-04"),
   mailer="Becky! ver. 2.81.08 [ja]")


# ======================================================================= hospital

mk(26, "director-own-career-recruits-surgeon-gujo", "hospital", "hard",
   "Hospital director (a surgeon) writes in the first person about his own career and age before recruiting: hospital, not doctor; 外科 常勤, 2027年4月; 郡上市 (岐阜県); name is the director; no age given as a number; the wish for 'a doctor in his sixties' is not an age",
   "jis", when("2026-09-10 16:44:02"), "遠藤 俊彦", "endo@gujo-hirugano.example.jp",
   "外科医の先生をご紹介ください", """地域医療マッチング事務局 御中

岐阜県郡上市の医療法人 白鳥会 郡上ひるがの病院で院長をしております遠藤と申します。

私自身、外科医として三十年以上、この郡上の地で手術と外来を続けてまいりました。
若い頃は月に十回以上の当直もこなしましたが、さすがに体力の衰えを感じる年齢になりました。
それでも当院の外科医は私ともう一人だけで、虫垂炎や胆嚢炎の手術を止めるわけにはまいりません。

そこで、常勤で外科をお願いできる先生をご紹介いただきたく、ご連絡いたしました。
定年を迎えられた六十代の先生でも大歓迎です。私の経験からも、その年代の先生の力は大きいと感じております。
着任は2027年4月を希望いたします。医師住宅を用意いたします。

医療法人 白鳥会 郡上ひるがの病院
院長　遠藤 俊彦
〒501-5301 岐阜県郡上市高鷲町ひるがの4670-12
TEL 0575-73-2218
""", dict(name="遠藤 俊彦", email="endo@gujo-hirugano.example.jp", phone="0575732218",
          organization="医療法人 白鳥会 郡上ひるがの病院", specialties=["外科"], prefectures=["岐阜県"],
          municipality="郡上市", employment=["full_time"], start="2027-04"),
   mailer="Becky! ver. 2.81.08 [ja]")

mk(27, "clinic-succession-kiso-flowed-utf8", "hospital", "hard",
   "format=flowed UTF-8: a clinic director (a physician, 開業して38年) seeks a successor to take over his clinic (事業承継): hospital; 内科; 木曽町 after 木曽郡 (長野県); 令和9年4月からの承継 -> 2027-04; no employment word, so employment []; his own years are not an age",
   "flowed-utf8", when("2026-09-16 11:27:35"), "木村 昭一", "kimura@kisofukushima-naika.example.jp",
   "医院の承継についてのご相談", """地域医療マッチング事務局 ご担当者様

長野県木曽郡木曽町で「木曽ふくしま内科医院」を開業しております、木村 昭一と申します。

開業して38年、地域のかかりつけ医として診療を続けてまいりましたが、私も高齢となり、子どもたちはいずれも医師ではございません。
閉院すれば、町内で内科の外来を担う医療機関が一つ減り、通院されている約600人の患者さんが困ることになります。

そこで、当院を承継していただける内科の先生を探しております。
建物・医療機器はそのままお使いいただけますし、しばらくは私も引継ぎのためにお手伝いいたします。
できれば令和9年4月からの承継を希望しております。

事業承継の仲介会社にも相談しましたが、地方の医院は引き受け手が少ないと言われました。
貴事業の趣旨にご賛同する先生がいらっしゃれば幸いです。

木曽ふくしま内科医院
院長　木村 昭一
〒397-0001 長野県木曽郡木曽町福島5129-3
TEL 0264-22-3071
""", dict(name="木村 昭一", email="kimura@kisofukushima-naika.example.jp", phone="0264223071",
          organization="木曽ふくしま内科医院", specialties=["内科"], prefectures=["長野県"],
          municipality="木曽町", start="2027-04"),
   style="uuid", mailer="Mozilla Thunderbird")

mk(28, "locum-for-own-clinic-mima-sjis", "hospital", "hard",
   "An orthopaedic surgeon asks for a locum (代診) for his own clinic while he has surgery: hospital, not doctor; 整形外科, spot, 12月7日から in November -> 2026-12-07; 2週間 is not days per week; 美馬市 (徳島県)",
   "sjis", when("2026-11-13 19:40:28"), "三好 和也", "miyoshi@mima-seikei.example.jp",
   "代診の先生を探しています", """地域医療マッチング事務局 ご担当者様

徳島県美馬市で整形外科クリニックを開業しております三好と申します。

私事で恐縮ですが、先日の検査で胆石が見つかり、手術を受けることになりました。
12月7日から2週間ほど休まざるを得ず、その間の外来を代診していただける整形外科の先生を探しております。
当院は医師が私一人で、休診にすると骨粗鬆症の注射や関節の痛みで通院されている患者さんが困ってしまいます。

短期間で申し訳ないのですが、スポットでお願いできる先生がいらっしゃいましたらご紹介ください。
宿泊先と交通費は当院で負担いたします。

みま整形外科クリニック
院長　三好 和也
徳島県美馬市脇町大字猪尻字西分116-2
TEL 0883-52-6480
""", dict(name="三好 和也", email="miyoshi@mima-seikei.example.jp", phone="0883526480",
          organization="みま整形外科クリニック", specialties=["整形外科"], prefectures=["徳島県"],
          municipality="美馬市", employment=["spot"], start="2026-12-07"))

mk(29, "town-office-clinic-urahoro-jis", "hospital", "medium",
   "Town office recruits a full-time doctor for its town clinic: organization 浦幌町役場 (not the section), 総合診療 -> 総合診療科, 北海道, municipality 浦幌町 after 十勝郡, 来年4月 in Sep 2026 -> 2027-04; the retiring doctor's years are not data",
   "jis", when("2026-09-24 14:08:51"), "浦幌町役場 保健福祉課 川島", "hoken@town-urahoro.example.jp",
   "町立診療所の常勤医師の募集について", """地域医療マッチング事務局
ご担当者様

北海道十勝郡浦幌町役場 保健福祉課の川島と申します。

当町の町立浦幌診療所では、20年にわたり勤務された所長が来年3月で退任されることになり、
後任の常勤医師を探しております。
外来（一日40人ほど）と、高齢者施設への往診が主な業務で、総合診療の経験がある先生を希望しております。

着任は来年4月を予定しております。
町で医師住宅をご用意し、引越し費用も負担いたします。

心当たりの先生がおられましたら、ぜひお知らせください。

浦幌町役場 保健福祉課
地域医療係長　川島 雅人
TEL 015-576-2117
""", dict(name="川島 雅人", email="hoken@town-urahoro.example.jp", phone="0155762117",
          organization="浦幌町役場", specialties=["総合診療科", "在宅医療"], prefectures=["北海道"],
          municipality="浦幌町", employment=["full_time"], start="2027-04"))

mk(30, "medical-association-night-clinic-shunan", "hospital", "medium",
   "A city medical association (医師会) recruits doctors for the holiday and night emergency clinic it runs: hospital; 内科/小児科, 休日の日直・夜間の当直 -> spot; 周南市 (山口県); 2027年1月から; organization 周南東医師会",
   "jis", when("2026-10-01 10:02:44"), "周南東医師会 事務局", "jimu@shunan-east-med.example.jp",
   "休日夜間急病診療所の出務医師募集", """ドクターセカンドキャリア 地域医療マッチング事務局 御中

平素より大変お世話になっております。
周南東医師会 事務局の藤井でございます。

当医師会では、周南市の委託を受けて「周南市休日夜間急病診療所」を運営しております。
これまで会員の先生方の輪番で出務をお願いしてまいりましたが、会員の高齢化により、
休日の日直や夜間の当直を担っていただける先生が不足しております。

つきましては、内科または小児科の先生で、日直・当直をスポットでお引き受けいただける方を募集いたします。
2027年1月からの出務を想定しております。
報酬は医師会規定（日直1回、当直1回ごと）によりお支払いいたします。

周南東医師会 事務局
藤井 美香
〒745-0036 山口県周南市本町2-14
TEL 0834-21-7735
""", dict(name="藤井 美香", email="jimu@shunan-east-med.example.jp", phone="0834217735",
          organization="周南東医師会", specialties=["内科", "小児科"], prefectures=["山口県"],
          municipality="周南市", employment=["spot"], start="2027-01"))

mk(31, "tokuyo-visiting-doctor-iga-sjis", "hospital", "medium",
   "A special nursing home (特養) seeks a part-time 配置医: 老健・介護施設, 嘱託 週1回 -> part_time/1, 伊賀市 (三重県), 2027年1月から; the nursing director writes; the facility's bed count is not data",
   "sjis", when("2026-10-06 15:33:17"), "青山荘 看護主任 中森", "kango@iga-seizanso.example.jp",
   "配置医師（嘱託）の募集について", """地域医療マッチング事務局 ご担当者様

三重県伊賀市にございます、社会福祉法人 いがの里 特別養護老人ホーム 青山荘の中森と申します。
看護主任をしております。

当施設（定員80名）の配置医師をお務めいただいていた先生が年内でご退任されることになり、
後任の先生を探しております。

　・業務：入所者の定期回診、健康管理、看取りの対応
　・勤務：嘱託、週1回（半日）
　・開始：2027年1月から

施設は名張との境に近く、伊賀上野駅から車で15分ほどです。
お引き受けいただける先生をご存じでしたら、お力添えをお願いいたします。

社会福祉法人 いがの里 特別養護老人ホーム 青山荘
看護主任　中森 久美
TEL 0595-52-0846
""", dict(name="中森 久美", email="kango@iga-seizanso.example.jp", phone="0595520846",
          organization="社会福祉法人 いがの里 特別養護老人ホーム 青山荘", specialties=["老健・介護施設"],
          prefectures=["三重県"], municipality="伊賀市", employment=["part_time"], days_per_week=1,
          start="2027-01"))

mk(32, "reply-endoscopy-uonuma-outlook-quoted", "hospital", "medium",
   "Outlook reply of a hospital to the secretariat's questions ('-----Original Message-----' below): 内視鏡 + 消化器内科, 非常勤 週1日, 2027年1月から, 魚沼市 (新潟県); the quoted questions (常勤/非常勤, 週○日) and the secretariat phone are not the lead's",
   "msjis", when("2026-10-08 11:48:20"), "魚沼きぼう病院 総務課 星", "soumu@uonuma-kibou.example.jp",
   "RE: 【地域医療マッチング事務局】求人内容の確認", """地域医療マッチング事務局
小野寺様

お世話になっております。魚沼きぼう病院 総務課の星です。
ご質問の件、以下のとおり回答いたします。

■診療科：消化器内科（上部・下部の内視鏡検査が中心です）
■勤務形態：非常勤、週1日（火曜日か木曜日）
■勤務開始：2027年1月から
■勤務地：新潟県魚沼市（当院）
■その他：浦佐駅まで送迎いたします

よろしくお願いいたします。

━━━━━━━━━━━━━━━━━━━━━
医療法人 越路会 魚沼きぼう病院
総務課　星 真由美
〒946-0011 新潟県魚沼市小出島1124
TEL 025-792-5560
━━━━━━━━━━━━━━━━━━━━━

-----Original Message-----
From: 地域医療マッチング事務局 <md@md2-rm.example.org>
Sent: Wednesday, October 7, 2026 4:02 PM
To: soumu@uonuma-kibou.example.jp
Subject: 【地域医療マッチング事務局】求人内容の確認

魚沼きぼう病院
ご担当者様

求人のご依頼ありがとうございます。事務局の小野寺です。
掲載にあたり、次の点をお知らせください。
・診療科
・勤務形態（常勤／非常勤、週○日）
・勤務開始の時期
ご不明な点はお電話（03-6675-9919）でも承ります。
""", dict(name="星 真由美", email="soumu@uonuma-kibou.example.jp", phone="0257925560",
          organization="医療法人 越路会 魚沼きぼう病院", specialties=["消化器内科"], prefectures=["新潟県"],
          municipality="魚沼市", employment=["part_time"], days_per_week=1, start="2027-01"),
   style="outlook", host="mail-ty2jpn01on2137.outbound.protection.outlook.example.com",
   mailer="Microsoft Outlook 16.0")

mk(33, "listing-form-ortho-rehab-ono", "hospital", "medium",
   "Job-listing form sent by the form system: contact's email in the body; ふりがな hiragana with a full-width space -> ヤマウチ ユキ; 整形外科 + リハビリテーション科, 常勤, 2027年4月1日 -> 2027-04-01; 大野市 (福井県)",
   "utf8b", when("2026-10-13 13:20:06"), "求人登録フォーム", "no-reply@form.md2-rm.example.org",
   "【求人登録】新しい求人の申込み", """求人登録フォームより、以下の申込みがありました。

施設名：社会医療法人 越前会 奥越はくさん病院
施設種別：病院（一般病床 120床）
所在地：福井県大野市城町8-21
ご担当者名：山内 由紀
ふりがな：やまうち　ゆき
部署・役職：人事課
メールアドレス：yamauchi-y@okuetsu-hakusan.example.jp
電話番号：0779-65-3308
募集診療科：整形外科、リハビリテーション科
募集人数：1名
勤務形態：常勤
勤務開始時期：2027年4月1日
待遇・備考：年齢不問。住宅手当あり。回復期リハビリテーション病棟の担当をお願いします。

--
このメールは送信専用アドレスから自動送信されています。
""", dict(name="山内 由紀", name_kana="ヤマウチ ユキ", email="yamauchi-y@okuetsu-hakusan.example.jp",
          phone="0779653308", organization="社会医療法人 越前会 奥越はくさん病院",
          specialties=["整形外科", "リハビリテーション科"], prefectures=["福井県"], municipality="大野市",
          employment=["full_time"], start="2027-04-01"),
   style="form", host="app01.form.md2-rm.example.org", ip="192.0.2.%d")

mk(34, "english-niseko-winter-clinic", "hospital", "medium",
   "English mail from an international clinic in a ski resort: a full-time general practitioner for the winter season from December 2026 -> 総合診療科, full_time, 2026-12; 北海道, 倶知安町 from the Japanese address line; 'Dr.' not involved (contact is the manager)",
   "utf8", when("2026-10-15 09:05:40"), "Sarah Whitfield", "sarah@niseko-snowfield.example.com",
   "Winter season doctor wanted - Niseko", """Dear Secretariat,

I am the practice manager of Niseko Snowfield Clinic, a small clinic serving
residents and international visitors in Kutchan, Hokkaido.

Every winter our patient numbers triple with ski injuries, respiratory infections and
the usual problems of travellers. We are looking for a Japanese-licensed general
practitioner who can work full-time for the winter season, from December 2026 to
the end of March 2027. Conversational English would help but is not essential; our
nurses and receptionists are bilingual.

We provide a furnished apartment and a season lift pass.

Could you let us know how to list this position with your programme?

Best regards,
Sarah Whitfield
Practice Manager, Niseko Snowfield Clinic
Address: Hokkaido, Abuta-gun, Kutchan-cho (北海道虻田郡倶知安町字山田170-58)
Tel: 0136-21-7742
""", dict(name="Sarah Whitfield", email="sarah@niseko-snowfield.example.com", phone="0136217742",
          organization="Niseko Snowfield Clinic", specialties=["総合診療科"], prefectures=["北海道"],
          municipality="倶知安町", employment=["full_time"], start="2026-12"),
   style="gmail", host="mail-pj1-f44.google.example.com")

mk(35, "three-line-anesthesia-listing-kasama", "hospital", "easy",
   "Three lines from a hospital director asking how to list a part-time anaesthetist post: 麻酔科, 非常勤; 茨城県 and 笠間市 only from the signature address; no start",
   "utf8", when("2026-10-19 08:02:11"), "さくらおか病院 院長 大津", "otsu@sakuraoka-hp.example.jp",
   "求人掲載について", """さくらおか病院の院長の大津です。
麻酔科医（非常勤）の求人を掲載したいのですが、どうすればよいでしょうか。
手続きを教えてください。

医療法人 桜丘会 さくらおか病院
院長 大津 昌平
茨城県笠間市石井2055-1 / 0296-72-6019
""", dict(name="大津 昌平", email="otsu@sakuraoka-hp.example.jp", phone="0296726019",
          organization="医療法人 桜丘会 さくらおか病院", specialties=["麻酔科"], prefectures=["茨城県"],
          municipality="笠間市", employment=["part_time"]),
   style="iphone")

mk(36, "city-hospital-internists-tome-alt", "hospital", "medium",
   "City hospital's administration recruits two full-time internists: 内科, 常勤, 2027年4月; 登米市 (宮城県); the university's part-time doctors (非常勤) describe the present staff, not the post",
   "alt-utf8", when("2026-10-21 14:51:29"), "登米市立よねやま病院 経営企画係", "keiei@tome-yoneyama.example.jp",
   "常勤内科医の募集（登米市立よねやま病院）", """地域医療マッチング事務局 ご担当者様

宮城県登米市の登米市立よねやま病院 事務局 経営企画係の佐々木と申します。

当院は一般病床90床の市立病院です。
現在、内科の常勤医は3名で、外来の一部は大学からの非常勤の先生方に支えていただいておりますが、
今年度末で常勤医1名が退職し、さらに1名が育児のため勤務を減らす予定です。

このため、2027年4月から常勤でご勤務いただける内科の先生を2名募集いたします。
病棟の主治医と外来をお願いする予定です。
市の制度により、着任時の支度金と医師住宅をご用意しております。

よろしくお願いいたします。

登米市立よねやま病院 事務局 経営企画係
佐々木 智子
TEL 0220-55-2361（直通）
""", dict(name="佐々木 智子", email="keiei@tome-yoneyama.example.jp", phone="0220552361",
          organization="登米市立よねやま病院", specialties=["内科"], prefectures=["宮城県"],
          municipality="登米市", employment=["full_time"], start="2027-04"),
   style="outlook", host="mail-tycpr01.outbound.protection.outlook.example.com")

mk(37, "island-dermatology-miyakojima-jis", "hospital", "medium",
   "Island dermatology clinic seeks a visiting dermatologist: 皮膚科, 非常勤 週1日 -> part_time/1, 2027年2月から; 宮古島市 (沖縄県); flights paid; the director is a physician writing as the recruiter",
   "jis", when("2026-10-23 16:17:45"), "下地 恵", "shimoji@miyako-hifuka.example.jp",
   "皮膚科の非常勤医師について", """地域医療マッチング事務局 御中

沖縄県宮古島市で皮膚科クリニックを営んでおります、下地と申します。

島内の皮膚科医は私一人で、予約が二か月先まで埋まっている状態です。
週1日でも外来を担当していただける皮膚科の先生がいらっしゃれば、本当に助かります。

勤務は非常勤で、週1日（金曜日を希望）、2027年2月からを考えております。
那覇または羽田からの航空券と宿泊は当院で手配いたします。
前日入り・翌日帰りでゆっくり島を楽しんでいただくことも歓迎です。

医療法人 みやこ会 宮古島ひふ科クリニック
院長　下地 恵
TEL 0980-72-4436
""", dict(name="下地 恵", email="shimoji@miyako-hifuka.example.jp", phone="0980724436",
          organization="医療法人 みやこ会 宮古島ひふ科クリニック", specialties=["皮膚科"],
          prefectures=["沖縄県"], municipality="宮古島市", employment=["part_time"], days_per_week=1,
          start="2027-02"))

HITA_OWN = """事務局ご担当者様

いつもメールマガジンをお送りいただきありがとうございます。
大分県日田市の日田すいごう病院で事務長をしております梶原です。

ご紹介の登録医師1の先生に、ぜひ当院をご紹介いただけないでしょうか。
当院でも内科の常勤医を探しております。
勤務開始の時期は先生のご都合に合わせてご相談させていただきます。

当院の概要をお送りしますので、先生にお渡しいただければ幸いです。

日田すいごう病院
事務長 梶原 浩
TEL 0973-24-1185
"""
HITA_ATTR = "2026年11月10日(火) 10:00 地域医療マッチング事務局 <md@md2-rm.example.org>:"

mk(38, "newsletter-doctors-reply-hita-gmail", "hospital", "hard",
   "Hospital replies to the hospitals' newsletter that introduces registered doctors (九州地方, 関東地方, 小児科, 整形外科, 2027年4月 … are the doctors', not the hospital's): its own post is 内科 常勤 in 日田市 (大分県), 時期はご相談 -> start null; the quoted newsletter's phone is the secretariat's",
   "alt-utf8", when("2026-11-11 09:40:12"), "日田すいごう病院 事務長 梶原", "kajiwara@hita-suigo.example.jp",
   "Re: 地域医療マッチング通信（医療機関版）2026年11月号", HITA_OWN + "\n" + HITA_ATTR + "\n" + quote(NEWS_DOCTORS) + "\n",
   dict(name="梶原 浩", email="kajiwara@hita-suigo.example.jp", phone="0973241185",
        organization="日田すいごう病院", specialties=["内科"], prefectures=["大分県"], municipality="日田市",
        employment=["full_time"]),
   style="gmail", host="mail-yw1-f41.google.example.com",
   html=gmail_html(HITA_OWN, NEWS_DOCTORS, HITA_ATTR))

mk(39, "pediatric-clinic-director-daisen", "hospital", "medium",
   "A paediatrician running his clinic alone asks for a part-time paediatrician: hospital; 小児科, 週1日の午後 -> part_time/1, 来年1月から in Oct 2026 -> 2027-01; 大仙市 (秋田県); the clinic is the organization",
   "jis", when("2026-10-27 21:13:36"), "進藤 隆", "shindo@daisen-kodomo.example.jp",
   "小児科医の応援をお願いしたく", """地域医療マッチング事務局 様

秋田県大仙市で「だいせんこどもクリニック」を開いている小児科医の進藤です。

開業して15年、小児科医は私一人で、冬場はインフルエンザやRSウイルスで一日百人を超える日もあります。
予防接種や乳児の診察だけでも、別の先生にお願いできれば助かります。

週1日の午後だけでも来ていただける小児科の先生を探しています（非常勤）。
できれば来年1月からお願いしたいです。

だいせんこどもクリニック
進藤 隆
TEL 0187-63-5902
""", dict(name="進藤 隆", email="shindo@daisen-kodomo.example.jp", phone="0187635902",
          organization="だいせんこどもクリニック", specialties=["小児科"], prefectures=["秋田県"],
          municipality="大仙市", employment=["part_time"], days_per_week=1, start="2027-01"),
   mailer="Becky! ver. 2.81.08 [ja]")

mk(40, "homecare-clinic-minamiboso-qp", "hospital", "medium",
   "Home-care clinic recruits a visiting doctor: 訪問診療 -> 在宅医療, 非常勤 週3日 -> part_time/3, 2027年1月, 南房総市 (千葉県); 運転手付きの訪問車 and the count of deaths at home are not data",
   "utf8q", when("2026-10-30 11:56:08"), "みなみ房総在宅クリニック 事務長 鈴木", "jimu@minamiboso-zaitaku.example.jp",
   "訪問診療医（非常勤）募集のお願い", """地域医療マッチング事務局 ご担当者様

千葉県南房総市の医療法人社団 潮風会 みなみ房総在宅クリニックで事務長をしております鈴木と申します。

当院は在宅療養支援診療所として、南房総市と館山市の約180名の患者さんに訪問診療を行っています。
昨年の看取りは70件を超え、常勤医2名では対応が難しくなってまいりました。

そこで、訪問診療を担当していただける先生を、非常勤で週3日、2027年1月から募集いたします。
運転手付きの訪問車で回りますので、運転の必要はございません。

医療法人社団 潮風会 みなみ房総在宅クリニック
事務長　鈴木 篤史
TEL 0470-46-2290
""", dict(name="鈴木 篤史", email="jimu@minamiboso-zaitaku.example.jp", phone="0470462290",
          organization="医療法人社団 潮風会 みなみ房総在宅クリニック", specialties=["在宅医療"],
          prefectures=["千葉県"], municipality="南房総市", employment=["part_time"], days_per_week=3,
          start="2027-01"),
   style="uuid")

mk(41, "village-mayor-letter-totsukawa-pasted", "hospital", "hard",
   "A village clerk pastes the mayor's letter (〈村長からの書簡〉, signed by the mayor) and gives her own contact: name is the contact person, not the mayor; 村立診療所 常勤, 総合診療, 令和9年4月; 十津川村 after 吉野郡 (奈良県); organization 十津川村役場",
   "jis", when("2026-11-02 15:21:54"), "十津川村役場 住民課", "jumin@vill-totsukawa.example.jp",
   "村立診療所の医師招へいについて（村長書簡）", """地域医療マッチング事務局 御中

十津川村役場 住民課の玉置と申します。
村長から貴事務局あての書簡を預かっておりますので、下記に貼り付けてお送りいたします。
原本は本日郵送いたしました。

〈村長からの書簡〉
拝啓　晩秋の候、貴事務局におかれましてはますますご清祥のこととお慶び申し上げます。
奈良県吉野郡十津川村は、日本一面積の広い村として知られておりますが、
村内の医療機関は村立診療所三か所のみで、うち一か所は医師が不在となっております。
つきましては、令和9年4月から村立診療所に常勤でご勤務いただける先生、
とりわけ総合診療の経験をお持ちの先生をご紹介賜りたく、お願い申し上げます。
村といたしましても、住居の提供をはじめ、できる限りのご支援をお約束いたします。
敬具
十津川村長　更谷 長治

本件の窓口は私が担当いたします。
十津川村役場 住民課
玉置 綾香
TEL 0746-62-0907
""", dict(name="玉置 綾香", email="jumin@vill-totsukawa.example.jp", phone="0746620907",
          organization="十津川村役場", specialties=["総合診療科"], prefectures=["奈良県"],
          municipality="十津川村", employment=["full_time"], start="2027-04"))

mk(42, "ent-clinic-successor-miyoshi-sjis", "hospital", "hard",
   "ENT clinic director seeks a successor to run the clinic as director full-time: hospital; 耳鼻咽喉科 (耳鼻科), 常勤; he offers to stay 非常勤 himself for a while (not the post: employment full_time only); 三次市 (広島県); 時期は相談 -> start null",
   "sjis", when("2026-11-16 10:12:03"), "平田 耕三", "hirata@miyoshi-jibika.example.jp",
   "耳鼻科医院の後継者を探しています", """地域医療マッチング事務局 ご担当者様

広島県三次市で「ひらた耳鼻科医院」を営んでおります平田と申します。

県北で耳鼻咽喉科の診療所は当院を含めて数えるほどしかなく、
私が辞めれば、この地域の子どもたちは中耳炎のたびに一時間以上かけて広島市内まで通うことになります。

そこで、当院を引き継いで院長として常勤で診療していただける耳鼻科の先生を探しております。
承継後もしばらくは、私も非常勤で外来をお手伝いするつもりです。
設備（内視鏡、聴力検査室）は数年前に更新しております。
時期や条件は、ご相談のうえで決めさせていただければと思います。

ひらた耳鼻科医院
院長　平田 耕三
広島県三次市十日市中3-7-15
TEL 0824-62-3318
""", dict(name="平田 耕三", email="hirata@miyoshi-jibika.example.jp", phone="0824623318",
          organization="ひらた耳鼻科医院", specialties=["耳鼻咽喉科"], prefectures=["広島県"],
          municipality="三次市", employment=["full_time"]))

mk(43, "two-sites-numata-nakano-b64", "hospital", "hard",
   "A medical corporation recruits full-time internists for two hospitals in two prefectures: prefectures 群馬県 and 長野県, municipality null (沼田市 and 中野市, two posts); 内科, 常勤, 2027年4月; organization the corporation as signed",
   "utf8b", when("2026-11-18 13:37:29"), "医療法人 上信会 本部 人事部", "jinji@joshinkai.example.jp",
   "法人内2病院での内科医募集", """地域医療マッチング事務局
ご担当者様

医療法人 上信会 本部人事部の黒岩と申します。

当法人は、群馬県沼田市の「上信沼田病院」と、長野県中野市の「上信北信病院」の二つの病院を運営しております。
いずれの病院も内科の常勤医が不足しており、2027年4月から常勤で勤務いただける内科の先生を募集いたします。
どちらの病院での勤務をご希望いただいても構いませんし、両病院を兼務する形も可能です。

両病院の概要を別途お送りいたしますので、送付先をお知らせください。

医療法人 上信会 本部 人事部
黒岩 隼人
TEL 0278-22-5170
""", dict(name="黒岩 隼人", email="jinji@joshinkai.example.jp", phone="0278225170",
          organization="医療法人 上信会", specialties=["内科"], prefectures=["群馬県", "長野県"],
          employment=["full_time"], start="2027-04"),
   style="uuid")

mk(44, "island-obstetrics-tokunoshima-sjis", "hospital", "medium",
   "Island hospital seeks a full-time obstetrician: 産婦人科, 常勤, 令和9年1月 -> 2027-01; 徳之島町 after 大島郡 (鹿児島県); 年間分娩数 and the 30-minute flight are not data",
   "sjis", when("2026-11-19 17:02:45"), "徳之島なんかい病院", "jinji@tokunoshima-nankai.example.jp",
   "産婦人科常勤医の募集", """地域医療マッチング事務局 御中

鹿児島県大島郡徳之島町の医療法人 南海会 徳之島なんかい病院 人事担当の福山でございます。

当院は島内で唯一分娩を取り扱う病院で、年間の分娩数は約200件です。
産婦人科の常勤医2名のうち1名が年内で退職するため、令和9年1月から常勤でご勤務いただける
産婦人科の先生を至急お迎えしたく、ご相談申し上げます。
奄美空港・鹿児島空港から飛行機で30分ほどの距離で、住居は当院で用意いたします。

医療法人 南海会 徳之島なんかい病院
人事担当　福山 亜紀
TEL 0997-82-1936
""", dict(name="福山 亜紀", email="jinji@tokunoshima-nankai.example.jp", phone="0997821936",
          organization="医療法人 南海会 徳之島なんかい病院", specialties=["産婦人科"], prefectures=["鹿児島県"],
          municipality="徳之島町", employment=["full_time"], start="2027-01"))

mk(45, "listing-change-earlier-start-shingu-quoted", "hospital", "hard",
   "Hospital moves forward the start of a listing it sent before (2027年4月 -> 2027年1月): the lead takes the new start 2027-01; 循環器内科 常勤; 新宮市 (和歌山県); the secretariat's reply and the hospital's own first request are quoted below",
   "jis", when("2026-11-20 12:30:17"), "新宮くまの記念病院 総務課 湯川", "somu@shingu-kumano.example.jp",
   "Re: 求人掲載のご依頼（循環器内科）", """地域医療マッチング事務局
小野寺様

いつもお世話になっております。新宮くまの記念病院 総務課の湯川です。

先日掲載をお願いいたしました循環器内科常勤医の求人ですが、
現任の医師の退職が早まったため、勤務開始を2027年4月から2027年1月に前倒ししたく存じます。
その他の条件は変更ございません。
お手数ですが、掲載内容の修正をお願いいたします。

新宮くまの記念病院 総務課
湯川 雅之
TEL 0735-22-4819

> 新宮くまの記念病院
> 湯川 様
>
> 求人のご依頼をいただき、ありがとうございます。
> 内容を確認のうえ、次号のメールマガジンに掲載いたします。
>
> 地域医療マッチング事務局　小野寺
>
>> 和歌山県新宮市の新宮くまの記念病院です。
>> 循環器内科の常勤医1名を、2027年4月から募集したく、掲載をお願いいたします。
""", dict(name="湯川 雅之", email="somu@shingu-kumano.example.jp", phone="0735224819",
          organization="新宮くまの記念病院", specialties=["循環器内科"], prefectures=["和歌山県"],
          municipality="新宮市", employment=["full_time"], start="2027-01"),
   mailer="Becky! ver. 2.81.08 [ja]")


# ======================================================================= general

mk(46, "professor-research-data-request", "general", "medium",
   "A physician and professor of public health asks for anonymised data for a study of physicians' second careers: general (not a doctor looking for work); organization the university without the department; ages 60-75 and 都道府県 in the study design are not lead data",
   "utf8b", when("2026-09-11 10:22:48"), "能登 紀子", "noto@hokuriku-iryo.example.jp",
   "研究へのご協力のお願い（医師のセカンドキャリアに関する調査）", """地域医療マッチング事務局
ご担当者様

北陸医療大学 医学部 公衆衛生学講座の能登 紀子と申します。
私自身も医師ですが、現在は臨床を離れ、地域医療の人材確保に関する研究をしております。

このたび、定年前後の医師がどのような経路で地域の医療機関に移っていくのかを調べる研究を計画しております。
貴事業で蓄積されている登録・マッチングの情報のうち、個人が特定できない集計値
（登録時の年齢層［60〜75歳］、希望する都道府県、診療科、勤務形態の分布など）を
ご提供いただくことは可能でしょうか。

研究計画書は学内の倫理審査委員会の承認を受ける予定です。
まずはご検討いただけるかどうか、お伺いできれば幸いです。

能登 紀子
北陸医療大学 医学部 公衆衛生学講座 准教授
TEL 076-218-4492
""", dict(name="能登 紀子", email="noto@hokuriku-iryo.example.jp", phone="0762184492",
          organization="北陸医療大学"),
   style="uuid", mailer="Mozilla Thunderbird")

mk(47, "doctor-opinion-newsletter-salary-jis", "general", "hard",
   "A working hospital doctor replies to the newsletter with an opinion (listings should state pay) and says he is not looking for work himself: general; organization his hospital; the quoted newsletter's listings are not data",
   "jis", when("2026-10-17 23:11:06"), "藤堂 和彦", "todo-k@sagamino-chuo.example.jp",
   "Re: 地域医療マッチング通信 第41号", """事務局ご担当者様

毎号楽しみに読んでいます。
一点だけ意見を申し上げます。

求人の紹介に給与の目安がほとんど書かれていませんが、読む側としてはやはり一番気になるところです。
「当院規定による」だけでは、定年後の先生方が検討を始めるきっかけになりにくいと思います。
おおよその年収の幅だけでも載せていただけると、同僚にも勧めやすくなります。

なお、私自身は当面さがみ野中央病院での勤務を続けるつもりで、転職の予定はありません。
同僚の先生方に回覧するために購読しております。

藤堂 和彦

""" + quote(NEWS_JOBS) + "\n", dict(name="藤堂 和彦", email="todo-k@sagamino-chuo.example.jp",
                                       organization="さがみ野中央病院"),
   style="uuid", mailer="Mozilla Thunderbird")

mk(48, "visiting-nurse-asks-nurses-too-html", "general", "easy",
   "A visiting nurse asks whether the programme also helps nurses: general; no organization named (訪問看護 is her work, not an institution)",
   "html-utf8", when("2026-09-18 12:46:31"), "川端 真奈美", "manami.kawabata@softmail.example.jp",
   "看護師も登録できますか", """突然すみません。
訪問看護師として10年ほど働いている川端と申します。

医師が少ない地域で働きたいと思っているのですが、
こちらの事業は看護師でも登録できるのでしょうか。
医師の先生だけが対象でしたら、看護師向けの同じような窓口をご存じでしたら教えてください。

川端 真奈美
""", dict(name="川端 真奈美", email="manami.kawabata@softmail.example.jp"),
   style="iphone")

mk(49, "pharmacist-leaflets-kochi-sjis", "general", "easy",
   "A pharmacist asks for leaflets for the pharmacy counter: general; organization the pharmacy; patients' remarks about doctor shortage and 50部 are not data",
   "sjis", when("2026-09-25 17:20:58"), "はりまや調剤薬局 岡林", "okabayashi@harimaya-pharm.example.jp",
   "パンフレットをいただけますか", """地域医療マッチング事務局 ご担当者様

高知市のはりまや調剤薬局で薬剤師をしております、岡林と申します。

窓口で患者さんから「かかりつけの先生が引退して困っている」という声をよく聞きます。
貴事業のパンフレットを50部ほどいただけましたら、待合に置かせていただきたいと思います。
近隣の先生方にもお渡しできればと考えております。

送付先：〒780-0822 高知市はりまや町2-6-11 はりまや調剤薬局 岡林 宛

はりまや調剤薬局
薬剤師　岡林 聡子
TEL 088-883-2675
""", dict(name="岡林 聡子", email="okabayashi@harimaya-pharm.example.jp", phone="0888832675",
          organization="はりまや調剤薬局"))

mk(50, "medical-student-rural-visit-gmail", "general", "medium",
   "A fifth-year medical student asks whether he can visit a rural clinic through the programme and how doctors use it: general; organization his university; 来年の夏休み is not a start",
   "utf8b", when("2026-10-03 20:55:14"), "成瀬 拓海", "takumi.naruse.med@gmail.example.com",
   "医学生ですが質問があります", """地域医療マッチング事務局の皆さま

はじめまして。北斗医科大学医学部5年の成瀬拓海と申します。

地域医療に関心があり、将来は僻地の診療所で働きたいと考えています。
貴事業のホームページで、定年後の先生方が地方の病院に移られた例を読み、とても興味を持ちました。

質問が二つあります。
1. 学生が、貴事業を通じて地域の診療所や病院を見学させていただくことはできますか。
2. 実際に移られた先生にお話を伺う機会はありますか。

来年の夏休みに見学ができればと思っています。
お忙しいところすみませんが、よろしくお願いいたします。

成瀬拓海
北斗医科大学医学部5年
""", dict(name="成瀬拓海", email="takumi.naruse.med@gmail.example.com", organization="北斗医科大学"),
   style="gmail", host="mail-wm1-f45.google.example.com")

mk(51, "tv-reporter-interview-jis", "general", "medium",
   "A local TV reporter asks to interview a doctor who moved through the programme and the hospital that took him: general; the 島根県 hospital, 4月 and 65歳 belong to the story, not to a lead; organization the TV station",
   "jis", when("2026-10-10 14:36:22"), "しまね海風テレビ 報道部 岩本", "iwamoto@umikaze-tv.example.jp",
   "取材のお願い（しまね海風テレビ）", """地域医療マッチング事務局 御中

しまね海風テレビ 報道部の岩本と申します。

夕方のニュース番組で、県内の医師不足をテーマにした特集を準備しております。
その中で、貴事業を通じて今年4月に島根県西部の病院に着任された先生（65歳で大阪から移られたと伺いました）と、
受け入れた病院の双方にお話を伺えないかと考えております。

ご本人と病院のご了承が得られるようでしたら、ご紹介いただくことは可能でしょうか。
放送は12月中旬を予定しております。

しまね海風テレビ 報道部
記者　岩本 遥
TEL 0852-27-6610（報道部直通）
""", dict(name="岩本 遥", email="iwamoto@umikaze-tv.example.jp", phone="0852276610",
          organization="しまね海風テレビ"))

mk(52, "wife-general-questions-agencies-sjis", "general", "hard",
   "A doctor's wife asks in general terms whether the programme differs from paid agencies and whether families get help; her husband has decided nothing (no specialty, place or time for him): general, person fields hers",
   "sjis", when("2026-10-12 13:09:44"), "長谷部 順子", "j-hasebe@kitanet.example.jp",
   "民間の紹介会社との違いについて", """地域医療マッチング事務局 ご担当者様

夫が勤務医をしております、長谷部と申します。

夫は数年後に定年を迎えますが、その後どうするかはまだ何も決めておりません。
最近、民間の医師紹介会社から頻繁に電話がかかってくるようになり、
どこに相談するのが良いのか私なりに調べているところです。

そこで、いくつか教えていただけますでしょうか。
・貴事業は、民間の紹介会社とどのような点が違うのでしょうか。
・医師本人や家族に費用はかかりますか。
・地方に移る場合、家族の住まいや仕事探しの相談にものっていただけるのでしょうか。

夫と話し合う材料にしたいと思っております。よろしくお願いいたします。

長谷部 順子
""", dict(name="長谷部 順子", email="j-hasebe@kitanet.example.jp"))

mk(53, "prefectural-med-assoc-banner-link", "general", "medium",
   "A prefectural medical association wants to link the programme from its website and asks for a banner: general (a partner, not a recruiter); organization 宮崎県医師会 without the section",
   "jis", when("2026-10-14 11:18:39"), "宮崎県医師会 広報課", "koho@miyazaki-med.example.jp",
   "ホームページへのリンク掲載について", """ドクターセカンドキャリア 地域医療マッチング事務局 御中

平素より大変お世話になっております。
宮崎県医師会 広報課の黒木でございます。

本会ホームページの「会員の皆様へ」のページに、貴事業へのリンクを掲載したいと考えております。
つきましては、掲載のご了承と、バナー画像（横200ピクセル程度）をご提供いただけますでしょうか。
掲載開始は来月の更新を予定しております。

宮崎県医師会 広報課
黒木 沙織
TEL 0985-22-5118
""", dict(name="黒木 沙織", email="koho@miyazaki-med.example.jp", phone="0985225118",
          organization="宮崎県医師会"))

mk(54, "seminar-slides-broken-link-qp", "general", "medium",
   "A physician who attended the online information session asks for the slides and reports a broken link; he says he is not thinking of moving yet: general; organization his hospital; the session date and 10年後 are not data",
   "utf8q", when("2026-10-19 18:49:27"), "片岡 純一", "kataoka.j@okayama-nishi-hp.example.jp",
   "説明会資料のご送付のお願い", """地域医療マッチング事務局
ご担当者様

10月17日のオンライン説明会に参加いたしました、岡山西部中央病院の片岡と申します。
大変わかりやすいご説明をありがとうございました。

説明会の最後にご案内のあったスライド資料ですが、案内メールのリンク先が
「ページが見つかりません」と表示され、ダウンロードできませんでした。
お手数ですが、PDFで送っていただくか、正しいリンクを教えていただけますでしょうか。

まだ具体的に勤務先を変えることは考えておらず、10年後の選択肢として勉強させていただいている段階です。

片岡 純一
岡山西部中央病院 内科
""", dict(name="片岡 純一", email="kataoka.j@okayama-nishi-hp.example.jp",
          organization="岡山西部中央病院"),
   style="uuid")

mk(55, "grad-student-survey-request-b64", "general", "medium",
   "A sociology graduate student asks to send a questionnaire to registered doctors: general; organization her university without the graduate school; 60歳以上 is the survey's target, not an age",
   "utf8b", when("2026-10-26 09:15:50"), "三上 彩", "mikami.aya@grad.seiryo-u.example.jp",
   "アンケート調査へのご協力のお願い", """地域医療マッチング事務局 ご担当者様

清稜大学大学院 社会学研究科 修士課程2年の三上 彩と申します。

修士論文で、60歳以上の専門職が新しい土地で働き始めるときの生活や人間関係の変化をテーマにしています。
貴事業にご登録の先生方に、匿名のアンケート（15分程度）をご案内いただくことは可能でしょうか。

指導教員の推薦状と調査票の案を用意しております。
ご検討いただけるようでしたら、お送りいたします。

三上 彩
清稜大学大学院 社会学研究科
""", dict(name="三上 彩", email="mikami.aya@grad.seiryo-u.example.jp", organization="清稜大学"),
   style="gmail", host="mail-io1-f50.google.example.com")

mk(56, "english-taiwan-researcher-statistics", "general", "medium",
   "English mail from a health-policy researcher abroad asking for statistics for a comparative study: general; organization as written; 'doctors over 60', Hokkaido and Okinawa examples are not lead data",
   "ascii", when("2026-11-03 15:44:02", "+0800"), "Lin Mei-hua", "meihua.lin@formosa-hpi.example.org",
   "Request for information on rural physician placement", """Dear Sir or Madam,

I am a researcher at the Formosa Institute of Health Policy. We are preparing a
comparative study of programmes that place senior physicians in under-served areas
in Japan, Korea and Taiwan.

Would you be able to share any published figures on your programme, such as the
number of doctors over 60 registered each year, how many were placed, and the
regions they moved to (for example, how many went to Hokkaido or Okinawa)?
Any report in Japanese would be fine; we have colleagues who can read it.

Thank you very much for your time.

Lin Mei-hua, PhD
Associate Research Fellow
Formosa Institute of Health Policy
""", dict(name="Lin Mei-hua", email="meihua.lin@formosa-hpi.example.org",
          organization="Formosa Institute of Health Policy"),
   style="uuid", mailer="Microsoft Outlook 16.0")

mk(57, "retired-doctor-subscribe-only-jis", "general", "easy",
   "A retired physician asks to receive the newsletter and says he does not intend to work for now: general (a subscription request, not doctor); 昭和の終わり and 豊田 are narrative; no phone",
   "jis", when("2026-11-07 07:33:18"), "杉浦 孝雄", "sugiura-t@mikawa-net.example.jp",
   "メールマガジンの購読希望", """事務局御中

知人の医師から貴事業のメールマガジンを転送してもらい、読ませていただきました。
私は昭和の終わりから豊田で内科を開業し、昨年引退いたしました。

今のところ再び働くつもりはありませんが、地方の医療の様子を知るのは楽しみですので、
私のアドレスにもメールマガジンを送っていただけますでしょうか。

杉浦 孝雄
""", dict(name="杉浦 孝雄", email="sugiura-t@mikawa-net.example.jp"))

mk(58, "agency-partnership-proposal-alt", "general", "medium",
   "A physician-recruitment company writes personally after meeting the secretariat at a conference and proposes cooperation: general (partner), not spam and not hospital; organization the company",
   "alt-utf8", when("2026-11-10 16:05:33"), "安西 恵理", "anzai@medibridge-career.example.com",
   "先日の学会でのご挨拶のお礼と連携のご相談", """地域医療マッチング事務局
小野寺様

先日の日本地域医療学会の展示ブースでご挨拶させていただきました、
株式会社メディブリッジキャリアの安西です。その節はありがとうございました。

お話の中で、貴事業にご登録の先生のうち、都市部の病院での非常勤を希望される方は
ご紹介先が少ないと伺いました。
当社は首都圏・関西の病院とのつながりが多いため、そうした先生方について
何らかの形で連携させていただけないかと考えております。

一度、オンラインで30分ほどお時間をいただけますと幸いです。

株式会社メディブリッジキャリア
地域医療連携推進室　安西 恵理
TEL 03-5962-4180
""", dict(name="安西 恵理", email="anzai@medibridge-career.example.com", phone="0359624180",
          organization="株式会社メディブリッジキャリア"),
   style="outlook", host="mail-ty3jpn01.outbound.protection.outlook.example.com")

mk(59, "nurse-director-wants-nurses-hagi-outlook", "general", "hard",
   "A hospital's nursing director asks whether the programme can find nurses for her hospital: a hospital recruiting, but not physicians -> general; organization the hospital; 萩市, 常勤 and 4月 describe nurses, so no lead data beyond the person fields; ① in an Outlook mail",
   "msjis", when("2026-11-17 14:26:10"), "萩あけぼの病院 看護部長 吉松", "kango-bucho@hagi-akebono.example.jp",
   "看護師の確保についてのご相談", """地域医療マッチング事務局 御中

山口県萩市の萩あけぼの病院で看護部長をしております、吉松と申します。

貴事業が医師の先生方と地域の病院をつないでおられることを、院長から聞きました。
当院では医師も不足しておりますが、今いちばん困っているのは看護師の確保です。

① 定年を迎えた看護師さんの登録は、貴事業で受け付けておられますか。
② 受け付けていない場合、同じような取組みをしている団体をご存じでしょうか。

来年4月までに常勤の看護師を5名ほど確保したいと考えております。
不躾なお尋ねで恐縮ですが、よろしくお願いいたします。

萩あけぼの病院 看護部長
吉松 由美子
TEL 0838-25-3602
""", dict(name="吉松 由美子", email="kango-bucho@hagi-akebono.example.jp", phone="0838253602",
          organization="萩あけぼの病院"),
   style="outlook", host="mail-ty4jpn01.outbound.protection.outlook.example.com",
   mailer="Microsoft Outlook 16.0", note="CP932 character ① pushed through JIS")

mk(60, "villager-thanks-for-doctor-8bit", "general", "medium",
   "A village resident thanks the secretariat for the doctor who came to the village clinic last spring: general; the doctor (70歳を過ぎた), 週に一度 and 高知県 are the story, not a lead; person fields are the writer's",
   "utf8", when("2026-11-23 19:58:41"), "", "haruno.kiyoko@yamabiko-net.example.jp",
   "お礼（山里診療所の先生のこと）", """事務局の皆さま

高知県の山あいの村に住んでおります春野と申します。
どうしてもお礼を申し上げたくて、娘に手伝ってもらってメールを書いています。

村の診療所は二年近くお医者さんがいなくて、町の病院まで片道一時間のバスで通っておりました。
この春、そちらの事業のおかげで、大阪から70歳を過ぎた先生が来てくださいました。
今では週に一度、家まで診に来てくださいます。主人も私も、どれほど安心したかわかりません。

本当にありがとうございました。
これからも、よろしくお願いいたします。

春野 清子
""", dict(name="春野 清子", email="haruno.kiyoko@yamabiko-net.example.jp"),
   style="iphone")


if __name__ == "__main__":
    write_set(MAILS, sys.argv[1] if len(sys.argv) > 1 else HERE)
