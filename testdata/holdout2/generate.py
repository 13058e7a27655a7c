#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Second hold-out set for madoguchi parse (60 invented messages + gold labels).

    python3 generate.py [OUTDIR]     # writes NNN-slug.eml, NNN-slug.json, index.tsv

The gold follows the lead contract (docs/lead.md) and the conventions of
samples/README.md. People, institutions, numbers and addresses are invented; only
.example.jp / .example.com / .example.org domains are used. Output is deterministic.
MIME is assembled by hand with the helpers of ../tools/mailgen.py so that every byte,
charset label and transfer encoding is exactly what the index says; CRLF line endings
throughout.
"""
import datetime
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tools"))
from mailgen import (  # noqa: E402
    addr, crlf, esc, ew, gmail_html, gold, html_divs, INBOX, KINKI, leaf, multipart, MX, qid,
    quote, raw_part, recv_date, report, SEC_SIG, single, std, write_set)

MAILS = []


def add(num, slug, cat, enc, diff, desc, eml, g):
    MAILS.append(dict(num=num, slug=slug, cat=cat, enc=enc, diff=diff, desc=desc, eml=eml, gold=g))


def DT(s, tz="+0900"):
    """'2026-03-10 09:12:44' -> RFC 5322 date with the right weekday, in the given zone."""
    dt = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    return dt.strftime("%a, %d %b %Y %H:%M:%S ") + tz


# short name -> (codec, charset label, transfer encoding, header charset for ew())
ENC = {
    "jis": ("iso2022_jp", "ISO-2022-JP", "7bit", "jis"),
    "jisq": ("iso2022_jp", '"iso-2022-jp"', "7bit", "jis"),
    "msjis": ("ms-iso2022jp", '"iso-2022-jp"', "7bit", "msjis"),
    "sjis": ("shift_jis", "Shift_JIS", "8bit", "sjis"),
    "sjisq": ("shift_jis", "Shift_JIS", "quoted-printable", "sjis"),
    "cp932sj": ("cp932", '"shift_jis"', "8bit", "cp932"),
    "euc": ("euc_jp", "EUC-JP", "8bit", "euc"),
    "utf8": ("utf-8", "UTF-8", "8bit", "utf8"),
    "utf8b": ("utf-8", "UTF-8", "base64", "utf8"),
    "utf8q": ("utf-8", "UTF-8", "quoted-printable", "utf8"),
    "ascii": ("us-ascii", "us-ascii", "7bit", None),
}


def subj(text, hcs):
    """Subject header: ASCII as is, else RFC 2047 B words (a leading 'Re: ' kept in ASCII)."""
    if text.isascii() or hcs is None:
        return text
    for p in ("Re: ", "RE: ", "Fwd: "):
        if text.startswith(p) and not text[len(p):].isascii():
            return p + ew(text[len(p):], hcs)
    return ew(text, hcs)


def frm(name, email, hcs):
    if not name:
        return email
    if name.isascii():
        return '%s <%s>' % (name, email)
    return addr(name, email, hcs)


def ip_for(num):
    return "%s.%d" % (("192.0.2", "198.51.100", "203.0.113")[num % 3], 20 + num * 3 % 200)


def hdrs_for(num, mid, date, name, email, subject, hcs, extra=(), to=INBOX, rp=None,
             host=None):
    host = host or "mail." + email.split("@")[1]
    return std(mid, date, frm(name, email, hcs), subj(subject, hcs), host, ip_for(num),
               to=to, rp=rp, extra=list(extra))


def plain(num, mid, date, name, email, subject, body, enc, extra=(), to=INBOX, rp=None,
          ctype="text/plain", params="", host=None):
    codec, label, cte, hcs = ENC[enc]
    h = hdrs_for(num, mid, date, name, email, subject, hcs, extra, to, rp, host)
    return single(h, body, codec, label, cte, ctype, params)


def flowed(text, width=38):
    """RFC 3676 soft breaks for delsp=yes: long lines cut every `width` characters."""
    out = []
    for line in text.split("\n"):
        while len(line) > width:
            out.append(line[:width] + " ")
            line = line[width:]
        out.append(line)
    return "\n".join(out)


def part(text, enc, ctype="text/plain", params=""):
    codec, label, cte, _ = ENC[enc]
    return leaf(text, codec, label, cte, ctype, params)


def nested(subtype, boundary, parts):
    """A multipart body part (for multipart/report holding multipart/alternative)."""
    ph = [("Content-Type", 'multipart/%s; boundary="%s"' % (subtype, boundary))]
    body = b""
    for h, b in parts:
        body += b"--" + boundary.encode() + b"\r\n" + b"\r\n".join(
            ("%s: %s" % kv).encode("ascii") for kv in h) + b"\r\n\r\n" + b
        if not b.endswith(b"\r\n"):
            body += b"\r\n"
    body += b"--" + boundary.encode() + b"--\r\n"
    return ph, body


def attach(ctype, filename_param, data):
    """An attachment part; filename_param is the already encoded name parameter text."""
    return raw_part("%s;\n %s" % (ctype, filename_param.replace("filename", "name")), data, "base64",
                    extra=[("Content-Disposition", "attachment;\n %s" % filename_param)])


NEWS_MID = "news.2026-06.086.0021734@md2-rm.example.org"


# ======================================================================= doctor

def d01():
    mid = "20261104204113.7C21.makabe@miyagino-net.example.jp"
    date = DT("2026-11-04 20:41:13")
    body = """ドクターセカンドキャリア事務局 御中

仙台市に住む真壁俊彦と申します。昭和37年生まれの腎臓内科医です。
勤務医として三十年余り、腎不全の外来と透析管理を担当してまいりました。
現在の勤務先は公益財団法人 杜の都健康財団 仙台東中央病院です。

生まれ育った山形県の置賜地方に戻ることになり、
来年4月からはそちらの病院か透析クリニックで常勤として働けないかと考えております。
米沢・長井あたりであれば自宅から通えます。

必要な書類等ございましたらお知らせください。

真壁 俊彦
電話 080-3317-4620
"""
    eml = plain(1, mid, date, "真壁 俊彦", "makabe.t@miyagino-net.example.jp",
                "腎臓内科医の登録について", body, "jis",
                extra=[("X-Mailer", "Becky! ver. 2.81.08 [ja]")])
    g = gold(mid, "doctor", name="真壁 俊彦", email="makabe.t@miyagino-net.example.jp",
             phone="08033174620", birth_year=1962,
             organization="公益財団法人 杜の都健康財団 仙台東中央病院",
             specialties=["腎臓内科", "透析"], prefectures=["山形県"],
             employment=["full_time"], start="2027-04")
    add(1, "nephrologist-okitama-yamagata-jis", "doctor",
        "text/plain ISO-2022-JP 7bit (Becky!); From/Subject RFC 2047 ISO-2022-JP B", "easy",
        "Nephrologist going home: 昭和37年生まれ -> 1962 (no age), 腎臓内科 + 透析管理, 山形県 (置賜, 米沢・長井) while he lives in 仙台, 来年4月 in Nov 2026 -> 2027-04, 三十年余り is no age",
        eml, g)


def d02():
    mid = "form.20260612.101533.R-260612-0148@form.md2-rm.example.org"
    date = DT("2026-06-12 10:15:33")
    body = """ホームページのお問い合わせフォームから、以下の内容で送信がありました。
（受付番号 R-260612-0148）

[お問い合わせ種別]  医師登録
[お名前]            鴨井 まゆみ
[フリガナ]          かもい まゆみ
[生年]              1968年（昭和43年）
[メールアドレス]    m.kamoi@omi-neuro.example.jp
[電話番号]          077-526-3408
[現在のご所属]      滋賀医療福祉大学附属病院 脳神経内科
[ご専門]            神経内科（認知症外来、頭痛外来）
[希望地域]          滋賀県北部、京都府（丹後・中丹）
[希望の働き方]      非常勤 週2日
[開始希望]          2026年9月
[ご質問・ご要望]
娘の受験が終わるまでは常勤は難しいので、外来中心の非常勤でお願いしたいです。

--
このメールは送信専用アドレスから自動的に送られています。
"""
    h = [("Return-Path", "<no-reply@form.md2-rm.example.org>"),
         ("Received", "from app02.form.md2-rm.example.org (app02.form.md2-rm.example.org [192.0.2.42])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (MX, qid(mid), INBOX, recv_date(date, 1))),
         ("Date", date), ("From", addr("お問い合わせフォーム", "no-reply@form.md2-rm.example.org", "utf8")),
         ("To", INBOX), ("Subject", ew("【フォーム】医師登録 鴨井 まゆみ 様", "utf8")),
         ("Message-ID", "<%s>" % mid)]
    eml = single(h, body, "utf-8", "UTF-8", "base64")
    g = gold(mid, "doctor", name="鴨井 まゆみ", name_kana="カモイ マユミ",
             email="m.kamoi@omi-neuro.example.jp", phone="0775263408", birth_year=1968,
             organization="滋賀医療福祉大学附属病院", specialties=["脳神経内科"],
             prefectures=["滋賀県", "京都府"], employment=["part_time"], days_per_week=2,
             start="2026-09")
    add(2, "form-neurology-shiga-kyoto-b64", "doctor",
        "text/plain UTF-8 base64; web form with [label] fields; From/Subject RFC 2047 UTF-8 B", "medium",
        "Form registration: hiragana reading -> katakana, 生年 1968年（昭和43年） -> birth_year, no age; 神経内科 -> 脳神経内科 (認知症/頭痛外来 are no fields); organization without the department; email from the body; 常勤は難しい is no full_time",
        eml, g)


def d03():
    mid = "200602191005.AA04127@kimitsu-ishiwata.example.jp"
    date = DT("2026-02-19 10:05:41")
    body = """前略
新聞の記事で貴事業のことを知り、筆をとりました（慣れないパソコンで打っております）。

私は昭和二十一年生まれ、今年で八十になります老医でございます。
君津市で四十余年、石渡内科医院を営んでまいりましたが、昨年、医院を息子に譲りました。
体はまだ達者で、車の運転もいたします。

千葉県内、できれば房総の南の方で、健康診断や予防接種のお手伝いなど、
週に１回ほどのお仕事があれば、お役に立ちたく存じます。
お給金の多寡は問いません。時期はいつからでも構いません。

お忙しいところ恐縮ですが、ご検討いただければ幸いです。
草々

　　石渡　源一郎
　　千葉県君津市外箕輪二丁目十四番地
　　電話　０４３９−５２−２８７１
"""
    eml = plain(3, mid, date, "石渡 源一郎", "g-ishiwata@kimitsu-ishiwata.example.jp",
                "地方での医師のお仕事について", body, "sjis",
                extra=[("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931")])
    g = gold(mid, "doctor", name="石渡 源一郎", email="g-ishiwata@kimitsu-ishiwata.example.jp",
             phone="0439522871", age=80, birth_year=1946, organization="石渡内科医院",
             specialties=["内科", "健診"], prefectures=["千葉県"], employment=["part_time"],
             days_per_week=1)
    add(3, "elderly-kenshin-boso-sjis", "doctor",
        "text/plain Shift_JIS 8bit (Outlook Express); From/Subject RFC 2047 Shift_JIS B; full-width digits and − in the phone",
        "medium",
        "Letter (前略…草々) from an 80-year-old: 昭和二十一年 -> 1946 and 今年で八十になります -> 80 in kanji, 四十余年 is no age; 内科医院 handed to his son is the last workplace; 健康診断 -> 健診, 週に１回 -> part_time/1; いつからでも -> start null; name with a full-width space",
        eml, g)


def d04():
    mid = "7a1e4c52-0b9d-4f3e-8d21-5c6b0e9f1a77@kamome-mail.example.com"
    date = DT("2026-06-15 22:10:07")
    news = """━━━━━━━━━━━━━━━━━━━━
地域医療マッチング通信 2026年6月号
━━━━━━━━━━━━━━━━━━━━
■今月の求人
(1) 徳島県海部郡美波町　外科 常勤　2026年9月〜
(2) 青森県西津軽郡　内科 非常勤（週3日）
(3) 鹿児島県奄美市　透析 非常勤（週2日）

■事務局から
6月20日（土）にオンライン説明会を開催します。

配信停止はこちら: https://md2-rm.example.org/news/stop
""" + SEC_SIG
    text = """事務局御中

6月号の「今月の求人」で紹介されていた、徳島県美波町の病院の件に興味があります。
私は大阪の民間病院で消化器外科（主に大腸・肛門）を18年やってきた48歳の外科医です。
一般外科の手術と外来もひととおりできます。
常勤で、10月から勤務可能です。病院の方にお取り次ぎいただけますでしょうか。

早瀬 潤
090-2215-7736
"""
    body = text + "\n2026/06/10 10:00, 地域医療マッチング事務局 wrote:\n" + quote(news) + "\n"
    eml = plain(4, mid, date, "早瀬 潤", "hayase.jun@kamome-mail.example.com",
                "Re: 【地域医療マッチング通信】2026年6月号", body, "utf8q",
                extra=[("In-Reply-To", "<%s>" % NEWS_MID), ("References", "<%s>" % NEWS_MID),
                       ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.3.0")])
    g = gold(mid, "doctor", name="早瀬 潤", email="hayase.jun@kamome-mail.example.com",
             phone="09022157736", age=48, specialties=["消化器外科", "外科"],
             prefectures=["徳島県"], employment=["full_time"], start="2026-10")
    add(4, "newsletter-reply-surgeon-minami-tokushima-qp", "doctor",
        "text/plain UTF-8 quoted-printable (Thunderbird); reply quoting the newsletter with '> '; Subject 'Re: ' + RFC 2047 UTF-8 B",
        "hard",
        "Job-changing surgeon answers listing (1) of the quoted newsletter: 48歳, 消化器外科 + 一般外科 -> 外科, 常勤, 10月から -> 2026-10 (the listing says 2026年9月); 大阪 is where he works; the other listings (青森県, 鹿児島県, 内科, 透析, 週3日), 6月20日 and the secretariat phone are quoted",
        eml, g)


def d05():
    mid = "20260422193012.GA31877@shimanami-kk.example.jp"
    date = DT("2026-04-22 19:30:12")
    body = """突然のご連絡失礼いたします。
父（門脇 敏夫、消化器内科医）の代わりにご相談させてください。

父は今年66歳で、長年勤めた広島市内の病院を3月に退職しました。
まだ働きたいという気持ちが強く、胃カメラや大腸カメラの検査なら
今でも一日に何十件もこなせると本人は申しております。

母の実家がある広島県の大崎上島町か、その近くの島で、
週3日くらいの非常勤の仕事がないかと探しております。
できれば7月ごろから始められればと思います。

父はメールを使いませんので、やりとりはこのアドレスでお願いできますでしょうか。
父の携帯：090-4471-0852
私（長男）の携帯：080-5560-2193

