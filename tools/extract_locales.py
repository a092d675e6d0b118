#!/usr/bin/env python3
"""HISTORICAL — do not run. The one-time move of every word out of Rust and the taxonomy TSVs into
core/locales/{en,es}.tsv (issue 15), already done. It can no longer run: the `messages!` table is gone
from core/src/i18n.rs and the word columns (en, es, learn_*, search_*) are gone from core/data/*.tsv,
so it would fail, and if it ran it would overwrite en.tsv and es.tsv (and their translators' edits).
Kept as the record of how the first files were made and which keys the words got: skill.<id>,
learn.<id>, occ.<soc>, search.<soc>, cert.<id>, path.<from>><to>, lang.<code>, msg.*, month.*,
sector.*, edu.*. Translators edit the .tsv files; tools/gen_taxonomy.py and tools/draft_learn.py add
new taxonomy words to them."""
import csv, hashlib, re, sys, pathlib
root = pathlib.Path(__file__).resolve().parent.parent
src = (root / "core/src/i18n.rs").read_text()
table = src[src.index("messages! {"):]
table = table[:table.index("\n}\n")]
pat = re.compile(r'^\s*(\w+)\s*=>\s*"((?:[^"\\]|\\.)*)"\s*,\s*"((?:[^"\\]|\\.)*)"\s*;', re.M)
en, es = [], []
def unesc(s): return s.encode().decode("unicode_escape").encode("latin-1").decode("utf-8") if "\\" in s else s
for k, e, s in pat.findall(table):
    en.append((f"msg.{k}", unesc(e))); es.append((f"msg.{k}", unesc(s)))
fmt = [
 ("msg.StepOf", "Step {n} of {total}", "Paso {n} de {total}"),
 ("msg.JobOf", "Job {n} of {total} — {title}", "Trabajo {n} de {total} — {title}"),
 ("msg.ShowMore", "Show {n} more", "Ver {n} más"),
 ("msg.ClearTicks.one", "Clear the {n} you ticked?", "¿Quitar la que marcaste?"),
 ("msg.ClearTicks.other", "Clear the {n} you ticked?", "¿Quitar las {n} que marcaste?"),
 ("msg.SkillsSummary.one", "You have {n} skill employers look for", "Tienes {n} habilidad que buscan los empleadores"),
 ("msg.SkillsSummary.other", "You have {n} skills employers look for", "Tienes {n} habilidades que buscan los empleadores"),
 ("msg.SkillsCount.one", "{n} skill employers look for", "{n} habilidad que buscan los empleadores"),
 ("msg.SkillsCount.other", "{n} skills employers look for", "{n} habilidades que buscan los empleadores"),
 ("msg.ThingsDone.one", "{n} thing you did", "{n} cosa que hiciste"),
 ("msg.ThingsDone.other", "{n} things you did", "{n} cosas que hiciste"),
 ("msg.LeftOutLink.one", "We left out {n} thing from this link that we could not read. The rest is here.", "Dejamos fuera {n} cosa de este enlace que no pudimos leer. El resto está aquí."),
 ("msg.LeftOutLink.other", "We left out {n} things from this link that we could not read. The rest is here.", "Dejamos fuera {n} cosas de este enlace que no pudimos leer. El resto está aquí."),
 ("msg.LeftOutFile.one", "We left out {n} thing from this file that we could not read. The rest is here.", "Dejamos fuera {n} cosa de este archivo que no pudimos leer. El resto está aquí."),
 ("msg.LeftOutFile.other", "We left out {n} things from this file that we could not read. The rest is here.", "Dejamos fuera {n} cosas de este archivo que no pudimos leer. El resto está aquí."),
 ("msg.AddClassQuestion", "Add {class} from {provider} to your skills?", "¿Agregar {class} de {provider} a tus habilidades?"),
 ("msg.TrustClassBy", "Class record signed by \"{provider}\" — key {key}", "Registro de clase firmado por «{provider}» — llave {key}"),
 ("msg.TrustSignedFor", "Signed by \"{provider}\" for {learner} — key {key}", "Firmado por «{provider}» para {learner} — llave {key}"),
 ("msg.TrustSignedForOther", "Signed by \"{provider}\" for {learner} — key {key}. This record is for {learner}, not the name on this profile.", "Firmado por «{provider}» para {learner} — llave {key}. Este registro es para {learner}, no para el nombre de este perfil."),
 ("msg.MainTasksNoneListed", "This job has no main tasks listed.", "Este trabajo no tiene tareas principales en la lista."),
 ("msg.MainTaskOneNo", "The main task of this job is not in your profile yet.", "La tarea principal de este trabajo aún no está en tu perfil."),
 ("msg.MainTaskOneYes", "You already do the main task of this job.", "Ya haces la tarea principal de este trabajo."),
 ("msg.MainTasksNone", "None of the {m} main tasks of this job are in your profile yet.", "Ninguna de las {m} tareas principales de este trabajo está en tu perfil todavía."),
 ("msg.MainTasksAll", "You already do all {m} main tasks of this job.", "Ya haces las {m} tareas principales de este trabajo."),
 ("msg.MainTasksSome", "You already do {h} of the {m} main tasks of this job.", "Ya haces {h} de las {m} tareas principales de este trabajo."),
 ("msg.NoteHaveNone", "I do not do any of its {m} main tasks yet.", "Todavía no hago ninguna de sus {m} tareas principales."),
 ("msg.NoteHaveAll", "I already do all {m} of its main tasks.", "Ya hago sus {m} tareas principales."),
 ("msg.NoteHaveSome", "I already do {h} of its {m} main tasks.", "Ya hago {h} de sus {m} tareas principales."),
 ("msg.CloseTo", "The work is close to your past job: {job}.", "El trabajo se parece mucho a lo que hacías como {job}."),
 ("msg.BitLike", "The work is a bit like your past job: {job}.", "El trabajo se parece un poco a lo que hacías como {job}."),
 ("msg.NewWork", "This work is new for you. Skills from your other jobs still help.", "Este trabajo es nuevo para ti. Lo que aprendiste en otros trabajos también sirve."),
 ("msg.NextStepAfter", "A common next step after {job}", "Un paso común después de {job}"),
 ("msg.WaitSecs.one", "Please wait {n} second before you try again.", "Espera {n} segundo antes de volver a intentar."),
 ("msg.WaitSecs.other", "Please wait {n} seconds before you try again.", "Espera {n} segundos antes de volver a intentar."),
 ("msg.EraseIn.one", "Everything here will be erased in {n} second.", "Todo se borrará aquí en {n} segundo."),
 ("msg.EraseIn.other", "Everything here will be erased in {n} seconds.", "Todo se borrará aquí en {n} segundos."),
 ("msg.MonthYear", "{month} {year}", "{month} de {year}"),
 ("msg.DayMonthYear", "{day} {month} {year}", "{day} de {month} de {year}"),
 ("msg.LangOffline", "This language is not on this device yet. Connect to the internet once to get it. For now, pick one of these:", "Este idioma todavía no está en este aparato. Conéctate a internet una vez para tenerlo. Por ahora, elige uno de estos:"),
 ("msg.LangLoading", "Getting the words for this language…", "Trayendo las palabras de este idioma…"),
 ("msg.NoScript", "SkillPass needs JavaScript. Please turn it on in your browser.", "SkillPass necesita JavaScript. Actívalo en tu navegador."),
 ("msg.SideBySide", "Show a second language beside it", "Mostrar un segundo idioma al lado"),
 ("msg.SideBySideNone", "Only one language", "Solo un idioma"),
]
for k, e, s in fmt:
    en.append((k, e)); es.append((k, s))
