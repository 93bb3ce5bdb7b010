// @ts-check
// Worker thread of scripts/offline.ts: finds and hashes the files workerData's glob names, posts them back.
import { parentPort, workerData } from 'node:worker_threads';
import { findOfflineFiles } from './offline-files.mjs';

parentPort?.postMessage(await findOfflineFiles(workerData.dist, workerData.glob));
