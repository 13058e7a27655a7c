#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Hold-out test mails for madoguchi parse (30 invented messages + gold labels).

    python3 generate.py [OUTDIR]     # writes NNN-slug.eml, NNN-slug.json, index.tsv

Written by an independent examiner from spec/lead.md and samples/README.md only
(no project Go code read). People, institutions, numbers and addresses are invented;
only .example.jp / .example.com / .example.org domains are used.  Output is
deterministic.  MIME is assembled by hand (RFC 2047 words, base64 and QP via the
standard library) so that every byte, charset label and transfer encoding is exactly
what the index says; CRLF line endings throughout.
The MIME and encoding helpers are those of ../tools/mailgen.py.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tools"))
from mailgen import (  # noqa: E402
    addr, CHUGOKU, cte_apply, encode, ew, ewq, gold, head, HOKURIKU, INBOX, KOSHINETSU,
    KYUSHU, leaf, multipart, MX, received, SEC_SIG, single, TOHOKU, write_set)


MAILS = []


def add(num, slug, cat, enc, diff, desc, eml, g):
    MAILS.append(dict(num=num, slug=slug, cat=cat, enc=enc, diff=diff, desc=desc, eml=eml, gold=g))


# ======================================================================= doctor

def m001():
    mid = "20221108211452.7A4C.3E91B2F0@minuma-net.example.jp"
    body = """地域医療マッチング事務局 ご担当者様

はじめてご連絡いたします。菅原と申します。
昭和32年生まれの内科医で、現在はさいたま市の医療法人 清和会 見沼中央病院で、糖尿病外来を中心に診療しております。

来年3月末で定年を迎えますが、体力的にはまだ働けますので、
かねてより気になっていた医師の少ない地域で、もう一度腰を据えて診療をしたいと考えております。
学生時代を東北で過ごしたこともあり、東北地方であれば県は問いません。

希望する条件は次のとおりです。
　・診療科：内科（糖尿病・内分泌の専門医を持っております）
　・勤務形態：常勤
　・勤務開始：来年4月から
　・住まい：単身赴任も可

ご登録の手続きと、今後の流れについてお教えいただければ幸いです。
どうぞよろしくお願いいたします。

--
菅原 道隆（すがわら みちたか）
携帯 090-3318-6402
自宅 048-873-5519
m.sugawara@minuma-net.example.jp
"""
    hdrs = [("Return-Path", "<m.sugawara@minuma-net.example.jp>"),
            ("Received", received("smtp.minuma-net.example.jp", "198.51.100.42", "4N6Kq03rWbz1Tc",
                                  "Tue, 08 Nov 2022 21:14:54 +0900 (JST)")),
            ("Date", "Tue, 08 Nov 2022 21:14:52 +0900"),
            ("From", addr("菅原 道隆", "m.sugawara@minuma-net.example.jp", "jis")),
            ("To", INBOX),
            ("Subject", ew("医師登録について（内科・東北地方希望）")),
            ("Message-ID", "<%s>" % mid),
            ("X-Mailer", "Becky! ver. 2.80.04 [ja]")]
    eml = single(hdrs, body, "iso2022_jp", '"ISO-2022-JP"', "7bit")
    g = gold(mid, "doctor", name="菅原 道隆", name_kana="スガワラ ミチタカ",
             email="m.sugawara@minuma-net.example.jp", phone="09033186402", birth_year=1957,
             organization="医療法人 清和会 見沼中央病院", specialties=["内科", "糖尿病・内分泌内科"],
             prefectures=TOHOKU, employment=["full_time"], start="2023-04")
    add(1, "internist-tohoku-showa-jis", "doctor",
        "text/plain ISO-2022-JP 7bit; From name and Subject RFC 2047 ISO-2022-JP B", "easy",
        "Retiring internist in Saitama: 昭和32年生まれ -> 1957 (no age), 東北地方 -> 6 prefectures, 来年4月 in Nov 2022 -> 2023-04; hiragana reading in the signature; first phone is the mobile; 来年3月末 is his retirement, not the start",
        eml, g)


def m002():
    mid = "form.20220914064811.007@form.md2-rm.example.org"
    body = """医師登録フォームより、以下の内容で登録申込みを受け付けました。
------------------------------------------------------------
■ 氏名          : 長谷部 孝之
■ ふりがな      : はせべ　たかゆき
■ 年齢          : 64
■ 生年          : 昭和33年
■ メールアドレス: hasebe.t@etchu-mail.example.jp
■ 電話番号      : 0766-22-4187
■ 現在の勤務先  : 高岡市民協立病院
■ 専門診療科    : 外科、消化器外科
■ 希望勤務地    : 北陸三県
■ 希望勤務形態  : 非常勤（週2日）
■ 勤務開始時期  : 2023年1月
■ 自由記入欄    :
今年12月末で現在の病院を退職する予定です。
外来や小手術、術後の管理であれば対応可能です。
自宅から通える範囲が理想ですが、北陸であれば単身で移ることも考えます。
------------------------------------------------------------
送信日時: 2022/09/14 06:48:11
※本メールは送信専用アドレスから自動送信されています。このメールに返信しないでください。
ドクターセカンドキャリア 地域医療マッチング事務局　TEL 03-6675-9919
"""
    hdrs = [("Return-Path", "<no-reply@form.md2-rm.example.org>"),
            ("Received", "from web02.md2-rm.example.org (web02.md2-rm.example.org [192.0.2.81])\n\tby %s (Postfix) with ESMTP id 4MSDd93kVmz2Qx\n\tfor <%s>; Wed, 14 Sep 2022 06:48:12 +0900 (JST)" % (MX, INBOX)),
            ("Date", "Wed, 14 Sep 2022 06:48:11 +0900"),
            ("From", addr("地域医療マッチング 医師登録フォーム", "no-reply@form.md2-rm.example.org", "utf8")),
            ("To", INBOX),
            ("Subject", ew("[医師登録] 新規登録がありました No.20220914-007", "utf8")),
            ("Message-ID", "<%s>" % mid),
            ("X-Mailer", "md2-rm formmailer 2.4")]
    eml = single(hdrs, body, "utf-8", "UTF-8", "base64")
    g = gold(mid, "doctor", name="長谷部 孝之", name_kana="ハセベ タカユキ",
             email="hasebe.t@etchu-mail.example.jp", phone="0766224187", age=64, birth_year=1958,
             organization="高岡市民協立病院", specialties=["外科", "消化器外科"], prefectures=HOKURIKU,
             employment=["part_time"], days_per_week=2, start="2023-01")
    add(2, "form-surgeon-hokuriku-utf8", "doctor",
        "text/plain UTF-8 base64; web form (■ label : value); From/Subject RFC 2047 UTF-8 B", "medium",
        "Form registration: hiragana furigana with full-width space -> katakana, both 年齢 64 and 生年 昭和33年 (-> 1958), 北陸三県 -> 3 prefectures, 非常勤（週2日）, 2023年1月; email/phone from the body, footer phone is the secretariat's",
        eml, g)


def m003():
    mid = "000b01d944c2$8a1f3e60$9e5dbb20$@chikugo-home.example.jp"
    body = """地域医療マッチング事務局 御中

はじめまして。福岡県久留米市に住んでおります中園律子と申します。
本日は、小児科医である夫・中園 健一のことでご相談させていただきたく、代わってご連絡いたしました。

夫は今年で六十八歳になります。昨年まで聖マルタ小児病院に勤めておりましたが、
退職後は家におりまして、本人も「まだ子どもを診たい」と申しております。

新聞で貴事業の記事を拝見し、九州の中で小児科の先生が足りない地域があれば、
お手伝いできないかと思った次第です。九州内であれば、単身での赴任も本人は構わないそうです。

　・勤務の形：非常勤で、週3日くらい
　・開始：できれば来月から

夫はパソコンのメールを使いませんので、ご連絡は私（律子）宛てにいただけますと助かります。
電話：080-6620-1934（律子の携帯）

何卒よろしくお願いいたします。

中園 律子
"""
    hdrs = [("Return-Path", "<ritsuko.nakazono@chikugo-home.example.jp>"),
            ("Received", received("mail.chikugo-home.example.jp", "203.0.113.77", "4PKtTs0Nqfz3wM",
                                  "Mon, 20 Feb 2023 10:05:35 +0900 (JST)")),
            ("From", addr("中園 律子", "ritsuko.nakazono@chikugo-home.example.jp", "sjis")),
            ("To", addr("地域医療マッチング事務局", INBOX, "sjis")),
            ("Subject", ew("夫の就業についてのご相談", "sjis")),
            ("Date", "Mon, 20 Feb 2023 10:05:33 +0900"),
            ("Message-ID", "<%s>" % mid),
            ("X-Mailer", "Microsoft Outlook 16.0"),
            ("Thread-Index", "AdlEwol7sT0kX2yRQ6mFv3b1nLc9ow==")]
    eml = single(hdrs, body, "shift_jis", '"shift_jis"', "8bit")
    g = gold(mid, "doctor", name="中園 健一", email="ritsuko.nakazono@chikugo-home.example.jp",
             phone="08066201934", age=68, organization="聖マルタ小児病院", specialties=["小児科"],
             prefectures=KYUSHU, employment=["part_time"], days_per_week=3, start="2023-03")
    add(3, "wife-pediatrician-kyushu-sjis", "doctor",
        "text/plain Shift_JIS 8bit; From/To/Subject RFC 2047 Shift_JIS B", "hard",
        "Wife writes for her husband (paediatrician): name is the husband's (中園 健一), email/phone the wife's; 六十八歳 -> 68; last workplace 聖マルタ小児病院; 九州 -> 7 prefectures (no 沖縄); 週3日くらい -> 3; 来月 in Feb 2023 -> 2023-03",
        eml, g)


