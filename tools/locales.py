#!/usr/bin/env python3
"""Helpers for translators (see TRANSLATIONS.md). The Rust tests are the real check; this gives
the same answers without a Rust toolchain.

  python3 tools/locales.py check <tag>    what is missing, stale, empty or has wrong {placeholders}
  python3 tools/locales.py stamp <tag>    write the English hash on every line that has none
                                          (a line written as key<TAB>text); keeps the file's order
  python3 tools/locales.py todo <tag>     print the English of every missing or stale key
"""
import hashlib, pathlib, re, sys
ROOT = pathlib.Path(__file__).resolve().parent.parent / "core" / "locales"
FORMS = ("zero", "one", "two", "few", "many", "other")
# CLDR plural categories for whole numbers. Haitian Creole has no CLDR rules: "other" only.
PLURALS = {"en": "one other", "es": "one many other", "zh-Hans": "other", "vi": "other",
           "ar": "zero one two few many other", "ht": "other", "tl": "one other"}

def h(s): return hashlib.sha256(s.encode()).hexdigest()[:8]
def holes(s): return set(re.findall(r"\{(\w+)\}", s))
def split(k):
    b, _, f = k.rpartition(".")
    return (b, f) if f in FORMS and b else (k, None)

def english():
    out = {}
    for line in (ROOT / "en.tsv").read_text().splitlines():
        if line and not line.startswith("#"):
            k, v = line.split("\t")
            out[k] = v
    return out

def source(en, key):
    if key in en: return en[key]
    b, f = split(key)
    return en.get(b + ".other") if f else None

def read(tag):
    rows = []
    for n, line in enumerate((ROOT / f"{tag}.tsv").read_text().splitlines(), 1):
        if not line or line.startswith("#"): rows.append((None, line)); continue
        parts = line.split("\t")
        if len(parts) == 2: rows.append(((parts[0], None, parts[1]), line))
        elif len(parts) == 3: rows.append(((parts[0], parts[1], parts[2]), line))
        else: sys.exit(f"{tag}.tsv line {n}: needs key<TAB>hash<TAB>text")
    return rows

def problems(tag):
    en = english(); rows = read(tag); out = []
    have = {}
    for r, _ in rows:
        if r: have.setdefault(r[0], r)
    groups = {}
    for k in en:
        b, f = split(k)
        if f: groups.setdefault(b, set()).add(f)
    need = set(PLURALS[tag].split())
    for k in en:
        b, f = split(k)
        if f:
            continue
        if k not in have: out.append(("missing", k)); continue
    for b in groups:
        for f in need:
            if f"{b}.{f}" not in have: out.append(("missing", f"{b}.{f}"))
    for k, (key, hs, text) in have.items():
        src = source(en, key)
        b, f = split(key)
        if src is None or (f and b not in groups): out.append(("unknown key", key)); continue
        if f and f not in need: out.append((f"plural form not used in {tag}", key))
        if not text.strip(): out.append(("empty", key))
        if hs is None: out.append(("no hash (run stamp)", key))
        elif hs != h(src): out.append(("stale: English changed", key))
        eng = holes(en.get(key, src)) if not f else set().union(*(holes(en[x]) for x in en if split(x)[0] == b))
        got = holes(text)
        if not got <= eng or (not f or f == "other") and got != eng:
            out.append((f"placeholders {sorted(got)} but English has {sorted(eng)}", key))
    return out

def main():
    cmd, tag = sys.argv[1], sys.argv[2]
    if cmd == "check":
        p = problems(tag)
        for what, k in p: print(f"{what}\t{k}")
        print(f"{tag}: {len(p)} problems"); sys.exit(1 if p else 0)
    if cmd == "stamp":
        en = english(); lines = []
        for r, line in read(tag):
            if r and r[1] is None and source(en, r[0]) is not None:
                line = f"{r[0]}\t{h(source(en, r[0]))}\t{r[2]}"
            lines.append(line)
        (ROOT / f"{tag}.tsv").write_text("\n".join(lines) + "\n")
    if cmd == "todo":
        en = english()
        for what, k in problems(tag):
            if what.startswith(("missing", "stale", "no hash")):
                print(f"{k}\t{source(en, k) or ''}")

main()
