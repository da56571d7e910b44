// `node --import ./registerElectronMock.mjs main.js`: every import of `electron` gets the mock.
import { registerHooks } from 'node:module';

const mock = new URL('./electronMock.mjs', import.meta.url).href;
registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier === 'electron') return { url: mock, shortCircuit: true };
    return nextResolve(specifier, context);
  },
});
