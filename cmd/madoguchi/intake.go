package main

import (
	"context"

	"github.com/md2-rm/madoguchi/intake"
)

// addIntake registers the intake's job handlers and, when a mailbox is
// configured, runs the mailbox watcher as a component.
func (rt *runtime) addIntake() error {
	p, err := intake.NewProcessor(rt.cfg, rt.store, rt.outbox, rt.log.With("component", "intake"))
	if err != nil {
		return err
	}
	p.Register(rt.worker.Handlers)
	rt.intake = p
	if rt.cfg.IMAP.Addr == "" {
		rt.log.Info("imap.addr is not set: no mailbox is watched")
		return nil
	}
	w := &intake.Watcher{
		Config:    intake.MailboxConfigFrom(rt.cfg),
		Processor: p,
		Store:     rt.store,
		Log:       rt.log.With("component", "mailbox"),
		Processed: func(intake.Outcome) { rt.worker.Wake() },
	}
	if err := w.Config.Check(); err != nil {
		return err
	}
	rt.components = append(rt.components, component{name: "mailbox", run: func(ctx context.Context) error {
		return w.Run(ctx)
	}})
	return nil
}
