#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Development mail for madoguchi parse: 60 invented messages with gold labels (extra14).

    python3 generate.py [OUTDIR]     # writes NNN-slug.eml, NNN-slug.json, index.tsv

The gold follows the lead contract (docs/lead.md) and the conventions of
samples/README.md. People, institutions, numbers and addresses are invented; only
.example.jp / .example.com / .example.org domains are used. Output is deterministic.
The MIME and encoding helpers are those of ../tools/mailgen.py; CRLF line endings
throughout.
"""
import datetime
import email.utils
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tools"))
from mailgen import (  # noqa: E402
    addr, crlf, ENC, esc, ew, gmail_html, gold, html_divs, INBOX, leaf, multipart, qid,
    quote, raw_part, received, recv_date, report, SEC_SIG, single, std, write_set)

MAILS = []


def add(num, slug, cat, enc, diff, desc, eml, g):
    MAILS.append(dict(num=num, slug=slug, cat=cat, enc=enc, diff=diff, desc=desc, eml=eml, gold=g))


def D(y, mo, d, h, mi, s, tz=9):
    """An RFC 5322 Date with the right weekday, in the given UTC offset (hours)."""
    z = datetime.timezone(datetime.timedelta(hours=tz))
    return email.utils.format_datetime(datetime.datetime(y, mo, d, h, mi, s, tzinfo=z))


def MID(num, date, domain, style="plain"):
    dt = email.utils.parsedate_to_datetime(date)
    h = hashlib.sha1(("extra14-%d-%s" % (num, date)).encode()).hexdigest().upper()
    if style == "outlook":
        return "%s$%s$%s@%s" % (h[:12].lower(), h[12:20].lower(), h[20:28].lower(), domain)
    if style == "gmail":
        return "CA%s%s@mail.%s" % (h[:20], h[20:34].lower(), domain)
    return "%s.%s.%s@%s" % (dt.strftime("%Y%m%d%H%M%S"), h[:4], h[4:12], domain)


def ip(num):
    return "203.0.113.%d" % (20 + num)


def hdrs_for(num, date, fname, femail, subj, hcs, host=None, extra=(), mid=None, style="plain", to=INBOX):
    dom = femail.split("@")[1]
    mid = mid or MID(num, date, dom, style)
    subj_h = subj if (subj.isascii() or hcs is None) else ew(subj, hcs)
    frm = addr(fname, femail, None if (not fname or fname.isascii()) else hcs)
    h = std(mid, date, frm, subj_h, host or ("mail." + dom), ip(num), to=to, extra=extra)
    return mid, h


def plain(num, enc, date, fname, femail, subj, body, extra=(), style="plain", ctype="text/plain", xparam=""):
    """A single-part mail -> (message id, eml bytes)."""
    codec, label, cte, hcs = ENC[enc]
    if codec in ("iso2022_jp", "shift_jis", "euc_jp"):
        body = body.replace("～", "〜")  # these charsets have only the wave dash
    mid, h = hdrs_for(num, date, fname, femail, subj, hcs, extra=extra, style=style)
    return mid, single(h, body, codec, label, cte, ctype=ctype, extra=xparam)


# ======================================================================= doctor

def m001():
    date = D(2026, 10, 13, 16, 22, 10)
    body = """地域医療マッチング事務局　御中

突然のご連絡失礼いたします。
北越医科大学 脳神経内科学講座で医局秘書をしております、小野寺と申します。

当講座の教授、蓮見 征四郎（はすみ せいしろう）が来年3月末をもって定年により退職いたします。
退職後は医師の少ない地域で外来診療を続けたいという本人の希望があり、
学会の展示ブースで頂戴したパンフレットを拝見してご連絡いたしました。
教授は多忙のため、ひとまず私から概要をお送りいたします。

　・年齢：現在六十五歳
　・専門：脳神経内科（頭痛、認知症、てんかんの外来が中心）。一般内科の外来も対応できます
　・希望地域：甲信越（ただし山梨県は通勤の都合で除きます）
　・勤務形態：非常勤、週2日
　・開始時期：令和9年4月から

今後のご連絡は、教授本人のアドレス（hasumi.s@hokuetsu-med.example.jp）、
または教授室直通 025-227-6184 へお願いできれば幸いです。

よろしくお願い申し上げます。

北越医科大学 脳神経内科学講座 医局
秘書　小野寺 千晶
TEL 025-227-6180（医局）
"""
    mid, eml = plain(1, "jis", date, "北越医科大学 脳神経内科 医局", "ikyoku-neuro@hokuetsu-med.example.jp",
                     "定年退職予定の教授のご登録について（脳神経内科）", body,
                     extra=[("X-Mailer", "Microsoft Outlook 16.0")], style="outlook")
    g = gold(mid, "doctor", name="蓮見 征四郎", name_kana="ハスミ セイシロウ",
             email="hasumi.s@hokuetsu-med.example.jp", phone="0252276184", age=65,
             organization="北越医科大学", specialties=["脳神経内科", "内科"],
             prefectures=["長野県", "新潟県"], employment=["part_time"], days_per_week=2, start="2027-04")
    add(1, "ikyoku-secretary-neurology-koshinetsu-jis", "doctor",
        "text/plain ISO-2022-JP 7bit (Outlook); From display name and Subject RFC 2047 ISO-2022-JP B", "hard",
        "University department secretary writes for her professor: person fields are his (kana in hiragana brackets, 六十五歳 in kanji), email/phone his own from the body (not the 医局 From or TEL); 甲信越 minus 山梨県 -> 長野県/新潟県; 令和9年4月 (来年3月末 is the retirement)",
        eml, g)


def m002():
    date = D(2026, 9, 17, 13, 5, 44)
    text = """はじめてメールいたします。
千葉県木更津市に住んでいる医師の榊原 夏希と申します。

平成2年生まれの36歳です。小児科専門医を取ったあと市立かずさ総合病院に勤めていましたが、
上の子が生まれたのを機に退職し、そこから6年ほど臨床を離れていました。
下の子が小学校に上がり、ようやく少しずつ仕事に戻れそうです。

いきなり常勤は自信がないので、まずは非常勤で週2日、子どもが学校にいる時間帯の外来から始められればと思っています。
房総の南の方、鴨川や南房総あたりは小児科が少ないと聞いたので、そのあたりで探していただけないでしょうか。
時期は再来月からを考えています。

ブランクが長いので、復職前の研修のようなものがあれば、あわせて教えていただけると助かります。

榊原 夏希
080-3371-6604
"""
    fem = "natsuki.sakakibara@gmail.example.com"
    mid, h = hdrs_for(2, date, "榊原夏希", fem, "復職についてのご相談（小児科）", "utf8", style="gmail")
    parts = [leaf(text, "utf-8", "UTF-8", "base64"),
             leaf(gmail_html(text), "utf-8", "UTF-8", "base64", ctype="text/html")]
    eml = multipart(h, "alternative", "000000000000a41c7e0604f1b2c3", parts)
    g = gold(mid, "doctor", name="榊原 夏希", email=fem, phone="08033716604", age=36, birth_year=1990,
             organization="市立かずさ総合病院", specialties=["小児科"], prefectures=["千葉県"],
             employment=["part_time"], days_per_week=2, start="2026-11")
    add(2, "returning-mother-pediatrics-boso-gmail", "doctor",
        "multipart/alternative (Gmail): text/plain + text/html, both UTF-8 base64; From/Subject UTF-8 B", "medium",
        "Paediatrician returning after six years of child-raising: 平成2年生まれの36歳 -> both, 再来月 in September -> 2026-11, 房総/鴨川 and 木更津 (home) all in 千葉県, 非常勤 週2日; the hospital she left is her last workplace",
        eml, g)


def m003():
    date = D(2026, 9, 28, 19, 40, 12, tz=2)
    body = """地域医療マッチング事務局 ご担当者様

ドイツのデュッセルドルフ近郊から失礼いたします。循環器内科医の能登谷 浩之と申します。
日本で内科と循環器の専門医を取得したあと渡独し、現在は現地の市立病院で勤務医をしております。
今年58歳になり、両親の介護のこともあって日本に戻ることを決めました。

北陸三県のどこかで、常勤として循環器、あるいは一般内科の外来・病棟を担当できる病院を探しております。
帰国は来年4月を予定しています（いまの病院との契約が来年3月で終わります）。

時差があるためメールでのご連絡が助かりますが、お電話の場合は帰国後に使う番号
+81 80-4417-2093 にお願いいたします。

能登谷 浩之
"""
    mid, eml = plain(3, "utf8q", date, "Hiroyuki Notoya", "h.notoya@rheinwald-mail.example.com",
                     "帰国後の勤務先について", body)
    g = gold(mid, "doctor", name="能登谷 浩之", email="h.notoya@rheinwald-mail.example.com",
             phone="08044172093", age=58, specialties=["循環器内科", "内科"],
             prefectures=["富山県", "石川県", "福井県"], employment=["full_time"], start="2027-04")
    add(3, "germany-cardiology-hokuriku-qp-cest", "doctor",
        "text/plain UTF-8 quoted-printable; Date +0200 (CEST); From display name in ASCII romaji", "medium",
        "Cardiologist working in Germany returns home: name in kanji only in the body (romaji in From), 今年58歳, 北陸三県 -> 3 prefectures, 来年4月 against a Date already 29 Sep in Tokyo -> 2027-04 (来年3月 is the contract's end), +81 80 -> 080; the German hospital is unnamed",
        eml, g)


def m004():
    date = D(2026, 7, 11, 23, 48, 5)
    body = """事務局さま

夜遅くにすみません
フリーランスで代診とスポットの当直だけをやっている医師です
内科（総合内科）ならたいてい対応できます　常勤や定期の非常勤は考えてません

北海道と東北ならどこでも行きます、飛行機代さえ出してもらえれば離島もOKです
開業医の先生の学会出張や夏休みの代わりなど　1日～1週間くらいの単発でお役に立てれば

S51生まれ　内科認定医
急ぎのときは携帯　０９０-5528-1740 まで

戸叶 亮
"""
    mid, eml = plain(4, "jis", date, None, "r.tokano@freedoc-mail.example.jp", "代診・スポット登録希望", body)
    g = gold(mid, "doctor", name="戸叶 亮", email="r.tokano@freedoc-mail.example.jp", phone="09055281740",
             birth_year=1976, specialties=["内科"],
             prefectures=["北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県"],
             employment=["spot"])
    add(4, "freelance-locum-hokkaido-tohoku-jis", "doctor",
        "text/plain ISO-2022-JP 7bit; bare From address; no punctuation at line ends, mixed full/half-width digits", "medium",
        "Freelance doctor who does only locums and spot night duty: 代診/スポット/当直/単発 -> spot only (常勤や定期の非常勤は考えてません), S51生まれ -> 1976 (no age), 北海道と東北 -> 7 prefectures, 総合内科 -> 内科; no start",
        eml, g)


def m005():
    date = D(2026, 10, 14, 20, 15, 33)
    body = """地域医療マッチング事務局 御中

はじめまして。自衛隊南海病院（福岡県）で整形外科の医官として勤務しております、鶴見 剛志と申します。
自衛官には階級ごとの定年があり、私は来年の1月に定年を迎えます。年齢は五十六歳です。

退職後も整形外科医として、できるだけ長く地域の役に立ちたいと考えております。
希望する地域は九州ですが、福岡県は整形の先生が比較的多いようですので、福岡以外の県でお願いしたいと思います。
勤務形態は常勤を希望しており、令和9年1月下旬から勤務可能です。

骨折や外傷の手術を主にしてまいりましたが、今後は外来中心でも構いません。
官舎を出る必要があるため、住宅の手配がある病院だと大変ありがたいです。

鶴見 剛志
携帯：090-8142-5573
"""
    mid, eml = plain(5, "sjis", date, "鶴見 剛志", "tsurumi.t@nankai-net.example.jp",
                     "定年退官後の勤務について（整形外科）", body)
    g = gold(mid, "doctor", name="鶴見 剛志", email="tsurumi.t@nankai-net.example.jp", phone="09081425573",
             age=56, organization="自衛隊南海病院", specialties=["整形外科"],
             prefectures=["佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県"],
             employment=["full_time"], start="2027-01")
    add(5, "sdf-orthopaedist-kyushu-minus-fukuoka-sjis", "doctor",
        "text/plain Shift_JIS 8bit; From/Subject RFC 2047 Shift_JIS B", "medium",
        "Self-Defence Forces orthopaedic officer retiring at 56 (五十六歳 in kanji): 九州 but not 福岡 -> 6 prefectures, 令和9年1月下旬 -> 2027-01 (no day), his hospital is the workplace (福岡県 is where it is, not a wish)",
        eml, g)


def m006():
    date = D(2026, 11, 6, 7, 31, 9)
    quoted = """能勢 様

このたびはご登録のお申し込みをいただき、ありがとうございます。
ご紹介先を探すにあたり、以下の点をお知らせいただけますでしょうか。

① 診療科（対応可能な範囲も含めて）：消化器内科。内視鏡は上も下もやります
② ご希望の勤務地：岡山か広島の県北
③ 勤務形態（常勤／非常勤）と日数：非常勤で週4日
④ 勤務開始の時期：来年の2月から
⑤ ご年齢：61
⑥ 日中につながるお電話番号：070-2280-9416

お手数をおかけしますが、どうぞよろしくお願いいたします。

事務局　村井

""" + SEC_SIG
    body = """事務局 村井様

お返事が遅くなりました。能勢です。
いただいた項目の中に直接書き込みましたので、ご確認ください。

能勢 雅彦

