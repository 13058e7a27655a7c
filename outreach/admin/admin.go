// Package admin adds the campaign pages to the staff UI (admins only): the
// campaign list, a campaign with its preview, its next five runs and its
// runs, and a run's progress with pause, resume, cancel and its report; and
// for staff, the form that puts a doctor lead on a mailing list with the
// consent given.
package admin

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"net/http"
	"net/mail"
	"strconv"
	"strings"
	"time"

	"github.com/md2-rm/madoguchi/outreach"
	"github.com/md2-rm/madoguchi/store"
	"github.com/md2-rm/madoguchi/web"
)

//go:embed templates/*.html
var tmplFS embed.FS

// Pages holds what the campaign pages need.
type Pages struct {
	Store   *store.Store
	Signer  *outreach.Signer
	Org     outreach.Org
	BaseURL string
	// Tester sends test mail (nil: no mail server, the button is hidden);
	// TestAddresses are the staff addresses offered by default.
	Tester        Tester
	TestAddresses string
}

// Tester sends a campaign to staff addresses (outreach.Engine does).
type Tester interface {
	TestSend(ctx context.Context, campaignID int64, to []string, sample *outreach.Data) error
}

// Register adds the pages and the navigation entry 配信 to s.
func Register(s *web.Server, p *Pages) error {
	parse := func(name string) (*page, error) {
		t, err := s.Templates(tmplFS, "templates/"+name)
		if err != nil {
			return nil, err
		}
		return &page{s: s, t: t}, nil
	}
	list, err := parse("campaigns.html")
	if err != nil {
		return err
	}
	detail, err := parse("campaign.html")
	if err != nil {
		return err
	}
	run, err := parse("run.html")
	if err != nil {
		return err
	}
	s.Page("GET /campaigns", store.RoleAdmin, func(w http.ResponseWriter, r *http.Request, q *web.Request) error {
		rows, err := p.campaigns(r.Context())
		if err != nil {
			return err
		}
		return list.render(w, r, q, rows)
	})
	s.Page("GET /campaigns/{id}", store.RoleAdmin, func(w http.ResponseWriter, r *http.Request, q *web.Request) error {
		id, err := pathID(r)
		if err != nil {
			return err
		}
		d, err := p.campaign(r.Context(), id, r.URL.Query().Get("email"))
		if err != nil {
			return err
		}
		return detail.render(w, r, q, d)
	})
	s.Page("GET /campaigns/{id}/preview.html", store.RoleAdmin, func(w http.ResponseWriter, r *http.Request, q *web.Request) error {
		id, err := pathID(r)
		if err != nil {
			return err
		}
		d, err := p.campaign(r.Context(), id, r.URL.Query().Get("email"))
		if err != nil {
			return err
		}
		// The campaign's own HTML, shown in a sandboxed frame.
		w.Header().Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		_, err = w.Write([]byte(d.Preview.HTML))
		return err
	})
	s.Page("POST /campaigns/{id}/run", store.RoleAdmin, func(w http.ResponseWriter, r *http.Request, q *web.Request) error {
		id, err := pathID(r)
		if err != nil {
			return err
		}
		c, err := outreach.GetCampaign(r.Context(), p.Store.DB, id)
		if err != nil {
			return err
		}
		compiled, err := outreach.Compile(outreach.Content{Subject: c.Subject, Text: c.BodyText, HTML: c.BodyHTML})
		if err != nil {
			return web.Errorf(http.StatusBadRequest, "テンプレートに誤りがあります: %v", err)
		}
		if err := outreach.CheckLabels(compiled, p.Org); err != nil {
			return web.Errorf(http.StatusBadRequest, "表示義務のある項目が欠けているため送信できません: %v", err)
		}
		runID, _, err := outreach.CreateRun(r.Context(), p.Store.DB, id, store.Now(), "manual", outreach.RunPending, "started by "+q.User.Username)
		if err != nil {
			return err
		}
		web.Redirect(w, r, fmt.Sprintf("/campaign-runs/%d", runID), "送信を開始しました")
		return nil
	})
	s.Page("POST /campaigns/{id}/schedule", store.RoleAdmin, func(w http.ResponseWriter, r *http.Request, q *web.Request) error {
		id, err := pathID(r)
		if err != nil {
			return err
		}
		flash := "スケジュールを停止しました"
		if r.PostFormValue("stop") != "" {
			if err := outreach.SetCampaignStatus(r.Context(), p.Store, id, outreach.CampaignPaused); err != nil {
				return err
			}
		} else {
			spec := strings.TrimSpace(r.PostFormValue("cron"))
			var at *time.Time
			if v := strings.TrimSpace(r.PostFormValue("at")); v != "" {
				t, err := time.ParseInLocation("2006-01-02T15:04", v, jst())
				if err != nil {
					return web.Errorf(http.StatusBadRequest, "送信日時を確認してください。")
				}
				at = &t
			}
			if (spec == "") == (at == nil) {
				return web.Errorf(http.StatusBadRequest, "cron 形式の予定か送信日時のどちらか一方を入力してください。")
			}
			err := outreach.Schedule(r.Context(), p.Store, id, p.Org, spec, at, strings.TrimSpace(r.PostFormValue("window")), time.Now())
			if err != nil {
				if errors.Is(err, outreach.ErrNotFound) {
					return err
				}
				return web.Errorf(http.StatusBadRequest, "スケジュールを設定できません: %v", err)
			}
			flash = "スケジュールを設定しました"
		}
		web.Redirect(w, r, fmt.Sprintf("/campaigns/%d", id), flash)
		return nil
	})
	s.Page("POST /campaigns/{id}/test-send", store.RoleAdmin, func(w http.ResponseWriter, r *http.Request, q *web.Request) error {
		id, err := pathID(r)
		if err != nil {
			return err
		}
		if p.Tester == nil {
			return web.Errorf(http.StatusConflict, "送信サーバーが設定されていません。")
		}
		list, err := mail.ParseAddressList(r.PostFormValue("to"))
		if err != nil || len(list) == 0 {
			return web.Errorf(http.StatusBadRequest, "テスト送信先のアドレスを確認してください。")
		}
		to := make([]string, len(list))
		for i, a := range list {
			to[i] = a.Address
		}
		if err := p.Tester.TestSend(r.Context(), id, to, nil); err != nil {
			if errors.Is(err, outreach.ErrMissingLabels) {
				return web.Errorf(http.StatusBadRequest, "表示義務のある項目が欠けているため送信できません: %v", err)
			}
			return err
		}
		web.Redirect(w, r, fmt.Sprintf("/campaigns/%d", id), fmt.Sprintf("テストメールを%d件送信しました", len(to)))
		return nil
	})
	s.Page("GET /campaign-runs/{id}", store.RoleAdmin, func(w http.ResponseWriter, r *http.Request, q *web.Request) error {
		id, err := pathID(r)
		if err != nil {
			return err
		}
		rep, err := outreach.RunReport(r.Context(), p.Store, id)
		if err != nil {
			return err
		}
		c, err := outreach.GetCampaign(r.Context(), p.Store.DB, rep.Run.CampaignID)
		if err != nil {
			return err
		}
		return run.render(w, r, q, runView{Report: rep, Campaign: c,
			Live: rep.Run.Status == outreach.RunSending || rep.Run.Status == outreach.RunPending})
	})
	s.Page("POST /campaign-runs/{id}/{action}", store.RoleAdmin, func(w http.ResponseWriter, r *http.Request, q *web.Request) error {
		id, err := pathID(r)
		if err != nil {
			return err
		}
		status, label := "", ""
		switch r.PathValue("action") {
		case "pause":
			status, label = outreach.RunPaused, "一時停止しました"
		case "resume":
			status, label = outreach.RunSending, "再開しました"
		case "cancel":
			status, label = outreach.RunCancelled, "中止しました"
		default:
			return web.Errorf(http.StatusNotFound, "見つかりません。")
		}
		if err := outreach.SetRunStatus(r.Context(), p.Store, id, status); err != nil {
			if errors.Is(err, outreach.ErrNotFound) {
				return err
			}
			return web.Errorf(http.StatusConflict, "変更できません: %v", err)
		}
		web.Redirect(w, r, fmt.Sprintf("/campaign-runs/%d", id), label)
		return nil
	})
	subscribe, err := parse("subscribe.html")
	if err != nil {
		return err
	}
	s.Page("GET /leads/{id}/subscribe", store.RoleStaff, func(w http.ResponseWriter, r *http.Request, q *web.Request) error {
		id, err := pathID(r)
		if err != nil {
			return err
		}
		l, err := p.Store.GetLead(r.Context(), id)
		if err != nil {
			return err
		}
		lists, err := outreach.Lists(r.Context(), p.Store)
		if err != nil {
			return err
		}
		return subscribe.render(w, r, q, subscribeView{Lead: l, Lists: lists, Methods: outreach.ConsentMethods(),
			Today: time.Now().In(jst()).Format(time.DateOnly)})
	})
	s.Page("POST /leads/{id}/subscribe", store.RoleStaff, func(w http.ResponseWriter, r *http.Request, q *web.Request) error {
		id, err := pathID(r)
		if err != nil {
			return err
		}
		listID, err := strconv.ParseInt(r.PostFormValue("list"), 10, 64)
		if err != nil {
			return web.Errorf(http.StatusBadRequest, "配信リストを選んでください。")
		}
		given, err := time.ParseInLocation(time.DateOnly, r.PostFormValue("given"), jst())
		if err != nil {
			return web.Errorf(http.StatusBadRequest, "同意を得た日を入力してください。")
		}
		c := outreach.Consent{Method: r.PostFormValue("method"), GivenAt: given, Evidence: r.PostFormValue("evidence"),
			RecordedBy: q.User.Username}
		if _, err := outreach.AddLeadToList(r.Context(), p.Store, id, listID, c); err != nil {
			if errors.Is(err, outreach.ErrNoConsent) || errors.Is(err, outreach.ErrSuppressed) {
				return web.Errorf(http.StatusBadRequest, "追加できません: %v", err)
			}
			return err
		}
		web.Redirect(w, r, fmt.Sprintf("/leads/%d", id), "配信リストに追加しました")
		return nil
	})
	s.Nav("配信", "/campaigns", store.RoleAdmin)
	return nil
}