門脇 拓也
"""
    eml = plain(5, mid, date, "門脇 拓也", "kadowaki.takuya@shimanami-kk.example.jp",
                "父の仕事探しについてのご相談", body, "euc",
                extra=[("User-Agent", "Mutt/2.2.12 (2023-09-09)")])
    g = gold(mid, "doctor", name="門脇 敏夫", email="kadowaki.takuya@shimanami-kk.example.jp",
             phone="09044710852", age=66, specialties=["消化器内科"], prefectures=["広島県"],
             employment=["part_time"], days_per_week=3, start="2026-07")
    add(5, "son-for-father-gi-osakikamijima-eucjp", "doctor",
        "text/plain EUC-JP 8bit (Mutt); From/Subject RFC 2047 EUC-JP B", "hard",
        "A son writes for his father: name/age are the father's (門脇 敏夫, 66歳), email the son's From, phone the father's own mobile (the first number, the son's comes second); 週3日くらい -> 3, 7月ごろ -> 2026-07; 3月に退職 is past; the Hiroshima hospital is unnamed -> organization null",
        eml, g)


def d06():
    mid = "CAH7kq0+Yw2Nf8@mail.thames-paeds.example.org"
    date = DT("2026-05-18 08:14:27", "+0100")
    body = """Dear colleagues at the Doctor Second Career secretariat,

My name is Keiko Nagahama. I am a Japanese paediatrician and have worked in the UK
for the last twenty-two years, currently as a consultant at Riverside Children's
Hospital in London. I still hold my Japanese medical licence.

I am 61 and plan to retire from the NHS at the end of September. My parents live in
Hagi, and I would like to return to Yamaguchi Prefecture (or Shimane, if that is
easier) and work full-time as a general paediatrician, ideally from October 2026.

Could you tell me which documents you need for registration? Email is the easiest
way to reach me; I will be in Japan for two weeks in July.

Kind regards,
Keiko Nagahama
"""
    eml = plain(6, mid, date, "Keiko Nagahama", "keiko.nagahama@thames-paeds.example.org",
                "Registration enquiry - paediatrician returning from the UK", body, "ascii")
    g = gold(mid, "doctor", name="Keiko Nagahama", email="keiko.nagahama@thames-paeds.example.org",
             age=61, organization="Riverside Children's Hospital", specialties=["小児科"],
             prefectures=["山口県", "島根県"], employment=["full_time"], start="2026-10")
    add(6, "english-paediatrician-london-yamaguchi", "doctor",
        "text/plain US-ASCII 7bit; English; Date +0100", "medium",
        "Japanese paediatrician in London writes in English: I am 61, Yamaguchi Prefecture / Shimane -> 山口県, 島根県 (Hagi is her parents' town), full-time, October 2026 -> 2026-10; 'end of September' is her retirement, July and twenty-two years are no values",
        eml, g)


def d07():
    mid = "0820120344.numa.r1975@mb.example.jp"
    date = DT("2026-08-20 12:03:44")
    body = """はじめまして｡精神科医です｡
新潟県内で週4日､非常勤で働ける所を探しています｡
心療内科の外来も出来ます｡来月から可｡
ｽﾏﾎからなので乱文すみません｡

沼垣 亮介 51歳
090-8123-5547
"""
    eml = plain(7, mid, date, None, "numa.r1975@mb.example.jp", "医師登録希望", body, "sjis")
    g = gold(mid, "doctor", name="沼垣 亮介", email="numa.r1975@mb.example.jp",
             phone="09081235547", age=51, specialties=["精神科", "心療内科"],
             prefectures=["新潟県"], employment=["part_time"], days_per_week=4,
             start="2026-09")
    add(7, "mobile-psychiatrist-niigata-sjis-hwkana", "doctor",
        "text/plain Shift_JIS 8bit with half-width katakana and punctuation (ｽﾏﾎ ｡ ､); bare From address; Subject RFC 2047 Shift_JIS B",
        "medium",
        "Terse smartphone mail: 51歳 after the name, 精神科 + 心療内科, 週4日 非常勤, 来月 in Aug 2026 -> 2026-09; 1975 in the address is no birth year",
        eml, g)


def d08():
    mid = "cgi.1756876920.48213@www.md2-rm.example.org"
    date = DT("2026-09-03 14:22:00")
    body = """地域医療マッチング事務局　お問い合わせ受付

◆ご用件：医師としての登録・相談
◆氏名：織田 さくら
◆氏名カナ：オダ サクラ
◆性別：女性
◆年齢：55歳
◆メール：sakura.oda@hanamizuki-mail.example.jp
◆電話：06-6304-1189
◆専門：糖尿病・代謝内科（専門医）
◆勤務地の希望：関西地方
◆勤務形態：非常勤
◆勤務日数：週1〜2日
◆開始時期：2027年1月以降
◆自由記入欄：
現在、大阪府吹田市の「医療法人 青葉会 千里青葉クリニック」に勤務しております。
子育てが一段落したので、地域の糖尿病診療に関わりたいと思っています。

送信元IP：203.0.113.77
"""
    h = [("Return-Path", "<www@www.md2-rm.example.org>"),
         ("Received", "from www.md2-rm.example.org (www.md2-rm.example.org [192.0.2.80])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (MX, qid(mid), INBOX, recv_date(date, 1))),
         ("Date", date), ("From", "www@www.md2-rm.example.org"),
         ("Reply-To", "sakura.oda@hanamizuki-mail.example.jp"),
         ("To", INBOX), ("Subject", ew("［お問い合わせ］医師としての登録・相談", "jis")),
         ("Message-ID", "<%s>" % mid), ("X-Mailer", "FormMail CGI 1.92")]
    eml = single(h, body, "iso2022_jp", "ISO-2022-JP", "7bit")
    g = gold(mid, "doctor", name="織田 さくら", name_kana="オダ サクラ",
             email="sakura.oda@hanamizuki-mail.example.jp", phone="0663041189", age=55,
             organization="医療法人 青葉会 千里青葉クリニック",
             specialties=["糖尿病・内分泌内科"], prefectures=KINKI,
             employment=["part_time"], start="2027-01")
    add(8, "cgi-form-diabetes-kansai-replyto-jis", "doctor",
        "text/plain ISO-2022-JP 7bit; CGI form (◆label： fields) from the web server's own address; Reply-To set to the doctor", "medium",
        "Form: 糖尿病・代謝内科 -> 糖尿病・内分泌内科, 関西地方 -> 7 Kinki prefectures (吹田 is her current clinic in 大阪府, inside the region anyway), 週1〜2日 -> days null, 2027年1月以降 -> 2027-01; organization from the free text in 「」; the sender IP is no phone",
        eml, g)


def d09():
    mid = "5F0A2C1B.3090804@kakei-fmc.example.jp"
    date = DT("2026-05-07 13:48:20")
    body = """地域医療マッチング事務局 ご担当者様

横浜で家庭医療のクリニックを開業しております、筧 修平と申します。
毎年夏に4週間ほど休診期間を設けておりまして、今年はその期間を使って
北海道の離島や道北の診療所で代診をさせていただけないかと考えました。

・期間：8月1日〜8月28日（この間であれば全日可能）
・対応：外来全般、小児の軽症、簡単な縫合程度まで
・宿舎をご用意いただければ単身で参ります

このような短期の代診でもご紹介いただけるものでしょうか。
どうぞよろしくお願いいたします。

-- 
かけい家庭医療クリニック 院長
筧 修平（かけい しゅうへい）
〒225-0011 横浜市青葉区あざみ野南3-8-12
TEL 045-909-2243
"""
    eml = plain(9, mid, date, "筧 修平", "kakei@kakei-fmc.example.jp",
                "夏季の代診について", body, "jis",
                extra=[("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:115.0) Gecko/20100101 Thunderbird/115.10.1")])
    g = gold(mid, "doctor", name="筧 修平", name_kana="カケイ シュウヘイ",
             email="kakei@kakei-fmc.example.jp", phone="0459092243",
             organization="かけい家庭医療クリニック", specialties=["総合診療科"],
             prefectures=["北海道"], employment=["spot"], start="2026-08-01")
    add(9, "locum-summer-doshoku-hokkaido-jis", "doctor",
        "text/plain ISO-2022-JP 7bit (Thunderbird); '-- ' signature", "medium",
        "A working clinic owner offers a summer 代診 (4 weeks) -> spot only: 家庭医療 -> 総合診療科, 北海道の離島や道北 -> 北海道, 8月1日〜 -> 2026-08-01; reading in hiragana in brackets -> katakana; 小児の軽症 is no 小児科; his own clinic is the organization; postal code is no phone",
        eml, g)


def d10():
    mid = "20260924072515.3E7A.yunoki@sanyo-med.example.jp"
    date = DT("2026-09-24 07:25:15")
    body = """事務局 中川様

お世話になっております。柚木です。ご質問に回答を書き込みました。

> 1. ご専門・対応可能な診療
外科（一般外科）です。ここ数年は緩和ケア病棟も兼務しています。

> 2. ご希望の勤務地
岡山県北部（真庭・津山あたり）、または鳥取県の東部です。

> 3. ご希望の勤務形態（常勤／非常勤／スポット）
常勤を希望します。

> 4. 勤務開始のご希望時期
令和9年4月からでお願いします。
現在の職場（医療法人 旭水会 倉敷旭水病院）は来年3月で定年です。

> 5. ご連絡のつきやすいお電話番号
086-464-3190（自宅、夜間）

以上、よろしくお願いします。

柚木 康弘
"""
    eml = plain(10, mid, date, "柚木 康弘", "yunoki@sanyo-med.example.jp",
                "Re: ご登録内容の確認のお願い（地域医療マッチング事務局）", body, "jis",
                extra=[("In-Reply-To", "<ask.20260922.5512@md2-rm.example.org>"),
                       ("X-Mailer", "Becky! ver. 2.81.08 [ja]")])
    g = gold(mid, "doctor", name="柚木 康弘", email="yunoki@sanyo-med.example.jp",
             phone="0864643190", organization="医療法人 旭水会 倉敷旭水病院",
             specialties=["外科", "緩和ケア"], prefectures=["岡山県", "鳥取県"],
             employment=["full_time"], start="2027-04")
    add(10, "inline-answers-surgery-palliative-okayama-jis", "doctor",
        "text/plain ISO-2022-JP 7bit (Becky!); reply with answers written under each '> ' quoted question", "hard",
        "Answers interleaved with the secretariat's quoted questions: 外科 + 緩和ケア, 岡山県 and 鳥取県, 常勤 (the quoted question lists 非常勤/スポット), 令和9年4月 -> 2027-04 (来年3月 is his retirement), phone from answer 5",
        eml, g)


def d11():
    mid = "TY2PR01MB4417C2E0A8F1B3D9@TY2PR01MB4417.jpnprd01.prod.fuji-seiki.example.jp"
    date = DT("2026-10-13 23:52:10", "+0000")
    body = """地域医療マッチング事務局
ご担当者様

㈱富士精機工業 健康管理センターで専属産業医をしております嵯峨恒夫と申します。
来年３月で定年退職いたします（現在６４歳）。

退職後は、静岡県東部～中部で、次のような形で働けないかと考えております。
①中小企業の嘱託産業医（複数社の掛け持ちも可）
②健診機関での健康診断・人間ドックの診察
勤務は週２日程度を希望いたします。
開始は来年４月以降でお願いできればと存じます。

嵯峨 恒夫
携帯：０９０－６６２０－３８１４
"""
    codec, label, cte, hcs = ENC["msjis"]
    h = hdrs_for(11, mid, date, "嵯峨 恒夫", "t-saga@fuji-seiki.example.jp",
                 "嘱託産業医としての登録のお願い", hcs,
                 extra=[("Thread-Topic", ew("嘱託産業医としての登録のお願い", "msjis")),
                        ("X-MS-Has-Attach", ""), ("X-Mailer", "Microsoft Outlook 16.0")])
    h = [(k, v) for k, v in h if v != ""]
    eml = single(h, body, codec, label, cte)
    g = gold(mid, "doctor", name="嵯峨 恒夫", email="t-saga@fuji-seiki.example.jp",
             phone="09066203814", age=64, organization="(株)富士精機工業",
             specialties=["産業医", "健診"], prefectures=["静岡県"],
             employment=["part_time"], days_per_week=2, start="2027-04")
    add(11, "occupational-physician-shizuoka-msjis", "doctor",
        "text/plain labelled iso-2022-jp with Microsoft extensions (㈱ ① ② ～ －) via cp932->JIS; Outlook; Date +0000", "hard",
        "Company physician retiring: ㈱ -> (株) in the organization (the health centre is a department), （現在６４歳） -> 64, 嘱託産業医 + 健康診断/人間ドック -> 産業医, 健診, 週２日程度 -> 2 part_time, 来年４月以降 in Oct 2026 -> 2027-04; 静岡県東部～中部 -> 静岡県",
        eml, g)


def d12():
    mid = "d3b0f9e2-tateshina-1772413200@toto-med.example.jp"
    date = DT("2026-03-02 10:40:00")
    body = """地域医療マッチング事務局 御中

東京都内の大学病院で病理診断に携わっております、蓼科 英二と申します。
1959年（昭和34年）生まれです。

来年度からは大学での担当業務が減るため、週に1日、地方の病院で
病理診断（組織診・細胞診、術中迅速）をお手伝いできればと考えております。
山梨県の甲府盆地の周辺であれば、中央線で日帰りができますので好都合です。
標本のデジタル化が進んでいる施設であれば、遠隔での診断にも対応いたします。

ご検討のほど、よろしくお願いいたします。

蓼科 英二
東都医科大学 医学部 病理学講座
"""
    eml = plain(12, mid, date, "蓼科 英二", "tateshina@toto-med.example.jp",
                "病理医の非常勤勤務について", body, "utf8",
                extra=[("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.2.0")])
    g = gold(mid, "doctor", name="蓼科 英二", email="tateshina@toto-med.example.jp",
             birth_year=1959, organization="東都医科大学", specialties=["病理診断科"],
             prefectures=["山梨県"], employment=["part_time"], days_per_week=1,
             start="2026-04")
    add(12, "pathologist-kofu-yamanashi-8bit", "doctor",
        "text/plain UTF-8 8bit (Thunderbird); From/Subject RFC 2047 UTF-8 B", "hard",
        "Pathologist: 1959年（昭和34年） -> 1959, 病理診断 -> 病理診断科, 週に1日 -> part_time/1, 来年度 written in March 2026 -> 2026-04 (the fiscal year starting next month), 山梨県 (東京都 is his workplace); organization the university without the department",
        eml, g)


def d13():
    mid = "1783574410.318227.kako@webmail.hanshin-net.example.jp"
    date = DT("2026-07-09 15:20:10")
    text = """事務局のみなさま

