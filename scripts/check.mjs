#!/usr/bin/env node
// npm run check: validate all content without building the site; exit 1 on any error.
import { fileURLToPath } from 'node:url';
import { checkProject } from '../src/lib/check.ts';
import { formatReport, hasErrors } from '../src/lib/problems.ts';
import { todayIso } from '../src/lib/dates.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const started = performance.now();
const result = checkProject(root, todayIso());
console.log(formatReport(result.problems));
console.log(`Checked ${result.entries.length} entries and ${result.entities.length} entities in ${Math.round(performance.now() - started)} ms.`);
process.exitCode = hasErrors(result.problems) ? 1 : 0;
