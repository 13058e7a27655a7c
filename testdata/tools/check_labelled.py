#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Checks a folder of labelled mail (NNN-slug.eml + gold NNN-slug.json + index.tsv).

    python3 check_labelled.py DIR [--vocab VOCABDIR] [--start-month-written]

Parses every .eml with Python's email package (policy=default) and decodes every text
part strictly: the declared charset, then the usual supersets and mislabel fallbacks
(each fallback is reported as a note); format=flowed parts are reflowed, HTML parts
reduced to text, delivery-status and disposition-notification parts read as text.

Each gold .json must then hold exactly the contract's keys in contract order, with
the right types, `error` null, a known category and only the fields its category
allows (auto_reply, bounce and spam none; general and unsubscribe only the person
fields; a municipality only for hospital). The mail must have CRLF line endings only,
Date, From, To, Subject and a unique Message-ID equal to the gold's, and name only
example domains. Every non-null gold value must be written in the decoded mail
(after NFKC) where it should be:

- specialties and prefectures canonical in the vocabularies and named in the mail (a
  synonym, a region word that covers the prefecture, an "anywhere" phrase for 全国;
  English mail may use the usual English names of specialties and the romaji of
  prefectures);
- name, organization and municipality normalised and present; the name without an
  honorific; name_kana in katakana and present in kana; phone (digits, a leading 0)
  and email (lower case) present;
- age, birth year (also as an era year) and days per week written in one of the usual
  Japanese or English ways;
- a cue word for each employment kind;
- start a month (or day) from the month of the Date header in Asia/Tokyo to the end of
  the following year, its day written when it has one; with --start-month-written also
  its month written in the mail or a relative expression (来月, 来年度, next month).
  That last rule is an option because some sets write an April start only as a fiscal
  year (令和8年度から).

index.tsv (header file, category, encoding, difficulty, description) must list every
.eml once, with five non-empty columns, a known difficulty and the gold's category,
and no file that is not in the folder.

