// The two builds the end-to-end tests run against, and where global-setup serves them.
import { resolve } from 'node:path';

const ROOT_PORT = Number(process.env.E2E_PORT ?? 4391);

export const BASE_PATH = '/handbook/';

export const sites = {
  root: { dir: resolve('dist'), base: '/', port: ROOT_PORT },
  based: { dir: resolve('dist-base'), base: BASE_PATH, port: ROOT_PORT + 1 },
} as const;

/** The small handbook in tests/fixtures/handbook (seven sources answering different subsets), built apart. */
export const fixtureSite = { dir: resolve('dist-fixture'), base: '/', port: ROOT_PORT + 2 } as const;

export const FIXTURE_ROOT = resolve('tests/fixtures/handbook');

/** A handbook past the size that prints whole (tests/fixtures/print-by-topic), built apart under the base path. */
export const printByTopicSite = { dir: resolve('dist-print-by-topic'), base: BASE_PATH, port: ROOT_PORT + 3 } as const;

export const PRINT_BY_TOPIC_ROOT = resolve('tests/fixtures/print-by-topic');

export const ROOT_URL = `http://127.0.0.1:${sites.root.port}/`;
export const BASED_URL = `http://127.0.0.1:${sites.based.port}${BASE_PATH}`;
export const FIXTURE_URL = `http://127.0.0.1:${fixtureSite.port}/`;
export const PRINT_BY_TOPIC_URL = `http://127.0.0.1:${printByTopicSite.port}${BASE_PATH}`;

/** A second build of the real handbook, for the byte-for-byte comparison with dist/. */
export const REPEAT_DIR = resolve('dist-repeat');
