package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/jmoiron/sqlx"

	"github.com/md2-rm/madoguchi/internal/lead"
)

// Unassigned, as LeadFilter.AssigneeID, selects leads nobody is assigned to.
const Unassigned int64 = -1

// LeadFilter selects leads for the inbox and the CSV export. Zero values
// select everything.
type LeadFilter struct {
	Category   string
	Status     string
	Prefecture string
	Specialty  string
	AssigneeID int64     // 0: anyone; Unassigned: nobody
	From, To   time.Time // created_at in [From, To)
	Query      string    // words searched in name, kana, organisation, email and body
	Unreviewed bool
	Limit      int // default 50, at most 1000 (0 in Export: all)
	Offset     int
}

// LeadRow is a lead as the inbox lists it: without its body, with its
// assignee's name.
type LeadRow struct {
	ID           int64          `db:"id"`
	Category     string         `db:"category"`
	Status       string         `db:"status"`
	AssigneeID   sql.NullInt64  `db:"assignee_id"`
	Assignee     sql.NullString `db:"assignee"`
	Name         sql.NullString `db:"name"`
	NameKana     sql.NullString `db:"name_kana"`
	Email        sql.NullString `db:"email"`
	Phone        sql.NullString `db:"phone"`
	Organization sql.NullString `db:"organization"`
	Specialties  StringList     `db:"specialties"`
	Prefectures  StringList     `db:"prefectures"`
	Municipality sql.NullString `db:"municipality"`
	Employment   StringList     `db:"employment"`
	Age          sql.NullInt64  `db:"age"`
	DaysPerWeek  sql.NullInt64  `db:"days_per_week"`
	Start        sql.NullString `db:"start"`
	CloseReason  sql.NullString `db:"close_reason"`
	ReviewedAt   sql.NullTime   `db:"reviewed_at"`
	CreatedAt    time.Time      `db:"created_at"`
	UpdatedAt    time.Time      `db:"updated_at"`
}

const leadRowColumns = `l.id, l.category, l.status, l.assignee_id, u.username AS assignee, l.name, l.name_kana,
	l.email, l.phone, l.organization, l.specialties, l.prefectures, l.municipality, l.employment, l.age,
	l.days_per_week, l.start, l.close_reason, l.reviewed_at, l.created_at, l.updated_at`

// where builds the filter's conditions; withStatus false leaves the status
// out (for the counts per status).
func (s *Store) leadWhere(f LeadFilter, withStatus bool) (string, []any) {
	var conds []string
	var args []any
	add := func(cond string, a ...any) {
		conds = append(conds, cond)
		args = append(args, a...)
	}
	if f.Category != "" {
		add(`l.category = ?`, f.Category)
	}
	if withStatus && f.Status != "" {
		add(`l.status = ?`, f.Status)
	}
	// Lists are JSON arrays of vocabulary names; a quoted name matches one
	// element exactly.
	if f.Prefecture != "" {
		add(`l.prefectures LIKE ? ESCAPE '\'`, `%`+likeEscape(jsonString(f.Prefecture))+`%`)
	}
	if f.Specialty != "" {
		add(`l.specialties LIKE ? ESCAPE '\'`, `%`+likeEscape(jsonString(f.Specialty))+`%`)
	}
	switch {
	case f.AssigneeID == Unassigned:
		add(`l.assignee_id IS NULL`)
	case f.AssigneeID > 0:
		add(`l.assignee_id = ?`, f.AssigneeID)
	}
	if !f.From.IsZero() {
		add(`l.created_at >= ?`, f.From.UTC())
	}
	if !f.To.IsZero() {
		add(`l.created_at < ?`, f.To.UTC())
	}
	if f.Unreviewed {
		add(`l.reviewed_at IS NULL`)
	}
	for _, word := range strings.Fields(f.Query) {
		switch {
		case s.driver != SQLite && utf8.RuneCountInString(word) >= 3:
			// The pg_trgm index on the searched text serves ILIKE.
			add(leadSearchText+` ILIKE ? ESCAPE '\'`, `%`+likeEscape(word)+`%`)
		case s.driver != SQLite:
			// pg_trgm has no trigram to look up for a shorter word, and a
			// scan of the whole index is slower than reading the leads, so
			// the condition is written column by column where the index
			// does not apply. A word without upper or lower case (Japanese)
			// needs no case folding: LIKE is much cheaper than ILIKE.
			like := `ILIKE`
			if strings.ToLower(word) == strings.ToUpper(word) {
				like = `LIKE`
			}
			p := `%` + likeEscape(word) + `%`
			add(`(l.name `+like+` ? ESCAPE '\' OR l.name_kana `+like+` ? ESCAPE '\' OR l.organization `+like+
				` ? ESCAPE '\' OR l.email `+like+` ? ESCAPE '\' OR l.body `+like+` ? ESCAPE '\')`, p, p, p, p, p)
		case utf8.RuneCountInString(word) >= 3:
			// SQLite's trigram index finds substrings of three or more
			// characters as a phrase.
			add(`l.id IN (SELECT rowid FROM leads_fts WHERE leads_fts MATCH ?)`, ftsPhrase(word))
		default:
			// A shorter word is every indexed trigram that starts with it
			// (each column is indexed with two newlines after it, so a word
			// at its end starts one too), read from the index's vocabulary;
			// none gives the empty phrase, which matches nothing. The
			// index folds ASCII case like LIKE does. Short words are often
			// common ones (病院 in most leads): the unary + keeps SQLite
			// from fetching every match by rowid and has it walk an index
			// of the leads (created_at for a page, the covering inbox index
			// for the counts) testing each id against the matches, which
			// stays fast however many leads match.
			w := strings.ToLower(word)
			add(`+l.id IN (SELECT rowid FROM leads_fts WHERE leads_fts MATCH (
				SELECT COALESCE(group_concat('"' || replace(term, '"', '""') || '"', ' OR '), '""')
				FROM leads_fts_terms WHERE term >= ? AND term < ?))`, w, w+string(utf8.MaxRune))
		}
	}
	if len(conds) == 0 {
		return "", nil
	}
	return ` WHERE ` + strings.Join(conds, ` AND `), args
}

