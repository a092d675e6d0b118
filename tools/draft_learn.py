#!/usr/bin/env python3
"""Drafts the "to learn" wording of every activity (present/infinitive: "Write down patients' vital
signs", "Armar exhibidores") from its "did" wording (past: "Wrote down…", "Armé…").

The skills are those of core/data/skills.tsv; their "did" wording is skill.<id> in
core/locales/en.tsv and es.tsv, and the "to learn" wording is learn.<id> there (see TRANSLATIONS.md).
It was run once to fill learn.<id> (then the learn_en/learn_es columns of skills.tsv); from then on
the texts are kept (and can be hand-edited) in the language files, and tools/gen_taxonomy.py carries
them over. The tables below are verb tables, not guesses: every first verb of the "did" wording is
listed (a missing one stops the script), and OVERRIDES holds the rows a rule would word badly.

  python3 tools/draft_learn.py          # prints the drafts
  python3 tools/draft_learn.py --write  # adds the drafts to en.tsv/es.tsv, only for a learn.<id> not there
                                        # yet (appended; lines already there are kept byte for byte)
"""
import os, re, sys

from gen_taxonomy import locale_texts, read_tsv, update_locales

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SKILLS = os.path.join(ROOT, 'core', 'data', 'skills.tsv')

EN_BASE = {
    'Added': 'Add', 'Adjusted': 'Adjust', 'Agreed': 'Agree', 'Answered': 'Answer', 'Arranged': 'Arrange',
    'Asked': 'Ask', 'Attached': 'Attach', 'Bagged': 'Bag', 'Balanced': 'Balance', 'Bathed': 'Bathe',
    'Booked': 'Book', 'Bought': 'Buy', 'Boxed': 'Box', 'Broke': 'Break', 'Brought': 'Bring', 'Built': 'Build',
    'Called': 'Call', 'Calmed': 'Calm', 'Came': 'Come', 'Cared': 'Care', 'Carried': 'Carry', 'Cashed': 'Cash',
    'Changed': 'Change', 'Checked': 'Check', 'Cheered': 'Cheer', 'Chose': 'Choose', 'Cleaned': 'Clean',
    'Cleared': 'Clear', 'Collected': 'Collect', 'Comforted': 'Comfort', 'Compared': 'Compare',
    'Controlled': 'Control', 'Cooked': 'Cook', 'Counted': 'Count', 'Covered': 'Cover', 'Created': 'Create',
    'Cut': 'Cut', 'Decided': 'Decide', 'Designed': 'Design', 'Did': 'Do', 'Directed': 'Direct',
    'Dressed': 'Dress', 'Drove': 'Drive', 'Dug': 'Dig', 'Dusted': 'Dust', 'Entered': 'Enter',
    'Explained': 'Explain', 'Fed': 'Feed', 'Figured': 'Figure', 'Filed': 'File', 'Filled': 'Fill',
    'Fit': 'Fit', 'Fitted': 'Fit', 'Fixed': 'Fix', 'Followed': 'Follow', 'Found': 'Find', 'Gathered': 'Gather',
    'Gave': 'Give', 'Got': 'Get', 'Greased': 'Grease', 'Greeted': 'Greet', 'Ground': 'Grind',
    'Guided': 'Guide', 'Handed': 'Hand', 'Handled': 'Handle', 'Heated': 'Heat', 'Held': 'Hold',
    'Helped': 'Help', 'Hired': 'Hire', 'Hooked': 'Hook', 'Hung': 'Hang', 'Inspected': 'Inspect',
    'Judged': 'Judge', 'Kept': 'Keep', 'Laid': 'Lay', 'Learned': 'Learn', 'Led': 'Lead', 'Let': 'Let',
    'Lifted': 'Lift', 'Lined': 'Line', 'Listened': 'Listen', 'Lit': 'Light', 'Loaded': 'Load',
    'Locked': 'Lock', 'Looked': 'Look', 'Made': 'Make', 'Managed': 'Manage', 'Marked': 'Mark',
    'Measured': 'Measure', 'Melted': 'Melt', 'Met': 'Meet', 'Mixed': 'Mix', 'Moved': 'Move',
    'Ordered': 'Order', 'Organized': 'Organize', 'Packed': 'Pack', 'Painted': 'Paint', 'Passed': 'Pass',
    'Patrolled': 'Patrol', 'Picked': 'Pick', 'Placed': 'Place', 'Planned': 'Plan', 'Plugged': 'Plug',
    'Poured': 'Pour', 'Prepared': 'Prepare', 'Priced': 'Price', 'Promoted': 'Promote', 'Put': 'Put',
    'Ran': 'Run', 'Rated': 'Rate', 'Read': 'Read', 'Received': 'Receive', 'Refilled': 'Refill',
    'Replaced': 'Replace', 'Reported': 'Report', 'Sanded': 'Sand', 'Sealed': 'Seal', 'Sent': 'Send',
    'Served': 'Serve', 'Set': 'Set', 'Sewed': 'Sew', 'Shaped': 'Shape', 'Shared': 'Share',
    'Shoveled': 'Shovel', 'Showed': 'Show', 'Smoothed': 'Smooth', 'Sold': 'Sell', 'Solved': 'Solve',
    'Sorted': 'Sort', 'Spoke': 'Speak', 'Spotted': 'Spot', 'Sprayed': 'Spray', 'Spread': 'Spread',
    'Stacked': 'Stack', 'Started': 'Start', 'Sterilized': 'Sterilize', 'Stocked': 'Stock', 'Stored': 'Store',
    'Studied': 'Study', 'Suggested': 'Suggest', 'Supervised': 'Supervise', 'Talked': 'Talk', 'Taught': 'Teach',
    'Tested': 'Test', 'Threw': 'Throw', 'Tied': 'Tie', 'Timed': 'Time', 'Told': 'Tell', 'Took': 'Take',
    'Tore': 'Tear', 'Trained': 'Train', 'Trimmed': 'Trim', 'Turned': 'Turn', 'Typed': 'Type',
    'Unloaded': 'Unload', 'Used': 'Use', 'Walked': 'Walk', 'Warned': 'Warn', 'Was': 'Be', 'Washed': 'Wash',
    'Watched': 'Watch', 'Weighed': 'Weigh', 'Welded': 'Weld', 'Went': 'Go', 'Wore': 'Wear', 'Worked': 'Work',
    'Wrote': 'Write',
    # second verbs ("Cleaned and sterilized…", "Washed, dried, and ironed…")
    'dried': 'dry', 'ironed': 'iron', 'oiled': 'oil', 'sanitized': 'sanitize', 'emptied': 'empty',
    'unpacked': 'unpack', 'restocked': 'restock', 'polished': 'polish', 'shined': 'shine', 'sliced': 'slice',
    'wrapped': 'wrap', 'mowed': 'mow', 'plowed': 'plow', 'leveled': 'level', 'clamped': 'clamp',
    'padded': 'pad', 'tagged': 'tag', 'strapped': 'strap', 'decorated': 'decorate', 'transferred': 'transfer',
    'oversaw': 'oversee', 'screened': 'screen', 'delivered': 'deliver', 'groomed': 'groom',
    'labeled': 'label', 'bent': 'bend',
}
# Past forms inside a line (after "they", "it", "who"…), put in the present.
EN_INNER = {
    'needed': 'need', 'were': 'are', 'was': 'is', 'did': 'do', 'worked': 'work', 'ran': 'run',
    'came': 'come', 'stayed': 'stay', 'met': 'meet', 'matched': 'match', 'wanted': 'want', 'went': 'goes',
    'had': 'have', 'meant': 'mean', 'owed': 'owes', 'broke': 'break', 'got': 'get',
}
EN_PRONOUN = {'my': 'your', 'myself': 'yourself'}
# Whole phrases whose subject needs its own verb form.
EN_PHRASES = {
    'who come in': 'who comes in', 'something break': 'something breaks', 'who do what': 'who does what',
    'service kept running': 'service keeps running', 'would not shift': 'do not shift',
    'guests reported': 'guests report', 'staff followed': 'staff follow', 'people followed': 'people follow',
    'want or needed': 'want or need', 'who broke': 'who break', 'and followed rules': 'and follow rules',
    'and gave basic facts': 'and give basic facts',
}
# Words that open a clause of their own: a verb after "and" there is not a second main verb.
EN_CLAUSE = {'that', 'who', 'when', 'if', 'so', 'before', 'what', 'where', 'how', 'why', 'which', 'as'}
NEEDS = {'machines': 'need', 'they': 'need', 'you': 'need', 'we': 'need', 'job': 'needs', 'recipe': 'needs'}