func jst() *time.Location {
	loc, err := time.LoadLocation(outreach.DefaultZone)
	if err != nil {
		return time.FixedZone("JST", 9*3600)
	}
	return loc
}

// subscribeView is the page that puts a doctor lead on a mailing list.
type subscribeView struct {
	Lead    *store.Lead
	Lists   []outreach.ListCount
	Methods []string
	Today   string
}

// page is one parsed page template.
type page struct {
	s *web.Server
	t *template.Template
}

func (p *page) render(w http.ResponseWriter, r *http.Request, q *web.Request, data any) error {
	return p.s.Render(w, r, q, http.StatusOK, p.t, data)
}

func pathID(r *http.Request) (int64, error) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		return 0, web.Errorf(http.StatusNotFound, "見つかりません。")
	}
	return id, nil
}

// campaignRow is one line of the campaign list.
type campaignRow struct {
	Campaign outreach.Campaign
	Lists    []string
	Audience int
	SendAt   time.Time // one-off time, zero for cron
	Next     time.Time // zero when none
	LastRun  *outreach.Run
}

func (p *Pages) campaigns(ctx context.Context) ([]campaignRow, error) {
	camps, err := outreach.Campaigns(ctx, p.Store)
	if err != nil {
		return nil, err
	}
	out := make([]campaignRow, 0, len(camps))
	for _, c := range camps {
		row := campaignRow{Campaign: c}
		if c.SendAt != nil {
			row.SendAt = *c.SendAt
		}
		if row.Lists, err = outreach.CampaignLists(ctx, p.Store, c.ID); err != nil {
			return nil, err
		}
		if row.Audience, err = outreach.Audience(ctx, p.Store, c.ID); err != nil {
			return nil, err
		}
		if c.Status == outreach.CampaignScheduled {
			if next, err := outreach.NextRuns(&c, time.Now(), 1); err == nil && len(next) > 0 {
				row.Next = next[0]
			}
		}
		runs, err := outreach.Runs(ctx, p.Store, c.ID, 1)
		if err != nil {
			return nil, err
		}
		if len(runs) > 0 {
			row.LastRun = &runs[0]
		}
		out = append(out, row)
	}
	return out, nil
}

