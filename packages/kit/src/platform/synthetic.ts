/**
 * For benchmark data: the sites of each indicator reported per site (e.g. Intégrate centres), by
 * territory code. Indicators not named here are reported for the whole territory only.
 */
export type SyntheticSites = Record<string, ReadonlyMap<string, readonly string[]>>;
