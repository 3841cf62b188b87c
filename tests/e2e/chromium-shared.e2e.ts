import { describe } from 'vitest';
import { chromiumDriver } from './drivers/chromium-driver';
import { sharedChecks } from './shared-checks';

describe('Chromium', () => sharedChecks(chromiumDriver));
