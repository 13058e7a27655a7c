#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Development mails x71 to x98 of testdata/extra (eml + gold json).

    python3 generate-x71.py [OUTDIR]

Uses the MIME helpers of ../tools/mailgen.py. People, institutions,
numbers and addresses are invented; only .example.* domains are used.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tools"))
from mailgen import INBOX, addr, ew, ewq, gold, single, write_mail  # noqa: E402

MAILS = []


def add(num, slug, eml, g):
    MAILS.append((num, slug, eml, g))


def hdrs(mid, date, frm, subj, extra=()):
    h = [("Date", date), ("From", frm), ("To", INBOX), ("Subject", subj), ("Message-ID", "<%s>" % mid)]
    return h + list(extra)


# ------------------------------------------------------------------ spam

def x71():
    mid = "20240611.8841.notice@minato-bk-secure.example.com"
    body = """みなと銀行をご利用いただきありがとうございます。

お客様の口座において、第三者による不正なアクセスの可能性が確認されたため、
現在、お取引の一部を制限させていただいております。

制限を解除するには、以下のページよりお客様情報のご確認をお願いいたします。
https://minato-bk.verify-center.example.com/login

ご確認いただけない場合、口座のご利用を停止させていただくことがございます。
あらかじめご了承ください。

みなと銀行 お客様サポートセンター
"""
    h = hdrs(mid, "Tue, 11 Jun 2024 04:12:33 +0900", addr("みなと銀行", "support@minato-bk-secure.example.com", "jis"),
             ew("【重要】お取引制限のお知らせ"))
    add(71, "bank-restriction-phishing-jis", single(h, body, "iso2022_jp", '"ISO-2022-JP"', "7bit"), gold(mid, "spam"))


def x72():
    mid = "DA7F1C20.4471@parcelpoint-track.example.net"
    body = """Dear Customer,

We attempted to deliver your parcel today but nobody was available to sign for it.
Your parcel is now held at our local depot.

To arrange a new delivery date, please confirm your address and pay the
redelivery fee of USD 1.99 within 48 hours:

https://parcelpoint-redeliver.example.net/reschedule?id=PP99120455

If no action is taken, the parcel will be returned to the sender.

Tracking number: PP 9912 0455 7781
ParcelPoint Express Customer Care
"""
    h = hdrs(mid, "Sat, 14 Sep 2024 09:02:11 +0000", addr("ParcelPoint Express", "noreply@parcelpoint-track.example.net"),
             "Action required: we missed you - parcel on hold")
    add(72, "parcel-missed-delivery-english", single(h, body, "us-ascii", "us-ascii", "7bit"), gold(mid, "spam"))


def x73():
    mid = "CAF0x73speaker@globalmedsummit.example.com"
    body = """Dear Esteemed Colleague,

On behalf of the Organizing Committee, it is our great honor to invite you as a
Speaker at the 6th Global Summit on Primary Care and Rural Health, to be held
in Dubai, UAE on 18-19 March 2025.

Your expertise in community medicine would be a valuable addition to our
scientific sessions. Kindly send us your talk title and a short biography.

Early bird registration: USD 699 (until 30 November 2024)
Abstract submission: https://globalmedsummit.example.com/abstract

We look forward to welcoming you.

Warm regards,
Sophia Wilson
Program Manager, GSPCRH 2025
"""
    h = hdrs(mid, "Wed, 09 Oct 2024 22:41:05 -0500", addr("Sophia Wilson", "sophia@globalmedsummit.example.com"),
             "Speaker Invitation: Global Summit on Primary Care & Rural Health 2025")
    add(73, "conference-speaker-invitation-english", single(h, body, "us-ascii", "us-ascii", "7bit"), gold(mid, "spam"))