def m004():
    mid = "3e8b1f6a-0c47-4d9e-b2a5-6f1d8c0e7a93@shunan-doc.example.jp"
    quoted = """阿川 修 様

このたびはご登録のお申込みをいただき、ありがとうございます。
事務局の小野寺でございます。
恐れ入りますが、ご紹介先の検討にあたり、以下の点をお知らせください。

1. 生年
2. ご専門の診療科
3. ご希望の勤務地（都道府県）
4. 常勤・非常勤のご希望と、週あたりの日数
5. 勤務開始のご希望時期

ご不明な点はお電話（03-6675-9919）でも承ります。
よろしくお願いいたします。

""" + SEC_SIG
    body = """事務局 小野寺様

お世話になっております。阿川です。
ご確認の件、下記のとおり回答いたします。

1. 生年：S36生まれです。
2. 専門：麻酔科（ペインクリニックも可）
3. 希望勤務地：山口県、広島県のいずれか
4. 勤務形態：非常勤、週1日（手術日の麻酔のみ）
5. 開始時期：10月から可能です

現在は周南市内の病院に嘱託で勤めておりますので、空いている曜日を充てたいと考えております。
どうぞよろしくお願いいたします。

阿川 修
携帯 080-2954-3371

On 2022/08/26 10:15, 地域医療マッチング事務局 wrote:
""" + "\n".join(("> " + l) if l else ">" for l in quoted.split("\n")) + "\n"
    hdrs = [("Return-Path", "<o-agawa@shunan-doc.example.jp>"),
            ("Received", received("mail.shunan-doc.example.jp", "198.51.100.133", "4MGb2c5lTyz6Vn",
                                  "Mon, 29 Aug 2022 19:22:10 +0900 (JST)")),
            ("Message-ID", "<%s>" % mid),
            ("Date", "Mon, 29 Aug 2022 19:22:08 +0900"),
            ("MIME-Version", None),
            ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:91.0) Gecko/20100101\n Thunderbird/91.12.0"),
            ("Subject", "Re: " + ew("【地域医療マッチング】ご登録内容の確認のお願い")),
            ("Content-Language", "ja"),
            ("To", addr("地域医療マッチング事務局", INBOX, "jis")),
            ("References", "<ack.20220826101544.5120@md2-rm.example.org>"),
            ("From", addr("阿川 修", "o-agawa@shunan-doc.example.jp", "jis")),
            ("In-Reply-To", "<ack.20220826101544.5120@md2-rm.example.org>")]
    eml = single(hdrs, body, "iso2022_jp", "ISO-2022-JP", "7bit")
    g = gold(mid, "doctor", name="阿川 修", email="o-agawa@shunan-doc.example.jp", phone="08029543371",
             birth_year=1961, specialties=["麻酔科"], prefectures=["山口県", "広島県"],
             employment=["part_time"], days_per_week=1, start="2022-10")
    add(4, "reply-anesthesia-yamaguchi-quoted-jis", "doctor",
        "text/plain ISO-2022-JP 7bit; Thunderbird reply with '> ' quote; In-Reply-To/References", "medium",
        "Numbered answers to the secretariat's questions: S36生まれ -> 1961, ペインクリニック is 麻酔科, 週1日 -> 1, 10月から in Aug 2022 -> 2022-10; the quote holds the secretariat phone and 常勤; current 嘱託 job in 周南市 unnamed -> organization null",
        eml, g)


def m005():
    mid = "8c2d4e10-77aa-4b53-9e0c-2f1b6d3a5c87@toto-mc.example.jp"
    text = """地域医療マッチング事務局 ご担当者様

突然のメール失礼いたします。
東都医療センター 循環器内科で医局秘書をしております森田と申します。
部長の岡崎 史郎（おかざき しろう）の指示により、貴事業への登録についてお問い合わせいたします。

岡崎は本年六十五歳となり、令和5年3月末で当センターを定年退職いたします。
退職後は、循環器の専門医が不足している地域の病院で、常勤として勤務したいとの希望です。
地域は問わないとのことです。勤務開始は令和5年4月を希望しております。

登録に必要な書類などございましたら、お知らせいただけますでしょうか。
なお、今後のやりとりは岡崎本人と直接していただいて構いません。
　岡崎 史郎　メール：s.okazaki@toto-mc.example.jp　携帯：090-2231-7754

よろしくお願いいたします。

東都医療センター 循環器内科 医局秘書
森田 恵美
TEL 03-5812-4470（内線 3315）
cv-hisho@toto-mc.example.jp
"""
    paras = text.strip("\n").split("\n\n")
    html = ('<html>\n<head>\n<meta http-equiv="content-type" content="text/html; charset=ISO-2022-JP">\n'
            '</head>\n<body>\n' +
            "\n".join("<p>" + p.replace("\n", "<br>\n").replace("　", "&nbsp;&nbsp;") + "</p>" for p in paras) +
            "\n</body>\n</html>\n")
    hdrs = [("Return-Path", "<cv-hisho@toto-mc.example.jp>"),
            ("Received", received("mail.toto-mc.example.jp", "198.51.100.200", "4NY3mH1b0Kz8Pq",
                                  "Thu, 15 Dec 2022 14:37:43 +0900 (JST)")),
            ("Message-ID", "<%s>" % mid),
            ("Date", "Thu, 15 Dec 2022 14:37:40 +0900"),
            ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:102.0)\n Gecko/20100101 Thunderbird/102.5.1"),
            ("Content-Language", "ja"),
            ("To", INBOX),
            ("From", addr("東都医療センター 循環器内科 医局秘書 森田", "cv-hisho@toto-mc.example.jp", "jis")),
            ("Subject", ew("岡崎部長の医師登録についてのお問い合わせ"))]
    parts = [leaf(text, "iso2022_jp", "ISO-2022-JP", "7bit"),
             leaf(html, "iso2022_jp", "ISO-2022-JP", "7bit", "text/html")]
    eml = multipart(hdrs, "alternative", "------------Y2ubnVmjQ0a9sE3kT7cP4hJd", parts,
                    "This is a multi-part message in MIME format.")
    g = gold(mid, "doctor", name="岡崎 史郎", name_kana="オカザキ シロウ", email="s.okazaki@toto-mc.example.jp",
             phone="09022317754", age=65, organization="東都医療センター", specialties=["循環器内科"],
             prefectures=["全国"], employment=["full_time"], start="2023-04")
    add(5, "secretary-cardiology-alt-jis", "doctor",
        "multipart/alternative: text/plain ISO-2022-JP 7bit + text/html ISO-2022-JP 7bit (Thunderbird); From/Subject RFC 2047 ISO-2022-JP B", "medium",
        "Department secretary writes for her chief: name/kana (hiragana in brackets) are the physician's, email/phone his own from the body (before her signature TEL); 六十五歳, 地域は問わない -> 全国, 令和5年4月; organization without department",
        eml, g)


def m006():
    mid = "20230110074119.2c91f@ezmail.example.jp"
    body = """地域医療マッチング事務局様
内科医、６３才です。
今の病院（旭川みどり病院）を３月で辞めます。
北海道の道東あたりで常勤の口があれば紹介してください。釧路、根室、網走など。
来年度からで考えてます。
上杉 昌弘
０９０−５５１２−３３８７
"""
    hdrs = [("Return-Path", "<uesugi-dr@ezmail.example.jp>"),
            ("Received", received("mo21.ezmail.example.jp", "203.0.113.21", "4NrZ1f4C9Dz5jH",
                                  "Tue, 10 Jan 2023 07:41:21 +0900 (JST)")),
            ("Date", "Tue, 10 Jan 2023 07:41:19 +0900"),
            ("From", "uesugi-dr@ezmail.example.jp"),
            ("To", INBOX),
            ("Subject", ew("登録希望", "utf8")),
            ("Message-ID", "<%s>" % mid),
            ("X-Mailer", "ez-mail mobile 7.1")]
    eml = single(hdrs, body, "utf-8", "utf-8", "quoted-printable")
    g = gold(mid, "doctor", name="上杉 昌弘", email="uesugi-dr@ezmail.example.jp", phone="09055123387",
             age=63, organization="旭川みどり病院", specialties=["内科"], prefectures=["北海道"],
             employment=["full_time"], start="2023-04")
    add(6, "mobile-internist-doto-utf8qp", "doctor",
        "text/plain UTF-8 quoted-printable; bare From address; Subject UTF-8 B", "medium",
        "Curt mobile mail: ６３才 -> 63, 道東/釧路/根室/網走 -> 北海道, 来年度 in January 2023 -> 2023-04 (fiscal year), full-width phone with U+2212",
        eml, g)


def m007():
    mid = "20230318160245.9C12.4B7E0A35@kofu-net.example.jp"
    body = """事務局のみなさま

はじめまして。甲府市に住んでおります辻村と申します。
長いメールになりますが、お許しください。

私は長く精神科の病院に勤め、その後は市内で小さなクリニックを開いておりましたが、
昨年、後継ぎもないまま閉院いたしました。今年の誕生日で七十二になります。
閉院してみると、毎日が日曜日というのはどうにも性に合わず、
家内からも「もう一度どこかで働いたら」と言われる始末です。

地元の山梨をはじめ、長野や新潟など甲信越であれば、多少遠くても通うか、
住まいを移すことも考えています。
精神科・心療内科の外来でしたら、まだお役に立てると思います。
週に3日ほど、非常勤で勤められれば十分です。
始めるのはいつからでも結構です。

年寄りの手紙のようになってしまいましたが、よろしくお願いいたします。
連絡はこのメールか、自宅の電話（055-233-6048）にお願いします。

辻村 康夫
"""
    hdrs = [("Return-Path", "<tsujimura@kofu-net.example.jp>"),
            ("Received", received("mail.kofu-net.example.jp", "198.51.100.97", "4PdW7x2Mklz4Rb",
                                  "Sat, 18 Mar 2023 16:02:47 +0900 (JST)")),
            ("Date", "Sat, 18 Mar 2023 16:02:45 +0900"),
            ("From", addr("辻村 康夫", "tsujimura@kofu-net.example.jp", "euc")),
            ("To", INBOX),
            ("Subject", ew("精神科医として働ける場所を探しています", "euc")),
            ("Message-ID", "<%s>" % mid),
            ("X-Mailer", "Sylpheed 3.7.0 (GTK+ 2.24.33; x86_64-pc-linux-gnu)")]
    eml = single(hdrs, body, "euc_jp", "EUC-JP", "8bit")
    g = gold(mid, "doctor", name="辻村 康夫", email="tsujimura@kofu-net.example.jp", phone="0552336048",
             age=72, specialties=["精神科", "心療内科"], prefectures=KOSHINETSU,
             employment=["part_time"], days_per_week=3)
    add(7, "rambling-psychiatrist-koshinetsu-eucjp", "doctor",
        "text/plain EUC-JP 8bit; From/Subject RFC 2047 EUC-JP B", "medium",
        "Long rambling mail from a 72-year-old who closed his clinic: 今年の誕生日で七十二になります -> 72, 山梨/長野/新潟 + 甲信越 -> 3 prefectures, 週に3日ほど -> 3, いつからでも -> start null, closed clinic unnamed -> organization null",
        eml, g)


