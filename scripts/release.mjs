#!/usr/bin/env node
// npm run release: tag a release of the record. Refuses unless the working tree is clean and
// the content check passes; then creates an annotated tag named from the record's review date
// (`reviewedThrough` in content/review.yaml; without that file, today's UTC date, said so):
// `record-YYYY-MM-DD`, or `record-YYYY-MM-DD.2`, `.3`, … when that name is taken. It does not
// push: it prints the command. The Data page links each `record-*` (and `v*`) tag's files.
//
//   npm run release                 tag HEAD
//   npm run release -- --dry-run    say what it would do, change nothing
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { readReviewedThrough, REVIEW_FILE } from '../src/lib/node/version.ts';
import { todayIso } from '../src/lib/model/dates.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
	console.log(
		'Usage: npm run release [-- --dry-run]\nTags HEAD as record-<review date> after checking the tree is clean and `npm run check` passes.',
	);
	process.exit(0);
}
const dryRun = args.includes('--dry-run');
const unknown = args.filter((a) => a !== '--dry-run');
if (unknown.length) fail(`unknown option ${unknown.join(' ')}. Fix: run \`npm run release -- --help\`.`);

/**
 * Stop with a message naming the fix.
 * @param {string} message
 * @returns {never}
 */
function fail(message) {
	console.error(`release: ${message}`);
	process.exit(1);
}
const git = (/** @type {string[]} */ ...a) =>
	execFileSync('git', a, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

try {
	if (git('rev-parse', '--is-inside-work-tree') !== 'true') throw new Error();
} catch {
	fail('not a git checkout. Fix: run it in a clone of the repository.');
}
const dirty = git('status', '--porcelain', '--untracked-files=normal');
if (dirty) fail(`the working tree has uncommitted changes:\n${dirty}\nFix: commit or stash them, then run it again.`);

const check = spawnSync(process.execPath, ['scripts/check.mjs'], { cwd: root, encoding: 'utf8' });
if (check.status !== 0)
	fail(
		`the content check failed:\n${(check.stdout + check.stderr).trim()}\nFix: correct what it names, commit, and run it again.`,
	);

const reviewed = readReviewedThrough(root);
const day = reviewed ?? todayIso();
if (!reviewed)
	console.log(`release: no valid reviewedThrough in ${REVIEW_FILE}; naming the tag from today's date, ${day}.`);
const taken = new Set(git('tag', '--list', `record-${day}*`).split('\n').filter(Boolean));
let name = `record-${day}`;
for (let n = 2; taken.has(name); n++) name = `record-${day}.${n}`;
const head = git('rev-parse', 'HEAD');
const message = `Release of the record${reviewed ? `, reviewed through ${reviewed}` : ''}\n\nCommit ${head}; the content check passed.`;
if (dryRun) {
	console.log(`release: would tag ${head} as ${name} (annotated): ${message.split('\n')[0]}`);
	process.exit(0);
}
git('-c', 'tag.gpgSign=false', 'tag', '-a', name, '-m', message, head);
console.log(`release: tagged ${head.slice(0, 12)} as ${name}. Publish it with: git push origin ${name}`);
