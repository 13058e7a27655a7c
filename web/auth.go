package web

import (
	"crypto/subtle"
	"database/sql"
	"errors"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/md2-rm/madoguchi/store"
)

const (
	sessionCookie   = "madoguchi_session"
	loginCSRFCookie = "madoguchi_login"
	// maxFormBytes bounds the body of a form sent to a staff page.
	maxFormBytes = 1 << 20
	// touchEvery limits how often a session's expiry is moved forward.
	touchEvery = 5 * time.Minute
)

// secure reports whether the request reached us over TLS, directly or
// through a proxy that says so.
func secure(r *http.Request) bool {
	return r.TLS != nil || strings.EqualFold(r.Header.Get("X-Forwarded-Proto"), "https")
}

// remoteAddr is the peer's address without the port.
func remoteAddr(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// clientAddr is the address of the client behind the request: the peer's,
// or, when the peer is one of TrustedProxies, the nearest address in
// X-Forwarded-For that is not a trusted proxy. Sign-in limits and the audit
// log use it.
func (s *Server) clientAddr(r *http.Request) string {
	peer := remoteAddr(r)
	if a, err := netip.ParseAddr(peer); err != nil || !s.trusted(a) {
		return peer
	}
	hops := strings.Split(strings.Join(r.Header.Values("X-Forwarded-For"), ","), ",")
	for i := len(hops) - 1; i >= 0; i-- {
		a, err := netip.ParseAddr(strings.TrimSpace(hops[i]))
		if err != nil {
			return peer // a malformed chain names nobody
		}
		if !s.trusted(a) {
			return a.Unmap().String()
		}
	}
	return peer
}

func (s *Server) trusted(a netip.Addr) bool {
	a = a.Unmap()
	for _, p := range s.TrustedProxies {
		if p.Contains(a) {
			return true
		}
	}
	return false
}

func (s *Server) setCookie(w http.ResponseWriter, r *http.Request, name, value string, maxAge int) {
	http.SetCookie(w, &http.Cookie{
		Name: name, Value: value, Path: "/", MaxAge: maxAge,
		HttpOnly: true, SameSite: http.SameSiteLaxMode, Secure: secure(r),
	})
}

// session returns the request's live session, or nil.
func (s *Server) session(r *http.Request) (*store.SessionUser, error) {
	c, err := r.Cookie(sessionCookie)
	if err != nil || c.Value == "" {
		return nil, nil
	}
	su, err := s.Store.SessionByToken(r.Context(), c.Value)
	if errors.Is(err, store.ErrNotFound) {
		return nil, nil
	}
	return su, err
}

// authenticated wraps a handler with the session, role and CSRF checks.
func (s *Server) authenticated(role string, h HandlerFunc) http.Handler {
	if role != store.RoleAdmin && role != store.RoleStaff {
		panic("web: page role must be admin or staff, not " + role)
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		su, err := s.session(r)
		if err != nil {
			s.fail(w, r, nil, err)
			return
		}
		if su == nil {
			if r.Method == http.MethodGet || r.Method == http.MethodHead {
				http.Redirect(w, r, "/login?next="+urlQueryEscape(r.URL.RequestURI()), http.StatusSeeOther)
				return
			}
			s.fail(w, r, nil, Errorf(http.StatusUnauthorized, "ログインしてください。"))
			return
		}
		q := &Request{User: &su.User, Session: &su.Session, CSRF: su.CSRFToken}
		if time.Since(su.LastSeenAt) > touchEvery {
			if err := s.Store.TouchSession(r.Context(), su.IDHash, store.Now().Add(s.SessionTTL)); err != nil {
				s.Log.Warn("session touch failed", "err", err)
			}
		}
		if role == store.RoleAdmin && su.User.Role != store.RoleAdmin {
			s.fail(w, r, q, Errorf(http.StatusForbidden, "この画面は管理者だけが使えます。"))
			return
		}
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			r.Body = http.MaxBytesReader(w, r.Body, maxFormBytes)
			if !validCSRF(r, su.CSRFToken) {
				s.fail(w, r, q, Errorf(http.StatusForbidden, "フォームの有効期限が切れました。画面を読み込み直してください。"))
				return
			}
		}
		if err := h(w, r, q); err != nil {
			s.fail(w, r, q, err)
		}
	})
}

