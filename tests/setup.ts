import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { resetSchemeCache } from '../src/theme/color-scheme.ts';

// CI runs on two shared cores: lazily imported chunks (search index, the one-thread corpus loader)
// can take longer than testing-library's default 1 s to arrive. Waiting longer changes no verdict,
// it only stops a slow machine from failing a correct app.
configure({ asyncUtilTimeout: 5000 });

// Component files share one DOM per worker (isolate: false in vite.config.ts): each test
// leaves the page as it found it, so no file depends on which file ran before it.
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  localStorage.clear();
  sessionStorage.clear();
  resetSchemeCache();
});
