package web

import (
	"net/http"
	"net/url"

	"github.com/md2-rm/madoguchi/store"
)

func urlQueryEscape(s string) string { return url.QueryEscape(s) }

// routes registers the staff UI.
func (s *Server) routes() {
	s.handle("GET /static/", "", s.static())
	s.handle("GET /login", "", http.HandlerFunc(s.loginPage))
	s.handle("POST /login", "", http.MaxBytesHandler(http.HandlerFunc(s.login), 64<<10))
	s.Page("POST /logout", store.RoleStaff, s.logout)

	s.Page("GET /{$}", store.RoleStaff, s.inbox)
	s.Page("GET /leads.csv", store.RoleStaff, s.exportCSV)
	s.Page("GET /leads/{id}", store.RoleStaff, s.leadPage)
	s.Page("POST /leads/{id}/fields", store.RoleStaff, s.editFields)
	s.Page("POST /leads/{id}/status", store.RoleStaff, s.setStatus)
	s.Page("POST /leads/{id}/assign", store.RoleStaff, s.assign)
	s.Page("POST /leads/{id}/notes", store.RoleStaff, s.editNotes)
	s.Page("POST /leads/{id}/reminder", store.RoleStaff, s.addReminder)
	s.Page("POST /leads/{id}/reply", store.RoleStaff, s.reply)

	s.Page("GET /mail/failed", store.RoleStaff, s.failedMail)
	s.Page("GET /mail/{id}", store.RoleStaff, s.mailPage)
	s.Page("GET /mail/{id}/raw", store.RoleStaff, s.mailRaw)
	s.Page("GET /mail/{id}/html", store.RoleStaff, s.mailHTML)
	s.Page("GET /mail/{id}/attachments/{n}", store.RoleStaff, s.mailAttachment)

	s.Page("GET /followups", store.RoleStaff, s.followUps)
	s.Page("POST /followups/{id}/done", store.RoleStaff, s.followUpDone)
	s.Page("POST /followups/{id}/snooze", store.RoleStaff, s.followUpSnooze)
	s.Page("POST /jobs/{id}/retry", store.RoleStaff, s.retryJob)

	s.Page("GET /admin/users", store.RoleAdmin, s.usersPage)
	s.Page("POST /admin/users", store.RoleAdmin, s.addUser)
	s.Page("POST /admin/users/{id}/disable", store.RoleAdmin, s.disableUser)
	s.Page("GET /admin/audit", store.RoleAdmin, s.auditPage)

	s.Nav("受信一覧", "/", store.RoleStaff)
	s.Nav("要対応", "/followups", store.RoleStaff)
	s.Nav("解析失敗", "/mail/failed", store.RoleStaff)
	s.Nav("ユーザー", "/admin/users", store.RoleAdmin)
	s.Nav("監査ログ", "/admin/audit", store.RoleAdmin)
}
