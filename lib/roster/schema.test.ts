import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rosterJsonSchema } from './json-schema';

describe('published roster JSON Schema', () => {
  it('matches the schema the code validates with (run "npm run schema" after changing it)', () => {
    const committed = JSON.parse(readFileSync(new URL('../../docs/roster.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(rosterJsonSchema());
  });

  it('lets producers add their own fields', () => {
    const schema = rosterJsonSchema() as { additionalProperties?: unknown; required?: string[] };
    expect(schema.additionalProperties).toEqual({});
    expect(schema.required).toEqual(['format', 'version', 'generatedAt', 'facility', 'privileges', 'practitioners']);
  });
});
