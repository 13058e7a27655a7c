package store_test

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/md2-rm/madoguchi/store"
	"github.com/md2-rm/madoguchi/store/storetest"
)

func TestEnqueueDedupe(t *testing.T) {
	for _, driver := range storetest.Drivers(t) {
		t.Run(driver, func(t *testing.T) {
			ctx := context.Background()
			s := storetest.Open(t, driver)
			id1, created, err := s.Enqueue(ctx, s.DB, store.NewJob{Kind: "ack", Payload: map[string]int{"lead": 1}, DedupeKey: "ack:1"})
			if err != nil || !created {
				t.Fatalf("first enqueue: created=%v err=%v", created, err)
			}
			id2, created, err := s.Enqueue(ctx, s.DB, store.NewJob{Kind: "ack", DedupeKey: "ack:1"})
			if err != nil || created || id2 != id1 {
				t.Fatalf("second enqueue: id=%d created=%v err=%v, want id %d not created", id2, created, err, id1)
			}
			jobs, err := s.Claim(ctx, []string{"ack"}, 10, time.Minute)
			if err != nil || len(jobs) != 1 {
				t.Fatalf("claim: %d jobs, %v", len(jobs), err)
			}
			var p map[string]int
			if err := jobs[0].Decode(&p); err != nil || p["lead"] != 1 {
				t.Errorf("payload = %v, %v", p, err)
			}
		})
	}
}

func TestClaimRespectsRunAtAndKinds(t *testing.T) {
	for _, driver := range storetest.Drivers(t) {
		t.Run(driver, func(t *testing.T) {
			ctx := context.Background()
			s := storetest.Open(t, driver)
			mustEnqueue(t, s, store.NewJob{Kind: "later", RunAt: time.Now().Add(time.Hour)})
			mustEnqueue(t, s, store.NewJob{Kind: "other"})
			jobs, err := s.Claim(ctx, []string{"later"}, 10, time.Minute)
			if err != nil || len(jobs) != 0 {
				t.Fatalf("claimed %d future jobs (err %v)", len(jobs), err)
			}
			jobs, err = s.Claim(ctx, nil, 10, time.Minute)
			if err != nil || len(jobs) != 1 || jobs[0].Kind != "other" {
				t.Fatalf("claim all kinds: %+v, %v", jobs, err)
			}
		})
	}
}

func TestFailRetriesThenDies(t *testing.T) {
	for _, driver := range storetest.Drivers(t) {
		t.Run(driver, func(t *testing.T) {
			ctx := context.Background()
			s := storetest.Open(t, driver)
			id := mustEnqueue(t, s, store.NewJob{Kind: "send", MaxAttempts: 2})
			j := claimOne(t, s)
			if err := s.Fail(ctx, &j, errors.New("421 try later"), false); err != nil {
				t.Fatal(err)
			}
			got := jobByID(t, s, id)
			if got.State != store.JobQueued || !got.RunAt.After(time.Now().Add(5*time.Second)) || got.LastError != "421 try later" {
				t.Fatalf("after first failure: state %s run_at %v err %q", got.State, got.RunAt, got.LastError)
			}
			// Make it due again and fail the last attempt.
			if _, err := s.DB.ExecContext(ctx, s.DB.Rebind(`UPDATE jobs SET run_at = ? WHERE id = ?`), store.Now(), id); err != nil {
				t.Fatal(err)
			}
			j = claimOne(t, s)
			if j.Attempts != 2 {
				t.Fatalf("attempts = %d, want 2", j.Attempts)
			}
			if err := s.Fail(ctx, &j, errors.New("still failing"), false); err != nil {
				t.Fatal(err)
			}
			if got := jobByID(t, s, id); got.State != store.JobDead {
				t.Fatalf("state = %s, want dead", got.State)
			}
			if err := s.Retry(ctx, id); err != nil {
				t.Fatal(err)
			}
			if got := jobByID(t, s, id); got.State != store.JobQueued || got.Attempts != 0 {
				t.Fatalf("after retry: %s attempts %d", got.State, got.Attempts)
			}
			j = claimOne(t, s)
			if err := s.Fail(ctx, &j, store.Permanent(errors.New("550 no such user")), true); err != nil {
				t.Fatal(err)
			}
			if got := jobByID(t, s, id); got.State != store.JobDead {
				t.Fatalf("permanent failure: state = %s, want dead", got.State)
			}
		})
	}
}

func TestExpiredLeaseIsReclaimedOnce(t *testing.T) {
	for _, driver := range storetest.Drivers(t) {
		t.Run(driver, func(t *testing.T) {
			ctx := context.Background()
			s := storetest.Open(t, driver)
			id := mustEnqueue(t, s, store.NewJob{Kind: "send"})
			dead, err := s.Claim(ctx, nil, 1, 50*time.Millisecond) // this worker "dies"
			if err != nil || len(dead) != 1 {
				t.Fatalf("claim: %v %v", dead, err)
			}
			if again, _ := s.Claim(ctx, nil, 1, time.Minute); len(again) != 0 {
				t.Fatal("a leased job was claimed again before its lease expired")
			}
			time.Sleep(80 * time.Millisecond)
			again, err := s.Claim(ctx, nil, 1, time.Minute)
			if err != nil || len(again) != 1 || again[0].ID != id || again[0].Attempts != 2 {
				t.Fatalf("reclaim after expiry: %+v, %v", again, err)
			}
			if err := s.Complete(ctx, &dead[0]); !errors.Is(err, store.ErrLeaseLost) {
				t.Errorf("the dead worker completed a job it lost: err = %v", err)
			}
			if err := s.Complete(ctx, &again[0]); err != nil {
				t.Fatal(err)
			}
			if more, _ := s.Claim(ctx, nil, 1, time.Minute); len(more) != 0 {
				t.Fatal("a completed job was claimed again")
			}
		})
	}
}

