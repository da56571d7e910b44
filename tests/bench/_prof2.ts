import { openWorkspace } from '/work/main/src/services/workspace';
import { refreshHealth } from '/work/main/src/services/health/healthRefresh';
const ws = openWorkspace(process.argv[2]!);
refreshHealth(ws, 'all');
refreshHealth(ws, 'all');
ws.close();
