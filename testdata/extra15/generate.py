#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Development mails for madoguchi parse: 60 invented messages with gold labels.

    python3 generate.py [OUTDIR]     # writes NNN-slug.eml, NNN-slug.json, index.tsv

The gold follows the lead contract (docs/lead.md) and the conventions of
samples/README.md. People, institutions, numbers and addresses are invented; only
.example.jp / .example.com / .example.org domains are used. Output is deterministic.
MIME is assembled by hand with the helpers of ../tools/mailgen.py (RFC 2047 words,
base64 and quoted-printable via the standard library); CRLF line endings throughout.
"""
import datetime
import email.utils
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tools"))
from mailgen import (  # noqa: E402
    CS, ENC, INBOX, KINKI, KYUSHU_OKINAWA, MX, SEC_SIG, SHIKOKU, TOHOKU, addr, esc, ew,
    gmail_html, gold, head, html_divs, leaf, multipart, qid, quote, raw_part, received,
    recv_date, report, single, std, write_set)

MAILS = []


def add(num, slug, cat, enc, diff, desc, eml, g):
    MAILS.append(dict(num=num, slug=slug, cat=cat, enc=enc, diff=diff, desc=desc, eml=eml, gold=g))


def D(y, mo, d, h, mi, s, tz="+0900"):
    """An RFC 5322 date with the right weekday for the given local time and offset."""
    sign = 1 if tz[0] == "+" else -1
    off = datetime.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    dt = datetime.datetime(y, mo, d, h, mi, s, tzinfo=datetime.timezone(off))
    return email.utils.format_datetime(dt)


def ip(seed):
    h = hashlib.sha1(seed.encode()).digest()
    return "%s.%d" % (("198.51.100", "203.0.113", "192.0.2")[h[0] % 3], 10 + h[1] % 240)


def hdrs(mid, date, frm_name, frm_addr, subject, hcs="jis", extra=(), host=None, to=INBOX, rp=None):
    """The usual received-mail header block; From name and Subject RFC 2047 in hcs when not ASCII."""
    dom = frm_addr.split("@")[1]
    frm = addr(frm_name, frm_addr, None if not frm_name or frm_name.isascii() else hcs)
    subj = subject if subject.isascii() else ew(subject, hcs)
    return std(mid, date, frm, subj, host or ("mail." + dom), ip(mid), to=to, rp=rp, extra=extra)


def text_mail(h, body, enc, ctype="text/plain", extra=""):
    codec, label, cte, _ = ENC[enc]
    return single(h, body, codec, label, cte, ctype, extra)


def flow(text, width=34):
    """format=flowed; delsp=yes: long lines cut every `width` characters with a trailing space."""
    out = []
    for line in text.split("\n"):
        while len(line) > width:
            out.append(line[:width] + " ")
            line = line[width:]
        out.append(line)
    return "\n".join(out)


def tb_attr(when, who):
    return "%s に %s さんは書きました:" % (when, who)


def outlook_quote(sent, to, subject, text):
    return ("-----Original Message-----\nFrom: 地域医療マッチング事務局 <md@md2-rm.example.org>\n"
            "Sent: %s\nTo: %s\nSubject: %s\n\n%s" % (sent, to, subject, text))


def pdf_part(fname_2231):
    data = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    return raw_part("application/pdf;\n name*=UTF-8''%s" % fname_2231, data, "base64",
                    extra=[("Content-Disposition", "attachment;\n filename*=UTF-8''%s" % fname_2231)])


NEWSLETTER_SIG = """━━━━━━━━━━━━━━━━━━━━━━━━━━━━
ドクターセカンドキャリア 地域医療マッチング事務局
TEL 03-6675-9919　E-mail: md@md2-rm.example.org
配信停止・アドレス変更：https://md2-rm.example.org/mail/stop
━━━━━━━━━━━━━━━━━━━━━━━━━━━━"""


# ======================================================================= doctor

def m001():
    mid = "20270705214012.7F3A.KIZ@kanazawa-net.example.jp"
    date = D(2027, 7, 5, 21, 40, 12)
    body = """地域医療マッチング事務局 御中

はじめてご連絡いたします。金沢市の木崎昌弘と申します。
現在、社会医療法人 犀川会 金沢さいがわ病院で脳神経内科の部長をしております。
来年3月末で定年となり、その後は医師の少ない地域で
常勤として働きたいと考え、貴事務局のことを知りました。

昭和38年生まれで、この秋の誕生日で六十四歳になります。
専門は神経内科で、脳卒中の急性期を過ぎた方の管理、パーキンソン病、
物忘れの外来を長くやってまいりました。
研修医の頃に循環器を半年ほど回りましたが、もう昔の話で、
その方面でお役に立つのは難しいと思います。

勤務地は北陸を考えておりますが、福井は家内の実家との行き来を考えると
少し遠いので、富山か、石川の能登方面が希望です。
退職後すぐ、4月からの勤務を希望いたします。

お手数ですが、登録の方法をお教えください。

木崎 昌弘
携帯 080-3391-2047
"""
    h = hdrs(mid, date, "木崎 昌弘", "kizaki.m@kanazawa-net.example.jp", "登録希望（脳神経内科・六十四歳）",
             extra=[("X-Mailer", "Becky! ver. 2.81.10 [ja]")])
    g = gold(mid, "doctor", name="木崎 昌弘", email="kizaki.m@kanazawa-net.example.jp", phone="08033912047",
             age=64, birth_year=1963, organization="社会医療法人 犀川会 金沢さいがわ病院",
             specialties=["脳神経内科"], prefectures=["富山県", "石川県"], employment=["full_time"],
             start="2028-04")
    add(1, "retiring-neurologist-hokuriku-minus-fukui-jis", "doctor",
        "text/plain ISO-2022-JP 7bit (Becky!); From/Subject RFC 2047 ISO-2022-JP B", "medium",
        "Retiring neurologist in Kanazawa: 昭和38年生まれ -> 1963 and 六十四歳になります -> 64, 神経内科 -> 脳神経内科 (循環器 is a rotation long ago, not a field he offers), 北陸 without 福井 -> 富山県/石川県, 来年3月末で定年 + 退職後すぐ4月 in July 2027 -> 2028-04",
        text_mail(h, body, "jis"), g)


def m002():
    mid = "form-DR-270817-0611@form.md2-rm.example.org"
    date = D(2027, 8, 17, 6, 5, 31)
    body = """医師登録フォームより、以下の内容で申込みを受け付けました。

受付番号：DR-270817-0611
----------------------------------------
お名前（漢字）：能登谷 柚季
お名前（ふりがな）：のとや　ゆずき
生年月日：平成元年11月3日（満37歳）
性別：女性
ご連絡先メール：yuzuki.notoya@sapporo-kodomo.example.jp
ご連絡先電話：011-624-8317
現在の所属：札幌こども総合医療センター 新生児科
診療科（主）：新生児科
診療科（その他対応できるもの）：小児科一般外来、乳幼児健診
希望勤務地：道北・道東（オホーツク沿岸を希望）
希望勤務形態：非常勤
希望日数：週4日
勤務開始希望：2027年10月
自由記入欄：
夫の転勤で網走に移ることになりました。当面は夜間の呼び出しがない形を希望します。
NICUの当直は今後はお受けできません。
----------------------------------------
※本メールは送信専用アドレスから自動送信されています。
ドクターセカンドキャリア 地域医療マッチング事務局
"""
    h = [("Return-Path", "<no-reply@form.md2-rm.example.org>"),
         ("Received", "from app02.form.md2-rm.example.org (app02.form.md2-rm.example.org [192.0.2.42])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (MX, qid(mid), INBOX, recv_date(date, 1))),
         ("Date", date), ("From", addr("医師登録フォーム", "no-reply@form.md2-rm.example.org", "utf8")),
         ("To", INBOX), ("Subject", ew("[医師登録] 受付 DR-270817-0611 能登谷 柚季 様", "utf8")),
         ("Message-ID", "<%s>" % mid)]
    g = gold(mid, "doctor", name="能登谷 柚季", name_kana="ノトヤ ユズキ",
             email="yuzuki.notoya@sapporo-kodomo.example.jp", phone="0116248317", age=37, birth_year=1989,
             organization="札幌こども総合医療センター", specialties=["小児科", "健診"], prefectures=["北海道"],
             employment=["part_time"], days_per_week=4, start="2027-10")
    add(2, "form-neonatologist-doto-heisei-gannen-utf8qp", "doctor",
        "text/plain UTF-8 quoted-printable; web form (label：value); From/Subject RFC 2047 UTF-8 B", "medium",
        "Registration form of a neonatologist: 平成元年11月3日（満37歳） -> 1989 and 37, reading in hiragana with a full-width space, 新生児科 + 小児科一般外来 -> 小児科, 乳幼児健診 -> 健診, 道北・道東 -> 北海道, 週4日, 2027年10月; the workplace without its department; NICUの当直 is refused (no spot)",
        single(h, body, "utf-8", "UTF-8", "quoted-printable"), g)


def m003():
    mid = "52E1A0C7.4010903@rishiri-mail.example.jp"
    date = D(2027, 9, 8, 22, 14, 9)
    body = """事務局のご担当者様

北海道の利尻島で町立の診療所に勤めております、佐々木航と申します。
1971年生まれの内科医です。

島に来て8年になりますが、秋田の母が一人暮らしとなり、
介護のこともあって郷里の秋田県に戻ることにしました。
後任の先生が10月中に着任される予定ですので、引き継ぎを済ませて、
再来月から秋田で勤務できる見込みです。

秋田では、県南の湯沢や横手あたりで、内科の外来と訪問診療を
常勤でできるところを探しています。島では何でも診てきましたので、
子どもの風邪や簡単な外傷くらいなら対応できますが、専門は内科です。

よろしくお願いいたします。

佐々木 航
利尻町立くつがた診療所
電話 0163-84-2261（診療所）
"""
    h = hdrs(mid, date, "佐々木 航", "wataru.sasaki@rishiri-mail.example.jp", "秋田での勤務について", "sjis",
             extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.14.0")])
    g = gold(mid, "doctor", name="佐々木 航", email="wataru.sasaki@rishiri-mail.example.jp", phone="0163842261",
             birth_year=1971, organization="利尻町立くつがた診療所", specialties=["内科", "在宅医療"],
             prefectures=["秋田県"], employment=["full_time"], start="2027-11")
    add(3, "island-internist-home-to-akita-saraigetsu-sjis", "doctor",
        "text/plain Shift_JIS 8bit (Thunderbird); From/Subject RFC 2047 Shift_JIS B", "medium",
        "Island clinic doctor going home: works in 北海道 (利尻) but wants 秋田県 only, 1971年生まれ (no age), 内科 + 訪問診療 -> 在宅医療 (children's colds are no field), 再来月 in September -> 2027-11 (10月中 is the successor's arrival); organization is the present clinic",
        text_mail(h, body, "sjis"), g)


def m004():
    mid = "CAJt7Qe2VbR0mX9pLs4Hn8YwKc1dF6uA3zG5oT2iE0rN7jB@mail.example.com"
    date = D(2027, 10, 23, 10, 31, 47)
    text = """地域医療マッチング事務局 御中

はじめまして。横浜市の産婦人科医、戸賀崎玲子と申します。
お産の現場からは三年前に退き、いまは市内のクリニックで週に数日、婦人科の外来と子宮がん検診を担当しています。

夫の定年を機に、夫婦で山梨か長野へ移り住む予定です。
移住先では、婦人科外来や検診のお手伝いを週2日程度できればと考えています。
分娩はもう扱いません。

時期は引っ越しの段取り次第ですが、来年の夏頃になりそうです。
年齢は還暦を少し過ぎたところです。

登録の手続きを教えていただけますか。

戸賀崎 玲子
090-5529-7810
"""
    h = hdrs(mid, date, "戸賀崎 玲子", "togasaki.reiko@example.com", "移住先での勤務について（産婦人科）", "utf8")
    eml = multipart(h, "alternative", "000000000000a1c6e205f3d8b7c2",
                    [leaf(text, "utf-8", "UTF-8", "base64"),
                     leaf(gmail_html(text), "utf-8", "UTF-8", "base64", "text/html")])
    g = gold(mid, "doctor", name="戸賀崎 玲子", email="togasaki.reiko@example.com", phone="09055297810",
             specialties=["産婦人科", "健診"], prefectures=["山梨県", "長野県"], employment=["part_time"],
             days_per_week=2)
    add(4, "gynecologist-moving-yamanashi-nagano-summer-gmail-alt", "doctor",
        "multipart/alternative (Gmail): text/plain + text/html, UTF-8 base64; From/Subject UTF-8 B", "medium",
        "Obstetrician who gave up deliveries: 婦人科外来 + 子宮がん検診 -> 産婦人科/健診, 山梨か長野, 週2日程度 -> 2, 来年の夏頃 -> start null, 還暦を少し過ぎた -> age null, 三年前/週に数日 are her past and present, the clinic is unnamed",
        eml, g)


def m005():
    mid = "YT3PR01MB8841.A7C2.arakawa@pinecrest-fht.example.com"
    date = D(2027, 11, 11, 19, 22, 5, "-0500")
    body = """Dear Madoguchi team,

My name is Kenji Arakawa. I am a Japanese physician, 52 years old, and for the
past fourteen years I have worked as a family physician in a rural practice north
of Toronto (Pinecrest Lakes Family Health Team). I hold a valid Japanese
medical licence; I graduated and did my first two years of training in Sendai.

My parents are getting older and I plan to return to Japan for good. I would like
to work full-time in a community that needs a generalist, anywhere in the Tohoku
region - Aomori, Iwate, Akita, Miyagi, Yamagata or Fukushima, it does not matter
which. Besides primary care I have done a lot of home visits over the years.

I could start in April 2028 at the earliest. Could you tell me how to register,
and whether the interviews can be held online before I move?

Best regards,
Kenji Arakawa, MD
+1 705 555 0143
"""
    h = hdrs(mid, date, "Kenji Arakawa", "k.arakawa@pinecrest-fht.example.com",
             "Registration - family physician returning to Tohoku",
             extra=[("Content-Language", "en-CA")])
    g = gold(mid, "doctor", name="Kenji Arakawa", email="k.arakawa@pinecrest-fht.example.com", age=52,
             organization="Pinecrest Lakes Family Health Team", specialties=["総合診療科", "在宅医療"],
             prefectures=TOHOKU, employment=["full_time"], start="2028-04")
    add(5, "english-family-physician-canada-tohoku-minus0500", "doctor",
        "text/plain us-ascii 7bit; English; Date -0500", "medium",
        "Family physician in rural Canada returning home: 52 years old, family physician/generalist/primary care -> 総合診療科, home visits -> 在宅医療, anywhere in the Tohoku region with the six named in romaji -> the 6 prefectures (not 全国), April 2028; the only phone is Canadian (+1) -> phone null; Sendai is where he trained",
        text_mail(h, body, "ascii"), g)


def m006():
    mid = "OS3P286MB1954E2B1C09A41D7@OS3P286MB1954.JPNP286.PROD.example.jp"
    date = D(2027, 11, 30, 3, 12, 40, "+0000")
    quoted = outlook_quote("Monday, November 29, 2027 5:40 PM", "髙畑 修司 <s.takahata@naruto-hp.example.jp>",
                           "ご登録内容の確認のお願い", """髙畑 修司 先生

