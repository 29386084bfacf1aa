/** The fuzz smoke, shard 1 of 2 (see smoke.ts). */
import { smokeShard } from './smoke.js';

smokeShard(1);
