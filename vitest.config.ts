import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/unit/**/*.test.ts", "test/integration/**/*.test.ts", "test/e2e/**/*.test.ts"],
    // integration files each start their own stack of real processes: two at a time on 2 cores
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 30000,
    hookTimeout: 60000,
  },
});
