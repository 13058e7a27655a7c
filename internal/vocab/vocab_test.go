package vocab

import "testing"

func TestLoad(t *testing.T) {
	v := Load()
	tests := []struct {
		name string
		got  bool
	}{
		{"47 prefectures", len(v.Prefectures) == 47},
		{"Tokyo known", func() bool { p, ok := v.Prefecture("東京都"); return ok && p.Region == "関東" }()},
		{"Gifu and Nagano are neighbours", v.Neighbors("岐阜県", "長野県") && v.Neighbors("長野県", "岐阜県")},
		{"Hokkaido has no neighbour", !v.Neighbors("北海道", "青森県")},
		{"orthopaedics is surgical", func() bool { s, ok := v.Specialty("整形外科"); return ok && s.Group == "外科系" }()},
		{"Shikoku has four prefectures", func() bool {
			for _, r := range v.Regions {
				if r.Name == "四国" {
					return len(r.Prefectures) == 4
				}
			}
			return false
		}()},
	}
	for _, tt := range tests {
		if !tt.got {
			t.Errorf("%s: false", tt.name)
		}
	}
}

func TestNeighboursSymmetric(t *testing.T) {
	v := Load()
	for _, p := range v.Prefectures {
		for _, n := range p.Neighbors {
			if !v.Neighbors(n, p.Name) {
				t.Errorf("%s lists %s as neighbour but not the reverse", p.Name, n)
			}
		}
	}
}