はじめまして。リハビリテーション科専門医の水主 千晶（かこ ちあき）です。
61歳、回復期リハビリ病棟で長く働いてまいりました。
今の病院（医療法人社団 和光会 阪神リハビリテーション病院）は今年度いっぱいで辞める予定です。

夫の郷里の徳島県で、回復期や地域包括ケア病棟のある病院を探しています。
常勤でも非常勤でも構いません。時期はご相談させてください。

水主 千晶
携帯 070-3318-6624
"""
    html = html_divs(text, "utf-8", "font-family:'MS PGothic',sans-serif;font-size:10pt")
    eml = plain(13, mid, date, "水主 千晶", "chiaki.kako@hanshin-net.example.jp",
                "リハビリ科医の求職について", html, "utf8q", ctype="text/html")
    g = gold(mid, "doctor", name="水主 千晶", name_kana="カコ チアキ",
             email="chiaki.kako@hanshin-net.example.jp", phone="07033186624", age=61,
             organization="医療法人社団 和光会 阪神リハビリテーション病院",
             specialties=["リハビリテーション科"], prefectures=["徳島県"],
             employment=["full_time", "part_time"])
    add(13, "webmail-html-rehab-tokushima-qp", "doctor",
        "text/html only, UTF-8 quoted-printable (webmail, one <div> per line)", "medium",
        "Rehabilitation physician: reading in brackets -> カコ チアキ, 61歳, 常勤でも非常勤でも -> both kinds, 徳島県 (夫の郷里), 今年度いっぱい is when she leaves and 時期はご相談 -> start null; current hospital in brackets",
        eml, g)


def d14():
    mid = "b5c2e8a0-91f4-4d6c-a3e7-kasugai@nagoya-genmed.example.jp"
    date = DT("2026-01-26 21:33:52")
    text = """はじめまして、春日井 陽介と申します。44歳、総合診療専門医で、現在は名古屋市の中規模病院で病棟と訪問診療を担当しています。

妻の実家の関係で、来年の春に家族で九州へ移ることを決めました。大分県か熊本県の阿蘇地域で、在宅医療にも関われる病院・診療所を探しています。勤務は常勤希望です。

開始は2027年4月を考えていますが、多少前後しても大丈夫です。

春日井 陽介
"""
    codec, label, cte, hcs = ENC["utf8"]
    h = hdrs_for(14, mid, date, "春日井 陽介", "yosuke.kasugai@nagoya-genmed.example.jp",
                 "家族で九州へ移住予定の総合診療医です", hcs,
                 extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0")])
    eml = single(h, flowed(text), codec, label, cte, "text/plain", "; format=flowed; delsp=yes")
    g = gold(mid, "doctor", name="春日井 陽介", email="yosuke.kasugai@nagoya-genmed.example.jp",
             age=44, specialties=["総合診療科", "在宅医療"], prefectures=["大分県", "熊本県"],
             employment=["full_time"], start="2027-04")
    add(14, "flowed-genmed-oita-kumamoto-8bit", "doctor",
        "text/plain UTF-8 8bit, format=flowed; delsp=yes (Thunderbird, long lines cut mid-word); From/Subject RFC 2047 UTF-8 B", "hard",
        "Family move: 九州 in the subject and text, but the wish is 大分県 or 熊本県 only (not the 7 Kyushu prefectures); 総合診療 + 在宅医療, 常勤, 44歳, 来年の春 and 2027年4月 -> 2027-04; the Nagoya hospital is unnamed",
        eml, g)


def d15():
    mid = "000a01dd3124$5e1c7a30$1a556e90$@mizuho-chuo.example.jp"
    date = DT("2026-09-30 12:18:44")
    body = """地域医療マッチング事務局 御中

突然のメールで失礼いたします。
福島県の会津地方の病院で、週1日の循環器外来をお手伝いできる先を探しております。
現職は続けながらの非常勤を考えており、11月から可能です。
詳細はお電話でも結構です。

━━━━━━━━━━━━━━━━━━━━
社会医療法人 緑風会 みずほ台中央病院
循環器内科 部長
二瓶 孝之
〒350-1135 埼玉県川越市大字今福2011-4
TEL 049-244-7719（代表）　PHS 7231
Mail nihei.t@mizuho-chuo.example.jp
━━━━━━━━━━━━━━━━━━━━
"""
    eml = plain(15, mid, date, "二瓶 孝之", "nihei.t@mizuho-chuo.example.jp",
                "会津地方での非常勤外来について", body, "jisq",
                extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    g = gold(mid, "doctor", name="二瓶 孝之", email="nihei.t@mizuho-chuo.example.jp",
             phone="0492447719", organization="社会医療法人 緑風会 みずほ台中央病院",
             specialties=["循環器内科"], prefectures=["福島県"], employment=["part_time"],
             days_per_week=1, start="2026-11")
    add(15, "signature-cardiology-aizu-fukushima-jis", "doctor",
        "text/plain ISO-2022-JP 7bit (Outlook, no Microsoft extensions); ━ signature block", "easy",
        "Short mail, details in the signature: organization without department/role, 循環器外来 -> 循環器内科, 福島県 (会津) while 埼玉県 is his address, 週1日 非常勤, 11月から -> 2026-11; the PHS extension is no phone",
        eml, g)


def d16():
    mid = "4f2b8e6a9c0d1e3f@amari-home.example.jp"
    date = DT("2026-10-19 09:02:31")
    text = """地域医療マッチング事務局 御中

脳神経外科医の甘利 徹（あまり とおる）と申します。
略歴書を添付いたしますので、ご査収ください。

昭和43年生まれで、大学病院と地域の基幹病院で脳外科の手術を長く担当してまいりました。
今後は手術から少し距離を置き、脳卒中の外来や慢性期の診療に軸足を移したいと考えております。
勤務地は問いませんので、医師の不足している地域の病院に常勤でお世話になれれば幸いです。
来年1月から勤務可能です。

甘利 徹
090-5092-6631
"""
    docx = (b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00" + bytes(range(48, 112)) +
            b"word/document.xml" + b"\x00" * 24 + b"PK\x05\x06" + b"\x00" * 18)
    fname = "filename*=UTF-8''%E7%95%A5%E6%AD%B4%E6%9B%B8_%E7%94%98%E5%88%A9%E5%BE%B9.docx"
    codec, label, cte, hcs = ENC["jis"]
    h = hdrs_for(16, mid, date, "甘利 徹", "t.amari@amari-home.example.jp",
                 "医師登録のお願い（略歴書添付）", hcs,
                 extra=[("X-Mailer", "Becky! ver. 2.81.08 [ja]")])
    eml = multipart(h, "mixed", "----=_NextPart_4f2b8e6a_amari", [
        part(text, "jis"),
        attach("application/vnd.openxmlformats-officedocument.wordprocessingml.document", fname, docx)])
    g = gold(mid, "doctor", name="甘利 徹", name_kana="アマリ トオル",
             email="t.amari@amari-home.example.jp", phone="09050926631", birth_year=1968,
             specialties=["脳神経外科"], prefectures=["全国"], employment=["full_time"],
             start="2027-01")
    add(16, "neurosurgeon-anywhere-docx-rfc2231", "doctor",
        "multipart/mixed (Becky!): text/plain ISO-2022-JP 7bit + a .docx résumé with an RFC 2231 UTF-8 filename", "medium",
        "Neurosurgeon: 脳神経外科/脳外科, 昭和43年 -> 1968, 勤務地は問いません -> 全国, 常勤, 来年1月 in Oct 2026 -> 2027-01; 脳卒中の外来 is no extra specialty; the attachment is no text",
        eml, g)


def d17():
    mid = "CAB8x2kQ7uRz+ura.chieko@mail.gmail-like.example.com"
    date = DT("2026-12-08 16:05:39")
    body = """お世話になります。
内科医の浦 智恵子と申します。今年66歳になりました。

長崎県の対馬や壱岐で、週4日勤務の求人があると聞きました。
以下について教えていただけますでしょうか。
・住宅（できれば一戸建て）の用意はありますか
・島外への帰省の交通費は出ますか
・当直は免除していただけますか

条件が合えば、来年度から非常勤でお世話になりたいと思っています。
よろしくお願いします。

浦 智恵子
"""
    eml = plain(17, mid, date, "浦 智恵子", "ura.chieko@gmail-like.example.com",
                "対馬・壱岐の求人について質問です", body, "utf8b",
                host="mail-sor-f41.gmail-like.example.com")
    g = gold(mid, "doctor", name="浦 智恵子", email="ura.chieko@gmail-like.example.com",
             age=66, specialties=["内科"], prefectures=["長崎県"], employment=["part_time"],
             days_per_week=4, start="2027-04")
    add(17, "questions-internist-tsushima-iki-b64", "doctor",
        "text/plain UTF-8 base64 (webmail); From/Subject RFC 2047 UTF-8 B", "medium",
        "Retired internist asks about housing, travel and duty before committing: 66歳になりました -> 66, 長崎県 (対馬・壱岐), 週4日 非常勤, 来年度 in Dec 2026 -> 2027-04; 当直は免除 is no spot",
        eml, g)


def d18():
    mid = "87y1kq3m2x.wl%kuranouchi@echizen-net.example.jp"
    date = DT("2026-03-27 08:55:02")
    body = """事務局 御中

越前市在住の医師、蔵之内 昇です(S30生)。
老年科を中心に、内科を長くやってきました。
福井県内の老健か介護医療院で、施設長または常勤医として働ける所はないでしょうか。
今の勤め先(医療法人 日野川会 武生日野川病院)は5月末で退きますので、6月からなら動けます。
夜間のオンコールも対応可能です。

--
蔵之内 昇
0778-24-6015
"""
    eml = plain(18, mid, date, "蔵之内 昇", "kuranouchi@echizen-net.example.jp",
                "老健・介護医療院の医師の仕事を探しています", body, "euc",
                extra=[("User-Agent", "Wanderlust/2.15.9 (Almost Unreal) Emacs/28.2 Mule/6.0")])
    g = gold(mid, "doctor", name="蔵之内 昇", email="kuranouchi@echizen-net.example.jp",
             phone="0778246015", birth_year=1955, organization="医療法人 日野川会 武生日野川病院",
             specialties=["老年内科", "内科", "老健・介護施設"], prefectures=["福井県"],
             employment=["full_time"], start="2026-06")
    add(18, "wanderlust-geriatric-roken-fukui-eucjp", "doctor",
        "text/plain EUC-JP 8bit (Wanderlust); From/Subject RFC 2047 EUC-JP B", "medium",
        "Geriatrician: (S30生) -> 1955, 老年科 -> 老年内科, 内科, 老健/介護医療院 -> 老健・介護施設, 常勤医, 6月から -> 2026-06 (5月末 is when he leaves); current hospital in ASCII brackets; オンコール is no spot",
        eml, g)


def d19():
    mid = "A1C3E5F7-2B4D-4E6F-8A9B-0C1D2E3F4A5B@shiina-h.example.jp"
    date = DT("2026-04-03 22:47:15")
    body = """はじめまして。東京で眼科の勤務医をしております、椎名 遥（しいな はるか）です。

眼科とは関係なく、療養型の病院などの宿直のアルバイトを月に2〜3回したいと思っております。
長野県の東信地方（佐久・上田あたり）だと新幹線で行けるので助かります。
常勤の転職は考えていません。
登録だけでも可能でしょうか？

椎名 遥

iPhoneから送信
"""
    eml = plain(19, mid, date, "椎名 遥", "haruka.shiina@shiina-h.example.jp",
                "宿直のアルバイトについて", body, "utf8q",
                extra=[("X-Mailer", "iPhone Mail (21E236)")])
    g = gold(mid, "doctor", name="椎名 遥", name_kana="シイナ ハルカ",
             email="haruka.shiina@shiina-h.example.jp", specialties=["眼科"],
             prefectures=["長野県"], employment=["spot"])
    add(19, "iphone-night-duty-toshin-nagano-qp", "doctor",
        "text/plain UTF-8 quoted-printable (iPhone Mail); From/Subject RFC 2047 UTF-8 B", "hard",
        "Ophthalmologist wants only 宿直 shifts unrelated to her field -> spot (常勤の転職は考えていません is no full_time), specialty 眼科 is what she practises, 月に2〜3回 -> days null, 長野県 (東信, 佐久・上田) while she works in Tokyo; reading in brackets",
        eml, g)


def d20():
    mid = "20261005181204.nagumo.4A2C@seiryo-breast.example.jp"
    date = DT("2026-10-05 18:12:04")
    body = """地域医療マッチング事務局
ご担当者様

8月に医師登録をさせていただきました、乳腺外科の南雲 玲子です。
先日は面談の機会をいただき、ありがとうございました。

その際は「首都圏の近郊で」と申し上げましたが、家族と相談した結果、
宮城県または福島県（浜通り）に変更させてください。
非常勤・週2日という希望と、12月からという時期は変わりません。

マンモグラフィ検診のお手伝いも可能です。

南雲 玲子
nagumo.r@seiryo-breast.example.jp
022-218-5530
"""
    eml = plain(20, mid, date, "南雲 玲子", "nagumo.r@seiryo-breast.example.jp",
                "登録内容の変更（希望勤務地）", body, "jis",
                extra=[("X-Mailer", "Sylpheed 3.8.0beta1 (GTK+ 2.24.33; x86_64-pc-mingw32)")])
    g = gold(mid, "doctor", name="南雲 玲子", email="nagumo.r@seiryo-breast.example.jp",
             phone="0222185530", specialties=["乳腺外科", "健診"],
             prefectures=["宮城県", "福島県"], employment=["part_time"], days_per_week=2,
             start="2026-12")
    add(20, "update-breast-surgeon-miyagi-fukushima-jis", "doctor",
        "text/plain ISO-2022-JP 7bit (Sylpheed); From/Subject RFC 2047 ISO-2022-JP B", "hard",
        "A registered doctor changes her wish: the old 首都圏 (a region word for 関東) is withdrawn, now 宮城県/福島県; 乳腺外科 + マンモグラフィ検診 -> 健診, 非常勤・週2日, 12月から -> 2026-12; 8月 is when she registered",
        eml, g)


# ======================================================================= hospital

def h21():
    mid = "20261116101522.5B7E.narai@kiso-seiryu.example.jp"
    date = DT("2026-11-16 10:15:22")
    body = """地域医療マッチング事務局 御中

長野県木曽郡木曽町で介護医療院「せせらぎの里」を運営しております、
医療法人 木曽清流会の事務長、奈良井 健司と申します。

現在、常勤医1名（内科）で入所者60名の診療にあたっておりますが、
その医師が来年3月で退職するため、後任の常勤医師を募集いたします。
　・勤務開始：2027年4月
　・業務：入所者の内科的管理、看取り、月数回の夜間オンコール
　・待遇：経験・年齢を考慮のうえ決定、医師住宅あり

