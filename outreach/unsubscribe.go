package outreach

import (
	"context"
	"errors"
	"html/template"
	"log/slog"
	"net/http"

	"github.com/md2-rm/madoguchi/store"
)

// UnsubscribePattern is where the Unsubscribe handler is mounted.
const UnsubscribePattern = "/u/{token}"

// UnsubscribeHandler is the public opt-out endpoint. GET shows a confirmation
// page in Japanese; POST (the page's button, or a mail client's RFC 8058
// one-click request) unsubscribes without login. It is idempotent: the
// address is taken off every list and put on the suppression list, and
// only fresh consent puts it back.
type UnsubscribeHandler struct {
	Store  *store.Store
	Signer *Signer
	Log    *slog.Logger
	Org    Org
}

type unsubPage struct {
	Title   string
	Message string
	Confirm bool
	Org     Org
}

// pageTmpl is parsed per request: it is small, and the package keeps no
// mutable state.
const pageTmpl = `<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
<style>body{font-family:sans-serif;max-width:36em;margin:3em auto;padding:0 1em;line-height:1.7;color:#222}
button{font-size:1em;padding:.6em 1.6em}</style></head>
<body><h1>{{.Title}}</h1><p>{{.Message}}</p>
{{if .Confirm}}<form method="post"><button type="submit">配信を停止する</button></form>{{end}}
<hr><p><small>{{.Org.Name}}{{with .Org.Email}}　お問い合わせ：{{.}}{{end}}</small></p></body></html>`

func (h *UnsubscribeHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'")
	w.Header().Set("X-Frame-Options", "DENY")
	w.Header().Set("Referrer-Policy", "no-referrer")
	switch r.Method {
	case http.MethodGet, http.MethodHead, http.MethodPost:
	default:
		w.Header().Set("Allow", "GET, HEAD, POST")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	token := r.PathValue("token")
	sub, test, err := h.resolve(r.Context(), token)
	if err != nil {
		if errors.Is(err, ErrNotFound) {
			h.page(w, http.StatusNotFound, unsubPage{Title: "リンクが無効です",
				Message: "この配信停止リンクは無効です。お手数ですが、メールに記載のお問い合わせ先までご連絡ください。"})
			return
		}
		h.Log.Error("unsubscribe: lookup failed", "err", err)
		h.page(w, http.StatusInternalServerError, unsubPage{Title: "エラー",
			Message: "ただいま処理できません。しばらくしてから、もう一度お試しください。"})
		return
	}
	if test {
		h.page(w, http.StatusOK, unsubPage{Title: "テスト送信",
			Message: "これはテスト送信の配信停止リンクです。配信停止の手続きは行われません。"})
		return
	}
	if r.Method != http.MethodPost {
		sup, err := h.Store.Suppressed(r.Context(), sub.Address())
		if err == nil && sup != nil && sup.Reason == store.SuppressUnsubscribe {
			h.page(w, http.StatusOK, unsubPage{Title: "配信停止済みです",
				Message: "このアドレスへのお知らせの配信は、すでに停止しています。"})
			return
		}
		h.page(w, http.StatusOK, unsubPage{Title: "配信停止の確認", Confirm: true,
			Message: "「配信を停止する」を押すと、" + h.Org.Name + "からのお知らせメールの配信を停止します。"})
		return
	}
	changed, err := Unsubscribe(r.Context(), h.Store, sub.Address(), "unsubscribe link")
	if err != nil {
		h.Log.Error("unsubscribe failed", "subscriber", sub.ID, "err", err)
		h.page(w, http.StatusInternalServerError, unsubPage{Title: "エラー",
			Message: "ただいま処理できません。しばらくしてから、もう一度お試しください。"})
		return
	}
	if changed {
		h.Log.Info("unsubscribed", "subscriber", sub.ID)
	}
	h.page(w, http.StatusOK, unsubPage{Title: "配信を停止しました",
		Message: "今後、このアドレスにお知らせメールはお送りしません。ご利用ありがとうございました。"})
}

// resolve checks a token and returns its subscriber; test is true for a
// test send's token.
func (h *UnsubscribeHandler) resolve(ctx context.Context, token string) (*Subscriber, bool, error) {
	id, ok := ParseUnsubscribeToken(token)
	if !ok {
		return nil, false, ErrNotFound
	}
	if id == 0 {
		// A test send's token signs the staff address; it is not looked up.
		return nil, true, nil
	}
	sub, err := GetSubscriber(ctx, h.Store.DB, id)
	if err != nil {
		return nil, false, err
	}
	if sub.Email == nil || !h.Signer.VerifyUnsubscribe(token, sub.ID, *sub.Email) {
		return nil, false, ErrNotFound
	}
	return sub, false, nil
}

func (h *UnsubscribeHandler) page(w http.ResponseWriter, code int, p unsubPage) {
	p.Org = h.Org
	t, err := template.New("page").Parse(pageTmpl)
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(code)
	_ = t.Execute(w, p)
}
