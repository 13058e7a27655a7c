#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Development mails x99 to x123 of testdata/extra (eml + gold json).

    python3 generate-x99.py [OUTDIR]

Uses the MIME helpers of ../tools/mailgen.py. People, institutions,
numbers and addresses are invented; only .example.* domains are used.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tools"))
from mailgen import plain_mail, write_mail  # noqa: E402

MAILS = []


def mail(*args, **kw):
    MAILS.append(plain_mail(*args, **kw))


# ------------------------------------------------------------------ auto_reply

mail(99, "hospital-hr-training-absence-contacts-sjis", "sjis", "Tue, 03 Jun 2025 08:02:10 +0900",
     "人事課 石井", "ishii@kamiyama-med.example.jp", "Re: 地域医療マッチング通信 第41号", """\
本メールは自動応答により送信しています。

上山中央病院 人事課の石井は、研修のため6月10日（火）まで出張しております。
期間中にいただいたメールは、戻り次第拝見いたします。

恐れ入りますが、お急ぎのご用件は下記までご連絡いただけますか。
　医師の募集・採用について　人事課 高田（023-672-1180）
　病院見学について　総務課（023-672-1100）

上山中央病院 人事課　石井 由紀
""", "auto_reply")

mail(100, "university-form-receipt-send-only-utf8", "utf8b", "Wed, 16 Jul 2025 13:45:22 +0900",
     "みなみ医科大学病院 医師採用窓口", "no-reply@minami-med-u.example.ac.jp", "【受付番号 K-2025-0716-118】お問い合わせを受け付けました", """\
地域医療マッチング事務局 様

みなみ医科大学病院 医師採用窓口へのお問い合わせ、ありがとうございます。
下記の内容で承りました。

受付番号：K-2025-0716-118
お問い合わせ種別：医師の紹介について

内容を確認のうえ、担当者より3営業日以内にご連絡いたします。
お急ぎですか？ その場合は代表番号（098-895-3000）へお電話ください。

※このメールは送信専用アドレスから送信されています。ご返信いただいてもお答えできません。
""", "auto_reply")

mail(101, "english-conference-ooo-no-headers", "ascii", "Mon, 10 Mar 2025 22:14:05 +0000",
     "Dr. Helen Park", "h.park@northfield-health.example.org", "Re: Rural placements in Japan", """\
Thank you for your email.

I am attending a conference in Singapore and will be back on 17 March.
I will reply to your message as soon as I can after my return.

Need something urgent? Please contact my assistant, Tom Baker,
at t.baker@northfield-health.example.org or +44 20 7946 0812.

Helen Park
""", "auto_reply")

mail(102, "city-hall-new-year-closure-jis", "jis", "Sun, 28 Dec 2025 10:30:00 +0900",
     "鹿角市 健康推進課", "kenko@city-kazuno.example.lg.jp", "Re: 医師確保に関する情報提供", """\
このメールは自動で返信しております。

鹿角市役所は、12月29日（月）から1月3日（土）まで年末年始の閉庁期間となります。
閉庁期間中にいただいたメールには、1月5日（月）以降に順次回答いたします。

ご不便をおかけしますが、どうぞよろしくお願いいたします。

鹿角市 健康推進課
""", "auto_reply")

# ------------------------------------------------------------------ spam

mail(103, "recruiter-director-candidate-ad-msjis", "msjis", "Thu, 18 Sep 2025 07:00:00 +0900",
     "メディカルリンク転職", "info@mlink-career.example.com", "【非公開求人】院長候補・年収2,000万円～のご案内", """\
先生、いつもお世話になっております。
医師転職のメディカルリンクです。

今月の注目求人をお届けします。

■ 院長候補（内科）｜長野県｜常勤｜年収2,000万円～
■ 健診センター｜大阪府｜週3日～｜日給10万円
■ 寝当直｜全国｜1回7万円～｜70歳まで可

いずれも一般には公開していない求人です。
ご登録は無料、面談も専任のコンサルタントが調整いたします。
詳細はこちら → https://mlink-career.example.com/job/special/0918
""", "spam")