ご経験の豊富なシニアの先生も大歓迎です。
ご紹介のほど、よろしくお願い申し上げます。

医療法人 木曽清流会 介護医療院 せせらぎの里
事務長 奈良井 健司
TEL 0264-22-3851 / FAX 0264-22-3852
"""
    eml = plain(21, mid, date, "奈良井 健司", "narai@kiso-seiryu.example.jp",
                "介護医療院の常勤医師募集について", body, "jis",
                extra=[("X-Mailer", "Becky! ver. 2.81.08 [ja]")])
    g = gold(mid, "hospital", name="奈良井 健司", email="narai@kiso-seiryu.example.jp",
             phone="0264223851", organization="医療法人 木曽清流会 介護医療院 せせらぎの里",
             specialties=["老健・介護施設", "内科"], prefectures=["長野県"],
             municipality="木曽町", employment=["full_time"], start="2027-04")
    add(21, "kaigo-iryoin-successor-kiso-jis", "hospital",
        "text/plain ISO-2022-JP 7bit (Becky!); From/Subject RFC 2047 ISO-2022-JP B", "easy",
        "介護医療院 seeks a full-time successor: 老健・介護施設 + 内科, 2027年4月 (来年3月 is the predecessor leaving), municipality 木曽町 (written with 木曽郡); organization = corporation + facility from the signature; 60名 and シニア are no values; オンコール is no spot",
        eml, g)


def h22():
    mid = "20260721140255.000031A7@vill-tabayama.example.jp"
    date = DT("2026-07-21 14:02:55")
    body = """地域医療マッチング事務局　ご担当者様

山梨県北都留郡丹波山村 保健福祉課の小菅と申します。
村では、乳幼児健診と予防接種を担当していただける小児科の先生を探しております。
これまでお願いしていた先生がご高齢のため、今年度で退かれることになりました。

　・内容：乳幼児健診（3か月児・1歳6か月児・3歳児）、定期予防接種
　・回数：月1回（平日の午後）
　・形態：非常勤（村からの委嘱）
　・開始：2026年10月から

小さな村ですが、保健師一同でお迎えいたします。

丹波山村役場 保健福祉課
保健師 小菅 里美
電話 0428-88-0213
"""
    eml = plain(22, mid, date, "丹波山村 保健福祉課", "hoken-fukushi@vill-tabayama.example.jp",
                "乳幼児健診・予防接種の医師について", body, "sjis",
                extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    g = gold(mid, "hospital", name="小菅 里美", email="hoken-fukushi@vill-tabayama.example.jp",
             phone="0428880213", organization="丹波山村役場", specialties=["小児科", "健診"],
             prefectures=["山梨県"], municipality="丹波山村", employment=["part_time"],
             start="2026-10")
    add(22, "village-infant-checkups-tabayama-sjis", "hospital",
        "text/plain Shift_JIS 8bit; From (section name) and Subject RFC 2047 Shift_JIS B", "medium",
        "A village's health section recruits a paediatrician for infant check-ups and vaccinations: 小児科 + 健診, 非常勤, 月1回 -> days null, 2026年10月; organization 丹波山村役場 without the section; 3歳児/1歳6か月児 are no ages; 今年度で退かれる is the predecessor",
        eml, g)


def h23():
    mid = "CAJk3p9vQx_uezono.8871@mail.gmail-like.example.com"
    date = DT("2026-02-10 17:44:08")
    text = """中川様

ご連絡ありがとうございます。いただいたご質問にお答えします。

循環器内科の常勤医は、カテーテル治療ができる方が望ましいですが、必須ではありません。
当直は月に4回程度、オンコールは輪番制です。
年収は経験により1,400万円〜1,800万円を想定しております。
着任は6月1日を希望しますが、ご相談に応じます。

引き続きよろしくお願いいたします。

--
川内ハートセンター病院 総務課
上園 亜希子
〒895-0012 鹿児島県薩摩川内市平佐町2-31
0996-23-8871
"""
    quoted = """川内ハートセンター病院
上園様

お世話になっております。地域医療マッチング事務局の中川です。
先日ご依頼いただいた循環器内科医の募集につきまして、
先生方にご案内する前に、以下を確認させてください。

・求める経験（カテーテル治療の要否など）
・当直・オンコールの回数
・年収の目安
・着任時期

""" + SEC_SIG
    attribution = "2026年2月6日(金) 11:20 地域医療マッチング事務局 <md@md2-rm.example.org>:"
    plain_text = text + "\n" + attribution + "\n\n" + quote(quoted) + "\n"
    h = hdrs_for(23, mid, date, "上園 亜希子", "uezono.sendai.heart@gmail-like.example.com",
                 "Re: 循環器内科医の募集について（確認のお願い）", "utf8",
                 extra=[("In-Reply-To", "<ask.20260206112004.7731@md2-rm.example.org>"),
                        ("References", "<ask.20260206112004.7731@md2-rm.example.org>")],
                 host="mail-qk1-f180.gmail-like.example.com")
    eml = multipart(h, "alternative", "000000000000a3f5c90617a1c2d4", [
        part(plain_text, "utf8b"),
        part(gmail_html(text, quoted, attribution), "utf8b", "text/html")])
    g = gold(mid, "hospital", name="上園 亜希子", email="uezono.sendai.heart@gmail-like.example.com",
             phone="0996238871", organization="川内ハートセンター病院",
             specialties=["循環器内科"], prefectures=["鹿児島県"], municipality="薩摩川内市",
             employment=["full_time"], start="2026-06-01")
    add(23, "gmail-reply-cardiology-satsumasendai-alt", "hospital",
        "multipart/alternative (Gmail): text/plain + text/html, both UTF-8 base64; reply quoting the secretariat's questions", "hard",
        "Hospital clerk answers from a free-mail address: 循環器内科 常勤, 6月1日 -> 2026-06-01; 当直は月に4回程度 is a duty of the full-time post (no spot); 1,400万円 is no phone; 鹿児島県薩摩川内市 only in the signature address; the quoted questions and secretariat phone are not hers",
        eml, g)


def h24():
    mid = "TYCPR01MB8846A1B2C3D4E5F6@TYCPR01MB8846.jpnprd01.prod.satomi-jin.example.jp"
    date = DT("2026-08-27 11:32:50")
    text = """地域医療マッチング事務局
中川様

いつもお世話になっております。
茨城県常陸太田市の医療法人 久慈川会 さとみ腎クリニック、人事担当の鯨岡でございます。

先日ご紹介いただきました仁科先生につきまして、院内で検討した結果、
透析室の非常勤医（週2日・月木）としてお願いしたいという結論になりました。
つきましては、以下の書類をご本人からご提出いただくことは可能でしょうか。
　・医師免許証の写し
　・保険医登録票の写し
　・健康診断書（3か月以内のもの）

勤務開始は10月からを予定しております。
ご確認のほど、よろしくお願いいたします。

医療法人 久慈川会 さとみ腎クリニック
総務・人事　鯨岡 まどか
TEL 0294-72-5120
"""
    h = hdrs_for(24, mid, date, "鯨岡 まどか", "kujiraoka@satomi-jin.example.jp",
                 "ご紹介いただいた先生の件（書類について）", "jis",
                 extra=[("Thread-Topic", ew("ご紹介いただいた先生の件（書類について）", "jis")),
                        ("X-Mailer", "Microsoft Outlook 16.0")])
    eml = multipart(h, "alternative", "_000_TYCPR01MB8846A1B2C3D4E5F6_", [
        part(text, "jisq"),
        part(html_divs(text, "utf-8", "font-family:游ゴシック,sans-serif;font-size:11pt"), "utf8q", "text/html")])
    g = gold(mid, "hospital", name="鯨岡 まどか", email="kujiraoka@satomi-jin.example.jp",
             phone="0294725120", organization="医療法人 久慈川会 さとみ腎クリニック",
             specialties=["透析"], prefectures=["茨城県"], municipality="常陸太田市",
             employment=["part_time"], days_per_week=2, start="2026-10")
    add(24, "clerk-introduced-doctor-dialysis-hitachiota-alt", "hospital",
        "multipart/alternative (Outlook): text/plain ISO-2022-JP 7bit + text/html UTF-8 quoted-printable", "hard",
        "Clinic HR about a doctor the secretariat introduced: the contact is 鯨岡 (not 仁科先生), the post is 透析室 非常勤 週2日, 10月から -> 2026-10; 健康診断書 is a document (no 健診), 3か月 is no value",
        eml, g)


def h25():
    mid = "20260512092741.1F3D.iwasa@shingu-boshi.example.jp"
    date = DT("2026-05-12 09:27:41")
    body = """地域医療マッチング事務局 ご担当者様

いつもお世話になっております。
和歌山県新宮市の社会医療法人 熊野川会 しんぐう母子医療センター、事務部の岩佐でございます。

御事業のサイトに掲載いただいている当院の求人2件について、ご連絡いたします。

1) 産婦人科 常勤医師
　おかげさまで採用が決まりましたので、掲載を終了してください。

2) 小児科 常勤医師（2026年7月〜）
　引き続き募集いたしますので、掲載の継続をお願いいたします。
　なお、小児科は非常勤（週1日の外来）でのご応募も歓迎することにいたしました。
　その旨を追記いただけますと幸いです。

お手数をおかけしますが、よろしくお願いいたします。

しんぐう母子医療センター 事務部
岩佐 典子
TEL 0735-22-6034（内線231）
"""
    eml = plain(25, mid, date, "岩佐 典子", "iwasa@shingu-boshi.example.jp",
                "掲載中の求人について（産婦人科は終了、小児科は継続）", body, "jis",
                extra=[("X-Mailer", "Becky! ver. 2.81.08 [ja]")])
    g = gold(mid, "hospital", name="岩佐 典子", email="iwasa@shingu-boshi.example.jp",
             phone="0735226034", organization="社会医療法人 熊野川会 しんぐう母子医療センター",
             specialties=["小児科"], prefectures=["和歌山県"], municipality="新宮市",
             employment=["full_time", "part_time"], days_per_week=1, start="2026-07")
    add(25, "close-one-listing-keep-pediatrics-shingu-jis", "hospital",
        "text/plain ISO-2022-JP 7bit (Becky!); From/Subject RFC 2047 ISO-2022-JP B", "hard",
        "Listing update: the 産婦人科 post is filled (not recruited any more), 小児科 continues as 常勤 and now also 非常勤 週1日 -> 小児科, full_time + part_time, days 1, 2026年7月; the extension 内線231 is not part of the phone",
        eml, g)


def h26():
    mid = "b7e1f0c2d3a4@nemuro-med.example.jp"
    date = DT("2026-12-02 15:10:45")
    body = """ドクターセカンドキャリア 地域医療マッチング事務局 御中

根室市医師会 事務局の落石と申します。
当会では毎年、市の委託を受けて住民の特定健診と小中学校の学校健診を行っておりますが、
会員医師の高齢化により、健診医の確保が年々難しくなっております。

つきましては、来年度の健診シーズンに単発でお手伝いいただける先生を
ご紹介いただけないでしょうか。
　・期間：2027年5月〜7月のうち、ご都合のつく日（1日単位）
　・内容：問診・診察
　・場所：根室市内の公民館、小中学校
　・報酬：日給制、交通費・宿泊費は当会負担

ご検討のほど、よろしくお願い申し上げます。

一般社団法人 根室市医師会
事務局 落石 英樹
〒087-0009 北海道根室市弥生町1-14
TEL 0153-24-3360
"""
    eml = plain(26, mid, date, "根室市医師会 落石", "ochiishi@nemuro-med.example.jp",
                "住民健診・学校健診の医師派遣のお願い", body, "utf8b")
    g = gold(mid, "hospital", name="落石 英樹", email="ochiishi@nemuro-med.example.jp",
             phone="0153243360", organization="一般社団法人 根室市医師会",
             specialties=["健診"], prefectures=["北海道"], municipality="根室市",
             employment=["spot"], start="2027-05")
    add(26, "medical-assoc-checkups-nemuro-b64", "hospital",
        "text/plain UTF-8 base64; From/Subject RFC 2047 UTF-8 B", "medium",
        "A city medical association needs check-up doctors for single days: 特定健診/学校健診 -> 健診, 単発 -> spot, 2027年5月〜7月 -> 2027-05 (来年度 alone would give 2027-04); municipality 根室市; organization with 一般社団法人 from the signature",
        eml, g)


def h27():
    mid = "20260629163318.0A4F@kanzashien.example.jp"
    date = DT("2026-06-29 16:33:18")
    body = """地域医療マッチング事務局 様

広島県庄原市の特別養護老人ホーム「かんざし園」で生活相談員をしております、比和と申します。
当園の嘱託医（配置医師）を長年務めてくださった先生が、8月末で勇退されることになりました。
後任の先生を探しておりますので、ご紹介をお願いできないでしょうか。

①勤務：週2回（火・金の午後、1回3時間程度）の回診
②内容：入所者（定員50名）の健康管理、看取り時の対応
③開始：2026年9月～
④身分：非常勤の嘱託医

