/**
 * Worker thread for `npm run bench:schedule`: runs its share of the students and posts the results.
 * Plain JS that loads the TypeScript runner through tsx (a worker does not inherit the main thread's loader).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

const { runSeeds } = await tsImport('./schedule-runs.ts', import.meta.url);
parentPort?.postMessage(runSeeds(workerData));