ES_IRREG = {
    'Hice': 'Hacer', 'Puse': 'Poner', 'Mantuve': 'Mantener', 'Estuve': 'Estar', 'Di': 'Dar',
    'Sostuve': 'Sostener', 'Tuve': 'Tener', 'Fui': 'Ir',
    # -í: -er or -ir
    'Medí': 'Medir', 'Leí': 'Leer', 'Escogí': 'Escoger', 'Dirigí': 'Dirigir', 'Sugerí': 'Sugerir',
    'Recibí': 'Recibir', 'Pedí': 'Pedir', 'Decidí': 'Decidir', 'Seguí': 'Seguir', 'Resolví': 'Resolver',
    'Metí': 'Meter', 'Escribí': 'Escribir', 'Surtí': 'Surtir', 'Repartí': 'Repartir', 'Moví': 'Mover',
    'Establecí': 'Establecer', 'Encendí': 'Encender', 'Vestí': 'Vestir', 'Vendí': 'Vender',
    'Serví': 'Servir', 'Sacudí': 'Sacudir', 'Rompí': 'Romper', 'Respondí': 'Responder',
    'Recogí': 'Recoger', 'Pulí': 'Pulir', 'Extendí': 'Extender', 'Descubrí': 'Descubrir',
    'Derretí': 'Derretir', 'Cubrí': 'Cubrir', 'Cosí': 'Coser', 'Construí': 'Construir',
    'Compartí': 'Compartir', 'Asistí': 'Asistir', 'Aprendí': 'Aprender', 'Abrí': 'Abrir',
    'Reuní': 'Reunir', 'Envolví': 'Envolver', 'Tendí': 'Tender', 'Devolví': 'Devolver',
    'Corregí': 'Corregir', 'Atendí': 'Atender', 'Elegí': 'Elegir', 'Barrí': 'Barrer', 'Añadí': 'Añadir',
    'Dividí': 'Dividir', 'Imprimí': 'Imprimir', 'Distribuí': 'Distribuir', 'Incluí': 'Incluir',
    'Hablé': 'Hablar',
}
# Imperfect and past subjunctive inside a line, put in the present.
ES_INNER = {
    'necesitaban': 'necesitan', 'necesitaba': 'necesita', 'hacían': 'hacen', 'hacía': 'hace',
    'estuvieran': 'estén', 'estuviera': 'esté', 'tenían': 'tienen', 'tenía': 'tiene',
    'funcionaran': 'funcionen', 'funcionara': 'funcione', 'estaban': 'están', 'estaba': 'está',
    'siguiera': 'siga', 'siguieran': 'sigan', 'salieran': 'salgan', 'querían': 'quieren', 'quería': 'quiere',
    'hiciera': 'haga', 'hicieran': 'hagan', 'funcionaban': 'funcionan', 'funcionaba': 'funciona',
    'buscaban': 'buscan', 'vieran': 'vean', 'tuvieran': 'tengan', 'tuviera': 'tenga',
    'trabajaban': 'trabajan', 'significaban': 'significan', 'salía': 'sale', 'entraba': 'entra',
    'rompían': 'rompen', 'recibieran': 'reciban', 'quedaran': 'queden', 'quedaba': 'queda',
    'participaran': 'participen', 'movieran': 'muevan', 'midieran': 'midan', 'mantuvieran': 'mantengan',
    'faltaban': 'faltan', 'fallaban': 'fallan', 'entrara': 'entre', 'debía': 'debe', 'cumplían': 'cumplen',
    'cumpliéramos': 'cumplamos', 'cumplieran': 'cumplan', 'cumpliera': 'cumpla', 'cubría': 'cubre',
    'cuadraran': 'cuadren', 'costaban': 'cuestan', 'coincidieran': 'coincidan', 'ayudara': 'ayude',
    'iban': 'van', 'iba': 'va', 'fuera': 'sea', 'fueran': 'sean', 'había': 'hay', 'mantuvieran': 'mantengan',
    'pudieran': 'puedan', 'pudiera': 'pueda', 'quedaran': 'queden', 'vieran': 'vean', 'estaban': 'están',
    'mi': 'tu', 'mis': 'tus', 'asegurarme': 'asegurarse', 'mantenerme': 'mantenerse', 'avisarles': 'avisarles',
    'se descompuso': 'se descompone', 'fue necesario': 'sea necesario', 'reportaron': 'reportan',
    'se necesitaba': 'se necesita', 'se necesitaban': 'se necesitan', 'se envió': 'se envía',
    'se entregó': 'se entrega', 'se iba a': 'se va a', 'se hiciera': 'se haga', 'se vieran': 'se vean',
    'se movieran': 'se muevan', 'entrara': 'entre', 'salieran': 'salgan', 'trabajaban': 'trabajan',
}
CLITICS = {'me': 'se', 'te': 'te', 'se': 'se', 'le': 'le', 'les': 'les', 'lo': 'lo', 'la': 'la', 'los': 'los', 'las': 'las', 'nos': 'nos'}
ACCENT = {'a': 'á', 'e': 'é', 'i': 'í'}