// TestConcurrentClaimsRunEachJobOnce enqueues 1,000 jobs and claims them from
// 8 goroutines over two separate pools; one claim is abandoned mid-job and
// must run again, once, after its lease expires.
func TestConcurrentClaimsRunEachJobOnce(t *testing.T) {
	for _, driver := range storetest.Drivers(t) {
		t.Run(driver, func(t *testing.T) {
			ctx := context.Background()
			dsn := storetest.DSN(t, driver)
			pools := []*store.Store{storetest.OpenDSN(t, driver, dsn), storetest.OpenDSN(t, driver, dsn)}
			const total = 1000
			for i := range total {
				mustEnqueue(t, pools[0], store.NewJob{Kind: "work", Payload: map[string]int{"n": i}})
			}
			// One worker "dies" holding the lease of the first job it claimed:
			// that job must run again, once, when its short lease expires.
			abandoned, err := pools[1].Claim(ctx, []string{"work"}, 1, 200*time.Millisecond)
			if err != nil || len(abandoned) != 1 {
				t.Fatalf("claim: %v %v", abandoned, err)
			}
			killed := abandoned[0].ID
			var (
				mu      sync.Mutex
				runs    = map[int64]int{killed: 1}
				wg      sync.WaitGroup
				errs    = make(chan error, 16)
				doneAll atomic.Bool
			)
			for w := range 8 {
				wg.Add(1)
				go func(s *store.Store) {
					defer wg.Done()
					idle := time.Now()
					for !doneAll.Load() {
						jobs, err := s.Claim(ctx, []string{"work"}, 5, time.Minute)
						if err != nil {
							errs <- err
							return
						}
						if len(jobs) == 0 {
							if time.Since(idle) > 10*time.Second {
								return
							}
							time.Sleep(20 * time.Millisecond)
							continue
						}
						idle = time.Now()
						for i := range jobs {
							j := &jobs[i]
							mu.Lock()
							runs[j.ID]++
							mu.Unlock()
							if err := s.Complete(ctx, j); err != nil {
								errs <- fmt.Errorf("complete %d: %w", j.ID, err)
								return
							}
						}
						var left int
						if err := s.DB.GetContext(ctx, &left, `SELECT COUNT(*) FROM jobs WHERE state <> 'done'`); err == nil && left == 0 {
							doneAll.Store(true)
						}
					}
				}(pools[w%2])
			}
			wg.Wait()
			close(errs)
			for err := range errs {
				t.Fatal(err)
			}
			if len(runs) != total {
				t.Fatalf("%d distinct jobs ran, want %d", len(runs), total)
			}
			for id, n := range runs {
				want := 1
				if id == killed {
					want = 2
				}
				if n != want {
					t.Errorf("job %d ran %d times, want %d", id, n, want)
				}
			}
			var done int
			if err := pools[1].DB.GetContext(ctx, &done, `SELECT COUNT(*) FROM jobs WHERE state = 'done'`); err != nil || done != total {
				t.Fatalf("%d jobs done (err %v), want %d", done, err, total)
			}
		})
	}
}

func TestWorkerRunsHandlers(t *testing.T) {
	for _, driver := range storetest.Drivers(t) {
		t.Run(driver, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			s := storetest.Open(t, driver)
			var ok, flaky atomic.Int32
			w := &store.Worker{Store: s, Concurrency: 3, Poll: 10 * time.Millisecond, Handlers: map[string]store.Handler{
				"ok": func(ctx context.Context, j *store.Job) error { ok.Add(1); return nil },
				"bad": func(ctx context.Context, j *store.Job) error {
					flaky.Add(1)
					return store.Permanent(errors.New("rejected"))
				},
			}}
			for range 10 {
				mustEnqueue(t, s, store.NewJob{Kind: "ok"})
			}
			badID := mustEnqueue(t, s, store.NewJob{Kind: "bad"})
			done := make(chan error)
			go func() { done <- w.Run(ctx) }()
			deadline := time.Now().Add(10 * time.Second)
			for ok.Load() < 10 || jobByID(t, s, badID).State != store.JobDead {
				if time.Now().After(deadline) {
					t.Fatalf("ok=%d, bad job %s", ok.Load(), jobByID(t, s, badID).State)
				}
				time.Sleep(10 * time.Millisecond)
			}
			cancel()
			if err := <-done; err != nil {
				t.Fatal(err)
			}
			if flaky.Load() != 1 {
				t.Errorf("permanent failure ran %d times, want 1", flaky.Load())
			}
			counts, err := s.JobCounts(context.Background())
			if err != nil || counts[store.JobDone] != 10 || counts[store.JobDead] != 1 {
				t.Errorf("counts = %v, %v", counts, err)
			}
		})
	}
}

func mustEnqueue(t *testing.T, s *store.Store, j store.NewJob) int64 {
	t.Helper()
	id, _, err := s.Enqueue(context.Background(), s.DB, j)
	if err != nil {
		t.Fatal(err)
	}
	return id
}

func claimOne(t *testing.T, s *store.Store) store.Job {
	t.Helper()
	jobs, err := s.Claim(context.Background(), nil, 1, time.Minute)
	if err != nil || len(jobs) != 1 {
		t.Fatalf("claim: %d jobs, %v", len(jobs), err)
	}
	return jobs[0]
}

func jobByID(t *testing.T, s *store.Store, id int64) store.Job {
	t.Helper()
	var j store.Job
	if err := s.DB.GetContext(context.Background(), &j, s.DB.Rebind(`SELECT * FROM jobs WHERE id = ?`), id); err != nil {
		t.Fatal(err)
	}
	return j
}