2026/11/02 10:15, 地域医療マッチング事務局 wrote:
""" + quote(quoted) + "\n"
    mid, eml = plain(6, "utf8q", date, "能勢 雅彦", "nose.masahiko@kibi-net.example.jp",
                     "Re: ご登録内容の確認のお願い", body,
                     extra=[("In-Reply-To", "<reg.2026110210.0881@md2-rm.example.org>"),
                            ("References", "<reg.2026110210.0881@md2-rm.example.org>"),
                            ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.0")])
    g = gold(mid, "doctor", name="能勢 雅彦", email="nose.masahiko@kibi-net.example.jp", phone="07022809416",
             age=61, specialties=["消化器内科"], prefectures=["岡山県", "広島県"],
             employment=["part_time"], days_per_week=4, start="2027-02")
    add(6, "answers-typed-inside-quote-gi-qp", "doctor",
        "text/plain UTF-8 quoted-printable (Thunderbird); reply with '> ' quote (①-⑥); From/Subject UTF-8 B; In-Reply-To/References", "hard",
        "The doctor types every answer into the quoted questions (> ① … ：消化器内科): all lead values are inside '> ' lines, while the quoted secretariat signature holds the TEL that is not his; 非常勤 週4日, 来年の2月 -> 2027-02, ご年齢：61, 岡山/広島 (県北)",
        eml, g)


def m007():
    date = D(2026, 6, 2, 12, 10, 40)
    body = """ご担当者様

南港検疫所で医師として勤務しております、汐見 恭子と申します。
専門は感染症内科で、検疫所に来る前は市中病院で一般内科にも長く携わっておりました。

来年3月で退職することにしましたが、その後も週に何日か、医師の少ない地域で外来を続けたいと思っています。
一般内科の外来でもお引き受けできます。
住まいは大阪ですが、和歌山や奈良の南部（新宮、十津川など）のように、通いにくくても必要とされている所を希望します。

勤務は非常勤で、週3回くらいを考えています。開始は来年の4月以降であればいつでも構いません。
昭和38年生まれです。

汐見 恭子
"""
    mid, eml = plain(7, "utf8", date, "汐見 恭子", "shiomi-k@minato-web.example.jp",
                     "退職後の非常勤勤務について", body)
    g = gold(mid, "doctor", name="汐見 恭子", email="shiomi-k@minato-web.example.jp", birth_year=1963,
             organization="南港検疫所", specialties=["感染症内科", "内科"], prefectures=["和歌山県", "奈良県"],
             employment=["part_time"], days_per_week=3, start="2027-04")
    add(7, "quarantine-station-infectious-kinan-utf8", "doctor",
        "text/plain UTF-8 8bit; From/Subject RFC 2047 UTF-8 B", "medium",
        "Quarantine-station physician: 感染症内科 + 一般内科 -> 内科, 昭和38年生まれ -> 1963 (no age), 和歌山や奈良の南部 (大阪 is home), 週3回くらい -> 3, 来年の4月以降 in June 2026 -> 2027-04 (来年3月 is the retirement); no phone",
        eml, g)


def m008():
    date = D(2026, 1, 21, 9, 2, 18)
    body = """地域医療マッチング事務局 御中

奈良市の医療法人 朱雀会 すざく女性クリニックで副院長をしております、東條 久美子と申します。61才です。
分娩の取り扱いからは数年前に退き、現在は婦人科外来と子宮がん検診が中心です。

奈良県南部の吉野や十津川のように産婦人科の無い地域で、週1日、婦人科の外来か検診のお手伝いができればと考えております。
今の職場は続けますので、非常勤での勤務を希望します。年度明けの4月からお願いできればと存じます。

どうぞよろしくお願いいたします。

東條 久美子
TEL 0742-31-8820（クリニック代表）
"""
    mid, eml = plain(8, "sjis", date, "東條 久美子", "tojo@suzaku-wc.example.jp",
                     "非常勤勤務の希望（婦人科・検診）", body)
    g = gold(mid, "doctor", name="東條 久美子", email="tojo@suzaku-wc.example.jp", phone="0742318820", age=61,
             organization="医療法人 朱雀会 すざく女性クリニック", specialties=["産婦人科", "健診"],
             prefectures=["奈良県"], employment=["part_time"], days_per_week=1, start="2026-04")
    add(8, "gynaecologist-yoshino-nendoake-sjis", "doctor",
        "text/plain Shift_JIS 8bit; From/Subject RFC 2047 Shift_JIS B", "medium",
        "Vice-director of a women's clinic keeps her post and offers one day a week: 婦人科 -> 産婦人科, 子宮がん検診/検診 -> 健診, 61才, 年度明けの4月 in January -> 2026-04, 奈良県南部 (奈良市 is her clinic); the clinic's switchboard is the phone",
        eml, g)


def m009():
    date = D(2026, 10, 31, 22, 10, 0, tz=0)
    body = """事務局の皆様

精神科医の宍戸 達郎と申します。五十三歳です。
この春から、秋田県湯沢市に住む父の介護のため、勤めていた仙台の病院（医療法人 青葉の杜 あおば心療病院）を休職しております。
休職の期限が今月末なのですが、仙台には戻らずに退職し、実家から通える範囲で働こうと思っています。

湯沢・横手のあたりで精神科、あるいは心療内科の外来を、週4日程度でお願いできる所はないでしょうか。
介護の都合があるため、当直は難しいです。
勤務は来月からでも大丈夫です。

宍戸 達郎
090-6615-2387
"""
    mid, eml = plain(9, "utf8b", date, "宍戸 達郎", "shishido.t@kanto-mail.example.jp",
                     "秋田での勤務について", body)
    g = gold(mid, "doctor", name="宍戸 達郎", email="shishido.t@kanto-mail.example.jp", phone="09066152387",
             age=53, organization="医療法人 青葉の杜 あおば心療病院", specialties=["精神科", "心療内科"],
             prefectures=["秋田県"], employment=["part_time"], days_per_week=4, start="2026-12")
    add(9, "caregiver-psychiatrist-akita-utc-monthend", "doctor",
        "text/plain UTF-8 base64; Date 31 Oct 2026 22:10 +0000 (already 1 November in Tokyo)", "hard",
        "Psychiatrist on leave to nurse his father: 来月から against a Date that is 1 Nov 07:10 JST -> 2026-12 (not 2026-11), 五十三歳, 精神科 + 心療内科, 週4日程度 -> 4, 当直は難しい is no spot; the Sendai hospital he is leaving is his workplace (宮城県 is not a wish)",
        eml, g)


def m010():
    date = D(2026, 10, 15, 18, 22, 40, tz=-7)
    body = """Dear Madam or Sir,

My name is Kenji Arakaki. I am a Japanese-licensed physician and have worked as a
family physician in a small town in British Columbia, Canada, for the past fourteen
years. I am 52 years old.

My wife and I plan to move back to Japan, and I would like to work in a rural
community that needs a generalist. I am most interested in Kagoshima, Miyazaki or
Kochi, ideally at a practice where home visits are part of the work.

I would prefer part-time work, three days a week, starting in April next year. My
Japanese medical licence has been registered since 1999 and is still valid.

Could you tell me how to register and which documents you need?

Best regards,
Kenji Arakaki, MD
Fort Selkirk Family Practice
British Columbia, Canada
"""
    mid, eml = plain(10, "ascii", date, "Kenji Arakaki", "k.arakaki@northshore-mail.example.com",
                     "Registration - Japanese family physician returning from Canada", body)
    g = gold(mid, "doctor", name="Kenji Arakaki", email="k.arakaki@northshore-mail.example.com", age=52,
             organization="Fort Selkirk Family Practice", specialties=["総合診療科", "在宅医療"],
             prefectures=["鹿児島県", "宮崎県", "高知県"], employment=["part_time"], days_per_week=3,
             start="2027-04")
    add(10, "english-canada-family-physician-pdt", "doctor",
        "text/plain US-ASCII 7bit; English; Date -0700 (PDT)", "medium",
        "English mail from a family physician in Canada: family physician/generalist -> 総合診療科, home visits -> 在宅医療, Kagoshima/Miyazaki/Kochi, three days a week -> 3, April next year against 16 Oct JST -> 2027-04; 1999 is the licence year and fourteen years is no age; 'MD' dropped",
        eml, g)


def m011():
    date = D(2026, 8, 9, 21, 47, 3)
    body = """ホームページの医師登録フォームより、以下のとおり登録がありました。

◆お名前　　　：支倉 俊夫
◆フリガナ　　：はせくら　としお
◆年齢　　　　：６７
◆生年　　　　：
◆E-mail　　　：hasekura.t@morioka-net.example.jp
◆電話　　　　：０１９－６５２－７７０８
◆所属（現在）：
◆専門　　　　：心臓血管外科（一般外科も可）
◆希望地域　　：岩手県（沿岸部）
◆勤務形態　　：非常勤
◆日数　　　　：週3日
◆開始時期　　：2027年4月
◆備考　　　　：昨年、県立病院を定年で退職しました。開胸の手術はもう行いませんが、外科の外来、創傷処置、胃ろう交換などはできます。沿岸の病院では外科医が足りないと聞いて登録しました。

―――――――――――――――――――――――
本メールは送信専用アドレスから自動で送信されています。
地域医療マッチング事務局 医師登録フォーム
"""
    femail = "form-noreply@md2-rm.example.org"
    mid = "form.d.20260809214703.5518@md2-rm.example.org"
    h = [("Return-Path", "<%s>" % femail),
         ("Received", "from web02.md2-rm.example.org (web02.md2-rm.example.org [192.0.2.52])\n\tby mx1.md2-rm.example.org (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (qid(mid), INBOX, recv_date(date, 1))),
         ("Date", date), ("From", addr("医師登録フォーム", femail, "utf8")), ("To", INBOX),
         ("Subject", ew("【医師登録】支倉 俊夫 様より登録がありました", "utf8")), ("Message-ID", "<%s>" % mid)]
    eml = single(h, body, "utf-8", "UTF-8", "base64")
    g = gold(mid, "doctor", name="支倉 俊夫", name_kana="ハセクラ トシオ", email="hasekura.t@morioka-net.example.jp",
             phone="0196527708", age=67, specialties=["心臓血管外科", "外科"], prefectures=["岩手県"],
             employment=["part_time"], days_per_week=3, start="2027-04")
    add(11, "form-cardiovascular-surgeon-iwate-coast", "doctor",
        "text/plain UTF-8 base64; site form relay (◆label：value with full-width padding); From/Subject UTF-8 B", "medium",
        "Form registration of a retired cardiovascular surgeon: hiragana with a full-width space -> ハセクラ トシオ, 年齢 in full-width digits, empty 生年 and 所属 fields (the unnamed 県立病院 gives no organization), 一般外科も可 -> 外科, 週3日, 2027年4月; email from the body, not the form sender",
        eml, g)


def m012():
    date = D(2026, 9, 7, 10, 30, 0)
    body = """地域医療マッチング事務局 御中

拝啓　初秋の候、貴事務局におかれましてはますますご清祥のこととお慶び申し上げます。
私は北嶺医科大学 呼吸器外科学講座の教授を務めております、宇佐美 匡と申します。
1961年（昭和36年）の生まれで、本学の規程により令和9年3月31日をもって定年退職となります。

三十年余り肺癌の外科治療に携わってまいりましたが、退職後は手術の第一線を離れ、
北海道の道南地域で、一般外科および呼吸器外科の外来診療を中心に、常勤として働きたいと考えております。
函館から少し離れた、江差や八雲のような町の病院を念頭においております。
着任は令和9年4月1日を希望いたします。

ご多忙のところ恐縮ですが、登録の手続きについてご教示くださいますようお願い申し上げます。
　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　敬具

北嶺医科大学 呼吸器外科学講座
教授　宇佐美 匡
〒001-8611 札幌市北区北二十三条西9丁目
TEL 011-706-5921（教授室）
"""
    mid, eml = plain(12, "euc", date, "宇佐美 匡", "usami@hokurei-med.example.jp",
                     "退職後の勤務に関するご相談", body)
    g = gold(mid, "doctor", name="宇佐美 匡", email="usami@hokurei-med.example.jp", phone="0117065921",
             birth_year=1961, organization="北嶺医科大学", specialties=["外科", "呼吸器外科"],
             prefectures=["北海道"], employment=["full_time"], start="2027-04-01")
    add(12, "professor-thoracic-surgeon-donan-eucjp", "doctor",
        "text/plain EUC-JP 8bit; From/Subject RFC 2047 EUC-JP B", "medium",
        "Formal 拝啓…敬具 letter from a retiring professor of thoracic surgery: 1961年（昭和36年） -> 1961 (no age), 令和9年3月31日 is the retirement and 令和9年4月1日 the start -> 2027-04-01, 道南/函館/江差/八雲 -> 北海道, 一般外科 -> 外科; 三十年余り is no age",
        eml, g)


def m013():
    date = D(2026, 11, 15, 12, 3, 51)
    body = """はじめまして　整形の医師です
鳥取か岡山の北の方で　週１回外来できるとこ探してます
今は大阪の整形ｸﾘﾆｯｸでﾊﾟｰﾄしてますが　来年の２月くらいから行けます
６２才　常勤は無理です
よろしくおねがいします
山根耕二
"""
    mid, eml = plain(13, "sjis", date, None, "yamane-k62@ezweb-mobile.example.jp", "登録したい", body)
    g = gold(mid, "doctor", name="山根耕二", email="yamane-k62@ezweb-mobile.example.jp", age=62,
             specialties=["整形外科"], prefectures=["鳥取県", "岡山県"], employment=["part_time"],
             days_per_week=1, start="2027-02")
    add(13, "mobile-orthopaedist-tottori-okayama-hwkana", "doctor",
        "text/plain Shift_JIS 8bit with half-width katakana (ｸﾘﾆｯｸ, ﾊﾟｰﾄ); bare From; full-width spaces instead of punctuation", "medium",
        "Six unpunctuated mobile lines: 整形 -> 整形外科, 週１回 -> 1, ６２才 -> 62, 来年の２月くらい in November -> 2027-02, 鳥取か岡山の北の方 -> 2 prefectures (大阪 is his current part-time job); 常勤は無理 -> no full_time; name unspaced",
        eml, g)


def m014():
    date = D(2026, 3, 24, 18, 44, 12)
    body = """地域医療マッチング事務局 ご担当者様

