package classify

import (
	"testing"

	"github.com/md2-rm/madoguchi/internal/lead"
)

func TestClassify(t *testing.T) {
	tests := []struct {
		name string
		in   Input
		want lead.Category
	}{
		{"delivery report", Input{IsReport: true, Subject: "Undelivered Mail Returned to Sender"}, lead.Bounce},
		{"mailer-daemon plain bounce", Input{FromAddress: "mailer-daemon@mx.example.jp", Subject: "failure notice", Body: "I'm afraid I wasn't able to deliver your message"}, lead.Bounce},
		{"Japanese ISP bounce", Input{FromAddress: "postmaster@isp.example.jp", Subject: "【配信エラー】メールを配送できませんでした", Body: "以下の宛先に配送できませんでした。"}, lead.Bounce},
		{"exim X-Failed-Recipients", Input{Header: map[string][]string{"X-Failed-Recipients": {"a@example.jp"}}, Subject: "Mail delivery failed"}, lead.Bounce},
		{"help-desk ticket", Input{Subject: "[Request #48213] Received: Re: Registration details", Body: "Hello,\n\nThank you for contacting Shirakaba Hospital IT Support.\nYour request has been received and assigned the number #48213.\n\nThis is an automatically generated message."}, lead.AutoReply},
		{"a physician asking to be spared mail", Input{Subject: "登録について", Body: "実は体調を崩し、当面は医師として働くことは難しい見通しです。つきましては、メールマガジンも今後は送信をお控えいただければと存じます。"}, lead.Unsubscribe},
		{"a reader who is not applying", Input{Subject: "3月号の求人の電話番号について", Body: "3月号の求人紹介のうち、内科(常勤)の連絡先の電話番号がつながりませんでした。なお、この求人に私自身が応募を考えているわけではありません。"}, lead.General},
		{"the newsletter for a colleague", Input{Subject: "通信の送付先の追加のお願い", Body: "同じ病院の先輩が関心を持っております。マッチング通信を下記アドレスにも送っていただけますでしょうか。ご本人の了解は得ております。"}, lead.General},
		{"a guest post for a link", Input{Subject: "Guest post for your blog", Body: "Hi there, I came across your website while researching rural healthcare. I'd love to contribute a guest post to your blog. In return, I'd just ask for one do-follow link to our client's site. We can also offer a sponsored placement for $150."}, lead.Spam},
		{"a gateway's policy rejection", Input{Header: map[string][]string{"Auto-Submitted": {"auto-generated"}}, Subject: "【配送不能】メールは受信拒否されました", Body: "お送りいただいた下記のメールは、当庁の情報セキュリティ方針により、受信者へ配送されませんでした。\n理由:パスワード付きZIPファイルが添付されているため(550 5.7.1 Policy violation)"}, lead.Bounce},
		{"a physician's two lines", Input{Subject: "外来の求人", Body: "リウマチ内科の藤浪です。来月から週2日、山口か広島で外来できるところ探してます。\n090-3318-6640"}, lead.Doctor},
		{"a list of addresses for sale", Input{Subject: "Reach 38,000 doctors in Japan", Body: "Are you looking to reach doctors and hospital decision-makers in Japan? Our verified contacts database covers 38,000 records. Sample of 100 records free of charge. Pricing starts at USD 1,490. Reply REMOVE to opt out."}, lead.Spam},
		{"a department's after-hours reply", Input{Subject: "Re: 医師派遣のご相談", Body: "本メールは、整形外科医局の共用アドレスから自動でお送りしている返信です。\n\n医局の受付時間は平日9時~17時です。時間外・休日にいただいたメールは、翌営業日以降に担当者が拝見いたします。\n医師の派遣や当直のご依頼につきましては、医局長宛てに文書でお願いしております。"}, lead.AutoReply},
		{"a bulk mail's footer is no request", Input{Subject: "FINAL NOTICE - DOMAIN SERVICE EXPIRATION", Body: "Your domain search engine listing is about to expire. Failure to complete your search engine optimization submission may result in the cancellation of this offer.\nTo unsubscribe from future notices reply REMOVE."}, lead.Spam},
		{"a request after a quoted note", Input{Subject: "配信停止", Body: "配信停止をご希望の場合は返信でとのことでしたので、配信停止をお願いします。"}, lead.Unsubscribe},
		{"a request written as a label", Input{Subject: "ご連絡", Body: "配信停止: お願いします"}, lead.Unsubscribe},
		{"a request beside a footer", Input{Subject: "Re: newsletter", Body: "Please unsubscribe me from your newsletter.\n\nTo unsubscribe from future notices reply REMOVE."}, lead.Unsubscribe},
		{"Korean advertisement", Input{Subject: "(광고) 봄맞이 최대 70% 할인", Body: "고객님, 안녕하세요! 봄맞이 특별 할인 이벤트를 진행합니다. 인기 화장품 전 품목 최대 70% 할인, 3만원 이상 구매 시 무료 배송!"}, lead.Spam},
		{"Japanese advertising label", Input{Subject: "未承認広告※院長先生へ", Body: "電子カルテの入れ替えをご検討ではありませんか。"}, lead.Spam},
		{"postmaster asking a question is no bounce", Input{FromAddress: "postmaster@hosp.example.jp", Subject: "ご質問", Body: "当院で医師を募集しております。"}, lead.Hospital},
		{"RFC 3834", Input{Header: map[string][]string{"Auto-Submitted": {"auto-replied"}}, Body: "不在です"}, lead.AutoReply},
		{"Auto-Submitted: no is a person", Input{Header: map[string][]string{"Auto-Submitted": {"no"}}, Body: "登録を希望します。内科医です。"}, lead.Doctor},
		{"X-Autoreply", Input{Header: map[string][]string{"X-Autoreply": {"yes"}}}, lead.AutoReply},
		{"Outlook subject", Input{Subject: "自動応答: 通信第11号"}, lead.AutoReply},
		{"absence wording only", Input{Subject: "Re: 通信第8号", Body: "※このメールは自動送信です。\n出張のため不在にしております。"}, lead.AutoReply},
		{"receipt confirmation", Input{Subject: "【自動送信】メールを受信しました", Body: "採用窓口へのメールを受信しました。"}, lead.AutoReply},
		{"form notification is not an auto-reply", Input{IsForm: true, Subject: "お問い合わせがありました", Body: "以下の内容でお問い合わせを受け付けました。\nお名前：高橋\nご希望勤務地：九州地方\n勤務形態：非常勤"}, lead.Doctor},
		{"SEO spam with unsubscribe link", Input{Header: map[string][]string{"List-Unsubscribe": {"<https://x.example.com/u>"}, "Precedence": {"bulk"}}, Subject: "問い合わせを3倍に", Body: "SEO対策で「医師 求人」を上位表示。今なら無料のサイト診断", Footer: "配信停止をご希望の方は下記URL"}, lead.Spam},
		{"phishing invoice", Input{FromAddress: "billing@a.example.com", ReplyTo: "desk@b.example.com", Subject: "【重要】請求書の送付", Body: "請求書(PDF)をダウンロード。リンクの有効期限は48時間です。"}, lead.Spam},
		{"investment seminar for doctors", Input{Header: map[string][]string{"Precedence": {"bulk"}, "List-Unsubscribe": {"<x>"}}, Subject: "【医師限定】不動産投資セミナー", Body: "65歳を過ぎても常勤を辞めても家賃収入で安心。お申し込みはこちら"}, lead.Spam},
		{"unsubscribe", Input{Subject: "配信停止のお願い", Body: "メールマガジンの配信を停止してください。"}, lead.Unsubscribe},
		{"remove me above a quoted newsletter", Input{Subject: "Re: 通信第5号", Body: "今後このメールは不要です。リストから外してください。"}, lead.Unsubscribe},
		{"English remove me", Input{Body: "Please remove me from your mailing list."}, lead.Unsubscribe},
		{"doctor registering", Input{Subject: "登録希望", Body: "泌尿器科医です。来年度以降は常勤で働ける病院を探しています。"}, lead.Doctor},
		{"hospital recruiting", Input{Subject: "常勤医師募集のご相談", Body: "当院では令和3年4月から常勤の内科医を募集しております。"}, lead.Hospital},
		{"job listing form", Input{IsForm: true, Subject: "医療機関からの求人登録", Body: "■施設名\n病院\n■募集診療科\n整形外科\n■勤務形態\n常勤"}, lead.Hospital},
		{"leaflet request", Input{Body: "リーフレットとポスターをお送りいただけますでしょうか。"}, lead.General},
		{"press", Input{Body: "新聞社の記者です。取材させていただけないでしょうか。定年を迎えた医師が働く取り組みとして。"}, lead.General},
		{"spouse asking in general", Input{Body: "夫が勤務医をしており、数年後に定年を迎えます。費用はかかりますか。パンフレットを教えてください。"}, lead.General},
		{"closure notice without headers", Input{Subject: "Re: 通信第24号", Body: "誠に勝手ながら、夏季休業のため、お休みをいただいております。\n8月17日以降に順次ご返信いたします。"}, lead.AutoReply},
		{"polite no-more-mail", Input{Subject: "ご案内メールについて", Body: "今後、ご案内のメールはお送りいただかなくて結構です。"}, lead.Unsubscribe},
		{"a doctor's 不要 is no unsubscribe", Input{Subject: "登録希望", Body: "内科医です。登録を希望します。住宅の手配は不要です。"}, lead.Doctor},
		{"agency partnership", Input{Body: "弊社は医師向けの転職支援を行っております。地方で働きたいという医師が増えており、業務提携ができないかと考えております。"}, lead.General},
		{"loan spam", Input{FromAddress: "info@cash.example.com", Subject: "即日融資のご案内", Body: "審査なしで即日融資！今すぐお申し込みを https://quick-loan.example.net/apply"}, lead.Spam},
		{"newsletter reply interested in an opening", Input{Subject: "Re: 通信第5号", Body: "掲載の高知県の求人に興味があります。内科です。"}, lead.Doctor},
		{"a doctor's link and urgency are no spam", Input{FromAddress: "dr@clinic.example.jp", Subject: "至急のご相談", Body: "内科医です。登録を希望します。経歴は https://www.example.com/profile をご覧ください。"}, lead.Doctor},
		{"English physician", Input{Body: "I am an emergency physician, 58 years old. I would like to work full-time anywhere in Japan."}, lead.Doctor},
		{"parcel phishing", Input{FromAddress: "info@parcel.example.com", Subject: "お荷物お届けのお知らせ", Body: "ご不在のため持ち帰りました。再配達のご依頼は下記より。\nhttp://parcel-redelivery.example.net/\n伝票番号：4418-2290"}, lead.Spam},
		{"bank phishing", Input{FromAddress: "support@bank.example.com", Subject: "【重要】お取引制限のお知らせ", Body: "第三者による不正なアクセスの可能性が確認されたため、お取引を制限しております。\nhttps://bank.verify.example.net/login"}, lead.Spam},
		{"journal call for papers", Input{FromAddress: "editor@journal.example.com", Subject: "Call for papers", Body: "We invite you to submit your manuscript. Peer-reviewed, open-access. Article processing charge: USD 499."}, lead.Spam},
		{"conference speaker invitation", Input{FromAddress: "pm@summit.example.com", Subject: "Speaker Invitation: Rural Health Summit", Body: "The organizing committee would like to invite you as a speaker. Early bird registration: USD 699."}, lead.Spam},
		{"posters received with a download question", Input{FromAddress: "a@hc.example.lg.jp", Subject: "ポスター受領のご連絡", Body: "ポスター20部、本日受け取りました。電子データはダウンロードできますでしょうか。至急ではありません。"}, lead.General},
		{"a person's reply to an acknowledgement", Input{Subject: "Re: 受付完了のお知らせ", Body: "ご連絡ありがとうございます。リーフレットはいつ頃届きますでしょうか。"}, lead.General},
		{"a person away who asks something", Input{Subject: "ご相談", Body: "来週は出張のため不在にしております。ポスターを追加でお送りいただけますか。"}, lead.General},
		{"inquiry receipt without headers", Input{Subject: "お問い合わせありがとうございます", Body: "このたびはお問い合わせいただき、誠にありがとうございます。\n以下の内容でお問い合わせを承りました。\n担当部署より3営業日以内にご連絡いたします。"}, lead.AutoReply},
		{"a link's query is no question", Input{Subject: "夏季休業のお知らせ", Body: "誠に勝手ながら、夏季休業のため、お休みをいただいております。\n詳しくは https://hosp.example.jp/news?id=12 をご覧ください。"}, lead.AutoReply},
		{"English away notice without headers", Input{Subject: "Away: Re: programme", Body: "Thank you for your message.\nI will be away from my desk until Monday 19 August with limited access to email."}, lead.AutoReply},
		{"no more mail, politely", Input{Subject: "ご案内について", Body: "勤務先が決まりましたので、今後このようなご案内は結構です。名簿から外していただけますか。"}, lead.Unsubscribe},
		{"machine-sent absence notice that asks the reader", Input{Subject: "Re: 通信第3号", Body: "本メールは自動で返信しております。\n担当の佐藤は9月2日まで休暇をいただいております。\nお急ぎの方は総務課までご連絡いただけますでしょうか。"}, lead.AutoReply},
		{"send-only receipt with a ticket and a question", Input{Subject: "お問い合わせ受付", Body: "お問い合わせありがとうございます。\n受付番号：A-1123\nよくあるご質問はご覧になりましたか？\n※本メールは送信専用アドレスからお送りしています。"}, lead.AutoReply},
		{"English absence that points elsewhere", Input{Subject: "Re: your enquiry", Body: "Thanks for your note. I am travelling and will be back on 3 June.\nAnything urgent? Please contact my colleague at desk@example.org."}, lead.AutoReply},
		{"a person away who asks for a physician is no auto-reply", Input{Subject: "ご相談", Body: "来週は出張のため不在にしております。お急ぎの場合は事務長までご連絡ください。当院では内科の医師を募集しております。"}, lead.Hospital},
		{"machine-sent phishing reports no absence", Input{FromAddress: "admin@notice.example.com", Subject: "容量超過", Body: "メールボックスの容量が上限に達しました。このままでは受信できなくなります。ログインして容量を追加してください。\nhttps://notice.example.net/login\nこのメールは自動的に送信されています。"}, lead.Spam},
		{"recruiter's list to doctors", Input{FromAddress: "news@career.example.com", Subject: "今月の求人", Body: "先生へ\n非公開求人のご案内です。内科 常勤 年収1,900万円。\nご登録はこちら https://career.example.com/"}, lead.Spam},
		{"paid seminar to clinic heads", Input{FromAddress: "s@consult.example.jp", Subject: "開業医向けセミナー", Body: "院長先生、事務長様\n集患と承継のお悩みはございませんか。\n参加費：15,000円"}, lead.Spam},
		{"English cold pitch", Input{FromAddress: "a@agency.example.com", Subject: "Your website", Body: "I came across your website and noticed a few issues. Can I send you a free audit? Our clients usually see more enquiries."}, lead.Spam},
		{"a nurse offering to work is general", Input{Subject: "看護師ですが", Body: "看護師として二十年病院に勤めてきました。地方で週2日ほど働きたいと考えています。登録できますか。"}, lead.General},
		{"someone who is no physician writing for an institution that seeks one", Input{Subject: "医師の募集", Body: "私は医師ではなく事務の者ですが、当施設では嘱託の先生を探しております。"}, lead.Hospital},
		{"a placement company speaking of the programme's listings is general", Input{Subject: "ご相談", Body: "弊社は人材紹介会社です。貴事業の求人を弊社の登録医師にご案内してもよろしいでしょうか。"}, lead.General},
		{"an institution's thanks seek no physician", Input{Subject: "御礼", Body: "当院に着任された先生が大変評判です。事務長として一言御礼申し上げます。"}, lead.General},
		{"a hospital director who is a surgeon recruits", Input{Subject: "内科医のお願い", Body: "私は外科医として院長を務めております。定年を迎えられた先生でも構いません。内科の常勤医師を一名お願いできないでしょうか。"}, lead.Hospital},
		{"a clinic director offers her closed day", Input{Subject: "休診日に", Body: "当院は木曜が休診日です。その日に医師の少ない地域でお手伝いができないかと考えております。このような形でも登録できますか。"}, lead.Doctor},
		{"a prefectural office recruiting through the programme's physicians", Input{Subject: "医師募集のご案内", Body: "県医務課で地域医療を担当しております山本と申します。へき地診療所の常勤医師を募集しております。貴事業にご登録の先生方へご案内いただけないでしょうか。"}, lead.Hospital},
		{"a physician heading the medical staff seeks a colleague", Input{Subject: "手術日について", Body: "医局長を務めております、外科医の佐野と申します。週1日でも手術に入ってくださる外科の先生がいらっしゃれば、ご紹介をお願いしたいと考えております。"}, lead.Hospital},
		{"an office speaking of 医師確保 as a topic seeks no physician", Input{Subject: "情報交換のお願い", Body: "県庁医療政策課の森と申します。本県でも医師確保が課題となっており、貴事業の取組について情報交換をさせていただきたく存じます。"}, lead.General},
		{"an employment office asking about the programme", Input{Subject: "ご確認のお願い", Body: "ハローワーク三次の職業相談部門の原と申します。定年を迎えた医師の方からご相談がありました。貴事業の費用負担について教えてください。"}, lead.General},
		{"a relative asking about family support", Input{Subject: "家族の住まい", Body: "夫が勤務医をしており、いずれは地方で働くことも考えているようです。登録した場合、家族の住まいの相談にも乗っていただけるのでしょうか。"}, lead.General},
		{"a relative asking for a post for a physician", Input{Subject: "父のこと", Body: "父が内科医をしております。来春から週3日、長野県で働ける病院を探しております。"}, lead.Doctor},
		{"a public-health physician returning to the clinic", Input{Subject: "臨床に戻りたい", Body: "県庁で公衆衛生医師として勤務しております。来年4月から地域の診療所でもう一度診療に携わりたいと考えています。"}, lead.Doctor},
		{"a form's receipt thanking the reader", Input{IsForm: true, Subject: "お問い合わせありがとうございました", Body: "お問い合わせフォームをご利用いただき、ありがとうございます。以下の内容で送信されました。\nお名前：事務局\n※このメールはシステムから自動的にお送りしています。"}, lead.AutoReply},
		{"a form's notice with a machine's footer is the inquiry", Input{IsForm: true, Subject: "医師登録", Body: "医師登録フォームより、以下の内容で登録申込みを受け付けました。\nお名前：高橋\n診療科：内科\n希望勤務形態：常勤", Footer: "※このメールは自動送信です。"}, lead.Doctor},
		{"a closure that puts the answer off", Input{Subject: "Re: 通信8月号", Body: "誠に勝手ながら、当院は8月17日まで夏期休暇をいただいております。期間中のメールは18日より順番に確認いたします。"}, lead.AutoReply},
		{"parental leave that points to a colleague", Input{Subject: "Re: 情報交換", Body: "私は3月31日まで育児休業を取得しております。ご連絡は同じ課の小野寺宛にお送りくださいますようお願いいたします。"}, lead.AutoReply},
		{"a receipt that says it was sent from a no-reply inbox", Input{Subject: "We've got your message", Body: "Thanks for getting in touch. This is an automated confirmation that your email reached us. Please don't reply to this email."}, lead.AutoReply},
		{"send-only parcel phishing is spam, not a receipt", Input{FromAddress: "n@parcel.example.com", Subject: "お届け予定", Body: "宛先不明のため持ち帰りました。お問い合わせ番号：4418\n再配達は48時間以内に下記より。", Footer: "※本メールは送信専用です。"}, lead.Spam},
		{"mail in Chinese", Input{FromAddress: "s@x.example.cn", Subject: "合作", Body: "尊敬的客户：您好！我司专业提供企业邮箱群发服务，日发百万封，到达率高，价格优惠。详情请加微信。"}, lead.Spam},
		{"an unpaid-fee threat", Input{FromAddress: "c@kaishu.example.net", Subject: "【重要】未払い料金のお知らせ", Body: "お客様各位\n料金のお支払いが確認できておりません。本日中にお手続きがない場合、法的手続きへ移行いたします。"}, lead.Spam},
		{"a practice broker's pitch", Input{FromAddress: "t@shokei.example.jp", Subject: "後継者不在の医院", Body: "医療機関専門のM&A仲介会社です。後継者不在でお悩みの院長先生をご紹介ください。成約時には紹介料をお支払いいたします。"}, lead.Spam},
		{"English manager who is no doctor recruits", Input{Body: "I'm the manager of a small clinic; I'm not a doctor myself. We are looking for two doctors for the winter."}, lead.Hospital},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Classify(tt.in); got.Category != tt.want {
				t.Errorf("Classify = %s (%s), want %s", got.Category, got.Reason, tt.want)
			}
		})
	}
}

