#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Development mails x124 to x149 of testdata/extra (eml + gold json).

    python3 generate-x124.py [OUTDIR]

Uses the MIME helpers of ../tools/mailgen.py. People, institutions,
numbers and addresses are invented; only .example.* domains are used.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tools"))
from mailgen import KYUSHU, TOHOKU, plain_mail, write_mail  # noqa: E402

MAILS = []


def mail(*args, **kw):
    MAILS.append(plain_mail(*args, **kw))


# ------------------------------------------------------------------ hospital

mail(124, "prefecture-office-public-posting-jis", "jis", "Wed, 10 Dec 2025 10:12:00 +0900",
     "島根県 医療政策課", "iryo-seisaku@pref-shimane.example.lg.jp", "県職員医師の公募について（ご周知のお願い）", """\
ドクターセカンドキャリア 地域医療マッチング事務局 御中

島根県健康福祉部医療政策課 医師確保対策室の安田と申します。

県内の中山間地域や離島の公立医療機関では、依然として医師の確保が難しい状況にあります。
このたび、県職員として隠岐の島町の隠岐病院に赴任する常勤医（内科・総合診療）の公募を始めました。
貴事業にご登録の先生方へ、公募のお知らせを転送していただくことは可能でしょうか。

　任用予定日：令和8年4月1日
　勤務地：隠岐の島町

公募要項は県のホームページに掲載しております。

島根県 健康福祉部 医療政策課 医師確保対策室
安田 理恵
TEL 0852-22-6629
""", "hospital", name="安田 理恵", email="iryo-seisaku@pref-shimane.example.lg.jp", phone="0852226629",
     organization="島根県", specialties=["内科", "総合診療科"], prefectures=["島根県"], municipality="隠岐の島町",
     employment=["full_time"], start="2026-04-01")

mail(125, "city-hall-clinic-parttime-posting-utf8q", "utf8q", "Tue, 18 Nov 2025 14:40:00 +0900",
     "宇都宮 美穂", "chiiki-iryo@city-yawatahama.example.lg.jp", "市立診療所の非常勤医について", """\
地域医療マッチング事務局 ご担当者様

八幡浜市役所 保健センター 地域医療係の宇都宮と申します。

本市の市立診療所（真穴・日土の2か所）では、来年度から内科外来を担う医師が不在となる見込みです。
そこで、週2日の外来を担当する非常勤医を公募することになりました。
会員の先生方に情報を届けていただけないかと思い、ご連絡いたしました。
掲載の手続きをご教示いただければ幸いです。

愛媛県八幡浜市役所 保健センター 地域医療係
宇都宮 美穂
電話 0894-22-3111
""", "hospital", name="宇都宮 美穂", email="chiiki-iryo@city-yawatahama.example.lg.jp", phone="0894223111",
     organization="八幡浜市役所", specialties=["内科"], prefectures=["愛媛県"], municipality="八幡浜市",
     employment=["part_time"], days_per_week=2, start="2026-04")

mail(126, "head-of-medical-staff-orthopedics-sjis", "sjis", "Mon, 20 Oct 2025 19:05:00 +0900",
     "石黒 修", "ishiguro@nanto-chuo-hp.example.jp", "整形外科の手術日について", """\
地域医療マッチング事務局 御中

南砺中央病院で医局長を務めております、整形外科医の石黒と申します。
院長の指示で、整形外科の体制についてご相談させてください。

来年3月に整形外科医が一人退職し、手術を担える医師が私ひとりになってしまいます。
週1日でも手術日に入ってくださる整形外科の先生がいらっしゃれば、ぜひご紹介をお願いしたいと考えております。

富山県南砺市 南砺中央病院
医局長　石黒 修
0763-52-1001
""", "hospital", name="石黒 修", email="ishiguro@nanto-chuo-hp.example.jp", phone="0763521001",
     organization="南砺中央病院", specialties=["整形外科"], prefectures=["富山県"], municipality="南砺市",
     employment=["part_time"], days_per_week=1)

