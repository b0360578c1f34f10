/**
 * Stops a server cleanly on Ctrl-C or SIGTERM, so databases and sockets close before the process exits.
 * The servers are built with Apollo's `stopOnTerminationSignals: false`: Apollo's own handler would
 * stop the HTTP server and then re-raise the signal, killing the process before the database closes.
 */
/**
 * How long a service orphaned by its supervisor (see below) may take to stop before it exits anyway:
 * nobody is left to escalate, and `npm start`'s promise is that every service is gone within 5 s of it.
 * A request still in flight then is cut short, as the supervisor's own SIGKILL would.
 */
export const ORPHAN_STOP_DEADLINE_MS = 4_000;

export function stopOnSignals(stop: () => Promise<void>): void {
  let stopping = false;
  const shutdown = (reason: string, deadlineMs?: number) => {
    if (stopping) {
      // Without a listener a second signal would take its default action and kill the process
      // halfway through closing the database; `npm start`'s supervisor escalates if stopping hangs.
      console.warn(`${reason} recibida de nuevo: el proceso ya se está deteniendo.`);
      return;
    }
    stopping = true;
    if (deadlineMs !== undefined) setTimeout(() => process.exit(1), deadlineMs).unref();
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  // `npm start`'s supervisor gives each service an IPC channel. If the supervisor dies without
  // stopping it (SIGKILL, a crash), the channel closes: stop too, rather than keep the port as an orphan.
  if (process.connected) process.once('disconnect', () => shutdown('Desconexión del supervisor', ORPHAN_STOP_DEADLINE_MS));
}
