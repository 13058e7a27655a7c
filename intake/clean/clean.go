// Package clean separates what the writer of a mail wrote now from what
// came with it: quoted replies (> lines, Outlook's Original Message and
// 差出人/送信日時 blocks, "On … wrote:" and Gmail's "2021年…<addr>:"
// headers) and the signature block (-- , or a ruled block at the end).
package clean

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/md2-rm/madoguchi/intake/cue"
	"github.com/md2-rm/madoguchi/internal/substr"
)

// Parts is a mail body split into its pieces. Each is a run of whole lines.
type Parts struct {
	Body      string // what the writer wrote now
	Signature string // the signature or form footer after Body
	Quoted    string // quoted earlier mail, never a source of lead fields
}

var (
	originalMsg = regexp.MustCompile(`(?i)^\s*-{2,}\s*(?:original message|元のメッセージ|オリジナル\s?メッセージ|返信元のメッセージ)`)
	wroteLine   = regexp.MustCompile(`(?i)(?:wrote|writes|書きました|書き込みました|のメッセージ)\s*[:：]?\s*$`)
	onLine      = regexp.MustCompile(`(?i)^\s*(?:On|Le|Am|El)\s.+`)
	gmailJa     = regexp.MustCompile(`^\s*\d{4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日.*[<＜][^>＞\s]+@[^>＞\s]+[>＞]\s*[:：]?\s*$`)
	dateAddr    = regexp.MustCompile(`^\s*\d{4}[/\-]\d{1,2}[/\-]\d{1,2}.*@.*[:：]\s*$`)
)

// contactCue marks a block of contact details: its words are looked up as
// strings, the telephone number alone goes to the regexp engine.
var contactCue = cue.MustCompile(`(?i)tel|電話|〒|@|fax|携帯|e-mail|mail|住所|\d{2,4}-\d{2,4}-\d{3,4}`)

// Split separates body text into what was written now, the signature and
// the quoted part.
func Split(text string) Parts {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	lines := strings.Split(text, "\n")
	q := quoteStart(text, lines)
	own := lines[:q]
	if !slices.ContainsFunc(own, isQuoteLine) {
		// The common case: the body is a run of lines at the start of
		// text and the quote the rest, cut out of text without copying.
		body, sig := splitSignature(own)
		return Parts{
			Body:      strings.TrimSpace(text[:lineEnd(lines, len(body))]),
			Signature: strings.TrimSpace(strings.Join(sig, "\n")),
			Quoted:    strings.TrimSpace(text[lineStart(lines, q):]),
		}
	}
	var quoted []string
	quoted = append(quoted, lines[q:]...)
	// '>' lines above the quote header are quoted as well.
	var kept []string
	for _, l := range own {
		if isQuoteLine(l) {
			quoted = append(quoted, l)
			continue
		}
		kept = append(kept, l)
	}
	body, sig := splitSignature(kept)
	return Parts{
		Body:      strings.TrimSpace(strings.Join(body, "\n")),
		Signature: strings.TrimSpace(strings.Join(sig, "\n")),
		Quoted:    strings.TrimSpace(strings.Join(quoted, "\n")),
	}
}

// lineStart returns where line k starts in the text the lines were split
// from at "\n", or the text's length when k is past the last line.
func lineStart(lines []string, k int) int {
	if k == 0 {
		return 0
	}
	if k == len(lines) {
		return lineEnd(lines, k)
	}
	return lineEnd(lines, k) + 1
}

// lineEnd returns where the first n lines end in the text they were split
// from at "\n": the length of strings.Join(lines[:n], "\n").
func lineEnd(lines []string, n int) int {
	if n == 0 {
		return 0
	}
	end := n - 1 // the newlines between them
	for _, l := range lines[:n] {
		end += len(l)
	}
	return end
}

// trimBlanks returns l without the spaces and tabs it starts with.
func trimBlanks(l string) string {
	i := 0
	for i < len(l) && (l[i] == ' ' || l[i] == '\t') {
		i++
	}
	return l[i:]
}

func isQuoteLine(l string) bool {
	t := trimBlanks(l)
	return strings.HasPrefix(t, ">") || strings.HasPrefix(t, "＞") || strings.HasPrefix(t, "|>")
}

// quoteStart returns the index of the first line of quoted material, or
// len(lines) when there is none.
func quoteStart(text string, lines []string) int {
	// nextQuote[i]: the first non-blank line at or after i is a '>' line;
	// allQuote[i]: every non-blank line from i on is one. Computed from the
	// end so that the scan stays linear.
	nextQuote := make([]bool, len(lines)+1)
	allQuote := make([]bool, len(lines)+1)
	allQuote[len(lines)] = true
	for i := len(lines) - 1; i >= 0; i-- {
		if strings.TrimSpace(lines[i]) == "" {
			nextQuote[i], allQuote[i] = nextQuote[i+1], allQuote[i+1]
			continue
		}
		q := isQuoteLine(lines[i])
		nextQuote[i], allQuote[i] = q, q && allQuote[i+1]
	}
	nextIsQuote := func(i int) bool { return nextQuote[min(i, len(lines))] }
	// wroteAt(i): line i is a "wrote" line; each line is tested once.
	may := mayWroteLines(text, lines)
	wrote := make([]int8, len(lines)) // 0 not yet tested, 1 yes, -1 no
	wroteAt := func(i int) bool {
		if wrote[i] == 0 {
			wrote[i] = -1
			if may[i] && wroteLine.MatchString(lines[i]) {
				wrote[i] = 1
			}
		}
		return wrote[i] > 0
	}
	for i, l := range lines {
		switch {
		case strings.Contains(l, "--") && originalMsg.MatchString(l):
			return i
		case isHeaderLine(l, fromLabels) && headerWithin(lines[i+1:], 4):
			return i
		case strings.Contains(l, "@") && (gmailJa.MatchString(l) || dateAddr.MatchString(l)):
			return i
		case wroteAt(i) && (onLine.MatchString(l) || strings.Contains(l, "@") || nextIsQuote(i+1)):
			return i
		case i+1 < len(lines) && wroteAt(i+1) && onLine.MatchString(l) && nextIsQuote(i+2):
			return i
		case isQuoteLine(l) && nextIsQuote(i+1) && allQuote[i]:
			return i
		}
	}
	return len(lines)
}

