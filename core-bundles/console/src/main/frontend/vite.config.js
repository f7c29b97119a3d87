import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

// Templates are compiled here, at build time: the page runs under a Content-Security-Policy
// without 'unsafe-eval', which Vue's runtime template compiler would need.
export default defineConfig({
  plugins: [vue()],
  base: '/',
  define: {
    __VUE_PROD_DEVTOOLS__: false,
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: false,
  },
  build: {
    target: 'es2020',
    assetsDir: 'assets',
    // Inlined assets would become data: URLs in CSS; keep every file a file of its own.
    assetsInlineLimit: 0,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      output: {
        // ECharts is big and only the statistics page needs it: one chunk, loaded on demand.
        manualChunks(id) {
          if (id.includes('/node_modules/echarts/') || id.includes('/node_modules/zrender/')) {
            return 'echarts'
          }
          return undefined
        },
      },
    },
  },
})