内科医の芦原 慎吾と申します。44歳です。
数年前に大学の医局を離れ、今は名古屋市内のクリニック3か所で非常勤として働いています。
平日の日中は予定が埋まっているため、土日や祝日の日直・当直であればお引き受けできます。

場所は東海地方で、愛知県以外を希望します（愛知の当直はすでに何件か持っているので）。
車で動けますので、岐阜の山のほうや三重の南のほうでも構いません。
夜間の病棟管理や急変への対応は一通りこなせます。

当直のみの登録でも大丈夫でしょうか。ご検討よろしくお願いいたします。

芦原 慎吾
携帯 080-2296-4451
"""
    mid, eml = plain(14, "jis", date, "芦原 慎吾", "ashihara.s@tokai-net.example.jp",
                     "当直のみの登録は可能でしょうか", body)
    g = gold(mid, "doctor", name="芦原 慎吾", email="ashihara.s@tokai-net.example.jp", phone="08022964451",
             age=44, specialties=["内科"], prefectures=["岐阜県", "静岡県", "三重県"], employment=["spot"])
    add(14, "weekend-duty-tokai-minus-aichi-jis", "doctor",
        "text/plain ISO-2022-JP 7bit; From/Subject RFC 2047 ISO-2022-JP B", "medium",
        "Internist with three part-time clinic jobs wants weekend/holiday 日直・当直 only: spot (his 非常勤 is the present, not the wish), 東海地方 minus 愛知県 -> 岐阜県/静岡県/三重県, 44歳; the clinics are unnamed; no start",
        eml, g)


def m015():
    date = D(2026, 6, 4, 15, 20, 0)
    body = """地域医療マッチング事務局
ご担当者様

香川県丸亀市の医療法人 瀬戸内会 まるがめ記念病院で院長を務めております、楠 正道と申します。
七十歳を迎えたのを機に、院長職を副院長に譲ることといたしました。

今後は、老健や介護医療院の施設長として、入所者の方々の医療を担う仕事をしたいと考えております。
専門は一般内科で、高齢者の診療には長く携わってまいりました。
地元の香川か、お隣の徳島で、常勤での勤務を希望いたします。
時期は来春を考えておりますが、引き継ぎの状況次第です。

楠 正道
TEL 0877-24-6210（院長室）
"""
    mid, eml = plain(15, "jis", date, "楠 正道", "kusunoki@marugame-kinen.example.jp",
                     "施設長としての勤務希望", body)
    g = gold(mid, "doctor", name="楠 正道", email="kusunoki@marugame-kinen.example.jp", phone="0877246210",
             age=70, organization="医療法人 瀬戸内会 まるがめ記念病院", specialties=["老健・介護施設", "内科"],
             prefectures=["香川県", "徳島県"], employment=["full_time"])
    add(15, "hospital-director-wants-roken-kagawa-jis", "doctor",
        "text/plain ISO-2022-JP 7bit; From/Subject RFC 2047 ISO-2022-JP B", "medium",
        "A hospital director hands over his post and wants to head a 老健/介護医療院: doctor, not hospital (he looks for work); 七十歳, 一般内科 -> 内科, 香川か徳島, 常勤, 来春 without a month -> start null",
        eml, g)


def pdf_part(fname_2231):
    data = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    return raw_part("application/pdf;\n name*=UTF-8''%s" % fname_2231, data, "base64",
                    extra=[("Content-Disposition", "attachment;\n filename*=UTF-8''%s" % fname_2231)])


def m016():
    date = D(2026, 10, 22, 11, 11, 11)
    text = """地域医療マッチング事務局 御中

いつもメールマガジンを拝読しております。腎臓内科医の日置 純一と申します。
宮崎県の日南・串間の地域で透析を担当できる医師が足りないと伺い、登録をお願いしたくご連絡しました。

現在は宮崎市の医療法人 橘会 たちばな腎クリニックで、透析患者さんの管理を担当しています。
来月末で現職を退くことになりましたので、再来月から勤務できます。
週4日ほど、透析室の回診と腎臓内科の外来をお手伝いできればと思います。
年齢は63歳です。

履歴書を添付いたしますので、ご確認ください。

日置 純一
携帯 090-1187-3302
"""
    fem = "hioki.j@tachibana-jin.example.jp"
    mid, h = hdrs_for(16, date, "日置 純一", fem, "登録のお願い（腎臓内科・透析）", "jis")
    parts = [leaf(text, "iso2022_jp", "ISO-2022-JP", "7bit"),
             pdf_part("%E5%B1%A5%E6%AD%B4%E6%9B%B8_%E6%97%A5%E7%BD%AE.pdf")]
    eml = multipart(h, "mixed", "------------Bx7Qk2HioKi0cV3RtU5e", parts,
                    preamble="This is a multi-part message in MIME format.")
    g = gold(mid, "doctor", name="日置 純一", email=fem, phone="09011873302", age=63,
             organization="医療法人 橘会 たちばな腎クリニック", specialties=["透析", "腎臓内科"],
             prefectures=["宮崎県"], employment=["part_time"], days_per_week=4, start="2026-12")
    add(16, "nephrologist-nichinan-resume-rfc2231", "doctor",
        "multipart/mixed: text/plain ISO-2022-JP 7bit + application/pdf base64 with an RFC 2231 UTF-8 filename (履歴書_日置.pdf)", "medium",
        "Nephrologist leaving his dialysis clinic at the end of next month: 再来月 in October -> 2026-12 (来月末 is his leaving), 週4日ほど -> 4 (part_time by the day count), 透析 + 腎臓内科, 日南・串間 -> 宮崎県 (宮崎市 is his clinic)",
        eml, g)


def m017():
    date = D(2026, 8, 10, 8, 12, 50)
    body = """事務局御中

心療内科医の大河内 遥と申します。平成元年の生まれです。
都内のメンタルクリニックに勤めながら、産業医の資格を生かせる仕事を増やしたいと考えています。

茨城か栃木の工場や事業所で、嘱託の産業医を週1日お引き受けできる先はありますでしょうか。
メンタルヘルス不調の方の面談や、復職の支援を得意としています。
開始は2027年1月以降を希望します。

よろしくお願いいたします。
大河内 遥
"""
    mid, eml = plain(17, "utf8q", date, "大河内 遥", "okochi.haruka@mental-web.example.jp",
                     "嘱託産業医の仕事について", body)
    g = gold(mid, "doctor", name="大河内 遥", email="okochi.haruka@mental-web.example.jp", birth_year=1989,
             specialties=["心療内科", "産業医"], prefectures=["茨城県", "栃木県"], employment=["part_time"],
             days_per_week=1, start="2027-01")
    add(17, "psychosomatic-occupational-ibaraki-tochigi-qp", "doctor",
        "text/plain UTF-8 quoted-printable; From/Subject RFC 2047 UTF-8 B", "easy",
        "Psychosomatic physician wants a weekly 嘱託 occupational-physician post: 心療内科 + 産業医, 平成元年 -> 1989 (no age), 茨城か栃木 (都内 is her job), 週1日, 2027年1月以降 -> 2027-01; the clinic is unnamed",
        eml, g)


def m018():
    date = D(2026, 9, 16, 14, 40, 0)
    body = """地域医療マッチング事務局 ご担当者様

小児外科医の比嘉 真一郎です。現在59歳、来月で60になります。
那覇市内の県立病院を定年前に辞め、これからは離島の子どもたちの診療に関わりたいと考えています。

宮古や八重山など沖縄の離島で、小児科の外来を週2日、非常勤で担当させていただけないでしょうか。
手術はもう行わないつもりですが、子どものけがや急な腹痛の初期対応はできます。
開始は年明けからを考えています。

比嘉 真一郎
098-867-2054
"""
    mid, eml = plain(18, "utf8", date, "比嘉 真一郎", "higa.shin@ryukyu-net.example.jp",
                     "離島での小児科外来について", body)
    g = gold(mid, "doctor", name="比嘉 真一郎", email="higa.shin@ryukyu-net.example.jp", phone="0988672054",
             age=59, specialties=["小児外科", "小児科"], prefectures=["沖縄県"], employment=["part_time"],
             days_per_week=2)
    add(18, "paediatric-surgeon-okinawa-islands-utf8", "doctor",
        "text/plain UTF-8 8bit; From/Subject RFC 2047 UTF-8 B", "medium",
        "Paediatric surgeon wants paediatric outpatient work on Okinawa's islands: 現在59歳、来月で60 -> 59, 小児外科 + 小児科, 宮古/八重山/沖縄 -> 沖縄県, 非常勤 週2日, 年明け without a month -> start null; the prefectural hospital he left is unnamed",
        eml, g)


def m019():
    date = D(2026, 11, 9, 6, 55, 21)
    text = """地域医療マッチング事務局様

救急医の西園寺 航です。今年の3月に救命救急センターを早期退職しました（53歳）。
しばらく休んでいましたが、そろそろ体がなまってきたので山陰で働きたいと思います。
島根でも鳥取でも構いません。

希望は
・週1日の非常勤（救急外来か内科外来）
・月に2〜3回の当直
の組み合わせです。12月から動けます。

西園寺 航

iPadから送信"""
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body dir="auto"><div dir="ltr">' + "<br>".join(esc(l) for l in text.split("\n")) +
            "</div></body></html>\n")
    mid, h = hdrs_for(19, date, "西園寺 航", "w.saionji@icloud-mail.example.com", "山陰での勤務希望", "utf8",
                      extra=[("X-Mailer", "iPad Mail (22B83)")])
    eml = single(h, html, "utf-8", "utf-8", "quoted-printable", ctype="text/html")
    g = gold(mid, "doctor", name="西園寺 航", email="w.saionji@icloud-mail.example.com", age=53,
             specialties=["救急科", "内科"], prefectures=["鳥取県", "島根県"], employment=["part_time", "spot"],
             days_per_week=1, start="2026-12")
    add(19, "ipad-html-emergency-sanin", "doctor",
        "text/html only (iPad Mail), UTF-8 quoted-printable, lines joined by <br>; From/Subject UTF-8 B", "medium",
        "Emergency physician retired early: （53歳）, 山陰 with 島根でも鳥取でも -> 2 prefectures, 週1日の非常勤 + 月に2〜3回の当直 -> part_time + spot with 1 day, 救急外来/内科外来 -> 救急科/内科, 12月から in November -> 2026-12 (今年の3月 is the retirement)",
        eml, g)


def m020():
    date = D(2026, 5, 19, 2, 10, 44, tz=0)
    body = """地域医療マッチング事務局　御中

お世話になります。
緩和ケア医の髙木 澄江（タカギ　スミエ）と申します。66歳です。
現在、医療法人 ひかり会 ひかりの丘ホスピスで緩和ケア病棟を担当しておりますが、
令和9年3月で退職し、これからは在宅での看取りに関わりたいと考えております。

希望条件は次のとおりです。
①在宅医療（訪問診療）を中心とした常勤の仕事
②勤務地は問いません。必要とされている地域であれば、全国どこへでも参ります
③開始は令和9年4月から

どうぞよろしくお願いいたします。

髙木 澄江
携帯 080-6402-1198
"""
    mid, eml = plain(20, "msjis", date, "髙木 澄江", "takagi.sumie@hikari-hospice.example.jp",
                     "在宅医療での勤務を希望します", body,
                     extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", ew("在宅医療での勤務を希望します", "msjis")),
                            ("Content-Language", "ja-JP")], style="outlook")
    g = gold(mid, "doctor", name="髙木 澄江", name_kana="タカギ スミエ",
             email="takagi.sumie@hikari-hospice.example.jp", phone="08064021198", age=66,
             organization="医療法人 ひかり会 ひかりの丘ホスピス", specialties=["緩和ケア", "在宅医療"],
             prefectures=["全国"], employment=["full_time"], start="2027-04")
    add(20, "palliative-home-care-anywhere-msjis", "doctor",
        "text/plain labelled iso-2022-jp with Microsoft extensions (髙 ①②③ via cp932 rows); From/Subject/Thread-Topic the same; Date +0000", "hard",
        "Hospice physician turning to home care: 髙 in the name (NFKC keeps it), katakana reading with a full-width space, 66歳, 在宅医療/訪問診療 + 緩和ケア, 勤務地は問いません/全国どこへでも -> 全国, 令和9年4月 (令和9年3月 is her retirement)",
        eml, g)


# ======================================================================= hospital

def m021():
    date = D(2026, 10, 21, 13, 30, 0)
    body = """ドクターセカンドキャリア 地域医療マッチング事務局 御中

山口県萩市 健康福祉部 健康増進課の末永と申します。
本市では毎年5月から11月にかけて、市内の公民館などを会場に特定健診とがん検診の集団健診を行っております。
これまで出務いただいていた地元の先生方が高齢となり、来年は医師の確保が難しくなる見込みです。

つきましては、以下の条件で集団健診の診察をご担当いただける医師をご紹介いただけないでしょうか。

　・内容　　：集団健診の問診・診察（内科）
　・勤務形態：1日単位のスポット（午前のみの日もあります）
　・期間　　：来年5月～11月のうち、ご都合のつく日
　・会場　　：萩市内および須佐・田万川・むつみ等の各地区
　・報酬　　：市の規程によります（交通費は別途支給）

ご不明の点がございましたら、お気軽にお問い合わせください。

