/** The canonical roster format as JSON Schema, generated from the zod schema that validates it. */
import { z } from 'zod';
import { RosterSchema } from './schema';

export function rosterJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(RosterSchema, { target: 'draft-2020-12', unrepresentable: 'any' }),
    $id: 'https://inscope.invalid/schemas/roster-v1.json',
    title: 'InScope roster, format version 1',
    description: 'A facility privilege catalog and its practitioners with credentials and privilege grants. See docs/roster-format.md.',
  };
}
