// Shared test setup. Component tests opt in to jsdom with `// @vitest-environment jsdom`.
import '@testing-library/jest-dom/vitest';
import {afterEach} from 'vitest';
import {forgetToolValues} from '../../src/components/toolMemory';

// What a tool remembers for the tab (toolMemory) must not carry from one test into the next.
afterEach(() => forgetToolValues());
import {configure} from '@testing-library/react';

// waitFor/findBy wait for a state, up to this long: a loaded 2-core machine can take seconds to load a tool's
// rules; the tests still move on the moment the state is there.
configure({asyncUtilTimeout: 15_000});
