#!/usr/bin/env python3
"""Builds core/data/careers.tsv from O*NET 29.2 facts for every occupation in core/data/occupations.tsv:
the importance (scale IM, 1-5, stored x100) of the 35 O*NET skills, the usual education (the Required
Level of Education category most workers report), and the related occupations that SkillPass carries
(in O*NET's order). The curated next steps are hand-written in core/data/paths.tsv (from to cert; their
words are path.<from>><to> in core/locales). Reads only the soc column of occupations.tsv and writes
no words, so it never touches core/locales.

  python3 tools/gen_careers.py
"""
import collections, csv, os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get('SKILLPASS_SHARED', os.path.join(ROOT, '..', 'shared'))
ONET = os.path.join(SHARED, 'data', 'onet-29.2')
OUT = os.path.join(ROOT, 'core', 'data')


def read_tsv(path):
    with open(path, encoding='utf-8', newline='') as f:
        return list(csv.DictReader(f, delimiter='\t', quoting=csv.QUOTE_NONE))


def main():
    socs = [r['soc'] for r in read_tsv(os.path.join(OUT, 'occupations.tsv'))]
    ours = set(socs)
    skills = collections.defaultdict(dict)
    names = {}
    for r in read_tsv(os.path.join(ONET, 'Skills.tsv')):
        if r['Scale ID'] == 'IM' and r['O*NET-SOC Code'] in ours:
            skills[r['O*NET-SOC Code']][r['Element ID']] = round(float(r['Data Value']) * 100)
            names[r['Element ID']] = r['Element Name']
    elements = sorted(names)
    assert len(elements) == 35, len(elements)
    education = collections.defaultdict(dict)
    for r in read_tsv(os.path.join(ONET, 'Education, Training, and Experience.tsv')):
        if r['Scale ID'] == 'RL' and r['O*NET-SOC Code'] in ours:
            education[r['O*NET-SOC Code']][int(r['Category'])] = float(r['Data Value'])
    related = collections.defaultdict(list)
    for r in read_tsv(os.path.join(ONET, 'Related Occupations.tsv')):
        if r['O*NET-SOC Code'] in ours and r['Related O*NET-SOC Code'] in ours:
            related[r['O*NET-SOC Code']].append((int(r['Index']), r['Related O*NET-SOC Code']))
    with open(os.path.join(OUT, 'careers.tsv'), 'w', encoding='utf-8') as f:
        f.write('# O*NET skill elements, in column order: ' + ' '.join(elements) + '\n')
        f.write('soc\teducation\tskills\trelated\n')
        for soc in socs:
            s = skills[soc]
            assert set(s) == set(elements), soc
            edu = education[soc]
            # The category most workers report; ties go to the lower (easier) level.
            common = max(sorted(edu), key=lambda c: edu[c])
            rel = ' '.join(x for _, x in sorted(related[soc]))
            f.write(f"{soc}\t{common}\t{' '.join(str(s[e]) for e in elements)}\t{rel}\n")
    print(f'{len(socs)} occupations; 35 skills: ' + ', '.join(names[e] for e in elements[:5]) + ', …')


if __name__ == '__main__':
    main()
