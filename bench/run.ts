/**
 * `npm run bench`: runs every bench file in turn; each prints `name: value unit` lines, medians
 * over repeated runs. Add a bench file with one import and one call below.
 */
import { run as engine } from './engine';
import { run as lessons } from './lessons';
import { run as network } from './network';
import { run as orchestrator } from './orchestrator';
import { run as orchestratorUi } from './orchestratorUi';
import { run as packing } from './packing';
import { run as platforms } from './platforms';
import { run as scenarios } from './scenarios';

await engine();
await lessons();
await network();
await orchestrator();
await orchestratorUi();
await packing();
await platforms();
await scenarios();
