#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Hold-out mails for madoguchi parse (60 invented messages + gold labels).

    python3 generate.py [OUTDIR]     # writes NNN-slug.eml, NNN-slug.json, index.tsv

The gold follows the lead contract (docs/lead.md) and the conventions of
samples/README.md. People, institutions, numbers and addresses are invented; only
.example.jp / .example.com / .example.org domains are used. Output is deterministic.
MIME is assembled by hand through the helpers of ../tools/mailgen.py, so that every
byte, charset label and transfer encoding is exactly what index.tsv says; CRLF line
endings throughout.
"""
import email.utils
import datetime
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tools"))
from mailgen import (  # noqa: E402
    addr, CHUGOKU, ENC, ew, gmail_html, gold, HOKURIKU, html_divs, INBOX, leaf, multipart,
    MX, qid, quote, raw_part, recv_date, report, SANIN, SEC_SIG, single, std, TOHOKU,
    write_set)

MAILS = []


def add(num, slug, cat, enc, diff, desc, eml, g):
    MAILS.append(dict(num=num, slug=slug, cat=cat, enc=enc, diff=diff, desc=desc, eml=eml, gold=g))


def D(y, mo, d, h, mi, s, tz="+0900"):
    """An RFC 5322 date with the right weekday."""
    sign = 1 if tz[0] == "+" else -1
    off = datetime.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    dt = datetime.datetime(y, mo, d, h, mi, s, tzinfo=datetime.timezone(off))
    return email.utils.format_datetime(dt)


def hdr(mid, date, name, frm, subject, host, ip, hcs="jis", extra=(), rp=None, to=INBOX):
    """Usual received header block; name and subject RFC 2047 encoded in hcs when not ASCII."""
    subj = subject if subject.isascii() else ew(subject, hcs)
    f = addr(name, frm, None if (not name or name.isascii()) else hcs)
    return std(mid, date, f, subj, host, ip, to=to, rp=rp, extra=list(extra))


def text(hdrs, body, enc, extra=""):
    codec, label, cte, _ = ENC[enc]
    return single(hdrs, body, codec, label, cte, extra=extra)


def flow(body, width=34):
    """format=flowed with delsp=yes: long lines cut every width characters (never before
    a closing mark), each cut line ending in the space that marks a soft break."""
    out = []
    for line in body.split("\n"):
        while len(line) > width:
            cut = width
            while line[cut] in "。、）」":
                cut -= 1
            out.append(line[:cut] + " ")
            line = line[cut:]
        out.append(line)
    return "\n".join(out)


def pdf(name_param, disp_param):
    data = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    return raw_part("application/pdf;\n %s" % name_param, data, "base64",
                    extra=[("Content-Disposition", "attachment;\n %s" % disp_param)])


# ======================================================================= doctor

def m001():
    mid = "20260120064211.5C1E.3A09F7D2@morinosato.example.jp"
    date = D(2026, 1, 20, 6, 42, 11)
    body = """マッチング事務局御中

循環器内科医の熊谷と申します。昭和三十六年生。
3月末で現職（医療法人 杜の郷会 若林ひがし病院）を定年退職します。
4月から岩手か秋田で常勤の職を探しています。
心エコー、カテーテルは後進に譲りましたが、一般内科の外来・病棟は問題ありません。
宿舎があれば単身で赴任します。

登録に必要な書類をお知らせください。

熊谷 正臣
090-3318-2746
"""
    h = hdr(mid, date, "熊谷 正臣", "kumagai.m@morinosato.example.jp", "登録希望（循環器）",
            "smtp.morinosato.example.jp", "198.51.100.23", extra=[("X-Mailer", "Becky! ver. 2.81.08 [ja]")])
    g = gold(mid, "doctor", name="熊谷 正臣", email="kumagai.m@morinosato.example.jp", phone="09033182746",
             birth_year=1961, organization="医療法人 杜の郷会 若林ひがし病院", specialties=["循環器内科", "内科"],
             prefectures=["岩手県", "秋田県"], employment=["full_time"], start="2026-04")
    add(1, "terse-cardiology-iwate-akita-jis", "doctor",
        "text/plain ISO-2022-JP 7bit (Becky!); From/Subject RFC 2047 ISO-2022-JP B", "medium",
        "Terse retiring cardiologist: 昭和三十六年生 in kanji numerals -> 1961, workplace only in brackets, 岩手/秋田 without 県, 一般内科 -> 内科, 3月末 is the retirement and 4月から -> 2026-04",
        text(h, body, "jis"), g)


def m002():
    mid = "mdform.20260511130537.7781@form.md2-rm.example.org"
    date = D(2026, 5, 11, 13, 5, 37)
    body = """医師登録フォームより送信されました。
----------------------------------------
氏名　　　　　: 安藤 由佳
氏名（かな）　: あんどう ゆか
年齢　　　　　: 54
性別　　　　　: 女
メール　　　　: yuka.ando.md@kitakaze-mail.example.com
電話　　　　　: 080-5521-0637
現勤務先　　　: 名古屋みなと総合病院
専門科目　　　: 小児科（新生児も可）
希望地域　　　: 北陸地方
希望形態　　　: 常勤
希望開始時期　: 2026年10月
ご質問・ご要望:
子どもが独立したため、転職を考えています。
夫の実家が富山にあり、北陸3県であればどこでも構いません。
小児科医の少ない地域の病院で、外来と病棟を担当できればと思います。
----------------------------------------
送信日時: 2026/05/11 13:05:37
送信元IP: 203.0.113.57
"""
    h = [("Return-Path", "<no-reply@form.md2-rm.example.org>"),
         ("Received", "from app02.form.md2-rm.example.org (app02.form.md2-rm.example.org [192.0.2.42])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (MX, qid(mid), INBOX, recv_date(date, 1))),
         ("Date", date), ("From", addr("医師登録フォーム", "no-reply@form.md2-rm.example.org", "utf8")),
         ("To", INBOX), ("Subject", ew("[医師登録] 安藤 由佳 様より", "utf8")), ("Message-ID", "<%s>" % mid)]
    g = gold(mid, "doctor", name="安藤 由佳", name_kana="アンドウ ユカ", email="yuka.ando.md@kitakaze-mail.example.com",
             phone="08055210637", age=54, organization="名古屋みなと総合病院", specialties=["小児科"],
             prefectures=HOKURIKU, employment=["full_time"], start="2026-10")
    add(2, "form-pediatrics-hokuriku-qp", "doctor",
        "text/plain UTF-8 quoted-printable; web form with colon-aligned labels; From/Subject RFC 2047 UTF-8 B", "medium",
        "Form registration of a job-changing paediatrician: hiragana reading -> katakana, bare 54 in the age field, 北陸地方 -> 3 prefectures (富山 is the family home, inside the region), 新生児 is still 小児科; email from the body, not the form sender; 送信日時 is not a start",
        text(h, body, "utf8q"), g)


def m003():
    mid = "000301d7951a$6a2c1b40$3e8451c0$@tsukuba-net.example.jp"
    date = D(2026, 2, 3, 10, 21, 40)
    body = """前略

新聞の記事で貴事業のことを知り、筆を執りました（ﾒｰﾙは孫に教わりながら打っております）。
小生、耳鼻科の開業医を四十年近く続けてまいりましたが、昨年末に医院を閉じました。
満七十八歳、耳は少々遠くなりましたが（耳鼻科医のくせにとよく笑われます）、目も手もまだ確かです。

週に２日ほど、外来の手伝いでもさせていただければ有難く存じます。
場所はどこでも構いません。宿さえあれば、単身でどこへでも参ります。
非常勤で結構です。

草々

桑原耳鼻咽喉科医院　元院長
桑原 久
電話 029-851-4478
"""
    h = hdr(mid, date, "桑原 久", "kuwabara-ent@tsukuba-net.example.jp", "地域医療のお手伝いについて",
            "mo12.tsukuba-net.example.jp", "198.51.100.77", hcs="sjis",
            extra=[("X-Mailer", "Microsoft Windows Live Mail 16.4.3528.331")])
    g = gold(mid, "doctor", name="桑原 久", email="kuwabara-ent@tsukuba-net.example.jp", phone="0298514478",
             age=78, organization="桑原耳鼻咽喉科医院", specialties=["耳鼻咽喉科"], prefectures=["全国"],
             employment=["part_time"], days_per_week=2)
    add(3, "elderly-ent-anywhere-sjis-hwkana", "doctor",
        "text/plain Shift_JIS 8bit with half-width katakana (ﾒｰﾙ); From/Subject RFC 2047 Shift_JIS B", "hard",
        "Elderly ENT doctor (closed his clinic): 満七十八歳 -> 78, 耳鼻科 -> 耳鼻咽喉科, 週に２日ほど -> 2 days part_time, どこでも -> 全国; last workplace from the signature without 元院長; 四十年 is no age; no start",
        text(h, body, "sjis"), g)


def m004():
    mid = "CAJ8r2Wd+0k3nTq5yMZ1fH6sPv4xLe7bGm9Qa2c@mail.gmail.example.com"
    date = D(2026, 6, 15, 20, 14, 9)
    mine = """事務局 ご担当者様

いつもメールマガジンをお送りいただきありがとうございます。
6月号に掲載されていた高知県梼原町の診療所の求人（No.0612）に関心があり、ご連絡しました。

私は現在、香川県の病院で総合診療医として勤務しており、59歳です。
妻の了解も得られたので、常勤で、来年4月から赴任できればと考えています。
訪問診療の経験もあります。

見学が可能かどうか、お教えいただけますでしょうか。

白石 篤志
香川中央ひだまり病院 総合診療科
"""
    news = """【地域医療マッチング通信】2026年6月号

■今月の新着求人
No.0611 北海道紋別市 市立病院　整形外科　常勤　2026年10月～
No.0612 高知県高岡郡梼原町 町立診療所　内科・総合診療　常勤　2027年4月～（医師住宅あり）
No.0613 長崎県対馬市 病院　内科　非常勤（週2日）　随時

■セミナーのご案内
7月11日（土）オンライン「60代からの地域医療」

配信停止をご希望の方は、このメールにご返信ください。
""" + SEC_SIG + "\n"
    attribution = "2026年6月10日(水) 9:00 地域医療マッチング事務局 <md@md2-rm.example.org>:"
    plain = mine + "\n" + attribution + "\n" + quote(news) + "\n"
    h = hdr(mid, date, "白石 篤志", "shiraishi.atsushi@gmail.example.com", "Re: 【地域医療マッチング通信】2026年6月号",
            "mail-lj1-f171.google.example.com", "209.85.208.171", hcs="utf8",
            extra=[("In-Reply-To", "<news.2026-06.0001882@md2-rm.example.org>"),
                   ("References", "<news.2026-06.0001882@md2-rm.example.org>")])
    eml = multipart(h, "alternative", "000000000000b3f7a20619c2e5d4",
                    [leaf(plain, "utf-8", "UTF-8", "base64"),
                     leaf(gmail_html(mine, news, attribution), "utf-8", "UTF-8", "base64", ctype="text/html")])
    g = gold(mid, "doctor", name="白石 篤志", email="shiraishi.atsushi@gmail.example.com", age=59,
             organization="香川中央ひだまり病院", specialties=["総合診療科", "在宅医療"], prefectures=["高知県"],
             employment=["full_time"], start="2027-04")
    add(4, "gmail-reply-listing-yusuhara-alt", "doctor",
        "multipart/alternative (Gmail): text/plain + text/html, both UTF-8 base64; reply quoting the whole newsletter", "hard",
        "Answers a listing in the quoted newsletter: wants 高知県 (香川県 is his current workplace), 来年4月 in Jun 2026 -> 2027-04; the quoted listings (北海道, 長崎県, 整形外科, 週2日, 2026年10月) and the secretariat signature are not his",
        eml, g)


def m005():
    mid = "6F1A2C7E-3B94-4D0A-9E51-88C2D7B4A013@matsumoto-home.example.jp"
    date = D(2026, 3, 28, 22, 47, 15)
    body = """突然のご連絡失礼します。
長野県松本市に住む小松と申します。父のことでご相談です。

父（小松 義雄、70歳）は外科医で、松本市内の病院を先月退職しました。
本人はまだ働く気持ちが強く、非常勤で週1〜2日くらい、自宅から通える範囲（長野県内）で外来や健診の仕事があればと言っています。
来月からならいつでも大丈夫だそうです。

父はメールが苦手なので、連絡は私宛にいただけると助かります。
電話は父の携帯 090-2284-6150 にお願いします（日中はたいてい家にいます）。

小松 亜紀子

iPhoneから送信
"""
    h = hdr(mid, date, "小松亜紀子", "akiko.komatsu@matsumoto-home.example.jp", "父の再就職について",
            "mail.matsumoto-home.example.jp", "198.51.100.204", hcs="utf8",
            extra=[("X-Mailer", "iPhone Mail (21D61)")])
    g = gold(mid, "doctor", name="小松 義雄", email="akiko.komatsu@matsumoto-home.example.jp", phone="09022846150",
             age=70, specialties=["外科", "健診"], prefectures=["長野県"], employment=["part_time"], start="2026-04")
    add(5, "daughter-surgeon-nagano-iphone-8bit", "doctor",
        "text/plain UTF-8 8bit (iPhone Mail); From/Subject RFC 2047 UTF-8 B", "hard",
        "Daughter writes for her father: name/age are his, email is hers (From), phone is his mobile from the body; 週1〜2日 -> days null; 来月 on 28 Mar -> 2026-04; 先月退職 gives no start; hospital unnamed -> organization null",
        text(h, body, "utf8"), g)


def m006():
    mid = "TYCPR01MB8842A1F3C6D95E20B7C4D1E9A3F5@TYCPR01MB8842.jpnprd01.prod.outlook.example.com"
    date = D(2026, 7, 2, 1, 15, 22, "+0000")
    body = """ドクターセカンドキャリア 地域医療マッチング事務局
ご担当者様

お世話になります。
医療法人社団 暁星会 あかつき脳神経外科病院 理事長室の秘書、髙田と申します。
理事長の指示により、理事長本人の件でご連絡いたしました。

当院理事長の大河内 修（おおこうち おさむ）は六十六歳で、来年3月に理事長職を退き、後進に病院を任せる予定です。
退任後は、医師の少ない地域で脳神経外科医として常勤で勤務したいと申しております。
希望地は以下のとおりです。
　① 宮崎県
　② 大分県
開始時期は令和9年4月を希望しております。

ご連絡は理事長本人の下記アドレスまでお願いいたします。
　メール：okochi.osamu@akatsuki-ns.example.jp
　携帯　：080-7730-1948

何卒よろしくお願い申し上げます。

