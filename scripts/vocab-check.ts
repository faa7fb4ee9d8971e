/**
 * Checks the procedure vocabulary's data files (lib/vocabulary/data/*.json): the format, unique
 * concept ids, broader/addonOf references that exist and do not loop, known specialties, and
 * forms that two concepts share without a context (readings a booking could not tell apart).
 *
 *   npx tsx scripts/vocab-check.ts            every file
 *   npx tsx scripts/vocab-check.ts FILE…      these files (checked against all the others)
 *
 * Exits 1 when any file is invalid; shared forms are listed, not failed (some are meant).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { CommonFileSchema, PlainFileSchema, SpecialtyFileSchema, type SpecialtyFile } from '../lib/vocabulary/schema';

const dir = resolve(import.meta.dirname, '../lib/vocabulary/data');
const only = process.argv.slice(2).map((f) => basename(f));
let failed = false;
const fail = (file: string, message: string) => {
  failed = true;
  console.log(`✖ ${file}: ${message}`);
};

const read = (file: string): unknown => {
  try {
    return JSON.parse(readFileSync(join(dir, file), 'utf8'));
  } catch (e) {
    fail(file, `not JSON: ${(e as Error).message}`);
    return undefined;
  }
};

const commonRaw = read('common.json');
const common = CommonFileSchema.safeParse(commonRaw);
if (!common.success) for (const i of common.error.issues) fail('common.json', `${i.path.join('.')}: ${i.message}`);
const specialties = new Set(common.success ? Object.keys(common.data.specialties) : []);

const files: Array<{ file: string; data: SpecialtyFile }> = [];
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'common.json' && f !== 'plain-words.json').sort()) {
  const raw = read(file);
  if (raw === undefined) continue;
  const parsed = SpecialtyFileSchema.safeParse(raw);
  if (!parsed.success) {
    for (const i of parsed.error.issues.slice(0, 30)) {
      const at = i.path[0] === 'concepts' && typeof i.path[1] === 'number' ? ` (${(raw as SpecialtyFile).concepts?.[i.path[1]]?.id ?? '?'})` : '';
      fail(file, `${i.path.join('.')}${at}: ${i.message}`);
    }
    continue;
  }
  files.push({ file, data: parsed.data });
}

const where = new Map<string, string>();
for (const { file, data } of files) {
  for (const s of data.specialties) if (!specialties.has(s)) fail(file, `specialty "${s}" is not in common.json's specialties`);
  for (const c of data.concepts) {
    if (where.has(c.id)) fail(file, `concept id "${c.id}" is also defined in ${where.get(c.id)}`);
    else where.set(c.id, file);
    for (const s of c.specialties ?? []) if (!specialties.has(s)) fail(file, `${c.id}: specialty "${s}" is not in common.json's specialties`);
    for (const k of c.src ?? []) if (!data.sources[k]) fail(file, `${c.id}: source "${k}" is not in the file's sources`);
    const seen = new Set<string>();
    for (const f of c.forms ?? []) {
      const key = formKey(f);
      if (!key) fail(file, `${c.id}: form "${f}" has no words`);
      if (seen.has(key)) fail(file, `${c.id}: form "${f}" is listed twice`);
      seen.add(key);
      if (/[{[]/.test(f) && !/^[^{[]+(\s*\{[a-z-]+(,\s*[a-z-]+)*\})?(\s*\[[^\]]+\])?$/.test(f)) fail(file, `${c.id}: form "${f}": write options as "TEXT {approach} [context words]"`);
    }
  }
}
const concepts = new Map(files.flatMap(({ file, data }) => data.concepts.map((c) => [c.id, { c, file }] as const)));
for (const [id, { c, file }] of concepts) {
  for (const rel of ['broader', 'addonOf', 'combines'] as const) {
    for (const ref of c[rel] ?? []) if (!concepts.has(ref)) fail(file, `${id}: ${rel} "${ref}" is not a concept in any file`);
  }
  // A concept may not be broader than itself through a chain.
  const stack = [...(c.broader ?? [])];
  const seen = new Set<string>();
  while (stack.length) {
    const b = stack.pop()!;
    if (b === id) {
      fail(file, `${id}: its broader concepts lead back to it`);
      break;
    }
    if (seen.has(b)) continue;
    seen.add(b);
    stack.push(...(concepts.get(b)?.c.broader ?? []));
  }
}

// Plain words name no operation: none may be a word that names one, a site, or a concept's one-word form.
const plainRaw = read('plain-words.json');
const plain = plainRaw === undefined ? undefined : PlainFileSchema.safeParse(plainRaw);
if (plain && !plain.success) for (const i of plain.error.issues) fail('plain-words.json', `${i.path.join('.')}: ${i.message}`);
if (plain?.success && common.success) {
  const c = common.data;
  const taken = new Map<string, string>();
  const add = (list: string, what: string) => { for (const w of list.split(/\s+/).filter(Boolean)) taken.set(w, what); };
  add(c.procedureWords, 'procedureWords');
  add(c.anatomy, 'anatomy');
  add(c.defaultActions, 'defaultActions');
  // (A reading only beside its context's words keeps a plain word plain elsewhere: "DNR" beside a tendon is a digital nerve repair.)
  for (const [key, , context] of c.lexicon) if (!key.includes(' ') && !context) taken.set(key.toLowerCase(), 'the lexicon');
  for (const [id, { c: concept }] of concepts) for (const f of [concept.name, ...(concept.forms ?? [])]) {
    const key = formKey(f);
    if (key && !key.includes(' ')) taken.set(key, `a form of ${id}`);
  }
  const suffix = new RegExp(`(${c.procedureSuffixes})$`);
  for (const list of ['english', 'clinical'] as const) {
    for (const w of plain.data[list].split(/\s+/).filter(Boolean)) {
      if (taken.has(w)) fail('plain-words.json', `${list}: "${w}" is in ${taken.get(w)}: a plain word names no operation`);
      else if (suffix.test(w)) fail('plain-words.json', `${list}: "${w}" ends like an operation's name`);
    }
  }
}

// Forms (and names) two concepts share, without a context that tells them apart.
const byForm = new Map<string, string[]>();
for (const [id, { c }] of concepts) {
  for (const f of [c.name, ...(c.forms ?? [])]) {
    if (/\[/.test(f)) continue;
    const key = formKey(f);
    const list = byForm.get(key) ?? [];
    if (!list.includes(id)) list.push(id);
    byForm.set(key, list);
  }
}
const shared = [...byForm].filter(([, ids]) => ids.length > 1 && (!only.length || ids.some((i) => only.includes(concepts.get(i)!.file))));
if (shared.length) {
  console.log(`\nForms shared by several concepts without a context (a booking using one is ambiguous; add [context words] or keep it on one concept):`);
  for (const [key, ids] of shared) console.log(`  "${key}": ${ids.map((i) => `${i} (${concepts.get(i)!.file})`).join(', ')}`);
}

console.log('\nfile                                concepts   forms   codes');
let totalConcepts = 0;
let totalForms = 0;
for (const { file, data } of files) {
  if (only.length && !only.includes(file)) continue;
  const forms = data.concepts.reduce((n, c) => n + 1 + (c.forms?.length ?? 0), 0);
  const codes = data.concepts.reduce((n, c) => n + (c.codes?.length ?? 0), 0);
  totalConcepts += data.concepts.length;
  totalForms += forms;
  console.log(`${file.padEnd(34)} ${String(data.concepts.length).padStart(9)} ${String(forms).padStart(7)} ${String(codes).padStart(7)}`);
}
console.log(`${'total'.padEnd(34)} ${String(totalConcepts).padStart(9)} ${String(totalForms).padStart(7)}`);
console.log(failed ? '\nInvalid: fix the lines marked ✖.' : '\nValid.');
process.exit(failed ? 1 : 0);

/** A form as words, for comparing: lower case, options and punctuation gone. */
function formKey(form: string): string {
  return form.replace(/\{[^}]*\}|\[[^\]]*\]/g, ' ').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/&/g, ' and ').replace(/[^a-z0-9]+/g, ' ').trim();
}
