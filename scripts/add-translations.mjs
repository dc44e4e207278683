#!/usr/bin/env node
// Merges English UI strings into i18n/en/code.json without clobbering what others wrote at the same time.
// Usage: flock /tmp/codejson.lock node scripts/add-translations.mjs fragment.json
//   fragment.json: {"some.id": {"message": "English text", "description": "where it is used"}, ...}
import {readFileSync, writeFileSync, existsSync} from 'node:fs';

const target = 'i18n/en/code.json';
const [fragmentPath] = process.argv.slice(2);
if (!fragmentPath) {
  console.error('usage: node scripts/add-translations.mjs fragment.json');
  process.exit(2);
}
const current = existsSync(target) ? JSON.parse(readFileSync(target, 'utf8')) : {};
const fragment = JSON.parse(readFileSync(fragmentPath, 'utf8'));
const merged = {...current, ...fragment};
const sorted = Object.fromEntries(
  Object.keys(merged)
    .sort()
    .map((k) => [k, merged[k]]),
);
writeFileSync(target, JSON.stringify(sorted, null, 2) + '\n');
console.log(`${Object.keys(fragment).length} strings merged into ${target} (${Object.keys(sorted).length} in all)`);