髙田 恵理
医療法人社団 暁星会 あかつき脳神経外科病院 理事長室
TEL 03-5938-2210（代表）
"""
    h = hdr(mid, date, "髙田 恵理", "e-takada@akatsuki-ns.example.jp", "理事長 大河内の登録についてのご相談",
            "mail-ty2jpn01on2112.outbound.protection.outlook.example.com", "40.107.114.112", hcs="msjis",
            extra=[("Thread-Topic", ew("理事長 大河内の登録についてのご相談", "msjis")),
                   ("Content-Language", "ja-JP"), ("X-MS-Has-Attach", "")])
    html = html_divs(body, "iso-2022-jp", "font-family:游ゴシック,sans-serif;font-size:11pt")
    eml = multipart(h, "alternative", "_000_TYCPR01MB8842A1F3C6D95E20B7C4D1E9A3F5TYCPR01MB8842jpnp_",
                    [leaf(body, "ms-iso2022jp", '"iso-2022-jp"', "7bit"),
                     leaf(html, "ms-iso2022jp", '"iso-2022-jp"', "quoted-printable", ctype="text/html")])
    g = gold(mid, "doctor", name="大河内 修", name_kana="オオコウチ オサム", email="okochi.osamu@akatsuki-ns.example.jp",
             phone="08077301948", age=66, organization="医療法人社団 暁星会 あかつき脳神経外科病院",
             specialties=["脳神経外科"], prefectures=["宮崎県", "大分県"], employment=["full_time"], start="2027-04")
    add(6, "secretary-neurosurgeon-miyazaki-oita-msjis-alt", "doctor",
        "multipart/alternative (Outlook): text/plain labelled iso-2022-jp with Microsoft extensions (髙 ①②) via cp932->JIS + text/html same charset quoted-printable; headers the same; Date +0000", "hard",
        "Director's secretary (髙田, in From) writes for him: person fields are the director's (reading in hiragana in brackets, 六十六歳), email/mobile his own from the body; 来年3月 is when he steps down, 令和9年4月 -> 2027-04; his hospital is his current workplace",
        eml, g)


def m007():
    mid = "20260409235502.7d1f3a@nerima-net.example.jp"
    date = D(2026, 4, 9, 23, 55, 2)
    body = """地域医療マッチング事務局 御中

救急科専門医の村瀬と申します。45歳です。
平日は都内の救命救急センターで勤務していますが、週末に地方の病院で当直や日直のお手伝いができればと思っています。
茨城県か栃木県で、土日のどちらか、月に2〜3回程度を考えています。
常勤での転職は今のところ考えていません。

当直のみの募集があれば、ご紹介いただけますか。

村瀬 拓海
090-4471-8825
"""
    h = hdr(mid, date, "村瀬 拓海", "t-murase@nerima-net.example.jp", "週末の当直について",
            "smtp.nerima-net.example.jp", "198.51.100.45", hcs="euc",
            extra=[("User-Agent", "Wanderlust/2.15.9 (Almost Unreal) Emacs/28.2 Mule/6.0")])
    g = gold(mid, "doctor", name="村瀬 拓海", email="t-murase@nerima-net.example.jp", phone="09044718825", age=45,
             specialties=["救急科"], prefectures=["茨城県", "栃木県"], employment=["spot"])
    add(7, "weekend-duty-er-ibaraki-tochigi-eucjp", "doctor",
        "text/plain EUC-JP 8bit (Wanderlust); From/Subject RFC 2047 EUC-JP B", "medium",
        "Working emergency physician wants weekend 当直/日直 only -> spot; 常勤での転職は考えていません is no full_time; 月に2〜3回 gives no days; the Tokyo centre is unnamed -> organization null; no start",
        text(h, body, "euc"), g)


def m008():
    mid = "b7e2c914-55d0-4a8e-9f13-2e6a0c87d451@straitsmail.example.com"
    date = D(2026, 8, 20, 18, 3, 44, "+0800")
    body = """Dear Madam or Sir,

My name is Kenji Okabe. I am a Japanese anaesthesiologist, born in 1972, and for the past nine years I have been working at a private hospital in Singapore, Straits Harbour Medical Centre.

My family and I plan to return to Japan next year. I would like to work full-time at a rural hospital in Hokkaido, where I did my residency many years ago. I still hold my Japanese medical licence and my board certification in anesthesiology. I could start in April 2027.

Could you tell me whether your programme also supports doctors who are currently working abroad? I can be reached by e-mail, or on my Japanese mobile number, which I keep active: +81 80-4411-2093.

Best regards,
Kenji Okabe, MD
"""
    h = hdr(mid, date, "Kenji Okabe", "kenji.okabe@straitsmail.example.com", "Inquiry from a Japanese anaesthesiologist in Singapore",
            "out-sg3.straitsmail.example.com", "203.0.113.181",
            extra=[("User-Agent", "Mozilla Thunderbird")])
    g = gold(mid, "doctor", name="Kenji Okabe", email="kenji.okabe@straitsmail.example.com", phone="08044112093",
             birth_year=1972, organization="Straits Harbour Medical Centre", specialties=["麻酔科"],
             prefectures=["北海道"], employment=["full_time"], start="2027-04")
    add(8, "english-anesthesia-singapore-hokkaido-qp", "doctor",
        "text/plain UTF-8 quoted-printable (long lines soft-broken); English; Date +0800", "medium",
        "Japanese anaesthesiologist abroad: born in 1972 -> birth_year, Hokkaido -> 北海道, April 2027 (next year alone would give no month), +81 80-... -> 080...; 'nine years' and 'MD' are no values",
        text(h, body, "utf8q"), g)


def m009():
    mid = "20260630123109.B72E.4C1D8A55@hakata-kokoro.example.jp"
    date = D(2026, 6, 30, 12, 31, 9)
    body = """地域医療マッチング事務局
ご担当者様

はじめてご連絡いたします。
福岡市の医療法人 博多こころ会 那珂川こころの病院に勤務しております、精神神経科医の高良と申します。48歳です。

郷里の沖縄県に戻ることになり、本島北部または離島の医療機関で勤務先を探しております。
家族の事情もあり、当面は非常勤（週4日）を希望します。
2026年9月1日から勤務可能です。

職場のアドレスから送っておりますが、ご返信は私用のアドレス（Reply-Toに設定しております）へお願いいたします。

高良 誠
携帯 080-1197-3364
"""
    h = hdr(mid, date, "高良 誠", "takara@hakata-kokoro.example.jp", "沖縄県での勤務希望（精神科）",
            "mail.hakata-kokoro.example.jp", "198.51.100.132",
            extra=[("Reply-To", "takara.makoto@private-mail.example.com"),
                   ("X-Mailer", "Becky! ver. 2.81.08 [ja]")])
    g = gold(mid, "doctor", name="高良 誠", email="takara.makoto@private-mail.example.com", phone="08011973364",
             age=48, organization="医療法人 博多こころ会 那珂川こころの病院", specialties=["精神科"],
             prefectures=["沖縄県"], employment=["part_time"], days_per_week=4, start="2026-09-01")
    add(9, "psychiatrist-okinawa-replyto-jis", "doctor",
        "text/plain ISO-2022-JP 7bit; Reply-To (private address) differs from From (work address)", "medium",
        "Job-changing psychiatrist (精神神経科): email = Reply-To, 福岡 is the current workplace and 沖縄県 the wish, 非常勤（週4日） -> part_time/4, 2026年9月1日 -> 2026-09-01",
        text(h, body, "jis"), g)


def m010():
    mid = "cgi.20261014084730.30962@www.md2-rm.example.org"
    date = D(2026, 10, 14, 8, 47, 30)
    body = """ホームページのお問い合わせフォームから送信されました。

◆お名前　　　　：石黒 文子
◆フリガナ　　　：イシグロ　フミコ
◆生年　　　　　：1963年
◆年齢　　　　　：63歳
◆ご連絡先メール：f.ishiguro@setouchi-derma.example.jp
◆お電話　　　　：086-231-5570
◆ご所属　　　　：岡山せとうち皮膚科
◆専門　　　　　：皮膚科
◆勤務地のご希望：中国地方
◆勤務形態　　　：非常勤（週2日）
◆開始時期　　　：2026年12月
◆ご質問　　　　：
現在の診療所は12月から長男に任せる予定です。
中国地方の病院やクリニックで、皮膚科外来の応援ができればと思っています。
中国地方のどの県でも通います（新幹線を使います）。

--
formmail.cgi v1.4
"""
    h = [("Return-Path", "<apache@www.md2-rm.example.org>"),
         ("Received", "by www.md2-rm.example.org (Postfix, from userid 48)\n\tid %s; %s" % (qid(mid), date)),
         ("Date", date), ("From", "apache@www.md2-rm.example.org"), ("To", INBOX),
         ("Subject", ew("お問い合わせ（医師の方）", "jis")), ("Message-ID", "<%s>" % mid)]
    g = gold(mid, "doctor", name="石黒 文子", name_kana="イシグロ フミコ", email="f.ishiguro@setouchi-derma.example.jp",
             phone="0862315570", age=63, birth_year=1963, organization="岡山せとうち皮膚科", specialties=["皮膚科"],
             prefectures=CHUGOKU, employment=["part_time"], days_per_week=2, start="2026-12")
    add(10, "cgi-form-derma-chugoku-jis", "doctor",
        "text/plain ISO-2022-JP 7bit; CGI form mail from apache (◆ labels with full-width padding); Subject RFC 2047 ISO-2022-JP B", "medium",
        "Dermatologist's form: both 生年 1963年 and 63歳, katakana reading with a full-width space, 中国地方 -> 5 prefectures, 非常勤（週2日）, 2026年12月 (the month her son takes over)",
        text(h, body, "jis"), g)


def m011():
    mid = "20261105071233.9F3A2.t.ohyama.kgsm@mobile.example.jp"
    date = D(2026, 11, 5, 7, 12, 33)
    lines = ["事務局さま", "整形外科医です。６８才。", "鹿児島の離島で働きたいと思ってます。常勤希望。",
             "来年度から。", "連絡はこのアドレスか携帯０９０－６６１２－３０８１まで。", "", "大山 剛"]
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
            '<body><div style="font-size:16px">' + "<br>".join(l if l else "&nbsp;" for l in lines) +
            "</div></body></html>\n")
    h = [("Return-Path", "<t.ohyama.kgsm@mobile.example.jp>"),
         ("Received", "from mgw02.mobile.example.jp (mgw02.mobile.example.jp [203.0.113.12])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (MX, qid(mid), INBOX, recv_date(date))),
         ("Date", date), ("From", "t.ohyama.kgsm@mobile.example.jp"), ("To", INBOX),
         ("Subject", ew("登録", "utf8")), ("Message-ID", "<%s>" % mid)]
    eml = single(h, html, "utf-8", "UTF-8", "base64", ctype="text/html")
    g = gold(mid, "doctor", name="大山 剛", email="t.ohyama.kgsm@mobile.example.jp", phone="09066123081", age=68,
             specialties=["整形外科"], prefectures=["鹿児島県"], employment=["full_time"], start="2027-04")
    add(11, "mobile-html-ortho-kagoshima-islands", "doctor",
        "text/html only, UTF-8 base64 (carrier mail, <br> lines, &nbsp;); bare From address; Subject UTF-8 B", "medium",
        "Very short mobile mail: full-width ６８才 and phone with －, 鹿児島 -> 鹿児島県, 常勤, 来年度 in Nov 2026 -> 2027-04; name only on the last line",
        eml, g)


def m012():
    mid = "5d3c8e10-a7f2-4b69-b0d4-1e92f6c73a58@hibiki-sanfujinka.example.jp"
    date = D(2026, 9, 10, 15, 20, 18)
    body = """地域医療マッチング事務局 御中

北九州ひびき産婦人科クリニックの院長、中園 玲子と申します。
60歳を機に分娩の取り扱いをやめ、クリニックを閉じることにいたしました。

今後は婦人科の外来を中心に、週3回程度、非常勤で働ける場所を探しております。
福岡県の筑豊地区か、佐賀県であれば通勤できます。
来月からでも勤務可能です。

履歴書と職務経歴書を添付いたしますので、ご確認いただけますと幸いです。

中園 玲子
TEL 093-602-1184
"""
    h = hdr(mid, date, "中園 玲子", "nakazono@hibiki-sanfujinka.example.jp", "登録のお願い（履歴書添付）",
            "mail.hibiki-sanfujinka.example.jp", "198.51.100.58", hcs="utf8",
            extra=[("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:128.0) Gecko/20100101\n Thunderbird/128.2.0")])
    fn = ew("履歴書_中園玲子.pdf", "utf8", maxlen=200)
    eml = multipart(h, "mixed", "------------Q0kz7cW1hB9vR2mN5xT8pL4d",
                    [leaf(body, "utf-8", "UTF-8", "base64"),
                     pdf('name="%s"' % fn, 'filename="%s"' % fn)],
                    preamble="This is a multi-part message in MIME format.")
    g = gold(mid, "doctor", name="中園 玲子", email="nakazono@hibiki-sanfujinka.example.jp", phone="0936021184",
             age=60, organization="北九州ひびき産婦人科クリニック", specialties=["産婦人科"],
             prefectures=["福岡県", "佐賀県"], employment=["part_time"], days_per_week=3, start="2026-10")
    add(12, "obgyn-resume-fukuoka-saga-mixed", "doctor",
        "multipart/mixed: text/plain UTF-8 base64 + application/pdf with RFC 2047 encoded name/filename (UTF-8 B in quotes)", "medium",
        "Obstetrician closing her clinic: 60歳を機に -> 60, 婦人科 -> 産婦人科, 週3回程度 -> 3 days part_time, 福岡県（筑豊）/佐賀県, 来月 in Sep 2026 -> 2026-10; her own clinic is the organization",
        eml, g)


def m013():
    mid = "7a9e5d21-04c3-4f8b-a6e2-c13b58d0f946@shizuoka-aoi.example.jp"
    date = D(2026, 8, 17, 9, 2, 55)
    body = """地域医療マッチング事務局
ご担当者様

拝啓　残暑の候、貴事務局ますますご清栄のこととお慶び申し上げます。

突然のお便りにて失礼いたします。私は昭和二十九年生まれ、本年七十二歳になる内科医でございます。
長年、静岡市内の企業の健康管理室で産業医として、また人間ドックの判定医として勤めてまいりましたが、本年末をもちまして退職することとなりました。

つきましては、これまでの経験を活かし、健診業務の嘱託医として、静岡県内、できれば伊豆半島の健診施設などでお役に立てればと存じます。
開始時期は令和9年1月を希望いたします。
勤務日数等は先方のご事情に合わせたく存じます。

ご多用中恐縮ではございますが、ご検討のほどよろしくお願い申し上げます。

敬具

