import type { Category, SafetyGroup, Topic } from './types';

/**
 * Which safety lists each kind of topic must carry, and which groups those lists must name.
 * One place for the rule: `check:data` applies it, `data/README.md` explains it.
 */
interface SafetyRule {
  checkFirst?: readonly SafetyGroup[];
  before?: readonly SafetyGroup[];
  afterwards?: true;
}

const SAFETY_RULES: Partial<Record<Category, SafetyRule>> = {
  // Every medicine label speaks to pregnancy; a patient must not have to guess.
  medicine: { checkFirst: ['pregnancy'] },
  // Needles into the spine: blood thinners (spinal bleeding), infection (abscess), pregnancy (X-ray guidance).
  injection: { before: ['bleeding', 'infection', 'pregnancy'], afterwards: true },
  surgery: { before: ['bleeding', 'infection'], afterwards: true },
  device: { before: [], afterwards: true },
};

const article = (category: Category) => (/^[aeiou]/.test(category) ? `an ${category}` : `a ${category}`);

/** Problems with a topic's safety content, one line each. */
export function safetyProblems(topic: Topic): string[] {
  const rule = SAFETY_RULES[topic.category];
  if (!rule) return [];
  const problems: string[] = [];
  const { safety } = topic;
  for (const list of ['checkFirst', 'before'] as const) {
    const required = rule[list];
    if (!required) continue;
    const lines = safety[list];
    if (!lines?.length) {
      problems.push(`safety.${list} is required for ${article(topic.category)}`);
      continue;
    }
    const groups = new Set(lines.map((line) => line.group));
    for (const group of required) {
      if (!groups.has(group)) problems.push(`safety.${list} must name the "${group}" group for ${article(topic.category)}`);
    }
  }
  if (rule.afterwards && !safety.afterwards?.length) problems.push(`safety.afterwards is required for ${article(topic.category)}`);
  return problems;
}
