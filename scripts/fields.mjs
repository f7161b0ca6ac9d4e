#!/usr/bin/env node
// npm run docs:fields: rewrite the field reference in CONTRIBUTING.md from src/lib/model/schema.ts.
// With --check, change nothing and exit 1 when CONTRIBUTING.md is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fieldsMarkdown, replaceFields } from '../src/lib/editor/contributing-fields.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const docPath = `${root}CONTRIBUTING.md`;
const doc = readFileSync(docPath, 'utf8');
const next = replaceFields(doc, fieldsMarkdown());
if (process.argv.includes('--check')) {
	if (next !== doc) {
		console.error(
			'CONTRIBUTING.md: the field reference is out of date with src/lib/model/schema.ts. Run npm run docs:fields.',
		);
		process.exit(1);
	}
	console.log('CONTRIBUTING.md: the field reference matches src/lib/model/schema.ts.');
} else if (next !== doc) {
	writeFileSync(docPath, next);
	console.log('CONTRIBUTING.md: field reference updated.');
} else console.log('CONTRIBUTING.md: field reference already up to date.');