def x74():
    mid = "20241021093015.jmr.1187@asia-medjournal.example.com"
    body = """先生

突然のご連絡失礼いたします。
アジア臨床医学レビュー（Asian Review of Clinical Medicine）編集部でございます。

先生のご研究に大変感銘を受け、次号の特集「地域医療の最前線」への
論文（原著・総説・症例報告）のご投稿をお願いしたく、ご連絡いたしました。

・査読期間：最短5日
・掲載料：98,000円（今月中のご投稿で半額）
・オンライン投稿：https://asia-medjournal.example.com/submit

また、編集委員としてのご参加も歓迎しております。
ご検討のほど、よろしくお願いいたします。

アジア臨床医学レビュー 編集部
"""
    h = hdrs(mid, "Mon, 21 Oct 2024 09:30:15 +0800", addr("アジア臨床医学レビュー編集部", "editor@asia-medjournal.example.com", "utf8"),
             ew("【論文募集】特集「地域医療の最前線」ご投稿のお願い", "utf8"))
    add(74, "journal-call-for-papers-utf8", single(h, body, "utf-8", "UTF-8", "base64"), gold(mid, "spam"))


def x75():
    mid = "20250203.cardinfo.55120@hoshi-card.example.com"
    body = """いつもほしカードをご利用いただき、誠にありがとうございます。

ご登録のカードについて、ご本人様以外によるご利用の疑いがあるお取引を検知いたしました。
お客様のカードを保護するため、カードのご利用を一時停止しております。

下記よりご利用内容をご確認のうえ、ご本人様確認の手続きをお願いいたします。
▼ご利用確認はこちら
https://hoshi-card.check-member.example.com/

※本メールは送信専用アドレスからお送りしています。
ほしカード株式会社
"""
    h = hdrs(mid, "Mon, 03 Feb 2025 02:15:44 +0900", addr("ほしカード", "info@hoshi-card.example.com", "sjis"),
             ew("カードご利用一時停止のお知らせ", "sjis"))
    add(75, "card-suspension-phishing-sjis", single(h, body, "shift_jis", "Shift_JIS", "8bit"), gold(mid, "spam"))


# ------------------------------------------------------------------ general

def x76():
    mid = "5f2a.x76.nurse@kazahaya-mail.example.jp"
    body = """地域医療マッチング事務局の皆様

はじめまして。大阪の総合病院で看護師をしております、中野さやかと申します。
テレビの特集で、定年後の先生方が地方の病院で働かれている取り組みを拝見しました。

私も数年後には家族の事情で四国に戻る予定で、
看護師も同じように紹介していただけるのか気になり、メールいたしました。
看護職は対象外でしたら、相談できる窓口があればお教えいただけますと嬉しいです。

中野 さやか
"""
    h = hdrs(mid, "Sun, 17 Nov 2024 21:48:02 +0900", addr("中野さやか", "s-nakano@kazahaya-mail.example.jp", "utf8"),
             ew("看護師も利用できますか", "utf8"))
    add(76, "nurse-asks-whether-nurses-can-use-utf8", single(h, body, "utf-8", "UTF-8", "base64"),
        gold(mid, "general", name="中野 さやか", email="s-nakano@kazahaya-mail.example.jp"))


def x77():
    mid = "x77.20240522.7310@tsugaru-u.example.ac.jp"
    body = """地域医療マッチング事務局 ご担当者様

津軽学院大学医学部4年の工藤美咲と申します。
地域医療研究会というサークルで代表をしております。

先日、講義で貴事業のことを知り、部員一同とても興味を持ちました。
もし可能でしたら、メールマガジンを部のアドレスでも受け取れるようにしていただけないでしょうか。
また、秋の学園祭で貴事業を紹介する展示をしたいので、その際に使わせていただける資料があれば教えてください。

よろしくお願いいたします。

工藤 美咲
津軽学院大学 地域医療研究会 代表
"""
    h = hdrs(mid, "Wed, 22 May 2024 16:05:41 +0900", addr("工藤美咲", "kudo.misaki@tsugaru-u.example.ac.jp", "jis"),
             ew("メールマガジン購読のお願い"))
    add(77, "student-club-newsletter-jis", single(h, body, "iso2022_jp", "ISO-2022-JP", "7bit"),
        gold(mid, "general", name="工藤 美咲", email="kudo.misaki@tsugaru-u.example.ac.jp", organization="津軽学院大学"))


