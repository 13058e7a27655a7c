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
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Classify(tt.in); got.Category != tt.want {
				t.Errorf("Classify = %s (%s), want %s", got.Category, got.Reason, tt.want)
			}
		})
	}
}