mail(104, "practice-management-paid-webinar-sjis", "sjis", "Tue, 07 Oct 2025 11:20:00 +0900",
     "クリニック経営研究会", "seminar@clinic-keiei-ken.example.jp", "院長先生限定　増患と人材確保のオンライン講座", """\
院長先生、事務長様

突然のご連絡失礼いたします。クリニック経営研究会でございます。

「患者数が伸び悩んでいる」「スタッフが定着しない」――
そのようなお悩みを抱える院長先生のための、オンライン講座を開催いたします。

日時：2025年11月12日（水）19:00〜20:30
受講料：1医院 33,000円（税込）
定員：50医院

お申し込みは下記フォームから。
https://clinic-keiei-ken.example.jp/webinar/1112
""", "spam")

mail(105, "english-web-redesign-cold-mail", "ascii", "Wed, 22 Oct 2025 15:03:41 -0500",
     "Priya Nair", "priya@pixelcraft-studio.example.com", "Quick question about your website", """\
Hello,

I came across your site while researching physician recruitment programmes
and noticed a few things that may be costing you sign-ups: the pages load
slowly on mobile and the registration form is hard to find.

We redesign websites for healthcare organisations, and our clients usually
see twice as many enquiries within three months.

Would you be open to a free mockup of your new homepage? No obligation.

Best,
Priya Nair
Growth Lead, PixelCraft Studio
""", "spam")

mail(106, "password-expiry-phishing-utf8", "utf8q", "Fri, 14 Nov 2025 03:12:09 +0900",
     "IT サポート", "it-support@md2-rm-mailcenter.example.net", "【要対応】パスワードの有効期限が本日で切れます", """\
md@md2-rm.example.org 様

お使いのメールアカウントのパスワードは本日で有効期限が切れます。
期限が切れると、メールの送受信ができなくなります。

現在のパスワードを引き続き使用するには、下記から手続きを行ってください。
https://md2-rm-mailcenter.example.net/keep-password

IT サポートチーム
""", "spam")

mail(107, "review-article-invitation-english", "ascii", "Mon, 01 Dec 2025 09:30:00 +0000",
     "Editorial Office", "editor@jrmhc-journal.example.com", "Invitation to contribute a review article", """\
Dear Dr.,

Greetings from the Journal of Rural Medicine and Healthcare.

Having read about your work on physician placement in rural Japan, we are
delighted to invite you to contribute a review article or a short
communication to our upcoming special issue.

The article processing charge has been reduced to USD 299 for invited
authors. Manuscripts are welcome until 20 December.

Kind regards,
Editorial Office
Journal of Rural Medicine and Healthcare
""", "spam")

# ------------------------------------------------------------------ general

mail(108, "pharmacist-asks-about-remote-work-jis", "jis", "Thu, 05 Jun 2025 20:41:00 +0900",
     "藤井 明子", "a.fujii@hoshizora-net.example.jp", "薬剤師でも参加できますか", """\
地域医療マッチング事務局 御中

はじめまして。藤井 明子と申します。
調剤薬局で薬剤師として二十年勤めてまいりました。

子育てが一段落し、来年からは医療の少ない地域で働けたらと考えています。
貴事業は医師の方が対象と伺いましたが、薬剤師の紹介も行っていらっしゃいますか。
もし対象外でしたら、相談できる窓口を教えていただけないでしょうか。

藤井 明子
090-4431-2708
""", "general", name="藤井 明子", email="a.fujii@hoshizora-net.example.jp", phone="09044312708")

mail(109, "medical-student-rural-practicum-utf8", "utf8", "Tue, 24 Jun 2025 23:05:12 +0900",
     "木村 蓮", "ren.kimura@st.kita-med.example.ac.jp", "地域医療の見学について", """\
地域医療マッチング事務局 ご担当者様

北医科大学 医学部5年の木村 蓮と申します。

大学の地域医療実習の一環として、定年後に地方で働いている先生方のお話を
伺いたいと考えております。夏休み中に見学や聞き取りをさせていただける
医療機関をご紹介いただくことは可能でしょうか。

お忙しいところ恐縮ですが、ご検討のほどよろしくお願いいたします。

北医科大学 医学部医学科5年
木村 蓮
""", "general", name="木村 蓮", email="ren.kimura@st.kita-med.example.ac.jp", organization="北医科大学")