-- 
望月 兼光
静岡市葵区
電話 054-271-3306
"""
    h = hdr(mid, date, "望月 兼光", "k.mochizuki@shizuoka-aoi.example.jp", "健診業務での登録について",
            "mail.shizuoka-aoi.example.jp", "198.51.100.166",
            extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101\n Thunderbird/115.14.0"),
                   ("Content-Language", "ja")])
    eml = single(h, flow(body), "iso2022_jp", "ISO-2022-JP", "7bit", extra="; format=flowed; delsp=yes")
    g = gold(mid, "doctor", name="望月 兼光", email="k.mochizuki@shizuoka-aoi.example.jp", phone="0542713306",
             age=72, birth_year=1954, specialties=["内科", "産業医", "健診"], prefectures=["静岡県"],
             employment=["part_time"], start="2027-01")
    add(13, "polite-kenshin-izu-flowed-jis", "doctor",
        "text/plain ISO-2022-JP 7bit, format=flowed; delsp=yes (Thunderbird, lines cut mid-word); '-- ' signature", "hard",
        "Formal letter (拝啓…敬具) from a 72-year-old: 昭和二十九年 -> 1954 and 七十二歳 in kanji, 内科/産業医/人間ドック -> 内科, 産業医, 健診, 嘱託医 -> part_time, 令和9年1月 -> 2027-01 (本年末 is the retirement); the company is unnamed -> organization null",
        eml, g)


def m014():
    mid = "SA1PR08MB7719C2D4E0B3A95F18D6E2A47C31@SA1PR08MB7719.namprd08.prod.outlook.example.com"
    date = D(2026, 3, 31, 23, 40, 12, "-0700")
    body = """小野寺様

お世話になっております。学会出張中のため、米国から失礼いたします。
お問い合わせの件、以下のとおり回答いたします。

1. 希望する業務：訪問診療（在宅医療）。糖尿病の管理も対応できます。
2. 勤務形態：非常勤、週2日
3. 勤務地：岐阜県の東濃地域（多治見・土岐・瑞浪あたり）
4. 開始時期：来月から可能です

帰国後にあらためてお電話いたします。

――
岐阜ひまわり内科クリニック
糖尿病内科　堀 晴美
携帯 080-3256-7710

差出人: 地域医療マッチング事務局 <md@md2-rm.example.org>
送信日時: 2026年3月30日 17:05
宛先: 堀 晴美 <hori.harumi@himawari-naika.example.jp>
件名: 【地域医療マッチング事務局】ご希望条件の確認

堀 晴美 様

このたびはご登録いただき、ありがとうございます。事務局の小野寺です。
ご紹介先を探すにあたり、次の点をお知らせください。

1. 希望する業務（外来、病棟、訪問診療など）
2. 勤務形態（常勤／非常勤、日数）
3. 勤務地
4. 開始時期

""" + SEC_SIG + "\n"
    h = hdr(mid, date, "堀 晴美", "hori.harumi@himawari-naika.example.jp", "RE: 【地域医療マッチング事務局】ご希望条件の確認",
            "mail-bn8nam12on2091.outbound.protection.outlook.example.com", "40.107.237.91", hcs="utf8",
            extra=[("In-Reply-To", "<conf.20260330170511.2207@md2-rm.example.org>"),
                   ("References", "<conf.20260330170511.2207@md2-rm.example.org>"),
                   ("Thread-Topic", ew("【地域医療マッチング事務局】ご希望条件の確認", "utf8"))])
    g = gold(mid, "doctor", name="堀 晴美", email="hori.harumi@himawari-naika.example.jp", phone="08032567710",
             organization="岐阜ひまわり内科クリニック", specialties=["在宅医療", "糖尿病・内分泌内科"],
             prefectures=["岐阜県"], employment=["part_time"], days_per_week=2, start="2026-05")
    add(14, "outlook-reply-homecare-gifu-minus7", "doctor",
        "text/plain UTF-8 quoted-printable; Outlook reply with the Japanese header block (差出人/送信日時/宛先/件名) and no '>' marks; Date -0700", "hard",
        "Doctor abroad answers the secretariat's questions: Date 31 Mar 23:40 -0700 is 1 Apr in Tokyo, so 来月 -> 2026-05; 訪問診療 -> 在宅医療, 糖尿病 -> 糖尿病・内分泌内科; 東濃 with 岐阜県; the quoted questions (常勤／非常勤) and the secretariat phone are not hers",
        text(h, body, "utf8q"), g)


def m015():
    mid = "20260313143000.4417@tajima-mail.example.jp"
    date = D(2026, 3, 13, 14, 30, 0)
    body = """ご担当者様

兵庫県豊岡市在住の内科医、西垣 孝です。今年67になります。
昨年まで市内の病院に勤めておりましたが、現在は仕事をしておりません。

地元の但馬地域（兵庫県北部）の特別養護老人ホームや介護医療院で、配置医（嘱託医）として週1回程度の回診をする仕事はないでしょうか。
看取りの経験もございます。

西垣 孝
0796-22-8841
"""
    h = hdr(mid, date, "西垣 孝", "nishigaki.t@tajima-mail.example.jp", "施設の嘱託医の仕事について",
            "smtp.tajima-mail.example.jp", "198.51.100.90", hcs="utf8")
    g = gold(mid, "doctor", name="西垣 孝", email="nishigaki.t@tajima-mail.example.jp", phone="0796228841",
             age=67, specialties=["内科", "老健・介護施設"], prefectures=["兵庫県"], employment=["part_time"],
             days_per_week=1)
    add(15, "care-home-physician-tajima-8bit", "doctor",
        "text/plain UTF-8 8bit; From/Subject RFC 2047 UTF-8 B", "medium",
        "Retired internist wants to be a 配置医 at a 特養/介護医療院 -> 老健・介護施設: 今年67になります -> 67, 嘱託医/週1回程度 -> part_time/1, 但馬 with 兵庫県; no start, no workplace name",
        text(h, body, "utf8"), g)


def m016():
    mid = "CAK3t9pQx2V+7nRb0wLd5eJm8YhUs4oFz1cGi6aT@mail.gmail.example.com"
    date = D(2026, 9, 19, 21, 10, 48)
    body = """地域医療マッチング事務局 ご担当者様

横浜ベイサイド総合病院 救急科の宇佐美と申します。42歳です。
これまで都市部の救急医療に携わってきましたが、地域医療に腰を据えて取り組みたいと考え、転職を決めました。

東北であればどこでも構いません。常勤で、救急外来と総合診療の両方に関われる病院を希望します。
現職の引き継ぎがあるため、2027年4月からの勤務を考えています。

ご紹介いただける病院があれば、見学にも伺いたいと思います。

宇佐美 航
携帯：070-4182-5596
"""
    h = hdr(mid, date, "Wataru Usami", "wataru.usami.er@gmail.example.com", "東北地方での常勤勤務の希望",
            "mail-pj1-f44.google.example.com", "209.85.216.44", hcs="utf8")
    g = gold(mid, "doctor", name="宇佐美 航", email="wataru.usami.er@gmail.example.com", phone="07041825596",
             age=42, organization="横浜ベイサイド総合病院", specialties=["救急科", "総合診療科"],
             prefectures=TOHOKU, employment=["full_time"], start="2027-04")
    add(16, "er-career-change-tohoku-anywhere-b64", "doctor",
        "text/plain UTF-8 base64 (Gmail); From display name in romaji; Subject UTF-8 B", "medium",
        "Mid-career emergency physician: 東北であればどこでも -> the 6 Tohoku prefectures (not 全国), 救急/総合診療 -> 救急科, 総合診療科, 2027年4月; name in kanji only in the signature (From has romaji)",
        text(h, body, "utf8b"), g)


def m017():
    mid = "001201dc8e0f$4b7a2e10$e26e8a30$@sanuki-home.example.jp"
    date = D(2026, 1, 25, 19, 40, 26)
    body = """地域医療マッチング事務局　御中

香川県高松市の三好と申します。妻の件でご相談させてください。

妻・三好 千晴は麻酔科医で、現在は大阪の病院に勤務しておりますが、
私の転勤に伴い、来春から家族で高松に移ることになりました。
妻は小さい子どもがいるため、当面は非常勤で、ペインクリニック外来か手術麻酔の仕事を希望しております。

① 勤務地：香川県内（高松から通える範囲）
② 勤務形態：非常勤（週１日）
③ 妻の連絡先：chiharu.miyoshi@sanuki-home.example.jp

私の電話番号は０８７－８３４－２２９０です（平日の夜は在宅しております）。
どうぞよろしくお願いいたします。

三好 浩二
"""
    h = hdr(mid, date, "三好 浩二", "koji.miyoshi@sanuki-home.example.jp", "妻（麻酔科医）の勤務先について",
            "mail.sanuki-home.example.jp", "198.51.100.31", hcs="cp932",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    eml = single(h, body, "cp932", "Shift_JIS", "8bit")
    g = gold(mid, "doctor", name="三好 千晴", email="chiharu.miyoshi@sanuki-home.example.jp", phone="0878342290",
             specialties=["麻酔科"], prefectures=["香川県"], employment=["part_time"], days_per_week=1)
    add(17, "husband-anesthesia-kagawa-cp932", "doctor",
        "text/plain labelled Shift_JIS but CP932 8bit (① ② ③ are not in Shift_JIS); From/Subject RFC 2047 Shift_JIS B of CP932 bytes", "hard",
        "Husband writes for his wife: name is hers, email her own from the body, phone his (she gives none) with full-width digits and －; ペインクリニック/手術麻酔 -> 麻酔科, 週１日; 来春 has no month -> start null; 大阪 is her current workplace, not a wish",
        eml, g)


def m018():
    mid = "3E1B9A27-6C4D-4F80-B5A2-D07E94C1F6B3@rakuhoku-img.example.jp"
    date = D(2026, 5, 20, 11, 45, 3)
    body = """地域医療マッチング事務局 御中

放射線診断専門医の長谷部と申します。64才です。
現在、京都市内の「洛北画像診断クリニック」で読影を担当しておりますが、
2026年7月末で退職し、8月から山陰地方で非常勤の仕事ができればと考えております。

現地での読影やCT・MRI検査の立ち会いでも、遠隔読影でも対応可能です。
週の日数はご相談させてください。

長谷部 宏明
hasebe.h@rakuhoku-img.example.jp
"""
    h = hdr(mid, date, "長谷部宏明", "hasebe.h@rakuhoku-img.example.jp", "山陰地方での非常勤勤務について",
            "mail.rakuhoku-img.example.jp", "198.51.100.119", hcs="utf8",
            extra=[("X-Mailer", "Apple Mail (2.3774.600.62)")])
    html = html_divs(body, "utf-8", "font-family:'Hiragino Sans',sans-serif")
    eml = multipart(h, "alternative", "Apple-Mail=_5B0C7F2E-91A4-4D3B-8E6A-2C1F0D9B7E45",
                    [leaf(body, "utf-8", "utf-8", "quoted-printable"),
                     leaf(html, "utf-8", "utf-8", "quoted-printable", ctype="text/html")])
    g = gold(mid, "doctor", name="長谷部 宏明", email="hasebe.h@rakuhoku-img.example.jp", age=64,
             organization="洛北画像診断クリニック", specialties=["放射線科"], prefectures=SANIN,
             employment=["part_time"], start="2026-08")
    add(18, "radiologist-sanin-apple-alt", "doctor",
        "multipart/alternative (Apple Mail): text/plain + text/html, both UTF-8 quoted-printable", "medium",
        "Radiologist (読影/遠隔読影 -> 放射線科): 64才, 山陰地方 -> 鳥取県, 島根県, 7月末で退職 then 8月から -> 2026-08; 京都 is the current workplace; days left open",
        eml, g)


def m019():
    mid = "20260227172041.8E0B.2F6C1D93@kitaouu-u.example.jp"
    date = D(2026, 2, 27, 17, 20, 41)
    body = """マッチング事務局 担当者様

北奥羽大学医学部附属病院 泌尿器科の成田です。
私も今年で65歳となり、3月末で定年退職します。
4月以降も、青森県内の病院で泌尿器科の診療を続けたいと考えています。常勤・非常勤いずれも可です。

よろしくお願いします。

成田 健吾
北奥羽大学医学部附属病院 泌尿器科
〒036-8563 青森県弘前市在府町5
TEL 0172-39-5091
"""
    h = hdr(mid, date, "成田 健吾", "narita-k@kitaouu-u.example.jp", "登録の件",
            "mx.kitaouu-u.example.jp", "192.0.2.150", extra=[("X-Mailer", "Becky! ver. 2.80.04 [ja]")])
    g = gold(mid, "doctor", name="成田 健吾", email="narita-k@kitaouu-u.example.jp", phone="0172395091", age=65,
             organization="北奥羽大学医学部附属病院", specialties=["泌尿器科"], prefectures=["青森県"],
             employment=["full_time", "part_time"], start="2026-04")
    add(19, "urologist-university-aomori-jis", "doctor",
        "text/plain ISO-2022-JP 7bit (Becky!); From/Subject RFC 2047 ISO-2022-JP B", "easy",
        "Retiring university urologist: 今年で65歳となり -> 65, 4月以降 in Feb 2026 -> 2026-04, 常勤・非常勤いずれも可 -> both; organization without 泌尿器科; postal code is no phone",
        text(h, body, "jis"), g)


def m020():
    mid = "OS3P286MB2215E4A1C07B9D63F52A18E0B7C4@OS3P286MB2215.JPNP286.PROD.OUTLOOK.example.com"
    date = D(2026, 12, 1, 12, 8, 37)
    body = """地域医療マッチング事務局 御中

札幌市の消化器内科医、佐々木と申します（55歳）。
貴事業について二点お尋ねします。

① 登録した場合、紹介された病院に必ず勤務しなければならないのでしょうか。
② 非常勤だけの登録も可能でしょうか。

私としては、道東の病院で、内視鏡を中心に週1日程度の非常勤勤務を来年度から考えております。
現在の勤務先（札幌ポプラ記念病院）は続けながらの勤務になります。

佐々木 真一
TEL 011-598-2037
"""
    h = hdr(mid, date, "佐々木 真一", "s-sasaki@poplar-mh.example.jp", "登録についての質問",
            "mail-os0jpn01on2107.outbound.protection.outlook.example.com", "40.107.113.107", hcs="msjis",
            extra=[("Thread-Topic", ew("登録についての質問", "msjis")), ("Content-Language", "ja-JP")])
    eml = single(h, body, "ms-iso2022jp", '"iso-2022-jp"', "7bit")
    g = gold(mid, "doctor", name="佐々木 真一", email="s-sasaki@poplar-mh.example.jp", phone="0115982037", age=55,
             organization="札幌ポプラ記念病院", specialties=["消化器内科"], prefectures=["北海道"],
             employment=["part_time"], days_per_week=1, start="2027-04")
    add(20, "questions-gi-doto-msjis", "doctor",
        "text/plain labelled iso-2022-jp with Microsoft extensions (① ②) via cp932->JIS; Outlook", "medium",
        "Starts with questions about the programme but states his own wish: 道東 -> 北海道, 週1日程度 -> 1 day part_time, 来年度 in Dec 2026 -> 2027-04, (55歳) in brackets; 札幌 is where he lives and works",
        eml, g)


# ======================================================================= hospital

def m021():
    mid = "20260109153320.6A2D.9B3E0F71@town-embetsu.example.jp"
    date = D(2026, 1, 9, 15, 33, 20)
    body = """ドクターセカンドキャリア 地域医療マッチング事務局 御中