地域医療マッチング事務局の小野寺です。
先日はご登録ありがとうございました。
求人をご紹介するにあたり、下記①～⑤をお知らせいただけますでしょうか。
①ご専門　②お生まれの年　③ご希望の地域　④勤務形態　⑤開始時期

""" + SEC_SIG)
    body = """地域医療マッチング事務局
小野寺様

お世話になっております。髙畑です。
ご質問の件、以下のとおり回答いたします。

①専門：麻酔科（ペインクリニック外来も担当しています）
②生年：S42生まれです
③希望地域：徳島県内。高知も一度は考えましたが、通勤を考えると難しいです。
④勤務形態：非常勤で、週1日（木曜）
⑤開始時期：令和10年1月から

若い頃は救命救急センターにもおりましたが、現在は救急対応はお受けしておりません。
よろしくお願いいたします。

鳴門うずしお病院 麻酔科
髙畑 修司
TEL 088-686-3120（医局直通）

""" + quoted
    h = hdrs(mid, date, "髙畑 修司", "s.takahata@naruto-hp.example.jp", "RE: ご登録内容の確認のお願い", "msjis",
             extra=[("Thread-Topic", ew("ご登録内容の確認のお願い", "msjis")),
                    ("Thread-Index", "AdoiX3k9Qm2vYtLsR8eWbN1cPz4hGA=="), ("Content-Language", "ja-JP"),
                    ("X-MS-Has-Attach", ""), ("In-Reply-To", "<20271129174005.1C2E@md2-rm.example.org>")])
    g = gold(mid, "doctor", name="髙畑 修司", email="s.takahata@naruto-hp.example.jp", phone="0886863120",
             birth_year=1967, organization="鳴門うずしお病院", specialties=["麻酔科"], prefectures=["徳島県"],
             employment=["part_time"], days_per_week=1, start="2028-01")
    add(6, "outlook-reply-anaesthetist-tokushima-not-kochi-msjis", "doctor",
        "text/plain labelled iso-2022-jp with Microsoft extensions (髙 ①～⑤ ～) via cp932->JIS; From/Subject/Thread-Topic RFC 2047; Date +0000; Outlook '-----Original Message-----' quote", "hard",
        "Anaesthetist answers our numbered questions: 髙 in the name, ペインクリニック -> 麻酔科, S42生まれ -> 1967, 徳島県 only (高知 considered and dropped), 週1日 -> part_time/1, 令和10年1月 -> 2028-01; 救命救急 is his past and refused now; the quote holds the secretariat's phone",
        text_mail(h, body, "msjis"), g)


def m007():
    mid = "20271213140555.0B6D.YAH@hofu-net.example.jp"
    date = D(2027, 12, 13, 14, 5, 55)
    body = """前略
地域医療マッチング事務局 御中

防府市に住む矢萩重信と申します。昭和33年の生まれで、満六十九歳になりました。
長年、心臓血管外科医として働き、最後は医療法人 周防会 防府すおう病院の
副院長を務め、昨年退職いたしました。

メスを置きましたので、心臓血管外科の仕事はもう致しません。
今後は内科の外来と、高齢の方のお宅への訪問診療をお手伝いしたいと思っております。
術後管理で循環器の薬の扱いには慣れておりますので、その点はお役に立てるかと存じます。

場所は地元の山口県と、隣の島根県の山あいを考えております。
広島には息子が住んでおりますが、勤務地としては考えておりません。
週3日くらいの非常勤で、来年4月からでいかがでしょうか。

草々
矢萩 重信
自宅 0835-24-6618
"""
    h = hdrs(mid, date, "矢萩 重信", "yahagi.shigenobu@hofu-net.example.jp", "登録のお願い", "euc")
    g = gold(mid, "doctor", name="矢萩 重信", email="yahagi.shigenobu@hofu-net.example.jp", phone="0835246618",
             age=69, birth_year=1958, organization="医療法人 周防会 防府すおう病院",
             specialties=["内科", "在宅医療"], prefectures=["山口県", "島根県"], employment=["part_time"],
             days_per_week=3, start="2028-04")
    add(7, "retired-cardiac-surgeon-turns-to-home-visits-euc", "doctor",
        "text/plain EUC-JP 8bit; From/Subject RFC 2047 EUC-JP B", "hard",
        "Retired cardiac surgeon (前略…草々): 昭和33年 -> 1958, 満六十九歳 -> 69, wants 内科 + 訪問診療 -> 内科/在宅医療 only (心臓血管外科 he gives up, 循環器の薬 is experience, not a field), 山口県 + 島根県 (広島 is his son's home), 週3日くらい -> 3, 来年4月 in December -> 2028-04; last workplace from which he retired",
        text_mail(h, body, "euc"), g)


def m008():
    mid = "6f0e2a91-3b7c-4d55-9e1a-sugou@tsu-oncology.example.jp"
    date = D(2027, 11, 19, 23, 48, 10)
    text = """地域医療マッチング事務局 ご担当者様

三重県津市の病院で腫瘍内科医をしております菅生由里香と申します。四十七歳です。
がん薬物療法を専門にしてきましたが、ここ数年は緩和ケアチームの仕事にやりがいを感じています。

熊野や尾鷲など県の南部では、がんの患者さんが通院に片道二時間以上かけていると聞きました。
今の職場に籍を置いたまま、週1回、外来化学療法と緩和ケア外来をお手伝いできる病院があれば、と思いご連絡しました。

勤務先の兼業の規定が来年度から変わるため、それ以降であれば可能です。

-- 
菅生 由里香
090-2284-6651
"""
    h = hdrs(mid, date, "菅生 由里香", "sugou.yurika@tsu-oncology.example.jp", "週1回の外来のお手伝いについて", "utf8",
             extra=[("User-Agent", "Mozilla Thunderbird 128.3.0")])
    g = gold(mid, "doctor", name="菅生 由里香", email="sugou.yurika@tsu-oncology.example.jp", phone="09022846651",
             age=47, specialties=["腫瘍内科", "緩和ケア"], prefectures=["三重県"], employment=["part_time"],
             days_per_week=1, start="2028-04")
    add(8, "oncologist-palliative-south-mie-flowed-utf8", "doctor",
        "text/plain UTF-8 8bit, format=flowed; delsp=yes (Thunderbird, lines cut mid-sentence, '-- ' signature)", "medium",
        "Oncologist keeping her post: 四十七歳 -> 47, がん薬物療法/外来化学療法 -> 腫瘍内科 + 緩和ケア, 三重県 (津 is her workplace, 熊野/尾鷲 the wish, both in Mie), 週1回 -> part_time/1, 来年度から in November -> 2028-04; the hospital is unnamed",
        single(h, flow(text), "utf-8", "UTF-8", "8bit", extra="; format=flowed; delsp=yes"), g)


def m009():
    mid = "20270109011233.kbys@mobile-mail.example.jp"
    date = D(2028, 1, 9, 1, 12, 33)
    text = """ﾏｯﾁﾝｸﾞ事務局さま
麻酔科医です。55才。
平日は大阪の病院勤務なので当直だけ希望です。
関西ならどこでも行きます。月2～3回くらい。
小林"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head>'
            '<body><div style="font-size:small">' + "<br>".join(esc(l) for l in text.split("\n")) +
            '</div></body></html>\n')
    h = hdrs(mid, date, None, "tkbys-anes@mobile-mail.example.jp", "当直の件", "cp932",
             extra=[("X-Mailer", "Mobile Mail ver.6.1")])
    g = gold(mid, "doctor", name="小林", email="tkbys-anes@mobile-mail.example.jp", age=55,
             specialties=["麻酔科"], prefectures=KINKI, employment=["spot"])
    add(9, "mobile-html-anaesthetist-duty-kansai-hwkana-cp932", "doctor",
        "text/html only, Shift_JIS 8bit written by a CP932 phone (～ FF5E comes back as 〜), half-width katakana; bare From address; Subject RFC 2047 Shift_JIS B", "hard",
        "Midnight mobile note: 55才, 麻酔科, 当直だけ -> spot only, 関西ならどこでも -> the 7 Kinki prefectures (not 全国), 月2～3回 -> days null; 大阪 is his weekday workplace (unnamed); name only the surname 小林",
        single(h, html, "cp932", "Shift_JIS", "8bit", "text/html"), g)


