import { educacion } from '@cnim/educacion';
import { igualdad } from '@cnim/igualdad';
import { startSubgraph, type RunningSubgraph } from '@cnim/kit';
import { salud } from '@cnim/salud';
import { sena } from '@cnim/sena';
import { trabajo } from '@cnim/trabajo';
import { failChild, serveChild } from './child.js';

// One ministry's real subgraph server on a free port, over the benchmark's database file.
const START: Record<string, (databasePath: string) => Promise<RunningSubgraph>> = {
  igualdad: (databasePath) => startSubgraph(igualdad, { port: 0, host: '127.0.0.1', databasePath }),
  salud: (databasePath) => startSubgraph(salud, { port: 0, host: '127.0.0.1', databasePath }),
  sena: (databasePath) => startSubgraph(sena, { port: 0, host: '127.0.0.1', databasePath }),
  educacion: (databasePath) => startSubgraph(educacion, { port: 0, host: '127.0.0.1', databasePath }),
  trabajo: (databasePath) => startSubgraph(trabajo, { port: 0, host: '127.0.0.1', databasePath }),
};

try {
  const running = await START[process.env.BENCH_SUBGRAPH!]!(process.env.BENCH_DB_PATH!);
  serveChild(running.url, () => running.statements(), () => running.stop());
} catch (error) {
  failChild(error);
}