// campaignView is the campaign page.
type campaignView struct {
	Campaign  *outreach.Campaign
	Lists     []string
	Audience  int
	Next      []time.Time
	Runs      []runLine
	Preview   outreach.Rendered
	PreviewTo string
	Email     string // the chosen recipient, if any
	LabelsErr string // why it cannot be scheduled or sent, if it cannot
	CanTest   bool
	TestTo    string
	CronInput string // the cron spec without its CRON_TZ=Asia/Tokyo prefix
}

type runLine struct {
	Run      outreach.Run
	Progress outreach.Progress
}

func (p *Pages) campaign(ctx context.Context, id int64, email string) (*campaignView, error) {
	c, err := outreach.GetCampaign(ctx, p.Store.DB, id)
	if err != nil {
		return nil, err
	}
	v := &campaignView{Campaign: c, Email: email, CanTest: p.Tester != nil, TestTo: p.TestAddresses,
		CronInput: strings.TrimPrefix(c.CronSpec, "CRON_TZ="+outreach.DefaultZone+" ")}
	if v.Lists, err = outreach.CampaignLists(ctx, p.Store, id); err != nil {
		return nil, err
	}
	if v.Audience, err = outreach.Audience(ctx, p.Store, id); err != nil {
		return nil, err
	}
	if c.Status == outreach.CampaignScheduled {
		if v.Next, err = outreach.NextRuns(c, time.Now(), 5); err != nil {
			return nil, err
		}
	}
	runs, err := outreach.Runs(ctx, p.Store, id, 20)
	if err != nil {
		return nil, err
	}
	for _, r := range runs {
		pr, err := outreach.RunProgress(ctx, p.Store, r.ID)
		if err != nil {
			return nil, err
		}
		v.Runs = append(v.Runs, runLine{Run: r, Progress: pr})
	}
	compiled, err := outreach.Compile(outreach.Content{Subject: c.Subject, Text: c.BodyText, HTML: c.BodyHTML})
	if err != nil {
		v.LabelsErr = err.Error()
		return v, nil
	}
	if err := outreach.CheckLabels(compiled, p.Org); err != nil {
		v.LabelsErr = err.Error()
	}
	d := outreach.Data{Name: "見本 太郎", Organization: "見本病院", Prefecture: "青森県", Email: "sample@example.jp",
		Kind: outreach.KindPhysician, Basis: "consent", Org: p.Org}
	var subID int64
	if email != "" {
		sub, err := outreach.SubscriberByEmail(ctx, p.Store, email)
		if err != nil {
			return nil, web.Errorf(http.StatusNotFound, "そのアドレスの購読者はいません。")
		}
		subID = sub.ID
		d.Name, d.Organization, d.Prefecture, d.Email, d.Kind = sub.Name, sub.Organization, sub.Prefecture, sub.Address(), sub.Kind
		if sub.PublishedBusiness {
			d.Basis = "published"
		}
	}
	d.UnsubscribeURL = outreach.UnsubscribeURL(p.BaseURL, p.Signer.UnsubscribeToken(subID, d.Email))
	if v.Preview, err = compiled.Render(&d); err != nil {
		v.LabelsErr = err.Error()
	}
	v.PreviewTo = d.Email
	return v, nil
}

// runView is the run page.
type runView struct {
	Report   *outreach.Report
	Campaign *outreach.Campaign
	Live     bool
}