def m008():
    mid = "CAJ7wYp3kQe2vR9sD4nB1xL0tZ8mH5cF6aU2gW7oE3iN9jK4sVq@mail.gmail.example.com"
    body = """地域医療マッチング事務局　ご担当者様

はじめまして、放射線科医の森川と申します。
1959年生まれで、現在は横浜港北総合病院の放射線科に勤務しております。

来年の定年を前に、今後の働き方を考えておりました。
医師の少ない地域では読影医の確保も難しいと伺い、遠隔読影であれば住まいを移さずに
お手伝いできるのではないかと考えております。

・業務：CT・MRIの遠隔読影（必要に応じて月1回程度の現地訪問も可）
・勤務地：地域はどこでも構いません
・形態：非常勤、週2回
・開始：2023年7月1日から

このような形でのご協力も対象になりますでしょうか。
ご検討のほど、よろしくお願いいたします。

森川 健司
Mobile: +81-80-4471-2290
k.morikawa.rad@gmail.example.com
"""
    hdrs = [("Return-Path", "<k.morikawa.rad@gmail.example.com>"),
            ("Received", received("mail-yw1-f170.google.example.com", "209.85.128.170", "4Q2nF85Vhxz2Lt",
                                  "Fri, 21 Apr 2023 12:30:08 +0900 (JST)")),
            ("MIME-Version", None),
            ("From", addr("森川 健司", "k.morikawa.rad@gmail.example.com", "utf8")),
            ("Date", "Fri, 21 Apr 2023 12:30:05 +0900"),
            ("Message-ID", "<%s>" % mid),
            ("Subject", ew("遠隔読影での協力について", "utf8")),
            ("To", INBOX)]
    eml = single(hdrs, body, "utf-8", '"UTF-8"', "base64")
    g = gold(mid, "doctor", name="森川 健司", email="k.morikawa.rad@gmail.example.com", phone="08044712290",
             birth_year=1959, organization="横浜港北総合病院", specialties=["放射線科"], prefectures=["全国"],
             employment=["part_time"], days_per_week=2, start="2023-07-01")
    add(8, "radiologist-remote-reading-utf8b64", "doctor",
        "text/plain UTF-8 base64 (Gmail style); From/Subject RFC 2047 UTF-8 B", "medium",
        "Radiologist offering remote reading: 1959年生まれ -> birth_year (no age), どこでも -> 全国, 週2回 -> part_time/2 (月1回 visits are not days), 2023年7月1日 -> full date, +81-80-... -> 080...; 来年の定年 is not a start",
        eml, g)


def m009():
    mid = "20230131152041.4d7e2a@freedoc.example.jp"
    body = """地域医療マッチング事務局 御中

夜分に失礼いたします。救急科の木下と申します。
61歳、現在は特定の病院に所属せず、いくつかの病院で救急外来を担当しております。
中国地方の医師の少ない地域で、当直や日直のお手伝いができればと思い、ご連絡しました。

　・対象：当直（平日・土日）、日直
　・地域：中国地方
　・頻度：月に2〜4回程度
　・開始：来月から

常勤・非常勤での勤務は今のところ考えておりません。
条件に合う病院がありましたら、ご紹介いただけますと幸いです。

木下 誠
携帯：070-3902-8816
"""
    hdrs = [("Return-Path", "<kinoshita.makoto@freedoc.example.jp>"),
            ("Received", "from smtp.freedoc.example.jp (smtp.freedoc.example.jp [198.51.100.150])\n\tby %s (Postfix) with ESMTPS id 4P5zqM0fJ1z7Xk\n\tfor <%s>; Wed, 01 Feb 2023 00:20:44 +0900 (JST)" % (MX, INBOX)),
            ("Date", "Tue, 31 Jan 2023 15:20:41 +0000"),
            ("From", addr("木下 誠", "kinoshita.makoto@freedoc.example.jp", "jis")),
            ("To", INBOX),
            ("Subject", ew("当直・日直のお手伝いについて")),
            ("Message-ID", "<%s>" % mid),
            ("X-Mailer", "Claws Mail 4.1.1 (GTK 3.24.36; x86_64-pc-linux-gnu)")]
    eml = single(hdrs, body, "iso2022_jp", "ISO-2022-JP", "7bit")
    g = gold(mid, "doctor", name="木下 誠", email="kinoshita.makoto@freedoc.example.jp", phone="07039028816",
             age=61, specialties=["救急科"], prefectures=CHUGOKU, employment=["spot"], start="2023-03")
    add(9, "spot-emergency-chugoku-utc-jis", "doctor",
        "text/plain ISO-2022-JP 7bit; Date in UTC (+0000) just before midnight JST at a month change", "hard",
        "Date 31 Jan 2023 15:20 +0000 is 1 Feb 00:20 JST, so 来月から -> 2023-03; 当直/日直 only -> spot, the sentence rejecting 常勤・非常勤 must not add them; 中国地方 -> 5 prefectures; 救急外来 -> 救急科; 月に2〜4回 gives no days",
        eml, g)


def m010():
    mid = "20230607091827.1B6F.8D2C40A1@shirasagi-derm.example.jp"
    body = """ドクターセカンドキャリア 地域医療マッチング事務局 御中

お世話になります。
佐世保市の医療法人 白鷺会 しらさぎ皮フ科クリニックで副院長をしております、瀬戸口と申します。
昭和三十五年生まれ、皮膚科医として三十年余り診療してまいりました。
クリニックを息子に任せる目処がつきましたので、以前から関心のあった離島医療に携わりたいと考えております。

希望は次のとおりです。
① 勤務地：長崎県の離島（五島、対馬、壱岐など）
② 勤務形態：常勤・非常勤どちらでも
③ 開始時期：令和5年10月～
④ その他：住居のご用意があれば助かります

皮膚科単独での募集は少ないと思いますので、一般内科の外来を併せて担当することもできます。
ご検討のほど、よろしくお願い申し上げます。

────────────────────
瀬戸口 恭子
医療法人 白鷺会 しらさぎ皮フ科クリニック
〒857-0052 長崎県佐世保市松浦町3-18
TEL 0956-24-8810 ／ FAX 0956-24-8811
────────────────────
"""
    hdrs = [("Return-Path", "<setoguchi@shirasagi-derm.example.jp>"),
            ("Received", received("mail.shirasagi-derm.example.jp", "203.0.113.140", "4QbS0v3yHfz1Nd",
                                  "Wed, 07 Jun 2023 09:18:29 +0900 (JST)")),
            ("Date", "Wed, 07 Jun 2023 09:18:27 +0900"),
            ("From", addr("瀬戸口 恭子", "setoguchi@shirasagi-derm.example.jp", "sjis")),
            ("To", INBOX),
            ("Subject", ew("離島での皮膚科診療を希望しています", "sjis")),
            ("Message-ID", "<%s>" % mid),
            ("X-Mailer", "Becky! ver. 2.81.04 [ja]")]
    eml = single(hdrs, body, "cp932", '"Shift_JIS"', "8bit")
    g = gold(mid, "doctor", name="瀬戸口 恭子", email="setoguchi@shirasagi-derm.example.jp", phone="0956248810",
             birth_year=1960, organization="医療法人 白鷺会 しらさぎ皮フ科クリニック",
             specialties=["皮膚科", "内科"], prefectures=["長崎県"], employment=["full_time", "part_time"],
             start="2023-10")
    add(10, "dermatologist-nagasaki-islands-cp932", "doctor",
        "text/plain labelled Shift_JIS but CP932 8bit (① and ～ are not in strict Shift_JIS); headers Shift_JIS B", "hard",
        "Dermatologist (vice-director) wants remote islands: 昭和三十五年 in kanji -> 1960, 三十年余り is not an age, ①-④ list, 令和5年10月～ -> 2023-10, 常勤・非常勤どちらでも -> both, also willing to do 一般内科 -> 内科",
        eml, g)


# ===================================================================== hospital

def m011():
    mid = "20221017102614.55E1.90AB3C7D@akkeshi-hp.example.jp"
    body = """ドクターセカンドキャリア 地域医療マッチング事務局
ご担当者様

拝啓　秋冷の候、貴事務局におかれましてはますますご清栄のこととお慶び申し上げます。
北海道厚岸郡厚岸町の厚岸町立あっけし病院で事務長を務めております浜田と申します。

当院は病床数48床、町内唯一の病院として外来・入院・救急を担っておりますが、
本年度末で内科医1名が退職することとなり、後任の確保に苦慮しております。
つきましては、貴事業を通じて下記のとおり医師をご紹介いただきたく、お願い申し上げます。

記

　募集科目　内科（一般内科）
　勤務形態　常勤（1名）
　勤務開始　令和5年4月1日
　待　　遇　年俸応相談、医師住宅あり（町が用意いたします）

以上

ご多忙のところ恐縮ですが、何卒よろしくお願い申し上げます。
敬具

━━━━━━━━━━━━━━━━━━
厚岸町立あっけし病院
事務長　浜田 和典
〒088-1119 北海道厚岸郡厚岸町住の江1-5
TEL：０１５３−５２−３１３１
FAX：０１５３−５２−３１３２
E-mail：jimu@akkeshi-hp.example.jp
━━━━━━━━━━━━━━━━━━
"""
    hdrs = [("Return-Path", "<jimu@akkeshi-hp.example.jp>"),
            ("Received", received("mail.akkeshi-hp.example.jp", "192.0.2.115", "4MrMxK6bQkz3tS",
                                  "Mon, 17 Oct 2022 10:26:16 +0900 (JST)")),
            ("Date", "Mon, 17 Oct 2022 10:26:14 +0900"),
            ("From", addr("厚岸町立あっけし病院 事務長 浜田", "jimu@akkeshi-hp.example.jp", "jis")),
            ("To", INBOX),
            ("Subject", ew("常勤内科医師の募集について（厚岸町立あっけし病院）")),
            ("Message-ID", "<%s>" % mid),
            ("X-Mailer", "Microsoft Outlook 16.0")]
    eml = single(hdrs, body, "iso2022_jp", '"iso-2022-jp"', "7bit")
    g = gold(mid, "hospital", name="浜田 和典", email="jimu@akkeshi-hp.example.jp", phone="0153523131",
             organization="厚岸町立あっけし病院", specialties=["内科"], prefectures=["北海道"],
             municipality="厚岸町", employment=["full_time"], start="2023-04-01")
    add(11, "town-hospital-akkeshi-jis", "hospital",
        "text/plain ISO-2022-JP 7bit; full-width digits and U+2212 in TEL/FAX; From/Subject RFC 2047 ISO-2022-JP B", "easy",
        "Formal 拝啓…敬具 letter with 記…以上 block: 内科 常勤 from 令和5年4月1日 (full date); municipality 厚岸町 written after 厚岸郡; 48床/1名 are not data; TEL before FAX",
        eml, g)


