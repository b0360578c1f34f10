import { parentPort, workerData } from 'node:worker_threads';
import { FLOOR_ANSWERS, type Variables } from './floor-answers.js';
import { openFloorDatabases, type DatabaseLocations } from './floor-databases.js';

export interface FloorRequest {
  id: number;
  query: string;
  variables: Variables;
}

export interface FloorReply {
  id: number;
  status: number;
  body: string;
  /** SQL statements this worker has run so far. */
  statements: number;
}

// One thread of the floor: its own connections to the six databases, answering one request at a time
// as the main thread hands them out.
const dbs = openFloorDatabases((workerData as { locations: DatabaseLocations }).locations);
parentPort!.on('message', ({ id, query, variables }: FloorRequest) => {
  const answer = FLOOR_ANSWERS.get(query);
  const reply = (status: number, body: string) =>
    parentPort!.postMessage({ id, status, body, statements: dbs.statements() } satisfies FloorReply);
  if (!answer) return reply(400, JSON.stringify({ errors: [{ message: 'El piso solo responde las operaciones del benchmark.' }] }));
  answer(dbs, variables).then(
    (data) => reply(200, JSON.stringify({ data })),
    (error: unknown) => reply(500, JSON.stringify({ errors: [{ message: String(error) }] })),
  );
});
