package intake

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/md2-rm/madoguchi/internal/lead"
	"github.com/md2-rm/madoguchi/store"
	"github.com/md2-rm/madoguchi/store/storetest"
)

// TestSamplesThroughIntake runs every labelled sample through the real parser
// and the processor: each is stored once and byte-identical, inquiries get a
// lead, and nothing but an inquiry is answered.
func TestSamplesThroughIntake(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "testdata", "samples", "*.eml"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no samples: %v", err)
	}
	st := storetest.Open(t, store.SQLite)
	p := newTestProcessor(t, st)
	p.Parse = Parser(ParseOptions{})
	p.AckInterval = 0 // the samples share a few addresses; the cap is tested elsewhere
	ctx := context.Background()
	cats := map[lead.Category]int{}
	for i, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		before := len(queuedMail(t, st))
		out := process(t, p, uint32(i+1), raw)
		if out.Duplicate || out.MessageID == 0 {
			t.Errorf("%s: not stored: %+v", filepath.Base(f), out)
			continue
		}
		cats[out.Category]++
		m, err := st.GetMessage(ctx, out.MessageID)
		if err != nil {
			t.Fatal(err)
		}
		if string(m.Raw) != string(raw) {
			t.Errorf("%s: stored bytes differ", filepath.Base(f))
		}
		sent := len(queuedMail(t, st)) - before
		switch {
		case out.Failed:
			t.Errorf("%s: parse failed: %s", filepath.Base(f), m.Error.String)
		case out.Category.IsInquiry():
			if out.LeadID == 0 {
				t.Errorf("%s: inquiry without lead", filepath.Base(f))
			}
			if out.NewLead && !out.Acked && out.NoAck == "" {
				t.Errorf("%s: new inquiry neither acknowledged nor explained", filepath.Base(f))
			}
		case out.Category == lead.Unsubscribe:
			if sent > 1 {
				t.Errorf("%s: %d mails for one unsubscribe", filepath.Base(f), sent)
			}
		default:
			if out.LeadID != 0 || sent != 0 {
				t.Errorf("%s (%s): lead %d, %d mails sent; want neither", filepath.Base(f), out.Category, out.LeadID, sent)
			}
		}
		if out.Acked && !strings.Contains(queuedMail(t, st)[before].Subject, Ref(out.LeadID)) {
			t.Errorf("%s: acknowledgement subject lacks the reference", filepath.Base(f))
		}
	}
	t.Logf("%d samples: %v", len(files), cats)
}