// validCSRF checks the form's token against want in constant time.
func validCSRF(r *http.Request, want string) bool {
	got := r.Header.Get("X-CSRF-Token")
	if got == "" {
		if strings.HasPrefix(r.Header.Get("Content-Type"), "multipart/form-data") {
			_ = r.ParseMultipartForm(maxFormBytes)
		}
		got = r.PostFormValue("csrf")
	}
	return want != "" && subtle.ConstantTimeCompare([]byte(got), []byte(want)) == 1
}

// loginLimiter counts failed sign-ins per account and per address in this
// process's memory, in fixed windows. (A restart forgets the counts; several
// processes each count their own.)
type loginLimiter struct {
	mu         sync.Mutex
	window     time.Duration
	perAccount int
	perAddr    int
	failures   map[string]*failWindow
	now        func() time.Time
}

type failWindow struct {
	start time.Time
	n     int
}

func newLoginLimiter() *loginLimiter {
	return &loginLimiter{window: 15 * time.Minute, perAccount: 5, perAddr: 20,
		failures: map[string]*failWindow{}, now: time.Now}
}

func (l *loginLimiter) count(key string, now time.Time) int {
	fw := l.failures[key]
	if fw == nil || now.Sub(fw.start) > l.window {
		return 0
	}
	return fw.n
}

// allowed reports whether another attempt for the account from addr may be
// checked.
func (l *loginLimiter) allowed(account, addr string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	return l.count("u:"+strings.ToLower(account), now) < l.perAccount && l.count("a:"+addr, now) < l.perAddr
}

// failed records a failed attempt.
func (l *loginLimiter) failed(account, addr string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	if len(l.failures) > 100_000 {
		for k, fw := range l.failures {
			if now.Sub(fw.start) > l.window {
				delete(l.failures, k)
			}
		}
	}
	for _, key := range []string{"u:" + strings.ToLower(account), "a:" + addr} {
		fw := l.failures[key]
		if fw == nil || now.Sub(fw.start) > l.window {
			fw = &failWindow{start: now}
			l.failures[key] = fw
		}
		fw.n++
	}
}

// succeeded clears the account's failures.
func (l *loginLimiter) succeeded(account string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	delete(l.failures, "u:"+strings.ToLower(account))
}

type loginData struct {
	CSRF     string
	Next     string
	Username string
	Error    string
}

func (s *Server) loginPage(w http.ResponseWriter, r *http.Request) {
	if su, err := s.session(r); err == nil && su != nil {
		next := safeNext(r.URL.Query().Get("next"))
		if next == "" {
			next = "/"
		}
		http.Redirect(w, r, next, http.StatusSeeOther)
		return
	}
	s.showLogin(w, r, http.StatusOK, loginData{Next: safeNext(r.URL.Query().Get("next"))})
}

func (s *Server) showLogin(w http.ResponseWriter, r *http.Request, status int, d loginData) {
	d.CSRF = store.RandomToken(24)
	s.setCookie(w, r, loginCSRFCookie, d.CSRF, 3600)
	if err := s.Render(w, r, nil, status, s.ui.pages["login"], d); err != nil {
		s.Log.Error("login page", "err", err)
	}
}