萩市役所 健康福祉部 健康増進課
末永 智子
TEL 0838-25-3704
"""
    mid, eml = plain(21, "jis", date, "萩市 健康増進課", "kenko@city-hagi.example.jp",
                     "集団健診に出務いただける医師の紹介について", body)
    g = gold(mid, "hospital", name="末永 智子", email="kenko@city-hagi.example.jp", phone="0838253704",
             organization="萩市役所", specialties=["健診", "内科"], prefectures=["山口県"], municipality="萩市",
             employment=["spot"], start="2027-05")
    add(21, "city-health-dept-mass-checkups-hagi-jis", "hospital",
        "text/plain ISO-2022-JP 7bit; From display name and Subject RFC 2047 ISO-2022-JP B", "medium",
        "A city's health department recruits doctors for mass check-ups by the day: 特定健診/がん検診/集団健診 -> 健診 + 内科, 1日単位のスポット -> spot, 来年5月～11月 in October -> 2027-05 (毎年5月から11月 is the routine); organization 萩市役所 without its department",
        eml, g)


def m022():
    date = D(2026, 9, 1, 10, 5, 0)
    text = """地域医療マッチング事務局
ご担当者様

突然のご連絡失礼いたします。
株式会社 西海重工業 佐世保工場 総務部 人事グループの松永と申します。

当工場（従業員約1,200名）では、長年お願いしてきた嘱託産業医の先生が今年度末でご退任されることになり、
後任の先生を探しております。地元の医師会にもご相談しておりますが、なかなか見つからない状況です。

【募集内容】
　職種　　：嘱託産業医
　勤務　　：週2日（火曜・金曜の予定、各日9時～16時）
　業務　　：就業判定、長時間労働者や高ストレス者の面談、職場巡視、衛生委員会への出席
　開始時期：2027年1月（前任の先生との引き継ぎ期間を含みます）
　その他　：工場内に健康管理室があり、保健師2名が常駐しています

産業医の資格をお持ちであれば、ご専門の診療科は問いません。
ご紹介いただける先生がいらっしゃいましたら、ぜひお知らせください。

株式会社 西海重工業 佐世保工場
総務部 人事グループ
松永 大輔
〒857-1161 長崎県佐世保市大塔町1-20
TEL 0956-47-2281
"""
    fem = "d.matsunaga@saikai-hi.example.jp"
    mid, h = hdrs_for(22, date, "松永 大輔", fem, "【ご相談】嘱託産業医の募集（長崎県佐世保市）", "jis",
                      extra=[("X-Mailer", "Microsoft Outlook 16.0")], style="outlook")
    text = text.replace("～", "〜")
    html = html_divs(text, charset="iso-2022-jp", style="font-family:游ゴシック,sans-serif;font-size:10.5pt")
    parts = [leaf(text, "iso2022_jp", "iso-2022-jp", "7bit"),
             leaf(html, "iso2022_jp", "iso-2022-jp", "quoted-printable", ctype="text/html")]
    eml = multipart(h, "alternative", "_000_TY3P286MB2611A0C4F1E2D3B4A5C6D7E8TY3P286MB2611JPNP_", parts)
    g = gold(mid, "hospital", name="松永 大輔", email=fem, phone="0956472281",
             organization="株式会社 西海重工業 佐世保工場", specialties=["産業医"], prefectures=["長崎県"],
             municipality="佐世保市", employment=["part_time"], days_per_week=2, start="2027-01")
    add(22, "factory-occupational-physician-sasebo-alt", "hospital",
        "multipart/alternative (Outlook): text/plain ISO-2022-JP 7bit + text/html ISO-2022-JP quoted-printable", "medium",
        "A shipyard factory's personnel section seeks a 嘱託産業医: hospital (an employer recruiting a physician), 産業医 only (診療科は問いません), 週2日, 2027年1月 (今年度末 is the predecessor's leaving); organization the factory as written, without section; 1,200 is no phone",
        eml, g)


def m023():
    date = D(2026, 1, 14, 16, 45, 0)
    body = """地域医療マッチング事務局 御中

福島県喜多方市で、知的障がいのある方の入所施設を運営しております
社会福祉法人 いいで福祉会 障害者支援施設 いいでの里の施設長、五十嵐と申します。

当施設では利用者約60名の健康管理のために嘱託医をお願いしておりますが、
精神科の先生が昨年末で退かれ、服薬の調整などに困っております。

精神科の先生に、月2回程度（平日の午後）、施設での診察をお願いできないでしょうか。
契約は非常勤の嘱託となります。
開始は年度明けの4月を希望しておりますが、早まる分には問題ありません。

社会福祉法人 いいで福祉会
障害者支援施設 いいでの里
施設長　五十嵐 孝之
TEL 0241-22-5180
"""
    mid, eml = plain(23, "sjis", date, "五十嵐 孝之", "iide-sato@iide-fukushi.example.jp",
                     "嘱託医（精神科）のご紹介のお願い", body)
    g = gold(mid, "hospital", name="五十嵐 孝之", email="iide-sato@iide-fukushi.example.jp", phone="0241225180",
             organization="社会福祉法人 いいで福祉会 障害者支援施設 いいでの里", specialties=["精神科"],
             prefectures=["福島県"], municipality="喜多方市", employment=["part_time"], start="2026-04")
    add(23, "disability-facility-psychiatrist-kitakata-sjis", "hospital",
        "text/plain Shift_JIS 8bit; From/Subject RFC 2047 Shift_JIS B", "medium",
        "A residential facility for people with intellectual disabilities seeks a psychiatrist as 嘱託医: 精神科 only (no care-facility specialty: it is no 老健/特養), 月2回程度 -> part_time with days null, 年度明けの4月 in January -> 2026-04; organization written on one line in the body, on two in the signature",
        eml, g)


def m024():
    date = D(2026, 2, 26, 9, 40, 0)
    body = """地域医療マッチング事務局 ご担当者様

東京都利島村役場 住民課の前田と申します。
当村は伊豆諸島にある人口300人ほどの島で、村営の利島村診療所に医師1名が常駐する体制をとっております。
現在の所長が本年9月末で任期を終えるため、後任の医師を探しております。

・募集　　：常勤医師1名（診療所長）
・診療内容：外来、急病人の初期対応、本土の病院への搬送の判断
・求める方：総合診療、または内科全般を診られる先生
・着任　　：令和8年10月1日
・住居　　：村で医師住宅をご用意します（家具・家電付き）

島での暮らしにご関心をお持ちの先生がいらっしゃいましたら、ぜひご紹介ください。
一度島に来ていただいて見学いただくことも可能です。

利島村役場 住民課
前田 昌平
TEL 04992-9-0473
"""
    mid, eml = plain(24, "jis", date, "前田 昌平", "jumin@vill-toshima.example.jp",
                     "村営診療所の常勤医師について", body)
    g = gold(mid, "hospital", name="前田 昌平", email="jumin@vill-toshima.example.jp", phone="0499290473",
             organization="利島村役場", specialties=["総合診療科", "内科"], prefectures=["東京都"],
             municipality="利島村", employment=["full_time"], start="2026-10-01")
    add(24, "island-village-clinic-head-toshima-jis", "hospital",
        "text/plain ISO-2022-JP 7bit; From/Subject RFC 2047 ISO-2022-JP B", "easy",
        "A Tokyo island village recruits the head of its clinic: organization 利島村役場 (section dropped), 東京都 although rural, 総合診療/内科全般 -> 総合診療科 + 内科, 令和8年10月1日 -> 2026-10-01 (本年9月末 is the present head's end); 5-digit area code phone",
        eml, g)


def m025():
    date = D(2026, 10, 19, 23, 55, 12, tz=0)
    body = """ドクターセカンドキャリア
地域医療マッチング事務局 ご担当者様

いつもお世話になっております。
北海道紋別市の医療法人社団 流氷会 オホーツク中央病院 事務長の髙橋でございます。

当院（一般病床96床）では、循環器内科の常勤医が来年3月末で退職する予定のため、後任の先生を募集いたします。
心臓カテーテル検査は地域の基幹病院にお願いしており、当院ではⅡ度以上の心不全の管理、外来での心エコー・ホルター心電図の判読が中心となります。
一般内科の外来・病棟も一部ご担当いただきます。

　① 診療科：循環器内科（一般内科を含む）
　② 勤務形態：常勤
　③ 着任時期：2027年4月
　④ 待遇：年俸制、医師住宅あり、赴任費用は当院負担

何卒よろしくお願い申し上げます。

――――――――――――――――――
医療法人社団 流氷会 オホーツク中央病院
事務長　髙橋 秀明
TEL：０１５８－２４－３３６１
――――――――――――――――――
"""
    mid, eml = plain(25, "msjis", date, "髙橋 秀明", "jimucho@okhotsk-chuo.example.jp",
                     "循環器内科医師 募集のお願い", body,
                     extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", ew("循環器内科医師 募集のお願い", "msjis"))],
                     style="outlook")
    g = gold(mid, "hospital", name="髙橋 秀明", email="jimucho@okhotsk-chuo.example.jp", phone="0158243361",
             organization="医療法人社団 流氷会 オホーツク中央病院", specialties=["循環器内科", "内科"],
             prefectures=["北海道"], municipality="紋別市", employment=["full_time"], start="2027-04")
    add(25, "cardiology-monbetsu-msjis-roman-numeral", "hospital",
        "text/plain labelled iso-2022-jp with Microsoft extensions (Ⅱ ①-④ 髙 via cp932 rows), full-width digits in TEL; Date +0000 (already 20 Oct in Tokyo)", "hard",
        "Hospital seeks a full-time cardiologist: 循環器内科 + 一般内科 -> 内科, 2027年4月 (来年3月末 is the leaving doctor's end), Ⅱ度 is no number of days, 96床 is no phone; 髙 kept in the name",
        eml, g)


def m026():
    date = D(2026, 10, 28, 17, 2, 33)
    quoted = """医療法人 宇和会 宇和の郷病院
兵頭 様

先日はお電話でありがとうございました。事務局の村井です。
伺った内容で求人票の案を作りましたので、誤りがあればお知らせください。

【求人票（案）】
医療機関名：医療法人 宇和会 宇和の郷病院
所在地　　：愛媛県西予市宇和町
募集診療科：内科　　→消化器内科に直してください（内視鏡のできる先生を希望）
勤務形態　：常勤　　→非常勤（週2日）です。常勤ではありません
勤務開始　：2027年1月
住居　　　：応相談

""" + SEC_SIG
    body = """地域医療マッチング事務局 村井様

お世話になっております。宇和の郷病院の兵頭です。
求人票の案をありがとうございました。院長と確認し、直していただきたいところを下の案の中に書き込みました。
ほかは案のとおりで結構です。

兵頭 美紀
医療法人 宇和会 宇和の郷病院 総務課
TEL 0894-62-1457

2026/10/26 15:12, 地域医療マッチング事務局 wrote:
""" + quote(quoted) + "\n"
    mid, eml = plain(26, "utf8", date, "兵頭 美紀", "somu@uwanosato-hp.example.jp",
                     "Re: 求人票（案）のご確認のお願い【宇和の郷病院様】", body,
                     extra=[("In-Reply-To", "<draft.20261026151203.77a1@md2-rm.example.org>"),
                            ("References", "<draft.20261026151203.77a1@md2-rm.example.org>")])
    g = gold(mid, "hospital", name="兵頭 美紀", email="somu@uwanosato-hp.example.jp", phone="0894621457",
             organization="医療法人 宇和会 宇和の郷病院", specialties=["消化器内科"], prefectures=["愛媛県"],
             municipality="西予市", employment=["part_time"], days_per_week=2, start="2027-01")
    add(26, "listing-corrected-inside-quote-seiyo-utf8", "hospital",
        "text/plain UTF-8 8bit; reply with '> ' quote of the secretariat's draft; In-Reply-To/References", "hard",
        "The hospital corrects the quoted listing draft by writing inside it (内科 →消化器内科, 常勤 →非常勤（週2日）): specialties 消化器内科 only, part_time with 2 days, start 2027年1月 from the quote (ほかは案のとおり); the municipality 西予市 and address are only in the quoted draft",
        eml, g)


def m027():
    date = D(2026, 7, 10, 11, 20, 0)
    body = """地域医療マッチング事務局 ご担当者様

高知県高岡郡梼原町の町立四万川診療所で事務をしております、中越と申します。
当町には眼科と耳鼻科の医療機関がなく、町民は須崎市や高知市まで片道1時間半以上かけて通院しています。
そこで、当診療所の一室を使って専門の外来を開くことを考えております。

・眼科　　　　：月1回（土曜日）
・耳鼻咽喉科　：月2回（平日のいずれか）
いずれも非常勤で、半日程度の外来です。
9月から始められれば理想ですが、先生のご都合に合わせます。

交通費と宿泊費は町で負担いたします。
ご紹介いただける先生がいらっしゃいましたら、よろしくお願いいたします。

梼原町立四万川診療所
中越 里美
電話 0889-65-0802
"""
    mid, eml = plain(27, "utf8b", date, "中越 里美", "shimanto-gawa@town-yusuhara.example.jp",
                     "眼科・耳鼻科の出張外来のお願い", body)
    g = gold(mid, "hospital", name="中越 里美", email="shimanto-gawa@town-yusuhara.example.jp",
             phone="0889650802", organization="梼原町立四万川診療所", specialties=["眼科", "耳鼻咽喉科"],
             prefectures=["高知県"], municipality="梼原町", employment=["part_time"], start="2026-09")
    add(27, "town-clinic-eye-ent-sessions-yusuhara-b64", "hospital",
        "text/plain UTF-8 base64; From/Subject UTF-8 B", "medium",
        "A town clinic opens monthly specialist sessions: 眼科 + 耳鼻咽喉科 (also 耳鼻科), 月1回/月2回 -> part_time with days null, 9月から in July -> 2026-09; municipality 梼原町 (須崎市/高知市 are where residents travel now)",
        eml, g)


def m028():
    date = D(2026, 9, 8, 14, 0, 0)
    body = """地域医療マッチング事務局 御中

