// A JSON WebSocket that reconnects with exponential backoff until closed on purpose.

export type SocketStatus = 'connecting' | 'open' | 'reconnecting' | 'closed';

export interface ReconnectingSocket<Out> {
  /** Sends when open; returns false when the socket is not open (the caller keeps its state). */
  send(message: Out): boolean;
  /** Closes for good: no more reconnects. */
  close(): void;
}

export interface SocketOptions<In> {
  onMessage(message: In): void;
  onStatus?(status: SocketStatus): void;
  /** Called when a connection opens again after a drop: reload whatever may have been missed. */
  onReconnected?(): void;
}

/** 0.5 s, 1 s, 2 s ... capped at 10 s, with up to 30% jitter so clients do not reconnect in lockstep. */
export const backoffDelay = (attempt: number, random = Math.random): number =>
  Math.round(Math.min(10_000, 500 * 2 ** attempt) * (1 + 0.3 * random()));

export const wsUrl = (path: string): string =>
  `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}${path}`;

export function openSocket<In, Out>(url: string, options: SocketOptions<In>): ReconnectingSocket<Out> {
  let ws: WebSocket | null = null;
  let attempt = 0;
  let everOpened = false;
  let closed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const connect = () => {
    options.onStatus?.(attempt === 0 && !everOpened ? 'connecting' : 'reconnecting');
    const socket = new WebSocket(url);
    ws = socket;
    socket.onopen = () => {
      const reconnected = everOpened;
      everOpened = true;
      attempt = 0;
      options.onStatus?.('open');
      if (reconnected) options.onReconnected?.();
    };
    socket.onmessage = (event) => {
      let message: In;
      try {
        message = JSON.parse(String(event.data)) as In;
      } catch {
        return; // The server only sends JSON; ignore anything else rather than crash the view.
      }
      options.onMessage(message);
    };
    socket.onclose = () => {
      if (ws !== socket || closed) return;
      ws = null;
      options.onStatus?.('reconnecting');
      timer = setTimeout(connect, backoffDelay(attempt++));
    };
  };

  connect();

  return {
    send(message) {
      if (!ws || ws.readyState !== WebSocket.OPEN) return false;
      ws.send(JSON.stringify(message));
      return true;
    },
    close() {
      closed = true;
      clearTimeout(timer);
      ws?.close();
      ws = null;
      options.onStatus?.('closed');
    },
  };
}