func (s *Server) login(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	username := strings.TrimSpace(r.PostFormValue("username"))
	password := r.PostFormValue("password")
	d := loginData{Next: safeNext(r.PostFormValue("next")), Username: username}
	c, err := r.Cookie(loginCSRFCookie)
	if err != nil || c.Value == "" || subtle.ConstantTimeCompare([]byte(c.Value), []byte(r.PostFormValue("csrf"))) != 1 {
		d.Error = "フォームの有効期限が切れました。もう一度お試しください。"
		s.showLogin(w, r, http.StatusForbidden, d)
		return
	}
	addr := s.clientAddr(r)
	if !s.limiter.allowed(username, addr) {
		s.Log.Warn("sign-in throttled")
		d.Error = "ログインの試行が多すぎます。しばらくしてからお試しください。"
		s.showLogin(w, r, http.StatusTooManyRequests, d)
		return
	}
	u, err := s.Store.UserByName(ctx, username)
	if err != nil && !errors.Is(err, store.ErrNotFound) {
		s.fail(w, r, nil, err)
		return
	}
	if u == nil {
		store.CheckNoPassword(password)
	}
	if u == nil || u.Disabled || !u.CheckPassword(password) {
		s.limiter.failed(username, addr)
		entry := store.AuditEntry{Actor: username, Action: store.AuditLoginBad, RemoteAddr: addr}
		if u != nil {
			entry.UserID = sql.NullInt64{Int64: u.ID, Valid: true}
		}
		if err := s.Store.Audit(ctx, s.Store.DB, entry); err != nil {
			s.Log.Error("audit", "err", err)
		}
		d.Error = "ユーザー名またはパスワードが違います。"
		s.showLogin(w, r, http.StatusUnauthorized, d)
		return
	}
	s.limiter.succeeded(username)
	// A session the browser brought along ends here: the new one gets a
	// token of its own, so no token known before signing in stays valid.
	if c, err := r.Cookie(sessionCookie); err == nil && c.Value != "" {
		if err := s.Store.DeleteSessionToken(ctx, c.Value); err != nil {
			s.fail(w, r, nil, err)
			return
		}
	}
	if _, err := s.Store.DeleteExpiredSessions(ctx); err != nil {
		s.Log.Warn("expired sessions not removed", "err", err)
	}
	token, _, err := s.Store.CreateSession(ctx, u.ID, addr, r.UserAgent(), store.Now().Add(s.SessionTTL))
	if err != nil {
		s.fail(w, r, nil, err)
		return
	}
	if err := s.Store.Audit(ctx, s.Store.DB, store.AuditEntry{UserID: sql.NullInt64{Int64: u.ID, Valid: true},
		Actor: u.Username, Action: store.AuditLogin, RemoteAddr: addr}); err != nil {
		s.Log.Error("audit", "err", err)
	}
	s.setCookie(w, r, loginCSRFCookie, "", -1)
	s.setCookie(w, r, sessionCookie, token, 0)
	next := d.Next
	if next == "" {
		next = "/"
	}
	http.Redirect(w, r, next, http.StatusSeeOther)
}

func (s *Server) logout(w http.ResponseWriter, r *http.Request, q *Request) error {
	if err := s.Store.DeleteSession(r.Context(), q.Session.IDHash); err != nil {
		return err
	}
	s.Audit(r, q, store.AuditLogout, "", 0, "")
	s.setCookie(w, r, sessionCookie, "", -1)
	http.Redirect(w, r, "/login", http.StatusSeeOther)
	return nil
}

// safeNext keeps only local paths as the place to go after signing in.
// Browsers drop tabs and newlines from a URL and read a backslash as a
// slash, so "/\t/evil.example" or "/\\evil.example" would lead elsewhere:
// such characters are refused anywhere in the path.
func safeNext(next string) string {
	if !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") {
		return ""
	}
	if strings.ContainsFunc(next, func(r rune) bool { return r == '\\' || unicode.IsControl(r) }) {
		return ""
	}
	u, err := url.Parse(next)
	if err != nil || u.Scheme != "" || u.Host != "" || u.User != nil || !strings.HasPrefix(u.Path, "/") {
		return ""
	}
	return next
}

// Audit records in the audit log what the signed-in user did (an action of
// store.AuditView, AuditEdit, …) to an object (e.g. "lead" and its id). Pages
// added from other packages call it when they show or change personal data.
// A failure is logged, not shown.
func (s *Server) Audit(r *http.Request, q *Request, action, objectType string, objectID int64, detail string) {
	e := store.AuditEntry{Actor: q.User.Username, UserID: sql.NullInt64{Int64: q.User.ID, Valid: true},
		Action: action, ObjectType: objectType, Detail: detail, RemoteAddr: s.clientAddr(r)}
	if objectID != 0 {
		e.ObjectID = sql.NullInt64{Int64: objectID, Valid: true}
	}
	if err := s.Store.Audit(r.Context(), s.Store.DB, e); err != nil {
		s.Log.Error("audit", "action", action, "err", err)
	}
}
