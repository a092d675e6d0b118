#!/usr/bin/env python3
"""Builds SkillPass's taxonomy in core/data/ from O*NET facts, and its English and Spanish words in
core/locales/en.tsv and es.tsv from our own wording.

Codes and links (O*NET-SOC codes, DWA ids, job zones, which activities belong to which job) are
read from ../shared/data (O*NET 29.2: Job Zones.tsv, Tasks to DWAs.tsv). core/data/*.tsv gets only
these facts: skills.tsv `num id icon esco`, occupations.tsv `num soc sector zone icon activities`,
certificates.tsv `num id sector icon`. (paths.tsv and languages.tsv are hand-written; this script
does not touch them.)

The plain-language wording in English and Spanish is ours. It comes from the wording files given on
the command line (columns below), or, with --from-data, from core/locales/en.tsv and es.tsv
themselves (plus any extra files). It is written to the language files under these keys
(see TRANSLATIONS.md):

  skill.<id>    the "did" wording of a skill or activity    (wording column en / es)
  learn.<id>    the same as something to learn               (learn_en / learn_es)
  occ.<soc>     a job's title                                (en / es)
  search.<soc>  other names for it, `;`-separated            (search_en / search_es)
  cert.<id>     a certificate's name, id with "cert:"        (en / es)

How the language files are written: every line already there is kept byte for byte, in its order;
a key they lack is appended at the end (en.tsv `key<TAB>text`, es.tsv `key<TAB>hash<TAB>text`, the
hash being the first 8 hex digits of the SHA-256 of the English text). When an English text changed,
its en.tsv line is rewritten in place and its es.tsv line is left as it is, so its hash no longer
matches and the Rust test (core/tests/locales.rs, or `tools/locales.py check es`) flags it stale
until a translator updates it: Spanish already in es.tsv is changed only there, by hand. A new key
needs both English and Spanish; the other languages' files are never touched (translators add
the new keys there; `tools/locales.py todo <tag>` lists them).

"To learn" wording: every skill also has a learn.<id> text, the same activity as something to learn
("Write down patients' vital signs", "Armar exhibidores"). It comes from learn_en/learn_es columns of
the wording files when they have them, else from core/locales as it stands (so a re-run never loses
it; tools/draft_learn.py drafted the first ones); a new skill without it stops the generator.

Stable numbers: a skill, occupation or certificate keeps the number it was first given in
core/data/*.tsv; new entries get the next free number. Numbers are never reused (share links carry
them), so entries are only ever added.

First build, from wording files (DWA: dwa_id en es [learn_en learn_es]; OCC: soc sector icon en es
search_en search_es; SP: id icon en es esco_uri [learn_en learn_es]; CERTS: id sector icon en es):
  python3 tools/gen_taxonomy.py --dwa /tmp/dwa/out*.tsv --occ OCC.tsv --sp SP.tsv --certs CERTS.tsv

Re-run from core/data and core/locales (e.g. after adding a job to EXTRA_OCC.tsv, same columns as
OCC, and its new activities' wording in NEW_WORDING.tsv, same columns as DWA; a row there for an
existing activity replaces its English and so marks its Spanish stale):
  python3 tools/gen_taxonomy.py --from-data [--dwa NEW_WORDING.tsv] [--occ-extra EXTRA_OCC.tsv]
"""
import argparse, collections, csv, hashlib, os, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get('SKILLPASS_SHARED', os.path.join(ROOT, '..', 'shared'))
OUT = os.path.join(ROOT, 'core', 'data')
LOCALES = os.path.join(ROOT, 'core', 'locales')
SP_FIRST, DWA_FIRST = 1, 100  # transferable skills take 1..99, O*NET activities 100 and up


def read_tsv(path):
    with open(path, encoding='utf-8', newline='') as f:
        return list(csv.DictReader(f, delimiter='\t', quoting=csv.QUOTE_NONE))


def write_file(path, text):
    """Writes `text` to `path` unless the file already holds exactly it."""
    if os.path.exists(path):
        with open(path, encoding='utf-8', newline='') as f:
            if f.read() == text:
                return
    with open(path, 'w', encoding='utf-8', newline='') as f:
        f.write(text)


