// Package web serves the staff UI, the health check and the metrics.
package web

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/netip"
	"slices"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/md2-rm/madoguchi/store"
)

// Server is the HTTP side of madoguchi: the staff UI, the health check and
// the metrics.
type Server struct {
	Store    *store.Store
	Log      *slog.Logger
	Registry *prometheus.Registry
	mux      *http.ServeMux

	// Decode turns a stored mail's raw bytes into readable text for the lead
	// page. Set it before serving; the default is DecodeMail.
	Decode DecodeFunc
	// Replies sends staff replies through the job queue; nil hides the reply
	// form.
	Replies ReplySender
	// SessionTTL is how long a session lives without activity (default 12 h).
	SessionTTL time.Duration
	// FollowUpKinds are the job kind prefixes listed on the follow-up page.
	FollowUpKinds []string
	// TrustedProxies are the reverse proxies whose X-Forwarded-For names the
	// client; from any other peer the header is ignored. Empty: none.
	TrustedProxies []netip.Prefix

	ui         *ui
	limiter    *loginLimiter
	registered []Route
}

// Route is a pattern registered on the server and the role it requires:
// store.RoleStaff or store.RoleAdmin for pages (Page), "" for handlers that
// run without a session (Handle, the sign-in, health, metrics and static
// files).
type Route struct {
	Pattern string
	Role    string
}

// Routes lists every registered pattern with its role, in the order of
// registration, so that a test can check that none is left open by mistake.
func (s *Server) Routes() []Route { return slices.Clone(s.registered) }

// handle registers h for pattern and records it with role.
func (s *Server) handle(pattern, role string, h http.Handler) {
	s.mux.Handle(pattern, h)
	s.registered = append(s.registered, Route{Pattern: pattern, Role: role})
}

// New builds the server and its routes. reg may be nil; then a new registry
// with the Go and process collectors is made.
func New(st *store.Store, log *slog.Logger, reg *prometheus.Registry) *Server {
	if reg == nil {
		reg = prometheus.NewRegistry()
		reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	}
	reg.MustRegister(&jobCollector{st: st, log: log})
	s := &Server{
		Store: st, Log: log, Registry: reg, mux: http.NewServeMux(),
		Decode:        DecodeMail,
		SessionTTL:    12 * time.Hour,
		FollowUpKinds: []string{"reminder.", "followup.", "intake.review_reminder", "intake.inquirer_followup"},
		limiter:       newLoginLimiter(),
	}
	s.handle("GET /healthz", "", http.HandlerFunc(s.healthz))
	s.handle("GET /metrics", "", promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))
	s.ui = newUI()
	s.routes()
	return s
}

// Handle registers a handler on the server's mux as it is: no session, no
// security headers. Staff pages use Page or Action instead.
func (s *Server) Handle(pattern string, h http.Handler) { s.handle(pattern, "", h) }

// ServeHTTP implements http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	setSecurityHeaders(w.Header())
	if secure(r) {
		// Browsers that reached us over TLS keep to it for a year (the
		// header is ignored on plain HTTP).
		w.Header().Set("Strict-Transport-Security", "max-age=31536000")
	}
	s.mux.ServeHTTP(w, r)
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	if err := s.Store.Ping(ctx); err != nil {
		s.Log.Error("health check: database unreachable", "err", err)
		w.WriteHeader(http.StatusServiceUnavailable)
		_ = json.NewEncoder(w).Encode(map[string]string{"status": "error", "db": "unreachable"})
		return
	}
	_ = json.NewEncoder(w).Encode(map[string]string{"status": "ok", "db": "ok"})
}

// jobCollector reports the job queue's size per state at scrape time.
type jobCollector struct {
	st  *store.Store
	log *slog.Logger
}

var jobsDesc = prometheus.NewDesc("madoguchi_jobs", "Jobs in the queue by state.", []string{"state"}, nil)

func (c *jobCollector) Describe(ch chan<- *prometheus.Desc) { ch <- jobsDesc }

func (c *jobCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	counts, err := c.st.JobCounts(ctx)
	if err != nil {
		c.log.Warn("metrics: job counts", "err", err)
		return
	}
	for _, state := range []string{store.JobQueued, store.JobRunning, store.JobDone, store.JobDead} {
		ch <- prometheus.MustNewConstMetric(jobsDesc, prometheus.GaugeValue, float64(counts[state]), state)
	}
}
