import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  server: { port: 5173, proxy: { '/api': 'http://localhost:3000' } },
  build: {
    outDir: 'dist',
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      output: {
        // antd and its icons change rarely; a separate chunk stays cached across releases.
        advancedChunks: { groups: [{ name: 'antd', test: /node_modules[\\/](antd|@ant-design|rc-|@rc-component)/ }] },
      },
    },
  },
});
