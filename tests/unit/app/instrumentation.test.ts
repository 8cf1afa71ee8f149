import { afterEach, describe, expect, it, vi } from 'vitest';
import { onRequestError } from '@/instrumentation';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('request errors', () => {
  it('are logged as one JSON line with where they happened, and no headers', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const error = Object.assign(new Error('The page broke'), { digest: '1234567' });
    await onRequestError(
      error,
      { path: '/editions/9', method: 'GET', headers: { cookie: 'secret=1' } },
      {
        routerKind: 'App Router',
        routePath: '/editions/[edition]',
        routeType: 'render',
        renderSource: 'react-server-components',
        revalidateReason: undefined,
      },
    );
    expect(log).toHaveBeenCalledTimes(1);
    const line = String(log.mock.calls[0]?.[0]);
    expect(line).not.toContain('\n');
    expect(JSON.parse(line)).toMatchObject({
      level: 'error',
      message: 'The page broke',
      digest: '1234567',
      method: 'GET',
      path: '/editions/9',
      route: '/editions/[edition]',
      routeType: 'render',
    });
    expect(line).not.toContain('secret=1');
  });
});