新年明けましておめでとうございます。
北海道天塩郡遠別町役場 保健福祉課の工藤でございます。

当町唯一の医療機関である町立診療所において、所長を務めておりました医師が本年3月末で退職することとなりました。
つきましては、後任となる常勤医師（内科または総合診療）を1名募集いたします。
勤務開始は令和8年4月を希望しておりますが、多少遅れても構いません。

・医師住宅（3LDK）を町で用意いたします
・給与は経験に応じて町の規程により決定いたします
・当直はありません（夜間は近隣の病院と連携しております）

ご紹介いただける先生がおられましたら、ご連絡をお願いいたします。

遠別町役場 保健福祉課 地域医療係
工藤 美幸
TEL 01632-7-2114
"""
    h = hdr(mid, date, "遠別町役場 工藤", "iryo@town-embetsu.example.jp", "町立診療所の常勤医師募集について",
            "mail.town-embetsu.example.jp", "192.0.2.77", extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    g = gold(mid, "hospital", name="工藤 美幸", email="iryo@town-embetsu.example.jp", phone="0163272114",
             organization="遠別町役場", specialties=["内科", "総合診療科"], prefectures=["北海道"],
             municipality="遠別町", employment=["full_time"], start="2026-04")
    add(21, "town-office-clinic-embetsu-jis", "hospital",
        "text/plain ISO-2022-JP 7bit; From/Subject RFC 2047 ISO-2022-JP B", "easy",
        "Town office recruits a successor for its clinic: 内科または総合診療 -> 内科, 総合診療科, 常勤, 令和8年4月 -> 2026-04 (3月末 is the predecessor leaving); 当直はありません is no spot; 3LDK is no phone; municipality 遠別町 (written with 天塩郡)",
        text(h, body, "jis"), g)


def m022():
    mid = "20260422101452.0F17@sakuranosato-mamuro.example.jp"
    date = D(2026, 4, 22, 10, 14, 52)
    body = """地域医療マッチング事務局 ご担当者様

お世話になります。
山形県最上郡真室川町の特別養護老人ホーム「さくらの里まむろ」で生活相談員をしております、佐藤 加奈子と申します。

当施設の配置医師（内科）をお願いしていた先生がご高齢のため引退されることになり、後任の先生を探しております。
・入所者80名の健康管理、月2回の回診
・嘱託（非常勤）
・ｵﾝｺｰﾙ対応は原則なし、看取りの際のみご相談
・開始：2026年6月から

ご多忙のところ恐縮ですが、ご紹介いただけますと幸いです。

社会福祉法人 真室川福祉会
特別養護老人ホーム さくらの里まむろ
生活相談員 佐藤 加奈子
TEL 0233-62-4410 / FAX 0233-62-4411
"""
    h = hdr(mid, date, "さくらの里まむろ 佐藤", "sodan@sakuranosato-mamuro.example.jp", "配置医師の後任について",
            "mail.sakuranosato-mamuro.example.jp", "198.51.100.212", hcs="sjis")
    g = gold(mid, "hospital", name="佐藤 加奈子", email="sodan@sakuranosato-mamuro.example.jp", phone="0233624410",
             organization="社会福祉法人 真室川福祉会 特別養護老人ホーム さくらの里まむろ",
             specialties=["老健・介護施設", "内科"], prefectures=["山形県"], municipality="真室川町",
             employment=["part_time"], start="2026-06")
    add(22, "tokuyo-haichi-mamurogawa-sjis", "hospital",
        "text/plain Shift_JIS 8bit with half-width katakana (ｵﾝｺｰﾙ); From/Subject RFC 2047 Shift_JIS B", "medium",
        "特養 seeks a 配置医師（内科） -> 老健・介護施設, 内科: 嘱託（非常勤） -> part_time, 月2回 gives no days, 2026年6月; organization is the corporation and facility from the two signature lines; 80名 is no age",
        text(h, body, "sjis"), g)


def m023():
    mid = "20261005093011.3C5F.8A14D2E6@oki-futaba.example.jp"
    date = D(2026, 10, 5, 9, 30, 11)
    body = """地域医療マッチング事務局
ご担当者様

拝啓　秋冷の候、ますますご清祥のこととお喜び申し上げます。

私どもは、島根県隠岐郡隠岐の島町で介護老人保健施設「しおかぜ」を運営しております医療法人 隠岐双葉会でございます。
現施設長が来年3月で退任されるため、後任の施設長（常勤医師）をお迎えしたく、ご相談申し上げます。

　募集：施設長（医師）1名　常勤
　業務：入所者（定員100名）の医学的管理、通所リハビリ利用者の診察
　着任：来年4月
　待遇：島内に宿舎あり、本土への帰省旅費を支給

定年退職後の先生も歓迎いたします（70歳くらいまで）。
ご検討のほど、よろしくお願い申し上げます。

敬具

医療法人 隠岐双葉会 介護老人保健施設 しおかぜ
事務長　村上 俊介
電話 08512-2-6031
"""
    h = hdr(mid, date, "村上 俊介", "jimu@oki-futaba.example.jp", "施設長（医師）ご紹介のお願い",
            "mail.oki-futaba.example.jp", "198.51.100.71", extra=[("X-Mailer", "Becky! ver. 2.81.08 [ja]")])
    g = gold(mid, "hospital", name="村上 俊介", email="jimu@oki-futaba.example.jp", phone="0851226031",
             organization="医療法人 隠岐双葉会 介護老人保健施設 しおかぜ", specialties=["老健・介護施設"],
             prefectures=["島根県"], municipality="隠岐の島町", employment=["full_time"], start="2027-04")
    add(23, "roken-director-okinoshima-letter-jis", "hospital",
        "text/plain ISO-2022-JP 7bit (Becky!)", "medium",
        "Formal letter from a 老健 on an island seeking a full-time 施設長: 介護老人保健施設 -> 老健・介護施設, 来年4月 in Oct 2026 -> 2027-04 (来年3月 is the predecessor), 70歳くらいまで and 定員100名 are no values; 通所リハビリ is not a recruited field",
        text(h, body, "jis"), g)


def m024():
    mid = "20261028160244.51AE@misaki-kai.example.jp"
    date = D(2026, 10, 28, 16, 2, 44)
    body = """地域医療マッチング事務局 様

高知県室戸市の医療法人 岬会 むろと岬病院 総務課の岡林です。
当院は療養病棟と介護医療院（60床）を併設しております。

このたび、夜間・休日の当直をお願いできる先生を募集することになりました。
・平日夜間の当直（17時〜翌8時30分）、土日の日直
・診療科は問いませんが、高齢者医療にご理解のある先生
・12月から、月に数回でも構いません

なお、常勤医の募集ではございません。
何卒よろしくお願いいたします。

医療法人 岬会 むろと岬病院 総務課
岡林 大輔
TEL 0887-22-5318
"""
    h = hdr(mid, date, "岡林 大輔", "somu@misaki-kai.example.jp", "当直医募集のお願い（室戸市）",
            "mail.misaki-kai.example.jp", "198.51.100.28", hcs="utf8")
    g = gold(mid, "hospital", name="岡林 大輔", email="somu@misaki-kai.example.jp", phone="0887225318",
             organization="医療法人 岬会 むろと岬病院", prefectures=["高知県"], municipality="室戸市",
             employment=["spot"], start="2026-12")
    add(24, "night-duty-muroto-any-specialty-qp", "hospital",
        "text/plain UTF-8 quoted-printable; From/Subject RFC 2047 UTF-8 B", "hard",
        "Hospital with a 介護医療院 wants 当直/日直 doctors only: 診療科は問いません -> specialties [] (介護医療院 describes the hospital, not the post), spot only (常勤医の募集ではございません), 12月から in Oct -> 2026-12; 60床 and the hours are no values",
        text(h, body, "utf8q"), g)


def m025():
    mid = "8c41f7a2e93b4d05a6e1c27d90b3f5e8@miyoshi-med.example.jp"
    date = D(2026, 7, 16, 11, 18, 39)
    body = """地域医療マッチング事務局 ご担当者様

広島県の三次地区医師会 事務局の松岡と申します。
当会が運営する「三次市休日夜間急患センター」で、休日の日直をお願いできる先生を探しております。

・勤務：日曜・祝日の日直（9時〜18時）
・診療：内科・小児科の軽症患者の診察
・報酬：1回あたり所定の額（詳細は面談の際にご説明します）
・開始：随時

会員の高齢化で当番の確保が年々難しくなっており、地域外の先生のお力をお借りできればと考えております。

三次地区医師会 事務局
松岡 智美
TEL 0824-62-3390
"""
    h = hdr(mid, date, "三次地区医師会 松岡", "jimukyoku@miyoshi-med.example.jp", "休日当番（日直）医師のご紹介について",
            "mail.miyoshi-med.example.jp", "192.0.2.19", hcs="utf8",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    html = html_divs(body, "utf-8", "font-family:Meiryo UI,sans-serif;font-size:10.5pt")
    eml = multipart(h, "alternative", "----=_NextPart_000_0041_01DCF4A2.7B3E9C60",
                    [leaf(body, "utf-8", "utf-8", "base64"),
                     leaf(html, "utf-8", "utf-8", "base64", ctype="text/html")],
                    preamble="This is a multipart message in MIME format.")
    g = gold(mid, "hospital", name="松岡 智美", email="jimukyoku@miyoshi-med.example.jp", phone="0824623390",
             organization="三次地区医師会", specialties=["内科", "小児科"], prefectures=["広島県"],
             municipality="三次市", employment=["spot"])
    add(25, "medical-assoc-holiday-clinic-miyoshi-alt", "hospital",
        "multipart/alternative (Outlook): text/plain + text/html, both UTF-8 base64", "medium",
        "A local medical association recruits holiday 日直 doctors for its weekend clinic: organization is the association, spot only, 内科・小児科, 随時 -> start null; municipality 三次市 from the clinic's name",
        eml, g)


def m026():
    mid = "e4b07a19-2c6d-4f38-9a51-7d0c3e8b6f24@ono-suzuran.example.jp"
    date = D(2026, 9, 14, 13, 52, 7)
    earlier = """地域医療マッチング事務局 御中

以下の内容で求人の掲載をお願いいたします。

病院名：大野すずらん病院
募集科目：整形外科
勤務形態：常勤
開始時期：2026年10月
待遇：宿舎あり、オンコールなし

大野すずらん病院 事務部
前田 陽介"""
    body = """事務局 小野寺様

いつもお世話になっております。大野すずらん病院の前田です。
先月掲載をお願いした整形外科医の求人について、条件を変更させていただきたくご連絡しました。

常勤での応募がなかなか見込めないため、非常勤（週3日）に変更してください。
開始時期も、当初の10月から11月に変更をお願いします。
その他の条件（宿舎あり、オンコールなし）は変わりません。

お手数をおかけしますが、よろしくお願いいたします。

大野すずらん病院 事務部
前田 陽介
〒912-0081 福井県大野市元町8-21
TEL 0779-65-2217

2026/08/18 10:11, 大野すずらん病院 前田 wrote:
""" + quote(earlier) + "\n"
    h = hdr(mid, date, "大野すずらん病院 前田", "maeda@ono-suzuran.example.jp", "Re: 求人掲載のお願い（整形外科）",
            "mail.ono-suzuran.example.jp", "198.51.100.101",
            extra=[("In-Reply-To", "<9a2f61c3-5d8e-4b07-a4c2-18e6f03b7d95@ono-suzuran.example.jp>"),
                   ("References", "<9a2f61c3-5d8e-4b07-a4c2-18e6f03b7d95@ono-suzuran.example.jp>"),
                   ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101\n Thunderbird/128.1.0")])
    g = gold(mid, "hospital", name="前田 陽介", email="maeda@ono-suzuran.example.jp", phone="0779652217",
             organization="大野すずらん病院", specialties=["整形外科"], prefectures=["福井県"], municipality="大野市",
             employment=["part_time"], days_per_week=3, start="2026-11")
    add(26, "listing-change-ortho-ono-quoted-jis", "hospital",
        "text/plain ISO-2022-JP 7bit (Thunderbird); reply quoting the hospital's own earlier listing with '> '", "hard",
        "Hospital changes its listing: now 非常勤（週3日） and 11月 (the quoted original says 常勤 and 2026年10月, and 10月 also appears in the new text); 福井県大野市 only in the signature address; postal code is no phone",
        text(h, body, "jis"), g)


def m027():
    mid = "TY3PR01MB10482F6A2C8D4B71E09C35DA6B2@TY3PR01MB10482.jpnprd01.prod.outlook.example.com"
    date = D(2026, 2, 16, 9, 48, 2)
    body = """地域医療マッチング事務局
小野寺様

いつも大変お世話になっております。
徳島県美波町の町立みなみ海部病院 総務課の髙木でございます。

先日ご紹介いただきました内科の武田 昭彦先生の件でご連絡いたしました。
院長との面談の日程につきまして、以下の候補日でご調整いただけますでしょうか。

① 2月24日（火）14時～
② 2月26日（木）10時～
③ 3月2日（月）14時～

面談の結果次第ではございますが、当院としては4月からの常勤での着任をお願いできれば幸いと考えております。
なお、先生のご宿舎は病院敷地内の医師住宅をご用意する予定です。

町立みなみ海部病院 総務課
髙木 里美
TEL 0884-77-1250（代表）
"""
    h = hdr(mid, date, "髙木 里美", "takagi-s@minamikaifu-hp.example.jp", "武田先生との面談日程について",
            "mail-ty3jpn01on2131.outbound.protection.outlook.example.com", "40.107.114.131", hcs="msjis",
            extra=[("Thread-Topic", ew("武田先生との面談日程について", "msjis")), ("Content-Language", "ja-JP")])
    eml = single(h, body, "ms-iso2022jp", '"iso-2022-jp"', "7bit")
    g = gold(mid, "hospital", name="髙木 里美", email="takagi-s@minamikaifu-hp.example.jp", phone="0884771250",
             organization="町立みなみ海部病院", specialties=["内科"], prefectures=["徳島県"], municipality="美波町",
             employment=["full_time"], start="2026-04")
    add(27, "interview-dates-introduced-doctor-minami-msjis", "hospital",
        "text/plain labelled iso-2022-jp with Microsoft extensions (髙 ①②③ ～) via cp932->JIS; Subject/From/Thread-Topic the same (Outlook)", "hard",
        "Hospital clerk about a doctor the secretariat introduced: the doctor's name (武田 昭彦) is not the contact; interview dates 2月24日 etc. are no start, 4月からの常勤 -> full_time/2026-04; 髙 kept in the name",
        eml, g)


def m028():
    mid = "20260508182536.A0C3.5E7F1B28@uonuma-yamabiko.example.jp"
    date = D(2026, 5, 8, 18, 25, 36)
    body = """ドクターセカンドキャリア事務局 御中

