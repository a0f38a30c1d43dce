import type { Server } from 'node:http';

/** Closes a server without waiting for idle keep-alive sockets (the SDK keeps them open). */
export async function closeHttpServer(server: Server): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}
