// Writes the sample roster files in docs/samples from the demo generator (npm run samples).
import { writeFileSync } from 'node:fs';
import { generateRoster } from '../lib/demo/generate';
import { encodeRosterCsv } from '../lib/roster/csv-format';
import { encodeFhirBundle } from '../lib/roster/fhir';

const roster = generateRoster({ practitioners: 3, seed: 1, asOf: '2026-11-22' });
const dir = new URL('../docs/samples/', import.meta.url);
writeFileSync(new URL('roster-fhir-bundle.json', dir), `${JSON.stringify(encodeFhirBundle(roster), null, 2)}\n`);
writeFileSync(new URL('roster.csv', dir), encodeRosterCsv(roster));
console.log('Wrote docs/samples/roster-fhir-bundle.json and docs/samples/roster.csv');