def write_tsv(path, header, rows):
    out = ['\t'.join(header) + '\n']
    for r in rows:
        cells = [str(r[h]) for h in header]
        assert all('\t' not in c and '\n' not in c for c in cells), r
        out.append('\t'.join(cells) + '\n')
    write_file(path, ''.join(out))


def en_hash(text):
    """The hash written on a translated line: first 8 hex digits of the SHA-256 of the English."""
    return hashlib.sha256(text.encode('utf-8')).hexdigest()[:8]


def read_locale(tag):
    """core/locales/<tag>.tsv as its lines (line ends kept, split on "\n" only) and
    key -> (line index, hash or None, text). English lines are key<TAB>text, the others
    key<TAB>hash<TAB>text; blank and `#` lines are kept but carry no key."""
    path = os.path.join(LOCALES, f'{tag}.tsv')
    with open(path, encoding='utf-8', newline='') as f:
        parts = f.read().split('\n')
    lines = [p + '\n' for p in parts[:-1]] + ([parts[-1]] if parts[-1] else [])
    have = {}
    for i, line in enumerate(lines):
        bare = line.rstrip('\n')
        if not bare or bare.startswith('#'):
            continue
        cells = bare.split('\t')
        if tag == 'en' and len(cells) == 2:
            key, hs, text = cells[0], None, cells[1]
        elif tag != 'en' and len(cells) == 3:
            key, hs, text = cells
        else:
            sys.exit(f'{tag}.tsv line {i + 1}: needs key<TAB>{"" if tag == "en" else "hash<TAB>"}text: {bare!r}')
        if key in have:
            sys.exit(f'{tag}.tsv line {i + 1}: {key} is written twice (first on line {have[key][0] + 1})')
        have[key] = (i, hs, text)
    return lines, have


def locale_texts(tag):
    """core/locales/<tag>.tsv as key -> text."""
    return {k: t for k, (_, _, t) in read_locale(tag)[1].items()}


def update_locales(words):
    """Writes `words` — (key, English, Spanish or '') in the order new keys should be appended — into
    core/locales/en.tsv and es.tsv, as the module docstring says: existing lines kept byte for byte,
    a changed English text rewritten in place (its Spanish line left, now stale), new keys appended
    (Spanish with the hash of its English). Touches no other language's file."""
    en_lines, en_have = read_locale('en')
    es_lines, es_have = read_locale('es')
    keys = [k for k, _, _ in words]
    dup = sorted({k for k in keys if keys.count(k) > 1}) if len(set(keys)) != len(keys) else []
    assert not dup, f'keys given twice: {dup}'
    problems, new_en, new_es, changed, stale = [], [], [], [], []
    for key, en, es in words:
        en, es = (en or '').strip(), (es or '').strip()
        for lang, t in (('English', en), ('Spanish', es)):
            if '\t' in t or '\n' in t or '\r' in t:
                problems.append(f'{key}: the {lang} text has a tab or line break: {t!r}')
        if not en:
            problems.append(f'{key}: no English wording')
            continue
        if key in en_have:
            i, _, old = en_have[key]
            if old != en:
                en_lines[i] = f'{key}\t{en}' + ('\n' if en_lines[i].endswith('\n') else '')
                changed.append(key)
        else:
            new_en.append(f'{key}\t{en}\n')
        if key in es_have:
            if es_have[key][1] != en_hash(en):
                stale.append(key)
        elif es:
            new_es.append(f'{key}\t{en_hash(en)}\t{es}\n')
        elif key not in en_have:
            problems.append(f'{key}: a new key needs Spanish wording too (the es / learn_es / search_es column)')
    if problems:
        sys.exit('not written:\n  ' + '\n  '.join(problems))
    for lines, new, tag in ((en_lines, new_en, 'en'), (es_lines, new_es, 'es')):
        if new and lines and not lines[-1].endswith('\n'):
            lines[-1] += '\n'
        write_file(os.path.join(LOCALES, f'{tag}.tsv'), ''.join(lines + new))
    print(f'en.tsv: {len(new_en)} added, {len(changed)} changed; es.tsv: {len(new_es)} added')
    if changed:
        print('  English changed: ' + ' '.join(changed))
    if stale:
        print(f'  es.tsv: {len(stale)} lines translated from older English (update them there): ' + ' '.join(stale))


