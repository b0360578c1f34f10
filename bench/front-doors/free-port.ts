import { createServer } from 'node:net';

/** A port nobody listens on now; a gateway started as another process takes it a moment later (it cannot report one chosen by the system). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('Sin puerto libre'))));
    });
  });
}