def m012():
    mid = "000f01d87bd4$6e2a9c10$4a7fd430$@vill-totsukawa.example.jp"
    body = """地域医療マッチング事務局 ご担当者様

十津川村役場 住民課（奈良県）の玉置と申します。
突然のご連絡、失礼いたします。

村内の診療所のうち1か所で、来年3月末に所長の先生が退任されることになりました。
後任として、来年4月から常勤で勤務していただける医師を探しております。
山あいの村のため、外来のほか、通院の難しい高齢の方のお宅への訪問診療も担っていただくことになります。
診療科としては、内科または総合診療の先生を想定しております。

住宅は村で用意し、引越しの費用も村が負担いたします。
詳しい条件については、一度お電話でご相談させていただけますと幸いです。

どうぞよろしくお願いいたします。

十津川村役場 住民課
玉置 由紀子
TEL 0746-62-0904（直通）
"""
    hdrs = [("Return-Path", "<jumin@vill-totsukawa.example.jp>"),
            ("Received", received("mail.vill-totsukawa.example.jp", "192.0.2.166", "4LJn0b2wG4z9Rm",
                                  "Thu, 09 Jun 2022 15:47:05 +0900 (JST)")),
            ("From", addr("十津川村役場 住民課", "jumin@vill-totsukawa.example.jp", "sjis")),
            ("To", INBOX),
            ("Subject", ew("へき地診療所の医師募集についてのご相談", "sjis")),
            ("Date", "Thu, 09 Jun 2022 15:47:02 +0900"),
            ("Message-ID", "<%s>" % mid),
            ("X-Mailer", "Microsoft Outlook 16.0"),
            ("Content-Language", "ja")]
    eml = single(hdrs, body, "shift_jis", '"shift_jis"', "8bit")
    g = gold(mid, "hospital", name="玉置 由紀子", email="jumin@vill-totsukawa.example.jp", phone="0746620904",
             organization="十津川村役場", specialties=["在宅医療", "内科", "総合診療科"], prefectures=["奈良県"],
             municipality="十津川村", employment=["full_time"], start="2023-04")
    add(12, "village-office-totsukawa-sjis", "hospital",
        "text/plain Shift_JIS 8bit; From/Subject RFC 2047 Shift_JIS B", "medium",
        "Village office recruits a clinic head: organization is the village office, 奈良県 only in brackets, 訪問診療 -> 在宅医療, 内科または総合診療 -> both, 来年4月 in Jun 2022 -> 2023-04 (来年3月末 is the predecessor leaving)",
        eml, g)


