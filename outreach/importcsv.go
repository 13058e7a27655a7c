package outreach

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/jmoiron/sqlx"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/md2-rm/madoguchi/internal/vocab"
	"github.com/md2-rm/madoguchi/store"
)

// Import columns, keyed by the names a header may use (compared after
// NFKC, lower-casing and removing spaces, "-" and "_").
func importColumns() map[string][]string {
	return map[string][]string{
		"email":            {"email", "e-mail", "mail", "mailaddress", "emailaddress", "メール", "メールアドレス", "eメール", "電子メール", "電子メールアドレス"},
		"name":             {"name", "fullname", "氏名", "名前", "お名前", "医師名"},
		"organization":     {"organization", "organisation", "org", "affiliation", "所属", "勤務先", "医療機関", "医療機関名", "団体名", "組織", "病院名", "法人名"},
		"prefecture":       {"prefecture", "都道府県", "都道府県名"},
		"specialties":      {"specialties", "specialty", "診療科", "専門", "専門科", "専門分野"},
		"kind":             {"kind", "type", "種別", "区分"},
		"list":             {"list", "リスト", "配信リスト"},
		"consent_method":   {"consentmethod", "consent", "同意方法", "取得方法", "同意取得方法"},
		"consent_at":       {"consentat", "consentdate", "consentedat", "同意日", "同意日時", "取得日", "同意取得日"},
		"evidence":         {"evidence", "consentevidence", "証跡", "同意の証跡", "根拠", "同意記録"},
		"published_source": {"publishedsource", "publishedurl", "公開元", "公開url", "掲載url", "掲載元"},
	}
}

func headerKey(h string) string {
	h = norm.NFKC.String(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))
	h = strings.ToLower(h)
	return strings.NewReplacer(" ", "", "　", "", "-", "", "_", "").Replace(h)
}

// kindAliases maps the kinds as staff write them to the codes.
func kindAliases() map[string]string {
	return map[string]string{
		"association": KindAssociation, "医師会": KindAssociation, "団体": KindAssociation,
		"physician": KindPhysician, "doctor": KindPhysician, "医師": KindPhysician,
		"hospital": KindHospital, "病院": KindHospital, "医療機関": KindHospital, "診療所": KindHospital, "クリニック": KindHospital,
		"other": KindOther, "その他": KindOther,
	}
}

func methodAliases() map[string]string {
	return map[string]string{
		"web_form": ConsentWebForm, "webform": ConsentWebForm, "web": ConsentWebForm, "ウェブ": ConsentWebForm,
		"webフォーム": ConsentWebForm, "フォーム": ConsentWebForm, "申込フォーム": ConsentWebForm,
		"mail": ConsentMail, "email": ConsentMail, "メール": ConsentMail,
		"in_person": ConsentInPerson, "inperson": ConsentInPerson, "対面": ConsentInPerson, "口頭": ConsentInPerson,
		"card": ConsentCard, "business_card": ConsentCard, "名刺": ConsentCard, "申込書": ConsentCard, "書面": ConsentCard,
		"published": ConsentPublished, "公開": ConsentPublished, "公開アドレス": ConsentPublished,
	}
}

// RowError is a rejected import row.
type RowError struct {
	Line   int
	Reason string
}

// ImportReport is the outcome of an import.
type ImportReport struct {
	Encoding string // "UTF-8" or "Shift_JIS"
	Rows     int
	Created  int // new subscribers
	Updated  int // subscribers already known (an import run twice changes nothing)
	Errors   []RowError
}

// ImportOptions tune ImportCSV.
type ImportOptions struct {
	List       string                // list for rows without a list column
	Kind       string                // kind for rows without a kind column; default physician
	RecordedBy string                // who recorded the consents
	Location   *time.Location        // zone of dates without one; Asia/Tokyo when nil
	Progress   func(done, total int) // called as rows are processed
}

// DecodeCSV returns the file as UTF-8: UTF-8 (with or without a BOM) is
// kept, anything else is read as Shift_JIS (CP932, as Excel saves).
func DecodeCSV(b []byte) ([]byte, string, error) {
	b = bytes.TrimPrefix(b, []byte("\ufeff"))
	if utf8.Valid(b) {
		return b, "UTF-8", nil
	}
	out, _, err := transform.Bytes(japanese.ShiftJIS.NewDecoder(), b)
	if err != nil {
		return nil, "", fmt.Errorf("neither UTF-8 nor Shift_JIS: %w", err)
	}
	return out, "Shift_JIS", nil
}

type importRow struct {
	line    int
	sub     Subscriber
	list    string
	consent Consent
}

