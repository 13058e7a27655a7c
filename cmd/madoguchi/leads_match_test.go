package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/md2-rm/madoguchi/internal/lead"
	"github.com/md2-rm/madoguchi/store"
)

// seedCLI migrates a data directory and adds leads to it, returning their ids.
func seedCLI(t *testing.T, dir string, leads []lead.Fields) []int64 {
	t.Helper()
	if code, _, stderr := runCLI(t, nil, "migrate", "--data", dir); code != 0 {
		t.Fatalf("migrate: %s", stderr)
	}
	ctx := context.Background()
	st, err := store.Open(ctx, store.SQLite, store.SQLitePath(dir))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var ids []int64
	for _, f := range leads {
		l := store.LeadFromFields(f)
		l.CreatedAt = time.Date(2026, 5, 10, 3, 0, 0, 0, time.UTC)
		id, err := st.CreateLead(ctx, st.DB, &l)
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	return ids
}

func fields(cat lead.Category, org, spec, pref string, emp ...string) lead.Fields {
	f := lead.Fields{Category: &cat, Specialties: []string{spec}, Prefectures: []string{pref}, Employment: emp}
	if org != "" {
		f.Organization = &org
	}
	return f
}

func TestLeadsMatchAndStats(t *testing.T) {
	dir := t.TempDir()
	ids := seedCLI(t, dir, []lead.Fields{
		fields(lead.Doctor, "", "整形外科", "岐阜県", lead.FullTime),
		fields(lead.Hospital, "遠方病院", "整形外科", "沖縄県", lead.FullTime),
		fields(lead.Hospital, "隣県病院", "整形外科", "長野県", lead.FullTime),
		fields(lead.Hospital, "地元病院", "整形外科", "岐阜県", lead.FullTime),
	})
	doc := strconv.FormatInt(ids[0], 10)

	code, out, stderr := runCLI(t, nil, "leads", "match", "--data", dir, doc)
	if code != 0 {
		t.Fatalf("leads match: exit %d: %s", code, stderr)
	}
	i1, i2, i3 := strings.Index(out, "地元病院"), strings.Index(out, "隣県病院"), strings.Index(out, "遠方病院")
	if i1 < 0 || i2 < 0 || i3 < 0 || !(i1 < i2 && i2 < i3) {
		t.Errorf("order is not 地元, 隣県, 遠方:\n%s", out)
	}
	for _, want := range []string{"診療科が一致: 整形外科", "隣県: 岐阜県 ↔ 長野県", "都道府県が一致: 岐阜県"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}

	code, out, stderr = runCLI(t, nil, "leads", "match", "--data", dir, "--json", "--limit", "2", doc)
	if code != 0 {
		t.Fatalf("leads match --json: exit %d: %s", code, stderr)
	}
	var rows []struct {
		LeadID int64 `json:"lead_id"`
		Score  int   `json:"score"`
	}
	if err := json.Unmarshal([]byte(out), &rows); err != nil {
		t.Fatalf("%v:\n%s", err, out)
	}
	if len(rows) != 2 || rows[0].LeadID != ids[3] || rows[1].LeadID != ids[2] || rows[0].Score <= rows[1].Score {
		t.Errorf("json rows %+v", rows)
	}

	for _, args := range [][]string{{"leads", "match", "--data", dir}, {"leads", "match", "--data", dir, "x"}} {
		if code, _, _ := runCLI(t, nil, args...); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
	if code, _, _ := runCLI(t, nil, "leads", "match", "--data", dir, "999"); code != 1 {
		t.Errorf("unknown lead: exit %d, want 1", code)
	}

	csvDir := filepath.Join(dir, "csv")
	code, out, stderr = runCLI(t, nil, "leads", "stats", "--data", dir, "--from", "2026-05-01", "--to", "2026-05-31", "--csv", csvDir)
	if code != 0 {
		t.Fatalf("leads stats: exit %d: %s", code, stderr)
	}
	for _, want := range []string{"2026-05-01 – 2026-05-31", "# 都道府県別の問い合わせ", "# 診療科別の需給", "# 問い合わせから成約まで", "# 初回返信までの時間", "# キャンペーン配信の推移"} {
		if !strings.Contains(out, want) {
			t.Errorf("stats lack %q:\n%s", want, out)
		}
	}
	b, err := os.ReadFile(filepath.Join(csvDir, "specialties.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), "整形外科,外科系,1,3,-2") {
		t.Errorf("specialties.csv lacks 整形外科 1 supply 3 demand:\n%s", b)
	}
	code, out, _ = runCLI(t, nil, "leads", "stats", "--data", dir, "--from", "2026-06-01", "--to", "2026-06-30", "--csv", csvDir)
	if code != 0 {
		t.Fatal("leads stats for June failed")
	}
	b, _ = os.ReadFile(filepath.Join(csvDir, "specialties.csv"))
	if !strings.Contains(string(b), "整形外科,外科系,0,0,0") {
		t.Errorf("June has no leads, yet:\n%s", b)
	}
	if code, _, _ := runCLI(t, nil, "leads", "stats", "--data", dir, "--from", "May"); code != 2 {
		t.Errorf("bad date: exit %d, want 2", code)
	}
}