// TestClassifyContent covers the decision between doctor, hospital and
// general: who writes (a physician or an institution), whether a physician
// is sought or offers to work, and questions about the programme.
func TestClassifyContent(t *testing.T) {
	tests := []struct {
		body string
		want lead.Category
	}{
		{"循環器内科の医師です。週末の当直のみでしたらお手伝いできます。九州地方希望です。", lead.Doctor},
		{"日当直のアルバイトを探しています。麻酔科です。北海道であればどこでも。", lead.Doctor},
		{"健診の単発のお仕事はありますか。内科で開業していましたが閉院しました。", lead.Doctor},
		{"オンコール対応のみ可能です。外科医、62歳。", lead.Doctor},
		{"現在当院で勤務しておりますが、来年定年のため地方での勤務を希望しております。", lead.Doctor},
		{"当院は医師の確保に苦労しております。いずれ当院の求人もご相談するかもしれませんが、本日は私個人のことです。来年3月で院長職を長男に譲ります。退任後は健診の施設医として地域のお役に立てればと考えております。", lead.Doctor},
		{"一点だけ意見を申し上げます。求人の紹介に給与の目安がほとんど書かれていません。「当院規定による」だけでは検討しにくいと思います。私自身は転職の予定はありません。", lead.General},
		{"I am a Japanese physician working in Singapore. I would like to work full-time in a community hospital in Okinawa. Could you tell me how to register, and whether an online interview is possible?", lead.Doctor},
		{"当院では日当直をお願いできる先生を探しております。", lead.Hospital},
		{"当直に来ていただける医師をご紹介いただけないでしょうか。", lead.Hospital},
		{"町立診療所の所長が退任するため、後任の医師を探しています。町役場保健課の者です。", lead.Hospital},
		{"特別養護老人ホームです。配置医師をお願いできる先生はいらっしゃいませんか。", lead.Hospital},
		{"ご紹介いただいた先生と面談させていただきました。ぜひ来ていただきたいと考えています。", lead.Hospital},
		{"村の診療所で働いてくださる医師を探しています。", lead.Hospital},
		{"登録には費用がかかりますか。外科医です。非常勤で働きたいと考えています。", lead.Doctor},
		{"登録の仕組みを教えてください。皮膚科医です。", lead.Doctor},
		{"夫が医師です。この制度の仕組みを教えてください。", lead.General},
		{"医学部の学生です。将来地域医療に関わりたいのですが、制度について教えてください。", lead.General},
		{"病院の求人を掲載したいのですが、費用はかかりますか。", lead.Hospital},
		{"当院の待合室に置くパンフレットを20部送っていただけますか。", lead.General},
		{"I am a retired surgeon and would like to help with night duty in rural Hokkaido.", lead.Doctor},
		{"Our hospital in Tottori is looking for a part-time internist.", lead.Hospital},
		{"How can I register? I'm a GP.", lead.Doctor},
		{"小児科医です。", lead.Doctor},
		{"医師募集の件で相談です。", lead.Hospital},
		{"市の地域医療推進課です。市立病院で常勤の内科医を確保したく、ご相談いたします。", lead.Hospital},
		{"貴事業の取り組みを記事で紹介させていただけないでしょうか。地方で働く医師を取材しています。", lead.General},
		{"定年後、週2日程度で働ける病院を探しています。", lead.Doctor},
		{"当クリニックの院長です。私が高齢のため、後を継いでくださる先生を探しています。", lead.Hospital},
		{"整形外科の部長をしております。来年退職後、非常勤で勤務できる病院があれば紹介してください。", lead.Doctor},
		{"当院の医局長です。当院の定年後に地方で働きたいと考えています。", lead.Doctor},
		{"離島の診療所で、夏休みの間だけ代診をお願いできる先生を探しています。", lead.Hospital},
		{"看護師ですが、看護師も登録できますか。", lead.General},
		{"弊社は医師紹介会社です。貴事業と提携させていただけないでしょうか。", lead.General},
		{"お世話になっております。先日の件、当院としては常勤1名を希望いたします。開始は4月です。", lead.Hospital},
		{"ご連絡ありがとうございます。面談の日程ですが、4月10日でお願いします。内科医の山本です。", lead.Doctor},
		{"診療所の事務をしております。来年度から週1回来ていただける整形外科の先生をお願いしたいです。", lead.Hospital},
		{"健診センターです。巡回健診を担当していただける医師を探しています。", lead.Hospital},
		{"65歳の内科医です。健診業務のみ希望です。", lead.Doctor},
		{"町の保健センターです。予防接種の出務をお願いできる医師はいますか。", lead.Hospital},
		{"当直明けに失礼します。救急医です。地方の病院で働きたいです。", lead.Doctor},
		{"父が医師で、定年後に地方で働きたいと申しております。父に代わって登録をお願いします。", lead.Doctor},
		{"新聞社です。地域で働く医師を取材させてください。", lead.General},
		{"ご案内ありがとうございます。当院ではすでに医師が確保できましたので、求人を取り下げてください。", lead.Hospital},
		{"I'm a nurse. Can nurses register?", lead.General},
		{"Please tell me about the programme. Who runs it?", lead.General},
		{"We are a rural clinic in Nagano and need a doctor two days a week.", lead.Hospital},
		{"I would like to work part-time in Kyushu. I'm an orthopaedic surgeon.", lead.Doctor},
		{"老健の施設長をお願いできる先生を探しています。", lead.Hospital},
		{"施設長の佐藤です。当施設では嘱託医を募集しています。", lead.Hospital},
		{"宿日直のみで登録できますか？循環器内科です。", lead.Doctor},
		{"代診でしたらお引き受けできます。眼科医です。", lead.Doctor},
		{"元薬剤師です。定年で退職しました。薬剤師も登録させていただくことはできますか。", lead.General},
		{"医学部5年の学生です。定年後に地方で働かれる先生方の取り組みに関心があります。メールマガジンを購読したいです。", lead.General},
		{"医師専門の人材紹介会社です。貴事業の求人に弊社経由で先生をご紹介することは可能でしょうか。紹介手数料について教えてください。", lead.General},
		{"市立病院で産婦人科医が不足しており、市として医師の招へいに取り組んでおります。求人情報を掲載していただくことは可能でしょうか。", lead.Hospital},
		{"先日掲載していただいた内科医の求人について、条件を一部変更したくご連絡いたしました。", lead.Hospital},
		{"ご紹介の病院、ありがとうございました。常勤は考えておりません。スポットで月2回程度働ければと思っております。", lead.Doctor},
		{"夫は眼科医です。週に2日くらいなら外来を続けたいと申しております。岩手県でそのような求人はありますでしょうか。", lead.Doctor},
		{"当院で勤めていただいた小児科医の野口 美香先生が退職されます。ご本人の了解を得て、ご紹介のご連絡を差し上げました。", lead.Doctor},
	}
	for _, tt := range tests {
		t.Run(tt.body, func(t *testing.T) {
			if got := Classify(Input{Body: tt.body}); got.Category != tt.want {
				t.Errorf("Classify = %s, want %s", got.Category, tt.want)
			}
		})
	}
}

