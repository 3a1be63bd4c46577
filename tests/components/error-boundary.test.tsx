import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/components/error-boundary.tsx';

function Bomb({ armed }: { armed: boolean }) {
  if (armed) throw new Error('kaboom');
  return <p>safe</p>;
}

describe('ErrorBoundary', () => {
  it('shows the fallback instead of a blank page, and reset renders the children again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    function Harness() {
      const [armed, setArmed] = useState(true);
      return (
        <ErrorBoundary
          fallback={(error, reset) => (
            <div role="alert">
              {error.message}
              <button
                type="button"
                onClick={() => {
                  setArmed(false);
                  reset();
                }}
              >
                Try again
              </button>
            </div>
          )}
        >
          <Bomb armed={armed} />
        </ErrorBoundary>
      );
    }
    render(<Harness />);
    expect(screen.getByRole('alert')).toHaveTextContent('kaboom');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('safe')).toBeInTheDocument();
  });
});