def m010():
    mid = "cgi.0412.1801@form.md2-rm.example.org"
    date = D(2028, 2, 2, 11, 20, 0)
    body = """以下の内容で医師登録を受け付けました。（受付No.0412）

氏名　　　：　宇田川　剛
フリガナ　：　ウダガワ　ツヨシ
生年　　　：　昭和45年
E-mail　　：　t-udagawa@hakata-geka.example.jp
電話　　　：　092-477-3051
勤務先　　：　医療法人 玄海会 はかた中央外科病院
専門科目　：　消化器外科（肝胆膵）、一般外科
勤務形態　：　（○）常勤　（　）非常勤　（　）スポット
希望地域　：　（　）全国　（○）地域を指定 → 九州・沖縄（離島可）
開始時期　：　令和10年4月
備考　　　：
　福岡で二十年近く外科をやってまいりました。大きな手術はもう結構です。
　外来と、虫垂炎やヘルニア程度の手術ができる病院を希望します。

--
地域医療マッチング事務局 登録受付システム
"""
    h = [("Return-Path", "<cgi@form.md2-rm.example.org>"),
         ("Received", "from www1.md2-rm.example.org (www1.md2-rm.example.org [192.0.2.40])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (MX, qid(mid), INBOX, recv_date(date, 1))),
         ("Date", date), ("From", "cgi@form.md2-rm.example.org"), ("To", INBOX),
         ("Subject", ew("[医師登録] 受付No.0412")), ("Message-ID", "<%s>" % mid)]
    g = gold(mid, "doctor", name="宇田川 剛", name_kana="ウダガワ ツヨシ", email="t-udagawa@hakata-geka.example.jp",
             phone="0924773051", birth_year=1970, organization="医療法人 玄海会 はかた中央外科病院",
             specialties=["消化器外科", "外科"], prefectures=KYUSHU_OKINAWA, employment=["full_time"],
             start="2028-04")
    add(10, "cgi-form-marks-surgeon-kyushu-okinawa-jis", "doctor",
        "text/plain ISO-2022-JP 7bit; CGI form with full-width spaces and (○) marks; bare From", "medium",
        "CGI registration: name and katakana with full-width spaces, 昭和45年 -> 1970, 消化器外科（肝胆膵）+ 一般外科 -> 消化器外科/外科, (○)常勤 marked and 非常勤/スポット not, (　)全国 unmarked while 九州・沖縄 is chosen -> 8 prefectures, 令和10年4月; email from the body",
        text_mail(h, body, "jis"), g)


def m011():
    mid = "20270827164402.3C1F@asahikawa-home.example.jp"
    date = D(2027, 8, 27, 16, 44, 2)
    body = """地域医療マッチング事務局 御中

旭川市の北都電力病院で整形外科医をしております、一ノ瀬崇と申します。
今年で56になります。

ご存じかもしれませんが、当院は親会社の方針で12月末をもって閉院することになりました。
整形外科のほか、救急外来の当番も長年こなしてまいりましたので、
骨折や外傷の初期対応であれば一通りできます。

家も建てましたので、今後も北海道に住み続けるつもりです。
道内ならどこでも構いません。常勤での勤務を希望します。
閉院後、来年1月から働けます。

一ノ瀬 崇
電話 0166-39-7724
"""
    h = hdrs(mid, date, "一ノ瀬 崇", "ichinose.takashi@asahikawa-home.example.jp", "閉院に伴う転職先のご相談", "utf8")
    g = gold(mid, "doctor", name="一ノ瀬 崇", email="ichinose.takashi@asahikawa-home.example.jp",
             phone="0166397724", age=56, organization="北都電力病院", specialties=["整形外科", "救急科"],
             prefectures=["北海道"], employment=["full_time"], start="2028-01")
    add(11, "company-hospital-closing-orthopaedist-dounai-utf8", "doctor",
        "text/plain UTF-8 8bit; From/Subject UTF-8 B", "medium",
        "Orthopaedist whose company hospital closes at the end of December: 今年で56になります -> 56, 整形外科 + 救急外来 -> 救急科, 道内ならどこでも -> 北海道 (not 全国), 常勤, 来年1月 in August -> 2028-01 (12月末 is the closure)",
        text_mail(h, body, "utf8"), g)


def m012():
    mid = "20270805120241.fuyuki.4b2e@ginza-biyou.example.com"
    date = D(2027, 8, 5, 12, 2, 41)
    body = """地域医療マッチング事務局
ご担当者様

東京の美容クリニックに勤めております、冬木沙織と申します。39歳です。
大学では形成外科の医局におり、熱傷や褥瘡、皮膚の腫瘍の手術を担当していました。
その後10年ほど美容の分野におりましたが、もう一度、保険診療の現場で
形成外科医として働きたいと考えるようになりました。
皮膚科の一般外来も、大学時代に兼務していたので対応できます。

学生時代に地域実習で通った岩手と宮城の沿岸部に、ずっと心残りがあります。
まずは非常勤で、週3〜4日ほどから始められればと思います。
10月から動けます。

冬木 沙織
銀座リュミエール美容クリニック
TEL 03-5568-2094
"""
    h = hdrs(mid, date, "冬木 沙織", "fuyuki@ginza-biyou.example.com", "形成外科医として地域で働きたい")
    g = gold(mid, "doctor", name="冬木 沙織", email="fuyuki@ginza-biyou.example.com", phone="0355682094", age=39,
             organization="銀座リュミエール美容クリニック", specialties=["形成外科", "皮膚科"],
             prefectures=["岩手県", "宮城県"], employment=["part_time"], start="2027-10")
    add(12, "cosmetic-to-plastic-surgery-sanriku-jis", "doctor",
        "text/plain ISO-2022-JP 7bit; From/Subject RFC 2047 ISO-2022-JP B", "medium",
        "Cosmetic-clinic doctor returning to plastic surgery: 39歳, 形成外科 + 皮膚科の一般外来, 岩手と宮城 -> 2 prefectures (東京 is the present job), 非常勤 週3〜4日 -> days null, 10月から in August -> 2027-10; 10年 is no age",
        text_mail(h, body, "jis"), g)


def m013():
    mid = "CAM8rT2xQk5pWn0LzY7dVb3hEs9gJ4fC1uN6aR2iO8mX5yK@mail.example.com"
    date = D(2028, 1, 18, 20, 15, 33)
    attribution = "2028年1月18日(火) 10:00 地域医療マッチング事務局 <md@md2-rm.example.org>:"
    quoted = """地域医療マッチング通信 No.58（2028年1月号）

■高知県・幡多地域の町立診療所（常勤）
　総合診療科または内科、令和10年4月から、住宅あり
■徳島県・県南の病院（非常勤 週1日）
　整形外科、外来のみ
■青森県・下北地域の病院（当直）
　診療科不問、月2回程度

""" + NEWSLETTER_SIG
    text = """事務局のみなさま

いつもメールマガジンを拝見しています。総合診療医の八重樫綾と申します。
今号の「高知県・幡多地域の町立診療所（常勤）」の求人に関心があり、ご連絡しました。

現在は松山市の病院の総合診療科におります。小児科の経験もあり、
乳幼児の外来も含めて担当できます。
年度明け（4月）からの勤務を希望しています。

詳しい条件を教えていただけますでしょうか。

八重樫 綾
携帯 070-4418-2259
"""
    plain = text + "\n" + attribution + "\n" + quote(quoted) + "\n"
    h = hdrs(mid, date, "八重樫 綾", "aya.yaegashi@example.com",
             "Re: 【地域医療マッチング通信 No.58】今月の求人情報", "utf8",
             extra=[("In-Reply-To", "<news58.20280118100000@md2-rm.example.org>"),
                    ("References", "<news58.20280118100000@md2-rm.example.org>")])
    eml = multipart(h, "alternative", "0000000000007f3b9e0601a2c4d5",
                    [leaf(plain, "utf-8", "UTF-8", "base64"),
                     leaf(gmail_html(text, quoted, attribution), "utf-8", "UTF-8", "base64", "text/html")])
    g = gold(mid, "doctor", name="八重樫 綾", email="aya.yaegashi@example.com", phone="07044182259",
             specialties=["総合診療科", "小児科"], prefectures=["高知県"], employment=["full_time"],
             start="2028-04")
    add(13, "gmail-reply-applies-to-kochi-listing-alt", "doctor",
        "multipart/alternative (Gmail): text/plain + text/html UTF-8 base64 with the quoted newsletter; In-Reply-To/References", "hard",
        "A generalist applies to one listing of the quoted newsletter: 高知県 and 常勤 from the listing she names, 総合診療医 + 小児科 -> 2 fields, 年度明け（4月） in January -> 2028-04; 松山市 is her present (unnamed) hospital; the other listings (徳島県 整形外科, 青森県 当直, 令和10年4月) are quoted newsletter text",
        eml, g)


def m014():
    mid = "a41c77d0-5e2b-11f0-soma@kurashiki-hikari.example.jp"
    date = D(2027, 12, 9, 18, 30, 0)
    body = """地域医療マッチング事務局 御中

倉敷市の病院で放射線治療を担当しております、相馬 惇と申します。
平成2年生まれです。

米子の病院で放射線治療医が不在になり、治療が止まっていると聞きました。
鳥取県であれば、週に1日、水曜日だけですが、治療計画と外来をお手伝いできます。
画像診断（読影）は専門外ですので、治療のみとなります。

勤務先の了解は得ております。再来月からお願いできれば幸いです。

相馬 惇
倉敷ひかり総合病院 放射線治療科
TEL 086-434-8805
"""
    h = hdrs(mid, date, "相馬 惇", "soma.jun@kurashiki-hikari.example.jp", "放射線治療の応援について", "utf8")
    g = gold(mid, "doctor", name="相馬 惇", email="soma.jun@kurashiki-hikari.example.jp", phone="0864348805",
             birth_year=1990, organization="倉敷ひかり総合病院", specialties=["放射線科"], prefectures=["鳥取県"],
             employment=["part_time"], days_per_week=1, start="2028-02")
    add(14, "radiation-oncologist-yonago-one-day-saraigetsu-b64", "doctor",
        "text/plain UTF-8 base64; From/Subject UTF-8 B", "medium",
        "Radiation oncologist offers one day a week: 平成2年生まれ -> 1990, 放射線治療 -> 放射線科 (読影 is outside his field, same canonical), 米子 with 鳥取県 named (岡山/倉敷 is his workplace), 週に1日 -> part_time/1, 再来月 in December 2027 -> 2028-02",
        text_mail(h, body, "utf8b"), g)


def m015():
    mid = "20271013082011.5D2C.shiga@nagoya-kodomo.example.jp"
    date = D(2027, 10, 13, 8, 20, 11)
    body = """地域医療マッチング事務局
ご担当者様

名古屋市の子ども病院で児童精神科を担当している志賀恭平です。45歳です。
岐阜県の飛騨地方では、子どもの発達や不登校の相談を受けられる医師がほとんどいないと、
高山の保健師さんから伺いました。

常勤は難しいのですが、非常勤で月2回程度、土曜日に外来を担当することはできます。
精神科の専門医で、発達障害のお子さんの診療が中心です。
来年4月以降でお願いしたいと考えています。

志賀 恭平
名古屋市立みどりが丘こども病院 こころの診療科
電話 052-832-4176
"""
    h = hdrs(mid, date, "志賀 恭平", "kshiga@nagoya-kodomo.example.jp", "飛騨地方での児童精神科外来について", "sjis")
    g = gold(mid, "doctor", name="志賀 恭平", email="kshiga@nagoya-kodomo.example.jp", phone="0528324176", age=45,
             organization="名古屋市立みどりが丘こども病院", specialties=["精神科"], prefectures=["岐阜県"],
             employment=["part_time"], start="2028-04")
    add(15, "child-psychiatrist-hida-twice-a-month-sjis", "doctor",
        "text/plain Shift_JIS 8bit; From/Subject RFC 2047 Shift_JIS B", "medium",
        "Child psychiatrist: 45歳, 児童精神科/こころの診療科 -> 精神科 (children are his patients, 小児科 is not his field), 飛騨/高山 with 岐阜県 named (名古屋 is his workplace), 常勤は難しい + 非常勤 月2回 -> part_time, days null, 来年4月以降 in October -> 2028-04",
        text_mail(h, body, "sjis"), g)


def m016():
    mid = "20270905151000.kusunoki@fukuyama-eye.example.jp"
    date = D(2027, 9, 5, 15, 10, 0)
    body = """事務局御中

福山市で眼科医院を開業している夫を手伝いながら、
週に数日、眼科の外来をしております楠真由美です。昭和52年生まれです。

瀬戸内の島々では眼科の診療を受けられる日が限られていると聞き、
愛媛か広島の島しょ部で、週2日ほどお手伝いができればと考えております。
船での通勤も苦になりません。

ただ、下の子が高校を卒業するまでは今の生活を変えられないため、
開始はその後、再来年の春ごろになります。
それまでの間に、情報だけでも先にいただければ助かります。

楠 真由美
084-951-2734
"""
    h = hdrs(mid, date, "楠 真由美", "mayumi.kusunoki@fukuyama-eye.example.jp", "島しょ部での眼科診療について")
    g = gold(mid, "doctor", name="楠 真由美", email="mayumi.kusunoki@fukuyama-eye.example.jp", phone="0849512734",
             birth_year=1977, specialties=["眼科"], prefectures=["愛媛県", "広島県"], employment=["part_time"],
             days_per_week=2)
    add(16, "ophthalmologist-setouchi-islands-after-graduation-jis", "doctor",
        "text/plain ISO-2022-JP 7bit; From/Subject RFC 2047 ISO-2022-JP B", "medium",
        "Ophthalmologist helping in her husband's clinic: 昭和52年生まれ -> 1977, 愛媛か広島の島しょ部 -> 2 prefectures, 週2日ほど -> part_time/2 (週に数日 is her present work), start tied to her child's graduation (再来年の春ごろ) -> null; the husband's clinic is unnamed",
        text_mail(h, body, "jis"), g)


def m017():
    mid = "BN8PR04MB6212.narase.7731@bos-research.example.com"
    date = D(2027, 7, 31, 20, 30, 14, "-0400")
    body = """地域医療マッチング事務局 ご担当者様

ボストンから失礼いたします。循環器内科医の成瀬 大地と申します。40歳です。
3年間の研究留学を終え、明日の便で帰国いたします。

帰国後は、もとの大学の医局には戻らず、新潟県の中越地方で
一般内科も含めて常勤で働ける病院を探しております。
妻の実家が長岡にあるためです。

心エコーやカテーテル検査の経験がありますが、地域では
内科全般を診る覚悟でおります。来月から勤務が可能です。

成瀬 大地
帰国後の携帯 080-6627-5013
"""
    h = hdrs(mid, date, "Daichi Narase", "d.narase@bos-research.example.com", "帰国後の勤務先について（循環器内科）", "utf8")
    g = gold(mid, "doctor", name="成瀬 大地", email="d.narase@bos-research.example.com", phone="08066275013",
             age=40, specialties=["循環器内科", "内科"], prefectures=["新潟県"], employment=["full_time"],
             start="2027-09")
    add(17, "cardiologist-boston-niigata-next-month-minus0400-qp", "doctor",
        "text/plain UTF-8 quoted-printable; From display name in romaji; Date -0400", "hard",
        "Cardiologist flying home from Boston: Date 31 Jul 20:30 -0400 is 1 Aug 09:30 in Tokyo, so 来月から -> 2027-09 (not 2027-08); 40歳, 循環器内科 + 一般内科/内科全般 -> 2 fields, 中越/長岡 with 新潟県 named, 常勤; the name is the Japanese one of the signature, not the romaji From",
        text_mail(h, body, "utf8q"), g)


def m018():
    mid = "000b01dc6a2f$4e81c2a0$eb8547e0$@mito-hinyoki.example.jp"
    date = D(2027, 12, 14, 10, 5, 21)
    body = """地域医療マッチング事務局 御中

水戸市の医療法人 清和会 みと泌尿器科クリニックで事務長をしております宇佐美と申します。
当院の院長、五味 俊一郎（ごみ しゅんいちろう）についてご相談させてください。

院長は七十二歳になり、後継者がいないことから、来年1月末で当院を閉院いたします。
ただ本人はまだまだ診療を続けたいと申しており、閉院後は
栃木県か茨城県の北部で、泌尿器科の外来や透析の管理を
非常勤で週2〜3日ほど担当できる病院を探しております。
開始は令和10年2月以降を希望しております。

院長本人の連絡先は以下のとおりです。
メール：s.gomi@mito-hinyoki.example.jp
携帯：090-7718-4420

何卒よろしくお願い申し上げます。

医療法人 清和会 みと泌尿器科クリニック
事務長 宇佐美 礼子
TEL 029-243-8816
"""
    h = hdrs(mid, date, "宇佐美 礼子", "usami@mito-hinyoki.example.jp", "院長の再就職先のご相談",
             extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ja")])
    g = gold(mid, "doctor", name="五味 俊一郎", name_kana="ゴミ シュンイチロウ", email="s.gomi@mito-hinyoki.example.jp",
             phone="09077184420", age=72, organization="医療法人 清和会 みと泌尿器科クリニック",
             specialties=["泌尿器科", "透析"], prefectures=["栃木県", "茨城県"], employment=["part_time"],
             start="2028-02")
    add(18, "office-manager-for-closing-urologist-jis", "doctor",
        "text/plain ISO-2022-JP 7bit (Outlook); From/Subject RFC 2047 ISO-2022-JP B", "hard",
        "A clinic's office manager writes for the director: name/kana (hiragana in brackets)/age are his, email and phone his own from the body (not the manager's From and TEL), 七十二歳, 泌尿器科 + 透析, 栃木県か茨城県, 週2〜3日 -> days null, 令和10年2月以降 -> 2028-02 (1月末 is the closure); organization the clinic he closes",
        text_mail(h, body, "jis"), g)


def m019():
    mid = "20271011210045.osanai@kawasaki-med.example.jp"
    date = D(2027, 10, 11, 21, 0, 45)
    body = """事務局 ご担当者様

川崎市の病院に勤務する内科医の小山内悠です。
今年の年末年始、12月29日から1月3日までの間に、
日直・当直をお引き受けできる病院はありませんか。
一般内科であれば対応できます。

場所は千葉の房総か茨城の県北あたりで、車で行ける範囲を希望します。
連日でも、一日だけでも構いません。

小山内 悠
090-3302-6841
"""
    h = hdrs(mid, date, "小山内 悠", "osanai-h@kawasaki-med.example.jp", "年末年始の日当直について", "utf8")
    g = gold(mid, "doctor", name="小山内 悠", email="osanai-h@kawasaki-med.example.jp", phone="09033026841",
             specialties=["内科"], prefectures=["千葉県", "茨城県"], employment=["spot"], start="2027-12-29")
    add(19, "year-end-duty-internist-boso-ibaraki-b64", "doctor",
        "text/plain UTF-8 base64; From/Subject UTF-8 B", "medium",
        "Year-end holiday shifts only: 日直・当直 -> spot, 一般内科 -> 内科, 千葉の房総か茨城の県北 -> 2 prefectures (川崎 is his workplace, unnamed), 12月29日から1月3日 in October -> start 2027-12-29",
        text_mail(h, body, "utf8b"), g)


def m020():
    mid = "20280121091430.hiyama.22@hanshin-kensa.example.jp"
    date = D(2028, 1, 21, 9, 14, 30)
    body = """地域医療マッチング事務局　御中

株式会社 阪神臨床検査センターで検査医をしております檜山直樹と申します。
年齢は五十八歳です。

専門は臨床検査医学（病院では検査科）で、ここ十年は人間ドックの判定と
結果説明の外来も担当してまいりました。
この3月末で今の職場を辞め、妻の郷里の四国に移ります。
四国でしたらどこでも構いませんので、
①健診センターでの判定・結果説明
②病院の検査科の管理
のどちらか、または両方で、常勤の職を探しております。

勤務開始は4月からを考えております。

檜山 直樹
TEL 078-302-5518
"""
    h = hdrs(mid, date, "檜山 直樹", "hiyama@hanshin-kensa.example.jp", "四国での常勤職について", "cp932")
    g = gold(mid, "doctor", name="檜山 直樹", email="hiyama@hanshin-kensa.example.jp", phone="0783025518", age=58,
             organization="株式会社 阪神臨床検査センター", specialties=["臨床検査科", "健診"], prefectures=SHIKOKU,
             employment=["full_time"], start="2028-04")
    add(20, "laboratory-physician-shikoku-anywhere-cp932-as-sjis", "doctor",
        "text/plain labelled Shift_JIS but CP932 8bit (① ② are not in Shift_JIS: strict decoding fails); From/Subject RFC 2047", "hard",
        "Laboratory physician at a testing company: 五十八歳 -> 58, 検査科 -> 臨床検査科, 人間ドック/健診センター -> 健診, 四国でしたらどこでも -> the 4 Shikoku prefectures (not 全国), 常勤, 4月から in January -> 2028-04 (3月末 is when he leaves); organization the company",
        single(h, body, "cp932", "Shift_JIS", "8bit"), g)


def m021():
    mid = "7A0E33C9-1B84-4F2A-9D55-HASUMI@example.com"
    date = D(2028, 2, 26, 17, 40, 12)
    body = """地域医療マッチング事務局 ご担当者様

はじめてご連絡します。脳外科医の蓮見と申します。
S40生まれ、いまは浜松市内の病院で物忘れ外来と
頭痛外来を担当しています（手術はここ数年しておりません）。

認知症の方の診療は、通院が難しくなってからが本番だと感じており、
今後は訪問診療に軸足を移したいと考えています。
静岡県の西部か、愛知の奥三河あたりで、
在宅医療に取り組んでいる診療所を紹介していただけないでしょうか。
週4日の非常勤を希望します。
開始は、今の病院の後任が決まる夏頃になる見込みです。

蓮見 聡
浜名湖記念病院 脳神経外科
053-489-2275

iPadから送信
"""
    h = hdrs(mid, date, "蓮見 聡", "hasumi.satoshi@example.com", "訪問診療の仕事を探しています", "utf8",
             extra=[("X-Mailer", "iPad Mail (21D61)")])
    g = gold(mid, "doctor", name="蓮見 聡", email="hasumi.satoshi@example.com", phone="0534892275", birth_year=1965,
             organization="浜名湖記念病院", specialties=["脳神経外科", "在宅医療"], prefectures=["静岡県", "愛知県"],
             employment=["part_time"], days_per_week=4)
    add(21, "neurosurgeon-dementia-home-visits-enshu-okumikawa-ipad", "doctor",
        "text/plain UTF-8 8bit (iPad Mail); From/Subject UTF-8 B", "medium",
        "Neurosurgeon running a memory clinic: S40生まれ -> 1965 (no age), 脳外科 -> 脳神経外科 + 訪問診療/在宅医療, 静岡県西部 + 愛知の奥三河 -> 2 prefectures (浜松 is his workplace), 週4日の非常勤 -> 4, start tied to his successor (夏頃) -> null",
        text_mail(h, body, "utf8"), g)


def m022():
    mid = "20280301192510.makabe@numazu-home.example.jp"
    date = D(2028, 3, 1, 19, 25, 10)
    body = """地域医療マッチング事務局　ご担当者様

静岡県 東駿河保健所で所長をしております、真壁 芳郎と申します。
昭和42年生まれです。
行政医として二十年余り過ごしてまいりましたが、この3月末で退職し、
臨床の現場、とくに内科の外来に戻りたいと考えております。
臨床を離れて久しいため、最初は外来中心でお願いできればと存じます。

伊豆半島の南部、下田や南伊豆の診療所であれば、常勤でも非常勤でも構いません。
4月から勤務可能です。

真壁 芳郎
自宅 055-934-2180
"""
    h = hdrs(mid, date, "真壁 芳郎", "makabe@numazu-home.example.jp", "臨床への復帰について")
    g = gold(mid, "doctor", name="真壁 芳郎", email="makabe@numazu-home.example.jp", phone="0559342180",
             birth_year=1967, organization="静岡県 東駿河保健所", specialties=["内科"], prefectures=["静岡県"],
             employment=["full_time", "part_time"], start="2028-04")
    add(22, "health-centre-director-back-to-clinic-izu-jis", "doctor",
        "text/plain ISO-2022-JP 7bit; From/Subject RFC 2047 ISO-2022-JP B", "medium",
        "Public-health centre director returning to clinical work: organization the prefecture's health centre as written, 昭和42年生まれ -> 1967 (二十年余り is no age), 内科, 伊豆/下田/南伊豆 -> 静岡県, 常勤でも非常勤でも -> both, 4月から on 1 March -> 2028-04",
        text_mail(h, body, "jis"), g)


def m023():
    mid = "20280207123309.oikawa.t@med.kitatohoku-u.example.jp"
    date = D(2028, 2, 7, 12, 33, 9)
    body = """地域医療マッチング事務局 御中

北東北医科大学 呼吸器内科の及川智也と申します。48歳です。
大学のアドレスは年度末で使えなくなりますので、返信は個人のアドレス宛にお願いいたします。

来年度から大学を離れ、岩手県の沿岸部で地域の病院に勤めたいと考えております。
呼吸器が専門ですが、内科一般の外来・病棟も担当いたします。
常勤を希望します。
在宅酸素の患者さんの往診なども、必要があればお引き受けします。

及川 智也
携帯 080-5531-9062
"""
    h = hdrs(mid, date, "及川 智也", "oikawa.t@med.kitatohoku-u.example.jp", "沿岸部での常勤勤務の希望",
             extra=[("Reply-To", "tomoya.oikawa@example.com")])
    g = gold(mid, "doctor", name="及川 智也", email="tomoya.oikawa@example.com", phone="08055319062", age=48,
             organization="北東北医科大学", specialties=["呼吸器内科", "内科", "在宅医療"], prefectures=["岩手県"],
             employment=["full_time"], start="2028-04")
    add(23, "university-respiratory-iwate-coast-replyto-jis", "doctor",
        "text/plain ISO-2022-JP 7bit; Reply-To (private address) differs from From (university)", "medium",
        "University respiratory physician: email = Reply-To, 48歳, 呼吸器 + 内科一般 + 往診 -> 呼吸器内科/内科/在宅医療, 岩手県, 常勤, 来年度から in February 2028 -> 2028-04 (年度末 is when the address ends); organization the university without the department",
        text_mail(h, body, "jis"), g)


def m024():
    mid = "20271104130255.tokudome@kagoshima-jibi.example.jp"
    date = D(2027, 11, 4, 13, 2, 55)
    text = """地域医療マッチング事務局 御中

鹿児島市の耳鼻咽喉科医、徳留さやかです。
先日お電話でお話しした件、履歴書を添付いたします。

・専門：耳鼻咽喉科・頭頸部外科
・年齢：44歳
・希望地：鹿児島県の離島（奄美大島、徳之島など）
・勤務形態：非常勤。月に1週間ほど島に滞在して、まとめて外来を行う形
・開始：2028年1月から

島には耳鼻科の常勤医がいないと伺っています。
聴力検査や補聴器の相談など、外来中心でお役に立てれば幸いです。

徳留 さやか
甲南通り耳鼻咽喉科クリニック
携帯 090-8893-1170
"""
    fname = "%E5%B1%A5%E6%AD%B4%E6%9B%B8_%E5%BE%B3%E7%95%99.pdf"
    h = hdrs(mid, date, "徳留 さやか", "tokudome.sayaka@kagoshima-jibi.example.jp", "履歴書送付（耳鼻咽喉科）", "utf8")
    eml = multipart(h, "mixed", "----=_Part_2207_1180943526.1825382575000",
                    [leaf(text, "utf-8", "UTF-8", "base64"), pdf_part(fname)])
    g = gold(mid, "doctor", name="徳留 さやか", email="tokudome.sayaka@kagoshima-jibi.example.jp",
             phone="09088931170", age=44, organization="甲南通り耳鼻咽喉科クリニック",
             specialties=["耳鼻咽喉科"], prefectures=["鹿児島県"], employment=["part_time"], start="2028-01")
    add(24, "ent-islands-week-a-month-resume-pdf-rfc2231", "doctor",
        "multipart/mixed: text/plain UTF-8 base64 + application/pdf with an RFC 2231 UTF-8 filename", "medium",
        "ENT surgeon sends her CV after a phone call: 耳鼻咽喉科・頭頸部外科 -> 耳鼻咽喉科, 年齢：44歳, 鹿児島県の離島, 非常勤 but a week a month -> days null, 2028年1月; 常勤医がいない describes the islands",
        eml, g)


def m025():
    mid = "20280220075502.arimura@mobile-mail.example.jp"
    date = D(2028, 2, 20, 7, 55, 2)
    body = """整形外科です。土曜の外来、週1回だけなら可能。宮崎県内、県北なら日帰りできます。
4月から。62歳。
有村 剛志 090-6641-3380
"""
    h = hdrs(mid, date, None, "arimura-ortho@mobile-mail.example.jp", "非常勤希望", "utf8")
    g = gold(mid, "doctor", name="有村 剛志", email="arimura-ortho@mobile-mail.example.jp", phone="09066413380",
             age=62, specialties=["整形外科"], prefectures=["宮崎県"], employment=["part_time"], days_per_week=1,
             start="2028-04")
    add(25, "three-lines-orthopaedist-saturday-miyazaki-utf8", "doctor",
        "text/plain UTF-8 8bit; bare From address; Subject UTF-8 B", "easy",
        "Three curt lines: 整形外科, 土曜の外来 週1回 -> part_time/1 (非常勤 only in the Subject), 宮崎県, 4月から in February -> 2028-04, 62歳; name and phone on one line",
        text_mail(h, body, "utf8"), g)


# ======================================================================= hospital

def m026():
    mid = "20270706101200.takasago@haboro-hp.example.jp"
    date = D(2027, 7, 6, 10, 12, 0)
    body = """地域医療マッチング事務局
ご担当者様

いつもお世話になっております。
北海道苫前郡羽幌町の羽幌町立はぼろ病院で事務長をしております高砂と申します。

当院では内科医2名が来年3月で退職することとなり、
令和10年4月から勤務いただける常勤の内科医を2名募集しております。
病床は45床、外来は一日80名ほどです。夜間・休日は札幌の大学病院からの
応援医師と分担しており、オンコールは当番制です。
住宅（一戸建て）は町で用意いたします。

年齢は問いません。ご紹介いただける先生がいらっしゃれば幸いです。

羽幌町立はぼろ病院 事務長
高砂 英樹
TEL 0164-62-3081　FAX 0164-62-3089
"""
    h = hdrs(mid, date, "羽幌町立はぼろ病院 高砂", "takasago@haboro-hp.example.jp", "常勤内科医募集のお願い")
    g = gold(mid, "hospital", name="高砂 英樹", email="takasago@haboro-hp.example.jp", phone="0164623081",
             organization="羽幌町立はぼろ病院", specialties=["内科"], prefectures=["北海道"], municipality="羽幌町",
             employment=["full_time"], start="2028-04")
    add(26, "town-hospital-two-internists-haboro-jis", "hospital",
        "text/plain ISO-2022-JP 7bit; From/Subject RFC 2047 ISO-2022-JP B", "easy",
        "Town hospital needs two full-time internists: 令和10年4月 (来年3月 is when the present ones leave), municipality 羽幌町 written after 苫前郡; 札幌 is where help comes from, 45床/80名/2名 are no data, 年齢は問いません is no age",
        text_mail(h, body, "jis"), g)


def m027():
    mid = "20270916154000.hamanaka@town-ine.example.jp"
    date = D(2027, 9, 16, 15, 40, 0)
    body = """地域医療マッチング事務局 御中

京都府与謝郡伊根町 保健福祉課の浜中と申します。
町が運営する伊根浦診療所の所長が来年3月で退任されるため、
後任の医師を探しております。

・募集：診療所長（常勤）1名
・診療内容：外来（一日30名前後）、訪問診療、特養の配置医師、乳幼児健診
・望ましい経験：総合診療、または内科全般
・勤務開始：来年度当初
・住居：町が職員住宅を用意します

舟屋の並ぶ小さな漁村ですが、町を挙げて先生を支える体制を整えております。
ご検討のほど、よろしくお願いいたします。

伊根町役場 保健福祉課
浜中 美紀
電話 0772-32-0508
"""
    h = hdrs(mid, date, "伊根町役場 保健福祉課", "hoken@town-ine.example.jp", "診療所長の募集について", "utf8")
    g = gold(mid, "hospital", name="浜中 美紀", email="hoken@town-ine.example.jp", phone="0772320508",
             organization="伊根町役場", specialties=["在宅医療", "老健・介護施設", "健診", "総合診療科", "内科"],
             prefectures=["京都府"], municipality="伊根町", employment=["full_time"], start="2028-04")
    add(27, "town-office-clinic-head-ine-utf8qp", "hospital",
        "text/plain UTF-8 quoted-printable; From/Subject UTF-8 B", "medium",
        "A town office recruits the head of its clinic: organization the town office (section dropped), municipality 伊根町 after 与謝郡, duties 訪問診療/特養の配置医師/乳幼児健診 -> 在宅医療/老健・介護施設/健診 plus 総合診療/内科全般, 来年度当初 in September -> 2028-04",
        text_mail(h, body, "utf8q"), g)


def m028():
    mid = "20271025110533.kitaura@kumano-nagisa.example.jp"
    date = D(2027, 10, 25, 11, 5, 33)
    body = """地域医療マッチング事務局
ご担当者様

三重県熊野市の医療法人 七里会 紀南なぎさ病院で、医師の採用を担当しております北浦と申します。

当院は療養病棟を中心とした120床の病院で、長く入院されている患者様の
床ずれ（褥瘡）や皮膚のトラブルへの対応が課題となっております。
つきましては、皮膚科または形成外科の先生に、週1回（曜日はご相談）
病棟の回診と外来をお願いしたく、非常勤医師の募集を掲載いただけないでしょうか。

開始時期は、早ければ12月からを希望しております。

医療法人 七里会 紀南なぎさ病院 総務課
北浦 信吾
TEL 0597-85-2240
"""
    h = hdrs(mid, date, "紀南なぎさ病院 総務課", "soumu@kumano-nagisa.example.jp", "非常勤医師（皮膚科）募集の掲載依頼", "sjis")
    g = gold(mid, "hospital", name="北浦 信吾", email="soumu@kumano-nagisa.example.jp", phone="0597852240",
             organization="医療法人 七里会 紀南なぎさ病院", specialties=["皮膚科", "形成外科"], prefectures=["三重県"],
             municipality="熊野市", employment=["part_time"], days_per_week=1, start="2027-12")
    add(28, "long-stay-hospital-pressure-ulcers-kumano-sjis", "hospital",
        "text/plain Shift_JIS 8bit; From/Subject RFC 2047 Shift_JIS B", "medium",
        "Long-stay hospital wants a dermatologist or plastic surgeon for pressure ulcers: 皮膚科/形成外科, 非常勤 週1回 -> part_time/1, 早ければ12月から in October -> 2027-12, 熊野市; 120床 is no data",
        text_mail(h, body, "sjis"), g)


def m029():
    mid = "TY0P286MB3012C4A81E5F0D93@TY0P286MB3012.JPNP286.PROD.example.jp"
    date = D(2028, 1, 12, 2, 30, 10, "+0000")
    body = """地域医療マッチング事務局
ご担当者様

一般財団法人 北東北健康管理協会 健診事業部の鴇田と申します。
当協会では、青森県・岩手県・秋田県の各市町村で住民健診と企業健診を巡回で実施しております。
毎年5月～7月の繁忙期に、健診車に同乗いただく医師が不足しております。

【募集内容】
①業務：問診・診察（１日100名前後）
②勤務：スポット（１日単位、朝７時半～13時頃）
③期間：2028年5月～7月の平日
④交通費・宿泊費は当協会で負担いたします
⑤先生のご専門の診療科は問いません

貴事務局のメールマガジン等でご紹介いただくことは可能でしょうか。

一般財団法人 北東北健康管理協会 健診事業部
鴇田 進
TEL 019-623-7781（直通）
"""
    h = hdrs(mid, date, "鴇田 進", "tokita@kitatohoku-kenko.example.jp", "巡回健診の医師（スポット）募集について", "msjis",
             extra=[("Thread-Topic", ew("巡回健診の医師（スポット）募集について", "msjis")),
                    ("Thread-Index", "AdpFb2cK3x9Lm0QnS7uVtY1wZa8eBg=="), ("Content-Language", "ja-JP")])
    g = gold(mid, "hospital", name="鴇田 進", email="tokita@kitatohoku-kenko.example.jp", phone="0196237781",
             organization="一般財団法人 北東北健康管理協会", specialties=["健診"],
             prefectures=["青森県", "岩手県", "秋田県"], employment=["spot"], start="2028-05")
    add(29, "mobile-checkup-season-three-prefectures-msjis", "hospital",
        "text/plain labelled iso-2022-jp with Microsoft extensions (①～⑤ ～) via cp932->JIS; From/Subject/Thread-Topic RFC 2047; Date +0000", "hard",
        "A health-check foundation needs spot doctors for its check-up buses: 住民健診/企業健診 -> 健診 (the doctor's own field is free), 3 prefectures, no single municipality (null), スポット, 2028年5月～7月 -> 2028-05; organization without 健診事業部; 100名/7時半 are no data",
        text_mail(h, body, "msjis"), g)


def m030():
    mid = "CAPq1Rz8vNw3Ys6Lk0Tb5Hc2Xm9Jf4Ga7Ud1Oe8Ki3Wn6Qr@mail.example.com"
    date = D(2028, 2, 18, 16, 22, 40)
    text = """地域医療マッチング事務局 ご担当者様

長野県松本市の上高地で、夏の登山シーズンだけ開く「穂高渓谷夏季診療所」の世話人をしております、岩城と申します。

毎年7月から8月の二か月間、大学病院の先生方に交代で来ていただいておりますが、
来季は人手が足りず、1週間単位で詰めていただける医師を探しております。

・時期：2028年7月〜8月（1週間単位、何週でも）
・内容：登山者・観光客のけが、高山病、熱中症などの初期対応
・診療科：救急、整形外科、内科のいずれかのご経験があれば歓迎
・宿舎と食事はこちらで用意します（謝礼は少額です）

このような単発のお手伝いも掲載していただけるでしょうか。

穂高渓谷夏季診療所 世話人
岩城 大輔
携帯 090-4471-2208
"""
    h = hdrs(mid, date, "岩城 大輔", "hotaka.summer.clinic@example.com", "夏山診療所の医師募集について", "utf8")
    eml = multipart(h, "alternative", "000000000000c2d8f10607b1e3a9",
                    [leaf(text, "utf-8", "UTF-8", "base64"),
                     leaf(gmail_html(text), "utf-8", "UTF-8", "base64", "text/html")])
    g = gold(mid, "hospital", name="岩城 大輔", email="hotaka.summer.clinic@example.com", phone="09044712208",
             organization="穂高渓谷夏季診療所", specialties=["救急科", "整形外科", "内科"], prefectures=["長野県"],
             municipality="松本市", employment=["spot"], start="2028-07")
    add(30, "summer-mountain-clinic-kamikochi-weeks-gmail-alt", "hospital",
        "multipart/alternative (Gmail): text/plain + text/html UTF-8 base64; From/Subject UTF-8 B", "medium",
        "A mountain clinic open in summer only looks for doctors a week at a time: 単発 -> spot, 救急/整形外科/内科 -> 3 fields, 松本市 (上高地), 2028年7月〜8月 in February -> 2028-07",
        eml, g)


def m031():
    mid = "20271123094800.egashira@tara-kaihin.example.jp"
    date = D(2027, 11, 23, 9, 48, 0)
    text = """地域医療マッチング事務局 様

はじめまして。佐賀県藤津郡太良町で診療所を営んでおります、医療法人 有明会 たら海浜クリニックの理事長、江頭 誠と申します。
当院で循環器を診ていただける医師を探しており、貴事務局に求人を出したいと考えております。
掲載するにはどのような手続きが必要でしょうか。費用はかかりますか。

循環器内科の先生が理想ですが、内科全般を診ていただける先生でも構いません。
勤務は非常勤で、週2回程度を考えております。時期は急ぎません。

江頭 誠
TEL 0954-67-1125
"""
    html = html_divs(text, "utf-8", "font-family:'ＭＳ Ｐゴシック',sans-serif;font-size:12pt")
    h = hdrs(mid, date, "江頭 誠", "egashira@tara-kaihin.example.jp", "求人掲載の方法について", "utf8")
    g = gold(mid, "hospital", name="江頭 誠", email="egashira@tara-kaihin.example.jp", phone="0954671125",
             organization="医療法人 有明会 たら海浜クリニック", specialties=["循環器内科", "内科"],
             prefectures=["佐賀県"], municipality="太良町", employment=["part_time"], days_per_week=2)
    add(31, "clinic-asks-how-to-list-cardiology-tara-html-qp", "hospital",
        "text/html only, UTF-8 quoted-printable (<div> lines)", "medium",
        "A clinic's chairman asks how to list an opening: still hospital; 循環器内科 or 内科全般 -> 2 fields, 非常勤 週2回程度 -> 2, 時期は急ぎません -> start null, 太良町 after 藤津郡",
        single(h, html, "utf-8", "UTF-8", "quoted-printable", "text/html"), g)


def m032():
    mid = "5F2B9A31.8070502@hyuga-minato.example.jp"
    date = D(2027, 12, 2, 14, 15, 20)
    quoted = """日向みなと病院
甲斐 良子 様

お世話になっております。地域医療マッチング事務局の小野寺です。
先日お電話で伺った病理医の募集につきまして、求人票の作成のため、
下記の項目をご記入のうえご返信いただけますでしょうか。
（前回いただいた内科医の募集とは別の求人票といたします。）

募集科：
勤務（常勤／非常勤、日数など）：
開始：
勤務地：

""" + SEC_SIG
    body = """地域医療マッチング事務局
小野寺 様

お世話になっております。日向みなと病院 臨床検査部の甲斐です。
ご依頼の求人票の項目について、院長とも相談のうえ以下のとおり回答いたします。

募集科：病理診断科（病理医）
勤務：非常勤。月2回、手術日に合わせて来院いただき、術中迅速診断と組織診断をお願いしたい
開始：令和10年4月から
勤務地：当院（宮崎県日向市）
備考：細胞診のみであれば遠隔でも可

どうぞよろしくお願いいたします。

甲斐 良子
日向みなと病院 臨床検査部（技師長）
TEL 0982-52-3107（代表）　内線 215

""" + tb_attr("2027/11/30 16:02", "地域医療マッチング事務局") + "\n" + quote(quoted) + "\n"
    h = hdrs(mid, date, "日向みなと病院 臨床検査部", "kensa@hyuga-minato.example.jp", "Re: 求人票ご記入のお願い（病理医）",
             extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.16.0"),
                    ("In-Reply-To", "<20271130160212.44A1@md2-rm.example.org>")])
    g = gold(mid, "hospital", name="甲斐 良子", email="kensa@hyuga-minato.example.jp", phone="0982523107",
             organization="日向みなと病院", specialties=["病理診断科"], prefectures=["宮崎県"], municipality="日向市",
             employment=["part_time"], start="2028-04")
    add(32, "reply-pathologist-twice-a-month-hyuga-jis", "hospital",
        "text/plain ISO-2022-JP 7bit (Thunderbird, Japanese attribution); '> ' quoted request; In-Reply-To", "medium",
        "A hospital fills in our listing form by reply: 病理診断科, 非常勤 月2回 -> part_time with days null, 令和10年4月, 宮崎県日向市; 臨床検査部 is the writer's department, the quoted 内科医 request and the secretariat's phone are not this listing; 内線 is no phone",
        text_mail(h, body, "jis"), g)


def m033():
    mid = "20271109103000.koganezawa@vill-nanmoku.example.jp"
    date = D(2027, 11, 9, 10, 30, 0)
    body = """地域医療マッチング事務局
ご担当者様

群馬県甘楽郡南牧村役場 住民課の小金沢と申します。
村で唯一の医療機関である村立なんもく診療所では、現在、週3日の診療を
高崎市の先生お一人にお願いしておりますが、先生がご高齢のため、
そのうち月曜と木曜の診療を引き継いでいただける医師を探しております。

・診療科：内科（患者さんは高齢の方が大半です）
・勤務：非常勤 週2日（月・木）。午前は外来、午後は訪問診療
・開始：令和10年1月から
・高崎方面からの通勤の場合、交通費は実費をお支払いします

南牧村役場 住民課 保健係
小金沢 修
TEL 0274-87-2011
"""
    h = hdrs(mid, date, "南牧村役場 住民課", "jumin@vill-nanmoku.example.jp", "村立診療所の医師募集について", "euc")
    g = gold(mid, "hospital", name="小金沢 修", email="jumin@vill-nanmoku.example.jp", phone="0274872011",
             organization="南牧村役場", specialties=["内科", "在宅医療"], prefectures=["群馬県"],
             municipality="南牧村", employment=["part_time"], days_per_week=2, start="2028-01")
    add(33, "village-office-two-clinic-days-nanmoku-euc", "hospital",
        "text/plain EUC-JP 8bit; From/Subject RFC 2047 EUC-JP B", "medium",
        "A village office takes over two of its clinic's three days: 週3日 is the present doctor's, the post is 非常勤 週2日（月・木） -> 2; 内科 + 訪問診療 -> 在宅医療, 令和10年1月, 南牧村 after 甘楽郡 (高崎市 is where the present doctor lives); organization the village office",
        text_mail(h, body, "euc"), g)


def m034():
    mid = "20271006200510.minami-shounika@minami-ped.example.jp"
    date = D(2027, 10, 6, 20, 5, 10)
    body = """地域医療マッチング事務局 御中

徳島県海部郡美波町の「みなみ小児科医院」で事務をしております、院長の妻の日和佐と申します。
院長が体調を崩し、しばらく診療を減らすことになりました。
町内に小児科はここしかなく、患者さんにご迷惑をおかけしないよう、
非常勤で小児科の外来をお願いできる先生を探しております。

週3回（火・木・土の午前）の外来と、月1回の乳幼児健診をお願いしたいと考えています。
再来月から来ていただけると大変助かります。

みなみ小児科医院
日和佐 康子
電話 0884-77-0321
"""
    h = hdrs(mid, date, "日和佐 康子", "minami-shounika@minami-ped.example.jp", "小児科の先生を探しています", "utf8")
    g = gold(mid, "hospital", name="日和佐 康子", email="minami-shounika@minami-ped.example.jp", phone="0884770321",
             organization="みなみ小児科医院", specialties=["小児科", "健診"], prefectures=["徳島県"],
             municipality="美波町", employment=["part_time"], days_per_week=3, start="2027-12")
    add(34, "pediatric-clinic-director-ill-minami-saraigetsu-utf8", "hospital",
        "text/plain UTF-8 8bit; From/Subject UTF-8 B", "medium",
        "The director's wife recruits for their paediatric clinic: hospital (a clinic looking for a doctor), contact person is her, 小児科 + 乳幼児健診 -> 健診, 週3回 -> part_time/3 (月1回 is the check-ups), 再来月 in October -> 2027-12, 美波町 after 海部郡",
        text_mail(h, body, "utf8"), g)


def m035():
    mid = "20280114184025.kuwabara@tsunan-yukiguni.example.jp"
    date = D(2028, 1, 14, 18, 40, 25)
    body = """地域医療マッチング事務局
ご担当者様

新潟県中魚沼郡津南町の津南雪国病院で院長をしております、桑原と申します。
医師確保についてご相談させてください。

当院では以下の２つのポストを募集しております。
①整形外科　常勤１名（冬は転倒による骨折の患者が多く、手術もお願いしたい）
②麻酔科　非常勤（週１日、手術日の木曜）
いずれも令和10年4月からの勤務を希望しております。

６０代の先生も歓迎いたします。雪道の運転に不安のある先生には、
冬季の送迎も手配いたします。

津南雪国病院 院長
桑原 正樹
TEL 025-765-3311
"""
    h = hdrs(mid, date, "桑原 正樹", "kuwabara@tsunan-yukiguni.example.jp", "整形外科・麻酔科医師の募集", "cp932")
    g = gold(mid, "hospital", name="桑原 正樹", email="kuwabara@tsunan-yukiguni.example.jp", phone="0257653311",
             organization="津南雪国病院", specialties=["整形外科", "麻酔科"], prefectures=["新潟県"],
             municipality="津南町", employment=["full_time", "part_time"], days_per_week=1, start="2028-04")
    add(35, "snow-town-hospital-ortho-and-anaesthesia-tsunan-cp932", "hospital",
        "text/plain labelled Shift_JIS but CP932 8bit (① ② not in Shift_JIS), full-width digits; From/Subject RFC 2047", "hard",
        "The director recruits for two posts himself: 整形外科 常勤 + 麻酔科 非常勤（週１日） -> both fields and kinds, days 1 (the only count), 令和10年4月, 津南町 after 中魚沼郡; ６０代 is no age",
        single(h, body, "cp932", "Shift_JIS", "8bit"), g)


def m036():
    mid = "000601dbfc2e$8a41b3c0$9ec51b40$@jinseki-hp.example.jp"
    date = D(2027, 9, 2, 9, 15, 45)
    text = """地域医療マッチング事務局 御中

広島県神石郡神石高原町の町立じんせき高原病院で事務部長をしております、藤原 和彦と申します。

このたび、内科の常勤医が家庭の事情で急に退職することになり、急ぎ後任を探しております。
総合診療の経験をお持ちの先生、または内科全般を診ていただける先生を、
10月1日から常勤でお迎えできればと考えております。

また、これとは別に、土日の日直をお願いできる先生も随時募集しております。

藤原 和彦
町立じんせき高原病院 事務部
TEL 0847-89-3300
"""
    html = html_divs(text, "iso-2022-jp", "font-family:游ゴシック,sans-serif;font-size:10.5pt")
    h = hdrs(mid, date, "藤原 和彦", "fujiwara@jinseki-hp.example.jp", "【至急】常勤内科医の募集",
             extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdvsLopBs8CexRtAQ3uW0l5jYzP1mw==")])
    eml = multipart(h, "alternative", "----=_NextPart_000_0007_01DBFC2E.8A41B3C0",
                    [leaf(text, "iso2022_jp", "iso-2022-jp", "7bit"),
                     leaf(html, "iso2022_jp", "iso-2022-jp", "quoted-printable", "text/html")],
                    preamble="This is a multipart message in MIME format.")
    g = gold(mid, "hospital", name="藤原 和彦", email="fujiwara@jinseki-hp.example.jp", phone="0847893300",
             organization="町立じんせき高原病院", specialties=["総合診療科", "内科"], prefectures=["広島県"],
             municipality="神石高原町", employment=["full_time", "spot"], start="2027-10-01")
    add(36, "urgent-internist-plus-weekend-duty-jinsekikogen-alt", "hospital",
        "multipart/alternative (Outlook): text/plain ISO-2022-JP 7bit + text/html ISO-2022-JP quoted-printable", "medium",
        "Urgent replacement: 総合診療 or 内科全般 -> 2 fields, 常勤 from 10月1日 in September -> 2027-10-01, plus 土日の日直 -> spot; 神石高原町 after 神石郡; organization without 事務部",
        eml, g)


def m037():
    mid = "listing-20271115132000-0093@form.md2-rm.example.org"
    date = D(2027, 11, 15, 13, 20, 0)
    body = """求人掲載申込フォームから、次の申込みがありました。

申込番号：H-0093
施設名：医療法人社団 越路会 あさひ野病院
所在地：富山県下新川郡朝日町泊 512
ご担当者：五十嵐 千尋
フリガナ：ｲｶﾞﾗｼ ﾁﾋﾛ
メール：c-igarashi@asahino-hp.example.jp
電話：0765-83-2130
募集診療科：不問
勤務形態：宿直（平日の夜間、17時～翌8時半）
募集人数：若干名
勤務開始：12月から
その他：療養病棟のみの宿直で、急変時の対応が主です。夜間の救急車の受け入れはありません。

----
ドクターセカンドキャリア 地域医療マッチング事務局 求人掲載フォーム
"""
    h = [("Return-Path", "<no-reply@form.md2-rm.example.org>"),
         ("Received", "from app02.form.md2-rm.example.org (app02.form.md2-rm.example.org [192.0.2.42])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (MX, qid(mid), INBOX, recv_date(date, 1))),
         ("Date", date), ("From", addr("求人掲載フォーム", "no-reply@form.md2-rm.example.org", "utf8")),
         ("To", INBOX), ("Subject", ew("[求人掲載] 申込 H-0093 あさひ野病院", "utf8")),
         ("Message-ID", "<%s>" % mid)]
    g = gold(mid, "hospital", name="五十嵐 千尋", name_kana="イガラシ チヒロ", email="c-igarashi@asahino-hp.example.jp",
             phone="0765832130", organization="医療法人社団 越路会 あさひ野病院", prefectures=["富山県"],
             municipality="朝日町", employment=["spot"], start="2027-12")
    add(37, "listing-form-night-duty-any-specialty-asahi-hwkana-b64", "hospital",
        "text/plain UTF-8 base64; listing form with half-width katakana フリガナ; From/Subject UTF-8 B", "medium",
        "Listing form for night duty on a long-stay ward: 募集診療科：不問 -> specialties [], 宿直 -> spot, 12月から in November -> 2027-12, 朝日町 after 下新川郡, ｲｶﾞﾗｼ ﾁﾋﾛ -> イガラシ チヒロ; email from the body, not the form sender",
        single(h, body, "utf-8", "UTF-8", "base64"), g)


# ======================================================================= general

def m038():
    mid = "20270720140200.okita@okita-sr.example.jp"
    date = D(2027, 7, 20, 14, 2, 0)
    body = """地域医療マッチング事務局 御中

大阪で社会保険労務士をしております沖田と申します。
顧問先の医療法人から、貴事務局の紹介で六十五歳以上の医師を非常勤で
採用する場合の、在職老齢年金や社会保険の扱いについて相談を受けております。

一般的なことで構いませんので、事務局として医師や医療機関向けに
ご案内している資料などがあれば、お送りいただけないでしょうか。

沖田社会保険労務士事務所
沖田 弘美
TEL 06-6312-4479
"""
    h = hdrs(mid, date, "沖田 弘美", "okita@okita-sr.example.jp", "高齢医師の雇用に関する資料について")
    g = gold(mid, "general", name="沖田 弘美", email="okita@okita-sr.example.jp", phone="0663124479",
             organization="沖田社会保険労務士事務所")
    add(38, "labour-consultant-asks-pension-material-jis", "general",
        "text/plain ISO-2022-JP 7bit; From/Subject RFC 2047 ISO-2022-JP B", "medium",
        "A labour and social-security consultant asks for material on employing doctors over 65: general (not hospital: she recruits nobody); 六十五歳/非常勤 are about her clients' question",
        text_mail(h, body, "jis"), g)


def m039():
    mid = "20270910173000.miyake@seirei-shobo.example.jp"
    date = D(2027, 9, 10, 17, 30, 0)
    body = """地域医療マッチング事務局 ご担当者様

株式会社 青嶺書房 編集部の三宅と申します。
来春刊行予定の『医師のためのセカンドキャリア・ガイド』で、医師の地方勤務を支える
窓口の一つとして、貴事務局を紹介させていただきたく、ご連絡いたしました。

掲載内容（名称、所在地、電話番号、ウェブサイト、200字程度の概要）は
こちらで案を作成し、11月中に校正をお送りいたします。
掲載料などは一切かかりません。ご検討いただけますと幸いです。

株式会社 青嶺書房 編集部
三宅 陽子
TEL 03-3262-7715
"""
    h = hdrs(mid, date, "三宅 陽子", "miyake@seirei-shobo.example.jp", "書籍への掲載のお願い", "utf8")
    g = gold(mid, "general", name="三宅 陽子", email="miyake@seirei-shobo.example.jp", phone="0332627715",
             organization="株式会社 青嶺書房")
    add(39, "publisher-guidebook-listing-b64", "general",
        "text/plain UTF-8 base64; From/Subject UTF-8 B", "easy",
        "A publisher asks to include the programme in a guidebook for doctors, free of charge: general (not spam); 来春/11月 are not starts; organization without 編集部",
        text_mail(h, body, "utf8b"), g)


def m040():
    mid = "20271016111100.nakayashiki@kochi-home.example.jp"
    date = D(2027, 10, 16, 11, 11, 0)
    body = """地域医療マッチング事務局 御中

突然のメールで失礼いたします。
昨年亡くなった夫は、長く高知で内科の医院を開いておりました。
書斎に医学書や診察用の器具がたくさん残っており、
へき地の診療所などで役立てていただけるところがあれば、
お譲りしたいと考えております。

そのような仲介をお願いすることはできますでしょうか。
難しいようでしたら、どちらに相談すればよいかだけでも教えていただければ幸いです。

高知市　中屋敷 澄子
088-823-6604
"""
    h = hdrs(mid, date, "中屋敷 澄子", "nakayashiki@kochi-home.example.jp", "医学書の寄贈について", "sjis")
    g = gold(mid, "general", name="中屋敷 澄子", email="nakayashiki@kochi-home.example.jp", phone="0888236604")
    add(40, "widow-offers-late-husbands-books-sjis", "general",
        "text/plain Shift_JIS 8bit; From/Subject RFC 2047 Shift_JIS B", "medium",
        "A doctor's widow offers his medical books and instruments to remote clinics: general; 内科/高知 describe the late husband, not a lead; the name follows 高知市 after a full-width space",
        text_mail(h, body, "sjis"), g)


def m041():
    mid = "D4C1E7A2-33B0-4E8F-A1C9-MURAKOSHI@example.jp"
    date = D(2027, 11, 3, 19, 40, 0)
    text = """お世話になります。
居宅介護支援事業所 ひだまりケアプランのケアマネジャー、村越です。
担当している利用者さんのご家族に、定年後の働き口を探している
お医者さんがいらして、こちらのチラシをお渡ししたいと思いました。
5部ほど郵送していただけますか。
送付先　〒386-0012 長野県上田市中央西2-8-14 ひだまりケアプラン
村越 咲
0268-25-9071"""
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body dir="auto">' + "".join("<div>%s</div>" % esc(l) for l in text.split("\n")) +
            '<div><br><div dir="ltr">iPhoneから送信</div></div></body></html>\n')
    h = hdrs(mid, date, "村越 咲", "murakoshi.care@example.jp", "チラシ送付のお願い", "utf8",
             extra=[("X-Mailer", "iPhone Mail (21G93)")])
    g = gold(mid, "general", name="村越 咲", email="murakoshi.care@example.jp", phone="0268259071",
             organization="居宅介護支援事業所 ひだまりケアプラン")
    add(41, "care-manager-leaflets-for-clients-son-iphone-html", "general",
        "text/html only, UTF-8 base64 (iPhone Mail)", "medium",
        "A care manager wants five leaflets for a client's family member who is a doctor: general (the doctor is not writing and nothing about him is given); 長野県上田市 is her office address",
        single(h, html, "utf-8", "UTF-8", "base64", "text/html"), g)


def m042():
    mid = "20271212215000.tachibana@hachinohe-net.example.jp"
    date = D(2027, 12, 12, 21, 50, 0)
    body = """地域医療マッチング事務局 様

青森県内の医学部に地域枠で在学している学生の母親です。
娘は卒業後、県内で九年間勤務する義務がありますが、
その後の働き方について、こちらのような窓口を利用できるのか気にしております。

学生や研修医でも、情報提供のメールマガジンを受け取ることはできますでしょうか。
また、説明会などがあれば、親子で参加したいと思っております。

八戸市　立花 美穂子
"""
    h = hdrs(mid, date, "立花 美穂子", "tachibana@hachinohe-net.example.jp", "地域枠の学生について", "euc")
    g = gold(mid, "general", name="立花 美穂子", email="tachibana@hachinohe-net.example.jp")
    add(42, "mother-of-regional-quota-student-newsletter-euc", "general",
        "text/plain EUC-JP 8bit; From/Subject RFC 2047 EUC-JP B", "medium",
        "A medical student's mother asks whether students may receive the newsletter and attend briefings: general (a subscription request, no physician lead); 九年間 is no age, 青森県 is no preference",
        text_mail(h, body, "euc"), g)


def m043():
    mid = "TYCP286MB2277E0A4B5C6D7E8@TYCP286MB2277.JPNP286.PROD.example.jp"
    date = D(2028, 1, 19, 5, 5, 0, "+0000")
    body = """地域医療マッチング事務局
事務局長 様

いつも大変お世話になっております。
岡山県真庭郡新庄村 総務企画課の髙木でございます。

昨年、貴事務局のご紹介により村の診療所に着任された先生のおかげで、
村民一同、大変心強く感じております。
つきましては、村長が2月の上京の折に、御礼のご挨拶に伺いたいと申しております。
2月14日～16日のいずれかで、30分ほどお時間をいただけますでしょうか。

新庄村役場 総務企画課
髙木 真琴
TEL 0867-56-3407
"""
    h = hdrs(mid, date, "髙木 真琴", "takagi@vill-shinjo.example.jp", "村長の表敬訪問について（ご相談）", "msjis",
             extra=[("Thread-Topic", ew("村長の表敬訪問について（ご相談）", "msjis")),
                    ("Thread-Index", "AdpKo5vT2mQz8LxR0cYbN3eUwAa7Fg=="), ("Content-Language", "ja-JP")])
    g = gold(mid, "general", name="髙木 真琴", email="takagi@vill-shinjo.example.jp", phone="0867563407",
             organization="新庄村役場")
    add(43, "village-mayor-thank-you-visit-msjis", "general",
        "text/plain labelled iso-2022-jp with Microsoft extensions (髙 ～) via cp932->JIS; Date +0000", "medium",
        "A village office arranges its mayor's thank-you visit after a placement: general (no opening); 髙 in the name, organization the village office, 2月14日～16日 is an appointment, not a start",
        text_mail(h, body, "msjis"), g)


# ======================================================================= unsubscribe

def m044():
    mid = "LO2P265MB4410.totsuka.0823@lon-mail.example.com"
    date = D(2027, 8, 23, 8, 0, 0, "+0100")
    body = """事務局ご担当者様

長らくメールマガジンをお送りいただき、ありがとうございました。
9月から家族の仕事の都合でロンドンに移ることになり、
当面、日本で勤務する予定がなくなりましたので、配信を停止していただけますでしょうか。
(Please remove this address from the mailing list.)

帰国の折には、また改めて登録させていただきます。

戸塚 理沙
"""
    h = hdrs(mid, date, "Risa Totsuka", "risa.totsuka@lon-mail.example.com", "配信停止のお願い / Unsubscribe", "utf8")
    g = gold(mid, "unsubscribe", name="戸塚 理沙", email="risa.totsuka@lon-mail.example.com")
    add(44, "doctor-moving-to-london-stop-newsletter-qp", "unsubscribe",
        "text/plain UTF-8 quoted-printable; Date +0100; Subject partly ASCII", "easy",
        "A registered doctor moving abroad asks to stop the newsletter (配信を停止): unsubscribe; 9月 is no start; name from the signature, not the romaji From",
        text_mail(h, body, "utf8q"), g)


def m045():
    mid = "20271005123000.kusakabe@niigata-nishi.example.jp"
    date = D(2027, 10, 5, 12, 30, 0)
    body = """地域医療マッチング事務局 御中

登録医の日下部です。
毎週お送りいただいている「地域医療マッチング通信」ですが、
読み切れずにたまってしまうため、今後は配信を止めてください。
ただ、私の条件に合う求人のご紹介は、引き続きいただければ幸いです。

日下部 和正
にいがた西病院 内科
"""
    h = hdrs(mid, date, "日下部 和正", "kusakabe@niigata-nishi.example.jp", "メールマガジンの配信について")
    g = gold(mid, "unsubscribe", name="日下部 和正", email="kusakabe@niigata-nishi.example.jp",
             organization="にいがた西病院")
    add(45, "registered-doctor-stop-newsletter-keep-offers-jis", "unsubscribe",
        "text/plain ISO-2022-JP 7bit; From/Subject RFC 2047 ISO-2022-JP B", "hard",
        "A registered doctor stops the weekly newsletter but still wants matching offers: unsubscribe (the request is to stop mail; no new job data); organization without 内科",
        text_mail(h, body, "jis"), g)


def m046():
    mid = "20280127160000.sakamaki@hokuto-naika.example.jp"
    date = D(2028, 1, 27, 16, 0, 0)
    body = """ご担当者様

医療法人 白樺会 ほくと内科クリニック 事務の坂巻です。
以下の2つのアドレスあてに届いているメールマガジンの配信を停止してください。
どちらも院内の共用アドレスで、現在は誰も確認しておりません。

　info@hokuto-naika.example.jp
　uketsuke@hokuto-naika.example.jp

お手数をおかけしますが、よろしくお願いいたします。

坂巻 るみ
TEL 0551-32-7740
"""
    h = hdrs(mid, date, "坂巻 るみ", "sakamaki@hokuto-naika.example.jp", "配信停止希望", "sjis")
    g = gold(mid, "unsubscribe", name="坂巻 るみ", email="sakamaki@hokuto-naika.example.jp", phone="0551327740",
             organization="医療法人 白樺会 ほくと内科クリニック")
    add(46, "clinic-clerk-stops-two-shared-addresses-sjis", "unsubscribe",
        "text/plain Shift_JIS 8bit; From/Subject RFC 2047 Shift_JIS B", "medium",
        "A clinic clerk asks to stop the newsletter to two shared addresses listed in the body: unsubscribe; email is her own From address (the listed ones are what to remove)",
        text_mail(h, body, "sjis"), g)


def m047():
    mid = "CAH3sW9pTq2Lx7Nv0Rk5Ym8Bc1Dz4Fj6Gu3Ia9Oe2Hn5Kt@mail.example.com"
    date = D(2028, 3, 11, 9, 10, 0)
    attribution = "2028年3月10日(金) 12:00 地域医療マッチング事務局 <md@md2-rm.example.org>:"
    quoted = """【オンライン説明会のご案内】3月25日（土）14時から

医師の皆さまへ
定年後・転職をお考えの先生向けに、オンライン説明会を開催します。
常勤・非常勤・当直など、全国の求人の探し方をご紹介します。
北海道・東北・四国の病院の担当者も参加予定です。

お申し込みはこちら：https://md2-rm.example.org/seminar/202803

""" + NEWSLETTER_SIG
    text = "今後このようなメールは不要です。送らないでください。\n"
    plain = text + "\n" + attribution + "\n" + quote(quoted) + "\n"
    h = hdrs(mid, date, "梶原 俊", "shun.kajiwara@example.com", "Re: 【オンライン説明会のご案内】3月25日（土）14時から", "utf8",
             extra=[("In-Reply-To", "<seminar.20280310120000@md2-rm.example.org>")])
    eml = multipart(h, "alternative", "000000000000e5a1b80608c3d2f7",
                    [leaf(plain, "utf-8", "UTF-8", "base64"),
                     leaf(gmail_html(text, quoted, attribution), "utf-8", "UTF-8", "base64", "text/html")])
    g = gold(mid, "unsubscribe", name="梶原 俊", email="shun.kajiwara@example.com")
    add(47, "one-line-no-more-such-mail-above-seminar-notice-alt", "unsubscribe",
        "multipart/alternative (Gmail): text/plain + text/html UTF-8 base64, quoted campaign mail", "medium",
        "One line (このようなメールは不要です) above our quoted seminar notice: unsubscribe; name only in the From display name; the quoted 常勤・非常勤・当直, 全国, 北海道・東北・四国 and 3月25日 are ours",
        eml, g)


# ======================================================================= auto_reply

def m048():
    mid = "autoreply.20271014083102.shintani@obihiro-himawari.example.jp"
    date = D(2027, 10, 14, 8, 31, 2)
    body = """このメールは自動返信です。

10月13日から10月17日まで、学会出席のため不在にしております。
期間中はメールを確認できません。お急ぎの方は医局（0155-22-4101）までご連絡ください。
18日以降、順次ご返信いたします。

帯広ひまわり病院 消化器内科
新谷 博之
"""
    h = hdrs(mid, date, "新谷 博之", "shintani@obihiro-himawari.example.jp",
             "自動返信：Re: ご登録内容の確認のお願い", rp="",
             extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")])
    g = gold(mid, "auto_reply")
    add(48, "conference-absence-gastro-auto-submitted-jis", "auto_reply",
        "text/plain ISO-2022-JP 7bit; Auto-Submitted: auto-replied, X-Autoreply, Precedence, Return-Path <>", "easy",
        "A gastroenterologist's out-of-office reply during a congress: auto_reply; 消化器内科, the name, the 医局 phone and 10月 are no lead data",
        text_mail(h, body, "jis"), g)


def m049():
    mid = "20271208091503.hokenfukushi@town-kikonai.example.jp"
    date = D(2027, 12, 8, 9, 15, 3)
    body = """※このメールは自動送信されています。

いつもお世話になっております。
12月6日から17日までの間、町議会定例会の対応のため、
メールでのご連絡への回答が遅れる場合がございます。
お急ぎのご用件は、保健福祉課（電話 0138-77-8115）までお電話ください。

木古内町役場 保健福祉課
"""
    h = hdrs(mid, date, "木古内町役場 保健福祉課", "hokenfukushi@town-kikonai.example.jp",
             "Re: 医師募集の掲載内容について", "jis")
    g = gold(mid, "auto_reply")
    add(49, "town-office-council-session-notice-no-headers-jis", "auto_reply",
        "text/plain ISO-2022-JP 7bit; NO Auto-Submitted/X-Autoreply headers; plain 'Re:' subject", "hard",
        "A town office's automatic notice during the council session, answering our mail about its listing: auto_reply (自動送信されています), not hospital; 医師募集 in the Subject, the phone and 12月 are no lead data",
        text_mail(h, body, "jis"), g)


def m050():
    mid = "7c1d2e3f4a5b46c7.autoreply@TYWP286MB2840.JPNP286.PROD.example.jp"
    date = D(2028, 2, 1, 0, 40, 11, "+0000")
    text = """ご連絡ありがとうございます。

2月1日（火）から2月4日（金）まで、院内の電子カルテ更新作業のため、
メールを確認できない状態となります。
頂いたメールには、2月7日以降に順次対応いたします。

医療法人 恵風会 みさと記念病院 地域連携室
"""
    html = html_divs(text, "utf-8", "font-family:Yu Gothic,sans-serif")
    h = hdrs(mid, date, "みさと記念病院 地域連携室", "renkei@misato-kinen.example.jp",
             "自動応答: 地域医療マッチング通信 No.59", "utf8", rp="",
             extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                    ("X-MS-Exchange-Inbox-Rules-Loop", "renkei@misato-kinen.example.jp")])
    eml = multipart(h, "alternative", "_000_7c1d2e3f4a5b46c7autoreply_",
                    [leaf(text, "utf-8", "utf-8", "base64"), leaf(html, "utf-8", "utf-8", "base64", "text/html")])
    g = gold(mid, "auto_reply")
    add(50, "exchange-ehr-migration-notice-alt", "auto_reply",
        "multipart/alternative text+html UTF-8 base64 (Exchange); Subject '自動応答:'; Auto-Submitted: auto-generated; Date +0000", "easy",
        "A hospital liaison office's Exchange auto-reply to the newsletter during an EHR migration: auto_reply; the hospital name and dates are no lead data",
        eml, g)


def m051():
    mid = "CAKr2Xo5vN-vacation-8f3a@mail.example.com"
    date = D(2027, 8, 10, 13, 0, 5)
    body = """夏季休暇のため、8月9日から8月16日まで不在にしております。
いただいたメールは、17日以降に拝見いたします。

I am on summer leave until 16 August and will reply after I return.
"""
    h = hdrs(mid, date, "Haruna Seki", "haruna.seki@example.com", "Re: 求人のご紹介（岩手県・内科・常勤）", "utf8",
             rp="", extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])
    g = gold(mid, "auto_reply")
    add(51, "gmail-vacation-responder-job-offer-subject-b64", "auto_reply",
        "text/plain UTF-8 base64; Auto-Submitted: auto-replied, X-Autoreply; Subject quotes our job introduction", "easy",
        "A doctor's vacation responder to our job introduction: auto_reply; 岩手県・内科・常勤 in the Subject are ours, 8月 is no start",
        text_mail(h, body, "utf8b"), g)


def m052():
    mid = "ticket-20271120-0087@helpdesk.boso-ishikai.example.jp"
    date = D(2027, 11, 20, 10, 2, 44)
    body = """［受付番号 #20271120-0087］

お問い合わせいただき、ありがとうございます。
本メールは受付の確認のため、システムから自動的にお送りしています。

担当者より、3営業日以内にご連絡いたします。
なお、土日祝日および年末年始（12月29日〜1月3日）は対応しておりません。

このメールに返信されても、お答えすることはできません。

―――――――――――――――――――――
房総中央医師会 医師就業支援センター
―――――――――――――――――――――
"""
    h = hdrs(mid, date, "医師就業支援センター", "no-reply@helpdesk.boso-ishikai.example.jp",
             "［受付番号 #20271120-0087］お問い合わせを受け付けました", "euc", rp="",
             extra=[("Precedence", "auto_reply"), ("X-Loop", "helpdesk.boso-ishikai.example.jp")])
    g = gold(mid, "auto_reply")
    add(52, "medical-association-ticket-receipt-precedence-euc", "auto_reply",
        "text/plain EUC-JP 8bit; Precedence: auto_reply, X-Loop, no Auto-Submitted", "medium",
        "A regional medical association's help desk confirms our inquiry with a ticket number: auto_reply (自動的にお送りしています); the association and 12月29日 are no lead data",
        text_mail(h, body, "euc"), g)


# ======================================================================= bounce

def bounce_hdrs(mid, date, subject, frm="MAILER-DAEMON@%s (Mail Delivery System)", host=None, extra=()):
    host = host or mid.split("@")[1]
    return [("Return-Path", "<>"),
            ("Received", "from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
             % (host, host, ip(mid), MX, qid(mid), INBOX, recv_date(date))),
            ("Date", date), ("From", frm % host if "%s" in frm else frm), ("To", INBOX),
            ("Subject", subject), ("Message-ID", "<%s>" % mid), ("Auto-Submitted", "auto-replied")] + list(extra)


def m053():
    mid = "20271201064512.8C2F31A0B7@mx2.hita-kosei.example.jp"
    date = D(2027, 12, 1, 6, 45, 12)
    h = bounce_hdrs(mid, date, "Undelivered Mail Returned to Sender")
    notice = """This is the mail system at host mx2.hita-kosei.example.jp.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<jinji@hita-kosei.example.jp>: message size 14862311 exceeds size limit
    10240000 of server mx2.hita-kosei.example.jp
"""
    status = """Reporting-MTA: dns; mx2.hita-kosei.example.jp
X-Postfix-Queue-ID: 8C2F31A0B7
X-Postfix-Sender: rfc822; md@md2-rm.example.org
Arrival-Date: Wed,  1 Dec 2027 06:45:10 +0900 (JST)

Final-Recipient: rfc822; jinji@hita-kosei.example.jp
Original-Recipient: rfc822;jinji@hita-kosei.example.jp
Action: failed
Status: 5.3.4
Diagnostic-Code: X-Postfix; message size 14862311 exceeds size limit 10240000 of
    server mx2.hita-kosei.example.jp
"""
    orig = """Return-Path: <md@md2-rm.example.org>
Received: from mail.md2-rm.example.org (mail.md2-rm.example.org [192.0.2.10])
\tby mx2.hita-kosei.example.jp (Postfix) with ESMTPS id 8C2F31A0B7
\tfor <jinji@hita-kosei.example.jp>; Wed,  1 Dec 2027 06:45:10 +0900 (JST)
Date: Wed, 01 Dec 2027 06:45:02 +0900
From: %s <md@md2-rm.example.org>
To: jinji@hita-kosei.example.jp
Subject: %s
Message-ID: <20271201064502.51A0@md2-rm.example.org>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="=_md2rm_3f7a"
""" % (ew("地域医療マッチング事務局"), ew("求人票の校正のお願い（日田厚生病院様）"))
    eml = report(h, "8C2F31A0B7.1827963912/mx2.hita-kosei.example.jp",
                 [raw_part("text/plain; charset=us-ascii", notice.replace("\n", "\r\n").encode("ascii"),
                           extra=[("Content-Description", "Notification")]),
                  raw_part("message/delivery-status", status.replace("\n", "\r\n").encode("ascii"),
                           extra=[("Content-Description", "Delivery report")]),
                  raw_part("text/rfc822-headers", orig.replace("\n", "\r\n").encode("ascii"),
                           extra=[("Content-Description", "Undelivered Message Headers")])])
    g = gold(mid, "bounce")
    add(53, "postfix-dsn-message-too-big-534-headers", "bounce",
        "multipart/report; report-type=delivery-status (Postfix): text/plain us-ascii + message/delivery-status + text/rfc822-headers (original From/Subject ISO-2022-JP B)", "easy",
        "Postfix returns our listing proof with attachments as too large (552 5.3.4, size limit): bounce",
        eml, g)


def m054():
    mid = "6e8d1a2c.0a7b.4f59.9e11.dsn@mail.example.com"
    date = D(2027, 9, 27, 11, 3, 50, "+0000")
    text = """** アドレスが見つかりませんでした **

nakanishi.kouichi@example.com にメールを配信できませんでした。このアカウントは無効になっています。

詳しくは、https://support.example.com/mail/answer/6596 をご覧ください。

応答:

550 5.2.1 The email account that you tried to reach is disabled.
"""
    html = ('<html><head></head><body><div style="font-family:sans-serif">'
            '<h3>アドレスが見つかりませんでした</h3><p><b>nakanishi.kouichi@example.com</b> にメールを配信できませんでした。'
            'このアカウントは無効になっています。</p><p>応答:</p>'
            '<p style="font-family:monospace">550 5.2.1 The email account that you tried to reach is disabled.</p>'
            '</div></body></html>\n')
    status = """Reporting-MTA: dns; mail.example.com
Received-From-MTA: dns; mail.md2-rm.example.org
Arrival-Date: Mon, 27 Sep 2027 04:03:47 -0700 (PDT)

Final-Recipient: rfc822; nakanishi.kouichi@example.com
Action: failed
Status: 5.2.1
Diagnostic-Code: smtp; 550-5.2.1 The email account that you tried to reach is
 disabled.
Last-Attempt-Date: Mon, 27 Sep 2027 04:03:49 -0700 (PDT)
"""
    orig = """Date: Mon, 27 Sep 2027 20:03:40 +0900
From: md@md2-rm.example.org
To: nakanishi.kouichi@example.com
Subject: %s
Message-ID: <20270927200340.7E12@md2-rm.example.org>
""" % ew("【地域医療マッチング】求人のご紹介", "utf8")
    h = bounce_hdrs(mid, date, ew("配信されませんでした: 【地域医療マッチング】求人のご紹介", "utf8"),
                    frm=addr("Mail Delivery Subsystem", "mailer-daemon@mail.example.com"), host="mail.example.com")
    alt = multipart([], "alternative", "000000000000dsn7a1b2c3d4e5f6",
                    [leaf(text, "utf-8", "UTF-8", "quoted-printable"),
                     leaf(html, "utf-8", "UTF-8", "quoted-printable", "text/html")])
    alt_head, alt_body = alt.split(b"\r\n\r\n", 1)
    alt_ph = [tuple(l.split(": ", 1)) for l in alt_head.decode().replace("\r\n\t", "\n\t").split("\r\n")]
    eml = report(h, "000000000000dsn0f9e8d7c6b5a4",
                 [(alt_ph, alt_body),
                  raw_part("message/delivery-status", status.replace("\n", "\r\n").encode("ascii")),
                  raw_part("text/rfc822-headers", orig.replace("\n", "\r\n").encode("ascii"))], preamble="")
    g = gold(mid, "bounce")
    add(54, "webmail-dsn-account-disabled-japanese-alt-utc", "bounce",
        "multipart/report: multipart/alternative (text+html UTF-8 QP, Japanese) + message/delivery-status + text/rfc822-headers; Subject UTF-8 B; Date +0000", "medium",
        "A webmail provider's Japanese DSN (550 5.2.1 account disabled) for our job introduction to a doctor: bounce; the failed recipient and 求人のご紹介 are no lead data",
        eml, g)


def m055():
    mid = "f2a9c41e-77d3-4b0a-8e5c-ndr447@TYAPR01MB5521.jpnprd01.prod.example.jp"
    date = D(2027, 10, 29, 1, 22, 8, "+0000")
    text = """配信の問題を特定できませんでした。

次の受信者へのメッセージの配信は、2 日間試行しましたが、完了しませんでした:

soumu@shirakawa-clinic.example.jp

受信者の電子メール システムからの応答がないか、一時的な問題が続いています。
このメッセージの再送信は行われません。後でもう一度送信してください。

管理者向けの診断情報:

生成元サーバー: TYAPR01MB5521.jpnprd01.prod.example.jp

soumu@shirakawa-clinic.example.jp
リモート サーバーから応答がありません
Remote server returned '550 4.4.7 QUEUE.Expired; message expired'
"""
    html = html_divs(text, "utf-8", "font-family:'Segoe UI',sans-serif;font-size:11pt")
    status = """Reporting-MTA: dns;TYAPR01MB5521.jpnprd01.prod.example.jp
Received-From-MTA: dns;mail.md2-rm.example.org
Arrival-Date: Wed, 27 Oct 2027 01:21:55 +0000

Final-Recipient: rfc822;soumu@shirakawa-clinic.example.jp
Action: failed
Status: 4.4.7
Diagnostic-Code: smtp;550 4.4.7 QUEUE.Expired; message expired
"""
    orig = """Date: Wed, 27 Oct 2027 10:21:50 +0900
From: md@md2-rm.example.org
To: soumu@shirakawa-clinic.example.jp
Subject: %s
Message-ID: <20271027102150.93D1@md2-rm.example.org>
""" % ew("Re: 非常勤医師募集（週1日）の掲載について")
    h = bounce_hdrs(mid, date, ew("配信不能: Re: 非常勤医師募集（週1日）の掲載について", "utf8"),
                    frm=addr("Microsoft Outlook", "postmaster@shirakawa-clinic.example.jp"),
                    host="TYAPR01MB5521.jpnprd01.prod.example.jp",
                    extra=[("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "ja-JP")])
    alt = multipart([], "alternative", "_001_f2a9c41e77d34b0a8e5cndr447_",
                    [leaf(text, "utf-8", "utf-8", "base64"), leaf(html, "utf-8", "utf-8", "base64", "text/html")])
    alt_head, alt_body = alt.split(b"\r\n\r\n", 1)
    alt_ph = [tuple(l.split(": ", 1)) for l in alt_head.decode().replace("\r\n\t", "\n\t").split("\r\n")]
    eml = report(h, "_000_f2a9c41e77d34b0a8e5cndr447_",
                 [(alt_ph, alt_body),
                  raw_part("message/delivery-status", status.replace("\n", "\r\n").encode("ascii")),
                  raw_part("text/rfc822-headers", orig.replace("\n", "\r\n").encode("ascii"))], preamble="")
    g = gold(mid, "bounce")
    add(55, "exchange-ndr-queue-expired-447-japanese-utc", "bounce",
        "multipart/report (Exchange NDR): multipart/alternative text+html UTF-8 base64 + message/delivery-status + text/rfc822-headers; Subject '配信不能:' UTF-8 B; Date +0000", "medium",
        "Exchange gives up after two days (4.4.7 QUEUE.Expired) on our reply to a clinic's listing: bounce; 非常勤/週1日 in the Subject and the clinic address are no lead data",
        eml, g)


def m056():
    mid = "202802150312.1QF3C8Za004417@relay.nanao-mail.example.jp"
    date = D(2028, 2, 15, 3, 12, 40)
    notice = """The original message was received at Tue, 15 Feb 2028 03:12:31 +0900 (JST)
from mail.md2-rm.example.org [192.0.2.10]

   ----- The following addresses had permanent fatal errors -----
<dr.hoshino@nanao-clinic.example.jp>
    (reason: 550 Host unknown)

   ----- Transcript of session follows -----
550 5.1.2 <dr.hoshino@nanao-clinic.example.jp>... Host unknown (Name server: nanao-clinic.example.jp: host not found)
"""
    status = """Reporting-MTA: dns; relay.nanao-mail.example.jp
Arrival-Date: Tue, 15 Feb 2028 03:12:31 +0900 (JST)

Final-Recipient: RFC822; dr.hoshino@nanao-clinic.example.jp
Action: failed
Status: 5.1.2
Remote-MTA: DNS; nanao-clinic.example.jp
Last-Attempt-Date: Tue, 15 Feb 2028 03:12:40 +0900 (JST)
"""
    orig_body = """星野 先生

地域医療マッチング事務局の小野寺です。
ご登録ありがとうございました。ご希望の石川県（能登）、内科・常勤、
令和10年4月開始の条件で、求人を探してまいります。

""" + SEC_SIG
    orig = ("Date: Tue, 15 Feb 2028 03:12:30 +0900\nFrom: %s <md@md2-rm.example.org>\n"
            "To: dr.hoshino@nanao-clinic.example.jp\nSubject: %s\n"
            "Message-ID: <20280215031230.6C0A@md2-rm.example.org>\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=ISO-2022-JP\nContent-Transfer-Encoding: 7bit\n\n"
            % (ew("地域医療マッチング事務局"), ew("ご登録ありがとうございました"))).replace("\n", "\r\n").encode("ascii")
    orig += orig_body.replace("\n", "\r\n").encode("iso2022_jp") + b"\r\n"
    h = bounce_hdrs(mid, date, "Returned mail: see transcript for details",
                    frm="Mail Delivery Subsystem <MAILER-DAEMON@relay.nanao-mail.example.jp>",
                    host="relay.nanao-mail.example.jp")
    eml = report(h, "1QF3C8Za004417.1834337560/relay.nanao-mail.example.jp",
                 [raw_part("text/plain; charset=us-ascii", notice.replace("\n", "\r\n").encode("ascii")),
                  raw_part("message/delivery-status", status.replace("\n", "\r\n").encode("ascii")),
                  raw_part("message/rfc822", orig)])
    g = gold(mid, "bounce")
    add(56, "sendmail-host-unknown-returns-registration-thanks", "bounce",
        "multipart/report (Sendmail): text/plain us-ascii + message/delivery-status + message/rfc822 with our ISO-2022-JP reply", "medium",
        "Sendmail 'Returned mail' (550 5.1.2 Host unknown) carrying our whole thank-you mail to a registered doctor: bounce; the returned 石川県/内科/常勤/令和10年4月 are ours, not lead data",
        eml, g)


# ======================================================================= spam

def m057():
    mid = "20271105093015.7715.refund@kokuho-info.example.com"
    date = D(2027, 11, 5, 9, 30, 15)
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:sans-serif">
<p>医師国民健康保険組合 加入者各位</p>
<p>令和9年度の保険料の過払いが確認されました。<br>
還付金 <b>48,600円</b> を受け取るには、11月12日までに下記より口座情報をご登録ください。</p>
<p><a href="https://kokuho-refund.example.com/login?id=77152">▶ 還付手続きはこちら</a></p>
<p>期限を過ぎますと還付の権利が失われます。<br>
本メールは送信専用です。</p>
<p style="color:#888">医師国民健康保険組合 還付係</p>
</body></html>
"""
    h = hdrs(mid, date, "医師国保 還付係", "info@kokuho-info.example.com", "【重要】保険料還付のお知らせ（期限：11月12日）", "utf8",
             extra=[("Reply-To", "support@kokuho-refund.example.com"), ("X-Priority", "1")])
    g = gold(mid, "spam")
    add(57, "physicians-insurance-refund-phishing-html-b64", "spam",
        "text/html only, UTF-8 base64; Reply-To to another domain; X-Priority 1", "easy",
        "Phishing posing as a physicians' health-insurance society (refund, enter bank details): spam; 医師 and the dates are bait, no lead fields",
        single(h, html, "utf-8", "UTF-8", "base64", "text/html"), g)


def m058():
    mid = "20270914120000.mm0914.44187@hakui-uniform.example.jp"
    date = D(2027, 9, 14, 12, 0, 0)
    body = """━━━━━━━━━━━━━━━━━━━━━━━
　医療用白衣・スクラブ　秋のまとめ買いセール
━━━━━━━━━━━━━━━━━━━━━━━
病院・クリニック・介護施設の皆さまへ

いつもお引き立ていただき誠にありがとうございます。
白衣の専門店「ユニフォームのはくい」より、秋のセールのご案内です。

■ドクターコート　全品20％OFF
■スクラブ（内科・小児科・整形外科で人気のカラー）10枚以上で30％OFF
■名入れ刺繍無料（常勤・非常勤の先生方のお名前もお入れします）
■全国送料無料（北海道・沖縄・離島を除く）

期間：9月14日〜10月31日

ご注文・カタログ請求：0120-48-7781（平日9時〜18時）

※今後のご案内が不要な方は、本メールに「配信不要」とご返信ください。
━━━━━━━━━━━━━━━━━━━━━━━
株式会社 はくい　営業部
"""
    h = hdrs(mid, date, "ユニフォームのはくい", "info@hakui-uniform.example.jp", "【秋のセール】医療用白衣・スクラブ まとめ買い最大30％OFF", "sjis",
             extra=[("Precedence", "bulk"), ("List-Unsubscribe", "<mailto:stop@hakui-uniform.example.jp>")])
    g = gold(mid, "spam")
    add(58, "white-coat-sale-to-clinics-sjis", "spam",
        "text/plain Shift_JIS 8bit; Precedence: bulk, List-Unsubscribe", "medium",
        "A uniform shop's sale mail to hospitals and clinics: spam; 内科・小児科・整形外科, 常勤・非常勤, 全国, 北海道・沖縄, the 0120 number and 配信不要 are bait, no lead fields",
        text_mail(h, body, "sjis"), g)


def m059():
    mid = "20280208163012.55201@mhlw-ishi-todoke.example.com"
    date = D(2028, 2, 8, 16, 30, 12)
    body = """医師各位

医師法第6条第3項に基づく医師届出票について、
貴殿の届出内容に不備があることが確認されました。

2月15日までに、下記の専用サイトから医籍登録番号、生年月日、
勤務先、連絡先を再入力のうえ、再提出してください。
期限までに再提出がない場合、医籍の登録が一時停止となる場合があります。

再提出サイト：https://ishi-todoke-saiteishutsu.example.com/

医師届出票 再提出受付センター
"""
    h = hdrs(mid, date, "医師届出票 受付センター", "todoke@mhlw-ishi-todoke.example.com", "【要対応】医師届出票の再提出について",
             extra=[("Reply-To", "saiteishutsu@ishi-todoke-saiteishutsu.example.com")])
    g = gold(mid, "spam")
    add(59, "fake-physician-registration-resubmit-phishing-jis", "spam",
        "text/plain ISO-2022-JP 7bit; Reply-To to another domain", "medium",
        "Phishing that imitates the statutory physician report and asks for registry number, birth date and workplace: spam; 医師, 生年月日, 勤務先 and 2月15日 are bait",
        text_mail(h, body, "jis"), g)


def m060():
    mid = "0102018d7c4e5f6a-careworkers-000000@email.example.com"
    date = D(2027, 12, 6, 2, 15, 0, "+0700")
    body = """Dear Director,

Greetings from Hanoi!

We are a licensed agency supplying trained caregivers and nursing assistants to
hospitals and care homes in Japan. Our candidates have JLPT N3/N4 and care
training, and can start working within 4 months.

- No upfront fee for hospitals and nursing homes
- Full support for visa and housing
- Over 300 workers placed in Hokkaido, Tohoku and Kyushu

Reply "YES" to receive our profile and price list. If you do not wish to receive
further emails, reply "STOP".

Best regards,
Overseas Partnership Team
VN Care Bridge JSC
"""
    h = hdrs(mid, date, "VN Care Bridge", "partner@vncarebridge.example.com",
             "Caregivers for your hospital - no upfront fee",
             extra=[("Precedence", "bulk"), ("List-Unsubscribe", "<mailto:unsubscribe@vncarebridge.example.com>")])
    g = gold(mid, "spam")
    add(60, "english-caregiver-supply-agency-pitch-qp", "spam",
        "text/plain UTF-8 quoted-printable; English; Date +0700; Precedence: bulk, List-Unsubscribe", "easy",
        "An overseas agency offers care workers to hospitals and care homes: spam (unsolicited marketing); hospitals, Hokkaido/Tohoku/Kyushu and STOP are bait",
        text_mail(h, body, "utf8q"), g)


# ======================================================================= main

def main(argv):
    out = argv[1] if len(argv) > 1 else HERE
    for name in sorted(n for n in globals() if n.startswith("m0") and n[1:].isdigit()):
        globals()[name]()
    MAILS.sort(key=lambda m: m["num"])
    assert [m["num"] for m in MAILS] == list(range(1, len(MAILS) + 1))
    write_set(MAILS, out)


if __name__ == "__main__":
    main(sys.argv)
