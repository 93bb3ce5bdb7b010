// @ts-check
// A card worker's task (card-workers.ts): draw one card. Plain JavaScript, so that Node loads it as it is in a
// worker thread, in `astro build` and in `npm run dev` alike.
import { drawCard } from './card-draw.mjs';

export default drawCard;
