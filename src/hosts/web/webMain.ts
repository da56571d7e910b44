/** Entry point of `npm run web -- [--port P] [--db FILE] [--build]`: checks Node.js before anything native loads, then runs. */
import { exitUnlessNodeSupported } from '../common/nodeVersionGate';

exitUnlessNodeSupported();
const { runWebMain } = await import('./runWebMain');
await runWebMain();
