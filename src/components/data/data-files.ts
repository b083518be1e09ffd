/** The data area shows every table, so its "fix this data" links open every data file. */
import { BOUNDARIES_FILE, tableNames } from '../../data/schema/index';

export const ALL_DATA_FILES = [...tableNames.map((name) => `data/${name}.csv`), `data/${BOUNDARIES_FILE}`];