VOCABDIR defaults to the repository's internal/vocab/data.
"""
import base64
import datetime
import email
import html as htmlmod
import json
import os
import quopri
import re
import sys
import unicodedata
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["message_id", "category", "name", "name_kana", "email", "phone", "age",
        "birth_year", "organization", "specialties", "prefectures", "municipality",
        "employment", "days_per_week", "start", "error"]
CATS = ["doctor", "hospital", "general", "unsubscribe", "auto_reply", "bounce", "spam"]
PERSON_ONLY = ("age", "birth_year", "specialties", "prefectures", "municipality",
               "employment", "days_per_week", "start")
DIFFICULTY = ("easy", "medium", "hard")
INDEX_HEADER = ["file", "category", "encoding", "difficulty", "description"]
# Charset labels -> Python codecs.
CODEC = {"iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis", "euc-jp": "euc_jp",
         "utf-8": "utf-8", "us-ascii": "ascii", "iso-8859-1": "latin-1",
         "windows-31j": "cp932", "cp932": "cp932", "x-sjis": "cp932",
         "gb2312": "gb18030", "ks_c_5601-1987": "cp949"}
# Usual English wording for a canonical specialty in English mail (lower case).
EN_SPECIALTY = {
    "内科": ["internal medicine"],
    "総合診療科": ["family medicine", "family physician", "general practi", "primary care"],
    "在宅医療": ["home visit"],
    "小児科": ["pediatric", "paediatric"],
    "麻酔科": ["anaesthe", "anesthe"],
    "救急科": ["emergency"],
    "整形外科": ["orthopaedic", "orthopedic"],
}
WORDNUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
# Words that show each employment kind is meant.
EMPLOYMENT_CUES = {
    "full_time": r"常勤|full[- ]time|フルタイム",
    "part_time": r"非常勤|週\D{0,3}\d\s*(?:日|回)|パート|嘱託|part[- ]time|days? (?:a|per) week",
    "spot": r"スポット|単発|当直|日直|宿直|代診|spot",
}
JST = datetime.timezone(datetime.timedelta(hours=9))
ERA = {"明治": 1867, "大正": 1911, "昭和": 1925, "平成": 1988, "令和": 2018,
       "M": 1867, "T": 1911, "S": 1925, "H": 1988, "R": 2018}
KNUM = {"〇": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
REPORTS = ("message/delivery-status", "message/disposition-notification")
EW = re.compile(r"=\?([^?]+)\?([bBqQ])\?([^?]*)\?=")


# ------------------------------------------------------------------ decoding

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
    """Decodes what Outlook sends as iso-2022-jp: JIS rows read back through CP932."""
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
    return "\ufffd" in t or "\x1b" in t or any(0x80 <= ord(c) <= 0x24F for c in t)


def decode(raw, declared):
    """-> (text, codec used), or (None, None) when no codec gives clean text."""
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


def decode_header(value):
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


def unflow(text, delsp):
    """RFC 3676: joins soft-broken lines (trailing space), dropping the space if delsp."""
    out, cur = [], ""
    for line in text.split("\n"):
        line = line.rstrip("\r")
        if line.endswith(" ") and line != "-- ":
            cur += line[:-1] if delsp else line
            continue
        out.append(cur + line)
        cur = ""
    if cur:
        out.append(cur)
    return "\n".join(out)


def html_to_text(s):
    s = re.sub(r"(?is)<(style|head)\b.*?</\1>", "", s)
    s = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</tr>", "\n", s)
    s = re.sub(r"(?i)</t[hd]>", " ", s)
    s = re.sub(r"<[^>]+>", "", s)
    return htmlmod.unescape(s).replace("\xa0", " ")


def leaves(part):
    if part.get_content_type() in REPORTS:
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
    """-> specialties {canonical: [names]}, prefectures {name: (short name, romaji)},
    regions {word: [prefectures]}."""
    def rows(name):
        with open(os.path.join(vdir, name), encoding="utf-8") as fh:
            return [l.split("\t") for l in fh.read().splitlines()[1:] if l.strip()]
    spec = {c[0]: [c[0]] + [x for x in (c[2].split(",") if len(c) > 2 else []) if x]
            for c in rows("specialties.tsv")}
    pref = {c[1]: (c[2], c[4]) for c in rows("prefectures.tsv")}
    reg = {}
    for c in rows("regions.tsv"):
        for name in [c[0]] + [x for x in c[1].split(",") if x]:
            reg[name] = c[2].split(",")
    return spec, pref, reg


# ------------------------------------------------------------------ one mail

def read_mail(raw, fail, note):
    """-> (message, raw header text, decoded text of headers and text parts)."""
    msg = email.message_from_bytes(raw, policy=policy.default)
    rawhdrs = raw.split(b"\r\n\r\n", 1)[0].decode("ascii", "replace")
    texts = []
    for h in ("Subject", "From", "Reply-To", "To"):
        m = re.search(r"(?im)^%s:([^\r\n]*(?:\r\n[ \t][^\r\n]*)*)" % h, rawhdrs)
        if m:
            d = decode_header(m.group(1).strip())
            if d is None:
                fail("%s undecodable" % h)
            else:
                texts.append(d)
    for part in leaves(msg):
        ctype = part.get_content_type()
        if ctype in REPORTS:
            texts.append(part.as_string())
            continue
        if part.get_content_maintype() != "text":
            continue
        t, used = decode(part.get_payload(decode=True), part.get_content_charset())
        if t is None:
            fail("%s part undecodable" % ctype)
            continue
        label = (part.get_content_charset() or "us-ascii").lower()
        if used != CODEC.get(label, label):
            note("%s labelled %s decoded as %s" % (ctype, label, used))
        if ctype == "text/html":
            t = html_to_text(t)
        elif (part.get_param("format") or "").lower() == "flowed":
            t = unflow(t, (part.get_param("delsp") or "").lower() == "yes")
        texts.append(t)
    return msg, rawhdrs, "\n".join(texts)


def check_shape(g, fail):
    """Keys, types and the fields a category allows; -> False if the rest cannot be checked."""
    if list(g.keys()) != KEYS:
        fail("keys %s" % list(g.keys()))
        return False
    if g["error"] is not None:
        fail("error set")
    cat = g["category"]
    if cat not in CATS:
        fail("category %r" % cat)
        return False
    for k in ("specialties", "prefectures", "employment"):
        if not isinstance(g[k], list) or len(set(g[k])) != len(g[k]):
            fail("%s not a set-like list" % k)
            return False
    for k in ("age", "birth_year", "days_per_week"):
        if g[k] is not None and not (isinstance(g[k], int) and not isinstance(g[k], bool)):
            fail("%s not int" % k)
            return False
    for k in ("name", "name_kana", "email", "phone", "organization", "municipality", "start"):
        if g[k] is not None and not isinstance(g[k], str):
            fail("%s not a string" % k)
            return False
    if cat in ("auto_reply", "bounce", "spam") and any(g[k] not in (None, []) for k in KEYS[2:]):
        fail("lead fields set for %s" % cat)
    if cat in ("general", "unsubscribe"):
        for k in PERSON_ONLY:
            if g[k] not in (None, []):
                fail("%s set for %s" % (k, cat))
    if g["municipality"] is not None and cat != "hospital":
        fail("municipality set for %s" % cat)
    return True


def check_places(g, nblob, spec, pref, reg, fail):
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
        return
    for p in ps:
        if p not in pref:
            fail("prefecture %r not canonical" % p)
            continue
        short, romaji = pref[p]
        if short in nblob or re.search(r"\b%s\b" % romaji, nblob):
            continue
        if any(r in nblob and p in members for r, members in reg.items()):
            continue
        if p == "北海道" and re.search(r"道東|道北|道南|道央|道内", nblob):
            continue
        fail("prefecture %r neither named nor covered by a region word" % p)
    m = g["municipality"]
    if m is not None and not re.search(r"[市区町村]$", m):
        fail("municipality %r is not a city, ward, town or village" % m)


def check_start(g, msg, nblob, month_written, fail):
    start = g["start"]
    if start is None:
        return
    if not re.fullmatch(r"20\d\d-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?", start):
        fail("start %r" % start)
        return
    y, mo = int(start[:4]), int(start[5:7])
    if month_written and not (re.search(r"(?<!\d)%d\s*月" % mo, nblob) or MONTHS[mo - 1] in nblob.lower()
            or re.search(r"来月|来年度|next month", nblob)):
        fail("start %r: month not written and no relative expression" % start)
    if len(start) == 10 and not re.search(r"(?<!\d)%d\s*日" % int(start[8:]), nblob):
        fail("start %r: day not written" % start)
    try:
        tokyo = msg["Date"].datetime.astimezone(JST)
    except Exception as e:  # noqa: BLE001
        fail("start not checked against the Date header: %r" % e)
        return
    if (y, mo) < (tokyo.year, tokyo.month):
        fail("start %r before the month of the Date header (%s JST)" % (start, tokyo.date()))
    elif y > tokyo.year + 1:
        fail("start %r after the end of the year following the Date header (%s JST)" % (start, tokyo.date()))


def check_values(g, blob, fail):
    nblob = norm(blob)
    if g["phone"] is not None:
        if not re.fullmatch(r"0\d{9,10}", g["phone"]):
            fail("phone %r" % g["phone"])
        lines = [re.sub(r"\D", "", re.sub(r"\+81[\s-]*", "0", line))
                 for line in unicodedata.normalize("NFKC", blob).splitlines()]
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
    age = g["age"]
    if age is not None:
        ok = any(kanji_to_int(m.group(1)) == age for m in re.finditer(
            r"([0-9]+|[〇一二三四五六七八九十]+)\s*(?:歳|才|にな[りっ]|となり| years old)", nblob))
        ok = ok or bool(re.search(r"年齢\D{0,6}%d(?!\d)" % age, nblob))
        ok = ok or bool(re.search(r"\b(?:I am|I'm|aged)\s+%d\b" % age, nblob))
        if not ok:
            fail("age %r not found" % age)
    by = g["birth_year"]
    if by is not None:
        ok = str(by) in nblob
        for m in re.finditer(r"(明治|大正|昭和|平成|令和|[MTSHR])\s*([0-9]+|[〇一二三四五六七八九十元]+)\s*(?:年|生)", nblob):
            y = 1 if m.group(2) == "元" else kanji_to_int(m.group(2))
            if y is not None and ERA[m.group(1)] + y == by:
                ok = True
        if not ok:
            fail("birth_year %r not found" % by)
    d = g["days_per_week"]
    if d is not None:
        words = [w for w, v in WORDNUM.items() if v == d] + [str(d)]
        if not re.search(r"週\D{0,3}%d\s*(?:日|回)" % d, nblob) and not re.search(
                r"\b(?:%s) days? (?:a|per) week" % "|".join(words), nblob, re.I):
            fail("days_per_week %r not found" % d)
    if not set(g["employment"]) <= set(EMPLOYMENT_CUES):
        fail("employment %r" % g["employment"])
    for e in g["employment"]:
        if e in EMPLOYMENT_CUES and not re.search(EMPLOYMENT_CUES[e], nblob, re.I):
            fail("employment %r without a cue word" % e)


def check_domains(blob, rawhdrs, fail):
    for dom in re.findall(r"(?i)(?<![\w.-])(?:[a-z0-9-]+\.)+(?:com|net|org|jp|info|biz|io)(?![\w.-])",
                          blob + "\n" + rawhdrs):
        if not re.search(r"(?i)(^|\.)example\.(com|org|jp)$", dom):
            fail("non-example domain %r" % dom)


# ------------------------------------------------------------------ index

def check_index(folder, gold_cats, fails):
    ipath = os.path.join(folder, "index.tsv")
    if not os.path.exists(ipath):
        fails.append("index.tsv missing")
        return
    with open(ipath, encoding="utf-8") as fh:
        rows = fh.read().splitlines()
    if not rows or rows[0].split("\t") != INDEX_HEADER:
        fails.append("index.tsv: header %r" % rows[:1])
    listed = {}
    for row in rows[1:]:
        cols = row.split("\t")
        if len(cols) != 5 or not all(c.strip() for c in cols):
            fails.append("index.tsv: bad row %r" % row[:60])
            continue
        if cols[3] not in DIFFICULTY:
            fails.append("index.tsv: %s difficulty %r" % (cols[0], cols[3]))
        if cols[0] in listed:
            fails.append("index.tsv: %s listed twice" % cols[0])
        listed[cols[0]] = cols[1]
    for fn, cat in sorted(gold_cats.items()):
        if fn not in listed:
            fails.append("index.tsv: no row for %s" % fn)
        elif listed[fn] != cat:
            fails.append("index.tsv: %s category %r, gold %r" % (fn, listed[fn], cat))
    for fn in sorted(listed):
        if not os.path.exists(os.path.join(folder, fn)):
            fails.append("index.tsv: row for missing file %s" % fn)


# ------------------------------------------------------------------ main

def check_folder(folder, vdir, month_written=False):
    """-> (failures, notes, count per category, number of .eml files)."""
    spec, pref, reg = load_vocab(vdir)
    fails, notes, cats = [], [], {c: 0 for c in CATS}
    mids, gold_cats = set(), {}
    for fn in sorted(os.listdir(folder)):
        if not fn.endswith(".eml"):
            continue

        def fail(msg, fn=fn):
            fails.append("%s: %s" % (fn, msg))

        def note(msg, fn=fn):
            notes.append("%s: %s" % (fn, msg))

        with open(os.path.join(folder, fn), "rb") as fh:
            raw = fh.read()
        gold_cats[fn] = None
        jpath = os.path.join(folder, fn[:-4] + ".json")
        if not os.path.exists(jpath):
            fail("no .json")
            continue
        with open(jpath, encoding="utf-8") as fh:
            g = json.load(fh)
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            fail("bare CR or LF")
        msg, rawhdrs, blob = read_mail(raw, fail, note)
        for h in ("Date", "From", "To", "Subject", "Message-ID"):
            if msg[h] is None:
                fail("missing " + h)
        mid = str(msg["Message-ID"] or "").strip()
        if mid in mids:
            fail("duplicate Message-ID")
        mids.add(mid)
        if g.get("message_id") != mid.strip("<>"):
            fail("message_id %r vs %r" % (g.get("message_id"), mid))
        try:
            msg["Date"].datetime
        except Exception as e:  # noqa: BLE001
            fail("Date unparsable: %r" % e)
        check_domains(blob, rawhdrs, fail)
        gold_cats[fn] = g.get("category")
        if not check_shape(g, fail):
            continue
        cats[g["category"]] += 1
        nblob = norm(blob)
        check_places(g, nblob, spec, pref, reg, fail)
        check_start(g, msg, nblob, month_written, fail)
        check_values(g, blob, fail)
    check_index(folder, gold_cats, fails)
    return fails, notes, cats, len(gold_cats)


def main(argv):
    args = list(argv)
    vdir = os.path.join(HERE, "..", "..", "internal", "vocab", "data")
    if "--vocab" in args:
        i = args.index("--vocab")
        if i + 1 >= len(args):
            print("--vocab needs a directory", file=sys.stderr)
            return 2
        vdir = args[i + 1]
        del args[i:i + 2]
    month_written = "--start-month-written" in args
    args = [a for a in args if a != "--start-month-written"]
    if len(args) != 1 or not os.path.isdir(args[0]):
        print("usage: check_labelled.py DIR [--vocab VOCABDIR] [--start-month-written]", file=sys.stderr)
        return 2
    fails, notes, cats, n = check_folder(args[0], vdir, month_written)
    for x in notes:
        print("note: " + x)
    print("messages: %d  %s" % (n, "  ".join("%s=%d" % (c, cats[c]) for c in CATS)))
    if fails:
        print("FAILURES (%d):" % len(fails))
        for x in fails:
            print("  " + x)
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