mail(110, "tv-production-filming-request-sjis", "sjis", "Mon, 14 Jul 2025 16:30:00 +0900",
     "株式会社みらい映像 加藤", "kato@mirai-eizo.example.co.jp", "番組制作のご相談", """\
地域医療マッチング事務局 御中

株式会社みらい映像 制作部の加藤 真一と申します。
地方局のドキュメンタリー番組を制作しております。

秋の放送に向けて、都市部で長く勤めた医師が定年後に地方の診療所へ移る姿を
追う企画を考えております。貴事務局を通じて赴任された先生をご紹介いただき、
撮影させていただくことはできますでしょうか。

株式会社みらい映像 制作部
加藤 真一
TEL 03-6805-2291
""", "general", name="加藤 真一", email="kato@mirai-eizo.example.co.jp", phone="0368052291",
     organization="株式会社みらい映像")

mail(111, "career-service-exchange-of-views-jis", "jis", "Wed, 06 Aug 2025 10:12:00 +0900",
     "ドクターステップ 西村", "nishimura@drstep.example.co.jp", "意見交換のお願い", """\
地域医療マッチング事務局 ご担当者様

突然のメールにて失礼いたします。
株式会社ドクターステップで医師の転職支援サービスを運営しております、西村 沙耶と申します。

当社のご利用者にも、定年を控えて地方勤務を検討される先生が増えてまいりました。
公的な事業として取り組んでいらっしゃる貴事務局のお考えを伺い、
今後の支援のあり方について意見交換をさせていただければ幸いです。

ご都合のよろしい日時をお知らせいただけますでしょうか。

株式会社ドクターステップ
西村 沙耶
03-5789-4410
""", "general", name="西村 沙耶", email="nishimura@drstep.example.co.jp", phone="0357894410",
     organization="株式会社ドクターステップ")

mail(112, "clinic-manager-thanks-new-doctor-msjis", "msjis", "Fri, 07 Nov 2025 17:48:00 +0900",
     "おおぞら診療所 事務長 斉藤", "saito@oozora-shinryo.example.jp", "御礼（先生着任のご報告）", """\
地域医療マッチング事務局
ご担当者様

いつも大変お世話になっております。
おおぞら診療所の事務長、斉藤でございます。

先月から当診療所に来ていただいている村井先生ですが、
おかげさまで地域の方々にもすっかり慣れていただきました。
①先生との橋渡し、②住まいの手配まで、本当にありがとうございました。

まずは御礼かたがた、ご報告まで。

おおぞら診療所 事務長
斉藤 和夫
""", "general", name="斉藤 和夫", email="saito@oozora-shinryo.example.jp", organization="おおぞら診療所")

mail(113, "reader-feedback-newsletter-layout-utf8", "utf8", "Sat, 20 Sep 2025 21:10:00 +0900",
     "岡本 修", "okamoto.o@sakura-net.example.jp", "メールマガジンの読みにくさについて", """\
地域医療マッチング事務局 御中

毎号メールマガジンを拝見しております。

一点お願いがございます。最近の号は文字が詰まっていて、
携帯電話では表の部分が崩れてとても読みにくくなっています。
以前のような簡単な箇条書きに戻していただけると助かります。

岡本 修
""", "general", name="岡本 修", email="okamoto.o@sakura-net.example.jp")

mail(114, "prefecture-asks-for-statistics-jis", "jis", "Tue, 13 Jan 2026 14:00:00 +0900",
     "宮崎県 医療政策課 吉田", "yoshida-k@pref-miyazaki.example.lg.jp", "実績データのご提供について（依頼）", """\
地域医療マッチング事務局 御中

宮崎県庁 医療政策課の吉田 和美です。

県の医療計画の見直しにあたり、貴事業を通じて県内に赴任された医師の
人数と診療科の内訳を、公表可能な範囲でご提供いただけないでしょうか。
様式は問いません。

宮崎県庁 医療政策課
吉田 和美
TEL 0985-26-7451
""", "general", name="吉田 和美", email="yoshida-k@pref-miyazaki.example.lg.jp", phone="0985267451",
     organization="宮崎県庁")

# ------------------------------------------------------------------ hospital