def m013():
    mid = "20230411135520.3F0A.7E2B9C14@hikarinosato.example.jp"
    body = """地域医療マッチング事務局 御中

秋田県男鹿市の特別養護老人ホーム ひかりの里で生活相談員をしております、佐々木と申します。
当施設（入所定員80名）では、長年お世話になった嘱託医の先生が今春ご勇退され、
現在は近隣の医院の先生に臨時でお願いしている状況です。

つきましては、下記の条件で配置医師をお引き受けいただける先生を
ご紹介いただけないでしょうか。

　・業務内容：入所者の健康管理、定期診察、看取り時の対応
　・勤務形態：嘱託（非常勤）、週1回（木曜日の午後）
　・開始時期：2023年6月から
　・報酬：月額制（詳細はご相談）

ご高齢の先生も歓迎いたします。
お手数ですが、ご検討のほどよろしくお願いいたします。

特別養護老人ホーム ひかりの里
生活相談員　佐々木 未来
〒010-0511 秋田県男鹿市船川港船川字海岸通り2-7
電話 0185-23-7716
"""
    hdrs = [("Return-Path", "<soudan@hikarinosato.example.jp>"),
            ("Received", received("mail.hikarinosato.example.jp", "203.0.113.58", "4PxDc26Hnbz5Wy",
                                  "Tue, 11 Apr 2023 13:55:22 +0900 (JST)")),
            ("Date", "Tue, 11 Apr 2023 13:55:20 +0900"),
            ("From", "%s <soudan@hikarinosato.example.jp>" % ewq("特別養護老人ホーム ひかりの里")),
            ("To", INBOX),
            ("Subject", ewq("配置医師（嘱託医）の募集について")),
            ("Message-ID", "<%s>" % mid),
            ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931")]
    eml = single(hdrs, body, "utf-8", "utf-8", "quoted-printable")
    g = gold(mid, "hospital", name="佐々木 未来", email="soudan@hikarinosato.example.jp", phone="0185237716",
             organization="特別養護老人ホーム ひかりの里", specialties=["老健・介護施設"], prefectures=["秋田県"],
             municipality="男鹿市", employment=["part_time"], days_per_week=1, start="2023-06")
    add(13, "tokuyou-haichi-ishi-oga-utf8qp", "hospital",
        "text/plain UTF-8 quoted-printable; From name and Subject RFC 2047 UTF-8 Q", "medium",
        "Nursing home (特養) seeks a 配置医師/嘱託医 -> 老健・介護施設: 嘱託（非常勤）週1回 -> part_time/1, 2023年6月; the previous 嘱託医 and 今春 are not data; 入所定員80名 is not a number to extract",
        eml, g)


def m014():
    mid = "form.H-20230125-0012.1674634173@form.md2-rm.example.org"
    body = """求人登録フォームから次の内容で送信がありました。
受付番号：H-20230125-0012

＜施設情報＞
施設名　　　　：医療法人 潮風会 宮古うみねこ病院
施設種別　　　：病院（一般病床60床・療養病床40床）
所在地　　　　：〒027-0073 岩手県宮古市緑ケ丘6-21

＜募集内容＞
募集診療科　　：消化器内科、外科
雇用形態　　　：非常勤（週1日）、当直
勤務開始　　　：2023年4月
備考　　　　　：胃カメラを中心とした外来を週1日お願いできる先生を探しています。
　　　　　　　　土曜夜の当直のみのご勤務も歓迎します。

＜ご担当者＞
お名前　　　　：今野 彩香
ふりがな　　　：こんの あやか
部署・役職　　：総務課 主任
電話番号　　　：0193-62-5580
メール　　　　：a-konno@miyako-umineko.example.jp

------------------------------------------------------------
※このメールは送信専用アドレスから送信されています。返信はできません。
ドクターセカンドキャリア 地域医療マッチング事務局
"""
    hdrs = [("Return-Path", "<no-reply@form.md2-rm.example.org>"),
            ("Received", "from web01.md2-rm.example.org (web01.md2-rm.example.org [192.0.2.80])\n\tby %s (Postfix) with ESMTP id 4P1xGq6RrVz3bF\n\tfor <%s>; Wed, 25 Jan 2023 17:09:34 +0900 (JST)" % (MX, INBOX)),
            ("Date", "Wed, 25 Jan 2023 17:09:33 +0900"),
            ("From", addr("地域医療マッチング 求人登録フォーム", "no-reply@form.md2-rm.example.org", "utf8")),
            ("To", INBOX),
            ("Subject", ew("【求人登録】宮古うみねこ病院 様より受付 (H-20230125-0012)", "utf8")),
            ("Message-ID", "<%s>" % mid),
            ("X-Mailer", "md2-rm formmailer 2.4")]
    eml = single(hdrs, body, "utf-8", "UTF-8", "base64")
    g = gold(mid, "hospital", name="今野 彩香", name_kana="コンノ アヤカ", email="a-konno@miyako-umineko.example.jp",
             phone="0193625580", organization="医療法人 潮風会 宮古うみねこ病院",
             specialties=["消化器内科", "外科"], prefectures=["岩手県"], municipality="宮古市",
             employment=["part_time", "spot"], days_per_week=1, start="2023-04")
    add(14, "form-hospital-miyako-utf8", "hospital",
        "text/plain UTF-8 base64; job-listing web form with ＜section＞ and full-width-space aligned labels", "medium",
        "Hospital listing form: organization with legal prefix, 消化器内科+外科, 非常勤（週1日）+ 当直 -> part_time+spot, days 1, 2023年4月; contact name/kana (hiragana) and email from the form fields; bed counts are not data",
        eml, g)


def m015():
    mid = "TYCPR01MB8852C1E4A7B90D36F2E5A1C0B9D4@TYCPR01MB8852.jpnprd01.prod.outlook.example.com"
    body = """地域医療マッチング事務局
小野寺様

いつもお世話になっております。
隠岐いさりび診療所の松浦です。
ご質問いただいた点について、以下のとおりご回答いたします。

・募集する診療科：小児科
・勤務形態：非常勤（月2回、土曜日の午前外来）
・勤務開始：令和5年1月から
・勤務地：当診療所（隠岐の島町）
・交通費・宿泊費：当方で負担いたします（フェリーまたは航空機）

島内には小児科の常勤医がおらず、本土から来ていただける先生がいらっしゃると大変助かります。
引き続きよろしくお願いいたします。

-------------------------------------------
隠岐いさりび診療所
事務長　松浦 直樹
〒685-0015 島根県隠岐郡隠岐の島町港町塩口24-3
TEL 08512-2-4630 / FAX 08512-2-4631
-------------------------------------------

差出人: 地域医療マッチング事務局 <md@md2-rm.example.org>
送信日時: 2022年11月18日 16:30
宛先: office@isaribi-cl.example.jp
件名: 小児科医師のご紹介について（ご確認）

隠岐いさりび診療所
ご担当者様

お世話になっております。地域医療マッチング事務局の小野寺です。
先日はお電話をいただき、ありがとうございました。
先生のご紹介にあたり、以下の点をお知らせいただけますでしょうか。

・募集する診療科
・常勤／非常勤の別と勤務日数
・勤務開始のご希望時期
・交通費等のご負担について

""" + SEC_SIG + "\n"
    hdrs = [("Return-Path", "<office@isaribi-cl.example.jp>"),
            ("Received", received("mail-ty1jpn01on2101.outbound.protection.outlook.example.com", "52.100.1.101",
                                  "4NGfTn1R5Cz7wX", "Tue, 22 Nov 2022 08:52:13 +0900 (JST)")),
            ("From", addr("隠岐いさりび診療所 事務", "office@isaribi-cl.example.jp", "jis")),
            ("To", addr("地域医療マッチング事務局", INBOX, "jis")),
            ("Subject", "RE: " + ew("小児科医師のご紹介について（ご確認）")),
            ("Thread-Topic", ew("小児科医師のご紹介について（ご確認）")),
            ("Thread-Index", "AQHY+zK5c1mQ2b0Ze0W7pN4sZ8rBXq4gFz2A"),
            ("Date", "Tue, 22 Nov 2022 08:52:10 +0900"),
            ("Message-ID", "<%s>" % mid),
            ("References", "<ack.20221118163011.7731@md2-rm.example.org>"),
            ("In-Reply-To", "<ack.20221118163011.7731@md2-rm.example.org>"),
            ("Accept-Language", "ja-JP, en-US"),
            ("Content-Language", "ja-JP")]
    eml = single(hdrs, body, "iso2022_jp", '"iso-2022-jp"', "7bit")
    g = gold(mid, "hospital", name="松浦 直樹", email="office@isaribi-cl.example.jp", phone="0851224630",
             organization="隠岐いさりび診療所", specialties=["小児科"], prefectures=["島根県"],
             municipality="隠岐の島町", employment=["part_time"], start="2023-01")
    add(15, "outlook-reply-clinic-okinoshima-jis", "hospital",
        "text/plain ISO-2022-JP 7bit; Outlook reply with Japanese quote header (差出人/送信日時/宛先/件名), no '>' prefixes; Thread-Topic RFC 2047", "medium",
        "Island clinic answers: 小児科 非常勤 月2回 -> part_time, days null; 令和5年1月 -> 2023-01; 隠岐の島町 (after 隠岐郡); '常勤医がおらず' describes the island, not the post; 5-digit area code 08512; quoted request and secretariat phone are not lead data",
        eml, g)


def m016():
    mid = "20230303111209.6E3D.25C1A0F7@nichinan-kenshin.example.jp"
    body = """地域医療マッチング事務局 ご担当者様

宮崎県日南市にございます、公益財団法人 日南健康づくり協会 日南健診センターの黒木と申します。
毎年、市内の事業所や地区の公民館を回る巡回健診を実施しておりますが、
例年、診察を担当していただく医師の確保に苦労しております。
本年も、スポットで1日単位でご協力いただける先生を探しております。

【募集内容】
　内容：巡回健診の診察（問診・聴診など）
　開始：2023年5月から（5月〜6月の平日）
　勤務：スポット（1日単位、8:30〜15:00）
　日当：8万円（交通費は別途支給）
　場所：日南市内各所（集合は当センター）

ご退職された先生にも多数ご協力いただいております。
ご返信は担当の黒木（kuroki@nichinan-kenshin.example.jp）までお願いいたします。

黒木 早苗
公益財団法人 日南健康づくり協会 日南健診センター 業務課
TEL 0987-22-3615
"""
    hdrs = [("Return-Path", "<info@nichinan-kenshin.example.jp>"),
            ("Received", received("mail.nichinan-kenshin.example.jp", "198.51.100.188", "4PSbY64qLrz2Cd",
                                  "Fri, 03 Mar 2023 11:12:11 +0900 (JST)")),
            ("Date", "Fri, 03 Mar 2023 11:12:09 +0900"),
            ("From", addr("日南健診センター", "info@nichinan-kenshin.example.jp", "jis")),
            ("Reply-To", addr("黒木 早苗", "kuroki@nichinan-kenshin.example.jp", "jis")),
            ("To", INBOX),
            ("Subject", ew("巡回健診（スポット）医師のご紹介のお願い")),
            ("Message-ID", "<%s>" % mid),
            ("X-Mailer", "Becky! ver. 2.81.02 [ja]")]
    eml = single(hdrs, body, "iso2022_jp", "ISO-2022-JP", "7bit")
    g = gold(mid, "hospital", name="黒木 早苗", email="kuroki@nichinan-kenshin.example.jp", phone="0987223615",
             organization="公益財団法人 日南健康づくり協会 日南健診センター", specialties=["健診"],
             prefectures=["宮崎県"], municipality="日南市", employment=["spot"], start="2023-05")
    add(16, "kenshin-spot-nichinan-replyto-jis", "hospital",
        "text/plain ISO-2022-JP 7bit; Reply-To (person) differs from From (centre); From/Reply-To/Subject RFC 2047", "medium",
        "Health-check centre wants スポット doctors for 巡回健診 -> 健診/spot: email is the Reply-To, 2023年5月から -> 2023-05, 8:30〜15:00 and 8万円 are not data, no days",
        eml, g)


def m017():
    mid = "b71f0c2e94d3a6581e0f@gujo-nagaragawa.example.jp"
    html = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title></title></head>
<body style="font-family: 'メイリオ', sans-serif; font-size: 14px;">
<p>地域医療マッチング事務局 御中</p>
<p>はじめてご連絡いたします。<br>
岐阜県郡上市の郡上ながら川病院 総務課の武藤と申します。</p>
<p>当院は市内で唯一分娩を取り扱っている病院ですが、産婦人科の医師1名が来年3月で退職予定となりました。<br>
引き継ぎの期間を考え、本年10月から勤務していただける後任の先生を探しております。</p>
<table border="1" cellpadding="4" style="border-collapse: collapse;">
<tr><th>診療科</th><td>産婦人科</td></tr>
<tr><th>勤務形態</th><td>常勤</td></tr>
<tr><th>勤務開始</th><td>2023年10月（応相談）</td></tr>
<tr><th>勤務地</th><td>郡上ながら川病院（岐阜県郡上市八幡町）</td></tr>
</table>
<p>定年を過ぎた先生でも、分娩に対応していただける方であれば歓迎いたします。<br>
住居は病院近くの医師住宅をご用意できます。</p>
<p>ご検討のほど、どうぞよろしくお願い申し上げます。</p>
<p>--<br>
郡上ながら川病院 総務課<br>
武藤&nbsp;亮<br>
TEL&nbsp;0575-65-2207<br>
<a href="mailto:soumu@gujo-nagaragawa.example.jp">soumu@gujo-nagaragawa.example.jp</a></p>
</body></html>
"""
    hdrs = [("Return-Path", "<soumu@gujo-nagaragawa.example.jp>"),
            ("Received", received("mail.gujo-nagaragawa.example.jp", "192.0.2.230", "4QLqJ31zVxz6Mp",
                                  "Wed, 17 May 2023 18:44:53 +0900 (JST)")),
            ("Date", "Wed, 17 May 2023 18:44:51 +0900"),
            ("From", addr("郡上ながら川病院 総務課", "soumu@gujo-nagaragawa.example.jp", "utf8")),
            ("To", INBOX),
            ("Subject", ew("産婦人科常勤医師の募集につきまして", "utf8")),
            ("Message-ID", "<%s>" % mid),
            ("X-Mailer", "Active! mail 6.60.06")]
    eml = single(hdrs, html, "utf-8", "UTF-8", "quoted-printable", "text/html")
    g = gold(mid, "hospital", name="武藤 亮", email="soumu@gujo-nagaragawa.example.jp", phone="0575652207",
             organization="郡上ながら川病院", specialties=["産婦人科"], prefectures=["岐阜県"],
             municipality="郡上市", employment=["full_time"], start="2023-10")
    add(17, "obgyn-gujo-html-only-qp", "hospital",
        "text/html only, UTF-8 quoted-printable (webmail; <table> of conditions, &nbsp; in the signature)", "medium",
        "Hospital seeks a full-time obstetrician: conditions in an HTML table, 2023年10月（応相談） -> 2023-10 (来年3月 is the predecessor leaving), 郡上市 + 八幡町 (municipality is the city), name split by &nbsp;",
        eml, g)


def m018():
    mid = "TY3PR01MB9921A07C3E5B6D48F1C2B0E9A7D3@TY3PR01MB9921.jpnprd01.prod.outlook.example.com"
    body = """地域医療マッチング事務局
ご担当者様

はじめてご連絡いたします。
長野県木曽郡木曽町の介護老人保健施設 きそ路の郷で事務長をしております髙木と申します。
当施設の施設長（医師）が本年3月末で退任されることとなり、後任の先生を探しております。

① 職種：施設長（管理医師）
② 勤務形態：常勤（勤務日数はご相談に応じます）
③ 勤務開始：2023年4月1日～
④ 住居：施設近くの職員住宅をご用意します
⑤ 年齢：75歳くらいまでの先生を想定しております

入所者（定員100名）の健康管理が中心で、夜間はオンコール体制です。
ご検討のほど、よろしくお願いいたします。

介護老人保健施設 きそ路の郷
事務長　髙木 昭子
〒397-0001 長野県木曽郡木曽町福島5129-2
TEL：0264－22－3408
"""
    hdrs = [("Return-Path", "<takagi@kisoji-sato.example.jp>"),
            ("Received", received("mail-os0jpn01on2110.outbound.protection.outlook.example.com", "52.100.2.110",
                                  "4P9CzJ5nYtz1Hb", "Mon, 06 Feb 2023 10:33:30 +0900 (JST)")),
            ("From", addr("髙木 昭子", "takagi@kisoji-sato.example.jp", "msjis")),
            ("To", addr("地域医療マッチング事務局", INBOX, "jis")),
            ("Subject", ew("施設長（管理医師）ご紹介のお願い（きそ路の郷）", "msjis")),
            ("Thread-Topic", ew("施設長（管理医師）ご紹介のお願い（きそ路の郷）", "msjis")),
            ("Thread-Index", "Adk50Xq2b8VfM3hBSi2nE7cKp1RtWg=="),
            ("Date", "Mon, 6 Feb 2023 01:33:27 +0000"),
            ("Message-ID", "<%s>" % mid),
            ("Accept-Language", "ja-JP, en-US"),
            ("Content-Language", "ja-JP"),
            ("X-MS-Has-Attach", ""),
            ("X-MS-TNEF-Correlator", "")]
    eml = single(hdrs, body, "ms-iso2022jp", '"iso-2022-jp"', "7bit")
    g = gold(mid, "hospital", name="髙木 昭子", email="takagi@kisoji-sato.example.jp", phone="0264223408",
             organization="介護老人保健施設 きそ路の郷", specialties=["老健・介護施設"], prefectures=["長野県"],
             municipality="木曽町", employment=["full_time"], start="2023-04-01")
    add(18, "roken-kiso-outlook-msjis", "hospital",
        "text/plain labelled iso-2022-jp with Microsoft extensions (① ～ － 髙) via cp932->JIS; From/Subject/Thread-Topic the same; Date +0000", "hard",
        "老健 seeks a full-time 施設長 -> 老健・介護施設: 髙 in the name (NFKC keeps it), ①-⑤ list, 2023年4月1日～ -> 2023-04-01, 75歳くらいまで/定員100名 are not data, municipality 木曽町 after 木曽郡, TEL with full-width －",
        eml, g)


# ====================================================================== general

def m019():
    mid = "20230713102048.A81C.5D93E7B2@hakodate-med.example.jp"
    body = """ドクターセカンドキャリア 地域医療マッチング事務局 御中

いつもお世話になっております。函館市医師会 事務局の工藤と申します。
9月に開催する会員向けの「シニアドクターのためのキャリアセミナー」で、貴事業をご紹介したいと考えております。
つきましては、事業のパンフレットを60部、ポスター（A2判）を5枚お送りいただけないでしょうか。

送付先：
〒040-0011 北海道函館市本町21-8 函館市医師会館3階
函館市医師会 事務局 工藤 宛
TEL 0138-51-2260

お手数をおかけしますが、よろしくお願いいたします。

工藤 真由美
函館市医師会 事務局
"""
    hdrs = [("Return-Path", "<jimukyoku@hakodate-med.example.jp>"),
            ("Received", received("mail.hakodate-med.example.jp", "192.0.2.54", "4R1ZcP3sHkz4Qv",
                                  "Thu, 13 Jul 2023 10:20:50 +0900 (JST)")),
            ("Date", "Thu, 13 Jul 2023 10:20:48 +0900"),
            ("From", addr("函館市医師会 事務局", "jimukyoku@hakodate-med.example.jp", "utf8")),
            ("To", INBOX),
            ("Subject", ew("パンフレット送付のお願い", "utf8")),
            ("Message-ID", "<%s>" % mid),
            ("X-Mailer", "Microsoft Outlook 16.0")]
    eml = single(hdrs, body, "utf-8", "utf-8", "quoted-printable")
    g = gold(mid, "general", name="工藤 真由美", email="jimukyoku@hakodate-med.example.jp", phone="0138512260",
             organization="函館市医師会")
    add(19, "leaflet-request-hakodate-utf8qp", "general",
        "text/plain UTF-8 quoted-printable; From/Subject RFC 2047 UTF-8 B", "easy",
        "City medical association asks for 60 leaflets and 5 posters for a seminar: general; 北海道/函館市 is its own address, 9月 is not a start",
        eml, g)


def m020():
    mid = "20230828160512.3B77.E0C5A1D9@michinoku-tv.example.jp"
    body = """地域医療マッチング事務局 ご担当者様

突然のご連絡失礼いたします。
みちのく中央テレビ 報道部で記者をしております佐伯と申します。

現在、夕方のニュース番組で「医師の働き方改革と地方の医師不足」をテーマにした特集を準備しております。
その中で、定年を迎えた医師が医師の少ない地域で再び働く取り組みとして、
貴事業をご紹介させていただきたいと考えております。

可能であれば、
　・事務局の方へのインタビュー（30分程度）
　・貴事業を通じて青森県や岩手県の病院に赴任された先生のご紹介
をお願いできないでしょうか。放送は10月中旬を予定しております。

ご検討のほど、よろしくお願い申し上げます。

みちのく中央テレビ 報道部
記者　佐伯 亮介
TEL 022-215-7734（報道部直通）
携帯 080-1187-6025
"""
    hdrs = [("Return-Path", "<r-saeki@michinoku-tv.example.jp>"),
            ("Received", received("mx.michinoku-tv.example.jp", "198.51.100.71", "4RZ8vB0GkLz2Pc",
                                  "Mon, 28 Aug 2023 16:05:14 +0900 (JST)")),
            ("Date", "Mon, 28 Aug 2023 16:05:12 +0900"),
            ("From", addr("佐伯 亮介", "r-saeki@michinoku-tv.example.jp", "jis")),
            ("To", INBOX),
            ("Subject", ew("取材のお願い（みちのく中央テレビ 報道部）")),
            ("Message-ID", "<%s>" % mid),
            ("X-Mailer", "Microsoft Outlook 16.0")]
    eml = single(hdrs, body, "iso2022_jp", "ISO-2022-JP", "7bit")
    g = gold(mid, "general", name="佐伯 亮介", email="r-saeki@michinoku-tv.example.jp", phone="0222157734",
             organization="みちのく中央テレビ")
    add(20, "press-tv-interview-jis", "general",
        "text/plain ISO-2022-JP 7bit; From/Subject RFC 2047 ISO-2022-JP B", "easy",
        "TV reporter asks for an interview: general; 青森県/岩手県, 定年, 10月 are not lead data; first phone is the desk line, not the mobile; organization without 報道部",
        eml, g)


def m021():
    mid = "20230305213150.7F2E.0B6D1C84@kibi-mail.example.jp"
    body = """突然のメールで失礼します。
岡山市に住んでおります安藤と申します。
看護師として35年、総合病院の病棟や訪問看護ステーションで働いてまいりました。

貴事業のホームページを拝見し、医師の少ない地域で多くの先生方が活躍されていることを知りました。
私も来年3月で定年退職を迎えるため、医療が手薄な地域でお役に立ちたいと考えております。

そこで質問なのですが、
　1. この事業には、医師以外（看護師）も登録することはできるのでしょうか。
　2. できない場合、看護師向けの同じような制度をご存じでしたら教えていただけますか。

お忙しいところ恐縮ですが、ご回答いただけますと幸いです。

安藤 さゆり
"""
    hdrs = [("Return-Path", "<sayuri.ando@kibi-mail.example.jp>"),
            ("Received", received("smtp.kibi-mail.example.jp", "203.0.113.19", "4PTmJz5QbRz8Hs",
                                  "Sun, 05 Mar 2023 21:31:53 +0900 (JST)")),
            ("Date", "Sun, 05 Mar 2023 21:31:50 +0900"),
            ("From", addr("安藤 さゆり", "sayuri.ando@kibi-mail.example.jp", "sjis")),
            ("To", INBOX),
            ("Subject", ew("看護師も登録できますか", "sjis")),
            ("Message-ID", "<%s>" % mid),
            ("X-Mailer", "Becky! ver. 2.81.04 [ja]")]
    eml = single(hdrs, body, "shift_jis", "Shift_JIS", "8bit")
    g = gold(mid, "general", name="安藤 さゆり", email="sayuri.ando@kibi-mail.example.jp")
    add(21, "nurse-question-sjis", "general",
        "text/plain Shift_JIS 8bit; From/Subject RFC 2047 Shift_JIS B", "medium",
        "A retiring nurse asks whether nurses can register: general (not doctor); 訪問看護, 来年3月, 定年, 岡山市 are not lead data; no phone, unnamed workplace",
        eml, g)


# ================================================================== unsubscribe

def m022():
    mid = "20221012090337.C4D1.6A0F2E93@ashikaga-seiryo.example.jp"
    body = """地域医療マッチング事務局 御中

いつも情報をお送りいただき、ありがとうございます。
当院では医師の採用が充足いたしましたので、今後のメールマガジンの配信を停止していただけますでしょうか。
配信先アドレス：nitta@ashikaga-seiryo.example.jp

お手数ですが、よろしくお願いいたします。

医療法人 清涼会 足利せいりょう病院
総務部　新田 浩二
TEL 0284-41-7702
"""
    hdrs = [("Return-Path", "<nitta@ashikaga-seiryo.example.jp>"),
            ("Received", received("mail.ashikaga-seiryo.example.jp", "192.0.2.91", "4MmrGd0wNsz3Yk",
                                  "Wed, 12 Oct 2022 09:03:39 +0900 (JST)")),
            ("Date", "Wed, 12 Oct 2022 09:03:37 +0900"),
            ("From", addr("新田 浩二", "nitta@ashikaga-seiryo.example.jp", "jis")),
            ("To", INBOX),
            ("Subject", ew("メールマガジン配信停止のお願い")),
            ("Message-ID", "<%s>" % mid),
            ("X-Mailer", "Microsoft Outlook 16.0")]
    eml = single(hdrs, body, "iso2022_jp", '"iso-2022-jp"', "7bit")
    g = gold(mid, "unsubscribe", name="新田 浩二", email="nitta@ashikaga-seiryo.example.jp",
             phone="0284417702", organization="医療法人 清涼会 足利せいりょう病院")
    add(22, "unsubscribe-hospital-staff-jis", "unsubscribe",
        "text/plain ISO-2022-JP 7bit; From/Subject RFC 2047 ISO-2022-JP B", "easy",
        "Hospital clerk asks to stop the newsletter because hiring is done: unsubscribe (not hospital); organization without 総務部",
        eml, g)


def m023():
    mid = "CAM3xT9pQ7wK2nR5vB8cY1dZ4fH6jL0sG3aU9eN2mX7oP5iW8bT@mail.gmail.example.com"
    news = """━━━━━━━━━━━━━━━━━━━━━━━━
地域医療マッチング通信　2023年6月号
━━━━━━━━━━━━━━━━━━━━━━━━
■新着求人
・高知県四万十市　内科（常勤）　2023年10月から
・鹿児島県西之表市　整形外科（非常勤 週2日）
・北海道稚内市　当直（スポット）

■配信停止をご希望の方は、このメールにご返信ください。

ドクターセカンドキャリア 地域医療マッチング事務局
TEL 03-6675-9919"""
    body = """購読解除をお願いします。
勤務先が決まりましたので、今後のメール配信は不要です。
これまでありがとうございました。

高嶋

2023年6月22日(木) 12:00 地域医療マッチング事務局 <md@md2-rm.example.org>:
""" + "\n".join(("> " + l) if l else ">" for l in news.split("\n")) + "\n"
    hdrs = [("Return-Path", "<noriko.takashima@sanyo-net.example.jp>"),
            ("Received", received("mail.sanyo-net.example.jp", "198.51.100.27", "4QnWv63RtPz5Kg",
                                  "Sat, 24 Jun 2023 08:14:04 +0900 (JST)")),
            ("MIME-Version", None),
            ("References", "<news.2023-06.001.0002291@md2-rm.example.org>"),
            ("In-Reply-To", "<news.2023-06.001.0002291@md2-rm.example.org>"),
            ("From", addr("高嶋 紀子", "noriko.takashima@sanyo-net.example.jp", "utf8")),
            ("Date", "Sat, 24 Jun 2023 08:14:02 +0900"),
            ("Message-ID", "<%s>" % mid),
            ("Subject", "Re: " + ew("【地域医療マッチング通信】2023年6月号 新着求人のお知らせ", "utf8")),
            ("To", addr("地域医療マッチング事務局", INBOX, "utf8"))]
    eml = single(hdrs, body, "utf-8", '"UTF-8"', "base64")
    g = gold(mid, "unsubscribe", name="高嶋 紀子", email="noriko.takashima@sanyo-net.example.jp")
    add(23, "unsubscribe-reply-quoted-newsletter-utf8", "unsubscribe",
        "text/plain UTF-8 base64; Gmail-style reply quoting the newsletter with '> '", "medium",
        "購読解除 on top of a quoted newsletter full of job data (prefectures, specialties, 常勤/非常勤/スポット, 2023年10月) that must not be extracted; full name only in the From display name (signature has the surname)",
        eml, g)


# =================================================================== auto_reply

def m024():
    mid = "autoreply.20230811090003.4410@yamagata-med-assoc.example.jp"
    body = """※このメールは自動返信です。

誠に勝手ながら、8月11日（金）から8月16日（水）まで夏季休暇をいただいております。
いただいたメールは8月17日（木）以降に確認し、順次ご返信いたします。
お急ぎの方は、023-622-9120 までお電話ください。

山形県医師会 医療対策課　斎藤 明美
"""
    hdrs = [("Return-Path", "<>"),
            ("Received", received("mail.yamagata-med-assoc.example.jp", "192.0.2.72", "4RMdk21LqPz7Wt",
                                  "Fri, 11 Aug 2023 09:00:05 +0900 (JST)")),
            ("Date", "Fri, 11 Aug 2023 09:00:03 +0900"),
            ("From", addr("山形県医師会 医療対策課 斎藤", "iryo@yamagata-med-assoc.example.jp", "jis")),
            ("To", INBOX),
            ("Subject", ew("自動返信：夏季休暇のお知らせ")),
            ("Message-ID", "<%s>" % mid),
            ("In-Reply-To", "<news.2023-08.001.0001187@md2-rm.example.org>"),
            ("References", "<news.2023-08.001.0001187@md2-rm.example.org>"),
            ("Auto-Submitted", "auto-replied"),
            ("X-Autoreply", "yes"),
            ("Precedence", "bulk")]
    eml = single(hdrs, body, "iso2022_jp", "ISO-2022-JP", "7bit")
    add(24, "ooo-summer-auto-submitted-jis", "auto_reply",
        "text/plain ISO-2022-JP 7bit; Auto-Submitted: auto-replied, X-Autoreply, Precedence: bulk, Return-Path <>", "easy",
        "Summer-holiday notice from a prefectural medical association (RFC 3834 headers); name and phone in it are not lead data",
        eml, gold(mid, "auto_reply"))


def m025():
    mid = "20230516142011.autoresp.88231@sanuki-naika.example.jp"
    body = """このたびは、さぬき内科クリニックへお問い合わせいただき、誠にありがとうございます。
本メールは、受付完了をお知らせするため自動送信しております。

内容を確認のうえ、3営業日以内に担当者よりご連絡いたします。
なお、本メールへのご返信はお受けできませんので、あらかじめご了承ください。

――――――――――――――――――――
医療法人 讃岐会 さぬき内科クリニック
〒760-0017 香川県高松市番町3-6-1
TEL 087-811-2044
――――――――――――――――――――
"""
    hdrs = [("Return-Path", "<info@sanuki-naika.example.jp>"),
            ("Received", received("www.sanuki-naika.example.jp", "203.0.113.203", "4QLm0c1FpHz9Tz",
                                  "Tue, 16 May 2023 14:20:13 +0900 (JST)")),
            ("Date", "Tue, 16 May 2023 14:20:11 +0900"),
            ("From", addr("さぬき内科クリニック", "info@sanuki-naika.example.jp", "sjis")),
            ("To", INBOX),
            ("Subject", ew("【さぬき内科クリニック】お問い合わせを受け付けました", "sjis")),
            ("Message-ID", "<%s>" % mid),
            ("X-Mailer", "PHP/7.4.33")]
    eml = single(hdrs, body, "shift_jis", "Shift_JIS", "8bit")
    add(25, "clinic-autoresponder-no-headers-sjis", "auto_reply",
        "text/plain Shift_JIS 8bit; NO Auto-Submitted/X-Autoreply headers; PHP form autoresponder", "medium",
        "A clinic's contact-form autoresponder (受け付けました, 自動送信) with no RFC 3834 headers: auto_reply although it comes from a medical institution",
        eml, gold(mid, "auto_reply"))


def m026():
    mid = "ef3b9a4c1d2e47f0a5b6c7d8e9f01234@TYAPR01MB5712.jpnprd01.prod.outlook.example.com"
    text = """出張のため、9月19日（火）まで不在にしております。
期間中はメールの確認が遅れますので、ご了承ください。
お急ぎのご用件は、医局（076-265-8801）までご連絡ください。

I am out of the office until 19 September with limited access to email.

石川 由紀
北陸医科大学 総合診療部
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:Meiryo">' +
            text.strip().replace("\n\n", "</div><div>&nbsp;</div><div>").replace("\n", "<br>") +
            "</div></body></html>\n")
    hdrs = [("Return-Path", "<>"),
            ("Received", received("mail-ty1jpn01on2130.outbound.protection.outlook.example.com", "52.100.3.130",
                                  "4RlxF53QnMz1Xq", "Wed, 13 Sep 2023 11:02:17 +0900 (JST)")),
            ("From", addr("石川 由紀", "y.ishikawa@hokuriku-med-u.example.jp", "utf8")),
            ("To", addr("地域医療マッチング事務局", INBOX, "utf8")),
            ("Subject", ew("自動応答: 【地域医療マッチング通信】2023年9月号", "utf8")),
            ("Thread-Topic", ew("【地域医療マッチング通信】2023年9月号", "utf8")),
            ("Date", "Wed, 13 Sep 2023 02:02:15 +0000"),
            ("Message-ID", "<%s>" % mid),
            ("References", "<news.2023-09.001.0004410@md2-rm.example.org>"),
            ("In-Reply-To", "<news.2023-09.001.0004410@md2-rm.example.org>"),
            ("Auto-Submitted", "auto-generated"),
            ("X-Auto-Response-Suppress", "All"),
            ("X-MS-Exchange-Inbox-Rules-Loop", "y.ishikawa@hokuriku-med-u.example.jp"),
            ("Content-Language", "ja-JP")]
    parts = [leaf(text, "utf-8", '"utf-8"', "base64"), leaf(html, "utf-8", '"utf-8"', "base64", "text/html")]
    eml = multipart(hdrs, "alternative", "_000_ef3b9a4c1d2e47f0a5b6c7d8e9f01234TYAPR01MB5712jpnp_", parts)
    add(26, "exchange-ooo-jidououtou-utf8", "auto_reply",
        "multipart/alternative text+html UTF-8 base64 (Exchange); Subject '自動応答:' RFC 2047 UTF-8 B; Auto-Submitted: auto-generated, X-Auto-Response-Suppress; Date +0000", "easy",
        "University doctor's out-of-office reply to the newsletter (Japanese + one English line); 総合診療部 and the 医局 phone are not lead data",
        eml, gold(mid, "auto_reply"))