宮城県大崎市にあります青葉少年院で庶務課長をしております、及川と申します。
当院は十代の少年約50名を収容する施設で、医務室には常勤の医師が1名おりますが、
心の不調を抱える少年が増えており、精神科の先生に定期的に診ていただける体制を整えたいと考えております。

募集の概要は次のとおりです。
　診療科　　　精神科（児童思春期の診療のご経験があれば尚可）
　勤務形態　　非常勤　週1日（曜日はご相談に応じます）
　開始時期　　令和8年11月以降、できるだけ早く
　身分　　　　非常勤の国家公務員

少年院での勤務と聞くと身構えてしまう先生も多いのですが、施設の見学は随時お受けしております。
ご紹介いただければ幸いです。

青葉少年院 庶務課
及川 勝也
TEL 0229-23-5671
"""
    mid, eml = plain(28, "jis", date, "及川 勝也", "shomu@aoba-shonenin.example.jp",
                     "非常勤医師（精神科）の募集について", body)
    g = gold(mid, "hospital", name="及川 勝也", email="shomu@aoba-shonenin.example.jp", phone="0229235671",
             organization="青葉少年院", specialties=["精神科"], prefectures=["宮城県"], municipality="大崎市",
             employment=["part_time"], days_per_week=1, start="2026-11")
    add(28, "juvenile-training-school-psychiatry-osaki-jis", "hospital",
        "text/plain ISO-2022-JP 7bit; From/Subject RFC 2047 ISO-2022-JP B", "medium",
        "A juvenile training school (a state institution) seeks a weekly psychiatrist: hospital, 精神科, 非常勤 週1日, 令和8年11月以降 -> 2026-11; 十代/約50名 are no ages, 常勤の医師が1名 describes the present staff",
        eml, g)


def m029():
    date = D(2026, 4, 25, 22, 5, 17)
    body = """ホームページの「求人掲載のお申し込み」フォームから送信されました。

[施設名] 医療法人 安曇野会 北アルプスホスピス
[所在地] 長野県安曇野市穂高有明4120-3
[ご担当者] 務台 恵理子（むたい えりこ）
[ご担当者メール] mutai@azumino-hospice.example.jp
[電話] 0263-83-5560
[募集職種] 医師
[診療科] 緩和ケア、在宅医療（訪問診療）
[雇用形態] 常勤 / 非常勤（いずれも可）
[勤務開始] 随時
[PR] 北アルプスを望む20床のホスピス病棟と、訪問診療の部門があります。がん患者さんの症状緩和と、ご自宅での看取りまで一貫して関わっていただけます。

--
送信元IP: 192.0.2.188
"""
    femail = "www@md2-rm.example.org"
    mid = "form.h.20260425220517.2291@md2-rm.example.org"
    h = [("Return-Path", "<%s>" % femail),
         ("Received", "from web01.md2-rm.example.org (web01.md2-rm.example.org [192.0.2.51])\n\tby mx1.md2-rm.example.org (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (qid(mid), INBOX, recv_date(date, 1))),
         ("Date", date), ("From", addr("求人掲載フォーム", femail, "utf8")), ("To", INBOX),
         ("Reply-To", "mutai@azumino-hospice.example.jp"),
         ("Subject", ew("[求人掲載] 医療法人 安曇野会 北アルプスホスピス", "utf8")), ("Message-ID", "<%s>" % mid)]
    eml = single(h, body, "utf-8", "UTF-8", "quoted-printable")
    g = gold(mid, "hospital", name="務台 恵理子", name_kana="ムタイ エリコ", email="mutai@azumino-hospice.example.jp",
             phone="0263835560", organization="医療法人 安曇野会 北アルプスホスピス",
             specialties=["緩和ケア", "在宅医療"], prefectures=["長野県"], municipality="安曇野市",
             employment=["full_time", "part_time"])
    add(29, "listing-form-hospice-azumino-replyto", "hospital",
        "text/plain UTF-8 quoted-printable; listing form relay ([label] value); Reply-To set to the contact; From/Subject UTF-8 B", "easy",
        "Hospice listing form: hiragana reading in brackets after the contact name -> ムタイ エリコ, 緩和ケア + 在宅医療（訪問診療）, 常勤 / 非常勤 -> both, 随時 -> start null, 20床 and the sender IP are no data",
        eml, g)


def m030():
    date = D(2026, 11, 15, 1, 30, 0, tz=0)
    body = """地域医療マッチング事務局 ご担当者様

糸魚川市立ひすい病院 事務局総務係の猪俣です。
当院の整形外科は常勤医が1名のみとなり、手術や救急の受け入れに支障が出ております。

つきましては、来年度からの着任で、整形外科の常勤医師を1名募集いたします。
あわせて、常勤医の負担を減らすため、土日の日直・当直を月に数回お願いできる先生も探しております
（こちらは診療科を問いません）。

病院の概要を記した資料をお送りすることもできますので、お申し付けください。
どうぞよろしくお願いいたします。

糸魚川市立ひすい病院 事務局 総務係
猪俣 健太郎
〒941-0061 新潟県糸魚川市大町2-9-1
TEL 025-552-0718
"""
    mid, eml = plain(30, "euc", date, "猪俣 健太郎", "somu@hisui-hp.example.jp",
                     "整形外科医師の招へいについて", body)
    g = gold(mid, "hospital", name="猪俣 健太郎", email="somu@hisui-hp.example.jp", phone="0255520718",
             organization="糸魚川市立ひすい病院", specialties=["整形外科"], prefectures=["新潟県"],
             municipality="糸魚川市", employment=["full_time", "spot"], start="2027-04")
    add(30, "city-hospital-ortho-and-duty-itoigawa-eucjp", "hospital",
        "text/plain EUC-JP 8bit; From/Subject RFC 2047 EUC-JP B; Date +0000", "medium",
        "City hospital: 整形外科 常勤 from 来年度 (November -> 2027-04) plus weekend 日直・当直 of any specialty -> full_time + spot; 救急の受け入れ describes the hospital (no 救急科), 診療科を問いません adds nothing",
        eml, g)


def m031():
    date = D(2026, 9, 3, 21, 14, 0)
    body = """事務局さま
五島市で19床の有床診療所をやっている院長の浦です
私ひとりで外来と病棟をみていて正直限界です
内科か外科の先生で週3日来てくれる方を探してます、非常勤で
再来月からお願いできたらありがたいです　宿舎あります
詳しくは電話でも

医療法人 浦会 うら診療所
長崎県五島市富江町狩立1203
浦 泰三　0959-72-3318
"""
    mid, eml = plain(31, "utf8", date, "浦 泰三", "ura-cl@goto-net.example.jp", "医師募集", body,
                     extra=[("X-Mailer", "Android Mail")])
    g = gold(mid, "hospital", name="浦 泰三", email="ura-cl@goto-net.example.jp", phone="0959723318",
             organization="医療法人 浦会 うら診療所", specialties=["内科", "外科"], prefectures=["長崎県"],
             municipality="五島市", employment=["part_time"], days_per_week=3, start="2026-11")
    add(31, "island-inpatient-clinic-director-goto-terse", "hospital",
        "text/plain UTF-8 8bit (Android mail); From/Subject UTF-8 B; no punctuation at line ends", "medium",
        "A single-handed island clinic director (a physician, recruiting -> hospital) in six curt lines: 内科か外科, 週3日 非常勤, 再来月 in September -> 2026-11, 五島市; 19床 is no day count",
        eml, g)


def m032():
    date = D(2026, 4, 13, 10, 0, 0)
    body = """地域医療マッチング事務局 御中

青森県十和田市の一般財団法人 北奥羽保健協会 とわだ健診センターで事務長をしております、苫米地と申します。
当センターでは人間ドックと企業健診を年間約1万8千件お受けしておりますが、
胸部と胃部のX線の読影を担当していた医師が退職し、後任を探しております。

　職種：健診医（診察・結果説明）および読影
　勤務：週4日（月～木）、嘱託
　開始：6月1日から
　診療科：放射線科、または読影の経験がある内科の先生

ご紹介いただける先生がいらっしゃいましたら、よろしくお願いいたします。

一般財団法人 北奥羽保健協会 とわだ健診センター
事務長　苫米地 和也
TEL 0176-25-8840
"""
    mid, eml = plain(32, "sjis", date, "苫米地 和也", "jimucho@towada-kenshin.example.jp",
                     "健診医（読影）募集のご相談", body)
    g = gold(mid, "hospital", name="苫米地 和也", email="jimucho@towada-kenshin.example.jp", phone="0176258840",
             organization="一般財団法人 北奥羽保健協会 とわだ健診センター", specialties=["健診", "放射線科", "内科"],
             prefectures=["青森県"], municipality="十和田市", employment=["part_time"], days_per_week=4,
             start="2026-06-01")
    add(32, "checkup-centre-reader-towada-sjis", "hospital",
        "text/plain Shift_JIS 8bit (～ as WAVE DASH); From/Subject RFC 2047 Shift_JIS B", "medium",
        "Health-check centre seeks a check-up doctor who reads X-rays: 人間ドック/企業健診/健診医 -> 健診, 読影/放射線科 -> 放射線科, 内科; 週4日（月～木）嘱託 -> part_time/4, 6月1日 -> 2026-06-01; 1万8千件 is no number to extract",
        eml, g)


def m033():
    date = D(2026, 11, 20, 15, 15, 0)
    text = """地域医療マッチング事務局 ご担当者様

徳島県海部郡美波町の医療法人 日和佐会 ひわさ海岸病院で事務をしております、浜口と申します。
ホームページを拝見し、求人を出させていただきたくご連絡しました。
掲載にあたって費用はかかりますでしょうか。また、申込書の様式があれば送っていただけますか。

募集したいのは、小児科の先生に土曜日の午前中だけ外来をお願いするもので、
非常勤（週1日）、令和9年1月から、という形を考えております。
町内には小児科がなく、子育て中の方々から強い要望をいただいております。

浜口 沙織
TEL 0884-77-2261
"""
    fem = "hamaguchi.hiwasa@gmail.example.com"
    mid, h = hdrs_for(33, date, "浜口沙織", fem, "求人の掲載方法について", "utf8", style="gmail")
    parts = [leaf(text, "utf-8", "UTF-8", "base64"),
             leaf(gmail_html(text), "utf-8", "UTF-8", "base64", ctype="text/html")]
    eml = multipart(h, "alternative", "0000000000007e21b60644c9a1f0", parts)
    g = gold(mid, "hospital", name="浜口 沙織", email=fem, phone="0884772261",
             organization="医療法人 日和佐会 ひわさ海岸病院", specialties=["小児科"], prefectures=["徳島県"],
             municipality="美波町", employment=["part_time"], days_per_week=1, start="2027-01")
    add(33, "how-to-list-saturday-paediatrics-minami-gmail", "hospital",
        "multipart/alternative (Gmail): text/plain + text/html, UTF-8 base64; From/Subject UTF-8 B", "medium",
        "A hospital clerk asks about listing fees and the form, then describes the post: hospital (not general); 小児科 土曜午前 非常勤（週1日）, 令和9年1月 -> 2027-01, municipality 美波町 (海部郡 dropped); personal Gmail address as From",
        eml, g)


def m034():
    date = D(2026, 9, 30, 23, 20, 0, tz=0)
    body = """事務局ご担当者様

熊本県天草市で在宅療養支援診療所を運営しております、あまくさ在宅クリニックの坂梨と申します。
（医師ではなく、事務と連携の担当です）

当院は医師2名で、天草下島の約150名の患者さんの訪問診療を行っております。
看取りも年に60件ほどあり、医師の負担が大きくなってきたため、3人目の常勤医を募集することにいたしました。

内科の先生で、在宅医療に関心のある方を希望します。
着任は年度明け（4月）を考えておりますが、ご相談に応じます。

あまくさ在宅クリニック
坂梨 優
TEL 0969-22-9035
"""
    mid, eml = plain(34, "jis", date, "坂梨 優", "renkei@amakusa-zaitaku.example.jp",
                     "在宅医療に携わる常勤医師の募集", body)
    g = gold(mid, "hospital", name="坂梨 優", email="renkei@amakusa-zaitaku.example.jp", phone="0969229035",
             organization="あまくさ在宅クリニック", specialties=["在宅医療", "内科"], prefectures=["熊本県"],
             municipality="天草市", employment=["full_time"], start="2027-04")
    add(34, "home-care-clinic-amakusa-utc-nendoake", "hospital",
        "text/plain ISO-2022-JP 7bit; Date 30 Sep 23:20 +0000 (1 Oct in Tokyo)", "medium",
        "Home-care clinic's liaison clerk (says he/she is no physician) seeks a third full-time doctor: 在宅療養支援/訪問診療/在宅医療 + 内科, 年度明け（4月） in October -> 2027-04; 約150名/60件 are no ages",
        eml, g)


def m035():
    date = D(2026, 6, 22, 16, 40, 0)
    body = """Dear Secretariat,

I am writing on behalf of Sunrise Coast Medical Center on Miyako Island, Okinawa.
We are a 120-bed hospital and treat many visitors from abroad, so we are looking
for a physician who can work in English as well as in Japanese.

Position: emergency medicine, full-time
Start: April 2027 (negotiable)
Housing: provided by the hospital

Please let us know if any of your registered physicians might be interested.
We would be happy to arrange an online meeting.

Sincerely,