新潟県魚沼市で内科・小児科の診療所を開いております、うおぬま山びこクリニックの事務長、星野と申します。
院長（私の夫です）が7月に手術を受けることになり、術後の療養期間、院長に代わって外来を担っていただける先生を探しております。

期間：7月6日から8月1日まで（約4週間）
診療：内科外来（小児の診察はお休みします）
時間：月〜金 9時〜17時半、土曜午前
宿泊：近隣の旅館をこちらでご用意します

短期間の代診をお願いできる先生がいらっしゃいましたら、ご紹介いただけないでしょうか。

うおぬま山びこクリニック
事務長 星野 由紀
TEL 025-792-6604
"""
    h = hdr(mid, date, "星野 由紀", "hoshino@uonuma-yamabiko.example.jp", "代診の先生のご紹介について",
            "mail.uonuma-yamabiko.example.jp", "198.51.100.183", hcs="euc",
            extra=[("X-Mailer", "Sylpheed 3.8.0beta1 (GTK+ 2.24.33; x86_64-pc-linux-gnu)")])
    g = gold(mid, "hospital", name="星野 由紀", email="hoshino@uonuma-yamabiko.example.jp", phone="0257926604",
             organization="うおぬま山びこクリニック", specialties=["内科"], prefectures=["新潟県"],
             municipality="魚沼市", employment=["spot"], start="2026-07-06")
    add(28, "locum-four-weeks-uonuma-eucjp", "hospital",
        "text/plain EUC-JP 8bit (Sylpheed); From/Subject RFC 2047 EUC-JP B", "hard",
        "Clinic needs a 4-week 代診 while the director has surgery: spot, 7月6日から -> 2026-07-06; only 内科 (小児 is paused although the clinic does both); 月〜金 is no day count",
        text(h, body, "euc"), g)


def m029():
    mid = "hpform.20261102104015.0417@form.md2-rm.example.org"
    date = D(2026, 11, 2, 10, 40, 15)
    body = """医療機関向け「求人掲載申込フォーム」より、以下の申込がありました。

━━━━━━━━━━━━━━━━━━━━━━━━
［医療機関名］ 西予市立宇和かわせみ病院
［所在地］ 〒797-0015 愛媛県西予市宇和町卯之町5丁目12
［ご担当者］ 二宮 修平
［フリガナ］ ニノミヤ シュウヘイ
［部署・役職］ 事務局 経営企画係長
［メール］ s-ninomiya@uwa-kawasemi.example.jp
［電話］ 0894-62-1733
［募集診療科］ 麻酔科、外科
［雇用形態］ 常勤
［募集人数］ 各1名
［勤務開始］ 2027年1月
［備考］
手術件数の増加に伴い、麻酔科医の確保が急務です。外科は内視鏡手術の経験があれば尚可。
━━━━━━━━━━━━━━━━━━━━━━━━
本メールは送信専用アドレスから自動送信されています。
"""
    h = [("Return-Path", "<no-reply@form.md2-rm.example.org>"),
         ("Received", "from app01.form.md2-rm.example.org (app01.form.md2-rm.example.org [192.0.2.41])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (MX, qid(mid), INBOX, recv_date(date, 1))),
         ("Date", date), ("From", addr("求人掲載申込フォーム", "no-reply@form.md2-rm.example.org", "utf8")),
         ("To", INBOX), ("Reply-To", "s-ninomiya@uwa-kawasemi.example.jp"),
         ("Subject", ew("【求人掲載申込】西予市立宇和かわせみ病院", "utf8")), ("Message-ID", "<%s>" % mid)]
    g = gold(mid, "hospital", name="二宮 修平", name_kana="ニノミヤ シュウヘイ", email="s-ninomiya@uwa-kawasemi.example.jp",
             phone="0894621733", organization="西予市立宇和かわせみ病院", specialties=["麻酔科", "外科"],
             prefectures=["愛媛県"], municipality="西予市", employment=["full_time"], start="2027-01")
    add(29, "listing-form-seiyo-anes-surgery-b64", "hospital",
        "text/plain UTF-8 base64; listing form (［label］ fields); Reply-To set to the contact; From/Subject RFC 2047 UTF-8 B", "easy",
        "Hospital listing form: two specialties (麻酔科, 外科), 常勤, 2027年1月; municipality 西予市 (宇和町 is a district of it); postal code and 各1名 are no values; 内視鏡手術 is not 内視鏡 medicine",
        text(h, body, "utf8b"), g)


def m030():
    mid = "20260721140559.3a6f0c2e@mutsuwan-kokoro.example.jp"
    date = D(2026, 7, 21, 14, 5, 59)
    body = """地域医療マッチング事務局 御中

青森県むつ市の医療法人 北斗会 むつ湾こころの病院、事務長の柴田でございます。

下北半島で唯一の精神科単科病院である当院では、常勤の精神科医師1名を募集しております。
あわせて、当直（月2〜4回）のみをお引き受けいただける先生も募集いたします。

勤務開始は来年度を予定しておりますが、早まる分には歓迎です。
65歳以上の先生、精神保健指定医をお持ちでない先生もご相談ください。

医療法人 北斗会 むつ湾こころの病院
事務長 柴田 勝也
TEL 0175-29-4702
mail: shibata@mutsuwan-kokoro.example.jp
"""
    h = hdr(mid, date, "柴田 勝也", "shibata@mutsuwan-kokoro.example.jp", "精神科医師募集のご相談",
            "mail.mutsuwan-kokoro.example.jp", "198.51.100.49",
            extra=[("X-Mailer", "Sylpheed 3.7.0 (GTK+ 2.24.32; i686-pc-mingw32)")])
    g = gold(mid, "hospital", name="柴田 勝也", email="shibata@mutsuwan-kokoro.example.jp", phone="0175294702",
             organization="医療法人 北斗会 むつ湾こころの病院", specialties=["精神科"], prefectures=["青森県"],
             municipality="むつ市", employment=["full_time", "spot"], start="2027-04")
    add(30, "psych-hospital-mutsu-fulltime-and-duty-jis", "hospital",
        "text/plain ISO-2022-JP 7bit (Sylpheed)", "medium",
        "Psychiatric hospital recruits full-time and duty-only doctors: full_time + spot, 月2〜4回 gives no days, 来年度 in Jul 2026 -> 2027-04, 65歳以上 is no age; municipality むつ市 in hiragana",
        text(h, body, "jis"), g)


def m031():
    mid = "20260303174421.27C9@amakusa-toseki.example.jp"
    date = D(2026, 3, 3, 17, 44, 21)
    body = """お世話になります。
熊本県天草市の「あまくさ透析クリニック」で事務を担当しております、浜崎です。

当院の透析担当医が体調を崩され、後任の先生を至急探しております。
勤務は月・水・金の週3日、午前8時30分〜午後1時の透析回診です。
雇用は非常勤になります。
2026年4月1日からお願いできる先生がいらっしゃれば理想です。

人工透析の管理をお願いできる先生を、ご紹介いただけないでしょうか。

あまくさ透析クリニック 事務
浜崎 里奈
電話 0969-24-6618
"""
    h = hdr(mid, date, "浜崎 里奈", "jimu@amakusa-toseki.example.jp", "透析担当医師の募集",
            "mail.amakusa-toseki.example.jp", "198.51.100.64", hcs="utf8")
    g = gold(mid, "hospital", name="浜崎 里奈", email="jimu@amakusa-toseki.example.jp", phone="0969246618",
             organization="あまくさ透析クリニック", specialties=["透析"], prefectures=["熊本県"], municipality="天草市",
             employment=["part_time"], days_per_week=3, start="2026-04-01")
    add(31, "dialysis-clinic-amakusa-8bit", "hospital",
        "text/plain UTF-8 8bit; From/Subject RFC 2047 UTF-8 B", "easy",
        "Dialysis clinic: 月・水・金の週3日 -> 3 days, 非常勤, 2026年4月1日 -> 2026-04-01, 透析/人工透析 -> 透析; the clinic name in 「」",
        text(h, body, "utf8"), g)


def m032():
    mid = "000c01dcc8e4$7f2a91b0$7d7fb510$@aburatsu-minato.example.jp"
    date = D(2026, 5, 21, 16, 20, 8)
    body = """ドクターセカンドキャリア 地域医療マッチング事務局 御中

宮崎県日南市の社会医療法人 日南海岸会 油津みなと病院 人事課の黒木と申します。

当院では小児科の医師を探しておりますが、貴事業に求人を掲載していただくには、どのような手続きが必要でしょうか。
① 掲載に費用はかかりますか
② 申込書の様式はありますか
③ 公立病院でなくても掲載できますか

ご教示いただけますと幸いです。

油津みなと病院 人事課
黒木 瑞穂
TEL 0987-23-4150（内線 215）
"""
    h = hdr(mid, date, "黒木 瑞穂", "jinji@aburatsu-minato.example.jp", "求人掲載の手続きについて",
            "mail.aburatsu-minato.example.jp", "198.51.100.226", hcs="cp932",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    eml = single(h, body, "cp932", "Windows-31J", "8bit")
    g = gold(mid, "hospital", name="黒木 瑞穂", email="jinji@aburatsu-minato.example.jp", phone="0987234150",
             organization="社会医療法人 日南海岸会 油津みなと病院", specialties=["小児科"], prefectures=["宮崎県"],
             municipality="日南市")
    add(32, "how-to-list-pediatrics-nichinan-win31j", "hospital",
        "text/plain charset=Windows-31J 8bit (① ② ③); From/Subject RFC 2047 Shift_JIS B", "medium",
        "Hospital asks how to list an opening (hospital, not general): 小児科 only, no employment or start; organization in full from the first line (the signature shortens it); the extension 内線 215 is not part of the phone",
        eml, g)


def m033():
    mid = "20261210131547.7E2B.4D90A6C1@vill-totsukawa.example.jp"
    date = D(2026, 12, 10, 13, 15, 47)
    body = """地域医療マッチング事務局 御中

奈良県吉野郡十津川村 住民課 保健福祉係の玉置と申します。

村内の国保診療所（3か所）を巡回していただける常勤の医師を探しております。
面積が広くへき地も多い村ですので、総合診療医、家庭医の先生に来ていただけると大変ありがたいです。
着任は令和9年4月を希望しております。
村営の医師住宅があり、ご家族での移住も歓迎いたします。

お力添えのほど、よろしくお願いいたします。

十津川村役場 住民課 保健福祉係
玉置 慎吾
TEL 0746-62-0901
"""
    h = hdr(mid, date, "玉置 慎吾", "hoken@vill-totsukawa.example.jp", "村内診療所の常勤医師について",
            "mail.vill-totsukawa.example.jp", "192.0.2.133")
    eml = single(h, body, "iso2022_jp", "ISO-2022-JP", "base64")
    g = gold(mid, "hospital", name="玉置 慎吾", email="hoken@vill-totsukawa.example.jp", phone="0746620901",
             organization="十津川村役場", specialties=["総合診療科"], prefectures=["奈良県"], municipality="十津川村",
             employment=["full_time"], start="2027-04")
    add(33, "village-clinics-totsukawa-jis-base64", "hospital",
        "text/plain ISO-2022-JP in base64 (unusual transfer encoding for JIS); From/Subject RFC 2047 ISO-2022-JP B", "medium",
        "Village office recruits a full-time doctor for its 3 clinics: 総合診療医/家庭医 -> 総合診療科, 令和9年4月 -> 2027-04; organization 十津川村役場 without the section; (3か所) is no number of days",
        eml, g)


def m034():
    mid = "20261118100533.1F4A.6C2E9B07@moriyoshi-hp.example.jp"
    date = D(2026, 11, 18, 10, 5, 33)
    body = """地域医療マッチング事務局 ご担当者様

お世話になっております。
秋田県北秋田市の秋田県厚生連 もりよし山麓病院 人事課の畠山でございます。

令和9年度の医師募集につきまして、求人票を添付にてお送りいたします。
募集内容は次の2件です。

１．消化器内科　常勤1名（2027年4月着任）
２．外科　非常勤1名（週1日、外来のみ）

掲載をご検討いただけますと幸いです。

秋田県厚生連 もりよし山麓病院 人事課
畠山 純一
TEL 0186-60-2248
"""
    h = hdr(mid, date, "畠山 純一", "jinji@moriyoshi-hp.example.jp", "令和9年度 医師募集（求人票送付）",
            "mail.moriyoshi-hp.example.jp", "198.51.100.247", extra=[("X-Mailer", "Becky! ver. 2.81.08 [ja]")])
    fname = "%E6%B1%82%E4%BA%BA%E7%A5%A8_%E3%82%82%E3%82%8A%E3%82%88%E3%81%97%E5%B1%B1%E9%BA%93%E7%97%85%E9%99%A2.pdf"
    eml = multipart(h, "mixed", "--------_6A1C3E7F2B9D4A05_MULTIPART_MIXED_",
                    [leaf(body, "iso2022_jp", "ISO-2022-JP", "7bit"),
                     pdf("name*=UTF-8''%s" % fname, "filename*=UTF-8''%s" % fname)])
    g = gold(mid, "hospital", name="畠山 純一", email="jinji@moriyoshi-hp.example.jp", phone="0186602248",
             organization="秋田県厚生連 もりよし山麓病院", specialties=["消化器内科", "外科"], prefectures=["秋田県"],
             municipality="北秋田市", employment=["full_time", "part_time"], days_per_week=1, start="2027-04")
    add(34, "two-posts-kitaakita-pdf-rfc2231", "hospital",
        "multipart/mixed (Becky!): text/plain ISO-2022-JP 7bit + application/pdf with RFC 2231 UTF-8 filename", "medium",
        "Two openings in one mail: 消化器内科 常勤 from 2027年4月 (also 令和9年度) and 外科 非常勤 週1日 -> both specialties and kinds, days 1; full-width list numbers; organization keeps 秋田県厚生連",
        eml, g)


def m035():
    mid = "OSZPR01MB9120C4E7A2F05B81D3E6A9C2F7B0@OSZPR01MB9120.jpnprd01.prod.outlook.example.com"
    date = D(2026, 4, 23, 20, 31, 10)
    body = """地域医療マッチング事務局 御中

長崎県五島市で有床診療所を営んでおります、髙橋内科医院の髙橋 昭三と申します。
私も八十を前にして体力の衰えを感じるようになり、当院を引き継いでくださる内科の先生を探しております。

当院は19床の有床診療所で、島の高齢者の外来と入院を担っております。
常勤で、できれば将来は院長として継承していただける方を希望します。
時期は来年の春頃を考えておりますが、ご相談に応じます。

建物・設備・職員はそのまま引き継いでいただけます。
一度、島にお越しいただければ幸いです。

