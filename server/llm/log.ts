// The slice of Fastify's (pino) logger the model engines need; lets unit tests pass a recorder.
export interface Log {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}