Emily Nakasone
Medical Staff Office
Sunrise Coast Medical Center
〒906-0013 沖縄県宮古島市平良下里1520
Tel: 0980-73-4120
"""
    mid, eml = plain(35, "utf8q", date, "Emily Nakasone", "staffing@sunrise-coast-mc.example.jp",
                     "Recruiting an emergency physician (Miyakojima, Okinawa)", body)
    g = gold(mid, "hospital", name="Emily Nakasone", email="staffing@sunrise-coast-mc.example.jp",
             phone="0980734120", organization="Sunrise Coast Medical Center", specialties=["救急科"],
             prefectures=["沖縄県"], municipality="宮古島市", employment=["full_time"], start="2027-04")
    add(35, "english-island-hospital-emergency-miyakojima", "hospital",
        "text/plain UTF-8 quoted-printable; English with a Japanese postal address", "medium",
        "English listing request from an island hospital: emergency medicine -> 救急科, full-time, April 2027 -> 2027-04, Okinawa -> 沖縄県, municipality 宮古島市 from the Japanese address; 120-bed is no number to extract",
        eml, g)


# ======================================================================= general

def m036():
    date = D(2026, 2, 5, 11, 0, 0)
    body = """地域医療マッチング事務局 御中

福井県医師会 事務局 広報担当の吉川と申します。
当会の会報「ふくい医報」4月号で、勤務医の定年後のキャリアを特集する予定です。
その中で貴事業をご紹介させていただきたく、以下についてご協力をお願いできませんでしょうか。

1. 事業の概要がわかる資料（パンフレットのPDFなど）
2. 差し支えなければ、福井県内の医療機関へのご紹介の実績（件数のみで結構です）
3. 会報に同封するチラシ800部のご送付

掲載の前には原稿をお送りし、ご確認いただきます。
お忙しいところ恐縮ですが、ご検討のほどよろしくお願いいたします。

福井県医師会 事務局 広報担当
吉川 奈緒
TEL 0776-24-7739
"""
    mid, eml = plain(36, "jis", date, "福井県医師会 広報", "koho@fukui-med-assoc.example.jp",
                     "会報での事業紹介と資料提供のお願い", body)
    g = gold(mid, "general", name="吉川 奈緒", email="koho@fukui-med-assoc.example.jp", phone="0776247739",
             organization="福井県医師会")
    add(36, "prefectural-assoc-bulletin-feature-fukui", "general",
        "text/plain ISO-2022-JP 7bit; From display name and Subject RFC 2047 ISO-2022-JP B", "easy",
        "A prefectural medical association's public-relations clerk asks for material, placement figures and 800 leaflets for its bulletin: general; 4月号/福井県内 are no lead data",
        eml, g)


def m037():
    date = D(2026, 5, 25, 21, 30, 0)
    body = """地域医療マッチング事務局 ご担当者様

はじめてご連絡いたします。岐阜県下呂市で市議会議員をしております、熊崎 亜希子と申します。
6月の定例会で市内の医師不足対策について一般質問を予定しており、その準備のために貴事業について教えていただきたくメールいたしました。

・自治体が事業を利用する場合の手続きと費用
・これまでに中山間地域の自治体へ医師を紹介された事例（公表できる範囲で）
・市の担当課からお問い合わせする場合の窓口

議会での発言に引用させていただく可能性がありますので、公表して差し支えない範囲でご回答いただければ幸いです。

熊崎 亜希子
携帯 090-4478-1206
"""
    mid, eml = plain(37, "utf8b", date, "熊崎 亜希子", "kumazaki.akiko@hida-mail.example.jp",
                     "事業についてのお問い合わせ（市議会の一般質問の準備）", body)
    g = gold(mid, "general", name="熊崎 亜希子", email="kumazaki.akiko@hida-mail.example.jp", phone="09044781206")
    add(37, "city-councillor-question-gero-b64", "general",
        "text/plain UTF-8 base64; From/Subject UTF-8 B", "medium",
        "A city councillor prepares a question in the city assembly (procedure, fees, examples): general, not hospital (she lists no post and is not the city's office); no organization stated as such; 6月 is no start",
        eml, g)


def m038():
    date = D(2026, 3, 11, 19, 12, 0)
    body = """地域医療マッチング事務局 御中

2月28日のセカンドキャリアセミナー（広島会場）に参加いたしました、内科医の浅利 康弘です。
当日、参加費3,000円の領収書をいただいたのですが、紛失してしまいました。
確定申告で使いたいので、お手数ですが再発行をお願いできますでしょうか。
宛名は「浅利康弘」でお願いいたします。

郵送先：〒730-0016 広島市中区幟町8-14-502
浅利 康弘
TEL 082-241-6630
"""
    mid, eml = plain(38, "sjis", date, "浅利 康弘", "asari.y@koi-net.example.jp", "領収書の再発行のお願い", body)
    g = gold(mid, "general", name="浅利 康弘", email="asari.y@koi-net.example.jp", phone="0822416630")
    add(38, "seminar-receipt-reissue-physician-sjis", "general",
        "text/plain Shift_JIS 8bit; From/Subject RFC 2047 Shift_JIS B", "medium",
        "A physician who attended a paid seminar asks for a new receipt: general (an administrative request, not about working); 内科医, 広島 and 2月28日 give no lead data",
        eml, g)


def m039():
    date = D(2026, 7, 14, 13, 45, 0)
    text = """地域医療マッチング事務局 ご担当者様

株式会社 白樺書房 編集部の水原と申します。
弊社では毎年、定年前後の医師の方に向けて『医師のセカンドキャリア読本』を刊行しており、現在2027年版の編集を進めております。
その中の「地域で働く」という章で、貴事業を1ページでご紹介させていただきたいと考えております。掲載料はいただきません。

つきましては、
・掲載のご許可
・事業概要の文章（400字程度）とロゴのデータのご提供
をお願いできますでしょうか。原稿の締め切りは9月末です。

ご検討のほど、よろしくお願いいたします。

水原 透
株式会社 白樺書房 編集部
TEL 03-5283-4417
"""
    fem = "t.mizuhara@shirakaba-shobo.example.jp"
    mid, h = hdrs_for(39, date, "水原 透", fem, "『医師のセカンドキャリア読本2027』掲載のご相談", "utf8")
    html = html_divs(text)
    parts = [leaf(text, "utf-8", "UTF-8", "quoted-printable"),
             leaf(html, "utf-8", "UTF-8", "quoted-printable", ctype="text/html")]
    eml = multipart(h, "alternative", "----=_Part_4417_1020394853.1784004300000", parts)
    g = gold(mid, "general", name="水原 透", email=fem, phone="0352834417", organization="株式会社 白樺書房")
    add(39, "publisher-guidebook-listing-alt-qp", "general",
        "multipart/alternative: text/plain + text/html, both UTF-8 quoted-printable; From/Subject UTF-8 B", "easy",
        "A publisher asks to feature the programme in a career guidebook for free: general (a request to the programme, not marketing); 2027年版/9月末/400字 are no lead data",
        eml, g)


def m040():
    date = D(2026, 10, 17, 10, 5, 0)
    body = """はじめまして。
夫がこの春に勤務医を退職しまして、ゆくゆくは地方で働くことも考えているようなのですが、
本人はパソコンがどうも苦手で……。
まずは私のアドレスでメールマガジンを受け取って、夫に見せたいと思っております。
こちらのアドレスに配信していただくことはできますでしょうか。

登録にあたって必要なことがあれば教えてください。

三ツ橋 和代
"""
    mid, eml = plain(40, "jis", date, "三ツ橋 和代", "kazuyo.m@hikari-home.example.jp",
                     "メールマガジンの申し込み", body)
    g = gold(mid, "general", name="三ツ橋 和代", email="kazuyo.m@hikari-home.example.jp")
    add(40, "wife-subscribes-for-husband-jis", "general",
        "text/plain ISO-2022-JP 7bit; From/Subject RFC 2047 ISO-2022-JP B", "medium",
        "A retired doctor's wife asks to receive the newsletter at her own address: general (a subscription request; no physician's details, no post sought yet); person fields are hers",
        eml, g)


def m041():
    date = D(2026, 3, 27, 8, 20, 0, tz=1)
    body = """Hello,

I am a fifth-year medical student at a university in Lyon, France, and I am writing
my thesis on how Japan brings physicians to under-served areas. I found your
programme through an article about retired doctors moving to small towns.

Would it be possible to visit your office for one or two days this summer, or to
interview a member of your staff online? I would also be grateful for any material
about the programme in English.

Thank you for your time.

Camille Roussel
"""
    mid, eml = plain(41, "ascii", date, "Camille Roussel", "camille.roussel@etu-lyon.example.org",
                     "Question about your programme (thesis research)", body)
    g = gold(mid, "general", name="Camille Roussel", email="camille.roussel@etu-lyon.example.org")
    add(41, "english-french-student-thesis-cet", "general",
        "text/plain US-ASCII 7bit; English; Date +0100", "easy",
        "A French medical student asks to visit or interview the staff for a thesis: general; 'fifth-year' is no age, the university is unnamed",
        eml, g)


def m042():
    date = D(2026, 8, 2, 20, 40, 0)
    text = """こんにちは
大分県の姫島村で地域おこし協力隊をしている堀です
8月のお盆に島出身のお医者さんたちが帰ってくるので　事業のチラシを配りたいです
30まいくらい送ってもらえますか？？
送り先　〒872-1501 大分県東国東郡姫島村1980-2　堀あて
堀 菜々子"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            + "".join("<div>%s</div>" % esc(l) for l in text.split("\n")) + "</body></html>\n")
    mid, h = hdrs_for(42, date, None, "nanako-hime@softmobile.example.jp", "ちらしください", "utf8")
    eml = single(h, html, "utf-8", "UTF-8", "base64", ctype="text/html")
    g = gold(mid, "general", name="堀 菜々子", email="nanako-hime@softmobile.example.jp")
    add(42, "island-volunteer-leaflets-mobile-html", "general",
        "text/html only, UTF-8 base64 (mobile mail, <div> per line); bare From; Subject UTF-8 B", "medium",
        "A rural-revitalisation volunteer on an island asks for 30 leaflets in careless mobile style: general; 8月/30/姫島村 are no lead data, the postal code is no phone; no organization",
        eml, g)


# ======================================================================= unsubscribe

def m043():
    date = D(2026, 4, 9, 9, 30, 0)
    body = """地域医療マッチング事務局 ご担当者様

みさき医科大学 消化器外科学講座 医局秘書の森永です。
当講座の前教授・柴垣先生宛てに、この医局の共用アドレスでメールマガジンをお送りいただいておりましたが、
先生は3月末で退職されました。
このアドレスは医局員みなが見るものですので、今後の配信は停止していただけますようお願いいたします。

森永 由香里
みさき医科大学 消化器外科学講座 医局
内線 3321
"""
    mid, eml = plain(43, "jis", date, "消化器外科 医局", "ikyoku-gs@misaki-med.example.jp",
                     "配信停止のお願い（前教授宛て）", body)
    g = gold(mid, "unsubscribe", name="森永 由香里", email="ikyoku-gs@misaki-med.example.jp",
             organization="みさき医科大学")
    add(43, "ikyoku-secretary-stop-former-professor-jis", "unsubscribe",
        "text/plain ISO-2022-JP 7bit; From display name and Subject RFC 2047 ISO-2022-JP B", "medium",
        "A department secretary stops the newsletter sent to a retired professor at the shared address: unsubscribe; person fields are the writer's (the professor is only mentioned), organization without the department, 内線 3321 is no phone, 3月末 no start",
        eml, g)


NEWS = """【地域医療マッチング通信】第52号　2026年6月

■今月の新着求人
No.1　島根県隠岐郡　内科（常勤）　2026年10月から
No.2　岩手県宮古市　整形外科（非常勤・週1日）
No.3　鹿児島県奄美市　透析（非常勤・週2日）　随時

■説明会のご案内
7月11日（土）オンライン説明会　定員50名

配信停止をご希望の方は、このメールにご返信ください。"""


def m044():
    date = D(2026, 6, 16, 6, 2, 0, tz=0)
    body = """今後この種のメールは不要です。リストから外してください。

長谷部

――――――――――――――――
医療法人社団 朋友会 はせべ内科医院
院長　長谷部 克己
TEL 0493-22-7715
――――――――――――――――

-----Original Message-----
From: 地域医療マッチング事務局 <md@md2-rm.example.org>
Sent: Tuesday, June 16, 2026 10:00 AM
To: info@hasebe-naika.example.jp
Subject: 【地域医療マッチング通信】第52号

""" + NEWS + "\n"
    mid, eml = plain(44, "msjis", date, "長谷部 克己", "info@hasebe-naika.example.jp",
                     "RE: 【地域医療マッチング通信】第52号", body,
                     extra=[("In-Reply-To", "<news.202606.52@md2-rm.example.org>"),
                            ("X-Mailer", "Microsoft Outlook 16.0"),
                            ("Thread-Topic", ew("【地域医療マッチング通信】第52号", "msjis"))], style="outlook")
    g = gold(mid, "unsubscribe", name="長谷部 克己", email="info@hasebe-naika.example.jp", phone="0493227715",
             organization="医療法人社団 朋友会 はせべ内科医院")
    add(44, "outlook-remove-from-list-clinic-msjis", "unsubscribe",
        "text/plain labelled iso-2022-jp written through cp932 as Outlook does (― ■, no NEC rows needed); Outlook '-----Original Message-----' with the newsletter unquoted; Date +0000", "medium",
        "A clinic director: 不要です。リストから外してください (no 配信停止 wording of his own) above an unquoted newsletter whose job data (島根県, 内科, 常勤, 2026年10月) and 配信停止 line must not count; name from the signature",
        eml, g)


