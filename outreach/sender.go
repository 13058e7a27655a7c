package outreach

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"os"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/time/rate"

	"github.com/md2-rm/madoguchi/store"
)

// Options tune an Engine.
type Options struct {
	Concurrency   int           // senders, each with its own SMTP connection
	Rate          float64       // mails per second in all, 0 = unlimited
	PerDomainRate float64       // mails per second per recipient domain, 0 = unlimited
	MaxAttempts   int           // attempts per recipient before a 4xx fails it
	RetryBackoff  time.Duration // delay before the first retry; doubles per attempt, at most an hour
	BatchSize     int           // ledger rows claimed at a time
	Lease         time.Duration // how long a run's lease lasts unless renewed
	Owner         string        // lease owner; default host:pid

	Org           Org
	FromAddr      string // header From address (smtp.from)
	BounceDomain  string // domain of the envelope sender bounce+<token>@domain
	BaseURL       string // public URL of the unsubscribe endpoint's server
	UnsubscribeTo string // mailto address in List-Unsubscribe
	DefaultWindow string // send window for campaigns without one
	Location      *time.Location
}

func (o *Options) defaults() {
	if o.Concurrency <= 0 {
		o.Concurrency = 8
	}
	if o.MaxAttempts <= 0 {
		o.MaxAttempts = 5
	}
	if o.RetryBackoff <= 0 {
		o.RetryBackoff = time.Minute
	}
	if o.BatchSize <= 0 {
		o.BatchSize = 500
	}
	if o.Lease <= 0 {
		o.Lease = 30 * time.Second
	}
	if o.Owner == "" {
		host, _ := os.Hostname()
		o.Owner = host + ":" + strconv.Itoa(os.Getpid())
	}
	if o.Location == nil {
		o.Location = time.UTC
	}
	if o.BounceDomain == "" {
		o.BounceDomain = domainOf(o.FromAddr)
	}
}

// Engine sends runs from their ledgers.
type Engine struct {
	Store     *store.Store
	Transport Transport
	Signer    *Signer
	DKIM      *DKIM // nil: unsigned
	Log       *slog.Logger
	Opts      Options
}

// RunResult says how a call to SendRun ended.
type RunResult struct {
	Status string // the run's status afterwards
	Sent   int    // mails accepted by the server during this call
	Failed int
	Retry  int
}

// SendRun sends a run until it is done, paused, cancelled or ctx ends (then
// the mails in flight are finished and recorded, and the rest stay queued).
// A pending run gets its ledger first; rows a crashed sender left in
// sending are sent again.
func (e *Engine) SendRun(ctx context.Context, runID int64) (RunResult, error) {
	o := e.Opts
	o.defaults()
	log := e.Log.With("run", runID)
	// bg carries the work that must finish even when ctx ends: the mails in
	// flight and their ledger updates.
	bg := context.WithoutCancel(ctx)
	if err := acquireLease(ctx, e.Store, runID, o.Owner, o.Lease); err != nil {
		return RunResult{}, err
	}
	defer func() {
		if err := releaseLease(bg, e.Store, runID, o.Owner); err != nil {
			log.Warn("release lease", "err", err)
		}
	}()
	run, err := GetRun(ctx, e.Store.DB, runID)
	if err != nil {
		return RunResult{}, err
	}
	if run.Status == RunPending {
		n, err := BuildLedger(ctx, e.Store, runID)
		if err != nil {
			return RunResult{}, err
		}
		log.Info("ledger written", "recipients", n)
		if run, err = GetRun(ctx, e.Store.DB, runID); err != nil {
			return RunResult{}, err
		}
	}
	if run.Status != RunSending {
		return RunResult{Status: run.Status}, nil
	}
	if n, err := requeueSending(ctx, e.Store, runID); err != nil {
		return RunResult{}, err
	} else if n > 0 {
		log.Warn("resuming after an interrupted send: rows left in sending are sent again", "rows", n)
	}
	camp, err := GetCampaign(ctx, e.Store.DB, run.CampaignID)
	if err != nil {
		return RunResult{}, err
	}
	compiled, err := Compile(Content{Subject: run.Subject, Text: run.BodyText, HTML: run.BodyHTML})
	if err == nil {
		// The configuration may have changed since the campaign was scheduled.
		err = CheckLabels(compiled, o.Org)
	}
	if err != nil {
		note := "paused: " + err.Error()
		if _, uerr := e.Store.DB.ExecContext(bg, e.Store.DB.Rebind(`UPDATE campaign_runs SET status = 'paused', note = ?
			WHERE id = ?`), note, runID); uerr != nil {
			return RunResult{}, errors.Join(err, uerr)
		}
		return RunResult{Status: RunPaused}, fmt.Errorf("outreach: run %d paused: %w", runID, err)
	}
	windowSpec := camp.SendWindow
	if windowSpec == "" {
		windowSpec = o.DefaultWindow
	}
	window, err := ParseWindow(windowSpec, o.Location)
	if err != nil {
		return RunResult{}, fmt.Errorf("outreach: campaign %d: %w", camp.ID, err)
	}
	s := &sendState{e: e, o: o, run: run, compiled: compiled, log: log,
		// Up to two claims' worth: the next claim runs while the senders
		// work through the previous one.
		work:     make(chan Recipient, 2*o.BatchSize),
		results:  make(chan *outcome, o.Concurrency),
		stop:     make(chan struct{}),
		domains:  map[string]*rate.Limiter{},
		serialDB: e.Store.Driver() != store.Postgres,
	}
	if o.Rate > 0 {
		s.global = rate.NewLimiter(rate.Limit(o.Rate), max(1, int(o.Rate/20)))
	}
	return s.send(ctx, bg, window)
}