// ImportCSV reads subscribers from a CSV file with a header row, reports
// every bad row by line with the reason, and imports the good ones. It is
// idempotent: importing the same file again changes nothing.
func ImportCSV(ctx context.Context, st *store.Store, r io.Reader, opts ImportOptions) (*ImportReport, error) {
	raw, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("outreach: import: %w", err)
	}
	text, enc, err := DecodeCSV(raw)
	if err != nil {
		return nil, fmt.Errorf("outreach: import: %w", err)
	}
	rep := &ImportReport{Encoding: enc}
	loc := opts.Location
	if loc == nil {
		loc, _ = time.LoadLocation(DefaultZone)
	}
	cr := csv.NewReader(bufio.NewReader(bytes.NewReader(text)))
	cr.FieldsPerRecord = -1
	cr.TrimLeadingSpace = true
	header, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("outreach: import: header: %w", err)
	}
	col := map[string]int{}
	aliases := importColumns()
	for i, h := range header {
		k := headerKey(h)
		for name, names := range aliases {
			if slices.Contains(names, k) {
				if _, dup := col[name]; !dup {
					col[name] = i
				}
			}
		}
	}
	if _, ok := col["email"]; !ok {
		return nil, errors.New("outreach: import: no address column (e.g. \"email\" or \"メールアドレス\")")
	}
	if _, ok := col["list"]; !ok && opts.List == "" {
		return nil, errors.New("outreach: import: no list column and no list given")
	}
	v := vocab.Load()
	seen := map[string]int{}
	var good []importRow
	var records [][]string
	var lines []int
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		line, _ := cr.FieldPos(0)
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				rep.Errors = append(rep.Errors, RowError{Line: pe.Line, Reason: "unreadable CSV: " + pe.Err.Error()})
				continue
			}
			return nil, fmt.Errorf("outreach: import: %w", err)
		}
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue
		}
		records = append(records, rec)
		lines = append(lines, line)
	}
	rep.Rows = len(records)
	for i, rec := range records {
		line := lines[i]
		get := func(name string) string {
			j, ok := col[name]
			if !ok || j >= len(rec) {
				return ""
			}
			return strings.TrimSpace(rec[j])
		}
		bad := func(format string, a ...any) {
			rep.Errors = append(rep.Errors, RowError{Line: line, Reason: fmt.Sprintf(format, a...)})
		}
		email, err := NormalizeAddress(norm.NFKC.String(get("email")))
		if err != nil {
			bad("%v", err)
			continue
		}
		if first, dup := seen[email]; dup {
			bad("duplicate: the address is already on line %d", first)
			continue
		}
		seen[email] = line
		row := importRow{line: line, list: get("list")}
		if row.list == "" {
			row.list = opts.List
		}
		kind := opts.Kind
		if kind == "" {
			kind = KindPhysician
		}
		if k := get("kind"); k != "" {
			code, ok := kindAliases()[strings.ToLower(norm.NFKC.String(k))]
			if !ok {
				bad("unknown kind %q", k)
				continue
			}
			kind = code
		}
		pref := norm.NFKC.String(get("prefecture"))
		if pref != "" {
			if _, ok := v.Prefecture(pref); !ok {
				bad("unknown prefecture %q", pref)
				continue
			}
		}
		var specs store.StringList
		for _, s := range strings.FieldsFunc(get("specialties"), func(r rune) bool { return strings.ContainsRune(";；,、，・/／", r) }) {
			if s = strings.TrimSpace(s); s != "" {
				specs = append(specs, s)
			}
		}
		row.sub = Subscriber{Email: &email, Name: get("name"), Organization: get("organization"), Prefecture: pref,
			Specialties: specs, Kind: kind, PublishedSource: get("published_source")}
		method := get("consent_method")
		if method != "" {
			code, ok := methodAliases()[strings.ToLower(norm.NFKC.String(method))]
			if !ok {
				bad("unknown consent method %q", method)
				continue
			}
			method = code
		}
		if method == "" && row.sub.PublishedSource != "" {
			method = ConsentPublished
		}
		if method == ConsentPublished {
			if !IsOrganization(kind) {
				bad("missing consent: only an association or hospital may be mailed at a published address")
				continue
			}
			row.sub.PublishedBusiness = true
		}
		var given time.Time
		if at := get("consent_at"); at != "" {
			given, err = parseDate(at, loc)
			if err != nil {
				bad("consent date %q: %v", at, err)
				continue
			}
		}
		evidence := get("evidence")
		if method == ConsentPublished && evidence == "" {
			evidence = row.sub.PublishedSource
		}
		if method == ConsentPublished && row.sub.PublishedSource == "" {
			// The page where the address is published is the evidence.
			row.sub.PublishedSource = evidence
		}
		switch {
		case method == "":
			bad("missing consent: no consent method (web_form, mail, in_person, card) for %s", kind)
			continue
		case given.IsZero():
			bad("missing consent: no consent date")
			continue
		case evidence == "":
			bad("missing consent: no evidence of consent")
			continue
		}
		row.consent = Consent{Method: method, GivenAt: given, Evidence: evidence, RecordedBy: opts.RecordedBy}
		if err := checkConsent(&row.sub, row.consent); err != nil {
			bad("%v", strings.TrimPrefix(err.Error(), "outreach: subscribe: "))
			continue
		}
		good = append(good, row)
	}
	lists := map[string]int64{}
	const chunk = 200
	done := 0
	for from := 0; from < len(good); from += chunk {
		part := good[from:min(from+chunk, len(good))]
		var rowErrs []RowError
		created, updated := 0, 0
		err := st.InTx(ctx, func(tx *sqlx.Tx) error {
			rowErrs, created, updated = nil, 0, 0
			for _, row := range part {
				listID, ok := lists[row.list]
				if !ok {
					id, err := EnsureList(ctx, tx, row.list, "")
					if err != nil {
						return err
					}
					listID = id
				}
				sub := row.sub
				_, isNew, err := UpsertSubscriber(ctx, tx, &sub)
				if err != nil {
					return err
				}
				if err := Subscribe(ctx, st, tx, listID, &sub, row.consent); err != nil {
					if errors.Is(err, ErrSuppressed) || errors.Is(err, ErrNoConsent) {
						rowErrs = append(rowErrs, RowError{Line: row.line, Reason: strings.TrimPrefix(err.Error(), "outreach: subscribe: ")})
						continue
					}
					return err
				}
				if isNew {
					created++
				} else {
					updated++
				}
			}
			return nil
		})
		if err != nil {
			return rep, err
		}
		// The list ids are known only once their transaction committed.
		for _, row := range part {
			if _, ok := lists[row.list]; !ok {
				var id int64
				if err := st.DB.GetContext(ctx, &id, st.DB.Rebind(`SELECT id FROM mailing_lists WHERE name = ?`), row.list); err == nil {
					lists[row.list] = id
				}
			}
		}
		rep.Errors = append(rep.Errors, rowErrs...)
		rep.Created += created
		rep.Updated += updated
		done += len(part)
		if opts.Progress != nil {
			opts.Progress(done, len(good))
		}
	}
	slices.SortStableFunc(rep.Errors, func(a, b RowError) int { return a.Line - b.Line })
	return rep, nil
}