def es_inf(word):
    """The infinitive of a first-person preterite ("Limpié" → "Limpiar"), or None."""
    cap = word[:1].isupper()
    w = word[:1].upper() + word[1:]
    if w in ES_IRREG:
        out = ES_IRREG[w]
    elif w.endswith('é') and len(w) >= 3 and w.lower() not in ('qué', 'fue', 'café', 'bebé'):
        stem = w[:-1]
        if stem.endswith('qu'):
            stem = stem[:-2] + 'c'
        elif stem.endswith('gü'):
            stem = stem[:-2] + 'gu'
        elif stem.endswith('gu'):
            stem = stem[:-2] + 'g'
        elif stem.endswith('c'):
            stem = stem[:-1] + 'z'
        out = stem + 'ar'
    else:
        return None
    return out if cap else out[0].lower() + out[1:]


def attach(inf, clitics):
    """"Dar" + ["les"] → "Darles"; "Dar" + ["se", "lo"] → "Dárselo" (two clitics take an accent)."""
    if len(clitics) >= 2:
        inf = inf[:-2] + ACCENT[inf[-2]] + inf[-1]
    return inf + ''.join(clitics)


def es_learn(did):
    words = did.split(' ')
    out = []
    i = 0
    pending = []  # clitics waiting for their verb
    verb_slot = True  # at the start, or after "y", "o", ","
    while i < len(words):
        w = words[i]
        bare, comma = (w[:-1], ',') if w.endswith(',') else (w, '')
        low = bare.lower()
        if verb_slot and low in CLITICS and i + 1 < len(words):
            pending.append(CLITICS[low] if i == 0 or low != 'me' else 'se')
            i += 1
            continue
        inf = es_inf(bare) if verb_slot else None
        if inf:
            if pending:
                inf = attach(inf, pending)
                pending = []
            if not out:
                inf = inf[0].upper() + inf[1:]
            out.append(inf + comma)
            verb_slot = bool(comma)
        else:
            if pending:  # not a verb after all
                out.extend(pending)
                pending = []
            out.append(w)
            verb_slot = bool(comma) or low in ('y', 'e', 'o', 'u')
        i += 1
    text = ' '.join(out)
    # Inner past forms, longest first so "se necesitaban" wins over "necesitaban".
    for k in sorted(ES_INNER, key=len, reverse=True):
        text = re.sub(r'(?<![\wáéíóúñü])' + re.escape(k) + r'(?![\wáéíóúñü])', ES_INNER[k], text)
    # "e" stands for "y" only before an i- sound: "cuartos e hice" → "cuartos y hacer".
    return re.sub(r' e (?=[^iíhH])', ' y ', text)