def x78():
    mid = "x78.0930.bizdev@careerdoc-partners.example.com"
    body = """地域医療マッチング事務局 御中

お世話になります。
株式会社キャリアドクターパートナーズの事業開発部、西村と申します。
弊社は医師の転職支援サービスを運営しており、全国で約8,000名の先生にご登録いただいております。

最近、地方の病院で働きたいとおっしゃるシニアの先生が増えており、
貴事務局と連携させていただけないかと考えております。
例えば、弊社の登録医師に貴事業の求人をご案内することは可能でしょうか。
一度オンラインでお話を伺えれば幸いです。

株式会社キャリアドクターパートナーズ
事業開発部 西村 拓也
TEL 03-5412-8870
"""
    h = hdrs(mid, "Mon, 30 Sep 2024 10:12:09 +0900", addr("西村 拓也", "t.nishimura@careerdoc-partners.example.com", "utf8"),
             ew("連携のご相談（医師転職支援サービス）", "utf8"))
    add(78, "doctor-career-agency-partnership-qp", single(h, body, "utf-8", "UTF-8", "quoted-printable"),
        gold(mid, "general", name="西村 拓也", email="t.nishimura@careerdoc-partners.example.com",
             phone="0354128870", organization="株式会社キャリアドクターパートナーズ"))


def x79():
    mid = "x79.20241002.seminar@chiiki-iryo-net.example.or.jp"
    body = """地域医療マッチング事務局 ご担当者様

いつもお世話になっております。
NPO法人 地域医療ネットワークの松井です。

来月、へき地で働く医師の確保をテーマにしたオンラインセミナーを開催いたします。
昨年に続き、貴事務局からもご参加いただけましたら大変心強く存じます。

日時：11月16日（土）14:00〜16:00
参加費：無料（定員100名、先着順）
お申し込みはこちら：https://forms.example.org/chiiki-seminar-2024

ご都合がよろしければ、事務局の皆様にもお声がけいただけますと幸いです。

NPO法人 地域医療ネットワーク
事務局長 松井 由紀子
"""
    h = hdrs(mid, "Wed, 02 Oct 2024 13:27:50 +0900", addr("松井 由紀子", "matsui@chiiki-iryo-net.example.or.jp", "jis"),
             ew("オンラインセミナーのご案内（11月16日）"))
    add(79, "npo-seminar-invitation-jis", single(h, body, "iso2022_jp", "ISO-2022-JP", "7bit"),
        gold(mid, "general", name="松井 由紀子", email="matsui@chiiki-iryo-net.example.or.jp",
             organization="NPO法人 地域医療ネットワーク"))


def x80():
    mid = "x80.20240708.hc@pref-akita-hc.example.lg.jp"
    body = """地域医療マッチング事務局 ご担当者様

お世話になっております。由利保健所の石井です。
ご送付いただいたポスター20部、本日受け取りました。ありがとうございました。
管内の医療機関と市町村の窓口に掲示させていただきます。

なお、追加で配布したい先がいくつかあるのですが、
ポスターの電子データはどこかからダウンロードできますでしょうか。
至急ではありませんので、お手すきの際にご教示ください。

秋田県由利保健所 企画総務課
石井 和也
TEL 0184-22-4120
"""
    h = hdrs(mid, "Mon, 08 Jul 2024 15:40:12 +0900", addr("石井 和也", "ishii-k@pref-akita-hc.example.lg.jp", "euc"),
             ew("ポスター受領のご連絡", "euc"))
    add(80, "health-centre-posters-received-eucjp", single(h, body, "euc_jp", "EUC-JP", "8bit"),
        gold(mid, "general", name="石井 和也", email="ishii-k@pref-akita-hc.example.lg.jp",
             phone="0184224120", organization="秋田県由利保健所"))