type sendState struct {
	e        *Engine
	o        Options
	run      *Run
	compiled *Compiled
	log      *slog.Logger

	work     chan Recipient
	results  chan *outcome
	stop     chan struct{} // closed: take no new mail
	stopOnce sync.Once
	inflight atomic.Int64 // rows handed out and not yet recorded
	// writeMu serialises this run's ledger writes (claims and outcome
	// commits) on SQLite, which has one writer at a time; a writer that
	// waits on SQLite's busy handler sleeps for milliseconds. On PostgreSQL
	// a claim runs while outcomes are committed.
	writeMu  sync.Mutex
	serialDB bool

	global  *rate.Limiter
	domMu   sync.Mutex
	domains map[string]*rate.Limiter

	sent, failed, retry atomic.Int64
	fatal               atomic.Pointer[error]
}

func (s *sendState) halt() { s.stopOnce.Do(func() { close(s.stop) }) }

func (s *sendState) stopping() bool {
	select {
	case <-s.stop:
		return true
	default:
		return false
	}
}

// lockWrites takes writeMu where the database needs one writer at a time;
// the returned function releases it.
func (s *sendState) lockWrites() func() {
	if !s.serialDB {
		return func() {}
	}
	s.writeMu.Lock()
	return s.writeMu.Unlock
}

func (s *sendState) setFatal(err error) {
	s.fatal.CompareAndSwap(nil, &err)
	s.halt()
}

func (s *sendState) send(ctx, bg context.Context, window Window) (RunResult, error) {
	var writerWG, workerWG sync.WaitGroup
	writerWG.Add(1)
	go func() {
		defer writerWG.Done()
		s.writer(bg)
	}()
	for i := 0; i < s.o.Concurrency; i++ {
		workerWG.Add(1)
		go func() {
			defer workerWG.Done()
			s.worker(ctx, bg, i)
		}()
	}
	leaseCtx, stopLease := context.WithCancel(bg)
	go s.keepLease(leaseCtx)

	status, derr := s.dispatch(ctx, window)
	s.halt()
	close(s.work)
	workerWG.Wait()
	close(s.results)
	writerWG.Wait()
	stopLease()

	var err error
	res := RunResult{Status: status, Sent: int(s.sent.Load()), Failed: int(s.failed.Load()), Retry: int(s.retry.Load())}
	if p := s.fatal.Load(); p != nil {
		return res, *p
	}
	if derr != nil {
		return res, derr
	}
	switch status {
	case RunDone:
		if err := finishRun(bg, s.e.Store, s.run.ID); err != nil {
			return res, err
		}
		if res.Status, err = s.currentStatus(bg, status); err != nil {
			return res, err
		}
	case RunCancelled:
		// Rows handed back by the senders after the cancellation.
		if _, err := s.e.Store.DB.ExecContext(bg, s.e.Store.DB.Rebind(`UPDATE run_recipients SET state = 'cancelled',
			updated_at = ? WHERE run_id = ? AND state IN ('queued', 'sending')`), store.Now(), s.run.ID); err != nil {
			return res, fmt.Errorf("outreach: cancel rows: %w", err)
		}
	}
	s.log.Info("run stopped", "status", status, "sent", res.Sent, "failed", res.Failed, "retries", res.Retry)
	return res, nil
}

func (s *sendState) keepLease(ctx context.Context) {
	t := time.NewTicker(s.o.Lease / 3)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if err := extendLease(ctx, s.e.Store, s.run.ID, s.o.Owner, s.o.Lease); err != nil && ctx.Err() == nil {
				s.setFatal(err)
				return
			}
		}
	}
}

