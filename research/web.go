package research

import (
	"net/http"
	"time"

	"github.com/md2-rm/madoguchi/store"
	"github.com/md2-rm/madoguchi/web"
)

// Register adds the 調査研究 dashboard (/research, its CSV files and
// stylesheet) to the staff UI, with an entry in the navigation.
func Register(s *web.Server, d *Dashboard) error {
	t, err := s.Templates(templatesFS, "templates/dashboard.html")
	if err != nil {
		return err
	}
	h := &Handler{Dashboard: d, Log: s.Log, Base: "/research"}
	s.Page("GET /research", store.RoleStaff, func(w http.ResponseWriter, r *http.Request, q *web.Request) error {
		p, err := PeriodFromQuery(r.URL.Query(), time.Now())
		if err != nil {
			return web.Errorf(http.StatusBadRequest, "期間の指定が正しくありません（YYYY-MM-DD）。")
		}
		f, err := d.Compute(r.Context(), p)
		if err != nil {
			return err
		}
		return s.Render(w, r, q, http.StatusOK, t, NewView(h.Base, f))
	})
	s.Page("GET /research/{name}", store.RoleStaff, func(w http.ResponseWriter, r *http.Request, q *web.Request) error {
		h.CSV(w, r)
		return nil
	})
	s.Handle("GET /research/dashboard.css", http.HandlerFunc(h.Style))
	s.Nav("調査研究", "/research", store.RoleStaff)
	return nil
}