def x81():
    mid = "x81.20250115.pharm@wakaba-ph.example.jp"
    body = """事務局御中

わかば薬局で管理薬剤師をしております森田健二と申します。
医師の少ない地域では薬局も人手が足りないと聞き、
将来的に地方の薬局で働くことも考えております。

貴事業は医師の方だけが対象でしょうか。
薬剤師向けの同じような制度をご存じでしたら教えていただけませんか。

森田 健二
わかば薬局
"""
    h = hdrs(mid, "Wed, 15 Jan 2025 20:11:35 +0900", addr("Kenji Morita", "k.morita@wakaba-ph.example.jp"),
             ew("薬剤師について", "sjis"))
    add(81, "pharmacist-asks-about-scheme-sjis", single(h, body, "shift_jis", "Shift_JIS", "8bit"),
        gold(mid, "general", name="森田 健二", email="k.morita@wakaba-ph.example.jp", organization="わかば薬局"))


def x82():
    mid = "x82.20240905.visit@hinata-vn.example.jp"
    body = """地域医療マッチング事務局 ご担当者様

宮崎県日南市で訪問看護ステーションを運営しております、坂口と申します。
当ステーションでは、在宅で療養される方の看取りまで対応しております。

貴事業で県内に来られた先生方と、地域の訪問看護として連携できればと考えております。
どのような形で情報をいただけるのか、一度ご相談させていただけますでしょうか。

訪問看護ステーションひなた
坂口 恵美
0987-22-6615
"""
    h = hdrs(mid, "Thu, 05 Sep 2024 11:03:27 +0900", addr("訪問看護ステーションひなた", "info@hinata-vn.example.jp", "utf8"),
             ew("連携のご相談", "utf8"))
    add(82, "visiting-nurse-station-cooperation-utf8", single(h, body, "utf-8", "UTF-8", "base64"),
        gold(mid, "general", name="坂口 恵美", email="info@hinata-vn.example.jp", phone="0987226615",
             organization="訪問看護ステーションひなた"))


def x83():
    mid = "x83.20241128.res@kita-u.example.ac.jp"
    body = """地域医療マッチング事務局 御中

北都大学大学院 公衆衛生学専攻の博士課程に在籍しております、小野寺健太と申します。
「シニア医師のへき地での就労」をテーマに研究を進めております。

可能な範囲で構いませんので、これまでに登録された先生の人数や年齢層、
実際に勤務につながった件数などを教えていただくことはできますでしょうか。
個人が特定される情報は必要ございません。

ご検討いただけますと幸いです。

小野寺 健太
北都大学大学院 医学研究科 公衆衛生学専攻
"""
    h = hdrs(mid, "Thu, 28 Nov 2024 09:44:18 +0900", addr("小野寺健太", "onodera.k@kita-u.example.ac.jp", "jis"),
             ew("研究のための統計資料について"))
    add(83, "graduate-student-statistics-jis", single(h, body, "iso2022_jp", "ISO-2022-JP", "7bit"),
        gold(mid, "general", name="小野寺 健太", email="onodera.k@kita-u.example.ac.jp", organization="北都大学大学院"))


# ------------------------------------------------------------------ doctor

def x84():
    mid = "x84.20250210.reply@echigo-net.example.jp"
    body = """事務局 坂本様

ご連絡ありがとうございます。小千谷の関根です。
ご提案いただいた魚沼の診療所の件ですが、冬場の通勤を考えると難しく、今回は辞退させてください。
せっかくお探しいただいたのに申し訳ありません。

代わりと言っては何ですが、長岡市か小千谷市の近くで、
外来を週2日ほどお手伝いできる所があれば、ぜひお願いしたいです。
4月からであれば動けます。

関根 正明
"""
    quote = """
> 関根先生
> 魚沼市の診療所から常勤の内科医の求人が出ております。ご検討ください。
"""
    h = hdrs(mid, "Mon, 10 Feb 2025 19:22:40 +0900", addr("関根正明", "sekine.m@echigo-net.example.jp", "jis"),
             ew("Re: 求人のご紹介（魚沼市）"), [("In-Reply-To", "<out.0207@md2-rm.example.org>")])
    add(84, "doctor-declines-introduced-clinic-jis", single(h, body + quote, "iso2022_jp", "ISO-2022-JP", "7bit"),
        gold(mid, "doctor", name="関根 正明", email="sekine.m@echigo-net.example.jp", prefectures=["新潟県"],
             employment=["part_time"], days_per_week=2, start="2025-04"))


