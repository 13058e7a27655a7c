package intake

import (
	"context"
	"crypto/rand"
	"crypto/tls"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math"
	mrand "math/rand/v2"
	"net"
	"runtime"
	"slices"
	"sync"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"golang.org/x/sync/errgroup"

	"github.com/md2-rm/madoguchi/internal/config"
	"github.com/md2-rm/madoguchi/store"
)

// MailboxConfig says which mailbox to watch and how.
type MailboxConfig struct {
	Addr               string
	TLS                string // tls | starttls | none
	AllowInsecure      bool
	InsecureSkipVerify bool
	Username           string
	Password           string
	Mailbox            string
	ProcessedMailbox   string // "": processed mail is only flagged
	FailedMailbox      string // "": failed mail is only flagged
	PollInterval       time.Duration
	IDLE               bool
	BatchSize          int
	MaxMessageSize     int64
	CommandTimeout     time.Duration // default 2 min; a command without answer by then drops the connection
	IdleRestart        time.Duration // default and maximum 29 min
	LeaseTTL           time.Duration // default 20 s
	ReconnectBase      time.Duration // first reconnect delay, doubled per failure; default 1 s
	// UnreadableAfter is how many times fetching one mail may fail before it
	// is recorded as unreadable and skipped (E2); default 3.
	UnreadableAfter int
	// TLSConfig overrides the TLS configuration (tests).
	TLSConfig *tls.Config
}

// MailboxConfigFrom takes the watcher's settings from the configuration.
func MailboxConfigFrom(c config.Config) MailboxConfig {
	return MailboxConfig{
		Addr: c.IMAP.Addr, TLS: c.IMAP.TLS, AllowInsecure: c.IMAP.AllowInsecure,
		InsecureSkipVerify: c.IMAP.InsecureSkipVerify, Username: c.IMAP.Username, Password: c.IMAP.Password.Reveal(),
		Mailbox: c.IMAP.Mailbox, ProcessedMailbox: c.IMAP.ProcessedMailbox, FailedMailbox: c.IMAP.FailedMailbox,
		PollInterval: c.IMAP.PollInterval.Duration, IDLE: c.IMAP.IDLE,
		BatchSize: c.Intake.BatchSize, MaxMessageSize: c.Intake.MaxMessageSize,
	}
}

// processedFlag marks mail in flag-only mode.
const processedFlag = imap.Flag("$MadoguchiProcessed")

// Watcher watches one mailbox and feeds every new mail to the processor,
// then moves it out of the way. Only the holder of the mailbox's lease in
// the database watches, so several machines may run one each.
type Watcher struct {
	Config    MailboxConfig
	Processor *Processor
	Store     *store.Store
	Log       *slog.Logger
	// Holder names this process in the lease (default: random).
	Holder string
	// Processed, when set, is called after each mail's transaction commits.
	Processed func(Outcome)

	// After a batch failed to fetch, mail up to narrowUntil is fetched one
	// at a time, and fetchFailures counts the failures of single mails, so
	// that one mail whose response cannot be read does not block the rest.
	narrowUntil   uint32
	fetchFailures map[uint32]int
}

func (w *Watcher) log() *slog.Logger {
	if w.Log == nil {
		return slog.New(slog.DiscardHandler)
	}
	return w.Log
}

// account names the mailbox's account in the stored state.
func (w *Watcher) account() string { return w.Config.Username + "@" + w.Config.Addr }

func (w *Watcher) leaseName() string { return "imap:" + w.account() + "/" + w.Config.Mailbox }

// Check refuses settings that would send the password in clear.
func (c MailboxConfig) Check() error {
	host, _, err := net.SplitHostPort(c.Addr)
	if err != nil {
		return fmt.Errorf("imap.addr %q: %w", c.Addr, err)
	}
	switch c.TLS {
	case "tls", "starttls":
	case "none":
		if !c.AllowInsecure && !config.IsLoopback(host) {
			return fmt.Errorf("imap.tls = \"none\" to %s sends the password in clear; set imap.allow_insecure = true to allow it", host)
		}
	default:
		return fmt.Errorf("imap.tls: unknown mode %q", c.TLS)
	}
	return nil
}

