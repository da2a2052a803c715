import type { FastifyBaseLogger } from 'fastify';
import pg from 'pg';
import { LocalSessionBus, type BusEvent } from '@server/practice/session-bus';

const CHANNEL = 'askwell_session_events';
/** NOTIFY payloads must stay under 8,000 bytes; larger batches are split, a larger event goes through a table. */
const MAX_PAYLOAD = 7000;
const RECONNECT_MS = 500;
/** Events stored for their size are read within milliseconds; a minute is plenty. */
const STORED_EVENT_TTL_MS = 60_000;

type Entry = { s: string; e: BusEvent };
/** An entry with its JSON, serialised once for both the size check and the payload. */
type Queued = { entry: Entry; json: string };
/** One notification: the publishing node and its events in order, or a pointer to one stored event. */
type Envelope = { n: string; b: Entry[] } | { n: string; r: number };

/**
 * The session bus across nodes on one PostgreSQL: listeners on this node are called at once (as
 * in-process), and the event goes out by NOTIFY to the other nodes, which LISTEN on one channel.
 * Publishing runs through one dedicated connection, in order, batching whatever queued up meanwhile
 * into one NOTIFY, so a burst of streamed words costs a few round trips, not one each.
 */
export class PgSessionBus extends LocalSessionBus {
  private readonly queue: Queued[] = [];
  private flushing = false;
  private closed = false;
  private publisher?: pg.Client;
  private listener?: pg.Client;
  private readonly ownPrefix: string;
  /** Incoming notifications are handled one after another so a stored event keeps its place. */
  private inbound: Promise<void> = Promise.resolve();

  private constructor(
    private readonly url: string,
    private readonly nodeId: string,
    private readonly log: FastifyBaseLogger,
  ) {
    super();
    this.ownPrefix = JSON.stringify({ n: nodeId }).slice(0, -1) + ',';
  }

  static async start(url: string, nodeId: string, log: FastifyBaseLogger): Promise<PgSessionBus> {
    const bus = new PgSessionBus(url, nodeId, log);
    await bus.listen();
    return bus;
  }

  override publish(sessionId: string, event: BusEvent): void {
    this.deliver(sessionId, event);
    if (this.closed) return;
    const entry = { s: sessionId, e: event };
    this.queue.push({ entry, json: JSON.stringify(entry) });
    if (!this.flushing) void this.flush();
  }

  private async connect(): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: this.url, application_name: 'askwell-bus' });
    client.on('error', (err) => this.log.warn({ err }, 'session bus connection lost'));
    await client.connect();
    return client;
  }

  private async listen(): Promise<void> {
    const client = await this.connect();
    client.on('notification', (note) => {
      if (note.channel === CHANNEL && note.payload) this.receive(note.payload);
    });
    client.once('end', () => {
      if (this.closed) return;
      // Events published while the connection is down are not replayed; the sockets' clients
      // reload the transcript when a turn ends, so they catch up.
      this.log.warn('session bus listener disconnected; reconnecting');
      setTimeout(() => void this.listen().catch((err) => this.log.error({ err }, 'session bus reconnect failed')), RECONNECT_MS);
    });
    await client.query(`LISTEN ${CHANNEL}`);
    this.listener = client;
  }

  private receive(payload: string): void {
    // This node's own notifications come back too; they were delivered locally already.
    if (payload.startsWith(this.ownPrefix)) return;
    let envelope: Envelope;
    try {
      envelope = JSON.parse(payload) as Envelope;
    } catch {
      return;
    }
    if (envelope.n === this.nodeId) return;
    this.inbound = this.inbound.then(async () => {
      const entries = 'b' in envelope ? envelope.b : await this.readStored(envelope.r);
      for (const { s, e } of entries) if (this.hasListeners(s)) this.deliver(s, e);
    });
  }

  private async readStored(id: number): Promise<Entry[]> {
    try {
      const client = this.publisher ?? (this.publisher = await this.connect());
      const result = await client.query<{ payload: string }>('select payload from session_events where id = $1', [id]);
      return result.rows.map((row) => JSON.parse(row.payload) as Entry);
    } catch (err) {
      this.log.warn({ err, id }, 'could not read a stored session event');
      return [];
    }
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    try {
      while (this.queue.length > 0 && !this.closed) {
        const client = this.publisher ?? (this.publisher = await this.connect());
        await this.sendBatch(client, this.takeBatch());
      }
    } catch (err) {
      this.log.error({ err }, 'session bus publish failed; dropping queued events');
      this.queue.length = 0;
      this.publisher?.end().catch(() => {});
      this.publisher = undefined;
    } finally {
      this.flushing = false;
    }
  }

  /** As many queued events as fit one payload (at least one). */
  private takeBatch(): { batch: Queued[]; size: number } {
    let size = 20 + this.nodeId.length;
    let count = 0;
    while (count < this.queue.length) {
      const entrySize = Buffer.byteLength(this.queue[count].json);
      if (count > 0 && size + entrySize > MAX_PAYLOAD) break;
      size += entrySize + 1;
      count += 1;
    }
    return { batch: this.queue.splice(0, count), size };
  }

  private async sendBatch(client: pg.Client, { batch, size }: { batch: Queued[]; size: number }): Promise<void> {
    if (size <= MAX_PAYLOAD) {
      // The envelope `{"n":…,"b":[…]}` written around the entries' own JSON (see `receive`).
      const payload = `${this.ownPrefix}"b":[${batch.map((q) => q.json).join(',')}]}`;
      await client.query('select pg_notify($1, $2)', [CHANNEL, payload]);
      return;
    }
    // One event too large for a notification (a long reply with its scored evidence).
    const stored = await client.query<{ id: number }>(
      `with gone as (delete from session_events where created_at_ms < $2)
       insert into session_events (payload, created_at_ms) values ($1, $3) returning id`,
      [batch[0].json, Date.now() - STORED_EVENT_TTL_MS, Date.now()],
    );
    await client.query('select pg_notify($1, $2)', [CHANNEL, JSON.stringify({ n: this.nodeId, r: stored.rows[0].id } satisfies Envelope)]);
  }

  override async close(): Promise<void> {
    this.closed = true;
    await super.close();
    await Promise.all([this.listener?.end(), this.publisher?.end()].map((p) => p?.catch(() => {})));
  }
}
