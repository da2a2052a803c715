import { randomUUID } from 'node:crypto';
import fp from 'fastify-plugin';
import { openStorage, type Storage, type StorageOptions } from '../db/open-storage';
import type { Repos } from '../db/repos';

export type { Repos };

declare module 'fastify' {
  interface FastifyInstance {
    storage: Storage;
    repos: Repos;
    /** This process among the nodes sharing the database. */
    nodeId: string;
  }
}

export default fp<Omit<StorageOptions, 'nodeId' | 'log'>>(
  async (app, options) => {
    const nodeId = randomUUID();
    const storage = await openStorage({ ...options, nodeId, log: app.log });
    app.decorate('nodeId', nodeId);
    app.decorate('storage', storage);
    app.decorate('repos', storage.repos);
    app.addHook('onClose', async () => storage.close());
    app.log.info({ engine: storage.engine, nodeId }, 'storage ready');
  },
  { name: 'db' },
);