def en_learn(did):
    words = did.split(' ')
    out = []
    verb_slot = True  # at the start, or after "and", "or", "," in the main clause
    main = True
    for i, w in enumerate(words):
        bare, comma = (w[:-1], ',') if w.endswith(',') else (w, '')
        base = None
        if verb_slot and main:
            base = EN_BASE.get(bare) or (EN_BASE.get(bare[:1].upper() + bare[1:]) if i > 0 else None)
        if i == 0 and not base:
            raise SystemExit(f'no base form for the first verb of: {did}')
        if base:
            out.append((base if i == 0 else base[0].lower() + base[1:]) + comma)
            verb_slot = bool(comma)
            continue
        prev = words[i - 1].rstrip(',') if i else ''
        if bare == 'needed':
            out.append(NEEDS.get(prev, 'needed') + comma)
            main = main and prev not in NEEDS
        elif i > 0 and bare in EN_INNER:
            out.append(EN_INNER[bare] + comma)
            main = False
        elif bare in EN_PRONOUN:
            out.append(EN_PRONOUN[bare] + comma)
        else:
            out.append(w)
        if bare in EN_CLAUSE:
            main = False
        verb_slot = bool(comma) or bare in ('and', 'or')
    text = ' '.join(out)
    for k, v in EN_PHRASES.items():
        text = text.replace(k, v)
    return text


