package matching

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/md2-rm/madoguchi/internal/lead"
	"github.com/md2-rm/madoguchi/store"
	"github.com/md2-rm/madoguchi/store/storetest"
)

func TestFormHandlers(t *testing.T) {
	st := storetest.Open(t, store.SQLite)
	svc := newService(t, st)
	doc := addLead(t, st, doctor(0, "内科", "東京都", lead.FullTime), "doc@example.jp", store.StatusNew)
	hosp := addLead(t, st, post(0, "内科", "東京都", lead.FullTime), "h@example.jp", store.StatusNew)

	by := Actor{UserID: 0, Name: "tanaka"}
	mux := http.NewServeMux()
	type result struct {
		redirect, notice string
		code             int
	}
	var last result
	handle := func(h func(*http.Request, Actor) (string, string, error)) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			red, note, err := h(r, by)
			last = result{red, note, 200}
			if err != nil {
				code, _, ok := UserMessage(err)
				if !ok {
					t.Errorf("unexpected error: %v", err)
				}
				last.code = code
			}
		}
	}
	mux.HandleFunc("POST /leads/{id}/proposals", handle(svc.HandlePropose))
	mux.HandleFunc("POST /proposals/{id}/{status}", handle(svc.HandleTransition))
	post := func(path string, form url.Values) result {
		req := httptest.NewRequest(http.MethodPost, path, strings.NewReader(form.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		mux.ServeHTTP(httptest.NewRecorder(), req)
		return last
	}
	itoa := func(n int64) string { return strconv.FormatInt(n, 10) }

	steps := []struct {
		name     string
		path     string
		form     url.Values
		code     int
		redirect string
	}{
		{"propose from the hospital's page", "/leads/" + itoa(hosp) + "/proposals", url.Values{"candidate": {itoa(doc)}, "note": {"至急"}}, 200, MatchPath(hosp)},
		{"the same pair again", "/leads/" + itoa(doc) + "/proposals", url.Values{"candidate": {itoa(hosp)}}, 409, ""},
		{"no candidate", "/leads/" + itoa(doc) + "/proposals", url.Values{}, 400, ""},
		{"place too early", "/proposals/1/placed", url.Values{"from": {itoa(hosp)}}, 409, ""},
		{"unknown status", "/proposals/1/maybe", url.Values{}, 400, ""},
		{"unknown proposal", "/proposals/99/accepted", url.Values{}, 404, ""},
		{"introduce", "/proposals/1/introduced", url.Values{"from": {itoa(hosp)}}, 200, MatchPath(hosp)},
		{"decline without reason", "/proposals/1/declined", url.Values{}, 400, ""},
		{"accept, back to the physician by default", "/proposals/1/accepted", url.Values{"from": {"12345"}}, 200, MatchPath(doc)},
		{"place", "/proposals/1/placed", url.Values{}, 200, MatchPath(doc)},
	}
	for _, s := range steps {
		got := post(s.path, s.form)
		if got.code != s.code || got.redirect != s.redirect {
			t.Errorf("%s: code %d redirect %q, want %d %q", s.name, got.code, got.redirect, s.code, s.redirect)
		}
	}
	p, err := svc.GetProposal(context.Background(), 1)
	if err != nil {
		t.Fatal(err)
	}
	if p.Status != ProposalPlaced || p.Note != "至急" {
		t.Errorf("proposal after the forms: %s, note %q", p.Status, p.Note)
	}
	if n := len(queued(t, st)); n != 2 {
		t.Errorf("%d introductions queued, want 2", n)
	}
}