// leadSearchText is the text PostgreSQL searches: the searched fields
// joined by newlines, as indexed by leads_search_trgm (pg_trgm, migration
// 00250) — the two must stay the same expression for the index to serve.
const leadSearchText = `(coalesce(l.name, '') || E'\n' || coalesce(l.name_kana, '') || E'\n' || ` +
	`coalesce(l.organization, '') || E'\n' || coalesce(l.email, '') || E'\n' || coalesce(l.body, ''))`

// ftsPhrase quotes a word as an FTS5 phrase, so that its characters are
// taken literally.
func ftsPhrase(w string) string { return `"` + strings.ReplaceAll(w, `"`, `""`) + `"` }

func jsonString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

func likeEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

// QueryLeads returns one page of the leads matching f, newest first, and how
// many match in all.
func (s *Store) QueryLeads(ctx context.Context, f LeadFilter) ([]LeadRow, int, error) {
	where, args := s.leadWhere(f, true)
	var total int
	if err := s.DB.GetContext(ctx, &total, s.DB.Rebind(`SELECT COUNT(*) FROM leads l`+where), args...); err != nil {
		return nil, 0, fmt.Errorf("store: query leads: count: %w", err)
	}
	limit := f.Limit
	if limit <= 0 {
		limit = 50
	}
	limit = min(limit, 1000)
	rows, err := s.selectLeadRows(ctx, where, args, limit, max(f.Offset, 0))
	if err != nil {
		return nil, 0, err
	}
	return rows, total, nil
}

// LeadPage returns one page of the leads matching f, newest first, without
// counting them (LeadStatusCounts gives the counts).
func (s *Store) LeadPage(ctx context.Context, f LeadFilter) ([]LeadRow, error) {
	where, args := s.leadWhere(f, true)
	limit := f.Limit
	if limit <= 0 {
		limit = 50
	}
	return s.selectLeadRows(ctx, where, args, min(limit, 1000), max(f.Offset, 0))
}

// ExportLeads returns every lead matching f (ignoring paging), newest first.
func (s *Store) ExportLeads(ctx context.Context, f LeadFilter) ([]LeadRow, error) {
	where, args := s.leadWhere(f, true)
	return s.selectLeadRows(ctx, where, args, -1, 0)
}