def x85():
    mid = "x85.20240418.gi@yamabiko-mail.example.jp"
    body = """地域医療マッチング事務局 ご担当者様

消化器内科医の堀内誠と申します。現在、甲府市内の病院で内視鏡を担当しております。
今年で63歳になり、そろそろ生まれ故郷の長野県で働ければと考えるようになりました。
内視鏡検査のお手伝いを中心に、非常勤での勤務を希望します。

登録に必要なものを教えてください。

堀内 誠
090-6621-3048
"""
    h = hdrs(mid, "Thu, 18 Apr 2024 22:05:13 +0900", addr("HORIUCHI Makoto", "m-horiuchi@yamabiko-mail.example.jp"),
             ew("登録の相談", "utf8"))
    add(85, "gastroenterologist-home-prefecture-utf8", single(h, body, "utf-8", "UTF-8", "quoted-printable"),
        gold(mid, "doctor", name="堀内 誠", email="m-horiuchi@yamabiko-mail.example.jp", phone="09066213048",
             age=63, specialties=["消化器内科"], prefectures=["長野県"], employment=["part_time"]))


def x86():
    mid = "x86.20241203.q@hamanasu-net.example.jp"
    body = """お世話になります。
整形外科医の三上と申します。来年の春で勤務先を退職する予定です。

貴事業について、いくつか伺いたいことがあります。
1. 登録に費用はかかりますか。
2. 勤務先が決まるまで、どのくらいの期間がかかるものでしょうか。
3. 北海道内の病院の求人は多いですか。

できれば道内で、常勤で働きたいと思っております。
よろしくお願いいたします。

三上 隆
"""
    h = hdrs(mid, "Tue, 03 Dec 2024 07:48:29 +0900", addr("三上 隆", "t-mikami@hamanasu-net.example.jp", "euc"),
             ew("いくつか質問があります", "euc"))
    add(86, "orthopedist-questions-hokkaido-eucjp", single(h, body, "euc_jp", "EUC-JP", "8bit"),
        gold(mid, "doctor", name="三上 隆", email="t-mikami@hamanasu-net.example.jp", specialties=["整形外科"],
             prefectures=["北海道"], employment=["full_time"]))


def x87():
    mid = "x87.20240626.wife@kobushi-mail.example.jp"
    body = """地域医療マッチング事務局 御中

はじめてご連絡いたします。内田と申します。
夫の内田 昌平（66歳、眼科医）のことでご相談させてください。

夫は長年勤めた眼科医院を今月で閉じることになりました。
本人は、週に2日くらいなら、眼科の少ない地域の病院で外来を続けたいと申しております。
岩手県か宮城県で、そのような求人はありますでしょうか。

夫は電子メールを使いませんので、私のアドレスにご連絡ください。

内田 和子
"""
    h = hdrs(mid, "Wed, 26 Jun 2024 14:31:55 +0900", addr("内田和子", "uchida-kazu@kobushi-mail.example.jp", "jis"),
             ew("夫（眼科医）の勤務先について"))
    add(87, "wife-for-ophthalmologist-husband-jis", single(h, body, "iso2022_jp", "ISO-2022-JP", "7bit"),
        gold(mid, "doctor", name="内田 昌平", email="uchida-kazu@kobushi-mail.example.jp", age=66,
             specialties=["眼科"], prefectures=["岩手県", "宮城県"], employment=["part_time"], days_per_week=2))


