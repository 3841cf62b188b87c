import helpData from '../../data/get-help.json';
import type { HelpBlock } from './types';

/** The shared "Get help now" block, typed: a data edit that breaks its shape fails type checking. */
export const HELP: HelpBlock = helpData;