def m045():
    date = D(2026, 8, 5, 12, 12, 0)
    body = """地域医療マッチング事務局 様

いつもお世話になっております。みよし高原病院 総務課の藤井です。
求人の掲載は引き続きお願いしたいのですが、メールマガジンは病院の代表アドレスに届いており、
担当者への転送の手間もありますので、配信を止めていただけますでしょうか。
求人についてのご連絡は、これまでどおりこのアドレスにお送りいただいて差し支えありません。

藤井 七海
医療法人 双三会 みよし高原病院 総務課
TEL 0824-63-9072
"""
    mid, eml = plain(45, "utf8q", date, "みよし高原病院 総務課", "info@miyoshi-kogen-hp.example.jp",
                     "メールマガジンの配信について", body)
    g = gold(mid, "unsubscribe", name="藤井 七海", email="info@miyoshi-kogen-hp.example.jp", phone="0824639072",
             organization="医療法人 双三会 みよし高原病院")
    add(45, "hospital-keeps-listing-stops-newsletter-qp", "unsubscribe",
        "text/plain UTF-8 quoted-printable; From display name and Subject RFC 2047 UTF-8 B", "hard",
        "A hospital with a live listing asks to stop only the newsletter (配信を止めて): unsubscribe, not hospital (no post described); organization from the signature without the section",
        eml, g)


def m046():
    date = D(2026, 11, 21, 23, 10, 0)
    body = """メールマガジンの講読解除のやり方がよくわからないので、そちらで解除してもらえますか。
もう常勤で働き始めたので、案内は必要ありません。
登録しているのはこのアドレスです。

岩佐
"""
    mid, eml = plain(46, "euc", date, "岩佐 公平", "iwasa.kohei@tsugaru-net.example.jp", "講読解除", body)
    g = gold(mid, "unsubscribe", name="岩佐 公平", email="iwasa.kohei@tsugaru-net.example.jp")
    add(46, "typo-kodoku-kaijo-eucjp", "unsubscribe",
        "text/plain EUC-JP 8bit; From/Subject RFC 2047 EUC-JP B", "medium",
        "A doctor misspells 購読解除 as 講読解除 and asks the secretariat to do it: unsubscribe; 常勤で働き始めた gives no doctor fields; full name only in the From display name",
        eml, g)


# ======================================================================= auto_reply

def m047():
    date = D(2026, 11, 20, 9, 0, 12)
    body = """このメールは自動で返信しています。

上川町役場では、庁舎移転の作業のため、11月20日（金）から11月23日（月・祝）まで
メールの受信内容を確認することができません。
11月24日（火）以降に順次対応いたしますので、ご了承ください。

お急ぎの方は、下記までお電話ください（平日8時30分～17時15分）。
上川町役場 総務課　01658-2-1211

※本メールへの返信はご遠慮ください。
"""
    mid, eml = plain(47, "jis", date, "上川町役場 総務課", "soumu@town-kamikawa.example.jp",
                     "【自動返信】庁舎移転に伴うメール対応の休止について", body,
                     extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
                            ("Precedence", "auto_reply")])
    eml = eml.replace(b"Return-Path: <soumu@town-kamikawa.example.jp>", b"Return-Path: <>")
    add(47, "town-office-relocation-autoreply-jis", "auto_reply",
        "text/plain ISO-2022-JP 7bit; Auto-Submitted: auto-replied, X-Autoreply, Precedence: auto_reply; Return-Path <>", "easy",
        "A town office's notice that mail is not read during its move to a new building: auto_reply; the office name, dates and phone are no lead data",
        eml, gold(mid, "auto_reply"))


def m048():
    date = D(2026, 6, 10, 3, 15, 40, tz=-5)
    text = """I am attending a conference in Chicago and will be back in the office on June 22.
I will have limited access to e-mail until then.

シカゴでの学会に出張中のため、6月22日まで不在にしております。
メールの確認が遅れますことをご了承ください。
急ぎのご用件は循環器内科医局（内線4120）までお願いします。

久我 俊介"""
    fem = "s.kuga.cardio@gmail.example.com"
    mid, h = hdrs_for(48, date, "Shunsuke Kuga", fem, "Away until June 22 / 不在のお知らせ", "utf8", style="gmail",
                      extra=[("Auto-Submitted", "auto-replied")])
    parts = [leaf(text, "utf-8", "UTF-8", "base64"),
             leaf(gmail_html(text), "utf-8", "UTF-8", "base64", ctype="text/html")]
    eml = multipart(h, "alternative", "000000000000c93f0a0652b7e4d1", parts)
    add(48, "gmail-vacation-congress-chicago-cdt", "auto_reply",
        "multipart/alternative (Gmail vacation responder): UTF-8 base64 text + html; Auto-Submitted: auto-replied; Date -0500", "easy",
        "A cardiologist's bilingual vacation responder from a congress: auto_reply; 循環器内科, June 22/6月22日 and the extension are no lead data",
        eml, gold(mid, "auto_reply"))


def m049():
    date = D(2026, 9, 19, 19, 32, 8)
    body = """本メールは、整形外科医局の共用アドレスから自動でお送りしている返信です。

医局の受付時間は平日9時～17時です。時間外・休日にいただいたメールは、翌営業日以降に担当者が拝見いたします。
医師の派遣や当直のご依頼につきましては、医局長宛てに文書でお願いしております。

せとうち医科大学 整形外科学教室 医局
"""
    mid, eml = plain(49, "utf8", date, "整形外科 医局", "ortho-office@setouchi-med.example.jp",
                     "Re: 【地域医療マッチング通信】第55号", body)
    add(49, "ikyoku-after-hours-reply-no-headers", "auto_reply",
        "text/plain UTF-8 8bit; no Auto-Submitted or X-Autoreply header; 'Re:' subject", "hard",
        "A university department's shared mailbox answers after hours: auto_reply recognisable only by its wording (自動でお送りしている返信); 医師の派遣や当直 must not make it hospital",
        eml, gold(mid, "auto_reply"))


def m050():
    date = D(2026, 7, 27, 8, 41, 0, tz=0)
    text = """お世話になっております。
人事課の真壁は、育児休業のため2027年3月31日まで不在にしております。
医師の採用・招へいに関するお問い合わせは、人事課 採用担当（saiyo@kesennuma-shimin-hp.example.jp／0226-22-7101）までお願いいたします。

This is an automatic reply. I am on childcare leave until 31 March 2027."""
    fem = "makabe.r@kesennuma-shimin-hp.example.jp"
    mid, h = hdrs_for(50, date, "真壁 理沙", fem, "自動応答: 非常勤医師の募集について", "utf8", style="outlook",
                      extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                             ("X-MS-Exchange-Inbox-Rules-Loop", fem)])
    html = html_divs(text, style="font-family:Meiryo UI,sans-serif;font-size:11pt")
    parts = [leaf(text, "utf-8", "utf-8", "base64"),
             leaf(html, "utf-8", "utf-8", "base64", ctype="text/html")]
    eml = multipart(h, "alternative", "_000_OS3P286MB1774C2E0A1B9F8D7E6C5OS3P286MB1774JPNP_", parts)
    add(50, "exchange-childcare-leave-hr-alt", "auto_reply",
        "multipart/alternative (Exchange): text + html UTF-8 base64; Subject '自動応答:' UTF-8 B; Auto-Submitted: auto-generated, X-Auto-Response-Suppress; Date +0000", "easy",
        "A hospital HR officer's childcare-leave notice answering our mail about a part-time post: auto_reply; 医師の採用, 非常勤医師, the phone and 2027年3月31日 are no lead data",
        eml, gold(mid, "auto_reply"))


def m051():
    date = D(2026, 5, 12, 14, 2, 55)
    body = """※このメールはシステムより自動送信されています。

お問い合わせを受け付けました。
受付番号：K-2026-01184

内容を確認のうえ、担当課より5開庁日以内にご連絡いたします。

――― 受付内容 ―――
お問い合わせ種別：医師確保対策について
件名：事業のご案内
――――――――――

鳥取県 福祉保健部 医療政策課（医師確保推進室）
"""
    mid, eml = plain(51, "sjis", date, None, "no-reply@toiawase.pref-tottori.example.jp",
                     "【受付完了】お問い合わせを受け付けました（受付番号 K-2026-01184）", body,
                     extra=[("X-Autoreply", "yes")])
    add(51, "prefecture-inquiry-receipt-x-autoreply-sjis", "auto_reply",
        "text/plain Shift_JIS 8bit; X-Autoreply: yes only; Subject RFC 2047 Shift_JIS B", "medium",
        "A prefecture's inquiry system confirms receipt with a ticket number: auto_reply; 医師確保, 鳥取県 and the number K-2026-01184 are no lead data",
        eml, gold(mid, "auto_reply"))


# ======================================================================= bounce

def orig_intro(rcpt, odate, omid):
    """The secretariat's introduction mail, as a bounce returns it (ISO-2022-JP)."""
    text = """飯塚 先生

ドクターセカンドキャリア 地域医療マッチング事務局の村井です。
先日お知らせいただいたご希望（内科・非常勤・週2日・大分県）に合う求人がございましたので、ご紹介いたします。

竹田市の医療法人 緑風会 くじゅう高原病院　内科外来（週2日）　2027年1月から

ご関心があればお知らせください。
"""
    h = [("Date", odate), ("From", addr("地域医療マッチング事務局", INBOX, "jis")), ("To", rcpt),
         ("Subject", ew("求人のご紹介（大分県竹田市）")), ("Message-ID", "<%s>" % omid)]
    return single(h, text, "iso2022_jp", "ISO-2022-JP", "7bit")


def m052():
    date = D(2026, 10, 2, 10, 4, 31)
    rcpt = "iizuka.m@bungo-net.example.jp"
    mid = "20261002010431.6C2A21F03B@mx.bungo-net.example.jp"
    text = """This is the mail system at host mx.bungo-net.example.jp.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<%s>: host mbox.bungo-net.example.jp[198.51.100.61] said:
    550 5.1.1 <%s>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)
""" % (rcpt, rcpt)
    status = """Reporting-MTA: dns; mx.bungo-net.example.jp
X-Postfix-Queue-ID: 6C2A21F03B
X-Postfix-Sender: rfc822; md@md2-rm.example.org
Arrival-Date: Fri,  2 Oct 2026 10:04:29 +0900 (JST)

Final-Recipient: rfc822; %s
Original-Recipient: rfc822;%s
Action: failed
Status: 5.1.1
Remote-MTA: dns; mbox.bungo-net.example.jp
Diagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient address rejected: User
    unknown in virtual mailbox table
""" % (rcpt, rcpt, rcpt)
    orig = orig_intro(rcpt, D(2026, 10, 2, 10, 4, 20), "intro.20261002100420.3310@md2-rm.example.org")
    hdrs = [("Return-Path", "<>"),
            ("Received", received("mx.bungo-net.example.jp", "198.51.100.60", qid(mid), recv_date(date))),
            ("Date", date),
            ("From", "MAILER-DAEMON@mx.bungo-net.example.jp (Mail Delivery System)"),
            ("To", INBOX), ("Subject", "Undelivered Mail Returned to Sender"),
            ("Message-ID", "<%s>" % mid), ("Auto-Submitted", "auto-replied")]
    parts = [raw_part("text/plain; charset=us-ascii", crlf(text).encode("ascii"),
                      extra=[("Content-Description", "Notification")]),
             raw_part("message/delivery-status", crlf(status).encode("ascii"),
                      extra=[("Content-Description", "Delivery report")]),
             raw_part("message/rfc822", orig, extra=[("Content-Description", "Undelivered Message")])]
    eml = report(hdrs, "6C2A21F03B.1790903071/mx.bungo-net.example.jp", parts)
    add(52, "postfix-user-unknown-returned-introduction", "bounce",
        "multipart/report (Postfix): text/plain + message/delivery-status + message/rfc822 (the original in ISO-2022-JP)", "easy",
        "Postfix DSN, 550 5.1.1 user unknown, returning our introduction of a post to a doctor: bounce; the returned mail's 内科, 大分県, 竹田市, 週2日 and 2027年1月 are no lead data",
        eml, gold(mid, "bounce"))


def m053():
    date = D(2026, 8, 18, 15, 20, 2)
    rcpt = "jimu@sanriku-clinic.example.jp"
    mid = "20260818062002.1B7F3A40C2@mail.md2-rm.example.org"
    text = """This is the mail system at host mail.md2-rm.example.org.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

                   The mail system

<%s>: connect to mx.sanriku-clinic.example.jp[198.51.100.90]:25:
    Connection timed out
""" % rcpt
    status = """Reporting-MTA: dns; mail.md2-rm.example.org
X-Postfix-Queue-ID: 1B7F3A40C2
X-Postfix-Sender: rfc822; md@md2-rm.example.org
Arrival-Date: Tue, 18 Aug 2026 11:05:40 +0900 (JST)

Final-Recipient: rfc822; %s
Original-Recipient: rfc822;%s
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.sanriku-clinic.example.jp[198.51.100.90]:25:
    Connection timed out
Will-Retry-Until: Sun, 23 Aug 2026 11:05:40 +0900 (JST)
""" % (rcpt, rcpt)
    orig = """Date: Tue, 18 Aug 2026 11:05:38 +0900
From: %s <md@md2-rm.example.org>
To: jimu@sanriku-clinic.example.jp
Subject: %s
Message-ID: <listing.20260818110538.0912@md2-rm.example.org>
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-2022-JP
""" % (ew("地域医療マッチング事務局"), ew("求人掲載フォームのご案内"))
    hdrs = [("Return-Path", "<>"),
            ("Received", "by mail.md2-rm.example.org (Postfix)\n\tid %s; %s" % (qid(mid), recv_date(date, 0))),
            ("Date", date),
            ("From", "MAILER-DAEMON@mail.md2-rm.example.org (Mail Delivery System)"),
            ("To", INBOX), ("Subject", "Delayed Mail (still being retried)"),
            ("Message-ID", "<%s>" % mid), ("Auto-Submitted", "auto-replied")]
    parts = [raw_part("text/plain; charset=us-ascii", crlf(text).encode("ascii"),
                      extra=[("Content-Description", "Notification")]),
             raw_part("message/delivery-status", crlf(status).encode("ascii"),
                      extra=[("Content-Description", "Delivery report")]),
             raw_part("text/rfc822-headers", crlf(orig).encode("ascii"),
                      extra=[("Content-Description", "Undelivered Message Headers")])]
    eml = report(hdrs, "1B7F3A40C2.1787035202/mail.md2-rm.example.org", parts)
    add(53, "postfix-delayed-still-retried", "bounce",
        "multipart/report (Postfix delay notice): text/plain + message/delivery-status (Action: delayed, 4.4.1) + text/rfc822-headers", "medium",
        "Our own server's 'Delayed Mail (still being retried)' warning, not yet a failure: still a delivery status notification -> bounce; 'YOU DO NOT NEED TO RESEND' must not make it an auto_reply",
        eml, gold(mid, "bounce"))


