#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Development mail for madoguchi parse: 40 invented messages with gold leads.

    python3 generate.py [OUTDIR]     # writes NNN-slug.eml, NNN-slug.json, index.tsv

People, institutions, numbers and addresses are invented; only .example.jp,
.example.com and .example.org domains are used.  The output is deterministic.
MIME is assembled by hand (RFC 2047 words, base64 and quoted-printable via the
standard library) so that every byte, charset label and transfer encoding is what
index.tsv says; CRLF line endings throughout.
The MIME and encoding helpers are those of ../tools/mailgen.py.
"""
import html as htmlmod
import os
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tools"))
from mailgen import (  # noqa: E402
    addr, cte_apply, encode, ew, ewq, gold, head, INBOX, leaf, multipart, received, single,
    write_set)


MAILS = []


def add(num, slug, cat, enc, diff, desc, eml, g):
    MAILS.append(dict(num=num, slug=slug, cat=cat, enc=enc, diff=diff, desc=desc, eml=eml, gold=g))


def rcv(host, when):
    """One Received line from host to the secretariat's MX; IP and queue id follow from host."""
    h = zlib.crc32(host.encode("ascii"))
    ip = "%s.%d" % (("192.0.2", "198.51.100", "203.0.113")[h % 3], 1 + h % 253)
    qid = "4%s" % format(h, "X").rjust(8, "0") + "xQz"
    return received(host, ip, qid, when)


def std(mid, date, frm, subj, to=INBOX, rp=None, host=None, extra=()):
    """The usual header block of an inbound mail (Return-Path, Received, Date, From, To,
    Subject, Message-ID) followed by the extra pairs."""
    pairs = []
    if rp is not None:
        pairs.append(("Return-Path", rp))
    if host is not None:
        pairs.append(("Received", rcv(host, date)))
    pairs += [("Date", date), ("From", frm), ("To", to), ("Subject", subj),
              ("Message-ID", "<%s>" % mid)]
    return pairs + list(extra)


def to_html(text, charset, font="sans-serif"):
    """A simple mail-client HTML rendering of text: one <div> per line, &nbsp; for blank lines."""
    rows = []
    for line in text.strip("\n").split("\n"):
        rows.append("<div>%s</div>" % (htmlmod.escape(line, quote=False) if line.strip() else "&nbsp;"))
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n</head>\n'
            '<body style="font-family:%s">\n%s\n</body>\n</html>\n' % (charset, font, "\n".join(rows)))


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in text.strip("\n").split("\n"))


NEWSLETTER = """━━━━━━━━━━━━━━━━━━━━━━━━━━━━
地域医療マッチング通信　2026年2月号
━━━━━━━━━━━━━━━━━━━━━━━━━━━━

■今月の新着求人
・北海道 中頓別町　内科（常勤）　令和8年4月～
・秋田県 湯沢市　整形外科（非常勤・週1日）
・高知県 四万十市　当直（スポット）　月2回程度
・鹿児島県 与論町　総合診療（常勤）　2026年6月～

■説明会のご案内
3月14日（土）オンライン説明会を開催します。

配信停止をご希望の方はこちら：https://md2-rm.example.org/news/stop
ドクターセカンドキャリア 地域医療マッチング事務局
TEL 03-6675-9919"""


# ======================================================================= doctor

