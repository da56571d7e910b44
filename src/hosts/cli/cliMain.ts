/** Entry point of `npm run -s outpost -- …`: checks Node.js before anything native loads, then runs. */
import { exitUnlessNodeSupported } from '../common/nodeVersionGate';

exitUnlessNodeSupported();
const { runCliProcess } = await import('./runCliProcess');
await runCliProcess();