// Run watches the mailbox until ctx ends. Errors are logged and followed by
// a reconnect after an exponential backoff with jitter.
func (w *Watcher) Run(ctx context.Context) error {
	if err := w.Config.Check(); err != nil {
		return err
	}
	if w.Holder == "" {
		b := make([]byte, 8)
		_, _ = rand.Read(b)
		w.Holder = hex.EncodeToString(b)
	}
	ttl := w.Config.LeaseTTL
	if ttl <= 0 {
		ttl = 20 * time.Second
	}
	failures := 0
	waiting := false
	for ctx.Err() == nil {
		got, err := w.Store.AcquireLease(ctx, w.leaseName(), w.Holder, ttl)
		if err != nil {
			w.log().Warn("mailbox lease", "err", err)
		}
		if !got {
			if !waiting {
				w.log().Info("another process holds the mailbox; standing by", "mailbox", w.Config.Mailbox)
				waiting = true
			}
			if !sleep(ctx, ttl/4) {
				break
			}
			continue
		}
		waiting = false
		start := time.Now()
		err = w.holding(ctx, ttl)
		if ctx.Err() != nil {
			break
		}
		if time.Since(start) > 5*time.Minute {
			failures = 0
		}
		failures++
		d := reconnectDelay(w.Config.ReconnectBase, failures)
		w.log().Warn("mailbox connection ended; reconnecting", "err", err, "in", d.Round(time.Millisecond))
		if !sleep(ctx, d) {
			break
		}
	}
	rctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_ = w.Store.ReleaseLease(rctx, w.leaseName(), w.Holder)
	return nil
}

// holding runs one session while renewing the lease; losing the lease ends
// the session.
func (w *Watcher) holding(ctx context.Context, ttl time.Duration) error {
	sctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(ttl / 4)
		defer t.Stop()
		renewed := time.Now()
		for {
			select {
			case <-sctx.Done():
				return
			case <-t.C:
				got, err := w.Store.AcquireLease(sctx, w.leaseName(), w.Holder, ttl)
				switch {
				case err == nil && !got:
					cancel(errors.New("mailbox lease lost"))
					return
				case err == nil:
					renewed = time.Now()
				case time.Since(renewed) > ttl/2:
					// Another process may take the mailbox once the
					// lease runs out: stop well before that.
					cancel(fmt.Errorf("mailbox lease not renewed for %s: %w", time.Since(renewed).Round(time.Millisecond), err))
					return
				}
			}
		}
	}()
	err := w.session(sctx)
	cancel(nil)
	wg.Wait()
	if cause := context.Cause(sctx); err == nil || (cause != nil && !errors.Is(cause, context.Canceled)) {
		err = cause
	}
	return err
}

// reconnectDelay is the backoff after n failures in a row: base (default
// 1 s) doubled per failure, at most 5 min, with ±25% jitter.
func reconnectDelay(base time.Duration, n int) time.Duration {
	if base <= 0 {
		base = time.Second
	}
	d := time.Duration(float64(base) * math.Pow(2, float64(max(n-1, 0))))
	if d > 5*time.Minute || d <= 0 {
		d = 5 * time.Minute
	}
	return time.Duration(float64(d) * (0.75 + 0.5*mrand.Float64()))
}

func sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}

// conn is one IMAP connection with a per-command deadline.
type conn struct {
	c       *imapclient.Client
	timeout time.Duration
}

