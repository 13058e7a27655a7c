package extract

import (
	"reflect"
	"testing"
	"time"

	"github.com/md2-rm/madoguchi/internal/vocab"
)

func TestKanjiNumber(t *testing.T) {
	tests := []struct {
		in   string
		want int
		ok   bool
	}{
		{"六十五", 65, true},
		{"七十二", 72, true},
		{"三十三", 33, true},
		{"十", 10, true},
		{"十五", 15, true},
		{"元", 1, true},
		{"二〇二五", 2025, true},
		{"千九百五十八", 1958, true},
		{"百", 100, true},
		{"五五十", 0, false},
		{"一般", 0, false},
		{"", 0, false},
	}
	for _, tt := range tests {
		got, ok := KanjiNumber(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("KanjiNumber(%q) = %d, %v; want %d, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestReplaceKanjiNumbers(t *testing.T) {
	tests := []struct{ in, want string }{
		{"現在六十五歳です", "現在65歳です"},
		{"昭和三十三年生まれ", "昭和33年生まれ"},
		{"週二日程度", "週2日程度"},
		{"令和元年五月", "令和1年5月"},
		{"一般内科と一緒に", "一般内科と一緒に"},
		{"三月に退職", "3月に退職"},
	}
	for _, tt := range tests {
		if got := ReplaceKanjiNumbers(tt.in); got != tt.want {
			t.Errorf("ReplaceKanjiNumbers(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestEraYear(t *testing.T) {
	tests := []struct {
		era  string
		n    int
		want int
		ok   bool
	}{
		{"昭和", 33, 1958, true},
		{"S", 33, 1958, true},
		{"s", 31, 1956, true},
		{"平成", 1, 1989, true},
		{"令和", 3, 2021, true},
		{"R", 7, 2025, true},
		{"明治", 45, 1912, true},
		{"大正", 15, 1926, true},
		{"昭和", 65, 0, false}, // 昭和 ended in its 64th year
		{"平成", 32, 0, false},
		{"X", 3, 0, false},
	}
	for _, tt := range tests {
		got, ok := EraYear(tt.era, tt.n)
		if got != tt.want || ok != tt.ok {
			t.Errorf("EraYear(%q, %d) = %d, %v; want %d, %v", tt.era, tt.n, got, ok, tt.want, tt.ok)
		}
	}
}

func TestEraDates(t *testing.T) {
	tests := []struct{ in, want string }{
		{"令和3年4月から", "2021-04"},
		{"令和3年4月1日", "2021-04-01"},
		{"R3.4", "2021-04"},
		{"R4.1~", "2022-01"},
		{"S34生", "1959"},
		{"昭和33年生まれ", "1958"},
		{"平成1年", "1989"},
		{"サイズS3個", ""},  // a size, not an era
		{"JLPT N2", ""}, // not an era letter
		{"昭和70年", ""},   // beyond the era
		{"R3 room", ""}, // letter form needs a separator or 年
	}
	for _, tt := range tests {
		got := ""
		if ds := findEraDates(Normalize(tt.in)); len(ds) > 0 {
			got = ds[0].date.String()
		}
		if got != tt.want {
			t.Errorf("era date in %q = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"０３－６６７５－９９１９", "03-6675-9919"},
		{"090ー1234ー5678", "090-1234-5678"},
		{"センター", "センター"},
		{"ﾀｶﾊｼ ﾖｼｵ", "タカハシ ヨシオ"},
		{"週2〜3日", "週2~3日"},
		{"①勤務形態", "・勤務形態"},
		{"㈱ひまわり", "(株)ひまわり"},
		{"髙橋", "髙橋"},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestPhones(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"TEL：084-931-5526（自宅）\n携帯：090-4417-2863", []string{"0849315526", "09044172863"}},
		{"+81 90-6218-4473", []string{"09062184473"}},
		{"+81 3-6675-9919", []string{"0366759919"}},
		{"ＴＥＬ：０６−６３４７−２２９０　FAX：０６−６３４７−２２９１", []string{"0663472290"}},
		{"TEL 0995-45-8821 / FAX 0995-45-8822", []string{"0995458821"}},
		{"(03)6675-9919", []string{"0366759919"}},
		{"03(6675)9919", []string{"0366759919"}},
		{"〒720-0031 広島県福山市三吉町南2-11-8", nil},
		{"年間約2,400件", nil},
		{"2021-04-01", nil},
		{"0120-962-118", []string{"0120962118"}},
		{"TEL/FAX 0123-45-6789", []string{"0123456789"}},
		{"電話・FAX:0123-45-6789", []string{"0123456789"}},
	}
	for _, tt := range tests {
		if got := Phones(Normalize(tt.in)); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Phones(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestStartDate(t *testing.T) {
	jst := time.FixedZone("JST", 9*3600)
	at := func(s string) time.Time {
		d, err := time.ParseInLocation("2006-01-02 15:04", s, jst)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	tests := []struct {
		text     string
		now      time.Time
		labelled bool
		want     string
	}{
		{"令和3年4月から常勤で", at("2020-10-12 09:00"), false, "2021-04"},
		{"来月から勤務可能です", time.Date(2021, 3, 31, 16, 40, 0, 0, time.UTC).In(jst), false, "2021-05"},
		{"来年4月から", at("2021-07-21 13:00"), false, "2022-04"},
		{"再来月からOKです。", at("2026-10-17 12:08"), false, "2026-12"},
		{"再来月(6月)からを希望します", at("2027-04-15 10:20"), false, "2027-06"},
		{"引き継ぎが6月末に終わりますので、再来月からなら確実です。", at("2026-05-21 07:48"), false, "2026-07"},
		{"8月 → 9月から", at("2026-07-13 09:14"), true, "2026-09"},
		{"2026年8月から → 9月から勤務、2027年3月末まで", at("2026-07-13 09:14"), false, "2026-09"},
		{"8月から勤務 → 詳細は10月末までにご連絡します", at("2026-07-13 09:14"), false, "2026-08"},
		{"開始は年度明け(4月)からを希望します。", at("2026-10-02 09:00"), false, "2027-04"},
		{"(変更前)常勤1名/2026年8月から\n(変更後)非常勤 週3日/2026年10月から", at("2026-07-29 17:32"), false, "2026-10"},
		{"来年度から", at("2021-02-08 15:00"), false, "2021-04"},
		{"来年度以降は常勤で", at("2021-08-19 06:00"), false, "2022-04"},
		{"来春4月からの勤務", at("2021-09-14 20:00"), false, "2022-04"},
		{"来春から", at("2021-09-14 20:00"), false, ""},
		{"1月からお願いできれば", at("2021-10-19 07:00"), false, "2022-01"},
		{"4月以降", at("2020-11-20 23:00"), true, "2021-04"},
		{"2021年10月1日以降", at("2021-07-05 11:00"), true, "2021-10-01"},
		{"2021年9月頃~", at("2021-07-30 18:00"), true, "2021-09"},
		{"随時", at("2021-02-17 10:00"), true, ""},
		{"令和5年度から", at("2023-01-10 16:00"), true, "2023-04"},
		{"2023年度から勤務できれば", at("2023-01-13 20:00"), false, "2023-04"},
		{"令和5年に", at("2023-01-13 20:00"), true, ""}, // a year alone is no start
		{"本年度末で1名が退職します。\n勤務開始　令和5年4月1日", at("2022-10-17 10:00"), false, "2023-04-01"},
		{"県職員として採用します。\n　任用予定日：令和8年4月1日", at("2025-12-10 10:00"), false, "2026-04-01"},
		{"3月末で退職します。", at("2022-10-17 10:00"), false, ""},
		{"来年3月末で現職を退く", at("2020-10-12 09:00"), false, ""},
		{"starting in April 2021", at("2020-11-02 21:00"), false, "2021-04"},
		{"we plan to move next year", at("2022-05-16 15:00"), false, ""},
		{"来月から", time.Time{}, false, ""}, // no Date header: nothing relative
	}
	for _, tt := range tests {
		if got := StartDate(Normalize(tt.text), tt.now, tt.labelled); got != tt.want {
			t.Errorf("StartDate(%q, %s) = %q, want %q", tt.text, tt.now, got, tt.want)
		}
	}
}

func TestPlaces(t *testing.T) {
	p := NewPlaces(vocab.Load())
	tests := []struct {
		in   string
		want []string
		any  bool
	}{
		{"島根県での勤務を希望", []string{"島根県"}, false},
		{"九州地方", []string{"福岡県", "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県"}, false},
		{"山陰地方", []string{"鳥取県", "島根県"}, false},
		{"四国であればどこでも", []string{"徳島県", "香川県", "愛媛県", "高知県"}, true},
		{"地域は問いません", nil, true},
		{"anywhere in Japan", nil, true},
		{"Kochi or Ehime prefecture", []string{"高知県", "愛媛県"}, false},
		{"松江か出雲あたり", []string{"島根県"}, false},
		{"東京都世田谷区", []string{"東京都"}, false},
		{"千葉と申します", nil, false}, // a family name
		{"山口 太郎様", nil, false},  // a family name
		{"中国の医療事情", nil, false}, // China, not the 中国 region
		{"中国地方", []string{"鳥取県", "島根県", "岡山県", "広島県", "山口県"}, false},
		{"九州南部(宮崎・鹿児島)", []string{"宮崎県", "鹿児島県"}, false},
		{"山陰地方(ご実家が米子市とのこと)", []string{"鳥取県", "島根県"}, false},
		{"茨城県・栃木県・群馬県(北関東)", []string{"茨城県", "栃木県", "群馬県"}, false},
		{"南東北のどこか", nil, false}, // a part of a region: not all of it
		{"北九州市で働きたい", []string{"福岡県"}, false},
		{"希望は道北です。", []string{"北海道"}, false},
	}
	for _, tt := range tests {
		got, any := p.Find(Normalize(tt.in))
		if !reflect.DeepEqual(got, tt.want) || any != tt.any {
			t.Errorf("Find(%q) = %q, %v; want %q, %v", tt.in, got, any, tt.want, tt.any)
		}
	}
}

func TestPrefecturesHome(t *testing.T) {
	x := New(vocab.Load())
	tests := []struct {
		body string
		want []string
	}{
		{"香川県在住で、できれば県内を希望します。", []string{"香川県"}},
		{"香川県に住んでおります。県内で働ければと思います。", []string{"香川県"}},
		{"現在、東京都世田谷区に住んでおり、都内の病院で勤務しております。長野県で働きたい。", []string{"長野県"}},
		{"大阪府堺市に住んでおります。", nil},
		{"北陸三県を考えていますが、石川県以外でお願いできれば幸いです。", []string{"富山県", "福井県"}},
		{"九州であればどこでも(沖縄を除く)", []string{"福岡県", "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県"}},
		{"東京以外ならどこでも", nil},
		{"高知県内で勤務できる病院を探しております。県内であれば、西部・東部などの地域は問いません。", []string{"高知県"}},
		{"地域は問いません。", []string{"全国"}},
		{"I hold a licence and work as an emergency physician in Osaka. I would be glad to cover night duty in Kochi.", []string{"高知県"}},
		{"仙台北部循環器センター 心臓血管外科の三浦と申します。青森県の病院を考えております。", []string{"青森県"}},
		{"福岡ひかり総合病院で働いております。隠岐(島根県)の診療所を希望します。", []string{"島根県"}},
		{"横浜で小児科医をしております。静岡県で非常勤の仕事を探しています。", []string{"静岡県"}},
		{"1. 医療法人 水島会 倉敷みずしま病院(脳神経内科)\n2. 鳥取県", []string{"鳥取県"}},
		{"来年春に名古屋から富山市へ引っ越します。", []string{"富山県"}},
		{"高知で働いてみたいと申しております。", []string{"高知県"}}, // a wish in a self-introduction
		{"沖縄の離島の病院", []string{"沖縄県"}},
		{"場所は東北のどこかを考えております。ただ、福島県は家の事情で避けたいので、", []string{"青森県", "岩手県", "宮城県", "秋田県", "山形県"}},
		{"希望地域:徳島県内。高知も一度は考えましたが、通勤を考えると難しいです。", []string{"徳島県"}},
		{"宮崎県は第一希望ですが、当直は難しいです。", []string{"宮崎県"}},
		{"中国地方ならどこでも構いません。ただし広島県は以前勤めていて事情がわかっておりますので、今回は外していただければと思います。", []string{"鳥取県", "島根県", "岡山県", "山口県"}},
		{"長野県でもいいのですが、当直は無理です。", []string{"長野県"}},
		{"希望地域:甲信越(ただし山梨県は通勤の都合で除きます)", []string{"長野県", "新潟県"}},
		{"四国のうち愛媛と高知を希望します。香川・徳島は通いきれないので外してください。", []string{"愛媛県", "高知県"}},
		{"岐阜県の飛騨地方で働きたい。\n名古屋市立みどりが丘こども病院 こころの診療科", []string{"岐阜県"}},
		{"今は大阪の整形クリニックでパートしてますが、鳥取か岡山で働きたい", []string{"鳥取県", "岡山県"}},
		{"横浜市青葉区でクリニックの院長をしております。\n〒227-0062 横浜市青葉区青葉台2-14-9\n閉院後は長野県で働きたい。", []string{"長野県"}},
		{"弘前市の弘前ひかり病院に勤めております工藤と申します。青森県内で、常勤で総合診療に従事できる病院を紹介していただけないでしょうか。", []string{"青森県"}},
	}
	for _, tt := range tests {
		got := x.prefectures("doctor", Normalize(tt.body), "", nil)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("prefectures(%q) = %q, want %q", tt.body, got, tt.want)
		}
	}
	// An institution writing of its own place rules nothing out.
	if got := x.prefectures("hospital", Normalize("高知県は医師不足が深刻で、常勤医の確保が難しい状況です。"), "", nil); !reflect.DeepEqual(got, []string{"高知県"}) {
		t.Errorf("hospital prefectures = %q, want 高知県", got)
	}
	// A labelled wish that rules a prefecture out.
	field := []Field{{Label: "勤務地", Value: Normalize("山陽のうち、山口県は通えないので除いてください(岡山・広島であれば可)。")}}
	if got := x.prefectures("doctor", "", "", field); !reflect.DeepEqual(got, []string{"岡山県", "広島県"}) {
		t.Errorf("prefectures of %q = %q, want 岡山県 and 広島県", field[0].Value, got)
	}
}

func TestMunicipality(t *testing.T) {
	tests := []struct{ in, want string }{
		{"高知県高岡郡四万十町茂串町9-21", "四万十町"},
		{"熊本県球磨郡の五木村役場", "五木村"},
		{"広島県の庄原市医師会で事務局を", "庄原市"},
		{"岐阜県高山市天満町5-14-2", "高山市"},
		{"北海道釧路市の病院", "釧路市"},
		{"病院の所在地は未定です", ""},
		{"岡山県や島根県との県境に近い、広島県庄原市の病院", "庄原市"},
	}
	for _, tt := range tests {
		if got := Municipality(tt.in); got != tt.want {
			t.Errorf("Municipality(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSpecialties(t *testing.T) {
	s := NewSpecialties(vocab.Load())
	tests := []struct {
		in   string
		want []string
	}{
		{"消化器外科で胃や大腸の手術", []string{"消化器外科"}},
		{"整形外科(脊椎・関節外科)", []string{"整形外科"}},
		{"訪問診療、老健の施設医", []string{"在宅医療", "老健・介護施設"}},
		{"人間ドック・企業健診", []string{"健診"}},
		{"family medicine and home visits", []string{"総合診療科", "在宅医療"}},
		{"内科医の森田", []string{"内科"}},
		{"特になし", nil},
	}
	for _, tt := range tests {
		if got := s.Find(Normalize(tt.in)); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Find(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	for _, in := range []string{"診療科：不問", "診療科不問", "診療科は問いません"} {
		if !s.Any(Normalize(in)) {
			t.Errorf("Any(%q) = false, want true", in)
		}
	}
}

func TestEmployment(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"常勤を希望します", []string{"full_time"}},
		{"常勤でも非常勤でも構わない", []string{"full_time", "part_time"}},
		{"常勤はむずかしいです。週1回の外来と、月2回の当直なら出来ます。", []string{"part_time", "spot"}},
		{"しばらくは常勤には就かず、スポットでの日直をお手伝いできれば", []string{"spot"}},
		{"現在は市立病院で再雇用(嘱託)として働いていますが、来年度以降は常勤で働ける病院を探しています。", []string{"full_time"}},
		{"嘱託、週2日程度", []string{"part_time"}},
		{"常勤(週5日勤務)を希望", []string{"full_time"}},
		{"週5日勤務できます", nil},
		{"常勤が希望ですが、週4日程度の勤務でも構いません", []string{"full_time", "part_time"}},
		{"I would be happy to work full-time", []string{"full_time"}},
		{"part-time position, 3 days a week", []string{"part_time"}},
		{"常勤・非常勤での勤務は今のところ考えておりません。当直なら可能です。", []string{"spot"}},
		{"当院では常勤医の負担軽減のため、土日の日当直をお願いしたい", []string{"spot"}},
		{"当診療所は常勤の医師1名で外来を行っております。\n勤務：非常勤、週1日", []string{"part_time"}},
		{"・常勤ではなく、非常勤(週4日)でお願いします", []string{"part_time"}},
		{"常勤の医師1名を募集しております", []string{"full_time"}},
		{"島内には常勤医がおらず、非常勤の先生にお願いしたい", []string{"part_time"}},
		{"常勤医の募集です", []string{"full_time"}},
		{"大学での常勤の仕事はこのまま続けますが、宿直のアルバイトを探しております。", []string{"spot"}},
		{"勤務形態 常勤\n勤務時間 8:30~17:15(当直なし・オンコールは月数回)", []string{"full_time"}},
		{"常勤の施設長は確保できておりますが、非常勤の医師を募集しております。\n※当直・オンコールはございません。", []string{"part_time"}},
		{"当院は常勤医4名の小さな町立病院です。", nil},
		{"常勤医師の募集をしております。", []string{"full_time"}},
		{"週二回、午後に往診をしております。常勤の勤務医として来ていただける方を探しております。", []string{"full_time"}},
		{"当院は常勤医12名の病院です。", nil},
		{"常勤で、当直もお願いします", []string{"full_time", "spot"}},
		{"医師が夏季休暇を取る期間の代診をお願いできる先生を探しております。", []string{"spot"}},
		{"常勤は体力的にもう難しいと思いますので、週3日程度の非常勤を考えております。", []string{"part_time"}},
		{"常勤を希望しており、令和9年度(4月)から勤務できるよう、現在の病院と調整中です。", []string{"full_time"}},
		{"このまま隠居するにはまだ早いと思い、もう一度常勤で地域に出ようと決めました。", []string{"full_time"}},
		{"当直のバイトだけ探してます。常勤は今の職場を続けるので考えてません。", []string{"spot"}},
		{"平日は今の病院での勤務を続けながら、宿直や日直のお手伝いができればと思います。", []string{"spot"}},
		{"若い頃は月に十回以上の当直もこなしましたが、これからは常勤の外来中心の仕事を希望します。", []string{"full_time"}},
		{"常勤を希望します。当直の回数はどのくらいになりそうでしょうか。", []string{"full_time"}},
		{"病棟当直も部長クラスが月4回は入っている状況です。常勤での勤務を希望します。", []string{"full_time"}},
		{"これまで常勤のみとしておりましたが、非常勤(週4日)でもお受けすることにいたしました。", []string{"full_time", "part_time"}},
	}
	for _, tt := range tests {
		if got := Employment(Normalize(tt.in)); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Employment(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDaysPerWeek(t *testing.T) {
	tests := []struct {
		in   string
		want int
		ok   bool
	}{
		{"週3日", 3, true},
		{"週2日程度", 2, true},
		{"週3回", 3, true},
		{"週１回の外来", 1, true},
		{"週2〜3日", 0, false},
		{"月2回", 0, false},
		{"週1日、木曜日の外来", 1, true},
		{"週2日、または週3日", 0, false},
		{"3 days a week", 3, true},
		{"週に3日ほど", 3, true},
		{"週に2～3日", 0, false},
	}
	for _, tt := range tests {
		got, ok := DaysPerWeek(Normalize(tt.in))
		if got != tt.want && ok || ok != tt.ok {
			t.Errorf("DaysPerWeek(%q) = %d, %v; want %d, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

// TestDaysWished checks that the days a week of the present job are not
// taken for the wish.
func TestDaysWished(t *testing.T) {
	tests := []struct {
		in   string
		want int
		ok   bool
	}{
		{"現在は週3日の非常勤をしておりますが、常勤でもう一度病院勤務をしたいと考えております。", 0, false},
		{"週4日の勤務をしておりますが、今後は週2日にしたいと思います。", 2, true},
		{"週3日での勤務を希望します。", 3, true},
	}
	for _, tt := range tests {
		got, ok := DaysPerWeek(wishText(newReading(Normalize(tt.in))))
		if got != tt.want && ok || ok != tt.ok {
			t.Errorf("days wished in %q = %d, %v; want %d, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestFields(t *testing.T) {
	text := Normalize("【お名前】\n川添 真理子\n\n【フリガナ】\nかわぞえ まりこ\n\n■募集診療科\n整形外科、リハビリテーション科\n\nお名前：高橋 良夫\n電話番号：\n・勤務地：島根県(県内であれば場所は問いません)\n受付時間：平日 9:30~17:30\n＜施設名＞ 医療法人 阿賀野川会 つがわ病院")
	want := []Field{
		{"お名前", "川添 真理子"},
		{"フリガナ", "かわぞえ まりこ"},
		{"募集診療科", "整形外科、リハビリテーション科"},
		{"お名前", "高橋 良夫"},
		{"電話番号", ""},
		{"勤務地", "島根県(県内であれば場所は問いません)"},
		{"受付時間", "平日 9:30~17:30"},
		{"施設名", "医療法人 阿賀野川会 つがわ病院"},
	}
	if got := Fields(text); !reflect.DeepEqual(got, want) {
		t.Errorf("Fields = %q\nwant %q", got, want)
	}
	if v, ok := Lookup(want, "kana"); !ok || v != "かわぞえ まりこ" {
		t.Errorf("Lookup kana = %q, %v", v, ok)
	}
	if v, ok := Lookup(want, "name"); !ok || v != "川添 真理子" {
		t.Errorf("Lookup name = %q, %v", v, ok)
	}
	if v, ok := Lookup(want, "phone"); !ok || v != "" {
		t.Errorf("Lookup phone = %q, %v; want an empty field", v, ok)
	}
	if _, ok := Lookup(want, "age"); ok {
		t.Error("Lookup age found a field that is not there")
	}
}

func TestLabelledYear(t *testing.T) {
	for in, want := range map[string]int{"昭和32年": 1957, "S32": 1957, "1957年4月1日": 1957, "平成元年": 1989} {
		got := labelledYear(ReplaceKanjiNumbers(Normalize(in)))
		if got == nil || *got != want {
			t.Errorf("labelledYear(%q) = %v, want %d", in, got, want)
		}
	}
	if got := labelledYear("不明"); got != nil {
		t.Errorf("labelledYear(不明) = %d, want nil", *got)
	}
}

func TestNames(t *testing.T) {
	intro := []struct {
		in, want string
		strong   bool
	}{
		{"福山みなと病院で整形外科部長を務めております、石田と申します。", "石田", true},
		{"浜田あさひ記念病院の岩本です。", "岩本", false},
		{"院長、福田 泰之でございます。", "福田 泰之", true},
		{"泌尿器科医です。S34生。", "", false},
		{"株式会社メディスタの吉村と申します。", "吉村", true},
		{"総務課の田中です。", "田中", false},
		{"医局秘書の阿部と申します。", "阿部", true},
		{"ご検討いただけますと幸いです。", "", false},
	}
	for _, tt := range intro {
		got, strong := SelfIntroFamily(Normalize(tt.in))
		if got != tt.want || (got != "" && strong != tt.strong) {
			t.Errorf("SelfIntroFamily(%q) = %q, %v; want %q, %v", tt.in, got, strong, tt.want, tt.strong)
		}
	}
	full := []struct{ text, family, want string }{
		{"石田 俊彦\n〒720-0031", "石田", "石田 俊彦"},
		{"森田康介\n090-7731-2058", "森田", "森田康介"},
		{"大迫です。\n大迫 信一郎", "大迫", "大迫 信一郎"},
		{"島根県医師会 事務局 福間 宛\n福間 直子", "福間", "福間 直子"},
	}
	for _, tt := range full {
		if got := FullNameWith(tt.text, tt.family); got != tt.want {
			t.Errorf("FullNameWith(%q, %q) = %q, want %q", tt.text, tt.family, got, tt.want)
		}
	}
	lines := []struct{ in, want string }{
		{"事務長　西森 文雄", "西森 文雄"},
		{"佐渡こがね病院 医事課長　本間 健太", "本間 健太"},
		{"Dr. Anna Kowalczyk", "Anna Kowalczyk"},
		{"Kenji Okamura, MD", "Kenji Okamura"},
		{"TEL 0853-23-7719", ""},
		{"医療法人 清流会 しまんと中央病院", ""},
	}
	for _, tt := range lines {
		if got := NameLine(Normalize(tt.in)); got != tt.want {
			t.Errorf("NameLine(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	for in, want := range map[string][2]string{
		"当教室の教授 柘植 和臣（つげ かずおみ）の依頼により":                              {"柘植 和臣", "ツゲ カズオミ"},
		"大学時代からお世話になっている先輩の黒木忠興先生（66歳）は、副院長を務めてこられました":             {"黒木忠興", ""},
		"ご本人の依頼を受け、代わってご相談させていただきます。\n\n須藤 勝（すどう まさる）先生\n・泌尿器科専門医": {"須藤 勝", "スドウ マサル"},
	} {
		if n, k := ProxyName(Normalize(in)); n != want[0] || k != want[1] {
			t.Errorf("ProxyName(%q) = %q, %q; want %q, %q", in, n, k, want[0], want[1])
		}
	}
	for in, want := range map[string]string{"山根 正弘 先生（62歳）": "山根 正弘", "Dr. Anna Kowalczyk": "Anna Kowalczyk", "吉岡　宏": "吉岡 宏"} {
		if got := CleanName(in); got != want {
			t.Errorf("CleanName(%q) = %q, want %q", in, got, want)
		}
	}
	if got := Katakana("かわぞえ　まりこ"); got != "カワゾエ マリコ" {
		t.Errorf("Katakana = %q", got)
	}
}

func TestOrganizations(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"広島県福山市の医療法人 鞆の浦会 福山みなと病院で整形外科部長を務めております", []string{"医療法人 鞆の浦会 福山みなと病院"}},
		{"先月まで北日本化成株式会社で統括産業医を務めておりました", []string{"北日本化成株式会社"}},
		{"現在は医療法人 越路会 ながおか腎クリニックに勤務しております。", []string{"医療法人 越路会 ながおか腎クリニック"}},
		{"鹿屋市内の民間病院で総合診療に従事", nil},
		{"長年勤めた病院を退職し", nil},
		{"株式会社メディカルブリッジの田中と申します", []string{"株式会社メディカルブリッジ"}},
		{"株式会社ひたち精機で専属産業医をしておりますが", []string{"株式会社ひたち精機"}},
		{"花園記念病院で泌尿器科部長をしております", []string{"花園記念病院"}},
		{"さくら苑で施設長をしております", []string{"さくら苑"}},
		{"条件に合う病院がありましたら", nil},
		{"市町村が設置するへき地診療所の医師確保", nil},
		{"みちのく中央テレビ 報道部の記者です", []string{"みちのく中央テレビ"}},
		{"東都医科大学附属病院 精神神経科の藤崎と申します", []string{"東都医科大学附属病院"}},
		{"富山県内の病院か診療所で働ければ", nil},
		{"病院や施設の方からの相談", nil},
		{"高知県立しまんと南高等学校で進路指導を担当しております", []string{"高知県立しまんと南高等学校"}},
		{"学校の規定により", nil},
		{"シアトルのノースウッド大学でリハビリテーション科の講師をしております", []string{"ノースウッド大学"}},
		{"ハートの森クリニックで外来をしております", []string{"ハートの森クリニック"}},
		{"スマイルの丘病院の事務長です", []string{"スマイルの丘病院"}},
		{"分娩を扱う病院の場合", nil},
		{"福岡県久留米市に住んでおります中園律子と申します", nil},
		{"■美作こころの丘病院(岡山県美作市)", []string{"美作こころの丘病院"}},
		{"小児科医である夫・中園 健一のことで", nil},
		{"さくら苑で施設長をしております", []string{"さくら苑"}},
		{"30年あまり勤めました福岡東部医科大学病院を来春退職します", []string{"福岡東部医科大学病院"}},
		{"若いころは大学で研究もしておりました", nil},
		{"大学病院と市中病院で経験を積み", nil},
		{"羅臼町にあります羅臼町国民健康保険診療所の事務長です", []string{"羅臼町国民健康保険診療所"}},
		{"◇お勤め先(現・前):社会医療法人 朋和会 みなみ野総合病院(本年3月末退職)", []string{"社会医療法人 朋和会 みなみ野総合病院"}},
		{"現勤務先\t社会福祉法人 恩和会 あおば台病院(麻酔科医長)", []string{"社会福祉法人 恩和会 あおば台病院"}},
		{"仙台の医療法人 青葉杜会 杜の都記念病院で部長をしております", []string{"医療法人 青葉杜会 杜の都記念病院"}},
		{"在宅医療に取り組む診療所", nil},
	}
	for _, tt := range tests {
		if got := Organizations(Normalize(tt.in)); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Organizations(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	sig := []struct{ in, want string }{
		{"みの医科大学 麻酔科学教室", "みの医科大学"},
		{"佐渡こがね病院 医事課長　本間 健太", "佐渡こがね病院"},
		{"㈱ひまわりケア 住宅型有料老人ホーム ひまわり飯田", "(株)ひまわりケア 住宅型有料老人ホーム ひまわり飯田"},
		{"五木村役場 保健福祉課", "五木村役場"},
		{"岐阜県庁 医療福祉連携推進課", "岐阜県庁"},
		{"介護医療院 ふれあいの丘", "介護医療院 ふれあいの丘"},
		{"地方独立行政法人 五島市民病院 医局事務", "地方独立行政法人 五島市民病院"},
		{"社会福祉法人 十勝福祉会 とかち中央病院", "社会福祉法人 十勝福祉会 とかち中央病院"},
		{"和歌山県 福祉保健部 医務課", "和歌山県"},
		{"愛媛県八幡浜市役所 保健センター 地域医療係", "愛媛県八幡浜市役所"},
		{"富山県南砺市 南砺中央病院", "南砺中央病院"},
		{"富山県南砺市", ""},
		{"地域医療マッチング事務局 御中", ""},
		{"私は現在、民間病院で総合診療に従事しております。", ""},
		{"新宮くまの病院 総務課", "新宮くまの病院"},
		{"医療法人 那須心和会 なすこころの病院", "医療法人 那須心和会 なすこころの病院"},
		{"都内の病院", ""},
		{"いくつかの病院", ""},
		{"あけぼのクリニック", "あけぼのクリニック"},
		{"こちらの施設", ""},
		{"鶴岡協立病院 内科", "鶴岡協立病院"},
		{"森内科医院 勤務", "森内科医院"},
		{"北杜市立ひかり図書館　小野寺 美穂 宛", "北杜市立ひかり図書館"},
		{"小国町立図書館 司書", "小国町立図書館"},
		{"佐久間税理士事務所 佐久間", "佐久間税理士事務所"},
		{"事務所 TEL 0143-22-1111", ""},
		{"とやま地域医療協議会 事務局", "とやま地域医療協議会"},
		{"Hotel Sakura", ""},
		{"鶴岡協立病院 心臓血管外科 部長", "鶴岡協立病院"},
	}
	for _, tt := range sig {
		if got := SignatureOrg(Normalize(tt.in)); got != tt.want {
			t.Errorf("SignatureOrg(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestAge(t *testing.T) {
	tests := []struct {
		in   string
		want int // 0: none
	}{
		{"私は現在65歳で", 65},
		{"柘植は現在六十五歳で", 65},
		{"今年で67になりますが", 67},
		{"今年で63才で", 63},
		{"今年の誕生日で七十二になります", 72},
		{"耳鼻科医(68)の野口です", 68},
		{"I am 58 years old", 58},
		{"当院の定年は65歳ですが、70歳までの延長制度", 0},
		{"65歳以上の先生も歓迎です", 0},
		{"年齢不問", 0},
		{"還暦を過ぎておりますが", 0},
		{"医院は昨年閉じました。今年六十八になりました。", 68},
		{"私は昭和32年生まれで、年が明けて七十になりました。", 70},
		{"今年12月になりましたら", 0},
	}
	for _, tt := range tests {
		got := age(ReplaceKanjiNumbers(Normalize(tt.in)))
		if (got == nil) != (tt.want == 0) || got != nil && *got != tt.want {
			t.Errorf("age(%q) = %v, want %d", tt.in, got, tt.want)
		}
	}
}

func TestBirthYear(t *testing.T) {
	tests := []struct {
		in   string
		want int // 0: none
	}{
		{"昭和33年生まれで", 1958},
		{"S34生。", 1959},
		{"1958年(昭和33年)生まれです", 1958},
		{"昭和三十三年生まれ", 1958},
		{"1960年生まれで", 1960},
		{"Japanese medical license, 1984", 0},
		{"平成元年に医師免許を取得", 0},
	}
	for _, tt := range tests {
		got := birthYear(ReplaceKanjiNumbers(Normalize(tt.in)))
		if (got == nil) != (tt.want == 0) || got != nil && *got != tt.want {
			t.Errorf("birthYear(%q) = %v, want %d", tt.in, got, tt.want)
		}
	}
}