mail(127, "village-clinic-director-seeks-heir-euc", "euc", "Thu, 04 Sep 2025 20:20:00 +0900",
     "高橋 誠一", "sawauchi-cl@town-nishiwaga.example.lg.jp", "診療所を引き継いでくださる方を探しています", """\
地域医療マッチング事務局 ご担当者様

岩手県西和賀町の国民健康保険沢内診療所で所長をしております、内科医の高橋と申します。

私も高齢となり、あと一、二年で引退を考えております。
地域の皆さんのためにも、この診療所を引き継いでくださる先生を見つけたいと思っています。
常勤で、外来と訪問診療が中心です。住まいは町が用意してくれます。

どのように進めればよいか、ご助言をいただけますと幸いです。

国民健康保険沢内診療所
所長　高橋 誠一
0197-85-2011
""", "hospital", name="高橋 誠一", email="sawauchi-cl@town-nishiwaga.example.lg.jp", phone="0197852011",
     organization="国民健康保険沢内診療所", specialties=["内科", "在宅医療"], prefectures=["岩手県"],
     municipality="西和賀町", employment=["full_time"])

mail(128, "village-office-asks-if-it-can-list-jis", "jis", "Fri, 14 Nov 2025 09:50:00 +0900",
     "玉置 一郎", "hoken@vill-totsukawa.example.lg.jp", "村が雇用する医師の掲載について", """\
地域医療マッチング事務局 御中

奈良県十津川村 保健福祉課の玉置と申します。

村の診療所に勤める医師を確保したく、貴事業について調べております。
医療機関ではなく村が雇用主となる場合でも、求人を掲載していただけるのでしょうか。
また、掲載に費用はかかりますか。

現在考えておりますのは、令和8年度からの常勤医1名（診療科は問いません）です。

十津川村役場 保健福祉課
玉置 一郎
0746-62-0004
""", "hospital", name="玉置 一郎", email="hoken@vill-totsukawa.example.lg.jp", phone="0746620004",
     organization="十津川村役場", prefectures=["奈良県"], municipality="十津川村",
     employment=["full_time"], start="2026-04")

mail(129, "roken-director-physician-seeks-rounds-utf8", "utf8", "Wed, 22 Oct 2025 16:30:00 +0900",
     "中野 博之", "nakano@hidamari-roken.example.jp", "回診をお願いできる医師について", """\
地域医療マッチング事務局 様

長野県飯田市の介護老人保健施設 ひだまりの郷で施設長をしております、中野です。
私自身も医師ですが、入所者が増え、一人では回診が追いつかなくなってまいりました。

週2日（火曜と金曜の午後）、回診をお願いできる医師の方を探しております。
ご高齢の先生でもまったく問題ございません。

介護老人保健施設 ひだまりの郷
施設長　中野 博之
0265-24-3388
""", "hospital", name="中野 博之", email="nakano@hidamari-roken.example.jp", phone="0265243388",
     organization="介護老人保健施設 ひだまりの郷", specialties=["老健・介護施設"], prefectures=["長野県"],
     municipality="飯田市", employment=["part_time"], days_per_week=2)

# ------------------------------------------------------------------ general

mail(130, "relocation-desk-asks-about-fees-jis", "jis", "Tue, 09 Sep 2025 15:15:00 +0900",
     "松井 智子", "matsui@furusato-kaiki.example.or.jp", "移住相談窓口からのお問い合わせ", """\
地域医療マッチング事務局 ご担当者様

ふるさと回帰支援センター 長野県担当相談員の松井と申します。

移住のご相談にいらっしゃる方の中に、ときどき医師の方がおられます。
そうした方に貴事業をご紹介したいのですが、年齢の制限や、ご本人の費用負担はありますか。
また、パンフレットがございましたら10部ほどお送りいただけますでしょうか。

ふるさと回帰支援センター
松井 智子
03-6273-4401
""", "general", name="松井 智子", email="matsui@furusato-kaiki.example.or.jp", phone="0362734401",
     organization="ふるさと回帰支援センター")

mail(131, "district-medical-association-leaflets-sjis", "sjis", "Mon, 06 Oct 2025 11:00:00 +0900",
     "鶴岡地区医師会 事務局", "jimu@tsuruoka-ishikai.example.or.jp", "リーフレット送付のお願い", """\
地域医療マッチング事務局 御中

鶴岡地区医師会 事務局の佐藤と申します。

来月の定例会で、会員の先生方に地域医療に関する情報提供を行うことになりました。
最近は、定年を迎えられた先生や勤務日数を減らしたい先生からのご相談も増えております。
貴事業のご案内を配布したいので、リーフレットを40部お送りいただけますか。

送付先：〒997-0035 山形県鶴岡市馬場町1-34
鶴岡地区医師会 事務局　佐藤 由美
0235-22-0136
""", "general", name="佐藤 由美", email="jimu@tsuruoka-ishikai.example.or.jp", phone="0235220136",
     organization="鶴岡地区医師会")