func (s *Store) selectLeadRows(ctx context.Context, where string, args []any, limit, offset int) ([]LeadRow, error) {
	query := `SELECT ` + leadRowColumns + ` FROM leads l LEFT JOIN users u ON u.id = l.assignee_id` + where +
		` ORDER BY l.created_at DESC, l.id DESC`
	if limit > 0 {
		query += ` LIMIT ? OFFSET ?`
		args = append(slices.Clip(args), limit, offset)
	}
	var rows []LeadRow
	if err := s.DB.SelectContext(ctx, &rows, s.DB.Rebind(query), args...); err != nil {
		return nil, fmt.Errorf("store: query leads: %w", err)
	}
	return rows, nil
}

// LeadCounts are the counts of the leads matching a filter, its status
// aside.
type LeadCounts struct {
	ByStatus   map[string]int
	All        int // every status
	Unreviewed int // not yet reviewed, in every status
}

// Matching is how many leads the filter's status selects ("" for all).
func (c LeadCounts) Matching(status string) int {
	if status == "" {
		return c.All
	}
	return c.ByStatus[status]
}

// LeadStatusCounts counts the leads matching f per status (its status filter
// aside), and the unreviewed ones.
func (s *Store) LeadStatusCounts(ctx context.Context, f LeadFilter) (LeadCounts, error) {
	where, args := s.leadWhere(f, false)
	c := LeadCounts{ByStatus: map[string]int{}}
	rows, err := s.DB.QueryContext(ctx, s.DB.Rebind(`SELECT l.status,
		COUNT(*), SUM(CASE WHEN l.reviewed_at IS NULL THEN 1 ELSE 0 END) FROM leads l`+where+` GROUP BY l.status`), args...)
	if err != nil {
		return c, fmt.Errorf("store: lead counts: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var st string
		var n, unreviewed int
		if err := rows.Scan(&st, &n, &unreviewed); err != nil {
			return c, fmt.Errorf("store: lead counts: %w", err)
		}
		c.ByStatus[st] = n
		c.All += n
		c.Unreviewed += unreviewed
	}
	if err := rows.Err(); err != nil {
		return c, fmt.Errorf("store: lead counts: %w", err)
	}
	return c, nil
}

// Actor is who makes a change: a signed-in user or a named process.
type Actor struct {
	UserID int64 // 0 for processes
	Name   string
}

func (a Actor) userID() sql.NullInt64 {
	return sql.NullInt64{Int64: a.UserID, Valid: a.UserID != 0}
}

// forUpdate locks the rows a read-modify-write transaction reads, so that
// on PostgreSQL two changes of one lead at once follow one another and each
// records in the history the value it really replaced. SQLite write
// transactions begin immediate and are serialised already.
func (s *Store) forUpdate() string {
	if s.driver == Postgres {
		return ` FOR UPDATE`
	}
	return ``
}

// forUpdateOf is forUpdate for a query that joins other tables: only the
// named table's rows are locked.
func (s *Store) forUpdateOf(table string) string {
	if s.driver == Postgres {
		return ` FOR UPDATE OF ` + table
	}
	return ``
}

// EditableFields lists the contract fields staff may correct, in form order.
var EditableFields = []string{"category", "name", "name_kana", "email", "phone", "age", "birth_year",
	"organization", "specialties", "prefectures", "municipality", "employment", "days_per_week", "start"}

// Change is one field's old and new value as recorded in the history. Null
// values are invalid; lists are JSON arrays.
type Change struct {
	Field    string
	Old, New sql.NullString
}

// fieldValue returns a field's value for the database and its text for the
// history.
func fieldValue(l *Lead, field string) (any, sql.NullString) {
	str := func(v sql.NullString) (any, sql.NullString) { return v, v }
	num := func(v sql.NullInt64) (any, sql.NullString) {
		if !v.Valid {
			return v, sql.NullString{}
		}
		return v, sql.NullString{String: fmt.Sprint(v.Int64), Valid: true}
	}
	list := func(v StringList) (any, sql.NullString) {
		s, _ := v.Value()
		return v, sql.NullString{String: s.(string), Valid: true}
	}
	switch field {
	case "category":
		return l.Category, sql.NullString{String: l.Category, Valid: true}
	case "name":
		return str(l.Name)
	case "name_kana":
		return str(l.NameKana)
	case "email":
		return str(l.Email)
	case "phone":
		return str(l.Phone)
	case "age":
		return num(l.Age)
	case "birth_year":
		return num(l.BirthYear)
	case "organization":
		return str(l.Organization)
	case "specialties":
		return list(l.Specialties)
	case "prefectures":
		return list(l.Prefectures)
	case "municipality":
		return str(l.Municipality)
	case "employment":
		return list(l.Employment)
	case "days_per_week":
		return num(l.DaysPerWeek)
	case "start":
		return str(l.Start)
	case "notes":
		return l.Notes, sql.NullString{String: l.Notes, Valid: true}
	}
	panic("store: unknown lead field " + field)
}

// ErrInvalid is returned for a change the workflow or the contract forbids.
var ErrInvalid = errors.New("invalid")

// EditLead corrects a lead's fields: edit changes a copy of the lead, and
// every field (EditableFields and notes) whose value differs is written and
// recorded in the lead's history as who/when/old → new. With markReviewed, a
// lead not yet reviewed is marked reviewed. It returns the changes.
func (s *Store) EditLead(ctx context.Context, id int64, by Actor, markReviewed bool, edit func(l *Lead) error) ([]Change, error) {
	var changes []Change
	err := s.InTx(ctx, func(tx *sqlx.Tx) error {
		var old Lead
		if err := tx.GetContext(ctx, &old, tx.Rebind(`SELECT * FROM leads WHERE id = ?`+s.forUpdate()), id); err != nil {
			if errors.Is(err, sql.ErrNoRows) {
				return fmt.Errorf("store: edit lead %d: %w", id, ErrNotFound)
			}
			return fmt.Errorf("store: edit lead %d: %w", id, err)
		}
		nl := old
		nl.Specialties = slices.Clone(old.Specialties)
		nl.Prefectures = slices.Clone(old.Prefectures)
		nl.Employment = slices.Clone(old.Employment)
		if err := edit(&nl); err != nil {
			return err
		}
		if !lead.Category(nl.Category).Valid() {
			return fmt.Errorf("store: edit lead %d: category %q: %w", id, nl.Category, ErrInvalid)
		}
		var sets []string
		var args []any
		for _, f := range append(slices.Clone(EditableFields), "notes") {
			_, o := fieldValue(&old, f)
			v, n := fieldValue(&nl, f)
			if o == n {
				continue
			}
			changes = append(changes, Change{Field: f, Old: o, New: n})
			sets = append(sets, f+` = ?`)
			args = append(args, v)
		}
		now := Now()
		if markReviewed && !old.ReviewedAt.Valid {
			sets = append(sets, `reviewed_at = ?`)
			args = append(args, now)
			changes = append(changes, Change{Field: "reviewed_at", New: sql.NullString{String: now.Format(time.RFC3339), Valid: true}})
		}
		if len(sets) == 0 {
			return nil
		}
		sets = append(sets, `updated_at = ?`)
		args = append(args, now, id)
		if _, err := tx.ExecContext(ctx, tx.Rebind(`UPDATE leads SET `+strings.Join(sets, `, `)+` WHERE id = ?`), args...); err != nil {
			return fmt.Errorf("store: edit lead %d: %w", id, err)
		}
		for _, c := range changes {
			kind := "field"
			switch c.Field {
			case "notes":
				kind = "note"
			case "reviewed_at":
				kind = "reviewed"
			}
			if err := s.AddLeadEvent(ctx, tx, LeadEvent{LeadID: id, UserID: by.userID(), Actor: by.Name, Kind: kind,
				Field: c.Field, OldValue: c.Old, NewValue: c.New, CreatedAt: now}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return changes, nil
}

// StatusLabel returns the Japanese label of a status, or the status itself.
func StatusLabel(status string) string {
	for _, s := range Statuses {
		if s.Value == status {
			return s.Label
		}
	}
	return status
}

func validStatus(status string) bool {
	for _, s := range Statuses {
		if s.Value == status {
			return true
		}
	}
	return false
}

// SetLeadStatus moves a lead in the workflow. Closing (終了) needs a reason;
// the reason is kept for 成約 and 終了 and cleared otherwise. The change is
// recorded in the history.
func (s *Store) SetLeadStatus(ctx context.Context, id int64, status, reason string, by Actor) error {
	if !validStatus(status) {
		return fmt.Errorf("store: lead %d status %q: %w", id, status, ErrInvalid)
	}
	reason = strings.TrimSpace(reason)
	if status == StatusClosed && reason == "" {
		return fmt.Errorf("store: lead %d: closing needs a reason: %w", id, ErrInvalid)
	}
	final := status == StatusClosed || status == StatusPlaced
	return s.InTx(ctx, func(tx *sqlx.Tx) error {
		var old struct {
			Status string         `db:"status"`
			Reason sql.NullString `db:"close_reason"`
		}
		if err := tx.GetContext(ctx, &old, tx.Rebind(`SELECT status, close_reason FROM leads WHERE id = ?`+s.forUpdate()), id); err != nil {
			if errors.Is(err, sql.ErrNoRows) {
				return fmt.Errorf("store: lead %d status: %w", id, ErrNotFound)
			}
			return fmt.Errorf("store: lead %d status: %w", id, err)
		}
		newReason := sql.NullString{String: reason, Valid: final && reason != ""}
		if old.Status == status && old.Reason == newReason {
			return nil
		}
		now := Now()
		if _, err := tx.ExecContext(ctx, tx.Rebind(`UPDATE leads SET status = ?, close_reason = ?, updated_at = ?,
			reviewed_at = COALESCE(reviewed_at, ?) WHERE id = ?`), status, newReason, now, now, id); err != nil {
			return fmt.Errorf("store: lead %d status: %w", id, err)
		}
		nv := status
		if newReason.Valid {
			nv += ": " + reason
		}
		return s.AddLeadEvent(ctx, tx, LeadEvent{LeadID: id, UserID: by.userID(), Actor: by.Name, Kind: "status",
			Field: "status", OldValue: sql.NullString{String: old.Status, Valid: true},
			NewValue: sql.NullString{String: nv, Valid: true}, CreatedAt: now})
	})
}

// AssignLead gives a lead to a user (0: nobody) and records it.
func (s *Store) AssignLead(ctx context.Context, id, userID int64, by Actor) error {
	return s.InTx(ctx, func(tx *sqlx.Tx) error {
		var old sql.NullString
		var oldID sql.NullInt64
		row := tx.QueryRowxContext(ctx, tx.Rebind(`SELECT l.assignee_id, u.username FROM leads l
			LEFT JOIN users u ON u.id = l.assignee_id WHERE l.id = ?`+s.forUpdateOf("l")), id)
		if err := row.Scan(&oldID, &old); err != nil {
			if errors.Is(err, sql.ErrNoRows) {
				return fmt.Errorf("store: assign lead %d: %w", id, ErrNotFound)
			}
			return fmt.Errorf("store: assign lead %d: %w", id, err)
		}
		newID := sql.NullInt64{Int64: userID, Valid: userID != 0}
		if oldID == newID {
			return nil
		}
		var name sql.NullString
		if newID.Valid {
			if err := tx.GetContext(ctx, &name, tx.Rebind(`SELECT username FROM users WHERE id = ?`), userID); err != nil {
				if errors.Is(err, sql.ErrNoRows) {
					return fmt.Errorf("store: assign lead %d: user %d: %w", id, userID, ErrNotFound)
				}
				return fmt.Errorf("store: assign lead %d: %w", id, err)
			}
		}
		now := Now()
		if _, err := tx.ExecContext(ctx, tx.Rebind(`UPDATE leads SET assignee_id = ?, updated_at = ? WHERE id = ?`),
			newID, now, id); err != nil {
			return fmt.Errorf("store: assign lead %d: %w", id, err)
		}
		return s.AddLeadEvent(ctx, tx, LeadEvent{LeadID: id, UserID: by.userID(), Actor: by.Name, Kind: "assign",
			Field: "assignee", OldValue: old, NewValue: name, CreatedAt: now})
	})
}

// ReviewedLeads returns the leads staff have reviewed, oldest first, for
// export as labelled mail.
func (s *Store) ReviewedLeads(ctx context.Context) ([]Lead, error) {
	var out []Lead
	if err := s.DB.SelectContext(ctx, &out, `SELECT * FROM leads WHERE reviewed_at IS NOT NULL ORDER BY id`); err != nil {
		return nil, fmt.Errorf("store: reviewed leads: %w", err)
	}
	return out, nil
}
