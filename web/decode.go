package web

import (
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"net/textproto"
	"strings"

	"golang.org/x/text/encoding/htmlindex"

	"github.com/md2-rm/madoguchi/intake/decode"
)

// DecodeFunc turns a stored mail's raw bytes into its readable form.
type DecodeFunc func(raw []byte) (*decode.Message, error)

// maxDecodeParts bounds the MIME parts DecodePlain walks.
const maxDecodeParts = 100

// DecodePlain is a plain RFC 5322 and MIME reader: headers decoded per
// RFC 2047, text and HTML parts converted from their declared charset,
// other parts kept as attachments. The intake parser, which repairs
// mislabelled Japanese mail, replaces it when wired in (Server.Decode).
func DecodePlain(raw []byte) (*decode.Message, error) {
	m, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf("decode: %w", err)
	}
	wd := &mime.WordDecoder{CharsetReader: charsetReader}
	out := &decode.Message{Header: map[string][]string{}}
	for k, vs := range m.Header {
		for _, v := range vs {
			d, err := wd.DecodeHeader(v)
			if err != nil {
				d = v
			}
			out.Header[textproto.CanonicalMIMEHeaderKey(k)] = append(out.Header[textproto.CanonicalMIMEHeaderKey(k)], d)
		}
	}
	out.Subject = first(out.Header["Subject"])
	out.MessageID = strings.Trim(first(out.Header["Message-Id"]), "<> ")
	ap := &mail.AddressParser{WordDecoder: wd}
	if a, err := ap.Parse(m.Header.Get("From")); err == nil {
		out.From = a
	}
	if l, err := ap.ParseList(m.Header.Get("To")); err == nil {
		out.To = l
	}
	if d, err := m.Header.Date(); err == nil {
		out.Date = d
	}
	w := &walker{msg: out}
	w.part(textproto.MIMEHeader(m.Header), m.Body, 0)
	out.Text = strings.Join(w.plain, "\n")
	if len(w.html) > 0 {
		out.HTML = strings.Join(w.html, "\n")
	}
	return out, nil
}

func first(v []string) string {
	if len(v) == 0 {
		return ""
	}
	return v[0]
}

type walker struct {
	msg   *decode.Message
	parts int
	plain []string
	html  []string
}

func (w *walker) part(h textproto.MIMEHeader, body io.Reader, depth int) {
	w.parts++
	if w.parts > maxDecodeParts || depth > 10 {
		w.msg.Problems = append(w.msg.Problems, "too many parts")
		return
	}
	ct, params, err := mime.ParseMediaType(h.Get("Content-Type"))
	if err != nil {
		ct, params = "text/plain", map[string]string{}
	}
	if strings.HasPrefix(ct, "multipart/") {
		mr := multipart.NewReader(body, params["boundary"])
		for {
			p, err := mr.NextRawPart()
			if err != nil {
				if !errors.Is(err, io.EOF) {
					w.msg.Problems = append(w.msg.Problems, "multipart: "+err.Error())
				}
				return
			}
			w.part(p.Header, p, depth+1)
		}
	}
	data, err := io.ReadAll(io.LimitReader(transferDecoder(h.Get("Content-Transfer-Encoding"), body), 16<<20))
	if err != nil {
		w.msg.Problems = append(w.msg.Problems, "body: "+err.Error())
	}
	disp, dparams, _ := mime.ParseMediaType(h.Get("Content-Disposition"))
	if disp != "attachment" && (ct == "text/plain" || ct == "text/html") {
		text := toUTF8(data, params["charset"])
		if ct == "text/plain" {
			w.plain = append(w.plain, text)
		} else {
			w.html = append(w.html, text)
		}
		return
	}
	name := dparams["filename"]
	if name == "" {
		name = params["name"]
	}
	if d, err := (&mime.WordDecoder{CharsetReader: charsetReader}).DecodeHeader(name); err == nil {
		name = d
	}
	w.msg.Attachments = append(w.msg.Attachments, decode.Attachment{Filename: name, ContentType: ct,
		Size: int64(len(data)), Data: data})
}

func transferDecoder(cte string, r io.Reader) io.Reader {
	switch strings.ToLower(strings.TrimSpace(cte)) {
	case "base64":
		return base64.NewDecoder(base64.StdEncoding, &stripSpace{r: r})
	case "quoted-printable":
		return quotedprintable.NewReader(r)
	}
	return r
}

// stripSpace drops the line breaks base64 bodies are wrapped with.
type stripSpace struct{ r io.Reader }

func (s *stripSpace) Read(p []byte) (int, error) {
	n, err := s.r.Read(p)
	j := 0
	for _, b := range p[:n] {
		if b != '\r' && b != '\n' && b != ' ' && b != '\t' {
			p[j] = b
			j++
		}
	}
	return j, err
}

func charsetReader(charset string, input io.Reader) (io.Reader, error) {
	e, err := htmlindex.Get(charset)
	if err != nil {
		return nil, fmt.Errorf("charset %q: %w", charset, err)
	}
	return e.NewDecoder().Reader(input), nil
}

func toUTF8(data []byte, charset string) string {
	if charset == "" || strings.EqualFold(charset, "utf-8") || strings.EqualFold(charset, "us-ascii") {
		return strings.ToValidUTF8(string(data), "\ufffd")
	}
	e, err := htmlindex.Get(charset)
	if err != nil {
		return strings.ToValidUTF8(string(data), "\ufffd")
	}
	out, err := e.NewDecoder().Bytes(data)
	if err != nil {
		return strings.ToValidUTF8(string(data), "\ufffd")
	}
	return string(out)
}
