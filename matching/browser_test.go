package matching

import (
	"context"
	"io"
	"log/slog"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/md2-rm/madoguchi/internal/browsertest"
	"github.com/md2-rm/madoguchi/internal/lead"
	"github.com/md2-rm/madoguchi/store"
	"github.com/md2-rm/madoguchi/store/storetest"
	"github.com/md2-rm/madoguchi/web"
)

// TestMatchingInBrowser signs in, goes from a physician's lead page to its
// matching page, proposes the best post, sends the introductions and saves
// a screenshot (into $MADOGUCHI_SCREENSHOTS, or screenshots/ at the
// repository root). It is skipped without Chromium.
func TestMatchingInBrowser(t *testing.T) {
	st := storetest.Open(t, store.SQLite)
	if _, err := st.CreateUser(context.Background(), "madoguchi", "madoguchi-pass", store.RoleStaff); err != nil {
		t.Fatal(err)
	}
	svc := newService(t, st)
	ui := web.New(st, slog.New(slog.NewTextHandler(io.Discard, nil)), nil)
	if err := Register(ui, svc); err != nil {
		t.Fatal(err)
	}
	doc := addLead(t, st, doctor(0, "整形外科", "岐阜県", lead.FullTime), "doc@example.jp", store.StatusContacted)
	near := addLead(t, st, post(0, "整形外科", "長野県", lead.FullTime), "jimu@hosp.example.jp", store.StatusNew)
	addLead(t, st, post(0, "整形外科", "沖縄県", lead.FullTime), "", store.StatusNew)
	addLead(t, st, post(0, "眼科", "北海道", lead.FullTime), "", store.StatusNew)
	srv := httptest.NewServer(ui)
	defer srv.Close()

	ctx := browsertest.New(t, 1280, 900)
	text := func(js string) string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Evaluate[string](js))
		if err != nil {
			t.Fatalf("browser: %s: %v", js, err)
		}
		return s
	}

	browsertest.SignIn(t, ctx, srv.URL+"/leads/"+strconv.FormatInt(doc, 10), "madoguchi", "madoguchi-pass")
	browsertest.LoadAfter(t, ctx, "open the matching page", chromedp.Click(chromedp.ID("match-link")))

	first := text(`document.querySelector('ol.suggestions > li').id`)
	if want := "suggestion-" + strconv.FormatInt(near, 10); first != want {
		t.Fatalf("first suggestion %s, want %s", first, want)
	}
	if r := text(`document.querySelector('ol.suggestions > li ul.reasons').innerText`); !strings.Contains(r, "隣県: 岐阜県 ↔ 長野県") {
		t.Errorf("reasons of the first suggestion:\n%s", r)
	}
	browsertest.LoadAfter(t, ctx, "propose", chromedp.Click(chromedp.CSS(`ol.suggestions > li button`)))
	if f := text(`document.querySelector('.flash').innerText`); !strings.Contains(f, "提案 #1 を記録しました") {
		t.Errorf("notice after proposing: %q", f)
	}
	browsertest.LoadAfter(t, ctx, "introduce", chromedp.Click(chromedp.CSS(`#proposal-1 form[action$="/introduced"] button`)))
	if s := text(`document.querySelector('#proposal-1 .status').innerText`); s != "紹介済" {
		t.Errorf("proposal status %q, want 紹介済", s)
	}
	if s := text(`document.querySelector('ol.suggestions > li .note').innerText`); !strings.Contains(s, "提案済み") {
		t.Errorf("the proposed post is not marked as proposed: %q", s)
	}
	shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("browser: screenshot: %v", err)
	}
	if n := len(queued(t, st)); n != 2 {
		t.Errorf("%d introductions queued, want 2", n)
	}
	browsertest.SaveScreenshot(t, "matching-lead.png", shot)
}
