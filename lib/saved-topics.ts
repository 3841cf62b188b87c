import { storage } from '#imports';

/**
 * Topics the reader saved to discuss at the next appointment, newest last. Kept in local
 * storage (it survives restarts and never leaves the machine).
 */
const SAVED_KEY = 'local:savedTopics' as const;

function sanitizeSaved(value: unknown): string[] {
  return Array.isArray(value) ? [...new Set(value.filter((id): id is string => typeof id === 'string' && id.length > 0))] : [];
}

export async function loadSaved(): Promise<string[]> {
  try {
    return sanitizeSaved(await storage.getItem(SAVED_KEY));
  } catch {
    return [];
  }
}

export async function toggleSaved(id: string): Promise<string[]> {
  const saved = await loadSaved();
  const next = saved.includes(id) ? saved.filter((other) => other !== id) : [...saved, id];
  await storage.setItem(SAVED_KEY, next);
  return next;
}

export function watchSaved(callback: (ids: string[]) => void): () => void {
  return storage.watch<unknown>(SAVED_KEY, (value) => callback(sanitizeSaved(value)));
}