社会福祉法人 比婆山福祉会 特別養護老人ホーム かんざし園
生活相談員 比和 直子
TEL 0824-72-1486
"""
    eml = plain(27, mid, date, "比和 直子", "sodan@kanzashien.example.jp",
                "配置医師（嘱託医）の後任について", body, "cp932sj")
    g = gold(mid, "hospital", name="比和 直子", email="sodan@kanzashien.example.jp",
             phone="0824721486",
             organization="社会福祉法人 比婆山福祉会 特別養護老人ホーム かんざし園",
             specialties=["老健・介護施設"], prefectures=["広島県"], municipality="庄原市",
             employment=["part_time"], days_per_week=2, start="2026-09")
    add(27, "tokuyo-haichi-successor-shobara-cp932", "hospital",
        "text/plain labelled charset=\"shift_jis\" but CP932 8bit (① ② ③ ④ ～ are not in Shift_JIS); From/Subject RFC 2047 Shift_JIS B of CP932 bytes", "hard",
        "特養 seeks a successor 嘱託医/配置医師 -> 老健・介護施設, 非常勤, 週2回 -> 2 days, 2026年9月～ (8月末 is the predecessor); 定員50名 and 3時間 are no values; organization = corporation + facility",
        eml, g)


def h28():
    mid = "OS3P286MB1122F0E1D2C3B4A5@OS3P286MB1122.jpnp286.prod.okunoto-gh.example.jp"
    date = DT("2026-07-01 09:05:12")
    rows = [("募集科目", "消化器内科（内視鏡検査・治療を含む）"), ("募集人数", "1名"),
            ("勤務形態", "常勤"), ("勤務地", "石川県輪島市河井町24-1-3"),
            ("着任時期", "2026年10月1日"), ("年齢", "不問"),
            ("待遇", "当院規定による（医師住宅あり、赴任手当あり）")]
    table = "\n".join('<tr><th style="background:#eef;text-align:left">%s</th><td>%s</td></tr>' % (esc(a), esc(b)) for a, b in rows)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:游ゴシック,sans-serif;font-size:11pt">
<p>地域医療マッチング事務局<br>ご担当者様</p>
<p>いつもお世話になっております。公立奥能登総合病院 医局事務の舳倉でございます。<br>
当院の医師募集につきまして、下記のとおり掲載をお願いしたく、ご連絡いたしました。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
%s
</table>
<p>ご不明な点がございましたら、お気軽にお問い合わせください。</p>
<p>公立奥能登総合病院 医局事務<br>舳倉 紀子<br>TEL 0768-22-5108（直通）</p>
</div></body></html>
""" % table
    eml = plain(28, mid, date, "舳倉 紀子", "ikyoku@okunoto-gh.example.jp",
                "医師募集の掲載依頼（消化器内科）", html, "utf8b", ctype="text/html",
                extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    g = gold(mid, "hospital", name="舳倉 紀子", email="ikyoku@okunoto-gh.example.jp",
             phone="0768225108", organization="公立奥能登総合病院", specialties=["消化器内科"],
             prefectures=["石川県"], municipality="輪島市", employment=["full_time"],
             start="2026-10-01")
    add(28, "html-table-listing-gi-wajima-b64", "hospital",
        "text/html only, UTF-8 base64 (Outlook HTML with a <table> of conditions)", "medium",
        "Listing request as an HTML table: 消化器内科 (内視鏡検査・治療 is part of it), 常勤, 2026年10月1日 -> 2026-10-01, 輪島市 from the address row (河井町 is a district), 年齢 不問 and 1名 are no values",
        eml, g)


def h29():
    mid = "20260318.yaeyama-minami.miyara.0917@yaeyama-mh.example.jp"
    date = DT("2026-03-18 21:17:36")
    body = """地域医療マッチング事務局 御中

初めてご連絡いたします。
沖縄県石垣市の八重山みなみ病院で医局長をしております、宮良 清隆です。

当院は島で唯一お産を扱う病院ですが、産婦人科の常勤医が現在2名しかおらず、
年間300件近い分娩を綱渡りで回しております。
そこで、産婦人科の常勤医（1名）と、月数回の当直に来ていただける先生を募集しております。
当直のみの先生は、産婦人科以外の先生でも構いません。
着任は早ければ早いほど助かりますが、遅くとも夏までにはお願いしたいと考えております。

八重山みなみ病院 医局長 宮良 清隆
TEL 0980-82-4417 ／ 携帯 090-1920-3348
"""
    eml = plain(29, mid, date, "宮良 清隆", "miyara@yaeyama-mh.example.jp",
                "産婦人科常勤医と当直医の募集", body, "utf8")
    g = gold(mid, "hospital", name="宮良 清隆", email="miyara@yaeyama-mh.example.jp",
             phone="0980824417", organization="八重山みなみ病院", specialties=["産婦人科"],
             prefectures=["沖縄県"], municipality="石垣市", employment=["full_time", "spot"])
    add(29, "island-obgyn-and-duty-ishigaki-8bit", "hospital",
        "text/plain UTF-8 8bit; From/Subject RFC 2047 UTF-8 B", "medium",
        "Island hospital's head of doctors recruits: 産婦人科 常勤 + 当直 (any specialty) -> full_time + spot, specialties 産婦人科 only; 遅くとも夏まで -> start null; 2名, 300件 are no values; office phone comes before the mobile",
        eml, g)


def h30():
    mid = "20260526134008.6C2E.ooro@town-chizu.example.jp"
    date = DT("2026-05-26 13:40:08")
    body = """地域医療マッチング事務局　御中

鳥取県八頭郡智頭町役場 総務課の大呂と申します。
本町では職員数が50人を超え、産業医の選任が必要となっておりますが、
町内の開業医の先生がご高齢で引き受けていただけず、困っております。

　・業務：月1回の職場巡視、衛生委員会への出席、長時間勤務者の面接指導、
　　　　　健康診断結果の確認と就業上の意見
　・形態：嘱託（非常勤）
　・開始：7月から
　・報酬：町の規程による（月額制）

産業医の資格をお持ちの先生をご紹介いただければ幸いです。

智頭町役場 総務課 職員係
大呂 雅之
電話 0858-75-4102
"""
    eml = plain(30, mid, date, "大呂 雅之", "ooro-m@town-chizu.example.jp",
                "町職員の産業医についてのご相談", body, "jis")
    g = gold(mid, "hospital", name="大呂 雅之", email="ooro-m@town-chizu.example.jp",
             phone="0858754102", organization="智頭町役場", specialties=["産業医"],
             prefectures=["鳥取県"], municipality="智頭町", employment=["part_time"],
             start="2026-07")
    add(30, "town-office-occupational-chizu-jis", "hospital",
        "text/plain ISO-2022-JP 7bit; From/Subject RFC 2047 ISO-2022-JP B", "medium",
        "A town office needs an occupational physician for its own staff: 産業医, 嘱託（非常勤） -> part_time, 月1回 -> days null, 7月から -> 2026-07; 健康診断結果の確認 is a duty, not a 健診 post; 50人 is no value",
        eml, g)


def h31():
    mid = "20261008155002.yoshino.8E3A@nanwa-chuo.example.jp"
    date = DT("2026-10-08 15:50:02")
    text = """地域医療マッチング事務局 ご担当者様

奈良県五條市の南和中央病院で総務課長をしております、吉野 隆と申します。
令和9年度の医師募集について、募集要項（PDF）をお送りいたします。

募集するのは、外科（消化器外科の経験があれば尚可）と救急科の常勤医師、各1名です。
着任は2027年4月を予定しておりますが、前倒しも可能です。
当院は奈良県南部の救急告示病院で、大塔・西吉野方面からの搬送も受けております。

ご検討のほど、よろしくお願い申し上げます。

南和中央病院 総務課長 吉野 隆
〒637-0005 奈良県五條市須恵3-5-18
TEL 0747-22-1130
"""
    pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
           b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    fname = 'filename="%s"' % ew("令和9年度医師募集要項.pdf", "jis").replace("\n ", " ")
    codec, label, cte, hcs = ENC["jis"]
    h = hdrs_for(31, mid, date, "吉野 隆", "soumu@nanwa-chuo.example.jp",
                 "令和9年度 医師募集要項の送付（外科・救急科）", hcs,
                 extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    eml = multipart(h, "mixed", "----=_NextPart_000_0012_01DD3A2F.5B9C1E40", [
        part(text, "jis"), attach("application/pdf", fname, pdf)])
    g = gold(mid, "hospital", name="吉野 隆", email="soumu@nanwa-chuo.example.jp",
             phone="0747221130", organization="南和中央病院", specialties=["外科", "救急科"],
             prefectures=["奈良県"], municipality="五條市", employment=["full_time"],
             start="2027-04")
    add(31, "two-posts-pdf-gojo-surgery-er-mixed", "hospital",
        "multipart/mixed: text/plain ISO-2022-JP 7bit + application/pdf whose name is an RFC 2047 ISO-2022-JP word in quotes", "medium",
        "Hospital sends its recruitment PDF: 外科 + 救急科 常勤 (消化器外科 is only a plus), 2027年4月 (also 令和9年度), 五條市; 救急告示病院 describes the hospital; 各1名 is no value",
        eml, g)


def h32():
    mid = "TYAPR01MB5520E3F9A1B7C6D8@TYAPR01MB5520.jpnprd01.prod.kumagawa-kai.example.jp"
    date = DT("2026-07-27 01:05:44", "+0000")
    body = """地域医療マッチング事務局
ご担当者様

いつもお世話になっております。
熊本県人吉市の医療法人 球磨川会 人吉リハビリテーション病院、医事課の相良でございます。

当院では、整形外科の外来を担当していただける非常勤の先生を募集しております。
①曜日：毎週水曜日（週1日）9:00～17:00
②内容：外来診察（1日40名程度）、リハビリの処方
③開始：2026年9月～
常勤医の高齢化（70代が2名）で、外来の負担が大きくなっております。
ご紹介いただけますと幸いです。

医療法人 球磨川会 人吉リハビリテーション病院
医事課 係長 相良 知美
TEL：0966-22-7350
"""
    codec, label, cte, hcs = ENC["msjis"]
    h = hdrs_for(32, mid, date, "相良 知美", "sagara@kumagawa-kai.example.jp",
                 "整形外科外来（非常勤）の募集について", hcs,
                 extra=[("Thread-Topic", ew("整形外科外来（非常勤）の募集について", "msjis")),
                        ("X-Mailer", "Microsoft Outlook 16.0")])
    eml = single(h, body, codec, label, cte)
    g = gold(mid, "hospital", name="相良 知美", email="sagara@kumagawa-kai.example.jp",
             phone="0966227350", organization="医療法人 球磨川会 人吉リハビリテーション病院",
             specialties=["整形外科"], prefectures=["熊本県"], municipality="人吉市",
             employment=["part_time"], days_per_week=1, start="2026-09")
    add(32, "outlook-ortho-outpatient-hitoyoshi-msjis", "hospital",
        "text/plain labelled iso-2022-jp with Microsoft extensions (① ② ③ ～) via cp932->JIS; Subject/From/Thread-Topic the same; Date +0000", "medium",
        "Orthopaedic outpatient session: 整形外科 only (リハビリの処方 and the hospital's name are no リハビリテーション科 post), 非常勤 週1日, 2026年9月～; 70代, 40名 and 9:00～17:00 are no values",
        eml, g)


def h33():
    mid = "6a0e2f81-susa-anes@nagato-kitaura.example.jp"
    date = DT("2026-04-30 15:45:10", "+0000")
    text = """地域医療マッチング事務局 御中

山口県萩市の長門北浦病院で麻酔科部長をしております、須佐と申します。
病院の事務を通すと時間がかかるので、直接ご相談させてください（院長の了承は得ております）。

当院の麻酔科は常勤2名体制ですが、1名が産休に入るため、来月から手術麻酔を担当していただける非常勤の先生を探しております。週2日（火・木）、予定手術の全身麻酔が中心で、緊急手術の呼び出しはありません。ペインクリニックの経験は問いません。

-- 
長門北浦病院 麻酔科
須佐 康介
083-382-6190（医局直通）
"""
    codec, label, cte, hcs = ENC["utf8"]
    h = hdrs_for(33, mid, date, "須佐 康介", "susa.k@nagato-kitaura.example.jp",
                 "麻酔科非常勤医のご紹介のお願い", hcs,
                 extra=[("User-Agent", "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.9.0")])
    eml = single(h, flowed(text, 40), codec, label, cte, "text/plain", "; format=flowed; delsp=yes")
    g = gold(mid, "hospital", name="須佐 康介", email="susa.k@nagato-kitaura.example.jp",
             phone="0833826190", organization="長門北浦病院", specialties=["麻酔科"],
             prefectures=["山口県"], municipality="萩市", employment=["part_time"],
             days_per_week=2, start="2026-06")
    add(33, "dept-head-anesthesia-hagi-utc-flowed", "hospital",
        "text/plain UTF-8 8bit, format=flowed; delsp=yes (Thunderbird); Date 30 Apr 15:45 +0000 = 1 May 00:45 JST", "hard",
        "A department head recruits directly: 麻酔科 非常勤 週2日; 来月 is resolved in Tokyo time: the Date is already 1 May in Asia/Tokyo, so -> 2026-06 (not 2026-05); ペインクリニックの経験は問いません is no field; 常勤2名体制 is no full_time",
        eml, g)


def h34():
    mid = "C6E2B0F4-7A1D-4C8E-9F35-2D6A8B1E0C47@asuke-zaitaku.example.jp"
    date = DT("2026-04-14 19:22:03")
    body = """地域医療マッチング事務局のみなさま

愛知県豊田市の山あい、足助地区で「あすけ在宅クリニック」を開いております、院長の香嵐 一葉です。
山間部の訪問診療の依頼が増え、私ひとりでは回りきれなくなってまいりました。

週1日、半日でも構いませんので、訪問診療を分担していただける先生を探しています。
内科の一般的な診療ができれば十分で、在宅の経験は問いません。運転は看護師がいたします。
5月の連休明けから来ていただけると、とても助かります。

あすけ在宅クリニック
院長 香嵐 一葉
0565-62-1187
"""
    eml = plain(34, mid, date, "香嵐 一葉", "korankazuha@asuke-zaitaku.example.jp",
                "訪問診療を手伝っていただける先生を探しています", body, "utf8q",
                extra=[("X-Mailer", "Apple Mail (2.3774.500.171.1.1)")])
    g = gold(mid, "hospital", name="香嵐 一葉", email="korankazuha@asuke-zaitaku.example.jp",
             phone="0565621187", organization="あすけ在宅クリニック",
             specialties=["在宅医療", "内科"], prefectures=["愛知県"], municipality="豊田市",
             employment=["part_time"], days_per_week=1, start="2026-05")
    add(34, "home-visit-clinic-asuke-toyota-qp", "hospital",
        "text/plain UTF-8 quoted-printable (Apple Mail); From/Subject RFC 2047 UTF-8 B", "medium",
        "A one-doctor clinic's director (a physician, writing as a recruiter -> hospital): 訪問診療 -> 在宅医療 + 内科, 週1日 -> part_time/1, 5月の連休明け -> 2026-05; municipality 豊田市 (足助 is a district); 在宅の経験は問いません is no 'anywhere'",
        eml, g)


def h35():
    mid = "20260706104417.hippo.2215@town-marumori-hp.example.jp"
    date = DT("2026-07-06 10:44:17")
    body = """地域医療マッチング事務局　御中

宮城県伊具郡丸森町の町立丸森あぶくま病院で事務長を務めております、筆甫 誠です。
先日はお電話で失礼いたしました。お話しした件を、改めてメールでお送りいたします。

・募集科目：内科（一般内科・総合内科）
・勤務形態：常勤
・着任時期：令和8年10月
・年齢：おおむね70歳くらいまでの方
・住居：町が医師住宅（3LDK）を用意いたします

町の人口は1万2千人ほどで、当院が町内唯一の病院です。
何卒よろしくお願い申し上げます。

町立丸森あぶくま病院
事務長　筆甫 誠
TEL 0224-72-2215
"""
    eml = plain(35, mid, date, "筆甫 誠", "hippo@town-marumori-hp.example.jp",
                "お電話でご相談した内科医募集の件", body, "euc",
                extra=[("X-Mailer", "Sylpheed 3.7.0 (GTK+ 2.24.33; i686-pc-mingw32)")])
    g = gold(mid, "hospital", name="筆甫 誠", email="hippo@town-marumori-hp.example.jp",
             phone="0224722215", organization="町立丸森あぶくま病院", specialties=["内科"],
             prefectures=["宮城県"], municipality="丸森町", employment=["full_time"],
             start="2026-10")
    add(35, "town-hospital-internist-marumori-eucjp", "hospital",
        "text/plain EUC-JP 8bit (Sylpheed); From/Subject RFC 2047 EUC-JP B", "easy",
        "Town hospital follows up a phone call: 内科 (一般内科・総合内科), 常勤, 令和8年10月 -> 2026-10, 丸森町 (with 伊具郡); 70歳 is an age limit, not an age; 3LDK and 1万2千人 are no values",
        eml, g)


# ======================================================================= general

def g36():
    mid = "20260224111906.4471.oshima@hokuto-med-u.example.jp"
    date = DT("2026-02-24 11:19:06")
    body = """地域医療マッチング事務局 御中

北斗医療大学 公衆衛生学講座の助教、渡島 亮と申します。
私どもは「シニア医師の地域医療への参画」に関する研究を行っており、
北海道や東北の医師少数区域で働く60歳以上の医師の実態を調べております。

つきましては、貴事業にご登録の先生方を対象としたアンケート調査（無記名、約15分）に
ご協力をお願いできないかと考えております。
調査票の配布方法（メールマガジンへの掲載など）についてご相談させていただけますでしょうか。
研究計画は本学の倫理審査委員会で承認済みです（承認番号 2026-011）。

北斗医療大学 医学部 公衆衛生学講座
助教 渡島 亮
TEL 0138-46-2290
"""
    eml = plain(36, mid, date, "渡島 亮", "oshima.r@hokuto-med-u.example.jp",
                "登録医師の方へのアンケート調査ご協力のお願い", body, "jis")
    g = gold(mid, "general", name="渡島 亮", email="oshima.r@hokuto-med-u.example.jp",
             phone="0138462290", organization="北斗医療大学")
    add(36, "researcher-survey-request-jis", "general",
        "text/plain ISO-2022-JP 7bit; From/Subject RFC 2047 ISO-2022-JP B", "medium",
        "A university researcher asks to survey registered doctors: general; 北海道/東北, 60歳以上, 医師少数区域 and the approval number are no lead data; organization without faculty and chair",
        eml, g)


def g37():
    mid = "000001dd2f3a$8c41e2b0$a4c5a810$@gujo-minami-hs.example.jp"
    date = DT("2026-09-09 16:37:25")
    body = """突然のご連絡失礼いたします。
岐阜県立郡上みなみ高等学校で進路指導を担当しております、白鳥 敦子と申します。

本校には医学部を志望する生徒が毎年数名おりますが、地域医療の現場を知る機会がほとんどありません。
そこで、貴事業を通じて地方の病院で働いておられる先生に、
11月の進路講演会（1時間程度）でお話しいただくことはできないでしょうか。
謝礼は学校の規程により些少ですが、交通費はお支払いいたします。

岐阜県立郡上みなみ高等学校
進路指導部　白鳥 敦子
電話 0575-67-1254
"""
    eml = plain(37, mid, date, "白鳥 敦子", "shiratori@gujo-minami-hs.example.jp",
                "進路講演会の講師のご相談", body, "sjis",
                extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    g = gold(mid, "general", name="白鳥 敦子", email="shiratori@gujo-minami-hs.example.jp",
             phone="0575671254", organization="岐阜県立郡上みなみ高等学校")
    add(37, "highschool-career-talk-sjis", "general",
        "text/plain Shift_JIS 8bit; From/Subject RFC 2047 Shift_JIS B", "medium",
        "A high-school teacher asks for a doctor to speak to pupils: general although 岐阜県, 病院で働いておられる先生 and 11月 appear",
        eml, g)


def g38():
    mid = "20260914093054.kuma.b1f3@pref-ehime-iryo.example.jp"
    date = DT("2026-09-14 09:30:54")
    body = """地域医療マッチング事務局 ご担当者様

愛媛県保健福祉部 医療対策課の久万と申します。
本県では毎年、県外の医師の方を対象とした「えひめ地域医療フェア」を開催しております。
今年は12月5日（土）に東京・有楽町の会場で開催予定で、県内の病院や市町のブースが20ほど並びます。

つきましては、貴事業にもブースを出展していただけないかと考え、ご連絡いたしました。
出展料は無料で、机・椅子・電源はこちらでご用意いたします。
ご検討いただける場合は、10月末までにお知らせいただけますと幸いです。

愛媛県庁 保健福祉部 医療対策課
主任 久万 玲奈
TEL 089-912-2438
"""
    eml = plain(38, mid, date, "久万 玲奈", "kuma-rena@pref-ehime-iryo.example.jp",
                "えひめ地域医療フェアへのご出展のお願い", body, "utf8b")
    g = gold(mid, "general", name="久万 玲奈", email="kuma-rena@pref-ehime-iryo.example.jp",
             phone="0899122438", organization="愛媛県庁")
    add(38, "prefecture-fair-booth-invitation-b64", "general",
        "text/plain UTF-8 base64; From/Subject RFC 2047 UTF-8 B", "hard",
        "A prefecture that itself recruits doctors invites the secretariat to exhibit at its fair: general (a partner request), not hospital; 愛媛県, 東京, 病院, 12月5日 and 10月末 are no lead data; organization 愛媛県庁 without department and section",
        eml, g)


def g39():
    mid = "20260817202215.3C91.mera@nishimera-net.example.jp"
    date = DT("2026-08-17 20:22:15")
    body = """地域医療マッチング事務局の皆様

突然のメールで失礼いたします。
宮崎県の西米良村に住んでおります、米良 トミと申します。八十四になります。
孫に手伝ってもらってメールを打っております。

昨年の春から村の診療所に来てくださっている上米良先生は、
こちらの事業のご紹介で来られたと伺いました。
先生は主人の往診にも何度も来てくださり、最期まで家で看取ることができました。
どうしても一言お礼を申し上げたく、ご連絡いたしました。
これからも先生のような方を、田舎に送ってくださいますようお願いいたします。

米良 トミ
"""
    eml = plain(39, mid, date, "米良 トミ", "mera-family@nishimera-net.example.jp",
                "お礼", body, "jis")
    g = gold(mid, "general", name="米良 トミ", email="mera-family@nishimera-net.example.jp")
    add(39, "thanks-from-villager-nishimera-jis", "general",
        "text/plain ISO-2022-JP 7bit; From/Subject RFC 2047 ISO-2022-JP B", "hard",
        "An elderly villager thanks the programme for the doctor it placed: general; 八十四, 往診, 診療所, 宮崎県 and 昨年の春 are no lead data; the doctor named (上米良先生) is not the writer",
        eml, g)


def g40():
    mid = "20260602081744.kehi.9d2e@tsuruga-net.example.jp"
    date = DT("2026-06-02 08:17:44")
    body = """はじめまして。福井県敦賀市に住む、元看護師の気比 由美子と申します。
昨年まで市内の病院で訪問看護を担当しておりました。

貴事業のメールマガジンを購読したいのですが、このアドレスで登録していただけますか。
また、医師だけでなく看護師も登録や紹介の対象になるのでしょうか。
へき地の診療所で、もう一度働けたらと考えております。

気比 由美子
090-7718-3025
"""
    eml = plain(40, mid, date, "気比 由美子", "kehi.yumiko@tsuruga-net.example.jp",
                "メールマガジン購読と看護師の登録について", body, "utf8q")
    g = gold(mid, "general", name="気比 由美子", email="kehi.yumiko@tsuruga-net.example.jp",
             phone="09077183025")
    add(40, "retired-nurse-subscribe-question-qp", "general",
        "text/plain UTF-8 quoted-printable; From/Subject RFC 2047 UTF-8 B", "hard",
        "A retired nurse asks to subscribe and whether nurses can register: general (not doctor, not unsubscribe although 購読 appears); 訪問看護 is no 訪問診療, 福井県 and 診療所 are no lead data; the hospital she left is unnamed",
        eml, g)


def g41():
    mid = "YT3PR01MB7720.hartwell.4C1E@northfield-hws.example.org"
    date = DT("2026-09-15 16:40:12", "-0400")
    body = """Dear Madam or Sir,

I am a health-policy researcher at the Northfield Institute for Health Workforce
Studies in Toronto, writing a comparative report on programmes that bring
late-career physicians to rural and remote areas (Canada, Norway, Australia and
Japan).

I read about your programme in a conference presentation and would be grateful
for a short video call (30 minutes) with someone from the secretariat in October.
I am particularly interested in how many physicians over 60 have been placed since
the programme began, which prefectures (Hokkaido? Shimane?) receive most of them,
and whether the doctors usually work full-time or part-time.

Everything would be anonymised, and the draft would be shared with you before
publication.

With best regards,
Dr. Amelia Hartwell
Senior Research Fellow
Northfield Institute for Health Workforce Studies
"""
    eml = plain(41, mid, date, "Amelia Hartwell", "a.hartwell@northfield-hws.example.org",
                "Request for a short interview - rural physician placement programmes", body, "ascii")
    g = gold(mid, "general", name="Amelia Hartwell", email="a.hartwell@northfield-hws.example.org",
             organization="Northfield Institute for Health Workforce Studies")
    add(41, "english-foreign-researcher-interview", "general",
        "text/plain US-ASCII 7bit; English; Date -0400", "medium",
        "A Canadian researcher asks for a video call: general; Hokkaido/Shimane, over 60, October, full-time/part-time are questions, not lead data; 'Dr.' dropped from the name",
        eml, g)


# ======================================================================= unsubscribe

def u42():
    mid = "20260120141032.8B2F.iioka@choshi-shiosai.example.jp"
    date = DT("2026-01-20 14:10:32")
    body = """地域医療マッチング事務局 ご担当者様

医療法人 潮騒会 銚子しおさい病院 総務課の飯岡と申します。
貴事業のメールマガジンが、当院を退職した医師3名の旧アドレスに今も届いております。
下記のアドレスへの配信を停止していただけますでしょうか。

　・dr.kurobe@choshi-shiosai.example.jp
　・m.tokita@choshi-shiosai.example.jp
　・ikyoku2@choshi-shiosai.example.jp

なお、当院の求人につきましては、あらためてご相談させていただくかもしれません。
よろしくお願いいたします。

銚子しおさい病院 総務課
飯岡 さやか
TEL 0479-22-3518
"""
    eml = plain(42, mid, date, "飯岡 さやか", "soumu@choshi-shiosai.example.jp",
                "メールマガジン配信停止のお願い（退職者分）", body, "jis")
    g = gold(mid, "unsubscribe", name="飯岡 さやか", email="soumu@choshi-shiosai.example.jp",
             phone="0479223518", organization="医療法人 潮騒会 銚子しおさい病院")
    add(42, "hospital-stop-former-staff-addresses-jis", "unsubscribe",
        "text/plain ISO-2022-JP 7bit; From/Subject RFC 2047 ISO-2022-JP B", "hard",
        "A hospital clerk asks to stop the newsletter for three former doctors' addresses: unsubscribe (not hospital, although it hints at future 求人); email is her From, not the listed addresses; organization from the first line",
        eml, g)


def u43():
    mid = "20261127234811.hojo.mitsuo@mb.example.jp"
    date = DT("2026-11-27 23:48:11")
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head>
<body>
メルマガ解除お願いします。<br>
もう医者は辞めました。<br>
<br>
北条&nbsp;光男<br>
</body></html>
"""
    eml = plain(43, mid, date, None, "hojo.mitsuo@mb.example.jp", "ﾒﾙﾏｶﾞ解除", html, "sjisq",
                ctype="text/html")
    g = gold(mid, "unsubscribe", name="北条 光男", email="hojo.mitsuo@mb.example.jp")
    add(43, "mobile-html-mailmag-kaijo-sjis-qp", "unsubscribe",
        "text/html only, Shift_JIS quoted-printable (mobile carrier mail, <br>, &nbsp;); bare From address; Subject with half-width katakana (ﾒﾙﾏｶﾞ) in RFC 2047 Shift_JIS B", "medium",
        "Two-line mobile request メルマガ解除: unsubscribe; the writer was a doctor (辞めました) but asks for nothing else; name with &nbsp; -> one space",
        eml, g)


def u44():
    mid = "20260304090512.17e2a6c0.ohata@ohata-cl.example.jp"
    date = DT("2026-03-04 09:05:12")
    body = """標記の件、よろしくお願いいたします。

--------------------
大畑クリニック
大畑 宏
--------------------
"""
    eml = plain(44, mid, date, "大畑 宏", "ohata@ohata-cl.example.jp", "配信停止", body, "euc",
                extra=[("X-Mailer", "Sylpheed 3.7.0 (GTK+ 2.24.33; x86_64-pc-linux-gnu)")])
    g = gold(mid, "unsubscribe", name="大畑 宏", email="ohata@ohata-cl.example.jp",
             organization="大畑クリニック")
    add(44, "subject-only-haishin-teishi-eucjp", "unsubscribe",
        "text/plain EUC-JP 8bit (Sylpheed); From/Subject RFC 2047 EUC-JP B", "medium",
        "The request is only in the subject (配信停止); the body says 標記の件 and a signature: unsubscribe; organization and name from the signature",
        eml, g)


def u45():
    mid = "CAF2m9Rt0y_kanzaki.7b41@mail.gmail-like.example.com"
    date = DT("2026-06-11 07:58:21")
    news = """━━━━━━━━━━━━━━━━━━━━
地域医療マッチング通信 2026年6月号
━━━━━━━━━━━━━━━━━━━━
■今月の求人
(1) 徳島県海部郡美波町　外科 常勤　2026年9月〜
(2) 青森県西津軽郡　内科 非常勤（週3日）
(3) 鹿児島県奄美市　透析 非常勤（週2日）

配信停止はこちら: https://md2-rm.example.org/news/stop
""" + SEC_SIG
    text = """このメールを登録した覚えがありません。
毎月届いて迷惑していますので、今後は送らないでください。
"""
    attribution = "2026年6月10日(水) 10:00 地域医療マッチング事務局 <md@md2-rm.example.org>:"
    body = text + "\n" + attribution + "\n\n" + quote(news) + "\n"
    eml = plain(45, mid, date, "神崎 亮", "kanzaki.ryo@gmail-like.example.com",
                "Re: 【地域医療マッチング通信】2026年6月号", body, "utf8b",
                extra=[("In-Reply-To", "<%s>" % NEWS_MID), ("References", "<%s>" % NEWS_MID)],
                host="mail-pj1-f52.gmail-like.example.com")
    g = gold(mid, "unsubscribe", name="神崎 亮", email="kanzaki.ryo@gmail-like.example.com")
    add(45, "angry-reply-never-subscribed-b64", "unsubscribe",
        "text/plain UTF-8 base64 (Gmail); reply quoting the whole newsletter with '> '; Subject 'Re: ' + RFC 2047 UTF-8 B", "medium",
        "Annoyed reply 'never subscribed, stop sending' without 配信停止 in his own words (only in the quote): unsubscribe; name only in the From display name; the quoted listings are not his",
        eml, g)


# ======================================================================= auto_reply

def a46():
    mid = "autoreply.20260610100214.matsuura@seto-central.example.jp"
    date = DT("2026-06-10 10:02:14")
    body = """このメールは自動返信です。

誠に勝手ながら、私、松浦は2026年4月1日から2027年3月31日まで育児休業を取得しております。
休業期間中にいただいたメールは確認することができません。
医師の採用に関するご連絡は、人事課 採用担当（saiyo@seto-central.example.jp／0865-44-2100）
までお願いいたします。

瀬戸中央病院 人事課 松浦 香織
"""
    eml = plain(46, mid, date, "松浦 香織", "matsuura.k@seto-central.example.jp",
                "［自動返信］育児休業中のため不在にしております", body, "jis", rp="",
                extra=[("In-Reply-To", "<%s>" % NEWS_MID), ("References", "<%s>" % NEWS_MID),
                       ("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])
    g = gold(mid, "auto_reply")
    add(46, "parental-leave-rfc3834-jis", "auto_reply",
        "text/plain ISO-2022-JP 7bit; Auto-Submitted: auto-replied, X-Autoreply; Return-Path <>", "easy",
        "A hospital HR officer's parental-leave notice in reply to the newsletter: no lead fields although it names the recruiting desk, a phone and dates",
        eml, g)


def a47():
    mid = "ar-7c2d0e91@mail.iwami-kids.example.jp"
    date = DT("2026-10-02 09:00:41")
    body = """※本メールは自動送信です。

いつもお世話になっております。
このメールアドレス（iwami-clinic@iwami-kids.example.jp）は、
2026年9月30日をもちまして使用を終了いたしました。
今後のご連絡は、下記の新しいアドレスへお願いいたします。

　新アドレス：info@iwami-kids.example.jp

お手数をおかけいたしますが、アドレス帳のご変更をお願い申し上げます。

いわみ小児科クリニック
"""
    eml = plain(47, mid, date, "いわみ小児科クリニック", "iwami-clinic@iwami-kids.example.jp",
                "【自動送信】メールアドレス変更のお知らせ", body, "utf8q", rp="",
                extra=[("X-Autoresponder", "yes"), ("X-Mailer", "RS-Mail Autoresponder 2.4")])
    g = gold(mid, "auto_reply")
    add(47, "address-retired-notice-vendor-header-qp", "auto_reply",
        "text/plain UTF-8 quoted-printable; only a vendor header X-Autoresponder (no Auto-Submitted); Return-Path <>; Subject 【自動送信】 UTF-8 B", "medium",
        "A paediatric clinic's old address answers automatically with its new address: auto_reply, not bounce (the mail was accepted) and not a person's address change; 小児科 and the new address are no lead data",
        eml, g)


def a48():
    mid = "CAGvacation.okuda.1786148401@mail.gmail-like.example.com"
    date = DT("2026-08-08 09:40:01")
    text = """8月8日から8月16日まで夏季休暇をいただいております。
いただいたメールには、17日以降に順次お返事いたします。
急ぎのご用件は病院代表（医局）までお電話ください。

I am on summer leave until 16 August and will reply after I return.

奥田
"""
    h = hdrs_for(48, mid, date, "奥田 真一", "okuda.shinichi@gmail-like.example.com",
                 "夏季休暇のお知らせ（8/16まで）", "utf8",
                 extra=[("In-Reply-To", "<reply.20260807.2218@md2-rm.example.org>"),
                        ("Auto-Submitted", "auto-replied")],
                 host="mail-sor-f69.gmail-like.example.com")
    eml = multipart(h, "alternative", "000000000000e41d7b0617c2a8f3", [
        part(text, "utf8b"), part(gmail_html(text), "utf8b", "text/html")])
    g = gold(mid, "auto_reply")
    add(48, "gmail-vacation-bilingual-alt", "auto_reply",
        "multipart/alternative (Gmail vacation responder): text/plain + text/html, both UTF-8 base64; Auto-Submitted: auto-replied", "easy",
        "A doctor's personal vacation responder (Japanese with an English line) to a message from the secretariat: auto_reply; 医局 and the dates are no lead data",
        eml, g)


def a49():
    mid = "gw-closure.20260501.0412@kishiwada-fuku.example.jp"
    date = DT("2026-05-01 11:12:05")
    body = """社会福祉法人 岸和田福寿会 特別養護老人ホーム 福寿苑です。

誠に勝手ながら、5月2日（土）から5月6日（水）まで、事務所を休業させていただきます。
休業期間中にいただいたメールへのご返信は、5月7日（木）以降となります。
ご入所・ご見学に関するお急ぎのご用件は、072-443-6610までお電話ください。

※このメールは送信専用のため、ご返信いただいてもお答えできません。
"""
    eml = plain(49, mid, date, "特別養護老人ホーム 福寿苑", "jimu@kishiwada-fuku.example.jp",
                "ゴールデンウィーク休業のお知らせ", body, "sjis",
                extra=[("Precedence", "junk")])
    g = gold(mid, "auto_reply")
    add(49, "gw-closure-tokuyo-precedence-junk-sjis", "auto_reply",
        "text/plain Shift_JIS 8bit; only 'Precedence: junk' (no Auto-Submitted); From/Subject RFC 2047 Shift_JIS B", "medium",
        "A 特養's Golden Week closure notice sent automatically: auto_reply although it comes from a care facility (no recruitment, no lead fields); 5月7日 is no start",
        eml, g)


def a50():
    mid = "cr.5e8a1f02b7@mailguard.kuroda-naika.example.jp"
    date = DT("2026-11-10 14:31:58")
    body = """【送信確認のお願い】

このメールは、お送りいただいたメールに対して自動的に返信しています。
迷惑メール対策のため、初めてメールをお送りいただいた方には、送信の確認をお願いしております。

お手数ですが、下記のページを開き、表示される4桁の数字を入力してください。
確認が完了すると、保留中のメール（件名：面談日程のご連絡）が受信者に届けられます。

https://confirm.mailguard.example.com/c/8f3k2q7m

※7日以内に確認されない場合、メールは削除されます。
"""
    eml = plain(50, mid, date, "黒田 博", "kuroda.hiroshi@kuroda-naika.example.jp",
                "[要確認] Re: 面談日程のご連絡", body, "utf8", rp="",
                extra=[("Auto-Submitted", "auto-replied"),
                       ("X-Mailer", "MailGuard Challenge/Response 3.1")])
    g = gold(mid, "auto_reply")
    add(50, "challenge-response-confirmation-8bit", "auto_reply",
        "text/plain UTF-8 8bit; Auto-Submitted: auto-replied; From is a doctor's own name and address; Return-Path <>", "hard",
        "A challenge-response filter holds the secretariat's mail to a doctor and asks for confirmation: auto_reply (not a reply by the doctor, not phishing, not bounce); no lead fields although From names a physician",
        eml, g)


# ======================================================================= bounce

def orig_headers(to, date, subject, mid, qid_):
    return ("Return-Path: <md@md2-rm.example.org>\n"
            "Received: from web01.md2-rm.example.org (web01.md2-rm.example.org [192.0.2.80])\n"
            "\tby mx1.md2-rm.example.org (Postfix) with ESMTP id %s\n\tfor <%s>; %s\n"
            "Date: %s\nFrom: %s\nTo: %s\nSubject: %s\nMessage-ID: <%s>\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=ISO-2022-JP\nContent-Transfer-Encoding: 7bit\n"
            % (qid_, to, date, date, addr("地域医療マッチング事務局", "md@md2-rm.example.org", "jis"),
               to, ew(subject, "jis"), mid))


def b51():
    mid = "202609011002.781A2Kx0031877@relay.kochi-ml.example.jp"
    date = DT("2026-09-01 10:02:44")
    to = "dr.sakuma@kochi-ml.example.jp"
    omid = "news.2026-09.089.0023150@md2-rm.example.org"
    odate = DT("2026-09-01 10:02:40")
    news = """━━━━━━━━━━━━━━━━━━━━
地域医療マッチング通信 2026年9月号
━━━━━━━━━━━━━━━━━━━━
■今月の求人
(1) 高知県幡多郡黒潮町　内科 常勤　2027年4月〜
(2) 新潟県南魚沼市　整形外科 非常勤（週1日）
(3) 長崎県対馬市　当直 スポット（月2回）

■登録医師の声
「68歳で島に来て2年。毎日が新鮮です」（内科・男性）

配信停止はこちら: https://md2-rm.example.org/news/stop
""" + SEC_SIG
    inner = single([("Date", odate), ("From", addr("地域医療マッチング事務局", "md@md2-rm.example.org", "jis")),
                    ("To", to), ("Subject", ew("【地域医療マッチング通信】2026年9月号", "jis")),
                    ("Message-ID", "<%s>" % omid)], news, "iso2022_jp", "ISO-2022-JP", "7bit")
    human = """The original message was received at Tue, 1 Sep 2026 10:02:41 +0900
from web01.md2-rm.example.org [192.0.2.80]

   ----- The following addresses had permanent fatal errors -----
<dr.sakuma@kochi-ml.example.jp>
    (reason: 550 5.1.1 <dr.sakuma@kochi-ml.example.jp>... User unknown)

   ----- Transcript of session follows -----
... while talking to mail.kochi-ml.example.jp.:
>>> DATA
<<< 550 5.1.1 <dr.sakuma@kochi-ml.example.jp>... User unknown
550 5.1.1 <dr.sakuma@kochi-ml.example.jp>... User unknown
<<< 503 5.0.0 Need RCPT (recipient)
"""
    dsn = """Reporting-MTA: dns; relay.kochi-ml.example.jp
Received-From-MTA: DNS; web01.md2-rm.example.org
Arrival-Date: Tue, 1 Sep 2026 10:02:41 +0900

Final-Recipient: RFC822; dr.sakuma@kochi-ml.example.jp
Action: failed
Status: 5.1.1
Remote-MTA: DNS; mail.kochi-ml.example.jp
Diagnostic-Code: SMTP; 550 5.1.1 <dr.sakuma@kochi-ml.example.jp>... User unknown
Last-Attempt-Date: Tue, 1 Sep 2026 10:02:44 +0900
"""
    h = [("Return-Path", "<>"),
         ("Received", "from relay.kochi-ml.example.jp (relay.kochi-ml.example.jp [198.51.100.77])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (MX, qid(mid), INBOX, recv_date(date))),
         ("Date", date), ("From", "Mail Delivery Subsystem <MAILER-DAEMON@relay.kochi-ml.example.jp>"),
         ("Message-Id", "<%s>" % mid), ("To", INBOX), ("Auto-Submitted", "auto-generated (failure)"),
         ("Subject", "Returned mail: see transcript for details")]
    eml = report(h, "781A2Kx0031877.1788224564/relay.kochi-ml.example.jp", [
        raw_part("text/plain; charset=us-ascii", crlf(human).encode("ascii")),
        raw_part("message/delivery-status", crlf(dsn).encode("ascii")),
        raw_part("message/rfc822", inner)],
        preamble="This is a MIME-encapsulated message")
    g = gold(mid, "bounce")
    add(51, "sendmail-dsn-full-newsletter-rfc822", "bounce",
        "multipart/report; report-type=delivery-status (sendmail): text/plain us-ascii + message/delivery-status + message/rfc822 with the whole newsletter in ISO-2022-JP", "medium",
        "sendmail 'Returned mail' (5.1.1 user unknown) carrying the complete returned newsletter: its listings (高知県, 内科, 常勤, 2027年4月, 週1日, 68歳) must not become lead data",
        eml, g)


def b52():
    mid = "6a1e0c9f.1c69fb81.4e2a.8d17@mx.mailhost.example.com"
    date = DT("2026-03-16 01:14:22", "+0000")
    to = "takeshi.imari@mailhost.example.com"
    text = """** Address not found **

Your message wasn't delivered to takeshi.imari@mailhost.example.com because the
address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.
"""
    html = """<html><head></head><body>
<table cellpadding="0" cellspacing="0"><tr><td style="font-size:24px">Address not found</td></tr>
<tr><td>Your message wasn't delivered to <a style="color:#212121">takeshi.imari@mailhost.example.com</a>
because the address couldn't be found, or is unable to receive mail.</td></tr>
<tr><td><p>The response from the remote server was:</p>
<p style="font-family:monospace">550 5.1.1 The email account that you tried to reach does not exist.</p></td></tr>
</table></body></html>
"""
    dsn = """Reporting-MTA: dns; mailhost.example.com
Received-From-MTA: dns; mx1.md2-rm.example.org
Arrival-Date: Sun, 15 Mar 2026 18:14:19 -0700 (PDT)

Final-Recipient: rfc822; takeshi.imari@mailhost.example.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.
Last-Attempt-Date: Sun, 15 Mar 2026 18:14:22 -0700 (PDT)
"""
    oh = orig_headers(to, DT("2026-03-16 10:14:18"), "Re: 医師登録ありがとうございました",
                      "reply.20260316101418.6620@md2-rm.example.org", "4fT2kQ0Xz1z9Lm")
    h = [("Return-Path", "<>"),
         ("Received", "from mx.mailhost.example.com (mx.mailhost.example.com [203.0.113.25])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (MX, qid(mid), INBOX, recv_date(date))),
         ("Date", date), ("From", "Mail Delivery Subsystem <mailer-daemon@mailhost.example.com>"),
         ("To", INBOX), ("Subject", "Delivery Status Notification (Failure)"),
         ("Message-ID", "<%s>" % mid), ("Auto-Submitted", "auto-replied")]
    alt = nested("alternative", "000000000000b8c51e0617e0a4d2", [
        part(text, "utf8q"), part(html, "utf8q", "text/html")])
    eml = report(h, "000000000000b7e9d20617e0a4c1", [
        alt,
        raw_part("message/delivery-status", crlf(dsn).encode("ascii")),
        raw_part("text/rfc822-headers", crlf(oh).encode("ascii"))],
        preamble="")
    g = gold(mid, "bounce")
    add(52, "webmail-dsn-address-not-found-alt-utc", "bounce",
        "multipart/report: multipart/alternative (text/plain + text/html, UTF-8 quoted-printable) + message/delivery-status + text/rfc822-headers (original Subject ISO-2022-JP B); Date +0000", "easy",
        "Webmail provider's 'Address not found' DSN for the secretariat's reply to a doctor: bounce; the doctor's address and the Re: subject are no lead data",
        eml, g)


def b53():
    mid = "20261021153307.GW-REJ.0a7f3e@gw.hokuyo-hp.example.jp"
    date = DT("2026-10-21 15:33:07")
    body = """本メールは、メールセキュリティゲートウェイから自動的に送信されています。
This message was generated automatically by the mail security gateway.

お送りいただいたメールは、当院の情報セキュリティポリシーにより受信を拒否しました。
Your message was rejected by the security policy of the recipient's organisation.

  宛先 / Recipient : renkei@hokuyo-hp.example.jp
  件名 / Subject   : 【地域医療マッチング事務局】医師ご紹介の件
  理由 / Reason    : 550 5.7.1 Message rejected: URL reputation (policy HP-SEC-04)
  日時 / Date      : 2026/10/21 15:33:05 JST

ご不明な点は、送信先の医療機関のシステム管理者へお問い合わせください。
北陽病院 情報システム課
"""
    eml = plain(53, mid, date, "Mail Security Gateway", "postmaster@gw.hokuyo-hp.example.jp",
                "配送失敗通知 / Delivery failure notification", body, "utf8", rp="",
                extra=[("Auto-Submitted", "auto-generated")])
    g = gold(mid, "bounce")
    add(53, "security-gateway-policy-reject-bilingual-8bit", "bounce",
        "text/plain UTF-8 8bit (not multipart/report); Japanese/English; Subject RFC 2047 UTF-8 B; Return-Path <>", "medium",
        "A hospital's security gateway rejects the secretariat's mail (5.7.1 policy): a non-delivery report in bilingual plain text; the hospital and the subject 医師ご紹介 are no lead data",
        eml, g)


def b54():
    mid = "OF3A2B1C0D.E4F5A6B7-ON49258C1A.0012F3A4@ohmi-steel.example.com"
    date = DT("2026-04-08 10:41:30")
    body = """Your message

  Subject: %s

was not delivered to:

  kensuke_hamada@ohmi-steel.example.com

because:

  User kensuke_hamada (kensuke_hamada@ohmi-steel.example.com) not listed in Domino Directory
""" % ew("【地域医療マッチング通信】2026年4月号", "jis").replace("\n ", " ")
    h = [("Return-Path", "<>"),
         ("Received", "from notes01.ohmi-steel.example.com (notes01.ohmi-steel.example.com [198.51.100.190])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (MX, qid(mid), INBOX, recv_date(date))),
         ("Date", date), ("From", "Postmaster <postmaster@ohmi-steel.example.com>"),
         ("To", INBOX),
         ("Subject", "DELIVERY FAILURE: User kensuke_hamada (kensuke_hamada@ohmi-steel.example.com) not listed\n in Domino Directory"),
         ("Message-ID", "<%s>" % mid), ("X-Mailer", "Lotus Domino Release 9.0.1FP10 HF383")]
    eml = single(h, body, "us-ascii", "US-ASCII", "7bit")
    g = gold(mid, "bounce")
    add(54, "domino-delivery-failure-plain", "bounce",
        "text/plain US-ASCII 7bit (Lotus Domino, not multipart/report); folded Subject; the original subject pasted as a raw RFC 2047 word", "medium",
        "Domino 'DELIVERY FAILURE ... not listed in Domino Directory' for the newsletter sent to a company physician: bounce with no DSN fields",
        eml, g)


def b55():
    mid = "20260127090833.7D3E24A0B12@mx02.sakura-rs.example.jp"
    date = DT("2026-01-27 09:08:33")
    to = "aoi.fujisawa@sakura-rs.example.jp"
    human = """このメールは、メールサーバーから自動的に送信されています。

お送りいただいたメールは、次の宛先に配信できませんでした。

　宛先：aoi.fujisawa@sakura-rs.example.jp
　理由：宛先のメールボックスが利用停止になっています。
　　　　（550 5.2.1 Mailbox disabled, not accepting messages）

宛先のメールアドレスをご確認のうえ、あらためて送信してください。
"""
    dsn = """Reporting-MTA: dns; mx02.sakura-rs.example.jp
X-Postfix-Queue-ID: 7D3E24A0B12
X-Postfix-Sender: rfc822; md@md2-rm.example.org
Arrival-Date: Tue, 27 Jan 2026 09:08:31 +0900 (JST)

Final-Recipient: rfc822; aoi.fujisawa@sakura-rs.example.jp
Original-Recipient: rfc822;aoi.fujisawa@sakura-rs.example.jp
Action: failed
Status: 5.2.1
Diagnostic-Code: x-unix; mailbox disabled, not accepting messages
"""
    oh = orig_headers(to, DT("2026-01-27 09:08:29"), "Re: 医師登録について",
                      "reply.20260127090829.1184@md2-rm.example.org", "4dQ1mP7Yt3z2Kb")
    h = [("Return-Path", "<>"),
         ("Received", "by mx02.sakura-rs.example.jp (Postfix)\n\tid 7D3E24A0B12; Tue, 27 Jan 2026 09:08:33 +0900 (JST)"),
         ("Date", date), ("From", "MAILER-DAEMON@mx02.sakura-rs.example.jp (Mail Delivery System)"),
         ("Subject", ew("メール配信エラーのお知らせ", "jis")), ("To", INBOX),
         ("Auto-Submitted", "auto-replied"), ("Message-Id", "<%s>" % mid)]
    eml = report(h, "7D3E24A0B12.1769472513/mx02.sakura-rs.example.jp", [
        part(human, "jis"),
        raw_part("message/delivery-status", crlf(dsn).encode("ascii")),
        raw_part("text/rfc822-headers", crlf(oh).encode("ascii"))],
        preamble="This is a MIME-encapsulated message.")
    g = gold(mid, "bounce")
    add(55, "rental-server-dsn-japanese-mailbox-disabled-jis", "bounce",
        "multipart/report; report-type=delivery-status (Postfix of a rental server): text/plain ISO-2022-JP 7bit + message/delivery-status + text/rfc822-headers; Subject RFC 2047 ISO-2022-JP B", "medium",
        "Localised Postfix DSN (5.2.1 mailbox disabled) for the secretariat's reply 'Re: 医師登録について' to a doctor: bounce; the original subject talks about registration but nobody wrote it",
        eml, g)


# ======================================================================= spam

def s56():
    mid = "20260911033512.Q7Z1X9@yamaneco-deliv.example.com"
    date = DT("2026-09-11 03:35:12", "+0800")
    body = """【ヤマネコ宅配便】お荷物お届けのお知らせ

お客様宛にお荷物のお届けにあがりましたが、ご不在のため持ち帰りました。
お届け先のご住所に不備があるため、下記より配送情報をご確認ください。

▼再配達のお申し込み（24時間受付）
https://yamaneco-deliv.example.com/redelivery?id=JP88204731

※3日以内にお手続きがない場合、お荷物は差出人へ返送されます。
※本メールは送信専用です。
"""
    eml = plain(56, mid, date, "ヤマネコ宅配便", "no-reply@yamaneco-deliv.example.com",
                "【重要】お荷物のお届けについて（ご不在連絡）", body, "utf8b",
                host="smtp07.bulk-sender.example.com")
    g = gold(mid, "spam")
    add(56, "parcel-redelivery-phishing-b64", "spam",
        "text/plain UTF-8 base64; From/Subject RFC 2047 UTF-8 B; Date +0800 in the small hours", "easy",
        "Fake parcel-delivery notice with a redelivery link (smishing-style phishing): spam; the tracking number is no phone",
        eml, g)


def s57():
    mid = "mbp-20260218-100000-000184.7731@mail.medibridge-p.example.com"
    date = DT("2026-02-18 10:00:00")
    body = """医師紹介事業者・医療人材関係ご担当者様 各位

突然のご連絡失礼いたします。
株式会社メディカルブリッジ・パートナーズ 提携推進部でございます。

弊社は全国の医療機関から医師の求人をお預かりしている紹介会社です。
このたび、医師の登録者をお持ちの事業者様との業務提携を拡大しております。

━━━━━━━━━━━━━━━━━━━━━━━━━━━━
◆御社にご登録の先生をご紹介いただくと、成約1件につき
　紹介料として最大50万円をお支払いいたします。
◆常勤・非常勤・スポット（当直・日直）いずれの求人も対象
◆北海道から沖縄まで、地方・へき地の求人多数
◆60歳以上の先生、定年後の先生も大歓迎
━━━━━━━━━━━━━━━━━━━━━━━━━━━━

ご関心をお持ちいただけましたら、下記よりお気軽に資料をご請求ください。
https://medibridge-p.example.com/partner/form

※配信停止をご希望の方は、件名に「停止」とご記入のうえご返信ください。
株式会社メディカルブリッジ・パートナーズ
TEL 0120-318-550（平日10時〜18時）
"""
    eml = plain(57, mid, date, "メディカルブリッジ・パートナーズ", "partner@medibridge-p.example.com",
                "【業務提携のご案内】ご登録医師のご紹介で最大50万円", body, "jis",
                to="undisclosed-recipients:;",
                extra=[("Precedence", "bulk"),
                       ("List-Unsubscribe", "<mailto:stop@medibridge-p.example.com?subject=stop>")])
    g = gold(mid, "spam")
    add(57, "referral-company-partnership-blast-jis", "spam",
        "text/plain ISO-2022-JP 7bit; Precedence: bulk, List-Unsubscribe (mailto); To undisclosed-recipients", "hard",
        "A doctor-referral company's mass mail offering a fee per placed doctor: spam, neither hospital (no post of its own) nor general; 常勤・非常勤・スポット, 北海道から沖縄まで, 60歳以上 and 配信停止 are bait",
        eml, g)


def s58():
    mid = "0100019a2f7e3b41-8c2d-4f1e-docusafe-000000@notify.docusafe-share.example.com"
    date = DT("2026-07-14 06:22:48", "+0000")
    text = """DocuSafe

Kojimachi Medical Office sent you a document to review and sign.

  Md2-rm Service Agreement 2026 (2 pages)

REVIEW DOCUMENT: https://docusafe-share.example.com/s/7QxK2p

Please complete by Friday, July 17, 2026. This link expires after 72 hours.

Do not share this email. If you have trouble signing, visit the Help Center.
"""
    html = """<html><body style="font-family:Arial,sans-serif">
<div style="background:#1a3c6e;color:#fff;padding:12px;font-size:20px">DocuSafe</div>
<p>Kojimachi Medical Office sent you a document to review and sign.</p>
<p><b>Md2-rm Service Agreement 2026</b> (2 pages)</p>
<p><a href="https://docusafe-share.example.com/s/7QxK2p" style="background:#f5a623;color:#000;padding:10px 18px;text-decoration:none">REVIEW DOCUMENT</a></p>
<p>Please complete by Friday, July 17, 2026. This link expires after 72 hours.</p>
<p style="font-size:11px;color:#666">Do not share this email. If you have trouble signing, visit the Help Center.</p>
</body></html>
"""
    h = hdrs_for(58, mid, date, "DocuSafe via Secure Share", "dse@notify.docusafe-share.example.com",
                 "Action required: Md2-rm Service Agreement 2026 awaits your signature", None,
                 host="a8-22.smtp-out.cloud-relay.example.com")
    eml = multipart(h, "alternative", "=_docusafe_5c1e9a7b", [
        part(text, "utf8q"), part(html, "utf8q", "text/html")])
    g = gold(mid, "spam")
    add(58, "english-esign-phishing-alt-qp", "spam",
        "multipart/alternative text+html UTF-8 quoted-printable; English; Date +0000", "medium",
        "Fake e-signature request that names the secretariat's own office and 'Medical': phishing -> spam; July 17 is no start",
        eml, g)


def s59():
    mid = "20260609120503.it-hojo.5521@hojo-support.example.jp"
    date = DT("2026-06-09 12:05:03")
    body = """ｸﾘﾆｯｸ・病院の院長先生へ

突然のご案内失礼いたします｡
IT導入補助金の申請代行をしております､補助金ｻﾎﾟｰﾄ事務局です｡

今年度の補助金を使えば､電子ｶﾙﾃ･予約ｼｽﾃﾑ･ｷｬｯｼｭﾚｽ決済の導入費用が
実質1/4のご負担で済みます｡
申請書類の作成から実績報告まで､すべて弊社が代行いたします｡

★先着30医院様限定★ 今なら申請手数料0円ｷｬﾝﾍﾟｰﾝ中！

▼無料診断はこちら
https://hojo-support.example.jp/clinic

※今後ご案内が不要な方は､お手数ですが｢不要｣とご返信ください｡
"""
    eml = plain(59, mid, date, "補助金ｻﾎﾟｰﾄ事務局", "info@hojo-support.example.jp",
                "【院長先生へ】電子ｶﾙﾃ導入が実質1/4に", body, "sjis",
                extra=[("Precedence", "bulk")])
    g = gold(mid, "spam")
    add(59, "subsidy-agent-sales-clinics-sjis-hwkana", "spam",
        "text/plain Shift_JIS 8bit with half-width katakana (ｸﾘﾆｯｸ, ｼｽﾃﾑ, ｷｬﾝﾍﾟｰﾝ) also in From/Subject RFC 2047 Shift_JIS B; Precedence: bulk", "medium",
        "Subsidy-application agent selling electronic records to clinics: spam; 院長先生, 病院 and 「不要」とご返信 are bait",
        eml, g)


def s60():
    mid = "CAO7pitch.a91f2c@outreach.contentlift.example.com"
    date = DT("2026-11-03 09:12:37", "-0500")
    body = """Hi there,

I came across md2-rm.example.org while researching rural healthcare in Japan and
really enjoyed your pages about retired doctors moving to remote towns.

I'm a freelance health writer and would love to contribute a guest post to your
site, something like "7 Ways Rural Clinics Can Attract Senior Physicians". The
article would be 100% original, and all I ask in return is one do-follow link to
a partner website in the body of the article.

If guest posts aren't possible, we also offer sponsored placements from $45 per
link. Let me know which option works best for you!

Cheers,
Jenna Moore
Content Outreach Team

P.S. If you'd rather not hear from me again, just reply "no thanks".
"""
    eml = plain(60, mid, date, "Jenna Moore", "jenna@outreach.contentlift.example.com",
                "Guest post collaboration for md2-rm.example.org", body, "ascii",
                host="mta-112.outreach.contentlift.example.com")
    g = gold(mid, "spam")
    add(60, "english-seo-guest-post-pitch", "spam",
        "text/plain US-ASCII 7bit; English; Date -0500", "medium",
        "SEO link-building pitch disguised as a guest article about senior physicians in rural clinics: spam; the 'no thanks' opt-out is not an unsubscribe by the secretariat",
        eml, g)


# ======================================================================= main

def main(argv):
    out = argv[1] if len(argv) > 1 else HERE
    for fn in [d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12, d13, d14, d15,
               d16, d17, d18, d19, d20, h21, h22, h23, h24, h25, h26, h27, h28, h29, h30,
               h31, h32, h33, h34, h35, g36, g37, g38, g39, g40, g41, u42, u43, u44, u45,
               a46, a47, a48, a49, a50, b51, b52, b53, b54, b55, s56, s57, s58, s59, s60]:
        fn()
    write_set(MAILS, out)


if __name__ == "__main__":
    main(sys.argv)