// The labels of the header block a mail client writes above a quote.
var (
	fromLabels = []string{"差出人", "送信者", "from"}
	sentLabels = []string{"送信日時", "送信日", "日時", "sent", "date"}
)

// isHeaderLine reports whether l starts with one of the labels (ASCII
// case-insensitively) followed by a colon: "From: …", "送信日時: …".
func isHeaderLine(l string, labels []string) bool {
	l = trimBlanks(l)
	for _, lab := range labels {
		if len(l) < len(lab) || !strings.EqualFold(l[:len(lab)], lab) {
			continue
		}
		rest := trimBlanks(l[len(lab):])
		if strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "：") {
			return true
		}
	}
	return false
}

// wroteWords are the words one of which every line wroteLine matches
// holds.
var wroteWords = []string{"rote", "rites", "書き", "メッセージ"}

// mayWroteLines marks the lines that hold one of wroteWords, a cheap test
// before wroteLine. The words are looked for in text, which the lines were
// split from at "\n", once each, rather than in every line: none of them
// holds a newline.
func mayWroteLines(text string, lines []string) []bool {
	starts := make([]int, len(lines))
	for i := 1; i < len(lines); i++ {
		starts[i] = starts[i-1] + len(lines[i-1]) + 1
	}
	may := make([]bool, len(lines))
	for _, w := range wroteWords {
		for off := 0; ; {
			k := substr.Index(text[off:], w)
			if k < 0 {
				break
			}
			at := off + k
			may[sort.SearchInts(starts, at+1)-1] = true
			off = at + len(w)
		}
	}
	return may
}

func headerWithin(lines []string, n int) bool {
	for i := 0; i < n && i < len(lines); i++ {
		if isHeaderLine(lines[i], sentLabels) {
			return true
		}
	}
	return false
}

// splitSignature finds the signature at the end of lines: after a "-- "
// separator, or a block opened by a ruled line near the end that holds
// contact details.
func splitSignature(lines []string) (body, sig []string) {
	end := len(lines)
	for end > 0 && strings.TrimSpace(lines[end-1]) == "" {
		end--
	}
	for i := end - 1; i >= 0 && end-i <= 15; i-- {
		if isSigDash(lines[i]) {
			return lines[:i], lines[i+1 : end]
		}
	}
	// A ruled block: the last rule, or the rule before a closing one.
	last := -1
	for i := end - 1; i >= 0 && end-i <= 15; i-- {
		if IsRule(lines[i]) {
			last = i
			break
		}
	}
	if last < 0 {
		return lines[:end], nil
	}
	open := last
	if last == end-1 {
		// closing rule: find the opening one
		open = -1
		for i := last - 1; i >= 0 && last-i <= 12; i-- {
			if IsRule(lines[i]) {
				open = i
				break
			}
		}
		if open < 0 {
			return lines[:end], nil
		}
	}
	block := lines[open+1 : end]
	if len(block) > 4 && !contactCue.MatchString(strings.Join(block, "\n")) {
		return lines[:end], nil
	}
	sig = nil
	for _, l := range block {
		if !IsRule(l) {
			sig = append(sig, l)
		}
	}
	return lines[:open], sig
}

// isSigDash reports whether l is the signature separator: "--", alone or
// followed by one white-space character (^--\s?$).
func isSigDash(l string) bool {
	switch len(l) {
	case 2:
		return l == "--"
	case 3:
		return l[:2] == "--" && strings.IndexByte(" \t\n\f\r", l[2]) >= 0
	}
	return false
}

// IsRule reports whether a line is a ruled line: eight or more of one
// drawing or punctuation character (━━━, ----, ＊＊＊, ====, ＿＿＿).
func IsRule(line string) bool {
	l := strings.TrimSpace(line)
	if utf8.RuneCountInString(l) < 8 {
		return false
	}
	for _, r := range l {
		if !isRuleRune(r) {
			return false
		}
	}
	return true
}

func isRuleRune(r rune) bool {
	switch r {
	case '-', '=', '*', '_', '~', '+', '#', '─', '━', '―', '—', '‐', '＿', '＝', '＊', '－', '┄', '┈', '…', '・',
		'◆', '◇', '■', '□', '☆', '★', '〓', '※', '＠', '@', '〜', '～', '═', '▲', '△', '▼', '▽', '●', '○', '◎':
		return true
	}
	return false
}
