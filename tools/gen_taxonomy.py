#!/usr/bin/env python3
"""Builds SkillPass's taxonomy files in core/data/ from O*NET facts and our own wording.

Codes and links (O*NET-SOC codes, DWA ids, job zones, which activities belong to which job) are
read from ../shared/data; the plain-language wording in English and Spanish is ours and comes from
the wording files given on the command line (or, when re-run, from core/data itself).

"To learn" wording: every skill also has learn_en/learn_es, the same activity as something to learn
("Write down patients' vital signs", "Armar exhibidores"). It comes from learn_en/learn_es columns of
the wording files when they have them, else from core/data/skills.tsv as it stands (so a re-run never
loses it; tools/draft_learn.py drafted the first ones); a skill without it stops the generator.

Stable numbers: a skill, occupation or certificate keeps the number it was first given in
core/data/*.tsv; new entries get the next free number. Numbers are never reused (share links carry
them), so entries are only ever added.

  python3 tools/gen_taxonomy.py --dwa /tmp/dwa/out*.tsv --occ OCC.tsv --sp SP.tsv --certs CERTS.tsv

Re-run from core/data itself (e.g. after adding a job to OCC.tsv and its new activities' wording):
  python3 tools/gen_taxonomy.py --from-data [--dwa NEW_WORDING.tsv] [--occ-extra EXTRA_OCC.tsv]
"""
import argparse, collections, csv, os, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get('SKILLPASS_SHARED', os.path.join(ROOT, '..', 'shared'))
OUT = os.path.join(ROOT, 'core', 'data')
SP_FIRST, DWA_FIRST = 1, 100  # transferable skills take 1..99, O*NET activities 100 and up


def read_tsv(path):
    with open(path, encoding='utf-8', newline='') as f:
        return list(csv.DictReader(f, delimiter='\t', quoting=csv.QUOTE_NONE))


def write_tsv(path, header, rows):
    with open(path, 'w', encoding='utf-8', newline='') as f:
        f.write('\t'.join(header) + '\n')
        for r in rows:
            cells = [str(r[h]) for h in header]
            assert all('\t' not in c and '\n' not in c for c in cells), r
            f.write('\t'.join(cells) + '\n')


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
    """Writes core/data back out as generator inputs (in a temp dir), plus any extra files."""
    import tempfile
    tmp = tempfile.mkdtemp()
    skills = read_tsv(os.path.join(OUT, 'skills.tsv'))
    dwa = os.path.join(tmp, 'dwa.tsv')
    write_tsv(dwa, ['dwa_id', 'en', 'es', 'learn_en', 'learn_es'],
              [dict(dwa_id=r['id'], en=r['en'], es=r['es'], learn_en=r['learn_en'], learn_es=r['learn_es'])
               for r in skills if not r['id'].startswith('sp:')])
    sp = os.path.join(tmp, 'sp.tsv')
    write_tsv(sp, ['id', 'icon', 'en', 'es', 'esco_uri', 'learn_en', 'learn_es'],
              [dict(r, esco_uri=r['esco']) for r in skills if r['id'].startswith('sp:')])
    occ = os.path.join(tmp, 'occ.tsv')
    occ_rows = read_tsv(os.path.join(OUT, 'occupations.tsv'))
    if a.occ_extra:
        occ_rows += read_tsv(a.occ_extra)
    write_tsv(occ, ['soc', 'sector', 'icon', 'en', 'es', 'search_en', 'search_es'], occ_rows)
    a.dwa = [dwa] + a.dwa
    a.sp, a.occ, a.certs = sp, occ, os.path.join(OUT, 'certificates.tsv')
    return a


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--from-data', action='store_true', help='take wording and lists from core/data')
    ap.add_argument('--dwa', nargs='+', default=[])
    ap.add_argument('--occ')
    ap.add_argument('--occ-extra')
    ap.add_argument('--sp')
    ap.add_argument('--certs')
    a = ap.parse_args()
    if a.from_data:
        a = from_data(a)

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
    # The "to learn" wording: from the inputs, else kept from core/data/skills.tsv.
    path = os.path.join(OUT, 'skills.tsv')
    kept = {r['id']: r for r in read_tsv(path)} if os.path.exists(path) else {}

    def learn(key, r, lang):
        text = (r.get('learn_' + lang) or kept.get(key, {}).get('learn_' + lang) or '').strip()
        assert text, f'no "to learn" wording ({lang}) for {key}: add a learn_{lang} column'
        return text

    nums = assign([r['id'] for r in sp_rows], known, SP_FIRST)
    nums.update(assign(needed, {**known, **nums}, DWA_FIRST))
    skills = [dict(num=nums[r['id']], id=r['id'], icon=r['icon'], en=r['en'].strip(), es=r['es'].strip(),
                   esco=r.get('esco_uri', '').strip(), learn_en=learn(r['id'], r, 'en'),
                   learn_es=learn(r['id'], r, 'es')) for r in sp_rows]
    skills += [dict(num=nums[d], id=d, icon='', en=wording[d]['en'].strip(), es=wording[d]['es'].strip(), esco='',
                    learn_en=learn(d, wording[d], 'en'), learn_es=learn(d, wording[d], 'es'))
               for d in needed]
    skills.sort(key=lambda r: r['num'])
    write_tsv(os.path.join(OUT, 'skills.tsv'), ['num', 'id', 'icon', 'en', 'es', 'esco', 'learn_en', 'learn_es'], skills)

    occ_nums = assign(socs, existing_numbers('occupations.tsv', 'soc'), 1)
    occupations = []
    for r in occ_rows:
        ordered = sorted(links[r['soc']], key=lambda d: (-links[r['soc']][d], d))
        occupations.append(dict(
            num=occ_nums[r['soc']], soc=r['soc'], sector=r['sector'], zone=zones[r['soc']],
            icon=r['icon'], en=r['en'].strip(), es=r['es'].strip(),
            search_en=r['search_en'].strip(), search_es=r['search_es'].strip(),
            activities=' '.join(str(nums[d]) for d in ordered)))
    occupations.sort(key=lambda r: r['num'])
    write_tsv(os.path.join(OUT, 'occupations.tsv'),
              ['num', 'soc', 'sector', 'zone', 'icon', 'en', 'es', 'search_en', 'search_es', 'activities'], occupations)

    cert_rows = read_tsv(a.certs)
    cert_nums = assign([r['id'] for r in cert_rows], existing_numbers('certificates.tsv', 'id'), 1)
    certs = [dict(num=cert_nums[r['id']], id=r['id'], sector=r['sector'], icon=r['icon'],
                  en=r['en'].strip(), es=r['es'].strip()) for r in cert_rows]
    certs.sort(key=lambda r: r['num'])
    write_tsv(os.path.join(OUT, 'certificates.tsv'), ['num', 'id', 'sector', 'icon', 'en', 'es'], certs)
    print(f'{len(occupations)} occupations, {len(skills)} skills ({len(needed)} activities), {len(certs)} certificates')


if __name__ == '__main__':
    sys.exit(main())