# ======================================================================= bounce

def m027():
    mid = "20230710030544.7D2E81A0F3C@mx1.md2-rm.example.org"
    orig_subj = ew("【地域医療マッチング通信】2023年7月号 新着求人のお知らせ")
    orig_from = addr("地域医療マッチング事務局", INBOX, "jis")
    orig_body = """林 先生

地域医療マッチング通信 2023年7月号をお届けします。

■新着求人
・島根県隠岐の島町　小児科（非常勤・月2回）
・長野県木曽町　介護老人保健施設 施設長（常勤）

ドクターセカンドキャリア 地域医療マッチング事務局
TEL 03-6675-9919
"""
    notif = """This is the mail system at host mx1.md2-rm.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<dr.hayashi@oldmail-isp.example.jp>: Host or domain name not found. Name service
    error for name=oldmail-isp.example.jp type=MX: Host not found, try again
"""
    status = """Reporting-MTA: dns; mx1.md2-rm.example.org
X-Postfix-Queue-ID: 7D2E81A0F3C
X-Postfix-Sender: rfc822; md@md2-rm.example.org
Arrival-Date: Mon, 10 Jul 2023 07:00:12 +0900 (JST)

Final-Recipient: rfc822; dr.hayashi@oldmail-isp.example.jp
Original-Recipient: rfc822;dr.hayashi@oldmail-isp.example.jp
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
    for name=oldmail-isp.example.jp type=MX: Host not found, try again
"""
    original = head([("Return-Path", "<md@md2-rm.example.org>"),
                     ("Received", "from web01.md2-rm.example.org (web01.md2-rm.example.org [192.0.2.80])\n\tby mx1.md2-rm.example.org (Postfix) with ESMTP id 7D2E81A0F3C\n\tfor <dr.hayashi@oldmail-isp.example.jp>; Mon, 10 Jul 2023 07:00:12 +0900 (JST)"),
                     ("Date", "Mon, 10 Jul 2023 07:00:10 +0900"),
                     ("From", orig_from),
                     ("To", "dr.hayashi@oldmail-isp.example.jp"),
                     ("Subject", orig_subj),
                     ("Message-ID", "<news.2023-07.001.0003318@md2-rm.example.org>"),
                     ("List-Unsubscribe", "<mailto:md@md2-rm.example.org?subject=unsubscribe>"),
                     ("MIME-Version", "1.0"),
                     ("Content-Type", "text/plain; charset=ISO-2022-JP"),
                     ("Content-Transfer-Encoding", "7bit")]) + b"\r\n" + encode(orig_body, "iso2022_jp")
    hdrs = [("Return-Path", "<>"),
            ("Received", "by mx1.md2-rm.example.org (Postfix)\n\tid 7D2E81A0F3C; Mon, 10 Jul 2023 12:05:44 +0900 (JST)"),
            ("Date", "Mon, 10 Jul 2023 12:05:44 +0900 (JST)"),
            ("From", "MAILER-DAEMON@mx1.md2-rm.example.org (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", INBOX),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<%s>" % mid)]
    b = "7D2E81A0F3C.1688958344/mx1.md2-rm.example.org"
    parts = [([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")],
              cte_apply(encode(notif, "ascii"), "7bit")),
             ([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
              cte_apply(encode(status, "ascii"), "7bit")),
             ([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")], original)]
    eml = multipart(hdrs, "report", b, parts, "This is a MIME-encapsulated message.",
                    params=" report-type=delivery-status;")
    add(27, "postfix-dsn-host-not-found-rfc822", "bounce",
        "multipart/report; report-type=delivery-status (Postfix): text/plain us-ascii + message/delivery-status + message/rfc822 (whole original newsletter, ISO-2022-JP body and headers)", "easy",
        "DSN for a dead domain (5.4.4); the returned newsletter carries job data (小児科, 常勤, 島根県 …) and the secretariat phone, none of which are lead data",
        eml, gold(mid, "bounce"))


def m028():
    mid = "20230522061502.31544.qmail@mail.kaiun-net.example.jp"
    orig = head([("Return-Path", "<md@md2-rm.example.org>"),
                 ("Received", "(qmail 31540 invoked from network); 22 May 2023 06:15:01 -0000"),
                 ("Date", "Mon, 22 May 2023 15:14:58 +0900"),
                 ("From", addr("地域医療マッチング事務局", INBOX, "jis")),
                 ("To", "k-oshiro@kaiun-net.example.jp"),
                 ("Subject", ew("【地域医療マッチング】ご登録内容の確認のお願い")),
                 ("Message-ID", "<ack.20230522151458.2207@md2-rm.example.org>"),
                 ("MIME-Version", "1.0"),
                 ("Content-Type", "text/plain; charset=ISO-2022-JP"),
                 ("Content-Transfer-Encoding", "7bit")]).decode("ascii")
    body = """Hi. This is the qmail-send program at mail.kaiun-net.example.jp.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<k-oshiro@kaiun-net.example.jp>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

""" + orig.replace("\r\n", "\n") + """
[message body of 1184 bytes omitted]
"""
    hdrs = [("Return-Path", "<>"),
            ("Received", "from mail.kaiun-net.example.jp (mail.kaiun-net.example.jp [198.51.100.240])\n\tby %s (Postfix) with ESMTP id 4QPn2M6xBvz3Jd\n\tfor <%s>; Mon, 22 May 2023 15:15:03 +0900 (JST)" % (MX, INBOX)),
            ("Date", "22 May 2023 06:15:02 -0000"),
            ("From", "MAILER-DAEMON@mail.kaiun-net.example.jp"),
            ("To", INBOX),
            ("Subject", "failure notice"),
            ("Message-ID", "<%s>" % mid)]
    eml = head(hdrs) + b"\r\n" + cte_apply(encode(body, "ascii"), "7bit")
    add(28, "qmail-failure-notice-plain", "bounce",
        "text/plain, no MIME headers at all (qmail), us-ascii; returned headers pasted in the body (Subject in RFC 2047 ISO-2022-JP); Date without weekday in -0000", "medium",
        "qmail 'failure notice' (no mailbox here by that name, #5.1.1): not multipart/report, no DSN fields",
        eml, gold(mid, "bounce"))


# ========================================================================= spam

def m029():
    mid = "0100018a2b3c4d5e-6f7a8b9c-0d1e-2f3a-4b5c-6d7e8f9a0b1c-000000@mail.dr-jobplus.example.com"
    body = """病院・クリニック・介護施設の採用ご担当者様

いつもお世話になっております。
医師求人サイト「ドクタージョブ・プラス」掲載事務局です。

★★ 今月末までの期間限定！医師求人の掲載料が0円 ★★

・常勤／非常勤／スポット（当直・日直）すべての求人に対応
・北海道から沖縄まで、全国3,000以上の医療機関が利用中
・内科、整形外科、麻酔科など、登録医師数は業界最大級の58,000名
・成功報酬も業界最安水準（年収の15％〜）

「定年後の先生を採用したい」「来月からの当直医が足りない」
そんなお悩みを、最短3日で解決します！

▼無料掲載のお申込みはこちら
https://www.dr-jobplus.example.com/campaign/free?utm_source=mail&utm_medium=2309

お電話でのお申込み：0120-771-358（平日10:00〜18:00）

――――――――――――――――――――――――――
ドクタージョブ・プラス 掲載事務局
株式会社メディプラスリンク
※配信停止をご希望の方は、以下のURLから手続きをお願いいたします。
https://www.dr-jobplus.example.com/unsubscribe?uid=md%40md2-rm.example.org
――――――――――――――――――――――――――
"""
    hdrs = [("Return-Path", "<bounce+2309.md=md2-rm.example.org@mail.dr-jobplus.example.com>"),
            ("Received", received("a8-31.smtp-out.mail.dr-jobplus.example.com", "54.240.8.31", "4Rg0Tq3bZ9z2Mx",
                                  "Tue, 05 Sep 2023 10:00:07 +0900 (JST)")),
            ("Date", "Tue, 05 Sep 2023 01:00:05 +0000"),
            ("From", addr("ドクタージョブ・プラス 掲載事務局", "info@dr-jobplus.example.com", "utf8")),
            ("To", INBOX),
            ("Subject", ew("【掲載料0円】医師求人を今すぐ無料掲載！常勤・非常勤・スポットすべて対応", "utf8")),
            ("Message-ID", "<%s>" % mid),
            ("List-Unsubscribe", "<https://www.dr-jobplus.example.com/unsubscribe?uid=md%40md2-rm.example.org>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk")]
    eml = single(hdrs, body, "utf-8", "UTF-8", "quoted-printable")
    add(29, "job-board-ad-spam-utf8qp", "spam",
        "text/plain UTF-8 quoted-printable; List-Unsubscribe(+Post), Precedence: bulk; Date +0000", "medium",
        "Competing job-board sales mail full of 常勤/非常勤/スポット/当直, 内科/整形外科/麻酔科, 北海道/沖縄, 定年, 来月から, a 0120 number and a 配信停止 link: spam, not hospital/unsubscribe",
        eml, gold(mid, "spam"))


def m030():
    mid = "20230919034411.9F8E7D6C5B@mirai-trust-bank.example.com"
    body = """お客様各位

いつも「みらい信託銀行」をご利用いただき、誠にありがとうございます。

お客様のアカウントに、第三者による不正なログインの可能性が検知されました。
安全のため、現在お客様のお取引を一時的に制限しております。

引き続きサービスをご利用いただくには、24時間以内に下記URLより
ご本人様確認のお手続きを完了してください。
期限内にお手続きいただけない場合、アカウントは凍結されます。

■ご本人様確認はこちら
http://mirai-trust-verify.example.com/login/confirm.php?id=8841207

※本メールは送信専用です。ご返信いただいてもお答えできません。

みらい信託銀行 セキュリティ管理センター
"""
    hdrs = [("Return-Path", "<noreply@mirai-trust-bank.example.com>"),
            ("Received", received("unknown.host.example.com", "203.0.113.250", "4RqHx13gC0z5Bz",
                                  "Tue, 19 Sep 2023 12:44:13 +0900 (JST)")),
            ("Date", "Tue, 19 Sep 2023 12:44:11 +0900"),
            ("From", addr("みらい信託銀行", "noreply@mirai-trust-bank.example.com", "jis")),
            ("Reply-To", "support-center@mirai-verify-desk.example.com"),
            ("To", INBOX),
            ("Subject", ew("【重要】お客様のアカウントが一時的に制限されました")),
            ("Message-ID", "<%s>" % mid),
            ("X-Priority", "1"),
            ("X-Mailer", "Microsoft Outlook Express 6.00.2600.0000")]
    eml = single(hdrs, body, "iso2022_jp", "ISO-2022-JP", "7bit")
    add(30, "bank-phishing-jis", "spam",
        "text/plain ISO-2022-JP 7bit; Reply-To to another domain; X-Priority 1", "easy",
        "Bank account-suspension phishing with a verification link: spam, every lead field null despite Reply-To",
        eml, gold(mid, "spam"))


# ========================================================================= main

def build():
    MAILS.clear()
    for fn in (m001, m002, m003, m004, m005, m006, m007, m008, m009, m010,
               m011, m012, m013, m014, m015, m016, m017, m018, m019, m020,
               m021, m022, m023, m024, m025, m026, m027, m028, m029, m030):
        fn()
    return list(MAILS)


def main():
    write_set(build(), sys.argv[1] if len(sys.argv) > 1 else HERE)


if __name__ == "__main__":
    main()