def x88():
    mid = "x88.20240913.apply@sazanami-mail.example.jp"
    body = """地域医療マッチング事務局 ご担当者様

貴事業のホームページで、島根県の隠岐の病院が内科医を募集されているのを拝見しました。
こちらの求人に応募したいと考えております。

私は現在、広島市内の病院で内科の外来と病棟を担当しております。年齢は61歳です。
常勤で、来年4月からの勤務を希望します。

安田 浩二
TEL 082-231-5560
"""
    h = hdrs(mid, "Fri, 13 Sep 2024 12:17:03 +0900", addr("安田浩二", "k.yasuda@sazanami-mail.example.jp", "sjis"),
             ew("求人への応募（隠岐）", "sjis"))
    add(88, "internist-applies-to-listing-sjis", single(h, body, "shift_jis", "Shift_JIS", "8bit"),
        gold(mid, "doctor", name="安田 浩二", email="k.yasuda@sazanami-mail.example.jp", phone="0822315560",
             age=61, specialties=["内科"], prefectures=["島根県"], employment=["full_time"], start="2025-04"))


# ------------------------------------------------------------------ hospital

def x89():
    mid = "x89.20240830.town@town-nishiaizu.example.lg.jp"
    body = """地域医療マッチング事務局 ご担当者様

福島県西会津町役場 健康福祉課の渡部と申します。
町内唯一の医療機関である町立診療所の医師が来年3月で退任されるため、
町として後任の先生を探しております。

・診療科：内科（総合的に診ていただける方）
・勤務形態：常勤
・着任：令和7年4月
・住居：町で用意いたします

貴事業への登録の方法をお教えください。

西会津町役場 健康福祉課
渡部 剛
TEL 0241-45-2211
"""
    h = hdrs(mid, "Fri, 30 Aug 2024 10:40:00 +0900", addr("西会津町 健康福祉課", "kenko@town-nishiaizu.example.lg.jp", "jis"),
             ew("町立診療所の医師について"))
    add(89, "town-office-clinic-successor-jis", single(h, body, "iso2022_jp", "ISO-2022-JP", "7bit"),
        gold(mid, "hospital", name="渡部 剛", email="kenko@town-nishiaizu.example.lg.jp", phone="0241452211",
             organization="西会津町役場", specialties=["内科"], prefectures=["福島県"], municipality="西会津町",
             employment=["full_time"], start="2025-04"))


def x90():
    mid = "x90.20241105.reply@aoba-hp.example.jp"
    body = """坂本様

いつもお世話になっております。
あおば中央病院 総務課の佐々木です。

先日掲載していただいた当院の求人について、その後応募のご連絡はありましたでしょうか。
また、募集している時期を少し早めて、来年1月からとしていただくことは可能でしょうか。

お手数ですが、ご確認のほどよろしくお願いいたします。

佐々木 亮
あおば中央病院 総務課
山形県鶴岡市青葉町3-12
0235-23-8100
"""
    quote = """
-----Original Message-----
From: 地域医療マッチング事務局
Sent: Tuesday, October 22, 2024 5:02 PM
Subject: 求人掲載のご連絡

あおば中央病院 佐々木様
ご依頼の求人（内科・常勤）を掲載いたしました。
"""
    h = hdrs(mid, "Tue, 05 Nov 2024 09:12:45 +0900", addr("佐々木亮", "sasaki@aoba-hp.example.jp", "msjis"),
             ew("RE: 求人掲載のご連絡", "msjis"), [("In-Reply-To", "<out.1022@md2-rm.example.org>")])
    add(90, "hospital-asks-about-applicants-msjis", single(h, body + quote, "ms-iso2022jp", '"iso-2022-jp"', "7bit"),
        gold(mid, "hospital", name="佐々木 亮", email="sasaki@aoba-hp.example.jp", phone="0235238100",
             organization="あおば中央病院", prefectures=["山形県"], municipality="鶴岡市", start="2025-01"))


def x91():
    mid = "x91.20250120.close@kawabe-hp.example.jp"
    body = """地域医療マッチング事務局 ご担当者様

お世話になっております。川辺記念病院の事務長、原田でございます。
貴事業に掲載していただいておりました整形外科医の求人ですが、
このたび別の経路で着任いただける先生が決まりましたので、掲載を終了していただけますでしょうか。

これまでご協力いただき、ありがとうございました。
また医師の確保が必要になりましたら、改めてご相談させていただきます。

医療法人 川辺会 川辺記念病院
事務長 原田 修
"""
    h = hdrs(mid, "Mon, 20 Jan 2025 16:55:30 +0900", addr("原田修", "harada@kawabe-hp.example.jp", "utf8"),
             ew("求人掲載終了のお願い", "utf8"))
    add(91, "hospital-closes-listing-utf8", single(h, body, "utf-8", "UTF-8", "base64"),
        gold(mid, "hospital", name="原田 修", email="harada@kawabe-hp.example.jp",
             organization="医療法人 川辺会 川辺記念病院", specialties=["整形外科"]))