mail(115, "clinic-internist-seeks-partner-first-person-utf8", "utf8", "Wed, 02 Jul 2025 19:20:00 +0900",
     "岩崎 正", "iwasaki@iwasaki-naika.example.jp", "一緒に診療してくださる先生を", """\
地域医療マッチング事務局 御中

高知県四万十町で岩崎内科医院を営んでおります、岩崎 正と申します。
私は内科医で、この町で四十年診療を続けてまいりましたが、七十五を過ぎ、
体力の衰えを感じるようになりました。

そこで、週に2日ほど外来を受け持っていただける先生を探しております。
ゆくゆくは医院を引き継いでいただけるなら、なおありがたく存じます。
来年4月からを考えております。

岩崎内科医院
院長 岩崎 正
0880-22-3145
""", "hospital", name="岩崎 正", email="iwasaki@iwasaki-naika.example.jp", phone="0880223145",
     organization="岩崎内科医院", specialties=["内科"], prefectures=["高知県"], municipality="四万十町",
     employment=["part_time"], days_per_week=2, start="2026-04")

mail(116, "english-hospital-administrator-anaesthetist", "ascii", "Thu, 21 Aug 2025 02:40:00 +0000",
     "Kenji Mori", "k.mori@oki-island-hp.example.jp", "Part-time anaesthetist for our island hospital", """\
Dear Secretariat,

My name is Kenji Mori and I am the administrator of Oki Island Hospital in
Shimane. I have no medical background myself, so I hope you will forgive
any unclear terms.

Our surgeons operate twice a week, but we have had no anaesthetist since
the summer. We need someone for two days a week, from October 2025.
Travel from the mainland and a room near the hospital are provided.

Could you tell me how we can advertise this post through your programme?

Kenji Mori
Administrator, Oki Island Hospital
Tel: +81 8512-2-3301
""", "hospital", name="Kenji Mori", email="k.mori@oki-island-hp.example.jp", phone="0851223301",
     organization="Oki Island Hospital", specialties=["麻酔科"], prefectures=["島根県"],
     employment=["part_time"], days_per_week=2, start="2025-10")

mail(117, "town-health-division-mayor-request-euc", "euc", "Mon, 15 Sep 2025 09:35:00 +0900",
     "上士幌町 保健福祉課", "hoken@town-kamishihoro.example.lg.jp", "町営診療所の医師確保について", """\
地域医療マッチング事務局 ご担当者様

北海道上士幌町役場 保健福祉課の中川 大輔と申します。
町長から、町営診療所の医師を早急に確保するよう指示を受けており、ご相談いたします。

現在の所長が来年3月末で退職されるため、その後を担っていただける
常勤の医師（内科）を求めております。住宅は町で用意いたします。

上士幌町役場 保健福祉課
中川 大輔
電話 01564-2-4291
""", "hospital", name="中川 大輔", email="hoken@town-kamishihoro.example.lg.jp", phone="0156424291",
     organization="上士幌町役場", specialties=["内科"], prefectures=["北海道"], municipality="上士幌町",
     employment=["full_time"])

mail(118, "hospital-reply-fulltime-closed-parttime-open-jis", "jis", "Thu, 09 Oct 2025 11:05:00 +0900",
     "総務課 森", "mori@hiraizumi-hp.example.jp", "Re: 求人掲載の継続について", """\
地域医療マッチング事務局
坂本様

お世話になっております。平泉中央病院 総務課の森です。

お問い合わせの件ですが、常勤の整形外科医につきましては、
おかげさまで採用が決まりましたので締め切っていただけますでしょうか。
一方、非常勤（週1日）の整形外科外来は引き続き探しておりますので、
こちらは掲載を続けていただければ幸いです。

平泉中央病院 総務課
森 由香
0191-46-2210
""", "hospital", name="森 由香", email="mori@hiraizumi-hp.example.jp", phone="0191462210",
     organization="平泉中央病院", specialties=["整形外科"], employment=["part_time"], days_per_week=1,
     extra=[("In-Reply-To", "<out.1002@md2-rm.example.org>")])

