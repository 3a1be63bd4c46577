import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// CI runs on two shared cores: lazily imported chunks (search index, the one-thread corpus loader)
// can take longer than testing-library's default 1 s to arrive. Waiting longer changes no verdict,
// it only stops a slow machine from failing a correct app.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
});