// do runs a command; when it has no answer within the timeout or the
// context ends, the connection is closed, which ends the command.
func (cn *conn) do(ctx context.Context, what string, fn func() error) error {
	t := time.AfterFunc(cn.timeout, func() { cn.c.Close() })
	stop := context.AfterFunc(ctx, func() { cn.c.Close() })
	err := fn()
	timedOut := !t.Stop()
	stop()
	if err != nil {
		if timedOut {
			return fmt.Errorf("imap %s: no answer within %s: %w", what, cn.timeout, err)
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return fmt.Errorf("imap %s: %w", what, err)
	}
	return nil
}

func (w *Watcher) dial(ctx context.Context, notify chan<- struct{}) (*conn, error) {
	cfg := w.Config
	host, _, _ := net.SplitHostPort(cfg.Addr)
	tlsConfig := cfg.TLSConfig
	if tlsConfig == nil {
		tlsConfig = &tls.Config{ServerName: host, InsecureSkipVerify: cfg.InsecureSkipVerify, MinVersion: tls.VersionTLS12}
	}
	opts := &imapclient.Options{
		TLSConfig: tlsConfig,
		Dialer:    &net.Dialer{Timeout: 30 * time.Second},
		UnilateralDataHandler: &imapclient.UnilateralDataHandler{
			// Called on the client's reading goroutine: never block, never
			// call the client.
			Mailbox: func(d *imapclient.UnilateralDataMailbox) {
				if d.NumMessages != nil {
					select {
					case notify <- struct{}{}:
					default:
					}
				}
			},
		},
	}
	var c *imapclient.Client
	var err error
	switch cfg.TLS {
	case "tls":
		c, err = imapclient.DialTLS(cfg.Addr, opts)
	case "starttls":
		c, err = imapclient.DialStartTLS(cfg.Addr, opts)
	default:
		c, err = imapclient.DialInsecure(cfg.Addr, opts)
	}
	if err != nil {
		return nil, fmt.Errorf("imap connect %s: %w", cfg.Addr, err)
	}
	timeout := cfg.CommandTimeout
	if timeout <= 0 {
		timeout = 2 * time.Minute
	}
	cn := &conn{c: c, timeout: timeout}
	if err := cn.do(ctx, "greeting", c.WaitGreeting); err != nil {
		c.Close()
		return nil, err
	}
	if err := cn.do(ctx, "login", func() error { return c.Login(cfg.Username, cfg.Password).Wait() }); err != nil {
		c.Close()
		return nil, err
	}
	return cn, nil
}

// session is one connection: select, drain, wait for news, drain, ...
func (w *Watcher) session(ctx context.Context) error {
	cfg := w.Config
	notify := make(chan struct{}, 1)
	cn, err := w.dial(ctx, notify)
	if err != nil {
		return err
	}
	defer cn.c.Close()
	c := cn.c
	if err := w.ensureMailboxes(ctx, cn); err != nil {
		return err
	}
	var sel *imap.SelectData
	if err := cn.do(ctx, "select", func() (err error) {
		sel, err = c.Select(cfg.Mailbox, nil).Wait()
		return err
	}); err != nil {
		return err
	}
	st, err := w.Store.GetIMAPState(ctx, w.account(), cfg.Mailbox)
	if err != nil {
		return err
	}
	if st == nil || st.UIDValidity != sel.UIDValidity {
		if st != nil {
			// C1/C3: every UID changed meaning. Mail is read again from the
			// start; what was stored already is recognised by its bytes.
			w.log().Warn("UIDVALIDITY changed; reading the mailbox again", "mailbox", cfg.Mailbox,
				"old", st.UIDValidity, "new", sel.UIDValidity)
		}
		st = &store.IMAPState{Account: w.account(), Mailbox: cfg.Mailbox, UIDValidity: sel.UIDValidity}
		if err := w.Store.PutIMAPState(ctx, w.Store.DB, *st); err != nil {
			return err
		}
	}
	w.log().Info("watching mailbox", "mailbox", cfg.Mailbox, "uidvalidity", st.UIDValidity, "last_uid", st.LastUID,
		"idle", cfg.IDLE && c.Caps().Has(imap.CapIdle))
	restart := cfg.IdleRestart
	if restart <= 0 || restart > 29*time.Minute {
		restart = 29 * time.Minute
	}
	for {
		if err := w.drain(ctx, cn, st); err != nil {
			return err
		}
		if cfg.IDLE && c.Caps().Has(imap.CapIdle) {
			if err := w.idle(ctx, cn, notify, min(restart, max(cfg.PollInterval, 30*time.Second))); err != nil {
				return err
			}
			continue
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(cfg.PollInterval):
		}
		if err := cn.do(ctx, "noop", func() error { return c.Noop().Wait() }); err != nil {
			return err
		}
	}
}

// idle waits in IDLE until the server reports mail, or for at most d, after
// which the caller looks anyway (and a dead connection shows itself).
func (w *Watcher) idle(ctx context.Context, cn *conn, notify <-chan struct{}, d time.Duration) error {
	var cmd *imapclient.IdleCommand
	if err := cn.do(ctx, "idle", func() (err error) {
		cmd, err = cn.c.Idle()
		return err
	}); err != nil {
		return err
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-notify:
	case <-t.C:
	}
	err := cn.do(ctx, "idle done", func() error {
		if err := cmd.Close(); err != nil {
			return err
		}
		return cmd.Wait()
	})
	if ctx.Err() != nil {
		return ctx.Err()
	}
	return err
}

// ensureMailboxes creates the processed and failed mailboxes when missing.
func (w *Watcher) ensureMailboxes(ctx context.Context, cn *conn) error {
	var have []*imap.ListData
	if err := cn.do(ctx, "list", func() (err error) {
		have, err = cn.c.List("", "*", nil).Collect()
		return err
	}); err != nil {
		return err
	}
	exists := map[string]bool{}
	for _, m := range have {
		exists[m.Mailbox] = true
	}
	if !exists[w.Config.Mailbox] && w.Config.Mailbox != "INBOX" {
		return fmt.Errorf("imap.mailbox %q does not exist", w.Config.Mailbox)
	}
	for _, name := range []string{w.Config.ProcessedMailbox, w.Config.FailedMailbox} {
		if name == "" || exists[name] {
			continue
		}
		if err := cn.do(ctx, "create "+name, func() error { return cn.c.Create(name, nil).Wait() }); err != nil {
			return err
		}
		exists[name] = true
		w.log().Info("created mailbox", "mailbox", name)
	}
	return nil
}

// drain stores every mail newer than the last stored UID, batch after batch
// until none is left (C5), and moves stored mail out of the mailbox.
func (w *Watcher) drain(ctx context.Context, cn *conn, st *store.IMAPState) error {
	if err := w.moveLeftovers(ctx, cn, st); err != nil {
		return err
	}
	batch := w.Config.BatchSize
	if batch <= 0 {
		batch = 50
	}
	for {
		var found *imap.SearchData
		crit := &imap.SearchCriteria{UID: []imap.UIDSet{{imap.UIDRange{Start: imap.UID(st.LastUID + 1), Stop: 0}}}}
		if err := cn.do(ctx, "search", func() (err error) {
			found, err = cn.c.UIDSearch(crit, nil).Wait()
			return err
		}); err != nil {
			return err
		}
		var uids []imap.UID
		for _, u := range found.AllUIDs() {
			// "n:*" includes the last message even when it is older than n.
			if uint32(u) > st.LastUID {
				uids = append(uids, u)
			}
		}
		if len(uids) == 0 {
			return nil
		}
		slices.Sort(uids)
		size := batch
		if st.LastUID < w.narrowUntil {
			size = 1
		}
		if len(uids) > size {
			uids = uids[:size]
		}
		if err := w.batch(ctx, cn, st, uids); err != nil {
			return err
		}
	}
}

// batch fetches, stores and moves one batch of mail.
func (w *Watcher) batch(ctx context.Context, cn *conn, st *store.IMAPState, uids []imap.UID) error {
	cfg := w.Config
	set := imap.UIDSetNum(uids...)
	var sizes []*imapclient.FetchMessageBuffer
	if err := cn.do(ctx, "fetch sizes", func() (err error) {
		sizes, err = cn.c.Fetch(set, &imap.FetchOptions{UID: true, RFC822Size: true}).Collect()
		return err
	}); err != nil {
		return err
	}
	size := map[imap.UID]int64{}
	var small, large []imap.UID
	for _, m := range sizes {
		size[m.UID] = m.RFC822Size
		if cfg.MaxMessageSize > 0 && m.RFC822Size > cfg.MaxMessageSize {
			large = append(large, m.UID)
		} else {
			small = append(small, m.UID)
		}
	}
	raw := map[imap.UID][]byte{}
	fetch := func(list []imap.UID, section *imap.FetchItemBodySection) error {
		if len(list) == 0 {
			return nil // an empty UID set drops some servers' connection
		}
		return cn.do(ctx, "fetch", func() error {
			cmd := cn.c.Fetch(imap.UIDSetNum(list...), &imap.FetchOptions{
				UID: true, BodySection: []*imap.FetchItemBodySection{section},
			})
			// Read every literal to its end here, so that nothing is left
			// for the library to discard behind our back.
			for msg := cmd.Next(); msg != nil; msg = cmd.Next() {
				var uid imap.UID
				var body []byte
				for item := msg.Next(); item != nil; item = msg.Next() {
					switch item := item.(type) {
					case imapclient.FetchItemDataUID:
						uid = item.UID
					case imapclient.FetchItemDataBodySection:
						if item.Literal == nil {
							continue
						}
						b, err := io.ReadAll(item.Literal)
						if err == nil && int64(len(b)) != item.Literal.Size() {
							// The connection broke inside the literal.
							err = io.ErrUnexpectedEOF
						}
						if err != nil {
							cn.c.Close()
							return fmt.Errorf("uid %d: %w", uid, err)
						}
						body = b
					}
				}
				if uid != 0 && body != nil {
					raw[uid] = body
				}
			}
			return cmd.Close()
		})
	}
	err := fetch(small, &imap.FetchItemBodySection{Peek: true})
	if err == nil {
		err = fetch(large, &imap.FetchItemBodySection{Specifier: imap.PartSpecifierHeader, Peek: true})
	}
	if err != nil && ctx.Err() == nil {
		if len(uids) > 1 {
			// Find the mail that fails: one at a time up to the batch's end.
			w.narrowUntil = uint32(uids[len(uids)-1])
			return err
		}
		if w.fetchFailures == nil {
			w.fetchFailures = map[uint32]int{}
		}
		uid := uint32(uids[0])
		w.fetchFailures[uid]++
		limit := cfg.UnreadableAfter
		if limit <= 0 {
			limit = 3
		}
		if w.fetchFailures[uid] < limit {
			return err
		}
		// E2: record the mail as unreadable and go on with the others.
		delete(w.fetchFailures, uid)
		w.log().Error("mail cannot be fetched; recorded as unreadable and skipped", "uid", uid, "err", err)
		raw[uids[0]] = []byte(fmt.Sprintf("X-Madoguchi-Unreadable: %s/%d/%d\r\n\r\n", cfg.Mailbox, st.UIDValidity, uid))
		size[uids[0]] = -1
	} else if err != nil {
		return err
	}
	// Parse the batch on every core, then commit in UID order.
	prepared := make([]*Prepared, len(uids))
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(runtime.GOMAXPROCS(0))
	for i, uid := range uids {
		body, ok := raw[uid]
		if !ok {
			continue
		}
		g.Go(func() (err error) {
			in := Incoming{Mailbox: cfg.Mailbox, UIDValidity: st.UIDValidity, UID: uint32(uid), Raw: body, Size: size[uid]}
			prepared[i], err = w.Processor.Prepare(gctx, in)
			return err
		})
	}
	if err := g.Wait(); err != nil {
		return err
	}
	targets := map[string][]imap.UID{}
	for i, uid := range uids {
		if prepared[i] == nil {
			// Expunged by someone else meanwhile: nothing to store.
			st.LastUID = max(st.LastUID, uint32(uid))
			continue
		}
		next := *st
		next.LastUID = uint32(uid)
		out, err := w.Processor.Commit(ctx, prepared[i], func(q store.Execer) error {
			return w.Store.PutIMAPState(ctx, q, next)
		})
		prepared[i] = nil
		if err != nil {
			return err
		}
		*st = next
		if out.Failed {
			w.log().Warn("mail not parsed; kept for staff", "uid", uid, "message", out.MessageID)
			targets[cfg.FailedMailbox] = append(targets[cfg.FailedMailbox], uid)
		} else {
			targets[cfg.ProcessedMailbox] = append(targets[cfg.ProcessedMailbox], uid)
		}
		if w.Processed != nil {
			w.Processed(out)
		}
	}
	for target, list := range targets {
		if err := w.move(ctx, cn, st, list, target); err != nil {
			return err
		}
	}
	return nil
}

// moveLeftovers moves mail that was stored but is still in the mailbox (the
// process stopped between the commit and the move).
func (w *Watcher) moveLeftovers(ctx context.Context, cn *conn, st *store.IMAPState) error {
	if st.LastUID == 0 || (w.Config.ProcessedMailbox == "" && w.Config.FailedMailbox == "") {
		return nil
	}
	var found *imap.SearchData
	crit := &imap.SearchCriteria{
		UID:     []imap.UIDSet{{imap.UIDRange{Start: 1, Stop: imap.UID(st.LastUID)}}},
		NotFlag: []imap.Flag{imap.FlagDeleted, processedFlag},
	}
	if err := cn.do(ctx, "search", func() (err error) {
		found, err = cn.c.UIDSearch(crit, nil).Wait()
		return err
	}); err != nil {
		return err
	}
	var uids []uint32
	present := map[uint32]bool{}
	for _, u := range found.AllUIDs() {
		if uint32(u) <= st.LastUID {
			uids = append(uids, uint32(u))
			present[uint32(u)] = true
		}
	}
	// Mail recorded as not yet moved that is gone from the mailbox was moved
	// just before the process stopped: record it.
	pending, err := w.Store.PendingMoves(ctx, w.Config.Mailbox, st.UIDValidity, 100000)
	if err != nil {
		return err
	}
	var gone []uint32
	for _, p := range pending {
		if !present[p.UID] {
			gone = append(gone, p.UID)
		}
	}
	if err := w.Store.MarkMoved(ctx, w.Config.Mailbox, st.UIDValidity, gone); err != nil {
		return err
	}
	if len(uids) == 0 {
		return nil
	}
	stored, err := w.Store.StoredTargets(ctx, w.Config.Mailbox, st.UIDValidity, uids)
	if err != nil {
		return err
	}
	targets := map[string][]imap.UID{}
	for _, u := range uids {
		target := w.Config.ProcessedMailbox // a duplicate of stored mail
		if stored[u] == "failed" {
			target = w.Config.FailedMailbox
		}
		targets[target] = append(targets[target], imap.UID(u))
	}
	for target, list := range targets {
		if err := w.move(ctx, cn, st, list, target); err != nil {
			return err
		}
	}
	return nil
}

// move takes stored mail out of the watched mailbox: MOVE; else COPY, flag
// \Deleted and UID EXPUNGE of exactly these UIDs; without UIDPLUS the mail
// is only flagged (a plain EXPUNGE would remove other clients' deleted
// mail). With no target mailbox configured the mail is only flagged.
func (w *Watcher) move(ctx context.Context, cn *conn, st *store.IMAPState, uids []imap.UID, target string) error {
	if len(uids) == 0 {
		return nil
	}
	set := imap.UIDSetNum(uids...)
	c := cn.c
	flag := func(flags ...imap.Flag) error {
		return cn.do(ctx, "store", func() error {
			return c.Store(set, &imap.StoreFlags{Op: imap.StoreFlagsAdd, Silent: true, Flags: flags}, nil).Close()
		})
	}
	switch {
	case target == "":
		if err := flag(processedFlag); err != nil {
			return err
		}
	case c.Caps().Has(imap.CapMove) || c.Caps().Has(imap.CapIMAP4rev2):
		if err := cn.do(ctx, "move", func() error {
			_, err := c.Move(set, target).Wait()
			return err
		}); err != nil {
			return err
		}
	default:
		if err := cn.do(ctx, "copy", func() error {
			_, err := c.Copy(set, target).Wait()
			return err
		}); err != nil {
			return err
		}
		if c.Caps().Has(imap.CapUIDPlus) {
			if err := flag(imap.FlagDeleted); err != nil {
				return err
			}
			if err := cn.do(ctx, "uid expunge", func() error { return c.UIDExpunge(set).Close() }); err != nil {
				return err
			}
		} else if err := flag(processedFlag); err != nil {
			return err
		}
	}
	u32 := make([]uint32, len(uids))
	for i, u := range uids {
		u32[i] = uint32(u)
	}
	return w.Store.MarkMoved(ctx, w.Config.Mailbox, st.UIDValidity, u32)
}
