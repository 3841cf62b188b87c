import { cleanup } from '@testing-library/preact';
import { afterEach } from 'vitest';

// Component tests share one document; each starts from an empty one.
afterEach(cleanup);