func TestAddressee(t *testing.T) {
	tests := []struct {
		name, quoted string
		want         lead.Category
	}{
		{"Outlook quote to a physician", "差出人: 地域医療マッチング事務局 <md@example.org>\n送信日時: 2025年10月3日 16:48\n件名: 求人のご紹介\n\n髙木 俊介 先生\n\nお世話になっております。", lead.Doctor},
		{"full-width spaces", "> 江藤　英明　先生\n>\n> お世話になっております。", lead.Doctor},
		{"'>' quote to a physician", "> 江藤 英明 先生\n>\n> お世話になっております。事務局の森田です。", lead.Doctor},
		{"English quote to a physician", "On Mon, 3 Mar 2026, Secretariat wrote:\n> Dear Dr. Weber,\n>\n> Thank you for your registration.", lead.Doctor},
		{"a hospital's director addressed as 先生", "> 南砺中央病院\n> 院長 山田 一郎 先生\n>\n> お世話になっております。", lead.Hospital},
		{"an institution's staff", "> 五木村役場 保健福祉課\n> 田中 様\n>\n> お世話になっております。", lead.Hospital},
		{"the person in charge", "> ご担当者様\n>\n> いつもお世話になっております。", lead.Hospital},
		{"a physician named 中村", "> 中村 先生\n>\n> お世話になっております。", lead.Doctor},
		{"a physician named 田村, full-width spaces", "> 田村　英明　先生\n>\n> お世話になっております。", lead.Doctor},
		{"a person named 村上", "> 村上様\n>\n> お世話になっております。", ""},
		{"the physicians of a newsletter", "> 登録医の先生方へ\n>\n> 今月の求人をお知らせします。", ""},
		{"a person by name", "> 佐藤 様\n>\n> お問い合わせありがとうございます。", ""},
		{"no salutation", "> お世話になっております。事務局の森田です。", ""},
		{"no quote", "", ""},
	}
	for _, tt := range tests {
		if got := addressee(tt.quoted); got != tt.want {
			t.Errorf("%s: addressee = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestClassifyReply checks that the salutation of the quoted mail decides
// between a physician's and an institution's reply that say little of
// themselves.
func TestClassifyReply(t *testing.T) {
	body := "ご紹介いただいた件、ありがとうございます。現在勤めている医院の後任の先生の着任が遅れることになりました。7月1日からでしたら大丈夫です。"
	tests := []struct {
		quoted string
		want   lead.Category
	}{
		{"> 江藤 英明 先生\n>\n> お世話になっております。事務局の森田です。", lead.Doctor},
		{"> 飛騨中央病院 事務長 江藤 様\n>\n> お世話になっております。事務局の森田です。", lead.Hospital},
	}
	for _, tt := range tests {
		in := Input{Subject: "Re: 着任日について", Body: body, Quoted: tt.quoted}
		if got := ClassifyWith(in, Options{}).Category; got != tt.want {
			t.Errorf("quoted %q: %s, want %s", tt.quoted, got, tt.want)
		}
	}
}

func TestSignedLetter(t *testing.T) {
	tests := []struct {
		body string
		want bool
	}{
		{"地域医療マッチング事務局\n小野寺 様\n\n米子市ふれあいセンターの 足立 です。\nお電話でご予約いただいた件、下記のとおり承りました。", true},
		{"ドクターセカンドキャリア 地域医療マッチング事務局\nご担当 森田様\n\n平素より格別のお引き立てを賜り、誠にありがとうございます。\nホテルハーバービュー東京 宴会セールス課の佐久間でございます。", true},
		{"お問い合わせいただき、ありがとうございます。\n以下の内容で受け付けました。", false},
		{"ご担当者様\n\n株式会社さくらの山田です。受付番号は12345です。", false},
		{"山田です。\n12月28日から1月4日まで不在にしております。", false},
	}
	for _, tt := range tests {
		if got := signedLetter(tt.body); got != tt.want {
			t.Errorf("signedLetter(%q) = %v, want %v", tt.body, got, tt.want)
		}
	}
}
