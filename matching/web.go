package matching

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/md2-rm/madoguchi/store"
	"github.com/md2-rm/madoguchi/web"
)

// Register adds the matching page of a lead (/leads/{id}/match) and its
// forms to the staff UI.
func Register(s *web.Server, svc *Service) error {
	fsys, pattern := PageTemplates()
	t, err := s.Templates(fsys, pattern)
	if err != nil {
		return err
	}
	s.Page("GET /leads/{id}/match", store.RoleStaff, func(w http.ResponseWriter, r *http.Request, q *web.Request) error {
		id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
		if err != nil || id <= 0 {
			return store.ErrNotFound
		}
		v, err := svc.View(r.Context(), id, 30)
		if err != nil {
			return userError(err)
		}
		// The page shows the lead and its candidates: personal data.
		s.Audit(r, q, store.AuditView, "lead", id, "matching")
		return s.Render(w, r, q, http.StatusOK, t, v)
	})
	// form answers a form of the page; objectType names what the path's id
	// is, for the audit log.
	form := func(objectType string, h func(*http.Request, Actor) (string, string, error)) web.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request, q *web.Request) error {
			to, notice, err := h(r, q.Actor())
			if err != nil {
				return userError(err)
			}
			id, _ := strconv.ParseInt(r.PathValue("id"), 10, 64)
			s.Audit(r, q, store.AuditEdit, objectType, id, strings.TrimPrefix(r.URL.Path, "/"))
			web.Redirect(w, r, to, notice)
			return nil
		}
	}
	s.Page("POST /leads/{id}/proposals", store.RoleStaff, form("lead", svc.HandlePropose))
	s.Page("POST /proposals/{id}/{status}", store.RoleStaff, form("proposal", svc.HandleTransition))
	return nil
}

// userError turns the workflow's errors into what staff see; other errors
// stay as they are (logged, shown as 500).
func userError(err error) error {
	if code, msg, ok := UserMessage(err); ok {
		return web.Errorf(code, "%s", msg)
	}
	return err
}
