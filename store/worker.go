package store

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"
)

// Handler runs one job. Returning nil completes it; an error retries it with
// backoff, or ends it at once when wrapped with Permanent.
type Handler func(ctx context.Context, j *Job) error

type permanentError struct{ err error }

func (e permanentError) Error() string { return e.err.Error() }
func (e permanentError) Unwrap() error { return e.err }

// Permanent marks err as not worth retrying: the job becomes dead at once.
func Permanent(err error) error { return permanentError{err} }

// IsPermanent reports whether err was marked with Permanent.
func IsPermanent(err error) bool {
	var p permanentError
	return errors.As(err, &p)
}

// Worker claims jobs of the kinds it has handlers for and runs them.
type Worker struct {
	Store       *Store
	Handlers    map[string]Handler
	Concurrency int           // jobs run at once; default 4
	Lease       time.Duration // default 2 min; renewed while a job runs
	Poll        time.Duration // how often to look for due jobs; default 1 s
	Log         *slog.Logger

	wake chan struct{}
	once sync.Once
}

func (w *Worker) init() {
	w.once.Do(func() {
		w.wake = make(chan struct{}, 1)
		if w.Concurrency <= 0 {
			w.Concurrency = 4
		}
		if w.Lease <= 0 {
			w.Lease = 2 * time.Minute
		}
		if w.Poll <= 0 {
			w.Poll = time.Second
		}
		if w.Log == nil {
			w.Log = slog.New(slog.DiscardHandler)
		}
	})
}

// Wake asks the worker to look for jobs now rather than at the next poll.
func (w *Worker) Wake() {
	w.init()
	select {
	case w.wake <- struct{}{}:
	default:
	}
}

// Run claims and runs jobs until ctx is cancelled, then waits for the jobs in
// flight to finish (they run on a context that is not cancelled with ctx, so a
// started send is completed and recorded).
func (w *Worker) Run(ctx context.Context) error {
	w.init()
	kinds := make([]string, 0, len(w.Handlers))
	for k := range w.Handlers {
		kinds = append(kinds, k)
	}
	if len(kinds) == 0 {
		<-ctx.Done()
		return nil
	}
	slots := make(chan struct{}, w.Concurrency)
	var wg sync.WaitGroup
	defer wg.Wait()
	timer := time.NewTimer(0)
	defer timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-timer.C:
		case <-w.wake:
		}
		free := w.Concurrency - len(slots)
		if free > 0 {
			jobs, err := w.Store.Claim(ctx, kinds, free, w.Lease)
			if err != nil && ctx.Err() == nil {
				w.Log.Error("claiming jobs", "err", err)
			}
			for i := range jobs {
				slots <- struct{}{}
				wg.Add(1)
				go func(j *Job) {
					defer wg.Done()
					defer func() { <-slots }()
					w.runOne(context.WithoutCancel(ctx), j)
					w.Wake()
				}(&jobs[i])
			}
			if len(jobs) == free {
				timer.Reset(0)
				continue
			}
		}
		timer.Reset(w.Poll)
	}
}

func (w *Worker) runOne(ctx context.Context, j *Job) {
	h := w.Handlers[j.Kind]
	hctx, cancel := context.WithCancel(ctx)
	defer cancel()
	done := make(chan struct{})
	go func() { // renew the lease while the job runs
		t := time.NewTicker(w.Lease / 3)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				if err := w.Store.Extend(ctx, j, w.Lease); err != nil {
					w.Log.Warn("job lease lost", "job", j.ID, "kind", j.Kind, "err", err)
					cancel()
					return
				}
			}
		}
	}()
	err := runHandler(hctx, h, j)
	close(done)
	log := w.Log.With("job", j.ID, "kind", j.Kind, "attempt", j.Attempts)
	if err == nil {
		if cerr := w.Store.Complete(ctx, j); cerr != nil {
			log.Error("completing job", "err", cerr)
		}
		return
	}
	permanent := IsPermanent(err)
	log.Warn("job failed", "err", err, "permanent", permanent)
	if ferr := w.Store.Fail(ctx, j, err, permanent); ferr != nil {
		log.Error("recording job failure", "err", ferr)
	}
}

func runHandler(ctx context.Context, h Handler, j *Job) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("job handler panicked: %v", r)
		}
	}()
	return h(ctx, j)
}
