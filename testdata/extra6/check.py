#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Self-check of a labelled mail folder (samples/check.py is tied to its own folder).

    python3 check.py [DIR] [--vocab VOCABDIR]

Parses every .eml (email package, policy=default), decodes every text part strictly
(declared charset, then the usual supersets/mislabel fallbacks), and checks each gold
.json: exact key list, types, vocabularies, message_id == Message-ID, CRLF only,
example domains only, category rules, that every non-null gold value can be found in
the decoded message (after NFKC) where it should be (English synonyms and romaji
prefecture names count for English mail), that a start is not before the month of the
Date header in Asia/Tokyo, and that index.tsv lists every message with its category.
"""
import datetime
import email
import html as htmlmod
import json
import os
import re
import sys
import unicodedata
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["message_id", "category", "name", "name_kana", "email", "phone", "age",
        "birth_year", "organization", "specialties", "prefectures", "municipality",
        "employment", "days_per_week", "start", "error"]
CATS = ["doctor", "hospital", "general", "unsubscribe", "auto_reply", "bounce", "spam"]
CODEC = {"iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis", "euc-jp": "euc_jp",
         "utf-8": "utf-8", "us-ascii": "ascii", "iso-8859-1": "latin-1",
         "windows-31j": "cp932", "cp932": "cp932", "gb2312": "gb18030"}
# English wording that stands for a canonical specialty in English mail.
EN_SPECIALTY = {"総合診療科": ["family medicine", "family physician", "general practi"],
                "在宅医療": ["home visit"], "小児科": ["pediatric", "paediatric"]}
JST = datetime.timezone(datetime.timedelta(hours=9))
ERA = {"明治": 1867, "大正": 1911, "昭和": 1925, "平成": 1988, "令和": 2018,
       "M": 1867, "T": 1911, "S": 1925, "H": 1988, "R": 2018}
KNUM = {"〇": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def kanji_to_int(s):
    if s.isdigit():
        return int(s)
    total, cur = 0, 0
    for ch in s:
        if ch == "十":
            total += (cur or 1) * 10
            cur = 0
        elif ch in KNUM:
            cur = cur * 10 + KNUM[ch]
        else:
            return None
    return total + cur


def _jis_to_sjis(j1, j2):
    s2 = j2 + (0x1F + (1 if j2 >= 0x60 else 0) if j1 & 1 else 0x7E)
    s1 = ((j1 + 1) >> 1) + 0x70
    if s1 >= 0xA0:
        s1 += 0x40
    return bytes([s1, s2])


def ms_iso2022jp_decode(b):
    out, i, mode = [], 0, "ascii"
    while i < len(b):
        c = b[i]
        if c == 0x1B:
            mode = "jis" if b[i:i + 3] in (b"\x1b$B", b"\x1b$@") else "ascii"
            i += 3
            continue
        if c >= 0x80:
            raise UnicodeDecodeError("ms-iso2022jp", b, i, i + 1, "8-bit byte")
        if mode == "jis" and c not in (0x0D, 0x0A):
            out.append(_jis_to_sjis(c, b[i + 1]).decode("cp932"))
            i += 2
        else:
            out.append(chr(c))
            i += 1
    return "".join(out)


def bad(t):
    return ("\ufffd" in t or "\x1b" in t or any(0x80 <= ord(c) <= 0x24F for c in t))


def decode(raw, declared):
    codec = CODEC.get((declared or "us-ascii").lower(), declared)
    order = [codec] + {"iso2022_jp": ["ms-iso2022jp"], "shift_jis": ["cp932"]}.get(codec, [])
    for c in order + ["utf-8", "cp932", "euc_jp"]:
        try:
            t = ms_iso2022jp_decode(raw) if c == "ms-iso2022jp" else raw.decode(c)
        except (UnicodeDecodeError, IndexError, LookupError):
            continue
        if not bad(t):
            return t, c
    return None, None


EW = re.compile(r"=\?([^?]+)\?([bBqQ])\?([^?]*)\?=")


def decode_header(value):
    import base64
    import quopri
    out, pos = [], 0
    for m in EW.finditer(value):
        between = value[pos:m.start()]
        if between.strip():
            out.append(between)
        elif between and not out:
            out.append(between)
        cs, kind, data = m.group(1), m.group(2).lower(), m.group(3)
        raw = (base64.b64decode(data + "=" * (-len(data) % 4)) if kind == "b"
               else quopri.decodestring(data.replace("_", " ").encode("ascii"), header=True))
        t, _ = decode(raw, cs)
        if t is None:
            return None
        out.append(t)
        pos = m.end()
    out.append(value[pos:])
    return re.sub(r"\r?\n[ \t]", " ", "".join(out))


def html_to_text(s):
    s = re.sub(r"(?is)<(style|head)\b.*?</\1>", "", s)
    s = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</tr>", "\n", s)
    s = re.sub(r"(?i)</t[hd]>", " ", s)
    s = re.sub(r"<[^>]+>", "", s)
    return htmlmod.unescape(s).replace("\xa0", " ")


def leaves(part):
    if part.get_content_type() == "message/delivery-status":
        yield part
    elif part.is_multipart():
        for p in part.get_payload():
            yield from leaves(p)
    else:
        yield part


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s))


def to_kata(s):
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"\s+", " ", "".join(chr(ord(c) + 0x60) if "\u3041" <= c <= "\u3096" else c for c in s))


def load_vocab(vdir):
    with open(os.path.join(vdir, "specialties.tsv"), encoding="utf-8") as fh:
        spec = {}
        for l in fh.read().splitlines()[1:]:
            if l.strip():
                c = l.split("\t")
                spec[c[0]] = [c[0]] + [x for x in (c[2].split(",") if len(c) > 2 else []) if x]
    with open(os.path.join(vdir, "prefectures.tsv"), encoding="utf-8") as fh:
        pref = {}
        for l in fh.read().splitlines()[1:]:
            if l.strip():
                c = l.split("\t")
                pref[c[1]] = (c[2], c[4])
    with open(os.path.join(vdir, "regions.tsv"), encoding="utf-8") as fh:
        reg = {}
        for l in fh.read().splitlines()[1:]:
            if l.strip():
                c = l.split("\t")
                for name in [c[0]] + [x for x in c[1].split(",") if x]:
                    reg[name] = c[2].split(",")
    return spec, pref, reg


def main():
    args = [a for a in sys.argv[1:]]
    vdir = os.path.join(HERE, "..", "..", "internal", "vocab", "data")
    if "--vocab" in args:
        i = args.index("--vocab")
        vdir = args[i + 1]
        del args[i:i + 2]
    folder = args[0] if args else HERE
    spec, pref, reg = load_vocab(vdir)
    fails, n, cats = [], 0, {c: 0 for c in CATS}
    mids = set()
    for fn in sorted(os.listdir(folder)):
        if not fn.endswith(".eml"):
            continue
        n += 1
        f = fn
        raw = open(os.path.join(folder, fn), "rb").read()
        jpath = os.path.join(folder, fn[:-4] + ".json")
        if not os.path.exists(jpath):
            fails.append("%s: no .json" % f)
            continue
        g = json.load(open(jpath, encoding="utf-8"))
        def fail(msg):
            fails.append("%s: %s" % (f, msg))
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            fail("bare CR or LF")
        msg = email.message_from_bytes(raw, policy=policy.default)
        for h in ("Date", "From", "To", "Subject", "Message-ID"):
            if msg[h] is None:
                fail("missing " + h)
        mid = str(msg["Message-ID"]).strip()
        if mid in mids:
            fail("duplicate Message-ID")
        mids.add(mid)
        if g.get("message_id") != mid.strip("<>"):
            fail("message_id %r vs %r" % (g.get("message_id"), mid))
        try:
            msg["Date"].datetime
        except Exception as e:  # noqa: BLE001
            fail("Date unparsable: %r" % e)
        # headers + text
        rawhdrs = raw.split(b"\r\n\r\n", 1)[0].decode("ascii")
        texts = []
        for h in ("Subject", "From", "Reply-To", "To"):
            m = re.search(r"(?im)^%s:([^\r\n]*(?:\r\n[ \t][^\r\n]*)*)" % h, rawhdrs)
            if m:
                d = decode_header(m.group(1).strip())
                if d is None:
                    fail("%s undecodable" % h)
                else:
                    texts.append(d)
        body = []
        for part in leaves(msg):
            if part.get_content_maintype() != "text" and part.get_content_type() != "message/delivery-status":
                continue
            if part.get_content_type() == "message/delivery-status":
                body.append(part.as_string())
                continue
            payload = part.get_payload(decode=True)
            t, used = decode(payload, part.get_content_charset())
            if t is None:
                fail("%s part undecodable" % part.get_content_type())
                continue
            if part.get_content_type() == "text/html":
                t = html_to_text(t)
            body.append(t)
        blob = "\n".join(texts + body)
        nblob = norm(blob)
        # only example domains
        for dom in re.findall(r"(?i)(?<![\w.-])(?:[a-z0-9-]+\.)+(?:com|net|org|jp|info|biz|io)(?![\w.-])",
                              blob + "\n" + rawhdrs):
            if not re.search(r"(?i)(^|\.)example\.(com|org|jp)$", dom):
                fail("non-example domain %r" % dom)
        # gold shape
        if list(g.keys()) != KEYS:
            fail("keys %s" % list(g.keys()))
            continue
        if g["error"] is not None:
            fail("error set")
        cat = g["category"]
        if cat not in CATS:
            fail("category %r" % cat)
            continue
        cats[cat] += 1
        for k in ("specialties", "prefectures", "employment"):
            if not isinstance(g[k], list) or len(set(g[k])) != len(g[k]):
                fail("%s not a set-like list" % k)
        for k in ("age", "birth_year", "days_per_week"):
            if g[k] is not None and not (isinstance(g[k], int) and not isinstance(g[k], bool)):
                fail("%s not int" % k)
        if cat in ("auto_reply", "bounce", "spam") and any(g[k] not in (None, []) for k in KEYS[2:]):
            fail("lead fields set for %s" % cat)
        if cat in ("general", "unsubscribe"):
            for k in ("age", "birth_year", "specialties", "prefectures", "municipality",
                      "employment", "days_per_week", "start"):
                if g[k] not in (None, []):
                    fail("%s set for %s" % (k, cat))
        for s in g["specialties"]:
            if s not in spec:
                fail("specialty %r not canonical" % s)
            elif not any(norm(x) in nblob for x in spec[s]) and not any(
                    x in nblob.lower() for x in EN_SPECIALTY.get(s, [])):
                fail("specialty %r: no canonical name or synonym in the text" % s)
        ps = g["prefectures"]
        if "全国" in ps and len(ps) > 1:
            fail("全国 not alone")
        if ps == ["全国"]:
            if not re.search(r"全国|どこでも|問わな|問いません|anywhere", nblob):
                fail("全国 without an 'anywhere' phrase")
        else:
            for p in ps:
                if p not in pref:
                    fail("prefecture %r not canonical" % p)
                    continue
                if pref[p][0] in nblob or pref[p][1].lower() in nblob.lower():
                    continue
                if any(r in nblob and p in members for r, members in reg.items()):
                    continue
                if p == "北海道" and re.search(r"道東|道北|道南|道央", nblob):
                    continue
                fail("prefecture %r neither named nor covered by a region word" % p)
        if not set(g["employment"]) <= {"full_time", "part_time", "spot"}:
            fail("employment %r" % g["employment"])
        if g["start"] is not None:
            if not re.fullmatch(r"20\d\d-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?", g["start"]):
                fail("start %r" % g["start"])
            else:
                try:
                    sent = msg["Date"].datetime.astimezone(JST).strftime("%Y-%m")
                    if g["start"][:7] < sent:
                        fail("start %r before the month of the Date header (%s JST)" % (g["start"], sent))
                except Exception:  # noqa: BLE001
                    pass
        if g["phone"] is not None:
            if not re.fullmatch(r"0\d{9,10}", g["phone"]):
                fail("phone %r" % g["phone"])
            lines = []
            for line in unicodedata.normalize("NFKC", blob).splitlines():
                line = re.sub(r"\+81[\s-]*", "0", line)
                lines.append(re.sub(r"\D", "", line))
            if not any(g["phone"] in d for d in lines):
                fail("phone %r not in text" % g["phone"])
        if g["email"] is not None:
            if g["email"] != g["email"].lower():
                fail("email not lower case")
            if g["email"] not in blob.lower():
                fail("email %r not in text" % g["email"])
        for k in ("name", "organization", "municipality"):
            if g[k] is not None:
                if g[k] != norm(g[k]).strip():
                    fail("%s not normalised" % k)
                if norm(g[k]) not in nblob:
                    fail("%s %r not in text" % (k, g[k]))
        if g["name"] and re.search(r"様|先生|^Dr\.", g["name"]):
            fail("honorific in name")
        if g["name_kana"] is not None:
            if not re.fullmatch(r"[\u30a1-\u30fc ]+", g["name_kana"]):
                fail("name_kana not katakana")
            if g["name_kana"] not in to_kata(blob):
                fail("name_kana %r not in text" % g["name_kana"])
        if g["age"] is not None:
            ok = False
            for m in re.finditer(r"([0-9]+|[〇一二三四五六七八九十]+)\s*(?:歳|才|になります|となり)", nblob):
                if kanji_to_int(m.group(1)) == g["age"]:
                    ok = True
            if re.search(r"年齢\D{0,6}%d(?!\d)" % g["age"], nblob):
                ok = True
            if re.search(r"\b(?:I am|I'm|aged)\s+%d\b" % g["age"], nblob):
                ok = True
            if not ok:
                fail("age %r not found" % g["age"])
        if g["birth_year"] is not None:
            ok = str(g["birth_year"]) in nblob
            for m in re.finditer(r"(明治|大正|昭和|平成|令和|[MTSHR])\s*([0-9]+|[〇一二三四五六七八九十元]+)\s*(?:年|生)", nblob):
                y = 1 if m.group(2) == "元" else kanji_to_int(m.group(2))
                if y is not None and ERA[m.group(1)] + y == g["birth_year"]:
                    ok = True
            if not ok:
                fail("birth_year %r not found" % g["birth_year"])
        if g["days_per_week"] is not None:
            if not re.search(r"週\D{0,3}%d\s*(?:日|回)|\b%d days? a week" % (g["days_per_week"], g["days_per_week"]), nblob):
                fail("days_per_week %r not found" % g["days_per_week"])
        print("%-52s %-11s ok so far" % (fn, cat))
    ipath = os.path.join(folder, "index.tsv")
    if not os.path.exists(ipath):
        fails.append("index.tsv missing")
    else:
        rows = [l.split("\t") for l in open(ipath, encoding="utf-8").read().splitlines()]
        if rows[0] != ["file", "category", "encoding", "difficulty", "description"]:
            fails.append("index.tsv header %r" % rows[0])
        listed = {}
        for r in rows[1:]:
            if len(r) != 5 or r[3] not in ("easy", "medium", "hard") or not r[4]:
                fails.append("index.tsv row %r" % r[:1])
                continue
            listed[r[0]] = r[1]
        emls = sorted(f for f in os.listdir(folder) if f.endswith(".eml"))
        if sorted(listed) != emls:
            fails.append("index.tsv lists %d files, folder has %d .eml" % (len(listed), len(emls)))
        for f in emls:
            jp = os.path.join(folder, f[:-4] + ".json")
            if f in listed and os.path.exists(jp):
                if json.load(open(jp, encoding="utf-8")).get("category") != listed[f]:
                    fails.append("%s: index.tsv category %r differs from the gold" % (f, listed[f]))
    print()
    print("messages: %d  %s" % (n, "  ".join("%s=%d" % (c, cats[c]) for c in CATS)))
    if fails:
        print("FAILURES (%d):" % len(fails))
        for x in fails:
            print("  " + x)
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