mail(132, "wife-asks-about-family-support-utf8", "utf8", "Sat, 15 Nov 2025 22:10:00 +0900",
     "村上 真理", "mari.murakami@kazeno-mail.example.ne.jp", "家族の住まいについて", """\
地域医療マッチング事務局 様

はじめてご連絡いたします。村上と申します。
夫が勤務医をしており、いずれは地方で働くことも考えているようです。
まだ本人は具体的に動いていないのですが、私の方で先に制度を知っておきたく、ご連絡しました。

登録した場合、家族の住まいや子どもの学校の相談にも乗っていただけるのでしょうか。
お時間のあるときにお教えいただければ幸いです。

村上 真理
""", "general", name="村上 真理", email="mari.murakami@kazeno-mail.example.ne.jp")

mail(133, "high-school-teacher-asks-for-talk-jis", "jis", "Thu, 16 Oct 2025 17:45:00 +0900",
     "池田 浩二", "ikeda-k@tsuyama-hs.example.ed.jp", "講演のお願い（高校生向け）", """\
地域医療マッチング事務局 御中

岡山県立津山高等学校で進路指導を担当しております、教諭の池田と申します。

本校には医学部を志望する生徒が多く、地域医療の現場で働く医師のお話を聞く機会を設けたいと考えております。
貴事業を通じて地方の病院で働いておられる先生に、講演をお願いすることは可能でしょうか。
時期は来年2月ごろ、時間は1時間ほどを想定しております。

岡山県立津山高等学校
池田 浩二
0868-22-2204
""", "general", name="池田 浩二", email="ikeda-k@tsuyama-hs.example.ed.jp", phone="0868222204",
     organization="岡山県立津山高等学校")

mail(134, "researcher-survey-cooperation-utf8b", "utf8b", "Wed, 03 Dec 2025 10:05:00 +0900",
     "青木 沙也加", "s-aoki@kita-nursing-u.example.ac.jp", "医師の働き方に関する調査へのご協力のお願い", """\
地域医療マッチング事務局 ご担当者様

北都看護大学 地域看護学講座の青木 沙也加と申します。

現在、定年後も地域で働き続ける医師の働き方について研究しております。
貴事業に登録されている先生方を対象に、無記名のアンケートへのご協力をお願いすることはできないでしょうか。
ご検討いただけるようでしたら、研究計画書をお送りいたします。

北都看護大学 地域看護学講座
青木 沙也加
011-778-2140
""", "general", name="青木 沙也加", email="s-aoki@kita-nursing-u.example.ac.jp", phone="0117782140",
     organization="北都看護大学")

mail(135, "english-rural-alliance-asks-for-call", "ascii", "Mon, 24 Nov 2025 08:30:00 +1100",
     "Fiona Walsh", "f.walsh@ruralhealth-alliance.example.org.au", "Learning from your programme", """\
Dear colleagues,

My name is Fiona Walsh and I coordinate the workforce team at the Southern Rural
Health Alliance in Australia.

We have read about how your programme matches senior doctors with rural hospitals
in Japan, and we would like to learn more about how you recruit and support them.
Would you be open to a short video call in the new year?

Kind regards,
Fiona Walsh
Southern Rural Health Alliance
""", "general", name="Fiona Walsh", email="f.walsh@ruralhealth-alliance.example.org.au",
     organization="Southern Rural Health Alliance")

# ------------------------------------------------------------------ auto_reply

mail(136, "prefecture-form-echo-receipt-utf8b", "utf8b", "Tue, 02 Dec 2025 09:14:33 +0900",
     "鳥取県ホームページ", "noreply@pref-tottori.example.lg.jp", "お問い合わせありがとうございました", """\
この度は、鳥取県ホームページのお問い合わせフォームをご利用いただき、ありがとうございます。
以下の内容で送信されました。

----
お名前：地域医療マッチング事務局
お問い合わせ内容：医師確保の取組について
----

担当部署より、原則として1週間以内にご回答いたします。
※このメールはシステムから自動的にお送りしています。このアドレスへ返信されても対応できません。
""", "auto_reply")

