package outreach

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/jmoiron/sqlx"

	"github.com/md2-rm/madoguchi/store"
)

// Helpers for mail intake: campaign mail names its ledger row in the
// envelope sender (bounce+<token>@…) and in X-Madoguchi-Ledger, and its
// List-Unsubscribe mailto carries "unsubscribe <token>" as the subject.

// RecordLedgerBounce ties a bounce to the campaign mail it answers. token is
// the ledger token from the DSN's original recipient (bounce+<token>@…, see
// Signer.ParseBounceAddress) or from the returned X-Madoguchi-Ledger header.
// The bounce is counted for the row's address (store.RecordBounce, which
// suppresses it on a hard bounce or after softLimit soft ones) and noted on
// the row. It returns the row id, or ok=false when the token is not ours. q is
// the database or the caller's transaction.
func RecordLedgerBounce(ctx context.Context, st *store.Store, q store.Execer, signer *Signer, token, status string, hard bool, softLimit int) (rowID int64, ok bool, err error) {
	token = strings.TrimSpace(token)
	if strings.Contains(token, "@") {
		rowID, ok = signer.ParseBounceAddress(token)
	} else {
		rowID, ok = signer.ParseLedgerToken(token)
	}
	if !ok {
		return 0, false, nil
	}
	var email string
	err = sqlx.GetContext(ctx, q, &email, q.Rebind(`SELECT email FROM run_recipients WHERE id = ?`), rowID)
	if errors.Is(err, sql.ErrNoRows) {
		return rowID, false, nil
	}
	if err != nil {
		return rowID, false, fmt.Errorf("outreach: bounce: %w", err)
	}
	if _, err := st.RecordBounce(ctx, q, email, status, hard, softLimit, fmt.Sprintf("campaign ledger %d", rowID)); err != nil {
		return rowID, true, err
	}
	kind := "soft"
	if hard {
		kind = "hard"
	}
	_, err = q.ExecContext(ctx, q.Rebind(`UPDATE run_recipients SET last_error = ?, updated_at = ? WHERE id = ?`),
		fmt.Sprintf("bounced (%s) %s", kind, status), store.Now(), rowID)
	if err != nil {
		return rowID, true, fmt.Errorf("outreach: bounce: %w", err)
	}
	return rowID, true, nil
}

// UnsubscribeBySubject honours a List-Unsubscribe mailto request: a mail
// whose subject is "unsubscribe <token>". It reports whether the subject
// held a valid token (the address is then unsubscribed, idempotently). q is
// the database or the caller's transaction.
func UnsubscribeBySubject(ctx context.Context, st *store.Store, q store.Execer, signer *Signer, subject string) (bool, error) {
	f := strings.Fields(subject)
	i := -1
	for j, w := range f {
		if strings.EqualFold(w, "unsubscribe") {
			i = j
		}
	}
	if i < 0 || i+1 >= len(f) {
		return false, nil
	}
	token := f[i+1]
	id, ok := ParseUnsubscribeToken(token)
	if !ok || id == 0 {
		return false, nil
	}
	sub, err := GetSubscriber(ctx, q, id)
	if errors.Is(err, ErrNotFound) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	if sub.Email == nil || !signer.VerifyUnsubscribe(token, sub.ID, *sub.Email) {
		return false, nil
	}
	if _, err := UnsubscribeIn(ctx, st, q, *sub.Email, "unsubscribe mail"); err != nil {
		return true, err
	}
	return true, nil
}
