// Shared test setup. Component tests opt in to jsdom with `// @vitest-environment jsdom`.
import '@testing-library/jest-dom/vitest';
