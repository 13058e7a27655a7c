#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""MIME and encoding helpers shared by the generators of the labelled mail sets.

Each set's generator (testdata/*/generate.py, testdata/extra/generate-x*.py) holds
its messages and their gold and imports these helpers:

    sys.path.insert(0, os.path.join(HERE, "..", "tools"))
    from mailgen import INBOX, addr, ew, gold, single, write_set

MIME is assembled by hand (RFC 2047 words, base64 and quoted-printable via the
standard library) so that every byte, charset label and transfer encoding is exactly
what a set's index says; CRLF line endings throughout. Output is deterministic.
"""
import base64
import binascii
import datetime
import email.utils
import hashlib
import json
import os
import re

INBOX = "md@md2-rm.example.org"
MX = "mx1.md2-rm.example.org"
KEYS = ["message_id", "category", "name", "name_kana", "email", "phone", "age",
        "birth_year", "organization", "specialties", "prefectures", "municipality",
        "employment", "days_per_week", "start", "error"]

# ------------------------------------------------------------------ charsets

def _sjis_to_jis(c1, c2):
    if c1 >= 0xE0:
        c1 -= 0x40
    c1 -= 0x81
    j1 = c1 * 2 + 0x21
    if c2 >= 0x9F:
        j1 += 1
        j2 = c2 - 0x7E
    else:
        if c2 >= 0x80:
            c2 -= 1
        j2 = c2 - 0x1F
    return j1, j2


def _nec_selected():
    nec = {}
    for lead in (0xED, 0xEE):
        for trail in range(0x40, 0xFD):
            try:
                ch = bytes([lead, trail]).decode("cp932")
            except UnicodeDecodeError:
                continue
            nec.setdefault(ch, bytes([lead, trail]))
    return nec


_NEC = _nec_selected()


def ms_iso2022jp(text):
    """What Outlook sends as charset=iso-2022-jp: cp932 pushed through SJIS->JIS arithmetic."""
    out, jis = bytearray(), False
    for ch in text:
        if ord(ch) < 0x80:
            if jis:
                out += b"\x1b(B"
                jis = False
            out += ch.encode("ascii")
            continue
        b = ch.encode("cp932")
        assert len(b) == 2, ch
        if b[0] >= 0xFA:
            b = _NEC[ch]
        j1, j2 = _sjis_to_jis(b[0], b[1])
        if not jis:
            out += b"\x1b$B"
            jis = True
        out += bytes([j1, j2])
    if jis:
        out += b"\x1b(B"
    return bytes(out)


def crlf(t):
    return t.replace("\r\n", "\n").replace("\n", "\r\n")


def encode(text, codec):
    t = crlf(text)
    if codec == "ms-iso2022jp":
        return ms_iso2022jp(t)
    return t.encode(codec)


def cte_apply(data, cte):
    if cte in ("7bit", "8bit"):
        return data if data.endswith(b"\r\n") else data + b"\r\n"
    if cte == "base64":
        return base64.encodebytes(data).replace(b"\n", b"\r\n")
    if cte == "quoted-printable":
        out = binascii.b2a_qp(data.replace(b"\r\n", b"\n"), istext=True)
        if not out.endswith(b"\n"):
            out += b"\n"
        return out.replace(b"\n", b"\r\n")
    raise ValueError(cte)


# ------------------------------------------------------------------ headers

# Header charsets for ew() and addr(): short name -> (label written, Python codec).
CS = {"jis": ("ISO-2022-JP", "iso2022_jp"), "msjis": ("iso-2022-jp", "ms-iso2022jp"),
      "sjis": ("Shift_JIS", "shift_jis"), "cp932": ("Shift_JIS", "cp932"),
      "utf8": ("UTF-8", "utf-8"), "euc": ("EUC-JP", "euc_jp"), "gb": ("gb2312", "gb2312")}


def _raw(codec, s):
    return ms_iso2022jp(s) if codec == "ms-iso2022jp" else s.encode(codec)


def _bw(label, data):
    return "=?%s?B?%s?=" % (label, base64.b64encode(data).decode("ascii"))


def ew(text, cs="jis", maxlen=70):
    """RFC 2047 B words, each a complete character sequence; folded with CRLF SP."""
    label, codec = CS[cs]
    words, cur = [], ""
    for ch in text:
        if cur and len(_bw(label, _raw(codec, cur + ch))) > maxlen:
            words.append(_bw(label, _raw(codec, cur)))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(_bw(label, _raw(codec, cur)))
    return "\n ".join(words)


def ewq(text, maxlen=70):
    def word(s):
        out = []
        for b in s.encode("utf-8"):
            c = chr(b)
            if c == " ":
                out.append("_")
            elif b < 0x80 and (c.isalnum() or c in "!*+-/"):
                out.append(c)
            else:
                out.append("=%02X" % b)
        return "=?UTF-8?Q?%s?=" % "".join(out)
    words, cur = [], ""
    for ch in text:
        if cur and len(word(cur + ch)) > maxlen:
            words.append(word(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(word(cur))
    return "\n ".join(words)


def addr(display, email, cs=None):
    if not display:
        return email
    if cs is None:
        return "%s <%s>" % (display, email)
    return "%s <%s>" % (ew(display, cs), email)


def received(host, ip, qid, when):
    return ("from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
            % (host, host, ip, MX, qid, INBOX, when))


def head(pairs):
    lines = []
    for k, v in pairs:
        if v is None:
            continue
        lines.append("%s: %s" % (k, v))
    return crlf("\n".join(lines) + "\n").encode("ascii")


def leaf(text, codec, label, cte, ctype="text/plain", extra=""):
    """-> (header pairs for the part, encoded body bytes)."""
    data = encode(text, codec)
    ct = '%s; charset=%s%s' % (ctype, label, extra)
    return [("Content-Type", ct), ("Content-Transfer-Encoding", cte)], cte_apply(data, cte)


def single(hdrs, text, codec, label, cte, ctype="text/plain", extra=""):
    ph, body = leaf(text, codec, label, cte, ctype, extra)
    return head(hdrs + [("MIME-Version", "1.0")] + ph) + b"\r\n" + body


def multipart(hdrs, subtype, boundary, parts, preamble="", params=""):
    out = head(hdrs + [("MIME-Version", "1.0"),
                       ("Content-Type", 'multipart/%s;%s\n\tboundary="%s"' % (subtype, params, boundary))])
    out += b"\r\n"
    if preamble:
        out += crlf(preamble + "\n").encode("ascii")
    for ph, body in parts:
        out += b"--" + boundary.encode() + b"\r\n" + head(ph) + b"\r\n" + body
        if not body.endswith(b"\r\n"):
            out += b"\r\n"
    out += b"--" + boundary.encode() + b"--\r\n"
    return out


# ------------------------------------------------------------------ received mail

JST = datetime.timezone(datetime.timedelta(hours=9))


def qid(seed):
    return base64.b32encode(hashlib.sha1(seed.encode()).digest()).decode("ascii")[:14]


def recv_date(date, delay=2):
    dt = email.utils.parsedate_to_datetime(date) + datetime.timedelta(seconds=delay)
    return dt.astimezone(JST).strftime("%a, %d %b %Y %H:%M:%S +0900 (JST)")


def std(mid, date, frm, subj, host, ip, to=INBOX, rp=None, extra=()):
    """The usual header block of a message received from outside."""
    if rp is None:
        m = re.search(r"<([^>]+)>", frm)
        rp = m.group(1) if m else frm.split()[0]
    return ([("Return-Path", "<%s>" % rp),
             ("Received", received(host, ip, qid(mid), recv_date(date))),
             ("Date", date), ("From", frm), ("To", to), ("Subject", subj),
             ("Message-ID", "<%s>" % mid)] + list(extra))


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.rstrip("\n").split("\n"))


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_divs(text, charset="utf-8", style="font-family:Meiryo,sans-serif"):
    out = []
    for line in text.rstrip("\n").split("\n"):
        out.append("<div>%s</div>" % (esc(line) if line else "<br>"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>\n'
            '<body><div style="%s">\n%s\n</div></body></html>\n' % (charset, style, "\n".join(out)))


def gmail_html(text, quoted=None, attribution=None):
    body = "<br>\n".join(esc(l) for l in text.rstrip("\n").split("\n"))
    out = '<div dir="ltr">' + body + "</div>"
    if quoted is not None:
        q = "<br>\n".join(esc(l) for l in quoted.rstrip("\n").split("\n"))
        out += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                'border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
                % (esc(attribution), q))
    return out + "\n"


def report(hdrs, boundary, parts, preamble="This is a multi-part message in MIME format."):
    return multipart(hdrs, "report", boundary, parts, preamble, params=" report-type=delivery-status;")


def raw_part(ctype, data, cte=None, extra=()):
    ph = [("Content-Type", ctype)] + list(extra)
    if cte:
        ph.append(("Content-Transfer-Encoding", cte))
        data = cte_apply(data, cte)
    elif not data.endswith(b"\r\n"):
        data += b"\r\n"
    return ph, data


# ------------------------------------------------------------------ gold

def gold(mid, cat, **kw):
    g = {k: None for k in KEYS}
    for k in ("specialties", "prefectures", "employment"):
        g[k] = []
    g["message_id"] = mid
    g["category"] = cat
    for k, v in kw.items():
        assert k in KEYS, k
        g[k] = v
    return g


# Prefecture groups as the vocabularies' regions expand them.
TOHOKU = ["青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県"]
KITAKANTO = ["茨城県", "栃木県", "群馬県"]
KOSHINETSU = ["山梨県", "長野県", "新潟県"]
HOKURIKU = ["富山県", "石川県", "福井県"]
KINKI = ["三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県"]
SANIN = ["鳥取県", "島根県"]
CHUGOKU = ["鳥取県", "島根県", "岡山県", "広島県", "山口県"]
SHIKOKU = ["徳島県", "香川県", "愛媛県", "高知県"]
KYUSHU = ["福岡県", "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県"]
KYUSHU_OKINAWA = ["福岡県", "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県"]

# The secretariat's signature, as quoted in replies.
SEC_SIG = """━━━━━━━━━━━━━━━━━━━━━━━━━━━━
ドクターセカンドキャリア 地域医療マッチング事務局
（一般社団法人 地域医療人材支援機構）
〒102-0083 東京都千代田区麹町4-2-7 麹町メディカルビル6階
TEL 03-6675-9919　FAX 03-6675-9920
E-mail: md@md2-rm.example.org
━━━━━━━━━━━━━━━━━━━━━━━━━━━━"""


# ------------------------------------------------------------------ single-part mail

# Encodings of a single-part text mail: short name -> (codec, charset label,
# transfer encoding, header charset for ew()).
ENC = {
    "jis": ("iso2022_jp", "ISO-2022-JP", "7bit", "jis"),
    "msjis": ("ms-iso2022jp", '"iso-2022-jp"', "7bit", "msjis"),
    "sjis": ("shift_jis", "Shift_JIS", "8bit", "sjis"),
    "euc": ("euc_jp", "EUC-JP", "8bit", "euc"),
    "utf8": ("utf-8", "UTF-8", "8bit", "utf8"),
    "utf8b": ("utf-8", "UTF-8", "base64", "utf8"),
    "utf8q": ("utf-8", "UTF-8", "quoted-printable", "utf8"),
    "ascii": ("us-ascii", "us-ascii", "7bit", None),
    "gb": ("gb2312", "gb2312", "base64", "gb"),
}


def plain_mail(num, slug, enc, date, fname, femail, subject, body, cat, extra=(), **kw):
    """A single-part text mail with the usual headers -> (num, slug, eml bytes, gold)."""
    codec, label, cte, hcs = ENC[enc]
    mid = "x%d.%s@%s" % (num, date[5:16].replace(" ", "").lower(), femail.split("@")[1])
    subj = ew(subject, hcs) if hcs and not subject.isascii() else subject
    frm = addr(fname, femail, hcs if fname and not fname.isascii() else None)
    h = [("Date", date), ("From", frm), ("To", INBOX), ("Subject", subj), ("Message-ID", "<%s>" % mid)] + list(extra)
    return num, slug, single(h, body, codec, label, cte), gold(mid, cat, **kw)


# ------------------------------------------------------------------ output

def write_mail(out, base, eml, g):
    """Writes base.eml (the bytes as given) and base.json (the gold, UTF-8, indented)."""
    with open(os.path.join(out, base + ".eml"), "wb") as fh:
        fh.write(eml)
    with open(os.path.join(out, base + ".json"), "w", encoding="utf-8") as fh:
        json.dump(g, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


def write_set(mails, out):
    """Writes NNN-slug.eml/.json for each mail and index.tsv into out.

    mails are dicts with num, slug, cat, enc, diff, desc, eml and gold, in index order.
    """
    os.makedirs(out, exist_ok=True)
    rows = ["file\tcategory\tencoding\tdifficulty\tdescription"]
    seen = set()
    for m in mails:
        base = "%03d-%s" % (m["num"], m["slug"])
        assert m["gold"]["message_id"] not in seen, base
        seen.add(m["gold"]["message_id"])
        assert m["gold"]["category"] == m["cat"], base
        write_mail(out, base, m["eml"], m["gold"])
        rows.append("\t".join([base + ".eml", m["cat"], m["enc"], m["diff"], m["desc"]]))
    with open(os.path.join(out, "index.tsv"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(rows) + "\n")
    print("wrote %d messages to %s" % (len(rows) - 1, out))
