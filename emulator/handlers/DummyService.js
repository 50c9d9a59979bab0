'use strict';

const { randomBytes } = require('node:crypto');
const { badRequest } = require('./pipErrors');

const DEFAULT_TAKE = 100;
const MAX_TAKE = 100;

/**
 * Reads a non-negative integer from a number or numeric string (pip PagingParams may send either).
 * @param {unknown} value the raw value
 * @param {number} fallback used when the value is missing or not a number
 * @returns {number} the integer
 */
function toCount(value, fallback) {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? Math.floor(n) : fallback;
}

/**
 * Copies only the known dummy fields, so stored data never aliases the caller's event.
 * @param {{id?: unknown, key?: unknown, content?: unknown}} dummy the source
 * @returns {{id: string, key: unknown, content: unknown}} the copy
 */
function copyDummy(dummy) {
  return { id: String(dummy.id), key: dummy.key ?? null, content: dummy.content ?? null };
}

/**
 * In-memory CRUD logic for dummies `{ id, key, content }`, shared by the plain and the commandable
 * handler. Each function instance (worker) has its own store, as each AWS Lambda container would.
 */
class DummyService {
  constructor() {
    /** @type {Map<string, {id: string, key: unknown, content: unknown}>} */
    this.items = new Map();
  }

  /**
   * Lists dummies matching a filter, one page at a time.
   * @param {{id?: unknown, key?: unknown, content?: unknown} | null | undefined} filter exact-match
   *   filter on id and key; content matches as a substring
   * @param {{skip?: unknown, take?: unknown, total?: unknown} | null | undefined} paging page window
   * @returns {{data: object[], total?: number}} the page; total only when paging.total is true
   */
  getDummies(filter, paging) {
    const f = filter && typeof filter === 'object' ? filter : {};
    const matches = [...this.items.values()].filter(
      (d) =>
        (f.id == null || d.id === String(f.id)) &&
        (f.key == null || d.key === f.key) &&
        (f.content == null || String(d.content ?? '').includes(String(f.content))),
    );
    const p = paging && typeof paging === 'object' ? paging : {};
    const skip = toCount(p.skip, 0);
    const take = Math.min(toCount(p.take, DEFAULT_TAKE) || DEFAULT_TAKE, MAX_TAKE);
    const page = { data: matches.slice(skip, skip + take).map(copyDummy) };
    if (p.total === true || p.total === 'true') {
      page.total = matches.length;
    }
    return page;
  }

  /**
   * Finds one dummy.
   * @param {unknown} id the dummy id
   * @returns {object | null} a copy of the dummy, or null when there is none
   */
  getDummyById(id) {
    const found = id == null ? undefined : this.items.get(String(id));
    return found ? copyDummy(found) : null;
  }

  /**
   * Stores a new dummy; assigns a 32-hex-digit id when it has none.
   * @param {unknown} dummy the dummy to create
   * @param {unknown} traceId the caller's trace id, for errors
   * @returns {object} the stored dummy
   * @throws {Error} BadRequest NO_DUMMY when dummy is not an object
   */
  createDummy(dummy, traceId) {
    if (!dummy || typeof dummy !== 'object') {
      throw badRequest(traceId, 'NO_DUMMY', 'Dummy is missing or not an object');
    }
    const item = copyDummy({ ...dummy, id: dummy.id ?? randomBytes(16).toString('hex') });
    this.items.set(item.id, item);
    return copyDummy(item);
  }

  /**
   * Replaces an existing dummy.
   * @param {unknown} dummy the new version; its id selects the stored one
   * @param {unknown} traceId the caller's trace id, for errors
   * @returns {object | null} the stored dummy, or null when no dummy has that id
   * @throws {Error} BadRequest NO_DUMMY when dummy is not an object or has no id
   */
  updateDummy(dummy, traceId) {
    if (!dummy || typeof dummy !== 'object' || dummy.id == null) {
      throw badRequest(traceId, 'NO_DUMMY', 'Dummy with an id is required');
    }
    const id = String(dummy.id);
    if (!this.items.has(id)) {
      return null;
    }
    const item = copyDummy({ ...dummy, id });
    this.items.set(id, item);
    return copyDummy(item);
  }

  /**
   * Removes a dummy.
   * @param {unknown} id the dummy id
   * @returns {object | null} the deleted dummy, or null when there was none
   */
  deleteDummy(id) {
    const key = id == null ? undefined : String(id);
    const found = key === undefined ? undefined : this.items.get(key);
    if (!found) {
      return null;
    }
    this.items.delete(key);
    return copyDummy(found);
  }
}

module.exports = { DummyService };
