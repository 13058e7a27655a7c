package web

import (
	"context"
	"fmt"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/md2-rm/madoguchi/internal/browsertest"
	"github.com/md2-rm/madoguchi/internal/lead"
	"github.com/md2-rm/madoguchi/store"
)

// dialogWatch records every JavaScript dialog (alert, confirm, prompt) the
// pages open, and closes it.
type dialogWatch struct {
	mu   sync.Mutex
	msgs []string
}

func watchDialogs(ctx context.Context) *dialogWatch {
	w := &dialogWatch{}
	events := chromedp.Events(ctx, page.JavascriptDialogOpening)
	go func() {
		for ev, err := range events {
			if err != nil {
				return
			}
			w.mu.Lock()
			w.msgs = append(w.msgs, ev.Message)
			w.mu.Unlock()
			_, _ = chromedp.Call(ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: true})
		}
	}()
	return w
}

func (w *dialogWatch) seen() []string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return slices.Clone(w.msgs)
}

func run[T any](t *testing.T, ctx context.Context, a chromedp.Action[T]) T {
	t.Helper()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func do(t *testing.T, ctx context.Context, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatal(err)
	}
}

func TestBrowserReviewFlow(t *testing.T) {
	ctx := browsertest.New(t, 1366, 900)
	f := newFixture(t, store.SQLite)
	now := time.Now()
	aomori := f.addLead(doctor("青森一郎", "青森県", "内科"), plainMail, now.Add(-3*time.Hour))
	shimane := f.addLead(doctor("山田太郎", "島根県", "整形外科"), plainMail, now.Add(-2*time.Hour))
	hc := lead.Hospital
	oki := f.addLead(lead.Fields{Category: &hc, Organization: ptr("隠岐広域病院"), Prefectures: []string{"島根県"},
		Specialties: []string{"内科", "総合診療科"}, Body: ptr("常勤医募集")}, "", now.Add(-time.Hour))
	hostile := f.addLead(doctor("<img src=x onerror=alert('name')>", "沖縄県", "救急科"), hostileMail, now)
	ts := httptest.NewServer(f.srv)
	t.Cleanup(ts.Close)
	dialogs := watchDialogs(ctx)

	browsertest.SignIn(t, ctx, ts.URL+"/", "staff", "staff-pass")
	do(t, ctx, chromedp.WaitVisible(chromedp.ID("leads")))
	ids := run(t, ctx, chromedp.Evaluate[[]int64](`[...document.querySelectorAll('#leads tbody tr[data-id]')].map(r => +r.dataset.id)`))
	if fmt.Sprint(ids) != fmt.Sprint([]int64{hostile, oki, shimane, aomori}) {
		t.Fatalf("inbox rows %v", ids)
	}
	writeShot(t, ctx, "inbox.png")

	// Filter by prefecture.
	do(t, ctx, chromedp.SetValue(chromedp.ID("f-prefecture"), "島根県"))
	browsertest.LoadAfter(t, ctx, "next page", chromedp.Click(chromedp.ID("apply")))
	ids = run(t, ctx, chromedp.Evaluate[[]int64](`[...document.querySelectorAll('#leads tbody tr[data-id]')].map(r => +r.dataset.id)`))
	if fmt.Sprint(ids) != fmt.Sprint([]int64{oki, shimane}) {
		t.Fatalf("filtered rows %v, want %v", ids, []int64{oki, shimane})
	}
	writeShot(t, ctx, "inbox-shimane.png")

	// Open the lead, correct its specialty, save.
	browsertest.LoadAfter(t, ctx, "next page", chromedp.Click(chromedp.CSS(fmt.Sprintf(`tr[data-id="%d"] a`, shimane))))
	do(t, ctx, chromedp.WaitVisible(chromedp.ID("fields")))
	do(t, ctx, chromedp.SetValue(chromedp.ID("specialties"), "リハビリテーション科"))
	browsertest.LoadAfter(t, ctx, "next page", chromedp.Click(chromedp.ID("save")))
	if flash := run(t, ctx, chromedp.Text(chromedp.CSS(".flash"))); !strings.Contains(flash, "保存しました") {
		t.Fatalf("flash %q", flash)
	}

	// Reload: the correction is kept and in the history.
	browsertest.LoadAfter(t, ctx, "next page", chromedp.Navigate(fmt.Sprintf("%s/leads/%d", ts.URL, shimane)))
	if v := run(t, ctx, chromedp.Value(chromedp.ID("specialties"))); v != "リハビリテーション科" {
		t.Fatalf("specialties after reload %q", v)
	}
	hist := run(t, ctx, chromedp.Text(chromedp.CSS(`#history li[data-field="specialties"]`)))
	if !strings.Contains(hist, "整形外科") || !strings.Contains(hist, "リハビリテーション科") || !strings.Contains(hist, "staff") {
		t.Fatalf("history entry %q", hist)
	}
	writeShot(t, ctx, "lead.png")

	// Tablet width: the lead page stacks and nothing overflows sideways.
	do(t, ctx, chromedp.EmulateViewport(820, 1180))
	browsertest.LoadAfter(t, ctx, "next page", chromedp.Reload())
	if over := run(t, ctx, chromedp.Evaluate[bool](`document.documentElement.scrollWidth > window.innerWidth + 1`)); over {
		t.Error("lead page overflows a tablet's width")
	}
	writeShot(t, ctx, "lead-tablet.png")
	do(t, ctx, chromedp.EmulateViewport(1366, 900))

	// A hostile mail: nothing in it runs, the page stays ours.
	browsertest.LoadAfter(t, ctx, "next page", chromedp.Navigate(fmt.Sprintf("%s/leads/%d", ts.URL, hostile)))
	do(t, ctx, chromedp.WaitVisible(chromedp.ID("fields")))
	do(t, ctx, chromedp.Click(chromedp.CSS("details.htmlpart summary")))
	do(t, ctx, chromedp.WaitVisible(chromedp.CSS("iframe.mailframe")))
	do(t, ctx, chromedp.Sleep(1500*time.Millisecond)) // let the frame load and any script in it try to run
	state := run(t, ctx, chromedp.Evaluate[struct {
		Title   string `json:"title"`
		Scripts int    `json:"scripts"`
		Form    bool   `json:"form"`
		Pwned   bool   `json:"pwned"`
		Imgs    int    `json:"imgs"`
		Over    bool   `json:"over"`
	}](`({title: document.title,
		scripts: document.scripts.length,
		form: !!document.getElementById('fields'),
		pwned: document.body.innerHTML.includes('pwned') && !document.body.innerHTML.includes('&lt;script&gt;'),
		imgs: document.images.length,
		over: document.documentElement.scrollWidth > window.innerWidth + 1})`))
	if d := dialogs.seen(); len(d) > 0 {
		t.Fatalf("hostile mail opened dialogs: %q", d)
	}
	if !strings.HasPrefix(state.Title, "問い合わせ #") || state.Scripts != 0 || !state.Form || state.Pwned || state.Imgs != 0 {
		t.Fatalf("hostile mail changed the page: %+v", state)
	}
	if state.Over {
		t.Error("the huge line widens the page")
	}
	// The frame's document is sandboxed: the page cannot reach into it, and
	// it cannot reach the page.
	frameOpaque := run(t, ctx, chromedp.Evaluate[bool](`(() => { try { return document.querySelector('iframe.mailframe').contentDocument === null } catch (e) { return true } })()`))
	if !frameOpaque {
		t.Error("the mail frame shares the page's origin")
	}
	writeShot(t, ctx, "lead-hostile.png")
	// The sanitised HTML in its frame, in the viewport (full-page captures
	// leave out-of-process frames blank).
	do(t, ctx, chromedp.ScrollIntoView(chromedp.CSS("iframe.mailframe")))
	frameShot := run(t, ctx, chromedp.CaptureScreenshot())
	browsertest.SaveScreenshot(t, "lead-hostile-frame.png", frameShot)
	if d := dialogs.seen(); len(d) > 0 {
		t.Fatalf("hostile mail opened dialogs: %q", d)
	}
}

func writeShot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	browsertest.SaveScreenshot(t, name, run(t, ctx, chromedp.FullScreenshot(100))) // quality 100: PNG
}