def x92():
    mid = "x92.20240415.clinic@minami-iin.example.jp"
    body = """地域医療マッチング事務局 御中

鹿児島県指宿市で内科医院を開業しております、南です。
私も今年72歳になり、毎日の外来が少しきつくなってまいりました。
週に2日、午前の内科外来を代わりに診ていただける先生がいらっしゃれば大変助かります。
できれば6月から来ていただけると有難いです。

みなみ内科医院
院長 南 俊夫
TEL 0993-22-3407
"""
    h = hdrs(mid, "Mon, 15 Apr 2024 13:20:18 +0900", addr("南俊夫", "minami@minami-iin.example.jp", "sjis"),
             ew("外来を手伝っていただける先生を探しています", "sjis"))
    add(92, "aging-clinic-director-seeks-parttimer-sjis", single(h, body, "shift_jis", "Shift_JIS", "8bit"),
        gold(mid, "hospital", name="南 俊夫", email="minami@minami-iin.example.jp", phone="0993223407",
             organization="みなみ内科医院", specialties=["内科"], prefectures=["鹿児島県"], municipality="指宿市",
             employment=["part_time"], days_per_week=2, start="2024-06"))


def x93():
    mid = "x93.20241016.city@city-gojo.example.lg.jp"
    body = """地域医療マッチング事務局 ご担当者様

奈良県五條市役所 地域医療課の吉川と申します。
市内の大塔地区にある国保診療所で、医師が不在となる日が出てきております。
市としても医師の招へいに力を入れておりますので、
週1日、非常勤で来ていただける先生を探す方法についてご相談させてください。

五條市役所 地域医療課
吉川 真由美
0747-22-4001
"""
    h = hdrs(mid, "Wed, 16 Oct 2024 11:26:37 +0900", addr("五條市 地域医療課", "chiiki-iryo@city-gojo.example.lg.jp", "utf8"),
             ewq("国保診療所の医師について"))
    add(93, "city-hall-national-health-clinic-utf8qp", single(h, body, "utf-8", "UTF-8", "quoted-printable"),
        gold(mid, "hospital", name="吉川 真由美", email="chiiki-iryo@city-gojo.example.lg.jp", phone="0747224001",
             organization="五條市役所", prefectures=["奈良県"], municipality="五條市",
             employment=["part_time"], days_per_week=1))


def x94():
    mid = "x94.20240722.roken@sakura-roken.example.jp"
    body = """地域医療マッチング事務局 ご担当者様

介護老人保健施設さくらの里で事務を担当しております、高田恵子と申します。
当施設の施設長（医師）が来春退職するため、後任となっていただける先生を募集しております。
定年退職された先生でも、健康であれば年齢は問いません。

所在地：香川県三豊市
勤務：常勤

高田 恵子
介護老人保健施設さくらの里
0875-62-1180
"""
    h = hdrs(mid, "Mon, 22 Jul 2024 15:08:52 +0900", addr("Takata Keiko", "takata@sakura-roken.example.jp"),
             ew("施設長（医師）の募集について", "euc"))
    add(94, "roken-director-successor-eucjp", single(h, body, "euc_jp", "EUC-JP", "8bit"),
        gold(mid, "hospital", name="高田 恵子", email="takata@sakura-roken.example.jp", phone="0875621180",
             organization="介護老人保健施設さくらの里", specialties=["老健・介護施設"], prefectures=["香川県"],
             municipality="三豊市", employment=["full_time"]))


# ------------------------------------------------------------------ auto_reply / unsubscribe