# Keyed by the "did" wording (English or Spanish): rows a rule words badly.
OVERRIDES = {
    'Made sure we followed health and fire rules': 'Make sure health and fire rules are followed',
    'Me aseguré de que cumpliéramos las reglas de salud y contra incendios':
        'Asegurarse de que se cumplan las reglas de salud y contra incendios',
    'Cut and sliced raw or cooked food': 'Cut and slice raw or cooked food',
    'Cleaned parts and finished products': 'Clean parts and finished products',
    'Smoothed and finished wet concrete': 'Smooth and finish wet concrete',
    'Solo dejé entrar a personas con permiso': 'Dejar entrar solo a personas con permiso',
}


def main():
    rows = read_tsv(SKILLS)
    en_words, es_words = locale_texts('en'), locale_texts('es')
    words = []
    for r in rows:
        did_en, did_es = en_words.get(f"skill.{r['id']}", ''), es_words.get(f"skill.{r['id']}", '')
        assert did_en, f"no skill.{r['id']} in en.tsv"
        en = OVERRIDES.get(did_en) or en_learn(did_en)
        es = (OVERRIDES.get(did_es) or es_learn(did_es)) if did_es else ''
        key = f"learn.{r['id']}"
        if '--write' in sys.argv:
            # Texts already there stay as they are (update_locales never rewrites Spanish, and the
            # English passed for a key en.tsv has is its own text).
            if key not in en_words or key not in es_words:
                words.append((key, en_words.get(key) or en, es_words.get(key) or es))
        else:
            print(f"{r['num']}\t{r['id']}\t{en}\t{es}")
    if '--write' in sys.argv:
        update_locales(words)


if __name__ == '__main__':
    main()
