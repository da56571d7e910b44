/** Entry point of `npm start`: checks Node.js before anything native loads, then runs. */
import { exitUnlessNodeSupported } from '../common/nodeVersionGate';

exitUnlessNodeSupported();
const { runStart } = await import('./runStart');
await runStart();
