// Runs analysis-thread.ts from source (tests, `tsx`): registers tsx's loader inside the thread.
import { register } from 'tsx/esm/api';

register();
await import('./analysis-thread.ts');
