package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/md2-rm/madoguchi/intake"
	"github.com/md2-rm/madoguchi/internal/config"
	"github.com/md2-rm/madoguchi/outbox"
	"github.com/md2-rm/madoguchi/store"
	"github.com/md2-rm/madoguchi/web"
)

// runtime is the running service: configuration, database, job worker and
// web server, shared by serve and demo.
type runtime struct {
	cfg     config.Config
	dataDir string
	log     *slog.Logger
	store   *store.Store
	worker  *store.Worker
	outbox  *outbox.Outbox
	intake  *intake.Processor
	web     *web.Server
	// components run beside the web server and the worker until the context
	// ends (the mailbox watcher, the campaign scheduler, ...).
	components []component
}

// component is a long-running part of the service.
type component struct {
	name string
	run  func(ctx context.Context) error
}

// dsn returns the configured database's DSN, creating the data directory:
// with SQLite and no db.dsn, the database file in it.
func (a *app) dsn(cfg config.Config) (dsn, dataDir string, err error) {
	dataDir, err = a.ensureDataDir()
	if err != nil {
		return "", "", err
	}
	dsn = cfg.DB.DSN.Reveal()
	if cfg.DB.Driver == store.SQLite && dsn == "" {
		dsn = store.SQLitePath(dataDir)
	}
	return dsn, dataDir, nil
}

// openStore opens and migrates the configured database.
func (a *app) openStore(ctx context.Context, cfg config.Config) (*store.Store, string, error) {
	dsn, dataDir, err := a.dsn(cfg)
	if err != nil {
		return nil, "", err
	}
	st, err := store.Open(ctx, cfg.DB.Driver, dsn)
	if err != nil {
		return nil, "", err
	}
	if _, err := st.Migrate(ctx); err != nil {
		st.Close()
		return nil, "", err
	}
	return st, dataDir, nil
}

// openConfigured loads the configuration (with sending, the keys needed to
// send mail are required) and opens and migrates its database, for a
// one-shot command. It returns the data directory too.
func (a *app) openConfigured(ctx context.Context, sending bool) (config.Config, *store.Store, string, error) {
	cfg, err := a.config(sending)
	if err != nil {
		return cfg, nil, "", err
	}
	st, dataDir, err := a.openStore(ctx, cfg)
	return cfg, st, dataDir, err
}

// openConfiguredStore opens and migrates the configured database for a
// one-shot command that needs nothing else of the configuration.
func (a *app) openConfiguredStore(ctx context.Context) (*store.Store, error) {
	_, st, _, err := a.openConfigured(ctx, false)
	return st, err
}

// newRuntime opens the store and builds the worker and web server.
func (a *app) newRuntime(ctx context.Context, cfg config.Config) (*runtime, error) {
	log := a.logger()
	st, dataDir, err := a.openStore(ctx, cfg)
	if err != nil {
		return nil, err
	}
	rt := &runtime{
		cfg:     cfg,
		dataDir: dataDir,
		log:     log,
		store:   st,
		worker:  &store.Worker{Store: st, Log: log.With("component", "jobs"), Handlers: map[string]store.Handler{}},
		web:     web.New(st, log.With("component", "web"), nil),
	}
	rt.outbox = &outbox.Outbox{Store: st, Sender: outbox.NewSMTP(cfg.SMTP), From: cfg.SMTP.From, Log: log.With("component", "outbox")}
	rt.worker.Handlers[outbox.JobKind] = rt.outbox.Handle
	rt.web.Replies = web.OutboxReplies{Outbox: rt.outbox}
	if rt.web.TrustedProxies, err = cfg.HTTP.Proxies(); err != nil {
		st.Close()
		return nil, fmt.Errorf("http.trusted_proxies: %w", err)
	}
	if err := rt.addIntake(); err != nil {
		st.Close()
		return nil, err
	}
	if err := a.addOutreach(rt); err != nil {
		st.Close()
		return nil, err
	}
	if err := rt.addMatching(); err != nil {
		st.Close()
		return nil, err
	}
	return rt, nil
}

// run serves HTTP on addr and runs the worker and every component until ctx
// ends or one of them fails; then it shuts down cleanly.
func (rt *runtime) run(ctx context.Context, addr string, ready func(net.Addr)) error {
	defer rt.store.Close()
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("http.addr %s: %w", addr, err)
	}
	srv := &http.Server{
		Handler:           rt.web,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       60 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       2 * time.Minute,
		BaseContext:       func(net.Listener) context.Context { return ctx },
	}
	g, gctx := errgroup.WithContext(ctx)
	g.Go(func() error {
		rt.log.Info("web server listening", "addr", ln.Addr().String())
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			return fmt.Errorf("web server: %w", err)
		}
		return nil
	})
	g.Go(func() error {
		<-gctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		return srv.Shutdown(sctx)
	})
	g.Go(func() error { return rt.worker.Run(gctx) })
	for _, c := range rt.components {
		g.Go(func() error {
			if err := c.run(gctx); err != nil && gctx.Err() == nil {
				return fmt.Errorf("%s: %w", c.name, err)
			}
			return nil
		})
	}
	if ready != nil {
		ready(ln.Addr())
	}
	err = g.Wait()
	rt.log.Info("stopped")
	return err
}

func runServe(ctx context.Context, a *app, args []string) error {
	fs := a.flags("serve", "serve [--http ADDR]",
		"Run the service: the mailbox watcher, the job workers, the campaign scheduler and the staff web UI.")
	httpAddr := fs.String("http", "", "listen `ADDR` for the web server (default: http.addr from the configuration)")
	if err := a.parseFlags(fs, args); err != nil {
		return err
	}
	cfg, err := a.config(true)
	if err != nil {
		return err
	}
	if *httpAddr != "" {
		cfg.HTTP.Addr = *httpAddr
	}
	rt, err := a.newRuntime(ctx, cfg)
	if err != nil {
		return err
	}
	return rt.run(ctx, cfg.HTTP.Addr, nil)
}

func runMigrate(ctx context.Context, a *app, args []string) error {
	fs := a.flags("migrate", "migrate", "Apply the pending database migrations. Running it again is a no-op.")
	if err := a.parseFlags(fs, args); err != nil {
		return err
	}
	cfg, err := a.config(false)
	if err != nil {
		return err
	}
	dsn, _, err := a.dsn(cfg)
	if err != nil {
		return err
	}
	st, err := store.Open(ctx, cfg.DB.Driver, dsn)
	if err != nil {
		return err
	}
	defer st.Close()
	applied, err := st.Migrate(ctx)
	if err != nil {
		return err
	}
	if len(applied) == 0 {
		fmt.Fprintln(a.stdout, "database is up to date")
		return nil
	}
	for _, m := range applied {
		fmt.Fprintln(a.stdout, "applied", m)
	}
	return nil
}