// dispatch claims ledger rows and hands them to the workers until the run
// is finished or must stop. It returns the run's status.
func (s *sendState) dispatch(ctx context.Context, window Window) (string, error) {
	st := s.e.Store
	var lastCheck time.Time
	status := RunSending
	for {
		if s.stopping() {
			return s.currentStatus(context.WithoutCancel(ctx), status)
		}
		if ctx.Err() != nil {
			return status, nil
		}
		now := time.Now()
		if now.Sub(lastCheck) > 100*time.Millisecond {
			lastCheck = now
			r, err := GetRun(ctx, st.DB, s.run.ID)
			if err != nil {
				if ctx.Err() != nil {
					return status, nil // ended while reading: drain as below
				}
				return status, err
			}
			if r.Status != RunSending {
				return r.Status, nil
			}
		}
		if !window.Open(now) {
			wait := time.Until(window.Next(now))
			s.log.Info("outside the send window: waiting", "until", now.Add(wait).In(s.o.Location).Format(time.DateTime))
			if !sleep(ctx, s.stop, min(wait, time.Minute)) {
				continue
			}
			continue
		}
		if len(s.work) > cap(s.work)/2 {
			sleep(ctx, s.stop, 2*time.Millisecond)
			continue
		}
		unlock := s.lockWrites()
		rows, err := claim(ctx, st, s.run.ID, min(s.o.BatchSize, cap(s.work)-len(s.work)), store.Now())
		unlock()
		if err != nil {
			if ctx.Err() != nil {
				return status, nil
			}
			return status, err
		}
		for _, r := range rows {
			s.inflight.Add(1)
			s.work <- r
		}
		if len(rows) > 0 {
			continue
		}
		if s.inflight.Load() > 0 {
			sleep(ctx, s.stop, 5*time.Millisecond)
			continue
		}
		n, next, err := pendingRows(ctx, st, s.run.ID)
		if err != nil {
			if ctx.Err() != nil {
				return status, nil
			}
			return status, err
		}
		if n == 0 {
			return RunDone, nil
		}
		wait := time.Second
		if next != nil {
			wait = min(max(time.Until(*next), 10*time.Millisecond), time.Second)
		}
		sleep(ctx, s.stop, wait)
	}
}

func (s *sendState) currentStatus(ctx context.Context, fallback string) (string, error) {
	r, err := GetRun(ctx, s.e.Store.DB, s.run.ID)
	if err != nil {
		return fallback, err
	}
	return r.Status, nil
}

// sleep waits d; it returns false when ctx ended or stop was closed.
func sleep(ctx context.Context, stop <-chan struct{}, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-stop:
		return false
	case <-t.C:
		return true
	}
}

// writer records outcomes in batches: one commit for every outcome that
// arrived while the previous commit ran (group commit). One writer with
// large batches costs the database less than several with small ones.
func (s *sendState) writer(ctx context.Context) {
	batch := make([]*outcome, 0, 1024)
	// A commit waits briefly for more outcomes once half the senders have
	// reported: fewer, larger transactions cost less than many small ones.
	gather := max(1, s.o.Concurrency/2)
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	for first := range s.results {
		batch = append(batch[:0], first)
		timer.Reset(time.Millisecond)
	more:
		for len(batch) < cap(batch) {
			if len(batch) >= gather {
				select {
				case o, ok := <-s.results:
					if !ok {
						break more
					}
					batch = append(batch, o)
					continue
				default:
					break more
				}
			}
			select {
			case o, ok := <-s.results:
				if !ok {
					break more
				}
				batch = append(batch, o)
			case <-timer.C:
				break more
			}
		}
		timer.Stop()
		var err error
		for attempt := 0; attempt < 5; attempt++ {
			unlock := s.lockWrites()
			err = commitOutcomes(ctx, s.e.Store, batch)
			unlock()
			if err == nil {
				break
			}
			time.Sleep(time.Duration(attempt+1) * 100 * time.Millisecond)
		}
		if err != nil {
			s.setFatal(err)
		}
		for _, o := range batch {
			o.done <- err
		}
	}
}

