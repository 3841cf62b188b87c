import { validateDataset } from '../../lib/topics/validate';
import { readDataset } from '../../support/read-topic-files';

/** Throws with every problem, one per line, so a build stops on a bad topic file. */
export function assertValidDataset(): void {
  const { errors } = validateDataset(readDataset());
  if (errors.length) throw new Error(`Invalid topic data:\n${errors.join('\n')}`);
}
