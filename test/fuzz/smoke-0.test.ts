/** The fuzz smoke, shard 0 of 2 (see smoke.ts). */
import { smokeShard } from './smoke.js';

smokeShard(0);
