import readability from 'text-readability';
import { readFileSync } from 'node:fs';
function esc(t: string) { return t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); }
const files = process.argv.slice(2);
for (const f of files) {
  const d = JSON.parse(readFileSync(f, 'utf8'));
  const names = [d.title, ...d.terms, ...d.abbreviations, ...d.contextTerms, ...(d.spineTerms ?? [])]
    .flatMap((n: string) => [n, n.replace(/\s*\(.*?\)\s*/g, ' ').trim()]).filter((n: string) => n.length > 0)
    .sort((a: string, b: string) => b.length - a.length);
  const re = new RegExp(`\\b(?:${names.map(esc).join('|')})(?:'?s)?\\b`, 'gi');
  const text = d.definition.replace(re, 'it');
  const g = Math.round(readability.fleschKincaidGrade(text) * 10) / 10;
  const sents = d.definition.split(/(?<=[.!?])\s+/).filter((s: string) => s.trim());
  const long = sents.map((s: string) => readability.lexiconCount(s)).filter((n: number) => n > 20);
  const dose = /\b\d+(\.\d+)?\s?(mg|mcg|µg|milligrams?|micrograms?|ml|millilit(er|re)s?|grams?|g)\b/i.test(d.definition);
  const adv = /\b(you should|we recommend|best)\b/i.test(d.definition);
  const bad = g > 6 || long.length || sents.length > 3 || dose || adv;
  console.log(`${bad ? 'FAIL' : 'ok  '} ${g}\t${d.id}${long.length ? ' long:' + long : ''}${sents.length > 3 ? ' sents:' + sents.length : ''}${dose ? ' DOSE' : ''}${adv ? ' ADVICE' : ''}`);
}
