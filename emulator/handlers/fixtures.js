'use strict';

const fs = require('node:fs/promises');
const os = require('node:os');
const path = require('node:path');

const MAX_SLEEP_MS = 8000;

/**
 * Returns the event exactly as the function received it.
 * @param {unknown} event the invocation payload
 * @returns {Promise<unknown>} the same payload
 */
exports.echo = async (event) => event;

/**
 * Always throws a plain (non-pip) error.
 * @param {{msg?: unknown} | null} event the invocation payload
 * @returns {Promise<never>} never resolves
 * @throws {Error} 'kaboom: <msg>'
 */
exports.boom = async (event) => {
  const error = new Error(`kaboom: ${event && event.msg != null ? String(event.msg) : ''}`);
  error.name = 'CustomBoomError';
  throw error;
};

/**
 * Waits event.ms milliseconds (default 100, at most 8000), then reports how long it slept.
 * @param {{ms?: unknown} | null} event the invocation payload
 * @returns {Promise<{slept: number}>} the delay used
 */
exports.sleep = async (event) => {
  const raw = event && Number(event.ms);
  const ms = Number.isFinite(raw) && raw >= 0 ? Math.min(raw, MAX_SLEEP_MS) : 100;
  await new Promise((resolve) => setTimeout(resolve, ms));
  return { slept: ms };
};

/**
 * Returns nothing, so the emulator answers with an empty body.
 * @returns {Promise<undefined>} undefined
 */
exports.empty = async () => undefined;

/**
 * Writes the event as JSON to event.path, so a test can see that a one-way (Event) invocation
 * really ran; function instances do not share memory, but they share the file system.
 * Only paths inside the OS temp folder are accepted.
 * @param {{path?: unknown} | null} event the invocation payload
 * @returns {Promise<{written: string}>} the file written
 * @throws {Error} when path is missing or outside the temp folder
 */
exports.record = async (event) => {
  const target = event && typeof event.path === 'string' ? path.resolve(event.path) : '';
  const tmp = path.resolve(os.tmpdir()) + path.sep;
  if (!target.startsWith(tmp)) {
    throw new Error('record: path must be a file inside the OS temp folder');
  }
  // Write then rename, so a reader never sees a half-written file.
  await fs.writeFile(`${target}.part`, JSON.stringify(event));
  await fs.rename(`${target}.part`, target);
  return { written: target };
};
