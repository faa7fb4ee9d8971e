// Writes docs/roster.schema.json from the zod schema (npm run schema). A test fails when the
// committed file and the code disagree.
import { writeFileSync } from 'node:fs';
import { rosterJsonSchema } from '../lib/roster/json-schema';

const path = new URL('../docs/roster.schema.json', import.meta.url);
writeFileSync(path, `${JSON.stringify(rosterJsonSchema(), null, 2)}\n`);
console.log('Wrote docs/roster.schema.json');