mail(119, "head-nurse-writes-for-director-sjis", "sjis", "Sat, 22 Nov 2025 13:12:00 +0900",
     "中島 恵子", "keiko.nakajima@docomo-mail.example.ne.jp", "当直の先生について", """\
地域医療マッチング事務局様

はじめまして。つるぎ町立半田診療所で看護師長をしております中島 恵子です。
院長に代わりましてご連絡いたします。

当診療所では、月に数回の土曜日の日直をお願いできる先生を探しております。
診療科は問いません。年明けの1月から来ていただけると助かります。

よろしくお願いいたします。
中島 恵子
""", "hospital", name="中島 恵子", email="keiko.nakajima@docomo-mail.example.ne.jp",
     organization="つるぎ町立半田診療所", municipality="つるぎ町", employment=["spot"], start="2026-01")

# ------------------------------------------------------------------ doctor

mail(120, "clinic-director-offers-wednesday-jis", "jis", "Fri, 12 Sep 2025 21:30:00 +0900",
     "松尾 浩", "matsuo@matsuo-jibika.example.jp", "休診日の勤務について", """\
地域医療マッチング事務局 ご担当者様

長崎市で耳鼻咽喉科の診療所を開業しております、松尾 浩と申します。

当院は水曜日が休診日ですので、その日に離島や県北など
耳鼻科医のいない地域で外来を担当させていただければと思っております。
週1日、長崎県内で、来月からでも可能です。

こういった形でもご紹介いただけますでしょうか。

松尾耳鼻咽喉科医院
院長 松尾 浩
095-823-4410
""", "doctor", name="松尾 浩", email="matsuo@matsuo-jibika.example.jp", phone="0958234410",
     organization="松尾耳鼻咽喉科医院", specialties=["耳鼻咽喉科"], prefectures=["長崎県"],
     employment=["part_time"], days_per_week=1, start="2025-10")

mail(121, "hospital-director-retiring-himself-utf8", "utf8q", "Mon, 03 Nov 2025 08:15:00 +0900",
     "坂口 隆", "t.sakaguchi@hikari-net.example.jp", "退任後の勤務について", """\
地域医療マッチング事務局 御中

現在、さいたま市の病院で院長を務めております坂口 隆と申します。
来年3月末で院長を退任いたしますが、その後も臨床を続けたいと考えております。

専門は消化器内科で、内視鏡も続けております。
東北のどこかで常勤として、来年4月から勤められる病院があればと思っております。
年齢は66歳です。

坂口 隆
090-2231-8876
""", "doctor", name="坂口 隆", email="t.sakaguchi@hikari-net.example.jp", phone="09022318876", age=66,
     specialties=["消化器内科"], prefectures=["青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県"],
     employment=["full_time"], start="2026-04")

mail(122, "neurologist-questions-before-registering-sjis", "sjis", "Thu, 15 Jan 2026 22:40:00 +0900",
     "原田 典子", "harada.n@mirai-mail.example.jp", "登録前に伺いたいこと", """\
事務局 ご担当者様

脳神経内科の医師をしております原田 典子と申します。
登録を考えておりますが、その前にいくつか教えてください。

・登録に費用はかかりますか？
・68歳ですが、紹介していただけますか？
・週2日の非常勤で、岡山県か広島県を考えていますが、求人はありますか？

よろしくお願いいたします。
原田 典子
""", "doctor", name="原田 典子", email="harada.n@mirai-mail.example.jp", age=68, specialties=["脳神経内科"],
     prefectures=["岡山県", "広島県"], employment=["part_time"], days_per_week=2)

mail(123, "english-family-physician-licence-question", "ascii", "Sun, 08 Feb 2026 14:22:00 +0000",
     "Daniel Ito", "daniel.ito@maplemail.example.com", "Question about working in rural Japan", """\
Hello,

I'm a family physician working in Vancouver. I was born in Japan and hold a
Japanese medical licence, and after I retire next year I would like to
work in a rural clinic in Japan, ideally in Okinawa.

Is part-time work possible, for example three days a week? And do I need
to register before I can see the available posts?

Thank you,
Daniel Ito
""", "doctor", name="Daniel Ito", email="daniel.ito@maplemail.example.com", specialties=["総合診療科"],
     prefectures=["沖縄県"], employment=["part_time"], days_per_week=3)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else HERE
    for num, slug, eml, g in MAILS:
        write_mail(out, "x%02d-%s" % (num, slug), eml, g)
    print("wrote %d messages to %s" % (len(MAILS), out))


if __name__ == "__main__":
    main()