髙橋内科医院
院長 髙橋 昭三
TEL 0959-72-3185
"""
    h = hdr(mid, date, "髙橋 昭三", "takahashi-naika@goto-net.example.jp", "医院の後継者のご相談",
            "mail-os0jpn01on2119.outbound.protection.outlook.example.com", "40.107.113.119", hcs="msjis",
            extra=[("Thread-Topic", ew("医院の後継者のご相談", "msjis"))])
    eml = single(h, body, "ms-iso2022jp", '"iso-2022-jp"', "7bit")
    g = gold(mid, "hospital", name="髙橋 昭三", email="takahashi-naika@goto-net.example.jp", phone="0959723185",
             organization="髙橋内科医院", specialties=["内科"], prefectures=["長崎県"], municipality="五島市",
             employment=["full_time"])
    add(35, "clinic-succession-goto-msjis", "hospital",
        "text/plain labelled iso-2022-jp with Microsoft extension 髙 via cp932->JIS; Subject/From/Thread-Topic the same", "hard",
        "Elderly director (a physician) seeks a successor for his clinic -> hospital, not doctor: 内科 常勤, 来年の春頃 -> start null, 八十を前にして is no stated age, 19床 is no value",
        eml, g)


# ======================================================================= general

def m036():
    mid = "c2a8f5e1-7b3d-4906-8e14-5fd92b06a7c3@toto-med.example.jp"
    date = D(2026, 1, 27, 22, 5, 18)
    body = """ドクターセカンドキャリア 地域医療マッチング事務局 ご担当者様

突然のご連絡失礼いたします。東都医療大学 医学部5年の岸本 遥と申します。

現在、卒業研究として「シニア医師の地方勤務と地域医療の持続性」をテーマに調べております。
貴事業のウェブサイトを拝見し、定年退職後の医師が北海道や東北の病院で活躍されている事例に大変興味を持ちました。

つきましては、差し支えのない範囲で、以下の点を教えていただけないでしょうか。
・これまでのマッチング件数（都道府県別、診療科別）
・登録医師の年齢層（60代・70代の割合など）
・病院側から多い要望（常勤・非常勤の別など）

公開資料があれば、そちらをご紹介いただくだけでも大変助かります。

東都医療大学 医学部医学科5年
岸本 遥
"""
    h = hdr(mid, date, "岸本 遥", "kishimoto.haruka@toto-med.example.jp", "卒業研究のための資料のお願い",
            "mx.toto-med.example.jp", "192.0.2.210", hcs="utf8")
    g = gold(mid, "general", name="岸本 遥", email="kishimoto.haruka@toto-med.example.jp", organization="東都医療大学")
    add(36, "student-thesis-statistics-8bit", "general",
        "text/plain UTF-8 8bit; From/Subject RFC 2047 UTF-8 B", "medium",
        "Medical student asks for figures for a thesis: general although 医師, 北海道, 東北, 病院, 常勤/非常勤 and ages appear; organization is the university without the faculty",
        text(h, body, "utf8"), g)


def m037():
    mid = "20260612154029.3D8C.0A7B5E12@city-hamamatsu.example.jp"
    date = D(2026, 6, 12, 15, 40, 29)
    body = """地域医療マッチング事務局 御中

浜松市役所 健康福祉部 地域医療推進課の鈴木でございます。

市議会の一般質問に対する答弁資料を作成するにあたり、貴事業の実績について確認させていただきたくご連絡いたしました。

１．令和7年度に貴事業を通じて静岡県内の医療機関に着任された医師の人数
２．そのうち、浜松市天竜区の病院・診療所に着任された医師の人数
３．診療科別の内訳（内科、整形外科など）

公表されている範囲で差し支えございません。
恐れ入りますが、6月19日までにご回答いただけますと大変助かります。

浜松市役所 健康福祉部 地域医療推進課
主任 鈴木 雅人
TEL 053-457-2610
"""
    h = hdr(mid, date, "鈴木 雅人", "chiikiiryo@city-hamamatsu.example.jp", "貴事業の実績についてのお問い合わせ",
            "mail.city-hamamatsu.example.jp", "192.0.2.88")
    g = gold(mid, "general", name="鈴木 雅人", email="chiikiiryo@city-hamamatsu.example.jp", phone="0534572610",
             organization="浜松市役所")
    add(37, "city-statistics-hamamatsu-jis", "general",
        "text/plain ISO-2022-JP 7bit; From/Subject RFC 2047 ISO-2022-JP B", "hard",
        "A city office asks for placement figures for a council answer: general, not hospital, although it names 静岡県, a ward, 医療機関, 内科/整形外科 and a deadline (6月19日 is no start); organization without the department",
        text(h, body, "jis"), g)


def m038():
    mid = "20261019075012.8C2E.miyamoto@hachioji-net.example.jp"
    date = D(2026, 10, 19, 7, 50, 12)
    body = """事務局 御中

11月14日のオンラインセミナー「定年後のキャリアを考える」に参加を希望します。
内科の勤務医で、62歳です。まだ具体的に転職を考えているわけではなく、まずは話を聞いてみたいと思っています。

参加申込はこのメールでよろしいでしょうか。当日の接続先はいつ頃届きますか。
なお、カメラはオフでも構いませんか。

宮本 直樹
"""
    h = hdr(mid, date, "宮本 直樹", "n-miyamoto@hachioji-net.example.jp", "セミナー参加希望",
            "smtp.hachioji-net.example.jp", "198.51.100.9", hcs="sjis")
    g = gold(mid, "general", name="宮本 直樹", email="n-miyamoto@hachioji-net.example.jp")
    add(38, "doctor-seminar-only-sjis", "general",
        "text/plain Shift_JIS 8bit; From/Subject RFC 2047 Shift_JIS B", "hard",
        "A physician (内科, 62歳) asks only about joining a seminar and says he is not looking for a post yet -> general; his specialty and age are not carried; 11月14日 is the seminar date",
        text(h, body, "sjis"), g)


def m039():
    mid = "01d9c3a7e5b24f08a1c6@minato-print.example.com"
    date = D(2026, 3, 4, 11, 25, 50)
    body = """地域医療マッチング事務局
ご担当者様

いつもお世話になっております。株式会社 みなと印刷 営業部の今村です。

ご発注いただいた「医師募集ポスター（B2）」と「事業案内リーフレット」の校正紙ができあがりました。
下記からダウンロードしてご確認ください（パスワードは別メールでお送りします）。
https://proof.minato-print.example.com/d/7Kq2mR

先日のお打ち合わせでご指示いただいた、病院一覧の「鳥取県」「島根県」の掲載順と、電話番号の表記は修正済みです。

3月10日までに校了のご連絡をいただけますと、3月下旬の納品に間に合います。

株式会社 みなと印刷 営業部
今村 大樹
TEL 03-3642-7781
"""
    h = hdr(mid, date, "今村 大樹", "imamura@minato-print.example.com", "ポスター・リーフレット校正のご確認",
            "mail.minato-print.example.com", "203.0.113.140", hcs="utf8",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    html = html_divs(body, "utf-8", "font-family:游ゴシック,sans-serif")
    eml = multipart(h, "alternative", "----=_NextPart_000_0017_01DCAB62.4C8E1F30",
                    [leaf(body, "utf-8", "utf-8", "quoted-printable"),
                     leaf(html, "utf-8", "utf-8", "quoted-printable", ctype="text/html")],
                    preamble="This is a multipart message in MIME format.")
    g = gold(mid, "general", name="今村 大樹", email="imamura@minato-print.example.com", phone="0336427781",
             organization="株式会社 みなと印刷")
    add(39, "printer-proof-alt-qp", "general",
        "multipart/alternative (Outlook): text/plain + text/html, both UTF-8 quoted-printable", "medium",
        "A printing company (a vendor, not spam) sends proofs of the recruitment poster: general; 医師募集, 鳥取県/島根県 and 3月 dates are about the print job",
        eml, g)


def m040():
    mid = "20260908101203.6B1F9@okinawa-mirai-tv.example.jp"
    date = D(2026, 9, 8, 10, 12, 3)
    body = """ドクターセカンドキャリア 地域医療マッチング事務局 御中

沖縄みらい放送 報道部の新垣と申します。

夕方のニュース番組の特集で、県外から離島の診療所に移り住んだ医師を取り上げたいと考えております。
貴事業を通じて昨年、宮古島の病院に着任された先生がいらっしゃると伺いました。
もし可能でしたら、その先生と、受け入れた病院へのご取材のご仲介をお願いできないでしょうか。

放送は10月下旬を予定しております。
お手数ですが、ご検討のほどよろしくお願いいたします。

沖縄みらい放送 報道部 ディレクター
新垣 さやか
TEL 098-861-3304
携帯 090-7845-2219
"""
    h = hdr(mid, date, "新垣 さやか", "s-arakaki@okinawa-mirai-tv.example.jp", "取材のお願い（離島医療の特集）",
            "mail.okinawa-mirai-tv.example.jp", "203.0.113.66", hcs="utf8")
    g = gold(mid, "general", name="新垣 さやか", email="s-arakaki@okinawa-mirai-tv.example.jp", phone="0988613304",
             organization="沖縄みらい放送")
    add(40, "tv-interview-miyako-qp", "general",
        "text/plain UTF-8 quoted-printable; From/Subject RFC 2047 UTF-8 B", "easy",
        "Local TV director asks to interview a placed doctor: general (press); the office phone comes first; 宮古島 and 10月 are no lead data",
        text(h, body, "utf8q"), g)


def m041():
    mid = "20260726204418.c7e1a9@ezmobile.example.jp"
    date = D(2026, 7, 26, 20, 44, 18)
    lines = ["はじめまして。岩手県の西和賀町に住んでいる者です。",
             "町にひとつだけあった診療所の先生が春に引退されて、今は隣の市の病院まで車で1時間かけて通っています。",
             "高齢の母を連れての通院が本当に大変です。", "",
             "ネットでこちらの事業を知りました。",
             "町の人間が「お医者さんを紹介してほしい」とお願いすることはできるのでしょうか。",
             "役場にも相談しましたが、なかなか話が進まないようです。", "",
             "何かできることがあれば教えてください。", "", "高橋 ゆかり"]
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            '<div style="color:#333333">' + "<br>\n".join(l if l else "&nbsp;" for l in lines) +
            "</div></body></html>\n")
    h = [("Return-Path", "<yukari.t-0312@ezmobile.example.jp>"),
         ("Received", "from mta04.ezmobile.example.jp (mta04.ezmobile.example.jp [203.0.113.34])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (MX, qid(mid), INBOX, recv_date(date))),
         ("Date", date), ("From", "yukari.t-0312@ezmobile.example.jp"), ("To", INBOX),
         ("Subject", ew("町にお医者さんがいません", "utf8")), ("Message-ID", "<%s>" % mid)]
    eml = single(h, html, "utf-8", "UTF-8", "base64", ctype="text/html")
    g = gold(mid, "general", name="高橋 ゆかり", email="yukari.t-0312@ezmobile.example.jp")
    add(41, "resident-no-doctor-nishiwaga-mobile-html", "general",
        "text/html only, UTF-8 base64 (mobile); bare From address; Subject UTF-8 B", "hard",
        "A resident (not an institution) asks whether townspeople can request a doctor: general, not hospital, although it names 岩手県, a town, a clinic and a retired doctor",
        eml, g)


# ======================================================================= unsubscribe

def m042():
    mid = "20260302081544.4B7E@fujisawa-ganka.example.jp"
    date = D(2026, 3, 2, 8, 15, 44)
    body = """メルマガは今後不要です。送らないでください。

ふじさわ眼科クリニック
藤沢 一郎
"""
    h = hdr(mid, date, "ふじさわ眼科", "info@fujisawa-ganka.example.jp", "メール不要",
            "mail.fujisawa-ganka.example.jp", "198.51.100.151")
    g = gold(mid, "unsubscribe", name="藤沢 一郎", email="info@fujisawa-ganka.example.jp",
             organization="ふじさわ眼科クリニック")
    add(42, "curt-no-more-mail-jis", "unsubscribe",
        "text/plain ISO-2022-JP 7bit; From/Subject RFC 2047 ISO-2022-JP B", "easy",
        "Two-line refusal (不要です。送らないでください) without the words 配信停止 or 解除; name and clinic from the signature (an ophthalmologist's clinic, still no lead data)",
        text(h, body, "jis"), g)


def m043():
    mid = "CA+Lm4pXr7_Tq2sVh0dNe8KjB3wYf5zQ1oGu6iRc@mail.gmail.example.com"
    date = D(2026, 6, 5, 3, 30, 9, "+0100")
    body = """Hello,

I signed up for your newsletter at a conference some years ago, but I now live in the UK and no longer plan to work in Japan.
Please remove my address from your mailing list.

Thank you for your understanding,
Emi Watanabe
"""
    h = hdr(mid, date, "Emi Watanabe", "emi.watanabe.uk@gmail.example.com", "Please remove me from your list",
            "mail-wr1-f52.google.example.com", "209.85.221.52")
    g = gold(mid, "unsubscribe", name="Emi Watanabe", email="emi.watanabe.uk@gmail.example.com")
    add(43, "english-remove-me-bst", "unsubscribe",
        "text/plain US-ASCII 7bit; English; Date +0100", "easy",
        "English request to be removed from the mailing list; 'work in Japan' is not a job search",
        text(h, body, "ascii"), g)


def m044():
    mid = "TYWPR01MB11038D2E5F7A9C4B60E13A8F2D94@TYWPR01MB11038.jpnprd01.prod.outlook.example.com"
    date = D(2026, 7, 15, 9, 3, 30)
    news = """【地域医療マッチング通信】第67号（2026年7月）

■今月の求人（抜粋）
・岡山県真庭市　内科　常勤　2027年4月～
・北海道紋別市　整形外科　非常勤（週2日）
・大分県竹田市　在宅医療　非常勤

配信停止をご希望の方は本メールにご返信ください。
""" + SEC_SIG
    body = """購読解除を希望します。
昨年閉院いたしましたので、今後のご案内は不要です。

（旧）髙島クリニック
髙島 恭子

-----Original Message-----
From: 地域医療マッチング事務局 <md@md2-rm.example.org>
Sent: Wednesday, July 15, 2026 8:30 AM
To: takashima@takashima-cl.example.jp
Subject: 【地域医療マッチング通信】第67号（2026年7月）

