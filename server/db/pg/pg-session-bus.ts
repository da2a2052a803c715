import type { FastifyBaseLogger } from 'fastify';
import pg from 'pg';
import { LocalSessionBus, type BusEvent } from '@server/practice/session-bus';

const CHANNEL = 'askwell_session_events';
/** NOTIFY payloads must stay under 8,000 bytes; larger batches are split, a larger event goes through a table. */
const MAX_PAYLOAD = 7000;
const RECONNECT_MS = 500;
/** Events stored for their size are read within milliseconds; a minute is plenty. */
const STORED_EVENT_TTL_MS = 60_000;

/**
 * Events published within this window go out in one NOTIFY. Local listeners are called at once; only
 * sockets on other nodes see the window, and a streamed word every 20 ms per session otherwise costs a
 * round trip (and the database a notification to every node) per word.
 */
export const BUS_BATCH_MS = 15;

/** An event as one payload line: its session id, a space, its JSON (JSON never holds a raw newline). */
type Queued = { line: string; bytes: number };

// A notification's payload is line-based so a node reads the session ids first and parses only the
// events of sessions it has sockets on:
//   line 1: the publishing node's id
//   then:   `<sessionId> <event JSON>` per event, in publish order,
//   or:     `#<id>`, one event too large for a notification, stored in session_events.
const STORED_PREFIX = '#';

/**
 * The session bus across nodes on one PostgreSQL: listeners on this node are called at once (as
 * in-process), and the event goes out by NOTIFY to the other nodes, which LISTEN on one channel.
 * Publishing runs through one dedicated connection, in order, batching whatever queued up in the
 * window or meanwhile into one NOTIFY, so a burst of streamed words costs a few round trips, not one each.
 */
export class PgSessionBus extends LocalSessionBus {
  private readonly queue: Queued[] = [];
  private flushing = false;
  private closed = false;
  private publisher?: pg.Client;
  private listener?: pg.Client;
  private readonly ownPrefix: string;
  private flushTimer?: ReturnType<typeof setTimeout>;
  /** Incoming notifications are handled one after another so a stored event keeps its place. */
  private inbound: Promise<void> = Promise.resolve();

  private constructor(
    private readonly url: string,
    private readonly nodeId: string,
    private readonly log: FastifyBaseLogger,
  ) {
    super();
    this.ownPrefix = `${nodeId}\n`;
  }

  static async start(url: string, nodeId: string, log: FastifyBaseLogger): Promise<PgSessionBus> {
    const bus = new PgSessionBus(url, nodeId, log);
    await bus.listen();
    return bus;
  }

  override publish(sessionId: string, event: BusEvent): void {
    this.deliver(sessionId, event);
    if (this.closed) return;
    const line = `${sessionId} ${JSON.stringify(event)}`;
    this.queue.push({ line, bytes: Buffer.byteLength(line) + 1 });
    if (!this.flushing && !this.flushTimer)
      this.flushTimer = setTimeout(() => {
        this.flushTimer = undefined;
        void this.flush();
      }, BUS_BATCH_MS);
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
    const lines = payload.split('\n').slice(1);
    this.inbound = this.inbound.then(async () => {
      for (const line of lines) {
        const eventLine = line.startsWith(STORED_PREFIX) ? await this.readStored(Number(line.slice(STORED_PREFIX.length))) : line;
        if (eventLine) this.deliverLine(eventLine);
      }
    });
  }

  /** Parses an event line only when this node has a listener on its session. */
  private deliverLine(line: string): void {
    const space = line.indexOf(' ');
    const sessionId = line.slice(0, space);
    if (space <= 0 || !this.hasListeners(sessionId)) return;
    let event: BusEvent;
    try {
      event = JSON.parse(line.slice(space + 1)) as BusEvent;
    } catch {
      return;
    }
    this.deliver(sessionId, event);
  }

  private async readStored(id: number): Promise<string | undefined> {
    try {
      const client = this.publisher ?? (this.publisher = await this.connect());
      const result = await client.query<{ payload: string }>('select payload from session_events where id = $1', [id]);
      return result.rows[0]?.payload;
    } catch (err) {
      this.log.warn({ err, id }, 'could not read a stored session event');
      return undefined;
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
    let size = this.ownPrefix.length;
    let count = 0;
    while (count < this.queue.length) {
      const { bytes } = this.queue[count];
      if (count > 0 && size + bytes > MAX_PAYLOAD) break;
      size += bytes;
      count += 1;
    }
    return { batch: this.queue.splice(0, count), size };
  }

  private async sendBatch(client: pg.Client, { batch, size }: { batch: Queued[]; size: number }): Promise<void> {
    if (size <= MAX_PAYLOAD) {
      await client.query('select pg_notify($1, $2)', [CHANNEL, this.ownPrefix + batch.map((queued) => queued.line).join('\n')]);
      return;
    }
    // One event too large for a notification (a long reply with its scored evidence).
    const stored = await client.query<{ id: number }>(
      `with gone as (delete from session_events where created_at_ms < $2)
       insert into session_events (payload, created_at_ms) values ($1, $3) returning id`,
      [batch[0].line, Date.now() - STORED_EVENT_TTL_MS, Date.now()],
    );
    await client.query('select pg_notify($1, $2)', [CHANNEL, `${this.ownPrefix}${STORED_PREFIX}${stored.rows[0].id}`]);
  }

  override async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.flushTimer);
    await super.close();
    await Promise.all([this.listener?.end(), this.publisher?.end()].map((p) => p?.catch(() => {})));
  }
}