// worker sends mail after mail over one connection. It waits for each
// mail's ledger update to be committed before sending the next, so at most
// one accepted mail per worker is unrecorded at any time.
func (s *sendState) worker(ctx, bg context.Context, n int) {
	var conn Conn
	defer func() {
		if conn != nil {
			conn.Close()
		}
	}()
	done := make(chan error, 1)
	out := &outcome{done: done}
	var buf bytes.Buffer
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), uint64(n)))
	dialBackoff := 100 * time.Millisecond
	record := func(o outcome) bool {
		*out = o
		out.done = done
		s.results <- out
		err := <-done
		s.inflight.Add(-1)
		return err == nil
	}
	for r := range s.work {
		if s.stopping() || !s.wait(ctx, r.Email) {
			record(outcome{id: r.ID, kind: outcomeUnclaim})
			continue
		}
		env, err := s.compose(&buf, &r, rng.Uint64())
		if err != nil {
			s.failed.Add(1)
			s.log.Error("render failed", "row", r.ID, "err", err)
			record(outcome{id: r.ID, kind: outcomeFailed, errText: err.Error()})
			continue
		}
		if conn == nil {
			conn, err = s.e.Transport.Dial(bg)
			if err != nil {
				s.log.Warn("cannot reach the mail server", "err", err)
				record(outcome{id: r.ID, kind: outcomeUnclaim})
				sleep(ctx, s.stop, dialBackoff)
				dialBackoff = min(2*dialBackoff, 30*time.Second)
				continue
			}
			dialBackoff = 100 * time.Millisecond
		}
		sendCtx, cancel := context.WithTimeout(bg, 2*time.Minute)
		err = conn.Send(sendCtx, env.From, env.To, env.Data)
		cancel()
		if err == nil {
			s.sent.Add(1)
			if !record(outcome{id: r.ID, kind: outcomeSent}) {
				return
			}
			continue
		}
		code, temporary, reuse := classify(err)
		if !reuse {
			conn.Close()
			conn = nil
		}
		if temporary && r.Attempts < s.o.MaxAttempts {
			s.retry.Add(1)
			backoff := min(s.o.RetryBackoff<<(r.Attempts-1), time.Hour)
			backoff += time.Duration(rng.Int64N(int64(backoff)/5 + 1))
			record(outcome{id: r.ID, kind: outcomeRetry, code: code, errText: err.Error(), nextAt: store.Now().Add(backoff)})
			continue
		}
		s.failed.Add(1)
		record(outcome{id: r.ID, kind: outcomeFailed, code: code, errText: err.Error()})
	}
}

// wait applies the global and per-domain rates; false means stop.
func (s *sendState) wait(ctx context.Context, addr string) bool {
	if s.global == nil && s.o.PerDomainRate <= 0 {
		return true
	}
	stopCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	go func() {
		select {
		case <-s.stop:
			cancel()
		case <-stopCtx.Done():
		}
	}()
	if s.global != nil {
		if err := s.global.Wait(stopCtx); err != nil {
			return false
		}
	}
	if s.o.PerDomainRate > 0 {
		d := domainOf(addr)
		s.domMu.Lock()
		l, ok := s.domains[d]
		if !ok {
			l = rate.NewLimiter(rate.Limit(s.o.PerDomainRate), 1)
			s.domains[d] = l
		}
		s.domMu.Unlock()
		if err := l.Wait(stopCtx); err != nil {
			return false
		}
	}
	return true
}

// compose renders, encodes and signs one recipient's mail.
func (s *sendState) compose(buf *bytes.Buffer, r *Recipient, nonce uint64) (*Envelope, error) {
	token := s.e.Signer.UnsubscribeToken(r.SubscriberID, r.Email)
	d := &Data{Name: r.Name, Organization: r.Organization, Prefecture: r.Prefecture, Email: r.Email,
		Kind: r.Kind, Basis: r.Basis, UnsubscribeURL: UnsubscribeURL(s.o.BaseURL, token), Org: s.o.Org}
	rendered, err := s.compiled.Render(d)
	if err != nil {
		return nil, err
	}
	domain := domainOf(s.o.FromAddr)
	h := &Header{
		FromName: s.o.Org.Name, FromAddr: s.o.FromAddr, To: r.Email,
		MessageID:      messageID(s.run.ID, r.ID, r.Attempts, nonce, domain),
		Date:           time.Now(),
		UnsubscribeURL: d.UnsubscribeURL, UnsubscribeTo: s.o.UnsubscribeTo, UnsubscribeKey: token,
		ListID:      "campaign-" + strconv.FormatInt(s.run.CampaignID, 10) + "." + domain,
		LedgerToken: s.e.Signer.LedgerToken(r.ID),
	}
	// The envelope sender carries the same token (Signer.BounceAddress).
	bounce := "bounce+" + h.LedgerToken + "@" + s.o.BounceDomain
	Compose(buf, h, &rendered, "=_m"+strconv.FormatUint(nonce, 36))
	data := buf.Bytes()
	if s.e.DKIM != nil {
		signed, err := s.e.DKIM.Sign(data)
		if err != nil {
			return nil, err
		}
		data = signed
	}
	return &Envelope{From: bounce, To: r.Email, MessageID: h.MessageID, Data: data}, nil
}

// UnsubscribeURL is the link for a token under the public base URL.
func UnsubscribeURL(baseURL, token string) string {
	for len(baseURL) > 0 && baseURL[len(baseURL)-1] == '/' {
		baseURL = baseURL[:len(baseURL)-1]
	}
	return baseURL + "/u/" + token
}
