/** Small order statistics for benchmark samples. */

/**
 * The median of `values` (the mean of the two middle values for an even count).
 * @throws Error when `values` is empty.
 */
export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/**
 * The `q` quantile (0…1) of `values`, interpolating linearly between neighbours.
 * @throws Error when `values` is empty.
 */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) throw new Error("no samples");
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below);
}

/** The smallest and largest of `values`. */
export function range(values: readonly number[]): { min: number; max: number } {
  return { min: Math.min(...values), max: Math.max(...values) };
}

/** `value` with `digits` decimals, for report lines. */
export function fixed(value: number, digits = 2): string {
  return value.toFixed(digits);
}
