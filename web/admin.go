package web

import (
	"context"
	"errors"
	"net/http"
	"strconv"

	"github.com/md2-rm/madoguchi/store"
)

// EnsureUser creates the account when it does not exist, or sets its
// password and role when it does (for demos and first start).
func EnsureUser(ctx context.Context, st *store.Store, username, password, role string) error {
	_, err := st.CreateUser(ctx, username, password, role)
	if err == nil {
		return nil
	}
	if !errors.Is(err, store.ErrUserExists) {
		return err
	}
	if err := st.SetPassword(ctx, username, password); err != nil {
		return err
	}
	_, err = st.DB.ExecContext(ctx, st.DB.Rebind(`UPDATE users SET role = ?, disabled = ? WHERE username = ?`), role, false, username)
	return err
}

type usersData struct {
	Users []store.User
	Error string
}

func (s *Server) usersPage(w http.ResponseWriter, r *http.Request, q *Request) error {
	users, err := s.Store.Users(r.Context())
	if err != nil {
		return err
	}
	return s.render(w, r, q, "users", usersData{Users: users})
}

func (s *Server) addUser(w http.ResponseWriter, r *http.Request, q *Request) error {
	username := r.PostFormValue("username")
	role := r.PostFormValue("role")
	password := r.PostFormValue("password")
	err := store.CheckPasswordPolicy(password)
	if err == nil {
		_, err = s.Store.CreateUser(r.Context(), username, password, role)
	}
	if err != nil {
		users, uerr := s.Store.Users(r.Context())
		if uerr != nil {
			return uerr
		}
		msg := "ユーザーを追加できませんでした（ユーザー名、役割、10文字以上のパスワードを確認してください）。"
		if errors.Is(err, store.ErrUserExists) {
			msg = "そのユーザー名は使われています。"
		}
		return s.Render(w, r, q, http.StatusBadRequest, s.ui.pages["users"], usersData{Users: users, Error: msg})
	}
	s.Audit(r, q, store.AuditUser, "user", 0, "add "+username+" "+role)
	Redirect(w, r, "/admin/users", "ユーザーを追加しました")
	return nil
}

func (s *Server) disableUser(w http.ResponseWriter, r *http.Request, q *Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	disable := r.PostFormValue("disabled") == "1"
	if id == q.User.ID && disable {
		return Errorf(http.StatusBadRequest, "自分自身は無効にできません。")
	}
	if err := s.Store.SetUserDisabled(r.Context(), id, disable); err != nil {
		return err
	}
	s.Audit(r, q, store.AuditUser, "user", id, "disabled="+strconv.FormatBool(disable))
	Redirect(w, r, "/admin/users", "更新しました")
	return nil
}

type auditData struct {
	Entries []store.AuditEntry
	Page    int
	PrevURL string
	NextURL string
}

func (s *Server) auditPage(w http.ResponseWriter, r *http.Request, q *Request) error {
	page, _ := strconv.Atoi(r.URL.Query().Get("page"))
	page = max(page, 1)
	entries, err := s.Store.AuditLog(r.Context(), store.AuditFilter{Limit: 100, Offset: (page - 1) * 100})
	if err != nil {
		return err
	}
	d := auditData{Entries: entries, Page: page}
	if page > 1 {
		d.PrevURL = "/admin/audit?page=" + strconv.Itoa(page-1)
	}
	if len(entries) == 100 {
		d.NextURL = "/admin/audit?page=" + strconv.Itoa(page+1)
	}
	return s.render(w, r, q, "audit", d)
}