def m001():
    mid = "000c01dc53c2$8a1f4e70$9e5deb50$@kitanet.example.jp"
    body = """地域医療マッチング事務局
ご担当者様

突然のメールにて失礼いたします。
仙台市内の東北矯正医療センターで、矯正医官として二十年あまり勤務しております佐々木と申します。
現在63歳で、来年3月末をもって退官する予定です。

退官後は、医師の少ない地域で外来診療のお手伝いができればと考えておりましたところ、
知人から貴事業のことを聞き、ご連絡いたしました。

希望は以下のとおりです。
① 診療科：内科（一般内科の外来）
② 地域：山形県または新潟県（妻の実家が鶴岡にあります）
③ 勤務：非常勤、週3日程度
④ 開始：令和8年4月以降

矯正施設での経験がどの程度お役に立つのか分かりませんが、
登録の手続きについてご教示いただけますと幸いです。
どうぞよろしくお願いいたします。

佐々木 雅之（ササキ マサユキ）
携帯：090-4417-2380
"""
    hdrs = std(mid, "Wed, 12 Nov 2025 19:42:05 +0900",
               addr("佐々木 雅之", "sasaki.masayuki@kitanet.example.jp", "msjis"),
               ew("登録についてのお問い合わせ（内科・山形県／新潟県）", "msjis"),
               rp="<sasaki.masayuki@kitanet.example.jp>", host="smtp.kitanet.example.jp",
               extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdxTwoof5sY1Yp3kQ8eJ0c2m4bXh1A==")])
    eml = single(hdrs, body, "ms-iso2022jp", "iso-2022-jp", "7bit")
    g = gold(mid, "doctor", name="佐々木 雅之", name_kana="ササキ マサユキ",
             email="sasaki.masayuki@kitanet.example.jp", phone="09044172380", age=63,
             organization="東北矯正医療センター", specialties=["内科"], prefectures=["山形県", "新潟県"],
             employment=["part_time"], days_per_week=3, start="2026-04")
    add(1, "prison-physician-yamagata-niigata-msjis", "doctor",
        "text/plain iso-2022-jp 7bit with cp932 extensions (①-④, Outlook); From/Subject RFC 2047 the same", "medium",
        "Prison physician (矯正医官) retiring next March: 63歳, 内科, 山形県または新潟県 (鶴岡 is the wife's family home, already in 山形県), 非常勤 週3日程度 -> part_time/3, 令和8年4月以降 -> 2026-04 (来年3月末 is the retirement); katakana reading in brackets after the signature name; 二十年あまり is not an age",
        eml, g)


def m002():
    mid = "A3F7C2E1-5B9D-4C8A-9E21-7D0B6F3A1C55@mailbox.example.com"
    text = """はじめまして。皮膚科医の西山と申します。
平成元年生まれで、現在は横浜市の「みなとみらい皮膚科クリニック」に常勤で勤めております。

夫の転勤により、年内に鳥取県米子市へ引っ越すことになりました。
子どもがまだ小さいため、まずは非常勤で週2日ほど、皮膚科の外来をさせていただける医療機関を探しております。
米子から通える範囲であれば、島根県側（安来や松江のあたり）でも構いません。
勤務の開始は、来年2月からを希望しています。

貴事務局でこうした短時間の勤務もご紹介いただけるのか、登録の方法とあわせて教えていただけますと幸いです。

西山 彩香
080-3921-5567

iPhoneから送信"""
    hdrs = std(mid, "Sat, 20 Sep 2025 22:15:40 +0900",
               '"Ayaka Nishiyama" <ayaka.nishi@mailbox.example.com>',
               ew("非常勤（皮膚科）の求人について", "utf8"),
               rp="<ayaka.nishi@mailbox.example.com>", host="p-mx02.mailbox.example.com",
               extra=[("X-Mailer", "iPhone Mail (22G86)")])
    hdrs.append(("Content-Language", "ja"))
    parts = [leaf(text + "\n", "utf-8", "utf-8", "base64"),
             leaf(to_html(text, "utf-8", "-apple-system"), "utf-8", "utf-8", "base64", "text/html")]
    eml = multipart(hdrs, "alternative", "Apple-Mail-8F2A1C3D-77E4-4B10-9A6E-2C5D0E9B4F13", parts)
    g = gold(mid, "doctor", name="西山 彩香", email="ayaka.nishi@mailbox.example.com", phone="08039215567",
             birth_year=1989, organization="みなとみらい皮膚科クリニック", specialties=["皮膚科"],
             prefectures=["鳥取県", "島根県"], employment=["part_time"], days_per_week=2, start="2026-02")
    add(2, "dermatologist-move-yonago-iphone-alt-b64", "doctor",
        "multipart/alternative text+html UTF-8 base64 (iPhone Mail); romaji From display name; Subject RFC 2047 UTF-8 B", "medium",
        "Mid-career dermatologist moving with her husband: 平成元年生まれ -> 1989 (no age), current clinic in 「」 is the organization (横浜市 is not a wish), 鳥取県米子市 + 島根県側 -> 2 prefectures (安来/松江 add nothing), 非常勤 週2日ほど -> part_time/2, 来年2月 in Sep 2025 -> 2026-02; name in kanji from the signature, not the romaji From",
        eml, g)


def m003():
    mid = "20251203084712.6C1B.2A77E0F4@awa-net.example.jp"
    body = """地域医療マッチング事務局
三好様

ご連絡ありがとうございます。お尋ねの件、以下のとおりお答えします。

生まれは昭和30年です。昨年の春まで、阿南共栄会病院で外科部長をしておりました。
手術からはもう身を引きましたので、今後は訪問診療か、一般内科の外来をお手伝いしたいと考えております。
勤務は非常勤で、週4日程度なら大丈夫です。
場所は徳島県内、とくに県南を希望いたします。
開始は2026年2月からでお願いできればと存じます。

よろしくお願いいたします。

岡部 康夫
自宅 0884-22-6170

On Mon, 01 Dec 2025 17:05:22 +0900
地域医療マッチング事務局 <md@md2-rm.example.org> wrote:

""" + quote("""岡部 康夫 先生

このたびはご登録いただき、ありがとうございます。
ご紹介にあたり、次の点をお知らせいただけますでしょうか。

・生年（またはご年齢）
・ご希望の勤務形態（常勤／非常勤、週何日か）
・ご希望の地域と、勤務開始の時期

地域医療マッチング事務局　三好
TEL 03-6675-9919""") + "\n"
    hdrs = std(mid, "Wed, 03 Dec 2025 08:47:12 +0900",
               addr("岡部 康夫", "okabe-y@awa-net.example.jp", "sjis"),
               ew("Re: ご登録内容の確認（地域医療マッチング事務局）", "sjis"),
               rp="<okabe-y@awa-net.example.jp>", host="mail.awa-net.example.jp",
               extra=[("In-Reply-To", "<reg.20251201170522.0412@md2-rm.example.org>"),
                      ("References", "<reg.20251201170522.0412@md2-rm.example.org>"),
                      ("X-Mailer", "Becky! ver. 2.81.04")])
    eml = single(hdrs, body, "shift_jis", "Shift_JIS", "8bit")
    g = gold(mid, "doctor", name="岡部 康夫", email="okabe-y@awa-net.example.jp", phone="0884226170",
             birth_year=1955, organization="阿南共栄会病院", specialties=["在宅医療", "内科"],
             prefectures=["徳島県"], employment=["part_time"], days_per_week=4, start="2026-02")
    add(3, "reply-former-surgeon-home-visits-tokushima-sjis", "doctor",
        "text/plain Shift_JIS 8bit (Becky!); '>' quote of the secretariat's questions; From/Subject RFC 2047 Shift_JIS B", "medium",
        "Former surgeon answers the secretariat's questions above the quote: 昭和30年 -> 1955 (no age), last workplace 阿南共栄会病院 (外科部長 is his old role; he has left surgery, so no 外科), 訪問診療 + 一般内科 -> 在宅医療/内科, 非常勤 週4日程度 -> part_time/4, 徳島県 (県南), 2026年2月 -> 2026-02; the quote holds 常勤 and the secretariat phone",
        eml, g)


# ===================================================================== hospital

def m004():
    mid = "20251014100533.31E0.77C2A9B1@town-rausu.example.jp"
    body = """地域医療マッチング事務局 御中

北海道目梨郡羅臼町にあります羅臼町国民健康保険診療所の事務長、川端と申します。
医師の確保につきましてご相談させていただきたく、ご連絡いたしました。

当診療所は町内で唯一の医療機関で、現在は所長1名と非常勤の先生方で外来と在宅を担っております。
所長が令和8年3月末で退任することとなり、後任となる常勤医師を探しております。

　募集：常勤医師 1名（内科または総合診療）
　着任：令和8年4月1日
　待遇：町の規定による。医師住宅（一戸建て）あり
　その他：冬季は積雪がありますが、町内の移動は公用車を用意いたします

漁業の町で高齢の方も多く、地域全体を診ていただける先生に来ていただければと願っております。
募集の進め方や必要な書類などについて、ご教示いただけますでしょうか。

-- 
羅臼町国民健康保険診療所
事務長　川端 伸二
〒086-1822 北海道目梨郡羅臼町栄町100番地
TEL 0153-87-2115（内線12）
FAX 0153-87-2116
"""
    hdrs = std(mid, "Tue, 14 Oct 2025 10:05:33 +0900",
               addr("羅臼町国民健康保険診療所", "shinryojo@town-rausu.example.jp", "euc"),
               ew("常勤医師（後任所長）の募集について", "euc"),
               rp="<shinryojo@town-rausu.example.jp>", host="mail.town-rausu.example.jp",
               extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.3.1")])
    eml = single(hdrs, body, "euc_jp", "EUC-JP", "8bit")
    g = gold(mid, "hospital", name="川端 伸二", email="shinryojo@town-rausu.example.jp", phone="0153872115",
             organization="羅臼町国民健康保険診療所", specialties=["内科", "総合診療科"], prefectures=["北海道"],
             municipality="羅臼町", employment=["full_time"], start="2026-04-01")
    add(4, "town-clinic-rausu-successor-eucjp", "hospital",
        "text/plain EUC-JP 8bit (Thunderbird); '-- ' signature; From/Subject RFC 2047 EUC-JP B", "easy",
        "Town-run clinic seeks the successor of its head: 常勤 内科または総合診療 -> 内科/総合診療科, 着任 令和8年4月1日 -> 2026-04-01 (令和8年3月末 is the present head leaving), 羅臼町 after 目梨郡; 非常勤の先生方 describes the present staff; phone with （内線12）, TEL before FAX",
        eml, g)


def m005():
    mid = "0101019a5d7e3c41-8b2f6a90-3d4e-4c1f-a5b6-9e8d7c6b5a40-000000@shiokaze-dialysis.example.jp"
    text = """地域医療マッチング事務局 ご担当者様

いつもお世話になっております。
長崎県五島市で透析クリニックを運営しております、医療法人 五島潮風会の採用担当でございます。

当法人の「しおかぜ透析クリニック」では、土曜日の透析を担当していただける先生が不足しております。
つきましては、以下の条件で非常勤の先生をご紹介いただけないでしょうか。

■ 募集内容
・業務：人工透析の回診・管理（外来透析 約40名）
・勤務：非常勤、週1日（毎週土曜日 8:30～13:00）
・開始：2026年1月から
・交通：福岡・長崎からの航空券代は当法人が負担いたします

島での勤務に関心をお持ちの先生がいらっしゃいましたら、ぜひご紹介ください。

医療法人 五島潮風会 しおかぜ透析クリニック
法人本部 採用担当　浦 真奈美（ウラ マナミ）
〒853-0015 長崎県五島市東浜町2-3-8
TEL 0959-72-4410
"""
    html = to_html(text, "utf-8", "Meiryo, sans-serif")
    hdrs = std(mid, "Thu, 06 Nov 2025 07:20:00 +0000",
               addr("医療法人 五島潮風会", "recruit@shiokaze-dialysis.example.jp", "utf8"),
               ew("【ご相談】土曜日の透析非常勤医師のご紹介について", "utf8"),
               rp="<recruit@shiokaze-dialysis.example.jp>", host="smtp.shiokaze-dialysis.example.jp")
    eml = single(hdrs, html, "utf-8", "UTF-8", "base64", "text/html")
    g = gold(mid, "hospital", name="浦 真奈美", name_kana="ウラ マナミ", email="recruit@shiokaze-dialysis.example.jp",
             phone="0959724410", organization="医療法人 五島潮風会 しおかぜ透析クリニック", specialties=["透析"],
             prefectures=["長崎県"], municipality="五島市", employment=["part_time"], days_per_week=1,
             start="2026-01")
    add(5, "island-dialysis-saturday-goto-html-b64", "hospital",
        "text/html only, UTF-8 base64; Date +0000 (16:20 JST); From/Subject RFC 2047 UTF-8 B", "medium",
        "Island dialysis clinic wants a Saturday part-timer: 人工透析 -> 透析, 非常勤 週1日 -> part_time/1, 2026年1月から -> 2026-01, 五島市; 福岡・長崎 are where flights start (長崎県 is the post's prefecture anyway); 約40名 and the hours are not data; contact name with katakana reading in brackets; organization as in the signature",
        eml, g)


def m006():
    mid = "20251028131148.0C7D.4E1F9A23@warabi-kai.example.jp"
    body = """ドクターセカンドキャリア 地域医療マッチング事務局
ご担当者様

はじめてご連絡いたします。
岩手県和賀郡西和賀町で特別養護老人ホームを運営しております、社会福祉法人 わらび会の千葉と申します。

当施設の配置医師をお願いしている先生が、ご高齢のため年内で退かれることになりました。
後任の先生を地元で探してまいりましたが見つからず、貴事務局にご相談させていただく次第です。

① 勤務形態：嘱託医（非常勤）
② 内容：月2回の定期回診、入所者の健康管理、看取りの際のご対応
③ 開始時期：令和8年1月～
④ 報酬：月額にて応相談（交通費別途）

入所定員は50名、看護師が日中常駐しております。
雪の多い地域ですが、冬期の送迎は施設で行います。
ご検討のほど、よろしくお願い申し上げます。

社会福祉法人 わらび会 特別養護老人ホーム ゆきつばき荘
施設長　千葉 道子
〒029-5512 岩手県和賀郡西和賀町川尻40-1
TEL：0197-82-3306　FAX：0197-82-3307
"""
    hdrs = std(mid, "Tue, 28 Oct 2025 13:11:48 +0900",
               addr("ゆきつばき荘 千葉", "info@warabi-kai.example.jp", "sjis"),
               ew("配置医師（嘱託医）のご紹介のお願い", "sjis"),
               rp="<info@warabi-kai.example.jp>", host="mail.warabi-kai.example.jp",
               extra=[("X-Mailer", "Microsoft Windows Live Mail 16.4.3528.331")])
    eml = single(hdrs, body, "cp932", "Shift_JIS", "8bit")
    g = gold(mid, "hospital", name="千葉 道子", email="info@warabi-kai.example.jp", phone="0197823306",
             organization="社会福祉法人 わらび会 特別養護老人ホーム ゆきつばき荘", specialties=["老健・介護施設"],
             prefectures=["岩手県"], municipality="西和賀町", employment=["part_time"], start="2026-01")
    add(6, "nursing-home-haichi-ishi-nishiwaga-cp932", "hospital",
        "text/plain CP932 bytes (①-④, ～) labelled Shift_JIS, 8bit; From/Subject RFC 2047 Shift_JIS B", "medium",
        "Nursing home (特養) seeks a 配置医師/嘱託医: 老健・介護施設, 嘱託医（非常勤） 月2回 -> part_time with days null, 令和8年1月～ -> 2026-01 (年内 is the predecessor leaving), 西和賀町 after 和賀郡; 定員50名 is not data; surname 千葉 must not become a prefecture",
        eml, g)


# ====================================================================== general

def m007():
    mid = "20250602173021.5A0E.9C3B71D2@sanriku-minato-h.example.jp"
    body = """地域医療マッチング事務局
ご担当者様

突然のご連絡失礼いたします。
岩手県立三陸みなと高等学校で進路指導を担当しております、菊池 亜希子と申します。

本校では毎年10月に、医療・福祉の仕事をめざす生徒向けの進路講演会を開いております。
今年は「地域の医療を支える人たち」をテーマにしたいと考えており、
貴事業を通じて地方の病院や診療所で働いていらっしゃる先生、または事務局の方に
お話しいただくことはできないかと思い、ご連絡いたしました。

あわせて、生徒に配布できるパンフレットがございましたら、30部ほどお送りいただけますと助かります。

謝礼や日程など、詳しくはあらためてご相談させていただければ幸いです。
お忙しいところ恐れ入りますが、ご検討のほどよろしくお願いいたします。

岩手県立三陸みなと高等学校 進路指導部
菊池 亜希子
TEL 0193-62-5218（職員室）
"""
    hdrs = std(mid, "Mon, 02 Jun 2025 17:30:21 +0900",
               addr("菊池 亜希子", "kikuchi-a@sanriku-minato-h.example.jp", "jis"),
               ew("進路講演会での講師派遣のお願い"),
               rp="<kikuchi-a@sanriku-minato-h.example.jp>", host="mail.sanriku-minato-h.example.jp")
    eml = single(hdrs, body, "iso2022_jp", "ISO-2022-JP", "7bit")
    g = gold(mid, "general", name="菊池 亜希子", email="kikuchi-a@sanriku-minato-h.example.jp",
             phone="0193625218", organization="岩手県立三陸みなと高等学校")
    add(7, "high-school-career-talk-jis", "general",
        "text/plain ISO-2022-JP 7bit; From/Subject RFC 2047 ISO-2022-JP B", "easy",
        "A high-school careers teacher asks for a speaker and 30 pamphlets: general; organization without 進路指導部; 10月 and 30部 are not data; 岩手県 is the school's own name",
        eml, g)


def m008():
    mid = "CAKx7pQ2m8VtR3nWc0e1y5ZsUa9FbLhJ4dG6oEi2TkXr@mail.example.com"
    body = """地域医療マッチング事務局 御中

北杜市立ひかり図書館で司書をしております小野寺と申します。

当館では8月から9月にかけて、「地域の医療を考える」をテーマにした企画展示を予定しております。
展示コーナーで貴事業のご紹介をさせていただきたく、
もし差し支えなければ、ポスター2枚とリーフレット50部ほどをお送りいただくことは可能でしょうか。

送付先は下記のとおりです。
〒408-0021 山梨県北杜市長坂町長坂上条2500
北杜市立ひかり図書館　小野寺 美穂 宛

費用が必要な場合はお知らせください。
どうぞよろしくお願いいたします。

小野寺 美穂
"""
    hdrs = std(mid, "Fri, 18 Jul 2025 11:02:44 +0900",
               addr("小野寺美穂", "hikari.lib.onodera@mail.example.com", "utf8"),
               ewq("ポスター・リーフレットのご送付のお願い（図書館展示）"),
               rp="<hikari.lib.onodera@mail.example.com>", host="mail-sor-f41.mail.example.com")
    eml = single(hdrs, body, "utf-8", "UTF-8", "quoted-printable")
    g = gold(mid, "general", name="小野寺 美穂", email="hikari.lib.onodera@mail.example.com",
             organization="北杜市立ひかり図書館")
    add(8, "library-exhibition-posters-utf8qp", "general",
        "text/plain UTF-8 quoted-printable; Subject RFC 2047 UTF-8 Q; From display name without a space", "easy",
        "A municipal librarian asks for 2 posters and 50 leaflets for an exhibition: general; name as written in the body (with a space; the From display name has none); 山梨県/北杜市 are the delivery address; no phone",
        eml, g)


def m009():
    mid = "20250909091203.2F44.B81E0C5A@kumanogawa-naika.example.jp"
    body = """地域医療マッチング事務局様

お世話になります。和歌山県新宮市のくまの川内科医院で事務を担当しております中西と申します。

昨日、貴事務局の職員を名乗る男性から当院に電話があり、
「院長先生の医師登録を更新するので、登録料3万円を今週中に振り込んでほしい」と言われました。
院長は以前、貴事業の説明会に参加したことはありますが、登録はしていないはずです。

念のため振込はしておりませんが、このような電話は本当に貴事務局からのものでしょうか。
もし心当たりがないようでしたら、他の医療機関にも注意を呼びかけていただいた方がよいかと存じます。

折り返しご連絡をいただけますと助かります。

くまの川内科医院
事務長　中西 和代
TEL 0735-21-4803
"""
    hdrs = std(mid, "Tue, 09 Sep 2025 09:12:03 +0900",
               addr("くまの川内科医院", "info@kumanogawa-naika.example.jp", "sjis"),
               ew("貴事務局を名乗る電話について（確認のお願い）", "sjis"),
               rp="<info@kumanogawa-naika.example.jp>", host="mail.kumanogawa-naika.example.jp")
    eml = single(hdrs, body, "shift_jis", "Shift_JIS", "base64")
    g = gold(mid, "general", name="中西 和代", email="info@kumanogawa-naika.example.jp", phone="0735214803",
             organization="くまの川内科医院")
    add(9, "clinic-asks-about-fake-phone-call-sjis-b64", "general",
        "text/plain Shift_JIS base64; From/Subject RFC 2047 Shift_JIS B", "medium",
        "A clinic's office manager reports a caller who claimed to be the secretariat and asked for a fee: general (a question and a warning, not a listing); 内科 in the clinic's name, 医師登録 and 3万円 are not data; organization without role",
        eml, g)


def m010():
    mid = "20251123204010.7B3A.1D9E6F02@hinata-net.example.jp"
    body = """事務局のみなさまへ

はじめてお便りいたします。
奥津川村で暮らしております、井上と申します。

今年の春から、村の診療所に新しい先生が来てくださいました。
それまでは週に一度、町から先生が来られるだけでしたので、
毎日診ていただけるようになって、村の年寄りはみな本当に喜んでおります。
私も今年で七十七歳になりますが、先月は足を悪くした時に往診までしていただきました。

先生から、こちらの事務局のお世話で来られたとうかがいましたので、
ひとことお礼を申し上げたくて、孫に手伝ってもらってメールをお送りしました。
どうかこれからも、田舎に先生を送ってくださいますよう、お願いいたします。

井上 トミ子
"""
    hdrs = std(mid, "Sun, 23 Nov 2025 20:40:10 +0900",
               addr("井上 トミ子", "inoue.tomiko@hinata-net.example.jp", "euc"),
               ew("お礼", "euc"),
               rp="<inoue.tomiko@hinata-net.example.jp>", host="mx.hinata-net.example.jp")
    eml = single(hdrs, body, "euc_jp", "EUC-JP", "8bit")
    g = gold(mid, "general", name="井上 トミ子", email="inoue.tomiko@hinata-net.example.jp")
    add(10, "villager-thanks-for-doctor-eucjp", "general",
        "text/plain EUC-JP 8bit; From/Subject RFC 2047 EUC-JP B", "easy",
        "An elderly villager thanks the secretariat for the doctor who came to her village clinic: general; 七十七歳 is her age but general carries no age; 往診, 週に一度 and 今年の春 are not data; no phone, no organization",
        eml, g)


def m011():
    mid = "TY3PR01MB10472C5E8A1B3D6F09E2C4A7BFA912@TY3PR01MB10472.jpnprd01.prod.outlook.example.com"
    body = """地域医療マッチング事務局
ご担当者様

留萌市議会議員の髙木 正和と申します。

私が所属しております厚生常任委員会では、今年度、市内の医師確保を調査テーマとしており、
定年を迎えた医師の地方での活躍を支援されている貴事業について、ぜひお話をうかがいたいと考えております。

つきましては、2月中旬から下旬のいずれかの日に、委員5名で貴事務局を視察させていただくことは可能でしょうか。
所要時間は1時間半程度を想定しております。
ご多忙のところ恐縮ですが、受け入れの可否とご都合のよい日程をお知らせいただけますと幸いです。

――――――――――――――――
留萌市議会議員
髙木 正和
事務所 TEL 0164-42-1822 ／ 携帯 090-6630-1947
――――――――――――――――
"""
    hdrs = std(mid, "Thu, 15 Jan 2026 05:03:27 +0000",
               addr("髙木 正和", "takagi.masakazu@rumoi-gikai.example.jp", "msjis"),
               ew("視察受け入れのお願い（留萌市議会 厚生常任委員会）", "msjis"),
               rp="<takagi.masakazu@rumoi-gikai.example.jp>",
               host="mail-os0jpn01on2101.outbound.protection.outlook.example.com",
               extra=[("Thread-Topic", ew("視察受け入れのお願い（留萌市議会 厚生常任委員会）", "msjis")),
                      ("Content-Language", "ja-JP")])
    eml = single(hdrs, body, "ms-iso2022jp", "iso-2022-jp", "7bit")
    g = gold(mid, "general", name="髙木 正和", email="takagi.masakazu@rumoi-gikai.example.jp",
             phone="0164421822", organization="留萌市議会")
    add(11, "city-council-study-visit-msjis", "general",
        "text/plain iso-2022-jp 7bit with cp932 extension 髙 (NEC-selected row, Outlook); From/Subject/Thread-Topic RFC 2047; Date +0000", "medium",
        "A city councillor asks to bring his committee on a study visit: general (not hospital, although 医師確保 and 定年 appear); 髙 kept by NFKC; organization is the council without the committee; the office line comes before the mobile; 委員5名 and 1時間半 are not data",
        eml, g)


def m012():
    mid = "CAHd0e9Vx3kPz7Qm2sLr5T8wYb1NcJfGa6UiOe4RtWq_Kj@mail.example.com"
    body = """Dear Sir or Madam,

My name is Chen Yu-Ting, and I am a fifth-year medical student at Taipei Eastern
Medical University in Taiwan. I read about your programme in an article on rural
medicine in Japan and found it very inspiring.

I am very interested in community medicine in remote areas, and I would like to ask
whether your organisation could help me arrange a short observation (about two weeks)
at a rural clinic or hospital in Japan during my elective period next summer.
I speak intermediate Japanese (JLPT N2) and fluent English.

I understand that your programme is mainly for licensed physicians, so if this is not
possible, I would be grateful for any advice on whom I could contact instead.

Thank you very much for your time.

Best regards,
Chen Yu-Ting
Taipei Eastern Medical University, School of Medicine
"""
    hdrs = std(mid, "Mon, 10 Mar 2025 09:15:00 +0800",
               '"Chen Yu-Ting" <yuting.chen.med@mail.example.com>',
               "Question about a clinical observation in a rural area",
               rp="<yuting.chen.med@mail.example.com>", host="mail-lj1-f170.mail.example.com")
    eml = single(hdrs, body, "ascii", "UTF-8", "7bit")
    g = gold(mid, "general", name="Chen Yu-Ting", email="yuting.chen.med@mail.example.com",
             organization="Taipei Eastern Medical University")
    add(12, "english-taiwan-student-observation", "general",
        "text/plain UTF-8 (ASCII only) 7bit; English; Date +0800", "easy",
        "A Taiwanese medical student asks for help with a two-week observation at a rural clinic: general (a student, not a physician seeking work); organization is the university without the school; 'next summer' and 'two weeks' are not data; no phone",
        eml, g)


def m013():
    mid = "20250521104409.44D1.0E8B2C7F@akita-iryo-shien.example.jp"
    body = """地域医療マッチング事務局
ご担当者様

いつもお世話になっております。
秋田県地域医療支援センターの三浦でございます。

6月に開催いたします県の地域医療対策協議会で、県外からの医師招へいの取組を報告することになりました。
つきましては、差し支えのない範囲で、次の数字をお教えいただけないでしょうか。

　1. 貴事業に登録されている医師のうち、秋田県での勤務を希望されている方の人数
　2. 令和6年度に貴事業を通じて秋田県内の医療機関に着任された医師の人数

個人が特定されない形での集計で構いません。
お手数をおかけしますが、5月末までにご回答いただけますと大変助かります。

秋田県地域医療支援センター
三浦 直人
TEL 018-860-3377
"""
    hdrs = std(mid, "Wed, 21 May 2025 10:44:09 +0900",
               addr("秋田県地域医療支援センター 三浦", "miura-n@akita-iryo-shien.example.jp", "jis"),
               ew("登録医師数に関する照会"),
               rp="<miura-n@akita-iryo-shien.example.jp>", host="mx.akita-iryo-shien.example.jp",
               extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    eml = single(hdrs, body, "iso2022_jp", "ISO-2022-JP", "quoted-printable")
    g = gold(mid, "general", name="三浦 直人", email="miura-n@akita-iryo-shien.example.jp", phone="0188603377",
             organization="秋田県地域医療支援センター")
    add(13, "prefectural-support-centre-figures-jis-qp", "general",
        "text/plain ISO-2022-JP quoted-printable (ESC as =1B); From/Subject RFC 2047 ISO-2022-JP B", "medium",
        "A prefectural regional-medicine support centre asks for registration and placement figures for a council meeting: general (a partner organisation, not a listing); 秋田県, 令和6年度 and 5月末 are not data",
        eml, g)


def m014():
    mid = "CAPq4nV8sXb2Lk0Tz6Rw9Ye3Hd7Mf1GcJa5Uo8Ei2QsNv@mail.example.com"
    body = """地域医療マッチング事務局 御中

はじめまして。北海道の新冠町で保健師をしております、松田 加奈子と申します。

先日、町の広報誌で貴事業のことを知りました。
地域医療のことをもっと知りたいと思い、メールマガジンの購読を希望しております。
下記のアドレスに配信していただくことはできますでしょうか。

　配信先：kanako.matsuda.phn@mail.example.com

また、今後説明会などがありましたら、あわせてご案内いただけると嬉しいです。
よろしくお願いいたします。

新冠町保健センター
松田 加奈子
"""
    hdrs = std(mid, "Sat, 12 Apr 2025 21:30:55 +0900",
               addr("松田加奈子", "kanako.matsuda.phn@mail.example.com", "utf8"),
               ew("メールマガジン購読の申し込み", "utf8"),
               rp="<kanako.matsuda.phn@mail.example.com>", host="mail-pj1-f54.mail.example.com")
    eml = single(hdrs, body, "utf-8", "UTF-8", "base64")
    g = gold(mid, "general", name="松田 加奈子", email="kanako.matsuda.phn@mail.example.com",
             organization="新冠町保健センター")
    add(14, "public-health-nurse-subscribe-utf8b64", "general",
        "text/plain UTF-8 base64 (webmail); From/Subject RFC 2047 UTF-8 B", "easy",
        "A public-health nurse asks to subscribe to the newsletter (購読を希望): general, not unsubscribe although 購読 and 配信 appear; organization from the signature; 北海道/新冠町 are where she works, not data; no phone",
        eml, g)


def m015():
    mid = "5e2d8a1c-93b7-4f06-b4e1-0c7a9d3f6e82@kotobuki-mail.example.jp"
    body = """地域医療マッチング事務局 ご担当者様

10月25日（土）の大阪会場の説明会に、夫に付き添って参加いたしました村上と申します。
その節はありがとうございました。

帰宅してから気づいたのですが、会場に紺色の折りたたみ傘を置き忘れてしまったようです。
持ち手に白いリボンを結んであります。
もし会場の方からお届けなどがありましたら、お知らせいただけますでしょうか。
着払いで送っていただければ幸いです。

お手数をおかけして申し訳ございません。

村上 由美子
090-2284-6153
"""
    hdrs = std(mid, "Mon, 27 Oct 2025 07:58:31 +0900",
               addr("村上 由美子", "y-murakami@kotobuki-mail.example.jp", "utf8"),
               ew("説明会での忘れ物について", "utf8"),
               rp="<y-murakami@kotobuki-mail.example.jp>", host="smtp.kotobuki-mail.example.jp",
               extra=[("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:128.0) Gecko/20100101 Thunderbird/128.4.0")])
    eml = single(hdrs, body, "utf-8", "UTF-8", "8bit")
    g = gold(mid, "general", name="村上 由美子", email="y-murakami@kotobuki-mail.example.jp", phone="09022846153")
    add(15, "briefing-lost-umbrella-utf8-8bit", "general",
        "text/plain UTF-8 8bit (Thunderbird); From/Subject RFC 2047 UTF-8 B", "easy",
        "A doctor's wife who attended a briefing asks about an umbrella she left behind: general; 大阪 is the venue, 10月25日 not a start; the husband is not described",
        eml, g)


def m016():
    mid = "OS3PR01MB8124A7C2D5E9F1B04C6A3E58D7E21@OS3PR01MB8124.jpnprd01.prod.outlook.example.com"
    body = """地域医療マッチング事務局
ご担当者様

いつも会報をお送りいただき、ありがとうございます。
医療法人 清流会 みさと病院 総務課の小松と申します。

当院院長宛にお送りいただいている会報の宛名が「山崎 健」となっておりますが、
正しくは「山﨑 健」（「﨑」は「立」の字の崎）でございます。
院長が大変気にしておりますので、次号から訂正していただけますでしょうか。

お手数をおかけいたしますが、よろしくお願いいたします。

医療法人 清流会 みさと病院
総務課　小松 里奈
TEL：０４８－９５２－６６１１（代表）
"""
    hdrs = std(mid, "Fri, 05 Dec 2025 12:20:40 +0900",
               addr("小松 里奈", "komatsu@misato-hp.example.jp", "msjis"),
               ew("会報の宛名の訂正のお願い", "msjis"),
               rp="<komatsu@misato-hp.example.jp>", host="mail-tycpr01on2110.outbound.protection.outlook.example.com",
               extra=[("Content-Language", "ja-JP")])
    eml = single(hdrs, body, "ms-iso2022jp", "iso-2022-jp", "7bit")
    g = gold(mid, "general", name="小松 里奈", email="komatsu@misato-hp.example.jp", phone="0489526611",
             organization="医療法人 清流会 みさと病院")
    add(16, "hospital-clerk-name-correction-msjis", "general",
        "text/plain iso-2022-jp 7bit with cp932 extension 﨑 (Outlook); full-width digits and hyphens in TEL; From/Subject RFC 2047", "medium",
        "A hospital clerk asks to correct the director's name on the newsletter label (山崎 -> 山﨑): general (not hospital: no physician sought; not unsubscribe: the mail should go on); name is the clerk's, not the director's; organization without 総務課",
        eml, g)


# ================================================================== unsubscribe

def m017():
    mid = "20250708060211.3D9C.5F02B8A1@morita-home.example.jp"
    body = "\n"
    hdrs = std(mid, "Tue, 08 Jul 2025 06:02:11 +0900",
               addr("森田 健司", "kmorita@morita-home.example.jp", "jis"),
               ew("配信停止希望"),
               rp="<kmorita@morita-home.example.jp>", host="mail.morita-home.example.jp")
    eml = single(hdrs, body, "iso2022_jp", "ISO-2022-JP", "7bit")
    g = gold(mid, "unsubscribe", name="森田 健司", email="kmorita@morita-home.example.jp")
    add(17, "subject-only-haishin-teishi-empty-body", "unsubscribe",
        "text/plain ISO-2022-JP 7bit with an empty body; Subject RFC 2047 ISO-2022-JP B", "medium",
        "Empty body, the request only in the Subject (配信停止希望): unsubscribe; name from the From display name",
        eml, g)


def m018():
    mid = "20250402153350.1B7F.C3E0A941@tokai-chuo-med.example.jp"
    body = """地域医療マッチング事務局
ご担当者様

いつもお世話になっております。
東海中央医科大学 麻酔科学教室で秘書をしております、平田 恵と申します。

これまで当教室の石原教授宛に会報とメールマガジンをお送りいただいておりましたが、
教授は3月31日付で退職いたしました。
つきましては、このアドレス宛の会報・メールマガジンの送付を停止していただけますでしょうか。

長らくありがとうございました。今後ともよろしくお願いいたします。

東海中央医科大学 麻酔科学教室
秘書　平田 恵
TEL 052-719-4402（内線 3318）
"""
    hdrs = std(mid, "Wed, 02 Apr 2025 15:33:50 +0900",
               addr("麻酔科学教室 秘書", "masui-office@tokai-chuo-med.example.jp", "jis"),
               ew("会報・メールマガジン送付停止のお願い"),
               rp="<masui-office@tokai-chuo-med.example.jp>", host="mx1.tokai-chuo-med.example.jp")
    eml = single(hdrs, body, "iso2022_jp", "ISO-2022-JP", "7bit")
    g = gold(mid, "unsubscribe", name="平田 恵", email="masui-office@tokai-chuo-med.example.jp",
             phone="0527194402", organization="東海中央医科大学")
    add(18, "department-secretary-stop-for-retired-professor-jis", "unsubscribe",
        "text/plain ISO-2022-JP 7bit; From/Subject RFC 2047 ISO-2022-JP B", "medium",
        "A department secretary asks to stop the newsletter to the department address because the professor retired: unsubscribe; person fields are the writer's (平田 恵), not the professor's; organization without 麻酔科学教室; 麻酔科 and 3月31日 are not data; phone without the extension",
        eml, g)


def m019():
    mid = "TYWPR01MB9357E1A4C8B2D6F03A5C7E91B4D20@TYWPR01MB9357.jpnprd01.prod.outlook.example.com"
    body = """登録を取り消して、メールマガジンも止めてください。
この春から自分で開業することになりましたので、今後のご案内は不要です。
これまでありがとうございました。

坂口

________________________________
差出人: 地域医療マッチング事務局 <md@md2-rm.example.org>
送信日時: 2026年2月17日 10:00
宛先: s.sakaguchi@ikoi-mail.example.jp
件名: 【地域医療マッチング通信】2026年2月号

""" + NEWSLETTER + "\n"
    text_html = to_html(body, "utf-8", "Yu Gothic")
    hdrs = std(mid, "Thu, 19 Feb 2026 23:11:04 +0900",
               addr("坂口 俊介", "s.sakaguchi@ikoi-mail.example.jp", "utf8"),
               ew("RE: 【地域医療マッチング通信】2026年2月号", "utf8"),
               rp="<s.sakaguchi@ikoi-mail.example.jp>",
               host="mail-tywpr01on2098.outbound.protection.outlook.example.com",
               extra=[("In-Reply-To", "<news.2026-02.001.0006120@md2-rm.example.org>"),
                      ("References", "<news.2026-02.001.0006120@md2-rm.example.org>"),
                      ("Thread-Topic", ew("【地域医療マッチング通信】2026年2月号", "utf8"))])
    parts = [leaf(body, "utf-8", '"utf-8"', "quoted-printable"),
             leaf(text_html, "utf-8", '"utf-8"', "quoted-printable", "text/html")]
    eml = multipart(hdrs, "alternative", "_000_TYWPR01MB9357E1A4C8B2D6F03A5C7E91B4D20TYWPR01MB9357jpnp_", parts)
    g = gold(mid, "unsubscribe", name="坂口 俊介", email="s.sakaguchi@ikoi-mail.example.jp")
    add(19, "outlook-reply-stop-above-newsletter-qp", "unsubscribe",
        "multipart/alternative text+html UTF-8 quoted-printable (Outlook); Outlook '差出人:' header block over the whole newsletter; Subject RFC 2047 UTF-8 B", "medium",
        "A doctor opening his own clinic asks to cancel his registration and stop the newsletter, above the quoted newsletter (北海道/秋田県/高知県/鹿児島県, 内科/整形外科/総合診療, 常勤/非常勤/スポット, 令和8年4月, a 配信停止 link): unsubscribe, nothing from the quote; full name only in the From display name (the body signs 坂口); この春 is not a start",
        eml, g)


def m020():
    mid = "DM6PR11MB4091C3A7E2F58B19D0E6A4C2F87B3@DM6PR11MB4091.namprd11.prod.outlook.example.com"
    body = """Hi,

Please stop sending me these emails. I don't remember ever signing up for your
mailing list, and I can't read most of them anyway. Kindly remove this address.

Thanks,
Mark Ellison

Sent from my iPhone
"""
    hdrs = std(mid, "Sun, 31 Aug 2025 03:14:00 -0700",
               '"Mark Ellison" <mellison@lakeview-mail.example.com>',
               "Re: =?UTF-8?B?44CQ5Zyw5Z+f5Yy755mC44Oe44OD44OB44Oz44Kw6YCa5L+h44CR?=",
               rp="<mellison@lakeview-mail.example.com>", host="mail-dm6nam11on2071.outbound.protection.outlook.example.com",
               extra=[("In-Reply-To", "<news.2025-08.001.0005533@md2-rm.example.org>")])
    eml = single(hdrs, body, "utf-8", "utf-8", "quoted-printable")
    g = gold(mid, "unsubscribe", name="Mark Ellison", email="mellison@lakeview-mail.example.com")
    add(20, "english-never-signed-up-stop", "unsubscribe",
        "text/plain UTF-8 quoted-printable (ASCII text); English; Subject 'Re: ' + RFC 2047 UTF-8 word; Date -0700", "easy",
        "English 'Please stop sending me these emails … remove this address' from someone who never signed up: unsubscribe (a complaint, but what he asks is to stop the mail); name from the signature",
        eml, g)


def m021():
    mid = "20260116124509.8E21.04AB7C39@docomo-like.example.jp"
    body = """ﾒﾙﾏｶﾞ解除お願いします。
主人が亡くなりましたので、もう届かなくて結構です。

杉本智子
"""
    hdrs = std(mid, "Fri, 16 Jan 2026 12:45:09 +0900",
               "tomo.sugi-0417@docomo-like.example.jp",
               ew("ﾒﾙﾏｶﾞ", "sjis"),
               rp="<tomo.sugi-0417@docomo-like.example.jp>", host="mfsmax.docomo-like.example.jp")
    eml = single(hdrs, body, "shift_jis", "Shift_JIS", "8bit")
    g = gold(mid, "unsubscribe", name="杉本智子", email="tomo.sugi-0417@docomo-like.example.jp")
    add(21, "mobile-widow-merumaga-kaijo-sjis-hwkana", "unsubscribe",
        "text/plain Shift_JIS 8bit with half-width katakana; bare From address; Subject RFC 2047 Shift_JIS B (half-width)", "medium",
        "Mobile mail from a widow: ﾒﾙﾏｶﾞ解除 (half-width) with a reason: unsubscribe; name as written without a space; 0417 in the address is not data",
        eml, g)


# =================================================================== auto_reply

def m022():
    mid = "20250716090311.0A5E.6B1C2D3F@sakata-kyosai-hp.example.jp"
    body = """【自動応答】

いつもお世話になっております。
本日7月16日（水）は院内研修のため、終日メールを確認することができません。
7月17日（木）以降、順次ご返信いたします。

お急ぎのご用件は、人事課（0234-26-5100）までお電話ください。

酒田共済病院 人事課
斎藤 英明
"""
    hdrs = std(mid, "Wed, 16 Jul 2025 09:03:11 +0900",
               addr("斎藤 英明", "saito-h@sakata-kyosai-hp.example.jp", "jis"),
               ew("自動応答: Re: 非常勤医師のご紹介について"),
               rp="<>", host="mail.sakata-kyosai-hp.example.jp",
               extra=[("In-Reply-To", "<intro.20250716085502.0177@md2-rm.example.org>"),
                      ("Auto-Submitted", "auto-replied"),
                      ("X-Auto-Response-Suppress", "All")])
    eml = single(hdrs, body, "iso2022_jp", "ISO-2022-JP", "7bit")
    add(22, "hospital-hr-training-day-auto-submitted-jis", "auto_reply",
        "text/plain ISO-2022-JP 7bit; Auto-Submitted: auto-replied, X-Auto-Response-Suppress, Return-Path <>; Subject '自動応答: Re:'", "easy",
        "A hospital HR officer's one-day absence notice in a thread about introducing a part-time doctor: auto_reply; 非常勤医師 in the subject, the name and the HR phone are not lead data",
        eml, gold(mid, "auto_reply"))


def m023():
    mid = "mailman.1437.1756789201.8832.chiiki-iryo@lists.kenmin-net.example.jp"
    body = """Your mail to 'Chiiki-iryo' with the subject

    %s

Is being held until the list moderator can review it for approval.

The reason it is being held:

    Post by non-member to a members-only list

Either the message will get posted to the list, or you will receive
notification of the moderator's decision.  If you would like to cancel
this posting, please visit the following URL:

    https://lists.kenmin-net.example.jp/mailman/confirm/chiiki-iryo/3f9a0c1e7b2d5a48e6c1f0b9d7a3e5c2f1b8d604
""" % ew("秋の地域医療セミナーのご案内").replace("?ISO-2022-JP?", "?iso-2022-jp?")
    hdrs = std(mid, "Tue, 02 Sep 2025 05:00:01 +0000",
               "chiiki-iryo-owner@lists.kenmin-net.example.jp",
               "Your message to Chiiki-iryo awaits moderator approval",
               rp="<chiiki-iryo-bounces@lists.kenmin-net.example.jp>", host="lists.kenmin-net.example.jp",
               extra=[("X-BeenThere", "chiiki-iryo@lists.kenmin-net.example.jp"),
                      ("X-Mailman-Version", "2.1.39"),
                      ("Precedence", "bulk"),
                      ("List-Id", "<chiiki-iryo.lists.kenmin-net.example.jp>"),
                      ("X-List-Administrivia", "yes"),
                      ("Errors-To", "chiiki-iryo-bounces@lists.kenmin-net.example.jp")])
    eml = single(hdrs, body, "ascii", "us-ascii", "7bit")
    add(23, "mailman-held-for-moderation-english", "auto_reply",
        "text/plain us-ascii 7bit (Mailman 2.1); Precedence: bulk, List-Id, X-List-Administrivia; no Auto-Submitted; the held subject quoted as a raw RFC 2047 word in the body", "medium",
        "Mailman 'awaits moderator approval' notice for the secretariat's post to a regional mailing list: an automatic reply (not a bounce: nothing failed, not spam)",
        eml, gold(mid, "auto_reply"))


def m024():
    mid = "1756453822.82c7a1@helpdesk.northbridge-univ.example.com"
    body = """Dear Sender,

Thank you for contacting the Office of International Medical Education.

This is an automated message to confirm that we have received your email.
A member of our team will respond within five (5) working days.

Please note that our office will be closed from September 1 to September 5.
For urgent matters regarding visiting physicians, please call +1 617 555 0142.

Kind regards,
Office of International Medical Education
Northbridge University School of Medicine
"""
    hdrs = std(mid, "Fri, 29 Aug 2025 03:50:22 -0400",
               '"OIME Office" <oime@northbridge-univ.example.com>',
               "RE: Inquiry about rural placement programmes in Japan",
               rp="<oime@northbridge-univ.example.com>", host="mx0b-0017a301.northbridge-univ.example.com",
               extra=[("In-Reply-To", "<out.20250829163012.0931@md2-rm.example.org>")])
    eml = single(hdrs, body, "ascii", "us-ascii", "7bit")
    add(24, "english-university-office-ack-no-headers", "auto_reply",
        "text/plain us-ascii 7bit; English; no RFC 3834 headers, Subject 'RE:' as a normal reply; Date -0400", "medium",
        "A US university office's automatic acknowledgement ('This is an automated message to confirm that we have received your email'): auto_reply by its wording only; the +1 phone and the closure dates are not data",
        eml, gold(mid, "auto_reply"))


def m025():
    mid = "CAFvR2o0Lq7-autoreply-9d3e1f7a@mail.example.com"
    text = """メールありがとうございます。

私事で恐縮ですが、手術のため10月6日から10月31日まで入院しております。
この間はメールを確認できないことがございます。

外来診療に関するお問い合わせは整形外科外来（0263-33-8120）へ、
その他のご用件は医局秘書の宮下までご連絡ください。

※このメールは自動で返信しています。

松本城北病院 整形外科
北沢 亮
"""
    hdrs = std(mid, "Tue, 07 Oct 2025 14:26:19 +0900",
               addr("北沢 亮", "r.kitazawa.ortho@mail.example.com", "utf8"),
               ew("Re: 【ご案内】長野県北部 整形外科 非常勤（週1日）のご紹介", "utf8"),
               rp="<r.kitazawa.ortho@mail.example.com>", host="mail-sor-f69.mail.example.com",
               extra=[("Auto-Submitted", "auto-replied"),
                      ("In-Reply-To", "<intro.20251007141500.0288@md2-rm.example.org>")])
    eml = single(hdrs, text, "utf-8", "UTF-8", "base64")
    add(25, "gmail-vacation-in-hospital-utf8b64", "auto_reply",
        "text/plain UTF-8 base64 (webmail vacation responder); Auto-Submitted: auto-replied; Subject RFC 2047 UTF-8 B with job words", "easy",
        "A registered orthopaedist's vacation reply while he is in hospital himself: auto_reply; 整形外科, 長野県, 非常勤（週1日） in the subject and the outpatient phone are not lead data",
        eml, gold(mid, "auto_reply"))


def m026():
    mid = "20251201000502.A11C.autonotice@town-shiraoi-like.example.jp"
    body = """※このメールは自動送信されています。

お送りいただいたメールアドレス（hoken@town-shiraoi-like.example.jp）は、
庁内メールシステムの更新に伴い、令和7年11月30日をもって廃止いたしました。

恐れ入りますが、保健福祉課へのご連絡は、下記の新しいアドレスへお送りください。
　新アドレス：hokenfukushi@town-shiraoi-like.example.jp

お送りいただいたメールは、担当者へ転送されておりません。
ご不便をおかけいたしますが、ご理解のほどお願い申し上げます。

保健福祉課（代表 0144-82-2711）
"""
    hdrs = std(mid, "Mon, 01 Dec 2025 09:05:02 +0900",
               addr("保健福祉課", "hoken@town-shiraoi-like.example.jp", "sjis"),
               ew("【自動送信】メールアドレス変更のお知らせ", "sjis"),
               rp="<>", host="mail.town-shiraoi-like.example.jp",
               extra=[("Auto-Submitted", "auto-generated"), ("X-Autoreply", "yes")])
    eml = single(hdrs, body, "shift_jis", "Shift_JIS", "base64")
    add(26, "town-office-address-retired-notice-sjis-b64", "auto_reply",
        "text/plain Shift_JIS base64; Auto-Submitted: auto-generated, X-Autoreply: yes, Return-Path <>", "medium",
        "A town office's automatic notice that the address was retired and mail was not forwarded: auto_reply (not bounce: it is not a DSN and comes from the recipient's system, not an MTA); the new address and the phone are not lead data",
        eml, gold(mid, "auto_reply"))


def m027():
    mid = "20250620113355.7F2B.autoreply@jsrm-congress.example.jp"
    body = """第37回日本へき地医療学会学術集会 運営事務局です。

ただいま学術集会の会期中（6月20日〜22日）のため、事務局の対応に時間をいただいております。
いただいたメールには、6月24日（火）以降に順次ご返信いたします。

演題・参加登録に関するお問い合わせは、学会ホームページの「よくあるご質問」もご覧ください。
https://jsrm-congress.example.jp/37/faq

本メールは送信専用アドレスから自動的にお送りしています。

第37回日本へき地医療学会学術集会 運営事務局
株式会社コングレス・サポート内
TEL 011-251-7702
"""
    hdrs = std(mid, "Fri, 20 Jun 2025 11:33:55 +0900",
               addr("第37回日本へき地医療学会 運営事務局", "noreply@jsrm-congress.example.jp", "euc"),
               ew("Re: 展示ブース出展についてのお問い合わせ", "euc"),
               rp="<noreply@jsrm-congress.example.jp>", host="mail.jsrm-congress.example.jp",
               extra=[("X-Autoreply", "yes")])
    eml = single(hdrs, body, "euc_jp", "EUC-JP", "8bit")
    add(27, "congress-office-during-meeting-x-autoreply-eucjp", "auto_reply",
        "text/plain EUC-JP 8bit; X-Autoreply: yes only (no Auto-Submitted); noreply sender; From/Subject RFC 2047 EUC-JP B", "medium",
        "A congress organiser's 'we are at the meeting' autoresponder to the secretariat's booth inquiry: auto_reply; the phone, the dates and the company are not lead data",
        eml, gold(mid, "auto_reply"))


def m028():
    mid = "TYCPR01MB11842B0E3F7A9C2D51E6B4A08F3C95@TYCPR01MB11842.jpnprd01.prod.outlook.example.com"
    text = """メッセージ

　宛先:　　谷口 浩之
　件名:　　【地域医療マッチング】ご紹介先病院との面談日程について
　送信日時:　　2025/11/04 9:12

は 2025/11/04 13:40 に開封されました。
"""
    mdn = """Reporting-UA: TYCPR01MB11842.jpnprd01.prod.outlook.example.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;h-taniguchi@kochi-seinan-hp.example.jp
Original-Message-ID: <sched.20251104091201.0350@md2-rm.example.org>
Disposition: manual-action/MDN-sent-manually; displayed
"""
    hdrs = std(mid, "Tue, 04 Nov 2025 04:40:12 +0000",
               addr("谷口 浩之", "h-taniguchi@kochi-seinan-hp.example.jp", "jis"),
               ew("開封済み: 【地域医療マッチング】ご紹介先病院との面談日程について"),
               rp="<h-taniguchi@kochi-seinan-hp.example.jp>",
               host="mail-tycpr01on2131.outbound.protection.outlook.example.com",
               extra=[("Content-Language", "ja-JP")])
    parts = [leaf(text, "iso2022_jp", "iso-2022-jp", "7bit"),
             ([("Content-Type", "message/disposition-notification")], cte_apply(encode(mdn, "ascii"), "7bit"))]
    eml = multipart(hdrs, "report", "_004_TYCPR01MB11842B0E3F7A9C2D51E6B4A08F3C95_", parts,
                    params=" report-type=disposition-notification;")
    add(28, "outlook-read-receipt-mdn-jis", "auto_reply",
        "multipart/report; report-type=disposition-notification (Outlook read receipt): text/plain iso-2022-jp + message/disposition-notification; no Auto-Submitted; Date +0000", "hard",
        "An Outlook read receipt ('開封済み:', 'は … に開封されました') for the secretariat's mail about an interview: a machine-generated reply, so auto_reply (not bounce: a disposition notification, not a delivery status notification; not the doctor himself writing); name and dates are not lead data",
        eml, gold(mid, "auto_reply"))


def m029():
    mid = "20260122150744.rsv.58812@kaigishitsu-yoyaku.example.jp"
    text = """地域医療マッチング事務局 様

この度は、市民交流センター会議室のご予約をお申し込みいただき、誠にありがとうございます。
以下の内容で仮予約を受け付けました。

受付番号：R-2026-0388
施設名：第2会議室（定員40名）
利用日時：2026年3月14日（土）13:00～17:00
利用目的：説明会

本予約の確定は、使用料のお支払いをもって完了となります。
お支払い方法のご案内は、3営業日以内に担当者よりお送りいたします。

※本メールは送信専用のシステムから自動配信しております。ご返信いただいてもお答えできません。

松江市民交流センター 予約受付システム
TEL 0852-55-3190（9:00～17:00）
"""
    html = to_html(text, "Shift_JIS", "ＭＳ Ｐゴシック")
    hdrs = std(mid, "Thu, 22 Jan 2026 15:07:44 +0900",
               addr("松江市民交流センター", "no-reply@kaigishitsu-yoyaku.example.jp", "sjis"),
               ew("【仮予約受付】会議室ご予約のお知らせ（受付番号：R-2026-0388）", "sjis"),
               rp="<no-reply@kaigishitsu-yoyaku.example.jp>", host="web01.kaigishitsu-yoyaku.example.jp",
               extra=[("X-Mailer", "PHPMailer 6.9.1 (https://github.example.com/PHPMailer/PHPMailer)")])
    eml = single(hdrs, html, "cp932", "Shift_JIS", "quoted-printable", "text/html")
    add(29, "venue-booking-receipt-html-sjis-qp", "auto_reply",
        "text/html only, Shift_JIS quoted-printable, encoded through CP932 (～ U+FF5E as 0x8160, which the plain Shift_JIS table reads as 〜 U+301C); no RFC 3834 headers; no-reply sender", "medium",
        "A venue booking system's '仮予約を受け付けました … 自動配信' confirmation for the secretariat's own booking: auto_reply; 松江, the booking number, 定員40名 and the phone are not lead data",
        eml, gold(mid, "auto_reply"))


# ======================================================================= bounce

def m030():
    mid = "202508250212.57P2CQk1018824@mx.sanin-cable.example.jp"
    notif = """The original message was received at Mon, 25 Aug 2025 11:12:24 +0900
from mx1.md2-rm.example.org [192.0.2.25]

   ----- The following addresses had permanent fatal errors -----
<t.ohara@sanin-cable.example.jp>
    (reason: 550 5.1.1 <t.ohara@sanin-cable.example.jp>... User unknown)

   ----- Transcript of session follows -----
... while talking to mailbox.sanin-cable.example.jp.:
>>> DATA
<<< 550 5.1.1 <t.ohara@sanin-cable.example.jp>... User unknown
550 5.1.1 <t.ohara@sanin-cable.example.jp>... User unknown
<<< 503 5.0.0 Need RCPT (recipient)
"""
    status = """Reporting-MTA: dns; mx.sanin-cable.example.jp
Received-From-MTA: DNS; mx1.md2-rm.example.org
Arrival-Date: Mon, 25 Aug 2025 11:12:24 +0900

Final-Recipient: RFC822; t.ohara@sanin-cable.example.jp
Action: failed
Status: 5.1.1
Remote-MTA: DNS; mailbox.sanin-cable.example.jp
Diagnostic-Code: SMTP; 550 5.1.1 <t.ohara@sanin-cable.example.jp>... User unknown
Last-Attempt-Date: Mon, 25 Aug 2025 11:12:25 +0900
"""
    orig = head([("Return-Path", "<md@md2-rm.example.org>"),
                 ("Received", "from mx1.md2-rm.example.org (mx1.md2-rm.example.org [192.0.2.25])\n\tby mx.sanin-cable.example.jp (8.15.2/8.15.2) with ESMTP id 57P2CQk1018824\n\tfor <t.ohara@sanin-cable.example.jp>; Mon, 25 Aug 2025 11:12:24 +0900"),
                 ("Date", "Mon, 25 Aug 2025 11:12:20 +0900"),
                 ("From", addr("地域医療マッチング事務局", INBOX, "jis")),
                 ("To", "t.ohara@sanin-cable.example.jp"),
                 ("Subject", ew("【ご紹介】島根県雲南市 内科 常勤（令和8年4月〜）")),
                 ("Message-ID", "<intro.20250825111220.0203@md2-rm.example.org>"),
                 ("MIME-Version", "1.0"),
                 ("Content-Type", "text/plain; charset=ISO-2022-JP"),
                 ("Content-Transfer-Encoding", "7bit")])
    hdrs = [("Return-Path", "<>"),
            ("Received", rcv("mx.sanin-cable.example.jp", "Mon, 25 Aug 2025 11:12:26 +0900")),
            ("Date", "Mon, 25 Aug 2025 11:12:26 +0900"),
            ("From", "Mail Delivery Subsystem <MAILER-DAEMON@mx.sanin-cable.example.jp>"),
            ("Message-Id", "<%s>" % mid),
            ("To", INBOX),
            ("Auto-Submitted", "auto-generated (failure)"),
            ("Subject", "Returned mail: see transcript for details")]
    parts = [([("Content-Type", "text/plain")], cte_apply(encode(notif, "ascii"), "7bit")),
             ([("Content-Type", "message/delivery-status")], cte_apply(encode(status, "ascii"), "7bit")),
             ([("Content-Type", "text/rfc822-headers")], orig)]
    eml = multipart(hdrs, "report", "57P2CQk1018824.1756087946/mx.sanin-cable.example.jp", parts,
                    "This is a MIME-encapsulated message", params=" report-type=delivery-status;")
    add(30, "sendmail-user-unknown-rfc822-headers", "bounce",
        "multipart/report delivery-status (sendmail 8.15): text/plain without charset + message/delivery-status + text/rfc822-headers (returned headers only, Subject RFC 2047 ISO-2022-JP)", "easy",
        "Sendmail 'Returned mail: see transcript for details' (550 5.1.1 User unknown) for a job introduction: bounce; 島根県雲南市/内科/常勤/令和8年4月 in the returned Subject are not lead data",
        eml, gold(mid, "bounce"))


def m031():
    mid = "20251009183002.0C9F2A@mta-out03.ezmail-like.example.jp"
    body = """このメールは、メールサーバーから自動的に送信されています。

お客様が送信されたメールは、以下の宛先に配信できませんでした。

　宛先：kenji.hamada.1961@ezmail-like.example.jp
　理由：受信者の迷惑メール設定により、受信が拒否されました。
　　　　（550 5.7.1 Message rejected by recipient's filter）

受信者の方が、パソコンからのメールや特定のドメインからのメールを
受け取らない設定にしている可能性があります。
お手数ですが、別の方法で受信者の方にご連絡ください。

－－－－－ 送信されたメールの情報 －－－－－
送信日時：2025/10/09 18:29:51
差出人　：md@md2-rm.example.org
件名　　：【地域医療マッチング】面談日程のご確認（濱田 健二 先生）
"""
    hdrs = [("Return-Path", "<>"),
            ("Received", rcv("mta-out03.ezmail-like.example.jp", "Thu, 09 Oct 2025 18:30:03 +0900")),
            ("Date", "Thu, 09 Oct 2025 18:30:02 +0900"),
            ("From", addr("メール配信システム", "postmaster@ezmail-like.example.jp", "sjis")),
            ("To", INBOX),
            ("Subject", ew("【配信エラー】メールをお届けできませんでした", "sjis")),
            ("Message-ID", "<%s>" % mid)]
    eml = single(hdrs, body, "cp932", "Shift_JIS", "8bit")
    add(31, "mobile-carrier-filter-rejected-japanese-sjis", "bounce",
        "text/plain Shift_JIS 8bit, encoded through CP932 (full-width － U+FF0D as 0x817C, read as U+2212 by the plain Shift_JIS table); not multipart/report; From postmaster with a Japanese display name", "medium",
        "A mobile carrier's Japanese non-delivery notice (受信者の迷惑メール設定により…配信できませんでした, 550 5.7.1): bounce; the recipient's name and 1961 in the address, 面談 and the date are not lead data",
        eml, gold(mid, "bounce"))


def m032():
    mid = "E1uP3xK-000R7b-2N@mail.hakata-med-assoc.example.jp"
    body = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  jimukyoku@hakata-med-assoc.example.jp
    message too big: size=14582311 limit=10485760

------ This is a copy of the message's headers. ------

Return-path: <md@md2-rm.example.org>
Received: from mx1.md2-rm.example.org ([192.0.2.25])
\tby mail.hakata-med-assoc.example.jp with esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384
\t(Exim 4.98)
\t(envelope-from <md@md2-rm.example.org>)
\tid 1uP3xJ-000R7a-1Q
\tfor jimukyoku@hakata-med-assoc.example.jp;
\tWed, 28 Jan 2026 16:40:11 +0900
Date: Wed, 28 Jan 2026 16:40:05 +0900
From: md@md2-rm.example.org
To: jimukyoku@hakata-med-assoc.example.jp
Subject: =?UTF-8?B?44CQ6LOH5paZ6YCB5LuY44CR6Kqs5piO5Lya44Od44K544K/44O844O744OB44Op44K3?=
Message-ID: <docs.20260128164005.0071@md2-rm.example.org>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="------------Xq2Lm8Rb0Tf4Vz6Hc1Ne"
"""
    hdrs = [("Return-Path", "<>"),
            ("Received", rcv("mail.hakata-med-assoc.example.jp", "Wed, 28 Jan 2026 16:40:12 +0900")),
            ("Date", "Wed, 28 Jan 2026 16:40:12 +0900"),
            ("From", "Mail Delivery System <Mailer-Daemon@mail.hakata-med-assoc.example.jp>"),
            ("To", INBOX),
            ("Subject", "Mail delivery failed: returning message to sender"),
            ("Message-Id", "<%s>" % mid),
            ("Auto-Submitted", "auto-replied"),
            ("X-Failed-Recipients", "jimukyoku@hakata-med-assoc.example.jp")]
    eml = head(hdrs) + b"\r\n" + cte_apply(encode(body, "ascii"), "7bit")
    add(32, "exim-message-too-big-headers-only", "bounce",
        "text/plain without MIME headers (Exim 4.98), us-ascii; X-Failed-Recipients; the returned headers pasted in the body", "easy",
        "Exim 'Mail delivery failed' because the message with the leaflet PDF was too big (size limit): bounce; the sizes are not phones, the failed recipient is not lead data",
        eml, gold(mid, "bounce"))


# ========================================================================= spam

def m033():
    mid = "20250819224107.D3E9A0F7B1@etc-meisai-info.example.com"
    body = """ETC利用照会サービスをご利用いただき、ありがとうございます。

お客様のETCサービスは、お支払い情報の確認ができないため、無効となりました。
引き続きサービスをご利用いただくには、以下のリンクより情報の更新をお願いいたします。

▼ご登録情報の更新
https://etc-meisai-info.example.com/member/update?sid=7f3a91c0

※2025年8月21日までに更新されない場合、ETCカードのご利用を停止させていただきます。

────────────────
ETC利用照会サービス事務局
本メールは送信専用です。
────────────────
"""
    hdrs = std(mid, "Tue, 19 Aug 2025 22:41:07 +0900",
               addr("ETC利用照会サービス", "info@etc-meisai-info.example.com", "jis"),
               ew("【重要なお知らせ】ETCサービスは無効になりました"),
               rp="<bounce-7731@mailer-relay.example.com>", host="vps-5521.mailer-relay.example.com",
               extra=[("X-Mailer", "Microsoft Outlook Express 6.00.2900.5512")])
    eml = single(hdrs, body, "iso2022_jp", "ISO-2022-JP", "7bit")
    add(33, "etc-card-phishing-jis", "spam",
        "text/plain ISO-2022-JP 7bit; Return-Path on an unrelated domain", "easy",
        "ETC toll-card phishing ('サービスは無効になりました', update link, deadline): spam; no lead fields",
        eml, gold(mid, "spam"))


def m034():
    mid = "01000199b2c4d6e8-5a7c9e1f-2b4d-4f6a-8c0e-1d3f5a7b9c2e-000000@mail.nurse-agent-pro.example.com"
    text = """病院・クリニック 採用ご担当者様

突然のご連絡失礼いたします。
看護師・介護職専門の人材紹介サービス「ナースエージェントPro」でございます。

「常勤看護師がなかなか集まらない」「夜勤ができる人が足りない」
このようなお悩みはございませんか？

◆全国12万人の看護師・准看護師が登録
◆北海道から沖縄まで、地方の医療機関でのご紹介実績多数
◆紹介手数料は業界最安水準の年収18％～、早期退職時は全額返金

今なら、求人票の作成を無料で代行いたします。
下記フォームから「無料相談」をお申し込みください。

▼無料相談のお申し込み
https://nurse-agent-pro.example.com/hospital/contact?utm_source=mail

株式会社メディカルキャリアブリッジ
ナースエージェントPro 法人営業部
TEL 0120-318-775（平日9:00～18:00）

配信停止をご希望の場合は、こちらからお手続きください。
https://nurse-agent-pro.example.com/optout
"""
    html = to_html(text, "utf-8", "Hiragino Sans")
    hdrs = std(mid, "Wed, 10 Sep 2025 01:00:04 +0000",
               addr("ナースエージェントPro", "info@nurse-agent-pro.example.com", "utf8"),
               ew("【病院様向け】看護師の採用、まだ求人広告だけですか？", "utf8"),
               rp="<bounce@mail.nurse-agent-pro.example.com>", host="a48-112.smtp-out.nurse-agent-pro.example.com",
               extra=[("List-Unsubscribe", "<https://nurse-agent-pro.example.com/optout>"),
                      ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                      ("Precedence", "bulk")])
    parts = [leaf(text, "utf-8", "UTF-8", "quoted-printable"),
             leaf(html, "utf-8", "UTF-8", "quoted-printable", "text/html")]
    eml = multipart(hdrs, "alternative", "----=_Part_448201_1187436622.1757466004118", parts)
    add(34, "nurse-recruitment-agency-ad-alt-qp", "spam",
        "multipart/alternative text+html UTF-8 quoted-printable; List-Unsubscribe(+Post), Precedence: bulk; Date +0000", "medium",
        "A nurse-placement agency's sales mail to hospitals (常勤, 夜勤, 北海道から沖縄まで, 全国, 配信停止): spam, not hospital and not unsubscribe; the 0120 number is not data",
        eml, gold(mid, "spam"))


def m035():
    mid = "20250611071812.4b1c9e@apex-horizon-capital.example.com"
    body = """Dear Healthcare Professional,

As a respected member of the medical community, you have been selected to receive
early access to an exclusive pre-IPO allocation in MedAxis Robotics, a fast-growing
surgical-robotics company expected to list later this year.

  * Minimum allocation: USD 25,000
  * Projected return at listing: 280% - 400%
  * Allocations are strictly limited and offered on a first-come basis

Physicians planning for retirement have found this to be one of the most attractive
opportunities of the decade. To reserve your allocation, simply reply to this email
with your full name, phone number and preferred amount, and one of our senior
advisors will contact you within 24 hours.

Warm regards,

Jonathan Reeves
Senior Partner, Apex Horizon Capital
+44 20 7946 0321
"""
    hdrs = std(mid, "Wed, 11 Jun 2025 07:18:12 +0000",
               '"Jonathan Reeves" <j.reeves@apex-horizon-capital.example.com>',
               "Exclusive pre-IPO allocation for medical professionals",
               rp="<j.reeves@apex-horizon-capital.example.com>", host="mail.apex-horizon-capital.example.com",
               extra=[("Reply-To", "allocations@apex-horizon-desk.example.com")])
    eml = single(hdrs, body, "ascii", "us-ascii", "7bit")
    add(35, "english-pre-ipo-investment-pitch", "spam",
        "text/plain us-ascii 7bit; English; Reply-To on another domain", "easy",
        "English pre-IPO investment pitch to physicians ('planning for retirement', reply with name and phone): spam; no lead fields despite the signature, the +44 phone and Reply-To",
        eml, gold(mid, "spam"))


def m036():
    mid = "20251104100012.88A1.award@ryoi-iryo-100sen.example.jp"
    body = """医療機関 ご担当者様

このたび、貴院が「2025年度 地域に選ばれる優良医療機関100選」の
掲載候補に選定されましたので、ご案内申し上げます。

本企画は、全国の病院・診療所の中から、地域医療への貢献が顕著な医療機関を
編集部が独自に調査・選定し、特集誌およびWebサイトでご紹介するものです。

掲載をご希望の場合は、同封の申込書にご記入のうえ、11月20日までにご返送ください。
なお、掲載には取材・編集協力費として198,000円（税別）を申し受けます。
掲載医療機関には、認定証（額装）と認定ロゴの使用権を進呈いたします。

株式会社 医療ジャーナル出版 「優良医療機関100選」編集部
TEL 03-5789-2210
"""
    hdrs = std(mid, "Tue, 04 Nov 2025 10:00:12 +0900",
               addr("優良医療機関100選 編集部", "henshu@ryoi-iryo-100sen.example.jp", "sjis"),
               ew("【ご案内】貴院が「優良医療機関100選」の掲載候補に選定されました", "sjis"),
               rp="<henshu@ryoi-iryo-100sen.example.jp>", host="mail.ryoi-iryo-100sen.example.jp")
    eml = single(hdrs, body, "shift_jis", "Shift_JIS", "8bit")
    add(36, "vanity-award-paid-listing-sjis", "spam",
        "text/plain Shift_JIS 8bit; From/Subject RFC 2047 Shift_JIS B", "medium",
        "A paid 'top-100 medical institutions' vanity award (掲載候補に選定, 編集協力費): unsolicited marketing -> spam, not general; the fee, the deadline and the phone are not data",
        eml, gold(mid, "spam"))


def m037():
    mid = "20250714033055.6628417@gloves-trade-sz.example.com"
    body = """尊敬するお客様

こんにちは！私たちは中国深センの医療用手袋工場です。10年以上の生産経験があります。
ニトリル手袋、ラテックス手袋、使い捨てマスクなどを工場直販価格で提供できます。

【製品の利点】
1. 品質はCE、FDA認証を取得しました
2. 最低注文数量は1箱から、大口は更に割引
3. 日本までDHLで7日で届きます

病院、クリニック、介護施設のお客様に大好評です。
カタログと見積書が必要なら、ご返信ください。すぐにお送ります。

よろしくお願いします。

Lily Zhang
営業マネージャー
WhatsApp: +86 138 2654 7719
"""
    hdrs = std(mid, "Mon, 14 Jul 2025 11:30:55 +0800",
               '"Lily Zhang" <sales03@gloves-trade-sz.example.com>',
               ew("医療用手袋の工場直販価格のご案内", "utf8"),
               rp="<sales03@gloves-trade-sz.example.com>", host="smtp.gloves-trade-sz.example.com")
    eml = single(hdrs, body, "utf-8", "utf-8", "base64")
    add(37, "machine-translated-gloves-factory-utf8b64", "spam",
        "text/plain UTF-8 base64; awkward machine-translated Japanese; Date +0800", "easy",
        "A Chinese factory's glove and mask sales mail in machine-translated Japanese (病院, クリニック, 介護施設): spam; the +86 WhatsApp number is not a phone for the lead",
        eml, gold(mid, "spam"))


def m038():
    mid = "20251021080003.seminar.4471028@hatarakikata-consul.example.jp"
    body = """病院長・事務長 各位

平素より格別のご高配を賜り、厚く御礼申し上げます。
株式会社ホスピタル・ワークデザインでございます。

2024年4月に始まった医師の時間外労働の上限規制から1年半が経ちました。
「宿日直許可が取れない」「大学からの派遣医師が引き揚げられた」「当直体制が維持できない」
といったご相談が、地方の病院様から急増しております。

そこで、下記の無料オンラインセミナーを開催いたします。

━━━━━━━━━━━━━━━━━━━━━━━━━━━━
 医師の働き方改革 実践セミナー
 ～地方病院の当直体制をどう守るか～
 日時：2025年11月13日（木）14:00～15:30
 会場：オンライン（Zoom）　参加費：無料
 お申込み：https://hatarakikata-consul.example.jp/seminar/1113
━━━━━━━━━━━━━━━━━━━━━━━━━━━━

定員は100名です。お早めにお申し込みください。

※本メールは、弊社とお名刺交換をさせていただいた方、および公開情報をもとにお送りしております。
※今後の配信を希望されない場合は、お手数ですが本メールに「配信停止」とご返信ください。

株式会社ホスピタル・ワークデザイン　セミナー事務局
TEL 06-6245-8830
"""
    hdrs = std(mid, "Tue, 21 Oct 2025 08:00:03 +0900",
               addr("ホスピタル・ワークデザイン セミナー事務局", "seminar@hatarakikata-consul.example.jp", "jis"),
               ew("【無料セミナー】医師の働き方改革 ～地方病院の当直体制をどう守るか～", "utf8"),
               rp="<seminar@hatarakikata-consul.example.jp>", host="mta12.bulk-sender.example.jp",
               extra=[("List-Unsubscribe", "<mailto:seminar@hatarakikata-consul.example.jp?subject=unsubscribe>"),
                      ("Precedence", "bulk")])
    eml = single(hdrs, body, "cp932", "Shift_JIS", "base64")
    add(38, "work-style-reform-webinar-mass-mail-sjis-b64", "spam",
        "text/plain Shift_JIS base64, encoded through CP932 (～ U+FF5E as 0x8160); Subject RFC 2047 UTF-8 B, From ISO-2022-JP B; List-Unsubscribe mailto, Precedence: bulk", "medium",
        "A consultancy's mass invitation to a free webinar on doctors' working-hour reform (宿日直, 派遣医師, 当直, 地方の病院, 「配信停止」とご返信): spam, not hospital and not unsubscribe; the seminar date is not a start",
        eml, gold(mid, "spam"))


def m039():
    mid = "7f1e9c3a5b2d4086a1c3e5f7b9d2046@vps-88213.example.com"
    body = """Hello!

I have bad news for you. Some months ago I gained access to the devices you use
for browsing the internet. Since then I have been monitoring your activity and I
have recorded videos of you.

I will delete everything if you send 1350 USD in Bitcoin to this address:

    bc1q9x7vd2k0m4ptw8e6h3yl5s2rg1qz0fj7c4na6u

You have 48 hours from opening this email. I can see when you open it.
Do not reply to this message - the sender address is random.
Do not contact the police; I will know.
"""
    hdrs = std(mid, "Sat, 13 Dec 2025 16:44:09 +0100",
               INBOX,
               "Your account has been hacked! Change your password immediately.",
               rp="<md@md2-rm.example.org>", host="vps-88213.example.com",
               extra=[("X-Priority", "1 (Highest)")])
    eml = single(hdrs, body, "ascii", "us-ascii", "7bit")
    add(39, "english-bitcoin-sextortion-spoofed-from", "spam",
        "text/plain us-ascii 7bit; English; From spoofed as the secretariat's own address; Date +0100", "easy",
        "Bitcoin sextortion mail with the secretariat's own address forged as the sender: spam; no person fields (the From is our own address)",
        eml, gold(mid, "spam"))


def m040():
    mid = "20250902194411.fukugyo.0092317@doctor-fukugyo-lab.example.com"
    body = """先生、毎日の診療お疲れさまです！

「定年後の収入が不安…」
「勤務医の給料だけでは将来が心配…」

そんな先生方のために、医師限定のスマホ副業をご紹介します。
1日たった15分の作業で、月収100万円を達成した先生も続出中！

✅ 医師免許を持つ方だけが参加できる特別な仕組み
✅ 初期費用は今だけ0円
✅ 非常勤やスポット勤務よりも効率よく稼げます

▼まずはLINEで無料登録（先着30名様限定）
https://doctor-fukugyo-lab.example.com/line/entry?ref=mail0902

※このメールにお心当たりがない場合は、お手数ですが破棄してください。
ドクター副業ラボ運営事務局
"""
    hdrs = std(mid, "Tue, 02 Sep 2025 19:44:11 +0900",
               addr("ドクター副業ラボ", "info@doctor-fukugyo-lab.example.com", "utf8"),
               ew("【医師限定】1日15分で月100万円？先生だけの新しい働き方", "utf8"),
               rp="<info@doctor-fukugyo-lab.example.com>", host="sv4417.cheap-vps.example.com")
    eml = single(hdrs, body, "utf-8", "UTF-8", "8bit")
    add(40, "doctor-side-job-line-scam-utf8-8bit", "spam",
        "text/plain UTF-8 8bit with emoji (✅); From/Subject RFC 2047 UTF-8 B", "easy",
        "'Side job for doctors' scam pushing a LINE registration (定年後, 勤務医, 非常勤やスポット勤務, 月収100万円): spam, not doctor; no lead fields",
        eml, gold(mid, "spam"))


# ========================================================================= main

def build():
    MAILS.clear()
    for i in range(1, 41):
        globals()["m%03d" % i]()
    return list(MAILS)


def main():
    write_set(build(), sys.argv[1] if len(sys.argv) > 1 else HERE)


if __name__ == "__main__":
    main()
