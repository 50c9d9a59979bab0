'use strict';
// Small numeric helpers; no dependency needed for medians and percentiles.

/**
 * Nearest-rank percentile of an ascending-sorted array.
 * @param {number[]} sorted - ascending values
 * @param {number} p - percentile in [0, 100]
 * @returns {number} NaN for an empty array
 */
function percentileSorted(sorted, p) {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

/**
 * Median (mean of the middle two for an even count).
 * @param {number[]} values - any order; NaN entries are ignored
 * @returns {number} NaN when no finite value is given
 */
function median(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Smallest and largest finite value.
 * @param {number[]} values - any order
 * @returns {{ min: number, max: number }} NaNs when no finite value is given
 */
function range(values) {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return { min: NaN, max: NaN };
  return { min: Math.min(...finite), max: Math.max(...finite) };
}

/**
 * Rotates an array left by n places: repeat r runs the runners starting at index r.
 * @template T
 * @param {T[]} items - the list
 * @param {number} n - places to rotate
 * @returns {T[]}
 */
function rotate(items, n) {
  if (items.length === 0) return [];
  const k = ((n % items.length) + items.length) % items.length;
  return items.slice(k).concat(items.slice(0, k));
}

module.exports = { percentileSorted, median, range, rotate };