def existing_numbers(name, key):
    path = os.path.join(OUT, name)
    return {r[key]: int(r['num']) for r in read_tsv(path)} if os.path.exists(path) else {}


def assign(keys, known, first):
    nums, used = {}, set(known.values())
    nxt = max([n for n in used if n >= first] + [first - 1]) + 1
    for k in keys:
        if k in known:
            nums[k] = known[k]
        else:
            while nxt in used:
                nxt += 1
            nums[k] = nxt
            used.add(nxt)
    return nums


def from_data(a):
    """Writes core/data and core/locales back out as generator inputs (in a temp dir), plus any
    extra files."""
    import tempfile
    tmp = tempfile.mkdtemp()
    en, es = locale_texts('en'), locale_texts('es')

    def words(prefix, key, col):
        return {col: en.get(f'{prefix}.{key}', ''), col.replace('en', 'es'): es.get(f'{prefix}.{key}', '')}

    skills = read_tsv(os.path.join(OUT, 'skills.tsv'))
    dwa = os.path.join(tmp, 'dwa.tsv')
    write_tsv(dwa, ['dwa_id', 'en', 'es', 'learn_en', 'learn_es'],
              [dict(dwa_id=r['id'], **words('skill', r['id'], 'en'), **words('learn', r['id'], 'learn_en'))
               for r in skills if not r['id'].startswith('sp:')])
    sp = os.path.join(tmp, 'sp.tsv')
    write_tsv(sp, ['id', 'icon', 'en', 'es', 'esco_uri', 'learn_en', 'learn_es'],
              [dict(r, esco_uri=r['esco'], **words('skill', r['id'], 'en'), **words('learn', r['id'], 'learn_en'))
               for r in skills if r['id'].startswith('sp:')])
    occ = os.path.join(tmp, 'occ.tsv')
    occ_rows = [dict(r, **words('occ', r['soc'], 'en'), **words('search', r['soc'], 'search_en'))
                for r in read_tsv(os.path.join(OUT, 'occupations.tsv'))]
    if a.occ_extra:
        occ_rows += read_tsv(a.occ_extra)
    write_tsv(occ, ['soc', 'sector', 'icon', 'en', 'es', 'search_en', 'search_es'], occ_rows)
    certs = os.path.join(tmp, 'certs.tsv')
    write_tsv(certs, ['id', 'sector', 'icon', 'en', 'es'],
              [dict(r, **words('cert', r['id'], 'en')) for r in read_tsv(os.path.join(OUT, 'certificates.tsv'))])
    a.dwa = [dwa] + a.dwa
    a.sp, a.occ, a.certs = sp, occ, certs
    return a


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--from-data', action='store_true', help='take lists from core/data and wording from core/locales')
    ap.add_argument('--dwa', nargs='+', default=[])
    ap.add_argument('--occ')
    ap.add_argument('--occ-extra')
    ap.add_argument('--sp')
    ap.add_argument('--certs')
    a = ap.parse_args()
    if a.from_data:
        a = from_data(a)
    elif not (a.occ and a.sp and a.certs and a.dwa):
        ap.error('give --dwa, --occ, --sp and --certs, or --from-data')

    occ_rows = read_tsv(a.occ)
    socs = [r['soc'] for r in occ_rows]
    # Job zones from O*NET: the frontline list plus the next-step jobs of the career paths.
    zones = {r['O*NET-SOC Code']: r['Job Zone'] for r in read_tsv(os.path.join(SHARED, 'data', 'onet-29.2', 'Job Zones.tsv'))}
    assert set(socs) <= set(zones), set(socs) - set(zones)

    # Which activities each job has, most central first (linked from the most of its tasks).
    links = collections.defaultdict(collections.Counter)
    for r in read_tsv(os.path.join(SHARED, 'data', 'onet-29.2', 'Tasks to DWAs.tsv')):
        if r['O*NET-SOC Code'] in socs:
            links[r['O*NET-SOC Code']][r['DWA ID']] += 1

    wording = {}
    for path in a.dwa:
        for r in read_tsv(path):
            wording[r['dwa_id']] = r
    needed = sorted({d for s in socs for d in links[s]})
    missing = [d for d in needed if d not in wording]
    assert not missing, f'no wording for {missing}'

    sp_rows = read_tsv(a.sp)
    known = existing_numbers('skills.tsv', 'id')
    # The "to learn" wording: from the inputs, else kept from core/locales.
    kept = {'en': locale_texts('en'), 'es': locale_texts('es')}

    def learn(key, r, lang):
        text = (r.get('learn_' + lang) or kept[lang].get('learn.' + key) or '').strip()
        assert text or lang == 'es', f'no "to learn" wording ({lang}) for {key}: add a learn_{lang} column'
        return text

    def text(r, col):
        return (r.get(col) or '').strip()

    nums = assign([r['id'] for r in sp_rows], known, SP_FIRST)
    nums.update(assign(needed, {**known, **nums}, DWA_FIRST))
    skills = [dict(num=nums[r['id']], id=r['id'], icon=r['icon'], en=text(r, 'en'), es=text(r, 'es'),
                   esco=text(r, 'esco_uri'), learn_en=learn(r['id'], r, 'en'),
                   learn_es=learn(r['id'], r, 'es')) for r in sp_rows]
    skills += [dict(num=nums[d], id=d, icon='', en=text(wording[d], 'en'), es=text(wording[d], 'es'), esco='',
                    learn_en=learn(d, wording[d], 'en'), learn_es=learn(d, wording[d], 'es'))
               for d in needed]
    skills.sort(key=lambda r: r['num'])

    occ_nums = assign(socs, existing_numbers('occupations.tsv', 'soc'), 1)
    occupations = []
    for r in occ_rows:
        ordered = sorted(links[r['soc']], key=lambda d: (-links[r['soc']][d], d))
        occupations.append(dict(
            num=occ_nums[r['soc']], soc=r['soc'], sector=r['sector'], zone=zones[r['soc']],
            icon=r['icon'], en=text(r, 'en'), es=text(r, 'es'),
            search_en=text(r, 'search_en'), search_es=text(r, 'search_es'),
            activities=' '.join(str(nums[d]) for d in ordered)))
    occupations.sort(key=lambda r: r['num'])

    cert_rows = read_tsv(a.certs)
    cert_nums = assign([r['id'] for r in cert_rows], existing_numbers('certificates.tsv', 'id'), 1)
    certs = [dict(num=cert_nums[r['id']], id=r['id'], sector=r['sector'], icon=r['icon'],
                  en=text(r, 'en'), es=text(r, 'es')) for r in cert_rows]
    certs.sort(key=lambda r: r['num'])

    # The words first: if one is missing nothing is written.
    words = []
    for r in skills:
        words += [(f"skill.{r['id']}", r['en'], r['es']), (f"learn.{r['id']}", r['learn_en'], r['learn_es'])]
    for r in occupations:
        words += [(f"occ.{r['soc']}", r['en'], r['es']), (f"search.{r['soc']}", r['search_en'], r['search_es'])]
    words += [(f"cert.{r['id']}", r['en'], r['es']) for r in certs]
    update_locales(words)

    write_tsv(os.path.join(OUT, 'skills.tsv'), ['num', 'id', 'icon', 'esco'], skills)
    write_tsv(os.path.join(OUT, 'occupations.tsv'), ['num', 'soc', 'sector', 'zone', 'icon', 'activities'], occupations)
    write_tsv(os.path.join(OUT, 'certificates.tsv'), ['num', 'id', 'sector', 'icon'], certs)
    print(f'{len(occupations)} occupations, {len(skills)} skills ({len(needed)} activities), {len(certs)} certificates')


if __name__ == '__main__':
    sys.exit(main())