""" + news + "\n"
    h = hdr(mid, date, "髙島 恭子", "takashima@takashima-cl.example.jp", "RE: 【地域医療マッチング通信】第67号（2026年7月）",
            "mail-ty2jpn01on2150.outbound.protection.outlook.example.com", "40.107.114.150", hcs="msjis",
            extra=[("In-Reply-To", "<news.2026-07.067.0003120@md2-rm.example.org>"),
                   ("Thread-Topic", ew("【地域医療マッチング通信】第67号（2026年7月）", "msjis"))])
    eml = single(h, body, "ms-iso2022jp", '"iso-2022-jp"', "7bit")
    g = gold(mid, "unsubscribe", name="髙島 恭子", email="takashima@takashima-cl.example.jp",
             organization="髙島クリニック")
    add(44, "outlook-reply-unsubscribe-closed-clinic-msjis", "unsubscribe",
        "text/plain labelled iso-2022-jp with Microsoft extensions (髙 ～) via cp932->JIS; Outlook '-----Original Message-----' quote", "medium",
        "購読解除 above the quoted newsletter (listings with prefectures, 常勤/非常勤, 週2日 and a 配信停止 line that are not hers); organization from （旧）髙島クリニック without the 旧 mark",
        eml, g)


def m045():
    mid = "20261110192703.5A9D.uchida@kirishima-net.example.jp"
    date = D(2026, 11, 10, 19, 27, 3)
    body = """事務局の皆さま

お世話になっております。内田です。
おかげさまで、10月から宮崎県の病院で常勤として働き始めました。
つきましては、求人情報のメール配信を停止していただけますでしょうか。

セミナーで相談に乗っていただいたこと、感謝しております。

内田 聡
"""
    h = hdr(mid, date, "内田 聡", "s-uchida@kirishima-net.example.jp", "求人メールの停止のお願い",
            "smtp.kirishima-net.example.jp", "198.51.100.172", hcs="euc")
    g = gold(mid, "unsubscribe", name="内田 聡", email="s-uchida@kirishima-net.example.jp")
    add(45, "placed-doctor-stop-job-mail-eucjp", "unsubscribe",
        "text/plain EUC-JP 8bit; From/Subject RFC 2047 EUC-JP B", "hard",
        "A doctor who has started a post asks to stop the job mail: unsubscribe, not doctor, although 宮崎県, 常勤 and 10月 appear; the hospital is unnamed",
        text(h, body, "euc"), g)


# ======================================================================= auto_reply

def m046():
    mid = "20260812090004.ar.7711@okitama-midori.example.jp"
    date = D(2026, 8, 12, 9, 0, 4)
    body = """このメールは自動返信です。

誠に勝手ながら、8月12日（水）から8月16日（日）まで夏季休業とさせていただきます。
期間中にいただいたメールには、8月17日（月）以降、順次ご返信いたします。
お急ぎの場合は、病院代表電話（0238-44-2101）へご連絡ください。

置賜みどり病院 総務課
"""
    h = hdr(mid, date, "置賜みどり病院 総務課", "somu@okitama-midori.example.jp",
            "自動返信: 【地域医療マッチング通信】第68号（2026年8月）", "mail.okitama-midori.example.jp",
            "198.51.100.36", rp="",
            extra=[("In-Reply-To", "<news.2026-08.068.0000714@md2-rm.example.org>"),
                   ("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])
    h[0] = ("Return-Path", "<>")
    add(46, "summer-closure-rfc3834-jis", "auto_reply",
        "text/plain ISO-2022-JP 7bit; Auto-Submitted: auto-replied, X-Autoreply; Return-Path <>", "easy",
        "Hospital's summer-closure autoreply to the newsletter; the phone and dates are not lead data",
        text(h, body, "jis"), gold(mid, "auto_reply"))


def m047():
    mid = "rc-2603-00418.1773019812@recruit.ryokufukai.example.jp"
    date = D(2026, 3, 9, 10, 30, 12)
    body = """※本メールはシステムより自動送信しております。ご返信いただいてもお答えできません。

医療法人 緑風会 採用センターへのお問い合わせ、ありがとうございます。
以下の受付番号でお問い合わせを承りました。

受付番号：RC-2603-00418

内容を確認のうえ、3営業日以内に担当者よりご連絡いたします。
医師の採用に関するご相談は、採用担当（平日9時〜17時）でも承っております。

医療法人 緑風会 採用センター
"""
    h = hdr(mid, date, "緑風会 採用センター", "no-reply@recruit.ryokufukai.example.jp",
            "[自動返信] お問い合わせを受け付けました", "smtp.recruit.ryokufukai.example.jp", "203.0.113.95",
            hcs="utf8", extra=[("Precedence", "auto_reply")])
    add(47, "recruit-desk-receipt-precedence-b64", "auto_reply",
        "text/plain UTF-8 base64; only 'Precedence: auto_reply' (no Auto-Submitted); Subject [自動返信] UTF-8 B", "medium",
        "A hospital group's recruitment desk confirms receipt with a ticket number: auto_reply although it talks about 医師の採用",
        text(h, body, "utf8b"), gold(mid, "auto_reply"))


def m048():
    mid = "20261001140240.noreply.5521@city-kaminoyama.example.jp"
    date = D(2026, 10, 1, 14, 2, 40)
    body = """本メールアドレスは送信専用のため、いただいたメールの内容は確認できません。
お問い合わせは、下記の問い合わせフォームよりお願いいたします。
https://www.city-kaminoyama.example.jp/contact/

このメールは送信専用アドレスから自動的に送信されています。
上山市 健康推進課
"""
    h = hdr(mid, date, "", "kenko-noreply@city-kaminoyama.example.jp", "Re: 【地域医療マッチング通信】第70号（2026年10月）",
            "mail.city-kaminoyama.example.jp", "192.0.2.61")
    add(48, "send-only-address-notice-no-headers-jis", "auto_reply",
        "text/plain ISO-2022-JP 7bit; NO auto headers; plain 'Re:' subject", "hard",
        "A city's send-only address answers automatically: recognisable only by the wording (送信専用, 自動的に送信)",
        text(h, body, "jis"), gold(mid, "auto_reply"))


def m049():
    mid = "ooo.20260929081107.2b4e@kanazawa-seiryo.example.jp"
    date = D(2026, 9, 29, 8, 11, 7, "+0200")
    body = """Thank you for your message.

I am away at an international congress in Vienna and will be back in the office on October 5.
During this time I have limited access to e-mail. For urgent matters, please contact the medical office of the hospital.

Satoru Imai
Department of Respiratory Medicine
Kanazawa Seiryo Hospital
"""
    h = hdr(mid, date, "Satoru Imai", "s-imai@kanazawa-seiryo.example.jp",
            "Out of Office: [Chiiki Iryo Matching] Newsletter No.70", "mail.kanazawa-seiryo.example.jp",
            "198.51.100.84", extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])
    h[0] = ("Return-Path", "<>")
    add(49, "english-ooo-congress-vienna", "auto_reply",
        "text/plain US-ASCII 7bit; English; Auto-Submitted: auto-replied, X-Autoreply; Date +0200", "easy",
        "A hospital doctor's English out-of-office notice; 'October 5', the department and the hospital are not lead data",
        text(h, body, "ascii"), gold(mid, "auto_reply"))


def m050():
    mid = "ticket-48213.1795686300@helpdesk.ehime-drbank.example.jp"
    date = D(2026, 11, 20, 16, 45, 0)
    body = """地域医療マッチング事務局 様

愛媛ドクターバンク相談窓口へのお問い合わせを受け付けました。
お問い合わせ番号：#48213

このメールは受付確認のため自動で送信しています。担当者より改めてご連絡いたしますので、しばらくお待ちください。
このメールへの返信はできません。

愛媛ドクターバンク相談窓口
"""
    h = hdr(mid, date, "愛媛ドクターバンク相談窓口", "support@helpdesk.ehime-drbank.example.jp",
            "[#48213] お問い合わせを受け付けました", "mail.helpdesk.ehime-drbank.example.jp", "203.0.113.201",
            hcs="utf8", extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])
    html = html_divs(body, "utf-8", "font-family:sans-serif")
    eml = multipart(h, "alternative", "--==_mimepart_6a3f1c0e2b9d4_7f1a3c",
                    [leaf(body, "utf-8", "UTF-8", "quoted-printable"),
                     leaf(html, "utf-8", "UTF-8", "quoted-printable", ctype="text/html")])
    add(50, "helpdesk-ticket-alt-auto-generated", "auto_reply",
        "multipart/alternative text+html UTF-8 quoted-printable; Auto-Submitted: auto-generated, X-Auto-Response-Suppress", "easy",
        "A partner help desk's ticket confirmation for a query the secretariat sent: auto_reply; the ticket number is no phone",
        eml, gold(mid, "auto_reply"))


# ======================================================================= bounce

NEWS_SUBJ_JIS = ew("【地域医療マッチング通信】第65号（2026年5月）")


def m051():
    mid = "20260414010031.7C2E61A0B3F@out1.md2-rm.example.org"
    date = "Tue, 14 Apr 2026 10:00:31 +0900 (JST)"
    h = [("Return-Path", "<>"),
         ("Received", "by out1.md2-rm.example.org (Postfix)\n\tid 7C2E61A0B3F; Tue, 14 Apr 2026 10:00:31 +0900 (JST)"),
         ("Date", date), ("From", "MAILER-DAEMON@out1.md2-rm.example.org (Mail Delivery System)"),
         ("Subject", "Undelivered Mail Returned to Sender"), ("To", INBOX),
         ("Auto-Submitted", "auto-replied"), ("Message-Id", "<%s>" % mid)]
    notice = """This is the mail system at host out1.md2-rm.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<k.yoshida@tonami-cl.example.jp>: Host or domain name not found. Name service
    error for name=tonami-cl.example.jp type=AAAA: Host not found
"""
    status = """Reporting-MTA: dns; out1.md2-rm.example.org
X-Postfix-Queue-ID: 7C2E61A0B3F
X-Postfix-Sender: rfc822; md@md2-rm.example.org
Arrival-Date: Tue, 14 Apr 2026 10:00:29 +0900 (JST)

Final-Recipient: rfc822; k.yoshida@tonami-cl.example.jp
Original-Recipient: rfc822;k.yoshida@tonami-cl.example.jp
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
    for name=tonami-cl.example.jp type=AAAA: Host not found
"""
    orig = """Return-Path: <md@md2-rm.example.org>
Received: from app01.md2-rm.example.org (app01.md2-rm.example.org [192.0.2.40])
	by out1.md2-rm.example.org (Postfix) with ESMTP id 7C2E61A0B3F
	for <k.yoshida@tonami-cl.example.jp>; Tue, 14 Apr 2026 10:00:29 +0900 (JST)
Date: Tue, 14 Apr 2026 10:00:28 +0900
From: md@md2-rm.example.org
To: k.yoshida@tonami-cl.example.jp
Subject: %s
Message-ID: <news.2026-05.065.0000388@md2-rm.example.org>
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-2022-JP
""" % NEWS_SUBJ_JIS
    B = "7C2E61A0B3F.1776128431/out1.md2-rm.example.org"
    eml = report(h, B, [
        raw_part("text/plain; charset=us-ascii", notice.replace("\n", "\r\n").encode("ascii"), extra=[("Content-Description", "Notification")]),
        raw_part("message/delivery-status", status.replace("\n", "\r\n").encode("ascii"), extra=[("Content-Description", "Delivery report")]),
        raw_part("text/rfc822-headers", orig.replace("\n", "\r\n").encode("ascii"), extra=[("Content-Description", "Undelivered Message Headers")])])
    add(51, "postfix-dsn-host-not-found", "bounce",
        "multipart/report; report-type=delivery-status (Postfix): text/plain us-ascii + message/delivery-status + text/rfc822-headers (original Subject ISO-2022-JP B)", "easy",
        "Postfix DSN from the outgoing relay: the recipient's domain does not resolve (5.4.4)",
        eml, gold(mid, "bounce"))


def m052():
    mid = "20260521001547.30881.qmail@mail.hinode-hp.example.jp"
    date = "21 May 2026 00:15:47 -0000"
    body = """Hi. This is the qmail-send program at mail.hinode-hp.example.jp.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<k.morita@hinode-hp.example.jp>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <md@md2-rm.example.org>
Received: (qmail 30879 invoked from network); 21 May 2026 00:15:46 -0000
Received: from out1.md2-rm.example.org (192.0.2.45)
  by mail.hinode-hp.example.jp with SMTP; 21 May 2026 00:15:46 -0000
Date: Thu, 21 May 2026 09:15:44 +0900
From: md@md2-rm.example.org
To: k.morita@hinode-hp.example.jp
Subject: %s
Message-ID: <news.2026-05.065.0001207@md2-rm.example.org>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

44CQ5Zyw5Z+f5Yy755mC44Oe44OD44OB44Oz44Kw6YCa5L+h44CR56ys77yW77yV5Y+344CA77yI
MjAyNuW5tDXmnIjvvIkK
""" % NEWS_SUBJ_JIS
    h = [("Return-Path", "<>"),
         ("Received", "from mail.hinode-hp.example.jp (mail.hinode-hp.example.jp [198.51.100.121])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; Thu, 21 May 2026 09:15:49 +0900 (JST)" % (MX, qid(mid), INBOX)),
         ("Date", date), ("From", "MAILER-DAEMON@mail.hinode-hp.example.jp"), ("To", INBOX),
         ("Subject", "failure notice"), ("Message-ID", "<%s>" % mid)]
    eml = single(h, body, "us-ascii", "us-ascii", "7bit")
    add(52, "qmail-plain-no-mailbox", "bounce",
        "text/plain us-ascii 7bit (qmail, not multipart/report); Date without weekday in -0000; copy of the message with a base64 body", "medium",
        "qmail 'failure notice' with the returned message pasted below the separator line",
        eml, gold(mid, "bounce"))


def m053():
    mid = "b2d47e90-3c15-4a8f-9e62-0f7a1c5d8b34@tsuruga-hp.example.jp"
    date = D(2026, 6, 3, 1, 2, 58, "+0000")
    subj = "Undeliverable: " + ew("【地域医療マッチング事務局】面談日程のご連絡", "utf8")
    h = [("Return-Path", "<>"),
         ("Received", "from mail-ty1jpn01on2098.outbound.protection.outlook.example.com (mail-ty1jpn01on2098.outbound.protection.outlook.example.com [40.107.112.98])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (MX, qid(mid), INBOX, recv_date(date))),
         ("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@tsuruga-hp.example.jp>"),
         ("To", INBOX), ("Date", date), ("Subject", subj), ("Message-ID", "<%s>" % mid),
         ("Content-Language", "en-US"), ("X-MS-Exchange-Message-Is-Ndr", ""), ("Auto-Submitted", "auto-replied")]
    plain = """Your message to r.kawamoto@tsuruga-hp.example.jp couldn't be delivered.

r.kawamoto wasn't found at tsuruga-hp.example.jp.

Action Required
Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If the recipient has left the organization, contact its administrator.

