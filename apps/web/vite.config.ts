import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

// In development the SPA runs on vite and talks to the server through this proxy, so the session cookie stays
// first-party; in production the server serves dist/ itself on the same origin.
const server = process.env.OPENCLR_SERVER_URL ?? 'http://localhost:4000';

export default defineConfig({
  plugins: [vue()],
  server: {
    proxy: {
      '/graphql': { target: server, changeOrigin: false },
      '/healthz': { target: server, changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      '/graphql': { target: server, changeOrigin: false },
      '/healthz': { target: server, changeOrigin: false },
    },
  },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
});
