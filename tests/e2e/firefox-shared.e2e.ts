import { describe } from 'vitest';
import { firefoxDriver } from './drivers/firefox-driver';
import { sharedChecks } from './shared-checks';

describe('Firefox ESR', () => sharedChecks(firefoxDriver));
