/**
 * Sets a new version: "version" in package.json, the top-level "version" and packages[""].version
 * in package-lock.json, and moves the CHANGELOG.md entries under "Unreleased" to a new heading
 * with that version and today's date. Prints every change; writes nothing if any check fails.
 *
 *   npx tsx scripts/tools/bump-version.ts <major|minor|patch|x.y.z> [--dry-run]
 *
 * Works on the files in the current directory (npm runs scripts from the project root).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

type Version = [number, number, number];
type Json = Record<string, unknown>;

const USAGE = 'usage: npx tsx scripts/tools/bump-version.ts <major|minor|patch|x.y.z> [--dry-run]';
const PLAIN_VERSION = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function parseVersion(text: string, what: string): Version {
  const match = PLAIN_VERSION.exec(text);
  if (!match) fail(`${what} "${text}" is not a plain x.y.z version.`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function nextVersion(current: Version, request: string): Version {
  const [major, minor, patch] = current;
  if (request === 'major') return [major + 1, 0, 0];
  if (request === 'minor') return [major, minor + 1, 0];
  if (request === 'patch') return [major, minor, patch + 1];
  const wanted = parseVersion(request, 'New version');
  const newer = wanted[0] - major || wanted[1] - minor || wanted[2] - patch;
  if (newer <= 0) fail(`New version ${wanted.join('.')} must be higher than the current ${current.join('.')}.`);
  return wanted;
}

/** Today in the local time zone, as YYYY-MM-DD. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

interface JsonFile {
  path: string;
  data: Json;
  indent: string;
  eol: string;
}

function readJson(path: string): JsonFile {
  if (!existsSync(path)) fail(`No ${path} here: run this from the project root.`);
  const text = readFileSync(path, 'utf8');
  return {
    path,
    data: JSON.parse(text) as Json,
    indent: /^\{\r?\n([ \t]+)"/.exec(text)?.[1] ?? '  ',
    eol: text.endsWith('\n') ? '\n' : '',
  };
}

function jsonText(file: JsonFile): string {
  return JSON.stringify(file.data, null, file.indent) + file.eol;
}

/** Moves what is under "## [Unreleased]" to "## [version] - date"; returns the new text. */
function releaseChangelog(text: string, version: string, date: string): { text: string; entries: number } {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => /^##\s+\[?unreleased\]?\s*$/i.test(line));
  if (start < 0) fail('CHANGELOG.md has no "## [Unreleased]" heading.');
  const heading = lines[start]!;
  // The section ends at the next heading, or at the link definitions at the bottom of the file.
  const sectionEnd = lines.findIndex((line, i) => i > start && (/^##\s/.test(line) || /^\[[^\]]+\]:\s/.test(line)));
  const end = sectionEnd < 0 ? lines.length : sectionEnd;
  const body = lines.slice(start + 1, end);
  while (body.length && body[0]!.trim() === '') body.shift();
  while (body.length && body[body.length - 1]!.trim() === '') body.pop();
  const entries = body.filter((line) => /^\s*[-*+]\s+\S/.test(line)).length;
  if (entries === 0) fail('CHANGELOG.md: nothing listed under "Unreleased". Add what changed first.');
  const escaped = version.replaceAll('.', '\\.');
  if (lines.some((line) => new RegExp(`^##\\s+\\[?${escaped}\\]?(\\s|$)`).test(line))) {
    fail(`CHANGELOG.md already has a heading for ${version}.`);
  }
  const bracketed = heading.includes('[');
  const release = bracketed ? `## [${version}] - ${date}` : `## ${version} - ${date}`;
  const next = [...lines.slice(0, start), heading, '', release, '', ...body, '', ...lines.slice(end)];

  // Keep a Changelog compare links, when present: [Unreleased]: <repo>/compare/v0.1.0...HEAD
  const compareLink = /^(\[unreleased\]:\s*)(\S+\/compare\/)(v?)(\S+)\.\.\.HEAD\s*$/i;
  const at = next.findIndex((line) => compareLink.test(line));
  if (at >= 0) {
    const [, label = '', base = '', v = '', from = ''] = compareLink.exec(next[at]!) ?? [];
    next.splice(at, 1, `${label}${base}${v}${version}...HEAD`, `[${version}]: ${base}${v}${from}...${v}${version}`);
  }
  return { text: next.join('\n'), entries };
}

function main(): void {
  const args = process.argv.slice(2);
  const dryRun = args.includes('--dry-run');
  const request = args.filter((arg) => arg !== '--dry-run');
  if (request.length !== 1) fail(USAGE);

  const cwd = process.cwd();
  const pkg = readJson(join(cwd, 'package.json'));
  const lock = readJson(join(cwd, 'package-lock.json'));
  const changelogPath = join(cwd, 'CHANGELOG.md');
  if (!existsSync(changelogPath)) fail('No CHANGELOG.md here: run this from the project root.');

  const previous = String(pkg.data.version ?? '');
  const version = nextVersion(parseVersion(previous, 'package.json version'), request[0]!).join('.');
  const date = today();

  const lockRoot = (lock.data.packages as Record<string, Json> | undefined)?.[''];
  const lockWas = [lock.data.version, lockRoot?.version].filter((v) => v !== undefined).map(String);
  if (lockWas.some((v) => v !== previous)) {
    console.warn(`note: package-lock.json had ${lockWas.join(' / ')}, package.json had ${previous}; both now ${version}.`);
  }
  pkg.data.version = version;
  lock.data.version = version;
  if (lockRoot) lockRoot.version = version;
  const changelog = releaseChangelog(readFileSync(changelogPath, 'utf8'), version, date);

  if (!dryRun) {
    writeFileSync(pkg.path, jsonText(pkg));
    writeFileSync(lock.path, jsonText(lock));
    writeFileSync(changelogPath, changelog.text);
  }
  const prefix = dryRun ? 'would change' : 'changed';
  console.log(`${prefix} package.json: version ${previous} -> ${version}`);
  console.log(`${prefix} package-lock.json: version${lockRoot ? ' and packages[""].version' : ''} ${lockWas[0] ?? '(none)'} -> ${version}`);
  console.log(
    `${prefix} CHANGELOG.md: ${changelog.entries} ${changelog.entries === 1 ? 'entry' : 'entries'} from Unreleased -> ## [${version}] - ${date}`,
  );
  if (!dryRun) console.log(`next: review with "git diff", then commit and tag v${version}.`);
}

main();