mail(137, "hospital-desk-receipt-send-only-sjis", "sjis", "Thu, 13 Nov 2025 18:02:11 +0900",
     "みさき病院 医師招聘窓口", "shohei@misaki-hp.example.jp", "Re: 非常勤医師のご紹介について", """\
メールを確かに受け取りました。
内容を確認し、担当者より2営業日以内にご連絡を差し上げます。
なお、土日祝日は対応しておりません。

医療法人 健生会 みさき病院 医師招聘窓口
（このアドレスは送信専用です）
""", "auto_reply")

mail(138, "english-automated-confirmation", "ascii", "Fri, 07 Nov 2025 06:41:02 +1100",
     "Lakeside Community Health", "hello@lakeside-health.example.com.au", "We've got your message", """\
Hi there,

Thanks for getting in touch with Lakeside Community Health. This is an automated
confirmation that your email reached us.

A member of our team will get back to you within two working days. If your matter
is urgent, call our front desk on (02) 6555 0142.

Please don't reply to this email - this inbox isn't monitored.
""", "auto_reply")

mail(139, "clinic-summer-holiday-notice-jis", "jis", "Tue, 12 Aug 2025 07:30:00 +0900",
     "やまぶき内科クリニック", "info@yamabuki-naika.example.jp", "Re: 地域医療マッチング通信 8月号", """\
いつもお世話になっております。

誠に勝手ながら、当院は8月11日（月）から8月17日（日）まで夏期休暇をいただいております。
期間中のメールは、8月18日（月）より順番に確認いたします。
ご迷惑をおかけいたしますが、何卒ご了承ください。

やまぶき内科クリニック
""", "auto_reply")

mail(140, "prefecture-staff-parental-leave-utf8q", "utf8q", "Mon, 17 Nov 2025 13:20:44 +0900",
     "菊地 彩", "kikuchi-a@pref-akita.example.lg.jp", "Re: 医師確保の取組に関する情報交換", """\
大変申し訳ございませんが、私は2026年3月31日まで育児休業を取得しております。
この間、お送りいただいたメールを確認することができません。

業務に関するご連絡は、同じ地域医療課の小野寺（onodera@pref-akita.example.lg.jp）宛にお送りくださいますようお願いいたします。

秋田県 健康福祉部 地域医療課
菊地 彩
""", "auto_reply")

mail(141, "placement-bank-receipt-echo-utf8", "utf8", "Wed, 05 Nov 2025 11:11:11 +0900",
     "みなと医療人材バンク", "info@minato-jinzai.example.jp", "【みなと医療人材バンク】お問い合わせ受付のお知らせ", """\
地域医療マッチング事務局 様

みなと医療人材バンクにお問い合わせいただき、誠にありがとうございます。
下記のとおりお問い合わせを受け付けいたしました。

■お問い合わせ種別：医師の求人について
■内容：常勤内科医の募集に関する情報交換のお願い

担当者が内容を確認し、3営業日以内にご連絡いたします。
本メールは送信専用のアドレスからお送りしております。
""", "auto_reply")

# ------------------------------------------------------------------ spam

mail(142, "chinese-bulk-mail-service-gb2312", "gb", "Thu, 20 Nov 2025 03:12:40 +0800",
     "", "sales@yx-mailer.example.cn", "Re: 合作", """\
尊敬的客户：

您好！我司专业提供日本及海外企业邮箱群发服务，日发百万封，到达率高，价格优惠。
另可代做网站推广、搜索排名优化。

详情请加微信：yxmail2025
网址：http://yx-mailer.example.cn

打扰之处，敬请谅解。
""", "spam")

mail(143, "chinese-medical-supplies-utf8b", "utf8b", "Mon, 27 Oct 2025 10:48:00 +0800",
     "Shenzhen Kangda Medical", "export@kangda-med.example.cn", "医疗器械出口 / 一次性口罩 防护服", """\
尊敬的采购经理：

我们是深圳一家专业生产一次性医用口罩、防护服的工厂，已获得CE、FDA认证。
现有大量库存，支持小批量订购，价格从优。

如有需要，请直接回复本邮件，或通过WhatsApp联系：+86 138 0000 5521

深圳康达医疗用品有限公司
""", "spam")

mail(144, "unpaid-fee-legal-threat-jis", "jis", "Sat, 01 Nov 2025 02:40:00 +0900",
     "料金回収センター", "center@ryokin-kaishu.example.net", "【重要】未払い料金のお知らせ", """\
お客様各位

ご利用いただいているサービスについて、料金のお支払いが確認できておりません。
本日中にお手続きが確認できない場合、法的手続きへ移行させていただきます。

未払い金額：29,800円
お手続きは下記URLより行ってください。
https://ryokin-kaishu.example.net/pay?id=88123

料金回収センター
""", "spam")

