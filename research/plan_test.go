package research

import (
	"strings"
	"testing"
	"time"

	"github.com/md2-rm/madoguchi/internal/vocab"
	"github.com/md2-rm/madoguchi/store"
	"github.com/md2-rm/madoguchi/store/storetest"
)

// TestCountsReadAnIndex checks on SQLite that the counts per prefecture and
// per specialty read a covering index, not every lead with its body.
func TestCountsReadAnIndex(t *testing.T) {
	st := storetest.Open(t, store.SQLite)
	d := &Dashboard{Store: st, Vocab: vocab.Load()}
	for _, col := range []string{"prefectures", "specialties"} {
		rows, err := st.DB.Query(`EXPLAIN QUERY PLAN `+d.elementsQuery(col), "doctor", "hospital", time.Now(), time.Now())
		if err != nil {
			t.Fatal(err)
		}
		var plan []string
		for rows.Next() {
			var id, parent, notused int
			var detail string
			if err := rows.Scan(&id, &parent, &notused, &detail); err != nil {
				t.Fatal(err)
			}
			plan = append(plan, detail)
		}
		rows.Close()
		if !strings.Contains(strings.Join(plan, "\n"), "COVERING INDEX") {
			t.Errorf("%s counted from the rows:\n%s", col, strings.Join(plan, "\n"))
		}
	}
}
