// Writes the schemas generated from code (npm run schema): docs/roster.schema.json (the roster
// format) and public/managed_schema.json (enterprise policy). Tests fail when a committed file
// and the code disagree.
import { writeFileSync } from 'node:fs';
import { rosterJsonSchema } from '../lib/roster/json-schema';
import { managedStorageSchema } from '../extension/settings';

const write = (rel: string, data: unknown) => {
  writeFileSync(new URL(`../${rel}`, import.meta.url), `${JSON.stringify(data, null, 2)}\n`);
  console.log(`Wrote ${rel}`);
};
write('docs/roster.schema.json', rosterJsonSchema());
write('public/managed_schema.json', managedStorageSchema());