Diagnostic information for administrators:
Generating server: TY1PR01MB10773.jpnprd01.prod.outlook.example.com
r.kawamoto@tsuruga-hp.example.jp
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
"""
    html = ("<html><head></head><body><div style=\"font-family:'Segoe UI',sans-serif\">"
            "<p>Your message to <b>r.kawamoto@tsuruga-hp.example.jp</b> couldn't be delivered.</p>"
            "<p>r.kawamoto wasn't found at tsuruga-hp.example.jp.</p>"
            "<p><b>Action Required</b><br>Unknown To address</p>"
            "<p>Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p>"
            "</div></body></html>\n")
    alt = multipart([], "alternative", "_001_b2d47e903c154a8f9e620f7a1c5d8b34_", [
        leaf(plain, "utf-8", "utf-8", "quoted-printable"),
        leaf(html, "utf-8", "utf-8", "quoted-printable", ctype="text/html")])
    alt_head, alt_body = alt.split(b"\r\n\r\n", 1)
    alt_ph = [tuple(l.split(": ", 1)) for l in alt_head.decode().replace("\r\n\t", "\n\t").split("\r\n") if not l.startswith("MIME-Version")]
    status = """Reporting-MTA: dns;TY1PR01MB10773.jpnprd01.prod.outlook.example.com
Received-From-MTA: dns;TY3PR01MB11212.jpnprd01.prod.outlook.example.com
Arrival-Date: Wed, 3 Jun 2026 01:02:56 +0000

Final-Recipient: rfc822;r.kawamoto@tsuruga-hp.example.jp
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""
    orig = """Date: Wed, 3 Jun 2026 10:02:51 +0900
From: md@md2-rm.example.org
To: r.kawamoto@tsuruga-hp.example.jp
Subject: %s
Message-ID: <arr.20260603100251.5521@md2-rm.example.org>
""" % ew("【地域医療マッチング事務局】面談日程のご連絡", "utf8")
    eml = report(h, "_002_b2d47e903c154a8f9e620f7a1c5d8b34_", [
        (alt_ph, alt_body),
        raw_part("message/delivery-status", status.replace("\n", "\r\n").encode("ascii")),
        raw_part("text/rfc822-headers", orig.replace("\n", "\r\n").encode("ascii"))], preamble="")
    add(53, "m365-ndr-recipient-not-found-utc", "bounce",
        "multipart/report (Microsoft 365 NDR): multipart/alternative text+html UTF-8 quoted-printable + message/delivery-status + text/rfc822-headers; Subject 'Undeliverable:' + UTF-8 B; Date +0000", "medium",
        "English Microsoft 365 non-delivery report for a mail the secretariat sent to a hospital (5.1.10 recipient not found)",
        eml, gold(mid, "bounce"))


def m054():
    mid = "20260825143318.E91C2B40@sv3021.rental-server.example.jp"
    date = D(2026, 8, 25, 14, 33, 18)
    body = """このメールは、メールサーバーから自動的に送信されています。

以下のあて先へのメールは、受信者のメールボックスの容量が上限に達しているため配送できませんでした。

  あて先: dr-fujimoto@yamanami-clinic.example.jp
  理由  : 552 5.2.2 Mailbox full (quota exceeded)

しばらく時間をおいてから、再度送信してください。

------ 元のメッセージのヘッダー ------
Date: Tue, 25 Aug 2026 14:33:05 +0900
From: 地域医療マッチング事務局 <md@md2-rm.example.org>
To: dr-fujimoto@yamanami-clinic.example.jp
Subject: 【地域医療マッチング事務局】ご紹介先の病院について
Message-ID: <intro.20260825143305.8820@md2-rm.example.org>
"""
    h = hdr(mid, date, "Mail Delivery Subsystem", "mailer-daemon@sv3021.rental-server.example.jp",
            "メール配送失敗のお知らせ", "sv3021.rental-server.example.jp", "203.0.113.221", hcs="utf8", rp="")
    add(54, "rental-server-quota-japanese-8bit", "bounce",
        "text/plain UTF-8 8bit (not multipart/report); Subject RFC 2047 UTF-8 B; Return-Path <>", "medium",
        "Japanese rental-server bounce (mailbox full) with the original headers decoded in the body; the doctor's address in it is not a lead",
        text(h, body, "utf8"), gold(mid, "bounce"))


def m055():
    mid = "20260711052209.0A3F27C1D4E@out1.md2-rm.example.org"
    date = "Sat, 11 Jul 2026 14:22:09 +0900 (JST)"
    h = [("Return-Path", "<>"),
         ("Received", "by out1.md2-rm.example.org (Postfix)\n\tid 0A3F27C1D4E; Sat, 11 Jul 2026 14:22:09 +0900 (JST)"),
         ("Date", date), ("From", "MAILER-DAEMON@out1.md2-rm.example.org (Mail Delivery System)"),
         ("Subject", "Delayed Mail (still being retried)"), ("To", INBOX),
         ("Auto-Submitted", "auto-replied"), ("Message-Id", "<%s>" % mid)]
    notice = """This is the mail system at host out1.md2-rm.example.org.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

                   The mail system

<somu@kamikoani-cl.example.jp>: connect to mx.kamikoani-cl.example.jp[198.51.100.3]:25:
    Connection timed out
"""
    status = """Reporting-MTA: dns; out1.md2-rm.example.org
X-Postfix-Queue-ID: 0A3F27C1D4E
X-Postfix-Sender: rfc822; md@md2-rm.example.org
Arrival-Date: Sat, 11 Jul 2026 10:15:40 +0900 (JST)

Final-Recipient: rfc822; somu@kamikoani-cl.example.jp
Original-Recipient: rfc822;somu@kamikoani-cl.example.jp
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.kamikoani-cl.example.jp[198.51.100.3]:25:
    Connection timed out
Will-Retry-Until: Thu, 16 Jul 2026 10:15:40 +0900 (JST)
"""
    orig = """Return-Path: <md@md2-rm.example.org>
Date: Sat, 11 Jul 2026 10:15:38 +0900
From: md@md2-rm.example.org
To: somu@kamikoani-cl.example.jp
Subject: %s
Message-ID: <reply.20260711101538.3306@md2-rm.example.org>
""" % ew("Re: 求人掲載のご相談")
    B = "0A3F27C1D4E.1783747329/out1.md2-rm.example.org"
    eml = report(h, B, [
        raw_part("text/plain; charset=us-ascii", notice.replace("\n", "\r\n").encode("ascii"), extra=[("Content-Description", "Notification")]),
        raw_part("message/delivery-status", status.replace("\n", "\r\n").encode("ascii"), extra=[("Content-Description", "Delivery report")]),
        raw_part("text/rfc822-headers", orig.replace("\n", "\r\n").encode("ascii"), extra=[("Content-Description", "Undelivered Message Headers")])])
    add(55, "postfix-delay-warning-dsn", "bounce",
        "multipart/report; report-type=delivery-status (Postfix delay notice): text/plain us-ascii + message/delivery-status (Action: delayed, Status 4.4.1) + text/rfc822-headers", "hard",
        "A delay warning, not a final failure, is still a delivery status notification -> bounce; 'YOU DO NOT NEED TO RESEND' must not make it look like a human reply",
        eml, gold(mid, "bounce"))


# ======================================================================= spam

def m056():
    mid = "20260616035512.QX7KD2M9@sakuramirai-bk-secure.example.com"
    date = D(2026, 6, 16, 3, 55, 12)
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:sans-serif">
<table width="600" align="center"><tr><td>
<p style="font-size:18px;color:#c00000"><b>【重要】お客様の口座のお取引を一時的に制限しました</b></p>
<p>さくらみらい銀行をご利用いただき、誠にありがとうございます。</p>
<p>お客様の口座において、第三者による不正なログインの可能性がある取引を検知したため、お取引を一時的に制限しております。</p>
<p>24時間以内に下記よりご本人確認を完了されない場合、口座のご利用を停止させていただきます。</p>
<p style="text-align:center"><a href="https://sakuramirai-bk-secure.example.com/verify?id=8841d2" style="background:#0a5;color:#fff;padding:10px 30px">ご本人確認はこちら</a></p>
<p style="font-size:11px;color:#888">※本メールは送信専用です。<br>さくらみらい銀行 お客さまサポート</p>
</td></tr></table>
</body></html>
"""
    h = hdr(mid, date, "さくらみらい銀行", "support@sakuramirai-bk-secure.example.com",
            "【重要】お客様の口座のお取引を一時的に制限しました", "vps-41-82.cheap-host.example.com", "203.0.113.248",
            hcs="utf8", extra=[("X-Priority", "1")])
    eml = single(h, html, "utf-8", "UTF-8", "base64", ctype="text/html")
    add(56, "bank-phishing-html-b64", "spam",
        "text/html only, UTF-8 base64; X-Priority 1; sent in the night", "easy",
        "Bank phishing with an identity-check button; no lead fields",
        eml, gold(mid, "spam"))


def m057():
    mid = "20260904080001.ml.3382917@mail.dr-career-navi.example.com"
    date = D(2026, 9, 4, 8, 0, 1)
    body = """先生、突然のご連絡失礼いたします。
医師専門の人材紹介サービス「ドクターキャリアナビ」でございます。

今週の非公開求人をご案内いたします。

━━━━━━━━━━━━━━━━━━━━━━
◆北海道帯広市　内科　常勤　年収2,400万円〜
　週4日勤務も相談可／当直なし／60歳以上の先生歓迎
◆長野県佐久市　整形外科　非常勤（週1日）　日給15万円
◆沖縄県宮古島市　救急科　スポット当直　1回12万円
━━━━━━━━━━━━━━━━━━━━━━

ご登録は1分で完了します（完全無料）。
https://dr-career-navi.example.com/entry?utm=ml0904

求人のご紹介が不要な方は、お手数ですが下記より配信停止のお手続きをお願いいたします。
https://dr-career-navi.example.com/unsubscribe?u=3382917

株式会社ドクターキャリアナビ（厚生労働大臣許可 13-ユ-000000）
"""
    h = hdr(mid, date, "ドクターキャリアナビ", "info@mail.dr-career-navi.example.com",
            "【非公開求人】北海道・常勤内科医 年収2,400万円〜 ほか", "mta12.mail.dr-career-navi.example.com",
            "203.0.113.19", extra=[("Precedence", "bulk"),
                                   ("List-Unsubscribe", "<https://dr-career-navi.example.com/unsubscribe?u=3382917>"),
                                   ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")])
    add(57, "staffing-agency-job-blast-jis", "spam",
        "text/plain ISO-2022-JP 7bit; Precedence: bulk, List-Unsubscribe (one-click)", "hard",
        "Physician staffing agency's mass mail full of job data (北海道, 内科, 常勤, 週4日, 60歳以上, スポット当直, 配信停止): spam, neither hospital nor unsubscribe",
        text(h, body, "jis"), gold(mid, "spam"))


def m058():
    mid = "20261126094518.5521.meo@local-seo-lab.example.jp"
    date = D(2026, 11, 26, 9, 45, 18)
    body = """医院・クリニック経営者様

突然のご連絡失礼いたします。株式会社ローカルSEOラボの営業担当でございます。

「地図検索で近隣の競合医院より下に表示されている」
「口コミが少なく、新患が増えない」
そんなお悩みはございませんか？

弊社のMEO対策ｻｰﾋﾞｽなら、最短2週間で地図検索の上位表示を実現いたします。
現在、医療機関様限定で初期費用0円ｷｬﾝﾍﾟｰﾝを実施中です。

▼無料診断のお申し込みはこちら
https://local-seo-lab.example.jp/clinic/

※本メールがご不要の場合は、お手数ですがその旨ご返信ください。
"""
    h = hdr(mid, date, "ローカルSEOラボ", "sales@local-seo-lab.example.jp", "【医療機関様限定】地図検索で上位表示しませんか",
            "smtp.local-seo-lab.example.jp", "203.0.113.77", hcs="sjis")
    add(58, "meo-sales-clinics-sjis-hwkana", "spam",
        "text/plain Shift_JIS 8bit with half-width katakana (ｻｰﾋﾞｽ, ｷｬﾝﾍﾟｰﾝ); From/Subject RFC 2047 Shift_JIS B", "medium",
        "Map-search (MEO) sales mail aimed at clinics; 'reply if you do not need this' is not an unsubscribe by us",
        text(h, body, "sjis"), gold(mid, "spam"))


def m059():
    mid = "0102019a7c3e55d1-8f24b6e0-3a91-4c7d-b2e5-61f0d9a8c473-000000@mail.globalmedsummit.example.com"
    date = D(2026, 10, 7, 14, 20, 5, "-0400")
    body = """Dear Esteemed Colleague,

Greetings from the Organizing Committee!

It is our great honour to invite you as a SPEAKER at the 9th Global Summit on Internal Medicine, Primary Care and Emergency Medicine, to be held on March 18-20, 2027 in Dubai, UAE.

Your remarkable contribution to rural health in Japan has come to our attention. Please submit a 250-word abstract by November 15 to secure your speaker slot. Registration fee for speakers: USD 799 only (early bird).

Submit your abstract here: https://globalmedsummit.example.com/abstract

Looking forward to your positive response.

Warm regards,
Dr. Helena Morris
Program Manager, Global Med Summits

If you do not wish to receive further emails, reply with "REMOVE" in the subject line.
"""
    h = hdr(mid, date, "Global Med Summit 2027", "helena.morris@globalmedsummit.example.com",
            "Invitation to speak: Global Summit on Internal Medicine 2027", "a8-44.smtp-out.mailer.example.com",
            "54.240.8.44", extra=[("Precedence", "bulk")])
    add(59, "english-predatory-conference-qp", "spam",
        "text/plain UTF-8 quoted-printable; English; Date -0400; Precedence: bulk", "medium",
        "Predatory congress invitation with a fee: spam, although it names internal/emergency medicine, Japan, dates and a 'REMOVE' instruction",
        text(h, body, "utf8q"), gold(mid, "spam"))


def m060():
    mid = "20260212185203.A7C1F@md2-rm-mailcenter.example.com"
    date = D(2026, 2, 12, 18, 52, 3)
    body = """md@md2-rm.example.org 様

メールボックスの容量が上限（99.6%）に達しています。
このままでは、2026年2月13日以降、新しいメールを受信できなくなります。

容量を無料で拡張するには、下記よりアカウントを確認してください。
https://md2-rm-mailcenter.example.com/webmail/quota?user=md

※ 24時間以内に確認されない場合、アカウントは一時停止されます。

メールシステム管理センター
"""
    h = hdr(mid, date, "メールシステム管理センター", "admin@md2-rm-mailcenter.example.com",
            "【警告】メールボックスの容量が上限に達しています", "host-203-0-113-5.example.com", "203.0.113.5",
            hcs="utf8")
    add(60, "mailbox-quota-phishing-b64", "spam",
        "text/plain UTF-8 base64; From/Subject RFC 2047 UTF-8 B; look-alike domain", "medium",
        "Quota-warning phishing that imitates the secretariat's own mail system; the date is no start",
        text(h, body, "utf8b"), gold(mid, "spam"))


# ======================================================================= main

def main(argv):
    out = argv[1] if len(argv) > 1 else HERE
    for n in range(1, 61):
        globals()["m%03d" % n]()
    write_set(MAILS, out)


if __name__ == "__main__":
    main(sys.argv)
