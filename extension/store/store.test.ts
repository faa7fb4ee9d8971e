import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { Engine } from '../../lib/engine';
import { generateRoster } from '../../lib/demo/generate';
import type { Roster } from '../../lib/roster/schema';
import Dexie from 'dexie';
import { InScopeDb } from './db';
import { personEntry } from './roster-store';
import { CHUNK_SIZE, RosterStore } from './roster-store';
import { builtinVocabulary } from '../../lib/vocabulary/builtin';

const vocabulary = builtinVocabulary();

let n = 0;
const dbs: InScopeDb[] = [];
function openDb(name = `inscope-test-${++n}`) {
  const db = new InScopeDb(name);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) db.close();
});

const TODAY = '2026-11-22';
const demo = (count: number, seed: number) => JSON.parse(JSON.stringify(generateRoster({ practitioners: count, seed, asOf: TODAY }))) as Roster;
const opts = (name: string) => ({ source: { kind: 'file' as const, name }, today: TODAY });

describe('roster generations in IndexedDB', () => {
  it('stores a roster with its rules index and answers cases after a restart without reading any chunk', async () => {
    const store = new RosterStore(openDb());
    const roster = demo(450, 1);
    const { generation } = await store.commit(roster, opts('roster.json'));
    expect(generation).toMatchObject({ state: 'active', counts: { practitioners: 450 }, chunkCount: Math.ceil(450 / CHUNK_SIZE) });
    const view = await store.view((await store.active())!);
    const engine = new Engine(view, { vocabulary });
    const names = ['Peña, Elena', roster.practitioners[420].npi!];
    await view.load(engine.indexesFor(names));
    expect(engine.evaluateCase({ practitioner: 'Peña, Elena', procedure: 'LAP CHOLE', date: '2026-12-01' }).verdict).toBe('ok');
    expect(engine.evaluateCase({ practitioner: roster.practitioners[420].npi!, procedure: 'LAP CHOLE', date: '2026-12-01' }).practitioner?.id).toBe(roster.practitioners[420].id);
    expect(view.loadedChunks).toBe(0);
    expect(view.practitioner(250)?.id).toBe(roster.practitioners[250].id);
  });

  it('answers from chunks, loading only those needed, for a generation written before rules indexes existed', async () => {
    const db = openDb();
    const store = new RosterStore(db);
    const roster = demo(450, 2);
    await store.commit(roster, opts('roster.json'));
    const active = (await store.active())!;
    await db.rules.delete(active.id);
    const view = await store.view(active);
    const engine = new Engine(view, { vocabulary });
    await view.load(engine.indexesFor(['Peña, Elena']));
    expect(view.loadedChunks).toBe(1);
    expect(engine.evaluateCase({ practitioner: 'Peña, Elena', procedure: 'LAP CHOLE', date: '2026-12-01' }).verdict).toBe('ok');
    expect(view.practitioner(250)).toBeUndefined();
  });

  it('keeps the previous roster active and intact when writing a new one fails midway', async () => {
    const db = openDb();
    const store = new RosterStore(db);
    const first = demo(600, 1);
    await store.commit(first, opts('first.json'));
    const failing = store.commit(demo(6000, 2), {
      ...opts('second.json'),
      beforeBatch: (b) => { if (b === 1) throw new Error('QuotaExceededError: simulated'); },
    });
    await expect(failing).rejects.toThrow('QuotaExceededError');
    const active = (await store.active())!;
    expect(active.source.name).toBe('first.json');
    expect(await store.allPractitioners(active)).toEqual(first.practitioners);
    // Nothing of the failed generation is left behind.
    expect(await db.generations.count()).toBe(1);
    expect(await db.chunks.count()).toBe(active.chunkCount);
  });

  it('switches to the new generation, deletes the old one and reports what changed', async () => {
    const db = openDb();
    const store = new RosterStore(db);
    const first = demo(300, 1);
    await store.commit(first, opts('first.json'));
    const second: Roster = { ...first, practitioners: [...first.practitioners.slice(1), ...demo(301, 1).practitioners.slice(300)] };
    second.practitioners[0] = { ...second.practitioners[0], status: 'suspended' };
    const { diff } = await store.commit(second, opts('second.json'));
    expect(diff.removed.map((p) => p.id)).toEqual([first.practitioners[0].id]);
    expect(diff.added.map((p) => p.id)).toEqual(['P000301']);
    expect(diff.changed.map((c) => [c.practitioner.id, c.fields])).toEqual([[first.practitioners[1].id, ['status']]]);
    expect(diff.newlyBlocked.map((b) => b.privilege)).toEqual(['all privileges']);
    expect((await db.generations.toArray()).map((g) => [g.source.name, g.state])).toEqual([['second.json', 'active']]);
    expect(await db.chunks.count()).toBe(Math.ceil(300 / CHUNK_SIZE));
    expect((await db.rules.toArray()).map((r) => r.index.count)).toEqual([300]);
  });

  it('upgrades a version 1 database: the active roster stays active and answers cases', async () => {
    const name = `inscope-v1-${++n}`;
    const roster = demo(250, 4);
    const v1 = new Dexie(name);
    v1.version(1).stores({ generations: '++id, state', chunks: '[generation+index], generation', runs: '++id, at', uploads: 'id', meta: 'key' });
    const id = await v1.table('generations').add({
      state: 'active', createdAt: '2026-11-20T00:00:00Z', source: { kind: 'file', name: 'v1.json' }, facility: roster.facility,
      generatedAt: roster.generatedAt, counts: { practitioners: 250, privileges: 0, grants: 0, credentials: 0 }, catalog: roster.privileges,
      people: JSON.stringify(roster.practitioners.map(personEntry)), chunkSize: CHUNK_SIZE, chunkCount: 2,
    });
    for (let c = 0; c < 2; c++) await v1.table('chunks').put({ generation: id, index: c, data: roster.practitioners.slice(c * CHUNK_SIZE, (c + 1) * CHUNK_SIZE) });
    await v1.table('meta').put({ key: 'active', value: id });
    v1.close();

    const store = new RosterStore(openDb(name));
    const active = (await store.active())!;
    expect(active.source.name).toBe('v1.json');
    expect('people' in active).toBe(false);
    const view = await store.view(active);
    const engine = new Engine(view, { vocabulary });
    await view.load(engine.indexesFor(['Peña, Elena']));
    expect(engine.evaluateCase({ practitioner: 'Peña, Elena', procedure: 'LAP CHOLE', date: '2026-12-01' }).verdict).toBe('ok');
  });

  it('finds the active roster again after a restart, and clears what a crash left half written', async () => {
    const name = `inscope-restart-${++n}`;
    const store = new RosterStore(openDb(name));
    await store.commit(demo(250, 3), opts('kept.json'));
    // A crash mid-import: a generation still "writing", with some chunks.
    const crashed = await store.db.generations.add({ ...(await store.active())!, id: undefined, state: 'writing', source: { kind: 'file', name: 'crashed.json' } });
    await store.db.chunks.put({ generation: crashed, index: 0, data: [] });
    store.db.close();

    const reopened = new RosterStore(openDb(name));
    expect((await reopened.active())?.source.name).toBe('kept.json');
    await reopened.cleanup();
    expect((await reopened.db.generations.toArray()).map((g) => g.source.name)).toEqual(['kept.json']);
    expect(await reopened.db.chunks.where('generation').equals(crashed).count()).toBe(0);
  });
});