# Spanish has a CLDR "many" form (a million and up): the same words as "other".
for k, e, s in fmt:
    if k.endswith(".other"):
        es.append((k[:-6] + ".many", s))
months_en = "January February March April May June July August September October November December".split()
months_es = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
for i in range(12):
    en.append((f"month.{i+1}", months_en[i])); es.append((f"month.{i+1}", months_es[i]))
sectors = [("health","Health care","Salud y cuidado"),("retail","Stores and customer service","Tiendas y atención al cliente"),("food","Food, restaurants and hotels","Comida, restaurantes y hoteles"),("warehouse","Warehouse and driving","Almacén y manejo"),("manufacturing","Factory and building work","Fábrica y construcción"),("building","Cleaning, child care and security","Limpieza, cuidado de niños y seguridad")]
for k, e, s in sectors:
    en.append((f"sector.{k}", e)); es.append((f"sector.{k}", s))
edu = [("1","No diploma needed","No hace falta diploma"),("2","High school diploma or GED","Diploma de preparatoria o GED"),("3","A certificate from a short training after high school","Un certificado de una capacitación corta después de la preparatoria"),("4","Some college classes","Algunas clases de universidad"),("5","A 2-year college degree","Un título universitario de 2 años"),("6","A 4-year college degree","Un título universitario de 4 años"),("7","A degree after college","Un título de posgrado")]
for k, e, s in edu:
    en.append((f"edu.{k}", e)); es.append((f"edu.{k}", s))
def tsv(name):
    rows = [l for l in (root/"core/data"/name).read_text().splitlines() if l and not l.startswith("#")]
    head = rows[0].split("\t")
    return [dict(zip(head, r.split("\t"))) for r in rows[1:]]
for r in tsv("occupations.tsv"):
    en.append((f"occ.{r['soc']}", r["en"])); es.append((f"occ.{r['soc']}", r["es"]))
    en.append((f"search.{r['soc']}", r["search_en"])); es.append((f"search.{r['soc']}", r["search_es"]))
for r in tsv("skills.tsv"):
    en.append((f"skill.{r['id']}", r["en"])); es.append((f"skill.{r['id']}", r["es"]))
    en.append((f"learn.{r['id']}", r["learn_en"])); es.append((f"learn.{r['id']}", r["learn_es"]))
for r in tsv("certificates.tsv"):
    en.append((f"cert.{r['id']}", r["en"])); es.append((f"cert.{r['id']}", r["es"]))
for r in tsv("paths.tsv"):
    en.append((f"path.{r['from']}>{r['to']}", r["en"])); es.append((f"path.{r['from']}>{r['to']}", r["es"]))
for r in tsv("languages.tsv"):
    en.append((f"lang.{r['code']}", r["en"])); es.append((f"lang.{r['code']}", r["es"]))
def h(s): return hashlib.sha256(s.encode()).hexdigest()[:8]
def esc(s):
    assert "\t" not in s and "\n" not in s, s
    return s
enmap = dict(en)
assert len(enmap) == len(en), "duplicate key"
head = "# SkillPass words: key<TAB>text. See TRANSLATIONS.md.\n"
(root/"core/locales/en.tsv").write_text(head + "".join(f"{k}\t{esc(v)}\n" for k, v in en))
def base(k):
    for f in (".zero",".one",".two",".few",".many",".other"):
        if k.endswith(f): return k[:-len(f)]
    return k
def src_of(k):
    if k in enmap: return enmap[k]
    return enmap[base(k) + ".other"]
(root/"core/locales/es.tsv").write_text("# SkillPass words in Spanish: key<TAB>hash of the English it was made from<TAB>text. See TRANSLATIONS.md.\n" + "".join(f"{k}\t{h(src_of(k))}\t{esc(v)}\n" for k, v in es))
print(len(en), "en keys;", len(es), "es lines")
