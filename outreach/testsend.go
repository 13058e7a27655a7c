package outreach

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"strconv"
	"time"
)

// TestSend sends a campaign to staff addresses before it is scheduled:
// rendered for a sample recipient, with "[テスト]" before the subject and
// an unsubscribe link that unsubscribes nobody. It refuses a campaign whose
// mail would lack a mandatory label.
func (e *Engine) TestSend(ctx context.Context, campaignID int64, to []string, sample *Data) error {
	o := e.Opts
	o.defaults()
	c, err := GetCampaign(ctx, e.Store.DB, campaignID)
	if err != nil {
		return err
	}
	compiled, err := Compile(Content{Subject: "[テスト] " + c.Subject, Text: c.BodyText, HTML: c.BodyHTML})
	if err != nil {
		return err
	}
	if err := CheckLabels(compiled, o.Org); err != nil {
		return fmt.Errorf("outreach: campaign %d: %w", campaignID, err)
	}
	conn, err := e.Transport.Dial(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	domain := domainOf(o.FromAddr)
	var buf bytes.Buffer
	for _, addr := range to {
		addr, err := NormalizeAddress(addr)
		if err != nil {
			return fmt.Errorf("outreach: test send to %q: %w", addr, err)
		}
		d := Data{Name: "テスト 太郎", Organization: "テスト病院", Prefecture: "東京都", Kind: KindPhysician}
		if sample != nil {
			d = *sample
		}
		d.Email, d.Basis, d.Org = addr, "test", o.Org
		d.UnsubscribeURL = UnsubscribeURL(o.BaseURL, e.Signer.UnsubscribeToken(0, addr))
		r, err := compiled.Render(&d)
		if err != nil {
			return err
		}
		nonce := rand.Uint64()
		h := &Header{FromName: o.Org.Name, FromAddr: o.FromAddr, To: addr, Subject: r.Subject,
			MessageID: "test." + strconv.FormatInt(campaignID, 10) + "." + strconv.FormatUint(nonce, 36) + "@" + domain,
			Date:      time.Now(), UnsubscribeURL: d.UnsubscribeURL, UnsubscribeTo: o.UnsubscribeTo,
			UnsubscribeKey: e.Signer.UnsubscribeToken(0, addr)}
		Compose(&buf, h, &r, "=_t"+strconv.FormatUint(nonce, 36))
		data := buf.Bytes()
		if e.DKIM != nil {
			if data, err = e.DKIM.Sign(data); err != nil {
				return err
			}
		}
		if err := conn.Send(ctx, o.FromAddr, addr, data); err != nil {
			return fmt.Errorf("outreach: test send: %w", err)
		}
	}
	return nil
}
