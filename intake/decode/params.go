package decode

import (
	"sort"
	"strconv"
	"strings"
)

// parseMediaType splits a Content-Type or Content-Disposition value into its
// lower-cased type and parameters. Unlike mime.ParseMediaType it never gives
// up: it tolerates raw 8-bit values, missing quotes and duplicate
// parameters, and it joins RFC 2231 continuations (name*0*=, name*1*=) and
// decodes their charset (any charset, not only UTF-8) with decodeText.
// Parameter names are lower-cased; values are decoded to UTF-8, including
// RFC 2047 encoded-words inside quoted values.
func parseMediaType(v string, d *headerDecoder) (string, map[string]string) {
	mt, rest, _ := strings.Cut(v, ";")
	mt = strings.ToValidUTF8(strings.ToLower(strings.TrimSpace(mt)), "\uFFFD")
	params := map[string]string{}

	type piece struct {
		n       int
		encoded bool
		value   string
	}
	ext := map[string][]piece{}

	for rest != "" {
		var name, value string
		name, value, rest = nextParam(rest)
		if name == "" {
			continue
		}
		base, section, hasStar := strings.Cut(name, "*")
		if !hasStar {
			if _, dup := params[base]; !dup {
				params[base] = value
			}
			continue
		}
		// name*=..., name*0=..., name*0*=...
		encoded := strings.HasSuffix(section, "*") || section == ""
		numStr := strings.TrimSuffix(section, "*")
		n := 0
		if numStr != "" {
			var err error
			n, err = strconv.Atoi(numStr)
			if err != nil || n < 0 || n > 999 {
				continue
			}
		}
		ext[base] = append(ext[base], piece{n: n, encoded: encoded, value: value})
	}

	for base, pieces := range ext {
		sort.SliceStable(pieces, func(i, j int) bool { return pieces[i].n < pieces[j].n })
		var raw []byte
		var label string
		for i, p := range pieces {
			val := p.value
			if p.encoded && i == 0 {
				// charset'language'percent-encoded
				if cs, after, ok := strings.Cut(val, "'"); ok {
					if _, after2, ok := strings.Cut(after, "'"); ok {
						label, val = cs, after2
					}
				}
			}
			if p.encoded {
				raw = append(raw, percentDecode(val)...)
			} else {
				raw = append(raw, val...)
			}
		}
		if len(raw) == 0 && params[base] != "" {
			continue
		}
		params[base] = d.text(label, raw)
	}
	for k, val := range params {
		if _, fromExt := ext[k]; fromExt {
			continue
		}
		if !isPlainASCII(val) || strings.Contains(val, "=?") {
			params[k] = d.decode(val)
		}
	}
	return mt, params
}

// nextParam reads one "; name=value" from s.
func nextParam(s string) (name, value, rest string) {
	s = strings.TrimLeft(s, " \t\r\n;")
	semi := strings.IndexByte(s, ';')
	seg := s
	if semi >= 0 {
		seg = s[:semi]
	}
	eq := strings.IndexByte(seg, '=')
	if eq < 0 {
		if semi < 0 {
			return "", "", ""
		}
		return "", "", s[semi+1:]
	}
	name = strings.ToLower(strings.TrimSpace(s[:eq]))
	s = strings.TrimLeft(s[eq+1:], " \t\r\n")
	if strings.HasPrefix(s, "\"") {
		var b strings.Builder
		i := 1
		for ; i < len(s); i++ {
			c := s[i]
			if c == '\\' && i+1 < len(s) {
				i++
				b.WriteByte(s[i])
				continue
			}
			if c == '"' {
				break
			}
			b.WriteByte(c)
		}
		value = b.String()
		rest = ""
		if i < len(s) {
			rest = s[i+1:]
		}
		if j := strings.IndexByte(rest, ';'); j >= 0 {
			rest = rest[j+1:]
		} else {
			rest = ""
		}
		return name, value, rest
	}
	if semi2 := strings.IndexByte(s, ';'); semi2 >= 0 {
		return name, strings.TrimSpace(s[:semi2]), s[semi2+1:]
	}
	return name, strings.TrimSpace(s), ""
}

func percentDecode(s string) []byte {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) {
			out = append(out, unhex(s[i+1])<<4|unhex(s[i+2]))
			i += 2
			continue
		}
		out = append(out, s[i])
	}
	return out
}
