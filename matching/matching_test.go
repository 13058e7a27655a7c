package matching

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/md2-rm/madoguchi/internal/lead"
	"github.com/md2-rm/madoguchi/internal/vocab"
)

func newMatcher(t testing.TB) *Matcher {
	t.Helper()
	m, err := New(vocab.Load(), DefaultWeights())
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func doctor(id int64, spec, pref string, emp ...string) Profile {
	return Profile{ID: id, Category: lead.Doctor, Label: fmt.Sprintf("医師%d", id),
		Specialties: list(spec), Prefectures: list(pref), Employment: emp}
}

func post(id int64, spec, pref string, emp ...string) Profile {
	return Profile{ID: id, Category: lead.Hospital, Label: fmt.Sprintf("病院%d", id),
		Specialties: list(spec), Prefectures: list(pref), Employment: emp}
}

func list(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, ",")
}

func ids(ss []Suggestion) []int64 {
	out := make([]int64, len(ss))
	for i, s := range ss {
		out[i] = s.Candidate.ID
	}
	return out
}

func TestRankPhysician(t *testing.T) {
	m := newMatcher(t)
	tests := []struct {
		name    string
		subject Profile
		pool    []Profile
		want    []int64
	}{
		{
			name:    "same specialty and prefecture first, then neighbour, then region, then far",
			subject: doctor(1, "整形外科", "長野県", lead.FullTime),
			pool: []Profile{
				post(10, "整形外科", "鹿児島県", lead.FullTime), // far
				post(11, "整形外科", "愛知県", lead.FullTime),  // neighbour of 長野県
				post(12, "整形外科", "長野県", lead.FullTime),  // same
				post(13, "整形外科", "福井県", lead.FullTime),  // same region (中部), not a neighbour
			},
			want: []int64{12, 11, 13, 10},
		},
		{
			name:    "a neighbouring prefecture above a distant one with the same specialty",
			subject: doctor(1, "内科", "岐阜県", lead.PartTime),
			pool: []Profile{
				post(20, "内科", "北海道", lead.PartTime),
				post(21, "内科", "長野県", lead.PartTime),
			},
			want: []int64{21, 20},
		},
		{
			name:    "a full-time post is not offered to someone who wants only spot work",
			subject: doctor(1, "麻酔科", "東京都", lead.Spot),
			pool: []Profile{
				post(30, "麻酔科", "東京都", lead.FullTime),
				post(31, "麻酔科", "東京都", lead.PartTime),
				post(32, "麻酔科", "埼玉県", lead.Spot),
				post(33, "眼科", "沖縄県", lead.Spot),
			},
			want: []int64{32, 33},
		},
		{
			name:    "specialty: same above broad above group above general above different",
			subject: doctor(1, "総合診療科", "", lead.FullTime),
			pool: []Profile{
				post(40, "眼科", "", lead.FullTime),    // 外科系: general fit only
				post(41, "循環器内科", "", lead.FullTime), // 内科系: broad fit
				post(42, "総合診療科", "", lead.FullTime), // same
				post(43, "放射線科", "", lead.FullTime),  // その他: general fit
				post(44, "", "", lead.FullTime),      // not stated
			},
			want: []int64{42, 41, 40, 43, 44},
		},
		{
			name:    "the same specialty far away above a related one in the same prefecture",
			subject: doctor(1, "整形外科", "島根県", lead.FullTime),
			pool: []Profile{
				post(60, "眼科", "島根県", lead.FullTime),   // 外科系, same prefecture
				post(61, "整形外科", "岐阜県", lead.FullTime), // same specialty, far
			},
			want: []int64{61, 60},
		},
		{
			name:    "a hospital ranks physicians; other hospitals are left out",
			subject: post(1, "整形外科", "長野県", lead.FullTime),
			pool: []Profile{
				doctor(50, "整形外科", "沖縄県", lead.FullTime),
				doctor(51, "整形外科", "全国", lead.FullTime),
				doctor(52, "整形外科", "長野県", lead.FullTime, lead.PartTime),
				post(53, "整形外科", "長野県", lead.FullTime),
				doctor(54, "整形外科", "長野県", lead.Spot),
			},
			want: []int64{52, 51, 50},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ids(m.Rank(tt.subject, m.NewPool(tt.pool), 0))
			if !slices.Equal(got, tt.want) {
				t.Errorf("order = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestRankLimitAndTies(t *testing.T) {
	m := newMatcher(t)
	pool := m.NewPool([]Profile{
		post(9, "外科", "大阪府"), post(3, "外科", "大阪府"), post(5, "外科", "大阪府"),
	})
	got := ids(m.Rank(doctor(1, "外科", "大阪府"), pool, 2))
	if want := []int64{3, 5}; !slices.Equal(got, want) {
		t.Errorf("order = %v, want %v", got, want)
	}
}

func TestExplain(t *testing.T) {
	m := newMatcher(t)
	w := DefaultWeights()
	withStart := func(p Profile, start string, days int) Profile {
		p.Start, p.DaysPerWeek = start, days
		return p
	}
	tests := []struct {
		name      string
		d, h      Profile
		wantOK    bool
		wantScore int
		wantText  []string
	}{
		{
			name:      "perfect",
			d:         withStart(doctor(1, "整形外科", "長野県", lead.FullTime), "2026-04", 5),
			h:         withStart(post(2, "整形外科", "長野県", lead.FullTime), "2026-04-01", 5),
			wantOK:    true,
			wantScore: w.Max(),
			wantText:  []string{"診療科が一致: 整形外科", "都道府県が一致: 長野県", "勤務形態が一致: 常勤", "開始時期が近い: 2026-04 ↔ 2026-04（0か月差）", "勤務日数が合う: 希望 週5日 / 募集 週5日"},
		},
		{
			name:      "neighbour",
			d:         doctor(1, "外科", "岐阜県", lead.PartTime),
			h:         post(2, "整形外科", "長野県", lead.PartTime),
			wantOK:    true,
			wantScore: w.SpecialtyGroup + w.PlaceNeighbor + w.EmploymentSame + w.StartUnknown + w.DaysUnknown,
			wantText:  []string{"隣県: 岐阜県 ↔ 長野県", "同じ系統（外科系）: 外科 ↔ 整形外科", "開始時期の指定なし（双方）"},
		},
		{
			name:     "spot only against full time",
			d:        doctor(1, "麻酔科", "東京都", lead.Spot),
			h:        post(2, "麻酔科", "東京都", lead.FullTime),
			wantOK:   false,
			wantText: []string{"勤務形態が合わない: 希望 スポット / 募集 常勤"},
		},
		{
			name:      "more than asked, far, late, too few days",
			d:         withStart(doctor(1, "眼科", "北海道", lead.FullTime), "2026-01", 1),
			h:         withStart(post(2, "皮膚科", "沖縄県", lead.PartTime), "2027-01", 3),
			wantOK:    true,
			wantScore: w.EmploymentMore,
			wantText:  []string{"診療科が異なる: 眼科 ↔ 皮膚科", "地域が離れている: 北海道 ↔ 沖縄県", "募集以上の勤務が可能: 希望 常勤 / 募集 非常勤", "開始時期が離れている", "勤務日数が不足: 希望 週1日 / 募集 週3日"},
		},
		{
			name:      "nationwide and same region",
			d:         doctor(1, "内科", "全国"),
			h:         post(2, "小児科", "高知県"),
			wantOK:    true,
			wantScore: w.SpecialtyBroad + w.PlaceNationwide + w.EmploymentUnknown + w.StartUnknown + w.DaysUnknown,
			wantText:  []string{"幅広く対応: 内科 ↔ 小児科", "全国可: 全国 ↔ 高知県", "勤務形態の指定なし（双方）"},
		},
		{
			name:      "same region",
			d:         withStart(doctor(1, "", "香川県"), "2026-04", 0),
			h:         withStart(post(2, "眼科", "高知県"), "2026-08", 2),
			wantOK:    true,
			wantScore: w.SpecialtyUnknown + w.PlaceRegion + w.EmploymentUnknown + w.StartSoon + w.DaysUnknown,
			wantText:  []string{"同じ地方（四国）: 香川県 ↔ 高知県", "診療科の指定なし（医師側）", "勤務日数の指定なし（医師側）", "（4か月差）"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			score, reasons, ok := m.Explain(tt.d, tt.h)
			if ok != tt.wantOK {
				t.Fatalf("ok = %v, want %v", ok, tt.wantOK)
			}
			if ok && score != tt.wantScore {
				t.Errorf("score = %d, want %d", score, tt.wantScore)
			}
			sum := 0
			var texts []string
			for _, r := range reasons {
				sum += r.Points
				texts = append(texts, r.Text)
			}
			if ok && sum != score {
				t.Errorf("reasons add up to %d, score is %d", sum, score)
			}
			all := strings.Join(texts, "\n")
			for _, want := range tt.wantText {
				if !strings.Contains(all, want) {
					t.Errorf("reasons lack %q:\n%s", want, all)
				}
			}
		})
	}
}

func TestMatrixAgreesWithRank(t *testing.T) {
	m := newMatcher(t)
	docs, posts := synthetic(200, 300, 1)
	dp, pp := m.NewPool(docs), m.NewPool(posts)
	got, err := m.Matrix(context.Background(), dp, pp, 5)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(docs) {
		t.Fatalf("%d rows, want %d", len(got), len(docs))
	}
	for i, d := range docs {
		want := m.Rank(d, pp, 5)
		if len(got[i]) != len(want) {
			t.Fatalf("physician %d: %d suggestions, want %d", d.ID, len(got[i]), len(want))
		}
		for j := range want {
			if got[i][j].Score != want[j].Score || got[i][j].ID != want[j].Candidate.ID {
				t.Fatalf("physician %d #%d: matrix %v, rank %d/%d", d.ID, j, got[i][j], want[j].Candidate.ID, want[j].Score)
			}
		}
	}
}

func TestMatrixCancelled(t *testing.T) {
	m := newMatcher(t)
	docs, posts := synthetic(1000, 10, 2)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := m.Matrix(ctx, m.NewPool(docs), m.NewPool(posts), 3); err == nil {
		t.Fatal("no error on a cancelled context")
	}
}

func TestPointsAgree(t *testing.T) {
	m := newMatcher(t)
	docs, posts := synthetic(300, 300, 5)
	dp, pp := m.NewPool(docs), m.NewPool(posts)
	excluded := 0
	for i := range dp.comp {
		for j := range pp.comp {
			o := m.evaluate(&dp.comp[i], &pp.comp[j])
			want := o.score
			if o.emp == kExcluded {
				want = -1
				excluded++
			}
			if got := m.points(&dp.comp[i], &pp.comp[j]); got != want {
				t.Fatalf("%+v × %+v: points %d, evaluate %d", docs[i], posts[j], got, want)
			}
		}
	}
	if excluded == 0 {
		t.Error("no excluded pair in the sample: the test does not cover exclusion")
	}
}
