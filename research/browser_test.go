package research

import (
	"context"
	"net/http/httptest"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/md2-rm/madoguchi/internal/browsertest"
	"github.com/md2-rm/madoguchi/internal/vocab"
	"github.com/md2-rm/madoguchi/store"
	"github.com/md2-rm/madoguchi/store/storetest"
	"github.com/md2-rm/madoguchi/web"
)

// TestDashboardInBrowser signs in to the staff UI in headless Chromium,
// opens the dashboard from the navigation, checks that both maps show the
// 47 prefectures, that the tables are there and that the stylesheet applies
// under the UI's Content-Security-Policy, and saves screenshots (into
// $MADOGUCHI_SCREENSHOTS, or screenshots/ at the repository root).
func TestDashboardInBrowser(t *testing.T) {
	ctx := browsertest.New(t, 1280, 1000)
	st := storetest.Open(t, store.SQLite)
	seed(t, st, 600, 11)
	if _, err := st.CreateUser(context.Background(), "kenkyu", "kenkyu-pass", store.RoleStaff); err != nil {
		t.Fatal(err)
	}
	ui := web.New(st, discard(), nil)
	if err := Register(ui, &Dashboard{Store: st, Vocab: vocab.Load(), Campaigns: &CampaignTables{Store: st}}); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(ui)
	defer srv.Close()

	browsertest.SignIn(t, ctx, srv.URL+"/research?from=2026-01-01&to=2026-12-31", "kenkyu", "kenkyu-pass")
	err := chromedp.Do(ctx, chromedp.WaitVisible(chromedp.CSS(`#fig-prefectures svg.tilemap`)))
	if err != nil {
		t.Fatalf("browser: %v", err)
	}
	from, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector('input[name=from]').value`))
	if err != nil || from != "2026-01-01" {
		t.Errorf("after sign-in the dashboard shows from %q (%v), want the requested 2026-01-01", from, err)
	}
	prefs, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('svg.tilemap g.pref').length`))
	if err != nil {
		t.Fatalf("browser: %v", err)
	}
	tables, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('table.figures').length`))
	if err != nil {
		t.Fatalf("browser: %v", err)
	}
	display, err := chromedp.Run(ctx, chromedp.Evaluate[string](`getComputedStyle(document.querySelector('.research .charts')).display`))
	if err != nil {
		t.Fatalf("browser: %v", err)
	}
	if display != "flex" {
		t.Errorf("charts are laid out as %q: the stylesheet did not load", display)
	}
	title, err := chromedp.Run(ctx, chromedp.Title())
	if err != nil {
		t.Fatalf("browser: %v", err)
	}
	shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("browser: screenshot: %v", err)
	}
	maps, err := chromedp.Run(ctx, chromedp.Screenshot(chromedp.CSS(`#fig-prefectures .charts`)))
	if err != nil {
		t.Fatalf("browser: screenshot of the maps: %v", err)
	}
	if prefs != 2*47 {
		t.Errorf("%d prefecture tiles on the page, want 94 (two maps of 47)", prefs)
	}
	if tables != 4 {
		t.Errorf("%d tables, want 4 (no campaign was sent, so that section has a note instead)", tables)
	}
	if title != "調査研究 — 窓口" {
		t.Errorf("title %q", title)
	}
	if len(shot) < 10000 {
		t.Errorf("screenshot of %d bytes: the page looks empty", len(shot))
	}
	browsertest.SaveScreenshot(t, "research-dashboard.png", shot)
	browsertest.SaveScreenshot(t, "research-maps.png", maps)
}
