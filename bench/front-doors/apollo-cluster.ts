import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { subgraphVariables, type SubgraphName } from '@cnim/kit';
import { freePort } from './free-port.js';
import { childrenOf, processUsage, type ProcessUsage } from './process-usage.js';

const CLUSTER = fileURLToPath(new URL('../../gateway/src/cluster.ts', import.meta.url));

/**
 * Our gateway as `npm run start:cluster` runs it: `processes` gateway processes on one port (cold: the
 * response cache off). Its CPU is the primary's and every worker's; its peak memory the sum of the
 * workers' peaks, an upper bound of what they held at once.
 */
export async function startApolloCluster(processes: number, subgraphUrls: Partial<Record<SubgraphName, string>>) {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', CLUSTER], {
    env: {
      ...process.env,
      ...Object.fromEntries(Object.entries(subgraphUrls).map(([name, url]) => [subgraphVariables(name as SubgraphName).url, url])),
      GATEWAY_PORT: String(port),
      GATEWAY_PROCESSES: String(processes),
      CNIM_RESPONSE_CACHE: 'off',
      // Any free port: two cluster doors start at once.
      GATEWAY_METRICS_PORT: '0',
      LOG_LEVEL: 'silent',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}/graphql`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };
  // Ready when every worker has taken the port: the primary reports them as its children.
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`El clúster del gateway terminó (código ${child.exitCode}) antes de servir.`);
    const served = await fetch(url.replace('/graphql', '/health')).then(
      (response) => response.ok,
      () => false,
    );
    if (served && childrenOf(child.pid!).length === processes) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error('El clúster del gateway no respondió en 60 s.');
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    usage: (): ProcessUsage => {
      const all = [child.pid!, ...childrenOf(child.pid!)].map(processUsage);
      return {
        cpuMs: all.reduce((sum, usage) => sum + usage.cpuMs, 0),
        peakRss: all.slice(1).reduce((sum, usage) => sum + usage.peakRss, 0),
      };
    },
    stop,
  };
}
