package outreach

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/transform"

	"github.com/md2-rm/madoguchi/store"
	"github.com/md2-rm/madoguchi/store/storetest"
)

const importSample = `メールアドレス,氏名,所属,都道府県,診療科,種別,同意方法,同意日,証跡,公開元
yamada@example.jp,山田 太郎,市立病院,青森県,内科;総合診療科,医師,名刺,2026/4/1,学会で名刺交換,
SUZUKI@Example.JP,鈴木 花子,,岩手県,小児科,医師,Webフォーム,2026-04-02 10:30,申込フォーム v3,
not-an-address,佐藤,,,,医師,名刺,2026/4/1,名刺,
yamada@example.jp,山田 重複,,,,医師,名刺,2026/4/1,名刺,
tanaka@example.jp,田中,,,,医師,,,,
office@aomori.med.example.jp,,青森県医師会,青森県,,医師会,,2026/4/3,,https://aomori.med.example.jp/contact
kato@example.jp,加藤,,,,医師,公開,2026/4/3,https://example.jp,https://example.jp
ito@example.jp,伊藤,,火星県,,医師,名刺,2026/4/1,名刺,
"quoted@example.jp","伊藤, 次郎",,東京都,,医師,対面,2026/4/5,"説明会で口頭同意, 記録票 12",
`

func TestImportCSV(t *testing.T) {
	sjis, _, err := transform.Bytes(japanese.ShiftJIS.NewEncoder(), []byte(importSample))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, encoding string
		data           []byte
	}{
		{"utf-8", "UTF-8", []byte(importSample)},
		{"utf-8 with BOM", "UTF-8", append([]byte("\ufeff"), importSample...)},
		{"shift_jis", "Shift_JIS", sjis},
	}
	wantErrs := map[int]string{
		4: "bad address",
		5: "duplicate: the address is already on line 2",
		6: "missing consent",
		8: "missing consent",
		9: "unknown prefecture",
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			st := storetest.Open(t, store.SQLite)
			rep, err := ImportCSV(ctx, st, bytes.NewReader(tc.data), ImportOptions{List: "医師ニュースレター", RecordedBy: "test"})
			if err != nil {
				t.Fatal(err)
			}
			if rep.Encoding != tc.encoding || rep.Rows != 9 || rep.Created != 4 || rep.Updated != 0 {
				t.Fatalf("report %+v", rep)
			}
			if len(rep.Errors) != len(wantErrs) {
				t.Fatalf("errors %+v, want lines %v", rep.Errors, wantErrs)
			}
			for _, e := range rep.Errors {
				if !strings.Contains(e.Reason, wantErrs[e.Line]) || wantErrs[e.Line] == "" {
					t.Errorf("line %d: %q, want %q", e.Line, e.Reason, wantErrs[e.Line])
				}
			}
			sub, err := SubscriberByEmail(ctx, st, "suzuki@example.jp")
			if err != nil || sub.Name != "鈴木 花子" || sub.Prefecture != "岩手県" || sub.Kind != KindPhysician {
				t.Fatalf("suzuki: %+v %v", sub, err)
			}
			assoc, err := SubscriberByEmail(ctx, st, "office@aomori.med.example.jp")
			if err != nil || assoc.Kind != KindAssociation || !assoc.PublishedBusiness {
				t.Fatalf("association: %+v %v", assoc, err)
			}
			quoted, err := SubscriberByEmail(ctx, st, "quoted@example.jp")
			if err != nil || quoted.Name != "伊藤, 次郎" {
				t.Fatalf("quoted: %+v %v", quoted, err)
			}
			yamada, _ := SubscriberByEmail(ctx, st, "yamada@example.jp")
			if got := strings.Join(yamada.Specialties, "|"); got != "内科|総合診療科" {
				t.Errorf("specialties %q", got)
			}
			var consents int
			if err := st.DB.Get(&consents, `SELECT COUNT(*) FROM consent_records`); err != nil || consents != 4 {
				t.Errorf("%d consent records (%v)", consents, err)
			}
			// Again: idempotent.
			rep2, err := ImportCSV(ctx, st, bytes.NewReader(tc.data), ImportOptions{List: "医師ニュースレター"})
			if err != nil {
				t.Fatal(err)
			}
			if rep2.Created != 0 || rep2.Updated != 4 || len(rep2.Errors) != len(wantErrs) {
				t.Errorf("second import %+v", rep2)
			}
			if err := st.DB.Get(&consents, `SELECT COUNT(*) FROM consent_records`); err != nil || consents != 4 {
				t.Errorf("second import: %d consent records (%v)", consents, err)
			}
			// Export, then import the export into a fresh database.
			var out bytes.Buffer
			n, err := ExportCSV(ctx, st, &out, "医師ニュースレター")
			if err != nil || n != 4 {
				t.Fatalf("export %d rows: %v", n, err)
			}
			if !bytes.HasPrefix(out.Bytes(), []byte("\ufeffメールアドレス,")) {
				t.Errorf("export does not start with a BOM and the header: %q", out.String()[:20])
			}
			st2 := storetest.Open(t, store.SQLite)
			rep3, err := ImportCSV(ctx, st2, bytes.NewReader(out.Bytes()), ImportOptions{})
			if err != nil || rep3.Created != 4 || len(rep3.Errors) != 0 {
				t.Fatalf("re-import of the export: %+v %v", rep3, err)
			}
		})
	}
}

// A published address given with its page only as evidence records that
// page as where the address is published, and is mailed on that basis.
func TestImportCSVPublishedEvidenceIsTheSource(t *testing.T) {
	ctx := context.Background()
	st := storetest.Open(t, store.SQLite)
	data := "メールアドレス,所属,種別,同意方法,同意日,証跡\n" +
		"office@iwate.med.example.jp,岩手県医師会,医師会,公開,2026/4/3,https://iwate.med.example.jp/contact\n"
	rep, err := ImportCSV(ctx, st, strings.NewReader(data), ImportOptions{List: "医師会", RecordedBy: "test"})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Created != 1 || len(rep.Errors) != 0 {
		t.Fatalf("report %+v", rep)
	}
	var src string
	if err := st.DB.Get(&src, `SELECT published_source FROM subscribers WHERE email = 'office@iwate.med.example.jp' AND published_business`); err != nil {
		t.Fatal(err)
	}
	if src != "https://iwate.med.example.jp/contact" {
		t.Errorf("published_source %q", src)
	}
}
