import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { Engine } from '../lib/engine';
import { generateRoster } from '../lib/demo/generate';
import type { Roster } from '../lib/roster/schema';
import { InScopeDb } from '../store/db';
import { CHUNK_SIZE, RosterStore } from '../store/roster-store';

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
  it('stores a roster in chunks and answers cases from it, loading only the chunks needed', async () => {
    const store = new RosterStore(openDb());
    const roster = demo(450, 1);
    const { generation } = await store.commit(roster, opts('roster.json'));
    expect(generation).toMatchObject({ state: 'active', counts: { practitioners: 450 }, chunkCount: Math.ceil(450 / CHUNK_SIZE) });
    const view = await store.view((await store.active())!);
    const engine = new Engine(view);
    const names = ['Peña, Elena', roster.practitioners[420].npi!];
    await view.load(engine.indexesFor(names));
    expect(engine.evaluateCase({ practitioner: 'Peña, Elena', procedure: 'LAP CHOLE', date: '2026-12-01' }).verdict).toBe('ok');
    expect(engine.evaluateCase({ practitioner: roster.practitioners[420].npi!, procedure: 'LAP CHOLE', date: '2026-12-01' }).practitioner?.id).toBe(roster.practitioners[420].id);
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
  });

  it('finds the active roster again after a restart, and clears what a crash left half written', async () => {
    const name = `inscope-restart-${++n}`;
    const store = new RosterStore(openDb(name));
    await store.commit(demo(250, 3), opts('kept.json'));
    // A crash mid-import: a generation still "writing", with some chunks.
    const crashed = await store.db.generations.add({ ...(await store.active())!, id: undefined, state: 'writing', source: { kind: 'file', name: 'crashed.json' } });
    await store.db.chunks.put({ generation: crashed, index: 0, data: '[]' });
    store.db.close();

    const reopened = new RosterStore(openDb(name));
    expect((await reopened.active())?.source.name).toBe('kept.json');
    await reopened.cleanup();
    expect((await reopened.db.generations.toArray()).map((g) => g.source.name)).toEqual(['kept.json']);
    expect(await reopened.db.chunks.where('generation').equals(crashed).count()).toBe(0);
  });
});