describe('the acknowledgement log across versions', () => {
  it('removes the booking text and free-text reason that earlier versions stored', async () => {
    const name = `inscope-acks-${++n}`;
    // An earlier version's database, with an acknowledgement as it stored them.
    const old = new Dexie(name);
    old.version(4).stores({ generations: '++id, state', chunks: '[generation+index], generation', runs: '++id, at', uploads: 'id', meta: 'key', people: 'generation', acks: '++id, at', rules: 'generation' });
    await old.table('acks').add({ at: '2026-11-01T10:00:00Z', origin: 'https://or.example.org', practitionerId: 'P1', procedure: 'LAP CHOLE for patient JANE DOE MRN 0042', verdict: 'warn', reason: 'pt JANE DOE ok per Dr X', caseDate: '2026-11-02' });
    old.close();
    const db = openDb(name);
    const [ack] = await db.acks.toArray();
    expect(ack).toMatchObject({ at: '2026-11-01T10:00:00Z', practitionerId: 'P1', procedures: [], verdict: 'warn', reason: 'other', caseDate: '2026-11-02' });
    expect(JSON.stringify(ack)).not.toMatch(/JANE|MRN/);
  });
});

describe('previous roster generations', () => {
  it('keeps as many previous generations as asked, newest first, and puts one back in use', async () => {
    const db = openDb();
    const store = new RosterStore(db);
    const first = demo(50, 1);
    await store.commit(first, { ...opts('first.json'), keep: 2 });
    await store.commit(demo(50, 2), { ...opts('second.json'), keep: 2 });
    await store.commit(demo(50, 3), { ...opts('third.json'), keep: 2 });
    await store.commit(demo(50, 4), { ...opts('fourth.json'), keep: 2 });
    expect((await store.generations()).map((g) => [g.source.name, g.state])).toEqual([
      ['fourth.json', 'active'], ['third.json', 'retired'], ['second.json', 'retired'],
    ]);
    const second = (await store.generations())[2];
    await store.activate(second.id);
    expect((await store.active())!.source.name).toBe('second.json');
    expect((await store.generations()).map((g) => g.state)).toEqual(['retired', 'retired', 'active']);
    await expect(store.activate(9999)).rejects.toThrow('roster generation 9999 is not kept any more');
  });
});