mail(145, "expo-exhibitor-sales-sjis", "sjis", "Tue, 14 Oct 2025 10:00:00 +0900",
     "医療DX・病院経営EXPO事務局", "expo@iryo-dx-expo.example.jp", "【出展のご案内】第5回 医療DX・病院経営EXPO", """\
ご担当者様

突然のご連絡失礼いたします。
第5回 医療DX・病院経営EXPO 事務局でございます。

来年3月に東京ビッグサイトで開催する本展示会には、全国の病院経営者・事務長が来場いたします。
医師採用・人材サービス関連の企業様にとって、またとない商談の機会です。

出展料：1小間 385,000円（税込）
お申込み締切：12月19日

資料請求・お申込みは下記よりお願いいたします。
https://iryo-dx-expo.example.jp/exhibit
""", "spam")

mail(146, "english-domain-renewal-scam", "ascii", "Wed, 05 Nov 2025 11:27:19 -0500",
     "Domain Services", "notice@dns-registry-services.example.com", "FINAL NOTICE: md2-rm.example.org", """\
DOMAIN SERVICE NOTICE

Domain name: md2-rm.example.org

Failure to complete your domain search engine registration by November 12 may
result in the loss of online visibility for md2-rm.example.org.

Secure online payment (1 year: $86.00):
https://dns-registry-services.example.com/renew/md2-rm

This notice is not an invoice. You are under no obligation to pay unless you
accept this offer.
""", "spam")

mail(147, "clinic-succession-broker-pitch-utf8", "utf8", "Thu, 09 Oct 2025 09:00:00 +0900",
     "田中 翔", "tanaka@med-shokei.example.jp", "後継者不在の医院のご紹介について", """\
地域医療マッチング事務局 ご担当者様

突然のご連絡失礼いたします。
医療機関専門のM&A仲介、メディカル承継パートナーズの田中と申します。

後継者不在でお悩みの医院の院長先生をご存じでしたら、ぜひ弊社をご紹介ください。
成約に至った場合には、紹介料をお支払いいたします。
現在、事業承継の無料相談を実施中です。

メディカル承継パートナーズ株式会社
田中 翔
""", "spam")

# ------------------------------------------------------------------ doctor

mail(148, "doctor-sent-by-employment-office-jis", "jis", "Mon, 08 Sep 2025 10:25:00 +0900",
     "永田 誠", "m.nagata@kanmon-net.example.jp", "ハローワークで紹介されました", """\
地域医療マッチング事務局 御中

ハローワークの窓口で貴事業を紹介していただき、ご連絡いたしました。
永田 誠と申します。67歳です。

昨年まで門司みなと病院で消化器内科医として勤務しておりました。
週3日程度、外来で働ける病院を九州で探しております。

よろしくお願いいたします。
永田 誠
093-321-4470
""", "doctor", name="永田 誠", email="m.nagata@kanmon-net.example.jp", phone="0933214470", age=67,
     organization="門司みなと病院", specialties=["消化器内科"], prefectures=KYUSHU,
     employment=["part_time"], days_per_week=3)

mail(149, "public-health-physician-back-to-clinic-utf8", "utf8", "Fri, 17 Oct 2025 21:00:00 +0900",
     "早川 美紀", "miki.hayakawa@aomori-mail.example.ne.jp", "臨床に戻りたいと考えています", """\
地域医療マッチング事務局 ご担当者様

青森県庁の健康福祉部で、公衆衛生医師として勤務している早川と申します。
もともとは小児科医で、臨床から離れて10年になります。

来年4月から、子どもの多い地域の診療所でもう一度診療に携わりたいと考えています。
できれば東北で探したいのですが、ブランクのある医師でも登録できますでしょうか。

早川 美紀
""", "doctor", name="早川 美紀", email="miki.hayakawa@aomori-mail.example.ne.jp", organization="青森県庁",
     specialties=["小児科"], prefectures=TOHOKU, start="2026-04")

def main():
    out = sys.argv[1] if len(sys.argv) > 1 else HERE
    for num, slug, eml, g in MAILS:
        write_mail(out, "x%02d-%s" % (num, slug), eml, g)
    print("wrote %d messages to %s" % (len(MAILS), out))


if __name__ == "__main__":
    main()