def m054():
    date = D(2026, 3, 3, 22, 48, 19)
    rcpt = "dr.kanemaru@webmail.example.com"
    mid = "69e2f1a0.5d7c.4b31.9f20.3c88e1d0a7b2@mx.webmail.example.com"
    text = """アドレスが見つかりませんでした

dr.kanemaru@webmail.example.com にメールが配信されませんでした。アドレスが見つからないか、メールを受信できないアドレスです。

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.
"""
    html = ("<html><body><table><tr><td><h2>アドレスが見つかりませんでした</h2>"
            "<p><b>%s</b> にメールが配信されませんでした。アドレスが見つからないか、メールを受信できないアドレスです。</p>"
            "<p>The response from the remote server was:</p><p>550 5.1.1 The email account that you tried to reach does not exist.</p>"
            "</td></tr></table></body></html>\n" % rcpt)
    status = """Reporting-MTA: dns; mx.webmail.example.com
Received-From-MTA: dns; mail.md2-rm.example.org
Arrival-Date: Tue, 03 Mar 2026 05:48:17 -0800 (PST)
X-Original-Message-ID: <news.202603.49@md2-rm.example.org>

Final-Recipient: rfc822; %s
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.
Last-Attempt-Date: Tue, 03 Mar 2026 05:48:19 -0800 (PST)
""" % rcpt
    orig = """Date: Tue, 3 Mar 2026 22:48:00 +0900
From: %s <md@md2-rm.example.org>
To: dr.kanemaru@webmail.example.com
Subject: %s
Message-ID: <news.202603.49@md2-rm.example.org>
""" % (ew("地域医療マッチング事務局"), ew("【地域医療マッチング通信】第49号"))
    alt = multipart([], "alternative", "000000000000b7d4f30642a1e9c8",
                    [leaf(text, "utf-8", "UTF-8", "base64"),
                     leaf(html, "utf-8", "UTF-8", "quoted-printable", ctype="text/html")])
    alt_ph, alt_body = alt.split(b"\r\n\r\n", 1)
    alt_ct = alt_ph.decode("ascii").split("Content-Type: ", 1)[1]
    hdrs = [("Return-Path", "<>"),
            ("Received", received("mx.webmail.example.com", "198.51.100.201", qid(mid), recv_date(date))),
            ("Date", D(2026, 3, 3, 5, 48, 19, tz=-8)),
            ("From", "Mail Delivery Subsystem <mailer-daemon@webmail.example.com>"),
            ("To", INBOX), ("Subject", "Delivery Status Notification (Failure)"),
            ("Message-ID", "<%s>" % mid), ("Auto-Submitted", "auto-replied")]
    parts = [([("Content-Type", alt_ct.replace("\r\n", "\n"))], alt_body),
             raw_part("message/delivery-status", crlf(status).encode("ascii")),
             raw_part("text/rfc822-headers", crlf(orig).encode("ascii"))]
    eml = report(hdrs, "000000000000b7d4f00642a1e9c8", parts, preamble="")
    add(54, "webmail-address-not-found-japanese-alt", "bounce",
        "multipart/report: multipart/alternative (Japanese text UTF-8 base64 + html QP) + message/delivery-status + text/rfc822-headers; Date -0800", "medium",
        "A large webmail provider's 'アドレスが見つかりませんでした' failure in Japanese: bounce; the failed address looks like a doctor's but is no lead data",
        eml, gold(mid, "bounce"))


def m055():
    date = D(2026, 7, 7, 16, 31, 50)
    mid = "202607071631.06F7VoQ4018327@mail.nishiiyo-hp.example.jp"
    body = """以下のメールは、宛先のメールサーバで受信を拒否されたため配送できませんでした。
メッセージのサイズが、受信側で許可されている上限（10MB）を超えています。

　宛先：　　kanri@nishiiyo-hp.example.jp
　理由：　　552 5.3.4 Message size exceeds fixed maximum message size
　送信日時：2026年7月7日 16時31分

添付ファイルを小さくするか、分割してから再度送信してください。

―――― 元のメッセージのヘッダ ――――
Date: Tue, 7 Jul 2026 16:31:44 +0900
From: md@md2-rm.example.org
To: kanri@nishiiyo-hp.example.jp
Subject: 求人票（PDF）と医師の履歴書の送付について
Message-ID: <send.20260707163144.0447@md2-rm.example.org>

西伊予病院 メールシステム管理者
"""
    hdrs = [("Return-Path", "<>"),
            ("Received", received("mail.nishiiyo-hp.example.jp", "198.51.100.140", qid(mid), recv_date(date))),
            ("Date", date),
            ("From", addr("メールシステム管理者", "postmaster@nishiiyo-hp.example.jp", "jis")),
            ("To", INBOX), ("Subject", ew("配送エラーのお知らせ（サイズ超過）")),
            ("Message-ID", "<%s>" % mid)]
    eml = single(hdrs, body, "iso2022_jp", "ISO-2022-JP", "7bit")
    add(55, "japanese-plain-size-limit-bounce-jis", "bounce",
        "text/plain ISO-2022-JP 7bit from postmaster (not multipart/report, no DSN fields); Return-Path <>", "medium",
        "A hospital's mail administrator reports in Japanese that our mail with a PDF exceeded its 10MB limit (552 5.3.4): bounce; 求人票 and 履歴書 in the returned subject are no lead data",
        eml, gold(mid, "bounce"))


# ======================================================================= spam

def m056():
    date = D(2026, 6, 30, 10, 0, 0)
    body = """院長先生、事務長様

突然のご案内失礼いたします。医療機関専門の補助金申請サポート「メディサポ補助金センター」です。

今年度も、医療機関が使える補助金・助成金の公募が始まっています。
　・電子カルテ・オンライン資格確認の導入
　・医師・看護師の採用や常勤医の確保に係る経費
　・在宅医療・訪問診療の車両購入
当センターでは、全国の病院・クリニック・介護施設様の申請書作成を完全成功報酬で代行いたします。

▼無料診断（所要3分）はこちら
https://hojokin-medisupo.example.com/check?id=7731

━━━━━━━━━━━━━━━━━━
メディサポ補助金センター（株式会社メディサポ）
東京都港区芝5-29-11
TEL 0120-550-781（平日10時～18時）
今後のご案内が不要な方は、こちらから配信停止のお手続きをお願いします。
https://hojokin-medisupo.example.com/stop
━━━━━━━━━━━━━━━━━━
"""
    mid, eml = plain(56, "jis", date, "メディサポ補助金センター", "info@hojokin-medisupo.example.com",
                     "【医療機関様向け】今年度の補助金、まだ間に合います", body,
                     extra=[("List-Unsubscribe", "<https://hojokin-medisupo.example.com/stop>"),
                            ("Precedence", "bulk")])
    add(56, "subsidy-application-agency-spam-jis", "spam",
        "text/plain ISO-2022-JP 7bit; List-Unsubscribe, Precedence: bulk", "easy",
        "Subsidy-application agency's mass mail to hospitals: spam; 常勤医の確保, 在宅医療, 全国, 介護施設 and a 配信停止 link must not make it hospital or unsubscribe; the 0120 number is no phone to extract",
        eml, gold(mid, "spam"))


def m057():
    date = D(2026, 9, 24, 4, 12, 9)
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:sans-serif">
<table width="560" align="center"><tr><td>
<p><b>Microsoft 365</b></p>
<p>md@md2-rm.example.org 様</p>
<p>お使いのアカウントのパスワードは <b>本日</b> 有効期限が切れます。<br>
引き続き同じパスワードを使用するには、24時間以内に下記から確認を行ってください。</p>
<p><a href="https://m365-account-verify.example.com/keep?u=md%40md2-rm.example.org"
style="background:#0078d4;color:#fff;padding:8px 16px;text-decoration:none">現在のパスワードを維持する</a></p>
<p style="color:#666;font-size:11px">このメールは自動送信されています。返信しないでください。</p>
</td></tr></table></body></html>
"""
    mid, h = hdrs_for(57, date, "Microsoft 365 管理センター", "admin-notice@m365-account-verify.example.com",
                      "パスワードの有効期限が本日切れます", "utf8", extra=[("X-Priority", "1")])
    eml = single(h, html, "utf-8", "utf-8", "base64", ctype="text/html")
    add(57, "password-expiry-phishing-html", "spam",
        "text/html only, UTF-8 base64; From/Subject UTF-8 B; X-Priority 1", "easy",
        "Password-expiry phishing posing as Microsoft 365 with a look-alike link: spam; 'このメールは自動送信されています' must not make it an auto_reply",
        eml, gold(mid, "spam"))


def m058():
    date = D(2026, 2, 17, 9, 30, 0, tz=-5)
    body = """FINAL NOTICE - DOMAIN SERVICE EXPIRATION

Domain: md2-rm.example.org
Attention: Secretariat / Administrator

Your domain search engine listing is about to expire. Failure to complete your
search engine optimization submission by Feb 19, 2026 may result in the
cancellation of this offer and make it difficult for doctors, hospitals and
patients to find your website.

Secure submission: https://domain-listing-services.example.com/pay?d=md2-rm

This is not a bill. This is an optional service offer.
To unsubscribe from future notices reply REMOVE.
"""
    mid, eml = plain(58, "ascii", date, "Domain Services", "notice@domain-listing-services.example.com",
                     "FINAL NOTICE: md2-rm.example.org domain listing expiration", body)
    add(58, "english-domain-listing-scam", "spam",
        "text/plain US-ASCII 7bit; English; Date -0500", "easy",
        "English 'domain expiration' notice that sells search listing: spam; doctors/hospitals wording, a deadline month and 'reply REMOVE' must not make it unsubscribe or general",
        eml, gold(mid, "spam"))


def m059():
    date = D(2026, 10, 6, 12, 0, 0)
    text = """先生方へ　当直・オンコールのお供に

━━━━━━━━━━━━━━━━━━━━
医師のためのスクラブ専門店「ドクタークロス」
秋の新作 ストレッチスクラブ 全12色
━━━━━━━━━━━━━━━━━━━━

常勤の先生も、非常勤・スポット勤務の先生も、
当直明けまで快適な着心地。
内科・外科・整形外科・小児科の先生方にご愛用いただいています。

★本日から10月12日まで 全品20％OFF
★名入れ刺繍 無料（クーポンコード DR2026）

▼ショップはこちら
https://doctorcloth-shop.example.com/

配信停止はこちら：https://doctorcloth-shop.example.com/unsubscribe
"""
    mid, h = hdrs_for(59, date, "ドクタークロス", "news@doctorcloth-shop.example.com",
                      "【秋の新作】当直明けもラクなスクラブ 全品20％OFF", "utf8",
                      extra=[("List-Unsubscribe", "<https://doctorcloth-shop.example.com/unsubscribe>"),
                             ("Precedence", "bulk")])
    html = html_divs(text, style="font-family:sans-serif;color:#333")
    parts = [leaf(text, "utf-8", "UTF-8", "quoted-printable"),
             leaf(html, "utf-8", "UTF-8", "quoted-printable", ctype="text/html")]
    eml = multipart(h, "alternative", "=_doctorcloth_6f1e2a9c", parts)
    add(59, "scrubs-shop-ad-alt-qp", "spam",
        "multipart/alternative: text + html UTF-8 quoted-printable; List-Unsubscribe, Precedence: bulk", "easy",
        "A medical-scrubs shop's advertisement to doctors: spam; 常勤/非常勤/スポット/当直, 内科/外科/整形外科/小児科, 10月12日 and 配信停止 all appear",
        eml, gold(mid, "spam"))


def m060():
    date = D(2026, 11, 10, 7, 45, 0)
    body = """会員各位

日本地域医療総合学会 事務局です。
会員管理システムの確認で、先生の2026年度年会費（12,000円）が未納となっております。
本日から3日以内にお手続きがない場合、会員資格および専門医の更新単位が失効いたします。

下記の会員ページからログインし、クレジットカードでお支払いください。
https://chiiki-iryo-gakkai.example.com/member/login

会員番号・医籍登録番号・生年月日の入力が必要です。

日本地域医療総合学会 事務局
"""
    mid, eml = plain(60, "jis", date, "日本地域医療総合学会 事務局", "office@chiiki-iryo-gakkai.example.com",
                     "【重要】年会費未納のお知らせ（会員資格失効の前に）", body,
                     extra=[("Reply-To", "payment-desk@kaihi-shiharai.example.com")])
    add(60, "fake-society-fee-phishing-jis", "spam",
        "text/plain ISO-2022-JP 7bit; Reply-To to another domain", "medium",
        "Phishing posing as a medical society's unpaid-fee notice (login, card, 医籍登録番号, 生年月日): spam; no lead field although Reply-To is set and 2026年度/12,000円 appear",
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