func parseDate(s string, loc *time.Location) (time.Time, error) {
	s = norm.NFKC.String(strings.TrimSpace(s))
	for _, layout := range []string{time.RFC3339, "2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02",
		"2006/01/02 15:04:05", "2006/01/02 15:04", "2006/1/2 15:04", "2006/01/02", "2006/1/2", "2006年1月2日"} {
		if t, err := time.ParseInLocation(layout, s, loc); err == nil {
			if t.After(time.Now().Add(24 * time.Hour)) {
				return time.Time{}, errors.New("in the future")
			}
			return t.UTC(), nil
		}
	}
	return time.Time{}, errors.New("not a date (e.g. 2026-04-01 or 2026/4/1)")
}

// ExportCSV writes the subscriptions of one list (every list when empty) as
// UTF-8 CSV with a BOM, in columns ImportCSV reads back.
func ExportCSV(ctx context.Context, st *store.Store, w io.Writer, list string) (int, error) {
	q := `SELECT s.email, s.name, s.organization, s.prefecture, s.specialties, s.kind, l.name AS list, x.status,
		COALESCE(c.method, '') AS method, c.given_at, COALESCE(c.evidence, '') AS evidence, s.published_source
		FROM subscriptions x JOIN subscribers s ON s.id = x.subscriber_id JOIN mailing_lists l ON l.id = x.list_id
		LEFT JOIN consent_records c ON c.id = x.consent_id
		WHERE s.email IS NOT NULL`
	var args []any
	if list != "" {
		q += ` AND l.name = ?`
		args = append(args, list)
	}
	q += ` ORDER BY l.name, s.email`
	rows, err := st.DB.QueryxContext(ctx, st.DB.Rebind(q), args...)
	if err != nil {
		return 0, fmt.Errorf("outreach: export: %w", err)
	}
	defer rows.Close()
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return 0, fmt.Errorf("outreach: export: %w", err)
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	if err := cw.Write([]string{"メールアドレス", "氏名", "所属", "都道府県", "診療科", "種別", "リスト", "状態",
		"同意方法", "同意日時", "証跡", "公開元"}); err != nil {
		return 0, fmt.Errorf("outreach: export: %w", err)
	}
	jst, _ := time.LoadLocation(DefaultZone)
	n := 0
	for rows.Next() {
		var r struct {
			Email, Name, Organization, Prefecture string
			Specialties                           store.StringList
			Kind, List, Status, Method            string
			GivenAt                               *time.Time `db:"given_at"`
			Evidence                              string
			PublishedSource                       string `db:"published_source"`
		}
		if err := rows.StructScan(&r); err != nil {
			return n, fmt.Errorf("outreach: export: %w", err)
		}
		given := ""
		if r.GivenAt != nil {
			given = r.GivenAt.In(jst).Format("2006-01-02 15:04:05")
		}
		if err := cw.Write([]string{r.Email, r.Name, r.Organization, r.Prefecture, strings.Join(r.Specialties, ";"),
			r.Kind, r.List, r.Status, r.Method, given, r.Evidence, r.PublishedSource}); err != nil {
			return n, fmt.Errorf("outreach: export: %w", err)
		}
		n++
	}
	if err := rows.Err(); err != nil {
		return n, fmt.Errorf("outreach: export: %w", err)
	}
	cw.Flush()
	return n, cw.Error()
}