def x95():
    mid = "x95.20240912.ack@kiyosato-hp.example.jp"
    body = """このたびは清里中央病院にお問い合わせいただき、誠にありがとうございます。
以下の内容でお問い合わせを承りました。

担当部署にて内容を確認のうえ、3営業日以内にご連絡いたします。
なお、本メールへの返信はお受けできませんのでご了承ください。

清里中央病院 総務課
"""
    h = hdrs(mid, "Thu, 12 Sep 2024 10:00:03 +0900", addr("清里中央病院", "no-reply@kiyosato-hp.example.jp", "utf8"),
             ew("お問い合わせありがとうございます", "utf8"))
    add(95, "hospital-inquiry-acknowledgement-no-headers-utf8", single(h, body, "utf-8", "UTF-8", "base64"),
        gold(mid, "auto_reply"))


def x96():
    mid = "x96.20240805.away@tokiwa-hp.example.jp"
    body = """Thank you for your message.

I will be away from my desk until Monday 19 August with limited access to email.
For urgent matters regarding physician recruitment, please contact
Ms. Yuka Mori (mori@tokiwa-hp.example.jp, 0258-24-1100).

Best regards,
Takeshi Ono
Administration, Tokiwa General Hospital
"""
    h = hdrs(mid, "Mon, 05 Aug 2024 09:31:00 +0900", addr("Takeshi Ono", "ono@tokiwa-hp.example.jp"),
             "Away: Re: Physician placement programme")
    add(96, "english-away-notice-no-headers", single(h, body, "us-ascii", "us-ascii", "7bit"), gold(mid, "auto_reply"))


def x97():
    mid = "x97.20241211.stop@hinoki-mail.example.jp"
    body = """事務局御中

いつもご案内をいただきありがとうございます。
すでに別の病院で勤務が決まりましたので、今後このようなご案内は結構です。
お手数ですが、名簿から外していただけますようお願いいたします。

石田 信之
"""
    h = hdrs(mid, "Wed, 11 Dec 2024 18:40:21 +0900", addr("石田信之", "ishida.n@hinoki-mail.example.jp", "jis"),
             ew("ご案内について"))
    add(97, "unsubscribe-kekkou-desu-jis", single(h, body, "iso2022_jp", "ISO-2022-JP", "7bit"),
        gold(mid, "unsubscribe", name="石田 信之", email="ishida.n@hinoki-mail.example.jp"))


def x98():
    mid = "x98.20240603.ref@akebono-clinic.example.jp"
    body = """地域医療マッチング事務局 ご担当者様

お世話になっております。あけぼのクリニック院長の大野です。
当院で10年勤めていただいた小児科医の野口 美香先生が、今月で退職されることになり、
地方での勤務を考えておられます。ご本人の了解を得て、ご紹介のご連絡を差し上げました。

野口先生は58歳、小児科専門医で、宮崎県での常勤を希望されています。
ご連絡は先生ご本人（noguchi.mika@hibari-mail.example.jp、090-2716-5583）までお願いいたします。

あけぼのクリニック
院長 大野 健
"""
    h = hdrs(mid, "Mon, 03 Jun 2024 12:44:06 +0900", addr("大野健", "ohno@akebono-clinic.example.jp", "jis"),
             ew("小児科の先生のご紹介"))
    add(98, "clinic-director-introduces-pediatrician-jis", single(h, body, "iso2022_jp", "ISO-2022-JP", "7bit"),
        gold(mid, "doctor", name="野口 美香", email="noguchi.mika@hibari-mail.example.jp", phone="09027165583",
             age=58, organization="あけぼのクリニック", specialties=["小児科"], prefectures=["宮崎県"], employment=["full_time"]))


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else HERE
    for fn in [v for k, v in sorted(globals().items()) if k[:1] == "x" and k[1:].isdigit()]:
        fn()
    for num, slug, eml, g in MAILS:
        write_mail(out, "x%02d-%s" % (num, slug), eml, g)
    print("wrote %d messages to %s" % (len(MAILS), out))


if __name__ == "__main__":
    main()
