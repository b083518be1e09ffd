/**
 * The dataset checks, in the order they run (and so the order of their findings). To add a
 * check: write a module beside these with defineCheck (name, type, severity, message keys,
 * documentation in both languages, a failing and a passing fixture edit), add its messages to
 * messages.ts, and list it here. (No test replays the examples yet: see the validator branch's report.)
 */
import type { DatasetCheck } from '../check';
import { boundaries } from './boundaries';
import { dateOrder } from './date-order';
import { foreignKey } from './foreign-key';
import { kelurahanCount } from './kelurahan-count';
import { primaryKey } from './primary-key';
import { release } from './release';
import { rowReference } from './row-reference';
import { unique } from './unique';

export const datasetChecks: readonly DatasetCheck[] = [primaryKey, unique, foreignKey, rowReference, dateOrder, kelurahanCount, boundaries, release];
